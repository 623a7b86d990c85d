"""Who a speaker mention refers to: a canonical name, a type, a role and an affiliation.

`resolve_speakers(doc, quotes)` reads the document once. It indexes the mentions that can name a
speaker (named entities, proper nouns, noun phrases headed by a role, body, outlet or statement
noun, subject pronouns that are not expletive, the quotes' speakers) and clusters name variants
under the fullest form: a surname ("Varga", "Ms Varga", "Van Dierendonck") joins the first full
name ending with it whose gender does not clash; a one-word organisation joins the one longer name
that starts with it ("Northlink" / "Northlink Rail") and a longer name ending with it
("Defence Ministry"); "Russia's Defence Ministry" reads "Russian Defence Ministry"; titles
("Chief Constable"), honorifics and post-nominals ("KC") are not part of a name when matching.
Then it walks the mentions in document order, so that each is resolved once, from what came
before it (a line break ends a sentence: a headline is not part of the paragraph under it). The
first of these rules that applies decides:

1. `_resolve_pronoun`: "he", "she", "it", "they", "we" take the nearest compatible antecedent in
   the last few sentences, outside quoted content (unless the pronoun is in the same content):
   an exact gender match first, then a speaker or subject, then the latest; agreeing in gender
   (first-name lexicon, "Mr"/"Ms", "spokeswoman"), number and type ("it" is a body, place or
   outlet; "they" a group or body; "we" a body, else the latest speaker's organisation).
2. `_resolve_spokesperson`: "A spokeswoman for the Culture Ministry, Anna Kerr" is Anna Kerr
   (role and affiliation kept); "A spokesman from the Russian Defence Ministry" is the ministry;
   "a spokesman for Mr Blair", "her spokesman" the person spoken for; "a spokesman" alone the
   organisation in focus.
3. `_resolve_members`: "Analysts at Pelham Wright", "officials from the ministry" are the body.
4. `_resolve_statement`: "The US Central Command statement", "the ministry's statement", "a
   statement from X", "a Civica poll", and "the statement" after "X issued a statement" / "In a
   statement, X said" are their issuer; failing that, the previous speaker if a body or outlet.
5. `_resolve_described_name`: a description with a name is the name: "Russian news agency,
   Sputnik"; "Syrian state-run news agency SANA"; "Her barrister, Ruth Abernathy" (role kept).
6. `_resolve_demonym`: "the Russians" is Russia, in the form the document uses ("the US").
7. `_resolve_person_description`: "the 51-year-old", "the Argentine" are the person in focus.
8. `_resolve_nominal`: "the ministry", "the mayor", "the directorate", "the airline" are the
   latest earlier mention with that head noun, role or description ("Maria Lopez, the town's
   mayor"; "Budget airline Skyvane"); "the company" with none is the organisation in focus.
9. `_resolve_name`: a name is its cluster's canonical form ("as-written" or "name-variant").
10. `_resolve_as_written`: anything else is its own text, less a leading determiner.

Names coordinated in one speaker mention are one group: "Raymond Poole and Denise Whitlow". The
type comes from the outlet list, the head noun's lexicon entry, an honorific or first name, the
entity label and a description ("marketing company Doubleclick"). The lexicons are data in
`quotes/data/`: `first_names.txt`, `nominals.txt`, `media.txt`, `countries.txt`, `name_parts.txt`.

Across documents, `quotes.link` gives each speaker one name over a corpus (`link_speakers`) and
one row per speaker (`summarize_speakers`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import NamedTuple

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, ORTH, POS, SENT_START
from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from .lexicon import data_lexicon, data_text, parse_lexicon
from .pipeline import known_strings, text_length
from .model import Quote
from .speakers import described_by

__all__ = ["Lexicons", "Nominal", "Speaker", "default_lexicons", "resolve_speakers"]

PRONOUNS = {
    "he": "he", "him": "he", "himself": "he",
    "she": "she", "her": "she", "herself": "she",
    "it": "it", "itself": "it",
    "they": "they", "them": "they", "themselves": "they",
    "we": "we", "us": "we", "ourselves": "we",
}  # fmt: skip
POSSESSIVES = {"his": "he", "her": "she", "its": "it", "their": "they", "our": "we"}
#: Subject pronouns kept in the index as links of a chain ("She arrived... 'X,' she said"); an
#: expletive "it" ("it is thought that") is left out.
CHAIN_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
NUMERIC_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
LABEL_TYPES = {"PERSON": "person", "ORG": "organisation", "FAC": "organisation", "GPE": "place", "LOC": "place"}
KIND_TYPES = {"person": "person", "spokes": "person", "organisation": "organisation", "body": "organisation",
              "media": "media", "group": "group"}  # fmt: skip
PERSON_KINDS = frozenset({"person", "spokes"})
BODY_KINDS = frozenset({"organisation", "body", "media"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Verbs whose subject issues the reporting noun they take: "X issued a statement".
ISSUE_VERBS = frozenset({"issue", "release", "publish", "put", "send", "post", "make", "give", "read", "tweet"})
#: "analysts at X", "officials from X": people who speak for the body X ("supporters of" do not).
MEMBER_PREPS = frozenset({"at", "from", "with", "for"})
AFFILIATION_PREPS = frozenset({"for", "from", "of", "at", "with", "in", "to"})
ISSUER_PREPS = frozenset({"from", "by"})
#: Sentences a pronoun looks back over; previous speakers are looked for further back.
PRONOUN_WINDOW = 3
SPEAKER_WINDOW = 8
_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–"})  # a noun phrase's left part starts after these
_QUOTE_CHARS = "\"'“”‘’«»"
_POSSESSIVE_PLACE = re.compile(r"\b([A-Z][a-z]+)['’]s(?=\s)")  # "Valdoria's "
_CAPITALISED_N = re.compile(r"\b[A-Z][a-z]*n\b")  # "Valdorian"


# ---------------------------------------------------------------------------------------------
# Lexicons


@dataclass(frozen=True)
class Country:
    name: str
    adjective: str
    people: str
    aliases: tuple[str, ...]


class Nominal(NamedTuple):
    """A head noun's entry in `nominals.txt`: "news agency" -> kind "media"."""

    key: str  # the entry as listed: "spokesman", "news agency", "director-general"
    kind: str  # person | spokes | organisation | body | media | statement | group
    gender: str | None
    start: int  # index of the entry's first token in the doc


