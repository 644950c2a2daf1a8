"""A ratio typed under a Satuan that is no comparison of two groups, or of a rate per a number of people
(review of staff round 46).

Round 46 made a slip ("1;20", "1 : 20 murid") the ratio galat naming 20 on any row whose Satuan names
two things with a slash or "per" ("murid per guru", "orang/dokter"). A Satuan of a quantity per unit
("kg/kapita", "Rp/kg", "ton/ha", "kWh/kapita", "Rp per kapita") names no two groups: "1;5" there
(1,5 kg typed with a slip) was told "tulis angka pembandingnya saja (5)", a wrong figure if followed;
so was a hyphenated word ("e-KTP"). It also dropped the duration galat of "1:30" under Satuan "hari"
(1 jam 30 menit, "tulis angkanya dalam hari saja") for "tulis ... (30)".

A Rasio tenaga kesehatan per 1.000 penduduk (higher is better) typed "1:500" was told to type 500,
the population per nakes, though its Satuan counts nakes per 1.000 penduduk: 1.000 / 500 = 2.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

import datetime
from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run
from tests.test_ratio_time_and_hyphen import _row, _said  # one Sasaran's TW IV in the year's report

_PER_UNIT = [
    ("kg/kapita", "Konsumsi ikan per kapita"),
    ("Rp/kg", "Harga gabah di tingkat petani"),
    ("ton/ha", "Produktivitas padi"),
    ("kWh/kapita", "Konsumsi listrik per kapita"),
    ("Rp per kapita", "Pengeluaran per kapita"),
    ("jiwa/km2", "Kepadatan penduduk"),
]
# (a hyphenated word names no comparison either: only a slip is kept off the ratio galat there; a plain
# "1:5" of a count is the ratio galat of any Satuan, as before)
_HYPHENATED = [("e-KTP", "Jumlah e-KTP tercetak"), ("dokumen e-kinerja", "Dokumen e-kinerja tersusun")]
_CASES = [(t, s, i) for t in ["1;5", "1 : 5 kg", "1:5"] for s, i in _PER_UNIT]
_CASES += [(t, s, i) for t in ["1;5", "1 : 5 kg"] for s, i in _HYPHENATED]


@pytest.mark.parametrize(("typed", "satuan", "indikator"), _CASES)
def test_a_quantity_per_unit_is_never_told_to_type_the_ratio_figure(typed, satuan, indikator):
    # 1,5 kg/kapita typed with a slip (";" for ",", or a colon): no figure is read (a galat), and 5, the
    # figure after the slip, is never advised: 5 kg/kapita would be a wrong figure in the report
    report = _row(typed, satuan, indikator)
    assert report.indicators[0].capaian_exact is None
    said = _said(report)
    assert said and said[0].severity == GALAT, said
    for f in said:
        assert "pembandingnya" not in f.pesan and "perbandingan" not in f.pesan, f.pesan


@pytest.mark.parametrize(
    ("typed", "satuan", "exact"),
    [
        ("12.500", "Rp/kg", Fraction(12500)),  # Rp 12.500 per kg, thousands dot
        ("1,5", "kg/kapita/tahun", Fraction(3, 2)),
        ("5,85", "ton/ha", Fraction(585, 100)),
        ("Rp 1,2 jt", "Rp per kapita", Fraction(1_200_000)),
    ],
)
def test_a_genuine_figure_per_unit_reads_as_typed(typed, satuan, exact):
    report = _row(typed, satuan, "Nilai per satuan", target="1")
    assert report.indicators[0].realisasi == float(exact)  # (the nearest double of the decimal typed)
    # Positif, Nilai Akhir, target 1: the figure / 1 x 100
    assert report.indicators[0].capaian_exact == exact * 100
    assert [f for f in _said(report) if f.severity == GALAT] == []


@pytest.mark.parametrize("satuan", ["hari", "Hari"])
def test_a_time_under_a_satuan_of_days_is_the_duration_galat(satuan):
    # "1:30" of Satuan hari is 1 jam 30 menit (as main reads it): "tulis angkanya dalam hari saja",
    # never "tulis ... (30)", 30 hari for an hour and a half
    report = _row("1:30", satuan, "Rata-rata waktu penyelesaian izin", polaritas="Negatif")
    (said,) = _said(report)
    assert said.severity == GALAT, said.pesan
    assert "jam:menit" in said.pesan and f"dalam {satuan} saja" in said.pesan, said.pesan
    assert "pembandingnya" not in said.pesan, said.pesan


# --- a rate per a number of people -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "satuan", "indikator", "advised"),
    [
        # 1 nakes for 500 penduduk: 1.000 / 500 = 2 per 1.000 penduduk
        ("1:500", "nakes per 1.000 penduduk", "Rasio tenaga kesehatan", "1.000 / 500 = 2"),
        # pupils-first order, 500 penduduk to 1 nakes: the same 2
        ("500:1", "tenaga kesehatan per 1.000 penduduk", "Rasio tenaga kesehatan", "1.000 / 500 = 2"),
        # 1 dokter for 2.500 penduduk: 100.000 / 2.500 = 40 per 100.000 penduduk
        ("1 : 2.500", "dokter per 100.000 penduduk", "Rasio dokter", "100.000 / 2.500 = 40"),
        # Satuan "-", the Indikator names the base: 1.000 / 400 = 2,5 (shown with two decimals)
        ("1;400", "-", "Rasio tenaga kesehatan per 1.000 penduduk", "1.000 / 400 = 2,50"),
        # 1.000 / 300 = 3,333... shown with two decimals
        ("1:300", "nakes per 1.000 penduduk", "Rasio tenaga kesehatan", "1.000 / 300 = 3,33"),
    ],
)
def test_a_ratio_under_a_rate_per_a_number_names_the_rate(typed, satuan, indikator, advised):
    report = _row(typed, satuan, indikator)
    assert report.indicators[0].capaian_exact is None
    (said,) = _said(report)
    assert said.severity == GALAT, said.pesan
    assert advised in said.pesan, said.pesan
    # never the population per nakes as the figure (500, 2.500, 400), a wrong figure under this Satuan
    assert "pembandingnya saja" not in said.pesan, said.pesan
    assert "Polaritas" not in said.pesan, said.pesan  # (Positif chosen: never advised changed)


def test_the_rate_advised_reads_as_meant():
    # following the advice: 2 nakes per 1.000 penduduk against a target of 2, Positif: 2 / 2 x 100 = 100
    report = _row("2", "nakes per 1.000 penduduk", "Rasio tenaga kesehatan")
    assert _said(report) == []
    assert report.indicators[0].capaian_exact == 100


def test_the_indikator_base_is_advised_into_satuan():
    # Satuan "-": the galat says where the base goes
    (said,) = _said(_row("1:400", "-", "Rasio tenaga kesehatan per 1.000 penduduk"))
    assert '"per 1.000 penduduk" di kolom Satuan' in said.pesan, said.pesan


# --- the number cache is keyed without the Indikator ------------------------------------------------


def _rasio_row(kode, indikator, polaritas, typed):
    row = kinerja_row(
        kode, "Sasaran", "", "Mutu", indikator, "20", (None, None, None, typed),
        satuan="-", jenis="Nilai Akhir", polaritas=polaritas,
    )  # fmt: skip
    return row


@pytest.mark.parametrize("typed", ["1;20", "1 banding 20", "1/20", "20"])
@pytest.mark.parametrize("ratio_first", [True, False])
def test_the_same_text_under_two_indikator_reads_by_its_own_row(typed, ratio_first):
    # the same text under Satuan "-" in a Rasio row and in a Jumlah row, both orders: the Rasio row
    # names 20 (a slip) or reads 20, the Jumlah row never names 20 as the figure to type
    rows = [("Rasio guru terhadap murid", "Negatif"), ("Jumlah guru bersertifikat", "Positif")]
    if not ratio_first:
        rows.reverse()
    grid = [_rasio_row(f"S{i}", ind, pol, typed) for i, (ind, pol) in enumerate(rows, start=2)]
    report = run(grid, triwulan=4)
    ratio_row, other_row = (2, 3) if ratio_first else (3, 2)
    if typed == "20":
        # 20 in both rows: Negatif (2 x 20 - 20) / 20 x 100 = 100; Positif 20 / 20 x 100 = 100
        assert [i.capaian_exact for i in report.indicators] == [100, 100]
        return
    (said,) = _said(report, f"N{ratio_row}")
    assert "pembandingnya saja (20)" in said.pesan, said.pesan
    for f in _said(report, f"N{other_row}"):  # (never the Rasio row's figure: 20 is no Jumlah's)
        assert "pembandingnya" not in f.pesan and "(20)" not in f.pesan, f.pesan


def test_a_ratio_kept_as_a_time_names_the_rate_of_the_indikator():
    # "1:30" typed in a General cell, which Excel keeps as the time 01.30, of a Rasio tenaga kesehatan
    # per 1.000 penduduk (Satuan "-"): 1 nakes for 30 penduduk is 1.000 / 30 = 33,33 per 1.000, never 30
    report = _row(datetime.time(1, 30), "-", "Rasio tenaga kesehatan per 1.000 penduduk")
    (said,) = _said(report)
    assert said.severity == GALAT, said.pesan
    assert "1.000 / 30 = 33,33" in said.pesan and "pembandingnya saja" not in said.pesan, said.pesan


# --- an Indikator naming "Rasio" of a figure in another unit -----------------------------------------


@pytest.mark.parametrize(
    ("satuan", "indikator"),
    [
        ("%", "Rasio PAD terhadap total pendapatan daerah"),  # 1 : 4 is 25 %, never 4
        ("Persen", "Rasio kemandirian keuangan daerah"),
        ("Indeks", "Indeks Perbandingan Harga"),
        ("kali", "Rasio lancar"),  # 1,5 kali typed with a slip, never 5
        ("skor", "Rasio capaian mutu"),
    ],
)
@pytest.mark.parametrize("typed", ["1;5", "1 banding 4", "l;4"])
def test_a_slip_of_a_rasio_indikator_in_percent_or_times_is_never_told_the_ratio_figure(
    typed, satuan, indikator
):
    # the Indikator says "Rasio" but its Satuan is a percentage, an index, a score or "kali": the figure
    # typed after the slip (4, 5) is no figure of that Satuan (1 : 4 of a Rasio PAD is 25 %); the cell
    # stays unread (a galat) or pointed out, never with "tulis ... (4)"
    report = _row(typed, satuan, indikator, target="25")
    assert report.indicators[0].capaian_exact is None
    said = _said(report)
    assert said, "the slip is still pointed out"
    for f in said:
        assert "pembandingnya" not in f.pesan, f.pesan


@pytest.mark.parametrize(
    ("satuan", "indikator"),
    [
        ("%", "Rasio PAD terhadap total pendapatan daerah"),
        ("kg/kapita", "Konsumsi ikan per kapita"),
        ("-", "Jumlah"),
    ],
)
def test_a_ratio_in_words_where_no_ratio_is_read_names_no_figure(satuan, indikator):
    # "1 banding 4" where no ratio figure can be told (1 : 4 of a Rasio PAD is 25 %): it said "Tulis
    # angkanya saja (1)", 1 % for 25 %, a wrong figure; now it says it is a comparison and names none
    (said,) = _said(_row("1 banding 4", satuan, indikator, target="25"))
    assert said.severity == GALAT, said.pesan
    assert "berupa perbandingan (1 banding 4)" in said.pesan, said.pesan
    assert "(1)" not in said.pesan and "(4)" not in said.pesan, said.pesan


@pytest.mark.parametrize("satuan", ["Rp/kg", "Rp / Kg", "Rupiah/liter"])
def test_a_price_per_unit_typed_with_rp_is_rupiah_as_under_rp_per_kapita(satuan):
    # Harga beras, Negatif: target "Rp 12.500" beside TW II "12,8 rb" (12.800) under Satuan Rp/kg was a
    # galat saying "12,8 rb" is no rupiah, as "Rp per kapita" never was: both are rupiah per kg.
    # (2 x 12.500 - 12.800) / 12.500 x 100 = 12.200 / 12.500 x 100 = 97,6 %
    row = kinerja_row("S1", "Sasaran", "", "Harga", "Harga beras medium", "Rp 12.500", ("Rp 13.000", "12,8 rb", None, None), satuan=satuan, polaritas="Negatif", jenis="Nilai Akhir")  # fmt: skip
    report = run([row])
    assert report.indicators[0].capaian_exact == Fraction(976, 10)
    assert [f.pesan for f in report.findings if f.severity == GALAT] == []
