"""Properties of `quotes.extract` that hold for any text: it never raises, and what it reports is consistent.

Two kinds of text: any Unicode at all, and sentences assembled from what the rules look for (quotation
marks of every style, matched or not, cue verbs, speakers, pronouns, paragraph breaks), which reaches far
more of the rules than random characters do.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import quotes
from quotes import Quote
from quotes.model import QUOTE_TYPES

PIECES = [
    '"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "「", "」",
    " ", " ", " ", ", ", ". ", "? ", "! ", ": ", " — ", "\n", "\n\n", "\t",
    "said", "says", "told", "added", "according to", "warned", "that", "the minister", "Mr Smith",
    "Jane Okafor", "the council", "she", "he", "they", "It", "We will", "not", "reporters", "BBC", "on Monday",
    "was", "is", "a", "of", "in", "é", "\u200b", "\u00a0", "🙂",
]

MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", ""]
SPEAKERS = ["the minister", "Mr Smith", "Jane Okafor", "she", "He", "The council", "a spokesman for the BBC", ""]
CUES = ["said", "says", "told reporters", "added", "warned", "insisted", "according to", ""]
words = st.lists(st.sampled_from(["we", "will", "not", "go", "back", "it", "is", "over", "Smith", "“", "”", "'"]),
                 min_size=0, max_size=8).map(" ".join)
mark = st.sampled_from(MARKS)
speaker = st.sampled_from(SPEAKERS)
cue = st.sampled_from(CUES)
sentence = st.one_of(
    st.tuples(mark, words, st.sampled_from([",", ".", "?", ""]), mark, speaker, cue).map(
        lambda t: f"{t[0]}{t[1]}{t[2]}{t[3]} {t[4]} {t[5]}."),
    st.tuples(speaker, cue, st.sampled_from(["that ", ""]), words).map(lambda t: f"{t[0]} {t[1]} {t[2]}{t[3]}."),
    st.tuples(cue, speaker, mark, words, mark).map(lambda t: f"{t[0].capitalize()} {t[1]}, {t[2]}{t[3]}{t[4]}"),
    st.lists(st.sampled_from(PIECES), max_size=10).map("".join),
)

any_text = st.text(max_size=300)
newsy_text = st.lists(st.tuples(sentence, st.sampled_from([" ", "\n", "\n\n", ""])), max_size=6).map(
    lambda parts: "".join(a + b for a, b in parts)[:300]
)

SPANS = [("quote", "quote_start", "quote_end"), ("speaker", "speaker_start", "speaker_end"),
         ("cue", "cue_start", "cue_end"), ("addressee", "addressee_start", "addressee_end")]


def check(text: str, found: list[Quote]) -> None:
    for index, quote in enumerate(found):
        assert quote.quote_index == index
        assert quote.type in QUOTE_TYPES
        assert quote.quote.strip(), f"empty content: {quote}"
        for name, start_name, end_name in SPANS:
            value, start, end = getattr(quote, name), getattr(quote, start_name), getattr(quote, end_name)
            if value is None:
                assert start is None and end is None, f"{name} offsets without a {name}: {quote}"
                continue
            assert start is not None and end is not None, f"{name} without offsets: {quote}"
            assert 0 <= start <= end <= len(text), f"{name} offsets outside the text: {quote}"
            assert text[start:end] == value, f"{name} offsets do not slice back to {value!r}: {quote}"
    starts = [quote.quote_start for quote in found]
    assert starts == sorted(starts), "quotes are not in document order"


def rows(found: list[Quote]) -> list[dict]:
    return [quote.to_row() for quote in found]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=any_text)
def test_any_unicode_text(nlp: Language, text: str) -> None:
    found = quotes.extract(text, nlp=nlp)
    check(text, found)
    assert rows(quotes.extract(text, nlp=nlp)) == rows(found)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=newsy_text)
def test_text_made_of_quotation_marks_cues_and_names(nlp: Language, text: str) -> None:
    found = quotes.extract(text, nlp=nlp)
    check(text, found)
    assert rows(quotes.extract(text, nlp=nlp)) == rows(found)
