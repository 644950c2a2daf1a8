"""Tabel 3.4 (Realisasi Anggaran) of the Word report as its reader reads it on paper (`lkj-xl laporan
--pdf`, a real LibreOffice, pdftotext -layout). On a portrait page the figure columns took what a
"Galat (Anggaran!F4)" or a realisasi in the trillions needs and left the Program column about 4 cm: a
program name of 110 characters wrapped to 6-8 lines beside one line of figures."""

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

# A program's name as the DPA writes it (110 characters).
PROGRAM = (
    "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM) NOMOR 1.{} DAN "
    "PENGEMBANGAN KAWASAN INDUSTRI"
)

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed",
)


def _workbook(path: Path) -> Path:
    """Two programs with a pagu of "700 jt": P1.01's TW I realisasi a broken formula pasted as text
    ("#REF!", a galat), P1.02's typed in the trillions ("Rp 9.876.543.210.987")."""
    row = {"Satuan": "%", "Target": "80", "Realisasi TW I": "30,5", "Realisasi TW II": "40"}
    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan daerah", "Indikator": "IKU", **row},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran", "Indikator": "IKS", **row},
    ]  # fmt: skip
    for p in (1, 2):
        kinerja.append({"Kode": f"P1.0{p}", "Tingkat": "Program", "Kode Induk": "S1",
                        "Uraian": PROGRAM.format(p), "Indikator": f"Persentase usaha mikro naik kelas {p}", **row})  # fmt: skip
    anggaran = [
        {"Kode": f"P1.0{p}", "Program": PROGRAM.format(p), "Kode Sasaran": "S1", "Pagu": "700 jt",
         "Realisasi TW I": tw1, "Realisasi TW II": "1.250,5"}
        for p, tw1 in ((1, "#REF!"), (2, "Rp 9.876.543.210.987"))
    ]  # fmt: skip
    pengaturan = {
        c.P_PEMDA: "Kabupaten Lumajang",
        c.P_OPD: "Dinas Koperasi",
        c.P_TAHUN: 2025,
        c.P_TRIWULAN: 2,
    }
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)
    return path


@needs_soffice
def test_tabel_3_4_prints_a_long_program_name_in_at_most_three_lines(tmp_path):
    docx = tmp_path / "lkjip.docx"
    result = CliRunner().invoke(
        main, ["laporan", str(_workbook(tmp_path / "dinas.xlsx")), "-o", str(docx), "--pdf"]
    )
    assert result.exit_code == 0, result.output
    text = subprocess.run(
        ["pdftotext", "-layout", str(docx.with_suffix(".pdf")), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = text[text.index("Tabel 3.4 Realisasi Anggaran s.d.") :].splitlines()
    first = next(i for i, line in enumerate(lines) if re.match(r"\s*1\s+P1\.01\s+PROGRAM", line))
    second = next(i for i, line in enumerate(lines) if re.match(r"\s*2\s+P1\.02\s+PROGRAM", line))
    total = next(i for i, line in enumerate(lines) if line.split()[:1] == ["TOTAL"])
    assert second - first <= 3 and total - second <= 3, "\n".join(lines[first : total + 1])
    # Every figure whole on the program's first line. P1.02: 9.876.543.210.987 + 1.250,5 =
    # 9.876.543.212.237,5, shown with its sen 9.876.543.212.237,50 (fix15); of 700.000.000 it is
    # 1.410.934,744 %, more than 10 times the pagu: since anggaran63 no reading of the row gives it, the
    # galat at its last quarter (G5) stands in the pagu and penyerapan columns (before: 1.410.934,74 printed).
    # P1.01: its TW I cell named.
    assert "Galat (Anggaran!F4)" in lines[first], lines[first]
    assert re.search(
        r"Galat \(Anggaran!G5\)\s+9\.876\.543\.212\.237,50\s+Galat \(Anggaran!G5\)$", lines[second]
    ), lines[second]
    assert "1.410.934" not in text, lines[second]
    # Each name is printed whole, every word in its order (the Program column's chunk of each line).
    for start, stop, p in ((first, second, 1), (second, total, 2)):
        chunks = [re.split(r"\s{2,}", line.split(f"P1.0{p}")[-1].strip())[0] for line in lines[start:stop]]
        assert " ".join(chunks) == PROGRAM.format(p), chunks
