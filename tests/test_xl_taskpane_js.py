"""The task pane's plan applier (``lkjTerapkan`` in lkj.js, as ``lkj-xl serve`` serves it) run under
Node against a minimal stand-in for Office.js: the sheets it leaves equal the headless build, cell by
cell and format by format. Skipped when ``node`` is not installed (CI installs ``nodejs``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import openpyxl
import pytest

from lkj_xl.core import contract as c
from tests.helpers_taskpane import NODE, RUNNER, apply_plan, press_read

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed (apt-get install nodejs)")


def test_task_pane_applies_the_plan_as_the_build_writes(tmp_path):
    from test_xl_server import (
        DEFAULT_FORMAT,
        EXAMPLE,
        SheetModel,
        assert_same_sheet,
        headless_build,
        xlsx_model,
    )

    from lkj_xl.build import load_report
    from lkj_xl.core.tables import layouts
    from lkj_xl.xl.plan import book_plan

    # The workbook's own sheets (Petunjuk, the input sheets, Narasi...), before the output sheets.
    names = [
        n for n in openpyxl.load_workbook(EXAMPLE, read_only=True).sheetnames if n not in c.OUTPUT_SHEETS
    ]
    result = apply_plan(tmp_path, book_plan(layouts(load_report(EXAMPLE))), names)
    assert result["syncs"] <= 3  # the sheet names, then everything (well below 2 MB), final
    built = headless_build(EXAMPLE, tmp_path)
    want = {s.name: s for s in xlsx_model(built, c.OUTPUT_SHEETS)}
    assert [s["name"] for s in result["sheets"]] == openpyxl.load_workbook(built).sheetnames
    keys = {"bold": "bold", "italic": "italic", "size": "size", "fcolor": "font_color", "fill": "fill"}
    for sheet in result["sheets"]:
        if sheet["name"] not in want:
            continue
        got = SheetModel(sheet["name"])
        for key, cell in sheet["cells"].items():
            r, col = map(int, key.split(","))
            if "v" in cell:
                assert isinstance(cell["v"], (int, float)) or cell["v"].startswith("'")
                got.values[(r, col)] = cell["v"][1:] if isinstance(cell["v"], str) else cell["v"]
            f = dict(DEFAULT_FORMAT)
            for js, py in keys.items():
                if js in cell:
                    f[py] = float(cell[js]) if js == "size" else cell[js]
            f["underline"] = cell.get("underline") == "Single"
            f["num_format"] = cell.get("nf", "General")
            f["halign"] = cell["h"].lower() if "h" in cell else None
            f["valign"] = cell["va"].lower() if "va" in cell else None
            f["wrap"] = bool(cell.get("wrap", False))
            f["indent"] = int(cell.get("indent", 0))
            for side in ("top", "bottom", "left", "right"):
                f[side] = "thin" if cell.get("border") == "Continuous" else None
            if f != DEFAULT_FORMAT:
                got.formats[(r, col)] = f
        got.merges = {tuple(m) for m in sheet["merges"]}
        # One merge call per merge over several rows and per run of rows merged over the same
        # columns (Range.merge(true)), counted from the build's own merges: Analisis Capaian's 260
        # one-row merges were 260 calls.
        assert sheet.get("mergeCalls", 0) == merge_runs(want[sheet["name"]].merges), sheet["name"]
        got.conditionals = {
            (
                tuple(cf["range"]),
                "CellValue",
                cf["rule"]["operator"],
                cf["rule"]["formula1"],
                cf["fill"],
                cf["font"],
                cf["bold"],
            )
            for cf in sheet["cfs"]
        }
        got.widths = {int(k): v / 0.75 for k, v in sheet["widths"].items()}
        got.heights = {int(k): v for k, v in sheet["heights"].items()}
        if sheet["freeze"]:
            from test_xl_server import _freeze_from_address

            got.freeze = _freeze_from_address(sheet["freeze"])
        assert_same_sheet(got, want[sheet["name"]])


def merge_runs(merges) -> int:
    """Merges over several rows, plus runs of one-row merges over the same columns on consecutive rows."""
    rows = sorted((c1, c2, r1) for r1, c1, r2, c2 in merges if r1 == r2)
    runs = sum(1 for i, m in enumerate(rows) if i == 0 or rows[i - 1] != (m[0], m[1], m[2] - 1))
    return runs + sum(1 for r1, _, r2, _ in merges if r2 > r1)


@pytest.mark.parametrize(
    ("a1", "owner", "removed"),
    [
        ("Perbandingan Realisasi Kinerja s.d. Triwulan II Tahun 2025", None, True),  # written by lkj-xl
        ("Catatan perbandingan saya", None, False),  # the user's own sheet of that name
        # Written by `lkj-xl build` (its owner name), A1 retitled: the build drops it, so does the pane.
        ("Perbandingan (revisi)", '="lkj-xl"', True),
        ("Catatan perbandingan saya", '="lain"', False),  # a name of another value marks nothing
    ],
)
def test_task_pane_removes_a_stale_analysis_sheet_only_when_lkj_xl_wrote_it(tmp_path, a1, owner, removed):
    from report_factory import seed_like_report

    from lkj_xl.core.tables import layouts
    from lkj_xl.xl.plan import book_plan

    report = seed_like_report()  # no analysis input: no Perbandingan Kinerja is written
    lays = layouts(report)
    stale = [n for n in c.OUTPUT_SHEETS if n not in {lay.name for lay in lays}]
    assert c.SHEET_PERBANDINGAN in stale and set(stale) <= set(c.ANALYSIS_SHEETS)
    names = ["Kinerja", [c.SHEET_PERBANDINGAN, a1, owner], "Lampiran"]
    result = [s["name"] for s in apply_plan(tmp_path, book_plan(lays, stale), names)["sheets"]]
    from lkj_xl.core.ownership import OWNER_NAME, is_owner_name, is_tool_sheet

    # The rule `lkj-xl build` drops a stale sheet by (xlsx.dropsheets): the same answer.
    assert is_tool_sheet(c.SHEET_PERBANDINGAN, owner_name=is_owner_name(OWNER_NAME, owner), a1=a1) == removed
    kept = [c.SHEET_PERBANDINGAN] if not removed else []
    assert result == ["Kinerja", *kept, "Lampiran", *(lay.name for lay in lays)]


def test_task_pane_places_a_new_output_sheet_where_lkj_xl_build_does(tmp_path):
    """The user renamed Ringkasan "Ringkasan TW I" to keep last quarter's: `lkj-xl build` writes the
    new Ringkasan after it, before Perbandingan Kinerja (the next output sheet there), not after
    Pemeriksaan; the task pane places it there too."""
    from test_xl_server import EXAMPLE, headless_build

    from lkj_xl.build import load_report
    from lkj_xl.core.tables import layouts
    from lkj_xl.xl.plan import book_plan

    built = headless_build(EXAMPLE, tmp_path)
    wb = openpyxl.load_workbook(built)
    wb["Ringkasan"].title = "Ringkasan TW I"
    renamed = tmp_path / "renamed.xlsx"
    wb.save(renamed)
    names = wb.sheetnames
    rebuilt = tmp_path / "rebuilt"
    rebuilt.mkdir()
    order = openpyxl.load_workbook(headless_build(renamed, rebuilt)).sheetnames
    at = names.index("Ringkasan TW I")
    assert order == [*names[: at + 1], "Ringkasan", *names[at + 1 :]]  # by hand: right after it
    result = apply_plan(tmp_path, book_plan(layouts(load_report(renamed))), names)
    assert [s["name"] for s in result["sheets"]] == order


def test_task_pane_says_in_bahasa_indonesia_when_excel_refuses_the_writes(tmp_path):
    """Excel refusing a batch of writes (its payload limit, a sheet it cannot delete) rejects the sync
    with its own English text; the task pane shows it inside an Indonesian message that says the
    output sheets may be incomplete and what to do, not Excel's text alone."""
    from lkj_xl.build import load_report
    from lkj_xl.core.tables import layouts
    from lkj_xl.xl.plan import book_plan
    from tests.common import EXAMPLE

    refused = "The request payload size has exceeded the limit."
    runner_js = RUNNER.replace(
        "sync: async () => { syncs++; if (refused) {",
        "sync: async () => { syncs++; if (syncs === 2) throw new Error("
        + json.dumps(refused)
        + "); if (refused) {",
    ).replace(
        "process.stdout.write(JSON.stringify({ syncs, sheets, deleted }));\n});",
        "process.stdout.write(JSON.stringify({ syncs, sheets, deleted }));\n}, (e) => process.stdout.write(JSON.stringify({ error: e.message })));",
    )
    assert runner_js.count(refused) == 1 and "error: e.message" in runner_js
    message = apply_plan(tmp_path, book_plan(layouts(load_report(EXAMPLE))), ["Kinerja"], runner_js)["error"]
    assert refused in message
    assert message.startswith("Excel menolak menulis lembar hasil") and "Hitung Ulang lagi" in message


