"""`quotes serve` through FastAPI's test client: every endpoint, every error, and the page's routes.

The app runs with ``workers=0`` (parsing in a thread of the test process, with the session's pipeline);
`test_serve_browser.py` runs the real server, with a worker process, in Chromium.
"""

from __future__ import annotations

import html
import io
import json
import threading
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner

pytest.importorskip("fastapi", reason='quotes serve needs its extra: pip install "quotes[serve]"')
from fastapi.testclient import TestClient  # noqa: E402

from quotes import serve  # noqa: E402
from quotes.cli import cli  # noqa: E402
from quotes.serve import app as serve_app  # noqa: E402
from quotes.serve import work  # noqa: E402

COUNCIL = (
    "The council will close two libraries next year, its leader said on Tuesday.\n\n"
    "“This is the hardest decision I have taken in twelve years on the council,” said Margaret Okafor, "
    "the council leader. She said the savings would protect care services.\n\n"
    "“We were never asked,” said Tom Beale, who runs a reading group at the Hill Street library."
)
HARBOUR = (
    "The harbour will reopen to ferries on Friday, the port authority said.\n\n"
    "“The repairs took longer than we hoped,” the harbour master, Ines Duarte, told reporters. "
    "Fishermen said they had lost a month of work."
)
PAGE = (
    "<html><head><title>Harbour to reopen</title></head><body><nav>Home | News | Sport</nav>"
    "<article><h1>Harbour to reopen</h1>"
    + "".join(f"<p>{p}</p>" for p in HARBOUR.split("\n\n"))
    + "</article><footer>Comments (3)</footer></body></html>"
)


@pytest.fixture(scope="module")
def client(nlp: Any) -> TestClient:
    app = serve.create_app(workers=0, max_bytes=200_000)
    with TestClient(app) as test_client:
        yield test_client


