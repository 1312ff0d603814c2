"""Name and pronoun mentions found by rules, for the rules backend and the attribution stage.

A name is a run of capitalised words (initials, hyphens and apostrophes allowed, lower-case
particles such as ``de`` or ``bin`` inside), trimmed of function words and dates at its edges
(``data/not_names.tsv``). Its label is a guess from the word lists: ``PERSON`` when a title,
an honorific or a known given name comes with it, ``ORG`` when its last word is an organisation
noun or a place's word (but for a surname after a short title: ``Mr. Park``), ``NAME``
otherwise.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from types import MappingProxyType
from typing import Any, TypeVar, cast

import regex

from quotekit._document import EntityMention, Paragraph
from quotekit._lexicon import Lexicon, abbreviations_used_as, read_table, read_words
from quotekit._types import SpeakerKind

__all__ = [
    "ADVERBIAL_STARTS",
    "AGE",
    "APPOSITIVE_NAME",
    "ARTICLES",
    "ASKED_OPENERS",
    "ASK_FORMS",
    "BE_FORMS",
    "CLOSING_QUOTE_MARKS",
    "CONTRACTED",
    "COUNT_WORDS",
    "DASHES",
    "DURATION_UNITS",
    "FINITE_VERBS",
    "GENDERED_PRONOUN_FORMS",
    "GERUND_PREPOSITIONS",
    "HEARINGS",
    "INTERVIEW_ANSWER",
    "INTERVIEW_QUESTION",
    "IRREGULAR_PASTS",
    "LONGEST_MENTION",
    "MODALS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "NAMED_CALL",
    "NAME_CLOSING_ABBREVIATIONS",
    "NAME_SUFFIXES",
    "NOUN_DETERMINERS",
    "OBJECT_ONLY_PRONOUNS",
    "OCCASION_OPENER",
    "OPINION_CUES",
    "OWNER_ENDINGS",
    "PARTICLES",
    "PERFECT_AUXILIARIES",
    "PERSONAL_PRONOUNS",
    "PERSON_OWNERS",
    "PLACE_MEMO",
    "PLACE_PREPOSITIONS",
    "POLL_OPENING",
    "POSSESSIVE_DETERMINERS",
    "PREPOSITIONS_IN_ING",
    "PRONOUNS",
    "QUESTION_LEADS",
    "QUESTION_WORDS",
    "REFLEXIVES",
    "RELATIVE_PRONOUNS",
    "RELATIVE_WORDS",
    "SAY_FORMS",
    "SHOW_TITLE",
    "SOURCE_FIRST_CUES",
    "SPEECH_OCCASIONS",
    "SUBORDINATORS",
    "TELL_FORMS",
    "TIME_ADVERBS",
    "TIME_LINKS",
    "TRAILING_OCCASION",
    "VIEWPOINT_OPENING",
    "WEEKDAYS",
    "WHEN_CORE",
    "WHEN_WORDS",
    "WH_RELATIVES",
    "absolute_subject",
    "agent_start",
    "be_before",
    "before_gerund",
    "closes_a_name",
    "described_before_name",
    "document_head",
    "find_mentions",
    "finite_auxiliary",
    "goes_on_after_a_name",
    "holds_relative_verb",
    "honorific_gender",
    "impersonal_adjectives",
    "is_party_tag",
    "looks_like_person",
    "makes_no",
    "name_after_agent",
    "name_words",
    "names_an_agent",
    "non_person_words",
    "notice_labels",
    "owned_quotation",
    "owner_word",
    "past_dateline",
    "person_name",
    "possessive",
    "post_nominals",
    "qualifying_quotation",
    "quoted_person",
    "remembered",
    "role_then_name",
    "role_without_name",
    "says_when",
    "short_title",
    "skip_intervening",
    "source_occasion",
    "time_tail_start",
    "titles_only",
    "verb_like",
    "viewpoint_opening",
    "viewpoint_owner",
    "whether_question",
    "without_post_nominals",
    "word_ending_at",
    "words_going_on",
]

# Pronouns that can name a speaker, with (gender, number): gender f/m/n/u, number s/p.
PRONOUNS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "he": ("m", "s"),
        "she": ("f", "s"),
        "they": ("u", "p"),
        "we": ("u", "p"),
        "i": ("u", "s"),
        "it": ("n", "s"),
        "who": ("u", "u"),
    }
)

# The pronouns that stand for a person as a whole subject ("he", "we"; not "it", "who").
PERSONAL_PRONOUNS = frozenset(
    pronoun for pronoun, (gender, number) in PRONOUNS.items() if gender != "n" and number != "u"
)
# A person described by age ("the 20-year-old"). Audit: a bounded digit run and fixed words;
# fullmatch only.
AGE = regex.compile(r"\d{1,3}-year-old")
# The longest mention read for a name: a name and its description are a few dozen words; a
# longer phrase names nobody (so a run of a thousand quotes before one cue stays linear).
LONGEST_MENTION = 400

# One capitalised word (with inner apostrophes, hyphens and dots: "O'Neill", "Al-Hassan",
# "U.S."), or an initial, optionally possessive. Audit: every repetition is possessive and
# the two alternatives part at the second character (a dot or a letter), so a failed match
# costs one step per character.
_WORD = r"(?:\p{Lu}\.(?:\p{Lu}\.)*+|\p{Lu}[\p{L}\p{M}]*+(?:['\u2019\-][\p{L}\p{M}]++)*+\.?)"
# The lower-case particles of a surname ("du Vivier", "van der Berg", "de La Roche").
PARTICLES = frozenset("de da di del der den van von bin al la le du dos das ibn".split())
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES)) + ")"
_NICKNAME_GAP = rf"[ ][\"\u201c'\u2018]{_WORD}[\"\u201d'\u2019][ ]"
# A run of capitalised words separated by single spaces, up to two lower-case particles
# ("Louis van der Berg") or a one-word nickname in double or single quote marks between them
# ('Bernadette "Bernie" Walsh', "Ana 'Annie' Roe").
# Audit: each step consumes a space and a word; a particle is a fixed lower-case word, at most
# two of them, and the nickname opens with a quote mark, all disjoint from the capital a name
# starts with, so a step tries at most two separators, each once.
_NAME_RUN = regex.compile(
    rf"{_WORD}(?:(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]){{0,2}}+|{_NICKNAME_GAP}){_WORD})*+"
)
# A word of a name run ending in a dot that may end a sentence: two letters or more before the
# dot, and a space after it ("Lund. Barwick"), not an initial ("F.") or "U.S.".
# Audit: a possessive run of letters, a literal dot, a lookahead of one space.
_SENTENCE_END_WORD = regex.compile(
    r"(?<![\p{L}.'\u2019\-])\p{Lu}\p{Ll}[\p{L}\p{M}'\u2019\-]*+\.(?=[ \u00a0])"
)
# A pronoun between ASCII word boundaries: every pronoun between word boundaries, and a few
# more, which the standard engine finds faster than the regex engine finds ``\b``; a neighbour
# outside ASCII is then checked with _WORD_CHARACTER (see find_mentions). The pattern opens
# with the class of the pronouns' first letters, so the engine skips to those, and looks back
# from there at the character before and at the letter it took.
# Audit: one character, fixed-width lookbehinds, literal alternatives, a one-character
# lookahead; no repetition. A hyphen after it makes a word of it ("(I-Vt.)", a party tag).
_PRONOUN = re.compile(
    r"[HhSsTtWwIi](?<![0-9A-Za-z_].)"
    r"(?:(?<=[Hh])e|(?<=[Ss])he|(?<=[Tt])hey|(?<=[Ww])e|(?<=I)|(?<=[Ii])t|(?<=[Ww])ho)"
    r"(?![0-9A-Za-z_\-])"
)
# A character of a word, as the regex engine's ``\b`` tells them. Audit: one class.
_WORD_CHARACTER = regex.compile(r"\w")
# Ranks of standing that tell a gender too ("Sir Bartholomew Quayle", "Dame Ana Brandt"), and
# the royal titles, before a given name ("Queen Sofia", "Prince Harald").
_GENDERED_RANKS: Mapping[str, str] = MappingProxyType(
    {
        "sir": "m",
        "dame": "f",
        "lord": "m",
        "king": "m",
        "queen": "f",
        "prince": "m",
        "princess": "f",
    }
)


_NICKNAME_MARKS = frozenset('"\u201c')
_CLOSING_NAME_MARKS = frozenset('"\u201d')
# The marks that close a quotation, straight and curly, double and single.
CLOSING_QUOTE_MARKS = "\"'\u201d\u2019"
_SINGLE_NICKNAME_MARKS = ("'", "\u2018", "\u2019")


def _nickname_word(word: str) -> bool:
    """Whether a word of a name is a nickname in quote marks (``"Risa"``, ``'Annie'``); a word
    opened by a single mark is one only when the mark closes it too (``'t`` is no nickname)."""
    return word[:1] in _NICKNAME_MARKS or (
        len(word) > 2
        and word.startswith(_SINGLE_NICKNAME_MARKS)
        and word.endswith(_SINGLE_NICKNAME_MARKS)
    )


# Reflexives after a name: no part of it, though two tell its gender ("Brisk herself").
_REFLEXIVE_GENDERS = MappingProxyType({"himself": "m", "herself": "f"})
REFLEXIVES = frozenset(("themselves", "itself", *_REFLEXIVE_GENDERS))


def name_words(text: str) -> list[str]:
    """The words of a name, without a possessive ending (``Saldo's`` -> ``Saldo``), words in
    quote marks (a nickname: ``Marisa "Risa" Pryor``, ``James "Big Jim" Walsh``; a slogan in a
    description: ``Some in the "Ferrer or Nobody" crowd``), or a reflexive after it (``Brisk
    herself``)."""
    words: list[str] = []
    quoted: list[str] | None = None  # the words of a run after its opening mark
    for word in text.split():
        closes = word.rstrip(",.;:")[-1:] in _CLOSING_NAME_MARKS
        if quoted is not None and closes:
            quoted = None
        elif quoted is not None:
            quoted.append(word)
        elif _nickname_word(word):
            if word[:1] in _NICKNAME_MARKS and not closes:
                quoted = []  # '"Big Jim"': the run goes on to its closing mark
        elif word.lower() not in REFLEXIVES:
            words.append(word)
    words.extend(quoted or ())  # (a mark that never closes: the words after it stay)
    if words and words[-1][-2:] in ("'s", "\u2019s"):
        words[-1] = words[-1][:-2]
    return words


# Words before a title that say when its holder holds it ("former Mayor of London").
_TENURE_WORDS = frozenset(("former", "acting", "then", "interim"))


def _title_prefix_length(words: list[str], lexicon: Lexicon, *, nationalities: bool = True) -> int:
    """How many leading words are titles, nationalities, honorifics or modifiers, a title's
    qualifiers included (``Health Minister Dr.``)."""
    index = 0
    while index < len(words):
        qualifiers = index
        while qualifiers < len(words) - 1 and words[qualifiers].lower() in lexicon.title_qualifiers:
            qualifiers += 1  # "Health", "Deputy Health": what the title after them is about
        if qualifiers > index and words[qualifiers].lower() in lexicon.titles:
            index = qualifiers + 1
            continue
        lead = words[index].lower()
        given_reading = lead not in lexicon.titles or lexicon.ambiguous_titles.get(lead) == (
            "given-name"
        )  # "Dean Arkwright": a title that is mostly a given name before a surname alone
        if lead in lexicon.given_names and (
            (index + 2 == len(words) and given_reading)
            or (index > 0 and len(words) - index in (2, 3))
        ):
            # "Jordan Pike", "Georgia Reyes": a given name that names a country too; "Rep. Earl
            # Thistlewood", "Gov. Earl Ray Tolliver": after a title, a given name that is one too
            break
        matched = 0
        for size in (3, 2, 1):
            if index + size > len(words):
                continue
            phrase = " ".join(words[index : index + size]).lower()
            if (
                phrase in lexicon.titles
                or (nationalities and phrase in lexicon.nationalities)
                or phrase in lexicon.honorifics
                or phrase in _TENURE_WORDS
            ):
                matched = size
                break
        if not matched:
            break
        index += matched
    return index


def titles_only(words: list[str], lexicon: Lexicon) -> bool:
    """Whether capitalised words are an office and nothing more (``Prime Minister``, ``Home
    Secretary``, ``Deputy Foreign Minister``): a title names its holder only beside a name."""
    return bool(words) and _title_prefix_length(words, lexicon, nationalities=False) == len(words)


def whether_question(
    text: str, start: int, cue_start: int, end: int, lexicon: Lexicon, *, adverb: bool = False
) -> bool:
    """Whether the sentence from ``start`` to ``end`` asks whether a cue in it holds: a
    capitalised auxiliary opens it before the cue's subject and a question mark closes it
    (``Does the minister believe the plan will work?``, ``Do you think ...?``); not a given
    name (``Will Dunmore said``) unless a lower-case word follows it (``Will the mayor say
    ...?``). With ``adverb``, also a question word asking why, when, where or how, or a
    conjunction, or both, before the auxiliary (``Why did the minister say the plan was
    "doomed"?``, ``But does anyone believe ...?``, ``But why did the mayor say ...?``): the
    question is the writer's about the report all the same. Only the first words and the last
    characters are read."""
    words = [
        word.lstrip("\"'(\u201c\u2018")
        for word in text[start : min(cue_start, start + _QUESTION_LEAD)].split()[:4]
    ]
    if (
        adverb
        and words[:1]
        and words[0] in _QUESTION_CONJUNCTIONS
        and words[1:2]
        and words[1].islower()
        and words[1].title() in _ASKING_WORDS
    ):
        words = [words[1].title(), *words[2:]]  # "But why did the mayor say": as "Why did"
    # ("Why did the minister say": a lower-case auxiliary after the question word, never a name)
    asked = adverb and len(words) >= len(("Why", "did", "the")) and words[0] in QUESTION_LEADS
    words = words[1:3] if asked else words[:2]
    return (
        len(words) == len(("Does", "the"))
        and (words[0].islower() if asked else words[0][:1].isupper())
        and words[0].lower() in FINITE_VERBS
        and (asked or words[0].lower() not in lexicon.given_names or words[1][:1].islower())
        and text[max(cue_start, end - _QUESTION_TAIL) : end]
        .rstrip(f" \n{CLOSING_QUOTE_MARKS})")
        .endswith("?")
    )


# Characters read for an opening auxiliary, maybe after a question word or a conjunction or
# both, and the word after it.
_QUESTION_LEAD = 30
# Question words that ask why, when, where or how a report was made ("Why did ...?"; not "What"
# or "Who", which stand for what was said or who said it: the span stage reports nothing then).
_ASKING_WORDS = frozenset(("Why", "When", "Where", "How"))
# Conjunctions going on from the sentence before ("But does anyone really believe ...?", "And
# did the council know"), maybe before a question word too ("But why did the mayor say ...?").
_QUESTION_CONJUNCTIONS = frozenset(("But", "And", "So", "Yet", "Or"))
# Words that open a question before its lower-case auxiliary.
QUESTION_LEADS = _ASKING_WORDS | _QUESTION_CONJUNCTIONS
_QUESTION_TAIL = 4  # characters read for a closing question mark ('?" ')


_MEMO_LIMIT = 100_000  # results one memo holds before it restarts
_LEXICON_MEMOS = 8  # lexicons whose results are remembered at once
_Value = TypeVar("_Value")
# Per lexicon (kept with its memos, so an id is never reused while remembered), the memo of
# each use ("names", "runs", ...): results, never a table; news repeats its names.
_memos: dict[int, tuple[Lexicon, dict[str, dict[str, Any]]]] = {}


def lexicon_memo(lexicon: Lexicon, use: str) -> dict[str, Any]:
    """The memo of ``use`` for ``lexicon``, to look results up in directly where a call per
    look-up costs too much (``find_mentions`` reads every capitalised run of a text). Bounded:
    a few lexicons at once, and a memo restarts when full."""
    entry = _memos.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        if len(_memos) >= _LEXICON_MEMOS:
            _memos.pop(next(iter(_memos)))
        entry = _memos[id(lexicon)] = (lexicon, {})
    memo = entry[1].get(use)
    if memo is None or len(memo) > _MEMO_LIMIT:
        memo = entry[1][use] = {}
    return memo


def remembered(
    use: str, text: str, lexicon: Lexicon, compute: Callable[[str, Lexicon], _Value]
) -> _Value:
    """``compute(text, lexicon)``, remembered across documents: news repeats its names."""
    memo = lexicon_memo(lexicon, use)
    found = memo.get(text)
    if found is None:
        found = memo[text] = compute(text, lexicon)
    return cast("_Value", found)


def person_name(text: str, lexicon: Lexicon) -> str:
    """The name in a mention, without what leads up to it (see ``_person_name``)."""
    return remembered("names", text, lexicon, _person_name)


_LEAD_WORDS = 2  # capitalised words of a place or an owner before a title and a name


def _person_name(text: str, lexicon: Lexicon) -> str:
    """The name in a mention, without what leads up to it: lower-case words, titles,
    nationalities, and anything before a known given name (``union leader Karel Brandt``,
    ``Finance Minister Olga Petrenko`` -> ``Karel Brandt``, ``Olga Petrenko``)."""
    words = name_words(text)
    first = next((index for index, word in enumerate(words) if word[:1].isupper()), len(words))
    words = words[min(first, len(words) - 1) :]  # past lower-case words, in one slice
    words = words[_lead_before_title(words, lexicon) :]
    if words[:1] == ["The"] and _title_prefix_length(words[1:], lexicon):
        words = words[1:]  # "The Duke of Edinburgh said": the capital opens the sentence
    skip = _title_prefix_length(words, lexicon)
    office = _office_of_place(words, skip, lexicon)
    if office:
        return office
    if skip >= len(words):
        # "The Prime Minister arrived": an office named alone is its whole title, and "the
        # United States" a country named alone its whole name; a lone word after a title is a
        # surname ("Gov. King", "Mayor King")
        whole = " ".join(words)
        lowered = whole.lower()
        if len(words) > 1 and (
            lowered in lexicon.titles or lexicon.nationalities.get(lowered) == whole
        ):
            return whole
        return " ".join(words[-1:])
    words = without_post_nominals(words[skip:])
    lead_is_given = bool(words) and words[0].lower() in lexicon.given_names
    for index, word in enumerate(words[:-1]):
        if index and not lead_is_given and word.lower() in lexicon.given_names:
            words = words[index:]
            break
    return " ".join(words)


def _lead_before_title(words: list[str], lexicon: Lexicon) -> int:
    """How many capitalised words of a place or an owner lead a title and the name after it
    (``Haeseong's President Kwak Min-seo``, ``Warrandale Mayor Geoff Tankard``: one); none
    before a role alone (``Hale's campaign manager``)."""
    for lead in range(1, min(_LEAD_WORDS + 1, len(words) - 1)):
        prefix = _title_prefix_length(words[lead:], lexicon)
        if prefix and lead + prefix < len(words) and words[lead + prefix][:1].isupper():
            return lead
    return 0


def _office_of_place(words: list[str], skip: int, lexicon: Lexicon) -> str:
    """The name of an office held of a place, from words led by ``skip`` title words (``the
    Duke of Edinburgh``, ``the Mayor of London`` -> ``Duke of Edinburgh``, ``Mayor of
    London``): no person's name follows the title, so the office names its holder (not ``of
    Edinburgh``); '' when a name follows the title (``Lord Vale of Brent``)."""
    place = words[skip + 1 :]
    if place[:1] == ["the"]:
        place = place[1:]  # "the Prince of the Netherlands"
    if not (0 < skip < len(words) - 1 and words[skip] == "of" and place) or not all(
        word[:1].isupper() for word in place
    ):
        return ""
    start = 0
    while start < skip and (
        words[start].lower() in _TENURE_WORDS
        or words[start].lower() in lexicon.nationalities
        or words[start].lower() in lexicon.honorifics
    ):
        start += 1  # "former Mayor of London": the office's name is without the tenure
    return " ".join(words[start:])


@functools.cache
def notice_labels(kind: str = "notice") -> frozenset[str]:
    """The labels of ``headline_labels.tsv`` of one kind: a ``notice`` never names a speaker,
    wherever it stands (``Correction:``, ``Media contact:``), and neither does a ``comment``,
    a notice whose paragraph reports nothing either (``Editor's note:``); a ``part`` opens a
    part of the writer's prose whose own sentences may report (a fact check's ``THE
    FACTS:``); the others only open headlines."""
    kinds = (kind, "comment") if kind == "notice" else (kind,)
    return frozenset(row[0].lower() for row in read_table("headline_labels.tsv") if row[1] in kinds)


def non_person_words() -> frozenset[str]:
    """Words that mark a capitalised name as a place, body or thing (``River``, ``Council``)."""
    return read_words("non_person_words.tsv")


# An apostrophe that is no part of a name: one not followed by a capital, as in a possessive or
# a contraction ("Hale's", "Reyes'"), unlike the elided particle of "O'Brien" or "D'Arcy".
# Audit: one character with a one-character lookahead.
_NOT_A_NAME_APOSTROPHE = regex.compile(r"['\u2019](?!\p{Lu})")


def looks_like_person(words: list[str], lexicon: Lexicon, fewest: int = 2) -> bool:
    """Whether capitalised words can be a person's name with no title or given name to say
    so: two or three plain words (or ``fewest``, when something else says it is a person),
    none a place or body word, nationality or possessive (``O'Brien`` is a surname); a country
    that is a given name too may lead a surname (``Jordan Pell``, ``India Farrow``)."""
    if not fewest <= len(words) <= 3:
        return False
    blocked = non_person_words()
    for index, word in enumerate(words):
        lowered = word.lower()
        if (
            lowered in blocked
            # ("Royal Academy", "Harbour Board": a body's head word)
            or lowered in lexicon.organisation_words
            or (
                lowered in lexicon.nationalities
                and not (index == 0 < len(words) - 1 and lowered in lexicon.given_names)
            )
            or lowered in lexicon.not_names
            or _NOT_A_NAME_APOSTROPHE.search(word)
            or not word[:1].isupper()
        ):
            return False
    return True


def short_title(word: str, lexicon: Lexicon) -> bool:
    """Whether a word is a courtesy honorific or a title in a short form (``Mr.``, ``Ms``,
    ``Sen.``, ``Dr``, ``Cllr``), which stands before a person's name only: the word after one
    is a surname even when it names a place or a body too (``Mr. Park``, ``Ms. Church``),
    where a title written out may lead a body's name (``Justice Court``, ``King Street``)."""
    lowered = word.lower()
    full = lexicon.titles.get(lowered, "")
    return lowered in lexicon.honorifics or (" " not in lowered and len(full) > len(lowered))


def is_party_tag(word: str, lexicon: Lexicon) -> bool:
    """Whether a word is a party tag after a name (``R-Wyo.``, ``DFL-Minn.``): a party
    abbreviation of the lexicon's parties, a hyphen, a capital."""
    letters, hyphen, place = word.partition("-")
    return (
        bool(hyphen)
        and len(letters) <= _PARTY_TAG_LETTERS
        and letters.lower() in lexicon.parties
        and place[:1].isupper()
    )


_PARTY_TAG_LETTERS = 4  # "R", "Dem", "DFL", "Ind": the longest party abbreviation of a tag


def _label(text: str, lexicon: Lexicon) -> str:
    """PERSON, ORG or NAME for a capitalised run, from the word lists."""
    words = name_words(text)
    last = words[-1].lower().rstrip(".")  # "Lumora Inc." is "Lumora Inc"
    if lexicon.group_nouns.get(last) is SpeakerKind.ORGANISATION or last in non_person_words():
        # "Sen. Church", "Mr. Park": a short title before a name makes a surname of a body's or
        # a place's word ("Dr. Martin Luther King Jr. Library" is longer than a name)
        return "PERSON" if short_title(words[0], lexicon) and 1 < len(words) <= 3 else "ORG"
    # "Ranpur Chief Minister Keshav Deshmane": a title before the name says it is a person's,
    # past a place or an owner before the title
    lead = _lead_before_title(words, lexicon)
    skip = _title_prefix_length(words[lead:], lexicon, nationalities=False)
    if skip and lead + skip < len(words):
        return "PERSON"
    core = person_name(text, lexicon).split()
    first = core[0].lower() if core else ""
    if (
        first in lexicon.given_names
        and len(core) > 1
        and looks_like_person(_without_particles(core), lexicon)
    ):
        return "PERSON"
    return "NAME"


def _without_particles(words: list[str]) -> list[str]:
    """A name's words without the particles inside it, which belong to the surname (``Louis du
    Vivier``, ``Louis van der Berg``)."""
    return [
        word
        for index, word in enumerate(words)
        if not (0 < index < len(words) - 1 and word in PARTICLES)
    ]


def _trim(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """Drop function words and dates from both edges of a capitalised run."""
    while start < end:
        space = text.find(" ", start, end)
        first = text[start : space if space != -1 else end]
        if first.lower().rstrip(".") not in lexicon.not_names:
            break
        start = space + 1 if space != -1 else end
    while start < end:
        space = text.rfind(" ", start, end)
        last = text[space + 1 if space != -1 else start : end]
        if last.lower().rstrip(".") not in lexicon.not_names:
            break
        end = space if space != -1 else start
    return start, end


# The abbreviations that end a person's or a company's name, whose dot is part of the name.
_SUFFIX_ABBREVIATIONS = abbreviations_used_as("company or name suffix")


def _name_in_run(run: str, lexicon: Lexicon) -> tuple[int, int, str]:
    """The name a capitalised run holds, as offsets into the run and a label (the same two
    offsets when it holds none)."""
    start, end = _trim(run, 0, len(run), lexicon)
    if (
        start < end
        and run[end - 1] == "."
        and run[start:end].count(".") == 1
        and run[start:end].rsplit(maxsplit=1)[-1].lower() not in _SUFFIX_ABBREVIATIONS
    ):
        end -= 1  # a sentence-final dot, not an initial, "Jr." or "Inc." ("Lumora Inc.")
    if start >= end or not name_words(run[start:end]):
        return 0, 0, ""
    label = _label(run[start:end], lexicon)
    before = run[:start].split()[-1:]
    if label == "ORG" and before and short_title(before[0], lexicon):
        label = "PERSON"  # "Mr. Park": the honorific trimmed off the run says whose name it is
    return start, end, label


def _names_in_run(run: str, lexicon: Lexicon) -> tuple[tuple[int, int, str], ...]:
    """The names of a capitalised run, as offsets into the run and labels: the run is cut
    after a word whose dot ends a sentence (``Tobias Lund. Barwick`` is two names; ``Sen.
    Roe`` and ``John F. Kennedy`` are one). It depends on the run alone, so it is remembered:
    news repeats its names, and every sentence's ``The``."""
    pieces = []
    cut = 0
    for word in _SENTENCE_END_WORD.finditer(run):
        if word.group().lower() not in lexicon.abbreviations:
            pieces.append((cut, word.end()))
            cut = word.end() + 1
    if cut < len(run):
        pieces.append((cut, len(run)))
    names = []
    for piece_start, piece_end in pieces:
        first, last, label = _name_in_run(run[piece_start:piece_end], lexicon)
        if first < last:
            names.append((piece_start + first, piece_start + last, label))
    return tuple(names)


def _is_dateline(text: str, start: int, end: int) -> bool:
    """An upper-case place opening a paragraph (at ``start``) before a comma, dash or bracket
    (``PHILADELPHIA —``, ``LONDON (Reuters)``) names where the story was filed, not a person."""
    run = text[start:end]
    return (
        run.isupper()
        and len(run) > 2
        and text[end : end + 3].lstrip()[:1] in (",", "(", "\u2014", "\u2013", "-")
    )


_DATELINE_REACH = 60  # characters of a dateline before its agency's closing bracket
# A name set off by a comma after a description, closing the sentence or a clause (",
# Tomas Ibarra." after "according to its mayor"). Audit: literal comma and space, capitalised
# words as possessive runs, then a lookahead of one character; matched at one position.
APPOSITIVE_NAME = regex.compile(
    r",[ ](?P<name>\p{Lu}[\p{L}.'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}.'\u2019\-]*+)++)(?=[.,;]|$)"
)


def role_then_name(text: str, start: int, comma: int, end: int, lexicon: Lexicon) -> int | None:
    """Where the name ends that a comma sets after a role (``according to its mayor, Tomas
    Ibarra``, ``according to the tour promoter, Brightline Live``): the role's last word is a
    title of the lexicon or a noun that heads an organisation's description; None otherwise
    (``an FBI summary, Cheryl Mabry, a top aide, sent``: the content's subject)."""
    words = text[start:comma].lower().split()
    if not words or (
        words[-1] not in lexicon.titles
        and lexicon.group_nouns.get(words[-1]) is not SpeakerKind.ORGANISATION
    ):
        return None
    named = APPOSITIVE_NAME.match(text, comma, end)
    return None if named is None else int(named.end("name"))


# Cues whose source follows them, the content standing before or after both
# ("according to X, CONTENT", "CONTENT, according to X", "in the words of X, CONTENT", "As
# reported by X, CONTENT").
# ... and a person's view read through the pronoun that owns it ("In his opinion, CONTENT").
OPINION_CUES = frozenset(("in his opinion", "in her opinion", "in his view", "in her view"))
SOURCE_FIRST_CUES = frozenset(("according to", "in the words of", "as reported by")) | OPINION_CUES
# The cue of a sentence that opens with the poll or survey whose finding the rest is: its "In"
# ("In a Gazette poll released Monday, 54 percent of islanders backed the levy").
POLL_OPENING = "in"
# The form of the cue of a sentence that opens with whose view or count the rest is ("In Ash's
# view, ...", "To Okafor, ...": viewpoint_opening()); no word of the lexicon.
VIEWPOINT_OPENING = "viewpoint opening"


_CAPITALISED_RUN = r"\p{Lu}[\p{L}.&-]*+"  # a capitalised word of a name ("Associated", "A&P")
_NAME_WORD = r"\p{Lu}\p{Ll}++"  # a word of a person's name ("Okafor")


@functools.cache
def viewpoint_opening() -> regex.Pattern[str]:
    """A sentence's opening frame that names whose view or count the rest is, up to its comma:
    an owned noun of ``data/viewpoint_nouns.tsv`` after its preposition (``In Ash's view,``,
    ``In their view,``, ``By the Gazette's tally,``; group ``owner``), or a person after
    ``To`` (``To Okafor, the mayor is ...``, ``To them,``; group ``person``)."""
    nouns: dict[str, list[str]] = {}
    for noun, preposition, *_ in read_table("viewpoint_nouns.tsv"):
        nouns.setdefault(preposition.capitalize(), []).append(regex.escape(noun))
    owned = "|".join(
        rf"(?i:{preposition})[ ](?:the[ ])?(?:(?P<owner{index}>their|its|his|her)"
        rf"|(?P<name{index}>{_CAPITALISED_RUN}(?:[ ]{_CAPITALISED_RUN}){{0,3}}+)['\u2019]s?+)"
        rf"[ ](?:own[ ])?(?:{'|'.join(sorted(forms))})"
        for index, (preposition, forms) in enumerate(sorted(nouns.items()))
    )
    # Audit: fixed words, runs of one class each possessive and at most four of them with a
    # space between, fixed alternatives and a two-character lookahead; matched at one position.
    return regex.compile(
        rf"(?:{owned}|(?i:to)[ ](?P<person>them|{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}+))"
        r"(?=,[ ])"
    )


def viewpoint_owner(match: regex.Match[str]) -> tuple[int, int]:
    """The owner or person a match of ``viewpoint_opening()`` names, without its ``'s``."""
    for name, value in match.groupdict().items():
        if value is not None:
            start, end = match.span(name)
            return int(start), int(end)
    return int(match.start()), int(match.end())


# The dashes news text sets between a dateline or an aside and the rest (a bar: "WASHINGTON ―").
DASHES = "\u2015\u2014\u2013-"
# The forms of "be": before a participle they make a passive ("was condemned").
BE_FORMS = frozenset("be been being is was were are am 's".split())
# Numbers written out that count ("a mother of three", "Two senior officials", "four times").
COUNT_WORDS = frozenset("two three four five six seven eight nine ten".split())
# The modal auxiliaries ("would", "must"): one before a verb makes it a clause's.
MODALS = frozenset("will would can could should may might must".split())
# The perfect auxiliaries, after which "since" is an adverb, not a clause word ("has since
# said").
PERFECT_AUXILIARIES = frozenset("has have had".split())
# The finite forms of the auxiliaries and modals: one of them makes a clause.
FINITE_VERBS = MODALS | PERFECT_AUXILIARIES | frozenset("is was were are am do does did".split())
# Common verbs whose past is not in -ed ("went", "cut"), ending a subject ("the pilot went").
IRREGULAR_PASTS = read_words("irregular_pasts.tsv")
# Negated auxiliaries whose stem is no finite form ("won't", "can't"); "doesn't" and the rest
# are read through their stem.
_NEGATED_FINITE_ODD = frozenset(("won't", "can't"))


def finite_auxiliary(word: str) -> bool:
    """Whether a lower-case word is a finite form of ``be``, an auxiliary or a modal, negated
    or not (``is``, ``would``, ``doesn't``): the verb of a clause whose subject came before."""
    word = word.replace("\u2019", "'")
    stem = word.removesuffix("n't")
    return word in _NEGATED_FINITE_ODD or stem in FINITE_VERBS


# Words read from a position backwards. Audit: one possessive class run, matched in reverse.
_WORD_BACKWARDS = regex.compile(r"[\p{L}\p{M}\p{N}'\u2019\-]++", regex.REVERSE)
# Words read forwards. Audit: one possessive class run.
_WORD_RUN = regex.compile(r"[\p{L}\p{M}\p{N}'\u2019\-.]++")
_PASSIVE_REACH = 30  # characters read back from a cue for its form of "be"


def be_before(text: str, cue_start: int) -> int:
    """Where the form of ``be`` before a passive cue starts, past adverbs (``was widely
    criticized``, ``was not endorsed``, ``was first reported``); ``cue_start`` when there is
    none."""
    lower = max(0, cue_start - _PASSIVE_REACH)
    for word in _WORD_BACKWARDS.finditer(text, lower, cue_start):
        lowered = word.group().lower().replace("\u2019", "'")
        if lowered in BE_FORMS:
            return int(word.start())
        if not lowered.endswith("ly") and lowered not in ("not", "also", "first"):
            break
    return cue_start


# A dateline of capitals before a spaced dash or bar ("PORT SELWYN — ", "WESTVALE, Ore. – ",
# "VALDERRA, March 14 — ", "BERLIN/FRANKFURT — "), or a live blog's time stamp ("13:15 GMT —",
# "9.40am –").
# Audit: possessive runs of bounded classes, an optional place after a comma; a time of fixed
# digits and an optional zone of letters; one position.
_CAPITALS_DATELINE = regex.compile(
    r"(?:\p{Lu}[\p{Lu}.'/\-]++(?:[ ]\p{Lu}[\p{Lu}.'/\-]++){0,3}+"
    r"(?:,[ ][\p{L}.]++(?:[ ][\p{L}\p{N}.]++)?+)?+"
    r"|\p{N}{1,2}+[:.]\p{N}{2}+(?:[ ]?+(?:[ap]\.?m\.?|\p{Lu}{2,4}+))?+)"
    r"[ ][\u2015\u2014\u2013\-]{1,2}+[ ]"
)


# Forms of "say", which take no object before their clause but a time ("said Monday that");
# always verbs, never a cue noun after a preposition as "amid fears" is.
SAY_FORMS = frozenset("say says said".split())
# The forms of "tell", whose object after the verb is whom it tells ("told the board").
TELL_FORMS = frozenset("told tell tells telling".split())
# Words that open an adverbial phrase or a subordinate clause, not a reported statement nor
# a speaker ("in sharp contrast to past races, says ...").
ADVERBIAL_STARTS = frozenset(
    """in on at during after before since when while if as although though because for with
    without by under over from to despite following amid until unless once""".split()
)
# Prepositions after which a capitalised run is a place or a body, not the speaker's name;
# opening a sentence, they set the scene ("Outside the courthouse, Roe said, ...").
PLACE_PREPOSITIONS = frozenset("in at from near outside inside across".split())
# Words that open a subordinate clause of time, condition, cause or concession ("After Roe
# said X, ...", "Although Roe voted for it, ..."): the clause has a subject of its own.
SUBORDINATORS = frozenset(
    """after before when whenever while although though if because since once until unless
    whereas despite""".split()
)
# The forms of the two gendered pronouns of the third person, by gender.
GENDERED_PRONOUN_FORMS: Mapping[str, frozenset[str]] = MappingProxyType(
    {"m": frozenset("he him his himself".split()), "f": frozenset("she her hers herself".split())}
)
# Prepositions in -ing ("said during a visit that", "During a speech calling for ..."), which
# open no gerund or participle phrase.
PREPOSITIONS_IN_ING = frozenset(
    "during including following regarding concerning according notwithstanding".split()
)
# Prepositions that take a gerund ("in asking", "after announcing", "by saying", "since
# announcing", "despite saying"): a participle cue after one opening a sentence is an opening
# participle whose subject is the main clause's.
GERUND_PREPOSITIONS = frozenset(
    "for by after before while when without of in on since upon despite".split()
)
# Words between such a preposition and its gerund ("Despite repeatedly insisting", "Since first
# claiming", "Despite having said", "Upon being asked"). Source: news usage.
_BEFORE_GERUND = frozenset("having being first again still never not once only even".split())


def before_gerund(words: list[str]) -> list[str]:
    """The lower-case words before a gerund cue without up to two adverbs or auxiliaries
    between it and a preposition that takes it (``despite repeatedly insisting``, ``despite
    having said``, ``Having said``); all of them without such a preposition (``Reyes has
    repeatedly pledged``).
    Only a lower-case word in -ly is an adverb: ``Despite Kelly insisting`` names the gerund's
    subject."""
    lowered = [word.lower() for word in words]
    kept = len(words)
    while kept > max(0, len(words) - 2) and (
        lowered[kept - 1] in _BEFORE_GERUND
        or (words[kept - 1].endswith("ly") and words[kept - 1].islower())
    ):
        kept -= 1
    # ("Having said in May that ..., the minister": an opening participle with no preposition)
    if (kept == 0 < len(words) and lowered[0] in _BEFORE_GERUND) or (
        0 < kept < len(words) and lowered[kept - 1] in GERUND_PREPOSITIONS
    ):
        return lowered[:kept]
    return lowered


# Subordinators that may stand before a participle "asked" opening its sentence, whose agent
# is the asker ("When asked by reporters about the merger, Lind said").
ASKED_OPENERS = ("When", "If", "Once")
# The forms of "ask", and the words that open the question after the person asked (PolNeAR
# train starts 22 of 30 such reports at the question word: "asked Roe whether ...").
ASK_FORMS = frozenset("asked ask asks asking".split())
QUESTION_WORDS = frozenset("whether if why how what when where who about".split())


# The light verb that with "no" before a nominal cue negates it as "not" does: "The communique
# makes no mention of the dispute" is "does not mention", "made no claim".
_LIGHT_VERBS = frozenset("make makes made making".split())


def makes_no(words: list[str]) -> bool:
    """Whether the lower-case words right before a cue end in a light verb and ``no``
    (``makes no mention``): they stand where ``does not`` does."""
    return len(words) >= 2 and words[-1] == "no" and words[-2] in _LIGHT_VERBS


# Adverbs of time that lead a time phrase after a cue, or stand for one ("late on Friday",
# "just before 1 a.m.", "said separately", "customers were not told sooner"; "reported by a
# neighbour shortly after 3 a.m.": the agent ends before them).
TIME_ADVERBS = frozenset(
    """late early just soon sooner earlier later shortly separately overnight afterwards afterward
    subsequently""".split()
)
# Words that tie a time or a phrase to an event, as prepositions or conjunctions ("Two weeks
# after the election,", "Voters interviewed after the debate said").
TIME_LINKS = frozenset("after before since".split())
# Words of a time said after a cue or a name ("a week later", "two days ago").
WHEN_WORDS = frozenset(
    """a an the few several some many couple of that same one two three four five six seven
    eight nine ten moments minutes hours days weeks months years decades minute hour day week
    month year decade""".split()
)
_WHEN_ENDS = ("later", "earlier", "ago")
_WHEN_REACH = 8  # the most words of such a time
# A span of time after a cue: how soon or how long, not what ("responded within minutes",
# "testified for nearly three hours", "replied in a day", "within seconds"): its leads, the
# words of degree, of fractions and of a time about its count ("for almost two and a half
# hours", "for two days last week", "in the next two weeks"), and its units.
_DURATION_LEADS = frozenset("within in for over".split())
_DURATION_WORDS = frozenset(
    "about nearly almost roughly just more less than under and half last past next this".split()
)
DURATION_UNITS = tuple(
    "moment moments seconds minute minutes hour hours day days week weeks month months year"
    " years".split()
)
ARTICLES = frozenset(("the", "a", "an"))  # a unit of time after one alone is no time
# Possessive determiners, which own the noun after them ("Her pledge", "their call").
POSSESSIVE_DETERMINERS = frozenset("his her its their our my your".split())
# Articles and possessive determiners: a word after one is a noun, never a verb ("the",
# "a", "his", "their").
NOUN_DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS


# The labels of an interview printed as questions and answers ("Q: How did you start?",
# "A: I didn't choose it."): the answers are the interviewee's words.
INTERVIEW_QUESTION = "Q"
INTERVIEW_ANSWER = "A"

# What follows a surname in a full name ("Harry B. Haldane Jr.", "Stan Pettifer IV"), lower-case.
NAME_SUFFIXES = frozenset(("jr.", "sr.", "jr", "sr", "ii", "iii", "iv"))
# Bodies that hear evidence: "the court heard that" reports what someone not named said there.
HEARINGS = frozenset("court jury jurors inquiry inquest tribunal hearing magistrates".split())


@functools.cache
def impersonal_adjectives() -> frozenset[str]:
    """The adjectives after which an opening ``it is`` is impersonal (``It's easy to blame``,
    ``It is important to note that``): the "tough" adjectives of ``tough_adjectives.tsv`` and
    the others of ``impersonal_adjectives.tsv``, one set for the span and attribution stages."""
    return read_words("tough_adjectives.tsv") | read_words("impersonal_adjectives.tsv")


@functools.cache
def post_nominals() -> Mapping[str, str]:
    """Letters after a name that are no part of it (``data/post_nominals.tsv``): lower-case
    letters without dots -> the title they give, or "" for an honour or a degree."""
    return MappingProxyType(
        {row[0]: "" if row[1] == "-" else row[1] for row in read_table("post_nominals.tsv")}
    )


def _post_nominal(word: str, table: Mapping[str, str]) -> bool:
    """Whether a word is letters after a name: listed, and written with two capitals or more
    (``KC``, ``PhD``), not a name that spells the same (``Td``)."""
    return word.replace(".", "").lower() in table and sum(map(str.isupper, word)) >= 2


def without_post_nominals(words: list[str]) -> list[str]:
    """A name's words without the letters after it (``Adrian Feltham KC`` -> ``Adrian
    Feltham``); a one-word name keeps its word."""
    table = post_nominals()
    end = len(words)
    while end > 1 and _post_nominal(words[end - 1], table):
        end -= 1
    return words[:end]


# The months, but "may", a verb.
MONTHS = frozenset(
    "january february march april june july august september october november december".split()
)
# The months as AP style shortens them before a day ("Feb. 3", "Sept. 12"); "Mar" and "Jun"
# are no news abbreviation (and "mar" is a verb).
MONTH_ABBREVIATIONS = frozenset("jan feb aug sept oct nov dec".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# The words that say when, of which a time closing a phrase holds at least one.
WHEN_CORE = (
    MONTHS
    | WEEKDAYS
    | frozenset(
        """ago later earlier today yesterday tonight morning afternoon evening night weekend
        minute minutes hour hours day days week weeks month months year years decade
        decades""".split()
    )
)


# A show's title in quote marks, where something was said ('on "Face the Nation"'): an opening
# mark and a capital, then at most sixty characters that close no sentence and no quote (the
# closing mark follows). Audit: a bounded possessive run of one class.
SHOW_TITLE = r"[\"\u201c](?-i:[A-Z])[^\"\u201d\n,.;!?]{0,60}+"
# Words that name a call a telephone call ("an earnings call", "a private phone call"; not
# "the penalty call", "the roll call"). Audit: fixed words.
_CALL_WORDS = (
    r"(?:conference|earnings|investor|investors|phone|telephone|video|media|press|quarterly"
    r"|analyst|analysts|briefing|brief|weekly|all-hands|Zoom)"
)
# The article or owner that opens an occasion ("in a statement", "at his daily briefing", "on
# their call"). Audit: fixed words.
OCCASION_OPENER = r"(?:a|an|the|his|her|their|its)"
# A call named a telephone call, which a later bare "on the call" takes up ("held a conference
# call with analysts. ... said the deal would close in March on the call.", "In a call with
# analysts"; not a referee's "The referee's call with 12 seconds left", "a close call with the
# storm"). Audit: word boundaries around fixed words, a negative lookahead of one class;
# searched in a bounded window.
NAMED_CALL = regex.compile(
    rf"\b{_CALL_WORDS}[ ]call\b|\b(?:a|the|his|her|its|their|our)[ ]call[ ]with[ ](?!\d)",
    regex.IGNORECASE,
)
# Where and how something was said, closing what follows the cue ("as much in an interview
# on Thursday", "the accusations through a spokeswoman", "in a post on Twitter", "praised
# Hale at a rally", "at his daily briefing", "denied the report at the briefing"). Audit:
# fixed words (a post's with a lookbehind or a lookahead of fixed words; a call's modifiers a
# bounded lazy repetition of possessive word runs before a bounded possessive repetition of
# fixed words: "on a private phone call", "on the company's quarterly earnings call"), a
# bounded lazy repetition of possessive word runs, a show's title (see SHOW_TITLE) anchored at
# the end; a programme's noun after a bounded lazy repetition of possessive word runs, with two
# lookbehinds of fixed words; searched in one clause.
TRAILING_OCCASION = regex.compile(
    rf"[ ](?:in|during|through|via)[ ]{OCCASION_OPENER}[ ]"
    r"(?:[\p{L}\-]++[ ]){0,3}?(?:statement|interview|e-?mail|tweet|spokesman|spokeswoman"
    r"|spokesperson|news[ ]conference|press[ ]conference|press[ ]release|conference[ ]call"
    # a post online, not a job nor the mail ("in her post as envoy", "in the post")
    r"|(?<=(?:facebook|twitter|instagram|linkedin|blog|online|media)[ ])post"
    r"|post(?=[ ]on[ ](?:(?-i:\p{Lu})|social[ ]media)))\b"
    # a telephone call, not a noun it heads ("defended the cuts on a call with analysts"; not
    # "on the call centre staff", "on a call-in show"), nor where someone was ("because she
    # was on a call"), nor set off by a comma, the main clause's ("using a term Ruiz has used
    # to describe Lund, on a call with reporters"); named a telephone call by its words or
    # by "with", not a referee's or a vote's ("agreed on the penalty call", "voted no on the
    # roll call"; a bare "call": see _drop_occasion)
    r"|(?<![,]|\b(?:was|were|is|are|am|be|been|being))"
    rf"[ ]on[ ]{OCCASION_OPENER}[ ]"
    r"(?:(?:[\p{L}\-'\u2019]++[ ]){0,2}?"
    rf"(?:{_CALL_WORDS}[ ]){{1,2}}+call\b"
    r"|call(?=[ ]with\b)|(?P<call>call)\b)(?![ ](?!with\b)(?-i:\p{Ll})|-)"
    rf"|[ ](?:at|during)[ ](?:{OCCASION_OPENER}[ ])?+(?:[\p{{L}}\-]++[ ]){{0,3}}?"
    r"(?:rally|forum|hearing|town[ ]hall|news[ ]conference|press[ ]conference|event"
    r"|fundraiser|campaign[ ]stop|briefing)\b"
    # a programme it was said on, not where someone was ("was on a radio show"): "Asked about
    # the remark on a morning television show" (see _drop_occasion in the span stage)
    r"|(?<!\b(?:was|were|is|are|am|be|been|being))"
    # (but a noun that was on the programme takes it: "Asked about her appearance on a cable
    # news show", "a segment on a morning show")
    r"(?<!\b(?:appearance|segment|episode|guest|spot|clip|interview)s?+)"
    rf"[ ]on[ ]{OCCASION_OPENER}[ ](?:[\p{{L}}\-]++[ ]){{0,3}}?"
    # (not "program", as often a government's: "his stance on the school lunch program")
    r"(?P<programme>show|broadcast|podcast|newscast)\b"
    # a show's title closing the phrase: 'rejected the framing on "Capitol Sunday."'
    rf"|[ ]on[ ](?P<show>{SHOW_TITLE}[.,]?+[\"\u201d])[.,]?+$",
    regex.IGNORECASE,
)


# The occasions of a speech or a text, in which words were said ('mocked the "experts" in a
# speech on Tuesday', 'in a letter to donors'), besides TRAILING_OCCASION's.
SPEECH_OCCASIONS = frozenset("speech speeches address remarks letter op-ed column video".split())
# Such an occasion after an inverted source ("said Ivo Marsh in remarks to reporters"). Audit:
# fixed words, a lazy repetition of at most two possessive word runs, a fixed alternation;
# searched in one source.
_SPEECH_OCCASION = regex.compile(
    rf"[ ]in[ ](?:{OCCASION_OPENER}[ ])?+(?:[\p{{L}}\-]++[ ]){{0,2}}?"
    rf"(?:{'|'.join(sorted(SPEECH_OCCASIONS))})\b"
)
# A name set off by a comma after an occasion. Audit: a literal comma and space, one capital;
# searched within one source.
_APPOSED_NAME = regex.compile(r",[ ]\p{Lu}")


def source_occasion(text: str, start: int, end: int) -> int:
    """Where an occasion of saying after an inverted source begins, or ``end``: the occasion is
    no name (``said Reyes in a statement``, ``said a spokesman in remarks to reporters``); not
    before a name set off after it (see ``described_before_name``; "said the Kessel mayor in a
    video, Ana Brandt"), nor a video after no name, which may tell the person ("said the man in
    the video")."""
    trailing = TRAILING_OCCASION.search(text, start, end)
    if trailing is not None:
        return end if _name_after_occasion(text, start, trailing, end) else int(trailing.start())
    speech = _SPEECH_OCCASION.search(text, start, end)
    if (
        speech is None
        or (speech.group().endswith("video") and text[start : speech.start()].islower())
        or _APPOSED_NAME.search(text, speech.end(), end) is not None
    ):
        return end
    return int(speech.start())


def described_before_name(text: str, start: int, end: int) -> bool:
    """Whether an inverted source from ``start`` to ``end`` is a description, an occasion and
    a name set off after it (``said a witness at the hearing, Ivo Marsh``), whose occasion
    does not end the source: the name after it is the source's."""
    return _name_after_occasion(text, start, TRAILING_OCCASION.search(text, start, end), end)


def _name_after_occasion(
    text: str, start: int, occasion: regex.Match[str] | None, end: int
) -> bool:
    """``described_before_name`` for the ``TRAILING_OCCASION`` match already found in the
    source (``source_occasion`` searches for it first, and need not search again)."""
    return (
        occasion is not None
        and not any(char.isupper() for char in text[start : occasion.start()])
        and _APPOSED_NAME.search(text, occasion.end(), end) is not None
    )


# ... and the words that lead up to them ("on Friday", "last week", "early in March").
_WHEN_LEADS = WHEN_WORDS | frozenset("on in at last this next past early late".split())


def time_tail_start(text: str, start: int, end: int) -> int:
    """Where a time closing ``text[start:end]`` starts (``the mayor on Friday``, ``Reyes a week
    later``), or ``end`` when none does: the speaker is named before it; a unit of time with
    no count is none (``according to the minutes``)."""
    words = list(_WORD_RUN.finditer(text, start, end))
    cut = len(words)
    core = False
    while cut > 1:
        lowered = words[cut - 1].group().lower().strip(".,")
        if lowered in WHEN_CORE or lowered.isdigit():
            core = True
        elif lowered not in _WHEN_LEADS:
            break
        cut -= 1
    if not core or cut == len(words):
        return end
    if all(
        word.group().lower().strip(".,") in DURATION_UNITS or word.group().lower() in ARTICLES
        for word in words[cut:]
    ):
        return end  # "according to the minutes", "the board minutes": no count, a record
    first = words[cut].group()
    if first[:1].isupper() and first.lower() in MONTHS and words[cut - 1].group()[:1].isupper():
        return end  # "said Ana March": a surname, not a month
    return int(words[cut - 1].end())


_SAYS_WHEN_ENDS = (*_WHEN_ENDS, *DURATION_UNITS)  # the last words of a time or a duration


def says_when(phrase: str) -> bool:
    """Whether a phrase only says when (``a week later``, ``two days ago``) or how soon or long
    (``within minutes``, ``for nearly three hours``), not what (``talks collapsed two days
    ago``)."""
    if not phrase.rstrip(" .,").lower().endswith(_SAYS_WHEN_ENDS):
        return False  # most phrases: no need to read their words
    words = [word.strip(".,") for word in phrase.lower().split()]
    if not 0 < len(words) <= _WHEN_REACH:
        return False
    if words[-1] in _WHEN_ENDS:
        return all(word in WHEN_WORDS or word.isdigit() for word in words[:-1])
    return (
        len(words) > 1
        and words[0] in _DURATION_LEADS
        and words[-1] in DURATION_UNITS
        and all(
            word in WHEN_WORDS or word in _DURATION_WORDS or word.isdigit() for word in words[1:-1]
        )
    )


_ASIDE_REACH = 160  # characters of a first sentence read for the dash closing an aside
# A spaced dash, then the word after it. Audit: bounded dash run, one possessive class run.
_DASH_THEN_WORD = regex.compile(r"[ ][\u2014\u2013\-]{1,2}+[ ]++([\p{L}']++)")


def _opens_an_aside(text: str, after: int) -> bool:
    """Whether the spaced dash ending ``text[:after]`` opens an aside of the subject (``NATO —
    which has 32 members — said``, ``FIFA — football's governing body — says``), not a
    dateline: the next dash of the sentence closes the aside before a finite verb, and the
    aside is a relative clause or holds no verb (``MOSCOW — The Kremlin said the sanctions —
    imposed in May — had failed``, ``WASHINGTON — Senate Republicans — joined by two Democrats
    — said`` keep their datelines)."""
    end = min(len(text), after + _ASIDE_REACH)
    for stop in ("\n", ". "):
        found = text.find(stop, after, end)
        end = end if found == -1 else found
    closing = _DASH_THEN_WORD.search(text, after - 1, end)
    if closing is None or not _finite_verb(closing.group(1), text[closing.end() :][:4]):
        return False
    words = text[after : closing.start()].split()
    return bool(words) and (
        words[0] in WH_RELATIVES
        or not any(verb_like(word.strip(",;:'\u2019"), read_words("cues.tsv")) for word in words)
    )


# Relative pronouns in wh- ("which", "who"); "that" may be a determiner or a complementiser.
WH_RELATIVES = frozenset(("which", "who", "whose", "whom"))
# All the words that open a relative clause ("Ashcombe, whose firm ...").
RELATIVE_WORDS = WH_RELATIVES | {"that"}
# ... and those of them that stand for the phrase before them ("the board, which ruled", "Roe,
# who said", "complaints that the contractor had ignored").
RELATIVE_PRONOUNS = RELATIVE_WORDS - {"whom", "whose"}


def verb_like(word: str, cues: Collection[str]) -> bool:
    """Whether a lower-case word may be a verb: an auxiliary, one of ``cues``, a past form."""
    return word.islower() and (
        word in FINITE_VERBS or word in cues or word in IRREGULAR_PASTS or word.endswith("ed")
    )


# Words that open a noun phrase, after which a word in -s is its noun ("the officials").
_PHRASE_OPENERS = NOUN_DETERMINERS | frozenset(("this", "that"))
_RELATIVE_PRESENT_WORDS = 3  # "the mayor trusts": a determiner, a noun, a verb


def holds_relative_verb(words: Sequence[str]) -> bool:
    """Whether the words of a relative clause without ``that``, from its subject to a cue,
    hold the relative's own verb, which makes the noun before the relative the cue's source:
    a past (``a neighbor the Gazette reached by phone said``) or a present in -s right after
    the subject's one noun or pronoun (``a neighbour the mayor trusts said``, ``an aide he
    trusts said``; not ``a claim the city's analysts``)."""
    if any(word.endswith("ed") or word in IRREGULAR_PASTS for word in words):
        return True
    last, before = (words[-1], words[-2].lower()) if len(words) > 1 else ("", "")
    return (
        len(words) <= _RELATIVE_PRESENT_WORDS
        and last.islower()
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is"))
        and before not in _PHRASE_OPENERS
        and not before.endswith("s")  # (a plural or an owner: "the city's analysts")
    )


def _finite_verb(word: str, after: str) -> bool:
    """Whether a lower-case word after a subject is its verb: not a participle with its agent
    (``joined by``)."""
    return verb_like(word, read_words("cues.tsv")) and not (word.endswith("ed") and after == " by ")


# Abbreviations that close a name (``Harlow Corp.``, ``Paradise, Calif.``), so may also close
# the sentence: the abbreviations file's company suffixes and US states.
NAME_CLOSING_ABBREVIATIONS = abbreviations_used_as(
    "company or name suffix", "US state abbreviation"
)


_WORD_REACH = 24  # characters read back for a word: more than any abbreviation or short name


def word_ending_at(text: str, end: int) -> str:
    """The run of characters other than white space that ends at ``end``, read at most
    ``_WORD_REACH`` back (a text without spaces must not be read back whole at each dot)."""
    start = end
    floor = max(0, end - _WORD_REACH)
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


@functools.cache
def words_going_on() -> frozenset[str]:
    """The lower-case words that go on with a sentence after an abbreviation closing a name:
    the first words of titles, title qualifiers, organisation words, months and weekdays."""
    titles = {row[0].split()[0] for row in read_table("titles.tsv")}
    return frozenset(
        titles
        | read_words("title_qualifiers.tsv")
        | read_words("organisation_words.tsv")
        | MONTHS
        | WEEKDAYS
    )


def goes_on_after_a_name(word: str) -> bool:
    """Whether a capitalised word after an abbreviation closing a name goes on with its
    sentence (``Harlow Corp. Chief Executive Ana Ruiz``, ``Worcester, Mass. Police Chief``,
    ``Fresno, Calif. Tuesday``) rather than starting the next one (``Calif. Residents fled``)."""
    return word.lower().rstrip(".,;:") in words_going_on() or word.lower() in words_going_on()


def closes_a_name(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` is that of an abbreviation closing a name: listed, after a
    capitalised word or a comma (``Harlow Corp.``, ``Paradise, Calif.``; not ``said Del.
    Stacey Wendover``, where ``Del.`` is a title, nor ``went to Mass.``)."""
    word = word_ending_at(text, dot)
    before = word_ending_at(text, dot - len(word) - 1) if dot - len(word) > 0 else ""
    return word.lower() + "." in NAME_CLOSING_ABBREVIATIONS and (
        before[:1].isupper() or before.endswith(",")
    )


# Possessives of people, not of an outlet: after a reported clause, "quoting her late father"
# is the act of someone in the clause, "quoting its correspondent" the outlet's relay.
PERSON_OWNERS = frozenset("his her their".split())
# Object pronouns that are never possessives, unlike "her": whom a verb affects or gives to
# ("That should worry us", "gave them assurances that").
OBJECT_ONLY_PRONOUNS = frozenset("him them us me you".split())
# A possessive owner's ending, singular or plural ("Bayside Marine's", "Dorwell Rovers'").
OWNER_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")
# Words in 's that are no owner but a contraction ("let's hope", "it's", "that's").
CONTRACTED = frozenset("let it that what there here who he she".split())
# Characters read back from a quotation for its owner and a name's words, and on from the noun
# cue after it for its first words.
_OWNER_CHARACTERS = 80
_QUOTED_CLAUSE_ENDS = frozenset(",.;:!?")  # marks that close a quoted clause inside its marks
_OWNER_NAME_WORDS = 4  # capitalised words read back from an owner in 's ("Mayor Lena Ostrow's")


def _owner_before(text: str, offset: int) -> tuple[int, int] | None:
    """Where the owner ending with a space right before ``offset`` is mentioned: a possessive
    pronoun (``her "lazy voters" remark``) or a name or noun in 's with the capitalised words
    before it, without its ending (``Mayor Lena Ostrow's "get out" remark``: ``Mayor Lena
    Ostrow``); None when none stands there (``the``, ``it's``)."""
    before = text[max(0, offset - _OWNER_CHARACTERS) : offset]
    words = before.split()
    if not before.endswith(" ") or not words:
        return None
    word = words[-1]
    end = offset - 1
    if not owner_word(word):
        return None
    if not word.endswith(OWNER_ENDINGS):
        return end - len(word), end  # "her", "its"
    start = end - len(word)
    if word[:1].isupper():  # "Mayor Lena Ostrow's": the name's words before it
        for earlier in reversed(words[-_OWNER_NAME_WORDS:-1]):
            if not earlier[:1].isupper() or not earlier.isalpha():
                break
            start -= len(earlier) + 1  # (single spaces: a name's words)
    # ("Ostrow's" without "'s", "the unions'" without its mark)
    return start, end - (len("'s") if word.replace("\u2019", "'").endswith("'s") else len("'"))


def possessive(word: str) -> bool:
    """Whether a word is a name or noun in 's or s' (``Hartwell's``, ``the senators'``), not a
    contraction (``it's``, ``that's``)."""
    lowered = word.lower().replace("\u2019", "'")
    return lowered.endswith("s'") or (lowered.endswith("'s") and lowered[:-2] not in CONTRACTED)


# The possessive pronouns that own a noun after them: a person's, and a body's "its".
_OWNER_PRONOUNS = PERSON_OWNERS | frozenset(("its",))


def owner_word(word: str) -> bool:
    """Whether a word owns the noun after it: a possessive pronoun or a possessive
    (``her``, ``its``, ``Ostrow's``, ``the unions'``)."""
    return word.lower() in _OWNER_PRONOUNS or possessive(word)


def _verb_after_to(following: list[str]) -> bool:
    """Whether the word after ``to`` reads as an infinitive's verb (``promise to reopen``), not
    the noun of whom it was addressed to (``warning to residents``, ``to the council``, ``to
    Ruiz``): a lower-case word of letters, no determiner, not in ``s``."""
    word = following[0] if following else ""
    return word.isalpha() and word.islower() and word not in NOUN_DETERMINERS and word[-1] != "s"


def owned_quotation(text: str, start: int, end: int, cue_start: int) -> tuple[int, int] | None:
    """Where the owner of the quotation ``text[start:end]`` is mentioned when a noun cue right
    after it names it as the owner's words (``her "lazy voters" remark``, ``Varga's "keep your
    doctor" promise``); None when no owner opens it, when the quotation closes a clause of its
    own before a verb (``the county's "gold standard," says``: a comma inside the marks) or is
    the subject of a verb in the past (``revealed``, ``told``), or when the noun reports a
    clause or an infinitive of its own, which the quotation only qualifies (``Ruiz's "final"
    warning that the bridge was unsafe``, ``the mayor's "temporary" promise to reopen the
    road``)."""
    cue_words = _noun_cue_words(text, end, cue_start)
    if (
        cue_words is None
        or text[end] != " "
        or end - start < len('"a"')
        or text[end - 1] not in CLOSING_QUOTE_MARKS
        or text[end - 2] in _QUOTED_CLAUSE_ENDS
        or _reports_its_own(cue_words)
    ):
        return None
    return _owner_before(text, start)


def _noun_cue_words(text: str, end: int, cue_start: int) -> list[str] | None:
    """The first three words from ``cue_start``, when it is right after the quotation ending at
    ``end`` and its first word may be a noun cue; None after a gap, or before a verb whose
    subject the quotation is (``says``, ``revealed``, ``told``: 'the station's "reporter"
    revealed her bias')."""
    if cue_start != end + 1:
        return None  # (read no gap: a cue may stand thousands of quotes after)
    cue_words = text[cue_start : cue_start + _OWNER_CHARACTERS].split(maxsplit=3)[:3]
    word = cue_words[0] if cue_words else ""
    if word.lower() in SAY_FORMS or word.endswith("ed") or word in IRREGULAR_PASTS:
        return None
    return cue_words


def _reports_its_own(cue_words: list[str]) -> bool:
    """Whether a noun cue, the first of ``cue_words``, reports a clause or an infinitive of its
    own (``warning that``, ``promise to reopen``), not whom it was addressed to (``warning to
    residents``)."""
    return cue_words[1:2] == ["that"] or (
        cue_words[1:2] == ["to"] and _verb_after_to(cue_words[2:])
    )


def qualifying_quotation(text: str, start: int, end: int, cue_start: int) -> bool:
    """Whether the quotation ``text[start:end]`` between an owner and a noun cue right after it
    only qualifies the noun, which reports its own clause or infinitive (``Ruiz's "final"
    warning that the bridge was unsafe``): no record of the owner's words."""
    cue_words = _noun_cue_words(text, end, cue_start)
    return (
        cue_words is not None
        and _reports_its_own(cue_words)
        and _owner_before(text, start) is not None
    )


_ROLE_WORDS = 3  # "Westvale United manager", "County fire chief": a body and a role


def role_without_name(mention_text: str, lexicon: Lexicon) -> bool:
    """Whether a mention is a capitalised body and a lower-case title, naming no holder
    (``Port chief``, ``NATO chief``, ``Westvale United manager``, ``County fire chief``)."""
    words = name_words(mention_text)
    return (
        2 <= len(words) <= _ROLE_WORDS
        and "," not in mention_text  # ("Corrigan, Santoro's attorney": a name and its role)
        and not any(word.endswith(OWNER_ENDINGS) for word in words)
        and words[0][:1].isupper()
        and words[-1].islower()
        and words[-1] in lexicon.titles
        and all(word[:1].isupper() or word in lexicon.title_qualifiers for word in words[1:-1])
    )


# What "quoting" takes up to the comma or stop that closes it ("..., RIA reported, quoting the
# regional governor."). Audit: one bounded possessive run of what is no clause punctuation,
# then a one-character lookahead; matched at one position.
_QUOTING_OBJECT = regex.compile(r"[ ]([^,.;:!?\"\u201c\u201d()\n]{1,80}+)(?=[,.;]|$)")
# The tail of a chain after whom "quoting" takes ("quoting the regional governor as saying").
# Audit: fixed words; searched in one object.
_CHAIN_TAIL = regex.compile(r"[ ]as[ ](?:saying|telling|writing)\b")
# A name set off after a quoted title ("quoting the regional governor, Andrei Volkov."): two or
# three capitalised words up to a comma or stop, maybe after an honorific ("by the victim's
# brother, Mr. Omar Reza."). Audit: a fixed comma, an optional fixed honorific, then a bounded
# repetition of possessive capitalised word runs, then a one-character lookahead.
_APPOSITIVE_NAME = regex.compile(
    r",[ ](?:(?:Mr|Mrs|Ms|Dr)\.[ ])?+\p{Lu}[\p{L}'\-]*+(?:[ ]\p{Lu}[\p{L}'\-]*+){1,2}+(?=[,.;]|$)"
)


def name_after_agent(text: str, comma: int, end: int) -> int | None:
    """Where a name set off by the comma at ``comma`` after a passive's agent ends, when it
    closes the sentence before ``end`` or opens a relative clause (``by the victim's brother,
    Omar Reza.``, ``by her deputy, Ana Ruiz, who``) or before a time or an occasion closing it
    (``by the opposition leader, Tom Hale, on Tuesday.``, ``..., in a statement.``): the
    agent's name. None when the comma ends the agent before the writer's clause (``by
    residents, Ana Ruiz defended it``, ``by residents, Ana Ruiz, the mayor, said``)."""
    name = _APPOSITIVE_NAME.match(text, comma, end)
    if name is None:
        return None
    after = name.end()
    closes = (
        after == end
        or text[after] in ".;"
        or text.startswith(", who ", after)
        or (text.startswith(", ", after) and _closing_phrase(text, after + len(","), end))
    )
    return after if closes else None


_CLOSING_TIME_LEADS = frozenset(("on", "last", "this", "early", "late"))
_CLOSING_TIME_WORDS = 2  # words of a time that closes a sentence ("on Tuesday", "last week")
# The words of such a time with its lead, then the spaces and dots to the sentence's end: a
# fourth word stops the match, so a clause is read no further than that. Audit: a bounded
# repetition of possessive runs of white space and of other characters, then a possessive run
# of a class; applied with match() at one position.
_CLOSING_TIME = regex.compile(rf"(?:\s*+\S++){{1,{_CLOSING_TIME_WORDS + 1}}}+[\s.]*+")
# Spaces and dots, all that may follow an occasion closing a sentence. Audit: a possessive run
# of a class; applied with match() at one position.
_SPACES_AND_DOTS = regex.compile(r"[ .]*+")


def _closing_phrase(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end``, a sentence's end, are a short time or an
    occasion of saying (``on Tuesday.``, ``last week``, ``in a statement.``), not a clause
    (``the mayor, said``). Only the words up to a fourth are read: the cost of a cue stays
    bounded in a long sentence."""
    occasion = TRAILING_OCCASION.match(text, start, end)
    if occasion is not None:
        rest = _SPACES_AND_DOTS.match(text, occasion.end(), end)
        return rest is not None and rest.end() == end
    closing = _CLOSING_TIME.match(text, start, end)
    if closing is None or closing.end() != end:
        return False  # (no word, or a fourth: a clause, no time)
    time = closing.group().rstrip(" .").lower().split()
    if time and time[0] in _CLOSING_TIME_LEADS:
        time = time[1:]
    return 0 < len(time) <= _CLOSING_TIME_WORDS and all(word in WHEN_CORE for word in time)


# Words after a quoted person's noun that say where they sit ("a source in the ministry", "an
# official close to the talks"), which no name holds; or whom a document is addressed to
# ("a memo to employees", "a letter to shareholders": what was written, no person).
_PLACING_WORDS = frozenset("in at of from for with on close familiar near inside to".split())


def quoted_person(text: str, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """Where the source that ``quoting`` ending at ``start`` names is mentioned, when it is
    someone who spoke: a title, a group, a body or an unnamed source (``quoting the regional
    governor``, ``quoting a source in the ministry``, with a name set off after it: ``quoting
    the regional governor, Andrei Volkov``) or a person's name, a title before it or not
    (``quoting regional governor Andrei Volkov``), or a news outlet (``quoting the Kelso
    Herald``); None for what was said or written
    (``quoting Brannock's statement``, ``quoting a reporter's tweet``, ``quoting a memo to
    employees``), whose own record it is."""
    found = _QUOTING_OBJECT.match(text, start)
    if found is None:
        return None
    end = found.end(1)
    chained = _CHAIN_TAIL.search(text, found.start(1), end)
    if chained is not None:
        end = chained.start()  # "quoting the regional governor as saying"
    core: list[str] = []
    for word in text[found.start(1) : end].split():
        if word.lower() in _PLACING_WORDS:
            break
        core.append(word)
    head = core[-1].lower() if core else ""
    names = [word for word in core if word.lower() not in lexicon.titles]
    capitalised = [word for word in names if word[:1].isupper()]
    titled = bool(capitalised) and any(
        word.lower() in lexicon.titles for word in core[: core.index(capitalised[0])]
    )
    described = (
        head in lexicon.titles
        or head in lexicon.group_nouns
        or head in read_words("role_nouns.tsv")
    )
    # "quoting the Kelso Herald": an outlet's name, whose report it relays
    outlet = bool(capitalised) and lexicon.organisation_words.get(head) == "media"
    if not (
        described
        or outlet
        or (titled and looks_like_person(capitalised, lexicon, fewest=1))
        or looks_like_person(names, lexicon)
    ):
        return None
    appositive = _APPOSITIVE_NAME.match(text, end) if described and chained is None else None
    if appositive is not None:
        end = appositive.end()  # "quoting the regional governor, Andrei Volkov"
    return found.start(1), end + (text[end : end + 1] == "." and closes_a_name(text, end))


# Places remembered by the helpers that several rules ask about one place of a text (a cue's
# end is read by the cue finder, the content rules and attribution alike): the text and an
# offset are the key, so a memo holds a document or a few, never a table, and is bounded
# (small: an article asks about a few hundred places; more would only hold memory).
PLACE_MEMO = 1 << 11


@functools.lru_cache(maxsize=PLACE_MEMO)
def past_dateline(text: str, start: int) -> int:
    """Where a paragraph's first sentence begins after a dateline with a news agency
    (``WASHINGTON (AP) —``, ``DUNMORE, Ardent Isles (Isles Broadcasting) –``) or of capitals
    alone (``PORT SELWYN —``)."""
    capitals = _CAPITALS_DATELINE.match(text, start, start + _DATELINE_REACH)
    if capitals is not None and not _opens_an_aside(text, capitals.end()):
        return int(capitals.end())
    close = text.find(")", start, start + _DATELINE_REACH)
    after = text[close + 1 : close + 4].lstrip()
    if close == -1 or "(" not in text[start:close] or not after or after[0] not in DASHES:
        return start  # (an empty string is in every string: "(AP)" ending the text)
    return text.find(after[0], close) + 1


# Words after a cue that come before the reported clause: time, manner, place, audience, and
# a source cited in passing (", citing field commanders,").
# Audit: alternatives of fixed words, each ending at a word boundary; the optional determiner
# and modifier are single words (a broadcast's and a document's modifiers two words at most,
# each a possessive run, so three tries; a set-off adverb one possessive run with fixed-width
# lookarounds; a tally's lookahead at most three possessive word runs before "that"; a
# statement's issuer at most six possessive word runs, so six tries of its closing
# lookahead), then a lookahead of one character; applied with match() at one position,
# repeated by a loop.
_INTERVENING = regex.compile(
    r"[ ,]*+(?:(?:on|last|this|next|early|late|earlier|later)[ ](?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|weekend)"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"
    r"(?:[ ](?:morning|afternoon|evening|night))?|tonight"
    # (a small "air" only: "told reporters on Air Force One" names the plane)
    r"|on[ ](?:twitter|facebook|instagram|television|tv|radio|the[ ]radio|(?-i:air)|the[ ]air)"
    # the setting of a testimony or a call: "testified on a second panel", "said on a
    # conference call", "spoke on the witness stand" (not "commented on the call for a truce",
    # "on a call by opposition leaders", "on the panel's findings", "on the stand-off")
    r"|on[ ](?:a|an|the|his|her|their|its|our)[ ](?:[\p{L}\-]++[ ])?"
    r"(?:panel|call|podcast|livestream|stand)(?![\p{L}\-'\u2019]|[ ](?:for|to|of|by)\b)"
    # a broadcast, the programme's words before it: "on his radio show", "on the Sunday
    # shows" (a plural after "the" only: "said on its website shows would go ahead" names
    # the website and reports the shows; nor with no determiner: "on social media shows")
    r"|on[ ](?:(?:the|a|an|his|her|their|its|our)[ ](?:[\p{L}\-]++[ ]){0,2}"
    r"(?:show|broadcast|newscast|podcast)|the[ ](?:[\p{L}\-]++[ ]){0,2}"
    r"(?:show|broadcast|newscast|podcast)s)"
    # a time counted back from the telling: "years later", "two days earlier", "a week ago"
    r"|(?:(?:a[ ]few|a|an|few|several|some|many|\p{N}++|one|two|three|four|five|six|seven"
    r"|eight|nine|ten)[ ])?+(?:minute|hour|day|week|month|year|decade)s?+[ ](?:later|earlier|ago)"
    r"|earlier|later|recently|also|again|previously|publicly|privately|repeatedly|reportedly"
    r"|out[ ]loud|aloud"  # a manner: "complained out loud about the noise"
    # a vote's tally before "that": "ruled 6-3 on Thursday that", "held unanimously that"
    # (not "said 10-15 protesters were held": a range the report opens with)
    r"|unanimously|\p{N}{1,2}+[\-\u2013]\p{N}{1,2}+(?=[ ](?:\p{L}++[ ]){0,3}?that\b)"
    r"|afterwards?|subsequently|beforehand|meanwhile"
    r"|separately|(?:late|early|shortly|just)(?=[ ](?:on|in|at|before|after)[ ])"
    r"|however"
    # any adverb in -ly set off by commas: "said, crucially, the deal was expected to close"
    r"|(?<=,[ ])\p{Ll}{2,}+(?<=ly)(?=,)"
    # (and a trial's speeches: "told jurors in his closing argument that"; a modifier of
    # figures too, or a date of two words: "said in a 40-page report that", "concluded in a
    # 140-page report that", "disclosed in a May 12 letter"; the writings of research and
    # comment as well: "concluded in a 2022 study that", "argued in a paper that", "wrote in
    # an editorial that")
    r"|in[ ](?:a|an|the|his|her|their|its|our)[ ](?:[\p{L}\p{N}\-]++[ ]){0,2}(?:statement|interview"
    r"|dissent|concurrence|opinion|ruling|judgment|judgement|argument|summation"
    r"|e-?mail|letter|speech|post|tweet|video|message|memo|op-ed|essay|conference|briefing"
    r"|release|filing|report|book|column|broadcast|podcast|appearance|affidavit|declaration"
    r"|deposition|court[ ]filing|lawsuit|complaint|motion|brief|note|newsletter|blog[ ]post"
    r"|study|analysis|paper|article|editorial|commentary|audit|assessment)"
    # ... and how it was put out: "said in a statement released by the hospital", "in a video
    # posted online"
    r"(?:[ ](?:released|issued|posted|published|distributed|circulated|emailed)(?:[ ]online)?+"
    r"(?:[ ]by(?:[ ](?!(?:that|who|which)\b)[\p{L}\p{N}\-'\u2019]++){1,6}(?=[,.;:]|[ ]that\b))?+)?+"
    r"|to[ ](?:reporters|journalists|the[ ]press|supporters|the[ ]crowd|lawmakers)"
    # the side a witness was called by: "testified for the prosecution on Tuesday"
    r"|for[ ]the[ ](?:prosecution|defen[cs]e|state|plaintiffs?+)(?=[ ,.;:])"
    r"|(?:citing|quoting)[ ][^,.;:\"\u201c\u201d]{1,80}+(?=,)"
    # a place before a stop: "said Tuesday in Paris, noting ...", "in Madison, Wisconsin."
    r"|(?-i:in|at)[ ](?-i:\p{Lu}[\p{Ll}\-]++)(?:[ ](?-i:\p{Lu}[\p{Ll}\-]++)){0,2}+"
    r"(?:,[ ](?-i:\p{Lu}[\p{Ll}.]++)(?:[ ](?-i:\p{Lu}[\p{Ll}.]++))?+)?+(?=[,.;])"
    # a year or a month, "may" too after "in": "in 2019", "was first reported in May by the
    # Gazette"
    rf"|in[ ](?:\p{{N}}{{4}}|{'|'.join(sorted((*MONTHS, 'may')))}))\b"
    # (not a time's owner, which opens the report: "said last week's storm cost $2 million")
    r"(?!['\u2019])",
    regex.IGNORECASE,
)


# "with", "and" or "but", an optional article and a name right before a participle: the
# subject of an absolute clause ("..., with Sen. Ida Moss saying ... and Gov. Paul Arden
# saying", "with the Kell Courier showing"). Audit: fixed words and an optional article, then
# a bounded repetition of possessive capitalised runs, anchored at the window's end.
_ABSOLUTE_SUBJECT = regex.compile(
    r"\b(?:with|and|but)(?:[ ]the)?+[ ]"
    r"(?P<name>\p{Lu}[\p{L}.'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}.'\u2019\-]*+){0,4}+)[ ]$"
)
_ABSOLUTE_REACH = 80  # characters before a participle read for the subject of its clause


def absolute_subject(text: str, floor: int, cue_start: int) -> tuple[int, int, int] | None:
    """The absolute clause whose participle cue starts at ``cue_start`` (``..., with Sen. Ida
    Moss saying``): (where its ``with``/``and`` starts, where its named subject starts and
    ends), or None when no name stands right before the cue."""
    match = _ABSOLUTE_SUBJECT.search(text, max(floor, cue_start - _ABSOLUTE_REACH), cue_start)
    if match is None:
        return None
    return int(match.start()), int(match.start("name")), int(match.end("name"))


@functools.lru_cache(maxsize=PLACE_MEMO)
def skip_intervening(text: str, position: int) -> int:
    """Past times, venues and manners after a cue: ``on Tuesday``, ``in a statement``."""
    for _ in range(4):
        match = _INTERVENING.match(text, position)
        if match is None:
            break
        position = match.end()
    return position


def agent_start(text: str, cue_end: int) -> int | None:
    """Where the agent of a passive cue starts, after ``by`` and the times and venues
    before it (``endorsed on Friday by the council``); None when no ``by`` follows."""
    after = skip_intervening(text, cue_end)
    return after + 4 if text[after : after + 4].lower() == " by " else None


# Nouns of a point in time that "by" sets as a deadline ("reported by the end of the day").
_DEADLINE_NOUNS = WHEN_CORE | frozenset("end time middle start beginning close".split())
# Determiners that open an agent ("by a neighbour", "by several residents").
_AGENT_DETERMINERS = frozenset("the a an his her its their one two several some many local".split())
_AGENT_REACH = 40  # characters after "by" read for the agent's first two words
# Nouns of a yardstick after "by", which judges and names no doer ("by local standards", "by
# the standards of the day", "by European standards", "by any measure").
_YARDSTICK_NOUNS = frozenset("standard standards measure measures yardstick".split())


def _yardstick(after_by: str) -> bool:
    """Whether the first words after ``by`` measure by a yardstick, which closes their phrase
    or an ``of`` follows (``by local standards.``, ``by the standards of the day``); not a
    body named after one (``by the standards committee``, ``by Standards Minister Ruiz``)."""
    words = after_by.split(maxsplit=3)
    for index, word in enumerate(words[:2]):
        if word.rstrip(".,;:") in _YARDSTICK_NOUNS:
            following = words[index + 1 : index + 2]
            return word[-1] in ".,;:" or following in ([], ["of"])
    return False


def names_an_agent(text: str, agent: int) -> bool:
    """Whether the words at ``agent``, after a passive's ``by``, name a doer (``by the
    Gazette``, ``by a neighbour``, ``by residents``), not a time, a means or a manner (``by 6
    a.m.``, ``by the end of the day``, ``by Monday``, ``by phone``, ``by mistake``), nor a
    yardstick (``by local standards``)."""
    after_by = text[agent : agent + _AGENT_REACH]
    # (a word's closing punctuation and an owner's "'s" are no part of it: "by residents.",
    # "by the victim's brother")
    words = [
        word.rstrip(".,;:").removesuffix("'s").removesuffix("\u2019s")
        for word in after_by.lower().split(maxsplit=2)
    ]
    if not words or words[0] in WHEN_CORE or _yardstick(after_by):
        return False
    if text[agent].isupper():
        return True
    if words[0] in _AGENT_DETERMINERS:
        return len(words) > 1 and words[1].isalpha() and words[1] not in _DEADLINE_NOUNS
    return words[0].isalpha() and words[0].endswith("s")  # "by residents", not "by phone"


_SUBJECT_HEAD_CHARACTERS = 40  # the start of a sentence read for the head of its subject
# A word of letters and hyphens. Audit: one possessive run of one class.
_LETTER_WORD = regex.compile(r"[\p{L}\-]++")


def document_head(text: str, start: int, cue_start: int) -> int | None:
    """Where the document noun heading a sentence's subject ends (``A Gazette review of the
    contracts signed since 2019 shows``: after ``review``), read in the first words from
    ``start``; None when none opens it. A long subject keeps its head far from its cue."""
    nouns = read_words("document_nouns.tsv")
    for word in _LETTER_WORD.finditer(
        text, start, min(cue_start, start + _SUBJECT_HEAD_CHARACTERS)
    ):
        if word.group().lower() in nouns:
            return int(word.end())
    return None


def find_mentions(
    text: str, paragraphs: tuple[Paragraph, ...], lexicon: Lexicon
) -> tuple[EntityMention, ...]:
    """Every capitalised name and every pronoun of ``text``, in order.

    ``paragraphs`` are those of ``split_paragraphs``: only white space, with a line break, lies
    between them, where no name or pronoun matches and no name runs on, so each pattern runs
    once from the first paragraph to the last rather than once per paragraph.
    """
    if not paragraphs:
        return ()
    lower, upper = paragraphs[0].start, paragraphs[-1].end
    paragraph_starts = {paragraph.start for paragraph in paragraphs}
    group_nouns = lexicon.group_nouns
    mentions = []
    known = lexicon_memo(lexicon, "runs")  # read directly: every run of the text is looked up
    for run in _NAME_RUN.finditer(text, lower, upper):
        written = run.group()
        names = known.get(written)
        if names is None:
            names = known[written] = _names_in_run(written, lexicon)
        if not names:
            continue  # "The", "But": a capitalised word that names nobody
        run_start = run.start()
        for first, last, label in names:
            start, end = run_start + first, run_start + last
            if start in paragraph_starts and _is_dateline(text, start, end):
                continue
            following = text[end : end + 20].split(maxsplit=1)
            # "the Isles Broadcasting network", "the Harlow City council"; but a person's name
            # owns the body after it ("Loretta Vance's campaign" names Loretta Vance, who may
            # be called "Vance" later)
            organisation = (
                following
                and group_nouns.get(following[0]) is SpeakerKind.ORGANISATION
                and not (label == "PERSON" and possessive(text[start:end]))
            )
            mentions.append(EntityMention(start, end, "ORG" if organisation else label))
    named = len(mentions)
    size = len(text)
    for match in _PRONOUN.finditer(text, lower, upper):
        start, end = match.span()
        if (start and not text[start - 1].isascii() and _WORD_CHARACTER.match(text, start - 1)) or (
            end < size and not text[end].isascii() and _WORD_CHARACTER.match(text, end)
        ):
            continue  # a letter outside ASCII next to it: part of a longer word
        mentions.append(EntityMention(start, end, "PRONOUN"))
    if len(mentions) > named:  # the names and the pronouns are each in order already
        mentions.sort(key=operator.attrgetter("start"))  # a name before a pronoun at one place
    return tuple(mentions)


def honorific_gender(text: str, lexicon: Lexicon) -> str | None:
    """``m`` or ``f`` from an honorific or a rank opening the mention or a part of it set off
    by commas (``Mrs. Roe``, ``The Speaker, Sir Bartholomew Quayle``), or from a reflexive
    after the name (``Ferrer herself``), else None."""
    parts = text.split(",")
    reflexive = parts[0].split()[-1:]
    if reflexive and reflexive[0].lower() in _REFLEXIVE_GENDERS:
        return _REFLEXIVE_GENDERS[reflexive[0].lower()]
    for part in parts:
        words = part.split()
        first = words[0].lower() if words else ""
        if "'s" in part or "\u2019s" in part:
            # "Tom Reyes, Mrs. Brandt's nephew", "Mrs Vane's son, Kit Cole": someone else's
            continue
        gender = lexicon.honorifics.get(first) or _GENDERED_RANKS.get(first)
        if gender in ("m", "f") and len(words) > 1:  # "Baldwin, Miss.": a state, no honorific
            return gender
    return None
