"""Cues whose content nobody said: speech only intended, and the answers a poll reports.

A reporting verb with a clause is not always reported speech. Two kinds are no quote of anyone's:

- speech intended, not made: "Clinton intended to say that ...", "Bush is considering announcing that ...", "no one
  bothered to tell me which one": a cue under a verb of intention or deliberation names speech that did not happen
  (yet). Unlike "declined to say" (`quotes.reported` keeps what is said there) and "tried to explain", which report
  what was said.
- the answers of a poll, when the sentence reports them as the poll's finding: "A new poll found that 70 percent of
  voters said ...", "In a Gallup survey, 38 percent of voters said ...". The share of respondents is no speaker; the
  poll is the source, and its finding is no speech. A share of voters saying something with no poll named beside it
  ("Six in 10 say he is decisive") is left as it is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .memo import children

#: Heads of a cue that name speech intended, not made: "wanted to say", "plans to announce", "is considering
#: announcing". Not "try" ("tried to explain why" reports what was said), "expect" ("is expected to argue") nor "mean"
#: ("it means admitting that ...": what a course of action entails).
_INTENDING = frozenset({"want", "intend", "plan", "hope", "wish", "consider", "need", "bother"})

#: Heads of a share of a poll's respondents: "38 percent of voters", "about half", "a majority of Democrats".
_SHARES = frozenset({"percent", "%", "half", "majority", "minority", "plurality", "third", "quarter", "fifth"})
#: Nouns that name a poll.
_POLLS = frozenset({"poll", "survey", "polling"})
#: Verbs by which a poll reports its finding: "the poll showed that ...", "a survey found that ...".
_FINDINGS = frozenset({"show", "find", "indicate", "reveal", "suggest"})


def is_intended(verb: Token) -> bool:
    """ "intended to say that ...", "is considering announcing that ...", "wants voters to recall that ...": a cue in
    the infinitive or gerund under a verb of intention or deliberation."""
    if verb.dep_ not in ("xcomp", "ccomp") or verb.head.lemma_.lower() not in _INTENDING:
        return False
    return verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))


def is_poll_answer(verb: Token, speaker: Span) -> bool:
    """The speaker is a share of a poll's respondents ("72 percent of voters") and the sentence reports what they
    said as the poll's finding: under "the poll showed/found that", or with the poll named in a phrase before the cue
    on it or on a cue above it ("In a CNN poll, 38 percent said ..., while 60 percent said ..."). Not a poll named in
    the speaker ("78 percent of voters in a CBS poll said ..."): there the respondents are who speaks."""
    if not _is_share(speaker):
        return False
    for token in (verb, *verb.ancestors):
        if token.lemma_.lower() in _FINDINGS and token.i < verb.i:
            return True
        for child in children(token):
            if child.dep_ == "prep" and child.i < verb.i and any(t.lemma_.lower() in _POLLS for t in child.subtree):
                return True
    return False


def _is_share(speaker: Span) -> bool:
    """ "38 percent of voters", "about half", "a majority of those polled", "Six in 10 Democrats"."""
    root, doc = speaker.root, speaker.doc
    if root.lemma_.lower() in _SHARES or root.like_num:
        return True
    return any(
        t.like_num and t.i + 2 < speaker.end and doc[t.i + 1].lower_ in ("in", "out") and doc[t.i + 2].lower_ != "the"
        for t in speaker
    )
