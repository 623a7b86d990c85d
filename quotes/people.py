"""The newsroom's own list of people: `read_people` and `People.apply`.

A speakers file is a CSV (or JSONL, one object a line) the newsroom keeps, one row per person or body:

- ``name`` (required): the name to use as the canonical speaker;
- ``aliases``: other names, ``|``-separated ("Tom Reddaway|Cllr Reddaway");
- any of ``id`` (a Wikidata QID or an internal id), ``gender`` (female/male, or f/m), ``category``
  (politician, police, academic...);
- any other columns, kept with the row (``extra``) and written when asked for (``--keep-column``).

A quote whose canonical speaker (else its mention as written) matches a row's name or alias takes the row's
``name`` as canonical, its ``id`` and ``category`` as ``speaker_id`` and ``speaker_category``, and its
gender as ``speaker_gender`` (source ``speakers-file``). Names are compared as linking compares them
(`quotes.link`): case, a leading "the", dots, honorifics and possessives are ignored, and so are words
before a full name of two words or more ("Cllr Priya Mandal"). A surname alone ("Reddaway", "Ms Reddaway")
matches only when one row of the file has it.

Bad rows (no name, an alias or name that points at two people, an unknown gender) raise
`SpeakersFileError` naming the line, as does a file that is not UTF-8 (pass the right ``encoding``).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import QuotesError
from .jsonlines import json_objects
from .model import DocResult, Quote
from .resolve import Lexicons, _key, default_lexicons

#: The columns a speakers file gives meaning to; the others are kept as ``extra``.
KNOWN_COLUMNS = ("name", "aliases", "id", "gender", "category")
_GENDERS = {"female": "female", "f": "female", "woman": "female", "male": "male", "m": "male", "man": "male",
            "": None, "unknown": None}  # fmt: skip


class SpeakersFileError(QuotesError):
    """A speakers file cannot be used; the message names the file, the line and the problem."""


@dataclass(frozen=True)
class Person:
    """One row of a speakers file."""

    name: str
    aliases: tuple[str, ...] = ()
    id: str | None = None
    gender: str | None = None  # "female" | "male" | None
    category: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    line: int = 0


@dataclass
class People:
    """The rows of a speakers file, indexed by the matching key of every name and alias."""

    people: list[Person]
    by_key: dict[str, Person]
    by_surname: dict[str, list[Person]]
    lexicons: Lexicons

    @classmethod
    def from_rows(cls, people: Iterable[Person], *, source: str = "speakers file", lexicons: Lexicons | None = None) -> People:
        """Index ``people``; an alias or name that two rows share is an error naming both lines."""
        lex = lexicons or default_lexicons()
        rows = list(people)
        by_key: dict[str, Person] = {}
        by_surname: dict[str, list[Person]] = {}
        for person in rows:
            for name in (person.name, *person.aliases):
                key = match_key(name, lex)
                if not key:
                    continue
                other = by_key.get(key)
                if other is not None and other is not person:
                    raise SpeakersFileError(
                        f"{source}, line {person.line}: {name!r} is also a name of {other.name!r} (line {other.line}); "
                        "a name or alias can point at one row only"
                    )
                by_key[key] = person
                words = key.split()
                if len(words) > 1:
                    surnames = by_surname.setdefault(words[-1], [])
                    if person not in surnames:
                        surnames.append(person)
        return cls(rows, by_key, by_surname, lex)

    def __len__(self) -> int:
        return len(self.people)

    @property
    def extra_columns(self) -> list[str]:
        """The columns of the file beyond `KNOWN_COLUMNS`, in the order first met."""
        seen: dict[str, None] = {}
        for person in self.people:
            seen.update(dict.fromkeys(person.extra))
        return list(seen)

    def match(self, name: str | None) -> Person | None:
        """The row ``name`` refers to: its name or an alias (after words before it that are not part of one:
        "Cllr Priya Mandal"), or a surname that one row alone has."""
        if not name:
            return None
        key = match_key(name, self.lexicons)
        if not key:
            return None
        person = self.by_key.get(key)
        if person is not None:
            return person
        words = key.split()
        for start in range(1, len(words) - 1):  # a title the lexicon does not know: "Cllr Priya Mandal"
            person = self.by_key.get(" ".join(words[start:]))
            if person is not None:
                return person
        if len(words) == 1:
            found = self.by_surname.get(key, [])
            return found[0] if len(found) == 1 else None
        return None

    def apply(self, quotes: Iterable[Quote]) -> None:
        """Give each quote whose speaker matches a row that row's name, id, category, gender and extra columns."""
        for quote in quotes:
            person = self.match(quote.speaker_canonical)
            if person is None and quote.speaker_canonical is None:
                person = self.match(quote.speaker)
            if person is None:
                continue
            quote.speaker_canonical = person.name
            quote.speaker_id = person.id
            quote.speaker_category = person.category
            quote.speaker_extra = dict(person.extra) or None
            if person.gender is not None:
                quote.speaker_gender, quote.speaker_gender_source = person.gender, "speakers-file"
                if quote.speaker_type == "unknown":
                    quote.speaker_type = "person"
            if quote.source_kind is None:
                quote.source_kind = "named"

    def apply_results(self, results: Iterable[DocResult]) -> None:
        """`apply` to the quotes of each result."""
        for result in results:
            self.apply(result.quotes)


