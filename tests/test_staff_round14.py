"""Another agency's report (fourteenth round): the example workbook retyped by a Dinas Kesehatan for
Triwulan III 2025, with its own indicators: angka kematian ibu and kasus DBD (lower is better, summed
per quarter), prevalensi stunting with a Target Perubahan, an Indeks Kepuasan Masyarakat averaged over
the quarters, a Rupiah indicator typed as the office types amounts ("700 jt", "1,2 milyar rupiah").
Every figure of the output read against hand arithmetic. Where a figure was wrong or misleading, or a
galat said the wrong thing.

Found wrong, and tested here:
- a lower-is-better indicator whose realisasi is more than twice its target (kasus DBD: 10 + 8 + 7 =
  25 cases s.d. TW III against a target of 10) has a negative capaian by the report's formula, (2 x 10
  - 25) / 10 x 100 = -50 %, printed without a word; it pulls its node's mean capaian below the 0 % of
  a Positif indicator with nothing realised (a Sasaran of 100 % and -50 % is 25 %, Sangat Rendah), and is
  most often the quarters typed as totals s.d. each quarter under Kumulatif.
- a Rupiah indicator whose Satuan is "Rp" typed as "1,2 milyar rupiah" (the word the Satuan
  abbreviates) was a galat, and the galat said "kata 'rupiah' tidak dikenal ... (maksud Anda
  'rupiah'?)": the same word offered as its own correction. Satuan "Rupiah" read it.

Found right, and left alone (probed the same day): "700 jt", "Rp 1,2 M", "150rb", "Rp 1.000.000 ribu",
"0,2 triliun"; a Target Perubahan replacing the Target on both Tabel 3.1 and 3.2; a Rata-rata
indicator with a quarter "-" averaged over the quarters that have values; a Negatif Rata-rata
(inflasi 2,5 %, 3 %, 4 % of 3 %: 94,44); a Negatif capaian of 200 % (nihil cases) cut by Batas Capaian;
"(2,5)" read as -2,5 (accounting negative) and "−2,5%" (unicode minus) as -2,5.

The grids are built by hand (tests/test_engine.py's helpers); the Kinerja header is row 1, data rows
from row 2: A Kode, B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, I Target,
K-N Realisasi TW I-IV. Expected figures are worked out by hand beside them.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests import common
from tests.test_engine import kinerja_row, run

# The Tujuan above every case (row 2): Angka Harapan Hidup 71 of 70 tahun, Nilai Akhir.
_TUJUAN = kinerja_row("T1", "Tujuan", "", "Derajat kesehatan", "Angka Harapan Hidup", 70, (None, None, 71, None), satuan="tahun", jenis="Nilai Akhir")  # fmt: skip


def _at(report, sel, severity=None):
    return [
        f.pesan
        for f in report.findings
        if (f.sheet, f.sel) == ("Kinerja", sel) and severity in (None, f.severity)
    ]


def _ind(report, kode, indikator):
    (found,) = [i for i in report.indicators if (i.kode, i.indikator) == (kode, indikator)]
    return found


# --- a lower-is-better indicator more than twice over its target: a negative capaian ---------------


def _kasus(target, tws, polaritas="Negatif", jenis="Kumulatif"):
    """Row 3: Sasaran S1, kasus DBD, under the Tujuan."""
    return kinerja_row(
        "S1", "Sasaran", "T1", "Angka kesakitan", "Jumlah kasus DBD", target, tws, satuan="kasus",
        polaritas=polaritas, jenis=jenis,
    )  # fmt: skip


def test_a_negative_capaian_is_a_peringatan_naming_its_figures():
    # 10 + 8 + 7 = 25 cases s.d. TW III against 10: (2 x 10 - 25) / 10 x 100 = -50 (the report's formula)
    report = run([_TUJUAN, _kasus(10, (10, 8, 7, None))], triwulan=3)
    ind = _ind(report, "S1", "Jumlah kasus DBD")
    assert (ind.realisasi, ind.capaian, ind.kriteria) == (25, -50, "Sangat Rendah")
    (pesan,) = _at(report, "I3", PERINGATAN)
    # "di bawah nol" since mend38 (it said "negatif (-50%)", beside the Polaritas's "bernilai negatif"):
    # the word "negatif" is the Polaritas's alone.
    assert "di bawah nol (-50%)" in pesan and "bernilai negatif" in pesan
    assert "(25)" in pesan and "dua kali Target (10)" in pesan
    # what to check: the quarters typed as totals s.d. each quarter, or the Polaritas
    assert "Nilai Akhir" in pesan and "Polaritas" in pesan
    # the Sasaran's capaian is this indicator's alone: still computed, as the report's formula gives
    (sasaran,) = [n for n in report.nodes() if n.kode == "S1"]
    assert sasaran.capaian == -50


def test_a_negative_capaian_of_a_nilai_akhir_indicator_names_no_sum():
    # angka kematian ibu 190 per 100.000 KH at TW III against 90: (180 - 190) / 90 x 100 = -100/9
    # = -11,11...
    report = run([_TUJUAN, _kasus(90, (None, None, 190, None), jenis="Nilai Akhir")], triwulan=3)
    ind = _ind(report, "S1", "Jumlah kasus DBD")
    assert Fraction(ind.capaian).limit_denominator(1000) == Fraction(-100, 9)
    (pesan,) = _at(report, "I3", PERINGATAN)
    assert "-11,1111%" in pesan and "(190)" in pesan and "dua kali Target (90)" in pesan
    assert "Kumulatif" not in pesan  # nothing summed: only the realisasi and the Polaritas to check


def test_no_peringatan_at_twice_the_target_or_for_a_higher_is_better_indicator():
    # exactly twice: 10 + 10 = 20 of 10, (20 - 20) / 10 = 0 %: Sangat Rendah, no negative figure
    at_two = run([_TUJUAN, _kasus(10, (10, 10, None, None))], triwulan=2)
    assert _ind(at_two, "S1", "Jumlah kasus DBD").capaian == 0
    # 13 of 10 cases: (20 - 13) / 10 = 70 %
    below = run([_TUJUAN, _kasus(10, (5, 4, 4, None))], triwulan=3)
    assert _ind(below, "S1", "Jumlah kasus DBD").capaian == 70
    # higher is better, 25 of 10: 250 % (no negative capaian there)
    positive = run([_TUJUAN, _kasus(10, (10, 8, 7, None), polaritas="Positif")], triwulan=3)
    assert _ind(positive, "S1", "Jumlah kasus DBD").capaian == 250
    for report in (at_two, below, positive):
        assert _at(report, "I3") == []


def test_a_negative_capaian_far_off_its_target_is_said_once():
    # 150 of 10 cases: more than ten times the target, which the far-off peringatan says at I3 already
    # ((20 - 150) / 10 = -1300 %)
    report = run([_TUJUAN, _kasus(10, (None, None, 150, None), jenis="Nilai Akhir")], triwulan=3)
    assert _ind(report, "S1", "Jumlah kasus DBD").capaian == -1300
    (pesan,) = _at(report, "I3", PERINGATAN)
    assert "lebih dari 10 kali" in pesan


# --- "rupiah" typed after an amount whose Satuan is "Rp" -------------------------------------------


def _obat(satuan, target, tw3):
    """Row 3: Sasaran S1, nilai obat, Kumulatif, TW I Rp 300 jt, TW II blank, TW III ``tw3``."""
    return kinerja_row(
        "S1", "Sasaran", "T1", "Obat", "Nilai obat", target, ("Rp 300 jt", "nihil", tw3, None),
        satuan=satuan, jenis="Kumulatif",
    )  # fmt: skip


def test_rupiah_typed_after_an_amount_of_satuan_rp_is_read():
    # 300.000.000 + 0 + 1.200.000.000 = 1.500.000.000 of 2.000.000.000: 75 % (Sedang: exactly 75 is not above it)
    for satuan in ("Rp", "Rp.", "IDR", "Rupiah"):
        report = run([_TUJUAN, _obat(satuan, "Rp 2 M", "1,2 milyar rupiah")], triwulan=3)
        ind = _ind(report, "S1", "Nilai obat")
        assert (ind.realisasi, ind.capaian, ind.kriteria) == (1_500_000_000, 75, "Sedang"), satuan
        assert [p for p in _at(report, "M3") if "rupiah" in p] == [], satuan


def test_rupiah_after_an_amount_of_another_satuan_is_a_galat_without_offering_the_same_word():
    report = run([_TUJUAN, _obat("unit", 20, "10 rupiah")], triwulan=3)
    (pesan,) = _at(report, "M3", GALAT)
    assert "'rupiah'" in pesan and "('unit')" in pesan
    assert "maksud Anda 'rupiah'" not in pesan
    assert _ind(report, "S1", "Nilai obat").capaian is None


@pytest.mark.slow  # (three CLI runs on the example, about 4 s)
def test_check_export_and_pemeriksaan_say_the_negative_capaian_alike(tmp_path):
    import openpyxl

    # The example's K1.01.01 (Kinerja row 7: header on row 3, T1 row 4, S1 row 5, P1.01 row 6), target
    # 400 IKM, TW II 95, made lower-is-better with 950 typed at TW II: (800 - 950) / 400 x 100 = -37,5
    path = tmp_path / "negatif.xlsx"
    wb = openpyxl.load_workbook("workbooks/lkjip-diskopukm-lumajang-tw2-2025.xlsx")
    ws = wb["Kinerja"]
    assert (ws["A7"].value, ws["I7"].value, ws["L7"].value) == ("K1.01.01", 400, 95)
    ws["G7"], ws["L7"] = "Negatif", 950
    wb.save(path)
    # (the capaian said "di bawah nol" since mend38, "negatif" being the Polaritas's word)
    common.peringatan_alike(path, tmp_path, [("I7", "di bawah nol (-37,5%)")])
