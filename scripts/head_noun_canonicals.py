"""Count the quotes whose canonical speaker is a head noun cut from a longer mention (issue 11).

A canonical such as "senator" for "the senator", "Democrats" for "some Democrats" or "PAC" for "An anti-Trump
super PAC" is what an analyst would count as a speaker although it names no one: a description that names no one
should keep its words (resolution ``unresolved``). This script reads the predictions that
``scripts/cached_eval.py predict`` (or ``quotes extract --format jsonl``) wrote and the parse cache they came from,
and counts the quotes whose ``speaker_canonical`` is one word, the syntactic head of a speaker mention of more
words, and a common noun: written in lower case, or a word `quotes/data/nominals.txt` lists ("President",
"Chancellor"), or a party or people word ("Democrats", not a singular name without an article that the tagger
labels NORP: "Paris-based Euronext"); and outside any PERSON, ORG, GPE, FAC, LOC, PRODUCT, EVENT,
WORK_OF_ART or LAW entity. "The Times" -> "Times", "Gov. Kasich" -> "Kasich", "Internet provider Plus.net" ->
"Plus.net" are names; so is a capitalised word with its article alone ("the Post", "the Democrats"), unless it is a
role ("The Chancellor").

    python scripts/head_noun_canonicals.py TEXTS.jsonl CACHE PRED.jsonl [--show N]

TEXTS.jsonl and CACHE are the arguments ``cached_eval.py predict`` was given (one document a line with
``doc_id`` and ``text``, in the cache's order).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spacy.tokens import DocBin, Token  # noqa: E402

from quotes.extract import load_model  # noqa: E402
from quotes.resolve import default_lexicons  # noqa: E402
from quotes.resolve.tokens import _plural  # noqa: E402

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def head_noun_canonicals(texts: str, cache: str, pred: str) -> list[tuple[str, str, str, str | None]]:
    """(doc_id, mention, canonical, resolution) of every quote whose canonical is its mention's head noun."""
    nlp = load_model()
    ids = [json.loads(line)["doc_id"] for line in open(texts, encoding="utf-8") if line.strip()]
    docs = dict(zip(ids, DocBin().from_disk(cache).get_docs(nlp.vocab)))
    nominals = default_lexicons().nominals
    found = []
    for line in open(pred, encoding="utf-8"):
        record = json.loads(line)
        doc = docs.get(record["doc_id"])
        if doc is None:
            continue
        for quote in record["quotes"]:
            canonical, where = quote.get("speaker_canonical"), quote.get("speaker")
            if not canonical or not where or len(canonical.split()) != 1:
                continue
            span = doc.char_span(where[0], where[1], alignment_mode="expand")
            if span is None:
                continue
            words = [t for t in span if not (t.is_punct or t.is_space or not t.text.strip())]
            head = span.root
            role = nominals.get(head.lower_, ("",))[0] in ("person", "spokes")
            if len(words) == 2 and words[0].lower_ == "the" and not head.is_lower and not role:
                continue  # a name written with its article: "The Blaze", "the Post", "the Democrats"; not "The Chancellor"
            common = head.is_lower or head.lower_ in nominals or _people_word(head)  # not "Plus.net", "Edu"
            if len(words) > 1 and head.text == canonical and head.ent_type_ not in NAME_LABELS and common:
                found.append((record["doc_id"], quote.get("speaker_text") or span.text, canonical,
                              quote.get("speaker_resolution")))  # fmt: skip
    return found


def _people_word(token: Token) -> bool:
    """A party or people word the tagger labels NORP ("Democrats", "the lifelong Republican", "a Catholic"); not
    a singular name with no article that the tagger took for one ("Paris-based Euronext", "regulator Icstis")."""
    if token.ent_type_ != "NORP":
        return False
    return _plural(token) or any(c.dep_ in ("det", "nummod", "quantmod") for c in token.children)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("texts")
    parser.add_argument("cache")
    parser.add_argument("pred")
    parser.add_argument("--show", type=int, default=0, help="print this many of them")
    args = parser.parse_args()
    found = head_noun_canonicals(args.texts, args.cache, args.pred)
    for doc_id, mention, canonical, resolution in found[: args.show]:
        print(f"  {doc_id}\t{mention!r} -> {canonical!r} ({resolution})")
    print(f"head-noun canonicals: {len(found)}")


if __name__ == "__main__":
    main()
