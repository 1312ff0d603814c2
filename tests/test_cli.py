"""The ``quotekit`` command: every output format, every input form, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import quotekit.cli
from quotekit import Quote, QuoteExtractor, extract_quotes
from quotekit._progress import Progress
from quotekit._records import record_columns
from quotekit.cli import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PIPE,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    main,
)

ARTICLES = Path(__file__).parents[1] / "examples" / "articles"
FLOOD = ARTICLES / "river-flood.txt"
SHORT = '"We are ready," Jane Roe said. Officials said the plan was final.'


@pytest.fixture
def short(tmp_path: Path) -> Path:
    path = tmp_path / "short.txt"
    path.write_text(SHORT, encoding="utf-8")
    return path


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.txt"
    path.write_text("The river rose again on Tuesday.\n", encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Run the command in this process; returns the exit code, stdout and stderr."""
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- output formats ------------------------------------------------------------------------------


def test_table_lists_each_document_and_its_quotes(
    capsys: pytest.CaptureFixture[str], short: Path, empty: Path
) -> None:
    code, out, err = run(capsys, "extract", "--format", "table", short, empty)
    assert (code, err) == (EXIT_OK, "")
    assert f"{short}: 2 quotes" in out
    assert "   1. Jane Roe [said]  direct, confidence" in out
    assert '      "We are ready,"' in out
    assert f"{empty}: no quotes" in out


def test_jsonl_is_one_quote_a_line_with_its_document(
    capsys: pytest.CaptureFixture[str], short: Path
) -> None:
    code, out, _ = run(capsys, "extract", "--format", "jsonl", short, FLOOD)
    assert code == EXIT_OK
    rows = jsonl(out)
    expected = extract_quotes(SHORT) + extract_quotes(FLOOD.read_bytes().decode("utf-8"))
    assert len(rows) == len(expected)
    assert [row["document"] for row in rows[:2]] == [str(short)] * 2
    assert rows[-1]["document"] == str(FLOOD)
    # Each line reads back as the record quotekit returned; the document key is ignored.
    assert [Quote.from_dict(row) for row in rows] == expected


def test_json_is_one_array_of_documents(
    capsys: pytest.CaptureFixture[str], short: Path, empty: Path
) -> None:
    code, out, _ = run(capsys, "extract", "--format", "json", short, empty)
    assert code == EXIT_OK
    documents = json.loads(out)
    assert [d["document"] for d in documents] == [str(short), str(empty)]
    assert [Quote.from_dict(q) for q in documents[0]["quotes"]] == extract_quotes(SHORT)
    assert documents[1]["quotes"] == []


def test_json_of_nothing_is_still_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "extract", "--format", "json", tmp_path / "missing.txt")
    assert code == EXIT_INPUT
    assert json.loads(out) == []


def test_csv_has_a_header_and_a_row_per_quote(
    capsys: pytest.CaptureFixture[str], short: Path, empty: Path
) -> None:
    code, out, _ = run(capsys, "extract", "--format", "csv", short, empty)
    assert code == EXIT_OK
    reader = csv.DictReader(io.StringIO(out))
    assert tuple(reader.fieldnames or ()) == ("document", *record_columns())
    rows = list(reader)
    assert [row["speaker_name"] for row in rows] == ["Jane Roe", "Officials"]
    assert rows[0]["text"] == '"We are ready,"'
    assert rows[0]["document"] == str(short)
    assert rows[0]["kind"] == "direct"


def test_default_format_is_jsonl_off_a_terminal_and_table_on_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, short: Path
) -> None:
    _, out, _ = run(capsys, "extract", short)
    assert jsonl(out)[0]["document"] == str(short)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    _, out, _ = run(capsys, "extract", short)
    assert out.startswith(f"{short}: 2 quotes")


# --- options -------------------------------------------------------------------------------------


def test_no_indirect_keeps_quotes_in_quote_marks(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "extract", "-f", "jsonl", "--no-indirect", FLOOD)
    kinds = {row["kind"] for row in jsonl(out)}
    assert kinds
    assert "indirect" not in kinds


def test_min_confidence_leaves_out_weaker_attributions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, everything, _ = run(capsys, "extract", "-f", "jsonl", FLOOD)
    _, confident, _ = run(capsys, "extract", "-f", "jsonl", "--min-confidence", "0.9", FLOOD)
    every_row, confident_rows = jsonl(everything), jsonl(confident)
    assert confident_rows == [row for row in every_row if row["confidence"] >= 0.9]
    assert len(confident_rows) < len(every_row)


def test_jobs_keep_the_input_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    paths = []
    for number in range(6):
        path = tmp_path / f"doc{number}.txt"
        path.write_text(f'"Point {number} stands," Jane Roe said.', encoding="utf-8")
        paths.append(path)
    _, serial, _ = run(capsys, "extract", "-f", "jsonl", *paths)
    code, parallel, _ = run(capsys, "extract", "-f", "jsonl", "--jobs", "2", *paths)
    assert code == EXIT_OK
    assert parallel == serial
    assert [row["document"] for row in jsonl(parallel)] == [str(p) for p in paths]


