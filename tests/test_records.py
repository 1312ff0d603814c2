"""The public records: frozen, slotted, grounded, and round-tripping through plain data."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from quotekit import Quote, extract_quotes

ARTICLE = Path(__file__).parents[1] / "examples" / "articles" / "river-flood.txt"


@pytest.fixture(scope="module")
def quotes() -> list[Quote]:
    return extract_quotes(ARTICLE.read_text(encoding="utf-8"))


def test_records_are_frozen_and_slotted(quotes: list[Quote]) -> None:
    quote = quotes[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.text = "changed"  # type: ignore[misc]
    assert not hasattr(quote, "__dict__")


def test_every_span_is_grounded(quotes: list[Quote]) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    assert quotes
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        spans = [quote.cue] + [s.mention for s in (quote.speaker, quote.via) if s is not None]
        for span in spans:
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_quotes_in_document_order(quotes: list[Quote]) -> None:
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def test_json_round_trip_is_lossless(quotes: list[Quote]) -> None:
    for quote in quotes:
        data = json.loads(json.dumps(quote.to_dict()))
        assert Quote.from_dict(data) == quote


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="str"):
        extract_quotes(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        extract_quotes(None)  # type: ignore[arg-type]


def test_empty_text_gives_empty_list() -> None:
    assert extract_quotes("") == []
    assert extract_quotes("   \n\n ") == []
