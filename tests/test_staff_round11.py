"""The table as staff reshape it (eleventh round): a workbook filled from the seed, then made an Excel
table ("Format as Table", with its Totals Row), given a "No" column first, and a summary block typed
under Anggaran. Where a figure came out wrong, or a galat or peringatan was missing or misleading.

Found wrong, and tested here:
- a summary block typed under Anggaran ("Total Pagu" then "Total Realisasi", figures under Pagu): the
  row "Total Realisasi" was read as a program of that Kode, its figure added to the total pagu of
  Tabel 3.4 (27.805.047.633 + 6.835.975.140 = 34.641.022.773 printed), with only a peringatan that the
  program has no Sasaran (and one at the Total Pagu Perjanjian Kinerja when it is set);
- the rest of such a block labelled without "Total" ("Sisa Anggaran" under Pagu, "Realisasi",
  "Persentase" under Realisasi TW II) was a program too: its figure in the total pagu (48.774.120.126
  printed for the seed with a "Sisa Anggaran" row) or in the total realisasi of the export;
- Excel's Totals Row of a table whose first column is "No" (the label "Total" in that column, a
  SUBTOTAL under Pagu or Target): a galat "Kode program "" kosong" and the totals of Tabel 3.4 left
  unknown; in Kinerja the galat "Kode kosong ... tulis lagi Kodenya", a hint that makes the totals an
  indicator of the node above.

- a copy of "Realisasi TW II" (round 6: a peringatan) renamed "Realisasi TW II2" by Format as Table:
  silent, the first column read, the quarter typed in the copy ignored.

Found right, and left alone (probed the same day): a header typed with a line break
("Realisasi\\nTW II", Alt+Enter) is read; a legend of the kriteria (90 / 75 / 65 / 50) typed to the
right of Kinerja changes nothing; "Realisasi TW II2" as the only such column is a refusal naming
the column (loud, not silent). ("Target*", a footnote mark, is read since: tests/test_header_marks.py.)

The grids are built by hand (tests/test_engine.py's helpers); the header is row 1, data from row 2.
Expected figures are worked out by hand beside them.
"""

from __future__ import annotations

import re
import zipfile
from fractions import Fraction
from pathlib import Path

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT, PERINGATAN, Cell
from lkj_xl.core.parse import parse_workbook
from tests.test_engine import anggaran_row, grid, kinerja_row, pengaturan, run

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"


def _kinerja():
    # S1 with two programs; capaian by hand: S1 20 of 40 = 50 %, P1 50 of 100 = 50 %, P2 90 of 100 = 90 %
    return [
        kinerja_row("S1", "Sasaran", "", "Kualitas koperasi", "Persentase koperasi sehat", 40, (None, 20, None, None), jenis="Nilai Akhir"),
        kinerja_row("P1", "Program", "S1", "Program A", "Persentase A", 100, (None, 50, None, None), jenis="Nilai Akhir"),
        kinerja_row("P2", "Program", "S1", "Program B", "Persentase B", 100, (None, 90, None, None), jenis="Nilai Akhir"),
    ]  # fmt: skip


# The seed's Tabel 3.4 programs P2.01 and P2.02: pagu 41.000.000 + 54.888.000 = 95.888.000, realisasi
# 8.000.000 + 0 = 8.000.000; penyerapan 8.000.000 / 95.888.000 x 100 = 8,3431... %.
_BUDGET = [
    anggaran_row("P1", "Program A", "S1", 41_000_000, (None, 8_000_000, None, None)),
    anggaran_row("P2", "Program B", "S1", 54_888_000, (None, 0, None, None)),
]
_PAGU, _REALISASI = 95_888_000, 8_000_000


def _at(report, sheet, sel):
    return [f for f in report.findings if (f.sheet, f.sel) == (sheet, sel)]


def _totals_known(report):
    assert report.total_pagu == _PAGU
    assert report.total_realisasi_anggaran == _REALISASI
    assert report.total_penyerapan == pytest.approx(float(Fraction(_REALISASI, _PAGU) * 100))
    assert [b.kode for b in report.budgets] == ["P1", "P2"]
    assert not [f for f in report.findings if f.severity == GALAT], [f.pesan for f in report.findings]


