"""Reading the command line's inputs: text files, JSONL files and standard input, as UTF-8.

An input that cannot be read becomes a ``ReadError`` naming the file (and line, for JSONL) and
the byte offset of undecodable input; the other inputs are unaffected. Files are read as raw
UTF-8 without newline translation, so quote offsets index the text that
``Path(path).read_bytes().decode("utf-8")`` returns. JSONL files are read a line at a time:
a large one never sits in memory whole.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import PurePath
from typing import BinaryIO

import attrs

__all__ = [
    "STDIN",
    "DocumentId",
    "InputDocument",
    "ReadError",
    "input_size",
    "read_inputs",
]

STDIN = "-"
STDIN_NAME = "<stdin>"
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})

DocumentId = str | int


@attrs.frozen
class InputDocument:
    """One text to extract from: ``id`` is its path, or its JSONL id field, or ``path:line``."""

    id: DocumentId
    text: str
    size: int  # bytes of input it covers, for progress


@attrs.frozen
class ReadError:
    """An input that could not be read, with a message of one line (without the program name)."""

    message: str
    size: int = 0


def _undecodable(where: str, error: UnicodeDecodeError, base: int = 0) -> str:
    byte = error.object[error.start : error.start + 1].hex()
    return f"{where}: not UTF-8: cannot decode byte 0x{byte} at byte offset {base + error.start}"


def _os_error(path: str, error: OSError) -> str:
    if isinstance(error, IsADirectoryError):
        return f"{path}: is a directory (name its files, e.g. {path.rstrip('/')}/*.txt)"
    return f"{path}: cannot read: {error.strerror or error}"


def is_jsonl(path: str, input_format: str) -> bool:
    """Whether ``path`` is read as JSONL: by ``--input-format``, else by its suffix."""
    if input_format != "auto":
        return input_format == "jsonl"
    return path != STDIN and PurePath(path).suffix.lower() in JSONL_SUFFIXES


def input_size(paths: Iterable[str]) -> int | None:
    """Bytes of all inputs, or ``None`` when one of them (standard input, a pipe) has no size."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        try:
            info = os.stat(path)
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode):
            continue  # reported as an error, and read as nothing
        if not stat.S_ISREG(info.st_mode):
            return None  # a pipe or a device: its size is not known beforehand
        total += info.st_size
    return total


def _read_text(name: str, handle: BinaryIO) -> InputDocument | ReadError:
    raw = handle.read()
    try:
        return InputDocument(id=name, text=raw.decode("utf-8"), size=len(raw))
    except UnicodeDecodeError as error:
        return ReadError(_undecodable(name, error), size=len(raw))


def _read_jsonl(
    name: str, handle: BinaryIO, text_field: str, id_field: str
) -> Iterator[InputDocument | ReadError]:
    offset = 0
    for number, raw in enumerate(handle, 1):
        where = f"{name}:{number}"
        size = len(raw)
        base, offset = offset, offset + size
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield ReadError(_undecodable(where, error, base), size)
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadError(f"{where}: not JSON: {error.msg} at column {error.colno}", size)
            continue
        if not isinstance(record, dict):
            yield ReadError(f"{where}: expected a JSON object, got {type(record).__name__}", size)
            continue
        text = record.get(text_field)
        if not isinstance(text, str):
            problem = "no" if text is None else "a non-string"
            yield ReadError(
                f"{where}: {problem} {text_field!r} field (choose the field with --text-field)",
                size,
            )
            continue
        identifier = record.get(id_field)
        if isinstance(identifier, bool) or not isinstance(identifier, str | int):
            identifier = where if identifier is None else str(identifier)
        yield InputDocument(id=identifier, text=text, size=size)


def read_inputs(
    paths: Iterable[str],
    *,
    stdin: BinaryIO,
    input_format: str = "auto",
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[InputDocument | ReadError]:
    """Each document of each input in order, or a ``ReadError`` where one cannot be read."""
    for path in paths:
        name = STDIN_NAME if path == STDIN else path
        jsonl = is_jsonl(path, input_format)
        if path == STDIN:
            if jsonl:
                yield from _read_jsonl(name, stdin, text_field, id_field)
            else:
                yield _read_text(name, stdin)
            continue
        try:
            with open(path, "rb") as handle:
                if jsonl:
                    yield from _read_jsonl(name, handle, text_field, id_field)
                else:
                    yield _read_text(name, handle)
        except OSError as error:
            yield ReadError(_os_error(path, error))
