"""Pair quotation marks in news text and return the top-level quoted spans.

This module works on plain text only (no NLP). It walks each paragraph once,
keeping a small stack of open quotation marks, and decides for every
ambiguous mark (straight quotes, apostrophes, German closing marks) whether it
opens a quote, closes one, or is not a quotation mark at all.

Paragraphs are lines: every ``"\\n"`` is a paragraph boundary and a quote never
crosses one, except in the news convention where a quote left open at the end
of a paragraph is continued by an opening mark at the start of the next one.

Unbalanced marks never abort the scan. A stray closing mark is ignored; an
opening mark left unclosed at the end of its paragraph yields an unclosed span
to the end of the paragraph, unless it looks stray or would be too long, in
which case it is cut at its first sentence end (or dropped) and the quotes
found inside it are returned instead.

The run time is linear in the length of the text: the text is visited by a
single regular-expression scan for quotation marks plus bounded look-ups
around each mark, and nesting deeper than ``MAX_NESTING`` is ignored.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from collections.abc import Callable, Iterator
from typing import NamedTuple

#: An unclosed quote starting mid-paragraph may run at most this many
#: characters to the end of its paragraph before it is cut back.
MAX_UNCLOSED_CHARS = 600

#: The same limit for an unclosed quote that opens its paragraph (news-style
#: quote paragraphs are often long).
MAX_UNCLOSED_PARAGRAPH_CHARS = 2000

#: Opening marks nested deeper than this are ignored (keeps memory bounded).
MAX_NESTING = 100

#: Every opening mark and the style family it belongs to.
_FAMILY = {
    "\u201c": "double",  # “
    "\u201e": "double",  # „
    '"': "straight-double",
    "\u2018": "single",  # ‘
    "\u201a": "single",  # ‚
    "'": "straight-single",
    "\u00ab": "guillemet",  # «
    "\u2039": "single-guillemet",  # ‹
    "''": "apostrophe-double",  # ''…'' (New York Times style)
    "``": "apostrophe-double",  # ``…'' (wire copy, typewriter style)
}

#: The marks that two apostrophes close: they end both ''…'' and ``…''.
_APOSTROPHE_DOUBLE_OPENERS = ("''", "``")

#: Guillemets are often set with spaces inside (« Bonjour »), so a space after
#: them does not make them look stray.
_SPACED_OPENERS = "\u00ab\u2039"

#: Characters after which a mark is in "opening" position.
_OPEN_CONTEXT = frozenset("([{\u2014\u2013-/\u201c\u201e\u2018\u201a\u00ab\u2039\"'")

#: Characters before which a mark is in "closing" position.
_CLOSE_CONTEXT = frozenset(".,;:!?)]}\u2014\u2013-/\u2026\u201d\u2019\u00bb\u203a\"'")

#: A quotation mark, or the value of an attribute of markup left in the text (``<tweet author="...">``, also
#: cut by a line break before its closing ``">``), whose straight marks are no quotation marks. The look-ahead at
#: the characters they start with changes no match: it only makes the search skip the other characters faster.
_MARK_RE = re.compile(
    "(?=[=\"'`\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a])"
    "(?:(?P<markup>=\"[^\"\n]*\"?|\"(?=>))|'''|''|``|[\"'\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a])"
)
_NON_SPACE_RE = re.compile(r"\S")
_WORD_RE = re.compile(r"\w")
_SENTENCE_END_RE = re.compile(r"[.!?\u2026](?=\s|$)")

#: Words written with a leading apostrophe ('em, 'til, rock 'n' roll).
_ELISION_RE = re.compile(r"(?:em|til|tis|twas|cause|cos|bout|round|n|s)\b", re.IGNORECASE)

_APOSTROPHES = "'\u2018\u2019"


@dataclass(frozen=True)
class QuoteSpan:
    """One top-level quoted span.

    Attributes:
        start: Offset of the opening mark (``== content_start`` when there is
            no opening mark).
        end: Offset just after the closing mark (``== content_end`` when the
            quote is unclosed).
        content_start: First character of the content, after the opening mark.
        content_end: End of the content, before the closing mark; for an
            unclosed quote, the end of the paragraph (or of the sentence it
            was cut back to) minus trailing whitespace.
        closed: Whether a real closing mark was found.
        continues: Whether this span continues the previous span across a
            paragraph break (news style).
    """

    start: int
    end: int
    content_start: int
    content_end: int
    closed: bool
    continues: bool


class _Raw(NamedTuple):
    """A candidate span before whitespace stripping and validation."""

    start: int
    end: int
    content_start: int
    content_end: int
    closed: bool
    family: str
    continues: bool = False


class _Frame:
    """An open quotation mark on the stack, with the quotes closed inside it."""

    __slots__ = ("mark", "start", "children", "continues", "content_start")

    def __init__(self, mark: str, start: int, continues: bool = False) -> None:
        self.mark = mark
        self.start = start
        self.children: list[_Raw] = []
        self.continues = continues
        self.content_start = start + len(mark)


def _opens_after(ch: str | None) -> bool:
    """Return whether a mark preceded by ``ch`` is in opening position."""
    return ch is None or ch in _OPEN_CONTEXT or ch.isspace()


def _closes_before(ch: str | None) -> bool:
    """Return whether a mark followed by ``ch`` is in closing position."""
    return ch is None or ch in _CLOSE_CONTEXT or ch.isspace()


class _ParagraphScanner:
    """Pairs the quotation marks of one paragraph (one line of the text).

    Args:
        text: The whole document.
        start: Offset of the paragraph's first character.
        end: Offset just after the paragraph's last character (before ``\\n``).
        first: Offset of the paragraph's first non-whitespace character.
    """

    def __init__(self, text: str, start: int, end: int, first: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.first = first
        self.root = _Frame("", start)
        self.stack: list[_Frame] = [self.root]
        self.counts = dict.fromkeys(_FAMILY, 0)
        self._last_index: dict[str, int] = {}

    # -- driving -----------------------------------------------------------

    def scan(self) -> list[_Raw]:
        """Scan the paragraph.

        Returns:
            Candidate top-level spans in document order, not yet stripped.
        """
        text, start, end = self.text, self.start, self.end
        for match in _MARK_RE.finditer(text, start, end):
            i, j = match.span()
            prev = text[i - 1] if i > start else None
            nxt = text[j] if j < end else None
            if match.lastgroup is None:  # not the value of markup left in the text
                _HANDLERS[match.group()](self, i, prev, nxt)
        return self.root.children + self._resolve_unclosed()

    # -- stack operations --------------------------------------------------

    def _open(self, i: int, mark: str) -> None:
        """Push an opening mark (ignored beyond ``MAX_NESTING``)."""
        if len(self.stack) > MAX_NESTING:
            return
        continues = False
        top = self.stack[-1]
        if (
            len(self.stack) == 2
            and _FAMILY[top.mark] == _FAMILY[mark]
            and self._after_sentence_end(i)
            and not self._looks_stray(top)
        ):
            # news style in a flattened paragraph: "...line. "It's very ... — the open quote
            # ends at the sentence end and the new mark continues it
            frame = self.stack.pop()
            self.counts[frame.mark] -= 1
            family = _FAMILY[frame.mark]
            self.root.children.append(_Raw(frame.start, i, frame.content_start, i, False, family, frame.continues))
            continues = True
        self.stack.append(_Frame(mark, i, continues))
        self.counts[mark] += 1

    def _after_sentence_end(self, i: int) -> bool:
        """Return whether the text before offset ``i`` ends a sentence (". ", "? ")."""
        j = i - 1
        while j > self.start and self.text[j].isspace():
            j -= 1
        return j < i - 1 and self.text[j] in ".!?\u2026"

    def _close(self, i: int, openers: str | tuple[str, ...], width: int = 1) -> None:
        """Close the innermost open mark among ``openers``, if any, with a closing mark ``width`` characters long.

        Marks opened inside it and still open are discarded: they are part of
        its content. A closing mark with nothing to close is ignored.
        """
        counts = self.counts
        for mark in openers:
            if counts[mark]:
                break
        else:
            return
        frame = self.stack.pop()
        counts[frame.mark] -= 1
        while frame.mark not in openers:
            frame = self.stack.pop()
            counts[frame.mark] -= 1
        if i > frame.content_start:
            family = _FAMILY[frame.mark]
            raw = _Raw(frame.start, i + width, frame.content_start, i, True, family, frame.continues)
            self.stack[-1].children.append(raw)

    # -- mark handlers -----------------------------------------------------

    def _on_opener(self, i: int, prev: str | None, nxt: str | None) -> None:
        """Handle an unambiguous opening mark: „ « ‹."""
        self._open(i, self.text[i])

    def _on_right_double(self, i: int, prev: str | None, nxt: str | None) -> None:
        """Handle ”, which closes “ or „ (Polish style), or a straight " typed at the other end."""
        if not (self.counts["\u201c"] or self.counts["\u201e"]) and self.counts['"']:
            self._close(i, '"')
        else:
            self._close(i, "\u201c\u201e")

    def _on_right_guillemet(self, i: int, prev: str | None, nxt: str | None) -> None:
        """Handle », which closes «."""
        self._close(i, "\u00ab")

    def _on_right_single_guillemet(self, i: int, prev: str | None, nxt: str | None) -> None:
        """Handle ›, which closes ‹."""
        self._close(i, "\u2039")

    def _on_left_double(self, i: int, prev: str | None, nxt: str | None) -> None:
        """Handle “: opens, or closes „ (German) or a sloppily typed “…“."""
        german_open = self.counts["\u201e"] > 0
        any_open = german_open or self.counts["\u201c"] > 0
        if any_open and not _opens_after(prev) and (german_open or _closes_before(nxt)):
            self._close(i, "\u201c\u201e")
        else:
            self._open(i, "\u201c")

    def _on_straight_double(self, i: int, prev: str | None, nxt: str | None) -> None:
        """Handle ": decide open/close from context, else by alternation."""
        opening, closing = _opens_after(prev), _closes_before(nxt)
        has_open = self.counts['"'] > 0
        if opening and not closing:
            self._open(i, '"')
        elif closing and not opening:
            if not has_open and self.counts["\u201c"]:
                self._close(i, "\u201c")  # “...," typed with two kinds of mark
            else:
                self._close(i, '"')
        elif has_open:
            self._close(i, '"')
        else:
            self._open(i, '"')

    def _on_double_apostrophe(self, i: int, prev: str | None, nxt: str | None) -> None:
        """Handle '' (two apostrophes for a double mark): open or close from context, else by alternation."""
        opening, closing = _opens_after(prev), _closes_before(nxt)
        has_open = self.counts["''"] > 0 or self.counts["``"] > 0
        if opening and not closing:
            self._open(i, "''")
        elif (closing and not opening) or has_open:
            self._close(i, _APOSTROPHE_DOUBLE_OPENERS, 2)
        else:
            self._open(i, "''")

    def _on_double_backtick(self, i: int, prev: str | None, nxt: str | None) -> None:
        """Handle `` (opens a quote that '' closes)."""
        self._open(i, "``")

    def _on_triple_apostrophe(self, i: int, prev: str | None, nxt: str | None) -> None:
        """Handle three apostrophes: a single mark closing before a double one, or a double opening before a single."""
        if self.counts["'"] and not _opens_after(prev):
            self._on_straight_single(i, prev, "'")
            self._on_double_apostrophe(i + 1, "'", nxt)
        else:
            self._on_double_apostrophe(i, prev, "'")
            self._on_straight_single(i + 2, "'", nxt)

    def _on_low_single(self, i: int, prev: str | None, nxt: str | None) -> None:
        """Handle ‚ (German single opener; otherwise a comma look-alike)."""
        if _opens_after(prev) and self._starts_single_quote(i, nxt):
            self._open(i, "\u201a")

    def _on_left_single(self, i: int, prev: str | None, nxt: str | None) -> None:
        """Handle ‘: closes ‚ (German), opens a quote, or is an apostrophe."""
        if self.counts["\u201a"] and not _opens_after(prev):
            self._close(i, "\u201a")
        elif _opens_after(prev) and self._starts_single_quote(i, nxt):
            self._open(i, "\u2018")

    def _on_right_single(self, i: int, prev: str | None, nxt: str | None) -> None:
        """Handle ’: closes an open ‘ or is an apostrophe."""
        if self.counts["\u2018"] and self._ends_single_quote(i, prev, nxt):
            self._close(i, "\u2018")

    def _on_straight_single(self, i: int, prev: str | None, nxt: str | None) -> None:
        """Handle ': closes an open ', opens one, or is an apostrophe."""
        if self.counts["'"] and self._ends_single_quote(i, prev, nxt):
            self._close(i, "'")
        elif _opens_after(prev) and self._starts_single_quote(i, nxt):
            self._open(i, "'")

    # -- single-quote / apostrophe tests -------------------------------------

    def _starts_single_quote(self, i: int, nxt: str | None) -> bool:
        """Return whether a single mark at ``i`` (in opening position) opens.

        It must be followed by a non-space that is not a digit (the ’90s) and
        not start an elided word ('em, 'til, rock 'n' roll).
        """
        if nxt is None or nxt.isspace() or nxt.isdigit():
            return False
        return _ELISION_RE.match(self.text, i + 1, self.end) is None

    def _ends_single_quote(self, i: int, prev: str | None, nxt: str | None) -> bool:
        """Return whether a single mark at ``i`` closes an open single quote.

        Not when it follows whitespace or opening punctuation, sits between
        two letters (don't, o’clock), ends an elision like ’n’, or looks like
        a plural possessive (the Joneses’ house) with another candidate
        closing mark later in the paragraph.
        """
        if _opens_after(prev):
            return False
        if prev.isalpha() and nxt is not None and nxt.isalpha():
            return False
        return not (self._ends_elision(i) or self._is_plural_possessive(i, prev, nxt))

    def _ends_elision(self, i: int) -> bool:
        """Return whether the mark at ``i`` ends a one-letter elision (’n’)."""
        text = self.text
        if i - 2 < self.start or text[i - 2] not in _APOSTROPHES:
            return False
        return text[i - 1].isalpha() and (i - 3 < self.start or text[i - 3].isspace())

    def _is_plural_possessive(self, i: int, prev: str, nxt: str | None) -> bool:
        """Return whether the mark at ``i`` reads as ``s’ word`` possessive."""
        if prev not in "sS" or nxt != " " or i + 2 >= self.end:
            return False
        if not self.text[i + 2].islower():
            return False
        return self._last(self.text[i]) > i

    def _last(self, mark: str) -> int:
        """Return the last offset of ``mark`` in the paragraph (cached)."""
        if mark not in self._last_index:
            self._last_index[mark] = self.text.rfind(mark, self.start, self.end)
        return self._last_index[mark]

    # -- end of paragraph ----------------------------------------------------

    def _resolve_unclosed(self) -> list[_Raw]:
        """Turn the marks still open at the end of the paragraph into spans.

        Walking outwards-in, the first acceptable open mark yields a span to
        the end of the paragraph that contains everything after it. Marks
        that are not acceptable are cut back to their first sentence end (or
        dropped), and the quotes closed inside them are kept.

        Returns:
            Candidate spans in document order.
        """
        frames = self.stack[1:]
        spans: list[_Raw] = []
        for k, frame in enumerate(frames):
            inner = frames[k + 1] if k + 1 < len(frames) else None
            if self._accepts_to_paragraph_end(frame, inner):
                family = _FAMILY[frame.mark]
                spans.append(_Raw(frame.start, self.end, frame.content_start, self.end, False, family, frame.continues))
                return spans
            cut = self._next_item_start(frame, inner)
            truncated = self._cut_at_sentence_end(frame, cut)
            if truncated is not None:
                spans.append(truncated)
            spans.extend(frame.children)
        return spans

    def _accepts_to_paragraph_end(self, frame: _Frame, inner: _Frame | None) -> bool:
        """Return whether an unclosed mark may run to the end of its paragraph."""
        if frame.mark == "'" or self._looks_stray(frame):
            return False
        limit = MAX_UNCLOSED_PARAGRAPH_CHARS if frame.start == self.first else MAX_UNCLOSED_CHARS
        if self.end - frame.content_start > limit:
            return False
        family = _FAMILY[frame.mark]
        if inner is not None and _FAMILY[inner.mark] == family:
            return False
        return all(child.family != family for child in frame.children)

    def _looks_stray(self, frame: _Frame) -> bool:
        """Return whether an unclosed opening mark is followed by whitespace."""
        after = frame.content_start
        if after >= self.end:
            return True
        return frame.mark not in _SPACED_OPENERS and self.text[after].isspace()

    def _next_item_start(self, frame: _Frame, inner: _Frame | None) -> int:
        """Return where the first quote inside ``frame`` starts (or the end)."""
        if frame.children:
            return frame.children[0].start
        return inner.start if inner is not None else self.end

    def _cut_at_sentence_end(self, frame: _Frame, cut: int) -> _Raw | None:
        """Return ``frame`` as a span ending at its first sentence end.

        The sentence end must come before ``cut`` and within
        ``MAX_UNCLOSED_CHARS``; otherwise (or for a stray or straight single
        mark) there is no span.
        """
        if frame.mark == "'" or self._looks_stray(frame):
            return None
        content_start = frame.content_start
        limit = min(cut, content_start + MAX_UNCLOSED_CHARS)
        match = _SENTENCE_END_RE.search(self.text, content_start, limit)
        if match is None:
            return None
        end = match.end()
        return _Raw(frame.start, end, content_start, end, False, _FAMILY[frame.mark])


