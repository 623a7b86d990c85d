"""The sentence a token is in, read once per document.

``Token.sent`` checks the document's annotation, walks the tokens to the sentence's edges and builds two `Span`
objects on every reading (about 5 µs); the rules ask it thousands of times per document, mostly of the same few
sentences. `sentence_of` gives the same span from the document's sentence starts, read once per document (`quotes.memo`).
"""

from __future__ import annotations

import bisect

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from .memo import doc_memo
from .pipeline import token_span


def sentence_of(token: Token) -> Span:
    """``token.sent``: the sentence ``token`` is in."""
    doc = token.doc
    memo = doc_memo(doc, "sentences")  # sentence start -> its span, and None -> the sentence starts
    starts = memo.get(None)
    if starts is None:
        starts = memo[None] = _starts(doc)
    if not starts:
        return token.sent  # hooks of its own, or no sentence boundaries: as spaCy reads them
    k = bisect.bisect_right(starts, token.i) - 1
    found = memo.get(starts[k])
    if found is None:
        end = starts[k + 1] if k + 1 < len(starts) else len(doc)
        found = memo[starts[k]] = token_span(doc, starts[k], end)
    return found


def _starts(doc: Doc) -> list[int]:
    """The first token of each sentence, as `Span.sent` finds them: 0, and every token whose ``sent_start`` is 1.
    Empty when the document has hooks of its own for sentences, or no sentence boundaries."""
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
        return []
    if len(doc) == 0 or not doc.has_annotation("SENT_START"):
        return []
    flags = doc.to_array(SENT_START).astype(numpy.int64)  # -1, 0 or 1
    return [0, *(numpy.flatnonzero(flags[1:] == 1) + 1).tolist()]
