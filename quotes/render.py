"""Seeing the quotes: the article as written, with quote content, speakers and cues highlighted.

`render` draws one document (inline in Jupyter); `render_page` writes a whole HTML page for many, with a
legend of who is quoted. The text is the document's own, characters, spaces and line breaks included
(``white-space: pre-wrap``), and every label sits in the line of text, so that no label can cover another:

- quote content has the background of its type (`quotes.palette.TYPE_COLORS`) and starts with a label
  naming the type (``direct``, ``indirect``, ``mixed``);
- a speaker mention has the colour of its canonical speaker, whose name shows on hover (``title``) and in
  the legend;
- a cue is underlined in grey, its lemma on hover.

Everything taken from the document (text, names, titles) is HTML-escaped.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import is_in_jupyter

from . import component  # noqa: F401  (registers doc._.quote_rows and doc._.quotes_error)
from .extract import find_quotes, load_model
from .model import QUOTE_TYPES, Quote
from .palette import CUE_COLOR, TYPE_COLORS, speaker_color

#: The class of every label drawn in the text (the quote types).
LABEL_CLASS = "quotes-label"
_FONT = "-apple-system, 'Segoe UI', Helvetica, Arial, 'DejaVu Sans', sans-serif"
_TEXT_STYLE = f"white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2; font-size: 16px; font-family: {_FONT}"
_LABEL_STYLE = (
    "font-size: 0.72em; font-weight: bold; color: #000; padding: 1px 4px; margin-right: 3px; border-radius: 3px; "
    "border: 1px solid rgba(0, 0, 0, 0.35); white-space: nowrap; user-select: none; vertical-align: 0.1em"
)
_LEGEND_STYLE = f"font-size: 13px; line-height: 2.2; margin: 0.4em 0 1em; font-family: {_FONT}"
_KEY_STYLE = "padding: 2px 6px; border-radius: 3px; margin-right: 4px; white-space: nowrap; color: #000"
#: Quote content is drawn in its type's colour at this opacity (two digits of hex alpha), so that nested
#: highlights stay readable.
_CONTENT_ALPHA = "66"
# Which mark nests inside which when two start and end at the same characters.
_LAYER = {"quote": 0, "speaker": 1, "cue": 1}


class NotebookHTML(str):
    """A string of HTML that a Jupyter notebook shows rendered, like a DataFrame shows as a table."""

    def _repr_html_(self) -> str:
        return str(self)


def render(
    doc_or_text: Doc | str,
    *,
    nlp: Language | None = None,
    jupyter: bool | None = None,
    page: bool = False,
) -> str:
    """Draw one document with its quotes highlighted, and a legend of the quote types and speakers.

    Quote content is highlighted in its type's colour and starts with a label naming the type; the speaker
    mention is in its speaker's colour, with the canonical speaker on hover; the cue is underlined. The
    quotes are ``doc._.quotes`` if the ``quotes`` component ran, else `find_quotes` finds them.

    Args:
        doc_or_text: a parsed `Doc`, or a text to parse with ``nlp``.
        nlp: the pipeline for a text; by default `load_model()`.
        jupyter: in Jupyter (``None``: as spaCy detects it) the result is a `NotebookHTML`, which the
            notebook shows rendered when it is the cell's value (``display(...)`` shows it too).
        page: a full HTML page instead of a fragment.

    Returns:
        The HTML: a ``<div class="quotes-render">`` fragment, or a whole page.
    """
    doc = doc_or_text if isinstance(doc_or_text, Doc) else (nlp or load_model())(doc_or_text)
    drawing = _Drawing([doc])
    if page:
        markup = drawing.page()
    else:
        markup = f'<div class="quotes-render">{drawing.legend()}{drawing.document(0)}</div>'
    if jupyter or (jupyter is None and is_in_jupyter()):
        return NotebookHTML(markup)
    return markup


def render_page(
    docs: Iterable[Doc | str],
    *,
    nlp: Language | None = None,
    titles: Iterable[str] | None = None,
) -> str:
    """A full HTML page drawing many documents, with a legend of all the speakers quoted.

    Each document is headed by its title (``titles``, else ``doc.user_data["title"]``) and the speakers
    quoted in it. A speaker has the same colour in every document.

    Args:
        docs: parsed `Doc`s, or texts to parse with ``nlp`` (by default `load_model()`).
        nlp: the pipeline for texts.
        titles: a heading per document.

    Returns:
        The HTML page.
    """
    items = list(docs)
    if any(isinstance(d, str) for d in items):
        nlp = nlp or load_model()
        items = [nlp(d) if isinstance(d, str) else d for d in items]
    return _Drawing(items, titles=None if titles is None else list(titles)).page()


@dataclass(frozen=True)
class Mark:
    """One highlighted stretch of text: ``[start, end)``, its kind, and its HTML.

    Attributes:
        start: where the mark starts (a character offset into the text).
        end: where it ends (exclusive).
        kind: ``"quote"``, ``"speaker"`` or ``"cue"``: the ``<span>``'s class is ``quotes-{kind}``.
        style: the span's CSS.
        title: the text shown on hover.
        label: a label drawn in the line of text where the mark starts (a quote's type or status).
        label_color: the label's background.
        classes: more classes for the span (``status-altered``).
    """

    start: int
    end: int
    kind: str
    style: str
    title: str
    label: str | None = None
    label_color: str = ""
    classes: str = ""

    def nesting(self) -> tuple[int, int, int]:
        """Outer marks first: earlier start, then later end, then quotes around speakers and cues."""
        return (self.start, -self.end, _LAYER[self.kind])

    def open(self, *, first: bool) -> str:
        classes = f"quotes-{self.kind} {self.classes}".strip()
        tag = f'<span class="{html.escape(classes)}" style="{self.style}" title="{html.escape(self.title)}">'
        if first and self.label is not None:
            tag += f'<span class="{LABEL_CLASS}" style="{_LABEL_STYLE}; background: {self.label_color}">{html.escape(self.label)}</span>'
        return tag


class _Drawing:
    """The quotes of some documents, with one colour per speaker across them all."""

    def __init__(self, docs: Sequence[Doc], titles: Sequence[str | None] | None = None) -> None:
        self.docs = list(docs)
        titles = list(titles) if titles is not None else [doc.user_data.get("title") for doc in self.docs]
        if len(titles) != len(self.docs):
            raise ValueError(f"titles: {len(titles)} titles for {len(self.docs)} documents; give one per document")
        self.titles = titles
        self.quotes: list[list[Quote]] = []
        self.errors: list[str | None] = []
        for doc in self.docs:
            try:
                self.quotes.append(_quotes_of(doc))
                self.errors.append(doc._.quotes_error)
            except Exception as err:  # a bad document never stops the page: it is drawn without quotes
                self.quotes.append([])
                self.errors.append(f"{type(err).__name__}: {err}")
        self.speaker_colors: dict[str, str] = {}
        for quotes in self.quotes:
            for quote in quotes:
                name = _speaker_name(quote)
                if name is not None and name not in self.speaker_colors:
                    self.speaker_colors[name] = speaker_color(len(self.speaker_colors))

    def page(self) -> str:
        """The whole page: a heading and legend, then every document."""
        body = "".join(self.document(i) for i in range(len(self.docs)))
        return draw_page("Quotes", f"{self.legend()}\n{body}")

    def document(self, i: int) -> str:
        """One document: its title (and speakers, on a page of many), then the text with the quotes drawn."""
        head = ""
        if self.titles[i] is not None:
            head += f'<h2 style="margin: 0.2em 0; font-size: 1.2em">{html.escape(str(self.titles[i]))}</h2>'
        if self.errors[i]:
            head += f'<p style="color: #b00; margin: 0">(quotes failed: {html.escape(self.errors[i])})</p>'
        if len(self.docs) > 1:
            head += self.legend(self.quotes[i])
        text = self.docs[i].text
        return draw_document(text, self._marks(text, self.quotes[i]), head)

    def legend(self, quotes: Iterable[Quote] | None = None) -> str:
        """Colour keys for the quote types and the cue, then the speakers with their number of quotes."""
        quotes = [q for qs in self.quotes for q in qs] if quotes is None else list(quotes)
        types = Counter(q.type for q in quotes)
        keys = [legend_key(f"background: {TYPE_COLORS[t]}; border: 1px solid rgba(0, 0, 0, 0.35)", t, types[t]) for t in QUOTE_TYPES]
        keys.append(legend_key(cue_style(), "cue", None))
        speakers = Counter(name for name in map(_speaker_name, quotes) if name is not None)
        by_count = sorted(speakers.items(), key=lambda item: (-item[1], item[0]))
        people = [legend_key(f"background: {self.speaker_colors[name]}", name, n) for name, n in by_count]
        line = "<b>Quotes:</b> " + "".join(keys)
        if people:
            line += "<br><b>Speakers:</b> " + "".join(people)
        return f'<div class="quotes-legend" style="{_LEGEND_STYLE}">{line}</div>'

    def _marks(self, text: str, quotes: Iterable[Quote]) -> list[Mark]:
        marks: dict[tuple[int, int, str], Mark] = {}

        def add(start: int | None, end: int | None, mark: Mark) -> None:
            if start is not None and end is not None and 0 <= start < end <= len(text):
                marks.setdefault((start, end, mark.kind), mark)

        for quote in quotes:
            name = _speaker_name(quote)
            said = f"{quote.type} quote; speaker: {name or '(none found)'}" + (f"; cue: {quote.cue}" if quote.cue else "")
            color = TYPE_COLORS.get(quote.type, CUE_COLOR)
            content_style = f"background: {color}{_CONTENT_ALPHA}; border-radius: 3px"
            add(quote.quote_start, quote.quote_end,
                Mark(quote.quote_start or 0, quote.quote_end or 0, "quote", content_style, said, quote.type, color))  # fmt: skip
            if name is not None:
                how = "" if quote.speaker_resolution in (None, "as-written") else f" ({quote.speaker_resolution})"
                style = f"background: {self.speaker_colors[name]}; border-radius: 3px; font-weight: 600"
                add(quote.speaker_start, quote.speaker_end,
                    Mark(quote.speaker_start or 0, quote.speaker_end or 0, "speaker", style, f"speaker: {name}{how}"))  # fmt: skip
            cue_title = f"cue: {quote.cue_lemma or quote.cue}"
            add(quote.cue_start, quote.cue_end, Mark(quote.cue_start or 0, quote.cue_end or 0, "cue", cue_style(), cue_title))
        return list(marks.values())


def draw_page(heading: str, body: str, *, title: str = "quotes") -> str:
    """A whole HTML page in the drawing's look: ``heading`` (escaped) over ``body`` (HTML)."""
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title)}</title>\n</head>\n'
        f'<body style="margin: 1.5em auto; max-width: 62em; padding: 0 1em; color: #222; font-family: {_FONT}">\n'
        f'<h1 style="margin: 0">{html.escape(heading)}</h1>\n{body}</body>\n</html>\n'
    )


