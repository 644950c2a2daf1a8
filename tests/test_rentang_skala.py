"""A range Target with a scale word (`5-10 M`, `500-1 M`, `500 jt - 1 M`) and one typed top first.

`500-1 M` under a rupiah Satuan was read 1 M to 500 M (the `M` applied to both bounds, then the bounds
swapped): the row was scored against bounds nobody typed. Lead's decision: the scale word typed on the
last bound only goes with both when that keeps them in order; when it would not, a galat at the Target
cell says the range is ambiguous and asks for the scale on both bounds. Bounds typed each with its own
scale word are read as typed. A range typed top first without scale words (`85-60 %`) stays read
bottom first (tests/test_target_rentang.py), and its note now says so.

Grids from tests/test_engine.py's helpers (header row 1; the row under test on row 3, Target I3,
Realisasi TW II L3); every capaian worked by hand with Fraction.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.rentang_skor import skor_teks
from tests.test_engine import kinerja_row, run


def _rows(target, realisasi, satuan="Rupiah", polaritas="Positif"):
    return [
        kinerja_row("S1", "Sasaran", "", "Kualitas", "Persentase koperasi sehat", 40, (None, 20, None, None), jenis="Nilai Akhir"),
        kinerja_row("P1", "Program", "S1", "Program Pendapatan", "Pendapatan retribusi", target, (None, realisasi, None, None), jenis="Nilai Akhir", satuan=satuan, polaritas=polaritas),
    ]  # fmt: skip


def _at(report, sel, severity=None):
    return [
        f for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel) and severity in (None, f.severity)
    ]


@pytest.mark.parametrize(
    ("typed", "realisasi", "capaian"),
    [
        # 5 M to 10 M; 12.000.000.000 above U = 10.000.000.000: 12/10 x 100 = 120
        ("5-10 M", "12.000.000.000", Fraction(120)),
        # 1,5 jt to 2 jt; 1.200.000 below L = 1.500.000: 1,2/1,5 x 100 = 80
        ("1,5 - 2 jt", "1.200.000", Fraction(80)),
        # Rp with both, M on the last: 3 M below L = 4 M: 3/4 x 100 = 75
        ("Rp 4 - 6 M", "3.000.000.000", Fraction(75)),
    ],
)
def test_a_scale_word_on_the_last_bound_goes_with_both_when_they_stay_in_order(typed, realisasi, capaian):
    report = run(_rows(typed, realisasi))
    p1 = report.indicators[1]
    assert p1.capaian_exact == capaian
    assert not _at(report, "I3", GALAT)


@pytest.mark.parametrize("typed", ["500-1 M", "Rp 500 - 1 M", "500 - 1 milyar", "900-1 jt", "10-5 M"])
def test_a_scale_word_that_would_put_the_bounds_out_of_order_is_ambiguous(typed):
    # 500 M > 1 M (meant 500 jt?): no bound is guessed, nothing scored; the galat asks for both scales.
    # (before: read 1 M to 500 M, a realisasi of 1.000.000.000 scored 100 against bounds nobody typed)
    report = run(_rows(typed, "1.000.000.000"))
    p1 = report.indicators[1]
    assert p1.capaian is None and p1.galat == ["Kinerja!I3"]
    (galat,) = _at(report, "I3", GALAT)
    assert "ambigu" in galat.pesan and "tulis skala di kedua batas" in galat.pesan, galat.pesan
    assert "500 jt - 1 M" in galat.pesan  # the lead's example of what to type
    assert not _at(report, "I3", PERINGATAN)  # no note of how a row was scored: it was not


def test_lkj_capaian_refuses_the_same_ambiguous_range():
    # the add-in's LKJ.CAPAIAN reads the range with the same rule (no Satuan there: "M" alone could be
    # meter, so the scale word spelt out)
    with pytest.raises(ValueError, match="ambigu"):
        skor_teks(1e9, "500-1 milyar", "Positif")
    # a range in order is still scored: 7 inside 5-10, met: 100
    assert skor_teks(7, "5-10", "Positif") == 100


@pytest.mark.parametrize(
    ("typed", "realisasi", "capaian"),
    [
        # 500 jt to 1 M as typed; 400.000.000 below L = 500.000.000: 400/500 x 100 = 80
        ("500 jt - 1 M", "400.000.000", Fraction(80)),
        # 1.200.000.000 above U = 1.000.000.000: 1,2/1 x 100 = 120
        ("500 jt - 1 M", "1.200.000.000", Fraction(120)),
        # 750.000.000 inside: 100
        ("Rp 500 juta - Rp 1 milyar", "750.000.000", Fraction(100)),
    ],
)
def test_bounds_each_with_its_own_scale_are_read_as_typed(typed, realisasi, capaian):
    # (before: a galat "satuan berbeda di kedua batasnya (jt dan M)")
    report = run(_rows(typed, realisasi))
    p1 = report.indicators[1]
    assert p1.capaian_exact == capaian
    assert not _at(report, "I3", GALAT)


def test_a_bound_of_a_range_in_two_scales_is_named_whole():
    # 400.000.000 below "500 jt - 1 M": the note names the lower bound 500.000.000, never "0,50 milyar"
    # (the last bound's scale put on the first)
    (note,) = _at(run(_rows("500 jt - 1 M", "400.000.000")), "I3")
    assert "batas bawah Rp 500.000.000" in note.pesan and "milyar" not in note.pesan, note.pesan


def test_bounds_in_units_that_differ_stay_a_galat():
    # a scale word and a unit are no two scales: "60 % - 85 hari" stays refused (test_target_rentang.py)
    report = run(_rows("500 jt - 1 orang", "700.000.000"))
    assert report.indicators[1].capaian is None
    assert _at(report, "I3", GALAT)


@pytest.mark.parametrize(
    ("typed", "realisasi", "says"),
    [
        # top first without a scale word: read 60 to 85 (70 inside: 100), the note says it was turned
        ("85-60 %", 70, "dibaca 60% sampai 85%"),
        ("9 - 7 hari", 8, "dibaca 7 hari sampai 9 hari"),
    ],
)
def test_a_range_typed_top_first_is_said_in_its_note(typed, realisasi, says):
    satuan = "%" if "%" in typed else "hari"
    report = run(_rows(typed, realisasi, satuan=satuan))
    assert report.indicators[1].capaian_exact == 100  # inside the range: met
    (note,) = _at(report, "I3")
    assert note.severity == PERINGATAN
    assert "ditulis dari batas atas" in note.pesan and says in note.pesan, note.pesan


def test_a_range_typed_bottom_first_says_nothing_of_its_order():
    report = run(_rows("60-85 %", 70, satuan="%"))
    (note,) = _at(report, "I3")
    assert "ditulis dari batas atas" not in note.pesan


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [("85-60 m", "m"), ("10-5 m", "meter"), ("85-60 M", "M")],
)
def test_a_unit_that_is_also_a_scale_word_is_no_scale_under_its_own_satuan(typed, satuan):
    # "m" after a figure of Satuan m (meter) is the Satuan, not milyar: the word changes neither bound,
    # so nothing is ambiguous; the range is read bottom first as "85-60 %" is, and its note says so.
    # (before: a galat "ambigu: skala m hanya ditulis di batas kedua")
    # 60 to 85 m, realisasi 70 inside: 100; 5 to 10 m, realisasi 7 inside: 100
    realisasi = 70 if typed.startswith("85") else 7
    report = run(_rows(typed, realisasi, satuan=satuan))
    assert not _at(report, "I3", GALAT), [f.pesan for f in _at(report, "I3", GALAT)]
    assert report.indicators[1].capaian_exact == 100
    (note,) = _at(report, "I3")
    assert "ditulis dari batas atas" in note.pesan, note.pesan


def test_m_under_a_rupiah_satuan_stays_a_scale_and_ambiguous():
    # the same "85-60 m" under Rupiah: m is milyar, 85 M > 60 M typed top first with one scale: ambiguous
    report = run(_rows("85-60 m", "70.000.000.000"))
    (galat,) = _at(report, "I3", GALAT)
    assert "ambigu" in galat.pesan


@pytest.mark.parametrize(
    "typed", ["500 jt - 1.000.000.000", "100 jt - 150.000.000", "Rp 1 M - 2.500.000.000"]
)
def test_a_scale_word_on_the_first_bound_only_beside_a_whole_amount_is_ambiguous(typed):
    # "500 jt - 1.000.000.000": the jt went with both, 500 jt to 1.000.000.000 jt (10^15): a realisasi of
    # 2.000.000.000 fell inside, 100, where 500 jt to 1 M as typed gives 2/1 x 100 = 200. The second
    # bound bare is already above the first, so either reading keeps them in order: no bound is guessed
    report = run(_rows(typed, "2.000.000.000"))
    p1 = report.indicators[1]
    assert p1.capaian is None and p1.galat == ["Kinerja!I3"]
    (galat,) = _at(report, "I3", GALAT)
    assert "ambigu" in galat.pesan and "tulis skala di kedua batas" in galat.pesan, galat.pesan


@pytest.mark.parametrize(
    ("typed", "realisasi", "satuan", "capaian"),
    [
        # the scale on the first only, the second bare below it: 5 jt to 10 jt as before; 12 jt above
        # U = 10.000.000: 12/10 x 100 = 120
        ("5 jt - 10", "12 jt", "Rupiah", Fraction(120)),
        # m of Satuan m is the Satuan (no scale): 10 to 20 m, 25 above U = 20: 25/20 x 100 = 125
        ("10 m - 20", 25, "m", Fraction(125)),
    ],
)
def test_a_first_bound_word_that_leaves_no_doubt_is_read_as_before(typed, realisasi, satuan, capaian):
    report = run(_rows(typed, realisasi, satuan=satuan))
    assert not _at(report, "I3", GALAT), [f.pesan for f in _at(report, "I3", GALAT)]
    assert report.indicators[1].capaian_exact == capaian
