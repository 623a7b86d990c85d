"""Writers for the results: the quote table as CSV or parquet, one JSONL line per document, and the
per-document summary (``--docs-out``)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from io import TextIOBase
from pathlib import Path
from typing import IO, Any

import pandas as pd

from ..model import COLUMNS, DocResult, Document
from ..table import to_frame
from .files import _as_is, _csv_line, _is_empty, _naming, _no_stream, _open_text, _replace_atomically
from .formats import DOC_COLUMNS, RESERVED_KEYS, OutputError, choose_format, escape_formula


@dataclass
class Summary:
    """What `write_table` wrote: documents by status and quotes."""

    documents: int = 0
    ok: int = 0
    empty: int = 0
    error: int = 0
    quotes: int = 0
    #: ``extra_columns`` that no document had in its metadata (likely a typo).
    missing_columns: list[str] = field(default_factory=list)

    def add(self, result: DocResult) -> None:
        self.documents += 1
        self.quotes += len(result.quotes)
        if result.status in ("ok", "empty", "error"):
            setattr(self, result.status, getattr(self, result.status) + 1)

    def __str__(self) -> str:
        return (
            f"{self.documents} document{'s' * (self.documents != 1)} "
            f"({self.ok} ok, {self.empty} empty, {self.error} error), "
            f"{self.quotes} quote{'s' * (self.quotes != 1)}"
        )



def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells cannot run as spreadsheet formulas (see `escape_formula`)."""
    frame = frame.copy()
    for column in frame.columns:
        series = frame[column]
        if series.dtype == object or pd.api.types.is_string_dtype(series.dtype):
            frame[column] = series.map(escape_formula, na_action="ignore")
    return frame


def jsonl_record(result: DocResult, text: str | None = None) -> dict[str, Any]:
    """One JSONL output line: the docs/gold-format.md record of `DocResult.to_gold`, with the document text.

    Keys: ``doc_id``, ``text`` (when known), ``status``, ``message`` (when set), the document's metadata
    (which may not overwrite these keys), ``quotes``.
    """
    gold = result.to_gold()
    record: dict[str, Any] = {"doc_id": result.doc_id}
    if text is not None:
        record["text"] = text
    record["status"] = result.status
    if result.message:
        record["message"] = result.message
    record.update((key, value) for key, value in result.meta.items() if key not in RESERVED_KEYS)
    record["quotes"] = gold["quotes"]
    return record


def write_table(
    results: Iterable[DocResult | tuple[Document, DocResult]],
    out: str | os.PathLike[str] | IO[Any],
    format: str = "csv",
    *,
    extra_columns: Iterable[str] = (),
    csv_escape: bool = True,
    chunk_size: int = 1,
    docs_out: str | os.PathLike[str] | IO[str] | None = None,
    append: bool = False,
) -> Summary:
    """Write results as they come: CSV and parquet get one row per quote, JSONL one line per document.

    - ``csv``: the columns of `COLUMNS` (then ``extra_columns``), header once. Text cells starting with
      ``= + - @``, tab or CR get a leading ``'`` so spreadsheets do not run them, unless ``csv_escape``
      is False.
    - ``jsonl``: one line per input document, including documents with no quotes and failed ones:
      see `jsonl_record`. The text is included when ``results`` are ``(Document, DocResult)`` pairs (as
      `extract_documents` yields).
    - ``parquet``: the same table as CSV, written at the end; to a path, through a temporary file that
      is renamed when complete, so the file is either the old one or the whole new one.

    CSV and JSONL are written ``chunk_size`` whole documents at a time, and flushed: a run that is killed
    leaves complete records behind, plus at most one partly written line, which `prepare_resume` drops.

    Args:
        results: `DocResult`s, or ``(Document, DocResult)`` pairs.
        out: a path, or an open stream (text for csv/jsonl, binary for parquet).
        format: ``csv``, ``jsonl`` or ``parquet`` (see `choose_format`).
        extra_columns: metadata keys (url, outlet, date...) to add as table columns.
        csv_escape: neutralise spreadsheet formulas in CSV cells (the table's and ``docs_out``'s).
        chunk_size: documents per write and flush.
        docs_out: where to write the per-document summary CSV (`DOC_COLUMNS`: one row per input document,
            whatever its status), or None.
        append: add to ``out`` (and ``docs_out``) instead of replacing them, as after `prepare_resume`;
            the CSV header is written only to an empty file.

    Returns:
        A `Summary` of the documents and quotes written.

    Raises:
        OutputError: unknown format, parquet to a text stream, pyarrow missing, or a parquet file to
            append to whose columns differ.
    """
    format = choose_format(format=format)
    extra = list(extra_columns)
    summary = Summary()
    seen_columns: set[str] = set()
    escape = escape_formula if csv_escape else _as_is

    with _naming(docs_out), _open_text(docs_out, append) if docs_out is not None else _no_stream() as docs_fh:
        if docs_fh is not None and _is_empty(docs_fh):
            docs_fh.write(_csv_line(DOC_COLUMNS))

        def counted() -> Iterator[tuple[str | None, DocResult]]:
            for item in results:
                text, result = (item[0].text, item[1]) if isinstance(item, tuple) else (None, item)
                summary.add(result)
                seen_columns.update(name for name in extra if name in result.meta)
                seen_columns.update(name for q in result.quotes if q.speaker_extra for name in extra if name in q.speaker_extra)
                if docs_fh is not None:
                    # Before the document's output, so that the output never lists a document that the
                    # summary lacks (prepare_resume relies on it).
                    with _naming(docs_out):
                        _write_doc_row(docs_fh, result, escape)
                yield text, result

        if format == "parquet":
            _write_parquet((result for _, result in counted()), out, extra, append)
        else:
            with _naming(out), _open_text(out, append) as fh:
                if format == "csv":
                    _write_csv((result for _, result in counted()), fh, extra, escape, chunk_size)
                else:
                    _write_jsonl(counted(), fh, chunk_size)
    summary.missing_columns = [name for name in extra if name not in seen_columns]
    return summary


