"""A figure between 1 and 2 typed without % beside quarters typed whole (staff round 46).

Round 43 told a quarter between 1 and 2 of a Positif percentage (a share above 100 % pasted =A/B
without x 100: an APK's 1,0235 beside 101,8) both ways: "Bila maksudnya 102,35%, tulis 102,35; bila
memang 1,0235%, tulis 1,0235%", whenever the figure x 100 lay within half to twice the quarter beside
it. Of a Persentase sekolah terakreditasi typed 95, 98, then 1,5, that advice read "Bila maksudnya
150%, tulis 150": a share does not leap from 98 % to 150 % and back to 99 % (a share moves little from
quarter to quarter; the rule round 43 already keeps for fractions on both sides of 1: the largest at
most one and a half times the smallest), so 1,5 is no fraction there but a slip, and typing 150 would
put a wrong figure in the report. It is now a peringatan saying 1,5 is far from the other quarters and
to check it (or to type 1,5% when it is 1,5 %), without the 150. Where the fraction is plausible (within
one and a half times the quarter beside it: 1,0235 beside 101,8; 1,3 beside 95) or no quarter is typed
whole (1,2, 1,5, 1,8 of a target 100: a small rate or shares of 120-180 %, unknowable), the advice both
ways stays. Computed as typed either way.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import PERINGATAN
from tests.test_analisis_inputs import pembanding_of
from tests.test_engine import kinerja_row, run


def _share(tws, jenis="Rata-rata", target="100"):
    """Persentase sekolah terakreditasi (Sasaran S1, row 2), Satuan %, Positif, in the year's report."""
    row = kinerja_row("S1", "Sasaran", "", "Mutu", "Persentase sekolah terakreditasi", target, tws,
                      jenis=jenis, polaritas="Positif")  # fmt: skip
    return run([row], triwulan=4)


def _at(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


@pytest.mark.parametrize(
    ("tws", "jenis", "sel", "capaian"),
    [
        # Rata-rata (95 + 98 + 1,5 + 99) / 4 = 293,5 / 4 = 73,375; / 100 x 100 = 73,375 (as typed).
        # 1,5 x 100 = 150 is more than one and a half times 98 (147) and 95 (142,5): no fraction
        (("95", "98", "1,5", "99"), "Rata-rata", "M2", Fraction(73375, 1000)),
        # Nilai Akhir: TW II's 1,5 / 100 x 100 = 1,5. 150 against 80: more than 1,5 x 80 = 120
        (("80", "1,5", None, None), "Nilai Akhir", "L2", Fraction(3, 2)),
    ],
)
def test_a_figure_far_from_the_quarters_typed_whole_is_no_fraction_but_a_slip(tws, jenis, sel, capaian):
    report = _share(tws, jenis)
    assert report.indicators[0].capaian_exact == capaian  # computed as typed
    said = _at(report, sel)
    assert [f.severity for f in said] == [PERINGATAN], said
    pesan = said[0].pesan
    assert "tulis 150" not in pesan and "150%" not in pesan, pesan  # typing 150 would be a wrong figure
    assert "dibaca 1,5%" in pesan and "jauh dari" in pesan and "periksa" in pesan, pesan
    assert "bila memang 1,5%, tulis 1,5%" in pesan, pesan  # (the way to say it is meant)


@pytest.mark.parametrize(
    ("tws", "jenis", "sel", "meant"),
    [
        # an APK pasted =A/B: 1,0235 x 100 = 102,35, within one and a half times 101,8 (round 43)
        ((101.8, 102.1, None, 1.0235), "Nilai Akhir", "N2", "102,35"),
        # 1,3 x 100 = 130 is within one and a half times 95 (142,5): a fraction may be meant
        (("95", "1,3", None, None), "Nilai Akhir", "L2", "130"),
        # the edge: 1,5 x 100 = 150 is exactly one and a half times 100: still told both ways
        (("100", "1,5", None, None), "Nilai Akhir", "L2", "150"),
        # no quarter typed whole: 1,2, 1,5, 1,8 of a target 100 may be 120-180 % or a small rate
        (("1,2", "1,5", "1,8", None), "Rata-rata", "L2", "150"),
    ],
)
def test_a_fraction_that_may_be_meant_is_still_told_both_ways(tws, jenis, sel, meant):
    said = _at(_share(tws, jenis), sel)
    assert [f.severity for f in said] == [PERINGATAN], said
    assert f"Bila maksudnya {meant}%" in said[0].pesan and f"tulis {meant};" in said[0].pesan, said[0].pesan


def test_a_small_figure_beside_a_small_quarter_stays_quiet():
    # a small rate rising of a target 20: 1,5 x 100 = 150 is more than twice 12 (round 43, unchanged)
    report = _share(("12", "1,5", None, None), "Nilai Akhir", target="20")
    assert _at(report, "L2") == []


def test_the_slip_is_said_far_from_the_quarter_not_from_the_satuan():
    # "jauh dari Realisasi TW I 95 dan Satuan "%"" said 1,5 was far from the Satuan too: the Satuan is
    # what reads it as 1,5 %, the quarter what it is far from
    (said,) = _at(_share(("95", "98", "1,5", "99")), "M2")
    assert 'ditulis 1,5 tanpa % (Satuan "%"), jauh dari Realisasi TW I 95: dibaca 1,5%' in said.pesan, (
        said.pesan
    )


# --- the comparison columns (Realisasi Tahun Lalu, Target Akhir Renstra, Standar Nasional) ---------------


def _compared(typed, header="Realisasi Tahun Lalu", target="95"):
    """The same indicator (quarters 95, 98, Nilai Akhir) with ``typed`` in the comparison column."""
    row = kinerja_row("S1", "Sasaran", "", "Mutu", "Persentase sekolah terakreditasi", target,
                      ("95", "98", None, None), jenis="Nilai Akhir", polaritas="Positif")  # fmt: skip
    report = pembanding_of([(row, {header: typed})])
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel.endswith("2") and f.sel[0] > "N"]


