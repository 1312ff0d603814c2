"""Stage 4: split the way news names a speaker into name, title, affiliation and modifiers.

News names people with their office around them: ``Russian Deputy Prime Minister Marat
Khosnolin``, ``the governor of Russia's Rostov region, Vasily Golubev``, ``Sen. Jane Roe,
D-Mass.``, ``Jane Roe, a spokeswoman for the ministry``. ``parse_mention`` reads one such phrase
into a ``ParsedMention``; ``parse_titles`` (the stage) reads every mention of each speaker in a
document, the speaker's mentions at its quotes and the places where its name appears in the text,
and puts the fullest title and affiliation seen anywhere on every quote of that speaker.

A phrase is cut at commas and brackets into segments (``the governor of Rostov`` | ``Vasily
Golubev`` | ``D-Mass.``). The words of a segment are grouped into chunks by the longest entry of
the word tables (``deputy prime minister`` is one chunk). The name is the run of capitalised
words at the end of a segment (or before a trailing ``of Texas``); before it come determiners,
modifiers (``former``), affiliations (``Russian``, ``White House``, ``Ukraine's``) and the title
block (``Deputy Foreign Minister``); after the title an ``of``/``for`` phrase is an affiliation,
unless it names a portfolio (``Minister of Foreign Affairs``). Every table is in ``data/`` and
reaches this module through the ``Lexicon``, but for six that steer the parse and that no
user needs to extend, read with ``read_words``: the ranks that take any noun
(``rank_qualifiers.tsv``), the titles of standing a role outranks (``standing_titles.tsv``),
the endings of occupations (``occupation_suffixes.tsv``), the organisation words a region
of the body's name may follow (``chapter_words.tsv``), the titles of those seeking an office
(``office_seekers.tsv``) and the documents a mention may open with (``document_nouns.tsv``);
see ``docs/titles.md``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

import attrs
import regex

from quotekit._document import Context, Document
from quotekit._lexicon import Lexicon, read_words
from quotekit._patterns import trie_pattern
from quotekit._types import Quote, Speaker, SpeakerKind
from quotekit.mentions import (
    AGE,
    BE_FORMS,
    FINITE_VERBS,
    LONGEST_MENTION,
    NAME_SUFFIXES,
    POSSESSIVE_DETERMINERS,
    RELATIVE_WORDS,
    WH_RELATIVES,
    post_nominals,
    without_post_nominals,
)

__all__ = ["ParsedMention", "parse_mention", "parse_titles"]


@attrs.frozen
class ParsedMention:
    """One way of naming a person, split into the fields a ``Speaker`` carries.

    ``name`` is empty when the phrase names nobody (``the ministry's spokesman``);
    ``name_start``/``name_end`` are its offsets in the parsed text (both 0 when there is no name),
    with ``" ".join(text[name_start:name_end].split()) == name``. ``rules`` says which rules
    fired, in order, so a surprising result can be explained.
    """

    name: str = ""
    title: str | None = None
    affiliation: str | None = None
    modifiers: tuple[str, ...] = ()
    party: str | None = None
    region: str | None = None
    name_start: int = 0
    name_end: int = 0
    rules: tuple[str, ...] = ()


# --- words and chunks --------------------------------------------------------------------------

# A word (letters or digits, with inner dots, apostrophes, hyphens and ampersands: "U.S.",
# "Russia's", "then-Gov.", "Gov.-elect", "AT&T"), optionally ending in a dot and a closing
# apostrophe; or one mark that cuts a phrase into segments (a comma, a bracket, a quote mark, a
# dash, or a hyphen or "--" between spaces). Audit: every repetition and option is possessive; an
# inner step is an atomic separator (".-" or one of .'-&, at most two characters tried) that the
# letter class does not contain, then letters; the look-arounds read one character; the two
# top-level alternatives start with disjoint classes. No position is read more than a constant
# number of times, so a failed match costs a few steps per character.
_TOKEN = regex.compile(
    r"(?P<word>[\p{L}\p{M}\p{N}]++(?:(?>\.-|[.'\u2019\-&])[\p{L}\p{M}\p{N}]++)*+\.?+['\u2019]?+)"
    r"|(?P<mark>[,;:()\[\]\"\u201c\u201d\u00ab\u00bb\u2014\u2013!?]|(?<=\s)--?+(?=\s))"
)

_DETERMINERS = frozenset(
    "the a an its his her their our my your this that these those whose".split()
)
# "its own", "the province's own": "own" belongs to the owner, as a determiner; it is no
# word of the title ("the province's own auditor" is an Auditor).
_OWN = "own"
_PREPOSITIONS = frozenset("of for at with to in from on under within inside by".split())
_CONNECTORS = frozenset(("and", "&"))
_PARTICLES = frozenset(
    "de da di del della der den van von bin ibn al el la le du dos das ter ben".split()
)
_FUNCTION_WORDS = _DETERMINERS | _PREPOSITIONS | _CONNECTORS | _PARTICLES
_SMALL_WORDS = frozenset(("of", "the", "and", "for", "to", "on", "in", "at", "without"))
# Lower-case words AP writes before a capitalised title as part of it ("state Sen.").
_LOWER_BEFORE_TITLE = frozenset(("state", "deputy", "assistant", "associate", "senior", "vice"))
_RELATIVES = frozenset(("who", "whom", "which", "that", "whose", "as", "when", "where", "while"))
# Words after a title that take a preposition phrase of their own ("an official familiar with
# the talks", "a source close to the campaign", "an aide speaking on condition of anonymity").
_OWN_PREPOSITION = frozenset(("familiar", "close", "knowledgeable", "speaking", "briefed"))

# Chunk tags: which table a phrase was found in.
_TITLE = "title"
_QUALIFIER = "qualifier"
_MODIFIER = "modifier"
_COUNTRY = "country"
_STATE = "state"
_PARTY = "party"
_HONORIFIC = "honorific"
_ORGANISATION = "organisation"
_AMBIGUOUS = "ambiguous"
_KEEP_AS_WRITTEN = "*"  # a modifier suffix ("-appointed") whose word is kept as written


class _Word(NamedTuple):
    """A word of a phrase with its offsets; ``key`` is its lower-case form without ``'s``.

    Internal records are named tuples, not attrs classes: thousands are made per document and a
    tuple is built several times faster.
    """

    text: str
    start: int
    end: int
    raw: str  # lower-case, straight apostrophes
    key: str  # raw without a possessive ending
    possessive: bool
    capitalised: bool
    listed: bool  # a table may list it by itself, as written or without its ending (``_group``)


class _Chunk(NamedTuple):
    """One or more words that together are one entry of the tables (or one unknown word)."""

    first: int
    last: int  # inclusive
    phrase: str  # the lower-case key the tables were asked for
    tags: Mapping[str, str]
    possessive: bool
    capitalised: bool
    grammar: str = ""  # "det", "prep" or "conj" for function words


@attrs.frozen
class _Vocabulary:
    """Every table of the lexicon merged into one map from phrase to tags, built once."""

    entries: Mapping[str, Mapping[str, str]]
    longest: Mapping[str, int]  # first word -> words in the longest entry it starts
    modifier_prefixes: Mapping[str, str]  # "then" -> "then"
    modifier_suffixes: Mapping[str, str]  # "elect" -> "elect", "appointed" -> "*"
    lexicon: Lexicon
    title_words: frozenset[str]  # every word of every title form, for a cheap first look
    tag_states: Mapping[str, str]  # every state form without dots ("ny", "wva", "mass")
    listed_alone: frozenset[str]  # every entry, also with a final dot ("roe." for "roe")
    # Phrases already parsed with these tables (a memo of results, bounded, never a table).
    parsed: dict[str, ParsedMention] = attrs.field(factory=dict, eq=False, repr=False)
    # The chunks of word sequences already grouped, by the words as written (a memo, bounded).
    grouped: dict[tuple[str, ...], tuple[_Chunk, ...]] = attrs.field(
        factory=dict, eq=False, repr=False
    )
    # What each word as written says wherever it stands (a memo, bounded): news repeats words.
    words_read: dict[str, tuple[str, str, bool, bool, bool]] = attrs.field(
        factory=dict, eq=False, repr=False
    )
    # The chunk fields of each word no table lists, as written (a memo, bounded; _unknown_chunk).
    unknown_words: dict[str, tuple[str, Mapping[str, str], bool, bool, str]] = attrs.field(
        factory=dict, eq=False, repr=False
    )


_VOCABULARIES: dict[int, tuple[Lexicon, _Vocabulary]] = {}


def _vocabulary(lexicon: Lexicon) -> _Vocabulary:
    """The merged tables of ``lexicon``, built on first use (a lexicon is immutable)."""
    cached = _VOCABULARIES.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    entries: dict[str, dict[str, str]] = {}

    def add(table: Mapping[str, str], tag: str) -> None:
        for form, value in table.items():
            entries.setdefault(form.replace("\u2019", "'"), {})[tag] = value

    add(lexicon.titles, _TITLE)
    add(_co_titles(lexicon.titles), _TITLE)
    add(lexicon.title_qualifiers, _QUALIFIER)
    add(lexicon.modifiers, _MODIFIER)
    add(lexicon.nationalities, _COUNTRY)
    # Two-letter postal codes ("IN", "OR", "ME") are words elsewhere: only party tags use them.
    add({f: s for f, s in lexicon.us_states.items() if "." in f or len(f) > 2}, _STATE)
    add({f: p for f, p in lexicon.parties.items() if len(f) > 1}, _PARTY)
    add(lexicon.honorifics, _HONORIFIC)
    add(lexicon.organisation_words, _ORGANISATION)
    add(lexicon.ambiguous_titles, _AMBIGUOUS)
    longest: dict[str, int] = {}
    for form in entries:
        words = form.split()
        longest[words[0]] = max(longest.get(words[0], 1), len(words))
    vocabulary = _Vocabulary(
        entries=entries,
        longest=longest,
        modifier_prefixes={f[:-1]: v for f, v in lexicon.modifiers.items() if f.endswith("-")},
        modifier_suffixes={f[1:]: v for f, v in lexicon.modifiers.items() if f.startswith("-")},
        lexicon=lexicon,
        tag_states={form.replace(".", ""): name for form, name in lexicon.us_states.items()},
        listed_alone=frozenset((*entries, *(form + "." for form in entries))),
        title_words=frozenset(
            word.rstrip(".")
            for table in (lexicon.titles, _co_titles(lexicon.titles), lexicon.ambiguous_titles)
            for form in table
            for word in form.split()
        ),
    )
    if len(_VOCABULARIES) >= 8:
        _VOCABULARIES.pop(next(iter(_VOCABULARIES)))
    _VOCABULARIES[id(lexicon)] = (lexicon, vocabulary)
    return vocabulary


def _co_titles(titles: Mapping[str, str]) -> dict[str, str]:
    """``co-host``, ``co-author``: a one-word title shared with someone, as ``co-chair`` is in the
    table; derived, so that no table must list each (``Co-host NAME`` is no name)."""
    return {
        f"co-{form}": f"Co-{canonical[:1].lower()}{canonical[1:]}"
        for form, canonical in titles.items()
        if form.isalpha() and f"co-{form}" not in titles
    }


def _make_word(text: str, start: int, vocabulary: _Vocabulary) -> _Word:
    """The word ``text`` at ``start``; what it says is read once per word as written."""
    memo = vocabulary.words_read
    reading = memo.get(text)
    if reading is None:
        if len(memo) >= _WORDS_READ:
            memo.clear()
        reading = memo[text] = _read_word(text, vocabulary.listed_alone)
    # tuple.__new__ skips the named tuple's own __new__, a Python function: a third of the cost.
    return tuple.__new__(_Word, (text, start, start + len(text), *reading))


_WORDS_READ = 100_000  # words remembered before the memo restarts


def _read_word(text: str, listed_alone: frozenset[str]) -> tuple[str, str, bool, bool, bool]:
    """A word's lower-case form, that form without a possessive ending, whether it has one,
    whether it is capitalised and whether a table may list it alone."""
    raw = text.lower().replace("\u2019", "'") if "\u2019" in text else text.lower()
    key = raw
    possessive = False
    if raw[-1:] in ("s", "'") and "'" in raw:
        if len(raw) > 2 and raw.endswith("'s"):
            key, possessive = raw[:-2], True
        elif len(raw) > 3 and raw.endswith("s'"):
            key, possessive = raw[:-1], True
    first = text[:1]
    capitalised = first.isupper() or (first.islower() and "-" in text and _prefixed_capital(text))
    return raw, key, possessive, capitalised, raw in listed_alone or key in listed_alone


def _prefixed_capital(text: str) -> bool:
    """``al-Khatib``, ``el-Sayed``: an Arabic article before a capitalised name."""
    prefix, hyphen, rest = text.partition("-")
    return (
        bool(hyphen)
        and prefix.lower() in ("al", "el", "ad", "as", "ash", "at", "an")
        and (rest[:1].isupper())
    )


def _split_hyphenated(word: _Word, vocabulary: _Vocabulary) -> list[_Word]:
    """``then-Gov.`` -> ``then-`` + ``Gov.``; ``President-elect`` -> ``President`` + ``-elect``."""
    head, hyphen, tail = word.text.partition("-")
    if hyphen and head and tail and head.lower() in vocabulary.modifier_prefixes:
        return [
            _make_word(head + "-", word.start, vocabulary),
            _make_word(tail, word.start + len(head) + 1, vocabulary),
        ]
    head, hyphen, tail = word.text.rpartition("-")
    suffix = tail.lower().rstrip(".")
    if (
        hyphen
        and head
        and vocabulary.modifier_suffixes.get(suffix, _KEEP_AS_WRITTEN) != (_KEEP_AS_WRITTEN)
    ):
        return [
            _make_word(head, word.start, vocabulary),
            _make_word("-" + tail, word.start + len(head), vocabulary),
        ]
    return [word]


def _segments(text: str, vocabulary: _Vocabulary) -> list[list[_Word]]:
    """The words of ``text`` in runs between commas, brackets, dashes and quote marks."""
    segments: list[list[_Word]] = []
    segment: list[_Word] = []
    for match in _TOKEN.finditer(text):
        if match.lastgroup == "mark":
            if segment:
                segments.append(segment)
                segment = []
            continue
        word = _make_word(match.group(), match.start(), vocabulary)
        if "-" in word.text:
            segment.extend(_split_hyphenated(word, vocabulary))
        else:
            segment.append(word)
    if segment:
        segments.append(segment)
    return segments


def _admissible(tags: Mapping[str, str], words: Sequence[_Word]) -> dict[str, str]:
    """The tags a phrase may carry as written: places and parties must be capitalised."""
    kept = dict(tags)
    first = words[0]
    short = len(words) == 1 and len(first.key.replace(".", "")) <= 3 and "." not in first.key
    written = first.text[: len(first.key)] if first.possessive else first.text  # "SNP's": SNP
    for tag in (_COUNTRY, _STATE, _PARTY):
        if tag in kept and (not first.capitalised or (short and not written.isupper())):
            del kept[tag]
    return kept


def _chunks(words: Sequence[_Word], vocabulary: _Vocabulary) -> tuple[_Chunk, ...]:
    """The chunks of ``words`` (see ``_group``), remembered by the words as written: the chunks
    hold word indices, no offsets, and news repeats its names and the phrases around them, so
    the words a name stands among are grouped once, not at each place the name is read."""
    key = tuple(word.text for word in words)
    memo = vocabulary.grouped
    found = memo.get(key)
    if found is None:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        found = memo[key] = tuple(_group(words, vocabulary))
    return found


def _group(words: Sequence[_Word], vocabulary: _Vocabulary) -> list[_Chunk]:
    """Group ``words`` by the longest table entry starting at each word (one pass)."""
    chunks: list[_Chunk] = []
    index = 0
    entries = vocabulary.entries
    while index < len(words):
        word = words[index]
        found: _Chunk | None = None
        reach = vocabulary.longest.get(word.raw, 1)
        if reach == 1 and not word.listed:
            chunks.append(_unknown_chunk(word, index, vocabulary))  # most words: no table entry
            index += 1
            continue
        for size in range(min(reach, len(words) - index), 0, -1):
            span = words[index : index + size]
            inner = span[:-1]  # most words start no longer entry: nothing to join then
            if inner and any(earlier.possessive for earlier in inner):
                continue
            inner_raw = " ".join(earlier.raw for earlier in inner) if inner else ""
            end = span[-1]  # as written, then without its possessive ending if it has one
            forms = [(end.raw, False)]
            if end.key != end.raw:
                forms.append((end.key, end.possessive))
            for last, possessive in forms:
                phrase = f"{inner_raw} {last}" if inner_raw else last
                tags = entries.get(phrase)
                if tags is None and phrase.endswith(".") and size == 1:
                    tags = entries.get(phrase[:-1])  # "Roe." at the end of a sentence
                if tags:
                    admitted = _admissible(tags, span)
                    if admitted:
                        found = _Chunk(
                            first=index,
                            last=index + size - 1,
                            phrase=phrase,
                            tags=admitted,
                            possessive=possessive and last == end.key,
                            capitalised=word.capitalised,
                        )
                        break
            if found is not None:
                break
        if found is None:
            found = _unknown_chunk(word, index, vocabulary)
        chunks.append(found)
        index = found.last + 1
    return chunks


def _unknown_chunk(word: _Word, index: int, vocabulary: _Vocabulary) -> _Chunk:
    """A chunk for a word no table lists: a function word, an "X-appointed" modifier, or else.
    What it holds besides ``index`` is worked out once per word as written (most words)."""
    memo = vocabulary.unknown_words
    fields = memo.get(word.text)
    if fields is None:
        if len(memo) >= _WORDS_READ:
            memo.clear()
        fields = memo[word.text] = _unknown_fields(word, vocabulary)
    return tuple.__new__(_Chunk, (index, index, *fields))


def _unknown_fields(
    word: _Word, vocabulary: _Vocabulary
) -> tuple[str, Mapping[str, str], bool, bool, str]:
    """The phrase, tags, possessive, capitalised and grammar fields of ``_unknown_chunk``."""
    key = word.key.rstrip(".") if word.key.endswith(".") and len(word.key) > 2 else word.key
    grammar = (
        "det"
        if key in _DETERMINERS or key == _OWN
        else "prep"
        if key in _PREPOSITIONS
        else "conj"
        if key in _CONNECTORS
        else ""
    )
    _, hyphen, tail = word.text.rpartition("-")
    derived = _occupation(key) if not grammar else None
    tags: Mapping[str, str] = (
        _KEPT_AS_WRITTEN
        if hyphen and vocabulary.modifier_suffixes.get(tail.lower()) == _KEEP_AS_WRITTEN
        else MappingProxyType({_TITLE: derived})
        if derived is not None
        else _NO_TAGS
    )
    return key, tags, word.possessive, word.capitalised, grammar


_OCCUPATION_STEM = 3  # letters an occupation's word has before its ending, at least


def _occupation(key: str) -> str | None:
    """The title an unlisted word names by its ending (``occupation_suffixes.tsv``):
    ``hydrologist`` -> ``Hydrologist``; None for other words."""
    if not key.isalpha() or not any(
        key.endswith(ending) and len(key) - len(ending) >= _OCCUPATION_STEM
        for ending in read_words("occupation_suffixes.tsv")
    ):
        return None
    return key[:1].upper() + key[1:]


_NO_TAGS: Mapping[str, str] = MappingProxyType({})
_KEPT_AS_WRITTEN: Mapping[str, str] = MappingProxyType({_MODIFIER: _KEEP_AS_WRITTEN})


def _chunk_text(chunks: Sequence[_Chunk], words: Sequence[_Word], text: str) -> str:
    """The text ``chunks`` cover as written, without a final possessive ending."""
    if not chunks:
        return ""
    start = words[chunks[0].first].start
    last = words[chunks[-1].last]
    end = last.end
    if chunks[-1].possessive:
        end -= 1 if last.raw.endswith("s'") else 2
    return " ".join(text[start:end].split())


# --- where the name is ---------------------------------------------------------------------------


def _is_title_like(chunk: _Chunk) -> bool:
    """A title word; a kinship word ("father") only when capitalised ("Father John Doe")."""
    if chunk.tags.get(_AMBIGUOUS) == "kinship" and not chunk.capitalised:
        return False
    return _TITLE in chunk.tags or _AMBIGUOUS in chunk.tags


def _is_place(chunk: _Chunk) -> bool:
    return _COUNTRY in chunk.tags or _STATE in chunk.tags


def _country_name_form(chunk: _Chunk) -> bool:
    """``Jordan`` (a country's own name, also a given name), not ``Jordanian`` or ``U.S.``."""
    country = chunk.tags.get(_COUNTRY) or chunk.tags.get(_STATE) or ""
    return country.lower() == chunk.phrase


def _plain_name_word(chunk: _Chunk, words: Sequence[_Word]) -> bool:
    """A chunk that can be part of a person's name whatever its neighbours."""
    if chunk.first != chunk.last or chunk.possessive or chunk.grammar:
        return False
    word = words[chunk.first]
    if not (word.capitalised or word.key in _PARTICLES or word.key.startswith(("al-", "el-"))):
        return False
    blocking = {_TITLE, _QUALIFIER, _MODIFIER, _HONORIFIC, _ORGANISATION, _PARTY, _AMBIGUOUS}
    if blocking & chunk.tags.keys():
        return False
    return not (_is_place(chunk) and not _country_name_form(chunk))


def _ambiguous_is_name(
    chunks: Sequence[_Chunk], index: int, words_after: int, words: Sequence[_Word]
) -> bool:
    """Whether a title that is also a name (``Dean``) is part of the name here."""
    chunk = chunks[index]
    word = words[chunk.first]
    if not word.capitalised or chunk.first != chunk.last:
        return False
    reading = chunk.tags.get(_AMBIGUOUS, "title")
    before = chunks[index - 1] if index > 0 else None
    if words_after == 0:
        # Alone at the end it is a surname ("King said", "Gov. King"), unless it follows an
        # article or a modifier ("the Dean", "former Judge").
        return before is None or not (
            before.grammar == "det" or _MODIFIER in before.tags or before.possessive
        )
    if reading == "given-name" and before is not None and _is_title_like(before):
        return words_after <= 2  # "Rep. Earl Thistlewood", "Gov. Earl Ray Tolliver"
    if before is not None and (before.grammar or before.tags or before.possessive):
        return False  # "law school Dean Jane Roe", "former Dean Jane Roe"
    if reading == "given-name" and before is not None and words_after == 1:
        return True  # "Jane Dean Roe"
    return reading == "given-name" and words_after == 1


def _name_run(
    chunks: Sequence[_Chunk], end: int, words: Sequence[_Word], vocabulary: _Vocabulary
) -> tuple[int, int, list[str]]:
    """The chunks ``[start, end)`` that name the person, scanning back from ``end``.

    Returns ``(start, end, rules)``; ``start == end`` when there is no name.
    """
    rules: list[str] = []
    start = end
    index = end - 1
    given_names = vocabulary.lexicon.given_names
    while index >= 0:
        chunk = chunks[index]
        words_after = chunks[end - 1].last - chunk.last  # chunks cover their words in order
        if _AMBIGUOUS in chunk.tags:
            # "Marine Le Garrec": a particle and the surname it leads are one name word
            particles = sum(
                words[position].key in _PARTICLES
                for position in range(chunk.last + 1, chunks[end - 1].last)
            )
            as_name = _ambiguous_is_name(chunks, index, words_after - particles, words)
            rules.append("ambiguous-as-name" if as_name else "ambiguous-as-title")
        elif _plain_name_word(chunk, words):
            as_name = True
        else:
            # A surname that is a title word ("Jane Speaker") after a known given name.
            before = chunks[index - 1] if index > 0 else None
            as_name = (
                words_after == 0
                and chunk.first == chunk.last
                and words[chunk.first].capitalised
                and not chunk.possessive
                and _HONORIFIC not in chunk.tags
                and before is not None
                and before.first == before.last
                and not before.possessive
                and words[before.first].key in given_names
            )
        if not as_name:
            break
        start = index
        index -= 1
    first = start
    while start < end and words[chunks[start].first].key in _PARTICLES:
        lead = words[chunks[start].first]
        if lead.capitalised and lead.key in given_names and start + 1 < end:
            break  # "Ben Adeyemi", "Al Fenner": a given name, not a particle
        start += 1
    if start > first and end - start == 1:
        start = first  # "de Vaux", "Van Horne": the particle belongs to the surname
    if start == end:
        return end, end, []
    run = chunks[start:end]
    if all(_is_place(chunk) for chunk in run) or not words[run[-1].last].capitalised:
        return end, end, []
    before = chunks[start - 1] if start > 0 else None
    if (
        before is not None
        and before.capitalised
        and words[before.last].key in read_words("chapter_words.tsv")
        and not any(words[chunk.first].key in given_names for chunk in run)
    ):
        # "Forest Watch Velmora", "Rights Watch Asia": the region of a monitoring group going
        # on with its name, with no given name to make a person of it
        return end, end, []
    if before is not None and _qualifier_like(before, vocabulary):
        # "Deputy Harbourmaster Ana Brandt": an unlisted title word between a qualifier, which
        # needs one, and a known given name
        given = next(
            (
                index
                for index in range(start + 1, min(end - 1, start + _UNLISTED_TITLE_WORDS) + 1)
                if words[chunks[index].first].key in given_names
            ),
            None,
        )
        if given is not None and not any(
            chunk.tags or words[chunk.first].key in given_names for chunk in chunks[start:given]
        ):
            return given, end, [*rules, "title-word-before-given-name"]
    if before is not None and before.grammar in ("prep", "det", "conj"):
        # "governor of Texas Jane Roe": a place right after "of" belongs to the title.
        first = start
        while start < end and _is_place(chunks[start]) and _country_name_form(chunks[start]):
            start += 1
        if start < end and start > first:
            return start, end, [*rules, "place-before-name"]
        # "Ambassador to the United Nations Jane Roe": the last two words are the name when the
        # capitalised run is long enough to hold a complement too.
        start = first
        name_words = 3 if end - start > 3 and _short_word(words[chunks[end - 2].first]) else 2
        if end - start <= name_words:
            return end, end, []
        return end - name_words, end, [*rules, "name-after-complement"]
    return start, end, rules


_UNLISTED_TITLE_WORDS = 2  # "Deputy Lighthouse Keeper NAME": unlisted words after a qualifier


def _unlisted_title_words(
    chunks: Sequence[_Chunk], block_end: int, vocabulary: _Vocabulary
) -> bool:
    """Whether the words after a title block ending in a qualifier, up to the name, are unlisted
    capitalised words the qualifier needs as its title (``Deputy Harbourmaster``)."""
    rest = chunks[block_end:]
    return (
        0 < len(rest) <= _UNLISTED_TITLE_WORDS
        and _qualifier_like(chunks[block_end - 1], vocabulary)
        and all(chunk.capitalised and not chunk.tags and not chunk.grammar for chunk in rest)
    )


def _short_word(word: _Word) -> bool:
    """An initial or a suffix inside a name ("John F. Doe", "John Doe Jr.")."""
    return len(word.key.rstrip(".")) == 1 or word.raw in NAME_SUFFIXES


def _find_name(
    chunks: Sequence[_Chunk], words: Sequence[_Word], vocabulary: _Vocabulary
) -> tuple[int, int, list[str]]:
    """The name's chunks: at the end of the segment, else before a trailing ``of``/``from``;
    none when the name is of the person a role before it serves."""
    start, end, rules = _name_run(chunks, len(chunks), words, vocabulary)
    if start < end:
        return (start, end, rules) if not _served_person(chunks, start) else (end, end, [])
    for index, chunk in enumerate(chunks):
        if index > 0 and chunk.grammar == "prep" and chunk.phrase in ("of", "from", "at"):
            start, end, rules = _name_run(chunks, index, words, vocabulary)
            if end - start == 1 and _AMBIGUOUS in chunks[start].tags:
                continue  # "Duke of Edinburgh", "Dean of the law school": a title before "of"
            if start < end:
                before = chunks[start - 1] if start > 0 else None
                if before is None or _is_title_like(before) or _HONORIFIC in before.tags:
                    return start, end, [*rules, "name-before-of"]
    return len(chunks), len(chunks), []


# Prepositions after which a role names whom it serves ("a spokesman for", "an aide to").
_SERVING_PREPOSITIONS = frozenset(("for", "to"))


def _served_person(chunks: Sequence[_Chunk], start: int) -> bool:
    """Whether the name at chunk ``start`` is, with the title before it, the person a role in
    lower case serves (``a spokesman for Senate Majority Leader Curtis Vandermeer``, ``an aide
    to Gov. Jane Roe``), or a document is written to (``The letter to Gov. Rhea Talbot``): the
    role's holder, or the document, speaks. A title in capitals before the preposition is the
    named person's own (``Special Assistant to the President Jane Roe``), and so is the office
    a candidate or nominee stands for (``office_seekers.tsv``: ``The candidate for attorney
    general Ida Brennan``)."""
    index = start - 1
    if index < 0 or not _is_title_like(chunks[index]):
        return False
    while index >= 0 and chunks[index].grammar not in ("prep", "conj"):
        index -= 1
    return (
        index > 0
        and chunks[index].phrase in _SERVING_PREPOSITIONS
        and not chunks[index - 1].capitalised
        and (
            (
                _is_title_like(chunks[index - 1])
                and chunks[index - 1].phrase not in read_words("office_seekers.tsv")
            )
            # "The letter to Gov. Rhea Talbot said": a document opening the mention speaks,
            # not whom it is to (not "Tobias Lund wrote a letter to ...")
            or (
                chunks[index - 1].phrase in read_words("document_nouns.tsv")
                and all(chunk.grammar == "det" for chunk in chunks[: index - 1])
            )
        )
    )


# --- the words around the name -------------------------------------------------------------------


class _Description(NamedTuple):
    """What the words of one segment other than the name say (a named tuple, like _Word)."""

    title: str | None = None
    affiliation: str | None = None
    modifiers: tuple[str, ...] = ()
    party: str | None = None
    region: str | None = None
    rules: tuple[str, ...] = ()


def _title_case(word: str) -> str:
    lowered = word.lower()
    if lowered in _SMALL_WORDS:
        return lowered
    if len(word) > 1 and word.isupper():
        return word
    return word[:1].upper() + word[1:]


def _canonical(chunk: _Chunk, words: Sequence[_Word], text: str, vocabulary: _Vocabulary) -> str:
    """The canonical form of one chunk of a title."""
    for tag in (_TITLE, _QUALIFIER):
        if tag in chunk.tags:
            return chunk.tags[tag]
    if _AMBIGUOUS in chunk.tags:
        return _title_case(chunk.phrase)
    written = _chunk_text([chunk], words, text)
    if written.endswith(".") and written.lower() not in vocabulary.lexicon.abbreviations:
        written = written[:-1]
    return " ".join(_title_case(part) for part in written.split())


def _place_value(chunks: Sequence[_Chunk], words: Sequence[_Word], text: str) -> str:
    """A phrase as an affiliation: a country or state by its name, anything else as written."""
    core = list(chunks)
    if len(core) == 2 and core[0].phrase == "the" and _is_place(core[1]):
        core = core[1:]  # "the United States"
    if len(core) == 1 and _is_place(core[0]):
        return core[0].tags.get(_COUNTRY) or core[0].tags[_STATE]
    return _chunk_text(chunks, words, text)


def _noun_phrase(chunks: Sequence[_Chunk], words: Sequence[_Word], text: str) -> str:
    """``Russia's Rostov region`` -> ``Rostov region, Russia``; ``the ministry`` as written."""
    for index, chunk in enumerate(chunks):
        if chunk.possessive:
            rest_chunks = chunks[index + 1 :]
            if rest_chunks and not _is_place(chunk) and all(c.capitalised for c in rest_chunks):
                break  # "St. Mary's Hospital" is one name
            owner = _place_value(chunks[: index + 1], words, text)
            rest = _chunk_text(rest_chunks, words, text)
            return f"{rest}, {owner}" if rest else owner
    return _place_value(_named_body(chunks, words), words, text)


def _name_like(chunk: _Chunk, words: Sequence[_Word]) -> bool:
    """A chunk that may start a body's name: capitalised, a number (``the 6th District GOP``) or
    a level of government (``state Senate``, ``county Democratic Party``)."""
    return (
        chunk.capitalised or words[chunk.first].text[:1].isdigit() or chunk.phrase in _BODY_LEVELS
    )


_BODY_LEVELS = frozenset(
    ("state", "city", "county", "federal", "provincial", "municipal", "national", "regional")
)


def _named_body(chunks: Sequence[_Chunk], words: Sequence[_Word]) -> Sequence[_Chunk]:
    """``consultancy Halden Insights`` -> ``Halden Insights``, ``the investment bank Westgrove
    Capital`` -> ``Westgrove Capital``: the lower-case noun that says what kind of body a name is
    belongs to no name. The words before the name must end in a noun (an unlisted word or an
    organisation word): ``the state Department of Health`` and ``the federal Bureau of Prisons``
    keep their qualifier, ``the investment bank`` goes."""
    start = 1 if chunks and chunks[0].grammar == "det" else 0
    name = start
    while name < len(chunks) and not _name_like(chunks[name], words):
        if chunks[name].grammar or chunks[name].possessive:
            return chunks
        name += 1
    rest = chunks[name:]
    if name == start or not rest or not rest[-1].capitalised:
        return chunks
    if chunks[name - 1].tags.keys() - {_ORGANISATION}:
        return chunks  # "the state Department": the last lower-case word is no noun
    if not all(chunk.capitalised or chunk.phrase in _NAME_INNER_WORDS for chunk in rest):
        return chunks
    return rest


def _acronym(name: str) -> bool:
    """``WWO``, ``NHS``: one word in capitals, which takes an article (``the WWO``) but has none
    in its name."""
    return len(name) > 1 and name.isalpha() and name.isupper()


def _join_affiliations(parts: Iterable[str | None]) -> str | None:
    kept: list[str] = []
    for part in parts:
        if part and not any(part.lower() in seen.lower() for seen in kept):
            kept.append(part)
    return ", ".join(kept) or None


def _us_state(value: str | None, vocabulary: _Vocabulary) -> str | None:
    """``value`` when it is a US state and not also a country (``Georgia``)."""
    if not value:
        return None
    key = value.lower()
    states = vocabulary.lexicon.us_states
    if key in states and key not in vocabulary.lexicon.nationalities:
        return states[key]
    return None


def _title_block(
    chunks: Sequence[_Chunk], start: int, end: int, vocabulary: _Vocabulary
) -> tuple[int, int]:
    """The title words among ``chunks[start:end]``: qualifiers and titles ending in a title.

    ``Deputy Foreign Minister``, ``Chairman and CEO``; unknown words inside the run count
    (``chief happiness officer``). Returns ``(first, last + 1)``, or ``(end, end)`` when there is
    no title.
    """

    def usable(index: int) -> bool:
        return _is_title_like(chunks[index]) and not chunks[index].possessive

    last = next((i for i in range(end - 1, start - 1, -1) if usable(i)), None)
    # "Justice Department", "General Assembly": a title word naming an organisation.
    while last is not None and last + 1 < len(chunks) and _organisation_word(chunks[last + 1]):
        last = next((i for i in range(last - 1, start - 1, -1) if usable(i)), None)
    rank = _rank_before_head(chunks, start, end, vocabulary)
    if rank is not None and (last is None or last <= rank):
        first, last = rank, end - 1  # "chief forecaster": the unlisted noun is the head
    elif last is None:
        return end, end
    else:
        first = last
    index = first - 1
    joined = False  # the chunk to the right was "and": the next title belongs to the block
    while index >= start:
        chunk = chunks[index]
        before = chunks[index - 1] if index > start else None
        if chunk.possessive or _party_word(chunk, chunks[index + 1]):
            break
        if _organisation_word(chunk) and (
            _QUALIFIER not in chunk.tags or (before is not None and _proper_word(before))
        ):
            break  # "Maricopa County Sheriff": the county is a place, not part of the title
        if _qualifier_like(chunk, vocabulary) or (joined and _is_title_like(chunk)):
            head = chunks[first]
            if (
                head.capitalised
                and not chunk.capitalised
                and chunk.phrase not in _LOWER_BEFORE_TITLE
            ):
                break  # "strategy Sen. NAME": a lower-case word is no part of a capitalised title
            first = index
            joined = False
        elif _is_title_like(chunk):
            break  # another title: "army spokesman Lt. Col. NAME"
        elif chunk.grammar == "conj" and before is not None and _is_title_like(before):
            joined = True
        elif chunk.tags or chunk.grammar:
            break
        elif chunk.capitalised and not chunks[index + 1].capitalised:
            break  # "General Motors chief executive": a capitalised name before a lower title
        index -= 1
    # Unknown lower-case words right before the block join it after an article, a modifier or a
    # nationality ("Burmese junta leader"); capitalised ones are names ("Acme chief executive").
    while first - 1 >= start and _lower_unknown(chunks[first - 1]):
        if first - 2 >= start and not _pre_title_boundary(chunks[first - 2]):
            break
        first -= 1
    return first, last + 1


_HEAD_WORDS = 2  # "chief climate forecaster": unlisted words after a rank qualifier


def _rank_before_head(
    chunks: Sequence[_Chunk], start: int, end: int, vocabulary: _Vocabulary
) -> int | None:
    """The index of a rank qualifier (``rank_qualifiers.tsv``) followed by one or two unlisted
    lower-case nouns that end ``chunks[start:end]``: ``chief forecaster``, ``the senior
    lecturer``. No table can list every job, and after a rank the noun is the role, not the
    rank alone (``Chief``). Not a relative, a cue or a verb (``the deputy who ...``)."""
    head = end
    while head > start and end - head < _HEAD_WORDS and _head_noun(chunks[head - 1], vocabulary):
        head -= 1
    rank = head - 1
    if head == end or rank < start:
        return None
    chunk = chunks[rank]
    if chunk.possessive or chunk.phrase.rpartition(" ")[2] not in _rank_qualifiers():
        return None  # "deputy chief" is a listed title ending in a rank: it takes a noun too
    return rank


def _head_noun(chunk: _Chunk, vocabulary: _Vocabulary) -> bool:
    """An unlisted lower-case word that can be a role's noun after a rank qualifier."""
    return (
        _lower_unknown(chunk)
        and chunk.phrase not in _RELATIVES
        and chunk.phrase not in _OWN_PREPOSITION
        and chunk.phrase not in FINITE_VERBS
        and chunk.phrase not in vocabulary.lexicon.cues
        and chunk.phrase.isalpha()
    )


def _rank_qualifiers() -> frozenset[str]:
    return read_words("rank_qualifiers.tsv")


def _hyphenated_adjective(chunk: _Chunk, words: Sequence[_Word]) -> bool:
    """``Emmy-winning``, ``Brenford-area``: a capitalised word with a lower-case tail after its
    hyphen describes, and names no organisation (``Coca-Cola``, ``African-American`` keep their
    capitals)."""
    text = words[chunk.first].text
    _, hyphen, tail = text.rpartition("-")
    return (
        chunk.first == chunk.last
        and bool(hyphen)
        and chunk.capitalised
        and not chunk.tags
        and tail[:1].islower()
    )


def _branch_word(chunk: _Chunk) -> bool:
    """A capitalised word naming where in a party a role is (``Westminster``, ``Senate``)."""
    return (
        chunk.capitalised
        and not chunk.possessive
        and not chunk.grammar
        and not _is_place(chunk)
        and not _is_title_like(chunk)
    )


def _qualifier_like(chunk: _Chunk, vocabulary: _Vocabulary) -> bool:
    """A word that qualifies a following title: ``Deputy``, ``Asst.``, ``defense``, ``Senior``."""
    if _QUALIFIER in chunk.tags:
        return True
    canonical = chunk.tags.get(_TITLE, "").lower()
    return bool(canonical) and canonical in vocabulary.lexicon.title_qualifiers


def _organisation_word(chunk: _Chunk) -> bool:
    return _ORGANISATION in chunk.tags


def _proper_word(chunk: _Chunk) -> bool:
    """A capitalised word no table knows: a proper name ("Maricopa", "Acme")."""
    return chunk.capitalised and not chunk.tags and not chunk.grammar


def _party_word(chunk: _Chunk, following: _Chunk) -> bool:
    """``Labour leader``: a capitalised party name is no portfolio, except before a minister."""
    if _PARTY not in chunk.tags:
        return False
    head = following.tags.get(_TITLE, "")
    return "Minister" not in head and "Secretary" not in head


def _pre_title_boundary(chunk: _Chunk) -> bool:
    """Chunks after which unknown words may start a title ("former chief happiness officer")."""
    return bool(
        chunk.grammar == "det"
        or {_MODIFIER, _COUNTRY, _STATE, _PARTY, _HONORIFIC} & chunk.tags.keys()
        or chunk.possessive
    )


def _describe(
    chunks: Sequence[_Chunk],
    words: Sequence[_Word],
    text: str,
    vocabulary: _Vocabulary,
    *,
    before_name: bool,
    appositive: bool,
) -> _Description:
    """Read the non-name words of a segment: modifiers, affiliations, the title and its ``of``."""
    rules: list[str] = []
    modifiers: list[str] = []
    countries: list[str] = []
    states: list[str] = []
    party: str | None = None
    index = 0
    article: _Chunk | None = None
    while index < len(chunks) and (
        chunks[index].grammar == "det"
        # "One strategist": a number opening the phrase, as an article; not "One Nation leader"
        or (
            chunks[index].phrase == "one"
            and index + 1 < len(chunks)
            and not chunks[index + 1].capitalised
        )
    ):
        if chunks[index].grammar == "det":
            article = chunks[index]
        index += 1
    end = len(chunks)
    # "an ally of the mayor": a title after an unlisted lower-case noun and its preposition is
    # another person's (but not after a name: "a University of Iowa professor")
    relation_end = next(
        (
            i
            for i in range(index + 1, end)
            if chunks[i].phrase in ("of", "to") and _lower_unknown(chunks[i - 1])
        ),
        end,
    )
    first_title = next((i for i in range(index, relation_end) if _is_title_like(chunks[i])), None)
    # "a former Wexley Gazette reporter and the author of ...": a second description
    split = next(
        (
            i
            for i in range(index + 1, end - 1)
            if chunks[i].grammar == "conj" and chunks[i + 1].grammar == "det"
        ),
        end,
    )
    if first_title is not None and first_title < split:
        end = split
    elif split < end and _named_workplace(
        _describe(
            chunks[:split], words, text, vocabulary, before_name=before_name, appositive=appositive
        )
    ):
        # "a behavioural ecologist at Tallisford and the study's lead author": a job at a named
        # body comes first even with a title no table lists (but "a mother of two and the
        # town's mayor" is the mayor)
        end = split
        first_title = None
    second = chunks[end + 1 :]  # what a second description says is left out, but its party
    complement = next(
        (i for i in range((first_title or index) + 1, end) if chunks[i].grammar == "prep"), end
    )
    block_start, block_end = _title_block(chunks, index, complement, vocabulary)
    between = chunks[block_end:complement] if block_end < complement < end else ()
    if any(chunk.phrase in _OWN_PREPOSITION or chunk.grammar == "det" for chunk in between) or (
        any(chunk.phrase in WH_RELATIVES for chunk in between)
        and (chunks[complement].phrase == "to" or not _names_a_body(chunks[complement + 1 :]))
    ):
        # "an official familiar with the talks", "a director during the passage of the bill",
        # "an official who spoke on the condition of anonymity", "... who was not authorised to
        # speak": the phrase belongs to an adjective, another noun or a relative clause, not to
        # the title (but "a pollster who is working with
        # Fairhaven Action" names the body the person works for)
        complement = end
    if block_start == block_end:
        block_start, block_end, guessed = _fallback_block(
            chunks,
            index,
            complement,
            before_name=before_name,
            # "a beekeeper from Devon", not "his evolution on climate"
            appositive=appositive and article is not None and article.phrase in ("a", "an", "the"),
        )
        if guessed:
            rules.append("fallback-title")
    elif before_name and _unlisted_title_words(chunks, block_end, vocabulary):
        block_end = end  # "Deputy Harbourmaster NAME": the qualifier's unlisted title word
    # Words before the title: modifiers, party, places, possessors and organisation names.
    specific: list[_Chunk] = []
    owner: str | None = None
    party_owner = False  # the owner is a party ("the SNP's")
    pre = chunks[index:block_start]
    for position, chunk in enumerate(pre):
        tags = chunk.tags
        if _HONORIFIC in tags:
            rules.append("honorific")
        elif _MODIFIER in tags and not specific:
            value = tags[_MODIFIER]
            modifiers.append(_chunk_text([chunk], words, text) if value == "*" else value)
            rules.append("modifier")
        elif _PARTY in tags and not chunk.possessive:
            party = tags[_PARTY]
            rules.append("party-word")
            follows = pre[position + 1] if position + 1 < len(pre) else None
            if follows is not None and follows.capitalised and not _is_place(follows):
                specific.append(chunk)  # "Republican National Committee"
        elif chunk.possessive:
            owner_chunks = [*specific, chunk]
            run_start = position - len(specific)
            if (
                article is not None
                and article.phrase == "the"
                and (run_start == 0 or pre[run_start - 1] is article)
            ):
                owner_chunks.insert(0, article)  # "the ministry's spokesman" -> "the ministry"
            owner = _noun_phrase(owner_chunks, words, text)
            party_owner = len(owner_chunks) <= 2 and _PARTY in chunk.tags
            if owner.startswith("The ") and (
                owner[4:5].islower() or party_owner or _acronym(owner[4:])
            ):
                # "The trust's chief executive", "The WWO's director": the article opens the
                # sentence, and is no part of the name as in "The Guardian"
                owner = "t" + owner[1:]
            if party_owner:
                party = chunk.tags[_PARTY]  # "the SNP's leader": the party's own
                rules.append("party-owner")
            specific = []
            rules.append("possessive-affiliation")
        elif _is_place(chunk) and not specific and _COUNTRY in tags:
            countries.append(tags[_COUNTRY])
            if _STATE in tags:
                states.append(tags[_STATE])
            rules.append("nationality")
        elif _STATE in tags and not specific:
            states.append(tags[_STATE])
            rules.append("state")
        elif chunk.grammar == "det":
            specific = []
            article = chunk
        elif not specific and chunk.capitalised and chunk.phrase in vocabulary.lexicon.not_names:
            pass  # "Local MP NAME": a word capitalised because it opens the sentence
        elif chunk.phrase in _CONNECTORS and position == len(pre) - 1:
            specific = []  # "goals from Kofi Amankwah-Reid and captain NAME": another person
        elif _hyphenated_adjective(chunk, words):
            specific = []  # "Emmy-winning actress", "Brenford-area businessman": no body
        elif _lower_unknown(chunk) and not _organisation_word(chunk):
            owned = position + 1 < len(pre) and pre[position + 1].possessive
            # "the harbour authority's": a word of the owner's name; "Committee is filing ...
            # with": loose words are no organisation
            specific = [*specific, chunk] if owned else []
        else:
            specific.append(chunk)
    # "President-elect", "Prime Minister-designate": a modifier after the title.
    modifiers.extend(
        chunk.tags[_MODIFIER]
        for chunk in itertools.takewhile(
            lambda c: _MODIFIER in c.tags, chunks[block_end:complement]
        )
    )
    specific_text: str | None = None
    # "Opposition leader Sen. NAME": a second title before the one by the name is a role, no
    # organisation; left out, as "army spokesman Lt. Col. NAME" leaves out "army spokesman"
    # (but "Justice Department spokeswoman", "General Motors chief executive": a title word
    # inside an organisation's name)
    stacked = bool(specific) and _is_title_like(specific[-1])
    title_lead: list[_Chunk] = []
    if party_owner and specific and all(_branch_word(chunk) for chunk in specific):
        # "the SNP's Westminster leader": where in the party the role is, part of the title
        title_lead, specific = specific, []
    if specific and any(c.capitalised for c in specific) and not stacked:
        # "senior Harwick Council official": a lower-case word before the name is no part
        # of it, but a level of government is ("state Senate majority leader")
        specific_text = _chunk_text(
            list(itertools.dropwhile(lambda c: not _name_like(c, words), specific)), words, text
        )
        rules.append("affiliation-before-title")
    # The title and what follows it.
    title_parts = [
        _canonical(chunk, words, text, vocabulary) for chunk in chunks[block_start:block_end]
    ]
    if title_parts and title_lead:
        title_parts[:0] = [_canonical(chunk, words, text, vocabulary) for chunk in title_lead]
    if stacked and len(title_parts) == 1 and _standing(title_parts[0]):
        # "Health Minister Dr. NAME", "Prime Minister Sir NAME": the office says more than the
        # degree or the honour
        office = len(specific)
        while office > 0 and (
            _is_title_like(specific[office - 1])
            or _qualifier_like(specific[office - 1], vocabulary)
        ):
            office -= 1
        title_parts = [_canonical(chunk, words, text, vocabulary) for chunk in specific[office:]]
    complement_text: str | None = None
    position = complement
    while position < end and title_parts:
        preposition = chunks[position].phrase
        rest = chunks[position + 1 : end]
        portfolio = _portfolio(rest)
        if portfolio and (preposition == "of" or (preposition == "for" and rest[-1].capitalised)):
            title_parts.append(preposition)
            title_parts.extend(
                _canonical(chunk, words, text, vocabulary) for chunk in rest[:portfolio]
            )
            position += 1 + portfolio
            rules.append("portfolio-after-of")
            continue
        # a field is read after a known title only ("a mother of two" guessed no title)
        known = "fallback-title" not in rules
        field = _field(rest, vocabulary) if known and preposition in _FIELD_PREPOSITIONS else 0
        if field:
            title_parts.append(preposition)
            title_parts.extend(_canonical(chunk, words, text, vocabulary) for chunk in rest[:field])
            position += 1 + field
            rules.append("field-after-of")
            continue
        rest = _phrase_end(rest, vocabulary, stop_at_preposition=preposition == "to")
        if preposition == "to" and rest:
            title_parts.append("to " + _chunk_text(rest, words, text))
            rules.append("title-to")
            break
        if rest and not (
            preposition == "at" and rest[-1].phrase.lower() in _TIMES_AT
        ):  # "her business partner at the time": when, not where
            complement_text = _noun_phrase(rest, words, text)
            rules.append(f"{preposition}-affiliation")
            if preposition == "from" and party:
                states.extend(c.tags[_STATE] for c in rest if _STATE in c.tags)
        break
    if not title_parts and complement < end and party:
        rest = chunks[complement + 1 : end]
        states.extend(c.tags[_STATE] for c in rest if _STATE in c.tags)  # "a Democrat from Ohio"
    if not title_parts:
        # Without a title, only a nationality or an owner says where a person belongs
        # ("Russian pianist" aside); loose capitalised words ("It is one ...") do not.
        specific_text = complement_text = None
        if owner is not None and owner.lower() not in vocabulary.lexicon.nationalities:
            owner = None
    affiliation = _join_affiliations(
        [complement_text, specific_text, owner, *countries, *(states if title_parts else ())]
    )
    region = None
    if party and states:
        region = states[0]
    elif title_parts:
        region = _us_state(affiliation, vocabulary)
    party_chunk = next((c for c in second if _PARTY in c.tags and not c.possessive), None)
    if party is None and party_chunk is not None:
        # "a consultant and a Democratic former state senator from Ohio": the party of the
        # second description is the person's too, with the state it is from
        party = party_chunk.tags[_PARTY]
        after_from = itertools.dropwhile(lambda c: c.phrase != "from", second)
        region = region or next((c.tags[_STATE] for c in after_from if _STATE in c.tags), None)
    title = " ".join(title_parts) or None
    if title is not None:
        rules.append("title")
    return _Description(
        title=title,
        affiliation=affiliation,
        modifiers=tuple(modifiers),
        party=party,
        region=region,
        rules=tuple(rules),
    )


def _named_workplace(description: _Description) -> bool:
    """A description with a title and a body named with a capital (``at Tallisford``)."""
    affiliation = description.affiliation or ""
    return bool(description.title) and any(word[:1].isupper() for word in affiliation.split())


def _phrase_end(
    chunks: Sequence[_Chunk], vocabulary: _Vocabulary, *, stop_at_preposition: bool
) -> Sequence[_Chunk]:
    """A phrase after a title, without what follows it: a relative clause ("who runs ..."), a
    cue verb, a second description ("... and a professor at ...") and dangling function words."""
    cues = vocabulary.lexicon.cues
    end = len(chunks)
    for index, chunk in enumerate(chunks):
        following = chunks[index + 1] if index + 1 < len(chunks) else None
        if (
            chunk.phrase in _RELATIVES
            or chunk.phrase in cues
            or (stop_at_preposition and chunk.grammar == "prep")
            or (
                chunk.grammar == "conj"
                and following is not None
                and (following.grammar == "det" or _is_title_like(following))
            )
        ):
            end = index
            break
    while end > 0 and chunks[end - 1].grammar in ("prep", "det", "conj"):
        end -= 1
    return chunks[:end]


_FIELD_WORDS = 3  # "director of social health", "head of data and research"
_FIELD_PREPOSITIONS = frozenset(("of", "for", "in"))  # "senior lecturer in law"
# Nouns that make an "at" phrase a time, not a workplace ("partner at the time").
_TIMES_AT = frozenset("time moment point outset start end height peak".split())


def _field(chunks: Sequence[_Chunk], vocabulary: _Vocabulary) -> int:
    """How many leading chunks after ``of``, ``for`` or ``in`` name a field of work in lower
    case, which belongs to the title (``director of social health``, ``cabinet member for
    communities``, ``lecturer in law``): a body is named with a capital or an article (``of the
    ministry``, ``for Eastvale Police``), or is a group of people (``a lawyer for residents``).
    The field ends at a preposition (``professor of law at ...``) or the phrase's end."""
    kept = _phrase_end(chunks, vocabulary, stop_at_preposition=True)
    count = len(kept)
    following = chunks[count] if count < len(chunks) else None
    if not 0 < count <= _FIELD_WORDS or (
        following is not None and (following.grammar != "prep" or following.phrase == "of")
    ):
        return 0  # "a strategist for one of the rival slates": a part of a whole, no field
    groups = vocabulary.lexicon.group_nouns
    for index, chunk in enumerate(kept):
        if chunk.grammar == "conj" and 0 < index < count - 1:
            continue  # "data and research"
        if not (_lower_unknown(chunk) or _lower_portfolio(chunk)) or chunk.phrase in groups:
            return 0
        if not chunk.phrase.isalpha():
            return 0
    return count


def _lower_portfolio(chunk: _Chunk) -> bool:
    """A lower-case portfolio word (``health``, ``finance``): a qualifier and nothing else."""
    return not chunk.capitalised and not chunk.possessive and chunk.tags.keys() == {_QUALIFIER}


def _portfolio(chunks: Sequence[_Chunk]) -> int:
    """How many leading chunks name a portfolio ("foreign affairs", "the Treasury")."""
    count = 0
    while count < len(chunks):
        chunk = chunks[count]
        if _QUALIFIER in chunk.tags and not chunk.possessive:
            count += 1
        elif chunk.grammar == "conj" and count > 0 and count + 1 < len(chunks):
            if _QUALIFIER not in chunks[count + 1].tags:
                break
            count += 1
        elif chunk.grammar == "det" and chunk.phrase == "the" and count == 0:
            if len(chunks) < 2 or _QUALIFIER not in chunks[1].tags:
                return 0
            count += 1
        else:
            break
    if count and (count == len(chunks) or chunks[count].grammar == "prep"):
        return count
    return 0


def _fallback_block(
    chunks: Sequence[_Chunk], start: int, end: int, *, before_name: bool, appositive: bool
) -> tuple[int, int, bool]:
    """An unknown title: lower-case words before a name or after an appositive's article."""
    if not (before_name or appositive):
        return end, end, False
    last = end
    while last > start and chunks[last - 1].grammar == "prep":
        last -= 1
    if before_name:
        # Only right before the name, at most three words, with nothing but an article, a
        # modifier or a nationality before them ("Russian pianist NAME").
        if end != len(chunks):
            return end, end, False
        first = last
        while first > start and (
            _lower_unknown(chunks[first - 1]) or _lower_qualifier(chunks[first - 1], first == last)
        ):
            first -= 1
        leading_ok = all(
            _MODIFIER in c.tags or _is_place(c) or _PARTY in c.tags for c in chunks[start:first]
        )
        alone = last - first == 1 and _QUALIFIER in chunks[first].tags  # "the senior NAME"
        if first < last and last - first <= _MAX_GUESSED_WORDS and leading_ok and not alone:
            return first, last, True
        return end, end, False
    first = start
    while first < end and (_MODIFIER in chunks[first].tags or _is_place(chunks[first])):
        first += 1
    stop = first
    while stop < end and _lower_unknown(chunks[stop]):
        stop += 1
    if stop > first and stop - first <= _MAX_GUESSED_WORDS and (stop == end or stop == len(chunks)):
        return first, stop, True
    return end, end, False


_MAX_GUESSED_WORDS = 3  # the longest unknown title guessed from lower-case words


def _lower_qualifier(chunk: _Chunk, last: bool) -> bool:
    """A lower-case qualifier that names a person, ending an unlisted title before a name
    (``kitchen assistant NAME``): ``assistant`` is no title alone, but here it ends one (``press``
    or ``campaign`` name no person: ``the literary press Quillfeather``)."""
    return (
        last
        and not chunk.capitalised
        and not chunk.possessive
        and chunk.phrase in _PERSON_QUALIFIERS
        and chunk.tags.keys() == {_QUALIFIER}
    )


_PERSON_QUALIFIERS = frozenset(("assistant", "associate"))


def _lower_unknown(chunk: _Chunk) -> bool:
    """Whether a chunk is a lower-case word no table knows, which may belong to a title; not
    an age (``the 34-year-old striker``: the age describes the person, not the role)."""
    return (
        not chunk.tags
        and not chunk.grammar
        and not chunk.capitalised
        and not chunk.possessive
        and AGE.fullmatch(chunk.phrase) is None
    )


# --- one mention ---------------------------------------------------------------------------------


def _party_tag(segment: Sequence[_Word], vocabulary: _Vocabulary) -> tuple[str, str | None] | None:
    """``D-Mass.`` -> Democratic, Massachusetts; a lone ``R`` -> Republican and no state."""
    if len(segment) != 1:
        return None
    word = segment[0]
    parties = vocabulary.lexicon.parties
    letters, hyphen, place = word.text.partition("-")
    if not hyphen:
        if word.text.isupper() and len(word.text) == 1 and word.raw in parties:
            return parties[word.raw], None
        return None
    party = parties.get(letters.lower())
    if party is None or not letters[:1].isupper() or len(letters) > 4:
        return None
    state = vocabulary.tag_states.get(place.lower().replace(".", ""))
    return (party, state) if state is not None else None


def _place_segment(chunks: Sequence[_Chunk]) -> str | None:
    """A segment that is only a place (``Ill.``, ``Russia``): it continues an affiliation."""
    if len(chunks) == 1 and _is_place(chunks[0]) and not chunks[0].possessive:
        return chunks[0].tags.get(_COUNTRY) or chunks[0].tags[_STATE]
    return None


@attrs.frozen
class _Segment:
    words: Sequence[_Word]
    chunks: Sequence[_Chunk]
    name_start: int  # chunk indices; equal when the segment names nobody
    name_end: int
    rules: tuple[str, ...]


def parse_mention(text: str, lexicon: Lexicon) -> ParsedMention:
    """Split how a text names a person into name, title, affiliation, modifiers, party, region.

    Never raises on text: a phrase it cannot read comes back with the fields it could fill.

    Args:
        text: the words naming the person, as written (``"Sen. Jane Roe, D-Mass."``).
        lexicon: the word tables (``default_lexicon()`` or an extended copy).
    """
    if len(text) > LONGEST_MENTION:  # naming nobody
        return ParsedMention(rules=("too-long",))
    vocabulary = _vocabulary(lexicon)
    memo = vocabulary.parsed
    known = memo.get(text)
    if known is not None:
        return known
    parsed = _with_post_nominals(text, vocabulary)
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[text] = parsed
    return parsed


_MEMO_SIZE = 8192

# Capitalised words separated by single spaces, nothing else: the most common mention, a plain
# name. Audit: possessive runs; the space that separates words is outside the word class, so
# each character is read once.
_PLAIN_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}\-]*+(?: \p{Lu}[\p{L}\p{M}\-]*+)*+")


