"""Example requests for the OpenAPI description of `quotes serve` (made-up articles and names)."""

from __future__ import annotations

from typing import Any

_ARTICLE = (
    "The council will close two libraries next year, its leader said on Tuesday.\n\n"
    "“This is the hardest decision I have taken in twelve years on the council,” said Margaret Okafor, "
    "the council leader. She said the savings would protect care services."
)
_REVIEW = "<html><head><title>Bridge to reopen</title></head><body><article><p>The bridge will reopen in May, the mayor, Ana Ruiz, said.</p></article></body></html>"

EXTRACT_EXAMPLES: dict[str, dict[str, Any]] = {
    "documents": {
        "summary": "Several documents, with metadata",
        "value": {
            "documents": [
                {"doc_id": "council-budget", "text": _ARTICLE, "url": "https://example.org/council-budget"},
                {"doc_id": "bridge", "html": _REVIEW},
            ]
        },
    },
    "text": {"summary": "One text", "value": {"text": _ARTICLE, "doc_id": "council-budget"}},
    "options": {
        "summary": "Fast mode, speakers linked across the documents",
        "value": {"documents": [{"doc_id": "council-budget", "text": _ARTICLE}], "options": {"fast": "needed", "link_speakers": True}},
    },
    "bad document": {
        "summary": "A bad document gets an error record; the others are read",
        "value": {"documents": [{"doc_id": "no-text"}, {"doc_id": "council-budget", "text": _ARTICLE}]},
    },
}

SPEAKERS_EXAMPLES: dict[str, dict[str, Any]] = {
    "documents": EXTRACT_EXAMPLES["documents"],
    "text": EXTRACT_EXAMPLES["text"],
}

_REWRITE = (
    "Two libraries will close, the council leader, Margaret Okafor, said. “This is the hardest decision I have "
    "taken,” she said. “We will never close a library again,” she added."
)

CHECK_EXAMPLES: dict[str, dict[str, Any]] = {
    "documents": {
        "summary": "An original and a rewrite",
        "value": {
            "originals": [{"doc_id": "council-budget", "text": _ARTICLE}],
            "derived": [{"doc_id": "aggregator", "text": _REWRITE}],
        },
    },
    "texts": {
        "summary": "Plain texts, with the drawing",
        "value": {"originals": [_ARTICLE], "derived": [_REWRITE], "options": {"draw": True}},
    },
}
