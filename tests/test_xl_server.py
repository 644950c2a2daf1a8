"""The Hitung Ulang button through a real ``lkj-xl serve`` process (xlwings Server) on loopback.

The tests post the book JSON that the Office.js add-in sends (built here from the .xlsx with openpyxl,
in the shape xlwings' client sends: values from A1 to the last used cell, "" for empty cells) and
replay the returned actions onto a small model of a workbook (values, per-cell formats, merges,
conditional formats, widths, heights, freeze panes). That model is compared, cell by cell, with the
output sheets of the headless ``lkj-xl build`` of the same file read back with openpyxl: two
independent writers (xlsxwriter vs xlwings actions) of the same layouts must agree.

Page setup and sheet protection have no xlwings Server action; they are not compared (see
``lkj_xl.xl.book``).
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
import ssl
import subprocess
import sys
import time
import types
from collections import defaultdict
from pathlib import Path

import httpx
import openpyxl
import pytest
from openpyxl.utils import get_column_letter

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

import xlwings as xw  # noqa: E402

from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.core import pasted  # noqa: E402
from tests.common import EXAMPLE, free_port

TOKEN = "token-uji-0123456789abcdef"
# The pop-up of a press on the example (xlwings' alert action: prompt, title, buttons, mode, callback):
# no galat, its one peringatan the TW IV figure of S4 in a TW II report (tests/test_addin_notice.py).
EXAMPLE_NOTICE = [
    "Tabel sudah dihitung. 1 peringatan: lihat sheet Pemeriksaan.",
    "Hitung Ulang selesai",
    "ok",
    "info",
    "",
]
MAX_BYTES = 2 * 1024 * 1024


# --- the book JSON Office.js sends ------------------------------------------------------------------


def book_json(path: Path, exclude=(), args=None) -> dict:
    """What xlwings' Office.js client posts for ``path`` (getBookData in xlwings' custom-scripts JS):
    per sheet its name and the values of A1:<last used cell> ("" for empty), dates as ISO strings;
    excluded sheets send ``[[]]``."""
    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        used = [
            (cell.row, cell.column) for row in ws.iter_rows() for cell in row if cell.value not in (None, "")
        ]
        last_row = max((r for r, _ in used), default=0)
        last_col = max((col for _, col in used), default=0)
        values: list[list] = [[]]
        if ws.title not in exclude:
            values = []
            for r in range(1, max(last_row, 1) + 1):
                row = []
                for col in range(1, max(last_col, 1) + 1):
                    v = ws.cell(r, col).value
                    if v is None:
                        v = ""
                    elif isinstance(v, dt.datetime):
                        if v < dt.datetime(1900, 3, 1):
                            # lkj.js makes a date of the serial by days from 30 December 1899, without
                            # Excel's false 29 February 1900: serial 1 (openpyxl's 1 January) as 31 December
                            v -= dt.timedelta(days=1)
                        v = v.strftime("%Y-%m-%dT%H:%M:%S.000Z")
                    elif isinstance(v, dt.date):
                        v = v.strftime("%Y-%m-%dT00:00:00.000Z")
                    row.append(v)
                values.append(row)
        address = f"$A$1:${get_column_letter(last_col)}${last_row}" if used else None
        sheets.append(
            {
                "name": ws.title,
                "visibility": "Visible",
                "show_gridlines": True,
                "print_area": None,
                "notes": [],
                "notes_supported": True,
                "used_range_address": address,
                "used_range_row_count": last_row,
                "used_range_column_count": last_col,
                "values": values,
                "pictures": [],
                "shapes": [],
                "charts": [],
                "tables": [],
                "pivot_tables": [],
            }
        )
    data = {
        "client": "Office.js",
        "version": xw.__version__,
        "book": {"name": path.name, "active_sheet_index": 0, "selection": "A1", "calculation": "Automatic"},
        "names": [],
        "sheets": sheets,
    }
    if args is not None:
        data["args"] = args
    return data


# --- replaying the actions --------------------------------------------------------------------------

DEFAULT_FORMAT = {
    "bold": False,
    "italic": False,
    "size": 11.0,
    "font_color": None,
    "underline": False,
    "fill": None,
    "num_format": "General",
    "halign": None,
    "valign": None,
    "wrap": False,
    "indent": 0,
    "top": None,
    "bottom": None,
    "left": None,
    "right": None,
}


class SheetModel:
    def __init__(self, name: str):
        self.name = name
        self.values: dict[tuple[int, int], object] = {}
        self.formats: dict[tuple[int, int], dict] = defaultdict(lambda: dict(DEFAULT_FORMAT))
        self.merges: set[tuple[int, int, int, int]] = set()
        self.conditionals: set[tuple] = set()
        self.widths: dict[int, float] = {}  # pixels
        self.heights: dict[int, float] = {}  # points
        self.freeze: tuple[int, int] | None = None
        self.autofit_rows = False
        self.names: dict[str, str] = {}  # names scoped to the sheet -> what they refer to

    def format_at(self, cell) -> dict:
        return self.formats[cell] if cell in self.formats else dict(DEFAULT_FORMAT)


def _cells(a: dict):
    for r in range(a["start_row"], a["start_row"] + a["row_count"]):
        for col in range(a["start_column"], a["start_column"] + a["column_count"]):
            yield r, col


def _freeze_from_address(address: str) -> tuple[int, int]:
    """Office.js freezeAt(range): the range is the frozen top-left pane."""
    first, last = address.split(":")
    if first.isdigit():  # rows "1:5"
        return int(last), 0
    if first.isalpha():  # columns "A:B"
        return 0, openpyxl.utils.column_index_from_string(last)
    col, row = openpyxl.utils.cell.coordinate_from_string(last)
    return row, openpyxl.utils.column_index_from_string(col)


def replay(
    data: dict, actions: list[dict], sheets: list[SheetModel] | None = None
) -> tuple[list[SheetModel], list[list]]:
    """Apply the actions as the add-in does (one Office.js call each) to a model of the workbook
    (``sheets``: its sheets as they are before, else empty sheets named as in ``data``)."""
    if sheets is None:
        sheets = [SheetModel(s["name"]) for s in data["sheets"]]
    alerts: list[list] = []
    for a in actions:
        func, args = a["func"], a["args"]
        sheet = sheets[a["sheet_position"]] if a.get("sheet_position") is not None else None
        whole = a.get("row_count") == 1048576 and a.get("column_count") == 16384  # sheet.cells
        if func == "sheetClear":  # Office.js Range.clear("All"): values and formats, not sizes
            sheet.values.clear()
            sheet.formats.clear()
        elif func == "rangeUnmerge":
            assert whole, a
            sheet.merges.clear()
        elif func == "clearConditionalFormats":
            assert whole, a
            sheet.conditionals.clear()
        elif func in ("setRowHidden", "setColumnHidden"):
            assert whole and args == [False], a  # shown again (the model hides nothing)
        elif func == "freezePaneUnfreeze":
            sheet.freeze = None
        elif func == "addSheet":
            sheets.insert(args[0], SheetModel(args[1]))
        elif func == "sheetDelete":
            sheets.remove(sheet)
        elif func == "alert":
            alerts.append(args)
        elif func == "namesAdd":  # Office.js worksheet.names.add: scoped to the action's sheet
            assert sheet is not None and args[0] not in sheet.names, args  # Excel refuses a duplicate
            sheet.names[args[0]] = args[1]
        elif func == "setValues":
            for i, row in enumerate(a["values"]):
                for j, v in enumerate(row):
                    cell = (a["start_row"] + i, a["start_column"] + j)
                    if v in ("", None):
                        sheet.values.pop(cell, None)
                    elif isinstance(v, str):
                        # Excel keeps a text behind the ' prefix as typed; any other text would be
                        # parsed (formula, number, date): the writer must never send one.
                        assert v.startswith("'"), f"unguarded text {v!r} at {cell}"
                        sheet.values[cell] = v[1:]
                    else:
                        sheet.values[cell] = v
        elif func == "setFontProperty":
            prop, value = args
            key = {
                "bold": "bold",
                "italic": "italic",
                "size": "size",
                "color": "font_color",
                "underline": "underline",
            }[prop]
            if prop == "color":
                value = value.upper()
            elif prop == "underline":
                value = value == "Single"
            elif prop == "size":
                value = float(value)
            for cell in _cells(a):
                sheet.formats[cell][key] = value
        elif func in ("setRangeColor", "setNumberFormat", "setWrapText"):
            key = {"setRangeColor": "fill", "setNumberFormat": "num_format", "setWrapText": "wrap"}[func]
            value = args[0].upper() if func == "setRangeColor" else args[0]
            for cell in _cells(a):
                sheet.formats[cell][key] = value
        elif func in ("setHorizontalAlignment", "setVerticalAlignment"):
            key = "halign" if func == "setHorizontalAlignment" else "valign"
            for cell in _cells(a):
                sheet.formats[cell][key] = args[0].lower()
        elif func == "rangeAdjustIndent":
            for cell in _cells(a):
                sheet.formats[cell]["indent"] += int(args[0])
        elif func == "setBorderProperty":
            side, attribute, value = args
            assert attribute == "line_style" and value == "continuous", args  # thin by default
            r1, c1 = a["start_row"], a["start_column"]
            r2, c2 = r1 + a["row_count"] - 1, c1 + a["column_count"] - 1
            for r, col in _cells(a):
                f = sheet.formats[(r, col)]
                if (side == "edge_top" and r == r1) or (side == "inside_horizontal" and r > r1):
                    f["top"] = "thin"
                if (side == "edge_bottom" and r == r2) or (side == "inside_horizontal" and r < r2):
                    f["bottom"] = "thin"
                if (side == "edge_left" and col == c1) or (side == "inside_vertical" and col > c1):
                    f["left"] = "thin"
                if (side == "edge_right" and col == c2) or (side == "inside_vertical" and col < c2):
                    f["right"] = "thin"
        elif func == "rangeMerge":
            r1, c1 = a["start_row"], a["start_column"]
            r2, c2 = r1 + a["row_count"] - 1, c1 + a["column_count"] - 1
            # merge(across=True): each row of the range merged on its own (Office.js, COM)
            across = args[0] if isinstance(args, list) else args  # xlwings sends [across]
            for first, last in [(r, r) for r in range(r1, r2 + 1)] if across else [(r1, r2)]:
                assert (first, c1, last, c2) not in sheet.merges
                sheet.merges.add((first, c1, last, c2))
        elif func == "setColumnWidth":
            for col in range(a["start_column"], a["start_column"] + a["column_count"]):
                sheet.widths[col] = args[0] / 0.75  # Office.js: points; 96 dpi
        elif func == "setRowHeight":
            for r in range(a["start_row"], a["start_row"] + a["row_count"]):
                sheet.heights[r] = args[0]
        elif func == "setSheetAutofit":
            assert args == ["rows"]
            sheet.autofit_rows = True
        elif func == "freezePaneAtRange":
            sheet.freeze = _freeze_from_address(args[0])
        elif func == "addConditionalFormat":
            spec = args[0]
            rect = (
                a["start_row"],
                a["start_column"],
                a["start_row"] + a["row_count"] - 1,
                a["start_column"] + a["column_count"] - 1,
            )
            sheet.conditionals.add(
                (
                    rect,
                    spec["type"],
                    spec["operator"],
                    spec["formula1"],
                    (spec.get("fill_color") or "").upper() or None,
                    (spec.get("font_color") or "").upper() or None,
                    bool(spec.get("font_bold")),
                )
            )
        else:
            raise AssertionError(f"action the replayer does not know: {func}")
    return sheets, alerts


# --- replaying a plan (the task pane's lkjTerapkan, independently of lkj_xl.xl.plan) ----------------

PLAN_FORMAT_KEYS = {  # Office.js property -> (SheetModel format key, value as the model holds it)
    "font.bold": ("bold", bool),
    "font.italic": ("italic", bool),
    "font.size": ("size", float),
    "font.color": ("font_color", str.upper),
    "font.underline": ("underline", lambda v: v == "Single"),
    "fill.color": ("fill", str.upper),
    "numberFormat": ("num_format", str),
    "horizontalAlignment": ("halign", str.lower),
    "verticalAlignment": ("valign", str.lower),
    "wrapText": ("wrap", bool),
    "indentLevel": ("indent", int),
}


def replay_plan(data: dict, actions: list[dict]) -> tuple[list[SheetModel], list[list], int]:
    """Apply a response the way the lkj-xl task pane does: the runMacro action's plan (sheets replaced
    in place, a new one before the next output sheet there or at the end, values, format rectangles, merges, conditional formats, widths,
    heights, freeze panes), then the alert. Returns the sheets, the alerts and the number of actions."""
    sheets = [SheetModel(s["name"]) for s in data["sheets"]]
    alerts: list[list] = []
    for a in actions:
        if a["func"] == "alert":
            alerts.append(a["args"])
            continue
        assert a["func"] == "runMacro" and a["args"][0] == "lkjTerapkan", a["func"]
        plan = a["args"][1]
        assert plan["version"] in (1, 2)  # 1: a task pane loaded before an upgrade
        assert "across" not in plan["sheets"][0] if plan["version"] == 1 else True
        for k, p in enumerate(plan["sheets"]):
            at = [i for i, s in enumerate(sheets) if s.name.casefold() == p["name"].casefold()]
            later = {q["name"].casefold() for q in plan["sheets"][k + 1 :]}
            after = [i for i, s in enumerate(sheets) if s.name.casefold() in later]
            position = at[0] if at else (after[0] if after else len(sheets))
            if at:
                del sheets[position]
            sheet = SheetModel(p["name"])
            sheets.insert(position, sheet)
            assert len(p["values"]) == p["n_rows"] and all(len(row) == p["n_cols"] for row in p["values"])
            for r, row in enumerate(p["values"]):
                for col, v in enumerate(row):
                    if v is None:
                        continue
                    if isinstance(v, str):
                        assert v.startswith("'"), f"unguarded text {v!r}"  # Excel keeps it as typed
                        assert len(v) - 1 <= 32_767, "longer than an Excel cell holds"
                        v = v[1:]
                    sheet.values[(r, col)] = v
            for prop, rects in p["formats"]:
                for r1, c1, r2, c2, value in rects:
                    a_ = {
                        "start_row": r1,
                        "start_column": c1,
                        "row_count": r2 - r1 + 1,
                        "column_count": c2 - c1 + 1,
                    }
                    for cell in _cells(a_):
                        f = sheet.formats[cell]
                        if prop == "borders":
                            assert value == ["Continuous", "Thin"], value  # the layouts use thin lines
                            for side in ("top", "bottom", "left", "right"):
                                f[side] = "thin"
                        else:
                            key, convert = PLAN_FORMAT_KEYS[prop]
                            f[key] = convert(value)
            for r1, c1, r2, c2 in p["merges"]:
                assert (r1, c1, r2, c2) not in sheet.merges
                sheet.merges.add((r1, c1, r2, c2))
            for r1, c1, r2, c2 in p.get("across", []):  # Office.js merge(true): each row on its own
                for r in range(r1, r2 + 1):
                    assert (r, c1, r, c2) not in sheet.merges
                    sheet.merges.add((r, c1, r, c2))
            for r1, c1, r2, c2, formula, fill, font, bold, _italic in p["conditionals"]:
                sheet.conditionals.add(((r1, c1, r2, c2), "CellValue", "EqualTo", formula, fill, font, bold))
            for c1, c2, points in p["widths"]:
                for col in range(c1, c2 + 1):
                    sheet.widths[col] = points / 0.75  # Office.js: points; 96 dpi
            for r1, r2, points in p["heights"]:
                assert points <= 409, "taller than an Excel row can be"
                for r in range(r1, r2 + 1):
                    sheet.heights[r] = points
            sheet.autofit_rows = p["n_rows"] > 0
            if p["freeze"]:
                sheet.freeze = _freeze_from_address(p["freeze"])
    return sheets, alerts, len(actions)


# --- the headless build, read back with openpyxl ----------------------------------------------------


def _rgb(color) -> str | None:
    if color is None or color.rgb is None or not isinstance(color.rgb, str):
        return None
    return "#" + color.rgb[-6:].upper()


def xlsx_model(path: Path, names) -> list[SheetModel]:
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        if ws.title not in names:
            continue
        m = SheetModel(ws.title)
        for row in ws.iter_rows():
            for cell in row:
                key = (cell.row - 1, cell.column - 1)
                if cell.value is not None:
                    m.values[key] = cell.value
                f = dict(DEFAULT_FORMAT)
                f["bold"] = bool(cell.font.b)
                f["italic"] = bool(cell.font.i)
                f["size"] = float(cell.font.sz or 11)
                f["font_color"] = _rgb(cell.font.color)
                f["underline"] = cell.font.u == "single"
                f["fill"] = _rgb(cell.fill.fgColor) if cell.fill.fill_type == "solid" else None
                f["num_format"] = cell.number_format
                f["halign"] = cell.alignment.horizontal
                f["valign"] = cell.alignment.vertical if cell.alignment.vertical != "bottom" else None
                f["wrap"] = bool(cell.alignment.wrap_text)
                f["indent"] = int(cell.alignment.indent or 0)
                for side in ("top", "bottom", "left", "right"):
                    f[side] = getattr(cell.border, side).style
                if f != DEFAULT_FORMAT:
                    m.formats[key] = f
        for rng in ws.merged_cells.ranges:
            m.merges.add((rng.min_row - 1, rng.min_col - 1, rng.max_row - 1, rng.max_col - 1))
        for cf in ws.conditional_formatting:
            for rng in cf.sqref.ranges:
                for rule in cf.rules:
                    m.conditionals.add(
                        (
                            (rng.min_row - 1, rng.min_col - 1, rng.max_row - 1, rng.max_col - 1),
                            "CellValue" if rule.type == "cellIs" else rule.type,
                            {"equal": "EqualTo"}.get(rule.operator, rule.operator),
                            rule.formula[0],
                            _rgb(rule.dxf.fill.bgColor) if rule.dxf.fill is not None else None,
                            _rgb(rule.dxf.font.color) if rule.dxf.font is not None else None,
                            bool(rule.dxf.font is not None and rule.dxf.font.b),
                        )
                    )
        for dim in ws.column_dimensions.values():
            if dim.width and dim.customWidth:
                for col in range(dim.min, dim.max + 1):
                    m.widths[col - 1] = round(dim.width * 7)  # characters to pixels (7 px per digit)
        for r, dim in ws.row_dimensions.items():
            if dim.customHeight and dim.ht is not None:
                m.heights[r - 1] = dim.ht
        if ws.freeze_panes:
            col, row = openpyxl.utils.cell.coordinate_from_string(ws.freeze_panes)
            m.freeze = (row - 1, openpyxl.utils.column_index_from_string(col) - 1)
        out.append(m)
    return out


def headless_build(src: Path, folder: Path) -> Path:
    """``lkj-xl build`` of ``src`` into ``folder``."""
    from lkj_xl.build import build

    out = folder / "headless.xlsx"
    build(src, out)
    return out


def covered(merges) -> dict[tuple[int, int], tuple[int, int]]:
    """Cells of merged ranges other than the top-left one -> that top-left cell."""
    out = {}
    for r1, c1, r2, c2 in merges:
        for r in range(r1, r2 + 1):
            for col in range(c1, c2 + 1):
                if (r, col) != (r1, c1):
                    out[(r, col)] = (r1, c1)
    return out


def same_value(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        # xlsxwriter writes numbers with 16 significant digits; the add-in gets the full double.
        return a == pytest.approx(b, rel=1e-14, abs=1e-300)
    return type(a) is type(b) and a == b


def assert_same_sheet(got: SheetModel, want: SheetModel) -> None:
    assert got.name == want.name
    for cell in sorted(set(got.values) | set(want.values)):
        where = f"{want.name}!{get_column_letter(cell[1] + 1)}{cell[0] + 1}"
        assert same_value(got.values.get(cell), want.values.get(cell)), where
    assert got.merges == want.merges, want.name
    # Inside a merged range the headless build formats every cell like the top-left one (openpyxl
    # does not read those cells' styles back): the add-in's cells must do the same.
    inside = covered(want.merges)
    for cell, anchor in inside.items():
        assert got.format_at(cell) == got.format_at(anchor), f"{want.name}: merged cell {cell} vs {anchor}"
    cells = (set(got.formats) | set(want.formats)) - set(inside)
    for cell in sorted(cells):
        assert got.format_at(cell) == want.format_at(cell), (
            f"{want.name}!{get_column_letter(cell[1] + 1)}{cell[0] + 1}"
        )
    assert got.conditionals == want.conditionals, want.name
    assert {k: round(v) for k, v in got.widths.items()} == want.widths, want.name
    assert got.heights == want.heights, want.name
    assert got.freeze == want.freeze, want.name


# --- the server ------------------------------------------------------------------------------------


def start_server(port: int, **options) -> subprocess.Popen:
    env = {**os.environ, "XLWINGS_LICENSE_KEY": "noncommercial", "LKJ_XL_LOG_LEVEL": "warning"}
    env.pop("XLWINGS_ON_SERVER", None)
    call = ", ".join(f"{k}={v!r}" for k, v in options.items())
    code = f"from lkj_xl.xl.server import serve; serve(port={port}, {call})"
    proc = subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited:\n" + proc.stdout.read())
        try:
            scheme = "https" if options.get("certfile") else "http"
            httpx.get(f"{scheme}://127.0.0.1:{port}/", timeout=1, verify=False)
            return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start")


def stop_server(proc: subprocess.Popen) -> str:
    proc.terminate()
    try:
        out, _ = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return out


@pytest.fixture(scope="module")
def server():
    port = free_port()
    proc = start_server(port, token=TOKEN, max_bytes=MAX_BYTES)
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
    yield client
    client.close()
    stop_server(proc)


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def press(client: httpx.Client, data: dict, headers=AUTH) -> httpx.Response:
    return client.post("/xlwings/custom-scripts-call/hitung_ulang", json=data, headers=headers)


def script_exclude(client) -> list[str]:
    meta = client.get("/xlwings/custom-scripts-meta").json()
    (entry,) = [m for m in meta if m["function_name"] == "hitung_ulang"]
    return entry["exclude"].split(",")


# --- tests --------------------------------------------------------------------------------------------


PLAN_CLIENT = {"rencana": 2}  # what the lkj-xl task pane sends: it applies plans of version 2


@pytest.mark.parametrize("version", [2, 1])  # 1: a task pane loaded before the upgrade to 2
def test_plan_press_writes_what_the_headless_build_writes(server, tmp_path, version):
    """The lkj-xl task pane's press: one runMacro action whose plan, replayed, equals the headless
    build cell by cell and format by format; on a fresh workbook and on one built before (its
    output sheets replaced in place)."""
    built = headless_build(EXAMPLE, tmp_path)
    want = {s.name: s for s in xlsx_model(built, c.OUTPUT_SHEETS)}
    order = [ws.title for ws in openpyxl.load_workbook(built).worksheets]
    for book in (EXAMPLE, built):
        data = book_json(book, exclude=c.OUTPUT_SHEETS, args=[{}, {"rencana": version}])
        response = press(server, data)
        assert response.status_code == 200, response.text
        actions = response.json()["actions"]
        assert [a["func"] for a in actions] == ["runMacro", "alert"]  # the tables, then the note
        assert actions[0]["args"][1]["version"] == version
        sheets, alerts, _ = replay_plan(data, actions)
        assert alerts == [EXAMPLE_NOTICE]
        assert [s.name for s in sheets] == order
        for sheet in sheets:
            if sheet.name in want:
                assert_same_sheet(sheet, want[sheet.name])
            else:
                assert sheet.values == {}  # input sheets are not written


def test_plan_press_of_budgets_typed_per_kegiatan_writes_what_the_headless_build_writes(server, tmp_path):
    """Anggaran without P3.01's row, its Kegiatan K3.01.01 typed instead (tests/test_anggaran_rincian.py):
    the task pane's plan gives P3.01 and Sasaran S3 the figures of the headless build."""
    book = tmp_path / "kegiatan.xlsx"
    wb = openpyxl.load_workbook(EXAMPLE)
    ws = wb["Anggaran"]
    assert ws["A9"].value == "P3.01"
    ws.delete_rows(9)
    ws.append(["K3.01.01", "Kegiatan pemberdayaan usaha mikro", None, 3578850965, None, None, 157853500])
    wb.save(book)
    built = headless_build(book, tmp_path)
    names = (c.SHEET_EFISIENSI, c.SHEET_REALISASI_ANGGARAN)
    want = {s.name: s for s in xlsx_model(built, names)}
    data = book_json(book, exclude=c.OUTPUT_SHEETS, args=[{}, PLAN_CLIENT])
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, alerts, _ = replay_plan(data, response.json()["actions"])
    assert alerts == [EXAMPLE_NOTICE]  # no galat: the example's peringatan alone
    for sheet in sheets:
        if sheet.name in want:
            assert_same_sheet(sheet, want[sheet.name])
    (tabel,) = [sheet for sheet in sheets if sheet.name == c.SHEET_REALISASI_ANGGARAN]
    assert "P3.01" in tabel.values.values() and "K3.01.01" not in tabel.values.values()  # one program row


