"""Shared helpers for the tests: golden cases read from ``tests/golden``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GOLDEN = Path(__file__).parent / "golden"


def read_golden(name: str) -> list[dict[str, Any]]:
    """The cases of one golden file, one JSON object a line."""
    lines = (GOLDEN / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]
