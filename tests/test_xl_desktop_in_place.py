"""The desktop .xlsm button (xlwings RunPython over COM) rewrites the output sheets a workbook already
has in place, as `lkj-xl build` replaces them, and marks every output sheet it writes with lkj-xl's
hidden owner name, as the build does (and the task pane since it was fixed).

It deleted each output sheet and added a new one: Excel turns every formula and defined name referring
to a deleted sheet into #REF! for good, so a sheet of the user's citing =Ringkasan!C8 broke at every
press, where `lkj-xl build` keeps it. And it wrote no owner name: a title the user retitled in A1 after
a press made the next press refuse the sheet as "bukan buatan lkj-xl".

No Excel runs here: the book is a fake of xlwings' desktop objects (the reading fake of
tests/test_xl_desktop.py, with output sheets that record what a press does to them). What Excel itself
does with Cells.Clear, Names.Add or Unprotect is not checked by these tests.
"""

from __future__ import annotations

import os
import types
from pathlib import Path

import openpyxl
import pytest

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

from test_xl_desktop import FakeComBook, _Sheets  # noqa: E402
from test_xl_desktop_formulas import _Sink  # noqa: E402

from lkj_xl.build import build  # noqa: E402
from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.core.ownership import OWNER_NAME, OWNER_VALUE  # noqa: E402
from lkj_xl.xl.scripts import hitung_ulang  # noqa: E402
from tests.common import EXAMPLE  # noqa: E402

PASSWORD_ERROR = (
    "(-2147352567, 'Exception occurred.', (0, 'Microsoft Excel', "
    "'The password you supplied is not correct. Verify that the CAPS LOCK key is off ...'))"
)


class _Record:
    """A COM object that logs every property set and call made through it (``Rows.Hidden``...)."""

    def __init__(self, log: list, path: str):
        object.__setattr__(self, "_log", log)
        object.__setattr__(self, "_path", path)

    def __getattr__(self, key: str):
        return _Record(self._log, f"{self._path}.{key}".lstrip("."))

    def __setattr__(self, key: str, value) -> None:
        self._log.append((f"{self._path}.{key}".lstrip("."), value))

    def __call__(self, *args, **kwargs):
        self._log.append((self._path + "()", args))
        return _Record(self._log, self._path + "()")


class FakeName:
    """A name of COM's Sheet.Names: Name "Sheet!name", RefersTo, and ``api.Visible``."""

    def __init__(self, name: str, refers_to: str, visible: bool = True):
        self.name, self.refers_to, self.Visible = name, refers_to, visible

    @property
    def api(self):
        return self


class FakeNames(list):
    """COM's Sheet.Names: names scoped to the sheet; Add of a name there replaces it (Excel's rule)."""

    def __init__(self, sheet, names=()):
        super().__init__(names)
        self.sheet = sheet

    def add(self, name: str, refers_to: str) -> FakeName:
        self[:] = [n for n in self if n.name.rpartition("!")[2].casefold() != name.casefold()]
        made = FakeName(f"{self.sheet.name}!{name}", refers_to)
        self.append(made)
        return made


class OutputRange:
    """A range of an output sheet: values kept by cell, every other write taken (and refused, as
    Excel refuses it, on a protected sheet)."""

    def __init__(self, sheet: OutputSheet, first: tuple[int, int]):
        object.__setattr__(self, "sheet", sheet)
        object.__setattr__(self, "first", first)

    def __setattr__(self, key: str, value) -> None:
        self.sheet.writable()
        if key == "value":
            r0, c0 = self.first
            for r, row in enumerate(value if isinstance(value, list) else [[value]]):
                for col, v in enumerate(row):
                    self.sheet.cells[(r0 + r, c0 + col)] = v

    def __getattr__(self, _key: str):
        self.sheet.writable()
        return _Sink()


