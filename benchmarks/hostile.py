"""Time and peak memory of hostile documents against clean documents of the same size, in one run.

Each document is read from a file and run through `quotes` (read, parse, extract, write JSONL) in a fresh
process, as ``quotes extract FILE`` would; the time is that of the run after the model has loaded, the
memory the process's peak RSS (from ``wait4``). The hostile documents (issue 12):

- ``marks``: 100,000 quotation marks in a row (spaCy's tokenizer is quadratic on runs of punctuation);
- ``random``: 1 MB of random bytes in a ``.txt``;
- ``line``: a 990,000-character article with no line break;
- ``big``: 20 MB of text on one line (``--big-mb``).

The clean document for each is news text of the same number of characters (the BBC corpus at
../shared/corpora/bbc-news when it is there, else the development set's texts), paragraphs as usual. The
ratio is hostile / clean; the goal is at most 2 for time and under 1 GB of memory for every document.

    python benchmarks/hostile.py [--kinds marks random line big] [--big-mb 20] [--model NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's quotes, not another one installed
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news"
DEV = ROOT / "tests" / "data" / "dev.jsonl"
KINDS = ("marks", "random", "line", "big")


def news_text(n_chars: int, *, one_line: bool = False) -> str:
    """``n_chars`` characters of news articles (repeated as needed), with their paragraphs or on one line."""
    if BBC.is_dir():
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(BBC.glob("*/*.txt"))]
    else:
        texts = [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")]
    parts, size, i = [], 0, 0
    while size < n_chars:
        text = texts[i % len(texts)]
        text = " ".join(text.split()) if one_line else text.strip()
        parts.append(text)
        size += len(text) + 2
        i += 1
    joined = (" " if one_line else "\n\n").join(parts)
    return joined[:n_chars]


def hostile_bytes(kind: str, big_mb: float) -> bytes:
    if kind == "marks":
        return ("“" * 50_000 + '"' * 50_000).encode()
    if kind == "random":
        return random.Random(12).randbytes(1_000_000)
    if kind == "line":
        return news_text(990_000, one_line=True).encode()
    return news_text(int(big_mb * 1_000_000), one_line=True).encode()


def clean_bytes(n_chars: int) -> bytes:
    return news_text(n_chars).encode()


def measure(path: Path, model: str | None) -> dict:
    """Run `child` on ``path`` in a fresh process; its report plus peak RSS in MB."""
    command = [sys.executable, __file__, "--child", str(path)] + (["--model", model] if model else [])
    with tempfile.TemporaryFile("w+") as report:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=report, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        report.seek(0)
        text = report.read()
    if process.returncode != 0:
        raise SystemExit(f"the run on {path} failed (exit {process.returncode})")
    result = json.loads(text.strip().splitlines()[-1])
    result["peak_mb"] = usage.ru_maxrss / 1024
    result["process_seconds"] = wall
    return result


def child(path: str, model: str | None) -> None:
    """In the fresh process: load the model, then read, extract and write ``path`` as the CLI does."""
    import quotes
    from quotes.io import extract_documents, read_inputs, write_table

    nlp = quotes.load_model(model)
    start = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        pairs = list(extract_documents(read_inputs([path]), nlp=nlp))
        write_table(pairs, sink, "jsonl")
    seconds = time.perf_counter() - start
    [(document, result)] = pairs
    print(json.dumps({"seconds": seconds, "status": result.status, "message": result.message[:80],
                      "n_chars": len(document.text), "quotes": len(result.quotes)}))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--big-mb", type=float, default=20.0, help="size of the 'big' one-line document")
    parser.add_argument("--model")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.model)
        return
    corpus = "bbc-news" if BBC.is_dir() else "dev set"
    print(f"clean text: {corpus}; time after the model has loaded; peak RSS of the process", flush=True)
    header = f"{'document':<10} {'chars':>11} {'status':<7} {'hostile s':>9} {'clean s':>8} {'ratio':>6} " \
             f"{'hostile MB':>10} {'clean MB':>9} {'ratio':>6}"  # fmt: skip
    print(header, flush=True)
    with tempfile.TemporaryDirectory() as folder:
        for kind in args.kinds:
            data = hostile_bytes(kind, args.big_mb)
            hostile_path = Path(folder) / f"{kind}.txt"
            hostile_path.write_bytes(data)
            clean_path = Path(folder) / f"{kind}-clean.txt"
            n_chars = len(data.decode("utf-8", errors="replace"))
            clean_path.write_bytes(clean_bytes(n_chars))
            hostile, clean = measure(hostile_path, args.model), measure(clean_path, args.model)
            time_ratio = hostile["seconds"] / max(clean["seconds"], 1e-9)
            memory_ratio = hostile["peak_mb"] / clean["peak_mb"]
            print(
                f"{kind:<10} {n_chars:>11,} {hostile['status']:<7} {hostile['seconds']:>9.2f} {clean['seconds']:>8.2f} "
                f"{time_ratio:>6.2f} {hostile['peak_mb']:>10.0f} {clean['peak_mb']:>9.0f} {memory_ratio:>6.2f}",
                flush=True,
            )
            if hostile["status"] != "ok":
                print(f"{'':<10} {kind}: {hostile['message']}", flush=True)


if __name__ == "__main__":
    main()
