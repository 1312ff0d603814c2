"""Stage 4, titles: the mention parser on golden phrases, its invariants, and the stage's merge."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from unittest import mock

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotekit import extract_quotes
from quotekit._config import Config
from quotekit._document import Context, Document
from quotekit._lexicon import Lexicon, default_lexicon, read_table
from quotekit._types import Quote, QuoteKind, Span, Speaker, SpeakerKind
from quotekit.backends.rules import RulesBackend
from quotekit.titles import ParsedMention, parse_mention, parse_titles
from tests.conftest import read_golden

FIELDS = ("name", "title", "affiliation", "modifiers", "party", "region")
GOLDEN = read_golden("titles.jsonl")
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"


def _fields(parsed: ParsedMention) -> dict[str, Any]:
    return {
        "name": parsed.name,
        "title": parsed.title,
        "affiliation": parsed.affiliation,
        "modifiers": list(parsed.modifiers),
        "party": parsed.party,
        "region": parsed.region,
    }


# --- golden phrases --------------------------------------------------------------------------


@pytest.mark.parametrize("case", GOLDEN, ids=lambda case: case["label"])
def test_golden_mentions(case: dict[str, Any]) -> None:
    parsed = parse_mention(case["input"], default_lexicon())
    assert _fields(parsed) == {field: case[field] for field in FIELDS}, case["comment"]


@pytest.mark.parametrize(
    "case", read_golden("titles_known_failures.jsonl"), ids=lambda case: case["label"]
)
def test_known_failures(case: dict[str, Any], request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=case["reason"]))
    parsed = parse_mention(case["input"], default_lexicon())
    assert _fields(parsed) == {field: case[field] for field in FIELDS}


def test_golden_file_covers_every_form_of_issue_5() -> None:
    """At least 200 cases, with each family of forms the issue lists represented."""
    assert len(GOLDEN) >= 200
    labels = {case["label"] for case in GOLDEN}
    assert len(labels) == len(GOLDEN), "labels must be unique"
    for prefix in ("pre-", "abbr-", "mod-", "nat-", "of-", "app-", "tag-", "amb-", "fb-", "neg-"):
        assert sum(label.startswith(prefix) for label in labels) >= 5, prefix
    for case in GOLDEN:
        assert case["comment"].strip()
        assert set(FIELDS) <= case.keys()


# --- the parser's invariants -----------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        *"Jane Roe Marat Khosnolin Dean King Justice Department Sen. Gov. Lt. Gen. U.S.".split(),
        *"former then-Gov. acting Russian Ukraine's the of for a spokeswoman minister".split(),
        *"D-Mass. R-Texas (D-MA) , ; ( ) 45 al-Khatib von President-elect Mr. Jr.".split(),
        *"Acme Corp. region’s ministry's — - . ' \u2019 Ill. and CEO".split(),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=14).map(" ".join))
def test_parsing_word_soup_never_raises_and_keeps_name_offsets(text: str) -> None:
    parsed = parse_mention(text, default_lexicon())
    assert 0 <= parsed.name_start <= parsed.name_end <= len(text)
    assert " ".join(text[parsed.name_start : parsed.name_end].split()) == parsed.name
    assert parsed.title is None or parsed.title.strip() == parsed.title != ""


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_parsing_any_text_never_raises(text: str) -> None:
    parsed = parse_mention(text, default_lexicon())
    assert " ".join(text[parsed.name_start : parsed.name_end].split()) == parsed.name


_CAPITALISED = st.sampled_from(
    "Jane Roe Dean King Smith Jordan Georgia Russian Texas Green Acme Corp Ministry The Of".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CAPITALISED, min_size=1, max_size=4).map(" ".join))
def test_fast_path_for_plain_names_agrees_with_the_full_parse(text: str) -> None:
    from quotekit.titles import _parse_segments, _vocabulary

    vocabulary = _vocabulary(default_lexicon())
    fast, full = parse_mention(text, default_lexicon()), _parse_segments(text, vocabulary)
    assert _fields(fast) == _fields(full)
    assert (fast.name_start, fast.name_end) == (full.name_start, full.name_end)


@pytest.mark.parametrize(
    "text",
    [
        "a-" * 20_000,
        "U." * 20_000,
        "Gov.-" * 10_000,
        "Jane " * 20_000,
        "x'" * 20_000,
        "the governor of " * 5_000,
        ", " * 20_000,
    ],
)
def test_pathological_phrases_parse_in_linear_time(text: str) -> None:
    """The patterns cannot backtrack without bound: 40k characters take well under a second."""
    started = time.process_time()
    parse_mention(text, default_lexicon())
    assert time.process_time() - started < 2.0


def test_parse_is_pure_and_memoised_per_lexicon() -> None:
    lexicon = default_lexicon()
    first = parse_mention("former acting Defense Secretary Hollis Crane", lexicon)
    again = parse_mention("former acting Defense Secretary Hollis Crane", lexicon)
    assert first == again
    assert first.rules, "the rules that fired explain the result"


# --- the tables ------------------------------------------------------------------------------


def test_extending_a_table_changes_a_copy_only() -> None:
    base = default_lexicon()
    assert parse_mention("Grand Vizier Osman Kaya", base).title is None
    extended = base.extended(titles={"Grand Vizier": "Grand Vizier"})
    parsed = parse_mention("Grand Vizier Osman Kaya", extended)
    assert (parsed.name, parsed.title) == ("Osman Kaya", "Grand Vizier")
    assert parse_mention("Grand Vizier Osman Kaya", base).title is None
    assert "grand vizier" not in default_lexicon().titles


@pytest.mark.parametrize(
    ("table", "entries", "text", "field", "expected"),
    [
        (
            "nationalities",
            {"Freedonian": "Freedonia"},
            "Freedonian President Rufus Firefly",
            "affiliation",
            "Freedonia",
        ),
        ("us_states", {"Jeff.": "Jefferson"}, "Sen. Ada Pruitt, D-Jeff.", "region", "Jefferson"),
        ("parties", {"w": "Whig"}, "Sen. Ada Pruitt, W-Ohio", "party", "Whig"),
        (
            "modifiers",
            {"provisional": "provisional"},
            "provisional President Ana Ribeiro",
            "modifiers",
            ("provisional",),
        ),
        (
            "title_qualifiers",
            {"happiness": "Happiness"},
            "Happiness Minister Ana Ribeiro",
            "title",
            "Happiness Minister",
        ),
        ("organisation_words", {"junta": "government"}, "the Justice Junta", "title", None),
    ],
)
def test_every_new_table_extends_through_the_lexicon(
    table: str, entries: dict[str, str], text: str, field: str, expected: object
) -> None:
    lexicon = default_lexicon().extended(**{table: entries})
    assert getattr(parse_mention(text, lexicon), field) == expected


@pytest.mark.parametrize(
    "name",
    [
        "titles.tsv",
        "title_qualifiers.tsv",
        "nationalities.tsv",
        "us_states.tsv",
        "parties.tsv",
        "modifiers.tsv",
        "honorifics.tsv",
        "ambiguous_titles.tsv",
        "organisation_words.tsv",
    ],
)
def test_every_table_entry_says_where_it_comes_from(name: str) -> None:
    rows = list(read_table(name))
    assert rows
    forms = [row[0] for row in rows]
    assert len(forms) == len(set(forms)), f"duplicate forms in {name}"
    for row in rows:
        assert len(row) >= 3, f"{name}: {row} has too few columns"
        assert row[-1], f"{name}: {row} has no source"
        assert row[0] == row[0].lower(), f"{name}: forms are lower-case"


@pytest.mark.parametrize(
    "name",
    [
        "rank_qualifiers.tsv",
        "standing_titles.tsv",
        "occupation_suffixes.tsv",
        "chapter_words.tsv",
    ],
)
def test_every_word_list_entry_says_where_it_comes_from(name: str) -> None:
    rows = list(read_table(name))
    forms = [row[0] for row in rows]
    assert rows
    assert len(forms) == len(set(forms)), f"duplicate forms in {name}"
    for row in rows:
        assert len(row) == 2, f"{name}: {row} is no form and source"
        assert row[-1], f"{name}: {row} has no source"
        assert row[0] == row[0].lower(), f"{name}: forms are lower-case"


def test_word_lists_name_what_the_tables_hold() -> None:
    """A rank is a title qualifier, a title of standing a canonical title of titles.tsv."""
    lexicon = default_lexicon()
    canonical = {title.lower() for title in lexicon.titles.values()}
    assert {row[0] for row in read_table("standing_titles.tsv")} <= canonical
    assert {row[0] for row in read_table("rank_qualifiers.tsv")} <= set(lexicon.title_qualifiers)


def test_tables_are_large_enough() -> None:
    lexicon = default_lexicon()
    assert len(lexicon.titles) >= 400
    countries = set(lexicon.nationalities.values())
    assert len(countries) >= 195  # every UN member and observer, with Taiwan and Kosovo
    states = set(lexicon.us_states.values())
    assert {"Massachusetts", "Texas", "West Virginia", "District of Columbia"} <= states
    assert len(states) >= 51
    assert lexicon.ambiguous_titles["dean"] == "given-name"


def test_title_abbreviations_do_not_end_sentences() -> None:
    abbreviations = default_lexicon().abbreviations
    assert {"lt.", "gen.", "atty.", "sgt.", "msgr."} <= abbreviations


# --- the stage -------------------------------------------------------------------------------

TEXT = (
    "WASHINGTON \u2014 Former acting Defense Secretary Tomas Brandt criticized the plan.\n\n"
    "\u201cWe were never consulted,\u201d Brandt said.\n\n"
    "Sen. Alma Ferreira, D-Mass., the chairwoman of the Senate Armed Services Committee, said "
    "the hearing would go ahead.\n\n"
    "\u201cThis is not over,\u201d Ferreira told reporters.\n\n"
    "Later, the governor of Russia\u2019s Rostov region, Ivan Sorokin, said refugees would "
    "arrive on Friday.\n\n"
    "\u201cWe are ready,\u201d he said.\n\n"
    "The Pentagon said it would review the plan. Texas Gov. Maria Lopez said the state would "
    "help. Ukrainian authorities said nothing.\n\n"
    "Dean Whitlock, a farmer, said he was worried. Professor Ada Brunner said she was not.\n"
)


def _span(text: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Span(start, start + len(text), text)


def _he() -> Span:
    start = TEXT.index("\u201d he said") + 2
    return Span(start, start + 2, "he")


def _quote(text: str, speaker: Speaker, via: Speaker | None = None) -> Quote:
    span = _span(text)
    return Quote(
        text=text, start=span.start, end=span.end, kind=QuoteKind.DIRECT, speaker=speaker, via=via
    )


PERSON = SpeakerKind.PERSON


def _person(name: str, mention: Span, entity: int) -> Speaker:
    return Speaker(name, mention, SpeakerKind.PERSON, entity=entity)


def _document() -> Document:
    tass = Speaker("TASS", _span("Later"), SpeakerKind.ORGANISATION, entity=9)
    ferreira_mention = _span(
        "Sen. Alma Ferreira, D-Mass., the chairwoman of the Senate Armed Services Committee"
    )
    ready = "\u201cWe are ready,\u201d"
    quotes = (
        _quote(
            "\u201cWe were never consulted,\u201d", _person("Tomas Brandt", _span("Brandt", 1), 1)
        ),
        _quote("the hearing would go ahead", _person("Alma Ferreira", ferreira_mention, 2)),
        _quote("\u201cThis is not over,\u201d", _person("Alma Ferreira", _span("Ferreira", 1), 2)),
        _quote("refugees would arrive", _person("Ivan Sorokin", _span("Ivan Sorokin"), 3), tass),
        _quote(ready, _person("Ivan Sorokin", _he(), 3)),
        _quote(
            "it would review the plan",
            Speaker("Pentagon", _span("The Pentagon"), SpeakerKind.ORGANISATION, entity=4),
        ),
        _quote(
            "the state would help", _person("Gov. Maria Lopez", _span("Texas Gov. Maria Lopez"), 5)
        ),
        _quote(
            "nothing",
            Speaker(
                "Ukrainian authorities", _span("Ukrainian authorities"), SpeakerKind.GROUP, entity=6
            ),
        ),
        _quote("he was worried", _person("Dean Whitlock", _span("Dean Whitlock"), 7)),
        # Two people left without an entity id (0) must not share one merged speaker.
        _quote("she was not", _person("Ada Brunner", _span("Professor Ada Brunner"), 0)),
        _quote(ready, _person("Ivan Sorokin", _he(), 0)),
    )
    return Document(text=TEXT, quotes=quotes)


def _run(document: Document, lexicon: Lexicon | None = None) -> Document:
    lexicon = lexicon or default_lexicon()
    context = Context(config=Config(lexicon=lexicon), backend=RulesBackend(lexicon))
    return parse_titles(document, context)


def _speaker(quote: Quote) -> Speaker:
    assert quote.speaker is not None
    return quote.speaker


def test_stage_merges_every_mention_of_an_entity() -> None:
    quotes = _run(_document()).quotes
    brandt, ferreira, ferreira_again, sorokin, sorokin_he = (_speaker(q) for q in quotes[:5])
    # Brandt is quoted only as "Brandt": his title comes from the text before his full name.
    assert (brandt.title, brandt.modifiers) == ("Defense Secretary", ("former", "acting"))
    # Ferreira: the mention at one quote fills both quotes, party tag included.
    for speaker in (ferreira, ferreira_again):
        assert speaker.title == "Senator"
        assert speaker.affiliation == "the Senate Armed Services Committee"
        assert (speaker.party, speaker.region) == ("Democratic", "Massachusetts")
    # Sorokin is "he" at his second quote; the appositive before his name in the text counts.
    for speaker in (sorokin, sorokin_he):
        assert (speaker.title, speaker.affiliation) == ("Governor", "Rostov region, Russia")


def test_stage_cleans_names_and_leaves_organisations_alone() -> None:
    quotes = _run(_document()).quotes
    lopez = _speaker(quotes[6])
    assert (lopez.name, lopez.title, lopez.affiliation, lopez.region) == (
        "Maria Lopez",
        "Governor",
        "Texas",
        "Texas",
    )
    pentagon = _speaker(quotes[5])
    assert (pentagon.name, pentagon.title, pentagon.affiliation) == ("Pentagon", None, None)
    authorities = _speaker(quotes[7])
    assert (authorities.name, authorities.title, authorities.affiliation) == (
        "Ukrainian authorities",
        None,
        "Ukraine",
    )
    assert quotes[3].via is not None
    assert quotes[3].via.title is None
    whitlock = _speaker(quotes[8])
    assert (whitlock.name, whitlock.title) == ("Dean Whitlock", "Farmer")


def test_stage_keeps_entities_without_ids_apart() -> None:
    quotes = _run(_document()).quotes
    brunner, unset_sorokin = _speaker(quotes[9]), _speaker(quotes[10])
    assert (brunner.title, brunner.affiliation) == ("Professor", None)
    assert unset_sorokin.title == "Governor"


def test_stage_never_moves_mentions_or_quotes() -> None:
    before = _document()
    after = _run(before)
    assert len(after.quotes) == len(before.quotes)
    for old, new in zip(before.quotes, after.quotes, strict=True):
        assert (new.text, new.start, new.end, new.kind) == (old.text, old.start, old.end, old.kind)
        assert _speaker(new).mention == _speaker(old).mention
        assert _speaker(new).entity == _speaker(old).entity
        assert TEXT[_speaker(new).mention.start : _speaker(new).mention.end] == (
            _speaker(new).mention.text
        )
    assert after.text == before.text


def test_stage_without_quotes_returns_the_document() -> None:
    document = Document(text="Nothing is quoted here.")
    assert _run(document) is document


def test_stage_runs_in_linear_time() -> None:
    """Four times the text takes at most about four times as long (one index, bounded looks)."""
    one = _document()

    def scaled(copies: int) -> Document:
        text = TEXT * copies
        quotes = []
        for copy in range(copies):
            shift = copy * len(TEXT)
            for quote in one.quotes:
                speaker = _speaker(quote)
                mention = attrs.evolve(
                    speaker.mention,
                    start=speaker.mention.start + shift,
                    end=speaker.mention.end + shift,
                )
                quotes.append(
                    attrs.evolve(
                        quote,
                        start=quote.start + shift,
                        end=quote.end + shift,
                        speaker=attrs.evolve(speaker, mention=mention),
                    )
                )
        return Document(text=text, quotes=tuple(quotes))

    def best_time(document: Document) -> float:
        times = []
        for _ in range(3):
            lexicon = default_lexicon().extended(titles={"x-title": "X"})  # a cold memo each run
            started = time.process_time()
            _run(document, lexicon)
            times.append(time.process_time() - started)
        return min(times)

    small, large = best_time(scaled(20)), best_time(scaled(80))
    assert large < small * 8


# Surnames with possessives, inner marks, accents, a dotted capital I, a Greek final sigma, and
# glued to digits.
_SURNAME_PIECES = [
    *(
        "Roe roe ROE Roe's Roe\u2019s O'Neill O\u2019Neill Neill Smith-Roe Roe-Smith 3Roe _Roe "
        "Ro\u00e9 \u0130nce Ince Roes King \u00e9Roe Roe\u0301 al-Roe - ' . "
        "\u039f\u0394\u039f\u03a3 \u039f\u0394\u039f\u03a3's"
    ).split(),
    " ",
    ", ",
    "\n",
]
_SURNAME_TEXT = st.lists(st.sampled_from(_SURNAME_PIECES), max_size=12).map("".join)


@pytest.mark.parametrize("block", [3, 1 << 16])
@settings(max_examples=500, deadline=None)
@given(
    _SURNAME_TEXT,
    st.sampled_from(
        [
            ["roe"],
            ["roe", "neill"],
            ["o'neill", "king"],
            ["smith-roe", "roe"],
            ["al-roe", "roe"],
            ["\u03bf\u03b4\u03bf\u03c2", "roe\u2019s"],
            ["\u0130nce".lower()],
            ["ince"],
        ]
    ),
)
def test_surname_places_agree_with_the_surname_pattern(
    block: int, text: str, surnames: list[str]
) -> None:
    """The folded search finds every place the per-document trie pattern finds a surname that
    the stage reads (capitalised, its lower-case form a key), and no other, in blocks of any
    size."""
    from quotekit import titles
    from quotekit.titles import _surname_pattern, _surname_places

    people: dict[str, list[tuple[int, str]]] = {surname: [] for surname in surnames}

    def read(places: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
        return [
            (place, word)
            for place, word in places
            if word[:1].isupper() and _without_possessive(word).lower() in people
        ]

    expected = ((m.start(), m.group()) for m in _surname_pattern(people).finditer(text))
    with mock.patch.object(titles, "_FOLDED_BLOCK", block):
        assert read(_surname_places(text, people)) == read(expected)


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word


def test_seed_article_titled_speakers() -> None:
    """The three titled speakers of the article the project started from, with the expected
    mentions of each quote (so the test does not depend on the attribution stage)."""
    if not SEED.is_dir():
        pytest.skip("shared/seed is not beside the repository")
    text = (SEED / "article.txt").read_text(encoding="utf-8")
    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    entities = {name: number for number, name in enumerate(expected["speakers"], start=1)}
    quotes = []
    for item in expected["quotes"]:
        # The mention is the nearest occurrence of its words before the quote (or after it).
        before = text.rfind(item["mention"], 0, item["start"])
        start = before if before != -1 else text.index(item["mention"], item["end"])
        mention = Span(start, start + len(item["mention"]), item["mention"])
        people = ("Vladimir Saldo", "Vasily Golubev", "Marat Khosnolin")
        kind = PERSON if item["speaker"] in people else SpeakerKind.ORGANISATION
        speaker = Speaker(item["speaker"], mention, kind, entity=entities[item["speaker"]])
        quotes.append(
            Quote(
                item["text"], item["start"], item["end"], QuoteKind(item["kind"]), speaker=speaker
            )
        )
    result = _run(Document(text=text, quotes=tuple(quotes)))
    found = {_speaker(q).name: _speaker(q) for q in result.quotes}
    for name in ("Vasily Golubev", "Marat Khosnolin"):
        want = expected["speakers"][name]
        assert (found[name].title, found[name].affiliation) == (want["title"], want["affiliation"])
    # Saldo is the "Russia-appointed leader" of one of his quotes.
    assert (found["Vladimir Saldo"].title, found["Vladimir Saldo"].modifiers) == (
        "Leader",
        ("Russia-appointed",),
    )
    assert found["Ukrainian authorities"].title is None


def test_a_clause_after_a_name_is_no_appositive() -> None:
    """ ", the repairs were estimated": a clause opens after the comma, not a description."""
    text = (
        "According to council documents seen by the Selwyn Echo, the repairs were estimated "
        "at 4.2 million pounds."
    )
    (quote,) = extract_quotes(text)
    speaker = _speaker(quote)
    assert (speaker.title, speaker.affiliation) == (None, None)


def test_a_clause_late_in_an_appositive_keeps_its_description() -> None:
    """A finite verb far into an appositive ("so outspoken he has been") leaves its title."""
    text = (
        "Felix Moreau, a harbour board member so outspoken he has been barred from two "
        'meetings, said the plan was "a disgrace."'
    )
    (quote,) = extract_quotes(text)
    assert (_speaker(quote).name, _speaker(quote).title) == ("Felix Moreau", "Harbour Board Member")


def test_a_lower_case_word_of_the_owner_before_a_name_in_the_text() -> None:
    text = (
        "The harbour authority\u2019s chief executive, Tomasz Wierzbicki, was more measured. "
        "In a statement, he said the authority respected the decision."
    )
    (quote,) = extract_quotes(text)
    speaker = _speaker(quote)
    assert (speaker.name, speaker.affiliation) == ("Tomasz Wierzbicki", "the harbour authority")


def test_a_pronoun_keeps_the_title_modifier_and_party_of_its_person() -> None:
    """ "The outgoing mayor, Liberal Ivo Marsh": both quotes, the later one by "he", are the
    outgoing mayor's, a Liberal."""
    text = 'The outgoing mayor, Liberal Ivo Marsh, conceded defeat. "It was a long night," he said.'
    fields = [(s.name, s.title, s.modifiers, s.party) for s in map(_speaker, extract_quotes(text))]
    assert fields[-1] == ("Ivo Marsh", "Mayor", ("outgoing",), "Liberal")
    assert len(set(fields)) == 1


