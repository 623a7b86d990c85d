"""Checks on where a run will write, made before anything is read or any model is loaded.

A run that cannot write its output should say so at once, in one line naming the path and the fix, not
after minutes of parsing; and an output must never overwrite an input, share a file with another output,
or sit where the next run would read it as an article.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from .extract import QuotesError

#: File extensions a directory is searched for (see `quotes.io.read_inputs`): an output with one of these
#: inside an input directory would be read back as articles by the next run.
READ_SUFFIXES = (".txt", ".jsonl", ".csv", ".html", ".htm")
#: The path that means standard input / output.
STREAM = "-"


class OutputPathError(QuotesError):
    """An output path that cannot or must not be written; the message names the path and the fix."""


def check_output_paths(
    outputs: Sequence[tuple[str, str | None]], inputs: Iterable[str] = (), *, probe: bool = True
) -> None:
    """Check the output paths of a run before it starts.

    Args:
        outputs: ``(label, path)`` pairs, e.g. ``("-o", "quotes.csv")``; a path of None or ``-`` (a stream)
            is not checked.
        inputs: the input paths (files and directories, globs already expanded).
        probe: also open each output for appending (and remove it again if it did not exist), which finds
            a read-only location or a full quota that permission bits do not show.

    Raises:
        OutputPathError: a directory that does not exist, a location that cannot be written, an output
            that is also an input, two outputs on one file, or an output inside an input directory with an
            extension that the next run would read.
    """
    named = [(label, path) for label, path in outputs if path is not None and path != STREAM]
    real_inputs = [(path, os.path.realpath(path)) for path in inputs if path != STREAM and os.path.exists(path)]
    seen: dict[str, str] = {}
    for label, path in named:
        real = os.path.realpath(path)
        if real in seen:
            raise OutputPathError(
                f"{label} {path} is also the {seen[real]} file: the two would be written into one; give each its own file"
            )
        seen[real] = label
        for given, real_input in real_inputs:
            if real == real_input:
                raise OutputPathError(
                    f"{label} {path} is also an input: writing it would destroy the articles; choose another file"
                )
            if os.path.isdir(real_input) and _inside(real, real_input) and _would_be_read(real, real_input):
                raise OutputPathError(
                    f"{label} {path} is inside the input directory {given}: the next run would read it as articles; "
                    "write it outside that directory"
                )
        _check_writable(label, path, probe)


def _inside(path: str, directory: str) -> bool:
    return os.path.commonpath([path, directory]) == directory and path != directory


def _would_be_read(path: str, directory: str) -> bool:
    relative = Path(os.path.relpath(path, directory))
    hidden = any(part.startswith(".") for part in relative.parts)
    return not hidden and relative.suffix.lower() in READ_SUFFIXES


def _check_writable(label: str, path: str, probe: bool) -> None:
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise OutputPathError(
            f"cannot write {label} {path}: the directory {os.path.dirname(path) or parent} does not exist; "
            "create it first, or choose another path"
        )
    if os.path.isdir(path):
        raise OutputPathError(f"cannot write {label} {path}: it is a directory; name a file")
    exists = os.path.exists(path)
    if exists and not os.path.isfile(path):  # a device or a pipe (/dev/null, a process substitution)
        if not os.access(path, os.W_OK):
            raise OutputPathError(f"cannot write {label} {path}: permission denied; choose another path")
        return
    if not probe:
        if not os.access(path if exists else parent, os.W_OK):
            raise OutputPathError(f"cannot write {label} {path}: permission denied; choose a writable location")
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
    except OSError as err:
        raise OutputPathError(f"cannot write {label} {path}: {_reason(err)}; choose a writable location") from None
    os.close(fd)
    if not exists:
        os.unlink(path)


def _reason(err: OSError) -> str:
    if err.errno == errno.EROFS:
        return "the file system is read-only"
    return err.strerror or str(err)


def write_error_message(err: OSError, path: str, *, resumable: bool) -> str:
    """One line for an OSError met while writing ``path``: what failed, why, and how to carry on."""
    where = "standard output" if path == STREAM else path
    fix = "; rerun with --resume to carry on" if resumable else ""
    return f"cannot write {where}: {_reason(err)}{fix}"
