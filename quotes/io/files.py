"""Writing files safely: CSV lines that any reader splits right, text streams opened or passed through,
atomic replacement, and reading back the complete CSV records of a file cut short."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pandas as pd


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



class _open_text:
    """Open a path for writing (or appending) text, or pass an open stream through (without closing it)."""

    def __init__(self, out: str | os.PathLike[str] | IO[Any], append: bool = False) -> None:
        self.out = out
        self.mode = "a" if append else "w"
        self.fh: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if isinstance(self.out, (str, os.PathLike)):
            # A lone surrogate (from a JSON escape) is written as the escape it was: \ud800.
            self.fh = open(self.out, self.mode, encoding="utf-8", errors="backslashreplace", newline="")
            return self.fh
        return self.out  # type: ignore[return-value]

    def __exit__(self, *exc: object) -> None:
        if self.fh is not None:
            self.fh.close()
        else:
            self.out.flush()  # type: ignore[union-attr]


class _naming:
    """Give an OSError raised while writing (a full disk) the name of the file it was writing."""

    def __init__(self, out: str | os.PathLike[str] | IO[Any] | None) -> None:
        self.name = os.fspath(out) if isinstance(out, (str, os.PathLike)) else None

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None, tb: object) -> None:
        if isinstance(err, OSError) and err.filename is None and self.name is not None:
            err.filename = self.name


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


def _replace_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write ``path`` through a temporary file beside it, renamed over it only once complete."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)



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


def _truncate(path: Path, size: int) -> None:
    with path.open("r+b") as fh:
        fh.truncate(size)
