"""The words and labels the resolver's rules key on, and how a name is written and compared."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

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
ISSUE_VERBS = frozenset({"issue", "release", "publish", "put", "send", "post", "make", "give", "read", "tweet", "provide", "email", "write", "deliver", "submit", "share", "circulate"})
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


_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_HYPHEN = re.compile(r"\s*-\s*")


@lru_cache(maxsize=1 << 16)  # the same names again and again: computed once each
def _clean(text: str) -> str:
    """A name as shown: one space between words, no edge punctuation, no leading "the"."""
    text = _SPACES.sub(" ", text).strip(" ,;:.-–—()" + _QUOTE_CHARS)
    return _ARTICLE.sub("", text)


@lru_cache(maxsize=1 << 16)
def _plain(text: str) -> str:
    """Lowercase, without a leading "the", dots or extra spaces: the form names are compared in."""
    text = _SPACES.sub(" ", text.lower().replace(".", "")).strip()
    return text[4:] if text.startswith("the ") else text


def _lemma(token: Token) -> str:
    lemma = _LOWER_LEMMAS.get(token.lemma)  # by the lemma's hash: one lowercasing per lemma and process
    if lemma is None:
        lemma = (token.lemma_ or token.text).lower()
        if token.lemma and len(_LOWER_LEMMAS) < 500_000:
            _LOWER_LEMMAS[token.lemma] = lemma
    return lemma


#: A lemma's hash -> the lemma in lower case.
_LOWER_LEMMAS: dict[int, str] = {}

#: Bodies a person has, named after them: "his campaign", "the Clinton campaign" are the "<person> campaign".
OWNED_BODIES = frozenset({"campaign", "office", "team", "administration", "foundation", "government"})
#: Titles written before a single name that is a person's ("Prince Alwaleed", "King Abdullah", "Sheikh Hamad").
ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "sheikh", "sheikha", "emir", "sultan"})
#: Words that open the patronymic of an Arabic name ("Alwaleed bin Talal"): no name starts with them, and the
#: name's short form is its first word ("Alwaleed").
PATRONYMICS = frozenset({"bin", "ibn", "bint", "binti"})
