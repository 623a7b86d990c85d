"""Speaker, addressee and cue mentions, read off the dependency parse around a cue.

The speaker mention is the whole noun phrase as written, with its apposition ("Maria Lopez, the
town's mayor"; "A spokesman from the Russian Defence Ministry"). Who that mention really is
(pronouns, nominals, name variants) is `quotes.resolve`'s job.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .memo import children
from .pipeline import token_span
from .sentences import sentence_of

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Dependencies through which a verb without a subject of its own borrows its head's subject:
#: "..., adding that ...", "arrived and said ...", "refused to say ...".
SUBJECT_LINKS = frozenset({"conj", "advcl", "xcomp", "acl", "pcomp", "ccomp", "acomp"})  # acomp: "was quick to add"
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: Verbs whose object does what their xcomp says: "led Republicans to say", "forced the firm to admit".
OBJECT_CONTROL_VERBS = frozenset(
    {"lead", "force", "prompt", "cause", "drive", "push", "compel", "get", "encourage", "inspire", "move", "allow"}
)
#: Cue lemmas whose direct object is the person spoken to ("told Sputnik", "warned residents").
ADDRESSEE_VERBS = frozenset(
    {"tell", "inform", "assure", "remind", "brief", "warn", "advise", "promise", "urge", "notify", "reassure", "ask",
     "question", "exhort"}
)
#: Clausal or trailing parts left out of a mention: "officials, who asked not to be named, said".
MENTION_CUT_DEPS = frozenset({"relcl", "acl", "punct", "cc"})
#: Labels read on every token of a mention, by their hashes (`Token.dep` costs less than `Token.dep_`).
_RELCL = get_string_id("relcl")
_CC = get_string_id("cc")
_EDGE_PUNCT = frozenset({",", ";", ":", "-", "–", "—", "(", ")", "'", '"'})


def find_subject(verb: Token, max_hops: int = 3) -> Token | None:
    """The subject token that speaks through ``verb``, climbing to its head when it has none.

    A relative pronoun subject ("officials, who said") gives the noun it stands for. An expletive
    "it" ("it is said that") gives no speaker.
    """
    token = _parallel_cue(verb) or verb
    for _ in range(max_hops + 1):
        for child in children(token):
            dep = child.dep_
            if dep in SUBJECT_DEPS:
                if child.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                    return token.head
                return _described_subject(child) or _subject_after_opener(child) or child
            if dep == "expl":
                return None
        if token.dep_ not in SUBJECT_LINKS or token.head.i == token.i:
            return None
        link, token = token.dep_, token.head
        if link == "xcomp" and token.pos_ == "VERB":
            objects = [c for c in children(token) if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
            if objects and token.lemma_.lower() in OBJECT_CONTROL_VERBS:
                return objects[0]  # "led Republicans to say ...": the one led says it
        if link == "acl" and token.dep_ == "dobj" and token.pos_ == "NOUN":
            token = token.head  # "issued a statement saying ...": the subject of "issued"
        elif link == "pcomp" and token.dep_ == "prep" and token.head.i != token.i:
            # "responded by saying ...", "aside from noting ...": through the preposition to the verb above
            token = token.head
            if token.dep_ == "advmod" and token.pos_ == "ADV" and token.head.i != token.i:
                token = token.head
    return None


def _parallel_cue(verb: Token) -> Token | None:
    """The cue a subjectless cue repeats when the parse hung it on the other cue's complement: in "He said the
    attacks have helped him and said that ..." the second "said" is his, not the attacks'."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
        return None
    outer = head.head
    if outer.lemma_ != verb.lemma_ or outer.i > head.i or not any(c.dep_ == "nsubj" for c in children(outer)):
        return None
    return outer


def _described_subject(subject: Token) -> Token | None:
    """The name a parse left as a second subject right after a description: "The housing charity
    Shelterline said" parsed with both "charity" and "Shelterline" as subjects gives "Shelterline"."""
    dep = subject.dep  # the label's hash: read once, compared as a number
    following = next((c for c in children(subject.head) if c.i > subject.i and c.dep == dep), None)
    if following is not None and following.left_edge.i == subject.right_edge.i + 1 and following.pos_ == "PROPN":
        return following
    return None


