"""Guards the commands put around a run: closed standard streams and unusable output paths refused before
the model loads (exit 2, one line), stdout after a failed write, and SIGTERM taken as Ctrl-C."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from .io import STDIN
from .outputs import OutputPathError, check_output_paths


class PathUsageError(click.ClickException):
    """A usage error about a path, shown as one line (``Error: ...``) with exit code 2."""

    exit_code = 2


def check_streams(inputs: tuple[str, ...], output: str | None) -> None:
    """Standard input / output closed by the caller (``<&-``, ``>&-``): say so instead of failing later."""
    if STDIN in inputs and sys.stdin is None:
        raise PathUsageError("standard input is closed: pass the articles as files, or pipe text to -")
    if output == STDIN and sys.stdout is None:
        raise PathUsageError("standard output is closed: pass -o FILE to write the output to a file")


def check_outputs(inputs: tuple[str, ...], outputs: list[tuple[str, str | None]], *, probe: bool = True) -> None:
    try:
        check_output_paths(outputs, inputs, probe=probe)
    except OutputPathError as err:
        raise PathUsageError(str(err)) from None


def stdout_to_devnull() -> None:
    """After a failed write to stdout: point it at /dev/null so that the flush at exit does not fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (``kill``, a job scheduler's timeout) ends the run as Ctrl-C does: what is written stays
    whole, ``Aborted!``, exit 1, and ``--resume`` carries on."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (an embedding application): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
