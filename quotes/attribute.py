"""Tie quotation marks and reported speech together into `Quote` records.

The steps, in order:

1. Pair the quotation marks (`quotes.direct`) and find reported-speech candidates in the parse
   (`quotes.reported`). Candidates whose cue sits inside quotation marks are speech within a quote
   and are dropped.
2. A candidate whose content holds a quoted span decides that span's type: if the content is
   nothing but the quotation it is a **direct** quote with the candidate's speaker and cue; if the
   content has words of its own around the quotation it is a **mixed** quote. A candidate with no
   quotation marks is **indirect**.
3. Each quoted span no candidate claimed is read on its own:
   a. a name or title ("the film “The Long Night”", "the so-called “peace plan”", "said on “Meet the
      Voters”"), a section subhead or a listed headline (`quotes.furniture`) is no quote;
   b. the object of a cue ("warned of “severe consequences”", "relayed its regret for “...”") is
      a **mixed** quote (the cue is found by `quotes.cue_search`);
   c. a cue in the same sentence, outside the quotation marks ("“We are ready,” the general said")
      or closing the sentence before it with a colon, attributes a **direct** quote, unless the quotation is a
      lower-case fragment its sentence runs on after ("she was “not ready yet” on backing it": **mixed**, to the
      end of the sentence, `quotes.run_on.sentence_run_on_end`);
   d. a quote that continues the previous one (a new paragraph opening with a quotation mark, or
      nothing but punctuation between them) inherits its speaker, unless it is a term of a few words
      with no punctuation of its own (steps c and d read only utterances; `quotes.follow_up`) or a term of
      one to three words set inside its sentence, whose comma is the sentence's own ("a “burn bag,” the Times
      reported", `quotes.titles.is_quoted_term`);
   e. what is left is kept, unattributed and with low confidence, only if it reads like an
      utterance (a full clause of several words); short quoted terms are dropped.
"""

from __future__ import annotations

import bisect

from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from . import memo
from .direct import QuoteMarks, QuoteSpan, find_quote_spans
from .fragments import (
    clause_before_cue,
    complement_tokens,
    end_before_next_cue,
    fragment_after_cue,
    hangs_in_setting,
    interrupts,
    noun_cue_above,
    speaker_after_clause,
    words_before_fragment,
)
from .cue_search import cue_above, cue_in_frame
from .follow_up import after_narration, continues, follow_up_sentence, inherit, sentence_subject, within_attribution
from .furniture import is_listed_title, is_subhead
from .framing import (
    WORD_CHAR,
    after_attribution,
    cue_sentence_before,
    in_marks,
    inverted_aside,
    name_before_cue,
    parts_around_cue,
    sentence_end_before_quotation,
    speaker_taken_for_content,
    subject_after_quotation,
    speaker_outside_marks,
    tagged_utterance,
    words,
)
from .block_leads import find_block_leads
from .headlines import find_colon_attributions, headline_ranges, inside, reads_as_clause
from .leads import find_digest_lead, find_lead, find_turns, quote_from_lead, quotes_from_turns
from .lexicon import Lexicon
from .misread_cues import cue_read_as_noun
from .model import Quote
from .nesting import drop_nested_reports
from .narration import narrated_speaker
from .pipeline import text_length
from .claims import noun_speaker
from .reported import Speech, content_range, find_speech
from .run_on import run_on_end, sentence_run_on_end
from .speakers import cue_span, find_addressee, mention_span
from .titles import (
    is_name_in_sentence,
    is_named_subject,
    is_quoted_term,
    is_title,
    is_title_in_apposition,
    term_under_cue,
)
from .memo import children

#: Words outside the quotation marks that do not make a content mixed.
FILLER_WORDS = frozenset({"that"})
#: The quoted spans of a document, searchable by offset (`quotes.direct.QuoteMarks`).
_Marks = QuoteMarks

#: Reported speech without quotation marks needs this many words ("IS fighters" from a misparse is not speech).
MIN_INDIRECT_WORDS = 3
#: Rules whose reported speech stands without a named speaker: a question put by someone unnamed ("Asked
#: whether ..."), a claim or report named by its noun ("a report that the plant would close"), a passive cue ("it
#: was reported that ...").
SPEAKERLESS_RULES = frozenset({"asked", "noun-clause", "passive"})
#: A quoted span with no cue is kept only from this many words on.
MIN_UNATTRIBUTED_WORDS = 8
#: A quoted span attributed by a cue in its sentence needs this many words, unless it ends like an utterance.
MIN_FRAMED_WORDS = 4


