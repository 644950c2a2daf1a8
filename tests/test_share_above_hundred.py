"""A share above 100 % typed as a fraction (staff round 43: a Dinas Pendidikan's annual report).

An Angka Partisipasi Kasar is above 100 % as a rule (pupils of any age over the children of school
age: APK SD 102,35 %). Computed in a helper sheet as =A/B without x 100 and pasted as a value, it
reaches Kinerja as 1,0235. Read as 1,0235 % of a target of 100 it gave a capaian of 1,02 % Sangat
Rendah without a word: the checks of a percentage typed as a fraction (rounds 8 and 22, and a
fraction beside a figure typed with %) took only fractions of at most 1 (0,85 for 85 %), so the
fraction of a share above 100 % passed all three. It is now a peringatan at its quarter naming the
figure meant (1,0235 x 100 = 102,35), computed as typed, where the fraction x 100 lies within half to
twice the figure beside it (the target, or a quarter typed whole): a real small percentage (1,5 % of a
target of 20) stays quiet.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import PERINGATAN
from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row, run


def _at(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


def _apk(target, tws, jenis="Nilai Akhir", polaritas="Positif"):
    """APK SD (Sasaran S1, row 2) in the year's report (Triwulan 4)."""
    row = kinerja_row("S1", "Sasaran", "", "Akses", "APK SD", target, tws, jenis=jenis, polaritas=polaritas)
    return run([row], triwulan=4)


@pytest.mark.parametrize(
    ("target", "tws"),
    [
        # every quarter a fraction, the target 100 typed plain (round 8's case above 100 %)
        (100, (1.018, 1.021, "menunggu data Dapodik", 1.0235)),
        # the earlier quarters typed whole, TW IV pasted from the helper sheet (round 22's case)
        (100, (101.8, 102.1, "menunggu data Dapodik", 1.0235)),
        # the earlier quarters typed with % as text (a fraction beside a % figure)
        (100, ("101,80 %", "102,10 %", "menunggu data Dapodik", 1.0235)),
        # the target typed with % too
        ("100 %", ("101,80 %", "102,10 %", "menunggu data Dapodik", 1.0235)),
    ],
)
def test_a_share_above_100_typed_as_a_fraction_is_a_peringatan(target, tws):
    report = _apk(target, tws)
    # Nilai Akhir: TW IV, read as typed, 1,0235 %: 1,0235 / 100 x 100 = 1,0235 % (Sangat Rendah)
    assert report.indicators[0].capaian_exact == Fraction(10235, 10000)
    said = _at(report, "N2")
    assert [f.severity for f in said] == [PERINGATAN], said
    assert "1,0235" in said[0].pesan and "102,35" in said[0].pesan  # 1,0235 x 100 = 102,35


def test_each_fraction_of_a_year_typed_as_fractions_is_pointed_out():
    # Rata-rata of 1,018, 1,021, 1,0235 (every quarter =A/B): each is said at its cell, with its own
    # figure x 100 (101,8; 102,1; 102,35)
    report = _apk(100, (1.018, 1.021, None, 1.0235), jenis="Rata-rata")
    for sel, meant in (("K2", "101,8"), ("L2", "102,1"), ("N2", "102,35")):
        said = _at(report, sel)
        assert len(said) == 1 and meant in said[0].pesan, (sel, said)


@pytest.mark.parametrize(
    ("target", "tws", "jenis"),
    [
        # APK typed as the report prints it: 102,35 / 100 x 100 = 102,35 % Sangat Tinggi, nothing to say
        (100, ("101,80 %", "102,10 %", "menunggu data Dapodik", "102,35 %"), "Nilai Akhir"),
        (100, (101.8, 102.1, None, 102.35), "Nilai Akhir"),
        # a real small percentage: 1,5 % of a target of 20 (1,5 x 100 = 150 is no figure near 20)
        (20, (1.2, 1.4, 1.45, 1.5), "Nilai Akhir"),
        # a small rate rising beside a larger quarter: 1,5 x 100 = 150 is not within twice 12
        (20, (12, 1.5, 1.6, 1.7), "Nilai Akhir"),
    ],
)
def test_percentages_as_meant_stay_quiet(target, tws, jenis):
    report = _apk(target, tws, jenis=jenis)
    for sel in ("I2", "K2", "L2", "M2", "N2"):
        assert _at(report, sel) == [], (sel, _at(report, sel))


# --- the comparison columns (round 39's check of a fraction there) -------------------------------------

_COMPARISONS = ["Realisasi Tahun Lalu", "Target Akhir Renstra", "Standar Nasional"]
_CELL = dict(zip(_COMPARISONS, ["P2", "Q2", "R2"]))  # book_of puts them after Kinerja's A-O