@dataclass(frozen=True)
class Lexicons:
    """The word lists resolution keys on, read from `quotes/data/`.

    Attributes:
        first_names: first name (lowercase) -> "f" or "m".
        nominals: head noun, two-word or hyphenated head (lowercase) -> (kind, gender or None).
        media: outlet names, lowercase, without "the".
        countries: countries with their adjective, people and other names.
        name_parts: words around a person's name (lowercase, no dot) -> (part, gender or None);
            parts are honorific ("Ms"), post-nominal ("KC") and title ("Chief", "Sergeant").
    """

    first_names: dict[str, str]
    nominals: dict[str, tuple[str, str | None]]
    media: frozenset[str]
    countries: tuple[Country, ...]
    name_parts: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    country_key: dict[str, str] = field(default_factory=dict)  # any name, plain -> country name
    by_people: dict[str, Country] = field(default_factory=dict)  # "russians" -> Russia
    adjectives: dict[str, str] = field(default_factory=dict)  # "Russia" -> "Russian"
    nationalities: frozenset[str] = frozenset()  # "argentine": "the Argentine" is a person
    possessive: re.Pattern[str] | None = None  # "Russia's " -> "Russian "

    @classmethod
    def from_texts(cls, first_names: str, nominals: str, media: str, countries: str, name_parts: str = "") -> Lexicons:
        """Build the lexicons from the texts of the data files."""
        names = {row[0].lower(): row[1] for row in _rows(first_names) if len(row) >= 2 and row[1] in ("f", "m")}
        nouns = {row[0].lower(): (row[1], row[2] if len(row) > 2 and row[2] else None) for row in _rows(nominals)}
        table = tuple(Country(row[0], row[1], row[2], _aliases(row)) for row in _rows(countries))
        country_key = {_plain(name): c.name for c in table for name in (c.name, *c.aliases)}
        by_people = {c.people.lower(): c for c in table}
        adjectives = {name: c.adjective for c in table for name in (c.name, *c.aliases)}
        alternatives = "|".join(re.escape(n) for n in sorted(adjectives, key=len, reverse=True))
        pattern = re.compile(rf"\b({alternatives})(?:'s|’s)(?=\s)")
        parts = {row[0].lower().rstrip("."): (row[1], row[2] if len(row) > 2 and row[2] else None)
                 for row in _rows(name_parts) if len(row) >= 2}  # fmt: skip
        nationalities = frozenset(c.adjective.lower() for c in table)
        return cls(
            names, nouns, parse_lexicon(media), table, parts, country_key, by_people, adjectives, nationalities, pattern
        )

    def honorific(self, word: str) -> str | None:
        """The gender an honorific marks ("" for "Dr"), or None when ``word`` is no honorific."""
        part = self.name_parts.get(word.lower().rstrip("."))
        return None if part is None or part[0] != "honorific" else part[1] or ""

    def name_part(self, word: str) -> str | None:
        """ "honorific", "post-nominal" or "title" for a word around a name, else None."""
        part = self.name_parts.get(word.lower().rstrip("."))
        return part[0] if part else None

    def adjectival(self, text: str) -> str:
        """ "Russia's Defence Ministry" -> "Russian Defence Ministry" (countries of the table only)."""
        if self.possessive is None or "s" not in text:
            return text
        return self.possessive.sub(lambda m: self.adjectives[m.group(1)], text)

    @cached_property
    def nominal_tails(self) -> frozenset[str]:
        """What can end a hyphenated or two-word entry: "general" of "director-general", "agency" of
        "news agency". A head noun whose lemma is none of these can only match an entry of one word."""
        return frozenset(key[m.end() :] for key in self.nominals for m in re.finditer(r"[ -]", key))

    @cached_property
    def statement_words(self) -> frozenset[str]:
        """The lemmas that can head a statement noun ("statement", "release" of "press release")."""
        return frozenset(
            word
            for key, (kind, _) in self.nominals.items()
            if kind == "statement"
            for word in (key, *(key[m.end() :] for m in re.finditer(r"[ -]", key)))
        )

    def nominal(self, token: Token) -> Nominal | None:
        """The entry of a head noun: hyphenated ("director-general") or two-word ("news agency") first."""
        lemma = _lemma(token)
        if lemma not in self.nominal_tails:  # no entry of several words can end with it: skip the neighbours
            entry = self.nominals.get(lemma)
            return Nominal(lemma, entry[0], entry[1], token.i) if entry is not None else None
        doc, i = token.doc, token.i
        candidates = []
        if i >= 2 and doc[i - 1].text == "-":
            candidates.append((f"{doc[i - 2].lower_}-{lemma}", i - 2))
        if i >= 1:
            candidates.append((f"{doc[i - 1].lower_} {lemma}", i - 1))
        candidates.append((lemma, i))
        for key, start in candidates:
            if key in self.nominals:
                kind, gender = self.nominals[key]
                return Nominal(key, kind, gender, start)
        return None


def _aliases(row: list[str]) -> tuple[str, ...]:
    return tuple(a.strip() for a in row[3].split(",") if a.strip()) if len(row) > 3 else ()


def _rows(text: str) -> Iterable[list[str]]:
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            yield [cell.strip() for cell in line.split("\t")]


def epithets() -> frozenset[str]:
    """The role nouns of `quotes/data/epithets.txt`: "the striker" after the striker's own quote."""
    return data_lexicon("epithets.txt")


@lru_cache(maxsize=1)
def default_lexicons() -> Lexicons:
    """The lexicons shipped in `quotes/data/`."""
    return Lexicons.from_texts(
        *map(data_text, ("first_names.txt", "nominals.txt", "media.txt", "countries.txt", "name_parts.txt"))
    )


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Speaker:
    """Who a mention refers to. ``canonical`` is None when that could not be told."""

    canonical: str | None
    type: str = "unknown"
    role: str | None = None
    affiliation: str | None = None
    resolution: str = "as-written"
    gender: str | None = None
    number: str = "sg"


UNKNOWN = Speaker(None)


@dataclass
class _Mention:
    """A place in the document that may name a speaker, with what the parse says about it."""

    token: Token  # the head
    sent: int
    subject: bool
    quote: int | None  # the quoted content it stands in (an index into the sorted contents), if any
    is_speaker: bool = False
    speaker: Speaker | None = None


@dataclass
class _Name:
    """The proper-name part of a mention, as written and as a matching key."""

    text: str
    key: str
    kind: str  # person | organisation | place | media | group | unknown
    gender: str | None
    size: int  # tokens in the key: the fullest form of a cluster has most


# ---------------------------------------------------------------------------------------------
# Public API


def resolve_speakers(
    doc: Doc, quotes: list[Quote], *, lexicons: Lexicons | None = None, text: str | None = None
) -> None:
    """Fill the speaker fields of ``quotes`` (canonical, type, role, affiliation, resolution) in place.

    A quote without a speaker mention gets canonical None and type "unknown". A quote whose
    ``speaker_resolution`` is already "inherited" keeps it, but still gets the canonical name of its
    mention. Runs in one pass over the document's mentions.

    Args:
        doc: the parsed document the quotes' offsets point into (a parser and NER are used).
        quotes: the quotes found in ``doc``.
        lexicons: the word lists; by default those in `quotes/data/`.
        text: ``doc.text``, when the caller has it (saves rebuilding it from the tokens).
    """
    if not any(q.speaker_start is not None for q in quotes):
        for quote in quotes:  # nothing to resolve: skip indexing the document
            _fill(quote, UNKNOWN if quote.speaker is None else Speaker(_clean(quote.speaker) or None))
        return
    resolver = _Resolver(doc, quotes, lexicons or default_lexicons(), text)
    for quote in quotes:
        span = resolver.speaker_spans.get(id(quote))
        speaker = resolver.speaker_of(span) if span is not None else None
        if speaker is None:
            if quote.speaker_start is None:
                speaker = UNKNOWN
            else:  # offsets that fall outside the document: keep the mention as written
                speaker = Speaker(_clean(quote.speaker or "") or None)
        _fill(quote, speaker)


# ---------------------------------------------------------------------------------------------
# The resolver: index once, then resolve in document order


