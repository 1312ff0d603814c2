"""Measure quotekit against gold quotes: read gold data, score predictions, list the errors.

Gold comes as BRAT standoff in PolNeAR's layout (``read_brat``) or as quotekit's JSONL
(``read_jsonl``; the format is in ``docs/evaluation.md``). The scorer keeps the definitions of the
project's reference scorer ``score.py`` to the letter, so that figures compare across tools and
papers that used it:

- a returned quote is *right* when half or more of its characters lie in one gold quote (it is
  assigned to the gold quote it shares most with); a gold quote is *found* when the right quotes
  assigned to it cover half or more of it, so a quote split by ``he said`` counts once whole;
- characters are counted after trimming quote marks, white space, ``,.;:`` and dashes at both
  ends and a leading ``that``;
- *exact*: the trimmed returned quote equals the trimmed gold quote or one of its fragments;
- the speaker of a right quote is right when its mention overlaps the gold source, or the last
  word of its name occurs in the gold source (and is right only when absent if the gold has none).

    >>> from quotekit import QuoteExtractor
    >>> from quotekit.evaluate import evaluate, format_table, read_gold
    >>> print(format_table(evaluate(read_gold("gold.jsonl"), QuoteExtractor())))  # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import enum
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from quotekit._config import Config
from quotekit._lexicon import Lexicon, default_lexicon
from quotekit._types import CueClass, Quote, QuoteKind, Span
from quotekit.backends import BACKENDS
from quotekit.extractor import QuoteExtractor

__all__ = [
    "GROUPS",
    "SPEECH_PATTERN",
    "ErrorCase",
    "ErrorKind",
    "GoldDocument",
    "GoldQuote",
    "Report",
    "Tally",
    "add_command",
    "cue_class_of",
    "evaluate",
    "format_errors",
    "format_table",
    "list_errors",
    "predict",
    "prediction_row",
    "read_brat",
    "read_gold",
    "read_jsonl",
    "sample_errors",
    "score",
    "trim",
    "write_jsonl",
    "write_predictions",
]


# --- gold records and readers ---------------------------------------------------------------


@attrs.frozen
class GoldQuote:
    """One annotated quote: its content, where its source is named, and its cue.

    ``spans`` are the content's fragments (two when ``he said`` interrupts it); ``start``/``end``
    enclose them all. ``cue`` is the cue's words, fragments joined by a space.
    """

    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    kind: QuoteKind
    speaker: Span | None = None
    cue: str | None = None


@attrs.frozen
class GoldDocument:
    """A text with its annotated quotes."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...]

    def to_dict(self) -> dict[str, Any]:
        """The document as one line of the gold JSONL (the shape ``score.py`` reads)."""
        return {
            "id": self.id,
            "text": self.text,
            "quotes": [
                {
                    "start": quote.start,
                    "end": quote.end,
                    "spans": [list(span) for span in quote.spans],
                    "speaker_start": quote.speaker.start if quote.speaker else None,
                    "speaker_end": quote.speaker.end if quote.speaker else None,
                    "speaker": quote.speaker.text if quote.speaker else None,
                    "kind": quote.kind.value,
                    "cue": quote.cue,
                }
                for quote in self.quotes
            ],
        }


# The reference scorer's test of a direct quote: a double mark opens the content and one closes
# it, with only non-word characters after. Audit: single classes; the closing test reads the
# content backwards (_closes_with_mark) instead of retrying '\W*$' from every mark of a run.
_DOUBLE_MARK = re.compile(r'["\u201c\u201d]')
# Audit: a possessive run of space, then one class, matched at the start only.
_OPENS_WITH_MARK = re.compile(r'\s*+["\u201c\u201d]')
_MARKS = frozenset('"\u201c\u201d')


def _closes_with_mark(content: str) -> bool:
    """Whether a double mark stands after the last word character (``...now.\u201d``)."""
    for char in reversed(content):
        if char in _MARKS:
            return True
        if char.isalnum() or char == "_":
            return False
    return False


def _kind_of_content(content: str) -> QuoteKind:
    """Direct when the content opens and closes with a double quote mark, mixed when it holds one.

    Gold corpora do not mark the kind; this is how the reference scorer's gold derives it.
    """
    if _OPENS_WITH_MARK.match(content) and _closes_with_mark(content):
        return QuoteKind.DIRECT
    if _DOUBLE_MARK.search(content):
        return QuoteKind.MIXED
    return QuoteKind.INDIRECT


