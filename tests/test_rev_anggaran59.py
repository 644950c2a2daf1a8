"""rev_anggaran59: review of anggaran59 (the Anggaran sheet as SIPD exports and staff paste it).

- A row named as a funding source (``BLUD RSUD``, ``Dana BOS``, ``Bantuan Keuangan Desa``) with a blank Kode
  under a program was left out as that program's share even when its pagu is above the program's: a real
  program of its own dropped from Tabel 3.4, with a peringatan saying its figures were "sudah termasuk"
  in the program above (false). A part is never above its whole: such a row keeps its galat.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_engine import anggaran_row, run


def _program_and(*rows):
    # program 2.06.04 Pagu 1.200.000.000, TW I 150 jt, TW II 300 jt, then ``rows`` with a blank Kode
    program = anggaran_row(
        "2.06.04", _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None)
    )
    return run(
        _kinerja(),
        [program, *(anggaran_row("", name, "", pagu, (*tws, None, None)) for name, pagu, tws in rows)],
    )


@pytest.mark.parametrize(
    "name", ["BLUD RSUD", "Dana BOS", "Bantuan Keuangan Desa", "Badan Layanan Umum Daerah"]
)
def test_a_funding_named_row_above_the_program_s_pagu_is_no_share_of_it(name):
    # 2.000.000.000 > 1.200.000.000: not a part of 2.06.04; left out, Tabel 3.4's total would be 1,2 M with a
    # program of 2 M missing. Its blank Kode keeps the galat: no total printed without it (as on main)
    report = _program_and((name, "2.000.000.000", ("500.000.000", "500.000.000")))
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert "A3" in galat and "kosong" in galat["A3"], galat
    assert report.total_pagu is None, report.total_pagu
    assert "dibaca rincian sumber dana" not in str(findings_by_cell(report, "Anggaran")), report.findings


def test_funding_rows_summing_above_the_program_s_pagu_keep_the_galat_at_the_one_too_many():
    # DAU 700 jt fits 1.200 jt (left out as before); DAK 600 jt after it: 700 + 600 = 1.300 jt > 1.200 jt, so
    # not both are shares of 2.06.04: the DAK row keeps its galat and no total is printed
    report = _program_and(
        ("DAU", "700.000.000", ("100.000.000", "200.000.000")),
        ("DAK", "600.000.000", ("50.000.000", "100.000.000")),
    )
    said = findings_by_cell(report, "Anggaran")
    assert "rincian sumber dana 2.06.04" in said["B3"], said
    assert "kosong" in findings_by_cell(report, "Anggaran", GALAT)["A4"], said
    assert report.total_pagu is None


def test_a_funding_row_spending_above_the_program_s_quarter_is_no_share_of_it():
    # DAK 500 jt (within 1.200 jt) but TW II 400 jt above the program's TW II 300 jt: no share of it
    report = _program_and(("DAK", "500.000.000", ("50.000.000", "400.000.000")))
    assert "A3" in findings_by_cell(report, "Anggaran", GALAT)
    assert report.total_pagu is None


def test_funding_rows_adding_up_to_the_program_are_still_left_out():
    # DAU 700 jt (100 + 200 jt) + PAD 500 jt (50 + 100 jt) = 1.200 jt, 150 jt, 300 jt: the program's own
    # figures exactly, left out; counted 1.200.000.000, s.d. TW II 450.000.000, 37,5 %
    report = _program_and(
        ("DAU", "700.000.000", ("100.000.000", "200.000.000")),
        ("Dana Alokasi Khusus", "500.000.000", ("50.000.000", "100.000.000")),
    )
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_200_000_000, 450_000_000)
    assert budget_of(report, "2.06.04").penyerapan == Fraction(75, 2)


def test_funding_rows_with_the_murni_pagu_under_a_program_s_pagu_perubahan_are_still_left_out():
    # program Pagu 1.200.000.000, Pagu Perubahan 1.000.000.000 (in use); DAU 700 jt + DAK 500 jt typed in Pagu
    # only = 1.200 jt, the program's murni Pagu: shares of it (compared column by column), left out; counted
    # 1.000.000.000, s.d. TW II 150 + 300 = 450.000.000, 45 %
    program = anggaran_row(
        "2.06.04", _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None), "1.000.000.000"
    )
    rows = [
        anggaran_row("", "DAU", "", "700.000.000", ("100.000.000", "200.000.000", None, None)),
        anggaran_row("", "DAK", "", "500.000.000", ("50.000.000", "100.000.000", None, None)),
    ]
    report = run(_kinerja(), [program, *rows])
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_000_000_000, 450_000_000)
    assert budget_of(report, "2.06.04").penyerapan == 45


def test_a_funding_source_in_kode_above_the_program_is_a_galat_not_a_program():
    # Kode "DAU" 700 jt fits 1.200 jt (left out); Kode "DAK" 600 jt after it: 700 + 600 = 1.300 jt > 1.200 jt.
    # Counted as a program "DAK" of its own, Tabel 3.4's total was 1.200 + 600 = 1.800.000.000 with only a
    # "tidak ada di sheet Kinerja" peringatan; now a galat at its Kode and no total
    program = anggaran_row(
        "2.06.04", _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None)
    )
    rows = [
        anggaran_row(
            "DAU", "Dana Alokasi Umum", "", "700.000.000", ("100.000.000", "200.000.000", None, None)
        ),
        anggaran_row(
            "DAK", "Dana Alokasi Khusus", "", "600.000.000", ("50.000.000", "100.000.000", None, None)
        ),
    ]
    report = run(_kinerja(), [program, *rows])
    assert [b.kode for b in report.budgets if b.kode] == ["2.06.04"]
    assert report.total_pagu is None, report.total_pagu
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert galat["A4"].startswith('Kode "DAK" adalah nama sumber dana, bukan Kode program'), galat


def test_a_funding_source_in_kode_after_the_total_is_a_galat():
    # Kode "DAK", Program blank, 1.500.000.000 after the JUMLAH row, above the program's 1.200.000.000: no
    # share of it (anggaran59: left out as the program's share, Tabel 3.4's total 1.200.000.000 with a
    # peringatan saying its figures were already in the program's); now its galat, no total
    rows = [
        anggaran_row("2.06.04", _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None)),
        anggaran_row("", "JUMLAH", "", "1.200.000.000", ("150.000.000", "300.000.000", None, None)),
        anggaran_row("DAK", "", "", "1.500.000.000", ("50.000.000", "100.000.000", None, None)),
    ]
    report = run(_kinerja(), rows)
    assert report.total_pagu is None
    assert "sumber dana" in findings_by_cell(report, "Anggaran", GALAT)["A4"]
