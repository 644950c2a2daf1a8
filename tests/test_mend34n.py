"""Mend of review revM's findings in mend34k.

- The column rule (most figures of a quarter's column under 0,1 % of pagu: typed in ribuan) flagged an
  honest Triwulan I, where most programs have only their ATK and meetings (0,03-0,09 %) beside the
  salaries' 15 %: a column typed in ribuan has EVERY figure at a thousandth of its share.
- The 2.000x rule flagged ordinary spending (TW I 1.000.000 beside TW II 2.500.000.000).
- Scale notes after "satuan", "satuan:", "dalam satuan", "nilai" were no longer recognised.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.build import load_report
from tests import test_mend34k
from tests.test_fix14 import _example_with
from tests.test_mend34k import _at, _small_share

# The example's Anggaran pagu (column D), rows 4-19: P0.01 12.076.486.014, ... (see test_mend34k).
# Column F is Realisasi TW I (blank in the example), G TW II; Pengaturan!B7 the Triwulan reported.
_PAGU = {
    4: 12076486014,
    5: 41000000,
    6: 54888000,
    7: 101563000,
    8: 1888172939,
    9: 3578850965,
    10: 82706300,
    11: 62200000,
    12: 6532742965,
    13: 987614940,
    14: 435942350,
    15: 543218610,
    16: 286850000,
    17: 1116055550,
    18: 8050000,
    19: 8706000,
}


def _tw1_report(tmp_path, pagu: dict[int, int], spent: dict[int, int]):
    """A Triwulan I report: TW II blank, TW I as ``spent`` (others 0), pagu changed as ``pagu``."""
    cells: dict[tuple[str, str], object] = {("Pengaturan", "B7"): 1}
    for row in _PAGU:
        cells["Anggaran", f"G{row}"] = None
        cells["Anggaran", f"F{row}"] = spent.get(row, 0)
    for row, value in pagu.items():
        cells["Anggaran", f"D{row}"] = value
    return load_report(_example_with(tmp_path, cells))  # type: ignore[arg-type]


# --- 1. an honest Triwulan I: salaries and a few large rows beside many small ones -----------------

# revM t2: ten programs' TW I ATK/meetings in whole rupiah, each 0,02-0,09 % of its (changed) pagu
_TEN_PAGU = {
    5: 4200000000,
    6: 3150000000,
    7: 2875500000,
    8: 1888172939,
    9: 3578850965,
    10: 2206300000,
    11: 5120000000,
    12: 6532742965,
    13: 1987614940,
    14: 2435942350,
}
_TEN_SPENT = {
    5: 1260000,
    6: 2205000,
    7: 1725300,
    8: 943000,
    9: 2500000,
    10: 1985670,
    11: 2560000,
    12: 3150000,
    13: 1590000,
    14: 975000,
}


def test_an_honest_triwulan_i_with_most_rows_small_is_quiet(tmp_path):
    spent = dict(_TEN_SPENT)
    # P0.01 salaries 1.850.000.000 / 12.076.486.014 = 15,3 %; P4.05 48.000.000 / 543.218.610 = 8,8 %;
    # P4.06 31.500.000 / 286.850.000 = 11,0 %; P1.01 95.000.000 / 1.116.055.550 = 8,5 %
    spent |= {4: 1850000000, 15: 48000000, 16: 31500000, 17: 95000000}
    assert Fraction(31500000, 286850000) > Fraction(1, 10)
    for row, value in _TEN_SPENT.items():  # the ten: from 0,02 % up to 0,09 %, ten of fourteen figures
        assert Fraction(1, 100_000) < Fraction(value, _TEN_PAGU[row]) < Fraction(1, 1000)
    report = _tw1_report(tmp_path, _TEN_PAGU, spent)
    said = {row for row in _PAGU if _small_share(report, f"F{row}")}
    # Only the two under Rp 1 juta (P2.04 943.000, P4.04 975.000) are asked about, as any amount under
    # Rp 1 juta below 0,1 % of its pagu is; the eight from Rp 1 juta up are quiet.
    assert said == {row for row, value in _TEN_SPENT.items() if value < 1_000_000} == {8, 14}, said


def test_triwulan_i_with_three_rows_two_small_is_quiet(tmp_path):
    # revM t1: P0.01 1.850.000.000 (15,3 %), P3.01 2.500.000 / 3.578.850.965 = 0,070 %, P4.02
    # 3.150.000 / 6.532.742.965 = 0,048 %: two of three under 0,1 % (the old majority), all honest.
    spent = {4: 1850000000, 9: 2500000, 12: 3150000}
    assert Fraction(2500000, 3578850965) < Fraction(1, 1000)
    assert Fraction(3150000, 6532742965) < Fraction(1, 1000)
    report = _tw1_report(tmp_path, {}, spent)
    assert not _small_share(report, "F9") and not _small_share(report, "F12")


def test_a_triwulan_i_column_typed_in_ribuan_is_said_in_every_row(tmp_path):
    # The same TW I typed in ribuan (each amount / 1.000): every figure is under 0,1 % of its pagu, the
    # salaries' 1.850.000 too (1.850.000 / 12.076.486.014 = 0,015 %).
    spent = {4: 1850000, 15: 48000, 16: 31500, 17: 95000, 9: 2500, 12: 3150}
    assert all(Fraction(value, _PAGU[row]) < Fraction(1, 1000) for row, value in spent.items())
    report = _tw1_report(tmp_path, {}, spent)
    said = {row for row in spent if _small_share(report, f"F{row}")}
    assert said == set(spent), said


# --- 2. one quarter far below the program's other is ordinary spending -----------------------------


def test_a_small_quarter_beside_a_large_one_is_quiet(tmp_path):
    # revM t1 ratio2500: P3.01 TW I 1.000.000 / 3.578.850.965 = 0,028 % (a first small purchase), TW II
    # 2.500.000.000: 2.500 times, spending as it happens; TW I is the only figure in its column.
    assert Fraction(1000000, 3578850965) < Fraction(1, 1000)
    cells = {("Anggaran", "F9"): 1000000, ("Anggaran", "G9"): 2500000000}
    report = load_report(_example_with(tmp_path, cells))  # type: ignore[arg-type]
    assert not _small_share(report, "F9"), _small_share(report, "F9")


# --- 3. scale notes after satuan / nilai --------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Pagu dan Realisasi per Program (satuan: ribuan rupiah)",
        "Realisasi Belanja (Satuan: Ribu Rupiah)",
        "Pagu dan Realisasi (dalam satuan ribuan rupiah)",
        "Tabel Anggaran (Nilai Ribuan Rupiah)",
        "Realisasi Anggaran TA 2025 - Satuan Ribuan Rupiah",
    ],
)
def test_a_title_with_satuan_or_nilai_scale_is_said(tmp_path, title):
    # one peringatan "menyebut angka" at A1, as for "(x 1000)"
    test_mend34k.test_a_title_with_a_short_scale_note_is_said(tmp_path, title)


@pytest.mark.parametrize("typed", ["1.800 (satuan ribuan rupiah)", "1.800 (dalam satuan ribuan rupiah)"])
def test_an_amount_with_a_satuan_note_keeps_its_scale(tmp_path, typed):
    # Anggaran!G10, P3.02's TW II: 1.800 in ribuan is 1.800.000, written "1.800 ribu"
    report = load_report(_example_with(tmp_path, {("Anggaran", "G10"): typed}))
    (galat,) = _at(report, "Anggaran", "G10")
    assert "(1.800 ribu)" in galat.pesan, galat.pesan


@pytest.mark.parametrize(
    "title",
    [
        "Nilai 450 ribu rupiah untuk ATK",  # an amount after nilai, not a scale
        "Satuan harga dua juta rupiah per paket",  # a number word before the scale word
    ],
)
def test_satuan_or_nilai_before_an_amount_is_no_scale(tmp_path, title):
    report = load_report(_example_with(tmp_path, {("Anggaran", "A1"): title}))
    assert not _at(report, "Anggaran", "A1")
