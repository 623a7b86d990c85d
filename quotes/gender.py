"""A person speaker's gender, only from evidence the document gives: `find_genders`.

Run after `quotes.resolve.resolve_speakers`, on its output. For every person speaker (a canonical
name of type ``person``) the evidence is gathered over the whole document:

- ``honorific``: "Ms Mandal", "Mr Okafor", "Dame Ellen Price": an honorific before the name or its
  surname anywhere in the text, or in a speaker mention resolved to the person;
- ``role``: a role or relation noun that marks gender (`quotes/data/gender_roles.txt`: spokeswoman,
  chairwoman, actress, mother; not spokesman or chairman, which newsrooms also use for women) in a
  speaker mention resolved to the person, or in apposition to the name ("Anna Kerr, a spokeswoman");
- ``pronoun``: "he said" / "she said" speaker mentions resolved to the person;
- ``first-name``: the first name of the canonical name, from `quotes/data/first_names.txt`.

All the evidence must agree: any conflict gives ``unknown``, never a guess. When it agrees, the first
of the sources above that gave some decides ``speaker_gender_source``. A person with no evidence is
``unknown``; a speaker that is not a person (organisation, place, media, group, unknown) gets none.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .lexicon import data_text
from .memo import children, doc_memo
from .model import Quote
from .pipeline import char_span
from .resolve import Lexicons, default_lexicons

#: The evidence, strongest first: when all agree, the first that gave some is the source.
EVIDENCE_ORDER = ("honorific", "role", "pronoun", "first-name")
_GENDER_NAMES = {"f": "female", "m": "male"}
_PRONOUN_GENDER = {"she": "f", "he": "m"}
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


@lru_cache(maxsize=1)
def gender_roles() -> dict[str, str]:
    """The nouns of `quotes/data/gender_roles.txt`: lowercase word -> "f" or "m"."""
    roles = {}
    for line in data_text("gender_roles.txt").splitlines():
        cells = line.split("#", 1)[0].split()
        if len(cells) == 2 and cells[1] in ("f", "m"):
            roles[cells[0].lower()] = cells[1]
    return roles


def role_gender(token: Token) -> str | None:
    """ "f" or "m" when ``token`` is a noun of `gender_roles` ("spokeswoman", "actresses"), else None."""
    roles = gender_roles()
    return roles.get(token.lower_) or roles.get(token.lemma_.lower())


def find_genders(doc: Doc, quotes: list[Quote], *, text: str | None = None, lexicons: Lexicons | None = None) -> None:
    """Set ``speaker_gender`` and ``speaker_gender_source`` of ``quotes`` in place (see the module docstring).

    Args:
        doc: the parsed document the quotes' offsets point into.
        quotes: the quotes of ``doc``, their speakers resolved.
        text: ``doc.text``, when the caller has it.
        lexicons: the word lists; by default those in `quotes/data/`.
    """
    people = {q.speaker_canonical for q in quotes if q.speaker_type == "person" and q.speaker_canonical}
    for quote in quotes:
        quote.speaker_gender = quote.speaker_gender_source = None
    if not people:
        return
    lex = lexicons or default_lexicons()
    text = doc.text if text is None else text
    evidence: dict[str, dict[str, set[str]]] = {name: defaultdict(set) for name in people}
    for quote in quotes:
        if quote.speaker_canonical in people:
            _mention_evidence(doc, quote, lex, evidence[quote.speaker_canonical])
    surnames = {_surname(name, lex) for name in people} - {None}
    occurrences: dict[str, list[Token]] = {}
    for surname in surnames:  # the tokens written as the surname, found in the text: no Token made for the others
        found = list(_written_as(doc, text, surname))
        if found:
            occurrences[surname] = found
    shared = {n for n, count in Counter(_surname(name, lex) for name in people).items() if count > 1}
    titled = _TitledNames(text, lex)
    for name in people:
        _text_evidence(titled, name, lex, evidence[name], occurrences, shared)
    decided = {name: decide(found) for name, found in evidence.items()}
    for quote in quotes:
        if quote.speaker_canonical in decided:
            quote.speaker_gender, quote.speaker_gender_source = decided[quote.speaker_canonical]


def _written_as(doc: Doc, text: str, word: str) -> Iterable[Token]:
    """The tokens whose text is ``word``, in order: where ``word`` occurs in ``text`` (``doc.text``) and makes a
    token of its own."""
    at = text.find(word)
    while at >= 0:
        span = doc.char_span(at, at + len(word))
        if span is not None and len(span) == 1:
            yield span[0]
        at = text.find(word, at + 1)


def speaker_span(doc: Doc, quote: Quote) -> Span | None:
    """The tokens of the quote's speaker mention (`quotes.pipeline.char_span`), made once per document: `find_genders`
    and `quotes.sources.find_source_kinds` both read them."""
    memo = doc_memo(doc, "speaker spans")  # (start, end) -> span
    key = (quote.speaker_start, quote.speaker_end)
    if key not in memo:
        memo[key] = char_span(doc, quote.speaker_start, quote.speaker_end)
    return memo[key]


def decide(evidence: dict[str, set[str]]) -> tuple[str, str | None]:
    """The gender that all the evidence (source -> genders "f"/"m" it gave) agrees on, and its source;
    ``("unknown", None)`` when there is none or it conflicts."""
    genders = set().union(*evidence.values()) if evidence else set()
    if len(genders) != 1:
        return "unknown", None
    source = next(name for name in EVIDENCE_ORDER if evidence.get(name))
    return _GENDER_NAMES[genders.pop()], source


def _mention_evidence(doc: Doc, quote: Quote, lex: Lexicons, found: dict[str, set[str]]) -> None:
    """What the quote's own speaker mention says: a pronoun, an honorific, a role noun."""
    span = speaker_span(doc, quote)
    if span is None:
        return
    words = [t for t in span if not t.is_punct]
    if len(words) == 1 and words[0].lower_ in _PRONOUN_GENDER:
        found["pronoun"].add(_PRONOUN_GENDER[words[0].lower_])
        return
    for token in words:
        honorific = lex.honorific(token.text) if token.text[:1].isupper() else None
        if honorific:
            found["honorific"].add(honorific)
        elif token.pos_ in ("NOUN", "PROPN") and not token.text[:1].isupper():
            gender = role_gender(token)
            if gender:
                found["role"].add(gender)