class OutputSheet:
    """An output sheet of the desktop book: its cells, owner names, protection (with or without a
    password; ``protected_with``: the options the press protected it with), and a log of what the press did to it through COM (``api``)."""

    def __init__(self, book, name: str, *, a1=None, names=(), protected=False, password=None):
        self.book, self._name, self.cells = book, name, {}
        if a1 is not None:
            self.cells[(1, 1)] = a1
        self.names = FakeNames(self, names)
        self.protected, self.password = protected or password is not None, password
        self.log: list = []
        self.protected_with: dict | None = None  # the last Protect()'s arguments, as COM got them

    @property
    def name(self) -> str:
        return self._name

    @name.setter
    def name(self, value: str) -> None:
        self.log.append(("Name", value))
        self._name = value

    def writable(self) -> None:
        if self.protected:
            raise RuntimeError(
                f"{self._name}: the cell or chart you're trying to change is on a protected sheet"
            )

    def __getitem__(self, address: str):
        assert address == "A1"
        return types.SimpleNamespace(value=self.cells.get((1, 1)))

    def range(self, first, last=None):
        return OutputRange(self, first)

    def clear(self) -> None:
        self.writable()
        self.log.append(("Cells.Clear()", ()))
        self.cells.clear()

    def autofit(self, axis=None) -> None:
        self.writable()

    def activate(self) -> None:
        self.book.window_log.append(("activate", self._name))

    def delete(self) -> None:
        self.book.sheets.remove(self)
        self.book.deleted.append(self._name)

    @property
    def api(self):
        sheet = self

        class Api(_Record):
            @property
            def ProtectContents(self) -> bool:  # noqa: N802 - COM's name
                sheet.log.append(("ProtectContents", ()))
                return sheet.protected

            def Unprotect(self, Password=None):  # noqa: N802, N803 - COM's names
                sheet.log.append(("Unprotect()", (Password,)))
                if sheet.password is not None and Password != sheet.password:
                    raise RuntimeError(PASSWORD_ERROR)
                sheet.protected = False

            def Protect(self, Password=None, **options):  # noqa: N802, N803
                sheet.log.append(("Protect()", (Password,)))
                sheet.protected, sheet.protected_with = True, {"Password": Password, **options}

        return Api(self.log, "")


class _BookSheets(_Sheets):
    """book.sheets with Sheets.Add(before=, after=) placing the new sheet as Excel does."""

    def __init__(self, book, sheets):
        super().__init__(sheets)
        self.book = book

    def add(self, name, before=None, after=None):
        sheet = OutputSheet(self.book, name)
        if before is not None:
            self.insert(self.index(before), sheet)
        elif after is not None:
            self.insert(self.index(after) + 1, sheet)
        else:
            self.insert(0, sheet)  # Excel adds before the active sheet; lkj-xl always says where
        return sheet


def desktop_book(path: Path, passwords: dict[str, str] | None = None) -> FakeComBook:
    """The fake desktop book of ``path``: input and user sheets read as tests/test_xl_desktop.py
    reads them (any write to them fails), output sheets as :class:`OutputSheet` with the A1, owner
    names and protection the file gives them (``passwords``: a sheet protected with a password)."""
    book = FakeComBook(path)
    wb = openpyxl.load_workbook(path)
    outputs = {n.casefold() for n in c.OUTPUT_SHEETS}
    sheets = []
    for sheet in book.sheets:
        if sheet.name.casefold() not in outputs:
            sheets.append(sheet)
            continue
        ws = wb[sheet.name]
        out = OutputSheet(
            book,
            sheet.name,
            a1=ws["A1"].value,
            protected=bool(ws.protection.sheet),
            password=(passwords or {}).get(sheet.name),
        )
        for dn in ws.defined_names.values():
            out.names.append(FakeName(f"{sheet.name}!{dn.name}", f"={dn.attr_text}", not dn.hidden))
        sheets.append(out)
    book.sheets = _BookSheets(book, sheets)
    book.deleted = []
    book.alerts = []
    book.window_log = []
    book.app = types.SimpleNamespace(
        alert=lambda message, **_kwargs: book.alerts.append(message), api=_Record(book.window_log, "")
    )
    return book


def _owner_names(book) -> dict[str, list[tuple[str, bool]]]:
    """Each output sheet's owner names as (refers_to, visible)."""
    outputs = {n.casefold() for n in c.OUTPUT_SHEETS}
    return {
        s.name: [(n.refers_to, n.Visible) for n in s.names if n.name.rpartition("!")[2] == OWNER_NAME]
        for s in book.sheets
        if s.name.casefold() in outputs
    }


