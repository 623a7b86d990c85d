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
    """Prefix a string that a spreadsheet would run as a formula with ``'``; anything else as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


#: The columns of the per-document summary (``--docs-out``), in order.
DOC_COLUMNS: tuple[str, ...] = ("doc_id", "source", "status", "message", "n_quotes", "n_chars")