def test_progress_bar_only_when_the_output_goes_elsewhere(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, short: Path
) -> None:
    _, plain, err = run(capsys, "extract", "-f", "jsonl", short, FLOOD)
    assert err == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, out, err = run(capsys, "extract", "-f", "jsonl", short, FLOOD)
    assert out == plain  # the bar never touches the output
    assert "quotekit  [" in err
    assert err.endswith("\r\x1b[K")
    _, _, err = run(capsys, "extract", "-f", "jsonl", "--no-progress", short)
    assert err == ""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)  # the output shows the progress
    _, _, err = run(capsys, "extract", "-f", "table", short)
    assert err == ""


# --- inputs --------------------------------------------------------------------------------------


def test_text_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_stdin(monkeypatch, SHORT.encode())
    code, out, _ = run(capsys, "extract", "-f", "jsonl", "-")
    assert code == EXIT_OK
    rows = jsonl(out)
    assert [row["document"] for row in rows] == ["<stdin>", "<stdin>"]
    assert rows[0]["speaker"]["name"] == "Jane Roe"


def test_jsonl_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [{"id": "a-1", "text": SHORT}, {"text": SHORT}]
    set_stdin(monkeypatch, "".join(json.dumps(line) + "\n" for line in lines).encode())
    code, out, _ = run(capsys, "extract", "-f", "jsonl", "--input-format", "jsonl", "-")
    assert code == EXIT_OK
    assert [row["document"] for row in jsonl(out)] == ["a-1", "a-1", "<stdin>:2", "<stdin>:2"]


def test_jsonl_file_with_chosen_fields(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    records = [{"key": 7, "body": SHORT}, {"key": "b", "body": "Nothing to see."}, {"body": SHORT}]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    code, out, _ = run(
        capsys, "extract", "-f", "json", "--text-field", "body", "--id-field", "key", path
    )
    assert code == EXIT_OK
    documents = json.loads(out)
    assert [d["document"] for d in documents] == [7, "b", f"{path}:3"]
    assert [len(d["quotes"]) for d in documents] == [2, 0, 2]


def test_bad_jsonl_lines_are_reported_and_the_rest_done(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "good", "text": SHORT}).encode()
    lines = [
        b"{not json",
        json.dumps({"id": "x"}).encode(),
        b"[1, 2]",
        b'{"text": "caf\xe9"}',
        good,
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    code, out, err = run(capsys, "extract", "-f", "jsonl", path)
    assert code == EXIT_INPUT
    assert {row["document"] for row in jsonl(out)} == {"good"}
    messages = err.splitlines()
    assert len(messages) == 4
    assert messages[0].startswith(f"quotekit: {path}:1: not JSON")
    assert messages[1] == (
        f"quotekit: {path}:2: no 'text' field (choose the field with --text-field)"
    )
    assert messages[2] == f"quotekit: {path}:3: expected a JSON object, got list"
    offset = len(b"\n".join(lines[:3])) + 1 + lines[3].index(b"\xe9")
    assert messages[3] == (
        f"quotekit: {path}:4: not UTF-8: cannot decode byte 0xe9 at byte offset {offset}"
    )


def test_bad_utf8_file_among_good_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, short: Path
) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("“Ready,” said José.".encode()[:3] + "José said".encode("latin-1"))
    code, out, err = run(capsys, "extract", "-f", "jsonl", short, bad, FLOOD)
    assert code == EXIT_INPUT
    assert err == f"quotekit: {bad}: not UTF-8: cannot decode byte 0xe9 at byte offset 6\n"
    documents = [row["document"] for row in jsonl(out)]
    assert str(short) in documents
    assert str(FLOOD) in documents
    assert str(bad) not in documents


def test_missing_file_and_folder_are_one_line_each(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, short: Path
) -> None:
    code, out, err = run(capsys, "extract", "-f", "jsonl", tmp_path / "nope.txt", tmp_path, short)
    assert code == EXIT_INPUT
    assert err.splitlines() == [
        f"quotekit: {tmp_path / 'nope.txt'}: cannot read: No such file or directory",
        f"quotekit: {tmp_path}: is a directory (name its files, e.g. {tmp_path}/*.txt)",
    ]
    assert len(jsonl(out)) == 2


def test_offsets_index_the_raw_utf8_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(("Intro line.\r\n\r\n" + SHORT).encode("utf-8"))
    _, out, _ = run(capsys, "extract", "-f", "jsonl", path)
    text = path.read_bytes().decode("utf-8")
    for row in jsonl(out):
        assert text[row["start"] : row["end"]] == row["text"]