def _enclosing(fragments: Sequence[tuple[int, int]]) -> tuple[int, int]:
    return min(start for start, _ in fragments), max(end for _, end in fragments)


def _read_ann(path: Path, text: str) -> tuple[GoldQuote, ...]:
    """The attributions of one BRAT file: each event joining a Content to its Source and Cue."""
    fragments: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, str]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            columns = line.rstrip("\n").split("\t")
            if len(columns) < 2:
                continue
            if columns[0].startswith("T"):
                _, _, offsets = columns[1].partition(" ")
                pairs = (piece.split() for piece in offsets.split(";"))
                fragments[columns[0]] = [(int(start), int(end)) for start, end in pairs]
            elif columns[0].startswith("E"):
                roles = (argument.partition(":") for argument in columns[1].split())
                events.append({role: target for role, _, target in roles})
    quotes = []
    for event in events:
        if "Content" not in event:
            continue
        content = fragments[event["Content"]]
        start, end = _enclosing(content)
        source = fragments.get(event.get("Source", ""))
        speaker = None
        if source:
            source_start, source_end = _enclosing(source)
            speaker = Span(source_start, source_end, text[source_start:source_end])
        cue = fragments.get(event.get("Cue", ""))
        quotes.append(
            GoldQuote(
                start=start,
                end=end,
                spans=tuple(content),
                kind=_kind_of_content(text[start:end]),
                speaker=speaker,
                cue=" ".join(text[a:b] for a, b in cue) if cue else None,
            )
        )
    return tuple(quotes)


def read_brat(folder: str | os.PathLike[str]) -> list[GoldDocument]:
    """Read a BRAT corpus laid out as PolNeAR is: ``text/NAME.txt``, ``attributions/NAME_WHO.ann``.

    An article annotated by several people is read once, from the annotator file that sorts
    first, so that no quote is counted twice (and as the reference scorer's gold does).
    """
    root = Path(folder)
    first_files: dict[str, Path] = {}
    for path in sorted((root / "attributions").glob("*.ann"), key=lambda path: path.name):
        first_files.setdefault(path.name.rsplit("_", 1)[0], path)
    if not first_files:
        raise ValueError(f"no annotations in {root / 'attributions'} (NAME_ANNOTATOR.ann files)")
    documents = []
    for name, path in first_files.items():
        text = (root / "text" / f"{name}.txt").read_text(encoding="utf-8")
        try:
            quotes = _read_ann(path, text)
        except (KeyError, ValueError) as error:
            raise ValueError(f"{path}: not BRAT standoff as PolNeAR writes it ({error})") from None
        documents.append(GoldDocument(name, text, quotes))
    return documents


def _gold_quote(text: str, data: Mapping[str, Any]) -> GoldQuote:
    start, end = int(data["start"]), int(data["end"])
    spans = tuple((int(a), int(b)) for a, b in data.get("spans") or [(start, end)])
    speaker = None
    if data.get("speaker_start") is not None:
        source_start, source_end = int(data["speaker_start"]), int(data["speaker_end"])
        speaker = Span(source_start, source_end, text[source_start:source_end])
    kind = data.get("kind")
    return GoldQuote(
        start=start,
        end=end,
        spans=spans,
        kind=QuoteKind(kind) if kind else _kind_of_content(text[start:end]),
        speaker=speaker,
        cue=data.get("cue"),
    )


def read_jsonl(path: str | os.PathLike[str]) -> list[GoldDocument]:
    """Read gold in quotekit's JSONL: one document a line (see ``docs/evaluation.md``)."""
    documents = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                text = data["text"]
                quotes = tuple(_gold_quote(text, quote) for quote in data["quotes"])
                documents.append(GoldDocument(str(data.get("id", number)), text, quotes))
            except (KeyError, TypeError, ValueError) as error:
                raise ValueError(f"{path}:{number}: not a gold document ({error!r})") from None
    return documents


def read_gold(path: str | os.PathLike[str]) -> list[GoldDocument]:
    """Read a BRAT folder or a JSONL file, whichever ``path`` is."""
    return read_brat(path) if Path(path).is_dir() else read_jsonl(path)


def write_jsonl(path: str | os.PathLike[str], documents: Iterable[GoldDocument]) -> None:
    """Write gold documents as JSONL, the form ``read_jsonl`` and ``score.py`` read."""
    with open(path, "w", encoding="utf-8") as out:
        for document in documents:
            out.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")


