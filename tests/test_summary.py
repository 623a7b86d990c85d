"""`quotes summary` and `quotes.summary`: who gets a voice per outlet, date or document."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.model import DocResult, Quote
from quotes.summary import VOICE_COLUMNS, outlet_of, summarize_voices, voice_frame


def quote(canonical: str | None, gender: str | None, kind: str | None, type_: str = "direct") -> Quote:
    return Quote(type=type_, quote="x", quote_start=0, quote_end=1, speaker_canonical=canonical,
                 speaker_gender=gender, source_kind=kind)  # fmt: skip


def result(doc_id: str, quotes: list[Quote], **meta: str) -> DocResult:
    return DocResult(doc_id=doc_id, quotes=quotes, meta=meta, source=f"news/{meta.get('folder', 'x')}/{doc_id}.txt")


@pytest.fixture
def results() -> list[DocResult]:
    return [
        result("a1", [quote("Ana Ruiz", "female", "named"), quote("Ana Ruiz", "female", "named", "indirect"),
                      quote("Tom Vey", "male", "named"), quote("senior official", "unknown", "anonymous")],
               outlet="Daily Courier", date="2026-11-30T08:00"),
        result("b1", [quote("Critics", None, "generic", "mixed"), quote("Jo Lark", "unknown", "named")],
               outlet="Evening Post", date="2026-11-30"),
        result("b2", [quote(None, None, None)], outlet="Evening Post", date="2026-12-01"),
    ]  # fmt: skip


def test_per_outlet_counts_and_shares(results):
    table = summarize_voices(voice_frame(results)).set_index("outlet")
    assert list(table.index) == ["Daily Courier", "Evening Post", "(all)"]
    courier = table.loc["Daily Courier"]
    assert (courier["n_quotes"], courier["n_speakers"]) == (4, 3)
    assert (courier["quotes_female"], courier["quotes_male"], courier["quotes_unknown"]) == (2, 1, 1)
    assert (courier["speakers_female"], courier["speakers_male"]) == (1, 1)
    assert courier["share_female"] == pytest.approx(2 / 3, abs=1e-4)
    assert courier["share_gender_unknown"] == 0.25
    assert (courier["quotes_named"], courier["quotes_anonymous"], courier["share_anonymous"]) == (3, 1, 0.25)
    assert (courier["quotes_direct"], courier["quotes_indirect"], courier["share_direct"]) == (3, 1, 0.75)
    post = table.loc["Evening Post"]
    assert pd.isna(post["share_female"])  # no woman or man quoted: no share
    assert (post["quotes_generic"], post["share_anonymous"]) == (1, 0.0)
    assert table.loc["(all)", "n_quotes"] == 7


def test_by_date_takes_the_day(results):
    table = summarize_voices(voice_frame(results), by="date")
    assert list(table["date"]) == ["2026-11-30", "2026-12-01", "(all)"]
    assert list(table.columns) == ["date", *VOICE_COLUMNS]


def test_by_must_be_a_known_grouping(results):
    with pytest.raises(ValueError, match="by='week'"):
        summarize_voices(voice_frame(results), by="week")


def test_outlet_falls_back_to_the_folder_then_the_file():
    assert outlet_of(DocResult(doc_id="1", source="corpus/Harbour Herald/001.txt")) == "Harbour Herald"
    assert outlet_of(DocResult(doc_id="1", source="feeds/island-times.jsonl:3")) == "island-times"
    assert outlet_of(DocResult(doc_id="1", source="x.txt", meta={"outlet": "The Post"})) == "The Post"


def test_cli_summary_csv_per_outlet_folder(nlp, tmp_path):
    for outlet, text in [
        ("Harbour Herald", "“We will rebuild the pier,” said Ms Ana Ruiz, the harbour master."),
        ("Valley Voice", "A senior official, who spoke on condition of anonymity, said the pier would close."),
    ]:
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "story.txt").write_text(text, encoding="utf8")
    out = tmp_path / "summary.csv"
    result = CliRunner().invoke(cli, ["summary", str(tmp_path), "-o", str(out), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    table = pd.read_csv(out).set_index("outlet")
    assert list(table.index) == ["Harbour Herald", "Valley Voice", "(all)"]
    assert table.loc["Harbour Herald", "quotes_female"] == 1
    assert table.loc["Valley Voice", "quotes_anonymous"] == 1
    assert table.loc["(all)", "share_anonymous"] == 0.5


def test_cli_summary_readable_table(nlp, tmp_path):
    (tmp_path / "a.txt").write_text("“We will rebuild the pier,” said Ms Ana Ruiz.", encoding="utf8")
    result = CliRunner().invoke(cli, ["summary", str(tmp_path / "a.txt"), "-f", "table", "-q"], catch_exceptions=False)
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["outlet", "quotes", "speakers", "women"]
    assert "100%" in lines[1]
