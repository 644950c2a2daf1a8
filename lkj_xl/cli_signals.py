"""Signals of a command's process (part of the CLI adapter): SIGTERM unwinds as Ctrl-C does, and
Ctrl-C raises KeyboardInterrupt (outside a command, lkj_xl.__main__.run makes it exit quietly)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def interrupt_unwinds() -> Iterator[None]:
    """While a command runs, Ctrl-C raises KeyboardInterrupt, which removes temporary files and kills
    LibreOffice on its way out; after it, the handler from before (lkj_xl.__main__.run's quiet exit)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class Terminated(KeyboardInterrupt):
    """SIGTERM (systemd stopping a service, kill, timeout): unwound as Ctrl-C is, so LibreOffice and
    its children are killed and temporary files removed, then exit status 143."""


@contextmanager
def sigterm_unwinds() -> Iterator[None]:
    """While a command runs in this process, SIGTERM raises Terminated (main thread only). A process
    forked from it (a rekap worker) dies of it as by default. ``serve``'s uvicorn installs its own."""
    import os
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    owner = os.getpid()

    def on_sigterm(signum, frame) -> None:
        if os.getpid() != owner:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise Terminated

    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
