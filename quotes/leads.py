"""Attributions that the sentence parse does not carry: sign-offs, lead-ins and transcript labels.

News text often names the speaker of a quotation without a reporting verb governing it:

* a **dash sign-off** after the quotation, on its line or the next one
  (`“The bridge must reopen.” ― Tom Reyes`, `— Reyes, a councillor`);
* a **lead-in** ending with a colon just before the quotation, in its sentence or the paragraph
  before it: an inverted cue (`Said Ruiz: “...”`), a reporting noun (`Lee made the following
  comment:`), a source (`From the mayor's office: “...”`) or a bare name (`Donald Trump: “...”`);
* a **transcript**, whose paragraphs open with a speaker label (`REYES: We have the money.`,
  `Q:`/`A:`); in a transcript of several turns the label carries to the unlabelled paragraphs
  after it, until the next label.

Each finder works on one quoted span (or on the whole text, for transcripts) and returns character
ranges; `quotes.attribute` turns them into `Quote` records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .direct import QuoteMarks, QuoteSpan
from .lexicon import Lexicon
from .model import Quote
from .framing import speaker_nouns
from .speakers import cue_span, find_speaker, mention_span
from .sentences import sentence_of

#: A dash that signs a quotation off: the speaker's name follows it.
_SIGNOFF_RE = re.compile(r"[ \t]*(?:\n[ \t]*\n?[ \t]*)?([\u2015\u2014\u2013]|--?)[ \t]*([^\n]{1,120})")
#: A sign-off names the speaker in at most this many words (a name and a short description).
MAX_SIGNOFF_WORDS = 14
#: A lead-in name before a colon ("Donald Trump:", "From the mayor's office:") has at most this many words.
MAX_LEAD_WORDS = 8

#: A transcript label: a name in capitals ("REYES", "SEN. JOAN BELL", "JAKE TAPPER (CNN)"), or Q/A.
_LABEL_RE = re.compile(
    r"(?P<label>Q|A|[A-Z][A-Z.'\u2019\-]*(?:[ ][A-Z][A-Z.'\u2019\-]*){0,3}(?:[ ]\([^)\n]{1,30}\))?)[ \t]*:[ \t]+(?=\S)"
)
#: Capitalised words that head a paragraph with a colon without naming a speaker.
NOT_LABELS = frozenset(
    {
        "update", "updated", "correction", "note", "editor's note", "editor\u2019s note", "watch", "read", "read more",
        "related", "video", "photos", "photo", "breaking", "exclusive", "previously", "source", "sources", "see",
        "listen", "more", "also", "warning", "advertisement", "ps", "p.s.", "via", "h/t",
    }
)
#: A paragraph that ends a transcript's run of turns: a stage direction ("(END VIDEO CLIP)", "[crosstalk]").
_STAGE_RE = re.compile(r"[ \t]*[(\[].*[)\]][ .]*$")


@dataclass(frozen=True)
class Lead:
    """A speaker named outside the parse: the speaker mention and the cue (a word, a dash or a colon)."""

    speaker: Span
    cue: Span
    cue_lemma: str


def find_signoff(doc: Doc, text: str, start: int, end: int, paragraph_start: bool) -> Lead | None:
    """The dash sign-off right after a closed quotation ``text[start:end]`` (marks included).

    On the quotation's own line the dash may follow any quotation that opens its paragraph; on the next
    line (a paragraph of its own: "- Bernie Sanders.") too. The name must start with a capital, hold a
    proper noun, and end its line; a phrase set between dashes ("– A new start –") is a heading.
    """
    if not paragraph_start:
        return None
    match = _SIGNOFF_RE.match(text, end)
    if match is None:
        return None
    name = match.group(2).rstrip()
    name_end = match.start(2) + len(name)
    while name and name[-1] in ".;, ":
        name, name_end = name[:-1], name_end - 1
    if not name or not name[0].isupper() or name[-1] in "\u2015\u2014\u2013-" or len(name.split()) > MAX_SIGNOFF_WORDS:
        return None
    if any(ch in name for ch in "\u201c\u201d\"?!") or ". " in name:
        return None  # more narration, not a name
    speaker = doc.char_span(match.start(2), name_end, alignment_mode="expand")
    dash = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if speaker is None or dash is None or not any(t.pos_ == "PROPN" for t in speaker):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" and t.i > speaker.start for t in speaker):
        return None
    return Lead(speaker=speaker, cue=dash, cue_lemma="dash")


def find_lead_in(doc: Doc, text: str, start: int, lexicon: Lexicon, *, headline: bool = False) -> Lead | None:
    """The lead-in ending with a colon right before the quotation that opens at ``start``.

    The lead-in is the text from the start of its sentence (the parse's) to the colon, in the quotation's
    paragraph or ending the paragraph before it. In a ``headline`` ("Bell: ‘No Deal’") a bare name is
    not taken for a speaker: headline attributions are told apart elsewhere.
    """
    tokens = _lead_in_tokens(doc, text, start)
    if tokens is None:
        return None
    return (
        _inverted_cue(tokens, lexicon)
        or _reporting_noun(tokens, lexicon)
        or _source_phrase(tokens)
        or _speaking_subject(tokens)
        or (None if headline or not _opens_sentence(text, start) else _introducing_subject(tokens, lexicon))
        or (None if headline else _bare_name(tokens))
    )


def _lead_in_tokens(doc: Doc, text: str, start: int) -> list[Token] | None:
    """The tokens from the start of the sentence to the colon right before ``start``, on one line."""
    colon_at = last_visible(text, start)
    if colon_at < 0 or text[colon_at] != ":" or text.count("\n", colon_at, start) > 2:
        return None
    colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
    if colon is None:
        return None
    colon_token = colon[0]
    sentence = sentence_of(colon_token)
    tokens = [t for t in doc[sentence.start : colon_token.i] if not t.is_space]
    if not tokens or "\n" in text[tokens[0].idx : colon_at]:
        return None
    return tokens


def last_visible(text: str, start: int) -> int:
    """The index of the last character before ``start`` that is not white space (-1 if none)."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


def find_digest_lead(doc: Doc, text: str, span: QuoteSpan) -> Lead | None:
    """The source of a news digest's item, named after a dash before the colon that opens the quotation
    ("HEADING - Jane Roe: “...”", see `_digest_lead`). It names the speaker before any cue verb in the heading."""
    colon_at = last_visible(text, span.start)
    if colon_at < 0 or text[colon_at] != ":" or _in_headline(text, span):
        return None
    tokens = _lead_in_tokens(doc, text, span.start)
    return None if tokens is None else _digest_lead(tokens)


#: Dashes that set a digest item's heading apart from its source ("HEADING - Jane Roe: “...”").
_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
#: What a digest's source may open with: "More from Jones:", "From the report:".
_DIGEST_OPENERS = ("more from", "from")


def _digest_lead(tokens: list[Token]) -> Lead | None:
    """ "POLLS WERE TOO EARLY - Dana Whitlow and Omar Reyes:", "More on turnout - More from Whitlow:": a news
    digest's item, a heading, a spaced dash, then the source named before the colon. The heading is no
    speaker (nor the subject of a verb in it, "Pollsters agree - Carl Benning:"); the name after the dash is."""
    dash = next((t for t in reversed(tokens) if t.text in _DASHES and t.whitespace_ and t.i > tokens[0].i), None)
    if dash is None or not dash.doc[dash.i - 1].whitespace_:
        return None
    rest = [t for t in tokens if t.i > dash.i]
    if not rest or not rest[0].text[:1].isupper():
        return None
    lowered = " ".join(t.lower_ for t in rest[:2])
    opener = next((o for o in _DIGEST_OPENERS if lowered == o or lowered.startswith(o + " ")), None)
    if opener is not None:
        rest = rest[len(opener.split()) :]
    words = [t for t in rest if not t.is_punct]
    if not words or len(words) > MAX_LEAD_WORDS or words[-1].pos_ != "PROPN" and opener is None:
        return None
    allowed = _NAME_POS | {"CCONJ"}
    if not all(t.pos_ in allowed or t.lower_ == "of" for t in words):
        return None
    if words[-1].pos_ not in ("PROPN", "NOUN") or any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in words):
        return None
    doc = dash.doc
    colon = doc[tokens[-1].i + 1]
    cue = doc[dash.i + 1 : dash.i + 1 + len(opener.split())] if opener else doc[colon.i : colon.i + 1]
    return Lead(speaker=_trimmed(doc[rest[0].i : rest[-1].i + 1]), cue=cue, cue_lemma="from" if opener else ":")


