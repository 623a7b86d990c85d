"""How a quotation is framed when the parse's reported speech does not say it plainly.

The rules `quotes.attribute` applies to quoted spans beside their cue:

* the speaker of a cue is never a phrase inside quotation marks (`speaker_outside_marks`);
* a content that its own cue interrupts gives one quote per part, the cue and speaker cut out
  (`parts_around_cue`: "“The lake,” Mr. Obi said, “has never been this low.”");
* a cue after a quoted question or exclamation that the parse made a sentence of its own
  (`tags_question`), and a quotation that opens its sentence and ends like an utterance
  (`tagged_utterance`) is direct even when the parse hangs it below its cue;
* a verb the lexicon lacks, in the place of a cue right after a quotation (`adjacent_cue`:
  "“...,” remembered Roy Verley");
* a quote right after the previous quote's attribution inherits its speaker (`after_attribution`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .direct import QuoteMarks, QuoteSpan
from .lexicon import data_text
from .model import Quote
from .misread_cues import name_compounded_with_cue, object_after_inverted_cue, speaker_of_reduced_cue
from .reported import CLAUSE_DEPS, Speech
from .speakers import SUBJECT_DEPS, find_speaker, mention_span
from .sentences import sentence_of
from .memo import children


def words(text: str) -> list[str]:
    """The words of a text that hold a letter or a digit."""
    return [w for w in text.split() if WORD_CHAR.search(w)]


#: A letter or a digit: what `str.isalnum` accepts (``\w`` less the underscore), found by one search per word
#: rather than a test of each character in Python.
WORD_CHAR = re.compile(r"[^\W_]")


def in_marks(marks: QuoteMarks, span: Span) -> bool:
    """Whether a mention lies inside quotation marks (it is words of the quote, not who spoke them)."""
    return marks.at(span.start_char) is not None or marks.at(span.end_char - 1) is not None


def speaker_outside_marks(verb: Token, marks: QuoteMarks, *, reduced: bool = True) -> Span | None:
    """The speaker of a cue verb, never a phrase inside quotation marks.

    The parse often takes the last words of a quotation for the subject of the cue after it ("“We are in
    crisis. Full crisis mode,” said Joan Bell": "mode" as subject); then another subject of the verb outside
    the marks, or the noun phrase right after an inverted cue ("said Joan Bell"), is the speaker. With
    ``reduced``, a cue the parse read as a participle of the noun before it speaks through that noun
    (`quotes.misread_cues`).
    """
    speaker = find_speaker(verb)
    if speaker is not None and not in_marks(marks, speaker):
        return subject_after_quotation(verb, speaker, marks) or speaker
    for child in children(verb):  # another subject: the parse may take a closing mark for the first ("»")
        if child.dep_ in SUBJECT_DEPS and marks.at(child.idx) is None and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return mention_span(child, stop=verb)
    if verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in children(verb)):
        return _subject_before_participle(verb, marks)
    if speaker is None and _name_tied_into_quotation(verb, marks):  # "Ann Roe, the nominee, tweeted: “...”"
        return mention_span(verb.head, stop=verb)
    if speaker is None:
        noun = speaker_of_reduced_cue(verb, marks) if reduced else None  # "One lawmaker called Trump “...”"
        if noun is None:
            noun = name_compounded_with_cue(verb, marks)  # "“...,” Conway notes.", "Conway" a compound of "notes"
        if noun is not None:
            return noun
        return _after_inverted_cue(verb, marks) if _follows_quotation(verb, marks) else _apposition_before(verb, marks)
    closing = marks.at(speaker.start_char)
    if closing is not None and marks.spans[closing].end < verb.idx:  # "“...,” Gene Sperling, an adviser, said"
        named = _phrase_between(verb.doc, marks.spans[closing].end, verb)
        if named is not None:
            return named
    return _after_inverted_cue(verb, marks)


def _name_tied_into_quotation(verb: Token, marks: QuoteMarks) -> bool:
    """ "Ann Roe, the party's nominee, tweeted in response: “Thugs kill reporters; we do not.”": the parse made the
    name the subject of a verb inside the quotation and hung the cue on the name as a participle. A cue set off
    after a name by a comma, whose name is the subject of a verb in quotation marks, speaks through that name."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.i > head.i
        and verb.doc[verb.i - 1].text == ","
        and head.pos_ == "PROPN"
        and head.dep_ in SUBJECT_DEPS
        and marks.at(head.idx) is None
        and marks.at(head.head.idx) is not None
    )


