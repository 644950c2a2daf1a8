"""Writing the user's workbook safely: never half-written, never two builds at once.

* :func:`atomic_write` writes a temporary file beside the target, flushes and fsyncs it, gives it the
  original's permission bits, and renames it over the target (``os.replace``, atomic on POSIX and on
  Windows/NTFS), then fsyncs the folder. A build killed at any moment leaves the old file or the new one,
  never a mix; the only trace is a hidden temporary file that :func:`cleanup_stale_temps` removes.
* :func:`workbook_lock` is an advisory lock on a hidden sidecar file, so two builds of the same
  workbook do not interleave (the second waits, then fails with :class:`FileBusyError`).
* :func:`check_writable` refuses, before any work, a workbook that Excel has open (its ``~$`` owner
  file) or that is read-only.

Messages are in English, like any Unix tool's: they are about files, and are read by IT admins. The CLI
shows them after the file's path (``error: /path/laporan.xlsx: <message>``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from lkj_xl.errors import FileError, UsageError
from lkj_xl.xlsx.owner_files import (  # noqa: F401 (the names safe_io has always given)
    WORD_SUFFIXES,
    excel_owner_files,
    is_lock_file,
    same_owner_documents,
    word_owner_files,
)
from lkj_xl.xlsx.unwritable import others_file

TEMP_SUFFIX = ".lkj-tmp"
LOCK_SUFFIX = ".lkj-lock"


class FileBusyError(FileError):
    """The workbook is in use (open in Excel, or being built by another lkj-xl run)."""


def _temp_name(target: Path) -> str:
    return f".{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"


def _temp_pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"\." + re.escape(name) + r"\.[0-9a-f]{12}" + re.escape(TEMP_SUFFIX))


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (e.g. network shares) refuse fsync on directories
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace the file at ``path`` with ``data`` atomically (old or new content, never a mix).

    The temporary file (``.<name>.<random>.lkj-tmp``) lives in the same folder, so the final rename
    stays on one file system. If ``path`` exists its permission bits (and, where allowed, owner) are
    copied; a symlink is followed, so the link stays and its target is replaced. On any failure the
    temporary file is removed and the original is untouched.
    """
    target, tmp = _staged(path, data)
    try:
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def file_identity(path: Path) -> tuple[int, int, int, int]:
    """What tells whether the file at ``path`` was replaced or rewritten since: device, inode, size,
    modification time (ns). Compared before reading a workbook and before renaming its build over
    it, so an upload landing meanwhile is not overwritten by the build of the file it replaced."""
    st = os.stat(path)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def write_file(path: Path, data: bytes) -> None:
    """:func:`atomic_write`, a failure (disk full, read-only folder, a folder that does not exist, the
    file open in an Office program or read-only: :func:`refuse_unwritable`) said as a
    :class:`FileError` naming the file (exit status 2), for the files a command writes besides the
    workbook: a PDF, a Word document, an .eml, an export."""
    path = Path(path)
    refuse_workbook(path)
    refuse_unwritable(path)  # a mistyped folder is not made, an open or read-only file not replaced
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise FileError(f"cannot write {path}: {exc.strerror or exc}") from exc


def write_workbook(path: Path, data: bytes) -> None:
    """A whole workbook written where a user may have one (``lkj-xl new --force``), with a build's
    guarantees: refused when open in Excel, read-only or in a folder that does not exist (as
    :func:`check_writable`), under :func:`workbook_lock`, replaced atomically; a failure is a
    :class:`FileError` naming the file (exit status 2), the earlier file left as it was."""
    path = Path(path)
    try:
        check_writable(path)
        with workbook_lock(path):
            cleanup_stale_temps(path.parent, path.name)
            atomic_write(path, data)
    except FileBusyError as exc:
        raise exc.at(path) from exc
    except OSError as exc:
        raise FileError(f"cannot write {path}: {exc.strerror or exc}") from exc


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
# names that say which program opens a file: an output named as another kind opens nowhere
_KNOWN_SUFFIXES = {*WORKBOOK_SUFFIXES, ".xls", ".xlsb", ".ods", ".csv", ".json", ".parquet", ".pdf", ".docx", ".doc", ".odt", ".eml"}  # fmt: skip


