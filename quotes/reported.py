"""Reported speech from the dependency parse.

Each rule is a function that takes a token and yields `Speech` candidates; `find_speech` runs
them all in one pass over the document. The rules, in the order they are tried on a token:

1. `from_cue_verb`: a reporting verb with a clausal complement ("Russia said the ceasefire was in
   danger", "claiming that ..."), including the inverted order where the cue follows the content
   ("The strikes allowed IS to advance, the Russians said.", "..., reports the BBC.").
2. `from_according_to` and `from_cue_noun` (in `quotes.nominal`): "according to X", and a reporting noun
   carrying a clause ("issued a statement that ...", "In a statement, the ministry accused ...").

Each candidate is built by `quotes.cue_speech.cue_speech`.

Whether a quoted fragment makes a candidate direct or mixed is decided later, in `quotes.extract`,
where quotation marks are known.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from .asides import interrupted_ranges
from .complements import (
    CLAUSE_DEPS,
    QUESTION_VERBS,
    add_that_conjuncts,
    add_colon_elaboration,
    add_trailing_parts,
    bare_xcomps,
    before_added_cue,
    before_next_cue,
    before_relative_cue,
    clause_after_setting,
    has_complement_after,
    has_dep,
    has_own_subject,
    interrupts,
    is_asked,
    is_gerund_clause,
    is_idiom,
    is_own_speech,
    is_passive,
    opens_with_time,
    is_postposed_speaker,
    is_sentence_before,
    is_question_advcl,
    is_raising,
    is_stray_complement,
    is_subordinate,
    merge_adjacent,
    question_clauses,
    request_clause,
    subject_start,
)
from .lexicon import Lexicon
from .memo import children
from .pipeline import string_mask, token_span
from .speakers import cue_span, mention_span
from .cue_speech import cue_speech
from .nominal import from_according_to, from_cue_noun
from .speech import Speech, content_range
from .sentences import sentence_of


def from_cue_verb(verb: Token, lexicon: Lexicon) -> Iterator[Speech]:
    """A reporting verb and its complement clause(s), before or after it."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lexicon.verbs:
        return
    if (is_raising(verb) and request_clause(verb) is None) or is_idiom(verb):  # not "called on X to act"
        return
    reported_by = list(_from_as_reported_by(verb, lexicon))
    if reported_by:
        yield from reported_by
        return
    if is_passive(verb) or is_asked(verb):
        yield from _from_agentless_question(verb)
        yield from _from_passive_report(verb)
        return
    doc = verb.doc
    asks = verb.lemma_.lower() in QUESTION_VERBS
    clauses: list[tuple[int, int]] = []
    for child in children(verb):
        dep = child.dep  # the label's hash: most children are no clause, and a hash costs less than `dep_`
        if dep not in _CLAUSE_DEP_IDS and not (
            dep in _HIDDEN_CLAUSE_DEP_IDS  # the only dependencies these three tests accept
            and any(test(child, verb) for test in (is_stray_complement, is_gerund_clause, is_question_advcl))
        ):
            continue
        if child.pos not in _CLAUSE_POS:
            continue
        if dep == _PARATAXIS and child.i < verb.i:
            continue  # "He left, he said" is read below as an inverted cue
        if child.i > verb.i and opens_with_time(child):
            continue  # "“...,” he said as some in the crowd booed": when it was said, not what
        if is_postposed_speaker(child, verb):
            continue  # "“...,” said Robert Keane, who ... yet backs the plan": the speaker, not what was said
        if child.dep_ == "parataxis" and child.lemma_.lower() in lexicon.verbs and has_own_subject(child):
            continue  # "Officials were talking up the dollar, they said, ...": a cue of its own, not content
        if is_sentence_before(child, verb):
            continue  # "X is his largest cost: a firm he owns has charged ...": the narrator's sentence
        if child.i < verb.i and has_complement_after(verb) and (
            is_subordinate(child) or not any(t.is_quote for t in child.subtree)
        ):
            continue  # "After the vote, he told aides that ...", "X was fired up; he said Y": not what was said
        if not asks and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in children(child)):
            continue  # "declined to say whether ...": a question, not what was said
        if _is_withheld(verb) and doc[child.left_edge.i].tag_ in ("WDT", "WP", "WRB"):
            continue  # "declined to say what form it would take"
        start, end = child.left_edge.i, child.right_edge.i + 1
        if child.dep_ == "advcl" and not is_question_advcl(child, verb):
            start = subject_start(child)  # "said after the hearing he would ...": the phrase is the cue's
        if child.i > verb.i:
            if not interrupts(verb, start):
                start = max(start, verb.i + 1)  # else the parts on each side are cut apart in quotes.attribute
            end = before_added_cue(child, end, lexicon)
            end = before_next_cue(child, end, lexicon)
            end = before_relative_cue(child, start, end, lexicon)
            if child.dep_ == "ccomp" and not has_own_subject(child):
                start = _object_as_subject(verb, child, start)
        if is_own_speech(child, lexicon):
            if _is_set_off(doc[start:end], verb):
                continue  # "X said A, however Y said B": A and B are each their own speaker's
            if clauses and child.i > verb.i:
                clauses[-1] = (clauses[-1][0], end)  # "admitted A that the army says B": B is nested in A
                continue
        clauses.append((start, end))
    if not clauses:
        clauses.extend(clause_after_setting(verb))
    if not clauses:
        clauses.extend(filter(None, [request_clause(verb)]))
    add_that_conjuncts(verb, clauses)
    add_trailing_parts(verb, clauses, lexicon)
    add_colon_elaboration(verb, clauses, lexicon)
    _add_quoted_conjuncts(verb, clauses, lexicon)
    clauses = merge_adjacent(doc, clauses)
    parts = _interrupted(verb, clauses, lexicon)
    yield from parts
    if any(part.content[0] > verb.idx for part in parts):
        return
    found = False
    for start, end in clauses:
        speech = cue_speech(verb, token_span(doc, start, end), "cue-verb")
        if speech is not None:
            found = True
            yield speech
    if found and clauses[0][1] <= verb.i:
        yield from _continuations(verb, lexicon)
        yield from _reasons_after(verb, verb)
    if not found:
        for content in _topic_clauses(verb):
            speech = cue_speech(verb, content, "topic")
            if speech is not None:
                found = True
                speech.confidence -= 0.1
                yield speech
    if not found and _is_as_aside(verb) and not (verb.i > verb.head.i and _cue_with_subject(verb.head, lexicon)):
        speech = cue_speech(verb, _main_clause_without(verb), "as-cue")
        if speech is not None:
            yield speech
        return
    if not found and _is_tacked_on(verb) and has_own_subject(verb) and not bare_xcomps(verb) and not _opens_quote(verb):
        head = verb.head
        if verb.i > head.i:
            # inverted cue: "The strikes allowed IS to advance, the Russians said."
            content, rule = doc[head.left_edge.i : verb.left_edge.i], "inverted-cue"
        else:
            # parenthetical cue: "This, Ms Diemont warns, is bad for business."
            content, rule = doc[head.left_edge.i : head.right_edge.i + 1], "parenthetical-cue"
        speech = cue_speech(verb, content, rule)
        if speech is not None:
            speech.confidence -= 0.05
            yield speech
            if rule == "inverted-cue":
                yield from _continuations(verb, lexicon)
                yield from _reasons_after(verb, head)


