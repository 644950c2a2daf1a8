"""Kegiatan rows typed in Anggaran with their pagu only, for Tabel 2.4: the seed's Tabel 2.4 (l.407-464
of ../shared/seeds/000_237f033edcd5cb60.txt) prints each Kegiatan's anggaran, but its Tabel 3.4
(l.953-968) records spending per program only. Staff type the Kegiatan's pagu and `-` (no data) in
its quarters, as the kosong peringatan advises: Tabel 2.4 shows the Kegiatan's anggaran, the programs'
figures are counted as before, and no program's realisasi is compared with rincian holding none (it
said "tidak sama dengan jumlah rinciannya (Rp 0 ...)" for every program that had spent).
"""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from lkj_xl.build import load_report
from tests.common import EXAMPLE

# Tabel 2.4: Kode of the Kegiatan in the example's Kinerja, its anggaran (line of the seed)
KEGIATAN = [
    ("K1.01.01", "1.116.055.550"),  # l.414
    ("K1.02.01", "8.050.000"),  # l.417 prints "8.050.00" (a galat, see test below); its program's 8.050.000
    ("K1.03.01", "8.706.000"),  # l.418
    ("K2.01.01", "41.000.000"),  # l.425
    ("K2.02.01", "54.888.000"),  # l.427
    ("K2.03.01", "101.563.000"),  # l.429
    ("K2.04.01", "1.888.172.939"),  # l.431
    ("K3.01.01", "3.578.850.965"),  # l.437
    ("K3.02.01", "82.706.300"),  # l.439
    ("K4.01.01", "38.100.000"),  # l.442
    ("K4.01.02", "12.050.000"),  # l.443
    ("K4.01.03", "12.050.000"),  # l.444: 38.100.000 + 12.050.000 + 12.050.000 = 62.200.000 (P4.01)
    ("K4.02.01", "5.414.564.965"),  # l.450
    ("K4.02.02", "1.118.178.000"),  # l.451: + 5.414.564.965 = 6.532.742.965 (P4.02)
    ("K4.03.01", "899.289.940"),  # l.453
    ("K4.03.02", "88.325.000"),  # l.454: + 899.289.940 = 987.614.940 (P4.03)
    ("K4.04.01", "435.942.350"),  # l.456
    ("K4.05.01", "543.218.610"),  # l.458
    ("K4.06.01", "286.850.000"),  # l.464
]


def _with_kegiatan(folder, quarter="-", k1_02="8.050.000"):
    path = folder / "kegiatan.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    sheet = wb["Anggaran"]
    assert sheet["D3"].value == "Pagu" and sheet["G3"].value == "Realisasi TW II"
    r = sheet.max_row + 1
    rows = {}
    for kode, pagu in KEGIATAN:
        sheet[f"A{r}"], sheet[f"D{r}"] = kode, k1_02 if kode == "K1.02.01" else pagu
        if quarter is not None:
            sheet[f"F{r}"], sheet[f"G{r}"] = quarter, quarter
        rows[kode] = r
        r += 1
    wb.save(path)
    return path, rows


@pytest.fixture(scope="module")
def dashed(tmp_path_factory):
    path, rows = _with_kegiatan(tmp_path_factory.mktemp("keg"))
    return load_report(path), rows


def test_no_program_compared_with_rincian_holding_no_spending(dashed):
    report, _rows = dashed
    anggaran = [f for f in report.findings if f.sheet == "Anggaran"]
    assert not [f for f in anggaran if "jumlah rinciannya" in f.pesan], [f.pesan for f in anggaran]
    # every Kegiatan's pagu adds up to its program's (Tabel 2.4 = Tabel 3.4): nothing said of them either
    assert anggaran == []


def test_the_programs_are_counted_as_before(dashed):
    report, _rows = dashed
    assert report.total_pagu == 27_805_047_633 and report.total_realisasi_anggaran == 6_835_975_140  # l.969
    by_kode = {b.kode: b for b in report.budgets}
    assert by_kode["P4.01"].pagu == 62_200_000 and by_kode["P4.01"].realisasi == 525_000  # l.960


def test_a_rincian_with_spending_is_still_compared(tmp_path):
    # one Kegiatan of P4.01 typed with spending (300.000 of the program's 525.000, l.960), the others
    # "-": the program is compared with the rincian that hold figures (a guard: unchanged behaviour)
    path, rows = _with_kegiatan(tmp_path)
    wb = openpyxl.load_workbook(path)
    wb["Anggaran"][f"G{rows['K4.01.01']}"] = 300_000
    wb.save(path)
    report = load_report(path)
    said = [f for f in report.findings if f.sheet == "Anggaran" and "jumlah rinciannya" in f.pesan]
    assert len(said) == 1 and "P4.01" in said[0].pesan and "Rp 525.000" in said[0].pesan
    assert "Rp 300.000" in said[0].pesan  # 525.000 - 300.000 = 225.000 more than its rincian


def test_the_seeds_mistyped_kegiatan_pagu_is_a_galat(tmp_path):
    # Tabel 2.4 l.417 prints the kegiatan's anggaran "8.050.00": ambiguous, never guessed
    path, rows = _with_kegiatan(tmp_path, k1_02="8.050.00")
    report = load_report(path)
    galat = [f for f in report.findings if f.sel == f"D{rows['K1.02.01']}"]
    assert galat and galat[0].severity == "galat" and "8.050.00" in galat[0].pesan
    assert report.total_pagu == 27_805_047_633  # the program's own pagu is counted (l.967)
