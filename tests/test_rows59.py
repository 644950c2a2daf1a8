"""Cells of Kinerja merged down as printed PK tables merge them (rows59): a Kecamatan's TW II report in
`lkj-xl new`'s workbook, saved by openpyxl as Excel saves a merge (its first cell's value only).

- A Polaritas or a Jenis Realisasi merged down over two indicators: a galat at the second row, its
  indicator not counted; now read on both rows (the choice Excel shows there), as the Satuan is.
- A Target or a quarter's figure merged down over two indicators is no one figure for two: still a
  galat at the hidden cell, now naming the merge's first cell and saying to type each row's own figure.
- An Indikator merged down over two rows of two Satuan: the second row a galat, not counted (pinned).
- A block merge over naming columns (`B5:C6`, Tingkat over Kode Induk): what shows in Kode Induk is the
  Tingkat; a galat there, the Sasaran's rows not counted, no capaian of half of it (pinned).
- A Program's row under a Sasaran's merged Kode: the galat said "Kode tertutup ... isi sel ini", or for a
  Program heading row (no Indikator) "indikator lain dari Kode S1 di atasnya? tulis lagi Kodenya"; now it
  names the row as the Program's, and what to do with the merge and the heading. A Program's names on a
  heading row merged down over its indicator row: the indicator lost under 3 galat; now read as typed.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_revnewuser57 import _ADUAN, _P, _kecamatan, _run
from tests.test_rows58 import _ROWS, _capaian, _indikator, _noisy, _rekap, _said


def _pct(indicator):
    return Fraction(indicator["capaian"]).limit_denominator(1000)


# --- 1. Polaritas and Jenis Realisasi merged down: read on both rows ------------------------------------

# two Negatif indicators of S1 on rows 6 and 7, "Negatif" typed once in G6 and merged over G6:G7
_BERULANG = [
    *_ADUAN[:4],
    "Jumlah pengaduan berulang",
    "pengaduan",
    "Negatif",
    "Kumulatif",
    "20",
    None,
    "3",
    "2",
]
_TERLAMBAT = [*_ADUAN[:4], "Jumlah izin terbit melewati batas waktu", "izin", None, "Kumulatif", "50", None]
_TERLAMBAT += ["10", "15"]


def test_a_polaritas_merged_down_over_two_indicators_is_read_on_both(tmp_path):
    rows = [_ROWS[0], _ROWS[1], _BERULANG, _TERLAMBAT, _ROWS[3]]
    lines, report = _run(_kecamatan(tmp_path, rows, ("G6:G7",)))
    assert not _noisy(lines), lines
    # berulang, Negatif, kumulatif 3 + 2 = 5 of 20: (2 x 20 - 5) / 20 x 100 = 175 %
    assert _pct(_indikator(report, "Jumlah pengaduan berulang")) == 175
    # terlambat, Negatif as Excel shows it over G7: 10 + 15 = 25 of 50, (2 x 50 - 25) / 50 x 100 = 150 %
    # (read blank, Positif, it was 25 / 50 = 50 % Sangat Rendah; on main a galat, not counted)
    terlambat = _indikator(report, "Jumlah izin terbit melewati batas waktu")
    assert terlambat["polaritas"] == "Negatif" and _pct(terlambat) == 150
    assert terlambat["kriteria"] == "Sangat Tinggi"


# a second S1 indicator of flow kind on row 7, "Kumulatif" typed once in H6 and merged over H6:H7
_FASILITASI = [*_ADUAN[:4], "Jumlah pelaku usaha yang difasilitasi", "orang", "Positif", None, "200", None]
_FASILITASI += ["70", "80"]


def test_a_jenis_realisasi_merged_down_over_two_indicators_is_read_on_both(tmp_path):
    rows = [_ROWS[0], _ROWS[1], _ROWS[2], _FASILITASI, _ROWS[3]]
    lines, report = _run(_kecamatan(tmp_path, rows, ("H6:H7",)))
    assert not _noisy(lines), lines
    assert _pct(_indikator(report, "Jumlah izin yang diterbitkan")) == 49  # (287 + 301) / 1.200
    # Kumulatif over H7: 70 + 80 = 150 of 200 = 75 % (Sedang: exactly 75 is no Tinggi); read as Nilai
    # Akhir it would be 80 / 200 = 40 %
    fasilitasi = _indikator(report, "Jumlah pelaku usaha yang difasilitasi")
    assert fasilitasi["realisasi"] == 150 and _pct(fasilitasi) == 75 and fasilitasi["kriteria"] == "Sedang"


# --- 1. a Target or a quarter merged down: no one figure for two indicators -----------------------------


@pytest.mark.parametrize(
    ("merge", "label"),
    [("I5:I6", "Target"), ("K5:K6", "Realisasi TW I"), ("L5:L6", "Realisasi TW II")],
)
def test_a_figure_merged_down_over_two_indicators_is_a_galat_saying_to_type_each_rows_own(
    tmp_path, merge, label
):
    lines, report = _run(_kecamatan(tmp_path, _ROWS, (merge,)))
    hidden = merge.split(":")[1]
    said = _said(lines, "galat", f"Kinerja!{hidden}", f"{label} tertutup gabungan sel {merge}")
    assert said and f"isi sel {merge.split(':')[0]}" in said[0], lines
    assert "isi setiap selnya dengan nilai barisnya sendiri" in said[0], said
    assert _indikator(report, "Jumlah izin yang diterbitkan")["capaian"] is None  # no figure of its own
    # the first row keeps its own: pengaduan TW II 95 of 100 % = 95 %
    assert _pct(_indikator(report, "Persentase pengaduan yang ditindaklanjuti")) == 95


# --- 2. an Indikator merged down over two rows of two Satuan -------------------------------------------


def test_an_indikator_merged_over_two_rows_of_two_satuan_counts_the_first_only(tmp_path):
    # "Persentase pengaduan ..." (%) merged over the izin row (Satuan izin, 1.200 target): not one
    # indicator (a percentage and a count); the izin row a galat, not counted
    lines, report = _run(_kecamatan(tmp_path, _ROWS, ("E5:E6",)))
    said = _said(lines, "galat", "Kinerja!E6", "Indikator tertutup gabungan sel E5:E6", "tidak dihitung")
    assert said, lines
    assert [i["indikator"] for i in report["indikator"]].count(
        "Persentase pengaduan yang ditindaklanjuti"
    ) == 1
    assert len(report["indikator"]) == 3  # IKM, pengaduan, the program's
    assert _capaian(report, "S1") == 95  # pengaduan alone: 95 / 100


# --- 3. a block merge over naming columns -----------------------------------------------------------


def test_a_block_merge_over_tingkat_and_kode_induk_is_a_galat_and_no_half_sasaran(tmp_path):
    # B5:C6: "Sasaran" (B5) shows over B5, C5, B6, C6; the Kode Induk T1 is shown nowhere. Reading the
    # first cell over the block would make "Sasaran" S1's parent: a galat at C5, S1 not counted
    lines, report = _run(_kecamatan(tmp_path, _ROWS, ("B5:C6",)))
    assert _said(lines, "galat", "Kinerja!C5", "Kode Induk tertutup gabungan sel B5:C6", "isi sel B5"), lines
    assert not [row for row in report["efisiensi"] if row["kode"] == "S1"]  # no capaian of half of S1
    assert "S1" not in [i["kode"] for i in report["indikator"]]


# --- 4. another node's row under a Sasaran's merged Kode ----------------------------------------------


def test_a_programs_row_under_a_merged_kode_is_named_with_what_to_do(tmp_path):
    lines, report = _run(_kecamatan(tmp_path, _ROWS, ("A5:A7",)))
    (said,) = _said(lines, "galat", "Kinerja!A7")
    assert f'Baris 7 adalah Program ("{_P}")' in said, said
    assert "tertutup gabungan sel A5:A7 (merge) dari baris 5" in said, said
    assert "Perkecil gabungan sel A5:A7 hingga baris 6 lalu ketik Kode Program ini di sel A7" in said, said
    assert _capaian(report, "S1") == 72  # (95 + 49) / 2: the program's indicator never under S1
    assert "Jumlah pengaduan yang belum ditindaklanjuti" not in [i["indikator"] for i in report["indikator"]]


def test_a_program_right_under_a_two_row_kode_merge_is_told_to_split_it(tmp_path):
    lines, _ = _run(_kecamatan(tmp_path, _ROWS, ("A6:A7",)))
    (said,) = _said(lines, "galat", "Kinerja!A7")
    assert "Pisahkan gabungan sel A6:A7 lalu ketik Kode Program ini di sel A7" in said, said


_HEADING = [None, "Program", "S1", _P]  # the Program's name as a heading, its indicator on the next row


@pytest.mark.parametrize("merges", [("A5:A7",), ()])
def test_a_program_heading_row_is_named_as_a_heading_not_another_indicator_of_s1(tmp_path, merges):
    rows = [_ROWS[0], _ROWS[1], _ROWS[2], _HEADING, _ROWS[3]]
    lines, report = _run(_kecamatan(tmp_path, rows, merges))
    (said,) = _said(lines, "galat", "Kinerja!A7")
    assert "indikator lain" not in said, said  # (main: 'indikator lain dari Kode "S1" di atasnya?')
    assert f'baris 7 judul Program ("{_P}") tanpa Indikator' in said, said
    assert "Uraian Program ini di baris indikatornya sendiri, lalu hapus baris judul ini" in said, said
    assert ("gabungan sel A5:A7 hingga baris 6" in said) == bool(merges), said
    assert _capaian(report, "S1") == 72  # the heading never under S1
    # the program's own row (its Kode typed on row 8): Negatif, nihil of 10 = (2 x 10 - 0) / 10 = 200 %
    assert _pct(_indikator(report, "Jumlah pengaduan yang belum ditindaklanjuti")) == 200


def test_a_program_heading_merged_down_over_its_indicator_row_reads_as_typed_on_each(tmp_path):
    # the Program's Kode, Tingkat, Kode Induk and name on its heading row 7, merged over its indicator
    # on row 8 (the PK's layout): the indicator was lost under 3 galat and 4 peringatan; now read as the
    # same rows with the names typed on row 8 (the heading row quiet, as without merges: the node's
    # heading over its own indicator row, rows60; it was a galat at E7, no Indikator)
    indicator = [None, None, None, None, *_ROWS[3][4:]]
    rows = [_ROWS[0], _ROWS[1], _ROWS[2], ["7.01.02", "Program", "S1", _P], indicator]
    lines, report = _run(_kecamatan(tmp_path, rows, ("A7:A8", "B7:B8", "C7:C8", "D7:D8")))
    typed = [*_ROWS[:3], ["7.01.02", "Program", "S1", _P], _ROWS[3]]
    unmerged, _ = _run(_kecamatan(tmp_path, typed, (), name="tanpa_gabung.xlsx"))
    assert lines == unmerged and not _said(lines, "Kinerja!E7"), lines
    program = _indikator(report, "Jumlah pengaduan yang belum ditindaklanjuti")
    assert program["kode"] == "7.01.02" and _pct(program) == 200  # Negatif nihil of 10: (20 - 0) / 10


def test_rekap_counts_both_indicators_under_a_merged_polaritas(tmp_path):
    folder = tmp_path / "kiriman"
    folder.mkdir()
    _kecamatan(folder, [_ROWS[0], _ROWS[1], _BERULANG, _TERLAMBAT, _ROWS[3]], ("G6:G7",))
    opd = _rekap(folder, tmp_path / "rekap.json")
    # IKM, pengaduan, berulang, terlambat, the program's: all measured, no finding
    assert (opd["indikator"], opd["terukur"], opd["temuan"]) == (5, 5, 0)
