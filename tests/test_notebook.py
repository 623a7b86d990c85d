"""The analysis notebook runs top to bottom in a fresh kernel, on the default articles and on examples/."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOK = NOTEBOOKS / "quote_analysis.ipynb"
EXAMPLES = NOTEBOOKS.parent / "examples"


def run(folder: str | None) -> nbformat.NotebookNode:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    if folder is not None:
        parameters = notebook.cells[1]
        assert "FOLDER = None" in parameters.source, "the parameter cell comes first, after the title"
        parameters.source = parameters.source.replace("FOLDER = None", f"FOLDER = {folder!r}")
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    client.execute()  # raises CellExecutionError, with the cell and traceback, if a cell fails
    return notebook


def outputs(notebook: nbformat.NotebookNode, tag: str | None = None) -> str:
    """The text and HTML the cells printed or showed (only those of the cell tagged ``tag``, if given)."""
    parts = []
    for cell in notebook.cells:
        if tag is not None and tag not in cell.get("metadata", {}).get("tags", []):
            continue
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            parts.append(str(output.get("text", "")) + str(data.get("text/plain", "")) + str(data.get("text/html", "")))
    return "\n".join(parts)


def test_notebook_has_no_saved_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") and cell.get("execution_count") is None for cell in notebook.cells if cell.cell_type == "code")


def test_notebook_runs_on_the_default_articles() -> None:
    notebook = run(None)
    text = outputs(notebook)
    assert "speaker_canonical" in text
    assert any(o.get("data", {}).get("image/png") for c in notebook.cells for o in c.get("outputs", []))
    assert 'title="speaker: ' in text  # the rendered article, canonical speakers on hover


def test_notebook_runs_on_the_examples() -> None:
    text = outputs(run("../examples"))
    assert "council-budget" in text and "harbour-bridge" in text
    assert "Margaret Okafor" in text


def table_cells(markup: str) -> list[str]:
    return [html.unescape(cell) for cell in re.findall(r"<td>(.*?)</td>", markup, re.S)]


def test_notebook_names_outlets_by_folder_and_shows_whole_quotes(tmp_path: Path) -> None:
    # Two outlets, each in its folder, with file names that say nothing (as the seed articles' do).
    texts = {}
    for outlet, example in (("gazette", "council-budget.txt"), ("echo", "harbour-bridge.txt")):
        (tmp_path / outlet).mkdir()
        texts[outlet] = (EXAMPLES / example).read_text("utf8")
        shutil.copy(EXAMPLES / example, tmp_path / outlet / f"00{len(texts)}_9f86d081884c7d65.txt")
    notebook = run(str(tmp_path))
    who = outputs(notebook, "who-per-outlet")
    assert "gazette" in who and "echo" in who
    # Who gets a voice: per outlet, as a table and a chart; the unnamed sources' quotes in full
    voice = outputs(notebook, "voice-per-outlet")
    assert "% women" in voice and "% anon." in voice
    assert {"gazette", "echo"} <= {line.split()[0] for line in voice.splitlines() if line.strip()}
    chart = [o for c in notebook.cells if "voice-chart" in c.get("metadata", {}).get("tags", []) for o in c.get("outputs", [])]
    assert any(o.get("data", {}).get("image/png") for o in chart)
    assert "anonymity_reason" in outputs(notebook, "unnamed-sources")
    quote_table = outputs(notebook, "quote-table")
    assert "9f86d081884c7d65" not in who + quote_table
    cells = table_cells(quote_table)
    assert {"gazette", "echo"} <= set(cells)
    long_quotes = [c for c in cells if len(c) > 80]
    assert long_quotes, "whole quotes, not cut at 50 characters"
    assert all(not c.endswith("...") for c in cells)
    assert all(any(c in text for text in texts.values()) for c in long_quotes)


def test_notebook_uses_the_colours_of_quotes_show() -> None:
    code = "\n".join(c.source for c in nbformat.read(NOTEBOOK, as_version=4).cells if c.cell_type == "code")
    assert "from quotes.palette import" in code and "type_colors(" in code
    assert not re.search(r"#[0-9a-fA-F]{6}\b", code), "colours come from quotes.palette, not written in the notebook"
