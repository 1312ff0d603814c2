"""Stage 1: paragraphs and sentences, with offsets carried from the start.

The stage asks the backend for its analysis of the text; the rules backend uses the splitter
below. Paragraphs are the text between line breaks (a blank line and a single newline both end
one: news copy uses both). A sentence ends at ``.``, ``!``, ``?`` or an ellipsis, followed by any
closing quote marks or brackets, white space and a capital, a digit or an opening mark; the dot
of an abbreviation from ``data/abbreviations.tsv`` or of an initial (``John F. Kennedy``) does not
end one.
"""

from __future__ import annotations

import re
import unicodedata

import attrs
import regex

from quotekit._document import Context, Document, Paragraph, Sentence

__all__ = ["segment", "split_paragraphs", "split_sentences"]

# A run of characters that are not line breaks. Audit: one character class, repeated; the
# engine advances through the text once. The standard engine: no Unicode property is needed,
# and it runs an explicit class about twice as fast.
_LINE = re.compile(r"[^\r\n\u2028\u2029]+")

# Sentence-final punctuation and the closing marks that may follow it, where white space
# comes next. Audit: two possessive character-class runs and a lookahead of one character;
# the lookbehind lets a match start only at the first mark of a run, so a long run of dots
# with no space after it is read once, not once from each of its dots.
_TERMINATOR = regex.compile(
    r"(?<![.!?\u2026])[.!?\u2026]++[\"'\u201d\u2019\u00bb\u203a\u201c\u300d)\]]*+(?=\s)"
)

# The word before a terminator is read backwards within a bounded window (_word_before); these
# two patterns test that one word. Audit: a possessive repetition of a fixed two-character
# step; a single class.
_ACRONYM = regex.compile(r"(?:\p{L}\.){2,}+")
# Audit: a single class, matched whole.
_INITIAL = regex.compile(r"\p{Lu}")

# What may open a sentence before its first letter: quote marks of every style, brackets.
_QUOTE_OPENERS = "\"'\u201c\u2018\u00ab\u2039\u201e\u300c"
_OPENERS = _QUOTE_OPENERS + "(["

# Words that start a sentence after an acronym ("... in the U.S. The plan ...").
# Clock times, after which a capitalised word starts a sentence unless it goes on saying when.
_CLOCK_ABBREVIATIONS = frozenset(("a.m.", "p.m."))
_AFTER_A_CLOCK_TIME = frozenset(
    """et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst utc cet eastern central mountain
    pacific local monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec""".split()
)
_STARTERS = frozenset(
    "the he she it they we i but and in a an this that there his her their its our another".split()
)

_WINDOW = 40  # how far back the word before a terminator is looked for


def _blank(character: str) -> bool:
    """Whether a character shows nothing: white space, or an invisible format character such as
    a direction mark that web copy leaves before a line's opening quote mark (U+202A before
    ``”Sorry ...”``), which would hide that the mark opens the paragraph."""
    return character.isspace() or unicodedata.category(character) == "Cf"


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Paragraphs of ``text``: each line that holds more than white space, stripped of it and
    of invisible format characters at either end."""
    paragraphs = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        while start < end and _blank(text[start]):
            start += 1
        while end > start and _blank(text[end - 1]):
            end -= 1
        if start < end:
            paragraphs.append(Paragraph(start, end))
    return tuple(paragraphs)


def _word_before(text: str, end: int, floor: int) -> str:
    """The run of characters up to ``end`` that holds no white space, read at most ``_WINDOW``
    back and never before ``floor``."""
    return text[max(floor, end - _WINDOW) : end].rsplit(None, 1)[-1]


def _is_acronym(word: str) -> bool:
    """Whether ``word`` is letters each with a dot (``U.S.``); a word too short or with no dot
    second is none, with no match tried."""
    return len(word) >= 4 and word[1] == "." and _ACRONYM.fullmatch(word) is not None


# A quoted single word after a closing mark and before a capitalised word: a nickname
# ('Gov. C.L. "Butch" Ostby'). Audit: two possessive classes and fixed marks, one match.
_NICKNAME = regex.compile(r"[\"'\u201c\u2018][^\s\"'\u201d\u2019]++[\"'\u201d\u2019][ ]\p{Lu}")


def _quote_opens_sentence(text: str, start: int, limit: int) -> bool:
    """Whether a quotation opening with a capital starts at ``start``, not a quoted word inside
    the sentence (``the U.S. "clearly" needed``) or a nickname (``C.L. "Butch" Ostby``)."""
    return (
        text[start : start + 1] in _QUOTE_OPENERS
        and text[start + 1 : start + 2].isupper()
        and _NICKNAME.match(text, start, limit) is None
    )


def _starter_follows(text: str, start: int, limit: int) -> bool:
    """Whether a word that only starts sentences (``The``, ``He``) comes next: then even an
    abbreviation's dot ends one (``... Apple Inc. The company ...``)."""
    following = text[start : min(limit, start + 14)].split(maxsplit=1)
    return bool(following) and following[0][:1].isupper() and following[0].lower() in _STARTERS


