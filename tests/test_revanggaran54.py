"""Review of anggaran54: one DPA jenis belanja line under its program said once never hides a program's
quarter that is below what its own part spent in it (the program's realisasi is what Tabel 3.4 counts)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_anggaran54 import _PROGRAM, _anggaran, _kinerja, _said
from tests.test_engine import anggaran_row, run


@pytest.mark.parametrize("program_tw2", ["Rp 0", "nihil", "Rp 50.000.000"])
def test_a_program_quarter_below_its_one_belanja_line_is_still_told(program_tw2):
    # the line (5.1.06, a part of the program) spent 100 jt + 200 jt = 300.000.000 s.d. TW II, under the
    # program's 400 jt + its TW II; but in TW II the part spent 200.000.000 where the whole program says
    # 0 or 50.000.000: the program's TW II is wrong (its penyerapan too low), told at its cell as before
    rows = _anggaran(("Rp 100.000.000,00", "Rp 200.000.000,00", None, None))
    rows[0] = anggaran_row(
        "2.06.04", _PROGRAM, "", "Rp 2.500.000.000,00", ("Rp 400.000.000,00", program_tw2, None, None)
    )
    report = run(_kinerja(), rows)
    said = _said(report)
    assert "G2" in [sel for sel, _ in said], said
    assert not any("sebagian belanjanya" in pesan for _, pesan in said), said


def test_a_program_with_every_quarter_above_its_one_belanja_line_stays_said_once():
    # per quarter the part within the whole: TW I 100 jt of 400 jt, TW II 200 jt of 250 jt (650.000.000 in all)
    rows = _anggaran(("Rp 100.000.000,00", "Rp 200.000.000,00", None, None))
    rows[0] = anggaran_row(
        "2.06.04", _PROGRAM, "", "Rp 2.500.000.000,00", ("Rp 400.000.000,00", "Rp 250.000.000", None, None)
    )
    report = run(_kinerja(), rows)
    assert [sel for sel, _ in _said(report)] == ["A3"], _said(report)
    # 400.000.000 + 250.000.000 = 650.000.000 counted, the line not again
    assert Fraction(report.total_realisasi_anggaran) == 650_000_000


def test_one_belanja_line_with_the_programs_whole_pagu_is_still_compared():
    # the line's pagu Rp 2.500.000.000 is the program's own: meant as the whole program, no part of it;
    # its 300 jt + 450 jt = 750.000.000 s.d. TW II against the program's 400 jt + 600 jt = 1.000.000.000
    # is told at the program's TW II (G2), as before
    rows = _anggaran(("Rp 300.000.000,00", "Rp 450.000.000,00", None, None), line_pagu="Rp 2.500.000.000")
    said = _said(run(_kinerja(), rows))
    assert "G2" in [sel for sel, _ in said], said
    assert not any("sebagian belanjanya" in pesan for _, pesan in said), said
