"""Readers that turn files, folders and stdin into `Document` records, and writers for the results.

Reading never stops on a bad document: a file that cannot be read, a JSONL line that is not JSON or a CSV
row with the wrong number of fields becomes a `Document` with ``error`` set, reported in the output with
status ``"error"``. Only a mistake in how the inputs were asked for (a CSV without the text column, an
unknown encoding) raises `InputError`, before any document is read.
"""

from __future__ import annotations

import codecs
import glob
import csv
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from io import TextIOBase, TextIOWrapper
from pathlib import Path
from typing import IO, Any

import pandas as pd

from .extract import QuotesError, extract_many
from .model import COLUMNS, DocResult, Document
from .table import to_frame

#: A callback that receives a one-line warning (a skipped file, a file that is not valid UTF-8...).
Warn = Callable[[str], None]

#: File kinds a directory is searched for, by extension.
INPUT_SUFFIXES: dict[str, str] = {".txt": "txt", ".jsonl": "jsonl", ".csv": "csv", ".html": "html", ".htm": "html"}
#: Output formats `write_table` knows.
FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet")
#: Output extensions and the format each implies.
FORMAT_SUFFIXES: dict[str, str] = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
#: The path that means standard input.
STDIN = "-"
DEFAULT_TEXT_COLUMN = "text"
DEFAULT_ID_COLUMN = "doc_id"
#: Cells starting with one of these are read as formulas by spreadsheets; CSV output prefixes them with ``'``.
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
#: JSONL output keys that document metadata may not overwrite.
RESERVED_KEYS = frozenset({"doc_id", "text", "status", "message", "quotes"})


class InputError(QuotesError):
    """The inputs cannot be read as asked: the message names what exists and the option to change."""


class OutputError(QuotesError):
    """The output cannot be written as asked: the message names the fix."""


# --------------------------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class _Source:
    path: Path | None  # None: standard input
    name: str  # the doc_id (txt, html) or its prefix (jsonl, csv)
    kind: str  # "txt", "jsonl", "csv", "html" or "stdin"


def read_inputs(
    paths: Iterable[str],
    *,
    text_column: str = DEFAULT_TEXT_COLUMN,
    id_column: str = DEFAULT_ID_COLUMN,
    encoding: str | None = None,
    warn: Warn | None = None,
) -> Iterator[Document]:
    """Read documents from files, directories and stdin, lazily, one `Document` at a time.

    - ``.txt``: one document, ``doc_id`` = the file name without extension, the text exactly as in the file.
    - directory: its ``.txt``, ``.jsonl``, ``.csv``, ``.html`` and ``.htm`` files, recursively, in sorted
      order; a document's ``doc_id`` is then its path inside the directory without extension
      (``business/001``), so files of the same name in different folders stay apart. Hidden files are
      ignored, other files (and pipes, sockets, devices) skipped with a warning; a broken symbolic link
      becomes an error document. A file named explicitly with another extension is read as plain text.
    - ``.jsonl``: one document per line, ``doc_id`` and ``text`` from ``id_column`` and ``text_column``,
      the other fields in ``meta``; a line without a doc_id gets ``<name>:<line>``.
    - ``.csv``: one document per row, like JSONL; a row without a doc_id gets ``<name>:<row>`` (the
      spreadsheet row: the header is row 1).
    - ``.html``/``.htm``: the article text, boilerplate removed by trafilatura (offline; nothing is
      fetched), paragraphs separated by a blank line; title, author, date, url and sitename go to
      ``meta`` when the page has them.
    - ``-``: standard input, one plain-text document with ``doc_id`` ``stdin``.

    Text is decoded as UTF-8 (a byte-order mark is dropped). Bytes that are not UTF-8 never stop
    reading: they are decoded with replacement characters, and ``meta["encoding_warning"]`` and ``warn``
    say so; so does a text file with NUL bytes (an image or PDF renamed ``.txt``). With ``encoding``
    every file is decoded with that codec instead.

    Args:
        paths: file paths, directory paths, glob patterns (see `expand_paths`), or ``-``.
        text_column: the JSONL field / CSV column holding the text.
        id_column: the JSONL field / CSV column holding the document id. A CSV without it is read with
            row ids when this is the default ``doc_id``; a column named explicitly must exist.
        encoding: a Python codec name (``latin-1``, ``cp1252``) to decode every input with.
        warn: called with a one-line message for skipped files and decoding problems.

    Raises:
        InputError: a glob pattern matches nothing, ``encoding`` is not a codec, or a CSV file lacks the text (or named id) column. Raised
            when called, before any document is read.
    """
    warn = warn or _ignore
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(
                f"unknown encoding {encoding!r}: pass a Python codec name such as utf-8, latin-1 or cp1252"
            ) from None
    sources = [source for path in expand_paths(paths) for source in _expand(path, warn)]
    for source in sources:
        if source.kind == "csv":
            _check_csv_columns(source, text_column, id_column, encoding, warn)
    return _read_sources(sources, text_column, id_column, encoding, warn)