def test_plan_press_alerts_after_the_plan(server):
    data = book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS, args=[{}, PLAN_CLIENT])
    kinerja = next(s for s in data["sheets"] if s["name"] == "Kinerja")
    header = kinerja["values"][2]
    row = next(i for i, r in enumerate(kinerja["values"]) if r[0] == "K1.01.01")
    kinerja["values"][row][header.index("Realisasi TW II")] = "#N/A"  # as Office.js sends an error cell
    ref = f"Kinerja!{get_column_letter(header.index('Realisasi TW II') + 1)}{row + 1}"
    response = press(server, data)
    assert response.status_code == 200, response.text
    actions = response.json()["actions"]
    assert [a["func"] for a in actions] == ["runMacro", "alert"]  # results first, then the alert
    _, alerts, _ = replay_plan(data, actions)
    assert ref in alerts[0][0] and "#N/A" in alerts[0][0]


def test_plan_press_of_grade_targets_writes_what_the_headless_build_writes(server, tmp_path):
    """The task pane computes an Inspektorat's grade targets (Opini BPK "WTP" of "WTP": 100; Predikat
    SAKIP "B" below "BB": no capaian) as the headless build does, without a galat alert."""
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_predikat import KINERJA, PENGATURAN

    book = tmp_path / "inspektorat.xlsx"
    new_workbook(book, pengaturan=PENGATURAN, kinerja=KINERJA)
    built = headless_build(book, tmp_path)
    want = {s.name: s for s in xlsx_model(built, c.OUTPUT_SHEETS)}
    data = book_json(book, exclude=c.OUTPUT_SHEETS, args=[{}, PLAN_CLIENT])
    response = press(server, data)
    assert response.status_code == 200, response.text
    actions = response.json()["actions"]
    assert [a["func"] for a in actions] == ["runMacro", "alert"]
    sheets, alerts, _ = replay_plan(data, actions)
    # no galat: the note of its one peringatan (SAKIP "B" below "BB": capaian not computed)
    assert alerts == [["Tabel sudah dihitung. 1 peringatan: lihat sheet Pemeriksaan.", *EXAMPLE_NOTICE[1:]]]
    tabel = next(sheet for sheet in sheets if sheet.name == c.SHEET_CAPAIAN_TS)
    assert {"WTP", 100} <= set(tabel.values.values())
    for sheet in sheets:
        if sheet.name in want:
            assert_same_sheet(sheet, want[sheet.name])


