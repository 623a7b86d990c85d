"""Reported speech whose cue is not a verb: "according to X" and reporting nouns.

1. `from_according_to`: "according to X", at the start, middle or end of a sentence.
2. `from_cue_noun`: a reporting noun carrying a clause ("issued a statement that ...") or heading "in a statement"
   beside a clause ("In a statement, the ministry accused ...").

`quotes.reported.find_speech` runs them with the verb rules, in one pass over the document.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .claims import from_noun_clause
from .complements import CLAUSE_DEPS, has_own_subject, is_passive
from .cue_speech import cue_speech
from .lexicon import Lexicon
from .speakers import find_subject, mention_span
from .speech import Speech, content_range
from .sentences import sentence_of
from .memo import children


#: Dependencies by which a noun carries its content clause ("a statement that ...").
NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "appos"})


def from_according_to(token: Token) -> Iterator[Speech]:
    """ "according to X": X is the speaker, the rest of the sentence is what X said."""
    if token.lower_ != "according":
        return
    doc = token.doc
    to = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if to is None or to.lower_ != "to":
        return
    objects = [c for c in children(to) if c.dep_ == "pobj"] or [c for c in children(token) if c.dep_ == "pobj"]
    sent = sentence_of(token)
    if not objects:
        source = _source_at_end(to)
        if source is None:
            return
        objects = [source.root]
        phrase_end = source.end
    else:
        phrase_end = max(token.right_edge.i, to.right_edge.i) + 1
        if token.right_edge.i > to.right_edge.i and doc[to.right_edge.i + 1].text == ",":
            phrase_end = to.right_edge.i + 1  # "According to a study by Pew, voters ...", the clause hung on "According"
    phrase_start = token.i
    if phrase_start - sent.start <= 1:
        content = doc[phrase_end : sent.end]
    elif sent.end - phrase_end <= 2:
        content = doc[sent.start : phrase_start]
    else:
        content = doc[sent.start : sent.end]
    rng = content_range(content)
    if rng is None:
        return
    speaker = mention_span(objects[0])
    yield Speech(
        cue=doc[token.i : to.i + 1],
        cue_lemma="according to",
        content=rng,
        speaker=speaker,
        addressee=None,
        rule="according-to",
        confidence=0.75,
    )


#: A source the parse left out of "according to", at the end of its sentence, has at most this many words.
_MAX_SOURCE_WORDS = 8


def _source_at_end(to: Token) -> Span | None:
    """ "It is cleared to fly again, according to the F.A.A.": the words after "to" up to the end of the sentence,
    when the parse gave "to" no object and they name someone (a short phrase with a noun or name)."""
    sent = sentence_of(to)
    end = sent.end
    while end > to.i + 1 and (to.doc[end - 1].is_punct or to.doc[end - 1].is_space):
        end -= 1
    words = to.doc[to.i + 1 : end]
    if not 0 < len(words) <= _MAX_SOURCE_WORDS or not any(t.pos_ in ("PROPN", "NOUN") for t in words):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return words


def from_cue_noun(noun: Token, lexicon: Lexicon) -> Iterator[Speech]:
    """A reporting noun with its content: "issued a statement that ...", "In a statement, X accused ..."."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.nouns:
        return
    doc = noun.doc
    head = noun.head
    # "X issued a statement that ..."
    for child in children(noun):
        if child.dep_ in NOUN_CLAUSE_DEPS and child.pos_ in ("VERB", "AUX") and has_own_subject(child):
            if _is_relative(child):
                continue  # "delivered a message that resonates with mayors": what the message does, not says
            if noun.dep_ == "dobj" and head.lemma_.lower() in lexicon.light_verbs:
                speech = cue_speech(head, doc[child.left_edge.i : child.right_edge.i + 1], "cue-noun", until=noun)
                if speech is not None:
                    speech.cue_lemma = f"{head.lemma_.lower()} {noun.lemma_.lower()}"
                    yield speech
                return
    found = list(from_noun_clause(noun))
    if found:
        yield from found
        return
    # "In a statement, the ministry accused Washington of ..."
    if head.dep_ == "prep" and head.lower_ == "in" and noun.dep_ == "pobj":
        verb = head.head
        if verb.pos_ != "VERB" or is_passive(verb):
            return
        if verb.lemma_.lower() in lexicon.verbs and any(c.dep_ in CLAUSE_DEPS for c in children(verb)):
            return  # "said in a statement that ...": the verb's own rule reads it
        if verb.lemma_.lower() in lexicon.verbs and _reports_nothing(verb):
            return  # "she said it in a speech at the fair": an aside on a quote, not a quote of its own
        if verb.lemma_.lower() in lexicon.verbs and head.i > verb.i:
            return  # "called the plan “reckless” in an interview": the cue verb's own rules read what it reports
        subject = find_subject(verb)
        if subject is None:
            return
        quoted = any(t.is_quote for t in verb.subtree)
        if head.i > verb.i and not quoted:
            return  # "joked about it in an interview": what was done where, not what was said
        if (
            not quoted
            and verb.lemma_.lower() not in lexicon.verbs
            and verb.lemma_.lower() not in _STATEMENT_ACTS
            and noun.lemma_.lower() not in _FINDINGS
        ):
            return  # "In an interview, she laughed off the ad": what was done, not what was said
        phrase = (head.left_edge.i, head.right_edge.i)
        tokens = [t for t in verb.subtree if not phrase[0] <= t.i <= phrase[1] and t.i > subject.right_edge.i]
        if not tokens or any(_reports_clause(t, lexicon) for t in tokens):
            return  # "In an interview, she criticized the plan and said that ...": the inner cue's rule reads it
        rng = content_range(doc[tokens[0].i : tokens[-1].i + 1])
        if rng is None:
            return
        yield Speech(
            cue=doc[head.i : noun.i + 1],
            cue_lemma=f"in {noun.lemma_.lower()}",
            content=rng,
            speaker=mention_span(subject, stop=verb),
            addressee=None,
            rule="in-a-statement",
            confidence=0.6,
        )


def _is_relative(clause: Token) -> bool:
    """A relative clause whose subject or object is its relative pronoun ("statements that damaged him", "the claim
    that he made"), not a content clause ("a statement that the plant would close")."""
    return any(c.lower_ in ("that", "which", "who") and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in children(clause))


#: Acts done by speaking that are not in the cue lexicon: "In a statement, the trust apologised to patients".
_STATEMENT_ACTS = frozenset({"apologise", "apologize"})
#: Documents whose findings any verb can report: "In its latest report, the OECD cut its growth forecast".
_FINDINGS = frozenset({"report", "study", "survey", "review", "forecast", "outlook"})


def _reports_nothing(verb: Token) -> bool:
    """A cue verb with no object or topic of its own but a pronoun ("said it", "said so", "spoke"): its where
    and when are no content."""
    core = [c for c in children(verb) if c.dep_ in ("dobj", "dative", "attr", "oprd", "xcomp", "acomp")]
    if any(c.dep_ == "prep" and c.lower_ in ("about", "of") for c in children(verb)):
        return False  # "spoke favourably of ...", "joked about ...": the topic is what was said
    return all(c.pos_ == "PRON" or c.lower_ == "so" for c in core)


def _reports_clause(token: Token, lexicon: Lexicon) -> bool:
    """A cue verb with a complement clause of its own ("said that ...", "saying he ...")."""
    return (
        token.pos_ in ("VERB", "AUX")
        and token.lemma_.lower() in lexicon.verbs
        and any(c.dep_ in CLAUSE_DEPS for c in children(token))
    )
