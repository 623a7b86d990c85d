"""Cues the parser misread, so that the cue has no speaker or is no verb at all.

* A cue read as a reduced relative clause (`speaker_of_reduced_cue`): "One lawmaker called Trump “the orange
  prince”". The parser reads "a lawmaker called Trump" the way it reads "a man called John": "called" becomes a
  participle hung on the noun before it, and the cue is left without a subject. When the verb takes an object of
  its own before its quotation ("called Trump a “blowhard”", "called his remarks “racist”"), it is a finite cue, and
  the noun it hangs on (with the asides between: "De Blasio, speaking on WOR710, called ...") is its speaker. When
  the quotation follows the verb at once ("a group called the “We The People Foundation”", "a man called “the
  fixer” by his aides") it is the naming reading, and no speaker.
* A name read as the first word of a compound with its cue (`name_compounded_with_cue`): in "“...,” Conway
  notes." the parser hangs "Conway" on "notes" as a compound, so the cue has no subject; the name is its speaker.
  So is a name that is also a modal verb, read as the cue's auxiliary: "“...,” Will wrote.", "“...,” May said."
* A speaker read as the object of an inverted cue the lexicon lacks (`object_after_inverted_cue`): "“...,” opined
  the Dayton Courier.", "“...!” blared the front page of the Herald."
* A cue read as a noun (`cue_read_as_noun`): "“I can beat her,” the email read." and "“...,” a voice-over in the
  ad states." end the sentence with a reporting verb the tagger took for the last word of a compound noun ("email
  read", "ad states"). After a quotation that ends with a comma, a question or an exclamation mark, a noun phrase
  and then a word of the cue lexicon tagged as a noun, with no verb of the sentence anywhere, is speaker and cue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .direct import QuoteMarks, QuoteSpan
from .speakers import SUBJECT_DEPS, mention_span

#: Parts of speech of a speaker's noun phrase between a closing mark and a cue read as a noun ("a voice-over in
#: the ad", "the Saudis", "the campaign's email").
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART", "PUNCT"})
#: What may follow a cue read as a noun: the end of the sentence, a comma, or a place ("in the white paper").
_AFTER_CUE = frozenset({".", ",", ";", "!", "?"})


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


def name_compounded_with_cue(verb: Token, marks: QuoteMarks) -> Span | None:
    """The name the parse hung on a subjectless cue as a compound right before it ("Conway notes"), or as its
    auxiliary ("“...,” Will wrote.", "“...,” May said."), right after the closing mark of the quotation it
    attributes; or None."""
    if verb.pos_ != "VERB" or verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    if name.head.i != verb.i or marks.at(name.idx) is not None:
        return None
    if not (name.dep_ == "compound" and name.pos_ == "PROPN") and not is_name_as_auxiliary(name):
        return None
    if name.left_edge.i == 0 or not name.doc[name.left_edge.i - 1].is_quote:
        return None  # only right after the quotation it attributes, not "Russia WTO talks ‘make progress’"
    span = name.doc[name.left_edge.i : name.i + 1]
    if any(t.is_quote or marks.at(t.idx) is not None for t in span):
        return None  # "“Broad City” Star Asked Actors ...": a headline, a title before the noun
    return span


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


def cue_read_as_noun(doc: Doc, text: str, span: QuoteSpan, verbs: frozenset[str]) -> tuple[Token, Span] | None:
    """The cue and speaker after a quotation when the tagger read the cue as a noun ("“...,” the email read."), or
    None. ``verbs`` are the cue lemmas of the lexicon."""
    if not span.closed or text[span.content_start : span.content_end].rstrip()[-1:] not in (",", "?", "!"):
        return None
    after = doc.char_span(span.end, min(span.end + 120, len(text)), alignment_mode="contract")
    if after is None:
        return None
    words = [t for t in after if not t.is_space]
    if not words or words[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM"):
        return None
    for k, token in enumerate(words[:8]):
        if token.pos_ in ("VERB", "AUX") or token.text in _AFTER_CUE or token.is_quote:
            return None  # a verb of its own: the parse read the sentence; a comma: no cue in this phrase
        if k and token.pos_ == "NOUN" and token.lemma_.lower() in verbs and _ends_clause(token):
            phrase = doc[words[0].i : token.i]
            if any(t.pos_ not in _PHRASE_POS for t in phrase) or not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
                if not (len(phrase) == 2 and phrase[0].pos_ == "DET" and phrase[1].pos_ == "ADJ"):
                    return None  # "the editorial read", "editorial" tagged an adjective
            return token, phrase
    return None


def _ends_clause(token: Token) -> bool:
    """The word after a cue read as a noun ends its clause or opens a place ("states in the white paper")."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return True
    following = doc[token.i + 1]
    return following.text in _AFTER_CUE or following.pos_ == "ADP" or following.is_space


def is_name_as_auxiliary(token: Token) -> bool:
    """A capitalised auxiliary right after a closing quotation mark is a name ("“...,” Will wrote", "May said")."""
    return token.dep_ == "aux" and token.is_title and token.i > 0 and token.doc[token.i - 1].is_quote


def object_after_inverted_cue(verb: Token, first: Token, marks: QuoteMarks) -> Token | None:
    """The object of a verb right after a closing quotation mark (``first`` is the first word after it) that
    ends the sentence and names someone: the speaker of an inverted cue ("“...,” opined the Dayton Courier."), or
    None. The verb has no subject of its own."""
    if verb.i != first.i or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    named = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if named is None or named.pos_ not in ("PROPN", "NOUN") or marks.at(named.idx) is not None:
        return None
    doc = verb.doc
    end = named.right_edge.i + 1
    if end < len(doc) and doc[end].text not in (".", ",", ";", "!", "?") and not doc[end].is_space:
        return None
    if not any(t.pos_ == "PROPN" for t in doc[named.left_edge.i : end]):
        return None
    return named
