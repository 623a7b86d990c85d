"""The word lists resolution keys on (`quotes/data/`): first names, nominals, outlets, countries, name parts."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from spacy.tokens import Token

from ..lexicon import data_lexicon, data_text, parse_lexicon
from .words import _HYPHEN, _SPACES, _lemma, _plain


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
    def from_texts(
        cls, first_names: str, nominals: str, media: str, countries: str, name_parts: str = "", nicknames: str = ""
    ) -> Lexicons:
        """Build the lexicons from the texts of the data files. A short form of `nicknames` that the first names
        do not list gets the gender of the formal names it stands for when they all agree ("mike" as
        "michael"; not "chris": christopher or christine)."""
        names = {row[0].lower(): row[1] for row in _rows(first_names) if len(row) >= 2 and row[1] in ("f", "m")}
        for row in _rows(nicknames):
            short = row[0].lower()
            genders = {names.get(n.strip()) for n in row[1].split(",")} if len(row) > 1 and short not in names else set()
            if len(genders) == 1 and None not in genders:
                names[short] = genders.pop()  # type: ignore[assignment]
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
        part = self._part_of(word)
        return None if part is None or part[0] != "honorific" else part[1] or ""

    def name_part(self, word: str) -> str | None:
        """ "honorific", "post-nominal" or "title" for a word around a name, else None."""
        part = self._part_of(word)
        return part[0] if part else None

    def _part_of(self, word: str) -> tuple[str, str | None] | None:
        """The `name_parts` entry of a word as written (remembered: the same words are asked again and again)."""
        memo = self._parts_memo
        part = memo.get(word, _NO_PART)
        if part is _NO_PART:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            part = memo[word] = self.name_parts.get(word.lower().rstrip("."))
        return part  # type: ignore[return-value]

    @cached_property
    def _parts_memo(self) -> dict[str, tuple[str, str | None] | None]:
        return {}

    def adjectival(self, text: str) -> str:
        """ "Russia's Defence Ministry" -> "Russian Defence Ministry" (countries of the table only)."""
        if self.possessive is None or ("'s" not in text and "’s" not in text):  # what `possessive` needs
            return text
        return _remembered(self._adjectival_forms, text, lambda: self.possessive.sub(self._adjective, text))

    def _adjective(self, match: re.Match[str]) -> str:
        return self.adjectives[match.group(1)]

    @cached_property
    def _adjectival_forms(self) -> dict[str, str]:
        return {}

    @cached_property
    def _keys(self) -> dict[str, str]:
        """`_key` of the texts met so far."""
        return {}

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
        """The entry of a head noun: hyphenated ("director-general") or two-word ("news agency") first.

        Remembered per token of the document read last in this thread: the rules ask it of a token many times.
        """
        doc = token.doc
        state = getattr(_NOMINALS, "state", None)  # (the document, its length, the lexicons, token index -> entry)
        if state is None or state[0] is not doc or state[2] is not self or state[1] != len(doc):
            state = _NOMINALS.state = (doc, len(doc), self, {})  # a new document (or one retokenized)
        found, i = state[3], token.i
        entry = found.get(i, _UNREAD)
        if entry is _UNREAD:
            entry = found[i] = self._read_nominal(token)
        return entry

    def _read_nominal(self, token: Token) -> Nominal | None:
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


#: `Lexicons.nominal` of the tokens of one document, per thread: the document, its length, the lexicons and
#: token index -> entry.
_NOMINALS = threading.local()
_UNREAD = object()


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
        *map(
            data_text,
            ("first_names.txt", "nominals.txt", "media.txt", "countries.txt", "name_parts.txt", "nicknames.txt"),
        )
    )


def _key(text: str, lex: Lexicons) -> str:
    """The matching key of a name: plain, honorifics and possessives dropped, countries by one name."""
    keys = lex._keys  # `_remembered`, written out: no closure to make on each of the many calls
    found = keys.get(text)
    if found is None:
        if len(keys) >= _MEMO_SIZE:
            keys.clear()
        found = keys[text] = _read_key(text, lex)
    return found


def _remembered(memo: dict[str, str], text: str, compute: Callable[[], str]) -> str:
    """``memo[text]``, computed the first time; the memo starts again past `_MEMO_SIZE` entries."""
    found = memo.get(text)
    if found is None:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        found = memo[text] = compute()
    return found


_MEMO_SIZE = 1 << 16
_NO_PART = object()


def _read_key(text: str, lex: Lexicons) -> str:
    plain = _plain(lex.adjectival(text))
    words = [w for w in _SPACES.split(plain) if w and lex.name_part(w) not in ("honorific", "post-nominal")]
    key = " ".join(words).replace("’s", "").replace("'s", "")
    key = _HYPHEN.sub("-", key) if "-" in key else key
    return lex.country_key.get(key, key).lower() if key in lex.country_key else key
