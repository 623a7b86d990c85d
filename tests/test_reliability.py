"""Issue 6, "never lose a document": every input is accounted for, bad input never crashes a run, an
interrupted run can be resumed without losing or repeating a document, and untrusted text stays inert.

Most tests use the stand-in rules (`fake_quotes`) because they are about plumbing; those about what the
rules do with strange text (nothing but quotation marks, deep nesting, very long lines) use the real model.
The README's "Reliability" section summarises what these tests show.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import spacy
from click.testing import CliRunner, Result

import quotes
import quotes.io
from quotes import COLUMNS, Document
from quotes.cli import cli
from quotes.io import DOC_COLUMNS, OutputError, Progress, count_documents, extract_documents, prepare_resume, read_inputs, write_table

ROOT = Path(__file__).resolve().parents[1]
BAD = Path(__file__).parent / "data" / "bad"
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def statuses(result: Result) -> dict[str, str]:
    return {record["doc_id"]: record["status"] for record in jsonl(result.stdout)}


def read_csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


# --------------------------------------------------------------------------------------------- accounted for


def test_every_document_gets_a_status_in_the_jsonl_and_the_docs_summary(fake_quotes, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "fine.txt").write_text("“Fine,” she said.", encoding="utf-8")
    (corpus / "blank.txt").write_text("", encoding="utf-8")
    (corpus / "crash.txt").write_text("BOOM “Lost?” he said.", encoding="utf-8")
    (corpus / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    feed = '{"doc_id": "f1", "text": "“One,” I said."}\n{"doc_id": \n'  # the second line is cut short
    (corpus / "feed.jsonl").write_text(feed, encoding="utf-8")
    docs_out = tmp_path / "docs.csv"
    result = run("extract", str(corpus), "--format", "jsonl", "--docs-out", str(docs_out))
    assert result.exit_code == 1
    expected = {"blank": "empty", "crash": "error", "f1": "ok", "feed:2": "error", "fine": "ok", "gone": "error"}
    assert statuses(result) == expected
    assert all(r["message"] for r in jsonl(result.stdout) if r["status"] != "ok")
    summary = pd.read_csv(docs_out, keep_default_na=False)
    assert tuple(summary.columns) == DOC_COLUMNS
    assert dict(zip(summary["doc_id"], summary["status"])) == expected
    row = summary.set_index("doc_id").loc["fine"]
    assert (row["n_quotes"], row["n_chars"]) == (1, len("“Fine,” she said."))
    assert row["source"] == str(corpus / "fine.txt")
    assert "broken symbolic link" in summary.set_index("doc_id").loc["gone", "message"]
    assert "6 documents (2 ok, 1 empty, 3 error)" in result.stderr


def test_docs_summary_lists_documents_without_quotes_that_the_csv_table_cannot(fake_quotes, tmp_path: Path) -> None:
    docs_out = tmp_path / "docs.csv"
    result = run("extract", str(BAD / "empty.txt"), str(BAD / "whitespace.txt"), "--docs-out", str(docs_out))
    assert result.exit_code == 0
    assert list(pd.read_csv(io.StringIO(result.stdout)).columns) == list(COLUMNS)  # just the header
    assert list(pd.read_csv(docs_out)["status"]) == ["empty", "empty"]


def test_all_ok_or_empty_exits_0(fake_quotes) -> None:
    result = run("extract", str(ROOT / "tests" / "data" / "cli" / "article.txt"), str(BAD / "empty.txt"))
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([str(BAD / "empty.txt"), "--no-such-option"], ["--no-such-option"]),
        ([str(BAD / "empty.txt"), "--batch-size", "0"], ["--batch-size", "0"]),
        (["no/such/article.txt"], ["no/such/article.txt", "does not exist"]),
        ([str(BAD / "no_text_column.csv")], ["'text'", "'doc_id', 'body'", "--text-column"]),
        ([str(BAD / "empty.txt"), "--resume"], ["--resume", "-o FILE"]),
    ],
    ids=["unknown-option", "bad-value", "missing-path", "csv-without-text-column", "resume-without-output"],
)
def test_usage_errors_exit_2_and_say_what_to_pass(args: list[str], expected: list[str]) -> None:
    result = CliRunner().invoke(cli, ["extract", *args])
    assert result.exit_code == 2
    for words in expected:
        assert words in result.stderr
    assert result.stdout == ""


# --------------------------------------------------------------------------------------------- progress


def test_progress_goes_to_stderr_and_stdout_is_only_data(fake_quotes, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(quotes.io.progress, "PROGRESS_LOG_SECONDS", 0.0)  # a line per document
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"“Quote number {i},” she said.", encoding="utf-8")
    result = run("extract", str(tmp_path))
    assert result.exit_code == 0
    progress = [line for line in result.stderr.splitlines() if "documents/s" in line]
    assert len(progress) == 5
    assert progress[-1].startswith("quotes: 5/5 documents (100%), 5 quotes, ")
    assert progress[0].startswith("quotes: 1/5 documents (20%), 1 quote, ") and progress[0].endswith(" left")
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert tuple(frame.columns) == COLUMNS
    assert len(frame) == 5


def test_quiet_turns_progress_off(fake_quotes, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(quotes.io.progress, "PROGRESS_LOG_SECONDS", 0.0)
    (tmp_path / "a.txt").write_text("“Hello,” she said.", encoding="utf-8")
    result = run("extract", str(tmp_path), "--quiet")
    assert result.exit_code == 0 and result.stderr == ""


def test_progress_on_a_terminal_redraws_one_line(monkeypatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(quotes.io.progress, "PROGRESS_SECONDS", 0.0)
    stream = Terminal()
    progress = Progress(stream)
    for _ in range(3):
        progress.update(quotes.DocResult(doc_id="x"))
    progress.close()
    text = stream.getvalue()
    assert text.count("\r") >= 3 and text.endswith("\n") and text.count("\n") == 1  # one line, redrawn
    last = text.rsplit("\r", 1)[-1]
    assert last.startswith("quotes: 3 documents") and "0 quotes" in last and "documents/s" in last


def test_progress_bar_shows_the_total_rate_quotes_and_time_left(monkeypatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(quotes.io.progress, "PROGRESS_SECONDS", 0.0)
    stream = Terminal()
    progress = Progress(stream, total=4)
    found = quotes.Quote(type="direct", quote="Yes", quote_start=0, quote_end=3)
    for _ in range(2):
        progress.update(quotes.DocResult(doc_id="x", quotes=[found, found]))
    progress.clear()  # a warning comes: the bar steps aside, then carries on
    stream.write("warning: something\n")
    progress.update(quotes.DocResult(doc_id="y"))
    progress.close()
    text = stream.getvalue()
    assert "warning: something\n" in text and text.endswith("\n")
    last = text.rsplit("\r", 1)[-1]
    assert "3/4" in last and "75%" in last and "4 quotes" in last and "documents/s" in last
    assert re.search(r"3/4 \[\d\d:\d\d<\d\d:\d\d", last), "elapsed < time left, as tqdm writes them"


def test_progress_in_a_log_gives_plain_lines_with_the_time_left(monkeypatch) -> None:
    monkeypatch.setattr(quotes.io.progress, "PROGRESS_LOG_SECONDS", 0.0)
    stream = io.StringIO()  # not a terminal
    progress = Progress(stream, total=2)
    progress.update(quotes.DocResult(doc_id="x"))
    progress.skip()  # --resume: one document was done by the run before
    progress.close()
    (line,) = stream.getvalue().splitlines()
    assert "\r" not in stream.getvalue() and "\x1b" not in stream.getvalue()
    assert re.fullmatch(r"quotes: 1/2 documents \(50%\), 0 quotes, [\d,.]+ documents/s, \d\d:\d\d left", line)
    assert progress.total == 1


def test_the_total_is_counted_from_the_input_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>Two.</p>", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\nnot json\n', encoding="utf-8")
    assert count_documents([str(tmp_path)]) == 1 + 1 + 3 == len(list(read_inputs([str(tmp_path)])))
    (tmp_path / "rows.csv").write_text("text\nA row.\n", encoding="utf-8")
    assert count_documents([str(tmp_path)]) is None  # a CSV row may span lines: unknown without parsing
    assert count_documents(["-"]) is None


# --------------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("name", ["empty.txt", "whitespace.txt"])
def test_empty_and_whitespace_only_files_are_empty_documents(fake_quotes, name: str) -> None:
    result = run("extract", str(BAD / name), "--format", "jsonl")
    assert result.exit_code == 0
    [record] = jsonl(result.stdout)
    assert record["status"] == "empty" and record["message"] == "no text" and record["quotes"] == []


def test_binary_file_named_txt_is_an_error_saying_what_it_is_not_a_crash(fake_quotes, tmp_path: Path) -> None:
    """Issue 12: an image read as text was megabytes of U+FFFD for the parser; it is now an error document."""
    path = tmp_path / "photo.txt"
    path.write_bytes(PNG_BYTES * 50)
    result = run("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 1
    [record] = jsonl(result.stdout)
    assert record["status"] == "error"
    assert "PNG image" in record["message"] and "convert it to text" in record["message"]
    assert "photo" in result.stderr and "PNG image" in result.stderr


@pytest.mark.parametrize("name", ["feed.jsonl", "page.html"])
def test_binary_file_with_a_structured_extension_is_reported_not_a_crash(fake_quotes, tmp_path: Path, name) -> None:
    path = tmp_path / name
    path.write_bytes(PNG_BYTES * 50)
    result = run("extract", str(path), "--format", "jsonl")
    records = jsonl(result.stdout)
    assert records, result.stderr
    assert {r["status"] for r in records} <= {"error", "empty"}  # JSONL: lines that are not JSON; HTML: no text
    assert result.exit_code == (1 if name.endswith(".jsonl") else 0)


def test_invalid_utf8_is_replaced_and_warned_about(fake_quotes, tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xff\xfe\x80 \xe2\x80\x9cStill here,\xe2\x80\x9d she said. \xc3")
    result = run("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 0
    [record] = jsonl(result.stdout)
    assert record["status"] == "ok" and "\ufffd" in record["text"]
    assert record["quotes"][0]["text"] == "Still here,"
    assert "not valid UTF-8" in result.stderr and "--encoding" in result.stderr


def test_latin1_file_with_and_without_encoding(fake_quotes, tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes("\"Le café est ouvert,\" a dit Zoë.".encode("latin-1"))
    guessed = jsonl(run("extract", str(path), "--format", "jsonl").stdout)[0]
    assert guessed["status"] == "ok" and guessed["text"].count("\ufffd") == 2 and "encoding_warning" in guessed
    exact = run("extract", str(path), "--format", "jsonl", "--encoding", "latin-1")
    [record] = jsonl(exact.stdout)
    assert record["text"] == "\"Le café est ouvert,\" a dit Zoë."
    assert record["quotes"][0]["text"] == "Le café est ouvert,"
    assert "warning" not in exact.stderr


def test_a_5mb_document_is_read_whole_and_does_not_stop_the_batch(fake_quotes) -> None:
    """spaCy refuses texts over nlp.max_length (1,000,000 characters); extract_many parses such a text in
    chunks cut at paragraphs, with offsets into the whole text."""
    paragraph = "“We will not be moved on this,” the minister said, adding that talks would go on.\n\n"
    big = (paragraph * (5_000_000 // len(paragraph) + 1))[:5_000_000]
    nlp = spacy.blank("en")  # the stand-in rules need no parse; tokenising 5 MB takes a second
    documents = [
        Document("before", "“First,” she said."),
        Document("big", big),
        Document("after", "“Last,” he said."),
    ]
    results = [result for _, result in extract_documents(documents, nlp=nlp, batch_size=8)]
    assert [r.doc_id for r in results] == ["before", "big", "after"]
    assert results[0].status == results[2].status == "ok"
    assert results[0].quotes[0].quote == "First," and results[2].quotes[0].quote == "Last,"
    big_result = results[1]
    assert big_result.n_chars == 5_000_000
    assert big_result.status == "ok", big_result.message
    assert len(big_result.quotes) == big.count("“")
    assert all(big[q.quote_start : q.quote_end] == q.quote for q in big_result.quotes[:100])


def test_a_crashing_document_only_fails_itself(fake_quotes, nlp) -> None:
    documents = [Document(str(i), "BOOM" if i == 3 else f"“Quote {i},” she said.") for i in range(8)]
    results = [result for _, result in extract_documents(documents, nlp=nlp, batch_size=4)]
    assert [r.status for r in results] == ["ok"] * 3 + ["error"] + ["ok"] * 4


def test_if_extraction_itself_dies_the_batch_is_redone_one_document_at_a_time(monkeypatch) -> None:
    """The last line of defence in extract_documents, for a failure extract_many does not catch (a worker
    process killed by the kernel, say): every document still gets a result, only the culprit fails."""
    calls = []

    def fragile_extract_many(documents, **options):
        calls.append(options["batch_size"])
        batch = []
        for document in documents:
            batch.append(document)
            if len(batch) == options["batch_size"]:
                if any("CRASH" in d.text for d in batch):
                    raise MemoryError("worker died")
                yield from (quotes.DocResult(doc_id=d.doc_id) for d in batch)
                batch = []
        if any("CRASH" in d.text for d in batch):
            raise MemoryError("worker died")
        yield from (quotes.DocResult(doc_id=d.doc_id) for d in batch)

    monkeypatch.setattr(quotes.io.extraction, "extract_many", fragile_extract_many)
    documents = [Document(str(i), "CRASH" if i == 5 else "fine") for i in range(10)]
    pairs = list(extract_documents(documents, batch_size=4))
    assert [d.doc_id for d, _ in pairs] == [r.doc_id for _, r in pairs] == [str(i) for i in range(10)]
    assert [r.status for _, r in pairs] == ["ok"] * 5 + ["error"] + ["ok"] * 4
    assert pairs[5][1].message == "MemoryError: worker died"


def test_jsonl_with_one_malformed_line_reports_it_and_reads_the_rest(fake_quotes) -> None:
    result = run("extract", str(BAD / "one_bad_line.jsonl"), "--format", "jsonl")
    assert result.exit_code == 1
    assert statuses(result) == {"first": "ok", "one_bad_line:2": "error", "third": "ok"}
    assert "line 2 is not valid JSON" in result.stderr


def test_malformed_html_is_read_without_a_crash(fake_quotes) -> None:
    result = run("extract", str(BAD / "malformed.html"), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    [record] = jsonl(result.stdout)
    assert record["status"] == "ok"
    assert "We will rebuild the pier" in record["text"] and "opposition councillors" in record["text"]
    assert "<" not in record["text"]


def test_html_whose_text_is_swallowed_by_an_unclosed_title_is_empty_with_a_warning(fake_quotes) -> None:
    result = run("extract", str(BAD / "unclosed_title.html"), "--format", "jsonl")
    assert result.exit_code == 0
    [record] = jsonl(result.stdout)
    assert record["status"] == "empty"
    assert record["extraction_warning"] == "no article text found in the HTML"


def test_directory_with_mixed_file_types_skips_the_others_with_a_notice(fake_quotes, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("“Open,” the mayor said.", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4\x00\x01")
    (tmp_path / "photo.png").write_bytes(PNG_BYTES)
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    os.mkfifo(tmp_path / "pipe.txt")  # would block a reader forever
    (tmp_path / "folder.txt").mkdir()  # a directory with an article's name: searched, not read
    (tmp_path / "folder.txt" / "inner.txt").write_text("“Inside,” he said.", encoding="utf-8")
    result = run("extract", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert statuses(result) == {"folder.txt/inner": "ok", "story": "ok"}
    notice = result.stderr
    assert "skipped 4 file(s)" in notice
    for name in ("scan.pdf", "photo.png", "notes.docx", "pipe.txt"):
        assert name in notice


def test_broken_symlink_in_a_directory_is_an_error_document(fake_quotes, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("“Here,” she said.", encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "deleted.txt")
    result = run("extract", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 1
    records = {r["doc_id"]: r for r in jsonl(result.stdout)}
    assert records["a"]["status"] == "ok"
    assert records["b"]["status"] == "error" and "broken symbolic link" in records["b"]["message"]


def test_unreadable_file_is_an_error_document(monkeypatch, tmp_path: Path) -> None:
    """Permission denied, simulated: the tests may run as root, who can read a chmod 000 file."""
    for name in ("secret.txt", "secret.jsonl", "secret.html"):
        path = tmp_path / name
        path.write_text("x", encoding="utf-8")
    real_read_bytes, real_open = Path.read_bytes, Path.open

    def denied(path: Path, *args, **kwargs):
        if path.stem == "secret":
            raise PermissionError(13, "Permission denied", str(path))
        return (real_open if args or kwargs else real_read_bytes)(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_bytes", denied)
    monkeypatch.setattr(Path, "open", denied)
    docs = list(read_inputs([str(tmp_path)]))
    # The same name three times: the second and third are qualified with their file (issue 12).
    assert [d.doc_id for d in docs] == ["secret"] + [f"secret@{tmp_path / name}" for name in ("secret.jsonl", "secret.txt")]
    assert all(d.error and "Permission denied" in d.error for d in docs)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_chmod_000_file_is_an_error_document(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("secret", encoding="utf-8")
    path.chmod(0)
    try:
        [doc] = read_inputs([str(tmp_path)])
    finally:
        path.chmod(0o644)
    assert "cannot read" in doc.error


def test_extremely_long_lines_are_read_whole(tmp_path: Path) -> None:
    line = "“Again,” she said. " * 100_000  # 1,900,000 characters, no newline
    (tmp_path / "line.txt").write_text(line, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"doc_id": "wide", "text": line}) + "\n", encoding="utf-8")
    pd.DataFrame({"doc_id": ["cell"], "text": [line]}).to_csv(tmp_path / "sheet.csv", index=False)
    docs = list(read_inputs([str(tmp_path)]))
    assert [d.doc_id for d in docs] == ["wide", "line", "cell"]  # feed.jsonl, line.txt, sheet.csv
    assert all(d.error is None and d.text == line for d in docs)


def test_extremely_long_lines_get_their_quotes(fake_quotes) -> None:
    line = "“Again,” she said. " * 20_000  # 380,000 characters
    nlp = spacy.blank("en")  # the stand-in rules need no parse
    [(_, result)] = extract_documents([Document("line", line)], nlp=nlp)
    assert result.status == "ok" and len(result.quotes) == 20_000


def check_quotes(text: str, found: list[quotes.Quote]) -> None:
    for quote in found:
        assert quote.quote.strip()
        assert text[quote.quote_start : quote.quote_end] == quote.quote
        if quote.speaker is not None:
            assert text[quote.speaker_start : quote.speaker_end] == quote.speaker


def test_a_long_single_line_with_the_real_rules(nlp) -> None:
    text = "“The road is closed,” the mayor said, and the council leader said that it was not. " * 60
    found = quotes.extract(text, nlp=nlp)
    check_quotes(text, found)
    assert sum(q.type == "direct" for q in found) == 60


@pytest.mark.parametrize(
    "text",
    [
        '"' * 500,
        "“”" * 100,
        "”“" * 100,
        "“" * 200,
        "‘’'\"«»„‟‹›「」" * 20,
        '"\n"\n' * 50,
        "“ ” “ ” said “ ”",
    ],
    ids=["straight", "pairs", "reversed", "openers", "every-style", "one-per-line", "spaces-and-a-cue"],
)
def test_nothing_but_quotation_marks(nlp, text: str) -> None:
    result = next(quotes.extract_many([text], nlp=nlp))
    assert result.status == "ok", result.message
    check_quotes(text, result.quotes)


def test_deeply_nested_quotes(nlp) -> None:
    depth = 200
    opening = "".join("“‘"[i % 2] + f"level {i} " for i in range(depth))
    closing = "".join("”’"[i % 2] for i in reversed(range(depth)))
    text = opening + "core" + closing + ", the professor said."
    result = next(quotes.extract_many([text], nlp=nlp))
    assert result.status == "ok", result.message
    check_quotes(text, result.quotes)
    assert result.quotes and result.quotes[0].quote_start == 1


# --------------------------------------------------------------------------------------------- untrusted text


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(fake_quotes, tmp_path: Path) -> None:
    text = "“=HYPERLINK(1)” “+cmd|' /C calc'!A0” “-2+3” “@SUM(A1)” “\tx” “\rx” “fine”"
    (tmp_path / "=evil.txt").write_text(text, encoding="utf-8")
    docs_out = tmp_path / "docs.csv"
    result = run("extract", str(tmp_path / "=evil.txt"), "--docs-out", str(docs_out))
    frame = pd.read_csv(io.StringIO(result.stdout), keep_default_na=False)
    expected = ["'=HYPERLINK(1)", "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "fine"]
    assert list(frame["quote"]) == expected
    assert set(frame["doc_id"]) == {"'=evil"}
    assert list(pd.read_csv(docs_out)["doc_id"]) == ["'=evil"]
    raw = run("extract", str(tmp_path / "=evil.txt"), "--no-csv-escape")
    assert pd.read_csv(io.StringIO(raw.stdout), keep_default_na=False)["quote"][0] == "=HYPERLINK(1)"


def test_html_is_read_without_touching_the_network(monkeypatch) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("reading HTML tried to use the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    [doc] = read_inputs([str(BAD / "remote.html")])
    assert doc.error is None
    assert "The harbour wall will be finished by May" in doc.text
    assert "example.invalid" not in doc.text and "&remote;" in doc.text  # the external entity is left alone


# --------------------------------------------------------------------------------------------- interruption


def test_resume_drops_a_partly_written_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    lines = [
        {"doc_id": "a", "status": "ok", "quotes": []},
        {"doc_id": "b", "status": "error", "message": "boom", "quotes": []},
        {"doc_id": "c", "status": "empty", "quotes": []},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines) + '{"doc_id": "d", "sta', encoding="utf-8")
    assert prepare_resume(path, "jsonl") == {"a", "c"}  # b failed: tried again
    assert [json.loads(line)["doc_id"] for line in path.read_text(encoding="utf-8").splitlines()] == ["a", "c"]


def test_resume_refuses_a_jsonl_file_it_did_not_write(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text("not json\n", encoding="utf-8")
    with pytest.raises(OutputError, match="line 1"):
        prepare_resume(path, "jsonl")
    assert path.read_text(encoding="utf-8") == "not json\n"


def make_result(doc_id: str, *texts: str) -> quotes.DocResult:
    found = [quotes.Quote(type="direct", quote=t, quote_start=0, quote_end=len(t), doc_id=doc_id) for t in texts]
    return quotes.DocResult(doc_id=doc_id, quotes=found, n_chars=10)


def test_resume_redoes_the_last_csv_document_and_a_row_cut_inside_a_quoted_field(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_table([make_result("a", "one"), make_result("=b", "two", "three"), make_result("c", "four\nlines")], path)
    whole = path.read_bytes()
    path.write_bytes(whole[: whole.index(b"four\n") + 5])  # killed inside c's multi-line quote
    assert prepare_resume(path, "csv") == {"a"}  # c's row is cut, and =b, the last whole one, is redone
    assert path.read_bytes() == whole[: whole.index(b"'=b,")]
    path.write_bytes(whole)
    assert prepare_resume(path, "csv") == {"a", "=b"}  # c may have had more rows: done again
    write_table([make_result("c", "four\nlines")], path, append=True)
    assert path.read_bytes() == whole


def test_resume_needs_the_same_columns(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_table([make_result("a", "one")], path, extra_columns=["url"])
    with pytest.raises(OutputError, match="--keep-column"):
        prepare_resume(path, "csv")
    result = CliRunner().invoke(cli, ["extract", str(BAD / "empty.txt"), "-o", str(path), "--resume"])
    assert result.exit_code == 2 and "--keep-column" in result.stderr


def test_parquet_is_replaced_whole_or_not_at_all(monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    write_table([make_result("a", "one")], path, "parquet")

    def crash(frame, target, **kwargs):
        Path(target).write_bytes(b"PAR1 half a file")
        raise KeyboardInterrupt

    monkeypatch.setattr(pd.DataFrame, "to_parquet", crash)
    with pytest.raises(KeyboardInterrupt):
        write_table([make_result("b", "two")], path, "parquet")
    monkeypatch.undo()
    assert list(pd.read_parquet(path)["doc_id"]) == ["a"]
    assert [p.name for p in tmp_path.iterdir()] == ["out.parquet"]
    assert prepare_resume(path, "parquet") == {"a"}
    write_table([make_result("b", "two")], path, "parquet", append=True)
    assert list(pd.read_parquet(path)["doc_id"]) == ["a", "b"]


def write_corpus(folder: Path, n: int = 40) -> None:
    folder.mkdir()
    for i in range(n):
        if i % 7 == 3:
            text = f"Report {i}. Nothing was said today about item {i}."
        else:
            text = (
                f"Story {i}.\n\n“We have waited {i} years for this,” the mayor said on Monday.\n\n"
                f"Councillor Jane Okafor told reporters that the plan number {i} was too expensive.\n\n"
                "“It will not happen,” she said."
            )
        (folder / f"{i:02d}.txt").write_text(text, encoding="utf-8")


def test_a_killed_run_resumed_equals_an_uninterrupted_run(nlp, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    killed_jsonl, killed_csv, killed_docs = tmp_path / "k.jsonl", tmp_path / "k.csv", tmp_path / "k-docs.csv"
    # Both killed runs at once: they spend most of their time importing and loading the model.
    slowly = ["--batch-size", "1"]  # a record per document, so that the kill lands mid-run
    jobs = [
        (["extract", str(corpus), "-o", str(killed_jsonl), "--format", "jsonl", *slowly], killed_jsonl),
        (["extract", str(corpus), "-o", str(killed_csv), "--docs-out", str(killed_docs), *slowly], killed_csv),
    ]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "quotes", *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        for args, _ in jobs
    ]
    deadline = time.monotonic() + 90
    pending = list(zip(processes, [out for _, out in jobs]))
    try:
        while pending and time.monotonic() < deadline:
            for process, out in list(pending):
                if process.poll() is not None or (out.exists() and out.read_bytes().count(b"\n") >= 3):
                    process.send_signal(signal.SIGKILL)
                    process.wait()
                    pending.remove((process, out))
            time.sleep(0.005)
    finally:
        for process, _ in pending:  # gave up waiting: never leave a run behind
            process.kill()
            process.wait()
    for process in processes:
        assert process.returncode == -signal.SIGKILL, "the run finished before it could be interrupted"
    assert 0 < len(killed_jsonl.read_text(encoding="utf-8").splitlines()) < 40
    # A run can also be killed in the middle of writing a line: make sure of one.
    with killed_jsonl.open("a", encoding="utf-8") as fh:
        fh.write('{"doc_id": "39", "text": "Story 39.')
    with killed_csv.open("a", encoding="utf-8") as fh:
        fh.write('39,0,direct,"We have waited')

    for args, _ in jobs:
        resumed = run(*args[: -len(slowly)], "--resume")
        assert resumed.exit_code == 0, resumed.stderr
        assert "already in" in resumed.stderr
    # The uninterrupted run, once, written both ways (the CLI does exactly this).
    results = list(extract_documents(read_inputs([str(corpus)]), nlp=nlp))
    whole_jsonl, whole_csv, whole_docs = tmp_path / "w.jsonl", tmp_path / "w.csv", tmp_path / "w-docs.csv"
    write_table(results, whole_jsonl, "jsonl")
    write_table([result for _, result in results], whole_csv, "csv", docs_out=whole_docs)

    def records(path: Path) -> list[str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return sorted(json.dumps(json.loads(line), sort_keys=True) for line in lines)

    assert len(records(whole_jsonl)) == 40
    assert records(killed_jsonl) == records(whole_jsonl)
    killed_rows, whole_rows = read_csv_rows(killed_csv), read_csv_rows(whole_csv)
    assert killed_rows[0] == whole_rows[0] == list(COLUMNS)
    assert sorted(killed_rows[1:]) == sorted(whole_rows[1:]) and len(whole_rows) > 40
    killed_summary, whole_summary = read_csv_rows(killed_docs), read_csv_rows(whole_docs)
    assert sorted(killed_summary) == sorted(whole_summary) and len(whole_summary) == 41
