"""Quoted words compared: normalisation, word alignment and the relation of one wording to another.

A wording is the words inside the quotation marks of a direct or mixed quote, as tokens: words
(lower-cased, one apostrophe style), ``…`` for a cut (``...`` or ``…``) and ``[words]`` for bracketed
words an outlet put in. Case, quotation-mark style, whitespace and punctuation are not words, so two
wordings that differ only in those are the same. `compare` aligns a wording with a reference wording
(difflib's matching blocks over words) and says how it relates to it: ``same``, ``fragment`` (a
contiguous part), ``elided`` (parts in order, the gaps marked by ``…`` or ``[...]``), ``altered`` (words
changed, added or dropped), or no relation at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

#: The token that stands for words cut out (``...`` or ``…`` in the text).
ELLIPSIS = "…"

#: A quote whose quoted words match another's on fewer words than this is never the same statement.
MIN_MATCHED_WORDS = 5

#: Share of a wording's words (and of the reference's aligned window) that must match for ``altered``.
MIN_ALTERED_SHARE = 0.75

_TOKEN = re.compile(
    r"\[[^\[\]]*\]"  # [bracketed words]
    r"|\.\s?\.\s?\.+|…"  # an ellipsis
    r"|\d+(?:[.,:]\d+)*%?"  # numbers: 1,000 3.5 10:30 12%
    r"|\w+(?:'\w+)*"  # words, with inner apostrophes
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "′": "'"})
# A quoted piece inside a mixed quote: curly or straight double marks, guillemets, single curly marks.
_QUOTED = re.compile(r"“([^”“]+)”|\"([^\"]+)\"|«\s*([^»]+?)\s*»|(?:(?<=\s)|^)‘([^’‘]+)’(?!\w)")


def tokens(text: str) -> tuple[str, ...]:
    """The tokens of a wording: lower-cased words, `ELLIPSIS` for a cut, ``[words]`` for inserted words.

    >>> tokens("“We will NOT close it... [the hospital] ever,” she said")
    ('we', 'will', 'not', 'close', 'it', '…', '[the hospital]', 'ever', 'she', 'said')
    """
    text = text.translate(_APOSTROPHES).lower()
    out: list[str] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token.startswith("["):
            out.append("[" + " ".join(token[1:-1].split()) + "]")
        elif token == ELLIPSIS or token.startswith("."):
            if not out or out[-1] != ELLIPSIS:
                out.append(ELLIPSIS)
        else:
            out.append(token)
    return tuple(out)


def is_gap(token: str) -> bool:
    """Whether a token marks an editor's cut or insertion rather than a word that was said."""
    return token == ELLIPSIS or token.startswith("[")


