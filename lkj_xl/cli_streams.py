"""Standard output and error of a command (part of the CLI adapter) on a machine whose locale is not
UTF-8: Windows gives a redirected stdout (`lkj-xl check laporan.xlsx > log.txt`) the ANSI code page,
cp1252 on Indonesian Windows, which has no "≥" or "→" that staff type and findings quote."""

from __future__ import annotations

import codecs
import sys

import click


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