def subject_after_quotation(verb: Token, speaker: Span, marks: QuoteMarks) -> Span | None:
    """ "His verdict: “It is not good,” he said.": the parse gave the cue two subjects, the phrase before the
    quotation and the one between the quotation and the cue; the one right before the cue is the speaker."""
    doc = verb.doc
    later = [
        c
        for c in children(verb)
        if speaker.end <= c.i < verb.i and c.dep_ in SUBJECT_DEPS and marks.at(c.idx) is None  # the position first
        and c.pos_ in ("PROPN", "NOUN", "PRON")
    ]
    if not later:
        return None
    subject = later[-1]
    if not any(t.is_quote and marks.at(t.idx) is not None for t in doc[speaker.end : subject.left_edge.i]):
        return None
    return mention_span(subject, stop=verb)


#: Entity types of a phrase that says when, never who ("said by telephone this week").
_WHEN = frozenset({"DATE", "TIME"})
#: Pronouns that can speak after an inverted cue: "“...,” added another."
_SOMEONE = frozenset({"another", "others", "someone", "somebody", "one"})


def _subject_before_participle(verb: Token, marks: QuoteMarks) -> Span | None:
    """ "Clinton seemed ready to joke about it, telling the crowd, “...”", "Rubio fired back: “...,” referencing the
    ruling": a participle cue whose head the parse put inside the quotation speaks through the subject of the
    nearest clause before it in its sentence, outside quotation marks; never through its own object."""
    doc = verb.doc
    for token in reversed(doc[sentence_of(verb).start : verb.i]):
        if token.pos_ not in ("VERB", "AUX") or marks.at(token.idx) is not None:
            continue
        for child in children(token):
            if child.dep_ in SUBJECT_DEPS and child.i < token.i and marks.at(child.idx) is None:
                if child.pos_ in ("PROPN", "NOUN") or child.lower_ in _PERSONAL:
                    return mention_span(child, stop=verb)
    return None


def _after_inverted_cue(verb: Token, marks: QuoteMarks) -> Span | None:
    """The noun phrase right after an inverted cue, whatever the parse made of it ("added a Nevada Democrat",
    parsed as an object)."""
    following = [
        c
        for c in verb.rights
        if marks.at(c.idx) is None and (c.pos_ in ("PROPN", "NOUN") or _nominal(c) or c.lower_ in _SOMEONE)
        and c.ent_type_ not in _WHEN
    ]
    if following and following[0].dep_ in ("dobj", "attr", "npadvmod", "appos", "oprd", "dep", "nsubj"):
        mention = mention_span(following[0], stop=verb)
    else:
        mention = _phrase_after(verb, marks) or _untagged_name_after(verb, marks)
        if mention is None:
            return None
    for token in mention:  # ", who has ...": a relative clause the parse did not mark as one
        if token.lower_ in ("who", "which") and token.i > mention.start and mention.doc[token.i - 1].text == ",":
            return mention.doc[mention.start : token.i - 1]
    return mention


def _untagged_name_after(verb: Token, marks: QuoteMarks) -> Span | None:
    """ "“...,” said Skelly, explaining he ...": a name the tagger did not know (an adverb, an adjective), right
    after an inverted cue: one to three capitalised words, then a comma or the full stop; not a day or a date."""
    doc = verb.doc
    start = end = verb.i + 1
    while end < len(doc) and end - start < 4 and doc[end].is_title and doc[end].is_alpha and marks.at(doc[end].idx) is None:
        end += 1
    if end == start or end - start > 3 or end >= len(doc) or doc[end].text not in (",", ".", ";"):
        return None
    if any(t.is_stop or t.ent_type_ in _WHEN for t in doc[start:end]):
        return None
    return doc[start:end]


