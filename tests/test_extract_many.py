"""Batches: ``extract_many`` in worker processes keeps the input order, and records pickle."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from quotekit import (
    Config,
    CueClass,
    Quote,
    QuoteExtractor,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
    Stages,
    default_lexicon,
)

FLOOD = (Path(__file__).parents[1] / "examples" / "articles" / "river-flood.txt").read_text(
    encoding="utf-8"
)
TEXTS = [FLOOD, "", '"We are ready," Jane Roe said.', "No quotes here.", FLOOD[:500]] * 3


def test_records_pickle_unchanged() -> None:
    quotes = QuoteExtractor().extract(FLOOD)
    assert quotes
    assert pickle.loads(pickle.dumps(quotes)) == quotes
    quote = Quote(
        text="“Yes,”",
        start=0,
        end=6,
        kind=QuoteKind.MIXED,
        cue=Span(7, 11, "said"),
        speaker=Speaker("Jane Roe", Span(12, 20, "Jane Roe"), SpeakerKind.PERSON, "Senator"),
        via=Speaker("Northwind", Span(30, 39, "Northwind"), SpeakerKind.ORGANISATION),
        cue_class=CueClass.WRITING,
    )
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(quote, protocol=protocol)) == quote


def test_jobs_give_the_serial_results_in_input_order() -> None:
    extractor = QuoteExtractor()
    serial = list(extractor.extract_many(TEXTS))
    assert list(extractor.extract_many(iter(TEXTS), jobs=2)) == serial
    assert list(extractor.extract_many(TEXTS, jobs=0)) == serial


def test_jobs_carry_the_config_to_the_workers() -> None:
    lexicon = default_lexicon().extended(cues={"quipped": CueClass.SPEECH})
    extractor = QuoteExtractor(Config(lexicon=lexicon, include_indirect=False))
    texts = ['"Not today," Jane Roe quipped. Officials said the plan was final.'] * 3
    serial = list(extractor.extract_many(texts))
    assert serial[0]
    assert all(quote.kind is not QuoteKind.INDIRECT for quote in serial[0])
    assert list(extractor.extract_many(texts, jobs=2)) == serial


def test_no_texts_start_no_pool() -> None:
    assert list(QuoteExtractor().extract_many([], jobs=2)) == []


@pytest.mark.parametrize("jobs", [-1, -8])
def test_negative_jobs_is_a_value_error(jobs: int) -> None:
    with pytest.raises(ValueError, match="jobs"):
        QuoteExtractor().extract_many(TEXTS, jobs=jobs)


def test_jobs_must_be_int() -> None:
    with pytest.raises(TypeError, match="jobs"):
        QuoteExtractor().extract_many(TEXTS, jobs=2.0)  # type: ignore[arg-type]


def test_unpicklable_stage_fails_before_work_with_a_clear_message() -> None:
    extractor = QuoteExtractor(Config(stages=Stages(titles=lambda document, context: document)))
    with pytest.raises(TypeError, match="module-level functions"):
        extractor.extract_many(TEXTS, jobs=2)
