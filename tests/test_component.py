"""The spaCy component: `nlp.add_pipe("quotes")`, its extensions, span groups and serialisation."""

from __future__ import annotations

import dataclasses
import json
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.util import raise_error

import quotes
from quotes import component
from quotes.extract import default_model_name

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [(ROOT / "examples" / name).read_text("utf8") for name in ("council-budget.txt", "harbour-bridge.txt")]
PARROT = "The parrot squawked that the ship was sinking."


@pytest.fixture(scope="module")
def qnlp(nlp: Language) -> Language:
    """A stock pipeline (not `quotes.load_model`'s) with the component added by name, as a user would."""
    pipeline = spacy.load(default_model_name())
    pipeline.add_pipe("quotes")
    return pipeline


def rows(doc: Doc) -> list[dict]:
    return [q.to_row() for q in doc._.quotes]


def spans(doc: Doc) -> dict[str, list[tuple[int, int, str]]]:
    return {key: [(s.start_char, s.end_char, s.label_) for s in group] for key, group in doc.spans.items()}


def test_factory_is_registered_as_a_spacy_entry_point() -> None:
    found = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert found.get("quotes") == "quotes.component:make_quotes_component"


def test_add_pipe_gives_the_same_quotes_as_find_quotes(qnlp: Language) -> None:
    doc = qnlp(TEXTS[0])
    expected = quotes.find_quotes(doc)
    assert expected, "the example article has quotes"
    assert [q.quote for q in doc._.quotes] == [q.quote for q in expected]
    assert all(isinstance(q, quotes.Quote) for q in doc._.quotes)
    assert [q.quote_index for q in doc._.quotes] == list(range(len(expected)))
    assert doc._.quotes_error is None


def test_span_groups_hold_content_by_type_speakers_and_cues(qnlp: Language) -> None:
    doc = qnlp(TEXTS[0])
    content = doc.spans["quotes"]
    assert len(content) == len(doc._.quotes)
    for span, quote in zip(content, doc._.quotes):
        assert span.label_ == quote.type
        assert span.start_char <= quote.quote_start < quote.quote_end <= span.end_char
    assert "Margaret Okafor" in {s.label_ for s in doc.spans["quotes_speakers"]}
    assert "Ms Okafor" in {s.text for s in doc.spans["quotes_speakers"]}
    assert "say" in {s.label_ for s in doc.spans["quotes_cues"]}


def test_types_and_span_key_come_from_the_config(qnlp: Language) -> None:
    qnlp.add_pipe("quotes", name="direct_quotes", config={"types": ["direct"], "span_key": "direct"})
    try:
        doc = qnlp(TEXTS[0])
    finally:
        qnlp.remove_pipe("direct_quotes")
    assert {s.label_ for s in doc.spans["direct"]} == {"direct"}
    assert {q.type for q in doc._.quotes} == {"direct"}  # the last component to run sets doc._.quotes
    assert "indirect" in {s.label_ for s in doc.spans["quotes"]}


def test_an_unknown_type_names_the_allowed_ones() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="direct, indirect, mixed"):
        nlp.add_pipe("quotes", config={"types": ["direct", "scare"]})


def test_docbin_round_trip_keeps_quotes_and_spans(qnlp: Language) -> None:
    docs = list(qnlp.pipe(TEXTS))
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    back = list(DocBin().from_bytes(data).get_docs(qnlp.vocab))
    for doc, copy in zip(docs, back):
        assert rows(copy) == rows(doc)
        assert spans(copy) == spans(doc)


def test_to_disk_and_spacy_load_keep_a_changed_lexicon(qnlp: Language, tmp_path: Path) -> None:
    pipe = qnlp.get_pipe("quotes")
    shipped = pipe.lexicon
    assert not qnlp(PARROT)._.quotes
    pipe.lexicon = dataclasses.replace(shipped, verbs=shipped.verbs | {"squawk"})
    try:
        qnlp.to_disk(tmp_path / "pipeline")
    finally:
        pipe.lexicon = shipped
    loaded = spacy.load(tmp_path / "pipeline")
    assert "squawk" in loaded.get_pipe("quotes").lexicon.verbs
    assert loaded.get_pipe("quotes").lexicon.nouns == shipped.nouns
    assert [q.quote for q in loaded(PARROT)._.quotes] == ["the ship was sinking"]