def _plain_name(text: str, vocabulary: _Vocabulary) -> ParsedMention | None:
    """A fast answer for a plain name no table knows a word of ("Ada Brenner"), else None."""
    stripped = text.strip()
    match = _PLAIN_NAME.fullmatch(stripped)
    if match is None:
        return None
    starts = vocabulary.longest  # the first word of every table entry, one word or more
    for word in stripped.lower().split():
        if word in starts or word in _FUNCTION_WORDS or _occupation(word) is not None:
            return None
        if word.partition("-")[0] in vocabulary.modifier_prefixes:
            return None
        if "-" in word and word.rpartition("-")[2] in vocabulary.modifier_suffixes:
            return None
    start = text.index(stripped)
    return ParsedMention(name=stripped, name_start=start, name_end=start + len(stripped))


# A run of characters that are no white space: a word as written. Audit: one possessive run.
_NON_SPACE = regex.compile(r"\S++")


def _with_post_nominals(text: str, vocabulary: _Vocabulary) -> ParsedMention:
    """The parse of a mention whose name may carry letters after it (``Ana Brandt MP``,
    ``Sir Tom Reyes KC, the defence barrister``): read without them, and an office or a rank at
    the bar they give is the title when no other is. A piece that opens with a determiner is a
    description and keeps its letters (``the Wexley MP``); letters set aside from a piece
    before the name's would shift its offsets, but a name comes before its letters."""
    kept: list[str] = []
    letters: list[str] = []
    for piece in text.split(","):
        spans = [match.span() for match in _NON_SPACE.finditer(piece)]
        words = [piece[start:end] for start, end in spans]
        name = without_post_nominals(words)
        if len(name) == len(words) or words[0].lower() in _DETERMINERS:
            kept.append(piece)  # "the Wexley MP": a description, whose letters are its title
            continue
        letters.extend(words[len(name) :])
        kept.append(piece[: spans[len(name)][0]])
    if not letters:
        return _parse(text, vocabulary)
    parsed = _parse(",".join(kept).rstrip(", "), vocabulary)
    offices = [post_nominals()[word.replace(".", "").lower()] for word in letters]
    title = next((office for office in offices if office), None)
    if parsed.title is not None or title is None or not parsed.name:
        return parsed
    return attrs.evolve(parsed, title=title, rules=(*parsed.rules, "post-nominal"))


