"""Mend round 34o: what a review (revN) found in the Anggaran findings on a typed total.

1. A typed "Jumlah" row of 11.500.000 under programs spending 9.999.999,996 (a formula's value) and
   1.500.000 said "(Rp 11.500.000) lain dari ... (Rp 11.500.000,00), lebih Rp 0,00": a difference of
   0,004, float noise of the formula, below half a sen, is the same amount (no finding); a sen or more
   is still said.
2. The amounts of those findings used whole_or_two, not the report's one rule for an amount's
   decimals (styles.rupiah_figure): Tabel 3.3/3.4 show 11.499.999,996, the finding "11.500.000,00".
"""

from __future__ import annotations

from fractions import Fraction

import openpyxl

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.core.kalimat import selisih_rupiah
from tests.test_mend34e import _workbook


def _with_jumlah(path, programs, pagu, realisasi):
    """``programs`` (see test_mend34e._workbook) with a "Jumlah" row typed below them: ``pagu`` and
    ``realisasi`` TW II as staff type them (a str) or a formula leaves them (a number)."""
    _workbook(path, "Dinas A", programs)
    wb = openpyxl.load_workbook(path)
    ws = wb[c.SHEET_ANGGARAN]
    header = next(r for r in ws.iter_rows() if any(cell.value == "Realisasi TW II" for cell in r))
    cols = {cell.value: cell.column for cell in header}
    last = max(cell.row for cell in ws["A"] if isinstance(cell.value, str) and cell.value.startswith("P1.0"))
    ws.cell(last + 1, cols["Program"]).value = "Jumlah"
    ws.cell(last + 1, cols["Pagu"]).value = pagu
    ws.cell(last + 1, cols["Realisasi TW II"]).value = realisasi
    wb.save(path)
    return lkj_xl.load_report(path)


def _total_findings(report) -> list[str]:
    return [f.pesan for f in report.findings if f.sheet == c.SHEET_ANGGARAN and "lain dari jumlah" in f.pesan]


def test_typed_total_within_half_a_sen_of_the_programs_is_the_same_amount(tmp_path):
    # programs: 9.999.999,996 + 1.500.000 = 11.499.999,996; typed 11.500.000: 11.500.000 - 11.499.999,996
    # = 0,004 < 0,005 (half a sen): the formula's noise, no finding. Pagu 10.000.000 + 2.000.000 = 12.000.000.
    assert Fraction(11_500_000) - (Fraction("9999999.996") + 1_500_000) == Fraction(4, 1000)
    report = _with_jumlah(
        tmp_path / "a.xlsx", [("10.000.000", 9999999.996), ("2.000.000", "1.500.000")], 12000000, 11500000
    )
    assert _total_findings(report) == []


def test_typed_total_a_sen_off_is_said_in_the_reports_figures(tmp_path):
    # programs: 9.999.999,996 + 1.500.000 = 11.499.999,996 (Tabel 3.4 prints 11.499.999,996: it rounds
    # to a whole 11.500.000,00 at the sen, so it keeps its third decimal); typed 11.500.000,01:
    # 11.500.000,01 - 11.499.999,996 = 0,014, a sen and more -> said, "lebih Rp 0,01" (two decimals).
    assert Fraction("11500000.01") - Fraction("11499999.996") == Fraction(14, 1000)
    report = _with_jumlah(
        tmp_path / "a.xlsx",
        [("10.000.000", 9999999.996), ("2.000.000", "1.500.000")],
        12000000,
        "11.500.000,01",
    )
    (said,) = _total_findings(report)
    assert "(Rp 11.500.000,01) lain dari jumlah" in said
    assert "(Rp 11.499.999,996), lebih Rp 0,01:" in said


def test_typed_total_whole_amounts_keep_their_text(tmp_path):
    # programs 7.000.000 + 1.500.000 = 8.500.000, typed 8.600.000: lebih 100.000, all whole rupiah.
    report = _with_jumlah(
        tmp_path / "a.xlsx", [("10.000.000", "7.000.000"), ("2.000.000", "1.500.000")], 12000000, "8.600.000"
    )
    (said,) = _total_findings(report)
    assert "(Rp 8.600.000) lain dari jumlah" in said
    assert "(Rp 8.500.000), lebih Rp 100.000:" in said