class _Resolver:
    def __init__(self, doc: Doc, quotes: list[Quote], lex: Lexicons, text: str | None = None) -> None:
        self.doc, self.lex = doc, lex
        self.n_chars = text_length(doc)
        self.text = text = text if text is not None and len(text) == self.n_chars else doc.text
        self.sent_of = _sentence_numbers(doc)
        self.ents = list(doc.ents)  # `doc.ents` makes new spans on every access
        # an entity across a line break ("Dunmore Precision \n\n Shares") is the tagger's mistake
        self.entity_of: dict[int, Span] = {
            i: ent for ent in self.ents if "\n" not in text[ent.start_char : ent.end_char] for i in range(ent.start, ent.end)
        }
        spans = sorted((q.quote_start, q.quote_end) for q in quotes)
        self.quote_spans = spans
        self.quote_starts = [start for start, _ in spans]
        self.speaker_spans: dict[int, Span] = {}  # id(quote) -> its speaker mention
        self.resolved: dict[int, Speaker] = {}  # token index -> speaker
        self.by_sent: dict[int, list[_Mention]] = defaultdict(list)
        self.by_head: dict[str, list[_Mention]] = defaultdict(list)
        self.previous_speakers: list[_Mention] = []
        self.statements = _statement_events(doc, self.lex, self.entity_of)
        self.statement_starts = [t.idx for t, _ in self.statements]
        self._names: dict[int, _Name | None] = {}
        self._left: dict[int, list[Token]] = {}  # token index -> `_left_part` (read only, never changed)
        self._parts: dict[int, tuple[list[Token], list[Token]]] = {}  # token index -> `_person_parts`
        self.gender_of: dict[str, str] = {}  # cluster key -> gender
        self.kind_of: dict[str, str] = {}  # cluster key -> type

        self._rest: list[_Mention] = []
        mentions = self._index(quotes)
        self.cluster_of, self.canonical_of = self._cluster(mentions)
        # In document order: every mention sees only what precedes it. Those after the last speaker
        # mention are visited only if a later `resolve` needs a token not resolved yet (`_rest`).
        last = max((span.end - 1 for span in self.speaker_spans.values()), default=len(doc))
        stop = next((k for k, m in enumerate(mentions) if m.token.i > last), len(mentions))
        for mention in mentions[:stop]:
            self._visit(mention)
        self._rest = mentions[stop:]

    # --- indexing -----------------------------------------------------------------------------

    def _index(self, quotes: list[Quote]) -> list[_Mention]:
        """Mentions that can name a speaker, one per head token, in document order."""
        heads: dict[int, bool] = {}  # token index -> is a quote's speaker
        for root in _noun_chunk_roots(self.doc) if self.doc.has_annotation("DEP") else ():
            heads.setdefault(root, False)
        for ent in self.ents:
            if ent.label_ in ENTITY_LABELS:
                heads.setdefault(ent.root.i, False)
        for quote in quotes:
            span = self._speaker_span(quote)
            if span is not None:
                self.speaker_spans[id(quote)] = span
                heads[_head_of(span).i] = True
        mentions = []
        for i in sorted(heads):
            token = self.doc[i]
            if heads[i] or self._worth_indexing(token):
                mentions.append(
                    _Mention(
                        token=token,
                        sent=self.sent_of[i],
                        # a head the parser hung on a headline above counts as its line's subject
                        subject=token.dep_ in SUBJECT_DEPS or self.sent_of[token.head.i] != self.sent_of[i],
                        quote=None if heads[i] else self._quote_at(token.idx),
                        is_speaker=heads[i],
                    )
                )
        return mentions

    def speaker_of(self, span: Span) -> Speaker:
        """Who a quote's speaker mention is; names coordinated inside it are one group:
        "Raymond Poole and Denise Whitlow"."""
        token = _head_of(span)
        if not self.doc.has_annotation("DEP"):  # no parse to read: the mention as written
            pronoun = len(span) == 1 and span[0].lower_ in PRONOUNS
            return Speaker(None, resolution="pronoun") if pronoun else Speaker(_clean(span.text) or None)
        speaker = self.resolved.get(token.i, UNKNOWN)
        named = token if self.name_of(token) is not None else self._apposed_name(token)
        if named is None or speaker.canonical is None:
            return speaker
        names = [speaker.canonical]
        for conj in _conjuncts(named):
            if span.start <= conj.i < span.end and self._is_proper(conj) and self.name_of(conj) is not None:
                other = self.resolve(conj).canonical
                if other and other not in names:
                    names.append(other)
        if len(names) == 1:
            return speaker
        joined = ", ".join(names[:-1]) + " and " + names[-1]
        return Speaker(joined, "group", resolution=speaker.resolution, number="pl")

    def _speaker_span(self, quote: Quote) -> Span | None:
        if quote.speaker_start is None or quote.speaker_end is None:
            return None
        if not 0 <= quote.speaker_start < quote.speaker_end <= self.n_chars:
            return None
        return self.doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")

    def _worth_indexing(self, token: Token) -> bool:
        pronoun = _pronoun(token)
        if pronoun is not None:
            return pronoun in CHAIN_PRONOUNS and token.dep_ in SUBJECT_DEPS and not _expletive(token)
        if token.pos_ == "PRON":
            return False
        if token.dep_ == "conj" and any(c.text == "&" for c in token.head.children):
            return False  # "Finch" in "Pellow & Finch" is part of a name
        entity = self.entity_of.get(token.i)
        if entity is not None and entity.label_ in ENTITY_LABELS:
            return True
        if entity is not None and entity.label_ in NUMERIC_LABELS:
            return False
        return token.tag_ in ("NNP", "NNPS") or self.lex.nominal(token) is not None

    def _quote_at(self, char: int) -> int | None:
        """The quoted content ``char`` is in: the latest-starting one that holds it."""
        i = bisect.bisect_right(self.quote_starts, char) - 1
        for j in range(i, max(-1, i - 3), -1):  # contents seldom overlap: a few steps back suffice
            if char < self.quote_spans[j][1]:
                return j
        return None

    # --- name variants ----------------------------------------------------------------------

    def _cluster(self, mentions: list[_Mention]) -> tuple[dict[str, str], dict[str, str]]:
        """Map each name key to its cluster's key, and each cluster key to its canonical form."""
        names = [n for n in (self.name_of(m.token) for m in mentions) if n is not None]
        surnames: dict[str, list[_Name]] = defaultdict(list)  # "varga", "van dierendonck" -> full names
        bodies: dict[str, list[_Name]] = defaultdict(list)  # "northlink" -> "northlink rail"
        mislabelled: dict[str, list[_Name]] = defaultdict(list)  # "vale" -> "tamsin vale" tagged ORG
        for name in names:
            words = name.key.split()
            if name.kind == "person" and name.size > 1:
                for k in range(1, len(words)):
                    surnames[" ".join(words[k:])].append(name)
            elif name.kind in ("organisation", "place", "unknown") and name.size == 2 and _first_and_last(name.text):
                mislabelled[words[-1]].append(name)
            if name.kind in ("organisation", "media") and name.size > 1 and name not in bodies[words[0]]:
                bodies[words[0]].append(name)
        cluster_of: dict[str, str] = {}
        people: set[str] = set()  # mislabelled full names a person's surname joined
        by_suffix: dict[str, str] = {}  # "defence ministry" -> "russian defence ministry"
        for name in sorted(names, key=lambda n: n.size, reverse=True):
            if name.key in cluster_of:
                continue
            full = self._fuller_name(name, surnames, bodies)
            if full is None and name.kind == "person" and name.size == 1:
                # "Vale" (a person) and the one "Tamsin Vale" the tagger called an organisation or place
                candidates = {n.key: n for n in mislabelled.get(name.key.split("#")[0], ())}
                if len(candidates) == 1:
                    full = next(iter(candidates.values()))
                    people.add(full.key)
            if full is not None:
                cluster_of[name.key] = cluster_of.get(full.key, full.key)
            elif name.size > 1 and name.kind in ("organisation", "media") and name.key in by_suffix:
                cluster_of[name.key] = cluster_of[by_suffix[name.key]]
            else:
                cluster_of[name.key] = name.key
            if name.kind in ("organisation", "media"):
                words = name.key.split()
                for k in range(1, len(words) - 1):  # proper suffixes of two words or more
                    by_suffix.setdefault(" ".join(words[k:]), name.key)
        members: dict[str, list[_Name]] = defaultdict(list)
        for name in names:
            members[cluster_of[name.key]].append(name)
        canonical = {}
        for key, group in members.items():
            canonical[key] = _canonical_form(group)
            gender = next((n.gender for n in group if n.gender), None)
            if gender is not None:
                self.gender_of[key] = gender
            # the tagger labels one name differently from one mention to the next: among the forms as
            # full as the canonical one, the majority decides, then the canonical form's label
            size = max(n.size for n in group)
            kinds = Counter(n.kind for n in group if n.kind != "unknown" and n.size == size)
            fullest = next(n.kind for n in group if n.text == canonical[key])
            top = max(kinds.values(), default=0)
            self.kind_of[key] = fullest if kinds.get(fullest, 0) == top else kinds.most_common(1)[0][0]
            if key in people:
                self.kind_of[key] = "person"
        return cluster_of, canonical

    def _fuller_name(
        self, name: _Name, surnames: dict[str, list[_Name]], bodies: dict[str, list[_Name]]
    ) -> _Name | None:
        """The fuller name a short one stands for: a surname ("Varga", "Ms Varga", "Van Dierendonck")
        for the first full name ending with it whose gender does not clash; a one-word organisation
        ("Northlink") for the only longer one that starts with it. The tagger's label for a short
        name varies ("Marten" as a place), so only a country or an outlet is kept apart."""
        plain = name.key.split("#")[0]
        if name.kind == "media" or plain in self.lex.country_key:
            return None
        for full in surnames.get(plain, ()):
            if full.size > name.size and (name.gender is None or full.gender in (None, name.gender)):
                return full
        longer = bodies.get(plain, ()) if name.size == 1 and name.kind != "place" else ()
        return longer[0] if len({b.key for b in longer}) == 1 else None

    def name_of(self, token: Token) -> _Name | None:
        """The proper-name part of the mention headed by ``token`` (cached)."""
        if token.i not in self._names:
            self._names[token.i] = self._read_name(token)
        return self._names[token.i]

    def _read_name(self, token: Token) -> _Name | None:
        if _pronoun(token) is not None or token.pos_ == "PRON":
            return None
        nominal = self.lex.nominal(token)
        if nominal is not None and nominal.kind == "statement" and token.pos_ != "PROPN":
            return None  # "The US Central Command statement" names its issuer, not itself
        left = self._left_part(token)
        entity = self.entity_of.get(token.i)
        if entity is not None and entity.label_ == "PERSON" and not self._not_a_person(entity):
            return self._make_name(self._person_parts(token)[1], "person")
        if self._is_proper(token) and self._titled(token):  # "Detective Sergeant Nia Rowlands"
            return self._make_name(self._person_parts(token)[1], "person")
        if self._is_proper(token):
            tokens = self._name_run(token, left, entity) + _right_part(token)
            return self._make_name(tokens, self._name_kind(token, entity, tokens))
        if nominal is not None and nominal.kind in PERSON_KINDS and token.is_lower:
            return None  # "the Rovers boss", "Labour's leader": who holds the role, not a name
        if any(self._is_proper(t) for t in left[:-1]) or self._proper_possessor(token):
            return self._make_name(left, self._name_kind(token, entity, left))
        return None

    def _text(self, tokens: list[Token]) -> str:
        """`_text`, sliced from the document's text."""
        if not tokens:
            return ""
        last = tokens[-1]
        return self.text[tokens[0].idx : last.idx + len(last)]

    def _left_part(self, token: Token) -> list[Token]:
        """`_left_part`, once per token (the list is shared: callers must not change it)."""
        left = self._left.get(token.i)
        if left is None:
            left = self._left[token.i] = _left_part(token)
        return left

    def _person_parts(self, token: Token) -> tuple[list[Token], list[Token]]:
        """`_read_person_parts`, once per token (the lists are shared: callers must not change them)."""
        parts = self._parts.get(token.i)
        if parts is None:
            parts = self._parts[token.i] = self._read_person_parts(token)
        return parts

    def _read_person_parts(self, token: Token) -> tuple[list[Token], list[Token]]:
        """A person's title and name: "Chief Constable" and "Rhiannon Pryce"; "Ms Varga" keeps its honorific.

        The title is what is written before the name in the same noun phrase ("Kremlin spokesman",
        "Detective Sergeant"); post-nominals ("KC") are dropped.
        """
        entity = self.entity_of.get(token.i)
        left = self._left_part(token)
        if entity is not None and entity.label_ == "PERSON":
            before = [t for t in left if t.i < entity.start]
            name = list(entity)  # the whole entity, whatever the parse made of it ("Alan Greaves KC")
            cut = next((k for k, t in enumerate(name) if k and any(c.isdigit() for c in t.text)), None)
            if cut is not None:
                name = name[:cut]  # "beat Marta Kowalczyk 4-6 6-3 6-2": the score is no part of the name
            if before and before[-1].is_title and before[-1].lower_ in self.lex.first_names:
                name.insert(0, before.pop())  # "Marta" tagged apart from "Kowalczyk"
        else:  # a run of proper nouns the tagger did not call a person: "Bassist Euan Faulds"
            name = self._name_run(token, left, entity)
            before = [t for t in left if t.i < name[0].i]
            first = next((k for k, t in enumerate(name[:-1]) if k and t.lower_ in self.lex.first_names), None)
            if first is not None and all(t.is_sent_start or self._is_title_word(t) for t in name[:first]):
                before, name = before + name[:first], name[first:]
        while len(name) > 1 and self.lex.name_part(name[-1].text) == "post-nominal":
            name.pop()
        while len(name) > 1 and (self._is_title_word(name[0]) or self.lex.honorific(name[0].text) is not None):
            before.append(name.pop(0))  # "Constable Rhiannon Pryce" as tagged
        if before and self.lex.honorific(before[-1].text) is not None:
            name.insert(0, before.pop())
        return before, name

    def _titled(self, token: Token) -> bool:
        """A proper-noun run that is a person's name after a title or role the tagger left in it."""
        title, name = self._person_parts(token)
        run = self._name_run(token, self._left_part(token), None)
        return len(name) > 1 and any(t in run for t in title) and (
            name[0].lower_ in self.lex.first_names or any(self.lex.name_part(t.text) == "title" for t in title)
        )

    def _is_title_word(self, token: Token) -> bool:
        nominal = self.lex.nominal(token)
        return self.lex.name_part(token.text) == "title" or (
            nominal is not None and nominal.kind in PERSON_KINDS and nominal.start == token.i
        )

    def _not_a_person(self, entity: Span) -> bool:
        """A PERSON the tagger got wrong: an outlet ("Sputnik"), an acronym ("SAIC"), a plural ("Harbour Lights")."""
        text = entity.text.strip()
        acronym = len(entity) == 1 and len(text) > 1 and text.isupper()
        return _plain(text) in self.lex.media or acronym or entity.root.tag_ == "NNPS"

    def _name_run(self, token: Token, left: list[Token], entity: Span | None) -> list[Token]:
        """The proper nouns that end at ``token``: "SANA" in "state-run news agency SANA"."""
        run = [token]
        for t in reversed(left[:-1]):
            in_entity = entity is not None and entity.start <= t.i < entity.end and (not t.is_lower or t.lower_ == "and")
            if t.tag_ in ("NNP", "NNPS") or in_entity or t.text in ("-", "–", "&"):
                run.insert(0, t)
            elif t.tag_ == "POS" and t.i > 0 and self._is_proper(t.doc[t.i - 1]):
                run.insert(0, t)  # "Russia's Defence Ministry", "Harlow County District Attorney's Office"
            else:
                break
        while len(run) > 1 and (run[0].text in ("-", "–", "&") or run[0].tag_ == "POS"):
            run.pop(0)
        return run

    def _is_proper(self, token: Token) -> bool:
        return _is_proper(token, self.entity_of)

    def _proper_possessor(self, token: Token) -> bool:
        return any(c.dep_ == "poss" and self._is_proper(c) for c in token.children)

    def _name_kind(self, token: Token, entity: Span | None, tokens: list[Token]) -> str:
        text = _plain(self._text(tokens))
        if text in self.lex.media:
            return "media"
        nominal = self.lex.nominal(token)
        organisation = entity is not None and entity.label_ == "ORG" and len(tokens) > 1
        if nominal is not None and nominal.kind in KIND_TYPES and not (organisation and nominal.kind in PERSON_KINDS):
            return _kind_type(nominal, token)  # but "the Health and Safety Executive" is no person
        first = tokens[0].text if tokens else ""
        if self.lex.honorific(first) is not None or any(t.lower_ in self.lex.first_names for t in tokens[:-1]):
            return "person"  # the tagger's ORG for "Helena Varga" loses to the first name
        if entity is not None and entity.label_ == "PERSON" and self._not_a_person(entity):
            return "organisation"
        if entity is not None and entity.label_ in LABEL_TYPES:
            return LABEL_TYPES[entity.label_]
        if text in self.lex.country_key:
            return "place"
        if entity is not None and entity.label_ == "NORP":
            return "group" if _plural(token) else "unknown"
        return "unknown"

    def _adjectival(self, text: str) -> str:
        """ "Russia's Defence Ministry" -> "Russian Defence Ministry" (the lexicon's countries), and
        "Valdoria's defence ministry" -> "Valdorian defence ministry" when the document itself uses
        the adjective "Valdorian" (a country the lexicon does not list)."""
        text = self.lex.adjectival(text)
        if "s" not in text:
            return text

        def adjective(match: re.Match[str]) -> str:
            place = match.group(1)
            for form in (place + "n", place + "an", place + "ian"):
                if form in self._capitalised_words:
                    return form
            return match.group(0)

        return _POSSESSIVE_PLACE.sub(adjective, text)

    @cached_property
    def _capitalised_words(self) -> frozenset[str]:
        """The document's capitalised words ending in "n" ("Valdorian"), read off its text."""
        return frozenset(_CAPITALISED_N.findall(self.text))

    def _make_name(self, tokens: list[Token], kind: str) -> _Name | None:
        tokens = _strip(tokens)
        if not tokens:
            return None
        words = [t for t in tokens if self.lex.honorific(t.text) is None]
        if kind == "person" and len(words) > 1 and words[0] is not tokens[0]:
            tokens = tokens[tokens.index(words[0]) :]  # "Mr Tom Reed" is shown as "Tom Reed"
        text = _clean(self._adjectival(self._text(tokens)))
        gender = None
        if kind == "person":
            honorifics = [self.lex.honorific(t.text) for t in tokens if self.lex.honorific(t.text) is not None]
            first_name = self.lex.first_names.get(words[0].lower_) if len(words) > 1 else None
            gender = (honorifics[0] if honorifics else None) or first_name or None  # "Dr" marks no gender
        key = _key(" ".join(t.text for t in words) if words else text, self.lex)
        if not key:
            return None
        size = len(key.split())
        if kind == "person" and size == 1 and gender:
            key = f"{key}#{gender}"  # "Mrs Howard" is not "Mr Howard"
        return _Name(text, key, kind, gender, size)

    # --- walking the mentions ---------------------------------------------------------------

    def _visit(self, mention: _Mention) -> None:
        speaker = self.resolve(mention.token)
        mention.speaker = speaker
        if speaker.canonical is None:
            return
        self.by_sent[mention.sent].append(mention)
        if mention.is_speaker:
            self.previous_speakers.append(mention)
        if self.name_of(mention.token) is None and speaker.resolution == "as-written":
            return  # "a spokesman" with no one behind it: nothing for a later "the spokesman"
        nominal = self.lex.nominal(mention.token)
        keys = {_lemma(mention.token), speaker.role, nominal.key if nominal else None}
        description = _description_head(mention.token, self.lex) or self._apposed_role(mention.token)
        if description is not None and self.name_of(mention.token) is not None:
            keys.add(_lemma(description))  # "Budget airline Skyvane": a later "the airline"
        for key in keys:
            if key:
                self.by_head[key].append(mention)

    def resolve(self, token: Token) -> Speaker:
        """Who the mention headed by ``token`` refers to (cached; the rules in the module docstring)."""
        if token.i not in self.resolved:
            if self._rest:  # the walk stopped early: finish it first, so that this sees what it would have
                rest, self._rest = self._rest, []
                for mention in rest:
                    self._visit(mention)
                if token.i in self.resolved:
                    return self.resolved[token.i]
            self.resolved[token.i] = UNKNOWN  # a guard against cycles through appositions
            self.resolved[token.i] = self._apply_rules(token)
        return self.resolved[token.i]

    def _apply_rules(self, token: Token) -> Speaker:
        rules: tuple[Callable[[Token], Speaker | None], ...] = (
            self._resolve_pronoun,
            self._resolve_spokesperson,
            self._resolve_members,
            self._resolve_statement,
            self._resolve_described_name,
            self._resolve_demonym,
            self._resolve_person_description,
            self._resolve_nominal,
            self._resolve_name,
        )
        for rule in rules:
            speaker = rule(token)
            if speaker is not None:
                return speaker
        return self._resolve_as_written(token)

    # --- 1. pronouns --------------------------------------------------------------------------

    def _resolve_pronoun(self, token: Token) -> Speaker | None:
        pronoun = _pronoun(token)
        if pronoun is None and token.pos_ != "PRON":
            return None
        antecedent = self._antecedent(token, pronoun) if pronoun is not None else None
        if antecedent is None and pronoun == "we":
            antecedent = self._speaker_affiliation(token)
        if antecedent is None:  # "I", "you", or nothing compatible in reach
            return Speaker(None, resolution="pronoun")
        return replace(antecedent, resolution="pronoun")

    def _antecedent(self, token: Token, pronoun: str) -> Speaker | None:
        """The best compatible mention before ``token``, latest sentence first; a mention in quoted
        content only for a pronoun in the same content."""
        sent, quote = self.sent_of[token.i], self._quote_at(token.idx)
        for s in range(sent, max(-1, sent - PRONOUN_WINDOW - 1), -1):
            candidates = [
                m for m in self.by_sent.get(s, ())
                if m.token.i < token.i and (m.quote is None or m.quote == quote) and m.speaker is not None
                and _agrees(m.speaker, pronoun)
            ]  # fmt: skip
            if candidates:
                return max(candidates, key=lambda m: _rank(m, pronoun)).speaker
        for mention in reversed(self.previous_speakers):
            if sent - mention.sent > SPEAKER_WINDOW:
                break
            if mention.token.i < token.i and mention.speaker is not None and _agrees(mention.speaker, pronoun):
                return mention.speaker
        return None

    def _speaker_affiliation(self, token: Token) -> Speaker | None:
        """ "we" in a speaker's words is their organisation: the latest speaker's affiliation."""
        for mention in reversed(self.previous_speakers[-3:]):
            speaker = mention.speaker
            if speaker is not None and speaker.affiliation and self.sent_of[token.i] - mention.sent <= PRONOUN_WINDOW:
                return Speaker(speaker.affiliation, "organisation", resolution="pronoun", number="pl")
        return None

    # --- 2, 3. spokespeople and members ------------------------------------------------------

    def _resolve_spokesperson(self, token: Token) -> Speaker | None:
        nominal = self.lex.nominal(token)
        if nominal is None or nominal.kind != "spokes" or token.tag_ in ("NNP", "NNPS"):
            return None
        affiliation = self._affiliation(token, people=True)  # "a spokesman for Mr Blair" speaks for him
        named = self._apposed_name(token)
        if named is not None:
            person = self.resolve(named)
            return replace(person, type="person", role=nominal.key, affiliation=affiliation and affiliation.canonical,
                           gender=person.gender or nominal.gender)  # fmt: skip
        if _plural(token):
            return None  # "officials from both sides": a group, as written
        if affiliation is not None and affiliation.canonical is not None:
            kind = affiliation.type if affiliation.type != "unknown" else "organisation"
            return Speaker(affiliation.canonical, kind, role=nominal.key, resolution="nominal")
        earlier = self._same_head(token, nominal, "sg") if _determiner(token) in DEFINITE else None
        if earlier is not None and earlier.speaker is not None:  # "the spokesman" after "a spokesman for X"
            return replace(earlier.speaker, resolution="nominal")
        body = self._latest_body(token)  # "a spokesman said": for the organisation in focus
        if body is not None and body.speaker is not None:
            return replace(body.speaker, type="organisation", role=nominal.key, affiliation=None, resolution="nominal")
        return None

    def _resolve_members(self, token: Token) -> Speaker | None:
        """ "Analysts at Pelham Wright", "officials at the Civil Aviation Directorate": the body they speak for."""
        if not _plural(token) or token.ent_type_ in ("PERSON", "ORG", "GPE", "FAC"):
            return None
        nominal = self.lex.nominal(token)
        if nominal is not None and nominal.kind not in PERSON_KINDS:
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in MEMBER_PREPS:
                objects = [c for c in child.children if c.dep_ == "pobj" and self._is_proper(c)]
                body = self.resolve(objects[0]) if objects else UNKNOWN
                if body.canonical is not None and body.type not in ("place", "group"):
                    kind = "organisation" if body.type in ("person", "unknown") else body.type
                    return replace(body, type=kind, role=None, resolution="nominal")
        return None

    def _affiliation(self, token: Token, *, people: bool = False) -> Speaker | None:
        """Whom a role noun works for: "for the Culture Ministry", "the ministry's", "its", "Kremlin spokesman".

        Args:
            people: a person counts too ("a spokesman for Mr Blair", "her spokesman").
        """
        affiliation = self._prep_affiliation(token, people=people)
        if affiliation is not None:
            return affiliation
        for child in token.children:
            if child.dep_ == "poss":
                pronoun = POSSESSIVES.get(child.lower_)
                if pronoun is not None and (people or pronoun in ("it", "they")):
                    return self._antecedent(child, pronoun)
                if self._is_body(child) or (people and self.name_of(child) is not None):
                    return self.resolve(child)
        compounds = [c for c in token.children if c.dep_ == "compound" and self._is_proper(c)]
        if compounds:
            return self.resolve(compounds[-1])
        return None

    def _prep_affiliation(self, token: Token, *, people: bool = False) -> Speaker | None:
        """ "for the Culture Ministry", "at Deutsche Bank": a body (or a person) after a preposition."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPS:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and (self._is_body(objects[0]) or (people and self._is_role(objects[0]))):
                    speaker = self.resolve(objects[0])
                    if speaker.type not in ("person", "group") or (people and speaker.type == "person"):
                        return speaker
        return None

    def _is_body(self, token: Token) -> bool:
        """A name, or a noun for an organisation or outlet ("the ministry"): what one can work for."""
        if _pronoun(token) is not None or token.pos_ == "PRON":
            return False
        nominal = self.lex.nominal(token)
        return self.name_of(token) is not None or (nominal is not None and nominal.kind in BODY_KINDS)

    def _is_role(self, token: Token) -> bool:
        """A noun for a person's role: "the UN secretary-general" one can speak for."""
        nominal = self.lex.nominal(token)
        return nominal is not None and nominal.kind in PERSON_KINDS and not _plural(token)

    def _apposed_name(self, token: Token) -> Token | None:
        """A name in apposition to a description: "a spokeswoman, Anna Kerr" / "Anna Kerr, a spokeswoman";
        through a second description: "Two other writers, the poet Sam Adeyemi"."""
        for child in token.children:
            if child.dep_ == "appos" and self._is_apposed_name(token, child):
                return child
        if token.dep_ == "appos" and self._is_apposed_name(token, token.head):
            return token.head
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                inner = next((c for c in child.children if c.dep_ == "appos" and self._is_apposed_name(child, c)), None)
                if inner is not None:
                    return inner
        return None

    def _is_apposed_name(self, token: Token, other: Token) -> bool:
        """A proper name beside ``token`` in the same line (a headline above is no apposition)."""
        if not self._is_proper(other) or self.name_of(other) is None:
            return False
        low, high = sorted((token.i, other.i))
        return not any("\n" in t.text for t in token.doc[low:high])

    # --- 4. statements --------------------------------------------------------------------

    def _resolve_statement(self, token: Token) -> Speaker | None:
        nominal = self.lex.nominal(token)
        if nominal is None or nominal.kind != "statement" or token.pos_ == "PROPN":  # "the Caldor Post"
            return None
        issuer = _own_issuer(token, self.entity_of)
        determiner = _determiner(token)
        if determiner not in DETERMINERS or _plural(token) or any(t.ent_type_ == "NORP" for t in self._left_part(token)):
            determiner = None  # "Chinese state press reports" are no one statement: as written
        i = bisect.bisect_left(self.statement_starts, token.idx) - 1
        if issuer is None and determiner and i >= 0:  # "the statement": the latest one with a named issuer
            issuer = self.statements[i][1]
        if issuer is not None:
            speaker = self.resolve(issuer)
            if speaker.canonical is not None and (speaker.type != "unknown" or self.name_of(issuer) is not None):
                return replace(speaker, resolution="nominal", role=None)
        if not determiner:
            return None
        previous = self._previous_speaker(token)
        if previous is not None and previous.type in ("organisation", "place", "media"):
            return replace(previous, resolution="nominal")
        return None

    def _previous_speaker(self, token: Token) -> Speaker | None:
        for mention in reversed(self.previous_speakers):
            if mention.token.i < token.i:
                return mention.speaker
        return None

    # --- 5. description + name --------------------------------------------------------------

    def _resolve_described_name(self, token: Token) -> Speaker | None:
        """ "Russian news agency, Sputnik" / "news agency SANA" / "Maria Lopez, the town's mayor"."""
        if token.pos_ == "NOUN":  # "Her barrister, Ruth Abernathy"; "the monitoring site OutageWatch"
            named = self._apposed_name(token)
            if named is not None:
                return self._described(self.resolve(named), token, named)
        name = self.name_of(token)
        description = _description_head(token, self.lex)
        if name is None or description is None:
            return None
        return self._described(self._name_speaker(token, name), description, token)

    def _described(self, speaker: Speaker, description: Token, name: Token) -> Speaker:
        """A named speaker with what its description says: a role, an outlet, a body."""
        if speaker.canonical is None:
            return speaker
        nominal = self.lex.nominal(description)
        kind = nominal.kind if nominal is not None else None
        if kind == "media" and speaker.type in ("unknown", "organisation", "person"):
            return replace(speaker, type="media")
        if kind in ("organisation", "body") and speaker.type in ("unknown", "person"):
            return replace(speaker, type="organisation")  # "marketing company Doubleclick"
        if speaker.type == "organisation" and kind in PERSON_KINDS and self.lex.nominal(name) is None:
            speaker = replace(speaker, type="person")  # "Jean-Philippe Cotis, the OECD's chief economist"
        if kind in PERSON_KINDS or (kind is None and speaker.type == "person"):
            affiliation = self._affiliation(description)
            return replace(
                speaker,
                type="person",
                role=speaker.role or (nominal.key if nominal is not None else description.lemma_.lower()),
                affiliation=speaker.affiliation or (affiliation.canonical if affiliation is not None else None),
                gender=speaker.gender or (nominal.gender if nominal is not None else None),
            )
        return speaker

    # --- 6, 7. demonyms and people in focus ------------------------------------------------------------------------

    def _resolve_demonym(self, token: Token) -> Speaker | None:
        country = self.lex.by_people.get(token.lower_)
        if country is None or not _plural(token) or any(c.dep_ == "compound" for c in token.children):
            return None
        key = _key(country.name, self.lex)
        canonical = self.canonical_of.get(self.cluster_of.get(key, ""), country.name)
        return Speaker(canonical, "place", resolution="nominal", number="pl")

    def _resolve_person_description(self, token: Token) -> Speaker | None:
        """ "the 51-year-old", "the Argentine": the person in focus."""
        if _determiner(token) not in DEFINITE or _plural(token):
            return None
        aged = token.lower_ == "old" and any(_lemma(c) == "year" for c in token.children)
        if not aged and token.lower_ not in self.lex.nationalities:
            return None
        person = self._antecedent(token, "person")
        return replace(person, resolution="nominal") if person is not None else None

    # --- 8. nominals ------------------------------------------------------------------------

    def _resolve_nominal(self, token: Token) -> Speaker | None:
        nominal = self.lex.nominal(token)
        if nominal is None:  # "the directorate", "the warden": a head noun no lexicon lists
            if token.pos_ != "NOUN" or _determiner(token) != "the" or _plural(token) or self.name_of(token):
                return None
            nominal = Nominal(_lemma(token), "unknown", None, token.i)
        if not self._is_bare(token, nominal):
            return None
        determiner = _determiner(token)
        definite = determiner in DEFINITE or (determiner is None and nominal.kind in BODY_KINDS and not _plural(token))
        if not definite or (_plural(token) and nominal.kind in PERSON_KINDS):
            return None  # "officials": a group, as written
        number = "pl" if _kind_type(nominal, token) == "group" else "sg"
        antecedent = self._same_head(token, nominal, number)
        if antecedent is None and nominal.key in epithets() and number == "sg":
            speaker = self._speaker_in_focus(token, nominal.gender)
            if speaker is not None:  # "Achebe told the BBC ... 'We had it won,' the striker said"
                return replace(speaker, resolution="nominal")
        if nominal.kind == "body" and number == "sg":  # "the company" after "The Vestey Group"
            body = self._latest_body(token)
            descriptive = antecedent is not None and antecedent.speaker.resolution == "as-written" and (
                self._is_bare(antecedent.token, nominal)
            )
            if body is not None and (antecedent is None or (descriptive and antecedent.token.i < body.token.i)):
                return replace(body.speaker, type="organisation", resolution="nominal")  # type: ignore[arg-type]
        if antecedent is None or antecedent.speaker is None:
            return None
        return replace(antecedent.speaker, resolution="nominal")

    def _speaker_in_focus(self, token: Token, gender: str | None) -> Speaker | None:
        """The latest person who spoke in this sentence or the one before (quoted sentences not
        counted), for a role noun that names no one earlier: "the striker", "the Rovers boss" after
        the player's or manager's own quotes."""
        for mention in reversed(self.previous_speakers):
            if mention.token.i >= token.i:
                continue
            if self._sentences_between(mention.token, token) > 1:
                return None
            speaker = mention.speaker
            if speaker is not None and speaker.type == "person" and speaker.number == "sg" and (
                gender is None or speaker.gender in (None, gender)
            ):
                return None if self._other_person_between(mention, token, speaker) else speaker
        return None

    def _other_person_between(self, mention: _Mention, token: Token, speaker: Speaker) -> bool:
        """Whether someone else is named after ``mention`` and before ``token``, outside quotes: then a
        role noun may well be them, or a newcomer ("..., Mr Blair said. The chancellor said ...")."""
        for sent in range(mention.sent, self.sent_of[token.i] + 1):
            for other in self.by_sent.get(sent, ()):
                if mention.token.i < other.token.i < token.i and other.quote is None and other.speaker is not None:
                    if other.speaker.type == "person" and other.speaker.canonical != speaker.canonical:
                        return True
        return False

    def _sentences_between(self, first: Token, last: Token) -> int:
        """How many sentences start after ``first`` and up to ``last``, leaving out those inside quotes."""
        count = 0
        for i in range(first.i + 1, last.i + 1):
            if self.sent_of[i] == self.sent_of[i - 1]:
                continue
            start = self.doc[i + 1] if self.doc[i].is_quote and i + 1 < len(self.doc) else self.doc[i]
            if self._quote_at(start.idx) is None:  # the first word, after an opening mark
                count += 1
        return count

    def _same_head(self, token: Token, nominal: Nominal, number: str) -> _Mention | None:
        """The latest earlier mention with this head noun or role that names someone, in this number."""
        for key in (nominal.key, _lemma(token)):
            for mention in reversed(self.by_head.get(key, ())):
                speaker = mention.speaker
                if mention.token.i < token.i and speaker is not None and speaker.number == number:
                    if _plain(speaker.canonical or "") in (key, _lemma(token)):
                        continue  # "Minister digs in" (a headline) names no one: look further back
                    return mention
        return None

    def _latest_body(self, token: Token) -> _Mention | None:
        """The named organisation of the latest sentence that has one, subject first, outside quotes
        (but for the subject of the quote in the same sentence: "Castlebrook Police will trial ...,
        the force said"). Failing one in reach, a name the tagger called a person but that nothing
        marks as one (no known first name, no honorific): "Tallyo", "Kelby Rail"."""
        sent, quote = self.sent_of[token.i], self._quote_at(token.idx)
        for named in (True, False):
            for s in range(sent, max(-1, sent - SPEAKER_WINDOW - 1), -1):
                bodies = [
                    m for m in self.by_sent.get(s, ())
                    if m.token.i < token.i and self._may_be_body(m, named)
                    and (m.quote is None or m.quote == quote or (s == sent and m.subject))
                ]  # fmt: skip
                if bodies:
                    return max(bodies, key=lambda m: (m.is_speaker or m.subject, m.token.i))
        return None

    def _may_be_body(self, mention: _Mention, named: bool) -> bool:
        speaker = mention.speaker
        if speaker is None:
            return False
        if named:
            proper = self._is_proper(mention.token) or speaker.resolution == "pronoun"
            if speaker.type == "unknown" and mention.is_speaker and proper:  # "Northbridge Water said ..."
                return self._no_person_marks(mention.token)
            return speaker.type == "organisation" and proper
        return speaker.type == "person" and speaker.gender is None and self._no_person_marks(mention.token)

    def _no_person_marks(self, token: Token) -> bool:
        """Whether a name has nothing of a person's: no known first name, no honorific ("Kelby Rail")."""
        name = self.name_of(token)
        first = name.text.split()[0].lower() if name is not None else ""
        return name is not None and first not in self.lex.first_names and self.lex.honorific(first) is None

    def _is_bare(self, token: Token, nominal: Nominal) -> bool:
        """A nominal that names no one: "the ministry"; for a generic body, also "the UK firm"."""
        if self.name_of(token) is None:
            return True
        if nominal.kind != "body":
            return False
        left = self._left_part(token)[:-1]
        return all(not self._is_proper(t) or t.ent_type_ in ("GPE", "NORP") for t in left)

    # --- 9. names ---------------------------------------------------------------------------

    def _resolve_name(self, token: Token) -> Speaker | None:
        name = self.name_of(token)
        if name is None:
            return None
        speaker = self._name_speaker(token, name)
        role = self._apposed_role(token) or described_by(token)  # "The housing charity Shelterline"
        if role is not None:
            speaker = self._described(speaker, role, token)
        if speaker.type == "person" and speaker.affiliation is None:  # "Cara Diemont of Dimension Data"
            affiliation = self._prep_affiliation(token)
            if affiliation is not None:
                speaker = replace(speaker, affiliation=affiliation.canonical)
        return speaker

    def _name_speaker(self, token: Token, name: _Name) -> Speaker:
        cluster = self.cluster_of.get(name.key, name.key)
        canonical = self.canonical_of.get(cluster, name.text)
        same = _plain(canonical) == _plain(name.text)
        gender = name.gender or self.gender_of.get(cluster)
        role, affiliation = self._title(token)
        kind = self.kind_of.get(cluster, name.kind)
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

    def _title(self, token: Token) -> tuple[str | None, str | None]:
        """A role written before a person's name, and whom for: "Kremlin spokesman Dmitry Peskov" gives
        ("spokesman", "Kremlin"); "Chief Constable Rhiannon Pryce" gives ("chief constable", None)."""
        entity = self.entity_of.get(token.i)
        if entity is None or entity.label_ != "PERSON" or self._not_a_person(entity):
            return None, None
        before = [t for t in self._person_parts(token)[0] if self.lex.honorific(t.text) is None]
        j = len(before)
        while j > 0 and (self._is_title_word(before[j - 1]) or _is_role_part(before[j - 1], self.lex)):
            j -= 1
        if j == len(before):
            return None, None
        role = " ".join(t.lower_ for t in before[j:])
        owner = _strip(before[:j])
        while owner and not self._is_proper(owner[-1]):  # "Ryanair deputy chief executive"
            owner.pop()
        return role, _clean(self._adjectival(self._text(owner))) or None

    def _apposed_role(self, token: Token) -> Token | None:
        """A common noun in apposition to a name: "Maria Lopez, the town's mayor"; "Callum Reid, the warden"."""
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                return child
        return None

    # --- 10. as written ------------------------------------------------------------------------

    def _resolve_as_written(self, token: Token) -> Speaker:
        tokens = _strip(self._left_part(token) + (_place_phrase(token) if _plural(token) else _right_part(token)))
        text = _clean(self._adjectival(self._text(tokens))) if tokens else _clean(token.text)
        nominal = self.lex.nominal(token)
        kind = _kind_type(nominal, token) if nominal is not None and nominal.kind in KIND_TYPES else "unknown"
        if kind == "unknown" and _plural(token):
            kind = "group"
        role = nominal.key if nominal is not None and nominal.kind in PERSON_KINDS and kind == "person" else None
        affiliation = self._affiliation(token) if role else None
        return Speaker(
            text or None,
            kind,
            role=role,
            affiliation=affiliation.canonical if affiliation is not None else None,
            gender=nominal.gender if nominal else None,
            number="pl" if _plural(token) else "sg",
        )


