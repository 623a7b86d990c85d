"""Worker processes that never outlive the run that started them.

A worker left behind after its parent is killed (``kill -9``, an out-of-memory kill, SIGTERM) keeps the
output file and the parent's stderr pipe open: a caller waiting for the pipe to close waits forever. A
worker therefore (1) asks the kernel to kill it when its parent dies (Linux), (2) watches its parent
itself elsewhere, and (3) leaves SIGINT and SIGTERM to the parent, which stops the workers at once when it
is interrupted instead of waiting for their batches to finish.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor

#: How often (seconds) a worker checks that its parent is alive, where the kernel cannot tell it.
PARENT_CHECK_SECONDS = 0.5
_PR_SET_PDEATHSIG = 1


def guard_worker() -> None:
    """Call first in a worker process: it dies with its parent, and ignores the signals its parent handles."""
    parent = os.getppid()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited through fork
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent stops us
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="quotes-parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    event = threading.Event()
    while not event.wait(PARENT_CHECK_SECONDS):
        if os.getppid() != parent:
            os._exit(1)


def stop_workers(executor: ProcessPoolExecutor) -> None:
    """Stop ``executor``'s workers now, without waiting for the batches they are working on."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
