"""A ratio's sign under a Satuan where its figure is no figure of the row (review of branch ratio47).

"1:5" under a Satuan of a count ("dokumen", "unit", "desa") of an indicator that names no ratio was told
"tulis angka pembandingnya saja (5)" and to put a comparison in Satuan: with a target of 5 dokumen, "1:5"
is as likely 1 of the 5 done (realisasi 1, a capaian of 20 %) as anything; typing 5 prints a capaian of
100 %, a wrong figure in a signed report. A hyphenated Satuan (e-KTP) already names no figure
(tests/test_ratio_time_and_hyphen.py); a count Satuan now says the same. A row evidently a ratio (an
Indikator naming "Rasio" of Satuan "murid", README Values) keeps its figure.

"1:30" under a Satuan of years or months in more than one word ("tahun ajaran", "Bulan ke") was told
"tulis 30": only the one-word "Tahun" / "bulan" got the duration galat naming no figure.

Grids by hand (tests/test_engine.py's helpers).
"""

from __future__ import annotations

import datetime

import pytest

from lkj_xl.core.model import GALAT
from tests.test_ratio_time_and_hyphen import _names_no_figure
from tests.test_ratio_time_and_hyphen import _row as _tw4_row


def _row(typed, satuan, indikator, target="5", polaritas="Positif"):
    """One Sasaran (row 2) of target ``target`` (5 here), TW IV typed ``typed``, in the year's report."""
    return _tw4_row(typed, satuan, indikator, polaritas, target)


def _said(report, sel="N2"):
    found = [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]
    assert [f.severity for f in found] == [GALAT], found
    return found[0].pesan


@pytest.mark.parametrize(
    ("satuan", "indikator"),
    [
        ("dokumen", "Dokumen perencanaan yang tersusun"),
        ("unit", "Jumlah unit kerja yang menerapkan SPIP"),
        ("Desa", "Jumlah desa mandiri"),
    ],
)
@pytest.mark.parametrize("typed", ["1:5", "1 : 5", "5:1"])
def test_a_ratio_under_a_count_satuan_names_no_figure(typed, satuan, indikator):
    # target 5: "1:5" may be 1 of 5 (realisasi 1, capaian 1 / 5 x 100 = 20 %); "tulis 5" gives 100 %
    report = _row(typed, satuan, indikator)
    assert report.indicators[0].capaian_exact is None  # never read
    pesan = _said(report)
    assert "bukan satu angka" in pesan and f'Satuan "{satuan}"' in pesan, pesan
    assert "murid per guru" not in pesan, pesan  # no comparison is advised into a count's Satuan
    _names_no_figure(pesan, typed, "5")


def test_a_ratio_row_of_a_count_satuan_keeps_its_figure():
    # README Values: Satuan "murid" of an Indikator naming "Rasio" is a ratio row; 1:20 is 20 murid per guru
    pesan = _said(_row("1:20", "murid", "Rasio guru terhadap murid", target="20", polaritas="Negatif"))
    assert "pembandingnya saja (20)" in pesan, pesan


@pytest.mark.parametrize(
    ("satuan", "indikator"),
    [
        ("tahun ajaran", "Rata-rata lama studi"),
        ("Bulan ke", "Bulan penyelesaian LKPD"),
        ("hari kerja", "Rata-rata waktu penerbitan izin"),
    ],
)
@pytest.mark.parametrize("typed", ["1:30", datetime.time(1, 30)])
def test_a_time_under_a_satuan_of_time_in_words_names_no_figure(typed, satuan, indikator):
    # "1:30" of "tahun ajaran": 1 tahun 30? 1 jam 30 menit? No figure of the Satuan can be told, never 30
    report = _row(typed, satuan, indikator, target="3")
    assert report.indicators[0].capaian_exact is None
    pesan = _said(report)
    assert "bukan satu angka" in pesan, pesan
    _names_no_figure(pesan, "1:30", "30")


def test_a_spaced_time_under_a_satuan_of_days_names_no_figure():
    # "1 : 30" under "hari" is no clock the duration galat reads (it reads "1:30" as 1 jam 30 menit),
    # and ratio47 told it "tulis angka pembandingnya saja (30)": 30 hari for what may be 1,06 hari
    pesan = _said(_row("1 : 30", "hari", "Rata-rata waktu penerbitan izin", target="3", polaritas="Negatif"))
    assert "bukan satu angka" in pesan, pesan
    _names_no_figure(pesan, "1 : 30", "30")


@pytest.mark.parametrize("satuan", ["Tahun", "bulan"])
def test_a_spaced_time_under_a_satuan_of_years_is_its_duration_galat(satuan):
    # "1 : 30" as staff space it says what "1:30" says (tests/test_ratio_time_and_hyphen.py); it said
    # only "ada teks ': 30' setelah angka", which tells no one what to write
    pesan = _said(_row("1 : 30", satuan, "Rata-rata lama sekolah", target="8"))
    assert f"tulis angkanya dalam {satuan} saja" in pesan and "bukan satu angka" in pesan, pesan
    _names_no_figure(pesan, "1 : 30", "30")
