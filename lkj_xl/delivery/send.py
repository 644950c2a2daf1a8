"""Deliver a report: its PDF, and the workbook by e-mail. Library functions the CLI adapts."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from lkj_xl.build import BuiltWorkbook
from lkj_xl.core import contract as c
from lkj_xl.core import rekap
from lkj_xl.core.model import Report
from lkj_xl.delivery.config import SmtpConfig
from lkj_xl.errors import DeliveryError, UsageError

if TYPE_CHECKING:
    from lkj_xl.core.periode_diminta import Periode


def printed_sheets(requested: Sequence[str] | None) -> list[str]:
    """The output sheets to print: ``requested`` (any output sheet, matched ignoring case) or, by
    default, the report's tables without the working sheet Pemeriksaan (findings are not part of the
    signed report). Raises LkjError naming the valid sheets for an unknown name."""
    return _chosen(requested, c.OUTPUT_SHEETS, c.PRINTED_SHEETS)


def _chosen(requested: Sequence[str] | None, available: Sequence[str], default: Sequence[str]) -> list[str]:
    if not requested:
        return list(default)
    by_folded = {name.casefold(): name for name in available}
    chosen: list[str] = []
    for name in requested:
        match = by_folded.get(" ".join(name.split()).casefold())
        if match is None:
            raise UsageError(f"unknown sheet {name!r}; choose from: {', '.join(available)}")
        if match not in chosen:
            chosen.append(match)
    return chosen


# A rekap workbook (lkj-xl rekap) prints as it is: its figures are the rekap's, computed when it was
# written. By default the sheets meant for paper; Semua Indikator and Semua Program (a row per
# indicator or budget row of every agency: hundreds of pages) only when chosen.
REKAP_SHEETS = (rekap.SHEET_REKAP, rekap.SHEET_INDIKATOR, rekap.SHEET_PROGRAM, rekap.SHEET_GRAFIK,
                rekap.SHEET_PEMERIKSAAN)  # fmt: skip
REKAP_PRINTED = (rekap.SHEET_REKAP, rekap.SHEET_GRAFIK, rekap.SHEET_PEMERIKSAAN)


def print_workbook(
    workbook: str | Path,
    out_pdf: str | Path,
    *,
    sheets: Sequence[str] | None = None,
    triwulan: Periode | None = None,
    timeout: float = 180,
) -> Report | None:
    """``lkj-xl pdf``: an agency's workbook by :func:`make_pdf` (its report returned), a rekap workbook
    as it is by :func:`make_rekap_pdf` (None; ``triwulan`` is then a UsageError: lkj-xl rekap computed
    its figures). ``out_pdf`` named as another kind of file, or in a folder that does not exist, is a
    FileError before the workbook is read (the folder is not made)."""
    from lkj_xl.agencies import is_rekap_output
    from lkj_xl.xlsx.safe_io import refuse_output

    refuse_output(Path(out_pdf), "pdf", "a PDF", (".pdf",))  # before computing the report and converting it
    # Only the zip's directory and workbook.xml are read; an unreadable file is make_pdf's FileError.
    if not is_rekap_output(Path(workbook)):
        return make_pdf(workbook, out_pdf, sheets=sheets, triwulan=triwulan, timeout=timeout)
    if triwulan is not None:
        raise UsageError("--triwulan does not apply to a rekap workbook: lkj-xl rekap computed its figures")
    make_rekap_pdf(workbook, out_pdf, sheets=sheets, timeout=timeout)
    return None


def make_rekap_pdf(
    workbook: str | Path, out_pdf: str | Path, *, sheets: Sequence[str] | None = None, timeout: float = 180
) -> None:
    """Print a workbook ``lkj-xl rekap`` wrote (or ``sheets`` of it) to one PDF; it is not changed."""
    from lkj_xl.delivery.pdf import xlsx_to_pdf

    chosen = _chosen(sheets, REKAP_SHEETS, REKAP_PRINTED)
    xlsx_to_pdf(Path(workbook), Path(out_pdf), sheets=chosen, timeout=timeout)


def make_pdf(
    workbook: str | Path,
    out_pdf: str | Path,
    *,
    sheets: Sequence[str] | None = None,
    triwulan: Periode | None = None,
    timeout: float = 180,
    report: Report | None = None,
) -> Report:
    """Compute the report of ``workbook`` and print its tables (or ``sheets``) to one PDF.

    The output sheets are rendered fresh from the workbook's inputs into a temporary file, so the
    PDF matches what ``build`` writes and the user's workbook is not touched. ``report``: the report
    already computed for this workbook (what ``send`` and ``run`` pass, so the PDF, the attachment
    and the mail body come from one computation). Pemeriksaan is printed only when asked for.
    """
    from lkj_xl.build import load_report, render_outputs
    from lkj_xl.core.perbandingan_kosong import written_sheets
    from lkj_xl.core.textwidth import rows_sized_for
    from lkj_xl.delivery.pdf import find_soffice, row_font, xlsx_to_pdf
    from lkj_xl.xlsx.safe_io import write_file

    chosen = printed_sheets(sheets)
    if report is None:
        from lkj_xl.core.tahun_lalu import as_printed

        report = as_printed(load_report(workbook, triwulan))  # (its signature block prints the date)
    if not sheets:  # by default the report's tables this workbook has (analysis sheets: with inputs)
        chosen = list(written_sheets(report, chosen))
    with tempfile.TemporaryDirectory(prefix="lkj-xl-pdf-") as tmp:
        # The temporary workbook's name becomes the PDF's internal title: keep the user's stem.
        rendered = Path(tmp) / (Path(workbook).stem + ".xlsx")
        # Rows as tall as LibreOffice prints their text (a workbook's rows fit Excel too).
        with rows_sized_for(row_font(find_soffice())):
            write_file(rendered, render_outputs(report, for_pdf=True))
        xlsx_to_pdf(rendered, Path(out_pdf), sheets=chosen, timeout=timeout)
    return report


def make_mail_pdf(workbook: str | Path, out_pdf: str | Path, *, report: Report, timeout: float) -> None:
    """:func:`make_pdf` of a report about to be mailed: when LibreOffice is missing, fails or hangs
    (stopped after ``timeout`` seconds) the DeliveryError says the report was not sent, since a mail
    without its PDF is not sent."""
    try:
        make_pdf(workbook, out_pdf, report=report, timeout=timeout)
    except DeliveryError as exc:
        raise DeliveryError(f"{exc}; the report was not sent") from exc


@dataclass(frozen=True)
class MailOptions:
    """How a report is mailed: recipients, wording overrides, and the transport's settings."""

    to: Sequence[str]
    cc: Sequence[str] = ()
    subject: str | None = None  # default: Laporan Kinerja Triwulan ... naming the agency
    message: str | None = None  # default: the cover text with the report's summary
    attach_pdf: bool = False
    attach_laporan: bool = False  # the LKjIP Word document (lkj_xl.laporan) of the same computation
    laporan_template: Path | None = None  # the agency's Word template for it
    config: SmtpConfig | None = None  # None: only a dry run is possible
    sender: str | None = None  # default: the configuration's sender
    allow_plain: bool = False  # plain SMTP to a host that is not loopback (--no-tls)
    retries: int = 3
    log: Callable[[str], object] | None = None
    # filled with the recipients as the server accepts them (smtp.send_message's ``delivered``)
    delivered: list[str] | None = None


