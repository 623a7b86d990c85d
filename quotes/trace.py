"""Follow quotes across documents: which quotes report the same words of the same statement.

Only the quoted words of direct and mixed quotes are traced (reported speech is the outlet's own
words). Candidate pairs are quotes that share a rare word trigram (an inverted index; a trigram in
more than `MAX_POSTINGS` wordings is too common to say anything), each verified by word alignment
(`quotes.wording.compare`); identical wordings are grouped before that, so many copies of one quote
cost one comparison. Verified pairs are joined into clusters; each cluster's reference wording is
the one most of its members quote whole or in part, and every member gets its relation to it.

The same words given to two speakers who cannot be the same person are one statement (a
``speaker_conflict``) only when at least `CONFLICT_MIN_WORDS` words match: shorter shared phrases
("a dark day for our community") are stock phrases that different people say.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import pandas as pd

from .resolve.forms import same_first_name
from .wording import MIN_ALTERED_SHARE, MIN_MATCHED_WORDS, Relation, compare, contains, traced_wording, words_of

#: Trace output columns, in order; metadata columns of the input (outlet, date, url...) follow.
TRACE_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "quote_index",
    "type",
    "quote",
    "speaker_canonical",
    "cluster_id",
    "relation",
    "differences",
    "speaker_conflict",
)

#: Columns of the cluster table (`summarize_clusters`).
CLUSTER_COLUMNS: tuple[str, ...] = (
    "cluster_id",
    "reference",
    "speakers",
    "n_quotes",
    "n_documents",
    "n_outlets",
    "first_doc_id",
    "first_seen",
    "altered",
    "speaker_conflict",
)

#: Relations of a quote to its cluster's reference wording.
RELATIONS = ("reference", "same", "fragment", "elided", "altered")

#: A word trigram found in more wordings than this is not used to find candidate pairs.
MAX_POSTINGS = 200

#: Fewer matched words than this, said by incompatible speakers, are two statements, not a conflict.
CONFLICT_MIN_WORDS = 10

NGRAM = 3

#: A candidate must share at least this share of the shorter wording's trigrams (a word changed in a
#: wording of n words breaks at most three of its n - 2 trigrams).
MIN_SHARED_NGRAMS = 0.25

_HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady rev mx president minister senator judge the".split()
)
_PRONOUNS = frozenset("he she it they we i you him her them his its their this that".split())


def speaker_key(name: object) -> frozenset[str] | None:
    """The words that identify a canonical speaker, or ``None`` when it is unknown (empty, a pronoun, a
    description without a capitalised word)."""
    if not isinstance(name, str) or not name.strip() or not any(c.isupper() for c in name):
        return None  # no name: a speaker given only as a description ("the station") is not compared
    words = [w for w in re.findall(r"\w+", name.lower().replace("’", "'")) if w not in _HONORIFICS]
    if not words or (len(words) == 1 and words[0] in _PRONOUNS):
        return None
    return frozenset(words)


def speakers_compatible(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Whether two speakers may be the same: one is unknown, one's name words are in the other's, or the
    names differ in one word that is a short form of the other ("Vince Cable", "Vincent Cable"; "Bill Ames",
    "William Ames": `quotes.resolve.forms.same_first_name`)."""
    if a is None or b is None or a <= b or b <= a:
        return True
    only_a, only_b = a - b, b - a
    if len(only_a) == 1 and len(only_b) == 1 and a & b:
        (x,), (y,) = only_a, only_b
        return same_first_name(x, y)
    return False


def same_voice(a: _Unit, b: _Unit) -> bool:
    """Whether two quotes' speakers may be one voice: compatible names, or a body and its spokesperson
    (one speaker's affiliation is the other's name: "Veltro" and "Helen Marsh" of Veltro)."""
    if speakers_compatible(a.speaker, b.speaker):
        return True
    for one, other in ((a, b), (b, a)):
        if one.affiliation is not None and other.speaker is not None:
            if one.affiliation <= other.speaker or other.speaker <= one.affiliation:
                return True
    return False


