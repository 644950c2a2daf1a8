"""Mend of add-in round 11: the pop-up named the tool's own old texts as staff's notes.

With every output sheet unprotected (after a press of xlwings Lite or Excel for Mac every output sheet
stays so), the task pane sent every text of a General cell, and every text lkj-xl writes is General
too: a press after Triwulan 2 -> 3, an emptied Analisis row or a deleted indicator named 5-29 of
last quarter's sentences and headers as "catatan yang Anda ketik", where `lkj-xl build` (which counts
only cells of no format at all) says nothing. The pane now reads each cell's format
(Range.getCellProperties, ExcelApi 1.9) and sends only texts of cells with none: the pop-up names
exactly what `lkj-xl build` counts.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import openpyxl
import pytest

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

import xlwings as xw  # noqa: E402

from lkj_xl.build import build  # noqa: E402
from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.core.catatan_terhapus import cleared_texts_note  # noqa: E402
from lkj_xl.xl.scripts import hitung_ulang_script  # noqa: E402
from tests.common import EXAMPLE  # noqa: E402
from tests.helpers_taskpane import NODE, press_read  # noqa: E402
from tests.test_addin11 import _pane_book  # noqa: E402

needs_node = pytest.mark.skipif(NODE is None, reason="needs Node.js to run the task pane's lkj.js")
NOTE = "Sudah dicek Kasubag, N27 dihapus"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("built") / "dibangun.xlsx"
    build(EXAMPLE, path)
    return path


def _opened(built: Path) -> openpyxl.Workbook:
    """The built example with every output sheet's protection removed (as a press of xlwings Lite or
    Excel for Mac leaves them, or staff who untick it)."""
    wb = openpyxl.load_workbook(built)
    for ws in wb.worksheets:
        if ws.title not in c.INPUT_SHEETS:
            ws.protection.sheet = False
    return wb


def _both(tmp_path: Path, wb: openpyxl.Workbook, api: str = "1.20") -> tuple[list[str], list[str], dict]:
    """`lkj-xl build`'s warnings of typed cells, and the press's pop-up lines naming cleared texts,
    for the book ``wb``; with what the pane posted."""
    path = tmp_path / "buku.xlsx"
    wb.save(path)
    warned: list[str] = []
    build(path, tmp_path / "lagi.xlsx", on_warning=warned.append)
    by_build = [w for w in warned if "typed cell" in w]
    posted = press_read(tmp_path, _pane_book(path), api)["posted"]
    remote = xw.Book(json=posted)
    asyncio.run(hitung_ulang_script(remote, *posted["args"]))
    alerts = [a["args"][0] for a in remote.json()["actions"] if a["func"] == "alert"]
    by_pane = [line for a in alerts for line in a.split("\n") if "menghapus teks" in line]
    return by_build, by_pane, posted


@needs_node
def test_triwulan_2_to_3_names_none_of_the_tools_texts(tmp_path, built):
    """Pengaturan!B7 (triwulan) 2 -> 3: every sheet's title and last quarter's sentences change. The
    old texts are all lkj-xl's (formatted): build counts none, and the pop-up named them as notes."""
    wb = _opened(built)
    assert wb[c.SHEET_PENGATURAN]["B7"].value == 2
    wb[c.SHEET_PENGATURAN]["B7"] = 3
    by_build, by_pane, posted = _both(tmp_path, wb)
    assert by_build == [] and by_pane == [], by_pane
    assert posted["args"][1]["ketikan"] == {}  # no text of the tool's is sent


@needs_node
def test_an_emptied_analisis_row_names_nothing(tmp_path, built):
    """Analisis row 8 emptied (C8:F8): the sentences the tool wrote for it are not written again."""
    wb = _opened(built)
    ws = wb["Analisis"]
    assert any(ws[f"{col}8"].value for col in "CDEF")
    for col in "CDEF":
        ws[f"{col}8"] = None
    by_build, by_pane, _posted = _both(tmp_path, wb)
    assert by_build == [] and by_pane == [], by_pane


@needs_node
def test_a_deleted_indicator_names_nothing(tmp_path, built):
    """Kinerja's last row (kegiatan K4.06.01) deleted: the tables shrink by its rows, and the texts
    left below them are the tool's own."""
    wb = _opened(built)
    ws = wb[c.SHEET_KINERJA]
    assert ws.cell(ws.max_row, 1).value == "K4.06.01"
    ws.delete_rows(ws.max_row)
    by_build, by_pane, _posted = _both(tmp_path, wb)
    assert by_build == [] and by_pane == [], by_pane


