"""`resolve_speakers`: index the document once, then resolve its mentions in document order."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .. import memo
from ..memo import children
from ..model import Quote
from .clusters import _cluster
from .forms import as_written, title_abbreviations
from .lexicons import Lexicons, default_lexicons
from .lookup import _apposed_role
from .mentions import _MentionIndex
from .names import _spaced_dash
from .records import UNKNOWN, Speaker, _Mention
from .rules import RULES, _resolve_as_written
from .tokens import _conjuncts, _description_head, _determiner, _head_of, _lemma, _some_of_a_people
from .words import PRONOUNS, _clean


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
    memo.begin(doc)
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


class _Resolver(_MentionIndex):
    """The mention index of a document, with each mention resolved in document order by `RULES`."""

    def __init__(self, doc: Doc, quotes: list[Quote], lex: Lexicons, text: str | None = None) -> None:
        super().__init__(doc, quotes, lex, text)
        self._rest: list[_Mention] = []
        mentions = self._index(quotes)
        self.cluster_of, self.canonical_of = _cluster(self, mentions)
        # In document order: every mention sees only what precedes it. Those after the last speaker
        # mention are visited only if a later `resolve` needs a token not resolved yet (`_rest`).
        last = max((span.end - 1 for span in self.speaker_spans.values()), default=len(doc))
        stop = next((k for k, m in enumerate(mentions) if m.token.i > last), len(mentions))
        for mention in mentions[:stop]:
            self._visit(mention)
        self._rest = mentions[stop:]

    def speaker_of(self, span: Span) -> Speaker:
        """Who a quote's speaker mention is; names coordinated inside it are one group:
        "Raymond Poole and Denise Whitlow"."""
        token = _head_of(span)
        if not self.doc.has_annotation("DEP"):  # no parse to read: the mention as written
            pronoun = len(span) == 1 and span[0].lower_ in PRONOUNS
            return Speaker(None, resolution="pronoun") if pronoun else Speaker(_clean(span.text) or None)
        speaker = self.resolved.get(token.i, UNKNOWN)
        named = token if self.name_of(token) is not None else self._apposed_name(token)
        if named is not None and _some_of_a_people(named) and (named is not token or speaker.written is not None):
            named = None  # "some Democrats", "X, a registered Republican": a description, not the party's name
        lead = self._leading_name(span) if speaker.resolution == "as-written" else None
        if lead is not None and lead.i < token.i:  # "Deborah Reynolds - Santilli's girlfriend - told": the name
            speaker, named = self.resolve(lead), lead
        trail = self._trailing_name(span, token) if named is None or named is token else None
        if trail is not None:  # "Chairman of the Environmental Audit Committee Peter Ainsworth MP": the person
            speaker, named = self.resolve(trail), trail
        if named is None and speaker.canonical is not None and speaker.written is not None:
            # a description that names no one ("the senator", "critics", "a new poll"), or a pronoun or role noun
            # that refers to one: kept as written, so that it can be told from a name and filtered, never cut
            # down to its head noun
            owned = any(c.dep_ == "poss" for c in children(token))  # "his brother" is someone in particular
            generic = speaker.type == "person" and _determiner(token) in (None, "a", "an") and not owned
            generic = generic and speaker.resolution == "as-written"
            return replace(
                speaker,
                canonical=(as_written(span.text) if speaker.resolution == "as-written" else speaker.written)
                or speaker.canonical,
                type="unknown" if generic else speaker.type,  # "a source familiar with the matter"
                resolution="unresolved",
            )
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

    def _leading_name(self, span: Span) -> Token | None:
        """The head of a person's name that opens a mention and a dash or comma ends: "Deborah Reynolds - ..."."""
        entity = self.entity_of.get(span.start)
        if entity is None or entity.label_ != "PERSON" or entity.end >= span.end:
            return None
        end = next((t.i for t in entity if t.i > entity.start and _spaced_dash(t)), entity.end)  # a tagger's overreach
        last = self.doc[end - 1]
        return last if self.doc[end].text in ("-", "–", "—", ",") and self.name_of(last) is not None else None

    def _trailing_name(self, span: Span, token: Token) -> Token | None:
        """The head of a person's name that ends a mention headed by a capitalised word outside it: "Director of
        rugby Warren Gatland", "Commission for Racial Equality chairman Trevor Phillips" (as the parser read them);
        not "a spokesman for Mr Blair" nor "Friends of Ana Ruiz"."""
        if token.is_lower or token.i in self.entity_of and self.entity_of[token.i].label_ == "PERSON":
            return None
        own = self.name_of(token)
        if (own is not None and own.kind == "person") or any(c.dep_ == "conj" for c in children(token)):
            return None  # "Trump, Ryan and RNC Chairman Reince Priebus": a group
        end = span.end
        while end > token.i + 1 and (
            self.doc[end - 1].is_punct or self.lex.name_part(self.doc[end - 1].text) == "post-nominal"
        ):
            end -= 1  # "Peter Ainsworth MP", "Ken Macdonald QC,"
        entity = self.entity_of.get(end - 1)
        if entity is None or entity.label_ != "PERSON" or entity.end > span.end or entity.start <= token.i:
            return None
        root, last = entity.root, self.doc[end - 1]
        if root.dep_ in ("poss", "conj") or (root.dep_ == "pobj" and entity.start == root.head.i + 1):
            return None  # "Friends of Ana Ruiz"; not "Director of rugby Owen Tallis"
        name = self.name_of(last)
        return last if name is not None and name.kind == "person" else None

    def _visit(self, mention: _Mention) -> None:
        speaker = self.resolve(mention.token)
        mention.speaker = speaker
        if speaker.canonical is None:
            return
        self.by_sent[mention.sent].append(mention)
        if mention.is_speaker:
            self.previous_speakers.append(mention)
        own = self.name_of(mention.token) is not None
        named = own or self._apposed_name(mention.token) is not None
        if not named and speaker.resolution == "as-written":
            return  # "a spokesman" with no one behind it: nothing for a later "the spokesman"
        nominal = self.lex.nominal(mention.token)
        keys = {_lemma(mention.token), speaker.role, nominal.key if nominal else None}
        if speaker.role is not None:  # "Rep. Eli Cato": a later "the congressman"
            role = speaker.role.split()[-1]
            for title in title_abbreviations().values():
                if title.role == role:
                    keys.update(title.aliases)
        description = (_description_head(mention.token, self.lex) or _apposed_role(self, mention.token)) if own else None
        if description is not None:
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
        """The first rule of `RULES` that gives a speaker, else `_resolve_as_written`."""
        for rule in RULES:
            speaker = rule(self, token)
            if speaker is not None:
                return speaker
        return _resolve_as_written(self, token)


def _fill(quote: Quote, speaker: Speaker) -> None:
    quote.speaker_canonical = speaker.canonical
    quote.speaker_type = speaker.type if speaker.canonical is not None else "unknown"
    quote.speaker_role = speaker.role
    quote.speaker_affiliation = speaker.affiliation
    if quote.speaker_resolution != "inherited":
        quote.speaker_resolution = speaker.resolution if quote.speaker_start is not None else None
