"""QuoteExtractor: the stage order, replaceable stages, configuration, and module layering."""

from __future__ import annotations

import ast
from pathlib import Path

import attrs
import pytest

from quotekit import Config, ConfigError, QuoteExtractor, QuoteKind, Stages
from quotekit._document import Context, Document, Paragraph, Sentence

TEXT = (
    "\u201cWe are ready,\u201d Lena Marsh said.\n\n\u201cThe plan is final,\u201d Omar Reza said."
)


def test_extract_many_keeps_order() -> None:
    extractor = QuoteExtractor()
    results = list(extractor.extract_many([TEXT, "", TEXT]))
    assert [len(r) for r in results] == [2, 0, 2]


def test_a_user_stage_replaces_the_sentence_splitter() -> None:
    def one_sentence_per_paragraph(document: Document, context: Context) -> Document:
        analysed = context.backend.analyse(document.text)
        sentences = tuple(Sentence(p.start, p.end, i) for i, p in enumerate(analysed.paragraphs))
        return attrs.evolve(document, analysis=attrs.evolve(analysed, sentences=sentences))

    extractor = QuoteExtractor(Config(stages=Stages(sentences=one_sentence_per_paragraph)))
    quotes = extractor.extract(TEXT)
    assert [q.sentence for q in quotes] == [0, 1]
    assert [q.speaker.name for q in quotes if q.speaker] == ["Lena Marsh", "Omar Reza"]


def test_min_confidence_filters() -> None:
    text = "Mira Holt arrived.\n\n\u201cThis is my town.\u201d"
    assert QuoteExtractor().extract(text)
    assert QuoteExtractor(Config(min_confidence=0.9)).extract(text) == []


def test_thought_can_be_left_out() -> None:
    text = "The minister believes the economy will recover next year."
    assert [q.kind for q in QuoteExtractor().extract(text)] == [QuoteKind.INDIRECT]
    assert QuoteExtractor(Config(include_thought=False)).extract(text) == []


def test_leaving_out_reported_speech_keeps_the_other_speakers() -> None:
    text = (
        "Health Minister Ada Kessling said the clinics would close in May.\n\n"
        "The Isles Broadcasting network reported that nurses had not been told.\n\n"
        "\u201cWe had no choice,\u201d she said."
    )
    everything = QuoteExtractor().extract(text)
    direct_only = QuoteExtractor(Config(include_indirect=False)).extract(text)
    assert [q.text for q in direct_only] == ["\u201cWe had no choice,\u201d"]
    assert direct_only[0] == everything[-1]
    assert direct_only[0].speaker is not None
    assert direct_only[0].speaker.name == "Ada Kessling"


def test_bad_config_values() -> None:
    with pytest.raises(ValueError, match="min_confidence"):
        Config(min_confidence=1.5)
    with pytest.raises(ConfigError, match="unknown backend"):
        QuoteExtractor(Config(backend="nope")).extract("text")
    with pytest.raises(TypeError, match="Config"):
        QuoteExtractor("rules")  # type: ignore[arg-type]


def test_config_is_frozen_and_replace_returns_a_copy() -> None:
    config = Config()
    changed = config.replace(include_indirect=False)
    assert config.include_indirect
    assert not changed.include_indirect
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.backend = "stanza"  # type: ignore[misc]


def test_paragraph_record_is_plain_offsets() -> None:
    assert Paragraph(0, 5) == Paragraph(start=0, end=5)


# Lower modules must not import higher ones: records < lexicon < config < document < stages.
LAYERS = {
    "_types": set(),
    "_errors": set(),
    "_lexicon": {"_types"},
    "mentions": {"_document", "_lexicon", "_types"},
    "sentences": {"_document"},
}


@pytest.mark.parametrize("module", sorted(LAYERS))
def test_layering(module: str) -> None:
    source = (Path(__file__).parents[1] / "quotekit" / f"{module}.py").read_text()
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("quotekit"):
            imported.add(node.module.split(".", 1)[1] if "." in node.module else "")
    assert imported <= LAYERS[module]
