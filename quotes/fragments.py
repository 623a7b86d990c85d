"""Quoted fragments under one cue: the cue's whole complement is one mixed quote.

"The mayor called the plan “reckless” and “deeply unfair.”" reports one thing the mayor said: that the plan
was reckless and deeply unfair. The quote is the complement of the cue, "the plan “reckless” and “deeply
unfair.”", with every quoted fragment inside it, not each fragment on its own. The same holds for "described the
budget as a “house of cards” built on hope" and "blasted the plan as a “giveaway to developers.”".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .direct import QuoteMarks
from .framing import speaker_outside_marks
from .speakers import cue_span, find_addressee, mention_span
from .speech import content_range
from .sentences import sentence_of
from .memo import children

#: Dependents of a cue verb that make up what it reports: its object(s) and what is said of them.
COMPLEMENT_DEPS = frozenset({"dobj", "dative", "oprd", "attr", "acomp", "xcomp", "ccomp"})
#: Dependencies by which the quoted fragment's branch may hang from the cue without being a complement.
_NOT_COMPLEMENT = frozenset({"conj", "cc", "advcl", "punct", "nsubj", "nsubjpass", "aux", "neg", "prt"})


def complement_tokens(verb: Token, fragment: Span, cue: Span | None = None) -> Span | None:
    """The cue's complement that holds ``fragment``: from the first word after the cue to the end of its last
    object or predicate (a preposition that heads the fragment's branch counts: "described it as “...”").

    Args:
        verb: the cue verb ("called"), or the light verb of a cue noun ("expressed" of "expressed its regret").
        fragment: the quoted words, without their quotation marks.
        cue: the cue as written, when it runs past the verb: the complement starts after it.

    Returns None when the fragment does not hang from ``verb`` after it, or when the complement is the
    fragment alone.
    """
    if verb.i >= fragment.start:
        return None
    branch = fragment.root
    while branch.head.i != verb.i:
        if branch.head.i == branch.i:
            return None
        branch = branch.head
    if branch.dep_ in _NOT_COMPLEMENT or branch.i < verb.i:
        return None
    parts = [
        child
        for child in children(verb)
        if child.i > verb.i
        and (child.dep_ in COMPLEMENT_DEPS or child.i == branch.i or (child.dep_ == "prep" and child.i < branch.i))
    ]  # a preposition between the cue and the fragment too: "referred to the protesters as “my friends”"
    if branch.dep_ == "ccomp":
        parts = [branch]  # a clause of its own: "told reporters the bridge was “unsafe”" without the addressee
    doc = verb.doc
    start = min(child.left_edge.i for child in parts)
    end = max(child.right_edge.i for child in parts) + 1
    cue_end = max(verb.i, cue.end - 1 if cue is not None else verb.i)
    start = max(start, cue_end + 1)
    first = doc[start]
    if first.dep_ == "prep" and verb.i <= first.head.i <= cue_end and start < fragment.start:
        start += 1  # "called for a “revolution”": the preposition belongs to the cue
    while start < end and doc[start].dep_ == "prt" and doc[start].head.i == verb.i:
        start += 1  # "pointed out"
    end = max(end, fragment.end)  # the words of the quotation are said, whatever the parse hung them on
    end = _trailing_end(verb, end, past_mark=start < fragment.start - 1)  # not "warned of “severe losses” if ..."
    if start >= fragment.start and end <= fragment.end:
        return None
    return doc[start:end]


#: Dependents of a cue verb after its object that go on with what was said: "blamed the “fog of war” for the
#: failure", "cited “Bill Maher” as his guilty pleasure", "referred to “ISIS” 44 times".
TRAILING_DEPS = frozenset({"prep", "npadvmod", "advcl", "oprd", "acomp"})
#: Prepositions that set the scene of the saying rather than go on with what was said ("in a speech", "on Monday").
SETTING_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "since", "to", "from", "via", "through", "while"})
#: Conjunctions of an adverbial clause that set the scene of the saying ("when asked", "as she left").
_SETTING_MARKS = frozenset({"when", "while", "as", "after", "before", "since", "until", "once", "whereas"})


def _trailing_end(verb: Token, end: int, *, past_mark: bool = False) -> int:
    """The end of the complement once the cue's dependents that follow it without a break are added, past the
    fragment's closing mark: a second object joined by "and" ("questioned Trump's “values” and his readiness"; the
    parse hangs it on the cue), "referred to “ISIS” 44 times", and, with ``past_mark`` (the complement has words of
    its own before the fragment), a clause with a conjunction ("calls it “a mistake” because ...", not "warned of
    “severe losses” if ...")."""
    rights = list(verb.rights)
    for k, child in enumerate(rights):
        if child.left_edge.i != end:
            if child.left_edge.i > end:
                break  # something else lies between: a comma, a conjunction
            continue
        if child.dep_ == "punct" and child.is_quote and child.i == end:
            end = child.i + 1  # the closing mark of the fragment
            continue
        following = rights[k + 1] if k + 1 < len(rights) else None
        if child.dep_ == "cc" and following is not None and _is_second_object(following, child):
            end = child.i + 1
            continue
        if child.dep_ == "conj" and _is_second_object(child, None):
            end = child.right_edge.i + 1
            continue
        if child.dep_ not in TRAILING_DEPS or sets_scene(child) or (child.dep_ == "advcl" and not past_mark and has_mark(child)):
            break
        end = child.right_edge.i + 1
    return end


def _is_second_object(conj: Token, cc: Token | None) -> bool:
    """A noun joined to the cue by "and"/"or" right after the conjunction: a second object of it, not a second
    predicate ("and suggested ...")."""
    return (
        conj.dep_ == "conj"
        and conj.pos_ in ("NOUN", "PROPN", "PRON")  # "... and someone who had “failed the test”"
        and (cc is None or (cc.lower_ in ("and", "or") and conj.left_edge.i == cc.i + 1))
    )


def sets_scene(child: Token) -> bool:
    """A dependent that says where, when or to whom the words were said, not what: "to reporters", "on Monday",
    "in a speech", "at the rally", "when asked"."""
    if child.dep_ == "prep":
        if child.lower_ not in SETTING_PREPS:
            return False
        if child.lower_ in ("to", "from", "via", "through", "while"):
            return True
        objects = [c for c in children(child) if c.dep_ == "pobj"]
        words = child.subtree
        if child.lower_ in ("in", "on", "at"):  # the object itself, not a clause or phrase after it: "in the way
            words = [t for o in objects for t in _noun_phrase(o)]  # the city responds", "on display in Ohio"
        return not objects or any(
            t.ent_type_ in ("DATE", "TIME", "GPE", "FAC", "ORG", "EVENT") or t.lemma_.lower() in _SETTINGS for t in words
        )
    if child.dep_ == "npadvmod":
        return child.ent_type_ in ("DATE", "TIME")
    if child.dep_ == "advcl":
        before = child.doc[child.left_edge.i - 2 : child.left_edge.i].text
        if child.tag_ in ("VBG", "VBN") and "," in before and not has_mark(child):
            return True  # "called it “a farce,” adding that ...": another saying, or a scene ("speaking to ...")
        return any(c.dep_ in ("mark", "advmod") and c.lower_ in _SETTING_MARKS for c in children(child))
    return False


#: Prepositions of a setting that may hold a quoted title: "said on ABC's “This Week”", "wrote in her memoir, “Tough
#: Choices”", "Speaking on “Fox & Friends,” ...".
_TITLE_SETTING_PREPS = frozenset({"on", "in", "at", "during", "under", "for", "through", "via", "over"})
def hangs_in_setting(fragment: Span, verb: Token) -> bool:
    """The quoted words name where or when ``verb`` spoke, not what: a title in the setting ("“...,” Clinton said
    on ABC's “This Week” on Sunday", "Wednesday on Fox's “Hannity,” Gingrich said", "she wrote in her memoir,
    “Tough Choices.”"). The title is in a noun phrase of the setting (not in a clause hung on it: "predicted at the
    debate that Republicans will take “every state”"), before the cue, beside a clause the cue reports, or naming an
    occasion; not "blamed the shootings on “sickos”", where the object and the preposition are what was said."""
    if _after_venue(fragment):
        return True
    branch = fragment.root
    while branch.head.i != verb.i:
        if branch.head.i == branch.i:
            return False
        branch = branch.head
        if branch.pos_ in ("VERB", "AUX") and not fragment.start <= branch.i < fragment.end:
            return False  # a clause of its own on the way up
    reports_clause = any(c.dep_ in ("ccomp", "parataxis") and c.i != branch.i for c in children(verb))
    if fragment.start <= branch.i < fragment.end:  # "“In breaking news,” he said": the quotation's own phrase, but
        return branch.dep_ == "npadvmod" and branch.i > verb.i and reports_clause  # "said on ABC's “This Week”"
    if branch.dep_ in ("prep", "npadvmod") and branch.i < verb.i:
        return True  # "Wednesday on Fox's “Hannity,” Gingrich said"
    if branch.dep_ == "npadvmod":
        return reports_clause  # "“...,” she said on ABC's “This Week”" parsed with the title as an adverbial noun
    if branch.dep_ == "prep" and branch.lower_ in _TITLE_SETTING_PREPS:
        return reports_clause or (not has_object(verb) and sets_scene(branch))
    return False


#: Prepositions right before the name of a programme or event on which something was said.
_VENUE_PREPS = frozenset({"on", "at", "during"})


def _after_venue(fragment: Span) -> bool:
    """ "said on ABC's “This Week With George Stephanopoulos.”", "three times on “Fox News Sunday”": a name in title
    case (two to eight words) right after "on", "at" or "during" and a possessor, whatever the parse made of it."""
    names = [t for t in fragment if t.is_alpha]
    if not 2 <= len(names) <= 8 or not _title_case(fragment) or all(t.is_upper for t in names):
        return False
    doc = fragment.doc
    i = fragment.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i >= 1 and (doc[i].tag_ == "POS" or doc[i].lower_ in ("'s", "\u2019s")):  # "ABC's", "CBS' "
        i -= 1
        while i >= 1 and doc[i - 1].pos_ == "PROPN" and doc[i].pos_ == "PROPN":
            i -= 1
        i -= 1
    return i >= 0 and doc[i].lower_ in _VENUE_PREPS


def has_mark(clause: Token) -> bool:
    """The clause has a subordinating conjunction of its own ("if ...", "because ...")."""
    return any(c.dep_ == "mark" for c in children(clause))


def has_object(verb: Token) -> bool:
    """The verb has a direct object."""
    return any(c.dep_ == "dobj" for c in children(verb))


def _noun_phrase(noun: Token) -> list[Token]:
    """A noun with its determiners, modifiers and possessor, without the phrases and clauses after it."""
    return [noun] + [t for c in children(noun) if c.dep_ not in _AFTER_NOUN for t in c.subtree]


#: Dependents of a noun that go past its own phrase.
_AFTER_NOUN = frozenset({"prep", "relcl", "acl", "appos", "conj", "cc", "punct"})


#: Nouns of the occasion on which something was said ("in an interview", "at a rally").
_SETTINGS = frozenset(
    {"interview", "statement", "speech", "rally", "debate", "hearing", "conference", "meeting", "appearance", "event",
     "letter", "post", "tweet", "email", "video", "show", "broadcast", "briefing", "address", "session", "remarks",
     "stop", "forum", "call", "release", "op-ed", "column", "radio", "television", "tv", "network", "website"}
)


#: Nouns of words called out, whoever called them: their "of" or "for" phrase holds the words even without a
#: possessor ("chants of “Lock her up”", "a call for “a total ban”", "cries of “Shame!”").
UTTERANCE_NOUNS = frozenset({"chant", "call", "cry", "shout", "plea", "refrain", "slogan", "mantra", "rallying"})
#: Prepositions by which a reporting noun takes what was said: "his promise of “free college”", "her call for a “ban”".
_NOUN_CONTENT_PREPS = frozenset({"of", "for", "about", "against", "to", "on"})
#: Dependencies along which a quoted fragment hangs below a reporting noun's complement.
_NOUN_PATH_DEPS = frozenset(
    {"pobj", "pcomp", "dobj", "attr", "acomp", "xcomp", "amod", "compound", "nmod", "conj", "oprd", "advmod", "aux"}
)


def noun_cue_above(fragment: Span, nouns: frozenset[str], quoted: Callable[[int], bool]) -> tuple[Token, Token] | None:
    """The reporting noun whose complement holds ``fragment``: "his promise to be “neutral” in the talks", "the
    senator's warning of a “lost decade”". The noun has a possessor (who made the promise), comes before the
    fragment, outside quotation marks, and takes the complement by a preposition or an infinitive clause.

    Args:
        fragment: the quoted words, without their quotation marks.
        nouns: the reporting nouns of the lexicon.
        quoted: whether a character offset lies inside quotation marks.

    Returns:
        The noun and its dependent (the preposition or the clause) that holds the fragment.
    """
    token = fragment.root
    for _ in range(5):
        head = token.head
        if head.i == token.i:
            return None
        if fragment.start <= head.i < fragment.end:
            token = head
            continue
        lemma = head.lemma_.lower()
        if head.pos_ == "NOUN" and (lemma in nouns or lemma in UTTERANCE_NOUNS) and head.i < fragment.start:
            takes = (token.dep_ == "prep" and token.lower_ in _NOUN_CONTENT_PREPS) or (
                token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(token))
            )
            owned = any(c.dep_ == "poss" for c in children(head)) or (
                lemma in UTTERANCE_NOUNS  # "chants of “...”", "a call for “...”"; not "a phone call for “Mr. Lee”"
                and token.lower_ in ("of", "for")
                and not any(c.dep_ == "compound" for c in children(head))
                and not _title_case(fragment)
            )
            return (head, token) if takes and owned and not quoted(head.idx) else None
        if token.dep_ not in _NOUN_PATH_DEPS and token.dep_ not in ("prep", "acl"):
            return None
        if head.pos_ in ("VERB", "AUX") and token.dep_ not in ("dobj", "xcomp", "pcomp", "attr", "acomp", "oprd", "conj", "aux"):
            return None
        token = head
    return None


