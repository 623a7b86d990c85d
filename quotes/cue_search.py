"""Step 3b and 3c of `quotes.attribute`: the cue verb a quoted span no candidate claimed hangs from.

`cue_above` follows the parse up from a quoted fragment to the cue whose object it is ("warned of “severe
consequences”"); `cue_in_frame` looks for the nearest free cue with a speaker in the quotation's sentence(s),
outside quotation marks ("“We are ready,” the general said").
"""

from __future__ import annotations

from spacy.symbols import AUX, VERB
from spacy.tokens import Span, Token

from .direct import QuoteMarks, QuoteSpan
from .framing import adjacent_cue, speaker_outside_marks, tags_question, tags_statement
from .lead_verbs import lead_in_verb
from .lexicon import Lexicon
from .speakers import cue_span
from .sentences import sentence_of
from .memo import children

#: Dependencies along which a quoted fragment can hang below its cue ("warned of “...”").
OBJECT_PATH_DEPS = frozenset(
    {"dobj", "pobj", "prep", "attr", "oprd", "appos", "npadvmod", "conj", "nmod", "compound", "amod", "acomp", "advmod"}
)
#: Dependencies the fragment's own head may also hang by: "accused him of “bottling” it" (pcomp), "urged both
#: sides to “exercise maximum restraint”" (xcomp). Only as the first step: further up they lead from a clause of
#: the quote to the verb that frames it ("“..., ” she said, “in envelopes ...”").
FRAGMENT_HEAD_DEPS = frozenset({"pcomp", "xcomp"})
#: How many dependency steps up from a quoted fragment its cue may be.
CUE_PATH_STEPS = 7
#: Dependencies of a clause that qualifies a noun: followed up from a quoted fragment inside the clause to the cue
#: whose object the noun is ("bemoaned a climate in which people “hate each other”"), from outside quotation marks.
CLAUSE_OF_NOUN_DEPS = frozenset({"relcl", "acl"})


def cue_above(tokens: Span, lexicon: Lexicon, marks: QuoteMarks | None = None) -> tuple[Token, Span, str] | None:
    """Step 3b: the cue whose object the quoted fragment is: (verb, cue span, cue lemma).

    Further up than the fragment's own head, a "pcomp" or "xcomp" is followed only from a word outside quotation
    marks that comes after its head: "accused them of being “traitors”", "pledged to rid the city of “this
    plague”", never from the second part of a quotation to the cue that interrupts it.
    """
    token = tokens.root
    for step in range(CUE_PATH_STEPS):
        outside = step > 0 and marks is not None and token.head.i < token.i and marks.at(token.idx) is None
        allowed = (
            token.dep_ in OBJECT_PATH_DEPS
            or (
                token.dep_ in FRAGMENT_HEAD_DEPS and token.head.i < tokens.start  # after its cue
                and not tokens[0].text[:1].isupper()  # a fragment, not a sentence ("told them: “If we ...”")
                and (step == 0 or outside)
            )
            or (token.dep_ in CLAUSE_OF_NOUN_DEPS and outside)  # "bemoaned the climate in which people “...”"
        )
        if not allowed or token.head is token:
            return None
        head = token.head
        if tokens.start <= head.i < tokens.end:
            token = head
            continue
        lemma = head.lemma_.lower()
        if head.pos_ == "VERB":
            if lemma in lexicon.verbs and not any(c.dep_ in ("auxpass", "nsubjpass") for c in children(head)):
                return head, cue_span(head), lemma
            if not (head.dep_ in CLAUSE_OF_NOUN_DEPS or (head.dep_ in FRAGMENT_HEAD_DEPS and not has_subject(head))):
                return None
            token = head  # "pledged to rid the harbour of “...”", "praised her for showing “...”": on to the cue
            continue
        if head.pos_ == "NOUN" and lemma in lexicon.nouns and head.dep_ == "dobj":
            verb = head.head
            if verb.lemma_.lower() in lexicon.light_verbs:
                return verb, cue_span(verb, until=head), f"{verb.lemma_.lower()} {lemma}"
        token = head
    return None


#: "VERB" and "AUX" as `Token.pos` reads them (the number costs less than the string of `Token.pos_`).
_VERB_POS = frozenset({VERB, AUX})


def has_subject(verb: Token) -> bool:
    """Whether the verb has a subject of its own (nominal, expletive or clausal)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children(verb))


def cue_in_frame(
    tokens: Span, text: str, span: QuoteSpan, marks: QuoteMarks, lexicon: Lexicon, busy: set[int]
) -> Token | None:
    """Step 3c: the nearest free cue verb with a speaker in the quote's sentence(s), outside quotation marks."""
    doc = tokens.doc
    start_sent, end_sent = sentence_of(tokens[0]), sentence_of(tokens[-1])
    lo, hi = start_sent.start, end_sent.end
    # "X said:" ending the sentence before the quote; ", he said." split off after it
    before = sentence_of(doc[lo - 1]) if lo > 0 else None
    # (a sentence's words read as a slice of ``text``: `Span.text` joins its tokens anew on each reading)
    if (
        before is not None
        and text[before.end_char : span.start].strip() == ""
        and text[before.start_char : before.end_char].rstrip().endswith((":", ","))
    ):
        lo = before.start
    if hi < len(doc):
        after = sentence_of(doc[hi])
        tagged = tags_question(text, span, after) or tags_statement(text, span, after, lexicon.verbs)
        first = text[after.start_char : after.start_char + 1]
        if first.islower() or first in ",;" or tagged:
            hi = after.end
    best: tuple[int, Token] | None = None
    for token in doc[lo:hi]:
        if token.pos not in _VERB_POS or token.lemma_.lower() not in lexicon.verbs:  # the part of speech by its hash
            continue
        if marks.at(token.idx) is not None or token.i in busy:
            continue
        # a cue the parse read as a participle ("Ann Lee called the report a “rush to judgment,” because ...") is
        # step 3b's (`quotes.fragments.fragment_after_cue`, to the end of the clause)
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in children(token)) or speaker_outside_marks(token, marks, reduced=False) is None:
            continue
        distance = min(abs(token.idx - span.start), abs(token.idx - span.end))
        if best is None or distance < best[0]:
            best = (distance, token)
    lead = lead_in_verb(doc, text, span, marks, busy)  # "Marsh shot back, “...”": before any cue further off
    if lead is not None:
        return lead
    if best is None:
        return adjacent_cue(doc, text, span, marks, busy)
    return best[1] if best else None
