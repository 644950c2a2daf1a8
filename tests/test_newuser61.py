"""A new user's trial (newuser61): an RSUD (a BLUD hospital) and an Inspektorat typing their TW II 2025
workbooks as such staff do.

- A death rate typed with the per mil sign as a typewriter spells it, `23,6 o/oo` (the hospital's NDR
  and GDR, Satuan `per mil` or `‰`), was a galat, `'o/oo' tidak sama dengan Satuan indikator ('per
  mil')` (glued, `22,4o/oo`: `ada karakter bukan angka`), the capaian not computed and staff told to
  convert it into the Satuan: `o/oo` is the Satuan's own sign. Under `%` it stays a galat, now with the
  per mil advice (divide by 10) `‰` gets; a Satuan `o/oo` is a rate, asked at its blank Jenis Realisasi
  as `‰` is.
- A level of SPIP maturity or APIP capability (Satuan `Level`, `Tingkat`) was written `3 level` in the
  Word report's sentences (`ditargetkan dalam tahun 2025 sebesar 3 level`) and in Tabel 2.2 / 2.3 / 2.4 and
  Lampiran 1: three levels, where the report means level 3. Now `level 3`; a table with a Satuan column
  beside it prints `3` as before.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.analisis_teks import penyajian_data
from lkj_xl.core.kalimat import tanpa_satuan, with_satuan
from tests.test_engine import kinerja_row, run

NDR = "Net Death Rate (NDR)"
GDR = "Gross Death Rate (GDR)"


def _row(indikator, target, tws, satuan, jenis="Rata-rata", polaritas="Negatif"):
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Meningkatnya kualitas pelayanan rumah sakit",
        indikator,
        target,
        tws,
        satuan=satuan,
        polaritas=polaritas,
        jenis=jenis,
    )
    return run([row], triwulan=2)


def _said(report):
    """The row's findings, left out the Sasaran's missing Kode Induk (C2: this file's shortcut)."""
    return [f for f in report.findings if f.sel != "C2"]


@pytest.mark.parametrize("satuan", ["per mil", "‰", "Per Mil", "permil"])
@pytest.mark.parametrize(
    ("tw1", "tw2"), [("22,4 o/oo", "23,6 o/oo"), ("22,4", "23,6 O/OO"), ("22,4o/oo", "23,6")]
)
def test_a_death_rate_typed_with_o_slash_oo_is_its_per_mil(satuan, tw1, tw2):
    # Rata-rata (22,4 + 23,6) / 2 = 23 per mil of 25, Negatif: (25 - (23 - 25)) / 25 x 100 = 27 / 25 x 100
    # = 108 %
    report = _row(NDR, "25", (tw1, tw2, None, None), satuan)
    (ind,) = report.indicators
    assert ind.realisasi == 23
    assert ind.capaian_exact == 108
    assert [f for f in _said(report) if f.severity == "galat"] == [], _said(report)


def test_a_target_typed_with_o_slash_oo_is_read_too():
    # Target 45 o/oo; Rata-rata (41,2 + 43,6) / 2 = 42,4 per mil, Negatif: (45 - (42,4 - 45)) / 45 x 100
    # = 47,6 / 45 x 100 = 105,78 %
    report = _row(GDR, "45 o/oo", ("41,2", "43,6", None, None), "‰")
    assert report.indicators[0].capaian_exact == Fraction(476, 450) * 100
    assert [f for f in _said(report) if f.severity == "galat"] == [], _said(report)


def test_o_slash_oo_under_a_percentage_is_told_as_per_mil():
    # 2,24 o/oo under % would be 0,224 %: never read as 2,24 %; the galat says to divide by 10, as for ‰
    report = _row(NDR, "2,5", ("2,24 o/oo", "2,36", None, None), "%")
    assert report.indicators[0].capaian_exact is None
    (said,) = [f for f in _said(report) if f.sel == "K2"]
    assert said.severity == "galat" and "(per mil)" in said.pesan and "dibagi 10" in said.pesan, said.pesan


def test_a_satuan_o_slash_oo_left_blank_is_asked_as_a_rate():
    # Jenis blank: Kumulatif by default, 22,4 + 23,6 = 46 of 25, (50 - 46) / 25 x 100 = 16 %; told at H2
    # that the Satuan is no amount, as under ‰
    report = _row(NDR, "25", ("22,4", "23,6", None, None), "o/oo", jenis=None)
    assert report.indicators[0].capaian_exact == 16
    at_jenis = [f for f in _said(report) if f.sel == "H2"]
    assert len(at_jenis) == 1 and 'Satuan "o/oo" bukan jumlah' in at_jenis[0].pesan, _said(report)


@pytest.mark.parametrize("typed", ["23,6 co/oo", "23,6 o/ook", "23,6 x/o/oo"])
def test_other_words_with_o_slash_oo_inside_stay_unread(typed):
    # not the sign: a galat at its cell, the capaian not computed
    report = _row(NDR, "25", ("22,4", typed, None, None), "‰")
    assert report.indicators[0].capaian_exact is None
    assert any(f.severity == "galat" and f.sel == "L2" for f in _said(report)), _said(report)


@pytest.mark.parametrize(
    ("satuan", "said"), [("Level", "level 3"), ("level", "level 3"), ("Tingkat", "tingkat 3")]
)
def test_a_level_is_written_before_its_figure(satuan, said):
    assert with_satuan("3", satuan) == said
    # a table whose Satuan column gives the unit: the figure alone, as before
    assert tanpa_satuan(said, satuan) == "3"


def test_a_count_keeps_its_unit_after_the_figure():
    # a count of LHP, of days: "48 LHP", "4 hari" as before
    assert with_satuan("48", "LHP") == "48 LHP"
    assert with_satuan("4,00", "hari") == "4,00 hari"


def test_the_word_report_says_level_3_of_spip_maturity():
    # Nilai Akhir: TW II's 3 of the target 3: 3 / 3 x 100 = 100 %
    report = _row("Level maturitas SPIP", "3", ("3", "3", None, None), "Level", "Nilai Akhir", "Positif")
    assert report.indicators[0].capaian_exact == 100
    teks = " ".join(b.teks for b in penyajian_data(report).blok)
    assert "sebesar level 3, terealisasi s.d. Triwulan II Tahun 2025 sebesar level 3 dengan" in teks, teks
    assert "3 level" not in teks and "3 Level" not in teks, teks