@dataclass
class _Unit:
    """One traced quote."""

    row: int
    doc_id: str
    text: str
    toks: tuple[str, ...]
    joined: bool
    speaker: frozenset[str] | None
    affiliation: frozenset[str] | None = None
    words: tuple[str, ...] = field(init=False)
    wordset: frozenset[str] = field(init=False, repr=False)
    repeats: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.words = words_of(self.toks)
        self.wordset = frozenset(self.words)
        self.repeats = len(self.words) - len(self.wordset)


def traced_units(frame: pd.DataFrame, *, min_words: int = 1) -> list[_Unit]:
    """The direct and mixed quotes of a quote table with at least ``min_words`` quoted words."""
    units = []
    types = frame["type"].astype(str).tolist()
    texts = frame["quote"].tolist()
    speakers = frame["speaker_canonical"].tolist()
    doc_ids = frame["doc_id"].astype(str).tolist()
    affiliations = frame["speaker_affiliation"].tolist() if "speaker_affiliation" in frame.columns else [None] * len(frame)
    for row, (kind, quote) in enumerate(zip(types, texts)):
        if kind not in ("direct", "mixed") or not isinstance(quote, str):
            continue
        text, toks, joined = traced_wording(quote, kind)
        unit = _Unit(row, doc_ids[row], text, toks, joined, speaker_key(speakers[row]), speaker_key(affiliations[row]))
        if len(unit.words) >= max(min_words, 1):
            units.append(unit)
    return units


