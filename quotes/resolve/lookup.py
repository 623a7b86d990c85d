"""What the rules look up around a mention: antecedents, affiliations, the speaker or body in focus, the
earlier mention with the same head, and what a description or title adds to a name."""

from __future__ import annotations

from dataclasses import replace

from spacy.symbols import NOUN
from spacy.tokens import Token

from ..memo import children
from .forms import abbreviated_title, title_abbreviations
from .lexicons import Nominal
from .mentions import _MentionIndex
from .records import Speaker, _Mention, _Name
from .tokens import _APPOS, _PERSON, _is_role_part, _lemma, _plural, _pronoun, _strip
from .words import (
    AFFILIATION_PREPS,
    BODY_KINDS,
    OWNED_BODIES,
    PERSON_KINDS,
    POSSESSIVES,
    PRONOUN_WINDOW,
    SPEAKER_WINDOW,
    _clean,
    _plain,
)


def _antecedent(r: _MentionIndex, token: Token, pronoun: str) -> Speaker | None:
    """The best compatible mention before ``token``, latest sentence first; a mention in quoted
    content only for a pronoun in the same content."""
    sent, quote = r.sent_of[token.i], r._quote_at(token.idx)
    for s in range(sent, max(-1, sent - PRONOUN_WINDOW - 1), -1):
        candidates = [
            m for m in r.by_sent.get(s, ())
            if m.token.i < token.i and (m.quote is None or m.quote == quote) and m.speaker is not None
            and _agrees(m.speaker, pronoun) and not (pronoun in ("he", "she") and _modifier(m.token))
        ]  # fmt: skip
        if candidates:
            return max(candidates, key=lambda m: _rank(m, pronoun)).speaker
    for mention in reversed(r.previous_speakers):
        if sent - mention.sent > SPEAKER_WINDOW:
            break
        if mention.token.i < token.i and mention.speaker is not None and _agrees(mention.speaker, pronoun):
            return mention.speaker
    if pronoun not in ("he", "she") or any(
        m.speaker is not None and m.speaker.type == "person" and (m.subject or m.is_speaker)
        for s in range(sent, max(-1, sent - PRONOUN_WINDOW - 1), -1) for m in r.by_sent.get(s, ())
    ):  # someone nearer, of the other gender by the lexicon ("Lindsey Graham ... He joked"): no guess
        return None
    for s in range(sent - PRONOUN_WINDOW - 1, max(-1, sent - SPEAKER_WINDOW - 1), -1):
        for m in reversed(r.by_sent.get(s, ())):  # nothing nearer: the latest person named as a subject further
            speaker = m.speaker  # back ("He concludes" after a list the article quotes)
            if m.subject and m.quote is None and speaker is not None and speaker.written is None:
                if _agrees(speaker, pronoun) and speaker.gender == ("m" if pronoun == "he" else "f"):
                    return speaker  # of a known gender: "he" is not a "Preet Bharara" the lexicon has no gender for
    return None


def _modifier(token: Token) -> bool:
    """A name that only modifies a common noun ("a Trump presidency", "the Clinton campaign"): not the person
    a later "he" or "she" refers to."""
    return token.dep_ == "compound" and token.head.pos_ == "NOUN"


def _speaker_affiliation(r: _MentionIndex, token: Token) -> Speaker | None:
    """ "we" in a speaker's words is their organisation: the latest speaker's affiliation."""
    for mention in reversed(r.previous_speakers[-3:]):
        speaker = mention.speaker
        if speaker is not None and speaker.affiliation and r.sent_of[token.i] - mention.sent <= PRONOUN_WINDOW:
            return Speaker(speaker.affiliation, "organisation", resolution="pronoun", number="pl")
    return None


def _affiliation(r: _MentionIndex, token: Token, *, people: bool = False) -> Speaker | None:
    """Whom a role noun works for: "for the Culture Ministry", "the ministry's", "its", "Kremlin spokesman".

    Args:
        people: a person counts too ("a spokesman for Mr Blair", "her spokesman").
    """
    affiliation = _prep_affiliation(r, token, people=people)
    if affiliation is not None:
        return affiliation
    for child in children(token):
        if child.dep_ == "poss":
            pronoun = POSSESSIVES.get(child.lower_)
            if pronoun is not None and (people or pronoun in ("it", "they")):
                return _antecedent(r, child, pronoun)
            if _is_body(r, child) or (people and r.name_of(child) is not None):
                return r.resolve(child)
    return _compound_affiliation(r, token, people=people)


