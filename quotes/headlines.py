"""Headlines: which lines are headlines, and the attributions written the way headlines write them.

A headline attributes in two ways: with a colon after the speaker ("Ruiz: Budget Is Dead", "Clinton to
Planned Parenthood: Trump will reverse Roe v. Wade") and with a present-tense cue ("Mayor says bridge will
reopen", read by the ordinary cue rules). Both are quotes, but an analyst counting who said what in the body of
the news may want to leave them out (a headline restates the body): every quote that starts on a headline line
has ``section == "headline"`` in the table.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .reported import Speech, content_range

#: A line of at most this many words without closing punctuation is a headline, byline or menu item; so is the
#: document's first line of at most this many words, whatever it ends with (a title).
MAX_HEADLINE_WORDS = 20
_LINE_ENDINGS = tuple(".!?:;,…\"'”’»)")
#: A speaker before a headline colon has at most this many words ("Former AG Mukasey at RNC").
MAX_COLON_SPEAKER_WORDS = 8
#: Labels that head a headline with a colon but name no speaker ("EXCLUSIVE: ...", "Analysis: ...").
SECTION_LABELS = frozenset(
    """exclusive breaking update updated watch video live analysis opinion editorial review explainer factbox
    factcheck fact-check photos photo gallery podcast interview transcript listen read correction comment
    poll quiz recap timeline look bombshell revealed report""".split()
)
#: Words that end the speaker before a headline colon: "Gillibrand on ...", "Clinton to Planned Parenthood".
_SPEAKER_STOPS = frozenset({"on", "to", "at", "in", "about", "for", "with", "after", "before", "over"})


def headline_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges of the lines that read as headlines: the first line when it is short (a title),
    and every short line not ended like a sentence ("Council admits overspend"), in order."""
    lines, start, first = [], 0, True
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            title = first and bool(text[start + len(line) :].strip())  # a first line with more text under it
            if (title or not stripped.endswith(_LINE_ENDINGS)) and len(stripped.split()) <= MAX_HEADLINE_WORDS:
                lines.append((start, start + len(line)))
            first = False
        start += len(line) + 1
    return lines


def inside(ranges: list[tuple[int, int]], char: int) -> bool:
    """Whether ``char`` falls in one of the sorted, disjoint ``ranges``."""
    i = bisect.bisect_right(ranges, (char, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= char < ranges[i][1]


def reads_as_clause(doc: Doc, speech: Speech) -> bool:
    """A headline cue reports a clause ("Mayor says bridge will reopen"), not a noun phrase the parser took for
    one ("Council admits leisure centre overspend"): the content needs a verb with a subject of its own."""
    content = doc.char_span(*speech.content, alignment_mode="expand")
    return content is not None and any(
        _is_finite(t) and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i >= content.start for c in t.children)
        for t in content
    )


def _is_finite(verb: Token) -> bool:
    """A verb that is plainly finite: an auxiliary, a past or third-person form, or one with an auxiliary
    ("bridge will reopen", "council lied"; not the bare "overspend" of "leisure centre overspend")."""
    if verb.pos_ == "AUX":
        return True
    return verb.pos_ == "VERB" and (
        verb.tag_ in ("VBD", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def find_colon_attributions(doc: Doc, ranges: list[tuple[int, int]], text: str | None = None) -> Iterator[Speech]:
    """ "Ruiz: Budget Is Dead": on a headline line, a short name before a colon is the speaker of what follows.

    ``text`` is ``doc.text`` when the caller has it: a line without a colon is then passed over unparsed.
    """
    for start, end in ranges:
        if text is not None and ":" not in text[start:end]:
            continue  # no colon token in it
        line = doc.char_span(start, end, alignment_mode="contract")
        if line is None:
            continue
        colon = next((t for t in line if t.text == ":"), None)
        if colon is None or colon.i == line.start:
            continue
        speaker = _colon_speaker(doc[line.start : colon.i])
        bounds = content_range(doc[colon.i + 1 : line.end])
        if speaker is None or bounds is None:
            continue
        yield Speech(
            cue=doc[colon.i : colon.i + 1],
            cue_lemma=":",
            content=bounds,
            speaker=speaker,
            addressee=None,
            rule="headline-colon",
            confidence=0.6,
        )


#: Dashes that set a digest's heading apart from its source.
_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})


def _colon_speaker(prefix: Span) -> Span | None:
    """The speaker named before a headline colon, or None for a label ("EXCLUSIVE"), a clause or a long phrase.
    A digest's heading before a spaced dash ("BUDGET - Ames:") is left out."""
    dash = next((t for t in reversed(prefix) if t.text in _DASHES and t.whitespace_ and t.i > prefix.start), None)
    if dash is not None and prefix.doc[dash.i - 1].whitespace_:
        prefix = prefix.doc[dash.i + 1 : prefix.end]
    words = [t for t in prefix if not t.is_punct]
    if not words or len(words) > MAX_COLON_SPEAKER_WORDS or not words[0].text[:1].isupper():
        return None
    if any(t.lower_ in SECTION_LABELS for t in words) or any(t.like_num for t in words):
        return None
    if words[0].pos_ == "DET":
        return None  # "The next tactic: ...": a topic, not a speaker
    end = next((t.i for t in words if t.lower_ in _SPEAKER_STOPS), prefix.end)
    name = [t for t in words if t.i < end]
    if not name or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in name):
        return None  # "Trump Says: ...": a clause, not a name
    if not any(t.pos_ in ("PROPN", "NOUN") for t in name):
        return None
    return prefix.doc[name[0].i : name[-1].i + 1]
