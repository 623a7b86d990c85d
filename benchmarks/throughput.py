"""Speed and memory of `quotes` against bare ``nlp.pipe`` with the same pipeline, in one run.

Prints, for the same texts:

- ``throughput``: words per second of bare ``nlp.pipe``, of quotes end to end, and of quotes in fast
  mode (its default sentence of context where needed, before every kept sentence, and none), with their ratios to bare (1.0: extraction is free). Runs are interleaved and repeated
  (``--repeat``); the best of each is kept, as wall-clock and as CPU time of this process (CPU time
  is steadier on a busy machine).
- ``fast``: quote and quote+speaker F1 on the development gold set, normal vs fast mode, how much of
  the corpus fast mode parses, and how many of its quotes fast mode finds with the same span and
  speaker (with the default context, and with none).
- ``processes``: quotes with ``--n-process`` workers against one process (wall clock), and whether
  the output is identical.
- ``memory``: peak RSS of a fresh process that reads the corpus lazily and writes CSV as it goes,
  for the corpus and for ten times the corpus (the same documents again under other ids), and
  their ratio.
- ``long``: one document of ``--long-mb`` megabytes (the corpus's articles joined by blank lines,
  longer than spaCy's ``max_length``), in a fresh process: time, quotes, peak RSS.

The texts are the BBC News corpus at ../shared/corpora/bbc-news when it is there, else the
development gold set's texts repeated.

Last, it prints the figures of this run as one Markdown table headed by the command that made it: the
README's "Speed and scale" table is that output, pasted whole.

    python benchmarks/throughput.py [--limit 300] [--parts throughput fast processes memory long]
        [--model NAME] [--batch-size 32] [--n-process 2] [--repeat 3] [--memory-limit 200] [--long-mb 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import quotes
import quotes.fast
from quotes.io import write_table
from quotes.model import Document

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news"
DEV = ROOT / "tests" / "data" / "dev.jsonl"
PARTS = ("throughput", "fast", "processes", "memory", "long")
#: The rows of the summary table, (what, measured), in the order they were measured.
SUMMARY: list[tuple[str, str]] = []


def note(what: str, measured: str) -> None:
    """Add a row to the summary table printed at the end."""
    SUMMARY.append((what, measured))


def summary_table(command: str, header: str) -> str:
    """The summary rows as a Markdown table, after a line saying how they were made."""
    lines = [f"`{command}` ({header}):", "", "| What | Measured |", "|---|---|"]
    lines += [f"| {what} | {measured} |" for what, measured in SUMMARY]
    return "\n".join(lines)


def corpus_name() -> str:
    return "bbc-news" if BBC.is_dir() else "dev set (repeated; ../shared/corpora/bbc-news not found)"


def iter_documents(limit: int, copies: int = 1) -> Iterator[Document]:
    """The corpus's first ``limit`` documents, ``copies`` times over, read one at a time."""
    for copy in range(copies):
        if BBC.is_dir():
            for path in sorted(BBC.glob("*/*.txt"))[:limit]:
                text = path.read_bytes().decode("utf8", errors="replace")
                yield Document(doc_id=f"{copy}/{path.parent.name}/{path.stem}", text=text)
        else:
            texts = [json.loads(line)["text"] for line in DEV.open(encoding="utf8")]
            for i in range(limit):
                yield Document(doc_id=f"{copy}/{i}", text=texts[i % len(texts)])


def n_words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of ``run()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# --------------------------------------------------------------------------------------------- parts


def throughput(nlp, texts: list[str], batch_size: int, repeat: int) -> None:
    words = n_words(texts)

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass

    def full(fast: bool, context: int = quotes.fast.CONTEXT_SENTENCES, when_needed: bool = True) -> Callable[[], None]:
        def run() -> None:
            with fast_context(context, when_needed):
                for _ in quotes.extract_many(texts, nlp=nlp, batch_size=batch_size, fast=fast):
                    pass

        return run

    runs = {
        "bare nlp.pipe": bare,
        "quotes": full(False),
        "quotes --fast": full(True),
        "fast, always context": full(True, when_needed=False),
        "fast, context 0": full(True, 0),
    }
    best = {name: (float("inf"), float("inf")) for name in runs}
    for _ in range(repeat):  # interleaved, so that a busy spell hits every contender alike
        for name, run in runs.items():
            wall, cpu = timed(run)
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    print(f"\n## throughput (best of {repeat}; words/s by wall clock and by CPU time)")
    bare_wall, bare_cpu = best["bare nlp.pipe"]
    for name, (wall, cpu) in best.items():
        print(
            f"{name:20s}: {words / wall:8.0f} words/s wall  {words / cpu:8.0f} words/s CPU"
            f"   ratio to bare: {bare_wall / wall:.3f} wall, {bare_cpu / cpu:.3f} CPU"
        )
    rows = {
        "bare nlp.pipe": "bare `nlp.pipe`",
        "quotes": "`quotes`, one process",
        "quotes --fast": "fast mode (`--fast`: context where needed)",
        "fast, always context": "fast mode, `--fast-context always`",
        "fast, context 0": "fast mode, `--fast-context none`",
    }
    for name, (wall, cpu) in best.items():
        ratio = "" if name == "bare nlp.pipe" else f": {bare_cpu / cpu:.2f}x bare"
        note(rows[name], f"{words / cpu:,.0f} words/s (CPU time, best of {repeat}){ratio}")


