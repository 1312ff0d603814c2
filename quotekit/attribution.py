"""Stage 3: who said each quote, resolved to a person or group, with a confidence and a sieve.

Sieves, tried in order (each names itself in ``Quote.sieve``):

- ``cue-adjacent``: the mention next to the cue (``Saldo said``, ``said Saldo``, ``according to
  X``, ``X, a spokesman for Y, said``, ``quoted X as saying``).
- ``frame``: a quote with no listed cue but a frame of its own, a name and an unlisted verb
  (``"...," Roe retaliated.``, ``Roe resisted: "..."``); with less confidence, the subject of
  the sentence a quote stands inside (``Roe thanked the crews for "..."``), a noun phrase when
  it names nobody (``The old ferryman thanked ...``).
- ``trailing-cue``: a quote in quote marks that no cue was linked to, in a sentence that ends
  on a clause with a speech cue (``"..." before the storm, Roe said.``), goes to that cue's
  subject.
- ``statement``: the rest of an interrupted quote shares the first piece's speaker.
- ``continuation``: a paragraph that is only a quote, after a quote by X, is X's; so is a
  quote with no cue right after a sentence that reports X's words.
- ``previous-mention``: a quote with no cue goes to the last person named before it.
- ``unnamed``: a passive cue with no agent (``is expected to``, ``Asked about the plan,``)
  leaves its source unnamed, so the quote has no speaker.

A pronoun (``he``) is resolved to the nearest earlier person of the same gender named outside
quotes (gender from honorifics, given names and earlier pronouns); a short name (``Saldo``) to
the fullest form of that name in the document. Uncertainty lowers ``confidence``; it never raises.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType

import attrs
import regex

from quotekit import syntax
from quotekit._document import (
    Analysis,
    Candidate,
    Context,
    Document,
    EntityMention,
    Paragraph,
    Sentence,
)
from quotekit._lexicon import Lexicon, read_table, read_words
from quotekit._patterns import DIGIT, SPACE
from quotekit._types import SAYING_CLASSES, CueClass, Quote, QuoteKind, Span, Speaker, SpeakerKind
from quotekit.mentions import (
    ADVERBIAL_STARTS,
    AGE,
    ARTICLES,
    ASK_FORMS,
    ASKED_OPENERS,
    BE_FORMS,
    CLOSING_QUOTE_MARKS,
    CONTRACTED,
    COUNT_WORDS,
    DASHES,
    FINITE_VERBS,
    GENDERED_PRONOUN_FORMS,
    GERUND_PREPOSITIONS,
    HEARINGS,
    INTERVIEW_ANSWER,
    INTERVIEW_QUESTION,
    IRREGULAR_PASTS,
    LONGEST_MENTION,
    MODALS,
    MONTHS,
    NAME_CLOSING_ABBREVIATIONS,
    NAME_SUFFIXES,
    NOUN_DETERMINERS,
    OBJECT_ONLY_PRONOUNS,
    OPINION_CUES,
    OWNER_ENDINGS,
    PARTICLES,
    PERFECT_AUXILIARIES,
    PERSON_OWNERS,
    PERSONAL_PRONOUNS,
    PLACE_PREPOSITIONS,
    POLL_OPENING,
    PREPOSITIONS_IN_ING,
    PRONOUNS,
    QUESTION_LEADS,
    QUESTION_WORDS,
    REFLEXIVES,
    RELATIVE_PRONOUNS,
    RELATIVE_WORDS,
    SAY_FORMS,
    SOURCE_FIRST_CUES,
    SUBORDINATORS,
    TELL_FORMS,
    TIME_ADVERBS,
    TIME_LINKS,
    WEEKDAYS,
    absolute_subject,
    agent_start,
    be_before,
    before_gerund,
    closes_a_name,
    document_head,
    finite_auxiliary,
    goes_on_after_a_name,
    holds_relative_verb,
    honorific_gender,
    impersonal_adjectives,
    is_party_tag,
    looks_like_person,
    makes_no,
    name_after_agent,
    name_words,
    names_an_agent,
    non_person_words,
    notice_labels,
    owned_quotation,
    owner_word,
    past_dateline,
    person_name,
    possessive,
    qualifying_quotation,
    quoted_person,
    remembered,
    role_then_name,
    role_without_name,
    says_when,
    short_title,
    skip_intervening,
    source_occasion,
    time_tail_start,
    titles_only,
    verb_like,
    viewpoint_opening,
    viewpoint_owner,
    whether_question,
    without_post_nominals,
    word_ending_at,
)

__all__ = ["attribute"]

# Confidence of each sieve, before the penalties for pronouns and unclosed marks.
_CONFIDENCE: Mapping[str, float] = MappingProxyType(
    {
        "cue-adjacent": 0.95,
        "frame": 0.85,
        "trailing-cue": 0.85,
        "statement": 0.9,
        "continuation": 0.8,
        "previous-mention": 0.5,
        "unnamed": 0.8,
    }
)
# An object pronoun named as the speaker of a chain ("TASS quoted him as saying"), or a
# possessive one owning a nominal cue ("after his call for a ban"), and the subject pronoun it
# stands for.
_SUBJECT_FORMS = MappingProxyType(
    {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}
)
# A subject pronoun with a verb contracted onto it ("he's predicted", "she'd said"): the
# pronoun alone names the speaker. Audit: a fixed alternation of words, a fixed mark, letters
# of a fixed alternation; fullmatch only.
_CONTRACTED_PRONOUN = regex.compile(r"(he|she|they|we|i)['’](?:s|d|ve|ll|re|m)", regex.I)
_PRONOUN_FACTOR = 0.9  # a resolved pronoun is a little less sure than a name
# How much less sure a reported clause (no quote marks) is than a quotation, by its cue's class:
# where a paraphrase starts and ends, and whether the cue word reports at all, is less certain
# than a quote mark. Measured on PolNeAR train (round 22): of the records right under the
# scorer, direct quotes 0.99, mixed 0.93, reported speech 0.86, documents 0.92, beliefs and
# intentions 0.75, writing 0.68; the factors make confidence a bound a user can threshold on.
_REPORT_FACTORS: Mapping[CueClass, float] = MappingProxyType(
    {
        CueClass.SPEECH: 0.9,
        CueClass.DOCUMENT: 0.95,
        CueClass.THOUGHT: 0.8,
        CueClass.WRITING: 0.7,
    }
)
# Possessive pronouns that own a nominal cue right after them ("ignored his call for").
_OWNING_PRONOUNS = frozenset(("his", "their"))
_OWNER_READING = 30  # characters after "her" read for the cue word it may own
# Endings of nouns that no verb has ("suggestion", "insistence", "assurances"): after "her" and a
# preposition such a cue is hers, where a verb's subject may end in "her" ("close to her claim").
_NOUN_ENDINGS = tuple("tion sion ment ance ence tions sions ments ances ences".split())


def _owning_pronoun(
    text: str, tokens: list[tuple[int, int, str]], index: int, cue_start: int, subject: bool
) -> bool:
    """Whether the word right before a cue owns it as a noun: ``his`` or ``their``, or ``her``
    standing for the clause's ``subject`` (see _owner_is_subject) or right after a verb in the
    past or present (``Deb Harlan repeated her claim that``,
    ``Senate Republicans ignored her warning that``) before a listed noun of report or a cue
    form in -s or -ing (``renewed her calls for``), which no verb after an object ``her`` has
    (``heard her say``, ``People close to her claim``); not after a relative's verb, whose
    object ``her`` is (``Officials who met her claim that``: the officials')."""
    word = tokens[index][2]
    if word in _OWNING_PRONOUNS:
        return True
    if word != "her":
        return False
    cue = text[cue_start : cue_start + _OWNER_READING].split(maxsplit=1)[:1]
    if not cue:
        return False
    noun = cue[0].lower()
    after_verb = (
        index > 1
        and not _gap(text, tokens, index).strip()
        and tokens[index - 1][2].islower()
        and tokens[index - 1][2].endswith(("ed", "s"))
        and tokens[index - 2][2].lower() not in RELATIVE_PRONOUNS
    )
    if (subject or after_verb) and (
        noun in read_words("complement_nouns.tsv") or noun.endswith(("s", "ing"))
    ):
        return True
    # "Critics seized on her suggestion that", "The mayor objected to her assertion that" (not
    # a verb's form: "Those who worked with her mention that", as "mentioned" is a cue)
    return (
        index > 0
        and tokens[index - 1][2] in _OWNER_PREPOSITIONS
        and noun.endswith(_NOUN_ENDINGS)
        and noun.removesuffix("s") + "ed" not in read_words("cues.tsv")
    )


_OBJECT_AND_TIME_WORDS = 6  # "filed a complaint on Tuesday alleging": a verb's object, a time
# Quantifiers standing for part of a group named before them ("Some called the walls ...").
_QUANTIFIERS = frozenset("some many others several most few both".split())
_DESCRIBED = 0.6  # a role description resolved to a person named elsewhere
_UNSURE_SUBJECT = 0.7  # the clause's subject taken when the words by the cue name nobody
_DESCRIPTOR_DETERMINERS = frozenset("the its his her their our".split())
# Nouns of family that describe a person after a name ("a father of two", "the grandmother").
_KIN_NOUNS = frozenset(
    "father mother grandfather grandmother son daughter widow widower husband wife".split()
)
_KIN_GENDERS: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys("mother grandmother daughter wife widow".split(), "f"),
        **dict.fromkeys("father grandfather son husband widower".split(), "m"),
    }
)
_KIN_OWNER_WORDS = 3  # "Maria de Souza's mother": the words of a kin noun's owner


def _varies_a_description(word: str) -> bool:
    """Whether a word marks a description that takes up someone named before: an age or a
    birthplace (``34-year-old``, ``Polish-born``); not ``former``, which news gives a known
    office (``the former secretary of state``) named anywhere."""
    return word.endswith("-born") or AGE.fullmatch(word) is not None


# Nouns any business goes by ("the company said" after "Dunmore Foods") and any body goes by
# ("the group said" after "Save Our Shoreline"), where the other organisation nouns ("the
# council", "the bank") stand for a body named with that noun.
_ANY_BUSINESS = frozenset(
    """company firm business corporation maker carmaker automaker drugmaker chipmaker
    manufacturer retailer insurer lender supplier conglomerate startup""".split()
)


@functools.cache
def _role_nouns() -> Mapping[str, tuple[tuple[str, ...], frozenset[str]]]:
    """``role_nouns.tsv``: a noun news describes someone again with (``the expert``, ``the
    legislator``) -> the titles it stands for, itself first, and the words one of which must
    describe the person too (``the business leader`` heads a body of commerce or industry)."""
    table = {}
    for noun, titles, context, _ in read_table("role_nouns.tsv"):
        others = () if titles == "-" else tuple(titles.split(","))
        table[noun] = (
            (noun, *others),
            frozenset() if context == "-" else frozenset(context.split(",")),
        )
    return MappingProxyType(table)


@functools.cache
def _doer_nouns() -> Mapping[str, frozenset[str]]:
    """``doer_nouns.tsv``: a noun that describes someone again by what they were reported doing
    (``the witness``) -> the cue forms of that deed."""
    return MappingProxyType(
        {noun: frozenset(forms.split(",")) for noun, forms, _ in read_table("doer_nouns.tsv")}
    )


@functools.cache
def _age_nouns() -> Mapping[str, range]:
    """``age_nouns.tsv``: a noun that describes someone again by their age (``the teenager``)
    -> the ages it covers."""
    return MappingProxyType(
        {
            noun: range(int(youngest), int(oldest) + 1)
            for noun, youngest, oldest, _ in read_table("age_nouns.tsv")
        }
    )


_LONGEST_ROLE_NOUN = 3  # words of the longest noun of role_nouns.tsv ("head of state")
_LONGEST_TITLE_WORDS = 4  # words of the longest title matched in a description

# The kinds of body (``organisation_words.tsv``) whose titles are ranks, not roles a synonym
# may name: a police or coastguard captain is no skipper.
_RANKED_BODIES = frozenset(("military", "security"))


def _role_form(word: str, lexicon: Lexicon) -> str:
    """What a word of a description says someone is, the same for each way of saying it: a
    title's full form (``sen.`` is ``senator``), a nationality's country (``the Scot`` is who
    ``Scottish manager Callum Rennie`` is)."""
    return lexicon.nationalities.get(word) or lexicon.titles.get(word, word).lower()


def _holds_a_post(word: str, lexicon: Lexicon) -> bool:
    """Whether a word of a description is a title of a post, not an honour or a peerage,
    which goes with any post (``honours.tsv``: ``The chief executive ... Dame Helena
    Corrigan`` is one person)."""
    return word in lexicon.titles and word not in read_words("honours.tsv")


def _role_gender(head: str) -> str:
    """The gender a role's head noun tells: ``f`` (``spokeswoman``), ``m`` or ``u``."""
    return "f" if head.endswith("woman") else "m" if head.endswith("man") else "u"


def _joins_a_body_name(words: list[str], position: int) -> bool:
    """Whether the word at ``position`` is an ``and`` inside the name of a body after ``of``
    (``The Minister of Economy and Finance``), which goes on describing the name after it,
    not a conjunction that ends the description (``Roe and Senator Lee``)."""
    if words[position] != "and" or not 0 < position < len(words) - 1:
        return False
    if not words[position + 1][:1].isupper():
        return False
    before = itertools.takewhile(lambda word: word[:1].isupper(), reversed(words[:position]))
    run = sum(1 for _ in before)
    return 0 < run < position and words[position - run - 1] == "of"


def _role_forms(words: list[str], lexicon: Lexicon) -> set[str]:
    """The role forms of each run of words of a description up to the longest title, so a
    title of several words counts too (``chief executive``, ``member of parliament``)."""
    return {
        _role_form(" ".join(words[start : start + size]), lexicon)
        for size in range(1, _LONGEST_TITLE_WORDS + 1)
        for start in range(len(words) - size + 1)
    }


_ANY_BODY = frozenset(("group", "organisation", "organization", "charity"))
_ANY_BODY_OR_BUSINESS = _ANY_BUSINESS | _ANY_BODY
# The kinds of body (``organisation_words.tsv``) that are the state's own, which no one calls
# "the group" or "the charity" ("The Interior Ministry said ... The rights group said": another).
_STATE_BODIES = frozenset(("government", "legislature", "judiciary", "military", "security"))
# Qualifiers that make a title another, lower role ("Deputy Prime Minister Ana Ruiz", "was
# appointed assistant coach", "Vice President Alan Voss"): no one "the prime minister", "the
# coach" or "the president" stands for.
_SECOND_RANKS = frozenset(("deputy", "assistant", "vice"))
# Qualifiers of a lede's description that another holder of the title does not share ("Ohio's
# lieutenant governor says ..." and then "Gov. Walter Kinsella", "the former governor"): the
# one named next must be described with them too.
_ANOTHER_HOLDER = _SECOND_RANKS | frozenset(("lieutenant", "former"))
# Roles that speak for the body named after their "for" ("A spokesperson for Pellmont Rail
# said ... The company has accused"), which is no employer named in passing.
_SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson spokesmen spokeswomen".split())
# Nouns news uses for any public body, whatever its own name ("The National Competition
# Commission sued ... The agency alleges"), where "the council" or "the department" is the
# body's own word.
_ANY_AGENCY = frozenset(("agency", "ministry", "army", "military"))
# Words that end, read backwards from a name, what describes it: a verb, a preposition, a
# conjunction ("a campaigner for Senator Tomas Reiner": "for").
_DESCRIPTION_STOPS = BE_FORMS | frozenset(
    "for to by with from at in on against and but or than as said says told".split()
)
# A post given to the person named before it ("Yvette Crossland was appointed Home Secretary
# in May", "was named chief executive"): the post's words, up to a preposition or a mark.
# Audit: fixed alternatives, then at most four possessive word runs, each a space apart.
_GIVEN_A_POST = regex.compile(
    r"[ ](?:is|was|has[ ]been|had[ ]been)[ ](?:newly[ ])?+(?:appointed|named|elected|made)"
    r"[ ](?P<post>[\p{L}\-]++(?:[ ](?!(?:in|on|at|by|for|to|after|last|this)\b)[\p{L}\-]++){0,3}+)"
)
_BODY_DESCRIPTION_WORDS = 4  # "the German software maker": a business described, not named
_ROLE_WINDOW = 60  # characters around a name searched for the role a description names
_CATAPHORA_MENTIONS = 12  # names after a description that may be the person it describes
_UNRESOLVED = 0.4  # a pronoun with no antecedent
# A relative clause of a person set off by a comma ("Bremer, who had beaten Quintero").
_RELATIVE_OPENINGS = (", who ", ", whom ", ", whose ")
_CUE_WORD_REACH = 20  # characters looked at for the cue word beside a name
_RELATIVE_REACH = 200  # characters before a relative "who" searched for what it stands for

# Adverbs of time, frequency and manner that stand before a verb or a participle ("Judge Roe
# twice warned", "..., often reminding voters that").
_VERB_ADVERBS = frozenset(
    """also never later then again previously publicly privately repeatedly reportedly
    recently once still already initially first often frequently just now yet twice sometimes
    always seldom soon""".split()
)
# Words between a subject and its cue: auxiliaries and adverbs ("has also said", "Judge Roe
# twice warned"; "have long" is read apart, after a perfect auxiliary only), and the verbs
# of going on before a cue in -ing ("Marr keeps saying",
# "Officials continue insisting").
_BETWEEN_SUBJECT_AND_CUE = _VERB_ADVERBS | frozenset(
    """has have had will would could should may might must did does do is was were are been be
    not kept keep keeps continue continues has've wouldn't won't didn't doesn't don't hasn't
    haven't hadn't can can't cannot couldn't isn't wasn't""".split()
)
# Quantifiers that float after a subject ("Roe and Lee both said"), and are the subject alone
# after a clause boundary ("And both vowed").
_FLOATING_QUANTIFIERS = frozenset(("both", "each"))
# A time between a subject and its cue ("Roe last week said", "Roe on Monday said"): its
# nouns, and the words that lead up to one of them.
_TIME_NOUNS = WEEKDAYS | frozenset(
    """week weekend month year day morning afternoon evening night yesterday today tonight
    earlier later""".split()
)
_TIME_LEADS = frozenset("last this past next in on the early".split())
# Lower-case words that open no subject: adverbs and quantifiers standing alone before a cue.
_NOT_SUBJECT_WORDS = frozenset(
    """together away instead even almost half much more any also little""".split()
)
# Words after which a verb phrase may still name its subject ("is why critics", "do you").
_SUBJECT_LATER = frozenset("what why how than who whom where when you".split())
# Words before which a relative's antecedent starts: auxiliaries and prepositions other than
# "of" ("came from the flood board, which").
_BEFORE_ANTECEDENT = (
    _BETWEEN_SUBJECT_AND_CUE
    | BE_FORMS
    | frozenset("from to in at on with for by about through into over under against".split())
)
# Prepositions of a group whose object a relative takes up ("anxiety among party officials,
# who worry", "Among those who voted"), unless the head picks one out of it and the relative
# is restrictive ("the only candidate among the five who said"), by these words.
_GROUP_PREPOSITIONS = frozenset("among amid between toward towards including".split())
_SINGLING_WORDS = frozenset("only one first last".split())
# Past participles of cues that do not end in -ed.
_IRREGULAR_PARTICIPLES = frozenset("told said thought known seen shown heard".split())
# Words that end the stretch in which a subject is looked for, scanning back from the cue.
_CLAUSE_BOUNDARIES = frozenset(
    """that and but yet because while when whereas although though if as after before since
    until so where which whom whether why how what said says or""".split()
)

# Prepositions after which "that" is a demonstrative, not a clause's opening ("a spokesman for
# that group", "members of that panel").
_THAT_PREPOSITIONS = frozenset("for of from with by at about against among".split())

# Prepositions that tie a name to the subject as someone it acts for or is about, not the body
# where it works ("Lawyers for Mira Tosh"; "at" and "from": see _tied_name).
_TIED_NAME_PREPOSITIONS = _THAT_PREPOSITIONS - {"at", "from"}
# Those who speak for the body they are at or from, which issues their document ("Officials at
# Kelton Mills issued a statement"); not parents, residents or shareholders, whose letter is
# their own ("Parents at Greenfield Primary School sent a letter").
_BODY_STAFF = _SPEAKS_FOR | frozenset("official officials executive executives staff".split())


def _tied_name(words: list[str]) -> bool:
    """Whether the last of ``words`` ties the name after it to the subject before it
    (``Lawyers for``, ``Residents from``), not to staff who speak for the body they are at or
    from (``Officials at``)."""
    last = words[-1] if words else ""
    if last in ("at", "from"):
        return not _BODY_STAFF.intersection(word.lower() for word in words)
    return last in _TIED_NAME_PREPOSITIONS


_QUESTION_BREAKS = frozenset("?!\u2014\u2013")


def _modifies_a_noun(following: str, lexicon: Lexicon) -> bool:
    """Whether the lower-case word after a name is the noun the name modifies (``Marsk
    supporters``), not its verb (``Marsk says``, ``Marsk had``, ``Marsk resigned``)."""
    return following.islower() and not verb_like(following, lexicon.cues)


def _modifies_document_noun(words: list[str], at: int, lexicon: Lexicon) -> bool:
    """Whether the document noun ``words[at]`` only modifies the noun after it, so that no
    document is brought in (``A poll worker``, ``A study participant``, ``A review panel
    member``); not before a preposition, a verb or a comma (``A report by``, ``A study
    found``, ``A survey shows``, ``An audit, released``)."""
    if at + 1 >= len(words) or words[at][-1:] in ".,;:":
        return False
    following = words[at + 1].lower()
    return (
        _modifies_a_noun(following, lexicon)
        and following not in _PARTICIPLE_PREPOSITIONS
        and following not in _OBJECT_PREPOSITIONS
        and not (following.endswith("s") and not following.endswith("ss"))
    )


_RELATIVE_HOPS = 4  # relatives coordinated by "and who" followed back to the first
# How far before a relative "that" or "which" a verb of issuing may take its antecedent as object
# ("is releasing a new radio ad that", "released a letter from her doctor on Friday that"),
# and what ends that object: the relative is then no part of the verb's phrase.
_ISSUED_OBJECT_WORDS = 9
_ISSUED_OBJECT_REACH = 90  # characters
_ISSUED_OBJECT_BREAKS = frozenset(',;:()"\u2014\u2013\u201c\u201d')  # and a spaced hyphen


def _relative_verb(word: str, lexicon: Lexicon) -> bool:
    """Whether the word after a relative pronoun is its verb (``who did``, ``who attends``,
    ``who helped``), so the pronoun is the clause's subject (not ``who many believe``)."""
    word = word.replace("\u2019", "'").removesuffix("n't")  # "who didn't want to be named"
    return word not in PRONOUNS and (
        verb_like(word, lexicon.cues)
        or (word.islower() and word.endswith("s") and not word.endswith("ss"))
    )


def _verb_form(word: str) -> bool:
    """Whether a lone lower-case word reads as a past or -ing form (``stopped``, ``arguing``)."""
    return len(word) > 4 and word.endswith(("ed", "ing"))


# Spans of time after "for" between a perfect auxiliary and its cue ("have for years warned").
_SPANS_OF_TIME = frozenset("years decades months weeks days".split())
_ARTICLES = ("the ", "a ", "an ")
_INDEFINITE_ARTICLES = frozenset(("a", "an"))
# Words that count the plural after "a" rather than head a phrase of their own ("a dozen
# Republicans said", "a few voters said", "a number of aides").
_QUANTITY_NOUNS = frozenset(
    "dozen few couple handful number score hundred thousand million majority minority lot".split()
)
# How the words after a cue start when they are a time, a place or an audience, not a speaker.
_NOT_AFTER_CUE = tuple(
    word + " "
    for word in (
        *"on in at during to last this next earlier later yesterday today tonight".split(),
        *sorted(WEEKDAYS),
    )
)
_PERSON_LIKE = 2  # name strength of a run of capitalised words that reads as a person's name
_COORDINATING_WORDS = frozenset("and but or so".split())
_LONGEST_COORDINATOR = max(map(len, _COORDINATING_WORDS))
_PERSONAL_OWNERS = frozenset("his her my our your".split())
# Words that lead a description rather than a name ("a nurse at the clinic on Halsey Island",
# "few in Marlow County": the place names nobody).
_DESCRIPTION_LEADS = frozenset("a an the one two three four several some many most few".split())
_EDGE_MARKS = ",\u201d\u201c\"'\u2019\u2014\u2013\u2015-"  # punctuation around a mention
# Words after which a group's description goes on ("people familiar with the plan", "voters
# interviewed after the debate", "a study published Wednesday in the journal": a participle's
# day may stand before its preposition; "a senior adviser to Celia Brandauer", "Advisers to
# Ms. Brandauer", but not the "to" inside a name, "Alliance to Save the Westvale Marshes", nor
# after a participle, "the forms she submitted to the county"). Audit: an alternation of
# literal words between word boundaries; "to" after a lower-case word or a plural opening the
# mention (a lookbehind of at most 34 characters, bounded repetitions) with a lookahead of
# fixed words or one capital; and a possessive run of lower-case letters ending in a
# participle's suffix before an optional literal weekday and a fixed preposition.
_POSTMODIFIERS = regex.compile(
    r"\b(?:of|for|from|at|with|in|who|familiar|close|bordering|involved|briefed"
    r"|(?<=(?:^\p{Lu}[\p{Ll}\-]{0,30}s|(?:^|[ ])\p{Ll}[\p{Ll}\-]{0,30}(?<!ed))[ ])"
    r"to(?=[ ](?:the|a|an|his|her|their|its)[ ]|[ ]\p{Lu})"
    r"|on(?=[ ](?:the|a|an|its|their)[ ]|[ ]\p{Lu})"
    rf"|\p{{Ll}}++(?<=ed|ing)(?=[ ](?:(?:{'|'.join(sorted(day.title() for day in WEEKDAYS))})[ ])?"
    r"(?:after|before|during|by|outside|near|since|in|at)[ ]))\b"
)
# Words of a mention: a clock time ("10:30", whose colon ends no phrase), a number with
# thousands commas, or a run without punctuation.
# Audit: three alternatives, each a possessive run; the first two fail within four characters
# when a digit does not go on as a time or a thousands group, so no position is retried for
# long. The standard engine, with the regex engine's digits and white space (see
# quotekit._patterns).
_TOKEN = re.compile(
    rf"{DIGIT}{{1,2}}+:{DIGIT}{{2}}+|{DIGIT}{{1,3}}+(?:,{DIGIT}{{3}})++"
    rf"|[^{SPACE},;:()\[\]\"\u201c\u201d]++"
)
_SUBJECT_REACH = 400  # characters before a cue or a quote searched for its subject
_MAX_SUBJECT_WORDS = 12
_FRAME_WORDS = 6  # the longest frame of a quote with an unlisted verb ("an angry Roe retorted")
_FRAME_REACH = 80  # characters around a quote searched for its frame
_FRAME_NAME_WORDS = 3  # words from the frame's start within which its speaker is named
_BEAT_WORDS = 3  # words after the name in a beat of action before a quote ("shrugs", "agreed")
_REASON_WORDS = frozenset(("because", "since"))  # open a reason inside a relative clause
_REASON_REACH = 12  # words back from a reason to the relative pronoun it belongs to
_TITLE_REACH = 60  # characters of title words before a name that opens its sentence
_OPENER_REACH = 200  # characters of an opening adverbial before a sentence's subject
_TITLE_WORDS_BEFORE = 4  # "Former deputy health minister NAME": a title before a subject
_HONORIFIC_REACH = 12  # characters before a name read for its honorific ("Madame ")
_BYLINE_REACH = 12  # characters from a paragraph's start to a byline's name ("By  ")
_SUBJECT_SENTENCES = 3  # sentences read back for the subject a varied description takes up
_SUBJECT_OPENING = 30  # characters from a sentence's start within which its subject is named
_ROLE_NAMED_REACH = 400  # characters before a pronoun read for a role brought in unnamed
# One a report cites unnamed, up to the punctuation that ends the phrase ("reported, citing a
# source in the security services, that"). Audit: fixed words, then one bounded possessive
# run of what is no clause punctuation.
_CITED_ROLE = regex.compile(
    r"\b(?:citing|quoting)[ ](?:an?|one)[ ]([^,.;:()\"\u201c\u201d\n]{1,80}+)", regex.IGNORECASE
)
# Words that end the phrase of a cited source: its report, a relative clause.
_CITED_ROLE_ENDS = RELATIVE_WORDS | frozenset(("as",))
_ISSUER_REACH = 400  # characters before "the statement" read for who issued it


_KIN_OWNERS = _PERSONAL_OWNERS | {"their"}  # pronouns owning a kin noun ("their son")


def _owned_kin(owner: str, noun: str) -> bool:
    """Whether two words are an owner and a kin noun (``His son``, ``Vane's wife``)."""
    return noun in _KIN_NOUNS and (owner.lower() in _KIN_OWNERS or owner.endswith(OWNER_ENDINGS))


def _documents(use: str) -> frozenset[str]:
    """The documents of ``issued_documents.tsv`` that came to light as ``use`` says."""
    return frozenset(row[0] for row in read_table("issued_documents.tsv") if row[1] == use)


# Documents that speak for whoever issued them ("The statement said"), and those named with
# whoever obtained or saw them ("emails reviewed by the Gazette").
_ISSUED_DOCUMENTS = _documents("issued")
_OBTAINED_DOCUMENTS = _documents("obtained")
# A cue saying where its words were written ("said in a statement", "disclosed in a filing",
# "announced in a letter").
_SAID_IN = (
    r"(?:said|says|saying|wrote|writes|writing|stated|states|announced|announces|disclosed"
    r"|discloses|revealed|reveals)[ ]in"
)
# The document a cue of issuing names: a determiner, up to two words, the document.
_DOCUMENT_OPENER = r"(?:a|an|its|his|her|their)[ ](?:[\p{L}\-]++[ ]){0,2}?"
_ISSUED_DOCUMENT = rf"{_DOCUMENT_OPENER}(?P<document>\p{{L}}[\p{{L}}\-]*+)\b"
# The same with a document that speaks for its issuer, past the words before it ("said in a
# written statement": the statement, not "written").
_LISTED_DOCUMENT = (
    rf"{_DOCUMENT_OPENER}(?P<document>"
    + "|".join(sorted(_ISSUED_DOCUMENTS, key=len, reverse=True))
    + r")\b"
)
_ISSUE_VERBS = r"issued|released|sent|published|posted"  # verbs of issuing a document
# Where a document's issuer is named: capitalised words, a verb of issuing, a determiner, up to
# two words, the document ("The Harbour Authority issued a statement", "The Insurance Council
# said in a statement").
# Audit: the issuer starts only at a word's start where a run of capitalised words starts
# (lookbehinds of one character and of one word, which backtracks within that word only), then
# possessive runs separated by single spaces, an optional comma (an appositive's: "The band's
# label, Northlight Records, said in a statement"); fixed verbs and determiners, a bounded
# lazy repetition of possessive word runs, an alternation of fixed words closed by a word
# boundary; each run is read once per scan.
_ISSUED = regex.compile(
    r"(?<![\p{L}.'\u2019&\-])(?<!\p{Lu}[\p{L}.'\u2019&\-]*[ ])"
    r"(?P<issuer>\p{Lu}[\p{L}.'\u2019&\-]*+(?:[ ]\p{Lu}[\p{L}.'\u2019&\-]*+)*+),?+[ ]"
    rf"(?:{_ISSUE_VERBS}|put[ ]out|{_SAID_IN})[ ]{_LISTED_DOCUMENT}"
)
# "The" and a home town before its state's comma, which a description of a business in
# -based goes on after ("The Ostend, Ohio-based company"). Audit: a fixed word, a bounded
# repetition of possessive capitalised runs, fixed characters, anchored at the window's end.
_HOME_TOWN_BEFORE = regex.compile(
    r"\b[Tt]he[ ]\p{Lu}[\p{L}.\-]*+(?:[ ]\p{Lu}[\p{L}.\-]*+){0,2}+,[ ]$"
)
_HOME_TOWN_CHARACTERS = 40  # characters read back for such a town
# "The" and the lower-case words of a description before its noun ("The state transportation
# department"). Audit: a fixed word, a bounded possessive repetition of lower-case words each
# read possessively, anchored at the window's end.
_DESCRIBED_BEFORE = regex.compile(r"\b[Tt]he[ ](?P<words>(?:\p{Ll}[\p{L}'\u2019\-]*+[ ]){1,3}+)$")
_DESCRIPTION_CHARACTERS = 60  # characters read back for such a description
# A lower-case word right after a noun, which may be the noun it describes ("a department
# store"). Audit: one possessive run of one class after a space, matched at a position.
_NEXT_LOWER_WORD = regex.compile(r"[ ](\p{Ll}++)")


def _modifies_next(text: str, end: int) -> bool:
    """Whether the noun ending at ``end`` describes the noun after it (``a department
    store``), not one a relative clause or a preposition follows (``a department that runs
    the prisons``, ``a company in Harwick``)."""
    following = _NEXT_LOWER_WORD.match(text, end, end + _CUE_WORD_REACH)
    return (
        following is not None
        and following.group(1) not in RELATIVE_WORDS
        and following.group(1) not in _OBJECT_PREPOSITIONS
    )


# Words before a noun like "witness" that describe the one who testified rather than bring a
# new one in ("appeared as a witness", "called no other witness"; so a be-form after a name or
# "she": see doer_of), and the words read after one.
_WITNESS_DESCRIBED = frozenset(("as", "no"))
_WITNESS_DESCRIBED_WORDS = 3  # "was the sole witness"
_PERSON_SUBJECTS = frozenset(("he", "she"))  # a person's pronoun as a sentence's subject
# Words before a be-form that make it describe the one who testified, a pronoun or the
# auxiliary of one ("She was the only witness", "She had been the only witness"; a name too).
_WITNESS_SUBJECTS = _PERSON_SUBJECTS | PERFECT_AUXILIARIES | MODALS
# An appositive describing a body right after its name, by the noun it is taken up with
# later, closed by a comma or a relative clause ("The Marrow County Deputies' Association, the
# union that represents", "Westridge Power, a regional utility, said"; not "Overall, the fund
# said": a subject after an opening word). Audit: fixed marks and words, a bounded lazy
# repetition of possessive word runs, one possessive run, a lookahead of fixed words; one
# position.
_DESCRIBED_AS = regex.compile(
    r",[ ](?:the|a|an)[ ](?:[\p{Ll}\-]++[ ]){0,2}?(?P<noun>\p{Ll}++)"
    r"(?=,|[ ](?:that|which|who|whose)\b)"
)
# A subject ending in a verb of issuing and what it issued, before a participle cue that says
# what the document says ("Westridge Power issued a statement saying", "The union released a
# list of demands calling for"): the issuer speaks. Audit: a fixed space and verbs, then as
# _ISSUED's tail, anchored at the subject's end; searched in one mention.
_ISSUED_TAIL = regex.compile(rf"[ ](?:{_ISSUE_VERBS}|put[ ]out)[ ]{_ISSUED_DOCUMENT}$")
# A cue that says where its words were written, after a subject of any shape ("The Riverside
# Education Association, the teachers union, said in a statement"). Audit: as _ISSUED's tail:
# fixed words, then a bounded repetition of possessive word runs.
_SAID_IN_DOCUMENT = regex.compile(rf"\b{_SAID_IN}[ ]{_LISTED_DOCUMENT}")
# Someone speaking for a named person or body, unnamed themselves ("a lawyer for Tom Roe", "the
# family of Ines Varga"). Audit: fixed words around a bounded lazy repetition of possessive
# lower-case runs; one position.
_FOR_SOMEONE_NAMED = regex.compile(r"(?:a|an|the)[ ](?:\p{Ll}++[ ]){1,3}?(?:for|of)[ ]\p{Lu}")
# The same document fronted before the subject that speaks in it ("In a statement, Linda Carr
# said", "In a statement released on Monday, the union said"). Audit: as _ISSUED's tail: fixed
# words, bounded repetitions of possessive word runs, a fixed comma.
_IN_DOCUMENT = regex.compile(
    rf"\bIn[ ]{_LISTED_DOCUMENT}"
    r"(?:[ ](?:released|issued|posted|published)(?:[ ][\p{L}\-]++){0,3}?)?,[ ]"
)
# A verb of issuing and up to three words after it ("released on Monday").
_ISSUING = rf"[ ](?:{_ISSUE_VERBS})(?:[ ][\p{{L}}\-]++){{0,3}}?"
# A document named with who issued it, after "from" or "by" ("a statement from the Dorrow
# Transit Authority", "a report published on Wednesday by the Global Sleep Agency"), or
# records said to be released by someone ("filings released Monday by the Federal Election
# Commission"): the issuer speaks. Audit: fixed words, bounded lazy repetitions of possessive
# word runs, then the rest; matched whole against one mention, at most LONGEST_MENTION long.
_DOCUMENT_FROM = regex.compile(
    r"(?:(?:a|an|the|its|their)[ ])?+(?:[\p{L}\-]++[ ]){0,3}?(?:(?:"
    + "|".join(sorted(_ISSUED_DOCUMENTS))
    + rf")(?:{_ISSUING})?|(?:"
    + "|".join(sorted(_OBTAINED_DOCUMENTS))
    + rf"){_ISSUING})[ ](?:from|by)[ ](?P<issuer>\p{{L}}.*+)",
    regex.IGNORECASE,
)
# A document a few words may lead ("internal emails", "contracting records"), with what it is
# of ("a draft of the communique", "a copy of the minister's letter", "of the 2024 audit").
_SEEN_DOCUMENT = (
    r"(?:[\p{L}\-]++[ ]){0,3}?(?:"
    + "|".join(sorted(_OBTAINED_DOCUMENTS | _ISSUED_DOCUMENTS))
    + r")\b(?:[ ]of(?:[ ][\p{L}\p{N}'\u2019\-]++){1,4}?)?"
)
# Documents named with whoever saw them, not wrote them ("emails reviewed by the Gazette",
# "a letter seen by the Courier", "a draft of the communique seen by Northwire", "internal
# emails and contracting records reviewed by", "a leaked memo, seen by"): the documents are the
# source. Audit: an optional article, then one or two documents joined by "and", each bounded
# lazy repetitions of possessive word runs around a fixed word; an optional comma, fixed words.
_DOCUMENT_SEEN_BY = regex.compile(
    rf"(?P<documents>(?:(?:the|a|an)[ ])?+{_SEEN_DOCUMENT}(?:[ ]and[ ]{_SEEN_DOCUMENT})?+)"
    r",?+[ ](?:reviewed|obtained|seen|examined)[ ]by[ ]",
    regex.IGNORECASE,
)
# What may follow an issuer's name: a bracketed short form, an infinitive, a participle.
# Audit: fixed words or one possessive lower-case run ending in "ed"; split at its matches.
_ISSUER_TAIL = regex.compile(r"[ ](?:\(|to[ ]|\p{Ll}++(?<=ed)\b)")
_SOURCE_REACH = 160  # characters after "according to" read for its source
_RELAY_GAP_WORDS = 8  # words between a quote and the "according to" that relays it
_CUE_LOOKAHEAD = 20  # characters after a mention read for the cue that follows it
_MAX_APPOSITIVE_WORDS = 20  # "X, the ... of ..., said": the longest appositive hopped over
_APPOSITIVE_HOPS = 3  # "X, president of Y, which represents Z, said"
_HEAD_PARAGRAPHS = 3  # a headline, a standfirst and a byline at most before the story
_HEADLINE_LENGTH = 120  # characters of a headline or a byline line
_SENTENCE_ENDS = (".", "?", "!", '"', "\u201d", "\u2019", "'")
_ROLE_SPEAKERS = 3  # the last speakers read for an unnamed holder of a role
# The words of a speaker's mention read for the noun of a document it brings in ("An
# engineering review commissioned", "A new statewide poll by"): the article and three more.
_DOCUMENT_OPENING_WORDS = 4
_DOCUMENT_OPENING_CHARACTERS = 60
_MAX_ANTECEDENT_DISTANCE = 3000  # characters back a pronoun looks for its person
# Characters from a report's end to its cue when its source stands between (", the Harwick
# Tenants Union said"): a source of a few words.
_SOURCE_AFTER_REPORT = 32
_RELATIVE_WITH_OBJECT = 4  # "who chaired the review": a relative, a verb, an article, a noun
_JOINED_NAMES_CHARACTERS = 60  # characters before a name read for the article of a joint name
_RECENT_SPEAKERS = 20  # earlier speakers a pronoun may refer to
# The writer's first person opening a speaker's mention ("We think ...", "I'd argue").
_WRITERS_SELF = frozenset(("we", "us", "i", "our", "my"))
_FIRST_WORD_CHARACTERS = 4  # enough to read a first-person word at a mention's start
# Determiners by which a text names a body as the writer's own ("This newspaper has argued",
# "Our editorial board believes"), which the writer's "we" then stands for.
_WRITERS_OWN = frozenset(("this", "our"))
_FULL_NAME_REACH = 50  # full forms of a surname weighed on each side of a short name
_ANTECEDENT_CANDIDATES = 8  # people named before a pronoun that are weighed
_GENDER_LOOKAHEAD = 3  # nearest candidates among which a known gender beats an unknown one


_CLOSERS = frozenset(CLOSING_QUOTE_MARKS)
# Words after "the" and a name that make it a person's: "the Ferrer of lore", "the Ana Ruiz
# who ran in 2019", "the Ana Ruiz I knew"
_WHICH_ONE_AFTER_THE = frozenset({"of", "who", "whom", "I", "we"})
_WORD_EDGES = "\"'()[]{}.,;:!?\u201c\u201d\u2018\u2019\u2014\u2013-"
_CONTRACTIONS = ("'m", "'re", "'ve", "'ll", "'d")


_TOKEN_BLOCK = 1 << 11  # characters split into tokens at once: a few hundred tokens in memory
# White space, where a text is cut into blocks. Audit: one class.
_SPACE = re.compile(r"\s")
# str.split parts words at these four controls, which the ``\S++`` that tokens were read with
# before counts as part of a word; read as a character no word list holds, they keep that.
# Audit: one class.
_UNIT_SEPARATORS = re.compile("[\x1c-\x1f]")
_UNIT_SEPARATORS_AS_NUL = MappingProxyType(dict.fromkeys(range(0x1C, 0x20), 0))
# What a token says for _common_words, as one letter: its word is capitalised (C), lower case
# (L) or neither (N), and the token ends in a lower-case letter or a comma (lower-case letter
# in the tag) or not.
_TOKEN_TAGS = MappingProxyType(
    {(True, False): "C", (True, True): "c", (False, False): "N", (False, True): "n"}
)
# A token ending in a lower-case letter or a comma, then a capitalised one. Audit: a class and
# a lookahead of one class: no repetition.
_CAPITAL_AFTER_LOWER = re.compile("[cnl](?=[Cc])")
_TOKEN_CACHE_LIMIT = 100_000  # tokens read remembered across documents before a restart
# token -> (tag, the word when it is written in lower case, else ""). News repeats its words,
# so each is read once, not at every use. The one table is replaced when full, never cleared,
# so that a thread still reading the old one finds every token it added there.
_token_cache: list[dict[str, tuple[str, str]]] = [{}]


def _skip_spaces(text: str, offset: int) -> int:
    """The first offset from ``offset`` that holds no white space."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def _word_of(token: str) -> str:
    return token.strip(_WORD_EDGES).replace("\u2019", "'")


def _read_token(token: str) -> tuple[str, str]:
    word = _word_of(token)
    after_lower = token[-1].islower() or token[-1] == ","
    if word.islower():
        return ("l" if after_lower else "L"), word
    return _TOKEN_TAGS[word[:1].isupper(), after_lower], ""


_FEW_WORDS = 64  # more words asked about are read off the whole text's tables


def _common_words(text: str, words: set[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Which of ``words`` the document writes in lower case, and which it capitalises after a
    lower-case word or a comma (so not only for opening a sentence).

    A few words are looked for in the text folded to lower case, and only the tokens found
    are read (``_found_forms``); many words, or a text that lower case lengthens, are looked
    up in the tables of the whole text (``_all_common_words``). Either way the work is linear.
    """
    if _UNIT_SEPARATORS.search(text):
        text = text.translate(_UNIT_SEPARATORS_AS_NUL)
    places = _folded_places(text, words) if len(words) <= _FEW_WORDS else None
    if places is None:
        lower, inside = _all_common_words(text)
        return lower & words, inside & words
    found = [(word, *_found_forms(text, word, places[word])) for word in words]
    return (
        frozenset(word for word, in_lower, _ in found if in_lower),
        frozenset(word for word, _, capitalised in found if capitalised),
    )


def _folded_places(text: str, words: set[str]) -> dict[str, list[int]] | None:
    """Where each of ``words`` stands in the text folded to lower case (one apostrophe, one
    sigma), folded a block at a time so that no copy of the whole text is held; None when lower
    case changes the length of a block."""
    searched = {word: word.replace("\u03c2", "\u03c3") for word in words}
    overlap = max(map(len, words), default=1) - 1  # a word across two blocks is found whole
    places: dict[str, list[int]] = {word: [] for word in words}
    for block in range(0, len(text), _TOKEN_BLOCK):
        written = text[block : block + _TOKEN_BLOCK + overlap]
        folded = written.lower().replace("\u2019", "'").replace("\u03c2", "\u03c3")
        if len(folded) != len(written):
            return None
        for word, form in searched.items():
            place = folded.find(form)
            while place != -1 and place < _TOKEN_BLOCK:
                places[word].append(block + place)
                place = folded.find(form, place + 1)
    return places


def _found_forms(text: str, word: str, places: list[int]) -> tuple[bool, bool]:
    """Whether ``word`` is a token's word (see ``_word_of``) written in lower case, and whether
    it is one capitalised after a token ending in a lower-case letter or a comma: the token at
    each place the folded text holds it is read as ``_all_common_words`` reads it."""
    in_lower = capitalised = False
    if word.split() != [word] or word != word.strip(_WORD_EDGES):
        return False, False  # a token's word holds no space and no edge mark at its ends
    for place in places:
        if in_lower and capitalised:
            break
        start, end = place, place + len(word)
        while start and text[start - 1] in _WORD_EDGES:
            start -= 1
        token_end = end
        while token_end < len(text) and text[token_end] in _WORD_EDGES:
            token_end += 1
        if (start and not text[start - 1].isspace()) or text[token_end : token_end + 1].strip():
            continue  # part of a longer token
        written = _word_of(text[start:token_end])
        if written.islower():
            in_lower = in_lower or written == word
            continue
        before = start
        while before and text[before - 1].isspace():
            before -= 1
        after_lower = before > 0 and (text[before - 1].islower() or text[before - 1] == ",")
        if after_lower and written[:1].isupper() and written.lower() == word:
            capitalised = True
    return in_lower, capitalised


def _all_common_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The document's words written in lower case, and its capitalised words written after a
    lower-case word or a comma, for a text without unit separators.

    The text is split a block at a time; each distinct token is read once (and remembered
    across documents), and a pattern over the tokens' tags finds the capitalised ones after a
    lower-case word, so the work per token is done in C.
    """
    lower: set[str] = set()
    inside: set[str] = set()
    previous = "."
    start = 0
    while start < len(text):
        space = _SPACE.search(text, start + _TOKEN_BLOCK)
        end = len(text) if space is None else space.start()
        tokens = [previous, *text[start:end].split()]
        readings = _token_cache[0]
        if len(readings) > _TOKEN_CACHE_LIMIT:
            readings = _token_cache[0] = {}
        for token in set(tokens).difference(readings):
            readings[token] = _read_token(token)
        read = list(map(readings.__getitem__, tokens))
        lower.update(map(operator.itemgetter(1), read))
        tags = "".join(map(operator.itemgetter(0), read))
        for match in _CAPITAL_AFTER_LOWER.finditer(tags):
            inside.add(_word_of(tokens[match.start() + 1]).lower())
        previous = tokens[-1]
        start = end
    lower.discard("")
    return frozenset(lower), frozenset(inside)


def _checked_word(mention_text: str, label: str) -> str | None:
    """The word by which a one-word name is checked for being an ordinary word (lower case,
    without a possessive ending); None for a name never checked."""
    if label in ("PERSON", "PRONOUN") or " " in mention_text:
        return None
    return mention_text.replace("\u2019", "'").lower()


def _is_common_word(word: str, common: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether a one-word name (its ``_checked_word``) is an ordinary word capitalised for
    opening a sentence (``Instead``, ``Early``, ``It's``): the document writes it in lower case
    elsewhere and never capitalises it inside a sentence. A contraction other than ``'s`` is
    never a name (``I'm``)."""
    if word.endswith(_CONTRACTIONS):
        return True
    lower, inside = common
    base = word.removesuffix("'s")
    return base in lower and base not in inside


@attrs.frozen
class _Found:
    """A speaker mention located next to a cue, before it is resolved."""

    start: int
    end: int


@attrs.frozen
class _Antecedent:
    """How a name reads as a pronoun's antecedent, whatever the pronoun (see
    ``_Resolver.antecedent``): read once per document, as each pronoun walks back over the
    same names."""

    subject_start: int  # where the name starts with the honorific before it
    excluded: bool  # a byline's, a work's title or a name modifying a noun after "the"
    start: int  # where the candidate starts: with its honorific where it opens its sentence
    mention_text: str
    name: str  # the fullest form of the name
    person: bool  # a person whatever the speakers met so far (see ``antecedent``)


# Honours that stand before the given name, never the surname alone: "Sir Alastair" is Sir
# Alastair Boyce, whether or not the given names list knows "Alastair".
_GIVEN_NAME_RANKS = frozenset(("sir", "dame"))
# An indefinite description that a relative clause restricts ("A driver who stopped to
# help"). Audit: a fixed determiner, a lazy repetition of at most three possessive word runs
# (three tries), a fixed relative.
_RESTRICTED_HEAD = regex.compile(r"(?i:an?|one)[ ](?:[\p{L}\-]++[ ]){1,3}?(?:who|that|whose)\b")
# What an introduction says just before naming whom the interview is with.
_INTERVIEW_WITH = ("interview with ", "conversation with ")
# The words that introduce an interviewer ("our business editor", "sports writer").
_JOURNALIST_WORDS = frozenset(
    "editor reporter correspondent writer columnist journalist interviewer presenter".split()
)
_JOURNALIST_REACH = 48  # characters read around a name for them
_INTERVIEW_REACH = max(map(len, _INTERVIEW_WITH))
# Marks that open a quotation: a mixed candidate starting with one is a quoted fragment.
_OPENING_MARKS = frozenset("\"'\u201c\u2018\u00ab\u201e\u2039\u300c")
# Marks inside a name's word, left out when its letters are checked ("Al-Hassan", "O'Brien").
_NAME_MARKS = MappingProxyType(str.maketrans("", "", "-.'\u2019"))
_NAME_LABELS = frozenset(("PERSON", "NAME"))  # the labels of a person's or an unknown name
_BODY_LABELS = frozenset(("ORG", "NAME"))  # the labels of a body's or an unknown name
# What may open a report before its subject: quote marks and "that". Audit: a possessive class
# run, then an optional fixed word and space; matched at one position.
_REPORT_LEAD = regex.compile(r"[\"'\u201c\u2018]*+(?:that[ ])?+")


# Words before a capitalised run that make it a place ("in Hartford", "the Bronx", "on Elm").
_BEFORE_A_PLACE_NAME = PLACE_PREPOSITIONS | frozenset(("the", "on"))


class _Resolver:
    """Resolves mentions to entities over one document: pronouns, short names, entity ids."""

    def __init__(self, document: Document, lexicon: Lexicon) -> None:
        self.text = document.text
        self.lexicon = lexicon
        quoted = [
            (c.start, c.end)
            for c in document.candidates
            if c.kind is QuoteKind.DIRECT or self.text[c.start] in _OPENING_MARKS
        ]
        self.quoted_starts = [start for start, _ in quoted]
        self.quoted = quoted
        self.contents = sorted((c.start, c.end) for c in document.candidates)
        # the ends of reports whose cue follows close by ("We believe the city must act, the
        # union said"), whose "we" is their source's, not the writer's (but not "..., we wrote")
        self.sourced_after = frozenset(
            c.end
            for c in document.candidates
            if c.cue_start is not None
            and 0 <= c.cue_start - c.end <= _SOURCE_AFTER_REPORT
            and _WRITERS_SELF.isdisjoint(self.text[c.end : c.cue_start].lower().split())
        )
        mentions = document.analysis.mentions
        # mentions are told apart by their place in the list: hashing a frozen record costs
        # more than the check itself
        checked = {
            index: word
            for index, mention in enumerate(mentions)
            if (word := _checked_word(self.text[mention.start : mention.end], mention.label))
        }
        bases = {word.removesuffix("'s") for word in checked.values()}
        # a word the text never writes as asked about is never written in lower case there, so
        # it is no ordinary word and is not looked for (one with an apostrophe may be written
        # with a curly one); each such search reads the whole text, so only a few words are
        # searched for, and many go straight to the tables of the text, linear either way
        if len(bases) <= _FEW_WORDS:
            bases = {base for base in bases if "'" in base or base in self.text}
        common = _common_words(self.text, bases)
        ordinary = {index for index, word in checked.items() if _is_common_word(word, common)}
        self.common_word_starts = frozenset(mentions[index].start for index in ordinary)
        self.mentions = [
            mention
            for index, mention in enumerate(mentions)
            if index not in ordinary and not self.in_quote(mention.start)
        ]
        # "Mr. Park", "Ms. Church": surnames the text gives a person by an honorific or a short
        # title; a name ending in one of them is a person's, though a place's word ends it
        titled = {
            _surname(words)
            for mention in self.mentions
            if mention.label == "PERSON" and (words := self.titled_name(mention))
        }
        self.mentions = [
            attrs.evolve(mention, label="PERSON")
            if titled and self.named_like_a_place(mention, titled)
            else mention
            for mention in self.mentions
        ]
        self.people: list[EntityMention] = [
            mention for mention in self.mentions if mention.label in _NAME_LABELS
        ]  # self.mentions holds none inside a quote
        self.people_starts = [mention.start for mention in self.people]
        self.analysis = document.analysis
        # the rules backend links no mentions: then no quote asks for a coreference index
        self.clustered = any(mention.cluster is not None for mention in document.analysis.mentions)
        self.sentence_starts = [sentence.start for sentence in document.analysis.sentences]
        # a sentence opens where it starts, and after a dateline ("OSLO — Varn Labs unveiled")
        self.sentence_openings = frozenset(self.sentence_starts) | frozenset(
            _skip_spaces(self.text, past_dateline(self.text, start))
            for start in self.sentence_starts
        )
        self.paragraph_starts = [paragraph.start for paragraph in document.analysis.paragraphs]
        self.mention_starts = [mention.start for mention in self.mentions]
        # surname -> (offset, full name, its number of words) of each person named in full
        self.full_names: dict[str, list[tuple[int, str, int]]] = {}
        # the same by given name, for a person called by it alone ("Poppy said")
        self.given_forms: dict[str, list[tuple[int, str, int]]] = {}
        # where a one-word name is met, by the name: "Reyes said"
        self.short_named: dict[str, list[int]] = {}
        # surname -> the principal's name and where it is named (see ``principal``)
        self.principals: dict[str, tuple[str, list[int], int]] = {}
        # where a relative is named in full after a kin noun ("His son, Tobias Vesey")
        self.kin_named = frozenset(
            mention.start for mention in self.people if self.named_as_kin(mention)
        )
        for mention in self.people:
            mention_text = self.text[mention.start : mention.end]
            name = person_name(mention_text, lexicon)
            words = name.split()
            if len(words) == 1 and word_ending_at(self.text, mention.start - 1).lower() != "the":
                # (not "The Reyes family": a family's or a campaign's name, no person's)
                self.short_named.setdefault(name.lower(), []).append(mention.start)
            if words and words[0].endswith("ing") and words[0].lower() not in lexicon.given_names:
                continue  # "Following Reyes' lead, ...": a participle opens the sentence
            if (
                self.text[mention.start - 1 : mention.start] in _OPENING_MARKS
                and words
                and words[0].lower() not in lexicon.given_names
            ):
                # 'a shirt that read "Traitor Reyes,"', '"Crooked Dana"': an epithet in quote
                # marks that quote nobody, no full form of the person's name
                continue
            if len(words) >= 2 and (mention.label == "PERSON" or looks_like_person(words, lexicon)):
                form = (mention.start, name, len(words))
                self.full_names.setdefault(_surname(words), []).append(form)
                if _surname_first(words, lexicon):
                    self.full_names.setdefault(words[0].lower(), []).append(form)
                elif (
                    words[0].lower() in lexicon.given_names
                    or mention_text.split(maxsplit=1)[0].lower() in _GIVEN_NAME_RANKS
                ) and looks_like_person(words, lexicon):
                    self.given_forms.setdefault(words[0].lower(), []).append(form)
        self.genders: dict[str, str] = {}
        self.antecedents: dict[int, _Antecedent] = {}  # by the index in self.people
        self.entities: dict[str, int] = {}
        self.speaker_mentions: list[tuple[int, str, SpeakerKind]] = []
        # the speakers that are a body described with "the" and a common noun's words ("the
        # county health department"), by that noun, in the order they were met (see
        # body_described), and how far other_body_between has read after each: a later "the
        # department" looks only among them and reads on from there, so a document of many
        # such cues is read once, not once per cue
        self.described_bodies: dict[str, list[tuple[int, str]]] = {}
        self.body_scans: dict[tuple[str, int, str], tuple[int, int, str | None, str]] = {}
        # the people that spoke, by the index of the sentence of their mention, in the order
        # they were met (see doer_of)
        self.people_by_sentence: dict[int, list[tuple[int, str]]] = {}

    def named_as_kin(self, mention: EntityMention) -> bool:
        """Whether a person is named right after an owner's kin noun (``His son, Tobias
        Vesey``, ``Vane's wife Clara Vane``)."""
        before = self.text[max(0, mention.start - _ROLE_WINDOW) : mention.start].split()[-2:]
        return len(before) == 2 and _owned_kin(before[0], before[1].rstrip(","))

    def kin_subject(self, offset: int, gender: str) -> str | None:
        """The owner and kin noun that open the sentence before the one a pronoun at ``offset``
        is the subject of, when the kin noun has the pronoun's gender: ``Nadia Hadley's mother
        heard the record first. She said``, and in an answer ``A: My mother. She said``: the
        mother, the subject before, not her owner; the kin's name where the text gives it
        (``Vane's wife``: Clara Vane)."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index < 1 or not self.opens_with_subject(self.sentence_starts[index], offset):
            return None
        start = self.sentence_starts[index - 1]
        if self.in_answer(start) and self.text.startswith(INTERVIEW_ANSWER + ":", start):
            start = _skip_spaces(self.text, start + len(INTERVIEW_ANSWER + ":"))
        words = self.text[start : self.sentence_starts[index]].split()[: _KIN_OWNER_WORDS + 2]
        kin = next((at for at, word in enumerate(words) if word.rstrip(".,;:") in _KIN_NOUNS), 0)
        following = words[kin + 1 : kin + 2]
        if not (
            0 < kin <= _KIN_OWNER_WORDS
            and _owned_kin(words[kin - 1], words[kin].rstrip("."))
            and all(word[:1].isupper() for word in words[: kin - 1])
            and _KIN_GENDERS[words[kin].rstrip(".")] == gender
            # (not "Her mother, Ruth Hadley," nor "Vane's wife Clara": a name of her own)
            and not (following and following[0][:1].isupper())
        ):
            return None
        owner = " ".join(words[:kin])
        for ending in OWNER_ENDINGS:
            owner = owner.removesuffix(ending)
        owner_gender = _OWNER_GENDERS.get(owner.lower()) or self.gender_of(
            self.full_name(owner, start), owner
        )
        if owner_gender in (gender, "u"):
            # "Ana Ruiz's mother died in 2011. She said": the owner, who has the pronoun's
            # gender, goes on as the story's subject; only an owner of the other gender (or the
            # interviewee's "My mother") leaves the pronoun to the kin
            return None
        phrase = " ".join([*words[:kin], words[kin].rstrip(".")])
        return self.described_person(phrase, start) or phrase

    def opens_with_subject(self, sentence_start: int, offset: int) -> bool:
        """Whether the pronoun at ``offset`` is the subject its sentence opens with, or the
        one after a quotation that opens it (``She said``, ``"...," she said``)."""
        before = self.text[sentence_start:offset].strip()
        quoted = bisect.bisect_right(self.quoted_starts, offset) - 1
        return not before or (
            quoted >= 0
            and self.quoted[quoted][0] <= _skip_spaces(self.text, sentence_start)
            and not self.text[self.quoted[quoted][1] : offset].strip(" ,")
        )

    def titled_name(self, mention: EntityMention) -> list[str]:
        """The words of a mention that is a surname after honorifics or short titles, the one
        before it included (``Mr. Park``, ``Sen. Court``); none for any other."""
        words = name_words(self.text[mention.start : mention.end])
        if len(words) == 1 and mention.start > 0:
            words = [word_ending_at(self.text, mention.start - 1), *words]
        titled = len(words) > 1 and all(short_title(word, self.lexicon) for word in words[:-1])
        return words if titled else []

    def named_like_a_place(self, mention: EntityMention, titled: set[str]) -> bool:
        """Whether a body's or a place's name is a person's full name (``Jae-won Park``, ``Jane
        Church``): the text gives its last word an honorific or a short title elsewhere, the
        words before it read as given names, no article or preposition of a place comes before
        it (``in Lincoln Park``, ``the Grace Church``), and an age, a relative ``who`` or a
        title after it says it is someone (``Jae-won Park, a portfolio manager``; not ``Lincoln
        Park, the city's oldest park``), or a cue after a known given name (``Jane Church
        said``; not ``Wall Street said``)."""
        text = self.text
        words = name_words(text[mention.start : mention.end])
        before = text[max(0, mention.start - _CUE_WORD_REACH) : mention.start].split()[-1:]
        if not (
            mention.label == "ORG"
            and 2 <= len(words) <= 3
            and _surname(words) in titled
            and looks_like_person(words[:-1], self.lexicon, fewest=1)
            and not (before and before[0].lower() in _BEFORE_A_PLACE_NAME)
        ):
            return False
        after = text[mention.end : mention.end + _ROLE_WINDOW]
        following = after.split()[:1]
        if following and following[0].lower() in self.lexicon.cues:
            return words[0].lower() in self.lexicon.given_names
        appositive = after.removeprefix(", ").split(",")[0] if after.startswith(", ") else ""
        return bool(appositive) and (
            appositive.isdigit()
            or appositive.startswith("who ")
            or _head_word(appositive, self.lexicon).lower() in self.lexicon.titles
        )

    def in_quote(self, offset: int) -> bool:
        index = bisect.bisect_right(self.quoted_starts, offset) - 1
        return index >= 0 and self.quoted[index][0] < offset < self.quoted[index][1]

    def entity(self, name: str) -> int:
        key = name.casefold()
        if key not in self.entities:
            self.entities[key] = len(self.entities) + 1
        return self.entities[key]

    def full_name(self, name: str, offset: int, gender: str | None = None) -> str:
        """The fullest form of a short name: the latest earlier one, else the first later one;
        of the ``gender`` an honorific gives, when it gives one, known to be so before any of
        unknown gender (``Mr. Hale`` is not ``Ivana Hale``)."""
        words = name.split()
        if not words:
            return name
        if (
            len(words) > 1
            and words[-2].endswith(OWNER_ENDINGS)
            and words[-2][:-2].lower() not in CONTRACTED  # "Here's Vance in 1992:"
            and words[-1][:1].isupper()
        ):
            # "Miroslav Tench ... The Ostrava command's Tench said", "Harbour Capital's Ortiz":
            # the owner says whom the person works for, and the surname after it is the
            # person's, by its fullest form (not "Moody's Analytics": nobody named so in full)
            fuller = self.full_name(words[-1], offset, gender)
            if fuller != words[-1]:
                return fuller
        forms = self.full_names.get(_surname(words), [])
        if not forms and len(words) == 1 and not self.place_word(words[0]):
            # "Eight-year-old Poppy Arkwright made a poster. ... Poppy said": a given name,
            # when it names one person only ("Mark Ellis ... Mark Dolan ... Mark said": nobody)
            forms = self.given_forms.get(words[0].lower(), [])
            index = bisect.bisect_left(forms, (offset, ""))
            nearby = forms[max(0, index - _FULL_NAME_REACH) : index + 1]
            if len({form for _, form, _ in nearby}) > 1:
                return name
        index = bisect.bisect_left(forms, (offset, ""))
        lowered = name.lower()
        given = words[0].lower() if words[0].lower() not in self.lexicon.honorifics else ""
        unknown_gender: str | None = None
        nearby = [
            *reversed(forms[max(0, index - _FULL_NAME_REACH) : index]),
            *forms[index : index + _FULL_NAME_REACH],
        ]
        # "Harlan Vesey ... His son, Tobias Vesey, said ... Mr Vesey said": a relative named
        # after a kin noun keeps the full name, and the short one is the principal's (but not
        # in the relative's own paragraph: "His son, Tobias Vesey, said ... '...,' Vesey said");
        # so is anyone named in full after the principal, past the paragraph after the name,
        # when the principal was named by the surname alone before the name ("Ana Reyes ...
        # Reyes ... her brother-in-law Tomas Reyes") or the text came back to the principal
        # ("State Sen. Marisol Reyes ... Tomas Reyes said his wife ... [a paragraph on her
        # first term] Reyes said"): news names the others in full each time and the principal
        # by the surname alone; but a namesake the story turns to keeps the surname ("Coach
        # Mark Tallis was fired. ... Linda Tallis ... She starts next week. ... Tallis said":
        # hers; "Martin Lane ... Victor Lane, a former governor, ... the former governor told the
        # crowd ... Mr. Lane also said": Victor Lane)
        paragraph = bisect.bisect_right(self.paragraph_starts, offset)
        principal, named_at, first_short = self.principal(_surname(words))
        if gender is not None and principal and self.given_gender(principal) != gender:
            # "Tomas Reyes ... Mrs. Reyes": an honorific of the other gender names someone
            # else, whom the latest full form of her gender tells
            named_at = []

        def passed_over(form: tuple[int, str, int]) -> bool:
            away = paragraph - bisect.bisect_right(self.paragraph_starts, form[0])
            if form[0] in self.kin_named:
                return away > 0
            before = bisect.bisect_right(named_at, form[0]) - 1
            # (the principal named a few paragraphs before: not a live page's earlier item,
            # "Ana Reyes toured the fair ... [items later] Jo Reyes says")
            return (
                away > 1
                and form[1] != principal
                and before >= 0
                and form[0] - named_at[before] <= _MAX_ANTECEDENT_DISTANCE
                and (first_short < form[0] or self.back_to(principal, form, paragraph))
            )

        nearby.sort(key=passed_over)
        for _, form, size in nearby:
            # "Jeb Lund" is no "George W. Lund": a given name must agree, unless the short
            # form is the full one's end ("Moreno Vidal", "de Vaux")
            if size > len(words) and (
                len(words) == 1
                or form.lower().startswith(given)
                or form.lower().endswith(" " + lowered)
            ):
                if gender is None:
                    return form
                form_gender = self.given_gender(form)
                if form_gender == gender:
                    return form
                if form_gender == "u":
                    unknown_gender = unknown_gender or form
        return unknown_gender or name

    def back_to(self, principal: str, form: tuple[int, str, int], paragraph: int) -> bool:
        """Whether the paragraphs between the one after a full form's and ``paragraph`` speak
        of the principal, of the other gender than the form's: a pronoun of the principal's
        gender and none of the form's (``Tomas Reyes said ... The senator has not softened
        since her first term ... Reyes said``: her; ``Linda Tallis ... She starts next week
        ... Tallis said``: Linda Tallis still, as with no pronoun or one gender for both)."""
        genders = [self.given_gender(principal), self.given_gender(form[1])]
        if len(set(genders) - {"u"}) < 2:
            return False
        start = self.paragraph_starts[
            min(bisect.bisect_right(self.paragraph_starts, form[0]), paragraph - 1)
        ]
        end = self.paragraph_starts[paragraph - 1]
        found = {
            pronoun.group().lower()
            for pronoun in _GENDERED_PRONOUN.finditer(
                self.text, max(start, end - _MAX_ANTECEDENT_DISTANCE), end
            )
        }
        return not found.isdisjoint(GENDERED_PRONOUN_FORMS[genders[0]]) and found.isdisjoint(
            GENDERED_PRONOUN_FORMS[genders[1]]
        )

    def principal(self, surname: str) -> tuple[str, list[int], int]:
        """The principal among the people named in full with a surname, where the text names
        the principal, in full or by the surname alone, and where first by the surname alone
        (not in a headline: "Kim wins seat"; the text's length if nowhere): the first named
        with a given name that is no modal, not in a headline nor as someone's kin (not "Will
        Reyes" of "Will Reyes run again?", nor "her son, Daniel Reyes"); read once per
        surname."""
        found = self.principals.get(surname)
        if found is None:
            forms = [
                (start, form)
                for start, form, _ in self.full_names.get(surname, [])
                if not self.in_headline(start)
            ]
            name = next(
                (
                    form
                    for start, form in forms
                    if (given := form.split()[0].lower()) in self.lexicon.given_names
                    and given not in MODALS
                    and start not in self.kin_named
                ),
                "",
            )
            short_at = [
                start
                for start in (self.short_named.get(surname, []) if name else [])
                if not self.in_headline(start)
            ]
            named_at = sorted([*(start for start, form in forms if form == name), *short_at])
            found = self.principals[surname] = (
                name,
                named_at,
                min(short_at, default=len(self.text)),
            )
        return found

    def place_word(self, word: str) -> bool:
        """Whether a word names a state or a nation too (``Virginia``, ``Georgia``)."""
        lowered = word.lower()
        return lowered in self.lexicon.us_states or lowered in self.lexicon.nationalities

    def named(self, mention: EntityMention, gender: str | None = None) -> str:
        """The fullest name of the person a name mention stands for (see ``full_name``)."""
        name = person_name(self.text[mention.start : mention.end], self.lexicon)
        return self.full_name(name, mention.start, gender)

    def with_honorific(self, mention: EntityMention) -> str:
        """A mention's text with the honorific before it, which the name finder leaves out of
        the name (``Mr Dunmore``)."""
        words = self.text[max(0, mention.start - _HONORIFIC_REACH) : mention.start].split()
        before = words[-1] if words and self.text[mention.start - 1 : mention.start] == " " else ""
        if before.lower() in self.lexicon.honorifics:
            return self.text[mention.start - len(before) - 1 : mention.end]
        return self.text[mention.start : mention.end]

    def gender_of(self, name: str, mention_text: str) -> str:
        known = self.genders.get(name.casefold())
        if known:
            return known
        honorific = honorific_gender(mention_text, self.lexicon)
        if honorific:
            return honorific
        return self.given_gender(name)

    def given_gender(self, name: str) -> str:
        """The gender a name's given name tells (``u`` for none); a one-word name that stands
        after a title somewhere in the text is a surname, whatever given name it also is
        (``Police Chief Adebayo ... she said``)."""
        words = name.split()
        if not words or (len(words) == 1 and name in self.names_after_titles):
            return "u"
        return self.lexicon.given_names.get(words[0].lower(), "u")

    @functools.cached_property
    def names_after_titles(self) -> frozenset[str]:
        """The last words of the people's mentions of several words, and the one-word
        mentions read as titled: where a one-word name may be a surname (read once per
        document, not once per name asked about)."""
        last_words = set()
        for mention in self.people:
            # (the mention's words before the name are its title: "Police Chief Adebayo")
            written = self.text[mention.start : mention.end]
            if " " in written:
                last_words.add(written.rpartition(" ")[2])
            elif self.titled_name(mention):
                last_words.add(written)
        return frozenset(last_words)

    def as_antecedent(self, mention: EntityMention) -> _Antecedent:
        """How a name reads as a pronoun's antecedent, apart from the pronoun and from the
        speakers met so far (see ``antecedent``)."""
        mention_text = self.with_honorific(mention)
        subject_start = start = mention.end - len(mention_text)
        # "By Miriam Holloway": the writer, "I" in a column, never "she"; "the Loose Ends
        # podcast": a show's title, no person; "The Ashgate Harriers manager": a name between
        # "the" and its noun is a body's or a place's
        excluded = self.in_byline(mention.start) or (
            mention.label != "PERSON"
            and (
                (noun := self.noun_after(mention)) in read_words("titled_works.tsv")
                or self.named_after_the(mention, noun)
            )
        )
        if not self.opens_sentence(start):
            # the honorific counts for a sentence's subject ("Mr Dunmore tried again."),
            # not for one named in passing ("having Mr. Varga show him respect")
            start, mention_text = mention.start, self.text[mention.start : mention.end]
        honorific = honorific_gender(mention_text, self.lexicon)
        name = self.named(mention, honorific)
        person = (
            mention.label == "PERSON"
            or honorific is not None
            or (
                mention.label == "NAME"
                and looks_like_person(name_words(mention_text), self.lexicon)
            )
            # "My neighbour Harold has a theory": a given name alone, a verb's subject
            or (mention.label == "NAME" and self.given_name_subject(mention))
            # "Finnegan, 51, took charge", "Now seventy-two, Reed is finishing": a surname
            # opening its sentence, past an opening adverbial, whose full form reads as a
            # person's name
            or (
                mention.label == "NAME"
                and self.opens_sentence(mention.start)
                and looks_like_person(name.split(), self.lexicon)
            )
        )
        return _Antecedent(subject_start, excluded, start, mention_text, name, person)

    def antecedent(self, offset: int, gender: str) -> tuple[str, str] | None:
        """The nearest earlier person outside quotes whose gender fits: (name, mention text).

        People named in the text and earlier speakers (a pronoun's speaker counts at the
        pronoun) are both candidates, nearest first; a kin noun and its owner that the sentence
        before opens with come before them all (see ``kin_subject``).
        """
        kin = self.kin_subject(offset, gender) if gender in ("m", "f") else None
        if kin is not None:
            return kin, kin
        candidates: list[tuple[int, str, str]] = []
        labelled_people: set[int] = set()  # where candidates the name finder calls people start
        index = bisect.bisect_left(self.people_starts, offset) - 1
        while (
            index >= 0
            and offset - self.people[index].start <= _MAX_ANTECEDENT_DISTANCE
            and len(candidates) < _ANTECEDENT_CANDIDATES
        ):
            mention = self.people[index]
            reading = self.antecedents.get(index)
            if reading is None:
                reading = self.antecedents[index] = self.as_antecedent(mention)
            index -= 1
            if (
                mention.label == "PERSON"
                and self.reported_before(reading.subject_start, offset)
                and not self.heads_a_clause(reading.subject_start)
            ):
                # "The raid that killed Omar Rashid was a turning point, he said": a person
                # named in passing in the pronoun's own report (but "Though Ms. Roe had
                # resigned, she was not consulted, she said": her own report); a run read as a
                # name only ("Washington Heights") is no person to rule out
                continue
            if reading.excluded:
                continue
            if reading.person or reading.name.casefold() in self.genders:
                candidates.append((reading.start, reading.name, reading.mention_text))
                if mention.label == "PERSON":
                    labelled_people.add(reading.start)
        named_starts = {start for start, _, _ in candidates}
        if gender in ("m", "f"):
            candidates.extend(self.described_subjects(offset))
        named = {name for _, name, _ in candidates}
        for start, name, kind in self.speakers_before(offset):
            if name.lower() in PRONOUNS:
                continue
            if kind is SpeakerKind.PERSON:
                candidates.append((start, name, name))
            elif (
                kind is SpeakerKind.UNKNOWN
                and gender in ("m", "f")
                and self.name_spoke(start, name)
            ):
                # "Reyes said the plan would fail. '...,' she told the council": a bare
                # surname that spoke is a person when a pronoun of a person takes it up
                full = self.full_name(name, start)
                named.add(full)
                candidates.append((start, full, full))
        reported = self.reported_subject(offset)
        candidates = [
            candidate
            for candidate in candidates
            if candidate[1] != reported and not self.asks_the_subject(candidate[0], offset)
        ]
        role = self.role_spoke_last(offset, gender) if gender in ("m", "f") else None
        if role is not None and self.asks_the_subject(role[0], offset):
            role = None  # "Asked about the closure by a reporter, he said": who answers
        role_end = role[0] + len(role[1]) + len("an ") if role is not None else 0
        if role is not None and all(
            start < role_end
            # (nor a name after "the" that no name finder calls a person's: "One witness told
            # the Ashcombe Courier", the outlet the role spoke to)
            or (
                start not in labelled_people
                and word_ending_at(self.text, start - 1).lower() == "the"
            )
            for start, _, _ in candidates
        ):  # (a name inside the role's own mention, "for Hartfield Homes", is no rival)
            # "A spokesman for Hartfield Homes said ... '...,' he said": the unnamed speaker
            # just before, not a person named earlier
            return role[1], role[1]
        if not candidates:
            # "The archbishop has spoken often about poverty. He described ...": with nobody
            # named before, a role that spoke is whom the pronoun takes up
            if gender not in ("m", "f"):
                return None
            role = self.role_spoke_last(offset, gender, definite=True)
            if role is not None:
                return role[1], role[1]
            # "I put this to a former councillor. She laughed.": a role brought in unnamed
            unnamed = self.role_named_before(offset, gender)
            return None if unnamed is None else (unnamed, unnamed)
        candidates.sort(key=lambda candidate: -candidate[0])
        if gender == "u":
            return candidates[0][1], candidates[0][2]
        nearest_start, nearest, nearest_mention = candidates[0]
        last = self.last_speaker(offset)
        own = self.own_sentence_subject(offset, candidates, gender, named_starts, last)
        if own is not None:
            # "Hartley has spent months courting Whitlock's donors, though he has insisted
            # ...": the subject of the pronoun's own sentence, not a nearer owner (nor one
            # named only in passing; the object who spoke last goes on, as read below)
            return own
        if (
            nearest in named
            and (
                nearest == last
                # (past an opening adverbial only a name known to be a person's, before anyone
                # spoke: "On Wednesday, Dana Mercado sat on a cot. '...,' she said", but "In
                # the second half, Kelton Rovers scored twice. '...,' he said" goes on with the
                # last speaker, as "In that sense, Sandy Hook was ..." does)
                or (
                    self.subject_just_before(
                        nearest_start,
                        offset,
                        opener=nearest_start in labelled_people
                        and last is None
                        # (nor when the name's own sentence gives it the other gender: "On
                        # Wednesday, Casey Lund and her two children arrived. '...,' he said")
                        and _OTHER_GENDER_PRONOUNS.get(gender, frozenset()).isdisjoint(
                            self.text[nearest_start : self.sentence_end(nearest_start)]
                            .lower()
                            .split()
                        ),
                    )
                    and self.plain_name(nearest)
                )
            )
            and self.gender_of(nearest, nearest_mention) == "u"
        ):
            # "Mairead Collins called it a betrayal. '...,' she said": the person who spoke
            # just before goes on, whatever the gender of a person named before her; so does
            # the subject of the sentence before ("Fairclough was lost for words. '...,' he said")
            return nearest, nearest_mention
        # the subject of this sentence or the one before, if of the pronoun's gender ("Scott
        # Dunmore, a shopkeeper, gave $250. '...,' he said"); else the person who spoke last
        # goes on before a nearer one only named ("Mr. Dorrance described the meeting with Mr.
        # Varga. '...,' he recalled")
        if (
            self.subject_just_before(nearest_start, offset)
            or self.text[self.sentence_start(offset) : nearest_start].strip() in _TOPIC_LEADS
        ) and self.gender_of(nearest, nearest_mention) == gender:
            # ("As for Hale, he said": the topic the sentence opens with is its subject)
            return nearest, nearest_mention
        # the speaker goes on only while named beside the nearer person ("Mr. Dorrance
        # described the meeting with Mr. Varga"), not past a sentence that only names another
        # ("Reporters met Eileen Quist at the gate. She said ...")
        nearest_sentence = self.sentence_start(nearest_start)
        if (
            self.gender_of(nearest, nearest_mention) != gender
            # "People like Scott, he said": a person named in the pronoun's own sentence
            or nearest_sentence == self.sentence_start(offset)
            or not self.only_person_of_its_sentence(nearest_start, nearest_sentence, candidates)
            or any(name == last and start >= nearest_sentence for start, name, _ in candidates)
        ):
            first_fitting: int | None = None
            for start, name, mention_text in candidates[:_GENDER_LOOKAHEAD]:
                fits = self.gender_of(name, mention_text) == gender
                if name == last and self.plain_name(name) and fits:
                    return name, mention_text
                if (
                    fits
                    and start in self.sentence_openings
                    and self.heads_subject(start)
                    and (
                        first_fitting is None
                        or self.sentence_start(first_fitting) == self.sentence_start(start)
                    )
                ):
                    # "Rosalind Achebe spoke after Grayline Freight was sold. '...,' she
                    # said", "Owen Hartley is drawing contrasts with Dale Morrow. He said": the
                    # subject of the sentence before, not the speaker before that sentence
                    return name, mention_text
                if fits and first_fitting is None:
                    first_fitting = start
        # a near person known to be of the pronoun's gender beats a nearer unknown one; the
        # genders are read only as far as the answer needs
        for _, name, mention_text in candidates[:_GENDER_LOOKAHEAD]:
            if self.gender_of(name, mention_text) == gender:
                return name, mention_text
        for _, name, mention_text in candidates[:_GENDER_LOOKAHEAD]:
            if name == last and self.plain_name(name) and self.gender_of(name, mention_text) == "u":
                # "Kaspar Lind, a fellow at Acme Studies, said ... '...,' he said": the speaker
                # goes on, before a nearer name of unknown gender
                return name, mention_text
        fitting = [
            (start, name, mention_text)
            for start, name, mention_text in candidates
            if self.gender_of(name, mention_text) in (gender, "u")
        ]
        if not fitting:
            return None
        start, name, mention_text = fitting[0]
        sentence_start = self.sentence_start(start)
        for other_start, other, other_mention in fitting[1:]:
            if other_start < sentence_start:
                break
            if self.opens_sentence(other_start) and self.plain_name(other):
                # "Pia Mendez visited Dorrow Hill. She said": the sentence's subject, not a
                # name after its verb
                return other, other_mention
        return name, mention_text

    def asks_the_subject(self, start: int, offset: int) -> bool:
        """Whether someone named at ``start`` is the asker of a participle opening the
        sentence whose subject is the pronoun at ``offset`` (``Asked about it years later by
        the Dunmere Courier, he said``): who asked, not who answers."""
        sentence = self.sentence_start(offset)
        opening = self.text[sentence : sentence + _CUE_WORD_REACH].split(maxsplit=1)
        comma = self.text.find(",", start, offset)
        return (
            self.sentence_start(start) == sentence
            and bool(opening)
            and opening[0].lower().endswith("ed")
            and _ASKER_BEFORE.search(self.text, max(sentence, start - _CUE_WORD_REACH), start)
            is not None
            and comma != -1
            and not self.text[comma + 1 : offset].strip()
        )

    def described_subjects(self, offset: int) -> list[tuple[int, str, str]]:
        """The people the sentence of ``offset`` and the one before are about when a role
        description opens them and names no one (``Senator Owen Harlow spoke. ... The senator
        has stretched the figures before. Last year he said``): (start, name, name) for each
        description that stands for a person named elsewhere."""
        found = []
        sentence = bisect.bisect_right(self.sentence_starts, offset) - 1
        for start in self.sentence_starts[max(sentence - 1, 0) : sentence + 1]:
            phrase = _leading_noun_phrase(self.text, start, offset, self.lexicon)
            if phrase is None or phrase.start >= offset or self.in_content(phrase.start):
                continue  # ("The governor has ignored his calls, he said": what he said)
            words = self.text[phrase.start : phrase.end].lower().split()
            if words[0] not in _DESCRIPTOR_DETERMINERS:
                continue  # "A senator", "This plan": no one named before
            name = self.described_person(self.text[phrase.start : phrase.end], phrase.start)
            if name is not None and name[:1].isupper():  # (not "the teacher": no one named)
                found.append((phrase.start, name, name))
        return found

    def reported_subject(self, offset: int) -> str | None:
        """The person a report after a pronoun at ``offset`` in its sentence opens with, as its
        subject: whom the pronoun cannot stand for (``Maren Oduya met Helena Marsk. She says
        Marsk "sees ..."``: she is not Marsk; ``He points to Hale's record``: not Hale, more
        often than not); not a name that modifies a noun (``Marsk supporters``)."""
        index = bisect.bisect_right(self.contents, (offset, len(self.text)))
        if index == len(self.contents):
            return None
        content_start, content_end = self.contents[index]
        subject = _skip_spaces(self.text, content_start)
        subject += len(_REPORT_LEAD.match(self.text, subject, content_end).group())
        if self.sentence_start(subject) != self.sentence_start(offset):
            return None
        found = bisect.bisect_left(self.mention_starts, subject)
        if found == len(self.mentions) or self.mentions[found].start != subject:
            return None
        mention = self.mentions[found]
        following = _WORD_AFTER.match(self.text, mention.end)
        if (
            mention.label not in _NAME_LABELS
            # "Marsk supporters would not give up": a name that modifies a noun
            or (
                following is not None
                and not self.text[mention.start : mention.end].endswith(OWNER_ENDINGS)
                and _modifies_a_noun(following.group(1), self.lexicon)
            )
        ):
            return None
        return self.named(mention)

    def given_name_subject(self, mention: EntityMention) -> bool:
        """Whether a name is a given name of known gender alone, brought in by an owner and a
        noun and before a verb it is the subject of (``My neighbour Harold has``): a person
        the writer knows by it, not a public figure called by a first name (``Mara has``)."""
        name = self.text[mention.start : mention.end].lower()
        before = self.text[max(0, mention.start - _ROLE_WINDOW) : mention.start].split()[-2:]
        following = _WORD_AFTER.match(self.text, mention.end)
        return (
            self.lexicon.given_names.get(name) in ("m", "f")
            and len(before) == 2
            and before[0].lower() in _PERSONAL_OWNERS
            and before[1].isalpha()
            and before[1].islower()
            and following is not None
            and _relative_verb(following.group(1), self.lexicon)
        )

    def in_byline(self, start: int) -> bool:
        """Whether a name at ``start`` is a byline's (``By Miriam Holloway``)."""
        index = bisect.bisect_right(self.paragraph_starts, start) - 1
        paragraph = self.paragraph_starts[index] if index >= 0 else 0
        # (only a short stretch is read: a long paragraph's later names are no byline's)
        return (
            start - paragraph <= _BYLINE_REACH
            and self.text[paragraph:start].strip().lower() == "by"
        )

    def noun_after(self, mention: EntityMention) -> str:
        """The word right after a name (``podcast`` of ``the Loose Ends podcast``, which
        ``titled_works.tsv`` lists as a work's noun), or ``""``."""
        following = _WORD_AFTER.match(self.text, mention.end)
        return following.group(1) if following is not None else ""

    def named_after_the(self, mention: EntityMention, noun: str) -> bool:
        """Whether a name stands after ``the``, as an outlet's, a body's or a place's does
        (``told the Salem Ledger that``, ``The Ashgate Harriers manager``) and a person's does
        only before a phrase that says which one (``the Ferrer of lore``, ``noun`` the word
        after the name), as a title (``the Queen``) or as a description by party (``the Oregon
        Democrat``)."""
        words = self.text[mention.start : mention.end].lower().split() or [""]
        return (
            word_ending_at(self.text, mention.start - 1).lower() == "the"
            and noun not in _WHICH_ONE_AFTER_THE
            and words[0] not in self.lexicon.titles
            and " ".join(words) not in self.lexicon.titles  # "The Prime Minister"
            and words[-1] not in self.lexicon.parties
        )

    def own_sentence_subject(
        self,
        offset: int,
        candidates: list[tuple[int, str, str]],
        gender: str,
        people: set[int],
        last: str | None,
    ) -> tuple[str, str] | None:
        """The person of the pronoun's gender who opens the pronoun's own sentence as its
        subject, when another person stands between them (a pronoun in a later clause
        takes up its sentence's subject first); None otherwise, and None when the one between
        is the ``last`` speaker named other than as an owner, who goes on ("'We will
        appeal,' Hollis said. Judge Dorn fined Hollis, and he said he would appeal"; but
        "courting Whitlock's donors, though he has insisted": not Whitlock). ``people`` are
        where the candidates named as people start (not a subject only described: "Federal
        investigators have no evidence ..., though he admitted")."""
        sentence_start = self.sentence_start(offset)
        own = [candidate for candidate in candidates if candidate[0] >= sentence_start]
        if len(own) < 2:
            return None
        start, name, mention_text = own[-1]  # (candidates are sorted nearest first)
        if (
            start in people
            and not any(
                nearer == last and not self.named_as_owner(at) for at, nearer, _ in own[:-1]
            )
            and start in self.sentence_openings
            and self.heads_subject(start)
            and self.gender_of(name, mention_text) in (gender, "u")
        ):
            return name, mention_text
        return None

    def named_as_owner(self, start: int) -> bool:
        """Whether the person named at ``start`` owns what comes after the name
        (``Whitlock's donors``, ``under Mr. Reyes's father``), which makes him no rival of
        the sentence's subject for a later pronoun."""
        found = bisect.bisect_left(self.mention_starts, start)
        if found == len(self.mentions) or self.mentions[found].start != start:
            return False
        end = self.mentions[found].end
        return self.text[start:end].endswith(OWNER_ENDINGS) or self.text.startswith(
            OWNER_ENDINGS, end
        )

    def heads_subject(self, start: int) -> bool:
        """Whether the person named at ``start`` heads the subject, not a body or a person a
        title after the name belongs to (``Ferrer spokeswoman Jana Holm``), nor an
        owner or a name an appositive describes."""
        index = bisect.bisect_left(self.people_starts, start)
        end = self.people[index].end if index < len(self.people) else start
        if self.text[end : end + 1] in ("'", "\u2019"):
            return False  # "Victor Hale's running mate": the owner
        following = _WORD_AFTER.match(self.text, end)
        word = following.group(1) if following is not None else ""
        return not (word[:1].isupper() or word.lower() in self.lexicon.titles)

    def only_person_of_its_sentence(
        self, start: int, sentence_start: int, candidates: list[tuple[int, str, str]]
    ) -> bool:
        """Whether the person named at ``start`` is the only one its sentence names before it,
        with no personal pronoun or role there either (``He mocked Moreno``, ``The former
        ambassador also discussed ... Victor Hale``: the subject is someone else)."""
        if any(sentence_start <= other < start for other, _, _ in candidates):
            return False
        before = self.text[sentence_start:start]
        if before.rstrip().endswith(",") and len(before.split()) <= _ROLE_BEFORE_NAME_WORDS:
            # "Her father, Colin Arkwright, is less sure": the role set off before the name,
            # opening the sentence, is the name's own
            before = ""
        words = before.lower().replace(",", " ").split()
        return not _OTHERS_THAN_THE_WRITER.intersection(words) and not any(
            word in self.lexicon.titles for word in words
        )

    def plain_name(self, name: str) -> bool:
        """Whether capitalised words can be a person's name: not a place, an acronym or a
        heading (``FULL TEXT``, ``South Carolina``)."""
        words = name.split()
        return (
            looks_like_person(words, self.lexicon, fewest=1)
            and not any(
                (word.isupper() and len(word.rstrip(".")) > 1)  # an acronym; "E." an initial
                # ("O'Brien": looks_like_person has turned possessives away)
                or not word.translate(_NAME_MARKS).isalpha()
                or word.lower() in self.lexicon.us_states
                for word in words
            )
            and name.lower() not in self.lexicon.us_states
        )

    def name_spoke(self, start: int, name: str) -> bool:
        """Whether a speaker of unknown kind is a name right beside its cue (``Reyes said``,
        ``said Reyes``): a plain name, not a word that opened a sentence before its verb
        (``Conceding that ...``)."""
        if not self.plain_name(name):
            return False
        after = self.text[start + len(name) : start + len(name) + _CUE_WORD_REACH].split()
        before = self.text[max(0, start - _CUE_WORD_REACH) : start].split()
        # ("Petrak said." with its stop, "said Petrak,")
        return (bool(after) and after[0].lower().rstrip(".,;:!?") in self.lexicon.cues) or (
            bool(before) and before[-1].lower() in self.lexicon.cues
        )

    def subject_just_before(self, start: int, offset: int, *, opener: bool = True) -> bool:
        """Whether a mention at ``start`` opens the sentence of ``offset`` or the one before,
        past the words of a title before the name (``Former minister John Hetherington``) and,
        with ``opener``, past an opening adverbial."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 2
        return (
            self.opens_sentence(start, opener=opener)
            and start >= self.sentence_starts[max(index, 0)]
        )

    def opens_sentence(self, start: int, *, opener: bool = True) -> bool:
        """Whether a name at ``start`` opens its sentence, titles and modifiers before it, or
        (with ``opener``) an opening adverbial (``In 2010, Ms. Ruiz opened a gallery``)."""
        if start in self.sentence_openings:
            return True
        opening = self.sentence_start(start)
        if (
            opener
            and start - opening <= _OPENER_REACH
            and self.text[opening:start].rstrip().endswith(",")
            and _skip_spaces(self.text, _past_opener(self.text, opening, start, self)) == start
        ):
            return True
        if start - opening > _TITLE_REACH:
            return False
        # (and a title set off before the name: "The Prime Minister, Andrew Carlisle,")
        words = self.text[opening:start].lower().rstrip().removesuffix(",").split()
        lexicon = self.lexicon
        return (
            0 < len(words) <= _TITLE_WORDS_BEFORE
            and any(word in lexicon.titles for word in words)  # not "The Murdoch outlets"
            and all(
                word in lexicon.titles
                or word in lexicon.modifiers
                or word in lexicon.title_qualifiers
                or word in ("the", "a")
                or f"{word} {following}" in lexicon.titles  # "prime" of "prime minister"
                for word, following in zip(words, [*words[1:], ""], strict=True)
            )
        )

    def speakers_before(self, offset: int) -> Iterator[tuple[int, str, SpeakerKind]]:
        """The recent speakers before ``offset``, nearest first: (mention start, name, kind)."""
        for speaker in reversed(self.speaker_mentions[-_RECENT_SPEAKERS:]):
            if speaker[0] < offset:
                yield speaker

    def last_speaker(self, offset: int) -> str | None:
        """The name of the speaker of the last attribution before ``offset``, if any."""
        return next((name for _, name, _ in self.speakers_before(offset)), None)

    def role_spoke_last(
        self, offset: int, gender: str, *, definite: bool = False
    ) -> tuple[int, str] | None:
        """The offset and name of the last speaker before ``offset`` when it is a role of
        unknown name (a title or one of a group: ``a neighbour``), brought in with ``a`` or
        ``one`` (``a spokesman for the council``, ``One neighbor``) or with an owner
        (``the prime minister's official spokesman``), or with ``the`` when ``definite``,
        whose gender fits ``gender`` (``m`` or ``f``) or is unknown."""
        last = next(self.speakers_before(offset), None)
        if last is None or not (
            last[2] is SpeakerKind.UNKNOWN
            # "A spokeswoman told", "A police spokeswoman told": a person's role, no name
            or (last[2] is SpeakerKind.PERSON and last[1].islower())
        ):
            return None
        mention = self.text[last[0] : last[0] + len(last[1]) + len("the ")].lower()
        if not mention.startswith(("a ", "an ", "one ")) and not (
            mention.startswith("the ") and (definite or "'s " in mention or "\u2019s " in mention)
        ):
            # "the Florida senator": most likely a person named before; but "the prime
            # minister's official spokesman" is a role its owner keeps unnamed
            return None
        head = _head_word(last[1], self.lexicon).lower()
        if head not in self.lexicon.titles and not self.stated_as_one_of_a_group(last, head):
            return None
        return (last[0], last[1]) if _role_gender(head) in (gender, "u") else None

    def role_named_before(self, offset: int, gender: str) -> str | None:
        """The last title brought in unnamed with ``a`` or ``an`` (and up to two words before
        it) outside quotes in the sentence of ``offset`` or the two before (at most
        ``_ROLE_NAMED_REACH`` characters back), whose gender fits
        ``gender`` or is unknown: ``former councillor`` in ``I put this to a former
        councillor. She laughed.``"""
        sentence = bisect.bisect_right(self.sentence_starts, offset) - _SUBJECT_SENTENCES
        floor = self.sentence_starts[max(sentence, 0)] if self.sentence_starts else 0
        floor = max(floor, offset - _ROLE_NAMED_REACH)
        words = list(_PLAIN_WORD.finditer(self.text, floor, offset))
        found = None
        for at, article in enumerate(words):
            if article.group() not in ("a", "an", "A", "An") or self.in_content(article.start()):
                continue
            after = list(
                itertools.takewhile(lambda word: word.group().islower(), words[at + 1 : at + 4])
            )
            heads = [word for word in after if word.group() in self.lexicon.titles]
            if heads and _role_gender(heads[-1].group()) in (gender, "u"):
                found = self.text[after[0].start() : heads[-1].end()]
        return found

    def stated_as_one_of_a_group(self, speaker: tuple[int, str, SpeakerKind], head: str) -> bool:
        """Whether a speaker is one of a group that speaks (``a neighbour``, ``a witness``: the
        plural of its head is a group noun) and stated something: a speech cue follows its
        mention, not a question, which the one asked answers (``a voter asked if she ...``)."""
        groups = self.lexicon.group_nouns
        if SpeakerKind.GROUP not in (groups.get(head + "s"), groups.get(head + "es")):
            return False
        named = self.text.find(speaker[1], speaker[0], speaker[0] + len(speaker[1]) + 4)
        end = named + len(speaker[1]) if named != -1 else speaker[0]
        if self.text.startswith(", who", end):
            # "One neighbor, who asked not to be named, said": past the relative clause
            closing = self.text.find(",", end + 1, end + LONGEST_MENTION)
            end = closing + 1 if closing != -1 else end
        following = self.text[end : end + _CUE_LOOKAHEAD].split()[:1]
        if following == ["who"]:
            # "A party fund-raiser who attended the dinner said": the first cue past the
            # restrictive relative, in its sentence
            clause = itertools.takewhile(
                lambda word: word[-1:] not in ".?!",
                self.text[end : end + LONGEST_MENTION].split()[1:],
            )
            following = [
                next(
                    (word for word in clause if word.lower().rstrip(",;:") in self.lexicon.cues), ""
                )
            ]
        cue = following[0].lower().rstrip(",;:") if following else ""  # "said, speaking ..."
        return self.lexicon.cues.get(cue) is CueClass.SPEECH and not cue.startswith("ask")

    def thing_antecedent(self, offset: int) -> tuple[str, SpeakerKind] | None:
        """The name and kind of the last speaker before ``offset`` that is no person or group
        (an organisation, or a document or poll of unknown kind), if it spoke last; a name
        read as a person's that no given name opens and no pronoun of a gender took up is a
        body's, as the ``it`` asking shows (``Northern Plains Rail said ... It said``)."""
        for start, name, kind in self.speakers_before(offset):
            if name.lower() in PRONOUNS:
                continue
            if (
                kind is SpeakerKind.UNKNOWN
                and name.rpartition(" ")[2].lower() in self.lexicon.titles
            ):
                return None  # "A government spokeswoman declined ...": a role, no "it"
            if kind in (SpeakerKind.ORGANISATION, SpeakerKind.UNKNOWN):
                return name, kind
            if kind is SpeakerKind.PERSON and self.may_be_a_body(name, start):
                return name, SpeakerKind.ORGANISATION
            return None
        return None

    def may_be_a_body(self, name: str, start: int) -> bool:
        """Whether a name read as a person's, mentioned at ``start``, may be a body's: plain
        capitalised words with no title before them, none a given name or a word that names
        no one, no gender known for it (from a pronoun taking it up or an honorific), its last
        word never named alone as a surname is, and no relative ``who`` or title set off after
        it (``Northern Plains Rail``; not ``Party Chairman Osric Vantongeren``, nor ``Osric
        Vantongeren ... Vantongeren said``, nor ``Teodric Halvane, the auditor,``)."""
        words = name.split()
        return (
            len(words) > 1
            and self.text.startswith(name, start)
            and all(
                word[:1].isupper()
                and word.replace(".", "").replace("-", "").isalpha()
                and word.lower() not in self.lexicon.given_names
                and word.lower() not in self.lexicon.not_names
                for word in words
            )
            and name.casefold() not in self.genders
            and words[-1] not in self.one_word_names
            and not self.described_as_a_person(start + len(name))
        )

    def document_of_relative(self, end: int) -> str | None:
        """The document a relative after a name ending at ``end`` closes with, as its verb's
        object (``Okonkwo Adeyemi-Hart, who chaired the review,``: ``review``)."""
        if not self.text.startswith(", who ", end):
            return None
        aside = self.text[end + 2 : end + LONGEST_MENTION].split(",", 1)
        words = aside[0].split()
        if len(aside) == 1 or len(words) < _RELATIVE_WITH_OBJECT or words[-2].lower() != "the":
            return None
        noun = words[-1].lower()
        return noun if noun in read_words("document_nouns.tsv") else None

    def described_as_a_person(self, end: int) -> bool:
        """Whether a name ending at ``end`` is set off by what only describes a person: a
        relative ``who`` or an appositive with a title (``Okonkwo Adeyemi-Hart, who chaired
        the review,``, ``Teodric Halvane, the auditor,``); a body is no ``who`` and holds
        no office."""
        if not self.text.startswith(", ", end):
            return False
        aside = self.text[end + 2 : end + LONGEST_MENTION].split(",", 1)[0].split()
        if aside[:1] in (["who"], ["whose"]):
            return True
        # (its head noun, before "of" or last: not "Kelton Mills, the chief supplier")
        of = aside.index("of", 2) if "of" in aside[2:] else len(aside)
        head = aside[of - 1] if aside else ""
        return aside[:1] in (["the"], ["a"], ["an"]) and head.lower() in self.lexicon.titles

    @functools.cached_property
    def semicolons(self) -> list[int]:
        """Where the text's semicolons stand, read once: a cue's clause starts after the last
        one before it in its sentence."""
        # Audit: one literal character, found in one pass.
        return [match.start() for match in re.finditer(";", self.text)]

    @functools.cached_property
    def one_word_names(self) -> frozenset[str]:
        """The names mentioned as one word (``Vantongeren said``), read once per document; not a
        word opening its sentence before a lower-case word that is no verb, a noun's modifier
        (``Rail service was suspended``)."""
        names = set()
        for mention in self.mentions:
            written = self.text[mention.start : mention.end]
            if " " in written:
                continue
            following = _WORD_AFTER.match(self.text, mention.end)
            if (
                mention.start in self.sentence_openings
                and following is not None
                and following.group(1).islower()
                and not _is_verb_like(following.group(1), self.lexicon)
            ):
                continue
            names.add(written)
        return frozenset(names)

    def subordinate_clause(self, start: int, offset: int) -> int | None:
        """Where a subordinate clause (``when``, ``because``, ``if``, ``although`` ...) opens
        no more than ``_SUBORDINATE_REACH`` characters before ``offset`` inside its sentence,
        no comma between (``began when the council closed the road for what it called``; not
        ``The firm, founded when the war ended, said it``)."""
        floor = max(start, offset - _SUBORDINATE_REACH)
        comma = self.text.rfind(",", floor, offset)
        clause = None
        for token in _TOKEN.finditer(self.text, floor if comma == -1 else comma + 1, offset):
            if token.group().lower() in SUBORDINATORS:
                clause = token.end()
        return clause

    def named_body_at(self, offset: int) -> str | None:
        """The name no title or given name marks as a person's that begins right after
        ``offset``, its ``the`` read past (``when Velmar closed``, ``when the Harbour Authority
        raised``): a body or a place acting as one."""
        index = bisect.bisect_left(self.mention_starts, offset)
        if index < len(self.mentions):
            mention = self.mentions[index]
            between = self.text[offset : mention.start].strip().lower()
            if mention.label in _BODY_LABELS and between in ("", "the"):
                return self.text[mention.start : mention.end]
        return None

    def a_body(self, found: _Found | None) -> bool:
        """Whether a noun phrase ends in a body's noun (``the council``, ``the ministry``)."""
        if found is None:
            return False
        head = self.text[found.start : found.end].rpartition(" ")[2].lower()
        return self.lexicon.group_nouns.get(head) is SpeakerKind.ORGANISATION

    def thing_subject(self, offset: int) -> tuple[str, SpeakerKind] | None:
        """What an ``it`` at ``offset`` may take up: for an ``It`` opening its sentence, the
        subject of the sentence before, and for one inside a sentence, its own sentence's
        subject (``The company unveiled a processor it says will ...``); a determiner and
        lower-case words naming no person or group (``A petition was presented to the council.
        It called on ...``), a body named with the noun standing for it (``the company``:
        ``Lumora Inc.``); not an ``it`` before a form of ``be``, which is impersonal as often
        as not (``It is important to note that``)."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and self.sentence_starts[index] == offset:
            index -= 1  # "The council met. It said": the sentence before
        following = _WORD_AFTER.match(self.text, offset + len("it"))
        if index < 0 or (following is not None and following.group(1).lower() in BE_FORMS):
            return None
        start = self.sentence_starts[index]
        found = _leading_noun_phrase(self.text, start, offset, self.lexicon)
        clause = self.subordinate_clause(start, offset) if start != offset else None
        if clause is not None:
            # "The dispute began when the council closed the road for what it called ...",
            # "... when Velmar closed": the subject of the clause of time or cause the "it"
            # stands in, a body; a body's noun or an organisation's name whatever the
            # sentence's subject ("The union walked out when the company cut wages in what it
            # called", "after Velmar Steel cut"), a bare name only when the sentence's own is
            # no body ("The ministry sent troops when Ostrava flooded, in what it called", and
            # "Fenwick Rail apologised after a train was stranded": their words)
            named = self.named_body_at(clause)
            if named is not None and (
                not (self.named_body_at(start) or self.a_body(found))
                or _organisation_head(named.rpartition(" ")[2].lower(), self.lexicon)
            ):
                return named, SpeakerKind.ORGANISATION
            inner = _leading_noun_phrase(self.text, clause, offset, self.lexicon)
            found = inner if self.a_body(inner) else found
        last = next(self.speakers_before(offset), None)
        if found is None and last is not None and last[::2] == (start, SpeakerKind.PERSON):
            # a person named is no "it": the document the person's relative names
            # ("Okonkwo Adeyemi-Hart, who chaired the review, said ... It said"), or the
            # subject of the sentence before ("The audit was released on Monday. Teodric
            # Halvane, the auditor, said ... It said")
            named = self.document_of_relative(start + len(last[1]))
            if named is not None:
                return named, SpeakerKind.UNKNOWN
            if index > 0:
                start = self.sentence_starts[index - 1]
                found = _leading_noun_phrase(self.text, start, offset, self.lexicon)
        if found is None or self.in_quote(found.start):
            return None  # ('"The fact that ...," it read': a quotation's words are no subject)
        words = self.text[found.start : found.end].split()
        # "The study was funded by the Wellcome Trust. It found": a document speaks itself
        document = words[-1].lower() in read_words("document_nouns.tsv")
        agent = None if document else self.passive_agent(found.end, offset)
        if agent is not None:
            # "The plan was criticised by the Harlow Cycling Campaign. It said": the body that acted
            return agent
        owner = next(
            (i for i, word in enumerate(words[1:-1], 1) if word.endswith(OWNER_ENDINGS)), 0
        )
        if owner and not document and words[owner][:-2].lower() not in self.lexicon.titles:
            # "The retailer's share price fell. It said": the owner speaks, not what it owns
            # (but "The mayor's plan ... It says": the plan)
            words = [*words[:owner], words[owner][: -len("'s")]]
        head = words[-1].lower()
        body_head = words[words.index("of") - 1] if "of" in words[2:-1] else words[-1]
        if (
            not all(word.islower() for word in words[1:])
            and (body_head.islower() or words[0] == "The")
            and self.lexicon.group_nouns.get(body_head.lower()) is SpeakerKind.ORGANISATION
        ):
            # "The government of Tamarack has tabled a budget that it says", "The Tamarack
            # government": a body's noun and the place it governs ("The Bank of Tamarack has
            # cut rates, a move it says": in capitals, the body's name)
            return " ".join(words[1:]), SpeakerKind.ORGANISATION
        if not all(word.islower() for word in words[1:]):
            return None
        if self.lexicon.group_nouns.get(head) is SpeakerKind.ORGANISATION:
            # "The council met. It said"
            named = self.described_organisation(" ".join(words), found.start)
            return named or " ".join(words[1:]), SpeakerKind.ORGANISATION
        if head in self.lexicon.titles or head in self.lexicon.group_nouns or head in PRONOUNS:
            return None  # "The mayor", "The residents": who, not what
        return " ".join(words[1:]), SpeakerKind.UNKNOWN

    def passive_agent(self, subject_end: int, limit: int) -> tuple[str, SpeakerKind] | None:
        """The body after ``by`` when the words after a subject ending at ``subject_end`` are a
        passive (``was criticised by the Harlow Cycling Campaign``), up to ``limit`` or a comma."""
        verb_at = _BE_THEN_WORD.match(self.text, subject_end, limit)
        if verb_at is None or not _is_verb_like(verb_at.group(1), self.lexicon):
            return None
        by = agent_start(self.text, verb_at.end())
        if by is None or by >= limit:
            return None
        comma = self.text.find(",", by, limit)
        end = time_tail_start(self.text, by, limit if comma == -1 else comma)  # "... on Monday"
        # "by residents and the Harlow Cycling Campaign": "It" is the body, the last named
        by = max(by, self.text.rfind(" and ", by, end) + len(" and "))
        agent = self.text[by:end].rstrip(" .")
        if not agent:
            return None
        kind, name = self.classify(agent, by)
        return (name, kind) if kind is SpeakerKind.ORGANISATION else None

    def group_antecedent(self, offset: int, *, writers: bool = False) -> str | None:
        """The last group or body that spoke before ``offset``, for ``they``; the writer's
        ``we`` is none (``We asked readers. They told us ...``: not the paper). With
        ``writers``, the body the writer's ``we`` stands for, when the text named it as its
        own (``This newspaper has argued ... we urge``, ``Our editorial board``): an earlier
        speaker opened by ``this`` or ``our``. A body the writer reports on is not the writer
        (``The county says ... We think the county is wrong``)."""
        return next(
            (
                name
                for start, name, kind in self.speakers_before(offset)
                if kind in (SpeakerKind.GROUP, SpeakerKind.ORGANISATION)
                and (
                    name.split(maxsplit=1)[0].lower() in _WRITERS_OWN
                    if writers
                    else not self.writers_self(start)
                )
            ),
            None,
        )

    def writers_self(self, start: int) -> bool:
        """Whether the mention at ``start`` opens with the writer's first person (``We``,
        ``Our editorial board``), which a later ``they`` does not take up."""
        word = _PLAIN_WORD.match(self.text, start, start + _FIRST_WORD_CHARACTERS)
        # (not the country of "US officials said")
        return word is not None and word.group().lower() in _WRITERS_SELF and word.group() != "US"

    def group_subject_before(self, offset: int) -> str | None:
        """The group that is the subject of the sentence before ``offset`` (``Analysts at
        Brendell Securities were more forgiving. In a note, they said``), when no one has
        spoken since it was named: the phrase up to its verb."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 2
        if index < 0:
            return None
        start = self.sentence_starts[index]
        last = next(self.speakers_before(offset), None)
        if last is not None and last[0] >= start:
            return None  # someone spoke since: the group antecedent rule decides
        words = self.text[start : min(offset, start + _SUBJECT_REACH)].split()
        head = next(
            (
                index
                for index, word in enumerate(words[:_GROUP_HEAD_WORDS])
                if self.lexicon.group_nouns.get(word.lower()) is SpeakerKind.GROUP
            ),
            None,
        )
        if head is None or any(
            not word[:1].isalpha() or word[-1:] in ".!?" for word in words[: head + 1]
        ):
            return None  # "Analysts at ...", "Republican leaders": a group opens the sentence
        if words[0].lower() in _CLAUSE_BOUNDARIES:
            return None  # "But the protesters also paid ...": no plain subject
        end = head + 1
        if end < len(words) and words[end] in _GROUP_PLACES:
            # "Analysts at Brendell Securities": where the group is, named
            while end + 1 < len(words) and (
                words[end + 1][:1].isupper() or words[end + 1] == "the"
            ):
                end += 1
            if end == head + 1:
                end = head  # "Analysts at the bank": the group alone
            end += 1
        verb = words[end].lower() if end < len(words) else ""
        if verb not in BE_FORMS and verb not in FINITE_VERBS:
            # "Police arrested two men. They said ...": the group acted on others, who may be
            # the ones speaking; only a group that is described stays the subject
            return None
        return _strip_article(" ".join(words[:end]).rstrip(".,;:"))

    def counted_group_before(self, mention_text: str, offset: int) -> str | None:
        """The group one of the last speakers brought in that ``the two officials`` or ``the
        officials`` takes up (``Two senior officials involved in the talks said ... The two
        officials said``): the same head noun, and the same number if the description gives
        one; without a number, the last such group, counted or not (``Police officials``)."""
        words = mention_text.lower().split()
        if (
            not 2 <= len(words) <= 3
            or words[0] != "the"
            or self.lexicon.group_nouns.get(words[-1]) is not SpeakerKind.GROUP
            or (len(words) == 3 and words[1] not in COUNT_WORDS)
        ):
            return None
        for _, name, kind in itertools.islice(self.speakers_before(offset), _ROLE_SPEAKERS):
            count = name.split(maxsplit=1)[0].lower()
            if kind is SpeakerKind.GROUP and _head_word(name, self.lexicon).lower() == words[-1]:
                if len(words) == 2:
                    # "Two officials at the port said ... Police officials later said ... The
                    # officials said": the group of that noun that spoke last, counted or not
                    return name if name.lower() != words[-1] else None
                if words[1] == count:
                    return name
        return None

    def group_named_before(self, offset: int) -> str | None:
        """The plural noun of a group last named before ``offset`` in its sentence or the one
        before (``Residents were less sure. Some ...``: ``residents``)."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 2
        start = self.sentence_starts[max(index, 0)] if self.sentence_starts else 0
        for word in reversed(_words_before(self.text, max(start, offset - _SUBJECT_REACH), offset)):
            lowered = word[2].lower().strip(".,;:")
            if self.lexicon.group_nouns.get(lowered) is SpeakerKind.GROUP:
                return lowered
        return None

    def speaker(self, found: _Found, sieve: str) -> tuple[Speaker | None, float]:
        """Resolve a located mention to a speaker and the confidence of the whole decision."""
        text = self.text
        if found.end - found.start > LONGEST_MENTION:
            return None, _UNRESOLVED  # a name and its description are a few dozen words
        mention_text = text[found.start : found.end]
        if not mention_text.strip():
            return None, _UNRESOLVED  # an empty span names nobody
        contracted = _CONTRACTED_PRONOUN.fullmatch(mention_text)
        if contracted is not None:
            found = _Found(found.start, found.start + contracted.end(1))
            mention_text = text[found.start : found.end]
        mention = Span(found.start, found.end, mention_text)
        confidence = _CONFIDENCE[sieve]
        lowered = mention_text.lower()
        if (
            all(word in _NO_NAME_WORDS for word in mention_text.split())
            or (mention_text.islower() and " " not in mention_text and _verb_form(mention_text))
            or _opening_participle_word(
                text, self.sentence_start(found.start), found.start, found.end
            )
        ):
            # "And she declined, pointedly, to concede", "has all but stopped confirming": the
            # subject search stopped at a stray "to" or verb, which names nobody
            return None, _UNRESOLVED
        linked = (
            syntax.coref_antecedent(self.analysis, found.start, found.end)
            if self.clustered
            else None
        )
        if linked is not None and linked != (found.start, found.end):
            # a coreference chain names the speaker: "he" -> "Vladimir Saldo"
            kind, name = self.classify(text[linked[0] : linked[1]], linked[0])
            factor = _PRONOUN_FACTOR if lowered in PRONOUNS else 1.0
            return self.make(name, mention, kind), confidence * factor
        if lowered in ("that", "which") and (put_out := self.relative_issuer(found.start)):
            # "Ida Brenner is releasing an ad that urges": whoever put the ad out speaks
            return self.speaker(put_out, sieve)
        if lowered in RELATIVE_PRONOUNS and (relative := self.relative_antecedent(found.start)):
            kind, name = self.classify(text[relative.start : relative.end], relative.start)
            return self.make(name, mention, kind), confidence * _PRONOUN_FACTOR
        if lowered in _QUANTIFIERS:
            # "Residents were less sure. Some called the walls ...": some of that group
            group = self.group_named_before(found.start)
            if group is None:
                return self.make(mention_text, mention, SpeakerKind.GROUP), _UNRESOLVED
            return self.make(group, mention, SpeakerKind.GROUP), confidence * _PRONOUN_FACTOR
        if lowered == "it":
            # "The review says ... It blames": the last body, document or poll that spoke
            thing = self.thing_subject(found.start)
            if (
                found.start == self.sentence_start(found.start)
                or thing is None
                or thing[1] is not SpeakerKind.ORGANISATION
            ):
                # (inside a sentence, a body that is its subject comes before the last to speak)
                thing = self.thing_antecedent(found.start) or thing
            if thing is None:
                return self.make(mention_text, mention, SpeakerKind.UNKNOWN), _UNRESOLVED
            return self.make(thing[0], mention, thing[1]), confidence * _PRONOUN_FACTOR
        pronoun = lowered.replace("\u2019", "'").split("'")[0]
        if pronoun in ("i", "we") and self.in_answer(found.start) and self.interviewee:
            # "A: We'd add a lane": the interviewee (and whoever they speak for)
            return self.make(self.interviewee, mention, SpeakerKind.PERSON), confidence
        if lowered == "i":
            # outside quotes, "I" is the writer, whom the text does not name, or in an
            # interview's answer, the interviewee
            if self.in_answer(found.start) and self.interviewee is not None:
                return self.make(self.interviewee, mention, SpeakerKind.PERSON), confidence
            return self.make(mention_text, mention, SpeakerKind.PERSON), _UNRESOLVED
        possessor, _, noun = lowered.partition(" ")
        owner_gender = _OWNER_GENDERS.get(possessor)
        if owner_gender in ("m", "f") and noun in read_words("reply_nouns.tsv"):
            # "Her answer was short: ...": the words are the person's the pronoun stands for
            resolved = self.antecedent(found.start, owner_gender)
            if resolved is not None:
                return self.make(
                    resolved[0], mention, SpeakerKind.PERSON
                ), confidence * _PRONOUN_FACTOR
        # "quoted him as saying": a person named before the chain's subject, never the
        # outlet quoting
        before = self.chain_subject_start(found.start) if lowered in _SUBJECT_FORMS else found.start
        lowered = _SUBJECT_FORMS.get(lowered, lowered)
        if lowered in PRONOUNS:
            gender, number = PRONOUNS[lowered]
            if lowered == "we" and not any(
                end in self.sourced_after for _, end in self.contents_around(found.start)
            ):
                # outside quotes, answers and reports, "we" is the writer and those the writer
                # speaks for ("We urge voters to approve it"), as "I" is the writer (but "We
                # believe that rents are too high, the union said": the union's)
                own = self.group_antecedent(found.start, writers=True)
                if own is None:
                    return self.make(mention_text, mention, SpeakerKind.GROUP), _UNRESOLVED
                return self.make(own, mention, SpeakerKind.GROUP), confidence * _PRONOUN_FACTOR
            if number == "p":
                group = self.group_subject_before(found.start)
                if group is None and (single := self.role_spoke_last(found.start, "u")):
                    # "A source close to the couple said ... '...,' they said": a singular
                    # "they" for the one of no stated gender who just spoke
                    return self.make(single[1], mention, SpeakerKind.UNKNOWN), (
                        confidence * _PRONOUN_FACTOR
                    )
                group = group or self.group_antecedent(found.start)
                if group is None:
                    return self.make(mention_text, mention, SpeakerKind.GROUP), _UNRESOLVED
                return self.make(group, mention, SpeakerKind.GROUP), confidence * _PRONOUN_FACTOR
            resolved = self.antecedent(before, gender)
            if resolved is None:
                return self.make(mention_text, mention, SpeakerKind.PERSON), _UNRESOLVED
            name, _ = resolved
            if gender in ("m", "f"):
                self.genders.setdefault(name.casefold(), gender)
            # "a spokesman for the council": a role whose holder is not named
            kind = SpeakerKind.PERSON if name[:1].isupper() else SpeakerKind.UNKNOWN
            return self.make(name, mention, kind), confidence * _PRONOUN_FACTOR
        if self.answer_label(found):
            # "A: I didn't choose it, really.": the person the interview is with
            if self.interviewee is None:
                return None, _UNRESOLVED
            return self.make(self.interviewee, mention, SpeakerKind.PERSON), confidence * _DESCRIBED
        described = self.described_person(mention_text, found.start)
        if described is not None:
            # "its Russia-appointed leader": the person that role is given to in the text
            return self.make(described, mention, SpeakerKind.PERSON), confidence * _DESCRIBED
        group = self.counted_group_before(mention_text, found.start)
        if group is not None:
            # "Two senior officials involved in the talks said ... The two officials said"
            return self.make(group, mention, SpeakerKind.GROUP), confidence * _DESCRIBED
        body = self.described_organisation(mention_text, found.start)
        if body is not None:
            return self.make(body, mention, SpeakerKind.ORGANISATION), confidence * _DESCRIBED
        named = self.named_in_apposition(mention_text, found.start)
        if named is not None:
            kind, name = self.classify(*named)
            return self.make(name, mention, kind), confidence * _DESCRIBED
        seen = _DOCUMENT_SEEN_BY.match(mention_text)
        if seen is not None:
            # "according to emails reviewed by the Gazette": the emails, not the paper
            documents = _strip_article(seen.group("documents"))
            return self.make(documents, mention, SpeakerKind.UNKNOWN), confidence
        issued = _DOCUMENT_FROM.fullmatch(mention_text)
        if issued is not None and _names_an_issuer(issued.group("issuer"), self.lexicon):
            # "according to a statement from the Dorrow Transit Authority": the issuer
            # "the Agency (GSA)", "the auditor general to be published Friday", "the
            # union's president obtained by the Ledger": the issuer's name alone
            issuer = _ISSUER_TAIL.split(issued.group("issuer"), maxsplit=1)[0]
            issuer = issuer[: time_tail_start(issuer, 0, len(issuer))]  # "police on Monday"
            at = found.start + issued.start("issuer")
            body = self.described_organisation(issuer, at)  # "a survey by the organization"
            kind, name = (SpeakerKind.ORGANISATION, body) if body else self.classify(issuer, at)
            return self.make(name, mention, kind), confidence
        issuer = self.issuer_of(mention_text, found.start)
        if issuer is not None:
            # "The Harbour Authority issued a statement. The statement said ...": its issuer
            kind, name = self.classify(*issuer)
            return self.make(name, mention, kind), confidence * _DESCRIBED
        document = self.named_document(mention_text, found.start)
        if document is not None:
            # "A new Harcastle University poll shows ... The poll also found": that poll
            return self.make(document, mention, SpeakerKind.UNKNOWN), confidence * _DESCRIBED
        introduced = self.introduced_document(mention_text, found.start)
        if introduced is not None:
            # "A report by the Allerton Institute found ... The report concluded": its source
            return self.make(introduced[0], mention, introduced[1]), confidence * _DESCRIBED
        kind, name = self.classify(mention_text, found.start)
        speaker = self.make(name, mention, kind)
        if kind is SpeakerKind.PERSON and lowered.startswith("its "):
            # "Its chief fire officer, Bronwen Tallis": the body that spoke last owns the role
            owner = self.thing_antecedent(found.start)
            if owner is not None and owner[1] is SpeakerKind.ORGANISATION:
                speaker = attrs.evolve(speaker, affiliation=owner[0])
        return speaker, confidence

    def issuer_of(self, mention_text: str, offset: int) -> tuple[str, int] | None:
        """Who issued the document ``the statement``, ``the letter`` stands for, named with it
        in this sentence or the one before (``The Harbour Authority issued a statement``):
        the issuer's words and offset."""
        words = mention_text.lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in _ISSUED_DOCUMENTS:
            return None
        sentence = bisect.bisect_right(self.sentence_starts, offset) - 2
        start = self.sentence_starts[max(sentence, 0)] if self.sentence_starts else 0
        start = max(start, offset - _ISSUER_REACH)  # a long sentence is read near the mention
        issued = max(  # the last one before the mention
            (
                match
                for match in _ISSUED.finditer(self.text, start, offset)
                # the comma after an issuer closes an appositive opened by one ("The band's
                # label, Northlight Records, said in a statement"), not a relative clause's
                # ("Ivo Reyes, who chairs the board of Kelton Mills, issued a statement")
                if (
                    self.text[match.end("issuer") : match.end("issuer") + 1] != ","
                    or self.text[max(0, match.start() - 2) : match.start()] == ", "
                )
                # nor a name a preposition ties to the subject before it ("Lawyers for Mira
                # Tosh said in a court filing": the lawyers'; but "Officials at Kelton Mills
                # issued a statement": the body's)
                and not _tied_name(self.text[start : match.start()].rsplit(maxsplit=2)[-2:])
            ),
            key=lambda match: match.start(),
            default=None,
        )
        if issued is None:
            return self.speaker_issuing(words[1], start, offset)
        if issued.group("document").lower() != words[1]:
            return None
        # the name the mention finder read there: not "On Monday Acme", but "Acme"
        index = bisect.bisect_right(self.mention_starts, issued.end("issuer") - 1) - 1
        if index < 0 or self.mentions[index].end != issued.end("issuer"):
            return None
        mention = self.mentions[index]
        return self.text[mention.start : mention.end], mention.start

    def named_document(self, mention_text: str, offset: int) -> str | None:
        """The document ``the poll``, ``the survey`` stands for, named before with a name in
        front of its noun (``A new Harcastle University poll shows``): the name and the noun;
        not a day's (``Monday's poll``)."""
        words = mention_text.lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in read_words("document_nouns.tsv"):
            return None
        noun = " " + words[1]
        index = bisect.bisect_left(self.mention_starts, offset) - 1
        while index >= 0 and offset - self.mentions[index].start <= _MAX_ANTECEDENT_DISTANCE:
            mention = self.mentions[index]
            index -= 1
            name = _strip_article(self.text[mention.start : mention.end])
            after = mention.end + len(noun)
            if (
                self.text.startswith(noun, mention.end)
                and not self.text[after : after + 1].isalpha()
                and name.lower().removesuffix("'s").removesuffix("\u2019s") not in _TIME_NOUNS
                and not self.joins_a_subject(mention.start)
            ):
                return name + noun
        return None

    def introduced_document(self, mention_text: str, offset: int) -> tuple[str, SpeakerKind] | None:
        """The source of the document ``the review``, ``the report`` stands for, when one of
        the last speakers brought in a document of that noun with ``a`` or ``an`` (``An
        engineering review commissioned by the district found ... The review estimated``):
        the name and kind resolved for it."""
        words = mention_text.split()
        if (
            len(words) != 2
            or words[0].lower() != "the"
            or words[1] not in read_words("document_nouns.tsv")  # (not "The Post", a paper)
        ):
            return None
        for start, name, kind in itertools.islice(self.speakers_before(offset), _ROLE_SPEAKERS):
            if offset - start > _MAX_ANTECEDENT_DISTANCE:
                return None
            # "A report by", "A new Gazette poll", "An engineering review commissioned"
            window = self.text[start : start + _DOCUMENT_OPENING_CHARACTERS]
            raw = window.split()
            opening = [word.rstrip(".,;:").lower() for word in raw]
            if opening[:1] in (["a"], ["an"]) and words[1] in opening[1:_DOCUMENT_OPENING_WORDS]:
                if _modifies_document_noun(raw, opening.index(words[1], 1), self.lexicon):
                    return None  # "A poll worker said ... The poll found": no poll brought in
                # (not past another of its kind: "An email signed by Ruiz asked for help ...
                # Her rival wrote an email too ... the email said"; but "told reporters" is none)
                # (found in any case, as read: "A Report by" in title case)
                first = start + window.lower().find(words[1])
                kinds = (words[1], f"{words[1]}s")
                between = self.text[first + len(words[1]) : offset].split()
                others = any(word.strip(".,;:'\"\u201c\u201d").lower() in kinds for word in between)
                return None if others else (name, kind)
        return None

    def joins_a_subject(self, start: int) -> bool:
        """Whether a name at ``start`` closes names joined by ``and`` with no article before
        them, a plural subject whose verb comes next (``Ruiz and Reiner poll about even``),
        not the names of a document's makers (``A Harcastle Times and KVTR poll found``)."""
        floor = self.sentence_start(start)
        before = self.text[max(floor, start - _JOINED_NAMES_CHARACTERS) : start].split()
        return before[-1:] in (["and"], ["&"]) and not any(
            word.lower() in ARTICLES for word in before
        )

    def speaker_issuing(self, document: str, start: int, offset: int) -> tuple[str, int] | None:
        """The speaker of the last cue between ``start`` and ``offset`` that says it spoke in
        ``document`` (``X, the teachers union, said in a statement``; ``In a statement, X
        said``): the name already resolved for it and where it was mentioned."""
        issuing = max(
            itertools.chain(
                _SAID_IN_DOCUMENT.finditer(self.text, start, offset),
                _IN_DOCUMENT.finditer(self.text, start, offset),
            ),
            key=lambda match: match.start(),
            default=None,
        )
        if issuing is None or issuing.group("document").lower() != document:
            return None
        if document in self.text[issuing.end() : offset].lower().split():
            return None  # "..., she had read the police statement. ... the statement said"
        if issuing.re is _IN_DOCUMENT:
            if _FOR_SOMEONE_NAMED.match(self.text, issuing.end()):
                return None  # "In a statement, a lawyer for Tom Roe said": whose, unnamed
            # the subject right after the fronted document's comma
            subjects = self.speakers_before(offset)
            speaker = next((found for found in subjects if found[0] == issuing.end()), None)
        else:
            speaker = next(self.speakers_before(issuing.start()), None)
        if speaker is None or speaker[0] < start:
            return None
        return speaker[1], speaker[0]

    def chain_subject_start(self, pronoun: int) -> int:
        """Where the subject of the chain verb before an object pronoun starts (``The Harlow
        Herald quoted her``: ``Harlow Herald``), or the pronoun itself when none is named."""
        verb_start = self.text.rfind(" ", 0, max(0, pronoun - 1))
        index = bisect.bisect_left(self.mention_starts, verb_start) - 1
        if index >= 0 and self.mentions[index].end == verb_start:
            return self.mentions[index].start
        return pronoun

    def relative_issuer(self, relative: int) -> _Found | None:
        """The subject of a verb of issuing whose object a relative ``that`` or ``which`` at
        ``relative`` stands for (``Ida Brenner is releasing an ad that urges``, ``The Ledger
        ran a piece that noted``): a document, an advertisement or a sign speaks for whoever
        put it out, as a document named with its issuer does; None when no such verb takes
        the object (``the ad, released Monday, that``, ``in a post that``, ``ran on a
        promise that``), the object is no such thing (``runs a charity that``, see
        ``_issued_object``) or a negation denies the verb (``never released the memo that``)."""
        start = self.sentence_start(relative)
        tokens = _words_before(self.text, max(start, relative - _ISSUED_OBJECT_REACH), relative)
        for index in range(len(tokens) - 2, max(-1, len(tokens) - 2 - _ISSUED_OBJECT_WORDS), -1):
            word = tokens[index][2]
            gap = self.text[tokens[index][1] : relative]
            if _ISSUED_OBJECT_BREAKS.intersection(gap) or " - " in gap:
                return None  # "released her records in July, which showed": a clause of its own
            if word.lower() in RELATIVE_WORDS:
                return None  # the verb of another relative clause
            if not (word.islower() and word in read_words("issuing_verbs.tsv")):
                continue
            if (index > 0 and tokens[index - 1][2].lower() in NOUN_DETERMINERS) or tokens[
                index + 1
            ][2].lower() in _NO_ISSUED_OBJECT:
                return None  # "in a post that", "an ad released by", "ran on a promise that"
            if not _issued_object([token[2].lower() for token in tokens[index + 1 :]]) or any(
                token[2].lower() in _NEGATIONS or token[2].lower().endswith("n't")
                for token in tokens[max(0, index - _NEGATION_WORDS) : index]
            ):
                return None  # "runs a charity that", "did not release the memo that"
            subject = _subject_before(
                self.text,
                Sentence(start, self.sentence_end(relative), 0),
                tokens[index][0],
                self.lexicon,
            )
            if subject is None or self.text[subject.start : subject.end].lower() in RELATIVE_WORDS:
                return None
            return subject
        return None

    def relative_antecedent(self, who: int) -> _Found | None:
        """What a relative ``who`` stands for: the phrase right before it in its sentence,
        past a comma and a bracketed aside (``Tom Vance (R-Ohio), who``, ``voters who``)."""
        sentence_start = self.sentence_start(who)
        for _ in range(_RELATIVE_HOPS):
            # "Dana Reyes, who has led the council since 2019 and who said": the first
            # relative's antecedent (a few hops back at most: news coordinates two or three)
            floor = max(sentence_start, who - _RELATIVE_REACH)
            before = self.text[floor:who].rstrip()
            first = before.rfind(" who ") if before.endswith((" and", " or")) else -1
            if first == -1:
                break
            who = floor + first + 1
        end = _back_over(self.text, _back_over(self.text, _back_over(self.text, who), ","))
        floor = max(sentence_start, end - _RELATIVE_REACH)
        opening = self.text.rfind(",", floor, end)
        while opening > floor and self.text[opening - 1 : opening + 2].replace(",", "").isdigit():
            opening = self.text.rfind(",", floor, opening)  # "2,300": a number's comma
        aside = self.text[opening + 1 : end].split() if opening != -1 else []
        person = self.text[who : who + 4].lower().startswith("who")
        if (
            person
            and opening != -1
            and self.text[_back_over(self.text, who) - 1 : who].startswith(",")
            and not self.plural_verb_after(who)
            and (described := self.appositive_person(opening))
        ):
            # "Loretta Vance, a retired teacher from Ashby Township, who asked": Vance
            return described
        if (
            len(aside) > 1 and aside[0].endswith("ed") and aside[0].islower() and aside[1] == "by"
        ) or (person and _places_included(aside, self.lexicon)):
            # "a petition, signed by more than 2,300 people, which calls for": past the
            # participle's aside to the noun it describes; "Governors from six states,
            # including Ohio and Texas, who met": past places, which no "who" stands for
            end = _back_over(self.text, opening)
        if self.text[end - 1 : end] == ")":
            bracket = self.text.rfind("(", max(0, end - _RELATIVE_REACH), end)
            end = _back_over(self.text, bracket if bracket != -1 else end)
        age = _AGE_BEFORE_RELATIVE.search(self.text, max(0, end - _AGE_CHARACTERS), end)
        if age is not None:
            end = _back_over(self.text, age.start())  # "Maureen Oakhurst, 71, who": hers
        tokens = _words_before(self.text, max(sentence_start, end - _RELATIVE_REACH), end)
        if not tokens:
            return None
        first = _phrase_start(self.text, tokens, len(tokens) - 1, self.lexicon)
        set_off = self.text[_back_over(self.text, who) - 1 : who].startswith(",")
        for index in range(len(tokens) - 1, first - 1, -1):
            word = tokens[index][2].lower()
            if (
                person
                and first < index < len(tokens) - 1
                and (
                    (word in ("in", "at") and tokens[index + 1][2][:1].isupper())
                    or (
                        word == "from"
                        and self.lexicon.group_nouns.get(tokens[index - 1][2].lower())
                        is SpeakerKind.GROUP
                    )
                )
            ):
                # "a teacher in Dunmore who", "Governors from six states, ..., who": a
                # person's relative passes the place of a person
                continue
            if (
                word in _BEFORE_ANTECEDENT
                or (
                    word in _GROUP_PREPOSITIONS
                    and (
                        set_off
                        or not any(
                            token[2].lower() in _SINGLING_WORDS for token in tokens[first:index]
                        )
                    )
                )
                or (
                    # "Reporters met the mayor, who": a past verb's object
                    first < index < len(tokens) - 1
                    and tokens[index][2].islower()
                    and (word in IRREGULAR_PASTS or word.endswith("ed"))
                    and (
                        tokens[index + 1][2].lower() in _NOUN_PHRASE_LEADS
                        # "Ana Ruiz told supporters, who": a group's bare plural after a verb
                        # with its subject before it (not "a group of worried parents, who")
                        or (
                            index + 1 == len(tokens) - 1
                            and self.lexicon.group_nouns.get(tokens[index + 1][2].lower())
                            is SpeakerKind.GROUP
                            and (
                                tokens[index - 1][2][:1].isupper()
                                or tokens[index - 1][2].lower() in PRONOUNS
                                or tokens[index - 1][2].lower() in self.lexicon.titles
                                or tokens[index - 1][2].lower() in self.lexicon.group_nouns
                            )
                        )
                    )
                )
                or (
                    # "Members will consider a petition, ..., which": a modal's verb's object
                    0 < index < len(tokens) - 1
                    and tokens[index - 1][2].lower() in MODALS
                    and tokens[index][2].islower()
                    and tokens[index + 1][2].lower() in _NOUN_PHRASE_LEADS
                )
            ):
                # "Roe is releasing an ad that": the object, not the clause
                first = index + 1
                break
        last = len(tokens) - 1
        while last >= first and _time_word(tokens[last][2]):
            last -= 1  # "a note from her lawyer Monday morning that": not the time
        if last < first:
            return None
        if last < len(tokens) - 1:
            end = tokens[last][1]
        if (
            person
            and first > 1
            and tokens[first][2].lower() in ARTICLES
            and "," in _gap(self.text, tokens, first)
            and tokens[first - 1][2][:1].isupper()
        ):
            # "Ina Holt, a teacher in Dunmore who": the person the appositive describes
            name_start = _phrase_start(self.text, tokens, first - 1, self.lexicon)
            end = tokens[first - 1][1]
            first = name_start
        elif (
            person
            and first > 1
            and tokens[first][2].lower() in ARTICLES
            and tokens[first - 1][2].lower() in BE_FORMS
            and tokens[first - 2][2][:1].isupper()
            and tokens[first - 2][2].lower() not in self.lexicon.not_names
            and _gap(self.text, tokens, first - 1).strip() in ("", ",")
        ):
            # "Ida Brennan was the only candidate among the five who said": the named subject
            # the description is said of
            name_start = _phrase_start(self.text, tokens, first - 2, self.lexicon)
            end = tokens[first - 2][1]
            first = name_start
        start, end = _strip_edges(self.text, tokens[first][0], end)
        return _Found(start, end) if start < end else None

    def plural_verb_after(self, who: int) -> bool:
        """Whether the verb after a relative ``who`` is a plural present (``a lawyer for the
        Vance family, who say``): the relative stands for the plural, not one person."""
        start = _skip_spaces(self.text, who + len("who"))
        word = _TOKEN.match(self.text, start, start + _ONE_WORD_READING)
        verb = "" if word is None else word.group().lower()
        return verb in _PLURAL_AUXILIARIES or (
            verb in self.lexicon.cues and f"{verb}s" in self.lexicon.cues
        )

    def appositive_person(self, comma: int) -> _Found | None:
        """The person named before an appositive that opens with an article after ``comma``:
        a relative set off after the appositive stands for that person, not for a place or a
        topic inside it (``Sen. Harlan Greer, the party's top voice on trade, who said``)."""
        start = _skip_spaces(self.text, comma + 1)
        if not self.text[start : start + len(_ARTICLES[0])].lower().startswith(_ARTICLES):
            return None
        end = _back_over(self.text, comma)
        index = bisect.bisect_left(self.mention_starts, end) - 1
        if index < 0 or self.mentions[index].end != end or self.mentions[index].label != "PERSON":
            return None  # "Officials in Ames, a city of 50,000, who": no person named there
        return _Found(self.mentions[index].start, end)

    @functools.cached_property
    def first_question(self) -> int | None:
        """Where an interview's first ``Q:`` paragraph starts, if the text has one."""
        label = INTERVIEW_QUESTION + ":"
        return next(
            (p.start for p in self.analysis.paragraphs if self.text.startswith(label, p.start)),
            None,
        )

    def answer_label(self, found: _Found) -> bool:
        """Whether ``found`` is an interview's ``A:`` label, after its first question."""
        first = self.first_question
        return (
            first is not None
            and found.start > first
            and self.text[found.start : found.end + 1] == INTERVIEW_ANSWER + ":"
        )

    def in_answer(self, offset: int) -> bool:
        """Whether ``offset`` lies in an interview's ``A:`` paragraph."""
        first = self.first_question
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        return (
            first is not None
            and first < offset
            and index >= 0
            and self.text.startswith(INTERVIEW_ANSWER + ":", self.paragraph_starts[index])
        )

    @functools.cached_property
    def interviewee(self) -> str | None:
        """Who gives an interview's answers: of the people named before the first question,
        the one named most often (the first named on a tie: an introduction names its subject
        more than its interviewer)."""
        first = self.first_question
        if first is None:
            return None
        counts: dict[str, int] = {}
        for mention in self.people:
            if mention.start >= first:
                break
            if self.in_byline(mention.start):
                continue  # "By Priya Lindqvist": the byline names the interviewer
            if self.in_notice(mention.start):
                continue  # "Media contact: Freja Holm": the press officer
            name = self.named(mention)
            if not (len(name.split()) > 1 and self.plain_name(name)):
                continue
            if self.described_as_journalist(mention):
                continue  # "Priya Lindqvist, our business editor", "sports writer Priya ...": asks
            before = self.text[max(0, mention.start - _INTERVIEW_REACH) : mention.start]
            if before.lower().endswith(_INTERVIEW_WITH):
                return name  # "An interview with Mikkel Dahl, chief executive of ...": his
            counts[name] = counts.get(name, 0) + 1
        return max(counts, key=counts.__getitem__) if counts else None

    def described_as_journalist(self, mention: EntityMention) -> bool:
        """Whether a person is introduced as one who asks the questions: a journalist's word
        right before the name or in the appositive after it (``sports writer Priya Lindqvist``,
        ``Priya Lindqvist, our business editor``)."""
        before = self.text[max(0, mention.start - _JOURNALIST_REACH) : mention.start].split()
        after = self.text[mention.end : mention.end + _JOURNALIST_REACH]
        appositive = after.split(",")[1].split() if after.startswith(",") else []
        return any(
            word.lower().strip(".;:") in _JOURNALIST_WORDS for word in [*before[-1:], *appositive]
        )

    def in_notice(self, offset: int) -> bool:
        """Whether ``offset`` lies in a paragraph opening with a notice's label, which names
        no speaker (``Media contact: Freja Holm``; ``headline_labels.tsv``)."""
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        start = self.paragraph_starts[index] if index >= 0 else 0
        longest = max(map(len, notice_labels()), default=0)
        colon = self.text.find(":", start, start + longest + 1)
        return colon != -1 and self.text[start:colon].strip().lower() in notice_labels()

    def described_organisation(self, mention_text: str, offset: int) -> str | None:
        """The organisation a description stands for (see ``body_described``), or the body
        whose name ends with the description's words (``the weather service`` after ``The
        National Weather Service``, ``the elections office`` after ``the county elections
        office``), by the fullest name the text gives it."""
        if mention_text.partition(" ")[0].endswith("-based") and _HOME_TOWN_BEFORE.search(
            self.text, max(0, offset - _HOME_TOWN_CHARACTERS), offset
        ):
            # "The Ostend, Ohio-based company said": a description cut at the comma between
            # a home town and its state
            mention_text = "the " + mention_text
        words = mention_text.lower().split()
        if (
            2 < len(words) <= _BODY_DESCRIPTION_WORDS
            and words[0] == "the"
            and words[-1] not in _ANY_BUSINESS
            and self.lexicon.group_nouns.get(words[-1]) is SpeakerKind.ORGANISATION
        ):
            fuller = self.fuller_body_name(" ".join(words[1:]), offset)
            if fuller is not None or words[-1] not in _ANY_BODY:
                return fuller
            # "Halvane Logistics cut its forecast. The Frankmoor-based freight group said":
            # no body's own name, but a word any body goes by, described
        body = self.body_described(mention_text, offset)
        if body is None:
            return None
        body = " ".join(name_words(body))  # "the Harbour Trust's director ... the group"
        return self.fuller_body_name(body, offset) or body

    def fuller_body_name(self, short: str, offset: int) -> str | None:
        """A fuller name given before ``offset`` to the body ``short`` names: one ending with
        its words, capitals aside (``National Weather Service`` for ``weather service``), with
        no description before the name, or going on past an ``and`` at its end, where a name
        finder cut it (``National Union of Transport and Signal Workers``); the latest
        speaker's, else the latest name's."""
        key = short.casefold()
        if len(key.split()) < 2:
            return None
        index = bisect.bisect_left(self.mention_starts, offset) - 1
        names = itertools.chain(
            (
                name
                for _, name, kind in self.speakers_before(offset)
                if kind is SpeakerKind.ORGANISATION
            ),
            (
                _strip_article(self.text[mention.start : mention.end])
                for mention in itertools.takewhile(
                    lambda mention: offset - mention.start <= _MAX_ANTECEDENT_DISTANCE,
                    (self.mentions[position] for position in range(index, -1, -1)),
                )
                if mention.label == "ORG"
            ),
        )
        return next(
            (
                name
                for name in names
                if name.casefold().startswith(key + " and ")
                or (
                    name.casefold().endswith(" " + key)
                    # "Congressional Budget Office", not "nonpartisan Congressional Budget
                    # Office", but "county elections office"
                    and (name.islower() or name[:1].isupper())
                )
            ),
            None,
        )

    def body_described(self, mention_text: str, offset: int) -> str | None:
        """The organisation ``the council``, ``the company`` stands for: the nearest earlier
        one named with that noun (``Eastbrook Council``, ``Ministry of Transport`` for ``the
        ministry``), or for a noun any business (any body, any public agency) goes by, a
        business (a body of that kind) named in its sentence or the one before, or opening a
        sentence further back (``Tarvo Foods cut its outlook. ... The company said``; after
        ``The`` only with no other body speaking since), but not
        a person's employer named in passing (``an analyst at Bellmore Partners``); else the
        body that spoke last, described with the noun (``according to the U.N. refugee agency
        UNHCR ... The agency said``).
        """
        words = mention_text.lower().split()
        if (
            not 2 <= len(words) <= _BODY_DESCRIPTION_WORDS
            or words[0] != "the"
            or self.lexicon.group_nouns.get(words[-1]) is not SpeakerKind.ORGANISATION
            or (len(words) > 2 and words[-1] not in _ANY_BODY_OR_BUSINESS)
        ):
            # "the council", "the company", "the software maker", "the Frankmoor-based freight
            # group"
            return None
        # "the armed group", "the consumer group": a body described as something no business is
        no_business = len(words) > 2 and not read_words("business_sectors.tsv").intersection(
            words[1:-1]
        )
        words = [words[0], words[-1]]
        # (a body that spoke as "the ministry" keeps the word from a nearer one of its kind;
        # read once, not per mention)
        spoke_as_noun = words[1] in _ANY_AGENCY and self.spoke_as(words[1], offset)
        sentence = bisect.bisect_right(self.sentence_starts, offset) - 2
        near = self.sentence_starts[max(sentence, 0)] if self.sentence_starts else 0
        index = bisect.bisect_left(self.mention_starts, offset) - 1
        while index >= 0 and offset - self.mentions[index].start <= _MAX_ANTECEDENT_DISTANCE:
            mention = self.mentions[index]
            index -= 1
            name = self.text[mention.start : mention.end]
            name_lowered = [word.lower() for word in name_words(name)]
            described_as = _DESCRIBED_AS.match(self.text, mention.end)
            if (
                mention.label == "ORG"
                and mention.start >= near
                and described_as is not None
                and described_as.group("noun").lower() == words[1]
            ):
                # "The Marrow County Deputies' Association, the union that represents the two
                # deputies, urged patience. ... the union said": the body the appositive
                # describes so in this sentence or the one before, by the fuller name it spoke
                # under (the mention may be the name's last words)
                return next(
                    (spoke for _, spoke, _ in self.speakers_before(offset) if spoke.endswith(name)),
                    name,
                )
            if (
                mention.label == "NAME"
                and words[1] in _ANY_BUSINESS
                and mention.start >= near
                and (self.opens_sentence(mention.start) or self.spoken_for(mention.start))
                and len(name_lowered) >= 2
                and name_lowered[0] not in self.lexicon.given_names
            ):
                # "Blue Heron Ferries has cancelled all sailings. ... the company", "A
                # spokesperson for Pellmont Rail said ... The company"
                return name
            if mention.label != "ORG":
                continue
            # "Hana Qing, an analyst at Bellmore Partners": a person's employer, named in
            # passing, is not the business the story goes on about; but a spokesperson's is
            employer = self.employs_someone(mention.start)
            if words[1] in name_lowered or (
                # near, or a subject further back ("Tarvo Foods cut its outlook. ... The company",
                # and with no other body speaking since, "The Federal Rail Safety Administration
                # failed ... The agency said", but not after "A news agency, Capitol Wire,
                # reported", nor a person's government: "The Harlan Administration proposed
                # cuts to the park service. ... The agency said")
                (
                    mention.start >= near
                    or self.opens_sentence(mention.start)
                    or (
                        mention.start - len("The ") in self.sentence_openings
                        and self.text.startswith("The ", mention.start - len("The "))
                        and not self.other_body_spoke(name, mention.start, offset)
                        and name_lowered[0] not in self.lexicon.given_names
                        and name_lowered[0] not in self.full_names
                    )
                )
                and not employer
                and (
                    (
                        words[1] in _ANY_BODY
                        and _organisation_head(name_lowered[-1], self.lexicon)
                        and not _of_the_state(name_lowered, self.lexicon)
                        and not (no_business and _business_word(name_lowered[-1], self.lexicon))
                    )
                    or (
                        words[1] in _ANY_BUSINESS and _business_word(name_lowered[-1], self.lexicon)
                    )
                    # "The National Competition Commission sued ... The agency alleges": a
                    # word for any body of a kind takes up one of that kind ("agency",
                    # "commission": government); "the council" is a council's own word
                    or (
                        words[1] in _ANY_AGENCY
                        and self.lexicon.organisation_words.get(words[1])
                        == self.lexicon.organisation_words.get(name_lowered[-1])
                        and not spoke_as_noun
                    )
                )
            ):
                following = self.mentions[index + 2] if index + 2 < len(self.mentions) else None
                joiner = self.text[mention.end : following.start] if following else ""
                if (
                    following is not None
                    and joiner.strip() in _NAME_JOINERS
                    and not (
                        self.names_a_person(following)
                        # (after "of", capitalised words are the body's own unless a given
                        # name opens them: "Department of Veterans Affairs", "Office of
                        # Emergency Management", not "the office of Gov. Ada Brenner")
                        and (
                            joiner.strip() != "of"
                            or self.text[following.start : following.end].split()[0].lower()
                            in self.lexicon.given_names
                            or following.label == "PERSON"
                        )
                    )
                ):
                    # "Ministry of Transport", "Department for Education": the whole name (not
                    # "worked at the Foreign Ministry for Ada Brenner"), on over an "and"
                    # ("National Union of Transport and Signal Workers")
                    end = following.end
                    after = self.mentions[index + 3] if index + 3 < len(self.mentions) else None
                    if (
                        after is not None
                        and self.text[end : after.start] == " and "
                        and after.label in _BODY_LABELS
                        and self.text[after.start : after.end].split()[0].lower()
                        not in self.lexicon.given_names
                    ):
                        end = after.end
                    return name + joiner + self.text[following.start : end]
                return name
        # "according to the tour promoter, Brightline Live. The company said": the body
        # that spoke last, in this sentence or the one before
        for start, name, kind in self.speakers_before(offset):
            if start < near:
                break
            last = name.split()[-1].lower() if name.split() else ""
            named_end = self.text.find(name, start, start + LONGEST_MENTION)
            described = self.text[start : named_end if named_end != -1 else start].lower()
            if kind is SpeakerKind.ORGANISATION and (
                (
                    words[1] in _ANY_BODY
                    and not _of_the_state(name.lower().split(), self.lexicon)
                    and not (no_business and _business_word(last, self.lexicon))
                )
                # "According to the U.N. refugee agency UNHCR, ... The agency said": the noun
                # heading its description (not "The parent company of the hospital, ...")
                or _head_word(described.strip(" ,"), self.lexicon) == words[1]
                # "the county health department said ... The department said": its own noun
                or last == words[1]
                or (
                    words[1] in _ANY_BUSINESS
                    and _organisation_word_kind(last, self.lexicon) in (None, "business")
                )
            ):
                return name  # (not "The Harbour Workers Union" for "the company")
        # "according to the county health department ... (paragraphs on) The department said":
        # further back, a body that spoke under a common noun's description ending in the
        # noun itself (not a name, "the Harlow campaign", which a story about a race has more
        # than one of, nor "one company", "her campaign")
        body = next(
            (
                (start, name)
                for start, name in reversed(self.described_bodies.get(words[1], ()))
                if start < near
            ),
            None,
        )
        if body is None:
            return None
        nearer = self.other_body_between(body[1], body[0], offset, words[1])
        return body[1] if nearer is None else nearer or None

    def other_body_spoke(self, name: str, start: int, offset: int) -> bool:
        """Whether a body other than ``name`` spoke between ``start`` and ``offset`` (the
        speakers are read nearest first, back to ``start`` only)."""
        return any(
            kind is SpeakerKind.ORGANISATION and spoke != name
            for _, spoke, kind in itertools.takewhile(
                lambda speaker: speaker[0] >= start, self.speakers_before(offset)
            )
        )

    def spoke_as(self, noun: str, offset: int) -> bool:
        """Whether a recent speaker is a body named or described by ``noun`` itself, which a
        later ``the`` and the noun takes up before the nearer name of another body of its
        kind (``The defence ministry blamed the Ostrava Republic ... The ministry said``)."""
        return any(
            kind is SpeakerKind.ORGANISATION and name.lower().endswith(" " + noun)
            for _, name, kind in self.speakers_before(offset)
        )

    def other_body_between(self, name: str, start: int, offset: int, noun: str) -> str | None:
        """The last body other than ``name`` described by ``noun`` between ``start`` and
        ``offset``, which a later ``the department`` means (``according to the county
        emergency department. The state transportation department closed Route 9. The
        department said``): its description, or ``""`` when it has none (``a leading
        prevention group``); not ``the department`` taking up ``name`` again. A later call for
        the same body reads on from the last word an earlier one read (which ``offset`` may have
        cut), with what it had found before that word."""
        key = (name, start, noun)
        scan = self.body_scans.get(key)
        if scan is not None and scan[0] <= offset:
            _, begin, nearer, previous = scan
        else:
            begin, nearer, previous = start + len("the ") + len(name), None, ""
        resume = (begin, nearer, previous)
        for word in _PLAIN_WORD.finditer(self.text, begin, offset):
            resume = (word.start(), nearer, previous)
            if (
                word.group().lower() == noun
                and previous != "the"  # "the department's": the body taken up again
                # nor "a department store", where the noun describes the next one (but "a
                # department that runs the prisons", "a company in Harwick")
                and not (previous in ARTICLES and _modifies_next(self.text, word.end()))
                and self.text[word.end() - len(name) : word.end()].lower() != name.lower()
            ):
                described = _DESCRIBED_BEFORE.search(
                    self.text, max(0, word.start() - _DESCRIPTION_CHARACTERS), word.start()
                )
                nearer = described.group("words") + word.group() if described else ""
            previous = word.group().lower()
        self.body_scans[key] = (offset, *resume)
        return nearer

    def employs_someone(self, offset: int) -> bool:
        """Whether the body named at ``offset`` is where someone its phrase names works, after
        ``at`` or ``for`` (``an analyst at Bellmore Partners``, ``a professor of law at Yale``,
        ``who works at``, ``Hana Qing at Bellmore Partners``): not what a business has
        (``Revenue at Halvane Logistics fell``), nor the body a spokesperson speaks for."""
        preposition = self.text[max(0, offset - 4) : offset]
        if preposition not in (" at ", "for ") or self.spoken_for(offset):
            return False
        index = bisect.bisect_left(self.mention_starts, offset) - 1
        if (
            index >= 0
            and self.mentions[index].end == offset - len(preposition.strip()) - 2
            and self.names_a_person(self.mentions[index])
        ):
            return True  # "Hana Qing at Bellmore Partners"
        before = self.text[max(self.sentence_start(offset), offset - _ROLE_WINDOW) : offset]
        phrase = before[before.rfind(",") + 1 :].lower().split()
        groups = self.lexicon.group_nouns
        return any(
            word in self.lexicon.titles
            or word in RELATIVE_WORDS
            or word in PERSONAL_PRONOUNS
            or SpeakerKind.GROUP in (groups.get(word), groups.get(word + "s"))
            for word in phrase
        )

    def spoken_for(self, offset: int) -> bool:
        """Whether the name at ``offset`` is the body a spokesperson speaks for (``a
        spokeswoman for Dunmore Foods``)."""
        before = self.text[max(0, offset - _ROLE_WINDOW) : offset].lower().split()
        return before[-1:] == ["for"] and bool(_SPEAKS_FOR.intersection(before[-2:-1]))

    def named_in_apposition(self, mention_text: str, offset: int) -> tuple[str, int] | None:
        """The name a description was given beside it before ``offset`` (``The developer,
        Ashcombe Homes, bought the site ... The developer said``), as the name's words and
        offset; only for ``the`` and one lower-case noun, opening the sentence where it is
        named (not ``The author of the memoir, Petra Lindqvist,``: the author's name)."""
        words = mention_text.split()
        if len(words) != 2 or words[0].lower() != "the" or not words[1].islower():
            return None
        described = f"{mention_text.lower()}, "
        index = bisect.bisect_left(self.mention_starts, offset) - 1
        while index >= 0 and offset - self.mentions[index].start <= _MAX_ANTECEDENT_DISTANCE:
            mention = self.mentions[index]
            index -= 1
            opening = mention.start - len(described)
            if (
                self.text[max(0, opening) : mention.start].lower() == described
                and opening in self.sentence_openings
                and self.text.startswith(",", mention.end)
            ):
                return self.text[mention.start : mention.end], mention.start
        return None

    def described_person(self, mention_text: str, offset: int) -> str | None:
        """The person a role description points at (``the governor``, ``its leader``): the
        nearest earlier person named with that role, else the next person named (news ledes
        describe first and name later)."""
        if _BODY_WITH_AND.fullmatch(mention_text):
            return None  # "The Health and Safety Executive": a body, no role
        if mention_text.lower() in self.lexicon.titles and self.in_headline(offset):
            # "Mayor pledges more cyclone aid": a headline's title without its article
            mention_text = "the " + mention_text
        relative = _RELATIVE_AFTER_NAME.search(mention_text)
        if relative is not None:  # "The Polish-born baker, who moved to Scotland in 2009"
            mention_text = mention_text[: relative.start()].rstrip(", ")
        parts = _comma_parts(mention_text, self.lexicon)
        if len(parts) > 1 and _participle_appositive(parts[1]):
            mention_text = parts[0].rstrip()  # 'The former midfielder, known as "Rafa" to fans'
        words = mention_text.lower().replace("\u2019", "'").split()
        stem, hyphen, tail = words[-1].rpartition("-") if words else ("", "", "")
        suffix = hyphen + tail if hyphen and hyphen + tail in self.lexicon.modifiers else ""
        if suffix and stem in self.lexicon.titles:
            # "the Premier-elect": the title, which the winner named before holds to come (the
            # hyphenated suffixes of modifiers.tsv are single words)
            words[-1] = stem
        if len(words) == 2 and words[0].endswith("'s") and words[1] in _KIN_NOUNS:
            return self.kin_of(words[1], offset, words[0][:-2])  # "Vane's wife": his wife, Clara
        if len(words) > 1 and words[0].endswith("'s") and self.state_office([words[0][:-2]]):
            # "Ohio's Republican governor": the place whose office it is, as in "the Ohio
            # governor"
            first, _, rest = mention_text.partition(" ")
            mention_text = f"the {first[:-2]} {rest}"  # (without its "'s")
            words = ["the", words[0][:-2], *words[1:]]
        if words[:1] in (["a"], ["an"]):
            head = _head_word(mention_text, self.lexicon).lower()
            return self.named_later_as(head, offset) or self.introduced_in_lede(head, offset)
        if len(words) < 2 or words[0] not in _DESCRIPTOR_DETERMINERS:
            return None
        lexicon = self.lexicon
        # capitalised words of the description that are no title: where the person belongs
        # ("the Eastfield boss"), unless they name someone ("the Jane Roe campaign")
        owners = [
            word.lower()
            for word in mention_text.split()[1:-1]
            if word[:1].isupper()
            and "-" not in word  # "its Russia-appointed leader": a modifier
            and word.lower() not in lexicon.titles
            and word.lower() not in lexicon.title_qualifiers
        ]
        if any(word in lexicon.given_names for word in owners):
            return None  # a name is given: not a bare description ("the Premier" is one)
        role = next(
            (
                noun
                for size in range(_LONGEST_ROLE_NOUN, 1, -1)
                if (noun := " ".join(words[-size:])) in _role_nouns() and size < len(words)
            ),
            words[-1],
        )  # "the head of state", "the business leader": a noun of several words
        if AGE.fullmatch(role) is not None and words[0] == "the" and not owners:
            # "Ruiz ... said ... '...,' the 20-year-old said": an age right after a named
            # speaker of its paragraph is that speaker again, else the person given that age
            return (
                self.named_speaker_of_paragraph(offset)
                or self.person_aged(range(years := int(role.split("-", 1)[0]), years + 1), offset)
                or self.subject_person_before(offset)
            )
        ages = _age_nouns().get(role)
        if ages is not None and words[0] == "the" and not owners:
            # "Tobias Kerrigan, 19, scored the winner. '...,' the teenager said": the person
            # given an age the noun covers
            return self.person_aged(ages, offset, alone=role)
        deeds = _doer_nouns().get(role)
        if deeds is not None and len(words) == 2 and words[0] == "the":
            # 'Dora Finch testified that ... "Yes," the witness said': the speaker of the last
            # report of that deed
            return self.doer_of(role, deeds, offset)
        counted = len(words) > 3 and words[-2] == "of" and words[-1] in COUNT_WORDS
        if counted:
            role = words[-3]  # "the mother of three": a mother
        # "the 34-year-old striker", "the Polish-born baker", "the mother of three": the words
        # of a feature that names someone once and then varies how it describes them
        varied = words[0] == "the" and (counted or any(map(_varies_a_description, words)))
        kin = role in _KIN_NOUNS and words[0] == "the"
        if relative is not None and not varied:
            return None  # "The lawmaker, who represents ...": a new person, as often as not
        if len(role) > 1 and not role.endswith("s") and role in lexicon.parties:
            # "Sen. Annika Drury, R-Kan., ... the Kansas Republican said": the member of that
            # party (and state) named last, by the tag around the name
            return self.party_member(lexicon.parties[role], owners, offset)
        if (
            role not in lexicon.titles
            and role not in lexicon.nationalities
            and role not in _role_nouns()
            and not (varied or kin)
        ):
            # "The head of the Kestrel Bay Port Authority said": a lede's holder of a body's
            # role, whom it names next
            head = _head_word(mention_text, lexicon).lower()
            of_body = f" {head} of " in mention_text.lower()
            return self.introduced_in_lede(head, offset) if of_body else None
        # "the governor", "the German" (German coach Jonas Weber), "the Eastfield boss", "the
        # writer" (Ana Brandt, a food writer): the nearest person named with that role,
        # nationality or owner around the name; the role as any of its forms says it
        # ("senator" is "Sen."), or any title a noun of role_nouns.tsv stands for ("the expert"
        # is "Political scientist Dmitry Kalganov")
        stands_for, context = _role_nouns().get(role, ((role,), frozenset()))
        # words before the role other than where the person belongs ("the Ostheim leader")
        qualifiers = [
            word.lower()
            for word in mention_text.split()[1 : len(words) - len(role.split())]
            if word.lower() not in owners
        ]
        if not varied and any(
            word.islower() and word not in lexicon.title_qualifiers for word in qualifiers
        ):
            # "the band leader": a noun before the role makes it another one, no head of
            # government's
            stands_for = (role,)
        synonyms = {_role_form(word, lexicon) for word in stands_for}
        if (
            words[0] == "the"
            and not owners
            and (
                unnamed := self.unnamed_role_before(offset, role)
                or self.cited_role_before(offset, role)
            )
        ):
            # "One teacher, who asked not to be named, said ... the teacher said"; "reported,
            # citing a source in the ministry, that ... The source said"
            return unnamed
        index = bisect.bisect_left(self.people_starts, offset) - 1
        while index >= 0 and offset - self.people[index].start <= _MAX_ANTECEDENT_DISTANCE:
            person = self.people[index]
            around = self.described_with(person, offset)
            # "Coastguard captain Ian Moss" holds a rank: no skipper, as a team's captain is
            ranked = any(
                lexicon.organisation_words.get(body) in _RANKED_BODIES
                for body, word in itertools.pairwise(around)
                if _role_form(word, lexicon) in synonyms
            )
            roles = {_role_form(role, lexicon)} if ranked else synonyms
            # (the words after a lower rank's qualifier name that rank's title, unless the
            # description has one too; "The deputy of the Frente Amplio": a noun of its own)
            second = next(
                (place for place, word in enumerate(around) if word in _SECOND_RANKS), len(around)
            )
            titled = around[: second + 1] if _SECOND_RANKS.isdisjoint(words) else around
            if (
                (person.label == "PERSON" or ((varied or kin) and self.names_a_person(person)))
                # (a title to come only with its suffix: "Hamish Delacroix, the Premier-elect",
                # not "Premier Bronwyn Tate", whom he defeated)
                and (
                    f"{role}{suffix}" in around
                    if suffix
                    else not roles.isdisjoint(_role_forms(titled, lexicon))
                )
                # (an owner may be written as a possessive: "Ostheim's chancellor, Friedrich
                # Aldinger ... The Ostheim leader")
                and all(
                    owner in around
                    or any(f"{owner}{ending}" in around for ending in OWNER_ENDINGS[:2])
                    for owner in owners
                )
                # "the opposition leader", "the Labour leader" is no president, but "the health
                # chief" is the head of the Health Board: a role the noun stands for holds with
                # a qualifier the person is named with
                and (
                    varied
                    or all(word in around for word in qualifiers)
                    or _role_form(role, lexicon) in _role_forms(around, lexicon)
                )
                and (
                    not context
                    or any(word in context or _business_word(word, lexicon) for word in around)
                )
            ):
                return self.named(person)
            index -= 1
        if varied:
            subject = self.subject_person_before(offset, role)
            if subject is not None or role in lexicon.titles:
                return subject  # a role of its own: not whoever spoke last ("the striker")
            speaker = self.named_speaker_of_paragraph(offset, paragraphs=1)
            gender = _KIN_GENDERS.get(role)
            if speaker is None or gender is None:
                return speaker
            return speaker if self.gender_of(speaker, speaker) in (gender, "u") else None
        if (
            role in lexicon.titles
            and words[0] == "the"
            and not any(word.endswith("'s") for word in words)
            and bisect.bisect_left(self.people_starts, self.sentence_start(offset))
            == bisect.bisect_left(self.people_starts, offset)
        ):
            # "Femi Oduya offered a more hopeful note. '...,' the striker said": with no one
            # named with the role, the one person the sentence before is about, given no other
            # title (not "Hale attacked Moreno. The senator said": two people; not "Ned Voss
            # became angry when the clerk asked": a description beside a name is another
            # person; not "the prime minister's spokesman": a role its owner keeps unnamed)
            subject = self.subject_person_before(offset, role)
            if (
                subject is not None
                and subject
                == self.only_person_before(offset, frozenset(synonyms if suffix else ()))
                and self.acts_as_subject(offset, f"{role}{suffix}")
            ):
                return subject
        if role in lexicon.nationalities and not owners and words[0] == "the":
            # "Rovers manager Graham Tulloch spoke ... the Scot told": with no one named with
            # that nationality, the only person named just before, if given none of their own
            return self.only_person_before(offset)
        if role not in lexicon.titles or (owners and not self.state_office(owners)):
            # a nationality or an owner is no lede's description of who comes next, but the
            # state of an office is ("Ohio's Republican governor says ... Gov. Walter
            # Kinsella"; not a party alone: "the presumptive Republican nominee" may be anyone
            # named next)
            return None
        if not self.in_a_lede(offset):
            # "Its chief executive wrote", "the striker told", deep in a story: not whoever is
            # named next; a lede may describe first and name later ("Its new leader ... Stefan
            # Dorn", "The governor ... Vasily Golubev")
            return None
        # the names after it in a later sentence: one named in its own sentence is what the
        # described person speaks of ("the investor said that Ana Brandt had joined")
        sentence = bisect.bisect_right(self.sentence_starts, offset)
        after = (
            self.sentence_starts[sentence]
            if sentence < len(self.sentence_starts)
            else len(self.text)
        )
        following = bisect.bisect_left(self.people_starts, after)
        for person in self.people[following : following + _CATAPHORA_MENTIONS]:
            # (a name set off after its description too: "The Labor Premier of Westralind,
            # Bronwyn Tate,", which the name finder leaves a bare name; not "Overnight, Faso"
            # nor "accept that, Ivo Marsh said")
            set_off = (
                self.text[person.start - 2 : person.start] == ", "
                and self.text.startswith(",", person.end)
                and len(self.text[person.start : person.end].split()) > 1
            )
            if person.label != "PERSON" and not (set_off and self.names_a_person(person)):
                continue
            described = self.described_with(person, person.end + _ROLE_WINDOW)
            titles = {
                lexicon.titles.get(word, word).lower()
                for word in described
                if _holds_a_post(word, lexicon)
            }
            if (not titles or titles & synonyms) and all(
                word in described or word in titles
                for word in qualifiers
                if word in _ANOTHER_HOLDER
            ):
                # "The governor ... Councillor Ames" describes someone else: a title of its own;
                # so does "Ohio's lieutenant governor ... Gov. Walter Kinsella": a qualifier
                # another holder of the title lacks
                return self.named(person)
        return None

    def reported_before(self, offset: int, pronoun: int) -> bool:
        """Whether ``offset`` lies in a report that ends right before a pronoun, its source
        (``CONTENT, he said``): a person named inside what the pronoun's cue reports, past its
        subject, is talked about, not the one who talks."""
        return any(
            end <= pronoun and not self.text[end:pronoun].strip(_EDGE_MARKS + " ")
            for _, end in self.contents_around(offset)
        )

    def heads_a_clause(self, start: int) -> bool:
        """Whether a name at ``start`` is the subject of a clause: it opens its sentence, or
        follows a word opening a clause (``But Marsh``, ``Though Ms. Roe``), titles and
        honorifics before it left out; not a name after a verb or a preposition."""
        if self.opens_sentence(start):
            return True
        words = _before_titles(
            self.text[max(0, start - _SUBJECT_OPENING) : start].lower().split(), self.lexicon
        )
        return bool(words) and words[-1] in _CLAUSE_OPENING_WORDS

    def state_office(self, owners: list[str]) -> bool:
        """Whether the lower-case owners of a title are the US state where its office is held
        and maybe the holder's party (``Ohio's governor``, ``the Ohio Republican governor``)."""
        states, parties = self.lexicon.us_states, self.lexicon.parties
        return any(word in states for word in owners) and all(
            word in states or word in parties for word in owners
        )

    @functools.cached_property
    def first_named(self) -> dict[str, int]:
        """Where each person is first named, by fullest name: read once, not per description
        (a lede of a thousand descriptions stays linear)."""
        first: dict[str, int] = {}
        for person in self.people:
            first.setdefault(self.named(person), person.start)
        return first

    def introduced_in_lede(self, head: str, offset: int) -> str | None:
        """The person a lede's description of a role at ``offset`` names next (``A senior nurse
        ... told jurors`` and then ``Giulia Farrant, 47, was giving evidence``; ``The head of
        the Kestrel Bay Port Authority said`` and then ``'...,' Samuel Oyelaran told``): the
        first person brought in after its sentence, in its paragraph or the next, as the
        subject of a sentence or a cue; none when that person is someone else, as a title of
        another role, the other gender, a kin word or a report holding the name tells."""
        lexicon = self.lexicon
        if head not in lexicon.titles or not self.in_a_lede(offset):
            return None
        stands_for = _role_nouns().get(head, ((head,), frozenset()))[0]
        synonyms = {_role_form(word, lexicon) for word in stands_for}
        gender = "f" if head.endswith("woman") else "m" if head.endswith("man") else "u"
        sentence = bisect.bisect_right(self.sentence_starts, offset)
        starts = self.paragraph_starts
        paragraph = bisect.bisect_right(starts, offset) + 1
        limit = starts[paragraph] if paragraph < len(starts) else len(self.text)
        following = bisect.bisect_left(
            self.people_starts,
            self.sentence_starts[sentence] if sentence < len(self.sentence_starts) else limit,
        )
        for person in self.people[following : following + _CATAPHORA_MENTIONS]:
            if person.start >= limit:
                break
            name = self.named(person)
            if (
                self.first_named.get(name, offset) < offset
                or not self.names_a_person(person)
                or len(name.split()) < 2
            ):
                continue  # someone named before is not brought in; "Keel": a place
            described = self.described_with(person, person.end + _ROLE_WINDOW)
            titles = {
                _role_form(word, lexicon) for word in described if _holds_a_post(word, lexicon)
            }
            mention = self.text[person.start : person.end]
            if (
                self.in_content(person.start)
                or not self.named_as_subject(person)
                or (titles and not titles & synonyms)
                # "Sir Ivo Marsh, the company's fiercest critic": another's role
                or (
                    not titles & synonyms
                    and any(word.endswith(OWNER_ENDINGS) for word in described)
                )
                or _KIN_NOUNS.intersection(described)
                or (gender != "u" and self.gender_of(name, mention) not in (gender, "u"))
            ):
                return None
            return name
        return None

    def named_as_subject(self, person: EntityMention) -> bool:
        """Whether a person is named as a sentence's subject or beside a cue (``'...,' Samuel
        Oyelaran told reporters``), not in passing (``The trial of Mark Hale began``)."""
        after = self.text[person.end : person.end + _CUE_LOOKAHEAD].split()[:1]
        before = self.text[max(0, person.start - _CUE_WORD_REACH) : person.start].split()[-1:]
        return self.opens_sentence(person.start) or any(
            word.lower().strip(",.") in self.lexicon.cues for word in [*after, *before]
        )

    def contents_around(self, offset: int) -> list[tuple[int, int]]:
        """The contents of quotes and reports that hold ``offset`` (a report and one nested in
        it at most)."""
        index = bisect.bisect_right(self.contents, (offset, len(self.text))) - 1
        return [
            (start, end)
            for start, end in self.contents[max(0, index - 1) : index + 1]
            if start <= offset < end
        ]

    def in_content(self, offset: int) -> bool:
        """Whether ``offset`` lies in the content of a quote or a report."""
        return bool(self.contents_around(offset))

    def named_later_as(self, head: str, offset: int) -> str | None:
        """The person a later ``the HEAD, NAME`` names, which ``a HEAD`` at ``offset`` brought
        in unnamed (``A customer ... said`` and then ``said the customer, Tamika Rowe``),
        unless another HEAD is brought in between (``a second customer``)."""
        lead = f"the {head}, "
        restricted = _RESTRICTED_HEAD.match(self.text, offset) is not None
        index = bisect.bisect_left(self.people_starts, offset)
        for person in self.people[index : index + _CATAPHORA_MENTIONS]:
            if person.start - offset > _MAX_ANTECEDENT_DISTANCE:
                break
            named_at = max(offset, person.start - len(lead))
            if person.label != "PERSON" or self.text[named_at : person.start].lower() != lead:
                continue
            if restricted and self.in_content(named_at):
                # "A driver who stopped to help said ... Police said the driver, Mark Hale, was
                # arrested": a report about a driver, maybe not the one the clause picked out
                continue
            words = [word.strip(".,;:") for word in self.text[offset:named_at].lower().split()]
            brought_in = sum(
                word == head and (at == 0 or words[at - 1] != "the")
                for at, word in enumerate(words)
            )
            return self.named(person) if brought_in == 1 else None
        return None

    def unnamed_role_before(self, offset: int, role: str) -> str | None:
        """The last speaker before ``offset`` that is an unnamed holder of ``role`` brought in
        as one of many (``One teacher``, ``a former carer``), which ``the teacher`` takes up
        before a named person whose title holds the word (``the head teacher, Rachel
        Vintner``)."""
        for start, name, kind in itertools.islice(self.speakers_before(offset), _ROLE_SPEAKERS):
            around = self.text[max(0, start - _ROLE_WINDOW) : start + len(name) + _ROLE_WINDOW]
            if kind is SpeakerKind.PERSON and role in around.lower().split():
                return None  # "Another teacher, Jane Roe, said": a named holder spoke since
            if kind is not SpeakerKind.UNKNOWN or _head_word(name, self.lexicon).lower() != role:
                continue
            opening = self.text[start : start + len(name) + len("another ")].lower()
            if opening.startswith(("a ", "an ", "one ", "another ")):
                return name
        return None

    def cited_role_before(self, offset: int, role: str) -> str | None:
        """The last holder of ``role`` a report cited unnamed in the sentence of ``offset`` or
        the two before, outside quotes (``Interlink reported, citing a source in the security
        services, that ... The source said``): the cited words without their article."""
        sentence = bisect.bisect_right(self.sentence_starts, offset) - _SUBJECT_SENTENCES
        floor = self.sentence_starts[max(sentence, 0)] if self.sentence_starts else 0
        floor = max(floor, offset - _ROLE_NAMED_REACH)
        found = None
        for cited in _CITED_ROLE.finditer(self.text, floor, offset):
            words = cited.group(1).split()
            # "quoting a source in the ministry as saying", "citing a source who asked not to be
            # named": the report and a relative clause are no part of the source
            end = next((i for i, word in enumerate(words) if word in _CITED_ROLE_ENDS), len(words))
            phrase = " ".join(words[:end])
            phrase = phrase[: time_tail_start(phrase, 0, len(phrase))].rstrip()
            if not self.in_content(cited.start()) and _head_word(phrase, self.lexicon) == role:
                found = phrase
        return found

    def party_member(self, party: str, states: list[str], offset: int) -> str | None:
        """The nearest person named before ``offset`` with a party tag of ``party`` around the
        name, of one of ``states`` when the description names any (``Sen. Annika Drury,
        R-Kan.`` is ``the Kansas Republican``)."""
        lexicon = self.lexicon
        index = bisect.bisect_left(self.people_starts, offset) - 1
        while index >= 0 and offset - self.people[index].start <= _MAX_ANTECEDENT_DISTANCE:
            person = self.people[index]
            index -= 1
            if not self.names_a_person(person):
                continue  # "R-Kan.": the tag itself
            for word in self.described_with(person, offset):
                letter, _, state = word.partition("-")
                state_name = (
                    lexicon.us_states.get(state) or lexicon.us_states.get(state + ".") or ""
                ).lower()
                if (
                    lexicon.parties.get(letter) == party
                    and state_name
                    and (not states or state_name in states)
                ):
                    return self.named(person)
        return None

    def described_with(self, person: EntityMention, offset: int) -> list[str]:
        """The lower-case words that describe a person where it is named: the mention and those
        before it in its sentence, after any other person named and any verb or preposition
        (``German coach Jonas Weber``), and an appositive or ``of`` phrase after it (``Jonas
        Weber, the Eastfield manager,``, ``Sen. Ruiz of Florida``); not a relative clause about
        someone else (``Ashcombe, who advised the Premier``), nor the description being
        resolved (``Mara Quist. The Ohio senator ...``)."""
        text = self.text
        floor = max(self.sentence_start(person.start), person.start - _ROLE_WINDOW)
        index = bisect.bisect_left(self.people_starts, person.start) - 1
        if index >= 0 and self.people[index].label == "PERSON":
            # "Actress Lena Marsh, a Tomas Reiner supporter": the words before another
            # person named just before describe that person
            floor = max(floor, self.people[index].end)
        left = text[floor : person.end]
        left = left[max(left.rfind(mark) for mark in _APPOSITIVE_BREAKS) + 1 :]
        left = left[_after_sentence_end(left) :]
        words = left.split()
        for position in range(len(words) - 1, -1, -1):
            if words[position].lower() in _DESCRIPTION_STOPS and not _joins_a_body_name(
                words, position
            ):
                # "The actress is a campaigner for Senator Tomas Reiner": a verb or a
                # preposition ends what describes the name
                left = " ".join(words[position + 1 :])
                break
        after = text[person.end : min(offset, person.end + _ROLE_WINDOW)]
        right = ""
        if after.startswith((",", " of ")):
            right = after[1:].split(",", 1)[0]
            for mark in _APPOSITIVE_BREAKS:
                right = right.split(mark, 1)[0]
            right = right[: _sentence_end_in(right)]
            first = right.split()[0] if right.split() else ""
            if first.lower() in RELATIVE_WORDS or (
                after.startswith(",")
                and first.islower()
                and (first.endswith("ed") or first in self.lexicon.cues)
            ):
                right = ""  # "Callum Rhys-Bevan, urged the Chancellor to act": a verb's, no role
        elif (given := _GIVEN_A_POST.match(after)) is not None:
            right = given.group("post")  # "Yvette Crossland was appointed Home Secretary"
        return [word.lower() for word in _WORD_IN_DESCRIPTION.findall(f"{left} {right}")]

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding ``offset`` starts."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_starts[index] if index >= 0 else 0

    def sentence_end(self, offset: int) -> int:
        """Where the sentence holding ``offset`` ends: where the next one starts."""
        index = bisect.bisect_right(self.sentence_starts, offset)
        return self.sentence_starts[index] if index < len(self.sentence_starts) else len(self.text)

    @functools.cached_property
    def first_body_paragraph(self) -> int:
        """The index of the first paragraph after a headline and a byline (``Housing target
        defended``, ``By Anna Lynch``): short lines with no sentence end, or a byline."""
        index = 0
        while index < min(len(self.paragraph_starts), _HEAD_PARAGRAPHS):
            start = self.paragraph_starts[index]
            end = (
                self.paragraph_starts[index + 1]
                if index + 1 < len(self.paragraph_starts)
                else len(self.text)
            )
            line = self.text[start : min(end, start + _HEADLINE_LENGTH + 1)].strip()
            headline = len(line) <= _HEADLINE_LENGTH and not line.endswith(_SENTENCE_ENDS)
            if not (headline or line.startswith("By ")) or index + 1 >= len(self.paragraph_starts):
                break
            index += 1
        return index

    def in_headline(self, offset: int) -> bool:
        """Whether ``offset`` lies in a headline before the story (see ``first_body_paragraph``)."""
        return bisect.bisect_right(self.paragraph_starts, offset) - 1 < self.first_body_paragraph

    def in_a_lede(self, offset: int) -> bool:
        """Whether ``offset`` lies in a story's first two paragraphs or its first paragraph after
        a headline and a byline, or in a paragraph that opens with a dateline or follows one
        (each item of a round-up of wire stories is a lede of its own: ``KESSARAN, Almeria
        (AFP) - ... his lawyer said``)."""
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if index <= max(1, self.first_body_paragraph):
            return True  # the first two paragraphs, or the first after a headline and a byline
        return any(
            past_dateline(self.text, self.paragraph_starts[position])
            > self.paragraph_starts[position]
            for position in (index, index - 1)
        )

    def kin_of(self, kin: str, offset: int, owner: str) -> str | None:
        """The nearest person named before ``offset`` with a kin noun beside the name (``his
        wife, Clara``) in a sentence that names ``owner`` (``Vane``), in full where the text
        names them in full."""
        index = bisect.bisect_left(self.people_starts, offset) - 1
        while index >= 0 and offset - self.people[index].start <= _MAX_ANTECEDENT_DISTANCE:
            person = self.people[index]
            index -= 1
            if kin not in self.described_with(person, offset) or owner not in self.text[
                self.sentence_start(person.start) : person.start
            ].lower().replace("\u2019", "'"):
                continue
            if self.names_a_person(person):
                return self.named(person)
            given = self.text[person.start : person.end]
            if given.lower() in self.lexicon.given_names:
                # "his wife, Clara ... Clara Vane": the full name given anywhere
                low = bisect.bisect_left(self.people_starts, offset - _MAX_ANTECEDENT_DISTANCE)
                high = bisect.bisect_right(self.people_starts, offset + _MAX_ANTECEDENT_DISTANCE)
                fuller = (self.named(other) for other in self.people[low:high])
                return next((name for name in fuller if name.startswith(given + " ")), given)
        return None

    def subject_person_before(self, offset: int, role: str = "") -> str | None:
        """The person named first, near its start, in the sentence of ``offset`` or one of the
        two before, nearest sentence first: whom a varied description takes up (``Runner-up
        Tomasz Kowalczyk ... said ... The Polish-born baker added``); not one of the other
        gender than the ``role`` tells (``the mother of three``), nor one given another title
        (``Manager Tom Reyes ... The 19-year-old striker said``)."""
        gender = _KIN_GENDERS.get(role)
        sentence = bisect.bisect_right(self.sentence_starts, offset) - 1
        for index in range(sentence, max(sentence - _SUBJECT_SENTENCES, -1), -1):
            start = self.sentence_starts[index]
            first = bisect.bisect_left(self.people_starts, start)
            if first == len(self.people) or self.people[first].start >= offset:
                continue
            person = self.people[first]
            if self.text.startswith(" via ", person.end) or self.in_byline(person.start):
                continue  # "Neville Barraclough via Getty Images.": a picture's credit; a byline
            if person.start - start > _SUBJECT_OPENING or not self.names_a_person(person):
                continue
            if _PERSON_SUBJECTS.intersection(self.text[start : person.start].lower().split()):
                continue  # "He went on to call Moreno ...": the sentence is about someone else
            name = self.named(person)
            mention = self.with_honorific(person)
            if gender is not None and self.gender_of(name, mention) not in (gender, "u"):
                return None
            titles = {
                word
                for word in self.described_with(person, offset)
                if _holds_a_post(word, self.lexicon)
            }
            if role in self.lexicon.titles and titles and role not in titles:
                return None  # "Manager Tom Reyes" is no "striker"
            return name
        return None

    def people_just_before(self, offset: int) -> list[EntityMention]:
        """The people named in the sentence of ``offset`` and the one before, before it."""
        sentence = bisect.bisect_right(self.sentence_starts, offset) - 2
        floor = self.sentence_starts[max(sentence, 0)] if self.sentence_starts else 0
        low = bisect.bisect_left(self.people_starts, floor)
        high = bisect.bisect_left(self.people_starts, offset)
        return [person for person in self.people[low:high] if self.names_a_person(person)]

    def only_person_before(self, offset: int, holders: frozenset[str] = frozenset()) -> str | None:
        """The one person named in the sentence of ``offset`` and the one before, before
        ``offset``, unless a nationality describes them: whom a nationality no one was named
        with can take up (``the Scot``) without a guess between two people. People named with
        a role of ``holders`` are left out (``defeating Premier Bronwyn Tate. The
        Premier-elect``: who holds the title now is not who will)."""
        named = self.people_just_before(offset)
        # ("Bremer, who had beaten Quintero twice before, was gracious": the clause's person
        # is no rival to the one it describes)
        people = [
            person
            for person in named
            if not self.in_a_relative_clause(person, named)
            and (
                not holders
                or holders.isdisjoint(
                    _role_forms(self.described_with(person, offset), self.lexicon)
                )
            )
        ]
        if len({self.named(person) for person in people}) != 1:
            return None
        around = self.described_with(people[0], offset)
        if any(word in self.lexicon.nationalities for word in around):
            return None  # "Welsh manager Huw Price": someone else's nationality
        return self.named(people[0])

    def in_a_relative_clause(self, person: EntityMention, people: list[EntityMention]) -> bool:
        """Whether ``person`` is named inside a relative clause set off by commas after another
        of ``people`` (``Bremer, who had beaten Quintero twice before, was gracious``): named
        in what the clause says of the other, whom the sentence goes on to be about."""
        rest = self.text[person.end : self.sentence_end(person.start)]
        if "," not in rest:
            return False  # "Quintero beat Bremer, who had beaten Quintero": no clause closed
        for other in people:
            gap = self.text[other.end : person.start]
            if (
                other.end <= person.start
                and gap.startswith(_RELATIVE_OPENINGS)
                and not any(mark in gap[1:] for mark in ",.!?;")
            ):
                return True
        return False

    def acts_as_subject(self, offset: int, role: str) -> bool:
        """Whether the one person named just before a bare title (``the striker said``) is
        what their sentence is about, so the title can vary their name: not a verb's object
        (``Police arrested Tom Roe``), not in the passive (``Ines Varga, 34, was found dead``),
        not described otherwise (``Tom Roe, a local farmer,``), and the title no other word of
        those sentences (``Tom Roe met the governor. ... the governor said``: the other
        person)."""
        person = self.people_just_before(offset)[0]
        text = self.text
        start = self.sentence_start(person.start)
        before = text[start : person.start].split()
        rest = text[person.end : person.end + _ROLE_WINDOW]
        aside = rest[1 : rest.find(",", 1)].split() if rest.startswith(",") else []
        after = rest[len(aside) and rest.find(",", 1) + 1 :].split()
        return (
            not (before and before[-1].islower() and _is_verb_like(before[-1], self.lexicon))
            and not (
                len(after) > 1
                and after[0].lower() in BE_FORMS
                and (_verb_form(after[1]) or after[1] in IRREGULAR_PASTS | _IRREGULAR_PARTICIPLES)
            )
            # (nor given another description: "Tom Roe, a local farmer, ... the minister said")
            and not (aside and aside[0].lower() in ("a", "an", "the") and role not in aside)
            and role not in text[start:offset].lower().split()
        )

    def names_a_person(self, mention: EntityMention) -> bool:
        """Whether a name mention is a person's: so labelled, or a name of two words or more
        that reads as one, in full where it is named (``Marguerite Fennell``, ``Vane`` after
        ``Rupert Vane``)."""
        if mention.label == "PERSON":
            return True
        name = self.named(mention)
        return mention.label == "NAME" and len(name.split()) >= 2 and self.plain_name(name)

    def person_aged(self, ages: range, offset: int, *, alone: str = "") -> str | None:
        """The nearest person named before ``offset`` with an age of ``ages`` after the name
        (``Jonas Weber, 52,``); for a noun ``alone`` that covers many ages (``the teenager``),
        only one no other person of such an age competes with, named or met since without a
        name (``a 15-year-old boy``): the noun cannot choose between them."""
        index = bisect.bisect_left(self.people_starts, offset) - 1
        found = None
        while index >= 0 and offset - self.people[index].start <= _MAX_ANTECEDENT_DISTANCE:
            person = self.people[index]
            index -= 1
            age = _AGE_AFTER_NAME.match(self.text, person.end)
            if age is None or int(age.group(1)) not in ages or person.label != "PERSON":
                continue
            name = self.named(person)
            if not alone:
                return name
            if found is None and self.unnamed_aged(ages, alone, person.end, offset):
                return None
            if found not in (None, name):
                return None  # "Lee Marsh, 17, and Rory Dunn, 16, ... the teenager said"
            found = name
        return found

    def doer_of(self, noun: str, deeds: frozenset[str], offset: int) -> str | None:
        """The person who spoke before ``offset`` in the sentence of the last cue among
        ``deeds`` (``Dora Finch, who lived next door, testified``: Finch, the subject of the
        report, not a person named in its subject's relative clause); none when another one
        the ``noun`` describes is brought in after it (``the defense called its first
        witness, a bartender``)."""
        deed = -1
        previous = ""
        described = 0  # words left after one that describes the witness who testified
        capital = False  # whether the word before is capitalised, a name's ("Finch was")
        for word in _PLAIN_WORD.finditer(
            self.text, max(0, offset - _MAX_ANTECEDENT_DISTANCE), offset
        ):
            lowered = word.group().lower()
            if lowered in deeds:
                deed = word.start()
            elif deed != -1 and lowered == noun and previous != "the" and not described:
                deed = -1  # a new witness, not yet said to have testified
            # "She was the only witness", "Finch was the only witness", "appeared as a witness",
            # "called no other witness" describe the one who testified, not a new one ("Also
            # called was a witness", "the other witness", "The bartender was a second witness")
            described = (
                _WITNESS_DESCRIBED_WORDS
                if lowered in _WITNESS_DESCRIBED
                or (lowered in BE_FORMS and (previous in _WITNESS_SUBJECTS or capital))
                else max(described - 1, 0)
            )
            previous = lowered
            capital = word.group()[:1].isupper()
        index = bisect.bisect_right(self.sentence_starts, deed) - 1
        if deed == -1 or index < 0:
            return None
        return next(
            (
                name
                for start, name in reversed(self.people_by_sentence.get(index, ()))
                if start < deed
            ),
            None,
        )

    def unnamed_aged(self, ages: range, noun: str, start: int, end: int) -> bool:
        """Whether someone of an age of ``ages`` is met without a name between ``start`` and
        ``end`` (``charged Mark Dole, 19, with assaulting a 15-year-old boy``, ``a teenager``)."""
        between = self.text[start:end].lower()
        return (
            f" a {noun}" in between
            or f" an {noun}" in between
            or any(int(found.group(1)) in ages for found in _UNNAMED_AGE.finditer(between))
        )

    def named_speaker_of_paragraph(self, offset: int, *, paragraphs: int = 0) -> str | None:
        """The name of the last speaker before ``offset`` when it is a named person who spoke
        in the same paragraph (or up to ``paragraphs`` before it)."""
        last = next(self.speakers_before(offset), None)
        if last is None or last[2] is not SpeakerKind.PERSON or not last[1][:1].isupper():
            return None
        starts = self.paragraph_starts
        apart = bisect.bisect_right(starts, offset) - bisect.bisect_right(starts, last[0])
        return last[1] if apart <= paragraphs else None

    def classify(self, mention_text: str, offset: int) -> tuple[SpeakerKind, str]:
        """Kind and name of a mention that is not a pronoun; a sentence's opening "The" is
        read as the "the" it is elsewhere (``The Coast Guard said`` names ``Coast Guard``)."""
        if mention_text.startswith("The ") and self.opens_sentence(offset, opener=False):
            lowered = "t" + mention_text[1:]
            kind, name = self.classify_as_written(lowered, offset)
            # "The Rock said", "The Weeknd said": one singular word that names no body, and
            # no one named before, keeps its "The" (not "The Ferrers"; nor "The Gazette"
            # after "The Harlow Gazette")
            if (
                kind in (SpeakerKind.ORGANISATION, SpeakerKind.GROUP)
                or name != _strip_article(lowered)
                or len(mention_text.split()) > 2
                or mention_text.endswith("s")
            ):
                return kind, name
        return self.classify_as_written(mention_text, offset)

    def classify_as_written(self, mention_text: str, offset: int) -> tuple[SpeakerKind, str]:
        """Kind and name of a mention that is not a pronoun, its capitals read as written."""
        kind, name, titled = remembered("mentions", mention_text, self.lexicon, _read_mention)
        if kind is not None:
            return kind, name
        # (the aside may be read into the mention: "Reyes, for her part")
        comma = mention_text.find(",")
        gender = honorific_gender(mention_text, self.lexicon) or self.aside_gender(
            offset + (comma if comma != -1 else len(mention_text))
        )
        name = self.full_name(name, offset, gender)
        lowered = name.lower()
        if not (
            titled
            or " " in name  # a person's full name was found for it
            or lowered in self.full_names  # a person's surname, however far
            or lowered in self.genders
            or self.place_word(name)
            or lowered in self.lexicon.parties
        ):
            body = self.body_named_by(name, offset)
            if body is not None:
                return SpeakerKind.ORGANISATION, body  # "Veltra Systems fell. Veltra said"
        given = name.split()[0].lower() if name.split() else ""
        if (
            titled
            or len(name.split()) > 1
            # (a given name alone that names a country too speaks for it: "India said")
            or (given in self.lexicon.given_names and not self.place_word(name))
        ):
            kind = SpeakerKind.PERSON
        else:
            kind = SpeakerKind.UNKNOWN
        if name.casefold() in self.genders:
            kind = SpeakerKind.PERSON
        return kind, name

    def aside_gender(self, end: int) -> str | None:
        """The gender a possessive in an aside right after a name ending at ``end`` gives
        (``Reyes, for her part, said``: a woman, not her husband Tomas Reyes named just
        before), when the aside's noun is the speaker's own act (not ``Moss, in her absence,
        said``), or None."""
        aside = _ASIDE_OWNER.match(self.text, end, end + _ASIDE_OWNER_REACH)
        if aside is None or (
            aside.group(1) != "like" and aside.group(3) not in _OWN_ASIDE_NOUNS[aside.group(1)]
        ):
            return None
        return _OWNER_GENDERS[aside.group(2)]

    def body_named_by(self, word: str, offset: int) -> str | None:
        """The organisation a single word names by the first word of its name, among the
        recent speakers or the bodies named earlier in the text (``Veltra`` for ``Veltra
        Systems``)."""
        prefix = word + " "
        for _, name, kind in self.speakers_before(offset):
            if kind is SpeakerKind.ORGANISATION and name.startswith(prefix):
                return name
        index = bisect.bisect_left(self.mention_starts, offset) - 1
        while index >= 0 and offset - self.mentions[index].start <= _MAX_ANTECEDENT_DISTANCE:
            mention = self.mentions[index]
            index -= 1
            text = self.text[mention.start : mention.end]
            if text.startswith(prefix) and _organisation_head(
                text.split()[-1].lower(), self.lexicon
            ):
                return _strip_article(text)
        return None

    def make(self, name: str, mention: Span, kind: SpeakerKind) -> Speaker:
        self.speaker_mentions.append((mention.start, name, kind))
        words = name.split()
        if (
            kind is SpeakerKind.ORGANISATION
            and len(words) > 1
            and name[:1].islower()
            and self.text[mention.start : mention.start + len("the ")].lower() == "the "
        ):
            # "the county health department": a body a later "the department" may take up
            self.described_bodies.setdefault(words[-1].lower(), []).append((mention.start, name))
        if kind is SpeakerKind.PERSON:
            sentence = bisect.bisect_right(self.sentence_starts, mention.start) - 1
            self.people_by_sentence.setdefault(sentence, []).append((mention.start, name))
            # "Sir Bartholomew Quayle", "Mrs. Roe": the mention's honorific, else the given name
            gender = honorific_gender(mention.text, self.lexicon) or self.given_gender(name)
            if gender in ("m", "f"):
                self.genders.setdefault(name.casefold(), gender)
        return Speaker(name=name, mention=mention, kind=kind, entity=self.entity(name))


# Prepositions of a place that a group noun opening a mention may be placed by ("Residents
# along Mill Road", "Neighbors on Sumner Avenue").
_STREET_PREPOSITIONS = frozenset("on along near across around outside off".split())


# An age set off by commas right before a relative pronoun ("Maureen Oakhurst, 71, who").
# Audit: fixed characters and a bounded digit run, anchored at the window's end.
_AGE_BEFORE_RELATIVE = regex.compile(r",[ ]\d{1,3}+$")
_AGE_CHARACTERS = 6  # ", 101": the longest such age
# An age right after a name ("Jonas Weber, 52,"). Audit: fixed characters and a bounded
# possessive digit run, anchored by match; no word character may follow the digits.
_AGE_AFTER_NAME = regex.compile(r",[ ](\d{1,3}+)(?!\w)")
# Someone given an age without a name ("assaulting a 15-year-old boy"). Audit: fixed words
# around a bounded possessive digit run.
_UNNAMED_AGE = regex.compile(r"\ban?[ ](\d{1,3}+)-year-old\b")


# A comma that sets off part of a mention, not one grouping a number's digits ("a petition
# signed by 2,300 people"). Audit: one character with fixed-width lookarounds.
_PART_COMMA = regex.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")


def _comma_parts(mention_text: str, lexicon: Lexicon) -> list[str]:
    """A mention's parts set off by commas, a number's commas kept inside its part and a
    state's inside the noun phrase it is part of (``A spokeswoman for the Santa Clara, Calif.,
    company``: one part)."""
    parts = [str(part) for part in _PART_COMMA.split(mention_text)]
    index = 1
    while index < len(parts) - 1:
        if _state_in_phrase(parts[index - 1], parts[index].strip(), parts[index + 1], lexicon):
            parts[index - 1 : index + 2] = [",".join(parts[index - 1 : index + 2])]
        else:
            index += 1
    return parts


def _read_mention(mention_text: str, lexicon: Lexicon) -> tuple[SpeakerKind | None, str, bool]:
    """What a mention says of its speaker before the document is consulted: a group's or an
    organisation's kind and name; or no kind, the person's name as written, and whether a
    title or an honorific comes with it. News repeats its mentions, so this is remembered."""
    named, bracket, bracketed = mention_text.partition(" (")
    if bracket and named.strip():
        # "the Federal Statistical Office (Destatis)": a name, then what it is also called; what
        # follows the bracket stays ("The leader of the Scottish National Party (SNP), John
        # Swinney")
        mention_text = named + bracketed.partition(")")[2]
    parts = _comma_parts(mention_text, lexicon)
    if (
        len(parts) > 1
        and parts[1].split()[:1] in (["of"], ["from"])
        and _plain_person_name(person_name(parts[0], lexicon), lexicon)
    ):
        # "Political analyst Dr Martin Kovacs, of Westralind University, said": where the
        # person works, set off by commas (British style), is no name of the speaker's
        mention_text = parts[0]
    mention_text = _undated_document(mention_text)
    words = name_words(mention_text)
    name = _strip_article(mention_text)
    if role_without_name(mention_text, lexicon):
        # "Port chief: dredging will go ahead": a body's role, whose holder is not named (a
        # person, whom a pronoun may take up)
        return None, name, True
    officer = _officer_after_body(_comma_parts(mention_text, lexicon)[0], lexicon)
    institution = name.lower().replace("\u2019", "'")
    owner, _, owned_body = institution.partition("'s ")
    if institution in read_words("institutions.tsv") or (
        owned_body and " " not in owner and owned_body in read_words("institutions.tsv")
    ):
        # "the Kremlin", "Downing Street"; "Peru's Red Cross": the body, its country's own
        return SpeakerKind.ORGANISATION, name, False
    head = _head_word(officer or mention_text, lexicon)
    if (
        len(words) > 2
        and words[0] == head
        and words[1] == "of"
        and head.lower() in read_words("document_nouns.tsv")
    ):
        # "Records of the state Department of Environmental Quality show": the documents, of
        # the body that keeps them
        return SpeakerKind.UNKNOWN, name, False
    if (
        head.islower()
        and head in read_words("document_nouns.tsv")
        # (a place names nobody: "reports in Spain")
        and not any(
            word[:1].isupper() and previous not in PLACE_PREPOSITIONS
            for previous, word in itertools.pairwise(words)
        )
    ):
        # "Recent polls": a document, nobody's name (but "data compiled by Marlowe Financial"
        # names the body that compiled it)
        return SpeakerKind.UNKNOWN, _strip_article(_comma_parts(mention_text, lexicon)[0]), False
    owned_document = _owned_document(name, head, lexicon)
    if owned_document is not None:
        return SpeakerKind.UNKNOWN, owned_document, False
    if (
        len(words) > 2
        and words[1] in _STREET_PREPOSITIONS
        and words[0].lower() in lexicon.group_nouns
        and all(word[:1].isupper() for word in words[2:])
    ):
        head = words[0]  # "Neighbors on Sumner Avenue": where the group lives is no name
    # "Two government MLAs", "Liberal MPPs": a plural of capital letters counts members, a group
    # as "two government officials" is, listed in group_nouns.tsv or not ("MPs" is)
    counted_letters = head.endswith("s") and _acronym(head[:-1])
    group_kind = lexicon.group_nouns.get(head.lower()) or (
        SpeakerKind.GROUP if counted_letters else None
    )
    # "figures released on Friday": a day, a month or a function word names nobody
    capitalised = [w for w in words if w[:1].isupper() and w.lower() not in lexicon.not_names]
    # "Republicans said", "Some Republicans said": a capitalised group word alone or counted
    sentence_initial = words[:1] == [head] or (
        len(words) == 2 and words[1] == head and words[0].lower() in _DESCRIPTION_LEADS
    )
    # "a nurse", "His daughter, a nurse in Keel": a description, whose place names nobody (so
    # too a lead standing alone: "one, a retired teacher from Lima")
    lead = words[0].lower().removesuffix(",") if words else ""
    description_first = (lead in _DESCRIPTION_LEADS or lead in _PERSONAL_OWNERS) and head.islower()
    owned = (
        bool(words)
        and (words[0].lower() in ("its", "their") or words[0].endswith(OWNER_ENDINGS))
        and head.islower()
    )  # "its operator, Nordkraft", "Morrow's label, Parhelion Records"
    possessive = bool(words) and words[0].endswith(OWNER_ENDINGS)
    if description_first or owned:
        # "The country's medicines regulator, the Therapeutic Products Authority, said", "The
        # plant's operator, Nordkraft, said": the body's name set off by commas is the
        # source's name, told by its own last word or by the description's head noun
        parts = _comma_parts(mention_text, lexicon)
        # the description's head, before its "of" phrase ("The head of the Health Board",
        # "The opposition leader on the council")
        head_noun = _head_word(parts[0], lexicon).lower().replace("\u2019", "'").removesuffix("'s")
        described_kind = lexicon.group_nouns.get(head_noun)
        for part in parts[1:]:
            body = _capitalised_tail(part.strip())
            if (
                body
                and (not possessive or body == part.strip())
                and (
                    _organisation_head(body.split()[-1].lower(), lexicon)
                    # the name alone, not "run by Colm Treacy"
                    or (
                        described_kind is SpeakerKind.ORGANISATION
                        and body == part.strip()
                        # (not a person's name: "The Gazette's publisher, Alan Fairweather";
                        # nor a place's state or country: "The company, based in Omaha, Neb.")
                        and not _plain_person_name(body, lexicon)
                        and body.lower() not in lexicon.us_states
                        and body.lower() not in lexicon.nationalities
                    )
                )
            ):
                return SpeakerKind.ORGANISATION, body, False
    named_later = any(
        _name_strength(part, lexicon) == _PERSON_LIKE
        and not _participle_phrase(part)  # "The complaint, filed in March by ..."
        for part in _comma_parts(mention_text, lexicon)[1:]
    )
    described = description_first and not named_later
    if (
        # (a group's word, unless a person's name follows it: "The Gazette's publisher, Alan
        # Fairweather")
        (
            group_kind is not None
            and (not head[:1].isupper() or sentence_initial or counted_letters)
            and not (named_later and description_first)
        )
        or not capitalised
        or described
    ):
        described_text = _comma_parts(mention_text, lexicon)[0]
        relative = _RELATIVE_AFTER_NAME.search(described_text)
        if relative is not None:  # "Two officials who spoke on condition of anonymity"
            described_text = described_text[: relative.start()]
        # "the candidate's pledge", "the voters' verdict": the owner of a noun cue, named
        # without the ending
        owner = described_text.replace("\u2019", "'")
        if owner.endswith(OWNER_ENDINGS) and owner.split()[-1][:-2].lower() not in CONTRACTED:
            described_text = described_text[: -1 if owner.endswith("s'") else -2]
        return group_kind or SpeakerKind.UNKNOWN, _strip_article(described_text), False
    # "Frank Church", "Ms. Church": a given name or a short title before a word that may end
    # a body's name too
    surname = head.lower() in _SURNAMES_TOO and (
        words[0].lower() in lexicon.given_names or short_title(words[0], lexicon)
    )
    if (
        group_kind is SpeakerKind.ORGANISATION
        and not surname
        and not (named_later and description_first)
    ):
        # "Harbor Bank"; "The Acme Union, which represents 28,000 staff", "The Coastal Rescue
        # Institution, the charity that runs the station": the name alone
        relative = _RELATIVE_AFTER_NAME.search(mention_text)
        name = mention_text[: relative.start()] if relative is not None else mention_text
        first, _, rest = name.partition(",")
        # "The state Republican Party, in a statement, said": an aside opening with a
        # preposition says how or where, not who
        after = rest.split()
        aside = bool(after) and after[0] in _PART_PREPOSITIONS
        if rest and (_capitalised_tail(first) == _strip_article(first) or aside):
            name = first
        return SpeakerKind.ORGANISATION, _strip_article(name.rstrip(", ")), False
    parts = _comma_parts(mention_text, lexicon)
    ends = [part.split()[-1].lower().rstrip(".") for part in parts if part.split()]
    if _BODY_WITH_AND.fullmatch(parts[0].strip()):
        # "The Health and Safety Executive": a body whose name joins two words with "and"
        return SpeakerKind.ORGANISATION, _strip_article(parts[0].strip()), False
    body = _body_named_with_of(parts[0].strip(), lexicon)
    if body:
        return SpeakerKind.ORGANISATION, body, False
    if len(parts) > 1 and _COMPANY_SUFFIXES.intersection(ends[:2]):
        # "Brightwater Robotics, Inc., a leader in farm equipment", "Acme Corp., a maker of
        # tractors": a company
        return SpeakerKind.ORGANISATION, _strip_article(parts[0]), False
    for part in parts[:2]:
        # "Selwyn Harbour Holdings, which runs the port", "Morrow's label, Parhelion Records":
        # a body's name before its relative clause or after its description
        run = _last_capitalised_run(_RELATIVE_AFTER_NAME.split(part, maxsplit=1)[0].strip())
        if len(run.split()) >= 2 and _organisation_head(run.split()[-1].lower(), lexicon):
            return SpeakerKind.ORGANISATION, _strip_article(run), False
    named = _capitalised_tail(mention_text)
    last_run = _last_capitalised_run(mention_text)
    if last_run and (
        _ends_like_a_body(last_run, lexicon)
        or _described_as_organisation(mention_text, last_run, lexicon)
    ):
        # "Bus operator Selkirk Coaches", "Tollandshire Police", "Italian outlet Calcio Oggi"
        return SpeakerKind.ORGANISATION, last_run, False
    if named and (
        _organisation_head(head.lower(), lexicon)
        or (
            _acronym(named, articled=name != mention_text)
            and named.lower() + "." not in lexicon.nationalities  # not "U.S"
        )
        or _described_as_organisation(mention_text, named, lexicon)
        or _opens_with_organisation_word(named, lexicon)
    ):
        # "Dunmore Foods", "Acme Corp.", "Tollandshire Police", "the FBI", "the agency OTA",
        # "Network Rail"
        return SpeakerKind.ORGANISATION, named, False
    core = _name_core(mention_text, lexicon)
    before = _before_postmodifier(core, lexicon)
    if before != core and (
        _plain_person_name(before, lexicon)
        or _plain_person_name(person_name(before, lexicon), lexicon)
    ):
        # "Gwen Hollis of the patient group Westvale Voices", "Imam Yusuf Khalani of the
        # Wenmouth Central Mosque": the person
        core = before
    name = person_name(core, lexicon)
    titled = name != " ".join(name_words(core))
    return None, name, titled or honorific_gender(core, lexicon) is not None


# Lower-case words inside a body's name ("Bank of England", "Department for Education").
_NAME_JOINERS = frozenset(("of", "for"))
# "The" and capitalised words joined by "and" (and "of", "for"): the name of a body, never of
# a person.
_NAME_WORD = rf"[ ](?:{'|'.join(sorted(_NAME_JOINERS))}|\p{{Lu}}[\p{{L}}\-]*+)"
# Audit: possessive word runs; the lazy repetition gives back one word per try before a fixed
# "and", and it is matched whole against one mention, at most LONGEST_MENTION long.
_BODY_WITH_AND = regex.compile(
    rf"[Tt]he(?:{_NAME_WORD})*?[ ]\p{{Lu}}[\p{{L}}\-]*+[ ]and(?:{_NAME_WORD})++"
)


# Words that end organisations' names and are common surnames too (Frank Church, Emily Post,
# Margaret Court, Eddie House): a name ending in one is taken for a body only when no given name
# comes before the word (Coast Guard, Supreme Court).
_SURNAMES_TOO = frozenset("church post court house guard mission front chamber".split())


def _organisation_word_kind(word: str, lexicon: Lexicon) -> str | None:
    """The kind ``data/organisation_words.tsv`` gives a lower-case word, with or without its
    dot (``corp`` is ``corp.``)."""
    kinds = lexicon.organisation_words
    return kinds.get(word) or kinds.get(word + ".")


def _organisation_head(word: str, lexicon: Lexicon) -> bool:
    """Whether a name's last word makes it an organisation (``Tollandshire Police``,
    ``Selkirk Coaches``' kind of business word, ``Eastbrook Council``), not a place's word
    (``Rostov Region``) or a surname (``Church``)."""
    kind = _organisation_word_kind(word, lexicon)
    return kind is not None and kind != "place" and word not in _SURNAMES_TOO


def _ends_like_a_body(run: str, lexicon: Lexicon) -> bool:
    """Whether a run of capitalised words ends with an organisation's word; with one that is a
    surname too only after a word that is no given name (``Coast Guard``, ``Supreme Court``;
    not ``Frank Church``)."""
    words = run.split()
    last = words[-1].lower() if words else ""
    if last in _SURNAMES_TOO:
        before = words[-2].lower() if len(words) >= 2 else ""
        return (
            bool(before)
            and before not in lexicon.given_names
            # "Ms. Church", "Sen. Court": an honorific or a title names a person's surname
            and before not in lexicon.honorifics
            and before not in lexicon.titles
            and _organisation_word_kind(last, lexicon) is not None
        )
    return _organisation_head(last, lexicon)


def _officer_after_body(phrase: str, lexicon: Lexicon) -> str:
    """The title and name of a person after the name of the body they work for, joined by
    ``of`` or ``for`` (``Bank of Canada Governor Ann Dey``, ``Department of Homeland Security
    spokeswoman Ann Dey``): the head of the mention, which its "of" would otherwise end at the
    body's word (``Bank``); '' for any other phrase."""
    words = name_words(_strip_article(phrase))
    title = next((index for index, word in enumerate(words) if word.lower() in lexicon.titles), 0)
    name = title + 1
    while name < len(words) and words[name].lower() in lexicon.titles:
        name += 1  # "Lord Chancellor": a title of two words
    body = words[:title]
    return (
        " ".join(words[title:])
        if (
            title > 1
            and _NAME_JOINERS.intersection(body)
            and body[0][:1].isupper()
            and body[-1] not in _NAME_JOINERS  # ("Residents of King Street": a street)
            # "Office of Management and Budget Director Ann Dey"
            and all(word[:1].isupper() or word in _NAME_JOINERS or word == "and" for word in body)
            and name < len(words)
            and all(word[:1].isupper() for word in words[name:])
        )
        else ""
    )


def _capitalised_tail(mention_text: str) -> str:
    """The name a mention ends with when it is nothing more than lower-case words and a name
    (``the agency OTA``: ``OTA``; ``Dunmore Foods``); '' when a clause or an appositive is
    part of it."""
    words = mention_text.split()
    while words and (words[0].islower() or words[0].lower() in ARTICLES):
        words = words[1:]
    if not words or "," in mention_text or not all(word[:1].isupper() for word in words):
        return ""
    return " ".join(words)


# Words after which a capitalised run is where someone works, not who speaks.
_NOT_BEFORE_A_BODY = frozenset("the of at for from with in on to and by".split())


def _last_capitalised_run(mention_text: str) -> str:
    """The capitalised words a mention with no comma ends with (``Bus operator Selkirk
    Coaches``: ``Selkirk Coaches``); '' when it has a comma or ends in lower case."""
    if "," in mention_text:
        return ""
    words = mention_text.split()
    first = len(words)
    while first > 0 and words[first - 1][:1].isupper():
        first -= 1
    if any(word.lower() in _NOT_BEFORE_A_BODY for word in words[1:first]):
        # "Jane Roe of the Harbour Authority", "Gwen Hollis of the patient group Westvale
        # Voices": a person and where she works
        return ""
    if first < len(words) and words[first].lower() in ARTICLES:
        first += 1  # "The New York Times" at a sentence's start
    return " ".join(words[first:])


def _described_as_organisation(mention_text: str, named: str, lexicon: Lexicon) -> bool:
    """Whether an organisation's noun stands right before the name a mention ends with (``the
    medical charity Frontline Care``, ``the patient group Westvale Voices``)."""
    before = mention_text[: len(mention_text) - len(named)].split()
    return (
        bool(before)
        and lexicon.group_nouns.get(before[-1].lower()) is SpeakerKind.ORGANISATION
        # "panel Chairman Rep. Jason Holloway": a title or a given name makes a person
        and not any(
            word.lower() in lexicon.titles or word.lower() in lexicon.given_names
            for word in named.split()
        )
    )


def _body_named_with_of(phrase: str, lexicon: Lexicon) -> str:
    """The name of a body whose capitalised words go on with ``of`` or ``for`` after an
    organisation's word (``the U.S. Army Corps of Engineers``: ``Corps``), holding no title or
    given name; '' for any other phrase (``Corps of Engineers Commander Jim Roe``)."""
    name = _strip_article(phrase)
    words = name.split()
    joiner = next((index for index, word in enumerate(words) if word in _NAME_JOINERS), 0)
    named = (
        0 < joiner < len(words) - 1
        and _organisation_head(words[joiner - 1].lower(), lexicon)
        and all(
            (word[:1].isupper() or word in _NAME_JOINERS)
            and word.lower() not in lexicon.titles
            and word.lower() not in lexicon.given_names
            for word in words
        )
    )
    return name if named else ""


def _opens_with_organisation_word(name: str, lexicon: Lexicon) -> bool:
    """Whether a name of capitalised words opens with an organisation's word and holds no
    title or given name (``Network Rail``, ``Office Depot``): a body's name, as no person's
    name starts so (``Council Leader Ann Reeve`` is a person's title)."""
    words = name.split()
    return (
        len(words) >= 2
        and _organisation_head(words[0].lower(), lexicon)
        and not any(
            word.lower() in lexicon.titles or word.lower() in lexicon.given_names for word in words
        )
    )


def _acronym(name: str, articled: bool = False) -> bool:
    """Whether a name is an acronym alone, which names a body (``AA``, ``CNN``, ``OTA``): three
    letters or fewer in capitals (a transcript's ``WALLACE`` and ``KING`` are people), or any
    number after an article, which no person's name takes (``The SPFL``, ``the NAACP``)."""
    words = name.split()
    if len(words) != 1:
        return False  # "Ana Brandt MP", "Tom Reyes QC": a person and the letters after the name
    last = words[0]
    letters = last.replace(".", "")
    return (
        letters.isalpha()
        and letters.isupper()
        and len(letters) >= 2
        and last.lower() not in NAME_SUFFIXES  # "Charles Ellery III"
        and (len(letters) <= 3 or articled)
    )


def _of_the_state(words: list[str], lexicon: Lexicon) -> bool:
    """Whether a body's lower-case name words name one of the state's own (``Interior
    Ministry``, ``Central Bank of Vaskland``), which no one calls "the group"."""
    head = words[: words.index("of")] if "of" in words else words
    return _organisation_word_kind(head[-1] if head else "", lexicon) in _STATE_BODIES or head[
        -2:
    ] == ["central", "bank"]


def _business_word(word: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word ends a company's name (``foods``, ``corp.``, ``corp``)."""
    return _organisation_word_kind(word, lexicon) == "business"


def _surname_first(words: list[str], lexicon: Lexicon) -> bool:
    """Whether a name puts the family name first, so that ``Mr Li`` or ``Zhou`` repeats its first
    word: a two-word name whose second word is a known given name and first is not (``Li Wei``,
    ``Xi Haoran``), or a listed family name before a word no given name (``Zhou Minghua``,
    ``Kim Dong Chol``)."""
    if len(words) not in (2, 3):
        return False
    first, second = words[0].lower(), words[1].lower()
    if first in lexicon.surnames_first and second not in lexicon.given_names:
        return True
    return len(words) == 2 and second in lexicon.given_names and first not in lexicon.given_names


def _plain_person_name(phrase: str, lexicon: Lexicon) -> bool:
    """Whether a phrase is only a person's name: capitalised words led by a known given name
    or an honorific (``Gwen Hollis``, ``Mr. Bramwell``), no title (``Secretary``)."""
    words = name_words(phrase)
    lead = words[0].lower() if words else ""
    return (
        len(words) >= 2
        and (lead in lexicon.given_names or honorific_gender(phrase, lexicon) is not None)
        and lead not in lexicon.titles
        and all(word[:1].isupper() for word in words)
    )


def _head_word(mention_text: str, lexicon: Lexicon) -> str:
    """The head noun of a description: the last word before a postmodifier."""
    core = _before_postmodifier(mention_text, lexicon)
    words = name_words(core)
    return words[-1] if words else ""


def _before_postmodifier(mention_text: str, lexicon: Lexicon) -> str:
    # (a participle and its time are one: "Residents interviewed Tuesday")
    mention_text = mention_text[: _dated_participle_start(mention_text)]
    match = _POSTMODIFIERS.search(mention_text)
    core = mention_text[: match.start()].rstrip() if match and match.start() > 0 else mention_text
    return _comma_parts(core, lexicon)[0].strip()  # ("A Fresno, Calif., farmer": one part)


def _names_an_issuer(phrase: str, lexicon: Lexicon) -> bool:
    """Whether the words after a document's ``from`` or ``by`` name who issued it (``the
    Census Bureau``, ``the inspector general``, ``researchers at Yale``), not when it is
    from (``Data from the first quarter show``, ``figures from last year``, ``Figures from
    January``) nor whose time it is (``Data from Monday's election``, ``figures from the
    mayor's first year in office``: after an owner, a name or the noun right after it counts:
    ``the governor's office``)."""
    words = name_words(phrase)
    owners = [index for index, word in enumerate(words) if word.endswith(OWNER_ENDINGS)]
    after = owners[-1] + 1 if owners else 0
    return any(
        (word[:1].isupper() and not _time_word(word))
        or (
            (not owners or index == after)
            and (word.lower() in lexicon.group_nouns or word.lower() in lexicon.titles)
        )
        for index, word in enumerate(words[after:], start=after)
    )


def _dated_participle_start(mention_text: str) -> int:
    """Where a past participle and its time closing a mention start (``A new poll released
    Sunday``, ``Residents interviewed Tuesday``, ``The group founded in 2019``); the mention's
    length when no such time closes it."""
    tail = time_tail_start(mention_text, 0, len(mention_text))
    participle = word_ending_at(mention_text, tail)
    if (
        tail == len(mention_text)
        or not participle.islower()
        or not (participle.endswith("ed") or participle in IRREGULAR_PASTS)
    ):
        return len(mention_text)
    return len(mention_text[: tail - len(participle)].rstrip())


def _undated_document(mention_text: str) -> str:
    """A mention without the past participle and time that close it after a document, which
    describe the document and are no part of its name (``A new poll released Sunday``, ``A
    court document filed on Thursday``); any other mention whole, as PolNeAR marks a group's
    (``passengers interviewed on Tuesday``, ``The group founded in 2019``)."""
    named = mention_text[: _dated_participle_start(mention_text)]
    if word_ending_at(named, len(named)).lower() in read_words("document_nouns.tsv"):
        return named
    return mention_text


# Words that tell a document's age before the name of whoever made it, no part of that name
# ("a new Meridian News poll", "the latest Reuters/Ipsos survey").
_DOCUMENT_AGES = frozenset("new latest recent".split())


def _owned_document(name: str, head: str, lexicon: Lexicon) -> str | None:
    """The name of a document headed by a document noun after the capitalised name of whoever
    made it, without the words of its age before (``new Meridian News poll`` -> ``Meridian
    News poll``); None for any other mention."""
    words = name.split()
    if len(words) < 3 or words[-1] != head or head not in read_words("document_nouns.tsv"):
        return None
    first = next((index for index, word in enumerate(words) if word[:1].isupper()), 0)
    if first == 0 or not all(word in _DOCUMENT_AGES for word in words[:first]):
        return None
    return " ".join(words[first:])


def _strip_article(phrase: str) -> str:
    lowered = phrase.lower()
    for article in _ARTICLES:
        if lowered.startswith(article):
            return phrase[len(article) :]
    return phrase


def _participle_phrase(part: str) -> bool:
    """Whether a part of a mention is a participle and its preposition (``filed in March by
    four drivers``, ``based in Austin``), which describes the subject and names nobody; not
    an adjective before a noun (``syndicated radio host Dennis Palgrave``); a time of one or two
    words may stand between (``published Tuesday in the journal Cell Reports``, ``published
    last week in``)."""
    words = part.split()[:4]
    for _ in range(2):
        if len(words) > 2 and words[1] not in _PARTICIPLE_PREPOSITIONS and _time_word(words[1]):
            del words[1]
    return (
        len(words) >= 2
        and words[0].islower()
        and words[0].endswith(("ed", "ing"))
        and words[1] in _PARTICIPLE_PREPOSITIONS
    )


def _participle_appositive(part: str) -> bool:
    """Whether a part of a mention set off by commas opens with a participle (``known as
    "Rafa" to fans``, ``speaking after the match``): it describes the one the part before it
    names, and names no one of its own."""
    first = part.split()[:1]
    return (
        bool(first)
        and first[0].islower()  # (not a name: "the former mayor, Irving Lowe")
        and (first[0] in _IRREGULAR_PARTICIPLES or _verb_form(first[0]))
    )


def _portfolio_before_title(part: str, lexicon: Lexicon) -> bool:
    """Whether a phrase opens with a capitalised portfolio before a capitalised word, a title's
    (``Housing Commissioner Valerie Osterberg``), not with a participle whose object the
    portfolio word would take (``The charity, housing migrants at the Westvale Armory,``)."""
    words = part.split()
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[1][:1].isupper()
        and words[0].lower() in lexicon.title_qualifiers
    )


def _name_core(mention_text: str, lexicon: Lexicon) -> str:
    """The part of a mention that names the person: ``Jane Roe, a spokeswoman`` -> ``Jane Roe``;
    ``the governor of Rostov, Vasily Golubev`` -> ``Vasily Golubev``; ``Former health
    minister Peter Lund, now a member of parliament`` -> ``Former health minister Peter Lund``.

    The first comma-separated part that holds a capitalised run of two words or more (or one
    starting with a known given name) wins; a part led by an article or an owner is a
    description and comes last (``The Deputy Minister, Pavel Drostan``, ``Its co-author, Sen.
    Luis Ferrante``, ``Orlov's co-star in Glass Harbor, Mireille Fontaine``), and a title in
    quote marks names nobody (``the thriller "Glass Harbor," Mireille Fontaine``)."""
    pieces = mention_text.split(",")
    parts = [
        part.strip()
        for part, after in zip(pieces, [*pieces[1:], ""], strict=True)
        if part.strip() and after.lstrip()[:1] not in _CLOSERS
    ]
    # "The Kessa Liberation Front, which is not represented at the United Nations", "One
    # report, on Larchmont House,": a relative clause or a phrase names someone else
    named_parts = [
        part
        for part in parts
        if part.split()[0].lower() not in RELATIVE_WORDS
        and part.split()[0].lower() not in _PART_PREPOSITIONS
        # "Speaking on behalf of the Coastal States, the representative ...": an act; "The
        # complaint, filed in March by four drivers": a participle describing the subject
        # (not a portfolio before a title: "Housing Commissioner Valerie Osterberg")
        and not (
            part.split()[0].lower().endswith("ing")
            and part.split()[0].lower() not in lexicon.given_names
            and not _portfolio_before_title(part, lexicon)
            # (a capitalised word alone is a surname before its appositive: "Fleming, 71,",
            # "Keating, now retired,"; a lone participle opener, "Smiling, the mayor said",
            # is left out of the mention where it is found)
            and not (" " not in part and part[:1].isupper())
        )
        and not _participle_phrase(part)
    ]
    parts = named_parts or parts
    strengths = {part: _name_strength(part, lexicon) for part in parts}
    strongest = max(strengths.values(), default=0)
    ranked = sorted(
        parts,
        # a part naming nobody comes after any that names someone, even after an article
        # ("The historian Colm Devereux, whose book came out in 2023")
        key=lambda part: (
            not strengths[part],
            # an owner and a title lead a description too, when another part names someone
            # ("Thornbury's MP, the Conservative Richard Haverley")
            part.lower().startswith(_ARTICLES)
            or (part.split()[0].endswith(OWNER_ENDINGS) and strengths[part] < strongest),
            -strengths[part],
            strengths[part] == _PERSON_LIKE and _describes(part),
        ),
    )
    best = ranked[0] if ranked else mention_text
    return best if _name_strength(best, lexicon) else (parts[-1] if parts else mention_text)


# Prepositions opening a part of a mention that says what or where, not who ("on Larchmont
# House", "about the Reyes case").
_PART_PREPOSITIONS = frozenset("on about in at from into over through via".split())
# Words after a verb of issuing that show it takes no object there ("an ad released by the
# campaign that", "ran on a promise that"): see _Resolver.relative_issuer.
_NO_ISSUED_OBJECT = _PART_PREPOSITIONS | frozenset(("by", "to", "for", "with"))
# Words before a verb of issuing that deny it ("did not release the memo that warned"): what
# was not put out does not speak for the verb's subject.
_NEGATIONS = frozenset(("not", "never"))
_NEGATION_WORDS = 2  # "did not", "has never", "will not"


@functools.cache
def _issued_things() -> frozenset[str]:
    """The nouns of what a verb of issuing puts out (see ``_issued_object``)."""
    return (
        read_words("document_nouns.tsv")
        | read_words("written_works.tsv")
        | read_words("issued_things.tsv")
    )


def _issued_object(words: list[str]) -> bool:
    """Whether the words between a verb of issuing and a relative ``that`` or ``which`` are an
    object it puts out: a document, a post or an advertisement (``an ad``, ``a letter from
    her doctor on Friday``, ``a batch of emails``), the relative on it, not on what comes
    after ``of`` (``the findings of a panel that said``: the panel's); not a body or a
    venture someone runs or includes (``runs a charity that says``, ``includes groups that
    say``)."""
    things = _issued_things()
    if not things.intersection(words):
        return False
    return "of" not in words or words[-1] in things


# The prepositions after which "her" owns a noun no verb has ("seized on her suggestion",
# "objected to her assertion"); see _owning_pronoun.
_OWNER_PREPOSITIONS = _THAT_PREPOSITIONS | _PART_PREPOSITIONS | frozenset(("to",))
# Prepositions after a participle that describes the subject ("filed in March by", "based
# in"): a part's own and those of an agent or a time, joined once rather than per mention.
_PARTICIPLE_PREPOSITIONS = _PART_PREPOSITIONS | frozenset("by with for after before during".split())


def _describes(part: str) -> bool:
    """Whether a part of a mention has an owner before a role, so describes someone of theirs
    (``Orlov's co-star in Glass Harbor``, ``Dorwell Rovers' president``), not a person by name
    (``spokesman John Kirwan``)."""
    words = part.split()
    if len(words) > 1 and words[0].endswith(OWNER_ENDINGS):
        return True
    # "Dorwell Rovers' president": an owner, then a role that ends the part; not "North
    # Carolina's Ada Fenwick", "Le Garrec's niece Marion": a name after the owner or the role
    return (
        words[-1:] != []
        and words[-1].islower()
        and any(
            word.endswith(OWNER_ENDINGS) and following[:1].islower()
            for word, following in itertools.pairwise(words)
        )
    )


# Prepositions after which a capitalised run is someone the speaker is related to.
_RELATION_PREPOSITIONS = frozenset("to of for with".split())


def _name_strength(part: str, lexicon: Lexicon) -> int:
    """2 for a run of capitalised words that reads as a person's name, 1 for any capitalised
    run, 0 for none."""
    run: list[str] = []
    best = 0
    words = name_words(part)
    if len(words) > 1 and words[0].lower() in _MENTION_OPENERS:
        words = words[1:]  # "Its Democratic co-author": a capitalised determiner names nobody
    previous = ""
    for index, word in enumerate([*words, ""]):
        if word[:1].isupper() or (run and word.lower() in PARTICLES):
            run.append(word)
            continue
        # "reached at his home in Port Selwyn": a run after "in" is a place, not the speaker
        if run and previous not in PLACE_PREPOSITIONS:
            given = run[0].lower() in lexicon.given_names
            # "Bayside Marine's lawyer", "Thornbury's MP": an owner and what it owns, a title
            owner = run[-1].endswith(OWNER_ENDINGS) or (
                run[0].endswith(OWNER_ENDINGS)
                and all(word.lower() in lexicon.titles for word in run[1:])
            )
            # "a former adviser to Anton Varga": the person of a relation is someone else (not
            # in a title: "Secretary of State Ada Brenner")
            run_start = index - len(run)
            related = previous in _RELATION_PREPOSITIONS and words[max(0, run_start - 2)].islower()
            # "The Prime Minister, Helen Strand,": an office set off before the name is
            # capitalised as a name is, but names its holder only through the name
            person = (
                (len(run) >= 2 or given)
                and not owner
                and not related
                and not titles_only(run, lexicon)
            )
            best = max(best, _PERSON_LIKE if person else 1)
        run = []
        previous = word
    return best


# A word of a description, its dot kept ("Sen.", "Gov.") and other punctuation left out ("mayor,").
# Audit: one possessive class run, then an optional dot.
_WORD_IN_DESCRIPTION = regex.compile(r"[\p{L}\p{M}\p{N}'\u2019\-]++\.?")


def _ends_a_sentence(phrase: str, index: int) -> bool:
    """Whether ``phrase[index]`` ends a sentence: ``.``, ``?`` or ``!`` and a space or a line
    break (``the Republican nominee.`` closing its paragraph) after a word of five letters or
    more (not ``Sen.`` or ``Gov.``)."""
    return (
        phrase[index] in ".?!"
        and phrase[index + 1].isspace()
        and phrase[index - 4 : index].isalpha()
    )


def _sentence_end_in(phrase: str) -> int:
    """Where the first sentence of ``phrase`` ends, else its end."""
    ends = (index for index in range(4, len(phrase) - 1) if _ends_a_sentence(phrase, index))
    return next(ends, len(phrase))


def _after_sentence_end(phrase: str) -> int:
    """Where the last sentence of ``phrase`` starts (its start when it holds one sentence)."""
    ends = (index for index in range(len(phrase) - 2, 3, -1) if _ends_a_sentence(phrase, index))
    return next(ends, -2) + 2


def _back_over(text: str, end: int, marks: str | None = None) -> int:
    """Where ``text[:end]`` ends once white space (or ``marks``) before ``end`` is dropped,
    found without copying the text before it (a copy per call would grow with the text)."""
    while end > 0 and (text[end - 1] in marks if marks is not None else text[end - 1].isspace()):
        end -= 1
    return end


# The closing mark of each opening mark.
_CLOSER_OF = MappingProxyType(
    {"\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb", '"': '"', "'": "'"}
)
_QUOTE_TAIL = 3  # characters after a mention read for the mark closing its quotation (',"')


# The two digits of a year after its elided century (``‘90s``, ``‘89``). Audit: fixed width.
_YEAR_ELISION = regex.compile(r"\d\d(?!\d)")


def _opens_a_quotation(text: str, at: int) -> bool:
    """Whether the mark at ``at`` opens a quotation: a curly or angled opening mark, or a
    straight one after white space, a bracket, a dash or nothing (in ``"Harbour,"`` the
    second closes, and in ``television's`` the apostrophe opens nothing), where a straight
    single mark before fewer than two letters elides (``Sophie in 't Veld``)."""
    if text[at] == "'" and not text[at + 1 : at + 3].isalpha():
        return False
    if text[at] == "\u2018" and _YEAR_ELISION.match(text, at + 1):
        return False  # "Former ‘90s pop star", "The class of ‘89": an apostrophe, as typeset
    if text[at] in "\"'":
        return at == 0 or text[at - 1].isspace() or text[at - 1] in "([\u2014\u2013"
    return text[at] in _CLOSER_OF


def _open_quotation(text: str, start: int, end: int) -> int:
    """Where the last quotation opened in ``text[start:end]`` starts if it is still open at
    ``end``, else -1; read over a mention's length at most."""
    for at in range(end - 1, max(start, end - LONGEST_MENTION) - 1, -1):
        if text[at] in _CLOSER_OF and _opens_a_quotation(text, at):
            return at if text.find(_CLOSER_OF[text[at]], at + 1, end) == -1 else -1
    return -1


def _strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """A mention's span without the white space and punctuation around it, but never ending
    inside a quotation that it opens."""
    while start < end and (text[start].isspace() or text[start] in _EDGE_MARKS + "\u2018("):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_MARKS + ".)"):
        if (
            text[end - 1] == "."
            and text[text.rfind(" ", start, end) + 1 : end].lower() in NAME_CLOSING_ABBREVIATIONS
        ):
            break  # "Joseph Penhale Jr.", "Paradise, Calif." keep the dot of the abbreviation
        end -= 1
    opening = _open_quotation(text, start, end)
    if opening == -1:
        return start, end
    # a mention never ends inside a quotation: past its closing mark when only punctuation
    # stands before that ('Dana Kell, star of television's "Harbour,"'), else before it
    tail = text[end : end + _QUOTE_TAIL]
    closing = tail.find(_CLOSER_OF[text[opening]])
    if closing != -1 and not tail[:closing].strip(",.;:!?"):
        return start, end + closing + 1
    return _strip_edges(text, start, opening)


def _words_before(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _in_time(word: str, before_time: bool) -> bool:
    """Whether a word, read backwards from a cue, belongs to a time: a time noun, or a word
    leading up to the time noun read just before (``last week``, ``earlier in the day``)."""
    return word in _TIME_NOUNS or (before_time and word in _TIME_LEADS)


def _owner_is_subject(
    text: str, tokens: list[tuple[int, int, str]], owner: int, lexicon: Lexicon
) -> bool:
    """Whether a possessive pronoun owning a nominal cue stands for the subject right before
    its verb (``Kline repeated his warning``, ``The mayor renewed his call``, ``Democrats
    renewed their call``): a subject of the pronoun's number, then a verb in lower case; not a
    name after a preposition, which the subject's head is not (``Aides to Ana Ruiz repeated
    her claim``, ``Supporters of Tom Reyes repeated his claim``: the claim is the name's)."""
    if owner < 2 or _gap(text, tokens, owner).strip() or _gap(text, tokens, owner - 1).strip():
        return False
    run = owner - 2
    while run > 0 and tokens[run - 1][2][:1].isupper():
        run -= 1
    if run > 0 and tokens[run - 1][2] in _RELATION_PREPOSITIONS:
        return False
    verb, subject = tokens[owner - 1][2], tokens[owner - 2][2]
    past_or_present = verb.endswith(("ed", "s")) or verb in IRREGULAR_PASTS
    plural = subject.lower().endswith("s") and not subject.endswith("'s")
    # (a capitalised word in -s after a given name is a name's end before "his" or "her": "Tom
    # Reyes repeated his"; not a group's plural, "Senate Democrats", "Iowa Teamsters", nor
    # "Voters ignored his")
    singular = not plural or (
        subject[:1].isupper()
        and owner > 2
        and tokens[owner - 3][2].lower() in lexicon.given_names
        and subject.lower() not in lexicon.group_nouns
    )
    return (
        verb.islower()
        and past_or_present
        and subject.lower() not in _NO_NAME_WORDS
        and not subject.endswith("ly")  # "Reyes has consistently pushed his"
        and (subject[:1].isupper() or subject.isalpha())
        and (plural if tokens[owner][2] == "their" else singular)
    )


def _places_included(aside: list[str], lexicon: Lexicon) -> bool:
    """Whether an aside lists places only after ``including`` (``including Ohio and Texas``):
    states or countries, which no person's ``who`` stands for."""
    return (
        len(aside) > 1
        and aside[0] == "including"
        and all(
            word in ("and", "or")
            or word.rstrip(".,").lower() in lexicon.us_states
            or word.rstrip(".,").lower() in lexicon.nationalities
            for word in aside[1:]
        )
    )


# Verbs that link a subject to the adjective of its stance ("remain skeptical that", "grew
# worried that", "seemed convinced that").
_LINKING_VERBS = frozenset(
    """remain remains remained stay stays stayed seem seems seemed appear appears appeared grow
    grows grew grown become becomes became""".split()
)
_STANCE_READING = 40  # characters after a cue read for the "that" of a stance
_ONE_WORD_READING = 30  # characters read for one word: a cue's first, the verb after "who"
# Auxiliaries of a plural subject: "the Vance family, who have said" (not one person).
_PLURAL_AUXILIARIES = frozenset("are were have do".split())


def _stance_predicate(text: str, cue_start: int, lexicon: Lexicon) -> bool:
    """Whether the cue at ``cue_start`` is an adjective of thought before its that-clause
    (``skeptical that``, ``worried that``), which a linking verb ties to its holder."""
    words = text[cue_start : cue_start + _STANCE_READING].lower().split()[:2]
    if len(words) < 2 or words[1] != "that":
        return False
    listed = lexicon.cues.get(f"{words[0]} that") or lexicon.cues.get(words[0])
    return listed is CueClass.THOUGHT and (words[0].endswith("ed") or words[0] not in lexicon.cues)


def _gerund_at(text: str, cue_start: int) -> bool:
    """Whether the cue at ``cue_start`` opens with a lower-case form in -ing (``chanting``,
    ``calling for``)."""
    word = _TOKEN.match(text, cue_start, cue_start + _ONE_WORD_READING)
    return word is not None and word.group().islower() and word.group().endswith("ing")


def _attempt_verb(tokens: Sequence[tuple[int, int, str]], at: int) -> bool:
    """Whether the token at ``at`` is a verb of trying, starting or habit that stands where an
    auxiliary does (``tried``, ``began``; ``trying`` after ``is``): the subject is before it."""
    return tokens[at][2] in _ATTEMPTS_FINITE or (
        at >= 1
        and tokens[at][2] in _ATTEMPTS_AFTER_AUXILIARY
        and tokens[at - 1][2] in _BETWEEN_SUBJECT_AND_CUE
    )


def _question_lead(tokens: Sequence[tuple[int, int, str]], index: int) -> int:
    """The token that opens a question's lead before the auxiliary at ``index``: the question
    word or conjunction right before it, or a conjunction before a lower-case question word
    (``But why did``)."""
    if index > 1 and tokens[index - 1][2].islower() and tokens[index - 2][2] in QUESTION_LEADS:
        return index - 2
    return index - 1


def _subject_before(
    text: str, sentence: Sentence, cue_start: int, lexicon: Lexicon
) -> _Found | None:
    """The subject of a cue: the noun phrase before it, past auxiliaries, adverbs, an
    appositive set off by commas (``Jane Roe, a spokeswoman for the ministry, said``) and an
    aside between spaced dashes (``Roe -- who chairs the board -- said``); never a dateline
    or a live blog's time stamp before it (``PARIS —``, ``13:15 GMT —``)."""
    story = past_dateline(text, sentence.start)
    lower = max(story if story < cue_start else sentence.start, cue_start - _SUBJECT_REACH)
    tokens = _words_before(text, lower, cue_start)
    tokens = _before_noun_modifiers(text, tokens, cue_start)
    index = len(tokens) - 1
    if (
        index >= 3
        and tokens[index][2] == "to"
        and tokens[index - 2][2].lower() in BE_FORMS
        and (tokens[index - 1][2].endswith("ed") or tokens[index - 1][2] in _READY_ADJECTIVES)
    ):
        index -= 3  # "The pair were forced to deny", "Officials were quick to point out"
    elif (
        index >= 3
        and tokens[index][2] == "to"
        and tokens[index - 1][2] == "on"
        and tokens[index - 2][2] in _GOING_ON
    ):
        index -= 3  # "The narrator goes on to detail ...": going on stands where "began" does
    elif (taken := _taken_to(text, tokens, index)) is not None:
        index = taken  # "Ortega took to Twitter to call ...": the subject before "took"
    if (
        index >= 2
        and tokens[index][2] == "to"
        and (
            _attempt_verb(tokens, index - 1)
            or tokens[index - 1][2] in _GATHERINGS
            # ("is meeting to discuss"; not "called a meeting to discuss", a noun)
            or (tokens[index - 1][2] == "meeting" and tokens[index - 2][2] in BE_FORMS)
        )
    ):
        # "The senator tried to explain", "The company is trying to show" (not "spent the
        # week trying to show": a participle's subject is further back); "The board met to
        # discuss": a purpose
        index -= 2
    elif (
        index >= 1
        and _gerund_at(text, cue_start)
        and not text[tokens[index][1] : cue_start].strip()
        and _attempt_verb(tokens, index)
    ):
        # "Supporters in the balcony began chanting", "The senator has started saying": the
        # same verbs before a cue's -ing form
        index -= 1
    if makes_no([token[2] for token in tokens[-2:]]):
        index -= 2  # "The communique makes no mention of": "makes no" stands for "does not"
    if (
        index >= 1
        and tokens[index][2].lower() == "having"
        and not text[tokens[index - 1][1] : tokens[index][0]].strip()
    ):
        # "with the central bank having warned of": the perfect's auxiliary after its subject
        # (not "hired an adviser, having dismissed": the sentence's subject's)
        index -= 1
    time = False
    linking = _stance_predicate(text, cue_start, lexicon)
    while index >= 0:
        word = tokens[index][2].lower().replace("\u2019", "'")
        between = text[
            tokens[index][1] : tokens[index + 1][0] if index + 1 < len(tokens) else cue_start
        ]
        lower_case = tokens[index][2].islower()  # a capitalised "Will" is a name, not "will"
        if (
            word in _SPANS_OF_TIME
            and index > 1
            and tokens[index - 1][2] == "for"
            and tokens[index - 2][2] in PERFECT_AUXILIARIES
            and "," not in text[tokens[index - 2][1] : tokens[index][1]]
        ):
            index -= 2  # "Scientists have for years warned": the span of the perfect's time
            continue
        if (
            word == "fact"
            and index > 0
            and tokens[index - 1][2] == "in"
            and "," not in text[tokens[index - 1][1] : cue_start]
        ):
            index -= 2  # "Hollister did not in fact propose": the writer's adverbial
            continue
        adverb = lower_case and (
            # "Roe publicly said", not "Her family said" or "the rally heard"
            (word.endswith("ly") and word not in read_words("nouns_in_ly.tsv"))
            # "Roe has since said", "Doctors have long argued"
            or (
                word in ("since", "long")
                and index > 0
                and tokens[index - 1][2] in PERFECT_AUXILIARIES
            )
        )
        auxiliary = lower_case and (
            word in _BETWEEN_SUBJECT_AND_CUE
            or (word in _FLOATING_QUANTIFIERS and _after_a_noun(text, tokens, index))
            # "The minister has yet to explain": "yet to" stands where an auxiliary does
            or (word == "to" and index > 0 and tokens[index - 1][2] == "yet")
            # "Some economists remain skeptical that": the verb that links a stance to its holder
            or (linking and word in _LINKING_VERBS)
        )
        time = _in_time(word, time)
        if "," in between or not (auxiliary or adverb or time):
            break
        index -= 1
    dated = _dated_participle(text, tokens, index, cue_start)
    if (
        index > 0
        and tokens[index][2].islower()
        and (tokens[index][2] in IRREGULAR_PASTS or tokens[index][2].endswith("ed"))
        and (
            tokens[index - 1][2][:1].isupper()
            # "The rivals spent the night accusing": a plural noun after its article
            or (
                index > 1
                and tokens[index - 1][2].endswith("s")
                and tokens[index - 2][2].lower() in ARTICLES
            )
        )
        and not _may_open_mention(tokens[index - 1][2])  # "That prompted calls for"
        and not text[tokens[index - 1][1] : tokens[index][0]].strip()
    ):
        index -= 1  # "Ms Okafor spent the week telling": the past verb's subject
    following = tokens[index + 1][0] if index + 1 < len(tokens) else cue_start
    bracket = text.rfind("(", tokens[0][0], tokens[index][0]) if index > 0 else -1
    if bracket != -1 and text[tokens[index][1] : following].lstrip().startswith(")"):
        # "Local MP Rachel Oyelaran (Labour) tweeted": the subject is before the brackets
        while index >= 0 and tokens[index][0] > bracket:
            index -= 1
    if index >= 0 and tokens[index][2].lower() in RELATIVE_PRONOUNS:
        return _Found(tokens[index][0], tokens[index][1])  # "the report, which found"
    if index >= 0 and tokens[index][2].lower() in PERSONAL_PRONOUNS:
        # "It was a move she said was overdue": a pronoun is a whole subject
        return _Found(tokens[index][0], tokens[index][1])
    if (
        index == len(tokens) - 1
        and index > 0
        and tokens[index][2] in PERSON_OWNERS
        and _owning_pronoun(
            text,
            tokens,
            index,
            cue_start,
            subject := _owner_is_subject(text, tokens, index, lexicon),
        )
    ):
        if not subject:
            # "The growers ignored his call for": the owner of a nominal cue, not the
            # clause's subject and verb before it
            return _Found(tokens[index][0], tokens[index][1])
        index -= 2  # "Lund pinned his hopes on", "Kline repeated his warning": the subject's
    if (
        index >= 0
        and tokens[index][2] == "it"
        and not _participle_form(text, cue_start)
        # (not a verb's object: "Residents who heard it said", "members who backed it vowed")
        and not (index > 0 and _relative_verb(tokens[index - 1][2], lexicon))
    ):
        # "a processor it says will halve": so is "it" before a verb (but "You could leave it
        # thinking that": an object before a participle)
        return _Found(tokens[index][0], tokens[index][1])
    aside = index > 0 and tokens[index][2] in _DASH_TOKENS
    if aside:
        # "Roe -- who chairs the board -- said": the subject stands before the aside
        index = next((i for i in range(index - 1, -1, -1) if tokens[i][2] in _DASH_TOKENS), 0) - 1
    if (
        index < 0
        or (
            tokens[index][2].lower() in _CLAUSE_BOUNDARIES
            # (not the last word of an appositive: "Ina Holt, who ... voted before, said")
            and not (
                index > 0
                and "," in text[tokens[index][1] : cue_start]
                and "," in text[tokens[0][0] : tokens[index][0]]
                and tokens[index][2].lower() not in _COORDINATING_WORDS
            )
        )
    ):
        return None  # "... and said": the subject is further back, in another clause
    end = tokens[index][1]
    head_end = index
    if not aside and "," in text[end:cue_start]:
        # "Jane Roe, a spokeswoman for the ministry, said": hop back over the appositive(s)
        # to the name before them; the mention covers both.
        for _ in range(_APPOSITIVE_HOPS):
            opening = _opening_comma(text, tokens, head_end)
            if opening is None:
                break
            head_end = opening - 1
            head_start = _phrase_start(text, tokens, head_end, lexicon, over_titles=True)
            if (
                0 < head_start == head_end
                and tokens[head_end][2].lower() in lexicon.us_states
                and "," in _gap(text, tokens, head_end)
                and tokens[head_end - 1][2][:1].isupper()
                and not _time_word(tokens[head_end - 1][2])  # ("On Tuesday, Oregon, ..., sued")
            ):
                # "Roe, campaigning in Carver City, Nev., on Monday, said", "Whitcombe, 61, of
                # Elk Ridge, Md., who ..., said": a place's state, read with its place
                head_end -= 1
                head_start = _phrase_start(text, tokens, head_end, lexicon, over_titles=True)
            bracketed = "(" in _gap(text, tokens, head_end) if head_end > 0 else False
            if 0 < head_start == head_end and (
                is_party_tag(tokens[head_end][2], lexicon)
                # "Council leader Priya Shanmugam (Labour), who ..., said": a party in brackets
                or (bracketed and tokens[head_end][2].lower() in lexicon.parties)
            ):
                # "Sen. Jane Roe, R-Wyo., who chairs ..., said": the name is before the tag
                if not bracketed:
                    continue
                head_end -= 1  # "Sen. Jane Roe (R-Wyo.), who ..."
                break
            if head_start == head_end and tokens[head_end][2].lower() in PERSONAL_PRONOUNS:
                # "and he, once again, pledged": the pronoun is the subject
                return _Found(tokens[head_end][0], tokens[head_end][1])
            if tokens[head_start][2].lower().rstrip(".") in _COMPANY_SUFFIXES:
                continue  # "Brightwater Robotics, Inc., a maker of robots, said": one name
            including = next(
                (
                    index
                    for index in range(head_end, max(-1, head_end - _NOUN_PHRASE_WORDS), -1)
                    if tokens[index][2] == "including"
                ),
                None,
            )
            if including is not None and _places_included(
                [token[2] for token in tokens[including : head_end + 1]], lexicon
            ):
                continue  # "Governors from six states, including Ohio and Texas, who ..., said"
            if tokens[opening][2] in ("and", "or"):
                # "Tarvo Foods, which is based in Austin, Texas, and employs 900 people, said":
                # a relative clause going on with a second verb; its head is further back
                continue
            if (
                head_start > 1
                and tokens[head_start - 1][2] in _COORDINATING_WORDS
                and "," in _gap(text, tokens, head_start - 1)
            ):
                # "..., and a spokeswoman, Hallie Strand, said", "..., and one, a veteran of
                # two campaigns, said": the subject of a clause the coordinator opens
                break
            named = tokens[head_start][2][:1].isupper() or any(
                tokens[index][2] == "and" and _and_inside_a_name(tokens, index + 1, lexicon)
                for index in range(head_start + 1, head_end)
            )  # "but the Northern and Coastal Growers Alliance, which ..., wants": a body's name
            if (
                named
                or opening - 1 < 0
                or _opens_a_clause(text, tokens, head_start, head_end, lexicon)
            ):
                break
    hopped = head_end != index
    if (
        not hopped
        and (owner := _owner_past_modifiers(text, tokens, head_end, cue_start)) != head_end
    ):
        # "Senator Ana Ruiz's latest warning that": the owner, past the noun cue's modifiers
        head_end = owner
        end = tokens[owner][1]
    start_index = _phrase_start(text, tokens, head_end, lexicon, over_titles=hopped)
    if (
        start_index >= 3
        and tokens[start_index - 1][2] in TIME_LINKS
        and _is_participle_word(tokens[start_index - 2][2])
        # a group's noun before it ("Voters interviewed", "officials speaking"), where a name
        # before a past ("the Foundation acknowledged after") is a clause's subject and verb
        and tokens[start_index - 3][2].lower() in lexicon.group_nouns
        and tokens[start_index - 3][2].endswith("s")
        and not _PHRASE_BREAKS.intersection(
            text[tokens[start_index - 3][0] : tokens[start_index][0]]
        )
    ):
        # "Voters interviewed after the debate said": the participle's noun, not its object
        head_end = start_index - 3
        start_index = _phrase_start(text, tokens, head_end, lexicon) if head_end >= 0 else 0
    if head_end == len(tokens) - 1 and tokens[head_end][2].endswith(OWNER_ENDINGS):
        # "Allies voice alarm over candidate's pledge to quit": a noun cue's owner is its source,
        # and the preposition before the owner opens the phrase it heads
        start_index = next(
            (
                position + 1
                for position in range(head_end - 1, start_index - 1, -1)
                if tokens[position][2] in _PART_PREPOSITIONS
            ),
            start_index,
        )
    first_word = tokens[start_index][2].lower()
    if start_index < head_end and first_word in read_words("sentence_adverbs.tsv"):
        start_index += 1  # "Later the health chief said": the adverb opens the sentence
    elif (
        start_index < head_end
        and tokens[start_index][0] - sentence.start <= len(' "')
        and whether_question(text, tokens[start_index][0], cue_start, sentence.end, lexicon)
    ):
        start_index += 1  # "Does the minister believe ...?": the auxiliary asking it
    elif (
        0 < start_index < head_end
        and tokens[start_index - 1][2].title() in QUESTION_LEADS
        and tokens[(lead := _question_lead(tokens, start_index))][0] - sentence.start <= len(' "')
        and whether_question(text, tokens[lead][0], cue_start, sentence.end, lexicon, adverb=True)
    ):
        # "Why did the mayor say ...?", "But does anyone believe ...?", "But why did the mayor
        # say ...?": the auxiliary after the question word or the conjunction
        start_index += 1
    if (
        start_index + 1 == head_end
        and first_word in RELATIVE_PRONOUNS
        and tokens[head_end][2].lower() not in ADVERBIAL_STARTS
        and not _time_word(tokens[head_end][2])
        and not tokens[head_end][2].endswith("ly")
    ):
        if tokens[head_end][2].lower() in REFLEXIVES:
            # "Lydia Marsh, who herself said": the relative, with its emphatic pronoun
            return _Found(tokens[start_index][0], tokens[start_index][1])
        # "The suspect, who police said was armed,", "Whitaker, who aides say is exhausted,":
        # the relative is the report's subject, the one word after it the cue's (not "who in
        # 2010 said", "who for weeks has argued": the relative's own time)
        start_index += 1
    time = _LEADING_TIME.match(text, tokens[start_index][0], tokens[head_end][1])
    if time is not None:
        # "Last week a spokesman told me", "At the time a spokesman for Kayla insisted"
        while start_index < head_end and tokens[start_index][0] < time.end():
            start_index += 1
    if start_index > 0 and tokens[start_index - 1][2].lower() in _REASON_WORDS:
        # "Two officials who spoke on condition of anonymity because they were not authorised
        # to speak said": the reason belongs to the relative clause; its noun is the subject
        who = next(
            (
                position
                for position in range(start_index - 2, max(-1, start_index - _REASON_REACH), -1)
                if tokens[position][2].lower() in ("who", "which")
            ),
            None,
        )
        if who is not None and who > 0:
            head_end = who - 1
            start_index = _phrase_start(text, tokens, head_end, lexicon)
    if start_index > 0 and all(
        _no_subject_word(token[2]) for token in tokens[start_index : head_end + 1]
    ):
        # only a verb or adverb stands between a relative or a pronoun and the cue
        before = tokens[start_index - 1]
        if before[2].lower() in RELATIVE_PRONOUNS or before[2].lower() in PRONOUNS:
            return _Found(before[0], before[1])  # "the report, which left little doubt"
    cue_head = text[cue_start : cue_start + _CUE_WORD_REACH].split(maxsplit=1)[0]
    last_word = tokens[-1][2]
    if _received_cue([token[2] for token in tokens[-3:]], cue_head):
        return None  # "Tenants received assurances that", "The court heard the claim that"
    # "The minister gave assurances that", "Union leaders voiced concerns that": a cue in -s
    # right after a verb in the past is its object, a plural noun, and so after a verb of giving
    # and whom it was given ("Lars Eng gave reporters assurances that"); not after a relative
    # clause with a pronoun for subject, where it is a verb ("The man she married claims that")
    giver = next(
        (
            verb
            for verb in range(len(tokens) - 1, max(0, len(tokens) - 3), -1)
            if tokens[verb - 1][2].lower() not in PRONOUNS
            and (
                (
                    verb == len(tokens) - 1
                    and last_word.islower()
                    and (
                        (last_word.endswith("ed") and len(last_word) > 4)
                        or last_word in IRREGULAR_PASTS
                    )
                )
                or (
                    tokens[verb][2] in _GIVING_PASTS
                    and (last_word in OBJECT_ONLY_PRONOUNS or last_word.endswith("s"))
                )
            )
        ),
        None,
    )
    bare_plural = cue_head.endswith("s") and giver is not None
    if bare_plural and giver == start_index:
        return None  # "... and gave them assurances that": the subject is the first verb's
    noun_cue = last_word.lower() in ARTICLES or bare_plural
    if noun_cue or _participle_form(text, cue_start):
        # "Premier Lucian Hartwell unveiled the plan with the promise that": a noun cue's
        # source is the subject of the verb that governs it, also past a perfect ("Hedge funds
        # have placed bets that"); so is a participle's right after the verb's object and its
        # time ("The group filed a complaint on Tuesday alleging")
        for verb in range(start_index + 1, len(tokens) - (not bare_plural)):
            word = tokens[verb][2]
            article = verb + 1 < len(tokens) and tokens[verb + 1][2].lower() in ARTICLES
            # (not "red" or "seed": a past form is longer than four letters; an irregular
            # past before an article: "The senator spent the week telling", not "a budget cut";
            # before a noun cue also after particles: "The crowd broke into a chant of")
            if word.islower() and (
                word in FINITE_VERBS
                or (word.endswith("ed") and len(word) > 4)
                or (
                    word in IRREGULAR_PASTS
                    and (
                        article
                        or verb == giver  # (the verb before a bare plural cue)
                        or (noun_cue and _particles_then_article(tokens, verb))
                    )
                )
            ):
                if tokens[verb - 1][2].lower() not in ARTICLES and (
                    noun_cue
                    or (
                        article
                        and len(tokens) - verb <= _OBJECT_AND_TIME_WORDS
                        and word not in _PERCEPTION_VERBS
                        and not _names_someone_in(tokens[verb + 1 :], lexicon)
                    )
                ):
                    end = tokens[verb - 1][1]  # never a subject of an article alone
                break
        if (
            noun_cue
            and start_index == len(tokens) - 1
            and text[cue_start : cue_start + _CUE_WORD_REACH].split()[1:2] == ["that"]
        ):
            return None  # "The forecast that the river would crest": an article names no one
    if (
        start_index < head_end
        and tokens[start_index][2].lower() in ("who", "which")
        and _relative_verb(tokens[start_index + 1][2], lexicon)
        # (not a question: "So, who came out ahead? - Meridian notes")
        and not _QUESTION_BREAKS.intersection(text[tokens[start_index][1] : cue_start])
    ):
        # "Another parent who coaches the team and who did not want to be named said":
        # the relative pronoun, whose antecedent is the subject (not "Varga, who Lund
        # called": the relative's own subject follows it)
        return _Found(tokens[start_index][0], tokens[start_index][1])
    cue_word = text[cue_start : cue_start + _CUE_WORD_REACH].split(maxsplit=1)[:1]
    if cue_word and cue_word[0] in read_words("naming_cues.tsv"):
        start_index = _contact_relative_start(tokens, start_index, head_end, lexicon)
    if dated is not None and end == tokens[index][1]:
        end = dated  # "A new Meridian News poll released Sunday found": the poll's day
    if tokens[start_index][2].lower() == "whose" and tokens[start_index][1] < end:
        # "the Department for Housing, whose spokeswoman said": the relative only ties the
        # speaker to the body named before it
        start_index += 1
    start, end = _strip_edges(text, tokens[start_index][0], end)
    if start >= end or (
        text[start:end].lower().rsplit(maxsplit=1)[-1] == "there"
        and (
            text[start:end].lower() == "there"
            or text[end:cue_start].split(maxsplit=1)[:1] in ([form] for form in BE_FORMS)
        )
    ):
        # (not "There were claims that", "At the hearing there were complaints that": an
        # empty subject names no one; but "executives there indicate": the place's adverb)
        return None
    return _Found(start, end)


# Words that open the subject of a relative clause with no pronoun after its noun ("a plan
# his aides called", "a format their critics dubbed"): the definite determiners.
_CONTACT_SUBJECT_OPENERS = _DESCRIPTOR_DETERMINERS
_CONTACT_SUBJECT_WORDS = 3  # "her top aides", "the city's mayor": the subject's longest run


def _contact_relative_start(
    tokens: list[tuple[int, int, str]], start: int, end: int, lexicon: Lexicon
) -> int:
    """Where the subject of a naming cue in a relative clause with no pronoun starts, when an
    article's noun stands before it (``..., a format her aides have dubbed``), or a clause's
    verb right before the noun (``The session was a format critics dubbed``, ``He backed a bill
    the governor called``): after the noun, the relative's antecedent; ``start`` when the words
    are no such clause (``The city's chief planner``, ``the union members``, ``Parents who
    visited the school grounds``, ``Voters interviewed outside the polling stations``)."""
    for position in range(end, max(start + 1, end - _CONTACT_SUBJECT_WORDS), -1):
        word = tokens[position][2]
        determined = word in _CONTACT_SUBJECT_OPENERS  # never within one noun phrase
        opens = determined or (word.islower() and word.endswith("s"))
        if not (opens and _article_and_thing(tokens, position - 1, lexicon)):
            continue
        # the clause's own verb, whose object the noun is: not a relative's ("who visited the
        # school grounds") nor a participle's before a preposition ("interviewed outside the
        # polling stations"), whose object is one noun phrase with the plural after it
        verb, pronoun = (
            tokens[index][2] if index >= start else "" for index in (position - 3, position - 4)
        )
        if determined or (
            verb.islower()
            and (verb in FINITE_VERBS or (verb.endswith("ed") and len(verb) > 4))
            and pronoun.lower() not in RELATIVE_PRONOUNS
        ):
            return position  # "a format her aides": the antecedent and its relative's subject
    return start


# Verbs whose object does what a participle after it says ("Neighbors saw the suspect running
# from the house shouting that", "The Gazette interviewed nurses complaining that"): the object
# speaks, not the subject.
_PERCEPTION_VERBS = frozenset(
    "saw heard watched played recorded filmed caught interviewed quoted".split()
)
# Verbs in the past that give what a noun cue after them names to someone, whose subject is
# its source ("gave reporters assurances that"), and verbs that receive, seek or set it off,
# whose subject is not ("received assurances that", "heard the claim that", "The delay sparked
# suggestions that": someone not named made it; "were given assurances that").
_GIVING_PASTS = frozenset("gave offered made issued provided sent extended delivered".split())
_RECEIVING_PASTS = frozenset(
    """received sought demanded wanted welcomed ignored heard got won obtained secured sparked
    prompted fuelled fueled triggered stoked""".split()
)
_GIVEN_REACH = 20  # characters between a receiver and a noun cue ("were given the")


def _received_cue(words: Sequence[str], cue_word: str) -> bool:
    """Whether a noun cue is what the verb before it received or sought, whose subject did not
    make it (``Tenants received assurances that``, ``The court heard the claim that``,
    ``Tenants were given assurances that``), given the last few ``words`` before the cue."""
    if cue_word.lower() not in read_words("complement_nouns.tsv"):
        return False
    lowered = [word.lower() for word in words]
    if lowered[-1:] and lowered[-1] in ARTICLES:
        lowered.pop()
    return bool(lowered) and (
        lowered[-1] in _RECEIVING_PASTS
        or (
            len(lowered) > 1
            and lowered[-2] in BE_FORMS
            and (lowered[-1] in _GIVING_PASTS or lowered[-1] == "given")
        )
    )


def _names_someone_in(tokens: list[tuple[int, int, str]], lexicon: Lexicon) -> bool:
    """Whether words between a verb and a participle cue name someone who may be the
    participle's own subject: in the phrase of the last article (not an indirect object before
    it, "sent the commission a letter saying"), a name after "of" ("a recording of Dale Ruck
    telling"; not "the letter the campaign sent the commission on Friday alleging"), a title or a
    group's noun ("hired a pollster predicting")."""
    articles = [index for index, token in enumerate(tokens) if token[2].lower() in ARTICLES]
    phrase = tokens[articles[-1] if articles else 0 :]
    for (_, _, previous), (_, _, word) in itertools.pairwise([(0, 0, ""), *phrase]):
        lowered = word.lower().rstrip(".,")
        if word[:1].isupper() and previous.lower() == "of" and lowered not in MONTHS:
            return True
        if lowered in lexicon.titles or lexicon.group_nouns.get(lowered) is not None:
            return True
    return False


def _dated_participle(
    text: str, tokens: list[tuple[int, int, str]], index: int, cue_start: int
) -> int | None:
    """Where the time after a subject's past participle ends, when only that time stands
    between the participle and a finite cue (``A new poll released Sunday found``, ``A court
    document filed on Thursday shows``): the participle and its time describe the subject,
    so the subject's mention ends after them, not before them. None otherwise; before a
    participle cue the past is a verb (``Hale tweeted Monday, saying``)."""
    if index < 0 or index + 1 >= len(tokens) or _participle_form(text, cue_start):
        return None
    word = tokens[index][2]
    if not (word.islower() and (word in IRREGULAR_PASTS or word.endswith("ed"))) or (
        "," in text[tokens[index][1] : cue_start]
    ):
        return None
    time = False
    for position in range(len(tokens) - 1, index, -1):
        time = _in_time(tokens[position][2].lower().replace("\u2019", "'"), time)
        if not time:
            return None  # an auxiliary or an adverb: "the report released Sunday has shown"
    return tokens[-1][1]


# Verbs of trying, starting and going on before a cue's "to" ("The senator tried to explain",
# "The committee continued to insist", "The club continues to maintain") or its -ing form
# ("The crowd began chanting"), of habit ("As my late father liked to say", "his mother
# used to say", "as one farmer likes to put it") and of seeming before a cue of speech ("The
# company seemed to deny"), which stand where auxiliaries do: the subject
# is before them; a base form or a participle only after an auxiliary ("is trying to show",
# "did not try to"). No cue of their own ("sought to", "wanted to" report their infinitive),
# nor "needed", a participle as often ("the delegates needed to clinch").
_ATTEMPTS_FINITE = frozenset(
    """tries tried attempts attempted begins began begun starts started continues continued
    struggles struggled used liked likes loved loves tends tended seem seems seemed appear
    appears appeared""".split()
)
_ATTEMPTS_AFTER_AUXILIARY = frozenset(
    """try trying attempt attempting begin beginning start starting continue continuing
    struggle struggling""".split()
)
# Verbs of meeting before an infinitive of purpose, a cue's "to" ("The board met to discuss
# the levy", "will meet to discuss"): the subject is before them, as before a verb of trying
# (review rvC22: "met to discuss" made the speaker "board met to" once "discuss" became a cue),
# and the forms of "vote" before a decision's infinitive ("The council voted to approve a
# "relief fund"", sK24: the speaker was "council voted to").
_GATHERINGS = frozenset(
    "met meet meets gathered gather convened convene huddled vote votes voted".split()
)
# The forms of "go" in "went on to" before a cue that "on to" does not join to it ("The narrator
# goes on to detail ..."), which stand where a verb of starting does.
_GOING_ON = frozenset("go goes went going gone".split())
# Naming participles, which inside a report after its cue take the report's own subject ('said
# her rival keeps calling the plan a "hoax"'), not the cue's.
_NAMING_PARTICIPLES = frozenset("calling labeling labelling branding dubbing terming".split())
# The forms of "take" in "took to Twitter to", "taking to the airwaves to" before a cue.
_TAKING = frozenset("take takes took taking taken".split())
_TAKEN_TO_WORDS = 3  # at most "the op-ed pages": the words between "took to" and "to"


def _taken_to(text: str, tokens: Sequence[tuple[int, int, str]], index: int) -> int | None:
    """The token before "took" when a cue's "to" ends "took to Twitter to" or "taking to the
    airwaves to" with no comma between (a forum the speaker went to, which stands where a
    verb of starting does); None otherwise."""
    if index < 3 or tokens[index][2] != "to":
        return None
    for to_index in range(index - 2, max(index - 2 - _TAKEN_TO_WORDS, 0), -1):
        if (
            tokens[to_index][2] == "to"
            and tokens[to_index - 1][2] in _TAKING
            and "," not in text[tokens[to_index - 1][0] : tokens[index][0]]
        ):
            return to_index - 2
    return None


# Adjectives between a form of "be" and a cue's "to" ("were quick to say"), which stand where
# auxiliaries do, or after a comma an adjunct sharing the main clause's subject ("detailed the
# plan, eager to show that").
_READY_ADJECTIVES = frozenset("quick keen eager happy reluctant able unable willing ready".split())
# One of those adjectives and "to" right before a cue, after a comma. Audit: a fixed comma and
# space, a fixed alternation of words, a fixed "to"; anchored at the window's end.
_READY_ADJUNCT = regex.compile(rf",[ ]((?i:{'|'.join(sorted(_READY_ADJECTIVES))}))[ ]to[ ]$")
_READY_ADJUNCT_REACH = len(", reluctant to ")


def _ready_adjunct(text: str, sentence_start: int, cue_start: int) -> int | None:
    """Where an adjective adjunct before an infinitive cue starts (``detailed the plan, eager
    to show that``): like a participle after a comma, it shares the main clause's subject."""
    match = _READY_ADJUNCT.search(
        text, max(sentence_start, cue_start - _READY_ADJUNCT_REACH), cue_start
    )
    return None if match is None else match.start(1)


def _adjunct_subject(
    text: str, sentence_start: int, adjunct: int, lexicon: Lexicon
) -> _Found | None:
    """The subject an adjective adjunct is set off after, in a clause a comma and a conjunction
    open (``The union rejected the offer, and the company, eager to show that``): the adjunct
    is that subject's, not the first clause's."""
    tokens = _words_before(text, max(sentence_start, adjunct - _SUBJECT_REACH), adjunct)
    for start in range(len(tokens) - 1, max(0, len(tokens) - _NOUN_PHRASE_WORDS) - 1, -1):
        if _opens_a_clause(text, tokens, start, len(tokens) - 1, lexicon):
            return _Found(tokens[start][0], tokens[-1][1])
        if (
            start == 0
            or "," in _gap(text, tokens, start)
            or _is_verb_like(tokens[start][2], lexicon)
        ):
            return None  # "rejected the offer, eager to": a verb's object, no subject alone
    return None


# A time opening a sentence with no comma before its subject ("Last week a spokesman", "At
# the time a spokesman", "About two weeks ago the mayor"). Audit: fixed alternatives (a
# count's digits at most three), then one space and a lookahead of one character; matched at
# one position.
_LEADING_TIME = regex.compile(
    r"(?i:(?:last|this|next|earlier|later)[ ](?:week|month|year|night|morning|afternoon"
    r"|evening|weekend|spring|summer|autumn|fall|winter)|yesterday|at[ ]the[ ]time"
    r"|(?:(?:about|nearly|almost|some|roughly)[ ])?+(?:an?|a[ ]few|several|\d{1,3}+|one|two"
    r"|three|four|five|six|seven|eight|nine|ten)[ ](?:minute|hour|day|week|month|year|decade)"
    r"s?+[ ](?:ago|later|earlier)"
    rf"|on[ ](?:{'|'.join(sorted(WEEKDAYS))})"
    r"(?:[ ](?:morning|afternoon|evening|night))?+)[ ](?=\p{L})"
)


def _is_participle_word(word: str) -> bool:
    """Whether a lower-case word is a participle after a noun (``interviewed``, ``polled``,
    ``speaking``), which a prepositional phrase may follow."""
    return word.islower() and word.endswith(("ed", "ing"))


def _after_a_noun(text: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether token ``index`` follows a name or a plural noun across a space alone."""
    if index == 0 or _gap(text, tokens, index) != " ":
        return False
    before = tokens[index - 1][2]
    if before.lower() in _CLAUSE_BOUNDARIES:
        return False  # "And both vowed": the quantifier is the subject
    return before[:1].isupper() or (
        before.endswith("s") and before.lower() not in _BETWEEN_SUBJECT_AND_CUE
    )


# What follows a company's name after a comma ("Brightwater Robotics, Inc."). Source: the
# legal forms of companies in English-language news (AP: Inc., Co., Corp., Ltd.; UK: plc).
_COMPANY_SUFFIXES = frozenset("inc ltd llc plc corp co".split())


def _not_a_subject(words: Sequence[str]) -> bool:
    """Whether words before a cue are not a subject at all: a verb or adverb phrase (``left
    little``, ``came away``) with nobody named later in it (``is why critics``), or only a
    time (``Friday afternoon``, ``Friday's``)."""
    if not words:
        return False
    if _no_subject_word(words[0]) and not any(
        word[:1].isupper() or word.lower() in PRONOUNS or word.lower() in _SUBJECT_LATER
        for word in words[1:]
    ):
        return True
    return all(_time_word(word) for word in words)


def _leading_pronoun(text: str, found: _Found | None) -> _Found | None:
    """A pronoun that is the whole subject of the words found by a cue (``he came away``,
    ``he was``, ``she declined to``): the verb phrase after it is not part of the speaker."""
    if found is None:
        return None
    first = _TOKEN.search(text, found.start, found.end)
    if first is None or first.group().lower() not in PRONOUNS:
        return found  # most subjects: a name or a noun phrase, read no further
    tokens = list(_TOKEN.finditer(text, found.start, found.end))
    if len(tokens) > 1 and all(
        _no_subject_word(word) or (word.islower() and word.endswith("ed")) or word == "to"
        for word in (token.group() for token in tokens[1:])
    ):
        return _Found(tokens[0].start(), tokens[0].end())
    return found


def _no_subject_word(word: str) -> bool:
    """Whether a word can open no subject: a lower-case verb, auxiliary or adverb."""
    lowered = word.lower()
    return word.islower() and (
        lowered in IRREGULAR_PASTS
        or lowered in _BETWEEN_SUBJECT_AND_CUE
        or lowered in BE_FORMS
        or lowered in _NOT_SUBJECT_WORDS
    )


def _time_word(word: str) -> bool:
    """Whether a word belongs to a time (``Friday's``, ``this``, ``afternoon``, ``June``)."""
    lowered = word.lower().replace("\u2019", "'").strip(",")
    return lowered.removesuffix("'s") in _TIME_NOUNS or lowered in MONTHS or lowered in _TIME_LEADS


def _gap(text: str, tokens: list[tuple[int, int, str]], index: int) -> str:
    """The characters between token ``index - 1`` and token ``index``."""
    return text[tokens[index - 1][1] : tokens[index][0]]


# Marks between two words that end an appositive read back to its comma, and that end a noun
# phrase read back from its last word (sets: a look-up per character of the gap, in C).
_APPOSITIVE_BREAKS = frozenset(';:\u201d\u201c"()')
_PHRASE_BREAKS = _APPOSITIVE_BREAKS | frozenset(",\u2014\u2013")


def _opening_comma(text: str, tokens: list[tuple[int, int, str]], last: int) -> int | None:
    """The first token of an appositive that ends at token ``last``: the one after a comma."""
    first = last
    quoted = False  # inside words in quote marks, whose commas open no appositive
    while first > 0 and last - first < _MAX_APPOSITIVE_WORDS:
        gap = _gap(text, tokens, first)
        if "," in gap and not quoted:
            return first if first > 0 else None
        if gap in _CLOSING_MARK_GAPS and not quoted:
            quoted = True
        elif _opens_a_title(tokens, first, gap):
            quoted = False
        elif not _APPOSITIVE_BREAKS.isdisjoint(gap):
            return None
        first -= 1
    return None


# A closing mark right after a word, then a space: the end of words in quote marks inside an
# appositive ('The former Harriers midfielder, known as "Rafa" to fans, said'), whose opening
# mark _opens_a_title judges.
_CLOSING_MARK_GAPS = frozenset(('" ', "\u201d "))


def _opens_a_title(tokens: list[tuple[int, int, str]], index: int, gap: str) -> bool:
    """Whether token ``index`` opens words in quote marks inside a description, after a
    lower-case word: a work's title or a word the description quotes (``the co-author of
    "Salt Roads,"``, ``the thriller "Glass Harbor,"``, ``who calls Hale a "menace,"``)."""
    return gap.strip() in ('"', "\u201c") and tokens[index - 1][2].islower()


_SCARE_QUOTE_WORDS = 4  # 'the so-called "sanctuary city" policy': the words a scare quote holds
# Words before a few quoted words that make them a modifier inside one noun phrase ('the
# so-called "sanctuary city" policy', 'Critics of the "reform" said').
_SCARE_QUOTE_OPENERS = _DESCRIPTOR_DETERMINERS | {"so-called"}


def _scare_quote_opener(text: str, tokens: list[tuple[int, int, str]], index: int) -> int | None:
    """The first quoted token, when a closing mark before token ``index`` ends a few words
    quoted after ``so-called`` or a determiner, the writer's scare quote inside one noun
    phrase (``Supporters of the so-called "sanctuary city" policy``, ``Some in the "Ferrer or
    Nobody" crowd``); the opening mark is passed by ``_opens_a_title``."""
    if _gap(text, tokens, index).strip() not in ('"', "\u201d"):
        return None
    for opener in range(index - 1, max(0, index - _SCARE_QUOTE_WORDS - 1), -1):
        if _gap(text, tokens, opener).strip() in ('"', "\u201c"):
            return opener if tokens[opener - 1][2].lower() in _SCARE_QUOTE_OPENERS else None
    return None


def _nickname_before(text: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether one capitalised word in quote marks stands between token ``index`` and a
    capitalised word before it: a nickname between a given name and a surname (``Jordan
    “Dobbsy” Dobbs``, ``Bernadette "Bernie" Walsh``)."""
    return (
        index >= 2
        and _gap(text, tokens, index).strip() in ('"', "\u201d")
        and _gap(text, tokens, index - 1).strip() in ('"', "\u201c")
        and all(tokens[index - step][2][:1].isupper() for step in range(3))
    )


_PLACE_WORDS = 6  # words read before a place's state for the determiner opening the place
# Words of time that open a clause or a phrase ("until auditors criticised", "until the end").
_TIME_BOUNDARIES = frozenset("until after before since".split())
_RELATIVE_TIME_WORDS = 4  # words read back from such a word for the relative clause it stands in


def _in_relative_clause(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether a word of time at token ``index`` stands a few words after ``who``, in the
    relative clause of the subject, not before a clause of its own (``Residents who stayed
    until the end said``: the residents)."""
    if tokens[index][2].lower() not in _TIME_BOUNDARIES:
        return False
    return any(token[2] == "who" for token in tokens[max(0, index - _RELATIVE_TIME_WORDS) : index])


def _phrase_start(
    text: str,
    tokens: list[tuple[int, int, str]],
    last: int,
    lexicon: Lexicon,
    *,
    over_titles: bool = False,
) -> int:
    """Where the noun phrase ending at token ``last`` starts: back to punctuation, a clause
    word (``that``, ``and``) or the length limit; ``over_titles`` passes a work's title in quote
    marks (see ``_opens_a_title``), as an appositive's description may hold one."""
    first = last
    while first > 0:
        gap = _gap(text, tokens, first)
        word = tokens[first - 1][2].lower()
        if _nickname_before(text, tokens, first):
            first -= 2  # 'Jordan “Dobbsy” Dobbs': a nickname inside the name
            continue
        if (
            first > 1
            and "," in gap
            and "," in _gap(text, tokens, first - 1)
            and _state_in_phrase(
                " ".join(token[2] for token in tokens[max(0, first - _PLACE_WORDS) : first - 1]),
                tokens[first - 1][2],
                tokens[first][2],
                lexicon,
            )
        ):
            first -= 2  # "the Santa Clara, Calif., company": a place and its state
            continue
        opener = _scare_quote_opener(text, tokens, first)
        if opener is not None:
            first = opener
            continue
        if (not _PHRASE_BREAKS.isdisjoint(gap) or " - " in gap) and not (
            ((over_titles or word == "so-called") and _opens_a_title(tokens, first, gap))
            # ('The "Yes" campaign said': a determiner opens a scare quote, capitalised or not;
            # a capitalised "So-called" would be read as the name)
            or (word in _DESCRIPTOR_DETERMINERS and gap.strip() in ('"', "\u201c"))
        ):
            break
        if word == "and" and _and_inside_a_name(tokens, first, lexicon):
            first -= 1  # "The Health and Safety Executive": one body's name
            continue
        if word == "and" and _shared_modifier(tokens, first, lexicon):
            first -= 1
            continue
        if (
            word in _CLAUSE_BOUNDARIES
            # "A spokesman for that group": after a preposition "that" is the noun's determiner
            and not (word == "that" and first > 1 and tokens[first - 2][2] in _THAT_PREPOSITIONS)
            and not _in_relative_clause(tokens, first - 1)
        ) or last - first + 1 >= _MAX_SUBJECT_WORDS:
            break
        if tokens[first - 1][2] == "something":
            break  # "something the bank has described as": the relative clause's own subject
        if _reduced_relative_head(tokens, first, last, lexicon) and not holds_relative_verb(
            [token[2] for token in tokens[first : last + 1]]
        ):
            # "a point the researchers conceded": the relative clause's own subject (but "A
            # witness the defense called said": the relative's verb stands before the cue)
            break
        first -= 1
    return first


def _reduced_relative_head(
    tokens: list[tuple[int, int, str]], first: int, last: int, lexicon: Lexicon
) -> bool:
    """Whether the determiner at token ``first`` opens the subject of a relative clause
    without ``that`` after its head, an article and a noun naming no one (``a point the
    researchers conceded was still open``, ``the day the mayor said``); a person's noun is
    the subject's own (``an official the paper did not name said``). A group's bare plural
    opens one after ``a`` and such a noun when it stands alone before the cue (``a move critics
    called "reckless"``), where after ``the`` the noun may be its modifier (``the city officials
    said``), and before another noun it is a compound's (``a farm workers union said``)."""
    word = tokens[first][2].lower()
    if word in _DESCRIPTOR_DETERMINERS:
        return _article_and_thing(tokens, first - 1, lexicon)
    return (
        lexicon.group_nouns.get(word) is SpeakerKind.GROUP
        and first == last
        and first > 1
        and tokens[first - 2][2].lower() in _INDEFINITE_ARTICLES
        and tokens[first - 1][2] not in _QUANTITY_NOUNS
        and _article_and_thing(tokens, first - 1, lexicon)
    )


def _article_and_thing(tokens: list[tuple[int, int, str]], noun: int, lexicon: Lexicon) -> bool:
    """Whether token ``noun`` is a common noun naming no one after an article (``a point``,
    ``the day``; not ``the mayor``, ``an official``): the antecedent of a relative clause
    without ``that``, whose subject follows, not the subject itself."""
    if noun < 1:
        return False
    head = tokens[noun][2]
    return (
        tokens[noun - 1][2].lower() in ARTICLES
        and head.isalpha()
        and head.islower()
        and head not in lexicon.titles
        and head not in lexicon.group_nouns
    )


def _shared_modifier(tokens: list[tuple[int, int, str]], after: int, lexicon: Lexicon) -> bool:
    """Whether the ``and`` before token ``after`` joins two modifiers of one noun (``Two
    current and one former employee``, ``Former and current officials``): the one before has
    no noun of its own when another modifier follows, perhaps after a number or article; not a
    clause ending in such a word (``The president was ousted and his allies said``, ``The
    meeting ran late and officials said``, ``The sheriff retired and deputies said``)."""
    following = [token[2].lower() for token in tokens[after : after + 2]]
    if following[:1] and following[0] in _DESCRIPTION_LEADS:
        following = following[1:]  # "and one former employee"
    return (
        after > 1
        and tokens[after - 2][2].lower() in lexicon.modifiers
        and bool(following)
        and following[0] in lexicon.modifiers
    )


def _and_inside_a_name(tokens: list[tuple[int, int, str]], after: int, lexicon: Lexicon) -> bool:
    """Whether the ``and`` before token ``after`` joins the capitalised words of one name
    opened by ``the`` (``the Food and Drug Administration``, ``The Department for Work and
    Pensions``), not two subjects (``Roe and Lee``, ``The mayor and Councillor Reyes``)."""
    word = tokens[after][2]
    if not word[:1].isupper() or word.lower() in lexicon.given_names:
        return False  # "the Court of Appeals and William Landes": two subjects
    index = after - 2
    while index >= 0 and tokens[index + 1][0] - tokens[index][1] == 1:
        current = tokens[index][2]
        if current.lower() == "the":
            return index < after - 2
        if not (current[:1].isupper() or current in _NAME_JOINERS):
            return False
        index -= 1
    return False


# Lower-case words that may open a speaker's mention: articles, quantifiers, pronouns.
_MENTION_OPENERS = frozenset(
    "a an the one two three some many most several few all both each another other others "
    "his her their its our my your this that these those".split()
)


# Words that open a new phrase after a comma: what follows a place's state is no longer the
# noun phrase the place stands in ("Fresno, Calif., who ...", "Fresno, Calif., and").
_PHRASE_OPENERS = _MENTION_OPENERS | RELATIVE_WORDS | _COORDINATING_WORDS | _PART_PREPOSITIONS


def _state_in_phrase(before: str, state: str, after: str, lexicon: Lexicon) -> bool:
    """Whether a state set off by commas goes on with the noun phrase around it, as wire style
    puts a place before a noun (``the Santa Clara, Calif., company``): the state follows a
    determiner and a capitalised place, and a lower-case word opening no new phrase follows
    it (not ``In Sacramento, Calif., officials said``, ``a farmer in Fresno, Calif., who``)."""
    words = before.split()
    place = len(words)
    while (
        place > 0
        and words[place - 1][:1].isupper()
        and words[place - 1].lower() not in _NOUN_PHRASE_LEADS  # "A Fresno, Calif., farmer"
    ):
        place -= 1
    following = after.split()[:1]
    return (
        state[:1].isupper()
        and state.lower() in lexicon.us_states
        and 0 < place < len(words)
        and words[place - 1].lower() in _NOUN_PHRASE_LEADS
        and bool(following)
        and following[0].islower()
        and following[0] not in _PHRASE_OPENERS
    )


def _surname(words: list[str]) -> str:
    """The lower-case last word of a name but a suffix (``Harry B. Haldane Jr.``: ``haldane``),
    a curly apostrophe read as a straight one, as both are written for one name."""
    words = without_post_nominals(words)
    while len(words) > 1 and words[-1].lower() in NAME_SUFFIXES:
        words = words[:-1]
    return words[-1].lower().replace("\u2019", "'")


def _gap_subject(first: str, cue_text: str, lexicon: Lexicon) -> bool:
    """Whether the first word of the words between a quote and its cue may be the cue's
    subject (``"...," officials, speaking anonymously, said``) or the cue takes an object
    after it (``..., told Reuters``), so the cue is not inverted; a preposition or an
    adverbial is no subject (``"...," in sharp contrast to past races, says Dana Roe``)."""
    first = first.lower().rstrip(",;:")
    if first in ADVERBIAL_STARTS:
        return False
    return (
        first.endswith("s")
        or first in lexicon.group_nouns
        or cue_text.split(maxsplit=1)[0] in TELL_FORMS
    )


def _may_open_mention(word: str) -> bool:
    lowered = word.lower().strip(",")
    return lowered in _MENTION_OPENERS or lowered in PRONOUNS or lowered in RELATIVE_PRONOUNS


# A relative clause describing an inverted subject. Audit: fixed words between boundaries.
_RELATIVE_AFTER_NAME = regex.compile(r"[ ,](?:who|whose|whom|which)\b")
# A participle after a comma, which may be a cue of the inverted subject (", noting that").
# Audit: a possessive run of lower-case letters after a literal comma; one position per comma.
_PARTICIPLE_AFTER_NAME = regex.compile(r",[ ](\p{Ll}++(?<=ing))\b")
# The word after a comma, which may be the verb of the statement an inverted subject interrupts
# ("The plan, said Reyes on Friday, would ..."). Audit: a literal comma and space, then one
# possessive run of letters and apostrophes; one position per comma.
_WORD_AFTER_COMMA = regex.compile(r",[ ]([\p{L}'\u2019]++)")
# A clause of the writer's after an inverted subject (", and she vowed", ", but the mayor",
# "said the mayor and then left", "and walked out", "before leaving"; not a list of sources:
# "said Ana Roe, Tom Lee, and Ivo Marsh"). Audit: fixed words after a literal comma or an
# optional one before "and", then a fixed word or a possessive run of lower-case letters
# that a lookbehind reads for its ending ("-ed", "-ing");
# one position per comma or space.
_CLAUSE_AFTER_NAME = regex.compile(
    r"(?:,[ ](?:and[ ](?:he|she|they|it|we)|but|while|whereas|although|though)"
    r"|,?+[ ]and[ ](?:then|\p{Ll}++(?<=ed))|[ ](?:before|after)[ ]\p{Ll}++(?<=ing))\b"
)


def _subject_after(text: str, cue_end: int, limit: int, lexicon: Lexicon) -> _Found | None:
    """The subject after an inverted cue: ``said Jane Roe, a spokeswoman for the ministry.``"""
    end = limit
    for mark in (".", ";", ":", "\u201c", '"', "\u2014"):  # ("said Ivo Marsh: nobody ...")
        found = text.find(mark, cue_end, end)
        if found != -1 and not (mark == "." and _is_abbreviation_dot(text, found, lexicon)):
            # "said Tom Reyes, mayor of Paradise, Calif. Reyes lost": the dot is the name's too
            end = found + 1 if mark == "." and closes_a_name(text, found) else found
    clause = _CLAUSE_AFTER_NAME.search(text, cue_end, end)
    if clause is not None:
        end = clause.start()  # "said Ina Ralls, and she vowed to ...": the writer goes on
    for comma in _WORD_AFTER_COMMA.finditer(text, cue_end, end):
        if finite_auxiliary(comma.group(1).lower()):
            # "The plan, said Reyes on Friday, would cost too much": the statement's verb
            end = comma.start()
            break
    for participle in _PARTICIPLE_AFTER_NAME.finditer(text, cue_end, end):
        if participle.group(1).lower() in lexicon.cues:
            # "said Peter Rendle, chairman of the group, noting that ...": a report of its own
            end = participle.start()
            break
    relative = _RELATIVE_AFTER_NAME.search(text, cue_end, end)
    if relative is not None and "," in text[cue_end : relative.start() + 1]:
        # "said Anton Belic, a retired teacher whose house stands ...": the name and its
        # appositive; but "said a former official who oversaw the audit" is one description
        end = relative.start()
    start, end = _strip_edges(text, cue_end, end)
    if start >= end:
        return None
    words = _words_before(text, start, end)
    if len(words) > _MAX_SUBJECT_WORDS:
        end = words[_MAX_SUBJECT_WORDS - 1][1]
    end = source_occasion(text, start, end)  # "said Reyes in a statement"
    end = time_tail_start(text, start, end)  # "said Reyes on Friday": the time is no name
    lowered = text[start:end].lower()
    for lead in _NOT_AFTER_CUE:  # "said on Tuesday", "told reporters", "said last week"
        if lowered.startswith(lead):
            return None
    return _Found(start, end)


_FOLLOWING_REACH = 24  # characters read for the word after an abbreviation


def _is_abbreviation_dot(text: str, dot: int, lexicon: Lexicon) -> bool:
    """Whether the dot at ``dot`` ends a short capitalised word (``Sen.``) or a listed
    abbreviation (``Prof.``), not the sentence; an abbreviation closing a name before a
    capitalised word ends the sentence too (``a spokesman for Harlow Corp. Shares fell``),
    unless the word goes on with it (``Harlow Corp. Chief Executive Ana Ruiz``)."""
    word = word_ending_at(text, dot)
    if closes_a_name(text, dot) and text[dot + 1 : dot + 2] == " ":
        following = text[dot + 2 : dot + 2 + _FOLLOWING_REACH].split(maxsplit=1)
        return not following or not following[0][:1].isupper() or goes_on_after_a_name(following[0])
    return word[:1].isupper() and (len(word) <= 3 or word.lower() + "." in lexicon.abbreviations)


def _back_to_space(text: str, position: int, floor: int) -> int:
    """``position``, or the last space before it when it falls inside a word."""
    if position >= len(text) or text[position].isspace():
        return position
    space = text.rfind(" ", floor, position)
    return space if space != -1 else position


# A dash set off by spaces, which opens the writer's aside after a source: a long dash, or two,
# or a hyphen before a lower-case word (not "the Harlow - Benton group", one name). Audit:
# fixed spaces around fixed alternatives, a one-character lookahead.
_SPACED_DASH = regex.compile(rf"[ ](?:[{DASHES}]{{2}}|[\u2015\u2014\u2013]|-(?=[ ]\p{{Ll}}))[ ]")


def _according_to_source(
    text: str, cue_end: int, candidate: Candidate, limit: int, lexicon: Lexicon
) -> _Found | None:
    """The source named after ``according to``: up to the content after it, or up to the
    first comma (``CONTENT, according to the ministry, and ...``)."""
    end = candidate.start if candidate.start > cue_end else limit
    # a source is a few words: a sentence of a thousand cues stays linear
    end = min(end, _back_to_space(text, cue_end + _SOURCE_REACH, cue_end))
    dash = _SPACED_DASH.search(text, cue_end, end)
    if dash is not None:
        end = dash.start()  # "..., according to census data — a drop of a fifth": the writer's
    comma = text.find(",", cue_end, end)
    if comma != -1:
        # "CONTENT, according to its mayor, Tomas Ibarra.": the name of the one described
        end = role_then_name(text, cue_end, comma, end, lexicon) or comma
    tail = time_tail_start(text, cue_end, end)  # "figures released by the county on Tuesday"
    kept = text[cue_end:tail].rstrip()
    # not "the board's minutes", nor "a report published on Thursday" (its participle's time)
    if not kept.endswith(OWNER_ENDINGS) and not kept.endswith("ed"):
        end = tail
    start, end = _strip_edges(text, cue_end, end)
    return _Found(start, end) if start < end else None


def _relayed_speaker(
    text: str, candidate: Candidate, lexicon: Lexicon
) -> tuple[_Found, _Found] | None:
    """Who spoke a direct quote that ``according to`` relays, and the speech cue that names
    them between the quote and the relay (``"...," she said, according to ...``, ``"...,"
    said Ana Brandt, according to ...``); None otherwise."""
    if (
        candidate.kind is not QuoteKind.DIRECT
        or candidate.cue_start is None
        or candidate.cue_start < candidate.end
        or text[candidate.cue_start : candidate.cue_end].lower() not in SOURCE_FIRST_CUES
    ):
        return None
    tokens = _words_before(text, candidate.end, candidate.cue_start)
    cues = [
        index
        for index, token in enumerate(tokens)
        if lexicon.cues.get(token[2].lower()) is CueClass.SPEECH
    ]
    if len(cues) != 1 or len(tokens) > _RELAY_GAP_WORDS:
        return None
    before, after = tokens[: cues[0]], tokens[cues[0] + 1 :]
    named = before or [token for token in after if token[2][:1].isupper()]
    if not named:
        return None
    verb = tokens[cues[0]]
    return _Found(*_strip_edges(text, named[0][0], named[-1][1])), _Found(verb[0], verb[1])


def _relays_someone(cue: str) -> bool:
    """Whether a participle cue names whom it relays (``quoting a source in the ministry as
    saying``, ``citing officials as saying``), who speaks through the report's subject."""
    lowered = cue.lower()
    return lowered.startswith(("quoting ", "citing ")) and " as " in lowered


def _quoted_after(text: str, cue_end: int, lexicon: Lexicon) -> _Found | None:
    """The source a cue's subject quotes right after the cue (``..., the RIA news agency
    reported on Tuesday, quoting the regional governor``), whose words the subject relays as a
    chain's channel does (``quoted the governor as saying``); None when no one is quoted there
    (``Hale tweeted, quoting Brannock's statement``: what was quoted, a record of its own)."""
    quoting = ", quoting"
    # (times may stand before it, and the phrase is itself read as one of the cue's asides)
    at = text.find(quoting, cue_end, skip_intervening(text, cue_end) + len(quoting))
    if at == -1:
        return None
    person = quoted_person(text, at + len(quoting), lexicon)
    return None if person is None else _Found(*person)


_TRANSLATING_FOR = ", translating for"


def _translated_for(
    text: str, subject: _Found | None, cue_end: int, lexicon: Lexicon
) -> tuple[_Found, _Found] | None:
    """The person an interpreter translates for, named after the cue or in the cue's subject
    (``said the interpreter, translating for district governor Rahmat Osmani``), whose words
    the interpreter voices, and the interpreter's mention; None when no one is named so, or
    only a bare group, whom a translator works for (``said Lena Marsh, translating for
    refugees at the border since 2019``)."""
    if subject is None:
        return None
    at = text.find(_TRANSLATING_FOR, subject.start, subject.end)
    interpreter = _Found(subject.start, at) if at != -1 else subject
    if at == -1 and text.startswith(_TRANSLATING_FOR, cue_end):
        at = cue_end  # "the interpreter said, translating for ..."
    if at == -1:
        return None
    person = quoted_person(text, at + len(_TRANSLATING_FOR), lexicon)
    first = text[person[0] : person[1]].split(maxsplit=1)[:1] if person is not None else []
    if person is None or lexicon.group_nouns.get("".join(first).lower()) is SpeakerKind.GROUP:
        return None  # "said Lena Marsh, translating for refugees at the border": her work
    return _Found(*person), interpreter


def _relays(text: str, cue: Span, subject: _Found | None, resolver: _Resolver) -> bool:
    """Whether a cue's subject relays what someone it quotes said: an outlet that reports
    (``the RIA news agency reported``, ``Tass said``), not a person who says a line of
    someone else's as her own (``Senator Ruth Okafor said, quoting Abraham Lincoln``)."""
    if cue.text.lower().startswith("report"):
        return True
    if subject is None:
        return False
    kind, _ = resolver.classify_as_written(text[subject.start : subject.end], subject.start)
    return kind is SpeakerKind.ORGANISATION


_NOUN_OWNER_WORDS = 3  # "The senator's first answer": the words read back for a noun's owner


def _noun_owner(text: str, floor: int, noun_start: int) -> _Found | None:
    """The owner of a noun, read back over its adjectives: a possessive determiner or a name
    or description before ``'s`` (``Ruiz's``, ``the senator's``, without the article or the
    ending); None when an article or nothing owns it."""
    words = list(_TOKEN.finditer(text, max(floor, noun_start - 60), noun_start))
    for word in reversed(words[-_NOUN_OWNER_WORDS:]):
        lowered = word.group().lower()
        if lowered in _OWNER_GENDERS or lowered == "its":
            return _Found(word.start(), word.end())
        if lowered.endswith(("'s", "\u2019s", "s'", "s\u2019")):
            end = word.end() - (2 if lowered.endswith("s") else 1)
            start = word.start()
            run = [other for other in words if other.end() <= word.start()]
            while run and run[-1].group()[:1].isupper() and run[-1].end() + 1 == start:
                start = run.pop().start()  # "Ana Ruiz's": the whole name
            return _Found(start, end)
        if lowered in ("a", "an", "the", "one", "another") or not lowered.isalpha():
            return None
    return None


def _locate(
    text: str, candidate: Candidate, sentence: Sentence, analysis: Analysis, lexicon: Lexicon
) -> tuple[_Found | None, _Found | None]:
    """Where the speaker (and the channel of a chain) is named for a quote with a cue.

    With a parse (the stanza backend), the cue's grammatical subject decides; without one,
    or when the parse has none, the rules below look around the cue."""
    if candidate.cue_start is None or candidate.cue_end is None:
        return None, None
    cue_start, cue_end = candidate.cue_start, candidate.cue_end
    if analysis.tokens:
        parsed = syntax.subject_of(analysis, cue_start, cue_end)
        if parsed is not None:
            channel = syntax.channel_of(analysis, cue_start, cue_end)
            return _Found(*parsed), _Found(*channel) if channel else None
    cue_text = text[cue_start:cue_end].lower()
    if cue_text in OPINION_CUES:
        # "In his opinion, both sides ...": the person the pronoun stands for, read through
        # the owned noun as "His verdict: ..." is
        return _Found(cue_start + len("in "), cue_end), None
    if cue_text in SOURCE_FIRST_CUES:
        return _according_to_source(text, cue_end, candidate, sentence.end, lexicon), None
    if cue_text in read_words("predicate_nouns.tsv"):
        # "Ruiz's response was that ...", "Their view was that ...": the noun's owner; "The
        # idea is that ...", "A common refrain is that ...": nobody named
        return _noun_owner(text, sentence.start, cue_start), None
    if (
        cue_text in read_words("owned_infinitive_nouns.tsv")
        and text.startswith(" to ", cue_end)
        and (noun_owner := _noun_owner(text, sentence.start, cue_start)) is not None
    ):
        return noun_owner, None  # "Vale's decision to close the pier": the owner
    viewpoint = viewpoint_opening().match(text, cue_start)
    if viewpoint is not None and viewpoint.end() == cue_end:
        # "In Ash's view, the change would ...", "To Okafor, the mayor is ...": the owner
        return _Found(*viewpoint_owner(viewpoint)), None
    if cue_text == POLL_OPENING:
        # "In a Gazette poll released Monday, 54 percent ...": the poll, without its time
        return _opening_poll(text, sentence, candidate.start), None
    if cue_text.startswith(("quoted ", "quotes ", "quoting ", "cited ", "cites ", "citing ")):
        first_space = cue_text.index(" ")
        as_at = max(cue_text.rfind(" as "), cue_text.rfind("\nas "))
        inner_end = cue_start + as_at if as_at > first_space else cue_start + first_space
        inner = _Found(*_strip_edges(text, cue_start + first_space, inner_end))
        subject = _subject_before(text, sentence, cue_start, lexicon)
        if inner.start < inner.end and text[inner.start : inner.start + 3].lower() == "by ":
            # "Rudnitzky was quoted by the agency OTA as saying": the subject speaks, the
            # agent is the channel
            return subject, _Found(inner.start + 3, inner.end)
        if inner.start == inner.end:
            # "the governor was quoted as saying by the VNA news agency (that ...)": the agent
            # after the chain is its channel
            agent = agent_start(text, cue_end)
            limit = candidate.start if candidate.start > cue_end else sentence.end
            if agent is None or agent >= limit:
                return subject, None
            if candidate.start > cue_end:  # "by the VNA news agency that ...": before the clause
                limit = agent + len(text[agent:limit].rstrip().removesuffix("that").rstrip(" ,"))
            return subject, _Found(*_strip_edges(text, agent, _agent_end(text, agent, limit)))
        return inner, subject
    agent = _agent_after(text, cue_end, candidate.end)
    if (
        agent is not None
        and (
            # "The plan was criticized on Friday by the council", "The jury was told by
            # prosecutor Dana Okoro that ...": a passive's agent speaks
            be_before(text, cue_start) < cue_start
            # "Asked by a reporter whether ...", "When asked by reporters about": a participle
            # opening its sentence, alone or after a subordinator
            or _opens_with_participle(text, past_dateline(text, sentence.start), cue_start)
            # "Varga, asked about the fire by reporters, said": an interposed participle
            or (agent >= candidate.end and text[cue_start - 2 : cue_start] == ", ")
            # "a tax dubbed "the pasty levy" by critics": a reduced relative's agent
            or (agent >= candidate.end and _reduced_relative(text, candidate))
            # "the suggestion by a rival that ...": a noun cue's agent before its clause
            or (
                cue_end < agent < candidate.start and cue_text in read_words("complement_nouns.tsv")
            )
        )
    ):
        # "The plan was criticized on Friday by the regional council": the agent speaks
        limit = sentence.end
        if candidate.start > cue_end and agent < candidate.end:
            # "was told by prosecutor Dana Okoro that ...": the agent ends where the clause does
            before_clause = text[agent : candidate.start].rstrip().removesuffix("that")
            limit = agent + len(before_clause.rstrip(" ,"))
        elif agent >= candidate.end and (comma := text.find(",", agent, limit)) != -1:
            # "Asked about it by the Dunmere Courier, Vesey said": the asker ends at its comma,
            # before the subject who answers; but a passive's agent may be named after it
            # ("was described as "a travesty" by the victim's brother, Omar Reza.")
            named = (
                name_after_agent(text, comma, limit)
                if be_before(text, cue_start) < cue_start
                else None
            )
            limit = comma if named is None else named
        return _subject_after(text, agent, _agent_end(text, agent, limit), lexicon), None
    if owner := owned_quotation(text, candidate.start, candidate.end, cue_start):
        # 'her "lazy voters" remark', 'Varga's "keep your doctor" promise': the owner's words
        return _Found(*owner), None
    if cue_start >= candidate.end:  # "…," Saldo said / "…," said Saldo
        start, end = _strip_edges(text, candidate.end, cue_start)
        if end - start > LONGEST_MENTION:
            return _Found(start, end), None  # no mention is this long: it names nobody
        gap_words = text[start:end].split(maxsplit=1)
        first = gap_words[:1]
        relative = len(gap_words) > 1 and first[0].lower() in RELATIVE_PRONOUNS
        if first and first[0].islower() and (not _may_open_mention(first[0]) or relative):
            # ('"biased," which is what his lawyers argued': a relative clause's subject)
            # '"a crack" yet in the ceiling, she said': the gap goes on with the writer's
            # sentence, so the subject is the one next to the cue
            if text[candidate.end : cue_start].rstrip().endswith(",") and not _gap_subject(
                first[0], cue_text, lexicon
            ):
                # '"...," in sharp contrast to past years, says Dana Roe': the cue after an
                # adverbial set off by a comma is inverted, its subject follows it (not after
                # a subject: '"...," officials, speaking anonymously, told Reuters')
                after = _subject_after(text, cue_end, sentence.end, lexicon)
                first_after = text[after.start : after.end].split(maxsplit=1)[0] if after else ""
                if after is not None and (
                    first_after[:1].isupper()
                    or (first_after != "that" and _may_open_mention(first_after))
                ):  # not "..., complained that he paid": a clause, no subject
                    return after, None
            found = _subject_before(text, sentence, cue_start, lexicon)
            if found is not None and found.start >= start:
                return found, None
        if start < end and text[start:end].lower() not in _CLAUSE_BOUNDARIES:
            return _Found(start, _before_auxiliaries(text, start, end)), None
        if start < end:  # "… and said": the subject stands before the quote
            return _subject_before(text, sentence, candidate.start, lexicon), None
        return _subject_after(text, cue_end, sentence.end, lexicon), None
    if candidate.cue_class is CueClass.DOCUMENT:
        return _document_subject(text, sentence, cue_start, lexicon), None
    if _reduced_relative(text, candidate):
        # "Officials unveiled the new rail line, called "the Orbital,"": the record is the
        # phrase the participle names, and the subject of the verb before it speaks
        verb = _verb_before_object(text, sentence.start, candidate.start)
        return _subject_before(text, sentence, verb, lexicon), None
    if _after_writers_opening(text, sentence.start, cue_start):
        # "In fact, said the treasurer, the levy will pass", "But, said Solovey, "...": a cue
        # right after the writer's opening connective and its comma is inverted
        comma = text.find(",", cue_end, sentence.end)
        after = _subject_after(text, cue_end, sentence.end if comma == -1 else comma, lexicon)
        if after is not None:
            return after, None
    aside_start = _past_quoted_aside(text, sentence, cue_start)
    found = _subject_before(text, sentence, aside_start, lexicon)
    if found is not None and cue_text.split()[0].endswith("ing"):
        issued = _ISSUED_TAIL.search(text, found.start, found.end)
        if issued is not None:
            # "Westridge Power issued a statement saying": the issuer, not the document's phrase
            return _Found(found.start, issued.start()), None
        noun = word_ending_at(text, cue_start - 1)
        if noun.isalpha() and noun.islower() and noun.endswith("s") and not noun.endswith("ss"):
            # "The campaign is running ads accusing": a plural right before the participle,
            # the object it goes with
            speaking = _speaking_object(text, found, cue_start)
            if speaking is not None:
                return speaking, None
            return _subject_before_its_verb(text, found, lexicon) or found, None
    return found, None


_OPENING_EDGES = ' "\u201c('  # what may stand around a sentence's opening participle
_LONGEST_ASKED_OPENER = max(map(len, ASKED_OPENERS))


def _opens_with_participle(text: str, start: int, cue_start: int) -> bool:
    """Whether a participle cue opens its sentence from ``start``, alone or after a
    subordinator (``Asked by a reporter whether``, ``When asked by reporters``), past spaces,
    quote marks and brackets; the words before the cue are read only when they are that few,
    not the sentence up to each cue."""
    end = cue_start
    while end > start and text[end - 1] in _OPENING_EDGES:
        end -= 1
    while start < end and text[start] in _OPENING_EDGES:
        start += 1
    return end - start <= _LONGEST_ASKED_OPENER and text[start:end] in ("", *ASKED_OPENERS)


_SPEAKING_OBJECT_WORDS = 3  # "from local bus drivers": the words of a plural and its modifiers


def _speaking_object(text: str, found: _Found, cue_start: int) -> _Found | None:
    """The plural before a participle cue that does what the participle says itself: after
    ``from`` (``letters from parents saying``, ``heard from workers warning``; not ``returned
    from talks with unions saying``, where the talks are no speakers and the subject speaks) or
    after a verb whose object the writer hears speak (``interviewed nurses complaining``); None
    elsewhere."""
    tokens = list(_TOKEN.finditer(text, found.start, cue_start))
    for index in range(len(tokens) - 2, max(-1, len(tokens) - 2 - _SPEAKING_OBJECT_WORDS), -1):
        word = tokens[index].group()
        if word == "from" and any(token.group() == "with" for token in tokens[index + 1 :]):
            return None
        if word == "from" or word in _PERCEPTION_VERBS:
            return _Found(tokens[index + 1].start(), tokens[-1].end())
    return None


_CONNECTIVE_REACH = 30  # characters before a cue read for an opening connective ("As a result, ")


def _after_writers_opening(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether only a connective of the writer's and its comma open the sentence before a cue
    (``In fact, said``, ``But, said``: ``writers_connectives.tsv`` and the coordinators),
    which leaves the cue no subject before it."""
    if cue_start - sentence_start > _CONNECTIVE_REACH:
        return False  # (a few words only: one long sentence costs no window per cue)
    opening = text[sentence_start:cue_start].strip(' "\u201c\u2018(')
    if not opening.endswith(","):
        return False
    lead = opening[:-1].strip().lower().replace("\u2019", "'")
    return (
        lead in read_words("writers_connectives.tsv")
        or lead in _COORDINATING_WORDS
        or lead in _CONNECTIVES_OF_THE_REPORT
    )


# Opening connectives that carry the report's own sense, so writers_connectives.tsv leaves them
# out (its comment: PolNeAR train keeps them in the content), but which are no speaker either
# before an inverted cue ("Instead, said the chief, ..."; review rvD22, invented probes).
_CONNECTIVES_OF_THE_REPORT = frozenset(("instead", "now", "after all", "in other words", "in all"))


def _subject_before_its_verb(text: str, found: _Found, lexicon: Lexicon) -> _Found | None:
    """The subject a participle's mention opens with when the mention runs on over its verb to
    the object the participle goes with (``The campaign is running ads accusing``, ``Dana Reyes
    has spent heavily on ads portraying``): the ads speak for whoever runs them. Its opening
    noun phrase, or its capitalised name, when a verb-like word follows it inside the mention;
    None when none does."""
    phrase = _leading_noun_phrase(text, found.start, found.end, lexicon, bare=True)
    if phrase is not None:
        verb = _TOKEN.search(text, phrase.end, found.end)
        return phrase if verb is not None and _is_verb_like(verb.group(), lexicon) else None
    end = found.start
    for token in _TOKEN.finditer(text, found.start, found.end):
        if token.group()[:1].isupper():
            end = token.end()
            continue
        verb_after_name = end > found.start and _is_verb_like(token.group(), lexicon)
        return _Found(found.start, end) if verb_after_name else None
    return None


def _reduced_relative(text: str, candidate: Candidate) -> bool:
    """Whether a record is a noun phrase with the naming participle after it that names it
    (``a website called "Fix Our Roads"``): the cue inside it, the record opened by a
    determiner, and no form of ``be`` before the cue (not ``The levy was branded``)."""
    cue_start, cue_end = candidate.cue_start, candidate.cue_end
    return (
        cue_start is not None
        and cue_end is not None
        and candidate.start < cue_start < candidate.end
        and text[cue_start:cue_end].lower() in read_words("naming_cues.tsv")
        # (the words opening the noun phrase it names: "a website called", "the new rail line,
        # called", "its plan dubbed", "this law, dubbed")
        and text[candidate.start : cue_start].split(maxsplit=1)[0].lower() in _NOUN_PHRASE_LEADS
        and be_before(text, cue_start) == cue_start
    )


# Words between a verb and its object that are no part of the subject: a particle or a
# preposition ("has set up a website", "gathered at a park"), an adverb ("also").
_BEFORE_OBJECT = _PART_PREPOSITIONS | frozenset("up out off down back also".split())


def _verb_before_object(text: str, lower: int, object_start: int) -> int:
    """Where the verb whose object starts at ``object_start`` starts (``Rob Calloway has set
    up a website``: ``set``), past a particle or preposition after it."""
    end = object_start
    words = _TOKENS_BACKWARDS.finditer(text, lower, object_start)  # (not the whole clause)
    for word in words:
        end = int(word.start())
        if word.group().lower() not in _BEFORE_OBJECT:
            break
    else:
        return end
    if word.group() == "with":
        # "Council officials were pleased with the editorial, called": the verb is the "be"
        # a participle of feeling follows, so the subject ends before it
        feeling, auxiliary = next(words, None), next(words, None)
        if (
            feeling is not None
            and auxiliary is not None
            and feeling.group().endswith("ed")
            and auxiliary.group().lower() in BE_FORMS
        ):
            return int(auxiliary.start())
    return end


def _before_auxiliaries(text: str, start: int, end: int) -> int:
    """Where a subject between a quote and its cue ends, before the auxiliaries and adverbs
    that lead up to the cue (``..., the county council has announced``)."""
    while True:
        space = text.rfind(" ", start, end)
        if space == -1:
            return end  # one word: the subject itself
        word = text[space + 1 : end]
        if not word.islower() or word not in _BETWEEN_SUBJECT_AND_CUE:
            return end
        end = space


# A participle that takes a quotation, set off by a comma, then the quotation closing with a
# comma right before a cue: ', citing "the pull of the harbour," said'. Audit: a possessive
# run of letters, then a bounded possessive run of characters that are no quote mark; tried
# at the positions of a bounded window before the cue.
_QUOTED_ASIDE = regex.compile(
    r",[ ]\p{Ll}++(?<=ing)[ ][\"\u201c\u2018]?+[^\"\u201c\u201d\n]{1,200}+(?<=,)"
    r"[\"\u201d\u2019][ ]*+$"
)


_QUOTED_ASIDE_REACH = 260  # characters before a cue read for a participle and its quotation


def _past_quoted_aside(text: str, sentence: Sentence, cue_start: int) -> int:
    """Where the subject of a cue is looked for: before a participle and the quotation it
    takes when they stand between the subject and the cue (``Calder, citing "the pull of the
    harbour," said``), else right before the cue."""
    lower = max(sentence.start, cue_start - _QUOTED_ASIDE_REACH)
    aside = _QUOTED_ASIDE.search(text, lower, cue_start)
    return cue_start if aside is None else int(aside.start())


def _document_subject(
    text: str, sentence: Sentence, cue_start: int, lexicon: Lexicon
) -> _Found | None:
    """The subject of a document cue: the noun phrase before it, unless a document noun
    heads a long subject from the sentence start (``A Gazette review of the contracts signed
    since 2019 shows``), whose phrase up to that noun is the source; not one fronted before a
    comma (``In a survey of farms, inspectors found``)."""
    found = _subject_before(text, sentence, cue_start, lexicon)
    subject = "" if found is None else text[found.start : found.end].lower()
    if found is not None and (
        # (its noun before an aside too: "a leaked memo, seen by The Sentinel, showed")
        read_words("document_nouns.tsv").intersection(subject.replace(",", " ").split())
        # "Roe later deleted the post, which read:": the relative stands for the post
        or subject in RELATIVE_PRONOUNS
    ):
        return found
    start = past_dateline(text, sentence.start)
    head = document_head(text, start, cue_start)
    if head is None or (
        # ("In a survey of farms, inspectors found that ...": the document is fronted, the
        # subject after its comma finds; one set off by an apposition is left to the old
        # reading, "In a study, Working America, a labor group, found")
        found is not None
        and text.startswith("In ", start)
        and text.count(",", head, found.end) == 1
    ):
        return found
    return _Found(*_strip_edges(text, start, head))


def _frame(
    text: str, candidate: Candidate, paragraph_end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """The short clause that frames a quote with no listed cue: after a quote that ends on a
    comma, a question or an exclamation mark (``"...," Roe retaliated.``), or before one,
    ending on a colon or a comma (``Roe resisted: "..."``)."""
    inside = text[candidate.start : candidate.end].rstrip()
    if len(inside) >= 2 and inside[-2] in ",?!":
        end = min(candidate.end + _FRAME_REACH, paragraph_end)
        for mark in (".", ";", "\u201c", '"', "\n"):
            found = text.find(mark, candidate.end, end)
            if found != -1 and not (mark == "." and _is_abbreviation_dot(text, found, lexicon)):
                end = found
        if text[end : end + 1] in (".", "") or end == paragraph_end:
            return candidate.end, end
    lower = max(0, candidate.start - _FRAME_REACH)
    start = max(lower, *(text.rfind(mark, lower, candidate.start) + 1 for mark in '.?!\n\u201d"'))
    before = text[start : candidate.start].rstrip()
    if before.endswith((":", ",")):
        return start, start + len(before) - 1
    return None


# A share of people opening a mention as its head ("38 percent of voters", "a majority",
# "Seventy-two percent", "majorities of islanders", "Six in 10", "four out of five", "Two-thirds
# of islanders", "Most islanders", "Some 40 percent", "at least 8 in 10", "the vast majority",
# "Half the council");
# not a title or a name holding one ("House Majority Leader", "the Minority Voices Alliance",
# "the majority party") nor a share further in ("Nordhav, which owns 60 percent of the port").
# Audit: at most three fixed hedge words, then one possessive word run or fixed alternatives,
# each followed by a fixed test (a lower-case word ending in "s" after "most"); matched at the
# mention's start only.
_SHARE = regex.compile(
    r"(?:(?:a|an|the|some|about|nearly|almost|roughly|around|only|just|over|under|more|fewer"
    r"|less|than|fully|barely|at|least|as|many|close|to|upwards|of|well|vast|large|clear"
    r"|slim|narrow|bare|solid|overwhelming|sizable|strong|small|growing)[ ]){0,3}+"
    r"(?:[\w.,-]++(?:[ ]percent\b|[ ]per[ ]cent\b|%)"
    r"|(?:majorit(?:y|ies)|minorit(?:y|ies)|half)(?=$|[ ]of\b)"
    r"|half(?=[ ](?:the|its|their|all)\b)"
    r"|most(?=[ ](?:of\b|\p{Ll}++(?<=s)\b))"
    r"|(?:(?:one|two|three|four)[- ])?+(?:thirds?|quarters?|fifths?)(?=$|[ ]of\b)"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine)[ ](?:in|out[ ]of)[ ]"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b)",
    regex.IGNORECASE,
)
# What every match of _SHARE holds, lower-cased: its percent, its noun of a share or the "in"
# of a ratio. Most subjects hold none, and one search for them costs a third of the case-blind
# pattern, which tries its hedge words first (see _is_share). Audit: fixed alternatives, no
# repetition.
_SHARE_WORD = re.compile(
    "%|percent|per cent|majorit|minorit|half|most|third|quarter|fifth| in | out of "
)


def _is_share(text: str, start: int, end: int) -> bool:
    """Whether a mention at ``text[start:end]`` opens with a share (``_SHARE``). A mention in
    ASCII without a ``_SHARE_WORD`` cannot; one outside ASCII goes to the pattern, whose case
    folding matches more than ``str.lower`` finds (``İ`` is an ``i`` to it)."""
    mention = text[start:end]
    if mention.isascii() and _SHARE_WORD.search(mention.lower()) is None:
        return False
    return _SHARE.match(text, start, end) is not None


# The words that make a speaker a poll ("a new Gazette poll", "exit polling data", "The
# survey"). Source: news usage of poll findings.
_POLL_WORDS = frozenset(("poll", "polls", "polling", "survey", "surveys"))
# A character of a poll's name: no clause punctuation, but a figure's comma or point ("In an
# online survey of 2,000 members, ...").
_POLL_CHARACTER = r"(?:[^,.;:\n]|(?<=\d)[,.](?=\d))"
# A sentence opening with the poll or survey that found what follows ("In a Gazette poll
# released Monday, ...", "In the polls, ..."). Audit: fixed words, then two bounded lazy runs
# of _POLL_CHARACTER (one-character lookarounds), before a comma not in a figure.
_OPENING_POLL = regex.compile(
    rf"In[ ](?:a|an|the)[ ](?P<poll>{_POLL_CHARACTER}{{0,80}}?\b(?:polls?|surveys?|study)\b"
    rf"{_POLL_CHARACTER}{{0,60}}?)(?=,(?!\d))",
    regex.IGNORECASE,
)


def _opening_poll(text: str, sentence: Sentence, subject_start: int) -> _Found | None:
    """The poll a sentence opens with, when its subject is a share of those polled; the
    mention ends before a participle or a time (``a Gazette poll released Monday``)."""
    start = past_dateline(text, sentence.start)
    opening = _OPENING_POLL.match(text, start, subject_start)
    if opening is None:
        return None
    poll_start, end = opening.span("poll")
    words = list(_TOKEN.finditer(text, poll_start, end))
    for word, following in itertools.zip_longest(words, words[1:]):
        lowered = word.group().lower()
        if (
            (word.group().islower() and lowered.endswith("ed"))
            or lowered in _TIME_NOUNS
            # ("a poll last week": the time's lead word)
            or (
                lowered in _TIME_LEADS
                and following is not None
                and following.group().lower() in _TIME_NOUNS
            )
        ):
            end = _back_over(text, word.start())
            break
    return _Found(poll_start, end) if poll_start < end else None


def _reporting_poll(quotes: list[Quote], sentence: int, cue_start: int) -> _Found | None:
    """The poll that reports a share's words or reports before it in its sentence: the share
    is of those it polled and speaks only through it (``According to a Gazette poll, 51
    percent said ...``, ``Most voters say ..., according to the survey``, ``The poll found
    that ..., and six in 10 said ...``); not a share that names its poll (``Some 40 percent
    of islanders in a Gazette poll said``), which is no poll."""
    for quote in reversed(quotes[-_RECENT_SPEAKERS:]):
        if quote.sentence < sentence:
            return None  # (quotes come in order: the sentence's are the last ones)
        if quote.sentence != sentence or quote.cue is None or quote.speaker is None:
            continue
        mention = quote.speaker.mention
        if (
            (quote.start <= cue_start < quote.end or quote.cue.start < cue_start)
            and not _POLL_WORDS.isdisjoint(mention.text.lower().split())
            and not _is_share(mention.text, 0, len(mention.text))
        ):
            return _Found(mention.start, mention.end)
    return None


def _frame_speaker(
    text: str, candidate: Candidate, paragraph_end: int, resolver: _Resolver
) -> _Found | None:
    """The name or pronoun that opens (or follows the verb of) a quote's own frame."""
    frame = _frame(text, candidate, paragraph_end, resolver.lexicon)
    if frame is None:
        return None
    words = _words_before(text, *frame)
    if frame[0] >= candidate.end and (phrase := _frame_phrase(text, words, resolver.lexicon)):
        return phrase
    if not words or len(words) > _FRAME_WORDS:
        return None
    reach = words[min(_FRAME_NAME_WORDS, len(words)) - 1][1]
    index = bisect.bisect_left(resolver.mention_starts, frame[0])
    while index < len(resolver.mentions) and resolver.mentions[index].start < reach:
        mention = resolver.mentions[index]
        index += 1
        if mention.end <= frame[1] and text[mention.end : mention.end + 1] != ",":
            return _Found(mention.start, mention.end)  # not an opener ("Instead, ...")
    return None


# The dash that opens a paragraph signing the quote before it ("- Ines Vale.", "-Ana Ruiz,
# Harlow."). Audit: one character of a fixed class and an optional space, matched at one
# position.
_SIGNATURE_DASH = re.compile("[-\u2013\u2014\u2015] ?")


def _signed_by(
    text: str, candidate: Candidate, paragraphs: Sequence[Paragraph], resolver: _Resolver
) -> _Found | None:
    """The name a dash opens in the paragraph right after a quote that closes its own
    paragraph, alone or before a comma and a place (``"..." ¶ - Ines Vale.``, ``¶ -Ana Ruiz,
    Harlow.``): a quote set apart and signed, as fact-checks and notebooks print them; not a
    subhead a dash opens with no name (``- An immigrant himself -.``)."""
    following = candidate.paragraph + 1
    if (
        following >= len(paragraphs)
        or text[candidate.end : paragraphs[candidate.paragraph].end].strip()
        or (dash := _SIGNATURE_DASH.match(text, paragraphs[following].start)) is None
    ):
        return None
    index = bisect.bisect_left(resolver.mention_starts, dash.end())
    if index == len(resolver.mentions) or resolver.mentions[index].start != dash.end():
        return None
    mention = resolver.mentions[index]
    rest = text[mention.end : paragraphs[following].end]
    if not (rest in ("", ".") or (rest[:1] == "," and _signature_tail(rest[1:], resolver))):
        return None
    kind, _ = resolver.classify(text[mention.start : mention.end], mention.start)
    if kind not in (SpeakerKind.PERSON, SpeakerKind.ORGANISATION):
        return None  # "- Harlow, May 2.", "- Reuters": a dateline or a wire's credit
    return _Found(mention.start, mention.end)


_SIGNATURE_TAIL_WORDS = 6  # "Harlow", "dock worker", "in a speech on Monday", "tweeting after ..."


def _signature_tail(tail: str, resolver: _Resolver) -> bool:
    """Whether what follows a signature's name and comma only places or describes the signer
    (``Harlow.``, ``dock worker``, ``tweeting after the vote.``), not a sentence going on about
    them (``who has worked at the pier for years, said she would fight``)."""
    words = [word.strip(".,;:").lower() for word in tail.split()]
    return len(words) <= _SIGNATURE_TAIL_WORDS and not any(
        word in RELATIVE_WORDS or (word in resolver.lexicon.cues and not word.endswith("ing"))
        for word in words
    )


def _frame_phrase(text: str, words: list[tuple[int, int, str]], lexicon: Lexicon) -> _Found | None:
    """The phrase an article or ``one`` opens in the frame after a quote whose verb is a cue
    form the quote was not linked to, before or after it (``"...," read the statement``,
    ``"...," the editorial read.``, ``"...," a voice-over in the ad states.``, ``"...," read
    one.``): the text or voice the words come from, which names no one the mentions know."""
    comma = next(
        (index for index, word in enumerate(words) if text[word[1] : word[1] + 1] == ","), None
    )
    words = words[: comma + 1] if comma is not None else words
    if len(words) < 2:
        return None
    first, last = words[0][2].lower(), words[-1][2].lower()
    if _HEARING_FORMS.intersection((first, last)):
        return None  # '"...," the voters heard.': who heard it, not who said it
    if first in lexicon.cues and words[1][2].lower() in _FRAME_PHRASE_OPENERS:
        # "read the statement, which ...", "concluded a 2013 article in the journal Policy
        # Review": the phrase runs to the sentence's end or its first comma
        return _Found(words[1][0], words[-1][1]) if len(words) <= _FRAME_PHRASE_WORDS else None
    if len(words) > _FRAME_WORDS:
        return None
    if (
        first in _FRAME_PHRASE_OPENERS
        and last in lexicon.cues
        and comma is None
        and words[-2][2].lower() not in _PASSIVE_FRAME_AUXILIARIES
    ):
        # "the editorial read."; not '"Leave now," the protesters were told.', whom it was
        # said to
        return _Found(words[0][0], words[-2][1])
    return None


_FRAME_PHRASE_OPENERS = ARTICLES | frozenset(("one", "another"))
# A frame's cue forms that name the hearer ('"...," the voters heard'), and the auxiliaries
# that make a frame's cue a passive ('"...," the crowd was warned'): its phrase is whom the
# words reached, not their text or voice.
_HEARING_FORMS = frozenset(("hear", "hears", "heard", "overheard"))
_PASSIVE_FRAME_AUXILIARIES = BE_FORMS | frozenset(("get", "gets", "got", "getting"))
_FRAME_PHRASE_WORDS = 12  # a cue form and the longest phrase after it ("reads a ... editorial in")


def _after_a_passive(text: str, sentence: Sentence, quote_start: int, lexicon: Lexicon) -> bool:
    """Whether a passive of saying or judging stands right before a quote in its sentence,
    its preposition at most between (``was accused of "..."``, ``was branded "..."``), not an
    adjective (``was determined to "..."``); nor only the first of a list of quotes
    (``was described as "serene" and "determined ..."``)."""
    quote_start = _past_listed_quotes(text, sentence.start, quote_start)
    words = text[max(sentence.start, quote_start - _PASSIVE_REACH) : quote_start].lower().split()
    if words and words[-1] in _PASSIVE_PREPOSITIONS:
        words = words[:-1]
    return (
        len(words) >= 2
        and words[-2] in BE_FORMS
        and (words[-1] in lexicon.cues or words[-1] in read_words("naming_cues.tsv"))
    )


def _past_listed_quotes(text: str, floor: int, quote_start: int) -> int:
    """Where a list of quotes that ``quote_start`` ends starts (``"serene" and "determined
    ..."``): back over each ``and``, ``or`` or comma and the quotation before it, a few at
    most."""
    for _ in range(_LISTED_QUOTES):
        before = text[max(floor, quote_start - _PASSIVE_REACH) : quote_start].rstrip()
        listed = before.removesuffix(" and").removesuffix(" or").rstrip(", ")
        if listed == before or listed[-1:] not in _CLOSERS:
            break
        opening = max(listed.rfind(mark, 0, len(listed) - 1) for mark in _OPENING_MARKS)
        if opening == -1:
            break
        quote_start = max(floor, quote_start - _PASSIVE_REACH) + opening
    return quote_start


_LISTED_QUOTES = 3  # quotes listed before the last one read back for the verb before them
_PASSIVE_REACH = 40  # characters before a quote read for a passive verb
_PASSIVE_PREPOSITIONS = frozenset("of for as by".split())


def _embedding_subject(
    text: str, candidate: Candidate, sentence: Sentence, resolver: _Resolver
) -> _Found | None:
    """The subject of the sentence a quote with no cue stands inside, when the words before
    the quote make a clause of their own (``Roe offered up this sound bite: "..."``, ``Roe
    thanked the crews for "..."``)."""
    if candidate.start - sentence.start > _SUBJECT_REACH:
        return None  # too far from the sentence's subject to trust it
    if len(_words_before(text, sentence.start, candidate.start)) < _EMBEDDING_WORDS:
        return None
    start = _clause_start(text, sentence, candidate.start, resolver)
    mention = _leading_mention(text, start, candidate.start, resolver)
    if mention is not None:
        return mention
    phrase = _leading_noun_phrase(text, start, candidate.start, resolver.lexicon)
    if phrase is not None and text.startswith(",", phrase.end):
        # "A tweet from the spokesperson, Elif Karaman, just landed": the role's name too
        named = role_then_name(text, phrase.start, phrase.end, candidate.start, resolver.lexicon)
        if named is not None:
            return _Found(phrase.start, named)
    return phrase


def _trailing_cue_subject(
    text: str, candidate: Candidate, sentences: Sequence[Sentence], resolver: _Resolver
) -> _Found | None:
    """The speaker of a speech cue that ends the quote's sentence in a clause of its own,
    where no cue was linked to the quote (``"A curfew" would be wise, Roe said
    after the storm.``, ``"...", he said, rather than ...``)."""
    index = bisect.bisect_right(resolver.sentence_starts, candidate.end - 1)
    end = sentences[index - 1].end if index else len(text)
    marks = [text.find(mark, candidate.end, end) for mark in '"\u201c\u201d']
    end = min([end, *(mark for mark in marks if mark != -1)])
    clause_start = candidate.end
    while clause_start < end:
        comma = text.find(",", clause_start, end)
        clause_end = comma if comma != -1 else end
        words = _words_before(text, clause_start, clause_end)
        for position, (start, stop, word) in enumerate(words):
            if resolver.lexicon.cues.get(word.lower()) not in SAYING_CLASSES:
                continue
            # the subject opens the clause or, with appositives, the tail ("Roe, a nurse, said")
            subject = _subject_before(
                text, Sentence(candidate.end, end, 0), start, resolver.lexicon
            )
            opening = {_strip_edges(text, edge, start)[0] for edge in (candidate.end, clause_start)}
            if subject is not None and subject.start in opening and _names_someone(text, subject):
                return subject
            return _subject_after(text, stop, end, resolver.lexicon) if position == 0 else None
        clause_start = clause_end + 1
    return None


def _last_direct_speaker(quotes: list[Quote]) -> Quote | None:
    """The last quote in quote marks, when every quote since is by the same speaker (or by
    nobody named: ``Asked whether ..., she paused``)."""
    for index in range(len(quotes) - 1, max(-1, len(quotes) - 1 - _RECENT_SPEAKERS), -1):
        quote = quotes[index]
        if quote.kind is not QuoteKind.INDIRECT:
            later = quotes[index + 1 :]
            same = all(
                q.sieve == "unnamed"
                or (
                    q.speaker is not None
                    and quote.speaker is not None
                    and q.speaker.entity == quote.speaker.entity
                )
                for q in later
            )
            return quote if same else None
    return None


def _own_report(
    quotes: list[Quote], sentence: int, cue_start: int, entity: int, resolver: _Resolver
) -> Speaker | None:
    """The speaker of an earlier report in the sentence whose words hold a cue, when that
    report is the same person's (``She said she found that ...``): a pronoun's own report
    inside it is attributed where it is; not inside an interview's answer (``A: I think
    ...``), where the pronoun, not the label, names the speaker."""
    for quote in reversed(quotes[-_RECENT_SPEAKERS:]):
        if quote.sentence < sentence:
            return None
        speaker = quote.speaker
        if (
            speaker is not None
            and speaker.entity == entity
            and quote.start <= cue_start < quote.end
            and speaker.mention.start < cue_start
        ):
            label = resolver.answer_label(_Found(speaker.mention.start, speaker.mention.end))
            return None if label else speaker
    return None


def _beat_subject(
    candidate: Candidate,
    sentences: Sequence[Sentence],
    paragraph_starts: Sequence[int],
    resolver: _Resolver,
) -> _Found | None:
    """The person opening a short sentence just before a quote with no cue, in the quote's own
    paragraph: a beat of action that names who speaks next (``Ron Gillespie shrugs. "Same as
    always."``, ``Dianne Voskuil agreed. "..."``)."""
    if candidate.sentence < 1 or not paragraph_starts:
        return None
    before = sentences[candidate.sentence - 1]
    if before.start < paragraph_starts[candidate.paragraph]:
        return None  # the quote opens its paragraph
    index = bisect.bisect_left(resolver.people_starts, before.start)
    if index == len(resolver.people) or resolver.people[index].start >= before.end:
        return None
    person = resolver.people[index]
    if not resolver.opens_sentence(person.start) or not resolver.names_a_person(person):
        return None
    if len(resolver.text[person.end : before.end].split()) > _BEAT_WORDS:
        return None  # a sentence that says more than a gesture ("Gillespie shrugs.")
    return _Found(person.start, person.end)


# The last words of an asker who is the writer or the press, whose question the quote after
# it answers ("I asked Lind whether ...", "Reporters asked the mayor whether ..."); a
# senator's or a rival's question may go on in it ('Hale asked Ruiz why. "My district ..."').
_PRESS_ASKERS = frozenset("i we reporter reporters journalist journalists interviewer".split())


def _asked_person(question: Quote, resolver: _Resolver) -> _Found | None:
    """The person a question of the writer or the press was put to, who answers it in the
    quote right after it: named between ``asked`` and the question (``I asked Priya Lind
    whether ...``), or opening the sentence the asking is subordinate to (``Priya Lind laughed
    when I asked whether ...``); never the asker, who may answer a question of their own
    (``Roe asked why. "..."``)."""
    cue, asker = question.cue, question.speaker
    if cue is None or asker is None or cue.text.lower() not in ASK_FORMS:
        return None
    answerer = _main_subject_after(question, asker, resolver)
    if (
        answerer is not None
        or asker.mention.text.lower().rpartition(" ")[2] not in _PRESS_ASKERS
        or not (
            question.text.split(maxsplit=1)[0].lower() in QUESTION_WORDS
            # "Reporters asked Mayor Ana Ruiz about the bridge": a topic put to her
            or resolver.text[max(0, question.start - _ABOUT_READING) : question.start].split()[-1:]
            == ["about"]
        )
    ):
        return answerer
    index = bisect.bisect_left(resolver.people_starts, question.start) - 1
    if index >= 0 and cue.end <= resolver.people[index].start:
        person = resolver.people[index]  # "asked Priya Lind whether"
    else:
        sentence_start = resolver.sentence_start(cue.start)
        index = bisect.bisect_left(resolver.people_starts, sentence_start)
        if index == len(resolver.people):
            return None
        person = resolver.people[index]  # "Priya Lind laughed when I asked whether"
        if person.start >= asker.mention.start or not resolver.opens_sentence(person.start):
            return None
    if not resolver.names_a_person(person) or person.start == asker.mention.start:
        return None
    return _Found(person.start, person.end)


_ABOUT_READING = len(" about ")  # characters before a topic read for its "about"
_MAIN_SUBJECT_GAP = 3  # words between a subordinate question and the main clause's subject
_MAIN_SUBJECT_READING = 60  # ... and characters


def _main_subject_after(question: Quote, asker: Speaker, resolver: _Resolver) -> _Found | None:
    """The person opening the main clause after a question asked in a subordinate clause that
    opens the sentence (``When a reporter asked whether ..., Noelle Abernathy smiled.``): the
    one asked, who answers in the quote after it, whoever asked."""
    sentence_start = resolver.sentence_start(question.start)
    opener = _TOKEN.match(resolver.text, sentence_start, question.start)
    if (
        opener is None
        or opener.group().lower() not in _SUBORDINATORS_OPENING
        or asker.mention.start < sentence_start
    ):
        return None
    index = bisect.bisect_left(resolver.people_starts, question.end)
    if index == len(resolver.people):
        return None
    person = resolver.people[index]
    if person.start - question.end > _MAIN_SUBJECT_READING:
        return None
    gap = resolver.text[question.end : person.start].split()
    if (
        not gap[:1]
        or not gap[0].startswith(",")
        or len(gap) > _MAIN_SUBJECT_GAP
        or gap[-1].lower() in _OBJECT_PREPOSITIONS  # "aides to Ana Ruiz said nothing"
        or person.start == asker.mention.start
        or not resolver.names_a_person(person)
    ):
        return None
    # only a beat of action answers ('Noelle Abernathy smiled.', 'shook her head.'); not
    # 'director Tomas Reiner stared at the table. "Answer the question."', the asker's, nor
    # "Ana Ruiz's chief of staff stepped forward.", whose person is not the subject
    end = min(resolver.sentence_end(person.end), person.end + _MAIN_SUBJECT_READING)
    rest = resolver.text[person.end : end]
    _, closed, after = rest[1:].partition(",")
    if rest.startswith(",") and closed:
        rest = after  # "Ana Ruiz, the mayor, smiled.": past the appositive
    if rest.startswith(("'s", "\u2019s")) or len(rest.split()) > _BEAT_WORDS:
        return None
    return _Found(person.start, person.end)


def _continues(previous: int, current: int, named_paragraphs: set[int]) -> bool:
    """Whether a quote paragraph continues the last speaker: the next paragraph, or the one
    after a paragraph that names nobody new (an interviewer's question, a pause)."""
    if current - previous <= 1:
        return True
    return current - previous == 2 and previous + 1 not in named_paragraphs


# Words that open a sentence with an adverbial before its subject ("In a speech, Hale ...").
_ADVERBIAL_OPENERS = frozenset(
    """in on at during after before while when as since despite following with without
    speaking asked responding earlier later meanwhile still however but and yet so instead once
    unless for although though because if whereas
    here there then now hours days weeks months moments minutes amid shortly soon prior
    likewise""".split()
)
# Words that close a time opening a sentence after its noun, maybe with an object ("The day
# before, ...", "The week before the vote, ..."), and the most words and characters such a
# time runs to before its comma ("The night before the strike,"); read in _time_opening.
_TIME_TAILS = frozenset(("before", "after", "ago"))
_TIME_OPENING_WORDS = 5
_TIME_OPENING_CHARACTERS = 40
# Openers that are subordinators: the clause they open has a subject of its own.
# (not "despite", a preposition before a noun: "Despite advance warnings, Mr. Hale's")
_SUBORDINATORS_OPENING = (SUBORDINATORS - {"despite"}) | {"as"}
_SUBORDINATE_REACH = 80  # characters before an "it" read for the subordinate clause it stands in
_DASH_TOKENS = frozenset(("\u2014", "\u2013", "--", "-"))  # spaced dashes that set off an aside
_EMBEDDING_WORDS = 3  # words before a quote that can make a clause with a subject and verb
_OPENER_WORDS = 3  # "One month after" announcing: the longest lead of an opening participle
_SOURCE_FIRST_OPENINGS = tuple(SOURCE_FIRST_CUES)  # "According to the filing, ...": a source first
# characters read at a clause's start for such a cue, past a few quote marks and brackets
_SOURCE_FIRST_REACH = max(map(len, SOURCE_FIRST_CUES)) + 8
_OPENER_CHARACTERS = 60  # characters such a lead and its marks fill at most
_SUBJECT_LEAD = 4  # words from the clause start within which its subject must begin
# Determiners that open a clause's subject when it names nobody ("The senator paused and ...").
_NOUN_PHRASE_LEADS = frozenset("the a an his her their its our this these those".split())
_NOUN_PHRASE_WORDS = 6  # the longest such subject ("the top aide to the governor")
# ... and of the subject a participle after a comma shares, which the main verb after it ends
# ("A group of homeowners in the Linden Flats neighbourhood filed a lawsuit, claiming")
_PARTICIPLE_SUBJECT_WORDS = 10
# Particles between a verb and the article of its object ("broke into a chant", "let out a
# cry"), which leave the verb's subject the source of a noun cue after them.
_PARTICLES_BEFORE_AN_OBJECT = frozenset("into in onto on out".split())


def _particles_then_article(tokens: Sequence[tuple[int, int, str]], verb: int) -> bool:
    """Whether one or two particles and then an article follow the verb at ``verb`` ("went
    into a", "The fans broke out in a chant of")."""
    after_verb = [token[2].lower() for token in tokens[verb + 1 : verb + 4]] + [""]
    particles = 0
    while particles < 2 and after_verb[particles] in _PARTICLES_BEFORE_AN_OBJECT:
        particles += 1
    return particles > 0 and after_verb[particles] in ARTICLES


# First words of a phrase that cannot name a speaker: prepositions, adverbs, negation.
_NOT_SUBJECT_STARTS = frozenset(
    """in on at to of for from by with without despite aside after before since during not
    now then also still just even only never once when while as if because whether than
    into onto about against among between""".split()
)
# Words of a count after "about" as its degree ("About half of voters", "About a third"), which
# opens a subject there, not a preposition's phrase.
_ROUGH_COUNTS = COUNT_WORDS | frozenset("a half one dozens".split())
# Lower-case words that cannot make up a speaker's mention on their own: the words no subject
# starts with, the auxiliaries and adverbs between a subject and its cue, articles and
# conjunctions; the subject search can stop at any of them.
_NO_NAME_WORDS = (
    _NOT_SUBJECT_STARTS
    | _BETWEEN_SUBJECT_AND_CUE
    | BE_FORMS
    | frozenset("the a an and or but no over very well too yet there instead".split())
)


def _last_mention_in(found: _Found, resolver: _Resolver) -> _Found | None:
    """The last name or pronoun inside a phrase (``In a Ledger interview Hale`` -> Hale)."""
    index = bisect.bisect_left(resolver.mention_starts, found.end) - 1
    if index >= 0 and resolver.mentions[index].start >= found.start:
        mention = resolver.mentions[index]
        if mention.end == found.end and not _not_a_subject(
            resolver.text[mention.start : mention.end].split()
        ):
            return _Found(mention.start, mention.end)
    return None


def _names_someone(text: str, found: _Found) -> bool:
    """Whether the words found by a cue can name a speaker: not a prepositional or adverbial
    phrase (``despite``, ``aside from``), not a verb phrase (``vowed not to``)."""
    words = text[found.start : found.end].split()
    if not words:
        return False
    first = words[0].lower().strip(",")
    if first in _NOT_SUBJECT_STARTS and not (
        # "About 38 percent of respondents said", "About half of voters": a count's degree
        first == "about"
        and len(words) > 2
        and (words[1][:1].isdigit() or words[1].lower() in _ROUGH_COUNTS)
    ):
        return False
    if words[-1].lower() == "to":
        return False  # "... encouraging his supporters to": an infinitive's object
    if _not_a_subject(words):
        return False  # "and came away", "including Friday's"
    return not (words[0].islower() and first.endswith(("ed", "ing")) and len(words) > 1)


def _after_coordinator(text: str, lower: int, cue_start: int) -> bool:
    """Whether a cue continues its clause's subject: ``... and said``, ``... but noted``,
    ``... for saying``."""
    words = text[max(lower, cue_start - 40) : cue_start].lower().split()
    if makes_no(words):
        del words[-2:]  # "... and made no mention of"
    time = False
    while words and (
        words[-1] in _BETWEEN_SUBJECT_AND_CUE
        or (time := _in_time(words[-1], time))
        or words[-1].endswith("ly")
    ):
        words.pop()
    if not words:
        return False
    cue_word = text[cue_start : cue_start + 30].split(maxsplit=1)
    # (not "according": "was arrested in May according to police" names its source after it)
    gerund = (
        bool(cue_word)
        and cue_word[0].lower().endswith("ing")
        and cue_word[0].lower() != "according"
    )
    return words[-1] in ("and", "but", "or") or (gerund and words[-1] in GERUND_PREPOSITIONS)


# "and" and a verb in -ed closing a series of predicates ("... and outstripped his plans").
# Audit: fixed words and possessive runs of lower-case letters; searched in one sentence.
_SERIES_CLOSE = regex.compile(r"[ ]and[ ](?:\p{Ll}++(?<=ly)[ ])?+\p{Ll}++(?<=ed)\b")


_SERIES_REACH = 200  # characters read before and after a cue for the rest of its series


def _middle_of_series(text: str, sentence: Sentence, cue_start: int, cue_end: int) -> bool:
    """Whether a finite cue after a comma is one of a series of predicates of its clause's
    subject that ``and`` and a past verb close (``Vale has promised to outdo Mr. Hale in
    extending the line, opposed his harbour deal and outstripped his plans``): the subject is
    the clause's, not the phrase before the comma. A verb stands before the comma (not ``Roe,
    R-Wyo., opposed the bill and voted``, an appositive). Windows of ``_SERIES_REACH`` keep
    the work per cue bounded."""
    cue = text[cue_start:cue_end].split(maxsplit=1)[0]
    # (the comma may close a quotation: 'supports "fair pay raises," opposes ...')
    lower = max(sentence.start, cue_start - _SERIES_REACH)
    comma = text[lower:cue_start].rstrip().rstrip('"\u201d')
    if not comma.endswith(",") or not (cue.islower() and cue.endswith(("ed", "s"))):
        return False
    return any(
        word in FINITE_VERBS or (word.islower() and word.endswith("ed")) for word in comma.split()
    ) and bool(_SERIES_CLOSE.search(text, cue_end, min(sentence.end, cue_end + _SERIES_REACH)))


_CLAUSE_STARTS = frozenset("when as after before while since if because although though".split())
# Words after which a name is the subject of a clause ("But Marsh tossed ...").
_CLAUSE_OPENING_WORDS = _CLAUSE_STARTS | frozenset(("but", "yet"))


# Conjunctions that open a clause with a subject of its own after a comma, and are no
# prepositions ("after the vote", "as journalists" open no clause).
_JOINING_CONJUNCTIONS = frozenset("and but yet though although while whereas".split())


def _last_clause(text: str) -> str:
    """What follows the last conjunction opening a clause after a comma in ``text`` (``Prices
    rose, but the minister``: ``the minister``), or all of it."""
    opening = max(text.rfind(f", {word} ") for word in _JOINING_CONJUNCTIONS)
    return text[opening + 2 :] if opening != -1 else text


def _opens_a_clause(
    text: str, tokens: list[tuple[int, int, str]], start: int, end: int, lexicon: Lexicon
) -> bool:
    """Whether the phrase at token ``start`` opens a clause of its own after a comma and a
    conjunction (``Diplomats said X would abstain, though one Western diplomat, speaking on
    condition of anonymity, said``): the subject of the cue after its appositive, not a
    word of the clause before it. A phrase that opens no noun phrase is an aside without a
    subject of its own (``The governor, though visibly tired, speaking ..., said``, ``The
    minister, while visiting the town, ...``)."""
    first, head = tokens[start][2], tokens[end][2].lower()
    return (
        start > 1
        and tokens[start - 1][2].lower() in _JOINING_CONJUNCTIONS
        and "," in _gap(text, tokens, start - 1)
        and (
            first[:1].isupper()
            or _may_open_mention(first)
            # "yet residents, fearing more rain, said", "while liberal groups, including ...,
            # reported": a noun for people or bodies heads it
            or head in lexicon.titles
            or SpeakerKind.GROUP
            in (lexicon.group_nouns.get(head), lexicon.group_nouns.get(head + "s"))
            or (head.endswith("s") and head[:-1] in _ANY_BODY_OR_BUSINESS)
        )
    )


def _coordinated_subject(
    text: str, sentence: Sentence, cue_start: int, resolver: _Resolver
) -> _Found | None:
    """The subject a coordinated verb shares (``..., he laughed and said``, ``She then
    addressed the supporters again:``): the nearest name or pronoun before the cue that
    opens a clause (at the sentence's start, after a comma or a clause word); read back over
    ``_COORDINATED_MENTIONS`` mentions at most, so a long sentence of cues costs each a few."""
    index = bisect.bisect_left(resolver.mention_starts, cue_start) - 1
    floor = max(index - _COORDINATED_MENTIONS, -1)
    later: EntityMention | None = None  # the mention after the one read, nearer the cue
    while index > floor and resolver.mentions[index].start >= sentence.start:
        mention = resolver.mentions[index]
        index -= 1
        if is_party_tag(text[mention.start : mention.end], resolver.lexicon):
            continue  # "Sen. Maria Ostrowski (I-Vt.) called him reckless and said"
        # "when Ms. Brandauer turned to Mr. Whitlock and asked": past her honorific
        words = _lead_words(text, sentence.start, mention.start, resolver.lexicon)
        before = " ".join(words)
        if (
            not before
            or before.endswith((",", ";", ":", "\u2014"))
            or words[-1].lower() in _CLAUSE_STARTS
            or before[-1] in "\"\u201c(\u2018'"
        ):
            if later is not None and _title_between(text, mention, later, resolver.lexicon):
                # "Castlemere boss Tomasz Wrobel was furious and said": his, with his title
                return _Found(mention.start, later.end)
            following = _WORD_AFTER.match(text, mention.end)
            if (
                following is not None
                and " " not in text[mention.start : mention.end]
                and not text[mention.start : mention.end].endswith(OWNER_ENDINGS)
                and following.group(1).islower()
                and following.group(1) in resolver.lexicon.group_nouns
            ):
                # "Outside experts were encouraged but urged caution": a capitalised word
                # opening the sentence modifies the group's noun after it
                return _Found(mention.start, following.end())
            return _Found(mention.start, mention.end)
        later = mention
    return None


_LEAD_WINDOW = 80  # characters before a name read first for the last word of its lead
_COORDINATED_MENTIONS = 30  # mentions read back from a coordinated cue for its subject


def _lead_words(text: str, start: int, end: int, lexicon: Lexicon) -> list[str]:
    """The words from ``start`` to a name at ``end`` with the honorifics and titles that end
    them left out (``_before_titles``), read in a window before the name, and from ``start``
    only when the window leaves none: the last of them and whether there are any, which is what
    is read, are those of the whole lead (copying the whole lead for each name read back from
    each cue grows with the square of a long sentence)."""
    window = max(start, end - _LEAD_WINDOW)
    if window > start:
        # (the window's first word may be cut: only what follows it is read)
        words = _before_titles(text[window:end].split()[1:], lexicon)
        if words:
            return words
    return _before_titles(text[start:end].split(), lexicon)


def _before_titles(words: list[str], lexicon: Lexicon) -> list[str]:
    """The words before a name without the honorifics and titles that end them (``when Ms.``,
    ``Though Sen.``): what stands before the person, for the clause the name opens."""
    while words and (
        words[-1].lower() in lexicon.honorifics or words[-1].lower() in lexicon.titles
    ):
        words = words[:-1]
    return words


def _title_between(
    text: str, first: EntityMention, second: EntityMention, lexicon: Lexicon
) -> bool:
    """Whether only a title stands between two mentions (``Castlemere boss Tomasz Wrobel``,
    ``Labour leader Tomasz Wrobel``), or lower-case words after a possessive (``Ashcombe's
    team-mate Lewis Brannagh``): the first names whom or where the second is."""
    words = text[first.end : second.start].split()
    possessive = text[first.end - 2 : first.end] in ("'s", "\u2019s")
    return 0 < len(words) <= _TITLE_WORDS_BEFORE and all(
        word.lower() in lexicon.titles
        or word.lower() in lexicon.title_qualifiers
        or (possessive and word.islower() and not _is_verb_like(word, lexicon))
        for word in words
    )


# The parts an opening adverbial's commas set off that are read, at most ("At a rally in Ames,
# Iowa, on Sunday,": three): a sentence of a thousand such parts costs each cue a few.
_OPENER_PARTS = 12


def _past_opener(text: str, start: int, limit: int, resolver: _Resolver) -> int:
    """Where a clause's subject may begin: past an opening adverbial and the places and times
    its commas set off (``At a rally in Ames, Iowa, on Sunday, Roe said``, ``Early in his
    campaign, Roe said``), but not past a part that opens with a pronoun (``Shortly before
    the vote, she summoned ...``)."""
    first_word = text[start : start + 20].split(maxsplit=1)
    opener = first_word[0].lower() if first_word else ""
    word_start = start
    while word_start < limit and text[word_start].isspace():
        word_start += 1
    lexicon = resolver.lexicon
    if not (
        opener.strip(",") in _ADVERBIAL_OPENERS
        or opener.endswith(("ing", "ed", "ly,"))
        or _time_opening(text, word_start, limit)
        # (an ordinary word, but not a title opening a name: "Chief executive Priya Sandoval
        # introduced the device, calling it ..." where the text writes "finance chief")
        or (
            word_start in resolver.common_word_starts
            and opener not in lexicon.titles
            and opener not in lexicon.title_qualifiers
        )
    ):
        return start
    comma = text.find(",", start, limit)
    parts = 0
    while comma != -1 and parts < _OPENER_PARTS:
        parts += 1
        start = comma + 1
        comma = text.find(",", start, limit)
        words = text[start : comma if comma != -1 else limit].split()
        place = all(word.lower() in lexicon.us_states for word in words)
        if not words or not (
            place
            # (a relative clause of the opening goes on with it: "Asked about the fans, who
            # had said ..., Tomas Brandt shrugged")
            or (
                words[0].islower()
                # (not a determiner opening the subject: "Late in March, the harbour board
                # wrote ..., calling", "The day before, her rival Tobias Fenn had toured ...")
                and words[0] not in NOUN_DETERMINERS
                and (
                    words[0] not in PRONOUNS
                    # (after a participle, which has no subject of its own to relate)
                    or (words[0] == "who" and opener.endswith(("ing", "ed")))
                )
            )
        ):
            break
    if opener in _SUBORDINATORS_OPENING and not text[start:limit].strip():
        # "Although Tom Roe voted for the bill, saying ...": nothing left before the cue,
        # which goes with the opening clause itself, whose subject follows its subordinator
        return word_start + len(opener)
    return start


def _time_opening(text: str, start: int, limit: int) -> bool:
    """Whether a sentence opens with a time that a comma sets off, before its subject: time
    words alone with a noun of time among them (``This week, two farm groups rolled out ads
    ..., calling``, ``The day before, Pell was blunt, claiming``), or ``Late`` or ``Early``
    leading a time (``Late in March, the harbour board wrote ..., calling``, ``Early in his
    campaign, Pell attacked ...``); not a noun phrase a time word opens (``Early voters,``,
    ``Last year's winner,``)."""
    comma = text.find(",", start, min(limit, start + _TIME_OPENING_CHARACTERS))
    words = text[start:comma].split() if comma != -1 else []
    if not words or len(words) > _TIME_OPENING_WORDS:
        return False
    if len(words) > 1 and words[0].lower() in ("late", "early") and _time_word(words[1]):
        return True
    if says_when(text[start:comma]):
        return True  # "Two days later, ...", "A week earlier, ..."
    # (a tail may take an object of its own: "The week before the vote,")
    tail = next((at for at, word in enumerate(words) if word.lower() in _TIME_TAILS), len(words))
    return all(_time_word(word) for word in words[:tail]) and any(
        word.lower() in _TIME_NOUNS or word.lower() in MONTHS for word in words[:tail]
    )


def _clause_subject(
    text: str, sentence: Sentence, cue_start: int, resolver: _Resolver
) -> _Found | None:
    """The subject of the clause a cue belongs to: the first name or pronoun after the
    sentence's start (or its last semicolon), past an opening adverbial."""
    start = _clause_start(text, sentence, cue_start, resolver)
    return _leading_mention(text, start, cue_start, resolver)


def _adjunct_participle(text: str, start: int, end: int) -> bool:
    """Whether a participle after ``text[start:end]`` shares its main clause's subject: after
    a comma (``backed the plan, saying``) or ``by`` (``explained the headline by saying``),
    also past an adverb of the participle's own (``campaigned as an outsider, often reminding
    voters``, ``spoke for an hour, later adding``). Only the last words are read, not the
    clause up to each participle."""
    end = _before_space(text, start, end)
    space = text.rfind(" ", start, end)
    last = text[space + 1 if space != -1 else start : end]
    if last in _VERB_ADVERBS or (
        # (a lower-case adverb in -ly: "repeatedly telling"; not "Italy", "family")
        last.endswith("ly") and last.islower() and last not in read_words("nouns_in_ly.tsv")
    ):
        end = _before_space(text, start, space) if space != -1 else start
    return (end > start and text[end - 1] == ",") or (
        end - start >= 2
        and text[end - 2 : end].lower() == "by"
        and (end - start == 2 or text[end - 3] == " ")
    )


# A passive of perception right before a participle cue, maybe after a modal or a perfect
# and with the medium it was caught on: its subject was heard saying it ("Achterberg can be
# heard saying", "was caught on tape telling donors", "were overheard asking"). Source: PolNeAR
# train (3 uses) and wire style. Audit: fixed words (the modals and perfect auxiliaries of
# mentions.MODALS and PERFECT_AUXILIARIES) and single spaces, an optional possessive
# group of fixed words, anchored at the window's end; no nested repeats.
_PASSIVE_PERCEPTION = regex.compile(
    rf"(?:\b(?:{'|'.join(sorted(MODALS | PERFECT_AUXILIARIES))})[ ])?+"
    r"\b(?:be|been|being|is|are|was|were)[ ]"
    r"(?:heard|seen|overheard|caught|recorded|filmed|videotaped|spotted)"
    r"(?:[ ]on[ ](?:a[ ])?(?:tape|camera|video|film|recording|hot[ ]mic|microphone))?[ ]?$"
)
_PERCEPTION_REACH = 50  # characters before a participle read for a passive of perception


def _perceived_subject(text: str, found: _Found | None, cue_start: int) -> _Found | None:
    """The subject of a passive of perception right before a participle cue, the one heard or
    seen saying it (``Adviser Ana Ruiz can be heard saying``, ``after one of her aides was
    caught on tape saying``): the phrase found before the cue, up to the passive; None when no
    such passive stands there."""
    if found is None or found.end > cue_start:
        return None
    passive = _PASSIVE_PERCEPTION.search(
        text, max(found.start, cue_start - _PERCEPTION_REACH), cue_start
    )
    if passive is None:
        return None
    end = _before_space(text, found.start, passive.start())
    return _Found(found.start, end) if end > found.start else None


def _before_space(text: str, start: int, end: int) -> int:
    """``end`` moved back over the white space before it, no further than ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _participle_subject(
    text: str, sentence: Sentence, cue_start: int, found: _Found | None, resolver: _Resolver
) -> _Found | None:
    """The subject of the clause a participle after a comma goes with: its first name or
    pronoun (``Roe backed the plan on Monday, saying``), else its opening noun phrase (``The
    mayor vetoed the bill, saying``), unless a name stands by the cue (``Eric Halvorsen, who
    worked the crowd, praising``: the relative clause's subject); a name inside that phrase
    modifies its noun (``Senior Reyes campaign officials detailed the plan, saying``) when the
    clause's verb comes after that phrase (not ``Ida Brennan beat two incumbents on Tuesday,
    saying``, where the phrase runs over a verb no list knows to its object)."""
    subject = _clause_subject(text, sentence, cue_start, resolver)
    start = _clause_start(text, sentence, cue_start, resolver)
    if subject is not None:
        phrase = _leading_noun_phrase(text, start, cue_start, resolver.lexicon, bare=True)
        if (
            phrase is not None
            and phrase.start <= subject.start
            and subject.end < phrase.end
            and _opens_its_clause(text, phrase.end, cue_start, resolver.lexicon)
        ):
            return phrase
        return subject
    if (
        found is not None
        # (not a time opening the sentence, which the clause's start is past: "Late in
        # March, the harbour board wrote ..., calling")
        and found.start >= start
        and _names_a_person(text[found.start : found.end], resolver)
        # (a capitalised run after a preposition of place is the subject's modifier: "A group
        # of homeowners in the Linden Flats neighbourhood filed a lawsuit, claiming")
        and word_ending_at(text, found.start - 1).lower() not in PLACE_PREPOSITIONS
    ):
        return None
    return _leading_noun_phrase(
        text, start, cue_start, resolver.lexicon, bare=True, words=_PARTICIPLE_SUBJECT_WORDS
    ) or _first_pronoun(text, sentence.start, cue_start, resolver)


_OTHERS_THAN_THE_WRITER = PERSONAL_PRONOUNS - {"i"}  # "I" outside quotes is the writer
_GROUP_PLACES = frozenset("at of from in with".split())  # "Analysts at Brendell Securities"
_GROUP_HEAD_WORDS = 3  # "The local Republican leaders": where a sentence's group noun stands
_TOPIC_LEADS = frozenset(("As for", "As to"))  # "As for Hale, he said": who comes next
# The pronouns of the gender a pronoun does not have ("her" after a name is no "he").
_OTHER_GENDER_PRONOUNS = MappingProxyType(
    {"m": GENDERED_PRONOUN_FORMS["f"], "f": GENDERED_PRONOUN_FORMS["m"]}
)
# The gender a kin noun's pronoun owner gives ("His father" is a man's; "My mother": whoever
# speaks, of no gender a third-person pronoun can share).
_OWNER_GENDERS = MappingProxyType({"his": "m", "her": "f", "my": "-", "our": "-", "their": "-"})
_ROLE_BEFORE_NAME_WORDS = 4  # "Her father, NAME": a role opening its sentence, set off
# An aside right after a name whose possessive tells the name's gender: "Reyes, for her
# part, said", "Hale, in his first interview since the vote, said", "Pike, like his mother,
# said"; its noun is read in ``aside_gender``. Audit: fixed characters, alternations of fixed
# words and one run of lower-case letters; matched at one position, with an end bound.
_ASIDE_OWNER = regex.compile(
    r",[ ](for|in|during|like)[ ](her|his)[ ](?:(?:first|own|latest|opening|closing|final)[ ])?"
    r"(\p{Ll}++)"
)
# The nouns of such an aside whose owner is the one who speaks ("in her testimony"), unlike
# another's act or state ("Moss, in her absence, said": his wife was away; "Lusk, during her
# visit, said": his grandmother's visit); after "like", any noun ("like his mother").
_OWN_ASIDE_NOUNS = MappingProxyType(
    {
        "for": frozenset(("part",)),
        "in": frozenset(
            "view words opinion statement interview testimony speech remarks letter book "
            "memoir account defense defence post email tweet".split()
        ),
        "during": frozenset("interview testimony speech remarks".split()),
    }
)
# He, she and their other forms: "since her first term". Audit: one alternation of fixed
# words between word boundaries; searched with an end bound.
_GENDERED_PRONOUN = regex.compile(
    r"\b(?:" + "|".join(sorted(GENDERED_PRONOUN_FORMS["m"] | GENDERED_PRONOUN_FORMS["f"])) + r")\b",
    regex.IGNORECASE,
)
_ASIDE_OWNER_REACH = 40  # characters after a name read for such an aside


def _first_pronoun(text: str, start: int, limit: int, resolver: _Resolver) -> _Found | None:
    """The first personal pronoun between ``start`` and ``limit``: the subject after an
    opening phrase no comma closes (``In a video posted on Thursday she went further,
    saying``)."""
    index = bisect.bisect_left(resolver.mention_starts, start)
    for mention in resolver.mentions[index : index + _SUBJECT_LEAD]:
        if mention.start >= limit:
            break
        mention_text = text[mention.start : mention.end]
        if mention.label == "PRONOUN" and mention_text in _OTHERS_THAN_THE_WRITER:
            return _Found(mention.start, mention.end)
    return None


def _names_a_person(phrase: str, resolver: _Resolver) -> bool:
    """Whether the first part of a phrase names a person (``an academic named Eric Halvorsen,
    who ...``, ``Hale was just as blunt``), not only a body or a day (``Wednesday blocked the
    deal with Harbour Lines Inc.``): a capitalised run led by a known given name, reading as a
    person's name, or ending in the surname of a person named in full in the text."""
    lexicon = resolver.lexicon
    run: list[str] = []
    for word in [*name_words(phrase.split(",", maxsplit=1)[0]), ""]:
        if word[:1].isupper():
            run.append(word)
            continue
        if run and (
            run[0].lower() in lexicon.given_names
            or looks_like_person(run, lexicon)
            or run[-1].lower() in resolver.full_names
        ):
            return True
        run = []
    return False


def _clause_start(text: str, sentence: Sentence, cue_start: int, resolver: _Resolver) -> int:
    """Where the subject of a cue's clause may begin: past the sentence's last semicolon
    before the cue, a dateline, an opening adverbial and a time no comma sets off (``On
    Tuesday the watchdog published ...``)."""
    semicolon = bisect.bisect_left(resolver.semicolons, cue_start) - 1
    after_semicolon = resolver.semicolons[semicolon] + 1 if semicolon >= 0 else 0
    start = past_dateline(text, max(sentence.start, after_semicolon))
    # (the clause's opening words only: a long sentence of cues costs a window each)
    opening = text[start : min(cue_start, start + _SOURCE_FIRST_REACH)].lstrip(' "\u201c(')
    if opening.lower().startswith(_SOURCE_FIRST_OPENINGS):
        comma = text.find(",", start, cue_start)
        if comma != -1:
            return comma + 1  # "According to the filing, the mayor met donors, saying": the mayor
    time = _LEADING_TIME.match(text, _skip_spaces(text, start), cue_start)
    return _past_opener(text, start if time is None else int(time.end()), cue_start, resolver)


def _leading_noun_phrase(
    text: str,
    start: int,
    limit: int,
    lexicon: Lexicon,
    *,
    bare: bool = False,
    words: int = _NOUN_PHRASE_WORDS,
) -> _Found | None:
    """A clause's subject that names nobody (``The mayor stopped and remembered``): the words
    from a determiner up to the first verb-like word, or to a comma or dash opening an aside.
    Without part-of-speech tags a verb is a listed cue, an auxiliary or a past form. With
    ``bare``, a plural with no determiner opens it too (``engineers at the county said``), or
    a capitalised word opening the clause before a group's plural noun (``Campaign officials
    said``, ``Brennan's aides said``). The phrase is at most ``words`` long."""
    tokens = list(itertools.islice(_TOKEN.finditer(text, start, limit), words + 1))
    if not tokens:
        return None
    first = tokens[0].group()
    # (a capitalised opening word, or its owner's form, is a modifier only if the phrase ends
    # in a group's plural)
    owner = first.replace("\u2019", "'").removesuffix("'s")
    modifier = bare and owner.isalpha() and owner.istitle() and first.lower() not in PRONOUNS
    if first.lower() not in _NOUN_PHRASE_LEADS and not (
        modifier or (bare and first.isalpha() and first.islower() and first.endswith("s"))
    ):
        return None
    shortest = 1 if first.lower() not in _NOUN_PHRASE_LEADS else 2
    for index in range(1, len(tokens)):
        after_phrase = text[tokens[index - 1].end() : tokens[index].start()].strip()
        word = tokens[index].group()
        following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
        ends = (
            index >= 2
            and word.lower() in _TIME_LEADS
            and (following in _TIME_NOUNS or following in MONTHS)
        )  # "A judge on Monday"
        # (a cue word right after an article or an owner is its noun: "The plan was criticised
        # by ...", "The mayor's plan was unveiled")
        verb = _is_verb_like(word, lexicon) and not (
            (index == 1 and first.lower() in ARTICLES) or possessive(tokens[index - 1].group())
        )
        if ends or after_phrase or verb or word in RELATIVE_PRONOUNS:
            if not ends and (index < shortest or after_phrase not in ("", ",", *DASHES, "--")):
                return None
            last = tokens[index - 1].group()
            if (
                modifier
                and first.lower() not in _NOUN_PHRASE_LEADS
                and not (
                    index >= 2
                    and last.islower()
                    and last.endswith("s")
                    and lexicon.group_nouns.get(last) is SpeakerKind.GROUP
                )
            ):
                return None
            return _Found(tokens[0].start(), tokens[index - 1].end())
    return None


def _opens_its_clause(text: str, start: int, limit: int, lexicon: Lexicon) -> bool:
    """Whether a noun phrase ending at ``start`` is its clause's subject, its verb still to
    come: an aside set off after it (``Other Republican candidates, including ..., have
    followed``), or a relative or a verb-like word next, past a time (``Senior Reyes campaign
    officials on Monday detailed``, ``Central European leaders who ... have embraced``)."""
    for token in _TOKEN.finditer(text, start, limit):
        word = token.group()
        if token.start() > start and text[start : token.start()].strip():
            return True  # a comma or a dash opening an aside before the cue
        if not _time_word(word):
            return _is_verb_like(word, lexicon) or word in RELATIVE_PRONOUNS
        start = token.end()
    return False


def _is_verb_like(word: str, lexicon: Lexicon) -> bool:
    lowered = word.lower()
    return word.islower() and (
        lowered in lexicon.cues
        or lowered in _BETWEEN_SUBJECT_AND_CUE
        or lowered in BE_FORMS
        or lowered in IRREGULAR_PASTS
        or lowered.endswith("ed")
    )


def _opens_sentence(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether a participle cue opens its sentence, alone or after a short time and a
    preposition (``Noting that``, ``In asking``, ``One month after announcing``)."""
    floor = max(sentence_start, cue_start - _OPENER_CHARACTERS)
    if floor > sentence_start:
        return False  # more than a few words before the cue (read no further: a long
        # sentence of participles costs a window each, not the sentence each)
    before = text[floor:cue_start].strip(' "\u201c(')
    words = before_gerund(before.split())
    if words and words[0] in _COORDINATING_WORDS:
        words = words[1:]  # "But fearing that ...": a coordinator joins the sentence to the last
    return not words or (
        len(words) <= _OPENER_WORDS and "," not in before and words[-1] in GERUND_PREPOSITIONS
    )


# Words in -ing that open no participle phrase: prepositions ("During a speech calling for
# ..."), pronouns ("While not everything Ostrow says is true") and times of day.
_NOT_PARTICIPLES = PREPOSITIONS_IN_ING | frozenset(
    "pending excluding everything nothing something anything morning evening".split()
)


# Participles whose object is the subject of the verb after it ("After hearing residents
# complain that ...", "After persuading the board to declare that ..."): a cue there is the
# object's, not the main clause subject's.
_OBJECT_SPEAKS_PARTICIPLES = frozenset(
    """hearing seeing watching letting making helping noticing asking telling urging
    persuading forcing allowing prompting encouraging leaving getting inviting""".split()
)


# Prepositions in an opening participle's phrase before a cue further on: the cue may be the
# verb of their object ("Judging by polls showing", "Reacting to a post by Varga calling").
_OBJECT_PREPOSITIONS = _THAT_PREPOSITIONS | PLACE_PREPOSITIONS | frozenset("to beside".split())


def _names_a_speaker(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether the words between an opening participle and a cue further on end with one who
    may speak for the cue (``Reacting to a post by Piet Varga calling``, ``Ignoring a report
    claiming``), or hold a relative pronoun whose clause the cue is in (``After meeting
    residents who complained``) or a preposition whose object a cue in -ing may be the verb
    of (``Standing beside a crowd chanting``); not a thing the subject uses or carries
    (``Using a blunt word to describe``, ``Holding banners calling``), nor before an
    infinitive, the participle's purpose (``Interrupting the chairman to insist``, ``Borrowing
    a line from Piet Varga to describe``: one whose object speaks is no opener at all), nor
    before ``and``, a participle of the subject's own (``Speaking at a rally in Harwick and
    promising``; but ``After meeting residents who complained and warned``: the relative
    clause's second verb)."""
    if not words or words[-1] == "to":
        return False
    if any(word.lower() in RELATIVE_WORDS for word in words):
        return True
    if words[-1] in ("and", "or"):
        return False
    if any(word in _OBJECT_PREPOSITIONS for word in words):
        return True
    last = words[-1]
    return (
        last[:1].isupper()
        or last in lexicon.group_nouns
        or last in lexicon.titles
        or last in read_words("document_nouns.tsv")
    )


def _opening_participle(
    text: str, sentence_start: int, cue_start: int, lexicon: Lexicon
) -> int | None:
    """Where the participle that opens a sentence starts when a cue stands further on in its
    phrase (``Using a blunt word to describe X, Varga said``, ``Holding signs calling X "...,"
    the protesters marched``, ``After casting doubt on X, Ostrow said``): the phrase is an
    opening participle's, whose subject is the main clause's. Without a preposition before
    it the cue must be another participle or an infinitive, since a phrase in -ing may be a
    subject (``Leading economists say``, ``Polling shows``). Not when the cue is the verb of
    someone or something the phrase names (``After reading a letter from Varga accusing``,
    ``After meeting residents who complained that``); None otherwise."""
    if cue_start - sentence_start > _OPENER_CHARACTERS:
        return None  # (a few words only: a long sentence costs no window per cue)
    before = text[sentence_start:cue_start]
    if any(mark in before for mark in ",;:\u2014\u2013"):
        return None
    words = before.split()
    position = 0
    for index, word in enumerate(words):
        position = before.index(word, position)
        lowered = word.lower()
        if not lowered.endswith("ing") or len(lowered) < 5 or lowered in _NOT_PARTICIPLES:
            continue
        lead = before_gerund(words[:index])
        led = bool(lead) and len(lead) <= _OPENER_WORDS and lead[-1] in GERUND_PREPOSITIONS
        if index == 0 and (len(words) == 1 or not words[1].islower() or word.islower()):
            return None  # "Manning Ross urged": a name; "Polling shows": a subject
        if (index > 0 and not (led and word.islower())) or lowered in _OBJECT_SPEAKS_PARTICIPLES:
            return None
        owner = words[-1].lower()
        if owner.endswith(OWNER_ENDINGS) or owner in _PERSONAL_OWNERS or owner in ("its", "their"):
            return None  # "Instead of heeding the board's demand, ...": the board's
        if _names_a_speaker(words[index + 1 :], lexicon):
            return None  # "After reading a letter from Piet Varga accusing her of ...": Varga
        cue_word = text[cue_start : cue_start + 30].split(maxsplit=1)[:1]
        if not led and not (
            (cue_word and cue_word[0].lower().endswith("ing")) or before.endswith(" to ")
        ):
            return None
        return sentence_start + position
    return None


def _opener_subject(
    text: str, candidate: Candidate, cue_end: int, sentence: Sentence, resolver: _Resolver
) -> _Found | None:
    """The subject after an opening participle clause: the name, pronoun or noun phrase that
    starts the main clause, after the comma that ends the participle's content (``Citing the
    flood, Dorn urged``, ``Citing the delay, the candidate said``)."""
    after = candidate.end if candidate.start >= cue_end else cue_end
    after = _back_over(text, after, CLOSING_QUOTE_MARKS)  # 'Citing the "crisis," Roe said'
    comma = text.find(",", after - 1, sentence.end)
    if comma == -1:
        return None
    mention = _leading_mention(text, comma + 1, sentence.end, resolver)
    # "Citing the delay, the candidate said": a described subject, which comes first
    # ("After announcing X, the company said it would ...": not the pronoun after its verb;
    # "In warning that X, engineers at the county said": a plural without determiner)
    described = _leading_noun_phrase(text, comma + 1, sentence.end, resolver.lexicon, bare=True)
    rest = [] if described is None else text[described.start : described.end].split()[1:]
    if (
        described is not None
        and (mention is None or described.end <= mention.start)
        # (not a time: "..., a week later she reversed course"; but a bare plural alone is
        # the subject: "Claiming that ..., protesters marched on City Hall")
        and not (rest and all(map(_time_word, rest)))
    ):
        if (
            mention is not None
            and text[described.end : mention.start] == ", "
            and text.startswith(",", mention.end)
        ):
            # "Despite insisting ..., the former minister, Tomas Berg, was": the appositive
            # names the description, and a mention holding both is the name's
            return _Found(described.start, mention.end)
        return described
    return mention


def _leading_mention(text: str, start: int, limit: int, resolver: _Resolver) -> _Found | None:
    """The first name or pronoun that begins within a few words after ``start``."""
    lead = [
        match.span()
        for match in itertools.islice(_TOKEN.finditer(text, start, limit), _SUBJECT_LEAD)
    ]
    if not lead:
        return None
    index = bisect.bisect_left(resolver.mention_starts, start)
    if index < len(resolver.mentions) and resolver.mentions[index].start < lead[-1][1]:
        mention = resolver.mentions[index]
        following = resolver.mentions[index + 1 : index + 2]
        if (
            mention.label != "PERSON"
            and following
            and following[0].label in _NAME_LABELS
            and _describes_the_name(
                resolver.text[mention.end : following[0].start], resolver.lexicon
            )
        ):
            # "Democratic presidential candidate Nora Whitfield is choosing not to respond":
            # the person, not the capitalised word of the title before
            mention = following[0]
            index += 1
        owner = text[mention.start : mention.end].endswith(OWNER_ENDINGS)
        for named in resolver.mentions[index + 1 : index + 3]:  # past "Hallam", a place
            if (
                (named.label == "PERSON" or owner)
                and (_OWNED_THEN_NAME if owner else _ROLE_THEN_NAME).fullmatch(
                    text, mention.end, named.start
                )
                and text[named.end : named.end + 1] == ","
            ):
                # "The Mayor of Hallam, Jonathan Achterberg, used his speech to warn": the
                # role and the name set off after it; so "Doreen Pollard's late husband,
                # Arthur, used to say": the one owned, named, not the owner
                return _Found(mention.start, named.end)
        return _Found(mention.start, mention.end)
    return None


_DESCRIBING_WORDS = 2  # "Democratic presidential candidate": words between a word and a name


def _describes_the_name(between: str, lexicon: Lexicon) -> bool:
    """Whether the words between a capitalised word and a name are the name's title
    (``Democratic presidential candidate Nora Whitfield``, ``Ferrer campaign spokesman Ivo
    Brandt``), not a predicate (``Ferrer celebrated in Ohio``, ``Lund went after Hale``)."""
    words = between.split()
    return (
        0 < len(words) <= _DESCRIBING_WORDS
        and words[-1] in lexicon.titles
        and all(
            word in lexicon.titles or word in lexicon.title_qualifiers or word in lexicon.modifiers
            for word in words
        )
    )


# What stands between a role and the name set off after it: an "of" phrase, then a comma.
# Audit: fixed words, a bounded class run, a literal comma; matched whole over a short gap.
_ROLE_THEN_NAME = regex.compile(r"(?:[ ]of[ ][\p{L}' ]{1,40}+)?+,[ ]")
# What stands between an owner and the name of the one owned set off after it: a few lower-case
# words, hyphenated or numbers too, then a comma ("Doreen Pollard's late husband, Arthur,",
# "her 82-year-old husband,", "his daughter-in-law,", "her husband of fifty years,"). Audit: at
# most four possessive bounded runs of lower-case letters, digits and hyphens, each after a
# single space and opening with no hyphen, a literal comma; matched whole.
_OWNED_THEN_NAME = regex.compile(r"(?:[ ][\p{Ll}\p{N}][\p{Ll}\p{N}\-]{0,24}+){1,4}+,[ ]")


# "by" and an optional article right before a name: where the agent of a passive starts.
# Audit: fixed words, anchored at the window's end.
_ASKER_BEFORE = regex.compile(r"\bby[ ](?:the[ ]|an?[ ])?+$", regex.IGNORECASE)
# Runs of non-space characters, found from the end of a range backwards.
# Audit: one possessive run, matched in reverse.
_TOKENS_BACKWARDS = regex.compile(r"\S++", regex.REVERSE)
_UNNAMED_REACH = 400  # characters read back from a cue past adverbs and bare quote marks


_MODIFIER_WORDS = 2  # adjectives read back between a noun cue and its owner
_ASSERTION_MODIFIER_WORDS = 3  # "the most famously false contention", "a public admission"
# Determiners of a noun of assertion besides the articles and PERSON_OWNERS ("their smug
# assurances", "this claim").
_ASSERTION_DETERMINERS = frozenset("its their this these those".split())
# Words that never modify a noun of assertion between its determiner and it: the function
# words a subject search stops at, prepositions, pronouns, determiners and "that".
_NOT_NOUN_MODIFIERS = (
    (_NO_NAME_WORDS - {"very"})
    | _THAT_PREPOSITIONS
    | PERSON_OWNERS
    | frozenset(PRONOUNS)
    | _ASSERTION_DETERMINERS
    | frozenset("to in on at into over as than that".split())
)


@functools.cache
def _assertion_nouns() -> frozenset[str]:
    """The nouns of assertion among the cues (``accusation``, ``admission``, ``criticism``,
    ``complaints``, ``suggestion``; ``dig`` of ``dig at``: those whose source in ``cues.tsv``
    or ``quoted_object_cues.tsv`` names them the noun of a verb), which no verb form shares,
    so a word before them is their modifier or owner."""
    return frozenset(
        row[0].lower().split()[0]
        for name in ("cues.tsv", "quoted_object_cues.tsv")
        for row in read_table(name)
        if len(row) > 2 and row[2].startswith(("the noun of", "plural of"))
    )


def _noun_modifier(word: str) -> bool:
    """Whether a word may modify a noun of assertion (``false``, ``public``, ``scathing``,
    ``most``, ``famously``, ``1999``): lower case, no function word and no verb in the past
    other than the listed modifiers (``repeated``, ``renewed``: ``cue_noun_modifiers.tsv``)."""
    return word in read_words("cue_noun_modifiers.tsv") or (
        bool(_MODIFIER_SHAPE.fullmatch(word))
        and word not in _NOT_NOUN_MODIFIERS
        and word not in FINITE_VERBS
        and word not in IRREGULAR_PASTS
        and not word.endswith("ed")
    )


# Audit: one possessive run of lower-case letters, digits and hyphens, matched whole.
_MODIFIER_SHAPE = regex.compile(r"[\p{Ll}0-9][\p{Ll}0-9-]*+")


def _before_noun_modifiers(
    text: str, tokens: list[tuple[int, int, str]], cue_start: int
) -> list[tuple[int, int, str]]:
    """The words before a noun of assertion without its modifiers, when a determiner, an owner
    or ``there`` and a form of ``be`` stand before them (``made a public admission that``,
    ``Vale's scathing criticism that``, ``there were numerous complaints that``): the noun's
    source is found from the determiner as without them, never the adjective; ``tokens``
    otherwise (``the Turkish government claims``: no noun of assertion)."""
    cue_word = text[cue_start : cue_start + _CUE_WORD_REACH].split(maxsplit=1)[:1]
    if not cue_word or cue_word[0].lower() not in _assertion_nouns():
        return tokens
    keep = len(tokens)
    while (
        keep > 0
        and len(tokens) - keep < _ASSERTION_MODIFIER_WORDS
        and _noun_modifier(tokens[keep - 1][2])
        and not text[
            tokens[keep - 1][1] : tokens[keep][0] if keep < len(tokens) else cue_start
        ].strip()
    ):
        keep -= 1
    if keep == len(tokens) or keep == 0:
        return tokens
    before = tokens[keep - 1][2].lower().replace("\u2019", "'")
    if (
        before in ARTICLES
        or before in PERSON_OWNERS
        or before in _ASSERTION_DETERMINERS
        or owner_word(tokens[keep - 1][2])
        or (before in BE_FORMS and keep > 1 and tokens[keep - 2][2].lower() == "there")
    ):
        return tokens[:keep]
    return tokens


def _owner_past_modifiers(
    text: str, tokens: Sequence[tuple[int, int, str]], last: int, cue_start: int
) -> int:
    """The token of the owner before a noun cue's modifiers ending at token ``last`` (``Ruiz's
    latest``, ``her repeated``: ``cue_noun_modifiers.tsv``), or before a quotation that only
    qualifies a noun cue reporting its own clause (``the mayor's "temporary" promise to``);
    ``last`` when no owner stands before them (``Ruiz's lawyer``: the lawyer is the subject;
    'the station's "reporter" has revealed')."""
    start, end = tokens[last][0] - 1, tokens[last][1] + 1  # (the marks around a quoted word)
    if (
        last > 0
        and text[start] in _OPENING_MARKS
        and qualifying_quotation(text, start, end, cue_start)
    ):
        return last - 1 if owner_word(tokens[last - 1][2]) else last
    modifiers = read_words("cue_noun_modifiers.tsv")
    index = last
    while index > max(0, last - _MODIFIER_WORDS) and tokens[index][2] in modifiers:
        index -= 1
    return index if index < last and owner_word(tokens[index][2]) else last


def _agent_end(text: str, start: int, limit: int) -> int:
    """Where the agent after ``by`` ends: before a preposition or time that follows it
    (``by the mayor on Friday``), and before a conjunction that joins it to a second phrase
    (``by nurses and as "chaotic" by patients``)."""
    time = False
    previous: re.Match[str] | None = None
    for word in _TOKEN.finditer(text, start, min(limit, start + _SUBJECT_REACH)):
        lowered = word.group().lower()
        time = _in_time(lowered, time)
        if time or lowered in _AFTER_AGENT:
            if previous is not None and previous.group().lower() in _AGENT_JOINERS:
                return int(previous.start())  # "shortly after 3 a.m.", "nurses and as"
            return int(word.start())
        previous = word
    return limit


# Words before the word that closes an agent that are no part of it: a time adverb ("by a
# neighbour shortly after 3 a.m.") or a conjunction ("by nurses and as "chaotic" by patients").
_AGENT_JOINERS = TIME_ADVERBS | frozenset(("and", "or"))
# Words that close the agent of a passive: "by the mayor on Friday", "by Reyes in a letter",
# "by unions and by opposition parties" (a second agent's "by").
_AFTER_AGENT = frozenset(
    "on in at during after before for with to as by last this whether if about how what why "
    "when where who which".split()
)  # ("Asked by a reporter from the Post how long ...": the question follows the asker)


# "It" and a passive auxiliary right before a cue: an impersonal report ("It is understood
# that", "it was widely believed that"). Audit: fixed words and one possessive run, anchored
# at the window's end.
_IMPERSONAL_IT = regex.compile(
    r"\bit[ ](?:is|was|has[ ]been|had[ ]been)[ ](?:\p{Ll}++(?<=ly)[ ])?+$", regex.IGNORECASE
)
_IMPERSONAL_REACH = 30  # characters before a cue read for an impersonal "it is"
# An opening "it is" and an adjective before an infinitive's cue ("It's easy to blame",
# "It seems unfair to ask", "It is hard not to agree", "It would be easy to argue", "It's not
# hard to argue", "It is very important to stress", "It is only fair to point out"), or
# "worth" before a gerund cue ("It is worth noting that"); the adjective must be one of
# data/impersonal_adjectives.tsv. Audit: fixed words and possessive letter runs, at most two
# modifiers, anchored at the window's end.
_EXTRAPOSED_IT = regex.compile(
    r"\bit(?:['\u2019]s|[ ](?:is|was|seems|seemed|(?:would|will|could|might|may)[ ]be))[ ]"
    r"(?:(?:not|very|so|too|only|quite|always|never|\p{Ll}++(?<=ly))[ ]){0,2}+"
    r"(?P<adjective>\p{Ll}++)(?P<to>(?:[ ]not)?+[ ]to)?+[ ](?:\p{Ll}++(?<=ly)[ ])?+$",
    regex.IGNORECASE,
)
_EXTRAPOSED_REACH = 60  # characters before a cue read for such an opening
# Prepositions before a noun cue that make its report nobody's ("amid fears that", "because
# of fears", "over claims that", "despite warnings that"): the fears or claims are of people
# the sentence does not name. Source: news usage.
_NOBODYS_NOUN_LEADS = frozenset("amid over despite following".split())
_NOUN_CUE_LEAD_REACH = 20  # characters before a noun cue read for such a lead


# A word of letters and hyphens. Audit: one possessive class run.
_PLAIN_WORD = regex.compile(r"[\p{L}\-]++")
# The word after a name, past possessive space. Audit: one possessive run; one position.
_WORD_AFTER = regex.compile(r"[ ]++([\p{L}\-]++)")
# A form of "be" and the word after it ("was criticised"). Audit: literal alternatives, then
# one possessive class run; matched at one position.
_BE_THEN_WORD = regex.compile(
    r"[ ]++(?:is|was|are|were|has[ ]been|have[ ]been|had[ ]been)[ ]++([\p{L}\-]++)"
)


def _agent_after(text: str, cue_end: int, content_end: int) -> int | None:
    """Where the agent of a passive cue starts: after the cue (``criticized on Friday by the
    council``) or after the topic it reports (``Asked about it years later by the Dunmere
    Courier,``); None when no ``by`` follows either."""
    agent = agent_start(text, cue_end)
    return agent if agent is not None or content_end <= cue_end else agent_start(text, content_end)


def _names_its_agent(text: str, cue_end: int, content_end: int) -> bool:
    """Whether ``by`` after a passive cue or its content names a doer (``by Ana Ruiz``; not
    ``by 9 a.m.``)."""
    agent = _agent_after(text, cue_end, content_end)
    return agent is not None and names_an_agent(text, agent)


# Words right before "accused of" that leave no noun for the accused ("he accused of",
# "who accused of", "had accused of").
_NO_ACCUSED_NOUN = PERSONAL_PRONOUNS | RELATIVE_PRONOUNS | FINITE_VERBS


def _unnamed_source(
    text: str, sentence: Sentence, cue_start: int, cue_end: int, content_end: int
) -> bool:
    """Whether a cue is passive with no agent (``is expected to``, ``when asked``, ``Asked
    about the plan, she said``): who expects or asks is not named, so nobody is the speaker.
    What the cue reports ends at ``content_end``, where an agent may follow its topic."""
    cue_words = text[cue_start:cue_end].lower().split()
    if _IMPERSONAL_IT.search(
        text, max(sentence.start, cue_start - _IMPERSONAL_REACH), cue_start
    ) and not _names_its_agent(text, cue_end, content_end):
        # "It is understood that ...", "it was said that": nobody is named (but 'It was
        # described as "a disgrace" by Ana Ruiz' names her)
        return True
    extraposed = _EXTRAPOSED_IT.search(
        text, max(sentence.start, cue_start - _EXTRAPOSED_REACH), cue_start
    )
    if (
        extraposed
        and extraposed["adjective"].lower() in impersonal_adjectives()
        and (extraposed["to"] or extraposed["adjective"].lower() == "worth")
    ):
        return True  # "It's easy to blame the council": nobody is said to blame
    if " ".join(cue_words) in read_words("evidential_cues.tsv"):
        return True  # "the senator seemed to be shrinking": the writer's view
    if cue_words and not cue_words[-1].endswith(("ing", "ed")) and cue_words[-1] not in SAY_FORMS:
        lead = text[max(sentence.start, cue_start - _NOUN_CUE_LEAD_REACH) : cue_start]
        lead_words = lead.lower().split()[-2:]
        if (
            lead_words[-1:]
            and (lead_words[-1] in _NOBODYS_NOUN_LEADS or lead_words == ["because", "of"])
            # (but "despite assertions by two pilots that": the agent after a noun of
            # complement_nouns.tsv names them, as _locate reads it; not "amid fears by
            # residents that", whose source _locate would seek before the noun)
            and not (
                " ".join(cue_words) in read_words("complement_nouns.tsv")
                and _names_its_agent(text, cue_end, cue_end)
            )
        ):
            # "Shares fell amid fears that ...", "closed because of fears that ...": the noun
            # is nobody's in particular, neither the clause's subject nor anyone named before
            return True
    if cue_words == ["said"] and text.startswith((" to be ", " to have "), cue_end):
        return True  # "with Kingsbridge United also said to be monitoring": a reduced passive
    if (
        cue_words == ["accused"]
        and text.startswith(" of ", cue_end)
        and (
            preceding := _words_before(
                text, max(sentence.start, cue_start - 2 * _CUE_WORD_REACH), cue_start
            )
        )
        and preceding[-1][2].lower() not in _NO_ACCUSED_NOUN
        # (not "The minister, whom opposition MPs accused of": the relative's subject accuses)
        and not any(word.lower() in ("who", "whom") for _, _, word in preceding[-4:])
    ):
        # "Minister accused of 'gagging' watchdog", "an American contractor accused of":
        # "accuse" names whom before "of", so a noun right before it is the accused, in a
        # passive with "is" left out; the accusers are not named
        return True
    if cue_words[:1] in (["heard"], ["hears"]) or (
        cue_words == ["told"]
        and be_before(text, cue_start) < cue_start
        and agent_start(text, cue_end) is None  # "was told by prosecutor Dana Okoro that"
    ):
        before = _words_before(text, max(sentence.start, cue_start - _CUE_WORD_REACH), cue_start)
        if HEARINGS.intersection(token[2].lower() for token in before[-2:]):  # "a jury has heard"
            # "The court heard that ...", "The jury was told that ...": who gave the evidence
            # is not named
            return True
    after = text[cue_end : cue_end + 20].split(maxsplit=1)
    if not cue_words or "that" in (cue_words[-1], *after[:1]):
        return False  # a state of mind ("are convinced that")
    if cue_words[-2:-1] == ["as"]:
        return False  # "was quoted by his office as telling reporters": a chain names its source
    verb = cue_words[0]
    if not (verb.endswith("ed") or verb in _IRREGULAR_PARTICIPLES):
        return False
    if _agent_after(text, cue_end, content_end) is not None:
        return False  # an agent
    if after[:1] == ["to"] and _is_headline(text, sentence):
        return True  # "Ferry fares expected to rise in spring": a headline drops its "are"
    # the words before the cue, last first, read only as far as the first word with letters
    last = None
    reach = max(sentence.start, cue_start - _UNNAMED_REACH)
    for match in _TOKENS_BACKWARDS.finditer(text, reach, cue_start):
        word = match.group().replace("\u2019", "'")
        if last is None and (
            word in ("not", "never", "also", "still") or (word.endswith("ly") and word.islower())
        ):
            continue  # "is widely expected": the adverbs before the cue
        last = last or word
        if word.strip("\"\u201c\u2018'("):
            # "One backbencher, asked how it had gone, paused": set off by commas before the
            # question, the one asked (not "..., asked Reyes", an inverted cue)
            interposed = (
                last.endswith(",")
                and verb == "asked"
                and after[:1] != []
                and after[0].islower()
                # "One backbencher, asked how it had gone, paused": a comma closes the question
                # and the sentence goes on; "The leader, Peter Quayle, asked whether ..." asks
                and "," in text[cue_end : sentence.end]
                and "," not in _last_clause(text[sentence.start : cue_start].rstrip()[:-1])
            )
            return last.lower() in BE_FORMS or last.lower() == "when" or interposed
    # an opening participle, unless it is an inverted cue: "Added Jones: ..."
    return bool(after) and after[0][:1].islower()


def _is_headline(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is a line of its own with no end mark, short as a headline is."""
    line = text[sentence.start : sentence.end].strip()
    return (
        len(line) <= _HEADLINE_LENGTH
        and not line.endswith(_SENTENCE_ENDS)
        and text[sentence.start - 1 : sentence.start] in ("", "\n")
        and text[sentence.end : sentence.end + 1] in ("", "\n")
    )


# The preposition opening an absolute clause whose subject a mention took in ("with analysts
# citing", "Despite the minister saying"). Audit: fixed words, matched at the mention's start.
_ABSOLUTE_OPENER = regex.compile(r"(?:with|despite)[ ]", regex.IGNORECASE)


def _participle_form(text: str, offset: int) -> bool:
    """Whether the cue at ``offset`` is a word in -ing (``according`` is no participle) or a
    past participle after ``having`` (``Despite having said``)."""
    word = text[offset : offset + 30].split(maxsplit=1)
    if not word or word[0].lower() == "according":
        return False
    return (
        word[0].lower().rstrip(",:;").endswith("ing")
        or text[max(0, offset - 7) : offset].lower() == "having "
    )


def _adjective_opener(text: str, sentence_start: int, cue_start: int, cue_end: int) -> bool:
    """Whether the cue at ``text[cue_start:cue_end]`` opens its sentence as an adjective or a
    past participle before ``that`` (``Confident that the vote would pass, the mayor left``,
    ``Worried that ...``): a phrase whose subject is the main clause's, as an opening
    participle in -ing is (not ``Says``, a verb with its subject after it)."""
    cue = text[cue_start:cue_end]
    first = cue.split(maxsplit=1)[0]
    opening = sentence_start  # (past spaces, quote marks and brackets only, not the sentence)
    while opening < cue_start and text[opening] in _OPENING_EDGES:
        opening += 1
    # "But confident that ...": a coordinator joining the sentence to the last may come first
    joined = (
        cue_start - opening <= _LONGEST_COORDINATOR + 1
        and text[opening:cue_start].rstrip().lower() in _COORDINATING_WORDS
    )
    return (
        (joined or (first[:1].isupper() and opening == cue_start))
        and not first.endswith("s")
        and (cue.endswith(" that") or text.startswith(" that ", cue_end))
    )


def _channel(found: _Found | None, text: str, lexicon: Lexicon) -> Speaker | None:
    if found is None:
        return None
    mention_text = text[found.start : found.end]
    kind = SpeakerKind.ORGANISATION
    name = _strip_article(mention_text)
    if (
        not name[:1].isupper()
        and lexicon.group_nouns.get(_head_word(name, lexicon).lower()) is None
    ):
        kind = SpeakerKind.UNKNOWN
    return Speaker(name=name, mention=Span(found.start, found.end, mention_text), kind=kind)


_TAKEN_UP_STEM = 4  # letters a noun cue shares with the verb it takes up ("warn", "claim")
# The words before a noun that takes up something already said ("this warning", "her claim"),
# not "the" ("Ruiz claimed the dam was safe. The claim that it was leaking": another claim).
_TAKING_UP = frozenset("this that its his her their".split())
_TAKING_UP_REACH = 10  # characters before a noun cue read for those words or "the same"


def _takes_up(text: str, cue: Span, previous: Quote, sentence: int) -> bool:
    """Whether a noun cue after ``this``, ``the same`` or a possessive names the report made
    with the same word in the sentence before (``Ruiz warned that ... . This warning ...``,
    ``claimed`` then ``Her claim``): it is that report's speaker's, not nobody's."""
    if previous.cue is None or previous.sentence != sentence - 1:
        return False
    before = text[max(0, cue.start - _TAKING_UP_REACH) : cue.start].lower().split()
    if not before or (before[-1] not in _TAKING_UP and before[-2:] != ["the", "same"]):
        return False
    noun, verb = cue.text.lower(), previous.cue.text.lower()
    shared = next(
        (index for index, (a, b) in enumerate(zip(noun, verb, strict=False)) if a != b),
        min(len(noun), len(verb)),
    )
    return shared >= _TAKEN_UP_STEM and shared >= min(len(noun), len(verb)) - 2


# Lower-case words after a name that go on with a phrase or a clause, not a noun the name
# modifies ("worries from Lisbon to Riga that ...", "in Harwick and ...").
_AFTER_A_NAME_NO_NOUN = ADVERBIAL_STARTS | frozenset("that which who whom and or but of".split())
# Words after which a name opens a clause as its subject, whatever word follows it ("a film in
# which Ostrow sits, hands folded, to explain ...", "the shipyard, where Varga stands ...").
_BEFORE_A_SUBJECT = RELATIVE_WORDS | SUBORDINATORS | frozenset(("where", "as"))


def _inside_noun_phrase(resolver: _Resolver, mention: EntityMention, limit: int) -> bool:
    """Whether a name stands between a lower-case word and the noun it modifies (``the annual
    Harwick fair``, ``the chants of Ostrow rallies``): not a name opening its clause
    (``Investors see ...``, ``in which Ostrow sits``), nor one before its verb (``Ostrow
    said``)."""
    text = resolver.text
    following = _WORD_AFTER.match(text, mention.end, limit)
    before = word_ending_at(text, mention.start - 1) if mention.start else ""
    return (
        before.isalpha()
        and before.islower()
        and before not in _BEFORE_A_SUBJECT
        and following is not None
        and following.group(1) not in _AFTER_A_NAME_NO_NOUN
        and not following.group(1).endswith("ing")  # "the case of Ostrow using ..."
        and _modifies_a_noun(following.group(1), resolver.lexicon)
    )


def _previous_mention(
    resolver: _Resolver, candidate: Candidate, paragraphs: Sequence[int], sentence: Sentence
) -> _Found | None:
    """The last person named outside quotes before a quote, in its paragraph or the one before;
    not a place named with ``the`` (``a speech at the Corn Exchange``) or after a preposition
    of place (``her kitchen table in the village of Ardley``; not a person's short name: ``angry
    at Tate's decision``). A report with a cue whose subject was not found looks only in its
    own sentence: a name further back is seldom its source (``Roe spoke on Monday. Voicing
    fears that ...``: nobody named), nor is a name there inside a noun phrase, modifying its
    noun (``the chants of Ostrow rallies``). For a quote with no cue, a ``He`` or ``She``
    opening a sentence after that name (or after the floor, when none is found) is nearer, when
    it stands for someone named (``Roe met Hale. She poured tea. "..."``)."""
    index = bisect.bisect_left(resolver.people_starts, candidate.start) - 1
    floor = paragraphs[max(0, candidate.paragraph - 1)] if paragraphs else 0
    own_sentence = candidate.cue_start is not None and candidate.kind is not QuoteKind.DIRECT
    if own_sentence:
        floor = max(floor, sentence.start)
    last = index - _ANTECEDENT_CANDIDATES  # a few names back: one huge paragraph stays cheap
    found = None
    while index > last and index >= 0 and resolver.people[index].start >= floor:
        mention = resolver.people[index]
        index -= 1
        before = resolver.text[max(0, mention.start - 5) : mention.start].lower()
        if (
            mention.label != "PERSON"
            and (before.endswith("the ") or _named_as_a_place(resolver, mention))
        ) or resolver.in_notice(mention.start):
            continue  # (nor a press officer: "Media contact: Freja Holm")
        if (
            own_sentence
            and candidate.cue_start is not None
            and candidate.cue_start - mention.end <= _GIVEN_REACH
            and _received_cue(
                resolver.text[mention.end : candidate.cue_start].split(),
                resolver.text[candidate.cue_start : candidate.cue_end],
            )
        ):
            continue  # "Tenants received assurances that": who received them, no source
        if (candidate.cue_start == mention.start and mention.end <= (candidate.cue_end or 0)) or (
            _opening_participle_word(
                resolver.text, resolver.sentence_start(mention.start), mention.start, mention.end
            )
        ):
            continue  # "Titled "A Harbour for All," the report ...": no name, the verb
        if own_sentence and _inside_noun_phrase(resolver, mention, sentence.end):
            # "Ostrow said she heard it in her own Harwick family, most of whom thought ...":
            # the family thinks, not Harwick
            continue
        found = _Found(mention.start, mention.end)
        break
    if candidate.cue_start is None:
        pronoun = _opening_pronoun(resolver, floor if found is None else found.end, candidate.start)
        # (only one standing for someone named: "Colin Ashby runs the bakery his mother
        # founded. She died in 2019." is about her, and the quote still his)
        if pronoun is not None and resolver.speaker(pronoun, "previous-mention")[1] > _UNRESOLVED:
            return pronoun
    return found


# Words after a capitalised participle opening its sentence that show it is a verb, no name
# ("Titled "...",", "Promising that", "Walking into", "Rattling off promises"): its
# complementiser, a particle or preposition, or a determiner of its object.
_AFTER_OPENING_PARTICIPLE = frozenset(
    "that into onto on off out up about from with by for to in at over".split()
    + "the a an his her their its".split()
)


def _opening_participle_word(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether a mention opening its sentence is a participle, with its particle, not a name:
    a word in -ing or -ed before a quotation, ``that``, a preposition or a determiner
    (``Titled "..."``, ``Walking into the hall to chants of``, ``Rattling off promises``,
    ``Based on estimates``), which the capital of the sentence's first word made look like a
    name (not ``Sterling said``, ``Manning Ross``)."""
    if start - sentence_start > len(' "('):
        return False  # (a few characters only: one long sentence costs no window per mention)
    words = text[start:end].split()
    if (
        not words
        or len(words) > 2
        or not words[0].lower().endswith(("ing", "ed"))
        or len(words[0]) <= len("Used")
        or not words[0][:1].isupper()
        or text[sentence_start:start].strip(' "\u201c\u2018(')
    ):
        return False
    if len(words) == 2:
        return words[1] in _AFTER_OPENING_PARTICIPLE  # "Rattling off", "Based on"
    after = text[end : end + 20]
    if after[:2].strip()[:1] in _OPENING_MARKS:
        return True
    following = after.split(maxsplit=1)[:1]
    return bool(following) and following[0] in _AFTER_OPENING_PARTICIPLE


# Prepositions after which a name no title or given name marks is a place ("a table in
# Ardley", "the crowd at Castlemere"), not someone a quote could go on from; not "from",
# which names a sender ("a letter from Hale").
_PLACE_OF_A_NAME = PLACE_PREPOSITIONS - {"from"}
_SENTENCE_SUBJECT_PRONOUNS = frozenset(("He", "She"))  # opening a sentence, as its subject


def _named_as_a_place(resolver: _Resolver, mention: EntityMention) -> bool:
    """Whether a name follows a preposition of place, or ``of`` after a place's noun (``in
    Ardley``, ``the village of Ardley``): a place, no speaker; not the short form of a person's
    name given before (``Simon Tate closed the mill. Workers were angry at Tate's decision``)."""
    offset = mention.start
    before = word_ending_at(resolver.text, offset - 1).lower()
    if before == "of":
        place = word_ending_at(resolver.text, offset - len(" of ")).lower() in non_person_words()
    else:
        place = before in _PLACE_OF_A_NAME
    # (the fullest name is looked up only for a name a place's word stands before)
    name = resolver.text[offset : mention.end].replace("\u2019", "'").removesuffix("'s")
    return place and resolver.full_name(name, offset) == name


def _opening_pronoun(resolver: _Resolver, start: int, limit: int) -> _Found | None:
    """The last ``He`` or ``She`` opening a sentence outside quotes between ``start`` and
    ``limit``: whom a quote with no cue after that sentence goes on from (``She poured tea.
    \n\n"People think ..."``)."""
    index = bisect.bisect_left(resolver.mention_starts, limit) - 1
    last = index - _ANTECEDENT_CANDIDATES
    while index > last and index >= 0 and resolver.mentions[index].start >= start:
        mention = resolver.mentions[index]
        index -= 1
        if resolver.text[mention.start : mention.end] in _SENTENCE_SUBJECT_PRONOUNS:
            return _Found(mention.start, mention.end)
    return None


def attribute(document: Document, context: Context) -> Document:
    """Turn candidates into quotes with speakers, confidences and sieves."""
    text = document.text
    sentences = document.analysis.sentences
    sentence_starts = [sentence.start for sentence in sentences]
    paragraph_starts = [paragraph.start for paragraph in document.analysis.paragraphs]
    resolver = _Resolver(document, context.lexicon)
    named_paragraphs = {
        bisect.bisect_right(paragraph_starts, mention.start) - 1 for mention in resolver.people
    }
    quotes: list[Quote] = []
    by_statement: dict[int, Quote] = {}
    for candidate in document.candidates:
        sentence = sentences[candidate.sentence] if sentences else Sentence(0, len(text), 0)
        speaker: Speaker | None = None
        via: Speaker | None = None
        confidence = 0.0
        sieve = ""
        cue: Span | None = None
        if candidate.cue_start is not None and candidate.cue_end is not None:
            cue = Span(
                candidate.cue_start,
                candidate.cue_end,
                text[candidate.cue_start : candidate.cue_end],
            )
            cue_sentence = sentence
            if not sentence.start <= candidate.cue_start < sentence.end:
                index = bisect.bisect_right(sentence_starts, candidate.cue_start) - 1
                cue_sentence = sentences[max(index, 0)]
            found, channel = _locate(
                text, candidate, cue_sentence, document.analysis, context.lexicon
            )
            if found is not None and found.end - found.start > LONGEST_MENTION:
                found = None  # a name and its description are a few dozen words
            relayed = _relayed_speaker(text, candidate, context.lexicon)
            if relayed is not None:
                # '"...," she said, according to a transcript': she speaks, the transcript relays
                (found, verb), channel = relayed, found
                cue = Span(verb.start, verb.end, text[verb.start : verb.end])
            # (a relay or an interpreter only where no channel is known yet)
            quoted = (
                _quoted_after(text, candidate.cue_end, context.lexicon) if channel is None else None
            )
            if channel is None and quoted is None and candidate.start >= candidate.cue_end:
                # (or after the clause the cue reports: "Hallan News Agency reported that the
                # army had been deployed, quoting the provincial governor"; not "..., quoting
                # a source as saying ..." or "quoting the governor, Rahmat Osmani, as saying",
                # whose words are a record of their own; "reported that Rusk had opened the
                # rally, quoting her late father", where someone of the clause quotes, keeps the
                # participle in the clause: spans._quoting_own)
                quoted = _quoted_after(text, candidate.end, context.lexicon)
                if quoted is not None and text.startswith((" as ", ", as "), quoted.end):
                    quoted = None
            if channel is None and quoted is not None and _relays(text, cue, found, resolver):
                # "..., the RIA news agency reported, quoting the regional governor": the
                # governor speaks, the agency relays
                found, channel = quoted, found
            if channel is None and (
                translated := _translated_for(text, found, candidate.cue_end, context.lexicon)
            ):
                # '"We need doctors," said the interpreter, translating for the governor': the
                # governor speaks, the interpreter voices his words
                found, channel = translated
            found = _leading_pronoun(text, found)
            opener = None if found is None else _ABSOLUTE_OPENER.match(text, found.start, found.end)
            if (
                found is not None
                and opener is not None
                and (
                    text[found.end : candidate.cue_start].strip() == "having"
                    or (
                        text[found.end : candidate.cue_start].strip() == ""
                        and cue.text.lower().endswith("ing")
                    )
                )
            ):
                # "Shares fell, with analysts citing weak demand", "With the ministry having
                # confirmed the closures", "Despite the minister saying": the absolute's own
                # subject
                found = _Found(opener.end(), found.end)
            if found is not None and _is_share(text, found.start, found.end):
                # "In a Meridian poll last month, 41 percent of voters said": the poll's finding
                found = (
                    _opening_poll(text, cue_sentence, found.start)
                    or _reporting_poll(quotes, candidate.sentence, candidate.cue_start)
                    or found
                )
            previous = quotes[-1] if quotes else None
            unnamed = _unnamed_source(
                text, cue_sentence, candidate.cue_start, candidate.cue_end, candidate.end
            )
            # a participle (",  adding that", "at a news conference announcing") shares the
            # subject of the sentence's earlier cue, unless an absolute clause names its own
            # ("with RealClearPolitics showing"); "according to" names its own
            # ("..., eager to show that ...": an adjective before an infinitive cue is an
            # adjunct as a participle is; it starts where the adjective does)
            adjunct = _ready_adjunct(text, cue_sentence.start, candidate.cue_start)
            set_off = (
                None
                if adjunct is None
                else _adjunct_subject(text, cue_sentence.start, adjunct, context.lexicon)
            )
            if set_off is not None:
                # "..., and the company, eager to show that": the subject it is set off after
                found, adjunct = set_off, None
            if adjunct is None:
                # "Using a blunt word to describe X, Varga said": the phrase's participle
                adjunct = _opening_participle(
                    text, cue_sentence.start, candidate.cue_start, context.lexicon
                )
            participle = (
                adjunct is not None
                or _participle_form(text, candidate.cue_start)
                or _adjective_opener(
                    text, cue_sentence.start, candidate.cue_start, candidate.cue_end
                )
            )
            adjunct = candidate.cue_start if adjunct is None else adjunct
            absolute = absolute_subject(text, cue_sentence.start, adjunct) if participle else None
            shares = participle and absolute is None
            if absolute is not None:
                found = _Found(absolute[1], absolute[2])
            opening = shares and _opens_sentence(text, cue_sentence.start, adjunct)
            if opening:
                # "Noting that ..., Hale said": an opening participle's subject comes after it
                found = (
                    _opener_subject(text, candidate, candidate.cue_end, cue_sentence, resolver)
                    or found
                )
            coordinated = (
                not opening
                and (
                    _after_coordinator(text, cue_sentence.start, candidate.cue_start)
                    or _middle_of_series(text, cue_sentence, candidate.cue_start, candidate.cue_end)
                )
                # (not a passive with its agent: "The bill passed and was branded "a
                # disgrace" by the opposition": the opposition speaks, as _locate found)
                and not (
                    be_before(text, candidate.cue_start) < candidate.cue_start
                    and _agent_after(text, candidate.cue_end, candidate.end) is not None
                )
            )
            earlier = by_statement.get(candidate.statement)
            if unnamed:
                # "Asked about the plan, she said": the asker is not named
                sieve, confidence = "unnamed", _CONFIDENCE["unnamed"]
            elif (
                earlier is not None
                and earlier.speaker is not None
                and earlier.cue is not None
                and earlier.cue.start == candidate.cue_start
            ):
                # the second piece of a quote its cue interrupts: the first piece's speaker
                speaker, via, sieve = earlier.speaker, earlier.via, "statement"
                confidence = earlier.confidence
            elif (
                shares
                and found is not None
                and _relays_someone(text[candidate.cue_start : candidate.cue_end])
                and previous is not None
                and previous.speaker is not None
                and previous.cue is not None
                and previous.cue.start >= cue_sentence.start
            ):
                # "Interlink reported that ..., quoting a source in the ministry as saying": the
                # source quoted speaks, through the report's subject (as "Interlink quoted a
                # source ... as saying")
                speaker, confidence = resolver.speaker(found, "cue-adjacent")
                via, sieve = previous.speaker, "cue-adjacent"
            elif (
                (shares or coordinated)
                and previous is not None
                and previous.speaker is not None
                and previous.cue is not None
                and previous.cue.start >= cue_sentence.start
                # not a participle inside the report before it, whose subject is the report's
                # own ('The senator said her rival keeps calling the plan a "hoax."': the rival)
                and not (
                    shares
                    and previous.cue.end <= previous.start < candidate.cue_start < previous.end
                    and text[candidate.cue_start : candidate.cue_end].lower() in _NAMING_PARTICIPLES
                )
                # not the record relaying the whole sentence from its opening: "According to
                # audit records, Roe raised concerns, writing that ..." (Roe writes)
                and not (
                    previous.cue.text.lower() in SOURCE_FIRST_CUES
                    and not text[cue_sentence.start : previous.cue.start].strip(' "\u201c(')
                )
                # not the asker of an opening "Asked by a reporter whether ..., Mara Dunne
                # smiled and said": the main clause has a subject of its own
                and not (
                    previous.cue.text.lower() == "asked"
                    and _opens_sentence(text, cue_sentence.start, previous.cue.start)
                )
                # not a verb of a relative clause on the object of the cue before: '"...,"
                # Harrow told Ana Ruiz, who opened her door and said ...' (she says it; but
                # '"...," said Ana Ruiz, who ran the count and added ...': the speaker's)
                and not (
                    coordinated
                    and text[candidate.cue_start - len(" and ") : candidate.cue_start] == " and "
                    # (a comma closes the relative: '"...," Ruiz told supporters, who cheered,
                    # and said ...' is Ruiz's)
                    and text[candidate.cue_start - len(", and ") : candidate.cue_start] != ", and "
                    and not shares  # (a finite verb: "and said", not "and putting it")
                    and previous.speaker.mention.end <= previous.cue.start
                    and any(
                        opening in text[previous.cue.end : candidate.cue_start]
                        for opening in _RELATIVE_OPENINGS
                    )
                )
            ):
                # "..., he said, adding that ...": the participle shares the main verb's subject
                speaker, via, sieve = previous.speaker, previous.via, "statement"
                confidence = previous.confidence
            elif shares and (perceived := _perceived_subject(text, found, candidate.cue_start)):
                # "Ana Ruiz can be heard saying", "after one of her aides was caught on tape
                # saying": the one heard
                speaker, confidence = resolver.speaker(perceived, "cue-adjacent")
                sieve = "cue-adjacent"
            elif (
                shares
                and _adjunct_participle(text, cue_sentence.start, adjunct)
                and (
                    subject := _participle_subject(
                        text, cue_sentence, candidate.cue_start, found, resolver
                    )
                )
            ):
                # "Roe backed the plan on Monday, saying ...", "He explained the headline by
                # saying": the main clause's subject
                speaker, confidence = resolver.speaker(subject, "cue-adjacent")
                sieve = "cue-adjacent"
            elif (
                (
                    coordinated
                    or (
                        text[candidate.cue_start] == ":"
                        # "Port chief: ...": a headline's role names its speaker whole
                        and not (
                            found is not None
                            and role_without_name(text[found.start : found.end], context.lexicon)
                        )
                    )
                )
                and (
                    subject := _coordinated_subject(
                        text, cue_sentence, candidate.cue_start, resolver
                    )
                    or _clause_subject(text, cue_sentence, candidate.cue_start, resolver)
                    or _leading_noun_phrase(
                        text,
                        _clause_start(text, cue_sentence, candidate.cue_start, resolver),
                        candidate.cue_start,
                        context.lexicon,
                    )
                )
            ):
                # "Hale bemoaned the unrest and said ...": the clause's subject
                speaker, confidence = resolver.speaker(subject, "cue-adjacent")
                sieve = "cue-adjacent"
            elif (
                found is not None
                and found.end <= candidate.cue_start
                and not _names_someone(text, found)
                and (
                    subject := _last_mention_in(found, resolver)
                    or _clause_subject(text, cue_sentence, candidate.cue_start, resolver)
                )
            ):
                # "Ban Ji-hoon ... vowed not to repeat": what stands by the cue names nobody
                speaker, confidence = resolver.speaker(subject, "cue-adjacent")
                confidence *= _UNSURE_SUBJECT
                sieve = "cue-adjacent"
            elif found is not None:
                speaker, confidence = resolver.speaker(found, "cue-adjacent")
                sieve = "cue-adjacent"
                via = _channel(channel, text, context.lexicon)
                if speaker is None and resolver.answer_label(found):
                    sieve = "unnamed"  # "A: ..." in an interview that names nobody before
        if speaker is None and sieve != "unnamed":
            earlier = by_statement.get(candidate.statement)
            paragraph_end = document.analysis.paragraphs[candidate.paragraph].end
            if candidate.kind is QuoteKind.DIRECT and (
                framed := _frame_speaker(text, candidate, paragraph_end, resolver)
            ):
                speaker, confidence = resolver.speaker(framed, "frame")
                sieve = "frame"
            elif candidate.kind is QuoteKind.DIRECT and (
                signed := _signed_by(text, candidate, document.analysis.paragraphs, resolver)
            ):
                # '"..." ¶ - Ines Vale.': a quote set apart, signed with its speaker's name
                speaker, confidence = resolver.speaker(signed, "frame")
                sieve = "frame"
            elif candidate.kind is QuoteKind.DIRECT and (
                trailing := _trailing_cue_subject(text, candidate, sentences, resolver)
            ):
                speaker, confidence = resolver.speaker(trailing, "trailing-cue")
                sieve = "trailing-cue"
            elif earlier is not None and earlier.speaker is not None:
                speaker, sieve = earlier.speaker, "statement"
                confidence = min(earlier.confidence, _CONFIDENCE["statement"])
                via = earlier.via
            elif candidate.kind is QuoteKind.DIRECT and _after_a_passive(
                text, sentence, candidate.start, context.lexicon
            ):
                # 'Fenwright was accused of "picking the pockets of drivers"': the subject is
                # whom others spoke of, and they are not named
                sieve, confidence = "unnamed", _CONFIDENCE["unnamed"]
            elif candidate.kind is QuoteKind.DIRECT and (
                embedding := _embedding_subject(text, candidate, sentence, resolver)
            ):
                # "Roe gave the idea a whirl on Tuesday: '...'": the sentence's own subject
                speaker, confidence = resolver.speaker(embedding, "frame")
                sieve, confidence = "frame", confidence * _UNSURE_SUBJECT
            elif candidate.kind is QuoteKind.DIRECT and (
                beat := _beat_subject(candidate, sentences, paragraph_starts, resolver)
            ):
                # "Ron Gillespie shrugs. 'Same as always.'": the person the sentence before the
                # quote, in its paragraph, is about
                speaker, confidence = resolver.speaker(beat, "frame")
                sieve, confidence = "frame", confidence * _UNSURE_SUBJECT
            elif (
                candidate.kind is QuoteKind.DIRECT
                and (last_direct := _last_direct_speaker(quotes)) is not None
                and _continues(last_direct.paragraph, candidate.paragraph, named_paragraphs)
                and last_direct.speaker is not None
            ):
                speaker, sieve = last_direct.speaker, "continuation"
                confidence = min(last_direct.confidence, _CONFIDENCE["continuation"])
                via = last_direct.via
            elif (
                candidate.kind is QuoteKind.DIRECT
                and cue is None
                and quotes
                and candidate.sentence - quotes[-1].sentence == 1
                and (answerer := _asked_person(quotes[-1], resolver)) is not None
            ):
                # 'I asked Priya Lind whether the chef had mellowed. "Mellowed? No."': the
                # answer of the person asked, not the asker's words
                speaker, confidence = resolver.speaker(answerer, "continuation")
                sieve = "continuation"
            elif (
                quotes
                and quotes[-1].speaker is not None
                and (
                    # "Roe praised the plan. \"We need it.\"": the words of the sentence's speaker
                    (cue is None and candidate.sentence - quotes[-1].sentence <= 1)
                    # "Ruiz warned that ... . Her warning that ...": the noun takes up her report
                    or (cue is not None and _takes_up(text, cue, quotes[-1], candidate.sentence))
                )
            ):
                speaker, sieve = quotes[-1].speaker, "continuation"
                confidence = min(quotes[-1].confidence, _CONFIDENCE["continuation"])
                via = quotes[-1].via
            else:
                found = _previous_mention(resolver, candidate, paragraph_starts, sentence)
                if found is not None:
                    speaker, confidence = resolver.speaker(found, "previous-mention")
                    sieve = "previous-mention"
        if (
            sieve == "cue-adjacent"
            and speaker is not None
            and cue is not None
            and speaker.mention.text.lower() in PERSONAL_PRONOUNS
            and (
                outer := _own_report(
                    quotes, candidate.sentence, cue.start, speaker.entity, resolver
                )
            )
        ):
            # "Ms. Sherwin said she found that ...": her report inside her own report is
            # attributed where that one is
            speaker = outer
        quote = Quote(
            text=text[candidate.start : candidate.end],
            start=candidate.start,
            end=candidate.end,
            kind=candidate.kind,
            cue=cue,
            speaker=speaker,
            via=via,
            confidence=round(confidence, 3),
            sentence=candidate.sentence,
            cue_class=candidate.cue_class,
            sieve=sieve,
            statement=candidate.statement,
            paragraph=candidate.paragraph,
            negated=candidate.negated,
        )
        quotes.append(quote)
        by_statement[candidate.statement] = quote
    return attrs.evolve(document, quotes=_calibrated(_relayed_reports(text, quotes)))


def _calibrated(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """The quotes with a reported clause's confidence lowered by its cue class
    (``_REPORT_FACTORS``), once all sieves are done, so that no record inherits the factor of
    the report it continues."""
    return tuple(
        attrs.evolve(
            quote,
            confidence=round(quote.confidence * _REPORT_FACTORS.get(quote.cue_class, 1.0), 3),
        )
        if quote.kind is QuoteKind.INDIRECT and quote.cue_class is not None
        else quote
        for quote in quotes
    )


_RELAY_CUE = "according to"
_RELAY_LEAD = 3  # closing marks, a comma and a space between a report and "according to"


def _relayed_reports(text: str, quotes: list[Quote]) -> tuple[Quote, ...]:
    """The quotes, where a report right before ``according to`` names its channel: the source
    of the record ``according to`` gives, which holds the report (``Pruitt said the bridge
    would close, according to the Harlow Ledger``: Pruitt speaks, the Ledger relays, as with
    a direct quote: ``"...," she said, according to a transcript``)."""
    relays = {
        quote.cue.start: quote
        for quote in quotes
        if quote.cue is not None
        and quote.speaker is not None
        and quote.cue.text.lower() == _RELAY_CUE
    }
    if not relays:
        return tuple(quotes)
    relayed = []
    for quote in quotes:
        lead = text[quote.end : quote.end + _RELAY_LEAD]
        at = quote.end + len(lead) - len(lead.lstrip(",\"\u201d' "))
        relay = relays.get(at)
        if (
            relay is not None
            and quote.via is None
            and quote.cue is not None
            and quote.cue.end <= quote.start  # (the cue before its report: "Pruitt said")
            and quote.speaker is not None
            and relay.start <= quote.start
            and relay.speaker is not None
            and relay.speaker.name != quote.speaker.name
        ):
            relayed.append(attrs.evolve(quote, via=relay.speaker))
        else:
            relayed.append(quote)
    return tuple(relayed)
