"""Anggaran: a quarter's spending under 0,1 % of its pagu typed WITH a scale word (`750 rb` of a pagu of
Rp 1.250.000.000, a BPBD's TW I): the peringatan asked "ditulis dalam ribuan atau juta tanpa kata
skala?", which it was not; it now quotes what was typed and names the scale word, with the amount one
scale up (Rp 750.000.000) as the likely meaning. A bare figure keeps the old advice.

Grids from tests/test_engine.py's helpers: Anggaran's header is row 1, the program on row 2 (F2 = TW I).
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import PERINGATAN
from tests.test_engine import anggaran_row, kinerja_row, run

_KINERJA = [kinerja_row("P1", "Program", "", "Program Penanggulangan Bencana", "Jumlah desa tangguh", 12, (2, None, None, None), satuan="Desa", jenis="Kumulatif")]  # fmt: skip


def _at_f2(report):
    return [f for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "F2")]


@pytest.mark.parametrize(
    ("typed", "read", "meant"),
    [
        # 750 x 1.000 = Rp 750.000 of 1.250.000.000: 0,06 % (< 0,1 %, under Rp 1 juta); one scale up
        # (juta) 750 x 1.000.000 = Rp 750.000.000
        ("750 rb", "Rp 750.000", "Rp 750.000.000"),
        ("Rp 750 ribu", "Rp 750.000", "Rp 750.000.000"),
        # 0,5 x 1.000.000 = Rp 500.000 (0,04 %); one scale up (miliar) 0,5 x 10^9 = Rp 500.000.000
        ("0,5 jt", "Rp 500.000", "Rp 500.000.000"),
    ],
)
def test_a_tiny_amount_typed_with_a_scale_word_is_not_said_to_lack_one(typed, read, meant):
    budget = [anggaran_row("P1", "Program Penanggulangan Bencana", "", "Rp. 1.250.000.000,-", (typed, None, None, None))]  # fmt: skip
    report = run(_KINERJA, budget, triwulan=1)
    (said,) = _at_f2(report)
    assert said.severity == PERINGATAN
    assert "tanpa kata skala" not in said.pesan, said.pesan
    assert f'"{typed}"' in said.pesan and f"({read})" in said.pesan
    assert f"maksudnya {meant}?" in said.pesan
    assert "kurang dari 0,1% pagu (Rp 1.250.000.000)" in said.pesan


def test_a_tiny_bare_amount_keeps_the_advice_to_add_a_scale_word():
    # 750.000 typed bare: Rp 750.000 of Rp 1.250.000.000, 0,06 %: ribuan or juta without a scale word?
    budget = [anggaran_row("P1", "Program Penanggulangan Bencana", "", "Rp. 1.250.000.000,-", (750000, None, None, None))]  # fmt: skip
    (said,) = _at_f2(run(_KINERJA, budget, triwulan=1))
    assert "tanpa kata skala" in said.pesan and "kurang dari 0,1% pagu" in said.pesan


@pytest.mark.parametrize("typed", ["Rp. 150 jt,-", "150 juta,-", "Rp 0,15 M.-"])
def test_a_scale_word_followed_by_the_rupiah_dash_is_read(typed):
    # ",-" (no sen) after the scale word, as after the digits ("Rp 150.000.000,-"): 150 x 1.000.000 =
    # Rp 150.000.000 (0,15 x 10^9 alike), 12 % of the pagu of Rp 1.250.000.000; it was a galat, "kata
    # 'jt,-' tidak dikenal"
    budget = [anggaran_row("P1", "Program Penanggulangan Bencana", "", "Rp. 1.250.000.000,-", (typed, None, None, None))]  # fmt: skip
    report = run(_KINERJA, budget, triwulan=1)
    assert report.budgets[0].realisasi == 150_000_000
    assert _at_f2(report) == [], [f.pesan for f in _at_f2(report)]


def test_no_amount_one_scale_up_is_offered_when_it_would_overspend_the_pagu():
    # TW I "750 rb" beside TW II "1,1 M" of a pagu of Rp 1.250.000.000: 750 juta would make
    # 750.000.000 + 1.100.000.000 = 1.850.000.000, over the pagu; "maksudnya Rp 750.000.000?" is no
    # likely meaning there. The amount is still quoted as typed, its scale word named.
    budget = [anggaran_row("P1", "Program Penanggulangan Bencana", "", "Rp. 1.250.000.000,-", ("750 rb", "1,1 M", None, None))]  # fmt: skip
    report = run(_KINERJA, budget, triwulan=2)
    (said,) = _at_f2(report)
    assert 'ditulis "750 rb"' in said.pesan and '"ribu"' in said.pesan
    assert "maksudnya" not in said.pesan and "tanpa kata skala" not in said.pesan, said.pesan


def test_the_amount_one_scale_up_is_offered_only_where_all_of_them_fit_the_pagu():
    # (review of newuser41) "750 rb" in TW I, II and III of a pagu of Rp 1.250.000.000: each alone
    # one scale up fits (750.000.000 + 2 x 750.000 <= 1.250.000.000), but the three typed alike are
    # slips together or none: 3 x 750.000.000 = 2.250.000.000, over the pagu. No "maksudnya" at any.
    budget = [anggaran_row("P1", "Program Penanggulangan Bencana", "", "Rp. 1.250.000.000,-", ("750 rb", "750 rb", "750 rb", None))]  # fmt: skip
    report = run(_KINERJA, budget, triwulan=3)
    assert report.budgets[0].realisasi_exact == 3 * 750_000  # the figure as typed, never changed
    said = [f for f in report.findings if f.sheet == "Anggaran" and 'ditulis "750 rb"' in f.pesan]
    assert [f.sel for f in said] == ["F2", "G2", "H2"]
    assert all("maksudnya" not in f.pesan and '"ribu"' in f.pesan for f in said), [f.pesan for f in said]


def test_two_slips_that_fit_together_are_both_offered():
    # "300 rb" (TW I) and "400 rb" (TW II) of Rp 1.250.000.000: 300.000.000 + 400.000.000 = 700.000.000
    # within the pagu: both offered one scale up; the figures stay 300.000 + 400.000 = 700.000
    budget = [anggaran_row("P1", "Program Penanggulangan Bencana", "", "Rp. 1.250.000.000,-", ("300 rb", "400 rb", None, None))]  # fmt: skip
    report = run(_KINERJA, budget, triwulan=2)
    assert report.budgets[0].realisasi_exact == 700_000
    said = {f.sel: f.pesan for f in report.findings if f.sheet == "Anggaran" and "maksudnya" in f.pesan}
    assert "maksudnya Rp 300.000.000?" in said["F2"] and "maksudnya Rp 400.000.000?" in said["G2"]


def test_a_real_small_amount_keeps_its_figure_beside_the_hint():
    # ATK bought for Rp 750.000 of a pagu of Rp 1.250.000.000 (it really was 750 ribu): the hint is a
    # peringatan only; the realisasi is 750.000 and the penyerapan 750.000 / 1.250.000.000 x 100 = 0,06
    budget = [anggaran_row("P1", "Program Penanggulangan Bencana", "", "Rp. 1.250.000.000,-", ("750 rb", None, None, None))]  # fmt: skip
    report = run(_KINERJA, budget, triwulan=1)
    (b,) = report.budgets
    assert b.realisasi_exact == 750_000 and round(b.penyerapan, 10) == 0.06
    assert [f.severity for f in report.findings if f.sel == "F2"] == [PERINGATAN]
