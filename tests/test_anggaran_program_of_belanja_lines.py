"""A Program of Kinerja with no figure of its own in Anggaran, its money only in the DPA's jenis belanja
lines typed under it (``5.1 BELANJA OPERASI``, ``5.1.02 Belanja Barang dan Jasa``, ``5.2 BELANJA MODAL``
as SIPD prints them): the program's pagu and realisasi are the sum of the jenis belanja (5.1 and 5.2,
never 5.1.02 inside 5.1 again), with a peringatan; where whose lines they are cannot be told, a galat
and no TOTAL (README "Anggaran"). Before, the program was left out and Tabel 3.4's TOTAL was short.

Figures: Sasaran S3's two programs as the seed prints them (Tabel 3.4, seed ~949-968): P3.01
3.578.850.965 spent 157.853.500, P3.02 82.706.300 spent 1.800.000 (TW II). P3.02's money is split here
into 5.1 52.706.300 (spent 1.500.000; 5.1.02 inside it the same) and 5.2 30.000.000 (spent 300.000):
52.706.300 + 30.000.000 = 82.706.300 and 1.500.000 + 300.000 = 1.800.000, the seed's figures."""

from __future__ import annotations

import json
from fractions import Fraction

import openpyxl
import pytest

from tests.helpers_anggaran import (
    PENGEMBANGAN,
    UMKM,
    anggaran_said,
    belanja_rows,
    budget_of,
    cli_ok,
    fill_new_workbook,
    rows_by_header,
    run_usaha_mikro,
    tw2_row,
)
from tests.test_engine import anggaran_row

P301 = tw2_row("P3.01", UMKM, 3_578_850_965, 157_853_500)
P301_LINES = belanja_rows()[1:4]  # 5.1 / 5.1.02 3.078.850.965 and 5.2 500.000.000: P3.01's own
P302_LINES = [
    tw2_row("5.1", "BELANJA OPERASI", 52_706_300, 1_500_000),
    tw2_row("5.1.02", "Belanja Barang dan Jasa", 52_706_300, 1_500_000),
    tw2_row("5.2", "BELANJA MODAL", 30_000_000, 300_000),
]
# P3.02's name typed as Kinerja names it, its Kode left blank, no figure
P302_NAME = anggaran_row(None, PENGEMBANGAN, None, None)
P302_EMPTY = anggaran_row("P3.02", PENGEMBANGAN, None, None)  # its Kode typed, no figure

# Tabel 3.4's TOTAL by hand: 3.578.850.965 + 82.706.300 and 157.853.500 + 1.800.000
PAGU = Fraction(3_578_850_965) + Fraction(52_706_300 + 30_000_000)
SPENT = Fraction(157_853_500) + Fraction(1_500_000 + 300_000)


@pytest.mark.parametrize(
    ("rows", "at"),
    [
        ([P301, P302_NAME, *P302_LINES], 3),  # the name right under P3.01's row
        ([P301, *P301_LINES, P302_NAME, *P302_LINES], 6),  # the name after P3.01's own lines
        ([P302_NAME, *P302_LINES, P301], 2),  # the name on top, above the first program
        ([P301, P302_EMPTY, *P302_LINES], 3),  # the Kode typed, the figures only in the lines
        ([P301, *P301_LINES, P302_EMPTY, *P302_LINES], 6),
    ],
)
def test_a_program_whose_money_is_only_in_its_belanja_lines_is_their_sum(rows, at):
    report = run_usaha_mikro(rows)
    assert sorted(b.kode for b in report.budgets) == ["P3.01", "P3.02"]
    p302 = budget_of(report, "P3.02")
    # 5.1 + 5.2 (5.1.02 is inside 5.1): 52.706.300 + 30.000.000; 1.500.000 + 300.000
    assert (p302.pagu_exact, p302.realisasi_exact) == (Fraction(82_706_300), Fraction(1_800_000))
    assert p302.kode_sasaran == "S3" and p302.row == at
    assert (report.total_pagu, report.total_realisasi_anggaran) == (float(PAGU), float(SPENT))
    assert report.total_penyerapan_exact == SPENT / PAGU * 100  # 159.653.500 / 3.661.557.265
    for row in report.efisiensi:  # Sasaran S3 and its Tujuan get the program's budget too
        assert (row.pagu, row.realisasi_anggaran) == (PAGU, SPENT)
    said = anggaran_said(report, "peringatan")[f"A{at}"]
    assert "Rp 82.706.300" in said and "Rp 1.800.000" in said and "5.1 baris" in said
    assert not anggaran_said(report, "galat")