# A body named for the cause of the people it gathers: a capitalised plural, "for" and one to
# four capitalised words ("Oregonians for Family Farms", "Americans for Prosperity", "Texans
# for Lawsuit Reform"), no person's title and name. Audit: possessive runs, a fixed word, a
# bounded possessive repetition; matched whole against one mention.
_BODY_FOR_A_CAUSE = regex.compile(r"\p{Lu}\p{Ll}++(?<=s)[ ]for(?:[ ]\p{Lu}[\p{L}\-]*+){1,4}+")


def _parse(text: str, vocabulary: _Vocabulary) -> ParsedMention:
    """``parse_mention`` without the memo."""
    if _BODY_FOR_A_CAUSE.fullmatch(text.strip()) is not None:
        return ParsedMention(rules=("body-for-a-cause",))  # the whole mention names the body
    plain = _plain_name(text, vocabulary)
    return plain if plain is not None else _parse_segments(text, vocabulary)


def _parse_segments(text: str, vocabulary: _Vocabulary) -> ParsedMention:
    """The full parse: segments, chunks, the name, then the words around it."""
    segments: list[_Segment | tuple[str, str | None] | str] = []
    for words in _segments(text, vocabulary):
        tag = _party_tag(words, vocabulary)
        if tag is not None:
            segments.append(tag)
            continue
        if all(word.key.isdigit() for word in words):
            continue  # an age: "Jane Roe, 45, ..."
        chunks = _chunks(words, vocabulary)
        place = _place_segment(chunks)
        if place is not None and segments:
            segments.append(place)
            continue
        start, end, name_rules = _find_name(chunks, words, vocabulary)
        segments.append(_Segment(words, chunks, start, end, tuple(name_rules)))
    named = next(
        (
            position
            for position, segment in enumerate(segments)
            if isinstance(segment, _Segment) and segment.name_start < segment.name_end
        ),
        None,
    )
    rules: list[str] = []
    party: str | None = None
    region: str | None = None
    descriptions: list[tuple[int, _Description]] = []
    for position, segment in enumerate(segments):
        if isinstance(segment, tuple):
            party = party or segment[0]
            region = region or segment[1]
            rules.append("party-tag")
            continue
        if isinstance(segment, str):
            if descriptions and descriptions[-1][0] == position - 1:
                previous = descriptions[-1][1]
                joined = _join_affiliations([previous.affiliation, segment])
                region_here = previous.region or _us_state(segment, vocabulary)
                descriptions[-1] = (
                    position,
                    previous._replace(affiliation=joined, region=region_here),
                )
                rules.append("place-continuation")
            continue
        if named is not None and position != named and not _starts_description(segment.chunks):
            continue  # "Vasily Golubev, as saying ...": not about the person
        own_name = position == named
        pre = segment.chunks[: segment.name_start] if own_name else segment.chunks
        post = segment.chunks[segment.name_end :] if own_name else []
        if pre and post:
            description = _with_after_name(pre, post, segment.words, text, vocabulary)
        else:
            description = _describe(
                [*pre, *post],
                segment.words,
                text,
                vocabulary,
                before_name=own_name and bool(pre),
                appositive=named is not None and not own_name,
            )
        rules.extend(segment.rules)
        if named is not None and position < named and description.title:
            rules.append("appositive-before")
        elif named is not None and position > named and description.title:
            rules.append("appositive-after")
        descriptions.append((position, description))
        rules.extend(description.rules)
    chosen = _choose_description(descriptions, named)
    name, name_start, name_end = "", 0, 0
    if named is not None:
        segment = segments[named]
        assert isinstance(segment, _Segment)
        first = segment.words[segment.chunks[segment.name_start].first]
        last = segment.words[segment.chunks[segment.name_end - 1].last]
        name_start, name_end = first.start, last.end
        if last.text.endswith(".") and not _keeps_dot(last):
            name_end -= 1
        name = " ".join(text[name_start:name_end].split())
    modifiers: list[str] = []
    for _, description in descriptions:
        if description is chosen or not description.title:
            modifiers.extend(m for m in description.modifiers if m not in modifiers)
    affiliation = chosen.affiliation if chosen is not None else None
    if affiliation is None:
        affiliation = next((d.affiliation for _, d in descriptions if d.affiliation), None)
    if affiliation is None and named is not None:
        affiliation = _body_after_name(segments[named], text, vocabulary)
    if affiliation is None and named is not None:
        affiliation = _body_in_next_segment(segments, named, text, vocabulary)
        if affiliation is not None:
            rules.append("of-segment-affiliation")
    party = party or next((d.party for _, d in descriptions if d.party), None)
    region = region or next((d.region for _, d in descriptions if d.region), None)
    return ParsedMention(
        name=name,
        title=chosen.title if chosen is not None else None,
        affiliation=affiliation,
        modifiers=tuple(modifiers),
        party=party,
        region=region,
        name_start=name_start,
        name_end=name_end,
        rules=tuple(rules),
    )