def _apposition_before(verb: Token, marks: QuoteMarks) -> Span | None:
    """The appositive name right before a cue that the parse left without a subject: in "In an interview with
    the Ledger, her adviser, Jake Tolle, said: “...”" it hangs "Jake Tolle" on "the Ledger"."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].head.i == verb.i and doc[i].dep_ in ("advmod", "aux", "neg"):
        i -= 1  # "Jake Tolle, later said"
    if i < 1:
        return None
    if doc[i].text == ",":
        name = doc[i - 1]
    elif _after_participial_opener(doc[i], verb):
        name = doc[i]  # "Asked about Ruth Ames, Dan Obi said": "Dan Obi" parsed as an apposition of "Ames"
    else:
        return None
    if name.dep_ != "appos" or name.pos_ != "PROPN" or marks.at(name.idx) is not None:
        return None
    return mention_span(name, stop=verb)


def _after_participial_opener(name: Token, verb: Token) -> bool:
    """ "Asked about Ruth Ames, Dan Obi said", "Interviewed on BBC Radio Ulster, Dan Obi said": the name right
    before the cue hangs, as an apposition after a comma, in the participial clause that opens the sentence
    and that the cue governs. That clause is never the speaker: the name after its comma is."""
    if name.dep_ != "appos" or name.left_edge.i < 1 or name.doc[name.left_edge.i - 1].text != ",":
        return False
    opener = next((c for c in children(verb) if c.dep_ == "advcl" and c.i < name.i), None)
    return (
        opener is not None
        and opener.tag_ in ("VBG", "VBN")
        and opener.left_edge.i == sentence_of(verb).start
        and opener.left_edge.i <= name.i <= opener.right_edge.i
    )


def _phrase_after(verb: Token, marks: QuoteMarks) -> Span | None:
    """The noun phrase right after an inverted cue that the parse hung elsewhere: in "“The risk,” said Ed Lamb,
    an economist, “is that ...”" it takes "Ed Lamb" for the subject of the quoted "is"."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    token = doc[verb.i + 1]
    if token.dep_ == "amod" and token.head.i > token.i and token.i + 1 < len(doc):
        token = doc[token.i + 1]  # "said retired neurosurgeon Ben Carson, asked about ...", "retired" a participle
    if token.pos_ not in ("PROPN", "NOUN", "DET") or token.is_quote or marks.at(token.idx) is not None:
        return None
    while (
        token.head.i != token.i
        and token.head.i > verb.i
        and token.head.pos_ in ("PROPN", "NOUN")
        and marks.at(token.head.idx) is None
    ):
        token = token.head
    if token.pos_ not in ("PROPN", "NOUN"):
        return None
    mention = mention_span(token)
    end = mention.end
    for inner in mention:
        if inner.is_quote or marks.at(inner.idx) is not None:
            end = inner.i
            break
    while end > mention.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1  # the comma before the quote's next part
    if end <= verb.i + 1 or mention.start <= verb.i:
        return None
    return doc[mention.start : end]


