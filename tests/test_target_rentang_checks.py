"""The slip checks of a row whose Target is a range (`60-85 %`, scored by PermenPANRB 8/2021's rule:
tests/test_target_rentang.py).

A one-figure target has checks that weigh the realisasi against it and point at the cell to fix (a
comma for thousands, `0,85` typed for 85 %, a realisasi more than ten times the target, a capaian
below zero). A range row skipped them all, so `1,000-2,000` orang (read 1 to 2, the README's rule:
the comma is the decimal separator) scored a realisasi 1.500 as 75.000 % with no word but the routine
note. The figure stays computed as read (as beside a one-figure target); the range row now gets the
same peringatan, weighed against the bound its realisasi is scored against (above the range the
upper, below it the lower; inside it the target is met and nothing is weighed).

Every expected capaian is worked by hand (Fraction); the grids are tests/test_engine.py's (Kinerja's
header row 1, the row under test row 3: Target I, Target Perubahan J, TW I K, TW II L).
"""

from __future__ import annotations

import datetime
from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import kinerja_row, run


def _rows(target, polaritas="Positif", tws=(None, None), satuan="%", jenis="Nilai Akhir", **kw):
    # S1 a plain indicator (20 of 40); P1 the row under test, its TW I and TW II typed as ``tws``
    return [
        kinerja_row("S1", "Sasaran", "", "Kualitas", "Persentase koperasi sehat", 40, (None, 20, None, None), jenis="Nilai Akhir"),
        kinerja_row("P1", "Program", "S1", "Program RS", "Bed Occupancy Rate", target, (*tws, None, None), jenis=jenis, satuan=satuan, polaritas=polaritas, **kw),
    ]  # fmt: skip


def _row3(report):
    """The findings at the row under test's cells, those at one cell joined by " | " (the Program's
    missing budget, A3, left out)."""
    said: dict[tuple[str, str], str] = {}
    for f in report.findings:
        if f.sheet == "Kinerja" and f.sel.endswith("3") and not f.sel.startswith("A"):
            key = (f.sel, f.severity)
            said[key] = f"{said[key]} | {f.pesan}" if key in said else f.pesan
    return said


def test_thousands_typed_with_a_comma_in_a_range_are_pointed_out():
    # "1,000-2,000" orang: each bound read with a decimal comma, 1 and 2 (as "1,000" alone is read 1,
    # with a peringatan); the realisasi 1.500 is above the ceiling 2: 1.500 / 2 x 100 = 75.000,
    # computed as read. Before: only the routine note, no word of the comma.
    report = run(_rows("1,000-2,000", tws=(None, 1500), satuan="orang"))
    p1 = report.indicators[1]
    assert p1.capaian_exact == 75000
    said = _row3(report)
    assert (
        '"1,000" dibaca 1,000 (koma adalah pemisah desimal); bila maksudnya 1.000, tulis ribuan dengan titik'
        in said[("I3", PERINGATAN)]
    )
    assert not [key for key in said if key[1] == GALAT]


def test_the_same_comma_beside_a_one_figure_target_for_comparison():
    # the rule the range row now follows: "1,000" alone is 1 with the same peringatan (1.500 / 1 x 100)
    report = run(_rows("1,000", tws=(None, 1500), satuan="orang"))
    assert report.indicators[1].capaian_exact == 150000
    assert '"1,000" dibaca 1,000 (koma adalah pemisah desimal)' in _row3(report)[("I3", PERINGATAN)]


