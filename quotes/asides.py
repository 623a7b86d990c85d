"""Cues set off by commas: in the middle of what they report, or after a speaker set off by commas.

- "If the depot closes, Ms. Varga said in an interview, the town will lose its last employer": the parse hangs
  the part before the cue on it as a clause of its own, or not at all; both sides are what was said.
- "At the club, Jay Ruiz, its president, said ...", "about two-thirds, 67 percent, say ...": the parse leaves
  the cue without a subject; the speaker is the noun phrase set off by commas right before it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .complements import has_dep, has_own_subject, is_own_speech
from .lexicon import Lexicon
from .memo import children
from .sentences import sentence_of


#: Dependencies of the phrases a cue set off by commas may carry beside its subject: "Ruiz said on Friday in a
#: statement", "the aide said later".
_CUE_PHRASE_DEPS = frozenset({"prep", "npadvmod", "advmod", "agent"})


#: Dependencies that make a phrase before a parenthetical cue a part of what was said (a subject, a clause).
_CLAUSE_PART_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "advcl", "ccomp", "mark"})


def interrupted_parts(verb: Token) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """ "If the plant closes, Ruiz said in a statement, the town will suffer": a cue with its subject, set off by
    commas in the middle of the sentence it reports. The token ranges of the part before it (from the start of the
    sentence, less a leading "But") and the part after it (to the end of the sentence). None unless the cue
    phrase is closed by a comma with words of the sentence after it; the part before is None unless it holds a
    clause part (a subject or a verb: not "On Tuesday, he said, ...")."""
    doc = verb.doc
    subjects = [c for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    comma = subject.left_edge.i - 1  # asked first: most subjects open their sentence or follow no comma
    if comma <= 0 or doc[comma].text != "," or has_dep(verb, "neg"):
        return None
    between = range(subject.right_edge.i + 1, verb.i)  # most often none: "Ruiz said"
    if any(doc[i].head.i != verb.i or doc[i].dep_ not in ("aux", "advmod") for i in between):
        return None
    sent = sentence_of(verb)
    if comma <= sent.start:
        return None
    own = {t.i for c in verb.rights if c.dep_ in _CUE_PHRASE_DEPS for t in c.subtree}
    after = verb.i + 1
    while after < sent.end and after in own:
        after += 1
    if after + 1 >= sent.end or doc[after].text != ",":
        return None
    first = sent.start
    while first < comma and (doc[first].is_punct or doc[first].is_space or doc[first].dep_ == "cc"):
        first += 1
    begin = after + 1
    while begin + 1 < sent.end and doc[begin].dep_ == "cc":
        begin += 1  # "..., the bank said, and wages will ...": the part goes on after the conjunction
    last = sent.end
    while last > begin + 1 and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    left = doc[first:comma]
    if not any(t.dep_ in _CLAUSE_PART_DEPS or t.pos_ in ("VERB", "AUX") for t in left):
        return None, (begin, last)
    return (first, comma), (begin, last)


def interrupted_ranges(verb: Token, clauses: list[tuple[int, int]], lexicon: Lexicon) -> list[Span]:
    """ "If the plant closes, Ruiz said, the town will suffer", "It was, he said, a mistake": the part of what was
    said before a cue set off by commas mid-sentence, which the parse hangs on the cue as a clause of its own or
    not at all (a cue whose content spans it is cut in two in `quotes.attribute`). Not before a quotation that
    opens a sentence of its own ("When asked about it, Ruiz said, “We will see.”": the part before sets the
    scene). With no complement of its own (the cue hung on the sentence as a parataxis), the part after it too,
    unless that is a quotation (read with its marks) or another cue ("..., he said, adding that ...")."""
    if any(start < verb.i for start, _ in clauses):
        return []
    if verb.dep_ == "relcl" or any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in children(verb)):
        return []  # "Ruiz, who spoke on Monday, said ...": not the cue of the sentence around it
    parts = interrupted_parts(verb)
    if parts is None:
        return []
    doc = verb.doc
    right = doc[parts[1][0] : parts[1][1]]
    found = []
    if parts[0] is not None:
        left = doc[parts[0][0] : parts[0][1]]
        opens_sentence = right[0].is_quote and len(right) > 1 and right[1].text[:1].isupper()
        if not opens_sentence and not any(t.is_quote for t in left) and not any(is_own_speech(t, lexicon) for t in left):
            found.append(left)
    if not clauses and verb.dep_ != "ROOT" and (found or parts[0] is None):
        heads = [t for t in right if not right.start <= t.head.i < right.end or t.head.i == t.i]
        if (
            not any(t.is_quote for t in right)
            and right[0].tag_ != "VBG"
            and not any(t.lemma_.lower() in lexicon.verbs for t in (right[0], *heads))  # "..., and he agreed"
            and any(t.pos_ in ("VERB", "AUX") and has_own_subject(t) for t in right)  # not "..., when asked"
        ):
            found.append(right)
    return found


#: Separators of the phrases before a cue: "Jay Ruiz, the club's president, said".
_PHRASE_SEPARATORS = frozenset({",", ";", ":", "\u2014", "\u2013", "--"})


def phrase_before(verb: Token) -> Span | None:
    """The speaker of a finite cue the parse left without a subject, written as noun phrases set off by commas
    right before it, which the parse hung elsewhere: "At the club, Jay Ruiz, its 70-year-old president, said
    ...", "Among likely voters, about two-thirds, 67 percent, say ...", "Sen. Ruiz (a Democrat who ...) says ...".
    Going left from the cue over phrases that are noun phrases (no clause, no preposition or conjunction first),
    the leftmost of them that holds a name, else the leftmost that holds a noun."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or (verb.tag_ == "VBN" and not has_dep(verb, "aux") and verb.dep_ != "ROOT"):
        return None  # not "Asked by reporters, ...", "a plan backed by ..."; "Most agreed" may be tagged VBN
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children(verb)):
        return None
    doc, sent = verb.doc, sentence_of(verb)
    end = verb.i
    while end > sent.start and doc[end - 1].head.i == verb.i and doc[end - 1].dep_ in ("aux", "advmod"):
        end -= 1
    while end > sent.start and doc[end - 1].text in _PHRASE_SEPARATORS:
        end -= 1
    found: list[Span] = []
    while end > sent.start:
        if doc[end - 1].text == ")":  # a parenthesis after a name is a description of it
            opening = next((t.i for t in reversed(doc[sent.start : end - 1]) if t.text == "("), None)
            if opening is None:
                break
            end = opening
        start = end
        while start > sent.start and doc[start - 1].text not in _PHRASE_SEPARATORS and doc[start - 1].text != "(":
            start -= 1
        while start < end and (doc[start].dep_ == "cc" or doc[start].is_punct):
            start += 1
        phrase = doc[start:end]
        if not _is_noun_phrase(phrase):
            break
        found.append(phrase)
        end = start
        while end > sent.start and doc[end - 1].text in _PHRASE_SEPARATORS:
            end -= 1
        if end == start:
            break
    named = [p for p in found if any(t.pos_ == "PROPN" for t in p)]  # "Jay Ruiz, the club's president"
    nominal = [p for p in found if any(t.pos_ in ("NOUN", "PROPN") for t in p)]  # not "44"
    return (named or nominal or [None])[-1]


def _is_noun_phrase(phrase: Span) -> bool:
    """Words that can be a speaker or a description of one: a noun, no clause, no quotation, not a prepositional
    phrase or a subordinate clause ("At the club", "where it costs ...")."""
    if not phrase or phrase[0].pos_ in ("ADP", "SCONJ") or phrase[0].tag_ in ("WDT", "WP", "WRB", "VBG", "VBN"):
        return False  # not "At the club", "where it costs ...", "According to a poll", "Asked about it"
    if any(t.is_quote or t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in phrase):
        return False
    return any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in phrase)
