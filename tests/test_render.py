"""Drawing the quotes: `quotes.render`, `render_page` and `quotes show` (the HTML, not a browser)."""

from __future__ import annotations

import html
import importlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language
from spacy.tokens import Doc

import quotes
from quotes.cli import cli
from quotes.palette import CUE_COLOR, TYPE_COLORS
from quotes.render import LABEL_CLASS, NotebookHTML, Mark, draw_text, render_page

render_module = importlib.import_module("quotes.render")  # `quotes.render` is the function

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
COUNCIL = (EXAMPLES / "council-budget.txt").read_text("utf8")


def visible_text(markup: str) -> str:
    """The page's words as a browser shows them, spaces collapsed."""
    text = re.sub(r'<style>.*?</style>|<span class="quotes-label".*?</span>|<[^>]+>', " ", markup, flags=re.S)
    return " ".join(html.unescape(text).split())


def drawn_text(markup: str) -> str:
    """The text inside the document's ``quotes-text`` block, exactly, without the labels and tags."""
    inner = markup.split('class="quotes-text"', 1)[1].split(">", 1)[1].rsplit("</div></figure>", 1)[0]
    return html.unescape(re.sub(rf'<span class="{LABEL_CLASS}"[^>]*>[^<]*</span>|<[^>]+>', "", inner))


