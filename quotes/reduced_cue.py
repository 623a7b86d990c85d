"""A cue the parse read as a reduced relative clause: "One lawmaker called Trump “the orange prince”".

The parser reads "a lawmaker called Trump" the way it reads "a man called John": "called" becomes a participle
hung on the noun before it, and the cue is left without a subject. When the verb takes an object of its own before
its quotation ("called Trump a “blowhard”", "called his remarks “racist”"), it is a finite cue, and the noun it
hangs on (with the asides between: "De Blasio, speaking on WOR710, called ...") is its speaker. When the quotation
follows the verb at once ("a group called the “We The People Foundation”", "a man called “the fixer” by his
aides") it is the naming reading, and no speaker.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .direct import QuoteMarks
from .speakers import SUBJECT_DEPS, mention_span


def is_reduced_cue(verb: Token) -> bool:
    """Whether the parse hung the verb on the noun before it as a participle with no subject of its own."""
    return (
        verb.dep_ in ("acl", "relcl")
        and verb.tag_ in ("VBN", "VBD")
        and verb.i > verb.head.i
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("agent", "auxpass", "aux") for c in verb.children)
    )  # not "a man called “the fixer” by his aides", "which was called"


def speaker_of_reduced_cue(verb: Token, marks: QuoteMarks) -> Span | None:
    """The speaker of a cue verb the parse hung on the noun before it as a participle, or None."""
    if not is_reduced_cue(verb):
        return None
    doc = verb.doc
    after = verb.i + 1
    while after < len(doc) and doc[after].pos_ == "DET":
        after += 1
    if after >= len(doc) or doc[after].is_quote or doc[after].is_punct or marks.at(doc[after].idx) is not None:
        return None  # the quotation right after the verb is what the noun is called
    noun = _antecedent(verb)
    if noun.pos_ not in ("NOUN", "PROPN") or marks.at(noun.idx) is not None:
        return None
    if any(not noun.is_ancestor(t) for t in doc[noun.i + 1 : verb.i]):
        return None  # every word between is the noun's aside or the cue's own ("on Tuesday")
    return mention_span(noun, stop=verb)


def _antecedent(verb: Token) -> Token:
    """The noun the cue hangs on, or the noun before a relative clause that ends with a comma right before the
    cue: "Stuart Stevens, who served as chief strategist during the 2012 campaign, called ..." (the parse hangs
    "called" on "campaign")."""
    noun = verb.head
    doc = verb.doc
    if doc[verb.i - 1].text != ",":
        return noun
    for above in noun.ancestors:
        if above.dep_ == "relcl" and above.i < verb.i and above.left_edge.i > 0 and doc[above.left_edge.i - 1].text == ",":
            return above.head
    return noun
