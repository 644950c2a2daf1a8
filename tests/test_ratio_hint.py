"""A Rasio guru-murid typed as a ratio the other ways staff write it (staff round 43: a Dinas
Pendidikan's annual report).

Round 28 made "1:20" a galat saying what to type (20, the comparison in Satuan, Negatif). Two ways of
writing the same ratio were left:
- the mean ratio of a district with a decimal, written the English way, "1 : 18.6": the galat said to
  type "(18.6)", which is itself refused ("ambigu: setiap kelompok ribuan setelah titik (.) harus 3
  angka"); it now says 18,6;
- the ratio written pupils first, "20:1" or "18,5 : 1" (murid : guru, as a Renstra table may print it):
  the galat said only that ':' is no digit (or that ': 1' is text after the number), not what to type;
  it now gives the same hint with the pupils' figure (20; 18,5).
No figure is read from any of them (a galat, no capaian), as before.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

import datetime

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run


def _rasio(target, typed):
    """Rasio guru-murid SD (Sasaran S2, row 2), TW IV typed ``typed``, in the year's report."""
    row = kinerja_row(
        "S2", "Sasaran", "", "Mutu", "Rasio guru terhadap murid", target, (None, None, None, typed),
        satuan="Rasio", jenis="Nilai Akhir", polaritas="Negatif",
    )  # fmt: skip
    return run([row], triwulan=4)


def _said(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


@pytest.mark.parametrize(
    ("typed", "figure"),
    [
        ("1 : 18.6", "18,6"),  # the English decimal point: 18,6 is what reads as 18,6
        ("1:18.6", "18,6"),
        ("20:1", "20"),  # pupils first
        ("18,5 : 1", "18,5"),
        ("18.5:1", "18,5"),
    ],
)
def test_a_ratio_written_another_way_says_the_figure_to_type(typed, figure):
    report = _rasio("20", typed)
    assert report.indicators[0].capaian_exact is None  # no figure guessed
    (said,) = _said(report, "N2")
    assert said.severity == GALAT
    assert "perbandingan" in said.pesan and f"tulis angka pembandingnya saja ({figure})" in said.pesan


def test_the_figure_the_hint_names_is_read_as_meant():
    # 18,6 murid per guru of a target of 20, Negatif: (2 x 20 - 18,6) / 20 x 100 = 21,4 / 20 x 100 = 107
    report = _rasio("20", "18,6")
    assert _said(report, "N2") == []
    assert report.indicators[0].capaian_exact == 107


@pytest.mark.parametrize(("typed", "named"), [("2:3", None), ("1:1.250", "1.250"), ("1.250:1", "1.250")])
def test_thousands_stay_as_typed_and_a_ratio_of_no_one_names_no_figure(typed, named):
    # a group of three after the dot is thousands (read 1.250, as the hint's figure would be); a
    # ratio with neither side 1 names no figure (which side is the pupils' is unknown)
    report = _rasio("20", typed)
    (said,) = _said(report, "N2")
    assert said.severity == GALAT
    if named is None:
        assert "pembandingnya saja" not in said.pesan
    else:
        assert f"pembandingnya saja ({named})" in said.pesan


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        ("1/20", "Rasio", "20"),  # the ratio written with a slash, as a fraction is
        ("1 / 18,5", "Rasio", "18,5"),
        ("1/20", "Rasio murid per guru", "20"),
    ],
)
def test_a_ratio_written_with_a_slash_says_the_figure_to_type(typed, satuan, figure):
    # "1/20" said only that '/' is no digit; it is the ratio "1:20" written another way
    row = kinerja_row(
        "S2", "Sasaran", "", "Mutu", "Rasio guru terhadap murid", "20", (None, None, None, typed),
        satuan=satuan, jenis="Nilai Akhir", polaritas="Negatif",
    )  # fmt: skip
    report = run([row], triwulan=4)
    assert report.indicators[0].capaian_exact is None  # no figure guessed
    (said,) = _said(report, "N2")
    assert said.severity == GALAT
    assert f"tulis angka pembandingnya saja ({figure})" in said.pesan, said.pesan


