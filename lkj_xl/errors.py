"""One exception tree for every expected failure, each carrying the CLI's exit status.

A bug is anything else: the CLI reports it in one line with exit status 4. Pure: standard library only,
so the core may raise these too.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1  # check / build --strict / run: the workbook has galat
EXIT_UNREADABLE = 2  # the file cannot be read or written, or bad usage
EXIT_DELIVERY = 3  # PDF or e-mail failed (LibreOffice missing or timed out, SMTP refused)
EXIT_INTERNAL = 4  # a bug in lkj-xl: one line, the traceback only with LKJ_XL_DEBUG=1
EXIT_INTERRUPTED = 130  # Ctrl-C (SIGINT), any command: 128 + 2 as a shell reports a process it stopped
EXIT_TERMINATED = 143  # SIGTERM (systemd stop, kill, timeout): 128 + 15, after the same clean-up as Ctrl-C


class LkjError(Exception):
    """An expected failure with a message for the user (English for files and options)."""

    exit_code = EXIT_UNREADABLE

    def at(self, where: object) -> LkjError:
        """The same error (same class, same exit status), its message prefixed with where it
        happened: "laporan.xlsx: sheet Kinerja ..."."""
        err = type(self).__new__(type(self))
        Exception.__init__(err, f"{where}: {self}")
        err.__dict__.update(self.__dict__)
        return err


class FileError(LkjError):
    """The file cannot be read, written or trusted: missing, corrupt, encrypted, a zip bomb, busy,
    read-only, or holding a sheet of the user's under an output sheet's name."""


class ContentError(LkjError):
    """The workbook is not an lkj-xl workbook: a missing input sheet or header."""


class UsageError(LkjError, ValueError):
    """A bad option, address or configuration (a ValueError too, for callers that expect one)."""


class DeliveryError(LkjError):
    """The PDF or the e-mail could not be delivered."""

    exit_code = EXIT_DELIVERY
