"""A rate's unit written the ways hospital staff write it (staff round 42: the Kasubbag Program dan Pelaporan
of an RSUD, a BLUD hospital, filling TW III 2026 from `lkj-xl new`): the NDR / GDR of a hospital are
rates per 1.000 pasien keluar, their Satuan typed `‰`, `per mil`, `Per Mil`, `permil` or `promil`,
and a figure typed with its unit in any of these spellings.

Found wrong, and tested here:
- a figure typed `25 per mil` under Satuan `‰` (or `25 ‰` under Satuan `per mil`, `Permil`,
  `Promil`; `25permil` under `‰`) was a galat: "'per mil' tidak sama dengan Satuan indikator ('‰')
  ... hitung dulu angkanya dalam Satuan indikator", telling staff to convert a figure already in
  the indicator's unit (or "ada teks '‰' setelah angka"); now read as the figure typed;
- a rate saved as a fraction (`=meninggal/keluar` without x 1.000: 0,0245 for 24,5 per mil) under
  Satuan `per mil` or `Per Mil` (two words) gave a capaian of 199,90 % Sangat Tinggi without a word,
  where Satuan `‰`, `permil` and `promil` had the peringatan naming 24,5; and a Jenis Realisasi left
  blank summed the quarters of `per mil` (22 + 25 + 24,5 = 71,5 of 25: 286 %) without the peringatan
  `‰` gets ("bukan jumlah").

- AKI typed `102 per 100.000 kelahiran hidup` under Satuan `per 100.000 KH` (or `per 100.000 KH` under
  `per 100.000 Kelahiran Hidup`), and `11,8 per 1.000 KH` under Satuan `per 1000 KH`: the same unit
  spelt out or its base written without the thousands dot, refused with the same advice to convert;
  now read as typed (a base that differs, `per 100.000 kelahiran hidup` under `per 1.000 KH`, stays
  refused).

Read right already (checked in this round, not repeated here): `25 ‰`, `24,5‰` under Satuan `‰`;
`25 %` under `‰` is a galat (a percentage is no per mil); AKI `102 per 100.000 KH` under Satuan `per
100.000 KH`; a Negatif target 0 (`0 %`, `nihil`) is a galat naming the division by the target.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.numbers import parse_number
from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row

NDR = "Net Death Rate (NDR)"


def _ndr(target, tws, satuan, *, jenis="Rata-rata", polaritas="Negatif"):
    """The report of a Sasaran measured by the NDR alone, Triwulan III."""
    row = kinerja_row("S1", "Sasaran", "", "Mutu pelayanan RSUD", NDR, target, [*tws, None], satuan=satuan,
                      polaritas=polaritas, jenis=jenis)  # fmt: skip
    report = report_of(book_of([row], triwulan=3))
    return report, next(i for i in report.indicators if i.indikator == NDR)


def _kinerja_findings(report):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel != "C2"]  # (C2: no Kode Induk)


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("25 per mil", "‰"),
        ("25 permil", "‰"),
        ("25 promil", "‰"),
        ("25 Per Mil", "‰"),
        ("25 ‰", "per mil"),
        ("25 ‰", "Per Mil"),
        ("25 ‰", "Permil"),
        ("25 ‰", "Promil"),
        ("25 per mil", "permil"),
        ("25‰", "per mil"),
    ],
)
def test_a_figure_in_one_spelling_of_per_mil_is_read_under_another(typed, satuan):
    # 25 per mil is 25 ‰: the same unit, nothing to convert
    assert parse_number(typed, satuan=satuan).exact == 25


def test_other_units_beside_per_mil_stay_refused():
    # a percentage is no per mil (25 % = 250 ‰): never read as 25 under Satuan ‰
    with pytest.raises(ValueError):
        parse_number("25 per 100.000 KH", satuan="‰")
    with pytest.raises(ValueError):
        parse_number("25 ‰", satuan="per 100.000 KH")
    with pytest.raises(ValueError):
        parse_number("25 per mil", satuan="%")
    with pytest.raises(ValueError):
        parse_number("25 per mil", satuan="Kasus")


def test_ndr_typed_per_mil_under_satuan_sign_gives_its_capaian():
    # TW I 22, TW II "25 per mil", TW III "24,5 ‰"; Rata-rata (22 + 25 + 24,5) / 3 = 71,5 / 3;
    # Negatif: (2 x 25 - 71,5/3) / 25 x 100 = (150 - 71,5) / 75 x 100 = 78,5 / 75 x 100 = 104,666...
    report, ind = _ndr("25 ‰", [22, "25 per mil", "24,5 ‰"], "‰")
    realisasi = Fraction(715, 30)
    assert Fraction(ind.realisasi).limit_denominator(1000) == realisasi
    assert ind.capaian == pytest.approx(float((2 * 25 - realisasi) / 25 * 100))
    assert ind.capaian == pytest.approx(104.6666666666)
    assert ind.kriteria == "Sangat Tinggi"
    assert not [f for f in _kinerja_findings(report) if f.severity == "galat"]


@pytest.mark.parametrize("satuan", ["per mil", "Per Mil", "per  mil"])
def test_a_rate_saved_as_a_fraction_under_per_mil_in_two_words_is_pointed_out(satuan):
    # NDR 22, 25, 24,5 per mil saved as =meninggal/keluar without x 1.000: 0,022, 0,025, 0,0245.
    # Read as typed: Rata-rata 0,0715 / 3, capaian (50 - 0,0715/3) / 25 x 100 = 199,904... Sangat Tinggi:
    # as Satuan "‰" already does, each quarter is pointed out naming the figure x 1.000
    report, ind = _ndr(25, [0.022, 0.025, 0.0245], satuan)
    assert ind.capaian == pytest.approx(float((50 - Fraction("0.0715") / 3) / 25 * 100))
    said = {f.sel: f.pesan for f in _kinerja_findings(report) if f.severity == "peringatan"}
    assert "tulis 22" in said["K2"] and "tulis 25" in said["L2"] and "tulis 24,5" in said["M2"], said


def test_a_blank_jenis_realisasi_under_per_mil_in_two_words_is_pointed_out():
    # Jenis Realisasi blank is Kumulatif: 22 + 25 + 24,5 = 71,5 of 25 (Positif as typed: 286 %), a rate
    # summed; Satuan "‰" gets the peringatan at the Jenis Realisasi cell, "per mil" must too
    report, ind = _ndr(25, [22, 25, 24.5], "per mil", jenis=None, polaritas="Positif")
    assert ind.capaian == pytest.approx(286.0)
    said = {f.sel: f.pesan for f in _kinerja_findings(report)}
    assert "bukan jumlah" in said.get("H2", ""), said


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        ("102 per 100.000 kelahiran hidup", "per 100.000 KH", 102),
        ("102 per 100.000 KH", "per 100.000 Kelahiran Hidup", 102),
        ("102 per 100.000 kelahiran hidup", "Per 100.000 KH", 102),
        ("11,8 per 1.000 KH", "per 1000 KH", Fraction("11.8")),
        ("11,8 per 1000 KH", "per 1.000 KH", Fraction("11.8")),
        ("11,8 per 1.000 kelahiran hidup", "/1000 KH", Fraction("11.8")),
    ],
)
def test_a_rate_typed_with_its_satuan_spelt_out_is_read(typed, satuan, figure):
    # KH is kelahiran hidup, 1000 is 1.000: the Satuan itself, nothing to convert
    assert parse_number(typed, satuan=satuan).exact == figure


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("11,8 per 100.000 kelahiran hidup", "per 1.000 KH"),  # 11,8 per 100.000 is 0,118 per 1.000
        ("102 per 100.000 penduduk", "per 100.000 KH"),  # another population
        ("102 per 10.000 KH", "per 100.000 KH"),
    ],
)
def test_a_rate_of_another_base_stays_refused(typed, satuan):
    with pytest.raises(ValueError):
        parse_number(typed, satuan=satuan)


def test_aki_typed_per_kelahiran_hidup_gives_its_capaian():
    # AKI Negatif, Nilai Akhir: TW I 98, TW II "-", TW III "110 per 100.000 kelahiran hidup" of a target
    # of 102 per 100.000 KH: (2 x 102 - 110) / 102 x 100 = 94 / 102 x 100 = 92,156... Sangat Tinggi (> 90)
    row = kinerja_row("S1", "Sasaran", "", "Mutu pelayanan RSUD", "Angka Kematian Ibu", 102,
                      [98, "-", "110 per 100.000 kelahiran hidup", None], satuan="per 100.000 KH",
                      polaritas="Negatif", jenis="Nilai Akhir")  # fmt: skip
    report = report_of(book_of([row], triwulan=3))
    ind = report.indicators[0]
    assert ind.realisasi == 110
    assert ind.capaian == pytest.approx(float(Fraction(94, 102) * 100))
    assert ind.kriteria == "Sangat Tinggi"
    assert not [f for f in _kinerja_findings(report) if f.severity == "galat"]


@pytest.mark.parametrize("typed", ["25 ‰", "25‰", "25 per mil"])
def test_per_mil_under_a_percentage_says_it_is_a_tenth_of_a_percent(typed):
    # 25 ‰ is 2,5 %: typed under Satuan "%", the galat must not leave staff to drop the sign and type 25
    # (read as 25 %, ten times the rate); it says the figure in per mil is divided by 10 ("‰" said "ada
    # teks '‰' setelah angka" only)
    with pytest.raises(ValueError) as raised:
        parse_number(typed, satuan="%")
    assert "dibagi 10" in str(raised.value), str(raised.value)


@pytest.mark.parametrize(("typed", "satuan", "meant"), [("2,5 %", "permil", "25"), ("2,5%", "per mil", "25"),
                                                        ("0,85 %", "‰", "8,5")])  # fmt: skip
def test_a_percentage_under_per_mil_says_it_is_ten_times_the_per_mil(typed, satuan, meant):
    # the mirror of the above: 2,5 % is 25 ‰ (x 10), 0,85 % is 8,5 ‰. The galat said only "tulis
    # Realisasi TW III dalam ‰ tanpa %", which followed by dropping the sign read 2,5 ‰, a tenth of the rate
    report, ind = _ndr(25, [22, 25, typed], satuan)
    assert ind.capaian is None
    (finding,) = [f for f in _kinerja_findings(report) if f.sel == "M2"]
    assert finding.severity == "galat"
    assert f"{typed} = {meant} {satuan}" in finding.pesan and "dikali 10" in finding.pesan, finding.pesan


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("25 per 1.000", "‰"),  # per 1.000 IS per mil: 25 per 1.000 = 25 ‰
        ("25 per 1000", "per mil"),
        ("25 ‰", "per 1.000"),
        ("25 ‰", "Per 1000"),
        ("25 ‰", "Per mil (‰)"),  # the Satuan spelt twice
        ("25 per mil", "Per mil (‰)"),
        ("25 ‰", "‰ pasien"),  # per mil of patients
        ("25 promil", "per 1.000"),
    ],
)
def test_per_1000_and_per_mil_are_one_unit_both_ways(typed, satuan):
    # refused before with "hitung dulu angkanya dalam Satuan indikator" or "ada teks '‰'": a figure
    # already in the Satuan's unit, nothing to convert
    assert parse_number(typed, satuan=satuan).exact == 25


@pytest.mark.parametrize(("typed", "satuan"), [("25 ‰", "per 10.000"), ("25 per 1.000", "per 100.000 KH"),
                                               ("25 ‰", "per 1.000.000"), ("25 per 1.000", "%")])  # fmt: skip
def test_a_base_other_than_1000_stays_refused_beside_per_mil(typed, satuan):
    # 25 ‰ is 250 per 10.000 and 25.000 per 1.000.000: never read as 25
    with pytest.raises(ValueError):
        parse_number(typed, satuan=satuan)


@pytest.mark.parametrize("typed", ["25 ‰ *", "25 ‰*", "25‰ **"])
def test_per_mil_with_a_footnote_mark_under_a_percentage_says_the_tenth(typed):
    # 25 ‰ = 2,5 %: the footnote mark after the sign does not hide the x10 trap (said only "ada teks
    # '‰ *'", which followed by dropping the text reads 25 %, ten times the rate)
    with pytest.raises(ValueError) as raised:
        parse_number(typed, satuan="%")
    assert "dibagi 10" in str(raised.value) and "25 ‰ = 2,5 %" in str(raised.value), str(raised.value)


@pytest.mark.parametrize(("satuan", "shown"), [("Per mil (‰)", "Per mil (‰)"), ("per 1.000", "per 1.000")])
def test_a_percentage_under_a_satuan_holding_per_mil_says_ten_times(satuan, shown):
    # 2,5 % is 25 ‰ = 25 per 1.000 (x 10): the hint Satuan "‰" gets, for its other spellings too
    report, ind = _ndr(25, [22, 25, "2,5 %"], satuan)
    assert ind.capaian is None
    (finding,) = [f for f in _kinerja_findings(report) if f.sel == "M2"]
    assert f"2,5 % = 25 {shown}" in finding.pesan and "dikali 10" in finding.pesan, finding.pesan
