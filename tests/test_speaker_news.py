"""Who said it, in the ways real news copy frames a quote, one made-up sentence each, read from
tests/data/speaker_news.jsonl.

Each case lists quotes that must be found, by their content, with the speaker mention (``null`` for none) and,
where given, the type and cue; quotes the case does not list are not checked (a sentence may hold a reported clause
whose own speaker is beside the point). A negative case lists under "absent" contents that must not be quotes. A case
the model gets wrong carries an "xfail" reason.
"""

from __future__ import annotations

import pytest
from cases import case_param, read_cases

import quotes

CASES = read_cases("speaker_news.jsonl")


@pytest.mark.parametrize("case", [case_param(c) for c in CASES])
def test_speaker_case(nlp, case):
    found = {q.quote: q for q in quotes.extract(case["text"], nlp=nlp)}
    for expected in case["quotes"]:
        assert expected["content"] in found, (expected["content"], list(found))
        quote = found[expected["content"]]
        got = {key: getattr(quote, key if key != "content" else "quote") for key in expected}
        assert got == expected
    for content in case.get("absent", []):
        assert content not in found, (content, found[content].speaker)
