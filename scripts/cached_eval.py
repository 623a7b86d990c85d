"""Score the rules on a gold file without parsing it again: for fast iteration on rule changes.

Parsing is most of the cost of `quotes evaluate` and of ``../shared/polnear/evaluate.sh``; the rules
are a small part. This script parses a gold (or texts) JSONL once into a spaCy `DocBin` cache, then
runs only the rules on the cached parses and writes predictions in the ``--format jsonl`` shape that
``quotes extract`` writes, so the same scorers read them:

    python scripts/cached_eval.py parse ../shared/polnear/train.jsonl /tmp/polnear.spacy
    python scripts/cached_eval.py predict ../shared/polnear/train.jsonl /tmp/polnear.spacy /tmp/pred.jsonl
    python ../shared/polnear/speech_scope.py /tmp/pred.jsonl /tmp/pred_speech.jsonl
    python ../shared/polnear/score.py GOLD_SPEECH.jsonl /tmp/pred_speech.jsonl

The cache is only valid while the text given to the parser is the text itself (whole documents under
the pipeline's ``max_length``, not ``--fast``) and the pipeline is unchanged: after a change that alters
what is parsed (the tokenizer, the pipeline's components), parse again. Final figures come from
``quotes extract``/``evaluate.sh``, not from this cache.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# The rules of the checkout this script sits in, not of whatever `quotes` is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spacy.tokens import DocBin  # noqa: E402

from quotes.extract import find_quotes, load_model  # noqa: E402
from quotes.io import jsonl_record  # noqa: E402
from quotes.model import DocResult  # noqa: E402


def _texts(path: str) -> list[tuple[str, str]]:
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [(row["doc_id"], row["text"]) for row in rows]


def parse(gold: str, cache: str, model: str | None, n_process: int) -> None:
    nlp = load_model(model)
    texts = _texts(gold)
    bin_ = DocBin(store_user_data=True)
    for i, doc in enumerate(nlp.pipe((t for _, t in texts), batch_size=16, n_process=n_process)):
        bin_.add(doc)
        if i % 100 == 0:
            print(f"parsed {i}/{len(texts)}", file=sys.stderr)
    bin_.to_disk(cache)


def predict(gold: str, cache: str, out: str, model: str | None) -> None:
    nlp = load_model(model)
    texts = _texts(gold)
    docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    if len(docs) != len(texts):
        raise SystemExit(f"cache holds {len(docs)} documents, {gold} has {len(texts)}: parse again")
    with open(out, "w", encoding="utf-8") as fh:
        for (doc_id, text), doc in zip(texts, docs):
            if doc.text != text:
                raise SystemExit(f"cache text differs from {doc_id}: parse again")
            found = find_quotes(doc, text=text)
            for i, quote in enumerate(found):
                quote.doc_id, quote.quote_index = doc_id, i
            result = DocResult(doc_id=doc_id, source=gold, n_chars=len(text), quotes=found)
            fh.write(json.dumps(jsonl_record(result, text), ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse")
    p.add_argument("gold")
    p.add_argument("cache")
    p.add_argument("--n-process", type=int, default=1)
    q = sub.add_parser("predict")
    q.add_argument("gold")
    q.add_argument("cache")
    q.add_argument("out")
    args = parser.parse_args()
    if args.command == "parse":
        parse(args.gold, args.cache, args.model, args.n_process)
    else:
        predict(args.gold, args.cache, args.out, args.model)


if __name__ == "__main__":
    main()
