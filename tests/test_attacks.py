"""Issue 12, the attack suite (part 1): the run itself under attack. Where the output goes (missing
directories, read-only places, a full disk, an input or an input folder), signals (SIGTERM), and closed
standard streams. Each attack runs the real command in a real process, with real files and signals, and
checks that every input document is in the output exactly once (see the ``accounted`` fixture: the run's
closing lines print "documents lost: N over M inputs").

Tests/test_attacks_input.py attacks the inputs (hostile records, documents that cost too much, folders,
the Python API).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: A pipeline name that cannot load: a run that fails with exit 2 under it checked its arguments before
#: loading the model.
NO_MODEL = {"QUOTES_MODEL": "no_such_pipeline_for_quotes_tests"}


def quotes_run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 300, shell_prefix: str = "", **popen
) -> subprocess.CompletedProcess[str]:
    """``python -m quotes ARGS`` in a fresh process (``shell_prefix``: bash redirections such as ``<&-``)."""
    command = [sys.executable, "-m", "quotes", *args]
    if shell_prefix:
        command = ["bash", "-c", f'exec "$@" {shell_prefix}', "quotes", *command]
    popen.setdefault("stdin", subprocess.DEVNULL)
    popen.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        command,
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        **popen,
    )


def write_corpus(folder: Path, n: int) -> list[str]:
    """``n`` short made-up articles, ``00.txt``... in ``folder``; returns their doc_ids."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:02d}.txt").write_text(
            f"Harbour works, day {i}.\n\n“We will open the pier in {i + 2} weeks,” the mayor, Tilda Marsh, said.\n\n"
            f"Councillor Ben Aduya told reporters that item {i} had cost too much.",
            encoding="utf-8",
        )
    return [f"{i:02d}" for i in range(n)]


def jsonl_ids(path: Path) -> list[str]:
    return [json.loads(line)["doc_id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


# --------------------------------------------------------------------------------------------- output paths


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("“The pier opens in May,” the mayor said.", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("option", "where", "expected"),
    [
        ("-o", "nope/x.csv", ["nope", "does not exist", "create it"]),
        ("--docs-out", "nope/d.csv", ["--docs-out", "nope", "does not exist"]),
        ("-o", "/sys/quotes-test.csv", ["/sys/quotes-test.csv", "ermission denied", "writable location"]),
    ],
    ids=["missing-directory", "docs-out-missing-directory", "read-only-location"],
)
def test_an_output_that_cannot_be_written_is_refused_before_the_model_loads(
    tmp_path: Path, article: Path, option: str, where: str, expected: list[str]
) -> None:
    target = where if where.startswith("/") else str(tmp_path / where)
    result = quotes_run("extract", str(article), option, target, env=NO_MODEL)
    assert result.returncode == 2
    line = one_line(result.stderr)
    for words in expected:
        assert words in line
    assert not os.path.exists(target)


def test_output_equal_to_an_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    content = "".join(json.dumps({"doc_id": f"n{i}", "text": "“Yes,” she said."}) + "\n" for i in range(12))
    feed.write_text(content, encoding="utf-8")
    for option in ("-o", "--docs-out"):
        target = feed if option == "-o" else tmp_path / "." / "feed.jsonl"  # the same file, spelt differently
        result = quotes_run("extract", str(feed), option, str(target), "-f", "jsonl", env=NO_MODEL)
        assert result.returncode == 2
        assert "is also an input" in one_line(result.stderr) and "feed.jsonl" in result.stderr
        assert feed.read_text(encoding="utf-8") == content


def test_output_equal_to_docs_out_is_refused(tmp_path: Path, article: Path) -> None:
    out = tmp_path / "out.csv"
    result = quotes_run("extract", str(article), "-o", str(out), "--docs-out", str(out), env=NO_MODEL)
    assert result.returncode == 2
    assert "--docs-out" in one_line(result.stderr) and "its own file" in result.stderr
    assert not out.exists()


def test_output_inside_an_input_folder_is_refused_unless_it_would_not_be_read(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 2)
    result = quotes_run("extract", str(corpus), "-o", str(corpus / "quotes.csv"), env=NO_MODEL)
    assert result.returncode == 2
    assert "inside the input directory" in one_line(result.stderr) and "quotes.csv" in result.stderr
    # A parquet file or a hidden one is not read as an article: allowed (the model is then needed).
    allowed = quotes_run("extract", str(corpus), "-o", str(corpus / ".quotes.csv"), env=NO_MODEL)
    assert allowed.returncode == 1 and "no_such_pipeline_for_quotes_tests" in allowed.stderr


def test_a_full_disk_is_one_line_naming_the_file_and_resume(tmp_path: Path, article: Path) -> None:
    result = quotes_run("extract", str(article), "-o", "/dev/full", "-f", "csv", "-q")
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert "cannot write /dev/full: No space left on device" in line and "--resume" in line


def test_stdout_on_a_full_disk_is_one_line(article: Path) -> None:
    with open("/dev/full", "w") as full:
        result = quotes_run("extract", str(article), "-q", stdout=full)
    assert result.returncode == 1
    assert "cannot write standard output: No space left on device" in one_line(result.stderr)


# --------------------------------------------------------------------------------------------- streams


def test_closed_stdin_is_a_usage_error(tmp_path: Path) -> None:
    result = quotes_run("extract", "-", shell_prefix="<&-", env=NO_MODEL)
    assert result.returncode == 2
    assert "standard input is closed" in one_line(result.stderr)


def test_closed_stdout_is_a_usage_error_and_a_file_output_still_works(tmp_path: Path, article: Path, accounted) -> None:
    result = quotes_run("extract", str(article), shell_prefix=">&-", env=NO_MODEL, stdout=None)
    assert result.returncode == 2
    assert "standard output is closed" in one_line(result.stderr) and "-o FILE" in result.stderr
    out = tmp_path / "out.jsonl"
    written = quotes_run("extract", str(article), "-o", str(out), "-q", shell_prefix=">&- <&-", stdout=None)
    assert written.returncode == 0, written.stderr
    accounted(["a"], jsonl_ids(out))


# --------------------------------------------------------------------------------------------- signals


def start_and_signal(args: list[str], out: Path, signum: int, lines: int = 3) -> tuple[subprocess.Popen, float]:
    """Start ``quotes ARGS``, wait until ``out`` holds ``lines`` lines, send ``signum``; returns the process
    and the time the signal was sent."""
    process = subprocess.Popen(
        [sys.executable, "-m", "quotes", *args], cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= lines:
                break
            time.sleep(0.01)
        assert process.poll() is None, "the run ended before it could be signalled"
        process.send_signal(signum)
        return process, time.monotonic()
    except BaseException:
        process.kill()
        process.wait()
        raise


def test_sigterm_ends_the_run_like_ctrl_c_and_resume_loses_nothing(tmp_path: Path, accounted) -> None:
    ids = write_corpus(tmp_path / "corpus", 30)
    out = tmp_path / "out.jsonl"
    args = ["extract", str(tmp_path / "corpus"), "-o", str(out)]
    process, sent = start_and_signal([*args, "--batch-size", "1"], out, signal.SIGTERM)
    try:
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 1
    assert "Aborted!" in stderr and "Traceback" not in stderr
    assert time.monotonic() - sent < 10
    assert 0 < len(jsonl_ids(out)) < 30
    resumed = quotes_run(*args, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    accounted(ids, jsonl_ids(out))
