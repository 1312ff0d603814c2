"""Adversarial inputs: each returns without error and grounded, and its cost grows linearly.

Speed lives in ``benchmarks/adversarial.py``; here linear growth is checked by counting work,
which is the same on every machine: the calls and C calls Python's profiler sees, plus the
characters of the text that slices copy and ``find``/``rfind`` scan, and the characters each of
quotekit's module-level patterns reads (the costs a profiler misses). Linear code does about four
times the work on four times the text; quadratic code does sixteen times, and the count stops
early once it is clearly too much, so a regression fails in a second instead of hanging the
suite.

What the count cannot see is the work inside the regex engine at one call. Two checks compare
times for that, each with a margin no noise on a machine explains: every pattern over a long run
of one character at two lengths (a pattern that backtracks takes sixteen times as long on four
times the run), and the same words after few or many speakers (per-document patterns).
"""

from __future__ import annotations

import ast
import contextlib
import gc
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any, SupportsIndex

import pytest

import quotekit
from quotekit import extract_quotes
from tests.strategies import ADVERSARIAL
from tests.test_properties import check_quotes

ISSUE_INPUTS = (
    "unmatched quote marks",
    "nested quotes",
    "no space or newline",
    "one sentence",
    "paragraphs of one quote",
    "name-like capitalised run",
)
FOUND_INPUTS = tuple(name for name in ADVERSARIAL if name not in ISSUE_INPUTS)
SMALL = 20_000  # characters of each input


# --- every adversarial input returns, grounded ------------------------------------------------


@pytest.mark.parametrize("name", ISSUE_INPUTS)
def test_issue_input_returns_grounded(name: str) -> None:
    text = ADVERSARIAL[name](SMALL)
    check_quotes(text, extract_quotes(text))


@pytest.mark.parametrize("name", FOUND_INPUTS)
def test_found_input_returns_grounded(name: str) -> None:
    text = ADVERSARIAL[name](SMALL)
    check_quotes(text, extract_quotes(text))


# --- counting work ----------------------------------------------------------------------------


class WorkExceeded(BaseException):
    """Raised from the profiler when a run does more work than allowed (a BaseException, so no
    ``except Exception`` inside quotekit can swallow it)."""


class _Meter:
    """The work of one run: profiler events plus characters copied and scanned."""

    def __init__(self) -> None:
        self.limit = 0
        self.work = 0

    def reset(self, limit: int) -> None:
        self.limit = limit
        self.work = 0

    def add(self, amount: int) -> None:
        self.work += amount

    def profile(self, frame: FrameType, event: str, arg: object) -> None:
        del frame, event, arg
        self.work += 1
        if self.work > self.limit:
            raise WorkExceeded(self.work)


_meter = _Meter()  # one meter, reset for each run (the text subclass reports to it)


def _bounds(text: str, start: SupportsIndex | None, end: SupportsIndex | None) -> tuple[int, int]:
    low, high, _ = slice(start, end).indices(len(text))
    return low, max(low, high)


class _CountedText(str):
    """A ``str`` that reports the characters its slices copy and its searches scan."""

    __slots__ = ()

    def __getitem__(self, key: SupportsIndex | slice) -> str:  # type: ignore[override]
        result = str.__getitem__(self, key)
        _meter.add(len(result))
        return result

    def find(
        self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None
    ) -> int:
        low, high = _bounds(self, start, end)
        found = str.find(self, sub, low, high)
        _meter.add((found if found != -1 else high) - low)
        return found

    def rfind(
        self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None
    ) -> int:
        low, high = _bounds(self, start, end)
        found = str.rfind(self, sub, low, high)
        _meter.add(high - (found if found != -1 else low))
        return found

    def index(
        self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None
    ) -> int:
        low, high = _bounds(self, start, end)
        found = str.index(self, sub, low, high)
        _meter.add(found - low)
        return found

    def rindex(
        self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None
    ) -> int:
        low, high = _bounds(self, start, end)
        found = str.rindex(self, sub, low, high)
        _meter.add(high - found)
        return found

    def count(
        self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None
    ) -> int:
        low, high = _bounds(self, start, end)
        _meter.add(high - low)
        return str.count(self, sub, low, high)


