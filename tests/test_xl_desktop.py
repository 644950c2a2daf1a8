"""The macro-enabled workbook for desktop Excel (``new --xlsm``) and its module beside it.

What can be checked on Linux: the VBA project is xlwings' (read with oletools' olevba), the button
on Pengaturan calls a macro that the VBA defines (the form control's XML, and LibreOffice's reading
of it), the module beside the workbook runs ``hitung_ulang`` on the caller book, ``check_pair``
warns when the pair is broken, and the headless build keeps the VBA and the button.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import types
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.utils import get_column_letter

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

import xlwings as xw  # noqa: E402

with warnings.catch_warnings():  # oletools uses pyparsing names deprecated since pyparsing 3
    warnings.simplefilter("ignore", DeprecationWarning)
    from oletools.olevba import VBA_Parser  # noqa: E402
from test_xl_server import EXAMPLE, book_json  # noqa: E402

from lkj_xl.cli import main  # noqa: E402
from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.xl.desktop import DesktopError, check_pair, new_xlsm  # noqa: E402

PENGATURAN = {c.P_PEMDA: "Kabupaten Lumajang", c.P_OPD: "Dinas Koperasi", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}


def vba_modules(path: Path) -> dict[str, str]:
    parser = VBA_Parser(str(path))
    try:
        assert parser.detect_vba_macros()
        return {name: code for _, _, name, code in parser.extract_macros()}
    finally:
        parser.close()


def button_macros(path: Path, sheet_name: str) -> list[tuple[str, str]]:
    """(macro, caption) of the form buttons on a sheet, from the package XML."""
    with zipfile.ZipFile(path) as z:
        workbook = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        rid = re.search(rf'<sheet name="{sheet_name}" sheetId="\d+" r:id="(rId\d+)"', workbook).group(1)
        target = re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{rid}"', rels)
        part = "xl/" + (target.group(1) or target.group(2))
        sheet_xml = z.read(part).decode()
        legacy = re.search(r'<legacyDrawing r:id="(rId\d+)"', sheet_xml)
        if legacy is None:
            return []
        folder, name = part.rsplit("/", 1)
        sheet_rels = z.read(f"{folder}/_rels/{name}.rels").decode()
        vml_target = re.search(
            rf'Id="{legacy.group(1)}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{legacy.group(1)}"',
            sheet_rels,
        )
        vml_path = os.path.normpath(f"{folder}/{vml_target.group(1) or vml_target.group(2)}")
        vml = z.read(vml_path).decode()
    buttons = []
    for shape in re.findall(r"<v:shape .*?</v:shape>", vml, re.S):
        if 'ObjectType="Button"' in shape:
            macro = re.search(r"<x:FmlaMacro>\[0\]!(\w+)</x:FmlaMacro>", shape).group(1)
            caption = re.sub(r"<[^>]+>", "", re.search(r"<v:textbox.*?</v:textbox>", shape, re.S).group(0))
            buttons.append((macro, caption))
    return buttons


@pytest.fixture
def pair(tmp_path) -> tuple[Path, Path]:
    return new_xlsm(tmp_path / "laporan_tw2.xlsm", pengaturan=PENGATURAN)


def test_workbook_has_xlwings_vba_and_a_button_calling_its_macro(pair):
    xlsm, module = pair
    assert module == xlsm.with_name("laporan_tw2.py") and module.is_file()
    modules = vba_modules(xlsm)
    assert "xlwings.bas" in modules  # the standalone template embeds xlwings' VBA module
    subs = {name for code in modules.values() for name in re.findall(r"^Sub (\w+)\(", code, re.M)}
    buttons = button_macros(xlsm, c.SHEET_PENGATURAN)
    assert buttons == [("SampleCall", "Hitung Ulang")]
    assert buttons[0][0] in subs
    (calling,) = [code for code in modules.values() if "Sub SampleCall()" in code]
    # The macro imports the module named after the workbook and runs its main().
    assert "mymodule = Left(ThisWorkbook.Name" in calling
    assert 'RunPython "import " & mymodule & ";" & mymodule & ".main()"' in calling
    with zipfile.ZipFile(xlsm) as z:
        types = z.read("[Content_Types].xml").decode()
        assert "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in types
        workbook = z.read("xl/workbook.xml").decode()
        assert 'codeName="ThisWorkbook"' in workbook


def test_input_sheets_are_the_template(pair, tmp_path):
    from lkj_xl.xlsx.template import new_workbook

    xlsm, _ = pair
    plain = tmp_path / "plain.xlsx"
    new_workbook(plain, pengaturan=PENGATURAN)
    got = openpyxl.load_workbook(xlsm, keep_vba=True)
    want = openpyxl.load_workbook(plain)
    assert got.sheetnames == want.sheetnames == [c.SHEET_PETUNJUK, *c.INPUT_SHEETS, *c.OPTIONAL_INPUT_SHEETS]
    for name in want.sheetnames:
        g = [[cell.value for cell in row] for row in got[name].iter_rows()]
        w = [[cell.value for cell in row] for row in want[name].iter_rows()]
        assert g == w, name
        assert len(got[name].data_validations.dataValidation) == len(
            want[name].data_validations.dataValidation
        )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.slow
def test_libreoffice_reads_the_button_and_its_macro(pair, tmp_path):
    xlsm, _ = pair
    out = tmp_path / "ods"
    env = {**os.environ, "HOME": str(tmp_path)}
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            str(out),
            str(xlsm),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env=env,
    )
    with zipfile.ZipFile(out / "laporan_tw2.ods") as z:
        content = z.read("content.xml").decode()
    assert re.search(r'<form:button [^>]*form:label="Hitung Ulang"', content)
    assert "SampleCall?language=Basic&amp;location=document" in content


def test_module_beside_runs_hitung_ulang_on_the_caller(pair, monkeypatch):
    """As RunPython does: import the module named after the workbook from its folder, call main()."""
    xlsm, _ = pair
    data = book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS)
    data["book"]["name"] = xlsm.name
    books = []

    def caller():
        books.append(xw.Book(json=copy.deepcopy(data)))
        return books[-1]

    monkeypatch.setattr(xw.Book, "caller", staticmethod(caller))
    monkeypatch.syspath_prepend(str(xlsm.parent))
    sys.modules.pop(xlsm.stem, None)
    module = __import__(xlsm.stem)
    try:
        module.main()
        actions = books[-1].json()["actions"]
        written = [a["args"][1] for a in actions if a["func"] == "addSheet"]
        assert written == list(c.OUTPUT_SHEETS)
        assert sum(a["func"] == "setValues" for a in actions) >= len(c.OUTPUT_SHEETS)

        # A workbook without Kinerja: nothing written, the message shown in a message box.
        data["sheets"] = [s for s in data["sheets"] if s["name"] != "Kinerja"]
        module.main()
        actions = books[-1].json()["actions"]
        assert [a["func"] for a in actions] == ["alert"]
        assert 'Sheet "Kinerja" tidak ditemukan' in actions[0]["args"][0]
    finally:
        sys.modules.pop(xlsm.stem, None)


def test_check_pair_warns_when_the_module_is_missing_or_misnamed(pair, tmp_path):
    xlsm, module = pair
    assert check_pair(xlsm) is None
    assert check_pair(tmp_path / "lain.xlsx") is None  # not a macro workbook: nothing to pair

    renamed = xlsm.rename(tmp_path / "laporan_tw3.xlsm")  # e.g. "Save As" for the next quarter
    warning = check_pair(renamed)
    assert '"laporan_tw3.py" tidak ada' in warning
    assert 'Salin "laporan_tw2.py" menjadi "laporan_tw3.py"' in warning

    module.unlink()
    warning = check_pair(renamed)
    assert "laporan_tw3.py" in warning and 'lkj-xl pair "laporan_tw3.xlsm"' in warning

    (tmp_path / "Laporan_TW3.py").write_text("x = 1\n")
    assert "huruf besar/kecil" in check_pair(renamed)
    (tmp_path / "Laporan_TW3.py").unlink()

    (tmp_path / "laporan_tw3.py").write_text("def main():\n    pass\n")
    assert "bukan modul lkj-xl" in check_pair(renamed)
    (tmp_path / "laporan_tw3.py").unlink()

    emailed = renamed.rename(tmp_path / "laporan_tw3 (1).xlsm")  # a mail client's duplicate name
    warning = check_pair(emailed)
    assert "tidak dapat menjadi nama modul" in warning and "laporan_tw3_1.xlsm" in warning

    restored = emailed.rename(tmp_path / "laporan_tw3.xlsm")
    result = CliRunner().invoke(main, ["pair", str(restored)])
    assert result.exit_code == 0, result.output
    assert check_pair(restored) is None
    (tmp_path / "laporan_tw3.py").write_text("def main():\n    pass\n")  # someone else's module
    result = CliRunner().invoke(main, ["pair", str(restored)])
    assert result.exit_code != 0 and "not lkj-xl's module" in result.output
    assert (tmp_path / "laporan_tw3.py").read_text() == "def main():\n    pass\n"  # never overwritten


def test_names_the_macro_cannot_import_are_refused(tmp_path):
    with pytest.raises(DesktopError, match="laporan_tw2.xlsm"):
        new_xlsm(tmp_path / "laporan-tw2.xlsm")
    with pytest.raises(DesktopError, match="Python module"):
        new_xlsm(tmp_path / "json.xlsm")  # "import json" would find the standard library
    with pytest.raises(DesktopError, match=r"\.xlsm"):
        new_xlsm(tmp_path / "laporan.xlsx")
    new_xlsm(tmp_path / "laporan.xlsm")
    with pytest.raises(DesktopError, match="already exists"):
        new_xlsm(tmp_path / "laporan.xlsm")
    new_xlsm(tmp_path / "laporan.xlsm", force=True)


def test_headless_build_keeps_the_vba_and_the_button(tmp_path):
    from lkj_xl.build import build

    # The example's rows in a macro workbook.
    example = openpyxl.load_workbook(EXAMPLE)
    rows = {}
    for name, headers in ((c.SHEET_KINERJA, c.KINERJA_HEADERS), (c.SHEET_ANGGARAN, c.ANGGARAN_HEADERS)):
        values = list(example[name].iter_rows(values_only=True))
        head = next(i for i, r in enumerate(values) if r and r[0] == "Kode")
        rows[name] = [dict(zip(headers, r)) for r in values[head + 1 :] if any(v is not None for v in r)]
    xlsm, _ = new_xlsm(
        tmp_path / "terisi.xlsm",
        pengaturan=PENGATURAN,
        kinerja=rows[c.SHEET_KINERJA],
        anggaran=rows[c.SHEET_ANGGARAN],
    )
    with zipfile.ZipFile(xlsm) as z:
        vba_before = z.read("xl/vbaProject.bin")

    report = build(xlsm)
    assert report.indicators
    with zipfile.ZipFile(xlsm) as z:
        assert z.read("xl/vbaProject.bin") == vba_before
        assert (
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in z.read("[Content_Types].xml").decode()
        )
    wb = openpyxl.load_workbook(xlsm, keep_vba=True)
    assert set(c.written_sheets(False)) <= set(wb.sheetnames)  # the rows copied carry no analysis input
    assert button_macros(xlsm, c.SHEET_PENGATURAN) == [("SampleCall", "Hitung Ulang")]
    assert "Sub SampleCall()" in "".join(vba_modules(xlsm).values())
    assert check_pair(xlsm) is None


# --- hidden rows and columns through COM ---------------------------------------------------------------------


class FakeComRange:
    """A desktop Excel range as xlwings hands it over COM: values (numbers as floats, errors as their
    text with err_to_str), formula (COM Range.Formula: each cell's formula, else its constant as
    text), number_format and merge_cells of the whole range (None when its cells differ),
    merge_area, and ``api`` (the COM Range) with SpecialCells(xlCellTypeVisible)."""

    def __init__(self, sheet: FakeComSheet, first: tuple[int, int], last: tuple[int, int]):
        self.sheet, (self.r1, self.c1), (self.r2, self.c2) = sheet, first, last

    def _cells(self):
        return [(r, col) for r in range(self.r1, self.r2 + 1) for col in range(self.c1, self.c2 + 1)]

    def options(self, **_options):
        return self

    @property
    def value(self):
        def com(v):
            if isinstance(v, dt.datetime) and v < dt.datetime(1900, 3, 1):
                # openpyxl shows serial 1 as 1 January 1900, as Excel does; COM's OLE date (VT_DATE)
                # counts from 30 December 1899 without Excel's false 29 February: 31 December 1899.
                return v - dt.timedelta(days=1)
            return float(v) if isinstance(v, int) and not isinstance(v, bool) else v

        ws = self.sheet.ws
        self.sheet.cells_read += (self.r2 - self.r1 + 1) * (self.c2 - self.c1 + 1)
        given = self.sheet.com_values  # what COM gives where openpyxl cannot say (serial 60)
        return [
            [given.get((r, col)) or com(ws.cell(r, col).value) for col in range(self.c1, self.c2 + 1)]
            for r in range(self.r1, self.r2 + 1)
        ]

    @property
    def formula(self):
        """xlwings' ``Range.formula`` on Windows is COM's ``Range.Formula`` as pywin32 returns it: one
        cell's text for a single cell, else a tuple of row tuples of texts. A cell holding a formula
        gives it ("=K13+4", English names and commas whatever Excel's language); any other cell its
        constant as text: "" when empty, a text as typed (a text '=x as "=x"), a number as "29" or
        "0.4071", TRUE/FALSE, a date as m/d/yyyy. One COM call."""
        sheet = self.sheet
        sheet.formula_reads += 1

        def com(cell):
            v = cell.value
            if cell.data_type == "f":
                return v.text if hasattr(v, "text") else str(v)  # an array formula: its text
            if v is None:
                return ""
            if isinstance(v, bool):
                return "TRUE" if v else "FALSE"
            if isinstance(v, (int, float)):
                return f"{v:.15g}"
            if hasattr(v, "year"):
                return f"{v.month}/{v.day}/{v.year}"
            return str(v)

        ws = sheet.formulas_ws
        rows = tuple(
            tuple(com(ws.cell(r, col)) for col in range(self.c1, self.c2 + 1))
            for r in range(self.r1, self.r2 + 1)
        )
        return rows[0][0] if len(rows) == 1 and len(rows[0]) == 1 else rows

    @property
    def number_format(self):
        formats = {self.sheet.ws.cell(r, col).number_format for r, col in self._cells()}
        return formats.pop() if len(formats) == 1 else None

    def _area(self, r, col):
        for rng in self.sheet.ws.merged_cells.ranges:
            if rng.min_row <= r <= rng.max_row and rng.min_col <= col <= rng.max_col:
                return rng
        return None

    @property
    def merge_cells(self):
        merged = [self._area(r, col) is not None for r, col in self._cells()]
        return True if all(merged) else (False if not any(merged) else None)

    @property
    def merge_area(self):
        rng = self._area(self.r1, self.c1)
        ref = rng.coord if rng else f"{get_column_letter(self.c1)}{self.r1}"
        return types.SimpleNamespace(address="$" + re.sub(r"([A-Z]+)", r"\1$", ref).replace(":", ":$"))

    @property
    def api(self):
        return FakeComApi(self.sheet, self.r1, self.c1, self.r2, self.c2)


class FakeComApi:
    """The COM Range: SpecialCells(12) gives the visible cells as Excel does, a rectangle per run of
    shown rows and run of shown columns, each with its address ("$A$1:$I$6"; COM raises "No cells
    were found" when none is shown); every call (Areas.Count, Areas.Item, Area.Address) is one COM
    call."""

    def __init__(self, sheet: FakeComSheet, r1: int, c1: int, r2: int, c2: int):
        self.sheet, self.r1, self.c1, self.r2, self.c2 = sheet, r1, c1, r2, c2

    @property
    def Font(self):  # noqa: N802 - COM's name
        """COM's Range.Font: Strikethrough True when every cell is struck through, False when none, None
        when they differ; one COM call, counted in ``font_reads``."""
        cells = [
            self.sheet.ws.cell(r, col)
            for r in range(self.r1, self.r2 + 1)
            for col in range(self.c1, self.c2 + 1)
        ]
        self.sheet.font_reads += 1
        on = sum(1 for cell in cells if cell.font is not None and cell.font.strike)
        return types.SimpleNamespace(Strikethrough=True if on == len(cells) else (False if on == 0 else None))

    def SpecialCells(self, kind):  # noqa: N802 - COM's name
        assert kind == 12  # xlCellTypeVisible
        sheet = self.sheet
        sheet.com_calls += 1
        row_runs = _runs(r for r in range(self.r1, self.r2 + 1) if r not in sheet.hidden)
        col_runs = _runs(col for col in range(self.c1, self.c2 + 1) if col not in sheet.hidden_columns)
        if not row_runs or not col_runs:
            raise RuntimeError("(-2146827284, 'OLE error', (0, 'Microsoft Excel', 'No cells were found.'))")
        areas = [
            f"${get_column_letter(cols[0])}${rows[0]}:${get_column_letter(cols[-1])}${rows[-1]}"
            for rows in row_runs
            for cols in col_runs
        ]

        class Areas:
            @property
            def Count(self):  # noqa: N802
                sheet.com_calls += 1
                return len(areas)

            def Item(self, i):  # noqa: N802
                sheet.com_calls += 1
                address = areas[i - 1]

                class Area:
                    @property
                    def Address(self):  # noqa: N802
                        sheet.com_calls += 1
                        return address

                return Area()

        return types.SimpleNamespace(Areas=Areas())


def _runs(numbers) -> list[list[int]]:
    """Consecutive numbers grouped: 1, 2, 3, 6, 7 -> [[1, 2, 3], [6, 7]]."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


class FakeComSheet:
    """A desktop sheet: ``ws`` the values Excel saved, ``formulas_ws`` the same sheet with its
    formulas (openpyxl without data_only), ``visible`` as xlwings gives it on Windows."""

    def __init__(self, ws, hidden: set[int], hidden_columns: frozenset[int] = frozenset(), formulas_ws=None):
        self.ws, self.name, self.hidden, self.com_calls = ws, ws.title, hidden, 0
        self.hidden_columns = hidden_columns  # 1-based, as openpyxl numbers them
        self.formulas_ws = formulas_ws if formulas_ws is not None else ws
        self.formula_reads = self.visible_reads = self.font_reads = self.find_calls = self.cells_read = 0
        self.com_values: dict[tuple[int, int], object] = {}  # (row, column), 1-based: COM's value there
        last = types.SimpleNamespace(row=max(ws.max_row, 1), column=max(ws.max_column, 1))
        self.used_range = types.SimpleNamespace(last_cell=last)

    def range(self, first, last=None):
        return FakeComRange(self, first, last or first)

    @property
    def api(self):
        """COM's Worksheet: ``Cells(r, c)`` and ``Cells.Find("*", ...)`` backwards, by rows or by
        columns, from A1: the last cell holding something (a value or a formula) in that order, or
        None; each Find is one COM call, counted in ``find_calls``."""
        sheet = self

        class Cells:
            def __call__(self, r, col):
                return (r, col)

            def Find(self, What, After, LookIn, LookAt, SearchOrder, SearchDirection):  # noqa: N802, N803
                assert (What, After, LookIn, LookAt, SearchDirection) == ("*", (1, 1), -4123, 2, 2)
                sheet.find_calls += 1
                # openpyxl's own cell store: iter_rows would visit every cell of A1:XFD1048576
                held = [rc for rc, cell in sheet.formulas_ws._cells.items() if cell.value is not None]
                if not held:
                    return None
                r, col = max(held) if SearchOrder == 1 else max(held, key=lambda rc: (rc[1], rc[0]))
                return types.SimpleNamespace(Row=r, Column=col)

        return types.SimpleNamespace(Cells=Cells())

    @property
    def visible(self):
        """xlwings' ``Sheet.visible`` on Windows is COM's ``Worksheet.Visible``, an XlSheetVisibility:
        -1 shown, 0 hidden, 2 very hidden (hidden by VBA); one COM call."""
        self.visible_reads += 1
        return {"visible": -1, "hidden": 0, "veryHidden": 2}[self.ws.sheet_state]

    def __getitem__(self, address: str):
        return types.SimpleNamespace(value=self.ws[address].value)

    @property
    def names(self):
        """The sheet's own names as COM's Sheet.Names gives them: "Sheet!name", refers_to "=..."."""
        return [
            types.SimpleNamespace(name=f"{self.name}!{dn.name}", refers_to=f"={dn.attr_text}")
            for dn in self.ws.defined_names.values()
        ]


class FakeComBook:
    """Desktop Excel's book as read_inputs reads it over COM, opened from an .xlsx (values as Excel
    saved them, formulas, number formats, merges, the rows and columns it hides, each sheet's
    visibility)."""

    def __init__(self, path: Path):
        wb = openpyxl.load_workbook(path, data_only=True)
        typed = openpyxl.load_workbook(path)  # the formulas, for Range.formula
        self._sheets = [
            FakeComSheet(
                ws,
                {r for r, dim in ws.row_dimensions.items() if dim.hidden},
                frozenset(
                    col
                    for dim in ws.column_dimensions.values()
                    if dim.hidden
                    for col in range(dim.min, dim.max + 1)
                ),
                typed[ws.title],
            )
            for ws in wb.worksheets
        ]
        self.sheets = _Sheets(self._sheets)


class _Sheets(list):
    """book.sheets: iterated, or indexed by name."""

    def __getitem__(self, key):
        if isinstance(key, str):
            return next(s for s in self if s.name == key)
        return super().__getitem__(key)


def test_desktop_button_reports_hidden_rows_as_lkj_xl_build_does(tmp_path):
    """Kinerja rows 7-8 and Anggaran row 5 of the example hidden: the desktop button (COM) lists the
    same findings as `lkj-xl build`, the hidden rows among them, with a few COM calls per sheet."""
    from test_xl_server import HIDDEN_ROWS_TEXT, hidden_rows_book

    from lkj_xl.build import load_report

    path = hidden_rows_book(tmp_path, {"Kinerja": [7, 8], "Anggaran": [5]})
    book = FakeComBook(path)
    got = _findings(_desktop_report(book))
    assert got == _findings(load_report(path))
    # By hand: rows 7 and 8 of Kinerja are one run of data rows, one peringatan at Kode (A) of both.
    assert [f[2:] for f in got if "disembunyikan" in f[3]] == [
        ("A5", HIDDEN_ROWS_TEXT.format(rows="5", sheet="Anggaran")),
        ("A7:A8", HIDDEN_ROWS_TEXT.format(rows="7-8", sheet="Kinerja")),
    ]
    # SpecialCells, Areas.Count, then Item and Address of each of the two areas (rows 1-6, rows 9-44).
    assert book.sheets["Kinerja"].com_calls == 2 + 2 * 2


def test_desktop_hidden_rows_cost_one_area_when_none_is_hidden():
    from lkj_xl.xl.book import Calls
    from lkj_xl.xl.inputs import _hidden_by_com

    ws = openpyxl.Workbook().active
    values = [["Kode", "Target"]] + [[f"K{i}", float(i)] for i in range(1000)]
    for row in values:
        ws.append(row)
    plain, calls = FakeComSheet(ws, set()), Calls()
    assert _hidden_by_com(plain, values, calls) == (set(), set())
    assert plain.com_calls == calls.reads == 2 + 2  # one area, not one call per row (1001 rows)
    # Rows 10-12 and 500 hidden (1-based), as a filter leaves them: 0-based 9-11 and 499.
    filtered, calls = FakeComSheet(ws, {10, 11, 12, 500}), Calls()
    assert _hidden_by_com(filtered, values, calls) == ({9, 10, 11, 499}, set())
    assert filtered.com_calls == calls.reads == 2 + 2 * 3  # three areas: 1-9, 13-499, 501-1001
    # Every row hidden (or every column: no visible cell), COM says "No cells were found": nothing said.
    assert _hidden_by_com(FakeComSheet(ws, set(range(1, 1002))), values, Calls()) == (set(), set())
    assert _hidden_by_com(FakeComSheet(ws, set(), frozenset({1, 2})), values, Calls()) == (set(), set())


def test_desktop_button_reports_hidden_columns_as_lkj_xl_build_does(tmp_path):
    """Kinerja J (Target Perubahan, 500 typed in J7) and M:N, Anggaran E (Pagu Perubahan, 82.000.000
    in E5) hidden, Kinerja rows 7-8 as well: the desktop button (COM) lists the same findings as
    `lkj-xl build`, a peringatan at each hidden contract column's header, from the same SpecialCells
    areas the hidden rows come from (no other COM call)."""
    from test_xl_server import HIDDEN_COLUMN_TEXT, HIDDEN_COLUMNS, HIDDEN_COLUMNS_TYPED, hidden_columns_book

    from lkj_xl.build import load_report

    path = hidden_columns_book(tmp_path, HIDDEN_COLUMNS, HIDDEN_COLUMNS_TYPED)
    wb = openpyxl.load_workbook(path)
    for r in (7, 8):
        wb["Kinerja"].row_dimensions[r].hidden = True
    wb.save(path)
    book = FakeComBook(path)
    report = _desktop_report(book)
    got = _findings(report)
    assert got == _findings(load_report(path))
    # By hand: header row 3; J7, E5 typed; N27 holds the seed's TW IV value (M is empty, U no column
    # of the contract); rows 7-8 one run at Kode (A).
    assert [f[1:3] for f in got if "disembunyikan" in f[3]] == [
        ("Anggaran", "E3"),
        ("Kinerja", "A7:A8"),
        ("Kinerja", "J3"),
        ("Kinerja", "N3"),
    ]
    target = next(f for f in got if f[2] == "J3")
    assert target[3] == HIDDEN_COLUMN_TEXT.format(header="Target Perubahan", sheet="Kinerja", cell="J7")
    # K1.01.01: realisasi 95 against the hidden Target Perubahan 500, 95 / 500 x 100 = 19 (not 23,75).
    assert next(i for i in report.indicators if i.kode == "K1.01.01").capaian == 19
    # SpecialCells and Areas.Count, then Item and Address of each area: rows 1-6 and 9-44 by columns
    # A:I, K:L, O:T and V (J, M:N and U hidden), 2 x 4 areas.
    assert book.sheets["Kinerja"].com_calls == 2 + 2 * (2 * 4)


def test_pair_refuses_a_workbook_that_is_not_macro_enabled(tmp_path):
    # `lkj-xl pair laporan.xlsx` wrote laporan.py and said "wrote", exit 0: an .xlsx has no Hitung
    # Ulang button to run it, so the admin was told the button was repaired when there is none.
    # Refused as `lkj-xl new --xlsm` refuses the name, and nothing is written.
    from lkj_xl.xlsx.template import new_workbook

    workbook = tmp_path / "laporan.xlsx"
    new_workbook(workbook)
    result = CliRunner().invoke(main, ["pair", str(workbook)])
    assert result.exit_code == 2, result.output
    assert ".xlsm" in result.output
    assert not (tmp_path / "laporan.py").exists()


def test_desktop_button_refuses_a_users_own_sheet_named_like_an_output_sheet(tmp_path):
    """The example with the user's own "Pemeriksaan" sheet (the Inspektorat's field notes): `lkj-xl
    build` refuses it, so the desktop button does too, before writing anything (the fake book has
    no writer: a write would fail otherwise), naming the sheet in Bahasa Indonesia."""
    from lkj_xl.xl.scripts import HitungUlangError, hitung_ulang
    from tests.common import EXAMPLE

    path = tmp_path / "pemeriksaan_sendiri.xlsx"
    wb = openpyxl.load_workbook(EXAMPLE)
    wb.create_sheet("Pemeriksaan")["A1"] = "Pemeriksaan lapangan Inspektorat"
    wb.save(path)
    with pytest.raises(HitungUlangError, match='Sheet "Pemeriksaan" bukan buatan lkj-xl, jadi tidak ditimpa'):
        hitung_ulang(FakeComBook(path))


@pytest.mark.parametrize(
    ("number_format", "tanggal"),
    [("mmmm yyyy", "Juli 2025"), ("mmm-yy", "Juli 2025"), ("d mmmm yyyy", "1 Juli 2025")],
)
def test_desktop_button_prints_a_month_typed_into_the_signing_date_as_lkj_xl_build_does(
    tmp_path, number_format, tanggal
):
    """ "Juli 2025" typed into Tanggal Penandatanganan (Excel keeps 1 July 2025): shown "mmmm yyyy"
    (or "mmm-yy") the desktop button prints "Juli 2025" with `lkj-xl build`'s peringatan at B13, not
    "1 Juli 2025"; a format that shows the day prints the day, as the build does."""
    from test_xl_server import MONTH_ONLY_TEXT, month_signed_book

    from lkj_xl.build import load_report

    path = month_signed_book(tmp_path, number_format)
    report = _desktop_report(FakeComBook(path))
    headless = load_report(path)
    assert report.settings.tanggal == headless.settings.tanggal == tanggal
    got = _findings(report)
    assert got == _findings(headless)
    said = [f[3] for f in got if f[1:3] == (c.SHEET_PENGATURAN, "B13")]
    assert said == ([MONTH_ONLY_TEXT] if tanggal == "Juli 2025" else [])


def test_desktop_button_knows_a_sheet_lkj_xl_build_wrote_by_its_owner_name_as_the_build_does(tmp_path):
    """A Ringkasan `lkj-xl build` wrote, its A1 retitled by the user: the build replaces it (the owner
    name scoped to the sheet), so the desktop button does too; the user's own sheet of that name
    (no owner name, another A1) stays refused by both."""
    from test_xl_server import _built_with_edited_title

    from lkj_xl.build import build
    from lkj_xl.errors import LkjError
    from lkj_xl.xl.scripts import foreign_output_sheets

    path = _built_with_edited_title(tmp_path)
    build(path, tmp_path / "hasil.xlsx")  # no refusal
    assert foreign_output_sheets(FakeComBook(path), list(c.OUTPUT_SHEETS), None) == []
    wb = openpyxl.load_workbook(path)
    del wb["Ringkasan"].defined_names["lkj_xl_keluaran"]  # a sheet of the user's of that name
    wb.save(path)
    with pytest.raises(LkjError, match='sheet "Ringkasan" was not written by lkj-xl'):
        build(path, tmp_path / "hasil2.xlsx")
    assert foreign_output_sheets(FakeComBook(path), list(c.OUTPUT_SHEETS), None) == ["Ringkasan"]


def test_desktop_button_removes_a_stale_sheet_lkj_xl_build_wrote_as_the_build_does(tmp_path):
    """A built Perbandingan Kinerja (owner name), its A1 retitled, no longer written (no analysis
    input): `lkj-xl build` drops it (xlsx.dropsheets, the owner name), so does the desktop button;
    without the owner name and lkj-xl's title it is the user's and stays, for both."""
    from test_xl_server import headless_build

    from lkj_xl.core.ownership import OWNER_NAME, is_tool_sheet
    from lkj_xl.xl.scripts import remove_tool_sheets

    wb = openpyxl.load_workbook(headless_build(EXAMPLE, tmp_path))
    assert OWNER_NAME in wb[c.SHEET_PERBANDINGAN].defined_names
    wb[c.SHEET_PERBANDINGAN]["A1"] = "Perbandingan (revisi)"
    for marked, removed in ((True, True), (False, False)):
        if not marked:
            del wb[c.SHEET_PERBANDINGAN].defined_names[OWNER_NAME]
        path = tmp_path / f"basi-{marked}.xlsx"
        wb.save(path)
        assert is_tool_sheet(c.SHEET_PERBANDINGAN, owner_name=marked, a1="Perbandingan (revisi)") == removed
        book = FakeComBook(path)
        for sheet in book.sheets:
            sheet.delete = lambda sheet=sheet, book=book: book.sheets.remove(sheet)
        remove_tool_sheets(book, [c.SHEET_PERBANDINGAN])
        assert (c.SHEET_PERBANDINGAN not in [s.name for s in book.sheets]) == removed


# --- a used range stretched by formats (COM's UsedRange counts them) ------------------------------------


def _stretched(tmp_path, name: str, change) -> Path:
    wb = openpyxl.load_workbook(EXAMPLE)
    change(wb["Kinerja"])
    path = tmp_path / f"{name}.xlsx"
    wb.save(path)
    return path


def _desktop_report(book):
    """The report the desktop button computes from ``book`` (read through COM)."""
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from lkj_xl.xl.inputs import read_inputs

    inputs = read_inputs(book)
    return compute(parse_workbook(inputs.grids, inputs.sheet_names))


def _findings(report) -> list[tuple]:
    """(severity, sheet, cell, message) of every finding of ``report``, sorted."""
    return sorted((f.severity, f.sheet, f.sel, f.pesan) for f in report.findings)


def _desktop_findings(book) -> list[tuple]:
    return _findings(_desktop_report(book))


def test_desktop_button_reads_only_the_cells_holding_something_of_a_stretched_used_range(tmp_path):
    """A bold format left in Kinerja!XFD1048576 (COM's UsedRange then spans A1:XFD1048576) made the
    desktop button refuse the sheet as over 200.000 rows; 5.000 blank rows made bold under the data
    were read cell by cell. The button now asks COM for the last row and column holding something
    (Cells.Find backwards, 2 calls) when the used range is over 100.000 cells, and reads the example's
    44 x 22 cells, with the findings of the example (which lkj-xl build gives for the formats alone)."""
    from openpyxl.styles import Font

    from lkj_xl.build import load_report

    want = _findings(load_report(EXAMPLE))

    def far(ws):
        ws["XFD1048576"].font = Font(bold=True)

    def rows(ws):
        for r in range(45, 45 + 5_000):  # under the example's 44 rows
            ws.cell(r, 2).font = Font(bold=True)

    for name, change in (("jauh", far), ("baris", rows)):
        book = FakeComBook(_stretched(tmp_path, name, change))
        kinerja = book.sheets["Kinerja"]
        assert kinerja.used_range.last_cell.row * kinerja.used_range.last_cell.column > 100_000
        assert _desktop_findings(book) == want, name
        assert kinerja.find_calls == 2 and kinerja.cells_read == 44 * 22, name
    # An ordinary used range (the example's 44 x 22 = 968 cells) asks nothing more.
    book = FakeComBook(EXAMPLE)
    assert _desktop_findings(book) == want
    assert book.sheets["Kinerja"].find_calls == 0 and book.sheets["Kinerja"].cells_read == 44 * 22


def test_build_reads_a_formatted_last_row_as_the_desktop_button_does(tmp_path):
    """A bold format in Kinerja!XFD1048576 (a whole row or column formatted) holds nothing: the desktop
    button computed the example's findings, while `lkj-xl build` refused the file ("more than 200000
    rows"). Now build writes the same Pemeriksaan the button computes, and check agrees."""
    from click.testing import CliRunner
    from openpyxl.styles import Font

    from lkj_xl.cli import main

    def far(ws):
        ws["XFD1048576"].font = Font(bold=True)

    path = _stretched(tmp_path, "jauh", far)
    desktop = _desktop_findings(FakeComBook(path))
    assert desktop  # the example's peringatan (Kinerja!N27), so the comparison says something
    out = tmp_path / "hasil.xlsx"
    built = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert built.exit_code == 0, built.output
    rows = list(openpyxl.load_workbook(out)["Pemeriksaan"].iter_rows(min_row=5, values_only=True))
    tingkat = {"Galat": "galat", "Peringatan": "peringatan"}
    sheet = sorted((tingkat[r[1]], r[2], r[3], r[4]) for r in rows if r[0] is not None)
    assert sheet == [(s, sh, sel.split(":")[0], p) for s, sh, sel, p in desktop]
    checked = CliRunner().invoke(main, ["check", str(path)])
    assert checked.exit_code == 0 and f"0 galat, {len(desktop)} peringatan" in checked.output


def test_dates_before_march_1900_read_alike_by_build_and_the_desktop_button(tmp_path):
    """Excel's calendar counts 29 February 1900: a date cell holding 5 shows 5 January 1900, 59 shows
    28 February 1900, 60 the false 29 February. COM gives 4 January and 27 February (OLE dates count
    from 30 December 1899 without that day) and 28 February for 60; build read 4 January and
    27 February too: the findings named a day Excel does not show. Both now name the day Excel shows,
    and 60 is a galat naming the cell."""
    from lkj_xl.build import load_report
    from lkj_xl.core.tanggal import FALSE_LEAP_DAY_WHY

    # The Tanggal shown as a day, then as a month ("mmmm yyyy": Januari 1900, its day not printed).
    for shown, said in (
        ("dd/mm/yyyy", "5 Januari 1900"),
        ("mmmm yyyy", "hanya menunjukkan bulan dan tahun (Januari 1900"),
    ):
        wb = openpyxl.load_workbook(EXAMPLE)
        wb["Pengaturan"]["B13"] = 5  # Tanggal Penandatanganan (Pengaturan row 13 of the example)
        wb["Kinerja"]["L7"] = 59  # Realisasi TW II of the example's second indicator
        wb["Kinerja"]["M7"] = 60  # Realisasi TW III, typed as a day number in a date cell
        for sheet, ref in (("Pengaturan", "B13"), ("Kinerja", "L7"), ("Kinerja", "M7")):
            wb[sheet][ref].number_format = "dd/mm/yyyy"
        wb["Pengaturan"]["B13"].number_format = shown
        path = tmp_path / "tanggal-1900.xlsx"
        wb.save(path)
        built = _findings(load_report(path))
        book = FakeComBook(path)
        book.sheets["Kinerja"].com_values[(7, 13)] = dt.datetime(1900, 2, 28)  # COM's VT_DATE 60.0
        assert _desktop_findings(book) == built, shown
        texts = {(sheet, sel.split(":")[0]): pesan for _sev, sheet, sel, pesan in built}
        assert said in texts[("Pengaturan", "B13")], shown
        assert "berisi tanggal (28 Februari 1900)" in texts[("Kinerja", "L7")]
        assert FALSE_LEAP_DAY_WHY in texts[("Kinerja", "M7")]