def refuse_misnamed_output(path: Path, command: str, kind: str, suffixes: tuple[str, ...], *, any_other: bool = True) -> None:  # fmt: skip
    """A :class:`FileError` when ``command`` would write ``kind`` under a name of another kind of file
    (``build -o hasil.pdf`` meaning the PDF, ``laporan -o LKjIP.pdf``, ``export -o hasil.xlsx``): a
    PDF viewer, Word or Excel then fails on it. ``any_other`` false refuses only the names of known
    other kinds (an export named ``hasil.txt`` or without extension is fine)."""
    path = Path(path)
    if suffixes != WORKBOOK_SUFFIXES:
        refuse_workbook(path)  # an existing workbook is said as such first
    suffix = path.suffix.lower()
    if suffix in suffixes or (not any_other and suffix not in _KNOWN_SUFFIXES):
        return
    hint = "; to print the report as PDF use lkj-xl pdf" if suffix == ".pdf" and command == "build" else ""
    want = " or ".join(suffixes)
    why = f"so its name must end in {want}" if any_other else f"not a {suffix} file; name it {want}"
    raise FileError(f"cannot write {path}: {command} writes {kind}, {why}{hint}")


def refuse_output(path: Path, command: str, kind: str, suffixes: tuple[str, ...], *, any_other: bool = True) -> None:  # fmt: skip
    """The checks of a file a command writes where the user said, made before any work (reading the
    workbook, tens of seconds of LibreOffice): :func:`refuse_misnamed_output`, then
    :func:`refuse_missing_folder`. The library's entry points call it, so the CLI and a script agree."""
    refuse_misnamed_output(path, command, kind, suffixes, any_other=any_other)
    refuse_unwritable(path)


def refuse_unwritable(path: Path) -> None:
    """A :class:`FileError` when the file at ``path`` cannot be replaced as the user would want: its
    folder is missing (:func:`refuse_missing_folder`) or not writable, an Office program has it open (its owner file
    beside it: a Word draft staff are editing, a CSV open in Excel; a :class:`FileBusyError`), or it
    is read-only (archived on purpose; decided by the mode bits, so also for root), as
    :func:`check_writable` refuses such a workbook."""
    path = Path(path)
    refuse_missing_folder(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK | os.X_OK):  # else "Permission denied" after all the work
        raise FileError(
            f"cannot write {path}: Folder '{folder}' is not writable; choose another folder, or get "
            "the right to write there."
        )
    owners = excel_owner_files(path)
    if owners:
        raise FileBusyError(
            f"cannot write {path}: it is open in Word, Excel or LibreOffice (its lock file "
            f"'{owners[0].name}' exists). Close it there, then run again. If it is already closed, "
            f"delete '{owners[0].name}' from the same folder."
        )
    for owner in word_owner_files(path):  # Word's shortened name: maybe another document's
        others = same_owner_documents(owner, path)
        also = f"; Word gives that name to {', '.join(others)} too" if others else ""
        raise FileBusyError(
            f"cannot write {path}: it may be open in Word (its lock file '{owner.name}' exists{also}). "
            f"Close it there, then run again. If no such document is open in Word, delete '{owner.name}' "
            "from the same folder."
        )
    if path.is_file() and _read_only(path):
        others = others_file(path)
        why = (
            f"{others},"
            if others
            else "it is read-only, so it was not replaced. Remove its read-only attribute,"
        )
        raise FileError(f"cannot write {path}: {why} or write to another file.")


def _read_only(path: Path) -> bool:
    """No write bit at all (root too would otherwise replace it), or not writable by this user."""
    mode = path.stat().st_mode
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)


