"""Where a reporting verb's content clause is, when the parse hides it or joins it to something else.

`quotes.reported` finds a cue's complement through the dependencies the parser gives it ("said" -> ccomp). In real
news the parser often puts that clause elsewhere; these functions find it there and set its bounds:

- a clause hung on the setting between the cue and it ("said on CNN, where he works, that ..."), on a gerund subject
  ("said seeing the crowds was a relief"), as an adverbial clause ("said after the hearing he would ...", "asked the
  workers if ...");
- its end: before a second cue with its own speaker joined to it, before a participle cue ("..., noting that ..."),
  through a "but" or "because" clause hung on the cue, through "and that ...";
- its start: left of a parenthetical cue it encloses ("If X, she said, Y"); not a fronted time clause;
- the questions a question cue puts ("Asked whether ...", "was asked what ..."), and cues that report nothing
  ("said to be", "All told", "That said").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .memo import children, doc_memo
from .pipeline import token_span
from .sentences import sentence_of

#: Dependencies of a reporting verb's complement clause.
CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
#: Cue verbs whose content is a question: "asked whether ...", "questioned why ..." are what was said.
QUESTION_VERBS = frozenset({"ask", "question", "inquire", "enquire"})


def is_passive(verb: Token) -> bool:
    """The verb is in the passive voice ("was asked", "is said"); not "who's argued", an active subject with the "'s"
    of "has" that the parser took for a passive auxiliary."""
    labels = child_labels(verb)
    if "nsubj" in labels:
        return "nsubjpass" in labels or any(c.dep_ == "auxpass" and c.lower_ not in _HAS for c in children(verb))
    return "auxpass" in labels or "nsubjpass" in labels


#: "'s" for "has": "who's argued", "she's said".
_HAS = frozenset({"'s", "\u2019s"})


def before_added_cue(clause: Token, end: int, lexicon: Lexicon) -> int:
    """The end of a content clause, before a participle cue the parser hung inside it (", noting that ...")."""
    for child in children(clause):
        if (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and child.lemma_.lower() in lexicon.verbs
            and any(c.dep_ in CLAUSE_DEPS for c in children(child))
            and child.doc[child.left_edge.i - 1].text == ","
        ):
            return min(end, child.left_edge.i - 1)
    return end


def before_relative_cue(clause: Token, start: int, end: int, lexicon: Lexicon) -> int:
    """The end of a content clause, before a relative clause set off by a comma in which someone named by a pronoun
    says something of the noun: "said he had access to her server, which he described as “like an open orchid”"
    (what the relative clause's cue reports is a quote of its own)."""
    doc = clause.doc
    for token in token_span(doc, start, end):
        if token.dep != _RELCL or token.lemma_.lower() not in lexicon.verbs or token.i <= clause.i:  # the label's hash
            continue
        first = token.left_edge.i
        if doc[first].lower_ not in ("which", "whom", "who") or doc[first - 1].text != ",":
            continue
        last = token.right_edge.i + 1
        while last < end and (doc[last].is_punct or doc[last].is_space):
            last += 1
        if last < end or any(c.dep_ in CLAUSE_DEPS for c in children(token)):
            continue  # "Vote for Clinton, whom he called “...,” or ...", "refugees, who he speculates are ..."
        if any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.i > first for c in children(token)):
            return min(end, first - 1)
    return end


_RELCL = get_string_id("relcl")


def interrupts(verb: Token, start: int) -> bool:
    """ "If the law was never tested, Giuliani said, there is a reason": a cue set off by commas inside the clause
    it reports, which starts before it (both sides are what was said)."""
    doc = verb.doc
    subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not subjects or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    left = subjects[0].left_edge.i
    return start < left - 1 and doc[left - 1].text == ","


def before_next_cue(clause: Token, end: int, lexicon: Lexicon) -> int:
    """The end of a content clause, before a second cue with a speaker of its own the parser joined to it:
    "most said they were worried, and more than four in ten said ..."."""
    for child in children(clause):
        if child.dep_ != "conj" or child.i <= clause.i or child.lemma_.lower() not in lexicon.verbs:
            continue
        if not is_own_speech(child, lexicon):
            continue  # "said A and accused him of B": the same speaker's words go on
        cut = child.left_edge.i
        doc = clause.doc
        while cut > clause.i + 1 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
            cut -= 1
        if cut > clause.i:
            return min(end, cut)
    return end


