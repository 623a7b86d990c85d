"""Per-document memos: what the rules ask of a token again and again, worked out once per document."""

from __future__ import annotations

import threading
from typing import Any

from spacy.tokens import Doc, Token

#: The memos of the document read last in this thread (``state``): its `Doc`, its length, a table per question, and
#: the table of `children` (asked most of all, so kept apart from the others).
_MEMOS = threading.local()


def begin(doc: Doc) -> None:
    """Start reading ``doc``: its memos stay if it is the document read last in this thread, at the same length;
    else they start again (a new document, or the same one retokenized, which changes its length).

    Each stage of the rules calls it once per document (`attribute`, `resolve_speakers`, `describe_sources`), so
    that the look-ups below need only ask whether a token's document is the one being read.
    """
    state = getattr(_MEMOS, "state", None)
    if state is None or state[0] is not doc or state[1] != len(doc):
        _start(doc)


def _start(doc: Doc) -> tuple[Doc, int, dict[Any, dict[Any, Any]], dict[int, tuple[Token, ...]]]:
    """Empty memos for ``doc``, now the document read in this thread."""
    state = _MEMOS.state = (doc, len(doc), {}, {})
    return state


def doc_memo(doc: Doc, question: str) -> dict[Any, Any]:
    """The memo for ``question`` about ``doc``, empty the first time it is asked of this document.

    Only the document read last in a thread has memos (see `begin`). The rules never change a parse, so an answer
    stays right while the document is read.
    """
    state = getattr(_MEMOS, "state", None)  # (the document, its length, question -> memo, children)
    if state is None or state[0] is not doc:
        state = _start(doc)
    memos = state[2]
    table = memos.get(question)
    if table is None:
        table = memos[question] = {}
    return table


def children(token: Token) -> tuple[Token, ...]:
    """``token.children`` as a tuple, made once per token of the document read last (each reading of
    ``Token.children`` walks the token's subtree and makes a `Token` for each child)."""
    doc = token.doc
    state = getattr(_MEMOS, "state", None)
    if state is None or state[0] is not doc:
        state = _start(doc)
    i = token.i
    found = state[3].get(i)
    if found is None:
        found = state[3][i] = tuple(token.children)
    return found