def test_lines_typed_as_staff_type_them_with_a_koreksi_are_summed_exactly():
    # 5.1 "Rp 52.706.300" spent TW II "1,5 jt"; 5.2 "30 jt" spent TW I 500.000 and TW II "(200.000)", a
    # koreksi (SP2D returned): P3.02 = 52.706.300 + 30.000.000 = 82.706.300, spent s.d. TW II
    # 1.500.000 + 500.000 - 200.000 = 1.800.000
    lines = [
        anggaran_row("5.1", "BELANJA OPERASI", None, "Rp 52.706.300", ("-", "1,5 jt", None, None)),
        anggaran_row(
            "5.1.02", "Belanja Barang dan Jasa", None, "52.706.300", (None, "1.500.000", None, None)
        ),
        anggaran_row("5.2", "BELANJA MODAL", None, "30 jt", ("500.000", "(200.000)", None, None)),
    ]
    report = run_usaha_mikro([P301, P302_NAME, *lines])
    p302 = budget_of(report, "P3.02")
    assert (p302.pagu_exact, p302.realisasi_exact) == (Fraction(82_706_300), Fraction(1_800_000))
    assert (report.total_pagu, report.total_realisasi_anggaran) == (float(PAGU), float(SPENT))
    assert (
        "koreksi" in anggaran_said(report, "peringatan")["G6"]
    )  # said at the koreksi's own cell (5.2, row 6)


def test_a_line_whose_spending_is_not_known_leaves_the_realisasi_not_computed():
    # "belum" in 5.2's TW II: P3.02's pagu is still 82.706.300, its realisasi and the TOTAL realisasi
    # not computed (never 1.500.000 without 5.2's)
    lines = [
        *P302_LINES[:2],
        anggaran_row("5.2", "BELANJA MODAL", None, 30_000_000, (0, "belum", None, None)),
    ]
    report = run_usaha_mikro([P301, P302_NAME, *lines])
    p302 = budget_of(report, "P3.02")
    assert p302.pagu_exact == Fraction(82_706_300) and p302.realisasi_exact is None
    assert report.total_pagu == float(PAGU) and report.total_realisasi_anggaran is None


def test_a_name_typed_for_a_program_that_has_its_own_row_is_no_program():
    # P3.02's row typed below with its figures: the blank-Kode name above the lines is not read as it
    p302 = tw2_row("P3.02", PENGEMBANGAN, 82_706_300, 1_800_000)
    report = run_usaha_mikro([P301, P302_NAME, *P302_LINES, p302])
    assert "kosong" in anggaran_said(report, "galat")["A3"]  # the blank Kode stays the galat it was


@pytest.mark.parametrize(
    "rows",
    [
        [P301, *P301_LINES, *P302_LINES],  # P3.02's lines right after P3.01's own, no name above them
    ],
)
def test_lines_that_fit_no_program_while_a_program_has_no_row_are_a_galat(rows):
    report = run_usaha_mikro(rows)
    galat = anggaran_said(report, "galat")
    # 5.1 (row 6) equals its only line 5.1.02 below it: a heading; 5.1.02 and 5.2 carry the money
    for cell in ("A7", "A8"):
        assert "P3.02" in galat[cell] and "sisipkan baris program" in galat[cell]
    assert "Rp 82.706.300" in galat["A7"]  # 52.706.300 + 30.000.000
    # never a TOTAL short by P3.02's 82.706.300
    assert report.total_pagu is None and report.total_realisasi_anggaran is None
    assert report.total_penyerapan_exact is None


def test_lines_short_of_the_program_above_while_a_program_has_no_row_are_a_galat():
    # P3.02's lines right under P3.01's row, none of P3.01's own: 82.706.300 of P3.01's 3.578.850.965
    # may be a partial rincian of P3.01 or P3.02's money; which cannot be told
    report = run_usaha_mikro([P301, *P302_LINES])
    galat = anggaran_said(report, "galat")
    for cell in ("A3", "A4", "A5"):
        assert "P3.01" in galat[cell] and "P3.02" in galat[cell] and "sisipkan baris program" in galat[cell]
    assert "Rp 82.706.300" in galat["A3"]  # 52.706.300 + 30.000.000 (5.1.02 inside 5.1 not again)
    assert report.total_pagu is None and report.total_realisasi_anggaran is None