def _compound_affiliation(r: _MentionIndex, token: Token, *, people: bool) -> Speaker | None:
    """ "Kremlin spokesman": the body the name before a role noun names. A person's name there modifies a body
    ("a Clinton campaign spokesman": the Clinton campaign) or the role ("a Trump spokeswoman"): the person is
    not whom a spokesperson is (``people``), only whom they work for."""
    compounds = [c for c in children(token) if c.dep_ == "compound"]
    names = [c for c in compounds if r._is_proper(c)]
    bodies = [c for c in compounds if _lemma(c) in OWNED_BODIES and not r._is_proper(c)]
    if not names and bodies:  # "Clinton" a compound of "campaign", not of "spokesman"
        names = [c for c in children(bodies[-1]) if c.dep_ == "compound" and r._is_proper(c)]
    if not names:
        return None
    speaker = r.resolve(names[-1])
    if speaker.type != "person" or speaker.canonical is None:
        return speaker
    if bodies and bodies[-1].i > names[-1].i:
        return Speaker(f"{speaker.canonical} {_lemma(bodies[-1])}", "organisation")
    return None if people else speaker


def _prep_affiliation(r: _MentionIndex, token: Token, *, people: bool = False) -> Speaker | None:
    """ "for the Culture Ministry", "at Deutsche Bank": a body (or a person) after a preposition."""
    for child in children(token):
        if child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPS:
            objects = [c for c in children(child) if c.dep_ == "pobj"]
            if objects and (_is_body(r, objects[0]) or (people and _is_role(r, objects[0]))):
                speaker = r.resolve(objects[0])
                if speaker.type not in ("person", "group") or (people and speaker.type == "person"):
                    return speaker
    return None


def _is_body(r: _MentionIndex, token: Token) -> bool:
    """A name, or a noun for an organisation or outlet ("the ministry"): what one can work for."""
    if _pronoun(token) is not None or token.pos_ == "PRON":
        return False
    nominal = r.lex.nominal(token)
    return r.name_of(token) is not None or (nominal is not None and nominal.kind in BODY_KINDS)


def _is_role(r: _MentionIndex, token: Token) -> bool:
    """A noun for a person's role: "the UN secretary-general" one can speak for."""
    nominal = r.lex.nominal(token)
    return nominal is not None and nominal.kind in PERSON_KINDS and not _plural(token)


def _previous_speaker(r: _MentionIndex, token: Token) -> Speaker | None:
    for mention in reversed(r.previous_speakers):
        if mention.token.i < token.i:
            return mention.speaker
    return None


def _described(r: _MentionIndex, speaker: Speaker, description: Token, name: Token) -> Speaker:
    """A named speaker with what its description says: a role, an outlet, a body."""
    if speaker.canonical is None:
        return speaker
    nominal = r.lex.nominal(description)
    kind = nominal.kind if nominal is not None else None
    if kind == "media" and speaker.type in ("unknown", "organisation", "person"):
        return replace(speaker, type="media")
    if kind in ("organisation", "body") and speaker.type in ("unknown", "person"):
        return replace(speaker, type="organisation")  # "marketing company Doubleclick"
    if speaker.type == "organisation" and kind in PERSON_KINDS and r.lex.nominal(name) is None:
        speaker = replace(speaker, type="person")  # "Jean-Philippe Cotis, the OECD's chief economist"
    if kind in PERSON_KINDS or (kind is None and speaker.type == "person"):
        affiliation = _affiliation(r, description)
        return replace(
            speaker,
            type="person",
            role=speaker.role or (nominal.key if nominal is not None else description.lemma_.lower()),
            affiliation=speaker.affiliation or (affiliation.canonical if affiliation is not None else None),
            gender=speaker.gender or (nominal.gender if nominal is not None else None),
        )
    return speaker


