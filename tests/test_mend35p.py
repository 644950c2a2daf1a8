"""Mend 35p: notes staff typed into cells that the rebuilt output sheet writes over were lost unnamed.

A reviewer (revM) built the example, unprotected the output sheets, typed notes in Pemeriksaan!B7:B10
(in red, with Alt+Enter, plain, aligned to the top) and Ringkasan!M40, then set Pengaturan Triwulan
2 -> 3: the TW III findings fill Pemeriksaan B6:B10, over the four notes. `lkj-xl build` and the task
pane's pop-up named only Ringkasan!M40: both named a typed text only in a cell the rebuilt sheet
leaves empty. The format rule (lkj_xl.core.catatan_terhapus.typed_note) already tells the tool's own
texts apart, so a note in a cell the rebuild writes over is named too (and none of the tool's texts:
tests/test_mend35h.py checks every output text over rebuilds and a LibreOffice re-save).
"""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.core.catatan_terhapus import cleared_texts, cleared_texts_note  # noqa: E402
from lkj_xl.core.layout import SheetLayout  # noqa: E402
from tests.helpers_taskpane import NODE  # noqa: E402
from tests.test_mend35c import _both, _opened  # noqa: E402
from tests.test_mend35c import built as _built  # noqa: E402
from tests.test_mend35h import libreoffice_resave, needs_soffice  # noqa: E402

needs_node = pytest.mark.skipif(NODE is None, reason="needs Node.js to run the task pane's lkj.js")
PEM, RING = c.SHEET_PEMERIKSAAN, c.SHEET_RINGKASAN
# The notes as revM typed them (cell, text); the cells' formats below.
NOTES = [
    ("B7", "Catatan merah"),
    ("B8", "Catatan:\nbaris dua"),
    ("B9", "Catatan polos"),
    ("B10", "Catatan atas"),
]
RING_NOTE = ("M40", "catatan ringkasan")
built = _built  # the fixture: the built example


def _noted(built: Path) -> openpyxl.Workbook:
    """The built example, output sheets unprotected, revM's notes typed, Triwulan 2 -> 3."""
    wb = _opened(built)
    ws = wb[PEM]
    for ref, text in NOTES:
        assert ws[ref].value is None  # below the TW II table (rows 1-5)
        ws[ref] = text
    ws["B7"].font = Font(color="FFFF0000")
    ws["B8"].alignment = Alignment(wrap_text=True)  # Excel turns wrap on for an Alt+Enter text
    ws["B10"].alignment = Alignment(vertical="top")
    wb[RING][RING_NOTE[0]] = RING_NOTE[1]
    assert wb[c.SHEET_PENGATURAN]["B7"].value == 2
    wb[c.SHEET_PENGATURAN]["B7"] = 3
    return wb


def _expected() -> list[tuple[str, str, str]]:
    # the sheets in output order (Ringkasan before Pemeriksaan), cells by row
    return [(RING, *RING_NOTE)] + [(PEM, ref, text) for ref, text in NOTES]


def _check(tmp_path: Path, wb: openpyxl.Workbook) -> None:
    by_build, by_pane, posted = _both(tmp_path, wb)
    # the TW III findings do write over B7:B10 (else this would test the old, empty-cell case)
    out = openpyxl.load_workbook(tmp_path / "lagi.xlsx")
    assert all(out[PEM][ref].value not in (None, "") for ref, _t in NOTES)
    assert sorted(by_build) == sorted(
        [
            f"{RING}: a typed cell added inside this output sheet was discarded by the rebuild",
            f"{PEM}: 4 typed cells added inside this output sheet were discarded by the rebuild",
        ]
    )
    assert posted["args"][1]["ketikan"] == {RING: dict([RING_NOTE]), PEM: dict(NOTES)}
    assert by_pane == [cleared_texts_note(_expected())]


@needs_node
def test_notes_the_rebuild_writes_over_are_named_by_build_and_the_pane(tmp_path, built):
    """revM's case: build warns of the four Pemeriksaan notes and the Ringkasan one; the pane's
    pop-up names the same five cells."""
    _check(tmp_path, _noted(built))


@needs_node
@needs_soffice
@pytest.mark.slow
def test_after_a_libreoffice_save_too(tmp_path, built):
    """The same book re-saved by LibreOffice (`soffice --convert-to xlsx`): the same five named."""
    src = tmp_path / "pre.xlsx"
    _noted(built).save(src)
    lo = libreoffice_resave(src, tmp_path / "lo")
    _check(tmp_path, openpyxl.load_workbook(lo))


def test_cleared_texts_names_a_note_in_a_written_cell():
    """By hand: a layout writing "Peringatan" in B2 and "Info" in B3. A note in B2 is named (its
    cell written over); B3 typed "Info" (the text the rebuild writes there) and C9 typed "Peringatan"
    (held elsewhere in the sheet) are not lost, so not named."""
    lay = SheetLayout(name=PEM, rows=[["Judul"], [None, "Peringatan"], [None, "Info"]])
    typed = {PEM: {"B2": "Catatan saya", "B3": "Info", "C9": "Peringatan", "D1": "lain"}}
    assert cleared_texts(typed, [lay]) == [(PEM, "D1", "lain"), (PEM, "B2", "Catatan saya")]


def test_an_old_title_in_a1_is_the_tools():
    """A sheet recognised by its A1 title written plain (an older version, tests/test_ownership.py's
    title case): the rebuild writes the new title over it; that old title is no note of staff's, by
    the pane as by the build. Any other text in A1, or the title's words in another cell, is."""
    new = "Ringkasan Capaian Kinerja s.d. Triwulan II Tahun 2025"
    old = "Ringkasan Capaian Kinerja s.d. Triwulan I Tahun 2025"
    lay = SheetLayout(name=RING, rows=[[new]])
    assert cleared_texts({RING: {"A1": old}}, [lay]) == []
    assert cleared_texts({RING: {"A1": "Draf Kasubag"}}, [lay]) == [(RING, "A1", "Draf Kasubag")]
    assert cleared_texts({RING: {"A3": old}}, [lay]) == [(RING, "A3", old)]
