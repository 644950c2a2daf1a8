"""A product typed without spaces, as staff type a service standard ("1x24 jam" in a Target or a
realisasi, the way SOPs print it): it was told "ada karakter bukan angka ('x')", a generic galat, while
"1 x 24 jam" is told its product in the Satuan. Read alike: the galat names the product, never its
first factor, and nothing is scored until the figure is typed."""

from __future__ import annotations

import pytest

from tests.test_engine import kinerja_row, run


def _said(satuan: str, target: str, typed: str, cell: str) -> tuple[object, list[str]]:
    row = kinerja_row(
        "P1", "Program", "", "Pelayanan Pengaduan", "Waktu tanggap pengaduan", target, (typed, None, None, None),
        satuan=satuan, polaritas="Negatif", jenis="Nilai Akhir",
    )  # fmt: skip
    report = run([row], triwulan=1)
    return report.indicators[0].capaian, [f.pesan for f in report.findings if f.sel == cell]


@pytest.mark.parametrize(
    "satuan, typed, figure",
    [
        ("jam", "1x24 jam", "24"),  # 1 x 24 = 24 jam
        ("Jam", "1X24 Jam", "24"),  # capital X, as typed in an SOP title
        ("jam", "1×24 jam", "24"),  # the multiplication sign
        ("jam", "2x24", "48"),  # no unit: the Satuan's, 2 x 24 = 48 jam
        ("menit", "2x60 menit", "120"),  # 2 x 60 = 120 menit
        ("menit", "1x24 jam", "1440"),  # 24 jam x 60 = 1.440 menit
    ],
)
def test_a_glued_product_of_time_is_told_its_figure_as_a_spaced_one(
    satuan: str, typed: str, figure: str
) -> None:
    capaian, said = _said(satuan, "24", typed, "K2")
    assert capaian is None
    assert len(said) == 1 and "perkalian" in said[0] and said[0].endswith(f": {figure}"), said
    assert "bukan angka" not in said[0] and "angkanya saja (" not in said[0], said


def test_a_glued_product_in_the_target_cell() -> None:
    # Target "1x24 jam" under Satuan Jam: 1 x 24 = 24 jam, named as the figure to type
    capaian, said = _said("Jam", "1x24 jam", "20", "I2")
    assert capaian is None
    assert said == [
        "Target \"1x24 jam\" tidak dapat dibaca: angka '1x24 jam' tidak valid: ditulis sebagai perkalian "
        "(1x24 jam = 24 jam); tulis angkanya saja: 24"
    ]


def test_a_glued_product_of_a_count_names_its_product() -> None:
    # "2x50 orang" under Satuan orang: 2 x 50 = 100, never 2
    row = kinerja_row(
        "P1",
        "Program",
        "",
        "Pelayanan",
        "Peserta pelatihan",
        "100",
        ("2x50 orang", None, None, None),
        satuan="orang",
    )
    report = run([row], triwulan=1)
    assert report.indicators[0].realisasi is None
    (said,) = [f.pesan for f in report.findings if f.sel == "K2"]
    assert "perkalian (2 x 50 = 100)" in said and "bukan angka" not in said, said


def test_a_product_of_hours_under_a_percentage_is_no_percentage() -> None:
    # Satuan % ("Persentase pengaduan ditangani 1x24 jam") with "1x24 jam" typed in the realisasi: the
    # indicator's hours, not its percentage. Offering "Bila 24 yang dimaksud" would score 24 %.
    for typed in ("1x24 jam", "1 x 24 jam"):
        row = kinerja_row(
            "P1",
            "Program",
            "",
            "Pengaduan",
            "Persentase pengaduan ditangani 1x24 jam",
            "100",
            (typed, None, None, None),
        )
        report = run([row], triwulan=1)
        assert report.indicators[0].realisasi is None
        (said,) = [f.pesan for f in report.findings if f.sel == "K2"]
        assert "Bila 24 yang dimaksud" not in said, said
        assert "jam" in said.split("perkalian", 1)[1] and "Satuan indikator ('%')" in said, said