# --- a summary block under Anggaran -----------------------------------------------------------------


@pytest.mark.parametrize(
    "label", ["Total Realisasi", "Jumlah Realisasi", "TOTAL REALISASI ANGGARAN", "Total Penyerapan"]
)
def test_a_summary_block_under_anggaran_is_not_a_program(label):
    # "Total Pagu" 95.888.000 then the label with the realisasi 8.000.000 typed under Pagu (column D),
    # as a summary block is typed: neither row is a program, the totals stay 95.888.000 / 8.000.000
    # (read as a program, the pagu would be 95.888.000 + 8.000.000 = 103.888.000)
    rows = [*_BUDGET, [], ["Total Pagu", None, None, _PAGU], [label, None, None, _REALISASI]]
    report = run(_kinerja(), rows)
    _totals_known(report)
    (warn,) = _at(report, "Anggaran", "A6")
    assert warn.severity == PERINGATAN and f'"{label}"' in warn.pesan and "bukan program" in warn.pesan


# The rest of such a block, labelled without "Total": "Sisa Anggaran" with pagu - realisasi
# (95.888.000 - 8.000.000 = 87.888.000) under Pagu, "Realisasi" and "Persentase" (8.000.000 / 95.888.000
# = 0,0834) under Realisasi TW II. Read as programs, "Sisa Anggaran" added 87.888.000 to the total pagu
# (a peringatan only that the program has no Sasaran); "Realisasi" 8.000.000 to the total realisasi.


@pytest.mark.parametrize("column", [0, 1])  # the label in Kode (A), or in Program (B) with Kode blank
@pytest.mark.parametrize(
    ("label", "figure"),
    [
        ("Sisa Anggaran", (3, _PAGU - _REALISASI)),
        ("Realisasi", (6, _REALISASI)),
        ("Persentase", (6, 0.0834)),
        ("Persentase Penyerapan:", (6, "8,34%")),
        ("Realisasi Anggaran", (6, _REALISASI)),
        ("Selisih", (3, _PAGU - _REALISASI)),
    ],
)
def test_a_summary_block_labelled_without_total_is_not_a_program(label, figure, column):
    row = [None] * 9
    row[column], row[figure[0]] = label, figure[1]
    report = run(_kinerja(), [*_BUDGET, [], ["Total Pagu", None, None, _PAGU], row])
    _totals_known(report)
    (warn,) = _at(report, "Anggaran", f"{'AB'[column]}6")
    assert warn.severity == PERINGATAN and "bukan program" in warn.pesan


def test_a_program_named_realisasi_with_its_kode_is_a_program():
    # a Kode and a Program name: a program whatever its name, counted: 95.888.000 + 5.000.000
    report = run(_kinerja(), [*_BUDGET, ["P3", "Realisasi", "S1", 5_000_000]])
    assert report.total_pagu == _PAGU + 5_000_000


# --- Excel's Totals Row of a table with a "No" column first ------------------------------------------


def _with_no_column(headers, rows, total):
    """The table with a "No" column first (1, 2, ...) and Excel's Totals Row ``total`` under it."""
    numbered = [[k + 1, *row] for k, row in enumerate(rows)]
    return grid([["No", *headers], *numbered, total])


def _book(kinerja, anggaran):
    return {"Pengaturan": pengaturan(2), "Kinerja": kinerja, "Anggaran": anggaran}


@pytest.mark.parametrize(
    "total",
    [
        # Excel's Totals Row: "Total" in the first column (No, A), SUBTOTAL(109) under Pagu (E) and
        # Realisasi TW II (H) with their saved values, the sums of the rows above
        ["Total", None, None, None, Cell(_PAGU, formula="SUBTOTAL(109,Tabel1[Pagu])"), None, None,
         Cell(_REALISASI, formula="SUBTOTAL(109,Tabel1[Realisasi TW II])")],
        # the label removed, the SUBTOTALs kept
        [None, None, None, None, Cell(_PAGU, formula="SUBTOTAL(109,E2:E3)")],
        # "Jumlah" typed in No, the sum typed as a number
        ["Jumlah", None, None, None, _PAGU, None, None, _REALISASI],
    ],
)  # fmt: skip
def test_the_totals_row_of_an_anggaran_table_is_not_a_program(total):
    anggaran = _with_no_column(c.ANGGARAN_HEADERS, _BUDGET, total)
    kinerja = grid([list(c.KINERJA_HEADERS), *_kinerja()])
    report = compute(parse_workbook(_book(kinerja, anggaran)))
    _totals_known(report)
    (warn,) = _at(report, "Anggaran", "A4" if total[0] else "E4")
    assert warn.severity == PERINGATAN and "bukan program" in warn.pesan


