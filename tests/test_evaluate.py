"""The scoring rule of docs/gold-format.md, on hand-written gold and predictions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.evaluate import (
    GoldFormatError,
    evaluate,
    format_report,
    match_quotes,
    normalise_name,
    read_gold,
    score,
    speaker_right,
)

CLI_DATA = Path(__file__).parent / "data" / "cli"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def q(start: int, end: int, *, speaker: tuple[int, int] | None = None, canonical: str | None = None, type: str = "direct") -> dict[str, Any]:
    return {
        "content": [start, end],
        "speaker": list(speaker) if speaker else None,
        "speaker_canonical": canonical,
        "type": type,
    }


def doc(*quotes: dict[str, Any], doc_id: str = "d", text: str = "x" * 200) -> dict[str, Any]:
    return {"doc_id": doc_id, "text": text, "quotes": list(quotes)}


# --------------------------------------------------------------------------------------------- matching


def test_overlap_of_exactly_half_the_gold_span_matches() -> None:
    assert match_quotes([q(0, 10)], [q(5, 20)]) == [(0, 0)]


def test_overlap_of_less_than_half_the_gold_span_does_not_match() -> None:
    assert match_quotes([q(0, 10)], [q(6, 20)]) == []


def test_half_is_measured_on_the_gold_span_not_the_prediction() -> None:
    # The prediction is ten times longer than the gold quote: it still covers all of it.
    assert match_quotes([q(0, 10)], [q(0, 100)]) == [(0, 0)]
    # The gold quote is long: a short prediction inside it covers less than half.
    assert match_quotes([q(0, 100)], [q(10, 40)]) == []


def test_touching_spans_do_not_overlap() -> None:
    assert match_quotes([q(0, 10)], [q(10, 20)]) == []


def test_one_prediction_matches_at_most_one_gold_quote() -> None:
    gold = [q(0, 10), q(10, 20)]
    scores = score([doc(*gold)], [doc(q(0, 20))])
    assert scores["quote"]["tp"] == 1
    assert scores["quote"]["recall"] == 0.5
    assert scores["quote"]["precision"] == 1.0


def test_one_gold_quote_matches_at_most_one_prediction() -> None:
    scores = score([doc(q(0, 20))], [doc(q(0, 12), q(10, 20))])
    assert scores["quote"]["tp"] == 1
    assert scores["quote"]["precision"] == 0.5


def test_greedy_takes_the_largest_overlap_first() -> None:
    # Both predictions qualify for the gold quote; the one sharing more characters wins,
    # even though it comes second.
    assert match_quotes([q(0, 10)], [q(0, 6), q(1, 10)]) == [(0, 1)]
    # The first prediction overlaps gold 0 by 6 and gold 1 by 10: it goes to gold 1, and the
    # second prediction is left for gold 0.
    gold = [q(0, 10), q(4, 14)]
    predicted = [q(4, 14), q(0, 9)]
    assert match_quotes(gold, predicted) == [(0, 1), (1, 0)]


# --------------------------------------------------------------------------------------------- speakers


def test_speaker_right_when_mentions_overlap() -> None:
    assert speaker_right(q(0, 10, speaker=(20, 30)), q(0, 10, speaker=(25, 40)))


def test_speaker_wrong_when_mentions_do_not_overlap_and_no_canonical() -> None:
    assert not speaker_right(q(0, 10, speaker=(20, 30)), q(0, 10, speaker=(30, 40)))


def test_speaker_right_by_canonical_ignoring_case_and_a_leading_the() -> None:
    predicted = q(0, 10, speaker=(100, 110), canonical="the Russian Defence Ministry")
    gold = q(0, 10, speaker=(20, 30), canonical="Russian defence ministry")
    assert speaker_right(predicted, gold)
    assert speaker_right(q(0, 10, canonical="THE  US"), q(0, 10, speaker=(1, 2), canonical="US"))


def test_the_only_counts_as_a_leading_word() -> None:
    assert normalise_name("The Hague") == "hague"
    assert normalise_name("Theresa May") == "theresa may"
    assert normalise_name("Ministry of the Interior") == "ministry of the interior"
    assert not speaker_right(q(0, 10, canonical="Theresa May"), q(0, 10, canonical="resa May"))


def test_missing_canonicals_are_not_equal() -> None:
    assert not speaker_right(q(0, 10, speaker=(20, 30)), q(0, 10, speaker=(40, 50)))
    assert not speaker_right(q(0, 10, canonical=""), q(0, 10, speaker=(40, 50), canonical=""))


def test_unattributed_in_both_is_right_and_in_one_is_wrong() -> None:
    assert speaker_right(q(0, 10), q(0, 10))
    assert not speaker_right(q(0, 10, speaker=(20, 30)), q(0, 10))
    assert not speaker_right(q(0, 10), q(0, 10, speaker=(20, 30)))


def test_quote_plus_speaker_counts_only_matches_with_the_right_speaker() -> None:
    gold = doc(q(0, 10, speaker=(50, 55)), q(20, 30, speaker=(60, 65)), q(100, 120))
    predicted = doc(q(0, 10, speaker=(50, 55)), q(20, 30, speaker=(70, 75)), q(150, 160))
    scores = score([gold], [predicted])
    assert scores["quote"]["tp"] == 2
    assert scores["quote+speaker"]["tp"] == 1
    assert scores["quote+speaker"]["precision"] == pytest.approx(1 / 3)
    assert scores["quote+speaker"]["recall"] == pytest.approx(1 / 3)


def test_canonical_accuracy_is_over_matched_quotes_with_a_gold_canonical() -> None:
    gold = doc(
        q(0, 10, canonical="Sam Patel"),
        q(20, 30, canonical="The Pentagon"),
        q(40, 50),  # no canonical: not counted
        q(60, 70, canonical="Joan Mackie"),  # not matched: not counted
    )
    predicted = doc(q(0, 10, canonical="sam patel"), q(20, 30, canonical="NATO"), q(40, 50, canonical="x"))
    canonical = score([gold], [predicted])["speaker_canonical"]
    assert canonical == {"accuracy": 0.5, "correct": 1, "total": 2}


def voice(quote: dict[str, Any], gender: str | None, kind: str | None) -> dict[str, Any]:
    return {**quote, "speaker_gender": gender, "source_kind": kind}


def test_gender_accuracy_where_not_unknown_and_the_unknown_rate_over_gold_person_quotes() -> None:
    gold = doc(
        voice(q(0, 10), "female", "named"),
        voice(q(20, 30), "male", "named"),
        voice(q(40, 50), "unknown", "anonymous"),
        voice(q(60, 70), "female", "named"),
        voice(q(80, 90), None, "generic"),  # not a person: no gender scored
    )
    predicted = doc(
        voice(q(0, 10), "female", "named"),
        voice(q(20, 30), "female", "named"),  # wrong
        voice(q(40, 50), "male", "anonymous"),  # gold cannot tell: a guess is wrong
        voice(q(60, 70), "unknown", "generic"),  # undecided; wrong kind
        voice(q(80, 90), "unknown", "generic"),
    )
    scores = score([gold], [predicted], details=True)
    assert scores["speaker_gender"] == {"accuracy": 1 / 3, "correct": 1, "decided": 3, "unknown_rate": 0.25, "persons": 4}
    assert scores["source_kind"] == {"accuracy": 0.8, "correct": 4, "total": 5}
    assert len(scores["documents_detail"][0]["wrong_voices"]) == 3
    report = format_report(scores, details=True)
    assert "speaker gender accuracy: 0.333 (1/3" in report and "unknown on 0.250 (1/4)" in report
    assert "source kind accuracy: 0.800 (4/5" in report


def test_gold_without_voice_fields_scores_no_gender_or_source_kind() -> None:
    scores = score([doc(q(0, 10, canonical="A"))], [doc(voice(q(0, 10, canonical="A"), "female", "named"))])
    assert "speaker_gender" not in scores and "source_kind" not in scores


# --------------------------------------------------------------------------------------------- types and totals


def test_per_type_recall_by_gold_type_precision_by_predicted_type() -> None:
    gold = doc(q(0, 10, type="direct"), q(20, 30, type="indirect"), q(40, 50, type="mixed"))
    predicted = doc(q(0, 10, type="direct"), q(20, 30, type="mixed"), q(40, 50, type="mixed"))
    scores = score([gold], [predicted])
    assert scores["quote"]["tp"] == 3  # spans only
    by_type = scores["by_type"]
    assert (by_type["direct"]["tp"], by_type["direct"]["n_gold"], by_type["direct"]["n_predicted"]) == (1, 1, 1)
    assert (by_type["indirect"]["tp"], by_type["indirect"]["n_gold"], by_type["indirect"]["n_predicted"]) == (0, 1, 0)
    assert by_type["indirect"]["recall"] == 0.0 and by_type["indirect"]["precision"] is None
    assert (by_type["mixed"]["tp"], by_type["mixed"]["n_gold"], by_type["mixed"]["n_predicted"]) == (1, 1, 2)
    assert by_type["mixed"]["precision"] == 0.5 and by_type["mixed"]["recall"] == 1.0


def test_documents_are_paired_by_id() -> None:
    gold = [doc(q(0, 10), doc_id="a"), doc(q(0, 10), doc_id="b")]
    predicted = [doc(q(0, 10), doc_id="b"), doc(q(0, 10), doc_id="zzz")]
    scores = score(gold, predicted)
    assert (scores["quote"]["tp"], scores["quote"]["n_gold"], scores["quote"]["n_predicted"]) == (1, 2, 1)
    assert scores["documents"] == 2
    assert scores["unscored_documents"] == ["zzz"]


def test_no_predictions_give_undefined_precision_and_zero_recall() -> None:
    scores = score([doc(q(0, 10))], [])
    assert scores["quote"]["precision"] is None
    assert scores["quote"]["recall"] == 0.0
    assert scores["quote"]["f1"] is None


def test_f1_is_the_harmonic_mean() -> None:
    scores = score([doc(q(0, 10), q(20, 30))], [doc(q(0, 10), q(50, 60), q(70, 80), q(90, 99))])
    precision, recall = 1 / 4, 1 / 2
    assert scores["quote"]["f1"] == pytest.approx(2 * precision * recall / (precision + recall))


def test_details_list_missed_false_positives_and_wrong_speakers() -> None:
    text = "“One,” said Ann. “Two,” said Bob. Three."
    gold = doc(q(1, 5, speaker=(12, 15)), q(18, 22, speaker=(29, 32)), doc_id="d", text=text)
    predicted = doc(q(1, 5, speaker=(29, 32)), q(34, 40), doc_id="d")
    [detail] = score([gold], [predicted], details=True)["documents_detail"]
    assert [m["text"] for m in detail["missed"]] == ["Two,"]
    assert [f["text"] for f in detail["false_positives"]] == ["Three."]
    assert detail["wrong_speakers"][0]["predicted"]["speaker"] == "Bob"


@settings(max_examples=200, deadline=None)
@given(
    spans=st.lists(
        st.tuples(st.integers(0, 100), st.integers(1, 50)).map(lambda s: (s[0], s[0] + s[1])), max_size=12
    )
)
def test_gold_scored_against_itself_is_perfect(spans: list[tuple[int, int]]) -> None:
    gold = doc(*(q(a, b, speaker=(a, a + 1), canonical=f"s{a}") for a, b in spans))
    scores = score([gold], [gold])
    assert scores["quote"]["tp"] == len(spans)
    assert scores["quote+speaker"]["tp"] == len(spans)


# --------------------------------------------------------------------------------------------- files


def test_read_gold_reads_the_cli_sample() -> None:
    [gold] = read_gold(CLI_DATA / "gold.jsonl")
    assert gold["doc_id"] == "article"
    for quote in gold["quotes"]:
        start, end = quote["content"]
        assert gold["text"][start:end].strip()


@pytest.mark.skipif(not (SHARED / "gold" / "seeds.jsonl").exists(), reason="../shared/gold/seeds.jsonl not beside the clone")
def test_seed_gold_scores_perfectly_against_itself() -> None:
    gold = read_gold(SHARED / "gold" / "seeds.jsonl")
    scores = score(gold, gold)
    assert scores["quote"]["f1"] == 1.0
    assert scores["quote+speaker"]["f1"] == 1.0
    assert scores["speaker_canonical"]["accuracy"] == 1.0


def test_read_gold_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc(q(0, 10))) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="line 2"):
        read_gold(path)
    path.write_text(json.dumps({"doc_id": "a", "text": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="quotes"):
        read_gold(path)


def test_format_report_shows_every_row() -> None:
    scores = score([doc(q(0, 10, type="mixed"))], [doc(q(0, 10, type="mixed"))], details=True)
    report = format_report(scores, details=True)
    for label in ("quote", "quote+speaker", "direct", "indirect", "mixed", "canonical speaker accuracy"):
        assert label in report


def test_evaluate_runs_the_extractor_on_the_gold_texts(fake_quotes, nlp) -> None:
    # The stand-in finds the two direct quotes of the sample, without speakers.
    scores = evaluate(CLI_DATA / "gold.jsonl", nlp=nlp)
    assert (scores["quote"]["tp"], scores["quote"]["n_gold"], scores["quote"]["n_predicted"]) == (2, 4, 2)
    assert scores["quote+speaker"]["tp"] == 0
    assert scores["errors"] == []
    [detail] = scores["documents_detail"]
    assert [m["type"] for m in detail["missed"]] == ["indirect", "indirect"]
    assert len(detail["wrong_speakers"]) == 2


def test_evaluate_with_the_real_rules_finds_the_sample_quotes(nlp) -> None:
    scores = evaluate(CLI_DATA / "gold.jsonl", nlp=nlp)
    assert scores["errors"] == []
    assert scores["quote"]["recall"] == 1.0
    assert scores["quote+speaker"]["recall"] == 1.0
