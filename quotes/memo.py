"""Per-document memos: what the rules ask of a token again and again, worked out once per document."""

from __future__ import annotations

import threading
from typing import Any

from spacy.tokens import Doc

#: The memos of the document read last in this thread: its `Doc`, its length, and a table per question.
_MEMOS = threading.local()


def doc_memo(doc: Doc, question: str) -> dict[Any, Any]:
    """The memo for ``question`` about ``doc``, empty the first time it is asked of this document.

    Only the document read last in a thread has memos: a new document (or the same one retokenized, which changes
    its length) starts them again. The rules never change a parse, so an answer stays right while the document is
    read.
    """
    memos = _MEMOS.__dict__
    if memos.get("doc") is not doc or memos.get("length") != len(doc):
        memos.clear()
        memos.update(doc=doc, length=len(doc))
    table = memos.get(question)
    if table is None:
        table = memos[question] = {}
    return table