def test_task_pane_draws_the_grafik_charts_over_its_own_cells(tmp_path):
    """The plan's charts (Grafik, issue 11) go through worksheet.charts.add and series calls, queued
    with the sheet's other writes: no round trip of their own."""
    from test_grafik import RED, YELLOW, hand_report

    from lkj_xl.core.tables import grafik
    from lkj_xl.xl.plan import book_plan, estimated_round_trips

    lay = grafik.layout(hand_report())
    plan = book_plan([lay])
    result = apply_plan(tmp_path, plan, ["Kinerja"])
    assert result["syncs"] <= 3 and estimated_round_trips(plan) <= 4
    (sheet,) = [s for s in result["sheets"] if s["name"] == "Grafik"]
    charts = {c["title"]: c for c in sheet["charts"]}
    assert len(sheet["charts"]) == len(lay.charts) == 4

    def rect(cells):  # a range as the stand-in records it: [row, col, rows, cols]
        return [
            cells.first_row,
            cells.first_col,
            cells.last_row - cells.first_row + 1,
            cells.last_col - cells.first_col + 1,
        ]

    spec = next(s for s in lay.charts if s.title.startswith("Capaian"))
    got = charts[spec.title]
    assert (got["type"], got["by"], got["position"][:2]) == ("ColumnClustered", "Columns", list(spec.anchor))
    bars, line = got["series"]
    assert bars["values"] == rect(spec.series[0].values) and bars["x"] == rect(spec.categories)
    assert bars["points"] == {"0": RED, "1": YELLOW} and bars["labels"] is True
    assert line["values"] == rect(spec.series[1].values) and line["type"] == "Line" and line["dash"] == "Dash"
    assert got["hidden"] == [0]  # the coloured bars explain themselves in a note, not the legend
    assert got["axis"]["min"] == 0 and got["width"] == spec.width * 0.75
    kriteria = charts["Jumlah Indikator per Kriteria dan Tingkat"]
    assert [s["name"] for s in kriteria["series"]] == list(c.KRITERIA)
    assert [s["fill"] for s in kriteria["series"]] == ["#006100", "#92D050", "#FFEB3B", "#FFA500", "#C00000"]
    trend = charts["Tren T1: Nilai Investasi"]
    assert (trend["type"], trend["by"]) == ("Line", "Rows")


