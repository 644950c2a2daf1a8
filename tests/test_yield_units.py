"""A crop yield typed in another unit of mass per area than its Satuan (a Dinas Pertanian's
`Produktivitas padi`, Satuan `ton/ha`, TW II typed `58 ku/ha` from the field report: kuintal per
hektar, 1 ton = 10 kuintal). It is never read (typed bare it would be read in the Satuan), but the
galat now names the figure to type, as a length or area in another unit does (core.ukuran): it only
said to convert it, and staff unsure of the kuintal typed 58."""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from lkj_xl.core.number_error import NumberParseError
from lkj_xl.core.numbers import parse_number
from tests.test_engine import kinerja_row, run


def _galat(typed: str, satuan: str) -> str:
    with pytest.raises(NumberParseError) as raised:
        parse_number(typed, satuan=satuan)
    return str(raised.value)


@pytest.mark.parametrize(
    ("typed", "satuan", "said"),
    [
        # 58 kuintal per ha = 58 x 100 kg = 5.800 kg per ha = 5,8 ton per ha (1 ton = 1.000 kg)
        ("58 ku/ha", "ton/ha", "58 ku/ha = 5,8 ton/ha, jadi tulis 5,8"),
        ("58 kw/ha", "Ton/Ha", "58 kw/ha = 5,8 Ton/Ha, jadi tulis 5,8"),
        ("58 kuintal / ha", "ton/ha", "58 kuintal/ha = 5,8 ton/ha, jadi tulis 5,8"),
        # 5,2 ton per ha = 5.200 kg = 52 kuintal per ha (the case test_review_mend37a pins refused)
        ("5,2 ton/ha", "Kw/Ha", "5,2 ton/ha = 52 Kw/Ha, jadi tulis 52"),
        # 5.650 kg per ha = 5,65 ton per ha
        ("5.650 kg/ha", "ton/ha", "5.650 kg/ha = 5,65 ton/ha, jadi tulis 5,65"),
    ],
)
def test_a_yield_in_another_unit_names_the_figure_to_type(typed, satuan, said):
    pesan = _galat(typed, satuan)
    assert "angka tidak dibaca" in pesan, pesan
    assert said in pesan, pesan


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("5 orang/bulan", "Orang/Tahun"),  # a rate of no mass: no figure offered, as before
        ("58 ku/ha", "ton"),  # a yield under a mass alone: not one measure
        ("58 ku/m2", "ton/ha"),  # an area other than the hectare: not offered (not in the table)
    ],
)
def test_other_rates_get_no_figure(typed, satuan):
    pesan = _galat(typed, satuan)
    assert "jadi tulis" not in pesan, pesan


def test_the_same_yield_unit_is_read():
    # 5,8 ton/ha under Satuan ton/ha: the Satuan's own unit, read as 5,8
    assert parse_number("5,8 ton/ha", satuan="ton/ha").value == pytest.approx(5.8)


def test_58_ku_per_ha_in_kinerja_gets_no_capaian_and_names_5_8():
    # Produktivitas padi, Satuan ton/ha, target 5,5, TW I 5,8, TW II "58 ku/ha": no capaian (never read
    # as 58 ton/ha: 58 / 5,5 = 1.054,55 %), the galat at L2 names 5,8
    row = kinerja_row("S1", "Sasaran", "", "S", "Produktivitas padi", "5,5", ("5,8", "58 ku/ha", None, None), satuan="ton/ha", jenis="Nilai Akhir")  # fmt: skip
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian is None
    (pesan,) = [f.pesan for f in report.findings if f.severity == GALAT and f.sel == "L2"]
    assert "jadi tulis 5,8" in pesan, pesan


@pytest.mark.parametrize(
    ("typed", "satuan", "said"),
    [
        # 45.230.000 kg / 1.000 kg per ton = 45.230 ton
        ("45.230.000 kg", "ton", "45.230.000 kg = 45.230 ton, jadi tulis 45.230"),
        # 452.305 kuintal x 100 kg / 1.000 = 45.230,5 ton
        ("452.305 kuintal", "Ton", "452.305 kuintal = 45.230,5 Ton, jadi tulis 45.230,5"),
        # 25 ton x 1.000 = 25.000 kg
        ("25 ton", "Kg", "25 ton = 25.000 Kg, jadi tulis 25.000"),
    ],
)
def test_a_mass_in_another_unit_names_the_figure_to_type(typed, satuan, said):
    # It said "Tulis angkanya saja (45.230.000)": followed, 45.230.000 ton, a thousand times the harvest.
    pesan = _galat(typed, satuan)
    assert said in pesan, pesan
    assert "Tulis angkanya saja" not in pesan, pesan


def test_a_mass_under_a_percentage_is_not_told_to_be_typed_bare():
    # 20 ton of pupuk typed for a "Persentase ketersediaan pupuk" (Satuan %): typed bare it reads 20 %.
    pesan = _galat("20 ton", "%")
    assert "Tulis angkanya saja (20)" not in pesan, pesan
    assert "tidak dikenal" not in pesan, pesan  # (ton is a unit staff know)
    assert "tidak sesuai Satuan indikator ('%')" in pesan and "hitung dulu angkanya" in pesan, pesan


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"), [("20 ton", "Ton", 20), ("20 kg", "Kg", 20), ("5,8 ton/ha", "Ton/Ha", 5.8)]
)
def test_a_mass_in_its_own_satuan_is_read(typed, satuan, figure):
    assert parse_number(typed, satuan=satuan).value == pytest.approx(figure)