@pytest.mark.parametrize(
    ("polaritas", "realisasi", "capaian", "says"),
    [
        # 8.500 above the ceiling 85: 8.500 / 85 x 100 = 10.000; more than ten times the bound scored
        ("Positif", 8500, Fraction(10000), "(8.500) lebih dari 10 kali Target (85)"),
        # Negatif, 200 above the ceiling 85: (2 - 200/85) x 100 = (170 - 200)/85 x 100 = -3.000/85 = -600/17
        ("Negatif", 200, Fraction(-600, 17), "di bawah nol"),
        # Positif, -5 below the floor 60: -5/60 x 100 = -25/3
        ("Positif", -5, Fraction(-25, 3), "di bawah nol"),
    ],
)
def test_a_realisasi_far_off_the_bound_it_is_scored_against_is_pointed_out(
    polaritas, realisasi, capaian, says
):
    report = run(_rows("60-85 %", polaritas, (None, realisasi)))
    assert report.indicators[1].capaian_exact == capaian
    said = _row3(report)
    assert says in said[("I3", PERINGATAN)], said


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        # the range typed with %: "0,85" without it is read 0,85 % (below the floor 60: 0,85/60 x 100 =
        # 17/12); at the realisasi's own cell, as beside "85 %"
        ("60-85 %", "ditulis 0,85 tanpa tanda %, sedangkan Target ditulis dengan %"),
        # the range typed without %, Satuan %: a fraction of a percentage, as beside a target 60
        ("60-85", "ditulis 0,85 tanpa %"),
    ],
)
def test_a_fraction_typed_for_a_percentage_is_said_at_the_realisasi(typed, says):
    report = run(_rows(typed, "Positif", (None, "0,85")))
    assert report.indicators[1].capaian_exact == Fraction(17, 12)
    said = _row3(report)
    assert says in said[("L3", PERINGATAN)], said


@pytest.mark.parametrize(
    ("tws", "realisasi"),
    [((None, 70), 70), ((None, 90), 90), ((None, 60), 60), ((None, 85), 85), ((None, 50), 50)],
)
def test_a_plain_realisasi_gets_the_routine_note_only(tws, realisasi):
    # inside (70; on the bounds 60 and 85), above (90 / 85 x 100 = 1800/17) or below (50 / 60 x 100 =
    # 250/3) the range: nothing to point out but how it was scored
    report = run(_rows("60-85 %", "Positif", tws))
    said = _row3(report)
    assert list(said) == [("I3", PERINGATAN)], said
    assert f"realisasi {realisasi}% berada di" in said[("I3", PERINGATAN)]


@pytest.mark.parametrize(
    ("jenis", "tws", "capaian"),
    [
        # the realisasi compared is the period's, per Jenis Realisasi (target 60-85 %, Positif):
        ("Kumulatif", (70, 75), Fraction(2900, 17)),  # 70 + 75 = 145, above 85: 145/85 x 100 = 2900/17
        ("Rata-rata", (70, 75), Fraction(100)),  # (70 + 75)/2 = 72,5 inside
        ("Nilai Akhir", (70, 75), Fraction(100)),  # 75 inside
        ("Kumulatif", (50, 40), Fraction(1800, 17)),  # 90 above 85: 90/85 x 100 = 1800/17
        ("Rata-rata", (50, 40), Fraction(75)),  # 45 below 60: 45/60 x 100 = 75
        ("Nilai Akhir", (50, 40), Fraction(200, 3)),  # 40 below 60: 40/60 x 100 = 200/3
        ("Nilai Akhir", (70, "-"), Fraction(100)),  # TW II "-" (no data): TW I's 70 is the last, inside
    ],
)
def test_the_realisasi_of_the_period_is_the_one_placed(jenis, tws, capaian):
    assert run(_rows("60-85 %", "Positif", tws, jenis=jenis)).indicators[1].capaian_exact == capaian


def test_a_range_target_revised_to_one_figure_is_scored_against_that_figure():
    # PK 60-85 %, Target Perubahan 90 (no %, Satuan %): the revision applies; 70 / 90 x 100 = 700/9
    # (Tinggi: above 75, at most 90); no range rule, no range note
    report = run(_rows("60-85 %", "Positif", (None, 70), target_perubahan=90))
    p1 = report.indicators[1]
    assert p1.capaian_exact == Fraction(700, 9) and p1.kriteria == "Tinggi"
    assert p1.target == 90 and p1.target_pk == "60-85 %" and not p1.rentang


# --- a range Excel turned into a date as it was typed --------------------------------------------------
@pytest.mark.parametrize(
    ("typed_as", "satuan", "says"),
    [
        # AVLOS "6-9" typed in a General cell: Excel (Indonesian, day-month) keeps 6 September of the
        # current year; Excel in English (month-day) 9 June: the same range either way round
        (
            datetime.datetime(2025, 9, 6),
            "hari",
            "bila maksudnya rentang target 6-9, ketik dengan tanda petik",
        ),
        (datetime.datetime(2025, 6, 9), "hari", "('6-9) atau dengan satuannya (6-9 hari)"),
        (datetime.datetime(2025, 12, 10), "%", "('10-12) atau dengan satuannya (10-12 %)"),
    ],
)
def test_a_target_turned_into_a_date_says_how_to_type_a_range(typed_as, satuan, says):
    # the date stays a galat (no figure is guessed from it); its message says how a range stays text,
    # since typing "6-9" again makes the same date
    report = run(_rows(typed_as, "Negatif", (None, 7), satuan=satuan))
    assert report.indicators[1].capaian is None
    said = _row3(report)[("I3", GALAT)]
    assert "berisi tanggal" in said and says in said