def sent_klien(**told: dict) -> dict:
    """The task pane's second argument (klien) as the server must receive it: the plan's version, and
    every kind of cells it tells of empty but ``told``."""
    from lkj_xl.xl.plan import PLAN_VERSION

    kinds = ("gabung", "tersembunyi", "keluaran", "pemilik", "bulan", "rumus", "coret", "ketikan")
    return {"rencana": PLAN_VERSION, **{kind: {} for kind in kinds}, **told}


def posted_values(result: dict, name: str) -> list[list]:
    """The values the task pane posted for sheet ``name``."""
    return next(s for s in result["posted"]["sheets"] if s["name"] == name)["values"]


def test_task_pane_sends_the_merged_areas_of_the_input_sheets(tmp_path):
    # Polaritas "Negatif" typed in G2 and merged over G2:G3 (Excel keeps G3 empty), a title merged
    # within row 1; a sheet that is no input sheet is not asked.
    kinerja = [
        ["Kinerja", "", "", "", "", "", ""],
        ["P1", "", "", "", "", "", "Negatif"],
        ["K1", "", "", "", "", "", ""],
    ]
    book = {
        "Kinerja": {"values": kinerja, "merged": ["$A$1:$C$1", "$G$2:$G$3"]},
        "Catatan": {"values": [["x"]], "merged": ["A1:A2"]},
    }
    result = press_read(tmp_path, book, "1.20")
    sent = sent_klien(gabung={"Kinerja": ["A1:C1", "G2:G3"]})
    assert result["posted"]["args"][1] == sent
    assert posted_values(result, "Kinerja") == kinerja
    assert result["asked"] == 1 and result["syncs"] == 2  # the sheet names, then values and merges together

    # Office 2019 (ExcelApi 1.8 at most): no merged areas asked, the values as before.
    old = press_read(tmp_path, book, "1.8")
    assert old["posted"]["args"][1] == sent_klien()
    assert old["asked"] == 0
    assert old["syncs"] == 2

    # A host whose round trip with the merged areas fails: read again without them, nothing lost.
    failing = press_read(tmp_path, book, "1.20", fail_merges=True)
    assert failing["posted"]["args"][1]["gabung"] == {}
    assert posted_values(failing, "Kinerja") == kinerja


