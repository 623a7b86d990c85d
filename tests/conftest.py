"""Shared fixtures: the spaCy pipeline (loaded once) and a stand-in for the rules in plumbing tests."""

from __future__ import annotations

import importlib
import re
import pytest
from spacy.language import Language
from spacy.tokens import Doc

import quotes
from quotes.model import Quote

@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default pipeline, loaded once for the whole test session."""
    try:
        return quotes.load_model()
    except quotes.ModelNotFoundError as err:
        pytest.skip(f"no spaCy pipeline installed: {err}")


_QUOTED = re.compile(r"[\"“]([^\"”\n]+)[\"”]")


def fake_find_quotes(doc: Doc, **options: object) -> list[Quote]:
    """A stand-in for the rules: every stretch between double quotation marks is a direct quote.

    A document containing BOOM raises, like a rule that crashes on a bad document.
    """
    if "BOOM" in doc.text:
        raise RuntimeError("the rules crashed on this document")
    return [
        Quote(type="direct", quote=m.group(1), quote_start=m.start(1), quote_end=m.end(1), confidence=1.0)
        for m in _QUOTED.finditer(doc.text)
    ]


@pytest.fixture
def fake_quotes(monkeypatch: pytest.MonkeyPatch, nlp: Language) -> None:
    """Replace `find_quotes` with `fake_find_quotes`, so plumbing tests do not depend on the rules."""
    monkeypatch.setattr(importlib.import_module("quotes.extract"), "find_quotes", fake_find_quotes)
