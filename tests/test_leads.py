"""Tests for quotes.leads: transcript turns (plain text) and sign-offs and lead-ins (with the model)."""

from __future__ import annotations

import pytest

import quotes
from quotes.leads import find_turns


def _turns(text: str) -> list[tuple[str, str, bool]]:
    return [(text[slice(*t.label)], text[slice(*t.content)], t.carried) for t in find_turns(text)]


def test_transcript_labels_carry_to_unlabelled_paragraphs() -> None:
    text = (
        "HARPER: Will you run again?\n\nDUVALL: I have not decided.\n\nWe need to talk to our families first.\n\n"
        "HARPER: When will you know?"
    )
    assert _turns(text) == [
        ("HARPER", "Will you run again?", False),
        ("DUVALL", "I have not decided.", False),
        ("DUVALL", "We need to talk to our families first.", True),
        ("HARPER", "When will you know?", False),
    ]


def test_a_stage_direction_ends_the_carried_label() -> None:
    text = "Q: Did you vote?\n\nA: Yes, early.\n\n(END VIDEO CLIP)\n\nThe polls closed at eight."
    assert _turns(text) == [("Q", "Did you vote?", False), ("A", "Yes, early.", False)]


def test_labels_with_a_title_and_an_affiliation() -> None:
    text = "SEN. JOAN BELL (D-ORE.): We will vote no.\n\nMODERATOR: Thank you, Senator Bell.\n\nSEN. JOAN BELL (D-ORE.): And again no."
    assert [label for label, _, _ in _turns(text)] == ["SEN. JOAN BELL (D-ORE.)", "MODERATOR", "SEN. JOAN BELL (D-ORE.)"]


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: The road reopened on Friday.\n\nCORRECTION: An earlier version misstated the date.",
        "REYES: We have the money.\n\nThe council met on Tuesday.",  # one label is no transcript
        "STAT OF THE WEEK: $43 million in subsidies.\n\nSHORT READS: three stories.",  # headings, nobody named
        "The mayor said: We will see.\n\nThe council agreed: No more delays.",  # not at a paragraph start in capitals
    ],
)
def test_not_a_transcript(text: str) -> None:
    assert find_turns(text) == []


def test_a_label_named_in_the_text_counts_once() -> None:
    text = "Jake Harper spoke to Ana Duvall on Sunday.\n\nHARPER: Why now?\n\nDUVALL: Because it is time."
    assert [label for label, _, _ in _turns(text)] == ["HARPER", "DUVALL"]


def test_transcript_turns_are_direct_quotes_of_their_label(nlp) -> None:
    text = "HARPER: Will you run again?\n\nDUVALL: I have not decided.\n\nWe need to talk to our families first.\n\nHARPER: Why?"
    found = quotes.extract(text, nlp=nlp)
    assert [(q.type, q.quote, q.speaker) for q in found] == [
        ("direct", "Will you run again?", "HARPER"),
        ("direct", "I have not decided.", "DUVALL"),
        ("direct", "We need to talk to our families first.", "DUVALL"),
        ("direct", "Why?", "HARPER"),
    ]
    for q in found:
        assert text[q.speaker_start : q.speaker_end] == q.speaker
        assert text[q.quote_start : q.quote_end] == q.quote


def test_a_q_glued_to_its_question_labels_it_between_answers() -> None:
    text = (
        "QWhat changed after the flood?\n\nA: The levee was rebuilt. It took two years.\n\n"
        "It still leaks in places.\n\nQIf the river rises again, will it hold?\n\nA: I think so."
    )
    assert _turns(text) == [
        ("Q", "What changed after the flood?", False),
        ("A", "The levee was rebuilt. It took two years.", False),
        ("A", "It still leaks in places.", True),
        ("Q", "If the river rises again, will it hold?", False),
        ("A", "I think so.", False),
    ]


def test_a_word_starting_with_q_is_no_label() -> None:
    text = "A: We met in Quebec.\n\nQAnon posts spread fast.\n\nA: Yes."
    assert [label for label, _, _ in _turns(text)] == ["A", "A", "A"]
