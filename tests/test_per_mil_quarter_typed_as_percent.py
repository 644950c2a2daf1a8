"""A quarter of a per mil indicator typed as its percentage among quarters typed per mil (an RSUD's
NDR, Satuan `‰`: TW I 22, TW II 25, TW III `2,5`, the TW III figure taken from a report in percent,
2,5 % = 25 ‰). It was read 2,5 ‰ and scored without a word: the Rata-rata (22 + 25 + 2,5) / 3 = 16,5
of a Negatif target 25 gave (2 x 25 - 16,5) / 25 x 100 = 134 % Sangat Tinggi, where the 25 meant
gives (22 + 25 + 25) / 3 = 24 and (50 - 24) / 25 x 100 = 104 %.

The rule (README Values): a quarter above zero of an indicator whose Satuan is per mil (`‰`, `per
mil`, `per 1.000`, `Per mil (‰)`) that every other counted quarter above zero is 8 to 12 times (both
included) is pointed out at its cell with a peringatan naming the other quarters and the figure to
type if per mil was meant (the quarter x 10); the figure is still read as typed. Hand examples:
- 22, 25, 2,5: 22 / 2,5 = 8,8 and 25 / 2,5 = 10: said.
- 24, 25, 3: 24 / 3 = 8 exactly (the lower edge) and 25 / 3 = 8,33: said.
- 30, 25, 2,5: 30 / 2,5 = 12 exactly (the upper edge) and 10: said.
- 22, 25, 2,8: 22 / 2,8 = 7,86 < 8: quiet (a fall, not a tenth).
- 31, 25, 2,5: 31 / 2,5 = 12,4 > 12: quiet.
- 22, 25, 12: 22 / 12 = 1,83: quiet (a genuine decline).
- 22, 25, 2,2, 2,4: 2,2 beside 2,4 is 1,09: quiet (two quarters at one level: no single slip).
- Satuan `%` or `Orang`, 22, 25, 2,5: quiet (no per mil to mistake for percent).
Every figure here is by hand from the cells typed.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row

NDR = "Net Death Rate (NDR)"
# Kinerja's columns: K Realisasi TW I, L TW II, M TW III, N TW IV (tests/test_engine.kinerja_row); row 2
CELL = {1: "K2", 2: "L2", 3: "M2", 4: "N2"}


def _ndr(tws, *, satuan="‰", jenis="Rata-rata", triwulan=3):
    quarters = [*tws, *[None] * (4 - len(tws))]
    row = kinerja_row("S1", "Sasaran", "", "Mutu pelayanan RSUD", NDR, "25", quarters, satuan=satuan,
                      polaritas="Negatif", jenis=jenis)  # fmt: skip
    report = report_of(book_of([row], triwulan=triwulan))
    return report, next(i for i in report.indicators if i.indikator == NDR)


def _said(report) -> list[tuple[str, str, str]]:
    """The findings on the quarters' cells: (cell, severity, message)."""
    return [(f.sel, f.severity, f.pesan) for f in report.findings if f.sheet == "Kinerja" and f.sel != "C2"]


# (a rate per 1.000 KH, AKB, is per mil: 2,5 % of live births = 25 per 1.000 KH)
@pytest.mark.parametrize(
    "satuan", ["‰", "per mil", "Per mil (‰)", "per 1.000", "Promil", "per 1.000 KH", "per 1000 penduduk"]
)
@pytest.mark.parametrize("typed", ["2,5", 2.5])
def test_a_quarter_a_tenth_of_the_others_is_pointed_out_and_still_read_as_typed(satuan, typed):
    report, ind = _ndr(["22", "25", typed], satuan=satuan)
    ((cell, severity, message),) = _said(report)
    assert (cell, severity) == (CELL[3], "peringatan"), (cell, severity, message)
    # names the quarter, the other quarters' figures and what to type if per mil was meant
    assert "TW III" in message and "2,5" in message, message
    assert "TW I 22" in message and "TW II 25" in message, message
    assert "tulis 25" in message and "2,5 % = 25 ‰" in message, message
    # read as typed: (22 + 25 + 2,5) / 3 = 16,5; Negatif (2 x 25 - 16,5) / 25 x 100 = 134 %
    assert Fraction(ind.realisasi).limit_denominator(1000) == Fraction(33, 2)
    assert ind.capaian == pytest.approx(134)