def _ngrams(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    n = min(NGRAM, len(words))
    return {words[i : i + n] for i in range(len(words) - n + 1)}


class _Clusters:
    """Union-find over unit indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> int:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
        return min(a, b)


#: How many distinct speakers of a cluster are remembered to keep short links from chaining two voices.
MAX_VOICES = 20


def _agree(one: list[_Unit], other: list[_Unit]) -> bool:
    return all(same_voice(a, b) for a in one for b in other)


def _voices(units: list[_Unit]) -> list[_Unit]:
    seen: dict[tuple, _Unit] = {}
    for unit in units:
        seen.setdefault((unit.speaker, unit.affiliation), unit)
    return list(seen.values())[:MAX_VOICES]


def linked(a: _Unit, b: _Unit) -> Relation | None:
    """The relation of the shorter of two units to the longer, when they are the same statement."""
    short, long = (a, b) if len(a.words) <= len(b.words) else (b, a)
    shared = len(short.wordset & long.wordset) + short.repeats  # at most this many words can align
    if shared < MIN_ALTERED_SHARE * len(short.words) or shared < min(MIN_MATCHED_WORDS, len(short.words)):
        return None
    relation = compare(short.toks, long.toks, joined=short.joined)
    if relation.relation is None:
        return None
    if relation.matched < CONFLICT_MIN_WORDS and not same_voice(a, b):
        return None
    return relation


def cluster_units(units: Sequence[_Unit]) -> list[int]:
    """A cluster number (the index of its first unit) for each unit."""
    # Identical wordings by compatible speakers are one group; only groups are compared.
    groups: dict[tuple, int] = {}
    group_of: list[int] = []
    reps: list[int] = []
    for index, unit in enumerate(units):
        key = (unit.words, unit.toks) if len(unit.words) >= CONFLICT_MIN_WORDS else (unit.words, unit.toks, unit.speaker)
        if key not in groups:
            groups[key] = len(reps)
            reps.append(index)
        group_of.append(groups[key])
    clusters = _Clusters(len(reps))
    # The known speakers of each cluster (at its root): a link of fewer than CONFLICT_MIN_WORDS words must
    # agree with all of them, so that a quote without a speaker cannot chain two people's stock phrase.
    voices: list[list[_Unit]] = [[units[i]] if units[i].speaker is not None else [] for i in reps]
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    n_grams: list[int] = []
    for g, index in enumerate(reps):
        grams = _ngrams(units[index].words)
        shared: Counter[int] = Counter()
        for gram in grams:
            posting = postings[gram]
            if len(posting) <= MAX_POSTINGS:
                shared.update(posting)
                posting.append(g)
        n_grams.append(len(grams))
        for other, n in shared.most_common():
            if n < MIN_SHARED_NGRAMS * min(len(grams), n_grams[other]):
                continue
            mine, theirs = clusters.find(g), clusters.find(other)
            if mine == theirs:
                continue
            relation = linked(units[index], units[reps[other]])
            if relation is None:
                continue
            if relation.matched < CONFLICT_MIN_WORDS and not _agree(voices[mine], voices[theirs]):
                continue
            voices[clusters.union(mine, theirs)] = _voices(voices[mine] + voices[theirs])
    return [reps[clusters.find(group_of[i])] for i in range(len(units))]


def _reference(members: list[_Unit]) -> _Unit:
    """The wording most members quote whole or in part; then the longest; then the first."""
    forms: dict[tuple[str, ...], _Unit] = {}
    for unit in members:
        forms.setdefault(unit.toks, unit)
    if len(forms) == 1:
        return members[0]
    counts = Counter(unit.toks for unit in members)

    def support(candidate: _Unit) -> int:
        return sum(n for toks, n in counts.items() if toks == candidate.toks or contains(toks, candidate.toks))

    ranked = sorted(forms.values(), key=lambda u: (-support(u), -len(u.words), any(t == "…" for t in u.toks), u.row))
    return ranked[0]


def trace_frame(frame: pd.DataFrame, *, min_words: int = 5) -> pd.DataFrame:
    """Trace the quotes of a quote table (see `trace`)."""
    frame = frame.reset_index(drop=True)
    units = traced_units(frame, min_words=min_words)
    cluster_of = cluster_units(units)
    members: dict[int, list[_Unit]] = defaultdict(list)
    for unit, c in zip(units, cluster_of):
        members[c].append(unit)
    relation: dict[int, tuple[str, str]] = {}
    conflict: dict[int, bool] = {}
    for c, group in members.items():
        ref = _reference(group)
        for unit in group:
            if unit is ref:
                relation[unit.row] = ("reference", "")
            else:
                rel = compare(unit.toks, ref.toks, joined=unit.joined)
                relation[unit.row] = (rel.relation or "altered", rel.differences)
        conflict[c] = _has_conflict(group)
    number = {c: n for n, c in enumerate(sorted(members, key=lambda c: units[c].row))}
    meta = [c for c in frame.columns if c not in _QUOTE_TABLE_COLUMNS]
    picked = frame.iloc[[unit.row for unit in units]].reset_index(drop=True)
    out = pd.DataFrame(
        {
            "doc_id": pd.Series([unit.doc_id for unit in units], dtype=object),
            "quote_index": picked["quote_index"],
            "type": picked["type"],
            "quote": pd.Series([unit.text for unit in units], dtype=object),
            "speaker_canonical": picked["speaker_canonical"],
            "cluster_id": pd.Series([number[c] for c in cluster_of], dtype="int64"),
            "relation": pd.Series([relation[unit.row][0] for unit in units], dtype=object),
            "differences": pd.Series([relation[unit.row][1] for unit in units], dtype=object),
            "speaker_conflict": pd.Series([conflict[c] for c in cluster_of], dtype="bool"),
            **{name: picked[name] for name in meta},
        },
        columns=[*TRACE_COLUMNS, *meta],
    )
    return out


def _has_conflict(group: list[_Unit]) -> bool:
    """Whether some two documents give the cluster's words to speakers who cannot be the same."""
    affiliation: dict[frozenset[str], frozenset[str]] = {}
    for unit in group:  # an affiliation given in one document holds for the same speaker in the others
        if unit.speaker is not None and unit.affiliation is not None:
            affiliation.setdefault(unit.speaker, unit.affiliation)
    known = [
        replace(u, affiliation=u.affiliation or affiliation.get(u.speaker)) for u in group if u.speaker is not None
    ]
    for i, a in enumerate(known):
        for b in known[i + 1 :]:
            if a.doc_id != b.doc_id and not same_voice(a, b):
                return True
    return False


_QUOTE_TABLE_COLUMNS = frozenset(
    {
        "doc_id", "quote_index", "type", "quote", "speaker", "speaker_canonical", "speaker_type", "speaker_role",
        "speaker_affiliation", "speaker_resolution", "cue", "cue_lemma", "addressee", "confidence", "quote_start",
        "quote_end", "speaker_start", "speaker_end", "cue_start", "cue_end", "addressee_start", "addressee_end",
        "section",
    }
)  # fmt: skip


def summarize_clusters(traced: pd.DataFrame, *, date_column: str = "date", outlet_column: str = "outlet") -> pd.DataFrame:
    """One row per cluster of a traced table (`trace`): the columns of `CLUSTER_COLUMNS`.

    ``first_seen`` is the earliest date of the cluster when the table has ``date_column`` (dates that do
    not parse are ignored), and ``first_doc_id`` the document that has it; without dates, the first
    document in input order. ``n_outlets`` is empty without ``outlet_column``.
    """
    rows = []
    has_date = date_column in traced.columns
    dates = pd.to_datetime(traced[date_column], errors="coerce", utc=True) if has_date else None
    for cluster_id, group in traced.groupby("cluster_id", sort=True):
        ref = group[group["relation"] == "reference"].iloc[0]
        first_doc, first_seen = group["doc_id"].iloc[0], None
        if dates is not None and dates[group.index].notna().any():
            when = dates[group.index]
            first_doc = group.loc[when.idxmin(), "doc_id"]
            first_seen = traced.loc[when.idxmin(), date_column]
        speakers = list(dict.fromkeys(s for s in group["speaker_canonical"] if isinstance(s, str) and s))
        outlets = group[outlet_column].dropna().nunique() if outlet_column in group.columns else None
        rows.append(
            {
                "cluster_id": cluster_id,
                "reference": ref["quote"],
                "speakers": " | ".join(speakers),
                "n_quotes": len(group),
                "n_documents": group["doc_id"].nunique(),
                "n_outlets": outlets,
                "first_doc_id": first_doc,
                "first_seen": first_seen,
                "altered": bool((group["relation"] == "altered").any()),
                "speaker_conflict": bool(group["speaker_conflict"].any()),
            }
        )
    out = pd.DataFrame(rows, columns=list(CLUSTER_COLUMNS))
    return out.astype({"n_outlets": "Int64"})


def trace(
    source: pd.DataFrame | Iterable[object],
    *,
    min_words: int = 5,
    nlp: object | None = None,
    link: bool = True,
) -> pd.DataFrame:
    """Trace quotes across documents: one row per direct or mixed quote, with its cluster and relation.

    Args:
        source: a quote table (`quotes.to_frame`, or one `quotes extract` wrote, read back with
            `quotes.quote_tables.read_quote_table`), or what `quotes.extract_many` takes (texts, `Document`s),
            or `DocResult`s.
        min_words: quotes with fewer quoted words are left out ("no comment").
        nlp: the pipeline for texts; by default `quotes.load_model()`.
        link: give each speaker one canonical name across the documents first (`quotes.link_speakers`),
            so that "US-led coalition" and "US military coalition" are not a conflict.

    Returns:
        A DataFrame with the columns of `TRACE_COLUMNS` then the table's metadata columns:
        ``quote`` is the traced wording (a mixed quote's words inside quotation marks), ``cluster_id``
        numbers clusters in order of first appearance, ``relation`` is one of `RELATIONS`,
        ``differences`` lists word changes from the reference (``-"not" +"never"``), and
        ``speaker_conflict`` is true for every quote of a cluster whose words two documents give to
        different speakers.
    """
    from .quote_tables import quote_frame

    frame = quote_frame(source, nlp=nlp)
    if link and len(frame):
        from .link import link_speakers

        frame = link_speakers(frame)
    return trace_frame(frame, min_words=min_words)
