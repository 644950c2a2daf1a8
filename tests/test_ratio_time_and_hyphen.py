"""A ratio's sign where no ratio's figure can be told: "1:30" under a Satuan of a duration ("bulan",
"tahun", "minggu") or of a rate per period ("orang/hari"), and "1:5" under a hyphenated Satuan
("e-KTP", "dokumen e-kinerja"), whose hyphen compares nothing.

Each was told "tulis angka pembandingnya saja (30)" (or 5): 30 bulan for what may be 1 tahun 30, or an
hour and a half, or one person per 30 days, would be a wrong figure in a signed report. Satuan "hari"
already gets the duration galat ("ditulis dalam jam:menit ... tulis angkanya dalam hari saja"):
the other durations get the same kind, in their own unit, naming no figure.

Grids by hand (tests/test_engine.py's helpers, as tests/test_ratio_per_unit.py).
"""

from __future__ import annotations

import datetime

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run


def _row(typed, satuan, indikator, polaritas="Positif", target="2"):
    """One Sasaran (row 2) of target ``target``, TW IV typed ``typed``, in the year's report."""
    row = kinerja_row(
        "S2", "Sasaran", "", "Mutu", indikator, target, (None, None, None, typed),
        satuan=satuan, jenis="Nilai Akhir", polaritas=polaritas,
    )  # fmt: skip
    return run([row], triwulan=4)


def _said(report, sel="N2"):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


def _names_no_figure(pesan, typed, *figures):
    """No figure of ``figures`` is advised ("(30)", ": 30", "tulis 30") beside ``typed`` quoted."""
    assert "pembandingnya" not in pesan, pesan
    rest = pesan.replace(str(typed), "")
    for x in figures:
        assert f"({x})" not in rest and f": {x}" not in rest and f"tulis {x}" not in rest, pesan


_DURATIONS = [
    ("bulan", "Rata-rata lama penyelesaian sengketa"),
    ("Bulan", "Rata-rata lama penyelesaian sengketa"),
    ("tahun", "Rata-rata lama sekolah"),
    ("Tahun", "Usia harapan hidup"),
    ("minggu", "Rata-rata waktu tunggu layanan"),
]


@pytest.mark.parametrize(("satuan", "indikator"), _DURATIONS)
@pytest.mark.parametrize("typed", ["1:30", datetime.time(1, 30)])
def test_a_time_under_a_satuan_of_a_duration_is_its_duration_galat(typed, satuan, indikator):
    # "1:30" (typed, or kept by Excel as the time 01.30) under a duration: 1 tahun 30? 1 jam 30 menit?
    # No figure of the Satuan can be told; the galat says to write the one figure in the Satuan, never 30
    report = _row(typed, satuan, indikator)
    assert report.indicators[0].capaian_exact is None
    (said,) = _said(report)
    assert said.severity == GALAT, said.pesan
    assert f"tulis angkanya dalam {satuan} saja" in said.pesan, said.pesan
    _names_no_figure(said.pesan, "1:30", "30")


@pytest.mark.parametrize("satuan", ["orang/hari", "kunjungan per hari", "pasien/bulan"])
@pytest.mark.parametrize("typed", ["1:30", "1 : 30"])
def test_a_ratio_under_a_rate_per_period_names_no_figure(typed, satuan):
    # 1:30 of orang/hari: one person per 30 days (1/30 orang/hari)? 30 per day? No figure is told
    report = _row(typed, satuan, "Rata-rata kunjungan")
    assert report.indicators[0].capaian_exact is None
    (said,) = _said(report)
    assert said.severity == GALAT, said.pesan
    assert "bukan satu angka" in said.pesan and f'Satuan "{satuan}"' in said.pesan, said.pesan
    _names_no_figure(said.pesan, typed, "30")


@pytest.mark.parametrize(
    ("satuan", "indikator"),
    [("e-KTP", "Jumlah e-KTP tercetak"), ("dokumen e-kinerja", "Dokumen e-kinerja tersusun")],
)
@pytest.mark.parametrize("typed", ["1:5", "1 : 5", "5:1"])
def test_a_ratio_under_a_hyphenated_satuan_names_no_figure(typed, satuan, indikator):
    # the hyphen of e-KTP compares nothing: 5 e-KTP is not what "1:5" says; no figure is told
    report = _row(typed, satuan, indikator)
    assert report.indicators[0].capaian_exact is None
    (said,) = _said(report)
    assert said.severity == GALAT, said.pesan
    assert "bukan satu angka" in said.pesan, said.pesan
    _names_no_figure(said.pesan, typed, "5")


def test_a_ratio_named_with_a_hyphen_is_still_told_its_figure():
    # "rasio murid-guru" names the ratio: 1:20 is 20 murid per guru, as before
    (said,) = _said(_row("1:20", "rasio murid-guru", "Rasio guru-murid", polaritas="Negatif"))
    assert "pembandingnya saja (20)" in said.pesan, said.pesan


def test_a_time_under_a_satuan_of_days_is_still_the_hours_galat():
    (said,) = _said(_row("1:30", "hari", "Rata-rata waktu penyelesaian izin", polaritas="Negatif"))
    assert "jam:menit" in said.pesan and "dalam hari saja" in said.pesan, said.pesan
