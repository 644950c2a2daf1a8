"""Mend round 34j: what a review (revH) of mend34e found.

1. Kumulatif running totals corrected then rising (100; 400; 390; 395 of 471: 1.285, 272,82 %) were
   summed without a word while 100; 400; 390; 380 (a lower TW IV) was said; a stock typed Kumulatif
   dipping more than 10 % (500; 520; 450; 480 of 520) and a stock corrected in a TW III report (500;
   520; 510 of 520) likewise.
2. A small TW III dip then TW IV at least the sum of TW I-III (100; 120; 115; 460 of 500) lost the
   precise "tulis realisasi TW IV saja (460 - 335 = 125)" for the running-total message.
3. One odd amount (a formula's 9.999.999,996) put 3-4 decimals on its whole column, a whole Pemda
   rekap included; the same TOTAL read with 3-4 decimals in Tabel 3.4 and with 2 in Tabel 3.3 and the
   sentences. A column shows 2 decimals at most; a cell that needs more has its own format.
5. Word's Tabel 2.4 (Bab II) showed its Anggaran column cell by cell ("10.000.000" above "1.234.567,50").
"""

from __future__ import annotations

from fractions import Fraction

import openpyxl
import pytest

from lkj_xl.core import contract as c
from tests.helpers_staff import sasaran_rows
from tests.test_engine import run
from tests.test_mend34e import _cell_decimals, _workbook

SUMMED = "Kumulatif menjumlahkannya"


def _said(target: str, tws: tuple, triwulan: int = 4) -> list:
    report = run(sasaran_rows([("S1", target, tws)], jenis="Kumulatif"), [], triwulan=triwulan)
    return report, [
        f for f in report.findings if SUMMED in f.pesan or "tidak kurang dari jumlah TW I-III" in f.pesan
    ]


# --- 1. corrected then rising, a stock dipping, a correction in a TW III report -----------------------


@pytest.mark.parametrize(
    ("target", "tws", "total", "where"),
    [
        # 100 + 400 + 390 + 395 = 1.285 of 471; TW IV 395 is at least 3/4 of 471 (353,25)
        (
            "471",
            ("100", "400", "390", "395"),
            Fraction(1285),
            "kecuali TW III (Kinerja!M2) yang sedikit di bawah",
        ),
        # 100 + 400 + 390 + 420 = 1.310 of 471
        (
            "471",
            ("100", "400", "390", "420"),
            Fraction(1310),
            "kecuali TW III (Kinerja!M2) yang sedikit di bawah",
        ),
        # fix15's: 100 + 400 + 390 + 380 = 1.270 of 471 (380 >= 353,25): still said
        (
            "471",
            ("100", "400", "390", "380"),
            Fraction(1270),
            "lalu TW III (Kinerja!M2) dan TW IV (Kinerja!N2)",
        ),
        # a stock dipping 13,5 % (450 of 520): 500 + 520 + 450 + 480 = 1.950 of 520; each quarter alone
        # at least 3/4 of the Target (390): no year of flows; the dip is no "sedikit"
        ("520", ("500", "520", "450", "480"), Fraction(1950), "kecuali TW III (Kinerja!M2) yang di bawah"),
    ],
)
def test_every_corrected_running_total_near_the_target_is_said(target, tws, total, where):
    report, said = _said(target, tws)
    assert len(said) == 1 and said[0].sel == "N2" and where in said[0].pesan
    assert f"({'; '.join(tws)})" in said[0].pesan
    assert report.indicators[0].realisasi == pytest.approx(float(total))  # computed as typed


def test_a_stock_corrected_in_a_tw3_report_is_said():
    # 500 + 520 + 510 = 1.530 of 520 (294,23 %): TW III 510 alone is at least 90 % of 520 (468)
    report, said = _said("520", ("500", "520", "510", None), triwulan=3)
    assert (
        len(said) == 1
        and said[0].sel == "M2"
        and "naik sampai TW II lalu TW III sedikit di bawahnya" in said[0].pesan
    )
    assert "s.d. TW III 1.530 melebihi Target (520)" in said[0].pesan
    assert report.indicators[0].realisasi == 1530


