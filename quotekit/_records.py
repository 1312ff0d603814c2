"""``to_records``: quotes as flat rows of plain values, for tables (pandas, CSV, spreadsheets).

The nested records are the contract for programs; analysts want one row per quote with scalar
columns. The columns follow the records' own fields, so a field added to ``Quote`` or ``Speaker``
appears here without an edit: a ``Span`` field ``cue`` becomes ``cue``, ``cue_start``,
``cue_end``; a ``Speaker`` field ``speaker`` becomes ``speaker_name``, ``speaker_mention``,
``speaker_mention_start``, ... ``speaker_region``; enums become their string values and tuples
are joined with ``"; "``. Every row has every column (``None`` where a quote has no speaker), so
the shape never depends on what was found.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Iterable, Iterator

import attrs

from quotekit._types import Quote, Span, Speaker

__all__ = ["MODIFIER_SEPARATOR", "record_columns", "to_records"]

MODIFIER_SEPARATOR = "; "

Scalar: typing.TypeAlias = str | int | float | bool | None


@functools.cache
def _nested_types(cls: type) -> dict[str, type | None]:
    """For each field of ``cls``: ``Span`` or ``Speaker`` when it holds one, else ``None``."""
    hints = typing.get_type_hints(cls)
    nested: dict[str, type | None] = {}
    for field in attrs.fields(cls):
        hint = hints[field.name]
        options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        nested[field.name] = next((t for t in options if t in (Span, Speaker)), None)
    return nested


def _plain(value: object) -> Scalar:
    if isinstance(value, enum.Enum):
        return typing.cast("Scalar", value.value)
    if isinstance(value, tuple):
        return MODIFIER_SEPARATOR.join(str(item) for item in value)
    return typing.cast("Scalar", value)


def _flatten(cls: type, record: object | None, prefix: str) -> Iterator[tuple[str, Scalar]]:
    for name, nested in _nested_types(cls).items():
        value = getattr(record, name) if record is not None else None
        column = prefix + name
        if nested is Span:
            span = typing.cast("Span | None", value)
            yield column, span.text if span else None
            yield f"{column}_start", span.start if span else None
            yield f"{column}_end", span.end if span else None
        elif nested is Speaker:
            yield from _flatten(Speaker, value, f"{column}_")
        else:
            yield column, _plain(value)


@functools.cache
def record_columns() -> tuple[str, ...]:
    """The column names ``to_records`` gives every row, in order."""
    return tuple(name for name, _ in _flatten(Quote, None, ""))


def to_records(quotes: Iterable[Quote]) -> list[dict[str, Scalar]]:
    """One flat dict of plain values per quote, ready for ``pandas.DataFrame(rows)`` or CSV.

    Args:
        quotes: what ``extract_quotes`` or ``QuoteExtractor.extract`` returned.

    Rows of several documents go in one table by adding a column of your own:
    ``[{"document": name, **row} for row in to_records(quotes)]``.
    """
    rows = []
    for quote in quotes:
        if not isinstance(quote, Quote):
            raise TypeError(f"to_records takes Quote records, not {type(quote).__name__}")
        rows.append(dict(_flatten(Quote, quote, "")))
    return rows
