"""Fast mode: parse only the sentences of a document that can hold a quote.

Every quote the rules find has quotation marks (direct, mixed) or a cue word: a reporting verb or
noun of the lexicon ("said", "warned", "statement") or "according to". A sentence with neither
cannot hold one, so fast mode skips it, unless it is the sentence just before one that is kept,
where the speaker of a quote is often named ("Ms Hewitt spoke to GMTV. “We...”").

How the text is cut, in order:

1. The quoted spans are found on the plain text (`quotes.direct.find_quote_spans`, no parsing).
2. Each line is cut into sentences at ``. ! ? …`` (and closing marks) followed by white space,
   except inside a quoted span: a quote of several sentences stays one piece.
3. A sentence is kept when it overlaps a quoted span or holds a cue word form (a lowercase word in
   `cue_forms`: the lexicon's lemmas with their inflections), together with the sentence before it.
4. Runs of kept sentences are joined into one text to parse (an `Excerpt`), with a line break
   where a skipped stretch held one; the quotes found in it are mapped back to the document's
   offsets by `quotes.extract`.

On the development gold set this loses no quote or quote+speaker F1 (README.md, "Speed and
scale"; `benchmarks/throughput.py` measures it); a speaker name resolved through a mention in a
skipped sentence ("Patricia Hewitt" for "Ms Hewitt") may come out as written instead.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from .direct import find_quote_spans
from .extract import Excerpt, extract_many as _extract_many
from .lexicon import Lexicon, default_lexicon
from .model import DocResult, Document

__all__ = ["cue_forms", "excerpt", "extract_many", "select"]

#: Words that introduce reported speech without being in the lexicon ("according to").
EXTRA_CUE_FORMS = frozenset({"according"})
#: Sentences kept before each sentence that can hold a quote (read at each call: set it to 0 for more
#: speed, at the cost of speakers resolved from the sentence before, such as "he" after "Tom Reed").
CONTEXT_SENTENCES = 1

#: Past tenses and participles that the regular rules of `_verb_forms` do not make.
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "swear": ("swore", "sworn"),
    "speak": ("spoke", "spoken"),
    "forecast": ("forecast",),
    "cry": ("cried", "cries"),
    "give": ("gave", "given"),
    "make": ("made",),
    "send": ("sent",),
    "read": ("read",),
    "put": ("put",),
}

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*[ \t]+(?=\S)")
_WORD = re.compile(r"[a-z]+")
_VOWELS = frozenset("aeiou")


def _verb_forms(lemma: str) -> set[str]:
    """The lemma with its -s, -ed and -ing forms (over-generating is harmless: a form that is no word never matches)."""
    forms = {lemma, *IRREGULAR_FORMS.get(lemma, ())}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing", lemma + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s"), lemma + "ed", lemma + "ing"}
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # admitted, quipping
    return forms


def _noun_forms(lemma: str) -> set[str]:
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return {lemma, lemma[:-1] + "ies"}
    return {lemma, lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s")}


def cue_forms(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The lowercase word forms that mark a sentence as a possible quote: every inflection of the
    lexicon's cue verbs and nouns, and "according" (of "according to").

    Multi-word entries contribute each of their words' forms.
    """
    return _cue_forms(lexicon or default_lexicon())


@lru_cache(maxsize=4)
def _cue_forms(lexicon: Lexicon) -> frozenset[str]:
    forms: set[str] = set(EXTRA_CUE_FORMS)
    for entry in lexicon.verbs:
        for word in entry.split():
            forms |= _verb_forms(word)
    for entry in lexicon.nouns:
        for word in entry.split():
            forms |= _noun_forms(word)
    return frozenset(forms)


def _sentences(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` ranges covering ``text``: lines cut at sentence ends outside quotes.

    A range ends after the white space that follows it, so the ranges tile the text.
    """
    starts = [start for start, _ in quoted]

    def inside_quote(char: int) -> bool:
        i = bisect.bisect_right(starts, char) - 1
        return i >= 0 and quoted[i][0] <= char < quoted[i][1]

    cuts = [0]
    for match in re.finditer(r"\n\s*", text):
        if not inside_quote(match.start()):
            cuts.append(match.end())
    for match in _SENTENCE_END.finditer(text):
        if not inside_quote(match.start()) and not inside_quote(match.end() - 1):
            cuts.append(match.end())
    cuts = sorted(set(cut for cut in cuts if cut < len(text)))
    return [(cut, end) for cut, end in zip(cuts, [*cuts[1:], len(text)]) if end > cut]


def select(text: str, *, lexicon: Lexicon | None = None, context: int | None = None) -> list[tuple[int, int]]:
    """The ranges of ``text`` that fast mode parses: sentences that can hold a quote, each with the
    ``context`` sentences before it (default `CONTEXT_SENTENCES`), adjacent ones merged; in order,
    not overlapping.
    """
    context = CONTEXT_SENTENCES if context is None else context
    quoted = [(span.start, span.end) for span in find_quote_spans(text)]
    sentences = _sentences(text, quoted)
    if not sentences:
        return []
    forms = cue_forms(lexicon)
    keep = [False] * len(sentences)
    sentence_starts = [start for start, _ in sentences]

    def mark(char: int) -> None:
        i = bisect.bisect_right(sentence_starts, char) - 1
        for k in range(max(i - context, 0), i + 1):
            keep[k] = True

    for start, end in quoted:  # every sentence a quoted span touches
        i = bisect.bisect_right(sentence_starts, start) - 1
        while i < len(sentences) and sentences[i][0] < end:
            mark(sentences[i][0])
            i += 1
    for match in _WORD.finditer(text.lower()):
        if match.group() in forms:
            mark(match.start())
    ranges: list[tuple[int, int]] = []
    for (start, end), kept in zip(sentences, keep):
        if not kept:
            continue
        if ranges and ranges[-1][1] == start:
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
    return ranges


def excerpt(text: str, *, lexicon: Lexicon | None = None, context: int | None = None) -> Excerpt:
    """The text fast mode parses for ``text`` (the ranges of `select`, joined), with its offset map."""
    pieces: list[str] = []
    segments: list[tuple[int, int, int]] = []
    length = 0
    previous_end = 0
    for start, end in select(text, lexicon=lexicon, context=context):
        if pieces:
            skipped = text[previous_end:start]
            if "\n" in skipped and not pieces[-1].endswith("\n"):
                separator = "\n\n" if skipped.count("\n") > 1 else "\n"
                pieces.append(separator)
                length += len(separator)
            elif not pieces[-1][-1:].isspace():
                pieces.append(" ")
                length += 1
        pieces.append(text[start:end])
        segments.append((length, start, end - start))
        length += end - start
        previous_end = end
    return Excerpt("".join(pieces), tuple(segments))


def extract_many(docs: Iterable[str | Document], **options: Any) -> Iterator[DocResult]:
    """`quotes.extract_many` in fast mode: the same arguments (``nlp``, ``batch_size``, ``n_process``)."""
    return _extract_many(docs, fast=True, **options)