def test_initialize_loads_a_lexicon_directory(tmp_path: Path) -> None:
    shipped = quotes.lexicon.default_lexicon()
    dataclasses.replace(shipped, verbs=frozenset({"squawk"})).to_dir(tmp_path)
    nlp = spacy.blank("en")
    nlp.add_pipe("quotes")
    nlp.initialize()
    assert nlp.get_pipe("quotes").lexicon == shipped
    nlp.get_pipe("quotes").initialize(lexicon=tmp_path)
    assert nlp.get_pipe("quotes").lexicon.verbs == {"squawk"}
    copy = spacy.blank("en")
    copy.add_pipe("quotes").from_bytes(nlp.get_pipe("quotes").to_bytes())
    assert copy.get_pipe("quotes").lexicon == nlp.get_pipe("quotes").lexicon


def test_two_processes_give_the_same_output_as_one(qnlp: Language) -> None:
    texts = [*TEXTS, "No quotes here.", ""]
    single = list(qnlp.pipe(texts))
    multi = list(qnlp.pipe(texts, n_process=2, batch_size=1))
    assert [rows(d) for d in multi] == [rows(d) for d in single]
    assert [spans(d) for d in multi] == [spans(d) for d in single]
    assert any(rows(d) for d in multi)


def fail_on_boom(doc: Doc, **options: object) -> list[quotes.Quote]:
    if "BOOM" in doc.text:
        raise RuntimeError("the rules crashed on this document")
    return []


def test_a_failing_document_raises_by_default(qnlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(component, "find_quotes", fail_on_boom)
    with pytest.raises(RuntimeError, match="crashed"):
        qnlp("BOOM, he said.")


def test_error_handler_sees_the_failure_and_the_batch_goes_on(
    qnlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(component, "find_quotes", fail_on_boom)
    seen = []
    # On the component: `nlp.set_error_handler` fails on this pipeline's compiled parser (spaCy 3.8:
    # "'DependencyParser' object has no attribute 'error_handler'").
    pipe = qnlp.get_pipe("quotes")
    pipe.set_error_handler(lambda name, proc, docs, err: seen.append((name, docs[0].text, str(err))))
    try:
        docs = list(qnlp.pipe(["Fine text.", "BOOM, he said.", "More fine text."]))
    finally:
        pipe.set_error_handler(raise_error)
    assert seen == [("quotes", "BOOM, he said.", "the rules crashed on this document")]
    assert [d.text for d in docs] == ["Fine text.", "BOOM, he said.", "More fine text."]
    assert docs[1]._.quotes == [] and list(docs[1].spans["quotes"]) == []
    assert docs[1]._.quotes_error == "RuntimeError: the rules crashed on this document"
    assert docs[0]._.quotes_error is None


def dev_texts() -> list[str]:
    return [json.loads(line)["text"] for line in (ROOT / "tests" / "data" / "dev.jsonl").read_text("utf8").splitlines() if line.strip()]


def test_component_gives_what_extract_gives_on_the_dev_gold_texts(qnlp: Language) -> None:
    texts = dev_texts()
    assert len(texts) > 20
    for text, doc in zip(texts, qnlp.pipe(texts)):
        assert rows(doc) == [q.to_row() for q in quotes.extract(text)], text[:80]


def test_a_lede_quote_under_a_headline_is_found_without_add_paragraph_breaks(qnlp: Language) -> None:
    text = (
        "Ferry fares to rise by a fifth\n"
        "The island's ferry operator will raise fares by 20% in April, its chief executive Oren Vasko said on "
        "Tuesday.\n\nPassengers were told in a letter."
    )
    assert [q.quote for q in qnlp(text)._.quotes] == [q.quote for q in quotes.extract(text)]
    assert any(q.speaker == "its chief executive Oren Vasko" or q.speaker_canonical == "Oren Vasko" for q in qnlp(text)._.quotes)


def test_the_factory_adds_paragraph_breaks_before_the_parser_once(tmp_path: Path) -> None:
    nlp = spacy.load(default_model_name())
    nlp.add_pipe("quotes")
    nlp.add_pipe("quotes", name="direct_quotes", config={"types": ["direct"], "span_key": "direct"})
    names = nlp.pipe_names
    assert names.count("quotes_paragraphs") == 1
    assert names.index("quotes_paragraphs") == names.index("parser") - 1
    assert names[-2:] == ["quotes", "direct_quotes"]
    nlp.to_disk(tmp_path / "pipeline")
    assert spacy.load(tmp_path / "pipeline").pipe_names == names


def test_paragraphs_false_leaves_the_pipeline_as_it_is() -> None:
    nlp = spacy.load(default_model_name())
    before = nlp.pipe_names
    nlp.add_pipe("quotes", config={"paragraphs": False})
    assert nlp.pipe_names == [*before, "quotes"]
