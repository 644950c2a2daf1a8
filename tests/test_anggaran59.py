"""anggaran59: the Anggaran sheet as SIPD exports and staff paste it.

- A quarter's spending typed "belum ada SP2D (Rp 0)": a galat "bukan angka" (the program's realisasi and
  penyerapan not computed) while Kinerja reads the same kind of text on; now read as the 0 it names, with
  a peringatan at the cell.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_engine import anggaran_row, run
from tests.test_spending_status_zero import NOTHING_YET

# --- "belum ada SP2D (Rp 0)": nothing spent yet, read as Rp 0 -----------------------------------------


@pytest.mark.parametrize("typed", ["belum ada SP2D (Rp 0)", "Belum ada SP2D, Rp 0,00", *NOTHING_YET])
def test_nothing_spent_yet_with_its_zero_is_read_as_rp_0_with_a_peringatan(typed):
    # Pagu 500.000.000, TW I 100.000.000, TW II the text: s.d. TW II 100.000.000 + 0 = 100.000.000,
    # 100.000.000 / 500.000.000 = 20 % (before: galat "bukan angka", realisasi and penyerapan none)
    report = run(
        _kinerja(), [anggaran_row("2.06.04", _PROGRAM, "", "500.000.000", ("100.000.000", typed, None, None))]
    )
    program = budget_of(report, "2.06.04")
    assert (program.realisasi_exact, program.penyerapan) == (Fraction(100_000_000), 20)
    assert not findings_by_cell(report, "Anggaran", GALAT)
    said = findings_by_cell(report, "Anggaran")["G2"]
    assert f'"{typed}" dibaca Rp 0' in said and "TW II" in said, said


def test_nothing_spent_yet_in_the_first_quarter_keeps_the_next_one_counted():
    # TW I "belum ada SP2D (Rp 0)", TW II 150.000.000: s.d. TW II 0 + 150.000.000 = 150.000.000 of
    # 600.000.000 = 25 %
    rows = [
        anggaran_row(
            "2.06.04", _PROGRAM, "", "Rp 600.000.000", ("belum ada SP2D (Rp 0)", "Rp 150.000.000", None, None)
        )
    ]
    program = budget_of(run(_kinerja(), rows), "2.06.04")
    assert (program.realisasi_exact, program.penyerapan) == (Fraction(150_000_000), 25)


@pytest.mark.parametrize(
    "typed", ["sementara Rp 0", "belum ada SP2D", "belum ada SP2D (Rp 40 jt)", "belum ada SP2D (2 lembar)"]
)
def test_a_provisional_zero_or_another_figure_stays_a_galat(typed):
    # not "nothing spent yet" with its zero: a provisional figure, no figure, a sum that is spending after
    # all, a count of documents: no realisasi guessed
    report = run(
        _kinerja(), [anggaran_row("2.06.04", _PROGRAM, "", "500.000.000", ("100.000.000", typed, None, None))]
    )
    assert budget_of(report, "2.06.04").penyerapan is None
    assert "G2" in findings_by_cell(report, "Anggaran", GALAT)
