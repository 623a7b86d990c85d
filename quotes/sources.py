"""What kind of source a quote has, and why an anonymous one was not named: `find_source_kinds`.

Run after `quotes.resolve.resolve_speakers`, on its output and the speaker mention as written, so that a
generic source left with no canonical name ("critics") is still told from the mention itself:

- ``named``: a person or body named in the text ("Priya Mandal", "the council", "the prime minister",
  "a spokeswoman for Ashby Council" resolved to the council, "she" resolved to a named person);
- ``anonymous``: an individual the text deliberately does not name: a mention headed by "source",
  "insider"... (`quotes/data/anonymous_sources.txt`), one marked as such ("on condition of anonymity",
  "who asked not to be named", "familiar with the talks", "close to the minister"), or a person noun
  with an indefinite determiner ("a senior official", "one aide", "another diplomat");
- ``generic``: a group or kind of people: a plural noun with no name behind it ("critics", "experts",
  "residents", "analysts", "opposition councillors");
- ``document``: a report, poll or statement whose issuer is not named ("a report", "the survey").

A quote with no speaker mention gets none. A pronoun takes the kind of the earlier mention of the same
speaker. ``anonymity_reason`` is the clause that explains an anonymous source's anonymity when the
sentence gives one ("because they were not authorised to discuss the talks", "for fear of reprisals"),
with its offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from .gender import find_genders, speaker_span
from .lexicon import data_lexicon
from . import memo
from .memo import children
from .model import Quote
from .pipeline import char_span, token_span
from .resolve import Lexicons, default_lexicons
from .sentences import sentence_of

PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "two", "three", "many"})
#: What marks an unnamed speaker as deliberately anonymous, in the mention or its sentence.
ANONYMITY_MARKERS = re.compile(
    r"\b(?:on (?:the )?condition (?:of|that) (?:anonymity|(?:he|she|they|it) (?:not be|remain|was not|were not) \w+)"
    r"|anonymously|anonymity|unnamed|unidentified"
    r"|(?:asked|declined|requested|wished|refused|wanted) not to be (?:named|identified|quoted)"
    r"|declined to be (?:named|identified)|did not want to be (?:named|identified)|would not be named"
    r"|familiar with|with (?:direct )?knowledge of|briefed on|privy to"
    r"|close to (?:the |a |an |his |her |their )?(?:(?-i:[A-Z]\w+)|minister|president|prime minister|premier|chancellor"
    r"|family|government|leadership|party|campaign|investigation|inquiry|talks|negotiations|team|club|board"
    r"|king|queen|palace|mayor|governor|leader|chief))\b",
    re.IGNORECASE,
)
_TO_END = r"[^.,;:!?\"“”()]*"
#: Clauses that explain anonymity.
REASONS = re.compile(
    rf"\b(?:because|as|since)\s+(?:(?:he|she|they|I|we|it|the\s+\w+)\s+)?(?:was|were|is|are|had|has|have|did|does|do)"
    rf"\s*(?:not|n[’']t)\s+(?:been\s+)?(?:authori[sz]ed|allowed|permitted|cleared|entitled|supposed){_TO_END}"
    rf"|\bbecause\s+(?:of\s+)?{_TO_END}?\b(?:sensitiv\w*|confidential\w*|private|ongoing|fear\w*|reprisals?|retaliation"
    rf"|retribution|not\s+(?:yet\s+)?(?:been\s+)?(?:public|announced|made\s+public)){_TO_END}"
    rf"|\b(?:for\s+fear\s+of|fearing|to\s+avoid|to\s+protect|so\s+as\s+not\s+to){_TO_END}"
    rf"|\b(?:not|n[’']t)\s+(?:been\s+)?(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+(?:speak|talk|comment|discuss|brief){_TO_END}",
    re.IGNORECASE,
)


def anonymous_nouns() -> frozenset[str]:
    """The head nouns of `quotes/data/anonymous_sources.txt`."""
    return data_lexicon("anonymous_sources.txt")


def find_source_kinds(
    doc: Doc, quotes: list[Quote], *, text: str | None = None, lexicons: Lexicons | None = None
) -> None:
    """Set ``source_kind`` and ``anonymity_reason`` (with offsets) of ``quotes`` in place (see the module docstring).

    Args:
        doc: the parsed document the quotes' offsets point into.
        quotes: the quotes of ``doc``, their speakers resolved.
        text: ``doc.text``, when the caller has it.
        lexicons: the word lists; by default those in `quotes/data/`.
    """
    lex = lexicons or default_lexicons()
    text = doc.text if text is None else text
    kind_of: dict[str, str] = {}  # canonical -> kind of its first mention that is not a pronoun
    later: list[tuple[Quote, Span]] = []
    for quote in quotes:
        quote.source_kind = quote.anonymity_reason = quote.anonymity_reason_start = quote.anonymity_reason_end = None
        span = speaker_span(doc, quote)
        if span is None:
            continue
        head = span.root
        if head.lower_ in PRONOUNS and len([t for t in span if not t.is_punct]) == 1:
            later.append((quote, span))
            continue
        quote.source_kind = classify_mention(span, quote, lex)
        if quote.speaker_canonical and quote.speaker_canonical not in kind_of:
            kind_of[quote.speaker_canonical] = quote.source_kind
        if quote.source_kind == "anonymous":
            _set_reason(quote, span, text)
    for quote, span in later:
        quote.source_kind = _pronoun_kind(quote, span, kind_of, lex)
    reasons: dict[str, tuple[str | None, int | None, int | None]] = {}
    for quote in quotes:  # the same anonymous speaker again: its reason, once given, holds
        if quote.source_kind != "anonymous" or not quote.speaker_canonical:
            continue
        if quote.anonymity_reason is not None:
            reasons.setdefault(quote.speaker_canonical, (quote.anonymity_reason, quote.anonymity_reason_start,
                                                         quote.anonymity_reason_end))  # fmt: skip
        elif quote.speaker_canonical in reasons:
            quote.anonymity_reason, quote.anonymity_reason_start, quote.anonymity_reason_end = reasons[
                quote.speaker_canonical
            ]


def classify_mention(span: Span, quote: Quote, lex: Lexicons) -> str:
    """The source kind of a speaker mention that is not a pronoun (see the module docstring)."""
    head = span.root
    if _is_name(head):
        return "named"
    nominal = lex.nominal(head)
    lemma = head.lemma_.lower()
    resolved_to_name = _names_someone(quote)
    if nominal is not None and nominal.kind == "statement" or lemma in lex.statement_words or head.lower_ in lex.statement_words:
        if _determiner(head) in _POSSESSIVE_PRONOUNS:
            return "named"  # "its report": the issuer is the body in focus
        if resolved_to_name:
            words = (quote.speaker_canonical or "").split()
            # the document's own name ("The study" -> "Castlemere Ageing Study") is not its issuer's
            return "document" if words and words[-1].lower() in lex.statement_words else "named"
        if _has_name(span):
            return "named"  # "the ministry's statement", "a Civica poll": the issuer is named
        if quote.speaker_type not in ("unknown", "group"):
            return "named"
        return "document"
    if lemma in anonymous_nouns() or head.lower_ in anonymous_nouns():
        return "anonymous"
    # People, or someone speaking for a body ("a Juventus official, who declined to be named", resolved to the club)
    person = quote.speaker_type in ("person", "group", "unknown") or nominal is not None and nominal.kind in ("person", "spokes")
    if person:
        subtree = token_span(head.doc, head.left_edge.i, head.right_edge.i + 1)
        if ANONYMITY_MARKERS.search(subtree.text) or _marked_in_sentence(head):
            return "anonymous"
    if resolved_to_name or _has_name(span) and _capitalised(quote.speaker_canonical):
        return "named"  # "A spokeswoman for the ministry, Irina Voss"; "the council leader" -> Priya Mandal
    if quote.speaker_type in ("organisation", "media", "place"):
        return "named"
    if _is_plural(head) or quote.speaker_type == "group":
        return "generic"
    determiner = _determiner(head)
    if determiner in INDEFINITE:
        return "anonymous"  # "a senior official", "one aide"
    if determiner is None and nominal is not None and nominal.kind == "person":
        return "named"  # "Prime Minister Ruiz said", "Prime minister said": a role that names its holder
    if nominal is not None and nominal.kind == "spokes" or lemma in ("person", "man", "woman", "aide", "diplomat"):
        return "anonymous"  # "the official", "the aide": the unnamed person met before
    return "named"  # "the mayor", "the prosecution", "her client": one the reader can tell


def _pronoun_kind(quote: Quote, span: Span, kind_of: dict[str, str], lex: Lexicons) -> str | None:
    """A pronoun's kind: that of the earlier quote of its speaker, else what its canonical name is: a name or a
    role ("the prime minister") is named, a plural generic, an unnamed person ("official") anonymous."""
    canonical = quote.speaker_canonical
    if not canonical:
        return None
    if canonical in kind_of:
        return kind_of[canonical]
    if _capitalised(canonical) or quote.speaker_type in ("organisation", "media", "place"):
        return "named"
    if span.root.lower_ in ("they", "we"):
        return "generic"
    words = canonical.lower().split()
    entry = lex.nominals.get(" ".join(words[-2:])) or lex.nominals.get(words[-1]) if words else None
    if words and words[-1] in anonymous_nouns() or entry is not None and entry[0] == "spokes":
        return "anonymous"
    return "named" if entry is not None else "anonymous"


def _capitalised(name: str | None) -> bool:
    return any(word[:1].isupper() for word in (name or "").split())


def _names_someone(quote: Quote) -> bool:
    """Whether resolution led the mention to a name ("the council leader" -> "Priya Mandal")."""
    return quote.speaker_resolution not in (None, "as-written", "unresolved") and _capitalised(quote.speaker_canonical)


def _is_name(token: Token) -> bool:
    """A proper name; a capitalised word that opens a sentence with no entity label, or a plural common noun
    ("Campaigners said"), is not one."""
    if token.tag_ == "NNS" or not token.text[:1].isupper():
        return False
    if token.ent_type_ in _NAME_LABELS:
        return True
    return token.pos_ == "PROPN" and not token.is_sent_start


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
#: Dependents of a mention's head that are not part of its noun phrase's naming: "a source close to Mr
#: Blair", "officials who spoke to The Times".
_NOT_NAMING = frozenset({"prep", "relcl", "acl", "advcl", "punct", "cc"})


def _has_name(span: Span) -> bool:
    """A name in the noun phrase itself, appositions included ("Two writers, the poet Sam Adeyemi"), but
    not inside a prepositional phrase or clause ("a source close to Mr Blair")."""
    stack = [t for t in children(span.root) if t.dep_ not in _NOT_NAMING]
    while stack:
        token = stack.pop()
        if _is_name(token) or token.dep_ == "poss" and token.pos_ in ("PROPN", "NOUN"):
            return True
        stack.extend(t for t in children(token) if t.dep_ not in _NOT_NAMING)
    return False


def _is_plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS") or "Plur" in token.morph.get("Number")


def _determiner(token: Token) -> str | None:
    for child in children(token):
        if child.dep_ in ("det", "nummod", "predet", "poss") and child.i < token.i:
            return child.lower_
    return None


def _marked_in_sentence(head: Token) -> bool:
    """ "..., said a senior official, speaking on condition of anonymity": the marker in the sentence, for an
    unnamed person with an indefinite determiner."""
    if _determiner(head) not in INDEFINITE and head.lower_ not in ("officials", "sources"):
        return False
    words = sentence_of(head).text
    return bool(re.search(r"anonymity|anonymously|not to be (?:named|identified)|declined to be (?:named|identified)", words))


def _set_reason(quote: Quote, span: Span, text: str) -> None:
    """The clause of the mention's sentence (or the quote's) that explains the anonymity."""
    for sentence in _sentences(span, quote):
        start = sentence.start_char
        piece = text[start : sentence.end_char]
        match = REASONS.search(piece)
        if match is None:
            continue
        reason = match.group(0).rstrip(" ,—–-")
        quote.anonymity_reason = reason
        quote.anonymity_reason_start = start + match.start()
        quote.anonymity_reason_end = start + match.start() + len(reason)
        return


def _sentences(span: Span, quote: Quote) -> Iterable[Span]:
    seen = {span.sent.start}
    yield span.sent
    content = char_span(span.doc, quote.quote_start, quote.quote_end)
    if content is not None:
        for sentence in (content[0].sent, content[-1].sent):
            if sentence.start not in seen:
                seen.add(sentence.start)
                yield sentence




def describe_sources(doc: Doc, quotes: list[Quote], *, text: str | None = None, lexicons: Lexicons | None = None) -> None:
    """Who gets a voice: each quote's speaker gender (`quotes.gender.find_genders`) and source kind
    (`find_source_kinds`), set in place after resolution. The one place `find_quotes` calls."""
    text = doc.text if text is None else text
    memo.begin(doc)
    find_genders(doc, quotes, text=text, lexicons=lexicons)
    find_source_kinds(doc, quotes, text=text, lexicons=lexicons)