def expand_paths(paths: Iterable[str]) -> list[str]:
    """The input paths with glob patterns expanded (``"archive/2024-*/*.html"``, ``"**"`` recursive), in order.

    A path that does not exist and is no pattern is kept: reading it gives an error document.

    Raises:
        InputError: a pattern matches nothing.
    """
    expanded: list[str] = []
    for path in paths:
        if path != STDIN and not os.path.lexists(path) and glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                raise InputError(f"no file matches the pattern {path!r}")
            expanded.extend(matches)
        else:
            expanded.append(path)
    return expanded


def _ignore(message: str) -> None:
    pass


def _expand(path: str, warn: Warn) -> Iterator[_Source]:
    if path == STDIN:
        yield _Source(None, "stdin", "stdin")
        return
    root = Path(path)
    if not root.is_dir():
        kind = INPUT_SUFFIXES.get(root.suffix.lower())
        if kind is None:
            kind = "txt"
            if root.exists():
                warn(f"{path}: not a .txt, .jsonl, .csv, .html or .htm file; reading it as plain text")
        yield _Source(root, root.stem, kind)
        return
    skipped = []
    found = 0
    for file in sorted(p for p in root.rglob("*") if not p.is_dir()):
        relative = file.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        kind = INPUT_SUFFIXES.get(file.suffix.lower())
        # A broken symbolic link to an article is a document that cannot be read (reported as an error);
        # a pipe, socket or device is not a document at all (and reading a pipe could block forever).
        if kind is None or not (file.is_file() or file.is_symlink()):
            skipped.append(relative.as_posix())
            continue
        found += 1
        yield _Source(file, relative.with_suffix("").as_posix(), kind)
    if skipped:
        shown = ", ".join(skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
        warn(f"{path}: skipped {len(skipped)} file(s) that are not .txt, .jsonl, .csv, .html or .htm: {shown}")
    if not found:
        warn(f"{path}: no .txt, .jsonl, .csv, .html or .htm files in this directory")


def _read_sources(
    sources: list[_Source], text_column: str, id_column: str, encoding: str | None, warn: Warn
) -> Iterator[Document]:
    for source in sources:
        if source.kind == "jsonl":
            yield from _read_jsonl(source, text_column, id_column, encoding, warn)
        elif source.kind == "csv":
            yield from _read_csv(source, text_column, id_column, encoding, warn)
        elif source.kind == "html":
            yield _read_html(source, encoding)
        elif source.kind == "stdin":
            yield _read_stdin(encoding, warn)
        else:
            yield _read_txt(source, encoding, warn)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str | None]:
    """Decode bytes without ever failing.

    Returns:
        The text, and ``None`` or a note saying the bytes were not valid in the encoding (UTF-8 by
        default) and were replaced with U+FFFD.
    """
    codec = encoding or "utf-8-sig"
    try:
        return data.decode(codec), None
    except UnicodeDecodeError as err:
        shown = encoding or "UTF-8"
        note = (
            f"not valid {shown} (first bad byte at offset {err.start}); decoded with replacement characters"
            + ("" if encoding else "; pass the right encoding (--encoding, e.g. latin-1 or cp1252) if you know it")
        )
        return data.decode(codec, errors="replace"), note


def _error_document(source: _Source, err: OSError) -> Document:
    reason = err.strerror or str(err)
    if source.path is not None and source.path.is_symlink() and not source.path.exists():
        reason = f"broken symbolic link to {os.readlink(source.path)}"
    return Document(doc_id=source.name, text="", source=str(source.path), error=f"cannot read {source.path}: {reason}")


