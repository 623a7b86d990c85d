"""Scoring predicted quotes against gold annotation in the JSONL format of docs/gold-format.md.

The matching rule: a predicted quote matches a gold quote when their content spans overlap by at least
half of the gold span's characters, one-to-one, greedily by overlap (largest overlap first). The speaker
is right when the predicted speaker mention overlaps the gold speaker mention, or when the predicted
canonical speaker equals the gold canonical speaker, case-insensitively and ignoring a leading "the".
A quote that both gold and prediction leave unattributed also has the right speaker.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from .extract import QuotesError, load_model
from .io import extract_documents
from .jsonlines import json_objects
from .link import link_results
from .model import QUOTE_TYPES, DocResult, Document
from .people import People, as_people

Span = tuple[int, int]


class GoldFormatError(QuotesError):
    """A gold file is not in the format of docs/gold-format.md; the message names the line and the problem."""


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file: one document per line with ``doc_id``, ``text`` and ``quotes``.

    Raises:
        GoldFormatError: a line is not JSON, or lacks ``doc_id``, ``text`` or ``quotes``, or a quote
            lacks a ``content`` span.
    """
    docs = []
    with open(path, encoding="utf-8") as fh:
        for number, doc in json_objects(fh, path, GoldFormatError):
            missing = [key for key in ("doc_id", "text", "quotes") if key not in doc]
            if missing:
                raise GoldFormatError(f"{path}, line {number}: missing {', '.join(missing)} (see docs/gold-format.md)")
            for index, quote in enumerate(doc["quotes"]):
                if _span(quote.get("content")) is None:
                    raise GoldFormatError(f"{path}, line {number}: quote {index} has no [start, end] content span")
            docs.append(doc)
    return docs


# --------------------------------------------------------------------------------------------- matching


def _span(value: Any) -> Span | None:
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return int(value[0]), int(value[1])
    return None


def overlap(a: Span | None, b: Span | None) -> int:
    """Characters two ``[start, end)`` spans share (0 if either is missing)."""
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def normalise_name(name: str | None) -> str:
    """A speaker name for comparison: case-folded, spaces collapsed, without a leading article ("the", "a",
    "an": a description kept as written, "a rebel commander", is the gold's "rebel commander")."""
    if not name:
        return ""
    name = " ".join(name.split()).casefold()
    return re.sub(r"^(?:the|an?)\s+", "", name)


def same_canonical(predicted: str | None, gold: str | None) -> bool:
    """Whether two canonical speaker names are the same (case-insensitive, ignoring a leading article)."""
    a, b = normalise_name(predicted), normalise_name(gold)
    return bool(a) and a == b