def attribute(doc: Doc, lexicon: Lexicon, text: str | None = None) -> list[Quote]:
    """All quotes of a parsed document, in document order (steps 1-3 of the module docstring).

    ``text`` is ``doc.text`` when the caller has it: `Doc.text` joins every token anew on each access.
    """
    if text is None or len(text) != text_length(doc):
        text = doc.text
    memo.begin(doc)
    marks = _Marks(find_quote_spans(text))
    headlines = headline_ranges(text)
    speeches = [
        s
        for s in find_speech(doc, lexicon)
        if marks.at(s.cue.start_char) is None and (not inside(headlines, s.cue.start_char) or reads_as_clause(doc, s))
    ]
    inner = [s for s in speeches if _attributed_after(text, s, lexicon)]
    speeches = [s for s in speeches if s not in inner]
    speeches.extend(find_colon_attributions(doc, headlines, text))
    speeches.extend(s for s in find_block_leads(doc, text, lexicon) if marks.at(s.cue.start_char) is None)
    turns = find_turns(text)
    if turns:  # a transcript's "LABEL: words" is a turn, not a colon attribution or a cue of its own
        spans = sorted(t.label[:1] + t.content[1:] for t in turns)
        speeches = [s for s in speeches if not inside(spans, s.cue.start_char) and not inside(spans, s.content[0])]
    claimed: dict[int, Quote] = {}
    quotes: list[Quote] = quotes_from_turns(doc, text, turns, marks, claimed)
    # cues that already report speech of their own, without quotation marks, or that a later cue overrides
    busy_cues: set[int] = {s.cue.root.i for s in inner}
    for speech in speeches:
        made = _from_speech(doc, text, speech, marks, claimed, lexicon)
        if any(q.type != "direct" for q in made):
            busy_cues.add(speech.cue.root.i)
        quotes.extend(made)
    reported = sorted(quotes, key=lambda q: q.quote_end)
    reported_ends = [q.quote_end for q in reported]
    previous: Quote | None = None
    for i, span in enumerate(marks.spans):
        if i in claimed:
            previous = claimed[i]
            continue
        # the quote just before this one, with or without quotation marks ("X said Y. “...”")
        k = bisect.bisect_right(reported_ends, span.start) - 1
        while k >= 0 and reported[k].speaker is None and reported[k].type == "indirect":
            k -= 1  # "“...,” she said, when asked whether she would run. “...”": the question is no one's quote
        if k >= 0 and (previous is None or reported[k].quote_end > previous.quote_end):
            if not within_attribution(doc, previous, reported[k]):  # "“...,” Marsh said, with a force that ..."
                previous = reported[k]
        quote = _from_marks(doc, text, span, marks, lexicon, busy_cues, previous)
        if quote is not None:
            quotes.append(quote)
            claimed[i] = quote
            previous = quote
            for j in marks.overlapping(quote.quote_start, quote.quote_end):
                claimed.setdefault(j, quote)  # the other fragments of one mixed quote
    for quote in quotes:
        if quote.type == "direct":
            _run_on(doc, text, quote, marks, lexicon)
        if inside(headlines, quote.quote_start):
            quote.section = "headline"
    return drop_nested_reports(doc, _dedupe(quotes))


_words = words
#: "VERB" and "AUX" as `Token.pos` reads them.
_VERB_POS = frozenset({VERB, AUX})


def _has_words(text: str, n: int) -> bool:
    """Whether ``text`` holds at least ``n`` words (`quotes.framing.words`), read no further than the ``n``-th."""
    count = 0
    for word in text.split():
        if WORD_CHAR.search(word):
            count += 1
            if count >= n:
                return True
    return False


