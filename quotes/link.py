"""One name per speaker across a corpus: linking the canonical speakers of many documents.

`quotes.resolve` names each speaker from what one document says. Across documents the same
speaker can come out under several names, and the table of a corpus should use one:

1. Variants of one name share a key: case, a leading "the", dots, honorifics and possessives
   are ignored and countries are read by one name ("Russia's Defence Ministry" = "Russian Defence
   Ministry"; "the BBC" = "BBC"; "the United States" = "US").
2. Descriptions of one body share a key: a description whose head is a common noun and that has
   an anchor (a country, demonym or capitalised name, "X-led" read as X) is keyed by its anchors,
   its head and its other words, less the generic words of `quotes/data/generic_modifiers.txt`
   ("the US military coalition" = "the US-led coalition" = "the US coalition", but not "the
   Saudi-led coalition" nor "Syrian rebel forces" / "Syrian government forces"). Only
   organisations and groups are read this way; names of people, places and outlets are not.
3. The name of a group of keys is the form used in most documents, then most often, then the
   one without generic words, then the fullest.

`link_speakers(frame)` rewrites ``speaker_canonical`` (and an ``speaker_affiliation`` that names a
linked body) with these names; a speaker that was ``as-written`` and is renamed becomes
``name-variant``. `summarize_speakers(frame)` gives one row per linked speaker, and also joins a
lone surname to the one full name of a person ending with it ("Ms Varga" -> "Helena Varga").
Both need the whole table, so they run after extraction (`quotes extract --link-speakers`,
`quotes speakers`, `quotes evaluate`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import NamedTuple

import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import data_lexicon
from .model import DocResult, Document
from .resolve import Lexicons, _clean, _key, _plain, default_lexicons
from .table import to_frame

__all__ = ["link_pairs", "link_results", "link_speakers", "summarize_speakers"]

#: The columns linking reads.
LINK_INPUT = ("doc_id", "speaker_canonical", "speaker_type")
#: The columns `summarize_speakers` reads.
SUMMARY_INPUT = ("doc_id", "type", "speaker", "speaker_canonical", "speaker_type")
#: Speaker types whose affiliations are renamed with them.
BODY_TYPES = frozenset({"organisation", "group", "media"})
SUMMARY_COLUMNS = ["speaker_canonical", "speaker_type", "n_quotes", "n_direct", "n_indirect", "n_mixed",
                   "n_documents", "aliases", "speaker_gender", "source_kind", "speaker_id", "speaker_category",
                   "unresolved"]  # fmt: skip
_ANCHOR_SUFFIX = re.compile(r"-(?:led|headed)$", re.IGNORECASE)


def generic_modifiers() -> frozenset[str]:
    """The words of `quotes/data/generic_modifiers.txt`: "military", "joint"..."""
    return data_lexicon("generic_modifiers.txt")


def company_suffixes() -> frozenset[str]:
    """The words of `quotes/data/company_suffixes.txt`: "ltd", "plc", "inc"..."""
    return data_lexicon("company_suffixes.txt")


def _body_key(
    name: str, lex: Lexicons, generic: frozenset[str], suffixes: frozenset[str], by_adjective: dict[str, str]
) -> tuple[str, int]:
    """The key of the name or description of anything but a person (rule 2), and how many generic
    words and legal-form suffixes it has (rule 3 prefers fewer)."""
    words = [re.sub(r"[’']s$", "", w) for w in _clean(lex.adjectival(name)).split()]
    n_suffixes = 0
    while len(words) > 1 and _plain(words[-1]).rstrip(",") in suffixes:
        words.pop()  # "Northbridge Water Ltd" = "Northbridge Water"
        n_suffixes += 1
    plain = " ".join(_plain(w) for w in words)
    if len(words) < 2 or plain in lex.country_key:
        return lex.country_key.get(plain, plain).lower(), n_suffixes
    anchored, kept, n_generic = False, [], 0
    for word in words[:-1]:
        base = _ANCHOR_SUFFIX.sub("", word)  # "US-led" is US
        word_plain = _plain(base)
        country = lex.country_key.get(word_plain) or by_adjective.get(word_plain)
        if country is not None or (base[:1].isupper() and word_plain not in STOP_WORDS):  # not "Some", "Many"
            anchored = True
            kept.append(country.lower() if country is not None else word_plain)
        elif word_plain in generic:
            n_generic += 1
        else:
            kept.append(word_plain)
    if not anchored:  # "military coalition": nothing says whose; kept whole
        return lex.country_key.get(plain, plain).lower(), n_suffixes
    return " ".join(sorted(set(kept))) + " | " + _plain(words[-1]), n_generic + n_suffixes


class _Keys:
    """Matching keys of canonical names, computed once per distinct name and type."""

    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        self.generic = generic_modifiers()
        self.suffixes = company_suffixes()
        self.by_adjective = {_plain(c.adjective): c.name for c in lex.countries}  # "russian" -> "Russia"
        self._cache: dict[tuple[str, str], _Key] = {}

    def __call__(self, name: str, kind: str) -> _Key:
        found = self._cache.get((name, kind))
        if found is None:
            found = self._cache[(name, kind)] = self._compute(name, kind)
        return found

    def _compute(self, name: str, kind: str) -> _Key:
        if kind == "person":
            key = _key(name, self.lex)  # honorifics and post-nominals dropped: "Ms Helena Varga" = "Helena Varga"
            gender = _gender(name, self.lex) or ""
            if " " in key:
                return _Key(key, gender=gender)
            return _Key(f"{key or _plain(name)}#{gender}", surname=True, gender=gender)
        return _Key(*_body_key(name, self.lex, self.generic, self.suffixes, self.by_adjective))


class _Key(NamedTuple):
    key: str
    generic: int = 0  # generic words in the name (rule 3 prefers fewer)
    surname: bool = False  # a person named by one word: not linked across documents
    gender: str = ""  # a person's: "f", "m" or "" (unknown)


def _names(rows: pd.DataFrame, keys: pd.Series, generic_words: pd.Series, lex: Lexicons) -> dict[str, str]:
    """The name of each key (rule 3)."""
    forms = rows["speaker_canonical"].astype(str).map(lambda n: _clean(lex.adjectival(n)))
    table = pd.DataFrame({"key": keys, "form": forms, "doc": rows["doc_id"].astype(str), "generic": generic_words})
    stats = table.groupby(["key", "form"], sort=False).agg(
        documents=("doc", "nunique"), uses=("doc", "size"), generic=("generic", "min")
    )
    names = {}
    for key, group in stats.groupby(level="key", sort=False):
        ranked = group.reset_index()
        best = max(
            ranked.itertuples(index=False),
            key=lambda r: (r.documents, r.uses, -r.generic, len(r.form.split()), len(r.form)),
        )
        names[key] = best.form
    return names


def _attributed(frame: pd.DataFrame) -> pd.Series:
    names = frame["speaker_canonical"]
    return names.notna() & (names.astype(str).str.strip() != "")


def _check_columns(frame: pd.DataFrame, needed: Iterable[str], what: str) -> None:
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        raise ValueError(
            f"{what} needs the quote table's columns {', '.join(needed)}; "
            f"missing: {', '.join(missing)} (build the table with quotes.to_frame)"
        )


def _link_keys(rows: pd.DataFrame, lex: Lexicons) -> pd.DataFrame:
    """Per row: its speaker's key (rules 1 and 2), the generic words of its name, whether it is a surname."""
    keys_of = _Keys(lex)
    kinds = rows["speaker_type"].fillna("unknown").astype(str)
    keys = [keys_of(str(n), k) for n, k in zip(rows["speaker_canonical"], kinds)]
    return pd.DataFrame(keys, index=rows.index, columns=list(_Key._fields))


