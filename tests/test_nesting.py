"""Reported speech nested in another quote's content (quotes.nesting): a report the outer content frames is no
quote of its own; a direct quotation, or a clause the outer content merely ran over, keeps its own quote.
Sentences framed by an outer quote are in tests/data/reported_precision.jsonl; here, what must survive."""

from __future__ import annotations

import pytest

import quotes

#: (text, content, speaker) of a quote that must be found although another quote's content holds its cue.
KEPT = [
    # a direct quotation is the words of who said them, whoever relays it
    ("“We will not pay for it,” Reyes said, according to the Gazette.", "We will not pay for it,", "Reyes"),
    ("According to the transcript, Ms. Okafor said: “The vote is final.”", "The vote is final.", "Ms. Okafor"),
    # so are the quoted words of a mixed quote that "according to" relays
    ("According to the Ledger, Mayor Tom Briggs said the bridge “will open in May.”", "the bridge “will open in May.”",
     "Mayor Tom Briggs"),
    # a clause the first content ran over: a conjunct, an adverbial clause
    ("Vance said the plan was sound and added that costs would fall next year.", "costs would fall next year", None),
    ("Most members said they backed the deal, while a few said they needed more time.", "they needed more time", "a few"),
]


@pytest.mark.parametrize("text,content,speaker", KEPT)
def test_quote_beside_or_below_a_frame_is_kept(nlp, text, content, speaker):
    found = {q.quote: q.speaker for q in quotes.extract(text, nlp=nlp)}
    assert content in found, list(found)
    if speaker is not None:
        assert found[content] == speaker
