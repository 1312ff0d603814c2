"""Fuzz ``extract_quotes`` for a fixed number of inputs and report what broke.

    python benchmarks/fuzz.py [--engine hypothesis|atheris] [--count N] [--max-len CHARS]
                              [--seed N] [--slow SECONDS]

Every input is checked against the guarantees of issue 9: no exception, every span grounded
(``text[start:end] == span.text`` for the quote, its cue, its speaker's and its channel's
mentions), offsets inside the text, quotes in document order, and the same result a second time
(every tenth input). An input that takes more than ``--slow`` seconds of processor time counts
as a failure too (a hang in the making). Failures are grouped by what went wrong and where; the
shortest input of each group is printed as a Python literal, ready to paste into
``tests/test_adversarial.py``.

Engines:

- ``hypothesis`` (default): the strategies of ``tests/strategies.py`` at scale, generation only
  (no shrinking, no example database), so ``--count`` inputs are run and reported.
- ``atheris``: coverage-guided fuzzing with libFuzzer, quotekit instrumented, seeded with the
  example articles and golden inputs and a dictionary of quote marks, cues and abbreviations.
  Atheris is not a dependency of quotekit; install it into the virtualenv to use this engine:
  ``.venv/bin/pip install atheris`` (a wheel for CPython 3.11 on Linux x86-64).

The exit status is 1 when anything failed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


class Report:
    """What the run saw: inputs, failures grouped by signature, the slowest input."""

    def __init__(self, slow: float) -> None:
        self.slow = slow
        self.count = 0
        self.started = time.perf_counter()
        self.failures: dict[str, str] = {}  # signature -> shortest input
        self.failed_inputs = 0
        self.slowest = (0.0, "")

    def fail(self, signature: str, text: str) -> None:
        self.failed_inputs += 1
        known = self.failures.get(signature)
        if known is None or len(text) < len(known):
            self.failures[signature] = text

    def print(self, engine: str) -> None:
        elapsed = time.perf_counter() - self.started
        print(f"\nengine: {engine}")
        print(f"inputs: {self.count:,} in {elapsed:.1f} s ({self.count / elapsed:,.0f} a second)")
        seconds, text = self.slowest
        print(f"slowest input: {seconds * 1000:.1f} ms for {len(text):,} characters")
        print(f"failing inputs: {self.failed_inputs:,}; distinct failures: {len(self.failures)}")
        for signature, shortest in sorted(self.failures.items()):
            print(f"\n- {signature}\n  shortest input ({len(shortest)} characters): {shortest!r}")


def _location(error: BaseException) -> str:
    """The innermost frame of quotekit's in a traceback: file, line and function."""
    frames = [
        frame for frame in traceback.extract_tb(error.__traceback__) if "quotekit" in frame.filename
    ]
    if not frames:
        return "?"
    frame = frames[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} {frame.name}"


def check(text: str, extract: Callable[[str], list[Any]], again: bool) -> list[str]:
    """The guarantees ``extract(text)`` breaks, as short descriptions (empty when none)."""
    quotes = extract(text)
    broken = []
    previous = (-1, -1)
    for quote in quotes:
        spans = [("quote", quote.start, quote.end, quote.text)]
        for name, span in (
            ("cue", quote.cue),
            ("speaker.mention", quote.speaker.mention if quote.speaker else None),
            ("via.mention", quote.via.mention if quote.via else None),
        ):
            if span is not None:
                spans.append((name, span.start, span.end, span.text))
        for name, start, end, covered in spans:
            if not 0 <= start <= end <= len(text):
                broken.append(f"{name} offsets outside the text")
            elif text[start:end] != covered:
                broken.append(f"{name} not grounded")
        if quote.start >= quote.end:
            broken.append("empty quote")
        if (quote.start, quote.end) < previous:
            broken.append("quotes out of document order")
        previous = (quote.start, quote.end)
    if again and extract(text) != quotes:
        broken.append("a second run gave another result")
    return broken


def target(report: Report, extract: Callable[[str], list[Any]], text: str) -> None:
    """Run one input and record what it broke."""
    report.count += 1
    started = time.process_time()  # processor time: other processes' load is not ours
    try:
        broken = check(text, extract, again=report.count % 10 == 0)
    except Exception as error:  # every exception is a finding here
        first_line = str(error).splitlines()[0][:80] if str(error) else ""
        broken = [f"{type(error).__name__} at {_location(error)}: {first_line}"]
    seconds = time.process_time() - started
    if seconds > report.slowest[0]:
        report.slowest = (seconds, text)
    if seconds > report.slow:
        broken.append(f"slow: more than {report.slow:g} s")
    for signature in dict.fromkeys(broken):
        report.fail(signature, text)