@lru_cache(maxsize=1 << 16)
def words_of(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a wording, without cuts and inserted words."""
    return tuple(t for t in toks if t != ELLIPSIS and not t.startswith("["))


def contains(wording: tuple[str, ...], reference: tuple[str, ...]) -> bool:
    """Whether ``wording`` is the same as ``reference``, a fragment of it or an elided form of it (no alignment)."""
    ref = words_of(reference)
    if len(words_of(wording)) == len(wording):
        return _find(ref, wording) >= 0
    return _in_order(ref, _segments(wording))


def quoted_pieces(quote: str) -> list[str]:
    """The pieces inside quotation marks in a mixed quote's text; the whole text when it has none."""
    pieces = [next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(quote)]
    pieces = [p for p in pieces if tokens(p)]
    return pieces or [quote]


def traced_wording(quote: str, quote_type: str) -> tuple[str, tuple[str, ...], bool]:
    """What is traced of a quote: its text, its tokens, and whether it joins several quoted pieces.

    A direct quote is traced whole. A mixed quote is traced by the words inside its quotation marks:
    several pieces are joined by `ELLIPSIS` (the words between them are the outlet's own).
    """
    if quote_type != "mixed":
        return quote, tokens(quote), False
    pieces = quoted_pieces(quote)
    toks: list[str] = []
    for piece in pieces:
        if toks:
            toks.append(ELLIPSIS)
        toks.extend(tokens(piece))
    return " … ".join(p.strip() for p in pieces), tuple(toks), len(pieces) > 1


@dataclass(frozen=True)
class Relation:
    """How a wording relates to a reference wording.

    Attributes:
        relation: ``same``, ``fragment``, ``elided``, ``altered``, or ``None`` (not the same words).
        differences: the word-level changes from the reference, readable: ``-"not" +"never"``.
        matched: how many words of the wording are found, in order, in the reference.
    """

    relation: str | None
    differences: str = ""
    matched: int = 0


def _find(seq: tuple[str, ...], part: tuple[str, ...], start: int = 0) -> int:
    """The first index >= start at which ``part`` occurs contiguously in ``seq``, else -1."""
    if not part:
        return start
    first = part[0]
    n = len(part)
    for i in range(start, len(seq) - n + 1):
        if seq[i] == first and seq[i : i + n] == part:
            return i
    return -1


def _segments(toks: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The runs of words between cuts and inserted words."""
    out: list[list[str]] = [[]]
    for token in toks:
        if is_gap(token):
            out.append([])
        else:
            out[-1].append(token)
    return [tuple(s) for s in out if s]


def _in_order(reference: tuple[str, ...], segments: list[tuple[str, ...]]) -> bool:
    position = 0
    for segment in segments:
        found = _find(reference, segment, position)
        if found < 0:
            return False
        position = found + len(segment)
    return True


def _quoted(words: list[str]) -> str:
    return '"' + " ".join(words) + '"'


def compare(wording: tuple[str, ...], reference: tuple[str, ...], *, joined: bool = False) -> Relation:
    """How ``wording`` (tokens, see `tokens`) relates to ``reference`` (tokens).

    Args:
        wording: the tokens of the quote compared.
        reference: the tokens of the reference wording (its cuts and insertions are ignored).
        joined: ``wording`` joins the quoted pieces of a mixed quote, so its cuts are not an editor's:
            pieces found in order are a ``fragment``.

    Returns:
        The `Relation`. Words of the reference outside the stretch the wording covers are not
        differences (a fragment quotes part of a statement); a cut or bracketed insertion that stands
        for reference words is not one either.
    """
    ref = words_of(reference)
    own = words_of(wording)
    if not own or not ref:
        return Relation(None)
    has_gaps = len(own) != len(wording)
    if own == ref and not has_gaps:
        return Relation("same", matched=len(own))
    if not has_gaps and _find(ref, own) >= 0:
        return Relation("fragment", matched=len(own))
    if has_gaps and _in_order(ref, _segments(wording)):
        return Relation("fragment" if joined and not any(t.startswith("[") for t in wording) else "elided",
                        matched=len(own))  # fmt: skip
    matcher = SequenceMatcher(None, ref, wording, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    matched = sum(b.size for b in blocks)
    if not blocks or matched < min(MIN_MATCHED_WORDS, len(own)):
        return Relation(None, matched=matched)
    window = blocks[-1].a + blocks[-1].size - blocks[0].a
    if matched < MIN_ALTERED_SHARE * len(own) or matched < MIN_ALTERED_SHARE * window:
        return Relation(None, matched=matched)
    changes = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        theirs = list(ref[i1:i2])
        ours = [t for t in wording[j1:j2] if not is_gap(t)]
        if any(is_gap(t) for t in wording[j1:j2]):
            theirs = []  # the editor's cut or insertion stands for these words
        if i2 <= blocks[0].a:  # before the stretch quoted: only what the added words stand for
            theirs = theirs[len(theirs) - len(ours) :] if ours else []
        elif i1 >= blocks[-1].a + blocks[-1].size:  # after it
            theirs = theirs[: len(ours)]
        if theirs:
            changes.append("-" + _quoted(theirs))
        if ours:
            changes.append("+" + _quoted(ours))
    if not changes:  # only cuts, at places an in-order search could not see
        return Relation("elided", matched=matched)
    return Relation("altered", " ".join(changes), matched)
