"""The analysis notebook runs top to bottom in a fresh kernel, on the default articles and on examples/."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOK = NOTEBOOKS / "quote_analysis.ipynb"


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


def outputs(notebook: nbformat.NotebookNode) -> str:
    parts = []
    for cell in notebook.cells:
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
