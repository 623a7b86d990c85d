"""A quotation that stands as a paragraph of its own, right after the narration that introduces its speaker.

News copy often sets a quotation off as its own paragraph, with no cue at all, after a paragraph that
tells of the person about to be quoted:

    Marta Oyelaran is upbeat about the harvest, in part because the rains came early.

    “We have not seen fields like this in ten years. The co-op will have to hire.”

The speaker is the subject of the narration's last sentence (its first clause), when that subject is someone who can speak
(a name, "he" or "she", a person or body noun). `quotes.attribute` asks this only for a quoted span that
nothing else attributes and that it would keep anyway as an utterance; the quote gets a low confidence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .direct import QuoteMarks, QuoteSpan
from .framing import speaker_nouns, words
from .leads import last_visible
from .speakers import mention_span
from .sentences import sentence_of

#: Pronouns that can name the speaker of the next paragraph's quotation.
_PERSONAL = frozenset({"he", "she"})
#: Clauses whose subject is not the one the narration is about ("an interview he gave", "because she left").
_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "pcomp", "pobj", "csubj"})
#: A narration paragraph longer than this many characters tells of more than one person; its subject is no guide.
MAX_NARRATION_CHARS = 400


def narrated_speaker(doc: Doc, text: str, span: QuoteSpan, marks: QuoteMarks) -> tuple[Token, Span] | None:
    """The speaker of a quotation that opens a paragraph, named as the subject of the paragraph before it.

    The paragraph before must be narration (no quotation marks), the quotation must open its own paragraph,
    and the subject of the first clause of the narration's last sentence must be able to speak. Returns the
    verb of that clause and the speaker, or None.
    """
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    if text[line_start : span.start].strip() or line_start < 2 or not span.closed:
        return None
    if words(text[span.end : len(text) if line_end < 0 else line_end]):
        return None  # the paragraph goes on after the quotation: not a quotation standing on its own
    end = last_visible(text, line_start - 1) + 1  # past the narration's last character
    if end == 0 or text.count("\n", end, line_start) > 2 or text[end - 1] not in ".:":
        return None
    start = text.rfind("\n", 0, end) + 1
    if end - start > MAX_NARRATION_CHARS or marks.overlapping(start, end):
        return None
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    if last is None:
        return None
    sentence = sentence_of(last[0])
    if sentence.start_char < start:
        return None
    subject = next((t for t in sentence if t.dep_ == "nsubj" and t.head.dep_ not in _SUBORDINATE), None)
    if subject is None or subject.head.i < subject.i or not _can_speak(subject):
        return None
    return subject.head, mention_span(subject, stop=subject.head)


def _can_speak(subject: Token) -> bool:
    """A name, "he" or "she", or a noun for a person or a body ("the pollster", "the ministry")."""
    if subject.pos_ == "PRON":
        return subject.lower_ in _PERSONAL
    if subject.pos_ == "PROPN":
        return subject.ent_type_ in ("", "PERSON", "ORG")
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in speaker_nouns()
