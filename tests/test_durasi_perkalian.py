"""A service time typed as a product, the way SOPs and SP standards write it ("1 x 24 jam", "3 x 24
jam", "2 x 60 menit"): the galat told staff "Tulis angkanya saja (1)", the first factor, so "1 x 24
jam" under Satuan jam became 1 jam: a Negatif indicator with target 24 jam then scored
(2 x 24 - 1) / 24 = 195,83 % for a realisasi that met its target exactly (100 %). The galat names the
product in the Satuan instead (found by a Disdukcapil's waktu penerbitan dokumen, Triwulan I)."""

from __future__ import annotations

import pytest

from tests.test_engine import kinerja_row, run


def _said(satuan: str, typed: str) -> tuple[object, list[str]]:
    row = kinerja_row(
        "P1", "Program", "", "Pendaftaran Penduduk", "Waktu penerbitan dokumen", "24", (typed, None, None, None),
        satuan=satuan, polaritas="Negatif", jenis="Nilai Akhir",
    )  # fmt: skip
    report = run([row], triwulan=1)
    return report.indicators[0].capaian, [f.pesan for f in report.findings if f.sel == "K2"]


@pytest.mark.parametrize(
    "satuan, typed, figure",
    [
        ("jam", "1 x 24 jam", "24"),  # 1 x 24 = 24 jam
        ("jam", "2 x 24 jam", "48"),  # 2 x 24 = 48 jam
        ("Jam", "1 × 24 jam", "24"),  # the multiplication sign
        ("menit", "2 x 60 menit", "120"),  # 2 x 60 = 120 menit
        ("menit", "1 x 24 jam", "1440"),  # 24 jam x 60 = 1.440 menit
        ("jam", "2 x 30 menit", "1"),  # 60 menit / 60 = 1 jam
        ("jam", "1 x 24", "24"),  # no unit: the Satuan's, 1 x 24 = 24 jam (was told "angkanya saja (1)")
    ],
)
def test_a_product_of_time_is_told_its_figure_in_the_satuan(satuan: str, typed: str, figure: str) -> None:
    capaian, said = _said(satuan, typed)
    assert capaian is None  # a galat: nothing scored until the figure is typed
    assert len(said) == 1 and "perkalian" in said[0] and said[0].endswith(f": {figure}"), said
    assert "angkanya saja (" not in said[0]  # (never the first factor as the figure)


def test_a_product_in_hours_under_satuan_hari_names_no_figure() -> None:
    # "3 x 24 jam" is 72 jam; a hari of service time may be a working day (durasi.py): no figure.
    capaian, said = _said("hari", "3 x 24 jam")
    assert capaian is None
    assert said == [
        "Realisasi TW I \"3 x 24 jam\" tidak dapat dibaca: angka '3 x 24 jam' tidak valid: ditulis sebagai "
        "perkalian (3 x 24 jam = 72 jam), padahal Satuan indikator 'hari'; tulis angkanya dalam hari saja"
    ]


@pytest.mark.parametrize(
    "satuan, typed, product",
    [
        ("orang", "2 x 50 orang", "100"),  # 2 x 50 = 100
        ("kegiatan", "3 x 4 kegiatan", "12"),  # 3 x 4 = 12
        ("dokumen", "12 x 100", "1.200"),  # 12 x 100 = 1.200
    ],
)
def test_a_product_of_a_count_is_never_told_its_first_factor(satuan: str, typed: str, product: str) -> None:
    # "Tulis angkanya saja (2)" for "2 x 50 orang": 2 orang typed for 100. The product is named as the
    # figure to type should it be the realisasi; nothing is read.
    row = kinerja_row(
        "P1", "Program", "", "Pelayanan", "Penerima layanan", "100", (typed, None, None, None), satuan=satuan
    )
    report = run([row], triwulan=1)
    assert report.indicators[0].realisasi is None
    (said,) = [f.pesan for f in report.findings if f.sel == "K2"]
    assert f"perkalian ({typed.split(' ' + satuan)[0]} = {product})" in said, said
    assert "angkanya saja (" not in said


@pytest.mark.parametrize(
    "satuan, typed, product",
    [
        # (revnewuser49) a factor with a thousands dot was no product: "2 x 1.000 peserta" was told
        # "Tulis angkanya saja (2)", the first factor again; 2 x 1.000 = 2.000
        ("orang", "2 x 1.000 orang", "2.000"),
        ("orang", "1.500 x 2", "3.000"),  # 1.500 x 2 = 3.000
        ("orang", "1,5 x 2", "3"),  # 3/2 x 2 = 3
        ("orang", "2 x 1.250,5", "2.501"),  # 2 x 2501/2 = 2.501
    ],
)
def test_a_factor_with_a_thousands_dot_is_a_product_too(satuan: str, typed: str, product: str) -> None:
    row = kinerja_row(
        "P1", "Program", "", "Pelayanan", "Peserta", "2.000", (typed, None, None, None), satuan=satuan
    )
    report = run([row], triwulan=1)
    assert report.indicators[0].realisasi is None
    (said,) = [f.pesan for f in report.findings if f.sel == "K2"]
    assert f"= {product})" in said and "angkanya saja (" not in said, said


def test_a_product_of_hours_with_a_thousands_dot_in_minutes() -> None:
    # "1 x 1.440 menit" under Satuan jam: 1.440 / 60 = 24 jam (it was told "angkanya saja (1)")
    _, said = _said("jam", "1 x 1.440 menit")
    assert len(said) == 1 and said[0].endswith(": 24") and "angkanya saja (" not in said[0], said


def test_a_product_in_the_target_cell_is_not_called_its_realisasi() -> None:
    # (revnewuser49) a Target typed "2 x 50 orang" was told "Bila 100 realisasinya, ...": the cell is the
    # Target; the product, 2 x 50 = 100, is named for any cell alike
    row = kinerja_row(
        "P1", "Program", "", "Pelayanan", "Penerima layanan", "2 x 50 orang", ("100", None, None, None),
        satuan="orang",
    )  # fmt: skip
    report = run([row], triwulan=1)
    (said,) = [f.pesan for f in report.findings if f.sel == "I2"]
    assert "(2 x 50 = 100)" in said and "Bila 100 yang dimaksud, tulis angka itu saja" in said, said
    assert "realisasinya" not in said, said
