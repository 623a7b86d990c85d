"""Quoted names and titles: "the film “The Long Night”", "so-called “peace plan”", "said on “Meet the Press”".

Step 3a of `quotes.attribute`: a quoted span no cue claimed is no quote when it names something, unless a judging
verb passes a verdict with it ("called the plan “reckless”").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .direct import QuoteSpan
from .lexicon import Lexicon
from .memo import children
from .sentences import sentence_of

_SENTENCE_ENDS = frozenset({".", "!", "?", "\u2026"})


def is_title(tokens: Span, lexicon: Lexicon, n_words: int) -> bool:
    """Step 3a: a name or title in quotation marks ("the film “The Long Night”", "so-called “peace plan”")."""
    doc = tokens.doc
    if n_words > 8 and not (tokens.start >= 2 and doc[tokens.start - 2].lower_ in _NAMING_WORDS):
        return False  # "an article titled “...”" names a title of any length
    before = doc[max(tokens.start - 3, 0) : tokens.start]
    ends = [t.i for t in before if t.text in _SENTENCE_ENDS]
    if ends:  # "... during his first term. “Her instinct is ...”": the word ends the sentence before
        before = doc[ends[-1] + 1 : tokens.start]
    if _names_then_judges(tokens):
        return False
    if _is_venue(tokens):
        return True
    if any(_is_title_word(t, lexicon) and not _judges(t, tokens) for t in before):
        return True
    root = tokens.root
    head = root.head
    return root.dep_ in ("appos", "compound", "nmod") and head.lemma_.lower() in lexicon.title_words


def is_name_in_sentence(tokens: Span, lexicon: Lexicon) -> bool:
    """ "said on NBC's “Meet the Press.”", "the author of “Empire of the Fund,”", "took the stage to “Eye of the
    Tiger”": a quotation in title case (every word capitalised but the small ones), two to eight words, that a word of
    the sentence leads into, is the name of a show, book, song or slogan, however the parser hung it. Not a quotation
    opening its sentence or following a colon, a comma or a cue ("chanted “Marco! Marco!”"), not capitals throughout,
    and not in a headline, whose words are all capitalised anyway."""
    names = [t for t in tokens if t.is_alpha]
    if not 2 <= len(names) <= 8 or all(t.is_upper for t in names) or not _title_cased(names):
        return False
    body = tokens
    while len(body) and body[-1].is_punct:
        body = body[:-1]
    if any(t.text in _SENTENCE_ENDS for t in body):
        return False  # "Marco! Marco!": two utterances, not one name
    doc = tokens.doc
    i = tokens.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i < 0:
        return False
    lead = doc[i]
    if "\n" in doc[lead.i : tokens.start].text_with_ws:  # the text from ``lead`` to the quotation (`Doc.text` joins all)
        return False
    possessive = lead.tag_ == "POS" or lead.lower_ in _POSSESSIVES  # "on WTMJ’s “Midday”", "’s" tagged as a mark
    if not (lead.is_alpha or possessive) or lead.lemma_.lower() in lexicon.verbs:
        return False
    # the sentence around it (the parser may start a new one at the opening mark: "on WTMJ's “Midday Show”")
    sentence = doc[sentence_of(lead).start : max(sentence_of(tokens[0]).end, tokens.end)]
    return any(
        t.is_alpha and t.text[0].islower() and t.lower_ not in _TITLE_SMALL_WORDS
        for t in sentence
        if not tokens.start <= t.i < tokens.end
    )


#: A quoted term has fewer words than this ("a “burn bag,”", "deemed ''top secret,''").
TERM_MAX_WORDS = 3
#: Tags of a finite verb: a quotation holding one says something ("said “it failed.”").
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def is_quoted_term(text: str, tokens: Span, span: QuoteSpan, lexicon: Lexicon) -> bool:
    """ "placed a note in a “burn bag,” the Times reported", "urged him to act “presidential,” but": a quotation of
    one to three words inside its sentence, right after a word of it, with no finite verb and no question or
    exclamation mark, is a term the writer quotes, not an utterance. The comma or full stop before its closing mark
    is the sentence's own, set inside the marks in American style ("“surprises,” in the words of an aide"), not the
    end of something said. Not after a cue verb ("said “No comment.”"), not a quotation that opens its line."""
    content = text[span.content_start : span.content_end]
    names = [t for t in tokens if t.is_alpha or t.like_num]
    if not 1 <= len(names) <= TERM_MAX_WORDS or "?" in content or "!" in content:
        return False
    if any(t.tag_ in _FINITE for t in tokens):
        return False
    i = span.start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or not text[i].isalnum():
        return False  # a colon, a comma, a dash or a line break leads into it: it may be said
    doc = tokens.doc
    before = doc.char_span(i, i + 1, alignment_mode="expand")
    if before is None:
        return False
    word = before[0]
    return word.lemma_.lower() not in lexicon.verbs and word.lower_ not in lexicon.verbs


#: Words right before a quotation that make it a title however long it is: "an article titled “...”".
_NAMING_WORDS = frozenset({"titled", "entitled", "headlined"})
#: Nouns that name a work in apposition with them, besides the title words: "a Web ad, “Playing Nice,” in which".
_WORK_NOUNS = frozenset({"ad", "advert", "advertisement", "commercial", "memoir"})


def is_title_in_apposition(tokens: Span, lexicon: Lexicon) -> bool:
    """ "its politics podcast, “So, That Happened.”", "a Web ad, “Playing Nice,” in which children ...": a quotation
    in title case of one to eight words set off by a comma right after a noun that names a work is that work's
    title, even where the parse makes it the clause a verb of the sentence reports."""
    names = [t for t in tokens if t.is_alpha]
    if not 1 <= len(names) <= 8 or not _title_cased(names):
        return False
    doc = tokens.doc
    i = tokens.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i < 1 or doc[i].text != ",":
        return False
    noun = doc[i - 1]
    return noun.pos_ in ("NOUN", "PROPN") and (noun.lemma_.lower() in lexicon.title_words or noun.lower_ in _WORK_NOUNS)


def is_named_subject(text: str, tokens: Span, span: QuoteSpan, lexicon: Lexicon) -> bool:
    """ "''Morning Bell,'' which will be in bookstores on Tuesday, is a twist on ...", "''Harbor Patrol,'' the 1980s
    drama that NBC revived, is considered a model": a quotation in title case of one to six words, with no finite
    verb, that opens its sentence and is the subject of a verb outside the marks that is no cue is the name of a
    work, not something said ("“Absolutely Right,” the mayor said" is the object of its cue)."""
    content = text[span.content_start : span.content_end].rstrip()
    names = [t for t in tokens if t.is_alpha]
    if not content.endswith(",") or not 1 <= len(names) <= 6 or not _title_cased(names):
        return False
    if any(t.tag_ in _FINITE for t in tokens):
        return False
    sentence = sentence_of(tokens[0])
    if text[min(sentence.start_char, span.start) : span.start].strip():
        return False
    root = tokens.root
    head = root.head
    return (
        root.dep_ in ("nsubj", "nsubjpass")
        and not tokens.start <= head.i < tokens.end
        and head.i > tokens.end
        and head.lemma_.lower() not in lexicon.verbs
        and not any(t.is_quote for t in root.doc[tokens.end + 1 : head.i])  # "“Your Honor,” I said, “I would ...”"
    )


#: The possessive ending, which the tagger sometimes takes for a closing quotation mark after a name in capitals.
_POSSESSIVES = frozenset({"'s", "\u2019s"})


#: Verbs that give a name to what they are said of: the quotation after them is the name ("a film called “X”").
NAMING_VERBS = frozenset({"call", "dub", "name", "title", "term", "label", "brand", "nickname", "christen"})


def term_under_cue(tokens: Span, cue: tuple[Token, Span, str] | None) -> bool:
    """ "accused her of racism for using the term “superpredator”", "refused to say the words “radical Islam”": a
    quoted term that a title word announces is still part of what a cue above it reports, unless the cue names it
    ("a show called “X”") or the term is written as a name (title case: "told ABC's “Good Morning America”")."""
    if cue is None or cue[0].lemma_.lower() in NAMING_VERBS:
        return False
    names = [t for t in tokens if t.is_alpha]
    return bool(names) and not _title_cased(names)


def _title_cased(names: list[Token]) -> bool:
    return names[0].text[0].isupper() and all(t.text[0].isupper() or t.lower_ in _TITLE_SMALL_WORDS for t in names)


#: Prepositions before the name of a programme or event on which something was said: "said on “Meet the Press”",
#: "speaking to “Morning Edition”" ("to" only after speak and talk), "at “Politics Live”".
_VENUE_PREPS = frozenset({"on", "at", "during", "in"})
#: Short words that stay lower case in a title.
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "with", "at", "by", "from"})


def _is_venue(tokens: Span) -> bool:
    """ "said on ABC's “This Week”", "told “Fox and Friends”", "in an interview with “Fox News Sunday”": a name in
    title case where the programme, the event or the audience of the saying goes is not a quotation."""
    names = [t for t in tokens if t.is_alpha]
    if not names or len(names) > 6 or not names[0].text[0].isupper():
        return False
    if not all(t.text[0].isupper() or t.lower_ in _TITLE_SMALL_WORDS for t in names):
        return False
    root = tokens.root
    head = root.head
    if root.dep_ in ("dobj", "dative"):
        return head.lemma_.lower() == "tell" and head.i < tokens.start  # the audience told
    if root.dep_ not in ("pobj", "pcomp") or tokens.start - head.i > 5:
        return False
    if head.lower_ == "to":
        return head.head.lemma_.lower() in ("speak", "talk")  # not "referred to “ISIS”": what was said
    if head.lower_ == "with":
        return head.head.lemma_.lower() in ("interview", "conversation", "chat", "appearance")
    return head.lower_ in _VENUE_PREPS


def _is_title_word(token: Token, lexicon: Lexicon) -> bool:
    """A word that makes the quotation after it a name: "film", "films", "so-called", "dubbed". A verb counts only
    as written in the lexicon ("called"), not by its lemma: "for showing “the courage of ...”" is no "show"."""
    if token.lower_ in lexicon.title_words:
        return True
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in lexicon.title_words


#: Verbs that pass a judgement on their object in the words that follow it: "called the plan “reckless”".
JUDGING_VERBS = frozenset({"call", "dub", "label", "brand", "term", "deem", "pronounce", "declare", "name"})


#: Words that stand for what a judging verb judges ("called that “a disgrace”"), whatever the tagger made of them.
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those", "it"})


def _names_then_judges(tokens: Span) -> bool:
    """ "called him “my hero”", "called the programme “worse than useless”": a judging verb, then its object
    outside the quotation marks, then the quotation is what the object was called, not a title (where "a film
    called “X”" and "the programme “X”" name one)."""
    doc = tokens.doc
    sent_start = sentence_of(tokens[0]).start
    for i in range(tokens.start - 2, max(tokens.start - 8, sent_start) - 1, -1):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in JUDGING_VERBS:
            continue
        between = doc[i + 1 : tokens.start]
        return any((t.pos_ in ("NOUN", "PROPN", "PRON") or t.lower_ in _DEMONSTRATIVES) and not t.is_quote for t in between)
    return False


def _judges(word: Token, tokens: Span) -> bool:
    """ "The ministry called the accusations “absurd”": a verb with a subject and an object of its own,
    whose complement the quoted words are, passes a judgement, where "a film called “X”" names a title."""
    return (
        word.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in children(word))
        and any(c.dep_ == "dobj" for c in children(word))
        and tokens.root.dep_ == "oprd"
        and tokens.root.head == word
    )
