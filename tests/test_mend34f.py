"""Mend of review revD's findings in staff36 and mend34b.

- Anggaran: staff36's "realisasi under 0,1 % of pagu: typed in thousands?" peringatan fired on real
  small quarterly spending (ATK, a meeting: 1-5 juta of a pagu in billions), four times in a real
  Triwulan I report and again in every later quarter. Between 0,001 % and 0,1 % it now fires only when
  the amount looks typed in thousands: not whole rupiah (157.853,5) or under Rp 1 juta (157.854).
- An amount with a scale note after it written otherwise than "dalam ribuan" ("(ribuan rupiah)",
  "(x Rp 1.000)", "(dalam miliar)") was told "tulis angkanya saja", a thousandth when followed.
- The desktop's re-protection options were untested (the fake COM sheet dropped them).
- Tahun "2025/26" and "T.A. 2025/2026" missed the two-year message; "2025-2025" was told two years.
"""

from __future__ import annotations

from fractions import Fraction

import openpyxl
import pytest

from lkj_xl.build import load_report
from lkj_xl.core.numbers import parse_number
from tests.test_fix14 import _example_with

# --- 1. realisasi under 0,1 % of pagu: only amounts that look typed in thousands ------------------------

# The example's Anggaran rows: 8 P2.04 (pagu 1.888.172.939), 9 P3.01 (3.578.850.965), 12 P4.02
# (6.532.742.965), 13 P4.03 (987.614.940). Column F Realisasi TW I, G TW II.


def _small_share(findings) -> list:
    return [
        f for f in findings if f.sheet == "Anggaran" and "pagu (Rp" in f.pesan and "kurang dari" in f.pesan
    ]


@pytest.mark.parametrize(
    "cells",
    [
        # revD a1: P4.02's TW I 2.000.000 of 6.532.742.965 = 0,031 % (a whole 2 juta: ATK, a meeting)
        {("Anggaran", "F12"): 2_000_000},
        # revD a2: pagu 5.000.000.000, TW I 2.000.000 = 0,04 %
        {("Anggaran", "D12"): 5_000_000_000, ("Anggaran", "F12"): 2_000_000},
        # revD a3: P2.04's TW II 1.500.000 of 1.888.172.939 = 0,079 %
        {("Anggaran", "G8"): 1_500_000},
        # typed as text the Indonesian way, with a "Rp" and ",00"
        {("Anggaran", "G8"): "Rp 1.500.000,00"},
        # at the bound: exactly Rp 1 juta of 1.116.055.550 (P1.01, row 17) = 0,0896 %
        {("Anggaran", "G17"): 1_000_000},
    ],
)
def test_small_real_spending_of_whole_rupiah_is_quiet(tmp_path, cells):
    report = load_report(_example_with(tmp_path, cells))
    assert not _small_share(report.findings), _small_share(report.findings)


def test_a_realistic_triwulan_i_report_is_quiet(tmp_path):
    # revD tw1: Triwulan I, TW I spending of the example's programs (ATK and meetings of 1,0-4,75 juta
    # against pagu in billions: P2.04 1.250.000 = 0,066 %, P3.01 3.200.000 = 0,089 %, P4.02 4.750.000
    # = 0,073 %, P1.01 1.000.000 = 0,0896 %); it got 4 peringatan from staff36's rule.
    tw1 = {
        4: 1_850_000_000,
        5: 2_500_000,
        6: 0,
        7: 0,
        8: 1_250_000,
        9: 3_200_000,
        10: 0,
        11: 525_000,
        12: 4_750_000,
        13: 15_000_000,
        14: 0,
        15: 2_000_000,
        16: 0,
        17: 1_000_000,
        18: 0,
        19: 0,
    }
    cells: dict[tuple[str, str], object] = {("Pengaturan", "B7"): 1}
    for row, value in tw1.items():
        cells["Anggaran", f"F{row}"] = value
        cells["Anggaran", f"G{row}"] = None
    report = load_report(_example_with(tmp_path, cells))  # type: ignore[arg-type]
    assert report.settings.triwulan == 1
    assert not _small_share(report.findings), _small_share(report.findings)