# --- engines ----------------------------------------------------------------------------------


def run_hypothesis(count: int, max_len: int, seed: int, slow: float) -> Report:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    from quotekit import extract_quotes
    from tests.strategies import texts

    extract_quotes("warm up: \u201cthe word lists load,\u201d Jane Roe said.")
    report = Report(slow)

    @hypothesis_seed(seed)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(texts())
    def fuzz(text: str) -> None:
        target(report, extract_quotes, text[:max_len])

    fuzz()
    return report


_DICTIONARY = (
    '"',
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "'",
    "\u00ab",
    "\u00bb",
    "\u201e",
    "\u2039",
    "\u203a",
    "\u300c",
    "\u300d",
    " said",
    " says",
    " told",
    " told reporters",
    "according to ",
    ", adding",
    " quoted ",
    " as saying",
    "Sen. ",
    "Gov. ",
    "U.S.",
    "Jan. ",
    "Dr. ",
    "Jane Roe",
    " he ",
    " she ",
    " they ",
    ". ",
    ", ",
    ": ",
    "\n",
    "\n\n",
    "\r\n",
    " - ",
    "\u2014",
)


def _seeds() -> list[str]:
    from tests.conftest import read_golden

    seeds = [
        path.read_text(encoding="utf-8") for path in (ROOT / "examples" / "articles").glob("*.txt")
    ]
    seeds += [case["input"] for case in read_golden("quotes.jsonl")]
    return seeds


def run_atheris(count: int, max_len: int, seed: int, slow: float) -> Report:
    try:
        import atheris
    except ImportError:
        raise SystemExit("atheris is not installed: .venv/bin/pip install atheris") from None
    with atheris.instrument_imports(include=["quotekit"]):
        import quotekit
    quotekit.extract_quotes("warm up: \u201cthe word lists load,\u201d Jane Roe said.")
    report = Report(slow)
    work = Path(tempfile.mkdtemp(prefix="quotekit-fuzz-"))
    corpus = work / "corpus"
    corpus.mkdir()
    for index, text in enumerate(_seeds()):
        # atheris's ConsumeUnicode reads a first byte choosing the width; 0 keeps ASCII/Latin-1
        # short, so the seeds are given as UTF-32 after a byte that picks the 4-byte form.
        (corpus / f"seed-{index}").write_bytes(b"\x03" + text[:max_len].encode("utf-32-le"))
    dictionary = work / "quotekit.dict"
    dictionary.write_text(
        "".join(f'"{_escape(entry)}"\n' for entry in _DICTIONARY), encoding="ascii"
    )

    def one_input(data: bytes) -> None:
        provider = atheris.FuzzedDataProvider(data)
        target(report, quotekit.extract_quotes, provider.ConsumeUnicode(max_len))
        if report.count >= count:
            report.print("atheris (libFuzzer, coverage-guided)")
            sys.stdout.flush()
            os._exit(1 if report.failures else 0)

    atheris.Setup(
        [
            sys.argv[0],
            f"-seed={seed}",
            f"-max_len={max_len * 4 + 1}",
            f"-dict={dictionary}",
            "-print_final_stats=0",
            "-close_fd_mask=0",
            str(corpus),
        ],
        one_input,
    )
    atheris.Fuzz()
    return report  # not reached: one_input ends the process


def _escape(entry: str) -> str:
    """A libFuzzer dictionary entry: the UTF-32-LE bytes of ``entry``, hex-escaped."""
    return "".join(f"\\x{byte:02x}" for byte in entry.encode("utf-32-le"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=("hypothesis", "atheris"), default="hypothesis")
    parser.add_argument("--count", type=int, default=10_000, help="inputs to run")
    parser.add_argument("--max-len", type=int, default=4_096, help="characters of an input")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--slow", type=float, default=2.0, help="seconds that count as a hang")
    arguments = parser.parse_args()
    run = run_hypothesis if arguments.engine == "hypothesis" else run_atheris
    report = run(arguments.count, arguments.max_len, arguments.seed, arguments.slow)
    report.print("hypothesis (tests/strategies.py, generation only)")
    sys.exit(1 if report.failures else 0)


if __name__ == "__main__":
    main()