def refuse_non_workbook_name(path: Path, command: str, like: Path | None = None) -> None:
    """:func:`refuse_misnamed_output` for a workbook (``new laporan.csv``); with ``like``, the workbook
    it is built from, also an .xlsx named .xlsm or the reverse: Excel opens a workbook with macros
    only as .xlsm and one without only as .xlsx ("the file format or file extension is not valid")."""
    refuse_misnamed_output(path, command, "an Excel workbook", WORKBOOK_SUFFIXES)
    want = Path(like).suffix.lower() if like is not None else ""
    if want in WORKBOOK_SUFFIXES and Path(path).suffix.lower() != want:
        macros = "with macros" if want == ".xlsm" else "without macros"
        raise FileError(
            f"cannot write {path}: {like} is a workbook {macros}, which Excel opens only when it is named "
            f"{want}; name the output {want}"
        )


def refuse_workbook(path: Path) -> None:
    """A :class:`FileError` when ``path`` is an Excel workbook, for a command whose output is not one
    (``pdf laporan.xlsx -o laporan.xlsx``: the .pdf was meant). Called by :func:`write_file` and,
    before LibreOffice converts for tens of seconds, by the PDF commands."""
    if _is_workbook(Path(path)):
        raise FileError(
            f"cannot write {path}: it is an Excel workbook, and this command's output is not one, so it "
            "never replaces a workbook; choose another name"
        )


def _is_workbook(path: Path) -> bool:
    """An Excel package (``xl/workbook.xml`` in a zip: .xlsx, .xlsm, whatever its name) is at ``path``."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            zf.getinfo("xl/workbook.xml")
        return True
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


def refuse_missing_folder(path: Path) -> None:
    """A :class:`FileError` when the folder ``path`` goes in is missing (or a file): a command writing a
    file the user named says so, as a build does, rather than making a mistyped folder."""
    folder = Path(path).parent
    if not folder.is_dir():
        raise FileError(f"cannot write {path}: {not_a_folder(folder)}")


def not_a_folder(folder: Path) -> OSError:
    """Why ``folder`` cannot be written into: a file in its place (or above it), or it is missing."""
    for level in (folder, *folder.parents):
        if level.exists():
            if not level.is_dir():
                return NotADirectoryError(f"'{level}' is a file, not a folder; choose another folder.")
            break
    return FileNotFoundError(f"Folder '{folder}' does not exist. Create it first, or choose another folder.")


def _staged(path: Path, data: bytes) -> tuple[Path, Path]:
    """``data`` written and fsynced to a temporary file beside ``path`` (its permission bits and
    owner copied): (the file to replace, the temporary file). Nothing is left on failure."""
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise IsADirectoryError(f"'{target}' is not a regular file, so it was not overwritten.")
    tmp = target.parent / _temp_name(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(tmp, flags, 0o666)  # a new file gets the usual mode (umask applies)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if st is not None:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
            if hasattr(os, "chown") and (st.st_uid, st.st_gid) != _owner(tmp):
                with contextlib.suppress(OSError):
                    os.chown(tmp, st.st_uid, st.st_gid)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target, tmp


class MixedSetError(FileError):
    """Some files of a set were replaced and the others not (see :func:`replace_together`)."""


def replace_together(files: Sequence[tuple[Path, bytes]], manifest: tuple[Path, bytes]) -> None:
    """Replace the ``files`` of one folder as one set, then write ``manifest`` (the file that says
    the set is whole: what it lists, the folder holds).

    Every new content is written to a temporary file beside its target first; a failure or an
    interrupt while they are written (a full disk, Ctrl-C) leaves every earlier file and the earlier
    manifest as they were, and no temporary file. Only then are the earlier manifest removed and the
    files renamed over their targets, with Ctrl-C held back until the new manifest is written. A
    rename that fails (the folder gone read-only) raises :class:`MixedSetError` saying which files
    are new; the folder then has no manifest, so the mix is never taken for a set.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in files:
            staged.append(_staged(path, data))
        with interrupts_held():
            Path(manifest[0]).unlink(missing_ok=True)
            for done, (target, tmp) in enumerate(staged):
                try:
                    os.replace(tmp, target)
                except OSError as exc:
                    raise _mixed(staged, done, manifest[0], exc) from exc
            try:
                atomic_write(*manifest)
            except OSError as exc:
                raise FileError(
                    f"cannot write {manifest[0]}: {exc.strerror or exc}. All {len(staged)} files were "
                    f"replaced, but without {Path(manifest[0]).name} the set cannot be told whole. Write it again."
                ) from exc
    finally:
        for _, tmp in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)  # only those not renamed are still there