# ---------------------------------------------------------------------------------------------
# Helpers on tokens


def _sentence_numbers(doc: Doc) -> list[int]:
    """The sentence of each token, counting a line break as the end of one (a headline is no part of
    the paragraph under it, whatever the parser made of it)."""
    if len(doc) == 0:
        return []
    rows = doc.to_array([SENT_START, ORTH])  # from arrays: a `Token` object per token costs more
    orths = rows[:, 1].tolist()
    seen, breaks = known_strings("line breaks")
    for orth in set(orths).difference(seen):
        if "\n" in doc.vocab.strings[orth]:
            breaks.add(orth)
        seen.add(orth)  # after `breaks`: a thread that finds it seen finds it in `breaks` if it belongs
    starts = rows[:, 0].tolist() if doc.has_annotation("SENT_START") else [0] * len(orths)
    numbers, n = [0] * len(orths), 0
    for i in range(1, len(orths)):
        if starts[i] == 1 or orths[i - 1] in breaks:
            n += 1
        numbers[i] = n
    return numbers




_CHUNK_DEPS = frozenset(get_string_id(label) for label in
                        ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"))
_CONJ = get_string_id("conj")
_CHUNK_POS = frozenset({NOUN, PROPN, PRON})


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
    tags = rows[:, 0].tolist()
    deps = rows[:, 1].tolist()
    heads = (rows[:, 2].astype(numpy.int64) + numpy.arange(len(doc))).tolist()  # HEAD: the offset of the head
    hooked = "root" in doc.user_span_hooks
    roots: list[int] = []
    prev_end = -1
    for i, pos in enumerate(tags):
        if pos not in _CHUNK_POS:
            continue
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
        root = next((j for j in range(left, i + 1) if heads[j] == j), None)
        if root is None and not hooked:
            outside = [j for j in range(left, i + 1) if not left <= heads[j] <= i]
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
    entity = entity_of.get(token.i)
    return token.tag_ in ("NNP", "NNPS") or (entity is not None and entity.label_ in ENTITY_LABELS)


def _first_and_last(text: str) -> bool:
    """Whether a two-word name looks like a person's: two capitalised words, no digits, no "&"."""
    words = text.split()
    return len(words) == 2 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


def _conjuncts(token: Token) -> list[Token]:
    """The tokens coordinated with ``token``: "Whitlow" in "Raymond Poole and Denise Whitlow"."""
    found, todo = [], [token]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj":
                found.append(child)
                todo.append(child)
    return found


def _pronoun(token: Token) -> str | None:
    if token.tag_ not in ("PRP", "PRP$") and token.pos_ != "PRON":
        return None
    return PRONOUNS.get(token.lower_)


def _expletive(token: Token) -> bool:
    """ "It is thought that...", "it was possible to...": an "it" that stands for no one."""
    if token.dep_ == "expl" or token.lower_ != "it":
        return token.dep_ == "expl"
    head = token.head
    deps = {c.dep_ for c in head.children}
    clause = bool(deps & {"ccomp", "xcomp", "csubj"})
    return clause and ("auxpass" in deps or _lemma(head) in ("be", "seem", "appear", "remain"))


def _determiner(token: Token) -> str | None:
    return next((c.lower_ for c in token.children if c.dep_ == "det"), None)


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def _plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS") or "Plur" in token.morph.get("Number")


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
    doc = token.doc
    tokens = [doc[i] for i in range(token.left_edge.i, token.i + 1)]
    for j in range(len(tokens) - 1, -1, -1):
        dash = tokens[j].text == "-" and tokens[j].whitespace_ and j and tokens[j - 1].whitespace_  # "FENWICK - "
        breaks = "\n" in tokens[j].text or dash or (tokens[j].text in _BREAKS and tokens[j].i < token.i)
        if breaks:
            return tokens[j + 1 :]
    return tokens


def _right_part(token: Token) -> list[Token]:
    """What a name goes on with after its head: "of Defence" in "Ministry of Defence", "for Education",
    "& Light" in "Orland Power & Light", "1" in "Radio 1"."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.tag_ == "CD" and following.head == token and following.ent_iob_ == "I":
        return [following]  # a numbered name inside one entity: "Radio 1", "Channel 4"
    if token.tag_ not in ("NNP", "NNPS"):
        return []
    doc = token.doc
    for child in token.children:
        if child.i != token.i + 1:
            continue
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            objects = [c for c in child.children if c.dep_ == "pobj" and c.tag_ in ("NNP", "NNPS")]
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
            conj = [c for c in token.children if c.dep_ == "conj" and c.i > child.i and c.tag_ in ("NNP", "NNPS")]
            if conj:
                return [doc[i] for i in range(child.i, conj[0].i + 1)]
    return []


def _place_phrase(token: Token) -> list[Token]:
    """ "in Morsk" in "local officials in Morsk": where a group is, when it is a name."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "from", "at") and child.i == token.i + 1:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.tag_ in ("NNP", "NNPS")]
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
    while start < end and (
        tokens[start].lower_ in DETERMINERS
        or tokens[start].tag_ in ("DT", "PRP$", "POS")
        or tokens[start].is_punct
        or tokens[start].is_space
        or tokens[start].text in _QUOTE_CHARS
    ):
        start += 1
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space or tokens[end - 1].tag_ == "POS"):
        end -= 1
    return tokens[start:end]