def clause_before_cue(verb: Token, fragment: Span) -> Span | None:
    """ "The vote signals “the beginning of the end” for the bloc, said Wilders": a quotation inside a clause that
    a cue after it reports, the clause parsed apart from the cue. The clause runs from the start of the sentence
    to the comma before the cue's phrase (its speaker or the cue itself, whichever comes first).

    Returns None unless the quotation opens inside the clause, after words of its own and with no punctuation
    right before its opening mark, and only a comma (and closing marks) lies between the clause and the cue's
    phrase.
    """
    doc = verb.doc
    sentence = sentence_of(fragment[0])
    opening = fragment.start - 1
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i for c in children(verb)):
        return None  # "Hemsley, author of “Going Viral,” said the days ...": the cue reports what follows it
    if verb.i <= fragment.end or verb.i >= sentence.end or opening <= sentence.start or not doc[opening].is_quote:
        return None
    if doc[opening - 1].is_punct or not any(t.is_alpha for t in doc[sentence.start : opening]):
        return None
    phrase = min([verb.i] + [c.left_edge.i for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i > fragment.end])
    end = phrase
    while end > fragment.end and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if not any(t.text == "," for t in doc[end:phrase]):
        return None
    return doc[sentence.start : end]


def speaker_after_clause(verb: Token, clause: Span) -> Span | None:
    """The speaker of a cue after the clause it reports: its subject after the clause ("..., one reader
    commented"), or the noun phrase right after an inverted cue ("..., said Ann Wilders"), never a word of the
    clause (the parse often takes the clause's subject for the cue's)."""
    for child in children(verb):
        if child.dep_ in ("nsubj", "nsubjpass") and child.i >= clause.end and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return mention_span(child, stop=verb)
    following = [c for c in verb.rights if c.pos_ in ("PROPN", "NOUN")]
    return mention_span(following[0], stop=verb) if following else None


