"""Review of figures60: a dash with a unit's word, a score with its grade after a slash, `Jml`.

- `- %` in an IKM's quarter (Satuan `Indeks`, `Nilai`, `Rasio`) became a galat, the IKM not computed,
  though the reader reads `85 %` there (a peringatan: read without %): now no data as `-` is.
- The grade advice caught any word after a slash or a dash: `588 - s.d. Juni` (a Kumulatif's total up
  to June) was told to type 588 (TW I counted twice), `5 / bulan` to type 5 (a month's of a quarter),
  `95 % - dari target` (a capaian) to type 95 %, `85.20 / B` to type 85.20 (refused as ambiguous);
  beside a grade target (`BB`) `68,5 / B` was told to type the score, where `68,5 (B)` is told the grade.
- `Jml. desa ...` typed 2,5 lost the peringatan `Jumlah desa ...` gets (a count is whole); `Jlh` (as
  `Jml`) a count's word.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_revnewuser57 import _ADUAN, _IKM, _IZIN, _PROGRAM, _kecamatan, _run


def _said(lines, *words):
    return [line for line in lines if all(word in line for word in words)]


def _indikator(report, name):
    return next(i for i in report["indikator"] if i["indikator"] == name)


def _pesan(report, sel):
    return [f["pesan"] for f in report["pemeriksaan"] if f["sel"] == sel]


def _rows(ikm=None, izin=None):
    return [
        ikm or [*_IKM, "100", None, "84,5", "86,25"],  # row 4
        [*_ADUAN, "100%", None, "92,5%", "95 %"],  # row 5
        izin or [*_IZIN, "1.200", None, "287", "301"],  # row 6
        [*_PROGRAM, "10", None, "nihil", "0"],  # row 7
    ]


# --- a dash and % under an index: no data, as "85 %" there is read ------------------------------------


@pytest.mark.parametrize("satuan", ["Indeks", "Nilai", "Rasio"])
def test_a_dash_with_percent_under_an_index_is_no_data(tmp_path, satuan):
    ikm = [*_IKM[:5], satuan, *_IKM[6:], "100", None, "84,5", "- %"]
    lines, report = _run(_kecamatan(tmp_path, _rows(ikm=ikm)))
    assert not _said(lines, "galat", "Kinerja!L4"), lines
    found = _indikator(report, "Indeks Kepuasan Masyarakat (IKM)")
    # Nilai Akhir, TW II no data: TW I's 84,5 of a target of 100 = 84,5 %
    assert Fraction(found["capaian"]).limit_denominator(1000) == Fraction(169, 2)


def test_a_dash_with_percent_under_a_count_stays_a_galat(tmp_path):
    # "5 %" under izin beside a target of 1.200 is a galat (a percentage of a count): "- %" too
    lines, report = _run(_kecamatan(tmp_path, _rows(izin=[*_IZIN, "1.200", None, "287", "- %"])))
    assert _said(lines, "galat", "Kinerja!L6"), lines
    assert _indikator(report, "Jumlah izin yang diterbitkan")["capaian"] is None


# --- words after a slash or a dash that are no grade: no figure advised ---------------------------------


@pytest.mark.parametrize(
    ("typed", "not_advised"),
    [
        ("588 - s.d. Juni", "(588)"),  # 287 + 301 up to June: TW II's own is 301, never 588
        ("588 / s.d. TW II", "(588)"),
        ("588 - kumulatif", "(588)"),
        ("5 / bulan", "(5)"),  # 5 a month: a quarter's is 3 x 5 = 15, never 5
        ("5/bln", "(5)"),
        ("40 % - dari target", "(40 %)"),  # a capaian, not the realisasi
    ],
)
def test_words_after_a_dash_that_are_no_grade_get_no_figure(tmp_path, typed, not_advised):
    lines, report = _run(_kecamatan(tmp_path, _rows(izin=[*_IZIN, "1.200", None, "287", typed])))
    assert _said(lines, "galat", "Kinerja!L6"), lines
    (pesan,) = _pesan(report, "L6")
    assert f"tulis angkanya saja {not_advised}" not in pesan, pesan


def test_a_score_with_a_dot_decimal_and_its_grade_is_told_the_comma(tmp_path):
    ikm = [*_IKM, "100", None, "84,5", "85.20 / B"]
    lines, report = _run(_kecamatan(tmp_path, _rows(ikm=ikm)))
    assert _said(lines, "galat", "Kinerja!L4"), lines
    (pesan,) = _pesan(report, "L4")
    assert "(85.20)" not in pesan and "koma" in pesan, pesan  # 85.20 itself is refused: ambiguous


def test_a_score_with_its_grade_after_a_slash_keeps_the_advice(tmp_path):
    # the figures60 case still told: 85,20 with its IKM grade B
    ikm = [*_IKM, "100", None, "84,5", "85,20 / Sangat Baik"]
    lines, _ = _run(_kecamatan(tmp_path, _rows(ikm=ikm)))
    assert _said(lines, "galat", "Kinerja!L4", "tulis angkanya saja (85,20)"), lines


_SAKIP = ["T1", "Tujuan", "", "Meningkatnya akuntabilitas kinerja", "Predikat SAKIP", "Predikat", "Positif"]


@pytest.mark.parametrize("typed", ["68,5 / B", "68,5/B", "68,5 - B", "68,5 \u2013 B"])
def test_a_score_and_its_grade_beside_a_grade_target_is_told_the_grade(tmp_path, typed):
    # as "68,5 (B)" beside a target BB: the grade B is what to type, the score a note
    ikm = [*_SAKIP, "Nilai Akhir", "BB", None, "B", typed]
    lines, report = _run(_kecamatan(tmp_path, _rows(ikm=ikm)))
    (pesan,) = _pesan(report, "L4")
    assert 'tulis predikatnya saja ("B")' in pesan and "tulis angkanya saja" not in pesan, pesan
    assert _said(lines, "galat", "Kinerja!L4"), lines


# --- Jml: a count's word everywhere "Jumlah" is -------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Jumlah desa dengan tingkat kemandirian tinggi",
        "Jml. desa dengan tingkat kemandirian tinggi",
        "Jmlh desa dengan tingkat kemandirian tinggi",
    ],
)
def test_jml_desa_typed_with_a_fraction_is_told_as_jumlah_is(tmp_path, name):
    izin = [*_IZIN[:4], name, "desa", "Positif", "Kumulatif", "10", None, "2", "2,5"]
    lines, report = _run(_kecamatan(tmp_path, _rows(izin=izin)))
    assert _said(lines, "peringatan", "Kinerja!L6", "bilangan bulat"), lines
    # 2 + 2,5 = 4,5 of 10 = 45 %
    assert Fraction(_indikator(report, name)["capaian"]).limit_denominator(1000) == 45


def test_jlh_counts_as_jumlah_does(tmp_path):
    # 3 + 4 = 7 of 10 = 70 %, quiet as "Jumlah kategori produk unggulan" is
    name = "Jlh kategori produk unggulan"
    izin = [*_IZIN[:4], name, "kategori", "Positif", None, "10", None, "3", "4"]
    lines, report = _run(_kecamatan(tmp_path, _rows(izin=izin)))
    assert not _said(lines, "Kinerja!H6"), lines
    assert Fraction(_indikator(report, name)["capaian"]).limit_denominator(1000) == 70
