"""Check a rewrite's quotes against the originals: were they quoted as said, and by whom.

For each direct or mixed quote of the derived texts (a rewrite, a summary, an aggregator's copy), the
closest quote of the originals is found (candidates share a word trigram, or, for quotes of one or two
words, contain them; verified by word alignment, `quotes.wording.compare`) and the quote gets a status:

- ``verbatim``: the same words; ``fragment``: a contiguous part; ``elided``: parts in order with the
  cuts marked (``…``, ``[words]``);
- ``altered``: words changed, added or dropped (``differences`` says which);
- ``misattributed``: the words are there, but the originals give them to another speaker;
- ``not-found``: nothing in the originals is close.

A quote the extractor did not find in an original still counts when its words are in the original's
text (``original_quote_index`` is then empty).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pandas as pd

from .trace import NGRAM, _Unit, same_voice, traced_units
from .wording import Relation, compare, contains, tokens

#: Statuses, best first. Only the first three pass a check.
STATUSES = ("verbatim", "fragment", "elided", "altered", "misattributed", "not-found")
PASSING = frozenset(STATUSES[:3])

CHECK_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "quote_index",
    "type",
    "quote",
    "speaker_canonical",
    "status",
    "differences",
    "original_doc_id",
    "original_quote_index",
    "original_quote",
    "original_speaker",
)

_RANK = {"same": 0, "fragment": 1, "elided": 2, "altered": 3}
_STATUS_OF = {"same": "verbatim", "fragment": "fragment", "elided": "elided", "altered": "altered"}


def _grams(words: tuple[str, ...], n: int) -> set[tuple[str, ...]]:
    return {words[i : i + n] for i in range(len(words) - n + 1)}


def _best(unit: _Unit, candidates: Iterable[_Unit]) -> tuple[_Unit, Relation] | None:
    """The original quote the unit relates to best: closest relation, a compatible speaker, most words."""
    found = []
    for original in candidates:
        relation = compare(unit.toks, original.toks, joined=unit.joined)
        if relation.relation is not None:
            mismatch = not same_voice(unit, original)
            found.append(((mismatch, _RANK[relation.relation], -relation.matched, original.row), original, relation))
    if not found:
        return None
    _, original, relation = min(found, key=lambda item: item[0])
    return original, relation


def check_frames(
    originals: pd.DataFrame,
    derived: pd.DataFrame,
    *,
    original_texts: dict[str, str] | None = None,
    min_words: int = 1,
) -> pd.DataFrame:
    """Check the quotes of one quote table against another (see `check`)."""
    originals = originals.reset_index(drop=True)
    derived = derived.reset_index(drop=True)
    sources = traced_units(originals, min_words=1)
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, unit in enumerate(sources):
        for gram in _grams(unit.words, NGRAM):
            index[gram].append(i)
    texts = {doc_id: tokens(text) for doc_id, text in (original_texts or {}).items()}
    rows = []
    for unit in traced_units(derived, min_words=min_words):
        if len(unit.words) >= NGRAM:
            hits = {i for gram in _grams(unit.words, NGRAM) for i in index.get(gram, ())}
        else:  # too short for a trigram: any original that contains the words
            hits = set(range(len(sources)))
        best = _best(unit, (sources[i] for i in sorted(hits)))
        source = derived.iloc[unit.row]
        row: dict[str, Any] = {
            "doc_id": unit.doc_id,
            "quote_index": source["quote_index"],
            "type": source["type"],
            "quote": unit.text,
            "speaker_canonical": source["speaker_canonical"],
            "status": "not-found",
            "differences": "",
            "original_doc_id": None,
            "original_quote_index": None,
            "original_quote": None,
            "original_speaker": None,
        }
        if best is not None:
            original, relation = best
            found = originals.iloc[original.row]
            mismatch = not same_voice(unit, original)
            row.update(
                status="misattributed" if mismatch else _STATUS_OF[relation.relation],
                differences=relation.differences,
                original_doc_id=original.doc_id,
                original_quote_index=found["quote_index"],
                original_quote=original.text,
                original_speaker=found["speaker_canonical"],
            )
        if row["status"] in ("not-found", "altered"):
            _joined(unit, sorted(hits), sources, originals, row)
        if row["status"] in ("not-found", "altered"):
            _in_text(unit, texts, row)
        rows.append(row)
    out = pd.DataFrame(rows, columns=list(CHECK_COLUMNS))
    return out.astype({"original_quote_index": "Int64"})


#: How many consecutive quotes of one speaker a derived quote may join.
MAX_JOINED = 3


def _joined(unit: _Unit, hits: list[int], sources: list[_Unit], originals: pd.DataFrame, row: dict[str, Any]) -> None:
    """A quote that joins consecutive quotes of one speaker in an original (an interrupted quote printed
    whole): verbatim when it is exactly their words, else a fragment or elided form of them."""
    for hit in hits:
        for first in range(max(0, hit - MAX_JOINED + 1), hit + 1):
            run = [u for u in sources[first : first + MAX_JOINED] if u.doc_id == sources[hit].doc_id]
            for end in range(2, len(run) + 1):
                part = run[:end]
                if not all(same_voice(part[0], u) for u in part[1:]):
                    break
                if not same_voice(unit, part[0]):
                    continue
                relation = compare(unit.toks, tuple(w for u in part for w in u.words), joined=unit.joined)
                if relation.relation in ("same", "fragment", "elided"):
                    row.update(
                        status=_STATUS_OF[relation.relation], differences="", original_doc_id=part[0].doc_id,
                        original_quote_index=None, original_quote=" ".join(u.text for u in part),
                        original_speaker=originals.iloc[part[0].row]["speaker_canonical"],
                    )  # fmt: skip
                    return


def _in_text(unit: _Unit, texts: dict[str, tuple[str, ...]], row: dict[str, Any]) -> None:
    """A quote whose words are in an original's text, though not in a quote the extractor found there."""
    for doc_id, text in texts.items():
        if contains(unit.toks, text):
            status = "elided" if len(unit.words) != len(unit.toks) and not unit.joined else "fragment"
            row.update(
                status=status, differences="", original_doc_id=doc_id, original_quote_index=None,
                original_quote=None, original_speaker=None,
            )  # fmt: skip
            return


