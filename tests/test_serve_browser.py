"""`quotes serve` as a person uses it: the real server, driven in headless Chromium.

Starts ``python -m quotes serve`` on 127.0.0.1 on a free port, with one worker process, then in Chromium
(Debian's ``chromium``, driven by Playwright with that executable: no browser is downloaded): pastes a
seed article and sees the highlighted quotes, the table and the speakers; sorts the table; uploads two
files and downloads the CSV, which must be what ``quotes extract`` writes for the same files; uploads a
file that cannot be read and sees its error beside the others; in the second tab, pastes an original and a
rewrite and sees each quote of the rewrite drawn by its status. No request may go to another host.

``QUOTES_SCREENSHOT=docs/serve.png python -m pytest tests/test_serve_browser.py`` also saves the
screenshot used in the README. CI installs Chromium (``.ci/run``); elsewhere the test is skipped, saying
why, when Playwright or Chromium is missing.
"""

from __future__ import annotations

import html
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
PASTED = SEEDS / "003_906719fa59c08b9a.txt"
UPLOADED = SEEDS / "000_69839728d357f881.txt"
EXAMPLE = ROOT / "examples" / "harbour-bridge.txt"
SCREENSHOT_ARTICLE = ROOT / "examples" / "council-budget.txt"
CHECK_REWRITE = ROOT / "tests" / "data" / "check" / "council-budget-rewrite.txt"
STARTUP_SECONDS = 180
#: A screenshot of the page with an article drawn is far larger than this; a blank page is smaller.
MIN_PNG_BYTES = 20_000

sync_api = pytest.importorskip(
    "playwright.sync_api", reason='the browser test needs Playwright: pip install ".[dev]"'
)


