"""Resuming an interrupted run: what its output already has, and making that output safe to append to."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from ..model import COLUMNS
from .files import _csv_records, _replace_atomically, _truncate
from .formats import DOC_COLUMNS, OutputError, choose_format, unescape_formula
from .parquet import _DATASET_FILE_GLOB


def prepare_resume(
    out: str | os.PathLike[str],
    format: str,
    *,
    extra_columns: Iterable[str] = (),
    csv_escape: bool = True,
    docs_out: str | os.PathLike[str] | None = None,
) -> set[str]:
    """Make the output of an interrupted run safe to append to, and say which documents it already has.

    Documents that failed (status ``error``) are not finished: they are taken out and tried again.

    - ``jsonl``: every complete line is a finished document. A last line without its newline (the run
      was killed while writing it) is cut off, and that document is done again.
    - ``csv``: a document's rows are consecutive, so every document before the last one in the file is
      finished. The last one is cut off and done again, since the run may have been killed between two
      of its rows; so is a partly written row. Documents without quotes leave no rows: they are done
      again, unless ``docs_out`` (the summary of the interrupted run) lists them.
    - ``parquet``: written whole or not at all; its documents are finished (those without quotes are
      done again). A directory is a dataset of `write_parquet_dataset`: the documents of its files are
      finished.

    ``docs_out``, if it exists, keeps only the rows of the finished documents, so that appending the
    rest lists every document once.

    Args:
        out: the output file of the interrupted run (a missing file means nothing is finished).
        format: its format.
        extra_columns: the ``extra_columns`` it was written with (the CSV header must match).
        csv_escape: whether its CSV cells were escaped (`escape_formula`), to read the doc_ids back.
        docs_out: the per-document summary written alongside, if any.

    Returns:
        The doc_ids of the finished documents: skip these, and `write_table` the rest with ``append``.

    Raises:
        OutputError: the file is not an output of `write_table` with these options.
    """
    path = Path(out)
    format = choose_format(format=format)
    done: set[str] = set()
    if path.exists():
        if format == "jsonl":
            done = _resume_jsonl(path)
        elif format == "csv":
            done = _resume_csv(path, [*COLUMNS, *extra_columns], csv_escape)
        else:
            files = sorted(path.glob(_DATASET_FILE_GLOB)) if path.is_dir() else [path]
            try:
                for file in files:
                    done |= set(pd.read_parquet(file, columns=["doc_id"])["doc_id"].dropna().astype(str))
            except Exception as err:
                raise OutputError(f"cannot resume {path}: not a parquet file of quotes ({err})") from None
    if docs_out is not None and Path(docs_out).exists():
        done = _resume_docs(Path(docs_out), done, csv_escape, quoteless_done=format == "csv")
    return done


def _resume_jsonl(path: Path) -> set[str]:
    data = path.read_bytes()
    done: set[str] = set()
    kept: list[bytes] = []  # the lines of finished documents, if failed ones must be taken out
    failed = False
    end = 0
    lines = data.split(b"\n")
    for number, line in enumerate(lines[:-1], start=1):  # lines[-1]: after the last newline, partial
        end += len(line) + 1
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            doc_id, status = str(record["doc_id"]), record.get("status")
        except (ValueError, TypeError, KeyError, AttributeError):
            raise OutputError(
                f"cannot resume {path}: line {number} is not a document record of quotes' JSONL output; "
                "move the file away or write to a new one"
            ) from None
        if status == "error":  # tried again
            failed = True
            continue
        done.add(doc_id)
        kept.append(line + b"\n")
    if failed:
        _replace_atomically(path, lambda tmp: tmp.write_bytes(b"".join(kept)))
    elif end < len(data):
        _truncate(path, end)
    return done


def _unescape(value: str, csv_escape: bool) -> str:
    return unescape_formula(value) if csv_escape else value


def _resume_csv(path: Path, header: list[str], csv_escape: bool) -> set[str]:
    data = path.read_bytes()
    records = _csv_records(data)
    first = next(records, None)
    if first is None:  # empty, or killed before the header was complete
        _truncate(path, 0)
        return set()
    if first[0] != header:
        raise OutputError(
            f"cannot resume {path}: its columns are {', '.join(first[0])}, not {', '.join(header)}; "
            "resume with the same --keep-column options, or write to a new file"
        )
    done: set[str] = set()
    last_id, last_start = None, first[2]
    for row, start, _ in records:
        if len(row) != len(header):
            break
        doc_id = _unescape(row[0], csv_escape)
        if doc_id != last_id:
            if last_id is not None:
                done.add(last_id)
            last_id, last_start = doc_id, start
    # Everything from the last document's first row on is done again.
    _truncate(path, last_start)
    if last_id is not None:  # the same doc_id earlier in the file too: redo it rather than lose its last rows
        done.discard(last_id)
    return done


def _resume_docs(path: Path, done: set[str], csv_escape: bool, quoteless_done: bool) -> set[str]:
    data = path.read_bytes()
    records = list(_csv_records(data))
    if not records or records[0][0] != list(DOC_COLUMNS):
        if records:
            raise OutputError(
                f"cannot resume {path}: it is not a --docs-out summary (columns {', '.join(records[0][0])})"
            )
        _truncate(path, 0)
        return done
    rows = [(row, start, end) for row, start, end in records[1:] if len(row) == len(DOC_COLUMNS)]
    if quoteless_done:  # a document without quotes has no rows in the CSV table: only the summary says it is done
        done = done | {_unescape(row[0], csv_escape) for row, _, _ in rows if row[4] == "0" and row[2] != "error"}
    kept = [data[records[0][1] : records[0][2]]]
    kept += [data[start:end] for row, start, end in rows if _unescape(row[0], csv_escape) in done]
    _replace_atomically(path, lambda tmp: tmp.write_bytes(b"".join(kept)))
    return done
