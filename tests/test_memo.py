"""Per-document memos (`quotes.memo`): kept while one document is read, started again for another or a retokenized one."""

from __future__ import annotations

from spacy.tokens import Doc

from quotes import memo
from quotes.extract import find_quotes

TEXT = (
    "Councillor Mara Quist of the Harbour Board said the ferry would run again in May. "
    '"We owe the islanders that much," she told reporters.'
)


def _rows(quotes) -> list[tuple]:
    return [(q.type, q.quote, q.speaker, q.speaker_canonical) for q in quotes]


def test_children_are_remembered_while_the_document_is_read(nlp) -> None:
    doc = nlp(TEXT)
    memo.begin(doc)
    said = next(t for t in doc if t.lower_ == "said")
    assert memo.children(said) is memo.children(said)  # the same tuple: read once
    assert [c.i for c in memo.children(said)] == [c.i for c in said.children]


def test_a_retokenized_document_starts_its_memos_again(nlp) -> None:
    doc = nlp(TEXT)
    memo.begin(doc)
    for token in doc:
        memo.children(token)  # every token's children remembered
    with doc.retokenize() as retokenizer:  # "Mara Quist" becomes one token: the tokens after it move one place
        start = next(t.i for t in doc if t.text == "Mara")
        retokenizer.merge(doc[start : start + 2])
    memo.begin(doc)
    assert all([c.i for c in memo.children(t)] == [c.i for c in t.children] for t in doc)
    said = next(t for t in doc if t.lower_ == "said")
    assert "Mara Quist" in [c.text for c in memo.children(said)]


def test_rules_on_a_retokenized_document_read_its_new_tokens(nlp) -> None:
    doc = nlp(TEXT)
    find_quotes(doc, text=TEXT)  # fills the memos for this document
    with doc.retokenize() as retokenizer:
        start = next(t.i for t in doc if t.text == "Mara")
        retokenizer.merge(doc[start : start + 2])
    again = find_quotes(doc, text=TEXT)
    fresh = find_quotes(Doc(doc.vocab).from_bytes(doc.to_bytes()), text=TEXT)  # the same parse, a new object
    assert _rows(again) == _rows(fresh)
    assert any(q.speaker_canonical == "Mara Quist" for q in again)
