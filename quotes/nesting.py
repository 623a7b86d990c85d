"""Reported speech nested inside the content of another quote.

In "According to the survey, most voters said they were worried" or "The mayor said the auditor told her the books
were clean", one attribution frames another: the words "most voters said they were worried" are what the survey
reports. Newsroom annotation (and a reader counting who said what) keeps the frame, the outer quote, whose content
holds the inner speaker, cue and content; a second, indirect quote "they were worried" inside it counts the same
words twice. So a reported (indirect or mixed) quote is dropped when its cue sits inside another quote's content and
is that content's main verb, or hangs below it as an argument ("by arguing that ...", "his claim that ...", "to
complain that ...").

It stays when its cue is a clause of its own that the outer content ran over, which in practice means the outer span
is too long, not that the speech is nested: a conjunct ("Vance said the plan was sound and added that costs would
fall"), an adverbial clause ("74 percent said yes, while 22 percent said they might change their mind") or a
relative clause ("a strike that executives said could hurt earnings"). A direct quote always stays: in "“We will
not pay,” Reyes said, according to the Gazette" the quotation is Reyes's whoever relays it; so does a mixed quote
that "according to" relays ("According to the Ledger, Briggs said the bridge “will open in May”"), although the
PolNeAR gold keeps only the outer quote there too (9 more false positives on its train split, a choice for the
reader who counts whose words are quoted).

Two duplicates of one clause go the same way: a reported quote inside a longer quote with the same cue ("called it
“reckless” that the council “has no plan”" once as mixed, once as indirect), and a direct quote whose cue verb opens
the quotation itself inside another quote ('Lee said the rivals were “telling voters what they want to hear”': the
quotation is Lee's, not the rivals' words).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .model import Quote

#: The cue lemma of a frame that only relays what someone else said ("according to the Ledger").
RELAY_LEMMA = "according to"
#: Dependencies by which a cue hangs in its own clause beside the outer content rather than inside it.
CLAUSE_OF_ITS_OWN_DEPS = frozenset({"conj", "advcl"})


def drop_nested_reports(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """The quotes without reported speech nested in another quote's content (see the module docstring).

    Only quotes whose span lies inside another quote's span are looked at, so the work is nothing for a document
    with no such pair.
    """
    nested: set[int] = set()
    for i, inner in enumerate(quotes):
        if inner.cue_start is None or inner.cue_end is None:
            continue
        if inner.type == "direct":
            if inner.cue_start < inner.quote_start < inner.cue_end and _cue_quoted(doc, inner, quotes):
                nested.add(i)
            continue
        for outer in quotes:
            if outer is inner or outer.cue_start is None:
                continue
            if not outer.quote_start <= inner.quote_start < inner.quote_end <= _attribution_end(outer):
                continue
            if (outer.quote_start, outer.quote_end) == (inner.quote_start, inner.quote_end):
                continue
            if inner.type == "mixed" and outer.cue_lemma == RELAY_LEMMA and outer.cue_start != inner.cue_start:
                continue  # "According to the Ledger, Briggs said the bridge “will open in May”": his words
            if outer.cue_start == inner.cue_start or (
                outer.quote_start <= inner.cue_start < outer.quote_end and _frames(doc, inner, outer)
            ):
                nested.add(i)
                break
    return [q for i, q in enumerate(quotes) if i not in nested] if nested else quotes


def _cue_quoted(doc: Doc, quote: Quote, quotes: list[Quote]) -> bool:
    """Whether a direct ``quote`` is a quotation opening with its own cue verb, inside another quote's content:
    in 'Lee said the rivals were "telling voters what they want to hear"' the rivals' "telling" is quoted
    by Lee, it does not attribute the quotation to the rivals."""
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    if cue is None or not len(cue) or cue.root.idx < quote.quote_start:
        return False
    return any(
        other is not quote and other.quote_start <= quote.quote_start and quote.quote_end <= other.quote_end
        for other in quotes
    )


def _frames(doc: Doc, inner: Quote, outer: Quote) -> bool:
    """Whether ``inner``'s cue is the main verb of ``outer``'s content or an argument below it."""
    cue = doc.char_span(inner.cue_start, inner.cue_end, alignment_mode="expand")
    content = doc.char_span(outer.quote_start, outer.quote_end, alignment_mode="expand")
    if cue is None or content is None or not len(cue) or not len(content):
        return False
    head = content.root
    token: Token = cue.root
    if token == head:
        return True
    if token.dep_ in CLAUSE_OF_ITS_OWN_DEPS:
        return False
    while token != head:
        if token.dep_ == "relcl" or token.head == token:
            return False
        token = token.head
    return True


def _attribution_end(quote: Quote) -> int:
    """Where ``quote``'s whole attribution ends: its content, or its cue and speaker when they follow it ("...,
    according to the Gazette")."""
    return max(quote.quote_end, quote.cue_end or 0, quote.speaker_end or 0)
