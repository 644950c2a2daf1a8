"""Standard output and error of a command (part of the CLI adapter) on a machine whose locale is not
UTF-8: Windows gives a redirected stdout (`lkj-xl check laporan.xlsx > log.txt`) the ANSI code page,
cp1252 on Indonesian Windows, which has no "≥" or "→" that staff type and findings quote. And a
standard output that cannot be written (a full disk, a closed pipe)."""

from __future__ import annotations

import codecs
import sys
from typing import NoReturn

import click

from lkj_xl.errors import EXIT_UNREADABLE


def _is_utf(encoding: str | None) -> bool:
    try:
        return codecs.lookup(encoding or "ascii").name.startswith("utf")
    except LookupError:
        return False


def tolerate_unencodable() -> None:
    """Messages keep the stream's code page (what the admin's tools read) and write a character it
    lacks as an escape (``\\u2265``) instead of dying of UnicodeEncodeError mid-report."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not _is_utf(getattr(stream, "encoding", None)):
            reconfigure(errors="backslashreplace")


def echo_data(text: str) -> None:
    """Data for another program (JSON, CSV) on stdout: UTF-8 bytes, as ``-o FILE`` writes them,
    whatever the locale; a terminal gets text (its own encoding shows it)."""
    if sys.stdout.isatty():
        click.echo(text, nl=False)
    else:
        click.echo(text.encode("utf-8"), nl=False)


EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what the shell reports of a program a closed pipe stopped


def stdout_unwritable(exc: OSError) -> bool:
    """``exc`` came from writing to standard output (a full disk under cron's ``> log``): the
    innermost frame (click.echo, a writer of lkj_xl.cli_streams) holds the stream it wrote to. Python
    drops what failed to flush, so a second flush cannot tell."""
    import errno

    if exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG, errno.EPIPE):
        return False
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return False
    try:
        out = sys.__stdout__.fileno() if sys.__stdout__ is not None else 1
    except (OSError, ValueError):
        out = 1
    for value in tb.tb_frame.f_locals.values():
        try:
            if hasattr(value, "write") and value.fileno() == out:
                return True
        except (OSError, ValueError, AttributeError, TypeError):
            continue
    return False


def fail_on_stdout(exc: OSError) -> NoReturn:
    """Exit 2 saying so (a closed pipe: 141, quietly); stdout pointed at /dev/null first, so that
    Python's last flush of what is still buffered adds no "Exception ignored" and no exit status 120."""
    import os
    from contextlib import suppress

    with suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if isinstance(exc, BrokenPipeError):  # `| head`: the reader has all it wanted; quiet, as SIGPIPE
        sys.exit(EXIT_BROKEN_PIPE)
    with suppress(OSError):  # stderr on the same full disk: the status still says it
        click.echo(f"error: cannot write to standard output: {exc.strerror or exc}", err=True)
    sys.exit(EXIT_UNREADABLE)
