"""Long runs of punctuation, cut short before tokenizing, with offsets still exact.

spaCy's tokenizer splits a run of punctuation one character at a time and scans what is left each time:
16,000 quotation marks in a row take over a minute, 100,000 hours. No quote lives inside such a run, so
the parser is given only its first and last `KEEP` characters, with a space between them; the excerpt maps
every offset back into the document, so a quote that starts before a run and ends after it still slices
the document exactly.
"""

from __future__ import annotations

import re

from .excerpt import Excerpt

#: A run of more than this many characters that are neither letters, digits nor white space is cut.
LONG_RUN = 256
#: Characters kept at each end of a run that is cut (a closing quotation mark after "!!!!" stays).
KEEP = 64
#: What stands for the part of a run that is left out.
SEPARATOR = " "
_RUN = re.compile(r"(?:[^\w\s]|_){%d,}" % (LONG_RUN + 1))


def has_long_runs(text: str) -> bool:
    """Whether ``text`` has a run of punctuation that `cut_long_runs` would shorten."""
    return _RUN.search(text) is not None


def cut_long_runs(excerpt: Excerpt) -> Excerpt:
    """``excerpt`` with the middle of each long run of punctuation left out (the same excerpt if none)."""
    gaps = [(match.start() + KEEP, match.end() - KEEP) for match in _RUN.finditer(excerpt.text)]
    if not gaps:
        return excerpt
    parts, start = [], 0
    for gap_start, gap_end in gaps:
        parts.append(excerpt.cut(start, gap_start))
        start = gap_end
    parts.append(excerpt.cut(start, len(excerpt.text)))
    return join(parts, SEPARATOR)


def join(parts: list[Excerpt], separator: str) -> Excerpt:
    """One excerpt of the same document: ``parts`` in order, ``separator`` between them (mapped to the
    nearest part's edge, as `Excerpt` maps its separators)."""
    texts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    position = 0
    for i, part in enumerate(parts):
        if i:
            texts.append(separator)
            position += len(separator)
        segments.extend((position + start, origin, length) for start, origin, length in part.segments)
        texts.append(part.text)
        position += len(part.text)
    return Excerpt("".join(texts), tuple(segments))