@pytest.mark.parametrize(
    ("target", "tws", "triwulan"),
    [
        ("200", ("100", "120", "115", "130"), 4),  # flows: TW IV 130 under 3/4 of 200 (150)
        ("200", ("100", "120", "115", "110"), 4),  # flows: TW IV 110 under 150 (was said)
        ("180", ("100", "105", "100", "95"), 4),  # flows each about half the target
        ("200", ("100", "150", "120", "110"), 4),  # a 20 % dip with quarters far under the target
        # TW III report, a running total not yet near the year's target: 390 under 90 % of 471 (423,9)
        ("471", ("100", "400", "390", None), 3),
        ("400", ("100", "333", "320", None), 3),  # 320 under 360
    ],
)
def test_flows_and_running_totals_far_from_the_target_stay_quiet(target, tws, triwulan):
    assert not _said(target, tws, triwulan)[1]


# --- 2. TW IV at least the sum of TW I-III after a small dip ------------------------------------------


@pytest.mark.parametrize(
    ("target", "tws", "advice"),
    [
        ("500", ("100", "120", "115", "460"), "(460 - 335 = 125)"),  # 100 + 120 + 115 = 335
        ("40", ("10", "12", "11", "38"), "(38 - 33 = 5)"),  # 10 + 12 + 11 = 33
        ("1.000", ("200", "250", "240", "950"), "(950 - 690 = 260)"),  # 200 + 250 + 240 = 690
    ],
)
def test_tw4_the_year_s_total_after_a_dip_is_said_as_the_year(target, tws, advice):
    _, said = _said(target, tws)
    assert len(said) == 1 and said[0].sel == "N2"
    assert "tidak kurang dari jumlah TW I-III" in said[0].pesan and advice in said[0].pesan


# --- 3. an odd amount in a column of amounts with sen ---------------------------------------------

# Program 1: pagu 10.000.000, realisasi 9.999.999,996 (a formula's, no whole amount at the sen);
# Program 2: pagu 2.000.000, realisasi 1.234.567,5. TOTAL realisasi 9.999.999,996 + 1.234.567,5 =
# 11.234.567,496: at the sen 11.234.567,50, no whole amount: two decimals.
ODD, SEN, TOTAL = Fraction("9999999.996"), Fraction("1234567.5"), Fraction("11234567.496")
PROGRAMS = [("10.000.000", 9999999.996), ("2.000.000", "1.234.567,5")]


def _close(value, exact: Fraction) -> bool:
    return isinstance(value, int | float) and abs(Fraction(repr(float(value))) - exact) < Fraction(1, 10**6)