def test_a_partial_rincian_while_every_program_has_a_row_stays_a_peringatan():
    # P3.02 has its row: the lines under P3.01 are its (partial) rincian, as before; the TOTAL is the
    # two programs' 3.578.850.965 + 82.706.300 and 157.853.500 + 1.800.000
    p302 = tw2_row("P3.02", PENGEMBANGAN, 82_706_300, 1_800_000)
    report = run_usaha_mikro([P301, *P302_LINES, p302])
    assert not anggaran_said(report, "galat")
    assert (report.total_pagu, report.total_realisasi_anggaran) == (float(PAGU), float(SPENT))


def _fill(path) -> None:
    """Kinerja (P3.01, P3.02 under S3) and Anggaran of ``path`` (made by `new`) as staff type them, TW II
    2025: P3.01's row and its DPA lines, then P3.02's name with its Kode blank over its DPA lines, upper
    case as SIPD prints them, amounts as typed ("Rp ...", "1,5 jt", "-")."""
    fill_new_workbook(
        path,
        [
            ("T2", "Tujuan", None, "Investasi inklusif"),
            ("S3", "Sasaran", "T2", "Kualitas Usaha Mikro"),
            ("P3.01", "Program", "S3", UMKM),
            ("P3.02", "Program", "S3", PENGEMBANGAN),
        ],
        [
            ["P3.01", UMKM, None, "Rp 3.578.850.965", None, "-", "157.853.500"],
            ["5.1", "BELANJA OPERASI", None, "3.078.850.965", None, "-", "150 jt"],
            ["5.1.02", "Belanja Barang dan Jasa", None, "3.078.850.965", None, "-", "150.000.000"],
            ["5.2", "BELANJA MODAL", None, "500.000.000", None, None, "7.853.500"],
            [None, PENGEMBANGAN],
            ["5.1", "BELANJA OPERASI", None, "52.706.300", None, "-", "1,5 jt"],
            ["5.1.02", "Belanja Barang dan Jasa", None, "52.706.300", None, "-", "1.500.000"],
            ["5.2", "BELANJA MODAL", None, "Rp 30.000.000", None, None, "300.000"],
        ],
    )


def test_build_check_export_and_rekap_agree_on_a_program_of_belanja_lines(tmp_path):
    # P3.01 3.578.850.965 / 157.853.500 (its row); P3.02 5.1 + 5.2 = 52.706.300 + 30.000.000 = 82.706.300,
    # spent 1.500.000 + 300.000 = 1.800.000
    programs = [("P3.01", 3_578_850_965, 157_853_500), ("P3.02", 82_706_300, 1_800_000)]
    book = tmp_path / "dinas.xlsx"
    cli_ok("new", book, "--pemda", "Kabupaten Lumajang", "--opd", "Dinas Uji")
    _fill(book)
    assert "P3.02" in cli_ok("check", book)  # exit 0: no galat, the peringatan names P3.02
    exported = json.loads(cli_ok("export", book))
    assert [(p["kode"], p["pagu"], p["realisasi"]) for p in exported["anggaran"]] == programs
    cli_ok("build", book)
    sheet = openpyxl.load_workbook(book)["Realisasi Anggaran"]
    (total,) = [r for r in sheet.iter_rows(values_only=True) if r[0] == "TOTAL"]
    assert total[3:5] == (PAGU, SPENT)  # 3.661.557.265 / 159.653.500
    assert total[5] == float(SPENT / PAGU * 100)
    rekap = tmp_path / "rekap.xlsx"
    cli_ok("rekap", book, "-o", rekap)
    wb = openpyxl.load_workbook(rekap)
    (agency,) = [
        r for r in rows_by_header(wb["Rekap Perangkat Daerah"], 5) if r["Perangkat Daerah"] == "Dinas Uji"
    ]
    assert (agency["Pagu (Rp)"], agency["Realisasi Anggaran (Rp)"]) == (PAGU, SPENT)
    assert agency["Temuan Galat"] == 0
    rows = [r for r in rows_by_header(wb["Semua Program"], 1) if r["Kode"]]
    assert [(r["Kode"], r["Pagu (Rp)"], r["Realisasi (Rp)"]) for r in rows] == programs
