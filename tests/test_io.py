"""Readers (txt, directories, JSONL, CSV, HTML, stdin) and writers (CSV, JSONL, parquet)."""

from __future__ import annotations

import io
import json
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import COLUMNS, DocResult, Document, Quote, QuotesError
from quotes.io import (
    InputError,
    OutputError,
    choose_format,
    escape_formula,
    extract_documents,
    prepare_resume,
    read_inputs,
    write_parquet_dataset,
    write_table,
)

CLI_DATA = Path(__file__).parent / "data" / "cli"


def read(*paths: str | Path, **options) -> list[Document]:
    return list(read_inputs([str(p) for p in paths], **options))


# --------------------------------------------------------------------------------------------- txt


def test_txt_file_is_one_document_named_after_its_stem(tmp_path: Path) -> None:
    path = tmp_path / "council-vote.txt"
    path.write_text("The mayor said the vote was fair.\n", encoding="utf-8")
    [doc] = read(path)
    assert doc.doc_id == "council-vote"
    assert doc.text == "The mayor said the vote was fair.\n"
    assert doc.error is None
    assert doc.source == str(path)


def test_txt_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello")
    [doc] = read(path)
    assert doc.text == "Hello"


def test_latin1_file_is_read_with_replacement_and_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes("The café owner said prices would rise.".encode("latin-1"))
    warnings: list[str] = []
    [doc] = read(path, warn=warnings.append)
    assert doc.error is None
    assert doc.text == "The caf\ufffd owner said prices would rise."
    assert "not valid UTF-8" in doc.meta["encoding_warning"]
    assert len(warnings) == 1 and "cafe.txt" in warnings[0] and "--encoding" in warnings[0]


def test_latin1_file_with_encoding_is_decoded_exactly(tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes("The café owner said prices would rise.".encode("latin-1"))
    [doc] = read(path, encoding="latin-1")
    assert doc.text == "The café owner said prices would rise."
    assert "encoding_warning" not in doc.meta


def test_unknown_encoding_is_an_input_error() -> None:
    with pytest.raises(InputError, match="latin-1"):
        read_inputs([str(CLI_DATA / "article.txt")], encoding="no-such-codec")


def test_unreadable_file_becomes_an_error_document(tmp_path: Path) -> None:
    [doc] = read(tmp_path / "gone.txt")
    assert doc.doc_id == "gone"
    assert doc.text == ""
    assert "cannot read" in doc.error


@settings(max_examples=50, deadline=None)
@given(data=st.binary(max_size=300))
def test_any_bytes_in_a_txt_file_give_one_document_without_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "noise.txt"
        path.write_bytes(data)
        [doc] = read(path)
    assert isinstance(doc.text, str)
    if doc.error is not None:  # bytes that are mostly no characters (issue 12): not text, and said so
        assert doc.error.startswith(("not text", "looks like UTF-16")) and doc.text == ""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    if not any(char < " " and char not in "\t\n\r\f\v" for char in text):
        assert doc.error is None  # text is never taken for binary


def test_stdin_is_one_document(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("“We won,” she said.".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    [doc] = read("-")
    assert doc.doc_id == "stdin"
    assert doc.text == "“We won,” she said."


# --------------------------------------------------------------------------------------------- directories


def test_directory_reads_known_files_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "sport").mkdir()
    (tmp_path / "sport" / "a.txt").write_text("sport A", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"doc_id": "f1", "text": "F"}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    warnings: list[str] = []
    docs = read(tmp_path, warn=warnings.append)
    assert [d.doc_id for d in docs] == ["a", "b", "f1", "sport/a"]
    assert [d.text for d in docs] == ["A", "B", "F", "sport A"]
    assert len(warnings) == 1
    assert "skipped 2 file(s)" in warnings[0] and "notes.md" in warnings[0] and "photo.jpg" in warnings[0]
    assert ".hidden" not in warnings[0]


def test_empty_directory_is_an_input_error_like_a_pattern_that_matches_nothing(tmp_path: Path) -> None:
    warnings: list[str] = []
    with pytest.raises(InputError, match="nothing to read") as raised:
        read(tmp_path, warn=warnings.append)
    assert "no .txt" in str(raised.value)
    assert warnings == []


# --------------------------------------------------------------------------------------------- JSONL


def test_jsonl_gives_one_document_per_line_with_other_fields_as_meta(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"doc_id": "a1", "text": "First.", "url": "https://example.org/1"},
        {"text": "No id here."},
        {"doc_id": 7, "text": None},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    docs = read(path)
    assert [d.doc_id for d in docs] == ["a1", "feed:2", "7"]
    assert docs[0].meta == {"url": "https://example.org/1"}
    assert docs[1].text == "No id here."
    assert docs[2].text == "" and docs[2].error is None
    assert all(d.error is None for d in docs)


def test_jsonl_malformed_line_becomes_an_error_document_and_the_rest_are_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"doc_id": "a", "text": "One."}\n{"doc_id": "b", "text": "Two.\n["not", "an object"]\n{"doc_id": "d", "text": "Four."}\n',
        encoding="utf-8",
    )
    docs = read(path)
    assert [d.doc_id for d in docs] == ["a", "feed:2", "feed:3", "d"]
    assert docs[0].error is None and docs[3].error is None
    assert "line 2 is not valid JSON" in docs[1].error
    assert "expected a JSON object" in docs[2].error


def test_jsonl_line_without_the_text_field_names_the_option(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"doc_id": "a", "body": "One."}\n', encoding="utf-8")
    [doc] = read(path)
    assert "'text'" in doc.error and "body" in doc.error and "--text-column" in doc.error
    [doc] = read(path, text_column="body")
    assert doc.text == "One." and doc.error is None


def test_jsonl_line_with_bad_bytes_is_kept_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"doc_id": "a", "text": "caf\xe9"}\n{"doc_id": "b", "text": "fine"}\n')
    docs = read(path)
    assert docs[0].text == "caf\ufffd" and "encoding_warning" in docs[0].meta
    assert docs[1].text == "fine" and "encoding_warning" not in docs[1].meta