def _read_txt(source: _Source, encoding: str | None, warn: Warn) -> Document:
    assert source.path is not None
    try:
        data = source.path.read_bytes()
    except OSError as err:
        return _error_document(source, err)
    return _text_document(source.name, str(source.path), data, encoding, warn)


def _read_stdin(encoding: str | None, warn: Warn) -> Document:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text-only stream (some embedding environments)
        return Document(doc_id="stdin", text=sys.stdin.read(), source="<stdin>")
    return _text_document("stdin", "<stdin>", buffer.read(), encoding, warn)


def _text_document(doc_id: str, where: str, data: bytes, encoding: str | None, warn: Warn) -> Document:
    text, note = decode(data, encoding)
    if "\x00" in text:  # never in UTF-8 or 8-bit text: an image or PDF saved as .txt, or UTF-16
        binary = "contains NUL bytes: probably a binary file (image, PDF...), not text"
        note = f"{binary}; {note}" if note else binary + " (pass --encoding utf-16 if it is UTF-16 text)"
    meta: dict[str, Any] = {}
    if note:
        meta["encoding_warning"] = note
        warn(f"{where}: {note}")
    return Document(doc_id=doc_id, text=text, source=where, meta=meta)


def _read_html(source: _Source, encoding: str | None) -> Document:
    assert source.path is not None
    try:
        data = source.path.read_bytes()
    except OSError as err:
        return _error_document(source, err)
    import trafilatura  # slow to import; only needed for HTML

    html: str | bytes = data.decode(encoding, errors="replace") if encoding else data
    try:
        text = trafilatura.extract(
            html, include_comments=False, include_tables=False, include_images=False, output_format="txt"
        )
        info = trafilatura.extract_metadata(html)
    except Exception as err:  # a bad page never stops the batch
        return Document(
            doc_id=source.name, text="", source=str(source.path), error=f"cannot extract text from HTML: {err}"
        )
    meta: dict[str, Any] = {}
    if info is not None:
        for key in ("title", "author", "date", "url", "sitename"):
            value = getattr(info, key, None)
            if value:
                meta[key] = value
    if not text:
        meta["extraction_warning"] = "no article text found in the HTML"
    # trafilatura puts one newline between paragraphs; a blank line, as in .txt articles, keeps them apart.
    text = "\n\n".join(line for line in (text or "").split("\n") if line.strip())
    return Document(doc_id=source.name, text=text, source=str(source.path), meta=meta)


def _decoded_lines(fh: IO[bytes], encoding: str | None) -> Iterator[tuple[str, str | None]]:
    """The lines of a binary file, decoded one by one so that one bad line does not spoil the rest."""
    if encoding is not None:  # any codec, including ones that are not ASCII-compatible
        for line in TextIOWrapper(fh, encoding=encoding, errors="replace", newline=""):
            yield line, None
        return
    for number, raw in enumerate(fh):
        if number == 0 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        yield decode(raw)


def _read_jsonl(
    source: _Source, text_column: str, id_column: str, encoding: str | None, warn: Warn
) -> Iterator[Document]:
    assert source.path is not None
    try:
        fh = source.path.open("rb")
    except OSError as err:
        yield _error_document(source, err)
        return
    with fh:
        for number, (line, note) in enumerate(_decoded_lines(fh, encoding), start=1):
            if not line.strip():
                continue
            where = f"{source.path}:{number}"
            fallback_id = f"{source.name}:{number}"
            if note:
                warn(f"{where}: {note}")
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                yield Document(
                    doc_id=fallback_id,
                    text="",
                    source=where,
                    error=f"line {number} is not valid JSON: {err.msg} (column {err.colno})",
                )
                continue
            yield _record_document(record, fallback_id, where, f"line {number}", text_column, id_column, note)