def prediction_row(quote: Quote) -> dict[str, Any]:
    """A returned quote in the shape ``score.py`` reads (speaker = the resolved name)."""
    speaker = quote.speaker
    return {
        "start": quote.start,
        "end": quote.end,
        "speaker": speaker.name if speaker else None,
        "speaker_start": speaker.mention.start if speaker else None,
        "speaker_end": speaker.mention.end if speaker else None,
        "kind": quote.kind.value,
    }


def write_predictions(
    path: str | os.PathLike[str], predictions: Mapping[str, Sequence[Quote]]
) -> None:
    """Write returned quotes as JSONL by document id, for ``score.py`` and other scorers."""
    with open(path, "w", encoding="utf-8") as out:
        for document_id, quotes in predictions.items():
            rows = [prediction_row(quote) for quote in quotes]
            out.write(json.dumps({"id": document_id, "quotes": rows}, ensure_ascii=False) + "\n")


# --- matching ---------------------------------------------------------------------------------

_TRIMMED = frozenset(
    " \t\n\r\u00a0"  # white space
    "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a"  # quote marks
    ",.;:\u2014\u2013-"  # punctuation that ends a clause or hands over to a cue
)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop quote marks, white space, end punctuation and a leading ``that`` from a span.

    Annotators differ on these; without trimming the same quote would score as two.
    """
    while start < end and text[start] in _TRIMMED:
        start += 1
    while end > start and text[end - 1] in _TRIMMED:
        end -= 1
    if text[start : start + 5].lower() == "that ":
        start += 5
    return start, end


def _characters(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    covered: set[int] = set()
    for start, end in spans:
        covered.update(range(*trim(text, start, end)))
    return covered


def _speaker_right(text: str, gold: GoldQuote, quote: Quote) -> bool:
    """Whether ``quote`` names the gold source: an overlapping mention, or the name's last word."""
    speaker = quote.speaker
    if gold.speaker is None:
        return speaker is None or not speaker.name
    if speaker is None:
        return False
    if speaker.mention.start < gold.speaker.end and gold.speaker.start < speaker.mention.end:
        return True
    name = speaker.name.strip()
    if not name:
        return False
    # Audit: one class, repeated.
    last = re.split(r"\s+", name)[-1].lower()
    source = text[gold.speaker.start : gold.speaker.end].lower()
    # Audit: an escaped literal word between word boundaries.
    return len(last) > 2 and re.search(r"\b" + re.escape(last) + r"\b", source) is not None


@attrs.frozen
class _Matching:
    """How the quotes of one document met the gold: one entry per gold quote, per returned quote."""

    found: tuple[bool, ...]
    found_exact: tuple[bool, ...]
    found_with_speaker: tuple[bool, ...]
    assigned: tuple[int | None, ...]  # the gold quote a returned quote is right for
    exact: tuple[bool, ...]
    speaker_right: tuple[bool, ...]


def _match(document: GoldDocument, quotes: Sequence[Quote]) -> _Matching:
    text = document.text
    gold_characters = [_characters(text, gold.spans) for gold in document.quotes]
    returned_characters = [_characters(text, [(quote.start, quote.end)]) for quote in quotes]
    assigned: list[int | None] = []
    exact: list[bool] = []
    speaker_right: list[bool] = []
    pieces: dict[int, list[int]] = {}
    for number, (quote, characters) in enumerate(zip(quotes, returned_characters, strict=True)):
        # Ties go to the later gold quote, as in the reference scorer.
        shared, best = max(
            ((len(characters & gold_set), index) for index, gold_set in enumerate(gold_characters)),
            default=(0, -1),
        )
        if not characters or shared < 0.5 * len(characters):
            assigned.append(None)
            exact.append(False)
            speaker_right.append(False)
            continue
        gold = document.quotes[best]
        pieces.setdefault(best, []).append(number)
        assigned.append(best)
        targets = [trim(text, a, b) for a, b in (*gold.spans, (gold.start, gold.end))]
        exact.append(trim(text, quote.start, quote.end) in targets)
        speaker_right.append(_speaker_right(text, gold, quote))
    found, found_exact, found_with_speaker = [], [], []
    for index, gold_set in enumerate(gold_characters):
        mine = pieces.get(index, [])
        covered = set().union(*(returned_characters[number] for number in mine)) & gold_set
        is_found = bool(gold_set) and len(covered) >= 0.5 * len(gold_set)
        found.append(is_found)
        found_exact.append(any(exact[number] for number in mine))
        found_with_speaker.append(is_found and any(speaker_right[number] for number in mine))
    return _Matching(
        tuple(found),
        tuple(found_exact),
        tuple(found_with_speaker),
        tuple(assigned),
        tuple(exact),
        tuple(speaker_right),
    )