def _write_doc_row(fh: IO[str], result: DocResult, escape: Callable[[Any], Any]) -> None:
    row = (result.doc_id, result.source, result.status, result.message, len(result.quotes), result.n_chars)
    fh.write(_csv_line(row, escape))
    fh.flush()



def _write_csv(
    results: Iterable[DocResult], fh: IO[str], extra: list[str], escape: Callable[[Any], Any], chunk_size: int
) -> None:
    # Row by row rather than with pandas: a document's rows are written (and flushed) as soon as it is
    # done, and building a DataFrame per document would cost more than some documents take to parse.
    if _is_empty(fh):
        fh.write(_csv_line([*COLUMNS, *extra]))
        fh.flush()
    lines: list[str] = []
    pending = 0
    for result in results:
        for quote in result.quotes:
            lines.append(_csv_line([*quote.to_row().values(), *(quote.extra_value(name, result.meta) for name in extra)], escape))
        pending += 1
        if pending >= chunk_size:
            fh.write("".join(lines))
            fh.flush()
            lines.clear()
            pending = 0
    if lines:
        fh.write("".join(lines))
        fh.flush()


def _write_jsonl(items: Iterable[tuple[str | None, DocResult]], fh: IO[str], chunk_size: int) -> None:
    lines: list[str] = []
    for text, result in items:
        lines.append(json.dumps(jsonl_record(result, text), ensure_ascii=False, default=str) + "\n")
        if len(lines) >= chunk_size:
            fh.write("".join(lines))
            fh.flush()
            lines.clear()
    if lines:
        fh.write("".join(lines))
        fh.flush()


def _write_parquet(
    results: Iterable[DocResult], out: str | os.PathLike[str] | IO[Any], extra: list[str], append: bool
) -> None:
    if isinstance(out, TextIOBase):
        raise OutputError("parquet is a binary format: write it to a file, e.g. -o quotes.parquet")
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise OutputError("writing parquet needs pyarrow: pip install 'quotes[parquet]'") from None
    frame = to_frame(list(results), extra_columns=extra)
    if not isinstance(out, (str, os.PathLike)):
        frame.to_parquet(out, index=False)
        return
    path = Path(out)
    if append and path.exists():
        before = pd.read_parquet(path)
        if list(before.columns) != list(frame.columns):
            raise OutputError(
                f"{path} has the columns {', '.join(before.columns)}, not {', '.join(frame.columns)}: "
                "resume with the same --keep-column options, or write to a new file"
            )
        frame = pd.concat([before, frame], ignore_index=True) if len(frame) else before
    _replace_atomically(path, lambda tmp: frame.to_parquet(tmp, index=False))
