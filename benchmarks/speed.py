"""Speed of quotekit's rule backend on generated news text, against a single-regex floor.

    python benchmarks/speed.py [--sizes 10k,100k,1M,10M] [--budget SECONDS] [--no-record]

For each size it times ``extract_quotes`` over the generated articles one by one (how a corpus
is fed: the throughput, best of a few repeats) and once over as many other articles never read
before (a single cold pass: what remembered names and phrases cannot flatter), and over the
same text as one string (time growing faster than the text
shows as falling MB/s; a run expected to take longer than ``--budget`` seconds is skipped), times
one ``finditer`` pass of one compiled regex over the same text (the floor no extractor can beat),
and measures the peak memory of the one-string call with ``tracemalloc``. It also times ``import
quotekit`` in fresh interpreters. Times are processor time of the one thread quotekit runs on.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from typing import NamedTuple

from results_log import record

from quotekit import extract_quotes

TARGET_MB_PER_S = 2.0
TARGET_FLOOR_RATIO = 30.0
TARGET_IMPORT_MS = 150.0
TARGET_MEMORY_RATIO = 20.0
TARGET_GROWTH = 1.1  # time ~ size**k between the two largest sizes; 1.0 is linear

_FLOOR = re.compile('["\u201c\u201d]')  # the quote marks: what any extractor must at least find

# --- the generated corpus: invented people, places and statements in news style ---------------

_GIVEN = (
    "Alma Tomas Ines Dana Marek Priya Owen Leila Jonas Rosa Kwame Hana Felix Nadia Elias Greta "
    "Samir Yuki Carmen Anders Fatima Lucas Ingrid Mateo Olu Clara Ravi Maeve Pavel Amira"
).split()
_FAMILY = (
    "Reyes Reiner Calder Whitfield Okafor Lindqvist Moreau Tanaka Brennan Haddad Novak Castillo "
    "Okonkwo Sorensen Vasquez Kowalski Adeyemi Fischer Delacroix Nakamura Quinlan Petrov Osei "
    "Marchetti Holloway Bergstrom Achebe Lindgren Ferreira Dunmore"
).split()
_TITLES = ("Sen.", "Gov.", "Mayor", "Dr.", "Rep.", "Judge", "Minister", "Councilwoman")
_ORGS = (
    "Eastbrook Council",
    "Harbour Authority",
    "Northfield Water Board",
    "Ministry of Transport",
    "Valdoria Rail",
    "Greenmoor Teachers' Union",
    "Port Ellis Chamber of Commerce",
    "Westvale General Hospital",
    "National Weather Office",
    "Coastal Fisheries Association",
)
_ROLES = (
    "a spokeswoman for the {org}",
    "a spokesman for the {org}",
    "the {org}'s chief economist",
    "the director of the {org}",
    "who chairs the {org}",
    "a senior official at the {org}",
)
_SUBJECTS = (
    "the new line",
    "ticket prices",
    "the harbour plan",
    "local schools",
    "the budget",
    "the bridge",
    "the water supply",
    "the hospital wing",
    "the ferry service",
    "the city",
    "the fishing fleet",
    "the rent cap",
)
_PREDICATES = (
    "will reopen before the winter",
    "could cost less than expected",
    "must be reviewed again",
    "would create about {n} jobs",
    "will stay within budget",
    "should be finished by {month}",
    "has been delayed for {n} weeks",
    "was never properly inspected",
    "will need another {n} million dollars",
    "cannot wait until {month}",
)
_MONTHS = "January March May June August October November December".split()
_CUES_AFTER = ("said", "said on Tuesday", "told reporters", "added", "said in a statement")
_THOUGHT = ("believes", "fears", "expects", "hopes")
_NARRATIVE = (
    "The {org} approved the measure on {day} after {n} months of debate.",
    "About {n} residents attended the meeting, which ran past midnight.",
    "The vote follows a report by the {org} published in {month}.",
    "Construction began in {month}, {n} years after the first proposal.",
    "Officials have not said when a final decision will be made.",
    "The {org} has {n} members and meets on the first {day} of each month.",
    "Traffic on the coast road fell by {n} percent in {month}.",
    "The plan was first put forward by the {org} in {month}.",
    "A second hearing is set for {day}.",
)
_DAYS = "Monday Tuesday Wednesday Thursday Friday".split()


def _article(rng: random.Random) -> str:
    """One invented article: a headline, then quotes of every form news uses, and narrative."""

    def fill(template: str) -> str:
        return template.format(
            org=rng.choice(_ORGS),
            n=rng.randint(2, 900),
            month=rng.choice(_MONTHS),
            day=rng.choice(_DAYS),
        )

    def clause() -> str:
        return f"{rng.choice(_SUBJECTS)} {fill(rng.choice(_PREDICATES))}"

    def statement() -> str:
        text = clause()
        return text[0].upper() + text[1:]

    open_mark, close_mark = ("\u201c", "\u201d") if rng.random() < 0.5 else ('"', '"')

    def quoted(words: str, end: str = ",") -> str:
        return f"{open_mark}{words}{end}{close_mark}"

    people = [
        (rng.choice(_GIVEN), rng.choice(_FAMILY), rng.choice(_TITLES), fill(rng.choice(_ROLES)))
        for _ in range(3)
    ]
    paragraphs = [f"{statement()}, {rng.choice(_ORGS)} says"]
    introduced: set[str] = set()
    for _ in range(rng.randint(6, 12)):
        given, family, title, role = rng.choice(people)
        # News names a person in full first, then by family name.
        who = family if family in introduced else f"{title} {given} {family}"
        introduced.add(family)
        form = rng.randrange(17)  # about half the paragraphs quote someone, as in news
        if form == 0:
            text = f"{quoted(statement())} {title} {given} {family} {rng.choice(_CUES_AFTER)}."
        elif form == 1:
            text = f"{quoted(statement())} said {given} {family}, {role}."
        elif form == 2:
            text = f"{who} said: {quoted(statement(), '.')}"
        elif form == 3:
            text = f"{quoted(statement())} {who} said. {quoted(statement(), '.')}"
        elif form == 4:
            text = f"{given} {family} said that {clause()}."
        elif form == 5:
            text = f"{who} told the Eastbrook Gazette that {clause()}."
        elif form == 6:
            text = f"{statement()}, according to the {rng.choice(_ORGS)}."
        elif form == 7:
            text = f"{who} called the plan {quoted('a gift to developers')} and {clause()}."
        elif form == 8:
            text = f"{given} {family}, {role}, {rng.choice(_THOUGHT)} {clause()}."
        else:
            text = f"{fill(rng.choice(_NARRATIVE))} {fill(rng.choice(_NARRATIVE))}"
        paragraphs.append(text)
    return "\n\n".join(paragraphs) + "\n"


def corpus(size: int, seed: int = 2024) -> list[str]:
    """The first generated articles that together reach ``size`` bytes of UTF-8.

    The same seed gives the same articles, so each size extends the smaller ones.
    """
    rng = random.Random(seed)
    articles: list[str] = []
    total = 0
    while total < size:
        articles.append(_article(rng))
        total += len(articles[-1].encode("utf-8")) + 1
    return articles


# --- measuring --------------------------------------------------------------------------------


def best_time(run: Callable[[], object], repeats: int) -> float:
    """The least processor time, in seconds, of ``repeats`` runs.

    Processor time rather than wall time: on a shared machine other processes would otherwise
    count as ours. quotekit runs on one thread, so this is the time of one core.
    """
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def peak_memory(run: Callable[[], object]) -> int:
    """The most memory, in bytes, allocated at once during ``run`` beyond what existed before."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        run()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def import_time(repeats: int = 7) -> float:
    """The least processor time, in seconds, of ``import quotekit`` in a fresh interpreter.

    An installed package imports from its compiled bytecode (pip writes it at install), so
    the bytecode is allowed here, kept in a temporary folder, and written by a first import
    that is not timed: a machine that forbids it (``PYTHONDONTWRITEBYTECODE``) would time
    the compiling of every module instead."""
    code = "import time; t = time.process_time(); import quotekit; print(time.process_time() - t)"
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        timings = [
            float(
                subprocess.run(
                    [sys.executable, "-c", code],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=env,
                ).stdout
            )
            for _ in range(repeats + 1)
        ]
    return min(timings[1:])