def test_button_writes_what_the_headless_build_writes(server, tmp_path):
    exclude = script_exclude(server)
    assert set(exclude) == set(c.OUTPUT_SHEETS)  # the add-in does not send the output sheets
    data = book_json(EXAMPLE, exclude=exclude)
    response = press(server, data)
    assert response.status_code == 200, response.text
    actions = response.json()["actions"]
    sheets, alerts = replay(data, actions)
    assert alerts == [EXAMPLE_NOTICE]  # the example has a peringatan but no galat

    built = headless_build(EXAMPLE, tmp_path)
    want = xlsx_model(built, c.OUTPUT_SHEETS)
    got = {s.name: s for s in sheets}
    assert [s.name for s in sheets] == [ws.title for ws in openpyxl.load_workbook(built).worksheets]
    for sheet in want:
        assert_same_sheet(got[sheet.name], sheet)
    # Input sheets untouched: no action addresses them.
    input_positions = {i for i, s in enumerate(data["sheets"]) if s["name"] in c.INPUT_SHEETS}
    first_output = min(i for i, s in enumerate(sheets) if s.name in c.OUTPUT_SHEETS)
    assert all(i < first_output for i in input_positions)
    assert all(s.values == {} for s in sheets if s.name in c.INPUT_SHEETS)


def test_second_press_replaces_the_output_sheets(server, tmp_path):
    """A workbook that already has (protected) output sheets, as ``lkj-xl build`` leaves it: they are
    deleted and written anew in place, with the same result."""
    built = headless_build(EXAMPLE, tmp_path)
    data = book_json(built, exclude=c.OUTPUT_SHEETS)
    response = press(server, data)
    assert response.status_code == 200, response.text
    actions = response.json()["actions"]
    assert sum(a["func"] == "sheetDelete" for a in actions) == len(c.OUTPUT_SHEETS)
    sheets, _ = replay(data, actions)
    assert [s.name for s in sheets] == [s["name"] for s in data["sheets"]]
    want = {s.name: s for s in xlsx_model(built, c.OUTPUT_SHEETS)}
    for sheet in sheets:
        if sheet.name in want:
            assert_same_sheet(sheet, want[sheet.name])


def built_owner_names(path: Path) -> dict[str, dict[str, str]]:
    """The names scoped to each output sheet of a workbook ``lkj-xl build`` wrote (openpyxl)."""
    wb = openpyxl.load_workbook(path)
    return {
        ws.title: {name: "=" + dn.attr_text for name, dn in ws.defined_names.items()}
        for ws in wb.worksheets
        if ws.title in c.OUTPUT_SHEETS
    }


@pytest.mark.parametrize("again", [False, True])  # a first press, and a press after lkj-xl build
def test_action_press_writes_the_owner_name_lkj_xl_build_writes(server, tmp_path, again):
    """Answered action by action (xlwings Lite's way), every output sheet gets lkj-xl's owner name
    scoped to it, as `lkj-xl build` writes it: a title the user edits in A1 after the press leaves the
    sheet lkj-xl's for the task pane and the build (they refused it as "bukan buatan lkj-xl")."""
    built = headless_build(EXAMPLE, tmp_path)
    want = built_owner_names(built)
    # The build's own mark, read independently of the code under test: one name per output sheet.
    assert want and all(names == {"lkj_xl_keluaran": '="lkj-xl"'} for names in want.values())
    data = book_json(built if again else EXAMPLE, exclude=c.OUTPUT_SHEETS)
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, _ = replay(data, response.json()["actions"])
    got = {s.name: s.names for s in sheets if s.name in c.OUTPUT_SHEETS}
    assert got == want
    assert all(s.names == {} for s in sheets if s.name in c.INPUT_SHEETS)


def test_plan_press_refuses_a_users_own_sheet_named_like_an_output_sheet(server, tmp_path):
    """A sheet of the user's named "ringkasan" (a meeting's notes) is not lkj-xl's: `lkj-xl build`
    refuses the workbook, and so must the button (the task pane sends each output-named sheet's A1),
    answering in Bahasa Indonesia before anything is written; a sheet lkj-xl wrote is replaced."""
    from lkj_xl.build import build
    from lkj_xl.errors import LkjError

    book = tmp_path / "ringkasan_sendiri.xlsx"
    wb = openpyxl.load_workbook(EXAMPLE)
    wb.create_sheet("ringkasan")["A1"] = "Catatan rapat pimpinan"
    wb.save(book)
    with pytest.raises(LkjError, match='sheet "ringkasan" was not written by lkj-xl'):
        build(book, tmp_path / "hasil.xlsx")
    keluaran = {"ringkasan": "Catatan rapat pimpinan"}
    data = book_json(book, exclude=c.OUTPUT_SHEETS, args=[{}, {**PLAN_CLIENT, "keluaran": keluaran}])
    response = press(server, data)
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert '"ringkasan"' in detail and "tidak ditimpa" in detail and "Buku kerja tidak diubah" in detail

    # An empty sheet of that name (A1 blank) is the user's too, as for lkj-xl build.
    data["args"][1]["keluaran"] = {"ringkasan": ""}
    assert press(server, data).status_code == 422

    # The sheets of a workbook built before carry lkj-xl's titles in A1: replaced as before.
    built = headless_build(EXAMPLE, tmp_path)
    titles = {ws.title: ws["A1"].value for ws in openpyxl.load_workbook(built) if ws.title in c.OUTPUT_SHEETS}
    assert titles["Ringkasan"].startswith("Ringkasan Capaian Kinerja s.d. Triwulan II")
    data = book_json(built, exclude=c.OUTPUT_SHEETS, args=[{}, {**PLAN_CLIENT, "keluaran": titles}])
    response = press(server, data)
    assert response.status_code == 200, response.text
    assert [a["func"] for a in response.json()["actions"]] == ["runMacro", "alert"]
    # ... in place: the plan names the output sheets the pane read, each written again (the pane
    # clears and writes them, never deletes them: Excel would turn references to them into #REF!).
    plan = response.json()["actions"][0]["args"][1]
    assert sorted(plan["existing"]) == sorted(titles)
    assert set(plan["existing"]) <= {sheet["name"] for sheet in plan["sheets"]}
    data["args"][1]["keluaran"] = ["Ringkasan"]
    response = press(server, data)
    assert response.status_code == 422 and "keluaran" in response.json()["detail"]