#: How many words may lie between a cue and a quoted fragment it frames when the parse does not link them.
MAX_FRAMED_GAP = 20


def words_before_fragment(
    verb: Token, fragment: Span, cue: Span, speaker: Span | None, *, clause_start: bool = False
) -> Span | None:
    """ "accusing the agencies of engaging in “overclassification run amok.”": the words between a cue and a
    quotation that opens inside its clause, when the parse does not hang the quotation on the cue. What was said
    starts after the cue, its addressee ("told Fox News"), and the scene of the saying ("on Monday", "in an
    interview"); the quotation opens right after a word, not after punctuation ("said: “...”", "told them, “...”").

    Returns None when no words are left; when the speaker ("said Ann Lee, who runs a “pop-up” shop"), another
    quotation, a clause of its own ("criticized Reyes, but she came under fire for “...”"), a clause break or
    too many words lie between; and for a quoted name in title case ("showing off her “Make Main Street
    Great” hat").
    """
    doc = verb.doc
    opening = fragment.start - 1
    if opening <= cue.end or not doc[opening].is_quote or doc[opening - 1].is_punct or sentence_of(verb) != sentence_of(fragment[0]):
        return None
    if speaker is not None and cue.end <= speaker.start < opening or _title_case(fragment):
        return None
    start = cue.end
    addressee = find_addressee(verb)
    if addressee is not None and addressee.start == start:
        start = addressee.end
    for child in verb.rights:  # the scene of the saying, right after the cue: "said on Monday", "noted in a post"
        if child.left_edge.i == start and child.i < opening and sets_scene(child):
            start = child.right_edge.i + 1
    while start < opening and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ == "that"):
        start += 1
    between = doc[start:opening]
    if not between or len(between) > MAX_FRAMED_GAP or not any(t.is_alpha for t in between):
        return None
    if any(t.is_quote or t.text in (":", ";", "(", ")") or "\n" in t.text for t in between):
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass", "expl") and not verb.is_ancestor(t) and not _opens(t, between, clause_start) for t in between):
        return None  # a clause the cue does not report: "criticized Reyes, but she came under fire for “...”"
    return between