def _built_with_own_sheet(tmp_path: Path) -> tuple[Path, Path]:
    """The example built by `lkj-xl build`, then a sheet of the user's, "Catatan", citing the
    Ringkasan's count of Program indicators (=Ringkasan!C8) as staff do; and that workbook built again."""
    built = tmp_path / "dibangun.xlsx"
    build(EXAMPLE, built)
    wb = openpyxl.load_workbook(built)
    ws = wb.create_sheet("Catatan", index=wb.sheetnames.index(c.SHEET_PENGATURAN) + 1)
    ws["A1"] = "Jumlah indikator program"
    ws["B1"] = "=Ringkasan!C8"
    path = tmp_path / "dengan_catatan.xlsx"
    wb.save(path)
    again = tmp_path / "dibangun_lagi.xlsx"
    build(path, again)
    return path, again


def test_a_press_on_a_built_workbook_rewrites_its_output_sheets_in_place_as_lkj_xl_build(tmp_path):
    path, again = _built_with_own_sheet(tmp_path)
    rebuilt = openpyxl.load_workbook(again)
    # What `lkj-xl build` does with it: the user's reference kept, the sheets where they were, every
    # output sheet marked with the hidden owner name '"lkj-xl"' and protected.
    assert rebuilt["Catatan"]["B1"].value == "=Ringkasan!C8"
    outputs = [n for n in rebuilt.sheetnames if n in c.OUTPUT_SHEETS]
    for name in outputs:
        owner = rebuilt[name].defined_names[OWNER_NAME]
        assert (owner.attr_text, owner.hidden, rebuilt[name].protection.sheet) == (OWNER_VALUE, True, True)
    # Ringkasan!C8 (Program, Jumlah Indikator) as the build writes it: by hand, the example's Kinerja
    # holds 16 rows of Tingkat "Program" (and 2 Tujuan, 4 Sasaran, 19 Kegiatan).
    assert openpyxl.load_workbook(again, data_only=True)["Ringkasan"]["C8"].value == 16

    book = desktop_book(path)
    before = {s.name: s for s in book.sheets}
    hitung_ulang(book)
    # No sheet deleted (a deleted Ringkasan is #REF! in Catatan!B1 for good), each the same sheet.
    assert book.deleted == []
    assert [s.name for s in book.sheets] == rebuilt.sheetnames
    assert all(before[s.name] is s for s in book.sheets)
    assert book.sheets["Ringkasan"].cells[(8, 3)] == 16  # what =Ringkasan!C8 shows after the press
    # Each unprotected (without a password, as the build protected it) before it was cleared, and
    # protected again once written, as the build leaves it; the owner name hidden, as the build's.
    assert _owner_names(book) == {name: [("=" + OWNER_VALUE, False)] for name in outputs}
    for name in outputs:
        log = [what for what, _args in book.sheets[name].log]
        assert log.index("Unprotect()") < log.index("Cells.Clear()") < log.index("Protect()"), name
        assert book.sheets[name].protected, name


def test_a_press_clears_what_the_task_pane_clears(tmp_path):
    """Everything a press writes reset to a new sheet's, the list of the task pane's clearSheet
    (lkj_xl/xl/static/lkj.js): values and formats, merges, conditional formats, widths, heights,
    hidden rows and columns, charts, frozen panes (where the sheet has none: Analisis Capaian and
    Grafik, which `lkj-xl build` writes unfrozen) and manual page breaks."""
    path, _again = _built_with_own_sheet(tmp_path)
    book = desktop_book(path)
    hitung_ulang(book)
    for name in (c.SHEET_RINGKASAN, c.SHEET_GRAFIK):
        done = {what for what, _args in book.sheets[name].log}
        resets = {
            "ChartObjects().Delete()",
            "Rows.Hidden",
            "Columns.Hidden",
            "Cells.UnMerge()",
            "Cells.FormatConditions.Delete()",
            "Cells.Clear()",
            "Columns.UseStandardWidth",
            "Rows.UseStandardHeight",
            "ResetAllPageBreaks()",
        }
        assert resets <= done, (name, resets - done)
    # Frozen panes belong to the active sheet's window: Ringkasan, frozen at A6 by the build (row 6
    # the first to scroll), frozen there again; Grafik, which the build leaves unfrozen, unfrozen.
    assert _window_after(book, c.SHEET_RINGKASAN) == [
        ("ActiveWindow.FreezePanes", False),
        ("ActiveWindow.SplitColumn", 0),
        ("ActiveWindow.SplitRow", 5),
        ("ActiveWindow.FreezePanes", True),
    ]
    assert _window_after(book, c.SHEET_GRAFIK) == [("ActiveWindow.FreezePanes", False)]


