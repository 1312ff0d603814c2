"""Stage 2: the spans of quotations, direct and reported, each with its cue.

Direct quotes are found paragraph by paragraph from the quote marks, with every typographic
style; a paragraph that leaves a quote open and a next paragraph that reopens it make one
quotation (news style). Marks that do not pair up are dropped at the paragraph's end, so one
stray mark never spoils the rest of the document.

A quoted stretch is a quotation when a cue speaks for it (``said`` next to it, a colon after a
cue) or when it reads as a statement (it starts a sentence, or holds six words or more);
otherwise it is a scare quote, a title or a nickname (``the so-called "reforms"``) and is left
out. Reported speech is found from the cues of ``data/cues.tsv``: the clause a cue governs
(``X said that CLAUSE``, ``CLAUSE, X said``, ``according to X, CLAUSE``) is the content.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType

import attrs
import regex

from quotekit._document import Candidate, Context, Document, Paragraph, Sentence
from quotekit._lexicon import Lexicon, read_table, read_words
from quotekit._patterns import trie_pattern
from quotekit._types import SAYING_CLASSES, CueClass, QuoteKind, SpeakerKind
from quotekit.mentions import (
    ADVERBIAL_STARTS,
    ARTICLES,
    ASK_FORMS,
    ASKED_OPENERS,
    BE_FORMS,
    CLOSING_QUOTE_MARKS,
    COUNT_WORDS,
    DURATION_UNITS,
    FINITE_VERBS,
    GERUND_PREPOSITIONS,
    HEARINGS,
    INTERVIEW_ANSWER,
    INTERVIEW_QUESTION,
    IRREGULAR_PASTS,
    MODALS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAMED_CALL,
    NOUN_DETERMINERS,
    OBJECT_ONLY_PRONOUNS,
    OCCASION_OPENER,
    OPINION_CUES,
    OWNER_ENDINGS,
    PARTICLES,
    PERFECT_AUXILIARIES,
    PERSON_OWNERS,
    PERSONAL_PRONOUNS,
    PLACE_MEMO,
    PLACE_PREPOSITIONS,
    POLL_OPENING,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS_IN_ING,
    PRONOUNS,
    QUESTION_WORDS,
    REFLEXIVES,
    RELATIVE_PRONOUNS,
    SAY_FORMS,
    SHOW_TITLE,
    SOURCE_FIRST_CUES,
    SPEECH_OCCASIONS,
    SUBORDINATORS,
    TELL_FORMS,
    TIME_ADVERBS,
    TIME_LINKS,
    TRAILING_OCCASION,
    VIEWPOINT_OPENING,
    WEEKDAYS,
    WH_RELATIVES,
    WHEN_CORE,
    WHEN_WORDS,
    absolute_subject,
    agent_start,
    be_before,
    before_gerund,
    closes_a_name,
    described_before_name,
    document_head,
    finite_auxiliary,
    holds_relative_verb,
    impersonal_adjectives,
    is_party_tag,
    looks_like_person,
    makes_no,
    names_an_agent,
    notice_labels,
    owned_quotation,
    past_dateline,
    possessive,
    qualifying_quotation,
    quoted_person,
    role_then_name,
    role_without_name,
    says_when,
    skip_intervening,
    time_tail_start,
    verb_like,
    viewpoint_opening,
    viewpoint_owner,
    whether_question,
    word_ending_at,
)
from quotekit.mentions import non_person_words as _non_person_words

__all__ = ["CueMatch", "QuotedStretch", "find_cues", "find_quoted", "find_spans"]

# Double marks by role. „ opens and is closed by “ or ” (German and Eastern European style).
_DOUBLE_OPEN = frozenset("\u201c\u201e\u201f\u00ab\u2039\u300c\u300e")
_DOUBLE_CLOSE = frozenset("\u201d\u00bb\u203a\u300d\u300f")
_STRAIGHT = '"'
_SINGLE_OPEN = "\u2018"
_SINGLE_CLOSE = "\u2019"
_APOSTROPHE = "'"
_OPENERS = '"\u201c\u2018\u00ab\u201e'  # marks that may open the quotation before a cue
_OPENING_CONTEXT = frozenset("([{\u2014\u2013-/:")
_CLOSING_CONTEXT = frozenset(".,;:!?)]}\u2014\u2013-\u2026")
_ALL_MARKS = "".join(sorted(_DOUBLE_OPEN | _DOUBLE_CLOSE)) + "\"\u2018\u2019'"
# One quote mark. Audit: a single character class, no repetition.
# Two apostrophes stand for a straight double mark in some archives (''We won,'' he said).
_DOUBLED_APOSTROPHE = "''"
# The styles of double marks, each mark mapped to its style's opener: a mark of another style
# inside an open quote opens a nested quote ('«The so-called "peace plan" is a trap.»'); a
# straight mark and a curly one still pair as mixed real text has them, when in a closer's place.
_FAMILY = MappingProxyType(
    {
        **dict.fromkeys("\u201c\u201d\u201e\u201f", "\u201c"),
        **dict.fromkeys("\u00ab\u00bb", "\u00ab"),
        **dict.fromkeys("\u2039\u203a", "\u2039"),
        **dict.fromkeys("\u300c\u300d", "\u300c"),
        **dict.fromkeys("\u300e\u300f", "\u300e"),
        _STRAIGHT: _STRAIGHT,
        "''": _STRAIGHT,
    }
)
# One quote mark, or a doubled apostrophe. Audit: a literal, then a single character class.
_MARK = re.compile("''|[" + re.escape(_ALL_MARKS) + "]")  # re: faster on explicit classes
# A double quote mark of any style, or two apostrophes standing for one. Audit: fixed
# alternatives, one character class; no repetition.
_DOUBLE_MARK = re.compile("''|[\"" + re.escape("".join(sorted(_DOUBLE_OPEN | _DOUBLE_CLOSE))) + "]")
# What a word (_WORD) is made of.
_WORD_CHARACTERS = r"\p{L}\p{M}\p{N}'\u2019\-"
# A word, for counting and cue lookup. Audit: one possessive run of a class.
_WORD = regex.compile(rf"[{_WORD_CHARACTERS}]++")

_MIN_STATEMENT_WORDS = 6  # a quoted stretch this long reads as a statement without a cue
_FORWARD_MIN_WORDS = 3  # a reported clause shorter than this is not content
_SOURCE_MAX_WORDS = 12  # "CONTENT, X said": X is at most this long
_NAME_WORDS = 5  # the longest name read before an appositive: "Mary Ann de la Cruz"
_POST_WORDS = 5  # the longest post before a name: "the company's chief financial officer"
_APPOSITIVE_SOURCE_WORDS = 24  # the same with appositives closed by a comma: "X, the ..., said"
_ABBREVIATION_LENGTH = 5  # a dotted word this short is an abbreviation ("R-Ky.", "Jr.")
_CHARACTERS_PER_WORD = 12  # a window of text read for so many words
_ADVERBIAL_WORDS = 8  # an opening adverbial is at most this long
_GAP_CHARACTERS = 200  # a cue this far before a quote does not introduce it
_CLAUSE_CHARACTERS = 1500  # the longest reported clause read on either side of a cue (PolNeAR:
# 99.9% of the non-direct contents are shorter than 610 characters)
_CUES_WEIGHED = 12  # later or neighbouring cues of a sentence a cue is weighed against
_LOOK_BACK = 80  # characters read back from a later cue for the clause it opens
_RECIPIENT_WORDS = 4  # "told The Daily Post": the longest recipient skipped
_SUBHEADING_WORDS = 5  # a quote this short alone on its line in single marks is a section head
_SUBHEADING_DASHES = " -\u2013\u2014"  # around a section head, with spaces ("- 'Who cares?' -")
_HEADLINE_CHARACTERS = 150  # a paragraph this short without a full stop reads as a headline
_DOCUMENT_SUBJECT_WORDS = 10  # "Surveys of voters taken as they arrived showed": a long subject
# Prepositions that open the writer's phrase after an interrupting cue, no part of a statement.
_OCCASION_PREPOSITIONS = frozenset("in amid during following".split())
_INTERRUPTING_SOURCE_WORDS = 4  # "The rules, the lawyers said, ...": the source set off
_AFFILIATION_WORDS = 3  # "said Syracuse University economist X": capitalised words before a role
_PARENTHETICAL_TAIL = 8  # "..., said X, a spokesman, CONTENT": words from cue to the comma
_SOURCE_BEFORE_VERB_WORDS = 14  # "according to an interview with the Ledger at the time, was"


def _that_time(text: str, offset: int) -> bool:
    """Whether the ``that`` right after ``offset`` is a time's determiner (``received 40
    complaints that week``, ``the university's admission that year``), no clause's."""
    words = text[offset : offset + _CHARACTERS_PER_WORD * 2].split()[:2]
    return len(words) == 2 and words[0] == "that" and words[1].strip(".,;:!?") in _TIME_AFTER_THAT


# A noun cue's agent after "by" and the "that" opening its clause ("suggestions by the news
# media that the president ..."): a few words, none a verb or a subject pronoun (not "criticism
# by a group that represents nurses", a relative). Audit: a fixed word, then a lazy repetition
# of at most six possessive runs of word characters, each with its space, then a fixed word;
# one position.
_AGENT_THEN_THAT = re.compile(r"[ ]by[ ](?P<agent>(?:[\w'\u2019.\-]++[ ]){1,6}?)that[ ]")


_DETERMINERS_IN_S = frozenset(("this", "his", "its"))  # no verbs, though they end in -s


def _agent_then_that(text: str, offset: int) -> bool:
    """Whether ``by``, a short agent and ``that`` opening its clause follow a noun cue at
    ``offset`` (``the suggestion by a rival that the port be sold``), not a relative on the
    agent (``criticism by a group that represents nurses``)."""
    agent = _AGENT_THEN_THAT.match(text, offset)
    if agent is None:
        return False
    words = agent.group("agent").lower().split()
    following = _next_word(text, agent.end() - 1)
    if (
        not _FINITE_VERBS.isdisjoint(words)
        or not _SUBJECT_PRONOUNS.isdisjoint(words)
        or following in _FINITE_VERBS
        # ("an estimate by the committee projected that": the noun's own verb, a past)
        or any(word.islower() and word.endswith("ed") for word in agent.group("agent").split())
    ):
        return False
    if following.endswith("s") and following not in _DETERMINERS_IN_S:
        # a verb in -s opens a relative ("that represents"); a plural subject takes a verb
        # of its own ("that officials were")
        return _next_word(text, agent.end() + len(following)) in _FINITE_VERBS
    return True


# A copula and "that" after a noun cue, opening the clause the noun reports as its predicate
# ("Her response was that the port ...", "The idea is that ..."). Audit: fixed alternatives of
# fixed words; one position.
_PREDICATE_THAT = regex.compile(
    r"[ ](?:is|was|has[ ]been|had[ ]been|remains|remained)[ ](?:simply[ ])?that[ ](?!of[ ])"
)


def _clause_follows(text: str, offset: int) -> bool:
    """Whether ``that`` or a colon opens a clause after a cue, past its times and venues
    (``found in 2014 that``, ``maintained on Tuesday:``) or asides set off by commas or
    spaced dashes."""
    position = skip_intervening(text, offset)
    return (
        text[position : position + 8].lstrip(" ,").lower().startswith(("that ", ":"))
        # "continues to insist, most recently in an interview, that ..."
        or _ASIDE_THEN_THAT.match(text, offset) is not None
    )


# A preposition tying a cue to what it is about ("asked about the plan", "argued for a
# recount"): part of the cue, not of what was said; "about" or "over" before a number is an
# estimate ("say about 3,000 people left"). Audit: fixed words, a lookahead of one character
# after possessive spaces; one position.
_TOPIC_PREPOSITION = regex.compile(
    r"[ ]*+(?:about|for|of|on|over|against)\b(?![ ]++[\p{N}$\u00a3\u20ac])", regex.IGNORECASE
)
# A lower-case word in -ly right after a cue, the manner before its topic's preposition
# ("complained bitterly about", "has written extensively on"; PolNeAR train: the annotated
# content starts after the preposition 28 times, never at the adverb). Audit: possessive
# spaces, one possessive run of lower-case letters and a fixed-width lookbehind, then a
# lookahead of one character; one position.
_MANNER_BEFORE_TOPIC = regex.compile(r"[ ]*+(?P<manner>\p{Ll}++)(?<=ly)(?=[ ])")
# Words in -ly that say when or how far, not how ("early on", "only for"), so no manner.
_NO_MANNER = frozenset(("early", "only"))
# "it", "this" or "the same thing" as a cue's object, maybe with an adverb of repetition, order
# or manner, pointing ahead to a colon ("said it again:", "said it first:", "put it bluntly:",
# "will say this:", "told the board the same thing:", "said one thing:"). Audit: possessive
# spaces, fixed words, then an optional fixed word or one possessive run of lower-case letters
# ending in "ly" (a fixed-width lookbehind), and a lookahead of one character; matched at one
# position.
_IT_AHEAD = regex.compile(
    r"[ ]*+(?:it|this|the[ ]same[ ]thing|one[ ]thing|the[ ]following)"
    r"(?:[ ](?:again|first|\p{Ll}++(?<=ly)))?+(?=[ ,:])"
)
# "for" after an ask verb, before a number too: what was asked for ("asked for 20 years", a
# sentence). Audit: possessive spaces and a fixed word; one position.
_REQUEST_FOR = regex.compile(r"[ ]*+for\b", regex.IGNORECASE)
# Cue heads whose "to" ties them to what they answer, like "about" ("did not respond to
# Okafor's letter": the letter; PolNeAR train starts the content after the "to" 27 times,
# at it 5 times).
_ANSWER_HEADS = ("respond", "repl")
# Cue heads that, negated, say an answer did not come ("did not respond when asked", "did not
# comment when asked about the poll", "did not answer when asked", "would not say whether she
# would run when asked", "did not deny the report when asked about it", "did not explain the
# delay when asked").
_UNANSWERED_HEADS = (*_ANSWER_HEADS, "answer", "comment", "say", "said", "deny", "deni", "explain")
# A verb and "that" after the "to" of such a cue ("responded to say that"). Audit: possessive
# spaces, one possessive run of letters and a fixed word; one position.
_CUE_THEN_THAT = regex.compile(r"[ ]*+(?P<verb>\p{L}++)[ ]that\b")
# "to" after such a cue, maybe after an adverb ("responded quickly to the criticism"). Audit:
# possessive spaces, an optional possessive run of letters ending in "ly" and a fixed word;
# one position.
_ANSWERED_TO = regex.compile(r"[ ]*+(?:\p{Ll}++(?<=ly)[ ])?+to\b", regex.IGNORECASE)
# The particle of a cue that sends or says aloud ("tweeted out a photo", "shouted out an
# insult": the photo, the insult; PolNeAR train starts the content after the "out" 5 times, at
# it never), not "out of" nor "out-of-pocket" ("out loud" is a manner skipped before it).
# Audit: possessive spaces, a fixed word and lookaheads of fixed characters and words; one
# position.
_PARTICLE_OUT = regex.compile(r"[ ]*+out(?=[ ])(?![ ]of\b)", regex.IGNORECASE)
# Cue classes whose object may be one word ("rejected it", "denied the report"); a belief
# ("think so") or a piece of writing ("wrote to investors") needs a clause.
_SHORT_OBJECT_CLASSES = frozenset((CueClass.SPEECH, CueClass.DOCUMENT))
_TELL_VERBS = frozenset(
    "told tell tells telling informed inform informs assured assure assures warned warn warns "
    "reminded remind reminds".split()
)
_OBJECT_PRONOUNS = OBJECT_ONLY_PRONOUNS | {"her"}
# Whom an ask verb takes, no question of its own ("nobody asked us", "she asked herself").
_ASKED_WHOM = _OBJECT_PRONOUNS | REFLEXIVES
# Indefinite objects that say a cue reported, not what ("said nothing", "says something").
_INDEFINITE_OBJECTS = frozenset("nothing something anything everything".split())
_INDEFINITE_REACH = 40  # characters of such an object and its adverbs
# Verbs that ask someone a question (the words that open the question after the person asked
# and the forms of "ask" are in mentions.py).
_ASK_VERBS = frozenset("asked ask asks asking pressed questioned".split())
# Forms of "question", which take the person questioned ("questioning Elliot Ransome for six
# hours": an interrogation, no report) as well as what is doubted ("questioned Mr. Hale's
# veracity", which PolNeAR train marks), and the words after the person that open the
# question's topic ("questioned Voss about that position", marked too). Source: court and
# crime news usage, found by a tester's invented police story.
_QUESTIONING_FORMS = frozenset("question questions questioned questioning".split())
_TOPIC_OPENERS = frozenset(("on", "over"))
# The words that go on after the person questioned without opening a question: how, where and
# when ("questioned Moretti at length about", "questioned her for six hours", "questioned Marsh
# under oath", "and released him"); a noun there is what is doubted ("questioned Kremlin
# claims", "questioned Pentagon estimates of the war's cost").
_INTERROGATION_LEADS = frozenset(
    "in on at from with through under during over since until for and again before after".split()
)
_QUESTIONED_REACH = 100  # characters after such a cue read for the person and the words after
_QUESTIONED_WORDS = 12  # words read there: a titled name, then how it was questioned
_QUESTION_OPENER_WORDS = 6  # words after the person within which the topic opens ("at length")
# A word of a run with no space inside. Audit: one possessive run of one class.
_UNSPACED = regex.compile(r"\S++")
# The words that open the subject of a question after "who" ("who they think will win", "who
# the party should pick"), not the verb of a relative clause ("who arrested him").
_QUESTION_SUBJECTS = PERSONAL_PRONOUNS | NOUN_DETERMINERS | frozenset(("you", "it"))
_ASKED_REACH = 160  # characters read for whom a question was asked and where: six words, a show
# A few words naming whom a question was asked and where, then a word that opens the question
# or its topic ("asked Ms. Farrant whether", "asked the witness if", 'asked on "Face the Nation"
# whether', "Asked on the call about the dividend"); not "to" ("asked the board to explain
# why": the infinitive's clause), nor the question itself ("ask a question about immigration
# when": a time; "asked specifically what about the plan is wrong": its question word), nor a
# request ("asked for sandbags when"); "about" before a number is "roughly", no topic ("asked a
# crowd of about 500 people whether", "Asked at about 3 p.m. whether"). "what" and "which"
# open the question too ("asked the mayor which bridge would close", PolNeAR train: the
# content starts there 7 times, at whom once), and so does "who" before the question's subject
# ("asked the candidates who they would pick"; not a relative before its verb: "asked the
# officer who arrested him whether"). Audit: a lazy repetition of at most six possessive word
# runs (six tries), each a word with no clause punctuation or a show's title after "on"; fixed
# alternations, lookaheads of fixed words and one character.
_ASKED_THEN_QUESTION = regex.compile(
    rf"(?:[ ]++(?:(?<=\bon[ ]){SHOW_TITLE}[\"\u201d]"
    r"|(?!to\b|about\b(?![ ]\d)|for\b|questions?\b|what\b)[^\s,;:!?\"\u201c\u201d]++)){1,6}?"
    r"(?=[ ](?:whether|if|why|how|when|where|what|which|about(?![ ]\d))\b"
    rf"|[ ]who[ ](?:\p{{Lu}}|(?:{'|'.join(sorted(_QUESTION_SUBJECTS))})\b))"
)
# "that" within the first eight words after a cue (thirteen after a tell-verb, whose
# recipient may be long: "told volunteers after her victory in the Marlow County runoff
# that"), with no comma, sentence end or quote mark before it ("told reporters on Monday
# that", "said at a 2 p.m. briefing that"), nor, after a tell-verb, a spaced dash ("told the
# story of pickers - an issue that Ruiz had raised": a relative "that"). Audit: a bounded
# repetition of a fixed clock word or a possessive word run, then a possessive run of
# separators (the first takes the space after the cue); "that" ends it. A place and its region
# are one word ("told a rally in Eastport, New Mexico on Tuesday that"), the region also a
# state's abbreviation before its comma ("told reporters in Concord, N.H., that": a capital,
# at most four small letters, a dot and an optional capital and dot). In a recipient a figure
# with its separators is one word too ("told about 3,000 supporters that": digits, then
# possessive runs each of a separator and digits; not after other cues, where a figure's
# "that" is often relative: "show the $318,450 that Ruiz has raised"). A show's title in
# quote marks after a possessive, "on" or "to" is one word ("told ABC's "Good Morning America"
# that"; not 'shouted "Go Home" at protesters that'), then the closing mark.
_CAPITALISED_WORD = r"(?-i:[A-Z])[^\s,.;!?\"\u201c]*+"
# (at most _VENUE_NAME_WORDS words after the first, so a Title Case run is not read to its end
# from every cue in it)
_VENUE_NAME_WORDS = 8
_NAME_OF_WORDS = (
    rf"{_CAPITALISED_WORD}(?:[ ](?:(?-i:and|of|for)[ ])?+{_CAPITALISED_WORD})"
    rf"{{1,{_VENUE_NAME_WORDS}}}+"
)
_STATE_ABBREVIATION = r"(?-i:[A-Z][a-z]{0,4}+\.(?:[A-Z]\.)?+)(?=,)"
_REGION = rf"(?:{_STATE_ABBREVIATION}|{_CAPITALISED_WORD}(?:[ ]{_CAPITALISED_WORD})?+)"
_PLACE_AND_REGION = rf"{_CAPITALISED_WORD},[ ]{_REGION},?+"
# A place and its region right after a cue. Audit: as above, after one fixed space.
_PLACE_FIRST = re.compile(rf"[ ]{_PLACE_AND_REGION}")
# A month shortened before its day is one word too ("said at the Feb. 3 meeting that", "told
# reporters on Sept. 12 that"): its dot ends no sentence. Audit: fixed words, a fixed dot
# and a fixed lookahead.
_SHORT_MONTH = (
    rf"(?-i:{'|'.join(sorted(month.capitalize() for month in MONTH_ABBREVIATIONS))})\.(?=[ ]\d)"
)
_THAT_WORDS = (
    rf"[ap]\.m\.|{_SHORT_MONTH}|(?:(?<=\bon[ ])|(?<=\bto[ ])|(?<='s[ ])|(?<=\u2019s[ ]))"
    rf"{SHOW_TITLE}[\"\u201d]|{_PLACE_AND_REGION}"
)
_WORD_RUN = r"[^\s,.;!?\"\u201c]*+"
_FIGURE = r"[$\u00a3\u20ac]?+\d++(?:[,.]\d++)++"


def _that_within(words: str, count: int) -> re.Pattern[str]:
    """The pattern of a ``that`` after at most ``count`` words, each a match of ``words`` (a
    group of alternatives, see _THAT_WORDS) and its spaces: written once for the readers
    of a cue's ``that`` below, which differ in what one word may be and in their reach.
    Audit: a lazy repetition of at most ``count`` words, each followed by a possessive run
    of spaces, then a fixed word and fixed look-arounds; see each caller's note."""
    return re.compile(
        rf"(?:{words}[^\S\n]++){{0,{count}}}?(?<![\w'])that\b(?!['\u2019])", re.IGNORECASE
    )


# Audit: as in the comment before _CAPITALISED_WORD.
_THAT_SOON = _that_within(rf"(?:{_THAT_WORDS}|{_WORD_RUN})", 7)
# The same past a venue, where a name of several capitalised words, maybe joined by "and",
# "of" or "for", is one word ("said in a filing with the Securities and Exchange Commission on
# Thursday that"; not "responded to attacks from Senator Ada Renn and her allies that", where
# the "that" is the attacks'). Audit: as above; a name is a capitalised word, then a bounded
# possessive repetition (at most _VENUE_NAME_WORDS) of a space, an optional fixed joiner and a
# capitalised word, and each word is an atomic group, so a name once read is not tried again
# word by word.
_THAT_PAST_VENUE = _that_within(rf"(?>{_THAT_WORDS}|{_NAME_OF_WORDS}|{_WORD_RUN})", 7)
# Audit: as above.
_THAT_AFTER_RECIPIENT = _that_within(rf"(?:{_THAT_WORDS}|{_FIGURE}|{_WORD_RUN})", 14)
# A spaced dash among the words before a tell-verb's "that". Audit: fixed characters.
_DASH_IN_RECIPIENT = re.compile(r"\s[\-\u2013\u2014]{1,2}+\s")


# Words after which "that" is a conjunction of their own ("so that", "now that"), or, before
# it, a determiner ("that day").
_BEFORE_A_CONJUNCTION_THAT = frozenset("or so now such given except provided".split())
_TIME_AFTER_THAT = frozenset("day week month year night morning afternoon evening time".split())
# One word and a stop after "that", or a comma and a participle of saying: a noun the
# determiner "that" goes with ("rejected that claim.", "echoed that call, saying", "pointed out
# that record, Varga laughed"; not "that states, led by Ohio, will", "that everyone,
# including the minister, would"); also a noun and the "as" of a quoted characterisation
# that ends the clause, in double or single marks ("dismissed that demand as "a delaying
# tactic"", "as 'a delaying tactic'"; not "said that people as young as 12", nor "said that
# teachers as "key workers" would be", a clause's subject). Audit: possessive runs between
# fixed characters and fixed words, the quoted ones bounded; one position.
_NOUN_AFTER_THAT = regex.compile(
    r"[ ]\p{Ll}[\p{Ll}\-]*+(?:[.;:!?]|,[ ](?:saying|adding|noting|arguing|calling|warning"
    r"|insisting|telling|claiming)\b|,[ ]\p{Lu}|[ ]as[ ](?:[\"\u201c][^\"\u201d\n]{1,120}+"
    r"[\"\u201d]|['\u2018][^'\u2019\n]{1,120}+['\u2019])(?![ ]\p{Ll}))"
)
# "that" right after the words skipped past a cue ("says, however, that"). Audit: a possessive
# run of separators, then a fixed word; one position.
_THAT_AFTER_ASIDE = re.compile(r"[ ,]*+that\b(?!['\u2019])", re.IGNORECASE)
# An aside: a bounded possessive run of characters that end no clause.
_ASIDE = r"[ ][^,.;:!?\n\"\u201c]{1,80}+"
_DASHED_ASIDE_CHARACTERS = 120  # the longest aside between dashes read before a "that"
# A spaced dash or a spaced hyphen, which copy set on typewriter keys uses for a dash ("drew a
# crowd of 4,000 - more than the hall could hold"); see _CLAUSE_DASH_MARK.
_SPACED_DASH_OR_HYPHEN = r"[ ](?:\u2014|\u2013|\u2015|--?)[ ]"
# Asides set off by commas right after a cue, then "that" ("said, in a statement released
# Friday, that", "said, citing field commanders, that"), or one set off by spaced dashes, maybe
# after an adverb of manner ("said -- on the radio, as it happens -- that", "argued
# emphatically - rebuking the council by name - that"). Audit: at most three asides, each
# closed by a comma, the first opened by one; or an optional word run ending in "ly", a spaced
# dash, a lazy run of at most _DASHED_ASIDE_CHARACTERS characters with no line break, quote
# mark or long dash, the same dash again and a fixed word (that many tries); one position.
_ASIDE_THEN_THAT = re.compile(
    rf"(?:,(?:{_ASIDE},){{1,3}}+[ ]"
    rf"|(?:[ ]\w+ly)?(?P<dash>{_SPACED_DASH_OR_HYPHEN})"
    rf"[^\n\"\u201c\u2014\u2013\u2015]{{1,{_DASHED_ASIDE_CHARACTERS}}}?(?P=dash))"
    r"that\b(?!['\u2019])"
)
# The same where a first aside opened by a preposition needs no comma of its own ("told
# reporters in the capital, Kasvar, citing field commanders, that", "said on Radio
# Harbour, where she is a regular guest, that"). Audit: a fixed preposition, then at most
# three asides each closed by a comma; one position.
_WORDS_THEN_THAT = re.compile(
    r"[ ](?:on|at|in|during|to|with|from|after|before|for|while)[ ][^,.;:!?\n\"\u201c]{1,80}+,"
    rf"(?:{_ASIDE},){{0,2}}+[ ]that\b(?!['\u2019])",
    re.IGNORECASE,
)
# Words that point ahead to what a colon opens ("must meet the following terms:", "as follows:").
# Audit: fixed words between word boundaries; searched in the bounded stretch to the colon.
_POINTING_AHEAD = re.compile(r"\b(?:following|follows)\b", re.IGNORECASE)
# Whom a tell-verb tells, named again in asides set off by commas, then "that" ("told the
# ambassador, Henrik Lundal, that"). Audit: a bounded possessive run that ends no clause, then
# at most two asides each closed by a comma; one position.
_RECIPIENT_THEN_THAT = re.compile(
    rf"[ ][^,.;:!?\n\"\u201c]{{1,60}}+,(?:{_ASIDE},){{1,2}}+[ ]that\b(?!['\u2019])"
)
# A time or an occasion after a cue, then a clause opened by a subject pronoun (or "there")
# and a form of "be" (also "had been") or a modal, with no "that" ("told reporters after the
# meeting she was", "said during the visit they would", "said after Monday's meeting he had
# been", "said after the inspection there was"): when and where it was said (not "at a news
# conference he held" nor "at a briefing he had called": the occasion's relative clause).
# Audit: fixed words or a weekday's possessive, then at most three possessive runs of small
# letters, none of them a pronoun, and a lookahead of fixed words; one position.
_OCCASION_THEN_SUBJECT = regex.compile(
    r"[ ](?:after|before|during|following|at)[ ](?:the|a|an|his|her|their|its|this|last"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['\u2019]s)"
    r"(?P<words>(?:[ ](?!(?:he|she|they|we|it|there)\b)[\p{Ll}\-]++){1,3}+)"
    r"(?=[ ](?:he|she|they|we|it|I|there)[ ](?P<verb>is|was|were|are|am|(?:has|had|have)[ ]been"
    r"|will|would|can|could|should|may|might|must)\b)"
)
# A place after whom a tell-verb told, then the clause told, with no "that" or with one:
# "told reporters on Air Force One the talks were going well", "told residents of Paradise,
# Calif., she would rebuild", "told reporters in St. Louis that the plan was dead". Audit:
# fixed words, at most three lazy possessive capitalised words (a dot allowed: "St."), one
# more and an optional region (see _REGION), then a lookahead of fixed words; one position.
_PLACE_THEN_CLAUSE = regex.compile(
    r"[ ](?:in|on|at|aboard|of)[ ](?:the[ ])?+(?:(?-i:[A-Z])[\p{L}.\-]*+[ ]){0,3}?"
    rf"{_CAPITALISED_WORD}(?:,[ ]{_REGION},)?+(?:[ ]that)?+"
    r"(?=[ ](?:the|a|an|his|her|their|its|our|this|these|he|she|they|we|it|I|there)[ ])"
)
# The verbs after such an occasion that speak of now or later ("he will name"): a present
# verb in the occasion then makes it a clause of the report ("said before the season ends
# he will name a new captain"), not when it was said.
_PRESENT_OR_FUTURE = frozenset("is are am has have will can may must".split())

# Verbs that show a clause under way: "said the problem is that ...".
_FINITE_VERBS = BE_FORMS | FINITE_VERBS
# The forms of "be" and "have": the auxiliaries of a passive ("was", "has been"), with no
# subject of their own, and the verbs of being and having that, after "as" and its subject,
# state a reason rather than a time.
_PASSIVE_AUXILIARIES = BE_FORMS | PERFECT_AUXILIARIES


# An article, a lower-case noun and "that" after a cue. Audit: fixed words, one possessive run
# of letters; one position.
_NOUN_THEN_THAT = regex.compile(r"[ ](?:the|a|an)[ ](?P<noun>\p{Ll}++)[ ]that[ ]")


def _noun_before_relative(text: str, cue_word: str, offset: int) -> bool:
    """Whether ``said`` at ``offset`` goes on with a noun and its relative ``that``: ``said the
    rules that bar coordination were ...`` reports the rules, which is its clause's subject (a
    time is when it was said: ``said the day that``)."""
    if cue_word.lower() not in SAY_FORMS:
        return False
    noun = _NOUN_THEN_THAT.match(text, offset)
    return noun is not None and noun.group("noun") not in _TIME_AFTER_THAT


# Words after which "that" is a determiner or a pronoun, never the start of a cue's clause
# ("concluded in that case that", "jumped after that decision", "more than that sort").
_PREPOSITIONS_BEFORE_THAT = frozenset(
    "in after before than of with by for about from like to".split()  # "responded to that post"
)


def _that_after(
    text: str,
    offset: int,
    cues: Mapping[str, CueClass] | None = None,
    *,
    tells: bool = False,
    venue: bool = False,
) -> re.Match[str] | None:
    """The ``that`` opening a cue's clause a few words on (``told reporters on Monday that``,
    past a ``venue`` read before ``offset``: ``said in a filing with the Securities and
    Exchange Commission that``), unless a subject stands before it: in ``said he knows how
    hard that is`` the clause has begun and ``that`` is one of its words; nor after an
    infinitive of one of ``cues``, whose ``that`` it is (``blasted the panel for failing to
    make clear that``)."""
    soon = _THAT_AFTER_RECIPIENT if tells else _THAT_PAST_VENUE if venue else _THAT_SOON
    if _PLACE_FIRST.match(text, offset):
        return None  # "said Fresno, California, remains a place that": the clause's subject
    that = soon.match(text, offset)
    if that is not None and _NOUN_AFTER_THAT.match(text, that.end()):
        return None  # "rejected that claim.", "echoed that call,": a determiner and its noun
    if that is not None and (
        not _PREPOSITIONS_BEFORE_THAT.isdisjoint(_words_before(text, that.end() - 4, 1))
        or _next_word(text, that.end()) in _TIME_AFTER_THAT
    ):
        # "concluded in that case that ...", "told voters that day that ...", "jumped after
        # that decision": a determiner
        that = soon.match(text, that.end())
    if that is None:
        return None
    # (a capitalised "May" is the month: "wrote to leaders in May that ...")
    words = [word.lower() for word in text[offset : that.end()].split() if word != "May"]
    if tells and (
        # "told the story of pickers - an issue that": one dash opens an appositive, whose
        # "that" is relative (two close an aside: "told the players — all 23 — that"); a
        # topic's phrase ends in its noun ("warned residents about the dam project that"); but
        # "about" before a figure right after the cue or an "of" is an estimate ("told about
        # 3,000 supporters that", "told a crowd of about 2,000 people at the fairground
        # that"), while past a recipient it opens the topic ("told the council about 1,400
        # complaints that the contractor had ignored")
        len(_DASH_IN_RECIPIENT.findall(text, offset, that.end())) % 2 == 1
        or any(
            word == "about"
            and (
                (index > 0 and words[index - 1] != "of")
                or not after.lstrip("$\u00a3\u20ac")[:1].isdigit()
            )
            for index, (word, after) in enumerate(zip(words, [*words[1:], ""], strict=True))
        )
    ):
        return None
    if (
        _SUBJECT_PRONOUNS.intersection(words)
        # (a pronoun with its contracted verb is a subject too: "said he's hopeful that"; not
        # a demonstrative's, "think that's important -- that", which stays the cue's)
        or any(
            _contracted_verb(word)
            and word.replace("\u2019", "'").partition("'")[0] in PRONOUNS
            # (but after a venue's noun (read before ``offset`` with ``venue``) with its
            # perfect's participle it opens a relative clause on that noun: "said in an
            # interview he'd given to the Gazette that",
            # "told the crowd at a rally they'd organised that")
            and not (
                index + 1 < len(words)
                and (_past_participle(words[index + 1]) or words[index + 1].endswith(_PARTICIPLE))
                and (
                    (venue and index == 0)
                    or any(
                        previous in _PREPOSITIONS_BEFORE_AN_OBJECT and following in NOUN_DETERMINERS
                        for previous, following in itertools.pairwise(words[:index])
                    )
                )
            )
            for index, word in enumerate(words)
        )
        or _FINITE_VERBS.intersection(words)
        or (
            cues is not None
            and _infinitive_cue_in(text[offset : that.end() - 4], cues, objects=not tells)
        )
    ):
        return None
    following = _next_word(text, that.end())
    if len(words) == 1 and _demonstrative_subject(text, that.end()):
        return None  # "said that would not happen again": "that" is the clause's subject
    if (
        cues is not None
        and words[0] == "in"
        and not NOUN_DETERMINERS.isdisjoint(words)
        and _relative_before_that(text, that.end(), cues)
    ):
        return None  # "said in a letter that lawmakers received on Monday that": the venue's
    if len(words) > 1 and (
        _relative_verb_after(text, that.end())
        or words[-2] in _COORDINATORS
        or words[-2] in _BEFORE_A_CONJUNCTION_THAT
        or words[-2] in read_words("complement_nouns.tsv")
        or following.endswith("ed")
        or following in IRREGULAR_PASTS  # "cited a report that found ..."
        or following in _FINITE_VERBS
    ):
        # "said neighbours heard a shot and that ...": a second clause of one begun before it;
        # "said now that the bridge is open, ...": a conjunction opening the clause;
        # "said the fact that ...": the noun's own clause;
        # "called for clerks to wear dresses that showed ...", "... equipment that could":
        # a relative pronoun (or a subject: "said that is untrue")
        return None
    return that


# Words after a quote that its cue's clause does not carry on: the writer's account of how or
# when it was said ('said, "Never again" with a shrug', '"We will rebuild" as the crowd
# cheered', '"The meeting is adjourned" before storming out'). Source: review probes of
# court and local news; PolNeAR train carries on after "for", "in", "from", "until", "about".
_WRITERS_CONTINUATIONS = frozenset(
    "as when while before after with at over under amid given then".split()
)
_FIGURE_NOUN_WORDS = 2  # words of the noun a figure counts ("1,400 complaints", "2,000 new homes")


def _topic_before_figure(text: str, offset: int) -> bool:
    """Whether ``about`` and a figure at ``offset``, past whom a cue told, are what it was
    about: the figure's noun ends the sentence or a relative clause follows it (``told the
    council about 1,400 complaints that the contractor had ignored``), where an estimate opens
    a clause (``told reporters about 200 people were arrested``, ``about 40 percent of the
    attendees were women``)."""
    words = text[offset : offset + 80].split()[: _FIGURE_NOUN_WORDS + 3]
    if len(words) < 3 or words[0] != "about" or not words[1].lstrip("$\u00a3\u20ac")[:1].isdigit():
        return False
    for word in words[2 : _FIGURE_NOUN_WORDS + 3]:
        if word in RELATIVE_PRONOUNS:
            return True
        if not word.rstrip(".,;:!?").islower() or _has_a_verb([word]):
            return False
        if word[-1] in ".;!?":
            return True  # "told the council about 1,400 complaints."
    return False


def _headline_recipient_end(text: str, offset: int) -> int:
    """Where a headline's recipient ends that goes on past its noun at ``offset``: before a
    capitalised pronoun or determiner that opens the clause told, all words before it
    capitalised (``Tells Council Members Our City Is Broke``, ``Tells Residents Of Eastbrook
    Their Taxes Will Rise``); ``offset`` elsewhere."""
    position = offset
    for word in _WORD.finditer(text, offset, offset + 80):
        if text[position : word.start()] != " " or not word.group()[:1].isupper():
            break
        if word.group().lower() in _SUBJECT_OPENERS:
            return position
        if _count_words(text, offset, word.end()) > _RECIPIENT_WORDS:
            break
        position = word.end()
    return offset


def _past_occasion(text: str, offset: int) -> int:
    """Where a clause starts past a time or an occasion after a cue (``said after the meeting
    he was``), or ``offset`` when none stands there or the occasion is a clause with a verb
    of its own, part of the report (``said after the votes are counted she will decide``,
    ``said before the season ends he will``)."""
    occasion = _OCCASION_THEN_SUBJECT.match(text, offset)
    if occasion is None:
        return offset
    words = occasion.group("words").split()
    if _has_a_verb(words) or (
        len(words) > 1
        and words[-1].endswith("s")
        and not words[-1].endswith("ss")
        and occasion.group("verb").split()[0] in _PRESENT_OR_FUTURE
    ):
        return offset
    return int(occasion.end())


def _determiner_that(text: str, offset: int) -> bool:
    """Whether the ``that`` ending at ``offset`` is a determiner, as a singular noun after it
    that never stands bare shows, before a verb or a quotation (``said that option had been
    studied``, ``called that characterization "a cartoon"``); not a conjunction before a bare
    noun (``said that inflation had eased``), nor a relative before a verb (``reports that
    question his account``)."""
    noun = _WORD.match(text, offset + 1)
    if text[offset : offset + 1] != " " or noun is None:
        return False
    following = _next_word(text, noun.end())
    after = text[noun.end() + 1 : noun.end() + 2]  # the first character after the noun's space
    lower = after.islower()
    return noun.group() in read_words("count_nouns.tsv") and (
        after in _OPENERS
        or following in FINITE_VERBS
        or (following.endswith("ed") and lower)
        # "think that number matters more", not "said that deal terms were": a verb in -s,
        # no plural noun before a verb
        or (
            lower
            and _may_be_in_s(following)
            and _next_word(text, noun.end() + 1 + len(following)) not in _FINITE_VERBS
        )
    )


def _past_that(text: str, that: re.Match[str]) -> int:
    """Where the clause a ``that`` match opens starts: after it, or at it when it is a
    determiner (``told reporters that option had been studied``)."""
    end = int(that.end())
    return end - len("that") if _determiner_that(text, end) else end


# Auxiliaries that open a conditional by inversion after a "that" ("said that had the
# council acted sooner, ...", "that should the deal collapse, ...").
_INVERTING_AUXILIARIES = frozenset("had should were".split())


def _demonstrative_subject(text: str, offset: int) -> bool:
    """Whether a ``that`` right after a cue is the subject of its clause, as a lower-case
    auxiliary or modal right after it shows (``said that would not happen again``, ``says
    that has changed``); not a conditional's inversion (``said that had the council acted
    sooner``) nor the month (``said that May was``)."""
    following = _next_word(text, offset)
    # (not "be", "being": "said that being Canadian is a choice" opens with a gerund)
    if following not in FINITE_VERBS or not text[offset + 1 : offset + 2].islower():
        return False
    if following not in _INVERTING_AUXILIARIES:
        return True
    after = text.find(" ", offset + 1)
    if after == -1:
        return False
    subject = _next_word(text, after)
    return subject not in _SUBJECT_OPENERS and subject != "there"  # ("it" is a subject opener)


# Words in -s that are no verb ("that perhaps the", "that unless the").
_WORDS_IN_S = frozenset(
    "perhaps always unless besides towards afterwards sometimes nevertheless nonetheless"
    " regardless thus whereas".split()
)
_SHORTEST_VERB_IN_S = 4  # "sees", "runs"; not "as", "is", "was"


# "to" and the lower-case words after it: an infinitive when they are a cue ("to make clear").
# Audit: fixed word, then two optional possessive runs; searched in a few words.
_INFINITIVE = regex.compile(r"\bto[ ](?P<verb>\p{Ll}++)(?:[ ](?P<particle>\p{Ll}++))?+")
# Prepositions of a place, a time or a medium after a cue, before which a "to" is one too
# ("said in a letter to congressional leaders that"), not an infinitive's mark after an object.
_PREPOSITIONS_BEFORE_AN_OBJECT = frozenset(
    "in on at to from with via through under during over since until amid following".split()
)


def _infinitive_cue_in(words: str, cues: Mapping[str, CueClass], *, objects: bool) -> bool:
    """Whether ``words`` between a cue and a ``that`` hold an infinitive, whose ``that`` it is:
    a cue's, whose clause the ``that`` opens (``for failing to make clear that``, ``wants
    voters to know that``), or (with ``objects``) any verb's after the cue's object, which the
    object-infinitive reported takes with it (``urged the council to exempt households that
    heat with propane``; not after a tell-verb, whose ``that`` follows its recipient: ``told
    the committee set up to investigate the crash that``); not ``wrote to congressional
    leaders in May that``, where ``to`` is a preposition."""
    for found in _INFINITIVE.finditer(words):
        if (
            found.group("verb") in cues
            or f"{found.group('verb')} {found.group('particle')}" in cues
        ):
            return True
        object_words = words[: found.start()].lower().split()
        if (
            objects
            and object_words
            and _PREPOSITIONS_BEFORE_AN_OBJECT.isdisjoint(object_words)
            # "told one person close to her that": a preposition's object, no verb
            and found.group("verb") not in _DETERMINER_OR_OBJECT
            # "could wave goodbye to all that": the words after "to" end at a pronoun "that"
            and words[found.end("verb") :].strip()
        ):
            return True
    return False


def _relative_that(text: str, offset: int) -> bool:
    """Whether the ``that`` ending at ``offset``, after a noun, is the subject of a relative
    clause, as the verb right after it shows: an auxiliary (``a speech that was broadcast``),
    a form in -s before a determiner (see ``_relative_verb_after``), or a past with no noun of
    its own after it (``an interview that aired Sunday``, ``a memo that circulated widely``); not
    ``that flooded homes would``, whose adjective in -ed opens a clause's subject."""
    following = _next_word(text, offset)
    if following in FINITE_VERBS or _relative_verb_after(text, offset):
        return True
    if not (following.endswith("ed") and text[offset + 1 : offset + 2].islower()):
        return False
    after = offset + 1 + len(following)
    word = _next_word(text, after)
    return (
        text[after : after + 1] in (".", ",", ";", ":")
        or word in NOUN_DETERMINERS
        or word in ADVERBIAL_STARTS
        or (word.endswith("ly") and word not in read_words("nouns_in_ly.tsv"))
        or word[:1].isdigit()
        or word in _TIME_WORDS  # "an interview that aired Sunday"
    )


def _relative_before_that(text: str, offset: int, cues: Mapping[str, CueClass]) -> bool:
    """Whether the ``that`` ending at ``offset`` opens a relative clause with a past verb and
    no cue that closes at a second ``that`` opening a clause (``in a speech that drew applause
    from the crowd that the deal was dead``, ``in a letter that lawmakers received on Monday
    that``, ``in a memo that staff circulated widely that``); not ``that officials knew
    that``, a report inside the report, ``that homes were so damaged that``, nor ``the crowd
    that had gathered``, a relative of its own."""
    second = _THAT_SOON.match(text, offset)
    if second is None:
        return False
    words = [word.lower() for word in text[offset : second.end() - len("that")].split()]
    past = next((index for index, word in enumerate(words) if _past_participle(word)), None)
    following = _next_word(text, second.end())
    return (
        past is not None
        # the relative's gap: no subject before its verb, or a time or an adverb and no object
        # after it (not "that the board approved the sale that it had opposed": a clause and
        # the sale's relative; nor "that the council voted that", a verb with its own clause)
        and (
            past == 0
            or (
                past + 1 < len(words)
                and (words[past + 1] in ADVERBIAL_STARTS or words[past + 1].endswith("ly"))
            )
        )
        and not any(word in cues for word in words)
        and _BEFORE_A_CONJUNCTION_THAT.isdisjoint(words)
        and following not in _FINITE_VERBS
        and not _past_participle(following)
    )


def _relative_verb_after(text: str, offset: int) -> bool:
    """Whether the word after a ``that`` is a verb of a relative clause, as a lower-case word
    in -s before a determiner shows (``target the smuggling that funds the group``, ``a charity that
    works with the city``; not ``that he``, ``that prices rose``, ``that while the``)."""
    following = _next_word(text, offset)
    if not text[offset + 1 : offset + 2].islower() or not _may_be_in_s(following):
        return False
    after = text.find(" ", offset + 1)
    return after != -1 and _next_word(text, after) in NOUN_DETERMINERS


def _may_be_in_s(word: str) -> bool:
    """Whether a lower-case word may be a verb's form in -s (``funds``, ``matters``; not
    ``as``, ``perhaps``)."""
    return (
        word.isalpha()
        and len(word) >= _SHORTEST_VERB_IN_S
        and word.endswith("s")
        and word not in _WORDS_IN_S
    )


def _nested_report(text: str, cue: CueMatch, outer: CueMatch, content_start: int) -> bool:
    """Whether a cue inside the report of ``outer`` keeps a record of its own: a finite verb
    with a subject of its own, before a that-clause or inside what ``according to`` covers
    (``The company said revenue rose, according to data compiled by X``: the data is the
    source of it all, the company of what it said), or a document cue after it (``Most voters
    said they ..., the poll showed``); there a participle set off by a comma before its report
    has the clause's subject for its own (``According to audit records, Roe raised concerns in
    a memo, writing that the change was unfair``)."""
    # "According to a transcript, she told reporters that"; "Six in 10 said they ..., the
    # Gazette poll showed": a document closing the sentence vouches for what was said, as
    # "according to" does
    if outer.form in SOURCE_FIRST_CUES or (
        outer.cue_class is CueClass.DOCUMENT and outer.start > cue.end and cue.form in SAY_FORMS
    ):
        # its content after it, or before it with a short source between ("Revenue rose, the
        # company said, according to X"; not "..., short of the sum analysts had expected")
        comma = text.rfind(",", content_start, cue.start)
        short = comma != -1 and not _has_words(text, comma, cue.start, _COORDINATED_SUBJECT + 1)
        set_off_participle = (
            cue.form.endswith("ing")
            and text[max(0, cue.start - 2) : cue.start] == ", "
            and _REPORT_OPENING.match(text, cue.end) is not None
        )
        # ("Both plans have been branded "unaffordable" by the treasury, according to a
        # memo": a passive reports its subject, its agent the source; not "Ostrow is believed
        # to ..., according to X", with no agent: X's alone)
        # ("The plan was criticized by residents, according to X": one fact X vouches for,
        # no naming in the residents' words)
        agent = (
            cue.form in _naming_pattern()[1]
            and _after_be(text, cue.start)
            and " by " in text[cue.end : outer.start]
        )
        return (content_start > cue.start or short or agent) and (
            _finite_cue(text, cue) or set_off_participle
        )
    return _reports_a_clause_of_its_own(text, cue)


_PARTICIPLE_PHRASE_CHARACTERS = 80  # the longest time and place read after a document's participle


def _document_participle(text: str, cue: CueMatch, cues: list[CueMatch]) -> bool:
    """Whether a past cue describes the document before it, with its time or place, ahead of
    the sentence's verb (``A Kelso Herald analysis published Sunday shows that``, ``A campaign
    video posted Thursday shows``, ``A study published this month in the Northern Journal of
    Paediatrics found that``): the document's participle, as ``filed`` is in ``A court
    document filed Thursday shows``, no report of its own."""
    if not (cue.form.endswith("ed") or cue.form in IRREGULAR_PASTS):
        return False
    before = _words_before(text, cue.start, 1)
    if not before or before[-1] not in read_words("document_nouns.tsv"):
        return False
    verb = skip_intervening(text, cue.end) + 1
    later = next((other for other in cues if other.start > cue.end), None)
    return (
        later is not None
        and verb > cue.end + 1
        and (
            later.start == verb
            # (a phrase with no verb or comma before a finite cue: where it was published)
            or (
                later.start - cue.end <= _PARTICIPLE_PHRASE_CHARACTERS
                and _finite_cue(text, later)
                and not _holds_a_verb(text, cue.end, later.start)
                and not any(mark in text[cue.end : later.start] for mark in ",;:")
            )
        )
    )


# Forms of "show" whose object may be someone caught speaking ("A video surfaced showing Colby
# Strand telling donors that").
_SHOW_FORMS = frozenset("show shows showed shown showing".split())
# A capitalised name of one to four words, then a space. Audit: possessive runs of disjoint
# classes, the repetition bounded at three; one position.
_NAME_THEN_SPACE = regex.compile(
    r"[ ]\p{Lu}[\p{L}.'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}.'\u2019\-]*+){0,3}+[ ]"
)


def _shows_a_speaker(text: str, cue: CueMatch, cues: list[CueMatch]) -> bool:
    """Whether a form of ``show`` shows a named person speaking, its object a name and a
    participle cue (``A video surfaced showing Colby Strand telling donors that``): the words
    are that person's, recorded, as after ``captured``; the video reports nothing itself."""
    if cue.form not in _SHOW_FORMS:
        return False
    name = _NAME_THEN_SPACE.match(text, cue.end)
    return name is not None and any(
        other.start == name.end() and other.form.endswith("ing") for other in cues
    )


def _finite_cue(text: str, cue: CueMatch) -> bool:
    """Whether a cue is a finite verb: not a participle, an infinitive or a noun."""
    previous = text[max(0, cue.start - _WORD_REACH) : cue.start].split()[-1:]
    return not cue.form.endswith("ing") and bool(previous) and _verb_after(previous[0], cue.form)


def _reports_a_clause_of_its_own(text: str, cue: CueMatch) -> bool:
    """Whether a cue inside another's report reports a that-clause of its own, as a finite verb
    with a subject of its own (``Jones said officials found that ...``): a record beside the
    outer one; not a participle, an infinitive or a noun (``by pointing out that``, ``to
    concede that``, ``the mayor's claim that``), which the outer subject governs; a tell-verb's
    ``that`` may follow its recipient (``reported that Ruiz told the club president that``)."""
    return _finite_cue(text, cue) and (
        _THAT_AFTER_ASIDE.match(text, cue.end) is not None
        or (
            cue.form in _TELL_VERBS
            and (
                _that_after(text, cue.end, tells=True) is not None
                # ("said the driver, Tomas Reiner, told officers he had swerved": whom, then
                # the clause told)
                or _PLURAL_AUDIENCE.match(text, cue.end) is not None
            )
        )
    )


def _verb_cue_between(
    text: str, start: int, end: int, lexicon: Lexicon, *, says: bool = False
) -> bool:
    """Whether a cue word stands as a verb between a cue and the ``that`` after it, so the
    ``that`` is its own and the clause began before it (``said the minister believed that``,
    ``said officials found that``, also a cue listed only with its ``that``: ``said voters
    understand that``; after a verb of saying, ``says``, an infinitive after bare words too:
    ``said executives often fail to understand that``, not ``said in a bid to show that``);
    after a determiner it is a noun (``told the claim``), and before ``by`` a passive
    participle (``The budget proposed by the mayor was branded``)."""
    words = text[start:end].split()
    nouns = read_words("complement_nouns.tsv")
    return any(
        (
            word.lower() in lexicon.cues
            or (index == len(words) - 1 and f"{word.lower()} that" in lexicon.cues)
        )
        and index > 0
        and words[index + 1 : index + 2] != ["by"]
        and (
            _verb_after(words[index - 1], word)
            or (
                says
                and words[index - 1] == "to"
                and _NO_VERB_AFTER.isdisjoint(other.lower() for other in words[: index - 1])
            )
            # "said the data suggests that": a subject noun after its article, then the verb
            # (not "rejected the claims that": a noun that takes a clause of its own)
            or (
                index > 1
                and words[index - 2].lower() in NOUN_DETERMINERS
                and words[index - 1].isalpha()
                and words[index - 1].islower()
                and word.lower() not in nouns
            )
        )
        for index, word in enumerate(words)
    )


# Words after which a cue word is no finite verb: a determiner, or a preposition taking it as
# its object (_verb_after).
_NO_VERB_AFTER = NOUN_DETERMINERS | _PREPOSITIONS_BEFORE_AN_OBJECT


def _verb_after(previous: str, word: str) -> bool:
    """Whether a cue word after ``previous`` is a finite verb: not a noun after a determiner or
    an owner (``the mayor's claim``), nor an infinitive (``wants sailors to know that``), nor
    an adjective after a preposition (``argued in written testimony that``); in -s only after
    a name or a pronoun (``Varga hopes``, not ``the nonstop demands``, nor a verb's object
    after its day: ``denied on Sunday claims that``)."""
    lowered = previous.lower()
    if lowered in _NO_VERB_AFTER or lowered.endswith(("'s", "\u2019s")):
        return False
    return (
        not word.endswith("s")
        or (previous[:1].isupper() and lowered not in _CALENDAR_NAMES)
        or lowered in _SUBJECT_PRONOUNS
    )


# Who a tell-verb tells, when it is not a name: "told reporters", "told a news conference",
# "told state television", "told public broadcaster RTV".
# Audit: an optional article, then one alternation of fixed words and an optional name
# (matched with case: an acronym, or a capitalised word before "that" or a stop, each a
# possessive run; a network's letters are possessive runs of digits, then a capital and capitals
# or digits, before a fixed medium, a station's name one possessive run, then optional possessive
# digits and fixed words); matched at one position.
_AUDIENCE = regex.compile(
    r"[ ]++(?:(?:the|a)[ ])?(?:reporters|journalists|lawmakers|supporters|voters|students"
    r"|(?:parents|councillors|councilors|governors|pupils|staff|employees|workers"
    r"|shareholders|investors|analysts|donors|colleagues|teachers|patients|fans|troops|jury"
    r"|judge|panel|tribunal|magistrates|chamber|commons|committee|council|inquiry|assembly)"
    # not the first word of a compound ("workers' representatives", "staff members the")
    r"(?![\p{L}'\u2019\-])(?![ ](?!(?:the|a|an|his|her|their|its|our|he|she|they|it|we|i"
    r"|you|there|that|this|on|in|at|to|for|about|last|after|before|during)[ ])"
    r"(?-i:\p{Ll})++[ ](?-i:\p{Ll}))"
    r"|the[ ]crowd|crowd|audience|senators|members|delegates|investigators|officials"
    r"|(?:a[ ])?news[ ]conference|(?:a[ ])?press[ ]conference|parliament|congress|the[ ]court"
    r"|court|jurors|listeners|viewers|readers|residents|the[ ]jury|the[ ]chamber|mps"
    r"|(?:state|public|local|national|regional)[ ](?:television|tv|radio|media|broadcaster)"
    r"(?-i:[ ](?:\p{Lu}{2,}+(?![\p{L}\-])|\p{Lu}[\p{L}\-]*+(?=[ ]that\b|[,.;:]|$)))?"
    # "told ABC radio", "told 2GB radio", "told BBC Radio 4", "told BBC Radio Scotland",
    # "told RTE Radio 1 listeners": a network's letters or a station's call sign, then its
    # medium (and the station's number or, after "Radio" in capitals, its name; and who hears it)
    r"|(?-i:\p{N}*+\p{Lu}[\p{Lu}\p{N}]*+)[ ](?:(?-i:Radio[ ]\p{Lu}\p{Ll}++)|radio|television|tv)"
    r"(?:[ ]\p{N}++)?+(?:[ ](?:listeners|viewers))?+)\b",
    regex.IGNORECASE,
)
# A plural noun right after a tell-verb, then a clause's subject ("told officers the army was
# ready", "told troops they would stay", "told U.S. senators her state"): whom the verb tells.
# Audit: an optional initialism (possessive runs of a capital and a dot), a possessive
# lower-case run ending in "s", then fixed words or a capital; one position.
_PLURAL_AUDIENCE = regex.compile(
    r"[ ](?:(?-i:[A-Z])\.(?:(?-i:[A-Z])\.)++[ ])?+(?P<noun>\p{Ll}[\p{Ll}\-]*+(?<=s))"
    r"[ ](?=(?:the|a|an|his|her|their|its|our|he|she|they"
    r"|it|we|i|you|there)[ ]|\p{Lu})"
)
# Words that never stand in an audience's noun phrase: prepositions, question words, and the
# pronouns that open the clause told ("told the board he wanted a vote": not "the board he
# wanted" told "a vote").
_NO_AUDIENCE_WORD = (
    r"(?!(?:of|about|for|to|on|in|at|with|how|what|why|who|whom|that|than"
    r"|he|she|they|we|i|you|it)\b)"
)
# The same with an article and at most two words before the noun ("told the board the school
# was", "told a 911 dispatcher her neighbor had been shot"), or with an owner after any
# tell-verb ("told his aides they", "assures her audience she will"; PolNeAR train: the
# content starts after the owner's noun all 3 times, and never before it). Audit: fixed
# words, then a repetition of at most two possessive runs (bounded backtracking), a possessive
# run, fixed words or a capital; one position.
_ARTICLE_AUDIENCE = regex.compile(
    r"[ ](?:(?P<article>the|a|an)|his|her|their|our|my|your)"
    rf"[ ](?:{_NO_AUDIENCE_WORD}[\p{{Ll}}\p{{N}}][\p{{Ll}}\p{{N}}\-]*+[ ]){{0,2}}"
    rf"{_NO_AUDIENCE_WORD}(?P<noun>\p{{Ll}}[\p{{Ll}}\-]*+)"
    r"[ ](?=(?:the|a|an|his|her|their|its|our|he|she|they|it|we|i|you|there)[ ])"
)
# A noun phrase with an article after a tell-verb that closes a sentence, then "on" or "by"
# and how or where it was told (", Arvid Lenz told the council by video link."), or the stop,
# maybe after a place's name (", Aldinger told the newspaper.", ", the minister told a packed
# hall in Karsk."): whom it told. Audit: fixed words, then a lazy repetition of at most three
# possessive runs (bounded backtracking) and a lookahead of fixed characters and one possessive
# run; one position.
_AUDIENCE_BEFORE_MEANS = regex.compile(
    rf"[ ](?:the|a|an)(?:[ ]{_NO_AUDIENCE_WORD}[\p{{Ll}}\p{{N}}][\p{{Ll}}\p{{N}}\-]*+){{1,3}}?"
    r"(?=[ ](?:on|by)[ ]|(?:[ ](?:in|at)[ ]\p{Lu}[\p{L}\-]*+)?+[.!?][\"\u201d]?+(?:\s|$))"
)
# What is told, not whom: "told the same story the police had heard".
_NOT_AUDIENCE = _FINITE_VERBS | frozenset(
    "his its this us lies story stories truth tale joke".split()
)
# Words that end whom a tell-verb tells before the noun read as its last ("told his story the
# way", "told the crowd as he left"): what is told, an article of the clause told, a
# subordinator or a preposition; and a coordinator, whose second owner's noun the pattern
# cannot reach ("told his aides and his wife he would quit").
_NOT_WHOM_WORDS = _NOT_AUDIENCE | ARTICLES | ADVERBIAL_STARTS | frozenset(("and", "or"))
# A programme told something, named in quote marks: "told “Good Morning America” on Monday".
_TITLE_WORD = r"\p{Lu}[\p{L}\p{N}'\u2019\-]*+"
# Audit: a space, a mark, then at most six possessive runs of capitalised words and a mark.
_QUOTED_SHOW = regex.compile(rf'[ ]["\u201c]{_TITLE_WORD}(?:[ ]{_TITLE_WORD}){{0,5}}+,?+["\u201d]')
# Endings of participles: published, written, shown, told, thought, heard.
_PARTICIPLE = ("ed", "en", "wn", "ld", "ht", "ard")


@attrs.frozen
class QuotedStretch:
    """Text between a pair of quote marks (the marks included), possibly over paragraphs."""

    start: int
    end: int
    paragraph: int
    closed: bool


@attrs.frozen
class CueMatch:
    """A cue word or phrase of the lexicon found in the text."""

    start: int
    end: int
    form: str
    cue_class: CueClass


def _is_space(char: str) -> bool:
    return char == "" or char.isspace()


def _opener_position(text: str, start: int, end: int, lower: int, upper: int) -> bool:
    """Whether the mark at ``text[start:end]`` stands where a quote opens: after space or an
    opening bracket or dash, before a word."""
    before = text[start - 1] if start > lower else ""
    after = text[end] if end < upper else ""
    return (
        _is_space(before) or before in _OPENING_CONTEXT or before in _ALL_MARKS
    ) and not _is_space(after)


def _closer_position(text: str, start: int, end: int, lower: int, upper: int) -> bool:
    """Whether the mark at ``text[start:end]`` stands where a quote closes: after a word,
    before space or punctuation."""
    before = text[start - 1] if start > lower else ""
    after = text[end] if end < upper else ""
    return not _is_space(before) and (
        _is_space(after) or after in _CLOSING_CONTEXT or after in _ALL_MARKS
    )


# Words that may follow a closing single mark after an "s" ('called it a mess' and left',
# 'the talks' he said'): a closer, where a noun would make it a plural possessive.
_AFTER_A_CLOSER = _FINITE_VERBS | frozenset(
    """a an the of in on at to for and or but nor by with from as is than that which who when
    while if so because he she they it we i you said says told added asked wrote outside inside
    during after before over near across against behind around through into until since
    without""".split()
)


_PARAGRAPH_GAP = 8  # characters read past a paragraph's end for the next one's first mark


# A single closing mark or apostrophe. Audit: a class of two characters; one position.
_SINGLE_CLOSERS = re.compile("['\u2019]")


def _plural_possessive(text: str, span: tuple[int, int], upper: int) -> bool:
    """Whether a single mark after an ``s`` is the apostrophe of a plural possessive inside a
    quote in single marks (``‘It's the players' decision,’``, ``'The lads' nights out'``): a
    lower-case noun follows it, not a function word or a cue, and a later mark of the
    paragraph may close the quote (else the mark closes it: ``addressed 'the majority of
    concerns' raised in June``, ``vow to fight 'monstrous' flats plan``), or the next paragraph
    goes on with the quote in single marks (British style)."""
    start, end = span
    if text[start - 1 : start] != "s" or text[end : end + 1] != " ":
        return False
    if not text[end + 1 : end + 2].islower() or _next_word(text, end) in _AFTER_A_CLOSER:
        return False
    return text[upper : upper + _PARAGRAPH_GAP].lstrip()[:1] in (_SINGLE_OPEN, _APOSTROPHE) or any(
        _closer_position(text, *mark.span(), end, upper)
        for mark in _SINGLE_CLOSERS.finditer(text, end, upper)
    )


def _closes(
    opener: str, mark: str, text: str, span: tuple[int, int], *, lower: int, upper: int
) -> bool:
    """Whether ``mark`` at ``span`` closes a quote opened by ``opener``."""
    if opener in (_SINGLE_OPEN, _APOSTROPHE):
        return (
            mark in (_SINGLE_CLOSE, _APOSTROPHE)
            and _closer_position(text, *span, lower, upper)
            and not _plural_possessive(text, span, upper)
        )
    if mark in (_SINGLE_OPEN, _SINGLE_CLOSE, _APOSTROPHE):
        return False  # a nested quote inside a double one
    if mark in _DOUBLE_CLOSE or mark in (_STRAIGHT, _DOUBLED_APOSTROPHE):
        return True
    # An opening glyph closes a „ quote, or stands where a closer must be (a mistyped mark).
    return opener == "\u201e" or _closer_position(text, *span, lower, upper)


_GUILLEMET_OPENERS = frozenset("\u00ab\u2039")
_FRENCH_SPACES = " \u00a0\u202f"  # the spaces French typography sets inside guillemets


def _opens(mark: str, text: str, span: tuple[int, int], lower: int, upper: int) -> bool:
    """Whether ``mark`` at ``span`` opens a quote when none is open."""
    start, end = span
    after = text[end] if end < upper else ""
    before = text[start - 1] if start > lower else ""
    if mark in _GUILLEMET_OPENERS:
        # French typography spaces the marks ("« Nous sommes prêts »", often with a narrow
        # no-break space): a word after the space still opens
        return not _is_space(after) or text[end : end + 2].strip(_FRENCH_SPACES)[:1].isalnum()
    if mark in _DOUBLE_OPEN:
        return not _is_space(after)
    if mark in (_STRAIGHT, _DOUBLED_APOSTROPHE):
        return not before.isdigit() and _opener_position(text, start, end, lower, upper)
    if mark in _DOUBLE_CLOSE:  # a closing glyph used to open ("”We ...")
        return _opener_position(text, start, end, lower, upper)
    # Single marks open only where they cannot be an apostrophe ("'90s", "rock 'n' roll").
    return _opener_position(text, start, end, lower, upper) and after.isalpha()


def _stretches_in(
    text: str, paragraph: Paragraph, index: int, *, single_runs_on: bool = False
) -> Iterator[QuotedStretch]:
    """The quoted stretches of one paragraph. A single mark left open is an apostrophe unless
    ``single_runs_on``: the next paragraph opens with a single mark, as a quote over several
    paragraphs in single marks does (British style)."""
    lower, upper = paragraph.start, paragraph.end
    open_at = -1
    opener = ""
    nested = ""  # the family of a quote of another style open inside the open one
    doubled = -1  # where a nested quote opening right after the opener closed
    for match in _MARK.finditer(text, lower, upper):
        span = match.span()
        at = span[0]
        mark = match.group()
        if open_at < 0:
            if _opens(mark, text, span, lower, upper):
                open_at, opener, doubled = at, mark, -1
            continue
        family = _FAMILY.get(mark, "")
        if nested and family == nested:
            nested = ""  # '«The so-called "peace plan" is a trap.»': the inner quote closes
            doubled = span[1] if doubled == open_at else doubled
            continue
        if (
            not nested
            and family
            and family != _FAMILY.get(opener, "")
            and opener not in (_SINGLE_OPEN, _APOSTROPHE)
            and mark not in _DOUBLE_CLOSE
            and _opener_position(text, *span, lower, upper)
            and not _closer_position(text, *span, lower, upper)
        ):
            nested = family  # a quote in another style inside this one: no closer of it
            doubled = open_at if at == open_at + len(opener) else -1
            continue
        if _closes(opener, mark, text, span, lower=lower, upper=upper):
            nested = ""
            single = opener in (_SINGLE_OPEN, _APOSTROPHE)
            quoted_word = open_at > lower and _quoted_word(text, open_at + 1, at)
            if not single or " " in text[open_at:at] or quoted_word:
                yield QuotedStretch(open_at, span[1], index, closed=True)
            open_at = -1
        elif (
            mark in _DOUBLE_OPEN
            and opener in _DOUBLE_OPEN
            and _opener_position(text, span[0], span[1], lower, upper)
        ):
            # A second opener while one is open: the first was never closed.
            end = at
            while end > open_at and text[end - 1].isspace():
                end -= 1
            yield QuotedStretch(open_at, end, index, closed=False)
            open_at, opener, nested = at, mark, ""
    if open_at < 0:
        return
    if doubled > open_at:
        # '"“You don't win ...,” Reyes responded.': the straight mark before the curly one
        # never closes, so the curly quote is the quotation, its mark doubled
        yield QuotedStretch(open_at, doubled, index, closed=True)
        return
    stretch = QuotedStretch(open_at, upper, index, closed=False)
    if opener not in (_SINGLE_OPEN, _APOSTROPHE) or (
        single_runs_on and _opens_statement(text, stretch, paragraph)  # not "the '90s"
    ):
        yield stretch


_QUOTED_WORD_LETTERS = 4  # "would 'swallow' the village", not "rock 'n' roll" or "'tis"


# "so-called" right before a quotation: the writer names a thing by others' words and keeps
# a distance from them ("the so-called \"final offer\""), a scare quote. Audit: fixed words
# and one optional class, anchored at the window's end.
_SO_CALLED = regex.compile(r"\bso[ \-]called[ ]$", regex.IGNORECASE)
_SO_CALLED_REACH = len("so-called ")


def _scare_quoted(text: str, stretch: QuotedStretch) -> bool:
    """Whether a quotation is a scare quote after ``so-called``, the writer's distancing."""
    return (
        _SO_CALLED.search(text, max(0, stretch.start - _SO_CALLED_REACH), stretch.start) is not None
    )


def _quoted_word(text: str, start: int, end: int) -> bool:
    """Whether one word between single marks is a quoted word (``'swallow'``, a compound as
    British papers quote one: ``'half-baked'``), not a word the marks shorten (``'n'``,
    ``'90s'``): letters only, at least a few of them, hyphens only between them."""
    word = text[start:end]
    return len(word) >= _QUOTED_WORD_LETTERS and all(part.isalpha() for part in word.split("-"))


# The marks that may enclose a cue verb quoted alone (see _quoted_cue).
_CUE_OPENERS = frozenset(_DOUBLE_OPEN | {_STRAIGHT, _SINGLE_OPEN, _APOSTROPHE})
_CUE_CLOSERS = frozenset(_DOUBLE_CLOSE | {_STRAIGHT, _SINGLE_CLOSE, _APOSTROPHE})


def _between_marks(text: str, start: int, end: int) -> bool:
    """Whether one mark opens right before ``start`` and one closes right after ``end``."""
    return start > 0 and text[start - 1] in _CUE_OPENERS and text[end : end + 1] in _CUE_CLOSERS


def _quoted_cue(text: str, stretch: QuotedStretch, cue: CueMatch) -> bool:
    """Whether a quotation is a cue verb alone, in marks for its wording, that goes on with
    what it reports (``The draft decision "urges" developed countries to double ...``, a
    negotiated text's operative verb); not a noun (``the "claim"``) or a quote's last word."""
    previous = _words_before(text, cue.start - 1, 1)
    return (
        (stretch.start, stretch.end) == (cue.start - 1, cue.end + 1)
        and _between_marks(text, cue.start, cue.end)
        and bool(previous)
        and previous[-1].isalpha()
        and previous[-1] not in _HEAD_DETERMINERS
        # (not a title, "Her new single "Promise" topped", nor a scare-quoted infinitive,
        # "likes to "explain" things")
        and text[cue.start : cue.end].islower()
        and previous[-1].lower() != "to"
        and text[stretch.end : stretch.end + 1] == " "
        and text[stretch.end + 1 : stretch.end + 2].islower()
    )


def _opens_statement(text: str, stretch: QuotedStretch, paragraph: Paragraph) -> bool:
    """Whether a quote opens where a statement can start: the paragraph's start, or after a
    sentence end, a colon or a comma (``he said, "...``), not inside a phrase (``reading "No``)."""
    before = text[paragraph.start : stretch.start].rstrip()
    return not before or before[-1] in ".!?:,\u2014\u2013-"


def _same_style(opener: str, reopener: str) -> bool:
    """Whether a paragraph's opening mark reopens a quote left open by ``opener``: news style
    repeats the mark, so a straight mark does not reopen a curly one or the reverse."""
    return (opener == _STRAIGHT) == (reopener == _STRAIGHT)


def find_quoted(text: str, paragraphs: tuple[Paragraph, ...]) -> list[QuotedStretch]:
    """Every quoted stretch, with news-style quotes over several paragraphs joined into one.

    A stretch left open at the end of its paragraph runs on when the next paragraph starts with
    a quote mark; the joined stretch ends where that paragraph's quote ends.
    """
    stretches: list[QuotedStretch] = []
    runs_on = False  # the last stretch is open up to the end of the previous paragraph
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        single_runs_on = following is not None and text[following.start] in (
            _SINGLE_OPEN,
            _APOSTROPHE,
        )
        found = list(_stretches_in(text, paragraph, index, single_runs_on=single_runs_on))
        if (
            runs_on
            and found
            and found[0].start == paragraph.start
            and _same_style(text[stretches[-1].start], text[paragraph.start])
        ):
            previous = stretches[-1]
            stretches[-1] = attrs.evolve(previous, end=found[0].end, closed=found[0].closed)
            found = found[1:]
            runs_on = not stretches[-1].closed and not found
        else:
            runs_on = False
        if found:
            stretches.extend(found)
            last = found[-1]
            runs_on = (
                not last.closed
                and last.end == paragraph.end
                and _opens_statement(text, last, paragraph)
            )
    return stretches


_cue_patterns: dict[int, tuple[object, re.Pattern[str]]] = {}


def _cue_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The compiled matcher of a lexicon's cue forms, built once per cue table.

    Each form is listed lower-case and capitalised (``said``, ``Said``, ``According to``)
    rather than matched case-blind: the standard ``re`` engine runs a case-sensitive trie
    about three times faster than either engine runs it case-blind.
    """
    cached = _cue_patterns.get(id(lexicon.cues))
    if cached is not None and cached[0] is lexicon.cues:
        return cached[1]
    # (and the verbs of the forms listed with "that" only, which a tally or a time may part
    # from it: "ruled 6-3 on Thursday that", and of the refusals: "declined on Tuesday to")
    heads = {form.removesuffix(" that") for form in lexicon.cues if form.endswith(" that")}
    heads |= {
        form.removesuffix(" to")
        for form in read_words("refusal_cues.tsv")
        if form in lexicon.cues and form.endswith(" to")
    }
    # (and the verbs of the forms listed with their topic's preposition, which a manner may
    # part from it: "spoke briefly about")
    heads |= {form.rsplit(" ", 1)[0] for form in lexicon.cues if _TOPIC_FORM.fullmatch(form)}
    forms = set(lexicon.cues) | heads
    forms |= {form[:1].upper() + form[1:] for form in forms}
    # Audit: a trie between word boundaries, see quotekit._patterns.trie_pattern.
    pattern = re.compile(rf"\b{trie_pattern(sorted(forms))}\b")
    _cue_patterns[id(lexicon.cues)] = (lexicon.cues, pattern)
    return pattern


# A cue form of one verb and the preposition of its topic ("spoke about", "talks about").
# Audit: one possessive run of letters and fixed words, matched whole.
_TOPIC_FORM = regex.compile(r"\p{Ll}++[ ](?:about|of)")
# A manner in -ly between such a verb and its preposition ("spoke briefly about", "talked
# glowingly about"; PolNeAR train: all 7 such uses of the listed forms are annotated cues, dev
# 1 of 1).
# Audit: a fixed space, one possessive run of lower-case letters ending in "ly", fixed words;
# matched at one position.
_MANNER_THEN_TOPIC = regex.compile(r"[ ]\p{Ll}++(?<=ly)[ ](?P<preposition>about|of)\b")
# The verb whose object "talks" is the noun ("held talks about the strike", "will hold talks
# daily about", "held fresh talks about"), no cue.
_HOLD_FORMS = frozenset(("hold", "holds", "held", "holding"))


def _held_talks(words: list[str]) -> bool:
    """Whether "talks" after these two words is the object of hold, a noun (``held talks``,
    ``held fresh talks``); not after hold's plural object, which makes "talks" the verb of the
    one who held them (``The woman who held hostages talks about her ordeal``)."""
    if words[-1:] and words[-1] in _HOLD_FORMS:
        return True
    return (
        len(words) == 2
        and words[0] in _HOLD_FORMS
        # (not "serious talks", "crisis talks", "various talks": no plural)
        and not _plural_in_s(words[1])
    )


_CITING_FORMS = frozenset(("citing", "quoting"))
_CITING_CUES = frozenset(("citing", "cited", "cites"))
# A source cited in passing between a cue and its that-clause. Audit: fixed words, one bounded
# possessive run of what is no clause punctuation; matched at one position.
_CITED_IN_PASSING = regex.compile(
    rf",[ ](?:{'|'.join(sorted(_CITING_FORMS))})[ ][^,.;:\"\u201c\u201d]{{1,80}}+,[ ]that\b",
    regex.IGNORECASE,
)


# Question words that stand for a cue's subject in a question ("Who told you that?").
_WH_SUBJECTS = frozenset(("what", "who", "which"))
# Question words that stand for what a cue says or how, fronted before an auxiliary and the
# cue's subject ("What did the critics say about the record?", "How do you think he will
# do?"; PolNeAR train: none of 14 such questions is an annotated cue).
_WH_OBJECTS = frozenset(("what", "how"))
_QUESTION_AUXILIARIES = frozenset(
    "did does do will would has have is are was were can could should".split()
)
_ASKED_SUBJECT_WORDS = 3  # "What did the city's critics say": the most words of the subject


def _asks_who(text: str, sentence: Sentence, cue: CueMatch) -> bool:
    """Whether a sentence is a question whose first cue has a question word for subject or
    object, or is a bare verb after ``why`` (an interviewer's ``Why write about her mother
    now?``): it asks who said, what worries, what was said or why, and reports nothing."""
    opening = text[sentence.start : cue.start].split()
    while opening and opening[0].endswith(":"):
        opening = opening[1:]  # an interview's "Q:"
    words = [word.lower() for word in opening]
    return text[sentence.start : sentence.end].rstrip(" \"'\u201d\u2019").endswith("?") and (
        (len(words) == 1 and words[0] in _WH_SUBJECTS)
        or (words in (["why"], ["why", "not"]) and _base_form(cue.form))
        or (
            2 < len(words) <= 2 + _ASKED_SUBJECT_WORDS
            and words[0] in _WH_OBJECTS
            and words[1] in _QUESTION_AUXILIARIES
        )
    )


def _past_interview_label(text: str, start: int) -> int:
    """Where a sentence's words begin after an interview's ``A:`` or ``Q:`` label."""
    for label in (INTERVIEW_ANSWER, INTERVIEW_QUESTION):
        if text.startswith(label + ": ", start):
            return start + len(label) + 2
    return start


# A cue's "that" and a subordinator opening the clause it reports, up to a later cue with no
# comma between ("say that, even if they thought it fair, a recount", "argued that although
# Rask confessed, he"): the later cue stands inside the fronted subordinate clause. Audit: a
# fixed word, optional fixed characters, fixed alternatives, then a possessive repetition of
# possessive runs of characters that are no space or punctuation, each after a space (no two
# ways to split a word), anchored at both ends of a window between two cues.
_FRONTED_SUBORDINATE = regex.compile(
    r"[ ]that,?+[ ](?:even[ ])?+(?:"
    + "|".join(sorted(SUBORDINATORS))
    + r")(?:[ ][^\s,;:.!?\"\u201c\u201d]++)*+[ ]"
)


def _in_fronted_subordinate(text: str, cue: CueMatch, later: CueMatch) -> bool:
    """Whether a later cue stands in a subordinate clause fronted right after the ``that`` of
    ``cue``: its verb reports inside what ``cue`` reports, and the clause goes on past the
    subordinate clause's comma (PolNeAR train: 3 of 3 such clauses annotated whole)."""
    return _FRONTED_SUBORDINATE.fullmatch(text, cue.end, later.start) is not None


def _cited_in_passing(text: str, cue: CueMatch) -> bool:
    """Whether a cue is ``citing X`` set off by commas between another cue and its clause."""
    return cue.form in _CITING_FORMS and _CITED_IN_PASSING.match(text, cue.start - 2) is not None


def _quoting_own(text: str, cue: CueMatch) -> bool:
    """Whether a cue is ``quoting`` someone of a person's, the act of a person in the clause
    before it (``reported that Rusk had opened the rally, quoting her late father``), no
    source the outlet relays."""
    return cue.form == "quoting" and _next_word(text, cue.end) in PERSON_OWNERS


# Why a source is not named, right before a cue ("on condition of anonymity because she feared",
# "asked not to be named because they were not authorized to speak"), or what for ("spoke on
# condition of anonymity to describe private conversations", "requested anonymity in order to
# discuss", "spoke anonymously to describe"): the reason or the purpose, no report. Audit: fixed
# words, then at most four possessive word runs (the reason's subject and auxiliaries, not a main
# clause's) or fixed words, anchored at the window's end.
_WHY_UNNAMED = regex.compile(
    r"(?:anonymity|anonymously|not[ ]to[ ]be[ ](?:named|identified))"
    r"(?:[ ]because(?:[ ][\p{L}'\u2019]++){1,4}+|,?+[ ](?:in[ ]order[ ])?+to)[ ]$",
    regex.IGNORECASE,
)
# Anonymity as what a cue takes ("who requested anonymity", "insisted on anonymity", "asked for
# anonymity because"): the writer's account of the interview, like "asked not to be named" in
# no_cue_idioms.tsv; the word ends the object, or a reason or purpose follows. Not anonymity as
# a clause's subject or the head of a demand ("said anonymity was the only thing keeping her
# safe", "called for anonymity for all witnesses", "demanded anonymity protections").
# Audit: fixed words and one look-ahead of possessive spaces and fixed characters or words;
# matched at one position.
_ANONYMITY_SOUGHT = regex.compile(
    r"[ ](?:for[ ]|on[ ])?+anonymity(?=$|[^\p{L}\p{N}\s]|[ ]++(?:because|to|in|so|since|as|while"
    r"|when|out[ ]of|for[ ]fear)\b)",
    regex.IGNORECASE,
)
_WHY_UNNAMED_REACH = 80  # characters before a cue read for the reason a source is unnamed


# What "citing" names when it is who told the report: a phrase headed within its first words
# by a person or an office, before its comma or stop ("Citing an unnamed defence official,",
# "Citing Western diplomats,", "citing a source in the ministry.", "Citing the governor's
# office,", "Citing the regional governor,"), not a document ("citing a memorandum issued by
# the agency") nor a cause after a preposition ("citing pressure from the governor.", "citing
# threats to the army."). Audit: a bounded lazy repetition of possessive words, each after a
# fixed-word lookahead, fixed words, then an optional bounded possessive run; one position.
_CITED_PERSON = regex.compile(
    r"(?:[ ](?!(?:from|by|to|on|about|against|over|of|for|with|in|at)[ ])[^\s,.;:]++){0,4}?"
    r"[ ](?:officials?|diplomats?|sources?|people|person|aides?|officers?|head|chief"
    r"|spokes(?:man|woman|person)|agency|agencies|ministry|government|police|office"
    r"|authorities|governor|minister|mayor|command|army|military)"
    # (or a source and where it sits: "citing a source in the ministry.", "citing a Western
    # official briefed on the findings,", "citing an official from the ministry,", "citing a
    # spokesman for the governor,", "citing the office of the governor,")
    r"(?:[ ](?:in|at|from|for|of|close[ ]to|familiar[ ]with|briefed[ ]on|with[ ]knowledge[ ]of)"
    r"[^,.;:\n]{1,60}+)?[,.]"
)


# A court's verbs, and the subject and auxiliary of a clause they report without "that" ("the
# jury heard the defendant had worked").
_HEARING_FORMS = frozenset(("heard", "hears"))
# Forms of "know" that report only a clause: after them too a subject and its auxiliary open
# one without "that" ("Voters know they are being misled", "knew his drinking was a problem"),
# not what is known ("know the area well", "knew Ruiz from school").
_KNOW_FORMS = frozenset(("know", "knew"))
# Words a few before "know" that make the clause the writer's, no one's knowledge: "let someone
# know", which tells ("lets the board know she thinks the plan is flawed": whatever report it
# holds); a question or a denial ("Did officials know the dam was failing?", "Voters did not
# know", "Nobody knew", "no one knew"); a supposition ("If you knew the race was close").
_NO_KNOWER_WORDS = frozenset(("let", "lets", "letting", "do", "does", "did", "if", "nobody", "no"))
# Forms of "maintain", which report a clause, with "that" or without, and the sentence they
# close or stand in as an aside ("maintains she never saw the invoices", "..., the council
# maintains in its appeal.", "..., maintains opposition leader Karel Brandt."), not a noun
# phrase they keep ("maintains a wide lead", "maintains close ties").
_MAINTAIN_FORMS = frozenset(("maintain", "maintains", "maintained", "maintaining"))


def _subject_then_auxiliary(opener: str, words: int, not_words: str, auxiliaries: str) -> str:
    """The pattern of a clause's subject and auxiliary after a cue with no ``that``: a word of
    ``opener``, at most ``words`` lazily repeated possessive word runs, none a word of
    ``not_words``, then a word of ``auxiliaries`` (each a ``|``-joined alternation). Written
    once for the cues that read such a clause, each with its own reach."""
    return (
        rf"(?:{opener})(?:[ ](?!(?:{not_words})\b)[\p{{L}}\-]++){{0,{words}}}?"
        rf"[ ](?:{auxiliaries})\b"
    )


# The subject of a clause without "that" after a cue: a subject pronoun, or a determiner or a
# capital and at most five words, none a relative, a subject pronoun or "and", before an
# auxiliary ("heard the defendant had worked", "maintain the fire at the Dunmore warehouse was
# set", "maintaining he had acted"; not "maintains a lead that has grown", "maintains the lead
# she has held", "maintains a farm in Vermont and has lived there", the subject's second
# predicate). Audit: fixed words; else a fixed
# determiner or one possessive run, at most five possessive word runs with lazy repetition
# (five tries) behind a fixed-width lookahead, then a fixed auxiliary.
_SUBJECT_THEN_AUXILIARY = regex.compile(
    r"[ ](?:(?:he|she|they|we|I)[ ]|"
    + _subject_then_auxiliary(
        r"the|a|an|his|her|their|its|\p{Lu}[\p{L}\-]*+",
        5,
        "that|which|who|he|she|it|they|we|I|and",
        "had|has|have|was|were|is|are|would|will|could|did",
    )
    + ")"
)
# A clause-only cue closing its sentence or set off as an aside after the content, its subject
# of at most eight words after a comma (not a relative: "the roads, which the county maintains,
# are"; nor one without "which", a noun and a determiner after it: "The lighthouse, a landmark
# the trust still maintains, will reopen"), then an optional venue and a stop or a comma ("The
# levy is unlawful, the council maintains in its appeal.", "The tender was lawful, the ministry
# maintains, and"; but "the lawyers for the ministry maintain"). Audit: fixed characters, at
# most eight possessive word runs, each behind a lookahead of fixed words and a possessive run;
# anchored at the window's end.
_SUBJECT_AFTER_CONTENT = regex.compile(
    r",[ ](?!(?:which|who|whom|that|and|but)\b)"
    r"(?:(?!(?!(?:of|for|in|at|on|to|from|with|by)\b)\p{Ll}++[ ](?:the|a|an|its|their|his|her)[ ])"
    r"[\p{L}'\u2019\-.]++[ ]){1,8}+$"
)
_SUBJECT_AFTER_CONTENT_REACH = 60  # characters before a cue read for that subject
# Audit: an optional venue of a fixed preposition and at most three possessive word runs,
# possessive, then a fixed class; one position.
_CLOSES_SENTENCE = regex.compile(r"(?:[ ](?:in|on|at)(?:[ ][\p{L}'\u2019\-]++){1,3}+)?+[.,]")
# A name after an inverted cue right after a comma, closing its sentence: at most three
# lower-case title words (no preposition or determiner), then one to four capitalised words
# ("..., maintains opposition leader Karel Brandt."; not "maintains close ties with Russia.",
# nor "..., maintaining the Halden Nature Reserve.", an object). Audit:
# possessive runs of bounded classes behind a fixed-width lookahead; one position.
_NAME_AFTER_INVERTED_CUE = regex.compile(
    r"(?:[ ](?!(?:with|over|in|on|to|for|of|at|and|by|from|the|a|an|its|their|his|her)\b)"
    r"\p{Ll}[\p{L}\-]*+){0,3}+"
    r"(?:[ ]\p{Lu}[\p{L}'\-]*+){1,4}+[.,]"
)


# Words that keep a phrase before a closing "reports" from being its source: "according to
# FEC reports.", "the latest of the police reports.", "in news reports.".
_NOT_AN_OUTLET = frozenset("according to of by from in on with and or".split())
# Files whose words may describe an outlet or a writer in lower case before its name
# ("newspaper Diario Norte", "columnist Ana Lund", "local broadcaster Radio Denby", "business
# weekly Handel"): a lowercase word outside them before a closing "reports" is a verb, a
# preposition or an adjective of the plural noun ("contradict the Ministry reports", "despite
# Courier reports", "the annual Keller reports"; review rvD22, invented probes).
_OUTLET_DESCRIBING_FILES = (
    "titles.tsv",
    "title_qualifiers.tsv",
    "group_nouns.tsv",
    "organisation_words.tsv",
    "role_nouns.tsv",
    "nouns_in_ly.tsv",
)
_OUTLET_WORDS = 6  # the longest outlet or writer read before a closing "reports"


@functools.cache
def _outlet_describing_words() -> frozenset[str]:
    """The words of ``_OUTLET_DESCRIBING_FILES`` in one set, read once."""
    return frozenset().union(*(read_words(name) for name in _OUTLET_DESCRIBING_FILES))


def _closing_outlet(text: str, cue_start: int) -> bool:
    """Whether the words after the last comma before a closing ``reports`` name an outlet or a
    writer (``, the Chicago Courier reports.``, ``, Ana Lund reports.``, ``, Portuguese
    newspaper Diario Norte reports.``): a capitalised word right before the cue, at most a few
    words, none a preposition (``, according to FEC reports.``)."""
    comma = text.rfind(",", max(0, cue_start - _OUTLET_WORDS * _CHARACTERS_PER_WORD), cue_start)
    if comma == -1:
        return False
    # (after a closing quotation mark too: '"...," the Courier reports.')
    words = text[comma + 1 : cue_start].lstrip("\"\u201d\u2019'").split()
    # (a lowercase word past an opening "the" names the kind of outlet or writer before its
    # name, "newspaper Diario Norte", "columnist Ana Lund": not a verb and its object,
    # "contradict the Ministry reports", "trust the Treasury reports"; no digit, "the Q3")
    described = words[1:] if words[:1] == ["the"] else words
    return (
        0 < len(words) <= _OUTLET_WORDS
        and words[-1][:1].isupper()
        and _NOT_AN_OUTLET.isdisjoint(word.lower() for word in words)
        and "the" not in described
        and not any(character.isdigit() for word in words for character in word)
        and all(
            word[:1].isupper()
            or word in PARTICLES  # "Correio de Manha"
            or word in _outlet_describing_words()
            for word in described
        )
    )


def _maintains_here(text: str, cue: CueMatch) -> bool:
    """Whether a form of ``maintain`` reports: before a clause without ``that``, closing its
    sentence or set off after the content, or inverted before a name that closes it (its
    ``that`` and colon are read as every clause-only cue's)."""
    if _SUBJECT_THEN_AUXILIARY.match(text, cue.end):
        return True  # "Kramer maintains she never saw the invoices."
    if text.startswith(".", cue.end):
        return True  # "The levy is unlawful, the council maintains.": closing
    if text[cue.start - 2 : cue.start] == ", ":
        # "The levy is unlawful, maintains opposition leader Karel Brandt."
        return _NAME_AFTER_INVERTED_CUE.match(text, cue.end) is not None
    return (
        _CLOSES_SENTENCE.match(text, cue.end) is not None
        and _SUBJECT_AFTER_CONTENT.search(
            text, max(0, cue.start - _SUBJECT_AFTER_CONTENT_REACH), cue.start
        )
        is not None
    )


# A word, a relative pronoun and the relative clause's subject up to its verb: "billion that
# analysts had", "figure which economists". Audit: a possessive run, a fixed relative, at most
# three possessive word runs; anchored at the window's end.
_OBJECT_RELATIVE = regex.compile(r"([^\s]++)[ ](?:that|which)(?:[ ][\p{L}'\-]++){1,3}+[ ]$")
_OBJECT_RELATIVE_REACH = 64  # characters before a cue read for it


# A negated imperative opening a clause right before a cue's base form ("Don't think", ":
# never expect", ", and do not expect"). Audit: fixed alternatives anchored at the window's
# end; one search in a short window.
_IMPERATIVE_NEGATION = regex.compile(
    r"(?:^|[:;]|,[ ]and|[.!?][\"\u201d]?)[ ]*+(?i:do[ ]not|don't|don\u2019t|never)[ ]$"
)
_IMPERATIVE_REACH = len(", and do not ")  # the characters read before a cue for it


# An indefinite pronoun and a subject pronoun right before a cue: a relative clause without
# its pronoun ("Nothing we say makes any difference", "everything they claim"); not a set
# phrase ("More than anything he said", "Above all she said"). Audit: fixed alternatives and
# a bounded lookbehind, anchored at the window's end.
_ZERO_RELATIVE = regex.compile(
    r"(?<!\b(?i:than|above)[ ])\b(?i:nothing|everything|anything|something|all)[ ]"
    r"(?:we|i|you|they|he|she)[ ]$"
)
_ZERO_RELATIVE_REACH = len("everything they ")


# Cues that name what they take, a source or a figure, and take no clause: in a relative
# clause without its pronoun, their object is the noun before ("the figures the minister
# quoted were"), while "a list of firms she said had paid" reports a clause (PolNeAR marks
# it).
_NAMING_FORMS = frozenset("quote quotes quoted cite cites cited mention mentions mentioned".split())
# A noun phrase and the subject of a relative clause without its pronoun, right before a cue:
# "The figures the minister", "the survey his campaign", "the numbers Reyes". Audit: fixed
# words, bounded repetitions of possessive runs (at most three by two tries), anchored at the
# window's end.
_CONTACT_RELATIVE = regex.compile(
    r"\b(?i:the|a|an|this|these|those|his|her|its|their|our)"
    r"(?P<head>(?:[ ]\p{Ll}[\p{Ll}\-]*+){1,3})"
    r"[ ](?:(?i:the|a|an|his|her|its|their|our)(?:[ ]\p{Ll}[\p{Ll}\-]*+){1,2}"
    r"|(?i:he|she|they|we|i|you)|\p{Lu}[\p{L}\-]*+(?:[ ]\p{Lu}[\p{L}\-]*+)?+)[ ]$"
)
_CONTACT_REACH = 80  # characters before a cue read for such a relative clause


def _in_contact_relative(text: str, start: int, match: re.Match[str], form: str) -> bool:
    """Whether a cue that names what it takes stands in a relative clause without its pronoun,
    the sentence's verb right after it (``The figures the minister quoted were out of date``):
    its object is the noun before, and what follows is the writer's, no report."""
    if form not in _NAMING_FORMS or _next_word(text, match.end()) not in _FINITE_VERBS:
        return False
    found = _CONTACT_RELATIVE.search(
        text, max(start, match.start() - _CONTACT_REACH), match.start()
    )
    return found is not None and not _has_a_verb(found.group("head").split())


# "how" and a word it asks after, then a subject, right before a cue: an embedded question
# whose asked word is the cue's own complement ("how safe people felt"). Audit: a fixed word,
# a possessive run, a bounded repetition of possessive runs (three tries), anchored at the
# window's end.
_HOW_FRONTED = regex.compile(r"\b(?i:how)[ ](?P<asked>\p{Ll}++)(?:[ ][\p{L}\-']++){1,3}[ ]$")
_HOW_REACH = 60  # characters before a cue read for such a question
_SUBJECT_PRONOUNS = frozenset(PRONOUNS)
# Words that open a clause's subject: a pronoun or a determiner ("they", "the", "his").
_SUBJECT_OPENERS = _SUBJECT_PRONOUNS | NOUN_DETERMINERS
# Words that make such a question's asked word or the cue's next word a subject, not the
# complement: a clause's subject opener or an object pronoun, and a count or a demonstrative
# for each.
_HOW_SUBJECTS = _SUBJECT_OPENERS | _OBJECT_PRONOUNS
_HOW_ASKED_SUBJECTS = _HOW_SUBJECTS | frozenset(("many", "few"))
_HOW_NEXT_SUBJECTS = _HOW_SUBJECTS | frozenset(("that", "this", "these", "those"))


def _fronted_by_how(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether a cue's complement is the word an embedded how-question asks after (``measured
    how safe people felt compared with five years earlier``): nothing of the cue's follows; but
    ``how firmly Ottawa believes Lima has ...`` reports a clause."""
    found = _HOW_FRONTED.search(text, max(start, match.start() - _HOW_REACH), match.start())
    if (
        found is None
        or found.group("asked") in _HOW_ASKED_SUBJECTS
        or found.group("asked").endswith("ly")
    ):
        # ("how you should think about", "how many surveyors assure callers", "how
        # quickly Varga admitted defeat": the manner asked after, the subject's count)
        return False
    following = text[match.end() : match.end() + 2]
    word = _next_word(text, match.end())
    return following[:1] in (".", ",", ";", ":", "?", "!", "") or (
        following[:1] == " " and following[1:].islower() and word not in _HOW_NEXT_SUBJECTS
    )


# Verbs of feeling whose object pronoun names whom a thing affects ("That should worry us",
# "It troubles me"), with no report unless a clause follows; not "her", a possessive as often.
_AFFECTING_FORMS = frozenset("worry worries worried concern concerns trouble troubles".split())


# Words before a noun of assertion that say nobody made it ("there was no suggestion that",
# "denied any claim that", "Without assurances that").
_UNMADE_DETERMINERS = frozenset(("no", "any", "without"))


# A relative "that" with no subject of its own after a noun: "claims that could not be
# verified", "claims that proved false". Audit: fixed words; one position.
_RELATIVE_THAT_AFTER = regex.compile(
    r"[ ]that[ ](?:could|would|can|will|may|might|must|should|was|were|is|are|has|have|had"
    r"|\p{Ll}++ed)\b"
)


# A relative "that" with a subject of its own and a verb that makes, gives or takes up what a
# noun of assertion names, with no object after it ("the suggestion that the committee made
# last year", "the assertion that he first made in January", "assurances that Holm gave were
# broken"). Audit: fixed words and at most two possessive letter runs, each once; one
# lookahead of fixed words or one mark.
_RELATIVE_THAT_WITH_SUBJECT = regex.compile(
    r"[ ]that[ ](?:(?:the|a|an|his|her|their|its|this)[ ])?[\p{L}'\u2019]++[ ]"
    r"(?:\p{Ll}++[ ])?(?:had[ ]|has[ ]|have[ ])?"
    r"(?:made|offered|gave|given|raised|floated|repeated|voiced|issued|received|rejected|heard"
    r"|dismissed|denied|accepted|ignored|welcomed|backed|echoed)"
    r"(?=[ ](?:in|on|at|last|this|earlier|during|before|after|to|was|were|is|are|has|had|have"
    r"|did|will|would|could|and|but)\b|[,.;:!?])"
)


# A question about a noun of assertion opening the sentence ("Is the contention that", "Was
# this claim that"): a form of "be" and a determiner. Audit: fixed words; matched whole over
# the few characters before the noun.
_ASKED_ABOUT_NOUN = regex.compile(
    r"[\"\u201c]?(?:Is|Was|Are|Were)[ ](?:the|this|that|his|her|their|its)[ ]"
)


# A comma, an optional article and a noun before a relative word: the writer's summing up of
# what came before ("..., claims that could not be verified", "..., a claim for which").
# Audit: fixed characters, one possessive letter run, fixed words; one search.
_SUMMARY_NOUN = regex.compile(r",[ ](?:(?:a|an|the)[ ])?(\p{L}++)[ ](?:that|which|for[ ]which)\b")


def _present_form(form: str) -> bool:
    """Whether a one-word cue is in the present (``say``, ``says``)."""
    return _base_form(form) or (form.endswith("s") and _base_form(form[:-1]))


def _base_form(form: str) -> bool:
    """Whether a cue's form is a verb's base form (``ask``, ``insist``), which opening a
    sentence with no subject before it is an imperative."""
    return " " not in form and not form.endswith(("s", "ed", "ing")) and form not in IRREGULAR_PASTS


def _imperative_form(form: str, cues: Mapping[str, CueClass]) -> bool:
    """Whether a cue's form can open an imperative: a verb's base form alone (``Ask``) or
    with the words it is listed with (``Note that``, ``Imagine that``, ``Point out``), its
    head a verb because an inflection of it is a cue too (not ``In his view``, ``Confident
    that``)."""
    if _base_form(form):
        return True
    head, _, rest = form.partition(" ")
    return _base_form(head) and any(
        f"{head}{ending}" in cues or f"{head}{ending} {rest}" in cues
        for ending in ("s", "es", "d", "ed")
    )


# A subject's noun phrase alone before a participle cue: a determiner and one to three words
# ("A motion ", "The open letter "). Audit: a fixed determiner, a bounded repetition of
# possessive word runs, matched whole.
_SUBJECT_NOUN_BEFORE = regex.compile(r"(?i:an?|the|this|one)(?:[ ][\p{L}\-]++){1,3}+[ ]")
# An owner or an article alone before a noun cue opening its sentence ("His ", "The mayor's ",
# "Kline's ", "Lydia Venn's ", "Sen. Iris Vane's ", a plural's "Democrats' "), maybe with a
# quoted word ('Ruiz's "final" '). Audit: one alternation of fixed words or at most four
# possessive capitalised word runs (each with an optional abbreviation's dot) and a fixed
# owner's ending, then a bounded repetition of possessive word runs; matched whole.
_OWNER_BEFORE_NOUN = regex.compile(
    r"(?:(?i:his|her|their|its|the|an?)"
    r"|(?:\p{Lu}\p{L}*+\.?+[ ]){0,3}+\p{Lu}\p{L}++(?:['\u2019]s|(?<=s)['\u2019]))"
    r"(?:[ ][\p{L}\-'\u2019\"\u201c\u201d]++){0,2}+[ ]"
)
# Participle cues that take an object, not a clause ("calling for", "urging", "demanding").
# Audit: fixed alternatives, a lazy run of at most 20 letters, matched whole against a cue's
# form.
_OBJECT_PARTICIPLE = regex.compile(r"\p{L}{1,20}?ing[ ]for|urging|demanding|seeking|proposing")
# Finite verbs that may be the main clause's after such a subject ("was defeated", "has
# drawn").
_MAIN_VERBS = frozenset(
    "was were is are has have had will would could does did said says told drew won got".split()
)
_NO_DOUBT_FORMS = frozenset(("has no doubt", "have no doubt", "had no doubt"))


def _plural_subject_before(text: str, cue: CueMatch, lexicon: Lexicon) -> bool:
    """Whether a cue's base form follows a plural that may be its subject, so the cue is a verb
    (``The mayor's aides claim that``), not a noun after its owner (``Vane's claim that``)."""
    previous = _words_before(text, cue.start, 1)
    return (
        not _plural_in_s(cue.form)
        and bool(previous)
        and not possessive(previous[0])
        and _plural_subject(previous[0], lexicon)
    )


def _owned_noun_cue(text: str, start: int, cue_start: int, cue_end: int) -> bool:
    """Whether the words from a sentence's ``start`` to a cue are its owner, ending with a
    possessive and maybe a modifier of the noun (``Her ``, ``The mayor's latest ``, ``Senator
    Clara Voss's ``; ``data/cue_noun_modifiers.tsv``; a quotation that qualifies it, ``The
    mayor's "temporary" ``), and the cue takes a phrase, not a copula (``Their fear is that``):
    the cue is a noun heading the sentence's subject, as no verb follows an owner (not ``The
    council called for``, nor ``Her accountant said``, whose owner is the subject's, nor ``She's
    hoping``, a contraction; nor a headline's label before a colon, ``Her new warning: ...``)."""
    if text[cue_end : cue_end + 1] == ":":
        return False
    owner = _OWNER_BEFORE_NOUN.fullmatch(text, start, cue_start)
    words = owner.group().split() if owner is not None else [""]
    modifiers = read_words("cue_noun_modifiers.tsv")
    if (
        len(words) > 1
        and words[-1][:1] in _OPENERS
        and qualifying_quotation(text, cue_start - len(words[-1]) - 1, cue_start - 1, cue_start)
    ):
        words.pop()  # 'The mayor's "temporary" promise to': a quotation qualifying the noun
    while len(words) > 1 and words[-1].lower() in modifiers:
        words.pop()  # "The mayor's latest call for": the owner before the noun's modifiers
    last = words[-1]
    return (last.lower() in POSSESSIVE_DETERMINERS or possessive(last)) and (
        _next_word(text, cue_end) not in BE_FORMS
    )


def _reports_a_clause(text: str, cue: CueMatch, start: int) -> bool:
    """Whether what a noun cue reports from ``start`` is a clause without ``that``, a
    determiner or a subject pronoun opening it right after the noun (``Her warning the dam
    would fail was ignored``, whose own verb is no main verb); not a phrase after a preposition
    that ends the cue or stands before ``start`` (``call for calm``, ``warning about the
    storm``), an infinitive (``pledge to cut``) or an object (``warning residents``)."""
    if " " in cue.form or text[cue.end : start].strip():
        return False
    first = text[start : start + _CHARACTERS_PER_WORD].split(maxsplit=1)[:1]
    return bool(first) and (first[0] in NOUN_DETERMINERS or first[0] in _SUBJECT_PRONOUNS)


def _past_participle(word: str) -> bool:
    """Whether a lower-case word reads as a past form (``closed``, ``told``)."""
    return word.endswith("ed") or word in IRREGULAR_PASTS


def _main_verb_start(
    text: str, start: int, end: int, *, noun_clause: bool = False, opened: bool = False
) -> int:
    """Where the main clause's verb after a participle's object starts, ``end`` when none: the
    first such verb with no subordinate word since the last verb before it (``A motion urging
    ministers to explain why the report was delayed was defeated``: the second ``was``). After
    a noun's clause (``noun_clause``) the last past form that follows the clause's verb and its
    words is the main clause's too (``The forecast that the river would crest on Tuesday
    prompted evacuations``; ``that the mayor ignored warnings issued last year angered``; not
    ``would be flooded``). With ``opened``, a clause without ``that`` opens at ``start``
    (``Her warning the dam would fail was ignored``)."""
    subordinate = opened  # a clause opened whose verb has not come yet
    clause_verb = False  # the verb of the noun's clause has come
    main_past = end  # the last past form that may be the main clause's
    past_end = -1  # where that past form ends
    previous = ""
    before_previous = ""  # the word before that: an auxiliary before an adverb in -ly
    for word in _WORD.finditer(text, start, end):
        lowered = word.group().lower()
        if lowered in _CLAUSE_OPENERS_IN_OBJECT:
            subordinate = True
        elif (
            lowered in _MAIN_VERBS
            and not subordinate
            # (no infinitive: "His pledge to have the bridge repaired by May was broken")
            and text[word.start() - len("to ") : word.start()] != "to "
        ):
            return int(word.start()) - 1
        elif lowered in _MAIN_VERBS or _past_participle(lowered):
            if (
                noun_clause
                and clause_verb
                and not subordinate
                and _past_participle(lowered)
                and previous not in _BEFORE_A_CLAUSE_PAST
                and not previous.endswith(",")
                # (not a participle after an auxiliary's adverb, "was badly damaged"; but "would
                # pass quickly faded": the clause's own adverb, then the main clause's past)
                and not (previous.endswith("ly") and before_previous in _BEFORE_A_CLAUSE_PAST)
                # (not a participle right after the main clause's past: "that the bridge was
                # unsafe went unheeded")
                and text[past_end : word.start()] != " "
            ):
                main_past, past_end = int(word.start()) - 1, int(word.end())
            subordinate = False  # "why the pool closed": the clause's own verb
            clause_verb = True
        if noun_clause:  # (the word before a past form is read only after a noun's clause)
            before_previous = previous
            previous = lowered + text[word.end() : word.end() + 1].strip()
    return main_past


# Words before a past form that make it part of the clause's own verb or a second one, or a
# base form ("would be flooded", "had not crested", "crested and flooded", "will hit").
_BEFORE_A_CLAUSE_PAST = _FINITE_VERBS | frozenset("not never and or but to get got shall".split())


# Words opening a clause inside a participle's object, whose verb is not the main clause's.
_CLAUSE_OPENERS_IN_OBJECT = frozenset(
    "that whose who whom which why what how where when whether if".split()
)

# A relative pronoun right before a cue, maybe with a perfect's auxiliary or an adverb of
# time between ("Voters who said", "those who also say", "The clerk who first revealed", "A
# woman who has accused"): the cue stands in a relative clause. Audit: fixed words and one
# optional possessive run of letters, anchored at the window's end.
_RELATIVE_BEFORE_CUE = regex.compile(
    r"\b(?:who|that)[ ](?:(?:has|had|have)[ ])?+"
    r"(?:(?:also|first|later|once|earlier|\p{Ll}++(?<=ly))[ ])?+$"
)
_RELATIVE_BEFORE_REACH = len(" who had repeatedly ")  # characters before a cue read for it
_RELATIVE_SUBJECT_WORDS = 6  # "A majority of those who said": the words of such a subject


def _relative_on_subject(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether a cue stands in a relative clause on the sentence's subject, with no comma to
    close it (``Voters who said prices were their top concern favored Brandauer``): its report
    ends where the main clause's verb comes."""
    relative = _RELATIVE_BEFORE_CUE.search(
        text, max(sentence_start, cue_start - _RELATIVE_BEFORE_REACH), cue_start
    )
    if relative is None:
        return False
    subject_start = past_dateline(text, sentence_start)
    subject = text[subject_start : relative.start()]
    return (
        subject[:1].isupper()
        and "," not in subject
        and not _has_words(text, subject_start, relative.start(), _RELATIVE_SUBJECT_WORDS + 1)
        and not _holds_a_verb(text, subject_start, relative.start())
        # (not "There's nothing that suggests X": the relative is on the verb's object)
        and not any(_contracted_verb(word) for word in subject.lower().split())
    )


# Words that a contracted verb follows ("she's", "they're", "there's").
_BEFORE_A_CONTRACTION = frozenset(PRONOUNS) | frozenset(("there", "here", "that", "what"))


def _contracted_verb(word: str) -> bool:
    """Whether a lower-case word is a subject and its contracted verb (``they're``)."""
    subject, mark, _ = word.replace("\u2019", "'").partition("'")
    return bool(mark) and subject in _BEFORE_A_CONTRACTION


# Verbs of an infinitive that take an object and its participle ("to see the pier reopened", "to
# have the road paved", "to get the bill passed", "to keep the pool closed").
_PARTICIPLE_COMPLEMENTS = frozenset("see have get keep leave make hear want find watch".split())


def _main_verb_after_report(
    text: str, start: int, end: int, cues: Mapping[str, CueClass], *, phrase: bool = False
) -> int:
    """Where a report in a relative clause on the subject ends, ``end`` when nothing ends it:
    before the main clause's verb, the first finite or past form once the report's own verb
    has come and not in its verb group (``prices were their top concern favored Brandauer``,
    ``the economy had improved under Varga backed Ferrer``), or at a comma after that verb
    (``Among those who said prices mattered most, most backed Ruiz``). A report that is a
    ``phrase``, an infinitive, has its verb already (``Members who plan to attend the gala will
    pay``: the first finite form, or a cue's past, is the main clause's). A cue in the report, a
    relative, ``that``, a subordinator (``because prices had risen``) or a subject pronoun after
    a noun (``the seed they bought failed``) opens a clause whose verb comes first (``said they
    thought the economy was improving favored``); a verb after a subject pronoun is one
    whatever its form (``they earn``), a verb after ``and`` goes on with the report's
    (``tasted strange and smelled of gas``), and a participle before ``by`` modifies a noun
    (``roads damaged by the storm were``)."""
    pending = 0 if phrase else 1  # clauses opened whose verb has not come yet
    complement = False  # the phrase's verb takes an object and its participle ("to see")
    open_group = False  # the last word leaves a verb group open ("had", "they're", "felt")
    after_determiner = False  # "the unemployed": no verb
    after_subject = False  # "they earn": a verb
    after_noun = False  # "the seed they": a relative clause's subject
    previous_end, lead = start, -1  # lead: where adverbs before a word start ("overwhelmingly")
    previous_word = ""
    for index, word in enumerate(_WORD.finditer(text, start, end)):
        lowered = word.group().lower()
        comma = text.find(",", previous_end, word.start())
        # (not in a phrase, whose commas may list its objects: "who hope to visit Oslo, Bergen
        # and Tromso")
        if comma != -1 and not pending and not phrase and not _in_number(text, comma):
            return _before_comma(text, comma)
        previous_end = int(word.end())
        if (lowered.endswith("ly") and lowered not in read_words("nouns_in_ly.tsv")) or (
            lowered in _ADVERBS_BEFORE_BE
        ):
            lead = int(word.start()) if lead == -1 else lead
            continue
        contracted = _contracted_verb(lowered)
        participle = _past_participle(lowered) and lowered not in read_words("nouns_in_ed.tsv")
        # (a phrase's own participle of its object is no verb: "who want to see the pier
        # reopened should"; but "who hope to see it reopened met on Tuesday", "who threatened
        # to strike voted")
        own_participle = participle and complement and not pending and lowered not in cues
        verb = word.group()[:1].islower() and (  # (not a name: "Ahmed Khalil")
            after_subject
            or lowered in FINITE_VERBS
            or contracted
            or lowered.endswith(("n't", "n\u2019t"))
            or (participle and not own_participle)
            # "A Republican who wrote the speech ... says he won't": a cue's present
            or (not pending and lowered in cues and lowered.endswith("s"))
            # "Groups that have endorsed him say": a cue after a phrase's object pronoun
            or (phrase and not pending and lowered in cues and previous_word in _OBJECT_PRONOUNS)
        )
        if own_participle or (phrase and index == 1):
            complement = not own_participle and lowered in _PARTICIPLE_COMPLEMENTS
        if lowered in _CLAUSE_OPENERS_IN_OBJECT or lowered in _CONTRAST_SUBORDINATORS:
            pending += 1
        elif lowered in PERSONAL_PRONOUNS:
            # "the seed they bought failed": a relative clause's subject after its noun
            pending += after_noun
        elif verb and not after_determiner:
            if _next_word(text, word.end()) == "by" and not after_subject and not open_group:
                continue  # "roads damaged by the storm": a noun's modifier
            if not pending and not open_group:
                return (int(word.start()) if lead == -1 else lead) - 1
            # "they thought the economy was", "were told the plan": a clause to come; "they
            # felt ignored": one verb group
            pending = max(0, pending - 1) + (lowered in cues)
        # (not "that they", "because they", "and they": the subject of the clause they open)
        after_noun = lowered.isalpha() and not (verb or lowered in _OBJECT_CLAUSE_OPENERS)
        after_subject = lowered in PERSONAL_PRONOUNS
        after_determiner = lowered in NOUN_DETERMINERS
        open_group = (
            lowered in _IN_A_VERB_GROUP or contracted or lowered in cues or lowered == "and"
        )
        lead = -1
        previous_word = lowered
    return end


def _imperative_goes_on(text: str, start: int, cue_start: int, lexicon: Lexicon) -> bool:
    """Whether a cue after ``and`` coordinates with a cue's base form opening the sentence
    (``Ask a question and insist on an answer``): an imperative too."""
    if _words_before(text, cue_start, 1) != ["and"]:
        return False
    first = text[start : start + _CHARACTERS_PER_WORD].split()[:1]
    return (
        bool(first)
        and first[0][:1].isupper()
        and first[0].lower() in lexicon.cues
        and _base_form(first[0].lower())
    )


def _negated_imperative(text: str, start: int, cue_start: int) -> bool:
    """Whether a cue's base form follows a negated imperative: an instruction to the reader or
    a listener, nobody's report. After ``, and`` only when the clause before is an imperative
    after a colon (``advice is simple: keep regular hours, and do not expect a diet to``; not
    ``Police have charged two men, and do not believe``)."""
    found = _IMPERATIVE_NEGATION.search(text, max(start, cue_start - _IMPERATIVE_REACH), cue_start)
    if found is None:
        return False
    if not found.group().startswith(","):
        return True
    colon = text.rfind(":", start, found.start())
    return colon != -1 and text[colon + 1 : colon + 3].lstrip()[:1].islower()


# Prepositions before a noun's modifier ("of analyst estimates"): a cue's form in -s two words
# after one is a plural noun.
_BEFORE_A_MODIFIER = frozenset("of on with from than to by for in about".split())


def _modifier_after_preposition(text: str, offset: int) -> bool:
    """Whether the two words before ``offset`` are a preposition and a modifier (``of
    analyst``, ``of Democratic``), so a cue's form there that is also a plural noun is the
    noun."""
    words = text[max(0, offset - _CHARACTERS_PER_WORD * 2) : offset].split()[-2:]
    return len(words) == 2 and words[0].lower() in _BEFORE_A_MODIFIER


def _object_relative(text: str, start: int, cue_start: int, lexicon: Lexicon) -> bool:
    """Whether a cue closing its clause stands in a relative clause whose object is the noun
    before it (``the $4.6 billion that analysts had expected.``), not after a cue's ``that``
    (``said that analysts expected.``)."""
    found = _OBJECT_RELATIVE.search(text, start, cue_start)
    if found is None:
        return False
    subject = text[found.end(1) : cue_start].lower().split()[1:]
    while subject and subject[-1] in _FINITE_VERBS:
        subject.pop()  # "that analysts had expected": the cue's own auxiliary
    if _has_a_verb(subject):
        return False  # "a survey which the ministry published warns": the main verb
    before = found.group(1).lower().strip(",")
    # (not "in which he declares,": a preposition's relative, whose clause is the report's)
    return (
        before not in lexicon.cues
        and before not in _FINITE_VERBS
        and before not in _BEFORE_A_MODIFIER
    )


# Cue forms that end in an infinitive's "to", which is the content's (those of "pointing to",
# "referring to" and "according to" are prepositions, which stay the cue's): PolNeAR train starts
# the content at the "to" of "declined to", "refused to" 72 times, at the verb twice (after the
# verb 26 times, the verb then in the cue); of "planning to" 8 times, at the verb never.
_INFINITIVE_TO_FORMS = read_words("refusal_cues.tsv") | frozenset(("planning to",))
# Cues of pointing, which cite evidence ("pointing to the polls") or point at a thing in view.
_POINTING_CUES = frozenset(("pointing to", "pointed to", "points to"))
_GESTURE_REACH = 40  # '," Ada Kessel said, pointing to': characters from a quotation to the cue
# A word of a quotation that points at something in view: "here", or a demonstrative before a
# noun ("this place", "these docks"; not "this is"). Audit: fixed words, then one possessive
# run of letters; searched in one quotation.
_DEICTIC = regex.compile(r"\b(?i:here\b|(?:this|these|those)[ ](?P<noun>\p{Ll}++))")
# What opens a thing in view that a speaker points at ("pointing to the boarded-up docks", "to
# his ear", "to one and then the other"); evidence cited opens otherwise too ("pointing to a
# sharp rise in measles cases", "to figures from the statistics office").
# Words after a demonstrative that name no thing in view: a verb ("this is") or a time ("this
# year").
_NO_THING_IN_VIEW = _FINITE_VERBS | WHEN_WORDS
_POINTED_DETERMINERS = frozenset("the this that these those one his her its their our my".split())


def _gesture(text: str, cue: CueMatch, stretches: list[QuotedStretch]) -> bool:
    """Whether a cue of pointing is the speaker's gesture at what the quotation just before
    points to (``"They shut this place down," she said, pointing to the boarded-up docks``,
    ``"It goes in here," he said, pointing to his ear``), not evidence cited (``"We're
    winning," she said, pointing to the polls``; ``"Prices have doubled this year," she said,
    pointing to figures``: a time is in view of nobody)."""
    if cue.form not in _POINTING_CUES or _next_word(text, cue.end) not in _POINTED_DETERMINERS:
        return False
    index = bisect.bisect_left(stretches, cue.start, key=lambda stretch: stretch.end) - 1
    if index < 0 or cue.start - stretches[index].end > _GESTURE_REACH:
        return False
    stretch = stretches[index]
    between = text[stretch.end : cue.start]
    if "," not in between and " as " not in between:
        return False  # '"...," she said pointing to': no participle set off, nor "said as she"
    return any(
        found.group("noun") is None
        or (found.group("noun") not in _NO_THING_IN_VIEW and not found.group("noun").endswith("ed"))
        for found in _DEICTIC.finditer(text, stretch.start, stretch.end)
    )


# Forms of "forecast" and "bet", whose nouns take a relative clause with "that" as often as
# their content ("the bet that he made", "the forecast that it issued in March").
_FORECAST_FORMS = frozenset("forecast forecasts bet bets".split())
_RELATIVE_THAT_WORDS = 5  # "that it had issued in": the words read for such a relative
# Nouns of saying and criticising (clause_only_cues.tsv: "accusation" and the rows "as" it or
# its inflection) whose "that" opens such a relative as well ("an admission that she later
# regretted", "an accusation that he denied"; review rvC22, invented probes).
_SAYING_NOUNS = frozenset(
    row[0]
    for row in read_table("clause_only_cues.tsv")
    if row[0] == "accusation" or row[1].startswith(("as accusation", "inflection of accusation"))
)
# The cue nouns whose "that" may open a relative on them: forecasts and the nouns of saying.
_RELATIVE_THAT_NOUNS = _FORECAST_FORMS | _SAYING_NOUNS
# Adverbs between such a relative's pronoun and its past ("that she later regretted").
_RELATIVE_ADVERBS = frozenset("later never once then since also still quickly".split())
# Prepositions after a past with no object of its own ("issued in March", "made with him").
_AFTER_OBJECTLESS_PAST = frozenset("in on at with last earlier this during for to".split())


def _object_relative_that(text: str, cue_end: int) -> bool:
    """Whether ``that`` after a noun of forecast or wager opens a relative clause on it: a
    pronoun, maybe a perfect auxiliary, and a past with no object of its own (``cut its sales
    forecast that it had issued in March``, ``lost the bet that he made with his brother``),
    not what is forecast or wagered (``bet that rates will fall``)."""
    words = text[cue_end : cue_end + _CHARACTERS_PER_WORD * _RELATIVE_THAT_WORDS].split()
    words = words[:_RELATIVE_THAT_WORDS]
    if len(words) < 3 or words[0] != "that" or words[1].lower() not in _SUBJECT_PRONOUNS:
        return False
    verb = 3 if words[2] in PERFECT_AUXILIARIES and len(words) > 3 else 2
    if verb + 1 < len(words) and (words[verb] in _RELATIVE_ADVERBS or words[verb].endswith("ly")):
        verb += 1  # "an admission that she later regretted"
    past = words[verb].rstrip(".,;")
    return _past_participle(past) and (
        past != words[verb] or (verb + 1 < len(words) and words[verb + 1] in _AFTER_OBJECTLESS_PAST)
    )


# Clause-only cues that also report a promise or an intention before an infinitive ("pledged
# to double", "planned to run"; not "pledged $2 million", "pledged delegates", "pledged his
# support", "planned the route").
_PLEDGE_FORMS = frozenset(("pledged", "planned"))
# Clause-only cues that report advice when what to do follows them ("advised the mayor to
# keep to the budget", "advising staff how to sell courses"); with a client alone they name a
# consultant's work, no report ("advises shipping firms on mergers", "has advised Mrs.
# Varela").
_ADVISE_FORMS = frozenset(("advise", "advises", "advised", "advising"))
# What to do after an advise-form, past its addressee: an infinitive (not "to" before a
# determiner, a figure or a name: "on its sale to Valeant"), "how", "whether", "against" or a
# clause ("advised him that the permit was valid"; not a relative, whose verb and object follow
# "that": "advised the family that owns the mill"); or, told as after "told", a colon or a
# clause without "that" (group "told": "advised drivers: stay off the road", "advised patients
# they should stay home", "advised customers on Monday their cards would be replaced"; its
# reach is _advice's).
# Audit: a lazy repetition of at most twelve possessive word runs that stop at a sentence's
# punctuation or a quote mark (not 'advised graduates to "join the Harbour rowing club:'),
# then a fixed alternation, the clause's subject a fixed word and at most two possessive word
# runs with lazy repetition behind a fixed-width lookahead, then a fixed auxiliary (the
# relative's lookahead one possessive run, a fixed lookbehind and fixed words); tried once, at
# the cue's end.
_ADVICE = regex.compile(
    r"(?:[ ][^\s.;:!?\"\u201c\u201d]++){0,12}?"
    r"(?:[ ](?:to[ ][\"\u201c]?+(?!(?:the|a|an|his|her|its|their|this|that)\b)\p{Ll}"
    r"|how\b|whether\b|against\b|that\b(?![ ]\p{Ll}++(?<=s|ed)[ ](?:the|a|an|his|her|its|their)\b))"
    r"|(?P<told>:|[ ](?="
    + _subject_then_auxiliary(
        "he|she|they|we|it|I|his|her|their|its|the",
        2,
        "that|which|who",
        "should|would|could|must|might|may|can|will|had|has|have|was|were|is|are",
    )
    + ")))"
)

_TOLD_ADVICE_WORDS = 4  # words of an addressee and a time: "customers on Monday"


def _advice(text: str, offset: int) -> regex.Match[str] | None:
    """What to do after an advise-form ending at ``offset`` (see ``_ADVICE``); told as after
    ``told`` only within a few words, never past a clause break (not ``advised Reyes during
    the 2019 campaign, and the two were``, ``advised the team for three seasons before his
    contract was ended``, ``which advised the city on the deal, lists three clients:``)."""
    advice = _ADVICE.match(text, offset)
    if advice is None or advice.group("told") is None:
        return advice
    between = text[offset : advice.start("told")]
    words = between.lower().split()
    if (
        len(words) > _TOLD_ADVICE_WORDS
        or "," in between
        or not _TOLD_ADVICE_BREAKS.isdisjoint(words)
    ):
        return None
    return advice


def _evidential_auxiliary(
    text: str, cue: CueMatch, cues: Sequence[CueMatch], used: set[int]
) -> bool:
    """Whether an evidential's ``to`` stands right before a cue of speech that reports on its
    own (``Rubio seemed to blame the governor``: the blame is Rubio's), the evidential hedging
    it as an auxiliary does; not one a direct quote took (``seemed to suggest X: "..."``).
    PolNeAR train, ``seem``/``appear`` forms before a speech cue: the content starts after the
    inner cue 9 times, covers the whole clause 3."""
    if not cue.form.endswith(" to") or cue.form not in read_words("evidential_cues.tsv"):
        return False
    after = bisect.bisect_left(cues, cue.end, key=lambda other: other.start)
    return (
        after < len(cues)
        and cues[after].cue_class is CueClass.SPEECH
        and cues[after].start not in used
        and not text[cue.end : cues[after].start].strip()
    )


# An object framed through "as" after a verb of depicting or regarding ("cast himself as a
# change agent", "view Ruiz as a safe pair of hands"): the object's first word, at most five
# more, "as" and the three words after it (the first maybe after a quotation's opening mark).
# Audit: possessive runs without a space, a lazy repetition of at most five of them, fixed
# words and two nested optional possessive runs; matched at one position.
_OBJECT_THEN_AS = regex.compile(
    r"[ ](?P<first>[\w'\u2019\-]++)(?:[ ][\w'\u2019.\-]++){0,5}?[ ]as[ ]"
    r"(?P<next>[\"\u201c'\u2018]?+[\w'\u2019\-]++)"
    r"(?:[ ](?P<then>[\w'\u2019\-]++)(?:[ ](?P<third>[\w'\u2019\-]++))?+)?+"
)
# What opens such an object besides a capitalised word: determiners and object pronouns.
_FRAMED_OPENERS = (
    NOUN_DETERMINERS
    | OBJECT_ONLY_PRONOUNS
    | frozenset("this that these those himself herself itself themselves ourselves".split())
)
# Words after "as" that open a clause or an idiom, no description of the object ("viewed the
# parade as it passed", "as well"); a comparison's "as hard as" and a clause's subject and past
# ("painted the hall as volunteers served soup") are read apart.
_NOT_FRAMING_AS = frozenset(
    "well if though he she they it we i you his her their its our part of to for such usual".split()
)
_CAST_FORMS = frozenset(("cast", "casts", "casting"))
# Words of a show that make "cast X as Y" a role, not a framing ("cast Lena Ortiz as a grieving
# widow in the film"; review rvA24), looked for in the rest of the sentence.
# (Not "play", "role" nor "show": 'cast himself as an outsider who would play a big role'.)
_SHOW_WORDS = frozenset(
    "film films movie movies series production musical sequel remake drama opera thriller "
    "comedy pilot episode".split()
)
# How far after the verb the words of a show are looked for.
_SHOW_REACH = 160


@functools.cache
def _literal_objects(form: str) -> frozenset[str]:
    """The things of ``data/literal_objects.tsv`` a verb's ``form`` handles with its hands
    (``cast their votes``, ``painted the fence``, ``passed the "hot potato"``): its verb column's
    base form, less a final ``e`` (``framing``), opens ``form``."""
    return frozenset(
        row[0].lower()
        for row in read_table("literal_objects.tsv")
        if form.startswith(row[1].removesuffix("e"))
    )


def _handles_literally(form: str, words: str) -> bool:
    """Whether the head of ``words`` (an object: its last word before a preposition) is a thing
    the verb ``form`` handles with its hands (``a shadow over the fair``, ``the "hot potato" to
    her deputy``; not ``her photo op``)."""
    head = list(itertools.takewhile(lambda word: word not in _HEAD_ENDS, _bare_words(words)))
    return bool(head) and head[-1] in _literal_objects(form)


# Prepositions that end an object's head ("a shadow over the fair", "a puppy from the shelter",
# "the fence as a favour").
_HEAD_ENDS = frozenset("as of on over for from in at to with into about against by under".split())


def _bare_words(words: str) -> list[str]:
    """The lower-cased words of ``words``, less the marks and stops around them."""
    return [word.strip(_ALL_MARKS + ",.;:!?()") for word in words.lower().split()]


# Audit: one possessive class run; no repetition around it.
_FOUR_WORDS = regex.compile(r"(?:[ ][\w'\u2019\-]++){1,4}+")


def _frames_through_as(text: str, form: str, end: int) -> bool:
    """Whether a verb of ``data/as_object_cues.tsv`` ending at ``end`` frames an object through
    ``as``, the only place where it is a cue (``cast
    himself as a change agent``, ``named Ortiz as his running mate``; not ``cast their votes as
    the polls closed``, ``viewed the parade as it passed``, ``as the band played``, ``pitched the
    ball as hard as he could``, nor a film's role: ``cast Ortiz as the Harbour Queen``)."""
    framed = _OBJECT_THEN_AS.match(text, end)
    if framed is None:
        return False
    first = framed.group("first")
    if not (first[:1].isupper() or first.lower() in _FRAMED_OPENERS):
        return False
    following = framed.group("next").lstrip("\"\u201c'\u2018")
    then = framed.group("then") or ""
    if (
        following.lower() in _NOT_FRAMING_AS
        or then == "as"  # "as hard as", "as far as"
        or (
            following.islower()
            and following not in NOUN_DETERMINERS
            and (later := _FOUR_WORDS.match(text, framed.end("next"))) is not None
            and "as" in later.group().split()
            and "as well" not in later.group()
        )  # "positioned the chairs as close to the stage as possible": a comparison
        or (
            following.islower()
            and following not in ARTICLES
            and not following.endswith("ly")
            and _past_participle(then)
        )  # "as volunteers served soup": a clause of time
        or (following in ARTICLES and _past_participle(framed.group("third") or ""))
        # ("as the hearing began", "as the polls closed")
    ):
        return False
    if _handles_literally(form, text[end : framed.start("next")]):
        return False  # "cast their votes as", "pitched a tent as", "framed the photo as"
    if form.startswith("promot") and "to" in _bare_words(text[end : framed.start("next")]):
        return False  # "promoted Ortiz to headliner as sales rose": a rank given
    if form not in _CAST_FORMS:
        return True
    if following == "the" and then[:1].isupper():
        return False  # "cast Ortiz as the Harbour Queen": a role
    sentence_rest = text[end : end + _SHOW_REACH].split(". ", 1)[0]
    # ("cast Lena Ortiz as a grieving widow in the film": a role)
    return _SHOW_WORDS.isdisjoint(_bare_words(sentence_rest))


def _reports_here(text: str, cue: CueMatch, stretches: list[QuotedStretch]) -> bool:
    """Whether a cue can govern reported speech where it stands: the forms of
    ``data/clause_only_cues.tsv`` only before ``that``, a colon or, within reach, words in
    quote marks (``pledged to oppose it "today, tomorrow, forever"``; a noun of
    ``complement_nouns.tsv`` only before its clause); ``add`` never before
    ``to`` (``adding to his victories``); ``citing`` never as an aside between a cue and its
    clause (``said, citing field commanders, that``), nor before what is added up (``added a
    third in stoppage time``, ``added another``, ``added 20 points``); ``continued`` never
    before a verb in -ing (``continued chanting``)."""
    if cue.form in _ADD_FORMS and _adds_up(text, cue.end):
        return False
    if cue.form in _KNOCK_FORMS and _knocks_something(
        text, cue.end, min(len(text), cue.end + _KNOCK_WORDS * _CHARACTERS_PER_WORD)
    ):
        return False  # "knocked him out in the third round": a blow, no criticism
    if _WHY_UNNAMED.search(text, max(0, cue.start - _WHY_UNNAMED_REACH), cue.start):
        return False  # "speaking on condition of anonymity because she feared ...": why
    if _cited_in_passing(text, cue):
        return False  # "The ministry said, citing field commanders, that ...": said's aside
    if _gesture(text, cue, stretches):
        return False  # '"They shut this place down," she said, pointing to the docks'
    if cue.form not in read_words("clause_only_cues.tsv"):
        return True
    if (
        cue.form in _CONTINUE_FORMS
        and text.startswith(" ", cue.end)
        and (going_on := _WORD.match(text, cue.end + 1, cue.end + _GOING_ON_READING)) is not None
        and going_on.group().islower()
        and going_on.group().endswith("ing")
        and going_on.group() not in PREPOSITIONS_IN_ING
    ):
        return False  # "Protesters continued chanting ...": the chant reports, not "continued"
    if cue.form in _RELATIVE_THAT_NOUNS and _object_relative_that(text, cue.end):
        return False  # "cut its sales forecast that it had issued in March"
    if _clause_follows(text, cue.end):
        # (not "that" before a time, a determiner: "received 40 complaints that week")
        return not _that_time(text, cue.end)
    if _PREDICATE_THAT.match(text, cue.end):
        return True  # "Beck's contention was that ...": the noun's clause as its predicate
    if cue.form in read_words("complement_nouns.tsv") and _agent_then_that(text, cue.end):
        return True  # "the suggestion by a rival that the port be sold": whose, then its clause
    adverb = _next_word(text, cue.end)
    if (
        adverb.endswith("ly")
        and adverb not in read_words("nouns_in_ly.tsv")
        and _clause_follows(text, cue.end + 1 + len(adverb))
    ):
        return True  # "is betting heavily that oil prices will rebound"
    position = skip_intervening(text, cue.end) + 1
    after_negation = text.find(" ", position)
    if after_negation != -1 and _next_word(text, position - 1) in _NEGATIONS:
        position = after_negation + 1  # "pledged not to take corporate PAC money"
    infinitive = _INFINITIVE.match(text, position) if cue.form in _PLEDGE_FORMS else None
    if infinitive is not None and infinitive.group("verb") not in NOUN_DETERMINERS:
        # "pledged on Saturday to double ...": a promise, reported as "vowed to" is; not
        # "pledged to the relief fund", a gift
        return True
    if cue.form in _ADVISE_FORMS and (
        _advice(text, cue.end)
        or (
            text[cue.end + 1 : cue.end + 2].islower()  # (not "advised Patience Mbeki")
            and _next_word(text, cue.end) in read_words("advised_conduct.tsv")
        )
    ):
        # "advising the mayor to keep to the budget", "advised caution": advice
        return True
    # ("lets" of "lets the board know", "Did officials know": at most two words between)
    known = (
        cue.form in _KNOW_FORMS
        and _NO_KNOWER_WORDS.isdisjoint(_words_before(text, cue.start, 3))
        and not _negated(text, cue)  # "Residents never knew the plant was leaking"
    )
    if (cue.form in _HEARING_FORMS or known) and _SUBJECT_THEN_AUXILIARY.match(text, cue.end):
        # "The jury heard the defendant had worked ...", "Voters know they are being misled": a
        # clause without "that"
        return True
    if cue.form in _HEARING_FORMS and text.startswith(".", cue.end):
        return True  # "Pyle poured petrol through the letterbox, the court heard.": closing
    if cue.form in _MAINTAIN_FORMS and _maintains_here(text, cue):
        return True  # "maintains she never saw the invoices", "..., the council maintains."
    index = bisect.bisect_left(stretches, cue.end, key=lambda stretch: stretch.start)
    if index == len(stretches) or stretches[index].start - cue.end > _GAP_CHARACTERS:
        return False
    # a noun reports only the clause it takes, quoted ("his suggestion at the hearing that she
    # was "too soft""), not a quotation near it ('called the suggestion "pure fantasy"': the
    # caller's words)
    return (
        cue.form not in read_words("complement_nouns.tsv")
        or " that " in text[cue.end : stretches[index].start + 1]
    )


# Words opening a subordinate clause fronted in a reported clause ("said that, even though
# ..., the", "argue that, while ...").
_FRONTED_SUBORDINATORS = SUBORDINATORS | frozenset(("even",))
# Words opening the source after an inverted cue: "..., said a former official".
_SOURCE_DETERMINERS = frozenset("a an the one two three several some many another".split())
# What opens a noun phrase or stands for one after a verb or "to" ("to the", "to her").
_DETERMINER_OR_OBJECT = NOUN_DETERMINERS | _OBJECT_PRONOUNS
# First words of what describes a name set off by commas: "Ana Brandt, the deputy clerk,".
_APPOSITIVE_OPENERS = _SOURCE_DETERMINERS | NOUN_DETERMINERS | frozenset(("who",))
_ADD_FORMS = frozenset("add adds added adding".split())
# The forms of "continue", which before a verb in -ing say that something went on.
_CONTINUE_FORMS = frozenset("continue continues continued continuing".split())
_GOING_ON_READING = 30  # characters after a form of "continue" read for a verb in -ing
# What "add" takes when it adds up rather than speaks: "added a second", "adds another".
_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())
_ADDED_REACH = 40  # characters after "add" read for what it adds
_ADDED_WORDS = 4  # words after "add" read for the "that" or colon of a report
_WORD_REACH = 30  # characters before a cue read for the word before it
# The last words before a cue read for its subject's head, and the prepositions whose phrase
# follows that head ("Doctors at St. Brigid's Hospital said", "officials in Kelton said").
_SOURCE_HEAD_WORDS = 5
_SOURCE_HEAD_PREPOSITIONS = frozenset("at of in from for with".split())
# Prepositions before a gerund, which then tells when, not who said what ("before answering").
_GERUND_LEADS = frozenset("before after without while since".split())


# The forms of "knock", which criticise ("knocked Vale on trade") unless they hit or move
# something: a particle or preposition of motion right after the form (the joined ones are
# no_cue_idioms.tsv's: "knocked out"), or one past a short object ("knocked him out in the third
# round", "knocked 2 percent off growth", "knocks the plans into doubt"); "over", "in", "back"
# and "around" only where the phrase ends ("knocked the vase over."; not "knocked Vale over his
# record", a topic, nor "knocked her in a speech", a venue). Review rvC22: invented probes.
_KNOCK_FORMS = frozenset("knock knocks knocked knocking".split())
_KNOCK_FIRST = frozenset("against at into through".split())
_KNOCK_PARTICLES = frozenset("out off down into onto sideways loose".split())
_KNOCK_LAST = frozenset("over in back around".split())
_KNOCK_WORDS = 6  # words of the object read for a particle


def _knocks_something(text: str, cue_end: int, end: int) -> bool:
    """Whether a form of ``knock`` ending at ``cue_end`` hits or moves something before
    ``end`` rather than criticising (see ``_KNOCK_PARTICLES``)."""
    stop = _CLAUSE_STOP.search(text, cue_end, end)
    phrase_end = end if stop is None else stop.start()
    words = [
        word.group().lower()
        for word in itertools.islice(_WORD.finditer(text, cue_end, phrase_end), _KNOCK_WORDS + 1)
    ]
    if words[:1] and words[0] in _KNOCK_FIRST:
        return True  # "The boat knocked against the pier"
    return any(word in _KNOCK_PARTICLES for word in words) or bool(
        words and len(words) <= _KNOCK_WORDS and words[-1] in _KNOCK_LAST
    )


def _adds_up(text: str, cue_end: int) -> bool:
    """Whether ``add`` adds something up here: before ``to``, ``another``, an amount or an
    ordinal (``adding to his victories``, ``added a third``, ``added 20 points``), or a short
    thing that ends the sentence (``adding a heart emoji.``)."""
    words = text[cue_end : cue_end + _ADDED_REACH].split()[:_ADDED_WORDS]
    if words[:1] == ["to"]:
        return True  # "adding to his victories"
    if any(word == "that" or word.endswith(":") for word in words):
        return False  # "added another warning that ...", "added a second point: ...": a report
    following = [word.strip(".,;:!?").lower() for word in words[:2]]
    if following[:1] == ["another"] or _measured(text, cue_end + 1):
        return True
    if (
        following[:1]
        and following[0] in ARTICLES
        and words[-1][-1:] == "."
        and not any(mark in "".join(words) for mark in '"\u201c\u2018')
        and not _FINITE_VERBS.intersection(word.strip(".").lower() for word in words)
    ):
        return True  # "adding a heart emoji.": a thing added, nothing said
    return len(following) == 2 and following[0] in ARTICLES and following[1] in _ORDINALS


@functools.cache
def _naming_pattern() -> tuple[regex.Pattern[str], dict[str, CueClass]]:
    rows = {
        row[0].lower(): CueClass(row[1])
        for name in ("naming_cues.tsv", "quoted_object_cues.tsv")
        for row in read_table(name)
    }
    # not after a hyphen or "so ": "so-called", "so called" name nobody
    body = trie_pattern(sorted(rows))
    # Audit: a one-character and a fixed three-character lookbehind, then a trie (see
    # quotekit._patterns.trie_pattern).
    return regex.compile(rf"(?<![\w\-])(?<!\bso[ ]){body}\b", regex.IGNORECASE), rows


# "compared with" or "compared to": a comparison, no naming verb. Audit: fixed words; one
# position.
_COMPARED_WITH = regex.compile(r"[ ]compared[ ](?:with|to)\b")


# Naming verbs that name only with an object before the quotation ('pronounced the deal "a
# triumph"'): right before it they give a word's sound ('Her name is pronounced "ROO-eez"',
# 'Kessling (pronounced "KESS-ling")'), which nobody says.
_OBJECT_ONLY_NAMING = frozenset(("pronounced", "rated", "naming"))
# Naming verbs whose title-cased name gives an honour or a thing its name, nobody's words
# ('is naming its "Citizen of the Year"', 'naming the bridge "Unity Crossing"'), unlike an
# epithet ('naming him the "angry harbour enforcer"').
_NO_TITLE_NAMING = frozenset(("naming",))
# Naming participles that name only in the passive, after a form of "be" or an adverb in -ly,
# with the quotation right after them ('was known as "the Poorhouse"'; not 'the hacker known
# as "Guccifer"', a name; see data/naming_cues.tsv).
_PASSIVE_ONLY_NAMING = frozenset(("known", "named", "nicknamed", "designated"))
# What such a verb gives the sound of: the quotation right after it, or a name or a word as its
# object, maybe with "as" ('pronounced her name "Fair-oh" instead of "Fay-roh"', 'pronounced
# the name as "Var-GAH"', 'pronounced the words "thank you" slowly'); not someone's words,
# which the verb judges ('pronounced the senator's words "reckless"'). Audit: a lazy
# repetition of at most two possessive runs without a space, fixed words, a look-behind of
# fixed alternatives, one class or two fixed apostrophes (the double mark of some papers,
# "is pronounced ''ROO-ez''"); matched at one position.
_SOUNDED = regex.compile(
    r"[ ](?:(?:\S++[ ]){0,2}?(?:name|names|surname|word"
    r"|(?<!(?:['\u2019]s|s['\u2019]|\bhis|\bher|\btheir)[ ])words)[ ](?:as[ ])?+)?"
    rf"(?:[{_OPENERS}]|'')"
)


# A sentence opening with "In", an article and a poll or survey, maybe with a participle, a time
# or a preposition after it (when it was taken, by whom, of whom), up to a comma before a
# capital or a figure: the rest of the sentence is what the poll found ("In a Gazette poll
# released Monday, 54 percent of islanders backed the levy"; not "In the poll tax debate, ...").
# PolNeAR train starts a content right after such a comma 8 times of 9; dev has none. Audit:
# fixed words, then two lazy repetitions of at most 8 and 5 possessive runs without a space or
# a comma around fixed words, and a one-character lookahead; matched at one position.
_POLL_OPENING = regex.compile(
    r"In[ ](?:an?|the)[ ](?P<words>(?:[^\s,.;:]++[ ]){0,8}?)(?P<head>poll|survey)s?+"
    r"(?:[ ](?:\p{Ll}++(?<=ed|en)|of|by|last|this|in|on|from)\b(?:[ ][^\s,.;:]++){0,5}?)?"
    r",[ ](?=[\p{Lu}\p{N}])"
)
# Words before a poll's head that make the phrase a clause ("In a note the mayor sent as the
# polls opened, ..."), besides a lower-case participle.
_NOT_BEFORE_POLL = SUBORDINATORS | frozenset(("as", "by", "that", "which", "who"))


def _poll_opening(text: str, sentence: Sentence, cues: list[CueMatch]) -> CueMatch | None:
    """The ``In`` of a sentence that opens with the poll or survey whose finding the rest is
    (``In a Gazette poll released Monday, 54 percent ...``; see ``_POLL_OPENING``), unless
    the rest is someone's report of its own, which a share of those polled does not open (``In
    a poll released Monday, Governor Ilsa Varga said ...``: hers), or a survey finds no share
    (``In a survey of the damage, Fire Chief Ola Berg counted 40 homes destroyed``: a look at
    the site, no poll)."""
    start = past_dateline(text, sentence.start)
    opening = _POLL_OPENING.match(text, start, sentence.end)
    if opening is None or any(
        word.islower() and (word.endswith("ed") or word in _NOT_BEFORE_POLL)
        for word in opening.group("words").split()
    ):
        return None
    if not text[opening.end()].isdigit() and any(cue.start >= opening.end() for cue in cues):
        return None
    if opening.group("head") == "survey" and not _A_SHARE.search(text, opening.end(), sentence.end):
        return None  # "In an aerial survey on Tuesday, Coast Guard crews spotted ...": a look
    return CueMatch(start, start + len("In"), POLL_OPENING, CueClass.DOCUMENT)


# How far after "To <Name>," a verb taking a "to" goal or recipient is looked for ("To Harlow, the
# storm that hit on Sunday brought floods"): about a dozen words.
_VIEWPOINT_GOAL_REACH = 80
_VIEWPOINT_OWN_REPORT_WORDS = 5  # "To reporters, Roe said ...": a cue this near is the rest's own
# The rest of a list of names after the first and its comma ("To Ruiz, Vale and the board,").
# Audit: at most four possessive runs with a space after, fixed words, one class run; matched
# at one position.
_VIEWPOINT_LIST = regex.compile(r"[ ](?:[^\s,.;:]++[ ]){0,4}?and[ ][^,.;:]{1,40}+,")


def _viewpoint_opening(text: str, sentence: Sentence, cues: list[CueMatch]) -> CueMatch | None:
    """The frame a sentence opens with that names whose view or count the rest is (``In Ash's
    view, the change would ...``, ``To Okafor, the mayor is ...``: ``viewpoint_opening()``),
    as a cue of thought the owner is the source of; None when there is none, when a cue of
    the lexicon already opens there (``In his view,``) or when a cue soon after the comma
    makes the rest a report of its own (``To Roe, Ames said ...``)."""
    start = past_dateline(text, sentence.start)
    if text.startswith(("But ", "And "), start):
        start += 4
    opening = viewpoint_opening().match(text, start, sentence.end)
    if opening is None or any(cue.start == start for cue in cues):
        return None
    comma = opening.end() + 1
    if opening.group("person") is None and _next_word(text, comma) in ("which", "who", "that"):
        return None  # "In her opinion, which ran to 40 pages, she warned": a court's text
    owner = text[slice(*viewpoint_owner(opening))].lower()
    if owner in WEEKDAYS or owner in MONTHS:
        return None  # "By Friday's count,", "To January,": a time, nobody's view
    clause = comma
    if _next_word(text, comma) in ("who", "whose", "whom"):
        # "To Okafor, who sent the letter, the reply was ...": the goal verb is the relative's
        aside_end = text.find(", ", comma, sentence.end)
        clause = aside_end + 1 if aside_end != -1 else comma
    if opening.group("person") is not None and not read_words("fronted_goal_verbs.tsv").isdisjoint(
        text[clause : min(sentence.end, clause + _VIEWPOINT_GOAL_REACH)].lower().split()
    ):
        return None  # "To Paris, the delegation flew", "To Jones, a letter was sent": a goal
    if any(
        cue.start > comma
        and (
            not _has_words(text, comma, cue.start, _VIEWPOINT_OWN_REPORT_WORDS)
            # ("In Ash's view, the deal is dead, she said.": the sentence is her report)
            or cue.form in SAY_FORMS
            or cue.form in TELL_FORMS
            or cue.form in SOURCE_FIRST_CUES
        )
        for cue in cues
    ):
        return None
    if _VIEWPOINT_LIST.match(text, comma):
        return None  # "To Ruiz, Vale and the board, the vote was ...": whom, in a list
    return CueMatch(start, opening.end(), VIEWPOINT_OPENING, CueClass.THOUGHT)


def _owned_quotation(
    text: str, stretches: list[QuotedStretch], cue: CueMatch
) -> QuotedStretch | None:
    """The quotation right before a noun cue that an owner opens (``her "lazy voters"
    remark``, ``Varga's "keep your doctor" promise``): the owner's words, which the noun names;
    None when no such quotation stands there."""
    index = bisect.bisect_left(stretches, cue.start - 1, key=lambda stretch: stretch.end)
    if index == len(stretches) or stretches[index].end != cue.start - 1:
        return None
    stretch = stretches[index]
    return stretch if _owners_words(text, stretch, cue.start) else None


def _owners_words(text: str, stretch: QuotedStretch, cue_start: int) -> bool:
    """Whether the quotation ``stretch`` right before a noun cue at ``cue_start`` is the words
    of an owner opening it, which the noun names (``her "lazy voters" remark``)."""
    return (
        # (not a title's, what the noun is about: 'Ruiz's "Harbour Lights" comments')
        not _title_cased(text, stretch.start, stretch.end)
        and owned_quotation(text, stretch.start, stretch.end, cue_start) is not None
    )


def _remark_cues(text: str, scan: _SentenceScan) -> list[CueMatch]:
    """Nouns of ``data/remark_nouns.tsv`` right after a quotation an owner opens (``her "lazy
    voters" remark``): cues whose report is that quotation."""
    nouns = read_words("remark_nouns.tsv")
    found = []
    for stretch in scan.stretches:
        noun = _WORD.match(text, stretch.end + 1, min(scan.sentence.end, stretch.end + 40))
        if noun is None or noun.group().lower() not in nouns:
            continue
        if _owners_words(text, stretch, noun.start()):  # (the stretch in hand, not sought again)
            found.append(CueMatch(noun.start(), noun.end(), noun.group().lower(), CueClass.SPEECH))
    return found


@functools.cache
def _owned_infinitive_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The nouns of ``data/owned_infinitive_nouns.tsv`` after an owner and before ``to`` and a
    lower-case word, and the bare noun and ``to``, searched first in a lower-cased sentence."""
    nouns = "|".join(sorted(map(regex.escape, _owned_infinitive_classes()), key=len, reverse=True))
    # An owner, at most one adjective and such a noun before "to" and a lower-case word
    # ("Vale's decision to close", "his recent call to ban"); not "its" (PolNeAR train 0 of 1
    # annotated: a party's calls to repeal a tax). Audit: fixed words or a possessive run with
    # a fixed ending, one optional possessive run, fixed alternatives and a lookahead of fixed
    # characters and one class (the adjective tried once with and once without); matched at
    # each position once.
    owned = regex.compile(
        rf"(?:\b(?:his|her|their|my|our)|[\p{{L}}.]++['\u2019]s?+)[ ](?:\p{{Ll}}++[ ])?"
        rf"(?P<noun>{nouns})(?=[ ]to[ ]\p{{Ll}})",
        regex.IGNORECASE,
    )
    # Audit: fixed alternatives, then fixed characters.
    return owned, regex.compile(rf"(?:{nouns})[ ]to[ ]")


# Words after which a noun phrase opens a clause as its subject ("But her decision to ...").
# (and an auxiliary opening a question: "Did Vale's decision to resign surprise you?"; and
# "including", whose list stands for the subject: "..., including his call to ban X, could")
_CLAUSE_OPENING_WORDS = SUBORDINATORS | frozenset(
    "and but or so yet maybe perhaps that did does do will would can could should including".split()
)
# Words after "to" that open no infinitive ("his call to the governor", "a call to arms").
_NOT_INFINITIVE = NOUN_DETERMINERS | POSSESSIVE_DETERMINERS | frozenset(("arms", "action"))
# Verbs whose object "call" is a telephone call, an infinitive after it the caller's aim or the
# answerer's ("returned her call to thank her", "took his call to hear him out"; review rvB24).
_TELEPHONE_CALL_VERBS = frozenset(
    """return returns returned returning answer answers answered answering take takes took
    taking taken miss misses missed missing receive receives received receiving""".split()
)
_PREDICATE_NOUN_LEAD_WORDS = 2  # "The main point": the words read before such a noun


@functools.cache
def _predicate_noun_pattern() -> tuple[regex.Pattern[str], Mapping[str, CueClass]]:
    """The nouns of ``data/predicate_nouns.tsv`` before ``is`` or ``was`` and ``that``, and
    their classes."""
    classes = {row[0]: CueClass(row[1]) for row in read_table("predicate_nouns.tsv")}
    nouns = "|".join(sorted(map(regex.escape, classes), key=len, reverse=True))
    # Audit: fixed alternatives of fixed words, one possessive optional letter, a lookahead of
    # fixed words; matched at each position once.
    pattern = regex.compile(
        rf"\b(?P<noun>{nouns})s?+"
        # (not the pronoun "that of": "The view was that of a ruined town"; review rvB24)
        r"(?=[ ](?:is|was|has[ ]been|had[ ]been)[ ](?:simply[ ])?that[ ](?!of[ ]))",
        regex.IGNORECASE,
    )
    return pattern, MappingProxyType(classes)


@functools.cache
def _owned_infinitive_classes() -> Mapping[str, CueClass]:
    """The nouns of ``data/owned_infinitive_nouns.tsv`` and their classes, read once."""
    return MappingProxyType(
        {row[0]: CueClass(row[1]) for row in read_table("owned_infinitive_nouns.tsv")}
    )


def _predicate_noun_cues(text: str, scan: _SentenceScan, cues: list[CueMatch]) -> list[CueMatch]:
    """Nouns of saying or thinking whose predicate is the that-clause they report (``Ruiz's
    response was that ...``, ``The idea is that ...``), outside quotation marks and where no
    cue of the lexicon stands."""
    pattern, classes = _predicate_noun_pattern()
    found: list[CueMatch] = []
    sentence = text[scan.sentence.start : scan.sentence.end].lower()
    # (both shapes need a word the sentence seldom has: most sentences skip the patterns)
    owned_infinitive, owned_infinitive_hint = _owned_infinitive_patterns()
    if " that " not in sentence and not owned_infinitive_hint.search(sentence):
        return found
    for match in pattern.finditer(text, scan.sentence.start, scan.sentence.end):
        if any(cue.start <= match.start() < cue.end for cue in cues) or any(
            stretch.start < match.start() < stretch.end for stretch in scan.stretches
        ):
            continue
        noun = match.group("noun").lower()
        lead = _words_before(
            text, match.start(), _PREDICATE_NOUN_LEAD_WORDS, floor=scan.sentence.start
        )
        if (
            classes[noun] is CueClass.SPEECH
            and "the" in lead
            and not any(word.endswith(OWNER_ENDINGS) for word in lead)
        ):
            continue  # "The point is that", "The answer is that ...": the writer's, no one's
        found.append(CueMatch(match.start(), match.end(), noun, classes[noun]))
    intention_classes = _owned_infinitive_classes()
    for match in owned_infinitive.finditer(text, scan.sentence.start, scan.sentence.end):
        noun = match.group("noun").lower()
        start, end = match.span("noun")
        before = [
            word
            for word in _words_before(text, match.start(), 2, floor=scan.sentence.start)
            if word not in ("the", "a", "an")
        ][-1:]
        if (
            # (only as an object: "Vale's decision to hold off hasn't sat well", the
            # subject's phrase, runs on into the main clause; PolNeAR train 5 of 10 right)
            not before
            or not before[0].isalpha()
            or before[0] in _CLAUSE_OPENING_WORDS
            or noun not in intention_classes
            or _next_word(text, end + len(" to")) in _NOT_INFINITIVE
            # ("He returned her call to thank her": a telephone call, the infinitive his aim)
            or (noun == "call" and before[0] in _TELEPHONE_CALL_VERBS)
            or any(cue.start <= start < cue.end for cue in cues)
            or any(stretch.start < start < stretch.end for stretch in scan.stretches)
        ):
            continue
        # (its own form, "decision to", apart from the naming verb "calls" of the lexicon)
        found.append(CueMatch(start, end, f"{noun} to", intention_classes[noun]))
    return found


# What may not stand between a verb of quoted_object_cues.tsv and the quotation opening in its
# object: the end of a sentence, a clause or a phrase ('talking about trade, he told Fox, "..."'
# quotes nothing of the talk). Audit: one character class, searched over a bounded window.
_OBJECT_BREAK = re.compile(r"[.,;:!?()\u2014\u2013\n]")
_OBJECT_REACH = 100  # the most characters between such a verb and the quotation in its object


# The infinitive a verb of bidding takes after its object ('coached Brandt to "breathe"',
# 'invited the rival camp to publish'), not "to" before a determiner ('coached the team to a
# "perfect" season', 'invited residents to a "listening session"': a goal or an event). Audit:
# a fixed word, then one character of a class, two fixed characters or a possessive run of
# lower-case letters; searched over a bounded window.
_BIDDING_INFINITIVE = regex.compile(r"\bto[ ](?:[\"\u201c]|''|(?P<verb>\p{Ll}++))")


@functools.cache
def _work_nouns() -> frozenset[str]:
    """The nouns that name a work by its title (``data/titled_works.tsv``,
    ``data/written_works.tsv``)."""
    return read_words("titled_works.tsv") | read_words("written_works.tsv")


def _titled_work(text: str, stretch: QuotedStretch) -> bool:
    """Whether a quotation is the title of a work that a noun of ``data/titled_works.tsv`` or
    ``data/written_works.tsv`` names right before or after it (``the film "Harbour Lights"``,
    ``the "Salt Roads" album``): what is talked about, nobody's words."""
    if not _title_cased(text, stretch.start, stretch.end):
        return False
    nouns = _work_nouns()
    return (
        not nouns.isdisjoint(_words_before(text, stretch.start, 1))
        or _next_word(text, stretch.end) in nouns
    )


def _quotation_in_object(
    text: str,
    stretches: list[QuotedStretch],
    end: int,
    *,
    bidding: bool = False,
    noun: bool = False,
    stance: bool = False,
    enacting: str = "",
) -> bool:
    """Whether a quotation opens in the object of a verb ending at ``end`` (``pressed for an
    entitlement-slashing "grand bargain"``): within ``_OBJECT_REACH`` characters, past no
    break and no title of a work (``talking about the film "Harbour Lights"``); after a
    ``noun`` cue not a title-cased name (``the dig at the "Old Fort" site``: an excavation's
    place, no one's words; after a verb of holding to a ``stance`` not one either: ``standing by
    a "For Sale" sign``, nor one capitalised word, nor a quotation another naming verb in the
    object governs, ``adopted what critics called a "..." plan``, or past a subordinator,
    ``would pass only if the "moderate" bloc held``; for ``enacting``, the form of a verb of
    enacting a measure, not before a preposition nor with a thing handed on or taken in,
    ``passed with a "yes"``, ``adopted a "rescue" dog``); for a verb of ``bidding``, past the
    infinitive its object takes (``coached Brandt to "breathe"``; not ``coached the team
    to a "perfect" season``)."""
    index = bisect.bisect_left(stretches, end, key=lambda stretch: stretch.start)
    if index == len(stretches) or stretches[index].start - end > _OBJECT_REACH:
        return False
    stretch = stretches[index]
    if _OBJECT_BREAK.search(text, end, stretch.start) is not None or _titled_work(text, stretch):
        return False
    if (noun or stance) and _title_cased(text, stretch.start, stretch.end):
        return False
    if (
        stance
        and (
            # ('adopted a puppy she named "Biscuit"', 'adopted what officials called a "..."
            # plan': the quotation is the nearer verb's)
            _naming_pattern()[0].search(text, end, stretch.start) is not None
            # ('to select "Marigold" as the name': one capitalised word, a name)
            or _one_capitalised_word(text[stretch.start : stretch.end])
            # ('would pass only if the "moderate" bloc held': a clause of the writer's, no object)
            or not SUBORDINATORS.isdisjoint(text[end : stretch.start].lower().split())
        )
    ):
        return False
    if enacting and (
        _next_word(text, end) in _NO_MEASURE_PREPOSITIONS
        or _handles_literally(
            enacting, text[end : stretch.end] + " " + _next_word(text, stretch.end)
        )
    ):
        return False  # 'the ball passed between the "twin towers"', 'passed the "hot potato"'
    if not bidding:
        return True
    # (the "to" may open the quotation: 'implored voters "to look past the noise"')
    return any(
        infinitive.start() <= stretch.start + len("''")
        and infinitive.group("verb") not in NOUN_DETERMINERS
        for infinitive in _BIDDING_INFINITIVE.finditer(text, end, stretch.end)
    )


def _one_capitalised_word(quoted: str) -> bool:
    """Whether a quotation holds one capitalised word and nothing more (``"Marigold"``)."""
    words = quoted.strip(_ALL_MARKS + " ,.!?").split()
    return len(words) == 1 and words[0][:1].isupper()


def _from_quoted_object(text: str, cue: CueMatch, start: int, end: int) -> tuple[int, int]:
    """What a verb of holding to a stance or of giving an account (``data/quoted_object_cues.tsv``)
    reports starts with its object, though a ``that`` stands in it (``believes in journalism
    that "takes sides"``, ``stood by his remark that "..."``: the noun the clause tells of is
    reported)."""
    if cue.form not in _quoted_object_stances():
        return start, end
    gap = text[cue.end : start]
    object_start = start - len(gap.lstrip())  # (the first word after the preposition)
    return (object_start, end) if cue.end < object_start < start else (start, end)


def _naming_cues(text: str, scan: _SentenceScan) -> list[CueMatch]:
    """Naming verbs (``called``, ``likened``) that a quoted fragment follows in the sentence,
    and verbs of talking and advocating whose object holds one (``pressed for a "grand
    bargain"``, ``data/quoted_object_cues.tsv``)."""
    pattern, classes = _naming_pattern()
    last_quote = scan.stretches[-1].start
    return [
        CueMatch(match.start(), match.end(), form, classes[form])
        for match in pattern.finditer(text, scan.sentence.start, last_quote)
        # (a phrase's words joined by one space, whatever spaces the text has between them)
        if (
            (form := " ".join(match.group().lower().split()))
            not in read_words("quoted_object_cues.tsv")
            # (a verb of the file with no preposition of its own is one of bidding: "invited")
            or (
                _quotation_in_object(
                    text,
                    scan.stretches,
                    match.end(),
                    bidding=" " not in form and form not in _quoted_object_stances(),
                    noun=form in _quoted_object_nouns(),
                    stance=form in _quoted_object_stances(),
                    enacting=form if form in _enactments() else "",
                )
                # ('Police stood by as protesters chanted "..."': no object, a clause of the
                # writer's; 'stood by and watched the "..."': a second verb, review rvB24)
                and _next_word(text, match.end()) not in _ADVERBIAL_CLAUSE_OPENERS
                # ('Please select "yes" or "no"': the writer's imperative, a choice)
                and not (
                    form == "select"
                    and _words_before(text, match.start(), 1, floor=scan.sentence.start)
                    in ([], ["please"])
                )
                and not (
                    form in _quoted_object_stances()
                    and _next_word(text, match.end()) in _COORDINATORS
                )
                # ('the House Select Committee': a capital inside the sentence opens a name)
                and not (
                    match.group()[:1].isupper()
                    and text[scan.sentence.start : match.start()].strip()
                    and form in _quoted_object_stances()
                )
                # ('a detailed "policy address"', 'Vale's details', 'Details of the "deal"': an
                # adjective or a noun)
                and not (
                    " " not in form
                    and (
                        _next_word(text, match.end()) == "of"
                        or (
                            (
                                before := _words_before(
                                    text, match.start(), 1, floor=scan.sentence.start
                                )
                            )
                            and (
                                before[0] in NOUN_DETERMINERS
                                or before[0].endswith(("'s", "\u2019s"))
                            )
                        )
                    )
                )
            )
        )
        and (following := _next_word(text, match.end())) not in _PARTICLES
        # ('the labeling of the jam as "organic"': a gerund as a noun, no naming verb)
        # (but 'calls of "Feel the Bern"' are the calls heard)
        and not (match.group().endswith("ing") and following == "of")
        # ('was "a disaster," compared with last year': a comparison, no naming)
        and _COMPARED_WITH.match(text, match.start() - 1) is None
        and not (
            match.group().lower() in _OBJECT_ONLY_NAMING
            and _SOUNDED.match(text, match.end(), scan.sentence.end) is not None
        )
        and not (form in _NO_TITLE_NAMING and _title_follows(text, scan.stretches, match.end()))
        and (
            form not in _PASSIVE_ONLY_NAMING
            or _passive_naming(text, scan.stretches, match.start(), match.end())
        )
    ]


# Nouns before "call" that make it a noun ("during their phone call Tuesday", "a roll call").
_CALL_NOUN_LEADS = frozenset(("phone", "roll", "conference"))


# The forms of "call", which also convene ('call a "special session"', 'called a "timeout"') and
# telephone ('called the office "at least twice"', 'was calling "every hour"').
_CALL_FORMS = frozenset("call calls called calling".split())
# Words before such a verb that hold its object fronted ('what critics call a "stealth tax"',
# 'which opponents have called a "land grab"'), read over the verb's subject and auxiliaries.
_FRONTED_OBJECTS = frozenset("what which that whom".split())
_FRONTED_OBJECT_WORDS = 4  # words before the verb read for a fronted object
# Words right before such a verb that make it a clause's verb, not a reduced relative's.
_CLAUSE_VERB_LEADS = FINITE_VERBS | PERSONAL_PRONOUNS | frozenset(("to",))
# First words of a quotation after "call" and its object that make it the caller's adverbial,
# no name: 'called the office "at least twice"', 'calling residents "at random"'.
_CALL_ADVERBIAL_OPENERS = frozenset(
    "at every just without for to in on by from twice once again daily".split()
)


def _convening_or_telephoning(text: str, cue: CueMatch, scan: _SentenceScan) -> bool:
    """Whether a form of "call" inside another cue's report convenes or telephones rather than
    names: the quotation right after it, or after an article, with no object fronted before it
    (``said she would call a "special session"``), or opening with a word of time, place or
    purpose after the object (``said she called the office "at least twice"``)."""
    if cue.form not in _CALL_FORMS:
        return False
    index = bisect.bisect_left(scan.stretches, cue.end, key=lambda stretch: stretch.start)
    if index == len(scan.stretches):
        return False
    stretch = scan.stretches[index]
    gap = text[cue.end : stretch.start].lower().split()
    if all(word in ARTICLES for word in gap):
        before = _words_before(text, cue.start, _FRONTED_OBJECT_WORDS, floor=scan.sentence.start)
        return not any(word.strip(",") in _FRONTED_OBJECTS for word in before) and (
            # (a verb of a clause, not a reduced relative on the noun before it: 'the tax
            # loophole called an "inversion"' names; or the quotation a modifier of the thing
            # convened: 'called a "closed-door" meeting')
            (bool(before) and before[-1] in _CLAUSE_VERB_LEADS)
            or (
                _last_inside(text, stretch).isalnum()
                and text[stretch.end : stretch.end + 1] == " "
                and text[stretch.end + 1 : stretch.end + 2].islower()
            )
        )
    first = text[stretch.start + 1 : stretch.end].lower().split()[:1]
    return bool(first) and first[0] in _CALL_ADVERBIAL_OPENERS


def _naming_verb_record(text: str, cue: CueMatch, scan: _SentenceScan) -> bool:
    """Whether ``cue`` is a naming or characterising verb (``called``, ``described ... as``;
    not a noun, ``her call to``, ``their phone call``, nor a verb of ``quoted_object_cues.tsv``,
    whose object is the report's own), whose record of the name stays beside a report that
    holds it: PolNeAR annotates the naming apart (train: 6 such contents found only so)."""
    if (
        cue.start not in scan.naming
        or cue.form in read_words("quoted_object_cues.tsv")
        or _convening_or_telephoning(text, cue, scan)
    ):
        return False
    before = _words_before(text, cue.start, 1, floor=scan.sentence.start)
    return not (
        before
        and (
            before[0] in NOUN_DETERMINERS
            or before[0].endswith(("'s", "\u2019s"))
            or before[0] in _CALL_NOUN_LEADS
        )
    )


def _title_follows(text: str, stretches: list[QuotedStretch], end: int) -> bool:
    """Whether the first quotation after ``end`` is title-cased (``"Citizen of the Year"``)."""
    index = bisect.bisect_left(stretches, end, key=lambda stretch: stretch.start)
    return index < len(stretches) and _title_cased(
        text, stretches[index].start, stretches[index].end
    )


# What may close the name after an adverb's naming participle: a stop or a comma inside or
# right after the closing mark.
_NAME_STOPS = frozenset(",.;:!?)")


def _passive_naming(text: str, stretches: list[QuotedStretch], start: int, end: int) -> bool:
    """Whether a participle of ``_PASSIVE_ONLY_NAMING`` from ``start`` to ``end`` names in the
    passive: after a form of ``be`` (``was known as``), with the quotation right after it; or
    after an adverb in -ly when the name closes its phrase (``many of them derisively known
    as "goat farms,"``; not ``The storm quickly named "the Beast" on social media ruined``,
    a reduced relative whose name would run on into the sentence's own verb)."""
    name = _NAME_AFTER_PARTICIPLE.match(text, end)
    if name is None:
        return False
    if be_before(text, start) < start:
        return True
    before = _words_before(text, start, 1)
    if not (before and before[0].endswith("ly")):
        return False
    index = bisect.bisect_left(stretches, name.start("mark"), key=lambda stretch: stretch.start)
    if index == len(stretches) or stretches[index].start != name.start("mark"):
        return False
    last = _names_end(text, stretches, index, len(text))
    return (
        text[:last].rstrip(_ALL_MARKS)[-1:] in _NAME_STOPS
        or text[last : last + 1] in _NAME_STOPS
        or not text[last:].strip()
    )


# "as", an optional determiner and at most two words, ending right before a quotation: the
# quoted words characterise an object ('heralded the deal as a “breakthrough”'). Audit: fixed
# words, then a bounded repetition of possessive lower-case runs, anchored at the window's end.
_AS_BEFORE_QUOTE = regex.compile(
    r"\bas[ ](?:(?:a|an|the|a[ ]mere|mere|part[ ]of[ ]the)[ ])?+(?:\p{Ll}[\p{Ll}\-]*+[ ]){0,2}+$"
)
_AS_REACH = 40  # characters before a quotation read for its "as"
_OBJECT_WORDS = 6  # words of the object between a characterising verb and its "as"
_OBJECT_OPENERS = NOUN_DETERMINERS | frozenset(
    "this that these those him them himself herself itself themselves".split()
)
_VERB_PARTICLES = frozenset("off after down up out".split())
# Demonstratives: a first piece holding one is a subject, not a joining word ("That, he said,
# would help"), when the rest opens with its verb.
_DEMONSTRATIVES = frozenset("this that these those".split())
_OBJECT_BREAKS = ",;:()\u2014\u2013\u2015"  # marks no object of a verb runs over
_JUDGING_CLASSES = frozenset((CueClass.SPEECH, CueClass.THOUGHT))


def _characterising_verb(
    text: str, start: int, as_start: int, quote_end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """The verb whose object an ``as`` phrase characterises (``heralded the deal as``,
    ``shrugged off the criticism as``, ``cast Reyes as``), read back over the object's words
    after ``start``: a verb of ``characterising_verbs.tsv`` or a cue of speech or thought, or
    such a participle in the passive right before ``as`` with its agent after the quotation
    ending at ``quote_end``; None when none stands there (``booked Lena Ortiz as``), or a form
    of ``be`` makes a participle a passive that names nobody (``was billed as``)."""
    floor = max(start, as_start - _CHARACTERS_PER_WORD * (_OBJECT_WORDS + 2))
    floor = max(floor, *(text.rfind(mark, floor, as_start) + 1 for mark in _OBJECT_BREAKS))
    words = list(_WORD.finditer(text, floor, as_start))
    verbs = read_words("characterising_verbs.tsv")
    if words and _agent_characterises(text, words[-1], quote_end, lexicon):
        return words[-1].start(), words[-1].end()
    for index in range(len(words) - 2, max(-1, len(words) - _OBJECT_WORDS - 2), -1):
        verb, end = words[index].group(), words[index].end()
        object_start = words[index + 1].group()
        if not verb.islower() or not (verb in verbs or lexicon.cues.get(verb) in _JUDGING_CLASSES):
            continue
        if object_start in _VERB_PARTICLES and index + 2 < len(words):
            end = words[index + 1].end()  # "shrugged off the criticism": the particle's too
            object_start = words[index + 2].group()
        if not (
            object_start[:1].isupper()
            or object_start[:1].isdigit()  # "rated 41% of Liberal claims as"
            or object_start.lower() in _OBJECT_OPENERS
        ):
            continue
        if object_start == "that" and not _NOUN_AFTER_THAT.match(text, words[index + 1].end()):
            continue  # 'said that teachers as "key workers" would be': a clause's "that"
        before = words[index - 1].group().lower() if index else ""
        if before in BE_FORMS and not verb.endswith("ing"):
            return None  # "was billed as", "is seen as": a passive; "is hailing" is not
        return words[index].start(), end
    return None


def _agent_characterises(
    text: str, participle: re.Match[str], quote_end: int, lexicon: Lexicon
) -> bool:
    """Whether a characterising participle right before ``as`` is a passive whose agent the
    ``by`` after the quotation names (``The verdict was described as "a travesty" by the
    victim's brother``): the agent's words, as with a naming passive (``was branded "a raid"
    by``); with no agent the passive names nobody (``was billed as "the biggest yet"``), nor
    in a relative clause, an aside of the sentence's own report (``Ruiz said the road, which
    was described as "a death trap" by drivers, would be rebuilt``)."""
    verb = participle.group()
    be_start = be_before(text, participle.start())
    if not (
        verb.endswith("ed")
        # (a passive of passive_subject_cues.tsv reports its subject on its own: "was criticized
        # as a "pay to stay" by tenants")
        and verb not in read_words("passive_subject_cues.tsv")
        and (
            verb in read_words("characterising_verbs.tsv")
            or lexicon.cues.get(verb) in _JUDGING_CLASSES
        )
        and be_start < participle.start()
        # ("which had been described as": the relative pronoun before "be" and an auxiliary)
        and RELATIVE_PRONOUNS.isdisjoint(_words_before(text, be_start, 2))
    ):
        return False
    agent = agent_start(text, quote_end)  # ("by 6 p.m.", "by phone": no agent)
    return agent is not None and names_an_agent(text, agent)


def _characterising_cues(
    text: str, scan: _SentenceScan, known: list[CueMatch], lexicon: Lexicon
) -> tuple[list[CueMatch], frozenset[int]]:
    """Verbs whose object a quotation characterises through ``as`` (``heralded the deal as a
    “breakthrough”``, ``has been pounding her rival as a “con artist”``): the quotation is the
    source's word for the object. Returns the new cues and the starts of ``known`` ones that
    characterise so (``described her job as "..."``)."""
    taken = {cue.start for cue in known}
    already: set[int] = set()
    found: list[CueMatch] = []
    for stretch in scan.stretches:
        before = _AS_BEFORE_QUOTE.search(
            text, max(scan.sentence.start, stretch.start - _AS_REACH), stretch.start
        )
        if before is None:
            continue
        verb = _characterising_verb(text, scan.sentence.start, before.start(), stretch.end, lexicon)
        if verb is None:
            continue
        if verb[0] in taken:
            already.add(verb[0])
            continue
        taken.add(verb[0])
        form = text[verb[0] : verb[1]].lower()
        found.append(CueMatch(verb[0], verb[1], form, CueClass.SPEECH))
    return found, frozenset(already)


@functools.lru_cache(maxsize=PLACE_MEMO)
def _next_word(text: str, offset: int) -> str:
    """The word after ``offset``, lower-case ('' at the end of the text)."""
    word = _WORD.search(text, offset, offset + 40)
    return word.group().lower() if word is not None else ""


# Particles that end a phrasal verb of replying or going on before a colon ("went on:").
_REPLY_PARTICLES = frozenset(("on", "back"))
# Verbs that "in" before a colon makes verbs of breaking into the talk ("cut in:", "chimed
# in:"); not "The first returns trickled in:", "The messages poured in:", "were sworn in:".
_INTERRUPTING = frozenset("cut cuts chimed chimes broke breaks butted butts piped pipes".split())
# Particles that make a naming verb another verb: "called off", "called on", "called for".
_PARTICLES = frozenset("off on for up in out to back upon".split())


def _words_before(text: str, offset: int, count: int, *, floor: int = 0) -> list[str]:
    """The last ``count`` words before ``offset``, lower-cased, none before ``floor``."""
    start = offset - _CHARACTERS_PER_WORD * count  # (no call of max: a cue's words are read often)
    return text[start if start > floor else floor : offset].lower().split()[-count:]


# Words that negate a cue standing a few words after them ("did not say", "has never said",
# "would not immediately say", "cannot say"; and any word in n't: "didn't say"); a comma or a
# full stop between ends the reach.
_NEGATIONS = frozenset(("not", "never", "cannot"))
_NEGATION_REACH = 3  # words before a cue read for a negation


def _negated(text: str, cue: CueMatch) -> bool:
    """Whether a cue reports what the source did not say or refused to say (``did not say
    when``, ``has yet to explain``, ``declined to say whether``)."""
    if cue.form in read_words("refusal_cues.tsv"):
        return True
    words = _words_before(text, cue.start, 3 * _NEGATION_REACH)
    if words[-2:] == ["yet", "to"]:
        return True  # "has yet to explain how": not explained
    if makes_no(words) or (
        words[-2:] in (["attempt", "to"], ["effort", "to"]) and makes_no(words[:-2])
    ):
        return True  # "makes no mention of the dispute", "made no attempt to explain": did not
    reach = _NEGATION_REACH
    following = ""
    for word in reversed(words):
        # (a subordinator opens a clause of its own: "did not respond when asked")
        if reach == 0 or word[-1:] in ",.;:!?\"\u201c\u201d'\u2019" or word in SUBORDINATORS:
            return False
        if word in impersonal_adjectives():
            return False  # "It's not hard to argue that": the adjective is negated, not the cue
        if word in _NEGATIONS or word.endswith(("n't", "n\u2019t")):
            # "not only said ... but called it": an addition, no negation
            return following not in ("only", "just")
        # "has not endorsed Brandt or conceded": "or" carries the negation to the next verb
        reach += _NEGATION_REACH if word in ("or", "nor") else -1
        following = word
    return False


@functools.cache
def _passives_with_agent() -> frozenset[str]:
    """The passives of ``data/passive_subject_cues.tsv`` that report only with an agent."""
    return frozenset(row[0] for row in read_table("passive_subject_cues.tsv") if row[1] == "agent")


def _named_agent(text: str, cue_end: int) -> bool:
    """Whether a passive cue ending at ``cue_end`` names its agent after ``by`` (``reported by
    a neighbour``; not ``reported by 6 a.m.``, ``by phone``)."""
    agent = agent_start(text, cue_end)
    return agent is not None and names_an_agent(text, agent)


def _passive_subject_cue(text: str, form: str, start: int, end: int) -> bool:
    """Whether the participle ``form`` at ``start:end`` is a passive that reports its subject
    (``the levy was criticized``, ``The meeting was first reported by the Gazette``; not
    ``regions declared by Russia``, with no ``be``, nor ``it was reported that``)."""
    return (
        form in read_words("passive_subject_cues.tsv")
        and _after_be(text, start)
        and (form not in _passives_with_agent() or _named_agent(text, end))
    )


def _passive_cue(text: str, match: re.Match[str]) -> bool:
    """Whether a passive participle attributes: its subject (``the plan was endorsed by the
    council``), or with nobody named what is expected or asked (``is expected to``, ``was
    asked about the loan``; not ``was asked by a caller``, whose question is not marked off)."""
    form = match.group().lower()
    if form in read_words("passive_subject_cues.tsv"):
        return _passive_subject_cue(text, form, match.start(), match.end())
    if form == "told" and HEARINGS.intersection(
        _words_before(text, be_before(text, match.start()), 2)
    ):
        return True  # "The jury was told that ...": what the court heard, nobody named
    if form not in read_words("passive_cues.tsv"):
        return False
    if form in _PASSIVE_WITH_TOPIC:
        return _next_word(text, match.end()) != "by"
    return text[match.end() : match.end() + 4] == " to "


# Passives of criticism whose reason or judgement after "for" or "as" is part of the report
# ("was criticized for trading ...", "was widely criticized as sloppy").
_REASONED_PASSIVES = frozenset(("criticized", "criticised"))
# The "for" or "as" opening that reason. Audit: a fixed space and fixed words; one position.
_REASON_OPENING = regex.compile(r"[ ](?P<word>for|as)\b")
_REASON_TIME_WORDS = 4  # "for nearly two years": the words read after "for" for a unit of time
# Words of a stretch of time after "for" besides the units ("for a decade", "for a while",
# "for some time", "for the past three years", "for much of the campaign").
_TIME_AFTER_FOR = frozenset(DURATION_UNITS) | frozenset(
    "decade decades while time past much most".split()
)
# Adverbs that stand among the auxiliaries of a passive: "has often been criticized".
_ADVERBS_BEFORE_BE = frozenset("not also often never already long still since".split())
_AUXILIARIES_BEFORE_BE = 3  # auxiliaries and adverbs read before "been" ("has since been")


def _inner_source_of_relative(text: str, cue: CueMatch) -> bool:
    """Whether a cue stands between a relative pronoun and one word, its source, and a finite
    verb, the relative's own predicate (``The suspect, who police believe was armed,``,
    ``Whitaker, who aides say is exhausted,``): the report is that short predicate."""
    before = _words_before(text, cue.start, 2)
    return (
        len(before) == 2
        and before[0] in ("who", "which")
        and _next_word(text, cue.end) in _FINITE_VERBS
    )


# Adverbs of a verb group that leave a second predicate the report's ("and would also seek"),
# not a negation (the speaker's refusal: "and would not say") nor a time ("long", "since").
_PREDICATE_ADVERBS = _ADVERBS_BEFORE_BE - _NEGATIONS - frozenset(("long", "since"))
# Words that leave a verb group open after them ("had already lost", "were not told").
_IN_A_VERB_GROUP = _FINITE_VERBS | _ADVERBS_BEFORE_BE | frozenset(("been", "to"))
# Relative pronouns, which stand for a subject named elsewhere ("which was endorsed", "what
# they want").
_RELATIVE_WORDS = frozenset("what whatever which who whom that".split())


def _after_be(text: str, cue_start: int) -> bool:
    """Whether a cue is a participle after a form of ``be``: a passive."""
    return be_before(text, cue_start) < cue_start


# Passive cues whose topic or question, not a clause of theirs, is the content: "was asked
# about a loan", "was asked whether".
_PASSIVE_WITH_TOPIC = frozenset(("asked",))


# Words before "say" that make it a noun ("the final say on", "their say").
_SAY_AS_NOUN = NOUN_DETERMINERS | frozenset(("final", "last"))


def _say_is_no_cue(text: str, start: int, end: int) -> bool:
    """Whether ``say`` here reports nothing: a noun (``the final say on``) or ``say`` for
    "for example" between commas (``to, say, single digits``)."""
    previous = _words_before(text, start, 1)
    if previous and previous[-1] in _SAY_AS_NOUN:
        return True
    return text[start - 2 : start] == ", " and text[end : end + 1] == ","


# Words before a connective "that said," ("But that said,", "All that said,", "With that
# said,"): the phrase opens its clause.
_BEFORE_CONNECTIVE = frozenset("but and with all".split())


def _connective_said(text: str, start: int, end: int) -> bool:
    """Whether ``said`` is the writer's connective ``That said,`` (meaning "even so") at the
    start of a clause, not a relative ``that`` and its verb (``a report that said, in effect,``
    follows a noun)."""
    if text[end : end + 1] != ",":
        return False
    previous = _words_before(text, start, 2)
    if previous[-1:] != ["that"]:
        return False
    before = (
        text[max(0, start - _CHARACTERS_PER_WORD * 2) : start].rstrip()[: -len("that")].rstrip()
    )
    return not before or before[-1] in '.!?:;\n"\u201c(' or previous[0] in _BEFORE_CONNECTIVE


@functools.cache
def _idioms() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """``data/no_cue_idioms.tsv`` by cue word: the words before and after it in each idiom."""
    table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for idiom in read_words("no_cue_idioms.tsv"):
        words = tuple(idiom.split())
        for index, word in enumerate(words):
            table.setdefault(word, []).append((words[:index], words[index + 1 :]))
    return table


# Words before a cue that say its source did not do it ("rather than explain how", "instead of
# answering").
_INSTEAD_OF_WORDS = frozenset((("rather", "than"), ("instead", "of")))
_STANDARD_WORDS = 3  # words of who expected it between "than" and the cue: "than she had"
# Words of a count between "than" and a cue, which make its subject a share of people ("more
# than a third believe", "fewer than 40 percent expected"): a report, no comparison's standard.
_SHARE_WORDS = COUNT_WORDS | frozenset("a one half third thirds quarter dozen percent of".split())
# Comparatives that, opening a sentence before a noun and "than", make the compared group the
# cue's subject ("More Republicans than Democrats think ...", "Fewer residents than last year
# expect ..."): a report of the group, no comparison's standard.
_GROUP_COMPARATIVES = frozenset("more fewer less".split())
# A word as str.split() reads it (re, not regex: the same white space). Audit: one possessive
# run of one class.
_SPLIT_WORD = re.compile(r"\S++")


# What follows a verb in -ed rather than an adjective in -ed: a determiner, a particle or a
# preposition ("turned out", "signed the letter"); not a noun ("predicted reduced growth"): the
# words after which no verb stands (_NO_VERB_AFTER) and the particles.
_AFTER_A_GROUP_VERB = _NO_VERB_AFTER | _PARTICLES


def _group_verb(text: str, offset: int) -> bool:
    """Whether the word after a cue at ``offset`` is a finite verb, whose subject the compared
    group opening the sentence is, so the cue closes the comparison (``More voters than anyone
    predicted turned out``); a word in -ed before a noun is the report's adjective (``More
    economists than bankers predicted reduced growth``)."""
    word = _WORD.search(text, offset, offset + 40)
    if word is None:
        return False
    lowered = word.group().lower()
    if lowered in _FINITE_VERBS:
        return True
    if not lowered.endswith("ed"):
        return False
    following = _next_word(text, word.end())
    # "turned out", "voted." (no word), "arrived early"; not "reduced growth"
    return (
        not text.startswith(" ", word.end())
        or following in _AFTER_A_GROUP_VERB
        or following.endswith("ly")
    )


# Marks that close a cue of expectation right after "as": the writer's comment ("As expected,
# the council", "went as planned.").
_COMMENT_CLOSERS = frozenset((",", ".", ";", ":", "?", "!", ")"))


def _comparison_standard(text: str, start: int, cue_start: int, head: str) -> bool:
    """Whether a cue of expectation closes a comparison after ``than`` (``sooner than
    expected``, ``harder than she had planned``, ``more than most insiders expected``): the
    standard the writer measures by, nobody's report; not after ``rather than`` or ``other
    than``, nor after a count (``more than a third believe``, ``than 100 are expected to``),
    nor past a comma or a conjunction (``costs more than it should, officials think``,
    ``faster than planned and engineers expect``, ``longer than usual because engineers
    think``: a clause of its own), nor after a compared group opening the sentence with no
    verb after the cue (``More Republicans than Democrats think``: the group's; but ``More
    voters than anyone predicted turned out`` compares). Right after ``as`` and before a mark
    the cue closes the writer's comment, with nobody named who expected (``As expected, the
    council approved it``, ``the vote went as planned.``; not ``As expected by analysts,``)."""
    if head not in read_words("comparison_standards.tsv"):
        return False
    words = _words_before(text, cue_start, _STANDARD_WORDS + 2, floor=start)
    if words[-1:] == ["as"]:
        return text[cue_start + len(head) : cue_start + len(head) + 1] in _COMMENT_CLOSERS
    if "than" not in words[1:]:
        return False
    than = len(words) - 1 - words[::-1].index("than")
    between = words[than + 1 :]
    return (
        len(between) <= _STANDARD_WORDS
        and words[than - 1] not in ("rather", "other")
        and _SHARE_WORDS.isdisjoint(between)
        and not any(word[:1].isdigit() or word[:1] == "$" for word in between)
        and not any(mark in word for word in between for mark in _OBJECT_BREAKS)
        # a clause of its own: "faster than planned and engineers expect", "longer than usual
        # because engineers think"
        and _COORDINATORS.isdisjoint(between)
        and SUBORDINATORS.isdisjoint(between)
        and not (between and _compared_group(text, start, cue_start, head))
    )


def _compared_group(text: str, start: int, cue_start: int, head: str) -> bool:
    """Whether a compared group opening the sentence is the subject of a cue after ``than``
    (``More Republicans than Democrats think``), read only for a cue with words between it and
    ``than``; a verb after the cue is the group's, and the cue closes the comparison."""
    # (the sentence's first four words, read without slicing the sentence up to each cue)
    opening = [
        word.group().lower()
        for word in itertools.islice(_SPLIT_WORD.finditer(text, start, cue_start), 4)
    ]
    return (
        opening[0] in _GROUP_COMPARATIVES
        and "than" in opening[2:4]
        and not opening[1].endswith("ly")  # "More quickly than anyone expected, ..."
        # (not when a verb follows, the group's: "More voters than anyone predicted
        # turned out", "Less money than organizers had hoped was raised")
        and not _group_verb(text, cue_start + len(head))
    )


# Cues of giving credit, which report whom or what they credit and then the deed after a
# preposition ("credited the new rules with cutting delays"): a preposition right after one
# makes it a passive with nobody named ("footage credited to the Gazette showed", "Ola Berg,
# credited with saving the ferry service, said"), and with none after the object it is a
# bank's entry ("credited the wrong account").
_CREDIT_FORMS = frozenset(("credited", "crediting"))
_CREDIT_PREPOSITIONS = frozenset(("with", "for", "to"))
# The deed's preposition after the object, not the "to" of the writer's "according to" ("credited
# the accounts late on Friday, according to the regulator"). Audit: word boundaries around
# fixed words and a fixed look-behind, searched in a window of _CREDITED_REACH characters.
_CREDITED_FOR = regex.compile(r"\b(?<!according[ ])(?:with|for|to)\b")
# A bank's account as the object before the preposition or as the preposition's object: a
# bank's entry ("credited her account with $500", "credited the payment to her account"); not
# an account in a department's name or in the deed ("credited the accounts team with catching
# the fraud", "with keeping the family's accounts in order"); plural accounts may name their
# owners ("credited the accounts of 40,000 customers with refunds"; not a witness's "account
# of the crash with"), and a deed in -ing is no entry ("the accounts of several witnesses with
# solving the case"). Audit: word boundaries around fixed words, lazy repetitions of at most
# two or three possessive runs without a space, a look-ahead of one possessive run of letters;
# searched in the same window.
_CREDITED_ACCOUNT = regex.compile(
    r"\b(?:accounts?|accounts[ ]of(?:[ ]\S++){1,3}?)[ ](?:with|for)\b(?![ ]\p{Ll}++(?<=ing)\b)"
    r"|\bto[ ](?:\S++[ ]){0,2}?accounts?\b"
)
_CREDITED_REACH = 80  # characters of the object read for the deed's preposition


def _credit_without_deed(text: str, end: int, match: re.Match[str]) -> bool:
    """Whether a cue of giving credit (``match``, in a sentence ending at ``end``) is a passive
    or a bank's entry, not credit given for a deed (see ``_CREDIT_FORMS`` and
    ``_CREDITED_ACCOUNT``)."""
    if _next_word(text, match.end()) in _CREDIT_PREPOSITIONS:
        return True
    reach = min(end, match.end() + _CREDITED_REACH)
    return (
        _CREDITED_FOR.search(text, match.end(), reach) is None
        or _CREDITED_ACCOUNT.search(text, match.end(), reach) is not None
    )


def _in_idiom(text: str, start: int, end: int, word: str) -> bool:
    """Whether the cue word at ``text[start:end]`` stands in a fixed expression that reports
    nothing (``only time will tell``, ``truth be told``, ``a think tank``); an idiom listed
    with a final ``.`` only before a stop or a comma, maybe in a closing quote mark
    (``according to plan.``, ``according to schedule;``)."""
    for before, whole_after in _idioms().get(word, ()):
        if before and [
            word.lstrip("(\"\u201c\u2018'") for word in _words_before(text, start, len(before))
        ] != list(before):
            continue
        closes = whole_after[-1:] == (".",)
        after = whole_after[:-1] if closes else whole_after
        following = (
            text[end : end + _CHARACTERS_PER_WORD * len(after) + 1].lower().split()[: len(after)]
        )
        # (the stop after the idiom's last word, which may be the cue word: "according to
        # plan.")
        stop = (
            following[-1].rstrip("\"'\u201d\u2019")[-1:]
            if following
            else text[end : end + 2].lstrip("\"'\u201d\u2019")[:1]
        )
        if (
            [item.strip(".,;:!?") for item in following] == list(after)
            and (not closes or stop in tuple(".,;:!?"))
            and not (word in _CLAIMING_IDIOM_VERBS and _that_follows(text, end))
        ):
            return True
    return False


# Cue words of an idiom that still claim when a "that" clause follows a phrase after them
# ("contended with reporters that the levy was unfair", "contends for her part that ...";
# not "had to contend with a hostile crowd").
_CLAIMING_IDIOM_VERBS = frozenset("contend contends contended contending".split())
_CONTEND_THAT_WORDS = 6  # words after such a cue read for "that"


def _that_follows(text: str, end: int) -> bool:
    """Whether ``that`` stands within a few words after ``end``, before any stop, and not
    after a noun taking a clause of its own (``contend with the fact that``)."""
    words = (
        text[end : end + _CHARACTERS_PER_WORD * _CONTEND_THAT_WORDS]
        .lower()
        .split()[:_CONTEND_THAT_WORDS]
    )
    for index, item in enumerate(words):
        if item.strip(",") == "that":
            return index == 0 or words[index - 1] not in read_words("complement_nouns.tsv")
        if item[-1:] in tuple(".;:!?") or item in WH_RELATIVES:
            return False  # (a stop, or another verb's clause: "contends with critics who say")
    return False


# Words before a plural noun that cannot be a verb's subject: determiners, possessives and
# verbs that take plans as their object ("unveiled plans", "made plans").
_BEFORE_A_NOUN = NOUN_DETERMINERS | frozenset(
    """these those such any no new tax made make unveiled unveil announced released outlined
    detailed scrapped dropped back revealed has have had""".split()
)


# Words after which a bare "show" is a verb ("to show that", "should show that").
_VERB_BEFORE_SHOW = frozenset(
    "to can could will would should may might must did do does not also".split()
)


def _after_article(text: str, start: int, determiners: frozenset[str] = NOUN_DETERMINERS) -> bool:
    """Whether the word before ``start`` is an article or a possessive determiner (one of
    ``determiners``: only an article with ``ARTICLES``)."""
    previous = _words_before(text, start, 1)
    return bool(previous) and previous[-1] in determiners


def _in_a_name(text: str, match: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether a capitalised cue word stands inside a name: after a lower-case word and
    before a capitalised one (``defunding Planned Parenthood``; a title-case headline
    capitalises the word before it too: ``Reyes Says Levy Will Pass``), or a given name
    before a capitalised one (``Hope Kittredge, a spokeswoman, did not respond``)."""
    if not match.group()[:1].isupper():
        return False
    following = _WORD.match(text, match.end() + 1)
    if (
        text[match.end() : match.end() + 1] != " "
        or following is None
        or not following.group()[:1].isupper()
    ):
        return False
    if match.group().lower() in lexicon.given_names:
        return True
    before = text[max(0, match.start() - 20) : match.start()]
    previous = before.split()[-1:] if before.endswith(" ") else []
    return (
        bool(previous)
        and previous[0][:1].islower()
        and previous[0][-1:].isalpha()  # not a sentence's end: "said. According to Roe"
    )


_POSSESSIVE_ENDINGS = OWNER_ENDINGS[:3]  # "the mayor's", "the mayor\u2019s", "voters'"


def _noun_reading(text: str, match: re.Match[str], group_nouns: Mapping[str, SpeakerKind]) -> bool:
    """Whether a cue form that reports only before an infinitive is a noun or no cue here: not
    followed by ``to`` and a verb, or after a determiner, possessive or verb (``his plans to``,
    ``made plans to``); a past form is no noun (``has offered to restore``), but a form that is
    also a singular noun is a verb only where a verb must stand (``will offer to``, ``is
    offering to``; not ``a fresh offer to buy``) or after a bare plural of people or bodies,
    its subject (``Senate Democrats plan to``)."""
    if _next_word(text, match.end()) != "to" or not _verb_may_follow(
        text, match.end() + 3, headline=match.group()[:1].isupper()
    ):
        return True  # "the harbour plans to the council", "jobs offered to graduates"
    form = match.group().lower()
    if form.endswith("ed"):
        return False
    if not form.endswith("s"):
        # "Reyes will offer to pay", "they would never offer to", "Reyes is now offering to
        # pay", "Reyes called, offering to pay": a verb; "a fresh offer to buy": a noun
        verb = [
            word
            for word in _words_before(text, match.start(), 2)
            if word not in _ADVERBS_BEFORE_A_VERB and not word.endswith("ly")
        ][-1:]
        if form.endswith("ing"):
            return not (
                set(verb) & _BEFORE_A_PARTICIPLE or text[match.start() - 2 : match.start()] == ", "
            )
        return not (
            set(verb) & _BEFORE_A_BASE_FORM
            # (not a capitalised noun of a name: "Extending the Harbour Pension Plan to crews")
            or (match.group().islower() and _bare_plural_before(text, match.start(), group_nouns))
        )
    previous = _words_before(text, match.start(), 1)
    return bool(previous) and _leads_a_noun(previous[-1])


def _leads_a_noun(word: str) -> bool:
    """Whether a lower-case word makes the word after it a noun, no verb: a determiner, a
    verb that takes plans as its object or a possessive (``his plans``, ``made plans``, ``the
    Democrats' sanctions plan``)."""
    return word in _BEFORE_A_NOUN or word.endswith(_POSSESSIVE_ENDINGS)


def _bare_plural_before(text: str, offset: int, group_nouns: Mapping[str, SpeakerKind]) -> bool:
    """Whether a plural of people or bodies with no determiner or owner before it ends right
    before ``offset``, the subject of a base form there (``Senate Democrats plan to``, ``if
    Republicans plan to``, ``Unions plan to``); not a noun's modifier (``a jobs plan to``, ``the
    Democrats' sanctions plan to``, ``a sweeping teachers plan to``) nor a plural of things or
    a state's name (``The budget cuts plan to``, ``Democrats slam Texas plan to``)."""
    before = _words_before(text, offset, _MODIFIERS_AFTER_AN_ARTICLE + 2)
    if not before:
        return False
    plural = before[-1]
    singular = f"{plural[: -len('ies')]}y" if plural.endswith("ies") else plural[:-1]
    return (
        plural.endswith("s")
        and (
            group_nouns.get(plural) is SpeakerKind.GROUP
            or group_nouns.get(singular) is SpeakerKind.ORGANISATION
        )
        and not (len(before) > 1 and _leads_a_noun(before[-2]))
        and not _singular_article_before(before[:-1])
    )


def _singular_article_before(words: list[str]) -> bool:
    """Whether lower-case words end in ``a`` or ``an`` and at most two modifiers (``a
    sweeping``, ``a $2 billion``, ``a revised``): a plural after them modifies a singular noun
    (``a sweeping jobs plan``), as no plural follows ``a`` but after a quantity (``a few
    voters``, ``a handful of senators``); not past a verb (``a survey found voters``), a word
    in -s (``a spokesman says workers``) or a clause's opener (``in an era when voters``)."""
    for index in range(len(words) - 1, max(-1, len(words) - _MODIFIERS_AFTER_AN_ARTICLE - 2), -1):
        word = words[index]
        if word in ("a", "an"):
            return True
        if (
            word in _QUANTITIES_AFTER_AN_ARTICLE
            or word.endswith(("s", ","))
            # ("in an era when voters plan to")
            or word in _CLAUSE_OPENERS_IN_OBJECT
            or word in SUBORDINATORS
            # (a form in -ed right after the article is an adjective: "a proposed")
            or (_has_a_verb([word]) and not (index and words[index - 1] in ("a", "an")))
        ):
            return False
    return False


_MODIFIERS_AFTER_AN_ARTICLE = 2  # "a $2 billion roads plan": "$2" and "billion"
# Words after "a" that a plural may follow as their head ("a few voters", "a dozen states").
_QUANTITIES_AFTER_AN_ARTICLE = frozenset(
    "few dozen couple handful number lot majority hundred thousand of".split()
)


# Adverbs between a verb's auxiliary or subject and the verb ("would never offer to").
_ADVERBS_BEFORE_A_VERB = frozenset("now still never even again already".split())
# What makes a form in -ing a verb ("is offering to"), and a base form ("will offer to", "they
# offer to").
_BEFORE_A_PARTICIPLE = BE_FORMS | _VERB_BEFORE_SHOW
_BEFORE_A_BASE_FORM = _VERB_BEFORE_SHOW | frozenset(PRONOUNS)


# Words between a stance verb's subject or relative pronoun and the verb: auxiliaries,
# negation and adverbs ("has long supported", "who still backs").
_BEFORE_A_STANCE_VERB = _ADVERBS_BEFORE_A_VERB | frozenset(
    "has have had also not once always long openly publicly".split()
)
# Particles that make another verb of a stance verb ("backed down", "backed off the plan").
_STANCE_PARTICLES = frozenset("off down away up out into".split())
_NO_OBJECT_MARKS = frozenset(",.;:!?)\u2014-")  # after a verb that takes no object there
_STANCE_REACH = 160  # characters before a stance verb read for a report that holds it


# A cue's word and the "that" of its clause ("noted that"). Audit: a run of letters, a space
# and a fixed word; no nested repeats.
_WORD_THEN_THAT = re.compile(r"\b([a-z]+) that\b")
# A relative pronoun and the word after it ("who said"). Audit: fixed words and a run of
# letters; no nested repeats.
_RELATIVE_THEN_WORD = re.compile(r"\b(?:who|that) ([a-z]+)\b")
# What ends such a clause before a later verb. Audit: fixed alternatives.
_CLAUSE_BREAK = re.compile(r"[:;]| and | but ")


@functools.cache
def _stance_shapes() -> Mapping[str, str]:
    """The shape each verb of ``data/stance_verbs.tsv`` reports in: ``object`` or ``as``."""
    return MappingProxyType({row[0].lower(): row[1] for row in read_table("stance_verbs.tsv")})


# "as" among the five words after a verb ("see golf courses as wasted space"). Audit: a
# bounded repeat of words without spaces, each followed by one space; no nesting.
_AS_AHEAD = re.compile(r" (?:[^\s]+ ){1,5}as\b")
# Words before a verb of the "as" shape that make it no stance of a subject's.
_NOT_BEFORE_AS_SHAPE = MODALS | frozenset("to do does did don't doesn't didn't".split())


def _stance_without_shape(
    text: str, floor: int, match: re.Match[str], form: str, cues: Mapping[str, CueClass]
) -> bool:
    """Whether a verb of stance (``data/stance_verbs.tsv``) stands outside the shape in which
    PolNeAR marks its object as the stance: a finite verb after its subject (``Calder supports
    the levy``), not in a relative clause on its subject (``a donor who backed Okafor``, half
    marked), a passive (``was supported by``), a phrasal verb (``backed down``) or an adjective
    (``the backed candidate``), nor in the clause of a cue before it (``noted that in 1972 he
    supported ...``) or after a subject whose relative reports (``Voters who said prices
    mattered backed Ruiz``), whose report holds it or names its source, nor before an owner's
    noun cue (``backed his call for a strike``), which reports its own."""
    shape = _stance_shapes().get(form)
    if shape is None:
        return False
    if shape == "as" and (
        _AS_AHEAD.match(text, match.end()) is None
        # ("would see big declines as investors sell", "Do they see ... as ...?")
        or not _NOT_BEFORE_AS_SHAPE.isdisjoint(_words_before(text, match.start(), 2, floor=floor))
    ):
        return True
    reach = max(floor, match.start() - _STANCE_REACH)
    if any(
        relative.group(1) in cues
        and relative.start() - floor < _STANCE_REACH  # (a subject's relative opens near the start)
        and _relative_on_subject(text, floor, relative.start(1))
        # (not past the comma of an opening phrase: "Among those who said X, most backed Ruiz")
        and ", " not in text[relative.end() : match.start()]
        for relative in _RELATIVE_THEN_WORD.finditer(text, reach, match.start())
    ):
        return True  # "Voters who said prices mattered backed Ruiz": the subject's own report
    if any(
        that.group(1) in cues
        # (not past the clause's end: "said that X, and those voters backed Ruiz")
        and _CLAUSE_BREAK.search(text, that.end(), match.start()) is None
        for that in _WORD_THEN_THAT.finditer(text, reach, match.start())
    ):
        return True
    following = text[match.end() : match.end() + _CHARACTERS_PER_WORD * 3].lower().split()[:3]
    after = [word.strip(",.;:") for word in following]
    if (
        not following
        or following[0][:1] in _NO_OBJECT_MARKS  # "deals she once supported, like ...": no object
        or after[0] in _STANCE_PARTICLES  # "backed down", "backed off,"
        or (len(after) > 1 and after[1] in _STANCE_PARTICLES)  # "backed that up"
        # an owner's noun cue, which reports its own content ("backed his call for a strike")
        or (
            len(after) > 1
            and (after[0] in PERSON_OWNERS or after[0].endswith(_POSSESSIVE_ENDINGS))
            and (after[1] in cues or " ".join(after[1:3]) in cues)
        )
    ):
        return True
    words = _words_before(text, match.start(), 4, floor=floor)
    while words and (words[-1] in _BEFORE_A_STANCE_VERB or words[-1].endswith("ly")):
        words.pop()
    return bool(words) and (
        words[-1] in RELATIVE_PRONOUNS
        or words[-1] in BE_FORMS
        or words[-1] in NOUN_DETERMINERS
        # a second predicate, most often of a report ("estimated that most stayed home and
        # supported Ruiz"); a compound's word ("tea-party backed candidate")
        or words[-1] in ("and", "but")
        or "-" in words[-1]
    )


# Words after "to" that make it a preposition before a noun, not the mark of an infinitive
# ("offered to him", "plans to each district").
_TO_A_NOUN = _DETERMINER_OR_OBJECT | frozenset("each every all those these".split())


def _verb_may_follow(text: str, offset: int, *, headline: bool) -> bool:
    """Whether the word after ``offset`` (after a ``to``) may be an infinitive's verb: not a
    determiner or pronoun, a plural or a plural's possessive (``offered to graduates``, ``an
    offer to victims' families``), nor a name or number unless a ``headline`` capitalises its
    words (``Reyes Offers to Pay``)."""
    word = _WORD.search(text, offset, offset + 40)
    if word is None:
        return False
    found = word.group()
    return (
        (found.islower() or (headline and found[:1].isupper()))
        and found.lower() not in _TO_A_NOUN
        and not found.endswith(("'", "\u2019"))
        and not (_plural_in_s(found.lower()) and len(found) > 3)
    )


# Words of degree before a participle that make it an adjective ("the most assured album").
_DEGREE_WORDS = frozenset("most more less least very so too".split())
# Prepositions right before a participle that then describes the noun after it ("with
# estimated losses"; not "of": PolNeAR marks "the number of reported cases" as a report).
_BEFORE_AN_ADJECTIVE = frozenset(("with",))
# Prepositions before a medium that a participle then describes ("in a video posted on ...").
_MEDIUM_PREPOSITIONS = frozenset("in on from with via through under during to".split())


_PARTICIPLE_REACH = 4  # words read back from a participle for its auxiliary or article
_MEDIUM_REACH = 5  # "In a second Instagram story posted": words read back for the medium


def _names_a_document(word: str) -> bool:
    """Whether a lower-case noun names a document, polled or issued (``poll``, ``statement``)."""
    return word in read_words("document_nouns.tsv") or word in read_words("issued_documents.tsv")


def _opens_with_asked(text: str, match: re.Match[str]) -> bool:
    """Whether a participle is an ``Asked`` opening its sentence, alone or after a
    subordinator (``Asked by a reporter whether``, ``When asked by reporters about``)."""
    return match.group() == "Asked" or (
        match.group() == "asked"
        and any(text.endswith(word + " ", 0, match.start()) for word in ASKED_OPENERS)
    )


# Words after a participle that show it a verb, not an adjective before its noun: what it
# takes ("written to the committee", "written that"), or an adverb ("written extensively").
_AFTER_A_PARTICIPLES_VERB = NOUN_DETERMINERS | ADVERBIAL_STARTS | frozenset(("that", "how", "what"))
_AFTER_A_PARTICIPLES_OBJECT = NOUN_DETERMINERS | frozenset(("that", "to"))


def _not_reporting_participle(text: str, match: re.Match[str]) -> bool:
    """Whether a participle reports nothing where it stands: an adjective (``in a written
    statement``) or a passive (``was overwhelmingly condemned``, ``regions declared by
    Russia``, ``reported last week by``), unless the passive is one that attributes."""
    medium = _words_before(text, match.start(), _MEDIUM_REACH)
    previous = medium[-_PARTICIPLE_REACH:]
    if _before_its_noun(text, match.end(), previous):
        return True  # "in a written statement", "38 confirmed cases": an adjective
    following = _next_word(text, match.end())
    if (
        previous
        and match.group().lower() in read_words("medium_participles.tsv")
        and (previous[-1] in NOUN_DETERMINERS or possessive(previous[-1]))
        and text[match.end() : match.end() + 2].strip()[:1].islower()
        and following not in _AFTER_A_PARTICIPLES_VERB
        and not following.endswith("ly")
    ):
        # "Varga's written testimony said", "Her emailed statement": how it was put, before
        # its noun (not "Varga's written to the committee", "Roe's written extensively": has
        # written)
        return True
    if (
        previous
        and previous[-1] in _BEFORE_AN_ADJECTIVE
        and _next_word(text, match.end()) not in _AFTER_A_PARTICIPLES_OBJECT
        and text[match.end() : match.end() + 2].strip()[:1].islower()
    ):
        return True  # "with estimated losses of $6 million": an adjective before its noun
    if previous[-2:-1] and previous[-2] in ARTICLES and previous[-1] in _DEGREE_WORDS:
        return True  # "the most assured album"; but "more convinced that" reports a stance
    if (
        len(medium) >= 3
        # "In a video posted", "in a second Instagram story posted", not "The poll showed"
        and any(
            medium[index] in _MEDIUM_PREPOSITIONS and medium[index + 1] in ARTICLES
            for index in range(len(medium) - 2)
        )
        and _names_a_document(medium[-1])  # "a video posted", "a statement published"
        and match.group().lower().endswith("ed")
        and _next_word(text, match.end()) not in ("that", "how", "what", "whether")
    ):
        return True  # "In a video posted on Thursday", "a letter sent to donors": what it is
    if (
        text[match.start() - 2 : match.start()] == ", "
        and text[match.end() : match.end() + 4] == " at "
        and _measured(text, match.end() + 4)
    ):
        return True  # "the cost of the delay, estimated at 120 million,": a noun's measure
    if _reduced_relative(text, match):
        return True  # "The projections, published quietly in an annex, assume": a passive
    if _coordinated_passive_told(text, match):
        return True  # "was summoned to the ministry and told that": he is the one told
    auxiliary = [word for word in previous if not word.endswith("ly")][-1:]
    # "with stops planned in Corran Falls", "with more talks expected": an absolute phrase, a
    # passive of the noun before the participle
    after_be = (bool(auxiliary) and auxiliary[0] in BE_FORMS) or _absolute_with(text, match)
    with_agent = agent_start(text, match.end()) is not None
    if with_agent and not after_be and _opens_with_asked(text, match):
        return False  # "Asked by a reporter whether ..., Reyes said": the question reported
    return (after_be or with_agent) and not _passive_cue(text, match)


def _before_its_noun(text: str, end: int, previous: list[str]) -> bool:
    """Whether a participle ending at ``end`` after the words ``previous`` is an adjective
    before its noun, which says what kind of thing the noun is while nobody reports anything:
    after an article, with or without an adverb in -ly (``in a written statement``, ``the newly
    announced plan``), or after a count inside a clause before a plural (``recorded 38 confirmed
    cases``, ``There were two reported deaths``; not a count opening a clause, ``Of 40
    surveyed, 12 reported problems``, nor one after ``the`` opening it, ``The two announced
    plans to merge``, nor a date's day, ``on May 3 announced plans``, unless a verb follows
    the plural: ``By Friday, 14 confirmed cases had been found``; nor a verb's object:
    ``found 12 confirmed his account``)."""
    lead = previous
    if (
        previous
        and previous[-1].endswith("ly")
        and previous[-1] not in read_words("nouns_in_ly.tsv")
    ):
        lead = previous[:-1]  # "the newly announced plan"; not "The family announced"
    if lead and lead[-1] in ARTICLES:
        return True
    # the word before the count, or before the article that leads it ("recorded the 38
    # confirmed cases"; but "In a statement, the two announced plans to merge": a subject)
    before_count = previous[:-2] if previous[-2:-1] == ["the"] else previous[:-1]
    noun = _WORD.search(text, end, end + 2 * _CHARACTERS_PER_WORD)  # (a long plural too)
    if (
        not previous
        or not _a_count(previous[-1])
        or noun is None
        or not text[end + 1 : end + 2].islower()
        or not _plural_in_s(noun.group())
        or noun.group() in NOUN_DETERMINERS
    ):
        return False
    opens_its_clause = (
        not before_count
        or not before_count[-1][-1].isalnum()  # "Of 40 surveyed, 12 reported problems"
        or before_count[-1] in _BEFORE_A_COUNTED_SUBJECT
    )
    # (a verb right after the plural makes it the subject's head even so: "By Friday, 14
    # confirmed cases had been found")
    return not opens_its_clause or _next_word(text, noun.end()) in _FINITE_VERBS


# Words before a count that then opens a clause as its subject ("and 12 reported problems",
# "found that 12 reported problems"), and a month before the day of a date ("on May 3
# announced plans").
_BEFORE_A_COUNTED_SUBJECT = MONTHS | frozenset("and or but while whereas that".split())


def _a_count(word: str) -> bool:
    """Whether a lower-case word is a count written out or in figures (``two``, ``38``,
    ``1,200``), not a year (``in 2019 announced``), nor one its clause's comma closes (``who
    won in 2019, told reporters``: the comma is no thousands separator)."""
    return word in COUNT_WORDS or (
        word.replace(",", "").isdigit()
        and not word.endswith(",")
        and ("," in word or len(word) < 4)
    )


_COORDINATED_PASSIVE_REACH = 8  # "was summoned to the foreign ministry and": words read back


def _coordinated_passive_told(text: str, match: re.Match[str]) -> bool:
    """Whether ``told that`` goes on a passive after ``and`` (``Lundal was summoned to the
    ministry and told that ...``): with no one told, the subject is the listener, as in ``was
    told that``; an active ``told`` names whom it tells first (``was elected and told voters
    that``)."""
    if match.group().lower() != "told" or _next_word(text, match.end()) != "that":
        return False
    words = _words_before(text, match.start(), _COORDINATED_PASSIVE_REACH)
    if words[-1:] != ["and"]:
        return False
    for word in reversed(words[:-1]):
        if word[-1:] in ",;:.!?":
            return False  # the clause before ends: "Lundal, who was summoned, and"
        if word in BE_FORMS:
            return True
    return False


# "with" opening a phrase after a comma, a dash or a sentence's start, then at most four words
# right before a participle: an absolute phrase ("..., with stops planned in", "With more talks
# expected"), not a noun phrase's own ("The aide familiar with the schedule confirmed").
# Audit: lookbehinds of one or two characters, a fixed word, then at most four possessive word
# runs, anchored at the window's end.
_ABSOLUTE_WITH = regex.compile(
    r"(?:\A|(?<=[,;:\n\u2014\u2013][ ]?)|(?<=[.!?][ ]))(?i:with)"
    r"((?:[ ][\p{L}\p{N}'\u2019\-]++){1,4}+)[ ]$"
)
_WITH_REACH = 50  # characters before a participle read for the "with" of its phrase
# Words that no noun phrase of an absolute phrase holds: a relative or a subject pronoun opens a
# clause (", with those who claimed", ", with reporters he described as").
_NOT_IN_ABSOLUTE = _FINITE_VERBS | _RELATIVE_WORDS | frozenset(("and", "or", "but", *PRONOUNS))
# Words after a participle that make it a stance its noun's people take ("With Democratic
# leaders increasingly worried about", "with officials convinced that").
_STANCE_OPENERS = QUESTION_WORDS | frozenset(("that", "over"))


def _absolute_with(text: str, match: re.Match[str]) -> bool:
    """Whether a participle ends an absolute phrase opened by ``with`` (``..., with stops
    planned in Corran Falls``): a passive of the noun phrase before it. Not a stance the
    noun's people take (``With Labour leaders increasingly anxious about``), nor a forecast
    (``with over 12,000 refugees expected this winter``, which PolNeAR marks)."""
    if (
        match.group().lower().startswith(_FORESEEING_CUES)
        or _next_word(text, match.end()) in _STANCE_OPENERS
        or _words_before(text, match.start(), 1) == ["having"]
    ):
        return False  # "with the ministry having confirmed the closures": active
    found = _ABSOLUTE_WITH.search(text, max(0, match.start() - _WITH_REACH), match.start())
    return found is not None and _NOT_IN_ABSOLUTE.isdisjoint(found.group(1).lower().split())


_REDUCED_SUBJECT_WORDS = 4  # "The new projections, published ...": a noun phrase this short


def _reduced_relative(text: str, match: re.Match[str]) -> bool:
    """Whether a past participle opens a passive set off after a sentence's opening noun
    phrase (``The projections, published quietly in an annex, assume``), which no one is
    said to report; but ``Reyes, asked about the levy, said`` reports the question."""
    form = match.group().lower()
    if text[match.start() - 2 : match.start()] != ", " or not form.endswith("ed"):
        return False
    if form in _PASSIVE_WITH_TOPIC or " " in form:
        return False
    comma = match.start() - 2
    window = max(0, comma - _CHARACTERS_PER_WORD * _REDUCED_SUBJECT_WORDS)
    opening = text[window:comma]
    boundary = max(opening.rfind(mark) for mark in ".!?\n,;:")
    if (boundary == -1 and window > 0) or opening[boundary : boundary + 1] in (",", ";", ":"):
        return False  # "Tomas Ferrer, his chief of staff, urged": an appositive before
    words = opening[boundary + 1 :].lower().split()
    following = _next_word(text, match.end())
    if text[match.end() + 1 : match.end() + 2].isupper() and following not in _TIME_WORDS:
        return False  # "The vote failed, added Reyes.": an inverted source follows
    if _past_form_after_the_first(" ".join(words)):
        return False  # "The vote failed,": a clause before the comma, not a noun phrase
    return (
        0 < len(words) <= _REDUCED_SUBJECT_WORDS
        and words[0] in NOUN_DETERMINERS
        and not _FINITE_VERBS.intersection(words)
    )


_MEASURE_LEADS = frozenset("around about nearly roughly some more less up almost over".split())


# "recall" reports a memory ("she recalled that ..."), except where a company or a state takes
# something back: an amount or its own things follow ("recalled 1.2 million cars").
_RECALL_FORMS = frozenset("recall recalls recalled recalling".split())


# Cue heads that are also nouns counted in news copy ("5,200 calls", "300 points to 34,100").
_COUNTED_HEADS = ("call", "point")
# Units between a count and "points" in economics and polling copy ("12 basis points").
_POINT_UNITS = frozenset(("basis", "percentage"))


def _counted(text: str, start: int) -> bool:
    """Whether a count stands before the word at ``start``, a unit of points between at most
    (``5,200 calls``, ``12 basis points``, ``1.5 percentage points``)."""
    before = _words_before(text, start, 2)
    if before[-1:] and before[-1] in _POINT_UNITS:
        before.pop()
    return bool(before) and any(char.isdigit() for char in before[-1])


def _measured(text: str, offset: int) -> bool:
    """Whether an amount starts at ``offset`` (``$5 billion``, ``around 120 million``)."""
    first = text[offset : offset + 1]
    return bool(first) and (
        first.isdigit() or first in "$\u00a3\u20ac" or _next_word(text, offset) in _MEASURE_LEADS
    )


# What makes an infinitive cue a plan or a deadline, said of what has not been said yet ("is
# due to announce", "has 28 days to announce", "until July 17 to"; PolNeAR marks "is poised to
# argue").
# Audit: fixed words or a bounded digit run and fixed words, anchored at the window's end.
_FUTURE_INFINITIVE = regex.compile(
    r"\b(?:due|scheduled|slated|until[ ][\p{L}\p{N} ]{1,20}?"
    r"|\d{1,4}+[ ](?:days|weeks|months|hours|years))[ ]to[ ]$",
    regex.IGNORECASE,
)
_FUTURE_REACH = 40  # characters before a cue read for a plan or a deadline


# Cues that also tell of a physical blow ("the storm slammed the coast").
_IMPACT_CUES = frozenset("slam slams slammed slamming blast blasts blasted blasting".split())


def _after_a_force(text: str, cue_start: int, floor: int) -> bool:
    """Whether a force of nature is the subject right before a cue of a blow: its noun after
    a determiner (``the storm slammed``), or a storm's name (``Hurricane Delia slams``)."""
    forces = read_words("natural_forces.tsv")
    before = text[max(floor, cue_start - 3 * _CHARACTERS_PER_WORD) : cue_start].split()[-3:]
    if len(before) < 2 or before[-1].endswith(","):
        return False
    if before[-1].lower() in forces:
        return before[-2].lower() in NOUN_DETERMINERS | {"this", "that"}
    return before[-1][:1].isupper() and before[-2][:1].isupper() and before[-2].lower() in forces


def _gapped_that(text: str, offset: int) -> bool:
    """Whether the ``that`` of a clause follows a verb past times, venues or a vote's tally
    (``ruled 6-3 on Thursday that``), not a relative's (``a ruling today that should``)."""
    after = skip_intervening(text, offset)
    return (
        after > offset
        and _THAT_AFTER_ASIDE.match(text, after) is not None
        and _that_after(text, offset) is not None
    )


_ASKED_TO_KNOW = " to know"  # a cue's ending that asks only before a question word


def _cue_matches(text: str, start: int, end: int, lexicon: Lexicon) -> Iterator[re.Match[str]]:
    """The cue forms between ``start`` and ``end``; one that asks only before a question word
    is its verb alone elsewhere (``Families want to know the truth``: a wish, under ``want``;
    ``wanted to know whether`` asks)."""
    pattern = _cue_pattern(lexicon)
    for match in pattern.finditer(text, start, end):
        if not match.group().lower().endswith(_ASKED_TO_KNOW) or _question_follows(
            text, match.end()
        ):
            yield match
        elif head := pattern.match(text, match.start(), match.start() + match.group().find(" ")):
            yield head


def _question_follows(text: str, offset: int) -> bool:
    """Whether a question word follows ``offset`` (``what's`` too), or a cleft's copula and one
    (``What voters want to know is whether ...``)."""
    word = _WORD.search(text, offset, offset + 40)
    if word is not None and word.group().lower() + " " in _CLEFT_COPULAS:
        word = _WORD.search(text, word.end(), word.end() + 40)
    return (
        word is not None
        and word.group().lower().replace("\u2019", "'").split("'", 1)[0] in QUESTION_WORDS
    )


def _attributive(text: str, match: re.Match[str]) -> bool:
    """Whether a cue's -ing form is an adjective before its noun, after an article, a word of
    degree or ``same`` (``a telling sign``, ``the most telling promise``, ``the bragging
    rights``, ``a threatening letter``): it says what kind of thing the noun is, and nobody
    reports anything. A unit of time after it is no head but when it was given (``a warning
    hours before the collapse that``)."""
    previous = _words_before(text, match.start(), 1)
    head = _WORD_AFTER_QUOTE.match(text, match.end())
    return (
        bool(previous)
        and (previous[-1] in ARTICLES or previous[-1] in _DEGREE_WORDS or previous[-1] == "same")
        and head is not None
        and head.group(1) not in _NO_HEAD_NOUNS
        and head.group(1) not in DURATION_UNITS
    )


# Words that may open a sentence before an imperative ("Just ask Dana Whitcombe", "Seriously,
# please ask yourself why", "Now tell us this was a fair count").
_IMPERATIVE_LEADS = frozenset("just simply please now seriously".split())
_IMPERATIVE_LEAD_REACH = 24  # characters from a sentence's start read for those words


def _after_imperative_lead(text: str, start: int, offset: int) -> bool:
    """Whether only words that lead an imperative stand between a sentence's start and a cue
    (``Just ask``, ``Seriously, please ask``)."""
    if offset - start > _IMPERATIVE_LEAD_REACH:
        return False
    opening = text[start:offset].strip(" \"'\u201c\u2018(")
    return opening[:1].isupper() and _IMPERATIVE_LEADS.issuperset(
        opening.lower().replace(",", " ").split()
    )


# Words right after a verb opening an imperative, which never follow a subject's name
# directly ("Come to the meeting", "Call the hotline", "Write your councillor"): "to", an
# article, or an owner of the reader's.
_IMPERATIVE_OBJECT_OPENERS = ARTICLES | frozenset(("to", "your", "our"))
# Words that open a sentence before an article as no verb does: a preposition, a quantifier or
# an adverb before the subject ("On the day the mayor went out and said", "Outside the plant
# workers gather and say", "All the parents oppose it and say", "Both the union and the firm
# want a deal and say").
_NON_VERB_OPENERS = frozenset(
    """all both half many most some each every only even nearly almost throughout within beyond
    behind along around among between against through like unlike today tonight""".split()
).union(ADVERBIAL_STARTS, PLACE_PREPOSITIONS)
_IMPERATIVE_CLAUSE_REACH = 120  # characters from a sentence's start to a cue after "and"


def _after_imperative_clause(text: str, start: int, offset: int, lexicon: Lexicon) -> bool:
    """Whether a cue goes on after ``and`` with an imperative that opens its sentence
    (``Come to the meeting and tell us what you think``, ``Call the hotline and say``): a
    capitalised word, no given name, preposition, quantifier or participle, right before
    ``to``, an article or the reader's owner, no time after them (not ``Ortiz the next day
    returned and said``) and no comma before the cue."""
    if (
        offset - start > _IMPERATIVE_CLAUSE_REACH
        or text[offset - len(" and ") : offset] != " and "
        or "," in text[start:offset]  # ("Given the delay, the board will meet and say no")
    ):
        return False
    words = text[start:offset].lstrip(" \"'\u201c\u2018(").split(maxsplit=5)
    if words[:1] == [INTERVIEW_ANSWER + ":"]:
        words = words[1:]  # "A: Come to the surgery and tell me": an answer's label
    return (
        len(words) > 3
        and words[0][:1].isupper()
        and words[0].isalpha()
        and words[0].lower() not in lexicon.given_names
        and words[0].lower() not in _NON_VERB_OPENERS
        # (nor a participle: "Given the delay the board will meet and say no")
        and not words[0].endswith(("ed", "en", "ing"))
        and words[1] in _IMPERATIVE_OBJECT_OPENERS
        and WHEN_CORE.isdisjoint(words[2:4])
    )


def _gapped_refusal(text: str, form: str, offset: int) -> bool:
    """Whether the verb ``form`` of a refusal ending at ``offset`` takes its infinitive past a
    time or a manner (``declined on Tuesday to comment``); not a fall to a figure or a level
    (``Sales declined in March to 40,000 units``, ``to the lowest level``), nor to where a
    price comes to rest (``declined on Friday to trade at $1.20``)."""
    if f"{form} to" not in read_words("refusal_cues.tsv"):
        return False
    after = skip_intervening(text, offset)
    if after == offset or not text.startswith(" to ", after):
        return False
    verb = _next_word(text, after + len(" to"))
    return (
        text[after + len(" to ") : after + len(" to ") + 1].islower()
        and verb.isalpha()
        and verb not in _DETERMINER_OR_OBJECT
        and verb not in read_words("price_verbs.tsv")
    )


def find_cues(text: str, start: int, end: int, lexicon: Lexicon) -> list[CueMatch]:
    """Cues of the lexicon between ``start`` and ``end``, the longest form at each place.

    A passive (``would be published``) reports nothing; a document cue (``shows``,
    ``found``) needs a document noun shortly before it (``a new poll shows``), or, except
    for ``show``, a ``that`` or a colon after it (``investigators found that``).
    """
    matches: list[CueMatch] = []
    for match in _cue_matches(text, start, end, lexicon):
        form = " ".join(match.group().lower().replace("\u2019", "'").split())
        cue_class = lexicon.cues.get(form)
        if (
            cue_class is None
            and (previous := _words_before(text, match.start(), 1))
            and previous[-1].lower() not in _HEAD_DETERMINERS
            and _gapped_that(text, match.end())
        ):
            # "ruled 6-3 on Thursday that": a form listed with "that", times between (not
            # "The ruling last week that ...", a noun)
            form = f"{form} that"
            cue_class = lexicon.cues.get(form)
        if cue_class is None and _gapped_refusal(text, form, match.end()):
            form = f"{form} to"  # "declined on Tuesday to comment": a refusal, times between
            cue_class = lexicon.cues.get(form)
        cue_end = match.end()
        if form.startswith("talks") and _held_talks(
            _words_before(text, match.start(), 2, floor=start)
        ):
            # "the two sides held talks about the strike", "are holding informal talks about":
            # the noun, nobody speaks
            continue
        if cue_class is None and (manner := _MANNER_THEN_TOPIC.match(text, cue_end, end)):
            # "spoke briefly about the closure": a form listed with its preposition, the
            # manner between; the cue runs to the preposition
            form = f"{form} {manner.group('preposition')}"
            cue_class = lexicon.cues.get(form)
            cue_end = manner.end()
        if cue_class is None:
            continue
        if form in read_words("as_object_cues.tsv") and not _frames_through_as(text, form, cue_end):
            continue  # "cast their votes", "the view from the pier": no object framed
        if match.group().endswith("that") and _NOUN_AFTER_THAT.match(text, match.end()):
            # "Legislative leaders dispute that analysis.", "learned that lesson.": "that" the
            # determiner of an object, which a form listed only with "that" does not report
            continue
        head = form.split(" ", 1)[0]
        if _in_idiom(text, match.start(), match.start() + len(head), head):
            continue  # "easier said than done", "a think tank", "declined to be named": no cue
        if _ANONYMITY_SOUGHT.match(text, match.end()):
            continue  # "One adviser, who requested anonymity, said": no report
        if form in _CREDIT_FORMS and _credit_without_deed(text, end, match):
            continue  # "footage credited to the Gazette": a passive, nobody gives the credit
        if (
            text[match.start() - 1 : match.start()] == "-"
            or text[match.end() : match.end() + 1] == "-"
        ):
            continue  # "better-than-expected", "self-described": part of a compound word
        if (
            form.endswith("s")
            and not form.endswith(("ss", "us"))  # "did not dismiss", "not discuss", "not focus"
            and " " not in form
            and _words_before(text, match.start(), 1) == ["not"]
        ):
            continue  # "wanted jobs, not promises": a plural noun; a verb after "not" is bare
        if form == "say" and _say_is_no_cue(text, match.start(), match.end()):
            continue
        if tuple(_words_before(text, match.start(), 2)) in _INSTEAD_OF_WORDS:
            continue  # "but rather than explain how, he left": what the source did not do
        if form in _CITING_FORMS and _words_before(text, match.start(), 1) == ["without"]:
            continue  # "reported, without citing sources, that": nobody cited, no report
        if _comparison_standard(text, start, match.start(), head):
            continue  # "The deficit closed sooner than expected": a comparison, no report
        if form == "said" and (
            _connective_said(text, match.start(), match.end())
            or _after_article(text, match.start(), ARTICLES)
        ):
            # "That said, Moreno cannot win": the writer's "even so"; "The said vehicle was
            # towed": legal English's adjective, "that vehicle" (not after "her", an object:
            # "Reporters who spoke with her said")
            continue
        if _in_a_name(text, match, lexicon):
            continue  # "defunding Planned Parenthood", "Keep the Promise PAC": a name's word
        closing = skip_intervening(text, match.end())  # (past when and where it was said)
        if text[closing : closing + 1] in (".", ",", ";") and _object_relative(
            text, max(start, match.start() - _OBJECT_RELATIVE_REACH), match.start(), lexicon
        ):
            # "ahead of the $4.6 billion that analysts had expected.", "a figure that her
            # department disclosed in a letter to lawmakers.": what, not a report
            continue
        if _negated_imperative(text, start, match.start()):
            continue  # "keep regular hours, and do not expect a diet to ...": an instruction
        if _imperative_form(form, lexicon.cues) and (
            (
                match.group()[:1].isupper()
                and not text[start : match.start()].strip(" \"'\u201c\u2018(")
            )
            or _after_imperative_lead(text, start, match.start())
            or _after_imperative_clause(text, start, match.start(), lexicon)
        ):
            # "Ask a question and insist on an answer.", "Just ask Dana Whitcombe.", "Seriously,
            # please ask yourself why", "Come to the meeting and tell us what you think": an
            # imperative
            continue
        if (
            form in read_words("complement_nouns.tsv")
            and (
                _next_word(text, match.end()) in ("as", "for")
                # (after a comma: not "Councillor Ines Varga claims that was never agreed")
                or (
                    text[match.start() - 2 : match.start()] == ", "
                    and _RELATIVE_THAT_AFTER.match(text, match.end()) is not None
                )
                or _words_before(text, match.start(), 1)[-1:] == ["made"]
            )
        ):
            # "rated 41% of Liberal claims as “false”", "a claim for which", "claims that
            # could not be verified", "made claims that": a noun, its relative clause
            continue
        if form in read_words("complement_nouns.tsv") and (
            not _UNMADE_DETERMINERS.isdisjoint(_words_before(text, match.start(), 1))
            or _RELATIVE_THAT_WITH_SUBJECT.match(text, match.end(), end) is not None
            or _ASKED_ABOUT_NOUN.fullmatch(text, start, match.start()) is not None
        ):
            # "there was no suggestion that", "denied any claim that", "Without assurances
            # that": what nobody said; "The suggestion that the committee made last year was
            # never adopted": a relative clause on the noun, no report; "Is the contention
            # that the tax is illegal correct?": the writer's question about it
            continue
        if (
            form.endswith("ed")
            and _words_before(text, match.start(), 1)[-1:] in (["of"], ["the"])
            and _next_word(text, match.end()).endswith("s")
        ):
            continue  # "the number of confirmed deaths": an adjective before its noun
        if (
            form in _AFFECTING_FORMS
            and _next_word(text, match.end()) in OBJECT_ONLY_PRONOUNS
            and _next_word(text, match.end() + 1 + len(_next_word(text, match.end())))
            not in ("that", "to")
        ):
            continue  # "That should worry us more than any pothole": whom it worries, no report
        if form in OPINION_CUES and (
            text[start : match.start()].strip(" \"'\u201c(")
            or text[match.end() : match.end() + 1] != ","
            or _next_word(text, match.end() + 1) in ("which", "who")
        ):
            # "In his opinion, ..." opens its sentence, set off by its comma; mid-sentence it
            # is an aside, and "In his opinion piece", "In her opinion for the court, she said"
            # name a text
            continue
        if form in _NO_DOUBT_FORMS and _past_participle(_next_word(text, match.end())):
            continue  # "The council has no doubt noticed": an adverb
        if _base_form(form) and _imperative_goes_on(text, start, match.start(), lexicon):
            continue  # "... and insist on an answer": the imperative goes on
        if _ZERO_RELATIVE.search(
            text, max(start, match.start() - _ZERO_RELATIVE_REACH), match.start()
        ):
            continue  # "Nothing we say makes any difference": a relative clause of "nothing"
        if _in_contact_relative(text, start, match, form):
            continue  # "The figures the minister quoted were out of date": what was quoted
        if _fronted_by_how(text, start, match):
            continue  # "measured how safe people felt compared with": the feeling asked after
        if (
            form == "reports"
            and not _clause_follows(text, match.end())
            and not (text.startswith(".", match.end()) and _closing_outlet(text, match.start()))
        ):
            # "Workers plan to strike on Monday, the Courier reports.": an outlet or a writer
            # set off after what it reports; elsewhere a plural noun ("police reports", "initial
            # reports of the crash") unless "that" or a colon follows
            continue
        if (
            # (a cue's form that is also a plural noun: "estimates", "claims", "reports")
            (form in read_words("document_nouns.tsv") or form in read_words("complement_nouns.tsv"))
            and text[match.end() : match.end() + 1] in (".", ",", ";")
            and _modifier_after_preposition(text, match.start())
        ):
            continue  # "ahead of analyst estimates.", "on tax claims,": a noun after its modifier
        if text[match.end() : match.end() + 1] == ":" and (
            not text[start : match.start()].strip() or _only_a_time(text, start, match.start())
        ):
            # "Published: 6:42 PM", "Updated: Tuesday": a page's label; "Sunday shows: ...": a
            # headline's label, the programmes of a day (a time is no one who shows or says)
            continue
        if head.startswith(_COUNTED_HEADS) and _counted(text, match.start()):
            # "more than 5,200 calls for help", "fell 12 basis points to 4.1 percent": a count
            # of calls or points, a noun
            continue
        if text[match.start() - 3 : match.start()] == "to " and _FUTURE_INFINITIVE.search(
            text, max(start, match.start() - _FUTURE_REACH), match.start()
        ):
            continue  # "is due to announce", "has until July 17 to announce": not said yet
        if _opens_as_a_noun(text, start, match, form):
            continue  # "Plans to build 400 homes ... have met with fury": the subject
        if form in read_words("infinitive_cues.tsv") and _noun_reading(
            text, match, lexicon.group_nouns
        ):
            continue  # "the candidates' plans don't", "made plans to build": a noun
        if form.endswith(" reportedly") and _words_before(text, match.start(), 1) == ["and"]:
            continue  # "gained acclaim and was reportedly targeted": not the first predicate
        if _stance_without_shape(text, start, match, form, lexicon.cues):
            continue  # "a donor who backed Okafor", "was supported by", "backed down": no stance
        if _noun_subject(text, start, match, form) or _noun_before_its_phrase(text, match, form):
            # "if the claims are true", "The claim seemed absurd", "The insurance claims rose",
            # "Insurance claims from the storm have topped": a noun subject; but "the hope is
            # that ..." reports a hope
            continue
        before = _words_before(text, match.start(), 2)
        if head in _IMPACT_CUES and _after_a_force(text, match.start(), start):
            continue  # "Hurricane Delia slams Gulf Coast", "the storm slammed": no one speaks
        if (
            before[-1:] == ["to"]
            and read_words("tough_adjectives.tsv").intersection(before[-2:-1])
            and _OBJECT_LEFT_OUT.match(text, match.end())
        ):
            continue  # "the numbers are hard to argue with.": the subject is argued with
        if cue_class is not CueClass.DOCUMENT and _heads_a_noun_phrase(text, start, match, lexicon):
            continue  # "The claim first surfaced", "Hartwell's second claim fares": a noun
        if _noun_by_its_neighbours(text, match):
            continue  # "an amber warning for heavy rain", "this claim", "with pledge on": nouns
        if _noun_before_relative_that(text, match, form):
            continue  # "released a report that said ...": the report's own verb reports
        if (
            form.endswith("ing")
            and _after_article(text, match.start())
            and _next_word(text, match.end()) == "of"
        ):
            continue  # "The questioning of witnesses lasted": a gerund, a noun
        if form.endswith("ing") and " " not in form and _attributive(text, match):
            continue  # "a telling sign", "the bragging rights": an adjective before its noun
        if (
            " " not in form
            and _after_article(text, match.start())
            and text[match.end() : match.end() + 1] in (".", ",", ";", ":", "!", "?")
        ):
            continue  # "brushed off the praise.": a noun that ends its phrase
        if (
            form in ("states", "states that")
            and not (
                before
                and (
                    before[-1] in _SUBJECT_PRONOUNS
                    or _names_a_document(before[-1])
                    # "The governor's office states": a body in lower case (not "the Union
                    # states that signed", a name's word, nor "the police states that", a
                    # plural body's compound noun: its verb would be "state")
                    or (
                        before[-1] in lexicon.group_nouns
                        and before[-1] != "police"
                        and text[match.start() - len(before[-1]) - 1 : match.start()].islower()
                    )
                )
            )
            and document_head(text, start, match.start()) is None
        ):
            continue  # "in the four states that voted": a plural noun; "The affidavit states"
        if _next_word(text, match.end()) == "of" and _EXISTENTIAL_THERE.search(
            text, max(start, match.start() - _THERE_REACH), match.start()
        ):
            continue  # "There were shouts of": what there is, a noun (but "fears that" reports)
        if head in ("heard", "hears") and not HEARINGS.intersection(
            _words_before(text, match.start(), 3)
        ):
            continue  # "the court heard that"; but "Ana Brandt heard that the mill would close"
        if head in _RECALL_FORMS and (
            _measured(text, match.end() + 1) or _next_word(text, match.end()) in ("its", "their")
        ):
            continue  # "recalled 1.2 million cars", "recalled its ambassador": taken back
        participle = form.split()[0].endswith(_PARTICIPLE)
        if not participle and cue_class is not CueClass.DOCUMENT:
            # "said", "says": only participles and document cues are judged by the words before
            matches.append(CueMatch(match.start(), cue_end, form, cue_class))
            continue
        if (
            participle
            and _not_reporting_participle(text, match)
            and not (cue_class is CueClass.THOUGHT and _stance_after_be(text, match))
        ):
            continue
        if (
            cue_class is CueClass.DOCUMENT
            and (participle or form == "read")
            and text.startswith((" by ", " out by "), match.end())
        ):
            continue  # "in a message read out by his spokesman": a passive, who read it aloud
        if (
            cue_class is CueClass.DOCUMENT
            and not read_words("document_nouns.tsv").intersection(
                # within the sentence: "reports of a disturbance. A man was found with"
                _words_before(text, match.start(), _DOCUMENT_SUBJECT_WORDS, floor=start)
            )
            and document_head(text, start, match.start()) is None
        ):
            introduces = (
                _clause_follows(text, match.end())
                and form not in ("read", "reads")  # "I read that ...": a reader, no document
                and not (
                    form == "show"  # "an hourlong show that aired": the noun and a relative
                    and not _VERB_BEFORE_SHOW.intersection(_words_before(text, match.start(), 1))
                )
            ) or (form in ("read", "reads") and _reads_out(text, before, match.end(), end))
            # "..., the researchers found.": people who found, the cue closing the sentence,
            # maybe with where or when ("..., the observers concluded in their final report.")
            closing = (
                bool(before)
                and before[-1] in read_words("research_nouns.tsv")
                and (
                    text[match.end() : match.end() + 1] in (".", ",", ";")
                    or _CLOSING_OCCASION.match(text, match.end()) is not None
                )
            )
            if not (introduces or closing or _inverted_before_document(text, match)):
                continue  # "had shown remorse"; but "investigators found that ..." reports
        matches.append(CueMatch(match.start(), cue_end, form, cue_class))
    return matches


def _reads_out(text: str, before: list[str], cue_end: int, end: int) -> bool:
    """Whether ``read`` opens words read out to a room ('Ethan Morales read from a card:
    "..."'), not what a reader has read ('said she had read the report: "It is a disaster,"
    she said')."""
    return (
        not PERFECT_AUXILIARIES.intersection(before[-1:])
        and _READ_OUT.match(text, cue_end, end) is not None
    )


# What someone reads out before a colon and the quotation of it: maybe a particle and "from",
# then a determiner and at most five words ('read from a card: "...', 'read aloud a statement
# from her lawyer: "...'). Audit: fixed optional words, then a bounded repetition of possessive
# runs of one class, a colon and one mark; matched at one position.
_READ_OUT = regex.compile(
    rf"(?:[ ](?:aloud|out))?+(?:[ ]from)?+[ ]{OCCASION_OPENER}"
    r"(?:[ ][\p{L}\p{N}'\u2019\-]++){1,5}+:[ ][\"\u201c\u00ab\u201e]"
)


# Where or when a cue closing its sentence was said: a preposition and a few words before the
# stop, with no clause ("concluded in their final report.", "found on Monday."). Audit: fixed
# words, then a bounded repetition of possessive runs of letters, digits and apostrophes.
_CLOSING_OCCASION = regex.compile(r"[ ](?:in|on|at|last)(?:[ ][\p{L}\p{N}'\u2019]++){1,5}+[.;]")


_INVERTED_DOCUMENT_WORDS = 4  # "a statement from the", "a joint statement released"


# Determiners of a document new to the story ("read a statement", "read one sign", "read
# another placard"), and the characters before a cue read for the document named before it.
_NAMED_BEFORE_REACH = 2000
_NEW_DOCUMENT_DETERMINERS = frozenset(("a", "an", "one", "another"))


def _inverted_before_document(text: str, match: regex.Match[str]) -> bool:
    """Whether a document cue stands inverted after a quotation's closing comma, before the
    document that holds it ('"We will not be intimidated," read a statement from the Yes on
    138 campaign', '"No more cuts," read one placard'; '"Closed for good," read the sign' when
    no sign was named in the text before; '"Save our school," read another.' after one): the
    document, new to the story, names itself after its cue."""
    if text[max(0, match.start() - 3) : match.start()] not in (",\u201d ", '," '):
        return False
    if text[match.end() : match.end() + len(" another.")].lower() == " another.":
        return True  # one more of those just named: '"Save our school," read another.'
    after = [
        word.strip(".,;")
        for word in text[match.end() : match.end() + 80].lower().split()[:_INVERTED_DOCUMENT_WORDS]
    ]
    documents = [word for word in after[1:] if _names_a_document(word)]
    return (
        bool(documents)
        and (
            after[0] in _NEW_DOCUMENT_DETERMINERS
            # "the sign" new to the story too; not "the statement" named before, whose quotes
            # go on with its issuer's
            or (
                after[0] == "the"
                # (a sign or a placard; an issued document's issuer speaks: '"...," read the
                # statement, which the union posted')
                and documents[0] not in read_words("issued_documents.tsv")
                and documents[0]
                not in {
                    word.strip(".,;:!?()" + _ALL_MARKS)
                    for word in text[max(0, match.start() - _NAMED_BEFORE_REACH) : match.start()]
                    .lower()
                    .split()
                }
            )
        )
    )


# "There" and a form of "be", and a quantifier or an adverb at most, right before a word: the
# word is what there is, a noun ("There were shouts of", "There were also cries of"). Audit: fixed
# words and optional fixed words, anchored at the window's end.
_EXISTENTIAL_THERE = regex.compile(
    r"\bthere(?:'s|[ ](?:is|are|was|were|has[ ]been|have[ ]been|had[ ]been|will[ ]be))"
    r"(?:[ ](?:also|already|still|now|no|some|many|few|more|growing|widespread|new))?+[ ]$",
    regex.IGNORECASE,
)
_THERE_REACH = 40  # characters before a cue read for an existential "there"
# A verb's object left out: a preposition at most, then the clause ends ("hard to argue with.").
# Audit: fixed words, then one class; one position.
_OBJECT_LEFT_OUT = regex.compile(r"(?:[ ](?:with|about|for|on))?+[.,;:!?]")
_OPENING_REACH = 3  # characters of marks or brackets before a sentence's first word


# A comma and an indefinite article: a cue word after them is a noun in apposition ("..., a
# claim"); after "the" it may open a clause ("Instead, the fear is that ...").
_COMMA_ARTICLES = (", a ", ", an ")
# Words after which a cue word that is not a verb form in -ed, -ing or -s is a noun.
_NOUN_LEADS = frozenset("this these those with against amid despite on about of for".split())


# An article and at most two plain words right before a word ("a red flag warning"), no
# comma between. Audit: fixed words, a bounded possessive repetition, anchored at the end.
_ARTICLE_THEN_WORDS = regex.compile(r"\b(?:a|an|the)(?:[ ][\p{L}\-]++){0,2}+[ ]$", regex.IGNORECASE)
# Words before a form in -ing that make it a verb ("is warning", "kept insisting").
_PROGRESSIVE_LEADS = _FINITE_VERBS | frozenset("kept keep keeps keeping been began started".split())
# Prepositions of place and time after a noun in -ing ("a red flag warning through Sunday").
_PLACE_AND_TIME_PREPOSITIONS = frozenset("through at in on during until since over from".split())


# Verbs that take a claim as their object ("a claim that the auditor disputed"). Source:
# news usage of verbs of denial and doubt; the review of this round's relative-that rule.
_CONTRADICTING_VERBS = frozenset(
    """disputed disputes dispute denied denies deny rejected rejects reject contested contests
    contest challenged challenges challenge questioned questions question refuted refutes
    refute doubted doubts doubt""".split()
)
# Words before a verb's base or present form: auxiliaries, "to" and negation.
_VERB_LEADS = frozenset("has have had do does did will would may might can could to not".split())
# What ends a short clause read for its last word. Audit: a class of stops; one position.
_CLAUSE_STOP = regex.compile(r"[.,;:!?\n]")


def _noun_before_relative_that(text: str, match: re.Match[str], form: str) -> bool:
    """Whether a cue read as a noun after a determiner or possessive is followed by a relative
    ``that`` and its verb (``a report that said``, ``a claim that drew criticism``, ``the
    warning that is posted``): the noun is the subject of a clause of its own, which no one
    reports; the verb after ``that`` may report in turn. Modifiers of the noun may stand
    between (``an additional report that might``, ``her latest warning that is posted``:
    ``data/cue_noun_modifiers.tsv``)."""
    previous = _words_before(text, match.start(), 1)
    modifiers = read_words("cue_noun_modifiers.tsv")
    if previous and previous[-1] in modifiers:
        # "a separate federal report that raises": the noun's modifiers, read back past only
        # when one stands there (most cues have none)
        previous = _words_before(text, match.start(), 1 + _MODIFIERS_BEFORE_A_HEAD)
        while len(previous) > 1 and previous[-1] in modifiers:
            previous.pop()
    if not (
        (previous and previous[-1] in _HEAD_DETERMINERS)
        or (previous and previous[-1].endswith(_POSSESSIVE_ENDINGS))
        # (or the phrase's own before its noun: "made a case that collapsed in court", "is
        # making a case that will test the law", the case's relative)
        or (len(own := form.split()) > 2 and own[-2] in _HEAD_DETERMINERS)
    ):
        return False
    that_end = match.end()
    if not form.endswith(" that"):
        # (in any case: a headline's "Claim That" too; the word read as _next_word reads it)
        that = _WORD.search(text, that_end, that_end + 40)
        if that is None or that.group().lower() != "that":
            return False
        that_end = that.end()
    following = _next_word(text, that_end)
    if (
        _past_participle(following)
        or following in _FINITE_VERBS
        or _relative_verb_after(text, that_end)
    ):
        return True
    # "a claim that the city's auditor has since disputed.": the clause's verb, closing it
    # with no object, takes the noun as its object
    words = _CLAUSE_STOP.split(text[that_end : that_end + _CHARACTERS_PER_WORD * 8], 1)[0]
    last_two = words.lower().split()[-2:]
    return (
        len(last_two) == 2
        and last_two[1] in _CONTRADICTING_VERBS
        # a verb by its form or what stands before it ("has since disputed", "strongly
        # disputes", "they deny"), not a noun ("this year's presidential contest")
        and (
            last_two[1].endswith("ed")
            or last_two[0] in _VERB_LEADS
            or last_two[0].endswith("ly")
            or last_two[0] in _SUBJECT_PRONOUNS
        )
    )


def _noun_by_its_neighbours(text: str, match: re.Match[str]) -> bool:
    """Whether a cue word is a noun by the words around it: after ``this`` or a preposition
    (``We rate this claim Mostly False``, ``talks end with pledge on methane``), between an
    article and a colon (``The claim: "..."``, a fact-check's label), after a comma and an
    indefinite article (``..., a claim the Treasury denies``) unless ``that`` or ``of``
    follows, or in -ing after an article, an adjective between or not, with ``for`` giving
    what it is about (``an amber warning for heavy rain``; ``the hope of``, ``the fear of``:
    PolNeAR marks those, and so do we)."""
    word = match.group().lower().split()[0]
    if (
        match.group().lower().endswith("ing")
        and _next_word(text, match.end()) == "for"
        and ARTICLES.intersection(_words_before(text, match.start(), 2))
    ):
        return True
    if (
        word.endswith("ing")
        and _next_word(text, match.end()) in _PLACE_AND_TIME_PREPOSITIONS
        and _ARTICLE_THEN_WORDS.search(text, max(0, match.start() - 40), match.start())
        # "The ministry is warning in a statement", "kept insisting at": a verb, not a noun
        and not _PROGRESSIVE_LEADS.intersection(_words_before(text, match.start(), 2))
    ):
        return True  # "issued a red flag warning through Sunday": a noun, then a preposition
    following = _next_word(text, match.end())
    if (
        word.endswith("ing")
        and text[match.end() : match.end() + 1] == " "
        and (following in _FINITE_VERBS or following in IRREGULAR_PASTS)
        # not a participle after a comma: ", warning lost revenue could top", ", asking could"
        and text[max(0, match.start() - 2) : match.start()] != ", "
        # not "All I'm asking is that ...", "what he was saying is": a verb, in a cleft
        and not _PROGRESSIVE_LEADS.intersection(_words_before(text, match.start(), 1))
        and not text[max(0, match.start() - 4) : match.start()].endswith(
            ("'m ", "'re ", "'s ", "\u2019m ", "\u2019re ", "\u2019s ")
        )
    ):
        return True  # "as shouting broke out", "the questioning was sharp": a subject
    if (
        following in BE_FORMS  # not "Asked would he resign, ...": an inverted question
        and text[match.end() : match.end() + 1] == " "
        and text[max(0, match.start() - _OPENING_REACH) : match.start()].rstrip(" ")[-1:]
        in ("", ".", "!", "?", "\n")
    ):
        return True  # "Worried is the wrong word.": the word itself, opening the sentence
    previous = _words_before(text, match.start(), 1)
    if not previous:
        return False
    if previous[-1] in ARTICLES and text[match.end() : match.end() + 1] == ":":
        return True
    if text[max(0, match.start() - 6) : match.start()].endswith(_COMMA_ARTICLES) and (
        _next_word(text, match.end()) not in ("that", "of")
    ):
        return True  # "Roe said X, a claim the Treasury denies": a noun taking X up
    # "this claim", and "That claim was challenged" opening a sentence, after its conjunction
    # too ("But that estimate covers 13 years"); not "a report that said" (a relative) nor
    # "That said," (an idiom)
    demonstrative = (
        previous[-1] in _NOUN_LEADS
        or text[max(0, match.start() - len("But that ")) : match.start()].endswith(_OPENING_THAT)
        # "Breaking that promise to balance the budget": a noun and its infinitive
        or (previous[-1] == "that" and _next_word(text, match.end()) == "to")
    )
    return demonstrative and not word.endswith(("ed", "ing", "s", "told", "wrote", "said"))


# A demonstrative opening its sentence, alone or after a conjunction, before a cue word: the
# word is its noun ("That claim was false", "But that estimate covers 13 years"); a capital
# marks the sentence's start, where "that" opens no clause and no relative.
_OPENING_THAT = ("That ", "But that ", "And that ", "Yet that ")
# Determiners that no verb's base or -s form follows ("the claim", "their estimate"); not
# "both", "one" or "another", which stand alone as a subject too ("Both want", "another says").
_HEAD_DETERMINERS = NOUN_DETERMINERS | frozenset(("every", "no"))
# Words after a noun cue that open what it reports ("his claim that ...", "a claim about
# crime", "cast the blame on"; PolNeAR marks those), as an infinitive does ("her pledge to cut
# taxes").
_NOUN_COMPLEMENTS = frozenset("that of about for on over against".split())
_MODIFIERS_BEFORE_A_HEAD = 2  # "Hartwell's second claim", "the latest CBO estimate"
_PHRASE_REACH = 8 * _CHARACTERS_PER_WORD  # characters read back for a subject's noun phrase
# Words that are no modifier of a noun: a quantity that stands alone as a subject ("some
# believe", "a third say"), a preposition or a relative that closes a phrase before the verb
# ("voters in each state say", "the unions who wrote to him on Friday say").
_NO_MODIFIERS = frozenset(
    """some many most all both few several one another each none half third quarter majority
    of in on at to from with by for about over into than near within around across among who
    whom which that and or but""".split()
)
# Quantifiers of a plural, after which a form in -s is a noun ("both claims", "all reports").
_PLURAL_QUANTIFIERS = frozenset("both all many several some few these those".split())


def _plural_subject(word: str, lexicon: Lexicon) -> bool:
    """Whether a word before a cue's base form may be its subject: a pronoun (``they
    claim``), a plural in -s (``analysts estimate``, not ``US`` or ``Congress``), in -men
    (``the women say``), or a group noun without one (``police estimate``)."""
    lowered = word.lower()
    return (
        lowered in _SUBJECT_PRONOUNS
        or lexicon.group_nouns.get(lowered) is SpeakerKind.GROUP
        or lowered.endswith("men")
        or lowered == "children"
        or (_plural_in_s(word) and len(word) > 2)
    )


def _heads_a_noun_phrase(text: str, start: int, match: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether a cue word in its base or -s form is a noun that reports nothing, no clause,
    object or topic after it (``that``, ``to`` and a verb, ``about``, ``on`` ...): right after
    a determiner (``The claim first surfaced``), a form in -s after a plural's quantifier
    (``We rate both claims False``), and in the base form after an owner, or a determiner and
    modifiers that are no plural subject, opening a clause (``Hartwell's second claim fares no
    better``, ``But the CBO estimate rose``; not ``the budget analysts estimate``, whose verb
    agrees with them, nor ``voters in each state say``)."""
    form = match.group().lower()
    if not (_base_form(form) or form.endswith("s")) or form.endswith(_PARTICIPLE):
        return False  # "the jury heard", "the panel found": a past
    after = skip_intervening(text, match.end())
    following = _next_word(text, after)
    if (
        text[after : after + 1] == ":"
        or following in _NOUN_COMPLEMENTS
        or (following == "to" and _next_word(text, after + len(" to")) not in NOUN_DETERMINERS)
        or "that" in text[match.end() : match.end() + 20].lower().split()[:3]
        or _agent_then_that(text, match.end())  # "the suggestion by a rival that"
    ):
        # "Lisbon's promise last week to add", "the hope has been that"; but "traced the
        # claim to a fund-raiser" is where it came from
        return False
    if not text[match.start() - 1 : match.start()].isspace():
        return False
    owner = _words_before(text, match.start(), 2, floor=start)
    previous = owner[-1:]
    if previous and previous[-1] in _HEAD_DETERMINERS:
        return True  # "the claim", "every claim": a noun
    if (
        form.endswith("s")
        and len(owner) == 2
        and (owner[0] in NOUN_DETERMINERS or possessive(owner[0]))
        and owner[1].endswith("ed")
        and following not in _SUBJECT_PRONOUNS
    ):
        # "with his translated replies appearing on a screen", "Garcia's revised claims were
        # rejected": a participle's noun (but "The accused claims he acted" is a noun's verb)
        return True
    if form.endswith("s"):
        # "We rate both claims False": a plural subject would take "claim"; but "the
        # government claims" is a subject and its verb
        return bool(previous) and previous[-1] in _PLURAL_QUANTIFIERS
    # a verb or a preposition's phrase must follow the noun it would be ("the CBO estimate
    # rose", "Hartwell's second claim fares", "A 2014 estimate by the committee projected"):
    # "The couple say the hotel ...", "The new data suggest the ..." are a subject that
    # agrees with its verb in no -s, and a clause
    return (
        _verb_follows(text, after) or _next_word(text, after) in _NOUN_PREPOSITIONS
    ) and _subject_phrase_before(text, start, match.start(), lexicon)


# Prepositions opening a phrase that a noun takes before its verb ("A 2014 estimate by the
# committee projected", "The government's only hope at this point was").
_NOUN_PREPOSITIONS = frozenset("at by in from with under among during since".split())


def _verb_follows(text: str, offset: int) -> bool:
    """Whether the word at ``offset`` (past adverbs in -ly) is a finite verb: a listed one, a
    modal, a past in -ed or a listed irregular one, or a form in -s."""
    words = [
        found.group().lower()
        for found in itertools.islice(_WORD.finditer(text, offset, offset + 60), 2)
    ]
    word = words[1] if len(words) == 2 and words[0].endswith("ly") else words[0] if words else ""
    return _has_a_verb([word]) or (_plural_in_s(word) and len(word) > 3)


def _plural_in_s(word: str) -> bool:
    """Whether a word ends in the -s of a plural or a verb's third person (``analysts``,
    ``fares``), not ``-ss``, ``-us`` or ``-is`` (``press``, ``census``, ``crisis``)."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _subject_phrase_before(text: str, start: int, offset: int, lexicon: Lexicon) -> bool:
    """Whether a noun phrase that opens a clause ends at ``offset``: an owner or a determiner
    and at most two modifiers that are no plural subject, after the sentence's start, a
    conjunction or a mark (``Douglas Hartwell's second claim``, ``but the CBO estimate``);
    not an object (``helping the company think``, ``voters in each state say``)."""
    floor = max(start, offset - _PHRASE_REACH)
    before = text[floor:offset].split()
    if floor > start:
        before = before[1:]  # (the first word may be cut)
    for index in range(len(before) - 1, max(-1, len(before) - _MODIFIERS_BEFORE_A_HEAD - 2), -1):
        word = before[index]
        if word.lower() in _HEAD_DETERMINERS or possessive(word):
            break
        if (
            not word.replace("-", "").isalnum()
            or _plural_subject(word, lexicon)
            # (a verb phrase: "The ministry cannot say", "the council did not blame")
            or word.lower() in _NO_NOUN_MODIFIERS
        ):
            return False
    else:
        return False
    if possessive(word):  # "Douglas Hartwell's", "the agency's": the owner's name and article
        while index > 0 and before[index - 1][:1].isupper():
            index -= 1
        if index > 0 and before[index - 1].lower() in ARTICLES:
            index -= 1
    if index == 0:
        return floor == start  # at the clause's start, or too far back to tell
    opener = before[index - 1]
    # (not after "that", which may open a mandate's subjunctive: "recommended that the
    # federation endorse Quist")
    return opener[-1:] in ",;:(\u2014\u2013" or opener.lower() in _CLAUSE_JOINERS


def _noun_subject(text: str, start: int, match: re.Match[str], form: str) -> bool:
    """Whether a cue word is a noun, the subject of the verb right after it: after an article
    any verb (``if the claims are true``, ``The claim seemed absurd``), and a plural noun's form
    after an article and its modifiers opening a clause, an auxiliary or a past (``The insurance
    claims rose``), which no verb in -s takes as its object; ``the hope is that ...`` reports a
    hope, and ``a trend that the institute expects will continue`` a clause."""
    following = _next_word(text, match.end())
    if (
        " " in form
        or text[match.end() : match.end() + 1] != " "
        or not following.isalpha()
        or "that" in text[match.end() : match.end() + 20].lower().split()[:3]
    ):
        return False
    after = match.end() + 1 + len(following)
    if _after_article(text, match.start()):
        # (not "the warning issued by police that ...": a participle, its agent and the
        # warning's clause; but "The claim made by Kell was false" has none)
        return _has_a_verb([following]) and (
            text[after : after + 4] != " by "
            or "that" not in text[after : after + _AGENT_REACH].lower().split()
        )
    found = _ARTICLE_THEN_WORDS.search(text, max(start, match.start() - 40), match.start())
    if found is None:
        return False
    modifiers = text[found.start() : match.start()].split()[1:]
    opener = _last_split_word(text, start, found.start())
    return (
        (form in read_words("document_nouns.tsv") or form in read_words("complement_nouns.tsv"))
        # (the phrase opens a clause: "if the claims are", "and the insurance claims rose")
        and (not opener or opener[0][-1] in ",;:" or opener[0].lower() in _CLAUSE_JOINERS)
        and bool(modifiers)
        and all(word.islower() and word not in _SUBJECT_PRONOUNS for word in modifiers)
        and (
            following in _FINITE_VERBS
            # (a past with a verb soon after is an adjective opening the report: "The
            # opposition party claims paid protesters were", "traders fear lost tourism will")
            or (following in IRREGULAR_PASTS and not _verb_soon_after(text, after))
        )
    )


# Prepositions that open a phrase after a plural noun ("claims from the storm", "reports of
# gunfire"; not a topic, "claims about the loan", which a noun cue reports), and the words of
# the preposition's object read for the verb after it.
_HEAD_PREPOSITIONS = frozenset("from of against by for".split())
_HEAD_PHRASE_WORDS = 4


def _noun_before_its_phrase(text: str, match: re.Match[str], form: str) -> bool:
    """Whether a plural cue word that is also a noun (``claims``, ``reports``, ``estimates``)
    heads the subject of a verb after its prepositional phrase: ``Insurance claims from the
    hailstorm have topped $80 million``, ``Official estimates of the damage are rising``. After
    a verb the preposition's object would be followed by a subject of its own (``reports from
    Kyiv the army has withdrawn``, ``estimates for this year output will fall``) or by
    ``that``, never at once by an auxiliary."""
    if not _plural_in_s(form) or not (
        form in read_words("document_nouns.tsv") or form in read_words("complement_nouns.tsv")
    ):
        return False
    words = text[
        match.end() : match.end() + _CHARACTERS_PER_WORD * (_HEAD_PHRASE_WORDS + 2)
    ].split()[: _HEAD_PHRASE_WORDS + 2]
    if len(words) < 3 or words[0] not in _HEAD_PREPOSITIONS:
        return False
    timed = after_a_time = False
    for index, word in enumerate(words[1:], 1):
        if word in _FINITE_VERBS:
            # "claims from the hailstorm have"; not "estimates for this year output will": a
            # time, then the clause's own subject
            return index > 1 and not after_a_time
        # the object: a determiner first, then lower-case words, no second subject or mark
        if not (word.isalpha() or possessive(word)) or (
            index > 1 and (word in NOUN_DETERMINERS or word in _SUBJECT_PRONOUNS)
        ):
            return False
        if word in ("that", "who", "which") or (index > 1 and not word.islower()):
            return False
        after_a_time = after_a_time or timed
        timed = word in _DATING_WORDS
    return False


def _last_split_word(text: str, start: int, end: int) -> list[str]:
    """The last word before ``end`` as ``text[start:end].split()[-1:]`` gives it, read back
    from ``end`` rather than by splitting the sentence up to each cue."""
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    begin = stop
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return [text[begin:stop]] if stop > start else []


_AGENT_REACH = 60  # characters after a participle read for its agent and a "that" after it
_VERB_SOON_WORDS = 3  # words after a past form read for the verb of the clause it opens
_VERB_SOON_REACH = 40  # characters holding those words


def _verb_soon_after(text: str, position: int) -> bool:
    """Whether a finite verb or a past stands within a few words after ``position``."""
    words = text[position : position + _VERB_SOON_REACH].lower().split()
    return _has_a_verb(words[:_VERB_SOON_WORDS])


def _opens_as_a_noun(text: str, start: int, match: re.Match[str], form: str) -> bool:
    """Whether a cue in -s opens its sentence, capitalised, and so is a plural noun, the
    sentence's subject (``Plans to build ...``, ``Claims of fraud ...``); ``Says`` opens an
    inverted report."""
    return (
        form.endswith("s")
        and " " not in form
        and form != "says"
        and text[match.start()].isupper()
        and match.start() - start <= _OPENING_REACH
        and not text[start : match.start()].strip()
    )


def _count_words(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


@functools.cache
def _words_pattern(count: int) -> regex.Pattern[str]:
    """``count`` words of ``_WORD``, each after what is no word. Audit: a bounded repetition of
    possessive runs of two complementary classes; each character is read once."""
    return regex.compile(rf"(?:[^{_WORD_CHARACTERS}]*+[{_WORD_CHARACTERS}]++){{{count}}}")


_TERM_TAIL_WORDS = 5  # words after an opening short quote read for a cue or a reply noun
# A sentence's punctuation. Audit: one character class; searched in a window of a few words.
_PUNCTUATION_IN_GAP = regex.compile(r"[.,;:!?()\-\u2013\u2014]")


def _short_and_open(text: str, stretch: QuotedStretch) -> bool:
    """Whether a quote is a few words with no stop or comma of its own before its closing
    mark, so that the sentence it opens may go on about it ('"Containment" has been')."""
    last = text[stretch.start : stretch.end].rstrip(_ALL_MARKS)[-1:]
    return not _has_words(text, stretch.start, stretch.end, _MIN_STATEMENT_WORDS) and (
        last not in ".!?,"
    )


def _has_words(text: str, start: int, end: int, least: int) -> bool:
    """Whether ``text[start:end]`` holds ``least`` words or more. Only that many are read: the
    thresholds are a few words, a clause may run to thousands of characters."""
    return _words_pattern(least).match(text, start, end) is not None


_CLEFT_COPULAS = ("was ", "is ")
# The question words a cleft's copula opens right after its cue ("What voters want to know is
# whether ..."); not after a parenthetical cue's comma, where the copula is the first piece's
# verb ("What is less clear, the report finds, is whether ...").
_CLEFT_QUESTIONS = frozenset(("whether", "why", "how", "if"))


def _before_trailing_punctuation(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` ends without trailing white space and punctuation."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:\u2014\u2013-"):
        word = _last_word(text, start, end) if text[end - 1] == "." else ""
        if (
            word
            and (
                text[end - 4 : end].lower() in ("a.m.", "p.m.")
                # a short capitalised abbreviation or initials ("La.", "Co.", "U.S."), not
                # "said no." nor "return to Mass."
                or (
                    (
                        "." in word[:-1]
                        or (word[:1].isupper() and len(word) - 1 <= _ABBREVIATION_LETTERS)
                    )
                    and word.lower() in read_words("abbreviations.tsv")
                )
                or closes_a_name(text, end - 1)  # "reached Paradise, Calif."
            )
        ):
            break  # "came in at 3 p.m.", "fled toward Baton Rouge, La.": an abbreviation's dot
        end -= 1
    return end


def _last_word(text: str, start: int, end: int) -> str:
    """The last word of ``text[start:end]``, its dots included (``La.``, ``D.C.``)."""
    return text[max(start, end - _CHARACTERS_PER_WORD) : end].rsplit(" ", 1)[-1]


# An embedded post's markup at the edges of a reported clause: the tag that opens it
# (``<tweet author="@harbourwatch" date="May 2">``) and, closing it, the tag that ends it and
# the short links a post carries (``https://t.co/x1Y2``, ``pic.twitter.com/x1Y2``); not a
# link the source gave (``said the budget is posted at https://...``). Audit: "<", a letter,
# a possessive run of characters other than angle brackets and ">", matched at one position.
_OPENING_TAG = regex.compile(r"<\p{L}[^<>]*+>")
# One closing word of such markup: an optional short link, then tags with no space in them.
# Audit: an optional prefix and possessive runs of characters that exclude the next one's
# first, matched whole against one word.
_CLOSING_MARKUP_WORD = regex.compile(
    r"(?:https?://t\.co/[^\s<]++|pic\.twitter\.com/[^\s<]++)?+(?:</?\p{L}[^<>\s]*+>)*+"
)


# One tag closing a post, written on to its last word (``... 2016</tweet>``). Audit: fixed
# characters and a possessive run of characters other than angle brackets and spaces, matched
# whole against a stretch ending at a ">".
_GLUED_CLOSING_TAG = regex.compile(r"</?\p{L}[^<>\s]*+>")


_MARKUP_WORD_CHARACTERS = 120  # a short link and its closing tags: longer words are no markup


def _before_glued_tags(text: str, start: int, stop: int) -> int:
    """Where the word ending at ``stop`` ends before the tags written on to it (``sale</tweet>``
    ends before ``</tweet>``); ``stop`` when no tag closes it."""
    while stop > start and text[stop - 1] == ">":
        opening = text.rfind("<", max(start, stop - _MARKUP_WORD_CHARACTERS), stop)
        if opening <= start or not _GLUED_CLOSING_TAG.fullmatch(text, opening, stop):
            break
        stop = opening
    return stop


def _before_closing_markup(text: str, start: int, end: int, *, posted: bool = False) -> int:
    """Where ``text[start:end]`` ends before the short links and tags closing an embedded post
    (``... works nights https://t.co/Ab12<tweet/>.``), word by word from the end; in a post
    whose opening tag was left out (``posted``), also before the tags written on to its last
    word (``... not for sale</tweet>``)."""
    while True:
        stop = end
        while stop > start and text[stop - 1] in " .":
            stop -= 1
        space = text.rfind(" ", max(start, stop - _MARKUP_WORD_CHARACTERS), stop)
        if space == -1:
            return end  # the clause's only word, or a word too long to be markup
        word_start = space + 1
        if word_start == stop:
            return end
        if not _CLOSING_MARKUP_WORD.fullmatch(text, word_start, stop):
            glued = _before_glued_tags(text, word_start, stop) if posted else stop
            return glued if glued < stop and text[glued - 1] not in " <" else end
        if _last_word(text, start, space).lower() in _PREPOSITIONS_BEFORE_AN_OBJECT:
            return end  # "can find the schedule at https://t.co/...": the source's own link
        end = word_start


# What a clause's own words after an appositive's closing comma open: its verb, a
# conjunction or a subordinate clause going on with it ("the rule, a requirement that ...,
# would save lives", "made the decision, a decision that was hers alone, because ...").
_CLAUSE_GOES_ON = FINITE_VERBS | SUBORDINATORS | frozenset(("and", "but", "or", "to"))


def _clause_goes_on(text: str, start: int, end: int) -> bool:
    """Whether a comma in ``text[start:end]``, the relative clause after a summing-up noun,
    closes an appositive inside the report (``said the rule, a requirement that all boats
    carry radios, would save lives``, ``approved a pay rise, a step that was overdue, and a
    new pension plan``, ``raised fees, a move which she defended, to pay for``) rather than
    the report ending at the noun."""
    comma = text.find(",", start, end)
    while comma != -1:
        if _next_word(text, comma + 1) in _CLAUSE_GOES_ON:
            return True
        comma = text.find(",", comma + 1, end)
    return False


def _trim_content(text: str, start: int, end: int, *, labelled: bool = False) -> tuple[int, int]:
    """Drop white space (and the stars closing a bold label: ``**Quenby:**``), an embedded
    post's markup and links (``<tweet ...>``, ``https://t.co/...``, ``<tweet/>``), a cleft's
    copula (``was that``, ``is whether``), a leading ``that`` and trailing punctuation from a
    reported clause; after a speaker's label the ``that`` is the speaker's own (``A: That I am
    their mayor too.``, answering ``What would you tell them?``)."""
    while start < end and (text[start].isspace() or text[start] in ",:;*\u2014\u2013-"):
        start += 1
    tag = _OPENING_TAG.match(text, start, end)
    if tag is not None and tag.end() < end and not text[tag.end()].isspace():
        # what the post says, not its markup, which a post's text follows with no space (not
        # "said that <tweet> tags are hard to read")
        start = tag.end()
    end = _before_closing_markup(text, start, end, posted=tag is not None and start == tag.end())
    for copula in _CLEFT_COPULAS:  # "What the mayor said was that ...": the copula of a cleft
        if text.startswith(copula, start) and end - start > len(copula) + len("that "):
            after = start + len(copula)
            if text.startswith("simply that ", after):
                after += len("simply ")  # "The senator's answer was simply that ..."
            opener = _next_word(text, after)
            if opener == "that" or (opener in _CLEFT_QUESTIONS and text[start - 2 : start] != ", "):
                start = after
            break
    if (
        not labelled
        and text[start : start + 5].lower() == "that "
        and end - start > 5
        and (
            not _NOUN_AFTER_THAT.match(text, start + 4, min(len(text), end + 3))
            # "said that yesterday, Kovac had resigned": a time, no noun
            or _next_word(text, start + 4) in _TIME_WORDS_OR_ADVERBS
        )
        and not _demonstrative_subject(text, start + 4)  # "that would not happen": a subject
        and not _determiner_that(text, start + 4)  # "that option had been studied"
        # "That sentence was removed, officials said": a capital "That" before a small word
        # other than a pronoun or a determiner opens the sentence as a determiner or a pronoun
        and not (
            text[start] == "T"
            and text[start + 5 : start + 6].islower()
            and _next_word(text, start + 4) not in _SUBJECT_OPENERS
        )
    ):
        start += 5  # not "rejected that claim.": a determiner and its noun
    end = _before_trailing_punctuation(text, start, end)
    if text[end - 1 : end] == _STRAIGHT and text.count(_STRAIGHT, start, end) % 2:
        # 'adding that he would win in March."': the mark of a quote opened before the clause
        end = _before_trailing_punctuation(text, start, end - 1)
    if text[end - 1 : end] == ")" and "(" not in text[start:end]:
        # "(A spokeswoman contested their version.)": the bracket of an aside opened before the
        # clause (PolNeAR train: the content ends before it 31 times, after it never)
        end = _before_trailing_punctuation(text, start, end - 1)
    for conjunction in (" and", " but", " or"):  # "... closed schools and [asked ...]"
        if text[max(start, end - len(conjunction)) : end].lower() == conjunction:
            end -= len(conjunction)
            while end > start and text[end - 1] in " ,":
                end -= 1
    return start, end


@attrs.define
class _SentenceScan:
    """What the span stage knows of one sentence while it works through it."""

    sentence: Sentence
    index: int
    cues: list[CueMatch]
    stretches: list[QuotedStretch]
    # starts of the cues that report only up to the quoted words naming their object: naming
    # verbs ("called") and verbs an "as" quotation characterises ("heralded the deal as")
    naming: frozenset[int] = frozenset()  # (shared while empty: most sentences have none)


# A one-word nickname in quote marks between two capitalised words of a name. Audit: fixed
# marks around one possessive run of letters; a one-character lookahead.
_NICKNAME_IN_GAP = regex.compile(r'[ ]["\u201c]\p{Lu}[\p{L}\-]*+["\u201d][ ](?=\p{Lu})')


_WHICH_WORDS = frozenset(("which", "what"))


def _gap_is_attribution(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` can sit between a quote and its cue: a short name, no clause.

    A dot may stand in an abbreviation (``Ms. Moore``, ``Dale Morrow, R-Ky.,``), not at the
    end of a word followed by a capital (a sentence ending)."""
    if _has_words(text, start, end, _APPOSITIVE_SOURCE_WORDS + 1):
        return False  # longer than any source: read no further (a long gap stays cheap)
    gap = _NICKNAME_IN_GAP.sub(" ", text[start:end])  # 'Del. Marisa "Risa" Pryor, shouted'
    if any(char in gap for char in '!?;"\u201c\u201d'):
        return False
    words = gap.split()
    if words and words[0].lower() in _WHICH_WORDS:
        return False  # '"biased," which is what his lawyers argued': a relative clause
    for word in words:
        if word.endswith(".") and len(word.strip(".,()")) > _ABBREVIATION_LENGTH:
            return False
    # "Jo Roe, the attorney general of Westvale, one of the states suing, said": a name whose
    # appositives a comma closes may run longer than a bare source
    appositives = bool(words) and words[0][:1].isupper() and gap.rstrip().endswith(",")
    longest = _APPOSITIVE_SOURCE_WORDS if appositives else _SOURCE_MAX_WORDS
    return not _has_words(text, start, end, longest + 1) or _official_title(text, start, end)


# Lower-case words inside an official's capitalised title ("First Deputy Chairman of the State
# Assembly Committee on Defence and Security").
_TITLE_JOINERS = frozenset("of the on and for in".split())


def _official_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a capitalised title and name that may run long (``First
    Deputy Chairman of the State Assembly Committee on Defence and Security Arkady Voronov``):
    capitalised words and the joiners of titles alone, at most ``_APPOSITIVE_SOURCE_WORDS``."""
    if _has_words(text, start, end, _APPOSITIVE_SOURCE_WORDS + 1):
        return False
    words = text[start:end].split()
    return (
        bool(words)
        and all(word[:1].isupper() or word in _TITLE_JOINERS for word in words)
        and words[0][:1].isupper()
    )


def _last_inside(text: str, stretch: QuotedStretch) -> str:
    """The last character inside a quote's marks, inner marks and spaces before the closer
    looked through (``,' "``, ``,”’``)."""
    return text[stretch.start + 1 : stretch.end - 1].rstrip(" '\u2019\u00a0\u202f\u201d\"")[-1:]


def _ends_like_statement(text: str, stretch: QuotedStretch) -> bool:
    """A quote that hands over to its cue ends in ``,"`` ``?"`` ``!"`` ``",`` or a dash
    (inner marks and spaces before the closer are looked through: ``,' "``, ``,”’``)."""
    inner = _last_inside(text, stretch)
    after = text[stretch.end : stretch.end + 2].lstrip(" ")
    closed_inside = stretch.closed and inner in (",", "?", "!", "…", "-", "—")
    return closed_inside or after[:1] in (",", "—", "-")


# A dash after a quote that hands it to a name: `"…" ― Jane Roe`, also an em dash or bar on
# the line below the quote (not a hyphen or en dash there: a list's bullet). Audit: a class
# of dashes between optional spaces, or one line break and a class of two dashes; then a
# lookahead of one capital.
_DASH_ATTRIBUTION = regex.compile(
    r"(?:[ \u00a0]*+[\u2015\u2014\u2013-]|[ \u00a0]*+\r?+\n[ \u00a0]*+[\u2015\u2014])"
    r"[ \u00a0]*+(?=\p{Lu})"
)


# A relative pronoun right before a cue, or before its auxiliaries and negation ("who did
# not want to be named"). Audit: fixed words, a repetition of at most three, anchored at the
# end; one search in a short window.
_RELATIVE_BEFORE = regex.compile(
    r"\b(?:who|which)[ ]++(?:(?:did|does|do|had|has|have|was|were|would|could|not|never)[ ]++)"
    r"{0,3}+$"
)
_RELATIVE_REACH = len("which would not have  ")  # the characters read for the relative


def _line_end(text: str, offset: int) -> int:
    """Where the line holding ``offset`` ends (read at most a sentence's reach ahead)."""
    end = text.find("\n", offset, offset + _CLAUSE_CHARACTERS)
    return end if end != -1 else min(len(text), offset + _CLAUSE_CHARACTERS)


def _cue_after(text: str, stretch: QuotedStretch, scan: _SentenceScan) -> CueMatch | None:
    """``"…," Saldo said`` / ``"…," said Saldo`` / ``"…" - Commissioner Roe``."""
    dash = _DASH_ATTRIBUTION.match(text, stretch.end)
    if (
        dash is not None
        and "\n" in dash.group()
        and _holds_a_verb(text, dash.end(), _line_end(text, dash.end()))
    ):
        dash = None  # "— Staff writer Jane Roe contributed to this report.": a credit line
    if dash is not None:
        at = text.index(dash.group().strip(), dash.start())
        return CueMatch(at, at + 1, text[at], CueClass.SPEECH)
    handed_over = _ends_like_statement(text, stretch)
    question = _last_inside(text, stretch) == "?"
    for cue in scan.cues:
        if cue.start < stretch.end:
            continue
        if not _gap_is_attribution(text, stretch.end, cue.start):
            break
        if not handed_over and not _closing_source(text, stretch.end, cue):
            return None
        if (
            question
            and (
                _that_after(text, cue.end) is not None
                or _SUBJECT_THEN_AUXILIARY.match(text, cue.end, scan.sentence.end) is not None
            )
            and not _tells_of_asking(text, cue.end, scan.sentence.end)
        ):
            # '"What would you do about prices?" Calloway said he would cut the gas tax.': the
            # cue reports a clause of its own, so the question closed before it is no part of
            # it (a debate's question, then the answer reported)
            return None
        before = max(stretch.end, cue.start - _RELATIVE_REACH)
        if _RELATIVE_BEFORE.search(text, before, cue.start) is None:
            return cue
        # '"...," a pilot, who asked not to be named, said': the relative clause's verb
        # describes the source; the cue after it hands the quote over
    return None


# Verbs of a short clause that tells of the question itself ('"Are you serious?" Ruiz said she
# asked him.'), and the most words of such a clause (not "said the board had asked for more
# money", a report of its own).
_ASKING_VERBS = ASK_FORMS | TELL_FORMS | SAY_FORMS | frozenset("wondered thought".split())
_ASKING_CLAUSE_WORDS = 4


def _tells_of_asking(text: str, cue_end: int, sentence_end: int) -> bool:
    """Whether the clause a cue reports after a closed question is a short one that tells of
    asking it (``Ruiz said she had asked herself``): the question is then what the cue
    reports."""
    words = text[cue_end:sentence_end].split(maxsplit=_ASKING_CLAUSE_WORDS)
    return len(words) <= _ASKING_CLAUSE_WORDS and any(
        word.strip(".,;:!?").lower() in _ASKING_VERBS for word in words
    )


# Cues that close a sentence as a reaction to what was said before, not a report of it ("The
# mayor disagreed.", "The audience applauded.").
_REACTION_CUES = frozenset("disagree disagrees disagreed applaud applauds applauded".split())


def _closing_source(text: str, quote_end: int, cue: CueMatch) -> bool:
    """Whether a quote that lacks the comma handing it over is followed by its source and cue
    ending the sentence (``"We will not back down" the mayor said.``, ``"..." he said.``):
    the gap opens with a pronoun, an article or a capital, and a stop follows the cue (no cue of
    reaction, after a quote closed by its own stop); or the cue stands right after the quote and
    a name after it closes the sentence or opens an appositive (``"..." said Nick Ostrander, a
    campaign spokesman.``)."""
    gap = text[quote_end : cue.start].split()
    if not gap:
        return _SOURCE_AFTER_INVERTED_CUE.match(text, cue.end) is not None
    if text[quote_end - 2 : quote_end - 1] == "." and cue.form in _REACTION_CUES:
        # '"We need the school." The mayor disagreed.': after a quote that is a sentence of its
        # own, a cue of reaction is someone else's answer to it ("The audience applauded."),
        # where a verb of saying is its source ('"..." Roe explained.', '"..." Roe replied.')
        return False
    return (gap[0][:1].isupper() or gap[0].lower() in _GAP_SUBJECT_OPENERS) and text[
        cue.end : cue.end + 1
    ] == "."


# First words of a source standing between a quote and its cue.
_GAP_SUBJECT_OPENERS = frozenset("he she they we i it the a an".split())
# A source after an inverted cue, then a comma, a stop or the writer's "and then": a name of
# one to four capitalised words ("said Nick Ostrander,", "said Mayor Ines Rhee and then left"),
# a description of at most eight words opened by a determiner ("said the sign on the door.",
# "said a spokeswoman for the county,", "said his lawyer.", "said one resident of the
# estate.", "said the 19-year-old striker."), or one lower-case word ("said police.").
# Audit: possessive runs of bounded classes, at most four or eight; one position.
_SOURCE_AFTER_INVERTED_CUE = regex.compile(
    r"[ ](?:\p{Lu}[\p{L}'\-]*+(?:\.(?=[ ]))?+(?:[ ]\p{Lu}[\p{L}'\-]*+(?:\.(?=[ ]))?+){0,3}+"
    r"|(?:the|a|an|his|her|their|its|our|one|another)(?:[ ][\p{L}\p{N}'\-]++){1,8}+"
    r"|\p{Ll}++)(?:[,.]|[ ]and[ ]then\b)"
)


def _last_cue_before(cues: list[CueMatch], offset: int) -> CueMatch | None:
    """The last cue that ends by ``offset`` (cues are in order and do not overlap)."""
    index = bisect.bisect_right(cues, offset, key=lambda cue: cue.end)
    return cues[index - 1] if index else None


def _in_reported_clause(text: str, stretch: QuotedStretch, scan: _SentenceScan) -> bool:
    """Whether a quote stands inside a that-clause opened by a cue before it in its sentence
    (``told the ministers that if they want it, "they will pay"``): part of the report,
    unless a speech verb of its own introduces it (``noted that ..., Hale boasted, "…"``)."""
    opened = False
    # only the cues ending within reach of the quote (cues are in order and do not overlap)
    first = bisect.bisect_left(scan.cues, stretch.start - _GAP_CHARACTERS, key=lambda c: c.end)
    for index in range(first, len(scan.cues)):  # by index: a slice would copy the rest
        cue = scan.cues[index]
        if cue.end > stretch.start:
            break
        if opened and cue.cue_class in SAYING_CLASSES:
            return False
        that = _that_after(text, cue.end)
        opened = opened or (that is not None and that.end() <= stretch.start)
    return opened


# Words that end the noun phrase a cue takes: prepositions, times, relatives, subordinators.
_OBJECT_STOPS = WEEKDAYS | frozenset(
    """at in on during after before since until last this next for to with by because as when
    while who whom whose which that from over under through earlier later yesterday today
    tonight""".split()
)


# "and" or "but" and a verb: the cue's subject goes on with a second predicate. Audit: fixed
# words, then a possessive run of lower-case letters; searched in one clause.
_SECOND_PREDICATE = regex.compile(
    r"[ ](?:and|but)[ ](?:(?P<adverb>\p{Ll}++(?<=ly))[ ])?+(?P<verb>\p{Ll}++)\b"
)  # (an adverb in -ly may stand before the verb: "and recently pointed")
_ADJECTIVE_READING = 40  # characters after an "-ed" word read for the verb of its noun phrase
# (not "of": "confirmed the sale of the plant and went home" goes on with the subject)
_PREPOSITIONS_IN_A_PHRASE = frozenset("for about on in with from".split())
# Prepositions a cue takes ("pointed to", "asked about", "reported on").
_TIED_TO_CUE = frozenset("to on about for of over against as with by".split())
# Those a tell-verb takes past its recipient ("told analysts about the deal", "told him to
# come back", "warned them against it"): "on" and "by" there say where or how it was told
# ("told analysts on a conference call", "told the VNA news agency by telephone").
_TIED_TO_RECIPIENT = _TIED_TO_CUE - {"on", "by"}
# Words that open what a verb takes: a determiner, a pronoun, a preposition.
_OBJECT_OPENINGS = (
    NOUN_DETERMINERS
    | _OBJECT_PRONOUNS
    | _TIED_TO_CUE
    | frozenset(
        "at in from into himself herself themselves itself that this these those no".split()
    )
)
# "do" in the present, by the number of the source it cannot agree with: after a cue in the
# past ("said"), a second predicate it opens is the reported subject's ("Castellanos said the
# glasses process speech and do not store recordings").
_PRESENT_DO = MappingProxyType({"do": False, "does": True})  # form -> disagrees with a plural


# The closing mark of each opening mark a quoted clause may start with.
_CLOSING_MARKS = MappingProxyType({'"': '"', "\u201c": "\u201d"})


def _quoted_clause_end(text: str, start: int, end: int) -> int:
    """Where a report quoted whole ends before the subject's second predicate, a past verb
    after ``and`` (``told the Kelso Herald that "the budget is balanced" and left the room``,
    as ``said "We will win" and left the stage``), or before the time it was said (``said "the
    budget is balanced" on Tuesday``); ``end`` otherwise."""
    if text.startswith(" ", start):
        start += 1  # (the space after "that")
    mark = _CLOSING_MARKS.get(text[start : start + 1])
    closing = -1 if mark is None else text.find(mark, start + 1, end)
    if closing == -1 or not _has_clause(text, start + 1, closing, that_counts=False):
        return end
    found = _SECOND_PREDICATE.match(text, closing + 1)
    verb = found.group("verb") if found is not None else ""
    rest_end = end
    while rest_end > closing + 1 and text[rest_end - 1] in " .":
        rest_end -= 1  # (the sentence's stop)
    if ((verb.endswith("ed") or verb in IRREGULAR_PASTS) and verb not in _FINITE_VERBS) or (
        rest_end > closing + 1 and _only_a_time(text, closing + 1, rest_end)
    ):
        return closing + 1
    return end


def _parallel_participle(text: str, start: int, found: regex.Match[str]) -> bool:
    """Whether the participle after ``and`` in ``found`` is a second deed of a participle cue's
    subject after the phrase it took (``touting her record on jobs and pounding him on
    taxes``, ``recalling summer visits to the lake and detailing her father's years at the mill``):
    it takes an object, the phrase holds no clause, and no participle before ``and`` shares
    the object with it (``a sniper targeting and killing officers``). PolNeAR train, counted
    before: 5 contents end there (2 more predictions with no content), 1 goes on past it
    (``citing low growth, unemployment and growing inequality``, an adjective in a list)."""
    before = text[start : found.start()].lower().split()
    return (
        bool(before)
        and not before[-1].endswith("ing")
        # (not after a gerund the phrase holds: "accusing him of taking bribes and hiding
        # the money", one list of what he did)
        and not _holds_a_gerund(before, opening=False)
        and _next_word(text, found.end()) in _OBJECT_OPENINGS
        and not _has_clause(text, start, found.start())
        and not _holds_a_verb(text, start, found.start())
    )


def _before_second_predicate(
    text: str,
    start: int,
    end: int,
    *,
    says_a_clause: bool = False,
    believes: bool = False,
    participle_cues: Mapping[str, CueClass] | None = None,
    after_that: bool = False,
    plural_past_source: bool | None = None,
) -> int:
    """Where a phrase a cue takes ends before the cue's subject goes on with another verb
    (``praised Fields for pursuing charges but stopped short of ...``, ``offered himself as a
    "tough on crime" candidate and made an appeal``): only when the phrase holds no clause of
    its own, whose verbs ``and`` could join (``said the plan would fail and would cost``; after
    a verb of saying, a past form makes one too: ``said the government welcomed the talks but
    would not``). After a participle cue, another cue in -ing (``participle_cues``, the
    lexicon's) goes on with the cue's own subject even past a clause (``telling reporters that
    Reyes is a "phony" and questioning how ...``, ``mocking his "grand plan" and pointedly
    saying``); after ``that`` only such a participle ends the clause (``citing a nation that
    borders China and has had ...``). After a verb of belief (``believes``) a plural or
    future form is the believers' own (``Police believe the victim knew his attacker and have
    appealed for witnesses``), a modal of possibility the belief's (``and may have had help``).
    After a cue in the past whose source is plural or not (``plural_past_source``), a present
    ``do`` that cannot agree with the source is the report's own (``Castellanos said the
    glasses process speech and do not store recordings``; but ``Roe said the talks were over
    and does not expect them to resume`` goes on with Roe)."""
    for found in _SECOND_PREDICATE.finditer(text, start, end):
        verb = found.group("verb")
        if plural_past_source is not None and _PRESENT_DO.get(verb) is plural_past_source:
            continue
        adverb = found.group("adverb")
        if adverb and adverb in read_words("nouns_in_ly.tsv"):
            continue  # "the march and rally held in Kelton": a noun
        parallel = (
            participle_cues is not None
            and verb.endswith("ing")
            and (verb in participle_cues or _parallel_participle(text, start, found))
        )
        past = verb.endswith("ed") or verb in IRREGULAR_PASTS
        if not (parallel or past or verb in _FINITE_VERBS):
            continue
        following = _next_word(text, found.end())
        if (
            adverb
            and _words_before(text, found.start(), 1)[-1:]
            and _words_before(text, found.start(), 1)[-1].endswith("ly")
        ):
            continue  # "the costly and badly managed project": two adjectives
        if (
            verb in IRREGULAR_PASTS
            and verb not in _FINITE_VERBS
            and following not in _OBJECT_OPENINGS
            # "blamed the strike for delays and lost revenue", "on the right and left": inside
            # a prepositional phrase
            and _PREPOSITIONS_IN_A_PHRASE.intersection(_words_before(text, found.start(), 3))
        ):
            continue  # "and made a direct appeal", "and left.": a verb, the subject's own
        if parallel:
            return end if _QuoteState(text, start).inside(found.start()) else int(found.start())
        if after_that:
            continue
        aside = _last_clause_comma(text, start, found.start())
        if aside != -1 and _relative_aside_end(text, aside + 1, end) > found.start():
            # "said the measure, which includes robbery and aggravated assault, gives ...": the
            # relative clause's own words, not the subject's second verb
            continue
        if verb not in _FINITE_VERBS and _FINITE_VERBS.intersection(
            text[found.end() : found.end() + _ADJECTIVE_READING].lower().split()[:2]
        ):
            continue  # "said the wind and flooded roads could close": an adjective
        if believes and verb in _BELIEVERS_OWN_FORMS:
            return int(found.start())
        if plural_past_source and verb == "do":
            # "Police said the victim knew his attacker and do not believe ...": a plural's
            # present after a plural source's past cue is the source's, after a past report too
            # (a singular's may go on with the report: "said the meeting was private and does
            # not constitute an endorsement")
            return end if _QuoteState(text, start).inside(found.start()) else int(found.start())
        if (
            # (a clause the verb can go on: see _phrase_before_verb)
            _has_clause(_phrase_before_verb(text, start, found.start(), verb, past=past), 0, end)
            # "said his government welcomed the talks but would not": a clause's past verb
            or (says_a_clause and _past_form_after_the_first(text[start : found.start()]))
            or _QuoteState(text, start).inside(found.start())
        ):
            return end
        return int(found.start())
    return end


def _plural_source(text: str, cue: CueMatch, lexicon: Lexicon) -> bool:
    """Whether the source before a cue is plural: a plural pronoun, a plural common noun or a
    group's noun, read at the subject's head before a phrase of place or body after it
    (``Analysts said``, ``they said``, ``Police said``, ``Doctors at St. Brigid's Hospital
    said``; not ``Castellanos said``, ``the company said``)."""
    # (the words after a comma: "In Kelton, doctors said")
    words = text[max(0, cue.start - _WORD_REACH) : cue.start].rsplit(",", 1)[-1].split()
    head = words[-1] if words else ""
    for index in range(max(1, len(words) - _SOURCE_HEAD_WORDS), len(words)):
        if words[index] in _SOURCE_HEAD_PREPOSITIONS:
            head = words[index - 1]
            break
    lowered = head.lower()
    return (
        lowered in ("they", "we")
        or lexicon.group_nouns.get(lowered) is SpeakerKind.GROUP
        or (head.islower() and _plural_in_s(head))
    )


def _phrase_before_verb(text: str, start: int, verb_start: int, verb: str, *, past: bool) -> str:
    """The words from ``start`` a verb after ``and`` or ``but`` could go on with: without a
    quotation or an infinitive before a past form (``pledged to be "the greatest" and cast
    doubt``), without the infinitive of a noun phrase before a finite form (``calls for the
    fund to be running and was signed``); a quotation's clause stays before a finite one
    (``said the agency "no longer has the public's trust" and should be shut down``)."""
    phrase = text[start:verb_start]
    if past and verb not in _FINITE_VERBS:
        return str(_NO_CLAUSE_OF_ITS_OWN.sub(" ", phrase))
    infinitive = _INFINITIVE.search(phrase)
    if (
        infinitive is not None
        and verb in _FINITE_VERBS
        and verb not in _BARE_AUXILIARIES
        # (not after a verb in -s or -ed: "said the bridge needs to be rebuilt and should")
        and not any(
            word.endswith(("s", "ed")) and not word.endswith("ss")
            for word in phrase[: infinitive.start()].lower().split()
        )
    ):
        return str(_INFINITIVE.sub(" ", phrase))
    return phrase


# "as", then a subject of at most two words (three for a name after its article) and a verb:
# a clause of time or cause after a cue's object ("rejected the offer as talks stalled",
# "pledges more aid as Kurrabin waits", "declared a state of emergency on Sunday as the
# Pinewater Fire grew"). Audit: a fixed word, then at most four possessive word runs; searched
# in one phrase.
_AS_CLAUSE = regex.compile(r"[ ]as((?:[ ][\p{L}'\u2019\-]++){2,4}+)")
_NAMED_AS_SUBJECT_VERB = 3  # where the verb after "as the Pinewater Fire" stands (from 0)
# Words before an "as" that is no clause's: "such as", "as well as", "just as".
_BEFORE_A_COMPARING_AS = frozenset("such as so well just".split())
# Pronouns that open a clause after ", as" ("..., as he campaigns across the state").
_AS_PRONOUNS = frozenset("he she it they we".split())
# A verb after such a pronoun or a determiner and a noun: an auxiliary, a past or a form in
# -s ("as he seeks", "as the company tries", "as they did"). Audit: alternatives of fixed
# words or one possessive letter run with a fixed lookbehind, anchored at the end; matched at
# one word.
_FINITE_OR_PAST = regex.compile(
    r"(?:did|does|do|will|would|can|could|may|might|must|\p{Ll}++(?<=ed|s))$"
)
# The characters before a report's end read for the writer's "as" clause closing it (most
# are a few words: "..., as he campaigns across the state").
_WRITERS_AS_REACH = 160


def _before_as_clause(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where the noun phrase a cue takes ends before a clause opened by ``as`` (``rejected the
    offer as talks stalled``): a subject, as a determiner, a name or a plural shows, then a
    verb in the past, in -s or an auxiliary, or a plural's present cue (``as critics warn``);
    not ``hailed the deal as a breakthrough``,
    ``described it as flawed``, ``saw the islands as Chinese bases``, ``leaders such as Roe
    are``, nor a phrase holding a clause of its own, whose ``as`` it is."""
    for found in _AS_CLAUSE.finditer(text, start, end):
        if (
            _has_clause(text, start, found.start())
            or not _has_words(text, start, found.start(), 1)
            or _QuoteState(text, start).inside(found.start())
        ):
            return end
        if _BEFORE_A_COMPARING_AS.intersection(_words_before(text, found.start(), 1)):
            continue
        if _as_subject_and_verb(found.group(1).split(), lexicon):
            return int(found.start())
    return end


# Subordinators opening the writer's clause of time or cause after the noun phrase a cue takes
# ("defended the contract after a leaked memo suggested it was unworkable"); not "if",
# "unless" and "despite", which may give the terms of what is rejected or backed, nor
# "whereas", a contrast, nor "when" and "whenever", which as often tell the time of what is
# described (PolNeAR train keeps "described the excitement when ...", "rebuked X in December
# when ..." in the report).
_TIME_OR_CAUSE_OPENERS = SUBORDINATORS - frozenset(
    "if unless despite whereas when whenever".split()
)
# "because" right after a quotation's closing mark (a comma inside the mark or none): the
# reason the source gives for the words quoted, theirs too ('called the count "a farce,"
# because ballots were lost', 'mocked Hale for "a rough week" because he lost'); PolNeAR train:
# 28 contents go on past it, none ends there; also after a no-break space; not before a comma,
# an aside's ("because, the mayor said, ..."). Audit: two classes of one character, a fixed
# word and a negative lookahead of one character; one position.
_REASON_AFTER_QUOTE = regex.compile(r"[\"\u201d][ \u00a0]because\b(?!,)")


def _reason_goes_on(text: str, mark: int, end: int) -> bool:
    """Whether ``because`` right after the closing mark at ``mark`` opens the source's reason
    for the words quoted (see ``_REASON_AFTER_QUOTE``) and the stretch read goes on whole to
    ``end``: not when ``end`` falls inside the reason, where another record starts (``because
    he was asked to by reporters``: a passive cue's report), which would leave it cut short."""
    return _REASON_AFTER_QUOTE.match(text, mark) is not None and not (
        text[max(mark, end - _CHARACTERS_PER_WORD) : end].rstrip()[-1:].isalnum()
        and text[end : end + _CHARACTERS_PER_WORD].lstrip()[:1].isalnum()
    )


_SUBORDINATE_VERB_REACH = 5  # "after a leaked Home Office memo suggested": words to its verb
# Beliefs and documents, whose content may hold such a clause ("hopes his endorsement before
# the primary will help", "the emails showed ties to donors while she served").
_CLAUSE_HOLDING_CLASSES = frozenset((CueClass.THOUGHT, CueClass.DOCUMENT))
# Words before a subordinator that make it part of the phrase: a time it measures or names
# ("hours after", "the night before", "at a time while", "back before") or an adverb of its own
# ("shortly after", "not only because", "just before"); not the day the cue names
# ("criticised the plan on Monday after the union said").
_HELD_SUBORDINATOR_LEADS = (
    WHEN_CORE
    - WEEKDAYS
    - MONTHS
    - frozenset("today yesterday tonight morning afternoon evening weekend".split())
) | frozenset(
    "time times moment moments point back just only even not so much long soon right".split()
)


def _cue_after_it(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` open with ``it`` and a cue, past auxiliaries and adverbs (``it
    announced``, ``it had said``, ``it quietly announced``), whose report the ``it`` gives."""
    if words[:1] != ["it"]:
        return False
    verb = next(
        (word for word in words[1:] if word not in _IT_AUXILIARIES and not word.endswith("ly")),
        "",
    )
    return verb in lexicon.cues


def _before_subordinate_clause(
    text: str, start: int, end: int, cue: CueMatch, lexicon: Lexicon
) -> int:
    """Where the noun phrase a cue takes ends before a clause of time or cause with a subject
    and a verb of its own (``rejected the offer on Monday after the union said ...``: the
    offer), which is the writer's, not what was rejected. Not for a belief, an intention or
    a document, whose clause may hold one (``hopes his endorsement before the primary will
    help``), nor past a ``to``, an infinitive's or a preposition's (``urged voters to stay home
    until the polls closed``), nor in a phrase holding a clause or a dash, nor after a time or
    an adverb the subordinator goes with (``hours after``, ``shortly before``), nor inside
    quote marks, nor before an ``it`` whose own report, its cue right after it, would be read
    with no one to give it to. Only the first subordinator of the phrase is read."""
    if cue.cue_class in _CLAUSE_HOLDING_CLASSES or cue.form.endswith(" to"):
        return end  # ("declined to comment until the review ended": the infinitive's)
    for word in _WORD.finditer(text, start, end):
        if word.group() == "to":
            return end
        if word.group() not in _TIME_OR_CAUSE_OPENERS:
            continue
        if _reason_goes_on(text, word.start() - 2, end):
            return end  # 'for "a rough week" because he lost': the source's reason
        lead = _words_before(text, word.start(), 1, floor=start)
        before = text[word.start() - 2 : word.start() - 1]
        # (read past ``end``, which a cue opening the clause's own report may have set: "because
        # the company refused to"; not past a stop: "after the event. She said")
        reach = word.end() + _CHARACTERS_PER_WORD * (_SUBORDINATE_VERB_REACH + 1)
        stops = (text.find(mark, word.end(), reach) for mark in ".;!?")
        reach = min((stop for stop in stops if stop != -1), default=reach)
        following = [
            found.group()
            for found in itertools.islice(
                _WORD.finditer(text, word.end(), reach), _SUBORDINATE_VERB_REACH + 1
            )
        ]
        if (
            lead
            and lead[0] not in _HELD_SUBORDINATOR_LEADS
            and not lead[0].endswith("ly")
            and (before.isalnum() or before in _ALL_MARKS)
            and not _has_clause(text, start, word.start())
            and _DASH.search(text, start, word.start()) is None
            and not _QuoteState(text, start).inside(word.start())
            # (not before an "it" with a cue, whose report would go to the cue's subject though
            # the "it" may stand for its object: "accused the company of lying after it
            # announced job cuts", "after it had said", "after it quietly announced"; an "it"
            # with another verb is the writer's clause: "criticised the deal after it had been
            # signed", "until it was too late")
            and not _cue_after_it(following, lexicon)
            and _subject_and_verb(following, lexicon)
        ):
            return int(word.start())
        return end
    return end


# A participle set off by a comma after a phrase, with an adverb in -ly before it (", forcing
# airlines to reroute", ", implicitly putting"), and the word after it. Audit: a literal comma
# and space, an optional possessive run of letters ending "ly", one possessive run of letters
# checked by a fixed-width look-behind, a space and one possessive run of word characters; one
# position per comma.
_TRAILING_PARTICIPLE = regex.compile(
    r",[ ](?:\p{Ll}++(?<=ly)[ ])?+(?P<participle>\p{Ll}++)(?<=\p{Ll}{3}ing)"
    r"[ ](?P<next>[\p{L}\p{N}$'\u2019\-]++)"
)
# Words after such a participle that make it an item of a list, a noun ("schools, housing and
# roads"), not a participle taking its object.
_LIST_JOINERS = frozenset(("and", "or"))
# Participles that set when what the cue took starts ("announced a curfew, starting Friday",
# "promised aid, beginning next month"), before a word of when or a number; not "defend his
# decisions, beginning in an eight-minute video", the subject's deed.
_TIME_PARTICIPLES = frozenset(("starting", "beginning"))
_WHEN_AFTER_START = WHEN_CORE | frozenset("next this tomorrow immediately at".split())
# Words between such a participle and its time ("starting in May", "beginning on Monday").
_TIME_PREPOSITIONS = frozenset(("in", "on", "from"))
# Prepositions before a gerund in a cue's phrase ("accused him of taking bribes",
# "blamed the firm for cutting wages", "three steps: cutting fees"): a participle after it is the
# next item of that list of gerunds, not the subject's second deed.
_BEFORE_LISTED_GERUND = GERUND_PREPOSITIONS | frozenset(("about", "from", "against"))


def _holds_a_gerund(words: list[str], *, opening: bool = True) -> bool:
    """Whether a cue's phrase, as lower-case words, holds a gerund after a preposition or a
    colon (``him of taking bribes``, ``three steps: cutting fees``) or, with ``opening``, opens
    with one (``cutting fees``)."""
    return bool(words) and (
        (opening and words[0].endswith("ing"))
        or any(
            word.endswith("ing") and (previous in _BEFORE_LISTED_GERUND or previous[-1:] == ":")
            for previous, word in itertools.pairwise(words)
        )
    )


def _sets_a_time(text: str, found: regex.Match[str]) -> bool:
    """Whether a trailing participle sets when what the cue took starts (``a curfew, starting
    Friday``, ``aid, beginning in May``), not a deed of the subject."""
    if found.group("participle") not in _TIME_PARTICIPLES:
        return False
    following = found.group("next").lower()
    if following in _TIME_PREPOSITIONS:
        following = _next_word(text, found.end())
    return following in _WHEN_AFTER_START or following[:1].isdigit()


def _before_trailing_participle(text: str, start: int, end: int) -> int:
    """Where the phrase or infinitive a cue takes ends before a participle the writer adds
    after a comma, what the cue's subject did with it or what came of it (``declared a no-fly
    zone over the strait, forcing airlines to reroute``, ``pledged to rebuild the pier,
    reversing years of neglect``; PolNeAR train, counted before the rule: the content ends
    there or earlier 18 times and one of the participle's own starts 5 times, against 14 it
    goes on, 4 past a participle of ``data/describing_participles.tsv``, ``reported 900
    attacks, ranging from ...``, the others after a clause, a list or an aside). Not after a
    clause, whose own subject the participle may go on with (``said the
    river rose overnight, forcing ...``), nor in a list of participles or nouns in -ing
    (``accused her of stalling, hiding and lying``), nor inside quote marks."""
    found = _TRAILING_PARTICIPLE.search(text, start, end)
    if found is None or found.start() <= start:
        return end
    participle = found.group("participle")
    before = text[start : found.start()].lower().split()
    if (
        participle in PREPOSITIONS_IN_ING
        or participle in read_words("describing_participles.tsv")
        or found.group("next").lower() in _LIST_JOINERS
        or _sets_a_time(text, found)
        # ("accused her of covering up, delaying and ...": a list of gerunds)
        or before[-1].endswith("ing")
        # ("recommended cutting fees, raising wages and hiring nurses": the same, longer)
        or (
            _holds_a_gerund(before)
            and any(
                joiner in _LIST_JOINERS and word.endswith("ing")
                for joiner, word in itertools.pairwise(text[found.end() : end].lower().split())
            )
        )
        or (len(before) > 1 and before[-2].endswith("ing") and before[-1] in _VERB_PARTICLES)
        or _TRAILING_PARTICIPLE.search(text, found.end(), end) is not None
        or _has_clause(text, start, found.start())
        or _holds_a_verb(text, start, found.start())
        or _QuoteState(text, start).inside(found.start())
        # (not after an object and its infinitive, a request whose manner the participle may
        # tell: "appealed for witnesses to come forward, quoting the incident number")
        or any(
            infinitive.start() > start + 1 and infinitive.group("verb") not in _OBJECT_OPENINGS
            for infinitive in _INFINITIVE.finditer(text, start, found.start())
        )
    ):
        return end
    return _before_comma(text, found.start())


def _subject_and_verb(words: list[str], lexicon: Lexicon) -> bool:
    """Whether words open a clause: a subject, as a pronoun, a determiner, a name or a plural
    shows, then a finite verb, a past or a cue not right after a determiner (``the union
    said``, ``a leaked memo suggested``, ``talks collapsed``; not ``the vote on Monday``, ``a
    leaked memo``, nor ``the primary will help``, a subject's phrase before its verb: a clause
    of time says ``will`` in the present)."""
    first = words[0] if words else ""
    if not (
        first.lower() in _SUBJECT_OPENERS
        or first[:1].isupper()
        or (first.endswith("s") and first.isalpha() and first not in _WORDS_IN_S)
    ):
        return False
    return any(
        word != "will"
        and (
            word in FINITE_VERBS
            or word in IRREGULAR_PASTS
            # (a past or a cue right after a determiner modifies a noun: "a leaked memo")
            or (
                word.islower()
                and previous.lower() not in NOUN_DETERMINERS
                and (word.endswith("ed") or word in lexicon.cues)
            )
        )
        for previous, word in itertools.pairwise(words)
    )


# Words shortly before an "as" that make it the second of a comparison ("not as high as",
# "twice as much as", "the same way as", "so fast as") or that read an "as" of a role before it
# ('"as a tax" as the courts do').
_BEFORE_A_SECOND_AS = frozenset("as so same such".split())
_SECOND_AS_REACH = 5  # words before the "as" read for them
# Verbs standing for the verb before ("as the courts do."), ending a comparison's clause.
_PRO_VERBS = frozenset("do does did have has had will would can could".split())
# A clause of manner after "as" that is the speaker's ("as it stands", "as things stand").
_AS_IT_STANDS = frozenset(("stands", "stand"))


def _comparing_as(text: str, found: regex.Match[str], words: list[str]) -> bool:
    """Whether an ``as`` clause (``found`` by _AS_CLAUSE, its ``words``) after a quotation's
    closing mark compares or qualifies what was said, so it goes on with the report: the
    second ``as`` of a comparison (``"not as high" as critics claim``), a clause ending in a
    verb that stands for the one before (``as the courts do.``) or ``as it stands``."""
    return (
        not _BEFORE_A_SECOND_AS.isdisjoint(
            word.strip('"\u201c\u201d')
            for word in _words_before(text, found.start(), _SECOND_AS_REACH)
        )
        or not _AS_IT_STANDS.isdisjoint(words[1:3])
        or (words[-1] in _PRO_VERBS and text[found.end() : found.end() + 1] in ".,;!?")
    )


def _before_writers_as_clause(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where a reported clause ends before the writer's clause of time set off by a comma or
    a quotation's closing mark, ``as`` and a subject of its own, a pronoun included (``said its
    glasses can translate a conversation, as the company tries to win back customers``, ``...,
    as he campaigns across the state``, ``is "proud of the crew" as she heads into a vote``);
    PolNeAR leaves such clauses out of the report. A state after ``as`` may be
    the source's reason, and stays (``says they are not swayed, as he is still active``)."""
    quotes = _QuoteState(text, start)
    for found in _AS_CLAUSE.finditer(text, max(start, end - _WRITERS_AS_REACH), end):
        words = found.group(1).split()
        if (
            # (or a quotation's closing mark: 'says she is "proud of the crew" as she heads
            # into a vote'; PolNeAR train: 5 contents end at such an "as", the one going on past it
            # is inside a quotation)
            text[found.start() - 1 : found.start()] in (",", '"', "\u201d")
            # (but after a closing mark not the second "as" of a comparison, '"not as high" as
            # critics claim', '"as a tax" as the courts do', nor a clause of its own manner or
            # state, '"a trap" as it stands', '"fail" as the courts do.')
            and (text[found.start() - 1] == "," or not _comparing_as(text, found, words))
            # (not a state, which may be the source's reason: "..., as he is still active")
            and _PASSIVE_AUXILIARIES.isdisjoint(words[1:3])
            # (not a past, back-shifted with the report as the source's own reason: "said she
            # would not seek re-election, as she needed to care for ...")
            and _as_clause_opens(words, lexicon, pasts=False)
            and _has_clause(text, start, found.start() - 1)
            and not quotes.inside(found.start())
        ):
            return int(found.start()) - 1
    return end


# Auxiliaries opening the writer's inverted comparison after "as", with a subject after them
# ("..., as have other Democrats", "..., as did the mayor", "..., as was the case with").
# PolNeAR train: 4 contents end before such an "as" (", as has Carlos ...", ", as have other
# prominent Democrats", ", as was the case with"), none goes on past one.
_AS_INVERTING_AUXILIARIES = frozenset("have has had did do does is are was were".split())
# Quantifiers opening the subject after such an auxiliary ("as did most Republicans").
_INVERTED_SUBJECT_QUANTIFIERS = frozenset("other many most some several all both".split())


def _as_clause_opens(words: list[str], lexicon: Lexicon, *, pasts: bool) -> bool:
    """Whether the words after ``as`` open a clause of the writer's: a pronoun and a verb in
    -s, a past (only with ``pasts``) or an auxiliary (``as he campaigns``), a determiner, a
    singular noun and such a verb (``as the company tries``), an auxiliary before its subject
    (``as have other Democrats``) or what _as_subject_and_verb reads as a subject and its
    verb."""
    return (
        (
            words[0] in _AS_INVERTING_AUXILIARIES
            and (
                words[1] in NOUN_DETERMINERS
                or words[1] in _INVERTED_SUBJECT_QUANTIFIERS
                or (words[1][:1].isupper() and words[1] not in _CALENDAR_NAMES)
            )
        )
        or (
            words[0] in _AS_PRONOUNS
            and _FINITE_OR_PAST.match(words[1]) is not None
            and (pasts or not _past_participle(words[1]))
        )
        or (
            words[0] in NOUN_DETERMINERS
            and len(words) > 2
            and not words[1].endswith("s")
            and _FINITE_OR_PAST.match(words[2]) is not None
        )
        or _as_subject_and_verb(words, lexicon)
    )


# Marks opening an aside that a report goes on past ("Vale — even as he says X — has").
_ASIDE_OPENERS = frozenset("-\u2013\u2014\u2015(")
# "even as" and the words after it, read for a clause of the writer's (see _AS_CLAUSE). Audit:
# fixed words after a word boundary, then at most four possessive word runs.
_EVEN_AS_CLAUSE = regex.compile(r"\beven[ ]as((?:[ ][\p{L}'\u2019\-]++){2,4}+)")
_EVEN_AS_REPORT_WORDS = 2  # words before a comma and "even as" that end a report ("Vale, even as")


def _before_even_as_clause(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where a report ends before the writer's ``even as`` and a clause of its own, whatever
    stands before it (``expressed support for the plan even as she criticized its cost``,
    ``said the bridge "will carry twice the traffic" even as engineers doubt it``): a
    concession set against the report, never its reason nor a comparison, so a state or a
    past opens it too. PolNeAR train: 16 contents end at such an ``even as``, 4 go on past it,
    one of them at a state (``even as he had been living ...``); not ``even as a candidate``,
    a role (see _as_clause_opens), nor in an aside a dash or a bracket opens or a comma
    after one word, a subject, which the report goes on past (``that Vale — even as he says
    X — has``, ``that Vale, even as he says X, has``)."""
    quotes = _QuoteState(text, start)
    for found in _EVEN_AS_CLAUSE.finditer(text, start, end):
        even = found.start()
        before = text[start:even].rstrip()
        if (
            not quotes.inside(found.start())
            and before[-1:] not in _ASIDE_OPENERS
            and (before[-1:] != "," or _has_words(text, start, even, _EVEN_AS_REPORT_WORDS))
            and _as_clause_opens(found.group(1).split(), lexicon, pasts=True)
        ):
            return len(before.rstrip(",")) + start
    return end


def _as_subject_and_verb(words: list[str], lexicon: Lexicon) -> bool:
    """Whether the words after ``as`` open a clause: a subject, as a determiner, a name or a
    plural shows, then a lower-case verb in the past, in -s or an auxiliary (``as talks
    stalled``, ``as the Pinewater Fire grew``; not ``as a breakthrough``, ``as Chinese
    bases``, ``as the candidate best suited to``)."""
    first = words[0].lower()
    subject = (
        (first in NOUN_DETERMINERS and first not in ("a", "an"))  # not "as a role"
        or (words[0][:1].isupper() and first not in lexicon.nationalities)
        or (first.endswith("s") and first not in _WORDS_IN_S)
    )
    for index, (previous, word) in enumerate(itertools.pairwise(words), start=1):
        if previous.lower() in NOUN_DETERMINERS:
            continue  # "as a complicated reminder": an adjective after the article
        if index == _NAMED_AS_SUBJECT_VERB and not all(
            subject_word[:1].isupper() for subject_word in words[1:index]
        ):
            return False  # "as the candidate best suited to": no name, no clause
        verb = (
            word in FINITE_VERBS
            or (word.endswith("ed") and len(word) > _SHORTEST_VERB_IN_S)
            or word in IRREGULAR_PASTS
            or (word.endswith("s") and word.isalpha() and _verb_after(previous, word))
            # "promises surplus as critics warn of rosy forecasts": a plural's present cue
            or (index == 1 and first.endswith("s") and word in lexicon.cues)
        )
        if subject and verb and word.islower():
            return True
        if word.lower() in _RELATIVE_WORDS:
            return False  # "hailed it as a deal that worked": the relative's verb
    return False


def _participle_goes_on(words: list[regex.Match[str]], index: int) -> bool:
    """Whether the preposition at ``index`` is the agent or complement of a participle after
    the object's noun, which needs it (``endorsed the compromise led by Sen. Vance``,
    ``requested documents related to it``): a past form in -ed or an irregular past. PolNeAR
    train, object cues ending at a participle: the phrase goes on 4 times of 4 (one in -en,
    ``taken``, not read)."""
    if index < 2 or words[index].group().lower() not in ("by", "to"):
        return False
    participle = words[index - 1].group()
    return (
        participle.islower() and _past_participle(participle) and words[index - 2].group().islower()
    )


# What follows "early", "earlier" or "late" as an adverb opening a time ("early Sunday", "late
# in May", "early this year", "endorsed her early in the race"), not an adjective before its
# noun ("the early vote", "the late mayor", "her early campaigns").
_AFTER_EARLY = (
    WEEKDAYS
    | MONTHS
    | frozenset("in on at this last next over and during before after when while".split())
)

# Question words opening what an object cue takes, a clause or an infinitive asked about
# ("discussed how to fund the bridge"); not "about", an estimate ("discussed about 40 bills").
_ASKED_OPENERS = QUESTION_WORDS - {"about"}


def _object_end(text: str, start: int, end: int) -> int:
    """Where the noun phrase after a cue ends (``endorsed Mr. Reyes at a news conference``,
    ``endorsed Okafor in March and campaigned for her``): before a preposition or time,
    a punctuation mark or dash, or ``and``/``but``/``or`` going on with a lower-case verb;
    ``start`` itself when the phrase opens with a conjunction (``endorsed and campaigned``)."""
    previous_end = start
    words = list(_WORD.finditer(text, start, end))
    for index, word in enumerate(words):
        lowered = word.group().lower()
        following = words[index + 1].group() if index + 1 < len(words) else ""
        stops = (
            (lowered in _OBJECT_STOPS and not _participle_goes_on(words, index))
            # "reached by negotiators early Sunday", "endorsed Reyes early in the race": the
            # time opens at "early"
            or (lowered in ("early", "late") and following.lower() in _AFTER_EARLY)
            or not any(char.isalnum() for char in lowered)  # a dash
            or any(mark in text[previous_end : word.start()] for mark in ",;:()\u2014\u2013")
            # (a stop before the first word: "which the left opposes. Here ...", no object)
            or (index == 0 and any(mark in text[start : word.start()] for mark in ".!?"))
            or (lowered in ("and", "but", "or") and following[:1].islower())
        )
        if stops:
            return previous_end
        previous_end = word.end()
    return end


# What an endorsement is for: offices and terms after "for" ("for president", "for
# re-election") and contests after "in the" ("in the Democratic primary").
_CONTEST_PREPOSITIONS = tuple((row[0].lower(), row[1]) for row in read_table("contests.tsv"))
_SOUGHT_FOR = frozenset(word for word, preposition in _CONTEST_PREPOSITIONS if preposition == "for")
_CONTESTS_IN = frozenset(word for word, preposition in _CONTEST_PREPOSITIONS if preposition == "in")
_CONTEST_MODIFIERS = 3  # "in the 2024 GOP Senate primary": the words between "the" and it
_CONTEST_PHRASES = 2  # "for Senate in the Democratic primary", "in the race for mayor"


def _contest_end(text: str, position: int, end: int) -> int:
    """Where a phrase at ``position`` naming what an object was endorsed for ends, the office
    or the contest, which belongs to the object (``endorsed Calder for governor``, ``endorsed
    Calder in the Democratic primary``), or both in either order (``for Senate in the primary``,
    ``in the race for mayor``); ``position`` itself before any other phrase (``in March``, ``in
    the town hall``, ``for his stance on taxes``) or a mark (``in the fall. The race``)."""
    for _ in range(_CONTEST_PHRASES):
        reach = min(end, position + (_CONTEST_MODIFIERS + 4) * _CHARACTERS_PER_WORD)
        stop = _CLAUSE_STOP.search(text, position, reach)
        words = list(_WORD.finditer(text, position, reach if stop is None else stop.start()))
        lowered = [word.group().lower() for word in words]
        found = position
        if lowered[:1] == ["for"]:
            office = 2 if lowered[1:2] == ["the"] else 1
            if lowered[office : office + 1] and lowered[office] in _SOUGHT_FOR:
                found = int(words[office].end())
        elif lowered[:2] == ["in", "the"]:
            found = next(
                (
                    int(words[index].end())
                    for index in range(2, min(len(words), 3 + _CONTEST_MODIFIERS))
                    if lowered[index] in _CONTESTS_IN
                ),
                position,
            )
        if found == position:
            break
        position = found
    return position


# Whom a piece of writing went to, standing alone after its cue: "to the NFL Network's Rich
# Eisen", "to the mayor", "to Reyes", "to parents". Audit: possessive spaces, fixed words,
# then a determiner, a capital or a possessive lower-case run in -s (not "-ss": "to discuss");
# one position.
_ADDRESSEE = regex.compile(
    r"[ ]*+to[ ](?:(?:the|a|an|his|her|their|its|our)[ ]|\p{Lu}|\p{Ll}++(?<=[^s]s)\b)"
)
# Where a piece of writing appeared, right after its cue: "for the tech site Circuitline", "in
# the journal Tidewater Ecology". Audit: possessive spaces, then fixed words; one position.
_OUTLET = regex.compile(r"[ ]*+(?:for|in)[ ](?:the|a|an|his|her|their|its|our)[ ]")
_WORK_REACH = 4  # "a detailed, six-page letter": the words from the article to the noun


def _names_a_work(text: str, start: int, end: int) -> bool:
    """Whether what a writing cue takes is a written work named by its noun (``a detailed
    letter to the board``, ``a photo of himself``), with no clause saying what it says, or a
    document that nothing after it describes (``will publish its third-quarter results on
    Oct. 29``; but ``published a report detailing ...``, ``tweeted the transcript of ...``)."""
    words = [word.lower().strip(",.") for word in text[start:end].split()[: _WORK_REACH + 1]]
    counted = bool(words) and (
        words[0][:1].isdigit() or words[0] in _MEASURE_LEADS or words[0] in COUNT_WORDS
    )
    if not words or (words[0] not in NOUN_DETERMINERS and words[0] != "this" and not counted):
        return False  # ("wrote more than 3,000 articles", "wrote two letters": works counted)
    phrase = text[start:end].lower().split()
    if any(marker in phrase for marker in ("that", "saying", "calling")):
        return False
    if not read_words("written_works.tsv").isdisjoint(words[1:]):
        return True
    return (
        any(_names_a_document(word) for word in words[1:])
        and not _holds_a_verb(text, start, end)
        and not any(word in ("of", "about") or word.endswith("ing") for word in phrase)
    )


# Words after a work's noun that end its phrase rather than go on with its verb ("wrote that
# report in 2019", "tweeted that photo of the flood on Monday").
_AFTER_A_WORK = PLACE_PREPOSITIONS | frozenset("to on for about of over during last this".split())


def _demonstrative_work(text: str, start: int, end: int) -> bool:
    """Whether a writing cue's ``that`` is a demonstrative before the work written, whose
    content starts at ``start`` (``wrote that report in 2019``, ``tweeted that photo on
    Monday``): a singular work's noun, which opens no clause without a determiner, ending the
    content or before a preposition (not ``wrote that report was wrong``, ``that emails
    showed``)."""
    words = [word.strip(",.") for word in text[start:end].lower().split()[:2]]
    return (
        bool(words)
        and not _plural_in_s(words[0])
        and (words[0] in read_words("written_works.tsv") or _names_a_document(words[0]))
        and (len(words) == 1 or words[1] in _AFTER_A_WORK)
        and not _has_clause(text, start, end)  # "that policy on the budget was a mess"
    )


@functools.cache
def _act_objects() -> dict[str, frozenset[str]]:
    """``data/act_objects.tsv``: cue stem -> the nouns that name its act, not what was said."""
    table: dict[str, set[str]] = {}
    for stem, noun, *_ in read_table("act_objects.tsv"):
        table.setdefault(stem, set()).add(noun)
    return {stem: frozenset(nouns) for stem, nouns in table.items()}


# Words that open an object naming an act, or count it ("a question", "two penalties"); not a
# demonstrative, which points back at what was said ("asked this question").
_ACT_DETERMINERS = NOUN_DETERMINERS | frozenset(
    "any no another several some many few one two three four five six".split()
)


# Words after an act's noun that say what the act was about ("a question about the closure").
_ACT_TOPICS = frozenset("about whether regarding concerning over".split())


@functools.cache
def _writers_connective() -> regex.Pattern[str]:
    """``data/writers_connectives.tsv`` as a pattern: a connective of the writer's and its
    comma (``Still,``, ``In fact,``), either apostrophe in ``What's more``."""
    alternatives = sorted(
        (
            regex.escape(row[0]).replace("'", "['\u2019]").replace("\\ ", "[ ]")
            for row in read_table("writers_connectives.tsv")
        ),
        key=len,
        reverse=True,
    )
    # Audit: an alternation of fixed words, a comma and possessive spaces; one position.
    return regex.compile(rf"(?:{'|'.join(alternatives)}),[ ]++", regex.IGNORECASE)


def _past_writers_connective(
    text: str, sentence_start: int, start: int, end: int
) -> tuple[int, int]:
    """A report that opens its sentence without the writer's connective before it (``Still,
    the levy will pass, the mayor said.``: ``the levy will pass``), as PolNeAR marks it; a
    connective that carries the report's sense stays (``Instead, ...``)."""
    if text[past_dateline(text, sentence_start) : start].strip(' \u201c"('):
        return start, end
    connective = _writers_connective().match(text, start, end)
    if connective is None or not _has_words(text, connective.end(), end, _FORWARD_MIN_WORDS):
        return start, end
    return int(connective.end()), end


_STANCE_TIME_WORDS = 2  # words after a stance's preposition read for a time ("over the weekend")
# How much was said ("said little about", "says nothing about"): a pronoun that may as well be
# the subject of the clause said ("said little about the bill has changed since March").
_HOW_MUCH_OBJECTS = frozenset("little nothing much more".split())
# The words that may stand before how much was said ("said almost nothing about", "would say no
# more about", "said next to nothing about"); any other is a clause's ("said there was little
# about the plan that she liked", "said he had nothing about the case to add").
_HOW_MUCH_DEGREES = frozenset("almost very so too no even far next to a any precious".split())
_HOW_MUCH_TOPIC_WORDS = 8  # words after "said little about" read for the clause's own verb
# Words past which the topic of how much was said holds no verb of the how-much clause: a
# question or relative of its own ("said little about how the fund was spent", "about the plan
# that the council approved"), a phrase after its noun ("about the ferry levy in its first year") or
# the writer's next clause ("but aides say").
_HOW_MUCH_TOPIC_STOPS = QUESTION_WORDS | frozenset(
    "that which who whom whose and but or in on at for with of from by during since".split()
)


@functools.cache
def _stance_objects() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """``data/stance_objects.tsv``: cue stem -> a pattern for its object that names a stance,
    a deed or how much was said, up to the preposition that opens what it is about
    (``expressed her deep concern about``, ``claimed responsibility for``, ``said little
    about``)."""
    table: dict[str, list[str]] = {}
    for stem, word, prepositions, *_ in read_table("stance_objects.tsv"):
        table.setdefault(stem, []).append(rf"{word}[ ](?:{'|'.join(prepositions.split())})")
    # Audit: possessive spaces, a lazy repetition of at most two possessive runs of small
    # letters (three tries), then an alternation of fixed words and a two-character lookahead
    # (not a figure: "said more about 300 families", an estimate); no nested quantifier can
    # backtrack.
    return tuple(
        (
            stem,
            regex.compile(
                rf"[ ]*+(?P<lead>(?:\p{{Ll}}++[ ]){{0,2}}?)(?P<object>{'|'.join(objects)})\b"
                r"(?=[ ][^\s\p{N}$\u00a3\u20ac])",
                regex.IGNORECASE,
            ),
        )
        for stem, objects in table.items()
    )


@functools.cache
def _stance_pattern(form: str) -> regex.Pattern[str] | None:
    """The stance objects' pattern of a cue form, looked up once per form (most have none)."""
    return next((pattern for stem, pattern in _stance_objects() if form.startswith(stem)), None)


def _topic_past_manner(text: str, start: int) -> regex.Match[str] | None:
    """The topic's preposition after a manner in -ly at the start of a cue's content
    (``complained bitterly about``): the manner and the preposition are the cue's, not what
    was said; past a time or a venue after the manner, as after the cue (``complained loudly
    on the radio about the cuts``)."""
    manner = _MANNER_BEFORE_TOPIC.match(text, start)
    if manner is None:
        return None
    word = manner.group("manner")
    if word in _NO_MANNER or word in read_words("nouns_in_ly.tsv"):
        return None
    return _TOPIC_PREPOSITION.match(text, skip_intervening(text, manner.end()))


def _stance_topic(text: str, form: str, start: int, end: int) -> regex.Match[str] | None:
    """The object of a cue that names the stance it voices or how much was said, with its
    preposition (``expressed concern about``, ``voiced support for``, ``claimed responsibility
    for``, ``has said little about``): the cue's, as PolNeAR marks it; what was said is the
    preposition's object; not a time after it (``expressed concern over the weekend about``,
    ``voiced support for years``)."""
    pattern = _stance_pattern(form)
    match = None if pattern is None else pattern.match(text, start, end)
    if match is None:
        return None
    reach = min(end, match.end() + _CHARACTERS_PER_WORD * _STANCE_TIME_WORDS)
    following = text[match.end() : reach].lower().split()[:_STANCE_TIME_WORDS]
    if any(
        bare in _TIME_WORDS or bare in _DURATION_ENDS
        for bare in (word.strip(".,;:") for word in following)
    ):
        return None
    lead = match.group("lead").lower().split()
    if match.group("object").split()[0].lower() in _HOW_MUCH_OBJECTS and (
        not _HOW_MUCH_DEGREES.issuperset(lead) or _how_much_subject(text, match.end(), end)
    ):
        return None  # "said there was little about ...", "said little about the bill has changed"
    if not (_SUBJECT_PRONOUNS.isdisjoint(lead) and _FINITE_VERBS.isdisjoint(lead)):
        # "claimed it had responsibility for": a clause of its own (not an adjective in -ed:
        # "expressed renewed concern about")
        return None
    return match


def _how_much_subject(text: str, start: int, end: int) -> bool:
    """Whether the topic after ``said little about`` goes on to a verb of its own, which makes
    ``little about ...`` the subject of the clause said (``said little about the bill has
    changed``, ``said more about the plan would be revealed``, ``said much about the race
    remains unclear``), not the topic of a short answer (``said little about the plan``)."""
    reach = min(end, start + _CHARACTERS_PER_WORD * _HOW_MUCH_TOPIC_WORDS)
    words = text[start:reach].lower().split()[:_HOW_MUCH_TOPIC_WORDS]
    previous = ""
    for index, word in enumerate(words):
        bare = word.strip('.,;:!?"\u201c\u201d')
        if bare in _HOW_MUCH_TOPIC_STOPS:
            return False
        if (
            bare in _FINITE_VERBS
            or bare in IRREGULAR_PASTS
            # (not after a determiner or an owner, a noun's or an adjective's: "the proposed
            # levy", "the city's plans"; nor the topic's last word: "the fire victims")
            or (
                previous
                and previous not in NOUN_DETERMINERS
                and not previous.endswith(_POSSESSIVE_ENDINGS)
                and index + 1 < len(words)
                and (bare.endswith("ed") or _plural_in_s(bare))
            )
        ):
            return True
        if bare != word:
            return False  # the clause ends at its punctuation: "said little about the plan,"
        previous = bare
    return False


_PERSON_RELATIVE_REACH = 100  # characters of a relative on the person asked read for the request
# The request or question put to a person past a relative clause on it ("asked the agency which
# runs the port to explain", "asked the board which oversees the schools whether"), or the
# clause's punctuation before it. Audit: a fixed alternation of words or one punctuation
# character; searched in a bounded window.
_REQUEST_AFTER_RELATIVE = regex.compile(r"[ ](?P<request>to|whether|if)[ ]|[,.;:!?\n]")


def _opens_question(text: str, offset: int) -> bool:
    """Whether the word after whom a question was put to opens the question (``asked Lund
    whether``, ``asked the board which roads``, ``asked voters who they trust``), not a
    relative clause on the person (``asked voters who live near the port to attend``, ``asked
    the agency which runs the port to explain``)."""
    word = _WORD.search(text, offset, offset + _CHARACTERS_PER_WORD)
    lowered = "" if word is None else word.group().lower()
    if word is None or (lowered not in QUESTION_WORDS and lowered != "which"):
        return False
    if lowered not in ("who", "which"):
        return True
    following = _WORD.search(text, word.end(), word.end() + _CHARACTERS_PER_WORD)
    if following is None:
        return False
    if lowered == "which":
        # a relative's verb ("which runs the port", "which built the bridge"), not the noun
        # the question is about ("which roads would close", "which of the plans"), when the
        # request or question put to the person follows ("to explain", "whether"); without
        # one "which" is the question's subject ("asked the mayor which was worse")
        after = _WORD.search(text, following.end(), following.end() + _CHARACTERS_PER_WORD)
        verb = _has_a_verb([following.group().lower()]) or (
            _plural_in_s(following.group().lower())
            and after is not None
            and after.group().lower() in NOUN_DETERMINERS
        )
        request = _REQUEST_AFTER_RELATIVE.search(
            text, word.end(), word.end() + _PERSON_RELATIVE_REACH
        )
        return not verb or request is None or request.group("request") is None
    return following.group()[:1].isupper() or following.group().lower() in _QUESTION_SUBJECTS


def _names_the_act(text: str, start: int, end: int, form: str, *, topic: bool = False) -> bool:
    """Whether a cue's whole object is a noun that names its act or a sense of the cue word
    that says nothing (``asked a question``, ``conceded the penalty``), after whom the act
    was put to at most (``asked him a question``, ``asked the minister several questions``):
    no content. ``topic``: the object ends before the preposition of what the act was about,
    where a bare plural names the act too (``asked questions about the levy``)."""
    nouns = next((nouns for stem, nouns in _act_objects().items() if form.startswith(stem)), None)
    if nouns is None:
        return False
    object_end = _object_end(text, start, end)
    rest = text[object_end:end]
    words = text[start:object_end].split()
    recipient = next(
        (
            index
            for index, word in enumerate(words[: _RECIPIENT_WORDS + 1])
            if word.lower() in _ACT_DETERMINERS or word[:1].isdigit()
        ),
        0,
    )
    if recipient and not _recipient(words[:recipient]):
        recipient = 0
    words = [word.lower() for word in words[recipient:]]
    return (
        # (not a bare plural: PolNeAR marks "asking questions from the bench"; but before its
        # topic, "asked questions about X": X, 3 times on PolNeAR train, the noun never)
        (1 < len(words) <= _WORK_REACH + 1 or (topic and len(words) == 1))
        and (
            words[0] in _ACT_DETERMINERS
            or words[0][:1].isdigit()
            or (topic and len(words) == 1 and words[0].endswith("s"))
        )
        and words[-1].strip(".,;:!?") in nouns
        # (the act and what it was about: "asked a simple question: who paid?", "asked a
        # question in parliament about the closure")
        and rest.lstrip()[:1] != ":"
        and _ACT_TOPICS.isdisjoint(rest.lower().split())
    )


_CONTACT_WORDS = 7  # "to The Harbor Ledger's repeated requests for comment": words after "to"
# Words that may follow the noun of a reporter's attempt in its phrase: a participle of how it
# was made ("a message left at his office", "an email sent on Friday") or a time ("to 40 calls
# overnight").
_AFTER_CONTACT = frozenset("left sent placed overnight yesterday today".split())


def _names_a_contact(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is ``to`` and a short phrase ending in a reporter's attempt
    to reach a source (``to emailed questions``, ``to repeated phone calls and emails``, ``to
    a message left at his office``): what a reply answered, not what it said."""
    words = [word.strip(".,;:!?") for word in text[start:end].lower().split()]
    if not (1 < len(words) <= _CONTACT_WORDS + 1 and words[0] == "to"):
        return False
    nouns = read_words("contact_nouns.tsv")
    return any(
        word in nouns and (index == len(words) - 1 or words[index + 1] in _AFTER_CONTACT)
        for index, word in enumerate(words[1:], 1)
    )


# What may follow an emergency's noun: the end, or a preposition of place or time ("to a blaze
# at a warehouse", "to a crash on Route 9 early Sunday").
_INCIDENT_FOLLOWERS = _PLACE_AND_TIME_PREPOSITIONS | frozenset(
    ("near", "outside", "of", "off", "along", "early", "late", "")
)


def _names_an_incident(text: str, start: int) -> bool:
    """Whether ``to`` at ``start`` and an article, maybe a modifier, name an emergency
    responded to (``to a blaze at a warehouse``, ``to a two-alarm fire``, ``to the scene``;
    ``data/incident_nouns.tsv``): where crews went, not what anyone answered."""
    words = text[start : start + _CHARACTERS_PER_WORD * 5].lower().split()[:5]
    if len(words) < 3 or words[0] != "to" or words[1] not in NOUN_DETERMINERS:
        return False
    nouns = read_words("incident_nouns.tsv")
    return any(
        word.strip(".,;:!?") in nouns
        # (the head: "to the fire chief's criticism" is no fire)
        and (word[-1:] in ".,;:!?" or following in _INCIDENT_FOLLOWERS)
        for word, following in zip(words[2:4], [*words[3:5], ""], strict=False)
    )


# Characters after an ask verb read for its act's "about": whom it was put to and the act
# ("the city's two lawyers a few quick questions about").
_ACT_PHRASE_CHARACTERS = _CHARACTERS_PER_WORD * (_RECIPIENT_WORDS + _WORK_REACH + 1)


def _recipient(words: list[str]) -> bool:
    """Whether words name whom a question was put to: a pronoun, a name or a noun after an
    article (``him``, ``Castellane``, ``the minister``, ``the city's lawyers``)."""
    first = words[0]
    if len(words) == 1 and first.lower() in _OBJECT_PRONOUNS:
        return True
    return first.lower() in ARTICLES or all(word[:1].isupper() for word in words)


# First words of what stands between a comma and a cue when it is a clause of its own rather
# than the source of what precedes: a relative pronoun, a subordinator, a conjunction.
_COMPARISON_OPENERS = frozenset("short more less fewer above below up down".split())
# "the" and a figure: what a comparison after a comma measures against ("short of the $2.39
# billion analysts expected"). Audit: fixed word, optional sign, one digit; one search.
_THE_NUMBER = regex.compile(r"\bthe[ ][$\u00a3\u20ac]?+\d")
_OPENS_NO_SOURCE = frozenset(
    (
        "which who whom whose that where when while as if because although though since and but or"
    ).split()
)


# First words after a parenthetical cue with which the writer goes on with a comparison or
# contrast of their own ("..., the institute said, compared with $900 for renters").
_WRITER_GOES_ON = frozenset("compared while whereas".split())
# ... and, after a whole clause, an earnings report's comparison with forecasts ("..., the
# company said, ahead of the $4.6 billion analysts had expected", "..., beating estimates").
_COMPARISONS_WITH_FORECASTS = frozenset(
    "ahead beating topping missing exceeding surpassing".split()
)
# Words of a comparison that is the writer's only when a forecast follows ("..., below
# analysts' forecasts", "..., short of expectations"; but "will stay, forecasters said, below
# freezing", "is running, the airport said, behind schedule": the statement's rest).
_COMPARISONS_IF_FORECAST = frozenset("behind above below short".split())
# The openings of words that name a forecast ("forecasts", "estimated", "expectations",
# "analysts' consensus", "projected").
_FORECAST_STEMS = ("forecast", "estimate", "expect", "project", "predict", "consensus")
_CLAUSES_OF_TIME = frozenset(("as",))
# The writer's comment on a report after its cue, in wire style ("..., people familiar with
# the matter said, in what would be the largest deal this year", "in a move that", "in a
# sign of"). Audit: fixed words; one position.
_WRITERS_COMMENT = regex.compile(
    r"in[ ](?:what|a[ ](?:move|sign|bid|blow|setback|boost|twist|reversal|development)"
    r"|an[ ](?:effort|attempt|apparent))\b",
    regex.IGNORECASE,
)
# A clause of time or circumstance after a cue: the writer's, not what was said ("The plan will
# fail, officials said as talks resumed", "..., she told jurors as the trial drew to a close").
# No report opens with these words, so after a finite cue they open the writer's clause; "as"
# only after a verb of saying or telling ("said as", not "described as"). Audit: fixed
# alternatives; one position.
_CIRCUMSTANCE = regex.compile(r"[ ]*+(?P<word>while|when|whereas|after|before|once|until|as)[ ]")
# A reduced clause of time telling how the reporter reached the source ("declined to comment when
# reached by phone", "said the plan was dead when contacted by The Gazette", "refused to say
# after being asked"): the writer's, closing the report. Audit: fixed alternatives and one
# optional fixed word; searched in one clause.
_CONTACTED = regex.compile(
    r",?+[ ](?:when|while|after|before|once)[ ](?:being[ ])?+(?P<participle>reached|contacted"
    r"|interviewed|approached|phoned|emailed|e-mailed|asked|questioned|pressed)\b",
    regex.IGNORECASE,
)
# Whom "by" names after such a participle ("reached by phone", "contacted by The Gazette",
# "approached by officers"). Audit: a fixed word, an optional fixed article, one possessive run;
# matched at one position.
_REACHED_BY = regex.compile(r"[ ](?i:by)[ ](?:(?i:a|an|the)[ ])?+(?P<agent>[\p{L}\-]++)")
# The means by which a reporter reaches a source ("when reached by phone"), and the reporter.
_REACHING_MEANS = frozenset(
    "phone telephone cellphone email e-mail text reporter reporters journalist journalists".split()
)


# Heads of cues whose "when" opens what they report, a question ("did not say when", "knows
# when", "remembers when the mill closed"), not a time.
_WHEN_QUESTION_HEADS = ("say", "said", "tell", "told", "ask", "know", "knew", "remember", "recall")
_WHEN_MODAL_WORDS = 4  # "when the new stadium will": a subject of up to three words, then a modal
# Words after a time opener read for a phrase of time that a clause follows ("insisted after
# the meeting the pool would stay open", "wondered after the loss whether").
_TIME_PHRASE_WORDS = 4
_CLAUSE_VERB_WORDS = 4  # "the new pool would": the subject's words, then its verb
# The verbs that show a clause reported after a phrase of time: a form of "be" or a modal.
_CLAUSE_VERBS = BE_FORMS | MODALS
_TIME_PHRASE_CHARACTERS = 60  # characters read for them (and for a "when" clause's modal)
# Words that open a question after a phrase of time ("explained after the meeting why").
_QUESTION_AFTER_TIME = frozenset("whether why how what".split())
# Words after which a determiner goes on the phrase before it ("after the talks in the north",
# "after the mayor and the council"), not a new subject.
_PHRASE_GOES_ON = (
    _PREPOSITIONS_BEFORE_THAT | _PREPOSITIONS_BEFORE_AN_OBJECT | frozenset(("and", "or"))
)


def _circumstance_only(text: str, cue: CueMatch, start: int, sentence_end: int) -> bool:
    """Whether all that follows a cue is a clause of time opened right after it, with no
    comma for a main clause to follow (``conceded when the count ended``, ``complained after
    the council voted to close the pool``, ``were not reported until the auditors raised
    them``): the writer's time of the saying, no report; but a verb of saying or telling
    reports what follows its clause of time (``said after the vote, the fund is short``, ``said
    before the season ends he will``), and ``did not say when``, ``knew when to stop``, ``has
    not announced when``, ``predicted when the slump would end`` ask a question."""
    if (
        start - cue.end > 1
        or sentence_end - start > _CLAUSE_CHARACTERS
        or cue.form in _SAYING_FORMS  # ("said before the season ends he will ...")
    ):
        return False  # (an object or a long clause first; and reads stay bounded per cue)
    opener = _CIRCUMSTANCE.match(text, start, sentence_end)
    if opener is None or opener.group("word") in ("as", "whereas"):
        return False  # ("described as", "referred to as": what the source calls it)
    if opener.group("word") == "when":
        read = min(sentence_end, opener.end() + _TIME_PHRASE_CHARACTERS)
        words = text[opener.end() : read].lower().split(maxsplit=_WHEN_MODAL_WORDS)
        if (
            cue.form.split()[0].lower().startswith(_WHEN_QUESTION_HEADS)
            or words[:1] == ["to"]
            or _negated(text, cue)  # ("would not disclose when the suspect was arrested")
            or not MODALS.isdisjoint(words[:_WHEN_MODAL_WORDS])  # ("explained when it would")
        ):
            return False
    return text.find(",", start, sentence_end) == -1


def _clause_past_time_phrase(text: str, start: int, sentence_end: int) -> int | None:
    """Where the clause reported starts past a phrase of time with no verb right after a cue
    (``insisted after the meeting the pool would stay open``, ``predicted before the crash
    the bubble would burst``, ``wondered after the loss whether``): at a subject opened after
    the phrase's noun or at a question word; None for a clause of time with its verb first
    (``complained after the council voted``, ``said before the season ends he will``)."""
    opener = _CIRCUMSTANCE.match(text, start, sentence_end)
    if opener is None or opener.group("word") not in ("after", "before", "until", "once"):
        return None
    words = list(
        _WORD.finditer(
            text, opener.end(), min(sentence_end, opener.end() + _TIME_PHRASE_CHARACTERS)
        )
    )[: _TIME_PHRASE_WORDS + _CLAUSE_VERB_WORDS]
    lowered = [word.group().lower() for word in words]
    for index, word in enumerate(lowered[:_TIME_PHRASE_WORDS]):
        if word in _QUESTION_AFTER_TIME:
            return int(words[index].start())
        before = lowered[index - 1] if index else ""
        if (
            word == "to"
            or word in _FINITE_VERBS
            or word in IRREGULAR_PASTS
            or (word.endswith("ed") and len(word) > len("need"))
            # ("after winning his home state, he would", not the noun of "after the meeting")
            or (word.endswith("ing") and before not in _SUBJECT_OPENERS)
        ):
            return None  # the clause of time's own verb
        if (
            index
            and word in _SUBJECT_OPENERS
            and before not in _SUBJECT_OPENERS
            and before not in _PHRASE_GOES_ON
            and before not in QUESTION_WORDS  # ("until when the curfew will last")
            # (a word in -s may be the verb of a clause of time: "before the season ends he")
            and (not before.endswith("s") or before.endswith("ss"))
            and not text[words[index - 1].end() : words[index].start()].strip()
            # a form of "be" or a modal soon after the subject, as a clause reported has
            # ("the pool would stay open"), not a relative clause on the phrase's noun, whose
            # verb lacks its object ("conceded after the recount she had demanded")
            and not _CLAUSE_VERBS.isdisjoint(lowered[index + 1 : index + _CLAUSE_VERB_WORDS])
        ):
            return int(words[index].start())
    return None


def _reached_by_reporter(text: str, position: int) -> bool | None:
    """Whether the agent after a participle of reaching is the press (``reached by phone``,
    ``contacted by The Gazette``), not someone in the story (``the suspect ran when approached
    by officers``, ``would cooperate when questioned by investigators``); None without one."""
    found = _REACHED_BY.match(text, position)
    if found is None:
        return None
    agent = found.group("agent")
    return agent[:1].isupper() or agent.lower() in _REACHING_MEANS


# Words after a cue that never stand for an inverted source ("..., said it would").
_NO_INVERTED_SUBJECT = frozenset("it so nothing yes no this".split())


# "on" and a name: where something was said ("on MSNBC", "on the Harbour Channel", 'on "Fox
# News Sunday"'). Audit: fixed words, one optional article or mark, one capital; matched at
# one position.
_ON_A_CHANNEL = regex.compile(r"[ ]*+on[ ](?:the[ ]|[\"\u201c])?+\p{Lu}")


# A relative pronoun opening a clause inside a noun phrase. Audit: fixed words; searched once.
_RELATIVE_WORD = regex.compile(r"\b(?:who|whom|whose|which|that)\b")


def _verb_before_relative(text: str, start: int, end: int) -> bool:
    """Whether a clause's verb comes before any relative pronoun between ``start`` and
    ``end`` (``the party could win``, not ``the man who built his career``)."""
    relative = _RELATIVE_WORD.search(text, start, end)
    return _has_clause(text, start, end if relative is None else relative.start())


# A speech participle after "by" in a cue's object ("responded to the tweet by calling him",
# "published the results by announcing that"). Audit: fixed word, one space, a possessive
# lower-case run whose ending a look-behind checks; one position.
_BY_SAYING = regex.compile(r"\bby[ ](\p{Ll}++(?<=ing))\b")
# What opens a report right after its participle: "that", a colon, or a quote mark after an
# optional comma ("by saying: ...", "by saying, "..."", "by announcing that"). Audit: fixed
# characters and words, possessive spaces; one position.
_REPORT_OPENING = regex.compile(r"[ ]*+(?:that\b|:|,?+[ ]*+[\"\u201c])")


# What holds a verb but no clause of the phrase it stands in: a quotation in double marks
# within one line, or an infinitive ("to be"). Audit: fixed marks around a possessive run of
# characters that are no mark of the pair (so each try stops at the next opening), or a fixed
# word and a possessive run; one try per position.
_NO_CLAUSE_OF_ITS_OWN = regex.compile(r'"[^"\n]*+"|\u201c[^\u201c\u201d\n]*+\u201d|\bto[ ]\p{Ll}++')
# Finite forms after "and" that go on with the subject of a verb of belief, not with the
# belief's clause: plural or future ones ("Investigators think the fire started in the kitchen
# and will release their report", "Doctors believe the boy swallowed a battery and are
# monitoring him"), where "may", "could" or "is" go on with the belief ("and may have had help").
_BELIEVERS_OWN_FORMS = frozenset("am are were have will would can should do".split())
# The bare forms among the auxiliaries, which may go on an infinitive ("to be set up and be
# running", "to stay and have a say").
_BARE_AUXILIARIES = frozenset("be have do".split())


def _has_clause(
    text: str, start: int, end: int, *, that_counts: bool = True, it_counts: bool = True
) -> bool:
    """Whether ``text[start:end]`` holds a clause: a finite verb, a subject pronoun (unless
    ``it_counts`` is false, ``it`` aside: in an object it is none, while ``the rumours he
    spread`` is a relative clause whatever its verb) or (unless ``that_counts`` is false)
    ``that`` (``at the meeting the plan would fail``), not only phrases (``at a conference of
    retired officers in Westvale on Monday``); a contracted verb counts as the verb (``it's
    over``, ``can't``, ``cannot``)."""
    words = text[start:end].lower().split()
    pronouns = _SUBJECT_PRONOUNS if it_counts else PERSONAL_PRONOUNS
    return bool(
        _FINITE_VERBS.intersection(words)
        or pronouns.intersection(words)
        or (that_counts and "that" in words)
        or any(_contracted_verb(word) or word == "cannot" or word.endswith("n't") for word in words)
    )


# Words that only place a phrase in time ("shortly before midnight", "late on Friday", "at
# 9 p.m."): the leads, and the time words of which such a phrase holds one at least.
_TIME_PHRASE_OPENERS = frozenset("before after on at in around by until the a".split())
_TIME_PHRASE_LEADS = TIME_ADVERBS | _TIME_PHRASE_OPENERS
_TIME_WORDS = (
    MONTHS
    | WEEKDAYS
    | frozenset(
        """midnight noon dawn dusk morning afternoon evening night weekend today yesterday
        tonight a.m p.m""".split()
    )
    | MONTH_ABBREVIATIONS
)
_TIME_WORDS_OR_ADVERBS = _TIME_WORDS | TIME_ADVERBS


# What is done to a letter or a memo by others, whose relative clause may follow the outlet of
# a writing cue ("wrote in a memo that the Gazette obtained", "in a letter that lawmakers
# received on Monday").
_HANDLED_DOCUMENT_PASTS = frozenset(
    "obtained received released published sent signed filed reviewed shared leaked saw".split()
)
_HANDLED_DOCUMENT_SUBJECT = 3  # "the city's lawyers received": the words before the verb
# What may follow that verb in such a relative: a time, with its prepositions but no article.
_HANDLED_DOCUMENT_TIME = _TIME_WORDS_OR_ADVERBS | (_TIME_PHRASE_OPENERS - {"the", "a"})


def _document_relative(text: str, start: int, end: int) -> bool:
    """Whether the words after a writing outlet's ``that`` are its relative clause, not what
    was written: a subject, a verb of handling the document and at most a time (``wrote in a
    letter that the board released on Friday.``); the verb with an object is a report (``that
    the board released the figures``)."""
    words = [word.strip(".,;:").lower() for word in text[start:end].split()]
    verb = next(
        (
            index
            for index, word in enumerate(words[: _HANDLED_DOCUMENT_SUBJECT + 1])
            if word in _HANDLED_DOCUMENT_PASTS
        ),
        None,
    )
    return (
        verb is not None
        and verb > 0
        and all(word in _HANDLED_DOCUMENT_TIME for word in words[verb + 1 :])
    )


# Participles of feeling that an adjective of stance shares ("are worried that", "is convinced
# that", "were concerned that"); the other participles of thought are passives before "that"
# ("A ruling is expected that could delay the project": a relative clause, not the ruling's
# stance; "It is understood that").
_FEELING_PARTICIPLES = frozenset(("worried", "convinced", "concerned"))
# Words of a time or a duration: after "that" they make it a time's demonstrative ("was
# concerned that day"); after a preposition, a time ("estimates for this year").
_DATING_WORDS = _TIME_WORDS | frozenset(DURATION_UNITS)


def _stance_after_be(text: str, match: re.Match[str]) -> bool:
    """Whether a participle of feeling after ``be`` and before ``that`` is an adjective of its
    subject's stance (``Farm-state Republicans are worried that``, ``The senator is convinced
    that``), not a passive: a relative pronoun's stance is a clause inside the subject (``the
    group that is worried that``), and a time after ``that`` makes it a passive dated (``was
    concerned that afternoon``)."""
    if match.group().split()[0].lower() not in _FEELING_PARTICIPLES:
        return False
    that = " that"
    that_end = match.end() + (0 if match.group().lower().endswith(that) else len(that))
    if text[that_end - len(that) : that_end].lower() != that:
        return False
    if _next_word(text, that_end) in _DATING_WORDS:
        return False
    be_start = be_before(text, match.start())
    if be_start == match.start():
        return False
    subject = _words_before(text, be_start, 1)
    return bool(subject) and subject[0] not in _RELATIVE_WORDS


def _only_a_time(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` only says when or how (``shortly before midnight``,
    ``overnight``, ``instead``)."""
    if _has_words(text, start, end, _ADVERBIAL_WORDS + 1):
        return False  # a time is a few words: a long span is read no further
    words = [word.strip(".,") for word in text[start:end].lower().split()]
    manner = read_words("manner_adverbs.tsv")
    if (
        words
        and all(
            word in TIME_ADVERBS
            or word in manner
            # (a lower-case adverb in -ly: "replied angrily on Monday"; not "Italy", "the rally")
            or (word.endswith("ly") and word not in read_words("nouns_in_ly.tsv"))
            for word in words
        )
        and text[start:end].islower()
    ):
        return True  # "answered instead", "results declared overnight"
    return (
        0 < len(words) <= _ADVERBIAL_WORDS
        and any(word in _TIME_WORDS or word.isdigit() for word in words)
        and all(
            word in _TIME_PHRASE_LEADS or word in _TIME_WORDS or word.isdigit() for word in words
        )
    )


def _adverbial_tail(
    text: str, start: int, end: int, *, tied: frozenset[str] = _TIED_TO_CUE
) -> bool:
    """Whether what follows a cue to its sentence end is no clause: nothing, or a short
    phrase opened by a preposition with no verb (``he said on MSNBC's morning show``), where
    a clause starts a report of its own (``said in May the plan failed``); ``tied`` are the
    prepositions that open what the cue takes instead (``insisted on getting``)."""
    if not _has_words(text, start, end, 1):
        return True
    if says_when(text[start:end]):
        return True  # "as the Gazette reported a few days later": when, not what
    if _only_a_time(text, start, end):
        return True  # "said late on Friday", "announced just before 1 a.m."
    for word in _WORD.finditer(text, start, end):  # "said separately, ...": past the adverbs
        if word.group().lower() not in TIME_ADVERBS:
            break
        start = word.end()
    words = text[start:end].lower().split()
    if not words:
        return True
    # "to" opens a verb phrase; "on", "about", "as" tie the cue to what was said ("insisted
    # on getting", "described as his home")
    opens = words[0] in ADVERBIAL_STARTS and (
        words[0] not in tied
        # (read to ``end``: the regex module looks for a pattern's fixed word up to the end of
        # what it is given, the rest of the text when no end is)
        or _ON_A_CHANNEL.match(text, start, end) is not None
        or _ADDRESSEE.match(text, start, end) is not None
    )
    if not opens or len(words) > _ADVERBIAL_WORDS:
        return False
    return not _has_clause(text, start, end)


# A condition, cause or concession opening what a cue reports, before the quote that ends it.
# Audit: fixed alternatives, then a space; one position.
_REPORTED_CONDITION = regex.compile(
    r"[ ]*+(?:even[ ])?+(?:if|unless|because|although|though|whereas|no[ ]matter)[ ]",
    regex.IGNORECASE,
)


def _clause_before_quote(text: str, cue: CueMatch, quote_start: int) -> bool:
    """Whether a reported clause stands between a cue and a quote after a comma (``said the
    shortage was not the farmers' doing, "not in the least"``): the quote ends the report.
    Times, venues, an opening adverbial (``at a rally in Eastbrook,``) and whom a tell-verb
    tells are no clause."""
    if cue.form in _TELL_VERBS or text[cue.end : quote_start].rstrip().endswith(":"):
        return False
    start = skip_intervening(text, cue.end)
    if not _has_words(text, start, quote_start, _FORWARD_MIN_WORDS):
        return False
    # a "that" alone shows no clause here: a that-clause before a quote is
    # _in_reported_clause's to judge; a condition or a cause is one ("says no matter what the
    # council decides, "...""), not a time ("said when asked, "...""), as what was said begins
    return _REPORTED_CONDITION.match(text, start, quote_start) is not None or (
        _has_clause(text, start, quote_start, that_counts=False)
        and not _opens_adverbial(text, start, quote_start)
    )


# What stands between a speaker's cue and the question put to the speaker: "said when asked",
# "said, asked about", "told Congress when asked".
_ASKED_LEADS = frozenset(("", "when", "after", "if", "once"))


def _plural_heading(line: str) -> bool:
    """Whether a line ending in a colon ends with a plural noun, as a list's heading does
    (``The closures ordered by Mayor Ines Varga:``, ``released the list of closures:``)."""
    last = line.rstrip(":").rsplit(maxsplit=1)[-1].lower()
    return last.isalpha() and _plural_in_s(last)


_ASKED_PHRASE_CHARACTERS = 80  # what follows "when asked" read for the noun before a colon


def _asked_of_the_subject(text: str, cue: CueMatch) -> bool:
    """Whether a cue is a question put to its sentence's subject in a clause of time or
    condition (``was blunt when asked about the risk``, ``bristled if asked whether``); not
    when the question itself follows its noun (``paused when asked a simple question: "Would
    you run again?"``)."""
    lead = _words_before(text, cue.start, 1)
    asked = text[cue.end : cue.end + _ASKED_PHRASE_CHARACTERS].partition(":")[0].split()
    return (
        cue.form in _ASK_VERBS
        and bool(lead)
        and lead[0] in _ASKED_LEADS
        and not (asked and asked[-1].lower() in ("question", "questions"))
    )


# Prepositions that open a thought's topic ("thinking about a book", "dreams of a town").
_TOPIC_WORDS = frozenset(("about", "of"))


def _cue_before(text: str, stretch: QuotedStretch, scan: _SentenceScan) -> CueMatch | None:
    """``Saldo said: "…"`` / ``he told reporters, "…"`` / ``he said "…"``."""
    cue = _last_cue_before(scan.cues, stretch.start)
    if cue is not None and cue.form in _ASK_VERBS:
        # 'she said when asked about the levy, "We will see."': the question is put to the
        # speaker, whose own cue stands before it
        speaker_cue = _last_cue_before(scan.cues, cue.start)
        if (
            speaker_cue is not None
            and text[speaker_cue.end : cue.start].strip(" ,").lower() in _ASKED_LEADS
        ):
            cue = speaker_cue
    if cue is None or stretch.start - cue.end > _GAP_CHARACTERS:
        return None  # a cue far back introduces nothing here (and is not read up to the quote)
    if _in_reported_clause(text, stretch, scan):
        return None  # 'told him that if he wants them, "come and take it"': a reported clause
    if _asked_of_the_subject(text, cue) and text[cue.end : stretch.start].rstrip().endswith(":"):
        # 'Ilse Brandt was blunt when asked about the risk: "We will not ..."': the question
        # put to the subject ends at the colon, which introduces the subject's answer, with
        # the subject's own cue where there is one ('told Congress when asked about it: "..."')
        cue = _last_cue_before(scan.cues, cue.start)
        if cue is None:
            return None
    gap = text[cue.end : stretch.start].strip()
    if (
        gap.endswith(":")
        and "," in gap
        and (
            _opening_participle(text, scan.sentence.start, cue)
            or (cue.form in _ASK_VERBS and text[cue.start - 2 : cue.start] == ", ")
        )
    ):
        # 'Asked whether it was his best goal, he laughed: "Not even close."', 'Serrano,
        # asked about his friend, smiled: "..."': the colon after the subject's own verb
        # introduces the quote, not the participle
        return None
    if _clause_before_quote(text, cue, stretch.start):
        return None  # 'said the shortage was not the fault of farmers, "not in the least"'
    if (
        gap.count(",") > 1
        and cue.start in scan.naming
        and _WORD.match(text, cue.end + 1)
        and not text[stretch.start + 1 : stretch.start + 2].isupper()
    ):
        # 'calling him, among other things, "a failed candidate."': the name a naming verb
        # gives its object after an aside set off by commas, a fragment of what it reports
        # (not 'called the meeting to order, "Let us begin."', nor 'called him on Tuesday,
        # "just to check in,"': no aside, a statement or a purpose of the caller's)
        return None
    first = gap.split(maxsplit=1)[0] if gap else ""
    if (
        gap.endswith(",")
        and len(gap.split()) > 1
        and text[stretch.start + 1 : stretch.start + 2].islower()
        and cue.form.split()[-1] not in _TELL_VERBS  # "told his supporters, "our nation ...""
        and cue.form not in _ASK_VERBS  # 'asked the defendant, "do you understand ...?"'
        and cue.form not in SOURCE_FIRST_CUES  # "according to its summary, "draws ...""
        # not a source between two pieces of one quote ('"The bridge," said Tomas Reiner, the
        # treasurer, "will reopen"')
        and text[max(0, cue.start - _OPENING_REACH) : cue.start].rstrip()[-1:] not in _ALL_MARKS
        # a subject opens the gap: a determiner or a name, not a time, place or preposition
        and (first.lower() in NOUN_DETERMINERS or first.istitle())
        and first.lower() not in _OBJECT_STOPS
    ):
        # 'said his country, the largest wheat importer, "cannot wait another winter"': the
        # clause's subject, then its quoted predicate
        return None
    if (
        gap.endswith(",")
        and first.lower() in _TOPIC_WORDS
        # (what is said about it may be the quote: 'As they say about the doctor, "gifted
        # hands."')
        and cue.cue_class not in SAYING_CLASSES
        and text[stretch.start + 1 : stretch.start + 2].islower()
    ):
        # 'is thinking about a book set inland, "somewhere without a single drop of water."':
        # the quote describes the topic again, and is no saying of its own
        return None
    # With nothing between, only a speech verb and a quote that reads as a sentence:
    # `he said "We will win"`, not `had shown "no remorse"`.
    bare = not gap and cue.cue_class in SAYING_CLASSES
    if bare and not text[stretch.start + 1 : stretch.start + 2].isupper():
        bare = False
    if (gap.endswith((":", ",")) or bare) and not _has_words(
        text, cue.end, stretch.start, _SOURCE_MAX_WORDS + 1
    ):
        return cue
    return None


def _relayed_by(text: str, cue: CueMatch, after: int, scan: _SentenceScan) -> CueMatch:
    """The ``according to`` that follows a quote's cue in its clause, else the cue itself:
    in ``"…," Roe said on Monday, according to the Ledger`` the report is the Ledger's."""
    following = bisect.bisect_left(scan.cues, after, key=lambda other: other.start)
    if following == len(scan.cues):
        return cue
    relay = scan.cues[following]
    if relay.form in SOURCE_FIRST_CUES and _gap_is_attribution(text, after, relay.start):
        return relay
    return cue


# "TASS quoted X as saying": the channel's verb before the speaker, the speaker's after.
# Audit: a literal alternation of words, anchored at word boundaries; searched in one sentence.
_CHAIN_VERB = regex.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\b", regex.IGNORECASE)
_CHAIN_TAILS = frozenset(("saying", "telling", "writing"))
_CHAIN_FORM = "quoted as saying"  # the form of a joined chain's cue, whatever its words


def _join_chains(text: str, sentence: Sentence, cues: list[CueMatch]) -> list[CueMatch]:
    """Make ``quoted the governor ... as saying`` one cue that spans the speaker's name."""
    joined: list[CueMatch] = []
    for cue in cues:
        as_word = text[max(0, cue.start - 4) : cue.start]
        if cue.form in _CHAIN_TAILS and as_word[1:] == "as " and as_word[:1] in (" ", "\n", ""):
            window = max(sentence.start, cue.start - 300)
            verbs = list(_CHAIN_VERB.finditer(text, window, cue.start))
            if verbs:
                opener = verbs[-1].start()
                joined = [kept for kept in joined if kept.start < opener]
                joined.append(CueMatch(opener, cue.end, _CHAIN_FORM, cue.cue_class))
                continue
        joined.append(cue)
    return joined


# Subordinators of contrast and cause, which open a clause of its own inside a sentence
# ("said X, while Y argued Z"; the wider list of every subordinator is mentions.SUBORDINATORS).
_CONTRAST_SUBORDINATORS = frozenset("while whereas although though because".split())
# Words that open a clause of time or cause: before a passive of saying inside a sentence ("days
# after Ms. Pellow was announced the winner", "cheered as she was declared the winner"), or as
# the writer's aside after a cue, which a statement does not go on with ('"Welcome Home,
# Troops," the mayor wrote, as the regiment returned').
_ADVERBIAL_CLAUSE_OPENERS = SUBORDINATORS | frozenset(("as",))
# Those that are prepositions too ("The plan to close the bridge until March", "Measures such
# as a curfew"): they open a clause only after a verb or before a subject pronoun.
_PREPOSITION_OPENERS = frozenset("after before since until despite as".split())
# Words of time before such a word, which make it open a clause of time ("shortly after
# Ruiz was declared the winner", "even before the deal was announced").
_TIME_LEADS = frozenset("shortly soon just right immediately long even only".split())
_COORDINATORS = frozenset("and but so yet".split())
# Words that break a clause, past which an advise-form's addressee does not run (_advice).
_TOLD_ADVICE_BREAKS = SUBORDINATORS | _COORDINATORS
_SUBJECT_REACH = 8  # words between a clause opener and the cue of its own attribution
_COORDINATED_SUBJECT = 4  # "but Kelsey said", "and the senator said": a short subject
_SET_OFF_ADVERB_WORDS = 2  # "said, however,", "said, on Monday,": an aside right after a cue


# A subject phrase ending in a name right before a cue: up to five lower-case or capitalised
# words, then capitalised ones ("Republican presidential nominee Victor Hale").
# Audit: bounded repetitions of possessive word runs separated by single spaces.
_NAMED_SUBJECT = regex.compile(
    r"[ ]++(?:[\p{L}\-]++[ ]){0,5}?\p{Lu}[\p{L}.'\u2019\-]*+"
    r"(?:[ ]\p{Lu}[\p{L}.'\u2019\-]*+){0,3}[ ]*+"
    r"(?:(?:also|has|had|have|then|later|again|previously|repeatedly)[ ])?"
)


# Words that open a concession a speaker may make in a report of their own after a
# parenthetical cue ("..., he said, though he acknowledged ...").
_CONCESSIONS = frozenset("though although but".split())
_CONCESSION_CHARACTERS = 60  # characters read after the comma for the concession's cue
_CONCESSION_CUE_AT = slice(2, 4)  # "though she admits", "but he later conceded": the cue's words


def _concedes_in_own_report(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the words at ``start`` open a concession with a pronoun and a cue of its own
    (``though she admits nobody believes her``, ``but he later conceded``, ``but he declined
    to say``): a second report, not the rest of the first statement."""
    words = [word.strip(",.;:") for word in text[start : start + _CONCESSION_CHARACTERS].split()]
    return (
        len(words) > _CONCESSION_CUE_AT.start
        and words[0].lower() in _CONCESSIONS
        and words[1].lower() in _SUBJECT_PRONOUNS
        and any(
            word in lexicon.cues or f"{word} {following}" in lexicon.cues
            for word, following in zip(
                words[_CONCESSION_CUE_AT],
                [*words[_CONCESSION_CUE_AT.start + 1 :], ""],
                strict=False,
            )
        )
    )


def _parenthetical(text: str, cue: CueMatch, floor: int) -> bool:
    """Whether a cue and its short subject stand between commas (``Instead, she said, ...``)."""
    comma = text.rfind(",", max(floor, cue.start - _LOOK_BACK), cue.start)
    return (
        comma != -1
        and not _has_words(text, comma, cue.start, _SUBJECT_REACH + 1)
        and text[cue.end : cue.end + 1] == ","
    )


# Words opening a condition or a time inside a report ("that, if current trends continue, ...").
_CONDITION_OPENERS = frozenset("if unless when once until".split())
# Words opening a condition, a time or a contrast inside a report ("said ... while talks
# continue"), and with the coordinators, words joining a clause to the one before (after which
# a noun phrase opens a subject).
_INNER_CLAUSE_OPENERS = _CONTRAST_SUBORDINATORS | _CONDITION_OPENERS
_CLAUSE_JOINERS = _COORDINATORS | _INNER_CLAUSE_OPENERS
# Subject pronouns that are never an object too ("he", "they"; not "it", "you").
_SUBJECT_ONLY_PRONOUNS = _SUBJECT_PRONOUNS - {"it", "you"}
# Words opening a clause inside an object (a verb after them is that clause's).
_OBJECT_CLAUSE_OPENERS = _CLAUSE_OPENERS_IN_OBJECT | _CONTRAST_SUBORDINATORS | _COORDINATORS
# Words that no modifier of a noun is: a verb form or a negation.
_NO_NOUN_MODIFIERS = _FINITE_VERBS | _NEGATIONS | _NO_MODIFIERS
_CALENDAR_NAMES = WEEKDAYS | MONTHS  # capitalised words that name no one
# Auxiliaries between a subject and its verb ("after it had said", "after it would announce").
_IT_AUXILIARIES = MODALS | PERFECT_AUXILIARIES | frozenset(("did", "does"))


# Auxiliaries and the negation they carry onto a cue with no subject of its own after "and" or
# "but" ("confirmed that ... but would not say", "and did not explain"); not "was", whose
# participle is a passive ("but was not told").
_NEGATED_AUXILIARIES = (FINITE_VERBS - BE_FORMS) | _NEGATIONS
# What a refusal to speak leaves unsaid: a question, or a topic ("would not say when", "would not
# speculate on the cause", "did not explain further"); not an object ("would not accept any deal").
_REFUSED_QUESTIONS = QUESTION_WORDS | frozenset(("on", "further"))
# Auxiliaries that agree with one number only ("Aides say Brody has raised $4 million but has
# not said whether": "has" is Brody's, not the aides').
_SINGULAR_AUXILIARIES = frozenset("has does is was hasn't doesn't isn't wasn't".split())
_PLURAL_AUXILIARIES = frozenset("have do are were haven't don't aren't weren't".split())


def _disagrees(auxiliary: str, text: str, earlier: CueMatch) -> bool:
    """Whether an auxiliary cannot agree with the source of the earlier cue: singular after a
    plural source (``Aides say``, ``the officials said``), plural after ``says``."""
    lowered = auxiliary.lower().replace("\u2019", "'")
    if lowered in _PLURAL_AUXILIARIES:
        return earlier.form.endswith("s") and _base_form(earlier.form[:-1])
    source = text[max(0, earlier.start - _CHARACTERS_PER_WORD * 2) : earlier.start].split()[-1:]
    return lowered in _SINGULAR_AUXILIARIES and (
        _base_form(earlier.form)
        or (
            # a plural common noun ("the aides said"; not "Reyes said")
            bool(source)
            and source[0].islower()
            and source[0].endswith("s")
            and not source[0].endswith(("ss", "us", "is", "'s", "\u2019s"))
        )
    )


def _coordinated_refusal(text: str, cue: CueMatch, earlier: CueMatch, floor: int) -> int | None:
    """Where the ``and`` or ``but`` before a negated cue of speaking starts when only
    auxiliaries and the negation stand between and the cue leaves a question or nothing unsaid
    (``... had opened an investigation but would not say when``, ``but did not explain.``): the
    subject of the earlier cue refuses to speak, so its report ends there; None otherwise
    (``welcomed the talks but would not accept any deal`` is still the clause's subject; ``the
    victim had survived but could not remember what`` is the victim's state; ``Aides say Brody
    has raised $4 million but has not said whether`` agrees with Brody)."""
    if cue.cue_class not in SAYING_CLASSES:
        return None
    closes = text[cue.end : cue.end + 1] in (".", ",", ";")
    if not closes and _next_word(text, cue.end) not in _REFUSED_QUESTIONS:
        return None
    words = list(_WORD.finditer(text, max(floor, cue.start - _LOOK_BACK), cue.start))
    auxiliaries = list(
        itertools.takewhile(
            lambda word: (
                word.group().lower() in _NEGATED_AUXILIARIES
                or word.group().lower().endswith(("n't", "n\u2019t"))
            ),
            reversed(words),
        )
    )
    if not auxiliaries or len(auxiliaries) == len(words) or not _negated(text, cue):
        return None
    coordinator = words[-len(auxiliaries) - 1]
    if (
        coordinator.group().lower() not in _COORDINATORS
        or text[coordinator.end() : auxiliaries[-1].start()] != " "
        or _disagrees(auxiliaries[-1].group(), text, earlier)
    ):
        return None
    return int(coordinator.start())


# An object relative clause right before a cue, with its subject ("a decision that
# property-rights groups hailed"). Audit: fixed words, then at most three possessive word runs,
# anchored at the window's end.
_OBJECT_RELATIVE_BEFORE_CUE = regex.compile(r"\b(?:that|which)(?:[ ][\p{L}'\u2019\-]++){1,3}+[ ]$")


# A full stop, question or exclamation mark ending a sentence. Audit: one class and a
# lookahead of one position.
_SENTENCE_STOP = regex.compile(r"[.!?](?=\s|\Z)")
_CLOSING_TAIL = 40  # the characters read after a cue for the end of its sentence


def _closes_its_sentence(text: str, offset: int) -> bool:
    """Whether a cue ending at ``offset`` closes its sentence, perhaps after a time (``...,
    two people familiar with the inquiry said on Tuesday.``)."""
    stop = _SENTENCE_STOP.search(text, offset, offset + _CLOSING_TAIL)
    return stop is not None and (stop.start() == offset or _only_a_time(text, offset, stop.start()))


# A person's noun inside a clause and the name set off after it, right before a cue ("after a
# tenant, Rosalind Mbeki, wrote"): the noun's appositive, whose closing comma opens no clause
# of its own; not after a comma (", a spokesman, John Roe, said": the source of a new
# attribution). Audit: fixed words and a fixed-length lookbehind, then bounded repetitions of
# possessive runs, anchored at the window's end; read in a window of _LOOK_BACK characters.
_APPOSITIVE_NAME_BEFORE = regex.compile(
    r"(?<![,;][ ])\b(?:a|an|the|his|her|their|its|one)[ ](?:\p{Ll}++[ ]){0,2}+\p{Ll}++,[ ]"
    r"(?:\p{Lu}[\p{L}'\u2019\-.]*+[ ]){0,3}+\p{Lu}[\p{L}'\u2019\-.]*+,$"
)


# A cue's infinitive left unsaid, with at most a pronoun for whom ("because her manager told
# her to.", "if asked to,"; the pronouns of _OBJECT_PRONOUNS and "it"). Audit: fixed words and
# characters, one optional group; _unsaid_infinitive bounds the window.
_UNSAID_INFINITIVE = regex.compile(
    rf"(?:[ ](?:{'|'.join(sorted(_OBJECT_PRONOUNS | {'it'}))}))?+"
    r"[ ]to(?=[.,;:!?\"\u201d\u2019])"
)
_UNSAID_INFINITIVE_CHARACTERS = len(" them to.")


def _unsaid_infinitive(text: str, cue: CueMatch) -> bool:
    """Whether a cue's infinitive is left unsaid right after it (``told her to.``)."""
    end = cue.end + _UNSAID_INFINITIVE_CHARACTERS
    return _UNSAID_INFINITIVE.match(text, cue.end, end) is not None


def _in_subject_relative(text: str, report_start: int, cue: CueMatch) -> bool:
    """Whether a later cue stands in, or right after, a relative clause set off by commas on a
    report's subject with no verb before it, so the report goes on past it with its own verb
    (``said that the levy, which critics argued was unfair, was ...``: ``argued`` reports inside
    it; ``said that Ruiz, who must sign the bill, has denied ...``: ``denied`` is its verb).
    PolNeAR train: the report goes on in 6 of 6 such sentences."""
    if cue.start - report_start > 2 * _RELATIVE_CHARACTERS:
        return False  # a subject and its relative read at most this far (linear work)
    opening = text.rfind(",", report_start, cue.start)
    if opening == -1:
        return False
    closing = _relative_aside_end(text, opening + 1, cue.start + _RELATIVE_CHARACTERS)
    if closing == -1:
        # the comma before the cue closes the relative: only auxiliaries and adverbs between
        between = text[opening + 1 : cue.start].lower().split()
        if not all(
            word in _PASSIVE_AUXILIARIES
            or word in MODALS
            or word.endswith("ly")
            or word in _PREDICATE_ADVERBS
            for word in between
        ):
            return False
        closing = opening
        opening = text.rfind(",", report_start, closing)
        if opening == -1 or _relative_aside_end(text, opening + 1, cue.start) != closing:
            return False
    elif closing < cue.end:
        return False
    return (
        not _has_clause(text, report_start, opening, that_counts=False)
        and not _holds_a_verb(text, report_start, opening)
        and _has_a_verb([_next_word(text, closing + 1)])  # (not "..., just as")
    )


# Words of time before a speech cue's -ing form that may open the speaker's next report
# ("before claiming that", "while adding, "...""); "without" denies it, "since" is rare.
_REPORTING_GERUND_LEADS = frozenset(("before", "after", "while"))
# A quotation opening soon after a cue, within its sentence. Audit: one bounded possessive run
# of a class, then one character; one position.
_QUOTATION_SOON = regex.compile(r"[^.;!?\n\"\u201c]{0,60}+[\"\u201c]")


def _gerund_reports_anew(text: str, cue: CueMatch, floor: int) -> bool:
    """Whether a speech cue's -ing form (the caller reads the ending) after ``before``,
    ``after`` or ``while`` takes a clause or a quotation of its own (``said X before claiming
    that Y``, ``insisted X while adding, "..."``): the speaker's next report, not part of the
    one before (PolNeAR train: 8 of 8 annotated contents stop before such a word; without
    ``that`` or a quotation the gerund may be the report's own, ``praised the timetable while
    saying it ...``). Not after a modal since ``floor`` (the earlier cue's end) or the last
    comma: a deed the report foresees or urges is the report's own, its doer the report's
    subject (``said officials should wait before claiming that``, ``said she would not comment
    before saying that``)."""
    lead = _words_before(text, cue.start, 1)
    if not (
        cue.cue_class is CueClass.SPEECH
        and lead
        and lead[0] in _REPORTING_GERUND_LEADS
        and text[cue.start - 1 - len(lead[0]) : cue.start - 1].lower() == lead[0]
        and (_clause_follows(text, cue.end) or _QUOTATION_SOON.match(text, cue.end) is not None)
    ):
        return False
    clause = max(floor, text.rfind(",", floor, cue.start) + 1)
    return not any(
        word in MODALS or word.endswith(("'d", "\u2019d", "'ll", "\u2019ll"))
        for word in text[clause : cue.start].lower().split()[:-1]
    )


def _adverbial_yet(before: str) -> bool:
    """Whether ``yet`` after the word ``before`` is the adverb of time, not the conjunction:
    after a negation or an auxiliary (``hadn't yet called for``, ``don't yet know``, ``has yet
    to``), where no clause of its own can open (PolNeAR train: the report goes on past 2 of 2
    such cues)."""
    lowered = before.lower().replace("\u2019", "'")
    return lowered.endswith("n't") or lowered in _NEGATIONS or lowered in FINITE_VERBS


def _new_attribution_start(
    text: str, cue: CueMatch, earlier: CueMatch, sentence_start: int, *, colons: bool = False
) -> int:
    """Where an earlier cue's clause ends when a later cue in the sentence starts an
    attribution of its own (``..., adding``, ``; he said``, ``and said``), -1 when the later cue
    sits inside it (``X said Y tells lies``, ``Later, he said, his aide warned him ...``): at
    the later cue, or at the conjunction that opens its clause with a subject of its own
    (``said the plan would fail and Kelsey said``: not "and Kelsey")."""
    if _unsaid_infinitive(text, cue):
        return -1  # "signed the forms only because her manager told her to.": no report
    floor = max(earlier.end, cue.start - _LOOK_BACK)
    if _in_subject_relative(text, earlier.end, cue):
        return -1  # "said that Ruiz, who must sign it, has denied it": the report's own verb
    before = text[max(floor, cue.start - 12) : cue.start].rstrip()
    if before.endswith((",", ";", "\u2014")):
        closing = text.rfind(",", floor, cue.start) + 1
        appositive = _APPOSITIVE_NAME_BEFORE.search(text, floor, closing)
        if appositive is not None:
            # "said it began after a tenant, Rosalind Mbeki, wrote to his office"; but after a
            # conjunction the subject of a new attribution ("said the plant would close and
            # her deputy, Tomas Ibarra, said"), which starts at the conjunction
            # (after "while" only a cue of speech: "while her opponent, Victor Hale, wants
            # to" goes on with the report, as below)
            joining = word_ending_at(text, appositive.start() - 1).lower()
            if joining in _COORDINATORS or (
                joining in _CONTRAST_SUBORDINATORS and cue.cue_class is not CueClass.THOUGHT
            ):
                return int(appositive.start()) - 1 - len(joining)
            return -1
        return cue.start
    colon = text.rfind(": ", floor, cue.start) if colons else -1  # (most sentences have none)
    if colon != -1 and not _has_words(text, colon, cue.start, _SUBJECT_REACH + 1):
        return cue.start  # "... are landing: 61 percent of older voters said": a clause of its own
    comma = max(text.rfind(",", floor, cue.start), text.rfind(";", floor, cue.start))
    while (
        comma > floor
        and text[comma] == ","
        and (_in_number(text, comma) or _in_quoted_phrase(text, earlier.end, comma, cue.start))
    ):
        # "the site cost £140,000 a year to maintain": a number's comma ends no clause, nor
        # does one inside a quoted phrase of the clause ('"right track, wrong track" questions')
        comma = max(text.rfind(",", floor, comma), text.rfind(";", floor, comma))
    if comma == earlier.end and _parenthetical(text, earlier, sentence_start):
        comma = -1  # "Later, he said, his aide warned him": the comma closes the earlier cue
    refusal = _coordinated_refusal(text, cue, earlier, floor)
    if refusal is not None:
        return refusal  # "confirmed that ... but would not say": the subject's own refusal
    if comma != -1 and text[comma + 1 : cue.start].strip().lower() == "to":
        return -1  # "had tried, even during the trial, to blame": the verb's complement
    between = text[comma + 1 : cue.start].lower().split() if comma != -1 else []
    if (
        between[1:2] == ["that"]
        and between[0] in ("and", "but")
        and len(between) > len(("and", "that"))  # not "and that means": "that" its subject
        and not _demonstrative_subject(text, after_that := text.find("that", comma) + len("that"))
        and not _determiner_that(text, after_that)
    ):
        # "said Estmark was ready, but that Vaskland had insisted on ...": a second clause of
        # the earlier cue's report, whose cues are inside it
        return -1
    if (
        between[:1] == ["that"]
        and len(between) > 1
        and not _demonstrative_subject(text, after_that := text.find("that", comma) + len("that"))
        and not _determiner_that(text, after_that)
    ):
        # "told the ambassador, Henrik Lundal, that Karsk wanted talks": the comma closes an
        # aside before the earlier cue's clause, whose cues are inside it
        return -1
    if (
        comma != -1
        and cue.form not in SAY_FORMS
        and _figures_contrasted(text, earlier.end, comma + 1)
    ):
        # "found that 58 percent blame both, while 21 percent blame ...": as well; but "...,
        # while 38 percent said they ...": the share's own report
        return -1
    if between and (
        all(word in MODALS for word in between)
        or (
            all(word in _PASSIVE_AUXILIARIES for word in between)
            and any(word in BE_FORMS or word == "been" for word in between)
        )
    ):
        # "that Owen Tasker, who limped off, was expected to": a passive that goes on with
        # the clause after an aside, with no subject of its own ("..., has said" has one);
        # "said her firm, Pell Law, would ask the court": a modal after an appositive
        return -1
    if (
        between[:1] == ["and"]
        and between[1:2] != []
        and between[1] in MODALS
        and between[1] in text[earlier.end : comma].lower().split()
        and all(word.endswith("ly") or word in _PREDICATE_ADVERBS for word in between[2:])
    ):
        # "said the committee would hold a hearing, and would ask the executives to testify",
        # "..., and would probably publish", "..., and would also seek": the report's modal
        # said again, its subject's
        # second predicate (not "and would not say", the speaker's refusal)
        return -1
    if (
        cue.form in read_words("clause_only_cues.tsv")
        and not _clause_follows(text, cue.end)
        and not _INNER_CLAUSE_OPENERS.isdisjoint(
            word.lower() for word in _WORD.findall(text, max(floor, comma + 1), cue.start)
        )
    ):
        # "warn that, if current trends continue, ...", "said ... while talks continue": the
        # verb of a condition or a time inside the clause, with no report of its own
        return -1
    if (
        comma != -1
        and text.startswith(",", earlier.end)
        and len(text[earlier.end + 1 : comma].split()) <= _SET_OFF_ADVERB_WORDS
        and between[-1:] != []
        and between[-1] in BE_FORMS
    ):
        # "Officials said, however, the rebels were believed to be regrouping": a passive in
        # the report after an adverb set off right after the earlier cue
        return -1
    if comma != -1 and _main_clause_after_fronted(text, earlier, comma, cue.start, cue.end):
        # "said, if chosen, she would urge the council to ...", "says despite the cold snap,
        # she hopes to sail ...": the comma closes a condition or a circumstance opening
        # the report, whose main clause follows with its own cues
        return -1
    if comma != -1 and not _has_words(text, comma, cue.start, _COORDINATED_SUBJECT + 1):
        return cue.start  # ", which he said", ", experts say": a short clause of its own
    if comma != -1 and _NAMED_SUBJECT.fullmatch(text, comma + 1, cue.start):
        return cue.start  # ", Republican nominee Victor Hale said": a named subject of its own
    if (
        comma != -1
        and _closes_its_sentence(text, cue.end)
        and _finite_cue(text, cue)  # (not "down 0.2 points from its last estimate.")
        and _next_word(text, comma + 1) not in _NO_SOURCE_OPENERS
        and not any(word in _FINITE_VERBS or word == "than" for word in between)
    ):
        # "Investigators believe X, two people familiar with the inquiry said.": a source of
        # any length closing the sentence ends the belief it reports
        return cue.start
    if cue.form[-3:] == "ing" and _gerund_reports_anew(text, cue, floor):  # (read first: few are)
        # 'said the levy had "saved the library" before claiming that ...': the speaker's next
        # report, the earlier one ends at its "before"
        return cue.start - 1 - len(_words_before(text, cue.start, 1)[0])
    words = list(_WORD.finditer(text, floor, cue.start))[-_SUBJECT_REACH:]
    last_break = max(text.rfind(",", floor, cue.start), text.rfind(";", floor, cue.start))
    for position in range(len(words) - 1, -1, -1):
        lowered = words[position].group().lower()
        if last_break >= words[position].end():
            return -1  # a comma or semicolon between the word and the cue
        if lowered in _CONTRAST_SUBORDINATORS:
            # "said X, while Y argued Z" is Y's; "said she left because she wanted Z" is hers;
            # "says Corvane kept the tips while denying them": no subject, the clause's own
            # (but after a comma or dash, "..., while chanting", the subject's own act)
            set_off = text[max(floor, words[position].start() - 3) : words[position].start()]
            own = cue.cue_class is not CueClass.THOUGHT and (
                position < len(words) - 1 or any(mark in set_off for mark in _OBJECT_BREAKS + "-")
            )
            return cue.start if own else -1
        if lowered == "yet" and position and _adverbial_yet(words[position - 1].group()):
            continue  # "said she hadn't yet called for ...": an adverb, no new clause
        if lowered in _COORDINATORS:
            subject = words[position + 1 :]
            if not subject:
                # "said she supports higher pay but fears the timeline": a present verb after
                # a past cue agrees with the report's present clause, whose subject goes on
                if _present_after_past(text, earlier, cue, int(words[position].start())):
                    return -1
                if cue.cue_class is not CueClass.SPEECH and _listed_predicates(
                    text, earlier.end, int(words[position].start())
                ):
                    # (a speech cue ends the list: "said the suspect was armed, had fled on
                    # foot and asked residents to stay indoors", a request the police made)
                    return -1
                if _bare_cue_shares_verb_group(text, earlier, cue, int(words[position].start())):
                    return -1  # "plans to leave the board and seek the mayoralty": the report's own
                return cue.start  # "... and said": the same subject, a new attribution
            if position and words[position - 1].group().lower() in PERSONAL_PRONOUNS:
                return -1  # "said he and Moreno promised": one subject of two people
            named = text[earlier.end : words[position].start()].split()
            named = named[1:] if named[:1] == ["that"] else named
            if (
                earlier.form.split()[0] in _SAYING_CUES
                and 0 < len(named) <= _COORDINATED_SUBJECT
                and all(word[:1].isupper() for word in named)
            ):
                return -1  # "said Kerr and Ortiz hope to be fit": a name, no report, before it
            if subject[-1].group().lower() == "to" and all(
                word.group()[:1].isupper() or word.group().lower() in _OBJECT_PRONOUNS
                for word in subject[:-1]
            ):
                # "would ask Osterberg and Marchbanks to testify": the earlier verb's objects
                # and their infinitive, no subject and verb of their own
                return -1
            first = subject[0].group()
            own = len(subject) <= _COORDINATED_SUBJECT and (
                first.lower() in _SUBJECT_PRONOUNS
                or first[:1].isupper()
                or first[:1].isdigit()
                # "a decision that groups hailed as a landmark and city officials warned could
                # stall redevelopment": a second relative clause, whose object is the noun's;
                # not one inside a report ("said the city ignored a report that its engineers
                # wrote and outside experts said was accurate", "injured a man witnesses said
                # was crossing"), which stays the report's
                or (
                    _next_word(text, cue.end) in _FINITE_VERBS
                    and _OBJECT_RELATIVE_BEFORE_CUE.search(
                        text, max(0, earlier.start - _LOOK_BACK), earlier.start
                    )
                    is not None
                )
                # "The mayor said the plan would cut costs but critics say it will raise
                # taxes": a contrast whose present cue after a past one is the writer's now,
                # with a clause of its own, not the report's
                or (
                    lowered == "but"
                    and _present_form(cue.form)
                    and _past_participle(earlier.form)
                    and _next_word(text, cue.end) in _SUBJECT_PRONOUNS | {"that"}
                    # (not "but would not accept": the earlier subject's verb group)
                    and not _holds_a_verb(text, int(subject[0].start()), cue.start)
                    and first.lower() not in _NEGATIONS
                )
            )
            return int(words[position].start()) if own else -1
    return -1


# Subordinators that open a report with a condition or a circumstance of its main clause ("said
# if the levy fails, the pool will close"); not a contrast ("admitted that while the server
# was no secret, he argued ...", PolNeAR train: 3 of 4 such reports end at the comma), but a
# cause ("said because the vote was close, her aides believed a recount was likely").
_FRONTED_IN_REPORT = (SUBORDINATORS - _CONTRAST_SUBORDINATORS - {"whereas"}) | {"because"}
_FRONTED_CHARACTERS = 150  # the longest such clause read from the cue to its comma


def _main_clause_after_fronted(
    text: str, earlier: CueMatch, comma: int, cue_start: int, cue_end: int
) -> bool:
    """Whether ``comma`` closes a subordinate clause opening the report of an earlier cue of
    saying or belief (after its ``that`` or comma), and a short subject of the report's main
    clause follows before the later cue (``said, if chosen, she would urge``, ``told the
    Gazette that despite the fuss, he didn't think``): the later cue is inside the report. Not
    after a question's cue (``Asked if the pool would close, Ruiz said``) nor another verb's
    time (``did not complain when prices rose, an official said``), nor before a source set
    off by a comma (``..., the mayor said, adding``)."""
    head = earlier.form.split()[0]
    if (
        head in ASK_FORMS
        or (head not in _SAYING_FORMS and earlier.cue_class is not CueClass.THOUGHT)
        or comma - earlier.end > _FRONTED_CHARACTERS
        # "..., a Chinese official said, adding", "..., her aides said.": a source
        or text[cue_end : cue_end + 1] in (",", ".")
    ):
        return False
    # (past "that", also after a recipient: "told the Gazette that despite ...")
    opening = [word.strip(",").lower() for word in text[earlier.end : comma].split()]
    opening = [word for word in opening[: _RECIPIENT_WORDS + 2] if word]
    if "that" in opening:
        opening = opening[opening.index("that") + 1 :]
    between = text[comma + 1 : cue_start].split()
    return (
        opening[:1] != []
        and opening[0] in _FRONTED_IN_REPORT
        and text.find(",", earlier.end + len(", "), comma) == -1
        and 0 < len(between) <= _COORDINATED_SUBJECT
        and (between[0].lower() in _SUBJECT_PRONOUNS or between[0].lower() in NOUN_DETERMINERS)
    )


def _listed_predicates(text: str, start: int, coordinator: int) -> bool:
    """Whether the report between ``start`` and ``coordinator`` is a clause whose predicates
    stand in a list, the last comma before the coordinator opening one with an auxiliary and
    no subject (``told the judge that her client had been sober for a year, had finished a
    treatment programme and wanted to speak to schools``): the cue after ``and`` ends the
    list, the report's own; not ``said the plan, approved in May, and left``."""
    comma = text.rfind(", ", start, coordinator)
    return (
        comma != -1
        and _next_word(text, comma + 1) in _FINITE_VERBS
        and _holds_a_verb(text, start, comma)
    )


# Present forms of "be", "have" and "do" a reported clause's third-person subject takes.
_THIRD_PERSON_PRESENT = frozenset("is has does".split())


def _bare_cue_shares_verb_group(
    text: str, earlier: CueMatch, cue: CueMatch, coordinator: int
) -> bool:
    """Whether a cue in its bare form right after ``and`` or ``or`` is a second verb under the
    infinitive's ``to`` in the report before it (``is planning to leave the board and
    seek the mayoralty``, ``asked the crowd to raise their hands and pledge their votes``), so
    it reports inside that report, not for the subject anew (``... and said``, ``... and
    urges``). PolNeAR train: where this reads, the report goes on 3 times of 3 (a fourth is
    unannotated). Not after a modal, where a bare form may be a plural's own present (``said
    they fear that X could ruin ... and want``), nor after a report whose own cue is a plural's
    present, which the bare cue parallels (``Parents want the bus to return and say the route
    is safe``)."""
    return (
        _bare_form(cue.form.split()[0])
        and text[coordinator : coordinator + 4].lower() in ("and ", "or ")
        and (earlier.form.endswith(" to") or _infinitive_report(text, earlier.end, coordinator))
        and not _plural_present_cue(text, earlier)
    )


def _bare_form(verb: str, *, pasts_alike: bool = False) -> bool:
    """Whether a verb reads as a bare form: no -ed, -ing or -s, no irregular past; with
    ``pasts_alike`` an irregular past counts, for after a modal or ``to`` a bare verb may look
    like one (``would cut``, ``to put``)."""
    return (
        not verb.endswith(("ed", "ing"))
        and (not verb.endswith("s") or verb.endswith("ss"))
        and (pasts_alike or verb not in IRREGULAR_PASTS)
        and verb not in _NO_BARE_VERBS
    )


def _plural_present_cue(text: str, cue: CueMatch) -> bool:
    """Whether a cue is a plural subject's present (``Parents want``, ``workers expect``): a
    bare form with no ``to`` or modal before it (not ``is going to ask``, ``will ask``)."""
    before = _words_before(text, cue.start, 1)
    return _bare_form(cue.form.split()[0]) and not (
        before and (before[-1] == "to" or before[-1] in MODALS)
    )


def _present_after_past(text: str, earlier: CueMatch, cue: CueMatch, coordinator: int) -> bool:
    """Whether a cue in -s after ``and`` or ``but`` goes on with the present clause a past cue
    reports, not with the past cue's subject (``said she supports higher pay but fears the
    timeline``, ``said the plan is sound and insists it will pass``): the report's verb is in
    the present too, after a pronoun or a form of "be" or "have"."""
    if not (
        cue.form.endswith("s")
        and _present_form(cue.form)
        and _past_participle(earlier.form.split()[-1])
    ):
        return False
    words = text[earlier.end : coordinator].lower().split()
    return any(
        word in _THIRD_PERSON_PRESENT
        or (word.endswith("s") and word.isalpha() and previous in _SUBJECT_PRONOUNS)
        for previous, word in itertools.pairwise(["", *words])
    )


# A speaker's name and a colon opening a paragraph: one to four capitalised words, after an
# optional quote mark (transcripts quoted whole) or a live blog's time stamp and its dash
# ("14:05 - Reyes:", "2:05 p.m. — Reyes:"), or a headline's role ending in lower-case words
# ("Port chief:", "County fire chief:"); a name in bold as text converted from a web page
# has it ("**Quenby:** No."; not "**A:**", which the interview rules do not read). Audit:
# possessive runs of disjoint classes, possessive optional fixed characters and a lookahead of
# two letters; the repetitions are bounded at three and two.
_LABEL = regex.compile(
    r"(?:\p{N}{1,2}+[:.]\p{N}{2}+(?:[ ]?+[ap]\.?+m\.?+)?+[ ]++[\-\u2013\u2014][ ]++)?+"
    r"[\"\u201c]?+(?:\*\*(?=\p{Lu}\p{L}))?+"
    r"(?P<label>\p{Lu}[\p{L}.'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}.'\u2019\-]*+){0,3}+"
    r"(?:[ ]\p{Ll}[\p{L}\-]*+){0,2}+):(?:\*\*)?+[ \u00a0\n]"
)


# A social-media handle ("@pamkeyNEN"), not an e-mail address. Audit: a look-behind of one
# character, then a fixed mark and one word character; one position.
_SOCIAL_HANDLE = regex.compile(r"(?<![\w.])@\w")


# Words opening a clause after a comma that is no source of its own (", which officials said"),
# or a phrase (", down 0.2 points from its last estimate").
_NO_SOURCE_OPENERS = (
    _CONTRAST_SUBORDINATORS
    | _COORDINATORS
    | _CONDITION_OPENERS
    | ADVERBIAL_STARTS
    | frozenset("which who that up down".split())
)


_SPACED_DASH = r"[ ](?:\u2014|\u2013|\u2015|--)[ ]"
# A spaced dash. Audit: fixed alternatives between literal spaces.
_DASH = regex.compile(_SPACED_DASH)
# A spaced dash or hyphen (_SPACED_DASH_OR_HYPHEN), read for the second of a pair that sets off
# an aside (see _clause_end). Audit: fixed alternatives between literal spaces.
_CLAUSE_DASH_MARK = regex.compile(_SPACED_DASH_OR_HYPHEN)
# Words after a spaced hyphen that go on with what comes before it (see _CLAUSE_END); not a
# concession, the writer's remark as after a long dash ("would borrow $20 million - though she
# did not say from whom").
_AFTER_HYPHEN_GOES_ON = (ADVERBIAL_STARTS - {"though", "although"}) | frozenset(
    ("and", "but", "or")
)
# A dash that opens a paragraph as a quotation mark does in European copy ("— We will not
# repeat that mistake."), before a capital. Audit: a fixed alternation, a space, one class.
_QUOTATION_DASH = regex.compile(r"(?:\u2014|\u2013|\u2015|--)[ ]\p{Lu}")
# The hearers' noise, in the writer's words ("to cries of", "amid jeers").
_CROWD_NOUNS = "cries|shouts|jeers|chants|cheers|boos|applause|laughter"
# The hearers' noise a quote is given as ("cries of", "chants of"). Audit: fixed words,
# anchored at the window's end.
_CROWD_NOISE = regex.compile(rf"\b(?:{_CROWD_NOUNS}|calls)[ ]of[ ]$", regex.IGNORECASE)
# "according to" and at most a determiner or an owner right before a quote: the quote names
# the source, a plan, a document or a book ('according to her "payback" plan', 'according to
# "Good Enough" by Marta Quill', "according to R. T. Alder's ''The Brokers''"). Audit:
# fixed words, then an optional determiner or at most four capitalised possessive runs ending
# in "'s", anchored at the window's end.
_SOURCE_BEFORE_QUOTE = regex.compile(
    r"\b[Aa]ccording[ ]to[ ]"
    r"(?:(?:the|a|an|his|her|its|their)[ ]"
    r"|(?:\p{Lu}[\p{L}.]*+[ ]){0,3}\p{Lu}\p{L}*+['\u2019]s[ ])?$"
)
_SOURCE_REACH = 60  # characters before a quote read for that source
# A verb after a bare noun: an auxiliary or an irregular past ("debris fell", "talks had").
# Audit: a trie of fixed words (see quotekit._patterns.trie_pattern).
_VERB_AFTER_A_NOUN = trie_pattern(
    sorted(IRREGULAR_PASTS | BE_FORMS | frozenset("had has have would could will".split()))
)
# Subjects that open a clause of their own after "but not", "but instead" ("but not everyone
# agreed", "but instead he stayed on").
_OWN_SUBJECTS = (
    "he|she|they|we|I|you|it|there|everyone|everybody|anyone|anybody|nobody|no[ ]one|someone"
    "|somebody"
)
_DETERMINER_WORDS = "|".join(sorted(NOUN_DETERMINERS))
# A verb after a noun or after the source's "but instead", a past or an auxiliary.
_PAST_OR_AUXILIARY = rf"(?:\p{{Ll}}++(?<=ed)|{_VERB_AFTER_A_NOUN})"
# Auxiliaries after a noun that make it a clause's subject ("but instead the council had"),
# and with "did", "does", "do" and "can" the inverted verb after "but not" ("but not once did
# she").
_AUXILIARY_WORDS = "had|has|have|was|were|is|are|would|could|will"
# Prepositions after which a past is a participle describing the noun before it ("the levees
# built in the 1950s", "the contracts signed by his predecessor").
_PARTICIPLE_PREPOSITIONS = "by|in|under|during|from|since|for|with"
# ", but also/not/rather/instead" that goes on with the speaker's contrast ("costly, but also
# unfair", "but not for rape", "but not until May", "but rather the way it was handled", "but
# also it's worse", a clause of the speaker's), not with a clause of the writer's: one with its
# own subject ("but not everyone in the delegation agreed", "but instead the council met in
# private"; after "not" or "rather" not a noun and its participle: "but not the levees built
# in the 1950s", "but rather the contracts signed by his predecessor"), inverted ("but not
# once did she name him"; not "but not until the council has a budget", the speaker's
# condition), the source's next deed ("but instead abstained", "but also cut the ribbon") or a
# clause after "instead of" or "rather than" ("but rather than lift the curfew, they extended
# it").
# Audit: fixed words, a trie of fixed words, possessive runs of letters and one bounded
# possessive run of characters in lookaheads, fixed-width lookbehinds of fixed words; one lazy
# repetition of at most three possessive word runs; one position per "but".
_WRITERS_CONTRAST = (
    rf"[ ](?:also(?![ ]{_PAST_OR_AUXILIARY}[ ](?:{_DETERMINER_WORDS})\b)"
    rf"|(?:not(?![ ](?!until\b)(?:\p{{Ll}}++[ ]){{1,3}}?(?:did|does|do|{_AUXILIARY_WORDS}|can)"
    rf"[ ](?:{_OWN_SUBJECTS}|{_DETERMINER_WORDS}|\p{{Lu}})\b)"
    r"|rather(?![ ]than[ ][^,.;]{1,60}+,)"
    rf"|instead(?![ ]{_PAST_OR_AUXILIARY}\b|[ ]of[ ][^,.;]{{1,60}}+,))"
    rf"(?:(?<=also|instead)(?![ ](?:{_OWN_SUBJECTS}|(?:{_DETERMINER_WORDS})[ ]\p{{Ll}}++[ ]"
    rf"{_PAST_OR_AUXILIARY})\b)"
    rf"|(?<=not|rather)(?![ ](?:{_OWN_SUBJECTS}|(?:{_DETERMINER_WORDS})[ ]\p{{Ll}}++[ ]"
    rf"(?:{_AUXILIARY_WORDS}|{_PAST_OR_AUXILIARY}(?![ ](?:{_PARTICIPLE_PREPOSITIONS})\b)))\b)))"
)


# What after an aside's closing comma ("said the plan, as has been reported, which ...") is
# the writer's: a relative, a conjunction, a phrase or a participle (see _CLAUSE_END). Audit:
# fixed words, a look-ahead of fixed words, one possessive run of letters.
_AFTER_AN_ASIDE = (
    r"who|whom|whose|which|where|when|while|but|or|and(?![ ]that)|in|on|at|after|before|during"
    r"|according|\p{Ll}++(?<=ing)"
)

# Where a reported clause ends inside its sentence: a relative, concessive or contrasting clause
# after a comma (which may stand inside a closing quote mark: 'a "disgrace," but'), a semicolon, or
# a spaced dash (unless a second dash closes an aside, or a conjunction after it goes on with the
# report: "for free - and if they stay, ...", or the speaker's condition: "would fall quickly once
# the source was found — if the company co-operated"). ``, and that`` goes on too; the hearers'
# noise after a comma is the writer's (", to cries of "Frit!" from the opposition"), and so is what
# the source left out of telling (", without giving figures"; but "balance the budget, without
# cutting services" is the claim). A place's ", where" clause is the writer's too ("revive its
# downtown, where a third of the storefronts sit empty"), but not one in the speaker's person or
# mood ("like a gym membership, where you're paying", "retaliatory tariffs, where other
# nations would rewrite their rules", "into a park, where children can play", "a new depot in
# Marlow, where it will hire 300 drivers") or a contrast ("cut taxes for the wealthy, where the new
# one helps families"), nor one right after a quotation's closing mark, where the place is the
# quoted words' own ('reminded him of "a field hospital," where nurses had no gloves'; PolNeAR
# train: of such clauses after a closing mark inside a content 5 go on, none ends it); see also
# _account_goes_on. So is the writer's word on what is usual
# (", as is standard after a shooting", ", as is customary", ", as is often the case").
# Audit: fixed alternatives after a literal comma or around a spaced dash or hyphen, some of
# them possessive runs of lower-case letters and a trie of fixed words, a few behind fixed-width
# look-behinds of a mark and a space; one lazy repetition of
# at most four possessive word runs, and possessive runs of at most 80 characters without a
# comma before fixed words (_AFTER_AN_ASIDE) or one possessive run of letters, in lookaheads.
_CLAUSE_END = regex.compile(
    r",[\"\u201d]?+(?=[ ](?:which|who|whom|whose|although|though|while|whereas"
    r"|(?<![\"\u201d][ ])(?<![\"\u201d],[ ])"
    r"where(?![ ](?:you|we|I)\b|[ ](?:he|she|it|they)[ ]will\b"
    r"|(?:[ ][\p{L}'\u2019\-]++){0,4}?[ ](?:would|could|might|may|can|should|must|one|ones|other"
    r"|others)\b)"
    r"|even[ ]though"
    r"|but(?![ ]that[ ](?:he|she|they|it|we|the|a|an|his|her|their|its|there|\p{Lu}|\p{N}"
    # ("but that several recent patients had no known link": a quantifier opens the subject)
    rf"|(?:{'|'.join(sorted(_PLURAL_QUANTIFIERS))})\b"
    # ("but that debris fell on a school": a bare noun and its verb)
    rf"|\p{{Ll}}++[ ]{_PAST_OR_AUXILIARY}\b)"
    # ("would support the bill, but only if it froze spending": the speaker's condition; but
    # "admitted it, but only after reporters showed him the logs" is the writer's remark;
    # "backs an exception for the mother's life, but not for rape", "not only X, but also Y":
    # the speaker's contrast, PolNeAR train 34 inside a content, 4 ending one; see
    # _WRITERS_CONTRAST for the clauses of the writer's that open so)
    r"|[ ]only[ ](?:if|as[ ]long[ ]as|on[ ]condition|provided)\b|" + _WRITERS_CONTRAST + ")"
    r"|as[ ](?:is|was)[ ](?:often[ ]|\p{Ll}++(?<=ly)[ ])?+(?:standard|customary|usual|routine"
    r"|typical|normal|common|required|the[ ](?:case|norm|custom|practice))"
    # ("..., when it comes to how many nurses staff the ward": a topic the claim is about, no
    # time of the writer's)
    r"|however|when(?![ ]it[ ]comes[ ]to\b)|despite|even[ ]as|meaning"
    # (", drawing boos from the crowd", ', sparking a row', ", prompting calls for": what the
    # words set off, the writer's; PolNeAR train: none of 26 after a comma inside a content)
    r"|drawing|sparking|prompting"
    # (", as have her rivals", ", as did the mayor": others who did the same, the writer's
    # comparison; PolNeAR train: 3 of 3 such clauses after a content end it, none inside one;
    # but ", as will doctors", ", as are limes" may be the speaker's, and one that a comma
    # closes before a lower-case word of the report is an aside the report goes on after: "said
    # the plan, as has been reported, would cost $2 billion", "said that teachers, as have
    # nurses, had waited too long"; not before the writer's relative, phrase, participle or
    # subordinate clause: ", as did the mayor, who spoke after him", ", as did Lund, since";
    # ", as reported by the Gazette" names the outlet that carried the words, no part of them)
    r"|as[ ]reported[ ]by\b"
    r"|as[ ](?:has|have|had)[ ]been\b(?![^,;.!?\n]{0,80}+,[ ](?!(?:" + _AFTER_AN_ASIDE + r")\b)"
    r"\p{Ll})"
    # (but after ", as did Lund," or ", as have nurses," a subordinate clause is the writer's
    # too: ", as did Lund, since the town could not pay"; not after a passive aside: "said the
    # plant, as has been reported, since cut 300 jobs")
    r"|as[ ](?:has|have|had|did)\b(?![ ]been\b)(?![^,;.!?\n]{0,80}+,[ ](?!(?:"
    + _AFTER_AN_ASIDE
    + r"|since|because|although|though|unless|even[ ](?:if|though)|so[ ]that)\b)\p{Ll})"
    # ("47 percent back him, compared with 39 percent in May": the writer's comparison; but
    # 'waterboarding is "peanuts," compared to what militants are doing' is what the quoted
    # judgment is measured against, the speaker's, also with the comma outside the marks:
    # '"pocket change", compared with')
    r"|(?<![\"\u201d][ ])(?<![\"\u201d],[ ])compared[ ](?:with|to)"
    r"|without[ ](?:giving|providing|offering|elaborating|specifying|saying|naming|citing"
    r"|explaining|disclosing|detailing|taking|going|answering|addressing|commenting"
    r"|discussing|identifying)"
    rf"|(?:to|amid)[ ](?:{_CROWD_NOUNS})"
    r"|and(?![ ]that))\b)"
    r"|;|(?<=\S)(?=" + _SPACED_DASH + r"(?!(?:and|but|or|if|unless)\b))"
    # (but a dash and "and" right after a quotation's closing mark, or its head noun, start the
    # writer's next clause: 'will "retrain" laid-off dockers - and the union has signed on',
    # 'misled by "outsiders" advising the fund - and the mayor agreed'; PolNeAR train: of the
    # records running on past it 5 contents end there, 1 goes on; a dash closing the pair still
    # sets off an aside; but not before what goes on with the report: "and that", "and whether",
    # a preposition, a quotation in its first three words, or a word or two to the sentence's
    # end: 'is "bold" - and expensive.', '"unfair" to renters - and to owners', '"misled" - and
    # that it would sue', '"lied" - and the mayor "knew it."'.
    # Audit: the look-behind reads a closing mark and at most three words, each a possessive run
    # of word characters; the look-ahead fixed words, then two possessive runs of a class and a
    # character)
    r"|(?<=[\"\u201d](?:[ ][\w'\u2019\-]++){0,3}+)(?=" + _SPACED_DASH_OR_HYPHEN + r"and"
    # (an aside after it, or the end of what is read: a later cue's report, "- and ask for")
    r"(?:,|[ ]?+\Z|[ ](?!(?:that|whether|if|to|for|with|from|by|of)\b)"
    r"[^\s.,;:!?\"\u201c]++[ ][^\s.,;:!?\"\u201c]++[ ][^\s.,;:!?\"\u201c]))"
    # (a spaced hyphen, the dash of copy set on typewriter keys, likewise; but not before an
    # adverbial's word, a participle or a quotation, which as often go on with the report's own
    # elaboration: "raised $4 million - most of it from small donors" ends the report, "said
    # the rally was peaceful - in contrast to last year's" and "- calling it "a farce"" do not;
    # PolNeAR train: the predictions it changes hold 57 right and 28 exact against 43 and 6
    # before; dev 6 and 1 against 5 and 2)
    rf"|(?<=\S)(?=[ ]-[ ](?!(?:{'|'.join(sorted(_AFTER_HYPHEN_GOES_ON))})\b"
    r"|\p{Ll}++(?<=ing)\b|[\"\u201c']))"
)


# A demonstrative and its "is", all that stands before "according to" ("That's
# according to a new poll", "And that's according to", "That is according to"). Audit: fixed
# words and characters; one position.
_DEMONSTRATIVE_IS = regex.compile(
    r"(?:(?i:and)[ ])?+(?P<word>(?i:that|this))(?:['\u2019]s|[ ](?:is|was))[ ]"
)
# A comma opening a non-restrictive relative clause. Audit: fixed words; one position.
_RELATIVE = regex.compile(r"[\"\u201d]?+[ ](?:who|which|whose|whom|where)\b")
# The longest relative clause read for its closing comma (PolNeAR train: one on a report's
# subject runs to 170 characters before the subject's verb; 150 cut it, 220 changes nothing else).
_RELATIVE_CHARACTERS = 220

# Who saw a document, set off after it ("a copy of the letter, seen by Northwire,"). Audit:
# fixed words.
_SEEN_BY = regex.compile(r"[ ](?:reviewed|obtained|seen|examined)[ ]by[ ]")


# A quote handing over to its cue: a comma, question or exclamation mark inside a closing mark
# (or a bare comma) right before the cue. Audit: fixed characters ending a short window.
_HANDED_OVER = regex.compile("(?:[,?!](?:[\"\u201d\u2019]|''?+)|,)[ ]*+$")


def _before_comma(text: str, comma: int) -> int:
    """Where a clause ends at ``comma``: after the closing mark the comma stands in, if any
    ('be "messy," adding'), so the quote keeps its mark."""
    return comma + 2 if text[comma + 1 : comma + 2] in _ALL_MARKS else comma


# ", and that" or ", but that": a report's second that-clause, or a demonstrative subject.
# Audit: fixed words; one position per comma.
_SECOND_THAT = regex.compile(r",[ ](?:and|but)[ ]that\b")


# A round bracket. Audit: one character class; one position.
_ROUND_BRACKET = regex.compile(r"[()]")
_ASIDE_CHARACTERS = 200  # the longest report in a bracketed aside read for its closing bracket


def _aside_end(text: str, floor: int, cue_start: int, start: int, end: int) -> int:
    """Where a report from ``start`` ends when its cue stands in a bracketed aside opened after
    ``floor``: at the closing bracket (``Haldor Bay (which officials said was contaminated) and
    two farms``), past brackets opened inside it (``(Reyes said the fares (now $4) would not
    change.)``); ``end`` otherwise."""
    opening = text.rfind("(", floor, cue_start)
    if opening == -1 or ")" in text[opening:cue_start]:
        return end
    depth = 0
    for bracket in _ROUND_BRACKET.finditer(text, start, min(end, start + _ASIDE_CHARACTERS)):
        if bracket.group() == "(":
            depth += 1
        elif not depth:
            return int(bracket.start())
        else:
            depth -= 1
    return end


def _joins_words(text: str, start: int, mark: int) -> bool:
    """Whether the dash mark at ``mark`` is a spaced hyphen joining two words, not ending a
    clause: names (``the Harlow - Benton line``), a score or a range of figures or dates
    (``won 3 - 1``, ``25 - 30 degrees``, ``7 a.m. - 8 p.m.``, ``the Jan. 3 - Feb. 10
    session``)."""
    if not text.startswith(" - ", mark):
        return False
    after = mark + len(" - ")
    following = text[after : after + 2].lstrip("$")[:1]  # ("$4 - $5")
    before = _last_word(text, start, mark)[:1]
    if before.isdigit():  # (a date's month, not "turnout was 4,000 - Wrenford's largest")
        month = _next_word(text, after)
        return following.isdigit() or month in MONTHS or month in MONTH_ABBREVIATIONS
    return following.isdigit() or (following.isupper() and before.isupper())


def _dash_marks(text: str, start: int, begin: int, end: int) -> Iterator[int]:
    """Where the spaced dashes and the spaced hyphens read as dashes stand between ``begin``
    and ``end`` in a clause from ``start`` (not ``the Harlow - Benton line``, ``won 3 - 1``)."""
    for mark in _CLAUSE_DASH_MARK.finditer(text, begin, end):
        if not _joins_words(text, start, mark.start()):
            yield int(mark.start())


def _clause_end(text: str, start: int, end: int) -> int:
    """Where a reported clause from ``start`` ends before ``end``: at the first clause
    boundary outside quote marks, since a quotation mixed into the clause may hold its own
    ``, but``. A closing mark the boundary's comma stands in stays with the clause."""
    quotes = _QuoteState(text, start)
    for second in _SECOND_THAT.finditer(text, start, end):
        if _determiner_that(text, second.end()) and not quotes.inside(second.start()):
            # "said the mine would close, but that decision was not final": "that" the
            # determiner of the writer's subject, no second clause of the report
            end = second.start() + 1
            break
    dashes = 0  # the dashes read, also those that end nothing ("- and", "- rebuking")
    read = start
    for boundary in _CLAUSE_END.finditer(text, start, end):
        cut = int(boundary.end() if boundary.group() != ";" else boundary.start())
        if not boundary.group():
            mark = _CLAUSE_DASH_MARK.match(text, cut, end)
            closing = cut + 1 if mark is None else int(mark.end())
            dashes += sum(1 for _ in _dash_marks(text, start, read, closing))
            read = closing
            if _joins_words(text, start, cut):
                continue  # "the Harlow - Benton line", "won 3 - 1": a hyphen joining words
            if dashes % 2 == 0 or next(_dash_marks(text, start, read, end), -1) != -1:
                # "the plan - drafted in May - was", "spoke emphatically - rebuking him
                # by name - that": a pair of dashes sets off an aside
                continue
        if (
            not quotes.inside(cut)
            and not _account_goes_on(text, start, cut)
            and not _embedded_relative(text, cut, end)
            and not _concessive_aside(text, cut, end)
            and not _subject_aside(text, start, cut, end)
            and not _figure_goes_on(text, cut, end)
            and not _comparison_goes_on(text, start, cut)
            and not _bare_verb_goes_on(text, start, cut, end)
            and not _second_predicate_goes_on(text, start, cut, end)
            and not _figures_contrasted(text, start, cut)
            and not _states_contrasted(text, start, cut, end)
            and not _list_goes_on(text, start, int(boundary.start()), cut)
        ):
            return cut
    return end


_SECOND_SUBJECT_WORDS = 4  # words after "and" read for a subject and its auxiliary
# Double marks read as spaces and a curly apostrophe as a straight one, for the words of a
# clause holding a quotation (a curly "didn't" inside the marks reads as one).
_PLAIN_MARKS = MappingProxyType(
    str.maketrans({'"': " ", "\u201c": " ", "\u201d": " ", "\u2019": "'"})
)
_WORD_EDGES = ',.;:!?"\u201c\u201d'  # stripped from a word before it is looked up as a cue


# Auxiliaries of the present after a cue in the past ('said the plan was "dead," and the council
# will vote Tuesday', 'and the state has closed it'): the tense the report is not shifted to, so
# the writer's own fact of the present; and words of a later time ('were laid off the next day'),
# the writer's account of what followed.
_PRESENT_AUXILIARIES = frozenset("will has have is are am can may shall does do".split())
_LATER_TIME_WORDS = frozenset("later next since afterward afterwards subsequently".split())


def _second_clause_after_quote(
    text: str, start: int, cut: int, limit: int, cues: Mapping[str, CueClass], *, past: bool
) -> int:
    """Where a clause a verb of saying reports ends when it was cut at ``," and`` (the comma
    inside the quotation's closing mark) before a second clause with a subject of its own that
    no personal pronoun opens and an auxiliary soon after it: past that clause, the report's
    too (``said the port had met the storm season with "quiet confidence," and the insurers
    were now cutting premiums``), as the writer paraphrases on after the quoted words; not
    after a phrase with no verb (``called the levy a "cash grab," and the council has since
    dropped it``), nor a clause of the
    speaker's own (``, and he said``) or another cue's. PolNeAR train: reports after a verb of
    saying cut so, 3 contents go on past it, none stops there; after ``, and`` outside a
    quotation such clauses go on 33 times and stop 44, so they still end a report."""
    if text[cut - 2 : cut] not in (',"', ",\u201d") or not text.startswith(" and ", cut):
        return cut
    after = cut + len(" and")
    words = [word.strip(",.;:!?") for word in text[after:limit].split()[:_SECOND_SUBJECT_WORDS]]
    first = words[0].lower() if words else ""
    if (
        len(words) < 2
        or first in PERSONAL_PRONOUNS
        # (", and then it was over", ", and when the vote came, it was": the writer's next
        # event or a clause of time, no subject)
        or first in _SECOND_PREDICATE_ADVERBS
        or first in ADVERBIAL_STARTS
        or first.endswith("ly")
        or _FINITE_VERBS.isdisjoint(word.lower() for word in words[1:])
    ):
        return cut
    clause = text[start:cut].translate(_PLAIN_MARKS)
    if not _has_clause(clause, 0, len(clause), that_counts=False, it_counts=False):
        return cut  # 'called the levy a "cash grab," and the council has ...': no clause
    further = _clause_end(text, after, limit)
    carried = [word.strip(_WORD_EDGES).lower() for word in text[after:further].split()]
    if any(word in cues for word in carried):
        return cut  # ', and the mayor has said that ...': a report of its own
    auxiliary = next((word.lower() for word in words[1:] if word.lower() in _FINITE_VERBS), "")
    if past and (auxiliary in _PRESENT_AUXILIARIES or not _LATER_TIME_WORDS.isdisjoint(carried)):
        return cut  # 'said the plan was "dead," and the council will vote Tuesday': the writer's
    return further


# The words that carry a statement on past its quotation's comma to a cue closing the sentence
# (see carried_past_comma): coordinators, subordinators of reason, condition and concession, and
# the openings of a comparison, the speaker's measure (as '"peanuts," compared to' is).
_CARRIED_PAST_COMMA_OPENERS = tuple(
    tuple(opener.split())
    for opener in (
        "and",
        "but",
        "yet",
        "so",
        "because",
        "if",
        "unless",
        "although",
        "though",
        "unlike",
        "in contrast",
        "in sharp contrast",
        "in stark contrast",
        "in comparison",
    )
)


_LIST_ITEM_WORDS = 4  # "Ben Carson", "information officer Sean Smith": the longest item read
_LAST_ITEM_VERB_WORDS = 4  # words after a list's "and" read for a verb of a new clause


def _list_goes_on(text: str, start: int, comma: int, cut: int) -> bool:
    """Whether ``, and`` after ``comma`` joins the last item of a list the clause from
    ``start`` is naming, set off by a serial comma (``said the plan would hurt farmers,
    ranchers, and small grocers``): the item before the comma is short, has no verb and
    follows a comma of the clause, and no verb comes soon after ``and`` unless the list is the
    clause's subject; not a second clause (``said the line was closed in 2019, 2020, and the
    city never reopened it``) nor after an aside (``..., as planned, and``)."""
    if not text.startswith(" and ", cut):
        return False
    previous = text.rfind(",", max(start, comma - _LIST_ITEM_WORDS * _CHARACTERS_PER_WORD), comma)
    if previous == -1 or _in_number(text, previous):
        return False
    item = text[previous + 1 : comma].lower().split()
    after = cut + len(" and ")
    following = text[after : after + _LAST_ITEM_VERB_WORDS * _CHARACTERS_PER_WORD].lower().split()
    return (
        0 < len(item) <= _LIST_ITEM_WORDS
        # (not past the list's last item: "visited Wrenford, Marlow, and Benton, and the mayor
        # joined her" ends at "Benton")
        and item[0] not in ADVERBIAL_STARTS
        and item[0] not in ("and", "or")
        and not _has_a_verb(item)
        # (a verb soon after "and" opens a clause of its own, unless the list opens the clause,
        # its subject: "said the town's parks, pools, and libraries would reopen"; not "denied
        # any role in the 2019 floods, and the council has ...", an object, nor "would meet
        # Ruiz, Velez, and Ferris will join them", a verb before the list)
        and (
            not _has_a_verb(following[:_LAST_ITEM_VERB_WORDS])
            or not (
                _has_words(text, start, previous, _LIST_ITEM_WORDS + 1)
                or _holds_a_verb(text, start, previous)
            )
        )
    )


# The marks that may open a double-quoted stretch, read for a quotation inside a clause.
_DOUBLE_OPENERS = _DOUBLE_OPEN | {_STRAIGHT}


def _rest_end(text: str, start: int, end: int, cues: Mapping[str, CueClass]) -> int:
    """Where the rest of a statement that a parenthetical cue interrupts ends: as a reported
    clause, but past ``, and``, since the source vouches for the sentence around its cue
    (``The new bridge, the mayor said, will cost $40 million, and it will take three years``);
    not past a quotation or a cue after it, which may be a record of its own (``..., and most
    don't expect him to``), nor into the writer's own account (see ``_writers_account``), nor
    further than a cue reads (a megabyte sentence stays linear)."""
    cut = _clause_end(text, start, end)
    limit = min(end, start + _CLAUSE_CHARACTERS)
    while cut < limit and text.startswith(" and ", cut):
        further = _clause_end(text, cut + len(" and"), limit)
        words = [word.strip(",.;:!?").lower() for word in text[cut + len(" and") : further].split()]
        if (
            not _DOUBLE_OPENERS.isdisjoint(text[cut:further])
            or any(word in cues for word in words)
            or _writers_account(text[start:cut].lower().split(), words)
        ):
            break
        cut = further
    return cut


_ACCOUNT_VERB_REACH = 4  # words of a new subject and its verb: "and Harlow's mayor has"


def _writers_account(first: list[str], clause: list[str]) -> bool:
    """Whether a clause after ``, and`` is the writer's account of what came after what the
    source says will be: a subject of its own, no pronoun taking up the report's, with a past
    or perfect verb, after a first piece whose verb is no past (``The merger, the company
    said, will be completed by March, and its shares rose 3 percent``, ``..., and Harlow's
    mayor has called the decision a betrayal``; not ``..., and it will take three years``, nor
    an auxiliary with no subject of its own: ``..., and has passed every inspection``, the first
    piece's second predicate)."""
    verbs = [word for word in first if word not in _PREDICATE_ADVERBS and not word.endswith("ly")]
    return (
        bool(verbs)
        and not _past_participle(verbs[0])  # (past its adverbs: "also needed repairs")
        and verbs[0] not in PERFECT_AUXILIARIES
        and bool(clause)
        and clause[0] not in _SUBJECT_PRONOUNS
        and clause[0] not in PERFECT_AUXILIARIES
        and clause[0] not in MODALS
        and any(
            _past_participle(word) or word in PERFECT_AUXILIARIES
            for word in clause[1:_ACCOUNT_VERB_REACH]
        )
    )


# ", where" and a pronoun going on with a report's account. Audit: fixed words; one position.
_WHERE_PRONOUN = regex.compile(r"[ ]where[ ](?:he|she|it|they)\b")
# A destination closing a clause: "to" or "into" and at most five words ("to a farm outside
# Colby"). Audit: fixed words, then a bounded possessive repetition of possessive runs,
# anchored at the window's end.
_DESTINATION = regex.compile(r"\b(?:to|into)(?:[ ][^\s,]++){1,5}+$")


# ", when" and a subject, not a participle ("when asked"). Audit: fixed words, a possessive run
# of letters in a lookahead; one position.
_WHEN_SUBJECT = regex.compile(r"[ ]when[ ](?!\p{Ll}++(?<=ed)\b|reached\b)")
# A time a preposition names closing a clause: "during the pandemic", "after a storm", at most
# five words. Audit: fixed words, then a bounded possessive repetition of possessive runs,
# anchored at the window's end.
_TIME_PHRASE = regex.compile(r"\b(?:during|after|before|since|until|in)(?:[ ][^\s,]++){1,5}+$")


def _account_goes_on(text: str, start: int, position: int) -> bool:
    """Whether a relative clause at ``position`` goes on with the speaker's account of what the
    report just named: ``, where`` and a pronoun after a destination (``the wounded man was
    taken to St. Anne's Hospital, where he died``; not ``in Delmont, where she once served as
    mayor``, the writer's word on the place), or ``, when`` and a subject after a time
    (``the decline began during the pandemic, when many appointments were cancelled``; not
    ``, when asked``, the writer's word on when it was said)."""
    before = max(start, position - _LOOK_BACK)
    return any(
        opener.match(text, position) is not None
        and named.search(text, before, position - 1) is not None
        for opener, named in ((_WHERE_PRONOUN, _DESTINATION), (_WHEN_SUBJECT, _TIME_PHRASE))
    )


# ", and" before a figure, maybe of a measure named with it: "growth of 1.3 per cent this year,
# and 1.8 per cent next year", "growth of 2.1 percent, and inflation of 3 percent". Audit: fixed
# words, an optional possessive run of letters and a fixed word, an optional currency sign and
# a digit; one position.
_AND_FIGURE = regex.compile(r"[ ]and[ ](?:\p{Ll}++[ ](?:of|at)[ ])?+[$\u00a3\u20ac]?+\p{N}")


def _figure_goes_on(text: str, comma_end: int, end: int) -> bool:
    """Whether ``, and`` after a comma goes on with a list of figures, with no verb to the end
    (``said growth would reach 1.3 per cent this year, up from 1.1 per cent, and 1.8 per cent
    next year``): no second clause, so the report's own; not ``, and 30 officers arrived``,
    ``, and 14 days later she resigned``."""
    return (
        _AND_FIGURE.match(text, comma_end, end) is not None
        and not _holds_a_verb(text, comma_end, end)
        and _SUBJECT_PRONOUNS.isdisjoint(text[comma_end:end].lower().split())
    )


# A share of a whole, as polls and surveys give it ("21 percent", "9.5%", "one in five", "4 in
# 10", "449 of the party insiders"); a count ("30 witnesses", "5,000 jobs") is no share. Audit:
# a word boundary, so a try starts only at a word's start, then possessive runs of digits or
# letters between fixed words or number words from a fixed list.
_SHARE = (
    r"\b(?:\p{N}[\p{N}.]*+(?:[ ]percent\b|%)|\p{L}++[ ]percent\b|\p{N}++[ ]of[ ]the\b"
    r"|(?:\p{N}++|one|two|three|four|five|six|seven|eight|nine)[ ]in[ ](?:\p{N}++|three|four"
    r"|five|six|seven|eight|nine|ten)\b)"
)
# A share anywhere in a report. Audit: see _SHARE; one search.
_A_SHARE = regex.compile(_SHARE, regex.IGNORECASE)
# "while" or "whereas" and a share, after at most one word that qualifies it ("while only 21
# percent", "whereas about 4 in 10", "while one in five"), or a number that is the subject of
# the verb after it, the rest of the same whole ("while only 23 support Ruiz"; but "while 30
# witnesses said": a count of others). Audit: fixed words, an optional possessive run of
# letters tried once with and once without, then a share (see _SHARE) or a possessive run of
# digits and one of letters not closed by a single "s"; one position.
_SHARE_CONTRASTED = regex.compile(
    rf"[ ](?:while|whereas)[ ](?:\p{{Ll}}++[ ])?(?:{_SHARE}|\p{{N}}++[ ]\p{{Ll}}++(?<![^s]s)\b)"
)


# The people a poll's figure counts, as a share or a part of a whole ("47 percent", "one in
# five", "almost half", "a majority", "most" but not a superlative's: "Most residents", not "the
# most senior official"), a fraction ("a third of", "two-thirds of") or "three out of four".
# Audit: see _SHARE; then fixed words after a word boundary, a fixed-width lookbehind, a class
# of one character; one position each.
_SHARE_OF_PEOPLE = regex.compile(
    _SHARE
    + r"|\b(?:half|majority|plurality)\b|(?<!\bthe[ ])\bmost\b"
    + r"|\b(?:a|one|two|three|four)[ \-](?:thirds?|quarters?|fifths?)\b"
    + r"|\b(?:\p{N}++|one|two|three|four|five|six|seven|eight|nine)[ ]out[ ]of[ ]"
    + r"(?:\p{N}++|three|four|five|six|seven|eight|nine|ten)\b",
    regex.IGNORECASE,
)
_SAYERS_REACH = 120  # characters read back from a report's start for the share that said it


def _comparison_goes_on(text: str, start: int, position: int) -> bool:
    """Whether ``, compared with`` at ``position`` (after its comma) measures what the report
    from ``start`` holds against another figure, the source's own comparison (``found that 66
    percent view him unfavourably, compared with 48 percent who ...``, ``noted that the show
    lasted two years, compared to five for its rivals``), not the share of people who said it
    against another share, the writer's breakdown of a poll (``Just 28 percent of voters said
    they trusted her, compared with 33 percent last month``). PolNeAR train, the reports
    quotekit ended there: after a share of people who said it, 9 of 10 end there; after other
    sources, 3 of 4 go on."""
    if not text.startswith(" compared ", position):
        return False
    before = max(0, start - _SAYERS_REACH)
    sentence = max(text.rfind(". ", before, start), text.rfind("\n", before, start), before)
    return _SHARE_OF_PEOPLE.search(text, sentence, start) is None


# A figure that a comparison measures against ("compared with 11%", "compared to about
# $900"). Audit: fixed words, optional fixed words, an optional currency sign, a digit; one
# position.
_FIGURE_COMPARED = regex.compile(
    r"[ ]compared[ ](?:with|to)[ ](?:(?:just|only|about|nearly|almost)[ ])?+[$\u00a3\u20ac]?+\p{N}"
)


def _figures_compared(text: str, start: int, position: int) -> bool:
    """Whether ``, compared with`` at ``position``, after a naming verb's quotation, sets a
    figure of the report from ``start`` against another figure (``rated 32% of the claims
    "false," compared to 11% of ...``; PolNeAR's content takes the comparison), not the
    writer's word on how others judged (``called the offer "an insult," compared with the
    warm welcome it got from the union``)."""
    return (
        _FIGURE_COMPARED.match(text, position) is not None
        and any(character.isdigit() for character in text[start:position])
        and _comparison_goes_on(text, start, position)
    )


def _figures_contrasted(text: str, start: int, position: int) -> bool:
    """Whether ``while`` at ``position`` (after its space) sets a share against one the report
    from ``start`` holds (``found that 58 percent of Americans blame both parties, while 21
    percent blame mostly Republicans``): the rest of the finding, not the writer's contrast
    (``said they would vote for him, while 9 percent ...``: the report holds no share; ``said
    12 people were arrested, while 30 witnesses said ...``: counts, each with a source)."""
    return (
        _SHARE_CONTRASTED.match(text, position) is not None
        and _A_SHARE.search(text, start, position) is not None
    )


# Adjectives of a stance after "be" in a contrast, the writer's account of others' response to the
# report, as is a negation ("while
# a spokesman could not be reached", "while the union would not comment", "while engineers were
# more cautious", "while her deputy was opposed", "while critics were quick to call it").
_RESPONSE_STANCES = frozenset(
    """cautious skeptical sceptical opposed unconvinced critical wary doubtful certain sure
    confident quick silent unavailable reluctant""".split()
)
# "while" or "whereas", a subject of at most five words, then a modal or a form of "be" that no
# participle in -ing, negation or stance follows ("while the bridge would pay for itself",
# "while rural voters were split"). Audit: fixed words, one lazy repetition of at most five
# possessive runs of characters without a space or a mark, fixed words and a look-ahead of one
# possessive run of letters or fixed words; one position per comma.
_STATE_CONTRASTED = regex.compile(
    r"[ ](?:while|whereas)[ ](?P<subject>(?:[^\s,;:!?]++[ ]){1,5}?)"
    r"(?:will|would|can|could|should|may|might|must|is|are|was|were)[ ](?!\p{Ll}++(?<=ing)\b"
    rf"|(?:not|never)\b|(?:(?:{'|'.join(sorted(_DEGREE_WORDS))})[ ])?(?:"
    + "|".join(sorted(_RESPONSE_STANCES))
    + r")\b)"
)


def _states_contrasted(text: str, start: int, comma_end: int, end: int) -> bool:
    """Whether ``while`` or ``whereas`` after a comma sets a state or a prospect against the
    report's, in a modal or ``be`` after a subject with no verb of its own (``said the ferry
    would run at a loss, while the bridge would pay for itself``, ``found that older voters
    backed the levy, while younger ones were split``): the speaker's comparison, the report's
    own; not the writer's account of what others did (``while her rival has soared``, ``while
    22 percent said they might``), nor the subject's own deed (``while acknowledging that
    this will be hard``, ``while Ruiz is arguing``), nor a time after an object (``praised the
    crew, while the mayor was away``). PolNeAR train: 7 of 7 such contrasts go on with the
    content."""
    contrast = _STATE_CONTRASTED.match(text, comma_end, end)
    if contrast is None or not _holds_a_verb(text, start, comma_end):
        return False  # (not after an object: "praised the crew, while the mayor was away")
    subject = contrast.group("subject").lower().split()
    return not _has_a_verb(subject) and not any(
        word.endswith("ing") or word == "that" for word in subject
    )


# Lower-case words that open no bare verb phrase after ", and": determiners and quantifiers of
# a new subject ("and both sides"), pronouns, prepositions, negations, question words, verbs.
_NO_BARE_VERBS = (
    _OBJECT_OPENINGS
    | _SUBJECT_PRONOUNS
    | ADVERBIAL_STARTS
    | _SOURCE_DETERMINERS
    | QUESTION_WORDS
    | _NEGATIONS
    | IRREGULAR_PASTS
    | _FINITE_VERBS
    | _COORDINATORS
    | frozenset("both all each every most".split())
)
# ", and" and a lower-case word: the verb a second predicate may open. Audit: fixed words,
# then a possessive run of lower-case letters; one position.
_AND_WORD = regex.compile(r"[ ]and[ ](\p{Ll}++)\b")


def _infinitive_report(text: str, start: int, end: int) -> bool:
    """Whether a report holds an infinitive's ``to`` before a lower-case verb, which a bare verb
    after ``and`` may share (``to withdraw from the race and seek``)."""
    return any(
        word.lower() == "to"
        and following.lstrip('"\u201c')[:1].islower()
        and following.lstrip('"\u201c') not in _OBJECT_OPENINGS
        for word, following in itertools.pairwise(text[start:end].split())
    )


# Adverbs between ", and" or ", but" and a second predicate's verb ("but still protecting",
# "and then would continue", "but never compromise").
_SECOND_PREDICATE_ADVERBS = _ADVERBS_BEFORE_BE | frozenset(("then", "only", "now", "later"))
_SECOND_PREDICATE_WORDS = 4  # adverbs and a verb read after ", and" or ", but"
# Adverbs that set a past verb after them as the writer's next event ("and then took
# questions", "but later changed his story"), not a second predicate of the report.
_NEXT_EVENT_ADVERBS = frozenset(("then", "later"))
# "do" as an auxiliary: after ", but" the writer's word on what the source did not do ("but did
# not apologize", "but didn't return calls"; PolNeAR train: no content goes on past one).
_DO_AUXILIARIES = frozenset(("do", "does", "did"))
_DO_SUPPORT = _DO_AUXILIARIES | frozenset(word + "n't" for word in _DO_AUXILIARIES)


@functools.cache
def _saying_verbs() -> frozenset[str]:
    """The one-word cues of speech and writing in ``data/cues.tsv`` and the naming verbs, whose
    act after ``, and`` is the speaker's own (``, and urged``, ``, and called him``), but not
    ``continue``, which carries on the verb it governs (``and then would continue to ...``)."""
    saying = frozenset(
        row[0].lower() for row in read_table("cues.tsv") if CueClass(row[1]) in SAYING_CLASSES
    )
    return (saying | read_words("naming_cues.tsv")) - {"continue"}


def _bare_past(word: str) -> bool:
    """Whether a lower-case word is a past form with no auxiliary (``required``, ``took``)."""
    return word in IRREGULAR_PASTS or (
        word.endswith("ed")
        and len(word) > len("need")
        and word not in read_words("nouns_in_ed.tsv")
    )


def _closes_predicate_list(text: str, start: int, comma_end: int) -> bool:
    """Whether the comma before ``comma_end`` closes the middle item of a list of the reported
    subject's predicates, an item opened by a past form (``had cut spending, raised fees, and
    then borrowed``), so what follows ``, and`` is the list's last predicate."""
    comma = comma_end - 1
    previous = text.rfind(",", start, comma)
    item = text[previous + 1 : comma].split() if previous != -1 else []
    return bool(item) and _bare_past(item[0])


def _second_predicate_goes_on(text: str, start: int, comma_end: int, end: int) -> bool:
    """Whether ``, and`` or ``, but`` after a reported clause goes on with a finite verb that
    has no subject of its own, the reported subject's second predicate (``said the process was
    fair, but required candidates to ...``, ``said she got a scholarship, but couldn't
    afford ...``); not a cue or a naming verb (``, and urged``, ``, but said``, ``, and
    called him``), the speaker's own act, nor a verb before ``that`` (``, but agreed that``),
    which opens a report of its own. PolNeAR train, reports after a speech cue that ended
    there: before such a verb 13 contents go on and 3 stop; before a cue 3 go on and 8 stop."""
    words = [word.strip(",.;:!?") for word in text[comma_end:end].lower().split()]
    words = words[: _SECOND_PREDICATE_WORDS + 2]
    if (
        len(words) < 2
        or words[0] not in ("and", "but")
        or not _holds_a_verb(text, start, comma_end)
    ):
        return False
    rest = words[1:]
    if words[0] == "but" and rest[0] == "also":
        return False  # "but also cut the ribbon": the source's next deed (_WRITERS_CONTRAST)
    adverbs = set()
    while rest and (rest[0] in _SECOND_PREDICATE_ADVERBS or rest[0].endswith("ly")):
        adverbs.add(rest[0])
        rest = rest[1:]
    if not rest:
        return False
    verb = rest[0].replace("\u2019", "'")
    if verb in _DO_SUPPORT:
        return False  # "but did not apologize", "but didn't return calls": the writer's word
    finite = verb in _FINITE_VERBS or verb.endswith("n't")
    if not finite and (
        not _bare_past(verb)
        or (
            not _closes_predicate_list(text, start, comma_end)
            and (
                # ("and then took questions", "but later changed his story": the writer's
                # next event)
                not adverbs.isdisjoint(_NEXT_EVENT_ADVERBS)
                # ("and left the room", "and voted for it": the speaker's own deed)
                or verb in read_words("speaker_acts.tsv")
            )
        )
    ):
        return False
    following = [word for word in rest[1:] if word not in _SECOND_PREDICATE_ADVERBS]
    if finite and following:
        verb = following[0]  # "but would not say": the verb after the auxiliary
        following = following[1:]
    return verb not in _saying_verbs() and "that" not in following[:1]


def _bare_verb_goes_on(text: str, start: int, comma_end: int, end: int) -> bool:
    """Whether ``, and`` after a comma goes on with a bare verb that shares a modal or an
    infinitive's ``to`` of the report, with no subject and no other verb to the end (``said the
    company would cut 600 jobs, mostly in administration, and possibly close three depots``):
    the report's own second predicate, also with the report's modal said again (``said the
    committee would hold a hearing in the spring, and would ask the executives to testify``);
    not ``, and police said``, ``, and staff were told``, ``, and won``, ``, and union leaders
    plan a strike``, ``, and would not say when`` (the speaker's refusal), nor after ``moved
    production to Mexico``."""
    found = _AND_WORD.match(text, comma_end, end)
    if found is None:
        return False
    rest = text[found.end() : end].lower().split()
    report = text[start:comma_end].lower().split()
    verb = found.group(1)
    if verb in MODALS and rest and verb in report:
        verb, rest = rest[0], rest[1:]  # "would hold ..., and would ask": the modal again
    if (verb.endswith("ly") or verb in _PREDICATE_ADVERBS) and rest:
        verb, rest = rest[0], rest[1:]  # "and possibly close", "and would also seek": an adverb
    return (
        not verb.endswith("ly")
        and _bare_form(verb, pasts_alike=True)
        and (not MODALS.isdisjoint(report) or _infinitive_report(text, start, comma_end))
        and not _has_a_verb(rest)
        and not any(word.endswith(("n't", "n\u2019t")) for word in rest)  # "both sides aren't"
        # (but "and open it to traffic": "it" the object)
        and _SUBJECT_ONLY_PRONOUNS.isdisjoint(rest)
        and not _plural_subject_then_verb(rest)
    )


# Words after a plural's candidate modifier that are no verb of its own.
_NOT_A_PLURALS_VERB = _OBJECT_OPENINGS | ADVERBIAL_STARTS | _COORDINATORS


def _plural_subject_then_verb(words: list[str]) -> bool:
    """Whether the words after a bare verb's candidate make it a modifier of a plural subject
    whose verb comes next (``and union leaders plan a strike``, ``and local businesses hope
    for``), not a verb and its object (``and cut costs by half``, ``and close depots in``,
    ``and ask Stillwater's executives``: an owner, no plural)."""
    return (
        len(words) > 1
        and words[0].endswith("s")
        and not words[0].endswith(("ss", "'s", "\u2019s"))
        and words[1].isalpha()
        and not words[1].endswith("ly")
        and words[1] not in _NOT_A_PLURALS_VERB
    )


# Words that open a subordinate clause of time, condition, cause or concession.
_SUBORDINATING = (
    *sorted(SUBORDINATORS, key=lambda word: (-len(word), word)),  # "whenever" before "when"
    "as[ ]soon[ ]as",  # a pattern of its own: split() would cut it at its brackets
    # not "as" alone: "As Roe said, ..." names the source of the main clause; nor "even as a
    # student": a role, not a clause
    "even[ ]as(?![ ]an?+[ ])",
)
# A sentence opening with a subordinate clause: a subordinator within its first words ("After",
# "A few weeks after", "Moments before", "While"), then no comma before the cue.
# Audit: a bounded repetition of a possessive word run; fixed words; one match per sentence.
_SUBORDINATE_OPENING = regex.compile(
    r"[\"\u201c(]?+(?P<measure>(?:[\p{L}\p{N}]++[ ]){0,3}?)(?:" + "|".join(_SUBORDINATING) + ")[ ]",
    regex.IGNORECASE,
)
_SUBORDINATE_REACH = 3  # words before a cue read for the subordinator of its clause
# Words that measure how long before or after ("A few weeks after", "Shortly before", "Not long
# after", "Even though", "At a time when") or join the sentence to the last ("But if", "And
# while"): only these stand before a subordinator that opens its sentence; other words make it
# a preposition inside the subject ("Talks after the election could collapse").
_SUBORDINATOR_MEASURES = WHEN_WORDS | frozenset(
    "just shortly soon long even only right not at time but and so yet or also".split()
)


def _fronted_subordinate(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether a cue stands in a subordinate clause opening its sentence (``A week after Roe
    announced that X, the board ...``), so its content ends at the clause's comma."""
    opening = _SUBORDINATE_OPENING.match(text, sentence_start, cue_start)
    return (
        opening is not None
        and "," not in text[opening.end() : cue_start]
        and all(
            word.isdigit() or word in _SUBORDINATOR_MEASURES
            for word in opening.group("measure").lower().split()
        )
    )


# A relative pronoun opening a clause, after a conjunction or not ("The minister, whom
# opposition MPs accused of misleading parliament, apologised"). Audit: fixed words.
_RELATIVE_OPENING = regex.compile(r"(?:(?:and|but)[ ])?+(?:who|whom|which)[ ]", regex.IGNORECASE)
# A relative pronoun after the words of an appositive. Audit: fixed words; one search.
_RELATIVE_INSIDE = regex.compile(r"[ ](?:who|which)[ ]")
# The last comma or spaced dash before a cue: where the cue's own clause starts.
# Audit: fixed alternatives, searched backwards over one sentence.
_CLAUSE_OPENER = regex.compile(r",[\"\u201d\u2019]?+[ ]|" + _SPACED_DASH, regex.REVERSE)


# "As" opening a sentence, maybe after a quote mark or a bracket. Audit: fixed characters and
# a fixed word; one position.
_AS_OPENING = regex.compile(r"[\"\u201c(]?+as[ ]", regex.IGNORECASE)
# Prepositions after an "as" clause's cue that open the place, time or medium of the saying
# ("As stated in the report, ..."); "to" opens an audience or an infinitive, read apart.
_SETTING_PREPOSITIONS = _PREPOSITIONS_BEFORE_AN_OBJECT - {"to"}


def _fronted_as_with_object(text: str, sentence_start: int, cue: CueMatch, start: int) -> bool:
    """Whether a cue with its own object stands in an ``as`` clause opening its sentence
    (``As Roe lamented the delays, Hale left``): the clause ends at its comma; but ``As Roe
    said, the plan failed`` sources the main clause (no object before the comma)."""
    if cue.start - sentence_start > _LOOK_BACK:
        return False  # (a subject this long is no "as" clause's; and reads stay bounded)
    if _AS_OPENING.match(text, past_dateline(text, sentence_start), cue.start) is None:
        return False
    comma = text.find(",", sentence_start, start + _CLAUSE_CHARACTERS)
    return (
        comma > start
        and _has_words(text, start, comma, 1)
        # (not the place, time or medium of the saying, "As stated in the report, ..."; "to"
        # opens an infinitive too: "As Roe urged voters to turn out, ..."; nor what "put it"
        # points to: "As Roe put it in a letter to the board, ...")
        and _next_word(text, start) not in _SETTING_PREPOSITIONS
        and not _to_an_audience(text, start)
        and not cue.form.endswith(" it")
    )


_AUDIENCE_CHARACTERS = 40  # characters read for "to" and the word after it


def _to_an_audience(text: str, start: int) -> bool:
    """Whether ``to`` right at ``start`` names whom the cue was addressed to, a determiner, a
    pronoun, a name or a plural after it (``As Roe explained to the council,``, ``said to
    voters,``), not an infinitive's verb (``As Roe vowed to cut taxes,``)."""
    words = text[start : start + _AUDIENCE_CHARACTERS].split(maxsplit=2)
    if len(words) < 2 or words[0] != "to":
        return False
    word = words[1].rstrip(",;:.")
    return (
        word[:1].isupper()
        or word in _SUBJECT_OPENERS
        or word in _OBJECT_PRONOUNS
        or (word.endswith("s") and not word.endswith(("ss", "us")))
    )


def _after_relative_pronoun(words: list[str]) -> bool:
    """Whether ``words`` end with a relative pronoun, maybe with a perfect's auxiliary after it
    (``who``, ``that had``): what comes next stands in a relative clause."""
    if words and words[-1] in PERFECT_AUXILIARIES:
        words = words[:-1]
    return words[-1:] in (["who"], ["that"])


def _subordinate_cue(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether a cue stands in a subordinate or relative clause (``After Roe said X, the
    board ...``, ``Ruiz, who said X, did not come``, ``while he said X, it is``), so its
    content ends where that clause does, at the next comma or dash."""
    if _fronted_subordinate(text, sentence_start, cue_start):
        return True
    words = _words_before(text, cue_start, _SUBORDINATE_REACH, floor=sentence_start)
    for index in reversed(range(len(words))):
        word = words[index]
        if word in SUBORDINATORS and not (
            word == "once" and _after_relative_pronoun(words[:index])
        ):  # (not "who once claimed", "who had once claimed": an adverb of time in a relative)
            return True  # "Calloway said when asked about the levy, ...", "after he told"
        if word[-1:] in ",;:":
            break
    opener = _CLAUSE_OPENER.search(text, max(sentence_start, cue_start - _LOOK_BACK), cue_start)
    if opener is None:
        return False
    clause = opener.end()
    if clause == cue_start and _fronted_subordinate(text, sentence_start, opener.start()):
        return True  # "Although Roe voted for it, saying it would help, Hale ...": its aside
    return bool(
        _RELATIVE_OPENING.match(text, clause, cue_start)
        # "Ada Finch, a Democrat who spent the campaign defending her record, won": a relative
        # clause inside an appositive
        or _RELATIVE_INSIDE.search(text, clause, cue_start)
        or _fronted_subordinate(text, clause, cue_start)
    )


def _opening_participle(text: str, sentence_start: int, cue: CueMatch) -> bool:
    """Whether a participle cue opens its sentence (``Asked about the fund, Reyes said ...``,
    ``But pressed on the delay, ...``, ``In defending his record, Roe ...``), or an
    adjective listed with ``that`` (``Confident that the talks would resume, Reyes ...``): a
    phrase that ends at its comma, before the main clause."""
    if not cue.form.split()[0].endswith((*_PARTICIPLE, "ing")) and not cue.form.endswith(" that"):
        return False
    before = text[past_dateline(text, sentence_start) : cue.start].strip(' "\u201c(')
    words = before_gerund(before.split())
    return len(words) <= 2 and all(
        word in _COORDINATORS or (index == len(words) - 1 and word in GERUND_PREPOSITIONS)
        for index, word in enumerate(words)
    )


# "With" and the subject of an absolute clause opening a sentence, or after a short opening
# phrase and its comma, up to its participle ("With the Treasury warning", "But with polls
# showing", "Hours after the ruling, with the governor saying", "With the chief executive of
# the national rail company warning"). Audit: fixed words, then bounded repetitions of
# possessive runs of characters other than spaces and stops, each closed by a space or a
# comma; matched whole over one window.
_FRONTED_WITH = regex.compile(
    r"[\"\u201c(]?+(?:(?:[^\s,;:]++[ ]){1,3}+[^\s,;:]++,[ ])?+(?:(?:and|but)[ ])?+with[ ]"
    r"(?:[^\s,;:]++[ ]){1,8}+",
    regex.IGNORECASE,
)


def _fronted_absolute(text: str, sentence_start: int, cue: CueMatch) -> bool:
    """Whether a participle cue stands in an absolute clause with ``with`` that opens its
    sentence (``With the Treasury warning that it could run out of cash by August,
    lawmakers returned to the talks``): the clause ends at its comma, before the writer's."""
    perfect = _words_before(text, cue.start, 1) == ["having"]  # "With the ministry having said"
    return (cue.form.split()[0].endswith("ing") or perfect) and bool(
        _FRONTED_WITH.fullmatch(text, past_dateline(text, sentence_start), cue.start)
    )


def _absolute_clause_end(text: str, start: int, end: int, first: int) -> int:
    """The comma that closes a fronted ``with`` absolute clause whose report starts at
    ``start``: the last before the main clause, past an aside, a list or a condition inside the
    report (``With the Treasury warning that, without a deal, it could run out of cash by
    August, lawmakers ...``, ``With polls showing Kerr ahead in Ohio, Pennsylvania and
    Michigan, the campaign ...``), but not one opening the main clause's relative (``...,
    the campaign shifted its spending south, where it had been weak``); else ``first``."""
    comma = _last_clause_comma(text, start, end)
    while comma != -1 and _RELATIVE.match(text, comma + 1):
        comma = _last_clause_comma(text, start, comma)
    return first if comma == -1 else comma


# The asker after an opening "Asked": "Asked by a reporter whether ...", "Asked by the
# moderator, Jan Okoro, how ...". Audit: a bounded lazy repetition of possessive word runs
# and optional commas before fixed words; matched at one position.
_ASKED_BY = regex.compile(
    r"[ ]*+by[ ](?:[\p{L}\p{N}.'\u2019\-]++,?+[ ]){1,10}?"
    r"(?=(?:whether|if|about|what|why|how|when|who|where|to)\b)"
)


# Those who ask as their trade: after "by" they are the asker, never a deed's doer.
_ASKERS = frozenset(
    "reporter reporters journalist journalists interviewer interviewers moderator moderators"
    " host hosts anchor anchors".split()
)
# Endings of nouns of a deed, which take their doer after "by" ("the ruling", "the decision",
# "the announcement"; see data/agent_nouns.tsv).
_AGENT_NOUN_ENDINGS = ("ing", "ion", "ions", "ment", "ments")


def _deed_noun(word: str) -> bool:
    """Whether a lower-case word names a deed or an act by its ending or the list
    (``decision``, ``move``: data/agent_nouns.tsv)."""
    return word.endswith(_AGENT_NOUN_ENDINGS) or word in read_words("agent_nouns.tsv")


def _before_late_asker(text: str, start: int, end: int) -> int:
    """Where the topic of a passive participle ends before the asker named after it (``Asked
    about it years later by the Dunmere Courier,``: ``it years later``, whose time goes
    later), not before the agent of a participle or of a deed inside the topic (``Asked about
    the plan proposed by the council,``, ``Asked about the ruling by the Supreme Court,``)."""
    by = text.find(" by ", start, end)
    if by == -1 or not _has_words(text, start, by, 1):
        return end
    last = _last_word(text, start, by).lower()
    takes_an_agent = _deed_noun(last)
    asker = _next_word(text, by + len(" by"))
    if asker in ARTICLES:
        asker = _next_word(text, text.find(" ", by + len(" by ")))
    if asker in _ASKERS:
        return by  # "Asked about the election by reporters,": who asks, whatever the topic
    return end if _past_participle(last) or takes_an_agent else by


# An item of a list: one or two lower-case words, neither "and" nor "or".
_LIST_ITEM = r"[ ](?!(?:and|or)\b)\p{Ll}[\p{L}\-']*+(?:[ ](?!(?:and|or)\b)\p{Ll}[\p{L}\-']*+)?+"
# Items after a comma, the last joined by "and" or "or".
_LIST_ITEMS = rf"{_LIST_ITEM}(?:,{_LIST_ITEM}){{0,4}}+,?+[ ](?:and|or){_LIST_ITEM}[ ]*+"
# The items ending at a stop: the rest of a list ("roads, schools and surgeries."). Audit:
# bounded repetitions of possessive runs between fixed separators; one position.
_LIST_TAIL = regex.compile(rf",{_LIST_ITEMS}(?:[.;!?]|$)")
# The same after a quoted first item, ending at a comma too ('wanted "change," jobs and lower
# taxes, ...'). Audit: as above.
_LIST_AFTER_QUOTE = regex.compile(rf",[\"\u201d]{_LIST_ITEMS}[,.;!?]")


# Another quoted item after a quoted one. Audit: possessive spaces, then a fixed mark.
_QUOTED_ITEM_NEXT = regex.compile(r"[ ]*+[\"\u201c]")


# A double quote mark or a colon, where the writer's own words before a quotation end. Audit:
# one character class, one character; no repetition.
_QUOTE_OR_COLON = regex.compile(r'[:"\u201c\u201d]')


def _opening_without_clause(text: str, sentence: Sentence, cue: CueMatch) -> bool:
    """Whether a participle cue opening its sentence with no comma after its phrase is no
    participle phrase: in -ing before the sentence's finite verb it is a gerund, the subject
    (``Criticizing the police will cost votes``, ``Underscoring the worry is the fact that``);
    in -ed before a capitalised word or a number in a sentence with no finite verb it is the
    adjective of a heading (``Declared 2016 Candidates.``, ``Confirmed Speakers``). PolNeAR
    train: 6 such records, none annotated."""
    if text[past_dateline(text, sentence.start) : cue.start].strip(' "\u201c('):
        return False  # "In defending his record ...", "But pressed on ...": a phrase of its own
    if _first_comma(text, cue.end, sentence.end) != sentence.end:
        return False  # "Promising that X, Bolton said": the phrase ends at its comma
    # (the writer's words only, up to a quotation or a colon: "Conceding that X "down the
    # line" he warned: "..."")
    own = _QUOTE_OR_COLON.split(text[cue.end : sentence.end], maxsplit=1)[0]
    words = [word.strip(",.;!?") for word in own.lower().split()]
    finite = not _FINITE_VERBS.isdisjoint(words)
    if cue.form.endswith("ing"):
        return finite and words[:1] != ["that"]  # (not "Conceding that the pier is safe he")
    following = text[cue.end : cue.end + 2].strip()[:1]
    return cue.form.endswith("ed") and not finite and (following.isupper() or following.isdigit())


def _first_comma(text: str, start: int, end: int) -> int:
    """The first comma outside quote marks between ``start`` and ``end``, or ``end``; not
    the comma of a number (``1,237``). A comma that a closing mark follows ends the quotation
    and the clause with it (``While voters said Moreno has the "best experience," Hale ...``):
    the position after the mark."""
    quotes = _QuoteState(text, start)
    comma = text.find(",", start, end)
    while comma != -1:
        if not _in_number(text, comma):
            if not quotes.inside(comma):
                return comma
            if (
                comma + 2 <= end
                and not quotes.inside(comma + 2)
                # (not an item of a list: 'called it "cruel," "costly" and "unworkable,"',
                # 'wanted "change," jobs and lower taxes')
                and not _QUOTED_ITEM_NEXT.match(text, comma + 2, end)
                and _LIST_AFTER_QUOTE.match(text, comma, end) is None
            ):
                return comma + 2
        comma = text.find(",", comma + 1, end)
    return end


def _last_clause_comma(text: str, start: int, end: int) -> int:
    """The last comma between ``start`` and ``end`` that is not a number's, or -1."""
    comma = text.rfind(",", start, end)
    while comma != -1 and _in_number(text, comma):
        comma = text.rfind(",", start, comma)
    return comma


def _in_number(text: str, comma: int) -> bool:
    """Whether a comma groups the digits of a number (``$200,000``)."""
    return text[comma + 1 : comma + 2].isdigit()


def _in_quoted_phrase(text: str, start: int, comma: int, end: int) -> bool:
    """Whether a comma stands inside a quotation opened after ``start``, words of it on both
    sides, that closes before ``end`` and goes on with a lower-case word: a phrase of the clause
    around it (``said that "right track, wrong track" questions have predicted``); not the
    comma a closing mark follows, which ends the clause in American style (``has "expanded the
    party," adding``), nor a quotation that hands over to its source (``"..." Roe added``)."""
    closing = next(
        (at for at in range(comma + 1, end) if text[at] == _STRAIGHT or text[at] in _DOUBLE_CLOSE),
        -1,
    )
    return (
        closing > comma + 1
        and text[closing + 1 : closing + 2] == " "
        and text[closing + 2 : closing + 3].islower()
        and _QuoteState(text, start).inside(comma)
    )


_OCCASION_TAIL_WORDS = 6  # words after the occasion's noun that still belong to the occasion
_NAMED_CALL_CHARACTERS = 1500  # characters read back for a telephone call named before


# "as" and a quotation, maybe after an article, right after an occasion ('in an interview as
# "a menace"'). Audit: fixed words, an optional article, one character of a class; one position.
_AS_QUOTATION = regex.compile(r"[ ]as[ ](?:(?:a|an|the)[ ])?+[\"'\u201c\u2018]")


# A medium that only carries what was said, no deed's occasion ("hopes to win the seat in a
# statement released Friday": where the hope was said). Audit: fixed words between word
# boundaries; searched in one occasion.
_SAYING_MEDIUM = regex.compile(
    r"\b(?:statement|tweet|e-?mail|press[ ]release|post|spokes(?:man|woman|person))\b",
    regex.IGNORECASE,
)


def _occasion_to_come(
    text: str, start: int, cues: Mapping[str, CueClass], occasion: regex.Match[str]
) -> bool:
    """Whether a report from ``start`` is an intention's infinitive, so an occasion closing it
    is the deed's, not a saying's (``plans to unveil her proposal at a campaign stop``,
    ``wanted to see it for himself at a rally``); not a vow's, ``vowed to resign at a rally``,
    a speech act with an occasion of its own. PolNeAR train: of the reports after a cue of
    intention or belief that end before an occasion, gold contents go on past it 2 times of 2
    (and after a cue under a future modal, "will endorse X at a rally", 3 of 3; that path is
    the object cues', left as it is). Not an occasion a comma sets off, nor a medium that only
    carries words (``hopes to win the seat in a statement``, ``expects to win in a tweet``):
    where the intention was said."""
    words = _words_before(text, start, 1)
    return (
        words != []
        and cues.get(words[0]) is CueClass.THOUGHT
        and text[start : start + 4].split()[:1] == ["to"]
        and not text.startswith(",", occasion.start() - 1)
        and _SAYING_MEDIUM.search(occasion.group()) is None
    )


def _drop_occasion(text: str, start: int, end: int, cues: Mapping[str, CueClass]) -> int:
    """End what follows a cue before a closing occasion of saying it: ``denied the
    accusations through a spokeswoman`` reports ``the accusations``; not before a place that
    ends a subject whose cue follows (``said the turnout at the town hall showed that``)."""
    occasion = TRAILING_OCCASION.search(text, start, end)
    if occasion is None or _has_words(text, occasion.end(), end, _OCCASION_TAIL_WORDS + 1):
        return end
    if (
        _AS_QUOTATION.match(text, occasion.end(), end)
        and text[occasion.end() : end].rstrip(" .,;:")[-1:] in CLOSING_QUOTE_MARKS
    ):
        # "described the landlord in an interview as "a menace"": the occasion stands inside
        # the characterisation, whose quotation, closing it, is the source's word for the
        # object (not "said so in an interview as "the crowd" cheered")
        return end
    if (
        occasion.group("call") is not None
        and not text.startswith(",", end)
        and NAMED_CALL.search(text, max(0, start - _NAMED_CALL_CHARACTERS), start) is None
    ):
        # a bare "on the call" is a telephone call's where a comma closes a fronted phrase
        # ("Asked about the subpoena on the call, the chief executive declined") or one was
        # named before ("held a conference call with analysts"), as often a referee's or a
        # decision's elsewhere ("she stood by her decision on the call.")
        return end
    word = _WORD.search(text, occasion.end(), occasion.end() + 40)
    following = word.group().lower() if word is not None else ""
    if (
        word is not None
        and following in cues
        and not following.endswith("ing")
        # (a clause after it: not "praised the plan in an interview published Saturday")
        and ((subject := _next_word(text, word.end())) in _SUBJECT_OPENERS or subject == "that")
    ):
        return end
    if not _has_words(text, start, occasion.start(), 1) or _ends_in_participle_phrase(
        text, start, occasion.start()
    ):
        return end
    clause = _has_clause(text, start, occasion.start())  # (read once, for both tests below)
    if (
        clause
        and not text.startswith(",", occasion.start() - 1)
        and any(
            cues.get(word) in SAYING_CLASSES
            for word in text[start : occasion.start()].lower().split()
        )
    ):
        # "noted that the witness had not mentioned the gun in her first interview": where
        # the clause's own verb of saying or writing was said (not "said voters believe the
        # levy is unfair during a town hall", where no belief was said; nor one a comma sets
        # off, the cue's: "said the firm argued the law was unfair in a brief, during a news
        # conference on Monday")
        return end
    if _FUTURE_TIME_WORDS.intersection(text[occasion.end() : end].lower().split()[:1]):
        # "said she would ask the commissioner to testify at a hearing next month": an occasion
        # to come, which a past cue was not said at; not "at a briefing ahead of next week's
        # budget", whose time is another noun's, nor "vowed to resign at a rally"
        return end
    if _occasion_to_come(text, start, cues, occasion):
        # "plans to unveil the plan at a campaign stop": no saying, the occasion is of the deed
        # intended
        return end
    if occasion.group("programme") is not None and clause:
        # "said she would appear on a radio show": where the clause's deed is done; but
        # "Asked about the remark on a morning television show,": where it was asked
        return end
    show_start, show_end = occasion.span("show")
    if show_start != -1 and (
        not _title_cased(text, show_start, show_end)
        or not read_words("show_words.tsv").intersection(
            text[show_start:show_end].lower().strip('"\u201c\u201d.,').split()
        )
        or clause
    ):
        # 'planning to lead a seminar on "civic virtue."', 'praised the crackdown on "Operation
        # Safe Streets."': what the noun is about
        return end
    return int(occasion.start())


def _ends_in_participle_phrase(text: str, start: int, end: int) -> bool:
    """Whether a phrase with no clause ends in a participle and what it takes, to which an
    occasion after it belongs (``criticised remarks made by the minister at a briefing``:
    where the remarks were made); not a past form after a determiner (``the detailed plan``)."""
    words = text[start:end].lower().split()
    return not _has_clause(text, start, end) and any(
        _past_participle(word) and previous not in NOUN_DETERMINERS
        for previous, word in itertools.pairwise(words)
    )


# A closing double mark, any comma after it and a space: where a time after a quotation may
# begin. Audit: one class, an optional comma, a space; one position.
_AFTER_CLOSING_MARK = regex.compile('["\u201d\u00bb],?+[ ]')


def _drop_time_after_quote(text: str, start: int, end: int) -> int:
    """End a phrase with no clause of its own at the quotation a time follows
    (``defended his aide as "a decent man" on Tuesday``, ``blasted Holt as a “disgrace”
    Wednesday``): when it was said, not what."""
    quotes = _QuoteState(text, start)
    last_that: int | None = None  # where the last "that" stands, read once when first asked
    read = start  # the words up to here hold no clause (each stretch is read once)
    for after in _AFTER_CLOSING_MARK.finditer(text, start, end):
        mark = int(after.start())
        if not quotes.inside(mark) or quotes.inside(mark + 1):
            continue  # an opening mark, or a closing one inside a quotation still open
        if last_that is None:
            found = (match.start() for match in _THAT_WORD.finditer(text, start, end))
            last_that = max(found, default=-1)
        if _has_clause(text, read, mark) or last_that > mark:
            # "said the plan was a "disaster" on Monday": the clause's time; "told "Morning
            # Joe" on Friday that ...": the report comes after the time
            return end
        read = mark
        words = [
            word.group().lower()
            for word in itertools.islice(_WORD.finditer(text, after.end(), end), 2)
        ]
        if words and (
            words[0] in _TIME_WORDS
            or (words[0] in _TIME_PHRASE_LEADS and words[1:] and words[1] in _TIME_WORDS)
        ):
            return mark + 1
    return end


# The word "that". Audit: a fixed word between boundaries.
_THAT_WORD = regex.compile(r"\bthat\b", regex.IGNORECASE)


def _embedded_relative(text: str, comma: int, end: int) -> bool:
    """Whether a relative clause after ``comma`` closes with a comma and the reported clause
    goes on with its verb (``the billionaire, who is now the nominee, would unite ...``)."""
    return _relative_aside_end(text, comma, end) != -1


def _relative_aside_end(text: str, comma_end: int, end: int) -> int:
    """The comma closing a relative clause that opens after a comma, at ``comma_end``, when the
    reported clause goes on with its verb after it (``the measure, which includes robbery,
    gives``), or -1."""
    relative = _RELATIVE.match(text, comma_end)
    if relative is None:
        return -1
    closing = text.find(",", relative.end(), min(end, relative.end() + _RELATIVE_CHARACTERS))
    return closing if closing != -1 and _verb_after_aside(text, closing) else -1


_CONCESSIVES = frozenset(("while", "although", "though"))
_CONCESSION_WORDS = 4  # "while statistically significant": a concession this short is an aside


def _concessive_aside(text: str, comma: int, end: int) -> bool:
    """Whether a concession after ``comma`` has no verb of its own and closes with a comma
    before the reported clause's verb (``the difference, while statistically significant,
    was modest``), so the clause goes on."""
    words = text[comma : comma + 12].split(maxsplit=1)
    if not words or words[0].lower() not in _CONCESSIVES:
        return False
    closing = text.find(",", comma + 1, min(end, comma + _RELATIVE_CHARACTERS))
    if closing == -1 or _has_words(text, comma, closing, _CONCESSION_WORDS + 1):
        return False
    return (
        not _has_clause(text, comma, closing)
        and _next_word(text, comma + len(words[0]) + 1) not in NOUN_DETERMINERS
        and not _next_word(text, closing + 1).endswith("ing")  # "..., including": a subject's
        and _verb_after_aside(text, closing)
    )


# Words opening an aside set off by commas between a report's subject and its verb, which
# elsewhere end the report as the writer's clause or a second one ("said Reyes, despite his
# wealth, is better placed"; "that the merger, however messy, was worth the risk"; "that the
# ferry company, and dozens like it, have").
_SUBJECT_ASIDE_OPENERS = _CONCESSIVES | frozenset("despite however even and or".split())
_ASIDE_SUBJECT_WORDS = 8  # "the mayor's loyalty to the harbour board": the longest subject read


def _subject_aside(text: str, start: int, comma_end: int, end: int) -> bool:
    """Whether the comma before ``comma_end`` follows the bare subject of the report from
    ``start``, with no verb yet, and opens an aside whose closing comma the report's verb
    follows (``said Reyes, despite his wealth, is better placed``, ``that the merger, however
    messy, was worth the risk``, ``warned that Reyes, even as a candidate, had raised``): a
    report has its verb still to come, so the aside is inside it. PolNeAR train: at the 6
    commas this reads so, gold contents go on 5 times and end at none (one lies in no
    content); dev has none."""
    words = text[comma_end : comma_end + 12].split(maxsplit=1)
    if not words or words[0].lower().rstrip(",") not in _SUBJECT_ASIDE_OPENERS:
        return False
    if (
        not _has_words(text, start, comma_end, 1)  # (no subject: "most telling, though, were")
        or _has_words(text, start, comma_end, _ASIDE_SUBJECT_WORDS + 1)
        or _has_clause(text, start, comma_end - 1, that_counts=False)
        or _holds_a_verb(text, start, comma_end - 1)
    ):
        return False
    closing = text.find(",", comma_end, min(end, comma_end + _RELATIVE_CHARACTERS))
    if closing == -1 or not _verb_after_aside(text, closing):
        return False
    verb = _next_word(text, closing + 1)
    # (a finite form, a past, a negated auxiliary or a present in -s: "remains", "shows")
    return (
        _has_a_verb([verb])
        or verb.endswith(("n't", "n\u2019t"))
        or (verb.endswith("s") and not verb.endswith("ss"))
    )


def _subject_with_appositive(text: str, start: int, end: int) -> bool:
    """Whether a name and its appositive open a clause whose verb follows the appositive's
    closing comma (``Millennials, numbering 75 million, outnumber``)."""
    comma = text.find(",", start, end)
    closing = text.find(",", comma + 1, min(end, comma + _RELATIVE_CHARACTERS))
    return comma != -1 and closing != -1 and _verb_after_aside(text, closing)


def _verb_after_aside(text: str, closing: int) -> bool:
    """Whether the clause goes on with its verb after the comma closing an aside: a lower-case
    word that neither joins another clause (``and``, ``, which``) nor opens a noun phrase,
    also a finite verb inside an opening quote mark (``the pipeline, which Republicans back,
    "wouldn't go 10 feet"``)."""
    verb = closing + 2
    quoted = text[verb : verb + 1] == '"' or text[verb : verb + 1] in _DOUBLE_OPEN
    following = _WORD.match(text, verb + quoted)
    return (
        following is not None
        and following.group().islower()
        # (inside the mark a finite verb: not the adjective of '"pure folly."')
        and (
            not quoted
            or following.group().replace("\u2019", "'") in _FINITE_VERBS
            or following.group().endswith(("n't", "n\u2019t"))
        )
        and following.group() not in _COORDINATORS
        and following.group() not in _SOURCE_DETERMINERS
        and _CLAUSE_END.match(text, closing) is None
    )


# A comma and an article opening an appositive, or "something" taking the clause up ("...,
# something the bank has described as"); after a quotation's closing mark also "another" ('the
# words "fiscal emergency," another slip her rivals were glad to hear'; after a bare comma it as
# often opens a name's appositive the report goes on past: "Ana Ruiz, another former envoy,
# said").
# Audit: fixed characters; no repetition.
_APPOSITIVE = regex.compile(
    r",(?:[\"\u201d][ ](?:a|an|the|another|something)|[ ](?:a|an|the|something))[ ]"
)


# A subordinating word: a comma after its clause opens a main clause, not an appositive.
# Audit: fixed words between word boundaries.
_SUBORDINATOR = regex.compile(r"\b(?:" + "|".join(_SUBORDINATING) + r")\b", regex.IGNORECASE)


def _names_the_report(phrase: str) -> bool:
    """Whether a phrase opens with an article and a noun of assertion that takes up the clause
    before it (``a charge he denies``, ``an account his family disputes``), or with
    ``something`` (``something the central bank has described as "unlikely"``)."""
    words = phrase.lower().split(maxsplit=2)
    return (len(words) > 1 and words[0] == "something") or (
        len(words) > 2 and words[0] in ARTICLES and words[1] in read_words("complement_nouns.tsv")
    )


def _sums_up(phrase: str) -> bool:
    """Whether a phrase is the writer's noun taking up the clause before it, a noun of
    assertion (``a charge he denies``), an article's noun of a deed with a relative clause
    (``a decision that angered the opposition``, ``a move which ...``; not ``a release that
    the army has promised``, a thing) or a bare plural of remarks that is its subject
    (``comments that were echoed by her aides``)."""
    words = phrase.lower().split(maxsplit=3)
    return (
        _names_the_report(phrase)
        or (
            words[:1] in (["a"], ["an"])
            and words[2:3] in (["that"], ["which"])
            and _deed_noun(words[1])
        )
        or (
            words[1:2] in (["that"], ["which"])
            and words[0].endswith("s")
            and words[0] in read_words("remark_nouns.tsv")
            # (their subject: not "heard the concerns, comments that residents had made", the
            # object's appositive)
            and _has_a_verb(words[2:3])
        )
    )


# The last item of a list: "and" and a determiner or a figure ("road repairs, a new library and
# $2,500,000 for parks"). Audit: fixed words or an optional currency sign and a digit; one
# search.
_LIST_END = regex.compile(
    r"[ ]and[ ](?:(?:the|a|an|his|her|their|its|our)[ ]|[$\u00a3\u20ac]?+\p{N})"
)
_LIST_ITEM_CHARACTERS = 60  # characters after a comma read for the "and" of a list's last item


_CONTRAST_CHARACTERS = 40  # characters read before an appositive's comma for "not precede"


def _drop_appositive(text: str, start: int, end: int) -> int:
    """End a reported clause before a trailing appositive: ``he would not support Mr. Hale,
    the presumed favorite`` reports what he said up to the name the appositive describes, and
    ``had "lost the plot," a reference to the vote`` up to the quote's closing mark. A number
    in the appositive (``Brightline Builders, a company whose owner has given $60,000 to the
    party``) sets no boundary with its comma."""
    comma = _last_clause_comma(text, start, end)
    if comma == -1 or (
        _APPOSITIVE.match(text, comma) is None and not _sums_up(text[comma + 1 : end])
    ):
        return end
    closer = text[comma + 1 : comma + 2] in ('"', "\u201d")  # the mark the comma stands in
    # (a bare comma needs four words before it, not to cut "Hale, the presumed favorite" to a
    # name; a quotation it closes is the report itself however short: 'the "Harlow clause," a
    # 1987 rule on rents')
    if _QuoteState(text, start).inside(comma + 2 * closer) or not _has_words(
        text, start, comma, 1 if closer else 4
    ):
        return end
    # (the words since the comma before, read in a window: "must follow, not precede,")
    floor = max(start, comma - _CONTRAST_CHARACTERS)
    previous = text.rfind(",", floor, comma)
    opening = start if previous == -1 else previous + 1
    contrast = [] if previous == -1 and floor > start else text[opening:comma].split()
    if (
        len(contrast) == len(("not", "precede"))
        and contrast[0] == "not"
        and contrast[1].islower()
        and contrast[1] not in NOUN_DETERMINERS
        and not _sums_up(text[comma + 1 : end])
    ):
        # "must follow, not precede, a prisoner release": two verbs share the object (not "go
        # ahead, not the recount, the party's aim": an appositive after a contrasted noun)
        return end
    item_end = _LIST_END.search(text, comma, min(end, comma + _LIST_ITEM_CHARACTERS))
    if item_end is not None and not _RELATIVE_WORD.search(text, comma, item_end.start()):
        # "differ on Israel, the nuclear deal and the court": a list's items; after a name the
        # list may be its roles ("Tom Reyes, the mayor and the party's nominee"), but as often
        # more names ("met Ana Kovac, the finance minister and the governor"): kept whole
        return end
    if _SUBORDINATOR.search(text, max(start, comma - _LOOK_BACK), comma) and not _names_the_report(
        text[comma + 1 : end]
    ):
        # "if the line stays closed, the fares will be refunded": a main clause, and a noun of
        # a deed stays too ("to pay once they are chosen, a requirement that favours the
        # rich"); but "whether X, a question Roe did not answer": a noun of assertion taking
        # X up
        return end
    if _fronted_adverbial(text, start, comma) and not _names_the_report(text[comma + 1 : end]):
        # "said that with the votes she already had, the debate would change little": the
        # report's own main clause after its opening phrase
        return end
    return comma + closer


# Words that may stand before a fronted adverbial's preposition ("even in small things",
# "whether under the plan, a family would save").
_ADVERBIAL_LEADS = frozenset("even only just whether".split())
# What opens a report's fronted adverbial: a preposition or subordinator; "to" and "as" only
# past "that" ("said that to win the seat, the party must ..."), since elsewhere they open the
# report of an infinitive cue ("vowed to cut fares, a promise ...") or the role a characterising
# cue gives ("described it as a model, the first of its kind").
_FRONTED_OPENERS = ADVERBIAL_STARTS | SUBORDINATORS
_FRONTED_AFTER_THAT = frozenset(("to", "as"))
# Verbs whose object is a clause, after which a report with no "that" may open with a fronted
# phrase ("said under the plan, a family would save"); after another verb the preposition is
# its own ("hinted at a run for governor, a race he has long eyed").
_FRONTING_CUES = (
    SAY_FORMS
    | _TELL_VERBS
    | frozenset(
        "says added adds wrote writes asked asks believe believes believed think thinks thought "
        "argued argues noted notes insisted insists predicted predicts claimed claims".split()
    )
)


def _fronted_adverbial(text: str, start: int, comma: int) -> bool:
    """Whether the report from ``start`` opens with an adverbial phrase or clause that the
    comma at ``comma`` closes, the first in the report, so what follows is its main clause, no
    appositive: ``with the votes she already had, the debate ...``, ``even in small things,
    the mayor ...``, ``under the plan, a family of four ...``, ``if no candidate wins a
    majority on the first ballot, the delegates ...``, and a correlative's first half, ``the
    more seats she wins, the more leverage she has`` (PolNeAR train: at such a comma after a
    cue, gold contents go on 21 times and end once)."""
    opening = start
    while opening < comma and text[opening] in ", ":
        opening += 1  # (past the comma of "said that, under the plan, ...")
    if _last_clause_comma(text, opening, comma) != -1:
        return False
    words = text[opening:comma].lower().split(maxsplit=2)
    if words[:1] and words[0] in _ADVERBIAL_LEADS:
        words = words[1:]
    if not words:
        return False
    if words[0] == "the":
        # (the halves of a correlative: data/correlative_comparatives.tsv)
        heads = read_words("correlative_comparatives.tsv")
        # (a second half may be the comparative alone: "the sooner it opens, the better.")
        after = [word.rstrip(".,;:!?") for word in text[comma + 1 : comma + 16].lower().split()[:2]]
        return (
            len(words) > 1
            and words[1] in heads
            and len(after) == len(("the", "more"))
            and after[0] == "the"
            and after[1] in heads
        )
    raw = _words_before(text, opening, 2)
    before = [word.rstrip(",") for word in raw]
    if before[-1:] != ["that"]:
        if words[0] in _FRONTED_AFTER_THAT:
            return False
        if (
            not "".join(raw[-1:]).endswith(",")
            and "".join(before[-1:]).endswith(("ed", "s"))  # (a verb's form: not "pointed out")
            and not _FRONTING_CUES.intersection(before[-1:])
            and not _TELL_VERBS.intersection(before[:1])
        ):
            # (a verb's own preposition, not a fronted phrase: "hinted at a run for governor,
            # a race he has long eyed"; but "told reporters under the plan, ...", "As the
            # paper reported, even on Friday, ...")
            return False
    return words[0] in _FRONTED_OPENERS and len(words) > 1


# Words opening a bracketed aside of the writer's that closes a report: a relative on what was
# said ("(which the council rejected)"), a concession ("(although he later apologised)") or
# who went along ("(along with two aides, they ...)"); not a bare "with", as often the speaker's
# manner ("backed the plan (with some reservations)"). PolNeAR train: 5 such asides closing a
# predicted report, none of them inside its content.
_CLOSING_ASIDE_OPENERS = frozenset("which who whose although though whereas along".split())
_CLOSING_MARKS_READ = 3  # characters after a closing bracket read for stops and spaces


def _drop_closing_aside(text: str, start: int, end: int) -> int:
    """End a report before a bracketed aside that closes it, opened by a relative, a
    concession or ``along with`` (``called the levy a "raid" (although he later apologised)``,
    ``praised the plan (which the council rejected)``): the writer's remark on the report. Not
    an aside inside a quotation, nor one the report goes on after (``Ruiz (who chairs the board)
    must win``), nor another bracket (``Sen. Ana Ruiz (D-Maine)``, ``(43 percent)``)."""
    close = end
    while close > max(start, end - _CLOSING_MARKS_READ) and text[close - 1] in " .,;:\n":
        close -= 1  # ("rejected).", "rejected)\n")
    if text[close - 1 : close] != ")":
        return end  # (read first: most reports close on no bracket)
    opening = text.rfind("(", max(start, close - _ASIDE_CHARACTERS), close)
    if (
        opening <= start
        or text[opening - 1] != " "
        or ")" in text[opening : close - 1]
        or _next_word(text, opening) not in _CLOSING_ASIDE_OPENERS
        or _QuoteState(text, start).inside(opening)
    ):
        return end
    return opening - 1


# Words that open a time closing a phrase ("on Monday", "last week", "late Monday"), besides
# the names of days and months and the words that end one ("years later"); not "in", whose
# time is as often the object's ("the primary in June").
_TIME_TAIL_OPENERS = frozenset("on at last this past early late today yesterday".split())
# Words of a time still to come, which a past cue cannot have been said at: the object's own
# ("announced the festival next month", "unveiled a plan for the coming year").
_FUTURE_TIME_WORDS = frozenset("next tomorrow coming upcoming".split())
# Cues whose object is an event still to come, and its time the event's ("predicted a win over
# Leeds on Saturday", "forecast a deficit next year", "expects a ruling on Friday").
_FORESEEING_CUES = ("predict", "forecast", "expect", "anticipat")
# Words that open a range a time may go on ("a curfew from 10 p.m. on Friday", "closed until
# noon on Monday").
_RANGE_OPENERS = frozenset("from since until till".split())
# Words before a time that make it part of a span or a comparison ("between January 1 and
# September 18", "more than a year ago", "throughout December").
_TIME_TAIL_JOINERS = frozenset("and or than between through throughout".split())
# Words that open a verb phrase or a clause of its own inside an object ("urged them to vote
# Tuesday", "before Iowans vote Monday", "when he speaks on Thursday").
_VERB_PHRASE_WORDS = frozenset(("to", *SUBORDINATORS))


def _holds_a_verb_phrase(text: str, start: int, end: int) -> bool:
    """Whether an object holds a verb phrase or clause of its own, to which a time or occasion
    after it belongs (``praised the march held in Kelton on Sunday``, ``urged them to vote
    Tuesday``, ``derided the field before Iowans vote Monday``)."""
    return any(
        _past_participle(word) or word.endswith("ing") or word in _VERB_PHRASE_WORDS
        for word in text[start:end].lower().split()
    )


# A change from an earlier figure after a comma ("..., down from a previous forecast of 1.4
# billion crowns", "..., up 12% from last year", "..., up 5,000 from last year"). Audit: fixed
# words around a lazy bounded repetition of possessive runs without spaces or with a number's
# commas; one search in one phrase.
_CHANGE_FROM = regex.compile(r",[ ](?:up|down)(?:[ ](?:[^\s,]|,(?=\p{N}))++){0,3}?[ ]from[ ]")
# Cues whose figure a change from an earlier one may follow: the foreseeing ones and an
# estimate ("now estimates a deficit of 4 percent of GDP, down from ...").
_REVISED_FIGURE_CUES = (*_FORESEEING_CUES, "estimat")


def _drop_forecast_change(text: str, start: int, end: int, form: str) -> int:
    """End the figure a forecast cue of ``form`` takes before the change from an earlier one
    (``now expects operating profit of 1.2 billion crowns, down from a previous forecast of 1.4
    billion``): the writer's account of the revision, like ``, compared with``. A clause keeps
    its change (``said growth would reach 1.3 per cent, up from 1.1 per cent``), which is as
    often the speaker's own comparison, and so does a forecast that goes on after the change
    (``expects growth to slow to 1 percent, down from 2 percent, before recovering in 2027``)."""
    if not form.startswith(_REVISED_FIGURE_CUES):
        return end
    change = _CHANGE_FROM.search(text, start, end)
    if (
        change is None
        or _holds_a_verb(text, start, change.start())
        or _last_clause_comma(text, change.end(), end) != -1
    ):
        return end
    return int(change.start())


# Last words of an object that leave no time closing it ("rejected the offer on").
_NO_CLOSING_TIME_LASTS = ADVERBIAL_STARTS | _TIED_TO_CUE | _TIME_TAIL_JOINERS


def _drop_closing_time(text: str, start: int, end: int, form: str, *, perfect: bool) -> int:
    """End the object a cue of ``form`` takes before the time that closes it (``rejected the
    offer on Monday``, ``Asked about it years later``): when it was said, not what. A clause
    keeps its time (``announced the vote would be on Monday``), and so do a preposition's
    object (``denounced the attacks of September 11``), a range (``a curfew from 10 p.m. on
    Friday``), a time to come (``the festival next month``), a foreseen event (``predicted a
    win on Saturday``) and a day after a cue in the present ``perfect``, which takes no past
    day (``has called for a strike on Thursday``, but ``has said about it in the last year``)."""
    if _has_clause(text, start, end, it_counts=False) or form.startswith(_FORESEEING_CUES):
        return end
    if _holds_a_verb_phrase(text, start, end):
        return end  # the time of a verb inside the object
    often = _HOW_OFTEN.search(text, start, end)
    if often is not None and _has_words(text, start, often.start(), 1):
        return int(often.start())  # "has criticised the plan on several occasions": how often
    tail = time_tail_start(text, start, end)
    words = text[tail:end].split()
    last = _last_word(text, start, tail)
    if (
        not words
        or _figure_past_the_hours(words)  # "estimated the crowd at 300": a measure
        or last.lower() in _NO_CLOSING_TIME_LASTS
        or not _FUTURE_TIME_WORDS.isdisjoint(word.lower() for word in words)
        or _closes_a_range(text, start, tail)
        or (perfect and words[0].lower() == "on")
        or (last[:1].isupper() and words[0][:1].isupper())  # "on Super Tuesday": a name
        or not (
            words[0].lower() in _TIME_TAIL_OPENERS
            or words[0].lower().strip(".,") in _CALENDAR_NAMES
            or says_when(text[tail:end])
        )
    ):
        return end
    return tail


# Object pronouns that take no modifier after them, so that what follows one as a cue's whole
# object is the writer's time, occasion or circumstance ("said so in December", "explained this
# in the past", "described it in print"); "that" may open a clause, and is left out.
_BARE_OBJECT_PRONOUNS = frozenset("it this so them him her these those".split())
# Words after such a pronoun that open a time, an occasion or a clause of time: PolNeAR train,
# non-direct reports that are such a pronoun and one of these, counted before the rule: the
# content ends at the pronoun 13 times, goes on 0 (5 more lie in a longer content that holds
# the cue, a writer's sentence). Not "on", which a cue may take ("blamed it on the storm",
# "pressed him on the levy").
_AFTER_BARE_OBJECT = frozenset("in at during after before last earlier early when while".split())
# After "so", what a cue of saying said (see data/manner_adverbs.tsv), which takes no
# complement: also "on" and the writer's "too", "again" and the like ("said so on Tuesday",
# "the engineers said so too", "said so himself"; review rvA23, invented probes).
_AFTER_SO = _AFTER_BARE_OBJECT | frozenset(
    "on too again also himself herself themselves itself then now once twice".split()
)
# Pronouns that are also determiners, and the adjectives of time that may follow them before
# their noun ("those last three words", "her early campaigns"; not "this last fall", "endorsed
# her early over her rivals").
_DETERMINER_PRONOUNS = frozenset("this these those her".split())
_ADJECTIVES_OF_TIME = frozenset("last early earlier".split())
_SEASONS = frozenset("spring summer fall autumn winter".split())
# Words after a bare object pronoun that carry the cue's complement past an occasion ("asked
# them in an email to vote", "told him at the rally whether"): the content goes on.
_COMPLEMENT_AFTER_OCCASION = frozenset("to that whether if".split())
_DOUBLE_MARKS = _DOUBLE_OPEN | _DOUBLE_CLOSE | {_STRAIGHT}  # any double quote mark


def _adjective_after_determiner(words: list[re.Match[str]]) -> bool:
    """Whether the second of ``words`` is an adjective of time after the first as a determiner
    (``those last three words``), not a time after a pronoun (``this last fall``)."""
    if words[0].group() not in _DETERMINER_PRONOUNS or words[1].group() not in _ADJECTIVES_OF_TIME:
        return False
    after = words[2].group() if len(words) > 2 else ""
    if words[1].group() == "last":
        return not (after in WHEN_CORE or after in _SEASONS)
    return bool(after) and after not in _AFTER_EARLY


# Words that open a noun phrase after "to", never an infinitive's verb ("in a letter to the
# council", "in her speech to its members"; review rvD22, invented probes).
_NOUN_PHRASE_OPENERS = NOUN_DETERMINERS | frozenset("this these those".split())


def _opens_noun_phrase(word: str) -> bool:
    """Whether a word after ``to`` opens a noun phrase: a determiner or a capitalised name."""
    return word.lower() in _NOUN_PHRASE_OPENERS or word[:1].isupper()


def _drop_after_bare_pronoun(text: str, start: int, end: int) -> int:
    """End an object that is a bare pronoun before the time or occasion after it (``said so in
    a city survey``, ``mentioned him in every speech as he toured``): a pronoun takes no
    modifier, so the rest is when or where it was said. Not when the cue's complement or a
    characterisation comes after the occasion (``asked them in an email to vote``,
    ``dismissed it in an interview as a stunt``, a quotation), nor an office or contest it was
    endorsed for (``endorsed her in the primary``), nor a clause of its own before a
    subordinator (``said it in a way voters liked``)."""
    words = list(_WORD.finditer(text, start, end))
    if len(words) < 2 or words[0].group() not in _BARE_OBJECT_PRONOUNS:
        return end
    pronoun_end = int(words[0].end())
    following = words[1].group().lower()
    if (
        text[pronoun_end : words[1].start()] != " "
        or following not in (_AFTER_SO if words[0].group() == "so" else _AFTER_BARE_OBJECT)
        or _adjective_after_determiner(words)
        or _contest_end(text, pronoun_end + 1, end) != pronoun_end + 1
        or not _DOUBLE_MARKS.isdisjoint(text[pronoun_end:end])
    ):
        return end
    occasion_end = int(words[1].end())
    for word, after in itertools.pairwise([*words[2:], None]):
        lowered = word.group().lower()
        if lowered in SUBORDINATORS or (
            lowered == "as" and after is not None and after.group().lower() in _SUBJECT_PRONOUNS
        ):
            break  # "when the survey was taken", "as he toured": the writer's clause
        if (lowered in _COMPLEMENT_AFTER_OCCASION or lowered == "as") and not (
            lowered == "to" and after is not None and _opens_noun_phrase(after.group())
        ):  # (not "in a letter to the council": the occasion's own phrase)
            return end  # "to vote", "as a stunt": the cue's complement
        occasion_end = int(word.end())
    if following not in SUBORDINATORS and _has_clause(text, pronoun_end, occasion_end):
        return end
    return pronoun_end


# How often something was said, closing an object ("criticised the plan on several
# occasions", "on two occasions"). Audit: fixed words anchored at the window's end; one
# search.
_HOW_OFTEN = regex.compile(
    r"[ ]on[ ](?:several|many|numerous|multiple|repeated|countless|various|separate|two|three"
    r"|four|five)[ ]occasions[.,;]?+$"
)
_HOURS_ON_A_CLOCK = 24  # "at 9", "at 11": a figure after "at" at most this is an hour


def _figure_past_the_hours(words: list[str]) -> bool:
    """Whether a time's words are ``at`` and a bare figure no clock reads (``estimated the
    crowd at 300``, ``put the toll at 1,200``): a measure, not when (``at 9``)."""
    if len(words) != len(("at", "300")) or words[0].lower() != "at":
        return False
    figure = words[1].rstrip(".,").replace(",", "")
    return figure.isdigit() and int(figure) > _HOURS_ON_A_CLOCK


def _closes_a_range(text: str, start: int, tail: int) -> bool:
    """Whether a time at ``tail`` goes on a range that the words before it open (``a curfew
    from 10 p.m. on Friday``): the range's, so the object's."""
    words = [word.strip(".,").lower() for word in text[start:tail].split()]
    count = len(words)
    while words and (words[-1] in _TIME_WORDS or words[-1].replace(":", "").isdigit()):
        words.pop()  # "10 p.m.", "noon", "Friday"
    return len(words) < count and bool(words) and words[-1] in _RANGE_OPENERS


class _QuoteState:
    """Whether positions after ``start`` lie inside a quotation opened after it: an odd
    number of straight double marks, or more curly openers than closers, before them; a
    straight mark while a curly quotation is open closes it, and a curly closer while a
    straight one is open closes that, as mixed copy has it (``has “clearly failed" on
    rents, as have ...``: the report ends before the ``as`` past the odd closer; PolNeAR
    train: 103 quotations close with the other style's mark). Asked for positions in order,
    it reads each character once."""

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.position = start
        self.straight = 0
        self.curly = 0

    def inside(self, position: int) -> bool:
        if position > self.position:
            for offset in range(self.position, position):
                mark = self.text[offset]
                if mark == _STRAIGHT:
                    if self.curly > 0 and self.straight % 2 == 0 and self._closes(offset):
                        self.curly -= 1  # a straight mark closing a curly quotation
                    else:
                        self.straight += 1  # (or opening one inside it: '“He called it "a')
                elif mark in _DOUBLE_OPEN:
                    self.curly += 1
                elif mark in _DOUBLE_CLOSE:
                    if self.curly == 0 and self.straight % 2 == 1:
                        self.straight += 1  # a curly closer closing a straight quotation
                    else:
                        self.curly -= 1
            self.position = position
        return self.straight % 2 == 1 or self.curly > 0

    def _closes(self, offset: int) -> bool:
        """Whether the straight mark at ``offset`` stands where a closer does: after a word
        or a stop, before no word."""
        return (
            offset > 0
            and not self.text[offset - 1].isspace()
            and not self.text[offset + 1 : offset + 2].isalnum()
        )


# A name and its appositive standing right after a cue: "Matt Lane, a former speechwriter".
# Audit: possessive runs of capitalised words, then a literal comma.
_INVERTED_SOURCE = regex.compile(r"\p{Lu}[\p{L}.'\-]*+(?:[ ]\p{Lu}[\p{L}.'\-]*+)*+,[ ]")
# A name right after a cue: "..., said Jane Roe." Audit: possessive runs of disjoint classes
# (space, capital, name letters).
_NAME_AFTER_CUE = regex.compile(
    r"[ ]*+\p{Lu}[\p{L}.'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}.'\u2019\-]*+)*+"
)  # (with a possessive's curly mark: "noted NBC\u2019s Dante Corbell")


def _headline_cue(text: str, sentence_start: int, cue: CueMatch) -> bool:
    """Whether a cue is capitalised after a word of its sentence, as only a Title Case
    headline writes one (``Ruiz Says Pirates Raided Harbour``)."""
    return text[cue.start : cue.start + 1].isupper() and bool(
        text[past_dateline(text, sentence_start) : cue.start].strip(" \"\u201c'\u2018(")
    )


# A comma and a capitalised word in a Title Case headline ("..., But Not Yet").
# Audit: a literal comma and space, one possessive run of letters; searched within one clause.
_HEADLINE_COMMA_WORD = regex.compile(r",[ ](\p{Lu}\p{Ll}++)\b")


# A one-word answer a headline's cue reports ("Says Yes, ...", "Says Sorry, ...").
_HEADLINE_ANSWERS = frozenset(("yes", "no", "sorry"))


def _headline_clause_end(text: str, start: int, end: int, cues: Mapping[str, CueClass]) -> int:
    """Where the clause a Title Case headline's cue reports ends: at a comma before a
    coordinator or a second verb of the headline's subject (``Ruiz Says Pirates Raided Harbour,
    Calls Mayor's Remarks 'Troubling'``), where lower case would end it too; a cue's base form
    is the clause's own second verb (``Ruiz Needs To Quit Games, Show Some Compassion``)."""
    answer = _WORD.search(text, start, end)
    if (
        answer is not None
        and answer.group().lower() in _HEADLINE_ANSWERS
        and text.startswith(",", answer.end(), end)
    ):
        return int(answer.end())  # "Minister Says Yes, Vote Goes Ahead": the vote is the news
    for match in _HEADLINE_COMMA_WORD.finditer(text, start, end):
        word = match.group(1).lower()
        if word in _COORDINATORS or (
            word.endswith("s") and (word in cues or word in _naming_pattern()[1])
        ):
            return int(match.start())
    return end


# A name of capitalised words that "of", "for", "on" or "and" may join, "the" before it or
# not: a body ("the U.S. Army Corps of Engineers"), a person of a body ("Jim Roe of the Kessel
# District") or a body's officer ("Corps of Engineers Commander Jim Roe"). Audit: possessive
# runs of disjoint classes between fixed words; matched whole.
_NAME_AFTER_CUE_JOINED = regex.compile(
    r"(?:the[ ])?+\p{Lu}[\p{L}.'\u2019\-]*+"
    r"(?:[ ](?:(?:of|for|on|and)[ ](?:the[ ])?+)?+\p{Lu}[\p{L}.'\u2019\-]*+)*+"
)


# A preposition of time or place opening what follows a cue: the occasion of the saying.
# Audit: fixed words; one position.
_OCCASION = regex.compile(
    r"(?:at|in|on|during|from|after|before|since|amid|following|outside|near"
    r"|with[ ](?:the[ ])?+(?=(?-i:\p{Lu})))\b",
    regex.IGNORECASE,
)


def _opens_adverbial(text: str, start: int, end: int) -> bool:
    """Whether a clause before a comma is a short adverbial (``In July 2012``, ``But in an
    essay last week``); a long one can be what was said (``For such a mistake to slip into a
    speech of this size, ...``)."""
    if _has_words(text, start, end, _ADVERBIAL_WORDS + 1):
        return False
    for piece in text[start:end].lower().split(","):
        words = piece.split()
        while words and words[0] in ("but", "and", "so", "yet"):
            words = words[1:]
        if words and words[0] not in ADVERBIAL_STARTS:
            return False  # "After the election, talks could collapse": a clause follows
    return True


_SMALL_WORDS = frozenset("a an the of in on at to for and or but nor by with from as is".split())
_TITLE_WORDS = 8  # a quoted title is at most this long


_NICKNAME_WORDS = 3  # 'Theo "T-Bone" Haskell', 'Daniel "The Hammer" Okoro'


def _quoted_words(text: str, start: int, end: int, most: int) -> list[str]:
    """The words between quote marks, without the straight or curly single marks that a word's
    letters take in (``'Annie'`` is ``Annie``, as ``\u2018Annie\u2019`` and ``"Annie"`` are);
    no more than ``most`` of them (one more than a check needs tells a long quote: a
    quotation of a thousand words is not read whole to learn it is no nickname)."""
    words = (match.group().strip("'\u2019") for match in _WORD.finditer(text, start, end))
    return list(itertools.islice((word for word in words if word), most))


def _nickname_words(words: Sequence[str]) -> bool:
    """Whether a quotation's first words (``_quoted_words``, one more than a nickname holds) can
    be a nickname: a few, each capitalised. Checked once, before what the words stand between."""
    return 0 < len(words) <= _NICKNAME_WORDS and all(word[:1].isupper() for word in words)


def _nickname(text: str, stretch: QuotedStretch, lexicon: Lexicon) -> bool:
    """Whether a quoted stretch of nickname words (``_nickname_words``) is a nickname inside a
    name: between a given name and a capitalised word (``producer Theo "T-Bone" Haskell``; not a
    headline's ``Reveals 'Demoralizing' Experience``)."""
    before = text[max(0, stretch.start - 30) : stretch.start]
    after = text[stretch.end : stretch.end + 30]
    if not (
        before.endswith(" ")
        and before.split()[-1:] != []
        and after.startswith(" ")
        and after[1:2].isupper()
    ):
        return False
    preceding, following = before.split(), after.split()
    # a known given name before it, or a name's words alone: lower case (or nothing) before the
    # given name and after the surname ("farmer Bernadette "Bernie" Walsh said"), where a
    # headline's words run on capitalised ("Smith Reveals 'Demoralizing' Experience At Work")
    return preceding[-1].lower() in lexicon.given_names or (
        preceding[-1][:1].isupper()
        and (len(preceding) < 2 or not preceding[-2][:1].isupper() or preceding[-2][-1] in ".:")
        and (len(following) < 2 or not following[1][:1].isupper())
    )


# "known as", "known to everyone as", "nicknamed" right before a quotation. Audit: fixed
# words around at most three possessive lower-case words other than "as"; anchored at the
# window's end.
_KNOWN_AS = regex.compile(r"\b(?:known(?:[ ](?!as\b)\p{Ll}++){0,3}+[ ]as|nicknamed)[ ]$")
_KNOWN_AS_REACH = 45  # characters before a quotation read for its "known as"


def _known_as(text: str, stretch: QuotedStretch) -> bool:
    """Whether a quoted stretch of nickname words (``_nickname_words``) is a nickname a person
    is known by (``Jordan Dobbs, known to everyone as "Dobbsy"``): after ``known as`` or
    ``nicknamed``."""
    return (
        _KNOWN_AS.search(text, max(0, stretch.start - _KNOWN_AS_REACH), stretch.start) is not None
    )


_SENTENCE_BREAKS = frozenset(("! ", "? ", ". "))
_ABBREVIATION_LETTERS = 3  # "Mr. and Mrs. Ng": a dot after so short a word ends no sentence


def _title_cased(text: str, start: int, end: int) -> bool:
    """Whether the quoted stretch at ``text[start:end]`` is a title (``"Face the Nation"``,
    ``'A Change Is Gonna Come'``): two to eight words, each capitalised but the small ones."""
    # read no further than the first word that is not capitalised (most quotes: the second)
    # or one word past the longest title: a long quote is no title
    words: list[str] = []
    for match in _WORD.finditer(text, start, end):
        word = match.group().strip("'")
        if not word:
            continue
        if len(words) == _TITLE_WORDS:
            return False
        if (
            words
            and text[match.start() - 2 : match.start()] in _SENTENCE_BREAKS
            and (text[match.start() - 2] != "." or len(words[-1]) > _ABBREVIATION_LETTERS)
        ):
            return False  # '"Order! Order!" he said': sentences, whose first words are capitals
        if not (word[:1].isupper() or word[:1].isdigit() or word.lower() in _SMALL_WORDS):
            return False
        words.append(word)
    return len(words) >= 2 and any(word.lower() not in _SMALL_WORDS for word in words[1:])


def _goes_on(text: str, scan: _SentenceScan, index: int) -> bool:
    """Whether a quoted stretch is the first piece of an interrupted statement: it opens the
    sentence, ends on a comma, and after a short attribution the next stretch goes on in lower
    case (``"The Harbour Board," she said, "has never asked us."``), so is no title however
    capitalised (but ``on "Fox News Sunday," he said "..."`` names a show)."""
    stretches = scan.stretches
    if (
        index + 1 >= len(stretches)
        or not _ends_like_statement(text, stretches[index])
        or not _starts_sentence(text, stretches[index], scan.sentence)
    ):
        return False
    following = stretches[index + 1]
    end = stretches[index].end
    return (
        text[following.start + 1 : following.start + 2].islower()
        and _gap_is_attribution(text, end, following.start)
        # (a cue between the pieces: not '"The Long Road Home," her memoir, was "..."')
        and (cue := _last_cue_before(scan.cues, following.start)) is not None
        and cue.start >= end
    )


# A possessive right before a quotation. Audit: fixed characters, anchored at the window's end.
_POSSESSIVE_BEFORE = regex.compile(r"\w['\u2019]s?+[ ]$")


_NAMED_OBJECT_WORDS = 4  # words of a naming verb's object read before the name it is given


def _name_given_to_object(
    text: str, stretch: QuotedStretch, naming: Mapping[str, CueClass]
) -> bool:
    """Whether a quotation closing its clause is the name a naming verb gives the object
    before it, a determiner and lower-case words (``Fans have dubbed the new stadium "the
    Cauldron."``, ``call the old mill "the Castle," though``): the namers' wording; not before
    a complement of its own (``called the new album "Low Tide" a triumph``), nor after a
    preposition (``called for the release of "Low Tide"``)."""
    words = _words_before(text, stretch.start, _NAMED_OBJECT_WORDS + 1)
    verb = next((index for index, word in enumerate(words[:-1]) if word in naming), None)
    if verb is None:
        return False
    object_words = words[verb + 1 :]
    following = text[stretch.end : stretch.end + len(" x")].strip()
    return (
        object_words[0] in NOUN_DETERMINERS
        and all(word.isalpha() and word.islower() for word in object_words[1:])
        # (a comma or full stop inside the marks closes the clause: '"the Castle," though')
        and (not following[:1].isalpha() or text[stretch.end - 2] in ",.")
    )


def _wording_of_a_subject(text: str, stretch: QuotedStretch, lexicon: Lexicon) -> bool:
    """Whether title-cased words in quote marks are what something is or is called, a
    speaker's wording however capitalised, not a work's title (``said the scheme was
    "Robbery, Plain And Simple."``, ``call the bill "The Landlord Relief Act."``); or the verb
    phrase of a cue's infinitive or of a modal, which no title is (a Title Case headline:
    ``Brandauer Vows to "Bring the Jobs Home"``, ``Vows She Will "Bring ..."``, ``Says Rival
    Would "Wreck the Harbour"``, ``Vows She'll "Bring ..."``); not what a cue's ``to`` takes as
    its object (``Responds to "Saturday Night Live" Sketch``: a show's title); nor a clause
    after a verb of saying (``Parra Says "I'm Not Going Anywhere"``), which no title is."""
    before = _words_before(text, stretch.start, 3)
    naming = _naming_pattern()[1]
    return bool(before) and (
        before[-1] in BE_FORMS
        or any(word in naming for word in before)
        or _name_given_to_object(text, stretch, naming)
        or before[-1].replace("\u2019", "'").endswith("'ll")
        or before[-1] in MODALS
        or (
            before[-1] in _SAYING_CUES
            and _has_clause(text, stretch.start + 1, stretch.end - 1, that_counts=False)
        )
        or (
            len(before) > 1
            and before[-1] == "to"
            and before[-2] in lexicon.cues
            and before[-2] not in read_words("to_object_cues.tsv")
        )
    )


def _owned_name(text: str, start: int, end: int) -> bool:
    """Whether a quoted stretch is the capitalised name of something a possessive owns
    (``star of television's "Scandal,"``, ``the network's "Newsline"``): a title, even of one
    word, which ``_title_cased`` leaves to the statement it may be."""
    if not _POSSESSIVE_BEFORE.search(text, max(0, start - len("x's ")), start):
        return False
    words = _quoted_words(text, start, end, _TITLE_WORDS + 1)
    return 0 < len(words) <= _TITLE_WORDS and all(
        word[:1].isupper() or word.lower() in _SMALL_WORDS for word in words
    )


# A linked piece's writer after its headline, as a newsletter lists the day's reading ('"Port
# to reopen in May," by the Gazette's Ana Brandt:', or a magazine's with no outlet: '"The
# candidate who wasn't there," by Marisol Drake:'): "by", maybe an outlet of at most four
# capitalised words and its possessive, then a writer's name of two to four capitalised words
# that ends the sentence or opens the excerpt; not one the sentence goes on past with a comma
# ('"We want a fair wage," by the Kessel Nurses' Union, was read aloud', '"The bridge is
# safe," by Kessel's Mayor Ana Brandt, was the most shared post': a statement someone made); a
# name may hold particles ("the Gazette's Lina van Dam", "the Herald's Maria de la Cruz"), and
# the comma may go on to the next headline ('..., and "Schools brace for cuts," by ...'). Audit:
# possessive runs of disjoint classes, at most three repeated words each, at most two fixed
# particles (PARTICLES) before each, a lookahead of fixed marks and words; the outlet an
# optional possessive group, not tried again once it fails; matched at one position within the
# paragraph.
_CREDITED_TO_WRITER = regex.compile(
    r"[ ]by[ ](?:(?:[Tt]he[ ])?+(?:\p{Lu}[\p{L}.\-]*+[ ]){0,3}+\p{Lu}[\p{L}.\-]*+"
    r"(?:'s|\u2019s|'|\u2019)[ ])?+\p{Lu}[\p{L}.\-]*+"
    rf"(?:[ ](?:(?:{'|'.join(sorted(PARTICLES))})[ ]){{0,2}}+\p{{Lu}}[\p{{L}}.\-]*+){{1,3}}+"
    r"(?!,(?![ ](?:and[ ])?+[\"\u201c]))"
)


_HEADLINE_LABEL_CHARACTERS = 40  # the longest label before a listed headline ("BROADWAY BEAT— ")


def _credited_headline(text: str, stretch: QuotedStretch, paragraph: Paragraph) -> bool:
    """Whether a quotation is the headline of a linked piece, credited to its outlet's writer
    (``SHORT READS: — "Port to reopen in May," by the Gazette's Ana Brandt``): it opens its
    paragraph, after a label in capitals or a dash at most, and ends with its comma; a title,
    nobody's words (the excerpt after the writer's colon stays the writer's)."""
    return (
        text[stretch.end - 2 : stretch.end - 1] == ","
        and _CREDITED_TO_WRITER.match(text, stretch.end, paragraph.end) is not None
        and stretch.start - paragraph.start <= _HEADLINE_LABEL_CHARACTERS
        and not any(char.islower() for char in text[paragraph.start : stretch.start])
    )


def _after_owned_name(text: str, floor: int, end: int) -> bool:
    """Whether the quotation closing by ``end`` is the name of something a possessive owns
    (see ``_owned_name``); its opener is the last opening mark before its closer."""
    opener = max(text.rfind(mark, floor, end - 2) for mark in _OPENERS)
    return opener != -1 and _owned_name(text, opener, end)


def _nearest_cue(cues: list[CueMatch], stretch: QuotedStretch) -> CueMatch | None:
    """The cue that frames a partial quote: the last one before it, else the first after."""
    before = _last_cue_before(cues, stretch.start)
    if before is not None:
        return before
    index = bisect.bisect_left(cues, stretch.end, key=lambda cue: cue.start)
    return cues[index] if index < len(cues) else None


def _through_open_quote(stretches: list[QuotedStretch], start: int, end: int) -> tuple[int, int]:
    """A reported clause never ends inside a quotation it opened: ``said the plan "may have
    left the station. We will see,"`` runs to the closing mark, past the sentence end that the
    quotation holds."""
    index = bisect.bisect_right(stretches, end - 1, key=lambda stretch: stretch.start)
    if index and start <= stretches[index - 1].start and stretches[index - 1].end > end:
        return start, stretches[index - 1].end
    return start, end


def _in_relative_aside(text: str, start: int, earlier: CueMatch, cue: CueMatch) -> bool:
    """Whether an earlier cue stands in a relative aside set off by commas between a subject
    and a later cue (``The sale, which was announced in May, is expected to close``)."""
    opening = _last_comma(text, start, earlier.start)
    return (
        opening is not None
        and _RELATIVE.match(text, opening + 1) is not None
        and _last_comma(text, earlier.end, cue.start) is not None
    )


# Words that join a clause whose subject an impersonal cue reports to the writer's sentence
# ("while the sale is expected to close in May", ", where Reyes is expected to win"): no part
# of what is expected (PolNeAR train, where quotekit's clause opened with one: the content
# starts after it 4 times, at it never).
_IMPERSONAL_CLAUSE_JOINERS = SUBORDINATORS | frozenset(("where",))
# "who" or "which" as the subject of an impersonal or evidential cue, then its auxiliaries
# and adverbs up to the cue ("delegates who are expected to back her", "of all the voters who
# might be expected to", "a man passing by who seemed to be lost"): what is expected or seems
# starts at the pronoun, as after a comma (PolNeAR train: 10 times before "expected", 3 before
# "seem"/"appear", never at the noun it stands for; "that", which reads as a conjunction at a
# content's start, is left out). Audit: fixed words, then at most four possessive
# runs each of fixed words or lower-case letters ending in "ly", possessive spaces and the end
# of the text read; one position.
_RELATIVE_SUBJECT = regex.compile(
    r"\b(?:who|which)(?:[ ]++(?:is|are|was|were|be|been|has|have|had|could|would|will"
    r"|may|might|can|should|must|not|\p{Ll}++(?<=ly))){0,4}+[ ]*+$",
    regex.IGNORECASE,
)


def _own_clause_start(text: str, sentence_start: int, cue_start: int) -> int:
    """Where the clause holding a cue starts, for the cues whose subject is part of what they
    report (``the sale is expected to close``): after the last comma or ``that`` before the
    cue (``adding that the army had been asked to help``), past a relative aside of the
    subject (``The sale, which was announced in May, is expected``), else at the sentence
    start."""
    comma = _last_comma(text, sentence_start, cue_start)
    between = [] if comma is None else text[comma + 1 : cue_start].lower().split()
    if (
        comma is not None
        and between
        and all(word in _IN_A_VERB_GROUP or word.endswith("ly") for word in between)
    ):
        # "The Health Secretary, Callum Brayfield, is expected to", "The sale, which was
        # announced in May, is expected to close": the comma closes an aside set off after
        # the subject, whose clause starts before it
        opening = _last_comma(text, sentence_start, comma)
        comma = None if opening is None else _last_comma(text, sentence_start, opening)
        if (
            comma is not None
            and opening is not None
            and _RELATIVE.match(text, opening + 1) is not None
            and all(word[:1].isupper() for word in text[comma + 1 : opening].split())
        ):
            # "The mayor, Ana Ruiz, who was elected in May, is expected": a name set off
            # before the relative, both after a subject with an article (not "In May, Ana
            # Ruiz, who ...": an opening adverbial)
            before = _last_comma(text, sentence_start, comma)
            subject = past_dateline(text, sentence_start) if before is None else before + 1
            if _next_word(text, subject) in ARTICLES:
                comma = before
    start = past_dateline(text, sentence_start) if comma is None else comma + 1
    # "(she was said to have been shown every memo)": an aside in brackets is a clause
    bracket = text.rfind("(", start, cue_start)
    if bracket != -1 and ")" not in text[bracket:cue_start]:
        start = bracket + 1
    that = text.rfind(" that ", start, cue_start)
    if that != -1 and not _QuoteState(text, start).inside(that):
        return that + 6
    # ", and Chairman Alan Voss was said to be furious": the joiner is the writer's
    first = _WORD.search(text, start, start + _CHARACTERS_PER_WORD)
    return first.end() if first is not None and first.group().lower() in _COORDINATORS else start


def _last_comma(text: str, start: int, end: int) -> int | None:
    """The last comma outside quote marks between ``start`` and ``end``, if any."""
    comma = text.rfind(",", start, end)
    if comma == -1 or _QuoteState(text, start).inside(comma):
        return None
    return comma


# What may join the quoted names a naming verb gives: 'a "liar" and "a fraud"', '"weak," "low
# energy"'. Audit: one optional comma, space and conjunction, each possessive.
_NAMES_JOINED = regex.compile(r",?+[ ]*+(?:(?:and|or)[ ]++)?+(?:(?:a|an|the)[ ]++)?+")
# A comma or a conjunction and a subject pronoun after the quoted name: the writer goes on;
# so does the occasion of the naming ("called her "the conscience of the paper" in a note to
# staff on Monday"), and a colon before the writer's gloss of the name ('what strategists call
# a "prevent defense": few risks and fewer interviews'). Audit: fixed alternatives, no
# repetition.
_NEW_CLAUSE_AFTER_NAME = regex.compile(
    r"[,:]|[ ](?:and|but|while|as)[ ](?:he|she|they|it|we|i)\b|[ ](?:and|but|or)[ ](?=\p{Ll})"
    r"|[ ](?:in|on|at|during)[ ](?:a|an|the|his|her|their|its|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\b"
)


# The main clause's verb right after the quoted name, when the naming verb stands in a relative
# without "which" ("A growth figure Raymond Tsang has called 'optimistic at best' underpins the
# whole plan", "a deal she called "a betrayal" was signed"): an auxiliary, or a verb in -s or
# -ed or an irregular past before a determiner ("called "a betrayal" won the backing"; not
# "called "fake news" stories that"), only where the quotation
# is the verb's object itself, its own object being the relative's gap (not "called the merger
# "doomed" unless the regulators", "called the rules "common sense" measures the public would
# welcome"). Audit: fixed words, or one possessive lower-case run and fixed words.
_MAIN_VERB_AFTER_NAME = regex.compile(
    r"[ ](?:(?:is|was|are|were|has|had|will|would)\b"
    r"|(?P<verb>\p{Ll}++)[ ](?:the|a|an|his|her|its|their|our)\b)"
)
# "what" and the naming verb's subject right before the verb ("what she called", "what the
# mayor, Ines Parra, called"). Audit: a fixed word, then at most six possessive runs of word
# characters, each with an optional comma and a space; anchored at the window's end.
_WHAT_BEFORE_SUBJECT = regex.compile(r"\bwhat[ ](?:[\p{L}\p{N}.'\u2019\-]++,?+[ ]){1,6}+$")
_WHAT_REACH = 64  # characters before a naming verb read for "what" and its subject
_SUBJECT_BEFORE_RELATIVE = 4  # the most words of a subject before its own relative word
# The determiners that open a named noun phrase, and that none of its later words may be.
_NAMING_DETERMINERS = "a|an|the|his|her|its|their|our|this|these|those"
# A noun phrase right before a naming participle, maybe set off by a comma: a determiner and at
# most five words, none a determiner ("set up a website called", "a regular series, called",
# "praised this law, dubbed", "The new levy, termed").
# Audit: fixed words, then a bounded possessive repetition of possessive runs (each after a
# fixed-word lookahead), an optional comma and a space, anchored at the window's end.
_PHRASE_BEFORE_NAMING = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:{_NAMING_DETERMINERS})"
    rf"(?:[ ](?!(?:{_NAMING_DETERMINERS})[ ])[\p{{L}}\p{{N}}'\u2019\-]++)"
    r"{1,5}+,?+[ ]$",
    regex.IGNORECASE,
)
# The quoted name right after a naming participle, maybe after an article or "both" ('called
# the "chained CPI"', 'labelled both "fair" and "overdue"'), or a characterising one's "as"
# ('was described as "a travesty" by'), its mark double or two apostrophes, the style of some
# papers ("was known as ''the Poorhouse''"). Audit: two optional fixed words, each with its
# space, then one character of a class or two fixed characters; one position.
_NAME_AFTER_PARTICIPLE = regex.compile(
    r"[ ](?:as[ ])?+(?:(?:a|an|the|both)[ ])?+(?P<mark>[\"\u201c]|'')"
)


def _names_end(text: str, stretches: list[QuotedStretch], index: int, end: int) -> int:
    """Where the quoted names a naming verb gives end, from the stretch at ``index`` over
    those joined to it before ``end`` ('a "liar" and "a fraud"')."""
    last = stretches[index].end
    # (by index, not over a copy of the rest: a sentence of many names stays linear)
    for following in range(index + 1, len(stretches)):
        stretch = stretches[following]
        joined = _NAMES_JOINED.match(text, last, stretch.start)
        if stretch.end > end or joined is None or joined.end() != stretch.start:
            break
        last = stretch.end
    return last


@functools.cache
def _quoted_object_nouns() -> frozenset[str]:
    """The nouns of ``quoted_object_cues.tsv`` (``dig at``, ``lament for``: their source names
    them the noun of a verb), whose phrase may be the subject of the sentence's verb."""
    return frozenset(
        row[0].lower()
        for row in read_table("quoted_object_cues.tsv")
        if row[2].startswith(("the noun of", "plural of"))
    )


@functools.cache
def _quoted_object_stances() -> frozenset[str]:
    """The verbs of holding to or commenting on a thing (``believes in``, ``stood by``: their
    source starts "a stance"), of giving an account of it (``detailed``, ``exposes``: "an
    account") or of enacting a measure (``passed``, ``approve``: "an enactment") of
    ``quoted_object_cues.tsv``, which also take a sign's, a place's or a law's title-cased name
    as a thing (``stood by a "For Sale" sign``, ``signed the "Clean Harbour Act"``)."""
    return frozenset(
        row[0].lower()
        for row in read_table("quoted_object_cues.tsv")
        if row[2].startswith(("a stance", "an account", "an enactment"))
    )


@functools.cache
def _enactments() -> frozenset[str]:
    """The verbs of enacting a measure of ``quoted_object_cues.tsv`` (``passed``, ``adopt``:
    their source starts "an enactment")."""
    return frozenset(
        row[0].lower()
        for row in read_table("quoted_object_cues.tsv")
        if row[2].startswith("an enactment")
    )


# Prepositions right after a verb of enacting that make it a verb of moving or going by ('the
# ball passed between the "twin towers"', 'passed with a "yes" from every member'; review
# rvA24): no measure for an object.
_NO_MEASURE_PREPOSITIONS = frozenset(
    "with between through over under into by along across around from beyond near past".split()
)

# The name's head noun, if any, then a spaced dash or hyphen after a naming verb's quotation
# ('what Mirren called a "build it and they will come" approach - courting donors', 'one he calls
# "Steady Harbour" - but it is not'): the writer's gloss or clause follows, the name ends.
# Audit: at most two possessive lower-case runs, each after one space and opening with a letter
# (so none takes the hyphen of the dash), then a lookahead of fixed alternatives; one position.
_DASH_AFTER_NAME = regex.compile(
    rf"(?:[ ]\p{{Ll}}[\p{{Ll}}\-]*+){{0,2}}+(?={_SPACED_DASH_OR_HYPHEN})"
)


def _through_naming_quote(
    text: str, stretches: list[QuotedStretch], start: int, end: int, *, noun: bool = False
) -> tuple[int, int] | None:
    """What a naming verb reports ends with the words in quote marks it names its object
    with, when a comma or a new clause follows them: ``called him a "nice guy," linking
    to`` reports ``him a "nice guy,"``; ``called it "a champion" for workers`` goes on.
    The object of a ``noun`` cue also ends before the main verb (``Vale's dig at the "paper
    mayor" drew laughs``). None when no quotation stands in it: ``who called Ruiz after the
    vote`` names nothing."""
    index = bisect.bisect_left(stretches, start, key=lambda stretch: stretch.start)
    if index == len(stretches) or stretches[index].end > end:
        return None
    last = _names_end(text, stretches, index, end)
    comma_inside = text[start:last].rstrip(_ALL_MARKS)[-1:] == ","
    if (
        (
            comma_inside
            and not _figures_compared(text, start, last)
            # ('called the count "a farce," because ...': the namer's reason goes on)
            and not _reason_goes_on(text, last - 1, end)
        )
        or _NEW_CLAUSE_AFTER_NAME.match(text, last, end)
        or (
            (main_verb := _MAIN_VERB_AFTER_NAME.match(text, last, end)) is not None
            and (
                (verb := main_verb.group("verb")) is None
                or (
                    (stretches[index].start == start or noun)
                    and (verb.endswith("s") or _past_participle(verb))
                )
            )
        )
    ):
        return start, last
    dash = _DASH_AFTER_NAME.match(text, last, end)
    if dash is not None:
        return start, dash.end()
    return start, end


# "as" opening what a cue reports, right after the cue: the cue's object stands before it.
# Audit: fixed characters; one position.
_AS_AFTER_CUE = regex.compile(r"[ ]as[ ]")


def _quoted_as_phrase(text: str, cue_end: int, start: int, end: int) -> bool:
    """Whether what a cue reports is an ``as`` phrase right after it that holds a quotation
    (``described as a "turning point"``)."""
    opening = _AS_AFTER_CUE.match(text, cue_end)
    return (
        opening is not None
        and start == opening.start() + 1
        and not _DOUBLE_OPENERS.isdisjoint(text[start:end])
    )


def _given_name_end(
    text: str, stretches: list[QuotedStretch], cue: CueMatch, end: int
) -> int | None:
    """Where the quoted name a naming participle gives right after it ends (``called "Fix Our
    Roads"``, ``dubbed the "Iron Lady"``), before ``end``. None when no quotation follows the
    participle, or when an object follows the name (``called "Ruizism" a threat``: the name
    is an active verb's object)."""
    name = _NAME_AFTER_PARTICIPLE.match(text, cue.end)
    # ("known", whose past is no past form of the clause verbs: a participle all the same)
    if name is None or not (_past_participle(cue.form) or cue.form in _PASSIVE_ONLY_NAMING):
        return None
    index = bisect.bisect_left(stretches, name.start("mark"), key=lambda stretch: stretch.start)
    if index == len(stretches) or stretches[index].start != name.start("mark"):
        return None
    last = _names_end(text, stretches, index, end)
    following = _WORD.match(text, last + 1)
    if following is not None and following.group().lower() in NOUN_DETERMINERS:
        return None
    return last


# Words after which a noun phrase is the subject of a clause they open: relative pronouns and
# the subordinators that are no prepositions ("because the minister called"; not "after a
# storm called "Ruth"", a preposition's object).
_CLAUSE_SUBORDINATORS = SUBORDINATORS - _PREPOSITION_OPENERS
_SUBJECT_CLAUSE_OPENERS = _RELATIVE_WORDS | _CLAUSE_SUBORDINATORS


_OPENING_TIME_WORDS = 4  # "On Monday", "Earlier this month": the longest opening time read


# Words that open a subject or a time after an opening adverb ("Now the plan", "Earlier this
# month", "Later that day"): determiners, demonstratives and the words of a time.
_AFTER_OPENING_TIME = (
    NOUN_DETERMINERS | WHEN_WORDS | frozenset("this these those last next each every".split())
)


def _opens_subject(word: str) -> bool:
    """Whether a word after an opening time or adverb may open the subject: a name or a
    determiner (``Last week the levy``, ``Now Ruiz's plan``), not a lower-case noun the time
    modifies (``Weekend closures``)."""
    return word[:1].isupper() or word.lower() in _AFTER_OPENING_TIME


def _past_opening(text: str, start: int, end: int, *, opening: bool = False) -> int:
    """Where the subject of a clause from ``start`` to its verb at ``end`` starts: past a
    subordinator before it (``Shops closed early because the levy was criticized``; with
    ``opening``, one opening the sentence too: ``While the plan was labelled``) and past an
    opening time with no comma (``Last week the levy``, ``Now the plan``), the writer's."""
    words = list(_WORD.finditer(text, start, end))
    for index, word in enumerate(words[:-1]):
        if (index or opening) and word.group().lower() in _CLAUSE_SUBORDINATORS:
            start = words[index + 1].start()  # (one opening the sentence: no subject to read)
    words = [word for word in words if word.start() >= start]
    adverb = bool(words) and words[0].group().lower() in read_words("sentence_adverbs.tsv")
    if adverb and len(words) > 2 and _opens_subject(words[1].group()):
        # "Now the plan", "Earlier this month the levy": past the adverb, maybe a time after it
        # (not "Later editions of the guide": an adjective of the subject)
        words, start = words[1:], int(words[1].start())
    for count in range(min(_OPENING_TIME_WORDS, len(words) - 2), 0, -1):
        last = words[count - 1]
        if last.group().lower() in _TIME_PHRASE_OPENERS:
            continue  # "On Monday the levy": the time ends before "the"
        if _opening_time(text, start, last.end()) and _opens_subject(words[count].group()):
            # (not "Weekend closures of the bridge": the time modifies the subject's noun)
            return int(words[count].start())
    return start


def _before_agent(text: str, stretches: list[QuotedStretch], start: int, end: int) -> int:
    """Where an ``as`` phrase holding a quotation ends before the agent after it (``the site,
    described as "an eyesore" by neighbours``: the neighbours speak), else ``end``."""
    index = bisect.bisect_left(stretches, end, key=lambda stretch: stretch.start) - 1
    if index < 0 or not start <= stretches[index].start or stretches[index].end >= end:
        return end
    last = stretches[index].end
    return last if text.startswith(" by ", last) else end


def _subject_after_what(between: str) -> bool:
    """Whether the words between ``what`` and a naming cue are only the cue's subject, so that
    ``what`` is its object: no comma left open (``what happens to the site, described as``: a
    participle; ``what its owner, Tomas Reyes, described as``: an aside) and no relative word
    outside an aside (``would not say what caused the blast, which residents called``) but a
    determiner ``that`` (``what officials at that agency described``) and one right after the
    subject's noun (``what engineers who inspected the pier described``)."""
    if between.count(",") % 2:
        return False
    words = " ".join(between.split(",")[::2]).lower().split()
    return all(
        word not in _RELATIVE_WORDS
        or (word == "that" and (index == 0 or words[index - 1] in _PREPOSITIONS_BEFORE_AN_OBJECT))
        or (
            0 < index <= _SUBJECT_BEFORE_RELATIVE
            and not any(
                before in _FINITE_VERBS or before.endswith(_PARTICIPLE) for before in words[:index]
            )
        )
        for index, word in enumerate(words)
    )


def _named_phrase(
    text: str,
    stretches: list[QuotedStretch],
    floor: int,
    cue: CueMatch,
    end: int,
    *,
    lexicon: Lexicon,
) -> tuple[int, int] | None:
    """The noun phrase a naming participle names in a reduced relative, with its quoted name:
    ``set up a website called "Fix Our Roads" that lists ...`` reports ``a website called "Fix
    Our Roads"``, the name closing the phrase. None when the phrase is the subject of an active
    verb: opening the sentence with no comma before the verb (``The senator called "Ruizism"
    ...``), after a noun, a relative word, a clause's subordinator or an opening time (``a plan
    the mayor called``, ``the budget, which the mayor called``, ``Yesterday the minister
    called``), or ending in a group's plural or a name after a lower-case noun (``a move critics
    called``, ``a step Democrats called``, ``a decision Mayor Ana Ruiz called``); when it
    holds a word that is no noun's (``the capital in Terre Haute, called``), or when an object
    follows the name (``called "Ruizism" a threat``)."""
    last = _given_name_end(text, stretches, cue, end)
    if last is None:
        return None
    phrase = _PHRASE_BEFORE_NAMING.search(
        text, max(floor, cue.start - _CHARACTERS_PER_WORD * 6), cue.start
    )
    if phrase is None:
        return None
    words = text[phrase.start() : phrase.end()].rstrip(", ").split()[1:]
    while len(words) > 1 and words[-1].lower() in _TIME_WORDS:
        # "launched a website Friday called "Fix Our Roads"": when, not the phrase's head
        words.pop()
    if any(word.lower() in _NO_HEAD_NOUNS for word in words):
        return None
    if (
        len(words) > 1
        and words[0].islower()
        and (
            words[-1][:1].isupper()
            or lexicon.group_nouns.get(words[-1].lower()) is SpeakerKind.GROUP
        )
        # (a participle's object is the phrase's own: "a charity helping refugees called")
        and not any(word.endswith("ing") for word in words[1:-1])
    ):
        # "a move critics called", "a decision Mayor Ana Ruiz called": the subject of an
        # object relative without "that" (not "a website called", "the Harbor Plaza, called")
        return None
    before = _words_before(text, phrase.start(), 3, floor=floor)
    if not before:
        # "The new levy, termed "the fair share index" by its authors, takes effect": a
        # participle set off after the sentence's subject
        return (phrase.start(), last) if text[cue.start - 2 : cue.start] == ", " else None
    if (
        (len(before) > 1 and before[-2] in NOUN_DETERMINERS)
        or before[-1] in _SUBJECT_CLAUSE_OPENERS
        or "whom" in before
        # "what the mayor, in a rare outburst, called": the object of an aside's preposition
        or (
            len(before) > 1
            and before[-2].endswith(",")
            and before[-1] in _PREPOSITIONS_BEFORE_AN_OBJECT
            and text[cue.start - 2 : cue.start] == ", "
        )
        or _opening_time(text, floor, floor + len(text[floor : phrase.start()].rstrip(", ")))
    ):
        # "a plan the mayor called", "the budget, which the mayor called", "whom supporters
        # of the club called", "It was a decision that the union called", "Yesterday the
        # minister called": the subject of an active verb
        return None
    return phrase.start(), last


# A lower-case word right after a closing mark, which may be the head noun of the phrase the
# quote modifies ('the "pivot" line'), or after a cue's -ing form used as an adjective ("a
# telling sign"). Audit: a fixed space, then one possessive run of a class.
_WORD_AFTER_QUOTE = regex.compile(r"[ ](\p{Ll}[\p{Ll}\-]*+)\b")
# Words that are no head noun after a quoted modifier (or an -ing form): verbs, prepositions,
# conjunctions, pronouns, determiners and the words that open a clause ('a "deal" that', 'the
# "experts" say', 'the "anyone" he had in mind', "a warning that").
_NO_HEAD_NOUNS = (
    _FINITE_VERBS
    | _COORDINATORS
    | _TIED_TO_CUE
    | _PLACE_AND_TIME_PREPOSITIONS
    | _NOUN_PREPOSITIONS
    | _RELATIVE_WORDS
    | QUESTION_WORDS
    | _NEGATIONS
    | _SUBJECT_PRONOUNS
    | _OBJECT_PRONOUNS
    | NOUN_DETERMINERS
    | _GERUND_LEADS
    | frozenset(
        "or nor than into toward towards because if so there here between among within against"
        " across behind beyond this these those".split()
    )
    # the writer's when, how often and how ('a "giveaway" last year', 'the "experts" four
    # times', 'the "experts" yesterday', 'a "giveaway" instead')
    | _TIME_WORDS
    | TIME_ADVERBS
    | read_words("manner_adverbs.tsv")
    | COUNT_WORDS
    | _ORDINALS
    | frozenset("one once twice first last next himself herself themselves itself".split())
)


# Prepositions a noun phrase with a quoted modifier may follow ('in favor of "pay-as-you-go"
# transit fares'), where the record starts with the quote.
_NOUN_PHRASE_PREPOSITIONS = _PREPOSITIONS_BEFORE_AN_OBJECT | frozenset(
    "of for about against".split()
)
_BEFORE_A_QUOTED_MODIFIER = NOUN_DETERMINERS | _NOUN_PHRASE_PREPOSITIONS
# Prepositions before "her" that make it a determiner, not a verb's object ('in her "reform"').
_PREPOSITIONS_BEFORE_HER = _NOUN_PHRASE_PREPOSITIONS | _NOUN_PREPOSITIONS


def _in_subject_of(text: str, stretch: QuotedStretch, cue: CueMatch) -> bool:
    """Whether a partial quote ends the subject of a cue right after it, alone or as the
    modifier of its head noun (``Critics of the "reform" said the plan would fail``, ``the "Go
    Home" campaign said``, ``the "Harbour" star posts``): the quote names the speakers, it is
    not what the cue reports. Not a participle with its agent (``"city-first" policies
    expounded by``), nor a noun cue the quote modifies (``her "keep your plan" promise``)."""
    verb = cue.form.split(maxsplit=1)[0]
    if cue.start < stretch.end or not (
        _past_participle(verb) or verb in SAY_FORMS or (verb == cue.form and verb.endswith("s"))
    ):
        return False  # (a noun cue the quote modifies: 'Varga's "keep your doctor" promise')
    phrase = _quoted_noun_phrase(text, stretch)
    end = stretch.end if phrase is None else max(phrase[1], stretch.end)
    return (
        # ('Critics of the "reform" have said': an auxiliary may stand between; read no
        # further, a long gap holds words)
        0 <= cue.start - end <= len(" have ")
        and PERFECT_AUXILIARIES.issuperset(text[end : cue.start].lower().split())
        and text[stretch.start : stretch.end].rstrip(_ALL_MARKS)[-1:] not in ",.;:!?"
        and _next_word(text, cue.end) != "by"
    )


def _noun_in_ing(text: str, end: int) -> bool:
    """Whether a word in -ing after a quoted modifier is its head noun rather than a
    participle taking an object (``the "experts" advising the governor``): it ends the
    phrase, or a past participle or ``of`` follows it (``the "emergency" meeting called by her
    rivals``, ``the "emergency" meeting of the council``)."""
    following = _next_word(text, end)
    return text[end : end + 1] in (".", ",", ";", ":") or (
        following == "of" or (following.endswith("ed") and text[end : end + 1] == " ")
    )


def _quoted_noun_phrase(text: str, stretch: QuotedStretch) -> tuple[int, int] | None:
    """The noun phrase a quote stands in, from its determiner to its head noun: a quoted word
    for a kind of thing (``Ferrer fixates on the "reset" line``, ``what critics call a "use
    it or lose it" approach``, ``her argument in favor of "pay-as-you-go" transit fares``) is
    reported with the thing it names, and a quote its determiner opens with the determiner
    (``She also referenced the "Brenner loophole,"``). None unless a determiner or a
    preposition stands right before the quote, and for a head noun, none after a stop inside
    the marks."""
    before = _words_before(text, stretch.start, 2)
    word = before[-1] if before else ""
    word_start = stretch.start - 1 - len(word)
    if (
        word not in _BEFORE_A_QUOTED_MODIFIER
        or text[max(0, word_start) : stretch.start].lower() != word + " "
    ):
        return None  # (one space between the word and the quote)
    start = word_start
    if word in _NOUN_PHRASE_PREPOSITIONS or (
        # 'gave her "full marks"': after a verb, "her" may be its object, not the determiner
        word == "her" and len(before) > 1 and before[0] not in _PREPOSITIONS_BEFORE_HER
    ):
        start = stretch.start
    head = _WORD_AFTER_QUOTE.match(text, stretch.end)
    if (
        text[stretch.start : stretch.end].rstrip(_ALL_MARKS)[-1:] in ",.;:!?"
        or head is None
        or head.group(1) in _NO_HEAD_NOUNS
        # (a verb: 'Critics of the "reform" said'; but 'the "woke" left said': a noun before it)
        or (
            (_past_participle(head.group(1)) or head.group(1) in SAY_FORMS)
            and not _past_participle(_next_word(text, head.end()))
        )
        or (head.group(1).endswith("ing") and not _noun_in_ing(text, int(head.end())))
        # (an adverb; not 'the "law and order" rally')
        or (head.group(1).endswith("ly") and head.group(1) not in read_words("nouns_in_ly.tsv"))
    ):
        return None if start == stretch.start else (start, stretch.end)
    return start, int(head.end())


# A prepositional phrase or a restrictive relative clause right after a partial quote, up to a
# stop, a mark, a dash, a bracket or a word that opens another clause ('"fraud" over delegate
# selection and threatening', 'the "gun show loophole" that allows ...'). Audit: fixed words,
# then a possessive repetition of possessive runs of a class, each after a lookahead of fixed
# words and followed by an optional space; no backtracking.
_PHRASE_AFTER_QUOTE = regex.compile(
    r"[ ](?:with|in|at|over|for|to|against|from|about|into|that|who|which)[ ]"
    r"(?:(?!(?:and|but|or|nor|who|whom|whose|which|that|while|when|where|as|because|before"
    r"|after|if|than|so)\b)[^\s,.;:!?\"\u201c\u201d\u2014\u2013()\[\]]++[ ]?+)++"
)


# What a reply is given in, the occasion of saying ("said "pray for him" in response").
_REPLY_OCCASIONS = frozenset(("response", "reply", "return"))
# Words after "that" that make it a pronoun, not the opener of a clause (', that much was
# clear', ', that is why').
_THAT_AS_PRONOUN = _FINITE_VERBS | frozenset("much alone too far".split())
# Words after "with" that make a manner of the writer's, not a qualifier of the quoted words
# ('criticized as a "giveaway" with some justification', 'with little evidence').
_MANNER_QUANTIFIERS = frozenset("some little no much great considerable".split())
_OCCASION_WORDS = 3  # words after "in" read for the occasion's noun ("in a televised speech")
# What a phrase of how long or how often ends in ('criticized as a "giveaway" for years', 'for
# the second time', 'at first'), the writer's time.
_DURATION_ENDS = frozenset(
    "year years month months week weeks day days decade decades hour hours time times first".split()
)
_DURATION_WORDS = 5  # words of such a phrase after its preposition


def _writers_phrase(text: str, start: int, end: int, phrase_end: int) -> bool:
    """Whether the phrase after a partial quote is the writer's, about the saying rather than
    the quoted words: an occasion (``in a speech``), a manner (``with some justification``),
    a duration (``for years``), an infinitive of purpose or an addressee (``to score points``,
    ``to reporters``; not ``to the party``, whose determiner makes a noun phrase, nor ``an
    approach to voting``) or the result clause of ``such`` / ``so`` (``such a "giveaway" that
    the council dropped it``)."""
    words = text[end:phrase_end].split()
    lead, following = words[0], words[1]
    if lead in ("in", "during"):
        return not SPEECH_OCCASIONS.isdisjoint(words[1 : _OCCASION_WORDS + 1])
    if lead == "to":
        return (
            following not in NOUN_DETERMINERS
            and following.islower()
            and not following.endswith("ing")
        )
    if lead == "with":
        return following in _MANNER_QUANTIFIERS
    if lead == "that":
        return not {"such", "so"}.isdisjoint(_words_before(text, start, 1))
    return (
        lead in ("for", "over", "at")
        and len(words) <= _DURATION_WORDS + 1
        and words[-1] in _DURATION_ENDS
    )


def _phrase_after_quote(text: str, start: int, end: int, limit: int) -> int:
    """Where a partial quote's record ends with the prepositional phrase or the restrictive
    relative clause after it: a phrase that qualifies the quoted words goes with them
    (``Ruiz supporters are crying "theft" over ballot counting``, ``mocked "the
    coastal elite" in radio interviews``, ``read about the "carried interest loophole" that
    lets some fund managers pay lower rates``); not after a comma or stop inside
    the marks (``described as "volatile," with Ferrer``), nor an occasion or a time of saying
    (``"..." in an interview``, ``in response``, ``on Friday``). The phrase is read up to
    ``_RELATIVE_CHARACTERS``, so a sentence of partial quotes stays linear."""
    phrase = _PHRASE_AFTER_QUOTE.match(text, end, min(limit, end + _RELATIVE_CHARACTERS))
    if phrase is None or text[max(0, end - 4) : end].rstrip(_ALL_MARKS)[-1:] in ",.;:!?":
        return end
    phrase_end = int(phrase.end()) - (text[phrase.end() - 1] == " ")  # (a word's space)
    if (
        TRAILING_OCCASION.match(text, end, phrase_end)
        or _only_a_time(text, end + 1, phrase_end)
        or _next_word(text, text.index(" ", end + 1)) in _REPLY_OCCASIONS
        or _writers_phrase(text, start, end, phrase_end)
    ):
        return end
    return phrase_end


def _addressee_after(text: str, stretch: QuotedStretch) -> bool:
    """Whether whom the quoted words were said to follows a quote (``mouthed "sorry" to the
    victim's mother``, ``whispered "thank you" to him``): the writer's account, when the cue
    stands right before the quote; not after a quoted predicate, which goes on with its
    phrase (``said it "is a perfect example of adapting" to the changing economics``)."""
    return (
        _next_word(text, stretch.end) == "to"
        and _next_word(text, stretch.end + len(" to")) in _DETERMINER_OR_OBJECT
        and _next_word(text, stretch.start).lstrip("'\u2019") not in _FINITE_VERBS
    )


_WORDING_LINKS = frozenset((",", ":", "is", "was"))  # 'Her motto is "Never again."'


@functools.cache
def _wording_nouns(*kinds: str) -> frozenset[str]:
    """The nouns of ``data/named_wording_nouns.tsv`` of the given kinds."""
    return frozenset(row[0] for row in read_table("named_wording_nouns.tsv") if row[1] in kinds)


# First words of a quotation after a noun for a wording that make it no wording but the rest
# of the sentence ('The mayor's words "held firm"', 'gave her word "on the bridge"').
_NO_WORDING_OPENERS = _COORDINATORS | frozenset("on to by at in for from with".split())


def _named_wording(text: str, stretch: QuotedStretch, *kinds: str) -> bool:
    """Whether a quotation follows a noun for a wording of one of ``kinds`` with a word of its
    phrase before it (``used the term "harbour tax"``, ``Vale's signature slogan, "..."``,
    ``Her motto is "..."``; ``data/named_wording_nouns.tsv``): the wording given word for word,
    someone's words though no cue frames them, not the writer's scare quote; nor the verb or
    phrase the sentence goes on with (``words "held firm"``: a past or a preposition)."""
    first = _quoted_words(text, stretch.start, stretch.end, 1)
    if first and (
        first[0] in _NO_WORDING_OPENERS or first[0] in IRREGULAR_PASTS or first[0] in _FINITE_VERBS
    ):
        return False
    words = _words_before(text, stretch.start, 4)
    if words and words[-1] in _WORDING_LINKS:
        words.pop()
    elif words and words[-1][-1:] in (",", ":"):
        words[-1] = words[-1][:-1]
    return (
        len(words) >= 2
        and words[-1] in _wording_nouns(*kinds)
        # 'in other words "..."', 'in her words': the writer's turn of phrase, or a cue's
        and "in" not in words[-3:-1]
        # 'pronounced the words "thank you"': their sound, nobody's statement
        and _OBJECT_ONLY_NAMING.isdisjoint(words)
        # 'banned the word "crisis"', 'printed the slogan "..."': text handled, no statement
        and read_words("wording_handling_verbs.tsv").isdisjoint(words)
        and not _wording_talked_about(text, stretch.start)
    )


_WORDING_DETERMINERS = frozenset(("the", "this", "that", "a"))
_SENTENCE_OPENING_MARKS = frozenset('.!?,;:\n"\u201d')


def _wording_talked_about(text: str, quote_start: int) -> bool:
    """Whether the noun for a wording before a quotation opens its clause with a bare
    determiner (``The word "gansey" means a sweater``, ``In the dialect, the word "gansey"
    ...``): a word the writer talks about, nobody's wording, unlike one someone used, ran on
    or owns (``used the term "harbour tax"``, ``Her motto is "..."``)."""
    words = _words_before(text, quote_start, 2)
    if len(words) < 2 or words[0] not in _WORDING_DETERMINERS:
        return False
    window = max(0, quote_start - 2 * _CHARACTERS_PER_WORD)
    found = text[window:quote_start].lower().rfind(words[0] + " ")
    determiner = window + found if found != -1 else -1
    before = text[max(0, determiner - _CHARACTERS_PER_WORD) : determiner].rstrip()
    return (
        not before
        or before[-1] in _SENTENCE_OPENING_MARKS
        # 'What does the term "harbour tax" mean?': a question's subject, a word asked about
        or before.lower().rsplit(None, 1)[-1] in _DO_AUXILIARIES
    )


def _introduced(text: str, stretch: QuotedStretch) -> bool:
    """Whether a quote inside a sentence follows a comma or colon (``he said, "We``)."""
    return text[max(0, stretch.start - 3) : stretch.start].rstrip()[-1:] in (",", ":")


# A full stop, question or exclamation mark, a space and a capital: a sentence break.
# Audit: one class, a fixed space, one class; searched in one quote.
_SENTENCE_BREAK = regex.compile(r"[.?!][ ]\p{Lu}")


def _holds_sentences(text: str, stretch: QuotedStretch) -> bool:
    """Whether a quote holds two sentences (``"Agreement reached. Thank you, Valletta."``):
    a statement, however short, never a phrase quoted in passing. A dot after a short
    capitalised word is an abbreviation's (``"Mr. Reyes"``)."""
    if not _has_words(text, stretch.start, stretch.end, _FORWARD_MIN_WORDS + 1):
        return False  # '"Vote. Now."': a slogan's words
    for found in _SENTENCE_BREAK.finditer(text, stretch.start, stretch.end):
        if text[found.start()] != ".":
            return True  # "?" or "!"
        window = max(stretch.start + 1, found.start() - _CHARACTERS_PER_WORD)
        last = (text[window : found.start()].split() or [""])[-1]
        if not (last[:1].isupper() and len(last) <= _ABBREVIATION_LETTERS):
            return True
    return False


def _starts_sentence(text: str, stretch: QuotedStretch, sentence: Sentence) -> bool:
    """Whether only space, brackets and dashes stand between the sentence start and a quote
    (read backwards from the quote, so the cost is that run, not the sentence)."""
    position = stretch.start
    while position > sentence.start and text[position - 1] in " \t([\u2014\u2013-":
        position -= 1
    return position <= sentence.start


_ACCOMPANYING_WORDS = 5  # "as the crowd outside the hall": the words of an aside's subject
# A crowd's chant, which goes on while a speaker speaks and is no speech that goes on after it
# ("as supporters chanted"; but '"Sit down," the chairman said, as Ruiz insisted that ...
# "This is a sham."': Ruiz goes on).
_CHANT_FORMS = frozenset("chant chants chanted chanting".split())


def _accompanying_report(text: str, quote: Candidate, report: Candidate) -> bool:
    """Whether ``report`` is a chant in an ``as`` clause the writer adds after the cue of
    ``quote``, in its sentence (``"We won," she said, as the crowd chanted her name.``): what
    went on while the quote was said, so a quote after it goes on with ``quote``'s speaker."""
    if (
        report is quote
        or quote.cue_end is None
        or report.cue_start is None
        or report.cue_end is None
        or report.sentence != quote.sentence
        or report.cue_start < quote.cue_end
        or text[report.cue_start : report.cue_end].lower() not in _CHANT_FORMS
    ):
        return False
    # (the last clause before the report's cue: "said at a rally in Ames, as supporters")
    clause = text[quote.cue_end : report.cue_start].rpartition(", ")[2].split()
    return 1 < len(clause) <= _ACCOMPANYING_WORDS + 1 and clause[0] == "as"


class _SpanFinder:
    """Works through a document's sentences once, collecting candidates in order."""

    def __init__(self, document: Document, context: Context) -> None:
        self.text = document.text
        self.config = context.config
        self.lexicon = context.lexicon
        self.paragraphs = document.analysis.paragraphs
        self.sentences = document.analysis.sentences
        self.sentence_starts = [sentence.start for sentence in self.sentences]
        self.paragraph_starts = [paragraph.start for paragraph in self.paragraphs]
        self.candidates: list[Candidate] = []
        self.statement = 0
        self.forward_only: set[int] = set()  # cues whose comma a quote carrying on follows
        self.first_pieces: set[int] = set()  # cues interrupting a statement a quote then ends
        # each sentence's cues as find_cues gives them, by the sentence's start: read per cue,
        # not found again over its window
        self.sentence_cues: dict[int, list[CueMatch]] = {}

    def opens_its_paragraph(self, offset: int) -> bool:
        """Whether only white space and quote marks stand before ``offset`` in its paragraph."""
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        start = self.paragraph_starts[index] if index >= 0 else 0
        return not self.text[start:offset].strip(" \t\n\"\u201c\u2018'")

    def cue_before(self, sentence: Sentence, offset: int) -> bool:
        """Whether a cue lies between the start of ``sentence`` (or of a window of it) and
        ``offset``: the cues ``scans`` found in the whole sentence, not found again."""
        whole = self.sentences[self.sentence_of(sentence.start)]
        cues = self.sentence_cues.get(whole.start)
        if cues is None:
            return bool(find_cues(self.text, sentence.start, offset, self.lexicon))
        index = bisect.bisect_left(cues, sentence.start, key=lambda cue: cue.start)
        while index < len(cues) and cues[index].start < offset:
            if cues[index].end <= offset:
                return True
            index += 1
        return False

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def scans(self) -> list[_SentenceScan]:
        text = self.text
        stretches = find_quoted(text, self.paragraphs)
        scans = [_SentenceScan(s, i, [], []) for i, s in enumerate(self.sentences)]
        if not scans:
            return scans
        for stretch in stretches:
            scans[self.sentence_of(stretch.start)].stretches.append(stretch)
        ordered = iter(stretches)
        current = next(ordered, None)
        for scan in scans:
            cues = find_cues(text, scan.sentence.start, scan.sentence.end, self.lexicon)
            self.sentence_cues[scan.sentence.start] = list(cues)
            if (poll := _poll_opening(text, scan.sentence, cues)) is not None:
                cues.insert(0, poll)  # "In a Gazette poll released Monday, 54 percent ..."
            elif (viewpoint := _viewpoint_opening(text, scan.sentence, cues)) is not None:
                cues.insert(0, viewpoint)  # "In Ash's view, the change would ..."
            if predicated := _predicate_noun_cues(text, scan, cues):
                # "Her response was that ...": a noun whose predicate is its clause
                cues = sorted(cues + predicated, key=lambda cue: cue.start)
            if scan.stretches:  # 'called the senator a "nasty guy"': naming verbs before a quote
                cues += _remark_cues(text, scan)  # 'her "lazy voters" remark'
                naming = _naming_cues(text, scan)
                characterising, known = _characterising_cues(
                    text, scan, cues + naming, self.lexicon
                )
                naming += characterising
                # (a cue of the lexicon characterising through "as", "described her job as
                # "...,"", reports up to the quotation too)
                scan.naming = frozenset(cue.start for cue in naming) | known
                # ('believes in journalism that "takes sides"': the verb with its preposition
                # reports the object, not "believes" alone from the "that" on)
                objects = {cue.start for cue in naming if cue.form in _quoted_object_stances()}
                cues = [cue for cue in cues if cue.start not in objects]
                cues = sorted(cues + naming, key=lambda cue: cue.start)
            for cue in cues:
                while current is not None and current.end <= cue.start:
                    current = next(ordered, None)
                if (
                    current is not None
                    and current.start <= cue.start < current.end
                    and not _quoted_cue(text, current, cue)
                ):
                    continue  # a cue inside a quotation is the quoted speaker's word
                scan.cues.append(cue)
            # 'quoted Oskov as saying: "..."': one cue names the speaker, for a quote or a report
            scan.cues = _join_chains(text, scan.sentence, scan.cues)
            scan.cues = [cue for cue in scan.cues if not _outlet_of_another_cue(text, cue, scan)]
        return scans

    def add(
        self,
        start: int,
        end: int,
        kind: QuoteKind,
        cue: CueMatch | None,
        new: bool,
        *,
        joins: int | None = None,
    ) -> None:
        """Add a candidate: to a new statement, to the last one, or to the statement ``joins``
        (a quote going on with an earlier quote past a report in the writer's aside)."""
        if new or not self.candidates:
            self.statement += 1
        sentence = self.sentence_of(start)
        cue_end = cue.end if cue else None
        if cue is not None and cue.start < start < cue.end:
            cue_end = start - 1  # "declined to comment": the infinitive's "to" is the content's
        self.candidates.append(
            Candidate(
                start=start,
                end=end,
                kind=kind,
                sentence=sentence,
                paragraph=self.sentences[sentence].paragraph if self.sentences else 0,
                cue_start=cue.start if cue else None,
                cue_end=cue_end,
                cue_class=cue.cue_class if cue else None,
                statement=self.statement if joins is None else joins,
                negated=cue is not None and _negated(self.text, cue),
            )
        )

    def run(self) -> list[Candidate]:
        text = self.text
        previous_direct: Candidate | None = None
        scans = self.scans()
        used: set[int] = set()  # cues taken by direct quotes
        labels = self.labels()
        titles: set[int] = set()  # quoted titles of works and nicknames, by their start
        works: set[int] = set()  # the titles of works alone, nobody's wording
        nicknames: set[tuple[str, ...]] = set()  # the words of nicknames met so far
        blocks = self.colon_blocks(scans) | self.transcript_runs(labels)
        comments = self.comments()
        for scan in scans:
            if scan.sentence.paragraph in comments:
                continue  # "Editor's note: The mayor ... has repeatedly pledged to ...": no news
            if scan.sentence.paragraph in blocks:
                block_cue, block_start, new = blocks[scan.sentence.paragraph]
                if scan.sentence.start == block_start:
                    self.block(scan, block_cue, new=new)
                continue
            if scan.sentence.paragraph in labels:
                colon = labels[scan.sentence.paragraph]
                if scan.sentence.start <= colon < scan.sentence.end:
                    self.labelled(scan, colon)
                paragraph_start = self.paragraphs[scan.sentence.paragraph].start
                if not text.startswith(INTERVIEW_ANSWER + ":", paragraph_start):
                    continue
                # an interviewee's report of what others said stays a record of its own, inside
                # the answer ("A: Councillor Achterberg told a meeting that ...")
            fragments: dict[int, QuotedStretch] = {}  # partial quotes by start, in order
            opened: set[int] = set()  # quotes opening a statement a later cue may report
            for index, stretch in enumerate(scan.stretches):
                words = tuple(_quoted_words(text, stretch.start, stretch.end, _NICKNAME_WORDS + 1))
                if _nickname_words(words) and (
                    _nickname(text, stretch, self.lexicon) or _known_as(text, stretch)
                ):
                    nicknames.add(words)
                if (
                    words in nicknames
                    or (
                        _title_cased(text, stretch.start, stretch.end)
                        and not _goes_on(text, scan, index)
                        and not self.handed_to_cue(scan, stretch)
                        # 'ran on the slogan "Experience Counts"': a wording, not a title
                        and not _named_wording(text, stretch, "slogan")
                    )
                    or _owned_name(text, stretch.start, stretch.end)
                    or _credited_headline(text, stretch, self.paragraphs[stretch.paragraph])
                ):
                    # "Face the Nation", "A Change Is Gonna Come", 'Theo "T-Bone" Haskell': a
                    # title or a nickname, never a quote of its own, though reported speech may
                    # mention it; so is a nickname named again ("nicknamed 'Annie' ... 'Annie'
                    # scored twice")
                    fragments[stretch.start] = stretch
                    titles.add(stretch.start)
                    if words not in nicknames and not _wording_of_a_subject(
                        text, stretch, self.lexicon
                    ):
                        works.add(stretch.start)
                    continue
                if _scare_quoted(text, stretch):
                    # 'So-called "experts" at the institute claim': the writer's distance from
                    # a word, no one's quotation (a report around it reads it as its own words)
                    continue
                opens = _starts_sentence(text, stretch, scan.sentence)
                cue: CueMatch | None = (
                    self.cue_after(stretch, scans)
                    if opens or _introduced(text, stretch)
                    else None  # a quote inside a sentence is a fragment of what frames it
                )
                if cue is None and (opens or stretch.paragraph != scan.sentence.paragraph):
                    cue = self.colon_cue(stretch, scan)
                elif (
                    cue is not None
                    and opens
                    and _last_inside(text, stretch) == ","
                    and self.opens_a_report(stretch, scan)
                    and self.carried_past_comma(stretch, scan.cues[-1], scan)
                ):
                    # '"Ticket sales have steadied," and the theatre will hire, Halvorsen said':
                    # the cue closing the sentence reports the statement the quote opens
                    cue = None
                before = _cue_before(text, stretch, scan)
                if (
                    before is not None
                    and (
                        cue is None
                        or text[before.end : stretch.start].rstrip().endswith(":")
                        or cue.form.endswith("ing")
                        # 'Calder, citing "the pull of the harbour," said ...': the participle's
                        or (
                            before.form.endswith("ing")
                            and not text[before.end : stretch.start].strip()
                        )
                    )
                ):
                    cue = None  # 'Peabody said: "...," adding': the colon's cue introduces it
                else:
                    before = None
                if cue is None and (
                    (before is not None and self.carried_on(before, stretch, scan))
                    or (before is None and opens and self.opens_a_report(stretch, scan))
                ):
                    if before is None:
                        opened.add(stretch.start)
                    # 'In the poorer valleys, he said, "we don't know" how many farms will
                    # close': a cue interrupting a statement that the quote carries on;
                    # '"People were celebrating" before the crash, she said': a statement
                    # the quote opens, reported by the cue that closes it
                    fragments[stretch.start] = stretch
                    continue
                # 'Her answer was short: "Paperwork."': a short quote after a colon, no cue
                # in its sentence, is what the colon introduces (a long one is a statement)
                short_after_colon = (
                    text[stretch.start - 2 : stretch.start] == ": "
                    # no cue in the colon's clause ('Asked whether ..., he laughed: "..."')
                    and not self.cue_in_clause(scan, stretch.start)
                    and not _has_words(text, stretch.start, stretch.end, _MIN_STATEMENT_WORDS)
                    # a reply or a past verb introduces it ("Her answer was short:", "leaned in
                    # and boomed:"), not "a one-word title:", "The sign was blunt:"
                    and (
                        self.reply_before(stretch.start - 2, scan.sentence.start)
                        # 'was blunt when asked about it: "Never again."': the answer
                        or (
                            (asked := _last_cue_before(scan.cues, stretch.start)) is not None
                            and _asked_of_the_subject(text, asked)
                        )
                    )
                )
                if cue is None and before is None and not opens and not short_after_colon:
                    if _has_words(
                        text, stretch.start, stretch.end, _MIN_STATEMENT_WORDS
                    ) or _holds_sentences(text, stretch):
                        fragments[stretch.start] = stretch  # a long quote inside a sentence
                    elif scan.cues or _named_wording(text, stretch, "slogan", "wording"):
                        # a partial quote, mixed into speech; or a wording named with no cue
                        # ('ran on the slogan "Fix the Roads"')
                        fragments[stretch.start] = stretch
                    continue
                chosen = cue or before
                colon = text.rfind(":", max(0, stretch.start - 3), stretch.start)
                if chosen is None and colon != -1:
                    # 'She then addressed the supporters again: "..."': the colon is the cue
                    chosen = CueMatch(colon, colon + 1, ":", CueClass.SPEECH)
                if chosen is None and self.is_subheading(stretch):
                    continue  # "'A healthy environment.'" alone on its line: a section head
                if chosen is None and opens:
                    chosen = self.cue_in_tail(stretch, scan)  # '"We won" was all he would say'
                if chosen is None and opens and self.mentioned_term(stretch):
                    continue  # '"Containment" has been U.S. policy': a term, the subject
                # '"The bridge," said X, "will reopen."': a cue shared with the quote before
                # makes both pieces one statement
                shared = chosen is not None and chosen.start in used
                if chosen is not None:
                    used.add(chosen.start)
                    cue_scan = scans[self.sentence_of(chosen.start)]
                    chosen = _relayed_by(text, chosen, max(chosen.end, stretch.end), cue_scan)
                    used.add(chosen.start)  # the relay reports this quote, nothing of its own
                continues = shared or (
                    chosen is None
                    and previous_direct is not None
                    and (
                        self.sentences[previous_direct.sentence].paragraph
                        == scan.sentence.paragraph
                        # the paragraph after: only when the quote opens it, not after a
                        # sentence of its own ("Ron Gillespie shrugs. '...'")
                        or (
                            self.sentences[previous_direct.sentence].paragraph
                            == scan.sentence.paragraph - 1
                            and self.opens_its_paragraph(stretch.start)
                        )
                    )
                )
                start, kind = stretch.start, QuoteKind.DIRECT
                if (
                    before is not None
                    and text[before.end : stretch.start] == ", "
                    and text[stretch.start : stretch.end].lstrip(_ALL_MARKS)[:1].islower()
                    and self.interrupts(before, stretch, scan)
                ):
                    # 'The regulator's decision, Aaltonen said, "ignores the facts."': the
                    # subject before the cue is the first piece of the statement the quote goes
                    # on with and ends (not 'Eyebrows raised, he asked, "Was I?"')
                    self.first_pieces.add(before.start)
                if cue is not None and before is None and self.framed_by_its_opening(stretch, scan):
                    # 'In past campaigns, "we could reach them," he said': the opening phrase
                    # is the speaker's framing of the quote, paraphrased
                    start, kind = scan.sentence.start, QuoteKind.MIXED
                # '"We won," she said, as the crowd chanted her name. "Now we work."': the
                # quote goes on with the quote before, not with the crowd's report in the aside
                joins = (
                    previous_direct.statement
                    if continues
                    and chosen is None
                    and previous_direct is not None
                    and _accompanying_report(text, previous_direct, self.candidates[-1])
                    else None
                )
                self.add(start, stretch.end, kind, chosen, not continues, joins=joins)
                previous_direct = self.candidates[-1]
                if cue is not None and chosen is not None:
                    # '"It's a sad irony," she said, that both women had worked there': the
                    # statement's second piece, in the writer's words
                    rest = self.statement_goes_on(cue, stretch, scans[self.sentence_of(cue.start)])
                    if rest is not None:
                        self.add(*rest, QuoteKind.INDIRECT, chosen, False)
            self.reported(scan, used, fragments, works)
            for stretch in fragments.values():
                if stretch.start in titles:
                    continue
                if not any(c.start <= stretch.start < c.end for c in self.candidates[-3:]):
                    if stretch.start in opened:
                        # '"We will not be moved" was painted on banners, where organisers
                        # said ...': no cue reported the statement; the quote stands alone
                        self.add(stretch.start, stretch.end, QuoteKind.DIRECT, None, True)
                        continue
                    if _SOURCE_BEFORE_QUOTE.search(
                        text, max(0, stretch.start - _SOURCE_REACH), stretch.start
                    ):
                        continue  # 'according to her "payback" plan': the source, no quote
                    framing = _nearest_cue(scan.cues, stretch)
                    if framing is not None and qualifying_quotation(
                        text, stretch.start, stretch.end, framing.start
                    ):
                        continue  # 'Ruiz's "final" warning that ...': the noun's clause reports
                    if framing is not None and _in_subject_of(text, stretch, framing):
                        framing = None
                    if _CROWD_NOISE.search(text, max(0, stretch.start - 20), stretch.start):
                        framing = None  # ', to cries of "Frit!"': the hearers', not the cue's
                    long_enough = _has_words(
                        text, stretch.start, stretch.end, _MIN_STATEMENT_WORDS
                    ) or _holds_sentences(text, stretch)
                    if (
                        long_enough
                        and text[stretch.start - 2 : stretch.start] == ": "
                        and not self.cue_in_clause(scan, stretch.start)
                    ):
                        # 'Priya Sandoval, asked about privacy, was unapologetic: "..."': the
                        # cue's phrase closed at its comma; the colon's clause introduces it
                        framing = None
                    # (only with no cue in the sentence: 'pronounced the words "thank you"'
                    # gives their sound, and a cue that frames no quote names no wording)
                    named = not scan.cues and _named_wording(text, stretch, "slogan", "wording")
                    if framing is not None or long_enough or named:
                        direct = (long_enough or named) and framing is None
                        kind = QuoteKind.DIRECT if direct else QuoteKind.MIXED
                        start, end = stretch.start, stretch.end
                        if not direct:
                            # 'fixates on the "reset" line': the noun phrase the quote modifies;
                            # 'are crying "theft" over ballot counting': with its phrase
                            start, end = _quoted_noun_phrase(text, stretch) or (start, end)
                            end = _phrase_after_quote(text, start, end, scan.sentence.end)
                        self.add(start, end, kind, framing, True)
        self.candidates.sort(key=lambda candidate: (candidate.start, candidate.end))
        return self.candidates

    def carried_on(self, cue: CueMatch, stretch: QuotedStretch, scan: _SentenceScan) -> bool:
        """Whether the clause a cue reports goes on past the quote that follows the cue: a
        mixed report, not a quote. The quote has no stop of its own and a lower-case word
        other than a cue or a conjunction follows it; the cue stands right before it (``said
        "I stood up to the banks" for years``) or interrupts the statement after its subject
        (``The new rules, the lawyers said, "all point to one conclusion" that ...``)."""
        text = self.text
        following = text[stretch.end : stretch.end + 2]
        next_word = _next_word(text, stretch.end)
        if not (
            following[:1] == " "
            and following[1:].islower()
            # '"we don't know," he added': the quote ends with its own stop
            and text[stretch.start : stretch.end].rstrip(_ALL_MARKS)[-1:] not in ",.!?"
            and next_word not in self.lexicon.cues
            and next_word not in _COORDINATORS  # 'said "We will win" and left': it ends
            # 'said, "Never again" with a shrug', '... as the crowd cheered': the writer's
            and next_word not in _WRITERS_CONTINUATIONS
            and not cue.form.endswith("ing")
            and not _addressee_after(text, stretch)
        ):
            return False
        if cue.end == stretch.start - 1:
            return True
        if text[cue.end : stretch.start] != ", ":
            return False
        if not self.interrupts(cue, stretch, scan):
            # 'When asked about the leaks, Kim said, "I have not seen that" from the police':
            # what the cue reports starts after its comma; the words before it are the writer's
            self.forward_only.add(cue.start)
        return True

    def statement_goes_on(
        self, cue: CueMatch, stretch: QuotedStretch, scan: _SentenceScan
    ) -> tuple[int, int] | None:
        """The rest of a statement that goes on in the writer's words after a quote handed to
        its cue and the cue's comma, with no subject of its own: ``that`` and a clause, or a
        verb (``"It's a sad irony," she said, that both women had worked there``,
        ``"Only you," she said, would make a speech of a sentence``, ``"...," he said, and
        are drifting off``). A rest with a subject of its own (``, and her husband cut in``),
        a participle (``, adding that``) or a quote of its own is no such rest."""
        text = self.text
        if text[max(stretch.start, stretch.end - 3) : stretch.end].rstrip(_ALL_MARKS)[-1:] != ",":
            return None  # '"We will win." he said': a statement with its own stop
        # (the cue's comma is near, after a short subject or tail: read no further)
        comma = text.find(",", cue.end, min(scan.sentence.end, cue.end + _GAP_CHARACTERS))
        if comma == -1 or not text[comma + 2 : comma + 3].islower():
            return None
        following = _next_word(text, comma + 1)
        joined = following in _COORDINATORS  # ", and are steering": the quote's subject's verb
        if joined:
            following = _next_word(text, comma + 2 + len(following))
            if following not in _PLURAL_AUXILIARIES or _plural_source(text, cue, self.lexicon):
                return None  # ', and was escorted from the building': the speaker's own verb
        elif following == "that" and _next_word(text, comma + 6) in _THAT_AS_PRONOUN:
            return None  # ', that much was clear': a pronoun, the writer's comment
        if not (following in _FINITE_VERBS or (following == "that" and not joined)):
            return None  # (read before the rest, which costs more)
        rest = self.parenthetical_rest(cue, scan.sentence)
        if rest is None or any(rest[0] <= other.start < rest[1] for other in scan.stretches):
            return None
        start, end = rest
        verb = _WORD.search(text, max(start, text.find(" ", start, end)), end) if joined else None
        return (start if verb is None else verb.start()), end  # the verb, past "and"

    def opens_a_report(self, stretch: QuotedStretch, scan: _SentenceScan) -> bool:
        """Whether a quote opening its sentence is the start of a statement that goes on
        unquoted to a cue of the same sentence, set off by a comma (``"Boots on the ground"
        would be appropriate, Lund said``): the quote has no stop of its own and a lower-case
        word follows it (``"We will not back down" the mayor said`` lacks only its comma).
        The comma may stand anywhere before the sentence's last cue (``... "cautionary
        tale," said Crawford``)."""
        text = self.text
        cue = scan.cues[-1] if scan.cues and scan.cues[-1].start > stretch.end else None
        if not (
            cue is not None
            and text[stretch.end : stretch.end + 1] == " "
            and text[stretch.end + 1 : stretch.end + 2].islower()
            and _next_word(text, stretch.end) not in self.lexicon.cues
            and text.find(",", stretch.end, cue.start) != -1
        ):
            return False
        last = text[stretch.start : stretch.end].rstrip(_ALL_MARKS)[-1:]
        return last not in ",.!?:;" or (last == "," and self.carried_past_comma(stretch, cue, scan))

    def carried_past_comma(
        self, stretch: QuotedStretch, cue: CueMatch, scan: _SentenceScan
    ) -> bool:
        """Whether a quote opening its sentence with a comma inside its closing mark goes on
        in the writer's words to the cue closing the sentence (``"Ticket sales have steadied,"
        and the theatre will hire two ushers, Halvorsen said``, ``"...," in contrast to
        the years when the depot ran short of drivers, says Tello``): a coordinator, a
        subordinator of reason, condition or concession, or a comparison opens the words
        after it, which hold a verb of their own, no cue and no quotation, up to the comma
        before the source; not the source itself (``"...," the spokeswoman for the council,
        Dana Pryce, said``) nor a time or an occasion (``"...," in an interview on Tuesday,
        Pryce said``). PolNeAR train: 2 such sentences, and in both the content runs from
        the quotation to the cue (the same with no comma inside the mark: 36 found before)."""
        text = self.text
        comma = text.rfind(",", stretch.end, cue.start)
        words = text[stretch.end : comma].lower().split()
        if not words or not any(
            tuple(words[: len(opener)]) == opener for opener in _CARRIED_PAST_COMMA_OPENERS
        ):
            return False
        return (
            # (no quotation after the cue either: '..., Pryce said, "and nobody wants that."'
            # hands the statement on to it)
            not any(char in text[stretch.end : scan.sentence.end] for char in _DOUBLE_MARKS)
            and cue.form not in SOURCE_FIRST_CUES  # ("according to Pryce": its own reading)
            and not any(stretch.end <= other.start < cue.start for other in scan.cues[:-1])
            and _has_a_verb([word.strip(",.;:") for word in words[1:]])
        )

    def handed_to_cue(self, scan: _SentenceScan, stretch: QuotedStretch) -> bool:
        """Whether a quoted stretch opening its sentence hands over to a cue after a short
        source (``"Congratulations to Governor-elect Ruiz," Roe posted.``, ``"Thank You Iowa,"
        said Roe``): a statement however capitalised, as a title is not said; not the subject
        of a statement the cue interrupts (``"Gone With the Wind," Ruiz said, was her
        favourite``, ``"Purple Rain," Ruiz said, remains her favourite song``)."""
        text = self.text
        if not (
            _starts_sentence(text, stretch, scan.sentence) and _ends_like_statement(text, stretch)
        ):
            return False
        index = bisect.bisect_left(scan.cues, stretch.end, key=lambda cue: cue.start)
        if index == len(scan.cues) or not _gap_is_attribution(
            text, stretch.end, scan.cues[index].start
        ):
            return False
        cue = scan.cues[index]
        comma = text.find(",", cue.end, scan.sentence.end)
        following = text[comma + 1 : scan.sentence.end].split(maxsplit=1) if comma != -1 else []
        return not following or (
            # ('"By Next Spring," Ruiz said, "I will ...": the quote goes on after the cue; '...,"
            # Roe wrote, as the troops returned': the writer's aside)
            following[0][:1] in _ALL_MARKS
            or following[0] in _ADVERBIAL_CLAUSE_OPENERS
            or (
                following[0] not in _FINITE_VERBS
                and self.parenthetical_rest(cue, scan.sentence) is None
            )
        )

    def interrupts(self, cue: CueMatch, stretch: QuotedStretch, scan: _SentenceScan) -> bool:
        """Whether a cue set off by commas interrupts a statement after its subject, which
        holds no report or quotation, and the rest runs through the quote after the cue; an
        opening adverbial is the writer's (``At a rally, he said, "..."``)."""
        text, sentence = self.text, scan.sentence
        if (
            _has_words(text, sentence.start, cue.start, _OPENING_WORDS + 1)  # read no further
            or scan.cues[0] is not cue  # "Mr. Roe, who said ..., he added": a report before
            or _DOUBLE_MARK.search(text, sentence.start, cue.start) is not None
            or "(" in text[sentence.start : cue.start]
        ):
            return False
        comma = text.rfind(",", sentence.start, cue.start)
        if comma == -1 or _has_words(text, comma, cue.start, _INTERRUPTING_SOURCE_WORDS + 1):
            return False  # ", jabbing a finger as she angrily said, "...": no interruption
        opening = _next_word(text, sentence.start)
        if (
            opening in ADVERBIAL_STARTS
            or opening in PLACE_PREPOSITIONS
            # (not the subject of a quote opening with its verb: 'Last night, the captain
            # said, "was the longest of my career."')
            or (
                _writers_opening(text, sentence.start, comma)
                and _next_word(text, stretch.start) not in _FINITE_VERBS
            )
        ):
            # "At a rally on Monday, he said, "..."", "Outside the courthouse, Roe said, "..."":
            # where, not what
            return False
        rest = self.parenthetical_rest(cue, sentence)
        return rest is not None and rest[1] >= stretch.end

    def cue_in_clause(self, scan: _SentenceScan, offset: int) -> bool:
        """Whether a cue of the sentence ends after the last comma before ``offset`` (read
        back at most ``_GAP_CHARACTERS``, so long sentences stay linear), or anywhere when
        no comma is that near. Cues are in order and do not overlap: the last ends last."""
        floor = max(scan.sentence.start, offset - _GAP_CHARACTERS)
        comma = self.text.rfind(", ", floor, offset)
        # (not a question put to the subject: "was blunt when asked about the risk:")
        return (
            bool(scan.cues)
            and scan.cues[-1].end > comma
            and not _asked_of_the_subject(self.text, scan.cues[-1])
        )

    def reply_before(self, colon: int, floor: int) -> bool:
        """Whether a reply noun or a verb in the past stands just before a colon (``boomed:``,
        ``went on:``, ``hit back:``: a phrasal verb, whose past may be irregular)."""
        words = _words_before(self.text, colon, _REPLY_REACH, floor=floor)
        return not read_words("reply_nouns.tsv").isdisjoint(words) or (
            bool(words)
            and (
                words[-1].endswith("ed")
                or words[-1] in _REPLY_PARTICLES
                or (words[-1] == "in" and len(words) > 1 and words[-2] in _INTERRUPTING)
            )
        )

    def framed_by_its_opening(self, stretch: QuotedStretch, scan: _SentenceScan) -> bool:
        """Whether a quote follows the comma of an opening phrase of its sentence, two words
        or more, with no quote marks and no cue of its own (``If the levy passes, "..."``);
        not a time or the speaker's own act (``On Tuesday, "..."``, ``Speaking to reporters,
        "..."``), which are the writer's."""
        text, start = self.text, scan.sentence.start
        return (
            text[stretch.start - 2 : stretch.start] == ", "
            and text[start : start + 1].isupper()
            and _has_words(text, start, stretch.start, 2)
            # an opening phrase is a few dozen words: a longer one is read no further
            and not _has_words(text, start, stretch.start, _OPENING_WORDS + 1)
            and not _writers_opening(text, start, stretch.start - 2)
            and _MARK.search(text, start, stretch.start) is None
            # (not a noun that reports only its clause: 'Despite assurances, "nothing has
            # changed," Holt said')
            and not any(
                cue.start < stretch.start
                and (
                    cue.form not in read_words("clause_only_cues.tsv")
                    or _reports_here(text, cue, scan.stretches)
                )
                for cue in scan.cues
            )
            # 'She has coined a new phrase, "weekend voters,"': the wording named
            and not read_words("wording_nouns.tsv").intersection(
                _words_before(text, stretch.start - 2, 1)
            )
        )

    def is_subheading(self, stretch: QuotedStretch) -> bool:
        """Whether a short quote with no cue stands alone as its paragraph in single marks,
        the marks of headline style: a section head (``'A healthy environment.'``), which
        repeats the article's words rather than reporting them, also between dashes; or, in any
        marks, is a page's label before a colon (``"Related:"`` above a linked story's title).
        A short answer in double marks alone on its line (``"Not this year."``), one ending in
        a colon (``"What we need is this:"``) and a list's item after a dash are quotes."""
        # (a label of headline_labels.tsv; not '"What we need is this:"', a speaker's words)
        label = self.text[stretch.end - 2 : stretch.end - 1] == ":" and self.text[
            stretch.start + 1 : stretch.end - 2
        ].strip().lower() in read_words("headline_labels.tsv")
        if self.text[stretch.start] not in (_APOSTROPHE, _SINGLE_OPEN) and not label:
            return False
        paragraph = self.paragraphs[stretch.paragraph]
        lead = self.text[paragraph.start : stretch.start].strip()
        tail = self.text[stretch.end : paragraph.end].strip(" .\n")
        # alone, or between dashes, the wires' style ("- 'Who cares?' -"; not a list's item
        # that a dash only leads, "- 'Rents are too high.'")
        alone = (not lead and not tail) or (
            bool(lead and tail)
            and not lead.strip(_SUBHEADING_DASHES)
            and not tail.strip(_SUBHEADING_DASHES + ".")
        )
        return alone and not _has_words(
            self.text, stretch.start, stretch.end, _SUBHEADING_WORDS + 1
        )

    def mentioned_term(self, stretch: QuotedStretch) -> bool:
        """Whether a short quote with no cue, opening its sentence, is a word or title the
        sentence goes on to say something about ('"Containment" has been U.S. policy',
        "''Low Tide'' has been a surprise hit", '"Refoulement" (forcible return) is forbidden'):
        a lower-case word or a bracket follows it, with no stop or comma inside it ('"Velmar
        will always be Velmar," an angry Osterby retaliated' is a quote), and the word is no
        pronoun, cue or conjunction, and no reply noun comes in the next few words ('"Not a
        chance" was her answer', '"Absolutely not" came the reply')."""
        text = self.text
        if not _short_and_open(text, stretch):
            return False
        reach = min(len(text), stretch.end + _CHARACTERS_PER_WORD * _TERM_TAIL_WORDS)
        if any(
            word.group() in read_words("reply_nouns.tsv")
            for word in itertools.islice(_WORD.finditer(text, stretch.end, reach), _TERM_TAIL_WORDS)
        ):
            return False
        if text.startswith(" (", stretch.end):
            return True
        word = _WORD_AFTER_QUOTE.match(text, stretch.end)
        return word is not None and not (
            word.group(1) in _SUBJECT_PRONOUNS
            or word.group(1) in self.lexicon.cues
            or word.group(1) in _COORDINATORS
        )

    def cue_in_tail(self, stretch: QuotedStretch, scan: _SentenceScan) -> CueMatch | None:
        """The cue in the next few words after a short quote with no cue that opens its
        sentence, which makes the quote what was said ('"Unacceptable" was how she described
        the delay', '"We won" was all he would say'); None when there is none."""
        text = self.text
        later = bisect.bisect_right(scan.cues, stretch.end, key=lambda cue: cue.start)
        if later == len(scan.cues) or not _short_and_open(text, stretch):
            return None
        cue = scan.cues[later]
        if (
            # a few words only between (counted first: the gap may be the rest of the
            # sentence), no stop, colon or comma ('"...": A mosque feels', a headline)
            not _has_words(text, stretch.end, cue.start, _TERM_TAIL_WORDS)
            and text.startswith(" ", stretch.end, cue.start)
            and _PUNCTUATION_IN_GAP.search(text, stretch.end, cue.start) is None
            and cue.form[:1].isalpha()
        ):
            return cue
        return None

    def colon_blocks(self, scans: list[_SentenceScan]) -> dict[int, tuple[CueMatch, int, bool]]:
        """Paragraphs quoted whole without quote marks after a cue and a colon that end the
        paragraph before (``Lindahl added:``): paragraph index -> (cue, its first offset,
        True: a statement of its own)."""
        text = self.text
        blocks: dict[int, tuple[CueMatch, int, bool]] = {}
        for index, scan in enumerate(scans[:-1]):
            following = scans[index + 1]
            if following.sentence.paragraph == scan.sentence.paragraph:
                continue
            line = text[scan.sentence.start : scan.sentence.end].rstrip()
            if not line.endswith(":"):
                continue
            if text[following.sentence.start] in _ALL_MARKS:
                continue  # a quote in marks: the colon cue of the span stage takes it
            colon = scan.sentence.start + len(line) - 1
            asked = bool(scan.cues) and _asked_of_the_subject(text, scan.cues[-1])
            if scan.cues and not asked:
                cue = scan.cues[-1]
                that = _that_after(text, cue.end, self.lexicon.cues)
                if (
                    that is not None
                    and that.end() < colon
                    and not _POINTING_AHEAD.search(text, that.end(), colon)
                ):
                    # "Lindqvist pointed out that the library was ignored:": the cue's report
                    # stands before the colon, which shows an embedded post or picture (not
                    # "said that the builder must meet the following terms:", a list to come;
                    # nor a determiner, "told reporters that morning:", whose cue the colon is)
                    continue
            elif self.names_someone(scan.sentence) and (
                asked
                # (not a list's heading: "The closures ordered by Mayor Ines Varga:")
                or (self.dash_statement(following.sentence.paragraph) and not _plural_heading(line))
            ):
                # "Governor Ilse Brandt was blunt:" over "— We will not repeat that mistake.":
                # the quotation dash of European copy opens the answer, the colon its cue; so
                # does a question put to the subject ("was blunt when asked about the risk:")
                cue = CueMatch(colon, colon + 1, ":", CueClass.SPEECH)
            else:
                continue
            blocks[following.sentence.paragraph] = (cue, following.sentence.start, True)
        return blocks

    def names_someone(self, sentence: Sentence) -> bool:
        """Whether a sentence names someone who may speak: a capitalised word past its first,
        a personal pronoun, a title or a group noun (``Governor Ilse Brandt was blunt:``,
        ``The mayor had a warning:``; not ``The rules are simple:``)."""
        words = self.text[sentence.start : sentence.end].split()
        lexicon = self.lexicon
        return any(word[:1].isupper() for word in words[1:]) or any(
            lowered in PERSONAL_PRONOUNS
            or lowered in lexicon.titles
            or lowered in lexicon.group_nouns
            for lowered in (word.lower().strip(".,;:!?") for word in words)
        )

    def dash_statement(self, index: int) -> bool:
        """Whether a paragraph opens with a quotation dash and reads as a statement: a
        capital after the dash, a verb, a stop at its end (``— We will not repeat that
        mistake.``); not an item of a list (``— Dana Whitcombe of the Harbor Ledger``)."""
        paragraph = self.paragraphs[index]
        text = self.text
        line = text[paragraph.start : paragraph.end].rstrip()
        return (
            _QUOTATION_DASH.match(text, paragraph.start, paragraph.end) is not None
            and line.endswith((".", "!", "?"))
            and _holds_a_verb(text, paragraph.start, paragraph.end)
        )

    def block(self, scan: _SentenceScan, cue: CueMatch, *, new: bool) -> None:
        """A paragraph quoted whole after a colon or a transcript's label: all of it is the
        source's, past a quote mark that reopens the quotation."""
        paragraph = self.paragraphs[scan.sentence.paragraph]
        first = paragraph.start + (self.text[paragraph.start] in _OPENERS)
        start, end = _trim_content(self.text, first, paragraph.end)
        if start < end:
            inside = [s for s in find_quoted(self.text, (paragraph,)) if start <= s.start < end]
            self.add(start, end, QuoteKind.MIXED if inside else QuoteKind.INDIRECT, cue, new)

    def transcript_runs(self, labels: dict[int, int]) -> dict[int, tuple[CueMatch, int, bool]]:
        """Paragraphs of a transcript quoted whole that go on with the last speaker
        (``"PENCE: Well, look, ...`` then ``"But the truth is ...``): paragraph index -> (the
        label's colon, the paragraph's first offset, False: the label's statement goes on).
        Only after an upper-case label that opens with a quote mark and leaves it open, in
        paragraphs that reopen it, until one closes it; a stage direction (``"(CROSSTALK.)``)
        or a social handle (``"Follow Pam Key on Twitter @pamkey."``, the writer's footer) ends
        the run."""
        text = self.text
        runs: dict[int, tuple[CueMatch, int, bool]] = {}
        speaking: CueMatch | None = None
        opener = ""
        for index, paragraph in enumerate(self.paragraphs):
            mark = text[paragraph.start]
            if index in labels:
                colon = labels[index]
                upper = text[paragraph.start + 1 : colon].isupper()
                speaking = CueMatch(colon, colon + 1, ":", CueClass.SPEECH) if upper else None
                opener = mark if mark in _OPENERS else ""
            elif (
                speaking is None
                or not opener
                or mark != opener
                or text[paragraph.start + 1 : paragraph.start + 2] in ("(", "[")
                or _SOCIAL_HANDLE.search(text, paragraph.start, paragraph.end)
                or not _has_words(text, paragraph.start, paragraph.end, _FORWARD_MIN_WORDS)
            ):
                speaking = None
                continue
            else:
                runs[index] = (speaking, paragraph.start, False)
            if not _QuoteState(text, paragraph.start).inside(paragraph.end):
                speaking = None  # the paragraph closes its mark: the quotation ends with it
        return runs

    def comments(self) -> frozenset[int]:
        """Paragraphs of the publication's own standing comment, which report nothing: opened
        by a ``comment`` label of ``headline_labels.tsv`` (``Editor's note: The mayor is a
        ...``), unless the note names a written work whose account it corrects (``Editor's
        Note: An article on Monday ... reported that ...``, whose reports stand). The comment
        characterises its subject, who is described before the report (``X is a ... who has
        promised``); a note that opens with a report (``Editor's note: The mayor said on
        Tuesday that ...``) or holds a quotation is news, whose reports stand."""
        text = self.text
        found: set[int] = set()
        for index, paragraph in enumerate(self.paragraphs):
            match = _LABEL.match(text, paragraph.start, paragraph.end)
            if match is None or (
                match.group("label").replace("\u2019", "'").lower() not in notice_labels("comment")
            ):
                continue
            words = [
                word.group().lower() for word in _WORD.finditer(text, match.end(), paragraph.end)
            ]
            if read_words("written_works.tsv").isdisjoint(words) and _characterises(
                text[match.end() : paragraph.end], words
            ):
                found.add(index)
        return frozenset(found)

    def labels(self) -> dict[int, int]:
        """Paragraphs that open with a speaker's name and a colon (``Ruiz: Ferrer needs
        to ...``, a transcript's ``WALLACE: ...``, an interview's ``A: ...`` after a ``Q:``):
        paragraph index -> offset of the colon.

        A label is a person's name by the word lists, a word used as a label in two
        paragraphs or more, or an upper-case word in a text with other upper-case labels (a
        transcript's speakers)."""
        text = self.text
        found: dict[int, tuple[int, str]] = {}
        for index, paragraph in enumerate(self.paragraphs):
            match = _LABEL.match(text, paragraph.start, paragraph.end)
            if match is not None and paragraph.end - match.end() > 1:
                found[index] = (match.end("label"), match.group("label"))
        counts: dict[str, int] = {}
        for _, label in found.values():
            counts[label] = counts.get(label, 0) + 1
        transcript = sum(1 for _, label in found.values() if label.isupper()) > 1
        interview = counts.get(INTERVIEW_QUESTION, 0) > 0
        return {
            index: colon
            for index, (colon, label) in found.items()
            # "Q:" names nobody; "A:" is the interviewee's answer where questions stand before
            if (len(label) > 1 or (interview and label == INTERVIEW_ANSWER))
            # "A: Every day.": an answer may be short
            and _has_words(
                text,
                colon,
                self.paragraphs[index].end,
                1 if label == INTERVIEW_ANSWER else _FORWARD_MIN_WORDS,
            )
            # "SOAP STAR HEARTACHE: ...": words in capitals outside a transcript are a kicker;
            # "Inside Kestrel Care: ...", "On the ward: ...": a phrase, not a speaker
            and (transcript or " " not in label or not label.isupper())
            and label.split()[0].lower() not in ADVERBIAL_STARTS | {"inside", "behind", "about"}
            # "Media contact: Freja Holm, ...", a fact check's "THE FACTS: Crime fell."
            and label.lower() not in notice_labels() | notice_labels("part")
            # "Fact Check: Did the mayor cut 900 jobs?": a headline's format label, though its
            # capitals read like a name
            and not (self.is_headline(index) and label.lower() in read_words("headline_labels.tsv"))
            # "Port chief:" only in a headline, before a clause (not "Bill Morrow fumed:",
            # "Overall results:", "Labour leader: the runners and riders")
            and (
                label.split()[-1][:1].isupper()
                or (
                    self.is_headline(index)
                    and self.names_a_role(label)
                    and _holds_a_verb(text, colon, self.paragraphs[index].end)
                )
            )
            and (
                label == INTERVIEW_ANSWER
                or (counts[label] > 1 and self.could_be_speaker(label))
                or (transcript and label.isupper())
                or looks_like_person(label.split(), self.lexicon)
                or (
                    self.is_headline(index)
                    # "Port chief: dredging will go ahead": a role, whatever place it is of;
                    # "Harbour Post: ...": a paper, named by its last word
                    and (
                        self.could_be_speaker(label)
                        or self.names_a_role(label)
                        or _paper_label(label, self.lexicon)
                    )
                )
            )
        }

    def is_headline(self, index: int) -> bool:
        """Whether a paragraph reads as a headline: short, and the first of the text or not
        ended like a sentence (``Poll: Voters split on the transit levy``)."""
        paragraph = self.paragraphs[index]
        line = self.text[paragraph.start : paragraph.end].rstrip()
        if len(line) > _HEADLINE_CHARACTERS:
            return False
        return index == 0 or not line.endswith((".", ":", ";"))

    def names_a_role(self, label: str) -> bool:
        """Whether a label of a few words ends with a title (``Port chief``, ``Health
        minister``)."""
        return role_without_name(label, self.lexicon)

    def could_be_speaker(self, label: str) -> bool:
        """Whether a repeated label can name a speaker: not a place, body or date word."""
        lexicon = self.lexicon
        return not any(
            word.lower() in lexicon.nationalities
            or word.lower() in lexicon.not_names
            or word.lower() in _non_person_words()
            for word in label.split()
        )

    def labelled(self, scan: _SentenceScan, colon: int) -> None:
        """The rest of a labelled paragraph is what the label's speaker says."""
        paragraph = self.paragraphs[scan.sentence.paragraph]
        start, end = _trim_content(self.text, colon + 1, paragraph.end, labelled=True)
        if start >= end:
            return
        inside = [s for s in find_quoted(self.text, (paragraph,)) if start <= s.start < end]
        if len(inside) == 1 and inside[0].start == start and inside[0].end >= end:
            kind = QuoteKind.DIRECT
        elif any(not _title_cased(self.text, stretch.start, stretch.end) for stretch in inside):
            kind = QuoteKind.MIXED
        else:
            # 'A: Honestly? "Paper Lighthouse." It came to me on a ferry.': a song's title,
            # nobody's wording, makes no answer mixed
            kind = QuoteKind.INDIRECT
        self.add(start, end, kind, CueMatch(colon, colon + 1, ":", CueClass.SPEECH), True)

    def cue_after(self, stretch: QuotedStretch, scans: list[_SentenceScan]) -> CueMatch | None:
        """The cue after a quote, in the sentence where it ends or, when the quote ends that
        sentence (``"…?" Graham asked.`` splits there), at the start of the next one."""
        index = self.sentence_of(stretch.end - 1)
        cue = _cue_after(self.text, stretch, scans[index])
        ends_sentence = scans[index].sentence.end <= stretch.end
        if cue is None and ends_sentence and index + 1 < len(scans):
            following = scans[index + 1]
            if following.sentence.paragraph == scans[index].sentence.paragraph:
                cue = _cue_after(self.text, stretch, following)
        return cue

    def colon_cue(self, stretch: QuotedStretch, scan: _SentenceScan) -> CueMatch | None:
        """The cue of a paragraph ending in a colon, for a quote opening the next paragraph."""
        if scan.index == 0 or self.sentences[scan.index - 1].paragraph == scan.sentence.paragraph:
            return None
        previous = self.sentences[scan.index - 1]
        if not self.text[previous.start : previous.end].rstrip().endswith(":"):
            return None
        cues = find_cues(self.text, previous.start, previous.end, self.lexicon)
        return cues[-1] if cues else None

    def reported(
        self,
        scan: _SentenceScan,
        used: set[int],
        fragments: dict[int, QuotedStretch],
        works: set[int],
    ) -> None:
        """Reported speech governed by the cues of one sentence that no direct quote took;
        ``works`` are the starts of quoted titles of works, which quote nobody's wording (a
        nickname may be the speaker's).

        Every loop here is bounded: a cue looks at most ``_CUES_WEIGHED`` later cues for the
        one that ends its clause, and at its neighbours for nesting, so a sentence of a
        thousand cues costs a thousand times a constant.
        """
        if not scan.cues:
            return  # most sentences report nothing
        text = self.text
        sentence = scan.sentence
        if _asks_who(text, sentence, scan.cues[0]):
            # "What worries you about the river?", "Who told you that?", "What did the critics
            # say about the record?": a question
            return
        free = [
            c
            for c in scan.cues
            if (c.start not in used or c.start in self.first_pieces)
            and _reports_here(text, c, scan.stretches)
            # "Citing an unnamed official, KNA reported that", "Interfax reported, citing a
            # source in the ministry": who told it (attribution reads the relay), no report
            # of its own; nor is "RIA reported, quoting the regional governor", who spoke
            and not _document_participle(text, c, scan.cues)
            and not _shows_a_speaker(text, c, scan.cues)
            and not _evidential_auxiliary(text, c, scan.cues, used)
            and not (
                len(scan.cues) > 1
                and (
                    (
                        c.form in _CITING_CUES
                        and _CITED_PERSON.match(text, c.end, sentence.end) is not None
                    )
                    or (
                        c.form == "quoting" and quoted_person(text, c.end, self.lexicon) is not None
                    )
                )
            )
        ]
        found: list[tuple[CueMatch, int, int, bool]] = []  # cue, span, continues the last
        colons = text.find(": ", sentence.start, sentence.end) != -1
        for cue in free:
            # a later cue of the sentence that starts its own attribution, free or taken by a
            # direct quote ('..., adding, "Democracy is messy."'), ends this cue's clause
            later = bisect.bisect_left(scan.cues, cue.end, key=lambda other: other.start)
            # what a cue reads of its sentence, bounded so a megabyte sentence stays linear
            around = Sentence(
                max(sentence.start, cue.start - _CLAUSE_CHARACTERS),
                min(sentence.end, cue.end + _CLAUSE_CHARACTERS),
                sentence.paragraph,
            )
            limit = around.end
            for other in scan.cues[later : later + _CUES_WEIGHED]:
                if (
                    _cited_in_passing(text, other)
                    or _quoting_own(text, other)
                    or _in_fronted_subordinate(text, cue, other)
                ):
                    # "said, citing field commanders, that", "say that, even if they thought
                    # it fair, a recount ...": the clause goes on
                    continue
                clause_end = _new_attribution_start(text, other, cue, around.start, colons=colons)
                if clause_end != -1:
                    # "with Ida Moss saying X and Gov. Paul Arden saying Y": X ends before the
                    # next cue's named subject
                    named = (
                        absolute_subject(text, cue.end, other.start)
                        if other.form.endswith("ing")
                        else None
                    )
                    limit = min(limit, clause_end if named is None else named[0])
                    colon = (
                        text.rfind(": ", max(cue.end, other.start - _LOOK_BACK), other.start)
                        if colons
                        else -1
                    )
                    if colon != -1 and not _QuoteState(text, cue.end).inside(colon):
                        limit = min(limit, colon)  # "...: 61 percent of voters said ..."
                    break
            if (
                _asked_of_the_subject(text, cue)
                and (colon := text.find(": ", cue.end, limit)) != -1
            ):
                limit = colon  # "was blunt when asked about the risk: ...": the question ends
            earlier = bisect.bisect_left(scan.cues, cue.start, key=lambda other: other.start)
            if (
                earlier
                and (self.impersonal(cue) or self.passive_report(cue))
                and not _in_relative_aside(text, around.start, scan.cues[earlier - 1], cue)
            ):
                # "Fire officials said it appeared to have started": the clause a passive or
                # evidential cue reports, subject included, starts after the cue before it
                floor = max(around.start, scan.cues[earlier - 1].end)
                around = Sentence(floor, around.end, around.paragraph)
            owned = _owned_quotation(text, scan.stretches, cue)
            if owned is not None:
                # 'Varga's "keep your doctor" promise was broken': the noun reports the
                # owner's words before it, nothing after it
                found.append((cue, owned.start, owned.end, False))
                continue
            span = self.content_of(cue, around, limit)
            if cue.start in self.first_pieces:
                if span is not None and span[1] <= cue.start:
                    found.append((cue, *span, True))  # the quote after the cue is recorded
                continue
            if span is not None and span[1] <= cue.start and cue.start in self.forward_only:
                rest = self.parenthetical_rest(cue, around)
                if rest is not None:
                    found.append((cue, *rest, False))
                continue
            if span is not None:
                span = _through_open_quote(scan.stretches, *span)
            phrase = None
            naming = span is not None and cue.start in scan.naming
            if span is not None and naming:
                span = _from_quoted_object(text, cue, *span)
                phrase = _named_phrase(
                    text, scan.stretches, around.start, cue, span[1], lexicon=self.lexicon
                ) or self.passive_name(cue, around, scan.stretches, span[1])
                span = phrase or _through_naming_quote(
                    text, scan.stretches, *span, noun=cue.form in _quoted_object_nouns()
                )
            as_phrase = (
                span is not None and phrase is None and _quoted_as_phrase(text, cue.end, *span)
            )
            if (
                span is not None
                and phrase is None
                # 'on what Ruiz described as a "turning point"': "what" is the object the
                # quotation characterises through "as", so no naming verb's object stands
                # between the cue and its "as"
                and (naming or as_phrase)
                and (
                    what := _WHAT_BEFORE_SUBJECT.search(
                        text, max(around.start, cue.start - _WHAT_REACH), cue.start
                    )
                )
                is not None
                and (not cue.form.endswith("ing") or _after_be(text, cue.start))
                and not self.clause_of_its_own(text[what.start() + len("what") : cue.start])
                and _subject_after_what(text[what.start() + len("what") : cue.start])
            ):
                # "after what she called a “tirade,”", "what one member is calling" (not
                # "praised what he has done, calling it ...": a participle's subject is
                # the sentence's)
                span = (what.start(), span[1])
            elif as_phrase and span is not None:
                # 'described as "an eyesore" by neighbours': the phrase ends before its agent
                # (after "what" the phrase no longer starts at its "as")
                span = (span[0], _before_agent(text, scan.stretches, *span))
            if span is not None:
                # "She believed, she says, that ...": a subject and its verb, whose clause
                # follows the aside, are no piece of what was said
                verb_only = span[1] <= cue.start and self.subject_and_verb(*span, cue)
                if not verb_only:
                    found.append((cue, *span, False))
                if (
                    span[1] <= cue.start
                    and (
                        cue.form not in SOURCE_FIRST_CUES
                        # "Since May, according to X, the board has ...": a short first piece
                        or not _has_words(text, *span, _PARENTHETICAL_TAIL + 1)
                    )
                    and not _after_be(text, cue.start)  # a passive's subject is the report
                ):
                    rest = self.parenthetical_rest(cue, around)
                    if rest is not None:
                        found.append((cue, *rest, True))
                elif span[1] <= cue.start and (reason := self.passive_reason(cue, around)):
                    found.append((cue, *reason, True))
        reported: set[tuple[int, int]] = set()
        starts = [stretch.start for stretch in scan.stretches]
        for index, (cue, start, report_end, continues) in enumerate(found):
            end = report_end  # (cut below before a quotation the cue's object names)
            neighbours = found[max(0, index - _CUES_WEIGHED) : index + _CUES_WEIGHED]
            # ("Unemployment, which rose to 9 percent according to the statistics office,
            # remains the main worry, the survey found": the office's relative clause keeps
            # its own record, whatever report holds it)
            in_source_relative = (
                cue.form in SOURCE_FIRST_CUES
                and self.relative_before(cue, scan.sentence) is not None
            )
            naming_record = _naming_verb_record(text, cue, scan)
            if not in_source_relative and any(
                other_start <= cue.start < other_end
                and not start <= other_cue.start < end
                # ('Ruiz said the council approved what critics call a "stealth tax"': the
                # naming keeps a record of its own inside the report holding it; not inside
                # a poll's or a source's frame, whose report it is: 'In a Gazette poll, 31
                # percent called the timetable "a lost cause."')
                and not (
                    naming_record
                    and other_cue.form not in SOURCE_FIRST_CUES
                    and other_cue.form not in (POLL_OPENING, VIEWPOINT_OPENING)
                )
                and not _nested_report(text, cue, other_cue, start)
                # ("The bridge, which officials said was safe, is expected to reopen": the
                # relative aside the expectation holds keeps its own report)
                and not (
                    cue.end <= other_cue.start
                    and _in_relative_aside(text, other_start, cue, other_cue)
                )
                # ("said that the levy, which critics argued was unfair, was ...": so does
                # the aside on the report's subject, and the verb after it)
                and not (
                    other_cue.end <= other_start < cue.start
                    and _in_subject_relative(text, other_start, cue)
                )
                # ("Investigators believe X, two people familiar with the inquiry said.": the
                # belief ends before a long source closing the sentence, and stays a record)
                and not (
                    end <= other_end <= other_cue.start
                    and _has_words(text, other_end, other_cue.start, _COORDINATED_SUBJECT + 1)
                    and _closes_its_sentence(text, other_cue.end)
                )
                for other_cue, other_start, other_end, _ in neighbours
            ):
                # a cue inside another's clause: "X said Y tells lies" is X's, and so is "X said
                # the sale is expected to close", whose clause is the same
                continue
            first = bisect.bisect_left(starts, start)
            # 'mouthed "sorry" to the victim's mother': the words said, without whom to
            said_to = (
                start == cue.end + 1
                and first < len(starts)
                and starts[first] == start
                and _addressee_after(text, scan.stretches[first])
            )
            if said_to:
                end = min(end, scan.stretches[first].end)
            inside = []
            for position in range(first, len(scan.stretches)):  # a slice would copy the rest
                stretch = scan.stretches[position]
                if stretch.start > end:
                    break
                if stretch.end <= end + 1:
                    inside.append(stretch)
            direct = [stretch for stretch in inside if stretch.start not in fragments]
            if direct and self.words_outside(start, end, direct) < _FORWARD_MIN_WORDS:
                continue  # the clause is a direct quote found above
            # "Lund said she recalls a voter asking, "When is he coming?"": the report holds
            # a direct quote of its own, which stays a record beside it
            if (start, end) in reported:
                # a clause two cues take ("responded to the mayor's claim that X") is reported
                # once, by the first: the outer cue, whose subject is the sentence's
                continue
            reported.add((start, end))
            # 'said the so-called "final offer" would be put to members': the writer's scare
            # quote, not the speaker's words, does not make the report mixed; nor does a title
            # ('said she wrote "Copper Moon" in a single night': a song's name)
            quoted = [
                stretch
                for stretch in inside
                if not _scare_quoted(text, stretch) and stretch.start not in works
            ]
            kind = QuoteKind.MIXED if quoted else QuoteKind.INDIRECT
            if said_to or (
                len(quoted) == 1
                and (quoted[0].start, quoted[0].end) == (start, end)
                and (
                    cue.form.split()[0] in _SAYING_CUES
                    or text[max(0, start - 5) : start].lower() == "that "
                )
                and _has_clause(text, start + 1, end - 1, that_counts=False)  # inside the marks
            ):
                # 'said "every option is on the table," though ...', 'claimed that "the
                # auditor got it wrong,"': the clause reported is the quotation alone, marks and
                # all, so it is direct (a quoted phrase a cue takes as its object stays mixed:
                # 'citing "the unique pull of the harbour"', 'Recalling "the fate of
                # families who were unable to leave"')
                kind = QuoteKind.DIRECT
            for stretch in inside:
                fragments.pop(stretch.start, None)
            self.add(start, end, kind, cue, not continues)

    def words_outside(self, start: int, end: int, stretches: list[QuotedStretch]) -> int:
        """The words of ``text[start:end]`` outside the given quoted stretches."""
        count, position = 0, start
        for stretch in stretches:
            count += _count_words(self.text, position, max(position, stretch.start))
            position = max(position, stretch.end)
        return count + _count_words(self.text, position, max(position, end))

    def question_start(self, cue: CueMatch, start: int, end: int) -> int | None:
        """Where what a verb of questioning asks starts: ``start`` for what is doubted
        (``questioned Mr. Hale's veracity``, ``questioned ministry claims that``), the topic past
        the person and how he was questioned (``questioned Moretti at length about the
        overruns``); None for an interrogation with no question or topic (``Detectives kept
        questioning Elliot Ransome for six hours``, ``questioned her on Tuesday``)."""
        if cue.form not in _QUESTIONING_FORMS:
            return start
        words = list(
            itertools.islice(
                _UNSPACED.finditer(self.text, start, min(end, start + _QUESTIONED_REACH)),
                _QUESTIONED_WORDS,
            )
        )
        lower = [word.group().lower() for word in words]
        if lower[:1] and lower[0] in _OBJECT_PRONOUNS:
            # ("question her judgment": an owner; "questioned her for six hours": the person)
            person = int(
                lower[0] != "her" or (lower[1:2] != [] and lower[1] in _INTERROGATION_LEADS)
            )
        else:
            # (a headline's capitals stop at its question word: "Questioned What It Means")
            person = 0
            for word in lower:
                if not words[person].group()[:1].isupper() or word in QUESTION_WORDS:
                    break
                person += 1
                if word.endswith((",", ".", ";", ":")):
                    break  # "questioned Ransome, who denied": the person ends at his comma
        rest = lower[person : person + _QUESTION_OPENER_WORDS]
        if (
            not person
            or not rest
            or any(word.group().endswith(_POSSESSIVE_ENDINGS) for word in words[:person])
        ):
            return start
        if lower[person - 1].endswith(",") and rest[0] == "who":
            return None  # "questioned Ransome, who denied any role": a relative clause, no topic
        for index, word in enumerate(rest):
            if word in QUESTION_WORDS or (
                # (not a time: "questioned Ransome on Tuesday", "over the weekend")
                word in _TOPIC_OPENERS
                and not _TIME_WORDS.intersection(w.strip(".,") for w in rest[index + 1 : index + 3])
            ):
                return int(words[person + index].start())
            if not index and word not in _INTERROGATION_LEADS and not word.endswith("ly"):
                return start
        return None

    def content_of(self, cue: CueMatch, sentence: Sentence, limit: int) -> tuple[int, int] | None:
        """The clause a cue governs, before or after it, trimmed; None when there is none."""
        text = self.text
        if _between_marks(text, cue.start, cue.end):
            cue = attrs.evolve(cue, end=cue.end + 1)  # 'The draft "urges" ...': past its mark
        if cue.form in SOURCE_FIRST_CUES or cue.form in (POLL_OPENING, VIEWPOINT_OPENING):
            sourced = self.according_to(cue, sentence)
            return (
                None
                if sourced is None
                else _past_writers_connective(text, sentence.start, *sourced)
            )
        if self.impersonal(cue):
            return self.passive_clause(cue, sentence, limit)
        if self.passive_report(cue):
            return self.passive_subject(cue, sentence)
        backward = self.backward_content(cue, sentence)
        if backward is not None:
            return _past_writers_connective(text, sentence.start, *backward)
        if _unsaid_infinitive(text, cue):
            return None  # "because her manager told her to.", "any religion they wanted to,"
        question = self.question_start(cue, self.skip_intervening(cue), sentence.end)
        if question is None:
            return None
        start = question
        that_clause = text[max(0, start - 4) : start].lower() == "that"
        if (
            that_clause
            and text.startswith(", ", start)
            and _next_word(text, start + 1) in _FRONTED_SUBORDINATORS
        ):
            # "argue that, while the levy may pass, riders will pay": the comma after "that"
            # opens the clause's own fronted subordinate clause, no writer's clause (PolNeAR
            # train: 2 of 2); not "cannot promise that, the minister said", a pronoun
            start += len(", ")
        # "asked about the delay": the preposition is the cue's, though it counts as a word
        # (not after "that": "said that for many children, ..." keeps its preposition)
        topic = None if that_clause else _TOPIC_PREPOSITION.match(text, start)
        if topic is None and not that_clause:
            topic = _topic_past_manner(text, start)  # "bragged prematurely about his lead"
        if topic is None and text[cue.end : start].strip() and _topic_before_figure(text, start):
            # "told the council about 1,400 complaints that": read up to "about" only, so the
            # lookahead that keeps an estimate's "about" sees no figure
            topic = _TOPIC_PREPOSITION.match(text, start, start + len(" about"))
        # (the matches below end at the sentence read: the regex module looks for a pattern's
        # fixed word up to the end of what it is given, the rest of the text when no end is)
        if topic is None and not that_clause and cue.form in ASK_FORMS:
            # "Prosecutors asked for 20 years": what was asked for, no estimate
            topic = _REQUEST_FOR.match(text, start, sentence.end)
        if topic is None and not that_clause and cue.form.startswith(_ANSWER_HEADS):
            # "responded to the IFPTE": what is answered
            topic = _ANSWERED_TO.match(text, start, sentence.end)
        if topic is None and not that_clause:
            topic = _PARTICLE_OUT.match(text, start, sentence.end)  # "tweeted out a photo"
        if topic is None and not that_clause:
            # "expressed concern about the levy", "has said little about the ferry contract": a
            # stance or how much was said, then what it is about
            topic = _stance_topic(text, cue.form, start, sentence.end)
        pronoun = (
            _IT_AHEAD.match(text, start, sentence.end)
            # (a verb of saying's: "The board rejected it again: the vote was five to two"
            # rejected a plan, not the vote; and not denied: "did not say it directly: her
            # aides did")
            if topic is None
            and not that_clause
            and cue.form in _SAYING_FORMS
            and not _negated(text, cue)
            else None
        )
        if pronoun is not None:
            colon = skip_intervening(text, pronoun.end())
            if text.startswith(": ", colon) and colon < min(sentence.end, limit):
                # "said it again on Monday: the library stays open": the pronoun points at
                # what the colon opens, which is what was said (unless a report of its own
                # opens there: "said it again: the auditors say the fund is short")
                start = colon + len(": ")
        # "The defence asked for two more weeks": the time requested, not how long they asked
        requested = (
            cue.form in ASK_FORMS and topic is not None and topic.group().strip().lower() == "for"
        )
        least = _FORWARD_MIN_WORDS - (topic is not None)
        if cue.form in read_words("refusal_cues.tsv") or (
            (
                cue.cue_class in _SHORT_OBJECT_CLASSES
                or cue.form in read_words("object_cues.tsv")  # "Vale opposed the bill"
            )
            and not cue.form.endswith(("ing", " to"))
        ):
            # "Brown praised her", "Ruiz rejected that": a short object; "the campaign
            # declined to comment": the refusal is the report; but not the short phrase of a
            # participle or of "pointed to" ("pointed to it")
            least = 1
        elif _inner_source_of_relative(text, cue):
            least = 1  # "The suspect, who police believe was armed,": the relative's predicate
        elif cue.form in _naming_pattern()[1]:
            least = 2  # "calling Pym "dopey"": whom and the name, two words at least
        start = start if topic is None else int(topic.end())
        purpose = (
            _CUE_THEN_THAT.match(text, start, sentence.end)
            if cue.form.startswith(_ANSWER_HEADS)
            else None
        )
        verb = "" if purpose is None else purpose.group("verb").lower()
        if (
            purpose is not None
            and verb in self.lexicon.cues
            and (not verb.endswith("s") or verb.endswith("ss"))
        ):
            # "responded to say that the government would appeal": an infinitive of purpose,
            # whose clause is what was said, as after "refused to concede that" (not a plural
            # noun: "responded to claims that she misused funds", the claims answered)
            start = int(purpose.end())
        clause = None if that_clause else _clause_past_time_phrase(text, start, sentence.end)
        if clause is not None:
            start = clause  # "insisted after the meeting the pool would stay open": the clause
        elif not that_clause and _circumstance_only(text, cue, start, sentence.end):
            return None  # "conceded when the polls closed": when, not what
        end = limit
        if _OBJECT_PARTICIPLE.fullmatch(cue.form) and _SUBJECT_NOUN_BEFORE.fullmatch(
            text, sentence.start, cue.start
        ):
            # "A motion calling for a pause on parking charges was defeated": the participle
            # describes the subject, and its object ends before the main verb
            end = _main_verb_start(text, start, end)
        elif (
            that_clause
            and cue.form in read_words("complement_nouns.tsv")
            and _OWNER_BEFORE_NOUN.fullmatch(text, sentence.start, cue.start)
            and not _plural_subject_before(text, cue, self.lexicon)
        ):
            # "His warning that the dam would fail was ignored": a noun cue opening its
            # sentence, whose clause ends before the main verb; not a verb after a plural
            # subject ("The mayor's aides claim that the count was rigged and was never
            # audited": all of it claimed)
            end = _main_verb_start(text, start - len("that"), end, noun_clause=True)
        elif not that_clause and _owned_noun_cue(text, sentence.start, cue.start, cue.end):
            # "Her pledge to "cut the red tape" drew cheers", "Voss's call for calm was
            # ignored": a noun cue its owner opens the sentence with, whose phrase ends
            # before the main verb; a clause without "that" after its own verb ("Her warning
            # the dam would fail was ignored")
            clause = _reports_a_clause(text, cue, start)
            end = _main_verb_start(text, start, end, noun_clause=clause, opened=clause)
        if end < sentence.end:  # stop before ", adding that ..." and similar
            comma = _last_clause_comma(text, start, end)
            opening = _last_clause_comma(text, start, comma) if comma != -1 else -1
            if (
                comma != -1
                and (
                    # (not the comma closing a relative aside the clause goes on after: "said
                    # the new law, which covers theft, will take effect in May and praised the
                    # police")
                    opening == -1
                    or _relative_aside_end(text, opening + 1, end) != comma
                    or not _holds_a_verb(text, comma, end)
                    or not _has_words(text, comma, end, _COORDINATED_SUBJECT)
                )
                # (nor the one comma in a list of the report's predicates: "said the suspect
                # was armed, had fled on foot and asked residents to stay indoors")
                and (opening != -1 or not _listed_predicates(text, start, end))
            ):
                end = _before_comma(text, comma)  # 'be "messy," adding'
        end = _aside_end(text, max(sentence.start, cue.start - _LOOK_BACK), cue.start, start, end)
        summary = _SUMMARY_NOUN.search(text, start, end)
        if summary is not None and (
            summary.group(1).lower() in read_words("complement_nouns.tsv")
            or (
                summary.group(1).lower() in read_words("summary_nouns.tsv")
                and not _clause_goes_on(text, summary.end(), end)
            )
        ):
            # "claimed to have inflicted heavy losses, claims that could not be verified",
            # "said the port would shut, a move that angered the dockers": the writer's noun
            # summing up the report, and its relative clause
            end = summary.start()
        opening_participle = _opening_participle(text, sentence.start, cue)
        if opening_participle:
            asker = _ASKED_BY.match(text, start, end)
            if asker is not None:
                start = int(asker.end())
                topic = _TOPIC_PREPOSITION.match(text, start)  # "Asked by reporters about"
                start = start if topic is None else int(topic.end())
        # "Roe, asked how it went, paused": a participle set off after its subject; but after
        # a party tag the comma closes the tag, and the cue is the main verb ("Sen. Wendell
        # Tarrant, R-Okla., asked whether ...")
        interposed = (
            cue.form in _PASSIVE_WITH_TOPIC
            and text[cue.start - 2 : cue.start] == ", "
            and not is_party_tag(_last_word(text, sentence.start, cue.start - 2), self.lexicon)
        )
        fronted_absolute = _fronted_absolute(text, sentence.start, cue)
        if (
            opening_participle
            or interposed
            or _subordinate_cue(text, sentence.start, cue.start)
            or fronted_absolute
            or _fronted_as_with_object(text, sentence.start, cue, start)
        ):
            # "After Roe said X, the board ...", "Roe, asked how it went, paused", "With the
            # Treasury warning that X, lawmakers ...": X; but not
            # at the comma of a list that ends the sentence ("residents, who say the scheme
            # will overwhelm roads, schools and surgeries.")
            comma = _first_comma(text, start, end)
            if opening_participle and comma == end and _opening_without_clause(text, sentence, cue):
                return None  # "Criticizing the police will cost votes.": the subject, no report
            if fronted_absolute:
                comma = _absolute_clause_end(text, start, end, comma)
            relative = not {"who", "which"}.isdisjoint(_words_before(text, cue.start, 2))
            listed = _LIST_TAIL.match(text, comma, end)
            if not relative or listed is None or _holds_a_verb(text, listed.start(), listed.end()):
                end = comma  # "The senators, who said X, walked out and voted no.": main verbs
            dash = _DASH.search(text, start, end)
            end = end if dash is None else dash.start()
        elif _relative_on_subject(text, sentence.start, cue.start):
            first = _WORD.search(text, start, end)
            if (
                first is not None
                and first.group().islower()  # (not a name: "Ahmed Khalil")
                and (
                    first.group() in FINITE_VERBS
                    or first.group() in self.lexicon.cues
                    or _past_participle(first.group())
                )
            ):
                # "A forensic nurse who testified for the state told jurors ...": the main
                # clause's verb comes first, so the cue reports nothing
                return None
            # "Voters who said prices were their top concern favored Brandauer": the report
            # ends before the main clause's verb
            # ("Delegates who hope to speak at the convention must register": an infinitive)
            # ("Voters who praised the plan said ...": a cue of a noun phrase, whose object
            # has no verb of its own)
            end = _main_verb_after_report(
                text,
                start,
                end,
                self.lexicon.cues,
                phrase=_next_word(text, start) == "to"
                or (not that_clause and cue.form.lower() in read_words("phrase_cues.tsv")),
            )
        if topic is not None and (opening_participle or interposed):
            end = _before_late_asker(text, start, end)  # "Asked about it by the Courier,"
        clause_limit = end
        end = _clause_end(text, start, end)
        if cue.cue_class in SAYING_CLASSES:
            verb = cue.form.split(maxsplit=1)[0].lower()
            end = _second_clause_after_quote(
                text,
                start,
                end,
                clause_limit,
                self.lexicon.cues,
                past=verb.endswith("ed") or verb in IRREGULAR_PASTS,
            )
        if _headline_cue(text, sentence.start, cue):
            end = _headline_clause_end(text, start, end, self.lexicon.cues)
        # (before an object's end or an "as" clause is read: "urged calm even as crowds grew")
        end = _before_even_as_clause(text, start, end, self.lexicon)
        if cue.form in read_words("object_cues.tsv") and not that_clause:
            # (past the office or contest it was endorsed for: "endorsed Okafor for mayor")
            phrase_end = _contest_end(text, _object_end(text, start, end), end)
            # ("denied he was there": a clause; "opposed it as he ran": "it" alone, an object)
            alone = text[start:phrase_end].strip().lower() == "it"
            # ("discussed how to fund the bridge", "discuss where all this will lead": what a
            # question word opens, which the object's end would cut after it, goes on up to a
            # comma, colon or semicolon)
            if _next_word(text, start) in _ASKED_OPENERS:
                marks = [text.find(mark, start, end) for mark in ",;:"]
                end = min((mark for mark in marks if mark != -1), default=end)
            elif not _has_clause(text, start, phrase_end, it_counts=not alone):
                end = phrase_end
        head = cue.form.split(maxsplit=1)[0]
        participle_cues = self.lexicon.cues if head.endswith("ing") else None
        if not that_clause:  # "shows that Reyes remains popular and would carry ...": a clause
            believes = head in _BELIEF_CUES
            end = _before_second_predicate(
                text,
                start,
                end,
                says_a_clause=believes or head in _SAYING_CUES,
                believes=believes,
                participle_cues=participle_cues,
                plural_past_source=_plural_source(text, cue, self.lexicon)
                if _past_participle(head)
                else None,
            )
        elif participle_cues is not None:  # "telling reporters that Reyes is a "faker" and
            # questioning how": another participle cue
            end = _before_second_predicate(
                text, start, end, participle_cues=participle_cues, after_that=True
            )
        end = _quoted_clause_end(text, start, end)
        if not that_clause and head not in _SAYING_CUES:
            end = _before_as_clause(
                text, start, end, self.lexicon
            )  # "rejected the offer as talks stalled"
            end = _before_subordinate_clause(text, start, end, cue, self.lexicon)
            if (
                head not in _BELIEF_CUES  # ("believe her record, promoting jobs, will help")
                and head not in SAY_FORMS  # ("say officers patrol the area, handing out")
                and cue.cue_class is not CueClass.DOCUMENT  # ("showed Ruiz ahead, earning")
                # ("responded quickly, ripping into the mayor": how, then what was said)
                and not (cue.form.startswith(_ANSWER_HEADS) and topic is None)
            ):
                end = _before_trailing_participle(text, start, end)
        else:  # "said its glasses can translate, as the company tries to win back customers"
            end = _before_writers_as_clause(text, start, end, self.lexicon)
        end = _drop_closing_aside(text, start, _drop_appositive(text, start, end))
        contacted = _CONTACTED.search(text, start, end)
        reporter = None if contacted is None else _reached_by_reporter(text, contacted.end())
        if contacted is not None and (
            # "declined to say when asked", "did not respond when asked about the poll" refused
            # then, unless someone in the story asks ("declined to say whether he would
            # cooperate when questioned by investigators")
            reporter is not False
            if cue.form in read_words("refusal_cues.tsv")
            # but not a negated cue of what is said ("did not allege that Reyes lied when
            # asked about the payments": his lying when asked is what is not alleged)
            or (cue.form.startswith(_UNANSWERED_HEADS) and _negated(text, cue))
            # "said the climbers were conscious when reached on Sunday" and "said he would
            # testify when asked": the condition may be what was said; but not "when
            # contacted by phone"
            else reporter is True and contacted.group("participle").lower() not in _ASK_VERBS
        ):
            end = contacted.start()
        if not that_clause:
            end = _drop_forecast_change(text, start, end, cue.form)
        before_occasion = end
        end = _drop_time_after_quote(
            text, start, _drop_occasion(text, start, end, self.lexicon.cues)
        )
        if (
            not that_clause
            and cue.cue_class is CueClass.SPEECH
            and not cue.form.endswith(("ing", "ing to"))
            and (topic is not None or head not in _SAYING_CUES)
        ):
            # "rejected the offer on Monday", "asked about it years later": an object, not
            # "said the council meets on Monday"; a participle's time is its object's
            # ("referring to the regatta in July")
            perfect = _words_before(text, cue.start, 1) in (["has"], ["have"])
            end = _drop_closing_time(text, start, end, cue.form, perfect=perfect)
        if not that_clause:
            end = _drop_after_bare_pronoun(text, start, end)  # "said so in December"
        if end != before_occasion:
            # "said as much in an interview", "asked about it years later": a short object, set
            # off by its occasion or its time
            least = 1
        start, end = _trim_content(text, start, end)
        if text[end - 1 : end] == "?" and whether_question(
            text, sentence.start, cue.start, end, self.lexicon, adverb=True
        ):
            # "Does the minister believe the plan will work?", "Why did she say it was
            # "doomed"?": the writer's question
            end -= 1
        if _only_a_time(text, start, end):
            return None  # "Lindahl conceded shortly before midnight": when, not what
        if cue.form in _ASK_VERBS and text[start:end].lower() in _ASKED_WHOM:
            return None  # "nobody asked us", "she had asked herself": whom, not what
        by_saying = None if that_clause else _BY_SAYING.search(text, start, end)
        participle = "" if by_saying is None else by_saying.group(1).lower()
        if (
            by_saying is not None
            and by_saying.start() > start  # "said by asking staff": the answer itself
            # (a demonstrative is no clause: "responded to that post by calling him")
            and not _has_clause(text, start, by_saying.start(), that_counts=False)
            and (
                (
                    participle in self.lexicon.cues
                    and (
                        _REPORT_OPENING.match(text, by_saying.end()) is not None
                        or _next_word(text, by_saying.end()) in _SUBJECT_PRONOUNS
                        or _has_clause(text, by_saying.end(), end)  # "by saying the budget was up"
                    )
                )
                # "by calling Pym "dopey"": a naming verb reports the name it quotes
                or (
                    participle in _naming_pattern()[1]
                    and _DOUBLE_MARK.search(text, by_saying.end(), end) is not None
                )
            )
        ):
            # "released the findings of their audit by announcing that X": the participle
            # reports X, with this cue's subject; what it was done to is no report (but
            # "announced her candidacy by writing an op-ed" reports the candidacy)
            return None
        if (
            cue.form.startswith(_ANSWER_HEADS)
            and topic is not None
            and topic.group().strip().lower() == "for"
            and not _has_clause(text, start, end)
        ):
            return None  # "Responding for the council, Cllr Ann Reeve said": on whose behalf
        if (
            cue.form.startswith(_ANSWER_HEADS)
            and topic is not None
            and topic.group().lower().endswith("to")
            and not _has_clause(text, start, end)
            and (
                opening_participle
                or _names_a_contact(text, topic.end() - len("to"), end)
                or _names_an_incident(text, topic.end() - len("to"))
            )
        ):
            # "Responding to questions from members, Roe said", "did not respond to emailed
            # questions", "Firefighters responded to a blaze": to what, not what
            return None
        words = text[start : min(end, start + _INDEFINITE_REACH)].lower().split()
        if (
            words
            and words[0] in _INDEFINITE_OBJECTS
            and end - start < _INDEFINITE_REACH
            and all(word.endswith("ly") for word in words[1:])
        ):
            return None  # "said nothing", "says something quietly": that, not what
        if _names_the_act(text, start, end, cue.form):
            return None  # "before anyone had asked a question", "who conceded the penalty"
        sent_out = topic is not None and topic.group().strip().lower() == "out"
        if cue.cue_class is CueClass.WRITING and (
            # ("tweeted out a link to the audit report": the work sent is what is reported,
            # as PolNeAR marks it)
            # (nor a that-clause whose subject is a work: "wrote that the article was wrong")
            (_names_a_work(text, start, end) and not sent_out and not that_clause)
            or (that_clause and _demonstrative_work(text, start, end))
            or _ADDRESSEE.match(text, start, end)
            or (
                _OUTLET.match(text, cue.end, end)
                and (
                    _document_relative(text, start, end)
                    if that_clause
                    else not _has_clause(text, start, end)
                )
            )
        ):
            # "wrote a letter to the board", "wrote in an email to Rich Eastman", "Writing for the
            # tech site Circuitline, ...": what was written, to whom or where, not what it said;
            # but past "that" what it said ("wrote in a letter that the bond costs too much",
            # a verb in -s the clause test may take for a plural noun), unless the letter's
            # relative ("wrote in a memo that the Gazette obtained.")
            return None
        handed_over = _HANDED_OVER.search(text, max(0, cue.start - 5), cue.start)
        quote_handed_over = (
            handed_over is not None
            and handed_over.group().strip() != ","
            # 'Dana Kell, star of television's "Harbour," thanked the governor': a name
            and not _after_owned_name(text, sentence.start, handed_over.end())
        )
        # "..., said Matt Lane, a speechwriter": the source; but not "adding that Ana Brandt,
        # the vice chair, joined", "says Millennials, numbering 75 million, outnumber": the
        # subject of the clause and its appositive, then the verb; nor in a Title Case
        # headline, whose every word is capitalised ("Ruiz Says Pirates Raided Harbour, Calls
        # Mayor's Remarks 'Troubling'": a clause)
        inverted = (
            not that_clause
            and cue.cue_class is not CueClass.DOCUMENT  # "The video shows Dana Reyes, ..."
            and _INVERTED_SOURCE.match(text, start, end) is not None
            and (handed_over is not None or not _subject_with_appositive(text, start, end))
            and not (handed_over is None and _headline_cue(text, sentence.start, cue))
        )
        # (but after a preposition of topic what the cue is about: "The moderator, Janet
        # Okafor, asked about Medicare,"; "for" may name whom a passive is said of: "the same
        # cannot be said for Dana Kell, 31, a clerk who ...")
        about = topic is not None and topic.group().strip().lower() != "for"
        if not about and (
            inverted
            or (handed_over is not None and _NAME_AFTER_CUE.fullmatch(text, start, end))
            or (
                quote_handed_over
                and not cue.form.endswith("ing")  # '"...," adding the plan': no inversion
                and _next_word(text, start) in _SOURCE_DETERMINERS
                # 'citing "the pull of the harbour," said the party could win': a clause,
                # whose verb comes before any comma or relative ("said the man who ...")
                and not _verb_before_relative(text, start, _first_comma(text, start, end))
            )
        ):
            # "..., said Matt Lane, a speechwriter", "..., said a former official who ...":
            # a source, not what was said
            return None
        if not _has_words(text, start, end, least) or _next_word(text, start) in ("and", "or"):
            return None  # "who said and wrote such things": no clause of its own
        if (
            _OCCASION.match(text, start, end)
            and not _has_clause(text, start, end)
            # "shows that in a close race, Reyes leads": a fronted phrase and its clause
            and not (that_clause and "," in text[start:end])
        ):
            return None  # "said at a harbour forum last spring": when and where, not what
        if says_when(text[start:end]) or (
            topic is not None and not requested and says_when(text[topic.start() : end])
        ):
            # "Moreau replied a week later", "responded within minutes", "testified for three
            # hours": when or how long, not what
            return None
        if cue.form in _INFINITIVE_TO_FORMS and all(
            word.endswith("ly") for word in text[cue.end : start].split()
        ):
            # "declined to comment", "is planning to reprint the editorial", "refused to
            # publicly endorse": the infinitive with its "to" and adverbs, as after "vowed" or
            # "plans" (but "refused to say that X": X); read from the verb above, as the
            # clause's own first word
            start = cue.end - len("to")
        return start, end

    def subject_and_verb(self, start: int, end: int, cue: CueMatch) -> bool:
        """Whether ``text[start:end]`` is the parenthetical cue's own subject, as a pronoun, and
        a verb of thought or speech whose clause follows the cue (``She believed, she says,
        that ...``: she says she believed it; not ``He knew, his partner says, that ...``,
        the partner's claim, nor ``They knew, she says.``)."""
        text = self.text
        words = text[start:end].split()
        subject = text[end : cue.start].strip(" ,").lower()
        comma = text.find(",", cue.end, cue.end + _CHARACTERS_PER_WORD)
        return (
            len(words) == 2
            and words[0].lower() == subject
            and subject in _SUBJECT_PRONOUNS
            and words[1].lower() in self.lexicon.cues
            and comma != -1
            and _next_word(text, comma + 1) == "that"
        )

    def clause_of_its_own(self, phrase: str) -> bool:
        """Whether a phrase holds a cue or an auxiliary, so is a clause of its own (``No matter
        what critics say, Ana Ruiz called``), not a naming verb's subject."""
        words = phrase.lower().replace(",", " ").split()
        while words and (words[-1] in _FINITE_VERBS or words[-1] == "been"):
            words.pop()  # "what one conservative has dubbed": the naming verb's own auxiliary
        return any(word in self.lexicon.cues or word in _FINITE_VERBS for word in words)

    def impersonal(self, cue: CueMatch) -> bool:
        """Whether a cue reports its whole clause with nobody named: a passive (``is expected
        to``) or an evidential (``appeared to``)."""
        return (
            cue.form in read_words("passive_cues.tsv")
            and self.text[cue.end : cue.end + 4] == " to "
            # "the clerk asked to see identification", "said to reporters": active, a request
            # or a report of its own ("the sale, expected to close in May", with no "be")
            and (cue.form == "expected" or _after_be(self.text, cue.start))
        ) or cue.form in read_words("evidential_cues.tsv")

    def passive_reason(self, cue: CueMatch, sentence: Sentence) -> tuple[int, int] | None:
        """The reason or judgement after a passive of criticism that reports its subject, the
        second piece of the report (``Mr. Reyes was criticized for trading a guilty man for an
        innocent one``, ``The rollout was widely criticized as sloppy``; PolNeAR train: the
        content goes on past the cue 7 times of 7), None without one."""
        text = self.text
        if cue.form not in _REASONED_PASSIVES or not self.passive_report(cue):
            return None
        opening = _REASON_OPENING.match(text, cue.end)
        if opening is None:
            return None
        start = int(opening.start("word"))
        end = _clause_end(text, start, sentence.end)
        comma = text.find(",", start, end)  # ", even by his allies": the reason ends first
        start, end = _trim_content(text, start, end if comma == -1 else comma)
        words = text[start:end].lower().split()
        if words[0] == "for" and not _TIME_AFTER_FOR.isdisjoint(words[1:_REASON_TIME_WORDS]):
            return None  # "was criticized for months by farmers": how long, no reason
        if words[0] == "as" and (
            words[1:2] == ["well"]
            or words[2:3] == ["as"]  # "as soon as", "as early as 2010": when
            or _has_clause(text, start, end, that_counts=False)
            or _holds_a_verb(text, start, end)
        ):
            return None  # "was criticized as she left", "as the vote neared": when, no judgement
        piece = text[start:end]
        if _DOUBLED_APOSTROPHE in piece or not _DOUBLE_MARKS.isdisjoint(piece):
            return None  # 'criticized as a "giveaway"': the quotation is recorded on its own
        return (start, end) if _has_words(text, start, end, 2) else None

    def passive_report(self, cue: CueMatch) -> bool:
        """Whether a cue is a passive whose subject is what was said (``dates would be
        announced``, ``the levy was criticized by the mayor``)."""
        return _passive_subject_cue(self.text, cue.form, cue.start, cue.end)

    def passive_subject(
        self, cue: CueMatch, sentence: Sentence, *, naming: bool = False
    ) -> tuple[int, int] | None:
        """``The bridge plan was endorsed by the council``: the subject of the passive, from
        the sentence start or the comma before to the form of ``be``, past a main clause
        before a subordinator and an opening time (``Last week the levy was criticized``;
        for a naming cue, past a subordinator opening the sentence too: ``While the plan was
        labelled``). None for a second predicate (``passed and was criticized``) and inside
        a report with no ``that`` (``Ruiz said the levy was criticized``)."""
        text = self.text
        start = _own_clause_start(text, sentence.start, cue.start)
        end = be_before(text, cue.start)
        words = text[start:end].split()
        while words and (
            words[-1].lower() in _FINITE_VERBS
            or words[-1].lower() in _ADVERBS_BEFORE_BE
            or words[-1].lower().endswith("ly")
        ):
            end = text.rindex(words.pop(), start, end)  # "He has often been criticized": "He"
        if words and words[-1].lower() in _COORDINATORS:
            return None  # "The bill passed and was criticized": a second predicate's subject
        if words and words[-1].lower() in _SUBJECT_PRONOUNS:
            return None  # "One dresses so boldly she is nicknamed": a pronoun opens its clause
        if words and _verb_cue_between(
            text, start, text.rindex(words[-1], start, end), self.lexicon
        ):
            # "Ruiz said the levy was criticized": inside a report of its own (a cue word
            # ending the subject is its noun: "Both plans have been")
            return None
        start = _past_opening(text, start, end, opening=naming)
        start, end = _trim_content(text, start, end)
        first = _next_word(text, start)
        if (
            not _has_words(text, start, end, 2)
            or first in _RELATIVE_WORDS
            or first in _SUBORDINATING
            or first in _SUBJECT_PRONOUNS
        ):
            return None  # "which was endorsed", "While a curfew was announced", "It was"
        if self.time_clause_within(start, end):
            # "A year after it was announced, ...", "the crowd cheered as Ms. Pellow was
            # announced the winner": the passive stands in a clause of time inside its
            # sentence, as after an opening "While"
            return None
        return start, end

    def time_clause_within(self, start: int, end: int) -> bool:
        """Whether a passive's subject from ``start`` to ``end`` holds a clause of time or cause
        that the passive ends: a subordinator, and, for one that is a preposition too, a verb
        or a time before it, or a subject pronoun after it (``left the hall after the result``,
        ``Shortly after Ruiz``, ``days after Pellow``, ``A year after it``; not ``The plan
        to close the bridge until March``, ``Measures such as a curfew``)."""
        words = [word.group() for word in _WORD.finditer(self.text, start, end)]
        verb_before = False  # whether a word before the current one may be a verb
        for index, word in enumerate(words):
            lower = word.lower()
            if lower in _ADVERBIAL_CLAUSE_OPENERS:
                if lower not in _PREPOSITION_OPENERS:
                    return True  # "Her rival resigned while the result was announced"
                after = words[index + 1].lower() if index + 1 < len(words) else ""
                previous = words[index - 1].lower() if index else ""
                if after in _SUBJECT_PRONOUNS or (
                    after != "well"
                    and previous != "such"
                    and (
                        not previous
                        or previous in DURATION_UNITS
                        or previous in _TIME_LEADS
                        or verb_before
                    )
                ):
                    return True
            # (read once as the loop goes: a subject of hundreds of "after"s stays linear; a cue
            # word after a determiner is its noun: "The plan to close the bridge until March")
            verb_before = verb_before or (
                verb_like(word, self.lexicon.cues)
                and not (index and words[index - 1].lower() in NOUN_DETERMINERS)
            )
        return False

    def passive_name(
        self, cue: CueMatch, sentence: Sentence, stretches: list[QuotedStretch], end: int
    ) -> tuple[int, int] | None:
        """``The levy was branded "a raid on pensioners" by the opposition``: a naming
        participle in the passive reports its subject with the name it is given, from the
        subject to the name's closing mark (the agent after ``by`` is the source). None after
        ``being``, a gerund's passive with no subject of its own, or after a relative word
        (``what is called``, which reports from ``what``; ``a plan that was called``)."""
        be = be_before(self.text, cue.start)
        if be == cue.start or (
            _next_word(self.text, be) == "being"
            # (but "The storm is being called": a progressive passive, with its subject)
            and not BE_FORMS.intersection(_words_before(self.text, be, 1, floor=sentence.start))
        ):
            return None
        last = _given_name_end(self.text, stretches, cue, end)
        if last is None:
            return None
        before = _words_before(self.text, be, _AUXILIARIES_BEFORE_BE + 1, floor=sentence.start)
        while before and (
            before[-1] in _FINITE_VERBS
            or before[-1] in _ADVERBS_BEFORE_BE
            or before[-1].endswith("ly")
        ):
            before.pop()  # "and has since been branded"
        if before[-1:] in (["and"], ["but"]):
            # "The bill passed and was branded "a disgrace" by the opposition": a second
            # predicate, its subject far off; the name alone, the agent its source
            return _NAME_AFTER_PARTICIPLE.match(self.text, cue.end).start("mark"), last
        # ("While the plan was labelled "reckless" by the opposition, ...": the subject past
        # an opening subordinator, the agent the source)
        subject = self.passive_subject(cue, sentence, naming=True)
        if subject is None or _last_word(self.text, *subject).lower() in _RELATIVE_WORDS:
            return None
        return subject[0], last

    def passive_clause(
        self, cue: CueMatch, sentence: Sentence, limit: int
    ) -> tuple[int, int] | None:
        """``The sale is expected to close in May``: the whole clause, its subject included,
        from the sentence start or the comma before (``, which is expected to ...,``) to the
        comma after."""
        text = self.text
        start = _own_clause_start(text, sentence.start, cue.start)
        joiner = _WORD.search(text, start, start + _CHARACTERS_PER_WORD)
        if joiner is not None and joiner.group().lower() in _IMPERSONAL_CLAUSE_JOINERS:
            start = joiner.end()  # "While the sale is expected to close": the writer's "while"
        relative = _RELATIVE_SUBJECT.search(text, start, cue.start)
        if relative is not None:
            start = relative.start()  # "delegates who are expected to": the pronoun's clause
        end = _clause_end(text, cue.end, _first_comma(text, cue.end, limit))
        if text[start - 1 : start] == "(" and ")" in text[cue.end : end]:
            end = text.index(")", cue.end, end)  # "(she was said to have been shown ...)"
        start, end = _trim_content(text, start, end)
        if not _has_words(text, cue.end, end, _FORWARD_MIN_WORDS):
            return None
        return start, end

    def takes_a_clause(self, infinitive: str) -> bool:
        """Whether a refusal's infinitive (``to say``, ``to publicly concede``, ``to rule out``)
        is a cue whose ``that`` opens a clause; ``refused to discuss that decision`` has a
        determiner, as after any cue that takes its object (``data/object_cues.tsv``)."""
        words = [word for word in infinitive.lower().split() if not word.endswith("ly")]
        cues = self.lexicon.cues
        return bool(words) and (
            (words[0] in cues and words[0] not in read_words("object_cues.tsv"))
            or f"{words[0]} that" in cues
        )

    def skip_intervening(self, cue: CueMatch) -> int:
        """Where the clause after a cue starts: after ``that``, times, audiences and venues."""
        text = self.text
        first = _next_word(text, cue.end)
        # (not a time: "learned that morning that": the determiner's noun)
        gerund = (
            first.endswith("ing")
            and first not in PREPOSITIONS_IN_ING
            and first not in _TIME_AFTER_THAT
        )
        cue_words = text[cue.start : cue.end].split()
        tells = cue_words[-1].lower() in _TELL_VERBS
        # "reported hearing gunshots from a house that stands empty": the gerund's relative
        # (but "told nursing home operators that": whom)
        that = (
            None
            if (gerund and not tells) or _noun_before_relative(text, cue_words[-1], cue.end)
            else _that_after(text, cue.end, self.lexicon.cues, tells=tells)
        )
        if (
            that is not None
            and not _verb_cue_between(
                text, cue.end, that.end() - 4, self.lexicon, says=cue.form in SAY_FORMS
            )
            and (
                cue.form not in read_words("refusal_cues.tsv")
                or self.takes_a_clause(text[cue.end : that.end() - 4])
            )
        ):
            return _past_that(text, that)
        position = skip_intervening(self.text, cue.end)
        # (the last word of a chain too: "quoted X as telling it that", where "it" is the
        # agency that quotes)
        recipient_end = position
        if tells:
            position = self.skip_recipient(
                position, with_article=cue_words[-1].lower() in TELL_FORMS
            )
            if len(cue_words) > 1 and text.startswith(" it ", position):
                position += len(" it")
            recipient_end = position
            position = skip_intervening(self.text, position)
        elif cue.form in _ADVISE_FORMS and (told := _advice(text, cue.end)) is not None:
            # "advised patients they should stay home", "advised drivers: stay off the road":
            # whom, then the advice, as after "told" (not "advised him to resign": the
            # addressee opens the infinitive's clause)
            position = cue.end if told.group("told") is None else told.end("told")
        elif cue.form in _ASK_VERBS:
            asked = self.skip_recipient(position)  # "asked Okafor whether": the question
            about = text.find(" about ", position, position + _ACT_PHRASE_CHARACTERS)
            if about != -1 and _names_the_act(text, position, about, cue.form, topic=True):
                # "ask a question about immigration", "asked the minister several questions
                # about the budget": the act and whom it was put to, then its topic (PolNeAR
                # train: "ask a question about" is the cue, "immigration" the content); no
                # "that" after it opens a clause of this cue ("about immigration when Hale
                # shot back that": another's)
                return about + len(" about")
            if text[asked : asked + 1] == " " and _opens_question(text, asked):
                position = asked  # (not "asked Lund, who is ...": a relative clause)
            elif cue.form in ASK_FORMS:
                # "asked Ms. Farrant whether", "asked the witness whether", "Asked on the call
                # whether": whom and where, then the question (or its topic: "Asked on the call
                # about the dividend")
                reach = position + _ASKED_REACH
                question = _ASKED_THEN_QUESTION.match(text, position, reach)
                while question is not None and not _opens_question(text, question.end()):
                    # "asked the board which oversees the schools whether": past a relative
                    # on the person (each try a word further, within the reach)
                    question = _ASKED_THEN_QUESTION.match(text, question.end(), reach)
                position = question.end() if question is not None else position
        that = _THAT_AFTER_ASIDE.match(text, position) if position > cue.end else None
        if (
            that is not None
            and not NOUN_DETERMINERS.isdisjoint(text[cue.end : position].lower().split())
            and (
                _relative_that(text, that.end())
                or _relative_before_that(text, that.end(), self.lexicon.cues)
            )
        ):
            # "said in an interview that aired Sunday that ...", "wrote in an op-ed that was
            # published Monday that ...": the venue's relative; the clause opens at the next
            # "that"
            that = _THAT_SOON.match(text, that.end())
        if that is None and position > cue.end:
            # "saying in a letter to the health minister that ...": past the occasion, a
            # recipient, then the clause
            that = _that_after(text, position, self.lexicon.cues, venue=True)
        if that is None:  # "said, as she has before, that ...": an aside, then the clause
            # (also after a place: "said in Warsaw, where he met NATO leaders, that")
            that = _ASIDE_THEN_THAT.match(text, cue.end) or _ASIDE_THEN_THAT.match(text, position)
        if that is None:  # "told reporters in the capital, Kasvar, ...", "said on CNN, where"
            that = _WORDS_THEN_THAT.match(text, position)
        if that is None and tells:  # "told the ambassador, Henrik Lundal, that"
            that = _RECIPIENT_THEN_THAT.match(text, cue.end)
        if that is None and tells and recipient_end > cue.end:  # "told reporters in St. Louis"
            place = _PLACE_THEN_CLAUSE.match(text, recipient_end) or _PLACE_THEN_CLAUSE.match(
                text, position
            )
            position = position if place is None else int(place.end())
        if that is None:  # "told reporters after the meeting she was ...": when, then the clause
            position = _past_occasion(text, position)
        return position if that is None else _past_that(text, that)  # "says, however, that"

    def skip_recipient(self, position: int, *, with_article: bool = False) -> int:
        """Past whom a tell-verb tells: ``reporters``, ``Reuters``, ``him``, ``The Daily Post``;
        ``with_article`` (after ``tell``), also ``the board``, ``a 911 dispatcher``; an owner's
        noun after any (``his aides``)."""
        text = self.text
        audience = _AUDIENCE.match(text, position)
        if audience is not None:
            return _headline_recipient_end(text, int(audience.end()))
        plural = _PLURAL_AUDIENCE.match(text, position)
        if plural is None:
            plural = _ARTICLE_AUDIENCE.match(text, position)
            if (
                plural is not None
                and (
                    (plural.group("article") is not None and not with_article)
                    # "told his story the way he wanted": what is told, then a noun of its own;
                    # "told his staff as he left": a clause of the writer's after whom
                    or not _NOT_WHOM_WORDS.isdisjoint(plural.group().lower().split()[1:])
                )
            ):
                plural = None  # (and "warned the board members": an article only after "tell")
        if plural is not None and plural.group("noun").lower() not in _NOT_AUDIENCE:
            return int(plural.end("noun"))  # "told officers the army was ready": whom
        body_run = False  # the last word read began a body's noun run ("news agency")
        # "Tells It Like It Is": "it" is what is told, no one told, so no clause opens after it
        told_it = _next_word(text, position) == "it"
        for count, word in enumerate(_WORD.finditer(text, position, position + 80)):
            between = text[position : word.start()]
            lowered = word.group().lower()
            run_goes_on = body_run and self.body_word(lowered)
            body_run = (
                count > 0
                and self.body_word(lowered)
                and self.body_word(_next_word(text, word.end()))
            )
            recipient = (
                (
                    word.group()[:1].isupper()
                    # "Tells Glass Workers Their Plant Will Reopen": a headline's clause opens
                    and (
                        count == 0
                        or told_it
                        or lowered not in _SUBJECT_OPENERS
                        or text[word.end() : word.end() + 1] != " "  # "the I.R.S."
                    )
                )
                or (count == 0 and lowered in _OBJECT_PRONOUNS)
                or (
                    count == 0
                    and lowered == "the"
                    and text[word.end() + 1 : word.end() + 2].isupper()
                )
                # "told the RIA news agency", "the German broadcaster ZDF": a body's noun,
                # not the subject of the clause told ("told Reuters government forces had")
                or (count > 0 and self.body_word(lowered) and self.ends_a_name(word.end()))
                or body_run  # "news" of "news agency"
                or run_goes_on  # "agency" of it, which the clause told follows
            )
            # (a body's noun run ends past the longest name: "told the Baltic Wire news agency")
            if (
                (count >= _RECIPIENT_WORDS and not run_goes_on)
                or between.strip(" ")
                or not recipient
            ):
                break
            position = word.end()
        show = _QUOTED_SHOW.match(text, position)  # "told ABC's “Good Morning America”"
        return position if show is None else int(show.end())

    def ends_a_name(self, offset: int) -> bool:
        """Whether a name may end at ``offset``: a capital, a mark, a time, a determiner or a
        pronoun (a clause's subject) or nothing follows, not a lower-case word that goes on
        with a noun phrase (``told Reuters government forces had cut``)."""
        following = _next_word(self.text, offset)
        after = self.text[offset : offset + 2].strip()
        return (
            not following
            or after[:1] in _OBJECT_BREAKS + '.!?"\u201c\u201d'
            or self.text[offset + 1 : offset + 2].isupper()
            or following in _OBJECT_STOPS
            # "told AFP news agency her client was innocent": the clause's subject opens
            or following in NOUN_DETERMINERS
            or following in _SUBJECT_PRONOUNS
        )

    def body_word(self, word: str) -> bool:
        """Whether a lower-case word heads a body's name (``agency``, ``newspaper``, ``news``)."""
        return (
            self.lexicon.group_nouns.get(word) is SpeakerKind.ORGANISATION
            or self.lexicon.organisation_words.get(word) == "media"
        )

    def backward_content(self, cue: CueMatch, sentence: Sentence) -> tuple[int, int] | None:
        """``CONTENT, X said.`` and ``CONTENT, said X, a spokesman.``: the clause before the cue."""
        text = self.text
        if cue.form.endswith("ing") and _GERUND_LEADS.intersection(
            _words_before(text, cue.start, 1)
        ):
            return None  # "..., Morrow looks out of the window before answering": no source
        comma = _last_clause_comma(text, sentence.start, cue.start)  # not "cost 140,000 pounds"
        bracket = text.rfind("(", sentence.start, comma) if comma != -1 else -1
        if bracket != -1 and ")" in text[comma : cue.start] and ")" not in text[bracket:comma]:
            # "Cllr Sunita Rahman (Liberal Democrat, Abbey Ward) disagreed": the comma of a
            # bracket is no clause's
            comma = _last_clause_comma(text, sentence.start, bracket)
        if comma != -1 and not text[comma + 1 : cue.start].strip():
            # "CONTENT, Ana Brandt, the deputy clerk, said": the name before its appositive
            comma = _name_and_appositive(text, sentence.start, comma, self.lexicon)
        elif comma == -1 or (
            _has_words(text, comma, cue.start, _SOURCE_MAX_WORDS + 1)
            and not _official_title(text, comma + 1, cue.start)
        ):
            return None
        # 'CONTENT "...," said X': the mark closing a partial quote before the cue is no source
        between = text[comma + 1 : cue.start].strip().lstrip('"\u201d\u2019').lstrip()
        if (
            not between
            and _headline_cue(text, sentence.start, cue)
            and self.cue_before(sentence, comma)
        ):
            return None  # "Berg Says Pier Deal Is Dead, Blames Council": the headline's second verb
        if " ".join(between.lower().split()[-2:]) in read_words("refusal_cues.tsv"):
            return None  # "..., refused to concede.": a refusal's infinitive, no source before it
        after_start, after_end = cue.end, sentence.end
        inverted = -1
        interrupting = False  # the cue and its source set off by commas inside a statement
        if between:
            rest = skip_intervening(self.text, after_start)
            tied = _TIED_TO_CUE
            if cue.form in _TELL_VERBS:  # ", he told The Post on Friday."
                recipient_end = self.skip_recipient(rest)
                if recipient_end == rest:  # ", Lenz told the council by video link."
                    audience = _AUDIENCE_BEFORE_MEANS.match(text, rest)
                    if audience is not None and audience.group().split()[-1] not in _NOT_AUDIENCE:
                        recipient_end = int(audience.end())  # (not "told the story on Monday")
                if recipient_end > rest:
                    tied = _TIED_TO_RECIPIENT
                rest = skip_intervening(self.text, recipient_end)
            # "said in May, and", "he said; his staff found": the cue's clause ends there
            parenthetical = text[rest:after_end].lstrip().startswith((",", ";"))
            interrupting = text[rest:after_end].lstrip().startswith(",")
            opener = _CIRCUMSTANCE.match(text, rest, after_end)
            circumstance = (
                opener is not None
                and (opener.group("word") != "as" or cue.form.split()[0] in _SAYING_CUES)
                and not _THAT_WORD.search(text, rest, after_end)
                and _finite_cue(text, cue)  # "..., calling Hale a "buffoon," as she turned"
                and not _after_be(text, cue.start)  # "they aren't seated until they are"
            )
            # "CONTENT, the governor was quoted as saying by the VNA news agency.": the chain's
            # channel after "by", no clause (a relative clause on it aside: "by the Baltic
            # Wire, which has a reporter in the port")
            agent = agent_start(text, after_start) if cue.form == _CHAIN_FORM else None
            closing = _CLAUSE_END.search(text, agent, after_end) if agent is not None else None
            channel = agent is not None and not _has_clause(
                text, agent, closing.start() if closing is not None else after_end
            )
            if not (
                parenthetical
                or circumstance
                or channel
                or _adverbial_tail(text, rest, after_end, tied=tied)
            ):
                return None  # ", who has said she will sign it": the clause follows the cue
            opening = between.split(maxsplit=1)[0].lower()
            if opening in _FINITE_VERBS:
                return None  # "Ana Brandt, a spokeswoman, did not respond": one clause
            if _names_the_report(between) or self.object_relative(between):
                # "Roe said X, a charge he denies": a noun takes the report up and is what the
                # source after it denies; the report itself is the earlier cue's
                noun_start = text.index(between, comma)
                noun = between.split()[: 1 if between.lower().startswith("something") else 2]
                return noun_start, noun_start + len(" ".join(noun))
            # "CONTENT, as The Harbour Times reported on Tuesday": "as" and the source
            as_source = (
                opening == "as"
                and len(between.split()) > 1
                and between.split()[1].lower() not in ("if", "though", "well")
                # a past participle or "said", "wrote", or "put it" in any tense ("as one
                # voter puts it"): not "as X speaks"
                and (
                    cue.form.split()[0].endswith((*_PARTICIPLE, "id", "ote"))
                    or cue.form.endswith(" it")
                )
                and not parenthetical
            )
            # the writer's comparison with a relative clause in the perfect ("..., short of the
            # $2.39 billion analysts had expected"), not a counted source ("..., more than a
            # dozen witnesses said")
            comparison = opening in _COMPARISON_OPENERS and (
                between.lower().split()[-1] in PERFECT_AUXILIARIES
                or _THE_NUMBER.search(between) is not None  # "below the 3.4 percent economists"
            )
            if (
                (opening in _OPENS_NO_SOURCE and not as_source)
                or comparison
                or _RELATIVE_WORDS.intersection(between.lower().split()[-2:])
            ):
                # ", which he claimed as his average", ", depends on what they want", "the man
                # who said": a relative clause, no source
                return None
        else:  # "CONTENT, said X": only a short name or a few words may follow the cue
            if cue.form.split()[0].endswith("ing"):
                return None  # "Judge blocks contract, citing ...": the writer's clause
            inverted = _inverted_source_end(text, cue, after_end)
            if inverted != -1:
                after_end = inverted  # "The contrast, said Doyle, would be clear": the source
                interrupting = True
            subject_start = past_dateline(text, sentence.start)
            if _SUBJECT_WITH_RELATIVE.fullmatch(text, subject_start, comma):
                return None  # "Tom Reyes, who chairs the board, said the staff knew": his
            if _name_with_appositive(text, subject_start, comma):
                return None  # "The mayor, Ana Reyes, said the talks went well": hers
            # "said X on Friday", "said X in a statement": a time or the occasion after the source
            source_end = time_tail_start(text, after_start, after_end)
            if not described_before_name(text, after_start, source_end):
                source_end = _drop_occasion(text, after_start, source_end, self.lexicon.cues)
            after = text[after_start:source_end].strip(' .\u201d"')
            role = after.split()
            leads = (self.lexicon.modifiers, self.lexicon.titles, self.lexicon.title_qualifiers)
            # (after an inverting cue a role may hold lower-case words before its title: "said
            # former Kessel mayor Ana Brandt, who ...", "said lobbyist and party strategist Ivo
            # Marsh"; after another verb they are its object: "endorsed Republican presidential
            # candidate Sen. Tomas Veld")
            for index, word in enumerate(role[:_AFFILIATION_WORDS]):
                if word[:1].islower() or word.endswith(","):
                    if word in self.lexicon.titles and role[index + 1 : index + 2] != []:
                        role = role[index:]  # "said Democratic strategist Paul Venner"
                    break
            while role and any(role[0] in table for table in leads):
                role = role[1:]  # "..., said former mayor Tom Reyes": the role before the name
            name_part = " ".join(role) if len(role) < len(after.split()) else after
            name = _NAME_AFTER_CUE.match(name_part)
            # a short source after an inverting cue ("..., said Reyes"); after another verb a
            # short phrase is its object ("..., welcomed the findings"), and nothing after the
            # cue names no source ("Margaret Ellery, 74, chair of the society, disagreed.")
            # a short source; "the river mattered" is a clause, its verb in -ed
            short = (
                cue.form in _INVERTING_CUES
                and not _has_words(text, after_start, source_end, 4)
                and not _past_form_after_the_first(after)
            )
            if not after or _verb_before_relative(text, after_start, source_end):
                # "The mayor, Ivo Marsh, said officials had lied": a clause, no source
                return None
            following = _next_word(text, after_start)
            if says_when(text[after_start:after_end]) or following in (
                _TIED_TO_CUE | _OBJECT_STOPS | _NO_INVERTED_SUBJECT
            ):
                # "Felix Moreau, the chairman, replied a week later", "... replied to the
                # letter", "Calder, who chairs the board, said it would": a time or what the
                # cue takes, no source after it
                return None
            if following in PERSONAL_PRONOUNS and _has_words(text, after_start, source_end, 2):
                return None  # "Calder, who chairs the board, said he would": his clause
            role_and_name = cue.form in _INVERTING_CUES and _role_then_name(after, self.lexicon)
            if (
                after[:1].islower()
                and not role_and_name
                and following not in _SOURCE_DETERMINERS
                and following not in PERSONAL_PRONOUNS
                and following not in self.lexicon.group_nouns  # "..., said officials"
                and following not in self.lexicon.titles  # "..., said spokeswoman Ana Brandt"
                and following not in self.lexicon.modifiers  # "..., said former mayor Tom Reyes"
                and not self.qualifies_a_title(after)  # "said deputy mayor ..."
            ):
                return None  # "Acme Corp., a leader in farm equipment, said profits rose"
            if (
                not short
                and not _described_source(text, cue, after_start, source_end, self.lexicon)
                and not (name is not None and name_part[name.end() :].lstrip()[:1] in ("", ","))
                # "..., said the U.S. Army Corps of Engineers", "..., said Corps of Engineers
                # Commander Jim Roe": a name whose words "of" joins
                and _NAME_AFTER_CUE_JOINED.fullmatch(name_part) is None
                and not role_and_name
            ):
                return None
        # 'The vote achieved "too little," she said'
        piece_start = _past_interview_label(text, past_dateline(text, sentence.start))
        colon = text.rfind(": ", piece_start, comma)
        if colon != -1 and not _QuoteState(text, piece_start).inside(colon):
            piece_start = colon + 2  # "Okafor took a measured view: the target, he said, ..."
        if interrupting:
            # "The bill bans waivers - a provision, Ruiz said, that is meant to ...": a cue
            # interrupting a statement vouches for what follows the writer's dash, not the
            # clause before it (PolNeAR train: 5 of 5 such first pieces start after the dash;
            # a cue closing its sentence vouches for all of it, 7 of 7); past the second dash
            # of a pair only before a conjunction ("- an umpire calling strikes - and the
            # surest way, they think, is ..."; not "The levy - the county's first - will, he
            # said, pay"), and not to a bare adverb ("Fees rose - sharply, officials said, ...")
            quotes = _QuoteState(text, piece_start)
            dashes = [
                int(dash.end())
                for dash in _CLAUSE_DASH_MARK.finditer(text, piece_start, comma)
                if not quotes.inside(dash.start())
            ]
            if (
                dashes
                and (len(dashes) % 2 or _next_word(text, dashes[-1]) in _COORDINATORS)
                and not self.only_connectives(dashes[-1], comma)
            ):
                piece_start = dashes[-1]
        start, end = _trim_content(text, piece_start, _before_comma(text, comma))
        if (
            _ends_with_relative(text, end)
            and self.relative_goes_on(cue, sentence)
            # "And that, she said, was the end of it", "That, they say, will help": after
            # connectives alone (or the word ending the sentence before) "that" has no noun to
            # stand for, so it is the demonstrative subject (PolNeAR train: 4 such pieces
            # annotated, 1 not)
            and not self.only_connectives(start, end - len("that"))
        ):
            return None  # "a phone service that, he said, had received": his is the relative
        if _ends_with_subordinator(text, end):
            # "the days when, he said, fares were lower": his is the rest, read as a rest
            # whatever cue word opens it ("because, he said, demand had collapsed"); not a
            # subordinator alone ("Because, she said, X, Y": the rest ends at its comma)
            return (
                self.parenthetical_rest(cue, sentence) if _has_words(text, start, end, 2) else None
            )
        # "Thrift, she noted, was always ...": a short first piece of a statement the cue
        # interrupts is still part of it, unless it only joins sentences ("Instead, ...")
        interrupts = (
            bool(between)
            and (
                (
                    not self.only_connectives(start, end)
                    and self.parenthetical_rest(cue, sentence) is not None
                )
                # "That, he said, would help", "This campaign, he says, is different": a first
                # piece opening with a demonstrative is the subject of a rest that opens with its
                # verb (PolNeAR train: the first piece is annotated 6 times of 8); not "Still, he
                # said, is it ...?", nor a phrase holding one before a question's inverted verb
                # ("Given this, the mayor asked, should taxes rise?"); connectives alone may
                # come before it ("And that, the chair said, was the end of it")
                or (
                    self.opens_with_demonstrative(start, end)
                    and _rest_opens_with_verb(text, cue.end, sentence.end)
                    and not text[start : sentence.end].rstrip(" \"\u201d'\u2019)").endswith("?")
                )
            )
        )
        # "The levy, said Reyes, would ...": an inverted source before the statement's verb
        interrupts = interrupts or inverted != -1
        if (
            not _has_words(text, start, end, _FORWARD_MIN_WORDS)
            and not (
                (interrupts and _has_words(text, start, end, 1))
                # "Turnout rose, officials said.": a subject and its verb are a clause
                or (_has_words(text, start, end, 2) and _past_form_after_the_first(text[start:end]))
            )
        ):
            return None
        if not interrupts and (
            _opens_adverbial(text, start, end) or _fronted_subordinate(text, start, end)
        ):
            # "In an essay last week, she acknowledged ...": no reported clause; but "To
            # understand it, Roe said, one should visit" interrupts one statement
            return None
        return start, end

    def object_relative(self, phrase: str) -> bool:
        """Whether a phrase before a cue closing its sentence is an article, a noun that names
        no one and the subject of a relative clause without ``that`` (``..., a figure the
        regulator disputes``): the noun takes up the clause before it and is what the cue's
        source disputes (not ``..., an official the paper did not name said``, ``..., a neighbor
        the Gazette reached said``)."""
        words = phrase.split(maxsplit=3)
        return (
            len(words) > 3
            and words[0].lower() in ARTICLES
            and words[1].isalpha()
            and words[1].islower()
            and words[1] not in self.lexicon.titles
            and words[1] not in self.lexicon.group_nouns
            and words[2] in _SUBJECT_OPENERS
            # (the relative's own verb before the cue makes the noun its source: "..., a
            # neighbor the Gazette reached by phone said")
            and not holds_relative_verb([words[2], *words[3].split()])
        )

    def relative_goes_on(self, cue: CueMatch, sentence: Sentence) -> bool:
        """Whether the rest after an interrupting cue carries a relative clause on with its verb
        (``that, he said, had received more calls``), not a new clause or nothing (``I cannot
        promise that, the minister said.``, ``Nobody expected that, she said, but ...``)."""
        rest = self.parenthetical_rest(cue, sentence)
        if rest is None:
            return False
        following = _next_word(self.text, rest[0])
        return following in _FINITE_VERBS or following.endswith("ed")

    def opens_with_demonstrative(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` opens with a demonstrative after connectives alone
        (``That``, ``And that``, ``Still, this plan``), not one inside a phrase (``Given
        this``, ``the plan that``)."""
        for match in _WORD.finditer(self.text, start, end):
            if match.group().lower() in _DEMONSTRATIVES:
                return self.only_connectives(start, match.start())
        return False

    def only_connectives(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds only connectives and adverbs (``Instead``,
        ``Still, slowly``): words that join the writer's sentences, never what was said."""
        return all(
            word.lower() in self.lexicon.not_names or word.lower().endswith("ly")
            for word in (match.group() for match in _WORD.finditer(self.text, start, end))
        )

    def qualifies_a_title(self, phrase: str) -> bool:
        """Whether a phrase opens with a title's qualifiers and then a title or a name
        (``deputy mayor Ana Brandt``), not a qualifier that is a noun of a clause (``revenue
        rose``)."""
        lexicon = self.lexicon
        words = phrase.split()
        index = 0
        while index < len(words) and words[index].lower() in lexicon.title_qualifiers:
            index += 1
        return 0 < index < len(words) and (
            words[index].lower() in lexicon.titles or words[index][:1].isupper()
        )

    def parenthetical_rest(self, cue: CueMatch, sentence: Sentence) -> tuple[int, int] | None:
        """The clause after a parenthetical cue: ``The drill, the navy said, was its largest``
        gives ``was its largest`` as the second piece of the statement."""
        text = self.text
        comma = _inverted_source_end(text, cue, sentence.end)
        if comma != -1:
            # "Any reading of it, said Mara Kell, an expert on the region, would see ...": the
            # rest starts past the source's appositive, at the statement's verb
            start, end = _trim_content(
                text, comma + 1, _rest_end(text, comma + 1, sentence.end, self.lexicon.cues)
            )
            return (start, end) if _has_words(text, start, end, 2) else None
        comma = text.find(",", cue.end, sentence.end)
        tail = _PARENTHETICAL_TAIL
        if cue.form in SOURCE_FIRST_CUES and _next_word(text, comma + 1) in _FINITE_VERBS:
            # "His complaint, according to an interview with the Ledger at the time, was ...":
            # a rest with no subject of its own goes on with the first piece past a long source
            tail = _SOURCE_BEFORE_VERB_WORDS
        if comma == -1 or _has_words(text, cue.end, comma, tail + 1):
            return None
        named = any(
            word[:1].isupper() and word.lower() not in self.lexicon.not_names
            for word in text[cue.end : comma].split()
        )  # "said in a March report, and ...": a month names nobody
        after = _next_word(text, comma + 1)
        if after in _COORDINATORS:
            after = _next_word(text, comma + 2 + len(after))
        if (
            named
            # (not before a verb: "..., the pollster told the Courier, and are turning away")
            and after not in _FINITE_VERBS
            and (
                cue.form not in SOURCE_FIRST_CUES or _next_word(text, comma + 1) in NOUN_DETERMINERS
            )
        ):
            # "..., said Jane Roe, a spokeswoman", "according to Roe, the mayor's aide": what
            # follows is the source's appositive
            return None
        if _RELATIVE.match(text, comma + 1):
            return None  # "..., according to the poll, which ...": the source described
        if cue.form in SOURCE_FIRST_CUES and self.relative_before(cue, sentence) is not None:
            return None  # "Rusk, who finished second according to X, refused": the main clause
        if text[comma + 1 : comma + 15].lower().lstrip().startswith("according to"):
            return None  # "Revenue rose, the company said, according to Reuters.": a source
        coordinator, _, after_coordinator = text[comma + 1 : comma + 40].lstrip().partition(" ")
        if coordinator in _COORDINATORS and (
            after_coordinator[:1].isupper() or _next_word(after_coordinator, 0) in NOUN_DETERMINERS
        ):
            return None  # "..., a union source said, but the company declined": the writer's
        if _concedes_in_own_report(text, comma + 1, self.lexicon):
            return None  # "..., she says, but she admits nobody believes her": its own report
        start, end = _trim_content(
            text, comma + 1, _rest_end(text, comma + 1, sentence.end, self.lexicon.cues)
        )
        # "..., he said, have involved public courses, the latter a reference to ...": the rest
        # ends before the writer's appositive or aside, as a reported clause does
        trimmed = _drop_closing_aside(text, start, _drop_appositive(text, start, end))
        if trimmed < end and text[trimmed : trimmed + 1] in (*_DOUBLE_CLOSE, _STRAIGHT):
            trimmed += 1  # 'was "a wreck," a view shared by ...': past the mark the comma closes
        end = trimmed
        if coordinator.lower() in _CONCESSIVES and _has_clause(text, start, end):
            # "..., his office said, although no date has been set": the writer's; not the
            # verbless "..., the company said, although not before the spring", which can only
            # complete the statement
            return None
        if not _has_words(text, start, end, _FORWARD_MIN_WORDS) and not (
            # "The road, the police said, remains closed, and two drivers were injured": a
            # short predicate that the writer's clause cuts off is still the second piece, as
            # is one that opens with its verb after a cue of saying ("This campaign, he says,
            # is different."; not "The outcome, according to the clerk, was clear.")
            (
                text.startswith(", and ", end)
                or (_next_word(text, start) in _FINITE_VERBS and cue.form not in SOURCE_FIRST_CUES)
            )
            and _has_words(text, start, end, 2)
        ):
            return None
        after_comma = comma + 1 + (text[comma + 1 : comma + 2] == " ")
        if (
            _INVERTED_SOURCE.match(text, after_comma, end) is not None
            or _NAME_AFTER_CUE.fullmatch(text, start, end) is not None
        ):
            # "..., said the bureau's director, Jane Roe, on Monday", "..., said the firm's
            # managing director, Anne T. Ferrow.": the source
            return None
        if _names_the_report(text[start:end]) or self.object_relative(
            text[start:end].rpartition(" ")[0]
        ):
            # "The dam is safe, engineers said, a claim the villagers dispute": a noun takes the
            # statement up and is what the relative after it disputes, no piece of it
            return None
        following = _next_word(text, start)
        participle = _next_word(text, start + len(following)) if following == "without" else ""
        if participle.endswith("ing") and (
            participle in self.lexicon.cues or participle in read_words("telling_participles.tsv")
        ):
            # "..., Orrin Labs said, without giving figures", "without elaborating": how the
            # source spoke (but "If China can build a wall, he observed, without tractors,
            # then ...", "The plant can run, the engineer said, without needing new parts" go
            # on with the statement)
            return None
        if (following.endswith("ing") and following in self.lexicon.cues) or (
            # (after a source named after the cue, not "The bridge, the mayor said, speaking
            # at a briefing, will reopen", which goes on with the statement)
            following in _SOURCES_OWN_ACTS
            and (
                text[cue.end : comma].strip() != ""
                or text.find(",", comma + 1, sentence.end) == -1  # "..., speaking on condition"
            )
        ):
            # "..., Belenko said on Tuesday, citing concern": a report of its own; "..., said
            # one official, speaking on condition of anonymity": the source's own act
            return None
        if (
            following in _OCCASION_PREPOSITIONS
            and text[start : start + 1].islower()
            and text[cue.end : comma].strip()
        ):
            # "..., the ministry said in a statement on Wednesday, in the sharpest escalation
            # yet": after the cue's own occasion, the writer's; but "Prices, the bank said, in
            # most regions rose" goes on with the statement
            return None
        if _WRITERS_COMMENT.match(text, start, end):
            return None  # "..., people familiar with the matter said, in what would be ..."
        piece_end = text.rfind(",", sentence.start, cue.start)  # the first piece's comma
        if (
            (
                following in _WRITER_GOES_ON
                # (but "41 percent back Ruiz, the poll found, while 27 percent back Ostrow": a
                # share set against the first piece's is the rest of the finding)
                and not _figures_contrasted(text, sentence.start, comma + 1)
            )
            or (cue.form in SOURCE_FIRST_CUES and following in _COORDINATORS)
            or (
                # "Revenue rose 24%, the company said, ahead of forecasts" (but "The new
                # plant, the company said, topping its forecast, would create 900 jobs")
                (
                    following in _COMPARISONS_WITH_FORECASTS
                    or (
                        following in _COMPARISONS_IF_FORECAST
                        and any(
                            word.startswith(_FORECAST_STEMS)
                            for word in text[comma + 1 : end].lower().split()
                        )
                    )
                )
                and piece_end != -1
                and _holds_a_verb(text, sentence.start, piece_end)
            )
        ):
            # "..., the institute said, compared with $900 ...", "..., according to the board, but
            # he has vowed ...": the writer goes on (a speaker may go on with "so" or "but")
            return None
        if (
            _next_word(text, comma + 1) in _CLAUSES_OF_TIME
            and piece_end != -1
            and _holds_a_verb(text, sentence.start, piece_end)
        ):
            # "The bridge collapsed on Monday, the mayor said, as rescuers searched ...": after a
            # whole clause, the writer's time; but "The plan, she said, as drafted, ..." goes on,
            # and "when" is as often the speaker's condition ("will reopen, she said, when ...")
            return None
        return start, end

    def name_then_role(self, start: int, comma: int, end: int) -> int | None:
        """The comma closing the appositive of a name at ``text[start:comma]`` (``Ana Brandt,
        an economist at Cascadia State University,``, also with the role's relative clause:
        ``a former clerk who now teaches at ...,``), or None when no name and a role without
        a clause of its own stand there (``Reyes, the bridge will reopen``, ``Reyes, the new
        bridge, a cable-stayed design,``)."""
        text = self.text
        name = text[start:comma].split()
        closing = text.find(",", comma + 1, end)
        if closing == -1:
            return None
        # "a former clerk who now teaches at ...": the role's own relative clause, after an
        # indefinite role (not "the officer who fired the shots, a sergeant, has been
        # suspended": the subject of what was said)
        relative = _RELATIVE_INSIDE.search(text, comma + 1, closing)
        if relative is not None and _next_word(text, comma + 1) not in ("a", "an"):
            return None
        role_end = closing if relative is None else relative.start()
        if (
            not 1 <= len(name) <= _NAME_WORDS
            or not all(word[:1].isupper() for word in name)
            or _next_word(text, comma + 1) not in _APPOSITIVE_OPENERS
            or _has_words(text, comma + 1, closing, _APPOSITIVE_SOURCE_WORDS + 1)
            or _has_clause(text, comma + 1, role_end)
            or not any(
                word.strip(".'\u2019").removesuffix("'s") in self.lexicon.titles
                for word in text[comma + 1 : role_end].lower().split()
            )
        ):
            return None
        return closing

    def according_to(self, cue: CueMatch, sentence: Sentence) -> tuple[int, int] | None:
        """``According to X, CONTENT.`` or ``CONTENT, according to X.``"""
        text = self.text
        if (
            cue.form == "as reported by"
            and text[past_dateline(text, sentence.start) : cue.start].strip(' \u201c"(')
            and text[max(0, cue.start - 2) : cue.start].rstrip()[-1:] != ","
        ):
            return None  # "He did not die as reported by the Gazette": a comparison, no source
        demonstrative = _DEMONSTRATIVE_IS.fullmatch(
            text, past_dateline(text, sentence.start), cue.start
        )
        if demonstrative is not None:
            # "That's according to a new poll", "That is according to": the fact the sentence
            # before told, as PolNeAR marks it (train: 3 of 3)
            return int(demonstrative.start("word")), int(demonstrative.end("word"))
        if not text[sentence.start : cue.start].strip(' \u201c"(') or self.only_connectives(
            sentence.start, cue.start
        ):  # "But according to the latest figures, turnout fell"
            comma = text.find(",", cue.end, sentence.end)
            if comma == -1:
                return None
            named = role_then_name(text, cue.end, comma, sentence.end, self.lexicon)
            if named is not None and text[named : named + 1] == ",":
                comma = named  # "According to its mayor, Tomas Ibarra, the town ..."
            elif (described := self.name_then_role(cue.end, comma, sentence.end)) is not None:
                comma = described  # "According to Ana Brandt, an economist at ..., wages ..."
            elif _RELATIVE.match(text, comma + 1) or _SEEN_BY.match(text, comma + 1):
                # "According to two officials, who spoke on condition of anonymity, the bank
                # is ...", "According to a copy of the letter ..., seen by Northwire, the offer
                # was ...": the source's relative clause or who saw it, closed by the next comma
                comma = text.find(",", comma + 1, sentence.end)
                if comma == -1:
                    return None
            start, end = _trim_content(text, comma + 1, sentence.end)
        elif (relative := self.relative_before(cue, sentence)) is not None:
            # "Amalia Rusk, who finished second according to the commission, refused to
            # concede": the source vouches for the relative clause it closes, not the main one
            if text[relative : cue.start].strip():
                return _trim_content(text, relative, cue.start)
            # "Tomas Reiner, who according to the ministry owns three factories, said": the
            # source first, then the relative's verb and what it vouches for up to the comma
            comma = text.find(",", cue.end, sentence.end)
            verb = _verb_after_source(text, cue.end, comma)
            return None if verb == comma else _trim_content(text, verb, comma)
        else:
            start = _last_fact(text, past_dateline(text, sentence.start), cue.start)
            start, end = _trim_content(text, start, cue.start)
            if _ends_with_subordinator(text, end):
                # "The ferry stopped running after, according to the council, the pier
                # cracked": the source vouches for the subordinate clause it interrupts
                return self.parenthetical_rest(cue, sentence)
            if (
                _has_words(text, start, end, 1)
                and not _has_words(text, start, end, _FORWARD_MIN_WORDS)
                and not self.only_connectives(start, end)
                # (not a cue and its source: "Politico reported, according to X, ..."; but a
                # noun after its determiner is the subject: "The plan, according to X, would")
                and (
                    _next_word(text, start) in NOUN_DETERMINERS
                    or not any(
                        word.lower() in self.lexicon.cues for word in text[start:end].split()
                    )
                )
                and (rest := self.parenthetical_rest(cue, sentence)) is not None
            ):
                # "Rents, according to the council, have doubled": a subject too short to
                # stand alone is the first piece of the statement the source interrupts; but
                # "Last year, according to the ministry, exports fell", "In 2019, according
                # to the council, rents doubled": a time or an adverbial, the rest alone
                if _opens_adverbial(text, start, end) or _time_or_own_subject(
                    text, start, end, rest
                ):
                    return rest
                return start, end
        if not _has_words(text, start, end, _FORWARD_MIN_WORDS):
            return None
        return start, end

    def relative_before(self, cue: CueMatch, sentence: Sentence) -> int | None:
        """Where the relative clause set off by commas that a trailing ``according to X,``
        closes (or opens: ``who according to the ministry owns``) starts, after its pronoun
        (``Rusk, who finished second according to the commission, refused``), at ``whose``
        with its noun (``Whitfield, whose firm lost the contract according to court filings,
        declined``); None when the cue stands in no such clause."""
        text = self.text
        comma = text.rfind(",", sentence.start, cue.start)
        relative = _RELATIVE.match(text, comma + 1) if comma != -1 else None
        if (
            relative is None
            or relative.group().split()[-1] not in ("who", "which", "whose")
            or text.find(",", cue.end, sentence.end) == -1
        ):
            return None
        if relative.group().endswith("whose"):
            return int(relative.end()) - len("whose")
        return int(relative.end())


_SOURCE_WORDS = 6  # "the ministry", "police records from the county": a source's words


def _rest_opens_with_verb(text: str, cue_end: int, end: int) -> bool:
    """Whether what follows a parenthetical cue and its short tail opens with a finite verb
    (``..., he says, is different``): the rest has no subject of its own."""
    comma = text.find(",", cue_end, end)
    return (
        comma != -1
        and not _has_words(text, cue_end, comma, _PARENTHETICAL_TAIL + 1)
        and _next_word(text, comma + 1) in _FINITE_VERBS
    )


# The words read of the appositive or relative clause that describes a source named after an
# inverting cue inside a statement ("said Mara Kell, an expert on the region at the Halden
# Institute, would ...").
_INVERTED_APPOSITIVE_WORDS = 16
_INVERTED_SOURCE_CHARACTERS = 80  # "said Doyle and others,": the source read for its comma


def _inverted_source_end(text: str, cue: CueMatch, end: int) -> int:
    """The comma closing a source named after an inverting cue set off inside a statement,
    past the source's appositive or relative clause, when the statement's own verb follows it
    (``The contrast, said Doyle, would be clear``, ``Any reading of it, said Mara Kell, an
    expert on the region, would see a retreat``, ``And Hale, said Ruiz, who knows him, doesn't
    forgive``); -1 otherwise (``..., said Mara Kell, an expert on the region.``). PolNeAR train:
    the statement goes on after 4 of 4 such sources; with no verb after the source or its
    appositive the source closes the statement (30 sentences)."""
    if (
        cue.form not in _INVERTING_CUES
        or not text.startswith(", ", cue.start - len(", "))
        or not text[cue.end + 1 : cue.end + 2].isupper()
    ):
        return -1
    comma = text.find(",", cue.end, min(end, cue.end + _INVERTED_SOURCE_CHARACTERS))
    if comma == -1 or _has_words(text, cue.end, comma, _SOURCE_WORDS + 1):
        return -1
    for _ in ("source", "appositive"):
        if finite_auxiliary(_next_word(text, comma + 1)):
            return comma
        closing = text.find(",", comma + 1, min(end, comma + _RELATIVE_CHARACTERS))
        if (
            closing == -1
            or _has_words(text, comma, closing, _INVERTED_APPOSITIVE_WORDS + 1)
            or not _DOUBLE_OPENERS.isdisjoint(text[comma:closing])
            or not _DOUBLE_CLOSE.isdisjoint(text[comma:closing])
        ):
            return -1  # (no quotation, which is no source's description)
        comma = closing
    return -1


def _verb_after_source(text: str, start: int, end: int) -> int:
    """Where the verb after a source named first with no comma starts (``according to the
    ministry owns three factories``, ``according to court filings lost``): a finite verb or a
    past form after the source's first word, else a verb in -s after a singular noun opening
    the source or after its determiner; ``end`` when none stands within a source's words."""
    words = list(_WORD.finditer(text, start, end))[: _SOURCE_WORDS + 1]
    for word in words[1:]:
        if word.group() in _FINITE_VERBS or _past_participle(word.group()):
            return int(word.start())
    for index in range(1, min(len(words), len(("the", "ministry", "owns")))):
        form, previous = words[index].group(), words[index - 1].group()
        if (
            (index == 1 or words[0].group().lower() in NOUN_DETERMINERS)
            and form.endswith("s")
            and len(form) >= _SHORTEST_VERB_IN_S
            and previous.islower()
            and not previous.endswith("s")
            and previous not in NOUN_DETERMINERS
        ):
            return int(words[index].start())  # "the ministry owns", "police records": none
    return end


# Where the last fact of a sentence starts: after a comma and "and", "with", a relative
# pronoun (kept), a colon or a semicolon. Audit: fixed alternatives, searched backwards.
_LAST_FACT = regex.compile(
    r"(?:,[ ](?:and|with)[ ]|(?<=,[ ])(?:who|which|whose)[ ]|[:;][ ])", regex.REVERSE
)


# Cues that news inverts before a described source ("..., said a spokesman for the council"),
# where other verbs take an object ("..., told the group that").
_INVERTING_CUES = frozenset("said says added adds wrote writes asked asks".split())
# Verbs of saying or telling, whose object is a clause ("said the talks went well").
_SAYING_CUES = _INVERTING_CUES | _TELL_VERBS
# Those and every form of "say" ("will say this:"), whose object may point ahead to a colon.
_SAYING_FORMS = _SAYING_CUES | SAY_FORMS
# Verbs of belief, whose object is a clause as that of a verb of saying is ("Detectives believe
# the gunman fled and may have had help"), where "fear" or "want" take a noun phrase as often.
_BELIEF_CUES = frozenset("believe believes believed think thinks thought suspect suspects".split())
_DESCRIBED_SOURCE_WORDS = 6  # "a former official familiar with the talks"
# A relative clause after a described source, set off by a comma or not ("said an aide who asked
# not to be named"). Audit: fixed words; one search.
_SOURCE_RELATIVE = regex.compile(r",?[ ](?:who|which)\b|,[ ]\p{Ll}++(?<=ing)\b")
# (or a participle set off by a comma: "said one official, speaking on condition of anonymity")


# Participles of a source's own act of speaking, set off after it ("said one official,
# speaking on condition of anonymity", "declining to be named"): no part of the statement.
_SOURCES_OWN_ACTS = frozenset("speaking declining requesting asking".split())
_GROUP_SOURCE_FOLLOWERS = frozenset("of for in at from with close familiar briefed".split())


_BEFORE_A_PRONOUN_THAT = (
    _FINITE_VERBS | _TIED_TO_CUE | frozenset("than do does did like all".split())
)


def _ends_with_relative(text: str, end: int) -> bool:
    """Whether a piece ends with a relative pronoun that a cue interrupts (``a phone service
    that, he said, had received``), not with a ``that`` standing for a thing (``larger than
    that``, ``can do that``)."""
    last = _words_before(text, end, 2)
    if not last or last[-1] not in ("that", "which", "who"):
        return False
    return last[-1] != "that" or (len(last) == 2 and last[0] not in _BEFORE_A_PRONOUN_THAT)


def _characterises(note: str, words: list[str]) -> bool:
    """Whether an editor's note characterises its subject: a copula before a relative ``who``
    (``Ana Velk is a serial fabulist who has repeatedly promised ...``), with no quotation."""
    if any(mark in note for mark in '"\u201c\u201d') or "who" not in words:
        return False
    return any(word in ("is", "are") for word in words[: words.index("who")])


def _ends_with_subordinator(text: str, end: int) -> bool:
    """Whether a piece before an interrupting cue ends with a subordinator (``after``,
    ``because``, ``when``, ``while``: ``the days when, he said, fares were lower``): the cue
    interrupts the subordinate clause, whose rest is the report, and the piece before is the
    writer's. PolNeAR train: 6 such pieces, none annotated; the rest annotated where it is."""
    last = _words_before(text, end, 1)
    return bool(last) and last[-1] in SUBORDINATORS


_REPLY_REACH = 4  # words before a colon read for the reply noun that introduces a quote
_OPENING_WORDS = 40  # the longest opening phrase or first piece read before a quote


def _writers_opening(text: str, start: int, end: int) -> bool:
    """Whether an opening phrase is the writer's, never part of what is quoted: only a time
    (``On Tuesday``, ``Two weeks after the election``), or a participle of the speaker's own
    act or of what was put to the speaker (``Speaking to reporters on Monday``, ``Asked about
    the levy``, ``Pressed on the deficit``)."""
    words = text[start : min(end, start + _CHARACTERS_PER_WORD * 3)].lower().split()[:3]
    opening = words[0] if words else ""
    return (
        opening.endswith("ing")
        or opening == "asked"
        or (opening.endswith("ed") and words[1:2] != [] and words[1] in _PARTICIPLE_OPENING_LINKS)
        or not TIME_LINKS.isdisjoint(words[1:])
        or _opening_time(text, start, end)
    )


def _opening_time(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` only says when, as a sentence may open (``On Tuesday``,
    ``Two years ago``, ``Last week``)."""
    words = text[start : min(end, start + _CHARACTERS_PER_WORD * 3)].lower().split()[:3]
    return (
        _only_a_time(text, start, end)
        or says_when(text[start:end])  # "Two years ago, Roe said, "we had nothing.""
        # "Last week, Rhee said, "nobody believed us."": a time named from now ("Last night,",
        # "This morning,"; not "This one,", which is what the speaker speaks of)
        or (len(words) == 2 and words[0] in _DEICTIC_TIME_LEADS and words[1] in WHEN_CORE)
    )


# Words that name a time from now with a unit after them ("last week", "this month"); not
# "next", which names no time of a past saying ("Next weekend, Lund said, "we expect ...""
# speaks of the weekend).
_DEICTIC_TIME_LEADS = frozenset("last this".split())


# Prepositions after a participle opening its sentence ("Pressed on the deficit,", "Faced with
# the bill,"): the phrase describes the subject.
_PARTICIPLE_OPENING_LINKS = frozenset("on about by with over for in at".split())


def _holds_a_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a verb that can make a clause: a finite form or a
    past (``The bridge collapsed on Monday``), not only phrases (``In the early 1990s``)."""
    return _has_a_verb(text[start:end].lower().split())


def _has_a_verb(words: list[str]) -> bool:
    """Whether lower-case words hold a finite form or a past (see ``_holds_a_verb``)."""
    return any(
        word in _FINITE_VERBS
        or word in IRREGULAR_PASTS
        or (word.endswith("ed") and len(word) > len("need"))
        for word in words
    )


def _past_form_after_the_first(phrase: str) -> bool:
    """Whether a past form follows the first word of a phrase: a past verb, so a clause
    (``the river mattered``, ``the Ortiz family deserved better``, ``the talks went well``),
    not a described source (``a cast member``, ``a spokesman for Kim Won``: a word after an
    article, or a capitalised one, is no verb)."""
    words = [word.rstrip(".,;:!?") for word in phrase.split()]
    return any(
        word.endswith("ed") or (word in IRREGULAR_PASTS and previous.lower() not in ARTICLES)
        for previous, word in itertools.pairwise(words)
    )


def _paper_label(label: str, lexicon: Lexicon) -> bool:
    """Whether a headline's label names a paper by its last word (``Harbour Post: ...``, ``NY
    Daily News: ...``); not a section, one word before ``News`` (``Sports News:``, ``Morning
    News:``) unless an abbreviation (``ABC News:``), nor a label a calendar word opens
    (``Sunday Post:``), which the name finder strips, leaving a paper nobody could name."""
    words = label.split()
    return (
        len(words) > 1
        and lexicon.organisation_words.get(words[-1].lower()) == "media"
        and not (len(words) == 2 and words[-1] == "News" and not words[0].isupper())
        and words[0].lower() not in _CALENDAR_NAMES
    )


def _outlet_of_another_cue(text: str, cue: CueMatch, scan: _SentenceScan) -> bool:
    """Whether an ``as reported by X`` only names the outlet that carried words another cue of
    its sentence reports with their own speaker: a cue before it (``"We will not move," the
    mayor said, as reported by the Gazette``) or a subject's cue right after its comma or
    another (``As reported by the Gazette, the mayor said ...``, ``..., has been sold, the
    mayor confirmed``); not a cue deep in what it reports (``As reported by X, the Times broke
    the story of a server later revealed to be unsecured``)."""
    if cue.form != "as reported by":
        return False
    comma: int | None = None  # the first comma after the cue, found once when needed
    # (the last comma before each later cue, read on from the one before it, so the text
    # after the cue is read once, not once per cue)
    last_comma, searched = -1, cue.end
    for other in scan.cues:
        if other.start < cue.start:
            return True
        if other.start >= searched:
            found = text.rfind(",", searched, other.start)
            last_comma = found if found != -1 else last_comma
            searched = other.start
            before = last_comma
        else:
            before = text.rfind(",", cue.end, other.start)
        if before == -1 or _has_words(text, before + 1, other.start, _SUBJECT_REACH + 1):
            continue
        if comma is None:
            comma = text.find(",", cue.end, scan.sentence.end)
        # ('As reported by the Gazette, harbour master Tomas Berg said', '..., has been sold,
        # the mayor confirmed', ', "the port is bankrupt," a creditor said')
        if before == comma or _subject_follows(text, before + 1):
            return True
    return False


def _time_or_own_subject(text: str, start: int, end: int, rest: tuple[int, int]) -> bool:
    """Whether a short piece before ``, according to X,`` is no subject of the rest: it is a
    time (``Last year, according to the ministry, exports fell``), or the rest opens with a
    subject of its own (``Worse, according to the auditors, the money was never repaid``)."""
    words = text[start:end].lower().split()
    # (the word after the source's comma: the rest may be a that-clause further on)
    after = text.rfind(",", start, rest[0]) + 1
    last = words[-1].rstrip("s")  # ("years", "Mondays": the time's noun)
    return (
        words[0] in _TIME_TAIL_OPENERS
        or last in _TIME_AFTER_THAT
        or last in _TIME_WORDS
        or _subject_follows(text, after)
    )


# Lower-case words besides a determiner that open a subject: a pronoun or a quantifier.
_SUBJECT_FIRST_WORDS = _SUBJECT_PRONOUNS | _PLURAL_QUANTIFIERS | frozenset(("no",))


def _subject_follows(text: str, start: int) -> bool:
    """Whether the word after ``start`` opens a subject: a name, a determiner, a pronoun or a
    quantifier (``the money``, ``Berg``, ``they``, ``no arrests``, ``several boats``)."""
    word = _WORD.search(text, start, start + 40)
    return word is not None and (
        _opens_subject(word.group()) or word.group() in _SUBJECT_FIRST_WORDS
    )


_INVERTED_ROLE_WORDS = 6  # "Kent State University labor economist": a role before a name
# What may follow the name closing a role after an inverted cue: a place ("in Almaty", "of
# Ohio") or nothing.
_NAME_CLOSERS = frozenset(("in", "of", "from", "at"))


def _role_then_name(phrase: str, lexicon: Lexicon) -> bool:
    """Whether a phrase after an inverted cue is a role and the name it describes (``...,
    said Kent State University economist Paul Becker``, ``said political scientist Dana
    Satter in Almaty``, ``said lobbyist and strategist Dale Morrow``, ``said the firm's managing
    director, Anne T. Ferrow``, ``said former Ohio governor Ed Lindqvist, who chairs the
    board``): a title of the lexicon, a name of capitalised words closing the phrase or
    followed by a comma or a place, and before the title a few words with no verb (not
    ``said voters backed governor Ed Lindqvist``, a clause)."""
    words = phrase.split()
    for index in range(min(len(words), _INVERTED_ROLE_WORDS + 1) - 1, -1, -1):
        if words[index].rstrip(",").lower() in lexicon.titles:
            break
    else:
        return False
    name = words[index + 1 : index + 1 + _NAME_WORDS]
    length = next(
        (
            count + word.endswith(",")  # a comma closes the name: "Ivo Marsh, her partner"
            for count, word in enumerate(name)
            if not word[:1].isupper() or word.endswith(",")
        ),
        len(name),
    )
    if not length:
        return False
    rest = words[index + 1 + length :]
    closed = name[length - 1].endswith(",") or not rest or rest[0] in _NAME_CLOSERS
    role = [word.rstrip(",").lower() for word in words[:index]]
    return (
        closed
        and not any(
            word in _FINITE_VERBS or word in _SUBJECT_PRONOUNS or word in _RELATIVE_WORDS
            for word in role
        )
        and not _past_form_after_the_first(" ".join(words[: index + 1]))
    )


def _described_source(text: str, cue: CueMatch, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether what follows an inverted cue to the sentence end is a described source (``...,
    said a spokesman for the council``, ``..., said an aide who asked not to be named``,
    ``..., said officials who were at the meeting``): a short phrase opened by a determiner
    or a group noun, with no clause of its own before a relative one."""
    relative = _SOURCE_RELATIVE.search(text, start, end)
    end = end if relative is None else relative.start()
    words = text[start:end].lower().split()
    opening = _next_word(text, start)
    # a group noun alone, before its relative clause or a preposition ("said officials in
    # Kell"), not before its verb ("said parents still want ...")
    group = opening in lexicon.group_nouns and (
        len(words) == 1 or words[1] in _GROUP_SOURCE_FOLLOWERS
    )
    # "said an official briefed on the talks", "a diplomat involved in the negotiations": a
    # participle and its preposition after a person's noun describe the source
    pasts = [index for index, word in enumerate(words[1:], start=1) if word.endswith("ed")]
    reduced = bool(pasts) and all(
        index + 1 < len(words)
        and words[index + 1] in _TIED_TO_CUE | _OBJECT_STOPS
        and (words[index - 1] in lexicon.titles or words[index - 1] in lexicon.group_nouns)
        for index in pasts
    )
    return (
        cue.form in _INVERTING_CUES
        and (opening in _SOURCE_DETERMINERS or group)
        and not _has_words(text, start, end, _DESCRIBED_SOURCE_WORDS + 1)
        and not _has_clause(text, start, end)
        # "said the Ortiz family deserved better": a past form makes it a clause
        and (reduced or not _past_form_after_the_first(text[start:end]))
    )


# A sentence opening with a noun phrase and a relative clause set off by a comma: the subject
# of the cue after it ("Tom Reyes, who chairs the board, said"). Audit: a bounded possessive
# run of characters that are no comma or quote mark, then fixed words; matched at one position.
_SUBJECT_WITH_RELATIVE = regex.compile(
    r"[ \t]*+[^,\"\u201c\u201d\n]{1,80}+,[ ](?:who|which)[ ][^,\n]{1,200}+"
)


_APPOSITIVE_PART_WORDS = 5  # "The mayor", "a union officer": a short name or role


def _name_with_appositive(text: str, start: int, comma: int) -> bool:
    """Whether ``text[start:comma]`` is a name and a role set off by a comma, with no verb
    (``The mayor, Ana Reyes``, ``Gareth Pellow, a union officer``): the subject of the cue
    after it, not what was said."""
    if _has_words(text, start, comma, 2 * _APPOSITIVE_PART_WORDS + 1):
        return False
    pieces = text[start:comma].split(",")
    if len(pieces) != 2 or _has_clause(text, start, comma):
        return False
    parts = [piece.split() for piece in pieces]
    if not all(0 < len(part) <= _APPOSITIVE_PART_WORDS for part in parts):
        return False
    if any(
        word.lower().endswith("ed") or word.lower() in IRREGULAR_PASTS
        for part in parts
        for word in part[1:]
    ):
        return False  # "The river rose, the dam failed", "Sales fell, North America grew"
    return any(sum(word[:1].isupper() for word in part) >= 2 for part in parts)


def _name_and_appositive(text: str, floor: int, comma: int, lexicon: Lexicon) -> int:
    """The comma before a source named with an appositive right before its cue (``CONTENT,
    Ana Brandt, the deputy clerk, said``, ``CONTENT, Reyes, who chairs the board, said``,
    ``CONTENT, Tomas Reiner, chairman of the committee, said``), or the other way round, its
    post first (``CONTENT, the company's spokesman, John Smith, said``); ``comma`` itself when
    what precedes it is no such pair."""
    appositive = text.rfind(",", floor, comma)
    name = text.rfind(",", floor, appositive) if appositive != -1 else -1
    if name == -1 or _has_words(text, name, comma, _APPOSITIVE_SOURCE_WORDS + 1):
        return comma
    first = text[name + 1 : appositive].split()
    second = text[appositive + 1 : comma].split()
    if _is_name(first) and _describes(second, lexicon):
        return name
    if (
        _is_name(second)
        and 1 < len(first) <= _POST_WORDS
        # "the spokesman", "Ostmark's government spokesman", not "Revenue rose"
        and (first[0].lower() in NOUN_DETERMINERS or first[0].endswith(("'s", "\u2019s")))
        and first[-1].lower() in lexicon.titles
    ):
        return name  # "Ostmark's government spokesman, Lars Krebber,": a post, then the name
    if (
        1 < len(first) <= _POST_WORDS
        and (first[0].lower() in NOUN_DETERMINERS or first[0].endswith(OWNER_ENDINGS))
        and first[-1].lower() in read_words("document_nouns.tsv")
        and second
        and _past_participle(second[0])
    ):
        return name  # "the engineers' report, published in March,": a document, its participle
    return comma


def _is_name(words: list[str]) -> bool:
    """Whether words are a short name, all capitalised (``Ana Brandt``)."""
    return 1 <= len(words) <= _NAME_WORDS and all(word[:1].isupper() for word in words)


def _describes(words: list[str], lexicon: Lexicon) -> bool:
    """Whether words open an appositive that describes a name (``the deputy clerk``, ``who
    chairs``, ``chairman of``)."""
    return bool(words) and (
        words[0].lower() in _APPOSITIVE_OPENERS
        or words[0].lower() in lexicon.titles
        or words[0].lower() in lexicon.title_qualifiers
    )


def _last_fact(text: str, start: int, end: int) -> int:
    """Where what ``CONTENT, according to X`` attributes starts: the last fact the sentence
    adds (``She won the county, and took 60 percent of the farm vote, according to exit
    polls`` attributes the share), when it is long enough to be one."""
    opening = _LAST_FACT.search(text, start, end)
    if opening is None or _QuoteState(text, start).inside(opening.start()):
        return start
    if opening.group()[:1] not in ",:;" and _embedded_relative(
        text, opening.start() - 1, len(text[opening.start() : end].rstrip(", ")) + opening.start()
    ):
        # "Roe, who won in May, had a lead, according to X": the whole sentence, also with no
        # comma before the cue ("..., is now ahead 48 percent to 39 percent according to X")
        return start
    if not _has_words(text, opening.end(), end, _FORWARD_MIN_WORDS):
        return start
    return int(opening.end() if opening.group()[:1] in ",:;" else opening.start())


def find_spans(document: Document, context: Context) -> Document:
    """Fill in the quote candidates: direct, mixed and reported, in document order."""
    return attrs.evolve(document, candidates=tuple(_SpanFinder(document, context).run()))
