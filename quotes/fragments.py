"""Quoted fragments under one cue: the cue's whole complement is one mixed quote.

"The mayor called the plan “reckless” and “deeply unfair.”" reports one thing the mayor said: that the plan
was reckless and deeply unfair. The quote is the complement of the cue, "the plan “reckless” and “deeply
unfair.”", with every quoted fragment inside it, not each fragment on its own. The same holds for "described the
budget as a “house of cards” built on hope" and "blasted the plan as a “giveaway to developers.”".
"""

from __future__ import annotations

from collections.abc import Callable

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
    end = _trailing_end(verb, end, past_mark=start < fragment.start - 1)  # not "warned of “severe losses” if ..."
    if start >= fragment.start and end <= fragment.end:
        return None
    return doc[start:end]


#: Dependents of a cue verb after its object that go on with what was said: "blamed the “fog of war” for the
#: failure", "cited “Bill Maher” as his guilty pleasure", "referred to “ISIS” 44 times".
TRAILING_DEPS = frozenset({"prep", "npadvmod", "advcl", "oprd", "acomp"})
#: Prepositions that set the scene of the saying rather than go on with what was said ("in a speech", "on Monday").
_SETTING_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "since", "to", "from", "via", "through", "while"})
#: Conjunctions of an adverbial clause that set the scene of the saying ("when asked", "as she left").
_SETTING_MARKS = frozenset({"when", "while", "as", "after", "before", "since", "until", "once", "whereas"})


def _trailing_end(verb: Token, end: int, *, past_mark: bool = False) -> int:
    """The end of the complement once the cue's dependents that follow it without a break are added, past the
    fragment's closing mark: a second object joined by "and" ("questioned Trump's “values” and his readiness"; the
    parse hangs it on the cue), "referred to “ISIS” 44 times", and, with ``past_mark`` (the complement has words of
    its own before the fragment), a clause with a conjunction ("calls it “a mistake” because ...", not "warned of
    “severe losses” if ...")."""
    rights = list(verb.rights)
    for k, child in enumerate(rights):
        if child.left_edge.i != end:
            if child.left_edge.i > end:
                break  # something else lies between: a comma, a conjunction
            continue
        if child.dep_ == "punct" and child.is_quote and child.i == end:
            end = child.i + 1  # the closing mark of the fragment
            continue
        following = rights[k + 1] if k + 1 < len(rights) else None
        if child.dep_ == "cc" and following is not None and _is_second_object(following, child):
            end = child.i + 1
            continue
        if child.dep_ == "conj" and _is_second_object(child, None):
            end = child.right_edge.i + 1
            continue
        if child.dep_ not in TRAILING_DEPS or _sets_scene(child) or (child.dep_ == "advcl" and not past_mark and has_mark(child)):
            break
        end = child.right_edge.i + 1
    return end


def _is_second_object(conj: Token, cc: Token | None) -> bool:
    """A noun joined to the cue by "and"/"or" right after the conjunction: a second object of it, not a second
    predicate ("and suggested ...")."""
    return (
        conj.dep_ == "conj"
        and conj.pos_ in ("NOUN", "PROPN")
        and (cc is None or (cc.lower_ in ("and", "or") and conj.left_edge.i == cc.i + 1))
    )


def _sets_scene(child: Token) -> bool:
    """A dependent that says where, when or to whom the words were said, not what: "to reporters", "on Monday",
    "in a speech", "at the rally", "when asked"."""
    if child.dep_ == "prep":
        if child.lower_ not in _SETTING_PREPS:
            return False
        if child.lower_ in ("to", "from", "via", "through", "while"):
            return True
        objects = [c for c in child.children if c.dep_ == "pobj"]
        return not objects or any(
            t.ent_type_ in ("DATE", "TIME", "GPE", "FAC", "ORG", "EVENT") or t.lemma_.lower() in _SETTINGS
            for t in child.subtree
        )
    if child.dep_ == "npadvmod":
        return child.ent_type_ in ("DATE", "TIME")
    if child.dep_ == "advcl":
        return any(c.dep_ in ("mark", "advmod") and c.lower_ in _SETTING_MARKS for c in child.children)
    return False