def test_task_pane_sends_the_hidden_rows_of_the_input_sheets_in_the_same_round_trip(tmp_path):
    # Kinerja: header on row 1, indicators on rows 2-9; rows 3-4 hidden (one run) and row 7 (another),
    # as staff hide indicators they drop. Anggaran hides nothing; a sheet that is no input sheet is
    # not asked.
    kinerja = [["Kode", "Target"]] + [[f"K{r}", r] for r in range(2, 10)]
    book = {
        "Kinerja": {"values": kinerja, "merged": [], "hidden": [3, 4, 7]},
        "Anggaran": {"values": [["Kode", "Pagu"], ["P1", 100]], "merged": []},
        "Catatan": {"values": [["x"], ["y"]], "merged": [], "hidden": [2]},
    }
    result = press_read(tmp_path, book, "1.20")
    sent = sent_klien(tersembunyi={"Kinerja": ["3:4", "7"]})
    assert result["posted"]["args"][1] == sent
    assert posted_values(result, "Kinerja") == kinerja
    # One view per input sheet, loaded with the values and merged areas: still 2 round trips.
    assert result["views"] == 2 and result["syncs"] == 2

    # Excel without visible views (below ExcelApi 1.3): none asked, nothing said, as before.
    old = press_read(tmp_path, book, "1.2")
    assert old["posted"]["args"][1]["tersembunyi"] == {} and old["views"] == 0 and old["syncs"] == 2

    # A view that shows no row (the used range's first column hidden) tells nothing.
    book["Kinerja"]["column_hidden"] = True
    blind = press_read(tmp_path, book, "1.20")
    assert blind["posted"]["args"][1]["tersembunyi"] == {}
    del book["Kinerja"]["column_hidden"]

    # A host whose round trip with the views fails: read again without them, the values intact.
    failing = press_read(tmp_path, book, "1.20", fail_view=True)
    assert failing["posted"]["args"][1]["tersembunyi"] == {}
    assert posted_values(failing, "Kinerja") == kinerja