def test_a_share_with_a_slash_of_a_percentage_keeps_its_percentage():
    # Satuan %: "1/20" is a share, 1 / 20 x 100 = 5 (round 27's hint), no ratio
    row = kinerja_row("S2", "Sasaran", "", "Mutu", "Persentase sekolah", "20", (None, None, None, "1/20"),
                      jenis="Nilai Akhir")  # fmt: skip
    (said,) = _said(run([row], triwulan=4), "N2")
    assert "1 / 20 x 100 = 5" in said.pesan and "perbandingan" not in said.pesan


def test_a_half_of_another_satuan_is_no_ratio():
    # "1/2" of Satuan "jam per hari" is half an hour, no ratio of 1 to 2: no ratio's hint
    row = kinerja_row("S2", "Sasaran", "", "Mutu", "Lama belajar mandiri", "2", (None, None, None, "1/2"),
                      satuan="jam per hari", jenis="Nilai Akhir")  # fmt: skip
    for said in _said(run([row], triwulan=4), "N2"):
        assert "perbandingan" not in said.pesan, said.pesan


@pytest.mark.parametrize(
    "kept",
    [
        datetime.time(0, 1, 18, 600000),
        # 1:18.6 is 78,6 / 86.400 of a day: a float read back a microsecond short
        datetime.time(0, 1, 18, 599999),
        datetime.datetime(1899, 12, 30, 0, 1, 18, 600000),
    ],
)
def test_a_mean_ratio_excel_kept_as_minutes_and_seconds_says_the_figure(kept):
    # "1:18.6" (or "1:18,6") typed in a General cell is kept by Excel as a time, 1 minute 18,6 seconds
    # (mm:ss.0): it said "berisi tanggal (pukul 00.01)", the 18,6 lost from the message
    report = _rasio("20", kept)
    assert report.indicators[0].capaian_exact is None  # no figure guessed
    (said,) = _said(report, "N2")
    assert said.severity == GALAT
    assert "perbandingan (1:18,6)" in said.pesan and "pembandingnya saja (18,6)" in said.pesan, said.pesan
    assert "1 menit 18,6 detik" in said.pesan


@pytest.mark.parametrize("satuan", ["menit", "Detik", "jam"])
def test_a_time_with_seconds_of_a_satuan_of_time_is_no_ratio(satuan):
    # Waktu pelayanan of 1 menit 18,6 detik: a duration, no ratio; the time is a galat as before
    kept = datetime.time(0, 1, 18, 600000)
    row = kinerja_row("S2", "Sasaran", "", "Mutu", "Waktu pelayanan", "2", (None, None, None, kept),
                      satuan=satuan, jenis="Nilai Akhir", polaritas="Negatif")  # fmt: skip
    (said,) = _said(run([row], triwulan=4), "N2")
    assert said.severity == GALAT and "perbandingan" not in said.pesan


def test_a_ratio_ending_in_a_separator_names_the_figure_without_it():
    # "1:18." (a full stop typed after it) named "(18.)"
    (said,) = _said(_rasio("20", "1:18."), "N2")
    assert said.severity == GALAT and "pembandingnya saja (18)" in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["0:1", "1:0"])
def test_a_ratio_of_nought_names_no_figure(typed):
    # "tulis angka pembandingnya saja (0)": no ratio of pupils to teachers is 0
    (said,) = _said(_rasio("20", typed), "N2")
    assert said.severity == GALAT and "pembandingnya saja" not in said.pesan, said.pesan


# --- ratio45: the advice of what is already done, and a ratio typed with a slip -----------------------


def _ratio_row(typed, satuan, polaritas):
    row = kinerja_row(
        "S2", "Sasaran", "", "Mutu", "Rasio guru terhadap murid", "20", (None, None, None, typed),
        satuan=satuan, jenis="Nilai Akhir", polaritas=polaritas,
    )  # fmt: skip
    return run([row], triwulan=4)