def test_press_places_a_new_output_sheet_where_lkj_xl_build_does(server, tmp_path):
    """Ringkasan renamed "Ringkasan TW I" (kept by the user): answered action by action (xlwings
    Lite's way), the new Ringkasan goes where `lkj-xl build` puts it, right after the renamed one
    (before Perbandingan Kinerja), not after Pemeriksaan."""
    wb = openpyxl.load_workbook(headless_build(EXAMPLE, tmp_path))
    wb["Ringkasan"].title = "Ringkasan TW I"
    renamed = tmp_path / "renamed.xlsx"
    wb.save(renamed)
    at = wb.sheetnames.index("Ringkasan TW I")
    want = [*wb.sheetnames[: at + 1], "Ringkasan", *wb.sheetnames[at + 1 :]]
    rebuilt = tmp_path / "rebuilt"
    rebuilt.mkdir()
    assert openpyxl.load_workbook(headless_build(renamed, rebuilt)).sheetnames == want
    data = book_json(renamed, exclude=c.OUTPUT_SHEETS)
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, _ = replay(data, response.json()["actions"])
    assert [s.name for s in sheets] == want


def test_galat_alert_names_the_cells_and_results_are_still_written(server):
    data = book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS)
    kinerja = next(s for s in data["sheets"] if s["name"] == "Kinerja")
    header = kinerja["values"][2]
    target_col = header.index("Target")
    row = next(i for i, r in enumerate(kinerja["values"]) if r[0] == "K1.01.01")
    kinerja["values"][row][target_col] = "1.282,684,40 juta"  # ambiguous: rejected, never guessed
    ref = f"Kinerja!{get_column_letter(target_col + 1)}{row + 1}"
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, alerts = replay(data, response.json()["actions"])
    assert len(alerts) == 1
    prompt, title = alerts[0][0], alerts[0][1]
    assert ref in prompt and "1.282,684,40 juta" in prompt
    assert "galat" in title.lower()
    by_name = {s.name: s for s in sheets}
    assert all(by_name[name].values for name in c.OUTPUT_SHEETS)
    pemeriksaan = by_name[c.SHEET_PEMERIKSAAN].values.values()
    assert any(
        isinstance(v, str) and get_column_letter(target_col + 1) + str(row + 1) in v for v in pemeriksaan
    )


def test_missing_sheet_is_refused_with_an_indonesian_message(server):
    data = book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS)
    data["sheets"] = [s for s in data["sheets"] if s["name"] != "Kinerja"]
    response = press(server, data)
    assert response.status_code == 422
    assert 'Sheet "Kinerja" tidak ditemukan' in response.json()["detail"]


def test_a_rekap_workbook_is_refused_saying_what_it_is(server, tmp_path):
    # Hitung Ulang pressed in the Bappeda's rekap.xlsx (lkj-xl rekap's output): it said the three
    # input sheets were missing; it says now, in Indonesian, that this is a rekap workbook. The task
    # pane sends every sheet by name, values only for input sheets (none here).
    from click.testing import CliRunner

    from lkj_xl.cli import main

    out = tmp_path / "rekap.xlsx"
    assert CliRunner().invoke(main, ["rekap", str(EXAMPLE), "-o", str(out), "--jobs", "1"]).exit_code == 0
    names = openpyxl.load_workbook(out, read_only=True).sheetnames
    response = press(server, book_json(out, exclude=names))
    assert response.status_code == 422
    assert response.json()["detail"] == (
        "Hitung Ulang tidak dapat dijalankan: buku kerja ini adalah hasil lkj-xl rekap (sheet Rekap "
        "Perangkat Daerah), bukan buku kerja LKjIP perangkat daerah. Hitung Ulang dijalankan pada buku "
        "kerja perangkat daerah (dengan sheet Pengaturan, Kinerja dan Anggaran), misalnya salah satu berkas "
        "yang direkap."
    )


def test_authentication_is_required_when_a_token_is_configured(server):
    data = book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS)
    for headers in ({}, {"Authorization": "Bearer salah"}, {"Authorization": TOKEN[:-1]}):
        response = press(server, data, headers=headers)
        assert response.status_code == 401
        assert "Tidak berwenang" in response.json()["detail"]
        assert response.headers["www-authenticate"].startswith("Bearer")
    call = {"func_name": "angka", "args": [[["1.234"]]], "version": xw.__version__, "runtime": "1.4"}
    assert server.post("/xlwings/custom-functions-call", json=call).status_code == 401
    # The raw token (as xlwings' getAuth sends it) and the Bearer form are both accepted.
    response = server.post("/xlwings/custom-functions-call", json=call, headers={"Authorization": TOKEN})
    assert response.json() == {"result": [[1234.0]]}


def test_request_limits_and_bad_requests_get_4xx_and_the_server_keeps_serving(server):
    big = b'{"x": "' + b"a" * (MAX_BYTES + 10) + b'"}'
    response = server.post("/xlwings/custom-scripts-call/hitung_ulang", content=big, headers=AUTH)
    assert response.status_code == 413
    assert "terlalu besar" in response.json()["detail"]

    def chunks():  # no Content-Length: the limit holds while reading
        for _ in range(5):
            yield b" " * (MAX_BYTES // 4)

    response = server.post("/xlwings/custom-scripts-call/hitung_ulang", content=chunks(), headers=AUTH)
    assert response.status_code == 413

    response = server.post("/xlwings/custom-scripts-call/hitung_ulang", content=b'{"sheets": [', headers=AUTH)
    assert response.status_code == 400
    assert "bukan JSON yang sah" in response.json()["detail"]

    response = server.post("/xlwings/custom-scripts-call/hitung_ulang", json={"sheets": 3}, headers=AUTH)
    assert response.status_code == 422
    assert "tidak lengkap" in response.json()["detail"]

    response = server.post("/xlwings/custom-scripts-call/hapus_semua", json={}, headers=AUTH)
    assert response.status_code == 404
    assert "tidak ada" in response.json()["detail"]

    bad_args = book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS, args=[{"Kinerja": 5}])
    response = press(server, bad_args)
    assert response.status_code == 422
    assert "persen" in response.json()["detail"]

    # Still serving: health, a function, and a full press.
    assert server.get("/").json() == {"status": "ok"}
    response = press(server, book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS))
    assert response.status_code == 200
    assert any(a["func"] == "setValues" for a in response.json()["actions"])


def test_a_cell_or_argument_no_client_sends_gets_an_indonesian_422_naming_it(server):
    """Office.js sends a cell as text, number, logical or empty: an object or a list in a cell, or a
    third script argument, is a malformed request (422 naming the cell or the arguments in Bahasa
    Indonesia), not an unexpected error (500) nor xlwings' English message; the server keeps serving."""
    data = book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS)
    kinerja = next(s for s in data["sheets"] if s["name"] == "Kinerja")
    for odd in ({"nilai": 1}, [1, 2]):
        bad = copy.deepcopy(data)
        next(s for s in bad["sheets"] if s["name"] == "Kinerja")["values"][5][3] = odd
        response = press(server, bad)
        assert response.status_code == 422, response.text
        assert "sel Kinerja!D6" in response.json()["detail"]  # row index 5, column index 3
    assert kinerja["values"][5][3] != {"nilai": 1}
    response = press(server, {**data, "args": [{}, PLAN_CLIENT, {}]})
    assert response.status_code == 422, response.text
    assert "argumen" in response.json()["detail"] and "extra" not in response.json()["detail"]
    assert press(server, data).status_code == 200


def call_function(client, name: str, *args):
    payload = {
        "func_name": name,
        "args": [[[a]] for a in args],
        "caller_address": "[Buku.xlsx]Sheet1!B2",
        "content_language": "id-ID",
        "version": xw.__version__,
        "runtime": "1.4",
    }
    return client.post("/xlwings/custom-functions-call", json=payload, headers=AUTH)


def test_worksheet_functions_through_the_custom_functions_endpoint(server):
    meta = server.get("/xlwings/custom-functions-meta").json()["functions"]
    by_name = {f["name"]: f for f in meta}
    assert set(by_name) == {"CAPAIAN", "KRITERIA", "EFISIENSI", "ANGKA"}
    assert [p["name"] for p in by_name["CAPAIAN"]["parameters"]] == ["realisasi", "target", "polaritas"]
    assert by_name["CAPAIAN"]["parameters"][2].get("optional") is True
    assert "Negatif" in by_name["CAPAIAN"]["description"]
    assert all(
        p["description"] and "Positional" not in p["description"] for f in meta for p in f["parameters"]
    )
    manifest = server.get("/manifest.xml").text
    assert 'id="Functions.Namespace" DefaultValue="LKJ"' in manifest  # LKJ.CAPAIAN in Excel

    def result(name, *args):
        response = call_function(server, name, *args)
        assert response.status_code == 200, response.text
        return response.json()["result"][0][0]

    # The seed's cooperative indicator: 29 of 30 (positive polarity).
    assert result("capaian", 29, 30) == pytest.approx(29 / 30 * 100)
    # Negative polarity (inflation 3.2 against a target of 4): (4 - (3.2 - 4)) / 4 * 100 = 120.
    assert result("capaian", 3.2, 4, "Negatif") == pytest.approx(120.0)
    assert result("capaian", "1.234,5", "2.469") == pytest.approx(50.0)
    assert result("kriteria", 90) == "Tinggi"  # exactly 90 is Tinggi on the report's scale
    assert result("kriteria", 90.5) == "Sangat Tinggi"
    assert result("kriteria", 50) == "Sangat Rendah"
    assert result("kriteria", 90.5, "Permendagri 86/2017") == "Tinggi"  # >= 91 for Sangat Tinggi
    assert result("efisiensi", 71, 36) == 35
    assert result("efisiensi", 15, 25) == -10
    assert result("angka", "5.984,04 milyar") == pytest.approx(5_984_040_000_000)
    assert result("angka", "40,71%") == pytest.approx(40.71)
    assert result("angka", "Rp 1.491.388.500.000") == 1_491_388_500_000

    for args, words in (
        (("angka", "1.282,684,40 juta"), "1.282,684,40 juta"),
        (("capaian", 10, 0), "target nol"),
        (("capaian", 10, 20, "Naik Turun"), "Polaritas tidak dikenal"),
    ):
        response = call_function(server, *args)
        assert response.status_code == 400
        assert words in response.text
    response = call_function(server, "hapus")
    assert response.status_code == 404


