"""One extractor shared by threads gives what sequential use gives; configs and tables are
immutable, so nothing one caller does can change what another gets."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs
import pytest

import quotekit
from quotekit import (
    Config,
    CueClass,
    Lexicon,
    Quote,
    QuoteExtractor,
    Span,
    Speaker,
    SpeakerKind,
    Stages,
    default_lexicon,
    extract_quotes,
)
from tests.conftest import read_golden
from tests.strategies import ADVERSARIAL

ARTICLES = sorted((Path(__file__).parents[1] / "examples" / "articles").glob("*.txt"))
THREADS = 8


def corpus() -> list[str]:
    """Articles, golden cases and small adversarial inputs: every path of the stages."""
    texts = [path.read_text(encoding="utf-8") for path in ARTICLES]
    texts += [case["input"] for case in read_golden("quotes.jsonl")]
    texts += [make(1_500) for make in ADVERSARIAL.values()]
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return corpus()


def _shuffled_work(texts: list[str], rounds: int) -> list[int]:
    order = [index for _ in range(rounds) for index in range(len(texts))]
    random.Random(9).shuffle(order)
    return order


def test_shared_extractor_in_a_thread_pool_matches_sequential_use(texts: list[str]) -> None:
    extractor = QuoteExtractor()
    expected = [extractor.extract(text) for text in texts]
    order = _shuffled_work(texts, rounds=3)
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(lambda index: extractor.extract(texts[index]), order))
    for index, result in zip(order, results, strict=True):
        assert result == expected[index]


def test_extract_quotes_from_many_threads_matches_sequential_use(texts: list[str]) -> None:
    expected = [extract_quotes(text) for text in texts]
    order = _shuffled_work(texts, rounds=2)
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(lambda index: extract_quotes(texts[index]), order))
    for index, result in zip(order, results, strict=True):
        assert result == expected[index]


def test_a_fresh_extractor_builds_one_backend_when_threads_race(texts: list[str]) -> None:
    """Threads that all start on a new extractor at once share the backend it builds."""
    extractor = QuoteExtractor()
    start = threading.Barrier(THREADS)

    def first_use(index: int) -> tuple[int, list[Quote]]:
        start.wait()
        quotes = extractor.extract(texts[index])
        return id(extractor.backend), quotes

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(first_use, range(THREADS)))
    assert len({backend for backend, _ in results}) == 1
    sequential = QuoteExtractor()
    for index, (_, quotes) in enumerate(results):
        assert quotes == sequential.extract(texts[index])


def test_extractors_with_different_configs_do_not_interfere(texts: list[str]) -> None:
    """Caches keyed by lexicon (cue patterns, title vocabularies) keep lexicons apart."""
    plain = QuoteExtractor()
    extended = QuoteExtractor(
        Config(lexicon=default_lexicon().extended(cues={"blorped": CueClass.SPEECH}))
    )
    sample = [*texts, '"We will win," Jane Roe blorped.']
    expected = {id(e): [e.extract(text) for text in sample] for e in (plain, extended)}
    jobs = [(e, i) for e in (plain, extended) for i in range(len(sample))] * 2
    random.Random(3).shuffle(jobs)
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(lambda job: job[0].extract(sample[job[1]]), jobs))
    for (extractor, index), result in zip(jobs, results, strict=True):
        assert result == expected[id(extractor)][index]
    assert expected[id(plain)][-1] != expected[id(extended)][-1]


# --- immutability -----------------------------------------------------------------------------

SET_FIELDS = [
    f.name
    for f in attrs.fields(Lexicon)
    if isinstance(getattr(default_lexicon(), f.name), frozenset)
]
MAPPING_FIELDS = [f.name for f in attrs.fields(Lexicon) if f.name not in SET_FIELDS]


def test_config_and_stages_are_frozen() -> None:
    config = Config()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.min_confidence = 0.5  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.lexicon = default_lexicon()  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.stages.spans = None  # type: ignore[misc]
    with pytest.raises(AttributeError):
        config.extra = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "lexicon",
    [default_lexicon(), default_lexicon().extended(cues={"x": CueClass.SPEECH})],
    ids=["default", "extended"],
)
def test_lexicon_tables_refuse_changes(lexicon: Lexicon) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        lexicon.cues = {}  # type: ignore[misc]
    for name in MAPPING_FIELDS:
        table: Any = getattr(lexicon, name)
        with pytest.raises(TypeError):
            table["new entry"] = "value"
        with pytest.raises((TypeError, AttributeError)):
            del table[next(iter(table), "x")]
        with pytest.raises(AttributeError):
            table.clear()
    for name in SET_FIELDS:
        with pytest.raises(AttributeError):
            getattr(lexicon, name).add("new.")


def test_a_lexicon_keeps_no_reference_to_the_callers_tables() -> None:
    """Tables passed in are copied: changing the caller's dict later changes nothing."""
    base = default_lexicon()
    cues = dict(base.cues)
    abbreviations = set(base.abbreviations)
    lexicon = attrs.evolve(base, cues=cues, abbreviations=abbreviations)
    before = extract_with(lexicon)
    cues.clear()
    abbreviations.clear()
    assert extract_with(lexicon) == before
    assert isinstance(lexicon.cues, MappingProxyType)
    assert isinstance(lexicon.abbreviations, frozenset)
    with pytest.raises(TypeError):
        lexicon.cues["said"] = CueClass.THOUGHT  # type: ignore[index]


