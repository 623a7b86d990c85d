"""Quoted fragments under one cue: the cue's whole complement is one mixed quote.

"The mayor called the plan “reckless” and “deeply unfair.”" reports one thing the mayor said: that the plan
was reckless and deeply unfair. The quote is the complement of the cue, "the plan “reckless” and “deeply
unfair.”", with every quoted fragment inside it, not each fragment on its own. The same holds for "described the
budget as a “house of cards” built on hope" and "blasted the plan as a “giveaway to developers.”".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Dependents of a cue verb that make up what it reports: its object(s) and what is said of them.
COMPLEMENT_DEPS = frozenset({"dobj", "dative", "oprd", "attr", "acomp", "xcomp", "ccomp"})
#: Dependencies by which the quoted fragment's branch may hang from the cue without being a complement.
_NOT_COMPLEMENT = frozenset({"conj", "cc", "advcl", "punct", "nsubj", "nsubjpass", "aux", "neg", "prt"})


def complement_tokens(verb: Token, fragment: Span, cue: Span | None = None) -> Span | None:
    """The cue's complement that holds ``fragment``: from the first word after the cue to the end of its last
    object or predicate (a preposition that heads the fragment's branch counts: "described it as “...”").

    Args:
        verb: the cue verb ("called"), or the light verb of a cue noun ("expressed" of "expressed its regret").
        fragment: the quoted words, without their quotation marks.
        cue: the cue as written, when it runs past the verb: the complement starts after it.

    Returns None when the fragment does not hang from ``verb`` after it, or when the complement is the
    fragment alone.
    """
    if verb.i >= fragment.start:
        return None
    branch = fragment.root
    while branch.head.i != verb.i:
        if branch.head.i == branch.i:
            return None
        branch = branch.head
    if branch.dep_ in _NOT_COMPLEMENT or branch.i < verb.i:
        return None
    parts = [
        child
        for child in verb.children
        if child.i > verb.i
        and (child.dep_ in COMPLEMENT_DEPS or child.i == branch.i or (child.dep_ == "prep" and child.i < branch.i))
    ]  # a preposition between the cue and the fragment too: "referred to the protesters as “my friends”"
    doc = verb.doc
    start = min(child.left_edge.i for child in parts)
    end = max(child.right_edge.i for child in parts) + 1
    cue_end = max(verb.i, cue.end - 1 if cue is not None else verb.i)
    start = max(start, cue_end + 1)
    first = doc[start]
    if first.dep_ == "prep" and verb.i <= first.head.i <= cue_end and start < fragment.start:
        start += 1  # "called for a “revolution”": the preposition belongs to the cue
    while start < end and doc[start].dep_ == "prt" and doc[start].head.i == verb.i:
        start += 1  # "pointed out"
    if start >= fragment.start and end <= fragment.end:
        return None
    return doc[start:end]
