"""Review of rows59: a Polaritas or a Jenis Realisasi merged down is read on the rows of one node only.

rows59 read the choice merged down on every indicator row under it, as a Satuan is, whatever node the
row is. Over another node's row (a Sasaran's last indicator and the Program under it) the merge is no
PK's merge of one node's indicators: more likely a slip, or cells merged for the eye, and Excel has
dropped the hidden row's own choice. Read as shown, the Program's capaian flipped with no word (a
Negatif nihil of 10 read Positif: 0 % Sangat Rendah, not 200 %). That row's hidden cell stays a galat,
as on main; the rows of the first row's node are read as rows59 reads them.
"""

from __future__ import annotations

from fractions import Fraction

from tests.test_revnewuser57 import _ADUAN, _IKM, _IZIN, _PROGRAM, _kecamatan, _run
from tests.test_rows58 import _ROWS, _capaian, _indikator, _noisy, _said

_NAMA_PROGRAM = "Jumlah pengaduan yang belum ditindaklanjuti"


def _pct(indicator):
    return Fraction(indicator["capaian"]).limit_denominator(1000)


def test_a_polaritas_merged_from_a_sasaran_over_the_programs_row_is_a_galat_there(tmp_path):
    # G6 "Positif" (S1's izin row) merged over G6:G7, the Program's row whose own "Negatif" Excel
    # dropped. Read as shown: Positif, nihil + 0 of 10 = 0 % Sangat Rendah (rows59, no word); the
    # Program's own Negatif gave (2 x 10 - 0) / 10 = 200 %. Neither is said: a galat at G7.
    lines, report = _run(_kecamatan(tmp_path, _ROWS, ("G6:G7",)))
    said = _said(lines, "galat", "Kinerja!G7", "Polaritas tertutup gabungan sel G6:G7", "isi sel G6")
    assert said, lines
    assert _indikator(report, _NAMA_PROGRAM)["capaian"] is None
    # S1 keeps both its rows: (95 + 49) / 2 = 72 (pengaduan 95 / 100, izin 588 / 1.200)
    assert _capaian(report, "S1") == 72


def test_a_jenis_realisasi_merged_from_a_sasaran_over_the_programs_row_is_a_galat_there(tmp_path):
    # the Program's row typed Nilai Akhir, TW I 4, TW II 6 (a stock of open complaints, Negatif, of 10);
    # H6 "Kumulatif" (S1's izin row) merged over H6:H7 drops its Nilai Akhir. Read as shown: 4 + 6 = 10,
    # (2 x 10 - 10) / 10 = 100 % (rows59, no word); as typed, Nilai Akhir 6: (20 - 6) / 10 = 140 %.
    program = [*_PROGRAM[:7], "Nilai Akhir", "10", None, "4", "6"]
    rows = [_ROWS[0], _ROWS[1], _ROWS[2], program]
    lines, report = _run(_kecamatan(tmp_path, rows, ("H6:H7",)))
    assert _said(lines, "galat", "Kinerja!H7", "Jenis Realisasi tertutup gabungan sel H6:H7"), lines
    assert _indikator(report, _NAMA_PROGRAM)["capaian"] is None
    izin = _indikator(report, "Jumlah izin yang diterbitkan")  # the merge's first row: 287 + 301 of 1.200
    assert izin["realisasi"] == 588 and _pct(izin) == 49


def test_a_polaritas_merged_with_the_sasarans_kode_over_its_two_indicators_is_read_on_both(tmp_path):
    # the PK's layout: S1's Kode, Tingkat, Kode Induk, Uraian and "Negatif" merged over rows 5 and 6,
    # the second row's Kode read from the merged Kode (one node): quiet.
    # berulang, Kumulatif 3 + 2 = 5 of 20: (40 - 5) / 20 = 175 %; terlambat 10 + 15 = 25 of 50, Negatif
    # as shown: (100 - 25) / 50 = 150 % (read Positif it would be 50 %)
    berulang = [*_ADUAN[:4], "Jumlah pengaduan berulang", "pengaduan", "Negatif", "Kumulatif", "20", None]
    terlambat = [None, None, None, None, "Jumlah izin terbit melewati batas waktu", "izin", None]
    terlambat += ["Kumulatif", "50", None, "10", "15"]
    rows = [[*_IKM, "100", None, "84,5", "86,25"], [*berulang, "3", "2"], terlambat]
    merges = ("A5:A6", "B5:B6", "C5:C6", "D5:D6", "G5:G6")
    lines, report = _run(_kecamatan(tmp_path, rows, merges))
    assert not _noisy(lines), lines
    assert _pct(_indikator(report, "Jumlah pengaduan berulang")) == 175
    terlambat_read = _indikator(report, "Jumlah izin terbit melewati batas waktu")
    assert terlambat_read["kode"] == "S1" and terlambat_read["polaritas"] == "Negatif"
    assert _pct(terlambat_read) == 150
    # S1: (175 + 150) / 2 = 162,5
    assert _capaian(report, "S1") == Fraction(325, 2)


def test_a_satuan_merged_over_the_programs_row_is_still_read_there(tmp_path):
    # unchanged (rows58): a Satuan merged from S1's izin row over the Program's row is read there (the
    # unit changes no capaian): the Program's Negatif nihil of 10 stays (20 - 0) / 10 = 200 %
    lines, report = _run(_kecamatan(tmp_path, _ROWS, ("F6:F7",)))
    assert not _noisy(lines), lines
    assert _pct(_indikator(report, _NAMA_PROGRAM)) == 200
    assert _IZIN[5] == "izin" == _indikator(report, _NAMA_PROGRAM)["satuan"]
