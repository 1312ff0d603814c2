"""The ``quotekit`` command: find the quotes in news text and say who said them.

    quotekit extract article.txt more/*.txt         # a readable table on a terminal
    quotekit extract --format csv *.txt > quotes.csv
    cat articles.jsonl | quotekit extract --input-format jsonl - --jobs 4 > quotes.jsonl

``extract`` writes ``table`` by default when standard output is a terminal and ``jsonl`` (one
quote a line, with its document) when it is a file or a pipe. A progress bar goes to standard
error when that is a terminal and the output goes to a file or a pipe.

Subcommands register in ``build_parser`` with one line each; a subcommand's parser sets
``run=`` to a function ``(argparse.Namespace) -> int`` that returns the exit code.

Exit codes:

- 0: done; every input was read and its quotes written.
- 1: an input could not be read (missing, not UTF-8, a bad JSONL line); the others were done.
- 2: wrong usage (an unknown option, a value out of range) or a configuration quotekit rejects.
- 3: the chosen backend cannot run here (stanza or its models missing); the message says the fix.
- 4: an unexpected error, a bug in quotekit: ``--debug`` shows the traceback to report.
- 130: interrupted (Ctrl-C). 141: the reader of the output went away (``| head``).

Errors are one line on standard error, ``quotekit: ...``; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from typing import TextIO

from quotekit import __version__
from quotekit._config import Config
from quotekit._errors import BackendUnavailable, ConfigError, QuotekitError
from quotekit._inputs import InputDocument, ReadError, input_size, read_inputs
from quotekit._progress import Progress
from quotekit._writers import FORMATS, make_writer
from quotekit.backends import BACKENDS
from quotekit.extractor import QuoteExtractor

__all__ = [
    "EXIT_INPUT",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_PIPE",
    "EXIT_UNAVAILABLE",
    "EXIT_USAGE",
    "build_parser",
    "main",
]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_UNAVAILABLE = 3
EXIT_INTERNAL = 4
EXIT_INTERRUPTED = 130
EXIT_PIPE = 141


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"must lie in 0..1, got {value}")
    return number


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (one per CPU) or more, got {value}")
    return number


def _prepare(stream: TextIO, output_format: str) -> TextIO:
    """Machine formats are UTF-8 whatever the locale; a table on a narrower terminal encoding
    shows a replacement character rather than failing on a curly quote mark."""
    if (stream.encoding or "").lower().replace("-", "") != "utf8" and hasattr(
        stream, "reconfigure"
    ):
        if output_format == "table":
            stream.reconfigure(errors="replace")
        else:
            stream.reconfigure(encoding="utf-8")
    return stream


def _extract(args: argparse.Namespace) -> int:
    config = Config(
        backend=args.backend,
        include_indirect=not args.no_indirect,
        include_thought=not args.no_thought,
        min_confidence=args.min_confidence,
    )
    extractor = QuoteExtractor(config)
    output_format = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    writer = make_writer(output_format, _prepare(sys.stdout, output_format))
    progress = Progress(
        sys.stderr,
        input_size(args.files),
        # Only while the output goes elsewhere: on a terminal the output itself shows progress,
        # and a bar drawn between its lines would garble them.
        enabled=not args.no_progress and sys.stderr.isatty() and not sys.stdout.isatty(),
    )
    unreadable = 0
    waiting: collections.deque[InputDocument] = collections.deque()

    def texts() -> Iterator[str]:
        nonlocal unreadable
        entries = read_inputs(
            args.files,
            stdin=sys.stdin.buffer,
            input_format=args.input_format,
            text_field=args.text_field,
            id_field=args.id_field,
        )
        for entry in entries:
            if isinstance(entry, ReadError):
                unreadable += 1
                progress.note(f"quotekit: {entry.message}")
                progress.advance(entry.size, documents=0)
            else:
                waiting.append(entry)
                yield entry.text

    try:
        for quotes in extractor.extract_many(texts(), jobs=args.jobs):
            document = waiting.popleft()
            writer.write(document.id, quotes)
            progress.advance(document.size)
        writer.close()
    except Exception as error:
        if waiting and not isinstance(error, QuotekitError):
            error.add_note(f"while extracting the quotes of {waiting[0].id}")
        raise
    finally:
        progress.close()
    return EXIT_INPUT if unreadable else EXIT_OK


_DESCRIPTION = "Find the quotes in news text and say who said them."

_EXIT_CODES = """exit codes:
  0    done
  1    an input could not be read (the others were done)
  2    wrong usage, or a configuration quotekit rejects
  3    the backend cannot run here (the message says how to fix it)
  4    an unexpected error (a bug: --debug shows the traceback)
  130  interrupted;  141  the output was closed early"""


def _add_extract(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    extract = commands.add_parser(
        "extract",
        help="print the quotes of text or JSONL files",
        description="Print the quotes of each input and who said them, in input order.",
        epilog=_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="UTF-8 text files, JSONL files (.jsonl, .ndjson), or - for standard input",
    )
    output = extract.add_argument_group("output")
    output.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default=None,
        help="table (default on a terminal), json, jsonl (default otherwise: a quote a line) or "
        "csv",
    )
    output.add_argument(
        "--no-progress", action="store_true", help="no progress bar, even on a terminal"
    )
    what = extract.add_argument_group("extraction")
    what.add_argument("--backend", choices=BACKENDS, default="rules", help="default: rules")
    what.add_argument(
        "--no-indirect",
        action="store_true",
        help="only quotes in quote marks (direct and mixed), no reported speech",
    )
    what.add_argument(
        "--no-thought", action="store_true", help="leave out beliefs and intentions (X hopes ...)"
    )
    what.add_argument(
        "--min-confidence",
        type=_confidence,
        default=0.0,
        metavar="P",
        help="leave out quotes whose attribution confidence is below P (0..1)",
    )
    what.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0: one per CPU); output order stays input order",
    )
    inputs = extract.add_argument_group("JSONL input")
    inputs.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="auto (default): JSONL for .jsonl and .ndjson files, text otherwise (and for -)",
    )
    inputs.add_argument(
        "--text-field", default="text", metavar="NAME", help="the field with the text (text)"
    )
    inputs.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="the field naming the document in the output (id; else FILE:LINE)",
    )
    extract.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the traceback of an error",
    )
    extract.set_defaults(run=_extract)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quotekit`` command."""
    parser = argparse.ArgumentParser(
        prog="quotekit",
        description=_DESCRIPTION,
        epilog=_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"quotekit {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an error")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_extract(commands)
    from quotekit.backends.stanza import add_command  # stanza itself is imported lazily

    add_command(commands)
    from quotekit import evaluate

    evaluate.add_command(commands)
    return parser


def _fail(message: str, code: int, *, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    print(f"quotekit: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module's docstring)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:  # --help, --version, or a usage error argparse has printed
        return exit.code if isinstance(exit.code, int) else EXIT_USAGE
    debug = bool(getattr(args, "debug", False))
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED, debug=debug)
    except BrokenPipeError:
        # Whoever read the output stopped reading; say nothing more on a closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PIPE
    except BackendUnavailable as error:
        return _fail(str(error), EXIT_UNAVAILABLE, debug=debug)
    except ConfigError as error:
        return _fail(str(error), EXIT_USAGE, debug=debug)
    except QuotekitError as error:
        return _fail(str(error), EXIT_INPUT, debug=debug)
    except Exception as error:
        notes = "".join(f" ({note})" for note in getattr(error, "__notes__", ()))
        detail = f"{type(error).__name__}: {error}{notes}"
        hint = "" if debug else "; run with --debug for the traceback"
        return _fail(f"internal error: {detail}{hint}", EXIT_INTERNAL, debug=debug)
