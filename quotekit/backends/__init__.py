"""Backends analyse text for the stages: sentences, name mentions, and (when they can) parses.

A backend is any object with a ``name`` and an ``analyse(text) -> Analysis`` method. ``rules``
is the default and needs nothing but quotekit; ``stanza`` needs ``pip install quotekit[stanza]``
and downloaded models, and is imported only when asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from quotekit._errors import ConfigError

if TYPE_CHECKING:
    from quotekit._config import Config
    from quotekit._document import Analysis

__all__ = ["BACKENDS", "Backend", "load_backend"]

BACKENDS = ("rules", "stanza")


@runtime_checkable
class Backend(Protocol):
    """What the stages need from an analyser of text."""

    @property
    def name(self) -> str:
        """A short name for messages and benchmarks ("rules", "stanza")."""
        ...

    def analyse(self, text: str) -> Analysis:
        """Paragraphs, sentences and mentions of ``text`` (offsets into it)."""
        ...


def load_backend(config: Config) -> Backend:
    """Build the backend ``config.backend`` names (importing heavy packages only then)."""
    if config.backend == "rules":
        from quotekit.backends.rules import RulesBackend

        return RulesBackend(config.lexicon)
    if config.backend == "stanza":
        from quotekit.backends.stanza import StanzaBackend

        return StanzaBackend(config)
    raise ConfigError(f"unknown backend {config.backend!r}; choose one of {', '.join(BACKENDS)}")