#: The dependencies of a complement the parser hid (`is_stray_complement`, `is_gerund_clause`, `is_question_advcl`).
_HIDDEN_CLAUSE_DEPS = frozenset({"advcl", "xcomp"})
#: `CLAUSE_DEPS`, `_HIDDEN_CLAUSE_DEPS` and "parataxis" by their hashes, and the parts of speech of a complement's
#: head by their symbols (read on every child of every cue verb).
_CLAUSE_DEP_IDS = frozenset(get_string_id(dep) for dep in CLAUSE_DEPS)
_HIDDEN_CLAUSE_DEP_IDS = frozenset(get_string_id(dep) for dep in _HIDDEN_CLAUSE_DEPS)
_PARATAXIS = get_string_id("parataxis")
_CLAUSE_POS = frozenset({VERB, AUX, NOUN, ADJ, PROPN})


def _interrupted(verb: Token, clauses: list[tuple[int, int]], lexicon: Lexicon) -> list[Speech]:
    """The parts of what was said around a cue set off by commas mid-sentence (`quotes.asides`)."""
    speeches = [cue_speech(verb, part, "cue-verb+part") for part in interrupted_ranges(verb, clauses, lexicon)]
    return [s for s in speeches if s is not None]


def _object_as_subject(verb: Token, clause: Token, start: int) -> int:
    """ "argued the pipeline, which Republicans support, “would not go 10 feet”": a complement clause without a
    subject, after an object the parse gave the cue, has that object for its subject."""
    if verb.lemma_.lower() in _ADDRESSING or any(c.dep_ in ("mark", "csubj", "csubjpass") for c in children(clause)):
        return start  # "told reporters that ...": the object is who was told
    objects = [c for c in children(verb) if c.dep_ == "dobj" and verb.i < c.i < clause.i and c.pos_ in ("NOUN", "PROPN")]
    return min(start, objects[0].left_edge.i) if objects else start