@pytest.mark.parametrize(
    ("tws", "low", "meant"),
    [
        (["24", "25", "3"], 3, "30"),  # 24 / 3 = 8: the lower edge, said
        (["30", "25", "2,5"], 3, "25"),  # 30 / 2,5 = 12: the upper edge, said
        (["2,5", "22", "25"], 1, "25"),  # TW I the low one: 22 / 2,5 = 8,8, 25 / 2,5 = 10
        (["22", "2,4"], 2, "24"),  # one other quarter: 22 / 2,4 = 9,17
    ],
)
def test_the_edges_of_about_ten_times(tws, low, meant):
    report, _ = _ndr(tws, triwulan=max(len(tws), 2))
    ((cell, severity, message),) = _said(report)
    assert (cell, severity) == (CELL[low], "peringatan"), message
    assert f"tulis {meant};" in message, message


@pytest.mark.parametrize(
    ("tws", "satuan"),
    [
        (["22", "25", "2,8"], "‰"),  # 22 / 2,8 = 7,86: below 8
        (["31", "25", "2,5"], "‰"),  # 31 / 2,5 = 12,4: above 12
        (["22", "25", "12"], "‰"),  # a genuine decline, 22 / 12 = 1,83
        # (revtyped44: 22, 25, 2,2, 2,4 was here as "two quarters at one level": two quarters typed as
        # percentages is the same slip, Rata-rata 12,9 scored 148,4 % for the 107 % meant; it is said now,
        # test_two_quarters_typed_as_percentages. Quiet stays where the low ones are the more: which
        # level is the slip is not known, 22 beside 2,5 and 2,4)
        (["22", "2,5", "2,4"], "‰"),
        (["22", "25", "2,5"], "%"),  # no per mil to mistake
        (["22", "25", "2,5"], "Orang"),
        # another base is never told about ‰ (2,5 % is 2.500 per 100.000, not 25)
        (["22", "25", "2,5"], "per 100.000 KH"),
        (["22", "25", "2,5"], "per 100.000"),
        (["22", "25", "2,5"], "per 10.000 penduduk"),
        (["22", "25", "2,5"], "per 1.000.000"),
    ],
)
def test_no_peringatan_for_a_decline_or_another_satuan(tws, satuan):
    report, _ = _ndr(tws, satuan=satuan, triwulan=len(tws))
    assert not [s for s in _said(report) if "sepuluh kali" in s[2]], _said(report)


def test_nilai_akhir_too():
    # the position TW III 2,5 is the figure scored: (2 x 25 - 2,5) / 25 x 100 = 190 % for a meant 100 %
    report, ind = _ndr(["22", "25", "2,5"], jenis="Nilai Akhir")
    ((cell, _, message),) = _said(report)
    assert cell == CELL[3] and "tulis 25" in message, message
    assert ind.capaian == pytest.approx(190)


# --- review (revtyped44): cases staff type that the rule above did not yet meet -----------------------


