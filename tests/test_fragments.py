"""Quoted fragments read from the text (`quotes.fragments`)."""

from __future__ import annotations

from quotes.run_on import sentence_run_on_end


def test_run_on_end_of_a_fragment():
    def quoted_in(text: str):
        return lambda i: text.count("\u201c", 0, i + 1) > text.count("\u201d", 0, i)

    text = "She was \u201cnot ready yet\u201d on backing the levy. Next."
    start = text.index("not")
    closed = text.index("\u201d") + 1
    assert sentence_run_on_end(text, start, closed - 1, closed, quoted_in(text)) == text.index(". Next")
    text = "He said \u201cwe will close,\u201d and left."  # a comma of its own closes the clause
    start = text.index("we")
    closed = text.index("\u201d") + 1
    assert sentence_run_on_end(text, start, closed - 1, closed, quoted_in(text)) is None
    text = "It is \u201cthe best plan\u201d and called it \u201cfair.\u201d"  # another quotation before the sentence ends
    start = text.index("the")
    closed = text.index("\u201d") + 1
    assert sentence_run_on_end(text, start, closed - 1, closed, quoted_in(text)) is None
    text = "It called the plan \u201cjust a first step\u201d and urged more."  # a second predicate
    start = text.index("just")
    closed = text.index("\u201d") + 1
    assert sentence_run_on_end(text, start, closed - 1, closed, quoted_in(text)) is None
    text = "\u201cNobody knows\u201d what it costs."  # a capital: a sentence, not a fragment
    assert sentence_run_on_end(text, 1, text.index("\u201d"), text.index("\u201d") + 1, quoted_in(text)) is None