def _range(string: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[int, int]:
    """The ``pos``/``endpos`` a pattern method was called with, as bounds in ``string``."""
    pos = args[0] if args else kwargs.get("pos")
    endpos = args[1] if len(args) > 1 else kwargs.get("endpos")
    return _bounds(string, pos, endpos)


class _CountingPattern:
    """Stands in for one of quotekit's compiled patterns and reports the characters each call
    reads: up to the match for ``search`` and ``match``, up to each match as ``finditer`` is
    iterated, the whole range for ``findall``, ``sub`` and ``split``."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)

    def search(self, string: str, *args: Any, **kwargs: Any) -> Any:
        low, high = _range(string, args, kwargs)
        found = self.pattern.search(string, *args, **kwargs)
        _meter.add((found.end() if found is not None else high) - low)
        return found

    def match(self, string: str, *args: Any, **kwargs: Any) -> Any:
        low, _ = _range(string, args, kwargs)
        found = self.pattern.match(string, *args, **kwargs)
        _meter.add(found.end() - low if found is not None else 1)
        return found

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> Any:
        low, high = _range(string, args, kwargs)
        _meter.add(high - low)
        return self.pattern.fullmatch(string, *args, **kwargs)

    def finditer(self, string: str, *args: Any, **kwargs: Any) -> Iterator[Any]:
        low, high = _range(string, args, kwargs)
        for found in self.pattern.finditer(string, *args, **kwargs):
            _meter.add(found.end() - low)
            low = found.end()
            yield found
        _meter.add(high - low)

    def findall(self, string: str, *args: Any, **kwargs: Any) -> Any:
        low, high = _range(string, args, kwargs)
        _meter.add(high - low)
        return self.pattern.findall(string, *args, **kwargs)

    def sub(self, replacement: Any, string: str, *args: Any, **kwargs: Any) -> Any:
        _meter.add(len(string))
        return self.pattern.sub(replacement, string, *args, **kwargs)

    def split(self, string: str, *args: Any, **kwargs: Any) -> Any:
        _meter.add(len(string))
        return self.pattern.split(string, *args, **kwargs)


@contextlib.contextmanager
def _counting_patterns() -> Iterator[None]:
    """Every compiled pattern at module level in quotekit reports its reads while inside."""
    replaced = []
    for info in pkgutil.walk_packages(quotekit.__path__, "quotekit."):
        if info.name.endswith((".stanza", "__main__")):
            continue
        module = importlib.import_module(info.name)
        for name, value in list(vars(module).items()):
            if hasattr(value, "finditer") and hasattr(value, "pattern"):
                replaced.append((module, name, value))
                setattr(module, name, _CountingPattern(value))
    try:
        yield
    finally:
        for module, name, value in replaced:
            setattr(module, name, value)


def work_of(text: str, limit: int) -> int:
    """The work ``extract_quotes`` does on ``text``; ``WorkExceeded`` past ``limit``."""
    counted = _CountedText(text)
    with _counting_patterns():
        _meter.reset(limit)
        sys.setprofile(_meter.profile)
        try:
            extract_quotes(counted)
        finally:
            sys.setprofile(None)
    return _meter.work


# News costs 20-30 a character. A cue every 5 characters with no space to end the sentence
# ("said.said.") costs about 6,000: each cue reads its clause window (spans._CLAUSE_CHARACTERS)
# a few dozen times, a constant that has grown with the span rules (each pattern searched once
# over a cue's window adds about 270 a character on that input; 5,990 in the twenty-third
# round, when this bound was raised from 6,000); GROWTH below is the linearity check.
WORK_PER_CHARACTER = 7_500
GROWTH = 6.0  # four times the text may cost this many times the work (linear: about 4)


def assert_linear(make: Callable[[int], str], size: int) -> None:
    """``make(4 * size)`` costs at most ``GROWTH`` times ``make(size)``."""
    extract_quotes(make(size // 4))  # warm the caches: word lists, compiled patterns
    small_text = make(size)
    try:
        small = work_of(small_text, WORK_PER_CHARACTER * len(small_text))
    except WorkExceeded:
        pytest.fail(f"more than {WORK_PER_CHARACTER} units of work a character at {size}")
    large_text = make(4 * size)
    try:
        large = work_of(large_text, int(GROWTH * small))
    except WorkExceeded:
        pytest.fail(f"4x the text, more than {GROWTH}x the work (the first run cost {small})")
    assert large <= GROWTH * small


# Every input at 8,000 and 32,000 characters: above the longest stretch a stage reads around
# one cue (spans._CLAUSE_CHARACTERS, 3,000), so a bounded read shows as the constant it is.
# Found and fixed while hardening, and guarded here: spans._starts_sentence sliced the sentence
# up to each quote; spans._cue_before and _nearest_cue listed every cue before each quote, and
# _cue_before read back to a cue however far; spans._SpanFinder.reported kept fragments in a
# list and weighed every pair of cues; content_of, backward_content and according_to read to
# the sentence's ends for every cue; sentences._TERMINATOR retried every dot of a run; titles
# read every person sharing a surname at each of its places.
LINEAR_SIZE = 8_000

# name: why it is not linear yet, or None
LINEAR_CASES: dict[str, str | None] = dict.fromkeys(ADVERSARIAL)


def _linear_params() -> list[Any]:
    params = []
    for name, reason in LINEAR_CASES.items():
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(name, id=name, marks=marks))
    return params


@pytest.mark.parametrize("name", _linear_params())
def test_work_grows_linearly(name: str) -> None:
    assert_linear(ADVERSARIAL[name], LINEAR_SIZE)


def test_every_adversarial_input_has_a_linearity_case() -> None:
    assert set(LINEAR_CASES) == set(ADVERSARIAL)


def test_the_meter_sees_quadratic_work() -> None:
    """The meter itself: a quadratic loop over slices fails ``assert_linear``."""

    def quadratic(text: str) -> None:
        for index in range(0, len(text), 10):
            text[:index].strip()

    def make(size: int) -> str:
        return "a" * size

    counts = []
    for size in (2_000, 8_000):
        _meter.reset(10**9)
        quadratic(_CountedText(make(size)))
        counts.append(_meter.work)
    assert counts[1] > 10 * counts[0]


# --- regex audit: no pattern backtracks over a run of one character ---------------------------

# Runs that make a careless pattern retry: terminators, capitals, word characters, spaces,
# quote marks, initials, dashes, digits with commas, cue words.
_RUNS = (
    ".",
    "?!",
    "\u2026",
    ". ",
    "A",
    "a",
    "Ab ",
    "A.",
    "A. ",
    "Ab-",
    "a'",
    " ",
    "\u00a0",
    ",",
    ", ",
    '"',
    "\u201c",
    "\u201d ",
    "'",
    "-",
    "1,000",
    "said ",
    "Said ",
    "according to ",
    "Jane Roe ",
    "de ",
    "that ",
    "\n",
)
_SHORT_RUN = 2_000
_BACKTRACKS = 8.0  # a linear scan of 4x the run takes about 4x as long
_NOISE = 0.005  # seconds; a scan of 8k characters taking less than this is fast whatever the ratio


def _methods_used(module: Any, attribute: str) -> set[str]:
    """The methods a module calls on its pattern ``attribute`` (``match``, ``finditer``, ...)."""
    source = Path(module.__file__).read_text(encoding="utf-8")
    return set(re.findall(rf"\b{re.escape(attribute)}\.(\w+)\(", source))


def _patterns() -> Iterator[tuple[str, Any, bool]]:
    """Every compiled pattern at module level in quotekit, and those built per lexicon, with
    whether it is only ever matched at one position (``match``/``fullmatch``)."""
    for info in pkgutil.walk_packages(quotekit.__path__, "quotekit."):
        if info.name.endswith((".stanza", "__main__")):
            continue
        module = importlib.import_module(info.name)
        for attribute, value in sorted(vars(module).items()):
            if hasattr(value, "finditer") and hasattr(value, "pattern"):
                anchored = _methods_used(module, attribute) <= {"match", "fullmatch"}
                yield f"{info.name}.{attribute}", value, anchored
    spans = importlib.import_module("quotekit.spans")
    lexicon = quotekit.default_lexicon()
    if hasattr(spans, "_cue_pattern"):
        yield "quotekit.spans._cue_pattern()", spans._cue_pattern(lexicon), False
    if hasattr(spans, "_naming_pattern"):
        yield "quotekit.spans._naming_pattern()", spans._naming_pattern()[0], False


def _scan_time(pattern: Any, text: str, anchored: bool) -> float:
    """The least processor time of three scans of ``text``: every match, or the one match at
    its start for a pattern only used that way."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        if anchored:
            pattern.match(text)
        else:
            for _match in pattern.finditer(text):
                pass
        best = min(best, time.process_time() - started)
    return best


# Patterns known to backtrack, with why (none now: sentences._TERMINATOR and
# evaluate._CLOSES_WITH_MARK were, and are fixed).
_SLOW_PATTERNS: dict[str, str] = {}


def _pattern_params() -> list[Any]:
    params = []
    for name, pattern, anchored in _patterns():
        reason = _SLOW_PATTERNS.get(name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(pattern, anchored, id=name, marks=marks))
    return params


@pytest.mark.parametrize(("pattern", "anchored"), _pattern_params())
def test_pattern_scans_runs_in_linear_time(pattern: Any, anchored: bool) -> None:
    slow = []
    for run in _RUNS:
        for tail in ("", "x"):  # a last word character makes every attempt fail at the end
            long = (run * 4 * _SHORT_RUN)[: 4 * _SHORT_RUN] + tail
            long_time = _scan_time(pattern, long, anchored)
            if long_time > _NOISE:
                short = (run * _SHORT_RUN)[:_SHORT_RUN] + tail
                if long_time > _BACKTRACKS * _scan_time(pattern, short, anchored):
                    slow.append(run + tail)
    assert not slow, f"super-linear on runs of {slow!r}"


_REPEATS = 5  # runs of which the fastest counts: the others carry the machine's noise


def _speakers_then_words(speakers: int, words: int = 200_000) -> str:
    head = "".join(
        f'"We will win," Sen. Jane {"".join(chr(97 + int(d)) for d in str(i)).capitalize()}son '
        "said.\n"
        for i in range(speakers)
    )
    return head + ("bcd " * (words // 4 + 1))[:words]


def test_the_cost_of_a_text_hardly_grows_with_its_speakers() -> None:
    """200 kB of words cost about as much after 1,600 one-line quotes of different speakers as
    after 50; code that compares each word with each speaker pays for 32 times the speakers.
    (titles once matched the speakers' surnames with one alternation of them all; a trie now.)"""
    extract_quotes(_speakers_then_words(10))

    def words_cost(speakers: int) -> float:
        with_words = min(_cpu_time(_speakers_then_words(speakers)) for _ in range(_REPEATS))
        without = min(_cpu_time(_speakers_then_words(speakers, words=0)) for _ in range(_REPEATS))
        return with_words - without

    assert words_cost(1_600) < 4 * words_cost(50) + _NOISE


def _cpu_time(text: str) -> float:
    """Processor time of one extraction, the garbage collector held off: a collection that
    happens to fall inside one run is no cost of that text."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        extract_quotes(text)
        return time.process_time() - started
    finally:
        gc.enable()


_REGEX_CALLS = ("compile", "match", "search", "fullmatch", "finditer", "findall", "sub", "split")


def _compiled_without_audit() -> Iterator[str]:
    """Patterns written in quotekit's source (``re.``/``regex.`` calls with a pattern) without
    an ``Audit:`` note in the comments just above their statement, inside it, or in the
    docstring of the function that holds it."""
    root = Path(quotekit.__file__).parent
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        statement: dict[ast.AST, ast.stmt] = {}
        docstring: dict[ast.AST, str] = {}
        for node in ast.walk(tree):  # outer nodes first, so inner ones overwrite them
            if isinstance(node, ast.stmt):
                for inner in ast.walk(node):
                    statement[inner] = node
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for inner in ast.walk(node):
                    docstring[inner] = ast.get_docstring(node) or ""
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("re", "regex")
                and node.func.attr in _REGEX_CALLS
            ):
                continue
            owner = statement[node]
            first, last = owner.lineno - 1, (owner.end_lineno or owner.lineno) - 1
            note = [docstring.get(node, "")]
            note.extend(line for line in lines[first : last + 1] if line.lstrip().startswith("#"))
            line = first - 1
            while line >= 0 and lines[line].lstrip().startswith("#"):
                note.append(lines[line])
                line -= 1
            if "Audit:" not in "\n".join(note):
                yield f"{path.relative_to(root.parent)}:{node.lineno}"


def test_every_pattern_has_an_audit_note() -> None:
    missing = list(_compiled_without_audit())
    assert not missing, f"patterns without an 'Audit:' note: {missing}"


# --- regressions found by fuzzing (benchmarks/fuzz.py) ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the fuzzer's inputs, the first shrunk
        "quoted sas saying\xa0t y\xa0w",
        pytest.param(
            "a spokesman quoted Al de la Cruz\u2019s \U0001f1fa\U0001f1f8as saying"
            ' \u201e12" Monday -\u201c\n',
            id="emoji-glued-as",
        ),
        "cited was saying cited told reporters \u201d",
        "Quoted alias saying the plan will fail.",
        "He cited Roe'sas saying the plan will fail.",
        "The agency cited has saying the plan will fail.",
        "quoting was saying the plan will fail",
        pytest.param("He quoted Jane Roe -as saying the plan will fail.", id="hyphen-glued-as"),
    ],
)
def test_a_chain_cue_without_a_separate_as_names_no_inverted_span(text: str) -> None:
    check_quotes(text, extract_quotes(text))
