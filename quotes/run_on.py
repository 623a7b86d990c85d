"""A quotation that stops mid-clause, the clause running on after its closing mark, is part of a mixed quote.

"Trump told the Post he was “not quite there yet” on supporting Ryan", "“If there had not been that intervention” by
NATO, we would be looking at another Syria, Clinton said": the quoted words end without a stop of their own and the
sentence goes on with a phrase or clause that belongs to them ("on supporting Ryan", "by NATO", "if he wins", "that
Cruz complies"). What was said is the quoted words with that phrase, a mixed quote, not the quoted words alone. Not
a scene of the saying ("“...” on Friday", "“...” in a Facebook post"), a second predicate ("“...” and claims that
..."), or a quotation that is the subject of the narrator's verb ("“...” increased by 28 points").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .direct import QuoteSpan
from .fragments import sets_scene

#: Conjunctions that open a clause going on with the quoted words: "“...” if he wins", "“...” that Cruz complies".
RUN_ON_MARKS = frozenset({"that", "if", "because", "unless", "whether", "as"})


def run_on_end(doc: Doc, text: str, span: QuoteSpan, verbs: frozenset[str]) -> int | None:
    """The end of the phrase a closed quotation runs on into, or None when the quotation ends its clause.

    The quoted words end in a letter or digit (no comma, stop or dash of their own before the closing mark), and
    the next word, in the same sentence and lower case, is a preposition hung on a quoted word or on the narrator's
    verb the quoted words hang on, or a conjunction of a clause hung on the quoted words or the narrator's words
    around them (never on a cue of ``verbs``: "said “...” if asked"); the phrase ends where that word's subtree ends.
    """
    if not span.closed or not text[span.content_end - 1 : span.content_end].isalnum():
        return None
    after = text[span.end : span.end + 2]
    if len(after) < 2 or after[0] != " " or not after[1].islower():
        return None
    words = doc.char_span(span.end + 1, span.end + 2, alignment_mode="expand")
    last = doc.char_span(span.content_end - 1, span.content_end, alignment_mode="expand")
    if not words or not last:
        return None
    word, inside = words[0], last[0]
    if word.sent.start != inside.sent.start or not _goes_on(word, span, verbs):
        return None
    phrase = word.head if word.dep_ == "mark" else word
    end = phrase.right_edge.i
    for token in phrase.subtree:  # "on supporting Ryan, who will face ...": the narrator's word on a name
        if token.dep_ in ("relcl", "appos") and token.head.pos_ == "PROPN" and doc[token.left_edge.i - 1].text == ",":
            end = min(end, token.left_edge.i - 1)
    while end > word.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return doc[end].idx + len(doc[end])


def _goes_on(word: Token, span: QuoteSpan, verbs: frozenset[str]) -> bool:
    """The word opens a phrase or clause hung inside the quotation (or on its clause), not the scene of the saying."""
    if word.dep_ == "mark":
        clause = word.head
        return (
            word.lower_ in RUN_ON_MARKS
            and clause.i > word.i
            and clause.head.idx < span.end
            and clause.head.lemma_.lower() not in verbs
        )
    if word.pos_ != "ADP" or word.dep_ not in ("prep", "agent"):
        return False
    if sets_scene(word) and not any(c.dep_ == "pcomp" for c in word.children):
        return False  # "on Friday", "in a post", but "on supporting Ryan"
    if span.content_start <= word.head.idx < span.content_end:
        return True
    quoted = word.doc.char_span(span.content_start, span.content_end, alignment_mode="expand")
    return (  # "he was “not quite there yet” on supporting Ryan": on the verb the quoted words hang on, not a cue
        quoted is not None
        and word.head.i == quoted.root.head.i
        and word.head.i < quoted.start
        and word.head.lemma_.lower() not in verbs
    )