def summary_line(checked: pd.DataFrame) -> str:
    """``quotes check: 12 quotes: 9 verbatim, 1 fragment, 0 elided, 1 altered, 1 misattributed, 0 not-found``."""
    counts = checked["status"].value_counts()
    parts = ", ".join(f"{int(counts.get(status, 0))} {status}" for status in STATUSES)
    return f"{len(checked)} quotes: {parts}"


def check(
    originals: pd.DataFrame | Iterable[Any],
    derived: pd.DataFrame | Iterable[Any],
    *,
    nlp: Any = None,
    min_words: int = 1,
    link: bool = True,
) -> pd.DataFrame:
    """Check each direct or mixed quote of ``derived`` against ``originals``.

    Args:
        originals: the source articles: texts, `Document`s or `DocResult`s, or their quote table.
        derived: the rewritten articles, in any of the same forms.
        nlp: the pipeline for texts; by default `quotes.load_model()`.
        min_words: quotes with fewer quoted words are left out.
        link: give each speaker one canonical name across all the documents first (`quotes.link_speakers`).

    Returns:
        One row per derived quote, the columns of `CHECK_COLUMNS`: ``status`` is one of `STATUSES`,
        ``differences`` the word changes from the original (``-"not" +"never"``), and the original
        quote it was matched to. Texts given as `Document`s or strings are also searched as text.
    """
    from .model import Document
    from .quote_tables import quote_frame

    texts: dict[str, str] = {}
    if not isinstance(originals, pd.DataFrame):
        originals = list(originals) if not isinstance(originals, str) else [originals]
        for number, item in enumerate(originals):
            if isinstance(item, Document):
                texts[item.doc_id] = item.text
            elif isinstance(item, str):
                texts[str(number)] = item
    if isinstance(derived, str):
        derived = [derived]
    left, right = quote_frame(originals, nlp=nlp), quote_frame(derived, nlp=nlp)
    if link and len(left) and len(right):
        left, right = link_together(left, right)
    return check_frames(left, right, original_texts=texts, min_words=min_words)


def link_together(left: pd.DataFrame, right: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Both tables with speakers linked across all their documents (`quotes.link_speakers`)."""
    from .link import link_speakers

    both = pd.concat([left.assign(_side=0), right.assign(_side=1)], ignore_index=True)
    both["doc_id"] = both["_side"].astype(str) + "\x00" + both["doc_id"].astype(str)  # same ids on both sides
    both = link_speakers(both)
    both["doc_id"] = both["doc_id"].str.split("\x00", n=1).str[1]
    parts = [both[both["_side"] == side].drop(columns="_side").reset_index(drop=True) for side in (0, 1)]
    return parts[0], parts[1]