def match_key(name: str, lex: Lexicons | None = None) -> str:
    """A name as names are compared: lowercase, no leading "the", dots, honorifics or possessives."""
    return _key(" ".join(name.split()), lex or default_lexicons()).strip()


def read_people(path: str | os.PathLike[str], *, encoding: str = "utf-8", lexicons: Lexicons | None = None) -> People:
    """Read a speakers file: CSV, or JSONL when its name ends in ``.jsonl`` (see the module docstring).

    Raises:
        SpeakersFileError: the file cannot be read or decoded, lacks a ``name`` column, or has a bad row.
    """
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise SpeakersFileError(f"cannot read speakers file {source}: {err.strerror}") from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise SpeakersFileError(
            f"{source}, line {line}: not valid {encoding} (byte {data[err.start]:#04x}); save the file as UTF-8"
        ) from None
    except LookupError:
        raise SpeakersFileError(f"unknown encoding {encoding!r} for speakers file {source}") from None
    text = text.removeprefix("\ufeff")
    rows = _jsonl_rows(text, source) if source.lower().endswith(".jsonl") else _csv_rows(text, source)
    return People.from_rows((_person(row, line, source) for line, row in rows), source=source, lexicons=lexicons)


def _csv_rows(text: str, source: str) -> Iterable[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "name" not in [f.strip().lower() for f in reader.fieldnames]:
        raise SpeakersFileError(f"{source}, line 1: no 'name' column (the header must name the columns: name,aliases,id,gender,category)")
    for row in reader:
        values = {(k or "").strip().lower() if (k or "").strip().lower() in KNOWN_COLUMNS else (k or "").strip(): v
                  for k, v in row.items() if k is not None}  # fmt: skip
        if not any((v or "").strip() for v in values.values()):
            continue  # a blank line
        yield reader.line_num, values


def _jsonl_rows(text: str, source: str) -> Iterable[tuple[int, dict[str, Any]]]:
    return json_objects(text.splitlines(), source, SpeakersFileError, "a JSON object with a 'name'")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    return str(value).strip()


def _person(row: Mapping[str, Any], line: int, source: str) -> Person:
    name = " ".join(_text(row.get("name")).split())
    if not name:
        raise SpeakersFileError(f"{source}, line {line}: the row has no name")
    gender_text = _text(row.get("gender")).lower()
    if gender_text not in _GENDERS:
        raise SpeakersFileError(
            f"{source}, line {line}: gender {row.get('gender')!r} for {name!r}: use female, male or leave it empty"
        )
    aliases = tuple(a for a in (" ".join(part.split()) for part in _text(row.get("aliases")).split("|")) if a)
    extra = {k: v for k, v in row.items() if k not in KNOWN_COLUMNS}
    return Person(
        name=name,
        aliases=aliases,
        id=_text(row.get("id")) or None,
        gender=_GENDERS[gender_text],
        category=_text(row.get("category")) or None,
        extra=extra,
        line=line,
    )


def as_people(speakers: People | str | os.PathLike[str] | None) -> People | None:
    """``speakers`` as `People`: read from a path, passed through, or None."""
    if speakers is None or isinstance(speakers, People):
        return speakers
    return read_people(speakers)