def test_the_totals_row_of_a_kinerja_table_is_not_an_indicator():
    # "Total" in No (A), SUBTOTAL(109) under Target (J): 40 + 100 + 100 = 240. Not an indicator of P2:
    # the capaian stay 50, 50, 90 % (by hand, see _kinerja) and no galat asks for a Kode
    total = ["Total", *[None] * 8, Cell(240, formula="SUBTOTAL(109,Tabel2[Target])")]
    kinerja = _with_no_column(c.KINERJA_HEADERS, _kinerja(), total)
    report = compute(parse_workbook(_book(kinerja, grid([list(c.ANGGARAN_HEADERS), *_BUDGET]))))
    assert [i.kode for i in report.indicators] == ["S1", "P1", "P2"]
    assert [i.capaian_exact for i in report.indicators] == [Fraction(50), Fraction(50), Fraction(90)]
    assert not [f for f in report.findings if f.severity == GALAT], [f.pesan for f in report.findings]
    (warn,) = _at(report, "Kinerja", "A5")
    assert warn.severity == PERINGATAN and '"Total"' in warn.pesan and "bukan indikator" in warn.pesan


def test_a_program_row_without_kode_is_still_a_galat():
    # a Program named, its Kode forgotten, Pagu typed: a program after all, the galat stays
    rows = [*_BUDGET, [None, "Program C", "S1", 5_000_000]]
    report = run(_kinerja(), rows)
    (galat,) = _at(report, "Anggaran", "A4")
    assert galat.severity == GALAT and "kosong" in galat.pesan


# --- the example workbook made an Excel table, read from the file by both readers --------------------

_ACCOUNTING = '_("Rp"* #,##0_);_("Rp"* (#,##0);_("Rp"* "-"_);_(@_)'  # Excel's Accounting, "-" for zero


def _as_excel_table(path):
    """The example's Anggaran as staff reshape it: a "No" column inserted first, Format as Table with
    banded rows and a Totals Row ("Total" in No, SUBTOTAL under Pagu and Realisasi TW II, their saved
    values written as Excel saves them), Accounting formats, freeze panes, a protected sheet."""
    openpyxl = pytest.importorskip("openpyxl")
    from openpyxl.worksheet.table import Table, TableStyleInfo

    book = openpyxl.load_workbook(EXAMPLE)
    sheet = book["Anggaran"]
    sheet.insert_cols(1)
    sheet["A3"] = "No"
    last = sheet.max_row
    for r in range(4, last + 1):
        sheet.cell(r, 1, r - 3)
        for col in (5, 8):  # Pagu, Realisasi TW II
            sheet.cell(r, col).number_format = _ACCOUNTING
    total = last + 1
    sheet.cell(total, 1, "Total")
    sheet.cell(total, 5, "=SUBTOTAL(109,Tabel1[Pagu])")
    sheet.cell(total, 8, "=SUBTOTAL(109,Tabel1[Realisasi TW II])")
    table = Table(displayName="Tabel1", ref=f"A3:J{total}", totalsRowCount=1)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    sheet.add_table(table)
    sheet.freeze_panes = "C4"
    sheet.protection.sheet = True
    book.save(path)
    index = book.sheetnames.index("Anggaran") + 1
    # the saved values (openpyxl writes none): the seed's Tabel 3.4 totals
    saved = {f"E{total}": _SEED_PAGU, f"H{total}": _SEED_REALISASI}
    with zipfile.ZipFile(path) as z:
        members = {name: z.read(name) for name in z.namelist()}
    part = f"xl/worksheets/sheet{index}.xml"
    xml = members[part].decode()
    for ref, value in saved.items():
        pattern = rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)(?:<v\s*/>|<v></v>)?</c>'
        xml, count = re.subn(pattern, rf"\1\2<v>{value}</v></c>", xml)
        assert count == 1, ref
    members[part] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return total


