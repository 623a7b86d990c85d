"""`quotes.sentences.sentence_of` gives what `Token.sent` gives, read once per document."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotes.sentences import sentence_of

TEXT = (
    "Mayor Ruth Alder said the bridge would reopen in May.\n\n"
    "“We are nearly there,” she told reporters. Engineers disagreed! Was she right?\n"
    "Short headline"
)


def _bounds(span):
    return span.start, span.end, span.text


def test_every_token_gets_the_sentence_spacy_gives(nlp) -> None:
    doc = nlp(TEXT)
    assert len(list(doc.sents)) >= 4
    for token in doc:
        assert _bounds(sentence_of(token)) == _bounds(token.sent)


def test_sentences_of_a_hand_built_doc() -> None:
    words = ["Ana", "said", "no", ".", "Then", "she", "left", ".", "Fine"]
    doc = Doc(Vocab(), words=words, sent_starts=[True, False, False, False, True, False, False, False, True])
    got = [(sentence_of(t).start, sentence_of(t).end) for t in doc]
    assert got == [(t.sent.start, t.sent.end) for t in doc]
    assert got[5] == (4, 8) and got[8] == (8, 9)


def test_a_second_document_starts_afresh(nlp) -> None:
    first = nlp("One sentence here. And another one after it.")
    second = nlp("A single longer sentence with no break at all in it.")
    assert sentence_of(first[5]).start == 4
    assert _bounds(sentence_of(second[5])) == (0, len(second), second.text)
    assert _bounds(sentence_of(first[5])) == _bounds(first[5].sent)


def test_a_document_with_its_own_sentence_hook_is_read_through_it() -> None:
    words = ["Ana", "said", "no", ".", "Then", "she", "left", "."]
    doc = Doc(Vocab(), words=words, sent_starts=[True, False, False, False, True, False, False, False])
    doc.user_hooks["sents"] = lambda d: iter([d[0:2], d[2:8]])  # boundaries of the hook's own, not the tokens'
    assert (sentence_of(doc[3]).start, sentence_of(doc[3]).end) == (2, 8)
    assert (sentence_of(doc[1]).start, sentence_of(doc[1]).end) == (0, 2)
