"""A new user's trial (newuser57): a Kecamatan's TW II report filled into `lkj-xl new`'s workbook as its
staff type it (IKM `3,38`; `3,45` of `3,2`, SAKIP `B` of `BB`, `92,5%`, `1.200` izin, `nihil`, a
`Catatan:` row between indicators, the Anggaran in `3,25 M` and `Rp 735,2 jt`).

- Nilai SAKIP (`BB` of target, `B` in TW II) with Jenis Realisasi blank was read as Nilai Akhir, as README
  says of grades, but exported (JSON, CSV) as `Kumulatif`, the blank's default: now `Nilai Akhir`.
- The PK's layout: Tingkat, Kode Induk and Uraian of a Sasaran merged over the rows of its two
  indicators, the Kode typed on each. The second indicator was a galat at Tingkat and Kode Induk and not
  counted (S1's capaian the first indicator's alone), beside one peringatan per merge telling staff to
  unmerge and fill every row, though README says a repeated Kode's row may leave them blank. Such a merge
  is now read as those blank cells: quiet, the indicator counted.
"""

from __future__ import annotations

import json
from fractions import Fraction

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main

_KINERJA = [
    # Kode, Tingkat, Kode Induk, Uraian, Indikator, Satuan, Polaritas, Jenis, Target, TP, TW I, TW II
    [
        "T1",
        "Tujuan",
        "",
        "Meningkatnya kualitas pelayanan publik di Kecamatan Klojen",
        "Indeks Kepuasan Masyarakat (IKM)",
        "Indeks",
        "Positif",
        "Nilai Akhir",
        "3,2",
        None,
        "3,38",
        "3,45",
    ],
    ["T1", "", "", "", "Nilai SAKIP Kecamatan", "Predikat", "", "", "BB", None, "-", "B"],
    ["Catatan: IKM TW II hasil survei 450 responden"],
    [
        "S1",
        "Sasaran",
        "T1",
        "Meningkatnya kualitas pelayanan administrasi dan perizinan",
        "Persentase pengaduan yang ditindaklanjuti",
        "%",
        "Positif",
        "Nilai Akhir",
        "100%",
        None,
        "92,5%",
        "95 %",
    ],
    [
        "S1",
        "Sasaran",
        "T1",
        "Meningkatnya kualitas pelayanan administrasi dan perizinan",
        "Jumlah rekomendasi/izin yang diterbitkan",
        "dokumen",
        "Positif",
        "Kumulatif",
        "1.200",
        None,
        "287",
        "301",
    ],
    [
        "7.01.02",
        "Program",
        "S1",
        "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
        "Jumlah pengaduan yang belum ditindaklanjuti",
        "pengaduan",
        "Negatif",
        "Kumulatif",
        "10",
        None,
        "nihil",
        "0",
    ],
]
_ANGGARAN = [
    [
        "7.01.02",
        "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
        "S1",
        "Rp 485.000.000",
        None,
        "48,5 jt",
        "-",
    ],
]


def _kecamatan(tmp_path, merges=()):  # the workbook of `lkj-xl new`, filled by hand
    path = tmp_path / "kecamatan.xlsx"
    made = CliRunner().invoke(
        main,
        [
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
        ],
    )
    assert made.exit_code == 0, made.output
    wb = openpyxl.load_workbook(path)
    for sheet, rows in (("Kinerja", _KINERJA), ("Anggaran", _ANGGARAN)):
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                wb[sheet].cell(4 + i, 1 + j).value = value
    for ref in merges:
        first, last = ref.split(":")
        wb["Kinerja"][last].value = None  # Excel keeps the first cell's value only
        wb["Kinerja"].merge_cells(ref)
    wb.save(path)
    return path


def _run(path):
    checked = CliRunner().invoke(main, ["check", str(path)])
    exported = CliRunner().invoke(main, ["export", str(path)])
    assert exported.exit_code == 0, exported.output
    report = json.loads(exported.stdout[exported.stdout.index("{") :])
    return checked.output.splitlines(), report


# S1: pengaduan 95 / 100 = 95 %; izin 287 + 301 = 588 of 1.200 = 49 %; the Sasaran's capaian their mean
_S1 = (Fraction(95) + Fraction(588, 1200) * 100) / 2  # (95 + 49) / 2 = 72


@pytest.mark.parametrize("merges", [(), ("B7:B8", "C7:C8", "D7:D8"), ("D7:D8",)])
def test_a_sasaran_merged_over_its_indicators_rows_as_in_the_pk_counts_both(tmp_path, merges):
    lines, report = _run(_kecamatan(tmp_path, merges))
    assert not [line for line in lines if "digabung" in line or "tertutup gabungan" in line], lines
    s1 = next(row for row in report["efisiensi"] if row["kode"] == "S1")
    assert Fraction(s1["capaian"]).limit_denominator(1000) == _S1 == 72
    izin = next(row for row in report["indikator"] if row["indikator"].startswith("Jumlah rekomendasi"))
    assert izin["realisasi"] == 588 and izin["kriteria"] == "Sangat Rendah"  # 49 % <= 50


def test_a_merge_over_rows_of_two_nodes_is_still_said(tmp_path):
    # S1's Uraian merged down over the program's row: another node's Kode there, its Uraian hidden
    lines, _ = _run(_kecamatan(tmp_path, ("D8:D9",)))
    assert [line for line in lines if "Kinerja!D8:D9" in line and "digabung" in line], lines


def test_a_grade_with_jenis_left_blank_is_exported_as_the_nilai_akhir_it_is_read_as(tmp_path):
    # Nilai SAKIP (row 5): Target BB, TW I "-", TW II "B", Jenis Realisasi blank: read as Nilai Akhir
    # (TW II's grade, never summed), as README's Grade targets say; export and CSV said "Kumulatif"
    _, report = _run(_kecamatan(tmp_path))
    sakip = next(i for i in report["indikator"] if i["indikator"] == "Nilai SAKIP Kecamatan")
    assert sakip["jenis_realisasi"] == "Nilai Akhir" and sakip["realisasi_teks"] == "B"
    ikm = next(i for i in report["indikator"] if i["indikator"].startswith("Indeks Kepuasan"))
    assert ikm["jenis_realisasi"] == "Nilai Akhir"  # typed so
    izin = next(i for i in report["indikator"] if i["indikator"].startswith("Jumlah rekomendasi"))
    assert izin["jenis_realisasi"] == "Kumulatif"  # typed so