def extract_with(lexicon: Lexicon) -> list[Quote]:
    return QuoteExtractor(Config(lexicon=lexicon)).extract(
        '"We will win," Sen. Jane Roe said on Jan. 5. She told reporters the plan would fail.'
    )


def test_extraction_changes_no_table(texts: list[str]) -> None:
    lexicon = default_lexicon()

    def contents() -> dict[str, object]:
        return {
            name: sorted(table) if name in SET_FIELDS else dict(table)
            for name in (f.name for f in attrs.fields(Lexicon))
            for table in (getattr(lexicon, name),)
        }

    before = contents()
    for text in texts:
        extract_quotes(text)
    assert contents() == before
    assert default_lexicon() is lexicon


@pytest.mark.parametrize(
    "make",
    [
        lambda: Span(0, 1, "x"),
        lambda: Speaker(name="x", mention=Span(0, 1, "x")),
        lambda: Quote(text="x", start=0, end=1, kind=quotekit.QuoteKind.DIRECT),
    ],
    ids=["Span", "Speaker", "Quote"],
)
def test_records_are_frozen(make: Callable[[], Any]) -> None:
    record = make()
    field = attrs.fields(type(record))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field, "changed")


def test_config_fields_of_the_wrong_type_raise_type_error() -> None:
    with pytest.raises(TypeError, match="Lexicon"):
        Config(lexicon={"said": CueClass.SPEECH})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Stages"):
        Config(stages=(None, None))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="callable"):
        Stages(spans="spans")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="min_confidence"):
        Config(min_confidence="0.5")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="backend"):
        Config(backend=None)  # type: ignore[arg-type]


# Module-level dicts, lists and sets of quotekit that are tables (read, never written), and tuples
# or frozensets holding them, must be read-only; caches of derived data (names with
# cache/memo/seen/index/pattern/vocabular) may not.
_CACHE_WORDS = ("cache", "memo", "seen", "index", "pattern", "vocabular")


def _mutable_tables() -> list[str]:
    import importlib
    import pkgutil

    found = []
    for info in pkgutil.walk_packages(quotekit.__path__, "quotekit."):
        if info.name.endswith((".stanza", "__main__")):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if name.startswith("__") or any(word in name.lower() for word in _CACHE_WORDS):
                continue
            if type(value) in (dict, list, set) or (
                type(value) in (tuple, frozenset)
                and any(type(item) in (dict, list, set) for item in value)
            ):
                found.append(f"{info.name}.{name}")  # (also a tuple of lists)
    return sorted(found)


def test_module_tables_are_read_only() -> None:
    assert _mutable_tables() == []


def _bound_names(body: list[Any]) -> list[str]:
    """The names a module's or a class's body binds: assignments, functions and classes (an
    ``@overload`` or a property's ``@x.setter`` binds its name again by design)."""
    import ast

    names = []
    for statement in body:
        if isinstance(statement, (ast.Assign, ast.AnnAssign)):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            names += [target.id for target in targets if isinstance(target, ast.Name)]
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            decorators = [ast.unparse(decorator) for decorator in statement.decorator_list]
            if not any(
                decorator.endswith(("overload", ".setter", ".deleter")) for decorator in decorators
            ):
                names.append(statement.name)
    return names


def _names_bound_twice() -> list[str]:
    """Names a module, or a class in it, binds twice: the later value silently wins, so the
    rule written beside the first reads the second (two limits once shared one name in
    spans.py; a new method once took an existing method's name in attribution.py)."""
    import ast
    import collections
    import pathlib

    found = []
    for path in sorted(pathlib.Path(quotekit.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
        scopes = [("", tree.body)] + [(f"{node.name}.", node.body) for node in classes]
        for prefix, body in scopes:
            names = collections.Counter(_bound_names(body))
            found += [f"{path.name}: {prefix}{name}" for name, count in names.items() if count > 1]
    return found


def test_no_module_name_is_bound_twice() -> None:
    assert _names_bound_twice() == []


def test_speaker_kind_enum_is_closed() -> None:
    with pytest.raises(AttributeError):
        SpeakerKind.PERSON = "x"  # type: ignore[misc]


def test_a_lexicon_pickles_and_comes_back_read_only() -> None:
    """Worker processes get the config by pickle; their lexicon is as immutable as ours."""
    import pickle

    lexicon = default_lexicon().extended(cues={"blorped": CueClass.SPEECH})
    copy = pickle.loads(pickle.dumps(Config(lexicon=lexicon))).lexicon
    assert copy == lexicon
    assert isinstance(copy.cues, MappingProxyType)
    with pytest.raises(TypeError):
        copy.cues["said"] = CueClass.THOUGHT  # type: ignore[index]
