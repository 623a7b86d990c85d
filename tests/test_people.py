"""The newsroom's own list of people (`quotes.people`, `--speakers FILE`). Names are invented."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
import spacy
from click.testing import CliRunner

import quotes
from quotes.extract import default_model_name
from quotes.cli import cli
from quotes.people import People, Person, SpeakersFileError, read_people

ARTICLE = (
    "Ashby council admits overspend\n\n"
    "“We got the numbers wrong,” said Cllr Priya Mandal, the council leader. "
    "Tom Reddaway, the opposition leader, said the contract had no cap. "
    "“Residents deserve better,” Ms Mandal said."
)

PEOPLE_CSV = (
    "name,aliases,id,gender,category,party\n"
    "Priya Mandal,Cllr Mandal|P. Mandal,Q111,female,politician,Labour\n"
    "Thomas Reddaway,Tom Reddaway,,male,politician,Liberal Democrat\n"
    "Ashby District Council,the council|Ashby Council,Q222,,public body,\n"
)


@pytest.fixture
def people_csv(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE_CSV, encoding="utf8")
    return path


def test_a_speaker_takes_the_rows_name_id_gender_and_category(nlp, people_csv):
    found = quotes.extract(ARTICLE, nlp=nlp, speakers=people_csv)
    reddaway = next(q for q in found if q.speaker and "Reddaway" in q.speaker)
    assert reddaway.speaker_canonical == "Thomas Reddaway"  # the alias "Tom Reddaway" names the row
    assert (reddaway.speaker_id, reddaway.speaker_category) == (None, "politician")
    assert (reddaway.speaker_gender, reddaway.speaker_gender_source) == ("male", "speakers-file")
    mandal = [q for q in found if q.speaker_canonical == "Priya Mandal"]
    assert len(mandal) == 2 and {q.speaker_id for q in mandal} == {"Q111"}
    assert {q.speaker_gender_source for q in mandal} == {"speakers-file"}


def test_matching_ignores_case_honorifics_the_and_possessives(people_csv):
    people = read_people(people_csv)
    assert people.match("Ms Priya Mandal").name == "Priya Mandal"
    assert people.match("PRIYA MANDAL").name == "Priya Mandal"
    assert people.match("the Ashby Council").name == "Ashby District Council"
    assert people.match("Priya Mandal's").name == "Priya Mandal"
    assert people.match("Ashby Parish Council") is None


def test_a_surname_alone_matches_only_when_one_row_has_it():
    people = People.from_rows([Person("Helena Varga", line=2), Person("Anna Kerr", line=3), Person("Mark Kerr", line=4)])
    assert people.match("Ms Varga").name == "Helena Varga"
    assert people.match("Varga").name == "Helena Varga"
    assert people.match("Kerr") is None
    assert people.match("Mr Kerr") is None


def test_a_row_without_a_name_is_an_error_naming_the_line(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,aliases\nPriya Mandal,\n,Tom Reddaway\n", encoding="utf8")
    with pytest.raises(SpeakersFileError, match=r"people.csv, line 3: the row has no name"):
        read_people(path)


def test_an_alias_pointing_at_two_people_is_an_error_naming_both_lines(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,aliases\nPriya Mandal,P. Mandal\nPaul Mandal,P. Mandal\n", encoding="utf8")
    with pytest.raises(SpeakersFileError, match=r"line 3: 'P. Mandal' is also a name of 'Priya Mandal' \(line 2\)"):
        read_people(path)


def test_a_bad_gender_is_an_error(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,gender\nPriya Mandal,F\nTom Reddaway,yes\n", encoding="utf8")
    with pytest.raises(SpeakersFileError, match=r"line 3: gender 'yes'"):
        read_people(path)


def test_a_file_that_is_not_utf8_is_an_error_naming_the_line(tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes("name\nPriya Mandal\nJosé Núñez\n".encode("latin-1"))
    with pytest.raises(SpeakersFileError, match=r"line 3: not valid utf-8.*save the file as UTF-8"):
        read_people(path)
    assert read_people(path, encoding="latin-1").match("José Núñez").name == "José Núñez"


def test_a_file_without_a_name_column_is_an_error(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("person,aliases\nPriya Mandal,\n", encoding="utf8")
    with pytest.raises(SpeakersFileError, match="no 'name' column"):
        read_people(path)


def test_jsonl_speakers_file_with_aliases_as_a_list(tmp_path):
    path = tmp_path / "people.jsonl"
    rows = [{"name": "Priya Mandal", "aliases": ["Cllr Mandal"], "id": "Q111", "gender": "f", "twitter": "@pmandal"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf8")
    person = read_people(path).match("Cllr Mandal")
    assert (person.name, person.id, person.gender, dict(person.extra)) == ("Priya Mandal", "Q111", "female", {"twitter": "@pmandal"})


def test_cli_extract_with_speakers_and_an_extra_column(nlp, people_csv, tmp_path):
    article = tmp_path / "ashby.txt"
    article.write_text(ARTICLE, encoding="utf8")
    result = CliRunner().invoke(
        cli, ["extract", str(article), "--speakers", str(people_csv), "--keep-column", "party", "-q"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert list(frame.columns)[-1] == "party"
    mandal = frame[frame["speaker_canonical"] == "Priya Mandal"]
    assert set(mandal["party"]) == {"Labour"} and set(mandal["speaker_id"]) == {"Q111"}
    assert "no document has this field" not in result.stderr


def test_cli_bad_speakers_file_is_a_usage_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf8")
    people = tmp_path / "people.csv"
    people.write_text("name,aliases\nPriya Mandal,PM\nPaul Mandal,PM\n", encoding="utf8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--speakers", str(people)])
    assert result.exit_code == 2
    assert "line 3" in result.stderr and "'PM'" in result.stderr


def test_cli_speakers_table_with_a_speakers_file(nlp, people_csv, tmp_path):
    article = tmp_path / "ashby.txt"
    article.write_text(ARTICLE, encoding="utf8")
    result = CliRunner().invoke(cli, ["speakers", str(article), "--speakers", str(people_csv), "-q"], catch_exceptions=False)
    table = pd.read_csv(io.StringIO(result.stdout))
    row = table[table["speaker_canonical"] == "Priya Mandal"].iloc[0]
    assert (row["speaker_gender"], row["speaker_id"], row["speaker_category"], row["source_kind"]) == (
        "female", "Q111", "politician", "named"
    )


def test_component_config_reads_the_speakers_file(nlp, people_csv):
    pipeline = spacy.load(default_model_name())
    pipeline.add_pipe("quotes", config={"speakers": str(people_csv)})
    doc = pipeline(ARTICLE)
    mandal = [q for q in doc._.quotes if q.speaker_canonical == "Priya Mandal"]
    assert mandal and {q.speaker_id for q in mandal} == {"Q111"}
    assert {q.speaker_extra["party"] for q in mandal} == {"Labour"}
