"""Who gets a voice: speaker gender (`quotes.gender`) and source kind with the anonymity reason (`quotes.sources`).

Sentences are made up; names are invented.
"""

from __future__ import annotations

import pytest

import quotes
from quotes.gender import decide


def by_speaker(text: str, nlp) -> dict[str, quotes.Quote]:
    return {q.speaker: q for q in quotes.extract(text, nlp=nlp)}


# --------------------------------------------------------------------------------------------- gender


def test_gender_from_an_honorific_elsewhere_in_the_text(nlp):
    text = "Kim Tabor runs the shelter. “We are full every night,” Kim Tabor said. Ms Tabor opened it in 2019."
    quote = quotes.extract(text, nlp=nlp)[0]
    assert (quote.speaker_gender, quote.speaker_gender_source) == ("female", "honorific")


def test_gender_from_a_pronoun_speaker_chained_to_the_name(nlp):
    text = "Robin Castell chairs the trust. “We will appeal,” she said."
    quote = quotes.extract(text, nlp=nlp)[0]
    assert quote.speaker_canonical == "Robin Castell"
    assert (quote.speaker_gender, quote.speaker_gender_source) == ("female", "pronoun")


def test_every_quote_of_the_person_carries_the_gender_a_pronoun_gave(nlp):
    text = "“The roof leaks,” said Robin Castell, who chairs the trust. “We need help,” she added."
    found = quotes.extract(text, nlp=nlp)
    assert [q.speaker_gender for q in found] == ["female", "female"]


def test_gender_from_a_role_noun_in_apposition(nlp):
    text = "“The line will reopen on Monday,” said Jordan Pell, a spokeswoman for Northway Trains."
    quote = quotes.extract(text, nlp=nlp)[0]
    assert (quote.speaker_gender, quote.speaker_gender_source) == ("female", "role")


def test_spokesman_and_chairman_are_no_evidence(nlp):
    text = "“The line will reopen on Monday,” said Jordan Pell, the chairman of Northway Trains."
    quote = quotes.extract(text, nlp=nlp)[0]
    assert quote.speaker_type == "person"
    assert (quote.speaker_gender, quote.speaker_gender_source) == ("unknown", None)


def test_gender_from_a_first_name_in_the_lexicon(nlp):
    text = "“Prices will keep rising,” said Margaret Holm, an economist at Corvale Bank."
    quote = quotes.extract(text, nlp=nlp)[0]
    assert (quote.speaker_gender, quote.speaker_gender_source) == ("female", "first-name")


def test_conflicting_evidence_gives_unknown_never_a_guess(nlp):
    text = "“We will not close,” said Margaret Holm. Mr Holm has run the mill since 1990."
    quote = quotes.extract(text, nlp=nlp)[0]
    assert (quote.speaker_gender, quote.speaker_gender_source) == ("unknown", None)


def test_no_evidence_gives_unknown(nlp):
    text = "“We will not close,” said Jordan Vey."
    quote = quotes.extract(text, nlp=nlp)[0]
    assert quote.speaker_type == "person"
    assert quote.speaker_gender == "unknown"


def test_organisations_get_no_gender(nlp):
    text = "Ashby District Council said the pool would open in September."
    quote = quotes.extract(text, nlp=nlp)[0]
    assert quote.speaker_type == "organisation"
    assert quote.speaker_gender is None and quote.speaker_gender_source is None


def test_decide_takes_the_strongest_source_that_agrees():
    assert decide({"first-name": {"f"}, "honorific": {"f"}}) == ("female", "honorific")
    assert decide({"pronoun": {"m"}, "first-name": {"f"}}) == ("unknown", None)
    assert decide({}) == ("unknown", None)


# --------------------------------------------------------------------------------------------- source kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Priya Osman said the plan was sound.", "named"),
        ("The council said the plan was sound.", "named"),
        ("Critics said the plan was reckless.", "generic"),
        ("Residents said the plan was reckless.", "generic"),
        ("Analysts said the shares were undervalued.", "generic"),
        ("A senior official said the talks had stalled.", "anonymous"),
        ("One aide said the minister would resign.", "anonymous"),
        ("A source close to the minister said she would resign.", "anonymous"),
        ("Sources said the deal was close.", "anonymous"),
        ("People familiar with the talks said the deal was close.", "anonymous"),
        ("A report said the river was polluted.", "document"),
        ("A poll published on Monday said most voters backed the plan.", "document"),
    ],
)
def test_source_kind_from_the_mention(nlp, text, kind):
    quote = quotes.extract(text, nlp=nlp)[0]
    assert quote.source_kind == kind


def test_a_pronoun_takes_the_kind_of_the_earlier_mention(nlp):
    text = "A senior official said the talks had stalled. “Nobody is talking,” he said."
    assert [q.source_kind for q in quotes.extract(text, nlp=nlp)] == ["anonymous", "anonymous"]


def test_a_report_with_its_issuer_named_is_named(nlp):
    text = "The Harbour Trust published a report on Monday. The report said the river was polluted."
    found = quotes.extract(text, nlp=nlp)
    assert found[-1].speaker_canonical == "Harbour Trust"
    assert found[-1].source_kind == "named"


def test_a_named_spokeswoman_is_named(nlp):
    text = "“Nobody is being turned away,” said a spokeswoman for the ministry, Ilona Farkas."
    quote = quotes.extract(text, nlp=nlp)[0]
    assert quote.source_kind == "named"


