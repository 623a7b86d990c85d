"""Text cut from a document to be parsed on its own (`Excerpt`), with the map of its offsets back into
the document; and `split_text`, which cuts a long text into pieces at paragraph, line or sentence ends."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def split_text(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive ``(start, end)`` ranges of at most ``max_chars`` characters.

    Each cut is at the last paragraph boundary (a blank line) that fits, else the last line break,
    else the last sentence end, else the last space, else wherever the limit falls. The ranges cover
    the text with nothing left out: joined, they are ``text``.

    Raises:
        ValueError: ``max_chars`` is less than 1.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    ranges, start, n = [], 0, len(text)
    while n - start > max_chars:
        limit = start + max_chars
        cut = _last_blank_line_end(text, start, limit)
        if cut is None:
            newline = text.rfind("\n", start, limit)
            cut = newline + 1 if newline >= start else None
        if cut is None:
            cut = max(text.rfind(mark, start, limit - 1) for mark in (". ", "! ", "? ", ".\t")) + 2
            cut = cut if cut > start + 1 else None
        if cut is None:
            space = max(text.rfind(" ", start, limit), text.rfind("\t", start, limit))
            cut = space + 1 if space >= start else limit
        ranges.append((start, cut))
        start = cut
    if start < n or not ranges:
        ranges.append((start, n))
    return ranges


def _last_blank_line_end(text: str, start: int, limit: int) -> int | None:
    """Where the paragraph after the last blank line in ``text[start:limit]`` starts."""
    last = None
    for last in _BLANK_LINE.finditer(text, start, limit):
        pass
    return last.end() if last is not None else None


@dataclass(frozen=True)
class Excerpt:
    """Text cut from a document to be parsed on its own, and where its pieces sit in the document.

    ``segments`` are ``(start, origin, length)`` triples, in order: the excerpt's characters
    ``[start, start + length)`` are the document's ``[origin, origin + length)``. Characters between
    segments are separators the excerpt added (line breaks); they map to the nearest segment edge.
    """

    text: str
    segments: tuple[tuple[int, int, int], ...]
    _starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [start for start, _, _ in self.segments])

    @classmethod
    def whole(cls, text: str) -> Excerpt:
        """The whole document as one excerpt."""
        return cls(text, ((0, 0, len(text)),))

    def to_document(self, offset: int, *, end: bool = False) -> int:
        """The document offset of excerpt offset ``offset`` (an exclusive end offset when ``end``)."""
        segments = self.segments
        if len(segments) == 1:
            start, origin, length = segments[0]
            return origin + min(max(offset - start, 0), length)
        i = max(bisect.bisect_right(self._starts, offset - 1 if end else offset) - 1, 0)
        start, origin, length = segments[i]
        delta = offset - start
        if end:
            return origin + max(min(delta, length), 0)
        if delta >= length and i + 1 < len(segments):
            return segments[i + 1][1]  # in a separator: the next segment starts the span
        return origin + max(min(delta, length), 0)

    def cut(self, start: int, end: int) -> Excerpt:
        """The part ``[start, end)`` of this excerpt, as an excerpt of the same document."""
        segments = []
        for seg_start, origin, length in self.segments:
            lo, hi = max(seg_start, start), min(seg_start + length, end)
            if lo < hi:
                segments.append((lo - start, origin + lo - seg_start, hi - lo))
        if not segments:  # only separators: map to where they sit
            segments.append((0, self.to_document(start), 0))
        return Excerpt(self.text[start:end], tuple(segments))