def _subject_after_opener(subject: Token) -> Token | None:
    """The real subject when the parse took a participial opener for a second one: in "Sentencing Gareth
    Pryce, 52, Judge Eleanor Whitcombe said" the tagger reads "Sentencing" as a name, so "Pryce" and
    "Whitcombe" are both subjects of "said"; the one that opens the sentence with a participle ("Sentencing",
    "Asked", "Speaking") is the clause before the comma, never the speaker."""
    doc = subject.doc
    first = subject.left_edge
    if first.i == subject.i or not _participle_form(first) or first.i != sentence_of(subject).start:
        return None
    verb = subject.head
    later = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS and subject.right_edge.i < c.i < verb.i]
    if not later or not any(t.text == "," for t in doc[subject.right_edge.i + 1 : later[-1].left_edge.i + 1]):
        return None
    return later[-1]


def _participle_form(token: Token) -> bool:
    """A capitalised -ing or -ed form opening a sentence ("Sentencing", "Asked"), whatever tag the parse gave it."""
    lower = token.lower_
    return token.text[:1].isupper() and len(lower) > 4 and (lower.endswith("ing") or lower.endswith("ed"))


def described_by(token: Token) -> Token | None:
    """The description a name follows as a second subject (see `_described_subject`)."""
    if token.dep_ not in SUBJECT_DEPS:
        return None
    dep = token.dep  # the label's hash: read once, compared as a number
    previous = None
    for child in children(token.head):  # in order: the last one before ``token``
        if child.i >= token.i:
            break
        if child.dep == dep:
            previous = child
    return previous if previous is not None and _described_subject(previous) == token else None


def mention_span(token: Token, *, stop: Token | None = None) -> Span:
    """The noun phrase headed by ``token``: its subtree less relative clauses, edge punctuation and ``stop``.

    Args:
        token: the head of the mention.
        stop: a token the mention must not reach (the cue, when the speaker follows it).
    """
    doc = token.doc
    left, right = token.i, token.i
    clauses = False  # a relative clause among the children (`_contiguous` has nothing to do without one)
    for child in children(token):
        dep = child.dep_
        if dep in MENTION_CUT_DEPS:
            clauses = clauses or dep in ("relcl", "acl")
            continue
        first, last = child.left_edge.i, child.right_edge.i
        if stop is not None and first <= stop.i <= last:
            continue
        left, right = min(left, first), max(right, last)
    if clauses:
        left, right = _contiguous(token, left, right)
    description = described_by(token)
    if description is not None:
        left = description.left_edge.i  # "The housing charity Shelterline"
    for inner in token_span(doc, left, right + 1):
        if inner.dep == _RELCL and inner.i > inner.head.i >= left:
            right = min(right, inner.left_edge.i - 1)  # "Dimension Data, which commissioned the survey"
    return _trim(token_span(doc, left, max(right, left) + 1))


def _contiguous(token: Token, left: int, right: int) -> tuple[int, int]:
    """Shrink [left, right] so that it holds no relative clause of ``token`` (keeps the span contiguous)."""
    for child in children(token):
        if child.dep_ in ("relcl", "acl"):
            if child.i > token.i and child.left_edge.i <= right:
                right = min(right, child.left_edge.i - 1)
            elif child.i < token.i and child.right_edge.i >= left:
                left = max(left, child.right_edge.i + 1)
    return left, max(right, left)


