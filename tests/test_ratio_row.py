"""A ratio typed with a slip on a row that is evidently a ratio though its Satuan does not say "Rasio"
(staff round 46), and a ratio typed in the comparison columns.

ratio45 made "l:20", "I:20", "1;20", "1 banding 20" and "1 : 20 murid" the ratio galat naming 20, but
only under a Satuan naming "rasio". Staff write the Satuan of a Rasio guru-murid as "murid per guru",
"perbandingan", "guru : murid", "orang/dokter", or leave it "-" with the Indikator saying "Rasio guru
terhadap murid": there "l:20" was only a peringatan ("angka di dalam teks"), "1;20" said only that ';'
is no digit, "1 banding 20" that "banding" is an unknown word; none said the figure to type (20). A
genuine time ("08:30" of Satuan "jam" or "pukul", "1:30" of "jam per hari": 1 jam 30 menit), a date
and a code stay what they were: a "1:30" under a Satuan of clock time never advises typing 30.

The comparison columns (Realisasi Tahun Lalu, Target Akhir Renstra, Standar Nasional) read a ratio
as the quarters do, and, as there, never advise choosing a Polaritas the row already has.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV; the optional columns after them (tests/test_analisis_inputs).
"""

from __future__ import annotations

import datetime

import pytest

from lkj_xl.core.model import GALAT
from lkj_xl.core.parse import parse_workbook
from tests.test_analisis_inputs import books
from tests.test_engine import kinerja_row, run


def _row(typed, satuan, indikator="Rasio guru terhadap murid", polaritas="Negatif"):
    """One Sasaran (row 2) of target 20, TW IV typed ``typed``, in the year's report."""
    row = kinerja_row(
        "S2", "Sasaran", "", "Mutu", indikator, "20", (None, None, None, typed),
        satuan=satuan, jenis="Nilai Akhir", polaritas=polaritas,
    )  # fmt: skip
    return run([row], triwulan=4)