def test_task_pane_sends_the_hidden_columns_of_the_input_sheets_in_the_same_round_trip(tmp_path):
    from lkj_xl.core import contract as c

    # Kinerja: a title on row 1, the header on row 2 (Kode .. Keterangan, A-F), indicators on rows
    # 3-5; column B hidden alone and D:E (Target Perubahan with 500 typed for K3, Realisasi TW I: one
    # run), as staff hide a column once used; row 4 hidden too. Anggaran hides nothing; a sheet that
    # is no input sheet is not asked.
    kinerja = [
        ["Kinerja", "", "", "", "", ""],
        ["Kode", "Indikator", "Target", "Target Perubahan", "Realisasi TW I", "Keterangan"],
        ["K3", "Jumlah IKM", 400, 500, 95, ""],
        ["K4", "Jumlah koperasi", 20, "", 5, ""],
        ["K5", "Jumlah pasar", 3, "", 1, "angka sementara"],
    ]
    book = {
        "Kinerja": {"values": kinerja, "merged": [], "hidden": [4], "hidden_columns": [2, 4, 5]},
        "Anggaran": {"values": [["Kode", "Pagu"], ["P1", 100]], "merged": []},
        "Catatan": {"values": [["x", "y"]], "merged": [], "hidden_columns": [2]},
    }
    result = press_read(tmp_path, book, "1.20")
    sent = sent_klien(tersembunyi={"Kinerja": ["4", "B:B", "D:E"]})
    assert result["posted"]["args"][1] == sent
    assert posted_values(result, "Kinerja") == kinerja
    # A view of each input sheet's first 10 rows (the rows the header is searched in), loaded with
    # the values, merged areas and the first column's view: still 2 round trips.
    assert c.HEADER_SEARCH_ROWS == 10 and result["topRows"] == [[1, 10], [1, 10]]
    assert result["views"] == 2 and result["rowViews"] == 2 and result["syncs"] == 2

    # The first 10 rows all hidden, indicators below (a view that shows no cell): no column said, the
    # rows still are.
    longer = kinerja + [[f"K{r}", "Jumlah", 1, "", 1, ""] for r in range(6, 13)]
    tall = {**book, "Kinerja": {**book["Kinerja"], "values": longer, "hidden": list(range(1, 11))}}
    blind = press_read(tmp_path, tall, "1.20")
    assert blind["posted"]["args"][1]["tersembunyi"] == {"Kinerja": ["1:10"]}

    # Excel without visible views (below ExcelApi 1.3): none asked, nothing said, as before.
    old = press_read(tmp_path, book, "1.2")
    assert old["posted"]["args"][1]["tersembunyi"] == {} and old["rowViews"] == 0 and old["syncs"] == 2

    # A host whose round trip with the views fails: read again without them, the values intact.
    failing = press_read(tmp_path, book, "1.20", fail_view=True)
    assert failing["posted"]["args"][1]["tersembunyi"] == {}
    assert posted_values(failing, "Kinerja") == kinerja


def test_task_pane_sends_a1_of_the_sheets_named_like_output_sheets_in_the_same_round_trip(tmp_path):
    """A sheet of the user's named "ringkasan" (any case) and one lkj-xl wrote: the task pane sends
    each one's A1 (a number as ""), so the server can refuse to replace the user's sheet, at no extra
    round trip; input sheets and other sheets are not asked."""
    title = "Pemeriksaan Data Kinerja dan Anggaran s.d. Triwulan II Tahun 2025"
    book = {
        "Kinerja": {"values": [["Kode", "Target"], ["K1", 5]], "merged": []},
        "ringkasan": {"values": [["Catatan rapat pimpinan"]], "merged": []},
        "Pemeriksaan": {"values": [[title]], "merged": []},
        "Efisiensi": {"values": [[2025]], "merged": []},
        "Catatan": {"values": [["x"]], "merged": []},
    }
    for api in ("1.20", "1.2"):  # A1 is ExcelApi 1.1: asked on every host (1.2: no merges, no views)
        result = press_read(tmp_path, book, api)
        sent = {"ringkasan": "Catatan rapat pimpinan", "Pemeriksaan": title, "Efisiensi": ""}
        assert result["posted"]["args"][1]["keluaran"] == sent
        assert result["syncs"] == 2


# Number formats of a number cell and what each shows, as Excel keeps "Juli 2025" typed (month and
# year only, built-in 17 "mmm-yy", the Indonesian locale's "[$-421]mmmm yyyy;@"), a full date, times
# (minutes, not months), a percentage and General.
MONTH_FORMATS = [
    ("mmmm yyyy", "month"),
    ("mmm-yy", "month"),
    ("[$-421]mmmm yyyy;@", "month"),
    ("mmmm\\ yyyy", "month"),
    ("d mmmm yyyy", "date"),
    ("dd/mm/yyyy", "date"),
    ("h:mm", "date"),
    ("[h]:mm", "date"),
    ("mm:ss", "date"),
    ("0.00%", "percent"),
    ("General", ""),
]


