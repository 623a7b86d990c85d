"""Small pipeline helpers that make spaCy's parse fit news text."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

PARAGRAPH_COMPONENT = "quotes_paragraphs"


@Language.component(PARAGRAPH_COMPONENT)
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a new sentence after every line break.

    News text puts headlines, bylines and paragraphs on lines of their own; without this the parser
    runs a headline into the first sentence of the article and attaches its words to the wrong verb.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


def add_paragraph_breaks(nlp: Language) -> Language:
    """Add `mark_paragraphs` before the parser of ``nlp`` (once)."""
    if PARAGRAPH_COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


#: Infixes for an opening quotation mark glued to the punctuation before it: "Clinton:“We will win.”",
#: "Ryan said,“Look, ...”". spaCy's English tokenizer keeps ``Clinton:“We`` as one token, so neither the
#: name, the colon nor the quotation mark is a token of its own.
GLUED_QUOTE_INFIXES = (r"(?<=\w)[:,;](?=[\"\u201c\u2018])", r"(?<=[:,;])[\"\u201c\u2018](?=\w)")


def split_glued_quotes(nlp: Language) -> Language:
    """Make the tokenizer of ``nlp`` split a quotation mark glued to a colon or comma (`GLUED_QUOTE_INFIXES`), once.

    The tokenizer's own infixes are kept: the new ones are added to its pattern.
    """
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if finditer is not None and not isinstance(pattern, str):
        return nlp  # a tokenizer whose infixes are not one regex: left as it is
    ours = "|".join(GLUED_QUOTE_INFIXES)
    if pattern is None or ours not in pattern:
        nlp.tokenizer.infix_finditer = re.compile(ours if not pattern else f"{pattern}|{ours}").finditer
    return nlp


def text_length(doc: Doc) -> int:
    """``len(doc.text)`` without building the text (``Doc.text`` joins every token on each access)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def token_span(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]`` for token indices, made directly when they are in order and inside the document
    (`Doc.__getitem__` reads a slice with a Python function first); else the slice as `Doc` reads it."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


def char_span(doc: Doc, start: int | None, end: int | None) -> Span | None:
    """The tokens covering characters ``[start, end)``, or None if the offsets are missing or invalid."""
    if start is None or end is None or not 0 <= start < end <= text_length(doc):
        return None
    return doc.char_span(start, end, alignment_mode="expand")


#: Per question ("line breaks", a set of statement words...): the string hashes met so far, and those
#: of them that answer yes. Strings are looked up once per process rather than once per token.
_KNOWN: dict[object, tuple[set[int], set[int]]] = {}
#: Hashes kept per question; past that the sets start again (a bound on memory over a long run).
_MAX_KNOWN = 200_000


def known_strings(question: object) -> tuple[set[int], set[int]]:
    """The sets of `_KNOWN` for ``question``. They are replaced, never emptied, when they grow too big,
    so that a thread still reading the old ones sees them whole."""
    known = _KNOWN.get(question)
    if known is None or len(known[0]) > _MAX_KNOWN:
        known = _KNOWN[question] = (set(), set())
    return known


def string_mask(doc: Doc, ids: numpy.ndarray, question: object, test: Callable[[str], bool]) -> numpy.ndarray:
    """Which of ``ids`` (string hashes, a column of `Doc.to_array`) stand for a string that passes ``test``.

    Each distinct string is tested once per process (`known_strings`), and the tokens are read as arrays:
    most are no answer, and a `Token` object made for each would cost more.

    Args:
        doc: the document the hashes come from (its vocabulary reads them).
        ids: the hashes, one per token.
        question: what ``test`` asks, as a key of `known_strings` (the same question, the same test).
        test: the question asked of each string.
    """
    seen, yes = known_strings(question)
    distinct = set(ids.tolist())
    for value in distinct.difference(seen):
        if test(doc.vocab.strings[value]):
            yes.add(value)
        seen.add(value)  # after `yes`: a thread that finds it seen finds it in `yes` if it belongs
    hits = distinct.intersection(yes)
    if not hits:
        return numpy.zeros(len(ids), dtype=bool)
    mask = ids == hits.pop()
    for value in hits:  # a few strings each time: one comparison of the column per string
        mask |= ids == value
    return mask
