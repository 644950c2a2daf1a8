"""A ratio "1:X" typed under a percentage Satuan: a share (Rasio PAD terhadap Pendapatan Daerah, Rasio
belanja pegawai: 1:4 is 25 %) or a count ratio whose Satuan was set to % by mistake (a Rasio guru-murid:
1:20 is 20 murid per guru). Review of staff round 46.

"1:4" of a Rasio PAD in % was told "tulis angka pembandingnya saja (4)" and to put the comparison in
Satuan: 4 % for 25 % in a signed report. The row's own figures tell the two apart: a target (or a
quarter typed whole) within one and a half times 100 / X (share_fraction.moves_little's rule) says the
share (type 25); within one and a half times X says the count ratio (the old advice); neither, both,
or no figure: both readings are named and none is picked.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

import datetime

import pytest

from lkj_xl.core.model import GALAT
from tests.test_analisis_inputs import pembanding_of
from tests.test_engine import kinerja_row, run

PAD = "Rasio PAD terhadap Pendapatan Daerah"
PEGAWAI = "Rasio belanja pegawai terhadap total belanja"
GURU = "Rasio guru terhadap murid"

SHARE = "tulis persentasenya: 1 / 4 x 100 = 25"  # 1 / 4 = 0,25 = 25 %
COUNT = "tulis angka pembandingnya saja (4)"
BOTH = ("bila persentase, tulis 25", "bila perbandingan, tulis 4")


def _row(indikator, target, tws, satuan="%", polaritas="Positif", target_perubahan=None):
    """One Sasaran (row 2), Nilai Akhir, in the year's report."""
    row = kinerja_row(
        "S2", "Sasaran", "", "Keuangan", indikator, target, tws, satuan=satuan, jenis="Nilai Akhir",
        polaritas=polaritas, target_perubahan=target_perubahan,
    )  # fmt: skip
    return run([row], triwulan=4)


def _said(report, sel="N2"):
    found = [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]
    assert [f.severity for f in found] == [GALAT], found
    return found[0].pesan


@pytest.mark.parametrize(
    ("indikator", "target", "tws"),
    [
        (PAD, "25", (None, None, None, "1:4")),  # 25 beside 25
        (PEGAWAI, "30%", (None, None, None, "1:4")),  # 25 within 1,5 x 25 = 37,5 of 30; 4 is far
        # the edge: 2 x 25 = 50 <= 3 x 17 = 51, 25 is within one and a half times 17
        (PAD, "17", (None, None, None, "1 : 4")),
        # no target figure: the quarters typed whole, 24 and 26, beside 25
        (PAD, "-", ("24", "26", None, "1:4")),
    ],
)
def test_a_share_in_percent_typed_as_a_ratio_is_told_its_percentage(indikator, target, tws):
    report = _row(indikator, target, tws)
    assert report.indicators[0].capaian_exact is None  # never read, nor guessed
    pesan = _said(report)
    assert SHARE in pesan, pesan
    # never 4 (4 % for 25 %), never the comparison into Satuan, never the other reading
    assert "pembandingnya" not in pesan and "(4)" not in pesan and "tulis 4" not in pesan, pesan
    assert "kolom Satuan" not in pesan and "bila perbandingan" not in pesan, pesan


@pytest.mark.parametrize(
    ("target", "tws"),
    [
        ("5", (None, None, None, "1:4")),  # 4 within 1,5 x 4 = 6 of 5; 25 is five times 5
        ("-", ("4,2", None, "4", "1:4")),  # the quarters typed whole beside 4
    ],
)
def test_a_count_ratio_under_percent_by_mistake_keeps_the_ratio_advice(target, tws):
    # a Rasio guru-murid whose Satuan was set to % by mistake: 1:4 is 4 murid per guru (README)
    pesan = _said(_row(GURU, target, tws, polaritas=None))
    assert COUNT in pesan and 'kolom Satuan (mis. "murid per guru")' in pesan, pesan
    assert "1 / 4 x 100" not in pesan and "persentase" not in pesan, pesan


@pytest.mark.parametrize(
    ("indikator", "target", "tws"),
    [
        (PAD, None, (None, None, None, "1:4")),  # no target, no quarter: nothing to tell by
        (PAD, "60", (None, None, None, "1:4")),  # 60 is near neither 25 (37,5) nor 4 (6)
        # the edge past 17: 2 x 25 = 50 > 3 x 16 = 48, and 16 is far from 4 too
        (PAD, "16", (None, None, None, "1:4")),
        (GURU, "Menunggu data", (None, None, None, "1:4")),  # a status: no figure
    ],
)
def test_a_ratio_under_percent_the_row_cannot_tell_names_both_readings(indikator, target, tws):
    pesan = _said(_row(indikator, target, tws))
    assert all(b in pesan for b in BOTH), pesan  # both, as conditions: none picked
    assert "1 / 4 x 100 = 25" in pesan, pesan
    assert "pembandingnya saja" not in pesan and "tulis persentasenya" not in pesan, pesan


def test_a_ratio_under_percent_that_fits_both_names_both():
    # 1:10: 100 / 10 = 10 % and 10 murid per guru; a target of 10 fits both
    row = kinerja_row("S2", "Sasaran", "", "K", PAD, "10", (None, None, None, "1:10"), jenis="Nilai Akhir")
    pesan = _said(run([row], triwulan=4))
    assert "bila persentase, tulis 10;" in pesan and "bila perbandingan, tulis 10 " in pesan, pesan