def test_task_pane_sends_the_dates_shown_without_their_day_in_the_same_round_trip(tmp_path):
    """A date cell is sent as its ISO date, without its format: "Juli 2025" typed (Excel keeps 1 July
    2025 showing "mmmm yyyy") read as 1 Juli 2025. The task pane names the number cells whose date
    format shows no day and no time (klien.bulan), as Python's classifier (the build's) says."""
    from lkj_xl.core.formats import format_code_kind

    # 1 July 2025 is Excel's serial 45839: 45658 is 1 January 2025 and July starts 181 days later
    # (31 + 28 + 31 + 30 + 31 + 30).
    rows = [["Parameter", "Nilai"]] + [[code, 45839] for code, _ in MONTH_FORMATS] + [["Teks", "Juli 2025"]]
    formats = (
        [["General", "General"]] + [["General", code] for code, _ in MONTH_FORMATS] + [["@", "mmmm yyyy"]]
    )
    book = {"Pengaturan": {"values": rows, "formats": formats, "merged": []}}
    result = press_read(tmp_path, book, "1.20")
    months = [f"B{r}" for r, (_, kind) in enumerate(MONTH_FORMATS, start=2) if kind == "month"]
    assert months == ["B2", "B3", "B4", "B5"]
    # The same cells as lkj-xl build's reader marks (core.formats.format_code_kind).
    assert [kind for code, kind in MONTH_FORMATS] == [format_code_kind(code) for code, _ in MONTH_FORMATS]
    assert result["posted"]["args"] == [
        {"Pengaturan": ["B11"]},
        sent_klien(bulan={"Pengaturan": months}),
    ]
    sent = next(s for s in result["posted"]["sheets"] if s["name"] == "Pengaturan")["values"]
    assert [row[1] for row in sent[1:9]] == ["2025-07-01T00:00:00.000Z"] * 8  # dates as before
    assert result["syncs"] == 2  # read with the values: no round trip more


def test_task_pane_and_server_print_a_month_typed_into_the_signing_date_as_lkj_xl_build(tmp_path):
    """The example with "Juli 2025" typed into Tanggal Penandatanganan (B13, "mmmm yyyy"), read by the
    task pane as Excel hands it over (the date as its serial number, the formats) and pressed through
    the Hitung Ulang script: the sheets print "Lumajang, Juli 2025" and Pemeriksaan lists the
    findings `lkj-xl build` lists, its peringatan at B13 among them."""
    import asyncio
    import datetime as dt

    import xlwings as xw
    from openpyxl.utils.datetime import to_excel
    from test_xl_server import (
        MONTH_ONLY_TEXT,
        month_signed_book,
        pemeriksaan_rows,
        replay_plan,
        signature_lines,
    )

    from lkj_xl.build import load_report
    from lkj_xl.xl.scripts import hitung_ulang_script

    path = month_signed_book(tmp_path, "mmmm yyyy")
    wb = openpyxl.load_workbook(path, data_only=True)
    book = {}
    for name in c.INPUT_SHEETS:
        ws = wb[name]
        cells = list(ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column))
        book[name] = {
            "values": [
                [
                    to_excel(x.value)
                    if isinstance(x.value, dt.datetime)
                    else ("" if x.value is None else x.value)
                    for x in row
                ]
                for row in cells
            ],
            "formats": [[x.number_format for x in row] for row in cells],
            "merged": [str(r) for r in ws.merged_cells.ranges],
        }
    posted = press_read(tmp_path, book, "1.20")["posted"]
    assert posted["args"][1]["bulan"] == {c.SHEET_PENGATURAN: ["B13"]}

    remote = xw.Book(json=posted)
    asyncio.run(hitung_ulang_script(remote, *posted["args"]))
    sheets, _alerts, _syncs = replay_plan(posted, remote.json()["actions"])
    headless = load_report(path)
    want = sorted((f.severity.capitalize(), f.sheet, f.sel, f.pesan) for f in headless.findings)
    assert ("Peringatan", c.SHEET_PENGATURAN, "B13", MONTH_ONLY_TEXT) in want
    assert pemeriksaan_rows(next(s for s in sheets if s.name == c.SHEET_PEMERIKSAAN)) == want
    assert signature_lines(sheets) == {f"Lumajang, {headless.settings.tanggal}"} == {"Lumajang, Juli 2025"}


