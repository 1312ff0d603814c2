"""The evaluation module: gold readers, the scorer's definitions checked by hand, the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotekit import CueClass, Quote, QuoteKind, Span, Speaker, default_lexicon
from quotekit.cli import main
from quotekit.evaluate import (
    ErrorKind,
    GoldDocument,
    cue_class_of,
    format_errors,
    format_table,
    list_errors,
    read_brat,
    read_gold,
    read_jsonl,
    sample_errors,
    score,
    trim,
    write_jsonl,
)

FIXTURES = Path(__file__).parent / "fixtures"
BRAT = FIXTURES / "brat"
JSONL = FIXTURES / "gold.jsonl"


def _document(documents: list[GoldDocument], name: str) -> GoldDocument:
    return next(document for document in documents if document.id == name)


def _quote(
    text: str,
    words: str,
    kind: QuoteKind,
    *,
    speaker: str | None = None,
    mention: str | None = None,
    mention_after: str = "",
    cue_class: CueClass | None = CueClass.SPEECH,
) -> Quote:
    """A returned quote over the first ``words`` of ``text``, said by ``speaker`` as named by the
    first ``mention`` (default: the name) after ``mention_after``."""
    start = text.index(words)
    end = start + len(words)
    found = None
    if speaker is not None:
        named = mention or speaker
        at = text.index(named, text.index(mention_after))
        found = Speaker(name=speaker, mention=Span(at, at + len(named), named))
    return Quote(
        text=text[start:end], start=start, end=end, kind=kind, speaker=found, cue_class=cue_class
    )


# --- readers ----------------------------------------------------------------------------------


def test_read_brat_reads_each_article_once_from_the_first_annotator() -> None:
    documents = read_brat(BRAT)
    assert [document.id for document in documents] == ["harbour_plan", "school_budget"]
    school = _document(documents, "school_budget")
    # school_budget_3f2a.ann sorts before school_budget_9c1d.ann, which has one other quote.
    assert [school.text[q.start : q.end] for q in school.quotes] == [
        '"We kept every teacher,"',
        "that class sizes would grow next year",
    ]
    assert school.quotes[0].speaker is not None
    assert school.quotes[0].speaker.text == "Superintendent Dana Whitfield"
    assert school.quotes[0].cue == "told"


def test_read_brat_keeps_the_fragments_of_a_discontinuous_content() -> None:
    harbour = _document(read_brat(BRAT), "harbour_plan")
    split = harbour.quotes[1]
    assert [harbour.text[a:b] for a, b in split.spans] == ['"The bridge,"', '"will reopen in May."']
    assert (split.start, split.end) == (split.spans[0][0], split.spans[1][1])
    assert split.kind is QuoteKind.DIRECT


def test_read_brat_accepts_an_attribution_without_a_source() -> None:
    harbour = _document(read_brat(BRAT), "harbour_plan")
    unsourced = harbour.quotes[4]
    assert harbour.text[unsourced.start : unsourced.end] == "to return by the autumn"
    assert unsourced.speaker is None
    assert unsourced.cue == "is expected"


def test_kinds_come_from_the_quote_marks_of_the_content() -> None:
    harbour = _document(read_brat(BRAT), "harbour_plan")
    assert [quote.kind.value for quote in harbour.quotes] == [
        "direct",
        "direct",
        "indirect",
        "mixed",
        "indirect",
    ]


def test_read_jsonl_fills_spans_kind_and_speaker_text() -> None:
    documents = read_jsonl(JSONL)
    assert [document.id for document in documents] == ["ferry-01", "quiet-02"]
    ferry = documents[0]
    first, second, third = ferry.quotes
    assert first.spans == ((first.start, first.end),)
    assert first.speaker is not None
    assert first.speaker.text == "harbour master Ines Calder"
    assert second.kind is QuoteKind.INDIRECT  # not given: read from the content
    assert third.speaker is None
    assert documents[1].quotes == ()


def test_gold_survives_a_jsonl_round_trip(tmp_path: Path) -> None:
    documents = read_brat(BRAT)
    path = tmp_path / "gold.jsonl"
    write_jsonl(path, documents)
    assert read_gold(path) == documents
    assert read_gold(BRAT) == documents


def test_read_jsonl_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "x", "quotes": []}\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        read_jsonl(path)


def test_read_brat_refuses_a_folder_without_annotations(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no annotations"):
        read_brat(tmp_path)


# --- definitions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('"We are ready," ', "We are ready"),
        ("that the cost would stay low.", "the cost would stay low"),
        ("\u201cThat is final.\u201d", "is final"),  # in any case, as the reference scorer
        ("  \u2014 ", ""),
    ],
)
def test_trim_drops_marks_space_and_a_leading_that(text: str, kept: str) -> None:
    start, end = trim(text, 0, len(text))
    assert text[start:end] == kept


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said", CueClass.SPEECH),
        ("has said in a statement", CueClass.SPEECH),
        ("according to", CueClass.SPEECH),
        ("is expected", CueClass.THOUGHT),
        (":", CueClass.SPEECH),
        ("smiled", None),
        (None, None),
    ],
)
def test_cue_class_of_gold_cues(cue: str | None, expected: CueClass | None) -> None:
    assert cue_class_of(cue, default_lexicon()) is expected


def _hand_predictions(documents: list[GoldDocument]) -> dict[str, list[Quote]]:
    """Nine returned quotes whose fate is worked out by hand in ``test_scores_by_hand``."""
    harbour = _document(documents, "harbour_plan").text
    school = _document(documents, "school_budget").text
    direct, mixed, indirect = QuoteKind.DIRECT, QuoteKind.MIXED, QuoteKind.INDIRECT
    return {
        "harbour_plan": [
            # P1: the quote and its attribution: 45 of its 69 trimmed characters lie in H1.
            _quote(
                harbour,
                '"This is the best day for the town in a decade," Mayor Alma Reyes said',
                direct,
                speaker="Alma Reyes",
            ),
            # P2, P3: the two pieces of the split quote H2, each equal to one fragment.
            _quote(harbour, '"The bridge,"', direct, speaker="Tomas Reiner"),
            # Its mention lies in another paragraph; the name's last word is in H2's source.
            _quote(
                harbour,
                '"will reopen in May."',
                direct,
                speaker="Tomas Reiner",
                mention="Reiner",
                mention_after="Reiner said",
            ),
            # P4: H3 with "that" and a full stop, which trimming drops.
            _quote(
                harbour,
                "that the cost would stay below budget.",
                indirect,
                speaker="Tomas Reiner",
                mention="Reiner",
                mention_after="Reiner said",
            ),
            # P5: only the quoted fragment of the mixed H4 (20 of its 47 characters), and the
            # wrong speaker.
            _quote(harbour, '"a gift to developers,"', mixed, speaker="Opponents"),
            # P6: H5, which has no source; no speaker is the right speaker.
            _quote(harbour, "to return by the autumn", indirect, cue_class=CueClass.THOUGHT),
            # P7: the headline, a false alarm.
            _quote(harbour, "Harbour plan wins council vote", indirect, cue_class=None),
        ],
        "school_budget": [
            # P8: S1 exactly.
            _quote(school, '"We kept every teacher,"', direct, speaker="Dana Whitfield"),
            # P9: a false alarm beside S2, which is missed.
            _quote(school, "The teachers' union warned", indirect, speaker="The teachers' union"),
        ],
    }


def test_scores_by_hand() -> None:
    documents = read_brat(BRAT)
    report = score(documents, _hand_predictions(documents))
    overall = report.overall
    # Gold: H1-H5 in harbour_plan, S1-S2 in school_budget. Returned: P1-P9.
    # Right (half or more in one gold quote): P1-P6 and P8; P7 and P9 touch no gold quote.
    assert (overall.predicted, overall.right) == (9, 7)
    # Found: H1 (by P1), H2 (P2 and P3 cover it whole), H3 (P4), H5 (P6), S1 (P8).
    # Not found: H4 (P5 covers 20 of 47 characters), S2.
    assert (overall.gold, overall.found) == (7, 5)
    assert overall.precision == pytest.approx(7 / 9)
    assert overall.recall == pytest.approx(5 / 7)
    assert overall.f1 == pytest.approx(70 / 94)  # 2PR/(P+R) = (70/63) / (94/63)
    # Exact: P2, P3, P4, P6, P8; that is gold H2, H3, H5, S1.
    assert (overall.right_exact, overall.found_exact) == (5, 4)
    assert overall.exact_f1 == pytest.approx(40 / 71)  # P 5/9, R 4/7
    # Speakers of the 7 right quotes: all right but P5's "Opponents".
    assert overall.right_speaker == 6
    assert overall.speaker_accuracy == pytest.approx(6 / 7)
    assert overall.end_to_end_precision == pytest.approx(6 / 9)
    # Found with a right speaker: H1, H2, H3, H5, S1.
    assert overall.end_to_end_recall == pytest.approx(5 / 7)
    assert overall.end_to_end_f1 == pytest.approx(20 / 29)  # P 2/3, R 5/7

    groups = report.groups
    # Gold kinds: direct H1, H2, S1; mixed H4; indirect H3, H5, S2.
    # Returned kinds: direct P1, P2, P3, P8 (all right); mixed P5 (right); indirect P4, P6
    # (right), P7, P9 (false alarms).
    assert (groups["direct"].recall, groups["direct"].precision) == (1.0, 1.0)
    assert (groups["mixed"].recall, groups["mixed"].precision) == (0.0, 1.0)
    assert groups["indirect"].recall == pytest.approx(2 / 3)
    assert groups["indirect"].precision == pytest.approx(2 / 4)
    # Gold cues: said x3, according to, told, warned are speech; "is expected" is thought.
    assert (groups["cue_speech"].gold, groups["cue_speech"].found) == (6, 4)
    assert (groups["cue_thought"].gold, groups["cue_thought"].found) == (1, 1)
    assert (groups["cue_none"].predicted, groups["cue_none"].right) == (1, 0)
    # score.py's speech pattern matches the same six cues; of them H3 and S2 are indirect.
    assert (groups["speech_pattern"].gold, groups["speech_pattern"].found) == (6, 4)
    assert (groups["indirect_speech_pattern"].gold, groups["indirect_speech_pattern"].found) == (
        2,
        1,
    )

    assert report.summary() == {
        "pred": 9,
        "gold": 7,
        "pred_right": 7,
        "gold_found": 5,
        "precision": 0.778,
        "recall": 0.714,
        "f1": 0.745,
        "speaker_acc_on_matched": 0.857,
        "e2e_precision": 0.667,
        "exact_f1": 0.563,
        "recall_direct": 1.0,
        "recall_mixed": 0.0,
        "recall_indirect": 0.667,
        "recall_speech": 0.667,
        "recall_indirect_speech": 0.5,
        "e2e_recall_direct": 1.0,
        "e2e_recall_mixed": 0.0,
        "e2e_recall_indirect": 0.667,
        "e2e_f1": 0.69,
    }


def test_a_document_without_predictions_scores_as_all_missed() -> None:
    documents = read_brat(BRAT)
    report = score(documents, {})
    assert (report.overall.gold, report.overall.found, report.overall.predicted) == (7, 0, 0)
    assert report.overall.f1 == 0.0
    assert "all" in format_table(report)


def test_report_is_plain_data() -> None:
    documents = read_brat(BRAT)
    data = json.loads(json.dumps(score(documents, _hand_predictions(documents)).to_dict()))
    assert data["documents"] == 2
    assert data["groups"]["all"]["f1"] == 0.745
    assert data["summary"]["pred_right"] == 7


# --- errors -----------------------------------------------------------------------------------


def test_list_errors_shows_misses_false_alarms_and_wrong_speakers_in_context() -> None:
    documents = read_brat(BRAT)
    cases = list_errors(documents, _hand_predictions(documents))
    by_kind = {kind: [case for case in cases if case.kind is kind] for kind in ErrorKind}
    # Misses: H4 and S2; false alarms: P7 and P9; wrong speaker: P5.
    marked = [case.context.split("\u27e6")[1] for case in by_kind[ErrorKind.MISS]]
    assert [words.split("\u27e7")[0] for words in marked] == [
        'Opponents called the plan "a gift to developers,"',
        "that class sizes would grow next year",
    ]
    assert len(by_kind[ErrorKind.FALSE_ALARM]) == 2
    (wrong,) = by_kind[ErrorKind.WRONG_SPEAKER]
    assert (wrong.returned_speaker, wrong.gold_speaker) == (
        "Opponents",
        "a statement from the Harbour Residents Group",
    )
    text = format_errors(sample_errors(cases, 1))
    assert text.count("\u27e6") == 3
    assert "MISS" in text
    assert "FALSE ALARM" in text
    assert "WRONG SPEAKER" in text


def test_sample_errors_spreads_over_the_corpus() -> None:
    documents = read_brat(BRAT)
    cases = list_errors(documents, {})
    picked = sample_errors(cases, 2)
    assert len(picked) == 2
    assert {case.document for case in picked} == {"harbour_plan", "school_budget"}
    assert sample_errors(cases, 0) == []


# --- the command ------------------------------------------------------------------------------


def test_eval_command_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(BRAT), "--format", "json", "--errors", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 2
    assert data["summary"]["gold"] == 7
    assert set(data["groups"]) >= {"all", "direct", "mixed", "indirect", "cue_speech"}
    assert isinstance(data["errors"], list)


def test_eval_command_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(JSONL)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 documents, 3 gold quotes")
    assert "overlap" in out


def test_eval_command_fails_on_missing_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(tmp_path / "absent.jsonl")]) == 1
    assert "absent.jsonl" in capsys.readouterr().err


def test_eval_command_refuses_a_negative_error_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(JSONL), "--errors", "-1"]) == 2
    assert "must be 0 or more" in capsys.readouterr().err
