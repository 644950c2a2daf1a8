"""A percentage with a word after its sign ("75% fisik", a progres fisik typed as the PPK reports it):
the galat said only "ada teks 'fisik' setelah tanda persen (%)", naming no figure to type, where
"100% (PHO)" beside it is told "tulis angkanya saja (100%) dan teksnya, bila perlu, di kolom
Keterangan". Now both are told the figure to type."""

from __future__ import annotations

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row, messages


def _galat_at_k2(typed: str, satuan: str = "%") -> str:
    row = kinerja_row(
        "K1", "Kegiatan", "", "Penyelenggaraan Jalan", "Progres fisik pembangunan jembatan", "100",
        [typed, "100", None, None], satuan=satuan, jenis="Nilai Akhir",
    )  # fmt: skip
    said = messages(report_of(book_of([row], triwulan=2)))
    (galat,) = [m for m in said if m.startswith("Kinerja!K2 ")]
    return galat


@pytest.mark.parametrize(
    ("typed", "figure", "words"),
    [
        ("75% fisik", "75%", "fisik"),
        ("75 % fisik", "75 %", "fisik"),
        ("62,5% fisik konstruksi", "62,5%", "fisik konstruksi"),
    ],
)
def test_words_after_a_percent_sign_name_the_figure_to_type(typed, figure, words):
    galat = _galat_at_k2(typed)
    assert f'Realisasi TW I "{typed}" tidak dapat dibaca' in galat, galat
    assert (
        f'ada teks "{words}" di belakang angka; tulis angkanya saja ({figure}) dan teksnya, bila perlu, '
        "di kolom Keterangan"
    ) in galat, galat


def test_the_figure_named_reads_as_the_percentage_meant():
    # "75%" typed as the galat says is read as 75 under Satuan % (75 / 100 x 100 = 75 % of the target)
    from lkj_xl.core.numbers import parse_number

    assert parse_number("75%", satuan="%").value == 75


def test_a_doubled_percent_sign_keeps_its_own_advice():
    # "75 % %" is a key pressed twice, not a note: its own galat names "75 %"
    assert "tanda persen (%) ganda" in _galat_at_k2("75 % %")


def test_a_share_of_the_target_is_not_told_to_be_typed_as_the_figure():
    # "75% dari target" is a capaian: of a target 65 the realisasi is 48,75, not 75 (0,75 x 65)
    galat = _galat_at_k2("75% dari target")
    assert "tulis angkanya saja" not in galat, galat


@pytest.mark.parametrize("typed", ["75% per Juni", "75% total", "75% posisi Juni", "75% s.d Juni"])
def test_words_saying_up_to_the_quarter_are_not_told_to_type_the_figure(typed):
    # (revnewuser44) "75% per Juni" of a Kumulatif progres after TW I's 40: 75 is the total s.d. Juni;
    # typed as told ("tulis angkanya saja (75%)") it is summed, 40 + 75 = 115, for 75 (TW II's own: 35)
    row = kinerja_row(
        "K1", "Kegiatan", "", "Penyelenggaraan Jalan", "Progres fisik pembangunan jembatan", "100",
        ["40", typed, None, None], satuan="%", jenis="Kumulatif",
    )  # fmt: skip
    said = messages(report_of(book_of([row], triwulan=2)))
    (galat,) = [m for m in said if m.startswith("Kinerja!L2 ")]
    assert "tulis angkanya saja (75%)" not in galat, galat


@pytest.mark.parametrize("typed", ["75% dr tgt", "75% thd target", "75% keuangan", "75% dr pagu"])
def test_a_share_of_another_figure_abbreviated_is_not_told_to_be_typed(typed):
    # (revnewuser44) "75% dr tgt" is a capaian as "75% dari target" is (of a target 65: 48,75, not 75);
    # "75% keuangan" a penyerapan, not the progres fisik the row measures
    galat = _galat_at_k2(typed)
    assert "tulis angkanya saja" not in galat, galat