_Handler = Callable[[_ParagraphScanner, int, "str | None", "str | None"], None]

_HANDLERS: dict[str, _Handler] = {
    "\u201c": _ParagraphScanner._on_left_double,
    "\u201d": _ParagraphScanner._on_right_double,
    "\u201e": _ParagraphScanner._on_opener,
    '"': _ParagraphScanner._on_straight_double,
    "\u2018": _ParagraphScanner._on_left_single,
    "\u2019": _ParagraphScanner._on_right_single,
    "\u201a": _ParagraphScanner._on_low_single,
    "'": _ParagraphScanner._on_straight_single,
    "\u00ab": _ParagraphScanner._on_opener,
    "\u00bb": _ParagraphScanner._on_right_guillemet,
    "\u2039": _ParagraphScanner._on_opener,
    "\u203a": _ParagraphScanner._on_right_single_guillemet,
    "''": _ParagraphScanner._on_double_apostrophe,
    "``": _ParagraphScanner._on_double_backtick,
    "'''": _ParagraphScanner._on_triple_apostrophe,
}


def _paragraphs(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield ``(start, end, first)`` for every line that is not blank.

    ``first`` is the offset of the line's first non-whitespace character.
    """
    start = 0
    length = len(text)
    while start <= length:
        end = text.find("\n", start)
        if end == -1:
            end = length
        match = _NON_SPACE_RE.search(text, start, end)
        if match is not None:
            yield start, end, match.start()
        start = end + 1


def _may_hold_quotes(text: str, start: int, end: int) -> bool:
    """Return whether a paragraph has both a quotation mark and a word character.

    A cheap filter: without both, the paragraph cannot hold a span.
    """
    if _MARK_RE.search(text, start, end) is None:
        return False
    return _WORD_RE.search(text, start, end) is not None


def _finalize(text: str, raw: _Raw, continues: bool) -> QuoteSpan | None:
    """Strip a candidate's content and build its span.

    Returns:
        The span, or ``None`` when the content has no letter or digit.
    """
    content_start, content_end = raw.content_start, raw.content_end
    while content_start < content_end and text[content_start].isspace():
        content_start += 1
    while content_end > content_start and text[content_end - 1].isspace():
        content_end -= 1
    if _WORD_RE.search(text, content_start, content_end) is None:
        return None
    end = raw.end if raw.closed else content_end
    return QuoteSpan(raw.start, end, content_start, content_end, raw.closed, continues)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Find the top-level quoted spans of a news text.

    Args:
        text: The article. Every ``"\\n"`` is a paragraph boundary.

    Returns:
        The spans in document order, non-overlapping, each with non-empty
        content that neither starts nor ends with whitespace. A span that
        opens a paragraph right after a paragraph whose quote was left open
        at its end has ``continues=True``.
    """
    spans: list[QuoteSpan] = []
    open_at_end = False
    for start, end, first in _paragraphs(text):
        continuing = open_at_end
        open_at_end = False
        if not _may_hold_quotes(text, first, end):
            continue
        for raw in _ParagraphScanner(text, start, end, first).scan():
            span = _finalize(text, raw, raw.continues or (continuing and raw.start == first))
            if span is None:
                continue
            spans.append(span)
            open_at_end = not raw.closed and raw.content_end == end
    return spans


@dataclass
class QuoteMarks:
    """The quoted spans of a document (`find_quote_spans`), searchable by character offset."""

    spans: list[QuoteSpan]

    def __post_init__(self) -> None:
        self.starts = [s.start for s in self.spans]

    def at(self, char: int) -> int | None:
        """Index of the quoted span (marks included) that holds ``char``."""
        i = bisect.bisect_right(self.starts, char) - 1
        if i >= 0 and self.spans[i].start <= char < self.spans[i].end:
            return i
        return None

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indices of the quoted spans overlapping ``[start, end)``."""
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        found = []
        while i < len(self.spans) and self.spans[i].start < end:
            if self.spans[i].end > start:
                found.append(i)
            i += 1
        return found