def draw_document(text: str, marks: Iterable[Mark], head: str = "") -> str:
    """One document drawn in its own spacing and line breaks: ``head`` (HTML), then ``text`` with ``marks``."""
    return (
        '<figure class="quotes-doc" style="margin: 0 0 2.5em; padding: 0.8em 1em; border: 1px solid #ddd; '
        f'border-radius: 5px">{head}<div class="quotes-text" style="{_TEXT_STYLE}">{draw_text(text, marks)}'
        "</div></figure>\n"
    )


def draw_text(text: str, marks: Iterable[Mark]) -> str:
    """``text``, escaped, with ``marks`` as nested ``<span>``s. A mark that crosses the end of another is
    closed there and opened again, so the HTML is well nested; its label is drawn only where it starts."""
    by_start: dict[int, list[Mark]] = {}
    points = {0, len(text)}
    for mark in marks:
        by_start.setdefault(mark.start, []).append(mark)
        points.update((mark.start, mark.end))
    out: list[str] = []
    active: list[Mark] = []
    stack: list[Mark] = []
    ordered = sorted(points)
    for a, b in zip(ordered, ordered[1:]):
        active = [m for m in active if m.end > a] + by_start.get(a, [])
        wanted = sorted(active, key=Mark.nesting)
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.append("</span>" * (len(stack) - keep))
        out.extend(m.open(first=m.start == a) for m in wanted[keep:])
        stack = wanted
        out.append(html.escape(text[a:b], quote=False))
    out.append("</span>" * len(stack))
    return "".join(out)


def _quotes_of(doc: Doc) -> list[Quote]:
    if doc._.quote_rows is not None:  # the `quotes` component ran
        return doc._.quotes
    return find_quotes(doc)


def _speaker_name(quote: Quote) -> str | None:
    if quote.speaker_start is None:
        return None
    return quote.speaker_canonical or quote.speaker


def cue_style() -> str:
    """The CSS of a cue: underlined in `quotes.palette.CUE_COLOR`."""
    return f"border-bottom: 3px solid {CUE_COLOR}; background: {CUE_COLOR}55"


def legend_key(style: str, text: str, count: int | None) -> str:
    """A colour key of the legend: ``text`` in ``style``, then ``count`` (none when ``None``)."""
    number = "" if count is None else f' <span style="color: #555">{count}</span>'
    key = f'<span class="quotes-key" style="{_KEY_STYLE}; {style}">{html.escape(text)}</span>{number}'
    return f'<span style="white-space: nowrap; margin-right: 12px; display: inline-block">{key}</span>'
