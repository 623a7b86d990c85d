"""The outlet of a document: from metadata, its url or its folder; a headline when none says."""

from __future__ import annotations

from pathlib import Path

from quotes.io import read_inputs
from quotes.outlets import HEADLINE_CHARS, outlet_label, outlet_name


def test_a_metadata_field_names_the_outlet() -> None:
    assert outlet_name("000_69839728d357f881", {"outlet": "Harbour Gazette"}) == "Harbour Gazette"
    assert outlet_name("x", {"sitename": "  The Northern   Echo "}) == "The Northern Echo"
    assert outlet_name("x", {"outlet": "", "publisher": "Kestrel Media"}) == "Kestrel Media"


def test_a_url_gives_its_host() -> None:
    assert outlet_name("x", {"url": "https://www.harbourgazette.example/news/ferry-fares"}) == "harbourgazette.example"
    assert outlet_name("x", {"source": "https://echo.example/a"}) == "echo.example"


def test_the_folder_below_the_input_names_the_outlet() -> None:
    assert outlet_name("gazette/2024-05-01") == "gazette"
    assert outlet_name("000_69839728d357f881") is None
    assert outlet_name("000_69839728d357f881", {"url": "not a url"}) is None


def test_without_metadata_or_folder_the_headline_stands_in_not_the_file_name() -> None:
    text = "12 C\nLeeds\nFerry fares to rise by a fifth in April, the operator says\n\nFares will rise."
    label = outlet_label("000_69839728d357f881", {}, text)
    assert label.startswith("Ferry fares to rise by a fifth")
    assert len(label) <= HEADLINE_CHARS
    assert outlet_label("a1", {"title": "Council <b>budget</b> row"}, text) == "Council <b>budget</b> row"
    assert outlet_label("a1", {}, "") == "a1"


def test_outlets_of_documents_read_from_outlet_folders(tmp_path: Path) -> None:
    for outlet in ("gazette", "echo"):
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "ferry.txt").write_text("Fares will rise, the operator said.", encoding="utf8")
    documents = list(read_inputs([str(tmp_path)]))
    assert sorted(outlet_name(d.doc_id, d.meta) for d in documents) == ["echo", "gazette"]
