"""Review of newuser57: a Sasaran's Tingkat, Kode Induk and Uraian merged over its indicators' rows as the
PK prints them, with a note row between the indicators, or the second Kode typed in another case.

- A `Catatan:` row between S1's two indicators, the merges running over it: the second indicator was a
  galat at Tingkat and Kode Induk and not counted (S1's capaian its first indicator's alone, 95 %), the
  note row's hidden cells galat too; now read as the node's rows, the note said as a note.
- `s1` typed under a merge from `S1` (another Kode for the reader): it said `Tingkat kosong`, though
  Excel shows the merge's `Sasaran` there; now as before newuser57, the cell named as under the merge.
"""

from __future__ import annotations

import json
from fractions import Fraction

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main

_T = "Meningkatnya kualitas pelayanan publik di Kecamatan Klojen"
_S = "Meningkatnya kualitas pelayanan administrasi dan perizinan"
_P = "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"
_IKM = ["T1", "Tujuan", "", _T, "Indeks Kepuasan Masyarakat (IKM)", "Indeks", "Positif", "Nilai Akhir"]
_ADUAN = [
    "S1",
    "Sasaran",
    "T1",
    _S,
    "Persentase pengaduan yang ditindaklanjuti",
    "%",
    "Positif",
    "Nilai Akhir",
]
_IZIN = ["S1", "Sasaran", "T1", _S, "Jumlah izin yang diterbitkan", "izin", "Positif", "Kumulatif"]
_PROGRAM = [
    *("7.01.02", "Program", "S1", _P, "Jumlah pengaduan yang belum ditindaklanjuti", "pengaduan", "Negatif"),
    "Kumulatif",
]


def _kecamatan(tmp_path, rows, merges=(), name="kecamatan.xlsx"):
    path = tmp_path / name
    args = [
        "new",
        str(path),
        "--pemda",
        "Kota Malang",
        "--opd",
        "Kecamatan Klojen",
        "--tahun",
        "2025",
        "--triwulan",
        "2",
    ]
    made = CliRunner().invoke(main, args)
    assert made.exit_code == 0, made.output
    wb = openpyxl.load_workbook(path)
    anggaran = [["7.01.02", _P, "S1", "3,25 M", None, "Rp 735,2 jt", "1,1 M"]]
    for sheet, typed in (("Kinerja", rows), ("Anggaran", anggaran)):
        for i, row in enumerate(typed):
            for j, value in enumerate(row):
                wb[sheet].cell(4 + i, 1 + j).value = value
    for ref in merges:
        first, last = ref.split(":")
        col = first.rstrip("0123456789")
        for r in range(int(first[len(col) :]) + 1, int(last[len(col) :]) + 1):
            wb["Kinerja"][f"{col}{r}"].value = None  # Excel keeps the first cell's value only
        wb["Kinerja"].merge_cells(ref)
    wb.save(path)
    return path


def _run(path):
    checked = CliRunner().invoke(main, ["check", str(path)])
    exported = CliRunner().invoke(main, ["export", str(path)])
    assert exported.exit_code == 0, exported.output
    return checked.output.splitlines(), json.loads(exported.stdout[exported.stdout.index("{") :])


# S1: pengaduan 95 / 100 = 95 %; izin 287 + 301 = 588 of 1.200 = 49 %; the Sasaran's capaian their mean
_S1 = (Fraction(95) + Fraction(588, 1200) * 100) / 2  # (95 + 49) / 2 = 72


@pytest.mark.parametrize(
    "note",
    [
        ["Catatan: data pengaduan dari SP4N-LAPOR"],  # typed in the first column, as a note flows across
        [None, None, None, None, "Keterangan: data SP4N-LAPOR"],  # typed under the Indikator
        [],  # a blank row left between
    ],
)
def test_a_sasaran_merged_over_its_indicators_and_a_note_between_counts_both(tmp_path, note):
    rows = [
        [*_IKM, "100", None, "84,5", "86,25"],
        [*_ADUAN, "100%", None, "92,5%", "95 %"],
        note,
        [*_IZIN, "1.200", None, "287", "301"],
        [*_PROGRAM, "10", None, "nihil", "0"],
    ]
    lines, report = _run(_kecamatan(tmp_path, rows, ("B5:B7", "C5:C7", "D5:D7")))
    assert not [line for line in lines if "digabung" in line or "tertutup gabungan" in line], lines
    assert not [line for line in lines if line.startswith("galat")], lines
    s1 = next(row for row in report["efisiensi"] if row["kode"] == "S1")
    assert Fraction(s1["capaian"]).limit_denominator(1000) == _S1 == 72
    izin = next(i for i in report["indikator"] if i["indikator"] == "Jumlah izin yang diterbitkan")
    assert izin["realisasi"] == 588 and izin["uraian"] == _S  # the node's Uraian, shown over both rows
    if note and note[-1]:  # the note is said as a note, as without the merge
        assert [line for line in lines if "adalah catatan, bukan indikator" in line], lines


def test_a_merge_over_a_note_then_another_nodes_row_is_still_said(tmp_path):
    rows = [
        [*_IKM, "100", None, "84,5", "86,25"],
        [*_ADUAN, "100%", None, "92,5%", "95 %"],
        ["Catatan: data pengaduan dari SP4N-LAPOR"],
        [*_PROGRAM, "10", None, "nihil", "0"],
    ]
    lines, _ = _run(_kecamatan(tmp_path, rows, ("D5:D7",)))
    assert [line for line in lines if "Kinerja!D5:D7" in line and "digabung" in line], lines


def test_another_kode_under_the_merge_is_named_as_under_it_not_as_blank(tmp_path):
    # "s1" is another Kode than "S1" for the reader (Kode is read as typed): its Tingkat under the merge
    # is hidden, not blank (Excel shows "Sasaran" there)
    rows = [
        [*_IKM, "100", None, "84,5", "86,25"],
        [*_ADUAN, "100%", None, "92,5%", "95 %"],
        ["s1", *_IZIN[1:], "1.200", None, "287", "301"],
    ]
    lines, _ = _run(_kecamatan(tmp_path, rows, ("B5:B6", "C5:C6", "D5:D6")))
    assert not [line for line in lines if "Tingkat kosong" in line], lines
    assert [line for line in lines if "Kinerja!B6" in line and "tertutup gabungan sel B5:B6" in line], lines
