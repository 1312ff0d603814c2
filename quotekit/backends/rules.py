"""The default backend: rules only, offline, no models."""

from __future__ import annotations

import attrs

from quotekit._document import Analysis
from quotekit._lexicon import Lexicon, abbreviations_used_as
from quotekit.mentions import find_mentions, words_going_on
from quotekit.sentences import split_paragraphs, split_sentences

__all__ = ["RulesBackend"]


@attrs.frozen
class RulesBackend:
    """Sentences from the rule splitter, mentions from capitalisation and word lists."""

    lexicon: Lexicon
    name: str = "rules"
    # the states' abbreviations with a dot ("calif."), taken from the lexicon once, not per text
    dotted_states: frozenset[str] = attrs.field(init=False, repr=False, eq=False)

    @dotted_states.default
    def _dotted_states(self) -> frozenset[str]:
        return frozenset(form for form in self.lexicon.us_states if form.endswith("."))

    def analyse(self, text: str) -> Analysis:
        paragraphs = split_paragraphs(text)
        sentences = split_sentences(
            text,
            paragraphs,
            self.lexicon.abbreviations,
            states=self.dotted_states,
            going_on=words_going_on(),
            number_signs=abbreviations_used_as("number sign"),
        )
        return Analysis(
            paragraphs=paragraphs,
            sentences=sentences,
            mentions=find_mentions(text, paragraphs, self.lexicon),
        )