# --- groups -----------------------------------------------------------------------------------

# The reference scorer's cues of speech and writing (not belief, perception, polls or documents).
# Audit: literal alternatives between word boundaries; the first branch is anchored at the
# start, so its runs of space are tried once. It reads a cue, a few words.
SPEECH_PATTERN = re.compile(
    r"(^\s*[:\u2015\u2014-]\s*$)|\b(sa(id|ys?|ying)|tell(s|ing)?|told|add(s|ed|ing)?|not(e|es|ed|ing)|"
    r"argu(e|es|ed|ing)|suggest(s|ed|ing)?|claim(s|ed|ing)?|stat(e|es|ed|ing)|ask(s|ed|ing)?|"
    r"explain(s|ed|ing)?|wr(ite|ites|ote|itten|iting)|report(s|ed|ing)?|announc(e|es|ed|ing)|"
    r"warn(s|ed|ing)?|insist(s|ed|ing)?|declar(e|es|ed|ing)|repl(y|ies|ied|ying)|"
    r"respond(s|ed|ing)?|continu(e|es|ed|ing)|recall(s|ed|ing)?|acknowledg(e|es|ed|ing)|"
    r"admit(s|ted|ting)?|quot(e|es|ed|ing)|tweet(s|ed|ing)?|post(s|ed|ing)?|"
    r"testif(y|ies|ied|ying)|remark(s|ed|ing)?|den(y|ies|ied|ying)|promis(e|es|ed|ing)|"
    r"predict(s|ed|ing)?|urg(e|es|ed|ing)|reveal(s|ed|ing)?|conclud(e|es|ed|ing)|"
    r"complain(s|ed|ing)?|confirm(s|ed|ing)?|according|speaking|statement|interview)\b",
    re.IGNORECASE,
)

# Audit: one class, repeated.
_CUE_WORD = re.compile(r"[\w'\u2019-]+")
# Audit: a single mark between runs of space, matched whole.
_PUNCTUATION_CUE = re.compile(r"\s*[:\u2015\u2014-]\s*")


def cue_class_of(cue: str | None, lexicon: Lexicon) -> CueClass | None:
    """The class of an annotated cue: its first word or phrase found in the lexicon.

    ``has said`` and ``said in a statement`` are speech, ``is expected`` thought; a bare colon or
    dash introducing a quote is speech. ``None`` when the lexicon knows none of its words.
    """
    if not cue:
        return None
    if _PUNCTUATION_CUE.fullmatch(cue):
        return CueClass.SPEECH
    words = [word.replace("\u2019", "'") for word in _CUE_WORD.findall(cue.lower())]
    for first in range(len(words)):
        for last in range(len(words), first, -1):
            found = lexicon.cues.get(" ".join(words[first:last]))
            if found is not None:
                return found
    return None


GROUPS: Mapping[str, str] = MappingProxyType(
    {
        "all": "all",
        "direct": "direct",
        "mixed": "mixed",
        "indirect": "indirect",
        "cue_speech": "cue: speech",
        "cue_writing": "cue: writing",
        "cue_thought": "cue: thought",
        "cue_document": "cue: document",
        "cue_none": "cue: none or unknown",
        "speech_pattern": "speech (score.py cues)",
        "indirect_speech_pattern": "indirect, speech (score.py cues)",
    }
)
"""The groups a report breaks figures down by (key: table label).

Recall in a group counts the gold quotes of that kind or cue class; precision counts the returned
quotes of that kind or cue class. The ``*speech_pattern`` groups use the reference scorer's pattern
of speech and writing cues; the ``cue_*`` groups use the cue lexicon's classes.
"""


def _groups(kind: QuoteKind, cue_class: CueClass | None, cue: str | None) -> list[str]:
    names = ["all", kind.value, f"cue_{cue_class.value if cue_class else 'none'}"]
    if SPEECH_PATTERN.search(cue or ""):
        names.append("speech_pattern")
        if kind is QuoteKind.INDIRECT:
            names.append("indirect_speech_pattern")
    return names