def _follows_quotation(verb: Token, marks: QuoteMarks) -> bool:
    """The cue comes right after a closing quotation mark ("“...,” added ...")."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].is_space:
        i -= 1
    return i >= 0 and verb.doc[i].is_quote and marks.at(verb.doc[i].idx) is not None


def _nominal(token: Token) -> bool:
    """An adjective used as a noun: "the 30-year-old", "the elderly"."""
    return token.pos_ == "ADJ" and any(c.dep_ == "det" for c in children(token))


#: Punctuation that joins a cue to the parts of the quote it interrupts.
_JOINING = " \t,;:\u2014\u2013-"


def parts_around_cue(doc: Doc, text: str, speech: Speech, marks: QuoteMarks) -> list[tuple[int, int]] | None:
    """Item 5: the parts of a content that its own cue interrupts, with the cue and speaker cut out.

    "“The lake,” Mr. Obi said, “has never been this low.”" and "Officials, Ms. Tan said, were “warned months
    ago.”" are parsed with the cue inside its content (a parataxis or a parenthetical); each side of the cue
    phrase is a quote of its own. The cue phrase is the run of tokens around the cue verb that belong to the
    verb and not to the clause it reports. None when the cue is not inside the content.
    """
    verb = speech.cue.root
    start, end = speech.content
    if speech.rule not in ("cue-verb", "parenthetical-cue") or verb.pos_ not in ("VERB", "AUX"):
        return None  # "according to X" in mid-sentence: its own rule reads the sentence around it
    if not start < verb.idx < end:
        return None
    clause: set[int] = set()
    for child in children(verb):
        if child.dep_ in CLAUSE_DEPS or (child.dep_ == "advcl" and child.i < verb.i and speech.rule != "cue-verb"):
            clause.update(t.i for t in child.subtree)  # "When the rules change, Dr. Clark added, ...": the
    own = {t.i for t in verb.subtree} - clause  # clause the parser hung on a parenthetical cue is a part
    lo = hi = verb.i
    while lo - 1 >= 0 and lo - 1 in own and not doc[lo - 1].is_quote and doc[lo - 1].idx >= start:
        lo -= 1
    while hi + 1 < len(doc) and hi + 1 in own and not doc[hi + 1].is_quote and doc[hi + 1].idx < end:
        hi += 1
    cut_start, cut_end = doc[lo].idx, doc[hi].idx + len(doc[hi])
    if marks.overlapping(cut_start, cut_end):
        return None
    left_end = cut_start
    while left_end > start and text[left_end - 1] in _JOINING:
        left_end -= 1
    right_start = cut_end
    while right_start < end and text[right_start] in _JOINING:
        right_start += 1
    parts = [(a, b) for a, b in ((start, left_end), (right_start, end)) if words(text[a:b])]
    if len(parts) != 2:
        return None
    left = doc.char_span(*parts[0], alignment_mode="expand")
    if left is not None and not marks.overlapping(*parts[0]) and not _holds_clause_part(left):
        return [parts[1]]  # "But, he added, those keen ...": a connective, not a part of what was said
    return parts


def inverted_aside(doc: Doc, text: str, speech: Speech, marks: QuoteMarks) -> list[tuple[int, int]] | None:
    """ "The plan, said Ruth Ames, the chair, was “never costed.”": an inverted cue set off by commas inside
    the sentence it reports. The parse takes the words before it ("The plan") for the cue's subject and the
    name after it for part of the content or a second subject; the speaker is the name after the cue, and
    what was said is the sentence on both sides of the aside. Sets that speaker and returns the content's parts."""
    if speech.rule != "cue-verb":
        return None
    verb = speech.cue.root
    speaker = speech.speaker
    start, end = speech.content
    if speaker is None or verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in ("aux", "neg") for c in children(verb)):
        return None
    if verb.i < 2 or doc[verb.i - 1].text != "," or speaker.end != verb.i - 1 or speaker.start != sentence_of(verb).start:
        return None
    after = _phrase_after(verb, marks)
    if after is None or after.end >= len(doc) or doc[after.end].text != "," or start < after.start_char:
        return None
    if not any(t.pos_ == "PROPN" for t in after) and not _may_speak(after.root):
        return None
    rest = doc[after.end].idx + 1
    while rest < end and text[rest].isspace():
        rest += 1
    if not words(text[rest:end]):
        return None
    speech.speaker = after
    return [(speaker.start_char, speaker.end_char), (rest, end)]


#: Where the noun phrase after an inverted cue ends: its description, relative clause or sentence follows.
_PHRASE_ENDS = frozenset({",", ".", ";", ":", "(", "\u2014", "\u2013", "--", "who", "which", "whose"})


