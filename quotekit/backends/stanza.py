"""The stanza backend: neural sentences, named entities, dependency parses and coreference.

Two halves. ``StanzaBackend`` turns text into a stanza ``Document`` through a ``Pipeline``
built once, on first use, from models already on disk: it never downloads (``download_method=
None``), because stanza waits without a time limit on a connection nobody answers. Then
``to_analysis`` turns that ``Document`` into quotekit's ``Analysis``, a pure function the tests
feed with documents they build themselves.

Mentions carry stanza's NER labels (OntoNotes: PERSON, ORG, GPE, NORP, ...; CoNLL's PER is
renamed PERSON), ``PRONOUN`` for personal pronouns, and ``NOMINAL`` for a noun phrase only the
coref model marked (``the governor``). ``cluster`` is the index of the coref chain.

stanza (and torch under it) is imported inside the functions that need it, so ``import
quotekit`` stays light.
"""

from __future__ import annotations

import argparse
import bisect
import importlib.util
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from quotekit._document import Analysis, EntityMention, Paragraph, Sentence, Token
from quotekit._errors import BackendUnavailable
from quotekit.sentences import split_paragraphs

if TYPE_CHECKING:
    from quotekit._config import Config

__all__ = ["PROCESSORS", "StanzaBackend", "add_command", "model_dir", "to_analysis"]

PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
INSTALL = "pip install 'quotekit[stanza]'"
DOWNLOAD = "quotekit download-models"

# Personal pronouns that can stand for a speaker or be resolved by coref; possessives
# (``his``, ``her`` with Poss=Yes) are left out.
_PRONOUNS = frozenset("i me we us he him she her it they them who".split())
_LABELS = {"PER": "PERSON"}  # CoNLL-style models name people PER


def _import_stanza() -> Any:
    """stanza, or a ``BackendUnavailable`` that says how to install it."""
    try:
        import stanza  # heavy (torch): imported only when the backend runs
    except ImportError:
        raise BackendUnavailable(
            f"the stanza backend needs the stanza package, which is not installed: {INSTALL}"
        ) from None
    return stanza


def model_dir(config_dir: str | None = None) -> str:
    """Where the models are: the config's folder, else ``STANZA_RESOURCES_DIR``, else stanza's
    default (``~/stanza_resources``)."""
    if config_dir:
        return os.path.expanduser(config_dir)
    from_environment = os.environ.get("STANZA_RESOURCES_DIR")
    if from_environment:
        return os.path.expanduser(from_environment)
    stanza = _import_stanza()
    return str(stanza.resources.common.DEFAULT_MODEL_DIR)


def _processors(coref: bool) -> str:
    return PROCESSORS + (",coref" if coref else "")


def _download_command(directory: str | None, coref: bool) -> str:
    """The command that fills the folder the backend reads (``--dir`` when the config chose it)."""
    command = DOWNLOAD if directory is None else f"{DOWNLOAD} --dir {directory}"
    return command + (" --coref" if coref else "")


def _missing_models(directory: str, coref: bool) -> list[str]:
    """The model files stanza will look for and that are not there, checked before loading."""
    if not os.path.isfile(os.path.join(directory, "resources.json")):
        return ["resources.json"]
    english = os.path.join(directory, "en")
    return [
        f"en/{processor}"
        for processor in _processors(coref).split(",")
        if not os.path.isdir(os.path.join(english, processor))
    ]


def _build_pipeline(configured: str | None, coref: bool, download_method: str | None = None) -> Any:
    """A stanza ``Pipeline`` over the models of the configured folder (else the default one),
    or a ``BackendUnavailable`` that names the missing files and the command to fetch them."""
    stanza = _import_stanza()
    directory = model_dir(configured)
    fix = _download_command(configured, coref)
    if download_method is None:
        missing = _missing_models(directory, coref)
        if missing:
            raise BackendUnavailable(
                f"stanza's English models are not in {directory} (missing {', '.join(missing)}); "
                f"download them once with: {fix}"
            )
    try:
        return stanza.Pipeline(
            lang="en",
            processors=_processors(coref),
            dir=directory,
            download_method=download_method,
            logging_level="WARN",
        )
    except Exception as error:  # stanza's own errors: missing files, bad resources.json, ...
        raise BackendUnavailable(
            f"stanza could not load its English models from {directory} "
            f"({type(error).__name__}: {error}); download them again with: {fix}"
        ) from None