# The seed's Tabel 3.4 (lines ~949-968): pagu 27.805.047.633, realisasi 6.835.975.140, the sums of its 16
# programs (12.076.486.014 + 41.000.000 + 54.888.000 + ... + 8.706.000, added by hand in DOMAIN.md).
_SEED_PAGU, _SEED_REALISASI = 27_805_047_633, 6_835_975_140


@pytest.mark.parametrize("reader", ["read_grids", "read_grids_lxml"])
def test_the_example_as_an_excel_table_keeps_its_totals(tmp_path, reader):
    from lkj_xl.xlsx import read

    path = tmp_path / "tabel.xlsx"
    total = _as_excel_table(path)
    grids, names = getattr(read, reader)(path)
    report = compute(parse_workbook(grids, names))
    assert report.total_pagu == _SEED_PAGU  # not twice it: the Totals Row is no program
    assert report.total_realisasi_anggaran == _SEED_REALISASI
    assert len(report.budgets) == 16
    assert not [f for f in report.findings if f.severity == GALAT], [f.pesan for f in report.findings]
    (warn,) = _at(report, "Anggaran", f"A{total}")
    assert warn.severity == PERINGATAN and '"Total"' in warn.pesan and "bukan program" in warn.pesan


# --- a column copied, then renamed by Format as Table ------------------------------------------------
# A copy of "Realisasi TW II" made to type this quarter's figures is a peringatan (round 6). Made a
# table, Excel renames the copy "Realisasi TW II2" (a table's headers are unique): the peringatan was
# gone, the first column read (P1 50 of 100 = 50 %), the 95 typed in the copy ignored without a word.


@pytest.mark.parametrize("title", ["Realisasi TW II2", "Realisasi TW II3", "realisasi tw ii 2"])
def test_a_copied_column_renamed_by_excel_is_still_said(title):
    headers = [*c.KINERJA_HEADERS, title]
    rows = [[*row, row[headers.index("Realisasi TW II")]] for row in _kinerja()]
    rows[1][-1] = 95  # P1's figure typed in the copy (row 3, column P)
    report = run_grids(grid([headers, *rows]))
    # read from the first column, as before: 20 of 40, 50 of 100, 90 of 100
    assert [i.capaian_exact for i in report.indicators] == [Fraction(50), Fraction(50), Fraction(90)]
    (warn,) = _at(report, "Kinerja", "P1")
    assert warn.severity == PERINGATAN and f'"{title}"' in warn.pesan and "L3" in warn.pesan
    assert "P3" in warn.pesan  # the first cell where the two differ


def test_a_column_named_like_a_copy_but_the_same_is_silent():
    # an identical copy (nothing typed in it differs) hides no figure: no peringatan, as before
    headers = [*c.KINERJA_HEADERS, "Target2"]
    rows = [[*row, row[headers.index("Target")]] for row in _kinerja()]
    report = run_grids(grid([headers, *rows]))
    assert not _at(report, "Kinerja", "P1")


def run_grids(kinerja):
    return compute(parse_workbook(_book(kinerja, grid([list(c.ANGGARAN_HEADERS), *_BUDGET]))))


def test_a_program_row_without_kode_and_name_whose_pagu_is_a_sum_stays_a_galat():
    # A Program row's Pagu is often =SUM of its Kegiatan rows; with its Kode and name forgotten it is
    # still a program: its pagu left out of Tabel 3.4 behind a mere peringatan would be a wrong total.
    # Only Excel's Totals Row (SUBTOTAL, AGGREGATE) is taken as a total without a label.
    row = [None, None, None, None, Cell(5_000_000, formula="SUM(E5:E6)")]
    anggaran = _with_no_column(c.ANGGARAN_HEADERS, _BUDGET, row)
    kinerja = grid([list(c.KINERJA_HEADERS), *_kinerja()])
    report = compute(parse_workbook(_book(kinerja, anggaran)))
    assert [f for f in report.findings if f.sheet == "Anggaran" and f.severity == GALAT]
    assert not [f for f in report.findings if "bukan program" in f.pesan]
    assert report.total_pagu is None  # unknown, not 95.888.000 without the forgotten program
