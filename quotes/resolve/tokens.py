"""Helpers on tokens: sentences, noun chunks, a mention's head and parts, statements and their issuers."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, POS, SENT_START
from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from ..memo import children, doc_memo
from ..pipeline import string_mask
from ..speakers import described_by
from .lexicons import Lexicons, Nominal
from .words import (
    _BREAKS,
    _QUOTE_CHARS,
    DETERMINERS,
    ENTITY_LABELS,
    ISSUE_VERBS,
    ISSUER_PREPS,
    KIND_TYPES,
    PERSON_KINDS,
    PRONOUNS,
    SUBJECT_DEPS,
    _lemma,
)


def _sentence_numbers(doc: Doc, text: str | None = None) -> list[int]:
    """The sentence of each token, counting a line break as the end of one (a headline is no part of
    the paragraph under it, whatever the parser made of it). ``text`` is ``doc.text``, when the caller has it."""
    if len(doc) == 0:
        return []
    rows = doc.to_array([SENT_START, IDX])  # from arrays: a `Token` object per token costs more
    breaks = numpy.zeros(len(doc), dtype=bool)
    if text is None:
        text = doc.text
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    if newlines:  # the token that holds each line break (a token's trailing white space is one space at most)
        breaks[numpy.searchsorted(rows[:, 1], newlines, side="right") - 1] = True
    if doc.has_annotation("SENT_START"):
        starts = rows[:, 0].astype(numpy.int64) == 1
    else:
        starts = numpy.zeros(len(doc), dtype=bool)
    new = starts[1:] | breaks[:-1]  # token i + 1 opens a sentence, or follows a line break
    return [0, *numpy.cumsum(new).tolist()]


_NEWLINE = re.compile("\n")


#: Tags, labels and dependencies by their hashes, for the helpers called on most tokens.
_PROPER_TAGS = frozenset(get_string_id(tag) for tag in ("NNP", "NNPS"))
_PLURAL_TAGS = frozenset(get_string_id(tag) for tag in ("NNS", "NNPS"))
_PRONOUN_TAGS = frozenset(get_string_id(tag) for tag in ("PRP", "PRP$"))
_ENTITY_LABEL_IDS = frozenset(get_string_id(label) for label in ENTITY_LABELS)
_DET = get_string_id("det")
_CHUNK_DEPS = frozenset(get_string_id(label) for label in
                        ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"))
_CONJ = get_string_id("conj")
_APPOS = get_string_id("appos")
_COMPOUND = get_string_id("compound")
_PERSON = get_string_id("PERSON")
_NORP = get_string_id("NORP")
_CD = get_string_id("CD")
_STRIPPED_TAGS = frozenset(get_string_id(tag) for tag in ("DT", "PRP$", "POS"))  # `_strip` drops them in front
_POS_TAG = get_string_id("POS")


def _noun_chunk_roots(doc: Doc) -> list[int]:
    """The root of each of ``doc.noun_chunks``, in order.

    For English, this is spaCy's English noun chunk iterator (`spacy.lang.en.syntax_iterators`) and
    `Span.root` read from the token arrays, making a `Token` only for the head of each chunk: the same
    roots at a fraction of the cost. Other languages use their own iterator.
    """
    if doc.noun_chunks_iterator is not english_noun_chunks:
        return [chunk.root.i for chunk in doc.noun_chunks]
    if len(doc) == 0:
        return []
    rows = doc.to_array([POS, DEP, HEAD])
    deps = rows[:, 1].tolist()
    heads = (rows[:, 2].astype(numpy.int64) + numpy.arange(len(doc))).tolist()  # HEAD: the offset of the head
    hooked = "root" in doc.user_span_hooks
    roots: list[int] = []
    prev_end = -1
    tags = rows[:, 0]
    nominal = (tags == NOUN) | (tags == PROPN) | (tags == PRON)  # three comparisons cost less than a loop
    for i in numpy.flatnonzero(nominal).tolist():
        dep = deps[i]
        if dep not in _CHUNK_DEPS:  # spaCy tests the left edge first, but either way a word that fails this is skipped
            if dep != _CONJ:
                continue
            head = heads[i]
            while deps[head] == _CONJ and heads[head] < head:
                head = heads[head]
            if deps[head] not in _CHUNK_DEPS:
                continue
        left = doc[i].left_edge.i
        if left <= prev_end:
            continue
        prev_end = i
        if left == i:
            roots.append(i)
            continue
        # `Span.root`: the first sentence root in the span; else, of the words whose head is outside, the
        # one nearest the root of the sentence (computed by spaCy when there are several)
        root, outside = None, []
        for j in range(left, i + 1):  # one loop for both readings
            head = heads[j]
            if head == j:
                root = j
                break
            if not left <= head <= i:
                outside.append(j)
        if root is None and not hooked:
            root = outside[0] if len(outside) == 1 else None
        roots.append(root if root is not None and not hooked else doc[left : i + 1].root.i)
    return roots


def _head_of(span: Span) -> Token:
    """The head of a speaker mention, skipping edge punctuation and spaces."""
    tokens = [t for t in span if not (t.is_space or t.is_punct)]
    if not tokens:
        return span.root
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head is t]
    if len(heads) == 2 and described_by(heads[1]) == heads[0]:
        return heads[1]  # "The housing charity Shelterline", parsed as two subjects: the name
    return heads[0] if heads else span.root


def _is_proper(token: Token, entity_of: dict[int, Span]) -> bool:
    """A proper noun or part of a named entity; a lowercase word the tagger called proper ("the Italian
    interior ministry") is not."""
    if token.is_lower and token.is_alpha:
        return False
    if token.tag in _PROPER_TAGS:
        return True
    entity = entity_of.get(token.i)
    return entity is not None and entity.label in _ENTITY_LABEL_IDS


def _capitalised_common(token: Token) -> bool:
    """A common noun the tagger called proper because it opens a sentence ("Research from Halifax suggests"):
    a one-word proper noun first in its sentence, outside any entity, with no proper noun joined to it."""
    if token.tag not in _PROPER_TAGS or token.ent_type or not token.is_sent_start or not token.is_title:
        return False
    return not any(c.tag in _PROPER_TAGS and c.dep_ in ("compound", "flat") for c in children(token))


def _first_and_last(text: str) -> bool:
    """Whether a two-word name looks like a person's: two capitalised words, no digits, no "&"."""
    words = text.split()
    return len(words) == 2 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


def _conjuncts(token: Token) -> list[Token]:
    """The tokens coordinated with ``token``: "Whitlow" in "Raymond Poole and Denise Whitlow"."""
    found, todo = [], [token]
    while todo:
        for child in children(todo.pop()):
            if child.dep_ == "conj":
                found.append(child)
                todo.append(child)
    return found


def _pronoun(token: Token) -> str | None:
    if token.tag not in _PRONOUN_TAGS and token.pos != PRON:  # hashes: reading the strings costs more
        return None
    return PRONOUNS.get(token.lower_)


def _expletive(token: Token) -> bool:
    """ "It is thought that...", "it was possible to...": an "it" that stands for no one."""
    if token.dep_ == "expl" or token.lower_ != "it":
        return token.dep_ == "expl"
    head = token.head
    deps = {c.dep_ for c in children(head)}
    clause = bool(deps & {"ccomp", "xcomp", "csubj"})
    return clause and ("auxpass" in deps or _lemma(head) in ("be", "seem", "appear", "remain"))


def _determiner(token: Token) -> str | None:
    """The determiner of a noun, lower case ("the", "a"), if it has one (once per token: the rules ask often)."""
    memo = doc_memo(token.doc, "determiner")
    i = token.i
    found = memo.get(i, _UNSET)
    if found is _UNSET:
        found = memo[i] = next((c.lower_ for c in children(token) if c.dep == _DET), None)
    return found


_UNSET = object()




#: Words before a party or people noun that make it some of its members: "some", "one", "many", "even".
_QUANTIFIER_DEPS = frozenset({"det", "nummod", "quantmod", "predet", "preconj", "advmod"})


def _some_of_a_people(token: Token) -> bool:
    """A party or people noun (NORP) described as some of its members: "some Democrats", "one senior
    Republican", "Democrats in Iowa", "Democrats and civil rights groups", "Another Muslim". It names no one;
    "the Democrats", "Democrats" alone and a party's own name ("the Liberal Democrats", "the Tories and Lib Dems")
    name the party or people; a singular one needs a quantifier ("a Democrat", not "Euronext" the tagger misread)."""
    if token.ent_type != _NORP or token.pos not in (NOUN, PROPN):  # by hash: asked of most mentions
        return False
    plural = _plural(token)
    counted = plural or any(c.dep_ == "det" for c in children(token))  # "the lifelong Republican", not "Euronext"
    for child in children(token):
        dep, common = child.dep_, child.tag_ not in ("NNP", "NNPS") and not child.ent_type_
        if dep in _QUANTIFIER_DEPS and child.i < token.i and not (dep == "det" and child.lower_ == "the"):
            return True
        if dep in ("amod", "compound") and child.i < token.i and common and counted:
            return True  # "senior Democrats", "veteran Republicans"; not "Liberal Democrats", "House Republicans"
        if plural and (dep == "prep" or (dep == "conj" and common)):
            return True  # "Democrats in Iowa", "Democrats and civil rights groups"
    return False


def _plural(token: Token) -> bool:
    if token.tag in _PLURAL_TAGS:
        return True
    morph = token.morph  # reading a feature costs far more than the analysis' hash: one reading per analysis
    plural = _PLURAL_MORPHS.get(morph.key)
    if plural is None:
        plural = _PLURAL_MORPHS[morph.key] = "Plur" in morph.get("Number")
    return plural


#: Morphological analysis (its hash) -> whether it has Number=Plur. Bounded by the analyses a pipeline makes.
_PLURAL_MORPHS: dict[int, bool] = {}


def _is_role_part(token: Token, lex: Lexicons) -> bool:
    """A word inside a role: "chief" and "executive" in "chief executive"."""
    nominal = lex.nominal(token)
    if nominal is not None and nominal.kind in PERSON_KINDS:
        return True
    if token.i + 1 >= len(token.doc):
        return False
    following = lex.nominal(token.doc[token.i + 1])
    return following is not None and following.start <= token.i


def _left_part(token: Token) -> list[Token]:
    """The noun phrase up to its head: its left edge to ``token``, from the last line break on."""
    doc, i = token.doc, token.i
    left = token.left_edge.i
    if left == i:  # one word (most mentions): no span to make
        return [] if "\n" in token.text else [token]
    tokens = list(doc[left : i + 1])  # a span makes its tokens faster than indexing one by one
    for j in range(len(tokens) - 1, -1, -1):
        word = tokens[j]
        text = word.text
        if "\n" in text or (text in _BREAKS and word.i < token.i):
            return tokens[j + 1 :]
        if text == "-" and word.whitespace_ and j and tokens[j - 1].whitespace_:  # "FENWICK - "
            return tokens[j + 1 :]
    return tokens


def _right_part(token: Token) -> list[Token]:
    """What a name goes on with after its head: "of Defence" in "Ministry of Defence", "for Education",
    "& Light" in "Orland Power & Light", "1" in "Radio 1"."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.tag == _CD and following.head == token and following.ent_iob_ == "I":
        return [following]  # a numbered name inside one entity: "Radio 1", "Channel 4"
    if token.tag not in _PROPER_TAGS:  # tags by hash
        return []
    doc = token.doc
    for child in children(token):
        if child.i != token.i + 1:
            continue
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            objects = [c for c in children(child) if c.dep_ == "pobj" and c.tag_ in ("NNP", "NNPS")]
            if objects and not all(_is_name_word(w) for w in doc[child.i + 1 : objects[0].i + 1]):
                objects = []  # "of Averne \n Belgian rider Pieter ...": a parse across a headline
            if objects:  # "of Forestry and Fire Protection": coordinated proper nouns go with it
                end = objects[0].i
                for conj in _conjuncts(objects[0]):
                    words = doc[end + 1 : conj.i + 1]
                    joined = any(w.tag_ == "CC" or w.text == "&" for w in words)
                    if joined and all(_is_name_word(w) or w.tag_ == "CC" for w in words):
                        end = conj.i
                return [doc[i] for i in range(child.i, end + 1)]
        if child.dep_ == "cc" and child.text == "&":
            conj = [c for c in children(token) if c.dep_ == "conj" and c.i > child.i and c.tag_ in ("NNP", "NNPS")]
            if conj:
                return [doc[i] for i in range(child.i, conj[0].i + 1)]
    return []


def _place_phrase(token: Token) -> list[Token]:
    """ "in Morsk" in "local officials in Morsk": where a group is, when it is a name."""
    for child in children(token):
        if child.dep_ == "prep" and child.lower_ in ("in", "from", "at") and child.i == token.i + 1:
            objects = [c for c in children(child) if c.dep_ == "pobj" and c.tag_ in ("NNP", "NNPS")]
            if objects and all(_is_name_word(w) for w in token.doc[child.i + 1 : objects[0].i + 1]):
                return [token.doc[i] for i in range(child.i, objects[0].i + 1)]
    return []


def _is_name_word(token: Token) -> bool:
    """A word that can be inside a name of several words: "Forestry", "&", "de"."""
    particle = token.is_lower and token.is_alpha and len(token) <= 3 and token.tag_ in ("IN", "DT")  # "of", "de"
    return token.tag_ in ("NNP", "NNPS") or token.text in ("&", "-") or particle


def _strip(tokens: list[Token]) -> list[Token]:
    """Drop leading determiners, possessive pronouns and punctuation; trailing punctuation and 's."""
    start, end = 0, len(tokens)
    while start < end:  # words by their hashes: a name is read for most mentions
        first = tokens[start]
        if not (
            first.tag in _STRIPPED_TAGS
            or first.is_punct
            or first.is_space
            or first.lower in _DETERMINER_IDS
            or first.orth in _QUOTE_CHAR_IDS
        ):
            break
        start += 1
    while end > start:
        last = tokens[end - 1]
        if not (last.is_punct or last.is_space or last.tag == _POS_TAG):
            break
        end -= 1
    return tokens[start:end]


_DETERMINER_IDS = frozenset(get_string_id(word) for word in DETERMINERS)
#: A text that is `in` the string `_QUOTE_CHARS`: any run of its characters (the empty one too, as `in` has it).
_QUOTE_CHAR_IDS = frozenset(
    get_string_id(_QUOTE_CHARS[a:b]) for a in range(len(_QUOTE_CHARS) + 1) for b in range(a, len(_QUOTE_CHARS) + 1)
)



def _description_head(token: Token, lex: Lexicons) -> Token | None:
    """The head of the description written before a name: "agency" in "news agency SANA"."""
    for child in children(token):
        if child.dep == _COMPOUND and child.i < token.i and child.tag not in _PROPER_TAGS:  # by hash
            if lex.nominal(child) is not None:
                return child
    return None


def _kind_type(nominal: Nominal, token: Token) -> str:
    """The speaker type a head noun gives: a plural of people or of bodies is a group ("officials",
    "federal regulators"), but not a collective noun such as "police"."""
    kind = KIND_TYPES.get(nominal.kind, "unknown")
    if _plural(token) and (kind == "person" or (kind == "organisation" and _lemma(token) != token.lower_)):
        return "group"
    return kind


#: Statement nouns whose proper-noun modifier is where it was published, not who issued it.
MEDIUM_NOUNS = frozenset({"post", "profile", "page", "account", "tweet", "video", "message", "blog", "email", "e-mail"})


def _own_issuer(token: Token, entity_of: dict[int, Span]) -> Token | None:
    """Who issued the statement headed by ``token``, from its own phrase and verb, if the parse says."""
    for child in children(token):
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "compound" and _is_proper(child, entity_of) and _lemma(token) not in MEDIUM_NOUNS:
            return child  # "the White House statement"; not "a Facebook post", "his Twitter account": a platform
    for child in children(token):
        if child.dep_ == "prep" and child.lower_ in ISSUER_PREPS:
            objects = [c for c in children(child) if c.dep_ == "pobj"]
            if objects:
                return objects[0]
        if child.dep_ == "prep" and child.lower_ == "in":  # "a report in the Daily Post": the paper
            objects = [c for c in children(child) if c.dep_ == "pobj" and _is_proper(c, entity_of)]
            if objects and objects[0].ent_type_ not in ("DATE", "TIME", "GPE", "LOC"):
                return objects[0]
        if child.dep_ == "relcl" and _lemma(child) in ISSUE_VERBS:  # "an interview his brother gave to ITV"
            subject = _subject(child)
            if subject is not None and subject.pos_ != "PRON":
                return subject
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "data compiled by X", "figures released by X"
            agents = [a for c in children(child) if c.dep_ == "agent" for a in children(c) if a.dep_ == "pobj"]
            if agents:
                return agents[0]
    head = token.head
    if token.dep_ == "dobj" and _lemma(head) in ISSUE_VERBS:
        return _subject(head)
    if token.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        return _subject(head.head)
    return None


def _subject(verb: Token) -> Token | None:
    for child in children(verb):
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def _statement_events(doc: Doc, lex: Lexicons, entity_of: dict[int, Span]) -> list[tuple[Token, Token]]:
    """Every statement noun whose own phrase or verb names its issuer, with that issuer."""
    events: list[tuple[Token, Token]] = []
    if len(doc) == 0:
        return events
    rows = doc.to_array([POS, LEMMA])  # only nouns whose lemma can head a statement noun are looked at
    nouns = numpy.flatnonzero(rows[:, 0] == NOUN)
    if not len(nouns):
        return events
    lemmas = rows[nouns, 1]
    heads = string_mask(doc, lemmas, lex.statement_words, lambda lemma: lemma.lower() in lex.statement_words)
    heads |= lemmas == 0
    for i in nouns[heads].tolist():
        token = doc[i]
        nominal = lex.nominal(token)
        if nominal is not None and nominal.kind == "statement":
            issuer = _own_issuer(token, entity_of)
            if issuer is not None:
                events.append((token, issuer))
    return events