def test_a_realisasi_turned_into_a_date_gets_no_range_advice():
    # a realisasi is measured, one figure: no range to type there
    report = run(_rows(8, "Negatif", (None, datetime.datetime(2025, 9, 6)), satuan="hari"))
    said = _row3(report)[("L3", GALAT)]
    assert "berisi tanggal" in said and "rentang" not in said


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        # a bound below zero: the formula divides by the bound, and a negative one turns it round
        # (-6 below -5 would score -6/-5 = 120 %): no capaian, as for a one-figure target below zero
        ("-5 - 5", "batas di bawah nol"),
        ("-5-5 %", "batas di bawah nol"),
        # three figures are no range of two
        ("60-85-90", "lebih dari dua angka"),
    ],
)
def test_a_range_that_cannot_be_scored_says_why_in_its_own_words(typed, says):
    report = run(_rows(typed, "Positif", (None, 6)))
    assert report.indicators[1].capaian is None
    said = _row3(report)[("I3", GALAT)]
    assert says in said, said


@pytest.mark.parametrize(
    ("polaritas", "realisasi", "capaian", "kriteria"),
    [
        ("Positif", 54, 90, "Tinggi"),  # below 60: 54/60 x 100 = 90 exactly, Tinggi (90 is no > 90)
        ("Positif", 30, 50, "Sangat Rendah"),  # 30/60 x 100 = 50 exactly, Sangat Rendah (<= 50)
        ("Negatif", "93,5", 90, "Tinggi"),  # above 85: (2 - 93,5/85) x 100 = 76,5/85 x 100 = 90
        ("Negatif", "127,5", 50, "Sangat Rendah"),  # (2 - 127,5/85) x 100 = 42,5/85 x 100 = 50
    ],
)
def test_a_range_capaian_on_a_kriteria_edge_is_exact(polaritas, realisasi, capaian, kriteria):
    # the bound's quotient is exact (Fraction), so the band is the report's own: exactly 90 is Tinggi
    p1 = run(_rows("60-85 %", polaritas, (None, realisasi))).indicators[1]
    assert p1.capaian_exact == capaian and p1.kriteria == kriteria


# --- a realisasi in another scale or kind than the range: no capaian, as beside one figure -----------
@pytest.mark.parametrize(
    ("typed", "satuan", "realisasi", "where", "says"),
    [
        # Satuan "juta rupiah", the range in juta, the realisasi a whole rupiah amount: 1.500.000.000
        # beside 2.000 would score 75.000.000 %; beside the one target "2.000" it is a galat at L3
        ("1.000-2.000", "juta rupiah", "Rp 1.500.000.000", "L3", "ditulis dengan skala berbeda"),
        # ("1-2 M" beside "1.500" under "juta rupiah" was here, the range read as a whole amount: since
        # skala49 a scale word under a Satuan naming a scale is read in its units, 1-2 M = 1.000-2.000 juta,
        # and 1.500 inside it scores 100 %: tests/test_skala_satuan_baca.py)
        # a count scored against a percentage: 100 % of 5-10 orang would be 1.000 %
        ("5-10", "orang", "100%", "L3", "ditulis sebagai persentase"),
        ("5-10 %", "orang", 7, "I3", "ditulis sebagai persentase"),
    ],
)
def test_a_realisasi_another_kind_than_its_range_is_a_galat(typed, satuan, realisasi, where, says):
    report = run(_rows(typed, "Positif", (None, realisasi), satuan=satuan))
    p1 = report.indicators[1]
    assert p1.capaian is None and p1.galat, p1
    said = _row3(report)
    assert says in said[(where, GALAT)], said
    assert "berupa rentang" not in said.get(("I3", PERINGATAN), "")  # not scored: no note on how