@pytest.mark.parametrize(
    ("ref", "typed", "share"),
    [
        # the brief's case: 157.853,5 (ribuan) for 157.853.500 of 3.578.850.965: 0,0044 %, not whole rupiah
        ("G9", "157.853,5", Fraction(1578535, 10) / 3578850965),
        # the same rounded to a whole thousand: 157.854 rupiah, under Rp 1 juta
        ("G9", "157.854", Fraction(157854, 3578850965)),
        # P4.03's 40.380.000 typed in ribuan: 40.380 of 987.614.940 = 0,0041 %
        ("G13", 40380, Fraction(40380, 987614940)),
        # (P4.02's "1.211.837,25" alone in its column: sen are no sign of ribuan since mend34k, see
        # tests/test_mend34k.py: a column in ribuan, or another quarter 2.000 times larger, is)
    ],
)
def test_an_amount_that_looks_typed_in_thousands_still_fires(tmp_path, ref, typed, share):
    assert Fraction(1, 100_000) <= share < Fraction(1, 1000)  # between 0,001 % and 0,1 %
    report = load_report(_example_with(tmp_path, {("Anggaran", ref): typed}))
    said = [f for f in _small_share(report.findings) if f.sel == ref]
    assert [f.severity for f in said] == ["peringatan"], report.findings
    assert "kurang dari 0,1% pagu" in said[0].pesan and "ribuan" in said[0].pesan, said[0].pesan


def test_under_0_001_percent_fires_whatever_the_amount(tmp_path):
    # P0.01 (row 4, pagu 12.076.486.014), TW II 5.059.823 juta typed in juta "5.059,82" is not whole,
    # but a whole 100.000 is 100.000 / 12.076.486.014 = 0,00083 % < 0,001 %: said as before staff36
    assert Fraction(100_000, 12_076_486_014) < Fraction(1, 100_000)
    report = load_report(_example_with(tmp_path, {("Anggaran", "G4"): 100_000}))
    (said,) = [f for f in _small_share(report.findings) if f.sel == "G4"]
    assert "kurang dari 0,001% pagu" in said.pesan, said.pesan


# --- 2. a scale note after an amount, however written: keep the scale word ---------------------------


@pytest.mark.parametrize(
    ("typed", "meant", "rupiah"),
    [
        ("1.800 (ribuan rupiah)", "1.800 ribu", 1_800_000),  # 1.800 x 1.000
        ("1.800 (ribuan)", "1.800 ribu", 1_800_000),
        ("1.800 (Rp ribuan)", "1.800 ribu", 1_800_000),
        ("1.800 (x Rp 1.000)", "1.800 ribu", 1_800_000),
        ("1.800 (x Rp 1.000.000)", "1.800 juta", 1_800_000_000),  # 1.800 x 1.000.000
        ("1,8 (dalam miliar)", "1,8 miliar", 1_800_000_000),  # 1,8 x 1.000.000.000
        ("1,8 (miliar rupiah)", "1,8 miliar", 1_800_000_000),
    ],
)
def test_a_scale_note_however_written_is_told_to_keep_its_word(tmp_path, typed, meant, rupiah):
    # Anggaran!G10 (P3.02's TW II). Before: "tulis angkanya saja (1.800)", read as Rp 1.800.
    report = load_report(_example_with(tmp_path, {("Anggaran", "G10"): typed}))
    (galat,) = [f for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "G10")]
    assert galat.severity == "galat" and f"({meant})" in galat.pesan, galat.pesan
    assert "tulis angkanya saja" not in galat.pesan, galat.pesan
    assert parse_number(meant).exact == rupiah  # followed, the advice reads the amount meant


def test_a_note_that_is_no_scale_still_says_write_the_number_alone(tmp_path):
    report = load_report(_example_with(tmp_path, {("Anggaran", "G10"): "1.800.000 (belanja ATK)"}))
    (galat,) = [f for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "G10")]
    assert "tulis angkanya saja (1.800.000)" in galat.pesan, galat.pesan


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Pagu dan Realisasi (x Rp 1.000)", True),
        ("Pagu dan Realisasi (ribuan rupiah)", True),
        ("Pagu dan Realisasi (dalam miliar)", True),
        ("Realisasi program bagi ribuan UMKM", False),  # thousands of UMKM, not a scale
    ],
)
def test_a_title_above_anggaran_with_such_a_note_is_said(tmp_path, title, said):
    # Anggaran!A1, the title above the header: its amounts are still read in rupiah as typed
    report = load_report(_example_with(tmp_path, {("Anggaran", "A1"): title}))
    found = [f for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "A1")]
    assert bool(found) is said and all("menyebut angka" in f.pesan for f in found), found


# --- 3. the desktop protects an output sheet again with the build's options ----------------------------

