"""Readers that turn files, folders and stdin into `Document` records.

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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from io import TextIOWrapper
from pathlib import Path
from typing import IO, Any

from ..model import Document
from ..sniff import bom_codec, describe_binary, escape_surrogates, without_surrogates
from .formats import DEFAULT_ID_COLUMN, DEFAULT_TEXT_COLUMN, InputError
from .sources import INPUT_SUFFIXES, Warn, _Source, expand_paths, expand_sources

__all__ = ["INPUT_SUFFIXES", "Warn", "decode", "expand_paths", "read_inputs"]

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
      becomes an error document. Symbolic links to folders are followed once (a loop is skipped with a
      warning); a subfolder that cannot be listed is warned about; a CSV without the text column is an
      error document. A file named explicitly with another extension is read as plain text; a pipe or a
      device named explicitly is an error document, never read.
    - ``.jsonl``: one document per line, ``doc_id`` and ``text`` from ``id_column`` and ``text_column``,
      the other fields in ``meta``; a line without a doc_id gets ``<name>:<line>``.
    - ``.csv``: one document per row, like JSONL; a row without a doc_id gets ``<name>:<row>`` (the
      spreadsheet row: the header is row 1).
    - ``.html``/``.htm``: the article text, boilerplate removed by trafilatura (offline; nothing is
      fetched), paragraphs separated by a blank line; title, author, date, url and sitename go to
      ``meta`` when the page has them.
    - ``-``: standard input, one plain-text document with ``doc_id`` ``stdin``.

    Text is decoded as UTF-8, or as the UTF-16/32 its byte-order mark names. Bytes that are not UTF-8
    never stop reading: they are decoded with replacement characters, and ``meta["encoding_warning"]`` and
    ``warn`` say so. A file that is not text (a PDF, an Office file, an image, random bytes: see
    `quotes.sniff`) is an error document saying what it looks like. With ``encoding`` every file is
    decoded with that codec instead. A doc_id already used is qualified with the document's source
    (``001@tech/001.txt``), with a warning (see `unique_ids`).

    Args:
        paths: file paths, directory paths, glob patterns (see `expand_paths`), or ``-``.
        text_column: the JSONL field / CSV column holding the text.
        id_column: the JSONL field / CSV column holding the document id. A CSV without it is read with
            row ids when this is the default ``doc_id``; a column named explicitly must exist.
        encoding: a Python codec name (``latin-1``, ``cp1252``) to decode every input with.
        warn: called with a one-line message for skipped files and decoding problems.

    Raises:
        InputError: a glob pattern matches nothing or a folder holds no articles (nothing to read),
            ``encoding`` is not a codec, or a CSV file named as input lacks the text (or named id) column.
            Raised when called, before any document is read.
    """
    warn = warn or _ignore
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(
                f"unknown encoding {encoding!r}: pass a Python codec name such as utf-8, latin-1 or cp1252"
            ) from None
    sources = [source for path in expand_paths(paths) for source in expand_sources(path, warn)]
    for source in sources:
        if source.kind == "csv" and source.error is None:
            _check_csv_columns(source, text_column, id_column, encoding, warn)
    return unique_ids(_read_sources(sources, text_column, id_column, encoding, warn), warn)


def count_documents(paths: Iterable[str], *, encoding: str | None = None) -> int | None:
    """How many documents `read_inputs` will give for ``paths``, when that can be known before reading.

    A ``.txt`` or ``.html`` file is one document and a ``.jsonl`` file one per non-blank line (counted
    without parsing them); a CSV file (a row may span lines) or standard input make the total unknown:
    None. Nothing is warned about here: `read_inputs` does that.

    Raises:
        InputError: a glob pattern matches nothing (as `read_inputs`).
    """
    total = 0
    for path in expand_paths(paths):
        for source in expand_sources(path, _ignore):
            if source.kind in ("csv", "stdin"):
                return None
            if source.kind != "jsonl" or source.error is not None:  # a pipe or a device is never opened
                total += 1
                continue
            assert source.path is not None
            try:
                with source.path.open("rb") as fh:
                    total += sum(1 for line, _ in _decoded_lines(fh, encoding) if line.strip())
            except OSError:
                total += 1  # read as one error document
    return total


def _ignore(message: str) -> None:
    pass


def _read_sources(
    sources: list[_Source], text_column: str, id_column: str, encoding: str | None, warn: Warn
) -> Iterator[Document]:
    for source in sources:
        if source.error is not None:
            yield Document(doc_id=source.name, text="", source=source.where, error=source.error)
        elif source.kind == "jsonl":
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
    codec = encoding or bom_codec(data) or "utf-8"  # a byte-order mark says UTF-8, UTF-16 or UTF-32
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
    return Document(doc_id=source.name, text="", source=source.where, error=f"cannot read {source.where}: {reason}")


