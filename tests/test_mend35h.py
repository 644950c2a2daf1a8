"""Mend 35h: `lkj-xl build` and the task pane named different notes that a press clears.

A reviewer (revF) typed a note in Pemeriksaan!B7 of the built example, the sheet unprotected, the way
staff do: in red, pasted from Word (Times New Roman 12), with a leading apostrophe, above a border,
aligned to the top, on two lines with Alt+Enter (Excel turns wrap on by itself), in Text format.
Build counted a typed cell only in a cell of style 0, so it said nothing of all but the plain note;
the pane named all but the two-line and the Text-format note. Both now apply one rule
(lkj_xl.core.catatan_terhapus.typed_note): a text is staff's when its cell has none of the formats
the tool gives its own texts (bold, italic, underline, fill, wrap, horizontal alignment, indent),
wrap pardoned on a text holding a line break. A note typed bold or filled is taken for the tool's by
both (cleared without a word, documented in README).

When every output sheet is unprotected, the pane's one round trip of texts and cell formats answered
~1 MB on the example: over Excel on the web's 5 MB (near 1.500 indicators) the pop-up was lost. The
pane now reads one sheet a round trip after Excel refuses them together.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

from lkj_xl.build import build  # noqa: E402
from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.core.catatan_terhapus import OWN_FORMATS, cleared_texts_note, typed_note  # noqa: E402
from lkj_xl.xlsx.opc import open_package  # noqa: E402
from lkj_xl.xlsx.owned import _texts  # noqa: E402
from tests.common import EXAMPLE  # noqa: E402
from tests.helpers_taskpane import NODE, press_read  # noqa: E402
from tests.test_addin11 import _pane_book  # noqa: E402
from tests.test_mend35c import _both, _opened  # noqa: E402

needs_node = pytest.mark.skipif(NODE is None, reason="needs Node.js to run the task pane's lkj.js")
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)")
NOTE = "Sudah dicek Kasubag, N27 dihapus"
PEM = c.SHEET_PEMERIKSAAN
WARNED = f"{PEM}: a typed cell added inside this output sheet was discarded by the rebuild"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("built") / "dibangun.xlsx"
    build(EXAMPLE, path)
    return path


def _red(cell) -> None:
    cell.font = Font(color="FFFF0000")


def _pasted(cell) -> None:  # pasted from Word: its font and size come along
    cell.font = Font(name="Times New Roman", sz=12)


def _apostrophe(cell) -> None:  # '08123456789 typed: Excel keeps it a text, quotePrefix on
    cell.value = "08123456789"
    cell.quotePrefix = True


def _border(cell) -> None:
    cell.border = Border(bottom=Side(style="thin"))


def _top(cell) -> None:
    cell.alignment = Alignment(vertical="top")


def _alt_enter(cell) -> None:  # Excel turns wrap on by itself for a text typed with Alt+Enter
    cell.value = "Catatan:\n" + NOTE
    cell.alignment = Alignment(wrap_text=True)


def _text_format(cell) -> None:  # Format Cells > Text before typing
    cell.number_format = "@"


def _bold(cell) -> None:
    cell.font = Font(bold=True)


def _yellow(cell) -> None:
    cell.fill = PatternFill("solid", fgColor="FFFFFF00")


def _wrapped_one_line(cell) -> None:  # wrap turned on by hand, no line break: as the tool's texts
    cell.alignment = Alignment(wrap_text=True)


# (how the note was typed, named by both fronts)
CASES: list[tuple[Callable, bool]] = [
    (_red, True),
    (_pasted, True),
    (_apostrophe, True),
    (_border, True),
    (_top, True),
    (_alt_enter, True),
    (_text_format, True),
    # the tool's own formats: taken for the tool's text by both (README: type a note plain)
    (_bold, False),
    (_yellow, False),
    (_wrapped_one_line, False),
]


@needs_node
@pytest.mark.parametrize("typed, named", CASES, ids=[f.__name__.strip("_") for f, _n in CASES])
def test_build_and_the_pane_name_the_same_note(tmp_path, built, typed, named):
    """Pemeriksaan unprotected (its table rows 1-5), a note typed in B7 the way staff type it: build
    warns of one typed cell exactly when the pane sends B7 and the pop-up names it; a note in a format
    of the tool's own is named by neither."""
    wb = openpyxl.load_workbook(built)
    ws = wb[PEM]
    ws.protection.sheet = False
    assert ws.max_row == 5  # B7 is empty below the table: the rebuilt sheet leaves it empty
    ws["B7"] = NOTE
    typed(ws["B7"])
    text = ws["B7"].value
    by_build, by_pane, posted = _both(tmp_path, wb)
    if named:
        assert by_build == [WARNED]
        assert posted["args"][1]["ketikan"] == {PEM: {"B7": text}}
        assert by_pane == [cleared_texts_note([(PEM, "B7", text)])]
    else:
        assert by_build == [] and posted["args"][1]["ketikan"] == {} and by_pane == []


