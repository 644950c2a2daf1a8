"""A Kumulatif indicator's first quarter below a tenth of its target, the target typed with a scale word
and the quarter as a whole amount: `15 M` and `1.200.000.000` agree (1,2 M of 15 M is 8 %: a year's
flow starts small), yet the quarter was told "ditulis dengan skala berbeda ...; periksa besarnya" and
the sentences carried the note. A Kumulatif quarter is a part of its target: it agrees down to a
thousandth of it (the bound below which seperseribu.py lets a Kumulatif flow be), where the reading
without the scale word is no sensible figure; a quarter that could be read either way still says so.

Grids built by hand (tests/test_engine.py): Kinerja header row 1, data from row 2; K Realisasi TW I."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.kalimat import hasil_kalimat
from tests.test_engine import kinerja_row, run


def _run(satuan, target, tw1, jenis="Kumulatif"):
    row = kinerja_row("T1", "Tujuan", "", "Investasi", "Nilai investasi", target, (tw1, None, None, None), jenis=jenis, satuan=satuan)  # fmt: skip
    return run([row], triwulan=1)


def _noted(report):
    return [f.pesan for f in report.findings if "skala berbeda" in f.pesan]


@pytest.mark.parametrize(
    ("satuan", "target", "tw1", "capaian"),
    [
        ("Rp", "15 M", "1.200.000.000", Fraction(8)),  # 1.200.000.000 / 15.000.000.000 x 100 = 8 %
        ("Rp", "Rp 15 miliar", "Rp 450.000.000", Fraction(3)),  # 450 jt / 15 M x 100 = 3 %
        ("orang", "15 rb", "1.200", Fraction(8)),  # 1.200 / 15.000 x 100 = 8 %
        ("Rp", "15.000.000.000", "1,2 M", Fraction(8)),  # the scale word on the quarter: the same 8 %
    ],
)
def test_a_small_first_quarter_of_a_flow_in_the_targets_magnitude_is_quiet(satuan, target, tw1, capaian):
    report = _run(satuan, target, tw1)
    ind = report.indicators[0]
    assert ind.capaian_exact == capaian
    assert _noted(report) == [] and ind.satuan_beda == []
    assert "skala berbeda" not in hasil_kalimat(ind, report.settings)


@pytest.mark.parametrize(
    ("satuan", "target", "tw1"),
    [
        # 50 of 15 rb (0,33 %), or 50 ribu meant (333 %)? both readings sensible: the note stays
        ("orang", "15 rb", "50"),
        # 1.200.000 of 15 M is 0,008 %: below a thousandth, a scale left off (1,2 M?) is the doubt
        ("Rp", "15 M", "1.200.000"),
    ],
)
def test_a_quarter_that_reads_either_way_keeps_its_note(satuan, target, tw1):
    report = _run(satuan, target, tw1)
    assert report.findings and any("skala" in f.pesan for f in report.findings), report.findings


def test_a_level_below_a_tenth_keeps_its_note():
    # Nilai Akhir: a level of 1.200 beside a target 15 rb (8 %) is no part of a flow; the note stays
    report = _run("orang", "15 rb", "1.200", jenis="Nilai Akhir")
    assert len(_noted(report)) == 1


def test_a_quarter_at_its_whole_target_in_a_scale_word_stays_quiet():
    # Kumulatif target 12.500 ha, TW I "12,5 rb" = 12.500: 100 %; read without "rb" it would be 12,5, a
    # thousandth of the target, which is no reading to doubt the scale for
    report = _run("ha", "12.500", "12,5 rb")
    assert report.indicators[0].capaian_exact == 100
    assert _noted(report) == []
