"""Benchmark `quotes trace`: the BBC corpus's quotes, then ten times as many, and how the time grows.

The corpus is extracted once and its quote table cached (in the system's temporary folder, or
``--cache DIR``); tracing reads the table. The 10x table is ten copies of the corpus's quotes, each copy
after the first with a changed word planted in a third of its direct and mixed quotes (so copies are
near-duplicates to compare, not identical rows). Each size is traced in a fresh process, so the peak
memory (RSS) is that size's own.

    python benchmarks/trace.py            # ../shared/corpora/bbc-news when it is there, else the dev set
    python benchmarks/trace.py --repeat 3 --scale 10

Prints quotes per second, peak memory, the clusters found, and the ratio of the 10x time to the 1x time
(linear growth is about 10; all pairs would be about 100).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT / ".." / "shared" / "corpora" / "bbc-news"
DEV = ROOT / "tests" / "data" / "dev.jsonl"


def corpus() -> Path:
    """The BBC corpus when it is there, else the development set (a small stand-in)."""
    return BBC if BBC.is_dir() else DEV


def cached_table(source: Path, cache: Path) -> Path:
    """The quote table of ``source``, extracted once with `quotes extract` and kept in ``cache``."""
    cache.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha1(str(source.resolve()).encode()).hexdigest()[:12]
    table = cache / f"quotes-{key}.csv"
    if not table.exists():
        print(f"extracting {source} once -> {table} (a few minutes for the BBC corpus)", file=sys.stderr)
        partial = table.with_suffix(".partial.csv")
        subprocess.run([sys.executable, "-m", "quotes", "extract", str(source), "-o", str(partial), "-q"], check=False)
        partial.rename(table)
    return table


def scaled(table_path: Path, scale: int, seed: int = 0):  # -> pd.DataFrame
    """``scale`` copies of the table; copies after the first have a word changed in a third of their quotes."""
    import pandas as pd

    from quotes.quote_tables import read_quote_table

    table = read_quote_table(table_path)
    rng = random.Random(seed)
    copies = [table]
    for k in range(1, scale):
        copy = table.copy()
        copy["doc_id"] = copy["doc_id"] + f"#copy{k}"
        quoted = copy.index[copy["type"].isin(["direct", "mixed"]) & copy["quote"].notna()]
        for label in rng.sample(list(quoted), len(quoted) // 3):
            words = str(copy.at[label, "quote"]).split()
            if len(words) > 3:
                words[rng.randrange(len(words))] = rng.choice(["never", "always", "million", "nobody", "perhaps"])
                copy.at[label, "quote"] = " ".join(words)
        copies.append(copy)
    return pd.concat(copies, ignore_index=True)


def run_one(table_path: Path, scale: int, repeat: int) -> dict:
    """Trace the scaled table (in this process) and measure it."""
    from quotes.trace import summarize_clusters, trace_frame

    frame = scaled(table_path, scale)
    best = float("inf")
    traced = None
    for _ in range(repeat):
        start = time.perf_counter()
        traced = trace_frame(frame)
        best = min(best, time.perf_counter() - start)
    clusters = summarize_clusters(traced)
    return {
        "scale": scale,
        "rows": len(frame),
        "traced": len(traced),
        "seconds": best,
        "clusters": len(clusters),
        "shared_clusters": int((clusters["n_documents"] > 1).sum()),
        "altered_clusters": int(clusters["altered"].sum()),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "quotes-trace-benchmark")
    parser.add_argument("--scale", type=int, default=10, help="The larger size, in copies of the corpus (10).")
    parser.add_argument("--repeat", type=int, default=1, help="Best of this many runs per size.")
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)  # internal: one size, in a fresh process
    parser.add_argument("--table", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run_one(args.table, args.run, args.repeat)))
        return
    source = corpus()
    table = cached_table(source, args.cache)
    results = []
    for scale in (1, args.scale):
        out = subprocess.run(
            [sys.executable, __file__, "--run", str(scale), "--table", str(table), "--repeat", str(args.repeat)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"corpus: {source.name} ({results[0]['rows']} quotes extracted, {results[0]['traced']} traced)")
    for r in results:
        print(
            f"{r['scale']:>3}x: {r['traced']:>7} traced quotes in {r['seconds']:.2f} s = {r['traced'] / r['seconds']:,.0f} quotes/s; "
            f"peak RSS {r['peak_rss_mb']:.0f} MB; {r['clusters']} clusters, {r['shared_clusters']} in more than one "
            f"document, {r['altered_clusters']} with an altered quote"
        )
    one, many = results
    print(f"time {args.scale}x / 1x: {many['seconds'] / one['seconds']:.1f} (quotes {many['traced'] / one['traced']:.0f}x)")


if __name__ == "__main__":
    main()