@needs_node
def test_an_alt_enter_note_is_quoted_on_one_line(tmp_path, built):
    """The two-line note's pop-up sentence stays one line: its line break quoted as a space."""
    wb = openpyxl.load_workbook(built)
    ws = wb[PEM]
    ws.protection.sheet = False
    ws["B7"] = "Catatan:\n" + NOTE
    _alt_enter(ws["B7"])
    _by_build, by_pane, _posted = _both(tmp_path, wb)
    assert len(by_pane) == 1 and f"{PEM}!B7 \u201cCatatan: {NOTE}\u201d" in by_pane[0]


def test_the_rule():
    """typed_note by hand: no own format, or wrap alone with a line break (LF or CR LF)."""
    assert typed_note(NOTE, ()) and typed_note(NOTE, ["colour", "border", "vertical"])
    assert typed_note("a\nb", ["wrap"]) and typed_note("a\r\nb", ["wrap"])
    assert not typed_note("a b", ["wrap"]) and not typed_note("a\nb", ["wrap", "bold"])
    for own in OWN_FORMATS:
        assert not typed_note(NOTE, [own])


def _variant(tmp_path: Path, name: str, edit: Callable[[openpyxl.Workbook], None]) -> Path:
    wb = openpyxl.load_workbook(EXAMPLE)
    edit(wb)
    src, out = tmp_path / f"{name}_src.xlsx", tmp_path / f"{name}.xlsx"
    wb.save(src)
    build(src, out)
    return out


def _galat(wb: openpyxl.Workbook) -> None:
    # a text in a realisasi cell, a malformed number, a year in words: galat rows in Pemeriksaan
    wb[c.SHEET_KINERJA]["N12"] = "abc"
    wb[c.SHEET_KINERJA]["L13"] = "12,5,3"
    wb[c.SHEET_PENGATURAN]["B6"] = "dua ribu"


VARIANTS: list[tuple[str, Callable[[openpyxl.Workbook], None]]] = [
    ("tw2", lambda wb: None),
    ("tw4", lambda wb: wb[c.SHEET_PENGATURAN].__setitem__("B7", 4)),
    ("semester", lambda wb: wb[c.SHEET_PENGATURAN].__setitem__("B7", "Semester I")),
    ("galat", _galat),
]


@pytest.mark.parametrize("name, edit", VARIANTS, ids=[n for n, _e in VARIANTS])
def test_no_text_the_tool_writes_reads_as_a_note(tmp_path, name, edit):
    """Every text of every output sheet of the built example, its TW IV, Semester I and galat
    versions carries a format of the tool's own: build's reading of the styles takes none for a
    note (else every press after a change would name the tool's old sentences), and the pane sends
    none with every output sheet unprotected."""
    out = _variant(tmp_path, name, edit)
    pkg = open_package(out.read_bytes())
    wb = openpyxl.load_workbook(out)
    outputs = [ws.title for ws in wb.worksheets if ws.title in c.OUTPUT_SHEETS]
    assert outputs == list(c.OUTPUT_SHEETS)
    sheets = _sheet_parts(pkg)
    for title in outputs:
        assert _texts(pkg, pkg.xml(sheets[title]).getroot(), notes_only=True) == {}, title
        assert _texts(pkg, pkg.xml(sheets[title]).getroot()), title  # texts there, none a note
    if NODE is not None:
        for title in outputs:
            wb[title].protection.sheet = False
        opened = tmp_path / f"{name}_open.xlsx"
        wb.save(opened)
        posted = press_read(tmp_path, _pane_book(opened), "1.20")["posted"]
        assert posted["args"][1]["ketikan"] == {}


def libreoffice_resave(src: Path, out_dir: Path) -> Path:
    """``src`` opened and saved again by LibreOffice (`soffice --convert-to xlsx`, a profile of its
    own so that parallel runs do not share one); the re-saved file."""
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(out_dir / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out_dir),
            str(src),
        ],
        capture_output=True,
        timeout=300,
        check=True,
    )
    return out_dir / src.name