def test_no_speaker_no_source_kind(nlp):
    quote = quotes.extract("The mayor spoke for an hour. “We are ready for whatever comes next. Nobody should doubt it.”", nlp=nlp)[0]
    assert quote.speaker is None and quote.source_kind is None


# --------------------------------------------------------------------------------------------- anonymity reason


def test_anonymity_reason_with_its_offsets(nlp):
    text = (
        "A senior official, who spoke on condition of anonymity because they were not authorised to discuss the "
        "talks, said the deal was close."
    )
    quote = quotes.extract(text, nlp=nlp)[0]
    assert quote.source_kind == "anonymous"
    assert quote.anonymity_reason == "because they were not authorised to discuss the talks"
    assert text[quote.anonymity_reason_start : quote.anonymity_reason_end] == quote.anonymity_reason


def test_anonymity_reason_after_the_cue(nlp):
    text = "The talks had stalled, said one diplomat, who asked not to be named for fear of reprisals."
    quote = quotes.extract(text, nlp=nlp)[0]
    assert quote.source_kind == "anonymous"
    assert quote.anonymity_reason == "for fear of reprisals"


def test_anonymity_without_a_reason(nlp):
    text = "A senior official who spoke on condition of anonymity said the deal was close."
    quote = quotes.extract(text, nlp=nlp)[0]
    assert quote.source_kind == "anonymous"
    assert quote.anonymity_reason is None and quote.anonymity_reason_start is None


def test_a_named_speaker_gets_no_anonymity_reason(nlp):
    text = "Priya Osman said the deal was close because the sides were not far apart."
    quote = quotes.extract(text, nlp=nlp)[0]
    assert quote.source_kind == "named" and quote.anonymity_reason is None


def test_another_person_with_the_surname_is_no_evidence(nlp):
    """Regression: "Mr Howard" (the husband) made "Mrs Howard" unknown; "Mr Michael Howard" is not Sandra Howard."""
    text = (
        "Mr Howard said the party was united. Mrs Howard said she had never enjoyed a campaign more. "
        "Sandra Howard said the children were proud. Mr Michael Howard said the tour would go on."
    )
    found = {q.speaker: q for q in quotes.extract(text, nlp=nlp)}
    assert found["Mrs Howard"].speaker_canonical == "Sandra Howard"
    assert (found["Mrs Howard"].speaker_gender, found["Mrs Howard"].speaker_gender_source) == ("female", "honorific")
    assert found["Mr Howard"].speaker_gender == "male"


def test_a_pronoun_for_a_role_is_named(nlp):
    text = "The prime minister visited the plant on Monday. He said the jobs were safe."
    quote = quotes.extract(text, nlp=nlp)[-1]
    assert quote.speaker == "He" and quote.source_kind == "named"


@pytest.mark.parametrize(
    "text",
    ["Official statistics published on Monday said that prices rose by 3%.", "The survey said that most tenants were worried."],
)
def test_statistics_and_a_survey_with_no_issuer_are_documents(nlp, text):
    assert quotes.extract(text, nlp=nlp)[0].source_kind == "document"


def test_a_report_with_a_possessive_issuer_is_named(nlp):
    text = "The Electoral Commission met on Monday. Its report said that turnout had fallen."
    assert quotes.extract(text, nlp=nlp)[-1].source_kind == "named"


def test_every_output_carries_the_voice_fields(nlp):
    text = "A senior official, who spoke on condition of anonymity because he was not allowed to talk, said it was over."
    quote = quotes.extract(text, nlp=nlp, doc_id="d")[0]
    row, gold = quote.to_row(), quote.to_gold()
    columns = list(row)
    start = columns.index("addressee_end") + 1  # the voice columns follow the offsets, in this order
    assert columns[start : start + 8] == ["speaker_gender", "speaker_gender_source", "source_kind", "anonymity_reason",
                                          "anonymity_reason_start", "anonymity_reason_end", "speaker_id", "speaker_category"]  # fmt: skip
    assert gold["source_kind"] == "anonymous" == row["source_kind"]
    assert gold["anonymity_reason"] == [row["anonymity_reason_start"], row["anonymity_reason_end"]]
    assert gold["anonymity_reason_text"] == "because he was not allowed to talk"
    frame = quotes.to_frame([quote])
    assert str(frame["anonymity_reason_start"].dtype) == "Int64"


def test_close_to_a_place_is_no_anonymity_marker(nlp):
    text = "Residents close to the border said the shelling had stopped."
    assert quotes.extract(text, nlp=nlp)[0].source_kind == "generic"


def test_an_official_resolved_to_the_body_is_still_anonymous_when_marked(nlp):
    text = "“He will sign on Monday,” said a Corvale Athletic official, who declined to be named."
    quote = quotes.extract(text, nlp=nlp)[0]
    assert quote.source_kind == "anonymous" and quote.anonymity_reason is None


def test_a_generic_source_left_without_a_canonical_name_is_told_from_its_mention(nlp):
    """The resolver may leave "critics" or "a source familiar with the matter" with no canonical name."""
    from quotes.sources import find_source_kinds

    text = "Critics said the plan was reckless. A source familiar with the matter said it would be dropped."
    doc = nlp(text)
    found = quotes.extract(doc)
    for quote in found:
        quote.speaker_canonical, quote.speaker_type = None, "unknown"
    find_source_kinds(doc, found, text=text)
    assert [q.source_kind for q in found] == ["generic", "anonymous"]
