"""Constructions of real US and UK news copy (issue 10, items 6-10), one made-up sentence each, read from
tests/data/reported_news.jsonl: fragments under one cue, speech verbs, nominal cues, headlines, parse repairs and
span boundaries. Same case format as tests/data/rules.jsonl; negatives expect no quote (or only the listed ones).
"""

from __future__ import annotations

import pytest
from cases import case_param, read_cases

import quotes

CASES = read_cases("reported_news.jsonl", "reported_precision.jsonl")  # the second: what is not a quote, and bounds
FIELDS = ("type", "content", "speaker", "cue")


@pytest.mark.parametrize("case", [case_param(c) for c in CASES])
def test_news_case(nlp, case):
    found = quotes.extract(case["text"], nlp=nlp)
    got = [
        {"type": q.type, "content": q.quote, "speaker": q.speaker, "cue": q.cue}
        | {key: getattr(q, key) for key in expected if key not in FIELDS}
        for q, expected in zip(found, case["quotes"])
    ]
    assert len(found) == len(case["quotes"]), [q.quote for q in found]
    assert got == case["quotes"]


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in CASES if c["quotes"]])
def test_news_offsets_slice_back(nlp, case):  # offsets slice back even where the quotes found are wrong (xfail above)
    text = case["text"]
    for q in quotes.extract(text, nlp=nlp):
        assert text[q.quote_start : q.quote_end] == q.quote
        if q.speaker is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker


def test_headline_quotes_are_marked_in_the_table(nlp):
    text = "Ruiz: Budget Is Dead\n\nThe council leader Ana Ruiz said on Monday that the budget could not pass."
    table = quotes.to_frame(quotes.extract(text, nlp=nlp))
    assert quotes.COLUMNS[-1] == "section" and list(table.columns) == list(quotes.COLUMNS)
    assert table["section"].tolist() == ["headline", "body"]
    assert table.loc[table.section == "body", "speaker"].tolist() == ["The council leader Ana Ruiz"]


#: Quotations next to a cue that are no fragment of what it reports: a name in the speaker's description, a title
#: in capitals, a quotation in a clause of its own. Whatever else is said of them, they are no mixed quote.
NOT_FRAGMENTS = [
    "“It was a disgrace,” said Lena Park, a nurse who waited in an “absurdly long queue” outside the clinic.",
    "“We have to listen,” said Tom Hale, the author of “Quiet Streets,” a history of the town.",
    "“We will win the county,” Ms. Ortiz told a crowd of 300 here on Tuesday after she took the stage to “Eye of the Storm.”",
    "“I like him,” she said, showing off the “Keep Leeds Green” banner that her group had printed.",
    "Hemsley, the co-author of “Going Viral,” about the spread of rumours, said the days of one shared story are gone.",
]


@pytest.mark.parametrize("text", NOT_FRAGMENTS)
def test_quotation_beside_a_cue_is_no_fragment(nlp, text):
    assert [q.quote for q in quotes.extract(text, nlp=nlp) if q.type == "mixed"] == []
