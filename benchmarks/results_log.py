"""Append one dated line per benchmark run to ``benchmarks/RESULTS.md``, so progress is visible."""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

RESULTS = Path(__file__).resolve().with_name("RESULTS.md")
_ROOT = RESULTS.parent.parent


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=_ROOT, capture_output=True, text=True, check=False)
    return done.stdout.strip()


def commit() -> str:
    """HEAD's short hash, marked ``+dirty`` when the tree differs from it (this log aside)."""
    head = _git("rev-parse", "--short", "HEAD") or "unknown"
    changed = _git("status", "--porcelain", "--", ".", ":!benchmarks/RESULTS.md")
    return head + ("+dirty" if changed else "")


def record(benchmark: str, figures: str) -> None:
    """Add a row ``| date | commit | benchmark | figures |`` to the results table."""
    today = datetime.date.today().isoformat()
    with RESULTS.open("a", encoding="utf-8") as out:
        out.write(f"| {today} | {commit()} | {benchmark} | {figures} |\n")
    print(f"recorded in {RESULTS}")