def _trim(span: Span) -> Span:
    """Drop punctuation and conjunctions from both edges of a span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and _is_edge(doc[start]):
        start += 1
    while end - 1 > start:
        last = doc[end - 1]
        if not _is_edge(last):
            break
        if last.text == ")" and _unclosed(doc[start : end - 1]):
            break  # "Sen. Claire Dunmore (D-Mo.)": a party tag keeps its closing bracket
        end -= 1
    if end < len(doc) and doc[end].text == ")" and _unclosed(doc[start:end]):
        end += 1  # the parser hung the closing bracket elsewhere
    return span if (start, end) == (span.start, span.end) else token_span(doc, start, end)


def _is_edge(token: Token) -> bool:
    """Punctuation or a conjunction, left out at the edges of a mention."""
    return token.is_punct or token.text in _EDGE_PUNCT or token.dep == _CC


def _unclosed(span: Span) -> bool:
    """Whether a span opens more brackets than it closes."""
    opened = sum(t.text == "(" for t in span)
    return opened > sum(t.text == ")" for t in span)


def find_speaker(verb: Token) -> Span | None:
    """The speaker mention of a cue verb, or None when the verb has no speaking subject."""
    subject = find_subject(verb)
    if subject is None:
        subject = _subject_before_aside(verb)
    if subject is None or subject.pos_ in ("PUNCT", "SPACE"):
        return None
    return mention_span(subject, stop=verb)


def _subject_before_aside(verb: Token) -> Token | None:
    """The speaker a parse hung on a word set off between it and the cue: in "Ms. Varga, exasperated,
    responded:" the parser makes "Ms. Varga" the subject of "exasperated", which only describes her. The
    aside is one word or a short phrase between commas, right before the cue."""
    doc = verb.doc
    for child in children(verb):
        if child.dep_ not in ("parataxis", "advcl") or child.i > verb.i or doc[verb.i - 1].text != ",":
            continue
        if child.right_edge.i not in (verb.i - 1, verb.i - 2) or any(
            c.dep_ in ("mark", "dobj", "ccomp") for c in children(child)
        ):
            continue
        subject = next((c for c in children(child) if c.dep_ == "nsubj" and c.i < child.i), None)
        if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
            continue
        comma = subject.right_edge.i + (doc[subject.right_edge.i].text != ",")  # the parser may hang it on the name
        if doc[comma].text == "," and verb.i - comma <= 6:
            return subject
    return None


def find_addressee(verb: Token) -> Span | None:
    """Who was spoken to: "told Sputnik", "told reporters", "said to journalists"."""
    for child in children(verb):
        dep = child.dep_
        if dep in ("dobj", "dative", "iobj") and verb.lemma_.lower() in ADDRESSEE_VERBS:
            if child.pos_ in ("NOUN", "PROPN", "PRON"):
                return _addressee_span(child)
        if dep in ("prep", "dative") and child.lower_ == "to":
            objects = [c for c in children(child) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
            if objects:
                return _addressee_span(objects[0])
    return None


def _addressee_span(token: Token) -> Span:
    """The addressee without the place and time of the telling ("a news conference in Cairo on Sunday")."""
    span = mention_span(token)
    for child in children(token):
        if child.i > token.i and (child.dep_ in ("npadvmod", "advmod") or child.lower_ in _SETTING_PREPS):
            return _trim(span.doc[span.start : max(child.left_edge.i, token.i + 1)])
    return span


_SETTING_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "outside", "near"})


def cue_span(verb: Token, *, until: Token | None = None) -> Span:
    """The cue as written: the verb with its auxiliaries, negation and particle ("has admitted", "pointed out").

    Args:
        verb: the reporting verb.
        until: extend the cue to this token (a reporting noun: "issued a statement").
    """
    doc: Doc = verb.doc
    left = right = verb.i
    for child in children(verb):
        dep = child.dep_
        if dep in ("aux", "auxpass", "neg") and child.i < verb.i and child.i >= left - 3:
            if child.is_title and child.i > 0 and doc[child.i - 1].is_quote:
                continue  # "“...,” Will wrote": a name the parse read as a modal (`quotes.misread_cues`)
            left = min(left, child.i)
        elif dep == "prt" and child.i == right + 1:
            right = child.i
    if until is not None:
        left, right = min(left, until.i), max(right, until.i)
    # auxiliaries separated from the verb by an adverb ("has also said") keep the cue contiguous
    return token_span(doc, left, right + 1)
