"""rev_anggaran60: the review of anggaran60 (the Anggaran sheet as staff fill it)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_anggaran60 import _refund_program
from tests.test_engine import anggaran_row, run


@pytest.mark.parametrize(
    "funding",
    [
        [("DAU", None, (None, "-5.000.000", None))],
        [("DAU", None, (None, "-3.000.000", None)), ("DAK", None, (None, "-2.000.000", None))],
    ],
)
def test_a_funding_row_s_share_of_the_program_s_own_refund_is_no_koreksi(funding):
    # 2.06.04 TW II -5.000.000 (a refund, counted net): under it DAU's share of that same refund, -5.000.000
    # with no pagu (or DAU -3 jt and DAK -2 jt). The refund is already in the program's row: a share, left out.
    # Counted: 120 - 5 + 80 = 195.000.000 of 1.200.000.000 = 16,25 % (anggaran60 made it a koreksi galat,
    # "kurangkan Rp 5.000.000 dari realisasi TW II baris 2", counting the refund twice, and no TOTAL)
    report = _refund_program(*funding)
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_200_000_000, 195_000_000)
    assert budget_of(report, "2.06.04").penyerapan == Fraction(65, 4)
    assert "rincian sumber dana 2.06.04" in findings_by_cell(report, "Anggaran")["B3"]


def test_a_refund_row_under_a_program_spending_in_that_quarter_stays_a_koreksi():
    # guard: 2.06.04 TW II 100.000.000 spent, DAU -5.000.000 alone: a refund the program's 100 jt does not hold
    report = _refund_program(("DAU", None, (None, "-5.000.000", None)), tw2="100.000.000")
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert "Rp 100.000.000 - Rp 5.000.000 = Rp 95.000.000" in galat.get("A3", ""), galat


@pytest.mark.parametrize("tws", [("2.000.000", "3.000.000"), ("0", "0")])
def test_a_program_pagu_in_ribuan_over_kegiatan_in_rupiah_is_a_galat_whatever_its_spending(tws):
    # program 2.06.04 Pagu 1.200.000 over Kegiatan 700.000.000 + 500.000.000 = 1.200.000.000 = 1.000 x 1.200.000:
    # the rows say the pagu is in ribuan (D2). Spent little, 2 jt + 3 jt = 5.000.000 (5.000.000 / 1.200.000 =
    # 416,67 %, under the 10x of a pagu told by its spending alone) or nothing: anggaran60 still counted the
    # pagu as typed (416,67 % or 0 %, TOTAL pagu Rp 1.200.000) beside a peringatan; now the galat of a pagu
    # in ribuan over rincian in rupiah, as with 450 jt spent (test_anggaran59): pagu, penyerapan, TOTAL none
    p = "2.06.04"
    rows = [
        anggaran_row(p, _PROGRAM, "", "1.200.000", (*tws, None, None)),
        anggaran_row(f"{p}.1.01", "Kegiatan A", "", "700.000.000", (None, None, None, None)),
        anggaran_row(f"{p}.1.02", "Kegiatan B", "", "500.000.000", (None, None, None, None)),
    ]
    report = run(_kinerja(), rows)
    program = budget_of(report, p)
    assert (program.pagu, program.penyerapan, report.total_pagu) == (None, None, None)
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert "tulis dalam rupiah penuh, 1.200.000.000" in galat.get("D2", ""), galat
    assert "pagu dan penyerapan anggarannya tidak dihitung" in galat["D2"], galat
    # (pagu_seribu._said_ribuan cuts rincian.sum_differs' tail: a galat never says the program's figure is counted)
    assert "Yang dihitung" not in galat["D2"], galat
    assert "G2" not in findings_by_cell(report, "Anggaran")  # (no "melebihi pagu ... kumulatif" beside it)


def test_a_pagu_perubahan_a_thousandth_of_its_pagu_spent_within_stays_as_typed():
    # guard: Pagu 1.200.000.000 cut to a Pagu Perubahan of 1.250.000, 200.000 + 300.000 = 500.000 spent, within
    # it: a real cut may be so; counted as typed, 500.000 / 1.250.000 = 40 %, pagu_murni's peringatan (at E2
    # since anggaran62: spending within the smaller tells neither reading, 500.000 / 1.250.000.000 = 0,04 %)
    row = anggaran_row(
        "2.06.04", _PROGRAM, "", "1.200.000.000", ("200.000", "300.000", None, None), "1.250.000"
    )
    report = run(_kinerja(), [row])
    assert budget_of(report, "2.06.04").penyerapan == 40
    assert not findings_by_cell(report, "Anggaran", GALAT)
    said = findings_by_cell(report, "Anggaran")["E2"]  # (pagu_murni: both readings, neither chosen)
    assert "penyerapan 40,00% dengan Pagu Perubahan ini, 0,04% dengan Rp 1.250.000.000" in said, said
