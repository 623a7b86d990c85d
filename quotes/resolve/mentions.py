"""The mention index: the document read once, and every mention that can name a speaker, in order."""

from __future__ import annotations

import bisect
from collections import defaultdict

from spacy.strings import get_string_id
from spacy.symbols import PRON
from spacy.tokens import Doc, Span, Token

from ..memo import children
from ..model import Quote
from ..pipeline import text_length
from .lexicons import Lexicons
from .names import _Names
from .records import Speaker, _Mention, _Name
from .tokens import (
    _CONJ,
    _ENTITY_LABEL_IDS,
    _PROPER_TAGS,
    _expletive,
    _head_of,
    _noun_chunk_roots,
    _pronoun,
    _sentence_numbers,
    _statement_events,
)
from .words import CHAIN_PRONOUNS, NUMERIC_LABELS, SUBJECT_DEPS


class _MentionIndex(_Names):
    """What the rules read: the document's sentences, entities, quoted contents and statements, the mentions
    resolved so far by sentence and by head noun, and the earlier speakers."""

    cluster_of: dict[str, str]  # name key -> its cluster's key
    canonical_of: dict[str, str]  # cluster key -> its canonical form

    def __init__(self, doc: Doc, quotes: list[Quote], lex: Lexicons, text: str | None = None) -> None:
        self.doc, self.lex = doc, lex
        self.n_chars = text_length(doc)
        self.text = text = text if text is not None and len(text) == self.n_chars else doc.text
        self.sent_of = _sentence_numbers(doc, text)
        # where the first and the last line breaks are (-1: none): "on the first line", "with a line below"
        self.first_break, self.last_break = text.find("\n"), text.rfind("\n")
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
        self.shared_surnames: dict[str, frozenset[str]] = {}  # "bundy" -> "ammon bundy", "ryan bundy"

    def _index(self, quotes: list[Quote]) -> list[_Mention]:
        """Mentions that can name a speaker, one per head token, in document order."""
        heads: dict[int, bool] = {}  # token index -> is a quote's speaker
        for root in _noun_chunk_roots(self.doc) if self.doc.has_annotation("DEP") else ():
            heads.setdefault(root, False)
        for ent in self.ents:
            if ent.label in _ENTITY_LABEL_IDS:
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
                        subject=token.dep in _SUBJECT_DEP_IDS or self.sent_of[token.head.i] != self.sent_of[i],
                        quote=None if heads[i] else self._quote_at(token.idx),
                        is_speaker=heads[i],
                    )
                )
        return mentions

    def _speaker_span(self, quote: Quote) -> Span | None:
        if quote.speaker_start is None or quote.speaker_end is None:
            return None
        if not 0 <= quote.speaker_start < quote.speaker_end <= self.n_chars:
            return None
        return self.doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")

    def _worth_indexing(self, token: Token) -> bool:
        pronoun = _pronoun(token)
        if pronoun is not None:
            return pronoun in CHAIN_PRONOUNS and token.dep in _SUBJECT_DEP_IDS and not _expletive(token)
        if token.pos == PRON:
            return False
        if token.dep == _CONJ and any(c.text == "&" for c in children(token.head)):
            return False  # "Finch" in "Pellow & Finch" is part of a name
        entity = self.entity_of.get(token.i)
        if entity is not None and entity.label in _ENTITY_LABEL_IDS:
            return True
        if entity is not None and entity.label in _NUMERIC_LABEL_IDS:
            return False
        return token.tag in _PROPER_TAGS or self.lex.nominal(token) is not None

    def _quote_at(self, char: int) -> int | None:
        """The quoted content ``char`` is in: the latest-starting one that holds it."""
        i = bisect.bisect_right(self.quote_starts, char) - 1
        for j in range(i, max(-1, i - 3), -1):  # contents seldom overlap: a few steps back suffice
            if char < self.quote_spans[j][1]:
                return j
        return None

    def resolve(self, token: Token) -> Speaker:
        """Who the mention headed by ``token`` refers to (`_Resolver.resolve`)."""
        raise NotImplementedError


#: Labels and dependencies by their hashes (the index reads them on every candidate mention).
_SUBJECT_DEP_IDS = frozenset(get_string_id(dep) for dep in SUBJECT_DEPS)
_NUMERIC_LABEL_IDS = frozenset(get_string_id(label) for label in NUMERIC_LABELS)
