"""Time per MB of quotekit on adversarial inputs, at several sizes, next to normal news.

    python benchmarks/adversarial.py [--sizes 64k,256k,1M] [--budget SECONDS] [--memory 10M]
                                     [--only NAME[,NAME]] [--no-record]

Each input of ``tests/strategies.py``'s ``ADVERSARIAL`` (the six of issue 9: unmatched quote
marks, nested quotes, no space or newline, one sentence, paragraphs of one quote each, a
name-like capitalised run; and those found while hardening) and one text of generated news
(``speed.corpus``) is run at each size. Linear code takes four times as long on four times the
text: the ``growth`` column is the ratio of the time at a size to the time at the size before,
~4 when linear, ~16 when quadratic. Each run is a fresh interpreter with a time limit
(``--budget``), so an input that hangs is reported as such instead of stopping the benchmark; a
larger size of an input is not tried once a smaller one ran out of time.

The memory figure is the peak ``tracemalloc`` allocation while extracting from one text of
generated news of ``--memory`` characters, as a multiple of its size (target: under 20x).
Times are processor time of the one thread quotekit runs on.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from results_log import record  # noqa: E402  (the paths above come first)
from speed import corpus  # noqa: E402

from quotekit import extract_quotes  # noqa: E402
from tests.strategies import ADVERSARIAL, QUOTE_MARKS  # noqa: E402

NEWS = "normal news"
TARGET_GROWTH = 5.0  # time ratio for 4x the text above which an input is not linear
TARGET_MEMORY_RATIO = 20.0
_MARKS = frozenset("".join(QUOTE_MARKS))


def make(name: str, size: int) -> str:
    """The input ``name`` at ``size`` characters."""
    if name == NEWS:
        return "\n".join(corpus(size))[:size]
    return ADVERSARIAL[name](size)


def units(name: str, text: str) -> str:
    """What the input holds, in the issue's terms (marks, paragraphs, words)."""
    if name in ("unmatched quote marks", "nested quotes", "quotes then one cue"):
        return f"{sum(char in _MARKS for char in text):,} marks"
    if name in ("paragraphs of one quote", NEWS):
        return f"{text.count(chr(10)) + 1:,} paragraphs"
    return f"{len(text.split()):,} words"


def parse_size(value: str) -> int:
    """``250k``, ``1M``, ``10M`` or a plain number of characters."""
    scale = {"k": 1_000, "K": 1_000, "m": 1_000_000, "M": 1_000_000}
    if value[-1:] in scale:
        return int(float(value[:-1]) * scale[value[-1]])
    return int(value)


# --- the measurements, each run in a child interpreter ----------------------------------------


def measure_time(name: str, size: int) -> dict[str, Any]:
    text = make(name, size)
    extract_quotes("warm up: \u201cthe word lists load,\u201d Jane Roe said.")
    started = time.process_time()
    quotes = extract_quotes(text)
    seconds = time.process_time() - started
    return {"seconds": seconds, "quotes": len(quotes), "units": units(name, text)}


def measure_memory(size: int) -> dict[str, Any]:
    text = make(NEWS, size)
    extract_quotes("warm up: \u201cthe word lists load,\u201d Jane Roe said.")
    tracemalloc.start()
    extract_quotes(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"peak": peak, "size": len(text)}


def in_child(arguments: list[str], budget: float) -> dict[str, Any] | None:
    """Run this script with ``arguments`` in a fresh interpreter; None when out of time."""
    try:
        done = subprocess.run(
            [sys.executable, __file__, *arguments],
            capture_output=True,
            text=True,
            timeout=budget,
            check=True,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as error:
        raise SystemExit(f"{' '.join(arguments)} failed:\n{error.stderr}") from error
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


# --- the table --------------------------------------------------------------------------------


def _size_label(size: int) -> str:
    return f"{size / 1_000_000:.3g} MB" if size >= 100_000 else f"{size / 1_000:.3g} kB"


def run(names: list[str], sizes: list[int], budget: float, memory: int) -> list[str]:
    """Print the table; return one summary phrase per input for the results log."""
    header = f"| {'input':<28} | {'size':>8} | {'holds':>20} | {'CPU s':>8} | {'s / MB':>8} |"
    print(header + f" {'growth':>7} |")
    print("|" + "|".join("-" * len(cell) for cell in header.split("|")[1:-1]) + "|---------|")
    summary = []
    for name in names:
        times: list[float] = []
        for size in sizes:
            result = in_child(["--measure", name, str(size)], budget)
            if result is None:
                print(
                    f"| {name:<28} | {_size_label(size):>8} | {'':>20} | "
                    f"{f'> {budget:g}':>8} | {'':>8} | {'':>7} |",
                    flush=True,
                )
                summary.append(f"{name} {_size_label(size)} > {budget:g} s")
                break
            seconds = result["seconds"]
            growth = f"x{seconds / times[-1]:.1f}" if times and times[-1] > 0 else ""
            times.append(seconds)
            per_mb = seconds / (size / 1_000_000)
            print(
                f"| {name:<28} | {_size_label(size):>8} | {result['units']:>20} | "
                f"{seconds:>8.2f} | {per_mb:>8.2f} | {growth:>7} |",
                flush=True,
            )
        else:
            ratio = times[-1] / times[-2] if len(times) > 1 and times[-2] > 0 else 0.0
            summary.append(f"{name} {times[-1]:.2f} s/{_size_label(sizes[-1])} x{ratio:.1f}")
    if memory:
        result = in_child(["--measure-memory", str(memory)], budget * 10)
        if result is None:
            print(f"\npeak memory of {_size_label(memory)} of news: out of time")
        else:
            ratio = result["peak"] / result["size"]
            verdict = "within" if ratio < TARGET_MEMORY_RATIO else "OVER"
            print(
                f"\npeak memory of {_size_label(result['size'])} of news in one text: "
                f"{result['peak'] / 1e6:.0f} MB, {ratio:.1f}x its size "
                f"({verdict} the {TARGET_MEMORY_RATIO:g}x target)"
            )
            summary.append(f"peak memory {ratio:.1f}x of {_size_label(result['size'])}")
    if len(sizes) > 1:
        print(
            "\ngrowth: the time at a size over the time at the size before; "
            f"{sizes[1] / sizes[0]:g} when linear"
        )
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="64k,256k,1M", help="sizes, smallest first, x4 apart")
    parser.add_argument("--budget", type=float, default=120.0, help="seconds for one run")
    parser.add_argument("--memory", default="10M", help="news size for the memory figure; 0: none")
    parser.add_argument("--only", default="", help="comma-separated input names")
    parser.add_argument("--no-record", action="store_true", help="leave RESULTS.md alone")
    parser.add_argument("--measure", nargs=2, metavar=("NAME", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--measure-memory", type=int, metavar="SIZE", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.measure:  # in a child interpreter
        name, size = arguments.measure
        print(json.dumps(measure_time(name, int(size))))
        return
    if arguments.measure_memory:  # in a child interpreter
        print(json.dumps(measure_memory(arguments.measure_memory)))
        return
    names = [*ADVERSARIAL, NEWS]
    if arguments.only:
        names = [name for name in names if name in arguments.only.split(",")]
    sizes = [parse_size(size) for size in arguments.sizes.split(",")]
    summary = run(names, sizes, arguments.budget, parse_size(arguments.memory))
    if not arguments.no_record:
        record("adversarial", "; ".join(summary))


if __name__ == "__main__":
    main()