#: Prepositions of a setting that may hold a quoted title: "said on ABC's “This Week”", "wrote in her memoir, “Tough
#: Choices”", "Speaking on “Fox & Friends,” ...".
_TITLE_SETTING_PREPS = frozenset({"on", "in", "at", "during", "under", "for", "through", "via", "over"})
def hangs_in_setting(fragment: Span, verb: Token) -> bool:
    """The quoted words name where or when ``verb`` spoke, not what: a title in the setting ("“...,” Clinton said
    on ABC's “This Week” on Sunday", "Wednesday on Fox's “Hannity,” Gingrich said", "she wrote in her memoir,
    “Tough Choices.”"). The title is in a noun phrase of the setting (not in a clause hung on it: "predicted at the
    debate that Republicans will take “every state”"), before the cue, beside a clause the cue reports, or naming an
    occasion; not "blamed the shootings on “sickos”", where the object and the preposition are what was said."""
    branch = fragment.root
    while branch.head.i != verb.i:
        if branch.head.i == branch.i:
            return False
        branch = branch.head
        if branch.pos_ in ("VERB", "AUX") and not fragment.start <= branch.i < fragment.end:
            return False  # a clause of its own on the way up
    reports_clause = any(c.dep_ in ("ccomp", "parataxis") and c.i != branch.i for c in verb.children)
    if fragment.start <= branch.i < fragment.end:  # "“In breaking news,” he said": the quotation's own phrase, but
        return branch.dep_ == "npadvmod" and branch.i > verb.i and reports_clause  # "said on ABC's “This Week”"
    if branch.dep_ in ("prep", "npadvmod") and branch.i < verb.i:
        return True  # "Wednesday on Fox's “Hannity,” Gingrich said"
    if branch.dep_ == "npadvmod":
        return reports_clause  # "“...,” she said on ABC's “This Week”" parsed with the title as an adverbial noun
    if branch.dep_ == "prep" and branch.lower_ in _TITLE_SETTING_PREPS:
        return reports_clause or (not has_object(verb) and _sets_scene(branch))
    return False


def has_mark(clause: Token) -> bool:
    """The clause has a subordinating conjunction of its own ("if ...", "because ...")."""
    return any(c.dep_ == "mark" for c in clause.children)


def has_object(verb: Token) -> bool:
    """The verb has a direct object."""
    return any(c.dep_ == "dobj" for c in verb.children)


#: Nouns of the occasion on which something was said ("in an interview", "at a rally").
_SETTINGS = frozenset(
    {"interview", "statement", "speech", "rally", "debate", "hearing", "conference", "meeting", "appearance", "event",
     "letter", "post", "tweet", "email", "video", "show", "broadcast", "briefing", "address", "session", "remarks",
     "stop", "forum", "call", "release", "op-ed", "column", "radio", "television", "tv", "network", "website"}
)


#: Prepositions by which a reporting noun takes what was said: "his promise of “free college”", "her call for a “ban”".
_NOUN_CONTENT_PREPS = frozenset({"of", "for", "about", "against", "to", "on"})
#: Dependencies along which a quoted fragment hangs below a reporting noun's complement.
_NOUN_PATH_DEPS = frozenset(
    {"pobj", "pcomp", "dobj", "attr", "acomp", "xcomp", "amod", "compound", "nmod", "conj", "oprd", "advmod", "aux"}
)


def noun_cue_above(fragment: Span, nouns: frozenset[str], quoted: Callable[[int], bool]) -> tuple[Token, Token] | None:
    """The reporting noun whose complement holds ``fragment``: "his promise to be “neutral” in the talks", "the
    senator's warning of a “lost decade”". The noun has a possessor (who made the promise), comes before the
    fragment, outside quotation marks, and takes the complement by a preposition or an infinitive clause.

    Args:
        fragment: the quoted words, without their quotation marks.
        nouns: the reporting nouns of the lexicon.
        quoted: whether a character offset lies inside quotation marks.

    Returns:
        The noun and its dependent (the preposition or the clause) that holds the fragment.
    """
    token = fragment.root
    for _ in range(5):
        head = token.head
        if head.i == token.i:
            return None
        if fragment.start <= head.i < fragment.end:
            token = head
            continue
        if head.pos_ == "NOUN" and head.lemma_.lower() in nouns and head.i < fragment.start:
            takes = (token.dep_ == "prep" and token.lower_ in _NOUN_CONTENT_PREPS) or (
                token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            )
            owned = any(c.dep_ == "poss" for c in head.children)
            return (head, token) if takes and owned and not quoted(head.idx) else None
        if token.dep_ not in _NOUN_PATH_DEPS and token.dep_ not in ("prep", "acl"):
            return None
        if head.pos_ in ("VERB", "AUX") and token.dep_ not in ("dobj", "xcomp", "pcomp", "attr", "acomp", "oprd", "conj", "aux"):
            return None
        token = head
    return None