def _said(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


_SLIPS = ["l:20", "I:20", "1;20", "1 banding 20", "1 : 20 murid", "20 banding 1"]
# (Satuan, Indikator) of a row that is evidently a ratio without a Satuan naming "rasio"
_RATIO_ROWS = [
    ("murid per guru", "Rasio guru terhadap murid"),
    ("perbandingan", "Perbandingan guru dan murid"),
    ("guru : murid", "Perbandingan guru murid"),
    ("orang/dokter", "Jumlah penduduk per dokter"),
    ("-", "Rasio guru terhadap murid"),
    ("", "Rasio guru terhadap murid"),
    ("murid", "Rasio guru terhadap murid"),
]


@pytest.mark.parametrize(("satuan", "indikator"), _RATIO_ROWS)
@pytest.mark.parametrize("typed", _SLIPS)
def test_a_ratio_slip_of_a_row_evidently_a_ratio_is_the_ratio_galat(typed, satuan, indikator):
    # every one of these is the ratio 1:20 (or 20:1): the galat names 20, no figure is read, and the
    # slip is never printed as the realisasi
    report = _row(typed, satuan, indikator)
    ind = report.indicators[0]
    assert ind.capaian_exact is None and ind.realisasi is None, (ind.realisasi, ind.capaian_exact)
    (said,) = _said(report, "N2")
    assert said.severity == GALAT, said.pesan
    assert "berupa perbandingan" in said.pesan, said.pesan
    assert "tulis angka pembandingnya saja (20)" in said.pesan, said.pesan


@pytest.mark.parametrize("satuan", ["murid per guru", "guru : murid", "orang/dokter"])
def test_a_satuan_naming_the_comparison_is_not_advised_again(satuan):
    # the Satuan already names what is compared, Polaritas is chosen: the galat says only the figure
    (said,) = _said(_row("l:20", satuan, "Perbandingan tenaga"), "N2")
    assert "kolom Satuan" not in said.pesan and "Polaritas" not in said.pesan, said.pesan


@pytest.mark.parametrize("satuan", ["-", "perbandingan"])
def test_a_satuan_naming_no_comparison_is_advised(satuan):
    # "-" or "perbandingan" alone names no comparison: the Satuan advice stays
    (said,) = _said(_row("1;20", satuan), "N2")
    assert 'kolom Satuan (mis. "murid per guru")' in said.pesan, said.pesan


@pytest.mark.parametrize(
    ("typed", "satuan", "indikator"),
    [
        ("08:30", "jam", "Jam buka layanan"),
        ("08:30", "pukul", "Waktu mulai layanan"),
        ("1:30", "pukul", "Waktu mulai layanan"),
        ("1:30", "jam per hari", "Lama layanan per hari"),
        ("l:30", "jam", "Rasio jam layanan"),  # (a Satuan of time: no ratio, whatever the name)
        (datetime.time(1, 30), "pukul", "Waktu mulai layanan"),
        (datetime.time(1, 20), "jam per hari", "Rasio jam belajar"),
    ],
)
def test_a_time_is_never_the_ratio_galat(typed, satuan, indikator):
    # 1:30 of a Satuan of clock time is half past one (or 1 jam 30 menit): "tulis 30" would be a wrong
    # figure; the cell stays unread with another galat or peringatan
    report = _row(typed, satuan, indikator, polaritas=None)
    assert report.indicators[0].capaian_exact is None
    said = _said(report, "N2")
    assert said, "the time is still pointed out"
    for f in said:
        assert "perbandingan" not in f.pesan and "pembandingnya" not in f.pesan, f.pesan


@pytest.mark.parametrize("typed", [datetime.datetime(2025, 1, 20), "20/01/2025", "1.01.02", "1-20"])
def test_a_date_or_a_code_of_a_ratio_row_is_no_ratio(typed):
    # a date or a Kode pasted into the quarter of a ratio row: no ratio, never a figure named
    report = _row(typed, "murid per guru")
    assert report.indicators[0].capaian_exact is None
    for f in _said(report, "N2"):
        assert "perbandingan" not in f.pesan, f.pesan


def test_a_slip_of_a_satuan_of_another_comparison_of_time_is_no_ratio():
    # "orang/hari" is a rate per day, no comparison of two groups: "l:20" stays the peringatan it was
    # (angka di dalam teks), no advice to type 20 as a ratio
    report = _row("l:20", "orang/hari", "Kunjungan per hari", polaritas="Positif")
    for f in _said(report, "N2"):
        assert "perbandingan" not in f.pesan, f.pesan


def test_the_figure_named_reads_as_meant():
    # 18 murid per guru against a target of 20, Negatif: (2 x 20 - 18) / 20 x 100 = 22 / 20 x 100 = 110
    report = _row("18", "-")
    assert _said(report, "N2") == []
    assert report.indicators[0].capaian_exact == 110


# --- the comparison columns -------------------------------------------------------------------------------


def _compared(typed, satuan, polaritas, header="Realisasi Tahun Lalu", indikator="Rasio guru terhadap murid"):
    row = kinerja_row(
        "S2", "Sasaran", "", "Mutu", indikator, "20", ("19", None, None, None),
        satuan=satuan, jenis="Nilai Akhir", polaritas=polaritas,
    )  # fmt: skip
    data = parse_workbook(books([(row, {header: typed})]))
    return [f for f in data.findings if f.sheet == "Kinerja" and f.sel.endswith("2") and f.sel[0] > "N"]


@pytest.mark.parametrize("header", ["Realisasi Tahun Lalu", "Target Akhir Renstra", "Standar Nasional"])
@pytest.mark.parametrize("polaritas", ["Negatif", "Positif"])
def test_a_ratio_in_a_comparison_column_never_advises_a_polaritas_chosen(header, polaritas):
    # the row's Polaritas is chosen: the galat names 20 and says nothing of Polaritas (ratio45's rule
    # for the Target and the quarters)
    (said,) = _compared("1:20", "murid per guru", polaritas, header)
    assert said.severity == GALAT and "pembandingnya saja (20)" in said.pesan, said.pesan
    assert "Polaritas" not in said.pesan and "kolom Satuan" not in said.pesan, said.pesan


def test_a_ratio_in_a_comparison_column_with_polaritas_blank_keeps_the_advice():
    (said,) = _compared("1:20", "murid per guru", None)
    assert 'pilih Polaritas "Negatif"' in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["l:20", "1;20", "1 banding 20"])
def test_a_ratio_slip_in_a_comparison_column_of_a_ratio_row_is_the_ratio_galat(typed):
    # Satuan "-", Indikator "Rasio ...": the row is a ratio, the comparison column reads it so too
    (said,) = _compared(typed, "-", "Negatif")
    assert said.severity == GALAT and "pembandingnya saja (20)" in said.pesan, said.pesan
    assert "Polaritas" not in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["1:24", "l:24"])
def test_a_satuan_naming_a_ratio_of_hours_is_a_ratio_still(typed):
    # Satuan "rasio jam mengajar per guru" names a ratio: "1:24" is the ratio 1 to 24 (24 jam per guru),
    # no clock time, although the Satuan says "jam"
    report = _row(typed, "rasio jam mengajar per guru", "Rasio jam mengajar guru")
    (said,) = _said(report, "N2")
    assert said.severity == GALAT and "pembandingnya saja (24)" in said.pesan, said.pesan
