"""Stage 1: paragraphs and sentences with offsets."""

from __future__ import annotations

from quotekit import default_lexicon
from quotekit.backends.rules import RulesBackend
from quotekit.mentions import find_mentions
from quotekit.sentences import split_paragraphs, split_sentences


def _sentences(text: str) -> list[str]:
    found = RulesBackend(default_lexicon()).analyse(text).sentences
    return [text[s.start : s.end] for s in found]


def _paragraphs(text: str) -> list[str]:
    return [text[p.start : p.end] for p in split_paragraphs(text)]


def test_paragraphs_split_on_blank_and_single_newlines() -> None:
    text = "First paragraph.\n\n  Second one.\nThird one.\r\n\r\nFourth."
    assert _paragraphs(text) == [
        "First paragraph.",
        "Second one.",
        "Third one.",
        "Fourth.",
    ]


def test_paragraphs_are_stripped_of_invisible_format_characters() -> None:
    # a direction mark (U+202A) or a byte-order mark hides nothing: the quote mark after it
    # opens the paragraph
    text = "Replies came in.\n\n\u202a\u201dNot today,\u201d wrote Ana Ruiz.\ufeff\n"
    assert _paragraphs(text) == [
        "Replies came in.",
        "\u201dNot today,\u201d wrote Ana Ruiz.",
    ]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "Sen. Jane Roe met Gov. Ali Demir in the U.S. capital. John F. Kennedy was cited."
    assert _sentences(text) == [
        "Sen. Jane Roe met Gov. Ali Demir in the U.S. capital.",
        "John F. Kennedy was cited.",
    ]


def test_decimals_and_ellipses() -> None:
    text = "Prices rose 3.5 percent... The bank was surprised. Growth was 1.2."
    assert _sentences(text) == [
        "Prices rose 3.5 percent...",
        "The bank was surprised.",
        "Growth was 1.2.",
    ]


def test_sentence_ends_inside_quotes() -> None:
    text = '"We will win." He left. "Will we?" she asked. "No," he said.'
    assert _sentences(text) == [
        '"We will win."',
        "He left.",
        '"Will we?" she asked.',
        '"No," he said.',
    ]


def test_sentence_ends_inside_marks_of_every_style() -> None:
    text = (
        "\u2039Wir bauen neu.\u203a Er ging. \u201eDas ist klar.\u201c Sie nickte. "
        "\u00abNon.\u00bb Fini."
    )
    assert _sentences(text) == [
        "\u2039Wir bauen neu.\u203a",
        "Er ging.",
        "\u201eDas ist klar.\u201c",
        "Sie nickte.",
        "\u00abNon.\u00bb",
        "Fini.",
    ]


def test_a_quote_after_an_initial_or_an_acronym_opens_a_sentence() -> None:
    text = (
        '"Heartbroken," one fan wrote on X. "So sad," another wrote. The vote ended at 9 p.m. '
        '"The plan is dead," she said. John F. Kennedy was cited.'
    )
    assert _sentences(text) == [
        '"Heartbroken," one fan wrote on X.',
        '"So sad," another wrote.',
        "The vote ended at 9 p.m.",
        '"The plan is dead," she said.',
        "John F. Kennedy was cited.",
    ]


def test_offsets_are_grounded_and_paragraph_indexed() -> None:
    text = "One here. Two there.\n\nThree.\n"
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(text, paragraphs, default_lexicon().abbreviations)
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in sentences)


def test_acronym_then_sentence_starter_ends_sentence() -> None:
    text = "The aid came from the U.S. The ministry thanked Washington."
    assert _sentences(text) == ["The aid came from the U.S.", "The ministry thanked Washington."]


def test_a_name_ending_a_sentence_does_not_run_into_the_next() -> None:
    text = (
        "The crowd cheered for Councillor Marek Haddad. Reiner said the levy was fair.\n\n"
        "Sen. Ines Moreau praised John F. Kennedy Jr. High School."
    )
    mentions = find_mentions(text, split_paragraphs(text), default_lexicon())
    found = [text[m.start : m.end] for m in mentions]
    assert "Marek Haddad" in " ".join(found)
    assert "Reiner" in found
    assert not any("Haddad. Reiner" in name for name in found)
    assert any("John F. Kennedy Jr." in name for name in found)


def test_a_clock_time_ends_a_sentence_unless_the_time_goes_on() -> None:
    text = (
        "The call came in at 3 p.m. Neighbors were asleep. Polls close at 9 p.m. ET Tuesday. "
        "The blaze began at 2 a.m. Monday."
    )
    assert _sentences(text) == [
        "The call came in at 3 p.m.",
        "Neighbors were asleep.",
        "Polls close at 9 p.m. ET Tuesday.",
        "The blaze began at 2 a.m. Monday.",
    ]


def test_a_state_after_a_place_ends_a_sentence_before_a_capital() -> None:
    text = (
        "The fire reached Paradise, Calif. Residents fled overnight. Crews from Reno, Nev., "
        "arrived at dawn. Lt. Gov. Ada Penn of Calif. Fire Watch spoke later."
    )
    assert _sentences(text) == [
        "The fire reached Paradise, Calif.",
        "Residents fled overnight.",
        "Crews from Reno, Nev., arrived at dawn.",
        "Lt. Gov. Ada Penn of Calif. Fire Watch spoke later.",
    ]


def test_a_state_before_a_title_or_a_weekday_goes_on_with_its_sentence() -> None:
    text = (
        "Worcester, Mass. Police Chief Ana Ruiz spoke. A mall in Fresno, Calif. Tuesday was shut."
    )
    assert _sentences(text) == [
        "Worcester, Mass. Police Chief Ana Ruiz spoke.",
        "A mall in Fresno, Calif. Tuesday was shut.",
    ]
