"""The frozen document state the stages pass along, and what a backend's analysis holds.

A stage is ``(Document, Context) -> Document``: it reads what earlier stages left and returns a
new ``Document`` with its own part filled in (``attrs.evolve``). Offsets are ``str`` indices into
``Document.text``, carried from the start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from quotekit._types import CueClass, Quote, QuoteKind

if TYPE_CHECKING:
    from quotekit._config import Config
    from quotekit._lexicon import Lexicon
    from quotekit.backends import Backend

__all__ = [
    "Analysis",
    "Candidate",
    "Context",
    "Document",
    "EntityMention",
    "Paragraph",
    "Sentence",
    "Token",
]


@attrs.frozen
class Paragraph:
    """A paragraph: text between line breaks, without the surrounding white space."""

    start: int
    end: int


@attrs.frozen
class Sentence:
    """A sentence, with the index of the paragraph that holds it."""

    start: int
    end: int
    paragraph: int


@attrs.frozen
class Token:
    """A word of a parsed backend, with its syntactic head (an index into the tokens, or None)."""

    start: int
    end: int
    lemma: str = ""
    upos: str = ""
    head: int | None = None
    deprel: str = ""


@attrs.frozen
class EntityMention:
    """A named or pronominal mention: ``label`` is PERSON, ORG, GPE, NORP, PRONOUN, ...

    ``cluster`` ties mentions a coreference model put together (None without one).
    """

    start: int
    end: int
    label: str
    cluster: int | None = None


@attrs.frozen
class Analysis:
    """What a backend found in the text. Rules fill sentences and mentions; parsers add tokens."""

    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    mentions: tuple[EntityMention, ...] = ()
    tokens: tuple[Token, ...] = ()


@attrs.frozen
class Candidate:
    """A quote found by the span stage, before anyone is named as its speaker."""

    start: int
    end: int
    kind: QuoteKind
    sentence: int
    paragraph: int
    cue_start: int | None = None
    cue_end: int | None = None
    cue_class: CueClass | None = None
    statement: int = 0
    negated: bool = False


@attrs.frozen
class Document:
    """The state folded through the stages."""

    text: str
    analysis: Analysis = Analysis(paragraphs=(), sentences=())
    candidates: tuple[Candidate, ...] = ()
    quotes: tuple[Quote, ...] = ()


@attrs.frozen
class Context:
    """What every stage may read besides the document: the config and the running backend."""

    config: Config
    backend: Backend

    @property
    def lexicon(self) -> Lexicon:
        return self.config.lexicon
