"""Properties that hold for every ``str``: no exception, grounded spans inside the text, document
order, determinism; and a ``TypeError`` naming ``str`` for anything else.

The strategies (``tests/strategies.py``) make news-like text full of quote marks, abbreviations,
names, cues and line breaks, and arbitrary Unicode with lone surrogates and NUL.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotekit import Config, Quote, QuoteExtractor, Span, extract_quotes
from tests.strategies import hostile_unicode, news_texts, texts, token_soups

# Enough examples to find what the strategies can reach, few enough to keep the suite quick.
# Derandomized: the suite explores the same inputs on every run, so it passes or fails with the
# code, not with luck; exploring at scale, with a seed to vary, is benchmarks/fuzz.py's job.
SETTINGS = settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)

EXTRACTORS = (
    QuoteExtractor(),
    QuoteExtractor(Config(include_indirect=False)),
    QuoteExtractor(Config(include_thought=False, min_confidence=0.5)),
)


def spans_of(quote: Quote) -> Iterator[tuple[str, Span]]:
    """Every span a quote holds, named for the assertion message."""
    yield "quote", Span(quote.start, quote.end, quote.text)
    if quote.cue is not None:
        yield "cue", quote.cue
    if quote.speaker is not None:
        yield "speaker.mention", quote.speaker.mention
    if quote.via is not None:
        yield "via.mention", quote.via.mention


def check_quotes(text: str, quotes: list[Quote]) -> None:
    """The guarantees every result keeps, whatever the input."""
    assert isinstance(quotes, list)
    for quote in quotes:
        assert isinstance(quote, Quote)
        for name, span in spans_of(quote):
            assert 0 <= span.start <= span.end <= len(text), (name, span)
            assert text[span.start : span.end] == span.text, (name, span)
        assert quote.start < quote.end, quote  # a quote is never empty
        assert 0.0 <= quote.confidence <= 1.0
        assert min(quote.sentence, quote.paragraph, quote.statement) >= 0
    starts = [(quote.start, quote.end) for quote in quotes]
    assert starts == sorted(starts), "quotes out of document order"
    assert len(set(starts)) == len(starts), "two records of one span"


@SETTINGS
@given(text=texts(), which=st.integers(0, len(EXTRACTORS) - 1))
@example(text="", which=0)
@example(text='"', which=0)
@example(text='\ud800"We will win," \udfff Jane Roe said.\x00', which=0)
@example(text="He said, according to (AP)", which=0)  # a dateline's "(AP)" ending the text
def test_any_text_gives_grounded_quotes_in_order(text: str, which: int) -> None:
    check_quotes(text, EXTRACTORS[which].extract(text))


@SETTINGS
@given(text=news_texts())
def test_news_like_text(text: str) -> None:
    check_quotes(text, extract_quotes(text))


@SETTINGS
@given(text=token_soups())
def test_token_soup(text: str) -> None:
    check_quotes(text, extract_quotes(text))


@SETTINGS
@given(text=hostile_unicode())
def test_hostile_unicode(text: str) -> None:
    check_quotes(text, extract_quotes(text))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=texts())
def test_same_input_same_output(text: str) -> None:
    first = extract_quotes(text)
    assert extract_quotes(text) == first
    assert QuoteExtractor().extract(text) == first  # a fresh extractor agrees with the cached one


@settings(max_examples=100, deadline=None, derandomize=True)
@given(text=news_texts(), prefix=st.sampled_from(("", "\n", "\n\n", "   ")))
def test_leading_blank_lines_shift_offsets_only(text: str, prefix: str) -> None:
    """White space before the first paragraph changes no quote, only its offsets."""
    plain = [(q.text, q.kind) for q in extract_quotes(text)]
    assert [(q.text, q.kind) for q in extract_quotes(prefix + text)] == plain


@settings(max_examples=100, deadline=None, derandomize=True)
@given(text=texts())
def test_records_round_trip_through_plain_data(text: str) -> None:
    for quote in extract_quotes(text):
        assert Quote.from_dict(quote.to_dict()) == quote


WRONG_TYPES = (
    b'"We will win," Jane Roe said.',
    bytearray(b"text"),
    None,
    0,
    1.5,
    ["a", "list"],
    memoryview(b"text"),
)


@pytest.mark.parametrize("value", WRONG_TYPES, ids=lambda value: type(value).__name__)
def test_wrong_types_raise_type_error_naming_str(value: object) -> None:
    with pytest.raises(TypeError, match=r"\bstr\b") as raised:
        extract_quotes(value)  # type: ignore[arg-type]
    assert type(value).__name__ in str(raised.value)
    with pytest.raises(TypeError, match=r"\bstr\b"):
        QuoteExtractor().extract(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"\bstr\b"):
        QuoteExtractor().run(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"\bstr\b"):
        list(QuoteExtractor().extract_many([value]))  # type: ignore[list-item]


def test_a_str_subclass_is_a_str() -> None:
    class Article(str):
        __slots__ = ()

    text = Article('"We will win," Jane Roe said.')
    quotes = extract_quotes(text)
    check_quotes(text, quotes)
    assert quotes == extract_quotes(str(text))


def test_other_arguments_of_the_wrong_type_raise_type_error() -> None:
    with pytest.raises(TypeError, match="backend must be str, not list"):
        extract_quotes("text", backend=["rules"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="iterable of str, not one str"):
        QuoteExtractor().extract_many("one text, not a list of texts")
    with pytest.raises(TypeError, match=r"config must be a quotekit\.Config, not str"):
        QuoteExtractor("rules")  # type: ignore[arg-type]