def test_worksheet_functions_name_error_values_and_ranges(server):
    """An argument cell holding an Excel error arrives as Office.js sends it (an Error entity whose
    basicValue is the error text); a multi-cell argument as a 2-D matrix. Each gets its own message,
    not "Realisasi kosong" as both did before."""

    def call(name, *matrices):
        payload = {
            "func_name": name,
            "args": list(matrices),
            "caller_address": "[Buku.xlsx]Kinerja!Q5",
            "content_language": "id-ID",
            "version": xw.__version__,
            "runtime": "1.4",
        }
        return server.post("/xlwings/custom-functions-call", json=payload, headers=AUTH)

    def error(text, kind):
        return [[{"type": "Error", "basicType": "Error", "basicValue": text, "errorType": kind}]]

    for text, kind in (("#DIV/0!", "Div0"), ("#N/A", "NotAvailable"), ("#SPILL!", "Spill")):
        response = call("capaian", error(text, kind), [[100]])
        assert response.status_code == 400, response.text
        assert f"Realisasi berisi nilai galat Excel {text}" in response.json()["detail"]
        assert "kosong" not in response.text
    response = call("kriteria", error("#REF!", "Ref"))
    assert "Capaian berisi nilai galat Excel #REF!" in response.json()["detail"]
    # =LKJ.CAPAIAN(A1:A2; B1:B2): two cells each
    response = call("capaian", [[95], [80]], [[100], [100]])
    assert response.status_code == 400, response.text
    assert "Realisasi harus satu sel, bukan rentang 2 sel" in response.json()["detail"]
    response = call("angka", [["1"], ["2"], ["3"]])
    assert "Teks harus satu sel, bukan rentang 3 sel" in response.json()["detail"]
    # an empty cell still says so
    response = call("capaian", [[""]], [[100]])
    assert "Realisasi kosong" in response.json()["detail"]


# Every error value Excel shows in a cell, as the library lists them (Office.js sends each as this text).
ERROR_TEXTS = sorted(pasted.EXCEL_ERRORS)


def test_error_cells_give_the_same_findings_as_lkj_xl_build(server, tmp_path):
    """Kinerja realisation cells holding Excel error values, saved as error cells (t="e") the way
    Excel saves them, for `lkj-xl build`; posted to `lkj-xl serve` as Office.js sends them (the
    error's text as a string). Both must list the same galat, cell by cell."""
    wb = openpyxl.load_workbook(EXAMPLE)
    ws = wb[c.SHEET_KINERJA]
    header_row = next(r for r in range(1, 11) if "Realisasi TW II" in [x.value for x in ws[r]])
    col = [x.value for x in ws[header_row]].index("Realisasi TW II") + 1
    numeric = [
        r for r in range(header_row + 1, ws.max_row + 1) if isinstance(ws.cell(r, col).value, (int, float))
    ]
    assert len(numeric) >= len(ERROR_TEXTS)  # the example has 41 indicators
    refs = {}
    for text, row in zip(ERROR_TEXTS, numeric):
        cell = ws.cell(row, col)
        cell.value = text
        cell.data_type = "e"  # saved as an error cell (t="e"), as Excel saves one
        refs[f"{get_column_letter(col)}{row}"] = text
    book = tmp_path / "galat.xlsx"
    wb.save(book)
    check = openpyxl.load_workbook(book)[c.SHEET_KINERJA]
    assert all(check[ref].data_type == "e" for ref in refs)

    want = build_findings(book)  # what `lkj-xl build` computes
    galat_cells = {sel for tingkat, sheet, sel, _ in want if tingkat == "Galat" and sheet == c.SHEET_KINERJA}
    assert galat_cells >= set(refs)

    data = book_json(book, exclude=c.OUTPUT_SHEETS)  # error cells as Office.js sends them: "#DIV/0!"
    kinerja = next(s for s in data["sheets"] if s["name"] == c.SHEET_KINERJA)
    for ref, text in refs.items():
        r, cc = openpyxl.utils.cell.coordinate_to_tuple(ref)
        assert kinerja["values"][r - 1][cc - 1] == text
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, alerts = replay(data, response.json()["actions"])
    pemeriksaan = next(s for s in sheets if s.name == c.SHEET_PEMERIKSAAN)
    assert pemeriksaan_rows(pemeriksaan) == want
    n_galat = sum(1 for row in want if row[0] == "Galat")
    assert len(alerts) == 1 and f"ada {n_galat} galat" in alerts[0][0]


@pytest.mark.parametrize(("first", "hidden", "shown"), [("G6", "G7", "Negatif"), ("L6", "L7", None)])
def test_merged_cells_sent_by_the_task_pane_give_the_findings_of_lkj_xl_build(
    server, tmp_path, first, hidden, shown
):
    """Polaritas "Negatif" typed once and merged over G6:G7, or Realisasi TW II of P1.01 merged over
    L6:L7: P1.01 and K1.01.01, two nodes (a Polaritas merged over one node's indicators is read on each,
    rows59; over another node's row it stays a galat, review of rows59), and one figure for two
    indicators. The book JSON has values only (G7, L7 read ""), so the add-in scored K1.01.01 as
    Positif, or as not yet reported, while `lkj-xl build` names the hidden cell and leaves it unscored.
    The task pane sends the merged areas (klien.gabung): the add-in then lists the same findings, cell
    by cell."""
    wb = openpyxl.load_workbook(EXAMPLE)
    ws = wb[c.SHEET_KINERJA]
    assert (ws["A6"].value, ws["A7"].value) == ("P1.01", "K1.01.01")
    if shown is not None:
        ws[first] = shown
    ws[hidden] = None  # Excel keeps the first cell's value only
    ws.merge_cells(f"{first}:{hidden}")
    book = tmp_path / "gabung.xlsx"
    wb.save(book)

    want = build_findings(book)
    assert ("Galat", c.SHEET_KINERJA, hidden) in {row[:3] for row in want}

    area = f"${first[0]}${first[1:]}:${hidden[0]}${hidden[1:]}"
    data = book_json(book, exclude=c.OUTPUT_SHEETS, args=[{}, {**PLAN_CLIENT, "gabung": {"Kinerja": [area]}}])
    _sheets, got = press_plan(server, data)
    assert got == want
    # Without the merged areas (an older task pane): the hidden cell reads as blank, no finding names it.
    data["args"] = [{}, PLAN_CLIENT]
    _sheets, got = press_plan(server, data)
    assert ("Galat", c.SHEET_KINERJA, hidden) not in {row[:3] for row in got}


def test_a_figure_merged_across_two_quarters_is_named_by_the_add_in_as_by_lkj_xl_build(server, tmp_path):
    """P2.01's spending 8.000.000 typed in Realisasi TW I and merged over TW II (F5:G5): the task pane
    sends the merge (klien.gabung) and the add-in names it as `lkj-xl build` does (merge_across)."""
    wb = openpyxl.load_workbook(EXAMPLE)
    ws = wb[c.SHEET_ANGGARAN]
    assert ws["A5"].value == "P2.01"
    ws["F5"], ws["G5"] = 8_000_000, None
    ws.merge_cells("F5:G5")
    book = tmp_path / "gabung_tw.xlsx"
    wb.save(book)

    want = build_findings(book)
    assert ("Peringatan", c.SHEET_ANGGARAN, "F5:G5") in {row[:3] for row in want}, want

    data = book_json(
        book, exclude=c.OUTPUT_SHEETS, args=[{}, {**PLAN_CLIENT, "gabung": {"Anggaran": ["$F$5:$G$5"]}}]
    )
    _sheets, got = press_plan(server, data)
    assert got == want


def refused_detail(server: httpx.Client, klien: dict) -> str:
    """The example pressed by a task pane that sends ``klien`` beside PLAN_CLIENT's keys: the press must
    be refused; the refusal's detail."""
    response = press(server, book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS, args=[{}, {**PLAN_CLIENT, **klien}]))
    assert response.status_code in (400, 422), (klien, response.text)
    return response.json()["detail"]


def test_merged_areas_that_are_no_references_are_refused(server):
    assert "G6:" in refused_detail(server, {"gabung": {"Kinerja": ["G6:"]}})
    assert "gabung" in refused_detail(server, {"gabung": ["G6:G7"]})


# lkj-xl build's peringatan for a run of hidden data rows (core.grids), as the README words it.
HIDDEN_ROWS_TEXT = (
    "Baris {rows} sheet {sheet} disembunyikan (hidden, atau tersaring oleh filter) tetapi tetap dibaca "
    "dan dihitung; hapus barisnya bila memang tidak dilaporkan, atau tampilkan kembali"
)


def edited_example(
    path: Path,
    typed: dict[str, dict[str, object]] | None = None,
    hidden_rows: dict[str, list[int]] | None = None,
    hidden_columns: dict[str, list[str]] | None = None,
) -> Path:
    """The example saved at ``path`` after the ``typed`` cells ({sheet: {ref: value}}) were typed and
    the given rows ({sheet: [row]}) and columns ({sheet: [letter]}) hidden, as Excel stores a row or
    column hidden by hand (<row hidden="1">, <col hidden="1">); nothing else changed."""
    wb = openpyxl.load_workbook(EXAMPLE)
    for name, cells in (typed or {}).items():
        for ref, value in cells.items():
            wb[name][ref] = value
    for name, rows in (hidden_rows or {}).items():
        for r in rows:
            wb[name].row_dimensions[r].hidden = True
    for name, letters in (hidden_columns or {}).items():
        for letter in letters:
            wb[name].column_dimensions[letter].hidden = True
    wb.save(path)
    return path


def hidden_rows_book(tmp_path, hidden: dict[str, list[int]]) -> Path:
    """The example with the given rows hidden, as Excel stores a row hidden by hand (or filtered out)."""
    return edited_example(tmp_path / "tersembunyi.xlsx", hidden_rows=hidden)


def test_hidden_rows_sent_by_the_task_pane_give_the_findings_of_lkj_xl_build(server, tmp_path):
    """Kinerja rows 7-8 (K1.01.01 and P1.02) hidden, as staff hide indicators they mean to drop, and
    Anggaran row 5 (P2.01). The book JSON carries values only, so the add-in said nothing while
    `lkj-xl build` points at both runs. The task pane sends the hidden rows (klien.tersembunyi): the
    add-in then lists the same findings, cell by cell."""
    book = hidden_rows_book(tmp_path, {"Kinerja": [7, 8], "Anggaran": [5]})
    want = build_findings(book)
    # By hand: rows 7 and 8 are consecutive data rows of Kinerja, one run: one peringatan at the
    # first column (Kode, A) of both; Anggaran row 5 alone: A5.
    hidden = [row for row in want if "disembunyikan" in row[3]]
    assert hidden == [
        ("Peringatan", "Anggaran", "A5", HIDDEN_ROWS_TEXT.format(rows="5", sheet="Anggaran")),
        ("Peringatan", "Kinerja", "A7:A8", HIDDEN_ROWS_TEXT.format(rows="7-8", sheet="Kinerja")),
    ]

    klien = {**PLAN_CLIENT, "tersembunyi": {"Kinerja": ["7:8"], "Anggaran": ["5"]}}
    data = book_json(book, exclude=c.OUTPUT_SHEETS, args=[{}, klien])
    _sheets, got = press_plan(server, data)
    assert got == want
    # Without the hidden rows (an older task pane, a host without visible views): no such finding.
    data["args"] = [{}, PLAN_CLIENT]
    _sheets, got = press_plan(server, data)
    assert not [row for row in got if "disembunyikan" in row[3]]