# COM's Worksheet.Protect option for each of the file's sheetProtection attributes (openpyxl's names;
# False there is "allowed").
_COM_ALLOW = {
    "formatCells": "AllowFormattingCells",
    "formatColumns": "AllowFormattingColumns",
    "formatRows": "AllowFormattingRows",
    "insertColumns": "AllowInsertingColumns",
    "insertRows": "AllowInsertingRows",
    "insertHyperlinks": "AllowInsertingHyperlinks",
    "deleteColumns": "AllowDeletingColumns",
    "deleteRows": "AllowDeletingRows",
    "sort": "AllowSorting",
    "autoFilter": "AllowFiltering",
    "pivotTables": "AllowUsingPivotTables",
}


def _as_built(built) -> dict:
    """The COM Protect arguments that protect a sheet as ``built`` (openpyxl's protection of a sheet
    `lkj-xl build` wrote) is: no password, the same things allowed."""
    assert built.sheet and not built.password  # the build: protected, no password
    allowed = {com: True for attr, com in _COM_ALLOW.items() if getattr(built, attr) is False}
    assert allowed == {"AllowFormattingColumns": True, "AllowFormattingRows": True}  # widths, heights
    return {"Password": "", **allowed}


def test_the_desktop_protects_each_output_sheet_with_the_builds_options(tmp_path):
    from test_xl_desktop_in_place import _built_with_own_sheet, desktop_book

    from lkj_xl.core import contract as c
    from lkj_xl.xl.scripts import HitungUlangError, hitung_ulang

    path, again = _built_with_own_sheet(tmp_path)
    rebuilt = openpyxl.load_workbook(again)
    book = desktop_book(path)
    hitung_ulang(book)
    outputs = [s for s in book.sheets if s.name in c.OUTPUT_SHEETS]
    assert len(outputs) == 9
    for sheet in outputs:  # (the fake's Protect dropped its options: Protect(Password="") passed)
        assert sheet.protected_with == _as_built(rebuilt[sheet.name].protection), sheet.name

    # A press stopped by Ringkasan locked with a password protects the others its check opened again
    # (mend34b), with the same options.
    book = desktop_book(path, passwords={c.SHEET_RINGKASAN: "rahasia"})
    with pytest.raises(HitungUlangError):
        hitung_ulang(book)
    opened = [s for s in book.sheets if s.name in c.OUTPUT_SHEETS and s.name != c.SHEET_RINGKASAN]
    assert len(opened) == 8
    for sheet in opened:
        assert sheet.protected_with == _as_built(rebuilt[sheet.name].protection), sheet.name


# --- 5. Tahun: two years in their short forms; one year typed twice ------------------------------------


@pytest.mark.parametrize("typed", ["2025/26", "T.A. 2025/2026", "TA 2025-2026", "Tahun 2025/26", "2025-26"])
def test_a_tahun_of_two_years_in_a_short_form_asks_for_one_year(tmp_path, typed):
    report = load_report(_example_with(tmp_path, {("Pengaturan", "B6"): typed}))
    assert report.settings.tahun is None
    said = [(f.severity, f.pesan) for f in report.findings if (f.sheet, f.sel) == ("Pengaturan", "B6")]
    assert said == [
        (
            "galat",
            f'Parameter "Tahun" "{typed}" berisi dua tahun; tulis satu tahun saja: tahun anggaran yang dilaporkan',
        )
    ], said


@pytest.mark.parametrize("typed", ["2025-2025", "2025/25", "T.A. 2025/2025"])
def test_one_year_typed_twice_is_read_as_that_year_and_said(tmp_path, typed):
    report = load_report(_example_with(tmp_path, {("Pengaturan", "B6"): typed}))
    assert report.settings.tahun == 2025
    said = [(f.severity, f.pesan) for f in report.findings if (f.sheet, f.sel) == ("Pengaturan", "B6")]
    assert said == [
        (
            "peringatan",
            f'Parameter "Tahun" "{typed}" berisi tahun 2025 dua kali; dibaca 2025: tulis 2025 saja',
        )
    ], said


def test_a_year_and_month_is_no_two_years(tmp_path):
    # "2025-06" (a year and a month): 06 is not the year after 2025, so not "berisi dua tahun"
    report = load_report(_example_with(tmp_path, {("Pengaturan", "B6"): "2025-06"}))
    said = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Pengaturan", "B6")]
    assert said and not [p for p in said if "dua tahun" in p], said
