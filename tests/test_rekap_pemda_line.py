"""The Rekap Perangkat Daerah sheet's Pemda line (`Jumlah 2 perangkat daerah`) prints its Pemerintah
Daerah whole.

A Pemda typed in full, `Pemerintah Kabupaten Lumajang Provinsi Jawa Timur`, wraps to three lines in
the 22-character Pemerintah Daerah column; each agency's row was as tall as that, but the Jumlah line
under them (the same name, in bold) kept one line: Excel showed `Pemerintah Kabupaten`, LibreOffice
printed `Pemerintah Kabupaten Lumajang Provinsi Jawa` with `Timur` cut off (seen in the PDF of
`lkj-xl pdf rekap.xlsx`). Its row was sized for the `Jumlah ...` text alone.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook

PEMDA = "Pemerintah Kabupaten Lumajang Provinsi Jawa Timur"


def test_the_jumlah_line_is_as_tall_as_the_pemda_name_it_prints(tmp_path: Path):
    folder = tmp_path / "opd"
    folder.mkdir()
    sasaran = [{"Kode": "S1", "Tingkat": "Sasaran", "Uraian": "Sasaran satu", "Indikator": "Persentase satu",
                "Satuan": "%", "Jenis Realisasi": "Nilai Akhir", "Target": 100, "Realisasi TW II": 80}]  # fmt: skip
    for opd in ("Dinas Satu", "Dinas Dua"):
        settings = {c.P_PEMDA: PEMDA, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
        new_workbook(folder / f"{opd}.xlsx", pengaturan=settings, kinerja=sasaran)
    out = tmp_path / "rekap.xlsx"
    result = CliRunner().invoke(main, ["rekap", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(out)[core.SHEET_REKAP]
    rows = {ws.cell(r, 3).value: r for r in range(7, ws.max_row + 1) if ws.cell(r, 3).value}
    jumlah = rows["Jumlah 2 perangkat daerah"]
    assert ws.cell(jumlah, 2).value == PEMDA and ws.cell(jumlah, 2).font.b  # the name, in bold
    agency = ws.row_dimensions[rows["Dinas Satu"]].height
    # The agency's row (the same name, not bold: "Pemerintah Kabupaten / Lumajang Provinsi Jawa /
    # Timur" printed) is several lines tall; the bold name is no narrower, so needs as many.
    assert agency is not None and agency >= 2 * 15
    assert (ws.row_dimensions[jumlah].height or 15) >= agency
