"""quotes trace / quotes check: the word comparison, the clustering, the API and the CLI."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import quotes
from quotes.check import check_frames
from quotes.cli import cli
from quotes.quote_tables import is_quote_table, read_quote_table
from quotes.trace import summarize_clusters, trace_frame
from quotes.wording import compare, quoted_pieces, tokens, traced_wording

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles (../shared/seeds) are not here")

REF = tokens("We will not close the maternity unit while I am leader of this council.")


@pytest.mark.parametrize(
    ("wording", "relation", "differences"),
    [
        ("“we will NOT close the maternity unit while I am leader of this council”", "same", ""),
        ("We will not close the maternity unit", "fragment", ""),
        ("We will not close ... while I am leader of this council", "elided", ""),
        ("[Northbridge] will not close the maternity unit while I am leader of this council", "elided", ""),
        ("We will never close the maternity unit while I am leader of this council", "altered", '-"not" +"never"'),
        ("We will close the maternity unit while I am leader of this council", "altered", '-"not"'),
        ("We will not close the maternity unit while I am leader of this great council", "altered", '+"great"'),
        ("We are committed to the people of this town and its future", None, ""),
    ],
)
def test_compare_relations(wording: str, relation: str | None, differences: str) -> None:
    result = compare(tokens(wording), REF)
    assert result.relation == relation
    assert result.differences == differences


def test_tokens_ignore_case_marks_and_end_punctuation() -> None:
    assert tokens("‘It’s over,’") == tokens('"it\'s OVER."') == ("it's", "over")
    assert tokens("twelve... [sic] 1,000") == ("twelve", "…", "[sic]", "1,000")


def test_mixed_quote_is_traced_by_its_quoted_pieces() -> None:
    assert quoted_pieces("the raids were “halted immediately” and “part of the plan”") == ["halted immediately", "part of the plan"]
    text, toks, joined = traced_wording("said it was “dead in the water” and “beyond saving”", "mixed")
    assert text == "dead in the water … beyond saving" and joined
    assert compare(toks, tokens("It is dead in the water and beyond saving now"), joined=True).relation == "fragment"
    assert traced_wording("a disgrace to the city", "mixed")[0] == "a disgrace to the city"


def _table(rows: list[tuple[str, str, str, str | None]]) -> pd.DataFrame:
    records = [
        {"doc_id": doc_id, "quote_index": i, "type": kind, "quote": quote, "speaker_canonical": speaker}
        for i, (doc_id, kind, quote, speaker) in enumerate(rows)
    ]
    frame = pd.DataFrame(records)
    for name in quotes.COLUMNS:
        if name not in frame.columns:
            frame[name] = None
    return frame


def test_trace_clusters_relations_and_conflicts() -> None:
    table = _table(
        [
            ("a", "direct", "Our priority has always been the safety of mothers and babies, and nothing changes that.", "Daniel Reyes"),
            ("b", "mixed", "said it had “always been the safety of mothers and babies”", "Daniel Reyes"),
            ("c", "direct", "Our priority has always been the safety of mothers and babies, and nothing changes that", "Margaret Okafor"),
            ("d", "direct", "Our priority has never been the safety of mothers and babies, and nothing changes that.", "Reyes"),
            ("a", "indirect", "the trust's priority had always been the safety of mothers and babies", "Daniel Reyes"),
            ("e", "direct", "It was a proper team performance today", "Rob Delaney"),
            ("f", "direct", "It was a proper team performance today", "Angela Osei"),
            ("g", "direct", "No comment", "Paul Whitby"),
        ]
    )
    traced = trace_frame(table)
    assert list(traced["doc_id"]) == ["a", "b", "c", "d", "e", "f"]  # reported speech and short quotes left out
    assert list(traced["cluster_id"]) == [0, 0, 0, 0, 1, 2]  # a stock phrase by two people is two statements
    assert list(traced["relation"][:4]) == ["reference", "fragment", "same", "altered"]
    assert traced["differences"][3] == '-"always" +"never"'
    assert list(traced["speaker_conflict"]) == [True, True, True, True, False, False]
    clusters = summarize_clusters(traced)
    assert list(clusters["n_documents"]) == [4, 1, 1]
    assert bool(clusters["altered"][0]) and bool(clusters["speaker_conflict"][0])
    assert clusters["speakers"][0] == "Daniel Reyes | Margaret Okafor | Reyes"


def test_first_seen_by_date() -> None:
    table = _table([("late", "direct", "We will not close the maternity unit this year", "X"),
                    ("early", "direct", "We will not close the maternity unit this year", "X")])  # fmt: skip
    table["date"] = ["2025-03-05", "2025-03-04"]
    clusters = summarize_clusters(trace_frame(table))
    assert clusters["first_doc_id"][0] == "early" and clusters["first_seen"][0] == "2025-03-04"


def test_check_statuses() -> None:
    originals = _table(
        [
            ("wire", "direct", "We will not close the maternity unit while I am leader of this council.", "Margaret Okafor"),
            ("wire", "direct", "Three thousand people signed our petition in a fortnight.", "Priya Nandra"),
        ]
    )
    derived = _table(
        [
            ("copy", "direct", "We will not close the maternity unit while I am leader of this council,", "Margaret Okafor"),
            ("copy", "mixed", "she said they would “not close the maternity unit”", "Margaret Okafor"),
            ("copy", "direct", "We will not close the maternity unit ... of this council", "Ms Okafor"),
            ("copy", "direct", "We will never close the maternity unit while I am leader of this council", "Margaret Okafor"),
            ("copy", "direct", "Three thousand people signed our petition in a fortnight.", "Margaret Okafor"),
            ("copy", "direct", "The hospital has been part of this town for a hundred years", "Priya Nandra"),
        ]
    )
    checked = check_frames(originals, derived)
    assert list(checked["status"]) == ["verbatim", "fragment", "elided", "altered", "misattributed", "not-found"]
    assert checked["differences"][3] == '-"not" +"never"'
    assert checked["original_doc_id"][0] == "wire"


def test_check_finds_words_the_extractor_missed_in_the_original_text() -> None:
    derived = _table([("copy", "direct", "the hospital has served this town for a century", "Priya Nandra")])
    texts = {"wire": "Nandra said the hospital has served this town for a century, and would go on."}
    checked = check_frames(_table([]).astype({"doc_id": str}), derived, original_texts=texts)
    assert checked["status"][0] == "fragment" and checked["original_doc_id"][0] == "wire"


@needs_seeds
def test_seeds_central_command_statement_is_one_cluster(nlp) -> None:
    traced = quotes.trace([quotes.Document(doc_id=p.stem, text=p.read_text(encoding="utf8")) for p in sorted(SEEDS.glob("*.txt"))], nlp=nlp)
    halted = traced[traced["quote"].str.contains("halted immediately when coalition officials")]
    assert sorted(halted["doc_id"].str[:3]) == ["000", "003"]
    assert halted["cluster_id"].nunique() == 1
    assert set(halted["relation"]) == {"reference", "fragment"}
    assert not halted["speaker_conflict"].any()


def test_check_api_on_texts(nlp) -> None:
    original = "“We will not close the maternity unit while I am leader,” said Margaret Okafor, the council leader."
    derived = "“We will never close the maternity unit while I am leader,” said Margaret Okafor."
    checked = quotes.check([original], [derived], nlp=nlp)
    assert list(checked["status"]) == ["altered"] and checked["differences"][0] == '-"not" +"never"'


@needs_seeds
def test_cli_trace_reads_an_extracted_table_and_writes_clusters(tmp_path: Path, nlp) -> None:
    runner = CliRunner()
    table = tmp_path / "seeds.jsonl"
    result = runner.invoke(cli, ["extract", str(SEEDS), "-o", str(table), "-q"], catch_exceptions=False)
    assert result.exit_code == 0 and is_quote_table(table)
    clusters = tmp_path / "clusters.csv"
    result = runner.invoke(cli, ["trace", str(table), "--clusters-out", str(clusters)], catch_exceptions=False)
    assert result.exit_code == 0
    traced = pd.read_csv(io.StringIO(result.stdout))
    assert list(traced.columns[:9]) == [
        "doc_id", "quote_index", "type", "quote", "speaker_canonical", "cluster_id", "relation", "differences", "speaker_conflict",
    ]  # fmt: skip
    assert "1 in more than one document" in result.stderr
    shared = pd.read_csv(clusters)
    assert (shared["n_documents"] == 2).sum() == 1
    assert len(read_quote_table(table)) == len(pd.read_json(table, lines=True)["quotes"].sum())


@needs_seeds
def test_cli_check_exit_codes(tmp_path: Path, nlp) -> None:
    runner = CliRunner()
    first, second = sorted(str(p) for p in SEEDS.glob("*.txt"))
    page = tmp_path / "check.html"
    result = runner.invoke(cli, ["check", second, "--against", first, "--html", str(page)], catch_exceptions=False)
    assert result.exit_code == 1  # two of the first article's quotes are not in the second
    drawn = page.read_text(encoding="utf8")
    assert drawn.count('class="quotes-quote status-not-found"') == 2 and drawn.count('class="quotes-quote status-fragment"') == 1
    assert "original in 003_906719fa59c08b9a (US Central Command): “The coalition airstrike was halted" in drawn
    assert "1 fragment" in result.stderr and "2 not-found" in result.stderr
    same = runner.invoke(cli, ["check", first, "--against", first, "-o", str(tmp_path / "c.csv")], catch_exceptions=False)
    assert same.exit_code == 0, same.stderr
    assert set(pd.read_csv(tmp_path / "c.csv")["status"]) == {"verbatim"}
    usage = runner.invoke(cli, ["check", first])
    assert usage.exit_code == 2 and "--against" in usage.stderr


def test_cli_trace_bad_table_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "quotes.jsonl"
    bad.write_text('{"doc_id": "a", "quotes": []}\nnot json\n', encoding="utf8")
    result = CliRunner().invoke(cli, ["trace", str(bad)])
    assert result.exit_code == 2
    assert "line 2: not valid JSON" in result.stderr
    bad.write_text('{"doc_id": "a", "quotes": []}\n["a list"]\n', encoding="utf8")
    result = CliRunner().invoke(cli, ["trace", str(bad)])
    assert result.exit_code == 2
    assert "line 2: expected a JSON object" in result.stderr


def test_cli_without_quotes_writes_an_empty_table(tmp_path: Path, nlp) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("The council met on Tuesday. Nobody was quoted.", encoding="utf8")
    runner = CliRunner()
    result = runner.invoke(cli, ["trace", str(plain)], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("doc_id,quote_index,type,quote,")
    assert "0 quotes in 0 clusters" in result.stderr
    checked = runner.invoke(cli, ["check", str(plain), "--against", str(plain)], catch_exceptions=False)
    assert checked.exit_code == 0 and "0 quotes" in checked.stderr


def test_render_checked_colours_each_quote_and_shows_the_original_on_hover() -> None:
    from quotes.check_page import STATUS_COLORS, render_checked

    text = "She said: “We will never close the unit.” Then <b>nothing</b>."
    derived = _table([("copy", "direct", "We will never close the unit.", "Margaret Okafor")])
    derived["quote_start"], derived["quote_end"] = text.index("We"), text.index(".”") + 1
    checked = check_frames(_table([("wire", "direct", "We will not close the unit.", "Margaret Okafor")]), derived)
    page = render_checked(checked, derived, {"copy": text})
    assert f'<span class="quotes-quote status-altered" style="background: {STATUS_COLORS["altered"]}66' in page
    assert 'title="altered\noriginal in wire (Margaret Okafor): “We will not close the unit.”\ndifferences: -&quot;not&quot; +&quot;never&quot;"' in page
    assert "&lt;b&gt;nothing&lt;/b&gt;" in page  # the article's text is escaped


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Margaret Okafor", "Ms Okafor", True),
        ("Vincent Cable", "Vince Cable", True),
        ("William Ames", "Bill Ames", True),  # nicknames.txt, as resolution reads it
        ("Robert Ames", "Bill Ames", False),
        ("Daniel Reyes", "Margaret Okafor", False),
        ("Tom Falkirk", "Tom Farrell", False),
        ("the station", "Radio 1", True),  # a description is no name: not compared
        (None, "Radio 1", True),
    ],
)
def test_speakers_compatible(one: str | None, other: str, same: bool) -> None:
    from quotes.trace import speaker_key, speakers_compatible

    assert speakers_compatible(speaker_key(one), speaker_key(other)) is same


def test_cli_csv_differences_cannot_run_as_formulas(tmp_path: Path) -> None:
    table = _table(
        [
            ("a", "direct", "We will not close the maternity unit while I am leader", "Ann Bell"),
            ("b", "direct", "We will never close the maternity unit while I am leader", "Ann Bell"),
        ]
    )
    path = tmp_path / "quotes.csv"
    table.to_csv(path, index=False)
    runner = CliRunner()
    escaped = pd.read_csv(io.StringIO(runner.invoke(cli, ["trace", str(path)], catch_exceptions=False).stdout))
    assert escaped["differences"][1] == "'-\"not\" +\"never\""
    plain = pd.read_csv(io.StringIO(runner.invoke(cli, ["trace", str(path), "--no-csv-escape"], catch_exceptions=False).stdout))
    assert plain["differences"][1] == '-"not" +"never"'


def test_cli_check_against_takes_several_inputs_and_tables(tmp_path: Path, nlp) -> None:
    original = tmp_path / "wire.txt"
    original.write_text("“We will not close the maternity unit while I am leader,” said Ann Bell, the council leader.", encoding="utf8")
    same = tmp_path / "gazette.txt"
    same.write_text("Ann Bell said: “We will not close the maternity unit while I am leader.”", encoding="utf8")
    changed = tmp_path / "courier.txt"
    changed.write_text("“We will never close the maternity unit while I am leader,” said Ann Bell.", encoding="utf8")
    runner = CliRunner()
    table = tmp_path / "wire.csv"
    assert runner.invoke(cli, ["extract", str(original), "-o", str(table), "-q"], catch_exceptions=False).exit_code == 0
    out = tmp_path / "checked.csv"
    result = runner.invoke(cli, ["check", str(table), "--against", str(same), str(changed), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 1
    checked = pd.read_csv(out)
    assert dict(zip(checked["doc_id"], checked["status"])) == {"gazette": "verbatim", "courier": "altered"}
    only_same = runner.invoke(cli, ["check", str(table), "--against", str(same), "-q"], catch_exceptions=False)
    assert only_same.exit_code == 0 and only_same.stderr == ""


def test_a_quote_without_speaker_does_not_chain_two_peoples_stock_phrase() -> None:
    table = _table(
        [
            ("monday", "direct", "It was a proper team performance today", "Rob Delaney"),
            ("agency", "direct", "It was a proper team performance today", None),
            ("saturday", "direct", "It was a proper team performance today", "Angela Osei"),
        ]
    )
    traced = trace_frame(table)
    assert traced["cluster_id"][0] != traced["cluster_id"][2]
    assert not traced["speaker_conflict"].any()