def _record_document(
    record: Any, fallback_id: str, where: str, label: str, text_column: str, id_column: str, note: str | None
) -> Document:
    if not isinstance(record, dict):
        return Document(
            doc_id=fallback_id, text="", source=where, error=f"{label}: expected a JSON object, got {type(record).__name__}"
        )
    raw_id = record.get(id_column)
    doc_id = fallback_id if raw_id is None or raw_id == "" else str(raw_id)
    if text_column not in record:
        fields = ", ".join(map(str, record)) or "none"
        return Document(
            doc_id=doc_id,
            text="",
            source=where,
            error=f"{label} has no {text_column!r} field (fields: {fields}); choose the text field with --text-column",
        )
    text = record[text_column]
    if text is None:
        text = ""
    if not isinstance(text, str):
        return Document(
            doc_id=doc_id,
            text="",
            source=where,
            error=f"{label}: field {text_column!r} is a {type(text).__name__}, not a string",
        )
    meta = {key: value for key, value in record.items() if key not in (id_column, text_column)}
    if note:
        meta["encoding_warning"] = note
    return Document(doc_id=doc_id, text=text, source=where, meta=meta)


def _csv_header(source: _Source, encoding: str | None) -> list[str] | None:
    assert source.path is not None
    try:
        with source.path.open("rb") as fh:
            return next(csv.reader(line for line, _ in _decoded_lines(fh, encoding)), None)
    except (OSError, csv.Error):
        return None  # reported as an error document when read


def _check_csv_columns(source: _Source, text_column: str, id_column: str, encoding: str | None, warn: Warn) -> None:
    header = _csv_header(source, encoding)
    if header is None:
        return
    available = ", ".join(repr(name) for name in header) or "none"
    if text_column not in header:
        raise InputError(
            f"{source.path} has no text column {text_column!r}; its columns are {available}. "
            "Choose the text column with --text-column (text_column= in Python)."
        )
    if id_column not in header:
        if id_column != DEFAULT_ID_COLUMN:
            raise InputError(
                f"{source.path} has no id column {id_column!r}; its columns are {available}. "
                "Choose the id column with --id-column (id_column= in Python)."
            )
        warn(f"{source.path}: no {id_column!r} column; documents are named {source.name}:<row>")


def _read_csv(
    source: _Source, text_column: str, id_column: str, encoding: str | None, warn: Warn
) -> Iterator[Document]:
    assert source.path is not None
    # News articles are longer than the csv module's default field limit (128 KiB).
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    try:
        fh = source.path.open("rb")
    except OSError as err:
        yield _error_document(source, err)
        return
    notes: list[str] = []

    def lines() -> Iterator[str]:
        for line, note in _decoded_lines(fh, encoding):
            if note:
                notes.append(note)
            yield line

    with fh:
        reader = csv.reader(lines())
        header = next(reader, None)
        if header is None:
            warn(f"{source.path}: empty CSV file")
            return
        if text_column not in header:  # checked by read_inputs; the file may have changed since
            yield Document(
                doc_id=source.name,
                text="",
                source=str(source.path),
                error=f"no text column {text_column!r} (columns: {', '.join(header)})",
            )
            return
        row_number = 1
        while True:
            notes.clear()
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as err:
                row_number += 1
                yield Document(
                    doc_id=f"{source.name}:{row_number}",
                    text="",
                    source=f"{source.path}:{row_number}",
                    error=f"row {row_number} is not valid CSV: {err}",
                )
                continue
            row_number += 1
            if not row:
                continue
            where = f"{source.path}:{row_number}"
            fallback_id = f"{source.name}:{row_number}"
            if len(row) != len(header):
                yield Document(
                    doc_id=fallback_id,
                    text="",
                    source=where,
                    error=f"row {row_number} has {len(row)} fields but the header has {len(header)}",
                )
                continue
            note = notes[0] if notes else None
            if note:
                warn(f"{where}: {note}")
            record = dict(zip(header, row))
            yield _record_document(record, fallback_id, where, f"row {row_number}", text_column, id_column, note)