class StanzaBackend:
    """Analyses text with a stanza pipeline, loaded on first use and shared by threads.

    Calls into the pipeline take turns: stanza does not promise that one ``Pipeline`` can run
    in several threads at once, and torch already spreads each call over the CPU's cores.

    Args:
        config: ``stanza_dir`` and ``stanza_coref`` are read from it.
    """

    name = "stanza"

    def __init__(self, config: Config) -> None:
        self._directory = config.stanza_dir
        self._coref = config.stanza_coref
        self._pipeline: Any = None
        self._lock = threading.Lock()
        self._running = threading.Lock()
        if importlib.util.find_spec("stanza") is None:  # fail at construction, import later
            _import_stanza()

    def pipeline(self) -> Any:
        """The stanza ``Pipeline``, built once (models load in seconds, so not at construction)."""
        if self._pipeline is None:
            with self._lock:
                if self._pipeline is None:
                    self._pipeline = _build_pipeline(self._directory, self._coref)
        return self._pipeline

    def analyse(self, text: str) -> Analysis:
        """Sentences, tokens with heads, entity mentions and coref clusters of ``text``."""
        pipeline = self.pipeline()
        if not text.strip():
            return Analysis(paragraphs=split_paragraphs(text), sentences=())
        with self._running:
            document = pipeline(text)
        return to_analysis(document)


# -- stanza Document -> Analysis ------------------------------------------------------------


def _word_spans(token: Any) -> list[tuple[int, int]]:
    """Character spans of the words of one token: their own offsets when stanza set them, else
    found in order inside the token's text (``don't`` -> ``do`` + ``n't``), else the token's."""
    start, end = token.start_char, token.end_char
    if start is None or end is None:
        raise ValueError(f"stanza token {token.text!r} has no character offsets")
    words = token.words
    own = [(word.start_char, word.end_char) for word in words]
    if all(s is not None and e is not None and start <= s <= e <= end for s, e in own):
        return own
    spans = []
    cursor = 0
    text = token.text
    for word in words:
        while cursor < len(text) and text[cursor].isspace():
            cursor += 1
        if not word.text or not text.startswith(word.text, cursor):
            return [(start, end)] * len(words)
        spans.append((start + cursor, start + cursor + len(word.text)))
        cursor += len(word.text)
    if cursor != len(text) or end - start != len(text):
        return [(start, end)] * len(words)
    return spans


def _bioes(tags: Sequence[str | None]) -> Iterator[tuple[int, int, str]]:
    """Entities ``(first, last + 1, type)`` from BIOES tags (BIO and stray tags tolerated)."""
    begin: int | None = None
    kind = ""
    for position, tag in enumerate([*tags, "O"]):
        prefix, _, label = (tag or "O").partition("-")
        if begin is not None and (prefix in ("O", "B", "S") or label != kind):
            yield begin, position, kind
            begin = None
        if prefix in ("B", "S") or (prefix in ("I", "E") and begin is None):
            begin, kind = position, label
        if prefix in ("S", "E") and begin is not None:
            yield begin, position + 1, kind
            begin = None


def _sentences_in_paragraphs(
    text: str, start: int, end: int, paragraphs: tuple[Paragraph, ...], starts: list[int]
) -> Iterator[Sentence]:
    """A stanza sentence as quotekit sentences: cut where it crosses a line break."""
    index = max(bisect.bisect_right(starts, start) - 1, 0)
    while index < len(paragraphs) and paragraphs[index].start < end:
        paragraph = paragraphs[index]
        piece_start, piece_end = max(start, paragraph.start), min(end, paragraph.end)
        while piece_start < piece_end and text[piece_start].isspace():
            piece_start += 1
        while piece_end > piece_start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_start < piece_end:
            yield Sentence(piece_start, piece_end, index)
        index += 1


def _is_pronoun(word: Any) -> bool:
    feats = word.feats or ""
    return word.upos == "PRON" and word.text.lower() in _PRONOUNS and "Poss=Yes" not in feats


def to_analysis(document: Any) -> Analysis:
    """quotekit's ``Analysis`` of a stanza ``Document`` (which must carry its text).

    Tokens are stanza's words, so ``don't`` gives ``do`` and ``n't``, each with its offsets;
    a ``head`` is an index into the analysis's tokens. Sentences are cut at line breaks, like
    the rules backend's paragraphs.

    Args:
        document: a ``stanza.models.common.doc.Document`` with character offsets.

    Raises:
        ValueError: the document has no text or its tokens no character offsets.
    """
    text = document.text
    if text is None:
        raise ValueError("the stanza document carries no text")
    paragraphs = split_paragraphs(text)
    paragraph_starts = [paragraph.start for paragraph in paragraphs]
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    mentions: dict[tuple[int, int], EntityMention] = {}
    first_word: list[int] = []  # global position of each sentence's first word
    for stanza_sentence in document.sentences:
        if not stanza_sentence.tokens:
            first_word.append(len(tokens))
            continue
        offset = len(tokens)
        first_word.append(offset)
        spans: list[tuple[int, int]] = []
        token_of_word: list[int] = []
        for number, token in enumerate(stanza_sentence.tokens):
            word_spans = _word_spans(token)
            spans.extend(word_spans)
            token_of_word.extend([number] * len(word_spans))
        for (start, end), word in zip(spans, stanza_sentence.words, strict=True):
            head = word.head
            tokens.append(
                Token(
                    start=start,
                    end=end,
                    lemma=word.lemma or "",
                    upos=word.upos or "",
                    head=offset + head - 1 if head else None,
                    deprel=word.deprel or "",
                )
            )
            if _is_pronoun(word):
                mentions[(start, end)] = EntityMention(start, end, "PRONOUN")
        sentence_tokens = stanza_sentence.tokens
        for first, after, kind in _bioes([token.ner for token in sentence_tokens]):
            start, end = sentence_tokens[first].start_char, sentence_tokens[after - 1].end_char
            mentions[(start, end)] = EntityMention(start, end, _LABELS.get(kind, kind))
        sentences.extend(
            _sentences_in_paragraphs(
                text,
                sentence_tokens[0].start_char,
                sentence_tokens[-1].end_char,
                paragraphs,
                paragraph_starts,
            )
        )
    _add_coref(document, tokens, first_word, mentions)
    return Analysis(
        paragraphs=paragraphs,
        sentences=tuple(sentences),
        mentions=tuple(sorted(mentions.values(), key=lambda m: (m.start, -m.end))),
        tokens=tuple(tokens),
    )