def test_selisih_rupiah_uses_the_reports_decimals():
    # the reports' rule (styles.rupiah_decimals): whole stays whole, sen two decimals (0,005 rounds half
    # up to 0,01), an amount that rounds to a whole 0,00 at the sen keeps its own digits: 0,004, never 0,00.
    assert selisih_rupiah(Fraction(6000)) == "lebih Rp 6.000"
    assert selisih_rupiah(Fraction(-110_228_979)) == "kurang Rp 110.228.979"
    assert selisih_rupiah(Fraction(1, 2)) == "lebih Rp 0,50"
    assert selisih_rupiah(Fraction(5, 1000)) == "lebih Rp 0,01"
    assert selisih_rupiah(Fraction(-4, 1000)) == "kurang Rp 0,004"


def _with_total_pagu(path, pagu_first, total):
    """Programs of pagu ``pagu_first`` (a formula's number) and 2.000.000, Pengaturan's Total Pagu
    Perjanjian Kinerja ``total``."""
    _workbook(path, "Dinas A", [("10.000.000", "9.000.000"), ("2.000.000", "1.500.000")])
    wb = openpyxl.load_workbook(path)
    ws = wb[c.SHEET_ANGGARAN]
    header = next(r for r in ws.iter_rows() if any(cell.value == "Pagu" for cell in r))
    col = next(cell.column for cell in header if cell.value == "Pagu")
    first = min(cell.row for cell in ws["A"] if isinstance(cell.value, str) and cell.value.startswith("P1.0"))
    ws.cell(first, col).value = pagu_first
    for row in wb[c.SHEET_PENGATURAN].iter_rows():
        if row[0].value == c.P_TOTAL_PAGU:
            row[1].value = total
    wb.save(path)
    return lkj_xl.load_report(path)


def _total_pagu_said(report) -> list[str]:
    from lkj_xl.core.kalimat import total_pk_beda

    said = [f.pesan for f in report.findings if f.sheet == c.SHEET_PENGATURAN and "Total Pagu" in f.pesan]
    return said + ([beda] if (beda := total_pk_beda(report.budgets, report.settings)) else [])


def test_total_pagu_within_half_a_sen_of_the_programs_is_the_same_amount(tmp_path):
    # pagu 9.999.999,996 (a formula) + 2.000.000 = 11.999.999,996; Total Pagu 12.000.000 is 0,004 more,
    # below half a sen: neither the peringatan at the Total nor the note under Tabel 3.4 / in the mail.
    assert Fraction(12_000_000) - (Fraction("9999999.996") + 2_000_000) == Fraction(4, 1000)
    assert _total_pagu_said(_with_total_pagu(tmp_path / "a.xlsx", 9999999.996, 12000000)) == []


def test_total_pagu_a_sen_off_is_still_said(tmp_path):
    # pagu 9.999.999,99 + 2.000.000 = 11.999.999,99; Total 12.000.000 - 11.999.999,99 = 0,01: a sen, said
    # in the peringatan ("kurang Rp 0,01" from the programs' side) and in the note ("lebih Rp 0,01").
    said = _total_pagu_said(_with_total_pagu(tmp_path / "a.xlsx", 9999999.99, 12000000))
    assert len(said) == 2
    assert (
        "(Rp 11.999.999,99) tidak sama dengan Total Pagu Perjanjian Kinerja (Rp 12.000.000), kurang Rp 0,01"
        in said[0]
    )
    assert "Rp 12.000.000, lebih Rp 0,01 dari jumlah pagu program" in said[1]


def test_spending_within_half_a_sen_above_the_pagu_is_not_over_the_pagu(tmp_path):
    # (review of mend34o) realisasi 10.000.000,004 (a formula's value) of a pagu of 10.000.000:
    # 10.000.000,004 - 10.000.000 = 0,004 < 0,005, the same amount; the finding said "(Rp 10.000.000,004)
    # melebihi pagu (Rp 10.000.000)" or, rounded, an amount over itself. 10.000.000,05 (5 sen) still is.
    assert Fraction("10000000.004") - 10_000_000 == Fraction(4, 1000)
    report = _with_jumlah(tmp_path / "a.xlsx", [("10.000.000", 10000000.004)], None, None)
    assert not [f for f in report.findings if "melebihi pagu" in f.pesan]
    report = _with_jumlah(tmp_path / "b.xlsx", [("10.000.000", "10.000.000,05")], None, None)
    assert [f for f in report.findings if "melebihi pagu" in f.pesan]
