"""A Kinerja amount in rupiah typed with a note in brackets after it, as a Bapenda's Realisasi PAD is:
`Rp 312,5 M (s.d. Juni)` beside no TW I, `Rp 312,5 M (APBD-P)`, `312,5 milyar (sementara)`,
`Rp 312.500.000.000 (s.d. Juni)`. The galat said "kata '(s.d.' tidak dikenal pada nilai rupiah ...
Tulis skala dengan ribu/rb, juta/jt, miliar/M atau triliun/T", as if the scale word were wrong, while the
same note after a percentage or a count (`46,6% (s.d. Juni)`, `46 (s.d. Juni)`) said what it is: a text
behind the number, the number to type alone and the note in Keterangan. Now the amount's does too."""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import anggaran_row, kinerja_row, messages, run


@pytest.mark.parametrize(
    ("typed", "number", "note"),
    [
        ("Rp 312,5 M (s.d. Juni)", "Rp 312,5 M", "(s.d. Juni)"),
        ("Rp 312,5 M (APBD-P)", "Rp 312,5 M", "(APBD-P)"),
        ("312,5 milyar (sementara)", "312,5 milyar", "(sementara)"),
        ("Rp 312.500.000.000 (s.d. Juni)", "Rp 312.500.000.000", "(s.d. Juni)"),
        ("Rp 312.500 jt (belum final)", "Rp 312.500 jt", "(belum final)"),
        # the scale word typed already: no "tulis kata skalanya bersama angka itu (312,5 M miliar)"
        ("312,5 M (dalam milyar)", "312,5 M", "(dalam milyar)"),
    ],
)
def test_a_note_after_an_amount_says_to_type_the_amount_alone(typed, number, note):
    row = kinerja_row("S1", "Sasaran", "", "Pendapatan", "Realisasi PAD", "Rp 650 M", (None, typed, None, None),
                      satuan="Rupiah", jenis="Nilai Akhir")  # fmt: skip
    report = run([row])
    (ind,) = report.indicators
    assert ind.capaian is None and ind.status == "Galat (Kinerja!L2)"  # never read as a number
    (said,) = [m for m in messages(report, GALAT) if m.startswith("Kinerja!L2 ")]
    assert f'ada teks "{note}" di belakang angka; tulis angkanya saja ({number})' in said, said
    assert "kolom Keterangan" in said and "Tulis skala" not in said, said


def test_an_amount_without_its_scale_before_a_scale_note_is_told_to_take_the_scale_word():
    # "Rp 312,5 (dalam milyar)": the cell alone is Rp 312,5; the note's scale belongs with the number
    row = kinerja_row("S1", "Sasaran", "", "Pendapatan", "Realisasi PAD", "Rp 650 M",
                      (None, "Rp 312,5 (dalam milyar)", None, None), satuan="Rupiah", jenis="Nilai Akhir")  # fmt: skip
    (said,) = [m for m in messages(run([row]), GALAT) if m.startswith("Kinerja!L2 ")]
    assert "tulis kata skalanya bersama angka itu (Rp 312,5 miliar)" in said, said


@pytest.mark.parametrize(
    ("typed", "scaled"),
    [
        # under a Satuan in rupiah "M" is miliar and "T" triliun (as "Rp 312,5 M" is read): the advice
        # to type 312,5 alone gave Rp 312,5, a billionth of the amount; 312,5 miliar is what was meant
        ("312,5 (M)", "312,5 miliar"),
        ("312,5 (Rp M)", "312,5 miliar"),
        ("1,2 (T)", "1,2 triliun"),
        ("312,5 (juta)", "312,5 juta"),  # as before
    ],
)
def test_a_scale_abbreviation_in_brackets_is_told_to_go_with_the_number(typed, scaled):
    row = kinerja_row("S1", "Sasaran", "", "Pendapatan", "Realisasi PAD", "Rp 650 M", (None, typed, None, None),
                      satuan="Rupiah", jenis="Nilai Akhir")  # fmt: skip
    (said,) = [m for m in messages(run([row]), GALAT) if m.startswith("Kinerja!L2 ")]
    assert f"tulis kata skalanya bersama angka itu ({scaled})" in said, said
    assert "tulis angkanya saja" not in said, said