def _window_after(book, name: str) -> list:
    """What the press set on Excel's active window while ``name`` was the active sheet."""
    log = book.window_log
    start = log.index(("activate", name)) + 1
    end = next((i for i in range(start, len(log)) if log[i][0] == "activate"), len(log))
    return [entry for entry in log[start:end] if entry[0].startswith("ActiveWindow.")]


def test_a_title_edited_after_a_desktop_press_does_not_refuse_the_next_press(tmp_path):
    """The first press on the example (no output sheet yet) writes the output sheets in `lkj-xl
    build`'s order, each with the hidden owner name; the user retitles Ringkasan's A1; the next press
    rewrites it in place (`lkj-xl build` accepts the same: tests/test_xl_desktop.py), not refused as
    "bukan buatan lkj-xl"."""
    built = openpyxl.load_workbook(build_example(tmp_path))
    book = desktop_book(EXAMPLE)
    hitung_ulang(book)
    assert [s.name for s in book.sheets] == built.sheetnames
    outputs = [n for n in built.sheetnames if n in c.OUTPUT_SHEETS]
    assert _owner_names(book) == {name: [("=" + OWNER_VALUE, False)] for name in outputs}

    ringkasan = book.sheets[c.SHEET_RINGKASAN]
    ringkasan.protected = False  # the user unprotects it (no password) to retitle it
    ringkasan.cells[(1, 1)] = "Ringkasan Capaian TW II (revisi Kasubag)"
    hitung_ulang(book)
    assert book.sheets[c.SHEET_RINGKASAN] is ringkasan and book.deleted == []
    assert ringkasan.cells[(1, 1)] == "'Ringkasan Capaian Kinerja s.d. Triwulan II Tahun 2025"
    assert [s.name for s in book.sheets] == built.sheetnames


def build_example(tmp_path: Path) -> Path:
    out = tmp_path / "contoh_dibangun.xlsx"
    build(EXAMPLE, out)
    return out


# An output sheet the user protected with a password stops the press: tests/test_addin10.py.


@pytest.mark.parametrize("typed", ["ringkasan", "RINGKASAN"])
def test_an_output_sheet_named_in_another_case_is_renamed_in_place(tmp_path, typed):
    path, _again = _built_with_own_sheet(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb[c.SHEET_RINGKASAN]
    ws.title = "sementara"  # (openpyxl would make "ringkasan1" of the sheet's own name)
    ws.title = typed
    wb.save(path)
    out = tmp_path / "dibangun_lagi.xlsx"
    build(path, out)
    assert c.SHEET_RINGKASAN in openpyxl.load_workbook(out).sheetnames  # the build's own spelling
    book = desktop_book(path)
    old = book.sheets[typed]
    hitung_ulang(book)
    assert book.sheets[c.SHEET_RINGKASAN] is old and book.deleted == []
    assert ("Name", c.SHEET_RINGKASAN) in old.log


def test_a_name_excel_refuses_leaves_the_sheet_unmarked_and_the_press_whole(tmp_path, monkeypatch):
    """Should Names.Add fail (a host without it), the press still writes every output sheet: the
    sheet is known by its A1 title as before, rather than left half-written."""

    def refuse(self, name, refers_to):
        raise RuntimeError("Names.Add refused")

    monkeypatch.setattr(FakeNames, "add", refuse)
    built = openpyxl.load_workbook(build_example(tmp_path))
    book = desktop_book(EXAMPLE)
    press = hitung_ulang(book)
    assert [s.name for s in book.sheets] == built.sheetnames
    assert all(names == [] for names in _owner_names(book).values())
    assert (
        book.sheets[c.SHEET_RINGKASAN].cells[(1, 1)]
        == "'Ringkasan Capaian Kinerja s.d. Triwulan II Tahun 2025"
    )
    assert press.calls.sheets == len(_owner_names(book))  # one Sheets.Add each, no name counted
