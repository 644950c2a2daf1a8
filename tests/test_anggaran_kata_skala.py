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
