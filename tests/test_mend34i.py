"""Mend 34i (review revG of reader13): the Grafik print area after a task-pane press.

`lkj-xl build` writes Grafik's print area (rows down to the signature; the writers' note for staff
below it stays off the page). The task pane rewrites Grafik in place and never touched the area, so
the build's area stayed: a Grafik grown by programs printed without its signature (Lumajang, tanggal,
Kepala Dinas, NIP), a shorter one printed the staff note again. The plan now carries the area and
lkj.js sets it (ExcelApi 1.9, PageLayout.setPrintArea).
"""

from __future__ import annotations

import shutil

import docx
import openpyxl
import pytest

from lkj_xl.build import build, load_report
from lkj_xl.core.tables import grafik
from lkj_xl.xl.plan import book_plan, sheet_plan
from tests.common import EXAMPLE
from tests.helpers_taskpane import NODE, RUNNER, apply_plan

# The stand-in Excel with PageLayout.setPrintArea (ExcelApi 1.9): the area recorded as [row, col, rows,
# cols]; a sheet's starting area comes from its fourth element ({"printArea": [...]}).
PAGED = RUNNER.replace(
    "freezePanes: { freezeAt:",
    "pageLayout: { setPrintArea(r) { sheet.printArea = r._rect; } },\n    freezePanes: { freezeAt:",
)
assert PAGED != RUNNER


def _grown(tmp_path, programs: int = 10):
    """The example with ``programs`` more programs under Sasaran S3 (Kinerja and Anggaran), as staff
    add them after a build."""
    path = tmp_path / "tumbuh.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    k, a = wb["Kinerja"], wb["Anggaran"]
    header = [c.value for c in k[3]]
    for i in range(programs):
        row = {
            "Kode": f"P3.9{i}",
            "Tingkat": "Program",
            "Kode Induk": "S3",
            "Uraian": f"PROGRAM TAMBAHAN {i}",
            "Indikator": f"Persentase tambahan {i}",
            "Satuan": "%",
            "Polaritas": "Positif",
            "Jenis Realisasi": "Nilai Akhir",
            "Target": "100%",
            "Realisasi TW II": "50%",
        }
        k.append([row.get(h) for h in header])
        a.append([f"P3.9{i}", f"PROGRAM TAMBAHAN {i}", None, 10000000, None, None, 5000000, None, None])
    wb.save(path)
    return path


def _last_row_holding(values, word: str) -> int:
    """The last row (0-based) of a plan's values with a cell starting with ``word``."""
    return max(r for r, row in enumerate(values) if any(isinstance(v, str) and word in v for v in row))


def test_plan_of_a_grown_grafik_carries_the_print_area_down_to_its_signature(tmp_path):
    built = tmp_path / "dibangun.xlsx"
    build(EXAMPLE, built)
    area_of_build = openpyxl.load_workbook(built)["Grafik"].print_area  # e.g. 'Grafik'!$A$1:$K$115
    plan = sheet_plan(grafik.layout(load_report(_grown(tmp_path))))
    values = plan["values"]
    # the signature ends with the Kepala Dinas's NIP; the writers' note for staff (naming xlwings) after it
    nip = _last_row_holding(values, "NIP")
    note = _last_row_holding(values, "xlwings")
    assert nip < note
    # rows 0..NIP, every column of the sheet
    assert plan["print_area"] == [0, 0, nip, plan["n_cols"] - 1]
    # the example's own Grafik (11 columns, A..K): the trend note "Garis: ..." on row 107, one blank row,
    # the signature from row 109 (place and date, jabatan, three blank rows, the name on 114) ending with
    # the NIP on row 115 (1-based): the build's area is A1:K115, exactly
    example = sheet_plan(grafik.layout(load_report(EXAMPLE)))
    assert example["n_cols"] == 11 and _last_row_holding(example["values"], "NIP") + 1 == 115
    assert area_of_build == "'Grafik'!$A$1:$K$115"
    # ten programs more: ten rows more in Grafik's program table (a row a program), so the grown
    # sheet's NIP is on row 125, below the build's area
    assert nip + 1 == 115 + 10


@pytest.mark.skipif(NODE is None, reason="needs Node.js")
def test_task_pane_sets_the_print_area_of_a_grafik_rewritten_in_place(tmp_path):
    lay = grafik.layout(load_report(_grown(tmp_path)))
    plan = book_plan([lay], existing=["Grafik"])
    (sheet,) = plan["sheets"]
    nip = _last_row_holding(sheet["values"], "NIP")
    # Grafik as the build left it: lkj-xl's, protected, its print area rows 1..115, columns A..K
    stale = {"protected": True, "printArea": [0, 0, 115, 11]}
    names = ["Kinerja", ["Grafik", "Grafik", '="lkj-xl"', stale]]
    (grafik_sheet,) = [s for s in apply_plan(tmp_path, plan, names, PAGED)["sheets"] if s["name"] == "Grafik"]
    # [row, col, rows, cols]: from A1 down to the NIP row, across every column
    assert grafik_sheet["printArea"] == [0, 0, nip + 1, sheet["n_cols"]]