# --- report -----------------------------------------------------------------------------------


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@attrs.frozen
class Tally:
    """The counts of one group, and the figures they give.

    Gold side: ``gold`` quotes, of which ``found``, ``found_exact`` (an exact piece returned),
    ``found_with_speaker`` (found, and a piece names the source). Returned side: ``predicted``
    quotes, of which ``right``, ``right_exact``, ``right_speaker``.
    """

    gold: int = 0
    found: int = 0
    found_exact: int = 0
    found_with_speaker: int = 0
    predicted: int = 0
    right: int = 0
    right_exact: int = 0
    right_speaker: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.right, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def exact_precision(self) -> float:
        return _ratio(self.right_exact, self.predicted)

    @property
    def exact_recall(self) -> float:
        return _ratio(self.found_exact, self.gold)

    @property
    def exact_f1(self) -> float:
        return _f1(self.exact_precision, self.exact_recall)

    @property
    def speaker_accuracy(self) -> float:
        """Right speakers among right quotes."""
        return _ratio(self.right_speaker, self.right)

    @property
    def end_to_end_precision(self) -> float:
        return _ratio(self.right_speaker, self.predicted)

    @property
    def end_to_end_recall(self) -> float:
        return _ratio(self.found_with_speaker, self.gold)

    @property
    def end_to_end_f1(self) -> float:
        return _f1(self.end_to_end_precision, self.end_to_end_recall)

    def to_dict(self) -> dict[str, int | float]:
        """Counts and figures (to three places) as plain data."""
        counts: dict[str, int | float] = attrs.asdict(self)
        figures = (
            "precision",
            "recall",
            "f1",
            "exact_precision",
            "exact_recall",
            "exact_f1",
            "speaker_accuracy",
            "end_to_end_precision",
            "end_to_end_recall",
            "end_to_end_f1",
        )
        return counts | {name: round(getattr(self, name), 3) for name in figures}


