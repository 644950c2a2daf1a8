"""rev_kinerja65: what the review of kinerja65 found in its new readings.

- `3 bulan` under Satuan `Triwulan`, `6 bulan` under `Semester`, `12 jam` under `JPL`, `12 hari` under
  `HOK`: kinerja65's galat said the Satuan is `bukan satuan waktu` (untrue: a quarter, a half year, a
  lesson hour and a person-day are time) and advised `ubah Satuannya menjadi "bulan"`. Now the galat
  says the figure is written in another unit than the Satuan, and offers no figure (3 bulan is 1
  triwulan, never 3).
- `Score 3,5` under Satuan `Skor` in the counted quarter of a Nilai Akhir: a peringatan, the quarter left
  out and TW I's 3,2 scored (3,2 / 4 x 100 = 80 % Tinggi printed), while `Skor 3,5 (sementara)` and
  `Index 72,4` (kinerja65) are a galat; `score` is now a label as `skor` is: the galat, nothing computed.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, messages, run


def _row(indikator, satuan, target, tws, jenis):
    return run([kinerja_row("S1", "Sasaran", "", "S", indikator, target, tws, satuan=satuan, jenis=jenis)])


def _l2(report):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == "L2"]


@pytest.mark.parametrize(
    ("satuan", "typed", "unit"),
    [
        ("Triwulan", "3 bulan", "bulan"),
        ("triwulan", "3 Bulan", "bulan"),
        ("Semester", "6 bulan", "bulan"),
        ("JPL", "12 jam", "jam"),
        ("HOK", "12 hari", "hari"),
        ("OH", "1,5 hari", "hari"),
    ],
)
def test_a_duration_under_a_period_satuan_is_not_told_it_is_no_time(satuan, typed, unit):
    # Kumulatif, TW I 1, TW II (L2) a duration in another unit: no capaian (3 bulan would be 1 triwulan:
    # "tulis angkanya saja (3)" would be a wrong figure, 1 + 3 = 4 of 4 = 100 %)
    report = _row("Lama pelaksanaan", satuan, "4", ("1", typed, None, None), "Kumulatif")
    assert report.indicators[0].capaian_exact is None
    (said,) = _l2(report)
    assert said.severity == GALAT
    assert f'ditulis dalam {unit} ("{typed}")' in said.pesan, said.pesan
    assert f'Satuan indikator ("{satuan}")' in said.pesan
    assert "bukan satuan waktu" not in said.pesan and "ubah Satuannya" not in said.pesan, said.pesan
    assert "angkanya saja" not in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["Score 3,5", "score 3,5", "SCORE: 3,5", "score 3,5 (sementara)"])
def test_score_before_the_figure_is_a_label_as_skor(typed):
    # before: a peringatan, TW II left out, the Nilai Akhir from TW I: 3,2 / 4 x 100 = 80 % Tinggi printed
    report = _row("Skor Pola Pangan Harapan", "Skor", "4", ("3,2", typed, None, None), "Nilai Akhir")
    (ind,) = report.indicators
    assert ind.capaian_exact is None and ind.galat == ["Kinerja!L2"], messages(report)
    (said,) = _l2(report)
    assert said.severity == GALAT and "angkanya (3,5) tidak dibaca" in said.pesan, said.pesan


@pytest.mark.parametrize(
    ("typed", "figure"),
    [("B/85,20", "85,20"), ("BB-85,20", "85,20"), ("Baik / 85,20", "85,20"), ("B /85,2", "85,2")],
)
def test_a_grade_before_its_score_after_a_slash_stays_the_galat(typed, figure):
    # kinerja65's _NUMBER no longer takes the decimals "20" of "/85,20" as a number (right: "-0,2" is
    # not 2), which left grade_first unasked: a peringatan, TW II left out and TW I's 84,5 scored,
    # 84,5 / 85 x 100 = 99,41 % printed. Before kinerja65 and now: the galat naming 85,20, no capaian.
    report = _row("Nilai Akhir Indeks Kepuasan Masyarakat (IKM)", "Nilai", "85", ("84,5", typed, None, None),
                  "Nilai Akhir")  # fmt: skip
    assert report.indicators[0].capaian_exact is None, messages(report)
    (said,) = _l2(report)
    assert said.severity == GALAT and f"tulis angkanya saja ({figure})" in said.pesan, said.pesan
