"""kinerja66: Kinerja realisasi typed with words, read right or told; left open by the last stop.

- A figure named by another indicator's name in a counted quarter, `IKM: 72,4`, `Indeks Kepuasan 72,4`,
  `IKM 72,4` in a row that is not the IKM's, or `Indeks 72,4%` under a count: a peringatan, the quarter
  left out and a Nilai Akhir scored from TW I (70 / 80 = 87,5 % Tinggi); now a galat naming the name.
- A grade not final, `B (sementara)`: beside a numeric target a peringatan, TW I scored (87,5 %); beside
  a grade target the status peringatan, TW I's grade taken. Now a galat, unless a later quarter holds a
  grade (the Nilai Akhir is that one).
- A range after a label, `realisasi 5-6`, `antara 5 - 6`, `TW II: 5-6`: under Kumulatif nothing said (belum
  diketahui), under Nilai Akhir a peringatan and TW I scored; now a galat naming both bounds and the
  midpoint, as staff choose.
- A year beside a label, the only number, `Nilai 2024`: under Satuan Nilai read as 2.024 (2.530 % with a
  peringatan), elsewhere a peringatan and TW I scored; now a galat.

`N/A` in the reported quarter and an indicator's name asked Negatif: tests/test_kinerja66_na_nama.py.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV. The report is of TW II.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import kinerja_row, messages, run


def _at(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


def _row(indikator, satuan, target, tws, jenis="Nilai Akhir", polaritas=None):
    return run([kinerja_row("S1", "Sasaran", "", "S", indikator, target, tws, satuan=satuan, jenis=jenis,
                            polaritas=polaritas)])  # fmt: skip


def _said(report):
    """The row's findings, left out the Sasaran's missing Kode Induk (C2: this file's shortcut)."""
    return [f for f in report.findings if f.sel != "C2"]


# --- 1. a figure named by another indicator's name -------------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "satuan", "typed", "name"),
    [
        ("Persentase UMKM naik kelas", "%", "IKM: 72,4", "IKM"),
        ("Persentase UMKM naik kelas", "%", "Indeks Kepuasan 72,4", "Indeks Kepuasan"),
        ("Persentase UMKM naik kelas", "%", "IKM 72,4", "IKM"),
        ("Persentase UMKM naik kelas", "%", "Indeks Kepuasan: 72,4 %", "Indeks Kepuasan"),
        ("Jumlah UMKM binaan", "Unit", "IKM: 72,4", "IKM"),
        ("Jumlah UMKM binaan", "Unit", "Indeks 72,4%", "Indeks"),
        ("Nilai SAKIP", "Nilai", "IKM = 72,4", "IKM"),
    ],
)
def test_a_figure_named_by_another_name_in_the_counted_quarter_is_a_galat(indikator, satuan, typed, name):
    # Target 80, TW I 70, TW II (L2) the text: before a peringatan, TW I scored for the Nilai Akhir,
    # 70 / 80 x 100 = 87,5 % Tinggi; now nothing computed
    report = _row(indikator, satuan, "80", ("70", typed, None, None))
    (ind,) = report.indicators
    assert ind.capaian_exact is None and ind.realisasi is None, messages(report)
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and "angkanya (72,4) tidak dibaca" in said.pesan, said.pesan
    assert f'"{name}" bukan nama indikator ini' in said.pesan, said.pesan


def test_the_indicators_own_name_is_not_called_another():
    # "IKM: 72,4" in the IKM's own row: the galat status_named gave, without "bukan nama indikator ini"
    report = _row("Indeks Kepuasan Masyarakat", "Indeks", "80", ("70", "IKM: 72,4", None, None))
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and "bukan nama indikator ini" not in said.pesan, said.pesan


