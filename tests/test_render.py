"""Drawing the quotes: `quotes.render`, `render_page` and `quotes show` (the HTML, not a browser)."""

from __future__ import annotations

import html
import importlib
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language
from spacy.tokens import Doc

import quotes
from quotes.cli import cli
from quotes.render import RENDER_KEY, NotebookHTML, render_page

render_module = importlib.import_module("quotes.render")  # `quotes.render` is the function

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
COUNCIL = (EXAMPLES / "council-budget.txt").read_text("utf8")


def visible_text(markup: str) -> str:
    """The page's words as a browser shows them, spaces collapsed (displaCy puts one between tokens)."""
    text = re.sub(r'<style>.*?</style>|<span class="quotes-label".*?</span>|<[^>]+>', " ", markup, flags=re.S)
    return " ".join(html.unescape(text).split())


def token_text(doc: Doc, start: int, end: int) -> str:
    return " ".join(t.text for t in doc.char_span(start, end, alignment_mode="expand"))


@pytest.fixture(scope="module")
def council(nlp: Language) -> Doc:
    return nlp(COUNCIL)


def test_render_shows_quotes_labels_and_canonical_speakers(council: Doc) -> None:
    markup = quotes.render(council, jupyter=False)
    found = quotes.find_quotes(council)
    assert found
    words = visible_text(markup)
    for quote in found:
        assert token_text(council, quote.quote_start, quote.quote_end) in words
    for label in {q.type for q in found} | {"CUE", "SPEAKER: Margaret Okafor"}:
        assert f">{label}</span>" in markup
    assert "Priya Nair" in markup  # in the legend too
    assert markup.count("<br>") >= COUNCIL.count("\n\n")  # paragraphs stay apart


def test_render_parses_a_text_and_leaves_a_doc_unchanged(nlp: Language, council: Doc) -> None:
    assert "SPEAKER: Margaret Okafor" in quotes.render(COUNCIL, nlp=nlp, jupyter=False)
    quotes.render(council, jupyter=False)
    assert RENDER_KEY not in council.spans


def test_render_uses_the_component_quotes_when_it_ran(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp(COUNCIL)
    quotes.component.set_quote_annotations(doc, quotes.find_quotes(doc))

    def must_not_run(doc: Doc) -> list:
        raise AssertionError("render ran the rules again")

    monkeypatch.setattr(render_module, "find_quotes", must_not_run)
    assert "SPEAKER: Margaret Okafor" in quotes.render(doc, jupyter=False)


def test_text_and_titles_are_escaped(nlp: Language) -> None:
    doc = nlp('"We will <b>not</b> pay," the mayor said.')
    page = render_page([doc], titles=["<i>title</i>"])
    assert "not</b" not in page and "not&lt;/b" in page  # spaCy splits "<b>not</b>" into "<", "b", ">", "not</b", ">"
    assert "<i>title</i>" not in page and "&lt;i&gt;title&lt;/i&gt;" in page


def test_jupyter_gets_html_the_notebook_can_show(council: Doc) -> None:
    shown = quotes.render(council, jupyter=True)
    assert isinstance(shown, NotebookHTML) and shown._repr_html_() == str(shown)
    assert type(quotes.render(council, jupyter=False)) is str


def test_page_is_a_whole_html_document(council: Doc) -> None:
    page = quotes.render(council, page=True, jupyter=False)
    assert page.lstrip().startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert '<span class="quotes-legend"' in page


def test_render_page_heads_each_document_and_keeps_speaker_colours(nlp: Language) -> None:
    texts = [COUNCIL, (EXAMPLES / "harbour-bridge.txt").read_text("utf8")]
    page = render_page([nlp(t) for t in texts], titles=["council-budget", "harbour-bridge"])
    assert page.count("<figure") == 2
    assert "council-budget" in page and "harbour-bridge" in page
    okafor = set(re.findall(r'background: (#\w+);[^>]*>SPEAKER: Margaret Okafor<', page))
    assert len(okafor) == 1


def test_a_document_the_rules_fail_on_is_drawn_with_a_note(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(doc: Doc) -> list:
        raise RuntimeError("rules crashed")

    monkeypatch.setattr(render_module, "find_quotes", fail)
    page = render_page([nlp("A text.")], titles=["bad"])
    assert "quotes failed: RuntimeError: rules crashed" in page
    assert "A text" in visible_text(page)


def test_show_writes_a_page(nlp: Language, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["show", str(EXAMPLES), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    page = out.read_text("utf8")
    assert "council-budget" in page and "harbour-bridge" in page
    assert "SPEAKER: Margaret Okafor" in page
    assert "2 documents" in result.stderr


def test_show_writes_to_stdout_without_o(nlp: Language) -> None:
    result = CliRunner().invoke(cli, ["show", str(EXAMPLES / "council-budget.txt")], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.lstrip().startswith("<!DOCTYPE html>")
