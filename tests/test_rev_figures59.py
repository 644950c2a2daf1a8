"""Review of figures59: its rules tried as staff type.

- A Negatif rate per population whose quarters are each about the year's size (each quarter's own rate,
  annualised, or typed s.d. it unevenly: `Insidensi Tuberkulosis` 70, 72, 74, 73 of 150 per 100.000
  penduduk for the year) summed to 289, 7,33 % Sangat Rendah, without a word: figures59 took every rate
  per population not rising as running totals for the year's count. The year's count over the population
  is honest while it stays within one and a half times the year's target (113 of 150 s.d. TW III is on
  course for 150,67); beyond, the quarters are nearer the year's own rate than a quarter's share of it.
- `nihil` typed after a figure under a Polaritas left blank, in an indicator whose name says lower is
  better (`Jumlah kasus gizi buruk` 3, then `nihil`: the Polaritas peringatan says choose Negatif), got
  a second peringatan saying a fall to nothing is rare and advising `-`, which would count 3 cases for
  none: a fall to nihil is that indicator's good news.
- A progres fisik typed as the quarter's increments, and said so in the Keterangan (`tambahan progres
  per triwulan`), was told every quarter to choose Nilai Akhir, with no way to say it is right.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: G Polaritas,
H Jenis Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, messages, run


def _at(report, sel):
    return [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


def _row(indikator, target, tws, satuan, polaritas="Negatif", jenis="Kumulatif", keterangan=None):
    return kinerja_row("T1", "Tujuan", "", "Meningkatnya derajat kesehatan masyarakat", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas=polaritas, jenis=jenis, keterangan=keterangan)  # fmt: skip


# --- a rate per population: quarters of the year's size summed --------------------------------------


@pytest.mark.parametrize(
    ("tws", "triwulan", "summed", "akhir"),
    [
        # the year: 70 + 72 + 74 + 73 = 289 of 150: (300 - 289) / 150 = 11 / 150 = 7,33 %; Nilai Akhir
        # 73: (300 - 73) / 150 = 227 / 150 = 151,33 % (each quarter about half the target: the year's rate
        # as it stood, the year projected 289 is 1,93 times its target)
        (("70", "72", "74", "73"), 4, "7,33%", "151,33%"),
        # TW III: 60 + 62 + 65 = 187, on course for 187 x 4 / 3 = 249,33 > 150 x 1,5 = 225: (300 - 187) /
        # 150 = 113 / 150 = 75,33 %; Nilai Akhir 65: 235 / 150 = 156,67 %
        (("60", "62", "65"), 3, "75,33%", "156,67%"),
    ],
)
def test_quarters_each_of_the_years_size_per_population_summed_are_told(tws, triwulan, summed, akhir):
    report = run([_row("Insidensi Tuberkulosis", "150", tws, "per 100.000 penduduk")], triwulan=triwulan)
    said = [f.pesan for f in _at(report, "H2")]
    assert len(said) == 1 and summed in said[0] and akhir in said[0], messages(report)


def test_an_outbreak_twice_its_target_is_told_with_both_readings():
    # IR DBD TW II: 20 + 31 = 51 of 49 (figures59 kept it quiet as an outbreak): the half year alone past
    # the year's target, 51 x 4 / 2 = 102 > 49 x 1,5 = 73,5. (98 - 51) / 49 = 47 / 49 = 95,92 %; Nilai
    # Akhir 31: (98 - 31) / 49 = 67 / 49 = 136,73 %
    report = run([_row("Incidence Rate (IR) DBD", "49", ("20", "31"), "per 100.000 penduduk")])
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(47, 49) * 100))
    said = [f.pesan for f in _at(report, "H2")]
    assert len(said) == 1 and "95,92%" in said[0] and "136,73%" in said[0], messages(report)


@pytest.mark.parametrize(
    ("tws", "triwulan"),
    [
        # a bad year honestly counted: 45 + 50 + 48 + 55 = 198 of 150, 1,32 times (<= 1,5)
        (("45", "50", "48", "55"), 4),
        # TW II: 40 + 45 = 85, on course for 170 <= 225
        (("40", "45"), 2),
    ],
)
def test_a_bad_year_counted_per_quarter_stays_quiet(tws, triwulan):
    report = run([_row("Insidensi Tuberkulosis", "150", tws, "per 100.000 penduduk")], triwulan=triwulan)
    assert not _at(report, "H2"), messages(report)


# --- nihil after a figure, the Polaritas left blank -------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "satuan", "typed"),
    [
        ("Jumlah kasus gizi buruk", "kasus", "nihil"),
        ("Angka kematian ibu", "kasus", "0"),
        ("Tingkat pengangguran terbuka", "%", "0"),
    ],
)
def test_nihil_under_a_blank_polaritas_whose_name_says_lower_is_better_is_not_told_as_a_fall(
    indikator, satuan, typed
):
    report = run([_row(indikator, "5", ("3", typed), satuan, None, "Nilai Akhir")])
    assert _at(report, "G2"), messages(report)  # (the Polaritas peringatan: choose Negatif)
    assert not _at(report, "L2"), messages(report)


def test_nihil_under_a_blank_polaritas_of_a_coverage_is_still_told():
    # Positif read: 0 / 85 = 0 %; "-": TW I 78,4 / 85 = 92,235... % Sangat Tinggi
    report = run(
        [_row("Persentase balita yang ditimbang", "85", ("78,4", "nihil"), "%", None, "Nilai Akhir")]
    )
    said = [f.pesan for f in _at(report, "L2")]
    assert len(said) == 1 and "92,24% (Sangat Tinggi)" in said[0], messages(report)


# --- progres fisik: increments said in the Keterangan -----------------------------------------------


@pytest.mark.parametrize(
    "keterangan",
    ["tambahan progres per triwulan", "Penambahan progres fisik triwulan ini", "realisasi per triwulan"],
)
def test_a_progress_said_in_the_keterangan_to_be_increments_stays_quiet(keterangan):
    # 10 + 25 = 35 of 100: 35 %, as the increments give it
    report = run([_row("Persentase progres fisik pembangunan gedung", "100", ("10", "25"), "%", "Positif", keterangan=keterangan)])  # fmt: skip
    assert report.indicators[0].capaian == 35
    assert not report.findings, messages(report)


@pytest.mark.parametrize("keterangan", [None, "progres s.d. triwulan", "progres fisik s.d. tiap triwulan"])
def test_a_progress_typed_sd_is_told_and_names_the_way_to_say_increments(keterangan):
    # 10 + 35 = 45 of 100: 45 %, Sangat Rendah; Nilai Akhir 35: 35 %
    report = run([_row("Persentase progres fisik pembangunan gedung", "100", ("10", "35"), "%", "Positif", keterangan=keterangan)])  # fmt: skip
    said = [f.pesan for f in _at(report, "H2")]
    assert len(said) == 1 and "45,00% (Sangat Rendah)" in said[0] and "Keterangan" in said[0], messages(
        report
    )


@pytest.mark.parametrize("satuan", ["Rp", "Rupiah"])
def test_nihil_after_an_amount_names_it_with_rp_as_the_sentences_do(satuan):
    # Nilai aset koperasi, a stock (Nilai Akhir): TW I 2.000.000.000 of 10.000.000.000, TW II nihil: with
    # "-", 2 / 10 = 20 %, Sangat Rendah. Was "2.000.000.000 Rp" ("2.000.000.000 Rupiah")
    row = _row(
        "Nilai aset koperasi", "10.000.000.000", ("2.000.000.000", "nihil"), satuan, "Positif", "Nilai Akhir"
    )
    said = [f.pesan for f in _at(run([row]), "L2")]
    assert len(said) == 1 and "setelah TW I Rp 2.000.000.000:" in said[0], said
    assert "(yang dihitung TW I Rp 2.000.000.000, capaian 20,00% (Sangat Rendah))" in said[0], said
