"""Find the quotes of a large collection of articles with Dask, and write them as JSONL.

quotekit needs no engine of its own for big collections: ``extract_quotes`` is a plain function
over a string and its records pickle, so any distributed engine can map it. This example uses a
Dask bag. Here it runs on the local scheduler (several processes on this machine); pointed at a
cluster, the same code runs on many machines::

    pip install quotekit 'dask[bag]'
    python examples/dask_quotes.py 'examples/articles/*.txt' --out quotes/

    # On a cluster (pip install 'dask[distributed]' s3fs), reading and writing object storage:
    python examples/dask_quotes.py 's3://newsroom/2026-05/*.jsonl' \
        --scheduler tcp://scheduler.internal:8786 --out s3://newsroom/quotes/2026-05/

Inputs are text files (one article each) or JSONL files (one article a line, with ``text`` and
``id`` fields, as ``quotekit extract`` reads them). The output is a folder of ``part-N.jsonl``
files, one quote a line: ``{"document": ..., **quote.to_dict()}``, the same lines as
``quotekit extract --format jsonl``. For Parquet, turn the quotes into flat rows with
``quotekit.to_records`` and use ``bag.to_dataframe().to_parquet(...)`` (needs pyarrow).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

import dask
import dask.bag as db
import fsspec

from quotekit import extract_quotes


def read_article(file: Any) -> dict[str, str]:
    """One text file as an article: its path is its id."""
    with file as handle:
        return {"id": file.path, "text": handle.read().decode("utf-8")}


def quote_lines(article: dict[str, Any]) -> list[str]:
    """The quotes of one article, as JSONL lines that carry the article's id."""
    quotes = extract_quotes(article["text"])
    return [
        json.dumps({"document": article["id"], **quote.to_dict()}, ensure_ascii=False)
        for quote in quotes
    ]


def articles_bag(patterns: Sequence[str], partitions: int | None = None) -> db.Bag:
    """A bag of ``{"id", "text"}`` articles from text files and JSONL files (local or remote)."""
    bags = []
    for pattern in patterns:
        if pattern.endswith((".jsonl", ".ndjson")):
            bags.append(db.read_text(pattern, encoding="utf-8").map(json.loads))
        else:
            files = fsspec.open_files(pattern, mode="rb")
            if files:
                count = partitions or min(len(files), 100)
                bags.append(db.from_sequence(files, npartitions=count).map(read_article))
    if not bags:
        raise FileNotFoundError(f"no articles match {' '.join(patterns)}")
    return db.concat(bags)


def quotes_bag(articles: db.Bag) -> db.Bag:
    """The JSONL lines of every quote of every article, in article order."""
    return articles.map(quote_lines).flatten()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="text or JSONL files, or glob patterns")
    parser.add_argument("--out", required=True, help="output folder (local path or URL)")
    parser.add_argument(
        "--scheduler",
        default="processes",
        help="processes (default), threads, synchronous, or a cluster's address "
        "(tcp://host:8786, needs dask[distributed])",
    )
    parser.add_argument("--partitions", type=int, default=None, help="number of partitions")
    args = parser.parse_args(argv)

    lines = quotes_bag(articles_bag(args.inputs, args.partitions))
    target = args.out.rstrip("/") + "/part-*.jsonl"
    if "://" in args.scheduler:
        from dask.distributed import Client  # only for a real cluster

        with Client(args.scheduler):
            written = lines.to_textfiles(target, encoding="utf-8", last_endline=True)
    else:
        with dask.config.set(scheduler=args.scheduler):
            written = lines.to_textfiles(target, encoding="utf-8", last_endline=True)
    print(f"wrote {len(written)} files to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # worker processes import this module again: keep the guard
    sys.exit(main())
