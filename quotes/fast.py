"""Fast mode: parse only the sentences of a document that can hold a quote.

Every quote the rules find has quotation marks (direct, mixed) or a cue word: a reporting verb or
noun of the lexicon ("said", "warned", "statement") or "according to". A sentence with neither
cannot hold one, so fast mode skips it, unless it is the sentence just before a kept one whose
speaker may be named there ("Ms Hewitt spoke to GMTV. “We...”", "... the firm said").

How the text is cut, in order:

1. The quoted spans are found on the plain text (`quotes.direct.find_quote_spans`, no parsing).
2. Each line is cut into sentences at ``. ! ? …`` (and closing marks) followed by white space,
   except inside a quoted span: a quote of several sentences stays one piece.
3. A sentence is kept when it overlaps a quoted span or holds a cue word form (a lowercase word in
   `cue_forms`: the lexicon's lemmas with their inflections). The sentence before it is kept too when
   the kept sentence's speaker may be named there (`needs_context`: a subject pronoun next to a cue
   word, a noun phrase that refers back such as "the spokesman" or "its chief executive", a quotation
   with no cue word); so is the sentence that first writes out a name the kept sentence gives with an
   honorific ("Patricia Hewitt" for "Ms Hewitt").
4. Runs of kept sentences are joined into one text to parse (an `Excerpt`), with a line break
   where a skipped stretch held one; the quotes found in it are mapped back to the document's
   offsets by `quotes.extract`.

Measured on 300 BBC articles and the development gold set (README.md, "Speed and scale";
`benchmarks/throughput.py` measures it all), against normal mode (quote+speaker F1 95.81, canonical
speakers 95.9% right):

- ``fast=True`` or ``"needed"`` (context where needed): 68% of the text parsed, about 1.34x bare
  ``nlp.pipe``; quote+speaker F1 -0.31 points, canonical speakers 92.0%;
- ``"always"`` (the sentence before every kept one; ``CONTEXT_WHEN_NEEDED = False``): 78% parsed, about
  1.18x; F1 -0.31 points at the time (no loss with the rules of b06ff91), canonical 95.5%;
- ``"none"`` (``CONTEXT_SENTENCES = 0``): 60% parsed, about 1.5x; F1 -0.31 points, canonical 86.9%.

The levels are `LEVELS`, chosen with ``fast="always"`` (`quotes.extract`, `quotes.extract_many`) or
``quotes extract --fast-context always``.

No setting reaches 1.5x bare with the canonical speakers of normal mode: the speaker's full name is
often in a sentence that holds no quote. A speaker name resolved through a mention in a skipped
sentence ("Patricia Hewitt" for "Ms Hewitt" is kept; "the 51-year-old" for a name three sentences up
is not) may come out as written instead.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from .direct import find_quote_spans
from .excerpt import Excerpt
from .lexicon import Lexicon, default_lexicon
from .model import DocResult, Document

__all__ = ["LEVELS", "cue_forms", "excerpt", "extract_many", "select", "settings"]

#: Words that introduce reported speech without being in the lexicon ("according to").
EXTRA_CUE_FORMS = frozenset({"according"})
#: Sentences kept before each sentence that can hold a quote (read at each call: set it to 0 for more
#: speed, at the cost of speakers resolved from the sentence before, such as "he" after "Tom Reed").
CONTEXT_SENTENCES = 1
#: Keep the context sentences only before a sentence whose speaker may need them (read at each call;
#: False: before every kept sentence). See `needs_context`.
CONTEXT_WHEN_NEEDED = True

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


def select(
    text: str, *, lexicon: Lexicon | None = None, context: int | None = None, when_needed: bool | None = None
) -> list[tuple[int, int]]:
    """The ranges of ``text`` that fast mode parses: sentences that can hold a quote, each with the
    ``context`` sentences before it (default `CONTEXT_SENTENCES`), adjacent ones merged; in order,
    not overlapping. With ``when_needed`` (default `CONTEXT_WHEN_NEEDED`), the context sentences come
    only before a sentence that `needs_context`, and the sentence that first writes out a full name
    that a kept sentence gives as "Mr Blair" is kept too.
    """
    context = CONTEXT_SENTENCES if context is None else context
    when_needed = CONTEXT_WHEN_NEEDED if when_needed is None else when_needed
    quoted = [(span.start, span.end) for span in find_quote_spans(text)]
    sentences = _sentences(text, quoted)
    if not sentences:
        return []
    forms = cue_forms(lexicon)
    keep = [False] * len(sentences)
    has_cue = [False] * len(sentences)
    has_quote = [False] * len(sentences)
    sentence_starts = [start for start, _ in sentences]

    def at(char: int) -> int:
        return bisect.bisect_right(sentence_starts, char) - 1

    for start, end in quoted:  # every sentence a quoted span touches
        i = at(start)
        while i < len(sentences) and sentences[i][0] < end:
            keep[i] = has_quote[i] = True
            i += 1
    for match in _WORD.finditer(text.lower()):
        if match.group() in forms:
            i = at(match.start())
            keep[i] = has_cue[i] = True
    wanted = [False] * len(sentences)
    for i, (start, end) in enumerate(sentences):
        if not keep[i]:
            continue
        if context and (not when_needed or needs_context(text[start:end], has_cue[i], lexicon)):
            for k in range(max(i - context, 0), i):
                wanted[k] = True
        if context and when_needed:
            for full_name in _full_names(text, start, end):
                wanted[at(full_name)] = True
    keep = [a or b for a, b in zip(keep, wanted)]
    ranges: list[tuple[int, int]] = []
    for (start, end), kept in zip(sentences, keep):
        if not kept:
            continue
        if ranges and ranges[-1][1] == start:
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
    return ranges


def needs_context(sentence: str, has_cue: bool = True, lexicon: Lexicon | None = None) -> bool:
    """Whether a kept sentence's speaker may be named in the sentence before it: a subject pronoun next
    to a cue word ("he said", "said she", "They have warned"), a noun phrase that refers back ("the
    spokesman", "its chief executive", "these analysts"; the head nouns of `quotes.resolve`'s
    nominals), or a quotation with no cue word at all ("Ms Hewitt spoke to GMTV. “We ...”")."""
    if not has_cue:
        return True
    patterns = _context_patterns(cue_forms(lexicon))
    return any(pattern.search(sentence) for pattern in patterns)


@lru_cache(maxsize=4)
def _context_patterns(forms: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    from .resolve import default_lexicons  # resolve is heavier; only fast mode needs it here

    cues = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    nouns = {key for key in default_lexicons().nominals}
    heads = "|".join(map(re.escape, sorted(nouns | {n + "s" for n in nouns}, key=len, reverse=True)))
    pronoun = r"\b(?:he|she|they|we|it)\b"
    near_cue = re.compile(rf"{pronoun}(?:\s+[\w'’-]+){{0,2}}?\s+(?:{cues})\b|\b(?:{cues})\s+{pronoun}", re.IGNORECASE)
    determiner = r"\b(?:the|this|that|these|those|its|their|his|her|our)\s+"
    refers_back = re.compile(rf"{determiner}(?:[\w'’-]+\s+){{0,2}}?(?:{heads})\b", re.IGNORECASE)
    return near_cue, refers_back


def _full_names(text: str, start: int, end: int) -> list[int]:
    """Where ``text`` first writes out in full a name that ``text[start:end]`` gives with an honorific
    ("Patricia Hewitt" for "Ms Hewitt"), so that the name comes out whole."""
    honorific = _honorific_pattern()
    found = []
    for match in honorific.finditer(text, start, end):
        surname = re.escape(match.group(1))
        for full in re.finditer(rf"\b[A-Z][\w'’-]+\s+{surname}\b", text):
            if not honorific.match(text, full.start()):
                found.append(full.start())
                break
    return found


@lru_cache(maxsize=1)
def _honorific_pattern() -> re.Pattern[str]:
    from .resolve import default_lexicons

    parts = default_lexicons().name_parts
    honorifics = sorted((word for word, (part, _) in parts.items() if part == "honorific"), key=len, reverse=True)
    return re.compile(r"\b(?i:" + "|".join(map(re.escape, honorifics)) + r")\.?\s+([A-Z][\w'’-]+)")


def excerpt(
    text: str, *, lexicon: Lexicon | None = None, context: int | None = None, when_needed: bool | None = None
) -> Excerpt:
    """The text fast mode parses for ``text`` (the ranges of `select`, joined), with its offset map."""
    pieces: list[str] = []
    segments: list[tuple[int, int, int]] = []
    length = 0
    previous_end = 0
    for start, end in select(text, lexicon=lexicon, context=context, when_needed=when_needed):
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


#: The named settings of fast mode, as ``fast=`` takes them (`quotes.extract`, `quotes extract --fast LEVEL`):
#: the sentences of context kept before a kept sentence, and whether only where its speaker may need them.
LEVELS: dict[str, dict[str, Any]] = {
    "needed": {},  # the defaults: one sentence, where needed
    "always": {"when_needed": False},
    "none": {"context": 0},
}


def settings(fast: bool | str) -> dict[str, Any]:
    """The `select` arguments of a ``fast`` value: True is the default level ("needed")."""
    if fast is True:
        return {}
    try:
        return LEVELS[str(fast)]
    except KeyError:
        raise ValueError(f"unknown fast mode {fast!r}: use True or one of {', '.join(LEVELS)}") from None


def extract_many(docs: Iterable[str | Document], **options: Any) -> Iterator[DocResult]:
    """`quotes.extract_many` in fast mode: the same arguments (``nlp``, ``batch_size``, ``n_process``)."""
    from . import extract_many as quotes_extract_many  # the package's: quotes.extract imports this module

    options.setdefault("fast", True)
    return quotes_extract_many(docs, **options)