_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_HYPHEN = re.compile(r"\s*-\s*")


def _clean(text: str) -> str:
    """A name as shown: one space between words, no edge punctuation, no leading "the"."""
    text = _SPACES.sub(" ", text).strip(" ,;:.-–—()" + _QUOTE_CHARS)
    return _ARTICLE.sub("", text)


def _plain(text: str) -> str:
    """Lowercase, without a leading "the", dots or extra spaces: the form names are compared in."""
    text = _SPACES.sub(" ", text.lower().replace(".", "")).strip()
    return text[4:] if text.startswith("the ") else text


def _key(text: str, lex: Lexicons) -> str:
    """The matching key of a name: plain, honorifics and possessives dropped, countries by one name."""
    plain = _plain(lex.adjectival(text))
    words = [w for w in _SPACES.split(plain) if w and lex.name_part(w) not in ("honorific", "post-nominal")]
    key = " ".join(words).replace("’s", "").replace("'s", "")
    key = _HYPHEN.sub("-", key) if "-" in key else key
    return lex.country_key.get(key, key).lower() if key in lex.country_key else key


def _canonical_form(names: list[_Name]) -> str:
    """The fullest name of a cluster; for a place, the form the document uses most."""
    if all(n.kind == "place" for n in names):
        counts = Counter(n.text for n in names)  # insertion order: the first form wins a tie
        return max(counts, key=lambda text: counts[text])
    best = max(reversed(names), key=lambda n: (n.size, len(n.text.split())))  # reversed: the first wins a tie
    return best.text


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
    return exact, int(mention.is_speaker or mention.subject), mention.token.i