def speaker_taken_for_content(
    doc: Doc, text: str, speech: Speech, marks: QuoteMarks
) -> tuple[Span, tuple[int, int]] | None:
    """ "“We are scared,” said the woman, who asked not to be named." and "“...,” said Ann Ruiz, half joking.":
    the parse took the noun phrase after an inverted cue, with what describes it, for the cue's content. The
    cue comes right after a closing quotation mark whose quotation ends like a tagged utterance (a comma, a
    question or an exclamation mark) and its content opens with the noun phrase right after it: that phrase,
    up to its description or relative clause, is the speaker and the quotation is what was said.

    Returns the speaker and the quotation's content range, or None when the cue is not read that way.
    """
    verb = speech.cue.root
    if speech.rule != "cue-verb" or verb.pos_ not in ("VERB", "AUX") or verb.i + 1 >= len(doc):
        return None
    if not _follows_quotation(verb, marks) or any(c.dep_ in ("aux", "neg") for c in children(verb)):
        return None
    first = doc[verb.i + 1]
    if first.idx != speech.content[0] or first.pos_ not in ("PROPN", "NOUN", "DET", "ADJ"):
        return None
    end = first.i
    while end < len(doc) and doc[end].text not in _PHRASE_ENDS and not doc[end].is_quote and not doc[end].is_space:
        if doc[end].pos_ in ("VERB", "AUX") and doc[end].dep_ not in ("amod", "compound"):
            break
        end += 1
    phrase = doc[first.i : end]
    if not any(t.pos_ in ("PROPN", "NOUN") for t in phrase):
        return None
    stop = doc[end] if end < len(doc) else None
    if stop is not None and stop.pos_ in ("VERB", "AUX") and stop.dep_ not in ("relcl", "acl"):
        return None  # "”, said the plan would fail": a clause, not a speaker
    if stop is not None and stop.is_quote:
        return None  # "said Nora Vance “...”": read by the rules for interrupted quotes
    before = doc[verb.i - 1] if not doc[verb.i - 1].is_space else doc[verb.i - 2]
    closing = marks.at(before.idx)
    if closing is None:
        return None
    quotation = marks.spans[closing]
    if not quotation.closed or text[quotation.content_start : quotation.content_end].rstrip()[-1:] not in (",", "?", "!"):
        return None
    return phrase, (quotation.content_start, quotation.content_end)


def _holds_clause_part(span: Span) -> bool:
    """A left part that is part of what was said: a subject, a verb, or a quotation ("Officials", "The new
    rules"), not a connective or a sentence adverbial ("But", "In contrast")."""
    return any(t.dep_ in SUBJECT_DEPS or t.dep_ == "expl" or t.pos_ in ("VERB", "AUX") for t in span)


#: Verbs that never attribute a quotation they sit next to.
_NOT_CUES = frozenset({"be", "have", "do", "get", "go", "come", "make", "take", "see", "look", "seem", "become"})


def adjacent_cue(doc: Doc, text: str, span: QuoteSpan, marks: QuoteMarks, busy: set[int]) -> Token | None:
    """A verb the lexicon lacks, in the place of a cue: right after a quotation that ends with a comma, a
    question or an exclamation mark, with its subject beside it and nothing else ("“..., ” remembered Roy
    Verley, a spokesman." "“...?” Kelly charged.").

    The verb must be in the past or present tense, take no object or clause of its own and not be a
    copula or light verb.
    """
    if not span.closed or _last_mark(text, span) not in (",", "?", "!"):
        return None
    after = doc.char_span(span.end, min(span.end + 200, len(text)), alignment_mode="expand")
    if after is None:
        return None
    words = [t for t in after if not t.is_space][:8]
    if not words:
        return None
    verb = next((t for t in (words[0], *words[0].ancestors) if t.pos_ == "VERB"), None)
    if verb is None or verb.tag_ not in ("VBD", "VBZ", "VBP") or not words[0].i <= verb.i <= words[-1].i or verb.i in busy:
        return None
    phrasal = _phrasal_cue(verb)
    if (verb.lemma_.lower() in _NOT_CUES and not phrasal) or marks.at(verb.idx) is not None:
        return None
    objects = ("dobj", "ccomp", "xcomp", "acomp", "attr", "auxpass", "nsubjpass") + (() if phrasal else ("prt",))
    named = object_after_inverted_cue(verb, words[0], marks)  # "“...,” opined the Dayton Courier."
    if any(c.dep_ in objects and marks.at(c.idx) is None and c != named for c in children(verb)):
        return None
    subject = next((c for c in children(verb) if c.dep_ == "nsubj" and marks.at(c.idx) is None), named)
    inverted = verb.i == words[0].i and subject is not None and subject.i > verb.i  # "”, remembered Roy Verley"
    if subject is None or not (inverted or subject.left_edge.i == words[0].i):
        return None
    if not (subject is named or _may_speak(subject) or _named_elsewhere(subject)):
        return None
    if verb.i > subject.i and any(t.i < verb.i and t.i > subject.right_edge.i for t in words):
        return None  # words between the subject and the verb: not a bare "X said"
    return verb