@pytest.mark.parametrize(
    ("typed", "told"),
    [
        # the amount and its figure in full: 312,5 miliar = 312.500.000.000, the same; type one
        ("Rp 312,5 M (312.500.000.000)", "sama nilainya; tulis salah satu saja (Rp 312,5 M)"),
        ("Rp 312.500.000.000 (Rp 312,5 M)", "sama nilainya; tulis salah satu saja (Rp 312.500.000.000)"),
        # 312,5 miliar against 312.500.000 (312,5 juta): they differ, neither is chosen
        ("Rp 312,5 M (312.500.000)", "312.500.000.000 dan 312.500.000 berbeda; tulis angka yang benar"),
    ],
)
def test_an_amount_with_its_figure_in_brackets_is_told_to_type_one(typed, told):
    row = kinerja_row("S1", "Sasaran", "", "Pendapatan", "Realisasi PAD", "Rp 650 M", (None, typed, None, None),
                      satuan="Rupiah", jenis="Nilai Akhir")  # fmt: skip
    report = run([row])
    (ind,) = report.indicators
    assert ind.capaian is None  # never read as either figure
    (said,) = [m for m in messages(report, GALAT) if m.startswith("Kinerja!L2 ")]
    assert told in said and "Tulis skala" not in said, said


def test_an_amount_in_brackets_alone_is_still_read_as_below_zero():
    # accounting's negative: (2.500.000) is -2.500.000, a koreksi; the note rule must not take it
    row = kinerja_row("S1", "Sasaran", "", "Pendapatan", "Koreksi PAD", "Rp 10 jt", (None, "(2.500.000)", None, None),
                      satuan="Rupiah", jenis="Nilai Akhir")  # fmt: skip
    report = run([row])
    (ind,) = report.indicators
    assert [m for m in messages(report, GALAT) if m.startswith("Kinerja!L2 ")] == []
    # -2.500.000 / 10.000.000 x 100 = -25
    assert ind.capaian_exact == -25


@pytest.mark.parametrize(
    ("typed", "scaled"),
    [("Rp 312,5 (juta)", "Rp 312,5 juta"), ("312,5 (M)", "312,5 miliar"), ("312,5 (Rp M)", "312,5 miliar")],
)
def test_a_spending_with_its_scale_in_brackets_is_told_to_type_the_scale_with_it(typed, scaled):
    # Anggaran's spending is rupiah: "(juta)", "(M)" after the number is its scale; "tulis angkanya saja
    # (Rp 312,5)" gave Rp 312,5, a millionth (a billionth) of the amount meant
    program = kinerja_row(
        "P1", "Program", "", "Prog", "Ind", "100%", (None, "90", None, None), jenis="Nilai Akhir"
    )
    spending = anggaran_row("P1", "Prog", "", "Rp 500 M", ("Rp 100 M", typed, None, None))
    (said,) = [m for m in messages(run([program], [spending]), GALAT) if m.startswith("Anggaran!G2 ")]
    assert f"tulis kata skalanya bersama angka itu ({scaled})" in said, said
    assert "tulis angkanya saja" not in said, said


def test_parse_number_of_money_says_the_scale_in_brackets_goes_with_the_number():
    # the reader's own error (budget parameters, LKJ.* functions): "(juta)" after Rp 312,5 is its scale
    from lkj_xl.core.numbers import NumberParseError, parse_number

    with pytest.raises(NumberParseError) as caught:
        parse_number("Rp 312,5 (juta)", money=True)
    assert "tulis kata skalanya bersama angka itu (Rp 312,5 juta)" in str(caught.value), caught.value


@pytest.mark.parametrize(
    ("typed", "meant"), [("Rp 312.500 (Rp 000)", "Rp 312.500 ribu"), ("312.500 (Rp 000.000)", "312.500 juta")]
)
def test_a_bracket_of_zeros_is_a_scale_not_a_second_amount(typed, meant):
    # "(Rp 000)" says thousands (grids.SCALED_NOTE), never an amount of 0 beside the first
    row = kinerja_row("S1", "Sasaran", "", "Pendapatan", "Realisasi PAD", "Rp 650 M", (None, typed, None, None),
                      satuan="Rupiah", jenis="Nilai Akhir")  # fmt: skip
    (said,) = [m for m in messages(run([row]), GALAT) if m.startswith("Kinerja!L2 ")]
    assert f"tulis kata skalanya bersama angka itu ({meant})" in said and "dua angka" not in said, said