def _surname(name: str, lex: Lexicons) -> str | None:
    """The last word of a person's name that is not an honorific or post-nominal, if it looks like a name."""
    parts = [w for w in (w.strip(",") for w in name.split()) if w and lex.name_part(w) is None]
    return parts[-1] if parts and _NAME_WORD.fullmatch(parts[-1]) else None


def _text_evidence(
    titled: _TitledNames,
    name: str,
    lex: Lexicons,
    found: dict[str, set[str]],
    occurrences: dict[str, list[Token]],
    shared: set[str | None],
) -> None:
    """What the document says around the name: honorifics before it, role nouns in apposition, its first name.
    A surname two of the document's speakers share ("Michael Howard", "Sandra Howard") is evidence only with
    the given name ("Mr Michael Howard"), not alone ("Mr Howard")."""
    words = [w.strip(",") for w in name.split() if w.strip(",")]
    parts = [w for w in words if lex.name_part(w) is None]
    if not parts:
        return
    honorific = lex.honorific(words[0])
    if honorific:
        found["honorific"].add(honorific)
    elif len(parts) > 1 and parts[0].lower() in lex.first_names:
        found["first-name"].add(lex.first_names[parts[0].lower()])
    surname = _surname(name, lex)
    if surname is None:
        return
    if not honorific:  # "Mrs Howard" is told from "Mr Howard" by its honorific: the text's others are not hers
        given = {w.lower() for w in parts[:-1]}
        for title, between in titled.before(surname):
            if between and not between <= given or not between and surname in shared:
                continue  # "Mr Michael Howard" is not Sandra Howard; "Mr Howard" may be either
            gender = lex.honorific(title)
            if gender:
                found["honorific"].add(gender)
    for token in occurrences.get(surname, ()) if surname not in shared else ():
        for related in _appositions(token):
            gender = role_gender(related)
            if gender:
                found["role"].add(gender)


class _TitledNames:
    """The gendered honorifics of a text ("Mrs", "Mr.") with the capitalised words after them, found in one
    pass over the text, then asked for each surname: "Mrs Ana Ruiz" gives ("Mrs", {"ana"}) for "Ruiz".

    Reads the text as the pattern "an honorific, up to two capitalised words, the surname" would (matches not
    overlapping, the most words first), with no pattern compiled per surname.
    """

    def __init__(self, text: str, lex: Lexicons) -> None:
        self.text = text
        #: (start, honorific as written, where each of the words after it starts: at most 3 places)
        self.runs: list[tuple[int, str, list[int]]] = []
        for match in _honorific_pattern(lex).finditer(text):
            places = [match.end()]
            while len(places) < 3:
                word = _CAPITALISED_WORD.match(text, places[-1])
                if word is None:
                    break
                places.append(word.end())
            self.runs.append((match.start(), match.group(1), places))

    def before(self, surname: str) -> Iterable[tuple[str, set[str]]]:
        """Each honorific written before ``surname`` (at most two capitalised words between them), with
        those words, lowercase and without a final full stop."""
        text, end = self.text, -1
        for start, title, places in self.runs:
            if start < end:
                continue
            for place in reversed(places):  # the most words between first, as a greedy pattern would
                after = place + len(surname)
                if text.startswith(surname, place) and _word_boundary(text, after):
                    end = after
                    yield title, {w.lower().rstrip(".") for w in text[places[0] : place].split()}
                    break


def _word_boundary(text: str, at: int) -> bool:
    """Whether ``at`` is a word boundary of ``text`` as ``\\b`` reads one."""
    before = at > 0 and _is_word_char(text[at - 1])
    after = at < len(text) and _is_word_char(text[at])
    return before != after


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


#: A capitalised word and the white space after it, as written between an honorific and a surname.
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]*\.?\s+")


def _honorific_pattern(lex: Lexicons) -> re.Pattern[str]:
    """The honorifics that mark a gender, capitalised, with an optional full stop and the space after them."""
    key = id(lex.name_parts)
    if key not in _HONORIFIC_PATTERNS:
        words = [w for w, (part, gender) in lex.name_parts.items() if part == "honorific" and gender]
        alternatives = "|".join(re.escape(w.capitalize()) for w in sorted(words, key=len, reverse=True))
        initials = "".join(sorted({re.escape(w.capitalize()[:1]) for w in words}))
        # the look-ahead at their initials only makes the search skip the other characters faster
        ahead = f"(?=[{initials}])" if initials else ""
        _HONORIFIC_PATTERNS[key] = re.compile(rf"{ahead}\b({alternatives})\.?\s+")
    return _HONORIFIC_PATTERNS[key]


_HONORIFIC_PATTERNS: dict[int, re.Pattern[str]] = {}


def _appositions(token: Token) -> Iterable[Token]:
    """Nouns the parse sets beside a name: "Anna Kerr, a spokeswoman", "the spokeswoman, Anna Kerr",
    "actress Jane Doe"."""
    for child in children(token):
        if child.dep_ == "appos" or (child.dep_ == "compound" and not child.text[:1].isupper()):
            yield child
    if token.dep_ == "appos":
        yield token.head


