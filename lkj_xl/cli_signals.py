"""Signals of a command's process (part of the CLI adapter): SIGTERM unwinds as Ctrl-C does, and
Ctrl-C raises KeyboardInterrupt (outside a command, lkj_xl.__main__.run makes it exit quietly)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

_received: list[KeyboardInterrupt] = []  # what stopped the running command (Ctrl-C, SIGTERM)
_stops: list[list[int]] = []  # serve's: the SIGTERMs noted as a clean stop instead of raised


def sigterm_is_a_stop() -> list[int]:
    """From now to the end of the running command SIGTERM is noted in the list returned, not raised:
    ``serve`` stopped by systemd while still starting (importing xlwings Server, a second or more)
    then stops cleanly, exit status 0, where Terminated's 143 marked the unit failed."""
    noted: list[int] = []
    _stops[:] = [noted]
    return noted


def noted_stop() -> list[int] | None:
    """The list of :func:`sigterm_is_a_stop` in the running command, None when not called."""
    return _stops[-1] if _stops else None


def received_interrupt() -> KeyboardInterrupt | None:
    """The Ctrl-C (or SIGTERM) the running command received, if any: a library that turned it into
    an error of its own (Python 3.11 wraps one raised in ``__set_name__`` in a RuntimeError, pydantic
    names it in a SchemaError's text) still ends the command as interrupted, not as a bug."""
    return _received[-1] if _received else None


def stop_if_interrupted(exc: BaseException) -> None:
    """Raise the Ctrl-C (or SIGTERM) the running command received, ``exc`` being what a library made
    of it: a loop over workbooks that logs an error and goes on must stop instead."""
    interrupt = received_interrupt()
    if interrupt is not None:
        raise interrupt from exc


def _stopped_by(exc: KeyboardInterrupt) -> KeyboardInterrupt:
    _received.append(exc)
    return exc


def _swallowed_in(frame: FrameType | None) -> bool:
    """True when an exception raised in ``frame`` would be printed as "Exception ignored in" and
    dropped: a finalizer (``__del__``) or importlib's weakref callback of a module lock running in it
    or below it. Ctrl-C landing there printed a traceback and the command went on to the end."""
    while frame is not None:
        code = frame.f_code
        if code.co_name == "__del__" or (
            code.co_name == "cb" and code.co_filename.startswith("<frozen importlib")
        ):
            return True
        frame = frame.f_back
    return False


class Terminated(KeyboardInterrupt):
    """SIGTERM (systemd stopping a service, kill, timeout): unwound as Ctrl-C is, so LibreOffice and
    its children are killed and temporary files removed, then exit status 143."""


@contextmanager
def signals_unwind() -> Iterator[None]:
    """While a command runs in this process (main thread only), Ctrl-C raises KeyboardInterrupt and
    SIGTERM raises Terminated, which remove temporary files and kill LibreOffice on their way out.
    A process forked from it (a rekap worker) dies of SIGTERM as by default. ``serve``'s uvicorn
    installs its own. After it, the handlers from before (lkj_xl.__main__.run's quiet exit)."""
    import os
    import signal  # (here: building its enums costs every lkj-xl call, --help too, milliseconds)
    import threading

    _received.clear()
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    owner = os.getpid()

    def _again(signum: int) -> None:
        # The signal sent again from another thread, so that the handler runs in the main thread once
        # out of the finalizer (os.kill or signal.raise_signal here would run it at once, inside it)
        timer = threading.Timer(0.002, os.kill, (owner, signum))
        timer.daemon = True
        timer.start()

    def on_sigint(signum, frame) -> None:
        if _swallowed_in(frame):
            _again(signum)
            return
        raise _stopped_by(KeyboardInterrupt())

    def on_sigterm(signum, frame) -> None:
        if os.getpid() != owner:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        if _stops:
            _stops[-1].append(signum)
            return
        if _swallowed_in(frame):
            _again(signum)
            return
        raise _stopped_by(Terminated())

    previous = {
        signal.SIGINT: signal.signal(signal.SIGINT, on_sigint),
        signal.SIGTERM: signal.signal(signal.SIGTERM, on_sigterm),
    }
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _received.clear()  # the stopped command's: no later error in this process is taken for it
        _stops.clear()
