"""Where the two printed PDFs of one workbook go: `lkj-xl pdf dinas.xlsx` prints the output sheets to
dinas.pdf (as `lkj-xl run` does), and `lkj-xl laporan dinas.xlsx --pdf` printed the Word report to the
same dinas.pdf, silently over the sheets' PDF (an admin running both from cron kept only one).
The report's PDF is named after its document, and dinas-laporan.pdf when that would be dinas.pdf."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.laporan import laporan_pdf_path
from tests.common import EXAMPLE

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed",
)


def test_the_reports_pdf_is_never_the_sheets_pdf():
    # dinas.xlsx: the sheets print to dinas.pdf; the report (dinas.docx by default) to
    # dinas-laporan.pdf. A document named otherwise gives its own name: LKjIP-TW2.docx, LKjIP-TW2.pdf.
    book = Path("/data/opd/dinas.xlsx")
    assert laporan_pdf_path(book, book.with_suffix(".docx")) == Path("/data/opd/dinas-laporan.pdf")
    assert laporan_pdf_path(book, Path("/data/opd/LKjIP-TW2.docx")) == Path("/data/opd/LKjIP-TW2.pdf")
    assert laporan_pdf_path(book, Path("/out/dinas.docx")) == Path("/out/dinas.pdf")  # not beside it


@needs_soffice
def test_laporan_pdf_leaves_the_sheets_pdf_alone(tmp_path):
    # As cron runs them: `lkj-xl pdf dinas.xlsx` first (dinas.pdf, here a stand-in), then
    # `lkj-xl laporan dinas.xlsx --pdf` without -o.
    book = tmp_path / "dinas.xlsx"
    shutil.copy(EXAMPLE, book)
    sheets = tmp_path / "dinas.pdf"
    sheets.write_bytes(b"%PDF-1.4 the sheets' PDF")
    result = CliRunner().invoke(main, ["laporan", str(book), "--pdf"])
    assert result.exit_code == 0, result.output
    assert sheets.read_bytes() == b"%PDF-1.4 the sheets' PDF"
    report = tmp_path / "dinas-laporan.pdf"
    assert f"wrote {tmp_path / 'dinas.docx'} and {report}" in result.output
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True, check=True)
    assert "BAB III AKUNTABILITAS KINERJA" in text.stdout
