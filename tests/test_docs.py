"""The documentation a user reads is in the repository and says what the code does.

The gold format is documented in docs/gold-format.md (not in a file beside the checkout), its example is
valid gold, and the README's "Speed and scale" table is one run of the benchmark, with its command.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quotes.evaluate import read_gold, score

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf8")
GOLD_FORMAT = ROOT / "docs" / "gold-format.md"


def section(markdown: str, title: str) -> str:
    """The text of the ``## title`` section, up to the next heading of the same level."""
    start = markdown.index(f"\n## {title}\n")
    end = markdown.find("\n## ", start + 1)
    return markdown[start : end if end != -1 else len(markdown)]


def test_the_gold_format_is_documented_in_the_repository() -> None:
    assert GOLD_FORMAT.is_file()
    assert "docs/gold-format.md" in README
    sources = [README, *(path.read_text("utf8") for path in (ROOT / "quotes").rglob("*.py"))]
    assert not [s for s in sources if "shared/GOLD_FORMAT" in s], "users do not have ../shared: point to docs/gold-format.md"


def test_the_gold_format_example_is_valid_gold(tmp_path: Path) -> None:
    doc = GOLD_FORMAT.read_text("utf8")
    example = re.search(r"```json\n(.*?)```", doc, re.S).group(1)
    record = json.loads(example)  # one line in a file, wrapped for reading
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf8")
    (gold,) = read_gold(path)
    text = gold["text"]
    for quote in gold["quotes"]:
        assert text[slice(*quote["speaker"])] == quote["speaker_text"]
        assert text[slice(*quote["cue"])] in {"said", "told"}
        assert not text[slice(*quote["content"])].startswith(("“", '"'))  # no enclosing quotation marks
    scores = score([gold], [gold])
    assert scores["quote+speaker"]["f1"] == pytest.approx(1.0)
    for field in ("doc_id", "text", "quotes", "content", "speaker", "speaker_canonical", "cue", "type"):
        assert f"`{field}`" in doc


def test_the_speed_table_is_one_run_with_its_command() -> None:
    speed = section(README, "Speed and scale")
    tables = re.findall(r"(?:^\|.*\|\n)+", speed, re.M)
    assert len(tables) == 1, "one table, from one run"
    before = speed[: speed.index(tables[0])].rstrip().splitlines()
    assert before[-1].startswith("`python benchmarks/throughput.py"), "the line above the table is the command that made it"
    assert "load average" in before[-1]
    assert "vary with the machine and its load" in " ".join(speed.split())
    rows = [line.split("|")[1].strip() for line in tables[0].splitlines()[2:]]
    benchmark = (ROOT / "benchmarks" / "throughput.py").read_text("utf8")
    assert "bare `nlp.pipe`" in rows and "`quotes`, one process" in rows
    assert all("x10" not in row or "peak RSS" in row for row in rows)
    assert "summary_table(" in benchmark  # the benchmark prints the table