#: A verb and its particle that, with no object, tell of someone taking their turn to speak ("“...,” he went on").
_PHRASAL_CUES = frozenset(
    {("go", "on"), ("cut", "in"), ("chime", "in"), ("break", "in"), ("jump", "in"), ("butt", "in"), ("pipe", "up"),
     ("shoot", "back"), ("fire", "back"), ("hit", "back"), ("push", "back"), ("weigh", "in")}
)


def _phrasal_cue(verb: Token) -> bool:
    """ "went on", "shot back", "cut in": a verb whose particle makes it a turn of speech (`_PHRASAL_CUES`)."""
    lemma = verb.lemma_.lower()
    return any(
        (lemma, c.lower_) in _PHRASAL_CUES for c in children(verb) if c.dep_ in ("prt", "advmod", "prep") and c.i == verb.i + 1
    )


#: Pronouns that stand for someone who speaks.
_PERSONAL = frozenset({"i", "we", "he", "she", "they", "you"})


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """Head nouns of mentions that can speak ("spokesman", "ministry"), from `nominals.txt`."""
    lines = (line.split("#", 1)[0].split("\t")[0].strip().lower() for line in data_text("nominals.txt").splitlines())
    return frozenset(line.split()[-1] for line in lines if line)


def _named_elsewhere(subject: Token) -> bool:
    """A capitalised word the tagger took for a common noun ("“...?” Hannity pressed.") that the document names
    elsewhere in a name ("Sean Hannity", tagged a person or an organisation)."""
    if subject.tag_ != "NN" or not subject.is_title:
        return False
    return any(ent.label_ in ("PERSON", "ORG") and subject.text in ent.text.split() for ent in subject.doc.ents)


def _may_speak(subject: Token) -> bool:
    """A subject that can be a speaker: a name, a personal pronoun, or a person or body ("the mayor")."""
    return (
        subject.pos_ == "PROPN"
        or subject.lower_ in _PERSONAL
        or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or subject.lemma_.lower() in speaker_nouns()
        or subject.lower_ in speaker_nouns()
    )


#: Closing marks of a quotation nested at the end of another ("... do you need?’”").
_INNER_CLOSING = "\u2019'\u201d\" "


def _last_mark(text: str, span: QuoteSpan) -> str:
    """The last character of a quotation's words, past the closing marks of a quotation nested at its end."""
    return text[span.content_start : span.content_end].rstrip(_INNER_CLOSING)[-1:]


def tagged_utterance(text: str, tokens: Span, span: QuoteSpan, verb: Token) -> bool:
    """ "“Not again!” shouted Dana Pruitt.": a quotation that opens its sentence and ends like an utterance
    (?, !, or a comma), with its cue after it, is a direct quote even when the parse hangs it below the cue."""
    if _last_mark(text, span) not in ("?", "!", ",") or verb.i < tokens.end:
        return False
    sentence = sentence_of(tokens[0])
    return not text[sentence.start_char : span.start].strip()


