"""figures59: figures and advice left open by stop 48.

- A Negatif rate per population chosen Kumulatif whose quarters are each quarter's new cases over the
  year's population (a Dinkes's `Insidensi Tuberkulosis` per 100.000 penduduk 35 + 40 + 38 of 150 s.d.
  TW III, 113 just past 150 x 3 / 4 = 112,5 pro rata) is a real count of the year so far: it was told
  whenever the sum ran past the target pro rata (a worse year than planned, honestly typed). The population
  is a stock: the quarters' cases over it add up to the year's. Told still where the rate cannot be
  summed: a prevalence (a stock over the population), quarters rising as running totals (35, 75, 113),
  and a rate per live births (a flow: each quarter's own AKB is the year's size). A Positif CNR was and
  stays quiet.
- `nihil` (or 0) typed in the counted quarter of a Positif Nilai Akhir after a figure above zero (78,4 %
  then `nihil`: 0 %, Sangat Rendah, without a word) is more likely "not measured yet": a peringatan at
  the cell naming both quarters and what `-` would give, computed as typed. A Negatif count's nihil
  (`kasus gizi buruk`) and a zero with no figure before it (the seed's P2.03) stay quiet.
- A physical progress typed s.d. each quarter (`Persentase progres fisik pembangunan` 10; 35, rising,
  target 100 %) chosen Kumulatif sums to 45 % (115 % with TW III's 70): told at the Jenis Realisasi with
  the Nilai Akhir reading; honest counts and increments a name says are increments stay quiet.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: G Polaritas,
H Jenis Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, messages, run


def _at(report, sel):
    return [f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


def _row(indikator, target, tws, satuan, polaritas="Negatif", jenis="Kumulatif"):
    return kinerja_row("T1", "Tujuan", "", "Meningkatnya derajat kesehatan masyarakat", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas=polaritas, jenis=jenis)  # fmt: skip


# --- 1. a rate per population summed: the year's count, or no sum ------------------------------------


@pytest.mark.parametrize(
    ("indikator", "target", "tws", "satuan", "polaritas", "triwulan", "capaian"),
    [
        # TW III: 35 + 40 + 38 = 113 new cases per 100.000 of 150 for the year (pro rata 150 x 3 / 4 =
        # 112,5, just past it): (300 - 113) / 150 = 187 / 150 = 124,67 %
        ("Insidensi Tuberkulosis", "150", ("35", "40", "38"), "per 100.000 penduduk", "Negatif", 3, Fraction(187, 150)),
        # the year: 35 + 40 + 38 + 45 = 158 of 150: (300 - 158) / 150 = 142 / 150 = 94,67 % (a worse year)
        ("Insidensi Tuberkulosis", "150", ("35", "40", "38", "45"), "per 100.000 penduduk", "Negatif", 4, Fraction(142, 150)),
        # TW II: 15 + 18 = 33 of 49 (pro rata 24,5; on course for 33 x 4 / 2 = 66, 1,35 times the target:
        # rev_figures59 tells more than 1,5, IR DBD 20 + 31 there): (98 - 33) / 49 = 65 / 49 = 132,65 %
        ("Incidence Rate (IR) DBD", "49", ("15", "18"), "per 100.000 penduduk", "Negatif", 2, Fraction(65, 49)),
        # TW II: 60 + 65 = 125 of 190 (pro rata 95; figures57 told it): (380 - 125) / 190 = 255 / 190
        ("Insidensi Tuberkulosis", "190", ("60", "65"), "per 100.000 penduduk", "Negatif", 2, Fraction(255, 190)),
        # the brief's case, Positif as a CNR is: 113 / 150 = 75,33 % (never the Negatif rule's)
        ("Case Notification Rate (CNR) TBC", "150", ("35", "40", "38"), "per 100.000 penduduk", "Positif", 3, Fraction(113, 150)),
        ("Angka penemuan kasus TBC", "150", ("35", "40", "38"), "per 100.000 penduduk", None, 3, Fraction(113, 150)),
    ],
)  # fmt: skip
def test_new_cases_per_quarter_over_the_year_population_are_a_count_of_the_year(
    indikator, target, tws, satuan, polaritas, triwulan, capaian
):
    report = run([_row(indikator, target, tws, satuan, polaritas)], triwulan=triwulan)
    assert report.indicators[0].capaian == pytest.approx(float(capaian * 100))
    assert not _at(report, "H2"), messages(report)


def test_quarters_rising_as_running_totals_per_population_are_told():
    # TW II: 35, 75 (each s.d. its quarter: 35 + 40) summed: 110 of 150, (300 - 110) / 150 = 190 / 150 =
    # 126,67 %; Nilai Akhir 75: 225 / 150 = 150 %, both Sangat Tinggi
    report = run([_row("Insidensi Tuberkulosis", "150", ("35", "75"), "per 100.000 penduduk")])
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(190, 150) * 100))
    said = [f.pesan for f in _at(report, "H2")]
    assert len(said) == 1 and "126,67%" in said[0] and "150,00%" in said[0], messages(report)
    # TW III: 35, 75, 113 summed: 223 of 150, past the target: the running total's own peringatan at TW
    # III (capaian_checks), once for the row
    report = run(
        [_row("Insidensi Tuberkulosis", "150", ("35", "75", "113"), "per 100.000 penduduk")], triwulan=3
    )
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(77, 150) * 100))  # (300 - 223) / 150
    assert [f.sel for f in report.findings] == ["M2"], messages(report)


def test_a_prevalence_per_population_summed_is_told():
    # a stock over the population: 0,3 + 0,35 = 0,65 of 1 per 10.000 penduduk (pro rata 0,5):
    # (2 - 0,65) / 1 = 135 %; Nilai Akhir 0,35: 165 %
    report = run([_row("Prevalensi kusta", "1", ("0,3", "0,35"), "per 10.000 penduduk")])
    said = [f.pesan for f in _at(report, "H2")]
    assert len(said) == 1 and "135,00%" in said[0] and "165,00%" in said[0], messages(report)


def test_a_rate_per_births_past_its_pro_rata_is_still_told():
    # AKI: 26 + 24 = 50 of 98 per 100.000 KH, pro rata 49: (196 - 50) / 98 = 146 / 98 = 148,98 %;
    # Nilai Akhir 24: 172 / 98 = 175,51 % (each quarter's own AKI is the year's size: no sum)
    report = run([_row("Angka Kematian Ibu", "98", ("26", "24"), "per 100.000 KH")])
    said = [f.pesan for f in _at(report, "H2")]
    assert len(said) == 1 and "148,98%" in said[0] and "175,51%" in said[0], messages(report)


# --- 2. nihil after a figure under a Positif Nilai Akhir ----------------------------------------------


@pytest.mark.parametrize("typed", ["nihil", "0", "0%", "Nihil", 0])
def test_a_positif_nilai_akhir_falling_to_nihil_is_told_naming_both_quarters(typed):
    # Triwulan III, target 85 %: TW I 75 %, TW II 78,4 %, TW III nihil. As typed, Nilai Akhir 0: 0 / 85 =
    # 0 %, Sangat Rendah (<= 50); with "-" TW III is left out: TW II's 78,4 / 85 = 92,235... % Sangat Tinggi
    row = _row("Persentase balita yang ditimbang berat badannya", "85%", ("75%", "78,4%", typed), "%", "Positif", "Nilai Akhir")  # fmt: skip
    report = run([row], triwulan=3)
    assert report.indicators[0].capaian == 0
    said = [f for f in _at(report, "M2")]
    assert len(said) == 1 and said[0].severity == "peringatan", messages(report)
    pesan = said[0].pesan
    assert "TW II 78,4" in pesan and "0,00% (Sangat Rendah)" in pesan and '"-"' in pesan, pesan
    assert "92,24% (Sangat Tinggi)" in pesan, pesan
    assert len(report.findings) == 1, messages(report)


def test_a_count_position_falling_to_zero_is_told_too():
    # Jumlah koperasi aktif, Nilai Akhir: TW I 68, TW II 0 of 70: 0 %; "-": 68 / 70 = 97,14 %
    row = _row("Jumlah koperasi aktif", "70", ("68", "0"), "unit", "Positif", "Nilai Akhir")
    said = [f.pesan for f in _at(run([row]), "L2")]
    assert len(said) == 1 and "TW I 68" in said[0] and "97,14% (Sangat Tinggi)" in said[0], said


@pytest.mark.parametrize(
    ("indikator", "tws", "satuan", "polaritas", "jenis"),
    [
        # a real nihil: no child with severe malnutrition this quarter (Negatif: 0 is its best)
        ("Jumlah kasus gizi buruk", ("3", "nihil"), "kasus", "Negatif", "Kumulatif"),
        ("Jumlah kasus gizi buruk", ("3", "nihil"), "kasus", "Negatif", "Nilai Akhir"),
        # the seed's P2.03: TW I blank, TW II 0; "-" then nihil: no figure before the zero
        ("Persentase balita yang ditimbang", (None, "0"), "%", "Positif", "Nilai Akhir"),
        ("Persentase balita yang ditimbang", ("-", "nihil"), "%", "Positif", "Nilai Akhir"),
        # zero both quarters: no fall
        ("Persentase balita yang ditimbang", ("0", "0"), "%", "Positif", "Nilai Akhir"),
        # summed: 78,4 + 0, no fall of the figure
        ("Persentase balita yang ditimbang", ("78,4%", "0"), "%", "Positif", "Kumulatif"),
        # a fall, not to zero
        ("Persentase balita yang ditimbang", ("78,4%", "12,5%"), "%", "Positif", "Nilai Akhir"),
    ],
)
def test_a_real_zero_or_no_fall_stays_quiet(indikator, tws, satuan, polaritas, jenis):
    report = run([_row(indikator, "85", tws, satuan, polaritas, jenis)])
    assert not _at(report, "L2"), messages(report)


# --- 4. a physical progress typed s.d. each quarter, chosen Kumulatif ---------------------------------


@pytest.mark.parametrize(
    ("indikator", "tws", "triwulan", "summed", "akhir"),
    [
        # 10 + 35 = 45 of 100: 45 %, Sangat Rendah; Nilai Akhir 35: 35 %, Sangat Rendah
        ("Persentase progres fisik pembangunan", ("10", "35"), 2, "45,00% (Sangat Rendah)", "35,00% (Sangat Rendah)"),
        # 10 + 35 + 70 = 115: 115 %, Sangat Tinggi; Nilai Akhir 70: 70 %, Sedang
        ("Persentase progres fisik pembangunan", ("10", "35", "70"), 3, "115,00% (Sangat Tinggi)", "70,00% (Sedang)"),
        # 15 + 40 = 55: 55 %, Rendah; Nilai Akhir 40: 40 %, Sangat Rendah
        ("Persentase kemajuan fisik pekerjaan konstruksi", ("15%", "40%"), 2, "55,00% (Rendah)", "40,00% (Sangat Rendah)"),
    ],
)  # fmt: skip
def test_a_physical_progress_typed_sd_each_quarter_and_summed_is_told(
    indikator, tws, triwulan, summed, akhir
):
    report = run([_row(indikator, "100", tws, "%", "Positif")], triwulan=triwulan)
    said = [f.pesan for f in _at(report, "H2")]
    assert len(said) == 1 and summed in said[0] and akhir in said[0] and '"Nilai Akhir"' in said[0], messages(
        report
    )
    assert len(report.findings) == 1, messages(report)  # (not also "naik setiap triwulan" at TW III)


@pytest.mark.parametrize(
    ("indikator", "target", "tws", "satuan"),
    [
        # increments the name says are increments
        ("Persentase penambahan progres fisik per triwulan", "100", ("10", "35"), "%"),
        ("Pertambahan progres fisik pembangunan", "100", ("10", "35"), "%"),
        # an honest Kumulatif count
        ("Jumlah UMKM yang dibina", "100", ("10", "35"), "UMKM"),
        # realisasi fisik typed per quarter (README: a flow typed as shares), and a progress that falls
        ("Persentase realisasi fisik", "100", ("20", "25"), "%"),
        ("Persentase progres fisik pembangunan", "100", ("35", "10"), "%"),
        # a target that is no whole (a multi-year work's part this year)
        ("Persentase progres fisik pembangunan", "60", ("10", "35"), "%"),
    ],
)
def test_counts_and_increments_stay_quiet(indikator, target, tws, satuan):
    report = run([_row(indikator, target, tws, satuan, "Positif")])
    assert not _at(report, "H2"), messages(report)


# --- 3. a comparison column's ratio advice at the kriteria edges ---------------------------------------

PEMANDU = "Rasio pemandu wisata terhadap destinasi"


def _advised(pesan, head):
    """The figure a galat says to type after ``head`` ("1 / 3 = "), as a Fraction."""
    import re

    found = re.search(re.escape(head) + r"([0-9][0-9.]*(?:,[0-9]+)?)", pesan)
    assert found, (head, pesan)
    return Fraction(found[1].replace(".", "").replace(",", "."))


@pytest.mark.parametrize(
    ("realisasi", "compared", "kriteria"),
    [
        # (1 / 4) / (1 / 3) x 100 = 3 / 4 x 100 = 75 %, Sedang (> 65 - 75); 0,25 / 0,3333 = 75,0075 %, Tinggi
        (4, 3, "Sedang"),
        # (1 / 10) / (1 / 9) x 100 = 90 %, Tinggi; 0,1 / 0,1111 = 90,009 %, Sangat Tinggi
        (10, 9, "Tinggi"),
        # (1 / 6) / (1 / 3) x 100 = 50 %, Sangat Rendah; 0,1667 / 0,3333 = 50,015 %, Rendah
        (6, 3, "Sangat Rendah"),
        # (1 / 4) / (1 / 4) = 100 %, Sangat Tinggi: 0,25 exact, nothing to keep
        (4, 4, "Sangat Tinggi"),
    ],
)
@pytest.mark.parametrize("column", ["Target Akhir Renstra", "Standar Nasional"])
def test_a_comparison_columns_ratio_advice_keeps_the_exact_ratios_kriteria(
    realisasi, compared, kriteria, column
):
    from lkj_xl.core import contract as c
    from lkj_xl.core.formulas import kriteria as kriteria_of
    from tests.test_analisis_inputs import pembanding_of

    def report(target, tw, other):
        row = kinerja_row("S1", "Sasaran", "", "K", PEMANDU, target, (None, tw, None, None), jenis="Nilai Akhir",
                          satuan="rasio", polaritas="Positif")  # fmt: skip
        return pembanding_of([(row, {column: other})])

    typed = report(f"1:{realisasi}", f"1:{realisasi}", f"1:{compared}")
    galat = {f.sel: f.pesan for f in typed.findings if f.severity == "galat"}
    (sel,) = [s for s, p in galat.items() if p.startswith(column)]
    tw = _advised(galat["L2"], f"1 / {realisasi} = ")  # (TW II, the report's quarter)
    other = _advised(galat[sel], f"1 / {compared} = ")
    # the figures typed as advised: the capaian against the column lands in the exact ratio's kriteria
    followed = report(_shown(tw), _shown(tw), _shown(other))
    ind = followed.indicators[0]
    exact = (
        ind.pembanding.capaian_renstra_exact
        if column == "Target Akhir Renstra"
        else ind.pembanding.capaian_standar_exact
    )
    assert exact == tw / other * 100, (exact, tw, other)
    assert kriteria_of(exact, c.SKALA_PERMENPANRB) == kriteria, (tw, other, galat[sel])


def _shown(x):
    """``x`` typed the Indonesian way, as its decimals: 0,3334."""
    whole, _, frac = f"{float(x):.6f}".rstrip("0").rstrip(".").partition(".")
    return f"{whole},{frac}" if frac else whole


# --- every output of one figure says the same -------------------------------------------------------


@pytest.mark.slow  # (three CLI runs on the example, about 4 s)
def test_check_export_and_pemeriksaan_say_the_nihil_and_the_progress_alike(tmp_path):
    import common

    # The example (Kinerja's header on row 3), Triwulan II: P2.02 (row 16, Nilai Akhir, 56,67 %) TW I 90 %,
    # TW II nihil; S2 (row 13) made a progres fisik of 100 %, Kumulatif, 10; 35; K2.01.01 (row 15) an
    # Insidensi TB per 100.000 penduduk, Negatif, 35 + 45 = 80 of 150 (pro rata 75): the half year's count
    kinerja = {"K16": "90%", "L16": "nihil", "E13": "Persentase progres fisik pembangunan gedung"}
    kinerja |= {"I13": "100%", "K13": 10, "L13": 35}
    kinerja |= {"E15": "Insidensi Tuberkulosis", "F15": "per 100.000 penduduk", "G15": "Negatif"}
    kinerja |= {"I15": 150, "K15": 35, "L15": 45}
    path = common.example_typed(tmp_path, "kecamatan", 2, {("Kinerja", ref): v for ref, v in kinerja.items()})
    # P2.02 with "-": 90 / 56,67 x 100 = 158,81 % Sangat Tinggi; S2 Nilai Akhir 35: 35 %, Sangat Rendah
    said = [
        ("L16", '"-" (yang dihitung TW I 90%, capaian 158,81% (Sangat Tinggi))'),
        ("H13", "TW II 35%, capaian 35,00%"),
    ]
    exported = common.peringatan_alike(path, tmp_path, said)
    by_kode = {r["kode"]: r for r in exported["indikator"]}
    assert by_kode["P2.02"]["capaian"] == 0  # as typed: 0 / 56,67
    assert by_kode["S2"]["capaian"] == 45  # as typed: (10 + 35) / 100 x 100
    # K2.01.01: (300 - 80) / 150 x 100 = 146,67 %, quiet at its Jenis Realisasi
    assert by_kode["K2.01.01"]["capaian"] == pytest.approx(float(Fraction(220, 150) * 100))
    assert not [f for f in exported["pemeriksaan"] if (f["sheet"], f["sel"]) == ("Kinerja", "H15")]