def fast_accuracy(nlp, texts: list[str], batch_size: int) -> None:
    print("\n## fast mode accuracy")
    default = quotes.fast.CONTEXT_SENTENCES
    for context, when_needed in ((default, True), (default, False), (0, True)):
        with fast_context(context, when_needed):
            where = "where needed" if when_needed and context else "before every kept sentence" if context else ""
            print(f"- fast mode with {context} sentence(s) of context {where}:")
            level = "needed" if when_needed and context else "always" if context else "none"
            note(f"fast mode `{level}`: accuracy", fast_figures(nlp, texts, batch_size))


def fast_figures(nlp, texts: list[str], batch_size: int) -> str:
    """Print fast mode's scores against normal mode's, and return them in a line for the summary."""
    from quotes.evaluate import evaluate

    normal, fast = (evaluate(DEV, nlp=nlp, batch_size=batch_size, fast=f) for f in (False, True))
    for name in ("quote", "quote+speaker"):
        a, b = normal[name]["f1"], fast[name]["f1"]
        print(f"dev gold {name:14s} F1: normal {100 * a:.2f}  fast {100 * b:.2f}  loss {100 * (a - b):+.2f} points")
    qs = normal["quote+speaker"]["f1"], fast["quote+speaker"]["f1"]
    a, b = (scores["speaker_canonical"]["accuracy"] for scores in (normal, fast))
    print(f"dev gold canonical speaker accuracy: normal {100 * a:.1f}%  fast {100 * b:.1f}%")
    line = (
        f"dev gold quote+speaker F1 {100 * qs[1]:.1f} (normal {100 * qs[0]:.1f}), "
        f"canonical speakers {100 * b:.1f}% right (normal {100 * a:.1f}%)"
    )
    normal = list(quotes.extract_many(texts, nlp=nlp, batch_size=batch_size))
    fast = list(quotes.extract_many(texts, nlp=nlp, batch_size=batch_size, fast=True))
    kept = sum(len(quotes.fast.excerpt(t).text) for t in texts) / max(sum(len(t) for t in texts), 1)
    total = same_span = same_speaker = same_canonical = found = 0
    for a, b in zip(normal, fast):
        by_span = {(q.quote_start, q.quote_end): q for q in b.quotes}
        total += len(a.quotes)
        found += len(b.quotes)
        for q in a.quotes:
            r = by_span.get((q.quote_start, q.quote_end))
            if r is not None:
                same_span += 1
                same_speaker += (q.speaker_start, q.speaker_end) == (r.speaker_start, r.speaker_end)
                same_canonical += q.speaker_canonical == r.speaker_canonical
    if total:
        print(
            f"corpus: fast mode parses {kept:.1%} of the text; normal {total} quotes, fast {found}; of normal's, fast has "
            f"the same span {same_span / total:.1%}, same speaker mention {same_speaker / total:.1%}, "
            f"same canonical speaker {same_canonical / total:.1%}"
        )
    return f"{kept:.0%} of the text parsed; {line}"


@contextmanager
def fast_context(sentences: int, when_needed: bool = True) -> Iterator[None]:
    """Run fast mode with ``sentences`` sentences of context before each kept sentence that needs them
    (``when_needed``), or before every one."""
    saved = quotes.fast.CONTEXT_SENTENCES, quotes.fast.CONTEXT_WHEN_NEEDED
    quotes.fast.CONTEXT_SENTENCES, quotes.fast.CONTEXT_WHEN_NEEDED = sentences, when_needed
    try:
        yield
    finally:
        quotes.fast.CONTEXT_SENTENCES, quotes.fast.CONTEXT_WHEN_NEEDED = saved


def processes(nlp, texts: list[str], batch_size: int, n_process: int) -> None:
    words = n_words(texts)
    outputs = {}
    walls = {}
    for n in (1, n_process):
        results: list = []
        walls[n], _ = timed(lambda: results.extend(quotes.extract_many(texts, nlp=nlp, batch_size=batch_size, n_process=n)))
        outputs[n] = quotes.to_frame(results)
    same = outputs[1].equals(outputs[n_process])
    print("\n## processes (wall clock)")
    print(f"n_process=1 : {words / walls[1]:8.0f} words/s ({walls[1]:.1f} s)")
    print(f"n_process={n_process} : {words / walls[n_process]:8.0f} words/s ({walls[n_process]:.1f} s)")
    print(f"speed-up: {walls[1] / walls[n_process]:.2f}x, identical output: {same}")
    identical = "identical output" if same else "output DIFFERS"
    note(f"`n_process={n_process}`", f"{walls[1] / walls[n_process]:.2f}x one process (wall clock), {identical}")