def test_hidden_rows_that_are_no_row_references_are_refused(server):
    for refs in (["7:"], ["A7"], ["0"], [7]):
        detail = refused_detail(server, {"tersembunyi": {"Kinerja": refs}})
        assert str(refs[0]) in detail or "tersembunyi" in detail, detail
    assert "tersembunyi" in refused_detail(server, {"tersembunyi": ["7:8"]})


# lkj-xl build's peringatan for a hidden column of the contract that holds something (core.grids).
HIDDEN_COLUMN_TEXT = (
    'Kolom "{header}" sheet {sheet} disembunyikan (hidden) tetapi isinya tetap dibaca dan dihitung '
    "(mis. sel {cell}); tampilkan kolomnya dan periksa isinya, atau kosongkan bila tidak dipakai"
)


def hidden_columns_book(tmp_path, hidden: dict[str, list[str]], typed: dict[str, dict[str, object]]) -> Path:
    """The example with the given columns hidden (Format > Hide, as Excel stores it: <col hidden="1">)
    after the given cells were typed, and nothing else changed."""
    return edited_example(tmp_path / "kolom-tersembunyi.xlsx", typed=typed, hidden_columns=hidden)


# Kinerja J (Target Perubahan) hidden with 500 typed in J7 for K1.01.01 (Target 400 in I7), as staff
# hide a column once used; Anggaran E (Pagu Perubahan) hidden with 82.000.000 in E5 (P2.01, Pagu
# 41.000.000). Kinerja M hides M:N (the example's columns share one width, <col min="13" max="14">):
# M (Realisasi TW III) is empty in a TW II report, N (Realisasi TW IV) holds the seed's 3.969,54 in
# N27. U (a column of the agency's own beyond the contract, holding texts) makes no finding.
HIDDEN_COLUMNS = {"Kinerja": ["J", "M", "U"], "Anggaran": ["E"]}
HIDDEN_COLUMNS_TYPED = {"Kinerja": {"J7": 500}, "Anggaran": {"E5": 82000000}}


def test_hidden_columns_sent_by_the_task_pane_give_the_findings_of_lkj_xl_build(server, tmp_path):
    """A hidden Target Perubahan that holds a figure still replaces the visible Target: `lkj-xl build`
    says so at its header cell, the add-in said nothing (the book JSON carries values only). The
    task pane sends the hidden columns beside the hidden rows (klien.tersembunyi, "J:J"): the add-in
    then lists the same findings, cell by cell."""
    book = hidden_columns_book(tmp_path, HIDDEN_COLUMNS, HIDDEN_COLUMNS_TYPED)
    want = build_findings(book)
    # By hand: the header row of both sheets is row 3; the first data cell with content of the hidden
    # J is J7 (typed above: the example leaves J empty), of E is E5, of N is N27. M holds nothing; U
    # is not the contract's.
    said = [row for row in want if "disembunyikan" in row[3]]
    assert said == [
        (
            "Peringatan",
            "Anggaran",
            "E3",
            HIDDEN_COLUMN_TEXT.format(header="Pagu Perubahan", sheet="Anggaran", cell="E5"),
        ),
        (
            "Peringatan",
            "Kinerja",
            "J3",
            HIDDEN_COLUMN_TEXT.format(header="Target Perubahan", sheet="Kinerja", cell="J7"),
        ),
        (
            "Peringatan",
            "Kinerja",
            "N3",
            HIDDEN_COLUMN_TEXT.format(header="Realisasi TW IV", sheet="Kinerja", cell="N27"),
        ),
    ]

    hidden = {"Kinerja": ["J:J", "M:N", "U:U"], "Anggaran": ["E:E"]}
    klien = {**PLAN_CLIENT, "tersembunyi": hidden}
    data = book_json(book, exclude=c.OUTPUT_SHEETS, args=[{}, klien])
    _sheets, got = press_plan(server, data)
    assert got == want
    # Columns and rows in one list, with $ as Excel writes them: the hidden rows 7-8 said as well.
    klien["tersembunyi"] = {"Kinerja": ["$J:$J", "7:8", "$M:$N"], "Anggaran": ["$E:$E"]}
    data["args"] = [{}, klien]
    _sheets, got = press_plan(server, data)
    assert [row[2] for row in got if "disembunyikan" in row[3]] == ["E3", "A7:A8", "J3", "N3"]
    # Without them (an older task pane, a host without visible views): no such finding.
    data["args"] = [{}, PLAN_CLIENT]
    _sheets, got = press_plan(server, data)
    assert not [row for row in got if "disembunyikan" in row[3]]


def test_hidden_columns_that_are_no_column_references_are_refused(server):
    for refs in (["J"], ["J:"], ["J7:J9"], ["AAAA:AAAA"], ["XFE:XFE"], ["J:7"], ["j;j"]):
        detail = refused_detail(server, {"tersembunyi": {"Kinerja": refs}})
        assert str(refs[0]) in detail, detail


# lkj-xl build's peringatan for "Juli 2025" typed into the signing-date cell (core.pengaturan), as
# tests/test_tanggal_bulan.py words it by hand.
MONTH_ONLY_TEXT = (
    "Tanggal Penandatanganan hanya menunjukkan bulan dan tahun (Juli 2025; Excel menyimpannya sebagai "
    "1 Juli 2025): dicetak Juli 2025, tanpa tanggal. Bila tanggal penandatanganan sudah pasti, tulis "
    "lengkap (mis. 4 Juli 2025)"
)


def month_signed_book(tmp_path, number_format: str) -> Path:
    """The example with "Juli 2025" typed in Pengaturan B13 (Tanggal Penandatanganan), as Excel keeps
    it: the date 1 July 2025 in a cell showing ``number_format``, nothing else changed."""
    wb = openpyxl.load_workbook(EXAMPLE)
    cell = wb[c.SHEET_PENGATURAN]["B13"]
    assert wb[c.SHEET_PENGATURAN]["A13"].value == c.P_TANGGAL
    cell.value, cell.number_format = dt.datetime(2025, 7, 1), number_format
    path = tmp_path / "bulan.xlsx"
    wb.save(path)
    return path


def signature_lines(sheets) -> set[str]:
    """The signature lines ("Lumajang, ...") of the replayed sheets."""
    return {v for s in sheets for v in s.values.values() if isinstance(v, str) and v.startswith("Lumajang, ")}


def test_a_month_typed_into_the_signing_date_cell_prints_as_lkj_xl_build_prints_it(server, tmp_path):
    """ "Juli 2025" typed into Tanggal Penandatanganan: Excel keeps 1 July 2025 showing "mmmm yyyy"; the
    book JSON carries the date only ("2025-07-01T00:00:00.000Z"), so the add-in printed "Lumajang,
    1 Juli 2025" with no peringatan while `lkj-xl build` prints "Lumajang, Juli 2025" and says why.
    The task pane sends the cells showing a date without its day (klien.bulan): the same report."""
    from lkj_xl.build import load_report

    book = month_signed_book(tmp_path, "mmmm yyyy")
    headless = load_report(book)
    assert headless.settings.tanggal == "Juli 2025"
    want = sorted((f.severity.capitalize(), f.sheet, f.sel, f.pesan) for f in headless.findings)
    assert ("Peringatan", c.SHEET_PENGATURAN, "B13", MONTH_ONLY_TEXT) in want

    klien = {**PLAN_CLIENT, "bulan": {c.SHEET_PENGATURAN: ["B13"]}}
    data = book_json(book, exclude=c.OUTPUT_SHEETS, args=[{}, klien])
    sheets, got = press_plan(server, data)
    assert got == want
    assert signature_lines(sheets) == {"Lumajang, Juli 2025"}
    # An older task pane sends no such cells: the date as the book JSON carries it, as before.
    data["args"] = [{}, PLAN_CLIENT]
    sheets, _got = press_plan(server, data)
    assert signature_lines(sheets) == {"Lumajang, 1 Juli 2025"}


def test_cells_of_a_month_that_are_no_cell_references_are_refused(server):
    for refs in (["B13:"], ["13"], ["B"], [13]):
        detail = refused_detail(server, {"bulan": {c.SHEET_PENGATURAN: refs}})
        assert str(refs[0]) in detail or "bulan" in detail, detail
    assert "bulan" in refused_detail(server, {"bulan": ["B13"]})


def pemeriksaan_rows(sheet) -> list[tuple[str, str, str, str]]:
    """(tingkat, sheet, cell, message) of every finding row of a replayed Pemeriksaan sheet."""
    rows: dict[int, dict[int, object]] = defaultdict(dict)
    for (r, col), v in sheet.values.items():
        rows[r][col] = v
    header = next(r for r, cells in sorted(rows.items()) if "Pesan" in cells.values())
    names = {v: col for col, v in rows[header].items()}
    out = []
    for r in sorted(rows):
        cells = rows[r]
        if r > header and cells.get(names["Tingkat"]) in ("Galat", "Peringatan"):
            out.append(tuple(str(cells.get(names[k], "")) for k in ("Tingkat", "Sheet", "Sel", "Pesan")))
    return sorted(out)


def build_findings(book: Path) -> list[tuple[str, str, str, str]]:
    """(tingkat, sheet, cell, message) of every finding `lkj-xl build` gives ``book``, in
    pemeriksaan_rows' order."""
    from lkj_xl.build import load_report

    return sorted((f.severity.capitalize(), f.sheet, f.sel, f.pesan) for f in load_report(book).findings)


def press_plan(server: httpx.Client, data: dict) -> tuple[list[SheetModel], list[tuple[str, str, str, str]]]:
    """Hitung Ulang pressed with ``data`` (book JSON from a task pane that applies a plan), the answer
    replayed: the sheets and the rows of Pemeriksaan."""
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, _alerts, _syncs = replay_plan(data, response.json()["actions"])
    return sheets, pemeriksaan_rows(next(s for s in sheets if s.name == c.SHEET_PEMERIKSAAN))


def test_task_pane_and_ribbon_offer_the_button(server):
    page = server.get("/taskpane.html").text
    assert 'id="lkj-hitung-ulang"' in page and "Hitung Ulang" in page
    assert 'id="lkj-token"' in page  # a token is configured: the pane asks for it
    assert server.get("/static/js/lkj.js").status_code == 200
    assert "hitung_ulang" in server.get("/static/js/lkj.js").text
    assert "lkj-xl-token" in server.get("/static/js/auth.js").text
    assert "lkjHitungUlang" in server.get("/static/js/ribbon.js").text  # the ribbon button runs it too
    manifest = server.get("/manifest.xml").text
    assert 'DefaultValue="Hitung Ulang"' in manifest