@attrs.frozen
class Report:
    """The figures of an evaluation: one ``Tally`` for each of ``GROUPS``."""

    documents: int
    groups: Mapping[str, Tally]

    @property
    def overall(self) -> Tally:
        return self.groups["all"]

    def summary(self) -> dict[str, int | float]:
        """The headline figures under the names and rounding the reference ``score.py`` prints."""
        overall = self.overall
        figures: dict[str, int | float] = {
            "pred": overall.predicted,
            "gold": overall.gold,
            "pred_right": overall.right,
            "gold_found": overall.found,
            "precision": round(overall.precision, 3),
            "recall": round(overall.recall, 3),
            "f1": round(overall.f1, 3),
            "speaker_acc_on_matched": round(overall.speaker_accuracy, 3),
            "e2e_precision": round(overall.end_to_end_precision, 3),
            "exact_f1": round(overall.exact_f1, 3),
        }
        recalls = (
            ("direct", "direct"),
            ("mixed", "mixed"),
            ("indirect", "indirect"),
            ("speech", "speech_pattern"),
            ("indirect_speech", "indirect_speech_pattern"),
        )
        for name, group in recalls:
            if self.groups[group].gold:
                figures[f"recall_{name}"] = round(self.groups[group].recall, 3)
        for kind in ("direct", "mixed", "indirect"):
            if self.groups[kind].gold:
                figures[f"e2e_recall_{kind}"] = round(self.groups[kind].end_to_end_recall, 3)
        figures["e2e_f1"] = round(overall.end_to_end_f1, 3)
        return figures

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data, ready for ``json.dumps``."""
        return {
            "documents": self.documents,
            "summary": self.summary(),
            "groups": {name: tally.to_dict() for name, tally in self.groups.items()},
        }


def score(
    gold_documents: Sequence[GoldDocument],
    predictions: Mapping[str, Sequence[Quote]],
    *,
    lexicon: Lexicon | None = None,
) -> Report:
    """Score returned quotes, by document id, against the gold.

    Args:
        gold_documents: what ``read_brat`` or ``read_jsonl`` returned.
        predictions: the quotes returned for each document id; a missing id returned none.
        lexicon: classifies the gold cues into ``cue_*`` groups (default: quotekit's).
    """
    lexicon = lexicon or default_lexicon()
    counts: Counter[tuple[str, str]] = Counter()
    for document in gold_documents:
        quotes = predictions.get(document.id, ())
        matching = _match(document, quotes)
        for index, gold in enumerate(document.quotes):
            for group in _groups(gold.kind, cue_class_of(gold.cue, lexicon), gold.cue):
                counts[group, "gold"] += 1
                counts[group, "found"] += matching.found[index]
                counts[group, "found_exact"] += matching.found_exact[index]
                counts[group, "found_with_speaker"] += matching.found_with_speaker[index]
        for number, quote in enumerate(quotes):
            cue = quote.cue.text if quote.cue else None
            for group in _groups(quote.kind, quote.cue_class, cue):
                counts[group, "predicted"] += 1
                counts[group, "right"] += matching.assigned[number] is not None
                counts[group, "right_exact"] += matching.exact[number]
                counts[group, "right_speaker"] += matching.speaker_right[number]
    fields = [field.name for field in attrs.fields(Tally)]
    groups = {group: Tally(**{name: counts[group, name] for name in fields}) for group in GROUPS}
    return Report(len(gold_documents), groups)


def predict(
    gold_documents: Iterable[GoldDocument], extractor: QuoteExtractor
) -> dict[str, list[Quote]]:
    """The quotes ``extractor`` returns for each gold document, by id."""
    return {document.id: extractor.extract(document.text) for document in gold_documents}


def evaluate(gold_documents: Sequence[GoldDocument], extractor: QuoteExtractor) -> Report:
    """Run ``extractor`` over the gold documents and score what it returns."""
    predictions = predict(gold_documents, extractor)
    return score(gold_documents, predictions, lexicon=extractor.config.lexicon)


def _figure(value: float, count: int) -> str:
    """A figure, or a dash when nothing was counted (0.000 would read as a failure)."""
    return f"{value:6.3f}" if count else "     -"


_PRF_HEADING = "      P      R     F1"


def format_table(report: Report) -> str:
    """The report as a text table: overlap, exact and end-to-end figures by group."""
    overall = report.overall
    lines = [
        f"{report.documents} documents, {overall.gold} gold quotes, {overall.predicted} returned",
        f"{'':46} {' overlap ':-^20} {' exact ':-^20} {'speaker':>9} {' end to end ':-^20}",
        f"{'group':34}{'gold':>6}{'pred':>6}{_PRF_HEADING * 2}{'on right':>10}{_PRF_HEADING}",
    ]
    for key, label in GROUPS.items():
        tally = report.groups[key]
        gold, predicted = tally.gold, tally.predicted
        if not gold and not predicted:
            continue
        both = min(gold, predicted)
        cells = (
            _figure(tally.precision, predicted),
            _figure(tally.recall, gold),
            _figure(tally.f1, both),
            _figure(tally.exact_precision, predicted),
            _figure(tally.exact_recall, gold),
            _figure(tally.exact_f1, both),
            f"{_figure(tally.speaker_accuracy, tally.right):>9}",
            _figure(tally.end_to_end_precision, predicted),
            _figure(tally.end_to_end_recall, gold),
            _figure(tally.end_to_end_f1, both),
        )
        lines.append(f"{label:34}{gold:6d}{predicted:6d} " + " ".join(cells))
    return "\n".join(lines)


# --- errors -----------------------------------------------------------------------------------


class ErrorKind(enum.Enum):
    """What went wrong with one quote."""

    MISS = "miss"  # a gold quote not found
    FALSE_ALARM = "false alarm"  # a returned quote that lies in no gold quote
    WRONG_SPEAKER = "wrong speaker"  # a right quote whose speaker is not the gold source


@attrs.frozen
class ErrorCase:
    """One error, with the text around it so a reader sees why."""

    kind: ErrorKind
    document: str
    start: int
    end: int
    context: str  # the quote marked ⟦so⟧ in the text around it
    gold_speaker: str | None = None
    returned_speaker: str | None = None
    cue: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The case as plain data, ready for ``json.dumps``."""
        return attrs.asdict(self) | {"kind": self.kind.value}


_CONTEXT = 80  # characters shown on each side of an error


def _in_context(text: str, start: int, end: int) -> str:
    left, right = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    marked = f"{text[left:start]}\u27e6{text[start:end]}\u27e7{text[end:right]}"
    before = "\u2026" if left else ""
    after = "\u2026" if right < len(text) else ""
    return before + " ".join(marked.split()) + after


def list_errors(
    gold_documents: Sequence[GoldDocument], predictions: Mapping[str, Sequence[Quote]]
) -> list[ErrorCase]:
    """Every miss, false alarm and wrong speaker, in document order."""
    cases = []
    for document in gold_documents:
        text = document.text
        quotes = predictions.get(document.id, ())
        matching = _match(document, quotes)
        for index, gold in enumerate(document.quotes):
            if not matching.found[index]:
                cases.append(
                    ErrorCase(
                        ErrorKind.MISS,
                        document.id,
                        gold.start,
                        gold.end,
                        _in_context(text, gold.start, gold.end),
                        gold_speaker=gold.speaker.text if gold.speaker else None,
                        cue=gold.cue,
                    )
                )
        for number, quote in enumerate(quotes):
            assigned = matching.assigned[number]
            if assigned is not None and matching.speaker_right[number]:
                continue
            gold_speaker = None
            if assigned is not None:
                source = document.quotes[assigned].speaker
                gold_speaker = source.text if source else None
            cases.append(
                ErrorCase(
                    ErrorKind.FALSE_ALARM if assigned is None else ErrorKind.WRONG_SPEAKER,
                    document.id,
                    quote.start,
                    quote.end,
                    _in_context(text, quote.start, quote.end),
                    gold_speaker=gold_speaker,
                    returned_speaker=quote.speaker.name if quote.speaker else None,
                    cue=quote.cue.text if quote.cue else None,
                )
            )
    return cases


def sample_errors(cases: Sequence[ErrorCase], per_kind: int) -> list[ErrorCase]:
    """Up to ``per_kind`` cases of each kind, spread evenly over the corpus.

    The first cases all come from the first documents; an even spread shows the varied causes.
    """
    chosen: list[ErrorCase] = []
    for kind in ErrorKind:
        of_kind = [case for case in cases if case.kind is kind]
        count = min(per_kind, len(of_kind))
        # The middle case of each of ``count`` equal stretches of the list.
        chosen.extend(of_kind[(2 * i + 1) * len(of_kind) // (2 * count)] for i in range(count))
    return chosen


def format_errors(cases: Sequence[ErrorCase]) -> str:
    """The cases as text, one paragraph each."""
    lines = []
    for case in cases:
        who = []
        if case.gold_speaker is not None or case.kind is not ErrorKind.FALSE_ALARM:
            who.append(f"gold source: {case.gold_speaker or '(none)'}")
        if case.kind is not ErrorKind.MISS:
            who.append(f"returned speaker: {case.returned_speaker or '(none)'}")
        if case.cue:
            who.append(f"cue: {case.cue}")
        where = f"{case.document} {case.start}-{case.end}"
        lines.append(f"{case.kind.value.upper()}  {where}  {'; '.join(who)}")
        lines.append(f"    {case.context}")
    return "\n".join(lines)


# --- the `quotekit eval` command --------------------------------------------------------------


def _count(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {number}")
    return number


def add_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``quotekit eval GOLD_PATH`` to the command's subcommands."""
    parser = commands.add_parser(
        "eval",
        help="score quotekit against gold quotes (a BRAT folder or a JSONL file)",
        description="Score quotekit against gold quotes; see docs/evaluation.md.",
    )
    parser.add_argument(
        "gold", metavar="GOLD_PATH", help="a BRAT folder (text/, attributions/) or a JSONL file"
    )
    parser.add_argument("--backend", choices=BACKENDS, default="rules")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument(
        "--errors",
        type=_count,
        default=0,
        metavar="N",
        help="also show N misses, N false alarms and N wrong speakers, in context",
    )
    parser.set_defaults(run=run_eval)


def run_eval(args: argparse.Namespace) -> int:
    """Run ``quotekit eval``; returns the exit code (1 when the gold cannot be read).

    A backend that cannot run raises, and the command's ``main`` turns that into its exit code.
    """
    try:
        gold_documents = read_gold(args.gold)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        print(f"quotekit: {args.gold}: {error}", file=sys.stderr)
        return 1
    extractor = QuoteExtractor(Config(backend=args.backend))
    predictions = predict(gold_documents, extractor)
    report = score(gold_documents, predictions, lexicon=extractor.config.lexicon)
    cases = sample_errors(list_errors(gold_documents, predictions), args.errors)
    if args.format == "json":
        data = report.to_dict()
        if args.errors:
            data["errors"] = [case.to_dict() for case in cases]
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(format_table(report))
        if cases:
            print()
            print(format_errors(cases))
    return 0