def _add_coref(
    document: Any,
    tokens: list[Token],
    first_word: list[int],
    mentions: dict[tuple[int, int], EntityMention],
) -> None:
    """Put each coref chain's index on its mentions, adding the mentions NER did not find.

    A name inside a longer coref mention (``Vladimir Saldo`` in ``the Russian-installed governor
    Vladimir Saldo``) joins the chain when it holds the mention's head word.
    """
    # the names NER found, by position: a name inside a coref mention is looked up, not scanned
    names = sorted(key for key, mention in mentions.items() if mention.label != "PRONOUN")
    for number, chain in enumerate(getattr(document, "coref", None) or ()):
        cluster = getattr(chain, "index", number)
        for coref_mention in chain.mentions:
            if isinstance(coref_mention.start_word, tuple):
                continue  # a dropped pronoun (empty node): no text to point at
            base = first_word[coref_mention.sentence]
            first, last = base + coref_mention.start_word, base + coref_mention.end_word - 1
            if last < first or last >= len(tokens):
                continue
            start, end = tokens[first].start, tokens[last].end
            existing = mentions.get((start, end))
            if existing is not None:
                if existing.cluster is None:
                    mentions[(start, end)] = attrs.evolve(existing, cluster=cluster)
                continue
            single = first == last and tokens[first].upos == "PRON"
            label = "PRONOUN" if single else "NOMINAL"
            mentions[(start, end)] = EntityMention(start, end, label, cluster)
            head = tokens[_head(tokens, first, last)]
            position = bisect.bisect_left(names, (start, start))
            while position < len(names) and names[position][0] < end:
                inner = mentions[names[position]]
                inside = inner.end <= end and inner.start <= head.start and head.end <= inner.end
                if inside and inner.cluster is None:
                    mentions[names[position]] = attrs.evolve(inner, cluster=cluster)
                position += 1


def _head(tokens: list[Token], first: int, last: int) -> int:
    """The word of ``tokens[first:last + 1]`` whose head lies outside it."""
    for position in range(first, last + 1):
        head = tokens[position].head
        if head is None or not first <= head <= last:
            return position
    return first


# -- quotekit download-models ---------------------------------------------------------------


def _download(args: argparse.Namespace) -> int:
    """Download stanza's English models, then load them once (which fetches coref's
    transformer too) so that the backend never needs the network."""
    try:
        stanza = _import_stanza()
        directory = model_dir(args.dir)
    except BackendUnavailable as error:
        print(f"quotekit: {error}", file=sys.stderr)
        return 1
    processors = _processors(args.coref)
    print(f"quotekit: downloading stanza's English models ({processors}) to {directory}")
    try:
        stanza.download("en", model_dir=directory, processors=processors, logging_level="INFO")
        _build_pipeline(directory, args.coref, download_method="reuse_resources")
    except BackendUnavailable as error:
        print(f"quotekit: {error}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as error:  # network failures are OSErrors (requests)
        print(f"quotekit: the download failed: {error}", file=sys.stderr)
        return 1
    hint = ""
    if args.dir is not None:
        hint = f" (point STANZA_RESOURCES_DIR or Config(stanza_dir=...) at {directory})"
    print(f"quotekit: models ready in {directory}{hint}; use them with --backend stanza")
    return 0


def add_command(commands: Any) -> None:
    """Add ``download-models`` to the ``quotekit`` command's subparsers."""
    parser = commands.add_parser(
        "download-models",
        help="download stanza's English models for --backend stanza (needs the network)",
        description="Download stanza's English models once; the stanza backend never downloads.",
    )
    parser.add_argument(
        "--dir",
        default=None,
        help="model folder (default: $STANZA_RESOURCES_DIR, else ~/stanza_resources)",
    )
    parser.add_argument(
        "--coref", action="store_true", help="also download the coreference model (large)"
    )
    parser.set_defaults(run=_download)
