"""A progress report for long runs, on stderr."""

from __future__ import annotations

import sys
import time
from typing import IO

from ..model import DocResult

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