def link_speakers(frame: pd.DataFrame, *, lexicons: Lexicons | None = None) -> pd.DataFrame:
    """The quote table with one canonical name per speaker across all its documents.

    A person named by one word ("Mr Howard") is not linked across documents: without a first name
    nothing tells which Howard it is (`summarize_speakers` still joins it to the one full name).
    A name that differs from the linked one only in case keeps its own form.

    Args:
        frame: the tidy quote table (`quotes.to_frame`); needs doc_id, speaker_canonical and
            speaker_type, and uses speaker_affiliation and speaker_resolution when present.
        lexicons: the word lists; by default those in `quotes/data/`.

    Returns:
        A copy of ``frame``: ``speaker_canonical`` is the linked name (see the module's rules), an
        affiliation that is a linked name of an organisation is renamed too, and a renamed speaker
        whose resolution was ``as-written`` is ``name-variant``. Rows keep their order.
    """
    _check_columns(frame, LINK_INPUT, "link_speakers")
    lex = lexicons or default_lexicons()
    out = frame.copy()
    rows = out[_attributed(out)]
    if rows.empty:
        return out
    keys = _link_keys(rows, lex)
    names = _names(rows, keys["key"], keys["generic"], lex)
    old = rows["speaker_canonical"].astype(str)
    new = keys["key"].map(names)
    renamed = ~keys["surname"] & (new.str.lower() != old.str.lower())
    if not renamed.any():
        return out
    out["speaker_canonical"] = out["speaker_canonical"].astype(object)
    out.loc[renamed[renamed].index, "speaker_canonical"] = new[renamed]
    if "speaker_resolution" in out.columns:
        as_written = renamed & (rows["speaker_resolution"] == "as-written")
        out.loc[as_written[as_written].index, "speaker_resolution"] = "name-variant"
    if "speaker_affiliation" in out.columns:
        described = renamed & rows["speaker_type"].isin(BODY_TYPES)
        by_form = dict(zip(old[described], new[described]))
        affiliation = out["speaker_affiliation"]
        known = affiliation.notna() & affiliation.astype(str).isin(by_form)
        if known.any():
            out["speaker_affiliation"] = affiliation.astype(object).where(~known, affiliation.astype(str).map(by_form))
    return out


