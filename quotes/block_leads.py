"""A paragraph set off under a cue that ends with a colon, without quotation marks: the block quotation of web copy.

Web articles quote a statement, a column or a report as a block of its own under a line that names its source:

    Hewitt writes:

    The movie mentions neither the president nor ...

The block loses its indentation when the page becomes text, and it has no quotation marks, so neither the parse
(the cue's sentence ends at the colon) nor the quotation marks (`quotes.leads` reads a lead-in before a quotation)
find it. Here the cue is a reporting verb with a speaking subject right before the colon ("he said:", "Fox News
reports:", "Soerens argued that:", "tweeting the following:"), and what it reports is the next paragraph. Only the
first paragraph is taken: where the block ends is not written anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .complements import has_dep, has_own_subject, is_passive
from .lexicon import Lexicon
from .speakers import cue_span, find_speaker
from .speech import Speech, content_range

#: A colon that ends its paragraph.
_COLON_AT_END = re.compile(r":[ \t]*\n")
#: Words that may stand between the cue and its colon: "argued that:", "wrote the following:", "said simply:".
_BETWEEN = frozenset({"that", "the", "following", "this", "these", "as", "follows", "so", "also", "then", "simply"})
#: Characters that open a paragraph the cue does not report as a block of its own: a quotation mark (a quotation
#: is read from its marks, `quotes.leads`) or markup (an embedded post).
_NOT_BLOCK = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb<[(")


def find_block_leads(doc: Doc, text: str, lexicon: Lexicon) -> Iterator[Speech]:
    """The paragraphs reported by a cue that ends the paragraph before them with a colon, in document order."""
    for match in _COLON_AT_END.finditer(text):
        colon = doc.char_span(match.start(), match.start() + 1)
        if colon is None:
            continue
        verb = _cue_before(colon[0], lexicon)
        if verb is None:
            continue
        paragraph = _next_paragraph(text, match.end())
        tokens = doc.char_span(*paragraph, alignment_mode="expand") if paragraph else None
        content = content_range(tokens) if tokens is not None else None
        speaker = find_speaker(verb)
        if content is not None and speaker is not None:
            yield Speech(cue_span(verb), verb.lemma_.lower(), content, speaker, None, "colon-block", 0.6)


def _cue_before(colon: Token, lexicon: Lexicon) -> Token | None:
    """The reporting verb right before a colon, but for the words of `_BETWEEN` and adverbs: active, not negated,
    with a subject of its own ("Hewitt writes:", not "The following was reported:", "He did not say:")."""
    doc, i = colon.doc, colon.i - 1
    while i >= 0 and (doc[i].lower_ in _BETWEEN or doc[i].tag_ in ("RB", "RP")):
        i -= 1
    if i < 0:
        return None
    verb = doc[i]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.verbs:
        return None
    if is_passive(verb) or has_dep(verb, "neg") or not has_own_subject(verb):
        return None
    return verb


def _next_paragraph(text: str, start: int) -> tuple[int, int] | None:
    """The character range of the paragraph that starts at or after ``start``, unless it opens with a quotation
    mark or markup."""
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or text[start] in _NOT_BLOCK:
        return None
    return start, end
