"""Stage 4: titles (work in progress; a pass-through until the parser lands)."""

from __future__ import annotations

from quotekit._document import Context, Document

__all__ = ["parse_titles"]


def parse_titles(document: Document, context: Context) -> Document:
    """Return the document unchanged (placeholder)."""
    del context
    return document