def _speaker_in_focus(r: _MentionIndex, token: Token, gender: str | None) -> Speaker | None:
    """The latest person who spoke in this sentence or the one before (quoted sentences not
    counted), for a role noun that names no one earlier: "the striker", "the Rovers boss" after
    the player's or manager's own quotes."""
    for mention in reversed(r.previous_speakers):
        if mention.token.i >= token.i:
            continue
        if _sentences_between(r, mention.token, token) > 1:
            return None
        speaker = mention.speaker
        if speaker is not None and speaker.type == "person" and speaker.number == "sg" and (
            gender is None or speaker.gender in (None, gender)
        ):
            return None if _other_person_between(r, mention, token, speaker) else speaker
    return None


FOCUS_WINDOW = 2  # sentences a role noun looks back for the person in focus


def _person_in_focus(
    r: _MentionIndex, token: Token, nominal: Nominal | None, *, refers_back: bool = False
) -> Speaker | None:
    """The person a role noun that names no one earlier refers to: the latest person named (or referred to)
    as the subject or speaker of this sentence or the two before, outside quotes, whose gender agrees and who
    holds no other role ("Mayor Kim Alvarez" is not "the governor"). A bare role noun ("the chancellor") goes
    only to someone known to hold that role: after "Mr Blair said" it may well be someone else; a described
    one ("the former governor", "the Florida senator", "the Texan") refers back, and so does one that
    ``refers_back`` ("the defender" after "Arsenal's Sol Campbell has called ..."), if no other person is the
    subject or speaker of a sentence in between."""
    sent = r.sent_of[token.i]
    gender = nominal.gender if nominal is not None else None
    described = refers_back or nominal is None or any(
        c.i < token.i and c.dep_ in ("amod", "compound", "nmod") for c in children(token)
    )
    for s in range(sent, max(-1, sent - FOCUS_WINDOW - 1), -1):
        candidates = [
            m for m in r.by_sent.get(s, ())
            if m.token.i < token.i and m.quote is None and (m.is_speaker or m.subject) and m.speaker is not None
            and _focus_person(r, m, gender, nominal, described)
        ]  # fmt: skip
        if candidates:
            latest = max(candidates, key=lambda m: m.token.i)
            if refers_back and _later_person(r, latest, token):
                return None
            return latest.speaker
    return None


def _later_person(r: _MentionIndex, mention: _Mention, token: Token) -> bool:
    """Whether another person is the subject or speaker of a sentence after ``mention`` and before ``token``
    (outside quotes): "Manager Gareth Harland watched from the stands. The striker said" is not Harland's."""
    canonical = mention.speaker.canonical if mention.speaker is not None else None
    for sent in range(mention.sent, r.sent_of[token.i] + 1):
        for other in r.by_sent.get(sent, ()):
            speaker = other.speaker
            if not mention.token.i < other.token.i < token.i or other.quote is not None:
                continue
            if (other.subject or other.is_speaker) and speaker is not None and speaker.type == "person":
                if speaker.canonical != canonical:
                    return True
    return False


def _focus_person(
    r: _MentionIndex, mention: _Mention, gender: str | None, nominal: Nominal | None, described: bool
) -> bool:
    speaker = mention.speaker
    if speaker is None or speaker.canonical is None or speaker.type != "person" or speaker.number != "sg":
        return False
    if r.name_of(mention.token) is None and speaker.resolution == "as-written":
        return False  # a description that names no one
    if _plain(speaker.canonical) in r.lex.nominals or not speaker.canonical[:1].isupper():
        return False  # "Minister digs in" (a headline) names no one either; nor does "unbeaten league run"
    if gender is not None and speaker.gender not in (None, gender):
        return False
    if nominal is None or speaker.role is None:
        return described
    return _same_role(nominal.key, speaker.role)


def _same_role(key: str, role: str) -> bool:
    """Whether a role noun can name the holder of ``role``: "governor" / "former governor", "congressman" /
    "representative" (`title_abbreviations.txt`)."""
    words = set(role.split())
    if key.split()[-1] in words:
        return True
    return any(key in title.aliases for title in title_abbreviations().values() if title.role in words)


def _other_person_between(r: _MentionIndex, mention: _Mention, token: Token, speaker: Speaker) -> bool:
    """Whether someone else is named after ``mention`` and before ``token``, outside quotes: then a
    role noun may well be them, or a newcomer ("..., Mr Blair said. The chancellor said ...")."""
    for sent in range(mention.sent, r.sent_of[token.i] + 1):
        for other in r.by_sent.get(sent, ()):
            if mention.token.i < other.token.i < token.i and other.quote is None and other.speaker is not None:
                if other.speaker.type == "person" and other.speaker.canonical != speaker.canonical:
                    return True
    return False