def merge_adjacent(doc: Doc, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses of one cue with nothing but punctuation between them are one content: the parser sometimes
    splits "noting that most of the money raised would go to ..." into two complements."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(clauses):
        if merged and all(t.is_punct for t in doc[merged[-1][1] : start]) and start >= merged[-1][1]:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def is_question_advcl(child: Token, verb: Token) -> bool:
    """An indirect question the parser hung on a question cue as an adverbial clause: "asked the workers if
    they would attend"."""
    return (
        child.dep_ == "advcl"
        and child.i > verb.i
        and verb.lemma_.lower() in QUESTION_VERBS
        and any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in children(child))
    )


def is_stray_complement(child: Token, verb: Token) -> bool:
    """A complement clause the parser hung as an adverbial clause because a phrase came between it and the
    cue: "Grant said after the hearing he would not resign." (after the cue, a subject of its own, no
    conjunction of its own, and no comma before it)."""
    if child.dep_ != "advcl" or child.i < verb.i or has_dep(child, "mark") or not has_own_subject(child):
        return False
    if any(c.tag_ == "WRB" for c in children(child)):
        return False  # "said, when a protester stumbled": a time, not what was said
    first = subject_start(child)
    return first > verb.i + 1 and child.doc[first - 1].text not in (",", ";", ":", "—", "-", "(")


def is_postposed_speaker(child: Token, verb: Token) -> bool:
    """ "“We need new ideas,” said Robert Keane, who ran the budget office yet still backs the plan.": a finite cue
    right after a closing quotation mark, with no subject of its own, is followed by its speaker; a clause the parser
    built from the speaker's words ("Keane ... backs the plan", "Jim Bopp, a member, told reporters") is not what
    was said."""
    if child.i < verb.i or verb.tag_ not in ("VBD", "VBZ", "VBP") or has_own_subject(verb):
        return False
    doc = verb.doc
    before = verb.i - 1
    while before >= 0 and doc[before].text in (",", "?", "!"):
        before -= 1
    return before >= 0 and doc[before].is_quote and subject_start(child) == verb.i + 1


#: Conjunctions of a clause of time: "said as the crowd booed", "said while touring the plant".
_TIME_MARKS = frozenset({"as", "while", "whilst", "when", "before", "after", "until", "once"})


def opens_with_time(clause: Token) -> bool:
    """The clause opens with a conjunction of time of its own: in "“...,” he said as some in the crowd booed" it
    tells when it was said, not what."""
    first = clause.doc[clause.left_edge.i]
    return first.dep_ == "mark" and first.head.i == clause.i and first.lower_ in _TIME_MARKS


def is_sentence_before(child: Token, verb: Token) -> bool:
    """ "Air travel is his largest expense: a company he owns has charged the campaign $3.7m", "He is everywhere - he
    talks to everybody": a clause before a colon, semicolon or dash, ahead of a cue whose own clause goes on after
    it, is the narrator's sentence, not what the cue reports (unlike "Prices will rise - the bank said.")."""
    if child.i > verb.i:
        return False
    doc = verb.doc
    between = token_span(doc, child.right_edge.i + 1, verb.left_edge.i if verb.left_edge.i > child.right_edge.i else verb.i)
    if not any(t.text in (":", ";", "-", "\u2014", "\u2013", "--") for t in between):
        return False
    return any(c.i > verb.i and not c.is_punct for c in children(verb))


#: Conjunctions that open a clause of time, cause or concession ("after the vote ...", "as he left ...").
_SUBORDINATORS = frozenset(
    {"after", "as", "when", "while", "whilst", "before", "since", "once", "until", "because", "although", "though"}
)


def is_subordinate(clause: Token) -> bool:
    """The clause opens with a subordinating conjunction of its own: "after Minning came on the scene"."""
    return any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS and c.i == c.head.left_edge.i for c in children(clause)) or (
        clause.doc[clause.left_edge.i].dep_ == "cc"
        and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS and c.i == clause.left_edge.i + 1 for c in children(clause))
    )


