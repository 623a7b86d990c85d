"""Quoted page furniture: section subheads and listed headlines, which are in quotation marks but quote no one.

Part of step 3a of `quotes.attribute`, read from the text alone (no parse): a paragraph that is nothing but a few
words in single quotation marks ("'A hard winter.'" between two paragraphs), or a few words in capitals in any marks
("“EVENTUALLY VOTERS DECIDE WELL”"), is a section subhead, and a quotation
followed by "by" and a name ("—“Museum to close in June,” by the Gazette's Ana Ruiz:") is the title of a piece
with its author, as in a newsletter's reading list.
"""

from __future__ import annotations

import re

from .direct import QuoteSpan

#: A subhead in single quotation marks has at most this many words.
MAX_SUBHEAD_WORDS = 6
#: Single quotation marks, as they open and close a subhead ("'A hard winter.'", "‘A hard winter.’").
_SINGLE_MARKS = frozenset("'\u2018\u2019")
#: What may stand around the quotation in its paragraph: white space, and a full stop after the closing mark.
_AROUND = " \t\u00a0.'\u2018\u2019"
#: After the closing mark: "by" and a name, the author of a listed piece ("“...,” by The Gazette's Ana Ruiz").
_BYLINE = re.compile(r",?\s{1,3}by\s+(?:the\s+)?[A-Z]")


def is_subhead(text: str, span: QuoteSpan) -> bool:
    """ "'A hard winter.'" as a paragraph of its own: a section subhead (news sites set them in single quotation
    marks, a phrase from the section below), not an utterance. Double marks, as in "“Never.”" on its own line in a
    run of quotes, are left alone, and so are the doubled apostrophes of NYT style ("''Never.''")."""
    if span.closed and _capitals_subhead(text, span):
        return True
    if not span.closed or text[span.start : span.content_start] not in _SINGLE_MARKS:
        return False  # also not ''...'', a double mark written as two apostrophes
    if len(text[span.content_start : span.content_end].split()) > MAX_SUBHEAD_WORDS:
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : span.start].strip(_AROUND) or text[span.end : line_end].strip(_AROUND):
        return False
    return not text[max(line_start - 200, 0) : line_start].rstrip().endswith(":")  # "The sign read:" opens it


#: A subhead in capitals has at least this many words.
MIN_CAPITALS_SUBHEAD_WORDS = 3


def _capitals_subhead(text: str, span: QuoteSpan) -> bool:
    """ "“EVENTUALLY VOTERS MAKE GOOD DECISIONS”" as a paragraph of its own, in any quotation marks: a subhead set in
    capitals, three words or more with no stop, question or exclamation mark of its own (a shouted "“NO MORE
    TAXES!”" is an utterance)."""
    content = text[span.content_start : span.content_end].strip()
    words = [w for w in content.split() if any(ch.isalpha() for ch in w)]
    if len(words) < MIN_CAPITALS_SUBHEAD_WORDS or content[-1:] in ".!?…" or not content.replace("’", "").isupper():
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : span.start].strip() and not text[span.end : line_end].strip()


def is_listed_title(text: str, span: QuoteSpan) -> bool:
    """ "—“Museum to close in June,” by the Gazette's Ana Ruiz": a quotation closed by a comma and followed by "by"
    and a name is the title of a piece with its author (a newsletter's reading list, "according to “The Long Road,”
    by Ann Lee"), where "labeled a “witch hunt” by critics" is a judgement and its judges."""
    if not span.closed or _BYLINE.match(text, span.end, min(span.end + 40, len(text))) is None:
        return False
    return text[: span.content_end].rstrip().endswith(",") or text[span.end : span.end + 1] == ","  # not "a “witch hunt” by"
