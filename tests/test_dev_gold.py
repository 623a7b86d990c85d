"""Accuracy floors on the development gold set (tests/data/dev.jsonl) and the seed articles.

A change that makes extraction worse than these pinned figures fails CI. The figures measured when
they were pinned are in README.md ("How good it is").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.evaluate import evaluate

DEV = Path(__file__).parent / "data" / "dev.jsonl"
HELDOUT = Path(__file__).parent / "data" / "heldout.jsonl"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds.jsonl"

#: Floors: the issue's targets, below what the extractor measured when they were pinned.
QUOTE_SPEAKER_F1_FLOOR = 0.90
CANONICAL_ACCURACY_FLOOR = 0.90
#: The held-out set (written without running the extractor) measured quote+speaker F1 0.942 and canonical
#: accuracy 0.738 the first time, 0.949 and 0.868 after the rule work it prompted; these floors guard that.
HELDOUT_QUOTE_SPEAKER_F1_FLOOR = 0.90
HELDOUT_CANONICAL_ACCURACY_FLOOR = 0.80
#: Issue 14's targets on the development gold. Measured when pinned: gender 1.000 (182/182) where not
#: unknown, unknown on 0.085 (17/199) of person quotes, source kind 0.976 (325/333); held out: 1.000
#: (93/93), 0.070 (7/100), 0.987 (149/151).
GENDER_ACCURACY_FLOOR = 0.97
GENDER_UNKNOWN_CEILING = 0.15
SOURCE_KIND_ACCURACY_FLOOR = 0.95


@pytest.fixture(scope="module")
def dev_scores(nlp):
    return evaluate(DEV, nlp=nlp)


def test_dev_set_is_scored_in_full(dev_scores):
    assert dev_scores["documents"] >= 40
    assert dev_scores["errors"] == []


def test_dev_quote_speaker_f1_floor(dev_scores):
    assert dev_scores["quote+speaker"]["f1"] >= QUOTE_SPEAKER_F1_FLOOR


def test_dev_canonical_speaker_accuracy_floor(dev_scores):
    assert dev_scores["speaker_canonical"]["accuracy"] >= CANONICAL_ACCURACY_FLOOR
    assert dev_scores["speaker_canonical_per_document"]["accuracy"] >= CANONICAL_ACCURACY_FLOOR


def test_dev_linking_across_documents_does_not_lose_canonical_speakers(dev_scores):
    assert dev_scores["speaker_canonical"]["correct"] >= dev_scores["speaker_canonical_per_document"]["correct"]


def test_dev_speaker_gender_floor(dev_scores):
    gender = dev_scores["speaker_gender"]
    assert gender["persons"] >= 150
    assert gender["accuracy"] >= GENDER_ACCURACY_FLOOR
    assert gender["unknown_rate"] <= GENDER_UNKNOWN_CEILING


def test_dev_source_kind_floor(dev_scores):
    assert dev_scores["source_kind"]["total"] >= 300
    assert dev_scores["source_kind"]["accuracy"] >= SOURCE_KIND_ACCURACY_FLOOR


@pytest.fixture(scope="module")
def heldout_scores(nlp):
    return evaluate(HELDOUT, nlp=nlp)


def test_heldout_floors(heldout_scores):
    assert heldout_scores["documents"] == 14 and heldout_scores["errors"] == []
    assert heldout_scores["quote+speaker"]["f1"] >= HELDOUT_QUOTE_SPEAKER_F1_FLOOR
    assert heldout_scores["speaker_canonical"]["accuracy"] >= HELDOUT_CANONICAL_ACCURACY_FLOOR


def test_heldout_voice_floors(heldout_scores):
    assert heldout_scores["speaker_gender"]["accuracy"] >= GENDER_ACCURACY_FLOOR
    assert heldout_scores["speaker_gender"]["unknown_rate"] <= GENDER_UNKNOWN_CEILING
    assert heldout_scores["source_kind"]["accuracy"] >= SOURCE_KIND_ACCURACY_FLOOR


needs_seeds = pytest.mark.skipif(not SEEDS.exists(), reason="seed gold ../shared/gold/seeds.jsonl is not beside the checkout")


@pytest.fixture(scope="module")
def seed_scores(nlp):
    return evaluate(SEEDS, nlp=nlp)


@needs_seeds
def test_seed_articles_every_quote_with_its_speaker_mention(seed_scores):
    assert seed_scores["quote+speaker"]["tp"] == seed_scores["quote+speaker"]["n_gold"] == 17
    assert seed_scores["quote+speaker"]["n_predicted"] == 17


@needs_seeds
def test_seed_articles_every_canonical_speaker(seed_scores):
    """Linked across the two articles: 003's "The US military coalition" is the other outlet's "US-led coalition"."""
    assert seed_scores["speaker_canonical"]["correct"] == seed_scores["speaker_canonical"]["total"] == 17


@needs_seeds
@pytest.mark.xfail(
    strict=True,
    reason="003's 'The US military coalition' is gold 'US-led coalition', a name only the other outlet's "
    "article uses; per-document resolution cannot reach it (linking across documents does)",
)
def test_seed_articles_every_canonical_speaker_per_document(seed_scores):
    alone = seed_scores["speaker_canonical_per_document"]
    assert alone["correct"] == alone["total"]


def test_dev_gold_spans_are_consistent():
    from quotes.evaluate import read_gold

    docs = read_gold(DEV)
    assert len({d["doc_id"] for d in docs}) == len(docs)
    for doc in docs:
        text = doc["text"]
        for quote in doc["quotes"]:
            start, end = quote["content"]
            assert 0 <= start < end <= len(text)
            assert text[start:end].strip() == text[start:end]
            assert quote["type"] in ("direct", "indirect", "mixed")
            if quote["speaker"] is not None:
                assert text[quote["speaker"][0] : quote["speaker"][1]] == quote["speaker_text"]


def test_dev_gold_is_mostly_about_resolution():
    """Issue 3: pronoun, nominal, name-variant and spokesperson speakers make up at least a third of the quotes,
    counted as quotes whose speaker mention is not already their canonical name."""
    from quotes.evaluate import read_gold, same_canonical

    quotes = [q for doc in read_gold(DEV) for q in doc["quotes"]]
    resolved = [
        q for q in quotes
        if q.get("speaker_text") and q.get("speaker_canonical")
        and not same_canonical(q["speaker_text"], q["speaker_canonical"])
    ]  # fmt: skip
    pronouns = [q for q in resolved if q["speaker_text"].lower() in {"he", "she", "it", "they", "we"}]
    assert len(resolved) >= len(quotes) / 3
    assert len(pronouns) >= 20
