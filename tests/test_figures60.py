"""Small reading gaps of a Kecamatan's TW II report (figures60), typed as staff type them.

- `- izin` (a dash and the Satuan's word) in TW II of a Kumulatif count: read as a status, the whole
  indicator belum diketahui with no finding at all; now no data, as `-` is (TW I counted). A dash and
  another unit's word (`- orang` under `izin`) is a galat; a dash before a note (`- menunggu data`, a
  bullet) stays a status.
- `85,20 / B` (an IKM score and its grade after a slash): a galat without the figure to type that
  `85,2 (B)` gets; now the same advice `tulis angkanya saja (85,20)`, still a galat.
- `Jml kategori produk unggulan` under Satuan `kategori`: a count as `Jumlah kategori ...` is, summed
  without the peringatan that levels were summed.
"""

from __future__ import annotations

from fractions import Fraction

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from tests.test_revnewuser57 import _ADUAN, _IKM, _IZIN, _PROGRAM, _kecamatan, _run

_IZIN_NAME = "Jumlah izin yang diterbitkan"


def _said(lines, *words):
    return [line for line in lines if all(word in line for word in words)]


def _indikator(report, name):
    return next(i for i in report["indikator"] if i["indikator"] == name)


def _rows(izin_row=None, ikm_tw2="86,25", aduan_tw2="95 %"):
    return [
        [*_IKM, "100", None, "84,5", ikm_tw2],  # row 4
        [*_ADUAN, "100%", None, "92,5%", aduan_tw2],  # row 5
        izin_row or [*_IZIN, "1.200", None, "287", "301"],  # row 6
        [*_PROGRAM, "10", None, "nihil", "0"],  # row 7
    ]


# --- 1. a dash typed with the Satuan's word ------------------------------------------------------------


@pytest.mark.parametrize(
    ("satuan", "typed"),
    [
        ("izin", "- izin"),
        ("izin", "-izin"),
        ("izin", "\u2013 izin"),  # en dash, as Word's AutoCorrect makes it
        ("Izin", "- IZIN"),
        ("dokumen", "- dokumen"),
        ("dokumen", "- izin"),  # an izin is one dokumen (satuan_dokumen): the same no figure
        ("izin", "- izin."),
    ],
)
def test_a_dash_with_the_satuans_word_is_no_data_as_a_dash_is(tmp_path, satuan, typed):
    row = [*_IZIN[:5], satuan, *_IZIN[6:], "1.200", None, "287", typed]
    lines, report = _run(_kecamatan(tmp_path, _rows(row)))
    assert not _said(lines, "Kinerja!L6"), lines
    izin = _indikator(report, _IZIN_NAME)
    # Kumulatif, TW II no data: TW I's 287 alone; 287 / 1.200 x 100 = 287/12 = 23,92 %
    assert izin["realisasi"] == 287
    assert Fraction(izin["capaian"]).limit_denominator(1000) == Fraction(287, 12)
    assert izin["status"] is None


def test_a_dash_with_the_percent_sign_is_no_data_under_a_percentage(tmp_path):
    lines, report = _run(_kecamatan(tmp_path, _rows(aduan_tw2="- %")))
    assert not _said(lines, "Kinerja!L5"), lines
    aduan = _indikator(report, "Persentase pengaduan yang ditindaklanjuti")
    # Nilai Akhir, TW II no data: TW I's 92,5 % of 100 % = 92,5 %
    assert Fraction(aduan["capaian"]).limit_denominator(1000) == Fraction(185, 2)


@pytest.mark.parametrize("typed", ["- orang", "\u2013 dokumen", "- %"])
def test_a_dash_with_another_units_word_is_a_galat(tmp_path, typed):
    row = [*_IZIN, "1.200", None, "287", typed]
    lines, report = _run(_kecamatan(tmp_path, _rows(row)))
    assert _said(lines, "galat", "Kinerja!L6"), lines
    (pesan,) = [f["pesan"] for f in report["pemeriksaan"] if f["sel"] == "L6"]
    assert f'"{typed}"' in pesan and 'Satuan indikator "izin"' in pesan, pesan
    assert _indikator(report, _IZIN_NAME)["capaian"] is None


