"""Issue 12, the attack suite (part 2): hostile inputs. Records that used to crash the whole run,
documents that cost too much time or memory, duplicate ids, folders that hide files, worker processes
left behind, the Python API given the wrong thing, and files that are not text. Each attack checks that
every input document is in the output exactly once (``accounted``), or that the bad call raises
`QuotesError`.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
import spacy

import quotes
from quotes import Document, QuotesError
from quotes.io import read_inputs

from test_attacks import ROOT, jsonl_ids, quotes_run, start_and_signal, write_corpus

GOOD = "“We will open the pier in May,” the mayor, Tilda Marsh, said on Monday."


def docs_ids(path: Path) -> list[str]:
    return list(pd.read_csv(path, keep_default_na=False, dtype=str)["doc_id"])


def jsonl_records(path: Path) -> dict[str, dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {record["doc_id"]: record for record in records}


# --------------------------------------------------------------------------------------------- 1. records


@pytest.fixture(scope="module")
def hostile_records(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A folder of records that each used to crash a whole run; returns it and the expected doc_id -> status."""
    folder = tmp_path_factory.mktemp("records")
    lines = [
        json.dumps({"doc_id": "r1", "text": GOOD}),
        '{"doc_id": "lone", "text": "\\ud800 “Fine,” she said."}',  # a lone surrogate in the text
        '{"doc_id": "id\\udc80x", "text": "“Here,” he said."}',  # ... and in the doc_id
        '{"doc_id": "deep", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"doc_id": "big", "text": "“Yes,” he said.", "count": ' + "9" * 5000 + "}",
        json.dumps({"doc_id": "r6", "text": GOOD}),
    ]
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as fh:  # a file name that is not UTF-8
        fh.write(GOOD.encode())
    expected = {
        "r1": "ok",
        "lone": "ok",
        "id\\udc80x": "ok",  # surrogates are written as the escapes they were given as
        "records:4": "error",  # nested too deep to read: the line is an error, the others are read
        "big": "ok",
        "r6": "ok",
        "good": "ok",
        "caf\\xe9": "ok",  # the byte that is not UTF-8, written as an escape
    }
    return folder, expected


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_records_that_crashed_the_run_are_each_one_document(hostile_records, tmp_path: Path, fmt: str, accounted) -> None:
    folder, expected = hostile_records
    out, docs = tmp_path / f"out.{fmt}", tmp_path / "docs.csv"
    result = quotes_run("extract", str(folder), "-o", str(out), "--docs-out", str(docs), "-q")
    assert result.returncode == 1, result.stderr  # one error document
    assert "Traceback" not in result.stderr
    summary = pd.read_csv(docs, keep_default_na=False, dtype=str)
    assert dict(zip(summary["doc_id"], summary["status"])) == expected
    accounted(expected, list(summary["doc_id"]))
    if fmt == "jsonl":
        records = jsonl_records(out)
        accounted(expected, list(records))
        assert "\ufffd" in records["lone"]["text"]  # the surrogate, replaced: offsets stay the same
        assert records["lone"]["quotes"][0]["text"] == "Fine,"
        assert "nested too deeply" in records["records:4"]["message"]
        assert records["big"]["count"] == "9" * 5000  # kept, as its digits
    # Resuming finds every document done: nothing is added twice.
    again = quotes_run("extract", str(folder), "-o", str(out), "--docs-out", str(docs), "--resume")
    assert "Traceback" not in again.stderr
    accounted(expected, docs_ids(docs))


# --------------------------------------------------------------------------------------------- 2. cost


def peak_rss_mb(process: subprocess.Popen) -> float:
    """Wait for ``process``; its peak resident memory in MB."""
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return usage.ru_maxrss / 1024


