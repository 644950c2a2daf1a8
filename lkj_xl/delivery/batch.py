"""``lkj-xl run``: build, print and send many workbooks in one go, each on its own.

A failure is logged and the other workbooks still run; the outcome of each is an exit status
(lkj_xl.errors), and the batch's status is the most serious of them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, ExitStack, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from lkj_xl.delivery.send import MailOptions
from lkj_xl.errors import (
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_UNREADABLE,
    DeliveryError,
    FileError,
    LkjError,
    UsageError,
)

if TYPE_CHECKING:
    from lkj_xl.core.periode_diminta import Periode

#: Receives one log line: its level (INFO, WARNING, ERROR) and its text.
Log = Callable[[str, str], object]
#: Wraps the list of workbooks while they are processed (e.g. a progress bar).
Progress = Callable[[Sequence[Path]], AbstractContextManager[Iterable[Path]]]


@dataclass(frozen=True)
class RunOptions:
    """What ``run`` does with every workbook."""

    with_pdf: bool = True  # print the PDF (and attach it when mailing)
    outdir: Path | None = None  # write built workbooks and PDFs here (default: in place, PDF beside)
    triwulan: Periode | None = None  # override the quarter set in Pengaturan
    mail: MailOptions | None = None  # None: build and print only
    with_laporan: bool = False  # also write the LKjIP Word document beside it (and attach it)
    laporan_template: Path | None = None
    pdf_timeout: float = 180  # seconds before a hung LibreOffice is stopped
    # The workbook whose mail the SMTP server refused the login for: no later mail logs in again (a
    # mail server locks the account, or bans this machine, after a few failed logins).
    login_refused_for: Path | None = None


@dataclass
class BatchResult:
    """Exit status per workbook (in the order processed)."""

    outcomes: dict[str, int] = field(default_factory=dict)
    # workbooks whose mail the server may have: the line broke, or it fell silent, after the whole
    # message and before its answer
    uncertain: list[str] = field(default_factory=list)
    # workbooks mailed to every recipient, and those some recipients got (who did, who did not): what
    # the closing lines tell the admin, since a run naming them again mails every recipient again
    mailed: list[str] = field(default_factory=list)
    partly_mailed: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    sending: str | None = None  # the workbook whose mail is under way
    # its recipients, and those the server accepted so far (a run stopped while retrying the others)
    sending_to: list[str] = field(default_factory=list)
    sending_delivered: list[str] = field(default_factory=list)

    @property
    def not_mailed(self) -> list[str]:
        """Workbooks no recipient got (nor may have got): the ones to run again."""
        reached = {*self.mailed, *self.partly_mailed, *self.uncertain}
        return [name for name in self.outcomes if name not in reached]

    @property
    def status(self) -> int:
        """The most serious outcome: the batch's exit status."""
        return max(self.outcomes.values(), default=EXIT_OK)

    @property
    def failed(self) -> list[str]:
        return [name for name, code in self.outcomes.items() if code > EXIT_FINDINGS]

    @property
    def with_galat(self) -> list[str]:
        return [name for name, code in self.outcomes.items() if code == EXIT_FINDINGS]


def finding_line(f) -> str:
    """A finding on one line, for a terminal or a log: severity, where, message."""
    where = f"{f.sheet}!{f.sel}" if f.sel else f.sheet
    return f"{f.severity:<10} {where:<22} {f.pesan}"


