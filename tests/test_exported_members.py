"""``quotekit.__all__`` lists exactly the public names, sorted."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import quotekit


def test_all_lists_exactly_the_public_names() -> None:
    public = {
        name
        for name, value in vars(quotekit).items()
        if not name.startswith("_") and not getattr(value, "__name__", "").startswith("quotekit.")
    }
    assert set(quotekit.__all__) == public | {"__version__"}


def test_all_is_sorted() -> None:
    assert list(quotekit.__all__) == sorted(quotekit.__all__)


def _imports_between_modules() -> list[tuple[str, str, str]]:
    """(importing file, module, name) for every `from quotekit.x import name` inside the package."""
    package = Path(quotekit.__file__).parent
    found: list[tuple[str, str, str]] = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("quotekit."):
                found.extend((path.name, node.module or "", alias.name) for alias in node.names)
    return found


def test_every_name_shared_between_modules_is_in_its_modules_all() -> None:
    # A stage file that imports a helper from another module relies on it as that module's
    # interface: `__all__` is where a reader looks to see what a module offers the others.
    unlisted = [
        (importer, module, name)
        for importer, module, name in _imports_between_modules()
        if name not in getattr(importlib.import_module(module), "__all__", (name,))
    ]
    assert unlisted == []
