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


#: The attack suite's tally (tests/test_attacks*.py): inputs given and documents missing from the output.
LEDGER = pytest.StashKey[dict]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[LEDGER] = {"inputs": 0, "lost": 0, "attacks": 0}


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    tally = config.stash.get(LEDGER, None)
    if tally and tally["inputs"]:
        terminalreporter.write_line(
            f"attack suite: documents lost: {tally['lost']} over {tally['inputs']} inputs ({tally['attacks']} attacks)"
        )


@pytest.fixture
def accounted(request: pytest.FixtureRequest):
    """``accounted(expected_ids, output_ids)``: assert that the output has exactly the input documents,
    each once, and add them to the tally printed at the end of the run ("documents lost: 0 over N")."""
    tally = request.config.stash[LEDGER]

    def check(expected: list[str] | set[str], got: list[str]) -> None:
        expected = set(expected)
        tally["attacks"] += 1
        tally["inputs"] += len(expected)
        tally["lost"] += len(expected - set(got))
        assert set(got) == expected, f"lost {sorted(expected - set(got))}, extra {sorted(set(got) - expected)}"
        assert len(got) == len(set(got)), "a document is in the output twice"

    return check
