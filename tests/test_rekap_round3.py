"""lkj-xl rekap as the Bappeda analyst meets it (round 3 of issue 13).

Cases:
- The same agency sent twice for one quarter ("Dinkes.xlsx", then "Dinkes (revisi).xlsx", the same
  Pemerintah Daerah and Perangkat Daerah) was warned about, but both rows were ranked and both were in
  every table: the Pemda's kriteria counts, pagu and realisasi summed over Rekap Perangkat Daerah (and
  pivot tables over Semua Indikator and Semua Program) counted that agency twice. Now one file
  counts: the one saved last by its workbook's own date (docProps/core.xml, which Excel writes on
  every save and which travels with the file through e-mail and USB sticks), else the one changed
  last on disk, else the last in file order; every other is a Pemeriksaan row "tidak dihitung: ganda"
  naming the file that counts, and its rows are in no table. Totals derived by hand below.
- The rekap workbook's own sheets (Rekap Perangkat Daerah, Grafik) stored numbers with xlsxwriter's
  16 significant digits: a capaian of 1 of 3 (100/3 % = 33.333333333333336 as a float, 17 digits)
  was stored 33.33333333333334, another number than the DataFrame's. They are written as the output
  sheets of ``build`` are (render's exact-number worksheet).
"""

from __future__ import annotations

import io
import re
import zipfile
from fractions import Fraction
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook

PEMDA = "Kabupaten Uji"


def settings(opd: str) -> dict[str, object]:
    return {c.P_PEMDA: PEMDA, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2}


def kinerja(t1: str, s1: str, t1_target: object = 100, s1_target: str = "10%") -> list[dict[str, object]]:
    """One Tujuan and one Sasaran, both Nilai Akhir (the TW II figure is the realisasi)."""
    return [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Derajat kesehatan", "Indikator": "Indeks kesehatan",
         "Satuan": "Indeks", "Jenis Realisasi": "Nilai Akhir", "Target": t1_target, "Realisasi TW II": t1},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Layanan",
         "Indikator": "Persentase layanan", "Satuan": "%", "Jenis Realisasi": "Nilai Akhir",
         "Target": s1_target, "Realisasi TW II": s1},
    ]  # fmt: skip


def anggaran(pagu: str, tw1: str, tw2: str) -> list[dict[str, object]]:
    return [
        {"Kode": "P1", "Program": "Program layanan", "Kode Sasaran": "S1", "Pagu": pagu,
         "Realisasi TW I": tw1, "Realisasi TW II": tw2},
    ]  # fmt: skip


def saved_by_excel(path: Path, when: str) -> None:
    """Set the workbook's own last-saved time (docProps/core.xml dcterms:modified), as Excel does on
    every save (lkj-xl new writes a fixed date)."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "docProps/core.xml":
                data, n = re.subn(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + when.encode() + rb"\g<2>",
                    data,
                )
                assert n == 1
            zout.writestr(info, data)
    path.write_bytes(out.getvalue())


def test_rekap_sheets_store_every_number_exactly(tmp_path):
    # One Tujuan, 1 of target 3 (Nilai Akhir): capaian 1 / 3 x 100 = 33,3333...; as a float
    # 33.333333333333336, which needs 17 significant digits (16 give 33.33333333333334, another float).
    capaian = float(Fraction(100, 3))
    assert repr(capaian) == "33.333333333333336" and float(f"{capaian:.16G}") != capaian
    new_workbook(
        tmp_path / "a.xlsx",
        pengaturan=settings("Dinas Tiga"),
        kinerja=kinerja("1", "", t1_target=3)[:1],
        anggaran=[],
    )
    out = tmp_path / "rekap.xlsx"
    run = CliRunner().invoke(main, ["rekap", str(tmp_path / "a.xlsx"), "-o", str(out)])
    assert run.exit_code == 0, run.output
    wb = openpyxl.load_workbook(out)
    ws = wb[core.SHEET_REKAP]
    col = {spec.key: i + 1 for i, spec in enumerate(core.AGENCY_COLUMNS)}
    assert ws.cell(7, col["capaian"]).value == capaian
    assert ws.cell(7, col["capaian_tujuan"]).value == capaian
    # Semua Indikator (written apart, rekap_rows) and Grafik's data block beside the capaian chart.
    ind = wb[core.SHEET_INDIKATOR]
    keys = [spec.key for spec in core.INDICATOR_COLUMNS]
    assert ind.cell(2, keys.index("capaian") + 1).value == capaian
    grafik = [cell.value for row in wb["Grafik"].iter_rows() for cell in row if isinstance(cell.value, float)]
    assert capaian in grafik
    # Stored as the text that reads back as that float, as the output sheets of build store it.
    with zipfile.ZipFile(out) as z:
        assert "<v>33.333333333333336</v>" in z.read("xl/worksheets/sheet1.xml").decode()