def extract_documents(documents: Iterable[Document], **options: Any) -> Iterator[tuple[Document, DocResult]]:
    """`extract_many`, yielding each result with the `Document` it came from (whose text JSONL output carries).

    Holds only the documents still inside the pipeline's current batch.

    Args:
        documents: `Document` records, e.g. from `read_inputs`.
        **options: passed to `extract_many` (``nlp``, ``batch_size``, ``n_process``).
    """
    source = iter(documents)
    pending: deque[Document] = deque()
    reader_failed: list[BaseException] = []

    def remember() -> Iterator[Document]:
        while True:
            try:
                document = next(source)
            except StopIteration:
                return
            except Exception as err:  # a bug in the reader, not in the pipeline: re-raised below
                reader_failed.append(err)
                raise
            pending.append(document)
            yield document

    while True:
        try:
            for result in extract_many(remember(), **options):
                yield pending.popleft(), result
            return
        except Exception:
            if reader_failed or not pending:  # a reader bug, or a failure before any document (no model)
                raise
            # The pipeline itself failed on a batch (a text longer than nlp.max_length, a component that
            # crashes): run that batch's documents one at a time, so only the culprit gets status
            # "error", then carry on with the rest.
            suspects = list(pending)
            pending.clear()
            for document in suspects:
                yield document, _extract_alone(document, options)


def _extract_alone(document: Document, options: dict[str, Any]) -> DocResult:
    alone = {**options, "batch_size": 1, "n_process": 1}
    try:
        return next(iter(extract_many([document], **alone)))
    except Exception as err:
        return DocResult.failed(document, err)


# --------------------------------------------------------------------------------------------- writing


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


def choose_format(output: str | None = None, format: str | None = None) -> str:
    """The output format: ``format`` if given, else the one ``output``'s extension implies, else ``csv``.

    Raises:
        OutputError: ``format`` is unknown, or ``output``'s extension implies none.
    """
    if format is not None:
        if format not in FORMATS:
            raise OutputError(f"unknown output format {format!r}; choose one of {', '.join(FORMATS)}")
        return format
    if output is None or output == STDIN:
        return "csv"
    suffix = Path(output).suffix.lower()
    if suffix not in FORMAT_SUFFIXES:
        raise OutputError(
            f"cannot tell the output format from {output!r}: name it .csv, .jsonl or .parquet, "
            "or pass --format csv|jsonl|parquet"
        )
    return FORMAT_SUFFIXES[suffix]


def escape_formula(value: Any) -> Any:
    """Prefix a string that a spreadsheet would run as a formula with ``'``; anything else as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells cannot run as spreadsheet formulas (see `escape_formula`)."""
    frame = frame.copy()
    for column in frame.columns:
        series = frame[column]
        if series.dtype == object or pd.api.types.is_string_dtype(series.dtype):
            frame[column] = series.map(escape_formula, na_action="ignore")
    return frame


