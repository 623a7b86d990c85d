"""What readers and writers agree on: the formats, standard input, the errors, spreadsheet escaping and the
columns of the per-document summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..extract import QuotesError

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
    """Prefix a string that a spreadsheet would run as a formula with ``'``; anything else as it is.

    A string that would read back as an escaped one (``'=x``) is prefixed too (``''=x``), so that
    `unescape_formula` gives back every value exactly: ``=x`` and ``'=x`` stay two values.
    """
    if isinstance(value, str) and _needs_escape(value):
        return "'" + value
    return value


def unescape_formula(value: str) -> str:
    """The value `escape_formula` was given, from what it wrote."""
    if value.startswith("'") and _needs_escape(value[1:]):
        return value[1:]
    return value


def _needs_escape(value: str) -> bool:
    stripped = value.lstrip("'")
    return stripped.startswith(FORMULA_PREFIXES)


#: The columns of the per-document summary (``--docs-out``), in order.
DOC_COLUMNS: tuple[str, ...] = ("doc_id", "source", "status", "message", "n_quotes", "n_chars")
