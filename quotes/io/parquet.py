"""A partitioned Parquet dataset of the quote table: one file per so many documents, each written whole."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from ..model import COLUMNS, DocResult, Document
from ..table import to_frame
from .files import _as_is, _csv_line, _is_empty, _no_stream, _open_text, _replace_atomically
from .formats import DOC_COLUMNS, OutputError, escape_formula
from .writers import Summary, _write_doc_row

#: Documents per file of a Parquet dataset written by `write_parquet_dataset`.
DATASET_DOCUMENTS_PER_FILE = 1000
#: The name of the ``k``-th file of a Parquet dataset (zero-padded, so that name order is input order).
DATASET_FILE = "part.{:05d}.parquet"
_DATASET_FILE_GLOB = "part.*.parquet"


def parquet_schema(extra_columns: Iterable[str] = ()) -> Any:
    """The pyarrow schema of the quote table, then ``extra_columns`` as strings: every file of a dataset
    gets it, so that files where a column holds no value still agree with the others."""
    import pyarrow as pa

    meta = to_frame([])
    types = {"Int64": pa.int64(), "float64": pa.float64()}
    fields = [(name, types.get(str(meta[name].dtype), pa.string())) for name in COLUMNS]
    return pa.schema(fields + [(name, pa.string()) for name in extra_columns])


def write_parquet_dataset(
    results: Iterable[DocResult | tuple[Document, DocResult]],
    directory: str | os.PathLike[str],
    *,
    extra_columns: Iterable[str] = (),
    csv_escape: bool = True,
    docs_out: str | os.PathLike[str] | None = None,
    append: bool = False,
    documents_per_file: int = DATASET_DOCUMENTS_PER_FILE,
) -> Summary:
    """Write results as they come as a partitioned Parquet dataset: a directory of files
    ``part.00000.parquet``, ``part.00001.parquet``... each holding the quote table (the rows of
    `write_table`'s parquet) of ``documents_per_file`` consecutive documents, in input order.

    Each file is written through a temporary file renamed when complete, so a run that is killed leaves
    whole files only; `pandas.read_parquet(directory)` (or pyarrow, Dask, Spark, DuckDB) reads them as
    one table. All files have the schema of `parquet_schema` (metadata columns as strings). A run with
    no quotes writes one empty file, so that the dataset still has its columns.

    Args:
        results: `DocResult`s, or ``(Document, DocResult)`` pairs.
        directory: created if missing. Files of an earlier dataset there (``part.*.parquet``) are
            removed first, unless ``append``; any other file there is an error (readers would take it for
            part of the dataset).
        extra_columns, csv_escape, docs_out: as for `write_table`; the ``docs_out`` row of a document is
            written before the file that holds its quotes, so the dataset never lists a document that the
            summary lacks.
        append: add files after those already there (as after `prepare_resume`).
        documents_per_file: documents per file.

    Returns:
        A `Summary` of the documents and quotes written.

    Raises:
        OutputError: ``directory`` is a file or holds other files, pyarrow is missing, or
            ``documents_per_file`` is below 1.
    """
    if documents_per_file < 1:
        raise OutputError(f"documents_per_file must be at least 1, not {documents_per_file!r}")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise OutputError("writing parquet needs pyarrow: pip install 'quotes[parquet]'") from None
    path = Path(directory)
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path} is a file: a Parquet dataset is written to a directory")
    path.mkdir(parents=True, exist_ok=True)
    existing = sorted(path.glob(_DATASET_FILE_GLOB))
    others = sorted(p.name for p in path.iterdir() if p not in existing and not p.name.startswith((".", "_")))
    if others:  # readers take every file of the directory as part of the dataset
        raise OutputError(
            f"{path} holds files that are not part of a quotes dataset ({', '.join(others[:3])}): "
            "write the dataset to a new or empty directory"
        )
    if not append:
        for old in existing:
            old.unlink()
        existing = []
    extra = list(extra_columns)
    schema = parquet_schema(extra)
    if existing and pq.read_schema(existing[0]).names != schema.names:
        raise OutputError(
            f"{existing[0]} has the columns {', '.join(pq.read_schema(existing[0]).names)}, not "
            f"{', '.join(schema.names)}: resume with the same --keep-column options, or write to a new directory"
        )
    summary = Summary()
    seen_columns: set[str] = set()
    escape = escape_formula if csv_escape else _as_is
    number = 1 + max((_dataset_file_number(p) for p in existing), default=-1)
    written = 0

    def flush(batch: list[DocResult]) -> None:
        nonlocal number, written
        frame = to_frame(batch, extra_columns=extra)
        for name in extra:
            frame[name] = frame[name].map(_as_string)
        table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
        _replace_atomically(path / DATASET_FILE.format(number), lambda tmp: pq.write_table(table, tmp))
        number += 1
        written += 1

    with _open_text(docs_out, append) if docs_out is not None else _no_stream() as docs_fh:
        if docs_fh is not None and _is_empty(docs_fh):
            docs_fh.write(_csv_line(DOC_COLUMNS))
        batch: list[DocResult] = []
        for item in results:
            result = item[1] if isinstance(item, tuple) else item
            summary.add(result)
            seen_columns.update(name for name in extra if name in result.meta)
            if docs_fh is not None:
                _write_doc_row(docs_fh, result, escape)
            batch.append(result)
            if len(batch) >= documents_per_file:
                flush(batch)
                batch = []
        if batch or (not written and not existing):
            flush(batch)
    summary.missing_columns = [name for name in extra if name not in seen_columns]
    return summary


def _as_string(value: Any) -> str | None:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value if isinstance(value, str) else str(value)


def _dataset_file_number(path: Path) -> int:
    try:
        return int(path.name.split(".")[1])
    except (IndexError, ValueError):
        return -1