def _scan(text: str) -> None:
    for _ in _FLOOR.finditer(text):
        pass


def _extract_each(articles: list[str]) -> None:
    for article in articles:
        extract_quotes(article)


def _parse_size(word: str) -> int:
    units = {"k": 1_000, "m": 1_000_000}
    unit = units.get(word[-1].lower(), 1)
    return int(float(word[:-1] if unit > 1 else word) * unit)


def _label(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1_000} kB"


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _growth(small: tuple[int, float], large: tuple[int, float]) -> float:
    """The exponent k of time ~ size**k between two (size, seconds) points: 1.0 is linear."""
    return math.log(large[1] / small[1]) / math.log(large[0] / small[0])


class _Row(NamedTuple):
    size: int
    megabytes: float
    quotes: int
    floor: float  # seconds of one regex pass
    articles: float  # seconds for the text as separate articles, best of the repeats
    cold: float  # MB/s of one pass over other articles of the same size, read for the first time
    one_text: float | None  # seconds for the text as one string; None when over the budget
    peak: float | None  # bytes allocated at most during the one-text call


_UNREAD_SEED = 1_000_003  # seeds of the articles read once: none is a seed of the repeated ones


def _measure(size: int, previous: list[_Row], budget: float) -> _Row:
    articles = corpus(size)
    text = "\n".join(articles)
    megabytes = len(text.encode("utf-8")) / 1e6
    repeats = max(1, min(10, round(3e6 / size)))
    quotes = sum(len(extract_quotes(article)) for article in articles)
    floor = best_time(lambda: _scan(text), max(repeats, 5))
    per_article = best_time(lambda: _extract_each(articles), repeats)
    unread = corpus(size, seed=_UNREAD_SEED + size)  # no article of any other run
    unread_megabytes = len("\n".join(unread).encode("utf-8")) / 1e6
    cold = unread_megabytes / best_time(lambda: _extract_each(unread), 1)
    timed = [(row.size, row.one_text) for row in previous if row.one_text]
    expected = 0.0
    if timed:
        exponent = max(1.0, _growth(timed[-2], timed[-1])) if len(timed) > 1 else 1.0
        expected = timed[-1][1] * (size / timed[-1][0]) ** exponent
    if expected > budget:
        print(f"  {_label(size)} as one text: skipped, expected to take {expected:.0f} s")
        return _Row(size, megabytes, quotes, floor, per_article, cold, None, None)
    one_text = best_time(lambda: extract_quotes(text), 1 if expected > 1 else repeats)
    peak = peak_memory(lambda: extract_quotes(text))
    return _Row(size, megabytes, quotes, floor, per_article, cold, one_text, peak)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1M,10M", help="comma-separated byte sizes")
    parser.add_argument(
        "--budget",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="skip a one-text run expected to take longer (default 60)",
    )
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    args = parser.parse_args()
    sizes = sorted(_parse_size(word) for word in args.sizes.split(","))

    extract_quotes('"We are ready," Jane Roe said.')  # build the extractor and its tables once

    rows: list[_Row] = []
    for size in sizes:
        rows.append(_measure(size, rows, args.budget))
    print(f"{'':17}{' as articles ':-^43}  {' as one text ':-^44}")
    print(
        f"{'size':>7} {'quotes':>8} {'MB/s':>7} {'cold':>7} {'s per MB':>9} {'x regex':>8} "
        f"{'regex ms':>8}  "
        f"{'MB/s':>7} {'s per MB':>9} {'x regex':>8} {'peak MB':>8} {'x input':>8}"
    )
    for row in rows:
        line = (
            f"{_label(row.size):>7} {row.quotes:8d} {row.megabytes / row.articles:7.2f} "
            f"{row.cold:7.2f} {row.articles / row.megabytes:9.3f} {row.articles / row.floor:8.1f} "
            f"{row.floor * 1e3:8.2f}  "
        )
        if row.one_text is not None and row.peak is not None:
            line += (
                f"{row.megabytes / row.one_text:7.2f} {row.one_text / row.megabytes:9.3f} "
                f"{row.one_text / row.floor:8.1f} {row.peak / 1e6:8.1f} "
                f"{row.peak / 1e6 / row.megabytes:8.1f}"
            )
        else:
            line += f"{'(over the time budget)':>44}"
        print(line)

    largest = rows[-1]
    throughput = largest.megabytes / largest.articles
    floor_ratio = largest.articles / largest.floor
    one_texts = [row for row in rows if row.one_text is not None and row.peak is not None]
    memory_ratio = max(row.peak / 1e6 / row.megabytes for row in one_texts if row.peak)
    imported = import_time() * 1e3
    checks = [
        (
            "throughput",
            f"{throughput:.2f} MB/s ({largest.cold:.2f} cold)",
            f">= {TARGET_MB_PER_S} MB/s",
            throughput >= TARGET_MB_PER_S,
        ),
        (
            "vs regex",
            f"{floor_ratio:.1f} x",
            f"<= {TARGET_FLOOR_RATIO:.0f} x",
            floor_ratio <= TARGET_FLOOR_RATIO,
        ),
        (
            "import",
            f"{imported:.0f} ms",
            f"< {TARGET_IMPORT_MS:.0f} ms",
            imported < TARGET_IMPORT_MS,
        ),
        (
            "memory",
            f"{memory_ratio:.1f} x input",
            f"< {TARGET_MEMORY_RATIO:.0f} x input",
            memory_ratio < TARGET_MEMORY_RATIO,
        ),
    ]
    growth = {}
    for mode, points in (
        ("articles", [(row.size, row.articles) for row in rows]),
        ("one text", [(row.size, row.one_text) for row in one_texts if row.one_text]),
    ):
        if len(points) > 1:
            growth[mode] = _growth(points[-2], points[-1])
            checks.append(
                (
                    f"growth, {mode}",
                    f"size^{growth[mode]:.2f}",
                    f"<= size^{TARGET_GROWTH}",
                    growth[mode] <= TARGET_GROWTH,
                )
            )
    print(f"import quotekit: {imported:.0f} ms (best of 7 fresh interpreters)")
    print(f"targets ({_label(largest.size)} as articles; memory of the largest one text):")
    for name, figure, target, ok in checks:
        print(f"  {name:20} {figure:>24}   {target:18} {_verdict(ok)}")

    if not args.no_record:
        speeds = ", ".join(
            f"{_label(row.size)} {row.megabytes / row.articles:.2f} ({row.cold:.2f} cold)"
            for row in rows
        )
        single = ", ".join(
            f"{_label(row.size)} {row.megabytes / row.one_text:.2f}"
            for row in one_texts
            if row.one_text
        )
        powers = ", ".join(f"{mode} size^{power:.2f}" for mode, power in growth.items())
        record(
            "speed",
            f"MB/s as articles: {speeds}; as one text: {single}; time grows as {powers}; "
            f"{floor_ratio:.0f}x the regex floor; import {imported:.0f} ms; "
            f"peak memory {memory_ratio:.1f}x input",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