def _body_after_name(
    segment: _Segment | tuple[str, str | None] | str, text: str, vocabulary: _Vocabulary
) -> str | None:
    """A body named after ``of``, ``from`` or ``at`` right after a person's name with no title
    (``Tomas Ekberg of Nordmark Securities``): where the person belongs."""
    if not isinstance(segment, _Segment) or "name-before-of" not in segment.rules:
        return None
    name = _chunk_text(segment.chunks[segment.name_start : segment.name_end], segment.words, text)
    if len(name.split()) < 2 or name.isupper():
        return None  # "Half of Vermont Democrats", a headline in capitals: no person's name
    rest = _phrase_end(
        segment.chunks[segment.name_end + 1 :], vocabulary, stop_at_preposition=False
    )
    if not rest or not any(chunk.capitalised for chunk in rest):
        return None
    return _noun_phrase(rest, segment.words, text)


def _body_in_next_segment(
    segments: Sequence[_Segment | tuple[str, str | None] | str],
    named: int,
    text: str,
    vocabulary: _Vocabulary,
) -> str | None:
    """A body named by an ``of`` segment right after the name (``Detective Constable NAME, of
    Brenford CID``, ``NAME, 59, of Dunmore, Md.``): where the person belongs, as without the comma.
    Only its capitalised run counts (``of Dunmore learned ...`` -> ``Dunmore``), and not for two
    people (``Voss and Adair, of Ohio and Utah``)."""
    segment = segments[named]
    following = segments[named + 1] if named + 1 < len(segments) else None
    if not isinstance(segment, _Segment) or not isinstance(following, _Segment):
        return None
    chunks = segment.chunks
    if (
        segment.name_end != len(chunks)
        or not _of_body(following.chunks)
        or any(chunk.grammar == "conj" for chunk in chunks[: segment.name_start])
    ):
        return None
    rest = following.chunks[1:]
    size = 1 if rest[0].phrase == "the" else 0
    while size < len(rest) and (
        rest[size].capitalised or (rest[size].phrase in _NAME_INNER_WORDS and size + 1 < len(rest))
    ):
        size += 1
    while size > 0 and not rest[size - 1].capitalised:
        size -= 1  # "of Brenford Police and": no dangling function word
    run = rest[:size]
    if size < len(rest) and rest[size].phrase[:1].isdigit():
        return None  # "of Flat 3": an address
    if any(chunk.grammar == "conj" for chunk in run) and any(map(_is_place, run)):
        return None  # "of Ohio and Utah": the places of two people
    if run and run[-1].phrase.split()[-1] in _STREET_WORDS:
        return None  # "Tom Hale, 40, of Mill Road": where he lives, no body
    body = _noun_phrase(run, following.words, text)
    place = segments[named + 2] if named + 2 < len(segments) else None
    return _join_affiliations([body, place]) if isinstance(place, str) else body