def link_results(results: Iterable[DocResult], *, lexicons: Lexicons | None = None) -> list[DocResult]:
    """`link_speakers` for document results: new `DocResult`s whose quotes carry the linked names."""
    results = list(results)
    linked = link_speakers(to_frame(results), lexicons=lexicons)
    columns = ("speaker_canonical", "speaker_resolution", "speaker_affiliation")
    values = iter(linked[list(columns)].itertuples(index=False, name=None))
    out = []
    for result in results:
        quotes = []
        for quote in result.quotes:
            row = next(values)
            quotes.append(replace(quote, **{c: (None if pd.isna(v) else v) for c, v in zip(columns, row)}))
        out.append(replace(result, quotes=quotes))
    return out


def link_pairs(
    pairs: Iterable[tuple[Document, DocResult]], *, keep_text: bool = True, lexicons: Lexicons | None = None
) -> list[tuple[Document, DocResult]]:
    """`link_results` for the ``(Document, DocResult)`` pairs of `quotes.io.extract_documents`.

    All pairs are held until the last one is read. ``keep_text=False`` drops the documents' texts
    first (only a JSONL output writes them), so that what is held is the quotes.
    """
    held = [(document if keep_text else replace(document, text=""), result) for document, result in pairs]
    linked = link_results((result for _, result in held), lexicons=lexicons)
    return [(document, result) for (document, _), result in zip(held, linked)]


def summarize_speakers(
    frame: pd.DataFrame, *, lexicons: Lexicons | None = None, unresolved: bool = True
) -> pd.DataFrame:
    """One row per speaker over a corpus of quotes, variants merged, most quoted first.

    Speakers are linked as by `link_speakers` ("Russia's Defence Ministry" / "Russian Defence
    Ministry"; "the BBC" / "BBC"; "the US-led coalition" / "the US military coalition"), and a
    lone surname joins the one full name of a person ending with it whose gender does not clash
    ("Ms Varga" / "Helena Varga"; "Mrs Howard" stays apart from "Michael Howard").

    Args:
        frame: the tidy quote table (`quotes.to_frame`): needs doc_id, type, speaker,
            speaker_canonical and speaker_type; uses speaker_resolution when present. Rows without a
            canonical speaker are left out.
        lexicons: the word lists; by default those in `quotes/data/`.
        unresolved: keep the rows of descriptions that name no one (speaker_resolution
            ``unresolved``: "critics", "the senator" no earlier name resolves); False leaves them out.

    Returns:
        Columns speaker_canonical, speaker_type, n_quotes, n_direct, n_indirect, n_mixed,
        n_documents, aliases (the mentions and canonical variants, sorted, joined by " | "),
        speaker_gender (the gender the quotes agree on, else unknown; empty if not a person), source_kind,
        speaker_id and speaker_category (the most common over the quotes; empty if the frame lacks them),
        and unresolved (True for a description that names no one: such rows are never merged with a
        name and come after the named speakers).
    """
    _check_columns(frame, SUMMARY_INPUT, "summarize_speakers")
    lex = lexicons or default_lexicons()
    rows = frame[_attributed(frame)]
    loose = _unresolved(rows)
    named = _summary_rows(rows[~loose], lex, unresolved=False)
    described = _summary_rows(rows[loose], lex, unresolved=True) if unresolved else []
    if not named and not described:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    table = pd.DataFrame(named + described, columns=SUMMARY_COLUMNS)
    table = table.sort_values(
        ["unresolved", "n_quotes", "speaker_canonical"], ascending=[True, False, True], kind="stable"
    )
    return table.reset_index(drop=True)


