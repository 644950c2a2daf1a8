"""Ctrl-C landing while a finalizer runs (a ``__del__``, importlib's weakref callback of a module lock,
which the CLI meets while importing): Python prints an exception raised there as "Exception ignored in"
with its traceback and drops it. The full suite caught it once in test_newuser4's Ctrl-C sweep: `check`
printed a traceback of ``cli_signals.on_sigint`` and then went on to `0 galat, 1 peringatan`, exit 0,
as if Ctrl-C had not been pressed. The handler now raises again once out of the finalizer."""

from __future__ import annotations

import os
import signal
import time

import pytest

from lkj_xl.cli_signals import received_interrupt, signals_unwind


class _SignalledWhileFinalized:
    """Sends this process SIGINT from its finalizer and lets the handler run there."""

    ran_to_end = False

    def __del__(self) -> None:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)  # (the handler runs at the next bytecode; a sleep is interrupted by it)
        for _ in range(1000):  # bytecodes inside the finalizer, where the handler first runs
            pass
        _SignalledWhileFinalized.ran_to_end = True


def test_ctrl_c_in_a_finalizer_stops_the_command_after_it(capfd):
    after_finalizer = []
    with pytest.raises(KeyboardInterrupt), signals_unwind():
        obj = _SignalledWhileFinalized()
        del obj  # the finalizer runs here, the SIGINT arrives inside it
        until = time.monotonic() + 2  # the command goes on: the interrupt must stop it here
        while time.monotonic() < until:
            after_finalizer.append(1)
        after_finalizer.append("finished")  # never reached: that was the defect
    assert _SignalledWhileFinalized.ran_to_end  # the finalizer itself was not broken off
    assert "finished" not in after_finalizer
    assert "Exception ignored" not in capfd.readouterr().err


def test_ctrl_c_outside_a_finalizer_still_stops_at_once():
    with pytest.raises(KeyboardInterrupt), signals_unwind():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(5)  # interrupted by the handler's KeyboardInterrupt
    assert received_interrupt() is None  # (cleared when the command's block ends)