def test_options_refused_outside_loopback(tmp_path, monkeypatch):
    from lkj_xl.xl.server import ServeError, check_options

    monkeypatch.setenv("XLWINGS_LICENSE_KEY", "noncommercial")
    monkeypatch.delenv("LKJ_XL_TOKEN", raising=False)
    monkeypatch.delenv("XLWINGS_AUTH_PROVIDERS", raising=False)
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.write_text("x")
    key.write_text("x")
    with pytest.raises(ServeError, match="plain HTTP"):
        check_options("0.0.0.0", 8000, None, None, TOKEN, None)
    with pytest.raises(ServeError, match="requires authentication"):
        check_options("10.1.2.3", 8000, cert, key, None, None)
    with pytest.raises(ServeError, match="at least"):
        check_options("10.1.2.3", 8000, cert, key, "pendek", None)
    with pytest.raises(ServeError, match="both"):
        check_options("127.0.0.1", 8000, cert, None, None, None)
    assert check_options("10.1.2.3", 8000, cert, key, TOKEN, None)["token"] == TOKEN
    monkeypatch.setenv("XLWINGS_AUTH_PROVIDERS", '["entraid"]')
    assert check_options("10.1.2.3", 8000, cert, key, None, None)["providers"] == ["entraid"]
    monkeypatch.delenv("XLWINGS_AUTH_PROVIDERS")
    assert check_options("::1", 8000, None, None, None, None)["token"] is None
    assert check_options("localhost", 8000, None, None, None, None)["max_bytes"] > 0
    monkeypatch.delenv("XLWINGS_LICENSE_KEY")
    with pytest.raises(ServeError, match="XLWINGS_LICENSE_KEY"):
        check_options("127.0.0.1", 8000, None, None, None, None)


def test_https_on_loopback_without_token(tmp_path):
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    cert_file, key_file, ca_file = tmp_path / "cert.pem", tmp_path / "key.pem", tmp_path / "ca.pem"
    cert.cert_chain_pems[0].write_to_path(cert_file)
    cert.private_key_pem.write_to_path(key_file)
    ca.cert_pem.write_to_path(ca_file)
    port = free_port()
    proc = start_server(port, certfile=str(cert_file), keyfile=str(key_file))
    try:
        context = ssl.create_default_context(cafile=str(ca_file))
        with httpx.Client(base_url=f"https://127.0.0.1:{port}", verify=context, timeout=30) as client:
            assert f"https://127.0.0.1:{port}/taskpane.html" in client.get("/manifest.xml").text
            assert 'id="lkj-token"' not in client.get("/taskpane.html").text
            response = call_function(client, "efisiensi", 71, 36)  # no token configured: no auth
            assert response.json() == {"result": [[35]]}
    finally:
        out = stop_server(proc)
    assert f"Manifest: https://127.0.0.1:{port}/manifest.xml" in out


# --- in-process: the adapter ----------------------------------------------------------------------


def remote_book(data: dict):
    return xw.Book(json=copy.deepcopy(data))


def test_percent_cells_from_the_task_pane_are_read_as_percentages():
    """The book JSON has no number formats: a cell showing 400% sends 4. The task pane passes the
    percent cells; without them the number is read as it was sent."""
    from lkj_xl.xl.scripts import hitung_ulang

    data = book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS)
    kinerja = next(s for s in data["sheets"] if s["name"] == "Kinerja")
    header = kinerja["values"][2]
    row = next(i for i, r in enumerate(kinerja["values"]) if r[0] == "K1.01.01")
    assert kinerja["values"][row][header.index("Target")] == 400
    kinerja["values"][row][header.index("Target")] = 4  # shown as 400% in Excel
    ref = f"{get_column_letter(header.index('Target') + 1)}{row + 1}"
    realisasi = kinerja["values"][row][header.index("Realisasi TW II")]
    assert realisasi == 95

    def capaian_of(result):
        (ind,) = [i for i in result.report.indicators if i.kode == "K1.01.01"]
        return ind.capaian

    with_formats = hitung_ulang(remote_book(data), {"Kinerja": [ref]})
    assert with_formats.percent_known
    assert capaian_of(with_formats) == pytest.approx(95 / 400 * 100)
    without = hitung_ulang(remote_book(data))
    assert not without.percent_known
    assert capaian_of(without) == pytest.approx(95 / 4 * 100)


def indicators_workbook(path: Path, n: int) -> None:
    """A workbook of ``n`` activities under one program, all alike (whole numbers, one indicator each)."""
    from lkj_xl.xlsx.template import new_workbook

    rows = [
        {
            "Kode": "T1",
            "Tingkat": "Tujuan",
            "Uraian": "Tujuan",
            "Indikator": "Indeks",
            "Satuan": "%",
            "Polaritas": "Positif",
            "Jenis Realisasi": "Nilai Akhir",
            "Target": 80,
            "Realisasi TW I": 70,
        },
        {
            "Kode": "S1",
            "Tingkat": "Sasaran",
            "Kode Induk": "T1",
            "Uraian": "Sasaran",
            "Indikator": "Indeks",
            "Satuan": "%",
            "Polaritas": "Positif",
            "Jenis Realisasi": "Nilai Akhir",
            "Target": 80,
            "Realisasi TW I": 70,
        },
        {
            "Kode": "P1",
            "Tingkat": "Program",
            "Kode Induk": "S1",
            "Uraian": "Program",
            "Indikator": "Jumlah",
            "Satuan": "unit",
            "Polaritas": "Positif",
            "Jenis Realisasi": "Kumulatif",
            "Target": 100,
            "Realisasi TW I": 40,
        },
    ]
    for i in range(n):
        rows.append(
            {
                "Kode": f"K{i}",
                "Tingkat": "Kegiatan",
                "Kode Induk": "P1",
                "Uraian": f"Kegiatan {i}",
                "Indikator": f"Jumlah {i}",
                "Satuan": "unit",
                "Polaritas": "Positif",
                "Jenis Realisasi": "Kumulatif",
                "Target": 100 + i,
                "Realisasi TW I": 50 + i,
            }
        )
    budgets = [
        {
            "Kode": "P1",
            "Program": "Program",
            "Kode Sasaran": "S1",
            "Pagu": 1_000_000,
            "Realisasi TW I": 250_000,
        }
    ]
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: "Kabupaten Uji", c.P_OPD: "Dinas Uji", c.P_TAHUN: 2025, c.P_TRIWULAN: 1},
        kinerja=rows,
        anggaran=budgets,
    )


def test_action_count_does_not_grow_with_alike_rows(tmp_path):
    """Formatting that is the same on every row costs the same number of calls for 20 or 400 rows."""
    from lkj_xl.xl.scripts import hitung_ulang

    counts = {}
    for n in (20, 400):
        path = tmp_path / f"n{n}.xlsx"
        indicators_workbook(path, n)
        book = remote_book(book_json(path, exclude=c.OUTPUT_SHEETS))
        result = hitung_ulang(book)
        actions = book.json()["actions"]
        assert result.calls.writes == len(actions)  # the counter counts every action
        assert not result.report.errors
        counts[n] = (len(actions), result.calls.values)
    assert counts[20] == counts[400]


def test_every_layout_style_property_is_written():
    from lkj_xl.core.layout import STYLES
    from lkj_xl.xl.book import PROPERTY_DEFAULTS

    used = {prop for style in STYLES.values() for prop in style}
    assert used <= set(PROPERTY_DEFAULTS)


def test_texts_are_written_as_text():
    from lkj_xl.core.layout import SheetLayout
    from lkj_xl.xl.book import write_layouts

    data = book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS)
    book = remote_book(data)
    lay = SheetLayout(
        name="Uji", columns=[10, 10], rows=[['=HYPERLINK("x")', "+62 812"], ["40,71%", 3.5], ["'kutip", None]]
    )
    write_layouts(book, [lay])
    (values,) = [a["values"] for a in book.json()["actions"] if a["func"] == "setValues"]
    assert values == [['\'=HYPERLINK("x")', "'+62 812"], ["'40,71%", 3.5], ["''kutip", ""]]


class FakeRange:
    def __init__(self, formats, r1, c1, r2, c2):
        self.cells = [
            formats.get((r, col), "General") for r in range(r1, r2 + 1) for col in range(c1, c2 + 1)
        ]

    @property
    def number_format(self):
        return self.cells[0] if len(set(self.cells)) == 1 else None


class FakeSheet:
    """Desktop Excel's answer to Range.number_format: the format, or None when the cells differ."""

    def __init__(self, formats):
        self.formats = formats
        self.reads = 0

    def range(self, first, last):
        self.reads += 1
        return FakeRange(self.formats, first[0] - 1, first[1] - 1, last[0] - 1, last[1] - 1)


def test_desktop_percent_formats_cost_few_reads():
    from lkj_xl.xl.book import Calls
    from lkj_xl.xl.inputs import _formats_by_com

    values = [["Target", "Realisasi"]] + [[float(i), float(i)] for i in range(1000)]
    formats = {(10, 0): "0.00%", (500, 1): '0"%"', (501, 1): "0%"}
    sheet = FakeSheet(formats)
    found, _months, known = _formats_by_com(sheet, values, Calls())
    assert known
    assert found == {(10, 0), (501, 1)}  # '0"%"' shows a literal % sign: not a percentage
    assert sheet.reads < 60  # not one read per cell (1000 rows x 2 columns)


class FakeMergedSheet:
    """Desktop Excel's merged cells: Range.merge_cells is True when every cell is merged, False when
    none, None when mixed (COM MergeCells); merge_area of a cell is its merged range, or the cell."""

    def __init__(self, areas: list[str]):
        self.areas = [openpyxl.utils.cell.range_boundaries(a) for a in areas]  # (min_col, min_row, ...)
        self.names = areas
        self.reads = 0

    def _area(self, row: int, col: int) -> str | None:
        for name, (c1, r1, c2, r2) in zip(self.names, self.areas):
            if r1 <= row <= r2 and c1 <= col <= c2:
                return name
        return None

    def range(self, first, last):
        self.reads += 1
        cells = [(r, col) for r in range(first[0], last[0] + 1) for col in range(first[1], last[1] + 1)]
        merged = [self._area(r, col) is not None for r, col in cells]
        area = self._area(*first) or f"{get_column_letter(first[1])}{first[0]}"
        first_cell, _, last_cell = area.partition(":")
        absolute = "$" + re.sub(r"([A-Z]+)", r"\1$", first_cell)
        if last_cell:
            absolute += ":$" + re.sub(r"([A-Z]+)", r"\1$", last_cell)
        return types.SimpleNamespace(
            merge_cells=True if all(merged) else (False if not any(merged) else None),
            merge_area=types.SimpleNamespace(address=absolute),
        )