def _sentences_between(r: _MentionIndex, first: Token, last: Token) -> int:
    """How many sentences start after ``first`` and up to ``last``, leaving out those inside quotes."""
    count = 0
    for i in range(first.i + 1, last.i + 1):
        if r.sent_of[i] == r.sent_of[i - 1]:
            continue
        start = r.doc[i + 1] if r.doc[i].is_quote and i + 1 < len(r.doc) else r.doc[i]
        if r._quote_at(start.idx) is None:  # the first word, after an opening mark
            count += 1
    return count


def _same_head(r: _MentionIndex, token: Token, nominal: Nominal, number: str) -> _Mention | None:
    """The latest earlier mention with this head noun or role that names someone, in this number."""
    for key in (nominal.key, _lemma(token)):
        for mention in reversed(r.by_head.get(key, ())):
            speaker = mention.speaker
            if mention.token.i < token.i and speaker is not None and speaker.number == number:
                if _plain(speaker.canonical or "") in (key, _lemma(token)):
                    continue  # "Minister digs in" (a headline) names no one: look further back
                return mention
    return None


def _latest_body(r: _MentionIndex, token: Token) -> _Mention | None:
    """The named organisation of the latest sentence that has one, subject first, outside quotes
    (but for the content of the quote in the same sentence: "Castlebrook Police will trial ...,
    the force said"; "Ms Reid had flown 900 hours with Skyvane, the airline said"). Failing one in reach, a name the tagger called a person but that nothing
    marks as one (no known first name, no honorific): "Tallyo", "Kelby Rail"."""
    sent, quote = r.sent_of[token.i], r._quote_at(token.idx)
    for named in (True, False):
        for s in range(sent, max(-1, sent - SPEAKER_WINDOW - 1), -1):
            bodies = [
                m for m in r.by_sent.get(s, ())
                if m.token.i < token.i and _may_be_body(r, m, named)
                and (m.quote is None or m.quote == quote or s == sent)
            ]  # fmt: skip
            if bodies:
                return max(bodies, key=lambda m: (m.is_speaker or m.subject, m.token.i))
    return None


def _may_be_body(r: _MentionIndex, mention: _Mention, named: bool) -> bool:
    speaker = mention.speaker
    if speaker is None:
        return False
    if named:
        proper = r._is_proper(mention.token) or speaker.resolution == "pronoun"
        if speaker.type == "unknown" and mention.is_speaker and proper:  # "Northbridge Water said ..."
            return _no_person_marks(r, mention.token)
        return speaker.type == "organisation" and proper
    return speaker.type == "person" and speaker.gender is None and _no_person_marks(r, mention.token)


def _no_person_marks(r: _MentionIndex, token: Token) -> bool:
    """Whether a name has nothing of a person's: no known first name, no honorific ("Kelby Rail")."""
    name = r.name_of(token)
    first = name.text.split()[0].lower() if name is not None else ""
    return name is not None and first not in r.lex.first_names and r.lex.honorific(first) is None


def _is_bare(r: _MentionIndex, token: Token, nominal: Nominal) -> bool:
    """A nominal that names no one: "the ministry"; for a generic body, also "the UK firm"."""
    if r.name_of(token) is None:
        return True
    if nominal.kind != "body":
        return False
    left = r._left_part(token)[:-1]
    return all(not r._is_proper(t) or t.ent_type_ in ("GPE", "NORP") for t in left)


def _name_speaker(r: _MentionIndex, token: Token, name: _Name) -> Speaker:
    cluster = r.cluster_of.get(name.key, name.key)
    if name.key in r.shared_surnames:  # "Bundy" after "Ammon Bundy" and "Ryan Bundy": the one named last
        gender = name.gender or r.gender_of.get(cluster)
        cluster = _latest_named(r, token, r.shared_surnames[name.key], gender) or cluster
    canonical = r.canonical_of.get(cluster, name.text)
    same = _plain(canonical) == _plain(name.text)
    gender = name.gender or r.gender_of.get(cluster)
    role, affiliation = _title(r, token)
    kind = r.kind_of.get(cluster, name.kind)
    if kind == "unknown" and gender is not None:
        kind = "person"
    return Speaker(
        canonical,
        kind,
        role=role,
        affiliation=affiliation,
        resolution="as-written" if same else "name-variant",
        gender=gender,
        number="pl" if kind == "group" else "sg",
    )