def test_documents_that_stalled_or_exhausted_the_batch_do_not(tmp_path: Path, accounted) -> None:
    """100,000 quotation marks (the tokenizer is quadratic on runs of punctuation), 1 MB of random bytes
    in a .txt (10 GB of memory), a 500,000-character line (parsed whole: 1.7 GB; benchmarks/hostile.py
    tries 990,000): each gets its record, the documents after them too, inside the time limit and 1 GB."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-before.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "b-marks.txt").write_text("“" * 50_000 + '"' * 50_000, encoding="utf-8")
    (corpus / "c-random.txt").write_bytes(random.Random(12).randbytes(1_000_000))
    sentence = "The council said on Monday that the harbour wall would be finished by the end of May. "
    (corpus / "d-line.txt").write_text((sentence * (500_000 // len(sentence) + 1))[:500_000], encoding="utf-8")
    (corpus / "e-after.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "quotes", "extract", str(corpus), "-o", str(out), "-q"],
        cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    timer = threading.Timer(420, process.kill)  # today: killed here, with nothing after the marks written
    timer.start()
    try:
        peak = peak_rss_mb(process)
    finally:
        timer.cancel()
    records = jsonl_records(out)
    accounted(["a-before", "b-marks", "c-random", "d-line", "e-after"], list(records))
    assert {k: r["status"] for k, r in records.items()} == {
        "a-before": "ok", "b-marks": "ok", "c-random": "error", "d-line": "ok", "e-after": "ok"
    }  # fmt: skip
    assert "binary" in records["c-random"]["message"]
    assert len(records["d-line"]["quotes"]) > 1000  # read whole: "The council said ..." every sentence
    assert peak < 1024, f"peak RSS {peak:.0f} MB"


def test_long_runs_of_punctuation_are_cut_with_exact_offsets_and_the_same_quotes(nlp) -> None:
    """A run of 3,000 marks takes the tokenizer seconds (100,000: hours). Only its ends are parsed: the
    quotes are those of the same text with a short run, and their offsets slice the whole text."""
    template = "“We won{}” the coach, Ada Kerr, said on Sunday.\n\n“Next year{}” she added, smiling."
    short, long = template.format("!!!", "???"), template.format("!" * 3000, "?" * 500)
    [plain, hostile] = quotes.extract_many([short, long], nlp=nlp)
    assert hostile.status == "ok"
    for quote in hostile.quotes:
        assert long[quote.quote_start : quote.quote_end] == quote.quote
        if quote.speaker is not None:
            assert long[quote.speaker_start : quote.speaker_end] == quote.speaker
    assert [(q.type, q.speaker, q.cue) for q in hostile.quotes] == [(q.type, q.speaker, q.cue) for q in plain.quotes]
    assert len(hostile.quotes) == 2


def test_a_document_over_the_time_limit_fails_alone(fake_quotes) -> None:
    """The per-document time limit: a document still being read when it runs out is an error, and the
    documents after it are read."""
    nlp = spacy.blank("en")
    big = ("“Again,” she said.\n\n" * 40_000)  # 800,000 characters, read in 8 chunks
    documents = [Document("before", GOOD), Document("big", big), Document("after", GOOD)]
    results = list(quotes.extract_many(documents, nlp=nlp, batch_size=1, time_limit=0.000_001))
    assert [r.doc_id for r in results] == ["before", "big", "after"]
    assert [r.status for r in results] == ["ok", "error", "ok"]
    assert "time limit" in results[1].message


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_pipe_or_device_named_as_input_is_refused_not_read(tmp_path: Path, kind: str, accounted) -> None:
    if kind == "fifo":
        special = tmp_path / "pipe.txt"
        os.mkfifo(special)  # reading it would wait forever for a writer
    else:
        special = Path("/dev/zero")  # reading it would never end
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = quotes_run("extract", str(special), str(article), "-o", str(out), "-q", timeout=120)
    assert result.returncode == 1
    records = jsonl_records(out)
    accounted([special.stem, "a"], list(records))
    assert "not a regular file" in records[special.stem]["message"]


# --------------------------------------------------------------------------------------------- 3. identities


def test_duplicate_doc_ids_are_qualified_and_resume_keeps_both(tmp_path: Path, accounted) -> None:
    business, tech = tmp_path / "business", tmp_path / "tech"
    write_corpus(business, 3)
    ids = write_corpus(tech, 3)  # the same names: 00, 01, 02
    out = tmp_path / "o.jsonl"
    first = quotes_run("extract", str(business), "-o", str(out), "-q")
    assert first.returncode == 0
    second = quotes_run("extract", str(business), str(tech), "-o", str(out), "--resume")
    assert second.returncode == 0, second.stderr
    qualified = [f"{i}@{tech / i}.txt" for i in ids]
    accounted(ids + qualified, jsonl_ids(out))
    assert "warning" in second.stderr and "used by more than one document" in second.stderr


def test_csv_escaping_is_reversible_so_resume_adds_nothing(tmp_path: Path, accounted) -> None:
    feed = tmp_path / "feed.jsonl"
    ids = ["=x", "'=x", "''=x", "'plain", "+1"]
    feed.write_text("".join(json.dumps({"doc_id": i, "text": GOOD}) + "\n" for i in ids), encoding="utf-8")
    out, docs = tmp_path / "out.csv", tmp_path / "docs.csv"
    assert quotes_run("extract", str(feed), "-o", str(out), "--docs-out", str(docs), "-q").returncode == 0
    before = out.read_bytes()
    for _ in range(2):
        assert quotes_run("extract", str(feed), "-o", str(out), "--docs-out", str(docs), "--resume").returncode == 0
    assert out.read_bytes().count(b"\n") == before.count(b"\n")  # the last document is redone, not added
    escaped = docs_ids(docs)
    assert len(escaped) == len(set(escaped)) == len(ids)
    from quotes.io import unescape_formula

    accounted(ids, [unescape_formula(i) for i in escaped])


# --------------------------------------------------------------------------------------------- 5. processes


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(p) for p in (task / "children").read_text().split()]
    return found


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status  # a zombie is dead, waiting for its new parent to reap it


def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus", 60)
    out = tmp_path / "out.jsonl"
    args = ["extract", str(tmp_path / "corpus"), "-o", str(out), "--n-process", "2", "--batch-size", "1"]
    process, _ = start_and_signal(args, out, signal.SIGCONT, lines=2)  # SIGCONT: nothing, just wait for output
    workers = children(process.pid)
    assert len(workers) >= 2
    process.kill()
    process.wait()
    closed = threading.Event()
    threading.Thread(target=lambda: (process.stderr.read(), closed.set()), daemon=True).start()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(alive(w) for w in workers):
        time.sleep(0.1)
    survivors = [w for w in workers if alive(w)]
    for worker in survivors:
        os.kill(worker, signal.SIGKILL)
    assert not survivors
    assert closed.wait(5), "the workers still hold the stderr pipe"


def test_sigterm_with_two_processes_stops_the_workers_too(tmp_path: Path, accounted) -> None:
    ids = write_corpus(tmp_path / "corpus", 60)
    out = tmp_path / "out.jsonl"
    args = ["extract", str(tmp_path / "corpus"), "-o", str(out), "--n-process", "2"]
    process, sent = start_and_signal([*args, "--batch-size", "1"], out, signal.SIGTERM, lines=2)
    workers = children(process.pid)
    try:
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 1 and "Aborted!" in stderr
    assert time.monotonic() - sent < 8
    time.sleep(0.5)
    assert not [w for w in workers if alive(w)]
    assert quotes_run(*args, "--resume").returncode == 0
    accounted(ids, jsonl_ids(out))


# --------------------------------------------------------------------------------------------- 6. folders


def test_a_symlinked_subfolder_is_read_and_a_stray_csv_is_one_error(tmp_path: Path, accounted) -> None:
    corpus, elsewhere = tmp_path / "corpus", tmp_path / "elsewhere"
    write_corpus(corpus, 2)
    write_corpus(elsewhere, 1)
    (corpus / "linked").symlink_to(elsewhere, target_is_directory=True)
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)  # must not be read forever
    (corpus / "notes.csv").write_text("name,phone\nAda,123\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = quotes_run("extract", str(corpus), "-o", str(out), "-q")
    assert result.returncode == 1
    records = jsonl_records(out)
    accounted(["00", "01", "linked/00", "notes"], list(records))
    assert records["notes"]["status"] == "error" and "--text-column" in records["notes"]["message"]
    assert "loop" in result.stderr and "notes.csv" in result.stderr


def test_an_unreadable_subfolder_is_warned_about(tmp_path: Path) -> None:
    """As root, permissions do not stop reading: the reading then runs as nobody."""
    base = Path(tempfile.mkdtemp(prefix="quotes-attack-"))
    try:
        base.chmod(0o755)
        write_corpus(base / "corpus", 1)
        write_corpus(base / "corpus" / "locked", 1)
        (base / "corpus" / "locked").chmod(0o000)
        script = (
            "import json, os, sys\n"
            "from quotes.io import read_inputs\n"
            "if os.geteuid() == 0:\n"
            "    os.setgid(65534); os.setuid(65534)\n"
            "warnings = []\n"
            "ids = [d.doc_id for d in read_inputs([sys.argv[1]], warn=warnings.append)]\n"
            "print(json.dumps([ids, warnings]))\n"
        )
        done = subprocess.run([sys.executable, "-c", script, str(base / "corpus")], cwd=ROOT, capture_output=True,
                              text=True, timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr
        ids, warnings = json.loads(done.stdout)
        assert ids == ["00"]
        assert any("locked" in w and "ermission denied" in w for w in warnings)
    finally:
        (base / "corpus" / "locked").chmod(0o755)
        shutil.rmtree(base)


def test_an_empty_folder_and_a_glob_that_matches_nothing_are_both_usage_errors(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for what in (str(tmp_path / "empty"), str(tmp_path / "*.txt")):
        result = quotes_run("extract", what, env={"QUOTES_MODEL": "no_such_pipeline_for_quotes_tests"})
        assert result.returncode == 2, result.stderr
        assert "nothing to read" in result.stderr


# --------------------------------------------------------------------------------------------- 7. Python API


@pytest.mark.parametrize("bad", [None, 123, b"\xe2\x80\x9cHi,\xe2\x80\x9d she said."], ids=["none", "int", "bytes"])
def test_extract_of_something_that_is_not_text_raises_quotes_error(nlp, bad) -> None:
    with pytest.raises(QuotesError, match="str"):
        quotes.extract(bad, nlp=nlp)


def test_extract_of_a_doc_without_a_parse_raises_quotes_error(nlp) -> None:
    doc = spacy.blank("en")("“Hi,” she said.")
    with pytest.raises(QuotesError, match="parse"):
        quotes.extract(doc)


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_bad_item_in_extract_many_is_an_error_in_its_place(nlp, n_process: int, accounted) -> None:
    items = [GOOD, None, GOOD, 42, Document("named", GOOD)]
    results = list(quotes.extract_many(items, nlp=nlp, n_process=n_process))
    accounted(["0", "1", "2", "3", "named"], [r.doc_id for r in results])
    assert [r.status for r in results] == ["ok", "error", "ok", "error", "ok"]
    assert "NoneType" in results[1].message and "int" in results[3].message


# --------------------------------------------------------------------------------------------- 8. files that are not text


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20
ZIP = b"PK\x03\x04" + b"\x14\x00\x06\x00" + bytes(range(256)) * 20


@pytest.mark.parametrize(
    ("name", "data", "looks_like"),
    [
        ("report.docx", ZIP + b"word/document.xml", "Word document"),
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 20, "PDF"),
        ("photo.txt", PNG, "PNG image"),
    ],
)
def test_a_file_that_is_not_text_is_an_error_saying_what_it_is(tmp_path: Path, name, data, looks_like, accounted) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [document] = read_inputs([str(path)])
    accounted([Path(name).stem], [document.doc_id])
    assert document.error is not None and looks_like in document.error
    assert "latin-1" not in document.error


def test_utf16_with_a_byte_order_mark_is_read_as_utf16(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    text = "“Le café est fermé,” a dit Zoë Brun."
    path.write_bytes(text.encode("utf-16"))  # with its BOM
    [document] = read_inputs([str(path)])
    assert document.error is None and document.text == text
    assert "encoding_warning" not in document.meta


def test_a_page_with_a_doctype_internal_subset_keeps_its_article(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    paragraphs = "".join(
        f"<p>“The ferry will run again in spring,” the harbour master, Ines Vale, said of route {i}.</p>" for i in range(6)
    )
    page.write_text(
        '<!DOCTYPE html [ <!ENTITY co "Harbour Co"> <!ATTLIST p id CDATA #IMPLIED> ]>\n'
        f"<html><head><title>Ferry</title></head><body><article>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    [document] = read_inputs([str(page)])
    assert "The ferry will run again in spring" in document.text
