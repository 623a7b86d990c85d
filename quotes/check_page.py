"""Drawing `quotes check` results: the derived articles with each quote coloured by its status.

Hovering a quote shows its status, the original wording it was matched to (and where), and the word
differences. Plain HTML and CSS, no script, so the page opens anywhere and can be attached to an email.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

import pandas as pd

#: Background colour of each status (green: passes the check; amber: altered; red: misattributed or not found).
STATUS_COLORS = {
    "verbatim": "#b7efc5",
    "fragment": "#cdeccf",
    "elided": "#dcefb5",
    "altered": "#ffd37a",
    "misattributed": "#ff9e9e",
    "not-found": "#ffb3c7",
}

_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 52em; margin: 2em auto; line-height: 1.6; color: #222; }
h2 { font-size: 1.1em; margin-top: 2em; border-bottom: 1px solid #ddd; }
.text { white-space: pre-wrap; }
mark { border-radius: 3px; padding: 0 2px; cursor: help; }
.legend span { display: inline-block; margin: 0 .4em .4em 0; padding: 0 .4em; border-radius: 3px; }
.summary { color: #555; }
"""


def _title(row: Mapping[str, object]) -> str:
    """The hover text of one checked quote."""
    lines = [str(row["status"])]
    original = row.get("original_quote")
    if isinstance(original, str) and original:
        speaker = row.get("original_speaker")
        said = f" ({speaker})" if isinstance(speaker, str) and speaker else ""
        lines.append(f"original in {row.get('original_doc_id')}{said}: “{original}”")
    elif isinstance(row.get("original_doc_id"), str):
        lines.append(f"found in the text of {row['original_doc_id']}")
    differences = row.get("differences")
    if isinstance(differences, str) and differences:
        lines.append(f"differences: {differences}")
    return "\n".join(lines)


def render_checked(checked: pd.DataFrame, derived: pd.DataFrame, texts: Mapping[str, str], *, title: str = "quotes check") -> str:
    """A whole HTML page: each derived article with its checked quotes coloured by status.

    Args:
        checked: the table `quotes.check` returns.
        derived: the derived articles' quote table (`doc_id`, `quote_index`, `quote_start`, `quote_end`).
        texts: the derived articles' texts by doc_id; an article without its text is left out.
        title: the page's title.
    """
    spans = derived.set_index(["doc_id", "quote_index"])[["quote_start", "quote_end"]]
    counts = checked["status"].value_counts()
    legend = "".join(
        f'<span style="background:{color}">{status}: {int(counts.get(status, 0))}</span>' for status, color in STATUS_COLORS.items()
    )
    parts = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>",
        f"<style>{_STYLE}</style></head><body><h1>{html.escape(title)}</h1>",
        f"<p class='legend'>{legend}</p><p class='summary'>Hover a quote for the original wording.</p>",
    ]
    for doc_id, rows in checked.groupby("doc_id", sort=False):
        text = texts.get(str(doc_id))
        if text is None:
            continue
        marks = []
        for row in rows.to_dict("records"):
            key = (row["doc_id"], row["quote_index"])
            if key in spans.index:
                start, end = spans.loc[key]
                if pd.notna(start) and pd.notna(end):
                    marks.append((int(start), int(end), row))
        parts.append(f"<h2>{html.escape(str(doc_id))}</h2><div class='text'>")
        position = 0
        for start, end, row in sorted(marks, key=lambda m: m[0]):
            if start < position:  # overlapping quotes: the first one drawn wins
                continue
            color = STATUS_COLORS.get(str(row["status"]), "#eee")
            parts.append(html.escape(text[position:start]))
            parts.append(
                f'<mark class="{html.escape(str(row["status"]))}" style="background:{color}" '
                f'title="{html.escape(_title(row))}">{html.escape(text[start:end])}</mark>'
            )
            position = end
        parts.append(html.escape(text[position:]) + "</div>")
    parts.append("</body></html>")
    return "".join(parts)