@attrs.frozen
class _PlaceEnds:
    """What tells a state's abbreviation that ends a sentence: the abbreviations (``calif.``)
    and the lower-case words that go on with a sentence after one (titles, organisation
    words, months, weekdays: ``Worcester, Mass. Police Chief``, ``Fresno, Calif. Tuesday``)."""

    states: frozenset[str]
    going_on: frozenset[str]

    def ends_sentence(self, text: str, start: int, bare: str) -> bool:
        """Whether ``bare``, starting at ``start``, is a state's abbreviation after a place and
        a comma before a capitalised word that starts a sentence (``in Paradise, Calif.
        Residents fled``)."""
        if bare.lower() not in self.states or not _word_before(text, start - 1, 0).endswith(","):
            return False
        following = text[start + len(bare) : start + len(bare) + _WINDOW].split(maxsplit=1)
        return bool(following) and following[0].lower().rstrip(".,;:") not in self.going_on


def _ends_sentence(text: str, match: regex.Match[str], bare: str, limit: int) -> bool:
    """Whether a terminator ends its sentence; ``bare`` is the word it ends, with its dot and
    without opening marks (read only for a single dot)."""
    next_start = match.end()
    while next_start < limit and text[next_start].isspace():
        next_start += 1
    if next_start >= limit:
        return True
    following = text[next_start]
    if following.islower():
        return False
    if not (following.isupper() or following.isdigit() or following in _OPENERS):
        return False
    punctuation = match.group()
    if not punctuation.startswith(".") or punctuation.startswith(".."):
        return True
    quote_follows = _quote_opens_sentence(text, next_start, limit)  # '9 p.m. "The plan ...'
    if len(bare) == 2 and _INITIAL.fullmatch(bare[0]):
        # "John F. Kennedy"; but "one fan wrote on X. "So sad," another wrote"
        before = text[max(0, match.start() - 1 - _WINDOW) : match.start() - 1].split()
        after_lower_word = bool(before) and before[-1][:1].islower()
        return after_lower_word and (quote_follows or _starter_follows(text, next_start, limit))
    if _is_acronym(bare):
        next_word = text[next_start : next_start + 12].split(maxsplit=1)[0].lower()
        if bare.lower() in _CLOCK_ABBREVIATIONS:
            # "the call came at 3 p.m. Neighbors were asleep"; but "9 p.m. ET", "p.m. Friday"
            return next_word.rstrip(".,;:") not in _AFTER_A_CLOCK_TIME
        return quote_follows or next_word in _STARTERS
    return True


def split_sentences(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    abbreviations: frozenset[str],
    *,
    states: frozenset[str] = frozenset(),
    going_on: frozenset[str] = frozenset(),
    number_signs: frozenset[str] = frozenset(),
) -> tuple[Sentence, ...]:
    """Sentences of each paragraph, in order, trimmed of white space. ``states`` are the
    abbreviations of states (``calif.``), which end a sentence after a place and a comma
    before a capitalised word not in ``going_on`` (lower case). ``number_signs`` (``no.``)
    go on only before the figure they number (``the No. 2 official``); before a word they
    are the word "no" ending its sentence (``Vantreese said no. Ostrowski said``)."""
    place_ends = _PlaceEnds(states, going_on)
    sentences = []
    for index, paragraph in enumerate(paragraphs):
        start = paragraph.start
        for match in _TERMINATOR.finditer(text, paragraph.start, paragraph.end):
            dot = match.group().startswith(".")
            bare = _word_before(text, match.start() + 1, start).lstrip(_OPENERS) if dot else ""
            if (
                dot
                and bare.lower() in abbreviations
                and not _is_acronym(bare)
                and not (
                    bare.lower() in number_signs
                    and not text[match.end() : match.end() + _WINDOW].lstrip()[:1].isdigit()
                )
                and not _starter_follows(text, match.end(), paragraph.end)
                and not place_ends.ends_sentence(text, match.start() - len(bare) + 1, bare)
            ):
                continue
            if not _ends_sentence(text, match, bare, paragraph.end):
                continue
            sentences.append(Sentence(start, match.end(), index))
            start = match.end()
            while start < paragraph.end and text[start].isspace():
                start += 1
        if start < paragraph.end:
            sentences.append(Sentence(start, paragraph.end, index))
    return tuple(sentences)


def segment(document: Document, context: Context) -> Document:
    """Fill in the backend's analysis: paragraphs, sentences and what else it provides."""
    return attrs.evolve(document, analysis=context.backend.analyse(document.text))