def tags_question(text: str, span: QuoteSpan, after: Span) -> bool:
    """ "“Why pay twice?” Marsh said.": the parse ends a sentence at a quoted question or exclamation, and the
    cue that follows on the same line ("Marsh said.", "asked Ruiz.") is a sentence of its own."""
    if _last_mark(text, span) not in ("?", "!") or not span.closed:
        return False
    gap = text[span.end : after.start_char]
    return not gap.strip() and "\n" not in gap and after[0].text[:1] not in "\u201c\"'\u2018(["  # (not the Span's text)


#: What a bare cue tag after a quotation takes: nothing that says what was said.
_TAG_OBJECTS = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "attr", "acomp"})


def tags_statement(text: str, span: QuoteSpan, after: Span, verbs: frozenset[str]) -> bool:
    """ "“We are done.” Lee said.": a quotation that ends its sentence with a full stop, and on the same line a
    sentence that is nothing but its cue: a subject opening it, a reporting verb (of ``verbs``) at its root with no
    object or clause of its own ("Lee said nothing." and "Lee said he would go." are narration)."""
    if _last_mark(text, span) != "." or not span.closed:
        return False
    gap = text[span.end : after.start_char]
    if gap.strip() or "\n" in gap:
        return False
    root = after.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in verbs or any(c.dep_ in _TAG_OBJECTS for c in children(root)):
        return False
    subject = next((c for c in children(root) if c.dep_ == "nsubj" and c.i < root.i), None)
    return subject is not None and subject.left_edge.i == after.start


#: Reporting verbs that, with no content, tell of an activity rather than introduce words: "The mayor spoke for an hour."
_ACTIVITY_VERBS = frozenset({"speak", "talk"})


def cue_sentence_before(
    tokens: Span, text: str, span: QuoteSpan, marks: QuoteMarks, verbs: frozenset[str], busy: set[int]
) -> tuple[Token, Span] | None:
    """ "Sam Lau, the party's spokesman, said in a statement. “There are no ballots to recount.”": a sentence that is
    nothing but a cue (a subject, a reporting verb of ``verbs`` not in ``busy``, no object, clause or quotation of its
    own), right before a quotation that opens the next sentence or paragraph, introduces it. Returns the cue verb and
    its speaker."""
    doc = tokens.doc
    sentence = sentence_of(tokens[0])
    if sentence.start == 0 or text[sentence.start_char : span.start].strip():
        return None
    before = sentence_of(doc[sentence.start - 1])
    gap = text[before.end_char : span.start]
    if gap.strip() or gap.count("\n") > 2 or not text[before.start_char : before.end_char].rstrip().endswith("."):
        return None
    root = before.root
    if root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBZ", "VBP") or root.lemma_.lower() not in verbs:
        return None
    if root.lemma_.lower() in _ACTIVITY_VERBS or any(c.dep_ in _TAG_OBJECTS or c.dep_ == "nsubjpass" for c in children(root)):
        return None
    if marks.overlapping(before.start_char, before.end_char):
        return None
    if root.i in busy or not any(c.dep_ == "nsubj" and c.i < root.i for c in children(root)):
        return None
    speaker = speaker_outside_marks(root, marks)
    return None if speaker is None else (root, speaker)


def sentence_end_before_quotation(text: str, start: int, end: int, marks: QuoteMarks) -> int:
    """Where a content ends when the parse ran it on into the next sentence: in "..., Ms. Tanner said, ''is a perfect
    example'' of adapting. ''They're spending a fortune,'' she said." the content stops at the full stop before the
    quotation that opens the next sentence (its own cue attributes it)."""
    for i in marks.overlapping(start, end):
        opening = marks.spans[i].start
        if opening <= start:
            continue
        before = opening - 1
        while before > start and text[before].isspace():
            before -= 1
        first = text[marks.spans[i].content_start : marks.spans[i].content_start + 1]
        if first.islower():
            continue  # "said the U.S. “clearly” needed ...": a fragment, not the opening of a sentence
        if before > start and text[before] in ".!?" and before + 1 < opening and marks.at(before) is None:
            return before + 1
    return end



