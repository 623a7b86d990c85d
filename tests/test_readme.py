"""The README's Python code runs as written.

Every fenced block whose info string is ``python`` is run, each in a fresh namespace, in a temporary
working directory that holds ``examples/`` (a link to the repository's sample articles), so that files a
block writes stay out of the checkout. A block that cannot run as it stands (it needs a service, or shows
only a fragment) is marked on the line before its fence with

    <!-- readme-test: skip REASON -->

and is listed by `test_skipped_blocks_say_why`, so a skip is always visible and explained.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SKIP = re.compile(r"<!--\s*readme-test:\s*skip\b(?P<reason>[^>]*)-->\s*$")
FENCE = re.compile(r"^```(?P<info>[^\n`]*)\n(?P<code>.*?)^```\s*$", re.S | re.M)


def python_blocks() -> list[tuple[int, str, str | None]]:
    """(line number, code, skip reason or None) of every ```python block, in README order."""
    text = README.read_text("utf8")
    blocks = []
    for match in FENCE.finditer(text):
        if match.group("info").strip().split(" ")[0] != "python":
            continue
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        skip = SKIP.search(before)
        line = text.count("\n", 0, match.start()) + 1
        blocks.append((line, match.group("code"), skip.group("reason").strip() if skip else None))
    return blocks


BLOCKS = python_blocks()


def test_the_readme_has_python_blocks_to_run() -> None:
    assert len([b for b in BLOCKS if b[2] is None]) >= 3


def test_skipped_blocks_say_why() -> None:
    for line, _, reason in BLOCKS:
        assert reason is None or reason, f"README.md:{line}: a skipped block must give its reason"


@pytest.mark.parametrize("line,code", [(line, code) for line, code, skip in BLOCKS if skip is None], ids=lambda v: str(v) if isinstance(v, int) else "")
def test_readme_python_block_runs(line: int, code: str, tmp_path: Path, nlp: object) -> None:
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    cwd = os.getcwd()
    out = io.StringIO()
    try:
        os.chdir(tmp_path)
        with contextlib.redirect_stdout(out):
            exec(compile(code, f"README.md:{line}", "exec"), {"__name__": "__readme__"})
    finally:
        os.chdir(cwd)
    if "print(" in code:
        assert out.getvalue().strip(), f"README.md:{line} printed nothing"
