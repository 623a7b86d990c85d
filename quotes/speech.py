"""A reported-speech candidate and the character range of its content.

`quotes.reported` finds the candidates in the parse; `quotes.attribute` turns them into quotes. Both read a
content's range the same way: without the "that" that opens it and without edge punctuation, quotation marks kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

_OPEN_MARKS = frozenset(["“", "‘", "«", "„", "‹", '"', "'", "''", "``", "`"])
_CLOSE_MARKS = frozenset(["”", "’", "»", "“", "›", '"', "'", "''"])


@dataclass
class Speech:
    """A reported-speech candidate: a cue, the content it introduces, and who spoke.

    ``content`` is a character range ``(start, end)``; ``rule`` names the rule that found it.
    """

    cue: Span
    cue_lemma: str
    content: tuple[int, int]
    speaker: Span | None
    addressee: Span | None
    rule: str
    confidence: float


def content_range(tokens: Span) -> tuple[int, int] | None:
    """The character range of a content clause without the "that" that opens it and without edge punctuation.

    Quotation marks at the edges are kept: they decide later whether the content is direct or mixed.
    """
    start, end = tokens.start, tokens.end
    doc = tokens.doc
    while start < end:
        first = doc[start]  # (each `doc[i]` makes a new Token: read once per step)
        if not (_is_complementiser(first) or _is_edge_punct(first, _OPEN_MARKS) or first.is_space):
            break
        start += 1
    while end > start:
        last = doc[end - 1]
        if not (
            (_is_edge_punct(last, _CLOSE_MARKS) and not _closes_inside(last, start)) or last.is_space or last.dep_ == "cc"
        ):
            break
        end -= 1
    if end <= start:
        return None
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last)


def _closes_inside(token: Token, start: int) -> bool:
    """A closing edge that belongs to the content: a percent sign ("rose 5%"), or a parenthesis opened inside
    it ("slowed (to 2.1%)")."""
    if token.text == "%":
        return True
    return token.text == ")" and token.doc[start : token.i].text.count("(") > token.doc[start : token.i].text.count(")")


def _is_complementiser(token: Token) -> bool:
    """ "that" opening a content clause, not the demonstrative subject of one ("say that will not happen").

    The parser often takes the complementiser for a subject; a "that" followed by a lowercase verb is the
    subject ("that will not happen"), one followed by anything else opens the clause ("that IS fighters ...").
    """
    if token.lower_ != "that":
        return False
    if token.dep_ == "mark":
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None:
        return False
    return not (following.pos_ in ("AUX", "VERB") and following.text.islower())


def _is_edge_punct(token: Token, keep: frozenset[str]) -> bool:
    return (token.is_punct or token.text in ("-", "–", "—")) and token.text not in keep