def _description_head(token: Token, lex: Lexicons) -> Token | None:
    """The head of the description written before a name: "agency" in "news agency SANA"."""
    for child in token.children:
        if child.dep_ == "compound" and child.i < token.i and child.tag_ not in ("NNP", "NNPS"):
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


def _own_issuer(token: Token, entity_of: dict[int, Span]) -> Token | None:
    """Who issued the statement headed by ``token``, from its own phrase and verb, if the parse says."""
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "compound" and _is_proper(child, entity_of):
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ISSUER_PREPS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "data compiled by X", "figures released by X"
            agents = [a for c in child.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
            if agents:
                return agents[0]
    head = token.head
    if token.dep_ == "dobj" and _lemma(head) in ISSUE_VERBS:
        return _subject(head)
    if token.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        return _subject(head.head)
    return None


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def _statement_events(doc: Doc, lex: Lexicons, entity_of: dict[int, Span]) -> list[tuple[Token, Token]]:
    """Every statement noun whose own phrase or verb names its issuer, with that issuer."""
    events: list[tuple[Token, Token]] = []
    if len(doc) == 0:
        return events
    rows = doc.to_array([POS, LEMMA])  # only nouns whose lemma can head a statement noun are looked at
    lemmas = rows[:, 1].tolist()
    seen, candidates = known_strings(lex.statement_words)
    for lemma in set(lemmas).difference(seen):
        if lemma == 0 or doc.vocab.strings[lemma].lower() in lex.statement_words:
            candidates.add(lemma)
        seen.add(lemma)
    for i, (pos, lemma) in enumerate(zip(rows[:, 0].tolist(), lemmas)):
        if pos != NOUN or lemma not in candidates:
            continue
        token = doc[i]
        nominal = lex.nominal(token)
        if nominal is not None and nominal.kind == "statement":
            issuer = _own_issuer(token, entity_of)
            if issuer is not None:
                events.append((token, issuer))
    return events


def _fill(quote: Quote, speaker: Speaker) -> None:
    quote.speaker_canonical = speaker.canonical
    quote.speaker_type = speaker.type if speaker.canonical is not None else "unknown"
    quote.speaker_role = speaker.role
    quote.speaker_affiliation = speaker.affiliation
    if quote.speaker_resolution != "inherited":
        quote.speaker_resolution = speaker.resolution if quote.speaker_start is not None else None
