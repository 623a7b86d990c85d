"""The candidate a cue and its content make: who speaks, how sure, and the cue's span.

Every rule of `quotes.reported` and `quotes.nominal` that finds a content under a cue builds its `Speech` here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .asides import phrase_before
from .complements import has_complement_after, has_own_subject
from .memo import children
from .speakers import cue_span, find_addressee, find_speaker, mention_span
from .speech import Speech, content_range
from .unspoken import is_intended, is_poll_answer
from .sentences import sentence_of


def cue_speech(verb: Token, content: Span, rule: str, *, until: Token | None = None) -> Speech | None:
    """The candidate of a cue verb (or noun) and its content: its speaker, else a subject the parse left before the
    cue, and a confidence by how the speaker was found; None when the content is empty or nobody speaks ("it is
    fair to say ...", "intended to say ...", a poll's share of respondents: `quotes.unspoken`)."""
    rng = content_range(content)
    if rng is None or is_intended(verb):
        return None
    speaker = find_speaker(_outer_cue(verb) or verb)
    if speaker is not None and _is_impersonal(verb, speaker):
        return None
    confidence = 0.8 if speaker is not None else 0.45
    if speaker is None and content.start > verb.i:
        speaker = _subject_before(verb) or phrase_before(verb)
        confidence = 0.6 if speaker is not None else confidence
    if speaker is not None and is_poll_answer(verb, speaker):
        return None
    return Speech(
        cue=cue_span(verb, until=until),
        cue_lemma=verb.lemma_.lower(),
        content=rng,
        speaker=speaker,
        addressee=find_addressee(verb),
        rule=rule,
        confidence=confidence,
    )


def _subject_before(verb: Token) -> Span | None:
    """The speaker of a finite cue the parser left without a subject: "About 4 in 10 say ...", "Activists clamoring
    for a recount say ...", "Sen. Ruiz (a Democrat so young he ...) says ...": a number or noun hung on the cue
    before it, else the nearest subject before it in the sentence."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("expl", "csubj", "aux") for c in children(verb)):
        return None
    for child in children(verb):
        if child.i < verb.i and child.dep_ in ("nummod", "npadvmod", "dep", "nmod") and child.pos_ in ("NUM", "NOUN", "PROPN"):
            return mention_span(child, stop=verb)
    sent = sentence_of(verb)
    inside = {t.i for t in verb.subtree}  # not the subject of a clause of the cue's own ("When asked if BMW ...")
    inside -= {t.i for t in _speaker_clauses(verb) for t in children(t) if t.dep_ == "nsubj"}
    for token in reversed(verb.doc[sent.start : verb.i]):
        if token.dep_ == "nsubj" and token.pos_ in ("NOUN", "PROPN", "NUM") and token.i not in inside:
            return mention_span(token, stop=verb)
    return None


def _speaker_clauses(verb: Token) -> list[Token]:
    """ "Ana Ruiz, a nurse who ... and has been busing voters to rallies, also said her union ...", "Kasich
    joked ..., then says he ...": a clause the parser hung on the cue before it as a complement, while the cue
    has a complement with a subject after it, is the speaker's own description (or a deed of the speaker), and
    its subject is the cue's."""
    if not has_complement_after(verb):
        return []
    return [c for c in children(verb) if c.dep_ == "ccomp" and c.i < verb.i and not c.is_quote]


def _outer_cue(verb: Token) -> Token | None:
    """The cue a participle cue goes on from: "said A, noting that B" parsed with "noting" inside A. Its speaker is
    the outer cue's."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or has_own_subject(verb):
        return None
    head = verb.head
    if head.dep_ == "ccomp" and head.head.pos_ == "VERB" and head.head.i < verb.i and has_own_subject(head.head):
        return head.head
    return None


#: Adjectives whose subject is the one who speaks: "It (the ministry) was keen to point out ...", unlike "it was
#: wrong to suggest ...".
_SPEAKER_ADJECTIVES = frozenset(
    {"keen", "quick", "eager", "careful", "anxious", "happy", "willing", "ready", "swift", "first", "able", "glad"}
)


def _is_impersonal(verb: Token, speaker: Span) -> bool:
    """ "It was wrong to suggest ...", "it is fair to say ...": an infinitive cue whose only subject is the "it"
    of the sentence around it reports nobody's speech."""
    return (
        len(speaker) == 1
        and speaker[0].lower_ in ("it", "this", "that")
        and (any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)) or verb.head.pos_ == "ADJ")
        and verb.head.lemma_.lower() not in _SPEAKER_ADJECTIVES
        and not has_own_subject(verb)
    )