def test_task_pane_sends_the_owner_name_so_a_sheet_lkj_xl_build_wrote_is_replaced_as_it_does(tmp_path):
    """A workbook `lkj-xl build` wrote, Ringkasan's A1 then retitled by the user: the build replaces
    it (its owner name, scoped to the sheet), and the add-in refused it (A1 alone). The task pane now
    sends the owner name's formula of each output-named sheet with A1 (klien.pemilik), in the same
    round trip, and the press goes through as the build does. A host without ExcelApi 1.7 sends none:
    A1 alone decides, and the press is refused (a doubtful sheet is never deleted)."""
    import asyncio

    import xlwings as xw
    from test_xl_server import _built_with_edited_title

    from lkj_xl.build import build
    from lkj_xl.core.ownership import foreign_sheet_alert
    from lkj_xl.xl.scripts import HitungUlangError, hitung_ulang_script

    path = _built_with_edited_title(tmp_path)
    build(path, tmp_path / "hasil.xlsx")  # the build replaces it
    wb = openpyxl.load_workbook(path, data_only=True)
    book = {}
    for ws in wb.worksheets:
        last = None if ws.title in c.INPUT_SHEETS else 1  # (other sheets: A1 is all that is read)
        rows = [
            ["" if v is None else v for v in row]
            for row in ws.iter_rows(max_row=last, max_col=last, values_only=True)
        ]
        owner = ws.defined_names.get("lkj_xl_keluaran")
        book[ws.title] = {"values": rows, "merged": [], "owner": f"={owner.attr_text}" if owner else None}
    result = press_read(tmp_path, book, "1.20")
    posted = result["posted"]
    owners = posted["args"][1]["pemilik"]
    assert owners["Ringkasan"] == '="lkj-xl"' and set(owners) == set(posted["args"][1]["keluaran"])
    assert result["syncs"] == 2  # no round trip more
    remote = xw.Book(json=posted)
    asyncio.run(hitung_ulang_script(remote, *posted["args"]))  # no refusal, as the build
    assert remote.json()["actions"]

    old = press_read(tmp_path, book, "1.6")["posted"]
    assert "pemilik" not in old["args"][1]
    with pytest.raises(HitungUlangError) as refused:
        asyncio.run(hitung_ulang_script(xw.Book(json=old), *old["args"]))
    assert str(refused.value) == foreign_sheet_alert(["Ringkasan"], a1_only=True)


def test_task_pane_marks_every_sheet_it_writes_with_the_owner_name_as_lkj_xl_build(tmp_path):
    """`lkj-xl build` marks each output sheet with the hidden owner name (core.ownership), so that a
    sheet whose title the user retitled is still replaced by the next build. The task pane wrote the
    sheets without it: after one press, a title edited in A1 (Ringkasan "... (revisi)") made every
    later press refuse the sheet as "bukan buatan lkj-xl", and a book built by `lkj-xl build` lost its
    marks at its first press. Now each sheet the pane writes carries the name, hidden, as the build's."""
    from test_xl_server import EXAMPLE

    from lkj_xl.build import load_report
    from lkj_xl.core.ownership import OWNER_NAME, OWNER_VALUE, is_owner_name, is_tool_sheet
    from lkj_xl.core.tables import layouts
    from lkj_xl.xl.plan import book_plan

    lays = layouts(load_report(EXAMPLE))
    result = apply_plan(tmp_path, book_plan(lays), ["Pengaturan", "Kinerja", "Anggaran"])
    assert result["syncs"] <= 3  # queued with the writes: no round trip more
    written = {s["name"]: s for s in result["sheets"]}
    for lay in lays:
        names = written[lay.name].get("names") or {}
        assert names.get(OWNER_NAME) == {"formula": "=" + OWNER_VALUE, "visible": False}, lay.name
        # The next press (or build) still knows the sheet as lkj-xl's with its title retitled.
        owner = is_owner_name(OWNER_NAME, names[OWNER_NAME]["formula"])
        assert is_tool_sheet(lay.name, owner_name=owner, a1="Ringkasan saya (revisi)")
    for name in ("Pengaturan", "Kinerja", "Anggaran"):  # the user's sheets: no name added
        assert not written[name].get("names")