def process_workbook(path: Path, options: RunOptions, log: Log, notes: BatchResult | None = None) -> int:
    """Build ``path`` (into ``options.outdir`` or in place), print its PDF, mail it (noted in
    ``notes``: its mail under way, then mailed). Returns EXIT_FINDINGS when the workbook has galat (it
    is still built, printed and sent), else EXIT_OK. Raises LkjError (and bugs) for the caller to log."""
    from lkj_xl.build import build_file, indicators_read
    from lkj_xl.core.model import in_sheet_order
    from lkj_xl.delivery.send import make_mail_pdf, make_pdf, send_report

    target = (options.outdir / path.name) if options.outdir is not None else path
    if path.is_file():  # an open or read-only PDF/draft: refused before this agency's build and print
        from lkj_xl.xlsx.safe_io import refuse_unwritable

        for suffix in [".pdf"] * options.with_pdf + [".docx"] * options.with_laporan:
            refuse_unwritable(target.with_suffix(suffix))
    built = build_file(
        path,
        target if target != path else None,
        options.triwulan,
        on_warning=lambda text: log("WARNING", f"{path}: {text}"),
        elsewhere="write the built workbooks into another folder with run --outdir DIR",
    )
    report = built.report
    built_line = f"{path}: built ({indicators_read(report)}; {report.findings_summary()})"
    status = EXIT_OK
    if report.errors:
        log("WARNING", f"{built_line}; see sheet Pemeriksaan")
        for finding in in_sheet_order(report.errors):
            log("WARNING", f"{path}: {finding_line(finding).strip()}")
        status = EXIT_FINDINGS
    else:
        log("INFO", built_line)
    pdf_path = None
    if options.with_pdf:
        pdf_path = target.with_suffix(".pdf")
        # LibreOffice missing, failed or hung: when mailing, the error says the report was not sent
        print_pdf = make_pdf if options.mail is None else make_mail_pdf
        print_pdf(target, pdf_path, report=report, timeout=options.pdf_timeout)
        log("INFO", f"{path}: PDF {pdf_path}")
    laporan_path = None
    if options.with_laporan:
        from lkj_xl.laporan import document_of
        from lkj_xl.xlsx.safe_io import write_file

        laporan_path = target.with_suffix(".docx")
        write_file(laporan_path, document_of(built, template=options.laporan_template))
        log("INFO", f"{path}: LKjIP {laporan_path}")
    if options.mail is not None and options.login_refused_for is not None:
        from lkj_xl.delivery.smtp import CHECK_LOGIN

        raise DeliveryError(
            f"not sent: the SMTP server refused the login for {options.login_refused_for}, so no other "
            f"login was tried (a mail server locks the account after a few failed logins); {CHECK_LOGIN}, "
            "then run again"
        )
    if options.mail is not None:
        # The PDF and document just written are the ones attached; mail log lines name the workbook.
        got: list[str] = []  # filled as the server accepts recipients
        mail = replace(
            options.mail,
            attach_pdf=options.with_pdf,
            attach_laporan=options.with_laporan,
            laporan_template=options.laporan_template,
            log=lambda line: log("INFO", f"{path}: {line}"),
            delivered=got,
        )
        if notes is not None:
            notes.sending, notes.sending_to = str(path), [*mail.to, *mail.cc]
            notes.sending_delivered = got
        delivered = send_report(target, mail, built=built, pdf_path=pdf_path, laporan_path=laporan_path)
        log("INFO", f"{path}: sent to {', '.join(delivered)}")
        if notes is not None:
            notes.mailed.append(str(path))
    return status


def _guarded(path: Path, options: RunOptions, log: Log, result: BatchResult) -> tuple[int, bool]:
    """The outcome of one workbook and whether the SMTP server refused the login; who got its mail
    (or may have) is noted in ``result``. A failure is logged, never raised (unless LKJ_XL_DEBUG),
    except the interrupt (Ctrl-C, SIGTERM) it came of."""
    from lkj_xl.cli_signals import stop_if_interrupted
    from lkj_xl.delivery.smtp import MailError

    name = str(path)
    login_refused = False
    try:
        return process_workbook(path, options, log, result), login_refused
    except LkjError as exc:  # unreadable workbook, unwritable target, bad address, delivery
        code, message = exc.exit_code, str(exc)
        login_refused = bool(getattr(exc, "login_refused", False))
        if isinstance(exc, MailError) and exc.uncertain:
            result.uncertain.append(name)
        if isinstance(exc, MailError) and exc.delivered and exc.failed:  # uncertain ones: their own line
            result.partly_mailed[name] = (exc.delivered, list(exc.failed))
        stop_if_interrupted(exc)  # a wrapped SIGTERM or Ctrl-C the mail code classified as a MailError
    except Exception as exc:  # a bug: log it and go on with the other workbooks
        # unless it is SIGTERM (systemd) or Ctrl-C that a library turned into its own error: the run
        # stops as interrupted, and no further agency is mailed
        stop_if_interrupted(exc)
        if os.environ.get("LKJ_XL_DEBUG"):
            raise
        code = EXIT_INTERNAL
        message = f"internal error ({type(exc).__name__}: {exc}); this is a bug in lkj-xl"
    log("ERROR", message if message.startswith(str(path)) else f"{path}: {message}")
    return code, login_refused


