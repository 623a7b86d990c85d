"""The resolver's rules, in the order they are tried (`RULES`): the first that gives a speaker decides,
and `_resolve_as_written` takes what none of them does. Each is a function of the resolver state and the
head token of a mention."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace

from spacy.strings import get_string_id
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Span, Token

from ..memo import children
from ..speakers import described_by
from .forms import as_written, byline_author, party_tag
from .lexicons import Nominal, _key, epithets
from .lookup import (
    _affiliation,
    _antecedent,
    _apposed_role,
    _described,
    _is_bare,
    _latest_body,
    _name_speaker,
    _person_in_focus,
    _prep_affiliation,
    _previous_speaker,
    _same_head,
    _speaker_affiliation,
    _speaker_in_focus,
)
from .mentions import _MentionIndex
from .records import UNKNOWN, Speaker
from .tokens import (
    _NORP,
    _PROPER_TAGS,
    _description_head,
    _head_of,
    _determiner,
    _kind_type,
    _lemma,
    _own_issuer,
    _place_phrase,
    _plural,
    _pronoun,
    _right_part,
    _some_of_a_people,
    _strip,
)
from .words import (
    BODY_KINDS,
    DEFINITE,
    DETERMINERS,
    KIND_TYPES,
    MEMBER_PREPS,
    OWNED_BODIES,
    PERSON_KINDS,
    POSSESSIVES,
    PRONOUN_WINDOW,
    _clean,
)


# --- 1. pronouns --------------------------------------------------------------------------


def _resolve_pronoun(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "he", "she", "it", "they", "we": the nearest compatible antecedent in the last few sentences; "we" in a
    speaker's words, failing one, the latest speaker's organisation. Any other pronoun names no one."""
    pronoun = _pronoun(token)
    if pronoun is None and token.pos != PRON:  # by hash: every mention is tried
        return None
    antecedent = _antecedent(r, token, pronoun) if pronoun is not None else None
    if antecedent is None and pronoun == "we":
        antecedent = _speaker_affiliation(r, token)
    if antecedent is None and token.lower_ in ("i", "we") and r._quote_at(token.idx) is None:
        antecedent = _author(r)  # "I" or "we" outside quotation marks in an op-ed or a letter: its author
        if antecedent is not None and pronoun == "we":
            antecedent = replace(antecedent, number="pl")  # not a "he" after it
    if antecedent is None:  # "I", "you", or nothing compatible in reach
        return Speaker(None, resolution="pronoun")
    return replace(antecedent, resolution="pronoun")


def _author(r: _MentionIndex) -> Speaker | None:
    """The author a byline or a signature names ("By Margaret Okonkwo", "— Margaret Okonkwo"), as the
    document's name for them."""
    author = byline_author(r.text)
    if author is None:
        return None
    cluster = r.cluster_of.get(_key(author, r.lex), "")
    return Speaker(r.canonical_of.get(cluster, author), "person", role="author", gender=r.gender_of.get(cluster))


# --- 2, 3. spokespeople and members ------------------------------------------------------


