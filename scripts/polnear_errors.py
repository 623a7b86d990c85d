"""List the errors behind the PolNeAR scores, one JSON object per line, for reading and counting.

Usage: python scripts/polnear_errors.py WORK_DIR [OUT.jsonl]

WORK_DIR is what ``scripts/polnear_cached.sh CACHE WORK_DIR`` leaves (``gold_speech.jsonl``, ``pred_speech.jsonl``).
Matching is ``../shared/polnear/score.py``'s own (overlap, 0.5), imported from there, so the lines add up to its
table. Each line has ``kind``: ``fp`` (a prediction no gold quote matches), ``fn`` (a gold quote nothing matches),
``speaker`` (matched, speaker judged wrong) or ``null_speaker`` (matched, gold has no speaker but we gave one), with
the type, the content, the speakers and the sentence-sized context around it. A count by kind and type goes to stderr.
"""
from __future__ import annotations

import collections
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.environ.get("POLNEAR_DIR", os.path.join(ROOT, "..", "shared", "polnear")))
import score  # noqa: E402  (../shared/polnear/score.py)


def _context(text: str, start: int, end: int, pad: int = 160) -> str:
    return text[max(0, start - pad):start] + "[[" + text[start:end] + "]]" + text[end:end + pad]


def errors(gold_docs: list[dict], preds: dict[str, list[dict]]):
    """Yield one dict per error of the overlap matching."""
    for d in gold_docs:
        text, golds = d["text"], d["quotes"]
        mask = score.quote_mask(text)
        ps = preds.get(d["doc_id"], [])
        pairs = score.match_overlap(golds, ps, 0.5)
        mg = dict(pairs)
        mp = {pi for _, pi in pairs}
        base = {"doc_id": d["doc_id"]}
        for gi, g in enumerate(golds):
            if gi not in mg:
                yield dict(base, kind="fn", type=g.get("type"), content=text[slice(*g["content"])],
                           speaker=g.get("speaker_text"), cue=g.get("cue_text"),
                           context=_context(text, *g["content"]))
                continue
            p = ps[mg[gi]]
            j = score.speaker_judgement(text, g, p)
            if j is None:
                if score.pred_has_speaker(p):
                    yield dict(base, kind="null_speaker", type=g.get("type"), content=text[slice(*g["content"])],
                               pred_speaker=p.get("speaker_text"), context=_context(text, *g["content"]))
            elif not j[1]:
                yield dict(base, kind="speaker", type=g.get("type"), content=text[slice(*g["content"])],
                           speaker=g.get("speaker_text"), pred_speaker=p.get("speaker_text"),
                           pred_canonical=p.get("speaker_canonical"), context=_context(text, *g["content"]))
        for pi, p in enumerate(ps):
            if pi not in mp:
                t = p.get("type") or score.derive_type(text, mask, *p["content"])
                yield dict(base, kind="fp", type=t, content=text[slice(*p["content"])],
                           pred_speaker=p.get("speaker_text"), cue=p.get("cue_text"),
                           context=_context(text, *p["content"]))


def main(work: str, out: str | None = None) -> None:
    gold = score.load_jsonl(os.path.join(work, "gold_speech.jsonl"))
    preds = {d["doc_id"]: score.locate_preds(d.get("text", ""), d.get("quotes") or [], collections.Counter())
             for d in score.load_jsonl(os.path.join(work, "pred_speech.jsonl"))}
    counts: collections.Counter = collections.Counter()
    with open(out or os.path.join(work, "errors.jsonl"), "w", encoding="utf-8") as f:
        for e in errors(gold, preds):
            counts[e["kind"], e["type"]] += 1
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    for (kind, kind_type), n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{kind:13} {kind_type or '-':9} {n}", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
