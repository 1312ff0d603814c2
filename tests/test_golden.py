"""Golden cases: whole sentences in, the expected quotes and speakers out."""

from __future__ import annotations

from typing import Any

import pytest

from quotekit import Quote, extract_quotes
from tests.conftest import read_golden


def _check(case: dict[str, Any], quotes: list[Quote]) -> None:
    expected = case["quotes"]
    assert [q.text for q in quotes] == [e["text"] for e in expected]
    for want, quote in zip(expected, quotes, strict=True):
        assert quote.kind.value == want["kind"]
        if "speaker" in want and want["speaker"] is None:
            assert quote.speaker is None  # a source left unnamed
        elif "speaker" in want:
            assert quote.speaker is not None
            assert quote.speaker.name == want["speaker"]
        if "mention" in want:
            assert quote.speaker is not None
            assert quote.speaker.mention.text == want["mention"]
        if "cue" in want and want["cue"] is None:
            assert quote.cue is None  # a quote that goes on from another, with no cue of its own
        elif "cue" in want:
            assert quote.cue is not None
            assert quote.cue.text == want["cue"]
        if "cue_class" in want:
            assert quote.cue_class is not None
            assert quote.cue_class.value == want["cue_class"]
        if "speaker_kind" in want:
            assert quote.speaker is not None
            assert quote.speaker.kind.value == want["speaker_kind"]
        if "title" in want:
            assert quote.speaker is not None
            assert quote.speaker.title == want["title"]
        if "via" in want:
            assert quote.via is not None
            assert quote.via.name == want["via"]
        assert quote.negated == want.get("negated", False)
    for index in range(1, len(quotes)):
        if expected[index].get("same_statement_as_previous"):
            assert quotes[index].statement == quotes[index - 1].statement


@pytest.mark.parametrize("case", read_golden("quotes.jsonl"), ids=lambda case: case["label"])
def test_golden_quotes(case: dict[str, Any]) -> None:
    _check(case, extract_quotes(case["input"]))


@pytest.mark.parametrize("case", read_golden("negative.jsonl"), ids=lambda case: case["label"])
def test_negative_cases_find_nothing(case: dict[str, Any]) -> None:
    assert extract_quotes(case["input"]) == []


@pytest.mark.parametrize(
    "case", read_golden("known_failures.jsonl"), ids=lambda case: case["label"]
)
def test_known_failures(case: dict[str, Any], request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=case["reason"]))
    _check(case, extract_quotes(case["input"]))