def _attributed_after(text: str, speech: Speech, lexicon: Lexicon) -> bool:
    """Whether a cue right after the closing mark of the candidate's quotation attributes it: in "The inspector
    cannot claim that “the files were clean,” Dorsey said" (or "Halvorsen cannot say that “...,” Dorsey added",
    parsed with "added" inside the content) the quoted words are Dorsey's, and "cannot claim" is part of what
    he said. The other cue is a reporting verb above or below the candidate's cue, with a subject of its own
    written right after the closing mark and a comma."""
    if speech.speaker is None:
        return False
    root, end = speech.cue.root, speech.content[1]
    doc = root.doc
    above = list(root.ancestors)
    below = [c for c in children(root) if c.dep_ in ("ccomp", "parataxis")]
    for verb in above + below:
        if verb.i <= root.i or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lexicon.verbs:
            continue
        subject = next((c for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.pos_ == "PRON":
            continue  # "..., he said" may well be the inner speaker again
        closing = max(text.rfind("\u201d", 0, subject.left_edge.idx), text.rfind('"', 0, subject.left_edge.idx))
        if closing < speech.cue.end_char or (verb in above and not end - 1 <= closing <= end + 1):
            continue  # above: the candidate's content must end with that quotation
        between = text[closing - 1 : subject.left_edge.idx]  # "clean,” Dorsey", "clean”, Dorsey"
        after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        closes = after is None or after.text in (".", ",", ";", "!", "?")  # "Dorsey said." not "Dorsey said:"
        if closes and "," in between and not any(c.isalnum() for c in between):
            return True
    return False


def _from_speech(
    doc: Doc, text: str, speech: Speech, marks: _Marks, claimed: dict[int, Quote], lexicon: Lexicon
) -> list[Quote]:
    """Step 2: a reported-speech candidate becomes indirect, mixed, or the attribution of direct quotes."""
    start, end = speech.content
    unnamed = speech.speaker is None and speech.rule not in SPEAKERLESS_RULES  # not "Asked whether ..."
    if speech.cue.root.pos_ in ("VERB", "AUX") and (unnamed or (speech.speaker and in_marks(marks, speech.speaker))):
        speech.speaker = speaker_outside_marks(speech.cue.root, marks)  # "“..., Full crisis mode,” said Joan Bell"
        speaker = speech.speaker
        if speaker is not None and not text[start : speaker.start_char].strip() and speaker.end_char < end:
            rest = speaker.end_char  # "“Our costs,” said Nora Vance, the director, “have doubled”": the parse took
            while rest < end and text[rest] in " ,":  # the speaker for the subject of the quote's second part
                rest += 1
            if marks.at(rest) is not None:
                speech.content = (rest, end)
                start = rest
    elif speech.speaker is not None and speech.cue.root.pos_ in ("VERB", "AUX"):
        speech.speaker = subject_after_quotation(speech.cue.root, speech.speaker, marks) or speech.speaker
    taken = speaker_taken_for_content(doc, text, speech, marks)  # "“...,” said the woman, who asked ..."
    if taken is not None:
        speech.speaker, speech.content = taken
        start, end = speech.content
    named = name_before_cue(doc, speech, marks)
    if named is not None:
        speech.speaker, speech.content = named[0], (start, named[1])
        start, end = speech.content
    parts = inverted_aside(doc, text, speech, marks) or parts_around_cue(doc, text, speech, marks)
    if parts is not None:
        return [q for part in parts for q in _from_speech(doc, text, _with_content(speech, part), marks, claimed, lexicon)]
    end = sentence_end_before_quotation(text, start, end, marks)
    inside = marks.overlapping(start, end)
    content = doc.char_span(start, end, alignment_mode="expand") if inside else None
    cut = end_before_next_cue(content, lexicon.verbs, lambda char: marks.at(char) is not None) if content else None
    if cut is not None and marks.overlapping(start, cut):  # "... “very charming” and called her rise “...”"
        end, inside = cut, marks.overlapping(start, cut)
    if not inside:
        if speech.rule.endswith(_PART) and speech.speaker is not None:
            return [_make(doc, text, "indirect", start, end, speech, speech.confidence)]
        if speech.speaker is None and speech.rule not in SPEAKERLESS_RULES:
            return []
        content = doc.char_span(start, end, alignment_mode="expand")
        if content is None or not any(t.pos in _VERB_POS for t in content):  # (the part of speech by its symbol)
            return []  # a headline's noun phrase ("admits leisure centre overspend") is no clause
        if not _has_words(text[start:end], MIN_INDIRECT_WORDS) and not _is_short_clause(content):
            return []
        return [_make(doc, text, "indirect", start, end, speech, speech.confidence)]
    outside = _outside_text(text, start, end, [marks.spans[i] for i in inside])
    if not [w for w in _words(outside) if w.lower() not in FILLER_WORDS]:
        made = []
        for i in inside:
            span = marks.spans[i]
            tokens = doc.char_span(span.content_start, span.content_end, alignment_mode="expand")
            if tokens is not None and (is_name_in_sentence(tokens, lexicon) or is_title_in_apposition(tokens, lexicon)):
                continue  # "said on “Face the Nation.”", "spoke on its podcast, “So, That Happened.”"
            quote = _make(doc, text, "direct", span.content_start, span.content_end, speech, speech.confidence + 0.1)
            claimed.setdefault(i, quote)
            made.append(quote)
        return made
    # mixed: the content runs to the closing mark of a quotation that starts inside it
    last = marks.spans[inside[-1]]
    end = max(end, last.end if last.closed else last.content_end)
    first = marks.spans[inside[0]]
    start = min(start, first.start)
    quote = _make(doc, text, "mixed", start, end, speech, speech.confidence)
    for i in inside:
        claimed.setdefault(i, quote)
    return [quote]


def _is_short_clause(content: Span) -> bool:
    """ "said she would", "denied it happened": two words, a subject and then its verb, are a content of their own
    (not "believed were IS fighters", a capitalised name tagged as a verb)."""
    return len(_words(content.text)) == 2 and any(
        t.pos_ in ("VERB", "AUX")
        and not t.text[:1].isupper()
        and any(c.dep_ in ("nsubj", "nsubjpass") and content.start <= c.i < t.i for c in children(t))
        for t in content
    )


#: Marks the rule of a candidate that is one part of an interrupted content.
_PART = "+part"


def _with_content(speech: Speech, content: tuple[int, int]) -> Speech:
    rule = speech.rule + _PART
    return Speech(speech.cue, speech.cue_lemma, content, speech.speaker, speech.addressee, rule, speech.confidence)


def _outside_text(text: str, start: int, end: int, spans: list[QuoteSpan]) -> str:
    pieces, pos = [], start
    for span in spans:
        pieces.append(text[pos : max(pos, span.start)])
        pos = max(pos, span.end)
    pieces.append(text[pos:end] if pos < end else "")
    return " ".join(pieces)


def _from_marks(
    doc: Doc,
    text: str,
    span: QuoteSpan,
    marks: _Marks,
    lexicon: Lexicon,
    busy_cues: set[int],
    previous: Quote | None,
) -> Quote | None:
    """Step 3: a quoted span that no reported-speech candidate claimed."""
    tokens = doc.char_span(span.content_start, span.content_end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    content = text[span.content_start : span.content_end]
    n_words = len(_words(content))
    if is_subhead(text, span) or is_listed_title(text, span):
        return None
    cue = cue_above(tokens, lexicon, marks)
    if is_title(tokens, lexicon, n_words) and not term_under_cue(tokens, cue):
        return None
    if is_named_subject(text, tokens, span, lexicon) or is_title_in_apposition(tokens, lexicon):
        return None
    digest = find_digest_lead(doc, text, span)  # "HEADING - Jane Roe: “...”": before any cue in the heading
    if digest is not None:
        return quote_from_lead(text, span, digest)
    if cue is not None and hangs_in_setting(tokens, cue[0]):
        return None  # a title where it was said: "“...,” she said on ABC's “This Week”"
    if cue is not None:
        speaker = speaker_outside_marks(cue[0], marks)
        if tagged_utterance(text, tokens, span, cue[0]):  # "“Not again!” shouted Dana Pruitt."
            if is_name_in_sentence(tokens, lexicon):
                return None  # "on WTMJ’s “Midday with Charlie Sykes,” while discussing ...": a show, not an utterance
            return _quote(doc, text, "direct", span.content_start, span.content_end, cue, speaker, 0.75 if speaker else 0.4)
        start, end = _fragment_bounds(cue, tokens, text, span, marks)
        if (start, end) == (span.content_start, span.content_end) and _resumes_quotation(text, span, marks, cue[0]):
            return _quote(doc, text, "direct", start, end, cue, speaker, 0.75 if speaker else 0.4)
        return _quote(doc, text, "mixed", start, end, cue, speaker, 0.75 if speaker else 0.4)
    noun_cue = noun_cue_above(tokens, lexicon.nouns, lambda char: marks.at(char) is not None)
    if noun_cue is not None:
        return _from_noun_cue(doc, text, span, marks, *noun_cue)
    if is_name_in_sentence(tokens, lexicon):  # "said on “Face the Nation”": a name, not the cue's object
        return None
    # a term of a few words with no punctuation of its own ("the party's “basement dwellers”") is no utterance
    utterance = n_words >= MIN_FRAMED_WORDS or content.rstrip()[-1:] in ",.!?…" or span.continues
    # a term set inside the sentence ("a “burn bag,” the Times reported") is a fragment of a mixed quote or nothing
    term = utterance and n_words < MIN_FRAMED_WORDS and is_quoted_term(text, tokens, span, lexicon)
    if utterance:
        verb = cue_in_frame(tokens, text, span, marks, lexicon, busy_cues)
        if verb is not None:
            speaker = speaker_outside_marks(verb, marks)
            cue = (verb, cue_span(verb), verb.lemma_.lower())
            bounds = _framed_fragment(cue, tokens, text, span, marks)
            if bounds is not None and verb.i > tokens.start and (speaker is None or speaker.start_char < bounds[1]):
                after = speaker_after_clause(verb, doc.char_span(*bounds, alignment_mode="expand"))
                speaker, bounds = (after, bounds) if after is not None else (speaker, None)
            if bounds is not None:
                return _quote(doc, text, "mixed", *bounds, cue, speaker, 0.75 if speaker else 0.4)
            if term:
                return None
            run_on = _sentence_run_on(text, span, marks)  # "he was “not quite there yet” on supporting the bill"
            if run_on is not None:
                return _quote(doc, text, "mixed", span.start, run_on, cue, speaker, 0.75 if speaker else 0.4)
            return _quote(doc, text, "direct", span.content_start, span.content_end, cue, speaker, 0.85 if speaker else 0.4)
        misread = None if term else cue_read_as_noun(doc, text, span, lexicon.verbs)  # "“...,” the email read."
        if misread is not None:
            noun, speaker = misread
            cue = (noun, doc[noun.i : noun.i + 1], noun.lemma_.lower())
            return _quote(doc, text, "direct", span.content_start, span.content_end, cue, speaker, 0.7)
    lead = find_lead(doc, text, span, lexicon)
    if lead is not None:
        return quote_from_lead(text, span, lead)
    framed = cue_sentence_before(tokens, text, span, marks, lexicon.verbs, busy_cues)  # "Lau said in a statement. “”"
    if framed is not None:
        cue = (framed[0], cue_span(framed[0]), framed[0].lemma_.lower())
        return _quote(doc, text, "direct", span.content_start, span.content_end, cue, framed[1], 0.7)
    if previous is not None and previous.speaker is not None and utterance and not term:
        if continues(text, previous, span) or after_attribution(doc, text, previous, span):
            return _inherit_direct(previous, span, text, marks)
        sentence = follow_up_sentence(tokens, previous)
        if sentence is not None:
            if len(content) >= 0.7 * len(sentence.text.strip()):
                return _inherit_direct(previous, span, text, marks)
            bounds = content_range(sentence) if n_words >= MIN_FRAMED_WORDS else None
            if bounds is not None:  # a fragment of several words, not a nickname or a scare-quoted term
                own = sentence_subject(tokens, marks)  # "Gorka also made the point that ... “...”"
                if own is not None:
                    cue = (own[0], cue_span(own[0]), own[0].lemma_.lower())
                    return _quote(doc, text, "mixed", *bounds, cue, mention_span(own[1], stop=own[0]), 0.5)
                return inherit(previous, "mixed", *bounds, text)
        elif after_narration(tokens, text, previous, marks, lexicon):
            return _inherit_direct(previous, span, text, marks)
    after = fragment_after_cue(tokens, lexicon.verbs, lexicon.title_words, marks)  # "called him “driven”", misparsed
    if after is not None and (after[0].i not in busy_cues or interrupts(after[0])):
        cue = (after[0], cue_span(after[0]), after[0].lemma_.lower())
        return _quote(doc, text, "mixed", *after[2], cue, after[1], 0.6 if after[1] else 0.35)
    if n_words >= MIN_UNATTRIBUTED_WORDS and any(t.pos_ in ("VERB", "AUX") for t in tokens):
        quote = Quote(
            type="direct",
            quote=content,
            quote_start=span.content_start,
            quote_end=span.content_end,
            confidence=0.3,
        )
        narrated = narrated_speaker(doc, text, span, marks)  # "Ruiz is upbeat about the harvest.\n\n“...”"
        if narrated is not None:
            speaker = narrated[1]
            quote.speaker, quote.speaker_start, quote.speaker_end = speaker.text, speaker.start_char, speaker.end_char
            quote.speaker_resolution, quote.confidence = "as-written", 0.4
        return quote
    return None


def _inherit_direct(previous: Quote, span: QuoteSpan, text: str, marks: _Marks) -> Quote:
    """Step 3d: the quotation goes on with the previous speaker, as a mixed quote when it is a fragment its sentence
    runs on after ("''is a perfect example'' of adapting to ...")."""
    run_on = _sentence_run_on(text, span, marks)
    if run_on is not None:
        return inherit(previous, "mixed", span.start, run_on, text)
    return inherit(previous, "direct", span.content_start, span.content_end, text)


def _sentence_run_on(text: str, span: QuoteSpan, marks: _Marks) -> int | None:
    """The end of the sentence a quoted fragment runs on into (`quotes.run_on.sentence_run_on_end`)."""
    if not span.closed:
        return None
    return sentence_run_on_end(text, span.content_start, span.content_end, span.end, lambda char: marks.at(char) is not None)


def _from_noun_cue(doc: Doc, text: str, span: QuoteSpan, marks: _Marks, noun: Token, branch: Token) -> Quote | None:
    """Step 3b for a reporting noun: "his promise to be “neutral” in the talks" is a mixed quote of the noun's
    complement (the branch below it that holds the fragment), by the noun's possessor."""
    first, last = branch.left_edge.i, branch.right_edge.i
    if branch.dep_ == "prep":
        first = branch.i + 1  # "pledge of “...”": the preposition belongs to the cue
    bounds = content_range(doc[first : last + 1]) if first <= last else None
    if bounds is None:
        return None
    start, end = min(bounds[0], span.start), max(bounds[1], span.end if span.closed else span.content_end)
    inside = marks.overlapping(start, end)
    outside = _outside_text(text, start, end, [marks.spans[i] for i in inside])
    if not [w for w in _words(outside) if w.lower() not in FILLER_WORDS]:
        start, end = span.content_start, span.content_end
    else:
        last = marks.spans[inside[-1]]
        end = max(end, last.end if last.closed else last.content_end)
    cue = (noun, doc[noun.i : noun.i + 1], noun.lemma_.lower())
    speaker = noun_speaker(noun)
    return _quote(doc, text, "mixed", start, end, cue, speaker, 0.6 if speaker else 0.35)


def _resumes_quotation(text: str, span: QuoteSpan, marks: _Marks, verb: Token) -> bool:
    """ "“Not yet,” said the board, “until the audit.”": the quotation is the second part of one that its cue
    interrupts (the part before it ends open, with a comma or a dash, right before the cue's phrase), so it is
    direct even where the parse hangs it below the cue like an object."""
    i = marks.at(span.start)
    if not i:
        return False
    before = marks.spans[i - 1]
    if not before.closed or not before.end <= verb.idx < span.start:
        return False
    gap = text[before.end : span.start]
    opened = text[before.content_start : before.content_end].rstrip()[-1:]
    return opened in (",", "—", "-") and "\n" not in gap and len(gap) <= 100 and gap.rstrip()[-1:] in (",", "—")


def _fragment_bounds(
    cue: tuple[Token, Span, str], tokens: Span, text: str, span: QuoteSpan, marks: _Marks
) -> tuple[int, int]:
    """Step 3b: the mixed quote of a fragment under a cue is the cue's whole complement (`quotes.fragments`),
    or the fragment alone when the cue has nothing else after it."""
    verb, cue_tokens, _ = cue
    complement = complement_tokens(verb, tokens, cue_tokens) if verb.pos_ in ("VERB", "AUX") else None
    bounds = content_range(complement) if complement is not None else None
    if bounds is None:
        return span.content_start, span.content_end
    start, end = min(bounds[0], span.start), max(bounds[1], span.end if span.closed else span.content_end)
    inside = marks.overlapping(start, end)
    outside = _outside_text(text, start, end, [marks.spans[i] for i in inside])
    if not [w for w in _words(outside) if w.lower() not in FILLER_WORDS]:
        return span.content_start, span.content_end  # nothing but the quotation: "warned of “severe consequences”"
    last = marks.spans[inside[-1]]  # run to the closing mark of the last fragment
    return start, max(end, last.end if last.closed else last.content_end)


def _framed_fragment(
    cue: tuple[Token, Span, str], tokens: Span, text: str, span: QuoteSpan, marks: _Marks
) -> tuple[int, int] | None:
    """Step 3c: a quotation that opens inside the clause its cue reports is a fragment of a mixed quote, not a
    direct quote: "accused the agency of treating staff like “hired help”" (the cue's complement, as in step 3b),
    "The vote signals “the end” for the bloc, said Wilders" (the clause before the cue)."""
    verb = cue[0]
    if verb.i < tokens.start:
        lead = text[: span.start].rstrip()[-1:]
        if lead == ":" or (lead == "," and tokens[0].text[:1].isupper()) or _resumes_quotation(text, span, marks, verb):
            return None  # "told reporters: “...”", "cracked, “I'm ...”", "“Our costs,” said Vance, “have ...”"
        speaker = speaker_outside_marks(verb, marks)
        if speaker is not None and verb.idx < speaker.start_char < span.start:
            return None  # "said Ann Lee, who runs a “pop-up” shop": the speaker lies between
        bounds = _fragment_bounds(cue, tokens, text, span, marks)
        if bounds != (span.content_start, span.content_end):
            return bounds
        between = words_before_fragment(verb, tokens, cue[1], speaker)
        return None if between is None else (between.start_char, span.end if span.closed else span.content_end)
    clause = clause_before_cue(verb, tokens)
    bounds = content_range(clause) if clause is not None else None
    if bounds is None:
        return None
    inside = marks.overlapping(*bounds)
    if not inside:
        return None
    last = marks.spans[inside[-1]]
    return bounds[0], max(bounds[1], last.end if last.closed else last.content_end)


def _make(doc: Doc, text: str, type_: str, start: int, end: int, speech: Speech, confidence: float) -> Quote:
    quote = _quote(doc, text, type_, start, end, (speech.cue.root, speech.cue, speech.cue_lemma), speech.speaker, confidence)
    if speech.addressee is not None:
        _set_addressee(quote, speech.addressee)
    return quote


def _quote(
    doc: Doc, text: str, type_: str, start: int, end: int, cue: tuple[Token, Span, str], speaker: Span | None, confidence: float
) -> Quote:
    verb, cue_tokens, lemma = cue
    quote = Quote(
        type=type_,
        quote=text[start:end],
        quote_start=start,
        quote_end=end,
        cue=text[cue_tokens.start_char : cue_tokens.end_char],  # `Span.text` (``text`` is ``doc.text``), unjoined
        cue_lemma=lemma,
        cue_start=cue_tokens.start_char,
        cue_end=cue_tokens.end_char,
        confidence=round(min(max(confidence, 0.0), 1.0), 2),
    )
    if speaker is not None:
        quote.speaker_start, quote.speaker_end = speaker.start_char, speaker.end_char
        quote.speaker, quote.speaker_resolution = text[speaker.start_char : speaker.end_char], "as-written"
    if type_ != "indirect" and quote.addressee is None:
        addressee = find_addressee(verb) if verb.pos_ in ("VERB", "AUX") else None
        if addressee is not None:
            _set_addressee(quote, addressee)
    return quote


def _run_on(doc: Doc, text: str, quote: Quote, marks: _Marks, lexicon: Lexicon) -> None:
    """A direct quote whose clause runs on after its closing mark ("“not quite there yet” on supporting Ryan") is
    mixed, with the phrase it runs on into (`quotes.run_on`)."""
    i = marks.at(quote.quote_start)
    span = marks.spans[i] if i is not None else None
    if span is None or span.content_end != quote.quote_end:
        return
    end = run_on_end(doc, text, span, lexicon.verbs)
    if end is not None:
        quote.type, quote.quote_start, quote.quote_end, quote.quote = "mixed", span.start, end, text[span.start : end]


def _set_addressee(quote: Quote, addressee: Span) -> None:
    quote.addressee, quote.addressee_start, quote.addressee_end = addressee.text, addressee.start_char, addressee.end_char


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """One quote per content range, the most confident; sorted by position."""
    best: dict[tuple[int, int], Quote] = {}
    for quote in quotes:
        key = (quote.quote_start, quote.quote_end)
        if key not in best or quote.confidence > best[key].confidence:
            best[key] = quote
    return sorted(best.values(), key=lambda q: (q.quote_start, -q.quote_end))