def _expanded(workbooks: Sequence[Path], log: Log) -> list[Path]:
    """``workbooks`` with each pattern (``/data/lkjip/*.xlsx``) replaced by the files it matches:
    systemd's ExecStart and Windows' Task Scheduler pass a pattern as typed, with no shell to expand
    it. As a shell does, a pattern is expanded even when a file bears its name (``*.xlsx`` beside
    the agencies' workbooks: all of them, that one among them); a file whose name the pattern does
    not match (``Laporan [final].xlsx``) stays that file. A folder whose name only looks like a
    pattern (``TW [3]``) is taken as typed when the pattern matches nothing otherwise. One matching
    nothing stays, to be reported as such (_once_each). bash's ``[^~]`` is read as ``[!~]``."""
    import glob

    paths: list[Path] = []
    for path in workbooks:
        # bash's negated set "[^~]" is Python's "[!~]" (glob reads "^" as one of the set's characters)
        pattern = Path(re.sub(r"\[\^", "[!", str(path)))
        matches = sorted(glob.glob(str(pattern))) if glob.has_magic(str(pattern)) else []
        if not matches and glob.has_magic(str(pattern.parent)) and path.parent.is_dir():
            matches = sorted(glob.glob(os.path.join(glob.escape(str(path.parent)), pattern.name)))
        if os.path.lexists(path) and str(path) not in matches:
            matches = []  # the file typed, not a pattern of itself
        if matches:
            log("INFO", f"{path}: the pattern names {len(matches)} files (expanded by lkj-xl: no shell did)")
        paths.extend(map(Path, matches) if matches else [path])
    return paths


def _unmatched(pattern: Path) -> str:
    """Why ``pattern`` ran nothing, true of its folder: one holding workbooks of other names
    (``*.XLSX`` against ``dinas.xlsx``) must not be said to hold none."""
    folder = pattern.parent
    try:
        books = [p for p in folder.iterdir() if p.suffix.lower() in (".xlsx", ".xlsm")]
    except OSError:
        books = []
    if books:
        return f"no workbook matches this pattern: {folder} holds {len(books)} workbooks, none of this name"
    return (
        f"no workbook matches this pattern: {folder} holds none (the shell passes a pattern that "
        "matches nothing as it is)"
    )


def _agency_workbooks(workbooks: Sequence[Path], log: Log) -> list[Path]:
    """``workbooks`` without Office lock files (``/data/*.xlsx`` matches Excel's ``~$name.xlsx``
    while the workbook is open) and without workbooks ``lkj-xl rekap`` wrote (``/data/*.xlsx`` matches
    the Bappeda's ``rekap.xlsx`` saved beside the agencies' files), each skipped with a log line; none
    left is a UsageError."""
    from lkj_xl.agencies import is_rekap_output
    from lkj_xl.xlsx.safe_io import is_lock_file

    kept = []
    for path in workbooks:
        if is_lock_file(path):
            log(
                "INFO", f"{path}: skipped: an Office lock file (its workbook is open in Excel or LibreOffice)"
            )
        elif path.is_file() and is_rekap_output(path):
            log("INFO", f"{path}: skipped: a rekap workbook (lkj-xl rekap), not an agency's workbook")
        else:
            kept.append(path)
    if not kept:
        raise UsageError("no workbook to run, only skipped files: " + ", ".join(map(str, workbooks)))
    return kept