def has_complement_after(verb: Token) -> bool:
    """The cue has a complement clause with a subject of its own after it ("he told aides that she ...")."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and has_own_subject(c) for c in children(verb))


def is_gerund_clause(child: Token, verb: Token) -> bool:
    """A complement whose subject is a gerund, parsed as the cue's xcomp: "Gomez said seeing the officers was a
    relief", "Leaders have said cutting output must come first" (the gerund right after the cue, and under it a
    clause with a subject of its own)."""
    if child.dep_ != "xcomp" or child.tag_ != "VBG" or child.left_edge.i != verb.i + 1:
        return False
    return any(c.dep_ == "ccomp" and c.i > child.i and has_own_subject(c) for c in children(child))


#: Nouns of time: "said on the day that he resigned" is a when, not what was said.
_TIME_NOUNS = frozenset(
    {"day", "night", "morning", "evening", "afternoon", "week", "month", "year", "time", "moment", "hour", "point"}
)


#: Nouns that take a "that" clause of their own: "on condition that ...", "because of concerns that ...".
_CONTENT_NOUNS = frozenset(
    {"condition", "ground", "basis", "assumption", "premise", "understanding", "expectation", "hope", "belief",
     "fact", "idea", "notion", "concern", "fear", "reality", "possibility", "view", "sense", "impression"}
)
#: Cues that take their content as a "that" clause ("said ... that", "told ... that"), which the parser may hang on
#: a setting between them.
_THAT_VERBS = frozenset(
    {"say", "tell", "add", "write", "state", "announce", "declare", "insist", "argue", "claim", "explain", "note",
     "warn", "testify", "confirm", "report", "acknowledge", "admit", "suggest", "stress", "predict", "promise",
     "reveal", "assert", "maintain", "contend", "concede", "recall", "complain", "deny", "emphasize", "emphasise",
     "indicate", "remind", "assure", "inform", "tweet", "post", "allege", "disclose", "reiterate", "signal"}
)
#: Prepositions of the where and when of a telling ("on CNN", "at a rally", "during a news conference").
_SETTING_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "to", "with", "from", "for", "via", "over"})


def clause_after_setting(verb: Token) -> Iterator[tuple[int, int]]:
    """ "said on CNN, where he works, that ...", "told the audience at a fundraiser that ...": a "that" clause
    the parser hung as a relative clause on the last noun of the setting after the cue. A relative clause has
    no "that" of its own as a conjunction (mark): one that has is the cue's complement."""
    if verb.lemma_.lower() not in _THAT_VERBS:
        return  # "spoke to the reality that ...", "responded to accusations that ...": the noun's own clause
    for child in children(verb):
        if child.i < verb.i or child.dep_ != "prep" or child.lower_ not in _SETTING_PREPS:
            continue  # not "repeated its claim that ...", "said of the idea that ...": the noun's own clause
        for token in child.subtree:
            if token.dep_ not in ("relcl", "acl") or token.pos_ not in ("VERB", "AUX") or not has_own_subject(token):
                continue
            if token.head.lemma_.lower() in _TIME_NOUNS or token.head.lemma_.lower() in _CONTENT_NOUNS:
                continue  # "on the day that ...", "on condition that ..."
            mark = token.left_edge
            if mark.lower_ == "that" and mark.dep_ == "mark" and mark.head == token:
                yield mark.i, token.right_edge.i + 1
                return


