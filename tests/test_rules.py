"""The extraction rules, one realistic sentence each, read from tests/data/rules.jsonl.

Each case lists every quote expected (content, speaker mention, cue, type and, where there is one, the
addressee); a negative case expects none. A case the model parses wrongly carries an "xfail" reason.
"""

from __future__ import annotations

import pytest
from cases import case_param, read_cases

import quotes

CASES = read_cases("rules.jsonl")


@pytest.mark.parametrize("case", [case_param(c) for c in CASES])
def test_rule_case(nlp, case):
    found = quotes.extract(case["text"], nlp=nlp)
    got = [
        {"type": q.type, "content": q.quote, "speaker": q.speaker, "cue": q.cue}
        | ({"addressee": q.addressee} if "addressee" in e else {})
        for q, e in zip(found, case["quotes"])
    ]
    assert len(found) == len(case["quotes"]), [q.quote for q in found]
    assert got == case["quotes"]


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in CASES if c["quotes"]])  # holds for xfail cases too
def test_offsets_slice_back(nlp, case):
    text = case["text"]
    for q in quotes.extract(text, nlp=nlp):
        assert text[q.quote_start : q.quote_end] == q.quote
        if q.speaker is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker
        if q.cue is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
        assert 0.0 <= q.confidence <= 1.0