def child(args: list[str]) -> dict:
    """Run this script with ``args`` in a fresh process and return the JSON line it prints last."""
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def memory(limit: int, model: str | None, batch_size: int) -> None:
    extra = ["--model", model] if model else []
    runs = {copies: child(["--child-memory", str(copies), "--limit", str(limit), "--batch-size", str(batch_size), *extra]) for copies in (1, 10)}
    one, ten = runs[1], runs[10]
    print("\n## memory (fresh process each: read lazily, write CSV as it goes)")
    for copies, run in runs.items():
        print(f"{copies:2d}x corpus: {run['documents']:6d} documents, {run['quotes']:6d} quotes, peak RSS {run['rss_mb']:.0f} MB ({run['seconds']:.0f} s)")
    print(f"ratio 10x/1x: {ten['rss_mb'] / one['rss_mb']:.3f}")
    note(f"peak RSS, {one['documents']} articles / the same x10", f"{one['rss_mb']:.0f} MB / {ten['rss_mb']:.0f} MB")


def long_document(megabytes: float, model: str | None) -> None:
    extra = ["--model", model] if model else []
    run = child(["--child-long", str(megabytes), *extra])
    print(f"\n## one long document ({run['chars']:,} characters; spaCy max_length {run['max_length']:,})")
    print(
        f"{run['quotes']} quotes in {run['seconds']:.0f} s ({run['words'] / run['seconds']:.0f} words/s), "
        f"{run['chunks']} chunks, offsets slice back: {run['offsets_ok']}, peak RSS {run['rss_mb']:.0f} MB"
    )
    note(
        f"one {megabytes:g} MB document",
        f"{run['chunks']} chunks, {run['quotes']:,} quotes, {run['seconds']:.0f} s, {run['rss_mb']:.0f} MB peak RSS",
    )


# --------------------------------------------------------------------------------------------- children


def child_memory(copies: int, limit: int, model: str | None, batch_size: int) -> None:
    nlp = quotes.load_model(model)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        summary = write_table(quotes.extract_many(iter_documents(limit, copies), nlp=nlp, batch_size=batch_size), Path(tmp) / "out.csv", "csv")
    seconds = time.perf_counter() - started
    print(json.dumps({"documents": summary.documents, "quotes": summary.quotes, "rss_mb": peak_rss_mb(), "seconds": seconds}))


def child_long(megabytes: float, model: str | None) -> None:
    from quotes.extract import plan_excerpts

    nlp = quotes.load_model(model)
    target = int(megabytes * 1_000_000)
    pieces, size = [], 0
    while size < target:
        for document in iter_documents(10**6):
            pieces.append(document.text.strip())
            size += len(pieces[-1]) + 2
            if size >= target:
                break
    text = "\n\n".join(pieces)
    started = time.perf_counter()
    found = quotes.extract(text, nlp=nlp)
    seconds = time.perf_counter() - started
    ok = all(text[q.quote_start : q.quote_end] == q.quote for q in found) and all(
        text[q.speaker_start : q.speaker_end] == q.speaker for q in found if q.speaker_start is not None
    )
    print(json.dumps({
        "chars": len(text), "words": len(text.split()), "max_length": nlp.max_length, "quotes": len(found),
        "chunks": len(plan_excerpts(text, max_length=nlp.max_length)), "seconds": seconds,
        "offsets_ok": ok, "rss_mb": peak_rss_mb(),
    }))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="documents for throughput, fast and processes")
    parser.add_argument("--parts", nargs="*", choices=PARTS, default=list(PARTS), help="what to measure")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: quotes' default)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--n-process", type=int, default=2, help="workers to compare with one process")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved runs of each throughput contender")
    parser.add_argument("--memory-limit", type=int, default=200, help="documents in the 1x corpus of the memory part")
    parser.add_argument("--long-mb", type=float, default=5.0, help="size of the long document, in MB")
    parser.add_argument("--child-memory", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-long", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child_memory:
        return child_memory(args.child_memory, args.limit, args.model, args.batch_size)
    if args.child_long:
        return child_long(args.child_long, args.model)

    load_before = os.getloadavg()[0]
    nlp = quotes.load_model(args.model)
    texts = [d.text for d in iter_documents(args.limit)]
    corpus = f"{corpus_name()}, {len(texts)} documents, {n_words(texts):,} words"
    print(f"corpus: {corpus}")
    print(f"pipeline {nlp.meta['name']} {nlp.pipe_names}, batch size {args.batch_size}")
    list(nlp.pipe(texts[:20], batch_size=args.batch_size))  # warm up
    if "throughput" in args.parts:
        throughput(nlp, texts, args.batch_size, args.repeat)
    if "fast" in args.parts:
        fast_accuracy(nlp, texts, args.batch_size)
    if "processes" in args.parts:
        processes(nlp, texts, args.batch_size, args.n_process)
    if "memory" in args.parts:
        memory(args.memory_limit, args.model, args.batch_size)
    if "long" in args.parts:
        long_document(args.long_mb, args.model)
    command = " ".join(["python benchmarks/throughput.py", *sys.argv[1:]])
    header = f"{corpus}; {nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}; {os.cpu_count()} cores; load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    print("\n## summary\n\n" + summary_table(command, header))


if __name__ == "__main__":
    main()
