"""Accuracy of quotekit on a gold corpus, printed as the evaluation table.

    python benchmarks/accuracy.py PATH [--backend NAME] [--check-with SCORE_PY] [--no-record]

PATH is a BRAT folder (``text/``, ``attributions/``, as PolNeAR's splits) or a gold JSONL file.
With ``--check-with`` the gold and the predictions are also written in the JSONL the reference
``score.py`` reads, ``score.py`` is run on them, and its figures are compared with ours: the check
that ``quotekit.evaluate`` keeps its definitions. When ``predict.py`` lies beside ``score.py``, the
BRAT reader is compared with its reader too.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from results_log import record

from quotekit import Config, Quote, QuoteExtractor
from quotekit.evaluate import (
    GoldDocument,
    Report,
    format_table,
    predict,
    read_gold,
    score,
    write_jsonl,
    write_predictions,
)

# score.py computes e2e_f1 from its e2e precision already rounded to three places; ours does not
# round first, so the two may differ by one in the last place.
_ROUNDED_FIRST = {"e2e_f1": 0.0011}


def compare_with_score_py(
    score_py: Path,
    gold: Sequence[GoldDocument],
    predictions: Mapping[str, Sequence[Quote]],
    report: Report,
) -> tuple[bool, str]:
    """Run ``score_py`` on the same gold and predictions; whether it agrees, and how."""
    with tempfile.TemporaryDirectory() as folder:
        gold_path, predictions_path = Path(folder, "gold.jsonl"), Path(folder, "pred.jsonl")
        write_jsonl(gold_path, gold)
        write_predictions(predictions_path, predictions)
        done = subprocess.run(
            [sys.executable, str(score_py), str(gold_path), str(predictions_path), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    theirs = json.loads(done.stdout)
    ours = report.summary()
    differences = [
        f"{name}: score.py {theirs.get(name)}, quotekit {ours.get(name)}"
        for name in dict.fromkeys([*theirs, *ours])
        if theirs.get(name) != ours.get(name)
        and not (
            name in _ROUNDED_FIRST
            and abs(float(theirs[name]) - float(ours[name])) <= _ROUNDED_FIRST[name]
        )
    ]
    if differences:
        return False, "score.py DISAGREES: " + "; ".join(differences)
    return True, f"score.py agrees on all {len(theirs)} figures"


def compare_with_predict_py(predict_py: Path, folder: Path, gold: Sequence[GoldDocument]) -> str:
    """Whether ``predict_py``'s BRAT reader gives the same gold documents as ours."""
    spec = importlib.util.spec_from_file_location("reference_predict", predict_py)
    if spec is None or spec.loader is None:
        return f"cannot load {predict_py}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    theirs = list(module.brat_docs(str(folder)))
    ours = [document.to_dict() for document in gold]
    if theirs == ours:
        return f"predict.py reads the same {len(ours)} documents"
    differing = [t["id"] for t, o in zip(theirs, ours, strict=False) if t != o]
    counts = f"{len(theirs)} vs {len(ours)} documents"
    return f"predict.py reads DIFFERENT gold ({counts}; first differing: {differing[:5]})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a BRAT folder or a gold JSONL file")
    parser.add_argument("--backend", default="rules", help="rules (default) or stanza")
    parser.add_argument(
        "--check-with", type=Path, metavar="SCORE_PY", help="the reference score.py"
    )
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    args = parser.parse_args()

    gold = read_gold(args.path)
    extractor = QuoteExtractor(Config(backend=args.backend))
    started = time.perf_counter()
    predictions = predict(gold, extractor)
    seconds = time.perf_counter() - started
    report = score(gold, predictions, lexicon=extractor.config.lexicon)
    megabytes = sum(len(document.text.encode("utf-8")) for document in gold) / 1e6
    print(f"{args.path} with the {args.backend} backend")
    print(format_table(report))
    print(f"{megabytes:.2f} MB in {seconds:.2f} s: {megabytes / seconds:.2f} MB/s")

    agreement = "not checked"
    agrees = True
    if args.check_with:
        agrees, agreement = compare_with_score_py(args.check_with, gold, predictions, report)
        print(agreement)
        predict_py = args.check_with.with_name("predict.py")
        if args.path.is_dir() and predict_py.exists():
            print(compare_with_predict_py(predict_py, args.path, gold))

    if not args.no_record:
        summary = report.summary()
        figures = (
            f"{args.path} ({args.backend}): P {summary['precision']:.3f} "
            f"R {summary['recall']:.3f} F1 {summary['f1']:.3f}, "
            f"exact F1 {summary['exact_f1']:.3f}, "
            f"speaker {summary['speaker_acc_on_matched']:.3f}, e2e F1 {summary['e2e_f1']:.3f}, "
            f"recall direct/mixed/indirect {summary.get('recall_direct', 0):.3f}/"
            f"{summary.get('recall_mixed', 0):.3f}/{summary.get('recall_indirect', 0):.3f}; "
            f"{agreement}"
        )
        record("accuracy", figures)
    return 0 if agrees else 1


if __name__ == "__main__":
    sys.exit(main())
