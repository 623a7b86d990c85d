"""Quote tables from anything: a table `quotes extract` wrote (CSV, JSONL, Parquet), or articles to extract.

`trace` and `check` work on the quote table. A corpus is extracted once and traced many times, so a
file that already holds extracted quotes is read as it is: a CSV or Parquet file with the table's
``doc_id``, ``quote_index``, ``type`` and ``quote`` columns, or a JSONL file whose lines have a
``quotes`` list. Anything else goes through the readers and the extractor, as `quotes extract` reads it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from .extract import QuotesError
from .jsonlines import json_objects
from .model import COLUMNS, DocResult, Document
from .table import to_frame

_TABLE_KEYS = {"doc_id", "quote_index", "type", "quote"}
_TEXT_COLUMNS = frozenset(
    "type quote speaker speaker_canonical speaker_type speaker_role speaker_affiliation speaker_resolution cue "
    "cue_lemma addressee section".split()
)
_FORMULA_START = ("'=", "'+", "'-", "'@", "'\t", "'\r")


class TableError(QuotesError):
    """A file that looks like an extracted quote table cannot be read as one."""


def _csv_unescape(value: Any) -> Any:
    """Undo the leading apostrophe `quotes extract` puts before a cell that a spreadsheet would run."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return value[1:]
    return value


def _first_json_line(path: Path) -> dict[str, Any] | None:
    with open(path, encoding="utf8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    return None
                return record if isinstance(record, dict) else None
    return None


def is_quote_table(path: str | Path) -> bool:
    """Whether a file holds extracted quotes (see the module docstring) rather than articles."""
    path = Path(path)
    if not path.is_file():
        return False
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return _TABLE_KEYS <= set(pd.read_csv(path, nrows=0).columns)
        if suffix == ".jsonl":
            record = _first_json_line(path)
            return record is not None and isinstance(record.get("quotes"), list)
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            return _TABLE_KEYS <= set(pq.read_schema(path).names)
    except (OSError, ValueError, UnicodeDecodeError):
        return False
    return False


def read_quote_table(path: str | Path) -> pd.DataFrame:
    """Read a quote table that `quotes extract` wrote (CSV, JSONL or Parquet).

    Raises:
        TableError: the file cannot be read as a quote table; the message names the file.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            frame = pd.read_csv(path, dtype={"doc_id": str}, keep_default_na=False, na_values=[""])
            for name in ("quote", "speaker", "speaker_canonical"):
                if name in frame.columns:
                    frame[name] = frame[name].map(_csv_unescape)
        elif suffix == ".parquet":
            frame = pd.read_parquet(path)
        elif suffix == ".jsonl":
            frame = _read_jsonl_table(path)
        else:
            raise TableError(f"{path}: not a quote table (.csv, .jsonl or .parquet)")
    except (OSError, ValueError) as err:
        raise TableError(f"cannot read {path} as a quote table: {err}") from None
    missing = _TABLE_KEYS - set(frame.columns)
    if missing:
        raise TableError(f"{path}: a quote table needs the columns {sorted(_TABLE_KEYS)}; missing {sorted(missing)}")
    for name in COLUMNS:
        if name not in frame.columns:
            frame[name] = None
        elif name in _TEXT_COLUMNS and frame[name].dtype != object:  # a column with no value is read as floats
            frame[name] = frame[name].astype(object).where(frame[name].notna(), None)
    frame["doc_id"] = frame["doc_id"].astype(str)
    return frame


def _read_jsonl_table(path: Path) -> pd.DataFrame:
    rows = []
    with open(path, encoding="utf8") as fh:
        for number, record in json_objects(fh, path, TableError, "a JSON object (a document and its quotes)"):
            meta = {k: v for k, v in record.items() if k not in ("quotes", "text", "status", "message") and _scalar(v)}
            for index, quote in enumerate(record.get("quotes") or []):
                rows.append(
                    {
                        **{name: None for name in COLUMNS},
                        "doc_id": str(record.get("doc_id", f"{path.stem}:{number}")),
                        "quote_index": index,
                        "type": quote.get("type"),
                        "quote": quote.get("text"),
                        "speaker": quote.get("speaker_text"),
                        **{k: quote.get(k) for k in ("speaker_canonical", "speaker_type", "speaker_role",
                                                       "speaker_affiliation", "speaker_resolution", "confidence",
                                                       "section")},
                        **meta,
                    }
                )  # fmt: skip
    return pd.DataFrame(rows, columns=None if rows else list(COLUMNS))


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def results_frame(results: Iterable[DocResult]) -> pd.DataFrame:
    """The quote table of extraction results, with every scalar metadata field as a column."""
    results = list(results)
    meta: dict[str, None] = {}
    for result in results:
        for key, value in result.meta.items():
            if _scalar(value) and key not in ("text", "encoding_warning", "extraction_warning"):
                meta.setdefault(key)
    return to_frame(results, extra_columns=[k for k in meta if k not in COLUMNS])


def quote_frame(source: pd.DataFrame | Iterable[Any], *, nlp: Any = None) -> pd.DataFrame:
    """A quote table from a table, `DocResult`s, or texts / `Document`s (extracted with ``nlp``)."""
    if isinstance(source, pd.DataFrame):
        return source
    if isinstance(source, str):
        source = [source]
    items = list(source)
    if all(isinstance(item, DocResult) for item in items):
        return results_frame(items)
    from .extract import extract_many

    return results_frame(extract_many(items, nlp=nlp))


def load_quotes(
    paths: Iterable[str],
    *,
    extract: Callable[[list[Document]], Iterable[DocResult]],
    read: Callable[[list[str]], Iterable[Document]],
    warn: Callable[[str], None] = lambda message: None,
) -> tuple[pd.DataFrame, list[DocResult]]:
    """One quote table from many inputs: quote tables are read, other inputs read and extracted.

    Args:
        paths: files, folders, globs or ``-`` (already expanded).
        extract: runs the extractor over documents (the caller chooses the pipeline and batch sizes).
        read: reads articles from paths (`quotes.io.read_inputs` with the caller's options).
        warn: called with one line for each document that failed.

    Returns:
        The table (tables first, in input order, then the extracted documents) and the results of the
        extracted documents, whose status says which failed.
    """
    paths = list(paths)
    tables = [read_quote_table(p) for p in paths if is_quote_table(p)]
    raw = [p for p in paths if not is_quote_table(p)]
    results: list[DocResult] = []
    if raw:
        results = list(extract(list(read(raw))))
        for result in results:
            if result.status == "error":
                warn(f"{result.doc_id}: {result.message}")
        tables.append(results_frame(results))
    frames = [t for t in tables if len(t)]
    if not frames:
        return (tables[0] if tables else to_frame([])), results
    return pd.concat(frames, ignore_index=True), results