#: Cue verbs whose object is the one spoken to: "told reporters ...", "assured voters ...".
_ADDRESSING = frozenset(
    {"tell", "ask", "inform", "assure", "remind", "warn", "urge", "advise", "brief", "order", "promise", "question",
     "convince", "persuade", "show", "teach", "notify", "reassure", "caution", "threaten", "beg", "implore"}
)


def _from_as_reported_by(verb: Token, lexicon: Lexicon) -> Iterator[Speech]:
    """ "As reported by the Ledger, the mayor will resign": a passive cue in an "as" aside, whose agent is the
    speaker of the clause beside it (unless that clause has a cue of its own: "“...,” she said, as reported by
    ...")."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in children(verb)):
        return
    agent = next((c for c in children(verb) if c.dep_ == "agent"), None)
    source = next((c for c in children(agent) if c.dep_ == "pobj"), None) if agent is not None else None
    if source is None:
        return
    doc, left, right = verb.doc, verb.left_edge.i, verb.right_edge.i
    if not (left == sentence_of(verb).start or doc[left - 1].text in (",", "(", "\u2014")):
        return
    if right + 1 < len(doc) and doc[right + 1].text not in (",", ")", "\u2014", ".", ";") and verb.i > verb.head.i:
        return
    content = _main_clause_without(verb)
    if any(t.lemma_.lower() in lexicon.verbs and has_own_subject(t) for t in content):
        return
    rng = content_range(content)
    if rng is not None:
        yield Speech(cue_span(verb), verb.lemma_.lower(), rng, mention_span(source), None, "as-cue", 0.6)


def _add_quoted_conjuncts(verb: Token, clauses: list[tuple[int, int]], lexicon: Lexicon) -> None:
    """ "said Ruiz had been “a great partner,” and the party would “miss him”": a clause joined to the cue right
    after its content, with a subject of its own and quoted words of its own, goes on with what was said (the
    parse hangs it on the cue; without quoted words it may be the narrator's: "..., but the target was soon
    reached"). Not a clause with a cue of its own ("and she added that ..."), nor one after a colon or a full stop."""
    if not clauses or clauses[-1][0] < verb.i:
        return
    doc = verb.doc
    for child in verb.rights:
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX") or child.left_edge.i < clauses[-1][1]:
            continue
        between = doc[clauses[-1][1] : child.left_edge.i]
        if any(not (t.is_punct or t.dep_ == "cc") for t in between) or not any(t.dep_ == "cc" for t in between):
            return
        if not has_own_subject(child) or is_own_speech(child, lexicon) or child.lemma_.lower() in lexicon.verbs:
            return
        inner = doc[child.left_edge.i : child.right_edge.i + 1]
        words = [t for t in inner if not (t.is_punct or t.is_space)]
        stops = [t for t in inner if t.text in (":", ".", "!", "?") and t.i < words[-1].i]
        quoted = any(t.is_quote and t.i < words[-1].i for t in inner)
        if not quoted or stops:
            return
        clauses[-1] = (clauses[-1][0], child.right_edge.i + 1)
        return


#: Prepositions by which a cue verb takes the topic of what was said: "talked about how ...", "pointed to ...".
TOPIC_PREPS = frozenset({"about", "to", "of"})


def _topic_clauses(verb: Token) -> Iterator[Span]:
    """ "They spoke about how voters would react", "Cruz pointed to a poll that shows him ahead": the object of
    "about" (or "to"/"of") after a cue is what was said, when it holds a clause of its own."""
    doc = verb.doc
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPS or prep.i < verb.i:
            continue
        lemma = verb.lemma_.lower()
        if lemma in ("say", "tell") or (prep.lower_ == "to" and lemma != "point"):
            continue  # "said to reporters": the addressee; "“No,” he said of the plan": an aside on a quote
        if prep.lower_ == "of" and lemma not in ("speak", "warn", "boast", "complain", "remind"):
            continue
        objects = [c for c in children(prep) if c.dep_ in ("pobj", "pcomp")]
        if not objects:
            continue
        obj = objects[0]
        if not any(
            t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(t)) for t in obj.subtree
        ):
            continue
        yield doc[obj.left_edge.i : obj.right_edge.i + 1]