def test_a_named_owner_owns_the_role() -> None:
    """ "The club's president" and "Halbrook's president": the owner is the affiliation; "its"
    names no owner, and none is made up."""
    for text, owner in [
        ("The club's president, Tova Lind, said the season was over.", "the club"),
        ("Halbrook's president, Tova Lind, said the season was over.", "Halbrook"),
        ("Its president, Tova Lind, said the season was over.", None),
    ]:
        (quote,) = extract_quotes(text)
        speaker = _speaker(quote)
        assert (speaker.name, speaker.title, speaker.affiliation) == (
            "Tova Lind",
            "President",
            owner,
        )


def test_a_plural_possessive_owner_owns_the_role() -> None:
    (quote,) = extract_quotes("Dorwell Rovers' president, Tova Lind, said the season was over.")
    speaker = _speaker(quote)
    assert (speaker.name, speaker.title, speaker.affiliation) == (
        "Tova Lind",
        "President",
        "Dorwell Rovers",
    )


def test_a_relative_with_the_same_surname_keeps_no_title_of_hers() -> None:
    """An obituary: the founder's title is not her son's, though they share a surname."""
    text = (
        "Marguerite Ellingboe, the founder of the Fenwick Street Playhouse, has died at 88. "
        "Her son, Anders Ellingboe, said she had worked until the end."
    )
    (quote,) = extract_quotes(text)
    speaker = _speaker(quote)
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Anders Ellingboe", None, None)