def test_desktop_merged_cells_are_found_with_few_reads():
    from lkj_xl.xl.book import Calls
    from lkj_xl.xl.inputs import _merges_by_com

    values = [["Kode", "Polaritas", "Target"]] + [["K", "Positif", float(i)] for i in range(1000)]
    # B10:B12 stacked on B13:C14 (an area over two columns), and C500:C501 further down.
    sheet = FakeMergedSheet(["B10:B12", "B13:C14", "C500:C501"])
    found = _merges_by_com(sheet, values, Calls())
    assert sorted(found) == ["B10:B12", "B13:C14", "C500:C501"]
    assert sheet.reads < 80  # halving: not one read per cell (1001 rows x 3 columns)
    plain = FakeMergedSheet([])
    assert _merges_by_com(plain, values, Calls()) == [] and plain.reads == 1  # no merge: one read


def test_additive_indent_rectangles_sum_to_each_cell():
    import random

    from lkj_xl.xl.book import _additive_rectangles

    rng = random.Random(4)
    for _ in range(300):
        n_cols, n_rows = rng.randint(1, 3), rng.randint(1, 30)
        cols = [[rng.choice([None, 0, 1, 2, 3, 4]) for _ in range(n_rows)] for _ in range(n_cols)]
        total = [[0] * n_rows for _ in range(n_cols)]
        for r1, c1, r2, c2, amount in _additive_rectangles(cols):
            assert amount > 0
            for col in range(c1, c2 + 1):
                for r in range(r1, r2 + 1):
                    total[col][r] += amount
        assert total == [[v or 0 for v in col] for col in cols]
    # Programs (indent 2) each followed by four activities (indent 3): one rectangle for the 2s
    # under everything, one per run of 3s; painting each run with its own value would take 100.
    assert len(_additive_rectangles([([2] + [3] * 4) * 50])) == 51


def test_desktop_error_cells_reach_the_parser_as_errors():
    """Desktop Excel (COM) gives an error cell as the integer 0x800A0000 + its XlCVError code
    (#DIV/0! is 2007: -2146826281, the value pywin32 returns); xlwings' err_to_str names only seven
    of them. Every one must become an error cell for the parser, as the headless reader makes it."""
    from lkj_xl.xl.inputs import _grid

    base = -(2**31) + 0x0A0000  # 0x800A0000 as a signed 32-bit integer
    codes = {2007: "#DIV/0!", 2042: "#N/A", 2045: "#SPILL!", 2050: "#CALC!", 2043: "#GETTING_DATA"}
    row = [base + code for code in codes] + ["#FIELD!", "#BUSY!", 12.0]
    (cells,) = _grid([row], set(), set())
    assert [cell.error for cell in cells] == [*codes.values(), "#FIELD!", "#BUSY!", None]
    assert cells[-1].value == 12


def test_concurrent_presses_each_get_their_own_plan_and_alert(server):
    """xlwings' remote App appends app-level actions (alert, runMacro) to the most recent book of
    the process: under concurrent presses they reached another user's answer. Each answer must
    carry exactly its own plan, and the galat alert only where that workbook has galat (the other
    the note of the example's peringatan)."""
    import concurrent.futures

    clean = book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS, args=[{}, PLAN_CLIENT])
    broken = copy.deepcopy(clean)
    kinerja = next(s for s in broken["sheets"] if s["name"] == "Kinerja")
    header = kinerja["values"][2]
    row = next(i for i, r in enumerate(kinerja["values"]) if r[0] == "K1.01.01")
    kinerja["values"][row][header.index("Realisasi TW II")] = "#DIV/0!"
    books = [clean, broken] * 6

    with concurrent.futures.ThreadPoolExecutor(max_workers=len(books)) as pool:
        responses = list(pool.map(lambda data: press(server, data), books))
    for data, response in zip(books, responses):
        assert response.status_code == 200, response.text
        actions = response.json()["actions"]
        assert [a["func"] for a in actions] == ["runMacro", "alert"]
        title = actions[1]["args"][1]
        assert title == ("Hitung Ulang: ada galat" if data is broken else EXAMPLE_NOTICE[1])


@pytest.mark.parametrize(
    "workers, whole_group",
    [
        (1, False),  # kill -INT <pid>
        (2, True),  # Ctrl-C on the terminal: SIGINT to the server and its worker processes
    ],
)
def test_ctrl_c_ends_serve_with_130_and_frees_the_port(workers, whole_group):
    # As every other command: Ctrl-C ends `lkj-xl serve` with exit status 130 and "interrupted", no
    # traceback; the port is free again (a new server can listen on it at once).
    import signal
    import socket

    port = free_port()
    env = {**os.environ, "XLWINGS_LICENSE_KEY": "noncommercial", "LKJ_XL_LOG_LEVEL": "warning"}
    env.pop("XLWINGS_ON_SERVER", None)
    command = [sys.executable, "-m", "lkj_xl", "serve", "--port", str(port), "--workers", str(workers)]
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.communicate()
            try:
                if httpx.get(f"http://127.0.0.1:{port}/manifest.xml", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        if whole_group:
            os.killpg(proc.pid, signal.SIGINT)
        else:
            proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    assert proc.returncode == 130, err
    assert "Traceback" not in err and err.rstrip().splitlines()[-1] == "interrupted", err
    with socket.socket() as again:  # as a server binds (uvicorn sets SO_REUSEADDR too)
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", port))
        again.listen()


def _built_with_edited_title(tmp_path) -> Path:
    """A workbook `lkj-xl build` wrote, whose Ringkasan A1 the user then retitled (the owner name,
    scoped to the sheet, stays: openpyxl keeps it as Excel does)."""
    wb = openpyxl.load_workbook(headless_build(EXAMPLE, tmp_path))
    assert "lkj_xl_keluaran" in wb["Ringkasan"].defined_names  # the build's owner mark
    wb["Ringkasan"]["A1"] = "Ringkasan Capaian Kinerja (revisi pimpinan)"
    path = tmp_path / "judul_diubah.xlsx"
    wb.save(path)
    return path


def test_plan_press_replaces_a_sheet_lkj_xl_build_wrote_whose_title_was_edited(server, tmp_path):
    """`lkj-xl build` knows its sheet by the owner name as well as by A1: a built Ringkasan whose A1
    the user retitled is replaced by the build. The add-in looked at A1 only and refused the same
    workbook; the task pane now sends each output-named sheet's owner name with A1 (klien.pemilik,
    same round trip) and the press replaces it as the build does."""
    from lkj_xl.build import build
    from lkj_xl.core.ownership import foreign_sheet_alert

    path = _built_with_edited_title(tmp_path)
    build(path, tmp_path / "hasil.xlsx")  # replaced, no refusal
    wb = openpyxl.load_workbook(path)
    titles = {ws.title: ws["A1"].value for ws in wb if ws.title in c.OUTPUT_SHEETS}
    owners = {ws.title: '="lkj-xl"' for ws in wb if "lkj_xl_keluaran" in ws.defined_names}
    assert "Ringkasan" in owners
    client = {**PLAN_CLIENT, "keluaran": titles, "pemilik": owners}
    data = book_json(path, exclude=c.OUTPUT_SHEETS, args=[{}, client])
    response = press(server, data)
    assert response.status_code == 200, response.text
    # An older task pane sends no owner names: refused (never delete a sheet that may be the user's),
    # with the message that says why.
    del data["args"][1]["pemilik"]
    response = press(server, data)
    assert response.status_code == 422
    assert response.json()["detail"] == foreign_sheet_alert(["Ringkasan"], a1_only=True)
    # A name of another value is no owner mark: the user's sheet stays refused, as the build refuses.
    data["args"][1]["pemilik"] = {"Ringkasan": '="lain"'}
    assert press(server, data).status_code == 422
    data["args"][1]["pemilik"] = ["Ringkasan"]
    response = press(server, data)
    assert response.status_code == 422 and "pemilik" in response.json()["detail"]


def test_dates_before_march_1900_sent_by_the_task_pane_give_the_findings_of_lkj_xl_build(server, tmp_path):
    """A date cell holding 5 (Pengaturan's Tanggal), 59 and 60 (Kinerja L7, M7): Excel shows 5 January
    1900, 28 February 1900 and its false 29 February. The task pane sends the dates lkj.js makes of the
    serials (4 January, 27 February, 28 February: days from 30 December 1899); the press lists what
    `lkj-xl build` lists, the dates Excel shows and a galat at Kinerja!M7."""
    from lkj_xl.core.tanggal import FALSE_LEAP_DAY_WHY

    wb = openpyxl.load_workbook(EXAMPLE)
    wb["Pengaturan"]["B13"], wb["Kinerja"]["L7"], wb["Kinerja"]["M7"] = 5, 59, 60
    for sheet, ref in (("Pengaturan", "B13"), ("Kinerja", "L7"), ("Kinerja", "M7")):
        wb[sheet][ref].number_format = "dd/mm/yyyy"
    book = tmp_path / "tanggal-1900.xlsx"
    wb.save(book)
    want = build_findings(book)
    data = book_json(book, exclude=c.OUTPUT_SHEETS)
    kinerja = next(s for s in data["sheets"] if s["name"] == c.SHEET_KINERJA)
    kinerja["values"][6][12] = "1900-02-28T00:00:00.000Z"  # lkj.js for 60 (openpyxl cannot tell 59 and 60)
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, _alerts = replay(data, response.json()["actions"])
    assert pemeriksaan_rows(next(s for s in sheets if s.name == c.SHEET_PEMERIKSAAN)) == want
    texts = {(sheet, sel.split(":")[0]): pesan for _t, sheet, sel, pesan in want}
    assert "5 Januari 1900" in texts[("Pengaturan", "B13")]
    assert "berisi tanggal (28 Februari 1900)" in texts[("Kinerja", "L7")]
    assert FALSE_LEAP_DAY_WHY in texts[("Kinerja", "M7")]


def test_plan_press_of_a_zero_target_writes_what_the_headless_build_writes(server, tmp_path):
    """K1.01.01's target typed 0 (tests/test_target_nol_figures.py): the task pane prints its target 0
    and realisasi 95 (TW II's, Kumulatif, nothing in TW I) as the headless build does, capaian Galat,
    and alerts the galat at the target's cell Kinerja!I7."""
    book = tmp_path / "target_nol.xlsx"
    wb = openpyxl.load_workbook(EXAMPLE)
    ws = wb["Kinerja"]
    assert (ws["A7"].value, ws["I7"].value, ws["L7"].value) == ("K1.01.01", 400, 95)
    ws["I7"] = 0
    wb.save(book)
    built = headless_build(book, tmp_path)
    want = {s.name: s for s in xlsx_model(built, c.OUTPUT_SHEETS)}
    data = book_json(book, exclude=c.OUTPUT_SHEETS, args=[{}, PLAN_CLIENT])
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, alerts, _ = replay_plan(data, response.json()["actions"])
    assert "Kinerja!I7" in alerts[0][0]
    for sheet in sheets:
        if sheet.name in want:
            assert_same_sheet(sheet, want[sheet.name])
    tabel = next(sheet for sheet in sheets if sheet.name == c.SHEET_CAPAIAN_PROGRAM)
    row = next(
        r
        for (r, _col), v in tabel.values.items()
        if v == "Jumlah industri dalam rencana pembangunan kabupaten yang difasilitasi"
    )
    figures = [v for (r, _col), v in sorted(tabel.values.items()) if r == row]
    assert 0 in figures and 95 in figures and "Galat (Kinerja!I7)" in figures
