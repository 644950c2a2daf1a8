"""Deliver a report: its PDF, and the workbook by e-mail. Library functions the CLI adapts."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from .model import Report


def make_pdf(
    workbook: str | Path,
    out_pdf: str | Path,
    *,
    sheets: Sequence[str] | None = None,
    triwulan: int | None = None,
    timeout: float = 180,
    report: Report | None = None,
) -> Report:
    """Compute the report of ``workbook`` and print its output sheets (or ``sheets``) to one PDF.

    The output sheets are rendered fresh from the workbook's inputs into a temporary file, so the
    PDF matches what ``build`` writes and the user's workbook is not touched. ``report``: the report
    already computed for this workbook (saves computing it again).
    """
    from .build import load_report, render_outputs
    from .pdf import xlsx_to_pdf

    if report is None:
        report = load_report(workbook, triwulan)
    with tempfile.TemporaryDirectory(prefix="lkj-xl-pdf-") as tmp:
        # The temporary workbook's name becomes the PDF's internal title: keep the user's stem.
        rendered = Path(tmp) / (Path(workbook).stem + ".xlsx")
        rendered.write_bytes(render_outputs(report))
        xlsx_to_pdf(rendered, Path(out_pdf), sheets=list(sheets) if sheets else None, timeout=timeout)
    return report


def summary_lines(report: Report) -> list[str]:
    """One line per level for an e-mail body: counts from the Ringkasan sheet, in Bahasa Indonesia."""
    from .numbers import format_number

    lines = [
        f"{g.tingkat}: {g.jumlah} indikator; capaian ≥ 100%: {len(g.tercapai)}; di bawah 100%: "
        f"{len(g.belum_tercapai)}; belum diketahui: {len(g.belum_diketahui)}"
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
    report: Report | None = None,
    pdf_path: str | Path | None = None,
    log: Callable[[str], object] | None = None,
) -> list[str]:
    """E-mail the workbook (and its PDF) to ``to``/``cc``. Returns the recipients that got it.

    With ``dry_run`` the complete message is written to that .eml file instead of being sent.
    Raises lkj_xl.mail.MailError naming who received it and who did not.
    """
    from .build import load_report
    from .mail import build_message, default_body, default_subject, send_message, write_eml

    workbook = Path(workbook)
    if report is None:
        report = load_report(workbook)
    s = report.settings
    with tempfile.TemporaryDirectory(prefix="lkj-xl-send-") as tmp:
        attachments = [workbook]
        if attach_pdf:
            pdf = Path(pdf_path) if pdf_path else Path(tmp) / (workbook.stem + ".pdf")
            if not pdf.exists():
                make_pdf(workbook, pdf, report=report)
            attachments.append(pdf)
        sender_address = sender or (config.sender if config is not None else None)
        if not sender_address:
            raise ValueError("no sender address: use --from or set LKJ_SMTP_FROM")
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
