"""The rupiah dash (",-", ".-": no sen) after a scale word, as staff type it on every amount: `Rp 750
jt,-`. newuser41 read it in Anggaran's spending (`Rp. 750 jt,-`); tried here in every column that holds
rupiah, glued (`750jt,-`), spaced (`Rp 750 jt ,-`), and in Kinerja under a Satuan of rupiah, where
`750 jt` and `750.000.000,-` are read already.

Grids from tests/test_engine.py's helpers: Anggaran's header is row 1, the program on row 2 (D2 Pagu,
E2 Pagu Perubahan, F2-I2 TW I-IV); Kinerja's header row 1, the indicator on row 2 (K2 = TW I).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.test_engine import anggaran_row, kinerja_row, run

_KINERJA = [kinerja_row("P1", "Program", "", "Program Penanggulangan Bencana", "Jumlah desa tangguh", 12, (2, 3, 4, 5), satuan="Desa", jenis="Kumulatif")]  # fmt: skip


def _galat(report) -> list[str]:
    return [f"{f.sheet}!{f.sel} {f.pesan}" for f in report.findings if f.severity == GALAT]


@pytest.mark.parametrize("dash", ["Rp 750 jt,-", "Rp. 750 jt.-", "750 juta,-"])
def test_the_dash_after_a_scale_word_in_every_spending_column(dash):
    # Pagu Rp 2,5 M,- (2.500.000.000), Pagu Perubahan "Rp 3 M,-" (3.000.000.000, the pagu that
    # applies), TW I-IV 750 jt each: 4 x 750.000.000 = 3.000.000.000, 100 % of the Pagu Perubahan.
    budget = [anggaran_row("P1", "Program Penanggulangan Bencana", "", "Rp 2,5 M,-", (dash,) * 4, pagu_perubahan="Rp 3 M,-")]  # fmt: skip
    report = run(_KINERJA, budget, triwulan=4)
    assert _galat(report) == []
    (b,) = report.budgets
    assert b.pagu_exact == 3_000_000_000 and b.realisasi_exact == 4 * 750_000_000
    assert Fraction(b.penyerapan).limit_denominator(1000) == 100


def test_the_dash_after_a_scale_word_in_the_total_pagu():
    # Pengaturan's Total Pagu Perjanjian Kinerja "Rp 1,25 M,-" equals the program's Pagu 1.250.000.000:
    # no galat, no difference said
    budget = [anggaran_row("P1", "Program Penanggulangan Bencana", "", 1_250_000_000, (100_000_000, None, None, None))]  # fmt: skip
    report = run(_KINERJA, budget, triwulan=1, **{"Total Pagu Perjanjian Kinerja": "Rp 1,25 M,-"})
    assert report.settings.total_pagu == 1_250_000_000, _galat(report)
    assert [f for f in report.findings if f.sheet == "Pengaturan"] == []


@pytest.mark.parametrize("typed", ["750jt,-", "Rp750jt,-", "Rp 750 jt ,-", "Rp 750.000.000 ,-"])
def test_the_dash_glued_or_spaced_is_read_as_well(typed):
    # 750 x 1.000.000 = 750.000.000 of the pagu 1.250.000.000; "750jt" and "Rp 750.000.000,-" are read
    budget = [anggaran_row("P1", "Program Penanggulangan Bencana", "", 1_250_000_000, (typed, None, None, None))]  # fmt: skip
    report = run(_KINERJA, budget, triwulan=1)
    assert _galat(report) == []
    assert report.budgets[0].realisasi_exact == 750_000_000


@pytest.mark.parametrize("satuan", ["Rupiah", "Rp"])
def test_the_dash_after_a_scale_word_under_a_satuan_of_rupiah(satuan):
    # PAD realised 750 jt,- against a target of 1.000.000.000: 750.000.000 / 1.000.000.000 x 100 = 75 %
    # ("750 jt" and "750.000.000,-" are read there; "750 jt,-" was a galat, "kata 'jt,-' tidak dikenal")
    row = kinerja_row("S1", "Sasaran", "", "PAD meningkat", "Pendapatan asli daerah", 1_000_000_000, ("750 jt,-", None, None, None), satuan=satuan, jenis="Kumulatif")  # fmt: skip
    report = run([row], triwulan=1)
    assert _galat(report) == []
    (ind,) = report.indicators
    assert ind.capaian == 75


def test_the_dash_is_no_rupiah_mark_under_a_count():
    # "750 jt,-" of Satuan "orang" stays unread (a count with a scale word and the rupiah dash)
    row = kinerja_row("S1", "Sasaran", "", "Sasaran", "Jumlah peserta", 1000, ("750 jt,-", None, None, None), satuan="orang", jenis="Kumulatif")  # fmt: skip
    report = run([row], triwulan=1)
    assert [g for g in _galat(report) if g.startswith("Kinerja!K2 ")]