def chromium_path() -> str | None:
    for candidate in (os.environ.get("QUOTES_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The real server on 127.0.0.1, a free port, one worker process; its address."""
    if not PASTED.exists() or not UPLOADED.exists():
        pytest.skip(f"the seed articles are not beside the checkout ({SEEDS})")
    process = subprocess.Popen(
        [sys.executable, "-m", "quotes", "serve", "--host", "127.0.0.1", "--port", "0", "--workers", "1"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stderr], daemon=True).start()  # type: ignore[union-attr]
    try:
        address = None
        seen = []
        while address is None:
            try:
                line = lines.get(timeout=STARTUP_SECONDS)
            except queue.Empty:
                pytest.fail(f"the server did not start in {STARTUP_SECONDS} s: {''.join(seen)}")
            seen.append(line)
            found = re.search(r"serving (http://127\.0\.0\.1:\d+/)", line)
            address = found.group(1) if found else None
            if process.poll() is not None and address is None:
                pytest.fail(f"the server exited: {''.join(seen)}")
        yield address
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium to drive: apt-get install -y chromium (.ci/run does), or set QUOTES_CHROMIUM")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=["--disable-gpu"])
        yield launched
        launched.close()


def cli_csv(*paths: Path) -> bytes:
    result = CliRunner().invoke(cli, ["extract", *map(str, paths)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout.encode("utf8")


def as_html(text: str) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    title = html.escape(paragraphs[0])
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[1:])
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | News</nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Comments</footer></body></html>"
    )


def test_paste_upload_and_download_in_chromium(server: str, browser: object, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 1500}, accept_downloads=True)  # type: ignore[attr-defined]
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    failures: list[str] = []
    page.on("pageerror", lambda error: failures.append(str(error)))
    page.goto(server)

    # Paste a seed article: its drawing, table and speakers appear.
    page.fill("#paste-text", PASTED.read_text(encoding="utf8"))
    page.fill("#paste-name", "coalition")
    page.click("#paste-run")
    article = page.locator('article.document[data-doc-id="coalition"]')
    article.wait_for(timeout=120_000)
    expected_rows = cli_csv(PASTED).decode("utf8").count("\n003_906719fa59c08b9a,")
    assert expected_rows > 3
    assert article.locator("table.quotes tbody tr").count() == expected_rows
    drawing = article.locator(".drawing")
    assert drawing.locator(".quotes-render").count() == 1
    drawn = drawing.inner_text()
    # quotes.render: speakers carry the canonical name on hover, cues are marked, the type labels are text.
    assert drawing.locator('.quotes-speaker[title^="speaker: "]').count() > 0 and drawing.locator(".quotes-cue").count() > 0
    assert "direct" in drawn or "indirect" in drawn
    assert "US Central Command" in article.locator(".speakers").inner_text()
    assert "Done (1 input)" in page.inner_text("#progress-text")

    # The table sorts by a column, both ways.
    header = article.locator("th", has_text="confidence")
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    values = [float(v) for v in article.locator("tbody td:nth-child(7)").all_inner_texts()]
    assert values == sorted(values)
    header.locator("button").click()
    values = [float(v) for v in article.locator("tbody td:nth-child(7)").all_inner_texts()]
    assert values == sorted(values, reverse=True)

    # Clear, upload two files (a .txt and an .html), download the CSV: it is quotes extract's.
    page.click("#clear")
    assert page.locator("article").count() == 0
    story = tmp_path / "harbour-bridge.html"
    story.write_text(as_html(EXAMPLE.read_text(encoding="utf8")), encoding="utf8")
    page.set_input_files("#files", [str(UPLOADED), str(story)])
    page.locator("article.document").nth(1).wait_for(timeout=120_000)
    page.wait_for_function("document.querySelector('#progress-text').textContent.startsWith('Done (2 inputs)')")
    ids = [page.locator("article.document").nth(i).get_attribute("data-doc-id") for i in range(2)]
    assert ids == [UPLOADED.stem, "harbour-bridge"]
    with page.expect_download() as download:
        page.click("#download-csv")
    assert download.value.suggested_filename == "quotes.csv"
    got = Path(download.value.path()).read_bytes()
    assert got == cli_csv(UPLOADED, story)

    # A file that cannot be read shows its error; the articles already read stay.
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("headline,body\nBridge,It reopens.\n", encoding="utf8")
    page.set_input_files("#files", [str(sheet)])
    error = page.locator('article.status-error[data-doc-id="sheet"] .error')
    error.wait_for(timeout=60_000)
    assert "text" in error.inner_text()
    assert page.locator("article.document.status-ok").count() == 2
    assert "1 failed" in page.inner_text("#progress-text")

    # The screenshot (for the README) shows an article of the repository's own examples, not a seed's text.
    page.click("#clear")
    page.fill("#paste-text", SCREENSHOT_ARTICLE.read_text(encoding="utf8"))
    page.fill("#paste-name", SCREENSHOT_ARTICLE.stem)
    page.click("#paste-run")
    page.locator("article.document").wait_for(timeout=120_000)
    page.evaluate("window.scrollTo(0, 0); document.querySelector('#paste-text').scrollTop = 0")
    shot = page.screenshot(path=str(tmp_path / "serve.png"))
    assert len(shot) > MIN_PNG_BYTES
    target = os.environ.get("QUOTES_SCREENSHOT")
    if target:
        Path(target).write_bytes(shot)

    # The second tab: paste an original and a rewrite, see each quote of the rewrite drawn by its status.
    page.click("#tab-check")
    assert page.locator("#panel-extract").is_hidden() and page.locator("#panel-check").is_visible()
    page.fill("#check-original", SCREENSHOT_ARTICLE.read_text(encoding="utf8"))
    page.fill("#check-derived", CHECK_REWRITE.read_text(encoding="utf8"))
    page.click("#check-run")
    checked = page.locator("#check-result article.checked")
    checked.wait_for(timeout=120_000)
    statuses = {"verbatim": 2, "fragment": 1, "elided": 1, "altered": 1, "misattributed": 1, "not-found": 1}
    assert {status: checked.locator(f".drawing .quotes-quote.status-{status}").count() for status in statuses} == statuses
    assert checked.locator("table.quotes tbody tr").count() == 7
    assert "Some quotes need a look" in checked.locator(".verdict").inner_text()
    altered = checked.locator(".drawing .quotes-quote.status-altered").get_attribute("title")
    assert altered.startswith("altered\noriginal in original (Margaret Okafor): “But we cannot spend money")
    shot = page.screenshot(path=str(tmp_path / "serve-check.png"), full_page=True)
    if os.environ.get("QUOTES_CHECK_SCREENSHOT"):
        Path(os.environ["QUOTES_CHECK_SCREENSHOT"]).write_bytes(shot)

    assert failures == []
    assert requested and all(url.startswith(server) or url.startswith("data:") for url in requested), requested
    page.close()
