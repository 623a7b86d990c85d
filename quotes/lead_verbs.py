"""A verb the lexicon lacks that leads into a quotation: "Marsh shot back, “...”", "Ms. Bell cracked, ''...''",
"Her husband cut in. “...”".

`quotes.attribute` asks this before looking for a cue verb further off in the quotation's sentence: the verb
right before the quotation's comma (or colon) is its cue, whatever its lemma, when its subject can speak and it
takes no object of its own outside the quotation marks. The turns of speech with a particle ("went on", "cut
in") are in `quotes.framing`, which also reads them after a quotation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .direct import QuoteMarks, QuoteSpan
from .framing import _NOT_CUES, _last_mark, _may_speak, _named_elsewhere, _phrasal_cue
from .leads import last_visible


#: What a verb leading into a quotation after a comma must not take outside the marks: then the quotation is not
#: what its subject said but the verb's own complement or narration ("He told them, ...", "She was asked, ...").
_LEAD_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "acomp", "attr", "oprd", "dative", "auxpass", "nsubjpass", "agent"})


def lead_in_verb(doc: Doc, text: str, span: QuoteSpan, marks: QuoteMarks, busy: set[int]) -> Token | None:
    """ "Marsh shot back, “...”", "Ms. Bell cracked, ''...''", "Her husband cut in. “...”": a verb the lexicon
    lacks, right before a quotation that opens like a sentence after a comma or a colon (or, for a phrasal turn
    of speech, in the next sentence), with a subject that can speak and no object of its own outside the marks.
    Returns that verb, or None."""
    before = last_visible(text, span.start)
    if before < 0 or not _opens_with_capital(text, span) or not _ends_utterance(text, span):
        return None
    joined = text[before] in ",:"
    if not joined and text[before] != ".":
        return None
    last = doc.char_span(before, before + 1, alignment_mode="expand")
    if last is None or last.start == 0:
        return None
    word = doc[last.start - 1]
    verb = word.head if word.dep_ in ("prt", "advmod") and word.head.i == word.i - 1 else word
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i in busy or marks.at(verb.idx) is not None:
        return None
    phrasal = _phrasal_cue(verb)
    if (not joined and not phrasal) or (verb.lemma_.lower() in _NOT_CUES and not phrasal):
        return None
    if any(c.dep_ in _LEAD_OBJECTS and marks.at(c.idx) is None for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
    if subject is None or marks.at(subject.idx) is not None or not (_may_speak(subject) or _named_elsewhere(subject)):
        return None
    return verb


def _ends_utterance(text: str, span: QuoteSpan) -> bool:
    """Whether a quotation ends like something said: with a stop, a comma, or at the end of its sentence, not as
    a name inside it ("“Closed For Good” painted on the door")."""
    if not span.closed or _last_mark(text, span) in (".", "?", "!", ",", "\u2026"):
        return True
    after = text[span.end : span.end + 3].lstrip(" \t")
    return not after or after[0] in ".,;:\n\u2014\u2013-"


def _opens_with_capital(text: str, span: QuoteSpan) -> bool:
    """Whether a quotation's words open with a capital letter, like a sentence."""
    return text[span.content_start : span.content_start + 4].lstrip("\u2018'\" ")[:1].isupper()
