"""Speed of the rules alone: `find_quotes` on documents parsed once, against the parse itself, in one run.

`benchmarks/throughput.py` times `quotes` end to end, where parsing is most of the cost and a busy machine hides
what the rules cost. This script parses the texts once (timed), then runs only the rules over the parsed
documents ``--repeat`` times (the best run kept) and prints their CPU time as a fraction of the parse's, with the
time of each stage of `find_quotes` (finding and attributing quotes, resolving speakers, describing sources).
The extraction's share of a run of ``quotes extract`` is about rules / (parse + rules).

    python benchmarks/rules.py [--limit 200] [--repeat 5] [--model NAME] [--batch-size 32]

The texts are the BBC News corpus at ../shared/corpora/bbc-news when it is there, else the development gold
set's texts repeated.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the rules of this checkout

from quotes.attribute import attribute  # noqa: E402
from quotes.extract import find_quotes, load_model  # noqa: E402
from quotes.lexicon import default_lexicon  # noqa: E402
from quotes.resolve import resolve_speakers  # noqa: E402
from quotes.sources import describe_sources  # noqa: E402

BBC = ROOT.parent / "shared" / "corpora" / "bbc-news"
DEV = ROOT / "tests" / "data" / "dev.jsonl"


def read_texts(limit: int) -> tuple[str, list[str]]:
    """The corpus's name and its first ``limit`` texts."""
    if BBC.is_dir():
        paths = sorted(BBC.glob("*/*.txt"))[:limit]
        return "bbc-news", [p.read_bytes().decode("utf8", errors="replace") for p in paths]
    texts = [json.loads(line)["text"] for line in DEV.open(encoding="utf8")]
    return "dev set (repeated)", [texts[i % len(texts)] for i in range(limit)]


def cpu(run) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200, help="documents")
    parser.add_argument("--repeat", type=int, default=5, help="runs of the rules (the best is kept)")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: quotes' default)")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    nlp = load_model(args.model)
    corpus, texts = read_texts(args.limit)
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:10], batch_size=args.batch_size))  # warm up
    docs: list = []
    parse = cpu(lambda: docs.extend(nlp.pipe(texts, batch_size=args.batch_size)))
    pairs = [(doc, doc.text) for doc in docs]
    lexicon = default_lexicon()
    found: list[int] = []

    def rules() -> None:
        found[:] = [len(find_quotes(doc, text=text)) for doc, text in pairs]

    stages = {"attribute": 0.0, "resolve_speakers": 0.0, "describe_sources": 0.0}

    def staged() -> None:  # the stages of `find_quotes`, each timed
        for doc, text in pairs:
            start = time.process_time()
            quotes = attribute(doc, lexicon, text)
            middle = time.process_time()
            resolve_speakers(doc, quotes, text=text)
            end = time.process_time()
            describe_sources(doc, quotes, text=text)
            stages["attribute"] += middle - start
            stages["resolve_speakers"] += end - middle
            stages["describe_sources"] += time.process_time() - end

    rules()  # warm up (lexicons, caches)
    best = min(cpu(rules) for _ in range(args.repeat))
    staged()
    stages = dict.fromkeys(stages, 0.0)
    staged()
    print(f"corpus: {corpus}, {len(texts)} documents, {words:,} words, {sum(found):,} quotes; load average "
          f"{os.getloadavg()[0]:.1f}; pipeline {nlp.meta['name']} {nlp.pipe_names}")
    print(f"parse (nlp.pipe, once)      : {parse:7.2f} s CPU  {words / parse:9,.0f} words/s")
    print(f"rules (find_quotes, best of {args.repeat}): {best:7.2f} s CPU  {words / best:9,.0f} words/s  "
          f"{1000 * best / max(len(texts), 1):.2f} ms/document")
    print(f"rules / parse: {best / parse:.3f}  (extraction's share of a run: {best / (parse + best):.1%})")
    total = sum(stages.values()) or 1.0
    print("stages (one run): " + ", ".join(f"{name} {seconds:.2f} s ({seconds / total:.0%})" for name, seconds in stages.items()))


if __name__ == "__main__":
    main()