def test_one_odd_amount_keeps_its_decimals_to_itself_and_a_total_reads_alike_everywhere(tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.helpers_print import built_workbook, docx_text

    path = _workbook(tmp_path / "laporan.xlsx", "Dinas A", PROGRAMS)
    wb = built_workbook(path)
    cells = [x for row in wb[c.SHEET_REALISASI_ANGGARAN].iter_rows() for x in row]
    odd = [x for x in cells if _close(x.value, ODD)]
    sen = [x for x in cells if _close(x.value, SEN)]
    total = [x for x in cells if _close(x.value, TOTAL)]
    assert odd and sen and total
    assert {_cell_decimals(x.number_format) for x in odd} == {3}  # its own: 9.999.999,996
    # the column (2 decimals at most): 1.234.567,50 and the TOTAL 11.234.567,50
    assert {_cell_decimals(x.number_format) for x in sen + total} == {2}
    # Tabel 3.3: the Sasaran's realisasi, the same TOTAL, with 2 decimals as in Tabel 3.4
    sums = [x for row in wb[c.SHEET_EFISIENSI].iter_rows() for x in row if _close(x.value, TOTAL)]
    assert sums and {_cell_decimals(x.number_format) for x in sums} == {2}
    docx = tmp_path / "lkjip.docx"
    assert CliRunner().invoke(main, ["laporan", str(path), "-o", str(docx)]).exit_code == 0
    word = docx_text(docx.read_bytes())
    assert "9.999.999,996" in word and "9.999.999,9960" not in word
    assert "11.234.567,50" in word and "11.234.567,496" not in word  # the table and the sentences
    assert "Rp 11.234.567,50" in word


def test_the_rekap_keeps_one_odd_amount_s_decimals_to_its_cell(tmp_path):
    import lkj_xl
    from lkj_xl.core import rekap as core
    from lkj_xl.xlsx.rekap import render_rekap

    root = tmp_path / "tw2"
    root.mkdir()
    _workbook(root / "a.xlsx", "Dinas A", PROGRAMS)
    _workbook(root / "b.xlsx", "Dinas B", [("10.000.000", "10.000.000")])
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(lkj_xl.rekap(root, jobs=1)))
    wb = openpyxl.load_workbook(out)
    # Dinas A 11.234.567,496 + Dinas B 10.000.000 = 21.234.567,496: 21.234.567,50 at the sen
    pemda = TOTAL + 10_000_000
    for sheet in (core.SHEET_PROGRAM, core.SHEET_REKAP):
        cells = [x for row in wb[sheet].iter_rows() for x in row if isinstance(x.value, int | float)]
        shown = {
            what: {_cell_decimals(x.number_format) for x in cells if _close(x.value, exact)}
            for what, exact in (
                ("odd", ODD),
                ("sen", SEN),
                ("a", TOTAL),
                ("pemda", pemda),
                ("b", Fraction(10**7)),
            )
        }
        if sheet == core.SHEET_PROGRAM:
            assert shown["odd"] == {3} and shown["sen"] == {2}, shown
            assert shown["b"] <= {0, 2}, shown  # pagu (whole column) and Dinas B's realisasi (,00)
        else:
            assert shown["a"] == {2} and shown["pemda"] <= {2}, shown


# --- 5. Word's Tabel 2.4 --------------------------------------------------------------------------


def test_word_tabel_2_4_shows_its_anggaran_column_with_the_sen_in_every_cell(tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.helpers_print import docx_text

    # pagu 10.000.000 and 1.234.567,5: the Sasaran's (and Tujuan's) 11.234.567,50; realisasi
    # 9.000.000 + 1.000.001 = 10.000.001 (no whole 10.000.000 in another column)
    path = _workbook(
        tmp_path / "laporan.xlsx", "Dinas A", [("10.000.000", "9.000.000"), ("1.234.567,5", "1.000.001")]
    )
    docx = tmp_path / "lkjip.docx"
    assert CliRunner().invoke(main, ["laporan", str(path), "-o", str(docx)]).exit_code == 0
    cells = docx_text(docx.read_bytes()).splitlines()
    # every table's Anggaran/pagu column with two decimals: no cell "10.000.000" (Tabel 2.4 had one)
    assert "10.000.000" not in cells and "10.000.000,00" in cells
    assert "1.234.567,50" in cells and "11.234.567,50" in cells


@pytest.mark.parametrize(
    ("target", "tws"),
    [
        # rising every quarter, TW IV at least the sum of TW I-III (100 + 200 + 300 = 600): the e-Monev
        # "s.d." row of late spending, not a year's total typed in TW IV (its real TW IV is 600 - 300)
        ("600", ("100", "200", "300", "600")),
        ("100", ("10", "25", "45", "90")),  # 10 + 25 + 45 = 80 <= 90
        ("200", ("20", "60", "100", "200")),  # 20 + 60 + 100 = 180 <= 200
    ],
)
def test_a_running_total_rising_every_quarter_keeps_the_running_total_advice(target, tws):
    # (review of mend34j: only a dip hands TW IV to the year's-total advice, which told these to type
    # TW IV as 600 - 600 = 0)
    _, said = _said(target, tws)
    assert len(said) == 1 and said[0].sel == "N2"
    assert (
        "naik setiap triwulan" in said[0].pesan and "tidak kurang dari jumlah TW I-III" not in said[0].pesan
    )