_NAME_INNER_WORDS = frozenset(("of", "the", "and", "&", "for"))  # "Fire and Rescue Service"
# Words that end a street's name: an address after a name says where someone lives.
_STREET_WORDS = frozenset(
    "road street lane avenue drive close way crescent terrace place square gardens grove".split()
)


def _of_body(chunks: Sequence[_Chunk]) -> bool:
    """``of Brenford CID``, ``of the Marlow Trust``: ``of`` and a capitalised name (not ``of
    course``, ``of all people``)."""
    return len(chunks) > 1 and chunks[0].phrase == "of" and _names_a_body(chunks[1:])


def _names_a_body(chunks: Sequence[_Chunk]) -> bool:
    """``Fairhaven Action``, ``the Marlow Trust``: a phrase opening with a capitalised name, after
    at most ``the`` (not ``the condition of anonymity``)."""
    if chunks and chunks[0].phrase == "the":
        chunks = chunks[1:]
    return bool(chunks) and chunks[0].capitalised and not chunks[0].grammar


def _with_after_name(
    pre: Sequence[_Chunk],
    post: Sequence[_Chunk],
    words: Sequence[_Word],
    text: str,
    vocabulary: _Vocabulary,
) -> _Description:
    """``Sen. Jane Roe of Massachusetts``: the words after the name are the affiliation."""
    before = _describe(pre, words, text, vocabulary, before_name=True, appositive=False)
    after = _noun_phrase(post[1:], words, text) if len(post) > 1 else None
    affiliation = _join_affiliations([after, before.affiliation])
    region = before.region or _us_state(after, vocabulary)
    return before._replace(affiliation=affiliation, region=region)


