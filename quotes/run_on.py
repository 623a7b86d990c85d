"""A quotation that stops mid-clause, the clause running on after its closing mark, is part of a mixed quote.

"Trump told the Post he was “not quite there yet” on supporting Ryan", "“If there had not been that intervention” by
NATO, we would be looking at another Syria, Clinton said": the quoted words end without a stop of their own and the
sentence goes on with a phrase or clause that belongs to them ("on supporting Ryan", "by NATO", "if he wins", "that
Cruz complies"). What was said is the quoted words with that phrase, a mixed quote, not the quoted words alone. Not
a scene of the saying ("“...” on Friday", "“...” in a Facebook post"), a second predicate ("“...” and claims that
..."), or a quotation that is the subject of the narrator's verb ("“...” increased by 28 points").

Two rules find it. `run_on_end` reads the parse and ends the quote with the phrase the quotation runs on into; it
runs over every direct quote once attribution is done. `sentence_run_on_end` reads only the text and ends the quote
with its sentence; it decides, while a quotation is being attributed by a cue in its frame or inherits the previous
speaker, that a lower-case quotation without a stop of its own is a fragment.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .direct import QuoteSpan
from .fragments import sets_scene
from .sentences import sentence_of

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
    if sentence_of(word).start != sentence_of(inside).start or not _goes_on(word, span, verbs):
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


#: Where a sentence ends: a full stop, question or exclamation mark before white space or the end of the text.
_SENTENCE_END_CHARS = ".!?"


def sentence_run_on_end(text: str, start: int, end: int, closed_at: int, quoted: Callable[[int], bool]) -> int | None:
    """ "he was “not quite there yet” on supporting the bill.", "Officials, she said, “were warned” months ago.": a
    quotation that starts in lower case, ends without a full stop of its own and is followed by more words of its
    sentence is a fragment of a clause, not something said on its own. Returns where that sentence ends (the end of
    a mixed quote running from the opening mark), or None when the quotation is not such a fragment.

    ``start``/``end`` bound the quoted words, ``closed_at`` is just after the closing mark, ``quoted(i)`` tells
    whether character ``i`` lies inside quotation marks.
    """
    words = text[start:end].strip()
    first = next((ch for ch in words if ch.isalpha()), "")
    if not first.islower() or words.rstrip("\u2019'\"\u201d")[-1:] in _SENTENCE_END_CHARS + ",;:":
        return None
    i = closed_at
    while i < len(text) and text[i] in " \t":
        i += 1
    if i >= len(text) or not text[i].islower():
        return None  # a comma, a cue's capital, a line break: the quotation closes its clause
    if text[i : i + 4] in ("and ", "but ") or text[i : i + 3] == "or ":
        return None  # "“...” and claims that ...": a second predicate, not more of the quoted clause
    words_from = i
    while i < len(text) and text[i] != "\n":
        if quoted(i):  # another quotation: the fragment's clause ends before the "and" or comma that joins it
            cut = max(text.rfind(" and ", words_from, i), text.rfind(",", words_from, i), text.rfind(" but ", words_from, i))
            return cut if cut > words_from else None
        if text[i] in _SENTENCE_END_CHARS and (i + 1 == len(text) or text[i + 1] in " \t\n\u201d\"'\u2019"):
            return i
        i += 1
    return i
