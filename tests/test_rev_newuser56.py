"""Review of newuser56: a Dinkes's death rate per live births typed with its Satuan as staff type it
(`/100.000 KH`, `per 100 000 KH`, `100.000 KH`, AKB in `‰`), and a coverage measured against the
estimated incidence (`Cakupan penemuan kasus TBC terhadap estimasi insidens`), which is higher-is-better."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import pasted
from tests.test_engine import kinerja_row, messages, run
from tests.test_polaritas_bpbd_dinkes import _polaritas_said

# A rate per live births however its Satuan is typed: the slash for "per", thousands by a space, no "per"
# at all; the word the peringatan names is that Satuan, as newuser56's "per 100.000 KH" is.
PER_BIRTHS = [
    ("AKI", "/100.000 KH"),
    ("AKI", "per 100 000 KH"),
    ("AKI", "100.000 KH"),
    ("AKB", "/1000 KH"),
    ("AKB", "Kasus / 1.000 Kelahiran Hidup"),
    ("AKN", "per 1.000 KH "),
    # the thousands in words
    ("AKI", "per 100rb KH"),
    ("AKI", "per 100 ribu kelahiran hidup"),
]


@pytest.mark.parametrize(("indikator", "satuan"), PER_BIRTHS)
def test_a_rate_per_live_births_typed_otherwise_is_named(indikator, satuan):
    assert pasted.lower_is_better(indikator, satuan) == f'dengan Satuan "{satuan.strip()}"'


# AKB typed in per mil, as Dinkes profiles print it ("AKB 8,2 ‰"): named by its initials.
@pytest.mark.parametrize(
    ("indikator", "satuan", "word"),
    [
        ("AKB", "‰", "AKB"),
        ("AKI", "permil", "AKI"),
        ("AKABA (Dinkes Prov)", "per mil", "AKABA"),
        ("AKN", "promil", "AKN"),
    ],
)
def test_a_death_rate_by_its_initials_in_per_mil_is_named(indikator, satuan, word):
    assert pasted.lower_is_better(indikator, satuan) == word


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        # births counted, not a rate per them
        ("Jumlah kelahiran hidup", "KH"),
        ("Jumlah kelahiran hidup", "1 KH"),
        # other things in per mil: no death rate's initials
        ("Angka partisipasi sekolah", "‰"),
        ("AKB baru", "unit"),
    ],
)
def test_births_counted_or_another_per_mil_stay_quiet(indikator, satuan):
    assert pasted.lower_is_better(indikator, satuan) == ""


@pytest.mark.parametrize(
    "indikator",
    [
        # treatment coverage: cases found of the estimated incidence, higher is better
        "Cakupan penemuan kasus TBC terhadap estimasi insidens",
        "Persentase kasus TBC ditemukan dari perkiraan insidensi",
        "Treatment coverage TBC (kasus ditemukan terhadap estimated incidence)",
    ],
)
def test_a_coverage_of_the_estimated_incidence_stays_quiet(indikator):
    assert pasted.lower_is_better(indikator, "%") == ""


def test_aki_under_a_slash_satuan_left_positif_is_pointed_out_and_computed_as_typed():
    # AKI 94,2 /100.000 KH of a target 98, Polaritas left blank: as typed 94,2 / 98 = 96,12 % Sangat
    # Tinggi (was without a word); Negatif would be (2 x 98 - 94,2) / 98 = 103,88 %
    row = kinerja_row("T1", "Tujuan", "", "Meningkatnya derajat kesehatan masyarakat", "AKI", "98", ("112,4", "94,2", None, None), satuan="/100.000 KH", jenis="Nilai Akhir")  # fmt: skip
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian == pytest.approx(float(Fraction("94.2") / 98 * 100))
    said = _polaritas_said(report)
    assert len(said) == 1, messages(report)
    assert 'indikator dengan Satuan "/100.000 KH" biasanya bernilai negatif' in said[0]


def test_akb_in_per_mil_left_positif_is_pointed_out_and_negatif_is_quiet():
    # AKB 7,5 ‰ then 8,2 ‰ of 8 ‰, Nilai Akhir: as typed 8,2 / 8 = 102,5 % Sangat Tinggi (was without a
    # word); Negatif (2 x 8 - 8,2) / 8 = 7,8 / 8 = 97,5 %
    row = kinerja_row("T1", "Tujuan", "", "Meningkatnya derajat kesehatan masyarakat", "AKB", "8", ("7,5", "8,2", None, None), satuan="‰", jenis="Nilai Akhir")  # fmt: skip
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian == pytest.approx(float(Fraction("8.2") / 8 * 100))
    said = _polaritas_said(report)
    assert len(said) == 1 and "indikator AKB biasanya bernilai negatif" in said[0], messages(report)
    for typed in ("Negatif", "negatif", "turun"):
        row = kinerja_row("T1", "Tujuan", "", "Meningkatnya derajat kesehatan masyarakat", "AKB", "8", ("7,5", "8,2", None, None), satuan="‰", polaritas=typed, jenis="Nilai Akhir")  # fmt: skip
        report = run([row], triwulan=2)
        assert report.indicators[0].capaian == pytest.approx(float(Fraction("7.8") / 8 * 100))
        assert not _polaritas_said(report), messages(report)