def _opens(subject: Token, between: Span, clause_start: bool) -> bool:
    """With ``clause_start``, a subject that opens the words after the cue opens the clause the cue reports: "telling
    reporters he viewed Obama as “directly responsible”" (the parse hung the clause elsewhere)."""
    return clause_start and subject.left_edge.i == between.start and subject.i < subject.head.i


#: Short words that stay lower case in a title.
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "with", "at", "by", "from"})


def _title_case(fragment: Span) -> bool:
    """Quoted words in title case (or capitals), as a name is written: "Make Main Street Great", "LEAVE NOW"."""
    words = [t for t in fragment if t.is_alpha]
    return bool(words) and all(t.text[0].isupper() or t.lower_ in _TITLE_SMALL_WORDS for t in words)


def end_before_next_cue(content: Span, verbs: frozenset[str], quoted: Callable[[int], bool]) -> int | None:
    """ "said he found the mayor “very charming” and called her rise “unheard of”": a content that runs on into a
    second cue of the same speaker, joined by "and"/"but" without a subject of its own or set off as a participle
    ("..., citing ...", "..., adding ..."), ends before it: the second cue reports words of its own.

    Args:
        content: the tokens of a mixed quote's content.
        verbs: the cue verbs of the lexicon.
        quoted: whether a character offset lies inside quotation marks.

    Returns:
        The character offset the content ends at, or None when no second cue follows a quotation in it.
    """
    doc = content.doc
    seen_quote = False
    for token in content:
        if token.is_quote:  # a quoted fragment of speech, not a title ("according to “Perfect Enough” by ...")
            following = doc[token.i + 1] if token.i + 1 < len(doc) else token
            opening = not token.whitespace_ and (token.i == 0 or bool(doc[token.i - 1].whitespace_))
            seen_quote = seen_quote or (opening and following.is_alpha and following.text.islower())
            continue
        if not seen_quote or token.pos_ != "VERB" or token.lemma_.lower() not in verbs or quoted(token.idx):
            continue
        before = doc[token.i - 1]
        joined = token.dep_ == "conj" and before.lower_ in ("and", "but") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children(token)
        )
        comma = before.text == "," or (before.is_quote and doc[before.i - 1].text == ",")  # "“... arrival,” citing"
        participle = token.tag_ == "VBG" and comma
        if joined or participle:
            cut = before.i
            while cut > content.start and (doc[cut - 1].is_punct and not doc[cut - 1].is_quote or doc[cut - 1].is_space):
                cut -= 1
            return doc[cut - 1].idx + len(doc[cut - 1]) if cut > content.start else None
    return None