def _once_each(workbooks: Sequence[Path], options: RunOptions, log: Log) -> dict[Path, str | None]:
    """Each workbook once, with the reason it must not be built (None: build it). A workbook named
    again (the same path twice, a symlink to it, ``dir/*.xlsx`` plus ``dir/x.xlsx``) is skipped with a
    log line; one that is another workbook of the run, or whose built file, PDF or Word document
    another workbook of the run writes (``a/dinas.xlsx`` and ``b/dinas.xlsx`` into one ``--outdir``;
    ``dinas.xlsx`` and ``dinas.xlsm``: one ``dinas.pdf``), is refused (the later one), so no agency's
    result is overwritten."""
    first: dict[str, Path] = {}
    for path in workbooks:
        real = os.path.realpath(path)
        if real in first:
            log("INFO", f"{path}: skipped: the same workbook as {first[real]}")
        else:
            first[real] = path
    suffixes = [""] + [".pdf"] * options.with_pdf + [".docx"] * options.with_laporan
    plan: dict[Path, str | None] = {}
    written_by: dict[str, Path] = {}
    for real, path in first.items():
        if any(c in path.name for c in "*?[") and not os.path.lexists(path):  # cron's glob, unmatched
            plan[path] = _unmatched(path)
            continue
        shown = options.outdir / path.name if options.outdir is not None else path
        target = os.path.realpath(shown)
        if target != real and target in first:
            plan[path] = f"not built: {shown} is the workbook {first[target]} of this run"
            continue
        files = {os.path.realpath(shown.with_suffix(s)) if s else target: s for s in suffixes}
        taken = next((f for f in files if f in written_by), None)
        if taken is not None:
            plan[path] = (
                f"not built: {shown.with_suffix(files[taken] or shown.suffix)} is written for "
                f"{written_by[taken]} in this run; rename one of them or run them separately"
            )
            continue
        written_by.update(dict.fromkeys(files, path))
        plan[path] = None
    return plan


RUN_LOCK_NAME = "lkj-xl-run"  # its sidecar: .lkj-xl-run.lkj-lock (safe_io.lock_path)


def _run_locks(folders: Iterable[Path], stack: ExitStack) -> None:
    """Hold the run lock of every folder ``run`` writes into, or raise FileBusyError at once when
    another ``lkj-xl run`` holds one: that run would mail the same reports again (cron starting the
    quarter's run while the last is still printing). A folder that cannot be written takes no lock
    (its workbooks fail on their own, each named)."""
    from lkj_xl.xlsx.safe_io import FileBusyError, workbook_lock

    for folder in sorted(set(folders)):
        try:
            stack.enter_context(workbook_lock(folder / RUN_LOCK_NAME, timeout=0))
        except FileBusyError:
            raise FileError(
                f"another lkj-xl run is processing the workbooks of {folder}; nothing was done "
                "(wait for it to finish, or look for two cron entries)"
            ) from None
        except OSError:
            pass


def _process_all(
    workbooks: Sequence[Path],
    plan: dict[Path, str | None],
    options: RunOptions,
    log: Log,
    result: BatchResult,
    progress: Progress | None,
) -> None:
    """Each workbook in turn (a refused one logged), its outcome into ``result``."""
    with progress(workbooks) if progress is not None else nullcontext(workbooks) as items:
        for path in items:
            refusal = plan[path]
            result.sending = None
            if refusal is not None:
                log("ERROR", f"{path}: {refusal}")
                result.outcomes[str(path)] = EXIT_UNREADABLE
            else:
                result.outcomes[str(path)], login_refused = _guarded(path, options, log, result)
                if login_refused and options.login_refused_for is None:
                    options = replace(options, login_refused_for=path)