def test_the_target_read_as_a_ratio_takes_the_quarters_reading():
    # Target "1:4" itself (I2) of a row whose quarters are 24 and 26: the share, 25
    pesan = _said(_row(PAD, "1:4", ("24", "26", None, None)), "I2")
    assert SHARE in pesan and "pembandingnya" not in pesan, pesan


def test_a_comparison_column_reads_by_the_rows_target():
    # Realisasi Tahun Lalu "1:4" of a Rasio PAD whose target is 25: the share, 25
    row = kinerja_row("S1", "Sasaran", "", "K", PAD, "25", ("24", None, None, None), jenis="Nilai Akhir",
                      polaritas="Positif")  # fmt: skip
    report = pembanding_of([(row, {"Realisasi Tahun Lalu": "1:4"})])
    found = [f for f in report.findings if f.sheet == "Kinerja" and f.sel[0] > "N" and f.severity == GALAT]
    assert len(found) == 1 and SHARE in found[0].pesan, found
    assert "pembandingnya" not in found[0].pesan, found[0].pesan


def test_a_ratio_kept_as_a_time_reads_by_the_row_too():
    # "1:4" typed in a General cell: Excel keeps the time 01.04, shown "1:04"; the target 25 says 25 %
    pesan = _said(_row(PAD, "25", (None, None, None, datetime.time(1, 4))))
    assert "Excel menyimpannya sebagai waktu" in pesan and SHARE in pesan, pesan
    assert "pembandingnya" not in pesan and "bila perbandingan" not in pesan, pesan


@pytest.mark.parametrize("typed", ["1/4", "1 / 4"])
def test_a_ratio_with_a_slash_under_percent_reads_by_the_row_too(typed):
    # A Rasio guru-murid whose Satuan was set to % by mistake, target 4 (4 murid per guru), TW IV "1/4":
    # it was told "tulis persentasenya: 1 / 4 x 100 = 25", a capaian of 25 / 4 x 100 = 625 % if typed.
    # The target 4 lies within one and a half times 4 and five times from 25: the count ratio's advice
    pesan = _said(_row(GURU, "4", (None, None, None, typed), polaritas=None))
    assert COUNT in pesan and "= 25" not in pesan and "tulis 25" not in pesan, pesan


@pytest.mark.parametrize(
    ("indikator", "target"),
    [
        (PAD, "25"),  # the share of a Rasio PAD: 1 / 4 x 100 = 25, beside its target 25
        ("Persentase desa ODF", "4"),  # no ratio named: 1 of 4 desa is 25 %, whatever the target
        ("Persentase desa ODF", None),
    ],
)
def test_a_share_with_a_slash_under_percent_keeps_its_percentage(indikator, target):
    pesan = _said(_row(indikator, target, (None, None, None, "1/4")))
    assert SHARE in pesan and "pembandingnya" not in pesan, pesan


@pytest.mark.parametrize(("indikator", "target"), [(PAD, None), (GURU, None), (PAD, "60")])
def test_a_ratio_with_a_slash_the_row_cannot_tell_names_both_readings(indikator, target):
    # a row naming a ratio, nothing to tell by (no target; 60 is near neither 25 nor 4): "1/4" is as
    # ambiguous as "1:4" there, both readings named, none picked (it said "tulis 25")
    pesan = _said(_row(indikator, target, (None, None, None, "1/4")))
    assert all(b in pesan for b in BOTH) and "1 / 4 x 100 = 25" in pesan, pesan
    assert "tulis persentasenya" not in pesan and "pembandingnya saja" not in pesan, pesan


@pytest.mark.parametrize(
    ("indikator", "target", "typed"),
    [
        (PAD, "25", "4:1"),  # 4 % for 25 %? 400 %? Its target says neither 4 nor 400
        (PAD, None, "4:1"),  # nothing to tell by
        (PAD, "25", "4 : 1"),
        (PAD, "25", "18.5:1"),  # no plain 1:X either
    ],
)
def test_a_ratio_written_other_than_one_to_x_under_percent_names_no_figure(indikator, target, typed):
    # "4:1" under % was told "tulis angka pembandingnya saja (4)": a capaian of 4 / 25 x 100 = 16 % if
    # typed where 25 % was meant. Only a row whose figures lie near X tells the count ratio (below)
    pesan = _said(_row(indikator, target, (None, None, None, typed)))
    assert "bukan satu angka" in pesan and "pembandingnya" not in pesan, pesan
    rest = pesan.replace(typed, "").replace(" ".join(typed.split()), "")
    assert "(4)" not in rest and "tulis 4" not in rest and "(18" not in rest and "tulis 25" not in rest, pesan


@pytest.mark.parametrize("typed", ["20:1", datetime.time(20, 1)])
def test_a_count_ratio_pupils_first_under_percent_by_mistake_keeps_its_figure(typed):
    # a Rasio guru-murid in % by mistake, target 20 (murid per guru): 20 lies within one and a half times
    # 20 and far from 100 / 20 = 5; "20:1" (or the time 20.01 Excel keeps) is 20 murid per guru
    pesan = _said(_row(GURU, "20", (None, None, None, typed), polaritas=None))
    assert "tulis angka pembandingnya saja (20)" in pesan, pesan
