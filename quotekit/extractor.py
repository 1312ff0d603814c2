"""QuoteExtractor: the one place that knows the order of the stages."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

from quotekit import attribution, sentences, spans, titles
from quotekit._config import Config, Stage
from quotekit._document import Context, Document
from quotekit._types import CueClass, Quote, QuoteKind
from quotekit.backends import Backend, load_backend

__all__ = ["QuoteExtractor"]


class QuoteExtractor:
    """Finds and attributes the quotes of texts with one configuration.

    The backend is built on first use and kept, so a stanza pipeline loads once. One extractor
    may be shared by threads: the stages are pure functions over a frozen document.
    """

    def __init__(self, config: Config | None = None) -> None:
        if config is not None and not isinstance(config, Config):
            raise TypeError(f"config must be a quotekit.Config, not {type(config).__name__}")
        self.config = config if config is not None else Config()
        chosen = self.config.stages
        self.stages: tuple[Stage, ...] = (
            chosen.sentences or sentences.segment,
            chosen.spans or spans.find_spans,
            chosen.attribution or attribution.attribute,
            chosen.titles or titles.parse_titles,
        )
        self._backend: Backend | None = None
        self._lock = threading.Lock()

    @property
    def backend(self) -> Backend:
        """The analysing backend, built the first time it is needed."""
        if self._backend is None:
            with self._lock:
                if self._backend is None:
                    self._backend = load_backend(self.config)
        return self._backend

    def run(self, text: str) -> Document:
        """Fold the stages over ``text`` and return the final document state."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        context = Context(config=self.config, backend=self.backend)
        document = Document(text=text)
        for stage in self.stages:
            document = stage(document, context)
        return document

    def extract(self, text: str) -> list[Quote]:
        """The quotes of ``text`` in document order (an empty list when there are none).

        The stages always find every kind of quote, so that leaving some out (``Config``'s
        ``include_indirect``, ``include_thought``, ``min_confidence``) never changes who the
        others are attributed to; the choice is applied here, at the end.
        """
        return [quote for quote in self.run(text).quotes if self.wanted(quote)]

    def wanted(self, quote: Quote) -> bool:
        """Whether the configuration keeps ``quote``."""
        config = self.config
        if quote.confidence < config.min_confidence:
            return False
        if not config.include_indirect and quote.kind is QuoteKind.INDIRECT:
            return False
        return config.include_thought or quote.cue_class is not CueClass.THOUGHT

    def extract_many(self, texts: Iterable[str], *, jobs: int = 1) -> Iterator[list[Quote]]:
        """The quotes of each text, in the order of ``texts``, lazily.

        Args:
            texts: any iterable of strings; it is read a little ahead, never all at once.
            jobs: 1 works in this process; ``N > 1`` starts ``N`` worker processes (each builds
                its own backend, so a stanza pipeline loads ``N`` times); 0 means one per CPU.
                The order of the results is the order of ``texts`` either way.
        """
        if isinstance(texts, str):
            raise TypeError("texts must be an iterable of str, not one str; extract() takes one")
        if jobs != 1:
            from quotekit import _parallel  # imported here: multiprocessing is not cheap

            workers = _parallel.resolve_jobs(jobs)
            if workers > 1:
                return _parallel.extract_in_processes(type(self), self.config, texts, workers)
        return (self.extract(text) for text in texts)