def _continuations(verb: Token, lexicon: Lexicon) -> Iterator[Speech]:
    """ "Prices will rise, the bank said, and wages will not keep up": after an inverted cue, a clause joined to
    the cue by "and"/"but" after a comma, with a subject of its own, goes on with what was said (a second part of
    the quote). Not after a cue that closes a quotation ("“...,” Ebeling said, and her husband cut in": the narration
    goes on) or that withholds ("did not explain why, but ...")."""
    joined = [*children(verb), *(children(verb.head) if verb.dep_ == "parataxis" else ())]  # or the clause it is set in
    if not any(c.dep_ == "conj" and c.i > verb.i for c in joined):
        return  # asked first: most cues have no clause joined after them
    if _is_withheld(verb) or _closes_quotation(verb):
        return
    for child in joined:
        if child.dep_ != "conj" or child.i < verb.i or child.pos_ not in ("VERB", "AUX"):
            continue
        if not has_own_subject(child) or is_own_speech(child, lexicon) or child.lemma_.lower() in ("agree", "say"):
            continue  # "..., she said, and he agreed": another speaker's cue
        joins = [c for c in (*joined, *children(child)) if c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i > verb.i]
        if not joins or verb.doc[joins[0].i - 1].text != ",":
            continue  # not "..., he said - but ...", "(... wrote in the Times) and ...": an aside, then narration
        speech = cue_speech(verb, Span(verb.doc, child.left_edge.i, child.right_edge.i + 1), "continued")
        if speech is not None:
            speech.confidence -= 0.1
            yield speech


#: Conjunctions of a clause after an inverted cue that goes on with what was said: "..., he said, because ...".
_REASON_MARKS = frozenset({"because", "although", "though"})


def _reasons_after(verb: Token, holder: Token) -> Iterator[Speech]:
    """ "He is leaning toward Kasich, he said, because he prizes electability": after an inverted cue, a clause of
    cause set off by a comma, hung on the cue or on the clause before it (``holder``), is a second part of what was
    said; so is a concession whose subject is a pronoun ("..., he said, although he could not give a figure"). Not
    after a cue that closes a quotation (the narration goes on)."""
    if not any(c.dep_ == "advcl" and c.i > verb.i for c in children(holder)) or _closes_quotation(verb):
        return  # (most cues have no clause after them: asked first)
    doc = verb.doc
    for child in children(holder):
        if child.dep_ != "advcl" or child.i <= verb.i or not has_own_subject(child):
            continue
        marks = [c for c in children(child) if c.dep_ == "mark" and c.i == child.left_edge.i]
        if not marks or marks[0].lower_ not in _REASON_MARKS or doc[marks[0].i - 1].text != ",":
            continue
        if marks[0].lower_ != "because" and not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in children(child)):
            continue  # "..., she said, though critics disagree": a concession of the narrator's, with its own voices
        speech = cue_speech(verb, token_span(doc, child.left_edge.i, child.right_edge.i + 1), "cue-verb+part")
        if speech is not None:
            yield speech


def _closes_quotation(verb: Token) -> bool:
    """The cue and its subject come right after a closing quotation mark: "“...,” Ebeling said", "'...,' said Mr.
    Sperling"."""
    doc = verb.doc
    subjects = [c for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i]
    before = (subjects[0].left_edge.i if subjects else verb.i) - 1
    while before >= 0 and doc[before].text in (",", "?", "!"):
        before -= 1
    if before < 0:
        return False
    mark = doc[before]
    return mark.is_quote and mark.i > sentence_of(mark).start


def _from_agentless_question(verb: Token) -> Iterator[Speech]:
    """ "Asked whether he would run, Ms. Ruiz said ...": the question put to someone, by a speaker the text does not
    name (the speaker is left empty; the one asked answers in the main clause)."""
    for start, end in question_clauses(verb):
        rng = content_range(verb.doc[start:end])
        if rng is not None:
            yield Speech(cue_span(verb), verb.lemma_.lower(), rng, _agent(verb), None, "asked", 0.4)