# --------------------------------------------------------------------------------------------- CSV


def test_csv_reads_text_and_id_columns_and_keeps_the_rest_as_meta() -> None:
    docs = read(CLI_DATA / "articles.csv", text_column="body", id_column="id")
    assert [d.doc_id for d in docs] == ["market", "school"]
    assert docs[0].text.startswith('"We expect record crowds')
    assert docs[0].meta == {"url": "https://example.org/market"}


def test_csv_missing_text_column_names_the_columns_and_the_option() -> None:
    with pytest.raises(InputError) as caught:
        read_inputs([str(CLI_DATA / "articles.csv")])  # raised at the call, before any document
    message = str(caught.value)
    assert "'text'" in message
    assert "'id', 'body', 'url'" in message
    assert "--text-column" in message
    assert isinstance(caught.value, QuotesError)


def test_csv_missing_named_id_column_is_an_error_but_the_default_falls_back_to_rows(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--id-column"):
        read_inputs([str(CLI_DATA / "articles.csv")], text_column="body", id_column="slug")
    warnings: list[str] = []
    docs = read(CLI_DATA / "articles.csv", text_column="body", warn=warnings.append)
    assert [d.doc_id for d in docs] == ["articles:2", "articles:3"]
    assert "no 'doc_id' column" in warnings[0]


def test_csv_row_with_wrong_field_count_is_an_error_document(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text('doc_id,text\na,"One, with a comma."\nb,Two,extra\nc,Three\n', encoding="utf-8")
    docs = read(path)
    assert [d.doc_id for d in docs] == ["a", "rows:3", "c"]
    assert docs[0].text == "One, with a comma."
    assert "3 fields" in docs[1].error


def test_csv_field_longer_than_the_csv_module_default_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    long_text = "word " * 40_000  # 200,000 characters
    pd.DataFrame({"doc_id": ["long"], "text": [long_text]}).to_csv(path, index=False)
    [doc] = read(path)
    assert doc.error is None and len(doc.text) == len(long_text)


# --------------------------------------------------------------------------------------------- HTML


def test_html_gives_the_article_without_boilerplate() -> None:
    [doc] = read(CLI_DATA / "page.html")
    assert doc.doc_id == "page"
    assert doc.error is None
    assert "The new engine has passed its sea trials" in doc.text
    assert "Joan Mackie" in doc.text
    for boilerplate in ("Subscribe to our newsletter", "cookies", "Most read", "Lottery winner", "Weather"):
        assert boilerplate not in doc.text
    assert "\n\n" in doc.text  # paragraphs apart, as in .txt articles
    assert doc.meta["title"].startswith("Ferry service to resume on Friday")


# --------------------------------------------------------------------------------------------- writers


def make_result(doc_id: str, *quotes: str, status: str = "ok", message: str = "", **meta) -> DocResult:
    records = [
        Quote(type="direct", quote=text, quote_start=i * 10, quote_end=i * 10 + len(text), doc_id=doc_id, quote_index=i)
        for i, text in enumerate(quotes)
    ]
    return DocResult(doc_id=doc_id, quotes=records, status=status, message=message, meta=meta)


def test_csv_has_the_columns_in_order_and_the_header_once_across_chunks() -> None:
    results = [make_result("a", "One.", "Two."), make_result("b"), make_result("c", "Three.")]
    out = io.StringIO()
    summary = write_table(results, out, "csv", chunk_size=1)
    text = out.getvalue()
    assert text.count("doc_id,quote_index") == 1
    frame = pd.read_csv(io.StringIO(text))
    assert tuple(frame.columns) == COLUMNS
    assert list(frame["quote"]) == ["One.", "Two.", "Three."]
    assert (summary.documents, summary.ok, summary.quotes) == (3, 3, 3)


def test_csv_of_no_quotes_is_just_the_header() -> None:
    out = io.StringIO()
    write_table([make_result("a")], out, "csv")
    assert out.getvalue().strip() == ",".join(COLUMNS)


def test_csv_neutralises_formula_cells_unless_asked_not_to() -> None:
    results = [make_result("a", "=HYPERLINK(\"http://x\")", "+1 for that", "-", "@everyone", "fine")]
    out = io.StringIO()
    write_table(results, out, "csv")
    quotes = list(pd.read_csv(io.StringIO(out.getvalue()), keep_default_na=False)["quote"])
    assert quotes == ["'=HYPERLINK(\"http://x\")", "'+1 for that", "'-", "'@everyone", "fine"]
    out = io.StringIO()
    write_table(results, out, "csv", csv_escape=False)
    assert pd.read_csv(io.StringIO(out.getvalue()), keep_default_na=False)["quote"][0] == "=HYPERLINK(\"http://x\")"


def test_escape_formula_leaves_other_values_alone() -> None:
    assert escape_formula("\tx") == "'\tx"
    assert escape_formula("said") == "said"
    assert escape_formula(None) is None
    assert escape_formula(-3) == -3


def test_csv_extra_columns_come_from_meta() -> None:
    out = io.StringIO()
    summary = write_table(
        [make_result("a", "One.", url="https://example.org/a")], out, "csv", extra_columns=["url", "outlet"]
    )
    frame = pd.read_csv(io.StringIO(out.getvalue()))
    assert list(frame.columns) == [*COLUMNS, "url", "outlet"]
    assert frame["url"][0] == "https://example.org/a"
    assert summary.missing_columns == ["outlet"]


def test_jsonl_has_one_line_per_document_with_its_text_and_status() -> None:
    pairs = [
        (Document("a", "“One.” said she"), make_result("a", "One.", url="u")),
        (Document("b", ""), make_result("b", status="empty", message="no text")),
        (Document("c", "", error="cannot read"), make_result("c", status="error", message="cannot read")),
    ]
    out = io.StringIO()
    summary = write_table(pairs, out, "jsonl")
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["doc_id"] for r in records] == ["a", "b", "c"]
    assert [r["status"] for r in records] == ["ok", "empty", "error"]
    assert records[0]["text"] == "“One.” said she"
    assert records[0]["url"] == "u"
    assert records[0]["quotes"][0]["content"] == [0, 4]
    assert records[1]["quotes"] == [] and records[2]["message"] == "cannot read"
    assert (summary.ok, summary.empty, summary.error) == (1, 1, 1)


def test_jsonl_metadata_cannot_overwrite_the_status() -> None:
    out = io.StringIO()
    write_table([make_result("a", status="error", message="boom", status_="x", quotes="old")], out, "jsonl")
    record = json.loads(out.getvalue())
    assert record["status"] == "error" and record["quotes"] == []


def test_parquet_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "quotes.parquet"
    write_table([make_result("a", "One.", "Two.")], path, "parquet")
    frame = pd.read_parquet(path)
    assert tuple(frame.columns) == COLUMNS
    assert list(frame["quote"]) == ["One.", "Two."]


def test_parquet_to_a_text_stream_is_refused() -> None:
    with pytest.raises(OutputError, match="-o"):
        write_table([make_result("a")], io.StringIO(), "parquet")


def test_choose_format() -> None:
    assert choose_format() == "csv"
    assert choose_format("-") == "csv"
    assert choose_format("out/quotes.JSONL") == "jsonl"
    assert choose_format("quotes.parquet") == "parquet"
    assert choose_format("quotes.txt", "jsonl") == "jsonl"
    with pytest.raises(OutputError, match="--format"):
        choose_format("quotes.txt")
    with pytest.raises(OutputError, match="xlsx"):
        choose_format(format="xlsx")


def test_extract_documents_pairs_each_result_with_its_document(fake_quotes, nlp) -> None:
    documents = [Document(str(i), f"“Quote {i},” said X.") for i in range(70)]
    documents.insert(5, Document("bad", "", error="cannot read"))
    pairs = list(extract_documents(documents, nlp=nlp, batch_size=8))
    assert [doc.doc_id for doc, _ in pairs] == [result.doc_id for _, result in pairs]
    assert [doc.doc_id for doc, _ in pairs] == [d.doc_id for d in documents]
    assert pairs[5][1].status == "error"
    assert pairs[0][1].quotes[0].quote == "Quote 0,"


def test_glob_patterns_expand_in_order(tmp_path) -> None:
    from quotes.io import InputError, expand_paths, read_inputs

    for name in ("b.txt", "a.txt", "c.html"):
        (tmp_path / name).write_text("Police said the road was closed.", encoding="utf8")
    assert expand_paths([str(tmp_path / "*.txt")]) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert [d.doc_id for d in read_inputs([str(tmp_path / "*.txt")])] == ["a", "b"]
    with pytest.raises(InputError, match="no file matches"):
        expand_paths([str(tmp_path / "*.pdf")])
    missing = str(tmp_path / "missing.txt")
    assert expand_paths([missing]) == [missing]  # read as an error document, not dropped


def test_cli_glob_and_missing_pattern(tmp_path) -> None:
    from click.testing import CliRunner

    from quotes.cli import cli

    (tmp_path / "a.txt").write_text("Police said the road was closed on Friday.", encoding="utf8")
    ok = CliRunner().invoke(cli, ["extract", str(tmp_path / "*.txt"), "-q"], catch_exceptions=False)
    assert ok.exit_code == 0 and ok.stdout.count("\n") == 2
    missing = CliRunner().invoke(cli, ["extract", str(tmp_path / "*.pdf")])
    assert missing.exit_code == 2
    assert "no file matches" in missing.output


# --------------------------------------------------------------------------------------------- parquet datasets


def test_parquet_dataset_has_one_file_per_group_of_documents_and_reads_back_as_the_table(tmp_path: Path) -> None:
    results = [make_result("a", "One.", "Two."), make_result("b"), make_result("c", "Three."), make_result("d", "Four.")]
    out = tmp_path / "quotes.parquet"
    summary = write_parquet_dataset(results, out, documents_per_file=2)
    assert sorted(p.name for p in out.iterdir()) == ["part.00000.parquet", "part.00001.parquet"]
    frame = pd.read_parquet(out)
    assert tuple(frame.columns) == COLUMNS
    assert list(frame["quote"]) == ["One.", "Two.", "Three.", "Four."]
    assert (summary.documents, summary.quotes) == (4, 4)
    assert list(pd.read_parquet(out / "part.00001.parquet")["doc_id"]) == ["c", "d"]


def test_parquet_dataset_files_share_one_schema_even_where_a_column_is_empty(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    results = [make_result("a", "One.", outlet="BBC"), make_result("b", "Two."), make_result("c", "Three.", outlet=7)]
    write_parquet_dataset(results, tmp_path / "d", extra_columns=["outlet"], documents_per_file=1)
    schemas = {str(pq.read_schema(p).remove_metadata()) for p in (tmp_path / "d").glob("*.parquet")}
    assert len(schemas) == 1
    frame = pd.read_parquet(tmp_path / "d")
    outlets = frame["outlet"].tolist()
    assert outlets[0] == "BBC" and pd.isna(outlets[1]) and outlets[2] == "7"  # metadata as strings


def test_parquet_dataset_replaces_an_earlier_one_and_appends_after_it(tmp_path: Path) -> None:
    out = tmp_path / "d"
    write_parquet_dataset([make_result(x, "Q.") for x in "abc"], out, documents_per_file=1)
    write_parquet_dataset([make_result("x", "Q.")], out)
    assert sorted(p.name for p in out.iterdir()) == ["part.00000.parquet"]
    write_parquet_dataset([make_result("y", "Q."), make_result("z", "Q.")], out, append=True, documents_per_file=1)
    assert list(pd.read_parquet(out)["doc_id"]) == ["x", "y", "z"]
    with pytest.raises(OutputError, match="--keep-column"):
        write_parquet_dataset([make_result("w", "Q.")], out, append=True, extra_columns=["url"])


def test_parquet_dataset_without_quotes_still_has_its_columns(tmp_path: Path) -> None:
    write_parquet_dataset([make_result("a"), make_result("b", status="error", message="boom")], tmp_path / "d")
    frame = pd.read_parquet(tmp_path / "d")
    assert tuple(frame.columns) == COLUMNS and frame.empty


def test_parquet_dataset_lists_every_document_in_docs_out_and_resumes_from_its_files(tmp_path: Path) -> None:
    out, docs = tmp_path / "d", tmp_path / "docs.csv"
    results = [make_result("a", "One."), make_result("b"), make_result("c", status="error", message="boom")]
    write_parquet_dataset(results, out, docs_out=docs, documents_per_file=1)
    summary = pd.read_csv(docs)
    assert list(summary["doc_id"]) == ["a", "b", "c"]
    assert list(summary["status"]) == ["ok", "ok", "error"]
    # a document's file is whole or missing: resuming skips the documents of the files there
    assert prepare_resume(out, "parquet", docs_out=docs) == {"a"}
    assert list(pd.read_csv(docs)["doc_id"]) == ["a"]


def test_parquet_dataset_to_a_file_or_beside_other_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x", "utf8")
    with pytest.raises(OutputError, match="directory"):
        write_parquet_dataset([make_result("a")], tmp_path / "f")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "notes.txt").write_text("mine", "utf8")
    with pytest.raises(OutputError, match="notes.txt"):
        write_parquet_dataset([make_result("a")], tmp_path / "d")
    assert [p.name for p in (tmp_path / "d").iterdir()] == ["notes.txt"]
