"""The LKjIP document (Laporan Kinerja) drafted as Word from the workbook: ``lkj-xl laporan``.

python-docx writes it (real Word structure: heading styles, TOC fields, repeated header rows,
sections); charts are drawn by matplotlib when the ``laporan`` extra is installed.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lkj_xl.core.model import Finding, Report
from lkj_xl.errors import DeliveryError, FileError, LkjError

if TYPE_CHECKING:
    from lkj_xl.core.periode_diminta import Periode

__all__ = [
    "Laporan",
    "document_of",
    "draft_bytes",
    "laporan_pdf_path",
    "read_inputs",
    "render",
    "write_laporan",
]


@dataclass
class Laporan:
    """What ``write_laporan`` wrote: the document, its PDF (with ``pdf``), and the findings."""

    docx: Path
    report: Report
    pdf: Path | None = None
    findings: list[Finding] = field(default_factory=list)  # the workbook's, then the Narasi sheet's


LAST_MODIFIED_BY = "lkj-xl"  # docProps/core.xml cp:lastModifiedBy of every document laporan writes


def read_inputs(data: bytes, triwulan: Periode | None = None):
    """The report and the Narasi texts of a workbook's bytes, read once (input sheets and Narasi).
    Raises LkjError when the workbook cannot be used."""
    from lkj_xl.core.engine import compute
    from lkj_xl.core.grids import find_sheet
    from lkj_xl.core.narasi import SHEET_NARASI, parse_narasi
    from lkj_xl.core.narasi_klaim import periksa_klaim
    from lkj_xl.core.parse import parse_workbook
    from lkj_xl.core.tahun_lalu import as_printed
    from lkj_xl.xlsx.read import read_grids

    grids, names = read_grids(data, also=(SHEET_NARASI,))
    # (its signature prints the date: an empty one built a year late is said, as build says it)
    report = as_printed(compute(parse_workbook(grids, names, triwulan), triwulan))
    sheet = find_sheet(grids, SHEET_NARASI)
    narasi = parse_narasi(grids.get(sheet) if sheet else None, sheet or SHEET_NARASI, report.settings)
    periksa_klaim(narasi, report)
    return report, narasi


def render(report: Report, narasi, *, template: Path | None = None, for_pdf: bool = False) -> bytes:
    """The .docx bytes of a computed report (``for_pdf``: the variant LibreOffice prints, see
    lkj_xl.laporan.document.draft)."""
    from lkj_xl.laporan.document import draft

    doc = draft(report, narasi, checked_template(template), for_pdf=for_pdf)
    # lkj-xl's stamp, whatever the template's creator: the rekap knows its own dinas.docx by it
    # (agency_files._made_by_lkj_xl), never as an agency's report sent instead of its workbook
    doc.core_properties.last_modified_by = LAST_MODIFIED_BY
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def document_of(built, *, template: Path | None = None) -> bytes:
    """The .docx of a workbook already computed and built (``lkj_xl.build.BuiltWorkbook``): the same
    Report as the output sheets, PDF and mail that go with it; only the Narasi texts are read from
    the same bytes. What ``send --laporan`` and ``run --laporan`` attach."""
    from lkj_xl.core.grids import find_sheet
    from lkj_xl.core.narasi import SHEET_NARASI, parse_narasi
    from lkj_xl.core.narasi_klaim import periksa_klaim
    from lkj_xl.xlsx.read import read_grids

    grids, _names = read_grids(built.data, also=(SHEET_NARASI,))
    sheet = find_sheet(grids, SHEET_NARASI)
    narasi = parse_narasi(grids.get(sheet) if sheet else None, sheet or SHEET_NARASI, built.report.settings)
    periksa_klaim(narasi, built.report)
    return render(built.report, narasi, template=template)


def draft_bytes(
    data: bytes, *, template: Path | None = None, triwulan: Periode | None = None
) -> tuple[bytes, Report, list]:
    """The .docx of a workbook's bytes, its report and the Narasi findings."""
    report, narasi = read_inputs(data, triwulan)
    return render(report, narasi, template=template), report, narasi.findings