#: Words that end the clause of a cue's complement after its quoted fragment: another clause follows.
_CLAUSE_BREAKS = frozenset({";", ":", "—", "–", "--", "-"})
#: How many words may lie between a cue and a quoted fragment that the parse hangs elsewhere.
MAX_AFTER_CUE_WORDS = 14


def fragment_after_cue(
    fragment: Span, verbs: frozenset[str], names: frozenset[str], marks: QuoteMarks
) -> tuple[Token, Span | None, tuple[int, int]] | None:
    """ "Sanders promised to legalize workers if Congress did not pass “comprehensive” reform", "Beruff called
    Florida's standards “strong.”": a quoted fragment a few words after a cue in its clause is part of what the cue
    reports even where the parse hangs it elsewhere (or takes the cue for a participle). The mixed quote runs from
    the words after the cue (its addressee and scene left out) to the end of the clause.

    Not when the cue is set off by commas ("..., several people told Reuters, has been chosen ... an “outsider”"),
    says where it was said ("spoke at a breakfast ... for a “unity” lunch"), names a thing ("what has been
    described as a “war chest”"), or when another speaker, clause or quotation lies between.

    Args:
        fragment: the quoted words, without their quotation marks.
        verbs: the cue verbs of the lexicon.
        names: the words that name a title (the lexicon's title words: "called", "dubbed").
        marks: the quoted spans of the document.

    Returns:
        The cue verb, its speaker (None for a passive cue: "was said to be “furious”") and the quote's character
        range.
    """
    quoted = lambda char: marks.at(char) is not None  # noqa: E731
    verb = cue_before_fragment(fragment, verbs, names, quoted)
    if verb is None:
        return None
    passive = [c for c in children(verb) if c.dep_ in ("auxpass", "nsubjpass")]
    speaker = None if passive else speaker_outside_marks(verb, marks)
    if speaker is None and not passive and verb.dep_ == "acl" and verb.head.i < verb.i and _object_before(verb, fragment):
        speaker = mention_span(verb.head, stop=verb)  # "Beruff, a Scott ally, called ...", parsed as "a man called X"
    subject = speaker.root if speaker is not None else next((c for c in passive if c.dep_ == "nsubjpass"), verb)
    if not passive and speaker is None or subject.tag_ in ("WP", "WDT"):
        return None
    between = words_before_fragment(verb, fragment, cue_span(verb), speaker, clause_start=True)
    if between is None or len(between) > MAX_AFTER_CUE_WORDS:
        return None
    if between.doc[between.start - 1].text == "," and not interrupts(verb):
        return None  # "..., several people told Reuters, has been chosen ... an “outsider”": not what they told
    first = between[0]
    if first.dep_ == "prep" and first.head.i == verb.i and first.lower_ in SETTING_PREPS:
        return None
    doc = fragment.doc
    start = max([between.start] + [t.i + 1 for t in between if t.lower_ == "that" and t.tag_ == "IN"])
    if doc[start].dep_ == "cc" and doc[start + 1].dep_ == "conj" and doc[start + 1].head.i == verb.i:
        start += 2  # "derided and insulted “the professional left”"
    bounds = content_range(doc[start : clause_end_after(verb, fragment, verbs, quoted)])
    if bounds is None:
        return None
    last = marks.spans[marks.overlapping(*bounds)[-1]]
    return verb, speaker, (bounds[0], max(bounds[1], last.end if last.closed else last.content_end))


