"""``extract_quotes``: the one-call way in, over a cached default extractor."""

from __future__ import annotations

import functools

from quotekit._config import Config
from quotekit._types import Quote
from quotekit.backends import BACKENDS
from quotekit.extractor import QuoteExtractor

__all__ = ["extract_quotes"]


@functools.cache
def _extractor(backend: str) -> QuoteExtractor:
    return QuoteExtractor(Config(backend=backend))


def extract_quotes(text: str, *, backend: str = "rules") -> list[Quote]:
    """Find the quotes of ``text`` and who said them, in document order.

    Args:
        text: the article, as one string (paragraphs separated by line breaks).
        backend: ``"rules"`` (default, offline) or ``"stanza"`` (needs its models).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not isinstance(backend, str):
        raise TypeError(f"backend must be str, not {type(backend).__name__}")
    if backend not in BACKENDS:  # raise the ConfigError without caching an extractor per name
        return QuoteExtractor(Config(backend=backend)).extract(text)
    return _extractor(backend).extract(text)