@pytest.mark.parametrize("header", ["Realisasi Tahun Lalu", "Target Akhir Renstra"])
def test_a_comparison_far_from_the_target_is_no_fraction_but_a_slip(header):
    # 1,5 x 100 = 150 beside a target of 95: more than one and a half times it (142,5), as in the
    # quarters: "tulis 150" would put a wrong figure in the Perbandingan Kinerja
    (said,) = _compared("1,5", header)
    assert said.severity == PERINGATAN, said.pesan
    assert "tulis 150" not in said.pesan and "150%" not in said.pesan, said.pesan
    assert "jauh dari Target 95" in said.pesan and "bila memang 1,5%, tulis 1,5%" in said.pesan, said.pesan
    # (neither a quarter nor a realisasi: the words fit any column)
    assert "antartriwulan" not in said.pesan and "tulis realisasi" not in said.pesan, said.pesan


def test_a_comparison_near_the_target_is_still_told_both_ways():
    # an APK last year pasted =A/B: 1,0105 x 100 = 101,05, within one and a half times a target of 100
    (said,) = _compared("1,0105", target="100")
    assert "Bila maksudnya 101,05%" in said.pesan and "tulis 101,05;" in said.pesan, said.pesan


# --- below 1 (review of round 46): both readings far from the quarter is a slip too ------------------


def test_a_fraction_below_one_far_both_ways_is_a_slip():
    # 0,3 beside 95, 98, 99: read 0,3 % (far below 95) or meant 30 % (0,3 x 100 = 30; 1,5 x 30 = 45 is
    # below 95): neither reading fits a share that stood at 95-99 %, so "tulis 30" would be a guess.
    # Rata-rata as typed: (95 + 98 + 0,3 + 99) / 4 = 292,3 / 4 = 73,075; / 100 x 100 = 73,075
    report = _share(("95", "98", "0,3", "99"))
    assert report.indicators[0].capaian_exact == Fraction(73075, 1000)
    said = _at(report, "M2")
    assert [f.severity for f in said] == [PERINGATAN], said
    pesan = said[0].pesan
    assert "tulis 30" not in pesan and "30%" not in pesan, pesan
    assert "ditulis 0,3 tanpa %" in pesan and "jauh dari" in pesan and "periksa" in pesan, pesan
    assert "bila memang 0,3%, tulis 0,3%" in pesan, pesan


@pytest.mark.parametrize(
    ("tws", "meant"),
    [
        (("95", "0,95", None, None), "95"),  # 0,95 x 100 = 95 beside 95: the fraction fits
        # the edge: 0,64 x 100 = 64, and 1,5 x 64 = 96 reaches 95: still told both ways
        (("95", "0,64", None, None), "64"),
    ],
)
def test_a_fraction_below_one_that_fits_is_still_told_both_ways(tws, meant):
    said = _at(_share(tws, "Nilai Akhir"), "L2")
    assert [f.severity for f in said] == [PERINGATAN], said
    assert f"Bila maksudnya {meant}%" in said[0].pesan and f"tulis {meant};" in said[0].pesan, said[0].pesan


def test_a_fraction_below_one_just_past_the_edge_is_a_slip():
    # 0,63 x 100 = 63, and 1,5 x 63 = 94,5 is below 95: far
    (said,) = _at(_share(("95", "0,63", None, None), "Nilai Akhir"), "L2")
    assert "jauh dari Realisasi TW I 95" in said.pesan and "tulis 63" not in said.pesan, said.pesan
