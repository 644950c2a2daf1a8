"""A program's realisasi quarter left BLANK while the rows under it (its Kegiatan / Sub Kegiatan of
Kinerja, or its SIPD rows not in Kinerja) carry that quarter's spending: the blank cell takes their sum
(the rows still not counted on their own), a peringatan at the program's cell saying so. A typed 0,
"-", "nihil", a status text or an unreadable cell keep their meaning; rows blank too change nothing."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_anggaran_rincian import _csv, _example_with, kinerja
from tests.test_engine import anggaran_row, messages, run

# The brief's figures: P3.01 pagu 500 jt, its Kegiatan K3.01.01 (300 jt) and K3.01.03 (200 jt) spending
# 120 jt + 80 jt in TW II, P3.01's own TW II cell blank: P3.01 realisasi 200 jt, penyerapan
# 200 / 500 = 40 %.
PAGU, SPENT = 500_000_000, 200_000_000


def _rows(program_tw2):
    return [
        anggaran_row("P3.01", "PROGRAM UMKM", "", "500 jt", (None, program_tw2, None, None)),
        anggaran_row("K3.01.01", "Kegiatan pemberdayaan", "", "300 jt", (None, "120 jt", None, None)),
        anggaran_row("K3.01.03", "Kegiatan kemitraan", "", "200.000.000", (None, 80000000, None, None)),
    ]


def _p301(report):
    (budget,) = [b for b in report.budgets if b.kode == "P3.01"]
    return budget


def test_a_blank_program_quarter_takes_its_kegiatan_sum():
    report = run(kinerja(), _rows(None))
    budget = _p301(report)
    assert (budget.pagu, budget.realisasi, budget.penyerapan) == (PAGU, SPENT, 40)
    assert budget.realisasi_tw[1] == SPENT
    # the Kegiatan are not counted again: Tabel 3.4's TOTAL is P3.01's
    assert [b.kode for b in report.budgets] == ["P3.01"]
    assert (report.total_pagu, report.total_realisasi_anggaran) == (PAGU, SPENT)
    s3 = next(e for e in report.efisiensi if e.kode == "S3")
    assert (s3.pagu, s3.realisasi_anggaran, s3.penyerapan) == (PAGU, SPENT, 40)
    said = [m for m in messages(report, PERINGATAN) if m.startswith("Anggaran!G2 ")]  # P3.01's TW II
    assert len(said) == 1, messages(report)
    assert "kosong: diisi jumlah rinciannya" in said[0] and "Rp 200.000.000" in said[0]
    assert "K3.01.01 baris 3" in said[0] and "K3.01.03 baris 4" in said[0]
    assert "tulis angkanya di sel ini" in said[0]
    # the sum agrees with itself: no "tidak sama dengan jumlah rinciannya" at the program
    assert not [m for m in messages(report) if "tidak sama dengan jumlah rinciannya" in m], messages(report)


def test_a_blank_program_over_a_blank_kegiatan_takes_its_sub_kegiatan():
    # K3.01.01 blank too, its Sub Kegiatan SK3.01.01.01 spending 120 jt; K3.01.03 80 jt: 200 jt (40 %).
    rows = [
        anggaran_row("P3.01", "PROGRAM UMKM", "", "500 jt", (None, None, None, None)),
        anggaran_row("K3.01.01", "Kegiatan pemberdayaan", "", "300 jt", (None, None, None, None)),
        anggaran_row("SK3.01.01.01", "Pendataan", "", "300 jt", (None, "120 jt", None, None)),
        anggaran_row("K3.01.03", "Kegiatan kemitraan", "", "200 jt", (None, "80 jt", None, None)),
    ]
    report = run(kinerja(), rows)
    assert (_p301(report).realisasi, _p301(report).penyerapan) == (SPENT, 40)
    assert report.total_realisasi_anggaran == SPENT
    assert not [m for m in messages(report) if "tidak sama dengan jumlah rinciannya" in m], messages(report)


@pytest.mark.parametrize(
    "typed, realisasi",
    [
        (0, 0),  # a typed 0 is a figure: nothing spent, checked against its rows as today
        ("-", 0),  # no data: counted as nothing, as today
        ("nihil", 0),
    ],
)
def test_a_typed_program_quarter_keeps_its_own_figure(typed, realisasi):
    report = run(kinerja(), _rows(typed))
    assert _p301(report).realisasi == realisasi
    assert report.total_realisasi_anggaran == realisasi
    assert not [m for m in messages(report) if "kosong: diisi jumlah rinciannya" in m]


def test_an_unreadable_program_quarter_keeps_its_galat():
    report = run(kinerja(), _rows("12x jt"))
    assert [m for m in messages(report, GALAT) if m.startswith("Anggaran!G2 ")], messages(report)
    assert not [m for m in messages(report) if "kosong: diisi jumlah rinciannya" in m]


def test_rows_blank_too_change_nothing():
    rows = [
        anggaran_row("P3.01", "PROGRAM UMKM", "", "500 jt", ("10 jt", None, None, None)),
        anggaran_row("K3.01.01", "Kegiatan pemberdayaan", "", "300 jt", ("10 jt", None, None, None)),
        anggaran_row("K3.01.03", "Kegiatan kemitraan", "", "200 jt"),
    ]
    report = run(kinerja(), rows)
    # TW I 10 jt, TW II blank everywhere: realisasi s.d. TW II 10 jt (2 %)
    assert (_p301(report).realisasi, _p301(report).penyerapan) == (10_000_000, 2)
    assert not [m for m in messages(report) if "kosong: diisi jumlah rinciannya" in m]


def test_sipd_sub_kegiatan_rows_fill_a_blank_program_through_export_and_tabel_3_4(tmp_path):
    # The example's P3.01 (row 9: pagu 3.578.850.965, TW II 157.853.500) with its TW II left blank and
    # its spending typed on the two SIPD Sub Kegiatan rows of its (blank) Kegiatan pasted below (not in Kinerja): 100.000.000 +
    # 57.853.500 = 157.853.500, the seed's figure. Tabel 3.4's TOTAL stays the seed's 27.805.047.633 /
    # 6.835.975.140 (l.969) and S3 4,36 % (test_anggaran_rincian's derivation).
    path = _example_with(tmp_path, [])
    wb = openpyxl.load_workbook(path)
    ws = wb["Anggaran"]
    (row,) = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "P3.01"]
    ws.cell(row, 7).value = None
    ws.insert_rows(row + 1, 3)
    sipd = [
        ("P3.01.2.01", 3578850965, None),  # the Kegiatan's row, its TW II blank too
        ("P3.01.2.01.0001", 2000000000, 100000000),
        ("P3.01.2.01.0002", 1578850965, 57853500),
    ]
    for offset, (kode, pagu, spent) in enumerate(sipd, 1):
        for col, value in enumerate([kode, f"Rincian {offset}", None, pagu, None, None, spent], 1):
            ws.cell(row + offset, col).value = value
    wb.save(path)
    anggaran = {r["kode"]: r for r in _csv(path, "anggaran")}
    assert "P3.01.2.01.0001" not in anggaran
    assert float(anggaran["P3.01"]["realisasi"]) == 157853500
    efisiensi = {r["kode"]: r for r in _csv(path, "efisiensi")}
    assert round(float(efisiensi["S3"]["penyerapan"]), 2) == 4.36
    out = tmp_path / "hasil.xlsx"
    build = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert build.exit_code == 0, build.output
    tabel = list(openpyxl.load_workbook(out)["Realisasi Anggaran"].iter_rows(values_only=True))
    (total,) = [r for r in tabel if r[0] == "TOTAL"]
    assert total[3:5] == (27805047633, 6835975140)
    check = CliRunner().invoke(main, ["check", str(path)])
    said = [line for line in check.output.splitlines() if f"Anggaran!G{row}" in line]
    assert any("diisi jumlah rinciannya" in line and "Rp 157.853.500" in line for line in said), check.output
    assert "tidak sama dengan jumlah rinciannya" not in check.output