@pytest.mark.parametrize(
    "satuan, typed",
    [
        ("Kilogram", "2 x 50 kg"),  # kg is the Kilogram of the Satuan: 2 x 50 = 100 kg
        ("Kilogram (kg)", "2x50 kg"),  # the Satuan's own abbreviation in brackets
        ("kg", "2x50 kilogram"),  # the Satuan's word spelt out
    ],
)
def test_a_product_in_the_satuans_own_unit_names_its_product(satuan: str, typed: str) -> None:
    # 2 x 50 = 100 kg, the Satuan's unit however spelt: its product is the figure offered, never "a
    # unit other than the Satuan's" (main offered 100 for the spaced "2 x 50 kg" under Kilogram)
    capaian, (said,) = _said(satuan, "100", typed, "K2")
    assert capaian is None
    assert "Bila 100 yang dimaksud" in said and "bukan dalam Satuan" not in said, said


@pytest.mark.parametrize(
    "satuan, typed",
    [
        ("jam", "1x24x7"),  # three factors: no product of two to name
        ("%", "1x24jam"),  # the unit glued to the second factor, under a percentage
        ("m2", "3x4 m2"),  # a unit with a digit
    ],
)
def test_a_glued_text_that_is_no_product_of_two_offers_no_first_factor(satuan: str, typed: str) -> None:
    # spacing the sign of such a text read its first factor as the figure ("Tulis angkanya saja (1)"):
    # 1 of 1 x 24 x 7 is no figure of anything; the text is refused without a figure offered
    capaian, (said,) = _said(satuan, "100", typed, "K2")
    assert capaian is None
    assert "angkanya saja (" not in said, said


def test_a_product_in_another_unit_says_which_in_a_sentence() -> None:
    # "1x24 jam" under %: hours, not the percentage; the galat names the unit typed and the Satuan's
    row = kinerja_row(
        "P1", "Program", "", "Pengaduan", "Persentase pengaduan ditangani 1x24 jam", "100", ("1x24 jam", None, None, None)
    )  # fmt: skip
    report = run([row], triwulan=1)
    (said,) = [f.pesan for f in report.findings if f.sel == "K2"]
    assert said == (
        "Realisasi TW I \"1x24 jam\" tidak dapat dibaca: angka '1x24 jam' tidak valid: ditulis sebagai perkalian "
        "dalam jam (1x24 jam), bukan dalam Satuan indikator ('%'); angka tidak dibaca. Hitung dulu angkanya dalam "
        "Satuan indikator ('%'), lalu tulis angka itu saja (catatannya, bila perlu, di kolom Keterangan)"
    )


@pytest.mark.parametrize(
    "satuan, typed, said_part",
    [
        ("meter", "2x50 m", "Bila 100 yang dimaksud"),  # m of Satuan meter: 2 x 50 = 100 m
        ("meter", "2 x 50 m", "Bila 100 yang dimaksud"),
        ("m2", "10 x 10 m", "bukan dalam Satuan indikator ('m2')"),  # metres, not the m2 of the Satuan
    ],
)
def test_a_product_in_metres_is_no_second_scale_word(satuan: str, typed: str, said_part: str) -> None:
    # "m" after a product was read as the scale word M (miliar): "kata skala ganda atau salah tempat"
    capaian, (said,) = _said(satuan, "100", typed, "K2")
    assert capaian is None
    assert said_part in said and "kata skala" not in said, said


@pytest.mark.parametrize("satuan, typed", [("orang", "2 x 50 rb"), ("orang", "2x50 rb"), ("Rp", "2 x 50 M")])
def test_a_product_in_a_scale_word_offers_no_unscaled_product(satuan: str, typed: str) -> None:
    # 2 x 50 rb is 100 ribu = 100.000, never 100: no figure offered
    capaian, (said,) = _said(satuan, "100", typed, "K2")
    assert capaian is None
    assert "Bila 100 yang dimaksud" not in said, said
