"""The frozen configuration of an extractor: which backend, which stages, which word lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from quotekit._lexicon import Lexicon, default_lexicon

if TYPE_CHECKING:
    from quotekit._document import Context, Document

__all__ = ["Config", "Stage", "Stages"]

Stage: TypeAlias = "Callable[[Document, Context], Document]"


def _stage(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A replacement stage is a function or None; anything else fails when the config is built."""
    if value is not None and not callable(value):
        raise TypeError(
            f"stages.{attribute.name} must be a callable (document, context) -> document or "
            f"None, not {type(value).__name__}"
        )


def _instance_of(kind: type) -> Callable[[object, attrs.Attribute[Any], Any], None]:
    """A validator whose TypeError reads as one sentence naming the expected type."""

    def check(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind):
            raise TypeError(f"{attribute.name} must be {kind.__name__}, not {type(value).__name__}")

    return check


@attrs.frozen
class Stages:
    """Replacements for built-in stages; ``None`` keeps quotekit's own.

    Each stage is a plain function ``(document, context) -> document`` over the frozen document
    state (see ``docs/stages.md``). ``QuoteExtractor`` is the one place that knows their order:
    sentences, spans, attribution, titles.
    """

    sentences: Stage | None = attrs.field(default=None, validator=_stage)
    spans: Stage | None = attrs.field(default=None, validator=_stage)
    attribution: Stage | None = attrs.field(default=None, validator=_stage)
    titles: Stage | None = attrs.field(default=None, validator=_stage)


def _check_confidence(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{attribute.name} must be a number in 0..1, not {type(value).__name__}")
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must lie in 0..1, got {value!r}")


@attrs.frozen
class Config:
    """How an extractor runs. Change a field with ``config.replace(backend="stanza")``.

    Args:
        backend: ``"rules"`` (default, offline, no models) or ``"stanza"``.
        include_indirect: return reported speech as well as quotes in quote marks.
        include_thought: return beliefs, intentions and perceptions (``X believes ...``).
        min_confidence: leave out quotes whose attribution confidence is below this.
        lexicon: the word lists; ``default_lexicon().extended(...)`` adds entries.
        stages: user replacements for built-in stages.
        stanza_dir: folder of stanza models (else ``STANZA_RESOURCES_DIR`` or stanza's default).
        stanza_coref: run stanza's coreference model too (it must be downloaded).
    """

    backend: str = attrs.field(default="rules", validator=_instance_of(str))
    include_indirect: bool = True
    include_thought: bool = True
    min_confidence: float = attrs.field(default=0.0, validator=_check_confidence)
    lexicon: Lexicon = attrs.field(factory=default_lexicon, validator=_instance_of(Lexicon))
    stages: Stages = attrs.field(factory=Stages, validator=_instance_of(Stages))
    stanza_dir: str | None = None
    stanza_coref: bool = False

    def replace(self, **changes: object) -> Config:
        """Return a copy with the given fields changed."""
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]
