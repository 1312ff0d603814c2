"""``quotekit.__all__`` lists exactly the public names, sorted."""

from __future__ import annotations

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