@pytest.mark.parametrize(
    "typed",
    [
        "Menunggu laporan 3 desa",  # a waiting text: the quarter has no figure yet
        "Menunggu: 72,4",
        "Tahap: 2",  # a stage
        # ("Data BPS: 72,4", a figure with its source: a galat since kinerja67, tests/test_kinerja67.py)
        "Perbup 3",  # no capitals alone, no colon, no score word first
    ],
)
def test_a_waiting_or_other_text_stays_the_peringatan(typed):
    # as before: a peringatan, TW I scored for the Nilai Akhir, 70 / 80 x 100 = 87,5 %
    report = _row("Persentase UMKM naik kelas", "%", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact == Fraction(875, 10), messages(report)
    assert [f.severity for f in _at(report, "L2")] == [PERINGATAN]


def test_a_named_figure_in_a_quarter_that_does_not_count_stays_a_peringatan():
    # Nilai Akhir: TW II's 75 is the figure, 75 / 80 x 100 = 93,75 %; TW I's "IKM: 72,4" changes nothing
    report = _row("Persentase UMKM naik kelas", "%", "80", ("IKM: 72,4", "75", None, None))
    assert report.indicators[0].capaian_exact == Fraction(9375, 100)
    assert [f.severity for f in _at(report, "K2")] == [PERINGATAN]


# --- 1b. a grade not final --------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["B (sementara)", "BB (draft)", "Nilai B (sementara)", "A (belum final)"])
def test_a_grade_not_final_beside_a_numeric_target_is_a_galat(typed):
    # before: a peringatan "bukan angka", TW I's 70 scored: 70 / 80 x 100 = 87,5 % Tinggi
    report = _row("Nilai SAKIP", "Nilai", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and "padahal targetnya angka" in said.pesan, said.pesan


@pytest.mark.parametrize(
    ("target", "tw1", "typed", "grade"),
    [
        ("A", "BB", "B (sementara)", "B"),
        ("WTP", "WDP", "WTP (sementara)", "WTP"),
        ("A", "BB", "A (draf)", "A"),
    ],
)
def test_a_grade_not_final_beside_a_grade_target_is_a_galat(target, tw1, typed, grade):
    # before: "bukan predikat: realisasi s.d. TW II diambil dari TW I", TW I's grade reported as the
    # year's so far ("Predikat BB di bawah target A"; WDP below WTP)
    report = _row(
        "Predikat SAKIP" if target == "A" else "Opini BPK", "Predikat", target, (tw1, typed, None, None)
    )
    (ind,) = report.indicators
    assert ind.capaian_exact is None and ind.galat == ["Kinerja!L2"], messages(report)
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and f'predikat "{grade}" yang belum final' in said.pesan, said.pesan
    assert f'tulis predikatnya saja ("{grade}")' in said.pesan


def test_a_grade_not_final_before_a_later_grade_changes_nothing():
    # TW I "B (sementara)", TW II "BB": the Nilai Akhir is BB, below A, as before
    report = _row("Predikat SAKIP", "Predikat", "A", ("B (sementara)", "BB", None, None))
    (ind,) = report.indicators
    assert not [f for f in report.findings if f.severity == GALAT], messages(report)
    assert ind.status == "Predikat BB di bawah target A"


def test_a_grade_not_final_with_no_grade_before_stays_a_status():
    # TW I blank, TW II "B (sementara)": belum diketahui as before (tests/test_mend31a.py: no galat
    # telling staff to type a grade not obtained yet), no grade from another quarter taken
    report = _row("Predikat SAKIP", "Predikat", "A", (None, "B (sementara)", None, None))
    (ind,) = report.indicators
    assert ind.capaian_exact is None and not ind.galat and ind.status == "B (sementara)", messages(report)


def test_a_grade_awaited_stays_a_status():
    # "B (menunggu LHE)": no grade yet, the status it was (TW I's BB taken, said)
    report = _row("Predikat SAKIP", "Predikat", "A", ("BB", "B (menunggu LHE)", None, None))
    assert [f.severity for f in _at(report, "L2")] == [PERINGATAN]


# --- 2. a range after a label -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "low", "high", "mid"),
    [
        ("realisasi 5-6", "5", "6", "5,5"),  # (5 + 6) / 2 = 5,5
        ("Realisasi 5 - 6 unit", "5", "6", "5,5"),
        ("antara 5 dan 6", "5", "6", "5,5"),
        ("TW II: 5 s.d. 6", "5", "6", "5,5"),
        ("kurang lebih 5-6", "5", "6", "5,5"),
        ("realisasi 6-5", "5", "6", "5,5"),  # typed high to low: the same two bounds
        ("sekitar 1.234,5 - 1.300", "1.234,5", "1.300", "1.267,25"),  # (1.234,5 + 1.300) / 2 = 1.267,25
        ("sebanyak 7 sampai 10", "7", "10", "8,5"),  # 17 / 2
    ],
)
@pytest.mark.parametrize("jenis", ["Kumulatif", "Nilai Akhir", "Rata-rata"])
def test_a_range_after_a_label_is_a_galat_naming_both_bounds_and_the_midpoint(typed, low, high, mid, jenis):
    # Target 20, TW I 3: before, under Kumulatif and Rata-rata nothing was said (belum diketahui, the text
    # its status), under Nilai Akhir a peringatan and TW I's 3 scored, 3 / 20 x 100 = 15 %
    report = _row("Jumlah UMKM binaan", "Unit", "20", ("3", typed, None, None), jenis=jenis)
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and f"berupa rentang ({low} sampai {high})" in said.pesan, said.pesan
    assert f"batas bawah ({low}), batas atas ({high}) atau titik tengahnya ({mid})" in said.pesan


def test_a_percentage_range_after_a_label():
    # "realisasi 60-70%" under %: 60, 70, midpoint 65
    report = _row("Persentase UMKM naik kelas", "%", "80", ("55", "realisasi 60-70%", None, None))
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and "titik tengahnya (65)" in said.pesan, said.pesan


def test_a_range_in_a_quarter_that_does_not_count_is_no_galat():
    # Nilai Akhir: TW II's 7 is the figure, 7 / 20 x 100 = 35 %; TW I's range changes nothing (quiet, as
    # a Nilai Akhir's earlier text was)
    report = _row("Jumlah UMKM binaan", "Unit", "20", ("realisasi 5-6", "7", None, None))
    assert report.indicators[0].capaian_exact == Fraction(35)
    assert not [f for f in _at(report, "K2") if f.severity == GALAT], messages(report)


def test_two_figures_without_a_range_word_stay_as_before():
    # "realisasi 5 dan 6": two figures, no range said: the peringatan it was, TW I's 3 scored (15 %)
    report = _row("Jumlah UMKM binaan", "Unit", "20", ("3", "realisasi 5 dan 6", None, None))
    assert report.indicators[0].capaian_exact == Fraction(15)
    assert [f.severity for f in _at(report, "L2")] == [PERINGATAN]


# --- 3. a year beside a label ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("satuan", "typed"),
    [
        ("Nilai", "Nilai 2024"),  # before: read 2.024, 2.024 / 80 x 100 = 2.530 % with a peringatan
        ("Nilai", "nilai tahun 2024"),
        ("%", "Nilai 2024"),  # before: a peringatan, TW I's 70 scored, 87,5 %
        ("%", "Realisasi: 2024"),
        ("Indeks", "Indeks 2025."),
    ],
)
def test_a_year_beside_a_label_as_the_only_number_is_a_galat(satuan, typed):
    report = _row("Nilai SAKIP", satuan, "80", ("70", typed, None, None))
    (ind,) = report.indicators
    assert ind.capaian_exact is None and ind.realisasi is None, messages(report)
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and "sebagai satu-satunya angka, bukan realisasi" in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["Menunggu data BPS 2025", "Tahun 2024", "data 2024"])
def test_a_year_in_a_waiting_text_stays_a_status(typed):
    # as before: a peringatan, TW I's 70 scored for the Nilai Akhir, 70 / 80 x 100 = 87,5 %
    report = _row("Nilai SAKIP", "Nilai", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact == Fraction(875, 10)
    assert [f.severity for f in _at(report, "L2")] == [PERINGATAN]


@pytest.mark.parametrize("typed", ["Total 2024", "sebanyak 2024", "Jumlah 2024"])
def test_a_year_like_count_after_a_counts_label_is_no_year(typed):
    # a count's label: 2.024 orang, read or told as before, never the year's galat
    report = _row("Jumlah peserta pelatihan", "Orang", "3000", ("70", typed, None, None), jenis="Kumulatif")
    assert all("satu-satunya angka" not in f.pesan for f in report.findings), messages(report)


def test_score_last_leaves_a_year():
    from lkj_xl.core.satuan_skor import score_last

    assert score_last("Nilai 2024", "Nilai") == "Nilai 2024"
    assert score_last("Nilai 85", "Nilai") == "85 Nilai"  # (kinerja65's, unchanged)
    assert score_last("Nilai 1899", "Nilai") == "1899 Nilai"  # (no year of a report)