def subject_start(clause: Token) -> int:
    """Where a clause starts once the phrases the parser hung on it before its subject are left out."""
    subjects = [c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return subjects[0].left_edge.i if subjects else clause.left_edge.i


def add_that_conjuncts(verb: Token, clauses: list[tuple[int, int]]) -> None:
    """ "said A and that B": B, parsed as a conjunct of the verb, is part of what was said."""
    for child in children(verb):
        if child.dep_ != "conj" or child.i < verb.i or not clauses:
            continue
        first = child.doc[child.left_edge.i]
        after = clauses[-1][0] > verb.i  # "said A and that B", not "“A,” she said, “and that B”"
        if after and first.lower_ == "that" and child.left_edge.i > clauses[-1][1] - 1 and has_own_subject(child):
            clauses[-1] = (clauses[-1][0], child.right_edge.i + 1)


#: Conjunctions of an adverbial clause that goes on with what was said: "said X because Y", "X, although Y".
_CONTENT_MARKS = frozenset({"because", "although", "though", "unless", "if"})


def add_trailing_parts(verb: Token, clauses: list[tuple[int, int]], lexicon: Lexicon) -> None:
    """ "said she wanted change, but found the plan too costly", "said the forecasts could be wrong, and have been
    unreliable", "said it was counted because ...": a "but" or "and" clause without a subject of its own (PolNeAR's
    annotators take it into what was said), one with a subject in the tense of what was said, or a clause of cause
    or concession the parser hung on the cue after its complement goes on with what was said (not another cue:
    "..., but added that ...", "..., and asked the council ...")."""
    if not clauses or clauses[-1][0] <= verb.i:
        return
    doc = verb.doc
    for child in children(verb):
        if child.i < clauses[-1][1] or child.pos_ not in ("VERB", "AUX") or child.lemma_.lower() in lexicon.verbs:
            continue
        if child.dep_ == "conj":
            joins = [t for t in doc[clauses[-1][1] : child.left_edge.i + 1] if t.dep_ == "cc"]
            if not joins or joins[-1].lower_ not in ("but", "and"):
                continue
            if has_own_subject(child) and not _same_tense(doc[clauses[-1][0] : clauses[-1][1]].root, child):
                continue  # "said it would make 100,000 cars, but the target was soon reached": the narrator's
        elif child.dep_ == "advcl":
            if not any(c.dep_ == "mark" and c.lower_ in _CONTENT_MARKS and c.i < child.i for c in children(child)):
                continue
        else:
            continue
        clauses[-1] = (clauses[-1][0], child.right_edge.i + 1)


def add_colon_elaboration(verb: Token, clauses: list[tuple[int, int]], lexicon: Lexicon) -> None:
    """ "said the plan fails for one reason: the county cannot pay for it": the words after a colon that ends what
    was said spell it out and go on with it to the end of the sentence; not a quotation opened after the colon
    ("said he was wrong: “...”"), words with a cue of their own, or a new paragraph."""
    if not clauses or clauses[-1][0] <= verb.i:
        return
    doc = verb.doc
    colon = clauses[-1][1]
    while colon < len(doc) and doc[colon].is_quote and colon > clauses[-1][0]:
        colon += 1
    if colon + 1 >= len(doc) or doc[colon].text != ":" or "\n" in doc[colon].whitespace_:
        return
    end = sentence_of(doc[colon]).end
    while end > colon + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    rest = doc[colon + 1 : end]
    if not rest or rest[0].is_quote or not any(t.is_alpha for t in rest) or any("\n" in t.text for t in rest):
        return
    if any(t.lemma_.lower() in lexicon.verbs and t.pos_ == "VERB" for t in rest):
        return  # "said X: Lee told the board ...", "said X: “...,” he added"
    clauses[-1] = (clauses[-1][0], end)


#: Modal verbs by the time they speak of: "would", "could" look back from a past cue; "will", "can" do not.
_PAST_MODALS = frozenset({"would", "could", "might", "should", "'d", "\u2019d"})


def _tense(verb: Token) -> str | None:
    """The tense of a finite clause: "past" or "present", or a modal's "modal-past" / "modal-present"."""
    auxes = [c for c in children(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    modal = next((c for c in auxes if c.tag_ == "MD"), None)
    if modal is not None:
        return "modal-past" if modal.lower_ in _PAST_MODALS else "modal-present"
    for token in (*auxes, verb):
        if token.tag_ == "VBD":
            return "past"
        if token.tag_ in ("VBZ", "VBP"):
            return "present"
    return None


def _same_tense(content: Token, clause: Token) -> bool:
    """ "said the judge refused bail, but the jury was never told": a "but" clause with a subject of its own goes on
    with what was said when it keeps the tense of what was said; one that leaves a modal for a plain past ("said
    it would make 100,000 cars, but the target was soon reached") is the narrator's."""
    words = [t for t in clause.subtree if not (t.is_punct or t.is_space)]
    if any(t.text in (":", ".", "!", "?") and t.i < words[-1].i for t in clause.subtree):
        return False  # "..., but he paid the governor a compliment: “...”": a new sentence of the narrator's
    tense = _tense(content)
    return tense is not None and tense == _tense(clause)


def is_own_speech(clause: Token, lexicon: Lexicon) -> bool:
    """A complement that is itself a reporting verb with a speaking subject of its own (active voice)."""
    return (
        clause.lemma_.lower() in lexicon.verbs
        and not is_passive(clause)
        and any(c.dep_ in CLAUSE_DEPS for c in children(clause))
        and any(c.dep_ == "nsubj" and c.lower_ not in ("which", "who", "that") for c in children(clause))
    )


def has_dep(token: Token, dep: str) -> bool:
    """The token has a child by this dependency."""
    return dep in child_labels(token)


def child_labels(token: Token) -> tuple[str, ...]:
    """The dependency labels of the token's children (`quotes.memo.children`), in order, read once per token of the
    document read last: the rules ask them of the same cue again and again."""
    memo = doc_memo(token.doc, "child labels")
    found = memo.get(token.i)
    if found is None:
        found = memo[token.i] = tuple(c.dep_ for c in children(token))
    return found


def has_own_subject(verb: Token) -> bool:
    """The verb has a subject of its own (not a relative pronoun standing for one)."""
    if not any(label in _OWN_SUBJECT_DEPS for label in child_labels(verb)):
        return False  # most often: no child to read further
    return any(c.dep_ in _OWN_SUBJECT_DEPS and c.lower_ not in ("which", "who") for c in children(verb))


_OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def is_asked(verb: Token) -> bool:
    """ "Asked whether ...", "when asked if ...": a question verb as a bare participle, whose subject is not the
    asker."""
    return (
        verb.lemma_.lower() in QUESTION_VERBS
        and (verb.tag_ == "VBN" or opens_adverbial(verb))
        and not any(c.dep_ in ("nsubj", "aux") for c in children(verb))
    )


def opens_adverbial(verb: Token) -> bool:
    """ "Asked what ..., she said": a participle the tagger took for a past tense, opening an adverbial clause at
    the start of its sentence (or after "when")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or verb.i > verb.head.i:
        return False
    first = sentence_of(verb).start
    while first < verb.i and (verb.doc[first].is_punct or verb.doc[first].is_space):
        first += 1
    return verb.i == first or (verb.i > 0 and verb.doc[verb.i - 1].lower_ == "when")


def opens_question(clause: Token) -> bool:
    """The clause is an indirect question: "whether ...", "if ...", "why ...", "who ..."."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WP$", "WRB")


def is_idiom(verb: Token) -> bool:
    """ "All told, the group raised ...", "That said, the plan ...": no cue at all."""
    if verb.lower not in _IDIOM_VERBS:  # the hash first: most cues are neither word
        return False
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    return (verb.lower_, doc[verb.i - 1].lower_) in (("told", "all"), ("said", "that"))


_IDIOM_VERBS = frozenset({get_string_id("told"), get_string_id("said")})


def bare_xcomps(verb: Token) -> list[Token]:
    """The cue's xcomps but one set off by a comma after it: "said to be ...", not "he said, on condition of
    anonymity to speak freely" (the parser hangs the infinitive of the condition on the cue)."""
    if "xcomp" not in child_labels(verb):
        return []  # most often: nothing to read further
    return [
        c
        for c in children(verb)
        if c.dep_ == "xcomp" and not (c.i > verb.i and any(t.text == "," for t in token_span(verb.doc, verb.i + 1, c.left_edge.i)))
    ]


def is_raising(verb: Token) -> bool:
    """ "said to be worth £2bn", "is reported to have left": a cue verb that reports no speech."""
    if "dobj" in child_labels(verb):
        return False
    return any(any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)) for c in bare_xcomps(verb))