class _Nesting(HTMLParser):
    """Checks that every tag is closed in the order it was opened."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in {"br", "meta"}:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open.pop() == tag, f"</{tag}> closes a tag it did not open"


@pytest.fixture(scope="module")
def council(nlp: Language) -> Doc:
    return nlp(COUNCIL)


def test_render_shows_quotes_labels_and_canonical_speakers(council: Doc) -> None:
    markup = quotes.render(council, jupyter=False)
    found = quotes.find_quotes(council)
    assert found
    words = visible_text(markup)
    for quote in found:
        assert " ".join(COUNCIL[quote.quote_start : quote.quote_end].split()) in words
    for label in {q.type for q in found}:
        assert f">{label}</span>" in markup
    assert 'title="cue: say"' in markup
    assert 'title="speaker: Margaret Okafor' in markup
    assert "Priya Nair" in markup  # in the legend too
    assert drawn_text(markup).count("\n\n") >= COUNCIL.count("\n\n")  # paragraphs stay apart


def test_render_draws_the_text_as_written(nlp: Language) -> None:
    text = "The US-led council's plan costs \u00a31.2m.\n\n\u201cWe can't pay,\u201d  said Dara Quill, the mayor.\n"
    doc = nlp(text)
    assert quotes.find_quotes(doc)
    assert drawn_text(quotes.render(doc, jupyter=False)) == text  # no "US - led", "council 's", "\u00a3 1.2 m"
    assert drawn_text(quotes.render(council_doc := nlp(COUNCIL), jupyter=False)) == council_doc.text


def test_every_quote_has_its_type_label_in_the_line_of_text(council: Doc) -> None:
    markup = quotes.render(council, jupyter=False)
    found = quotes.find_quotes(council)
    labels = re.findall(rf'<span class="{LABEL_CLASS}"[^>]*>([^<]*)</span>', markup)
    starts = {(q.quote_start, q.quote_end): q.type for q in found}
    assert sorted(labels) == sorted(starts.values())  # one readable type label per quote, nothing else labelled
    assert "position: absolute" not in markup  # labels flow with the text: none can cover another
    for quote in found:  # the label sits right where the quote's text starts
        label = f">{quote.type}</span>"
        assert re.search(re.escape(label) + r"(<[^>]+>)*" + re.escape(html.escape(COUNCIL[quote.quote_start : quote.quote_start + 12], quote=False)), markup)


def test_speaker_mentions_show_the_canonical_speaker_on_hover(council: Doc) -> None:
    markup = quotes.render(council, jupyter=False)
    mention = re.search(r'<span class="quotes-speaker"[^>]*title="speaker: Margaret Okafor[^"]*">Ms Okafor</span>', markup)
    assert mention, "Ms Okafor is drawn with her full name on hover"


def test_type_colours_come_from_the_shared_palette(council: Doc) -> None:
    markup = quotes.render(council, jupyter=False)
    for quote_type in {q.type for q in quotes.find_quotes(council)}:
        assert f"background: {TYPE_COLORS[quote_type]}\">{quote_type}</span>" in markup
    assert CUE_COLOR in markup


def test_marks_that_cross_are_drawn_well_nested() -> None:
    def mark(start: int, end: int, kind: str, label: str | None = None) -> Mark:
        return Mark(start, end, kind, "", kind, label, "#fff")

    text = "a <b> & c said d e"
    marks = [mark(0, 9, "quote", "indirect"), mark(6, 13, "quote", "direct"), mark(7, 8, "speaker"), mark(10, 14, "cue")]
    markup = draw_text(text, marks)
    checker = _Nesting()
    checker.feed(markup)
    assert checker.open == []
    assert html.unescape(re.sub(r'<span class="quotes-label"[^>]*>[^<]*</span>|<[^>]+>', "", markup)) == text
    assert markup.count(">indirect</span>") == 1 and markup.count(">direct</span>") == 1  # a reopened mark has no new label
    assert "<b>" not in markup and "&lt;" in markup and "&amp;" in markup


def test_render_parses_a_text_and_leaves_a_doc_unchanged(nlp: Language, council: Doc) -> None:
    assert 'title="speaker: Margaret Okafor' in quotes.render(COUNCIL, nlp=nlp, jupyter=False)
    before = council.to_bytes()
    quotes.render(council, jupyter=False)
    assert council.to_bytes() == before


def test_render_uses_the_component_quotes_when_it_ran(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp(COUNCIL)
    quotes.component.set_quote_annotations(doc, quotes.find_quotes(doc))

    def must_not_run(doc: Doc) -> list:
        raise AssertionError("render ran the rules again")

    monkeypatch.setattr(render_module, "find_quotes", must_not_run)
    assert 'title="speaker: Margaret Okafor' in quotes.render(doc, jupyter=False)


def test_text_and_titles_are_escaped(nlp: Language) -> None:
    doc = nlp('"We will <b>not</b> pay," the mayor said.')
    page = render_page([doc], titles=["<i>title</i>"])
    assert "<b>not</b>" not in page and "&lt;b&gt;not&lt;/b&gt;" in page
    assert "<i>title</i>" not in page and "&lt;i&gt;title&lt;/i&gt;" in page


def test_jupyter_gets_html_the_notebook_can_show(council: Doc) -> None:
    shown = quotes.render(council, jupyter=True)
    assert isinstance(shown, NotebookHTML) and shown._repr_html_() == str(shown)
    assert type(quotes.render(council, jupyter=False)) is str


def test_page_is_a_whole_html_document(council: Doc) -> None:
    page = quotes.render(council, page=True, jupyter=False)
    assert page.lstrip().startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert '<div class="quotes-legend"' in page


def test_render_page_heads_each_document_and_keeps_speaker_colours(nlp: Language) -> None:
    texts = [COUNCIL, (EXAMPLES / "harbour-bridge.txt").read_text("utf8")]
    page = render_page([nlp(t) for t in texts], titles=["council-budget", "harbour-bridge"])
    assert page.count("<figure") == 2
    assert "council-budget" in page and "harbour-bridge" in page
    okafor = set(re.findall(r'background: (#\w+);[^>]*title="speaker: Margaret Okafor', page))
    assert len(okafor) == 1
    assert page.count('title="speaker: Margaret Okafor') >= 2


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
    assert 'title="speaker: Margaret Okafor' in page
    assert "2 documents drawn" in result.stderr


def test_show_counts_one_document_in_the_singular(nlp: Language, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["show", str(EXAMPLES / "council-budget.txt"), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert "quotes: 1 document drawn" in result.stderr


def test_show_writes_to_stdout_without_o(nlp: Language) -> None:
    result = CliRunner().invoke(cli, ["show", str(EXAMPLES / "council-budget.txt")], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.lstrip().startswith("<!DOCTYPE html>")
