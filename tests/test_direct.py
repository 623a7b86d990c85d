"""Tests for quotes.direct: pairing quotation marks into top-level spans."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.direct import MAX_UNCLOSED_CHARS, QuoteSpan, find_quote_spans


def contents(text: str) -> list[str]:
    """Return the content of every span found in ``text``."""
    return [text[s.content_start : s.content_end] for s in find_quote_spans(text)]


def quoted(text: str) -> list[str]:
    """Return every span found in ``text`` with its marks."""
    return [text[s.start : s.end] for s in find_quote_spans(text)]


# -- mark styles ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will rebuild the bridge,” the mayor said.", "We will rebuild the bridge,"),
        ('"We will rebuild the bridge," the mayor said.', "We will rebuild the bridge,"),
        ("‘We will rebuild the bridge,’ the mayor said.", "We will rebuild the bridge,"),
        ("«Nous reconstruirons le pont», a déclaré le maire.", "Nous reconstruirons le pont"),
        ("« Nous reconstruirons le pont », a déclaré le maire.", "Nous reconstruirons le pont"),
        ("„Wir bauen die Brücke wieder auf“, sagte er.", "Wir bauen die Brücke wieder auf"),
        ("„Odbudujemy most”, powiedział burmistrz.", "Odbudujemy most"),
        ("‹Nous reconstruirons le pont›, a déclaré le maire.", "Nous reconstruirons le pont"),
        ("'We will rebuild the bridge,' the mayor said.", "We will rebuild the bridge,"),
    ],
)
def test_each_mark_style(text: str, expected: str) -> None:
    assert contents(text) == [expected]
    (span,) = find_quote_spans(text)
    assert span.closed and not span.continues
    marks = "“”\"'‘’«»„‚‹›"
    assert text[span.start] in marks and text[span.end - 1] in marks
    assert text[span.start : span.end].strip(marks + " ") == expected


def test_offsets_point_at_the_marks() -> None:
    text = "The mayor said “it is over” yesterday."
    (span,) = find_quote_spans(text)
    assert span == QuoteSpan(
        start=15, end=27, content_start=16, content_end=26, closed=True, continues=False
    )
    assert text[span.start] == "“" and text[span.end - 1] == "”"


def test_content_is_stripped_of_inner_whitespace() -> None:
    text = "The sign read “  Closed for repairs  ” on Monday."
    assert contents(text) == ["Closed for repairs"]


def test_markup_attribute_values_are_no_quotes() -> None:
    text = '<tweet pic="" author="CityHall" id="1449">Roads close at “noon” today.</tweet> He said "not yet."'
    assert contents(text) == ["noon", "not yet."]


def test_markup_attribute_value_cut_by_a_line_break_is_no_quote() -> None:
    text = '<tweet date="May 2,\n">Roads close at “noon” today.</tweet>'
    assert contents(text) == ["noon"]


def test_equals_sign_inside_a_quote_does_not_hide_the_next() -> None:
    text = 'The memo read "x = y" and the mayor said "no."'
    assert contents(text) == ["x = y", "no."]


# -- nesting -------------------------------------------------------------------


def test_single_quotes_nested_in_double_stay_inside() -> None:
    text = "“He told me ‘hold the line’ and hung up,” the officer said."
    assert contents(text) == ["He told me ‘hold the line’ and hung up,"]


def test_double_quotes_nested_in_guillemets_stay_inside() -> None:
    text = "«Il a dit “non” et il est parti», a rapporté le journal."
    assert contents(text) == ["Il a dit “non” et il est parti"]


def test_german_single_quotes_nested_in_german_double() -> None:
    text = "„Er sagte ‚nein‘ und ging“, berichtete die Zeitung."
    assert contents(text) == ["Er sagte ‚nein‘ und ging"]


def test_nested_quote_closing_together_with_outer() -> None:
    text = "“He warned us, ‘Don’t go,’” she said. Later he left."
    assert contents(text) == ["He warned us, ‘Don’t go,’"]


def test_straight_double_nested_in_curly_double() -> None:
    text = "“The label said \"organic\" but it was not,” the inspector said."
    assert contents(text) == ['The label said "organic" but it was not,']


# -- apostrophes -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials don't expect the vote to pass.",
        "It’s the second time Jones’ car was stolen this year.",
        "The band, popular in the ’90s, played rock ’n’ roll until two o’clock.",
        "The band, popular in the '90s, played rock 'n' roll until two o'clock.",
        "The Smiths' lawyer said they'd tell 'em on Friday.",
        "Fans in the ‘90s called it ‘til dawn.",
    ],
)
def test_apostrophes_are_not_quote_marks(text: str) -> None:
    assert find_quote_spans(text) == []


def test_apostrophes_inside_single_quotes_do_not_close_them() -> None:
    text = "‘We don’t know whether Jones’ car was in the garage,’ the detective said."
    assert contents(text) == ["We don’t know whether Jones’ car was in the garage,"]


def test_decade_and_elision_inside_single_quotes() -> None:
    text = "‘It sounded like rock ’n’ roll from the ’90s,’ a neighbour said."
    assert contents(text) == ["It sounded like rock ’n’ roll from the ’90s,"]


def test_straight_apostrophe_inside_straight_single_quotes() -> None:
    text = "'We're not leaving until it's fixed,' the tenants said."
    assert contents(text) == ["We're not leaving until it's fixed,"]


# -- straight double quotes -----------------------------------------------------------


def test_straight_double_quotes_alternate() -> None:
    text = 'Police said "the suspect fled on foot" and asked for "any information."'
    assert contents(text) == ["the suspect fled on foot", "any information."]


def test_straight_double_after_colon_without_space() -> None:
    text = 'The banner read:"No to the new airport" in red letters.'
    assert contents(text) == ["No to the new airport"]


def test_straight_double_inch_mark_is_ignored() -> None:
    text = 'The storm dropped 5" of rain. "It was the worst night," a farmer said.'
    assert contents(text) == ["It was the worst night,"]


@pytest.mark.xfail(
    reason="an inch mark inside a straight-quoted span looks exactly like a closing mark"
)
def test_inch_mark_inside_straight_quote() -> None:
    text = '"It is a 5" screen," the salesman said.'
    assert contents(text) == ['It is a 5" screen,']


# -- interrupted quotes and paragraphs -------------------------------------------


def test_interrupted_quote_gives_two_spans() -> None:
    text = "“We are ready,” the general said, “but we need more time.”"
    spans = find_quote_spans(text)
    assert contents(text) == ["We are ready,", "but we need more time."]
    assert all(s.closed and not s.continues for s in spans)


def test_continuation_over_three_paragraphs() -> None:
    text = (
        "“The flood took everything we had,” said Maria Lopez, a farmer.\n\n"
        "“We lost the barn, the harvest and most of the animals.\n\n"
        "“Our neighbours have been sleeping in the school hall for a week.\n\n"
        "“Nobody from the council has come to see us,” she added.\n\n"
        "The council did not respond to a request for comment."
    )
    spans = find_quote_spans(text)
    assert contents(text) == [
        "The flood took everything we had,",
        "We lost the barn, the harvest and most of the animals.",
        "Our neighbours have been sleeping in the school hall for a week.",
        "Nobody from the council has come to see us,",
    ]
    assert [s.closed for s in spans] == [True, False, False, True]
    assert [s.continues for s in spans] == [False, False, True, True]
    assert spans[1].end == spans[1].content_end


def test_continuation_with_single_newlines() -> None:
    text = "“The first part of the plan is ready.\n“The second part,” he said, “is not.”"
    spans = find_quote_spans(text)
    assert [s.continues for s in spans] == [False, True, False]
    assert [s.closed for s in spans] == [False, True, True]


def test_unclosed_at_paragraph_end() -> None:
    text = (
        "The statement said: “The coalition airstrike was halted immediately.\n\n"
        "There is no independent confirmation of the figures."
    )
    (span,) = find_quote_spans(text)
    assert text[span.content_start : span.content_end] == (
        "The coalition airstrike was halted immediately."
    )
    assert not span.closed and not span.continues
    assert span.end == span.content_end == text.index("\n")


def test_unclosed_quote_without_opening_next_paragraph_is_not_continued() -> None:
    text = "He said: “We are going home.\n\nThe army said “we are staying,” later."
    spans = find_quote_spans(text)
    assert contents(text) == ["We are going home.", "we are staying,"]
    assert [s.continues for s in spans] == [False, False]


def test_quote_never_crosses_a_paragraph_boundary() -> None:
    text = "The minister said “the budget\nis balanced” on Monday."
    assert contents(text) == ["the budget"]


def test_unclosed_straight_single_quote_gives_no_span() -> None:
    text = "She said 'we might leave before the vote and then left the room."
    assert find_quote_spans(text) == []


# -- unbalanced marks ------------------------------------------------------------------


def test_stray_closing_mark_is_ignored() -> None:
    text = "The report” was delayed. “We regret the delay,” the agency said."
    spans = find_quote_spans(text)
    assert contents(text) == ["We regret the delay,"]
    assert spans[0].start == text.index("“")


def test_stray_opening_followed_by_space_does_not_swallow_quotes() -> None:
    text = "The mayor “ said nothing. “We are ready,” her deputy said."
    assert contents(text) == ["We are ready,"]


def test_unmatched_same_style_opening_is_cut_at_sentence_end() -> None:
    text = "“The road is closed, the officer said. Then “it will reopen,” he added."
    spans = find_quote_spans(text)
    assert contents(text) == ["The road is closed, the officer said.", "it will reopen,"]
    assert [s.closed for s in spans] == [False, True]


def test_stray_opening_in_long_paragraph_keeps_later_quotes() -> None:
    filler = (
        "Residents of the eastern districts have complained for months about the "
        "state of the roads, the lack of buses and the closure of two clinics. "
    )
    text = (
        "The governor promised a “new deal for the region on Tuesday. "
        + filler * 8
        + "She also said the “plan” would be published.\n\n"
        "“We will publish every figure,” her spokesman said.\n\n"
        "‘Nobody trusts them,’ a resident said."
    )
    spans = find_quote_spans(text)
    found = contents(text)
    assert found == [
        "new deal for the region on Tuesday.",
        "plan",
        "We will publish every figure,",
        "Nobody trusts them,",
    ]
    assert not spans[0].closed
    assert all(len(c) <= MAX_UNCLOSED_CHARS for c in found)


def test_long_unclosed_quote_without_sentence_end_is_dropped() -> None:
    text = "He said “" + "and then " * 120 + "\n\n“Fine,” she said."
    assert contents(text) == ["Fine,"]


# -- degenerate input -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“”“”“”",
        '""""""',
        "''''''",
        "“\"'‘’”«»„“‚‘‹›",
        "” ’ » › “ ‘ « ‹ „ ‚ \" '\n\n\n“”\n",
        "",
        "\n\n\n",
    ],
)
def test_only_quotation_marks_give_no_spans(text: str) -> None:
    assert find_quote_spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“”",
        '" "',
        "« »",
        "‘ ’",
        "„“",
        "The sign said “ ” nothing.",
        "The poster showed “?!” and «—» only.",
    ],
)
def test_empty_content_gives_no_span(text: str) -> None:
    assert find_quote_spans(text) == []


def test_fifty_levels_of_nesting() -> None:
    opening = "“‘" * 25
    closing = "’”" * 25
    text = "He said " + opening + "deep" + closing + " and left. “Next,” she said."
    spans = find_quote_spans(text)
    assert len(spans) == 2
    assert text[spans[0].start : spans[0].end] == opening + "deep" + closing
    assert contents(text)[1] == "Next,"


def test_fifty_unclosed_levels_do_not_raise() -> None:
    text = "He said " + "“‘" * 25 + "deep down.\n\n“Next,” she said."
    assert contents(text)[-1] == "Next,"


# -- large and pathological input (speed is measured in benchmarks/, not here) -----------------


def test_five_megabytes_of_news_gives_every_quote() -> None:
    paragraph = (
        "“We are ready,” the general said on Tuesday, “but we need more time.” "
        "Officials said the ’90s plan wasn't Jones’ idea. \"It is fine,\" she said.\n\n"
    )
    count = 5_000_000 // len(paragraph)
    spans = find_quote_spans(paragraph * count)
    assert len(spans) == 3 * count


@pytest.mark.parametrize(
    "text",
    [
        "“" * 200_000,
        '"' * 200_000,
        "“‘«„" * 50_000,
        ("“word " * 30_000),
        "word " * 40_000 + "“" + "word " * 40_000,
    ],
    ids=["curly-openers", "straight-doubles", "mixed-openers", "openers-and-words", "long-line"],
)
def test_pathological_input_gives_valid_spans(text: str) -> None:
    spans = find_quote_spans(text)
    for span in spans:
        assert 0 <= span.start <= span.content_start < span.content_end <= span.end <= len(text)
        assert text[span.content_start : span.content_end].strip() == text[span.content_start : span.content_end]


# -- properties --------------------------------------------------------------------------

_MARKS = list("“”\"'‘’«»„‚‹›")
_ALPHABET = st.one_of(
    st.sampled_from(_MARKS + list("  \n\n.,aZs9")),
    st.characters(codec="utf-8"),
)


#: What may stand between a closed span's content and its end: one closing mark, or two apostrophes.
CLOSING_MARKS = set("“”„\"'‘’‚«»‹›") | {"''"}


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=300))
def test_spans_are_valid_for_any_text(text: str) -> None:
    spans = find_quote_spans(text)
    previous_end = 0
    for span in spans:
        assert 0 <= span.start <= span.content_start < span.content_end <= span.end <= len(text)
        assert span.start >= previous_end
        content = text[span.content_start : span.content_end]
        assert content == content.strip()
        assert "\n" not in text[span.start : span.end]
        if span.closed:  # the content ends at the closing mark: one character, or two apostrophes ('')
            assert text[span.content_end : span.end].strip() in CLOSING_MARKS
        else:
            assert span.end == span.content_end
        previous_end = span.end


def test_flattened_paragraphs_continue_at_new_opening_mark() -> None:
    # scraped text often loses its paragraph breaks: a quote left open is continued by a new mark
    text = (
        '"We played well," he said. "They won from the kicking tee. "It is frustrating. '
        'The lads showed ambition. "We must now recover."'
    )
    spans = find_quote_spans(text)
    assert contents(text) == [
        "We played well,",
        "They won from the kicking tee.",
        "It is frustrating. The lads showed ambition.",
        "We must now recover.",
    ]
    assert [s.continues for s in spans] == [False, False, True, True]


# -- two apostrophes for a double mark (New York Times ''…'', wire copy ``…'') -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("''We will not raise fares,'' Ms. Okafor said. ''Not this year.''", ["We will not raise fares,", "Not this year."]),
        ("``We will go,'' he said. ``Soon.''", ["We will go,", "Soon."]),
        ("''The lake,'' Mr. Obi said, ''has never been this low.''", ["The lake,", "has never been this low."]),
        ("The council called the plan ''reckless'' on Monday.", ["reckless"]),
        # a single quotation closed right before the double one: three apostrophes
        ("''He called it 'a stunt,''' she said.", ["He called it 'a stunt,'"]),
        ("''He called it 'a stunt.' '' she said.", ["He called it 'a stunt.'"]),
        # a quote left open at the end of its paragraph runs to the paragraph end
        ("''We spent years on this. It is done.", ["We spent years on this. It is done."]),
    ],
)
def test_double_apostrophe_marks(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_double_apostrophe_offsets_cover_both_characters() -> None:
    text = "''It is over,'' she said."
    (span,) = find_quote_spans(text)
    assert span == QuoteSpan(start=0, end=15, content_start=2, content_end=13, closed=True, continues=False)


@pytest.mark.parametrize(
    "text",
    [
        "The shelf is 6'2'' high and the door is 7' wide.",  # inches and feet, not quotation marks
        "He said it was the Joneses' car, not ours.",
    ],
)
def test_double_apostrophe_negatives(text: str) -> None:
    assert contents(text) == []


def test_double_apostrophe_continues_across_paragraphs() -> None:
    text = "''The first part is long.\n\n''And the second part ends here,'' she said."
    spans = find_quote_spans(text)
    assert [text[s.content_start : s.content_end] for s in spans] == [
        "The first part is long.",
        "And the second part ends here,",
    ]
    assert spans[1].continues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Nothing will change,” the director said.', ["Nothing will change,"]),
        ("“Nothing will change,\" the director said.", ["Nothing will change,"]),
        ('“She told me "no" twice,” he said.', ['She told me "no" twice,']),
    ],
)
def test_a_quote_typed_with_two_kinds_of_double_mark(text: str, expected: list[str]) -> None:
    assert contents(text) == expected
