"""``examples/dask_quotes.py`` maps ``extract_quotes`` over articles with Dask and writes JSONL.

Run on a few articles so the example cannot rot; skipped when dask is not installed (it is in the
``notebooks`` dependency group, never a runtime dependency of quotekit).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from quotekit import Quote, extract_quotes

pytest.importorskip("dask.bag", reason="dask[bag] is not installed")

EXAMPLES = Path(__file__).parents[1] / "examples"
SCRIPT = EXAMPLES / "dask_quotes.py"
ARTICLES = sorted((EXAMPLES / "articles").glob("*.txt"))[:3]


def read_output(folder: Path) -> list[dict[str, Any]]:
    files = sorted(folder.glob("part-*.jsonl"), key=lambda path: int(path.stem.split("-")[1]))
    assert files
    lines = [line for path in files for line in path.read_text(encoding="utf-8").splitlines()]
    return [json.loads(line) for line in lines]


def expected(article: Path) -> list[Quote]:
    return extract_quotes(article.read_bytes().decode("utf-8"))


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_quotes", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_text_files_on_the_local_process_scheduler(tmp_path: Path) -> None:
    out = tmp_path / "quotes"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, ARTICLES), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    rows = read_output(out)
    for article in ARTICLES:
        mine = [row for row in rows if Path(row["document"]).name == article.name]
        assert [Quote.from_dict(row) for row in mine] == expected(article)
    assert len(rows) == sum(len(expected(article)) for article in ARTICLES)


def test_jsonl_input_keeps_the_ids_and_the_order(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    lines = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) for p in ARTICLES]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "quotes"
    module = load_example()
    assert module.main([str(source), "--out", str(out), "--scheduler", "synchronous"]) == 0
    rows = read_output(out)
    order = [row["document"] for row in rows]
    assert order == sorted(order, key=[p.stem for p in ARTICLES].index)
    assert len(rows) == sum(len(expected(article)) for article in ARTICLES)


def test_no_articles_is_a_clear_error(tmp_path: Path) -> None:
    module = load_example()
    with pytest.raises(FileNotFoundError, match="no articles"):
        module.main([str(tmp_path / "*.txt"), "--out", str(tmp_path / "out")])