NO_SENDER = (
    "no sender address: use --from, set LKJ_SMTP_FROM, or put from = ... under [smtp] in the config file"
)


def check_mail_options(mail: MailOptions, to_option: str = "--to") -> None:
    """Every address of ``mail`` (recipients, copies, the sender when one is set) is valid, else a
    UsageError naming it, and the transport is one the mail may take (smtp.check_transport, a
    MailError): what ``run`` checks before building any workbook, so a typo in a crontab or a
    refused plain relay does not rebuild forty workbooks to fail forty times."""
    from lkj_xl.delivery.message import parse_address
    from lkj_xl.delivery.smtp import check_transport

    sender = mail.sender or (mail.config.sender if mail.config is not None else None)
    if mail.config is not None and not sender:  # run: before rebuilding every workbook for nothing
        raise UsageError(NO_SENDER)
    named = [(a, to_option) for a in mail.to] + [(a, "--cc") for a in mail.cc]
    for address, option in named + ([(sender, "--from")] if sender else []):
        parse_address(address, option)
    if mail.config is not None:
        check_transport(mail.config, allow_plain=mail.allow_plain)


def send_report(
    workbook: str | Path,
    mail: MailOptions,
    *,
    dry_run: str | Path | None = None,
    built: BuiltWorkbook | None = None,
    update: bool = False,
    pdf_path: str | Path | None = None,
    laporan_path: str | Path | None = None,
    pdf_timeout: float = 180,
) -> list[str]:
    """E-mail the workbook (and its PDF) as ``mail`` says. Returns the recipients that got it.

    The attachment, the PDF and the body come from one computation (a :class:`BuiltWorkbook`): the
    workbook's bytes are read once, its report computed, and the current output sheets grafted into
    those bytes in memory, so an unbuilt or stale workbook is never mailed as it is on disk. The
    user's file is not modified, unless ``update`` (then it is rebuilt in place, atomically, by the
    same path as ``lkj-xl build``, and that build is what is mailed). ``built``: a computation the
    caller already has (``run`` passes what it just wrote); ``pdf_path``, ``laporan_path``: the PDF
    and the Word document made from it; ``pdf_timeout``: the seconds LibreOffice has for the PDF.

    With ``dry_run`` the complete message is written to that .eml file instead of being sent; it
    needs no sender (a placeholder From is used); it must not be named as another kind of file
    (``laporan.pdf``), its folder must exist (not made) and the file, if there, be neither open in an
    Office program nor read-only (a FileError before the workbook is read). Raises lkj_xl.delivery.smtp.MailError naming who
    received it and who did not.
    """
    from lkj_xl.delivery.message import (
        build_message,
        default_body,
        default_subject,
        summary_lines,
        write_eml,
    )
    from lkj_xl.delivery.smtp import send_message
    from lkj_xl.xlsx.safe_io import refuse_output, write_file

    workbook = Path(workbook)
    if dry_run is not None:  # before any work, as every command writing a file the user named
        refuse_output(Path(dry_run), "send --dry-run", "an e-mail message", (".eml",), any_other=False)
    sender_address = _checked_sender(mail, dry_run is not None)  # before --update rewrites the workbook
    if built is None:  # (run passes what it built, and logs its galat itself)
        built = _built(workbook, update, mail.log)
    report = built.report
    with tempfile.TemporaryDirectory(prefix="lkj-xl-send-") as tmp:
        # The attachment carries the workbook's own name.
        attached = Path(tmp) / built.name
        write_file(attached, built.data)  # a full temporary folder: exit 2 naming it, not a bug
        attachments = [attached]
        if mail.attach_pdf:
            pdf = Path(pdf_path) if pdf_path else Path(tmp) / (attached.stem + ".pdf")
            if not pdf.exists():
                make_mail_pdf(attached, pdf, report=report, timeout=pdf_timeout)
            attachments.append(pdf)
        if mail.attach_laporan:
            attachments.append(_laporan_file(built, Path(tmp), laporan_path, mail.laporan_template))
        msg = build_message(
            sender=sender_address,
            to=list(mail.to),
            cc=list(mail.cc),
            subject=mail.subject or default_subject(report.settings),
            body=mail.message or default_body(report.settings, summary_lines(report)),
            attachments=attachments,
        )
        if dry_run is not None:
            write_eml(msg, Path(dry_run))
            return []
        if mail.config is None:
            raise ValueError("no SMTP configuration")
        return send_message(
            msg,
            mail.config,
            retries=mail.retries,
            log=mail.log,
            allow_plain=mail.allow_plain,
            delivered=mail.delivered,
        )