def _from_passive_report(verb: Token) -> Iterator[Speech]:
    """ "It was widely reported that the deal had collapsed", "Ruiz had been told that she would lose", "was warned
    by the ministry that ...": a passive cue with a "that" clause reports what someone said, named after "by" or
    not at all. Not under a modal, where the narrator speaks ("It should be noted that ...", "you can be assured
    that ..."), nor a question cue (`_from_agentless_question`)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() in QUESTION_VERBS or any(c.tag_ == "MD" for c in children(verb)):
        return
    for child in children(verb):
        if child.dep_ != "ccomp" or child.i < verb.i or not has_own_subject(child):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in children(child)):
            continue
        rng = content_range(verb.doc[child.left_edge.i : child.right_edge.i + 1])
        if rng is not None:
            yield Speech(cue_span(verb), verb.lemma_.lower(), rng, _agent(verb), None, "passive", 0.45)
        return


def _agent(verb: Token) -> Span | None:
    """Who asked, named after a passive cue: "was asked by a caller whether ..."."""
    for child in children(verb):
        if child.dep_ == "agent":
            objects = [c for c in children(child) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if objects:
                return mention_span(objects[0])
    return None


def _opens_quote(verb: Token) -> bool:
    """ "Eyebrows raised, he asked, “...”": a cue that introduces the quotation after it; what comes before it is
    no content."""
    doc = verb.doc
    following = [t for t in doc[verb.i + 1 : verb.i + 3]]
    return bool(following) and (
        following[0].text == ":" or (following[0].text == "," and len(following) > 1 and following[1].is_quote)
    )


#: Cues that name the act of speaking, not what was said: "as she spoke", "as he testified" tell the time.
_WHILE_SPEAKING = frozenset({"speak", "talk", "testify"})


def _is_as_aside(verb: Token) -> bool:
    """ "As Mr. Obi pointed out, ...", "..., as she put it", "As Ames put it: “...”": a cue in an "as" clause,
    beside what was said."""
    if verb.dep_ != "advcl" or not has_own_subject(verb) or verb.head.i == verb.i:
        return False
    if verb.lemma_.lower() in _WHILE_SPEAKING:
        return False  # "As he spoke in the lobby, ...": a time, not an aside on what was said
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children(verb)):
        return False
    doc, left, right = verb.doc, verb.left_edge.i, verb.right_edge.i
    while right > left and doc[right].is_punct:
        right -= 1
    opens = left == sentence_of(verb).start or doc[left - 1].text in (",", "(", "—", "-")
    opens = opens or (left - 1 == sentence_of(verb).start and doc[left - 1].dep_ == "cc")  # "But as Ames noted, ..."
    closes = right + 1 >= sentence_of(verb).end or doc[right + 1].text in (",", ")", "—", "-", ".", ";", ":")
    if not (opens and closes) or (verb.i > verb.head.i and doc[left - 1].text != ","):
        return False  # "rode the will of the crowd as he replied": a time, not an aside
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ != "it" for c in children(verb))


def _cue_with_subject(head: Token, lexicon: Lexicon) -> bool:
    """Whether an "as" clause after ``head`` hangs from a cue with a speaker of its own: in "“...,” Mr. Dunmore
    said, with a smile, as the crowd applauded" the clause tells when Dunmore spoke, it reports nothing the crowd
    said ("As POLITICO reported, the RNC agreed ...", before its head, is still an aside)."""
    return head.lemma_.lower() in lexicon.verbs and has_own_subject(head)


def _main_clause_without(verb: Token) -> Span:
    """The clause ``verb`` hangs from, less the clause of ``verb`` itself: what is on the other side of the aside."""
    head, doc = verb.head, verb.doc
    if verb.i < head.i:
        return doc[verb.right_edge.i + 1 : head.right_edge.i + 1]
    return doc[head.left_edge.i : verb.left_edge.i]


def _is_withheld(verb: Token) -> bool:
    """A cue that is negated or declined: "did not say", "refused to say", "would not confirm"."""
    return has_dep(verb, "neg") or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WITHHOLDING)


#: Heads of a cue that is withheld: "declined to say", "was unable to say when ...".
_WITHHOLDING = frozenset({"decline", "refuse", "unable", "unwilling", "reluctant", "hesitant", "fail"})


def _is_tacked_on(verb: Token) -> bool:
    """A cue attached beside its content rather than above it: ", the band announced." (parataxis, an advcl
    without a conjunction of its own after a comma, or a conjunct joined by the comma alone and opening with its
    subject). Not an infinitive (", to counter it"), nor a cue with an object of its own ("(Frank cites a memo ...)":
    what it reports is its object), nor a clause of time ("..., when he called the mayor “unhinged”")."""
    if has_dep(verb, "aux") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        return False
    if any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in children(verb)) and verb.lemma_.lower() not in _ADDRESSING:
        return False
    if verb.dep_ == "parataxis":
        return True
    if verb.dep_ == "conj" and verb.i > verb.head.i:  # "This includes X, Ash Carter told a panel.": no "and"
        joined = [c for c in (*children(verb.head), *children(verb)) if c.dep_ in ("cc", "preconj") and c.i < verb.i]
        if joined or not has_own_subject(verb) or not _opens_with_subject(verb):
            return False
    elif verb.dep_ != "advcl" or verb.i < verb.head.i or has_dep(verb, "mark"):
        return False
    if any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in children(verb)):
        return False
    before = _first_word(verb) - 1
    return before >= 0 and verb.doc[before].text == ","


def _opens_with_subject(verb: Token) -> bool:
    """The cue's clause starts with its subject after the comma: "..., Ash Carter told a panel", not "..., so now
    the bank is calling for ..." (a sentence of the narrator's that goes on)."""
    subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return bool(subjects) and subjects[0].left_edge.i == _first_word(verb)


