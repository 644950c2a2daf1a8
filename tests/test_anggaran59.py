"""anggaran59: the Anggaran sheet as SIPD exports and staff paste it.

- A quarter's spending typed "belum ada SP2D (Rp 0)": a galat "bukan angka" (the program's realisasi and
  penyerapan not computed) while Kinerja reads the same kind of text on; now read as the 0 it names, with
  a peringatan at the cell.
- A total row typed in ribuan (``10.194.300`` for the programs' Rp 10.194.300.230) or with three zeros too
  many: "lain dari jumlah ... kurang Rp 10.184.105.930: periksa program yang belum ditulis"; now the
  peringatan names the scale slip and the figure to type.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import (
    THREE_PROGRAMS_PAGU,
    THREE_PROGRAMS_SPENT,
    anggaran_three_programs,
    budget_of,
    findings_by_cell,
    kinerja_three_programs,
)
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


# --- A total row in another scale than its programs ---------------------------------------------------


def _with_total(pagu, spent=None):
    # the seed's three programs (helpers_anggaran: pagu 10.194.300.230, spent s.d. TW II 1.371.490.750)
    # and a "JUMLAH" row under them: Pagu ``pagu``, TW II ``spent``
    rows = [*anggaran_three_programs(), anggaran_row("", "JUMLAH", "", pagu, (None, spent, None, None))]
    return run(kinerja_three_programs(), rows)


@pytest.mark.parametrize("pagu", ["10.194.300", "Rp 10.194.300", 10_194_300])
def test_a_total_pagu_typed_in_ribuan_is_told_so(pagu):
    # 10.194.300 x 1.000 = 10.194.300.000, 230 short of 10.194.300.230 (the ribuan cut): "dalam ribuan",
    # never "periksa program yang belum ditulis" (no program is missing); the totals counted from the rows
    report = _with_total(pagu)
    said = findings_by_cell(report, "Anggaran")["D5"]
    assert "kurang Rp 10.184.105.930" in said, said  # 10.194.300.230 - 10.194.300
    assert "ribuan rupiah" in said and "tulis dalam rupiah penuh, 10.194.300.230" in said, said
    assert "belum ditulis" not in said, said
    assert report.total_pagu == THREE_PROGRAMS_PAGU


def test_a_total_pagu_with_three_zeros_too_many_is_told_so():
    # 10.194.300.230.000 = 1.000 x 10.194.300.230: lebih 10.194.300.230 x 999 = 10.184.105.929.770
    said = findings_by_cell(_with_total("10.194.300.230.000"), "Anggaran")["D5"]
    assert "lebih Rp 10.184.105.929.770" in said and "3 angka nol berlebih" in said, said
    assert "tulis 10.194.300.230" in said and "belum ditulis" not in said, said


def test_a_total_realisasi_typed_in_ribuan_rounded_is_told_so():
    # TW II 1.371.491 (1.371.490.750 rounded in ribuan: 1.371.491.000, 250 over): said at its cell, the
    # pagu typed right quiet
    said = findings_by_cell(_with_total("10.194.300.230", "1.371.491"), "Anggaran")
    assert "D5" not in said, said
    assert "ribuan rupiah" in said["G5"] and "1.371.490.750" in said["G5"], said


def test_a_total_missing_a_program_keeps_its_advice():
    # 10.194.300.230 - 82.706.300 (P3.02 left out) = 10.111.593.930: no slip of scale
    said = findings_by_cell(_with_total("10.111.593.930"), "Anggaran")["D5"]
    assert "periksa program yang belum ditulis" in said and "ribuan" not in said, said
    assert THREE_PROGRAMS_SPENT == 1_371_490_750  # (the spending the realisasi test rounds)
