"""The printed report as its reader reads it (the Kepala Dinas who signs it, the Inspektorat who checks
it): the PDF of the output sheets (`lkj-xl pdf`) and of the Word report (`lkj-xl laporan --pdf`), both
through a real LibreOffice, read back with pdftotext.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed",
)


def invoke(*args) -> None:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output


def pdf_lines(pdf: Path) -> list[str]:
    """The PDF's text lines as pdftotext reads them (a wrapped cell gives a line per printed line)."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [line.strip() for line in text.splitlines()]


def year_end_workbook(path: Path, triwulan: int) -> Path:
    """A small agency's workbook at ``triwulan``: short figures typed as staff type them, so the
    figure columns stay narrow and the header "Realisasi s.d. TW IV" has to wrap."""
    tw = {f"Realisasi TW {c.ROMAN[i]}": v for i, v in enumerate(("20", "25", "20,5", "25"))}
    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Meningkatnya daya saing koperasi", "Satuan": "%",
         "Indikator": "Persentase koperasi aktif", "Jenis Realisasi": "Kumulatif", "Target": "90", **tw},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Meningkatnya kualitas koperasi",
         "Indikator": "Jumlah koperasi sehat", "Satuan": "unit", "Target": "1.250", **tw},
        {"Kode": "P1", "Tingkat": "Program", "Kode Induk": "S1", "Uraian": "PROGRAM PENGAWASAN KOPERASI",
         "Indikator": "Jumlah koperasi diperiksa", "Satuan": "unit", "Target": "80", **tw},
    ]  # fmt: skip
    anggaran = [{"Kode": "P1", "Program": "PROGRAM PENGAWASAN KOPERASI", "Pagu": "Rp 41.000.000",
                 "Realisasi TW I": "8.000.000", "Realisasi TW II": "2.000.000"}]  # fmt: skip
    pengaturan = {c.P_PEMDA: "Kabupaten Lumajang", c.P_OPD: "Dinas Koperasi", c.P_TAHUN: 2025,
                  c.P_TRIWULAN: triwulan}  # fmt: skip
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)
    return path


@needs_soffice
@pytest.mark.parametrize("triwulan", [3, 4])
def test_the_quarter_in_a_column_title_is_never_cut_from_its_numeral(tmp_path, triwulan):
    # Tabel 3.1 at TW IV printed its column title "Realisasi s.d. TW IV" as "Realisasi s.d. TW" / "IV":
    # the column is as narrow as its figures (90, 1.250) and LibreOffice wrapped the title at the last
    # space that fits. A reader sees a quarter without its number. Every line of the PDF that ends
    # with "TW" is such a cut (no table writes "TW" alone).
    built = tmp_path / "hasil.xlsx"
    invoke("build", year_end_workbook(tmp_path / "lkjip.xlsx", triwulan), "-o", built)
    pdf = tmp_path / "hasil.pdf"
    invoke("pdf", built, "-o", pdf)
    lines = pdf_lines(pdf)
    label = f"TW {c.ROMAN[triwulan - 1]}"
    assert any(line.endswith(f"s.d. {label}") or line == label for line in lines), lines[:40]
    assert [line for line in lines if re.search(r"\bTW$", line)] == []


@needs_soffice
@pytest.mark.slow
def test_the_word_report_keeps_the_quarter_with_its_numeral(tmp_path):
    # The Word report's Tabel 3.2 printed "Realisasi s.d. TW" / "IV" in its header (Writer wraps at
    # the last space that fits the column it shares out of the page's width).
    built = tmp_path / "hasil.xlsx"
    invoke("build", year_end_workbook(tmp_path / "lkjip.xlsx", 4), "-o", built)
    invoke("laporan", built, "-o", tmp_path / "lkjip.docx", "--pdf")
    lines = pdf_lines(tmp_path / "lkjip.pdf")
    assert any("TW IV" in line for line in lines)
    assert [line for line in lines if re.search(r"\bTW$", line)] == []
