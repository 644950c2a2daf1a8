"""Stop 50, review of figures62: a rate per patient-days or work hours is still a rate.

figures62 read a time word after a rate's figure as a span of time ("per 10 tahun": no base), and so
also a hospital's rate per 1.000 patient-days ("per 1.000 hari rawat") and a work accident rate per
1.000.000 work hours: no rate, its fraction silent. And its own words of a rate took a unit ("per 1.000
m2": "berupa angka per m").

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: H Jenis
Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.satuan_laju import Rate, base_named, read_rate
from tests.test_engine import kinerja_row, messages, run


def _row(indikator, target, tws, satuan, polaritas="Negatif", jenis="Nilai Akhir"):
    return kinerja_row("S1", "Sasaran", "", "Meningkatnya mutu pelayanan rumah sakit", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas=polaritas, jenis=jenis)  # fmt: skip


def _at(report, sel):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


@pytest.mark.parametrize(
    ("satuan", "rate"),
    [
        ("per 1.000 hari rawat", Rate(1000, "")),
        ("per 1000 hari pemakaian ventilator", Rate(1000, "")),
        ("pasien/1.000 hari rawat", Rate(1000, "")),
        ("per 1.000.000 jam kerja", Rate(1_000_000, "")),
    ],
)
def test_a_rate_per_thousands_of_days_or_hours_is_a_rate(satuan, rate):
    # (figures62: None, the "hari" / "jam" after the base read as a span of time)
    assert read_rate(satuan) == rate


@pytest.mark.parametrize("satuan", ["per 10 tahun", "per 12 bulan", "per 10 hari", "per 100 hari"])
def test_a_span_of_time_below_a_thousand_stays_no_rate(satuan):
    assert read_rate(satuan) is None


# Angka kejadian plebitis 1,5 per 1.000 hari rawat, Negatif, Nilai Akhir, typed as the formula's fraction
# (kejadian / hari rawat without x 1.000): 0,0015 and 0,0012. As typed, Nilai Akhir 0,0012:
# (2 x 1,5 - 0,0012) / 1,5 x 100 = 2,9988 / 1,5 x 100 = 199,92 %. figures62: no word.
@pytest.mark.parametrize("satuan", ["per 1.000 hari rawat", "per 1000 hari pemakaian ventilator"])
def test_a_rate_per_patient_days_typed_as_a_fraction_is_told(satuan):
    report = run([_row("Angka kejadian plebitis", "1,5", ("0,0015", "0,0012"), satuan)])
    assert report.indicators[0].capaian_exact == Fraction(29988, 15000) * 100
    (k,) = _at(report, "K2")
    # 0,0015 x 1.000 = 1,5; 0,0012 x 1.000 = 1,2
    assert "Bila maksudnya 1,5 (pecahan, mis. hasil rumus tanpa x 1.000), tulis 1,5" in k, messages(report)
    (el,) = _at(report, "L2")
    assert "tulis 1,2" in el, messages(report)


def test_a_rate_per_patient_days_summed_is_told_in_its_own_words():
    # 1,5 per 1.000 hari rawat chosen Kumulatif: 0,5 + 0,6 = 1,1, (3 - 1,1) / 1,5 = 1,9 / 1,5 = 126,67 %;
    # Nilai Akhir 0,6: (3 - 0,6) / 1,5 = 2,4 / 1,5 = 160,00 %. figures62: no word (no rate read).
    report = run(
        [_row("Angka kejadian plebitis", "1,5", ("0,5", "0,6"), "per 1.000 hari rawat", jenis="Kumulatif")]
    )
    assert report.indicators[0].capaian_exact == Fraction(19, 15) * 100
    (h,) = _at(report, "H2")
    assert "TW I 0,5 + TW II 0,6 = 1,1, capaian 126,67% (Sangat Tinggi)" in h, h
    assert "dengan angka TW II 0,6, capaian 160,00% (Sangat Tinggi)" in h, h
    assert 'Satuan "per 1.000 hari rawat" berupa angka per hari rawat' in h, h


@pytest.mark.parametrize("satuan", ["per 1.000 m2", "per 1 juta rupiah", "per 1.000 hari"])
def test_a_rate_per_a_unit_left_blank_keeps_the_generic_words(satuan):
    # 4, Jenis blank (Kumulatif), Negatif: 1,5 + 1,8 = 3,3, (8 - 3,3) / 4 = 117,50 % as typed.
    # figures62: "berupa angka per m; ... jumlah kejadian dan m periode itu" (per rupiah, per hari)
    report = run([_row("Kerapatan bangunan", "4", ("1,5", "1,8"), satuan, jenis=None)])
    assert report.indicators[0].capaian_exact == Fraction(47, 40) * 100
    (h,) = _at(report, "H2")
    assert f'Satuan "{satuan}" bukan jumlah; bila nilainya posisi, pilih "Nilai Akhir"' in h, h


def test_a_rate_per_area_keeps_its_unit_whole_in_the_ratio_advice():
    # "1:2.500" under "per 1.000 m2": 1.000 / 2.500 = 0,40 per 1.000 m2 (figures62 and main: "per 1.000 m")
    assert base_named("per 1.000 m2") == (1000, "per 1.000 m2")
    report = run([_row("Kepadatan hunian", "1", ("1:2.500",), "per 1.000 m2", polaritas="Positif")])
    (k,) = _at(report, "K2")
    assert "tulis banyaknya per 1.000 m2: 1.000 / 2.500 = 0,40" in k, k


@pytest.mark.parametrize(
    ("nama", "satuan", "said"),
    [
        # figures62 asked Negatif of the initials under any rate: "per 100", "per 10 km", "per 1 juta rupiah"
        ("AKN lulusan", "per 100 mahasiswa", ""),
        ("AKI", "per 10 km", ""),
        ("AKB", "per 100", ""),
        # a death rate's Satuan: asked (figures62's, kept)
        ("AKB", "0/00", "AKB"),
        ("AKI", "per 100.000", "AKI"),
        ("AKN", "per 1,000", "AKN"),
    ],
)
def test_death_rate_initials_ask_negatif_only_under_a_rate_per_a_thousand_or_more(nama, satuan, said):
    from lkj_xl.core.nama_negatif import lower_is_better

    assert lower_is_better(nama, satuan) == said


@pytest.mark.parametrize(
    ("nama", "satuan"),
    [("Rasio tempat tidur", "per 1.000 penduduk"), ("Rasio dokter", "per 100.000 penduduk")],
)
def test_a_positif_ratio_per_population_left_blank_is_no_events(nama, satuan):
    # Beds per 1.000 penduduk, Positif, Jenis blank (Kumulatif): 0,9 + 0,95 = 1,85 of 1, 185 % as typed.
    # figures62: "dihitung dari jumlah kejadian dan penduduk periode itu" (a stock has no events): the
    # stock's words, as main's
    report = run([_row(nama, "1", ("0,9", "0,95"), satuan, polaritas="Positif", jenis=None)])
    assert report.indicators[0].capaian_exact == Fraction(185)
    (h,) = _at(report, "H2")
    assert f'Satuan "{satuan}" bukan jumlah; bila nilainya posisi, pilih "Nilai Akhir"' in h, h
    assert "kejadian" not in h, h
