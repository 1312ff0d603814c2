"""Hypothesis strategies: news-like text full of what breaks quote finders.

Three families, mixed by ``texts()``:

- ``news_texts()``: paragraphs of attributed quotes built from templates (``"…," X said.``,
  ``X told reporters: "…"``, ``according to X, …``), with quote marks of every style, titles and
  abbreviations, names, cue words and every kind of line break; then damaged (marks dropped,
  doubled or swapped) the way broken HTML-to-text output damages them.
- ``token_soups()``: the same vocabulary in random order, so marks, cues and names meet in
  combinations no template makes.
- ``hostile_unicode()``: combining marks, right-to-left text and controls, emoji sequences, NUL,
  lone surrogates (Python ``str`` allows them), unusual white space and line separators.
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = [
    "ABBREVIATIONS",
    "CUES",
    "NEWLINES",
    "QUOTE_MARKS",
    "UNICODE_ODDITIES",
    "hostile_unicode",
    "names",
    "news_texts",
    "texts",
    "token_soups",
]

# Every quote mark quotekit knows, and some it does not (‚ low single, ‛ reversed, ″ double prime).
QUOTE_MARKS = (
    '"',
    "'",
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "\u00ab",
    "\u00bb",
    "\u201e",
    "\u2039",
    "\u203a",
    "\u300c",
    "\u300d",
    "\u300e",
    "\u300f",
    "\u201a",
    "\u201b",
    "\u2033",
    "``",
    "''",
)
# Opening and closing mark pairs, as a careful writer uses them.
_PAIRS = (
    ('"', '"'),
    ("\u201c", "\u201d"),
    ("\u2018", "\u2019"),
    ("'", "'"),
    ("\u00ab", "\u00bb"),
    ("\u00bb", "\u00ab"),
    ("\u201e", "\u201c"),
    ("\u2039", "\u203a"),
    ("\u300c", "\u300d"),
    ("\u00ab\u00a0", "\u00a0\u00bb"),  # French spacing
)
ABBREVIATIONS = (
    "Sen.",
    "Gov.",
    "Rep.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Gen.",
    "Lt.",
    "St.",
    "Jan.",
    "Feb.",
    "Sept.",
    "U.S.",
    "U.N.",
    "D.C.",
    "No.",
    "Inc.",
    "a.m.",
    "e.g.",
    "J.",
    "D-Mass.,",
)
NEWLINES = ("\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c")
CUES = (
    "said",
    "says",
    "told",
    "told reporters",
    "according to",
    "adding",
    "added",
    "asked",
    "wrote",
    "tweeted",
    "believes",
    "quoted",
    "as saying",
    "cited",
    "quoting",
    "was saying",
    "Said",
    "SAID",
    "said:",
)
_GIVEN = ("Jane", "John", "Vladimir", "Mira", "Omar", "Lena", "Ana", "Kim", "Jo", "Al")
_FAMILY = ("Roe", "Saldo", "Holt", "Reza", "Marsh", "O'Neill", "Al-Hassan", "de la Cruz", "Ng")
_ROLES = (
    "a spokesman",
    "the governor of Rostov",
    "officials",
    "two people familiar with the plan",
    "the ministry",
    "Reuters",
    "TASS",
)
_PRONOUNS = ("he", "she", "they", "we", "it", "I", "who", "He", "She", "They")
_WORDS = (
    "the",
    "a",
    "plan",
    "will",
    "win",
    "we",
    "are",
    "not",
    "ready",
    "that",
    "and",
    "but",
    "on",
    "Monday",
    "in",
    "a statement",
    "last week",
    "so-called",
    "reforms",
    "rock 'n' roll",
    "the '90s",
    "don't",
    "it's",
    "1,000",
    "3.5",
    "5'11\"",
    '12"',
)
_PUNCTUATION = (
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "...",
    "\u2026",
    "-",
    " - ",
    "\u2014",
    "\u2013",
    "(",
    ")",
)
_SPACES = (" ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\u200b")
UNICODE_ODDITIES = (
    "\x00",
    "\ud800",  # lone surrogates
    "\udfff",
    "\udc80",
    "e\u0301",  # combining acute
    "\u0301",  # a combining mark with nothing to combine with
    "A\u0308\u0323\u0301",  # stacked marks
    "\u05e9\u05dc\u05d5\u05dd",  # Hebrew
    "\u0645\u0631\u062d\u0628\u0627",  # Arabic
    "\u200f",  # RLM
    "\u202e",  # RLO
    "\u2066",  # LRI
    "\U0001f600",  # emoji
    "\U0001f469\u200d\U0001f469\u200d\U0001f467",  # ZWJ family
    "\U0001f1fa\U0001f1f8",  # flag
    "\ufeff",  # BOM
    "\ufffd",
    "\u0130",  # I with dot: lower() grows it to two characters
    "\u1e9e",  # capital sharp s
    "\ufb01",  # fi ligature: upper() grows it
    "\u01c5",  # title-case letter (Dž)
    "\u0391\u03b8\u03ae\u03bd\u03b1",  # Greek capitalised word
    "\u041c\u043e\u0441\u043a\u0432\u0430",  # Cyrillic capitalised word
    "\u6771\u4eac",  # CJK
    "\U0001d400",  # mathematical bold capital A (astral)
    "\u2160",  # Roman numeral one (Nl)
    "\x1c",  # file separator: str.splitlines() breaks here
    "\x1e",
    "\x7f",
    "\u00ad",  # soft hyphen
)


_TITLES = ("", "Sen. ", "Gov. ", "Dr. ", "Mrs. ", "President ", "Mr. ")
_INITIALS = ("", "F. ", "J. R. ")
_POSSESSIVES = ("", "", "'s", "\u2019s")
# Every combination, built once: one draw picks a name (composing draws is slow to generate).
_NAMES = tuple(
    f"{title}{given} {initial}{family}{possessive}"
    for title in _TITLES
    for given in _GIVEN
    for initial in _INITIALS
    for family in _FAMILY
    for possessive in _POSSESSIVES
)


def names() -> st.SearchStrategy[str]:
    """A name as news writes it: a capitalised run, maybe with a title, initials or a
    possessive; or a description or pronoun standing for one."""
    return st.sampled_from(_NAMES + _ROLES + _PRONOUNS)


_VOCABULARY = st.sampled_from(_WORDS * 40 + ABBREVIATIONS * 10 + _NAMES[::20])


def _words(min_size: int = 1, max_size: int = 12) -> st.SearchStrategy[str]:
    return st.lists(_VOCABULARY, min_size=min_size, max_size=max_size).map(" ".join)


@st.composite
def _quoted(draw: st.DrawFn) -> str:
    opener, closer = draw(st.sampled_from(_PAIRS))
    inner = draw(_words())
    ending = draw(st.sampled_from(("", ",", ".", "?", "!", "\u2026", " -")))
    if draw(st.booleans()):  # a quote nested inside, in the other style
        inner_open, inner_close = draw(st.sampled_from(_PAIRS))
        inner = f"{inner} {inner_open}{draw(_words(max_size=4))}{inner_close}"
    return f"{opener}{inner}{ending}{closer}"


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    quote = draw(_quoted())
    name = draw(names())
    cue = draw(st.sampled_from(CUES))
    clause = draw(_words(min_size=3))
    template = draw(
        st.sampled_from(
            (
                "{q} {n} {c}.",
                "{q} {c} {n}, {r}.",
                "{n} {c}: {q}",
                "{n} {c} {q}",
                "{n}, {r}, {c} that {w}.",
                "According to {n}, {w}.",
                "{w}, {n} {c}.",
                "{q}",
                "{w}.",
                "{n} {c} {q}, adding that {w}.",
                "{r} quoted {n} as saying {q}",
                "{q} - {n}",
            )
        )
    )
    return template.format(q=quote, n=name, c=cue, r=draw(st.sampled_from(_ROLES)), w=clause)


@st.composite
def _damaged(draw: st.DrawFn, text: str) -> str:
    """Drop, double, add or swap a few characters, as bad conversions do."""
    for _ in range(draw(st.integers(0, 4))):
        if not text:
            break
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(("drop", "double", "mark", "newline", "junk")))
        if action == "drop":
            text = text[:at] + text[at + 1 :]
        elif action == "double":
            text = text[:at] + text[at : at + 1] * 2 + text[at + 1 :]
        elif action == "mark":
            text = text[:at] + draw(st.sampled_from(QUOTE_MARKS)) + text[at:]
        elif action == "newline":
            text = text[:at] + draw(st.sampled_from(NEWLINES)) + text[at:]
        else:
            text = text[:at] + draw(st.sampled_from(UNICODE_ODDITIES)) + text[at:]
    return text


@st.composite
def news_texts(draw: st.DrawFn) -> str:
    """Paragraphs of news sentences, joined by assorted line breaks, then damaged a little."""
    paragraphs = draw(
        st.lists(
            st.lists(_sentence(), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=6
        )
    )
    text = ""
    for paragraph in paragraphs:
        text += paragraph + draw(st.sampled_from(NEWLINES))
    return draw(_damaged(text))


def token_soups() -> st.SearchStrategy[str]:
    """The news vocabulary, marks and oddities in random order."""
    token = st.one_of(
        st.sampled_from(QUOTE_MARKS),
        st.sampled_from(_WORDS),
        st.sampled_from(ABBREVIATIONS),
        st.sampled_from(CUES),
        st.sampled_from(_PUNCTUATION),
        st.sampled_from(_SPACES),
        st.sampled_from(NEWLINES),
        st.sampled_from(UNICODE_ODDITIES),
        names(),
    )
    return st.lists(token, max_size=60).map(" ".join) | st.lists(token, max_size=60).map("".join)


def hostile_unicode() -> st.SearchStrategy[str]:
    """Arbitrary code points, lone surrogates included, with quote marks and cues mixed in."""
    anything = st.characters(codec=None, exclude_categories=())
    chunk = st.one_of(
        st.text(anything, max_size=8),
        st.sampled_from(UNICODE_ODDITIES),
        st.sampled_from(QUOTE_MARKS),
        st.sampled_from(CUES),
        names(),
    )
    return st.lists(chunk, max_size=40).map("".join)


def texts() -> st.SearchStrategy[str]:
    """Every family above, plus plain ``st.text()``."""
    return st.one_of(news_texts(), token_soups(), hostile_unicode(), st.text())


# --- adversarial inputs of a chosen size (tests/test_adversarial.py, benchmarks/adversarial.py) ---


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` characters (the last copy cut short)."""
    return (unit * (size // len(unit) + 1))[:size]


def _unmatched_marks(size: int) -> str:
    # Opening marks of every style and never a closing one, a word after each.
    return _repeat('\u201cwe \u00abwin \u201eit \u2039now \u300cso \u2018at \u201dall "and ', size)


def _nested_quotes(size: int) -> str:
    # Quotes inside quotes inside quotes, all closed at the very end.
    half = size // 2
    opening = _repeat("\u201cHe said \u2018she said ", half)
    closing = _repeat("\u2019\u201d ", size - half)
    return opening + closing


def _no_white_space(size: int) -> str:
    # Words, marks, cues and dots with no space or line break anywhere.
    return _repeat('said."We,"Roe.U.S.\u201cwin\u201d,according\u2019to\u00abSen.\u00bbtold', size)


def _one_sentence(size: int) -> str:
    # Clauses joined by commas and "and": cues, names and quotes, no sentence end, no line break.
    return _repeat(
        'Jane Roe said that the plan, which officials say is "not ready at all," would cost '
        "3 million dollars, according to the ministry, and Omar Reza told reporters on Monday "
        "that it will fail, adding that we will win and ",
        size,
    )


def _paragraphs(size: int) -> str:
    # One short attributed quote per paragraph, each a new paragraph.
    return _repeat('"We will win," Jane Roe said.\n', size)


def _name_run(size: int) -> str:
    # One capitalised run: names, initials, particles, possessives; no sentence end.
    return _repeat("Jane F. Roe O'Neill Al-Hassan de La Cruz Vladimir Saldo's U.S. ", size)


def _dot_run(size: int) -> str:
    # Sentence-final punctuation with nothing after it: "!?!?..." as scraped footers have.
    return _repeat(".?!\u2026", size)


def _participle_cues(size: int) -> str:
    # One sentence of participle cues: each asks whether it opens its sentence.
    return _repeat("Roe backed the plan, adding that it was late and ", size)


def _cues_without_spaces(size: int) -> str:
    # A cue word again and again in one sentence, joined by dots but no space.
    return _repeat("said.", size)


def _many_cues(size: int) -> str:
    # Many cues in one sentence: every one looks for its clause and its speaker.
    return _repeat("he told them that according to officials she said ", size)


def _quotes_then_cue(size: int) -> str:
    # Many short quotes ending in a comma, then at last one cue for all of them.
    return _repeat('"a," ', size - 8) + "he said."


def _cue_then_quotes(size: int) -> str:
    # One cue, then many quotes in the same sentence.
    return "He said " + _repeat('"a" ', size - 8)


def _cues_and_quotes(size: int) -> str:
    # A cue before every quote of one long sentence: each quote weighs the cues before it, and
    # each passive test reads the words before its cue.
    return "Reports " + _repeat('he said "yes" and ', size - 8)


def _shared_surname(size: int) -> str:
    # Many different people with one family name, each quoted, then the bare family name again
    # and again in a paragraph of its own: titles look at every occurrence of a speaker's surname.
    units = []
    length = 0
    half = size // 2
    index = 0
    while True:
        given = "".join(chr(ord("A") + int(digit)) for digit in str(index)).capitalize()
        unit = f'"We will win," Sen. {given}x Roe said.\n'
        if length + len(unit) > half:
            break
        units.append(unit)
        length += len(unit)
        index += 1
    return "".join(units).ljust(half, "\n") + _repeat("Roe ", size - half)


def _speaker_name(index: int) -> str:
    """A distinct capitalised made-up name for each number (0 -> "A", 12 -> "Bc")."""
    return "".join(chr(ord("a") + int(digit)) for digit in str(index)).capitalize()


def _distinct_speakers(size: int) -> str:
    # Many speakers with different family names, then words a family name could start like:
    # every place a speaker's name might stand is compared with every speaker.
    units = []
    length = 0
    half = size // 2
    index = 0
    while True:
        unit = f'"We will win," Sen. Jane {_speaker_name(index)}son said.\n'
        if length + len(unit) > half:
            break
        units.append(unit)
        length += len(unit)
        index += 1
    return "".join(units).ljust(half, "\n") + _repeat("bcd ", size - half)


def _capitalised_quotes_then_cue(size: int) -> str:
    # Many capitalised one-word quotes, then one inverted cue: every quote reads back to it.
    return _repeat('"Ab" ', size - 18) + "said the minister."


def _quotes_then_relay(size: int) -> str:
    # Many quotes, then one cue relayed by "according to".
    return _repeat('"We will win," ', size - 38) + "she said, according to the transcript."


def _capitals_in_words_then_statement(size: int) -> str:
    # A run of names with capitals inside them, then a statement whose issuer is looked for.
    return (
        "Officials from "
        + _repeat("McDonald ", size - 60)
        + "arrived. The statement said the plan was final."
    )


def _opening_then_quotes(size: int) -> str:
    # An opening phrase, thousands of short quotes after commas, then one cue: each quote's gap
    # to the cue was read whole.
    return "If the levy passes" + _repeat(', "x"', size - 30) + ", Ames said."


def _one_word_sources(size: int) -> str:
    # Quotes each handed to a one-word source: the word before each cue was sliced from the
    # text's start.
    return _repeat('"Go," Ab said. ', size)


def _one_word_given_names(size: int) -> str:
    # Quotes each handed to a one-word given name: whether each name stood after a title was
    # asked of every person named, once per speaker.
    return _repeat('"Go," Priya said. ', size)


def _described_body_taken_up(size: int) -> str:
    # A body described once as a source, then paragraphs each taking it up ("the department
    # said") after a name holding its noun: each read back to the description, over every word
    # since.
    head = "The county agriculture department said on Monday that the wells were safe.\n\n"
    return head + _repeat(
        'Agriculture department staff met. "Go home now," the department said.\n\n',
        size - len(head),
    )


def _comparisons_in_one_sentence(size: int) -> str:
    # One sentence of comparisons with a cue of expectation ("sooner than expected"): each cue
    # split the sentence from its start.
    return _repeat("costs rose faster than expected and ", size - 1) + "."


def _named_agents_in_one_sentence(size: int) -> str:
    # One sentence of passives, each agent's name set off before a time ("by Ed, Al Bo, on
    # May;"): whether a time closed the sentence after each name was read to the sentence's end.
    return _repeat('A was called "a" by Ed, Al Bo, on May; ', size - 1) + "."


def _objects_then_their_verbs(size: int) -> str:
    # One sentence of quotes, each told to a person whose relative clause goes on with a cue
    # ("Harrow told Ana Ruiz, who opened her door and said"): each such cue read back over its
    # mentions, copying the sentence's words up to each.
    return _repeat('"We go," Harrow told Ana Ruiz, who opened her door and said ', size - 1) + "."


def _coordinated_cues_in_one_sentence(size: int) -> str:
    # One sentence of cues coordinated by "and", with a pronoun object each ("and said it
    # again:"): each cue read back over every mention of the sentence for its subject.
    return "Her warning " + _repeat("and said it again: the dam would fail, ", size - 13) + "."


def _adjective_openers_in_one_sentence(size: int) -> str:
    # One sentence of adjectives before "that", each report ending at a comma ("Worried that
    # the vote would fail,"): each report's check for "not precede," read from the text's start.
    return _repeat("Worried that the vote would fail, the mayor left, and ", size - 1) + "."


def _opening_parts_in_one_sentence(size: int) -> str:
    # One sentence that opens with an adverbial, then parts set off by commas, each opening
    # with a lower-case word and holding a cue: each cue's subject was looked for past every
    # comma back to the sentence start.
    return "In Ames, " + _repeat("but why did the mayor say the fund was short, ", size - 10) + "."


def _names_in_one_paragraph(size: int) -> str:
    # One paragraph of sentences naming people, with pronouns taking them up: whether each
    # name was a byline's ("By Ana Reyes") was read from the paragraph's start.
    return _repeat(
        "Ana Reyes opened the rally. Later, she told the crowd that she would win. ", size
    )


def _role_descriptions_in_one_lede(size: int) -> str:
    # One sentence, so one lede, of a role's description before a person named ("a reporter
    # asked ..., Noelle Abernathy smiled"): each description looked for the person it brings in
    # past the names of every person named before it.
    return (
        _repeat(
            "when a reporter asked whether it would pass, Noelle Abernathy smiled, and ", size - 1
        )
        + "."
    )


ADVERSARIAL = {
    # the six of issue 9
    "unmatched quote marks": _unmatched_marks,
    "nested quotes": _nested_quotes,
    "no space or newline": _no_white_space,
    "one sentence": _one_sentence,
    "paragraphs of one quote": _paragraphs,
    "name-like capitalised run": _name_run,
    # found while hardening
    "terminator run": _dot_run,
    "cues without spaces": _cues_without_spaces,
    "many cues in a sentence": _many_cues,
    "quotes then one cue": _quotes_then_cue,
    "one cue then quotes": _cue_then_quotes,
    "a cue before every quote": _cues_and_quotes,
    "people sharing a surname": _shared_surname,
    "many distinct speakers": _distinct_speakers,
    # found by a review
    "capitalised quotes then a cue": _capitalised_quotes_then_cue,
    "quotes then a relayed cue": _quotes_then_relay,
    "capitals inside words then a statement": _capitals_in_words_then_statement,
    "an opening phrase, quotes, then a cue": _opening_then_quotes,
    "quotes with one-word sources": _one_word_sources,
    "participle cues in one sentence": _participle_cues,
    "quotes with one-word given names": _one_word_given_names,
    "a described body taken up": _described_body_taken_up,
    "comparisons in one sentence": _comparisons_in_one_sentence,
    "named agents in one sentence": _named_agents_in_one_sentence,
    "objects then their verbs in one sentence": _objects_then_their_verbs,
    "coordinated cues in one sentence": _coordinated_cues_in_one_sentence,
    "adjective openers in one sentence": _adjective_openers_in_one_sentence,
    "opening parts in one sentence": _opening_parts_in_one_sentence,
    "names in one paragraph": _names_in_one_paragraph,
    "role descriptions in one lede": _role_descriptions_in_one_lede,
}
"""Makers of adversarial text: ``ADVERSARIAL[name](size)`` is ``size`` characters long."""