@pytest.mark.parametrize(
    ("tws", "jenis"),
    [
        # a Kumulatif indicator sums each quarter's own figure: quarters of a flow differ as they
        # will (2,5 deaths per 1.000 in TW I, 25 in TW II), no level a tenth of it breaks
        (["2,5", "25"], "Kumulatif"),
        (["22", "25", "2,5"], "Kumulatif"),
        # a Nilai Akhir typed up to each quarter (README: "bila tiap triwulan berisi angka s.d.
        # triwulan itu, pilih Nilai Akhir") grows: TW I 2,5 before TW II 25 is the year so far, and
        # TW I is not the figure scored (TW II's 25 is)
        (["2,5", "25"], "Nilai Akhir"),
        (["2,5", "22", "25"], "Nilai Akhir"),
    ],
)
def test_no_peringatan_where_ten_times_is_growth(tws, jenis):
    report, _ = _ndr(tws, jenis=jenis, triwulan=len(tws))
    assert not [s for s in _said(report) if "sepuluh kali" in s[2]], _said(report)


def test_nilai_akhir_a_last_quarter_below_earlier_ones_is_no_growth():
    # 22 then 2,4: the position scored fell to a tenth (22 / 2,4 = 9,17): said, as of a Rata-rata
    report, _ = _ndr(["22", "2,4"], jenis="Nilai Akhir", triwulan=2)
    ((cell, _, message),) = _said(report)
    assert cell == CELL[2] and "tulis 24;" in message, message


@pytest.mark.parametrize(
    ("tws", "typed"),
    [
        (["22", "25", "2,5 ‰"], "2,5 ‰"),
        (["22", "25", "2,5‰"], "2,5‰"),
        (["22 ‰", "25 ‰", "2,5 ‰"], "2,5 ‰"),  # the sign after every figure: a habit, no sign of the source
        (["22", "25", "2,5 per mil"], "2,5 per mil"),
        (["22", "25", "2,50"], "2,50"),
    ],
)
def test_a_quarter_typed_with_its_sign_is_still_pointed_out_and_the_message_reads(tws, typed):
    # The sign typed does not tell the figure from a percentage: the same 2,5 copied from a report in
    # percent with the column's "‰" added. The message quotes the cell as typed and names the figure
    # read (2,5), the percentage (2,5 %) and the per mil meant (25) once each, no "‰ ‰" nor "‰ %".
    report, ind = _ndr(tws)
    ((cell, severity, message),) = _said(report)
    assert (cell, severity) == (CELL[3], "peringatan"), message
    assert f'ditulis "{typed}",' in message, message
    assert "dibaca 2,5 ‰." in message and "(2,5 % = 25 ‰), tulis 25;" in message, message
    assert "bila memang 2,5 ‰, biarkan" in message, message
    assert "‰ ‰" not in message and "‰ %" not in message and "mil ‰" not in message, message
    # read as typed: (22 + 25 + 2,5) / 3 = 16,5, as in the first test
    assert Fraction(ind.realisasi).limit_denominator(1000) == Fraction(33, 2)


def test_the_per_mil_meant_keeps_every_decimal():
    # 2,123456 % = 21,23456 ‰ (x 10, by hand); figure() would show 21,2346, which typed is not ten times
    report, _ = _ndr(["22", "25", "2,123456"])
    ((_, _, message),) = _said(report)
    assert "tulis 21,23456;" in message, message


@pytest.mark.parametrize(
    ("jenis", "realisasi", "capaian"), [("Rata-rata", 24, 104), ("Nilai Akhir", 25, 100)]
)
def test_the_advice_followed_gives_the_figure_meant_and_silence(jenis, realisasi, capaian):
    # "tulis 25" typed in TW III: Rata-rata (22 + 25 + 25) / 3 = 24, Negatif (2 x 25 - 24) / 25 x 100
    # = 104 %; Nilai Akhir TW III's 25, (50 - 25) / 25 x 100 = 100 % (by hand); nothing more to say
    report, ind = _ndr(["22", "25", "25"], jenis=jenis)
    assert not _said(report), _said(report)
    assert Fraction(ind.realisasi).limit_denominator(1000) == realisasi
    assert ind.capaian == pytest.approx(capaian)


