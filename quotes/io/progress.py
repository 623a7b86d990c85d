"""Progress of a long run on stderr, drawn with tqdm: documents done (of how many, when known), documents
per second, quotes found and the time left.

On a terminal tqdm redraws one bar in place; elsewhere (a log file, a CI job) a plain line is written
every `PROGRESS_LOG_SECONDS`, which reads well in a log. Never writes to stdout, so the data there stays
clean.
"""

from __future__ import annotations

import sys
import time
from typing import IO

from tqdm import tqdm

from ..model import DocResult

#: Seconds between two redraws of the bar on a terminal, and between two progress lines in a log.
PROGRESS_SECONDS = 0.5
PROGRESS_LOG_SECONDS = 10.0


class Progress:
    """Counts finished documents and their quotes, and shows how far the run is.

    Args:
        stream: where to write (default: stderr).
        total: the number of documents to do, when it is known (see `count_documents`); with it the
            report gives the share done and the time left.
    """

    def __init__(self, stream: IO[str] | None = None, total: int | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.tty = bool(isatty and isatty())
        self.total = total
        self.start = self.last = time.monotonic()
        self._wall_start = time.time()  # tqdm's clock
        self.documents = 0
        self.quotes = 0
        self._bar: tqdm | None = None

    def update(self, result: DocResult) -> None:
        """Count one finished document; report if it is time to."""
        self.documents += 1
        self.quotes += len(result.quotes)
        if self.tty:
            bar = self._bar if self._bar is not None else self._open_bar()
            bar.set_postfix_str(f"{self.quotes:,} quote{'s' * (self.quotes != 1)}", refresh=False)
            bar.update(1)
            return
        now = time.monotonic()
        if now - self.last >= PROGRESS_LOG_SECONDS:
            self.last = now
            self.stream.write(str(self) + "\n")
            self.stream.flush()

    def skip(self, n: int = 1) -> None:
        """Take ``n`` documents out of the total: they will not be done (``--resume`` found them done)."""
        if self.total is not None:
            self.total = max(self.total - n, self.documents)
            if self._bar is not None:
                self._bar.total = self.total
                self._bar.refresh()

    def __str__(self) -> str:
        """The plain progress line: ``quotes: 120/2,225 documents (5%), 873 quotes, 4.1 documents/s, 08:34 left``."""
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = self.documents / elapsed
        if self.total is None:
            done = f"{self.documents:,} document{'s' * (self.documents != 1)}"
        else:
            share = self.documents / self.total if self.total else 1.0
            done = f"{self.documents:,}/{self.total:,} documents ({share:.0%})"
        line = f"quotes: {done}, {self.quotes:,} quote{'s' * (self.quotes != 1)}, {rate:,.1f} documents/s"
        if self.total is not None and rate > 0:
            line += f", {tqdm.format_interval(max(self.total - self.documents, 0) / rate)} left"
        return line

    def clear(self) -> None:
        """Take the bar off the terminal for a moment, so that a warning gets a line of its own; the next
        update draws it again."""
        if self._bar is not None:
            self._bar.clear()

    def close(self) -> None:
        """End the bar, so that what follows starts on a line of its own."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def _open_bar(self) -> tqdm:
        bar = tqdm(
            total=self.total,
            initial=self.documents - 1,  # what was counted before a `close()` is not counted again
            file=self.stream,
            desc="quotes",
            unit=" documents",
            mininterval=PROGRESS_SECONDS,
            smoothing=0,  # the rate (and the time left) over the whole run, not over the last batch
            dynamic_ncols=True,
            leave=True,
        )
        # The bar appears with the first document done, but the run started earlier (loading the pipeline,
        # parsing the first batch): time it from then, over every document.
        bar.start_t, bar.initial = self._wall_start, 0
        self._bar = bar
        return bar