def cue_before_fragment(fragment: Span, verbs: frozenset[str], names: frozenset[str], quoted: Callable[[int], bool]) -> Token | None:
    """The nearest cue verb before a quoted fragment in its sentence, outside quotation marks and with no clause
    break between. Not an adjective made of a cue ("so-called", "self-described", "alleged") nor a naming
    participle ("a loophole called an “inversion”")."""
    doc = fragment.doc
    sentence = sentence_of(fragment[0])
    for token in reversed(doc[max(sentence.start, fragment.start - MAX_AFTER_CUE_WORDS - 12) : fragment.start]):
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs or quoted(token.idx):
            continue
        if token.dep_ == "amod" or (token.lower_ in names and token.dep_ == "acl" and _object_before(token, fragment) is None):
            return None
        if any(t.text in _CLAUSE_BREAKS for t in doc[token.i + 1 : fragment.start]):
            return None
        return token
    return None


def interrupts(verb: Token) -> bool:
    """ "The outlets stand in the way, he said, by creating a “false reality”": a cue set off by commas inside the
    clause it reports (the parse hangs it on that clause's verb, before it)."""
    return verb.dep_ == "parataxis" and verb.head.i < verb.i


def _object_before(verb: Token, fragment: Span) -> Token | None:
    """The object of ``verb`` between it and ``fragment`` ("called Florida's standards “strong”"), if any."""
    return next((c for c in children(verb) if c.dep_ in ("dobj", "oprd") and verb.i < c.i < fragment.start), None)


def clause_end_after(verb: Token, fragment: Span, verbs: frozenset[str], quoted: Callable[[int], bool]) -> int:
    """The token index where the clause of ``verb`` that holds ``fragment`` ends: the end of the verb's phrase when
    the parse hangs the fragment in it, else the end of the sentence; in both cases before a break (a semicolon, a
    colon, a dash, a full stop) or another cue verb with its subject ("called him “driven” and asserted ...",
    "..., who has said ...")."""
    doc = fragment.doc
    sentence = sentence_of(fragment[-1])
    end = verb.right_edge.i + 1 if verb.right_edge.i >= fragment.end - 1 else sentence.end
    for token in doc[fragment.end : min(end, sentence.end)]:
        if quoted(token.idx):
            continue
        if token.text in _CLAUSE_BREAKS or token.text in (".", "!", "?") or "\n" in token.text:
            return token.i
        if token.pos_ == "VERB" and token.lemma_.lower() in verbs:
            return min([token.i] + [c.i for c in children(token) if fragment.end <= c.i < token.i])
    return min(end, sentence.end)