def speaker_right(predicted: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """The speaker rule of docs/gold-format.md for one matched pair of quotes (dicts in that format)."""
    pred_span, gold_span = _span(predicted.get("speaker")), _span(gold.get("speaker"))
    if overlap(pred_span, gold_span) > 0:
        return True
    if same_canonical(predicted.get("speaker_canonical"), gold.get("speaker_canonical")):
        return True
    # Both unattributed: nothing to attribute, nothing wrong.
    return gold_span is None and not gold.get("speaker_canonical") and pred_span is None


def match_quotes(gold: list[Mapping[str, Any]], predicted: list[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Pair gold and predicted quotes one-to-one: the ``(gold index, predicted index)`` pairs that match.

    A pair is a candidate when the content spans overlap by at least half of the gold span's characters;
    candidates are taken largest overlap first (ties: earlier gold, then earlier prediction), each quote
    at most once.
    """
    candidates = []
    for g, gold_quote in enumerate(gold):
        gold_span = _span(gold_quote.get("content"))
        if gold_span is None or gold_span[1] <= gold_span[0]:
            continue
        needed = (gold_span[1] - gold_span[0]) / 2
        for p, pred_quote in enumerate(predicted):
            shared = overlap(gold_span, _span(pred_quote.get("content")))
            if shared > 0 and shared >= needed:
                candidates.append((-shared, g, p))
    pairs = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, g, p in sorted(candidates):
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return sorted(pairs)


# --------------------------------------------------------------------------------------------- scoring


@dataclass
class _Counts:
    tp: int = 0
    n_gold: int = 0
    n_predicted: int = 0

    def as_dict(self) -> dict[str, Any]:
        precision = self.tp / self.n_predicted if self.n_predicted else None
        recall = self.tp / self.n_gold if self.n_gold else None
        f1 = (
            2 * precision * recall / (precision + recall)
            if precision is not None and recall is not None and precision + recall > 0
            else (0.0 if precision is not None and recall is not None else None)
        )
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "tp": self.tp,
            "n_gold": self.n_gold,
            "n_predicted": self.n_predicted,
        }


@dataclass
class _Tally:
    quote: _Counts = field(default_factory=_Counts)
    quote_speaker: _Counts = field(default_factory=_Counts)
    by_type: dict[str, _Counts] = field(default_factory=dict)
    canonical_correct: int = 0
    canonical_total: int = 0
    gender_persons: int = 0  # matched quotes whose gold speaker is a person with a gender annotated
    gender_decided: int = 0  # ... of which the prediction says female or male
    gender_correct: int = 0
    kind_total: int = 0
    kind_correct: int = 0

    def type_counts(self, quote_type: str) -> _Counts:
        return self.by_type.setdefault(quote_type, _Counts())


def _as_record(doc: Mapping[str, Any] | DocResult) -> Mapping[str, Any]:
    return doc.to_gold() if isinstance(doc, DocResult) else doc


def _snippet(text: str | None, span: Span | None, width: int = 80) -> str | None:
    if text is None or span is None:
        return None
    piece = " ".join(text[span[0] : span[1]].split())
    return piece if len(piece) <= width else piece[: width - 1] + "…"


def _describe(quote: Mapping[str, Any], text: str | None) -> dict[str, Any]:
    return {
        "content": quote.get("content"),
        "type": quote.get("type"),
        "text": _snippet(text, _span(quote.get("content"))),
        "speaker": quote.get("speaker_text") or _snippet(text, _span(quote.get("speaker"))),
        "speaker_canonical": quote.get("speaker_canonical"),
        "speaker_gender": quote.get("speaker_gender"),
        "source_kind": quote.get("source_kind"),
    }


def score(
    gold_docs: Iterable[Mapping[str, Any]],
    predicted_docs: Iterable[Mapping[str, Any] | DocResult],
    *,
    details: bool = False,
) -> dict[str, Any]:
    """Score predictions against gold with the matching rule of docs/gold-format.md.

    Documents are paired by ``doc_id``; a gold document without predictions has all its quotes missed,
    predictions for documents not in the gold are not scored (their ids are listed under
    ``unscored_documents``).

    Args:
        gold_docs: gold records (``doc_id``, ``text``, ``quotes``), e.g. from `read_gold`.
        predicted_docs: records in the same format (``quotes`` needed, ``text`` not), or `DocResult`s.
        details: add ``documents_detail``: per document, the missed gold quotes, the false positives,
            the matches with the wrong speaker and with the wrong type.

    Returns:
        ``quote`` (spans only), ``quote+speaker`` (a match counts only with the right speaker) and, per
        gold/predicted type, ``by_type``: each with precision, recall, f1 (``None`` when undefined), tp,
        n_gold, n_predicted. ``speaker_canonical``: accuracy of the predicted canonical speaker over the
        matched quotes whose gold quote has one. Also ``documents`` (gold documents scored).
    """
    predictions: dict[str, Mapping[str, Any]] = {}
    for doc in predicted_docs:
        record = _as_record(doc)
        predictions[str(record["doc_id"])] = record
    tally = _Tally()
    for quote_type in QUOTE_TYPES:
        tally.type_counts(quote_type)
    per_document = []
    gold_ids = set()
    for gold_doc in gold_docs:
        doc_id = str(gold_doc["doc_id"])
        gold_ids.add(doc_id)
        gold = list(gold_doc.get("quotes") or [])
        predicted = list((predictions.get(doc_id) or {}).get("quotes") or [])
        per_document.append(_score_document(doc_id, gold_doc.get("text"), gold, predicted, tally))
    result: dict[str, Any] = {
        "documents": len(gold_ids),
        "quote": tally.quote.as_dict(),
        "quote+speaker": tally.quote_speaker.as_dict(),
        "by_type": {name: counts.as_dict() for name, counts in tally.by_type.items()},
        "speaker_canonical": {
            "accuracy": tally.canonical_correct / tally.canonical_total if tally.canonical_total else None,
            "correct": tally.canonical_correct,
            "total": tally.canonical_total,
        },
        "unscored_documents": sorted(set(predictions) - gold_ids),
    }
    if tally.gender_persons:
        result["speaker_gender"] = {
            "accuracy": tally.gender_correct / tally.gender_decided if tally.gender_decided else None,
            "correct": tally.gender_correct,
            "decided": tally.gender_decided,
            "unknown_rate": 1 - tally.gender_decided / tally.gender_persons,
            "persons": tally.gender_persons,
        }
    if tally.kind_total:
        result["source_kind"] = {
            "accuracy": tally.kind_correct / tally.kind_total,
            "correct": tally.kind_correct,
            "total": tally.kind_total,
        }
    if details:
        result["documents_detail"] = per_document
    return result


def _score_document(
    doc_id: str,
    text: str | None,
    gold: list[Mapping[str, Any]],
    predicted: list[Mapping[str, Any]],
    tally: _Tally,
) -> dict[str, Any]:
    pairs = match_quotes(gold, predicted)
    tally.quote.n_gold += len(gold)
    tally.quote.n_predicted += len(predicted)
    tally.quote.tp += len(pairs)
    tally.quote_speaker.n_gold += len(gold)
    tally.quote_speaker.n_predicted += len(predicted)
    for quote in gold:
        tally.type_counts(str(quote.get("type"))).n_gold += 1
    for quote in predicted:
        tally.type_counts(str(quote.get("type"))).n_predicted += 1
    wrong_speakers, wrong_types, wrong_voices = [], [], []
    for g, p in pairs:
        gold_quote, pred_quote = gold[g], predicted[p]
        if gold_quote.get("type") == pred_quote.get("type"):
            tally.type_counts(str(gold_quote.get("type"))).tp += 1
        else:
            wrong_types.append({"gold": _describe(gold_quote, text), "predicted": _describe(pred_quote, text)})
        if speaker_right(pred_quote, gold_quote):
            tally.quote_speaker.tp += 1
        else:
            wrong_speakers.append({"gold": _describe(gold_quote, text), "predicted": _describe(pred_quote, text)})
        if _score_voice(gold_quote, pred_quote, tally):
            wrong_voices.append({"gold": _describe(gold_quote, text), "predicted": _describe(pred_quote, text)})
        if gold_quote.get("speaker_canonical"):
            tally.canonical_total += 1
            tally.canonical_correct += same_canonical(
                pred_quote.get("speaker_canonical"), gold_quote.get("speaker_canonical")
            )
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    return {
        "doc_id": doc_id,
        "missed": [_describe(q, text) for i, q in enumerate(gold) if i not in matched_gold],
        "false_positives": [_describe(q, text) for i, q in enumerate(predicted) if i not in matched_pred],
        "wrong_speakers": wrong_speakers,
        "wrong_types": wrong_types,
        "wrong_voices": wrong_voices,
    }


#: A gold quote's genders that make its speaker a person; a gold file without the field scores no gender.
_PERSON_GENDERS = frozenset({"female", "male", "unknown"})


def _score_voice(gold: Mapping[str, Any], predicted: Mapping[str, Any], tally: _Tally) -> bool:
    """Count the speaker gender (gold person quotes) and source kind (gold quotes with one) of a matched
    pair; whether either is wrong (a gender of ``unknown`` is not wrong, only counted as undecided)."""
    wrong = False
    if gold.get("speaker_gender") in _PERSON_GENDERS:
        tally.gender_persons += 1
        guess = predicted.get("speaker_gender")
        if guess in ("female", "male"):
            tally.gender_decided += 1
            tally.gender_correct += guess == gold["speaker_gender"]
            wrong = guess != gold["speaker_gender"]
    if gold.get("source_kind"):
        tally.kind_total += 1
        tally.kind_correct += predicted.get("source_kind") == gold["source_kind"]
        wrong = wrong or predicted.get("source_kind") != gold["source_kind"]
    return wrong


def evaluate(
    gold_path: str | Path,
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
    fast: bool | str = False,
    link: bool = True,
    speakers: People | str | os.PathLike[str] | None = None,
) -> dict[str, Any]:
    """Run `quotes.extract` over every gold text and score the result against the gold.

    Args:
        gold_path: a gold JSONL file (docs/gold-format.md).
        nlp: the pipeline; by default `load_model()`.
        batch_size: texts per ``nlp.pipe`` batch.
        fast: extract in fast mode (`quotes.fast`), to see what it costs in accuracy.
        link: link the canonical speakers across the gold's documents (`quotes.link.link_results`,
            as `quotes extract --link-speakers` does) before scoring.
        speakers: the newsroom's list of people (`quotes.people`): a `People` or the path of a speakers file.

    Returns:
        The scores of `score`, with ``speaker_canonical_per_document`` (with ``link``: the
        canonical-speaker accuracy before linking), ``documents_detail`` (per document: missed gold quotes, false
        positives, wrong speakers, wrong types) and ``errors``: the documents extraction failed on, as
        ``{"doc_id", "message"}`` (their gold quotes count as missed).
    """
    gold = read_gold(gold_path)
    nlp = nlp or load_model()
    documents = (Document(doc_id=str(doc["doc_id"]), text=doc["text"]) for doc in gold)
    results = [
        result
        for _, result in extract_documents(documents, nlp=nlp, batch_size=batch_size, fast=fast, speakers=as_people(speakers))
    ]
    scores = score(gold, link_results(results) if link else results, details=True)
    if link:
        scores["speaker_canonical_per_document"] = score(gold, results)["speaker_canonical"]
    scores["errors"] = [
        {"doc_id": result.doc_id, "message": result.message} for result in results if result.status == "error"
    ]
    return scores


# --------------------------------------------------------------------------------------------- report


def _fmt(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def format_report(scores: Mapping[str, Any], *, details: bool = False) -> str:
    """A readable table of `score`'s results; with ``details``, the per-document mismatches after it."""
    lines = [f"{'':16} {'precision':>9} {'recall':>7} {'f1':>6} {'tp':>5} {'gold':>5} {'predicted':>9}"]

    def row(label: str, counts: Mapping[str, Any]) -> None:
        lines.append(
            f"{label:16} {_fmt(counts['precision']):>9} {_fmt(counts['recall']):>7} {_fmt(counts['f1']):>6} "
            f"{counts['tp']:>5} {counts['n_gold']:>5} {counts['n_predicted']:>9}"
        )

    row("quote", scores["quote"])
    row("quote+speaker", scores["quote+speaker"])
    for name, counts in scores["by_type"].items():
        row(f"  {name}", counts)
    canonical = scores["speaker_canonical"]
    lines.append("")
    lines.append(
        f"canonical speaker accuracy: {_fmt(canonical['accuracy']).strip()} "
        f"({canonical['correct']}/{canonical['total']} matched quotes with a gold canonical speaker)"
    )
    alone = scores.get("speaker_canonical_per_document")
    if alone is not None:
        lines[-1] += ", linked across documents"
        lines.append(
            f"  per document, before linking: {_fmt(alone['accuracy']).strip()} ({alone['correct']}/{alone['total']})"
        )
    gender = scores.get("speaker_gender")
    if gender is not None:
        lines.append(
            f"speaker gender accuracy: {_fmt(gender['accuracy']).strip()} ({gender['correct']}/{gender['decided']} "
            f"matched person quotes where not unknown); unknown on {gender['unknown_rate']:.3f} "
            f"({gender['persons'] - gender['decided']}/{gender['persons']})"
        )
    kind = scores.get("source_kind")
    if kind is not None:
        lines.append(
            f"source kind accuracy: {_fmt(kind['accuracy']).strip()} ({kind['correct']}/{kind['total']} matched quotes with a speaker)"
        )
    lines.append(f"documents: {scores['documents']}")
    if scores.get("unscored_documents"):
        lines.append(f"predictions for documents not in the gold (not scored): {len(scores['unscored_documents'])}")
    for error in scores.get("errors", []):
        lines.append(f"extraction failed on {error['doc_id']}: {error['message']}")
    if details:
        lines.extend(_format_details(scores.get("documents_detail", [])))
    return "\n".join(lines)


def _format_details(documents: list[Mapping[str, Any]]) -> list[str]:
    lines = []

    def quote_line(quote: Mapping[str, Any]) -> str:
        speaker = quote.get("speaker") or "-"
        if quote.get("speaker_canonical"):
            speaker += f" ({quote['speaker_canonical']})"
        return f"{quote.get('content')} {quote.get('type')}: “{quote.get('text')}” — {speaker}"

    for doc in documents:
        if not any(doc.get(key) for key in ("missed", "false_positives", "wrong_speakers", "wrong_types", "wrong_voices")):
            continue
        lines.extend(["", f"== {doc['doc_id']}"])
        for quote in doc["missed"]:
            lines.append(f"  missed     {quote_line(quote)}")
        for quote in doc["false_positives"]:
            lines.append(f"  false pos. {quote_line(quote)}")
        for pair in doc["wrong_speakers"]:
            lines.append(f"  speaker    {quote_line(pair['gold'])}")
            lines.append(f"     got     {quote_line(pair['predicted'])}")
        for pair in doc["wrong_types"]:
            lines.append(f"  type       gold {pair['gold']['type']}, got {pair['predicted']['type']}: {pair['gold']['text']}")
        for pair in doc.get("wrong_voices", []):
            gold, got = pair["gold"], pair["predicted"]
            lines.append(
                f"  voice      gold {gold['speaker_gender'] or '-'}/{gold['source_kind'] or '-'}, got "
                f"{got['speaker_gender'] or '-'}/{got['source_kind'] or '-'}: {quote_line(got)}"
            )
    return lines