def _inverted_cue(tokens: list[Token], lexicon: Lexicon) -> Lead | None:
    """ "Said Ruiz:", "Added the mayor:": a cue verb opening the lead-in, its speaker after it."""
    first = tokens[0]
    lemma = _verb_lemma(first, lexicon)
    if not first.text[:1].isupper() or lemma is None or first.tag_ not in ("VBD", "VBZ", "NNP", "NN"):
        return None
    rest = tokens[1:]
    if not rest or len(rest) > MAX_LEAD_WORDS or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in rest):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    doc = first.doc
    return Lead(speaker=_trimmed(doc[rest[0].i : rest[-1].i + 1]), cue=doc[first.i : first.i + 1], cue_lemma=lemma)


#: Past and present forms of reporting verbs that do not end in -ed or -s.
_IRREGULAR = {"said": "say", "wrote": "write", "told": "tell", "spoke": "speak", "sang": "sing", "read": "read"}


def _verb_lemma(token: Token, lexicon: Lexicon) -> str | None:
    """The cue lemma of a sentence-initial "Said"/"Added"/"Writes", which the tagger often reads as a name."""
    lower = token.lower_
    candidates = [token.lemma_.lower(), _IRREGULAR.get(lower, ""), lower[:-1], lower[:-2], lower[:-3] if lower.endswith("ied") else ""]
    if lower.endswith("ied"):
        candidates.append(lower[:-3] + "y")
    return next((c for c in candidates if c and c in lexicon.verbs), None)