def _starts_description(chunks: Sequence[_Chunk]) -> bool:
    """Whether a segment next to the name describes the person ("a spokeswoman for ...")."""
    if not chunks:
        return False
    first = chunks[0]
    if first.grammar == "det":
        return first.phrase in ("a", "an", "the", "its", "his", "her", "their") and len(chunks) > 1
    if first.possessive or first.tags.keys() - {_ORGANISATION}:
        return True
    # "Greenleaf International's political director": an owner's name of several words (not
    # "As Ohio's governor": a clause's role, not the person's description)
    owner = next(
        (i for i, chunk in enumerate(chunks) if not chunk.capitalised or chunk.possessive), 0
    )
    return (
        0 < owner < len(chunks) - 1
        and chunks[owner].possessive
        and chunks[owner].capitalised
        and not any(chunk.grammar or chunk.phrase in _RELATIVES for chunk in chunks[:owner])
    )


def _standing(title: str | None) -> bool:
    """A title of standing (``standing_titles.tsv``: ``Sir``, ``Doctor``, ``Councillor``), which
    says nothing of what a person does: a role given next to it is the more telling title."""
    return title is not None and title.lower() in read_words("standing_titles.tsv")


def _choose_description(
    descriptions: Sequence[tuple[int, _Description]], named: int | None
) -> _Description | None:
    """The title of the name's own segment wins, unless it is only a rank of standing that an
    appositive's role outdoes (``Dr. Ravi Kulkarni, Brightwater's vice president of
    engineering``, ``The Speaker, Sir Bartholomew Quayle``); else the first appositive with a
    title."""
    titled = [(position, d) for position, d in descriptions if d.title]
    own = [d for position, d in titled if position == named]
    roles = [d for position, d in titled if position != named]
    if own and roles and _standing(own[0].title) and not _standing(roles[0].title):
        return roles[0]
    if own or titled:
        return (own or [d for _, d in titled])[0]
    return descriptions[0][1] if descriptions else None


def _keeps_dot(word: _Word) -> bool:
    """An initial ("J.") or a suffix ("Jr.") keeps its dot; a sentence's full stop does not."""
    core = word.text[:-1]
    return len(core.replace(".", "")) <= 2 or word.raw in NAME_SUFFIXES


# --- the stage -----------------------------------------------------------------------------


_PRONOUNS = frozenset("he she they we i it who you him her them us".split())
_LEFT_WINDOW = 160  # characters before a name searched for a title
_RIGHT_WINDOW = 200  # characters after a name searched for an appositive
_MAX_APPOSITIVE_WORDS = 14


class _Reading(NamedTuple):
    """One parsed mention of an entity, with where it was met (for "first seen" ties)."""

    offset: int
    parsed: ParsedMention


_MAYBE_PEOPLE = frozenset((SpeakerKind.PERSON, SpeakerKind.UNKNOWN))


def _entity_key(
    speaker: Speaker, lexicon: Lexicon, known: dict[tuple[int, str], tuple[int, str]]
) -> tuple[int, str]:
    """The quotes of one entity: its id, and its surname as a guard against ids left unset."""
    found = known.get((speaker.entity, speaker.name))
    if found is None:
        name = parse_mention(speaker.name, lexicon).name or speaker.name
        words = [w for w in name.split() if w.lower() not in NAME_SUFFIXES]
        found = speaker.entity, (words[-1].lower() if words else "")
        known[speaker.entity, speaker.name] = found
    return found


def parse_titles(document: Document, context: Context) -> Document:
    """Fill title, affiliation, modifiers, party and region of every speaker, one entity at once.

    For each entity (``Speaker.entity``) the stage reads the speaker's mention at each quote and
    the places in the text where the person's name stands with a title around it, and puts the
    fullest title and affiliation found on every quote of the entity. It cleans title words out
    of a person's ``name``; organisations and groups keep their name and get no title. Mentions
    and offsets are never changed.
    """
    if not document.quotes:
        return document
    lexicon = context.lexicon
    readings: dict[tuple[int, str], list[_Reading]] = {}
    surnames: dict[str, list[tuple[int, str]]] = {}  # surname -> keys of people with it
    full_names: dict[tuple[int, str], str] = {}
    keys: dict[tuple[int, str], tuple[int, str]] = {}
    # Only a person's merged reading is ever put on a quote (see ``_filled``): an entity that
    # only organisations and groups speak for is not read at all.
    read = {
        speaker.entity
        for quote in document.quotes
        for speaker in (quote.speaker, quote.via)
        if speaker is not None and speaker.kind in _MAYBE_PEOPLE
    }
    for quote in document.quotes:
        for speaker in (quote.speaker, quote.via):
            if speaker is None or speaker.entity not in read:
                continue
            key = _entity_key(speaker, lexicon, keys)
            found = readings.setdefault(key, [])
            own = parse_mention(speaker.name, lexicon)
            if not found and own.title:
                found.append(_Reading(speaker.mention.start, own))  # a name with a title left
            if own.name and key not in full_names and speaker.kind is not SpeakerKind.GROUP:
                full_names[key] = own.name
                surnames.setdefault(key[1], []).append(key)
            mention = speaker.mention.text
            if mention.strip().lower() not in _PRONOUNS:
                parsed = parse_mention(mention, lexicon)
                if _names_entity(parsed, key, full_names.get(key)):
                    found.append(_Reading(speaker.mention.start, parsed))
    for key, offset, phrase in _name_occurrences(document.text, surnames, full_names, lexicon):
        parsed = parse_mention(phrase, lexicon)
        if parsed.name and _names_entity(parsed, key, full_names.get(key)):
            readings[key].append(_Reading(offset, parsed))
    merged = {key: _merge(found) for key, found in readings.items()}
    quotes = tuple(_retitle(quote, merged, lexicon, keys) for quote in document.quotes)
    return attrs.evolve(document, quotes=quotes)


def _names_entity(parsed: ParsedMention, key: tuple[int, str], full_name: str | None) -> bool:
    """A reading tells about the entity when it names it by its surname, and by its given name
    when both give one ("Marguerite Ellingboe, the founder" says nothing of her son Anders
    Ellingboe; "Joe" is "Joseph"), or names nobody and is not about someone of the entity's
    ("Ferrer's spokeswoman" says nothing of Ferrer)."""
    if not parsed.name:
        affiliation = (parsed.affiliation or "").lower().split()
        return key[1] not in affiliation
    words = [w for w in parsed.name.lower().split() if w not in NAME_SUFFIXES]
    if not words or words[-1] != key[1]:
        return False
    own = [w for w in full_name.lower().split() if w not in NAME_SUFFIXES] if full_name else []
    if len(words) < 2 or len(own) < 2 or words[-len(own) :] == own or own[-len(words) :] == words:
        return True  # "Earl Ray Tolliver" is "Ray Tolliver"
    return own[0].startswith(words[0].rstrip(".")) or words[0].startswith(own[0].rstrip("."))


def _retitle(
    quote: Quote,
    merged: Mapping[tuple[int, str], ParsedMention],
    lexicon: Lexicon,
    keys: dict[tuple[int, str], tuple[int, str]],
) -> Quote:
    speaker = _filled(quote.speaker, merged, lexicon, keys)
    via = _filled(quote.via, merged, lexicon, keys)
    if speaker is quote.speaker and via is quote.via:
        return quote
    return attrs.evolve(quote, speaker=speaker, via=via)