def test_a_bullet_before_a_status_stays_a_status(tmp_path):
    row = [*_IZIN, "1.200", None, "287", "- menunggu data DPMPTSP"]
    lines, report = _run(_kecamatan(tmp_path, _rows(row)))
    assert not _said(lines, "galat", "Kinerja!L6"), lines
    assert _indikator(report, _IZIN_NAME)["status"] == "- menunggu data DPMPTSP"


def test_check_export_and_pemeriksaan_agree_on_a_dash_with_its_unit(tmp_path):
    path = _kecamatan(tmp_path, _rows([*_IZIN, "1.200", None, "287", "- izin"]))
    lines, report = _run(path)
    out = tmp_path / "hasil.xlsx"
    assert CliRunner().invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Pemeriksaan"]
    at_l6 = [r for r in sheet.iter_rows(min_row=5, values_only=True) if (r[2], r[3]) == ("Kinerja", "L6")]
    assert at_l6 == [] and not _said(lines, "Kinerja!L6")
    assert not [f for f in report["pemeriksaan"] if f["sel"] == "L6"]
    assert _indikator(report, _IZIN_NAME)["realisasi"] == 287


# --- 2. a score with its grade after a slash or a dash ---------------------------------------------------


@pytest.mark.parametrize(
    ("satuan", "typed", "number"),
    [
        ("Indeks", "85,20 / B", "85,20"),
        ("Indeks", "85,20/B", "85,20"),
        ("Nilai", "3,4 / Baik", "3,4"),
        ("Indeks", "85,20 - B", "85,20"),
        ("Indeks", "85,20 \u2013 Baik", "85,20"),
    ],
)
def test_a_score_with_its_grade_after_a_slash_says_the_figure_to_type(tmp_path, satuan, typed, number):
    ikm = [*_IKM[:5], satuan, *_IKM[6:], "100", None, "84,5", typed]
    lines, report = _run(_kecamatan(tmp_path, [ikm, *_rows()[1:]]))
    assert _said(lines, "galat", "Kinerja!L4", f"tulis angkanya saja ({number})"), lines
    assert _indikator(report, "Indeks Kepuasan Masyarakat (IKM)")["capaian"] is None  # no figure guessed


# --- 3. a count named with Jumlah shortened ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Jml kategori produk unggulan",
        "Jml. kategori produk unggulan",
        "jml kategori produk unggulan",
        "Jmlh kategori produk unggulan",
        "JML. Kategori Produk Unggulan",
    ],
)
@pytest.mark.parametrize("jenis", [None, "Kumulatif"])
def test_jml_counts_as_jumlah_does(tmp_path, name, jenis):
    # blank Jenis: 3 + 4 = 7 of 10, 70 %; Kumulatif chosen: 3 + 4 = 7 of 5, 140 % (each quarter at least
    # half the target, the case a score summed is told)
    target = "10" if jenis is None else "5"
    row = [*_IZIN[:4], name, "kategori", "Positif", jenis, target, None, "3", "4"]
    lines, report = _run(_kecamatan(tmp_path, _rows(row)))
    assert not _said(lines, "Kinerja!H6"), lines
    found = _indikator(report, name)
    assert found["realisasi"] == 7
    expected = Fraction(7, 10) * 100 if jenis is None else Fraction(7, 5) * 100
    assert Fraction(found["capaian"]).limit_denominator(1000) == expected


def test_a_level_named_otherwise_is_still_told_summed(tmp_path):
    # "Jmlh" is the count's word; "Jamban" is none: Tingkat 3 + 4 under a blank Jenis told as before
    row = [*_IZIN[:4], "Jamban sehat tingkat desa", "tingkat", "Positif", None, "10", None, "3", "4"]
    lines, _ = _run(_kecamatan(tmp_path, _rows(row)))
    assert _said(lines, "peringatan", "Kinerja!H6", "bukan jumlah"), lines