def _mixed(staged: Sequence[tuple[Path, Path]], done: int, manifest: Path, exc: OSError) -> MixedSetError:
    new = ", ".join(target.name for target, _ in staged[:done]) or "none"
    return MixedSetError(
        f"cannot write {manifest.parent}: {exc.strerror or exc}. Only {done} of {len(staged)} files were "
        f"replaced ({new}); the others are from an earlier run, so the folder holds a mix and has no "
        f"{manifest.name}. Write it again."
    )


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl-C (SIGINT) or SIGTERM during the block waits until the block is done, then interrupts as
    usual (the main thread only: signals are handled there)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = {
        signum: signal.signal(signum, lambda signum, frame: caught.append(signum))
        for signum in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for signum, handler in previous.items():
            default = signal.default_int_handler if signum == signal.SIGINT else signal.SIG_DFL
            signal.signal(signum, handler if handler is not None else default)
    if caught:
        handler = signal.getsignal(caught[0])
        if callable(handler):
            # Called here, not re-raised as a signal: a signal's Python handler runs at the next bytecode,
            # which may be inside a gc callback, where CPython drops its KeyboardInterrupt ("Exception
            # ignored"); the full suite met it, Hypothesis registering one.
            handler(caught[0], None)
        else:
            signal.raise_signal(caught[0])


def _owner(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_uid, st.st_gid


def cleanup_stale_temps(folder: Path, stem: str) -> list[Path]:
    """Remove temporary files left by a killed earlier run for one workbook; returns what it removed.

    ``stem`` is the workbook's file name as :func:`atomic_write` saw it (``Path.name``, e.g.
    ``"laporan.xlsx"``); only files named exactly like its temporaries are touched. Call it while
    holding :func:`workbook_lock` for that workbook, so a concurrent build's live temp is never hit.
    """
    pattern = _temp_pattern(stem)
    removed = []
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return removed
    for entry in entries:
        if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def lock_path(path: Path) -> Path:
    """The sidecar lock file of a workbook: ``.<name>.lkj-lock`` in the same folder."""
    path = Path(path)
    return path.parent / f".{path.name}{LOCK_SUFFIX}"


def _try_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            return False
        raise


def _unlock(fd: int) -> None:
    if os.name == "nt":  # pragma: no cover
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


DEFAULT_LOCK_TIMEOUT = 10.0  # seconds a build waits for another build of the same workbook
LOCK_TIMEOUT_ENV = "LKJ_XL_LOCK_TIMEOUT"


def lock_timeout() -> float:
    """How long to wait for another run's lock: ``LKJ_XL_LOCK_TIMEOUT`` seconds, else 10."""
    raw = os.environ.get(LOCK_TIMEOUT_ENV, "").strip()
    if not raw:
        return DEFAULT_LOCK_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        raise UsageError(f"{LOCK_TIMEOUT_ENV} must be a number of seconds, not {raw!r}") from None
    if not 0 <= value <= 24 * 3600:
        raise UsageError(f"{LOCK_TIMEOUT_ENV} must be between 0 and 86400 seconds, not {raw!r}")
    return value


# Hand-written rather than the filelock library: the sidecar must go away with the last holder (a
# hidden file left beside every workbook on a shared folder confuses staff), and removing it safely
# needs the same-file check below, which filelock does not make.
@contextlib.contextmanager
def workbook_lock(path: Path, timeout: float | None = None) -> Iterator[Path]:
    """Hold an exclusive advisory lock for building ``path``; wait up to ``timeout`` seconds
    (default: :func:`lock_timeout`).

    The lock is ``fcntl.flock`` (``msvcrt.locking`` on Windows) on a hidden sidecar file; the
    operating system releases it when the process dies, so a killed build never leaves a stale lock.
    The sidecar is removed on release. Raises :class:`FileBusyError` on timeout and PermissionError
    when the folder cannot be written. Advisory only: it keeps lkj-xl runs apart, not other programs.
    """
    if timeout is None:
        timeout = lock_timeout()
    path = Path(path)
    lock = lock_path(path)
    deadline = time.monotonic() + max(0.0, timeout)
    delay = 0.02
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o666)
        except PermissionError:
            raise PermissionError(
                f"Folder '{path.parent}' is not writable, so workbook '{path.name}' cannot be updated. "
                "Keep the workbook in a folder you can write to, or use -o."
            ) from None
        if _try_lock(fd):
            # The previous holder may have removed the sidecar between our open and our lock: then
            # we hold a lock on a file nobody else will see. Check it is still the file at `lock`.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(lock))
            except FileNotFoundError:
                same = False
            if same:
                break
            _unlock(fd)
        os.close(fd)
        if time.monotonic() >= deadline:
            raise FileBusyError(
                f"Workbook '{path.name}' is being processed by another lkj-xl run (waited {timeout:g} "
                "seconds). Wait for that run to finish, then run again."
            )
        time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
        delay = min(delay * 2, 0.25)
    try:
        yield lock
    finally:
        if os.name != "nt":
            with contextlib.suppress(FileNotFoundError):
                os.unlink(lock)  # while still holding it: waiters re-check and retry
        _unlock(fd)
        os.close(fd)
        if os.name == "nt":  # pragma: no cover
            with contextlib.suppress(OSError):
                os.unlink(lock)


def printable(name: str, errors: str = "backslashreplace") -> str:
    """``name`` (a path or a message quoting one) as text a UTF-8 file, sheet or mail can hold.

    Bytes of a file name that are not UTF-8 (a Latin-1 name from an old Windows share or zip) reach
    Python as lone surrogates (``dinas-\\udce9.xlsx``), which no UTF-8 encoder accepts: each is
    written back as its byte, ``\\xe9`` (``errors="replace"``: U+FFFD, for a name a recipient saves)."""
    if name.isascii():
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", errors)
    except UnicodeEncodeError:  # a lone surrogate no file name gave: the code point, escaped
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def check_writable(path: Path, elsewhere: str = "write the result to another file with -o") -> None:
    """Refuse, before any work, to write a workbook that is open in Excel or read-only.

    Raises :class:`FileBusyError` when Excel's owner file (``~$name``) is beside the workbook or (on
    Windows) the file is locked, and PermissionError when the workbook or its folder is read-only.
    """
    path = Path(path)
    owners = excel_owner_files(path)
    if owners:
        raise FileBusyError(
            f"Workbook '{path.name}' is open in Excel or LibreOffice (its lock file '{owners[0].name}' "
            "exists). Close the workbook there, then run again. If it is already closed, delete "
            f"'{owners[0].name}' from the same folder."
        )
    if path.exists():
        if path.is_dir():
            raise IsADirectoryError(f"'{path}' is a folder, not a workbook.")
        if _read_only(path):
            others = others_file(path)
            why = (
                f"was not changed: {others},"
                if others
                else "is read-only, so it was not changed. Remove its read-only attribute,"
            )
            raise PermissionError(f"Workbook '{path.name}' {why} or {elsewhere}.")
        if sys.platform == "win32":  # pragma: no cover - Excel holds an exclusive lock on Windows
            try:
                with open(path, "r+b"):
                    pass
            except PermissionError:
                raise FileBusyError(
                    f"Workbook '{path.name}' is open in another program (e.g. Excel). Close it there, "
                    "then run again."
                ) from None
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise not_a_folder(folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(
            f"Folder '{folder}' is not writable, so workbook '{path.name}' cannot be updated. "
            f"Move the workbook to a folder you can write to, or {elsewhere}."
        )
