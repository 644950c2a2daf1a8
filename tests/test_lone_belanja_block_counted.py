"""A block of DPA belanja lines on top of Anggaran (an outer line and its rincian) that Pengaturan's Total
Pagu Perjanjian Kinerja counts as the agency's own: each line's peringatan said once (lone_belanja once
called the block's counting per line, so a two-line block said every peringatan twice)."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

from tests.test_mend32a import _example
from tests.test_mend32d import SEED_PAGU, _two_on_top


def test_a_counted_block_on_top_says_each_peringatan_once(tmp_path):
    def edit(ws) -> None:
        _two_on_top(
            ("5.1", "BELANJA OPERASI", 13_000_000_000, 2_000_000_000),
            ("5.1.01", "Belanja Pegawai", 1_000_000_000, 0),
        )(ws)
        # the seed's TOTAL 27.805.047.633 + the outer line's 13.000.000.000 = 40.805.047.633
        ws.parent["Pengaturan"]["B16"] = SEED_PAGU + 13_000_000_000

    report = _example(tmp_path, edit)
    said = Counter(
        (f.sel, f.pesan) for f in report.findings if f.sheet == "Anggaran" and f.sel in ("A4", "A5")
    )
    assert sorted(sel for sel, _ in said) == ["A4", "A5"]
    assert set(said.values()) == {1}
    # the outer 5.1 counted (the Total PK agrees), its 5.1.01 rincian not added again
    assert Fraction(report.total_pagu) == SEED_PAGU + 13_000_000_000
