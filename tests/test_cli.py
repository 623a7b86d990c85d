"""The `quotes` command line: what it writes to stdout, stderr and files, and its exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from quotes import COLUMNS
from quotes.cli import cli

ROOT = Path(__file__).resolve().parents[1]
CLI_DATA = ROOT / "tests" / "data" / "cli"
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)


def table(result: Result) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(result.stdout))


# --------------------------------------------------------------------------------------------- with the rules


def test_extract_txt_writes_the_table_to_stdout(nlp) -> None:
    result = run("extract", str(CLI_DATA / "article.txt"))
    assert result.exit_code == 0, result.stderr
    frame = table(result)
    assert tuple(frame.columns) == COLUMNS
    assert set(frame["doc_id"]) == {"article"}
    assert frame["speaker"].str.contains("Sam Patel").any()
    assert frame["quote"].str.contains("sea trials").any()
    assert "1 document (1 ok, 0 empty, 0 error)" in result.stderr


def test_readme_quick_start_runs_on_the_examples(nlp) -> None:
    result = run("extract", str(EXAMPLES))
    assert result.exit_code == 0, result.stderr
    frame = table(result)
    assert set(frame["doc_id"]) == {"council-budget", "harbour-bridge"}


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds not beside the clone")
def test_extract_runs_on_the_seed_articles(nlp) -> None:
    result = run("extract", str(SHARED / "seeds"), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2 and all(r["quotes"] for r in records)


def test_evaluate_json_output_parses(nlp) -> None:
    result = run("evaluate", str(CLI_DATA / "gold.jsonl"), "--json")
    assert result.exit_code == 0, result.stderr
    scores = json.loads(result.stdout)
    assert {"quote", "quote+speaker", "by_type", "speaker_canonical"} <= set(scores)
    assert "documents_detail" not in scores


# --------------------------------------------------------------------------------------------- plumbing (stand-in rules)


def test_jsonl_output_has_one_line_per_document_including_empty_ones(fake_quotes) -> None:
    result = run("extract", str(CLI_DATA / "articles.jsonl"), str(CLI_DATA / "empty.txt"), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["ferry", "blank", "articles:3", "empty"]
    assert [r["status"] for r in records] == ["ok", "empty", "ok", "empty"]
    assert [len(r["quotes"]) for r in records] == [1, 0, 0, 0]
    assert records[0]["text"].startswith('"The new engine')
    assert records[0]["outlet"] == "Island Times"
    start, end = records[0]["quotes"][0]["content"]
    assert records[0]["text"][start:end] == "The new engine has passed its sea trials,"
    assert "4 documents (2 ok, 2 empty, 0 error), 1 quote" in result.stderr


def test_stdin_is_read_with_a_dash(fake_quotes) -> None:
    result = run("extract", "-", input="“We will rebuild,” the mayor said.\n")
    assert result.exit_code == 0, result.stderr
    frame = table(result)
    assert list(frame["doc_id"]) == ["stdin"]
    assert list(frame["quote"]) == ["We will rebuild,"]


def test_quiet_leaves_stderr_empty(fake_quotes) -> None:
    result = run("extract", "-", "--quiet", input="Nothing quoted here.")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_a_failed_document_exits_1_and_the_others_are_written(fake_quotes, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("“Fine,” she said.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("BOOM “Lost,” he said.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("“Also fine,” they said.", encoding="utf-8")
    result = run("extract", str(tmp_path))
    assert result.exit_code == 1
    assert list(table(result)["doc_id"]) == ["a", "c"]
    assert "b: RuntimeError" in result.stderr
    assert "1 error" in result.stderr


def test_output_format_follows_the_extension(fake_quotes, tmp_path: Path) -> None:
    article = str(CLI_DATA / "article.txt")
    result = run("extract", article, "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["doc_id"] == "article"
    result = run("extract", article, "-o", str(tmp_path / "out.parquet"))
    assert result.exit_code == 0
    assert tuple(pd.read_parquet(tmp_path / "out.parquet").columns) == COLUMNS
    result = run("extract", article, "-o", str(tmp_path / "out.csv"))
    assert tuple(pd.read_csv(tmp_path / "out.csv").columns) == COLUMNS


def test_unknown_output_extension_is_a_usage_error(fake_quotes, tmp_path: Path) -> None:
    result = run("extract", str(CLI_DATA / "article.txt"), "-o", str(tmp_path / "out.xlsx"))
    assert result.exit_code == 2
    assert "--format" in result.stderr


def test_parquet_to_stdout_is_a_usage_error() -> None:
    result = run("extract", str(CLI_DATA / "article.txt"), "--format", "parquet")
    assert result.exit_code == 2
    assert "-o quotes.parquet" in result.stderr


def test_csv_input_columns_and_keep_column(fake_quotes) -> None:
    result = run(
        "extract", str(CLI_DATA / "articles.csv"), "--text-column", "body", "--id-column", "id", "--keep-column", "url"
    )
    assert result.exit_code == 0, result.stderr
    frame = table(result)
    assert list(frame.columns) == [*COLUMNS, "url"]
    assert list(frame["doc_id"]) == ["market"]
    assert list(frame["url"]) == ["https://example.org/market"]


def test_keep_column_nobody_has_is_warned_about(fake_quotes) -> None:
    result = run("extract", str(CLI_DATA / "article.txt"), "--keep-column", "outlet")
    assert result.exit_code == 0
    assert "--keep-column outlet" in result.stderr


def test_missing_csv_column_is_a_usage_error_naming_the_columns(fake_quotes) -> None:
    result = run("extract", str(CLI_DATA / "articles.csv"))
    assert result.exit_code == 2
    assert "'id', 'body', 'url'" in result.stderr
    assert "--text-column" in result.stderr
    assert result.stdout == ""


def test_formula_cells_are_escaped_unless_asked_not_to(fake_quotes) -> None:
    text = "“=HYPERLINK(1)” is what the spreadsheet said."
    assert table(run("extract", "-", input=text))["quote"][0] == "'=HYPERLINK(1)"
    assert table(run("extract", "-", "--no-csv-escape", input=text))["quote"][0] == "=HYPERLINK(1)"


def test_encoding_option_decodes_latin1(fake_quotes, tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes("\"Café open,\" she said.".encode("latin-1"))
    result = run("extract", str(path))
    assert result.exit_code == 0
    assert "not valid UTF-8" in result.stderr
    result = run("extract", str(path), "--encoding", "latin-1")
    assert table(result)["quote"][0] == "Café open,"


def test_unknown_encoding_is_a_usage_error() -> None:
    result = run("extract", str(CLI_DATA / "article.txt"), "--encoding", "klingon")
    assert result.exit_code == 2
    assert "'klingon'" in result.stderr


def test_evaluate_report_and_details(fake_quotes) -> None:
    result = run("evaluate", str(CLI_DATA / "gold.jsonl"), "--details")
    assert result.exit_code == 0, result.stderr
    assert "quote+speaker" in result.stdout
    assert "missed" in result.stdout and "timetable" in result.stdout


def test_evaluate_json_details(fake_quotes) -> None:
    result = run("evaluate", str(CLI_DATA / "gold.jsonl"), "--json", "--details")
    scores = json.loads(result.stdout)
    assert scores["quote"]["tp"] == 2
    assert scores["documents_detail"][0]["doc_id"] == "article"


# --------------------------------------------------------------------------------------------- usage errors


def test_missing_path_is_a_usage_error() -> None:
    result = run("extract", "no/such/file.txt")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_missing_model_says_how_to_install_it_without_a_traceback() -> None:
    result = run("extract", str(CLI_DATA / "article.txt"), "--model", "xx_no_such_pipeline")
    assert result.exit_code == 1
    assert "xx_no_such_pipeline" in result.stderr
    assert "pip install" in result.stderr
    assert "Traceback" not in result.output


def test_quotes_model_environment_variable_sets_the_default() -> None:
    result = run("evaluate", str(CLI_DATA / "gold.jsonl"), env={"QUOTES_MODEL": "xx_from_the_environment"})
    assert result.exit_code == 1
    assert "xx_from_the_environment" in result.stderr


def test_bad_gold_file_is_a_usage_error(nlp, tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("{not json\n", encoding="utf-8")
    result = run("evaluate", str(path))
    assert result.exit_code == 2
    assert "line 1" in result.stderr


def test_python_dash_m_quotes_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quotes", "--help"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0
    assert "extract" in done.stdout and "evaluate" in done.stdout


def test_speakers_command_merges_variants_across_documents(tmp_path):
    import io

    import pandas as pd
    from click.testing import CliRunner

    from quotes.cli import cli

    (tmp_path / "a.txt").write_text(
        "The Interior Ministry said the border would reopen on Monday.\n\n"
        "“We expect long queues,” said Helena Varga, the ministry's spokeswoman.",
        encoding="utf8",
    )
    (tmp_path / "b.txt").write_text(
        "Ms Varga said the queues had eased by noon.\n\n"
        "The ministry added that extra staff had been sent to the crossing.",
        encoding="utf8",
    )
    (tmp_path / "c.txt").write_text("Critics said the wait at the crossing was far too long.", encoding="utf8")
    result = CliRunner().invoke(cli, ["speakers", str(tmp_path), "-q"], catch_exceptions=False)
    assert result.exit_code == 0
    table = pd.read_csv(io.StringIO(result.stdout))
    assert list(table.columns[:3]) == ["speaker_canonical", "speaker_type", "n_quotes"]
    varga = table[table["speaker_canonical"] == "Helena Varga"]
    assert len(varga) == 1
    assert varga["n_documents"].iloc[0] == 2
    named = CliRunner().invoke(cli, ["speakers", str(tmp_path), "-q", "--named-only"], catch_exceptions=False)
    named_table = pd.read_csv(io.StringIO(named.stdout))
    # "The ministry" in b.txt: no ministry is named in that document
    assert set(table.loc[table["unresolved"], "speaker_canonical"]) == {"Critics", "The ministry"}
    assert not named_table["unresolved"].any()
    assert set(named_table["speaker_canonical"]) == set(table.loc[~table["unresolved"], "speaker_canonical"])
