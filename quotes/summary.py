"""Who gets a voice, per outlet, date or document: `summarize_voices`.

One row per group (an outlet, a date or a document), then one for all of them: the number of quotes and of
distinct speakers, by speaker gender, by source kind and by quote type, with shares. An outlet is what
`quotes.outlets` reads (a document's ``outlet`` metadata, an HTML page's site name, the host of its url, the
folder below the input folder), else the folder its file is in, else the file (`outlet_of`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import PurePath

import pandas as pd

from .model import QUOTE_TYPES, SOURCE_KINDS, DocResult
from .outlets import outlet_name
from .table import to_frame

#: What `summarize_voices` can group by.
GROUPINGS = ("outlet", "date", "doc")
_GENDERS = ("female", "male", "unknown")
#: The columns of `summarize_voices`, after the grouping column.
VOICE_COLUMNS = (
    "n_quotes",
    "n_speakers",
    *(f"quotes_{g}" for g in _GENDERS),
    "share_female",
    "share_gender_unknown",
    *(f"speakers_{g}" for g in _GENDERS),
    *(f"quotes_{k}" for k in SOURCE_KINDS),
    "share_anonymous",
    *(f"quotes_{t}" for t in QUOTE_TYPES),
    "share_direct",
)


def outlet_of(result: DocResult) -> str:
    """The outlet of a document: `quotes.outlets.outlet_name` (its metadata, the host of its url, the folder
    below the input folder), else the folder its file is in, else the file's name."""
    name = outlet_name(result.doc_id, result.meta)
    if name:
        return name
    source = result.source or ""
    if not source or source.startswith("<"):
        return "(unknown)"
    path, _, line = source.rpartition(":") if _is_line_suffix(source) else (source, "", "")
    pure = PurePath(path)
    if line:  # one document of a JSONL or CSV file: the file names the outlet
        return pure.stem
    parent = pure.parent.name
    return parent if parent and parent not in (".", "..") else pure.stem


def _is_line_suffix(source: str) -> bool:
    head, sep, tail = source.rpartition(":")
    return bool(sep) and tail.isdigit() and not os.path.exists(source)


def date_of(result: DocResult) -> str:
    """The day of a document's ``date`` metadata (its first 10 characters, ``YYYY-MM-DD``), else "(no date)"."""
    value = result.meta.get("date")
    return str(value)[:10] if value else "(no date)"


def voice_frame(results: Iterable[DocResult], *, extra_columns: Iterable[str] = ()) -> pd.DataFrame:
    """The quote table of ``results`` (`quotes.to_frame`) with their ``outlet`` and ``date`` as columns."""
    results = list(results)
    frame = to_frame(results, extra_columns=extra_columns)
    frame["outlet"] = [outlet_of(r) for r in results for _ in r.quotes]
    frame["date"] = [date_of(r) for r in results for _ in r.quotes]
    return frame


def summarize_voices(frame: pd.DataFrame, *, by: str = "outlet") -> pd.DataFrame:
    """Who gets a voice in each group of a quote table, then over all of it.

    Args:
        frame: the quote table with the column ``by`` (`voice_frame` adds ``outlet`` and ``date``;
            ``doc`` is ``doc_id``), ``speaker_canonical``, ``speaker_gender``, ``source_kind`` and ``type``.
        by: ``outlet``, ``date`` or ``doc``.

    Returns:
        One row per group, in order of first appearance, then ``(all)``: the group (column ``by``), then
        `VOICE_COLUMNS`. ``quotes_female``... count quotes by speaker gender (person speakers only);
        ``share_female`` is female / (female + male) quotes; ``share_gender_unknown`` is unknown / person
        quotes. ``speakers_*`` count distinct canonical speakers. ``quotes_named``... count quotes by source
        kind; ``share_anonymous`` is anonymous / quotes with a source kind. ``share_direct`` is direct /
        all quotes. A share with nothing to divide is empty.
    """
    if by not in GROUPINGS:
        raise ValueError(f"by={by!r}: choose one of {', '.join(GROUPINGS)}")
    column = "doc_id" if by == "doc" else by
    if column not in frame.columns:
        raise ValueError(f"the quote table has no {column!r} column to group by (use voice_frame)")
    rows = [{by: name, **_summary(group)} for name, group in frame.groupby(column, sort=False, dropna=False)]
    rows.append({by: "(all)", **_summary(frame)})
    table = pd.DataFrame(rows, columns=[by, *VOICE_COLUMNS])
    return table.astype({c: "Int64" for c in VOICE_COLUMNS if not c.startswith("share_")})


def _summary(group: pd.DataFrame) -> dict[str, object]:
    gender = group["speaker_gender"]
    row: dict[str, object] = {"n_quotes": len(group), "n_speakers": group["speaker_canonical"].dropna().nunique()}
    for value in _GENDERS:
        row[f"quotes_{value}"] = int((gender == value).sum())
        row[f"speakers_{value}"] = group.loc[gender == value, "speaker_canonical"].dropna().nunique()
    decided = row["quotes_female"] + row["quotes_male"]  # type: ignore[operator]
    persons = decided + row["quotes_unknown"]  # type: ignore[operator]
    row["share_female"] = _share(row["quotes_female"], decided)
    row["share_gender_unknown"] = _share(row["quotes_unknown"], persons)
    kinds = group["source_kind"]
    for value in SOURCE_KINDS:
        row[f"quotes_{value}"] = int((kinds == value).sum())
    row["share_anonymous"] = _share(row["quotes_anonymous"], int(kinds.notna().sum()))
    for value in QUOTE_TYPES:
        row[f"quotes_{value}"] = int((group["type"] == value).sum())
    row["share_direct"] = _share(row["quotes_direct"], len(group))
    return row


def _share(part: object, whole: object) -> float | None:
    return round(float(part) / float(whole), 4) if whole else None  # type: ignore[arg-type]


def format_voices(table: pd.DataFrame) -> str:
    """A readable view of `summarize_voices` for a terminal: counts, and shares as percentages."""
    shown = pd.DataFrame({table.columns[0]: table.iloc[:, 0]})
    shown["quotes"] = table["n_quotes"]
    shown["speakers"] = table["n_speakers"]
    shown["women"] = table["quotes_female"]
    shown["men"] = table["quotes_male"]
    shown["% women"] = _percent(table["share_female"])
    shown["gender ?"] = _percent(table["share_gender_unknown"])
    shown["named"] = table["quotes_named"]
    shown["anonymous"] = table["quotes_anonymous"]
    shown["generic"] = table["quotes_generic"]
    shown["document"] = table["quotes_document"]
    shown["% anon."] = _percent(table["share_anonymous"])
    shown["direct"] = table["quotes_direct"]
    shown["indirect"] = table["quotes_indirect"]
    shown["mixed"] = table["quotes_mixed"]
    return shown.to_string(index=False)


def _percent(values: pd.Series) -> pd.Series:
    return values.map(lambda v: "-" if v is None or pd.isna(v) else f"{100 * v:.0f}%")
