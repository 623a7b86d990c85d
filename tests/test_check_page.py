"""The drawing of `quotes check` results (quotes/check_page.py), by `quotes check --html` and `quotes show --against`."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from quotes.check import CHECK_COLUMNS, STATUSES
from quotes.check_page import hover_text, render_checked
from quotes.cli import cli
from quotes.palette import STATUS_COLORS
from quotes.render import LABEL_CLASS

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ORIGINAL = EXAMPLES / "council-budget.txt"
REWRITE = Path(__file__).resolve().parent / "data" / "check" / "council-budget-rewrite.txt"

# One derived article with a quote of every status (the check's results are given, not computed, here).
QUOTED = [
    ("verbatim", "We will reopen the pool in May."),
    ("fragment", "reopen the pool"),
    ("elided", "We will ... reopen the pool"),
    ("altered", "We will never close the pool."),
    ("misattributed", "The water is safe."),
    ("not-found", 'We said <b>"no"</b> & meant it.'),
]


def _article() -> tuple[str, pd.DataFrame, pd.DataFrame]:
    text = "Pool news <today>\n\n"
    derived, checked = [], []
    for index, (status, quote) in enumerate(QUOTED):
        text += "“"
        start = len(text)
        text += quote
        end = len(text)
        text += "” said "
        speaker_start = len(text)
        text += "Ana Ruiz"
        text += ".\n\n"
        derived.append({"doc_id": "copy<1>", "quote_index": index, "quote_start": start, "quote_end": end,
                        "speaker_start": speaker_start, "speaker_end": speaker_start + 8,
                        "cue": "said", "cue_lemma": "say", "cue_start": end + 2, "cue_end": end + 6})  # fmt: skip
        found = status != "not-found"
        checked.append({
            "doc_id": "copy<1>", "quote_index": index, "type": "direct", "quote": quote, "speaker_canonical": "Ana Ruiz",
            "status": status, "differences": '-"not" +"never"' if status == "altered" else "",
            "original_doc_id": "wire" if found else None, "original_quote_index": index if found else None,
            "original_quote": f"Original words {index} <i>as said</i>" if found else None,
            "original_speaker": "Tom Beale" if status == "misattributed" else ("Ana Ruiz" if found else None),
        })  # fmt: skip
    return text, pd.DataFrame(checked, columns=list(CHECK_COLUMNS)), pd.DataFrame(derived)


def _spans(page: str) -> dict[str, str]:
    """Each checked quote's status and its (unescaped) hover text, from the drawing."""
    found = re.findall(r'<span class="quotes-quote status-([a-z-]+)" style="[^"]*" title="([^"]*)">', page)
    return {status: html.unescape(title) for status, title in found}


def test_every_status_is_drawn_in_its_colour_with_its_label() -> None:
    text, checked, derived = _article()
    page = render_checked(checked, derived, {"copy<1>": text})
    assert set(_spans(page)) == set(STATUSES)
    for status in STATUSES:
        assert f'status-{status}" style="background: {STATUS_COLORS[status]}66' in page
        assert f'background: {STATUS_COLORS[status]}">{status}</span>' in page  # the label, in the line of text
    assert page.count(f'class="{LABEL_CLASS}"') == len(STATUSES)
    assert "1 verbatim, 1 fragment, 1 elided, 1 altered, 1 misattributed, 1 not-found" in page
    # the speaker mention (once, though six quotes share the name) and the cues are marked as quotes show marks them
    assert page.count('title="speaker: Ana Ruiz"') == len(QUOTED) and page.count('title="cue: say"') == len(QUOTED)


def test_hover_is_the_original_wording_with_where_and_who() -> None:
    text, checked, derived = _article()
    titles = _spans(render_checked(checked, derived, {"copy<1>": text}))
    assert titles["verbatim"] == "verbatim\noriginal in wire (Ana Ruiz): “Original words 0 <i>as said</i>”"
    assert titles["altered"] == 'altered\noriginal in wire (Ana Ruiz): “Original words 3 <i>as said</i>”\ndifferences: -"not" +"never"'
    assert titles["misattributed"].splitlines()[1:] == ["original in wire (Tom Beale): “Original words 4 <i>as said</i>”", "here given to: Ana Ruiz"]
    assert titles["not-found"] == "not-found"
    assert hover_text(checked.iloc[3].to_dict()) == titles["altered"]


def test_everything_from_the_documents_is_escaped() -> None:
    text, checked, derived = _article()
    page = render_checked(checked, derived, {"copy<1>": text}, title="check <3>")
    assert '<b>"no"' not in page and "<i>as said" not in page and "<today>" not in page and "copy<1>" not in page
    assert 'We said &lt;b&gt;"no"&lt;/b&gt; &amp; meant it.' in page  # the text, in the drawing
    assert "“Original words 0 &lt;i&gt;as said&lt;/i&gt;”" in page  # the original wording, in an attribute
    assert "Pool news &lt;today&gt;\n\n" in page  # the article's own line breaks, escaped
    assert "<h2" in page and "copy&lt;1&gt;</h2>" in page
    assert "<title>check &lt;3&gt;</title>" in page


def test_a_fragment_for_a_page_and_articles_in_the_order_given() -> None:
    text, checked, derived = _article()
    fragment = render_checked(checked, derived, {"plain": "Nobody was quoted.", "copy<1>": text}, page=False)
    assert fragment.startswith('<div class="quotes-render quotes-check">') and "<html" not in fragment
    assert fragment.index("Nobody was quoted.") < fragment.index("Pool news")
    assert "0 quotes: 0 verbatim" in fragment  # an article without quotes is drawn too
    assert "Pool news" not in render_checked(checked, derived, {}, page=False)  # no text, nothing drawn


def test_quotes_show_against_draws_what_quotes_check_html_draws(tmp_path: Path, nlp) -> None:
    runner = CliRunner()
    shown, checked = tmp_path / "show.html", tmp_path / "check.html"
    show = runner.invoke(cli, ["show", str(REWRITE), "--against", str(ORIGINAL), "-o", str(shown)], catch_exceptions=False)
    assert show.exit_code == 1  # as quotes check: some quotes do not pass
    assert "1 document drawn, 7 quotes: 2 verbatim, 1 fragment, 1 elided, 1 altered, 1 misattributed, 1 not-found" in show.stderr
    check = runner.invoke(cli, ["check", str(ORIGINAL), "--against", str(REWRITE), "--html", str(checked), "-o", str(tmp_path / "c.csv")],
                          catch_exceptions=False)  # fmt: skip
    assert check.exit_code == 1
    assert shown.read_text(encoding="utf8") == checked.read_text(encoding="utf8")
    titles = _spans(shown.read_text(encoding="utf8"))
    assert set(titles) == set(STATUSES)
    table = pd.read_csv(tmp_path / "c.csv")
    altered = table[table["status"] == "altered"].iloc[0]
    assert titles["altered"].splitlines()[1] == f"original in council-budget (Margaret Okafor): “{altered['original_quote']}”"
    assert "here given to: Tom Reyes" in titles["misattributed"]
    plain = runner.invoke(cli, ["show", str(REWRITE)], catch_exceptions=False)
    assert plain.exit_code == 0 and "status-" not in plain.stdout  # without --against: the usual drawing
