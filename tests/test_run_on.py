"""quotes.run_on: a quotation that stops mid-clause runs on into the phrase after its closing mark."""

from __future__ import annotations

import pytest

from quotes.direct import find_quote_spans
from quotes.lexicon import default_lexicon
from quotes.run_on import run_on_end


def _run_on(nlp, text: str) -> str | None:
    doc = nlp(text)
    (span,) = find_quote_spans(text)
    end = run_on_end(doc, text, span, default_lexicon().verbs)
    return None if end is None else text[span.start : end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tenants ask the landlord to make it clear “that you find such threats unacceptable” by condemning the "
            "letter.",
            "“that you find such threats unacceptable” by condemning the letter",
        ),
        (
            "The campaign projects that “raising the fee by a fraction of a dollar” on parking permits would raise "
            "$2 million a year.",
            "“raising the fee by a fraction of a dollar” on parking permits",
        ),
        (  # on the narrator's verb the quoted words hang on; not the narrator's clause on the name after it
            "The vote comes two days after Ms. Hale told the Tribune she was “not quite there yet” on backing Mayor "
            "Dunn, who faces a recall in May.",
            "“not quite there yet” on backing Mayor Dunn",
        ),
    ],
)
def test_quotation_runs_on_into_its_phrase(nlp, text, expected):
    assert _run_on(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said “the pier will reopen” on Friday.",  # the scene of the saying
        "“The pier will reopen,” the mayor said on Friday.",  # the quotation ends with a stop of its own
        "The crowd chanted “Save our pier” and waved banners.",  # a second predicate
        "Its “zero tolerance” policy increased arrests by a third.",  # not a preposition or a conjunction
        "The mayor said “the pier will reopen.” By Friday, it had.",  # a new sentence
    ],
)
def test_quotation_that_ends_its_clause_does_not_run_on(nlp, text):
    assert _run_on(nlp, text) is None
