"""Stop 52, newuser63: a Dinas Kesehatan's and a Kecamatan's workbooks typed as their staff type them.

- A Negatif rate of events per 1.000 or more chosen Nilai Akhir (`Angka Kematian Ibu` per 100.000 KH: TW I
  110,3, TW II `nihil`) read its zero as the figure s.d. the quarter: 0, capaian (2 x 98,5 - 0) / 98,5 =
  200 % Sangat Tinggi without a word. A rate s.d. a quarter counts the events and births s.d. it: after
  a quarter with deaths it cannot be nil (`nihil` is "no death this quarter"). A peringatan now says so,
  computed as typed.
- In a report counting TW IV, the peringatan of a Nilai Akhir's zero in TW IV advised `-` as counting TW
  III's figure (92,24 %); `-` there leaves the year belum diketahui: it says so.
- A Positif Rata-rata's last quarter `nihil` after a figure (70, 78,4, nihil of 85) entered the mean, 49,47,
  58,20 % Rendah without a word, where `-` gives 74,2, 87,29 % Tinggi: the Nilai Akhir's peringatan now.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: H Jenis
Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, run


def _row(indikator, target, tws, satuan, polaritas="Negatif", jenis="Nilai Akhir"):
    return kinerja_row("S1", "Sasaran", "", "Menurunnya angka kematian ibu dan bayi", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas=polaritas, jenis=jenis)  # fmt: skip


def _at(report, sel):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


# --- 1. a Negatif rate per births or population fallen to nil ---------------------------------------------


@pytest.mark.parametrize("nol", ["nihil", "0", "Nihil", 0])
def test_an_aki_typed_nihil_after_a_quarter_with_deaths_is_told(nol):
    # AKI target 98,5 per 100.000 KH, Negatif, Nilai Akhir, TW I 110,3, TW II nil.
    # As typed: (2 x 98,5 - 0) / 98,5 = 200 % (Sangat Tinggi), computed so (the peringatan changes nothing).
    # With "-" in TW II, TW I's 110,3 counted: (197 - 110,3) / 98,5 = 86,7 / 98,5 = 88,0203... % (Tinggi).
    # Main: no word at L2.
    report = run([_row("Angka Kematian Ibu (AKI)", "98,5", ("110,3", nol), "per 100.000 KH")])
    assert report.indicators[0].capaian_exact == 200
    (h,) = _at(report, "L2")
    assert (
        f'Realisasi TW II indikator "Angka Kematian Ibu (AKI)" (S1) ditulis "{nol}" (nol) setelah TW I ' in h
    ), h
    assert "110,3 per 100.000 KH" in h, h
    assert "realisasi s.d. TW II 0, capaian 200,00% (Sangat Tinggi)" in h, h
    assert "tidak menjadi nol setelah ada kejadian pada TW I" in h, h
    assert "kejadian s.d. TW II per kelahiran hidup s.d. TW II" in h, h
    assert 'bila data TW II belum ada, tulis "-" (yang dihitung TW I 110,3 per 100.000 KH, capaian 88,02% (Tinggi))' in h, h  # fmt: skip
    assert "bila memang nol, biarkan" not in h, h


def test_an_incidence_per_population_in_a_semester_report_is_told_in_its_words():
    # Incidence TB 65 per 100.000 penduduk, Negatif, Nilai Akhir, Semester I: TW I 40, TW II nihil.
    # As typed 200 %; with "-": (130 - 40) / 65 = 90 / 65 = 138,4615... % (Sangat Tinggi).
    report = run(
        [_row("Insidensi Tuberkulosis", "65", ("40", "nihil"), "per 100.000 penduduk")],
        triwulan="Semester I",
    )
    assert report.indicators[0].capaian_exact == 200
    (h,) = _at(report, "L2")
    assert "realisasi Semester I 0, capaian 200,00% (Sangat Tinggi)" in h, h
    assert (
        "Angka per penduduk s.d. suatu triwulan dihitung dari kejadian dan penduduk s.d. triwulan itu" in h
    ), h
    assert "capaian 138,46% (Sangat Tinggi))" in h, h


@pytest.mark.parametrize(
    ("indikator", "satuan", "tws", "jenis"),
    [
        # a count: nihil is its best (nol_turun's rule, unchanged)
        ("Jumlah kasus gizi buruk", "kasus", ("3", "nihil"), "Nilai Akhir"),
        # a per mil naming nothing it is per: no events' words to say (laju_kata's rule)
        ("Angka Kematian Bayi", "‰", ("3,1", "nihil"), "Nilai Akhir"),
        # a percentage
        ("Prevalensi stunting", "%", ("15,2", "nihil"), "Nilai Akhir"),
        # no figure above zero before it
        ("Angka Kematian Ibu", "per 100.000 KH", ("-", "nihil"), "Nilai Akhir"),
        ("Angka Kematian Ibu", "per 100.000 KH", ("0", "nihil"), "Nilai Akhir"),
        # a quarter's own events, summed: nihil is that quarter's none
        ("Angka Kematian Ibu", "per 100.000 KH", ("110,3", "nihil"), "Kumulatif"),
    ],
)
def test_a_zero_where_nil_can_be_the_figure_stays_quiet(indikator, satuan, tws, jenis):
    report = run([_row(indikator, "98,5", tws, satuan, jenis=jenis)])
    assert not [m for m in _at(report, "L2") if "(nol) setelah" in m], _at(report, "L2")


def test_a_positif_rate_fallen_to_nil_keeps_its_words():
    # Rasio dokter 45 per 100.000 penduduk, Positif, Nilai Akhir, TW I 41,2, TW II nihil: 0 %, or with
    # "-" 41,2 / 45 = 91,5555... % (Sangat Tinggi): nol_turun's words of a position, as before.
    report = run(
        [
            _row(
                "Rasio dokter per 100.000 penduduk",
                "45",
                ("41,2", "nihil"),
                "per 100.000 penduduk",
                polaritas="Positif",
            )
        ]  # fmt: skip
    )
    (h,) = _at(report, "L2")
    assert "Posisi yang turun dari 41,2 per 100.000 penduduk menjadi nol jarang terjadi" in h, h
    assert "capaian 91,56% (Sangat Tinggi)" in h, h


# --- 2. the advice of a zero in TW IV: "-" there leaves the year belum diketahui --------------------------


@pytest.mark.parametrize(("triwulan", "sd"), [("Tahunan", "Tahun 2025"), (4, "s.d. TW IV")])
def test_a_zero_in_tw_iv_is_never_told_that_a_dash_counts_tw_iii(triwulan, sd):
    # Persentase balita yang ditimbang 85 %, Positif, Nilai Akhir: TW III 78,4, TW IV nihil: 0 %, Sangat
    # Rendah as typed. Main's advice: tulis "-" (yang dihitung TW III 78,4%, capaian 92,24% (Sangat
    # Tinggi)); yet "-" in TW IV of a report counting TW IV leaves a Nilai Akhir belum diketahui (the
    # second row, as typed after that advice: status "Belum ada realisasi", no capaian).
    report = run(
        [
            _row(
                "Persentase balita yang ditimbang",
                "85",
                ("70", "75", "78,4", "nihil"),
                "%",
                polaritas="Positif",
            ),  # fmt: skip
            _row("Persentase balita ditimbang", "85", ("70", "75", "78,4", "-"), "%", polaritas="Positif"),
        ],
        triwulan=triwulan,
    )
    assert report.indicators[0].capaian_exact == 0
    assert report.indicators[1].capaian_exact is None
    (h,) = _at(report, "N2")
    assert f"realisasi {sd} 0, capaian 0,00% (Sangat Rendah)" in h, h
    assert (
        f'tulis "-" (realisasi {sd} belum diketahui, tanpa capaian: TW III 78,4% bukan angka akhir tahun)'
        in h
    ), h
    assert "92,24" not in h, h


def test_an_aki_nihil_in_tw_iv_of_the_year_is_told_without_tw_iii_capaian():
    # AKI 98,5 per 100.000 KH, Negatif, Nilai Akhir, Tahunan: TW III 90, TW IV nihil: (197 - 0) / 98,5 =
    # 200 % as typed; "-" leaves the year belum diketahui (not TW III's (197 - 90) / 98,5 = 108,63 %).
    report = run(
        [_row("Angka Kematian Ibu", "98,5", ("105,2", "95", "90", "nihil"), "per 100.000 KH")],
        triwulan="Tahunan",
    )
    assert report.indicators[0].capaian_exact == 200
    (h,) = _at(report, "N2")
    assert "realisasi Tahun 2025 0, capaian 200,00% (Sangat Tinggi)" in h, h
    assert "tulis di TW IV angka s.d. TW IV (kejadian s.d. TW IV per kelahiran hidup s.d. TW IV)" in h, h
    assert "belum diketahui, tanpa capaian: TW III 90 per 100.000 KH bukan angka akhir tahun)" in h, h
    assert "108,63" not in h, h


def test_a_zero_in_tw_iii_of_a_tw_iii_report_keeps_the_dash_advice():
    # Triwulan III: TW II 78,4, TW III nihil; "-" there counts TW II: 78,4 / 85 = 92,2352... % (Sangat Tinggi).
    report = run(
        [_row("Persentase balita yang ditimbang", "85", ("70", "78,4", "nihil"), "%", polaritas="Positif")],
        triwulan=3,
    )
    (h,) = _at(report, "M2")
    assert 'tulis "-" (yang dihitung TW II 78,4%, capaian 92,24% (Sangat Tinggi))' in h, h


# --- 3. a Positif Rata-rata's zero after a figure -----------------------------------------------------------


def test_a_coverage_averaged_with_a_nihil_after_a_figure_is_told():
    # Cakupan pelayanan 85 %, Positif, Rata-rata, Triwulan III: TW I 70, TW II 78,4, TW III nihil.
    # As typed: (70 + 78,4 + 0) / 3 = 148,4 / 3 = 49,4666...; 49,4666 / 85 = 58,196... % (Rendah).
    # With "-": (70 + 78,4) / 2 = 74,2; 74,2 / 85 = 87,294... % (Tinggi). Main: no word.
    report = run([_row("Cakupan pelayanan", "85", ("70", "78,4", "nihil"), "%", polaritas="Positif", jenis="Rata-rata")], triwulan=3)  # fmt: skip
    assert report.indicators[0].capaian_exact == Fraction(742, 15) / 85 * 100  # (computed as typed)
    (h,) = _at(report, "M2")
    assert (
        'Realisasi TW III indikator "Cakupan pelayanan" (S1) ditulis "nihil" (nol) setelah TW II 78,4%' in h
    ), h
    assert "realisasi s.d. TW III 49,4667, capaian 58,20% (Rendah)" in h, h
    assert (
        'tulis "-" (rata-rata TW I dan TW II 74,2, capaian 87,29% (Tinggi)); bila memang nol, biarkan' in h
    ), h


@pytest.mark.parametrize(
    ("tws", "polaritas", "jenis"),
    [
        (("70", "78,4", "nihil"), "Negatif", "Rata-rata"),  # (nil is a Negatif's best)
        (("70", "78,4", "nihil"), "Positif", "Kumulatif"),  # (a quarter's own flow)
        (("-", "-", "nihil"), "Positif", "Rata-rata"),  # (no figure before it)
        (("70", "0", "78,4"), "Positif", "Rata-rata"),  # (the last quarter typed is no zero)
    ],
)
def test_a_zero_in_a_mean_stays_quiet_where_nothing_points_the_other_way(tws, polaritas, jenis):
    report = run([_row("Cakupan pelayanan", "85", tws, "%", polaritas=polaritas, jenis=jenis)], triwulan=3)
    assert not [m for m in _at(report, "M2") + _at(report, "L2") if "(nol) setelah" in m]