def checked_template(template: Path | None) -> Path | None:
    """``template`` when it is a Word .docx, else a FileError naming it (exit 2)."""
    if template is None:
        return None
    template = Path(template)
    if not template.is_file():
        raise FileError(f"template not found: {template}")
    import zipfile

    try:
        with zipfile.ZipFile(template) as z:
            if "word/document.xml" not in z.namelist():
                raise FileError(f"{template}: not a Word .docx template (no word/document.xml)")
    except zipfile.BadZipFile as exc:
        raise FileError(f"{template}: not a Word .docx template ({exc})") from exc
    return template


def write_laporan(
    workbook: str | Path,
    out: str | Path | None = None,
    *,
    template: str | Path | None = None,
    pdf: bool = False,
    triwulan: Periode | None = None,
    timeout: float = 180,
) -> Laporan:
    """Draft the LKjIP document of ``workbook`` into ``out`` (default: the workbook's name with
    .docx), written atomically; with ``pdf`` also its PDF beside it through headless LibreOffice
    (named by :func:`laporan_pdf_path`).
    The workbook is only read. An ``out`` named as another kind of file or in a folder that does
    not exist (not made), or a document (or with ``pdf`` its PDF) open in Word or read-only, is a
    FileError before the workbook is read."""
    from lkj_xl.build import read_workbook
    from lkj_xl.xlsx.safe_io import refuse_output, refuse_unwritable, write_file

    source = Path(workbook)
    target = Path(out) if out is not None else source.with_suffix(".docx")
    if out is not None:
        refuse_output(target, "laporan", "a Word document", (".docx",))
    elif source.parent.is_dir():  # the default goes beside the workbook, whose absence reading says
        refuse_unwritable(target)
    if pdf:  # before the workbook is read and the .docx written, not after
        from lkj_xl.delivery.pdf import find_soffice

        refuse_unwritable(laporan_pdf_path(source, target))
        find_soffice(writer=True)  # LibreOffice missing: exit 3, nothing written
    # Before the workbook is read, and said as the template's error, not the workbook's.
    template_path = checked_template(Path(template)) if template else None
    try:
        report, narasi = read_inputs(read_workbook(source), triwulan)
        data = render(report, narasi, template=template_path)
    except LkjError as exc:
        raise exc.at(source) from exc
    write_file(target, data)
    result = Laporan(target, report, findings=[*report.findings, *narasi.findings])
    if pdf:
        import tempfile

        from lkj_xl.delivery.pdf import docx_to_pdf

        # The same report, with Daftar Isi/Tabel/Gambar as entries LibreOffice can number.
        printed = render(report, narasi, template=template_path, for_pdf=True)
        with tempfile.TemporaryDirectory(prefix="lkj-xl-laporan-") as work:
            variant = Path(work) / "laporan.docx"
            variant.write_bytes(printed)
            try:
                result.pdf = docx_to_pdf(
                    variant, laporan_pdf_path(source, target), timeout=timeout, shown=target.name
                )
            except DeliveryError as exc:  # the admin must know the document is there
                raise DeliveryError(f"{exc}; {target} was written; its PDF was not") from exc
    return result


def laporan_pdf_path(workbook: Path, docx: Path) -> Path:
    """The report's PDF: the document's name with .pdf, except WORKBOOK.pdf, the sheets' PDF
    (``lkj-xl pdf`` and ``lkj-xl run`` print there), which gives WORKBOOK-laporan.pdf instead of
    writing over it."""
    out = docx.with_suffix(".pdf")
    if os.path.realpath(out) == os.path.realpath(workbook.with_suffix(".pdf")):
        return workbook.with_name(f"{workbook.stem}-laporan.pdf")
    return out