@pytest.mark.skipif(NODE is None, reason="needs Node.js")
def test_task_pane_below_excelapi_1_9_writes_grafik_without_the_page_layout(tmp_path):
    """Excel without ExcelApi 1.9 (Office 2016/2019 retail) has no PageLayout: the press still writes
    Grafik (the area stays as it was there; the README says so)."""
    plan = book_plan([grafik.layout(load_report(EXAMPLE))])
    older = PAGED.replace(
        "isSetSupported: () => true", 'isSetSupported: (n, v) => Number(v.split(".")[1]) < 9'
    )
    assert older != PAGED
    result = apply_plan(tmp_path, plan, ["Kinerja"], older)
    (grafik_sheet,) = [s for s in result["sheets"] if s["name"] == "Grafik"]
    assert "printArea" not in grafik_sheet and grafik_sheet["cells"]


# --- 3. Word, Tabel 2.4: a node of many indicators no longer held on one page ------------------------


def _tabel_2_4_kept(tmp_path, sasaran: int, program: int, kegiatan: bool) -> list[bool]:
    """Tabel 2.4's keep-with-next flags, row by row, of a Tujuan T1 (one indicator) over a Sasaran S1
    of ``sasaran`` indicators over a program P1 of ``program`` (and a kegiatan K1 under it)."""
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row
    from tests.test_laporan import table_for
    from tests.test_reader_print import invoke

    def row(kode, tingkat, induk, uraian, indikator):  # a % indicator: target 100, 20 and 45 realised
        return kinerja_row(kode, tingkat, induk, uraian, indikator, "100%", "20%", "45%")

    rows = [row("T1", "Tujuan", None, "Meningkatnya ekonomi daerah", "Laju pertumbuhan")]
    rows.append(row("S1", "Sasaran", "T1", "Meningkatnya koperasi sehat", "Koperasi sehat 0"))
    rows += [row("S1", "Sasaran", "T1", None, f"Koperasi sehat {i}") for i in range(1, sasaran)]
    rows.append(row("P1", "Program", "S1", "PROGRAM KOPERASI", "Koperasi dibina 0"))
    rows += [row("P1", "Program", "S1", None, f"Koperasi dibina {i}") for i in range(1, program)]
    if kegiatan:
        rows.append(row("K1", "Kegiatan", "P1", "Pembinaan koperasi", "Koperasi dibina"))
    budget = [
        {"Kode": "P1", "Program": "PROGRAM KOPERASI", "Pagu": 100_000_000, "Realisasi TW II": 40_000_000}
    ]
    settings = {c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    workbook = tmp_path / "banyak.xlsx"
    new_workbook(workbook, pengaturan=settings, kinerja=rows, anggaran=budget)
    out = tmp_path / "lkjip.docx"
    invoke("laporan", workbook, "-o", out)
    table = table_for(docx.Document(str(out)), "Tabel 2.4")
    return [
        all(cell.paragraphs[0].paragraph_format.keep_with_next for cell in row.cells)
        for row in table.rows[1:]
    ]


def test_tabel_2_4_keeps_a_node_of_many_indicators_only_by_its_last_row(tmp_path):
    """A Sasaran of 15 indicators held whole on one page left most of the page before it blank (45
    indicators: 40 %); now only a node of at most 10 rows is held together, and its last row always
    goes with its first child."""
    kept = _tabel_2_4_kept(tmp_path, 15, 3, kegiatan=True)
    # rows: T1 (1), S1 (15 indicators), P1 (3), K1 (1). T1 goes with S1's first row; S1's 15 rows are
    # more than 10: only its last goes with P1's first; P1's 3 rows held together and with K1; K1 ends.
    assert kept == [True] + [False] * 14 + [True] + [True] * 3 + [False]


@pytest.mark.parametrize(
    ("sasaran", "expected"),
    [
        # 10 indicators, the limit: S1's 10 rows held together and its last with P1; P1 (no kegiatan,
        # the table's last row) ends. T1 with S1's first.
        (10, [True] + [True] * 10 + [False]),
        # 11: more than 10, only S1's last row goes with P1; its first ten free to break.
        (11, [True] + [False] * 10 + [True] + [False]),
    ],
)
def test_tabel_2_4_holds_ten_rows_of_a_node_together_not_eleven(tmp_path, sasaran, expected):
    assert _tabel_2_4_kept(tmp_path, sasaran, 1, kegiatan=False) == expected
