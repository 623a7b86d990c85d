"""Which files the inputs name: glob patterns expanded, folders searched (symbolic links to folders
followed, loops and unreadable folders warned about), and what cannot be read as a file refused.

Every file that could hold articles becomes a `_Source`; one that cannot be read (a pipe, a device) is a
`_Source` with ``error`` set, so that it is reported as a document with status ``error`` rather than
read (a pipe without a writer would wait forever, ``/dev/zero`` never ends).
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..sniff import escape_surrogates
from .formats import STDIN, InputError

#: A callback that receives a one-line warning (a skipped file, a file that is not valid UTF-8...).
Warn = Callable[[str], None]

#: File kinds a directory is searched for, by extension.
INPUT_SUFFIXES: dict[str, str] = {".txt": "txt", ".jsonl": "jsonl", ".csv": "csv", ".html": "html", ".htm": "html"}
_KINDS = ".txt, .jsonl, .csv, .html or .htm"
#: What `stat` calls the files that are not regular files.
_SPECIAL = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
            (stat.S_ISSOCK, "a socket"))  # fmt: skip


@dataclass(frozen=True)
class _Source:
    path: Path | None  # None: standard input
    name: str  # the doc_id (txt, html) or its prefix (jsonl, csv)
    kind: str  # "txt", "jsonl", "csv", "html" or "stdin"
    in_folder: bool = False  # found by searching a folder, rather than named
    error: str | None = None  # why it is not read (a pipe, a device)

    @property
    def where(self) -> str:
        """The path as written in outputs and messages (bytes that are not UTF-8 as escapes)."""
        return "<stdin>" if self.path is None else escape_surrogates(str(self.path), file_name=True)


def expand_paths(paths: Iterable[str]) -> list[str]:
    """The input paths with glob patterns expanded (``"archive/2024-*/*.html"``, ``"**"`` recursive), in order.

    A path that does not exist and is no pattern is kept: reading it gives an error document.

    Raises:
        InputError: a pattern matches nothing (as a folder without articles does: nothing to read).
    """
    expanded: list[str] = []
    for path in paths:
        if path != STDIN and not os.path.lexists(path) and glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                raise InputError(f"no file matches the pattern {path!r}: nothing to read")
            expanded.extend(matches)
        else:
            expanded.append(path)
    return expanded


def expand_sources(path: str, warn: Warn) -> Iterator[_Source]:
    """The sources one input path names: itself, or the article files of a folder.

    Raises:
        InputError: ``path`` is a folder without article files (as a pattern that matches nothing).
    """
    if path == STDIN:
        yield _Source(None, "stdin", "stdin")
        return
    root = Path(path)
    if not root.is_dir():
        yield _named_file(root, path, warn)
        return
    found = 0
    for source in _search(root, path, warn):
        found += 1
        yield source
    if not found:
        raise InputError(f"{path}: no {_KINDS} files in this directory: nothing to read")


def _named_file(root: Path, path: str, warn: Warn) -> _Source:
    name = escape_surrogates(root.stem, file_name=True)
    kind = INPUT_SUFFIXES.get(root.suffix.lower())
    special = _special_kind(root)
    if special is not None:
        error = f"{path} is not a regular file ({special}): pipe it to standard input instead (quotes extract - < FILE)"
        return _Source(root, name, kind or "txt", error=error)
    if kind is None:
        kind = "txt"
        if root.exists():
            warn(f"{path}: not a {_KINDS} file; reading it as plain text")
    return _Source(root, name, kind)


def _special_kind(path: Path) -> str | None:
    """What ``path`` is if it exists and is not a regular file or a folder (a pipe, a device), else None."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    for test, name in _SPECIAL:
        if test(mode):
            return name
    return None


def _search(root: Path, path: str, warn: Warn) -> Iterator[_Source]:
    """The article files under ``root``, in sorted order; symbolic links to folders are followed once."""
    skipped: list[str] = []
    files: list[Path] = []
    seen = {os.path.realpath(root)}

    def unreadable(err: OSError) -> None:
        warn(f"{path}: cannot read the folder {err.filename}: {err.strerror}; its files are skipped")

    for folder, folders, names in os.walk(root, onerror=unreadable, followlinks=True):
        kept = []
        for name in sorted(folders):
            child = os.path.join(folder, name)
            if name.startswith("."):
                continue
            real = os.path.realpath(child)
            if real in seen:  # a link back to a folder already searched: a loop, or the same files twice
                warn(f"{path}: skipped {Path(child).relative_to(root).as_posix()}, a link to a folder that is already read")
                continue
            seen.add(real)
            kept.append(name)
        folders[:] = kept
        for name in names:
            if not name.startswith("."):
                files.append(Path(folder, name))
    for file in sorted(files):
        relative = file.relative_to(root)
        kind = INPUT_SUFFIXES.get(file.suffix.lower())
        # A broken symbolic link to an article is a document that cannot be read (reported as an error);
        # a pipe, socket or device is not a document at all (and reading a pipe could block forever).
        if kind is None or not (file.is_file() or file.is_symlink()):
            skipped.append(relative.as_posix())
            continue
        yield _Source(file, escape_surrogates(relative.with_suffix("").as_posix(), file_name=True), kind, in_folder=True)
    if skipped:
        shown = ", ".join(escape_surrogates(s, file_name=True) for s in skipped[:5])
        shown += f" and {len(skipped) - 5} more" if len(skipped) > 5 else ""
        warn(f"{path}: skipped {len(skipped)} file(s) that are not {_KINDS}: {shown}")