def _filled(
    speaker: Speaker | None,
    merged: Mapping[tuple[int, str], ParsedMention],
    lexicon: Lexicon,
    keys: dict[tuple[int, str], tuple[int, str]],
) -> Speaker | None:
    """The speaker with the merged fields of its entity (the same object when nothing changes)."""
    if speaker is None:
        return None
    if speaker.kind in _MAYBE_PEOPLE:
        found = merged.get(_entity_key(speaker, lexicon, keys))
        own = parse_mention(speaker.name, lexicon)
        if (
            speaker.kind is SpeakerKind.PERSON
            or (found is not None and _looks_like_a_person(own, found, lexicon))
            or (found is not None and _unnamed_role(speaker.name, own, found))
        ):
            return _person_filled(speaker, own, found or ParsedMention())
    # Organisations and groups keep their name and get no title; a nationality at the start of
    # their mention is still an obvious affiliation ("Ukrainian authorities").
    if speaker.affiliation is not None:
        return speaker
    country = _leading_country(speaker.mention.text, lexicon, speaker.name)
    return speaker if country is None else attrs.evolve(speaker, affiliation=country)


def _person_filled(speaker: Speaker, own: ParsedMention, found: ParsedMention) -> Speaker:
    """A person with its own name cleaned and the merged fields of its entity; a speaker of
    unknown kind read as a person (a name with a listed title, or a role from the tables with
    no name that heads its words) becomes one."""
    kind = speaker.kind
    if kind is SpeakerKind.UNKNOWN and _role_heads(speaker.name, own):
        kind = SpeakerKind.PERSON  # "a government spokeswoman": a role only a person holds
    name = own.name or speaker.name
    title = found.title or speaker.title
    affiliation = found.affiliation or speaker.affiliation
    modifiers = found.modifiers or speaker.modifiers
    party = found.party or speaker.party
    region = found.region or speaker.region
    if (name, title, affiliation, modifiers, party, region, speaker.kind) == (
        speaker.name,
        speaker.title,
        speaker.affiliation,
        speaker.modifiers,
        speaker.party,
        speaker.region,
        kind,
    ):
        return speaker  # nothing to add: no copy to make and compare
    return attrs.evolve(
        speaker,
        kind=kind,
        name=name,
        title=title,
        affiliation=affiliation,
        modifiers=modifiers,
        party=party,
        region=region,
    )


def _looks_like_a_person(own: ParsedMention, found: ParsedMention, lexicon: Lexicon) -> bool:
    """A speaker of unknown kind is a person when it has a name of no function or calendar word
    and the title found for it is in the tables, not guessed ("Instead", "Friday" are not)."""
    words = own.name.lower().split()
    return (
        bool(words)
        and not any(word in lexicon.not_names or word in lexicon.nationalities for word in words)
        and found.title is not None
        and "fallback-title" not in found.rules
    )


def _unnamed_role(name: str, own: ParsedMention, found: ParsedMention) -> bool:
    """A speaker named only by a role from the tables (``a spokesperson for Eastvale Police``,
    ``a Quarry Lane spokesman``): it gets the role's fields and keeps the words it was named by,
    as no name is given. The role must be in those words themselves, and they must be no clause
    (``president left no``: a cue's subject read too far)."""
    return (
        not own.name
        and own.title is not None
        and found.title is not None
        and "fallback-title" not in found.rules
        and not _clause_words(name)
    )


def _role_heads(name: str, own: ParsedMention) -> bool:
    """Whether the words naming a speaker have a name or no role, or their role comes before
    any preposition in them (``a spokesman for the council``): after one it is what a
    document is tied to (``the lawsuit filed by the mayor``, ``the complaint against the
    sheriff``), which is no person."""
    if own.name or own.title is None:
        return True
    words = [word.strip(".,;:'\u2019\"") for word in name.lower().split()]
    role = own.title.lower().split()[0]
    return role in words and _TIE_PREPOSITIONS.isdisjoint(words[: words.index(role)])


# Prepositions that tie a document to the role after them ("the lawsuit filed by the mayor",
# "the complaint against the sheriff").
_TIE_PREPOSITIONS = _PREPOSITIONS | frozenset(("against",))


_PERSONAL_PRONOUNS = frozenset("he she they we i it him them us you".split())


def _clause_words(name: str) -> bool:
    """Whether the words naming a speaker, up to a relative clause, read as a clause or a phrase
    cut short: a finite verb or a pronoun (``mayor revisited his own``, ``reporter can be
    heard``), or a function word at the end (``member of the``)."""
    words = [word.strip(".,;:'\u2019\"") for word in name.lower().split()]
    cut = next((i for i, word in enumerate(words) if word in RELATIVE_WORDS), len(words))
    words = words[:cut]
    if not words or words[-1] in _FUNCTION_WORDS or words[-1] == "no":
        return True
    return any(
        word in FINITE_VERBS
        or word in _PERSONAL_PRONOUNS
        or (place and word in POSSESSIVE_DETERMINERS)
        for place, word in enumerate(words)
    )


# Heads of a state's own bodies, so a nationality before them is the country's ("the Russian
# Emergency Situations Ministry", "the Ukrainian Armed Forces"); a council or an association
# may be anyone's ("the American Kidney Wellness Council").
_STATE_BODIES = frozenset(
    "ministry department government embassy forces army navy military police parliament".split()
)


def _leading_country(mention: str, lexicon: Lexicon, name: str) -> str | None:
    """``Ukrainian authorities`` -> ``Ukraine``: a nationality first in a group's mention.
    ``USA`` or ``Russia`` is a country itself and names no affiliation, nor does a nationality
    inside a body's capitalised name (``the American Kidney Wellness Council``)."""
    parsed = parse_mention(mention, lexicon)
    country = parsed.affiliation
    if parsed.title or country is None or country.lower() not in lexicon.nationalities:
        return None
    if name.lower() in lexicon.nationalities or country.lower() == name.lower():
        return None
    words = name.split()
    if (
        len(words) > 1
        and all(word[:1].isupper() for word in words)
        and words[-1].lower() not in _STATE_BODIES
        and not all(word.lower() in lexicon.title_qualifiers for word in words[1:-1])
    ):
        # "The American Kidney Wellness Council": the nationality is in the body's own name;
        # but "the Russian Defence Ministry", "the Ukrainian Armed Forces" are the country's
        return None
    vocabulary = _vocabulary(lexicon)
    segments = _segments(mention, vocabulary)
    chunks = _chunks(segments[0], vocabulary) if segments else ()
    leading = next((chunk for chunk in chunks if chunk.grammar != "det"), None)
    return country if leading is not None and _COUNTRY in leading.tags else None


def _merge(readings: Sequence[_Reading]) -> ParsedMention:
    """The fullest title seen (see ``_title_rank``; the first seen of equals), its
    affiliation (else the fullest affiliation seen), the modifiers met with that title, and the
    first party and region."""
    ordered = sorted(readings, key=lambda reading: reading.offset)
    titled = [r.parsed for r in ordered if r.parsed.title]
    best: ParsedMention | None = None
    for parsed in titled:
        if best is None or _title_rank(parsed) > _title_rank(best):
            best = parsed
    title = best.title if best is not None else None
    same_title = [p for p in titled if p.title == title]
    affiliations = [p.affiliation for p in same_title if p.affiliation] or [
        r.parsed.affiliation for r in ordered if r.parsed.affiliation
    ]
    affiliation = max(affiliations, key=len) if affiliations else None
    modifiers: list[str] = []
    for parsed in same_title:
        modifiers.extend(m for m in parsed.modifiers if m not in modifiers)
    return ParsedMention(
        title=title,
        affiliation=affiliation,
        modifiers=tuple(modifiers),
        party=next((r.parsed.party for r in ordered if r.parsed.party), None),
        region=next((r.parsed.region for r in ordered if r.parsed.region), None),
        rules=best.rules if best is not None else (),
    )


def _title_rank(parsed: ParsedMention) -> tuple[int, int, int, int]:
    """Known titles before guessed ones, a role before a title of standing (``Chairman`` before
    ``Sir``: the knight met as ``Sir Ivo Marsh`` is the company's chairman), then more words."""
    title = parsed.title or ""
    guessed = "fallback-title" in parsed.rules
    return (
        0 if guessed else 1,
        0 if _standing(title) else 1,
        len(title.split()),
        1 if parsed.affiliation else 0,
    )


def _surname_pattern(people: Mapping[str, list[tuple[int, str]]]) -> regex.Pattern[str]:
    """The capitalised words of a document that are speakers' surnames, possibly possessive.

    Audit: the surnames as a trie (see quotekit._patterns.trie_pattern), so at each position
    one branch goes on, whatever the number of speakers; the possessive tail is one literal.
    Built per document from its surnames; as compiling it costs more than reading most texts,
    ``_surname_places`` uses it only for many surnames or unusual ones (``u.s``).
    """
    return regex.compile(
        r"\b(?:" + trie_pattern(sorted(people)) + r")(?:['\u2019]s)?+(?![\p{L}\p{M}'\u2019\-])",
        regex.IGNORECASE,
    )


# A surname the lookup below handles: letters and marks, with apostrophes and hyphens inside
# (nearly all). Audit: possessive runs of disjoint classes.
_PLAIN_SURNAME = regex.compile(r"[\p{L}\p{M}]++(?:['\u2019\-]++[\p{L}\p{M}]++)*+")
_FEW_SURNAMES = 32  # more are found by the compiled trie, whose cost does not grow with them
_FOLDED_BLOCK = 1 << 10  # characters folded at once: str.lower holds 12 bytes each meanwhile
# A character a surname's match cannot stop before. Audit: one class.
_NAME_CHARACTER = regex.compile(r"[\p{L}\p{M}'\u2019\-]")
# A character of a word, as ``\b`` tells them. Audit: one class.
_WORD_CHARACTER = regex.compile(r"\w")


def _folded(text: str) -> str:
    """Lower case with one apostrophe and one sigma, so every way a surname matches is found."""
    return text.lower().replace("\u2019", "'").replace("\u03c2", "\u03c3")


def _surname_places(
    text: str, people: Mapping[str, list[tuple[int, str]]]
) -> Iterator[tuple[int, str]]:
    """Where ``_surname_pattern(people)`` matches with a capital, as (offset, matched text).

    Compiling that pattern costs more than reading a short text, so a few plain surnames are
    searched for in the folded text instead (see ``_folded_places``); many surnames, unusual
    ones (``u.s``) or a text that lower case lengthens (a dotted capital I) go to the pattern.
    """
    plain = len(people) <= _FEW_SURNAMES and all(map(_PLAIN_SURNAME.fullmatch, people))
    found = _folded_places(text, people) if plain else None
    if found is None:
        for match in _surname_pattern(people).finditer(text):
            if match.group()[:1].isupper():
                yield match.start(), match.group()
        return
    for place, end in found:
        if text[place].isupper():
            yield place, text[place:end]


def _folded_places(
    text: str, people: Mapping[str, list[tuple[int, str]]]
) -> list[tuple[int, int]] | None:
    """The (start, end) of each match of the surname pattern, found by searching the folded text
    block by block for each surname; None when lower case changes the text's length.

    Each place found is held to what the pattern asks: a word boundary before it, nothing but a
    possessive ending between it and the end of its run of letters, apostrophes and hyphens, and
    no earlier place in the run where the pattern matches (``al-Hassan`` hides ``Hassan``, whatever
    its case). The case-blind comparison is ``str.lower``, as in ``_is_surname``.
    """
    surnames = {_folded(surname) for surname in people}
    overlap = max(map(len, surnames), default=1) - 1  # a surname across two blocks is whole
    first_in_run: dict[int, int] = {}  # end of a run -> the first place a surname matches in it
    for block in range(0, len(text), _FOLDED_BLOCK):
        written = text[block : block + _FOLDED_BLOCK + overlap]
        folded = _folded(written)
        if len(folded) != len(written):
            return None
        for surname in surnames:
            place = folded.find(surname)
            while place != -1 and place < _FOLDED_BLOCK:
                start = block + place
                end = _run_end(text, start + len(surname))
                if end is not None and _starts_surname(text, start, end, people):
                    first_in_run[end] = min(start, first_in_run.get(end, start))
                place = folded.find(surname, place + 1)
    return sorted((start, end) for end, start in first_in_run.items())


def _run_end(text: str, end: int) -> int | None:
    """Where a surname's match ending at ``end`` ends: there or after a possessive ending, when
    the run of letters, apostrophes and hyphens ends there too; None when the run goes on."""
    if not _NAME_CHARACTER.match(text, end):
        return end
    possessive = text[end : end + 1] in ("'", "\u2019") and text[end + 1 : end + 2] in ("s", "S")
    if possessive and not _NAME_CHARACTER.match(text, end + 2):
        return end + 2
    return None


def _starts_surname(
    text: str, place: int, end: int, people: Mapping[str, list[tuple[int, str]]]
) -> bool:
    """Whether the pattern matches ``text[place:end]`` where it stands, at a word boundary
    (``Jones`` in ``Smith-Jones``, not in ``3Jones`` or ``McJones``)."""
    before = bool(_WORD_CHARACTER.match(text[place - 1])) if place else False
    if before == bool(_WORD_CHARACTER.match(text, place)):
        return False
    return _is_surname(text[place:end], people)


def _is_surname(word: str, people: Mapping[str, list[tuple[int, str]]]) -> bool:
    """Whether ``word`` is a surname, possibly with a possessive ending, compared as the
    pattern's case-blind trie does: ``str.lower`` where it keeps the length (the engine folds no
    dotted capital I into two characters), an inner curly apostrophe matching a straight one."""
    forms = [word, word[:-2]] if word[-2:].lower() in ("'s", "\u2019s") else [word]
    for form in forms:
        lowered = form.lower()
        if len(lowered) == len(form) and (
            lowered in people or lowered.replace("\u2019", "'") in people
        ):
            return True
    return False


_PLACES_READ = 12  # places in the text where one person's name is read for a title