def test_two_quarters_typed_as_percentages():
    # TW III 2,2 and TW IV 2,4 beside TW I 22 and TW II 25: 22 / 2,2 = 10, 25 / 2,2 = 11,36, 22 / 2,4 =
    # 9,17, 25 / 2,4 = 10,42, all within 8-12: both low quarters said, each naming the higher ones.
    # Read as typed: (22 + 25 + 2,2 + 2,4) / 4 = 12,9, Negatif (50 - 12,9) / 25 x 100 = 148,4 %; followed
    # (tulis 22, tulis 24): (22 + 25 + 22 + 24) / 4 = 23,25, (50 - 23,25) / 25 x 100 = 107 % (by hand)
    report, ind = _ndr(["22", "25", "2,2", "2,4"], triwulan=4)
    said = {cell: message for cell, _, message in _said(report)}
    assert sorted(said) == [CELL[3], CELL[4]], said
    for cell, meant in ((CELL[3], "22"), (CELL[4], "24")):
        assert "TW I 22, TW II 25" in said[cell] and f"tulis {meant};" in said[cell], said[cell]
    assert Fraction(ind.realisasi).limit_denominator(1000) == Fraction(129, 10)
    assert ind.capaian == pytest.approx(148.4)
    report, ind = _ndr(["22", "25", "22", "24"], triwulan=4)
    assert not _said(report) and ind.capaian == pytest.approx(107)


@pytest.mark.parametrize(("jenis", "said"), [("Rata-rata", ["K2", "L2"]), ("Nilai Akhir", [])])
def test_two_first_quarters_a_tenth_of_the_last_two(jenis, said):
    # 2,2 and 2,5 then 24 and 25: a Rata-rata's two slips (24 / 2,2 = 10,9, 25 / 2,5 = 10); a Nilai
    # Akhir typed s.d. each quarter may grow so (and scores TW IV's 25 alone): quiet
    report, _ = _ndr(["2,2", "2,5", "24", "25"], jenis=jenis, triwulan=4)
    assert sorted(cell for cell, _, _ in _said(report)) == said, _said(report)


@pytest.mark.parametrize("triwulan", ["Semester II", "Tahunan", 4])
def test_the_half_year_and_the_year_count_their_quarters(triwulan):
    # TW IV 2,5 beside 22, 25, 24 (8,8 / 10 / 9,6 times): said in the report of Semester II and of the
    # year as in TW IV's; Rata-rata (22 + 25 + 24 + 2,5) / 4 = 18,375 read as typed
    report, ind = _ndr(["22", "25", "24", "2,5"], triwulan=triwulan)
    ((cell, _, message),) = _said(report)
    assert cell == CELL[4] and "(TW I 22, TW II 25, TW III 24)" in message and "tulis 25;" in message
    assert Fraction(ind.realisasi).limit_denominator(1000) == Fraction(147, 8)


def test_semester_i_counts_tw_i_and_tw_ii_only():
    # Semester I: TW II 2,4 beside TW I 22 (9,17 times) said; TW III's 25, after the half year, not
    # counted (its own peringatan), so not named among the other quarters
    report, _ = _ndr(["22", "2,4", "25"], triwulan="Semester I")
    said = {cell: message for cell, _, message in _said(report)}
    assert "(TW I 22)" in said[CELL[2]] and "tulis 24;" in said[CELL[2]], said


def test_a_blank_jenis_realisasi_is_no_kumulatif_chosen():
    # Jenis Realisasi blank: summed as Kumulatif, with its own peringatan that a ‰ is no sum (pilih
    # Nilai Akhir atau Rata-rata); the quarter a tenth of the others is said too, not left for the
    # round after the Jenis is chosen (as typed: 22 + 25 + 2,5 = 49,5)
    report, ind = _ndr(["22", "25", "2,5"], jenis=None)
    said = {cell: message for cell, _, message in _said(report)}
    assert sorted(said) == ["H2", CELL[3]], said
    assert "tulis 25;" in said[CELL[3]], said
    assert Fraction(ind.realisasi).limit_denominator(1000) == Fraction(99, 2)