def after_attribution(doc: Doc, text: str, previous: Quote, span: QuoteSpan) -> bool:
    """Step 3d: the quote follows, in the same paragraph, the previous quote's attribution and nothing else:
    "“...,” said Dan Reyes, a farmer who sold his land to the county. “...”". Every word between is part of the
    cue verb's phrase (its speaker with a relative clause, "in an interview"), or of a fragment the parse cut
    off it (a sentence without a verb at its root, or starting in lower case)."""
    if previous.cue_start is None or previous.cue_lemma in (None, ":", "dash", "from"):
        return False
    ends = [previous.quote_end, previous.cue_end or 0, previous.speaker_end or 0]
    gap_start = max(ends)
    if gap_start >= span.start or "\n" in text[gap_start : span.start]:
        return False
    cue = doc.char_span(previous.cue_start, previous.cue_end, alignment_mode="expand")
    gap = doc.char_span(gap_start, span.start, alignment_mode="contract")
    if cue is None or gap is None:
        return False
    verb = cue.root
    phrase = {t.i for t in verb.subtree}
    for token in gap:
        if token.is_punct or token.is_space or token.i in phrase:
            continue
        sentence = sentence_of(token)
        if sentence.root.pos_ in ("VERB", "AUX") and not text[sentence.start_char : sentence.start_char + 1].islower():
            return False
    return True


def name_before_cue(doc: Doc, speech: Speech, marks: QuoteMarks) -> tuple[Span, int] | None:
    """A speaker the parse put inside the content of its own cue: "“It is not the position that everything is
    fine,” Gene Sperling, a top adviser, said at an event." parsed with "Sperling" as part of the quoted clause.

    When the cue has no subject and follows its content, and the content ends with a quotation followed by
    nothing but a noun phrase (a name, or a description with a name), that phrase is the speaker and the
    content ends at the closing mark. Returns the speaker and the new end of the content.
    """
    verb = speech.cue.root
    start, end = speech.content
    if speech.speaker is not None or verb.pos_ not in ("VERB", "AUX") or verb.idx < end:
        return None
    inside = marks.overlapping(start, end)
    if not inside:
        return None
    for i in reversed(inside):  # "“...,” Rita Vance, wearing “Vance for Senate” badges, said": not the badges' marks
        last = marks.spans[i]
        if last.closed and last.end < end:
            named = _phrase_between(doc, last.end, verb)
            if named is not None:
                return named, last.end
    return None


def _name_before_description(words_: list[Token]) -> Span | None:
    """ "Mr. Dalton, now 81 and retired in Salem, Mass.,": the name that opens a phrase whose description after
    the comma holds a clause of its own; the name up to that comma. The name may follow a title word ("Ohio
    delegate Rita Vance, wearing a red scarf,"); a description with an article ends in its noun ("the party whip,
    wearing a grey suit,")."""
    doc = words_[0].doc
    first = end = words_[0].i
    if doc[first].pos_ == "DET":
        end += 1
        while end < len(doc) and doc[end].pos_ in ("ADJ", "NOUN", "PROPN"):
            end += 1
        heads = ("NOUN", "PROPN")
    else:
        while end < len(doc) and (doc[end].pos_ == "PROPN" or (doc[end].pos_ == "NOUN" and doc[end].text.islower())):
            end += 1
        heads = ("PROPN",)
    if end == first or doc[end - 1].pos_ not in heads or end >= len(doc) or doc[end].text != ",":
        return None
    return doc[first:end]


def _phrase_between(doc: Doc, start: int, verb: Token) -> Span | None:
    """The noun phrase with a name between a closing quotation mark at ``start`` and the cue ``verb``."""
    between = doc.char_span(start, verb.idx, alignment_mode="contract")
    if between is None:
        return None
    words_ = [t for t in between if not (t.is_punct or t.is_space)]
    if not words_ or words_[0].pos_ not in ("PROPN", "DET"):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in words_):
        return _name_before_description(words_)
    if not any(t.pos_ == "PROPN" for t in words_):
        return None
    phrase = doc[words_[0].i : words_[-1].i + 1]
    mention = mention_span(phrase.root)
    return doc[max(mention.start, phrase.start) : min(mention.end, phrase.end)]