def _resolve_spokesperson(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "A spokeswoman for the Culture Ministry, Anna Kerr" is Anna Kerr (role and affiliation kept); "a spokesman
    from the ministry" the ministry; "a spokesman for Mr Blair" the person; "a spokesman" alone the body in focus."""
    nominal = r.lex.nominal(token)
    if nominal is None or nominal.kind != "spokes":  # tags by hash: every mention is tried
        return _spokesperson_of_name(r, token) if token.tag == _NNP else None
    if token.tag in _PROPER_TAGS:
        return None
    # "A Bank of Carlow spokesperson", whatever the parse made of the name's words; "a spokesman for Mr Blair"
    affiliation = _name_run_body(r, token.doc[_name_run_start(token) : token.i], token, nominal) or _affiliation(
        r, token, people=True
    )
    named = r._apposed_name(token)
    if named is not None:
        person = r.resolve(named)
        return replace(person, type="person", role=nominal.key, affiliation=affiliation and affiliation.canonical,
                       gender=person.gender or nominal.gender)  # fmt: skip
    if _plural(token):
        return None  # "officials from both sides": a group, as written
    if affiliation is not None and affiliation.canonical is not None:
        kind = affiliation.type if affiliation.type != "unknown" else "organisation"
        return Speaker(affiliation.canonical, kind, role=nominal.key, resolution="nominal")
    earlier = _same_head(r, token, nominal, "sg") if _determiner(token) in DEFINITE else None
    if earlier is not None and earlier.speaker is not None:  # "the spokesman" after "a spokesman for X"
        return replace(earlier.speaker, resolution="nominal")
    body = _latest_body(r, token)  # "a spokesman said": for the organisation in focus
    if body is not None and body.speaker is not None:
        return replace(body.speaker, type="organisation", role=nominal.key, affiliation=None, resolution="nominal")
    return None


def _spokesperson_of_name(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "A Department for Work and Pensions spokeswoman", which the parser heads by "Department": an indefinite
    article before a name whose words run up to a spokes noun is the organisation that name is."""
    if _determiner(token) not in ("a", "an"):
        return None
    last = max((t for t in token.subtree if not t.is_punct), key=lambda t: t.i)
    nominal = r.lex.nominal(last)
    if nominal is None or nominal.kind != "spokes" or last.i == token.i:
        return None
    return _name_run_body(r, token.doc[token.i : last.i], last, nominal)


def _name_run_body(r: _MentionIndex, name: Span, spokes: Token, nominal: Nominal) -> Speaker | None:
    """The organisation a spokes noun speaks for when a name of several words runs right up to it after an
    indefinite article ("A Bank of Carlow spokesperson", "A Department for Media, Culture and Sport spokeswoman");
    not a lower-case word, a number ("A Number 10 spokeswoman") nor a plural ("Bank of Carlow spokespeople")."""
    if len(name) < 2 or not spokes.is_lower or _plural(spokes) or not (name[0].is_title and name[-1].is_title):
        return None
    if not all(t.is_title or t.lower_ in _NAME_LINKS or t.text == "," for t in name):
        return None
    if not any(t.lower_ in _NAME_LINKS for t in name[1:-1]):
        return None  # "A Home Office spokesman": the compound reading already has it
    text = r._text(list(name))
    canonical = r.canonical_of.get(r.cluster_of.get(_key(text, r.lex), ""), text)
    return Speaker(canonical, "organisation", role=nominal.key, resolution="nominal")


def _name_run_start(token: Token) -> int:
    """Where the words of a name right before ``token`` start, after an indefinite article ("A Bank of Carlow
    spokesperson"); ``token.i`` if no article opens them."""
    doc, i = token.doc, token.i
    while i > 0 and doc[i - 1].lower_ not in ("a", "an") and (
        doc[i - 1].is_title or doc[i - 1].lower_ in _NAME_LINKS or doc[i - 1].text == ","
    ):
        i -= 1
    return i if i > 0 and i < token.i and doc[i - 1].lower_ in ("a", "an") else token.i


_NAME_LINKS = frozenset({"for", "of", "and", "&", "the", "on"})  # "Department for Work and Pensions"


def _resolve_members(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "Analysts at Pelham Wright", "officials at the Civil Aviation Directorate": the body they speak for."""
    if token.ent_type in _NOT_MEMBER_LABELS or not _plural(token):  # the label (a hash) first: most names fail it
        return None
    nominal = r.lex.nominal(token)
    if nominal is not None and nominal.kind not in PERSON_KINDS:
        return None
    for child in children(token):
        if child.dep_ == "prep" and child.lower_ in MEMBER_PREPS:
            objects = [c for c in children(child) if c.dep_ == "pobj" and r._is_proper(c)]
            body = r.resolve(objects[0]) if objects else UNKNOWN
            if body.canonical is not None and body.type not in ("place", "group"):
                kind = "organisation" if body.type in ("person", "unknown") else body.type
                return replace(body, type=kind, role=None, resolution="nominal")
    return None


# --- 4. statements --------------------------------------------------------------------


def _resolve_statement(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "The US Central Command statement", "a statement from X", "the statement" after "X issued a statement":
    the issuer; failing that, the previous speaker if a body or outlet."""
    nominal = r.lex.nominal(token)
    if nominal is None or nominal.kind != "statement" or (token.pos_ == "PROPN" and not r._common_opener(token)):
        return None  # "the Caldor Post"; not "Research from Halifax suggests", opening a sentence
    owner = next((c for c in children(token) if c.dep_ == "poss" and c.lower_ in POSSESSIVES), None)
    if owner is not None:  # "his Facebook profile", "their statement": whoever the possessive refers to
        speaker = _antecedent(r, owner, POSSESSIVES[owner.lower_])
        return replace(speaker, resolution="nominal", role=None) if speaker is not None else None
    issuer = _own_issuer(token, r.entity_of)
    determiner = _determiner(token)
    if determiner not in DETERMINERS or _plural(token) or any(t.ent_type_ == "NORP" for t in r._left_part(token)):
        determiner = None  # "Chinese state press reports" are no one statement: as written
    i = bisect.bisect_left(r.statement_starts, token.idx) - 1
    if determiner in ("a", "an"):  # "an interview", "a new report": a new one, not the latest
        determiner = None
    if issuer is None and determiner and i >= 0:  # "the statement": the latest one with a named issuer
        issuer = r.statements[i][1]
    if issuer is not None:
        speaker = r.resolve(issuer)
        if speaker.canonical is not None and (speaker.type != "unknown" or r.name_of(issuer) is not None):
            if issuer.head.lower_ == "in" and issuer.head.head == token and speaker.type in ("unknown", "organisation"):
                speaker = replace(speaker, type="media")  # what a report is "in" is an outlet
            return replace(speaker, resolution="nominal", role=None)
    if not determiner:
        return None
    previous = _previous_speaker(r, token)
    if previous is not None and previous.type in ("organisation", "place", "media"):
        return replace(previous, resolution="nominal")
    return None


# --- 5. description + name --------------------------------------------------------------


def _resolve_described_name(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "Russian news agency, Sputnik" / "news agency SANA" / "Maria Lopez, the town's mayor"."""
    pos = token.pos  # by hash: every mention is tried
    if pos == NOUN or (pos == PROPN and r.name_of(token) is None):  # "Her barrister, Ruth
        # Abernathy"; "the monitoring site OutageWatch"; "The new President, Viktor Yushchenko"
        named = r._apposed_name(token)
        if named is not None and not _some_of_a_people(named):  # "critics, many of them Catholics" name no one
            return _described(r, r.resolve(named), token, named)
    if token.lower == _ONE:  # "One of his advisers, Tad Devine"
        named = r._apposed_name(token)
        if named is not None:
            return r.resolve(named)
    name = r.name_of(token)
    description = _description_head(token, r.lex) if name is not None else None  # the name (read already) first
    if name is None or description is None:
        return None
    return _described(r, _name_speaker(r, token, name), description, token)


# --- 6, 7. demonyms and people in focus ------------------------------------------------------------------------


def _resolve_demonym(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "the Russians": the country, in the form the document uses ("the US")."""
    country = r.lex.by_people.get(token.lower_)
    if country is None or not _plural(token) or any(c.dep_ == "compound" for c in children(token)):
        return None
    key = _key(country.name, r.lex)
    canonical = r.canonical_of.get(r.cluster_of.get(key, ""), country.name)
    return Speaker(canonical, "place", resolution="nominal", number="pl")


def _resolve_person_description(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "the 51-year-old", "the Argentine": the person in focus."""
    lower = token.lower_  # the word first: it rules out most mentions for less than the determiner
    if lower != "old" and lower not in r.lex.nationalities:
        return None
    if _determiner(token) not in DEFINITE or _plural(token):
        return None
    aged = lower == "old" and any(_lemma(c) == "year" for c in children(token))
    if not aged and lower not in r.lex.nationalities:
        return None
    person = _antecedent(r, token, "person")
    if person is None or not (person.canonical or "")[:1].isupper():
        return None  # "a record unbeaten league run", read as a name, is no antecedent
    return replace(person, resolution="nominal")


# --- 8. nominals ------------------------------------------------------------------------


def _resolve_owned_body(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "his campaign", "her office": the body of the person the possessive refers to, named after them
    ("Bernie Sanders campaign"), as an analyst would count it; not "its office" or "their team"."""
    if _lemma(token) not in OWNED_BODIES or _plural(token) or r.name_of(token) is not None:
        return None
    owner = next((c for c in children(token) if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if owner is None:
        return None
    person = _antecedent(r, owner, POSSESSIVES[owner.lower_])
    if person is None or person.canonical is None or person.type != "person" or person.written is not None:
        return None
    return Speaker(f"{person.canonical} {_lemma(token)}", "organisation", resolution="nominal")


def _resolve_nominal(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "the ministry", "the mayor", "the airline": the latest earlier mention with that head noun, role or
    description; "the company" with none is the organisation in focus."""
    nominal = r.lex.nominal(token)
    if nominal is None:  # "the directorate", "the warden": a head noun no lexicon lists
        if token.pos != NOUN or _determiner(token) != "the" or _plural(token) or r.name_of(token):
            return None
        nominal = Nominal(_lemma(token), "unknown", None, token.i)
    if not _is_bare(r, token, nominal):
        return None
    determiner = _determiner(token)
    definite = determiner in DEFINITE or (determiner is None and nominal.kind in BODY_KINDS and not _plural(token))
    definite = definite or (nominal.kind == "person" and _kin_of(token))
    if not definite or (_plural(token) and nominal.kind in PERSON_KINDS):
        return None  # "officials": a group, as written
    number = "pl" if _kind_type(nominal, token) == "group" else "sg"
    antecedent = _same_head(r, token, nominal, number)
    if antecedent is None and nominal.key in epithets() and number == "sg":
        speaker = _speaker_in_focus(r, token, nominal.gender) or _person_in_focus(r, token, nominal, refers_back=True)
        if speaker is not None:  # "Achebe told the BBC ... 'We had it won,' the striker said"; "Arsenal's Sol
            return replace(speaker, resolution="nominal")  # Campbell has called ... '...,' the defender told"
    if nominal.kind == "body" and number == "sg":  # "the company" after "The Vestey Group"
        body = _latest_body(r, token)
        descriptive = antecedent is not None and antecedent.speaker.resolution == "as-written" and (
            _is_bare(r, antecedent.token, nominal)
        ) and not (antecedent.token.dep_ == "appos" and r.name_of(antecedent.token.head) is not None)  # "X, the airline,"
        stale = antecedent is not None and body is not None and antecedent.token.i < body.token.i and (
            r.sent_of[token.i] - antecedent.sent > PRONOUN_WINDOW >= r.sent_of[token.i] - body.sent
        )  # "Centamin, the mining company, ..." long before "worked at Vanguard Logistics. The company said"
        if body is not None and (antecedent is None or stale or (descriptive and antecedent.token.i < body.token.i)):
            return replace(body.speaker, type="organisation", resolution="nominal")  # type: ignore[arg-type]
    named_after = any(c.i > token.i and c.dep_ in ("appos", "compound", "npadvmod", "attr") for c in children(token))
    if antecedent is None and nominal.kind == "media" and number == "sg" and not named_after:  # "the newspaper"
        outlet = _latest_outlet(r, token)  # after "The Sunday Telegraph said": the outlet named last
        if outlet is not None:
            return replace(outlet, resolution="nominal", role=None)
    if antecedent is None or antecedent.speaker is None:
        return None
    return replace(antecedent.speaker, resolution="nominal")


def _latest_outlet(r: _MentionIndex, token: Token) -> Speaker | None:
    """The outlet named last before ``token`` in the last few sentences, if only one is named there."""
    sent = r.sent_of[token.i]
    found = {
        m.speaker.canonical: m.speaker
        for s in range(sent, max(-1, sent - PRONOUN_WINDOW - 1), -1)
        for m in r.by_sent.get(s, ())
        if m.token.i < token.i and m.speaker is not None and m.speaker.type == "media"
        and r.name_of(m.token) is not None
    }  # fmt: skip
    return next(iter(found.values())) if len(found) == 1 else None


def _resolve_role_holder(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "the senator", "the former governor", "the Republican nominee", "the Texan" that no earlier mention names
    (`_resolve_nominal` found none): the person in focus, whose gender and role do not clash."""
    if r.name_of(token) is not None and not (token.ent_type == _NORP and r.lex.nominal(token) is None):
        return None  # a name that is no demonym, tested first: names are read already, and most mentions are names
    if (_determiner(token) not in DEFINITE and not _kin_of(token)) or _plural(token):
        return None
    nominal = r.lex.nominal(token)
    demonym = token.ent_type == _NORP and nominal is None  # "the Texan", as the tagger reads it
    if nominal is None and not demonym:
        return None
    if nominal is not None and nominal.kind != "person":
        return None
    described = any(c.i < token.i and _personal_description(c) for c in children(token))
    person = _speaker_in_focus(r, token, nominal.gender if nominal else None) if described else None
    if person is not None and person.written is not None:
        person = None  # "the officer": a description that names no one
    person = person or _person_in_focus(r, token, nominal)  # the speaker who just spoke first: "..., added the
    person = person or _person_ending_last_sentence(r, token, nominal)  # Uruguayan-born researcher"
    return replace(person, resolution="nominal") if person is not None else None


def _person_ending_last_sentence(r: _MentionIndex, token: Token, nominal: Nominal | None) -> Speaker | None:
    """ "... saw a culprit in Alison Grimes. The secretary of state and 2014 Senate candidate ...": a definite role
    noun opening its sentence as its subject is the person named at the very end of the sentence before, whose
    gender does not clash and who holds no other role."""
    doc, sent = token.doc, r.sent_of[token.i]
    if token.dep_ not in ("nsubj", "nsubjpass") or token.i < 1 or doc[token.i - 1].lower_ != "the":
        return None
    if token.i - 1 > 0 and r.sent_of[token.i - 2] == sent:
        return None  # not the sentence's first words
    last = next((m for m in reversed(r.by_sent.get(sent - 1, ())) if m.quote is None), None)
    if last is None or last.speaker is None or last.speaker.type != "person" or r.name_of(last.token) is None:
        return None
    end = last.token.i + 1
    if any(not (t.is_punct or t.is_space) for t in doc[end : token.i - 1]):
        return None  # the name does not end its sentence: "Alison Grimes, who ..."
    gender = nominal.gender if nominal is not None else None
    if gender is not None and last.speaker.gender not in (None, gender):
        return None
    if last.speaker.role is not None and nominal is not None and last.speaker.role != nominal.key:
        return None  # "Mayor Kim Alvarez" is not "the governor"
    return last.speaker


def _personal_description(token: Token) -> bool:
    """A modifier that describes a person rather than an office: "Uruguayan-born", "30-year-old", "Chilean"."""
    text = token.lower_
    return token.dep_ in ("amod", "compound", "npadvmod") and (
        text in ("born", "old") or text.endswith(("-born", "-old")) or token.ent_type_ == "NORP"
    )


def _resolve_named_next(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "according to a new poll. The survey, conducted by the Public Policy Institute of California, ...";
    "A news report said ... The New York Times reported ..."; "a union has warned ... Unite said": an
    indefinite report, body or outlet named in the next sentence (outside quotes) is what names it there."""
    if _determiner(token) not in ("a", "an") or _plural(token) or r.name_of(token) is not None:
        return None
    nominal = r.lex.nominal(token)
    if nominal is None or nominal.kind not in ("statement", "body", "organisation", "media"):
        return None
    sent, doc = r.sent_of[token.i], token.doc
    start = next((i for i in range(token.i + 1, len(doc)) if r.sent_of[i] != sent), len(doc))
    end = next((i for i in range(start, len(doc)) if r.sent_of[i] != sent + 1), len(doc))
    for t in doc[start:end]:
        if r._quote_at(t.idx) is not None:
            continue
        issuer = None
        if nominal.kind == "statement" and r.lex.nominal(t) is not None and r.lex.nominal(t).kind == "statement":
            issuer = _own_issuer(t, r.entity_of)  # "The survey, conducted by X"
        elif t.dep_ in ("nsubj", "nsubjpass") and r.name_of(t) is not None:
            issuer = t  # "The New York Times reported"
        if issuer is None:
            continue
        speaker = r.resolve(issuer)
        if speaker.canonical is None or speaker.type not in ("organisation", "media"):
            continue
        described = _description_head(t, r.lex) or described_by(t)  # "the union Unite", "Unite union"
        same = _lemma(t) == nominal.key or (described is not None and _lemma(described) == nominal.key)
        if nominal.kind == "statement" or same or _lemma(token) in speaker.canonical.lower().split():
            return replace(speaker, resolution="nominal", role=None)
    return None


HEADLINE_WINDOW = 3  # sentences after a headline where the body names what its description stands for


def _resolve_headline_body(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "Newspaper: Minister used a private phone" (a headline): the outlet or body the first sentences of
    the story name as a subject ("The Ledger reported ..."), of the kind the headline's noun says."""
    if 0 <= r.first_break < token.idx or r.last_break < token.idx:
        return None  # not on the first line, or no line below (first: it rules out most mentions)
    if _determiner(token) is not None or _plural(token) or r.name_of(token) is not None:
        return None
    nominal = r.lex.nominal(token)
    if nominal is None or nominal.kind not in ("media", "organisation", "body"):
        return None
    wanted = "media" if nominal.kind == "media" else "organisation"
    sent, doc = r.sent_of[token.i], token.doc
    for t in doc[token.i + 1 :]:
        if r.sent_of[t.i] > sent + HEADLINE_WINDOW:
            break
        if r.sent_of[t.i] == sent or t.dep_ not in ("nsubj", "nsubjpass") or r._quote_at(t.idx) is not None:
            continue
        if r.name_of(t) is not None:
            speaker = r.resolve(t)
            if speaker.canonical is not None and speaker.type == wanted:
                return replace(speaker, resolution="nominal", role=None)
    return None


def _resolve_headline_person(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "Mayor will back the plan, former rival says" (a headline): the person the story's first sentences quote
    ("..., predicted Ada Quill, the former governor"), when the headline's speaker is a person's role or
    description with no article and no name; not a headline that quotes no one ("Marsh executive in guilty
    plea")."""
    if 0 <= r.first_break < token.idx or r.last_break < token.idx:
        return None  # not on the first line, or no line below (first: it rules out most mentions)
    if _determiner(token) is not None or _plural(token) or r.name_of(token) is not None or not token.is_lower:
        return None
    nominal = r.lex.nominal(token)
    if nominal is None or nominal.kind != "person":
        return None
    sent = r.sent_of[token.i]
    speakers = sorted({_head_of(span).i for span in r.speaker_spans.values()})
    if token.i not in speakers:
        return None  # "Marsh executive in guilty plea" attributes nothing: not the first person the story quotes
    for i in speakers:
        if i <= token.i or r.sent_of[i] == sent:
            continue
        if r.sent_of[i] > sent + HEADLINE_WINDOW:
            break
        head = token.doc[i]
        if r.name_of(head) is None:
            continue  # "a spokesman said": no one named; look on
        speaker = r.resolve(head)
        if speaker.type != "person" or speaker.canonical is None or speaker.number != "sg":
            return None
        if nominal.gender is not None and speaker.gender not in (None, nominal.gender):
            return None
        return replace(speaker, resolution="nominal")
    return None


def _kin_of(token: Token) -> bool:
    """A role noun owned by a pronoun: "his brother", "my father", "her lawyer" is one person."""
    return any(c.dep == _POSS and c.tag == _PRP_POSS for c in children(token))  # by hash


# --- 9. names ---------------------------------------------------------------------------


def _resolve_some_of_a_people(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "some Democrats", "one senior Republican", "Democrats in Iowa": some members of a party or people, who
    name no one (a definite one, "the lifelong Republican", had its chance as a person in focus); their
    description as written (resolution "unresolved" for a quote's speaker), never the bare party word. Not a
    surname the tagger read as a people ("Cuban" after "Mark Cuban")."""
    if not _some_of_a_people(token):
        return None
    name = r.name_of(token)
    if name is not None and _name_speaker(r, token, name).resolution != "as-written":
        return None
    phrase = r._left_part(token) + (_place_phrase(token) if _plural(token) else _right_part(token))
    written = as_written(r._text(phrase)) or None
    plural = _plural(token)
    return Speaker(written, "group" if plural else "unknown", number="pl" if plural else "sg", written=written)



def _resolve_name(r: _MentionIndex, token: Token) -> Speaker | None:
    """A name: its cluster's canonical form, with what an apposed role or description and "of X" add."""
    name = r.name_of(token)
    if name is None:
        return None
    speaker = _name_speaker(r, token, name)
    role = _apposed_role(r, token) or described_by(token)  # "The housing charity Shelterline"
    if role is not None:
        speaker = _described(r, speaker, role, token)
    left = r._left_part(token)
    if left and r._media_word(left[0]) and speaker.type in ("unknown", "organisation", "person"):
        speaker = replace(speaker, type="media", role=left[0].lower_)  # "Broadcaster Channel Nine"
    if speaker.type == "person":  # "Sen. Claire Dunmore (D-Mo.)": a US party tag is the affiliation
        party = party_tag(r.text, token.idx + len(token))
        if party is not None:
            return replace(speaker, affiliation=party)
    if speaker.type == "person" and speaker.affiliation is None:  # "Cara Diemont of Dimension Data"
        affiliation = _prep_affiliation(r, token)
        if affiliation is not None:
            speaker = replace(speaker, affiliation=affiliation.canonical)
    return speaker


# --- 10. as written ------------------------------------------------------------------------


def _resolve_as_written(r: _MentionIndex, token: Token) -> Speaker:
    """The last resort: the mention's own text, less a leading determiner, typed by its head noun."""
    plural = _plural(token)
    phrase = r._left_part(token) + (_place_phrase(token) if plural else _right_part(token))  # a new list
    tokens = _strip(phrase)
    text = _clean(r._adjectival(r._text(tokens))) if tokens else _clean(token.text)
    nominal = r.lex.nominal(token)
    kind = _kind_type(nominal, token) if nominal is not None and nominal.kind in KIND_TYPES else "unknown"
    if kind == "unknown" and plural:
        kind = "group"
    role = nominal.key if nominal is not None and nominal.kind in PERSON_KINDS and kind == "person" else None
    affiliation = _affiliation(r, token) if role else None
    written = None
    if r.name_of(token) is None:  # a description: its words with the article, for a speaker resolved to it
        written = as_written(r._text(phrase)) or None
    return Speaker(
        text or None,
        kind,
        role=role,
        affiliation=affiliation.canonical if affiliation is not None else None,
        gender=nominal.gender if nominal else None,
        number="pl" if plural else "sg",
        written=written,
    )


#: The rules in the order they are tried; `_resolve_as_written` is the last resort.
RULES: tuple[Callable[[_MentionIndex, Token], Speaker | None], ...] = (
    _resolve_pronoun,
    _resolve_spokesperson,
    _resolve_members,
    _resolve_statement,
    _resolve_described_name,
    _resolve_demonym,
    _resolve_person_description,
    _resolve_owned_body,
    _resolve_nominal,
    _resolve_role_holder,
    _resolve_named_next,
    _resolve_headline_body,
    _resolve_headline_person,
    _resolve_some_of_a_people,
    _resolve_name,
)


#: Tags, labels, dependencies and words by their hashes, for the checks the rules make on every mention.
_NNP = get_string_id("NNP")
_POSS = get_string_id("poss")
_PRP_POSS = get_string_id("PRP$")
_ONE = get_string_id("one")
_NOT_MEMBER_LABELS = frozenset(get_string_id(label) for label in ("PERSON", "ORG", "GPE", "FAC"))