def _reporting_noun(tokens: list[Token], lexicon: Lexicon) -> Lead | None:
    """ "Lee made the following comment:", "The ministry issued a statement:": a reporting noun that a
    verb with a subject takes as its object."""
    for token in tokens:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.nouns or token.dep_ not in ("dobj", "pobj"):
            continue
        verb = token.head if token.dep_ == "dobj" else token.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        speaker = find_speaker(verb)
        if speaker is None:
            continue
        lemma = f"{verb.lemma_.lower()} {token.lemma_.lower()}"
        return Lead(speaker=speaker, cue=cue_span(verb, until=token), cue_lemma=lemma)
    return None


#: Verbs that never introduce what their subject said.
_NOT_SPEECH = frozenset({"be", "have", "do", "get", "go", "come", "make", "take", "see", "look", "seem", "become", "follow"})


def _speaking_subject(tokens: list[Token]) -> Lead | None:
    """ "Kasich resisted:", "Mr. Christie gloated:": a subject and a verb the lexicon lacks, with no object,
    introducing the quotation after the colon."""
    colon = tokens[-1].i + 1
    verbs = [t for t in tokens if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ == "ROOT"]
    if len(verbs) != 1 or verbs[0].lemma_.lower() in _NOT_SPEECH:
        return None
    verb = verbs[0]
    objects = ("dobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "dative", "auxpass", "nsubjpass")
    if any(c.dep_ in objects and c.i < colon for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.left_edge.i != tokens[0].i or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return Lead(speaker=mention_span(subject, stop=verb), cue=cue_span(verb), cue_lemma=verb.lemma_.lower())


#: Pronouns that stand for someone who introduces a quotation.
_PERSONAL = frozenset({"he", "she", "they", "we", "i"})
#: What a verb introducing a quotation must not take: a clause (what was said is there), a passive or a copula.
_NOT_INTRODUCING = frozenset({"ccomp", "xcomp", "attr", "acomp", "oprd", "auxpass", "nsubjpass", "expl"})


def _introducing_subject(tokens: list[Token], lexicon: Lexicon) -> Lead | None:
    """ "He then listed the qualities a nominee needs:", "In her letter, Hoff laid out her case:": a person or a
    document as the subject of a verb with its object, introducing the quotation (a sentence) after the colon."""
    colon = tokens[-1].i + 1
    # the lead-in's own main verb: the root, or hung below a verb of the quotation by the parse
    verbs = [
        t for t in tokens if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and (t.dep_ == "ROOT" or t.head.i > colon)
    ]
    if len(verbs) != 1 or verbs[0].lemma_.lower() in _NOT_SPEECH:
        return None
    verb = verbs[0]
    if any(c.dep_ in _NOT_INTRODUCING and c.i < colon for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or not _introduces(subject, lexicon):
        return None
    return Lead(speaker=mention_span(subject, stop=verb), cue=cue_span(verb), cue_lemma=verb.lemma_.lower())


def _introduces(subject: Token, lexicon: Lexicon) -> bool:
    """A subject that can introduce a quotation: a name, a personal pronoun, a person or body, or a document."""
    if subject.pos_ == "PRON":
        return subject.lower_ in _PERSONAL
    return (
        subject.pos_ == "PROPN"
        or subject.ent_type_ in ("PERSON", "ORG", "NORP")
        or subject.lemma_.lower() in lexicon.nouns
        or subject.lemma_.lower() in speaker_nouns()
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation that opens at ``start`` starts with a capital: a sentence, not a fragment."""
    following = text[start : start + 4].lstrip("\u201c\u2018\"'` ")
    return following[:1].isupper()


def _source_phrase(tokens: list[Token]) -> Lead | None:
    """ "From the mayor's office:", "From Bush's Facebook post:": a source given by "From" alone."""
    first = tokens[0]
    if first.lower_ != "from" or len(tokens) < 2 or len(tokens) > MAX_LEAD_WORDS + 1:
        return None
    objects = [c for c in first.children if c.dep_ == "pobj"]
    if not objects or any(t.pos_ in ("VERB", "AUX") for t in tokens[1:]):
        return None
    doc = first.doc
    speaker = mention_span(objects[0])
    return Lead(speaker=speaker, cue=doc[first.i : first.i + 1], cue_lemma="from")


#: The parts of speech of a name with its title or description.
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET"})


def _bare_name(tokens: list[Token]) -> Lead | None:
    """ "Donald Trump:", "Sen. Joan Bell (D-Ore.):": a lead-in that is nothing but a name."""
    words = [t for t in tokens if not t.is_punct]
    if not words or len(words) > MAX_LEAD_WORDS or words[-1].pos_ != "PROPN":
        return None
    if not all(t.pos_ in _NAME_POS or t.lower_ == "of" for t in words):
        return None  # "Former secretary of state Joan Bell:", not "In the end:" or "Here is Bell:"
    if not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in words):
        return None
    doc = tokens[0].doc
    colon = doc[tokens[-1].i + 1]
    return Lead(speaker=_trimmed(doc[tokens[0].i : tokens[-1].i + 1]), cue=doc[colon.i : colon.i + 1], cue_lemma=":")


def _trimmed(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


# --------------------------------------------------------------------------------------------- transcripts


@dataclass(frozen=True)
class Turn:
    """One paragraph of a transcript: its speaker label and what follows it (character ranges)."""

    label: tuple[int, int]
    content: tuple[int, int]
    carried: bool


def find_turns(text: str) -> list[Turn]:
    """The speaker turns of the transcripts in ``text``, in order.

    A label opens a paragraph: a name in capitals or Q/A, then a colon and the words spoken. The labels
    count when the text has at least two labelled paragraphs and one of them is Q/A, labels two turns,
    or names someone the text names elsewhere ("TAPPER:" and "Jake Tapper").
    The label then carries to the following unlabelled paragraphs until the next label, a stage direction
    ("(END VIDEO CLIP)") or the end of the text.
    """
    paragraphs = _paragraph_ranges(text)
    found = _labels(text, paragraphs, _LABEL_RE)
    _glued_questions(text, paragraphs, found)
    labelled = [f for f in found if f is not None]
    if len(labelled) < 2:
        found = _labels(text, paragraphs, _NAME_LABEL_RE)
        labelled = [f for f in found if f is not None]
        if not _is_named_transcript(text, labelled):
            return []
        # a name in ordinary case labels its own paragraph only: what follows may be the writer's again
        return [Turn((f[0], f[1]), (f[2], end), False) for (_, end), f in zip(paragraphs, found) if f is not None]
    labels = [f[3] for f in labelled]
    lower_text = text.lower()

    def named(label: str) -> bool:
        last = re.sub(r"\([^)]*\)", "", label).split()[-1].strip(".").lower()
        return len(last) > 1 and lower_text.count(last) > 1

    if not (len(set(labels)) < len(labels) or {"Q", "A"} & set(labels) or any(named(label) for label in labels)):
        return []
    turns: list[Turn] = []
    current: tuple[int, int] | None = None
    for (start, end), f in zip(paragraphs, found):
        if f is not None:
            current = (f[0], f[1])
            turns.append(Turn(current, (f[2], end), False))
        elif _STAGE_RE.match(text, start, end):
            current = None
        elif current is not None and len(turns) and _is_turn_text(text[start:end]):
            turns.append(Turn(current, (start, end), True))
    return turns if sum(not t.carried for t in turns) >= 2 else []


#: A transcript label written as a name in ordinary case ("Matthews:", "Luciana Lopez:"), counted only in a
#: transcript that reads as one (`_is_named_transcript`).
_NAME_LABEL_RE = re.compile(r"(?P<label>[A-Z][a-z]+(?:[ \-][A-Z][a-z'\u2019\-]+){0,2})[ \t]*:[ \t]+(?=\S)")
#: A transcript of names in ordinary case has at least this many labelled paragraphs.
MIN_NAMED_TURNS = 3


def _labels(text: str, paragraphs: list[tuple[int, int]], label_re: re.Pattern[str]) -> list[tuple[int, int, int, str] | None]:
    """For each paragraph, the label that opens it (start, end, where the words start, the label), or None."""
    found: list[tuple[int, int, int, str] | None] = []
    for start, end in paragraphs:
        match = label_re.match(text, start, end)
        if match is None or match.group("label").strip().lower() in NOT_LABELS:
            found.append(None)
            continue
        found.append((match.start("label"), match.end("label"), match.end(), match.group("label")))
    return found


def _is_named_transcript(text: str, labelled: list[tuple[int, int, int, str]]) -> bool:
    """Labels in ordinary case ("Matthews: Well, speculation is bad.") make a transcript only when there are
    several, one of them labels two turns, and every labelled paragraph holds a sentence of three words or more (not
    a table: "Clinton: 547.", "Pledged: 781.")."""
    labels = [f[3] for f in labelled]
    if len(labelled) < MIN_NAMED_TURNS or len(set(labels)) == len(labels):
        return False
    return all(len([w for w in _line(text, f[2]).split() if any(c.isalpha() for c in w)]) >= 3 for f in labelled)


def _line(text: str, start: int) -> str:
    """The text from ``start`` to the end of its line."""
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


#: A question label that lost its colon and space when the page's bold "Q" was dropped: "QWhat would have happened?"
_GLUED_Q_RE = re.compile(r"Q(?=[A-Z][a-z\u2019'])")


def _glued_questions(text: str, paragraphs: list[tuple[int, int]], found: list[tuple[int, int, int, str] | None]) -> None:
    """ "QWhat would have happened?" between "A: ..." answers: a "Q" glued to the question's first word labels a
    question, in an interview whose answers are labelled "A:" and whose questions never are "Q:" (two such
    paragraphs at least). Fills those paragraphs' labels in ``found``."""
    labels = [f[3] for f in found if f is not None]
    if labels.count("A") < 2 or "Q" in labels:
        return
    glued = [
        i for i, ((start, end), f) in enumerate(zip(paragraphs, found)) if f is None and _GLUED_Q_RE.match(text, start, end)
    ]
    if len(glued) < 2:
        return
    for i in glued:
        start = paragraphs[i][0]
        found[i] = (start, start + 1, start + 1, "Q")


def _is_turn_text(paragraph: str) -> bool:
    """An unlabelled paragraph that reads as more of a speaker's words: a sentence of three words or more,
    without quotation marks, not a footer ("Follow Joan Bell on Twitter @jbell.")."""
    if _FOOTER_RE.search(paragraph) or len([w for w in paragraph.split() if any(c.isalnum() for c in w)]) < 3:
        return False
    if any(mark in paragraph for mark in ("\u201c", "\u201d", '"', "''", "``")):
        return False  # a quotation with its own attribution is narration again
    return paragraph.rstrip().endswith((".", "?", "!", "\u2026", "\u201d", '"', "'", "-", "\u2014"))


#: A handle or a link marks an article's footer, not a speaker's words.
_FOOTER_RE = re.compile(r"@\w|https?://|www\.")


def _paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line, without its edge white space."""
    ranges, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            first = pos + len(line) - len(line.lstrip())
            ranges.append((first, first + len(stripped)))
        pos += len(line) + 1
    return ranges


# --------------------------------------------------------------------------------------------- quotes


#: The source a digest tags its item with, at the end of the line: "[HuffPost.]", "[538]".
_SOURCE_TAG_RE = re.compile(r"\s*\[[^\]\n]{1,40}\]\s*$")
#: Anything but white space: none before a line makes it the text's first.
_NON_SPACE = re.compile(r"\S")
#: The first line of a text is its title when it has at most this many words.
MAX_TITLE_WORDS = 20


def find_lead(doc: Doc, text: str, span: QuoteSpan, lexicon: Lexicon) -> Lead | None:
    """A speaker named without a cue verb: a dash sign-off after the quoted span, or a lead-in with a colon
    before it. A bare name is no lead-in in a headline or in the text's title line."""
    line_start = text.rfind("\n", 0, span.start) + 1
    opens_paragraph = not text[line_start : span.start].strip()
    if span.closed:
        lead = find_signoff(doc, text, span.start, span.end, opens_paragraph)
        if lead is not None:
            return lead
    return find_lead_in(doc, text, span.start, lexicon, headline=_in_headline(text, span))


def _in_headline(text: str, span: QuoteSpan) -> bool:
    """Whether a quoted span is in the text's title line or in a line that reads as a headline."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not span.closed and len(line.split()) > MAX_TITLE_WORDS:
        return False  # a quotation of several paragraphs, whose first may end with a colon ("Here they are:")
    title = _NON_SPACE.search(text, 0, line_start) is None and len(line.split()) <= MAX_TITLE_WORDS  # the first line
    line = _SOURCE_TAG_RE.sub("", line)  # a digest's "... .” [HuffPost.]" ends like a sentence
    headline = title or not line.rstrip().rstrip("\u201d\u2019\"'").endswith((".", "?", "!", "\u2026"))
    # a headline's words in capitals ("Bell: ‘No Deal’ on Budget"): the quotation does not end like a sentence
    return headline or text[span.content_end - 1 : span.content_end] not in (".", "?", "!", ",", "\u2026")


def quote_from_lead(text: str, span: QuoteSpan, lead: Lead) -> Quote:
    """The direct quote of a quoted span whose speaker a `Lead` names."""
    return Quote(
        type="direct",
        quote=text[span.content_start : span.content_end],
        quote_start=span.content_start,
        quote_end=span.content_end,
        speaker=lead.speaker.text,
        speaker_start=lead.speaker.start_char,
        speaker_end=lead.speaker.end_char,
        speaker_resolution="as-written",
        cue=lead.cue.text,
        cue_lemma=lead.cue_lemma,
        cue_start=lead.cue.start_char,
        cue_end=lead.cue.end_char,
        confidence=0.75,
    )


def quotes_from_turns(doc: Doc, text: str, turns: list[Turn], marks: QuoteMarks, claimed: dict[int, Quote]) -> list[Quote]:
    """Transcript turns ("REYES: We have the money."): each is a direct quote of its label's speaker.

    The quoted spans inside a turn are part of it, not quotes of their own.
    """
    made = []
    for turn in turns:
        start, end = turn.content
        inside = marks.overlapping(start, end)
        if len(inside) == 1 and marks.spans[inside[0]].start == start and marks.spans[inside[0]].end >= end - 1:
            start, end = marks.spans[inside[0]].content_start, marks.spans[inside[0]].content_end
        label_start, label_end = turn.label
        colon = -1 if turn.carried else text.find(":", label_end, turn.content[0])  # none after a glued "Q"
        quote = Quote(
            type="direct",
            quote=text[start:end],
            quote_start=start,
            quote_end=end,
            speaker=text[label_start:label_end],
            speaker_start=label_start,
            speaker_end=label_end,
            speaker_resolution="inherited" if turn.carried else "as-written",
            cue=":",
            cue_lemma=":",
            cue_start=colon if colon >= 0 else None,
            cue_end=colon + 1 if colon >= 0 else None,
            confidence=0.7 if turn.carried else 0.8,
        )
        if colon < 0:  # a carried label, or a "Q" glued to its question
            quote.cue = quote.cue_lemma = None
        for i in inside:
            claimed[i] = quote
        made.append(quote)
    return made