def run_batch(
    workbooks: Sequence[Path], options: RunOptions, log: Log, *, progress: Progress | None = None
) -> BatchResult:
    """Process every workbook on its own and log a closing summary; see :class:`BatchResult`.
    Office lock files and rekap workbooks among ``workbooks`` are skipped with a log line; none left
    is a UsageError (see _agency_workbooks). A workbook named
    twice is processed once; two that would write one file in ``outdir`` are not (see _once_each).
    Another run writing into the same folder: FileError before any work (see _run_locks)."""
    if options.mail is not None:
        from lkj_xl.delivery.send import check_mail_options

        check_mail_options(options.mail, to_option="--send-to")
    if options.with_laporan:  # a template that is no .docx: one FileError, not one per workbook
        from lkj_xl.laporan import checked_template

        checked_template(options.laporan_template)
    if options.with_pdf:  # LibreOffice missing: one PdfError (exit 3), no workbook rebuilt for nothing
        from lkj_xl.delivery.pdf import find_soffice

        find_soffice()
    plan = _once_each(_agency_workbooks(_expanded(workbooks, log), log), options, log)
    workbooks = list(plan)
    if options.outdir is not None:
        try:
            options.outdir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FileError(f"cannot create the folder {options.outdir}: {exc.strerror or exc}") from exc
    result = BatchResult()
    written = [options.outdir] if options.outdir is not None else [p.parent for p in workbooks]
    with ExitStack() as locks:
        _run_locks((Path(os.path.realpath(folder)) for folder in written), locks)
        try:
            _process_all(workbooks, plan, options, log, result, progress)
        except KeyboardInterrupt:  # Ctrl-C, SIGTERM (systemd, timeout): what was mailed, then stop
            if options.mail is not None:
                _log_stopped(workbooks, result, log)
            raise
    total = len(workbooks)
    if options.mail is not None:
        _log_mailed(result, total, log)
    if result.with_galat:
        log(
            "WARNING",
            f"{len(result.with_galat)} of {total} workbooks have galat: {', '.join(result.with_galat)}",
        )
    if result.failed:
        log("ERROR", f"{len(result.failed)} of {total} workbooks failed: {', '.join(result.failed)}")
    if result.uncertain:
        log(
            "WARNING",
            f"the report MAY have been delivered (the server did not confirm it): "
            f"{', '.join(result.uncertain)}; ask the recipients before sending it again",
        )
    if not result.failed and not result.with_galat:
        log("INFO", f"{total} workbooks done")
    return result


def _log_mailed(result: BatchResult, total: int, log: Log) -> None:
    """The closing lines saying which workbooks' reports were mailed, to some recipients only, or to
    no one: nothing is said mailed that the server did not accept."""
    mailed = f"mailed {len(result.mailed)} of {total} workbooks to every recipient"
    log("INFO", f"{mailed}: {', '.join(result.mailed)}" if result.mailed else mailed)
    if result.partly_mailed:
        partly = "; ".join(
            f"{name} (delivered to {', '.join(got)}; NOT delivered to {', '.join(missed)})"
            for name, (got, missed) in result.partly_mailed.items()
        )
        again = "running it again" if len(result.partly_mailed) == 1 else "running them again"
        log("WARNING", f"mailed to some recipients only: {partly}; {again} mails every recipient again")
    if result.not_mailed:
        log("WARNING", f"not mailed: {', '.join(result.not_mailed)}")


def _log_stopped(workbooks: Sequence[Path], result: BatchResult, log: Log) -> None:
    """The closing lines of a run stopped midway (Ctrl-C, SIGTERM): what was mailed, the workbook
    being processed (its mail, when under way, the server may have) and those never started."""
    _log_mailed(result, len(workbooks), log)
    started = len(result.outcomes)
    current = workbooks[started] if started < len(workbooks) else None
    parts = []
    if current is not None and str(current) in result.mailed:  # mailed, stopped just after
        parts.append(f"stopped after mailing {current}")
    elif current is not None and result.sending == str(current) and result.sending_delivered:
        got = result.sending_delivered  # (the others refused for now: stopped while retrying them)
        rest = [r for r in result.sending_to if r not in got]
        parts.append(
            f"stopped while mailing {current}: delivered to {', '.join(got)}"
            + (
                f"; NOT confirmed for {', '.join(rest)} (the server MAY have its report for them; ask "
                "them before sending it again)"
                if rest
                else ""
            )
        )
    elif current is not None and result.sending == str(current):
        parts.append(
            f"stopped while mailing {current} (the server MAY have its report; ask the recipients "
            "before sending it again)"
        )
    elif current is not None:
        parts.append(f"stopped while processing {current} (not mailed)")
    else:
        parts.append("stopped")
    if started + 1 < len(workbooks):
        parts.append("not started: " + ", ".join(map(str, workbooks[started + 1 :])))
    log("WARNING", "; ".join(parts))
