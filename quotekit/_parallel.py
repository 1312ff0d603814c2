"""Extraction in worker processes, results in input order: ``extract_many(texts, jobs=N)``.

Imported only when ``jobs`` asks for more than one process, so ``import quotekit`` does not pay
for ``multiprocessing``. Workers are started with ``spawn`` on every platform: it behaves the
same on Linux, macOS and Windows and is safe in a parent that runs threads (a notebook kernel,
torch). Each worker builds its own extractor once, so a stanza backend loads once per worker.
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
import pickle
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

import attrs

if TYPE_CHECKING:
    from quotekit._config import Config
    from quotekit._lexicon import Lexicon
    from quotekit._types import Quote

__all__ = ["extract_in_processes", "resolve_jobs"]

# Texts go to workers in batches of up to this many texts or characters, whichever comes first:
# one message per article would cost more than a short article takes to read.
_BATCH_TEXTS = 64
_BATCH_CHARACTERS = 256_000
# Batches handed out ahead of the one being waited for, per worker: enough to keep every worker
# busy, few enough that a large input is never read into memory whole.
_AHEAD_PER_WORKER = 3


class _Extracting(Protocol):
    def extract(self, text: str) -> list[Quote]: ...


_worker: _Extracting | None = None  # the extractor of this worker process


def resolve_jobs(jobs: int) -> int:
    """The number of processes ``jobs`` asks for: 0 means one per usable CPU."""
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be int, not {type(jobs).__name__}")
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more, got {jobs}")
    if jobs == 0:
        return (
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else (os.cpu_count() or 1)
        )
    return jobs


def _map_lexicon(lexicon: Lexicon, wrap: Callable[[dict[str, object]], object]) -> Lexicon:
    changes: dict[str, Any] = {
        field.name: wrap(dict(value))
        for field in attrs.fields(type(lexicon))
        if isinstance(value := getattr(lexicon, field.name), MappingProxyType | dict)
    }
    return attrs.evolve(lexicon, **changes)


def _portable(config: Config) -> Config:
    """``config`` in a form that pickles (read-only mappings cannot), or a clear TypeError."""
    portable = config.replace(lexicon=_map_lexicon(config.lexicon, lambda table: table))
    try:
        pickle.dumps(portable)
    except (pickle.PicklingError, TypeError, AttributeError) as error:
        raise TypeError(
            "extract_many(jobs=...) sends the config to worker processes and it does not "
            f"pickle ({error}); define replacement stages as module-level functions"
        ) from error
    return portable


def _start_worker(factory: Callable[[Config], _Extracting], config: Config) -> None:
    global _worker  # noqa: PLW0603 -- one extractor per worker process, built once
    # The parent handles Ctrl-C and shuts the pool down; workers stay quiet.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = factory(config.replace(lexicon=_map_lexicon(config.lexicon, MappingProxyType)))


def _extract_batch(texts: list[str]) -> list[list[Quote]]:
    if _worker is None:
        raise RuntimeError("quotekit worker used before it was started")
    return [_worker.extract(text) for text in texts]


def extract_in_processes(
    factory: Callable[[Config], _Extracting], config: Config, texts: Iterable[str], jobs: int
) -> Iterator[list[Quote]]:
    """The quotes of each text, extracted by ``jobs`` processes, yielded in input order.

    The config is checked here, before any text is read; the pool starts with the first text
    (none starts for an empty input) and shuts down when the iterator ends or is closed.
    """
    portable = _portable(config)
    if isinstance(texts, list | tuple):
        jobs = max(1, min(jobs, len(texts)))
    return _run(factory, portable, texts, jobs)


def _batches(texts: Iterator[str]) -> Iterator[list[str]]:
    """Consecutive texts in groups: one message per group keeps the pool's overhead small."""
    batch: list[str] = []
    size = 0
    for text in texts:
        batch.append(text)
        size += len(text) if isinstance(text, str) else 0
        if len(batch) >= _BATCH_TEXTS or size >= _BATCH_CHARACTERS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _run(
    factory: Callable[[Config], _Extracting], config: Config, texts: Iterable[str], jobs: int
) -> Iterator[list[Quote]]:
    batches = _batches(iter(texts))
    try:
        first = next(batches)
    except StopIteration:
        return  # no text, no pool
    executor = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(factory, config),
    )
    pending: collections.deque[Future[list[list[Quote]]]] = collections.deque()
    try:
        for batch in itertools.chain((first,), batches):
            pending.append(executor.submit(_extract_batch, batch))
            if len(pending) >= jobs * _AHEAD_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
