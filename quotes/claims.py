"""Reporting nouns with a clause of their own: "The union's claim that the mine is unsafe", "a report that the
plant would close". The speaker is whoever made the claim: the noun's possessor, an agent after it, or the subject
of the verb that makes it ("The union repeated its claim that ...")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .complements import has_own_subject
from .speakers import find_speaker, mention_span
from .speech import Speech, content_range
from .memo import children


def from_noun_clause(noun: Token) -> Iterator[Speech]:
    """ "The union's claim that the mine is unsafe", "a report that the plant would close", "Her argument is that
    ...": a reporting noun with a "that" clause of its own, or after "is" (a content clause, not a relative clause:
    "the claim that he made"; not "is that" inside what someone else said: "she said the message was that ...").

    The speaker is the noun's possessor ("The union's"), an agent after it ("a claim by the union"), or, for the
    object of a verb, that verb's subject ("The union repeated its claim that ..."); none otherwise.
    """
    doc = noun.doc
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _REQUESTS:
        return  # "demanded assurances that ...": asked for, not given
    clauses = list(children(noun))
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and noun.head.dep_ not in ("ccomp", "parataxis"):
        clauses += [c for c in children(noun.head) if c.dep_ == "ccomp" and c.i > noun.head.i]
    for child in clauses:
        if child.dep_ not in ("acl", "ccomp", "appos") or child.i < noun.i or child.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in children(child)) or not has_own_subject(child):
            continue
        if any(c.lower_ in ("that", "which", "who") and c.dep_ != "mark" for c in children(child)):
            continue  # "the claim that he made": a relative clause
        rng = content_range(doc[child.left_edge.i : child.right_edge.i + 1])
        if rng is None:
            return
        yield Speech(
            cue=doc[noun.i : noun.i + 1],
            cue_lemma=noun.lemma_.lower(),
            content=rng,
            speaker=noun_speaker(noun),
            addressee=None,
            rule="noun-clause",
            confidence=0.55,
        )
        return


def noun_speaker(noun: Token) -> Span | None:
    """Who made the claim a reporting noun names: its possessor, an agent after it, or its verb's subject."""
    for child in children(noun):
        if child.dep_ == "poss" and child.pos_ == "PRON" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            return find_speaker(noun.head) or mention_span(child)  # "The union repeated its claim that ..."
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            span = mention_span(child)
            while len(span) > 1 and span[-1].dep_ == "case":
                span = span[:-1]  # "The union's" -> "The union"
            return span
    for child in children(noun):
        if child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i > noun.i:
            objects = [c for c in children(child) if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")]
            if objects:
                return mention_span(objects[0])
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in _CLAIM_MAKERS:
        return find_speaker(noun.head)
    for child in children(noun):  # "The promise she has made is that ...": the subject of the clause that makes it
        if child.dep_ == "relcl" and child.lemma_.lower() in _CLAIM_MAKERS:
            subject = next((c for c in children(child) if c.dep_ == "nsubj" and c.lower_ not in ("that", "which")), None)
            if subject is not None:
                return mention_span(subject)
    return None


#: Verbs that ask for what their object names: "sought assurances that ...", "demanded a promise that ...".
_REQUESTS = frozenset({"seek", "demand", "want", "request", "need", "ask", "require", "await", "expect"})
#: Verbs whose subject makes the claim their object names ("repeated its claim that ..."); not "sought
#: assurances that ...", "dismissed suggestions that ...".
_CLAIM_MAKERS = frozenset(
    {"make", "repeat", "reiterate", "renew", "issue", "publish", "release", "voice", "deliver", "file", "offer", "send",
     "post", "express", "submit", "give", "level", "restate", "stand"}
)