@pytest.mark.parametrize(
    "resaved",
    [False, pytest.param(True, marks=[pytest.mark.slow, needs_soffice])],
    ids=["excel", "libreoffice"],
)
def test_no_text_the_tool_writes_reads_as_a_note_over_rebuilds(tmp_path, built, resaved):
    """The built example's Triwulan set 2 -> 3 -> 4 -> 1, each book rebuilt from the last with every
    output sheet unprotected (``resaved``: each book re-saved by LibreOffice before its build, as
    staff on Calc do). Now that a note is named in a cell the rebuild writes over too, no text of the
    tool's may read as a note: build warns of no typed cell, the pane sends no text, and no output
    sheet of a book holds a text the format rule takes for a note (the last one included)."""
    book = built
    for tw in (3, 4, 1):
        wb = openpyxl.load_workbook(book)
        for ws in wb.worksheets:
            if ws.title in c.OUTPUT_SHEETS:
                ws.protection.sheet = False
        wb[c.SHEET_PENGATURAN]["B7"] = tw
        src = tmp_path / f"tw{tw}_src.xlsx"
        wb.save(src)
        if resaved:
            src = libreoffice_resave(src, tmp_path / f"lo{tw}")
        _assert_no_note(src)
        warned: list[str] = []
        book = tmp_path / f"tw{tw}.xlsx"
        build(src, book, on_warning=warned.append)
        assert [w for w in warned if "typed cell" in w] == [], tw
        if NODE is not None:
            posted = press_read(tmp_path, _pane_book(src), "1.20")["posted"]
            assert posted["args"][1]["ketikan"] == {}, tw
    _assert_no_note(book)


def _assert_no_note(path: Path) -> None:
    """Every output sheet of ``path`` holds texts, none that the format rule takes for a note."""
    pkg = open_package(path.read_bytes())
    parts = _sheet_parts(pkg)
    for title in c.OUTPUT_SHEETS:
        root = pkg.xml(parts[title]).getroot()
        assert _texts(pkg, root) and _texts(pkg, root, notes_only=True) == {}, (path.name, title)


def _sheet_parts(pkg) -> dict[str, str]:
    """Sheet name -> worksheet part of a package."""
    from lkj_xl.xlsx.ooxml import NS_R, resolve
    from lkj_xl.xlsx.opc import m

    root = pkg.xml(pkg.workbook).getroot()
    rels = pkg.rels(pkg.workbook)
    found = {}
    for sheet in root.iter(m("sheet")):
        rel = rels.by_id(sheet.get(f"{{{NS_R}}}id", ""))
        found[sheet.get("name")] = resolve(pkg.workbook, rel.get("Target", ""))
    return found


def _pane_answer(tmp_path: Path, built: Path) -> tuple[Path, int, int]:
    """The example with every output sheet unprotected and NOTE in Pemeriksaan!B7; the number of
    output sheets, and the round trips of the press's read with every output sheet protected."""
    protected = press_read(tmp_path, _pane_book(built), "1.20")
    assert protected["cellReads"] == 0
    wb = _opened(built)
    wb[PEM]["B7"] = NOTE
    path = tmp_path / "terbuka.xlsx"
    wb.save(path)
    return path, sum(1 for ws in wb.worksheets if ws.title in c.OUTPUT_SHEETS), protected["syncs"]


@needs_node
def test_over_the_answer_limit_the_pane_reads_one_sheet_a_round_trip(tmp_path, built):
    """Every output sheet unprotected: all at once the texts and formats answer over 500 KB (stand-in
    limit), each sheet alone under it. Excel refuses the round trip of all; the pane then reads one
    sheet a round trip (one more per output sheet) and the note is still named; under the limit,
    one round trip more than a protected book, as before."""
    path, outputs, protected_syncs = _pane_answer(tmp_path, built)
    whole = press_read(tmp_path, _pane_book(path), "1.20")
    assert whole["maxAnswer"] > 500_000 and whole["syncs"] == protected_syncs + 1
    cut = press_read(tmp_path, _pane_book(path), "1.20", limit=500_000)
    assert cut["maxAnswer"] <= 500_000
    assert cut["posted"]["args"][1]["ketikan"] == {PEM: {"B7": NOTE}}
    # the refused round trip of all, then one per unprotected output sheet
    assert cut["syncs"] == protected_syncs + 1 + outputs


@needs_node
def test_a_sheet_too_large_alone_sends_nothing_and_the_press_goes_on(tmp_path, built):
    """A limit under the largest output sheet alone (Analisis Capaian) but over the press's other
    round trips: the pane sends no text at all (no pop-up naming only some notes), the press posts."""
    path, _outputs, _protected = _pane_answer(tmp_path, built)
    cut = press_read(tmp_path, _pane_book(path), "1.20", limit=300_000)
    assert cut["posted"] is not None and cut["posted"]["args"][1]["ketikan"] == {}