def _read_txt(source: _Source, encoding: str | None, warn: Warn) -> Document:
    assert source.path is not None
    try:
        data = source.path.read_bytes()
    except OSError as err:
        return _error_document(source, err)
    return _text_document(source.name, source.where, data, encoding, warn)


def _read_stdin(encoding: str | None, warn: Warn) -> Document:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text-only stream (some embedding environments)
        return Document(doc_id="stdin", text=sys.stdin.read(), source="<stdin>")
    return _text_document("stdin", "<stdin>", buffer.read(), encoding, warn)


def _text_document(doc_id: str, where: str, data: bytes, encoding: str | None, warn: Warn) -> Document:
    text, note = decode(data, encoding)
    binary = describe_binary(data, "" if encoding else text)
    if binary is not None:  # a PDF, an image, random bytes: not sent to the parser as megabytes of U+FFFD
        return Document(doc_id=doc_id, text="", source=where, error=binary)
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
            doc_id=source.name, text="", source=source.where, error=f"cannot extract text from HTML: {err}"
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
    return Document(doc_id=source.name, text=text, source=source.where, meta=meta)


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
            where = f"{source.where}:{number}"
            fallback_id = f"{source.name}:{number}"
            if note:
                warn(f"{where}: {note}")
            try:
                record = json.loads(line, parse_int=_parse_int)
            except json.JSONDecodeError as err:
                error = f"line {number} is not valid JSON: {err.msg} (column {err.colno})"
            except RecursionError:
                error = f"line {number} is nested too deeply to read (arrays or objects inside one another)"
            except Exception as err:  # whatever else a hostile line holds: that line fails, not the file
                error = f"line {number} cannot be read: {type(err).__name__}: {err}"
            else:
                yield _record_document(record, fallback_id, where, f"line {number}", text_column, id_column, note)
                continue
            yield Document(doc_id=fallback_id, text="", source=where, error=error)


def _parse_int(digits: str) -> int | str:
    """A JSON integer; one too long for Python to convert (over 4,300 digits) is kept as its digits."""
    try:
        return int(digits)
    except ValueError:
        return digits


def _record_document(
    record: Any, fallback_id: str, where: str, label: str, text_column: str, id_column: str, note: str | None
) -> Document:
    if not isinstance(record, dict):
        return Document(
            doc_id=fallback_id, text="", source=where, error=f"{label}: expected a JSON object, got {type(record).__name__}"
        )
    raw_id = record.get(id_column)
    doc_id = fallback_id if raw_id is None or raw_id == "" else escape_surrogates(str(raw_id))
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
    text, surrogates = without_surrogates(text)  # "\\ud800" in JSON: no character; U+FFFD keeps the offsets
    if surrogates:
        lone = f"{surrogates} lone surrogate(s) (\\ud800-\\udfff escapes, no character) replaced with U+FFFD"
        note = f"{note}; {lone}" if note else lone
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
    if text_column not in header and source.in_folder:  # a stray CSV among the articles: an error document
        warn(f"{source.where} has no text column {text_column!r} (columns {available}); it is reported as an error")
        return
    if text_column not in header:
        raise InputError(
            f"{source.where} has no text column {text_column!r}; its columns are {available}. "
            "Choose the text column with --text-column (text_column= in Python)."
        )
    if id_column not in header:
        if id_column != DEFAULT_ID_COLUMN:
            raise InputError(
                f"{source.where} has no id column {id_column!r}; its columns are {available}. "
                "Choose the id column with --id-column (id_column= in Python)."
            )
        warn(f"{source.where}: no {id_column!r} column; documents are named {source.name}:<row>")


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
            warn(f"{source.where}: empty CSV file")
            return
        if text_column not in header:  # checked by read_inputs; the file may have changed since
            yield Document(
                doc_id=source.name,
                text="",
                source=source.where,
                error=f"no text column {text_column!r} (columns: {', '.join(header)}); "
                "choose the text column with --text-column",
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
                    source=f"{source.where}:{row_number}",
                    error=f"row {row_number} is not valid CSV: {err}",
                )
                continue
            row_number += 1
            if not row:
                continue
            where = f"{source.where}:{row_number}"
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


def unique_ids(documents: Iterable[Document], warn: Warn) -> Iterator[Document]:
    """``documents`` with every doc_id made unique: a doc_id already used is qualified with the document's
    source (``001@tech/001.txt``), and ``warn`` says so. The same inputs in the same order always give the
    same ids, so that ``--resume`` recognises them."""
    first: dict[str, str] = {}
    for document in documents:
        doc_id = document.doc_id
        if doc_id in first:
            qualified = f"{doc_id}@{document.source}"
            n = 2
            while qualified in first:
                qualified, n = f"{doc_id}@{document.source}#{n}", n + 1
            warn(
                f"{document.source}: doc_id {doc_id!r} is used by more than one document (first by "
                f"{first[doc_id]}); this one is named {qualified!r}"
            )
            document.doc_id = doc_id = qualified
        first[doc_id] = document.source
        yield document
