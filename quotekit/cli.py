"""The ``quotekit`` command: ``quotekit extract FILE...`` prints the quotes of each file.

Exit codes: 0 done, 1 an input could not be read, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from quotekit._config import Config
from quotekit._types import Quote
from quotekit.extractor import QuoteExtractor

__all__ = ["main"]


def _format_table(path: str, quotes: list[Quote]) -> str:
    lines = [f"{path}: {len(quotes)} quotes"]
    for number, quote in enumerate(quotes, 1):
        speaker = quote.speaker
        who = speaker.name if speaker else "(unknown)"
        if speaker and speaker.title:
            who += f" ({speaker.title}{', ' + speaker.affiliation if speaker.affiliation else ''})"
        cue = f" [{quote.cue.text}]" if quote.cue else ""
        lines.append(f"{number:3d}. {who}{cue}, {quote.kind.value}, confidence {quote.confidence:.2f}")
        lines.append(f"     {quote.text}")
    return "\n".join(lines)


def _extract(args: argparse.Namespace) -> int:
    extractor = QuoteExtractor(Config(backend=args.backend))
    status = 0
    for path in args.files:
        try:
            if path == "-":
                text = sys.stdin.read()
            else:
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
        except (OSError, UnicodeDecodeError) as error:
            print(f"quotekit: {path}: {error}", file=sys.stderr)
            status = 1
            continue
        quotes = extractor.extract(text)
        if args.format == "json":
            print(json.dumps({"path": path, "quotes": [q.to_dict() for q in quotes]}, ensure_ascii=False))
        else:
            print(_format_table(path, quotes))
    return status


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quotekit`` command."""
    parser = argparse.ArgumentParser(prog="quotekit", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print the quotes of text files")
    extract.add_argument("files", nargs="+", help="UTF-8 text files, or - for standard input")
    extract.add_argument("--format", choices=("table", "json"), default="table")
    extract.add_argument("--backend", default="rules", help="rules (default) or stanza")
    extract.set_defaults(run=_extract)
    from quotekit.backends.stanza import add_command  # stanza itself is imported lazily

    add_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    status: int = args.run(args)
    return status
