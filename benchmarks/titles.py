"""Figures for stage 4 (titles): the golden phrases, and what the stage does on a corpus.

    python benchmarks/titles.py [CORPUS] [--examples N]

Without arguments it prints the share of golden cases (``tests/golden/titles.jsonl``) parsed
right, field by field. With CORPUS, a folder holding ``text/*.txt`` (PolNeAR's ``data/dev``, say),
it runs ``quotekit.extract_quotes`` over every text and prints, over the distinct speakers found
(one per entity and document): how many get a title, an affiliation, a party; how many person
names still carry a title word (the aim is none); and how fast the titles stage runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from quotekit import QuoteExtractor, Speaker, SpeakerKind, default_lexicon
from quotekit._document import Context, Document
from quotekit._lexicon import Lexicon
from quotekit.titles import parse_mention, parse_titles

_ROOT = Path(__file__).resolve().parent.parent
_GOLDEN = _ROOT / "tests" / "golden"
_FIELDS = ("name", "title", "affiliation", "modifiers", "party", "region")


def golden_share(path: Path, lexicon: Lexicon) -> tuple[int, int, dict[str, int]]:
    """Cases right in full, all cases, and cases right per field."""
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    right = 0
    per_field = dict.fromkeys(_FIELDS, 0)
    for case in cases:
        parsed = parse_mention(case["input"], lexicon)
        got = {field: getattr(parsed, field) for field in _FIELDS}
        got["modifiers"] = list(parsed.modifiers)
        matches = [got[field] == case[field] for field in _FIELDS]
        right += all(matches)
        for field, match in zip(_FIELDS, matches, strict=True):
            per_field[field] += match
    return right, len(cases), per_field


def title_words_in(name: str, lexicon: Lexicon) -> list[str]:
    """The words of a name that are titles or honorifics (a title-given-name like Dean aside)."""
    found = []
    for word in name.split():
        key = word.lower().replace("\u2019", "'").strip(",;:")
        if lexicon.ambiguous_titles.get(key) in ("given-name", "title"):
            continue
        if key in lexicon.titles or key in lexicon.honorifics:
            found.append(word)
    return found


def distinct_speakers(documents: Iterable[Document]) -> list[Speaker]:
    """One speaker per entity and document (the stage gives every quote of one the same fields)."""
    speakers = []
    for document in documents:
        seen: set[tuple[int, str]] = set()
        for quote in document.quotes:
            for speaker in (quote.speaker, quote.via):
                if speaker is not None and (speaker.entity, speaker.name) not in seen:
                    seen.add((speaker.entity, speaker.name))
                    speakers.append(speaker)
    return speakers


def corpus_figures(folder: Path, examples: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((folder / "text").glob("*.txt"))]
    if not texts:
        sys.exit(f"no text/*.txt under {folder}")
    extractor = QuoteExtractor()
    lexicon = extractor.config.lexicon
    before_titles = extractor.stages[:-1]
    context = Context(config=extractor.config, backend=extractor.backend)
    started = time.perf_counter()
    staged = []
    for text in texts:
        document = Document(text=text)
        for stage in before_titles:
            document = stage(document, context)
        staged.append(document)
    earlier = time.perf_counter() - started
    started = time.perf_counter()
    documents = [parse_titles(document, context) for document in staged]
    titles_time = time.perf_counter() - started
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6

    speakers = distinct_speakers(documents)
    people = [s for s in speakers if s.kind is SpeakerKind.PERSON]
    named = [s for s in people if parse_mention(s.name, lexicon).name]
    descriptive = [s for s in people if not parse_mention(s.name, lexicon).name]
    carrying = [(s, title_words_in(s.name, lexicon)) for s in named]
    carrying = [(s, words) for s, words in carrying if words]

    def share(part: Sequence[Speaker], whole: Sequence[Speaker]) -> str:
        return f"{len(part):4d} / {len(whole):4d} ({100 * len(part) / max(1, len(whole)):.0f}%)"

    print(f"\ncorpus {folder}: {len(texts)} texts, {size:.2f} MB")
    print(
        f"stages 1-3 {earlier:.2f}s; titles stage {titles_time:.3f}s "
        f"({size / max(titles_time, 1e-9):.1f} MB/s)"
    )
    print(f"distinct speakers (entity per document): {len(speakers)}, persons {len(people)}")
    print(f"  persons with a title        {share([s for s in people if s.title], people)}")
    print(f"  persons with an affiliation {share([s for s in people if s.affiliation], people)}")
    print(f"  persons with a party        {share([s for s in people if s.party], people)}")
    print(f"  persons with modifiers      {share([s for s in people if s.modifiers], people)}")
    # Speakers of unknown kind named only by a role ("a spokesperson for Eastvale Police") get
    # the role's fields; organisations and groups never get a title.
    roles = [
        s
        for s in speakers
        if s.kind is SpeakerKind.UNKNOWN and not parse_mention(s.name, lexicon).name
    ]
    others = [s for s in speakers if s.kind is not SpeakerKind.PERSON and s not in roles]
    print(f"  unnamed roles with a title  {share([s for s in roles if s.title], roles)}")
    print(
        f"  other non-persons, title    {share([s for s in others if s.title], others)}"
        "  (aim: none)"
    )
    print(f"  other non-persons, affil.   {share([s for s in others if s.affiliation], others)}")
    print(
        f"  person names carrying a title word {share([s for s, _ in carrying], named)}"
        "  (aim: none)"
    )
    print(f'  persons named only by a description ("the president") {len(descriptive)}')
    for speaker, words in carrying[:examples]:
        print(f"    {speaker.name!r}: {', '.join(words)}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="a folder holding text/*.txt")
    parser.add_argument("--examples", type=int, default=10, help="names to show that carry titles")
    args = parser.parse_args(argv)
    lexicon = default_lexicon()
    right, total, per_field = golden_share(_GOLDEN / "titles.jsonl", lexicon)
    print(f"golden phrases right: {right} / {total} ({100 * right / total:.1f}%)")
    print("  per field: " + ", ".join(f"{f} {n}/{total}" for f, n in per_field.items()))
    known_right, known, _ = golden_share(_GOLDEN / "titles_known_failures.jsonl", lexicon)
    print(f"known failures still failing: {known - known_right} / {known}")
    if args.corpus is not None:
        corpus_figures(args.corpus, args.examples)


if __name__ == "__main__":
    main()
