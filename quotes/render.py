"""Seeing the quotes: displaCy's span view with the quote content, speakers and cues highlighted.

`render` draws one document (inline in Jupyter); `render_page` writes a whole HTML page for many, with a
legend of who is quoted. Both use ``spacy.displacy.render(..., style="span")``.
"""

from __future__ import annotations

import html
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence

from spacy import displacy
from spacy.language import Language
from spacy.displacy.templates import TPL_SPAN, TPL_SPAN_SLICE
from spacy.tokens import Doc, Span
from spacy.util import is_in_jupyter

from .component import char_span
from .extract import find_quotes, load_model
from .model import QUOTE_TYPES, Quote

#: The `doc.spans` key of the spans drawn (on a copy of the document; the caller's `Doc` is not changed).
RENDER_KEY = "quotes_render"
CUE_LABEL = "CUE"
SPEAKER_PREFIX = "SPEAKER: "
TYPE_COLORS = {"direct": "#7aecec", "indirect": "#feca74", "mixed": "#c887fb"}
CUE_COLOR = "#c7c7c7"
#: Speakers get these colours in order of first appearance (then round again).
SPEAKER_COLORS = (
    "#ff9561", "#8fd6ff", "#aa9cfc", "#f2c94c", "#9be15d", "#ff8197", "#66c2a5",
    "#e5c494", "#b3b3ff", "#fdb462", "#bfef45", "#f7a8d8",
)  # fmt: skip
_PARAGRAPH = "\u2029"  # stands for a line break in the token texts given to displaCy
# displaCy's span-start template, but the label does not wrap (a speaker's name is wider than "she"), and it
# carries no background of its own: the label HTML made by `_label_html` does, with a z-index so that a
# speaker's name stays on top of the labels it overlaps.
_TEMPLATE = {
    "span": TPL_SPAN,
    "slice": TPL_SPAN_SLICE,
    "start": """
<span style="background: {bg}; top: {top_offset}px; height: 4px; border-top-left-radius: 3px; border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">
    <span style="position: absolute; top: -0.5em; left: 0; font-size: 0.6em; font-weight: bold; line-height: 1; white-space: nowrap">{label}{kb_link}</span>
</span>
""",
}
_STYLE = """<style>
.quotes-legend { font-size: 13px; line-height: 2; margin: 0.5em 0 1em; font-weight: normal; }
.quotes-legend .key { padding: 2px 6px; border-radius: 3px; margin-right: 4px; white-space: nowrap; display: inline-block; line-height: 1.4; }
.quotes-legend .count { color: #555; margin-right: 10px; }
</style>"""


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
    """Draw one document with its quotes highlighted, and a legend of the speakers.

    Quote content is labelled with its type (``direct``, ``indirect``, ``mixed``), the speaker mention
    with ``SPEAKER: <canonical speaker>`` and the cue with ``CUE``. The quotes are ``doc._.quotes`` if
    the ``quotes`` component ran, else `find_quotes` finds them.

    Args:
        doc_or_text: a parsed `Doc`, or a text to parse with ``nlp``.
        nlp: the pipeline for a text; by default `load_model()`.
        jupyter: in Jupyter (``None``: as displaCy detects it) the result is a `NotebookHTML`, which
            the notebook shows rendered when it is the cell's value (``display(...)`` shows it too).
        page: a full HTML page instead of a fragment.

    Returns:
        The HTML.
    """
    doc = doc_or_text if isinstance(doc_or_text, Doc) else (nlp or load_model())(doc_or_text)
    drawing = _Drawing([doc])
    if page:
        markup = drawing.page()
    else:
        markup = f'<div class="quotes-render">{_STYLE}{drawing.legend()}{drawing.markup(page=False)}</div>'
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

    Each document is headed by its title (``titles``, else ``doc.user_data["title"]`` as displaCy uses
    it) and the speakers quoted in it. A speaker has the same colour in every document.

    Args:
        docs: parsed `Doc`s, or texts to parse with ``nlp`` (by default `load_model()`).
        nlp: the pipeline for texts.
        titles: a heading per document.
    """
    items = list(docs)
    if any(isinstance(d, str) for d in items):
        nlp = nlp or load_model()
        items = [nlp(d) if isinstance(d, str) else d for d in items]
    return _Drawing(items, titles=None if titles is None else list(titles)).page()


class _Drawing:
    """The quotes of some documents, turned into displaCy's span input, colours and legends."""

    def __init__(self, docs: Sequence[Doc], titles: Sequence[str] | None = None) -> None:
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
        self.colors: dict[str, str] = {**TYPE_COLORS, CUE_LABEL: CUE_COLOR}
        for quotes in self.quotes:
            for quote in quotes:
                name = _speaker_name(quote)
                if name is not None and SPEAKER_PREFIX + name not in self.colors:
                    n_speakers = len(self.colors) - len(TYPE_COLORS) - 1
                    self.colors[SPEAKER_PREFIX + name] = SPEAKER_COLORS[n_speakers % len(SPEAKER_COLORS)]

    def markup(self, *, page: bool) -> str:
        parsed = [self._parsed(i) for i in range(len(self.docs))]
        # displaCy looks the colours up by label (upper-cased): the labels are now HTML, see `_parsed`.
        colors = {self._label_html(label): color for label, color in self.colors.items()}
        options = {"colors": colors, "template": _TEMPLATE}
        out = displacy.render(parsed, style="span", manual=True, page=page, jupyter=False, options=options)
        return out.replace(_PARAGRAPH + " ", "<br>")

    def page(self) -> str:
        out = self.markup(page=True)
        out = out.replace("<title>displaCy</title>", "<title>quotes</title>" + _STYLE, 1)
        header = f'<h1 style="margin: 0">Quotes</h1>{self.legend()}'
        return re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + header, out, count=1)

    def legend(self, quotes: Iterable[Quote] | None = None) -> str:
        """Colour keys for the quote types and the cue, then the speakers with their number of quotes."""
        quotes = [q for qs in self.quotes for q in qs] if quotes is None else list(quotes)
        types = Counter(q.type for q in quotes)
        keys = [_key(self.colors[t], t, types[t]) for t in QUOTE_TYPES]
        keys.append(_key(CUE_COLOR, "cue", None))
        speakers = Counter(name for name in map(_speaker_name, quotes) if name is not None)
        by_count = sorted(speakers.items(), key=lambda item: (-item[1], item[0]))
        people = [_key(self.colors[SPEAKER_PREFIX + name], name, n) for name, n in by_count]
        line = "".join(keys)
        if people:
            line += "<br><b>Speakers:</b> " + "".join(people)
        return f'<span class="quotes-legend" style="display: block">{line}</span>'

    def _label_html(self, label: str) -> str:
        """The label as displaCy puts it in the page (as HTML): escaped, coloured, speakers on top."""
        layer = 3 if label.startswith(SPEAKER_PREFIX) else 1 if label == CUE_LABEL else 2
        color = self.colors.get(label, "#ddd")
        return (
            f'<span class="quotes-label" style="position: relative; z-index: {layer}; background: {color}; '
            f'color: #000; padding: 2px 3px; border-radius: 3px">{html.escape(label)}</span>'
        )

    def _parsed(self, i: int) -> dict:
        doc, quotes = self.docs[i], self.quotes[i]
        shown = doc.copy()
        shown.spans[RENDER_KEY] = _spans(shown, quotes)
        with warnings.catch_warnings():  # displaCy warns (W117) about a document with no spans
            warnings.simplefilter("ignore")
            parsed = displacy.parse_spans(shown, {"spans_key": RENDER_KEY})
        for span in parsed["spans"]:
            span["label"] = self._label_html(span["label"])
        # displaCy joins tokens with spaces and loses line breaks: mark them, and make them <br> afterwards.
        parsed["tokens"] = [_PARAGRAPH * min(t.count("\n"), 2) if t.isspace() and "\n" in t else t for t in parsed["tokens"]]
        # displaCy puts the title in as HTML: escape it, and add this document's speakers.
        title = html.escape(str(self.titles[i])) if self.titles[i] is not None else ""
        if self.errors[i]:
            title += f' <small style="color: #b00">(quotes failed: {html.escape(self.errors[i])})</small>'
        if len(self.docs) > 1:
            title += self.legend(quotes)
        parsed["title"] = title or None
        return parsed


def _quotes_of(doc: Doc) -> list[Quote]:
    if doc._.quote_rows is not None:  # the `quotes` component ran
        return doc._.quotes
    return find_quotes(doc)


def _speaker_name(quote: Quote) -> str | None:
    if quote.speaker_start is None:
        return None
    return quote.speaker_canonical or quote.speaker


def _spans(doc: Doc, quotes: Iterable[Quote]) -> list[Span]:
    spans, seen = [], set()
    for quote in quotes:
        name = _speaker_name(quote)
        parts = [
            (quote.quote_start, quote.quote_end, quote.type),
            (quote.speaker_start, quote.speaker_end, None if name is None else SPEAKER_PREFIX + name),
            (quote.cue_start, quote.cue_end, CUE_LABEL),
        ]
        for start, end, label in parts:
            span = char_span(doc, start, end)
            if span is not None and label is not None and (span.start, span.end, label) not in seen:
                seen.add((span.start, span.end, label))
                spans.append(Span(doc, span.start, span.end, label=label))
    return spans


def _key(color: str, text: str, count: int | None) -> str:
    number = "" if count is None else f'<span class="count">{count}</span>'
    return f'<span class="key" style="background: {color}">{html.escape(text)}</span>{number}'
