"""Look at `quotes show` in a real browser: render the seed articles, screenshot the page in headless Chromium.

Not part of CI (it needs Chromium: ``apt-get install -y chromium``). Usage::

    python scripts/screenshot_show.py [--out DIR] [--chromium PATH]

Writes ``show.html`` and ``show.png`` into DIR (default: a new temporary directory), checks that the PNG
is a real screenshot and that the highlighted spans are in the DOM Chromium built, and prints the paths.
Then the same for ``quotes show --against`` (``check.html``, ``check.png``): a rewrite of the repository's
example article (tests/data/check) checked against the original, every status drawn.
Exit code 0 when all is well (or the seed articles are absent: then it says so), 1 when a check fails.
"""

from __future__ import annotations

import argparse
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples"
STATUSES = ("verbatim", "fragment", "elided", "altered", "misattributed", "not-found")
#: Flags that keep headless Chromium offline and quiet.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
WINDOW = (1280, 4200)  # tall enough for both seed articles
#: A screenshot of a page with text is far larger than this; a blank one is smaller.
MIN_PNG_BYTES = 20_000


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (raises ValueError if it is not a PNG)."""
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    return struct.unpack(">II", head[16:24])


def chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="directory for show.html and show.png (default: a temporary one)")
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="the Chromium binary")
    args = parser.parse_args()

    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        print(f"skipped: no seed articles in {SEEDS}")
        return 0
    if not Path(args.chromium).exists():
        print(f"skipped: no Chromium at {args.chromium} (apt-get install -y chromium)")
        return 0
    out = args.out or Path(tempfile.mkdtemp(prefix="quotes-show-"))
    out.mkdir(parents=True, exist_ok=True)
    page, png = out / "show.html", out / "show.png"

    subprocess.run([sys.executable, "-m", "quotes", "show", *map(str, seeds), "-o", str(page)], check=True)
    markup = page.read_text("utf8")
    labels = len(re.findall(r'class="quotes-label"', markup))

    failures = []
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        size = f"--window-size={WINDOW[0]},{WINDOW[1]}"
        chromium(args.chromium, Path(profile), f"--screenshot={png}", size, page.as_uri())
        dom = chromium(args.chromium, Path(profile), "--dump-dom", page.as_uri()).stdout

    if not png.exists():
        failures.append("Chromium wrote no screenshot")
    else:
        if png_size(png) != WINDOW:
            failures.append(f"screenshot is {png_size(png)}, not {WINDOW}")
        if png.stat().st_size < MIN_PNG_BYTES:
            failures.append(f"screenshot is only {png.stat().st_size} bytes: is the page blank?")
    dom_labels = len(re.findall(r'class="quotes-label"', dom))
    if labels == 0:
        failures.append("the page has no highlighted spans")
    if dom_labels != labels:
        failures.append(f"the page has {labels} span labels, the rendered DOM {dom_labels}")
    for seed in seeds:
        if seed.stem not in dom:
            failures.append(f"{seed.stem} is not in the rendered DOM")
    if 'title="speaker: ' not in dom:
        failures.append("no speaker (with the canonical name on hover) in the rendered DOM")
    if "position: absolute" in dom:
        failures.append("a label is positioned out of the flow of the text, where it can cover another")

    failures += screenshot_check(args.chromium, out)
    print(f"page: {page}\nscreenshot: {png}\nspan labels: {labels} in the page, {dom_labels} in the DOM")
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures else 0


def screenshot_check(binary: str, out: Path) -> list[str]:
    """``quotes show REWRITE --against ORIGINAL``: screenshot it, and check every status is in the DOM."""
    page, png = out / "check.html", out / "check.png"
    rewrite = ROOT / "tests" / "data" / "check" / "council-budget-rewrite.txt"
    command = [sys.executable, "-m", "quotes", "show", str(rewrite), "--against", str(EXAMPLES / "council-budget.txt"), "-o", str(page)]  # fmt: skip
    subprocess.run(command, check=False)  # exit code 1: some quotes do not pass, as planted
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        chromium(binary, Path(profile), f"--screenshot={png}", "--window-size=1100,900", page.as_uri())
        dom = chromium(binary, Path(profile), "--dump-dom", page.as_uri()).stdout
    failures = [f"check page: no {status} quote in the DOM" for status in STATUSES if f"status-{status}" not in dom]
    if not png.exists() or png.stat().st_size < MIN_PNG_BYTES:
        failures.append("check page: no screenshot, or a blank one")
    print(f"check page: {page}\ncheck screenshot: {png}")
    return failures


if __name__ == "__main__":
    sys.exit(main())
