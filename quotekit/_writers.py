"""The command line's output formats: ``table`` for people; ``json``, ``jsonl``, ``csv`` for tools.

Each writer gets the documents one at a time, in input order, and writes as it goes, so a long
run streams. The machine formats carry the document's path (or JSONL id) in a ``document`` field:

- ``jsonl``: one quote a line, ``{"document": ..., **quote.to_dict()}``; ``Quote.from_dict``
  reads a line back (the extra key is ignored). A document without quotes writes nothing.
- ``json``: one array of ``{"document": ..., "quotes": [quote.to_dict(), ...]}``, every document
  listed, also those without quotes.
- ``csv``: a header, then one row a quote: ``document`` and the columns of ``to_records``.
"""

from __future__ import annotations

import csv
import json
import shutil
import textwrap
from typing import TYPE_CHECKING, Protocol, TextIO

from quotekit._records import record_columns, to_records

if TYPE_CHECKING:
    from quotekit._inputs import DocumentId
    from quotekit._types import Quote, Speaker

__all__ = ["FORMATS", "Writer", "make_writer"]

FORMATS = ("table", "json", "jsonl", "csv")


class Writer(Protocol):
    """Writes the quotes of each document as it comes, then finishes the output."""

    def write(self, document: DocumentId, quotes: list[Quote]) -> None: ...

    def close(self) -> None: ...


def _describe(speaker: Speaker) -> str:
    parts = [speaker.name]
    title = " ".join((*speaker.modifiers, speaker.title)) if speaker.title else None
    parts += [part for part in (title, speaker.affiliation) if part]
    return ", ".join(parts)


class TableWriter:
    """A readable listing: who, by which cue, what kind and how sure, then the words."""

    def __init__(self, stream: TextIO, width: int | None = None) -> None:
        self.stream = stream
        self.width = width or min(shutil.get_terminal_size((100, 24)).columns, 100)
        self.count = 0

    def write(self, document: DocumentId, quotes: list[Quote]) -> None:
        noun = "quote" if len(quotes) == 1 else "quotes"
        width = max(self.width, 40)
        lines = [""] if self.count else []  # a blank line between documents
        lines.append(f"{document}: {len(quotes) or 'no'} {noun}")
        self.count += 1
        for number, quote in enumerate(quotes, 1):
            who = _describe(quote.speaker) if quote.speaker else "(speaker not found)"
            if quote.via:
                who += f", via {_describe(quote.via)}"
            cue = f" [{quote.cue.text}]" if quote.cue else ""
            heading = f"{who}{cue}  {quote.kind.value}, confidence {quote.confidence:.2f}"
            lines += textwrap.wrap(
                heading, width, initial_indent=f"{number:4d}. ", subsequent_indent="      "
            )
            lines += textwrap.wrap(
                " ".join(quote.text.split()),
                width,
                initial_indent="      ",
                subsequent_indent="      ",
            )
        self.stream.write("\n".join(lines) + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class JsonlWriter:
    """One quote a line, with its document: the format for pipelines and large runs."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, document: DocumentId, quotes: list[Quote]) -> None:
        for quote in quotes:
            line = json.dumps({"document": document, **quote.to_dict()}, ensure_ascii=False)
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class JsonWriter:
    """One JSON array of documents; valid JSON once ``close`` has run, written as it goes."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0

    def write(self, document: DocumentId, quotes: list[Quote]) -> None:
        entry = {"document": document, "quotes": [quote.to_dict() for quote in quotes]}
        body = textwrap.indent(json.dumps(entry, ensure_ascii=False, indent=2), "  ")
        self.stream.write(("[\n" if not self.count else ",\n") + body)
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n]\n" if self.count else "[]\n")
        self.stream.flush()


class CsvWriter:
    """A header and one row a quote, for spreadsheets: the columns of ``to_records``."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.columns = ("document", *record_columns())
        self.writer = csv.DictWriter(stream, fieldnames=self.columns, lineterminator="\n")
        self.writer.writeheader()

    def write(self, document: DocumentId, quotes: list[Quote]) -> None:
        self.writer.writerows({"document": document, **row} for row in to_records(quotes))
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


def make_writer(name: str, stream: TextIO) -> Writer:
    """The writer of format ``name`` (one of ``FORMATS``) on ``stream``."""
    writers: dict[str, type[TableWriter | JsonWriter | JsonlWriter | CsvWriter]] = {
        "table": TableWriter,
        "json": JsonWriter,
        "jsonl": JsonlWriter,
        "csv": CsvWriter,
    }
    return writers[name](stream)
