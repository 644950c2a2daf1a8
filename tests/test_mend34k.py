"""Mend of review revJ's findings in mend34f.

- A rupiah amount spelled out after the number ("450.000 (empat ratus lima puluh ribu rupiah)") was
  taken for a scale note and told "(450.000 ribu)": followed, a thousand times the amount.
- The scale word was looked for anywhere in the note ("SIPD Juli" gave juta, "data milik" miliar);
  "(Rp 000.000)" gave ribu; "(dlm ribuan)", "(x 1000)", "(x Rp 1 juta)" were no notes.
- The 0,1 % rule: sen are ordinary in SIPD amounts in rupiah (quiet now); a whole TW II column typed in
  ribuan left its two amounts above Rp 1 juta unsaid.
- Tahun "2025-06" got Kinerja's advice on ranges of targets.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.build import load_report
from lkj_xl.core.numbers import parse_number
from tests.test_fix14 import _example_with

# The example's Anggaran rows (pagu in D): 4 P0.01 12.076.486.014, 5 P2.01 41.000.000, 8 P2.04
# 1.888.172.939, 9 P3.01 3.578.850.965, 10 P3.02 82.706.300, 12 P4.02 6.532.742.965, 13 P4.03
# 987.614.940. Column F Realisasi TW I, G TW II (the reported quarter).


def _at(report, sheet: str, ref: str) -> list:
    return [f for f in report.findings if (f.sheet, f.sel) == (sheet, ref)]


# --- 1. an amount spelled out after the number is no scale note -------------------------------------


@pytest.mark.parametrize(
    ("ref", "typed", "number"),
    [
        ("G13", "450.000 (empat ratus lima puluh ribu rupiah)", "450.000"),
        ("G10", "2.000.000 (dua juta rupiah)", "2.000.000"),
        ("G10", "1.500.000 (satu juta lima ratus ribu rupiah)", "1.500.000"),
    ],
)
def test_an_amount_spelled_out_is_told_to_write_the_number_alone(tmp_path, ref, typed, number):
    # Before: "(450.000 ribu)": followed, P4.03 reads Rp 450.000.000 of 987.614.940 = 45,56 % instead of
    # 450.000 / 987.614.940 = 0,046 %.
    (galat,) = _at(load_report(_example_with(tmp_path, {("Anggaran", ref): typed})), "Anggaran", ref)
    assert f"tulis angkanya saja ({number})" in galat.pesan, galat.pesan
    assert "kata skala" not in galat.pesan and " ribu)" not in galat.pesan and " juta)" not in galat.pesan


@pytest.mark.parametrize(
    "title",
    [
        "Realisasi Anggaran Dinas Tahun 2025 (Pagu 31 Miliar Rupiah)",
        "Total Pagu Rp 41.000.000 (empat puluh satu juta rupiah)",
        "Program yang menyentuh jutaan rupiah omzet UMKM",
        "Belanja di bawah lima ratus ribu rupiah dicatat di BKU",
        "Pagu dan Realisasi Anggaran (dalam rupiah) s.d. Juni 2025",
    ],
)
def test_a_title_naming_an_amount_is_no_scale_note(tmp_path, title):
    report = load_report(_example_with(tmp_path, {("Anggaran", "A1"): title}))
    assert not _at(report, "Anggaran", "A1"), _at(report, "Anggaran", "A1")


# --- 2. the scale word is read from the note's scale only ---------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant", "rupiah"),
    [
        ("1.800 (ribuan rupiah, SIPD Juli)", "1.800 ribu", 1_800_000),  # 1.800 x 1.000, not juta
        ("1.800 (ribuan rupiah, data milik Bidang)", "1.800 ribu", 1_800_000),  # not miliar
        ("1.800 (ribuan rupiah, jumlah s.d. TW II)", "1.800 ribu", 1_800_000),
        ("1.800 (dalam ribuan, s.d. Juni)", "1.800 ribu", 1_800_000),
        ("1,8 (Rp 000.000)", "1,8 juta", 1_800_000),  # six zeros: 1,8 x 1.000.000
        ("1.800 (dlm ribuan)", "1.800 ribu", 1_800_000),
        ("1,8 (dlm juta)", "1,8 juta", 1_800_000),
        ("1.800 (x 1000)", "1.800 ribu", 1_800_000),
        ("1,8 (x Rp 1 juta)", "1,8 juta", 1_800_000),
    ],
)
def test_the_scale_word_comes_from_the_scale(tmp_path, typed, meant, rupiah):
    # Anggaran!G10, P3.02's TW II (1.800.000 in the example)
    (galat,) = _at(load_report(_example_with(tmp_path, {("Anggaran", "G10"): typed})), "Anggaran", "G10")
    assert f"({meant})" in galat.pesan, galat.pesan
    assert parse_number(meant).exact == rupiah


@pytest.mark.parametrize("title", ["Pagu dan Realisasi (x 1000)", "Pagu dan Realisasi (dlm ribuan)"])
def test_a_title_with_a_short_scale_note_is_said(tmp_path, title):
    (said,) = _at(load_report(_example_with(tmp_path, {("Anggaran", "A1"): title})), "Anggaran", "A1")
    assert said.severity == "peringatan" and "menyebut angka" in said.pesan, said.pesan


# --- 3. + 4. under 0,1 % of pagu: sen are no sign of ribuan; a column in ribuan is ------------------


def _small_share(report, ref: str) -> list:
    return [f for f in _at(report, "Anggaran", ref) if "kurang dari" in f.pesan and "pagu (Rp" in f.pesan]


@pytest.mark.parametrize(
    ("cells", "ref", "share"),
    [
        # SIPD's TW I 2.345.678,50 of a pagu of 5.000.000.000: 0,047 %
        (
            {("Anggaran", "F12"): "2.345.678,50", ("Anggaran", "D12"): 5_000_000_000},
            "F12",
            Fraction(234567850, 100) / 5_000_000_000,
        ),
        # P2.04's TW II 1.211.837,25 of 1.888.172.939: 0,064 %
        ({("Anggaran", "G8"): "1.211.837,25"}, "G8", Fraction(121183725, 100) / 1888172939),
        # P0.01's TW I 4.517.316,36 of 12.076.486.014 = 0,037 %, beside its TW II 5.059.823.310
        # (1.120 times, not the 2.000 times of a quarter typed in ribuan)
        ({("Anggaran", "F4"): "4.517.316,36"}, "F4", Fraction(451731636, 100) / 12076486014),
    ],
)
def test_sen_in_a_small_amount_in_rupiah_are_quiet(tmp_path, cells, ref, share):
    assert Fraction(1, 100_000) < share < Fraction(1, 1000)
    report = load_report(_example_with(tmp_path, cells))
    assert not _small_share(report, ref), report.findings


# revJ c5: the whole TW II column typed in ribuan (the example's amounts / 1.000, rounded)
_TW2_RIBUAN = {
    4: 5059823,
    5: 8000,
    6: 0,
    7: 0,
    8: 10200,
    9: 157854,
    10: 1800,
    11: 525,
    12: 1211837,
    13: 40380,
    14: 54076,
    15: 116452,
    16: 110869,
    17: 63709,
    18: 450,
    19: 0,
}


def test_a_column_typed_in_ribuan_is_said_in_every_row_under_0_1_percent(tmp_path):
    cells = {("Anggaran", f"G{row}"): value for row, value in _TW2_RIBUAN.items()}
    report = load_report(_example_with(tmp_path, cells))  # type: ignore[arg-type]
    # G4 5.059.823 of 12.076.486.014 = 0,042 %; G12 1.211.837 of 6.532.742.965 = 0,019 %: above Rp 1
    # juta, unsaid before, and left typed so the report's penyerapan is a thousandth of the truth.
    assert Fraction(5059823, 12076486014) < Fraction(1, 1000) and 5059823 > 1_000_000
    assert Fraction(1211837, 6532742965) < Fraction(1, 1000) and 1211837 > 1_000_000
    flagged = {row for row, value in _TW2_RIBUAN.items() if value and _small_share(report, f"G{row}")}
    assert flagged == {row for row, value in _TW2_RIBUAN.items() if value}, flagged


def test_a_quarter_a_thousandth_of_the_programs_other_alone_is_quiet(tmp_path):
    # P4.02 (pagu 6.532.742.965): TW I 2.500.000.000, TW II 1.211.837 (0,019 % of pagu, above Rp 1 juta,
    # alone in its column): TW I is 2.063 times TW II. mend34k said it (typed in ribuan?), but a first
    # small purchase beside the big spending looks the same (revM: TW I 1.000.000 beside TW II
    # 2.500.000.000, 0,028 %), so the ratio is no sign of ribuan (mend34n): quiet, only a column typed in
    # ribuan or an amount under Rp 1 juta is said.
    assert Fraction(2_500_000_000, 1211837) >= 2000 and Fraction(1211837, 6532742965) < Fraction(1, 1000)
    cells = {("Anggaran", "F12"): 2_500_000_000, ("Anggaran", "G12"): 1211837}
    report = load_report(_example_with(tmp_path, cells))  # type: ignore[arg-type]
    assert not _small_share(report, "G12"), report.findings


# --- 5. Tahun: a year and a month is no range of targets ---------------------------------------------


@pytest.mark.parametrize("typed", ["2025-06", "2025-12", "2026-25"])
def test_tahun_with_more_than_a_year_is_told_to_write_one_year(tmp_path, typed):
    report = load_report(_example_with(tmp_path, {("Pengaturan", "B6"): typed}))
    (galat,) = _at(report, "Pengaturan", "B6")
    assert galat.severity == "galat" and "tulis satu tahun saja, mis. 2025" in galat.pesan, galat.pesan
    assert "Perjanjian Kinerja" not in galat.pesan and "Keterangan" not in galat.pesan, galat.pesan
    assert report.settings.tahun is None