def question_clauses(verb: Token) -> Iterator[tuple[int, int]]:
    """The token ranges of the questions a question cue puts: "asked whether ...", "was asked what ...", "Asked if
    ..., she said" (for a cue whose subject is not the asker, or a passive one)."""
    if verb.lemma_.lower() not in QUESTION_VERBS or not (verb.tag_ == "VBN" or is_asked(verb)):
        return
    for child in children(verb):
        if child.i > verb.i and (child.dep_ in CLAUSE_DEPS or is_question_advcl(child, verb)) and opens_question(child):
            start, end = child.left_edge.i, child.right_edge.i + 1
            commas = [t.i for t in verb.doc[start:end] if t.text == ","]
            if end == verb.head.i and commas:
                end = commas[-1]  # "When asked if ..., the chief executive said": the parser took his name into it
            yield start, end


#: Cue verbs that ask for something to be done, with the one asked and the deed: "called on the city to act",
#: "urged voters to stay home".
_REQUEST_VERBS = frozenset({"call", "urge"})


def request_clause(verb: Token) -> tuple[int, int] | None:
    """ "called for the United States to step up its efforts", "called on Emanuel to resign", "urged voters to stay
    home": what a cue of request asks for, the one asked and the deed (the parse hangs "for X to ..." as an
    adverbial clause with a subject of its own, "on X to ..." as a preposition and an infinitive)."""
    if verb.lemma_.lower() not in _REQUEST_VERBS:
        return None
    after = [c for c in children(verb) if c.i > verb.i]
    for child in after:
        if (
            child.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "for" and c.i == child.left_edge.i for c in children(child))
            and any(c.dep_ == "nsubj" for c in children(child))
        ):
            return subject_start(child), child.right_edge.i + 1
    deeds = [c for c in after if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))]
    if not deeds:
        return None
    if verb.lemma_.lower() == "urge":
        asked = [c for c in after if c.dep_ == "dobj" and c.i < deeds[0].i]
    else:
        asked = [p for c in after if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in children(c) if p.dep_ == "pobj"]
    if not asked or asked[0].right_edge.i + 1 != deeds[0].left_edge.i:
        return None
    return asked[0].left_edge.i, deeds[0].right_edge.i + 1