def _name_occurrences(
    text: str,
    people: Mapping[str, list[tuple[int, str]]],
    full_names: Mapping[tuple[int, str], str],
    lexicon: Lexicon,
) -> Iterable[tuple[tuple[int, str], int, str]]:
    """Each place a person's surname stands with a title or appositive around it, as a phrase.

    One pass over the text finds the speakers' surnames; each look reads a bounded window, so
    the cost is linear in the text. A person is looked at in the first places the name
    stands (news gives title and affiliation where it introduces someone), at most
    ``_PLACES_READ`` of them, which keeps a name repeated a thousand times cheap.
    """
    vocabulary = _vocabulary(lexicon)
    if not people:
        return
    read: dict[tuple[int, str], int] = {}
    waiting = {surname: list(keys) for surname, keys in people.items()}  # not yet read enough
    for place, word in _surname_places(text, people):
        surname = word[:-2] if word.endswith(("'s", "\u2019s")) else word
        keys = waiting.get(surname.lower())
        if not keys:
            continue
        name_end = place + len(surname)
        for key in list(keys):
            read[key] = read.get(key, 0) + 1
            if read[key] >= _PLACES_READ:
                keys.remove(key)  # read enough: later places of the name cost nothing
            full = full_names[key]
            if text.startswith(full, name_end - len(full)) and name_end - len(full) >= 0:
                name_start = name_end - len(full)
            else:
                name_start = _other_given_name(text, place, vocabulary)
            left = _left_description(text, name_start, vocabulary)
            right = _right_description(text, name_end, vocabulary)
            if left is None and right is None:
                continue
            phrase_start = left if left is not None else name_start
            phrase_end = right if right is not None else name_end
            yield key, phrase_start, text[phrase_start:phrase_end]


def _other_given_name(text: str, place: int, vocabulary: _Vocabulary) -> int:
    """Where the name holding a surname at ``place`` starts: at a capitalised word right before
    it that no table lists and no sentence opens with (``Marguerite Ellingboe``: someone else of
    the speaker's family), so that the phrase read names that person; else at the surname."""
    start = place - 1
    if start < 1 or text[start] != " ":
        return place
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start : place - 1]
    lowered = word.lower()
    if (
        not word[:1].isupper()
        or lowered in vocabulary.listed_alone
        or lowered in vocabulary.lexicon.not_names  # "While Ruiz, the senator from ..."
    ):
        return place
    return start


def _left_description(text: str, name_start: int, vocabulary: _Vocabulary) -> int | None:
    """Where a title before the name starts: ``Deputy Prime Minister NAME`` or ``the governor of
    Rostov, NAME``; None when the words before the name are no title."""
    window_start = max(0, name_start - _LEFT_WINDOW)
    window_start = text.rfind("\n", window_start, name_start) + 1 or window_start
    stripped = text[window_start:name_start].rstrip()
    if not stripped:
        return None
    if stripped.endswith(","):
        clause = stripped[:-1]
        nearby = clause[-_LEFT_WINDOW // 2 :].lower().replace("\u2019", "'").split()
        if not any(
            _bare(word) in vocabulary.title_words or _occupation(_bare(word)) for word in nearby
        ):
            return None
    else:
        previous = stripped[stripped.rfind(" ") + 1 :]
        if previous.endswith(".") and previous.islower():
            return None  # "The setback was major. Tova Lind": a sentence ends there
        if not _may_precede_name(previous, vocabulary):
            return None
        clause = stripped
    # Only the clause right before the name can hold its title: cut at the last mark.
    cut = max(clause.rfind(mark) for mark in _CLAUSE_MARKS)
    if stripped.endswith(",") and _predicate_before_comma(clause[cut + 1 :]):
        return None  # "The talks were private, Tova Lind said": a clause, no appositive
    clause_start = window_start + cut + 1
    segments = _segments(text[clause_start : window_start + len(clause)], vocabulary)
    if not segments:
        return None
    words = segments[-1][-_MAX_APPOSITIVE_WORDS:]
    chunks = _chunks(words, vocabulary)
    if stripped.endswith(","):
        start = _appositive_title_start(chunks, words, vocabulary)
    else:
        start = _adjacent_title_start(chunks, words)
    if start is None:
        return None
    if (
        not stripped.endswith(",")
        and cut >= 0
        and clause[cut] == ","
        and not text[clause_start : clause_start + start].strip()
        and all(_standing_chunk(chunk) for chunk in chunks)
    ):
        # "Halbrook's chairman, Sir Ivo Marsh": a title of standing alone before the name, after
        # a comma; the appositive before it gives the role (read once: the text before the
        # title ends with that comma, so the call below takes the appositive's branch)
        before = _left_description(text, clause_start + start, vocabulary)
        if before is not None:
            return before
    return clause_start + start


def _standing_chunk(chunk: _Chunk) -> bool:
    """A title of standing (``Sir``, ``Dr``) or a courtesy title (``Mr``)."""
    return _HONORIFIC in chunk.tags or _standing(chunk.tags.get(_TITLE))


_PREDICATE_WORDS = 3  # words before a comma read for a "be" that makes them a predicate


def _predicate_before_comma(clause: str) -> bool:
    """Whether a clause ends with a predicate, a form of ``be`` and what follows it with no
    determiner (``The talks were private``), rather than a title (``complaints by the
    secretary of the Treasury``, ``the talks were led by the deputy mayor``)."""
    words = clause.lower().split()[-_PREDICATE_WORDS:]
    for index, word in enumerate(words):
        if word in BE_FORMS:
            return not any(_bare(later) in _DETERMINERS for later in words[index + 1 :])
    return False


def _bare(word: str) -> str:
    """A lower-case word without edge punctuation or possessive ending, for quick look-ups."""
    word = word.strip(".,;:()\"'")
    return word[:-2] if word.endswith("'s") else word


_CLAUSE_MARKS = (
    ",",
    ";",
    ":",
    "(",
    ")",
    '"',
    "\u201c",
    "\u201d",
    "\u2014",
    "\u2013",
    " - ",
    " -- ",
    ". ",
    "? ",
    "! ",
)


def _may_precede_name(word: str, vocabulary: _Vocabulary) -> bool:
    """A cheap first look: could the word right before a name end a title phrase?"""
    key = word.lower().replace("\u2019", "'")
    _, _, tail = key.rpartition("-")  # "then-Gov.", "ex-Sen."
    for form in (key, key.rstrip("."), tail, tail.rstrip(".")):
        tags = vocabulary.entries.get(form)
        if tags is not None and (_TITLE in tags or _AMBIGUOUS in tags or _PARTY in tags):
            return True
    return _occupation(key) is not None


def _adjacent_title_start(chunks: Sequence[_Chunk], words: Sequence[_Word]) -> int | None:
    """Scan back from the name over title-like chunks; the offset where they start, if any title."""
    index = len(chunks)
    has_title = False
    while index > 0:
        chunk = chunks[index - 1]
        word = words[chunk.first]
        if chunk.grammar == "det":
            index -= 1
            break
        if chunk.grammar in ("prep", "conj"):
            following = chunks[index] if index < len(chunks) else None
            if (
                chunk.phrase in ("of", "and", "the")
                and following is not None
                and (_QUALIFIER in following.tags or _is_title_like(following))
            ):
                index -= 1
                continue
            break
        known = bool(chunk.tags) and not (
            _ORGANISATION in chunk.tags and not word.capitalised and len(chunk.tags) == 1
        )
        if not (known or chunk.possessive or word.capitalised):
            break
        has_title = has_title or _is_title_like(chunk) or _PARTY in chunk.tags
        index -= 1
    while index < len(chunks) and chunks[index].grammar in ("prep", "conj"):
        index += 1
    if not has_title or index >= len(chunks):
        return None
    return words[chunks[index].first].start


def _appositive_title_start(
    chunks: Sequence[_Chunk], words: Sequence[_Word], vocabulary: _Vocabulary
) -> int | None:
    """``... quoted the governor of Russia's Rostov region, NAME``: where ``the governor`` starts.

    The title must come with a preposition phrase or nothing after it, and no cue verb may stand
    between it and the comma.
    """
    cues = vocabulary.lexicon.cues
    first = next((i for i, chunk in enumerate(chunks) if _is_title_like(chunk)), None)
    if first is None:
        return None
    after = chunks[first + 1 :]
    block_end = first + 1
    while block_end < len(chunks) and (
        _is_title_like(chunks[block_end]) or _QUALIFIER in chunks[block_end].tags
    ):
        block_end += 1
    rest = chunks[block_end:]
    if rest and rest[0].phrase not in ("of", "for", "at"):
        return None  # "the nominee with young voters, NAME" is no title of NAME
    if any(chunk.phrase in cues or chunk.phrase in _RELATIVES for chunk in after):
        return None
    start = first
    while start > 0:
        chunk = chunks[start - 1]
        if chunk.grammar == "det":
            start -= 1
            break
        owner_word = _lower_unknown(chunk) and chunks[start].possessive  # "harbour authority's"
        if chunk.grammar or not (chunk.tags or chunk.possessive or chunk.capitalised or owner_word):
            break
        start -= 1
    return words[chunks[start].first].start


# "of" and a capitalised place of one to three words right after a name ("Sen. Annika Drury
# of Kansas", "Rep. Ana Brandt of New Mexico"). Audit: a fixed word, then at most three
# possessive runs of capitalised words; one position.
_OF_A_PLACE = regex.compile(r"[ ]of[ ](?P<place>\p{Lu}[\p{L}.]*+(?:[ ]\p{Lu}[\p{L}.]*+){0,2}+)")


def _right_description(text: str, name_end: int, vocabulary: _Vocabulary) -> int | None:
    """Where an appositive after the name ends (``, a spokeswoman for the ministry,`` or
    ``, D-Mass.,``); None when the words after the name do not describe the person."""
    window = text[name_end : name_end + _RIGHT_WINDOW]
    state = _OF_A_PLACE.match(window)
    if state is not None and (
        state.group("place").lower() in vocabulary.lexicon.us_states
        or state.group("place").lower() in vocabulary.lexicon.nationalities
    ):
        return name_end + int(state.end())  # "Sen. Annika Drury of Kansas": her state
    if not window.startswith((",", " (", "(")):
        return None
    first_words = window[:40].lower().replace("\u2019", "'").split()
    first = _bare(first_words[0].lstrip(",(")) if first_words else ""
    if not first and len(first_words) > 1:
        first = _bare(first_words[1])  # ", a spokeswoman": the comma stood alone
    if not (
        first in vocabulary.entries
        or first in _DETERMINERS
        or first.isdigit()
        or "-" in first
        or first.endswith("'s")
        or first == "of"
        or any(word.rstrip(",").endswith("'s") for word in first_words[1:4])  # "Acme Corp.'s"
    ):
        return None  # ", who ...", ", as saying ...", ", Roe said": no appositive
    cut = window.find("\n")
    window = window if cut == -1 else window[:cut]
    end: int | None = None
    described = False
    cues = vocabulary.lexicon.cues
    for part_start, part_end in _comma_parts(window, vocabulary):
        words = _segments(window[part_start:part_end], vocabulary)
        if len(words) != 1:
            break
        segment = words[0]
        if _party_tag(segment, vocabulary) is not None or all(w.key.isdigit() for w in segment):
            end = part_start + segment[-1].end
            continue
        chunks = _chunks(segment, vocabulary)
        if described:
            if _place_segment(chunks) is not None:
                end = part_start + segment[-1].end
            break
        if not (_starts_description(chunks) or _of_body(chunks)):
            break
        kept = 0
        for chunk in chunks:
            if chunk.phrase in cues or chunk.phrase in _RELATIVES or kept >= _MAX_APPOSITIVE_WORDS:
                break
            kept += 1
        if kept == 0 or any(chunk.phrase in FINITE_VERBS for chunk in chunks[:_CLAUSE_REACH]):
            break  # "Selwyn Echo, the repairs were estimated at": a clause, not a description
        end = part_start + segment[chunks[kept - 1].last].end
        described = True
    return None if end is None else name_end + end


_CLAUSE_REACH = 3  # "the repairs were": a finite verb this early makes the part a clause


# A character that cuts an appositive into parts or may end it. Audit: one class.
_PART_MARK = regex.compile(r"[,();:\"\u201c\u201d.]")


def _comma_parts(window: str, vocabulary: _Vocabulary) -> list[tuple[int, int]]:
    """The stretches of ``window`` between commas and brackets, up to the sentence's end."""
    parts: list[tuple[int, int]] = []
    start = 0
    for mark in _PART_MARK.finditer(window):
        index = mark.start()
        character = mark.group()
        if character in ",()":
            if window[start:index].strip():
                parts.append((start, index))
            start = index + 1
        elif character != "." or (
            (index + 1 == len(window) or window[index + 1].isspace())
            and not _abbreviation_dot(window, index, vocabulary)
        ):
            if window[start:index].strip():
                parts.append((start, index))
            return parts
    if window[start:].strip():
        parts.append((start, len(window)))
    return parts


def _abbreviation_dot(window: str, dot: int, vocabulary: _Vocabulary) -> bool:
    """A dot that ends an abbreviation ("Corp.", "D-Mass.", "J.") rather than the sentence."""
    word = window[window.rfind(" ", 0, dot) + 1 : dot + 1].lstrip(",(").lower()
    known = vocabulary.lexicon.abbreviations
    return "-" in word or len(word) == 2 or word in known or word in vocabulary.entries