def _unresolved(rows: pd.DataFrame) -> pd.Series:
    """Whether each row's speaker is a description that names no one (speaker_resolution "unresolved")."""
    if "speaker_resolution" not in rows.columns:
        return pd.Series(False, index=rows.index)
    return rows["speaker_resolution"].astype("string").fillna("").eq("unresolved").astype(bool)


def _summary_rows(rows: pd.DataFrame, lex: Lexicons, *, unresolved: bool) -> list[dict]:
    """One summary row per speaker of ``rows``: names linked and merged; descriptions ("the senator",
    "Critics") only with the same words, whatever the case and a leading "the"."""
    if rows.empty:
        return []
    if unresolved:
        words = rows["speaker_canonical"].astype(str).str.strip().str.lower().str.replace(r"^the\s+", "", regex=True)
        forms: dict[str, str] = {}  # the form most written
        for key, group in rows.groupby(words, sort=False):
            forms[key] = Counter(group["speaker_canonical"].astype(str).str.strip()).most_common(1)[0][0]
        merged, linked = words, words.map(forms)
    else:
        keys = _link_keys(rows, lex)
        merged = _merge_surnames(keys, rows["speaker_type"])
        linked = merged.map(_names(rows, merged, keys["generic"], lex))
    out = []
    for _, group in rows.groupby(merged, sort=False):
        types = Counter(t for t in group["speaker_type"] if isinstance(t, str) and t != "unknown")
        aliases = {str(v).strip() for v in (*group["speaker"].dropna(), *group["speaker_canonical"])}
        counts = group["type"].value_counts()
        out.append({
            "speaker_canonical": linked[group.index[0]],
            "speaker_type": types.most_common(1)[0][0] if types else "unknown",
            "unresolved": unresolved,
            "n_quotes": len(group),
            "n_direct": int(counts.get("direct", 0)),
            "n_indirect": int(counts.get("indirect", 0)),
            "n_mixed": int(counts.get("mixed", 0)),
            "n_documents": group["doc_id"].nunique(),
            "aliases": " | ".join(sorted(a for a in aliases if a)),
            "speaker_gender": _one_gender(group.get("speaker_gender")),
            "source_kind": _most_common(group.get("source_kind")),
            "speaker_id": _most_common(group.get("speaker_id")),
            "speaker_category": _most_common(group.get("speaker_category")),
        })  # fmt: skip
    return out


def _most_common(values: pd.Series | None) -> str | None:
    """The value most quotes of a speaker have (ties: the first met), None if none has one."""
    counts = Counter(v for v in values if isinstance(v, str) and v) if values is not None else Counter()
    return counts.most_common(1)[0][0] if counts else None


def _one_gender(values: pd.Series | None) -> str | None:
    """The gender the speaker's quotes agree on; ``unknown`` if they disagree or none tells; None if not a person."""
    genders = {v for v in values if isinstance(v, str) and v} if values is not None else set()
    decided = genders - {"unknown"}
    if len(decided) == 1:
        return decided.pop()
    return "unknown" if genders else None


def _gender(name: str, lex: Lexicons) -> str | None:
    """The gender a name shows: its honorific ("Mrs Howard"), else its first name ("Helena Varga")."""
    words = name.split()
    if not words:
        return None
    honorific = lex.honorific(words[0])
    if honorific is not None:
        return honorific or None
    return lex.first_names.get(words[0].lower()) if len(words) > 1 else None


def _merge_surnames(keys: pd.DataFrame, types: pd.Series) -> pd.Series:
    """The keys, a surname's joined to the one full person name that ends with it and whose gender does
    not clash ("Ms Varga" -> "Helena Varga"; "Mrs Howard" stays apart from "Michael Howard")."""
    full: dict[str, set[str]] = defaultdict(set)  # full name key -> genders of its forms ("" unknown)
    for key, kind, gender in zip(keys["key"], types, keys["gender"]):
        if kind == "person" and " " in key:
            full[key].add(gender)
    by_last: dict[str, list[str]] = defaultdict(list)
    for key in full:
        by_last[key.split()[-1]].append(key)

    def merged(key: str, surname: bool, gender: str) -> str:
        if not surname:
            return key
        last = key.split("#", 1)[0]
        matches = [k for k in by_last.get(last, ()) if not gender or full[k] <= {"", gender}]
        return matches[0] if len(matches) == 1 else key

    return pd.Series(
        [merged(k, s, g) for k, s, g in zip(keys["key"], keys["surname"], keys["gender"])], index=keys.index
    )