def _latest_named(r: _MentionIndex, token: Token, clusters: frozenset[str], gender: str | None) -> str | None:
    """Which of ``clusters`` was named last before ``token``, in full, in its sentence or the one before, of the
    gender the short name has (its own, else that of the person it stands for when read alone: "Murphy" is not
    "Anne Marie Murphy" after "Chris Murphy"), not one named in apposition ("his wife, Gabriela Lazar")."""
    clusters = frozenset(c for c in clusters if gender is None or r.gender_of.get(c) in (None, gender))
    sent = r.sent_of[token.i]
    for s in range(sent, max(-1, sent - 2), -1):
        for mention in reversed(r.by_sent.get(s, ())):
            if mention.token.i >= token.i or mention.token.dep_ == "appos":
                continue  # "his wife, Gabriela Lazar": someone named in passing
            name = r.name_of(mention.token)
            if name is not None and name.size > 1 and r.cluster_of.get(name.key) in clusters:
                return r.cluster_of[name.key]
    return None


def _title(r: _MentionIndex, token: Token) -> tuple[str | None, str | None]:
    """A role written before a person's name, and whom for: "Kremlin spokesman Dmitry Peskov" gives
    ("spokesman", "Kremlin"); "Chief Constable Rhiannon Pryce" gives ("chief constable", None)."""
    entity = r.entity_of.get(token.i)
    if entity is None or entity.label != _PERSON or r._not_a_person(entity):  # label by hash
        return None, None
    before = [t for t in r._person_parts(token)[0] if r.lex.honorific(t.text) is None]
    j = len(before)
    while j > 0 and (r._is_title_word(before[j - 1]) or _is_role_part(before[j - 1], r.lex)):
        j -= 1
    if j == len(before):
        return None, None
    role = " ".join(_title_word(t) for t in before[j:])
    owner = _strip(before[:j])
    while owner and not r._is_proper(owner[-1]):  # "Ryanair deputy chief executive"
        owner.pop()
    return role, _clean(r._adjectival(r._text(owner))) or None


def _title_word(token: Token) -> str:
    """A word of a role written before a name, an abbreviation as its role: "Sen." -> "senator"."""
    title = abbreviated_title(token.text)
    return title.role if title is not None else token.lower_


def _apposed_role(r: _MentionIndex, token: Token) -> Token | None:
    """A common noun in apposition to a name: "Maria Lopez, the town's mayor"; "Callum Reid, the warden"."""
    for child in children(token):
        if child.dep == _APPOS and child.pos == NOUN:  # by hash: asked of most mentions
            return child
    return None


def _agrees(speaker: Speaker, pronoun: str) -> bool:
    if speaker.canonical is None:
        return False
    if pronoun in ("he", "she"):
        wanted = "m" if pronoun == "he" else "f"
        return speaker.type == "person" and speaker.number == "sg" and speaker.gender in (None, wanted)
    if pronoun == "it":
        return speaker.type in ("organisation", "place", "media") and speaker.number == "sg"
    if pronoun == "they":
        return speaker.type in ("group", "organisation") or speaker.number == "pl"
    if pronoun == "we":
        return speaker.type in ("organisation", "group", "media")
    if pronoun == "person":  # "the 51-year-old", "the Argentine"
        return speaker.type == "person" and speaker.number == "sg"
    return False


def _rank(mention: _Mention, pronoun: str) -> tuple[int, int, int]:
    """Higher is better: an exact gender or plural match, a speaker or subject, the latest."""
    speaker = mention.speaker
    assert speaker is not None
    if pronoun in ("he", "she"):
        exact = int(speaker.gender == ("m" if pronoun == "he" else "f"))
    elif pronoun == "they":
        exact = int(speaker.number == "pl" or speaker.type == "group")
    else:
        exact = 0
    return int(mention.is_speaker or mention.subject), exact, mention.token.i