@needs_node
def test_a_note_in_pemeriksaan_is_named_alone_when_the_finding_it_notes_is_fixed(tmp_path, built):
    """Pemeriksaan unprotected, a note typed two rows below its table (B7: the table is rows 1-5, one
    peringatan), and the peringatan's cause fixed (Kinerja!N27, a TW IV realisation typed in a TW II
    report, emptied): the rebuilt sheet has no finding row; the old finding's texts are the tool's.
    Build counts one typed cell in Pemeriksaan; the pop-up names B7 alone."""
    wb = openpyxl.load_workbook(built)
    ws = wb[c.SHEET_PEMERIKSAAN]
    ws.protection.sheet = False
    assert ws.max_row == 5 and ws["D5"].value == "N27"
    ws["B7"] = NOTE
    wb[c.SHEET_KINERJA]["N27"] = None
    by_build, by_pane, posted = _both(tmp_path, wb)
    assert by_build == [
        f"{c.SHEET_PEMERIKSAAN}: a typed cell added inside this output sheet was discarded by the rebuild"
    ]
    assert posted["args"][1]["ketikan"] == {c.SHEET_PEMERIKSAAN: {"B7": NOTE}}
    assert by_pane == [cleared_texts_note([(c.SHEET_PEMERIKSAAN, "B7", NOTE)])]
    assert f"{c.SHEET_PEMERIKSAAN}!B7" in by_pane[0] and "N27" not in by_pane[0].replace(NOTE, "")


@needs_node
def test_a_host_without_cell_formats_sends_no_text(tmp_path, built):
    """ExcelApi 1.8 (no Range.getCellProperties): the pane cannot tell staff's text from the tool's,
    so it sends none (no pop-up rather than a false one); the unprotected sheet costs no round trip."""
    wb = _opened(built)
    ws = wb[c.SHEET_PEMERIKSAAN]
    ws["B7"] = NOTE
    path = tmp_path / "buku.xlsx"
    wb.save(path)
    old = press_read(tmp_path, _pane_book(path), "1.8")
    new = press_read(tmp_path, _pane_book(path), "1.9")
    assert old["posted"]["args"][1]["ketikan"] == {} and old["cellReads"] == 0
    assert new["posted"]["args"][1]["ketikan"] == {c.SHEET_PEMERIKSAAN: {"B7": NOTE}}
    assert new["syncs"] == old["syncs"] + 1  # the one round trip more, only where it is read


def test_a_quoted_text_that_quotes_reads_cleanly():
    """An old finding's sentence quoting an indicator ("Nilai PDRB ...") was wrapped in the same
    straight quotes: `"Realisasi TW IV indikator "Nilai PDRB ..." ..."`. The cell's text now sits in
    curly quotes, kept as it was inside; the sheet names keep theirs."""
    text = 'Realisasi TW IV indikator "Nilai PDRB" (S4) diisi'  # 49 characters: quoted whole
    note = cleared_texts_note([(c.SHEET_PEMERIKSAAN, "E5", text)])
    assert f"{c.SHEET_PEMERIKSAAN}!E5 \u201c{text}\u201d." in note
    assert f'lembar hasil "{c.SHEET_PEMERIKSAAN}" yang' in note
    assert f'{c.SHEET_PEMERIKSAAN}!E5 "' not in note


@needs_node
def test_cell_formats_too_large_to_read_send_nothing_and_the_press_goes_on(tmp_path, built):
    """Every output sheet of the example unprotected: the values and cell formats of their used
    ranges answer ~1 MB in the round trip more (stand-in: 160 bytes of formats a cell). Where Excel
    refuses even one sheet alone (here a limit of 300 KB, under Analisis Capaian's ~400 KB, above the
    press's other round trips; mend35h reads one sheet a round trip after a refusal of all), the pane
    sends no text (no pop-up) and the press goes on."""
    wb = _opened(built)
    wb[c.SHEET_PEMERIKSAAN]["B7"] = NOTE
    path = tmp_path / "buku.xlsx"
    wb.save(path)
    whole = press_read(tmp_path, _pane_book(path), "1.20")
    assert whole["maxAnswer"] > 500_000 and whole["posted"]["args"][1]["ketikan"] == {
        c.SHEET_PEMERIKSAAN: {"B7": NOTE}
    }
    cut = press_read(tmp_path, _pane_book(path), "1.20", limit=300_000)
    assert cut["posted"] is not None and cut["posted"]["args"][1]["ketikan"] == {}
    assert cut["syncs"] > whole["syncs"]  # the refused round trip, then one a sheet until refused
