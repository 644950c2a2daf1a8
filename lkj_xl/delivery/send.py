"""Deliver a report: its PDF, and the workbook by e-mail. Library functions the CLI adapts."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from lkj_xl.build import BuiltWorkbook
from lkj_xl.core import contract as c
from lkj_xl.core.model import Report
from lkj_xl.errors import UsageError


def printed_sheets(requested: Sequence[str] | None) -> list[str]:
    """The output sheets to print: ``requested`` (any output sheet, matched ignoring case) or, by
    default, the report's tables without the working sheet Pemeriksaan (findings are not part of the
    signed report). Raises LkjError naming the valid sheets for an unknown name."""
    if not requested:
        return list(c.PRINTED_SHEETS)
    by_folded = {name.casefold(): name for name in c.OUTPUT_SHEETS}
    chosen: list[str] = []
    for name in requested:
        match = by_folded.get(" ".join(name.split()).casefold())
        if match is None:
            raise UsageError(f"unknown sheet {name!r}; choose from: {', '.join(c.OUTPUT_SHEETS)}")
        if match not in chosen:
            chosen.append(match)
    return chosen


def make_pdf(
    workbook: str | Path,
    out_pdf: str | Path,
    *,
    sheets: Sequence[str] | None = None,
    triwulan: int | None = None,
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
    from lkj_xl.delivery.pdf import xlsx_to_pdf

    chosen = printed_sheets(sheets)
    if report is None:
        report = load_report(workbook, triwulan)
    with tempfile.TemporaryDirectory(prefix="lkj-xl-pdf-") as tmp:
        # The temporary workbook's name becomes the PDF's internal title: keep the user's stem.
        rendered = Path(tmp) / (Path(workbook).stem + ".xlsx")
        rendered.write_bytes(render_outputs(report))
        xlsx_to_pdf(rendered, Path(out_pdf), sheets=chosen, timeout=timeout)
    return report


def summary_lines(report: Report) -> list[str]:
    """One line per level for an e-mail body: counts from the Ringkasan sheet, in Bahasa Indonesia."""
    from lkj_xl.core.numbers import format_number

    lines = [
        f"{g.tingkat}: {g.jumlah} indikator; capaian ≥ 100%: {len(g.tercapai)}; di bawah 100%: "
        f"{len(g.belum_tercapai)}; belum diketahui: {len(g.belum_diketahui)}"
        # indicators not scored because an input cell is unreadable (when the engine reports them)
        + (f"; galat: {len(g.galat)}" if getattr(g, "galat", None) else "")
        for g in report.ringkasan
    ]
    if report.total_penyerapan is not None:
        lines.append(
            f"Realisasi anggaran: Rp {format_number(report.total_realisasi_anggaran, 0)} dari pagu "
            f"Rp {format_number(report.total_pagu, 0)} ({format_number(report.total_penyerapan, 2)}%)"
        )
    errors = len(report.errors)
    if errors:
        lines.append(f"Catatan: {errors} galat pada isian workbook (lihat sheet Pemeriksaan)")
    return lines


#: The From of a ``--dry-run`` message when no sender is configured: the .eml is for reading, and
#: the reserved ``.invalid`` domain makes sure it can never be delivered as it is.
DRY_RUN_SENDER = "lkj-xl (pengirim belum diatur) <pengirim@belum-diatur.invalid>"


def send_report(
    workbook: str | Path,
    *,
    to: Sequence[str],
    cc: Sequence[str] = (),
    subject: str | None = None,
    message: str | None = None,
    attach_pdf: bool = False,
    config=None,
    sender: str | None = None,
    dry_run: str | Path | None = None,
    allow_plain: bool = False,
    retries: int = 3,
    built: BuiltWorkbook | None = None,
    update: bool = False,
    pdf_path: str | Path | None = None,
    log: Callable[[str], object] | None = None,
) -> list[str]:
    """E-mail the workbook (and its PDF) to ``to``/``cc``. Returns the recipients that got it.

    The attachment, the PDF and the body come from one computation (a :class:`BuiltWorkbook`): the
    workbook's bytes are read once, its report computed, and the current output sheets grafted into
    those bytes in memory, so an unbuilt or stale workbook is never mailed as it is on disk. The
    user's file is not modified, unless ``update`` (then it is rebuilt in place, atomically, by the
    same path as ``lkj-xl build``, and that build is what is mailed). ``built``: a computation the
    caller already has (``run`` passes what it just wrote); ``pdf_path``: the PDF printed from it.

    With ``dry_run`` the complete message is written to that .eml file instead of being sent; it
    needs no sender (a placeholder From is used). Raises lkj_xl.delivery.mail.MailError naming who received
    it and who did not.
    """
    from lkj_xl.build import build_file, build_in_memory
    from lkj_xl.delivery.mail import build_message, default_body, default_subject, send_message, write_eml

    workbook = Path(workbook)
    sender_address = sender or (config.sender if config is not None else None)
    if not sender_address:
        if dry_run is None:
            raise UsageError("no sender address: use --from or set LKJ_SMTP_FROM")
        sender_address = DRY_RUN_SENDER
    if built is None:
        built = build_file(workbook) if update else build_in_memory(workbook)
    report = built.report
    s = report.settings
    with tempfile.TemporaryDirectory(prefix="lkj-xl-send-") as tmp:
        # The attachment carries the workbook's own name.
        attached = Path(tmp) / built.name
        attached.write_bytes(built.data)
        attachments = [attached]
        if attach_pdf:
            pdf = Path(pdf_path) if pdf_path else Path(tmp) / (attached.stem + ".pdf")
            if not pdf.exists():
                make_pdf(attached, pdf, report=report)
            attachments.append(pdf)
        msg = build_message(
            sender=sender_address,
            to=list(to),
            cc=list(cc),
            subject=subject or default_subject(s.perangkat_daerah, s.triwulan, s.tahun),
            body=message
            or default_body(
                s.perangkat_daerah, s.pemerintah_daerah, s.triwulan, s.tahun, summary_lines(report)
            ),
            attachments=attachments,
        )
        if dry_run is not None:
            write_eml(msg, Path(dry_run))
            return []
        if config is None:
            raise ValueError("no SMTP configuration")
        return send_message(msg, config, retries=retries, log=log, allow_plain=allow_plain)
