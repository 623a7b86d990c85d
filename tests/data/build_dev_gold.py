"""Build tests/data/dev.jsonl (GOLD_FORMAT) from the readable sources tests/data/dev_source_*.py.

Each source module holds ``DOCS``: dicts with ``doc_id``, ``text`` and ``quotes``; every quote names its
``content``, ``speaker`` (or None), ``cue`` (or None), ``type`` and ``canonical`` as strings. Offsets are
found by search: the content at its only occurrence (or the first one after the optional ``after``
anchor); the speaker and cue as whole words, at the occurrence nearest the content's start, preferring
the one before it when they are equally near, or inside the optional ``at`` context (a string found once
in the text) where the nearest would be another one. A string that is not found stops the build with a
message.

Two sets are built: tests/data/dev.jsonl from dev_source_*.py (the development set the rules are tuned
on) and tests/data/heldout.jsonl from heldout_source_*.py (written and annotated without running the
extractor; keep it out of rule tuning).

Every quote also gets ``speaker_gender`` and ``source_kind`` from voice_gold.py (per document, by canonical
speaker; see there).

Run: python tests/data/build_dev_gold.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent


def doc(doc_id: str, paragraphs: list[str], quotes: list[dict]) -> dict:
    """A source document: its paragraphs joined by blank lines."""
    return {"doc_id": doc_id, "text": "\n\n".join(paragraphs), "quotes": quotes}


def quote(content: str, speaker: str | None, cue: str | None, type_: str, canonical: str | None, after: str | None = None) -> dict:
    """A source quote (see the module docstring for the fields)."""
    record = {"content": content, "speaker": speaker, "cue": cue, "type": type_, "canonical": canonical}
    if after is not None:
        record["after"] = after
    return record


def _occurrences(text: str, needle: str) -> list[int]:
    found, i = [], text.find(needle)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def _content(doc_id: str, text: str, quote: dict) -> tuple[int, int]:
    needle = quote["content"]
    hits = _occurrences(text, needle)
    if "after" in quote:
        anchor = text.find(quote["after"])
        if anchor == -1:
            raise SystemExit(f"{doc_id}: anchor not found: {quote['after']!r}")
        hits = [h for h in hits if h >= anchor][:1]
    if len(hits) != 1:
        raise SystemExit(f"{doc_id}: content found {len(hits)} times: {needle!r}")
    return hits[0], hits[0] + len(needle)


def _words(text: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where ``needle`` occurs in ``text[start:end]`` as whole words ("he" not inside "the")."""
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    return [m.start() for m in pattern.finditer(text, start, len(text) if end is None else end)]


def _nearest(doc_id: str, text: str, needle: str | None, where: int, context: str | None = None) -> list[int] | None:
    if needle is None:
        return None
    if context is not None:
        at = _occurrences(text, context)
        if len(at) != 1:
            raise SystemExit(f"{doc_id}: context found {len(at)} times: {context!r}")
        hits = _words(text, needle, at[0], at[0] + len(context))
    else:
        hits = _words(text, needle)
    if not hits:
        raise SystemExit(f"{doc_id}: not found: {needle!r}")
    best = min(hits, key=lambda h: (abs(h - where), h > where))
    return [best, best + len(needle)]


def build_doc(doc: dict) -> dict:
    text = doc["text"]
    voice = _voice().get(doc["doc_id"], {})
    quotes = []
    for quote in doc["quotes"]:
        start, end = _content(doc["doc_id"], text, quote)
        speaker = _nearest(doc["doc_id"], text, quote.get("speaker"), start, quote.get("at"))
        cue = _nearest(doc["doc_id"], text, quote.get("cue"), start, quote.get("at"))
        quotes.append(
            {
                "content": [start, end],
                "speaker": speaker,
                "speaker_text": quote.get("speaker"),
                "speaker_canonical": quote.get("canonical"),
                "cue": cue,
                "type": quote["type"],
                **_voice_fields(doc["doc_id"], quote.get("canonical"), voice),
            }
        )
    quotes.sort(key=lambda q: q["content"][0])
    return {"doc_id": doc["doc_id"], "text": text, "quotes": quotes}


def _voice() -> dict:
    """The gender and source kind of each document's canonical speakers (voice_gold.py)."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    from voice_gold import VOICE

    return VOICE


def _voice_fields(doc_id: str, canonical: str | None, voice: dict) -> dict:
    """``speaker_gender`` (persons only) and ``source_kind`` of a quote with this canonical speaker."""
    if canonical is None:
        return {"speaker_gender": None, "source_kind": None}
    if canonical not in voice:
        raise SystemExit(f"{doc_id}: no gender and source kind in voice_gold.py for {canonical!r}")
    gender, kind = voice[canonical]
    return {"speaker_gender": gender, "source_kind": kind}


def load_sources(pattern: str = "dev_source_*.py") -> list[dict]:
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))  # the sources import `doc` and `quote` from this module
    docs = []
    for path in sorted(HERE.glob(pattern)):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        docs.extend(module.DOCS)
    return docs


def build(pattern: str, out: Path) -> None:
    docs = [build_doc(doc) for doc in load_sources(pattern)]
    ids = [d["doc_id"] for d in docs]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate doc_id")
    with out.open("w", encoding="utf8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{out.name}: {len(docs)} documents, {sum(len(d['quotes']) for d in docs)} quotes", file=sys.stderr)


def main() -> None:
    build("dev_source_*.py", HERE / "dev.jsonl")
    build("heldout_source_*.py", HERE / "heldout.jsonl")


if __name__ == "__main__":
    main()