_NAMED = ["murid per guru", "siswa/guru", "rasio murid-guru", "Siswa per Guru"]


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [(typed, satuan) for typed in ("1:20", "1 : 20", "20:1", datetime.time(1, 20)) for satuan in _NAMED]
    # (a slash is a ratio under a Satuan naming "rasio" only: "1/2" of jam per hari is half an hour)
    + [("1/20", "rasio murid-guru"), ("l:20", "Rasio murid per guru")],
)
def test_a_ratio_whose_satuan_and_polaritas_are_already_set_says_only_the_figure(typed, satuan):
    # Satuan already names the comparison and Polaritas is already Negatif: the galat must name 20 and
    # must NOT tell staff to put the comparison in Satuan nor to choose Polaritas (both are done); a
    # "1:20" Excel kept as the time 01:20 alike
    report = _ratio_row(typed, satuan, "Negatif")
    assert report.indicators[0].capaian_exact is None
    (said,) = _said(report, "N2")
    assert said.severity == GALAT
    assert "tulis angka pembandingnya saja (20)" in said.pesan, said.pesan
    assert "kolom Satuan" not in said.pesan and "Polaritas" not in said.pesan, said.pesan


@pytest.mark.parametrize("polaritas", ["Negatif", "Positif"])
def test_a_polaritas_already_chosen_is_never_advised_changed(polaritas):
    # Satuan "Rasio" alone names no comparison: that advice stays; the Polaritas chosen is not advised on
    (said,) = _said(_ratio_row("1:20", "Rasio", polaritas), "N2")
    assert 'kolom Satuan (mis. "murid per guru")' in said.pesan, said.pesan
    assert "Polaritas" not in said.pesan, said.pesan


@pytest.mark.parametrize("satuan", ["Rasio", "%", None])
def test_a_ratio_with_nothing_set_keeps_the_whole_advice(satuan):
    # Satuan blank, "%" or "Rasio" alone and Polaritas blank: type 20, the comparison in Satuan, Negatif
    row = kinerja_row(
        "S2", "Sasaran", "", "Mutu", "Rasio guru terhadap murid", "20", (None, None, None, "1:20"),
        satuan=satuan or "", jenis="Nilai Akhir",
    )  # fmt: skip
    (said,) = _said(run([row], triwulan=4), "N2")
    assert "tulis angka pembandingnya saja (20)" in said.pesan, said.pesan
    assert 'kolom Satuan (mis. "murid per guru")' in said.pesan and 'Polaritas "Negatif"' in said.pesan


def test_a_satuan_naming_the_comparison_with_polaritas_blank_keeps_the_polaritas_advice():
    (said,) = _said(_ratio_row("1:20", "murid per guru", None), "N2")
    assert "kolom Satuan" not in said.pesan and 'pilih Polaritas "Negatif"' in said.pesan, said.pesan


@pytest.mark.parametrize(
    "typed", ["l:20", "I:20", "1;20", "1 banding 20", "1 : 20 murid", "l : 20", "20 banding 1"]
)
def test_a_ratio_typed_with_a_slip_is_the_same_galat(typed):
    # "l:20" (a lower-case L for the 1) was only a peringatan "angka di dalam teks" and the indicator
    # printed "l:20" as its realisasi: it must be the ratio galat naming 20, and never read as a number
    report = _ratio_row(typed, "Rasio", None)
    ind = report.indicators[0]
    assert ind.capaian_exact is None and ind.realisasi is None, (ind.realisasi, ind.capaian_exact)
    (said,) = _said(report, "N2")
    assert said.severity == GALAT
    assert "perbandingan" in said.pesan and "tulis angka pembandingnya saja (20)" in said.pesan, said.pesan


def test_a_target_typed_as_a_ratio_of_a_row_set_says_only_the_figure():
    # the Target column "1:20" of a row whose Satuan and Polaritas are set: the same, at I2
    row = kinerja_row(
        "S2", "Sasaran", "", "Mutu", "Rasio guru terhadap murid", "1:20", (None, None, None, "18"),
        satuan="murid per guru", jenis="Nilai Akhir", polaritas="Negatif",
    )  # fmt: skip
    (said,) = _said(run([row], triwulan=4), "I2")
    assert said.severity == GALAT and "pembandingnya saja (20)" in said.pesan, said.pesan
    assert "kolom Satuan" not in said.pesan and "Polaritas" not in said.pesan, said.pesan