def test_a_name_given_without_its_initial_keeps_the_title() -> None:
    """ "J. Harlan Ostrowski, a retired judge" and a later "Harlan Ostrowski" are one person."""
    text = (
        "J. Harlan Ostrowski, a retired judge, chaired the inquiry. Harlan Ostrowski said the "
        "harbour board had broken no rule."
    )
    (quote,) = extract_quotes(text)
    assert _speaker(quote).title == "Judge"


def test_its_role_belongs_to_the_body_that_spoke_last() -> None:
    """ "Its chief fire officer, NAME": the organisation named as the source just before."""
    text = (
        "Firefighters rescued 63 people by boat, according to the Tollandshire Fire and Rescue "
        "Service. Its chief fire officer, Bronwen Tallis, said crews had worked through the night."
    )
    _, quote = extract_quotes(text)
    speaker = _speaker(quote)
    assert (speaker.name, speaker.title, speaker.affiliation) == (
        "Bronwen Tallis",
        "Chief Fire Officer",
        "Tollandshire Fire and Rescue Service",
    )


# --- the fields a quote's speaker gets, sentence by sentence ----------------------------------

# (text, name, title, affiliation, modifiers, party): invented people and places.
SPEAKER_FIELDS = [
    (
        "Detective Constable Hamid Rafiq, of Brenford CID, said the car was stolen.",
        ("Hamid Rafiq", "Detective Constable", "Brenford CID", (), None),
    ),
    (
        "Detective Inspector Carla Brightwell said the road would stay closed.",
        ("Carla Brightwell", "Detective Inspector", None, (), None),
    ),
    (
        "Detective Chief Inspector Imogen Harte said two men had been arrested.",
        ("Imogen Harte", "Detective Chief Inspector", None, (), None),
    ),
    # An unnamed role keeps the words attribution named it by, and gets its title and body.
    (
        "A spokesperson for Eastvale Police said the inquiry continued.",
        ("spokesperson for Eastvale Police", "Spokesperson", "Eastvale Police", (), None),
    ),
    (
        "A Quarry Lane spokesman said the site would reopen in May.",
        ("Quarry Lane spokesman", "Spokesman", "Quarry Lane", (), None),
    ),
    (
        "A spokeswoman for the ministry said the talks would resume.",
        ("spokeswoman for the ministry", "Spokeswoman", "the ministry", (), None),
    ),
    (
        "A former adviser to the mayor said the plan had been shelved.",
        ("former adviser to the mayor", "Adviser to the mayor", None, ("former",), None),
    ),
    # Occupations before a name, capitalised at the sentence start or after a modifier.
    ("Midwife Tamsin Rowe said the ward was full.", ("Tamsin Rowe", "Midwife", None, (), None)),
    (
        "Former care assistant Yvonne Marsh said the home had closed.",
        ("Yvonne Marsh", "Care Assistant", None, ("former",), None),
    ),
    # A role word before a rank is no organisation.
    (
        "Co-author Professor Tobias Wrenfield said the results were clear.",
        ("Tobias Wrenfield", "Professor", None, (), None),
    ),
    # The kind of body before its name is no part of the name.
    (
        "Lena Ortiz, research director at consultancy Halden Insights, said the market was weak.",
        ("Lena Ortiz", "Research Director", "Halden Insights", (), None),
    ),
    # An owner's name of several words before the role.
    (
        "Greenleaf International's political director, Tom Reyes, said the vote was close.",
        ("Tom Reyes", "Political Director", "Greenleaf International", (), None),
    ),
    (
        (
            "Maple Row Housing Trust's chief executive, Ruth Okonedo, was more cautious. "
            '"We will wait and see," Okonedo said.'
        ),
        ("Ruth Okonedo", "Chief Executive", "Maple Row Housing Trust", (), None),
    ),
    # A party owning a role is the party; where in it the role is belongs to the title.
    (
        "The SNP's Westminster leader, Callum Drysdale, said the vote was close.",
        ("Callum Drysdale", "Westminster Leader", "the SNP", (), "Scottish National Party"),
    ),
    # A rank and an unlisted noun are one title, which outranks the doctor's courtesy title.
    (
        "Its chief forecaster, Dr Ivo Marsh, said the storm would pass.",
        ("Ivo Marsh", "Chief Forecaster", None, (), None),
    ),
    # A lower-case field after "of" is the title's; the body owns the role.
    (
        "The WWO's director of social health, Tova Lind, said the plan would help.",
        ("Tova Lind", "Director of Social Health", "the WWO", (), None),
    ),
    # "own" after an owner is no part of the title.
    (
        "The province's own auditor, Ivo Marsh, said the books were sound.",
        ("Ivo Marsh", "Auditor", "the province", (), None),
    ),
    # A title of standing yields to a role: in the same mention, or where the name stands
    # with its role earlier in the text ("Sir" is no more telling than "Chairman").
    (
        (
            "The council's cabinet member for communities, Cllr Ona Brisk, said the hall "
            "would reopen."
        ),
        ("Ona Brisk", "Cabinet Member for Communities", "the council", (), None),
    ),
    (
        "Halbrook's chairman, Sir Ivo Marsh, will step down. Marsh said the deal was good.",
        ("Ivo Marsh", "Chairman", "Halbrook", (), None),
    ),
    (
        "Sir Ivo Marsh opened the plant on Monday. Marsh, the chairman, said the deal was good.",
        ("Ivo Marsh", "Chairman", None, (), None),
    ),
    # The first of two descriptions, a job at a named body, is the person's title.
    (
        (
            '"The birds are moving," said Ana Brandt, a behavioural ecologist at Tallisford '
            "and the study's lead author."
        ),
        ("Ana Brandt", "Behavioural Ecologist", "Tallisford", (), None),
    ),
    # An occupation no table lists, known by its ending, is the title and no body.
    (
        "Hydrologist Dr Seren Adeyemi of Talloway University said the rivers were rising.",
        ("Seren Adeyemi", "Hydrologist", "Talloway University", (), None),
    ),
]


@pytest.mark.parametrize(("text", "fields"), SPEAKER_FIELDS, ids=lambda v: str(v)[:40])
def test_speaker_fields_in_a_sentence(text: str, fields: tuple[Any, ...]) -> None:
    (quote,) = extract_quotes(text)
    speaker = _speaker(quote)
    got = (speaker.name, speaker.title, speaker.affiliation, speaker.modifiers, speaker.party)
    assert got == fields


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        ("The American Kidney Wellness Council said the study was welcome.", None),
        ("The Russian Defence Ministry said the dam was damaged.", "Russia"),
        ("Ukrainian authorities said the dam was damaged.", "Ukraine"),
    ],
)
def test_a_nationality_in_a_body_s_own_name_is_no_affiliation(
    text: str, affiliation: str | None
) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.affiliation == affiliation