@pytest.mark.parametrize("header", _COMPARISONS)
def test_a_share_above_100_as_a_fraction_in_a_comparison_column_is_a_peringatan(header):
    # APK SD 2025 of 101,05 % pasted as 1,0105 beside this year's target 100 and TW IV 102,35: read
    # 1,0105 %, Perbandingan Kinerja's perubahan (102,35 - 1,0105) / 1,0105 x 100 = 10.028,64... % Membaik
    row = kinerja_row("S1", "Sasaran", "", "Akses", "APK SD", "100", (None, None, None, "102,35"),
                      polaritas="Positif", jenis="Nilai Akhir")  # fmt: skip
    values = [{header: "1,0105"}.get(h) for h in _COMPARISONS]
    report = report_of(book_of([[*row, *values]], triwulan=4, kinerja_extra=_COMPARISONS))
    said = [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", _CELL[header])]
    assert [f.severity for f in said] == [PERINGATAN], said
    assert "ditulis 1,0105 tanpa %" in said[0].pesan and "tulis 101,05" in said[0].pesan  # 1,0105 x 100


def test_a_small_comparison_figure_above_1_stays_quiet():
    # 1,5 % last year beside a target of 20 %: 150 is more than twice 20, no fraction of 20 %
    row = kinerja_row("S1", "Sasaran", "", "Akses", "Persentase X", "20", (None, None, None, "18"),
                      polaritas="Positif", jenis="Nilai Akhir")  # fmt: skip
    report = report_of(book_of([[*row, "1,5", None, None]], triwulan=4, kinerja_extra=_COMPARISONS))
    assert [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", "P2")] == []


# --- review of round 43: a share on either side of 100 %, a lower-is-better rate -------------------------


@pytest.mark.parametrize(
    ("tws", "jenis", "meant", "capaian"),
    [
        # APK SD 99,8 % in TW I, 102,35 % in TW IV, both pasted =A/B: Nilai Akhir 1,0235 / 100 x 100
        ((0.998, None, None, 1.0235), "Nilai Akhir", {"K2": "99,8", "N2": "102,35"}, Fraction(10235, 10000)),
        # TW I exactly 1 (=A/B of 100 %) then 1,0235
        ((1, None, None, 1.0235), "Nilai Akhir", {"K2": "tulis 100", "N2": "102,35"}, Fraction(10235, 10000)),
        # Rata-rata (0,998 + 1,004 + 1,012 + 1,0235) / 4 = 4,0375 / 4 = 1,009375; / 100 x 100
        (
            (0.998, 1.004, 1.012, 1.0235),
            "Rata-rata",
            {"K2": "99,8", "L2": "100,4", "M2": "101,2", "N2": "102,35"},
            Fraction(1009375, 1000000),
        ),
    ],
)
def test_a_share_crossing_100_typed_as_fractions_is_pointed_out(tws, jenis, meant, capaian):
    # An APK hovering about 100 % gives fractions either side of 1: each rule took only its own side
    # (all at most 1, or all above 1), so the mix was read 1,0235 % without a word.
    report = _apk(100, tws, jenis=jenis)
    assert report.indicators[0].capaian_exact == capaian  # computed as typed
    for sel, figure in meant.items():
        said = _at(report, sel)
        assert [f.severity for f in said] == [PERINGATAN], (sel, said)
        assert figure in said[0].pesan, (sel, said[0].pesan)


def test_a_small_rate_rising_across_1_stays_quiet_as_round_22_keeps_it():
    # 0,6 % then 1,4 % of a target of 90 (0,6 x 100 = 60 and 1,4 x 100 = 140 are both within half to
    # twice 90, but a share typed as fractions moves little: 1,4 is more than one and a half times 0,6)
    report = _apk(90, (0.6, None, None, 1.4))
    assert [f for f in report.findings if f.sheet == "Kinerja" and f.sel in ("K2", "N2")] == []


@pytest.mark.parametrize("polaritas", ["Negatif", None])
@pytest.mark.parametrize(
    ("target", "tws"),
    [
        # Angka Putus Sekolah, lower is better: TW I's count of drop-outs (60 anak) typed in the rate's
        # column, TW IV the real rate 1,2 %: 1,2 is no 120 % (a rate of drop-outs above 100 %)
        ("1,5", (60, None, None, 1.2)),
        # the target typed with %: 1,2 beside 60 % (the Renstra's baseline) is no 120 % either
        ("60 %", (None, None, None, 1.2)),
    ],
)
def test_a_lower_is_better_rate_above_1_is_never_told_to_be_above_100(target, tws, polaritas):
    # Polaritas left blank is read Positif, with a peringatan asking for Negatif (putus sekolah): the
    # name says it is a rate of drop-outs all the same
    row = kinerja_row("S1", "Sasaran", "", "Akses", "Angka Putus Sekolah SD", target, tws,
                      jenis="Nilai Akhir", polaritas=polaritas)  # fmt: skip
    report = run([row], triwulan=4)
    for f in _at(report, "N2"):
        assert "120" not in f.pesan, f.pesan


@pytest.mark.parametrize(
    "tws",
    [
        (80, 10, 8.5, 1.5),
        ("80 %", "10 %", "8,5 %", 1.5),  # the quarters typed with %, the last one's forgotten
    ],
)
@pytest.mark.parametrize("jenis", ["Kumulatif", None])  # Jenis blank is read Kumulatif
def test_a_small_increment_of_a_summed_percentage_is_no_share_above_100(tws, jenis):
    # Progres fisik gedung, Kumulatif: each quarter is what was added, 80 + 10 + 8,5 + 1,5 = 100 of a
    # target 100 (capaian 100 %). TW IV's 1,5 beside TW I's 80 was told it may be 150 % (the sum 248,5)
    row = kinerja_row("S1", "Sasaran", "", "Sarana", "Persentase progres fisik gedung", "100", tws,
                      jenis=jenis)  # fmt: skip
    report = run([row], triwulan=4)
    assert report.indicators[0].capaian_exact == 100
    assert _at(report, "N2") == []


def test_a_summed_share_far_below_its_target_is_still_pointed_out():
    # Kumulatif all the same, every quarter a fraction near the target: 1,018 + 1,021 + 1,0235 = 3,0625
    # of 100, a capaian of 3,06 %: each quarter is said (x 100: 101,8; 102,1; 102,35)
    report = _apk(100, (1.018, 1.021, None, 1.0235), jenis="Kumulatif")
    assert report.indicators[0].capaian_exact == Fraction(30625, 10000)
    for sel, meant in (("K2", "101,8"), ("L2", "102,1"), ("N2", "102,35")):
        said = _at(report, sel)
        assert len(said) == 1 and meant in said[0].pesan, (sel, said)