def test_task_pane_rewrites_an_output_sheet_in_place_so_the_users_references_to_it_hold(tmp_path):
    """The task pane replaced each output sheet by deleting it and adding a new one. Excel turns every
    formula and defined name referring to a deleted sheet into #REF!, for good: a user's own sheet
    citing =Ringkasan!B6, or a name =Capaian Program!$H$8, broke at every press (outside the
    tool-owned sheets), where `lkj-xl build` replaces the sheet's contents and keeps them. Now an
    output sheet that is there is cleared in place (unprotected, values, formats, merges, conditional
    formats, widths, heights, freeze panes and charts reset) and written: the same sheet as a fresh
    one, never deleted, its position and owner name kept, in the same round trips."""
    from test_xl_server import EXAMPLE

    from lkj_xl.build import load_report
    from lkj_xl.core.ownership import OWNER_VALUE
    from lkj_xl.core.tables import layouts
    from lkj_xl.xl.plan import book_plan

    lays = layouts(load_report(EXAMPLE))
    inputs = ["Pengaturan", "Kinerja", "Anggaran"]
    fresh = apply_plan(tmp_path, book_plan(lays), [*inputs, "Rekap Saya"])
    outputs = [lay.name for lay in lays]
    # The sheets the pane read A1 of (the server's klien.keluaran): rewritten in place.
    in_place = book_plan(lays, existing=outputs)
    # A book an earlier build wrote (protected, its owner name), stale contents in every corner,
    # with the user's own sheet "Rekap Saya" between the output sheets.
    stale = {
        "protected": True,
        "cells": {"0,0": {"v": "'lama"}, "70,12": {"v": 99, "bold": True, "fill": "#FF0000"}},
        "merges": [[40, 0, 41, 5]],
        "cfs": [{"range": [0, 0, 90, 9]}],
        "widths": {"14": 300},
        "heights": {"80": 99},
        "freeze": "A1:C9",
        "charts": [{"type": "Pie"}],
    }
    before = [*inputs, *([name, "lama", '="lkj-xl"', stale] for name in outputs[:3]), "Rekap Saya"]
    before += [[name, "lama", '="lkj-xl"', stale] for name in outputs[3:]]
    again = apply_plan(tmp_path, in_place, before)
    assert again["deleted"] == []  # no sheet deleted: references to them hold
    # What lkj-xl build protected is unprotected in the round trip that reads the sheet names: no
    # round trip more (there was one, a book's first press after a build: tests/test_addin_round6.py).
    assert again["syncs"] == fresh["syncs"]
    order = [s["name"] for s in again["sheets"]]
    assert order == [*inputs, *outputs[:3], "Rekap Saya", *outputs[3:]]  # every sheet where it was
    want = {s["name"]: s for s in fresh["sheets"]}
    for sheet in again["sheets"]:
        if sheet["name"] not in outputs:
            continue
        assert not sheet.get("protected"), sheet["name"]
        assert sheet["names"] == {"lkj_xl_keluaran": {"formula": "=" + OWNER_VALUE, "visible": False}}
        for key in ("cells", "merges", "cfs", "widths", "heights", "freeze", "charts"):
            empty = [] if key == "charts" else None  # no chart drawn: none left either
            assert (sheet.get(key) or empty) == (want[sheet["name"]].get(key) or empty), (sheet["name"], key)
    # Pressed again (the sheets no longer protected): no round trip more than a fresh book's.
    unlocked = [
        [*entry[:3], {**entry[3], "protected": False}] if isinstance(entry, list) else entry
        for entry in before
    ]
    assert apply_plan(tmp_path, in_place, unlocked)["syncs"] == fresh["syncs"]
    # A sheet the user protected with a password stops the press, nothing deleted: tests/test_addin10.py.
