"""Throughput of `quotes` against bare ``nlp.pipe`` with the same pipeline, in one run.

Prints words per second for both and their ratio (quotes / bare; 1.0 means extraction is free).
The texts are the BBC News corpus at ../shared/corpora/bbc-news when it is there, else the
development gold set's texts repeated.

    python benchmarks/throughput.py [--limit 500] [--model NAME] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import quotes

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news"
DEV = ROOT / "tests" / "data" / "dev.jsonl"


def load_texts(limit: int) -> tuple[str, list[str]]:
    if BBC.is_dir():
        paths = sorted(BBC.glob("*/*.txt"))[:limit]
        return "bbc-news", [p.read_bytes().decode("utf8", errors="replace") for p in paths]
    texts = [json.loads(line)["text"] for line in DEV.open(encoding="utf8")]
    return "dev set (repeated)", (texts * (limit // max(len(texts), 1) + 1))[:limit]


def timed(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500, help="number of documents")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: quotes' default)")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    nlp = quotes.load_model(args.model)
    source, texts = load_texts(args.limit)
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:20], batch_size=args.batch_size))  # warm up

    bare = timed(lambda: [None for _ in nlp.pipe(texts, batch_size=args.batch_size)])
    n_quotes = 0

    def run_quotes() -> None:
        nonlocal n_quotes
        for result in quotes.extract_many(texts, nlp=nlp, batch_size=args.batch_size):
            n_quotes += len(result.quotes)

    full = timed(run_quotes)
    print(f"corpus: {source}, {len(texts)} documents, {words} words, pipeline {nlp.meta['name']} {nlp.pipe_names}")
    print(f"bare nlp.pipe : {words / bare:10.0f} words/s ({bare:.1f} s)")
    print(f"quotes        : {words / full:10.0f} words/s ({full:.1f} s), {n_quotes} quotes")
    print(f"ratio quotes/bare: {bare / full:.3f}  (extraction overhead {100 * (full - bare) / bare:+.1f}%)")


if __name__ == "__main__":
    main()