def _built(workbook: Path, update: bool, log: Callable[[str], None] | None) -> BuiltWorkbook:
    """The workbook computed for the mail (``update``: rebuilt in place first), its rebuild and its
    galat said before the mail, which may still fail."""
    from lkj_xl.build import build_file, build_in_memory

    built = build_file(workbook) if update else build_in_memory(workbook)
    if log is not None:
        if update:
            log(f"rebuilt {workbook} (as lkj-xl build)")
        _say_galat(workbook, built.report, log)
    return built


def _say_galat(workbook: Path, report: Report, log: Callable[[str], None]) -> None:
    """Each galat of the workbook about to be mailed, as ``lkj-xl build`` prints them: the mail goes
    (its body counts them), but whoever sends it learns it at the terminal, not from Bappeda."""
    from lkj_xl.delivery.batch import finding_line

    if galat := report.errors:
        log(
            f"warning: {workbook.name}: {len(galat)} galat; mailed as computed, those figures read Galat (see sheet Pemeriksaan)"
        )
        for finding in galat:
            log(finding_line(finding))


def _checked_sender(mail: MailOptions, dry_run: bool) -> str:
    """The sender's address, once the mail options are checked (a dry run connects to nothing and
    needs no sender: a placeholder From)."""
    from lkj_xl.delivery.message import DRY_RUN_SENDER

    sender_address = mail.sender or (mail.config.sender if mail.config is not None else None)
    if not sender_address:
        if not dry_run:
            raise UsageError(NO_SENDER)
        sender_address = DRY_RUN_SENDER
    check_mail_options(replace(mail, config=None) if dry_run else mail)
    return sender_address


def _laporan_file(
    built: BuiltWorkbook, folder: Path, given: str | Path | None, template: Path | None
) -> Path:
    """The LKjIP document to attach: the one already written from this build, else drafted now."""
    if given is not None and Path(given).exists():
        return Path(given)
    from lkj_xl.laporan import document_of
    from lkj_xl.xlsx.safe_io import write_file

    path = folder / (Path(built.name).stem + ".docx")
    write_file(path, document_of(built, template=template))
    return path
