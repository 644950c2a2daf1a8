"""A length or an area typed in another unit than its indicator's Satuan ("12.500 m" or "12.500 meter"
of a road improved, Satuan km, as a PUPR's field report gives it; "5.000 m2" of a kawasan in Ha).

"12.500 meter" was told "Tulis angkanya saja (12.500)": typed so under km it is read as 12.500 km,
and the Kumulatif sum with TW I's 12,5 km gives a capaian of (12,5 + 12.500) / 30 x 100 = 41.708,33 %
instead of (12,5 + 12,5) / 30 x 100 = 83,33 %. "12.500 m" was told "'m' bisa berarti miliar atau
meter" and no figure; it still is not read (a slip of "12.500 km"? tests/test_figures.py), with the figure
in the Satuan should it be meters, and no longer offers miliar under a Satuan of length (tampilan57). Under Satuan Meter, "m" is that unit itself, read."""

from __future__ import annotations

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row, messages


def _galat_at_l2(typed: str, satuan: str, target: str = "30") -> str:
    row = kinerja_row(
        "P1", "Program", "", "Program Penyelenggaraan Jalan", "Panjang jalan yang ditingkatkan", target,
        ["12,5", typed, None, None], satuan=satuan, jenis="Kumulatif",
    )  # fmt: skip
    said = messages(report_of(book_of([row], triwulan=2)))
    (galat,) = [m for m in said if m.startswith("Kinerja!L2 ")]
    return galat


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        ("12.500 meter", "km", "12,5"),  # 12.500 m / 1.000 m per km = 12,5 km
        ("12.500 m", "km", "12,5"),
        ("12.500 M", "Km", "12,5"),
        ("750 m", "Kilometer", "0,75"),  # 750 / 1.000 = 0,75
        ("2,5 km", "meter", "2.500"),  # 2,5 x 1.000 = 2.500 m
        ("5.000 m2", "Ha", "0,5"),  # 5.000 m2 / 10.000 m2 per ha = 0,5 ha
        ("3 km2", "Ha", "300"),  # 1 km2 = 100 ha: 3 x 100 = 300
        ("1,25 ha", "m2", "12.500"),  # 1,25 x 10.000 = 12.500 m2
    ],
)
def test_another_unit_of_the_same_measure_names_the_figure_in_the_satuan(typed, satuan, figure):
    galat = _galat_at_l2(typed, satuan)
    assert f'Realisasi TW II "{typed}" tidak dapat dibaca' in galat, galat
    assert f"tulis {figure}" in galat, galat
    assert "Tulis angkanya saja (" not in galat, galat
    if typed.split()[-1] in ("m", "M"):  # (meter or a slip of the Satuan: still refused, test_figures.py)
        # never "miliar" under a Satuan of length (tampilan57)
        assert f"di sini meter, padahal Satuan indikator '{satuan}'" in galat, galat
        assert f"bila meter: {typed} = {figure} {satuan}, jadi tulis {figure}" in galat, galat
        assert "miliar" not in galat, galat
    else:
        assert f"ditulis dalam {typed.split()[-1]}, padahal Satuan indikator '{satuan}'" in galat, galat


def test_the_figure_named_gives_the_capaian_by_hand():
    # TW I 12,5 + TW II 12,5 (the 12.500 m named as km) = 25 km of 30: 25 / 30 x 100 = 83,33...
    row = kinerja_row(
        "P1", "Program", "", "Program Penyelenggaraan Jalan", "Panjang jalan yang ditingkatkan", "30",
        ["12,5 km", "12,5", None, None], satuan="km", jenis="Kumulatif",
    )  # fmt: skip
    (item,) = report_of(book_of([row], triwulan=2)).indicators
    assert item.realisasi == 25 and item.capaian == pytest.approx(250 / 3)


def test_m_of_a_money_satuan_is_still_miliar():
    # "Rp 1,5 m" under Satuan Rupiah is 1,5 miliar, not meters: read as before
    row = kinerja_row("P1", "Program", "", "x", "Nilai investasi", "3 M", ["1 M", "1,5 m", None, None],
                      satuan="Rupiah", jenis="Kumulatif")  # fmt: skip
    (item,) = report_of(book_of([row], triwulan=2)).indicators
    assert item.realisasi == 2_500_000_000  # 1.000.000.000 + 1.500.000.000


@pytest.mark.parametrize("satuan", ["meter", "Meter", "m"])
def test_m_under_a_satuan_in_meters_is_the_satuan_itself(satuan):
    # "12.500 m" under Satuan Meter was refused as "miliar atau meter"; TW I 12,5 + TW II 12.500 = 12.512,5
    row = kinerja_row("P1", "Program", "", "x", "Panjang saluran drainase", "30.000", ["12,5", "12.500 m", None, None],
                      satuan=satuan, jenis="Kumulatif")  # fmt: skip
    report = report_of(book_of([row], triwulan=2))
    (item,) = report.indicators
    assert item.realisasi == 12_512.5, messages(report)


@pytest.mark.parametrize(
    ("typed", "satuan", "decimal", "thousands"),
    [
        # "12,500 meter": 12,5 m = 0,0125 km read the Indonesian way; 12.500 m = 12,5 km read the
        # English way (a comma as thousands separator): 1.000 times apart, so both are named
        ("12,500 meter", "km", "0,0125", "12,5"),
        ("12,500 m", "km", "0,0125", "12,5"),
        ("2,500 m2", "Ha", "0,00025", "0,25"),  # 2,5 / 10.000; 2.500 / 10.000
    ],
)
def test_a_comma_before_three_digits_names_both_readings(typed, satuan, decimal, thousands):
    # (revnewuser44) only the decimal reading was named: "tulis 0,0125" for a road of 12.500 m
    galat = _galat_at_l2(typed, satuan)
    assert f"tulis {decimal}" in galat and f"tulis {thousands}" in galat, galat


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        ("12.500 meter", "km (kilometer)", "12,5"),  # 12.500 / 1.000
        ("12.500 meter", "Kilometer (Km)", "12,5"),
        ("3,5 km", "Meter (m)", "3.500"),  # 3,5 x 1.000
        ("12 cm", "Milimeter", "120"),  # 12 x 10
    ],
)
def test_a_satuan_with_its_abbreviation_in_brackets_names_the_figure(typed, satuan, figure):
    # (revnewuser44) "km (kilometer)" was no Satuan of a length: told "Tulis angkanya saja (12.500)",
    # read as 12.500 km
    galat = _galat_at_l2(typed, satuan)
    assert f"tulis {figure}" in galat and "Tulis angkanya saja (" not in galat, galat


@pytest.mark.parametrize("satuan", ["Milimeter", "milimeter", "mm"])
def test_mm_under_a_satuan_in_millimetres_is_read(satuan):
    # curah hujan: TW I 120 + TW II 95 mm = 215 (Kumulatif)
    row = kinerja_row("P1", "Program", "", "x", "Curah hujan tertampung", "400", ["120", "95 mm", None, None],
                      satuan=satuan, jenis="Kumulatif")  # fmt: skip
    report = report_of(book_of([row], triwulan=2))
    (item,) = report.indicators
    assert item.realisasi == 215, messages(report)