# --- review (revnewuser47): other spellings, gram, volumes, the same unit read ----------------------------


@pytest.mark.parametrize(
    ("typed", "satuan", "said"),
    [
        # the Satuan spelt out: 58 ku/ha = 5.800 kg/ha = 5,8 ton per hektar
        ("58 ku/ha", "Ton/Hektar", "58 ku/ha = 5,8 Ton/Hektar, jadi tulis 5,8"),
        ("58 ku/ha", "ton per hektar", "58 ku/ha = 5,8 ton per hektar, jadi tulis 5,8"),
        # 5,8 ton/ha = 5.800 kg/ha = 58 kuintal/hektare (1 kuintal = 100 kg)
        ("5,8 ton/ha", "Kw/Hektare", "5,8 ton/ha = 58 Kw/Hektare, jadi tulis 58"),
        ("5,8 ton per ha", "Kw/Ha", "5,8 ton per ha = 58 Kw/Ha, jadi tulis 58"),
        # 57,25 ku/ha = 5.725 kg/ha = 5,725 ton/ha (three decimals kept, never rounded to 5,73)
        ("57,25 ku/ha", "ton/ha", "57,25 ku/ha = 5,725 ton/ha, jadi tulis 5,725"),
        # 5.800 kg/ha / 100 kg per kuintal = 58 kuintal/ha
        ("5.800 kg/ha", "kuintal/hektar", "5.800 kg/ha = 58 kuintal/hektar, jadi tulis 58"),
    ],
)
def test_a_yield_under_a_satuan_spelt_out_names_the_figure(typed, satuan, said):
    pesan = _galat(typed, satuan)
    assert said in pesan, pesan


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        ("58 kw/ha", "Kuintal/Ha", 58),  # kw and kuintal: one unit, 100 kg
        ("58 ku/ha", "kuintal/hektar", 58),
        ("5,8 ton/ha", "Ton per Hektar", 5.8),
        ("20 kg", "Kilogram", 20),
        ("20 kilogram", "Kg", 20),
        ("450 kuintal", "Ku", 450),
        # a scale word before the unit: 1,2 juta kg = 1.200.000 kg; 45 rb ton under ton = 45.000 ton
        ("1,2 juta kg", "Kilogram", 1_200_000),
        ("45 rb ton", "ton", 45_000),
    ],
)
def test_the_same_unit_spelt_otherwise_is_read(typed, satuan, figure):
    # It was "tidak sesuai Satuan indikator ... hitung dulu angkanya dalam Satuan indikator": untrue, the
    # figure is already in the Satuan
    assert parse_number(typed, satuan=satuan).value == pytest.approx(figure)


@pytest.mark.parametrize(
    ("typed", "satuan", "said"),
    [
        # 500 gram = 0,5 kg = 0,0005 ton (1 ton = 1.000 kg = 1.000.000 gram); typed bare, 500 ton
        ("500 gram", "ton", "500 gram = 0,0005 ton, jadi tulis 0,0005"),
        ("250 gr", "Kg", "250 gr = 0,25 Kg, jadi tulis 0,25"),
        # 5 ons = 5 x 100 gram = 500 gram = 0,5 kg; 250 miligram = 0,25 gram
        ("5 ons", "kg", "5 ons = 0,5 kg, jadi tulis 0,5"),
        ("250 miligram", "Gram", "250 miligram = 0,25 Gram, jadi tulis 0,25"),
        # 500 liter = 0,5 m3 (1 m3 = 1.000 liter); 2,5 m3 = 2.500 liter
        ("500 liter", "m3", "500 liter = 0,5 m3, jadi tulis 0,5"),
        ("2,5 m3", "Liter", "2,5 m3 = 2.500 Liter, jadi tulis 2.500"),
    ],
)
def test_gram_and_volumes_name_the_figure(typed, satuan, said):
    # They were "kata 'gram' tidak dikenal ... Tulis angkanya saja (500)": followed, 500 ton
    pesan = _galat(typed, satuan)
    assert said in pesan, pesan
    assert "angkanya saja" not in pesan, pesan


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("500 liter", "ton"),  # a volume under a mass: no conversion (a density unknown)
        ("20 m3", "m2"),
        ("500 gram", "%"),
        ("58 ku/ha", "%"),  # a yield under a percentage: no conversion
        ("1,2 juta kg", "ton"),  # a scale word before the unit: no figure named, never the bare one
    ],
)
def test_another_kind_of_measure_is_told_to_convert_never_typed_bare(typed, satuan):
    pesan = _galat(typed, satuan)
    assert "angka tidak dibaca" in pesan, pesan
    assert "angkanya saja" not in pesan and "jadi tulis" not in pesan, pesan
    assert "hitung dulu angkanya dalam Satuan indikator" in pesan, pesan