def cli_output(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf8")
    return str(path)


# --------------------------------------------------------------------------------------------- /health, OpenAPI


def test_health_names_the_model_the_workers_loaded(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["model"]
    assert body["pipeline"].startswith("en_")
    assert body["workers"] == 0


def test_openapi_describes_the_endpoints_with_examples(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/extract", "/speakers", "/check", "/health"} <= set(spec["paths"])
    check = spec["paths"]["/check"]["post"]
    assert set(check["requestBody"]["content"]["application/json"]["examples"]) == {"documents", "texts"}
    extract = spec["paths"]["/extract"]["post"]
    content = extract["requestBody"]["content"]
    assert set(content["application/json"]["examples"]) >= {"documents", "text", "bad document"}
    assert "text/plain" in content
    assert {"400", "413", "415", "422"} <= set(extract["responses"])
    assert "/page/documents" not in spec["paths"]  # the page's own routes are not the API


def test_no_page_loads_anything_from_another_host(client: TestClient) -> None:
    page = client.get("/").text
    assets = [client.get(f"/static/{name}") for name in ("app.js", "style.css")]
    assert all(response.status_code == 200 for response in assets)
    for text in (page, *(response.text for response in assets)):
        assert "http://" not in text and "https://" not in text and "//cdn" not in text
    assert client.get("/docs").status_code == 404  # FastAPI's docs page would load scripts from a CDN


# --------------------------------------------------------------------------------------------- /extract


def test_extract_gives_the_records_of_quotes_extract_jsonl(client: TestClient, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    documents = [{"doc_id": "council", "text": COUNCIL, "outlet": "Gazette"}, {"doc_id": "harbour", "text": HARBOUR}]
    feed.write_text("".join(json.dumps(d) + "\n" for d in documents), encoding="utf8")
    expected = [json.loads(line) for line in cli_output("extract", str(feed), "--format", "jsonl").splitlines()]

    response = client.post("/extract", json={"documents": documents})

    assert response.status_code == 200
    body = response.json()
    assert body["documents"] == expected
    assert body["summary"] == {"documents": 2, "ok": 2, "empty": 0, "error": 0, "quotes": sum(len(r["quotes"]) for r in expected)}
    assert body["documents"][0]["outlet"] == "Gazette"
    assert any(q["speaker_canonical"] == "Margaret Okafor" for q in body["documents"][0]["quotes"])


def test_extract_as_ndjson_is_byte_for_byte_the_cli_output(client: TestClient, tmp_path: Path) -> None:
    expected = cli_output("extract", write(tmp_path, "text.txt", COUNCIL), "--format", "jsonl")
    response = client.post("/extract", json={"text": COUNCIL}, headers={"Accept": "application/x-ndjson"})
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert response.text == expected


def test_one_text_as_json_or_as_plain_text(client: TestClient) -> None:
    as_json = client.post("/extract", json={"text": COUNCIL, "doc_id": "council"}).json()["documents"]
    as_text = client.post("/extract", content=COUNCIL.encode(), headers={"Content-Type": "text/plain; charset=utf-8"}).json()["documents"]
    assert [r["doc_id"] for r in as_json] == ["council"]
    assert [r["doc_id"] for r in as_text] == ["text"]
    assert as_json[0]["quotes"] == as_text[0]["quotes"] != []


def test_html_is_read_as_quotes_extract_reads_an_html_file(client: TestClient, tmp_path: Path) -> None:
    expected = json.loads(cli_output("extract", write(tmp_path, "harbour.html", PAGE), "--format", "jsonl"))
    record = client.post("/extract", json={"documents": [{"doc_id": "harbour", "html": PAGE, "desk": "local"}]}).json()["documents"][0]
    assert record["text"] == expected["text"]
    assert "Home | News" not in record["text"]
    assert record["title"] == "Harbour to reopen"
    assert record["desk"] == "local"
    assert record["quotes"] == expected["quotes"] != []


def test_options_are_those_of_quotes_extract(client: TestClient, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    documents = [{"doc_id": "council", "text": COUNCIL}, {"doc_id": "harbour", "text": HARBOUR}]
    feed.write_text("".join(json.dumps(d) + "\n" for d in documents), encoding="utf8")
    for flags, options in ((["--link-speakers"], {"link_speakers": True}), (["--fast-context", "none"], {"fast": "none"})):
        expected = [json.loads(line) for line in cli_output("extract", str(feed), "--format", "jsonl", *flags).splitlines()]
        body = client.post("/extract", json={"documents": documents, "options": options}).json()
        assert body["documents"] == expected, flags


def test_a_bad_document_gets_its_error_record_and_the_others_are_read(client: TestClient) -> None:
    documents = [
        "just a string",
        {"doc_id": "no-text", "outlet": "Gazette"},
        {"doc_id": "both", "text": "a", "html": "<p>a</p>"},
        {"doc_id": "number", "text": 42},
        {"doc_id": ["a", "list"], "text": COUNCIL},
        {"doc_id": "council", "text": COUNCIL},
        {"doc_id": "blank", "text": "   "},
        {"text": HARBOUR},
    ]
    response = client.post("/extract", json={"documents": documents})
    assert response.status_code == 200
    records = response.json()["documents"]
    assert [(r["doc_id"], r["status"]) for r in records] == [
        ("request:1", "error"),
        ("no-text", "error"),
        ("both", "error"),
        ("number", "error"),
        ("request:5", "error"),
        ("council", "ok"),
        ("blank", "empty"),
        ("request:8", "ok"),
    ]
    messages = [r.get("message", "") for r in records[:5]]
    assert "JSON object" in messages[0]
    assert 'no "text" or "html"' in messages[1]
    assert 'both "text" and "html"' in messages[2]
    assert '"text" must be a string, not a number' in messages[3]
    assert '"doc_id" must be a string or a number' in messages[4]
    assert records[1]["outlet"] == "Gazette"  # metadata is kept on an error record too
    assert records[5]["quotes"] and records[7]["quotes"]


def test_a_document_the_rules_crash_on_is_an_error_record(client: TestClient, fake_quotes: None) -> None:
    body = client.post("/extract", json={"documents": [{"doc_id": "bad", "text": "BOOM “no”"}, {"doc_id": "good", "text": "“Yes,” she said."}]}).json()
    assert [(r["doc_id"], r["status"]) for r in body["documents"]] == [("bad", "error"), ("good", "ok")]
    assert "the rules crashed" in body["documents"][0]["message"]
    assert body["summary"]["error"] == 1


# --------------------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        (b'{"documents": [', 400, "not valid JSON"),
        (b"", 422, "the body is empty"),
        (b'{"documents": "council"}', 422, "body.documents"),
        (b'{"texts": "x"}', 422, "body.texts"),
        (b'{"text": "x", "documents": []}', 422, 'either "documents"'),
        (b"{}", 422, 'either "documents"'),
        (b'{"text": "x", "options": {"fast": "sometimes"}}', 422, "body.options.fast"),
        (b'{"text": "x", "options": {"speakers": "s.csv"}}', 422, "body.options.speakers"),
        (b'{"documents": [], "doc_id": "x"}', 422, '"doc_id" goes with "text"'),
        (b'["x"]', 422, "body"),
    ],
)
def test_bad_requests_get_a_json_error_with_the_right_status(client: TestClient, body: bytes, status: int, says: str) -> None:
    response = client.post("/extract", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == status
    error = response.json()
    assert error["status"] == status
    assert says in error["error"]
    assert "Traceback" not in response.text


def test_a_body_of_another_type_is_a_415_that_names_the_two_accepted(client: TestClient) -> None:
    response = client.post("/extract", data={"text": "x"})  # a form, as curl -d sends by default
    assert response.status_code == 415
    assert "application/x-www-form-urlencoded" in response.json()["error"] and "text/plain" in response.json()["error"]


def test_plain_text_that_is_not_utf8_is_a_400(client: TestClient) -> None:
    response = client.post("/extract", content="caf\xe9".encode("latin-1"), headers={"Content-Type": "text/plain"})
    assert response.status_code == 400
    assert "not UTF-8" in response.json()["error"]


def test_a_body_over_max_bytes_is_a_413_by_length_or_while_read(client: TestClient) -> None:
    big = json.dumps({"text": "x" * 250_000}).encode()
    response = client.post("/extract", content=big, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert "--max-bytes" in response.json()["error"]

    def chunks() -> Any:  # no Content-Length: the limit is checked as the body comes in
        for start in range(0, len(big), 50_000):
            yield big[start : start + 50_000]

    response = client.post("/extract", content=chunks(), headers={"Content-Type": "application/json"})
    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert response.json()["status"] == 413
    assert client.post("/extract", json={"text": "x" * 1000}).status_code == 200  # under the limit


def test_an_unexpected_failure_is_a_json_500_without_a_traceback(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any) -> None:
        raise KeyError("something internal")

    monkeypatch.setattr(work, "extract_pairs", broken)
    # As a real client sees it: the test client would otherwise re-raise the server's exception.
    outside = TestClient(client.app, raise_server_exceptions=False)  # the app's workers are already running
    response = outside.post("/extract", json={"text": "x"})
    assert response.status_code == 500
    assert response.json()["error"].startswith("the server failed on this request: KeyError")
    assert "Traceback" not in response.text and "File \"" not in response.text


def test_unknown_paths_and_methods_are_json_errors(client: TestClient) -> None:
    assert client.get("/nothing").json()["status"] == 404
    response = client.get("/extract")
    assert response.status_code == 405
    assert response.json()["error"]


# --------------------------------------------------------------------------------------------- /speakers


def _none_for_empty(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype(object).mask(frame.isna(), None)


def test_speakers_gives_the_rows_of_quotes_speakers(client: TestClient, tmp_path: Path) -> None:
    paths = [write(tmp_path, "council.txt", COUNCIL), write(tmp_path, "harbour.txt", HARBOUR)]
    expected = pd.read_csv(io.StringIO(cli_output("speakers", *paths)))
    body = client.post("/speakers", json={"documents": [{"doc_id": "council", "text": COUNCIL}, {"doc_id": "harbour", "text": HARBOUR}, {"doc_id": "bad"}]}).json()
    got = pd.DataFrame(body["speakers"], columns=list(expected.columns))
    # A column with no value in any row (speaker_id without a speakers file) reads back from CSV as NaN, from JSON as None.
    pd.testing.assert_frame_equal(_none_for_empty(got), _none_for_empty(expected), check_dtype=False)
    assert "Margaret Okafor" in set(got["speaker_canonical"])
    assert [(d["doc_id"], d["status"]) for d in body["documents"]] == [("council", "ok"), ("harbour", "ok"), ("bad", "error")]


# --------------------------------------------------------------------------------------------- /check

CHECK_DATA = Path(__file__).resolve().parent / "data" / "check"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_check_gives_the_rows_of_quotes_check(client: TestClient, tmp_path: Path) -> None:
    original, rewrite = EXAMPLES / "council-budget.txt", CHECK_DATA / "council-budget-rewrite.txt"
    runner = CliRunner()
    table = tmp_path / "checked.jsonl"
    result = runner.invoke(cli, ["check", str(original), "--against", str(rewrite), "-o", str(table)], catch_exceptions=False)
    assert result.exit_code == 1
    expected = pd.read_json(table, lines=True, dtype={"doc_id": str, "original_doc_id": str})
    body = client.post("/check", json={
        "originals": [{"doc_id": original.stem, "text": original.read_text(encoding="utf8")}],
        "derived": [{"doc_id": rewrite.stem, "text": rewrite.read_text(encoding="utf8")}],
    }).json()  # fmt: skip
    got = pd.DataFrame(body["quotes"], columns=list(expected.columns))
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
    assert set(got["status"]) == {"verbatim", "fragment", "elided", "altered", "misattributed", "not-found"}
    summary = body["summary"]
    assert summary["passed"] is False and summary["altered"] == 1 and summary["quotes"] == len(expected)
    assert summary["line"] in result.stderr
    assert body["drawing"] is None  # only when asked


def test_check_draws_the_rewrite_by_status_and_reads_plain_strings(client: TestClient) -> None:
    original = "“We will not close the pool this summer,” said the mayor, Ana Ruiz."
    rewrite = "The mayor, Ana Ruiz, said: “We will close the pool this summer.” <b>Update</b>"
    body = client.post("/check", json={"originals": [original], "derived": [rewrite], "options": {"draw": True}}).json()
    assert [(q["doc_id"], q["status"], q["differences"], q["original_doc_id"]) for q in body["quotes"]] == [
        ("derived:1", "altered", '-"not"', "original:1")
    ]
    drawing = body["drawing"]
    assert drawing.startswith('<div class="quotes-render quotes-check">')
    assert 'class="quotes-quote status-altered"' in drawing
    assert "original in original:1 (Ana Ruiz): “We will not close the pool this summer,”" in html.unescape(drawing)
    assert "&lt;b&gt;Update&lt;/b&gt;" in drawing and "<b>Update" not in drawing
    passing = client.post("/check", json={"originals": [original], "derived": [original]}).json()["summary"]
    assert passing["passed"] is True and passing["verbatim"] == 1


def test_check_a_bad_document_is_said_and_the_others_are_checked(client: TestClient) -> None:
    original = "“The repairs took longer than we hoped,” the harbour master, Ines Duarte, told reporters."
    body = client.post("/check", json={"originals": [original, {"doc_id": 7, "html": 3}], "derived": [original, 42]}).json()
    assert [q["status"] for q in body["quotes"]] == ["verbatim"]
    assert [(d["side"], d["doc_id"], d["status"]) for d in body["documents"]] == [
        ("original", "original:1", "ok"), ("original", "7", "error"), ("derived", "derived:1", "ok"), ("derived", "derived:2", "error"),
    ]  # fmt: skip
    assert body["summary"]["passed"] is False  # as quotes check's exit code 1: a document could not be read


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ({"originals": ["a"]}, "body.derived: Field required"),
        ({"originals": [], "derived": ["a"]}, "body.originals: List should have at least 1 item"),
        ({"originals": ["a"], "derived": ["b"], "options": {"min_words": 0}}, "body.options.min_words"),
        ({"originals": ["a"], "derived": ["b"], "documents": []}, "body.documents: Extra inputs are not permitted"),
    ],
)
def test_check_bad_requests_are_422_that_name_the_field(client: TestClient, body: dict[str, Any], says: str) -> None:
    response = client.post("/check", json=body)
    assert response.status_code == 422
    assert says in response.json()["error"]


# --------------------------------------------------------------------------------------------- the worker pool


def test_the_server_answers_while_a_document_is_being_read(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    started, release = threading.Event(), threading.Event()
    real = work.extract_pairs

    def slow(*args: Any) -> Any:
        started.set()
        assert release.wait(30)
        return real(*args)

    monkeypatch.setattr(work, "extract_pairs", slow)
    answers: list[int] = []
    reader = threading.Thread(target=lambda: answers.append(client.post("/extract", json={"text": COUNCIL}).status_code))
    reader.start()
    try:
        assert started.wait(30)
        assert client.get("/health").status_code == 200  # while the extraction still waits
        assert client.get("/").status_code == 200
        assert reader.is_alive() and not answers
    finally:
        release.set()
        reader.join(30)
    assert answers == [200]


def test_a_worker_process_that_dies_gives_503_and_a_new_pool() -> None:
    import os

    workers = serve_app.Workers(model=None, workers=1)
    workers.start()
    try:
        first = workers.pool
        with pytest.raises(serve_app.WorkerCrashed, match="died"):
            _run(workers.run(os._exit, 3))
        assert workers.pool is not first
        assert _run(workers.run(work.describe))["pid"] != os.getpid()  # the new worker loaded the model
    finally:
        workers.close()


def _run(coroutine: Any) -> Any:
    import asyncio

    return asyncio.run(coroutine)


def test_a_model_that_is_not_installed_is_said_at_start() -> None:
    workers = serve_app.Workers(model="en_no_such_pipeline", workers=0)
    try:
        with pytest.raises(Exception, match="en_no_such_pipeline"):
            workers.start()
    finally:
        workers.close()
        work.start_worker(None)  # the test process's thread worker shares the module: put the default back


# --------------------------------------------------------------------------------------------- the page's routes


def upload(client: TestClient, batch: str, index: int, name: str, data: bytes) -> list[dict[str, Any]]:
    response = client.post("/page/documents", data={"batch": batch, "index": str(index)}, files={"file": (name, data)})
    assert response.status_code == 200, response.text
    return response.json()["documents"]


def test_page_documents_draw_and_download_as_quotes_extract_writes(client: TestClient, tmp_path: Path) -> None:
    paths = [write(tmp_path, "council.txt", COUNCIL), write(tmp_path, "harbour.html", PAGE)]
    batch = "test-download-1"
    # Sent out of order, as the page's parallel requests may arrive: the download is in the page's order.
    second = upload(client, batch, 1, "harbour.html", PAGE.encode())
    first = upload(client, batch, 0, "council.txt", COUNCIL.encode())
    assert [d["doc_id"] for d in first + second] == ["council", "harbour"]
    assert 'class="quotes-render"' in first[0]["drawing"] and "Margaret Okafor" in first[0]["drawing"]
    assert first[0]["quotes"] and "text" not in first[0]  # the page has the text already: not sent back

    for fmt in ("csv", "jsonl"):
        response = client.get(f"/page/download/{batch}", params={"format": fmt})
        assert response.status_code == 200
        assert f'filename="quotes.{fmt}"' in response.headers["content-disposition"]
        assert response.text == cli_output("extract", *paths, "--format", fmt), fmt
    response = client.get(f"/page/download/{batch}", params={"format": "parquet"})
    table = pd.read_parquet(io.BytesIO(response.content))
    expected = pd.read_csv(io.StringIO(cli_output("extract", *paths)))
    assert list(table.columns) == list(expected.columns)
    assert table["quote"].tolist() == expected["quote"].tolist()


def test_page_pasted_text_and_a_jsonl_file_of_several_documents(client: TestClient) -> None:
    pasted = client.post("/page/documents", data={"batch": "test-paste-1", "index": "0", "name": "my story", "text": COUNCIL}).json()["documents"]
    assert [d["doc_id"] for d in pasted] == ["my story"]
    feed = "".join(json.dumps(d) + "\n" for d in ({"doc_id": "a", "text": COUNCIL}, {"doc_id": "b", "text": HARBOUR}))
    documents = upload(client, "test-paste-1", 1, "feed.jsonl", (feed + "not json\n").encode())
    assert [(d["doc_id"], d["status"]) for d in documents] == [("a", "ok"), ("b", "ok"), ("feed:3", "error")]


def test_page_a_file_that_cannot_be_read_shows_its_error_and_keeps_the_others(client: TestClient) -> None:
    batch = "test-errors-1"
    good = upload(client, batch, 0, "council.txt", COUNCIL.encode())
    bad = upload(client, batch, 1, "sheet.csv", b"headline,body\nA,B\n")
    binary = upload(client, batch, 2, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert good[0]["status"] == "ok"
    assert bad[0]["doc_id"] == "sheet" and bad[0]["status"] == "error"
    assert "text" in bad[0]["message"] and "quotes-serve-" not in bad[0]["message"]  # no temporary path shown
    # Issue 12: a file that is not text is an error saying what it looks like (it was read as text, with a warning).
    assert binary[0]["status"] == "error" and "PNG image" in binary[0]["message"]
    rows = pd.read_csv(io.StringIO(client.get(f"/page/download/{batch}").text))
    assert set(rows["doc_id"]) == {"council"}


def test_page_errors(client: TestClient) -> None:
    assert client.get("/page/download/no-such-batch").status_code == 404
    assert client.get("/page/download/test-download-1", params={"format": "xlsx"}).status_code == 422
    assert client.post("/page/documents", data={"batch": "../../etc", "index": "0", "text": "x"}).status_code == 422
    assert client.post("/page/documents", data={"batch": "test-batch-x", "index": "0"}).status_code == 422


def test_batches_keep_the_newest_within_their_bounds() -> None:
    batches = serve_app.Batches(max_batches=2, max_chars=100)
    from quotes.model import DocResult, Document

    def pair(n: int) -> tuple[Document, DocResult]:
        return Document(doc_id=str(n), text="x" * n), DocResult(doc_id=str(n))

    batches.add("a", 0, [pair(10)])
    batches.add("b", 0, [pair(10)])
    batches.add("c", 0, [pair(10)])
    assert batches.pairs("a") is None and batches.pairs("c") is not None
    batches.add("d", 0, [pair(95)])  # over the characters: older batches go, the newest stays whole
    assert batches.pairs("c") is None and [d.doc_id for d, _ in batches.pairs("d")] == ["95"]


# --------------------------------------------------------------------------------------------- the command


def test_serve_without_its_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serve, "missing_dependencies", lambda: ["fastapi", "uvicorn"])
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 1
    assert 'pip install "quotes[serve]"' in result.output
    assert "fastapi, uvicorn" in result.output


def test_serve_with_a_model_that_is_not_installed_says_how_to_install_it() -> None:
    try:
        result = CliRunner().invoke(cli, ["serve", "--port", "0", "--workers", "0", "--model", "en_no_such_pipeline"])
    finally:
        work.start_worker(None)  # the thread worker shares the module with this file's client
    assert result.exit_code == 1
    assert "en_no_such_pipeline" in result.output and "pip install" in result.output
    assert "Traceback" not in result.output


def test_serve_on_every_address_warns_and_localhost_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(serve, "run", lambda **options: calls.append(options))
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "0", "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "anyone" in result.stderr and "0.0.0.0" in result.stderr
    assert calls == [{"host": "0.0.0.0", "port": 0, "model": None, "workers": 2, "max_bytes": 5_000_000, "speakers": None}]
    result = CliRunner().invoke(cli, ["serve"])
    assert result.stderr == "" and calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8000


def test_serve_applies_the_speakers_file_to_every_document(nlp: Any, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("name,aliases,id,gender,category\nMargaret Okafor,Maggie Okafor,Q42,female,politician\n", encoding="utf-8")
    text = '"We cannot spend money we do not have," said the council leader, Margaret Okafor.'
    app = serve.create_app(workers=0, speakers=str(people))
    with TestClient(app) as with_people:
        quotes_ = with_people.post("/extract", json={"documents": [{"doc_id": "a", "text": text}]}).json()["documents"][0]["quotes"]
    assert quotes_ and {q["speaker_id"] for q in quotes_} == {"Q42"}
    assert {q["speaker_category"] for q in quotes_} == {"politician"}


def test_serve_refuses_a_bad_speakers_file_before_it_starts(tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("aliases,id\nMaggie,Q1\n", encoding="utf-8")  # no name column
    result = CliRunner().invoke(cli, ["serve", "--speakers", str(people), "--port", "0"])
    assert result.exit_code == 2 and "--speakers" in result.output and "name" in result.output
