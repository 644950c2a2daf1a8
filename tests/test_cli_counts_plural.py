"""The CLI's count of what a workbook holds says "1 program", not "1 programs" (newuser40: an agency with
one program printed `wrote hasil.xlsx: 3 indicators, 1 programs`). English nouns for the admin's CLI."""

from __future__ import annotations

from lkj_xl.build import sizes
from tests.test_engine import anggaran_row, kinerja_row, run


def _report(programs: int):
    kinerja = [kinerja_row("S1", "Sasaran", "", "Akses", "Indikator S1", 100, (50, None, None, None))]
    budgets = []
    for i in range(1, programs + 1):
        kinerja.append(
            kinerja_row(
                f"P{i}", "Program", "S1", f"Program {i}", f"Indikator P{i}", 10, (5, None, None, None)
            )
        )
        budgets.append(anggaran_row(f"P{i}", f"Program {i}", "", "100 jt", ("10 jt", None, None, None)))
    return run(kinerja, budgets, triwulan=1)


def test_one_program_and_indicators_counted_in_english():
    # one Sasaran indicator + one program indicator = 2 indicators; one Anggaran row = 1 program
    assert sizes(_report(1)) == "2 indicators, 1 program"


def test_two_programs():
    # 1 + 2 indicators, 2 Anggaran rows
    assert sizes(_report(2)) == "3 indicators, 2 programs"


def test_one_indicator_no_program():
    # the Sasaran's indicator alone, no Anggaran row
    assert sizes(_report(0)) == "1 indicator, 0 programs"