def jsonl_record(result: DocResult, text: str | None = None) -> dict[str, Any]:
    """One JSONL output line: the GOLD_FORMAT.md record of `DocResult.to_gold`, with the document text.

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

    with _open_text(docs_out, append) if docs_out is not None else _no_stream() as docs_fh:
        if docs_fh is not None and _is_empty(docs_fh):
            docs_fh.write(_csv_line(DOC_COLUMNS))

        def counted() -> Iterator[tuple[str | None, DocResult]]:
            for item in results:
                text, result = (item[0].text, item[1]) if isinstance(item, tuple) else (None, item)
                summary.add(result)
                seen_columns.update(name for name in extra if name in result.meta)
                if docs_fh is not None:
                    # Before the document's output, so that the output never lists a document that the
                    # summary lacks (prepare_resume relies on it).
                    _write_doc_row(docs_fh, result, escape)
                yield text, result

        if format == "parquet":
            _write_parquet((result for _, result in counted()), out, extra, append)
        else:
            with _open_text(out, append) as fh:
                if format == "csv":
                    _write_csv((result for _, result in counted()), fh, extra, escape, chunk_size)
                else:
                    _write_jsonl(counted(), fh, chunk_size)
    summary.missing_columns = [name for name in extra if name not in seen_columns]
    return summary


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


#: The columns of the per-document summary (``--docs-out``), in order.
DOC_COLUMNS: tuple[str, ...] = ("doc_id", "source", "status", "message", "n_quotes", "n_chars")


def _as_is(value: Any) -> Any:
    return value


def _csv_line(values: Iterable[Any], escape: Callable[[Any], Any] = _as_is) -> str:
    """One CSV record, ending in ``\n``: empty for None/NaN, quoted when needed.

    Not `csv.writer`: it leaves a lone carriage return unquoted (its "minimal" quoting only looks for the
    line terminator), and readers then split the row there; news text copied from old files has them.
    """
    cells = []
    for value in values:
        if value is None or value is pd.NA or (isinstance(value, float) and value != value):
            cells.append("")
            continue
        text = str(escape(value))
        if any(char in text for char in ',"\r\n'):
            text = '"' + text.replace('"', '""') + '"'
        cells.append(text)
    return ",".join(cells) + "\n"


def _write_doc_row(fh: IO[str], result: DocResult, escape: Callable[[Any], Any]) -> None:
    row = (result.doc_id, result.source, result.status, result.message, len(result.quotes), result.n_chars)
    fh.write(_csv_line(row, escape))
    fh.flush()


class _open_text:
    """Open a path for writing (or appending) text, or pass an open stream through (without closing it)."""

    def __init__(self, out: str | os.PathLike[str] | IO[Any], append: bool = False) -> None:
        self.out = out
        self.mode = "a" if append else "w"
        self.fh: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if isinstance(self.out, (str, os.PathLike)):
            self.fh = open(self.out, self.mode, encoding="utf-8", newline="")
            return self.fh
        return self.out  # type: ignore[return-value]

    def __exit__(self, *exc: object) -> None:
        if self.fh is not None:
            self.fh.close()
        else:
            self.out.flush()  # type: ignore[union-attr]


class _no_stream:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        pass


def _is_empty(fh: IO[str]) -> bool:
    """Whether nothing has been written to ``fh`` yet (a stream that cannot tell counts as empty)."""
    try:
        return fh.tell() == 0
    except (OSError, ValueError, AttributeError):
        return True


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
            lines.append(_csv_line([*quote.to_row().values(), *(result.meta.get(name) for name in extra)], escape))
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


def _replace_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write ``path`` through a temporary file beside it, renamed over it only once complete."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


# --------------------------------------------------------------------------------------------- resuming


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


def _csv_records(data: bytes) -> Iterator[tuple[list[str], int, int]]:
    """Each complete CSV record of ``data`` with its byte offsets ``[start, end)``; stops at a partial one."""
    complete = data.split(b"\n")[:-1]  # what follows the last newline is a partial record
    consumed = 0

    def lines() -> Iterator[str]:
        nonlocal consumed
        for line in complete:
            consumed += len(line) + 1
            yield line.decode("utf-8", errors="replace") + "\n"

    start = 0
    reader = csv.reader(lines(), strict=True)  # strict: a record cut inside a quoted field is an error
    try:
        for row in reader:
            yield row, start, consumed
            start = consumed
    except csv.Error:
        return


def _unescape(value: str, csv_escape: bool) -> str:
    if csv_escape and value.startswith("'") and value[1:].startswith(FORMULA_PREFIXES):
        return value[1:]
    return value


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


def _truncate(path: Path, size: int) -> None:
    with path.open("r+b") as fh:
        fh.truncate(size)


# --------------------------------------------------------------------------------------------- progress

#: Seconds between two progress updates on a terminal, and between two progress lines in a log.
PROGRESS_SECONDS = 0.5
PROGRESS_LOG_SECONDS = 10.0


class Progress:
    """A progress report for long runs, on stderr: documents done, quotes found, documents per second.

    On a terminal one line is redrawn in place; elsewhere (a log file, a CI job) a new line is written
    every `PROGRESS_LOG_SECONDS`. Never writes to stdout, so the data there stays clean.
    """

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.tty = bool(isatty and isatty())
        self.start = self.last = time.monotonic()
        self.documents = 0
        self.quotes = 0
        self.drawn = False

    def update(self, result: DocResult) -> None:
        """Count one finished document; report if it is time to."""
        self.documents += 1
        self.quotes += len(result.quotes)
        now = time.monotonic()
        if now - self.last >= (PROGRESS_SECONDS if self.tty else PROGRESS_LOG_SECONDS):
            self.last = now
            self._write(str(self))

    def __str__(self) -> str:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        return (
            f"quotes: {self.documents:,} document{'s' * (self.documents != 1)}, "
            f"{self.quotes:,} quote{'s' * (self.quotes != 1)}, {self.documents / elapsed:,.1f} documents/s"
        )

    def _write(self, line: str) -> None:
        if self.tty:
            self.stream.write("\r" + line + "\x1b[K")
            self.drawn = True
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        """End the redrawn line, so that what follows starts on a line of its own."""
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False
