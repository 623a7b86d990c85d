"""Drawing `quotes check` results: the derived articles with each quote coloured by its status.

One drawing for ``quotes check --html``, ``quotes show DERIVED --against ORIGINAL`` and the check tab of
``quotes serve``: `quotes.render`'s (the article in its own spacing, labels in the line of text, nothing
covering anything), with the status in place of the quote type and the colours of
`quotes.palette.STATUS_COLORS`. Hovering a quote shows its status, the original wording it was matched to
(and where, and who said it), and the word differences; the speaker mention and the cue are marked as in
`quotes show`. Plain HTML and CSS, no script: the page opens anywhere and can be attached to an email.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import replace

import pandas as pd

from .check import STATUSES, summary_line
from .palette import STATUS_COLORS
from .render import Mark, cue_style, draw_document, draw_page, legend_key

__all__ = ["STATUS_COLORS", "hover_text", "render_checked"]

#: Quote content is drawn in its status's colour at this opacity (two hex digits of alpha), the label in full.
_CONTENT_ALPHA = "66"
_SPEAKER_STYLE = "font-weight: 600; border-bottom: 2px dotted #555"
_LEGEND_STYLE = "font-size: 13px; line-height: 2.2; margin: 0.4em 0 1em"


def hover_text(row: Mapping[str, object]) -> str:
    """The hover text of one checked quote (a row of `quotes.check`): status, original wording, differences."""
    lines = [str(row["status"])]
    original = row.get("original_quote")
    if isinstance(original, str) and original:
        speaker = row.get("original_speaker")
        said = f" ({speaker})" if isinstance(speaker, str) and speaker else ""
        lines.append(f"original in {row.get('original_doc_id')}{said}: “{original}”")
    elif isinstance(row.get("original_doc_id"), str):
        lines.append(f"found in the text of {row['original_doc_id']}")
    here = row.get("speaker_canonical")
    if row["status"] == "misattributed" and isinstance(here, str) and here:
        lines.append(f"here given to: {here}")
    differences = row.get("differences")
    if isinstance(differences, str) and differences:
        lines.append(f"differences: {differences}")
    return "\n".join(lines)


def render_checked(
    checked: pd.DataFrame,
    derived: pd.DataFrame,
    texts: Mapping[str, str],
    *,
    title: str = "quotes check",
    page: bool = True,
) -> str:
    """Draw the derived articles with each checked quote coloured by its status, the original on hover.

    Args:
        checked: the table `quotes.check` returns.
        derived: the derived articles' quote table (`doc_id`, `quote_index` and the offsets of quote,
            speaker and cue, as `quotes extract` writes them).
        texts: the derived articles' texts by doc_id, drawn in this order (one without quotes too); a
            checked quote whose article has no text here is counted in the legend but not drawn.
        title: the page's heading.
        page: a whole HTML page; else a ``<div class="quotes-render quotes-check">`` fragment.

    Returns:
        The HTML. Each checked quote is a ``<span class="quotes-quote status-{status}">`` whose label is its
        status and whose ``title`` is `hover_text`; every text taken from the documents is escaped.
    """
    spans = derived.drop_duplicates(["doc_id", "quote_index"]).set_index(["doc_id", "quote_index"])
    body = [_legend(checked)]
    by_doc = {str(doc_id): rows for doc_id, rows in checked.groupby("doc_id", sort=False)}
    for doc_id, text in texts.items():
        rows = by_doc.get(str(doc_id), checked.iloc[:0])
        marks: dict[tuple[int, int, str], Mark] = {}  # a speaker of two quotes is marked once
        for row in rows.to_dict("records"):
            for mark in _marks(row, spans, len(text)):
                marks.setdefault((mark.start, mark.end, mark.kind), mark)
        head = (
            f'<h2 style="margin: 0.2em 0; font-size: 1.2em">{html.escape(str(doc_id))}</h2>'
            f'<p style="color: #555; margin: 0 0 0.4em; font-size: 13px">{html.escape(summary_line(rows))}</p>'
        )
        body.append(draw_document(text, marks.values(), head))
    if page:
        return draw_page(title, "\n".join(body), title=title)
    return f'<div class="quotes-render quotes-check">{"".join(body)}</div>'


def _legend(checked: pd.DataFrame) -> str:
    counts = checked["status"].value_counts()
    keys = [
        legend_key(f"background: {STATUS_COLORS[s]}; border: 1px solid rgba(0, 0, 0, 0.35)", s, int(counts.get(s, 0)))
        for s in STATUSES
    ]
    keys += [legend_key(_SPEAKER_STYLE, "speaker", None), legend_key(cue_style(), "cue", None)]
    return (
        f'<div class="quotes-legend" style="{_LEGEND_STYLE}"><b>Quotes checked:</b> {"".join(keys)}'
        '<br><span style="color: #555">Hover a quote for the original wording.</span></div>'
    )


def _marks(row: dict[str, object], spans: pd.DataFrame, length: int) -> list[Mark]:
    """The marks of one checked quote: its content (by status), and its speaker mention and cue."""
    key = (row["doc_id"], row["quote_index"])
    if key not in spans.index:
        return []
    found = spans.loc[key]
    status = str(row["status"])
    color = STATUS_COLORS.get(status, "#ddd")
    out = []

    def add(start: object, end: object, mark: Mark) -> None:
        if pd.notna(start) and pd.notna(end) and 0 <= int(start) < int(end) <= length:
            out.append(replace(mark, start=int(start), end=int(end)))

    content = f"background: {color}{_CONTENT_ALPHA}; border-radius: 3px"
    add(found.get("quote_start"), found.get("quote_end"),
        Mark(0, 0, "quote", content, hover_text(row), status, color, f"status-{status}"))  # fmt: skip
    speaker = row.get("speaker_canonical")
    if isinstance(speaker, str) and speaker:
        add(found.get("speaker_start"), found.get("speaker_end"), Mark(0, 0, "speaker", _SPEAKER_STYLE, f"speaker: {speaker}"))
    cue = found.get("cue_lemma") if isinstance(found.get("cue_lemma"), str) else found.get("cue")
    if isinstance(cue, str) and cue:
        add(found.get("cue_start"), found.get("cue_end"), Mark(0, 0, "cue", cue_style(), f"cue: {cue}"))
    return out
