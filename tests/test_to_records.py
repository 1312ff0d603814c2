"""``to_records``: flat rows of plain values, one per quote, the same columns for every row."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from quotekit import Quote, QuoteKind, Span, Speaker, SpeakerKind, extract_quotes, to_records
from quotekit._records import record_columns

FLOOD = (Path(__file__).parents[1] / "examples" / "articles" / "river-flood.txt").read_text(
    encoding="utf-8"
)


@pytest.fixture(scope="module")
def quotes() -> list[Quote]:
    return extract_quotes(FLOOD)


def test_one_flat_row_per_quote_with_every_column(quotes: list[Quote]) -> None:
    rows = to_records(quotes)
    assert len(rows) == len(quotes)
    for row in rows:
        assert tuple(row) == record_columns()
        plain = (str, int, float, bool)
        assert all(value is None or type(value) in plain for value in row.values())
    json.dumps(rows)  # plain data all the way down


def test_columns_follow_the_record_fields() -> None:
    columns = record_columns()
    for field in attrs.fields(Speaker):
        if field.name != "mention":
            assert f"speaker_{field.name}" in columns
            assert f"via_{field.name}" in columns
    for name in ("speaker_mention", "speaker_mention_start", "cue", "cue_start", "cue_end"):
        assert name in columns
    assert columns[:4] == ("text", "start", "end", "kind")


def test_values_match_the_record(quotes: list[Quote]) -> None:
    for quote, row in zip(quotes, to_records(quotes), strict=True):
        assert (row["text"], row["start"], row["end"]) == (quote.text, quote.start, quote.end)
        assert row["kind"] == quote.kind.value
        assert row["confidence"] == quote.confidence
        if quote.speaker is not None:
            assert row["speaker_name"] == quote.speaker.name
            assert row["speaker_kind"] == quote.speaker.kind.value
            assert row["speaker_mention"] == quote.speaker.mention.text
        if quote.cue is not None:
            assert FLOOD[row["cue_start"] : row["cue_end"]] == row["cue"]  # type: ignore[misc]


def test_missing_speaker_and_cue_give_none_columns() -> None:
    quote = Quote(text="“Yes.”", start=0, end=6, kind=QuoteKind.DIRECT)
    (row,) = to_records([quote])
    assert tuple(row) == record_columns()
    assert row["speaker_name"] is None
    assert row["via_mention_start"] is None
    assert row["cue"] is None
    assert row["cue_class"] is None


def test_modifiers_are_joined() -> None:
    speaker = Speaker(
        "Jane Roe",
        Span(0, 8, "Jane Roe"),
        SpeakerKind.PERSON,
        title="Minister",
        modifiers=("former", "acting"),
    )
    quote = Quote(text="x", start=0, end=1, kind=QuoteKind.INDIRECT, speaker=speaker)
    (row,) = to_records([quote])
    assert row["speaker_modifiers"] == "former; acting"
    assert row["speaker_title"] == "Minister"


def test_nothing_gives_no_rows() -> None:
    assert to_records([]) == []


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="Quote"):
        to_records(["a quote"])  # type: ignore[list-item]


def test_rows_make_a_dataframe(quotes: list[Quote]) -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is not installed")
    frame = pandas.DataFrame(to_records(quotes))
    assert list(frame.columns) == list(record_columns())
    assert len(frame) == len(quotes)
