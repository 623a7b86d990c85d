"""Reading the proper name in a mention: a person's title and name, an organisation's full name, its kind,
its matching key and gender (cached per token)."""

from __future__ import annotations

import re
from functools import cached_property

from spacy.symbols import NOUN, PRON
from spacy.tokens import Doc, Span, Token

from ..memo import children
from ..lexicon import default_lexicon
from .forms import abbreviated_title
from .lexicons import Lexicons, Nominal, _key
from .records import _Name
from .tokens import (
    _APPOS,
    _PERSON,
    _POS_TAG,
    _PROPER_TAGS,
    _capitalised_common,
    _is_proper,
    _kind_type,
    _left_part,
    _plural,
    _pronoun,
    _right_part,
    _strip,
)
from .words import (
    _CAPITALISED_N,
    _POSSESSIVE_PLACE,
    KIND_TYPES,
    LABEL_TYPES,
    PATRONYMICS,
    PERSON_KINDS,
    _clean,
    _plain,
)


class _Names:
    """The name reading of `_Resolver`: the methods that read a mention's proper name, with their caches."""

    doc: Doc
    lex: Lexicons
    text: str
    entity_of: dict[int, Span]
    ents: list[Span]
    gender_of: dict[str, str]  # cluster key -> gender
    kind_of: dict[str, str]  # cluster key -> type
    shared_surnames: dict[str, frozenset[str]]  # a surname two full names end with -> their cluster keys
    _names: dict[int, _Name | None]
    _left: dict[int, list[Token]]
    _parts: dict[int, tuple[list[Token], list[Token]]]

    def name_of(self, token: Token) -> _Name | None:
        """The proper-name part of the mention headed by ``token`` (cached)."""
        i = token.i  # one look-up: asked of most mentions by most rules
        name = self._names.get(i, _UNREAD)
        if name is _UNREAD:
            name = self._names[i] = self._read_name(token)
        return name

    def _read_name(self, token: Token) -> _Name | None:
        if token.pos == PRON or _pronoun(token) is not None:
            return None
        nominal = self.lex.nominal(token)
        if nominal is not None and nominal.kind == "statement" and (token.pos_ != "PROPN" or self._common_opener(token)):
            return None  # "The US Central Command statement", "Research from Halifax" name their issuer, not themselves
        left = self._left_part(token)
        entity = self.entity_of.get(token.i)
        if entity is not None and entity.label == _PERSON and not self._not_a_person(entity):  # label by hash
            return self._make_name(self._person_parts(token)[1], "person")
        proper = self._is_proper(token)
        if proper and self._titled(token):  # "Detective Sergeant Nia Rowlands"
            return self._make_name(self._person_parts(token)[1], "person")
        if nominal is not None and nominal.kind in PERSON_KINDS and self._capitalised_role(token, nominal, left, entity):
            return None  # "The Chancellor", "the new President, Ilya Dorenko": a role, not a name
        if proper:
            tokens = self._name_run(token, left, entity) + _right_part(token)
            if len(tokens) > 1 and _opening_cue(tokens[0]) and tokens[0].lower_ not in self.lex.first_names:
                tokens = tokens[1:]  # "Stated Stone:"
            return self._make_name(tokens, self._name_kind(token, entity, tokens))
        if nominal is not None and nominal.kind in PERSON_KINDS and token.is_lower:
            return None  # "the Rovers boss", "Labour's leader": who holds the role, not a name
        if any(self._is_proper(t) for t in left[:-1]) or self._proper_possessor(token):
            return self._make_name(left, self._name_kind(token, entity, left))
        return None

    def _capitalised_role(self, token: Token, nominal: Nominal, left: list[Token], entity: Span | None) -> bool:
        """A role noun written with a capital and nothing proper before it but its own words: "The Chancellor",
        "the new President", "Director"; not "General" in "General Motors" nor a surname ("King", tagged a person)."""
        if token.is_lower or (entity is not None and (entity.label_ == "PERSON" or len(entity) > 1)):
            return False  # "King" for Pete King, "General Motors"
        if any(c.dep_ in ("compound", "flat") and self._is_proper(c) for c in children(token)):
            return False
        doc = token.doc
        if any(  # "Pete King" tagged whole, or "Patty" tagged without her surname
            (len(e) > 1 and e[-1].lower_ == token.lower_) or (e.end < len(doc) and doc[e.end].lower_ == token.lower_)
            for e in self.ents
            if e.label_ == "PERSON"
        ):
            return False  # the surname of someone the document names: "Rep. Pete King ... King said"
        return all(t.i >= nominal.start or not self._is_proper(t) for t in left[:-1])

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
        if entity is not None and entity.label == _PERSON:
            before = [t for t in left if t.i < entity.start]
            name = list(entity)  # the whole entity, whatever the parse made of it ("Alan Greaves KC")
            cut = next((k for k, t in enumerate(name) if k and (_has_digit(t) or _spaced_dash(t))), None)
            if cut is not None:
                name = name[:cut]  # "beat Marta Kowalczyk 4-6 6-3 6-2": the score is no part of the name
            if before and before[-1].is_title and before[-1].lower_ in self.lex.first_names:
                name.insert(0, before.pop())  # "Marta" tagged apart from "Kowalczyk"
            elif before and name[0].lower_ in PATRONYMICS and before[-1].tag_ == "NNP" and before[-1].is_title and (
                not self._is_title_word(before[-1])
            ):
                name.insert(0, before.pop())  # "Prince Alwaleed Bin Talal", tagged "Bin Talal"
        else:  # a run of proper nouns the tagger did not call a person: "Bassist Euan Faulds"
            name = self._name_run(token, left, entity)
            before = [t for t in left if t.i < name[0].i]
            first = next((k for k, t in enumerate(name[:-1]) if k and t.lower_ in self.lex.first_names), None)
            if first is not None and all(t.is_sent_start or self._is_title_word(t) for t in name[:first]):
                before, name = before + name[:first], name[first:]
        if len(name) > 1 and _opening_cue(name[0]) and name[0].lower_ not in self.lex.first_names:
            name = name[1:]  # "Stated Stone:", "Added Ms Reyes:": the cue of an inverted attribution
        while len(name) > 1 and self.lex.name_part(name[-1].text) == "post-nominal":
            name.pop()
        while len(name) > 1 and (self._is_title_word(name[0]) or self.lex.honorific(name[0].text) is not None):
            before.append(name.pop(0))  # "Constable Rhiannon Pryce" as tagged
        if before and self.lex.honorific(before[-1].text) is not None:
            name.insert(0, before.pop())
        return before, name

    def _titled(self, token: Token) -> bool:
        """A proper-noun run that is a person's name after a title or role the tagger left in it."""
        left = self._left_part(token)
        if len(left) == 1:  # nothing before the head: no title, unless a PERSON's own words make one
            entity = self.entity_of.get(token.i)
            if entity is None or entity.label != _PERSON:
                return False
        title, name = self._person_parts(token)
        run = self._name_run(token, left, None)
        return len(name) > 1 and any(t in run for t in title) and (
            name[0].lower_ in self.lex.first_names
            or any(self.lex.name_part(t.text) == "title" or abbreviated_title(t.text) for t in title)
        )

    def _is_title_word(self, token: Token) -> bool:
        nominal = self.lex.nominal(token)
        return self.lex.name_part(token.text) == "title" or abbreviated_title(token.text) is not None or (
            nominal is not None and nominal.kind in PERSON_KINDS and nominal.start == token.i
        )

    def _not_a_person(self, entity: Span) -> bool:
        """A PERSON the tagger got wrong: an outlet ("Sputnik"), an acronym ("SAIC"), a plural ("Harbour Lights").
        Once per entity (entities do not overlap: their start tells them apart)."""
        memo = self._not_person_memo
        found = memo.get(entity.start)
        if found is None:
            found = memo[entity.start] = self._read_not_a_person(entity)
        return found

    @cached_property
    def _not_person_memo(self) -> dict[int, bool]:
        return {}

    def _read_not_a_person(self, entity: Span) -> bool:
        text = entity.text.strip()
        acronym = len(entity) == 1 and len(text) > 1 and text.isupper()
        return _plain(text) in self.lex.media or acronym or entity.root.tag_ == "NNPS"

    def _name_run(self, token: Token, left: list[Token], entity: Span | None) -> list[Token]:
        """The proper nouns that end at ``token``: "SANA" in "state-run news agency SANA"."""
        run = [token]
        for t in reversed(left[:-1]):
            in_entity = entity is not None and entity.start <= t.i < entity.end and (not t.is_lower or t.lower_ == "and")
            if t.tag in _PROPER_TAGS or in_entity or t.text in ("-", "–", "&"):
                run.insert(0, t)
            elif t.tag == _POS_TAG and t.i > 0 and self._is_proper(t.doc[t.i - 1]):
                run.insert(0, t)  # "Russia's Defence Ministry", "Harlow County District Attorney's Office"
            else:
                break
        while len(run) > 1 and (run[0].text in ("-", "–", "&") or run[0].tag_ == "POS" or self._media_word(run[0])):
            run.pop(0)  # and "Broadcaster Channel Nine" is Channel Nine
        return run

    def _media_word(self, token: Token) -> bool:
        """A word for an outlet capitalised only because it starts a sentence: "Broadcaster Channel Nine"."""
        nominal = self.lex.nominal(token) if token.is_sent_start and token.is_title else None
        return nominal is not None and nominal.kind == "media" and nominal.start == token.i

    def _is_proper(self, token: Token) -> bool:
        return _is_proper(token, self.entity_of) or self._capitalised_surname(token)

    def _capitalised_surname(self, token: Token) -> bool:
        """A word in capitals that is the surname of a person the document names: a transcript label
        ("HALLORAN:" after "Host Dana Halloran"), which the tagger reads as a common noun."""
        if not (token.is_upper and token.is_alpha and len(token) > 2):
            return False
        return token.lower_ in self._person_surnames

    def _common_opener(self, token: Token) -> bool:
        """A common noun capitalised because it opens a sentence ("Research from Halifax suggests"), not a word the
        document capitalises elsewhere too ("Poll" after "referee Graham Poll")."""
        if not _capitalised_common(token) or token.lower_ in self._person_surnames:
            return False
        text = token.text
        return not any(t.text == text and not t.is_sent_start and t.i != token.i for t in self.doc)

    @cached_property
    def _person_surnames(self) -> frozenset[str]:
        """The last words, lower case, of the people the tagger found in the document (two words or more)."""
        return frozenset(
            ent[-1].lower_ for ent in self.ents if ent.label_ == "PERSON" and len(ent) > 1 and not ent[-1].is_upper
        )

    def _proper_possessor(self, token: Token) -> bool:
        return any(c.dep_ == "poss" and self._is_proper(c) for c in children(token))

    def _name_kind(self, token: Token, entity: Span | None, tokens: list[Token]) -> str:
        text = _plain(self._text(tokens))
        if text in self.lex.media:
            return "media"
        nominal = self.lex.nominal(token)
        label = entity.label_ if entity is not None else None  # read once
        organisation = label == "ORG" and len(tokens) > 1
        if nominal is not None and nominal.kind in KIND_TYPES and not (organisation and nominal.kind in PERSON_KINDS):
            return _kind_type(nominal, token)  # but "the Health and Safety Executive" is no person
        first = tokens[0].text if tokens else ""
        if self.lex.honorific(first) is not None or any(t.lower_ in self.lex.first_names for t in tokens[:-1]):
            return "person"  # the tagger's ORG for "Helena Varga" loses to the first name
        if entity is not None and label == "PERSON" and self._not_a_person(entity):
            return "organisation"
        if entity is not None and label in LABEL_TYPES:
            return LABEL_TYPES[label]
        if text in self.lex.country_key:
            return "place"
        if label == "NORP":
            return "group" if _plural(token) else "unknown"
        return "unknown"

    def _adjectival(self, text: str) -> str:
        """ "Russia's Defence Ministry" -> "Russian Defence Ministry" (the lexicon's countries), and
        "Valdoria's defence ministry" -> "Valdorian defence ministry" when the document itself uses
        the adjective "Valdorian" (a country the lexicon does not list)."""
        text = self.lex.adjectival(text)
        if "'s" not in text and "’s" not in text:  # what `_POSSESSIVE_PLACE` needs
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
        marks = [self.lex.honorific(t.text) for t in tokens]  # the gender each honorific marks; None: no honorific
        words = [t for t, mark in zip(tokens, marks) if mark is None]
        if kind == "person" and len(words) > 1 and words[0] is not tokens[0]:
            cut = tokens.index(words[0])
            tokens, marks = tokens[cut:], marks[cut:]  # "Mr Tom Reed" is shown as "Tom Reed"
        text = _clean(self._adjectival(self._text(tokens)))
        gender = None
        if kind == "person":
            honorifics = [mark for mark in marks if mark is not None]
            first_name = self.lex.first_names.get(words[0].lower_) if len(words) > 1 else None
            gender = (honorifics[0] if honorifics else None) or first_name or None  # "Dr" marks no gender
        key = _key(" ".join(t.text for t in words) if words else text, self.lex)
        if not key:
            return None
        size = len(key.split())
        if kind == "person" and size == 1 and gender:
            key = f"{key}#{gender}"  # "Mrs Howard" is not "Mr Howard"
        return _Name(text, key, kind, gender, size)

    def _apposed_name(self, token: Token) -> Token | None:
        """A name in apposition to a description: "a spokeswoman, Anna Kerr" / "Anna Kerr, a spokeswoman";
        through a second description: "Two other writers, the poet Sam Adeyemi"."""
        kids = children(token)  # dependencies and parts of speech by hash: asked of most mentions
        for child in kids:
            if child.dep == _APPOS and self._is_apposed_name(token, child):
                return child
        if token.dep == _APPOS and self._is_apposed_name(token, token.head):
            return token.head
        for child in kids:
            if child.dep == _APPOS and child.pos == NOUN:
                inner = next((c for c in children(child) if c.dep_ == "appos" and self._is_apposed_name(child, c)), None)
                if inner is not None:
                    return inner
        return None

    def _is_apposed_name(self, token: Token, other: Token) -> bool:
        """A proper name beside ``token`` in the same line (a headline above is no apposition)."""
        if not self._is_proper(other) or self.name_of(other) is None:
            return False
        low, high = sorted((token.i, other.i))
        return not any("\n" in t.text for t in token.doc[low:high])


_UNREAD = object()


def _has_digit(token: Token) -> bool:
    return any(map(str.isdigit, token.text))


def _spaced_dash(token: Token) -> bool:
    """A dash with a space on either side: "Deborah Reynolds - Santilli's girlfriend" ends the name before it."""
    if token.text not in ("-", "–", "—"):  # the text first: most words fail it
        return False
    return bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


_IRREGULAR_PAST = {"said": "say", "wrote": "write", "told": "tell", "spoke": "speak"}


def _opening_cue(token: Token) -> bool:
    """A reporting verb in the past that opens a sentence before a name ("Stated Stone:", "Continued Stone:"),
    which the tagger took into the name."""
    word = token.lower_
    if not (token.is_sent_start or token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws) or not word.endswith(
        ("ed", "id", "ote", "old", "oke")
    ):
        return False
    verbs = default_lexicon().verbs
    stems = (_IRREGULAR_PAST.get(word), word[:-1], word[:-2], word[:-3] + "y")
    return any(stem in verbs for stem in stems if stem)