def _first_word(verb: Token) -> int:
    """Where the cue's clause starts, past the comma the parser hung on the cue itself."""
    left = verb.left_edge.i
    while left < verb.i and verb.doc[left].is_punct:
        left += 1
    return left


def from_put_it(verb: Token) -> Iterator[Speech]:
    """ "As she put it, the council has no money left": "put it" is a cue only in an "as" aside."""
    it = next((c for c in children(verb) if c.dep_ == "dobj" and c.lower_ == "it"), None)
    if verb.pos_ == "VERB" and it is not None and _is_as_aside(verb):
        speech = cue_speech(verb, _main_clause_without(verb), "as-cue", until=it)
        if speech is not None:
            yield speech


def _is_set_off(clause: Span, verb: Token) -> bool:
    """The clause is set off from the verb by punctuation or a conjunction (", however", "but", "while")."""
    doc = clause.doc
    if clause.start > verb.i:
        edge = [clause[0], doc[clause.start - 1]]
    else:
        edge = [clause[-1], doc[clause.end]] if clause.end < len(doc) else [clause[-1]]
    return any(
        t.is_punct or t.dep_ in ("cc", "advmod", "mark") and t.lower_ != "that" and t.head.i in (verb.i, clause.root.i)
        for t in edge
    )


def _cue_tokens(doc_or_span: Doc | Span, lexicon: Lexicon) -> Iterator[Token]:
    """The verbs and nouns whose lemma is a cue verb or noun (or "put"), and every "according", in order.

    Read from the token arrays: most tokens are neither, and making a `Token` object for each costs more.
    """
    if len(doc_or_span) == 0:
        return
    doc = doc_or_span.doc
    offset = doc_or_span.start if isinstance(doc_or_span, Span) else 0
    rows = doc_or_span.to_array([LEMMA, LOWER, POS])
    # only a verb or a noun is read as a cue (each rule asks the part of speech first): the lemmas of the others
    # need no reading
    tags = rows[:, 2]
    candidates = numpy.flatnonzero((tags == VERB) | (tags == AUX) | (tags == NOUN))
    lemmas = rows[candidates, 0]
    cues = numpy.zeros(len(rows), dtype=bool)
    cues[candidates] = string_mask(
        doc, lemmas, ("cue lemmas", lexicon.verbs, lexicon.nouns),
        lambda lemma: lemma.lower() in lexicon.verbs or lemma.lower() in lexicon.nouns,
    ) | (lemmas == _PUT)
    cues |= rows[:, 1] == _ACCORDING
    for i in numpy.flatnonzero(cues).tolist():
        yield doc[offset + i]


_ACCORDING = get_string_id("according")
_PUT = get_string_id("put")


def find_speech(doc_or_span: Doc | Span, lexicon: Lexicon) -> Iterator[Speech]:
    """Every reported-speech candidate in a document or span, in token order."""
    for token in _cue_tokens(doc_or_span, lexicon):
        lemma = token.lemma_.lower()
        if lemma == "put":
            yield from from_put_it(token)
            continue
        if lemma in lexicon.verbs:
            yield from from_cue_verb(token, lexicon)
        if token.lower == _ACCORDING:  # (the hash: `lower_` makes a string)
            yield from from_according_to(token)
        if lemma in lexicon.nouns:
            yield from from_cue_noun(token, lexicon)