# --- exit codes and errors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["extract"],
        ["extract", "--format", "xml", "a.txt"],
        ["extract", "--min-confidence", "1.5", "a.txt"],
        ["extract", "--min-confidence", "high", "a.txt"],
        ["extract", "--jobs", "-1", "a.txt"],
        ["extract", "--backend", "spacy", "a.txt"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == EXIT_USAGE
    assert out == ""
    assert "error:" in err


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == EXIT_OK
    assert "exit codes:" in out
    code, out, _ = run(capsys, "--version")
    assert (code, out.strip()) == (EXIT_OK, f"quotekit {quotekit.__version__}")


def test_backend_without_models_exits_3_with_the_fix(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, short: Path
) -> None:
    pytest.importorskip("stanza", reason="the stanza extra is not installed")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    code, out, err = run(capsys, "extract", "-f", "jsonl", "--backend", "stanza", short)
    assert code == EXIT_UNAVAILABLE
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith("quotekit: ")
    assert "download-models" in err


def test_unexpected_error_is_one_line_unless_debug(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, short: Path
) -> None:
    def broken(self: QuoteExtractor, text: str) -> list[Quote]:
        raise RuntimeError("stage exploded")

    monkeypatch.setattr(QuoteExtractor, "extract", broken)
    code, _, err = run(capsys, "extract", "-f", "jsonl", short)
    assert code == EXIT_INTERNAL
    assert err == (
        f"quotekit: internal error: RuntimeError: stage exploded (while extracting the quotes "
        f"of {short}); run with --debug for the traceback\n"
    )
    for argv in (["--debug", "extract", short], ["extract", short, "--debug"]):
        code, _, err = run(capsys, *argv)
        assert code == EXIT_INTERNAL
        assert "Traceback (most recent call last)" in err
        assert err.splitlines()[-1].startswith("quotekit: internal error: RuntimeError")


def test_interrupt_exits_130(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, short: Path
) -> None:
    def interrupted(self: QuoteExtractor, text: str) -> list[Quote]:
        raise KeyboardInterrupt

    monkeypatch.setattr(QuoteExtractor, "extract", interrupted)
    code, _, err = run(capsys, "extract", short)
    assert (code, err) == (EXIT_INTERRUPTED, "quotekit: interrupted\n")


# --- as a program --------------------------------------------------------------------------------


def program(*argv: str | Path) -> list[str]:
    return [sys.executable, "-m", "quotekit", *(str(arg) for arg in argv)]


def test_python_m_quotekit_with_jobs(tmp_path: Path) -> None:
    """``python -m quotekit`` works, also when worker processes import ``__main__`` again."""
    path = tmp_path / "many.jsonl"
    records = [{"id": n, "text": f'"Item {n} is done," Jane Roe said.'} for n in range(150)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = subprocess.run(
        program("extract", "-f", "jsonl", "--jobs", "2", path),
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (EXIT_OK, "")
    assert [json.loads(line)["document"] for line in done.stdout.splitlines()] == list(range(150))


@pytest.mark.parametrize("output_format", ["table", "jsonl"])
def test_a_narrow_locale_neither_fails_nor_garbles_machine_output(output_format: str) -> None:
    done = subprocess.run(
        program("extract", "-f", output_format, FLOOD),
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert (done.returncode, done.stderr) == (EXIT_OK, b"")
    if output_format == "jsonl":  # UTF-8 all the same, the curly quotes intact
        assert "“We are not waiting" in done.stdout.decode("utf-8")
    else:  # readable, with a stand-in for what the terminal cannot show
        assert b"?We are not waiting" in done.stdout


def test_closed_output_exits_quietly(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    text = FLOOD.read_text(encoding="utf-8")
    path.write_text((json.dumps({"text": text}) + "\n") * 300, encoding="utf-8")
    with subprocess.Popen(
        program("extract", "-f", "jsonl", path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        err = process.stderr.read()
        assert process.wait(timeout=60) == EXIT_PIPE
    assert err == b""


# --- the progress bar ----------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_bar_shows_share_count_and_time_left() -> None:
    stream, clock = io.StringIO(), Clock()
    progress = Progress(stream, 1000, enabled=True, clock=clock)
    clock.now += 10
    progress.advance(250)
    line = stream.getvalue().split("\r\x1b[K")[-1]
    assert line.startswith("quotekit  [")
    assert " 25%  1 document  0:30 left" in line
    progress.note("quotekit: a.txt: cannot read")
    assert stream.getvalue().endswith("quotekit: a.txt: cannot read\n\r\x1b[K" + line)
    progress.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_progress_without_a_total_counts_documents_and_bytes() -> None:
    stream, clock = io.StringIO(), Clock()
    progress = Progress(stream, None, enabled=True, clock=clock)
    clock.now += 65
    progress.advance(2_500_000, documents=3)
    assert stream.getvalue().endswith("quotekit  3 documents  2.5 MB  1:05")


def test_disabled_progress_writes_only_notes() -> None:
    stream = io.StringIO()
    progress = Progress(stream, 10, enabled=False)
    progress.advance(5)
    progress.note("quotekit: something")
    progress.close()
    assert stream.getvalue() == "quotekit: something\n"
