"""Step 3d of `quotes.attribute`: a quotation that goes on with the previous quote inherits its speaker.

A new paragraph opening with a quotation mark, nothing but punctuation after the previous quote, the sentence just
after it, or one sentence of narration that names no one else in between.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .direct import QuoteMarks, QuoteSpan
from .framing import _may_speak
from .lexicon import Lexicon
from .memo import children
from .model import Quote
from .sentences import sentence_of


def continues(text: str, previous: Quote, span: QuoteSpan) -> bool:
    """Step 3d: nothing but punctuation and white space lies between the previous quote (or its attribution) and this one."""
    if span.continues:
        return True
    ends = [previous.quote_end, previous.cue_end or 0, previous.speaker_end or 0, previous.addressee_end or 0]
    gap = text[max(ends) : span.start]
    gap = gap.lstrip("”’»›\"'")
    return not any(ch.isalnum() for ch in gap) and gap.count("\n") <= 2


def follow_up_sentence(tokens: Span, previous: Quote) -> Span | None:
    """Step 3d: the quote's sentence(s), when the previous quote ended in the sentence just before them."""
    first = sentence_of(tokens[0])
    if first.start == 0:
        return None
    before = sentence_of(tokens.doc[first.start - 1])
    if before.start_char <= previous.quote_end <= first.start_char:
        return tokens.doc[first.start : sentence_of(tokens[-1]).end]
    return None


def after_narration(tokens: Span, text: str, previous: Quote, marks: QuoteMarks, lexicon: Lexicon) -> bool:
    """Step 3d: a quote that is a sentence of its own, one sentence of narration after the previous quote
    ("“We will rebuild,” Reyes said. The crowd cheered. “And we will do it fast.”"): the narration names no one
    else, quotes nothing and has no cue of its own, so the quote goes on with the previous speaker."""
    doc = tokens.doc
    first = sentence_of(tokens[0])
    if first.start < 2:
        return False
    gap = sentence_of(doc[first.start - 1])
    if gap.start == 0 or not sentence_of(doc[gap.start - 1]).start_char <= previous.quote_end <= gap.start_char:
        return False
    sentences = doc[first.start : sentence_of(tokens[-1]).end]
    if len(text[tokens.start_char : tokens.end_char]) < 0.7 * len(sentences.text.strip()):
        return False  # a fragment inside narration, not a quote standing on its own
    if marks.overlapping(gap.start_char, gap.end_char):
        return False
    return not any(
        t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or t.lemma_.lower() in lexicon.verbs
        or (t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN")
        for t in gap
    )


def within_attribution(doc: Doc, previous: Quote | None, candidate: Quote) -> bool:
    """Step 3d: the reported speech ``candidate`` sits inside the attribution of the direct quote before it ("“We
    were hit hard,” Marsh said, with a force that suggested the question was unfair. “I spent years ...”": its cue
    hangs below Marsh's cue, not as a conjunct of it), so a quotation after it goes on with the direct quote."""
    if previous is None or previous.type != "direct" or previous.cue_start is None or candidate.cue_start is None:
        return False
    if candidate.quote_start < previous.quote_end or candidate.cue_start < (previous.cue_end or 0):
        return False  # "“...,” Sanders said, according to CNN. “...”": a source of the quote itself, nested above it
    outer = doc.char_span(previous.cue_start, previous.cue_end, alignment_mode="expand")
    inner = doc.char_span(candidate.cue_start, candidate.cue_end, alignment_mode="expand")
    if outer is None or inner is None or not len(outer) or not len(inner):
        return False
    inner_root = inner.root
    return inner_root.dep_ != "conj" and outer.root.is_ancestor(inner_root)


def sentence_subject(tokens: Span, marks: QuoteMarks) -> tuple[Token, Token] | None:
    """Step 3d: the main verb and its subject, when the sentence a quoted fragment sits in has a subject of its own
    that can speak ("“...,” Bolton said. Gorka also made the point that her term would be “a third Obama term.”"):
    the fragment is that subject's, not the previous speaker's to inherit. A subject that cannot speak ("Prices
    rose to “record levels”") leaves the fragment to the previous speaker."""
    root = sentence_of(tokens[0]).root
    if root.pos_ not in ("VERB", "AUX") or root.i >= tokens.start or marks.at(root.idx) is not None:
        return None
    subject = next((c for c in children(root) if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i), None)
    if subject is None or marks.at(subject.idx) is not None or subject.tag_ in ("WP", "WDT"):
        return None
    return (root, subject) if _may_speak(subject) else None


def inherit(previous: Quote, type_: str, start: int, end: int, text: str) -> Quote:
    """Step 3d: the quote at ``start:end`` with the previous quote's speaker, cue and addressee."""
    return Quote(
        type=type_,
        quote=text[start:end],
        quote_start=start,
        quote_end=end,
        speaker=previous.speaker,
        speaker_start=previous.speaker_start,
        speaker_end=previous.speaker_end,
        speaker_resolution="inherited",
        cue=previous.cue,
        cue_lemma=previous.cue_lemma,
        cue_start=previous.cue_start,
        cue_end=previous.cue_end,
        addressee=previous.addressee,
        addressee_start=previous.addressee_start,
        addressee_end=previous.addressee_end,
        confidence=round(min(previous.confidence, 0.8), 2),
    )
