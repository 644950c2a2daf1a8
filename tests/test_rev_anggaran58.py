"""Review of anggaran58: its fill-from-lines rules and the pagu-in-ribuan tell, broken as staff type.

- A DPA line whose Pagu is a word or below zero ends the run of lines (program_from_rincian._dpa_line):
  5.1's blank Pagu took the lines above it alone (Rp 700 jt of Rp 2,5 M), the program 142,86 % absorbed.
- A line's Pagu 0 beside its spending summed as nothing: the program's pagu short by that line.
- Lines carrying a Pagu Perubahan: 5.1's Pagu said filled with the Perubahan sum.
- A typed program over a 5.1 whose blank quarter is carried by lines whose Pagu disagrees with 5.1's: the
  blank still compared as nothing spent (a false "lebih Rp 600.000.000" beside the real Pagu slip).
- The one "tidak sama" at the program named 5.1's row in its sum without saying its blank quarter was read
  as its lines' sum (the sum could not be found from the cells).
- One quarter typed a thousand times over beside a right pagu: told as the pagu typed in ribuan.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_anggaran58 import _blank_dpa, _one_program
from tests.test_engine import anggaran_row, run

# --- A blank 5.1 Pagu filled from its lines: only from lines that give a pagu -----------------------------


@pytest.mark.parametrize("pagu", ["belum ada", "(1.800.000.000)"])
def test_a_blank_5_1_pagu_over_a_line_whose_pagu_is_no_figure_is_not_filled(pagu):
    # 5.1.06's Pagu a word or below zero: 5.1's pagu is not known, never 5.1.02's 700 jt alone (which made
    # the program's pagu 700 jt beside 5.1's own 400 + 600 = 1.000 jt spent: 142,86 %)
    report = run(_kinerja(), _blank_dpa(sosial_pagu=pagu))
    assert budget_of(report, "2.06.04").pagu is None
    assert "D3" not in findings_by_cell(report, "Anggaran")  # (no "Pagu jenis belanja 5.1 kosong: diisi")
    assert "D2" in findings_by_cell(report, "Anggaran", GALAT)


def test_a_blank_5_1_pagu_over_a_line_with_pagu_0_beside_spending_is_not_filled():
    # 5.1.06's Pagu 0 beside its 300 + 350 = 650 jt spent: no pagu to sum (the program's would be 700 jt +
    # 500 jt = 1.200 jt, its 1.200 jt spent 100 %), so not filled, the galat as before
    report = run(_kinerja(), _blank_dpa(sosial_pagu="0"))
    assert budget_of(report, "2.06.04").pagu is None
    assert "D2" in findings_by_cell(report, "Anggaran", GALAT)


def test_a_line_with_pagu_0_and_nothing_spent_adds_nothing_to_the_filled_pagu():
    # 5.1.07 dropped in the APBD (Pagu 0, no spending): 5.1 = 700.000.000 + 1.800.000.000 + 0 =
    # 2.500.000.000; the program 2.500 jt + 500 jt = 3.000.000.000, s.d. TW II 1.200.000.000: 40 %
    rows = _blank_dpa()
    rows.insert(4, anggaran_row("5.1.07", "Belanja Hibah", "", "0"))
    report = run(_kinerja(), rows)
    program = budget_of(report, "2.06.04")
    assert (Fraction(program.pagu), program.penyerapan) == (3_000_000_000, 40)


def test_a_blank_5_1_pagu_over_lines_with_a_pagu_perubahan_names_both_sums():
    # 5.1.02 Pagu 700 jt, Pagu Perubahan 650 jt; 5.1.06 1.800 jt (no revision): 5.1's Pagu 700 + 1.800 =
    # 2.500.000.000, its Pagu Perubahan 650 + 1.800 = 2.450.000.000; the program's pagu 2.450 + 500 =
    # 2.950.000.000 (PK 3.000.000.000). The cell said both, not the Perubahan's as its Pagu
    rows = _blank_dpa()
    rows[2] = anggaran_row(
        "5.1.02", "Belanja Barang dan Jasa", "", "Rp 700.000.000,00",
        ("Rp 100.000.000,00", "Rp 250.000.000,00", None, None), pagu_perubahan="Rp 650.000.000,00",
    )  # fmt: skip
    report = run(_kinerja(), rows)
    program = budget_of(report, "2.06.04")
    assert (Fraction(program.pagu), program.pagu_pk_exact) == (2_950_000_000, 3_000_000_000)
    said = findings_by_cell(report, "Anggaran")["D3"]
    assert "Pagu Rp 2.500.000.000" in said and "Pagu Perubahan Rp 2.450.000.000" in said, said


# --- A typed program over a 5.1 with a blank quarter, its lines' pagu disagreeing --------------------------


def _typed(sosial_pagu="Rp 1.800.000.000,00", sosial_tw2="Rp 350.000.000,00"):
    # program 3.000 jt (TW I 500 jt, TW II 700 jt) over 5.1 2.500 jt (TW I 400 jt, TW II blank) over 5.1.02
    # 700 jt (100 jt, 250 jt) and 5.1.06 ``sosial_pagu`` (300 jt, ``sosial_tw2``); 5.2 500 jt (100, 100 jt)
    rows = _blank_dpa(
        operasi_pagu="Rp 2.500.000.000,00", sosial_pagu=sosial_pagu, operasi_tws=("Rp 400.000.000,00", None)
    )
    rows[0] = anggaran_row(
        "2.06.04", _PROGRAM, "", "Rp 3.000.000.000,00", ("Rp 500.000.000,00", "Rp 700.000.000,00", None, None)
    )
    rows[3] = anggaran_row(
        "5.1.06", "Belanja Bantuan Sosial", "", sosial_pagu, ("Rp 300.000.000,00", sosial_tw2, None, None)
    )
    return run(_kinerja(), rows)  # fmt: skip


def test_a_5_1_blank_quarter_over_lines_whose_pagu_disagrees_is_still_read_as_their_sum():
    # 5.1.06's Pagu 1.700 jt: 5.1's 2.500 jt against its lines' 700 + 1.700 = 2.400 jt, lebih 100.000.000,
    # the one slip (at D3). Its lines are 5.1's by their Kode: its blank TW II is theirs, 250 + 350 = 600 jt,
    # and the program's 500 + 700 = 1.200 jt = (400 + 600) + (100 + 100): nothing more to say (before: a
    # false "lebih Rp 600.000.000" at G2 and "kurang Rp 600.000.000" at G3)
    said = findings_by_cell(_typed(sosial_pagu="Rp 1.700.000.000,00"), "Anggaran")
    assert "Rp 100.000.000" in said["D3"], said
    assert not {"G2", "G3"} & set(said), said


def test_the_one_tidak_sama_says_how_the_blank_5_1_quarter_was_read():
    # 5.1.06's TW II 400 jt: 5.1's blank TW II read as 250 + 400 = 650 jt, the lines 1.250 jt s.d. TW II
    # against the program's 1.200 jt. The sum names 5.1 baris 3, whose TW II cell is blank: it says so and
    # the figure read, else staff cannot find (400 + 650) + 200 = 1.250 jt from the cells
    said = findings_by_cell(_typed(sosial_tw2="Rp 400.000.000,00"), "Anggaran")
    assert "Rp 1.250.000.000" in said["G2"], said
    assert "TW II kosong" in said["G2"] and "Rp 650.000.000" in said["G2"], said["G2"]
    assert "G3" not in said, said


# --- The pagu-in-ribuan tell: not on a quarter slipped a thousand times over --------------------------------


def test_one_quarter_a_thousand_times_over_beside_a_right_pagu_is_not_told_as_a_pagu_in_ribuan():
    # Pagu 500.000.000, TW I 100.000.000 (20 % of it), TW II 150.000.000.000 (a quarter three zeros over):
    # s.d. TW II 150.100.000.000 = 300,2 times the pagu, inside the tell's 10..1000; TW I within the pagu and
    # TW II read a thousandth, 100.000.000 + 150.000.000 = 250.000.000 of 500.000.000 (50 %): the pagu may
    # be right, no galat at D2. Since anggaran61 no 30.020 % either (it was printed with "melebihi pagu"): a
    # galat at G2 naming both readings, the other 150.100.000.000 / 500.000.000.000 = 30,02 %
    report = _one_program("500.000.000", ("100.000.000", "150.000.000.000"))
    said = findings_by_cell(report, "Anggaran", GALAT)
    assert set(said) == {"G2"}, said
    for part in (
        "tulis TW II 150.000.000 (penyerapan 50,00%)",
        "tulis pagu 500.000.000.000 (penyerapan 30,02%)",
    ):
        assert part in said["G2"], said
    assert budget_of(report, "2.06.04").penyerapan is None


def test_a_pagu_in_ribuan_with_a_small_first_quarter_is_still_told():
    # Pagu 1.200.000 (Rp 1,2 M), TW I 2.000.000 (bank fees: above the pagu as typed, 0,17 % of Rp 1,2 M),
    # TW II 448.000.000: s.d. TW II 450.000.000 = 375 times the pagu, 37,50 % of Rp 1.200.000.000
    said = findings_by_cell(_one_program("1.200.000", ("2.000.000", "448.000.000")), "Anggaran", GALAT)
    assert "tulis 1.200.000.000" in said["D2"] and "37,50%" in said["D2"], said
