"""textacy's ``direct_quotations`` as a baseline, scored with the same rule as `quotes`.

textacy finds direct quotes with a speaker only, and raises on a document whose quotation marks do
not pair up; such a document counts here as zero predictions, which is what a user of it gets.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from textacy import extract as textacy_extract


def textacy_predictions(docs: Iterable[dict[str, Any]], nlp: Language) -> Iterator[dict[str, Any]]:
    """Predictions of textacy's ``direct_quotations`` for gold-format documents, in gold format.

    Each record has ``doc_id``, ``quotes`` and ``error`` (textacy's message, or None).
    """
    records = list(docs)
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        quotes, error = [], None
        try:
            triples = list(textacy_extract.direct_quotations(doc))
        except Exception as err:  # textacy gives up on a whole document with unbalanced marks
            triples, error = [], f"{type(err).__name__}: {err}"
        for speaker, cue, content in triples:
            start, end = content.start_char, content.end_char
            text = doc.text
            while start < end and not text[start].isalnum():
                start += 1
            while end > start and text[end - 1] in "\"'“”‘’«»„ ":
                end -= 1
            quotes.append(
                {
                    "content": [start, end],
                    "speaker": [speaker[0].idx, speaker[-1].idx + len(speaker[-1])] if speaker else None,
                    "speaker_canonical": None,
                    "cue": [cue[0].idx, cue[-1].idx + len(cue[-1])] if cue else None,
                    "type": "direct",
                }
            )
        yield {"doc_id": record["doc_id"], "quotes": quotes, "error": error}
