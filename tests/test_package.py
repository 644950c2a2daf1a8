"""Grafting output sheets into users' workbooks: nothing of the user's changes, hostile files are refused.

The corpus is built at test time (tests/corpus/workbooks.py): workbooks written by xlsxwriter with
every feature a user may add, the same saved by LibreOffice itself, a LibreOffice-native .fods saved as
.xlsx, a macro workbook, and (when xlwings is installed) a workbook saved by Excel.
"""

from __future__ import annotations

import functools
import io
import json
import posixpath
import re
import shutil
import subprocess
import sys
import time
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
from corpus import workbooks as W
from lxml import etree

from lkj_xl.core import contract as C
from lkj_xl.xlsx.package import (
    MAX_MEMBERS,
    PackageError,
    check_package,
    graft_sheets,
    uses_1904_dates,
)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CTNS = "http://schemas.openxmlformats.org/package/2006/content-types"
OUT_FOLD = {n.casefold(): n for n in C.OUTPUT_SHEETS}
SHARED = {"[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"}
CALC_CHAIN = "xl/calcChain.xml"
SETUP_NAMES = {"_xlnm.print_titles", "_xlnm.print_area", "_xlnm._filterdatabase"}
OWNER = ("lkj_xl_keluaran", '"lkj-xl"')  # the defined name marking a sheet as lkj-xl's (ownership.py)
TOOL_NAMES = SETUP_NAMES | {OWNER[0]}

CORPUS = [
    "xw_full.xlsx",
    "xw_with_outputs.xlsx",
    "xw_nosst.xlsx",
    "xw_macro.xlsm",
    "excel_quickstart.xlsm",
    "lo_full.xlsx",
    "lo_with_outputs.xlsx",
    "lo_fods.xlsx",
]
LIBREOFFICE_MADE = {"lo_full.xlsx", "lo_with_outputs.xlsx", "lo_fods.xlsx"}


# --- corpus -------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    W.write_full(d / "xw_full.xlsx")
    W.write_with_outputs(d / "xw_with_outputs.xlsx")
    W.write_no_shared_strings(d / "xw_nosst.xlsx")
    vba = W.find_vba_project()
    if vba is not None:
        W.write_macro(d / "xw_macro.xlsm", vba)
    excel = W.excel_written_xlsm_candidates()
    if excel:
        shutil.copy(excel[0], d / "excel_quickstart.xlsm")
    if W.SOFFICE:
        W.write_fods(d / "lo_fods.fods")
        lo = d / "lo"
        W.soffice_convert(
            [d / "xw_full.xlsx", d / "xw_with_outputs.xlsx", d / "lo_fods.fods"], "xlsx", lo, d / "profile"
        )
        (lo / "xw_full.xlsx").rename(d / "lo_full.xlsx")
        (lo / "xw_with_outputs.xlsx").rename(d / "lo_with_outputs.xlsx")
        (lo / "lo_fods.xlsx").rename(d / "lo_fods.xlsx")
    return d


def _original(corpus_dir: Path, name: str) -> bytes:
    path = corpus_dir / name
    if not path.exists():
        if name in LIBREOFFICE_MADE:
            pytest.skip("LibreOffice (soffice) is not installed")
        if name == "xw_macro.xlsm":
            pytest.skip("no vbaProject.bin found in installed packages (xlwings quickstart .xlsm)")
        pytest.skip("no Excel-written workbook available (xlwings is not installed)")
    return path.read_bytes()


@functools.cache
def _grafts(corpus_dir: Path, name: str) -> tuple[bytes, bytes, bytes]:
    """(original, after one build, after three successive builds)."""
    orig = (corpus_dir / name).read_bytes()
    one = graft_sheets(orig, W.render_outputs(1), C.OUTPUT_SHEETS, filename=name)
    two = graft_sheets(one, W.render_outputs(2), C.OUTPUT_SHEETS, filename=name)
    three = graft_sheets(two, W.render_outputs(3), C.OUTPUT_SHEETS, filename=name)
    return orig, one, three


@pytest.fixture
def grafts(corpus_dir):
    def get(name: str) -> tuple[bytes, bytes, bytes]:
        _original(corpus_dir, name)
        return _grafts(corpus_dir, name)

    return get


# --- an independent reading of packages (test side) -------------------------------------------------


def xml(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def rels_of(mem: dict[str, bytes], part: str) -> list[dict]:
    folder, name = posixpath.split(part)
    rname = posixpath.join(folder, "_rels", name + ".rels")
    if rname not in mem:
        return []
    out = []
    for el in xml(mem[rname]):
        d = dict(el.attrib)
        if d.get("TargetMode") != "External":
            d["part"] = resolve(part, d["Target"])
        out.append(d)
    return out


def rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def sheets(mem: dict[str, bytes]) -> list[dict]:
    wb = xml(mem["xl/workbook.xml"])
    rels = {r["Id"]: r for r in rels_of(mem, "xl/workbook.xml")}
    out = []
    for el in wb.iter(f"{{{MAIN}}}sheet"):
        rid = el.get(f"{{{R}}}id")
        out.append(
            {
                "name": el.get("name"),
                "sheetId": el.get("sheetId"),
                "rid": rid,
                "state": el.get("state", "visible"),
                "part": rels[rid]["part"],
            }
        )
    return out


def reachable(mem: dict[str, bytes], skip: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = [r["part"] for r in rels_of(mem, "") if "part" in r]
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        if p not in skip:
            todo += [r["part"] for r in rels_of(mem, p) if "part" in r]
    return seen


def output_owned(mem: dict[str, bytes]) -> set[str]:
    """Parts that belong to output sheets only: the sheets, their rels and what only they point to."""
    out_parts = {s["part"] for s in sheets(mem) if s["name"].casefold() in OUT_FOLD}
    others = reachable(mem, out_parts)
    owned = set(out_parts)
    todo = list(out_parts)
    while todo:
        p = todo.pop()
        owned.add(rels_name(p))
        for r in rels_of(mem, p):
            if "part" in r and r["part"] not in owned and r["part"] not in others:
                owned.add(r["part"])
                todo.append(r["part"])
    return owned


def canon(el: etree._Element) -> bytes:
    return etree.tostring(el, method="c14n", exclusive=True, with_comments=False)


def defined_names(mem: dict[str, bytes]) -> list[tuple]:
    wb = xml(mem["xl/workbook.xml"])
    return [
        (d.get("name"), d.get("localSheetId"), d.get("hidden"), d.text)
        for d in wb.iter(f"{{{MAIN}}}definedName")
    ]


# --- what must hold after a build ------------------------------------------------------------------------


def assert_user_parts_kept(orig: bytes, result: bytes) -> None:
    mo, mr = W.members(orig), W.members(result)
    owned_o, owned_r = output_owned(mo), output_owned(mr)
    for name, data in mo.items():
        if name in SHARED or name in owned_o:
            continue
        if name == CALC_CHAIN and name not in mr:
            continue  # dropped because it listed cells of a replaced sheet (tested separately)
        assert name in mr, f"part {name} was lost"
        assert mr[name] == data, f"part {name} changed"
    for name in mr:
        assert name in mo or name in owned_r, f"unexpected new part {name}"

    # the sheet list: user sheets untouched and in their order, output sheets replaced in place, new
    # ones each before the output sheets that follow it in the contract, else at the end
    so, sr = sheets(mo), sheets(mr)
    existing = {s["name"].casefold() for s in so}
    added = [n for n in C.OUTPUT_SHEETS if n.casefold() not in existing]
    kept = [s for s in sr if s["name"] not in added]
    assert len(kept) == len(so) and len(sr) == len(so) + len(added)
    for before, after in zip(so, kept):
        if before["name"].casefold() in OUT_FOLD:
            assert after["name"] == OUT_FOLD[before["name"].casefold()]
            assert (after["sheetId"], after["rid"]) == (before["sheetId"], before["rid"])
        else:
            assert after == before
    rank = {n.casefold(): i for i, n in enumerate(C.OUTPUT_SHEETS)}
    order = [s["name"] for s in sr]
    for name in added:
        later = [i for i, n in enumerate(order) if rank.get(n.casefold(), -1) > rank[name.casefold()]]
        earlier_added = [
            i for i, n in enumerate(order) if n in added and rank[n.casefold()] < rank[name.casefold()]
        ]
        assert all(order.index(name) < i for i in later), (name, order)
        assert all(order.index(name) > i for i in earlier_added), (name, order)
    assert len({s["sheetId"] for s in sr}) == len(sr)

    # workbook.xml: everything but the sheet list, defined names and calcPr's recalculation flag
    wo, wr = xml(mo["xl/workbook.xml"]), xml(mr["xl/workbook.xml"])
    assert wo.nsmap == wr.nsmap and dict(wo.attrib) == dict(wr.attrib)  # prefixes, mc:Ignorable
    skip = {f"{{{MAIN}}}{t}" for t in ("sheets", "definedNames", "calcPr")}
    assert [canon(e) for e in wo if e.tag not in skip] == [canon(e) for e in wr if e.tag not in skip]
    co, cr = wo.find(f"{{{MAIN}}}calcPr"), wr.find(f"{{{MAIN}}}calcPr")
    if co is not None:
        attrs = {k: v for k, v in cr.attrib.items() if k != "fullCalcOnLoad"}
        assert attrs == {k: v for k, v in co.attrib.items() if k != "fullCalcOnLoad"}
    out_positions = {str(i) for i, s in enumerate(so) if s["name"].casefold() in OUT_FOLD}
    user_names = [n for n in defined_names(mo) if not (n[1] in out_positions and n[0].lower() in TOOL_NAMES)]
    result_names = defined_names(mr)
    # a sheet-scoped name is compared by the name of its sheet (new sheets may stand before it)
    new_index = {s["name"].casefold(): str(i) for i, s in enumerate(sr)}
    for n in user_names:
        if n[1] is not None:
            n = (n[0], new_index[so[int(n[1])]["name"].casefold()], *n[2:])
        assert n in result_names, f"defined name {n} lost"
    positions = {s["name"]: str(i) for i, s in enumerate(sr)}
    for name in C.OUTPUT_SHEETS:
        quoted = f"'{name}'" if " " in name else name
        titles = [n for n in result_names if n[0] == "_xlnm.Print_Titles" and n[1] == positions[name]]
        assert [t[3] for t in titles] == [f"{quoted}!$3:$3"]
        # exactly one owner name per output sheet, hidden from Excel's Name Manager
        assert [n for n in result_names if n[0] == OWNER[0] and n[1] == positions[name]] == [
            (OWNER[0], positions[name], "1", OWNER[1])
        ]
    assert sum(1 for n in result_names if n[0] == OWNER[0]) == len(C.OUTPUT_SHEETS)

    # relationships and content types: nothing of the original's is lost
    rels_o = {(r.get("Id"), r.get("Type"), r.get("Target")) for r in xml(mo["xl/_rels/workbook.xml.rels"])}
    rels_r = {(r.get("Id"), r.get("Type"), r.get("Target")) for r in xml(mr["xl/_rels/workbook.xml.rels"])}
    for rel in rels_o:
        if rel[0] is None or (rel[1].endswith("/calcChain") and CALC_CHAIN not in mr):
            continue
        if rel[0] in {s["rid"] for s in so if s["name"].casefold() in OUT_FOLD}:
            assert rel[0] in {r[0] for r in rels_r}  # an output sheet's: same Id, maybe a new part
            continue
        assert rel in rels_r, f"workbook relationship {rel} lost"
    cto, ctr = xml(mo["[Content_Types].xml"]), xml(mr["[Content_Types].xml"])
    defaults_r = {canon(e) for e in ctr if e.tag == f"{{{CTNS}}}Default"}
    for e in cto:
        if e.tag == f"{{{CTNS}}}Default":
            assert canon(e) in defaults_r
        elif e.get("PartName").lstrip("/") in mr and e.get("PartName").lstrip("/") not in owned_o:
            assert canon(e) in {canon(x) for x in ctr}, f"content type of {e.get('PartName')} changed"

    # styles: every entry the user's cells may use keeps its index and definition
    if "xl/styles.xml" in mo:
        so_, sr_ = xml(mo["xl/styles.xml"]), xml(mr["xl/styles.xml"])
        assert so_.nsmap == sr_.nsmap and dict(so_.attrib) == dict(sr_.attrib)
        for sec_o in so_:
            sec_r = sr_.find(sec_o.tag)
            assert sec_r is not None, f"styles section {sec_o.tag} lost"
            kids_o, kids_r = list(sec_o), list(sec_r)
            assert [canon(e) for e in kids_o] == [canon(e) for e in kids_r[: len(kids_o)]], sec_o.tag

    assert_package_consistent(result)


def dangling_targets(data: bytes) -> set[str]:
    """Internal relationship targets that name a part the package does not have."""
    mem = W.members(data)
    names = {n.lower() for n in mem}
    missing = set()
    for name in list(mem):
        if "/_rels/" in f"/{name}" and name.endswith(".rels"):
            folder, base = posixpath.split(name)
            source = posixpath.join(posixpath.dirname(folder), base[: -len(".rels")])
            missing |= {r["part"].lower() for r in rels_of(mem, source) if "part" in r} - names
    return missing


def assert_package_consistent(data: bytes, already_dangling: set[str] = frozenset()) -> None:
    """Every relationship target exists, every part has a content type, no override is dangling.

    ``already_dangling``: targets the user's own package already lacked (a damaged file): the graft
    copies the user's parts byte for byte, so it keeps them, but must not add any."""
    mem = W.members(data)
    ct = xml(mem["[Content_Types].xml"])
    overrides = {e.get("PartName").lstrip("/").lower() for e in ct if e.tag == f"{{{CTNS}}}Override"}
    defaults = {e.get("Extension").lower() for e in ct if e.tag == f"{{{CTNS}}}Default"}
    names = {n.lower() for n in mem}
    assert overrides <= names, f"dangling overrides {overrides - names}"
    for name in mem:
        if name != "[Content_Types].xml" and not name.endswith("/"):
            assert name.lower() in overrides or name.rsplit(".", 1)[-1].lower() in defaults, name
    for name in list(mem):
        if "/_rels/" in f"/{name}" and name.endswith(".rels"):
            folder, base = posixpath.split(name)
            source = posixpath.join(posixpath.dirname(folder), base[: -len(".rels")])
            for r in rels_of(mem, source):
                if "part" in r and r["part"].lower() not in already_dangling:
                    assert r["part"].lower() in names, f"{name}: target {r['part']} missing"


def load(data: bytes, **kw) -> tuple[openpyxl.Workbook, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        wb = openpyxl.load_workbook(io.BytesIO(data), **kw)
    return wb, sorted({str(w.message) for w in caught})


def cell_signature(cell) -> tuple:
    return (
        cell.value,
        repr(cell.font),
        repr(cell.fill),
        repr(cell.border),
        cell.number_format,
        repr(cell.alignment),
        repr(cell.protection),
    )


# --- the corpus tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CORPUS)
def test_user_parts_byte_identical_after_one_and_three_builds(grafts, name):
    orig, one, three = grafts(name)
    assert_user_parts_kept(orig, one)
    assert_user_parts_kept(orig, three)
    # later builds reuse the styles the first one added: styles.xml does not grow build after build
    assert W.members(one)["xl/styles.xml"] == W.members(three)["xl/styles.xml"]


@pytest.mark.parametrize("name", CORPUS)
def test_output_charts_present_once_and_no_part_orphaned(grafts, name):
    """The Grafik output sheet's charts (issue 11): after one and after three builds exactly its two
    charts hang under it, the user's own charts stay, every part is reachable through relationships
    and has one content type."""
    orig, one, three = grafts(name)
    user_charts = sum(1 for n in W.members(orig) if n.startswith("xl/charts/chart"))
    for data in (one, three):
        mem = W.members(data)
        grafik = next(s["part"] for s in sheets(mem) if s["name"] == C.SHEET_GRAFIK)
        under = reachable(mem, set()) - reachable(mem, {grafik})
        assert sum(1 for p in under if p.startswith("xl/charts/chart")) == 2
        assert sum(1 for n in mem if n.startswith("xl/charts/chart")) == user_charts + 2
        parts = {n for n in mem if not n.endswith((".rels", "/")) and n != "[Content_Types].xml"}
        assert parts <= reachable(mem, set()), parts - reachable(mem, set())
        overrides = [
            e.get("PartName").lstrip("/").lower()
            for e in xml(mem["[Content_Types].xml"])
            if e.get("PartName")
        ]
        assert len(overrides) == len(set(overrides))
    assert_package_consistent(three)


@pytest.mark.parametrize("name", CORPUS)
def test_user_cells_values_and_styles_unchanged(grafts, name):
    orig, _one, three = grafts(name)
    for data_only in (False, True):
        wo, _ = load(orig, data_only=data_only)
        wr, _ = load(three, data_only=data_only)
        for ws in wo.worksheets:
            if ws.title.casefold() in OUT_FOLD:
                continue
            other = wr[ws.title]
            assert ws.sheet_state == other.sheet_state
            assert [str(r) for r in ws.merged_cells.ranges] == [str(r) for r in other.merged_cells.ranges]
            assert len(ws.data_validations.dataValidation) == len(other.data_validations.dataValidation)
            assert [str(r.sqref) for r in ws.conditional_formatting] == [
                str(r.sqref) for r in other.conditional_formatting
            ]
            for row in ws.iter_rows():
                for cell in row:
                    assert cell_signature(cell) == cell_signature(other[cell.coordinate]), (
                        name,
                        ws.title,
                        cell.coordinate,
                    )
        if data_only and name == "xw_full.xlsx":
            # the values Excel (here: xlsxwriter) saved for formulas are still there for the next build
            assert wr[C.SHEET_ANGGARAN]["J2"].value == 1_060_000_000


@pytest.mark.parametrize("name", CORPUS)
def test_output_sheets_correct(grafts, name):
    orig, _one, three = grafts(name)
    wb, _ = load(three)
    wb_rich, _ = load(three, rich_text=True)
    expected = W.output_values(3)
    before = load(orig)[0].sheetnames
    user_sheets = [n for n in before if n.casefold() not in OUT_FOLD]
    assert [n for n in wb.sheetnames if n not in C.OUTPUT_SHEETS] == user_sheets
    assert set(C.OUTPUT_SHEETS) <= set(wb.sheetnames)
    for sheet in C.OUTPUT_SHEETS:
        ws = wb[sheet]
        for coord, value in expected[sheet].items():
            assert ws[coord].value == value, (sheet, coord)
        assert ws["D4"].value == '=HYPERLINK("http://x","klik")' and ws["D4"].data_type == "s"
        assert ws["A1"].font.b and ws["A1"].font.sz == 14 and ws["A1"].font.name == "Cambria"
        assert ws["A1"].alignment.horizontal == "center"
        assert ws["A3"].font.b and ws["A3"].font.color.rgb == "FFFFFFFF"
        assert ws["A3"].fill.fgColor.rgb == "FF305496" and ws["A3"].border.left.style == "thin"
        assert ws["B4"].number_format == "0.00%"
        assert ws["C4"].number_format == '"Rp"#,##0;[Red]-"Rp"#,##0'
        assert ws["A4"].font.b is False and ws["A4"].fill.fill_type is None
        assert [str(r) for r in ws.merged_cells.ranges] == ["A1:D1"]
        assert 42 <= ws.column_dimensions["A"].width < 43
        assert 16 <= ws.column_dimensions["B"].width < 17
        assert ws.freeze_panes == "B4"
        assert ws.print_title_rows == "$3:$3"
        assert ws.protection.sheet and not ws.protection.password
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert "LKjIP" in ws.oddHeader.left.text and ws.oddFooter.center.text == "Dibuat oleh lkj-xl"
        rules = [(str(cf.sqref), r) for cf in ws.conditional_formatting for r in cf.rules]
        assert len(rules) == 1 and rules[0][0] == "B4:B100"
        assert rules[0][1].dxf.fill.bgColor.rgb == "FFF8CBAD" and rules[0][1].dxf.font.color.rgb == "FFC00000"
        (dv,) = ws.data_validations.dataValidation
        assert dv.type == "list" and str(dv.sqref) == "E4" and dv.formula1 == '"Ya,Tidak"'
        rich = wb_rich[sheet]["A5"].value
        assert [str(run) for run in rich] == ["ring", "kas"] and rich[1].font.b
    # the logo (openpyxl needs Pillow to load images, so look at the package itself)
    mem = W.members(three)
    ring = next(s for s in sheets(mem) if s["name"] == C.SHEET_RINGKASAN)
    (drawing,) = [r["part"] for r in rels_of(mem, ring["part"]) if r["Type"].endswith("/drawing")]
    images = [mem[r["part"]] for r in rels_of(mem, drawing) if r["Type"].endswith("/image")]
    assert images == [W.LOGO]
    assert wb[C.SHEET_RINGKASAN]["C6"].value == "=SUM(C4:C5)"
    assert wb[C.SHEET_PEMERIKSAAN]["A4"].comment.text.strip() == "Periksa baris ini (putaran 3)"
    # exactly one selected tab, the workbook's active one (a second one would group sheets in Excel)
    selected = [ws.title for ws in wb.worksheets if ws.sheet_view.tabSelected]
    assert selected == [wb.active.title]
    assert wb.active.title == load(orig)[0].active.title


@pytest.mark.parametrize("name", CORPUS)
def test_opens_in_openpyxl_without_new_warnings(grafts, name):
    orig, one, three = grafts(name)
    _, before = load(orig)
    for result in (one, three):
        _, after = load(result)
        assert set(after) <= set(before)


def test_existing_output_sheets_replaced_in_place(grafts):
    orig, one, three = grafts("xw_with_outputs.xlsx")
    mo, m1 = W.members(orig), W.members(one)
    so, s1 = sheets(mo), sheets(m1)
    old = {s["name"]: (i, s) for i, s in enumerate(so)}
    # the four tables the old run lacked go before its Ringkasan (which keeps its part and ids), the
    # analysis sheets between it and Pemeriksaan
    assert [s["name"] for s in s1] == [s["name"] for s in so[:5]] + list(C.OUTPUT_SHEETS) + [
        "Catatan Pengguna"
    ]
    i, ring = old["ringkasan"]
    i += 4
    assert s1[i]["name"] == C.SHEET_RINGKASAN
    assert (s1[i]["sheetId"], s1[i]["rid"], s1[i]["part"]) == (ring["sheetId"], ring["rid"], ring["part"])
    # the user's name local to the sheet after the output sheets still points at it (7 places on)
    j = next(k for k, s in enumerate(s1) if s["name"] == "Catatan Pengguna")
    assert j == next(k for k, s in enumerate(so) if s["name"] == "Catatan Pengguna") + 7
    assert ("Lokal", str(j), None, "'Catatan Pengguna'!$A$1") in defined_names(m1)
    # the old output sheet's own parts are gone (comment, vml, drawing), the logo shared with the
    # user's Grafik sheet is not
    old_parts = output_owned(mo)
    assert any(p.startswith("xl/comments") for p in old_parts)
    grafik = next(s for s in so if s["name"] == "Grafik Saya")
    grafik_closure = reachable(mo, set()) - old_parts
    shared_media = {r["part"] for d in rels_of(mo, grafik["part"]) for r in rels_of(mo, d["part"])}
    assert shared_media and shared_media <= grafik_closure
    assert not any(b"komentar lama" in data for data in m1.values())
    for p in old_parts - {s["part"] for s in so}:
        if p not in grafik_closure and p not in output_owned(m1):
            assert p not in m1, f"orphan {p} left behind"
    for p in shared_media:
        assert m1[p] == mo[p]
    # print area and filter of the old Pemeriksaan went with it; the new one has only print titles
    k = str(old[C.SHEET_PEMERIKSAAN][0] + 7)
    names_k = [n for n in defined_names(m1) if n[1] == k]
    assert names_k == [
        ("_xlnm.Print_Titles", k, None, f"{C.SHEET_PEMERIKSAAN}!$3:$3"),
        (OWNER[0], k, "1", OWNER[1]),
    ]
    assert W.members(three)[ring["part"]] != mo[ring["part"]]


def test_comment_vml_ids_do_not_collide(grafts):
    """The VML drawing copied with an output sheet's comment gets its own shape-id block."""
    _orig, one, _three = grafts("xw_full.xlsx")
    mem = W.members(one)
    blocks: list[str] = []
    for name, data in mem.items():
        if name.endswith(".vml"):
            blocks += re.findall(rb'<o:idmap v:ext="edit" data="([0-9,]+)"', data)
    assert len(blocks) >= 3 and len(blocks) == len(set(blocks))


def test_macro_workbook_stays_macro_enabled(grafts):
    for name in ("xw_macro.xlsm", "excel_quickstart.xlsm"):
        orig, _one, three = grafts(name)
        mo, mr = W.members(orig), W.members(three)
        ct = xml(mr["[Content_Types].xml"])
        main = next(e for e in ct if e.get("PartName") == "/xl/workbook.xml")
        assert main.get("ContentType") == "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
        assert mr["xl/vbaProject.bin"] == mo["xl/vbaProject.bin"]
        assert any(r["Type"].endswith("/vbaProject") for r in rels_of(mr, "xl/workbook.xml"))
        wb, _ = load(three, keep_vba=True)
        assert wb.vba_archive is not None and "xl/vbaProject.bin" in wb.vba_archive.namelist()


def test_original_without_shared_strings_gets_none(grafts):
    orig, _one, three = grafts("xw_nosst.xlsx")
    assert not any("sharedStrings" in n for n in W.members(orig))
    mem = W.members(three)
    assert not any("sharedStrings" in n for n in mem)
    for s in sheets(mem):
        if s["name"] in C.OUTPUT_SHEETS:
            assert b't="s"' not in mem[s["part"]] and b't="inlineStr"' in mem[s["part"]]


def _with_calc_chain(data: bytes, entries: list[tuple[str, str]]) -> bytes:
    """Add an xl/calcChain.xml listing ``entries`` (cell, sheetId) the way Excel writes it."""
    mem = W.members(data)
    chain = (
        f'<calcChain xmlns="{MAIN}">' + "".join(f'<c r="{r}" i="{i}"/>' for r, i in entries) + "</calcChain>"
    )
    rels = xml(mem["xl/_rels/workbook.xml.rels"])
    etree.SubElement(
        rels, f"{{{PKG}}}Relationship", Id="rId999", Type=R + "/calcChain", Target="calcChain.xml"
    )
    ct = xml(mem["[Content_Types].xml"])
    etree.SubElement(
        ct,
        f"{{{CTNS}}}Override",
        PartName="/xl/calcChain.xml",
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
    )
    return W.replace_members(
        data,
        {
            CALC_CHAIN: chain.encode(),
            "xl/_rels/workbook.xml.rels": etree.tostring(rels, xml_declaration=True, encoding="UTF-8"),
            "[Content_Types].xml": etree.tostring(ct, xml_declaration=True, encoding="UTF-8"),
        },
    )


def test_calc_chain_dropped_only_when_it_lists_replaced_sheets(corpus_dir):
    base = _original(corpus_dir, "xw_with_outputs.xlsx")
    ids = {s["name"]: s["sheetId"] for s in sheets(W.members(base))}
    kinerja, periksa = ids[C.SHEET_KINERJA], ids[C.SHEET_PEMERIKSAAN]
    # only input-sheet formulas: the calc chain stays as it was
    keep = _with_calc_chain(base, [("O2", kinerja), ("O3", kinerja)])
    out = graft_sheets(keep, W.render_outputs(1), C.OUTPUT_SHEETS)
    assert W.members(out)[CALC_CHAIN] == W.members(keep)[CALC_CHAIN]
    assert_user_parts_kept(keep, out)
    # a formula cell of a replaced output sheet listed (with Excel's "same sheet as before" shorthand)
    drop = _with_calc_chain(base, [("O2", kinerja), ("B1", periksa), ("B2", "")])
    drop = drop.replace(b'<c r="B2" i=""/>', b'<c r="B2"/>')
    out = graft_sheets(drop, W.render_outputs(1), C.OUTPUT_SHEETS)
    mem = W.members(out)
    assert CALC_CHAIN not in mem and b"calcChain" not in mem["[Content_Types].xml"]
    assert b"calcChain" not in mem["xl/_rels/workbook.xml.rels"]
    assert_user_parts_kept(drop, out)
    load(out)


def test_formulas_in_outputs_request_recalculation(corpus_dir):
    orig = _original(corpus_dir, "excel_quickstart.xlsm")  # Excel's own calcPr, without the flag
    assert b"fullCalcOnLoad" not in W.members(orig)["xl/workbook.xml"]
    plain = graft_sheets(orig, W.render_outputs(1, extras=False), C.OUTPUT_SHEETS)
    assert b"fullCalcOnLoad" not in W.members(plain)["xl/workbook.xml"]
    with_formula = graft_sheets(orig, W.render_outputs(1), C.OUTPUT_SHEETS)
    calc = xml(W.members(with_formula)["xl/workbook.xml"]).find(f"{{{MAIN}}}calcPr")
    assert calc.get("fullCalcOnLoad") == "1"


def test_date_system_must_match(corpus_dir, tmp_path):
    import xlsxwriter

    path = tmp_path / "mac.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"date_1904": True})
    wb.add_worksheet("Kinerja").write("A1", "x")
    wb.close()
    mac = path.read_bytes()
    assert uses_1904_dates(mac) and not uses_1904_dates(_original(corpus_dir, "xw_full.xlsx"))
    with pytest.raises(ValueError, match="1904"):
        graft_sheets(mac, W.render_outputs(1), C.OUTPUT_SHEETS)
    out = graft_sheets(mac, W.render_outputs(1, date_1904=True), C.OUTPUT_SHEETS)
    assert openpyxl.load_workbook(io.BytesIO(out)).epoch.year == 1904


def test_programming_errors_are_value_errors(corpus_dir):
    import xlsxwriter

    orig = _original(corpus_dir, "xw_full.xlsx")
    with pytest.raises(ValueError, match="not in the rendered"):
        graft_sheets(orig, W.render_outputs(1), [*C.OUTPUT_SHEETS, "Lampiran"])
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    ws = wb.add_worksheet(C.SHEET_RINGKASAN)
    ws.add_table("A1:B3", {"columns": [{"header": "a"}, {"header": "b"}]})
    wb.close()
    with pytest.raises(ValueError, match="table"):
        graft_sheets(orig, buf.getvalue(), [C.SHEET_RINGKASAN])


@pytest.mark.slow
def test_libreoffice_renders_results(grafts, corpus_dir, tmp_path):
    """LibreOffice converts every result to PDF with the output tables in it, and reads our styles."""
    if W.SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    files = []
    for name in CORPUS:
        if (corpus_dir / name).exists():
            path = tmp_path / f"hasil_{Path(name).stem}{Path(name).suffix}"
            path.write_bytes(grafts(name)[2])
            files.append(path)
    start = time.monotonic()
    W.soffice_convert(files, "pdf", tmp_path / "pdf", tmp_path / "profile")
    W.soffice_convert(
        [f for f in files if f.suffix == ".xlsx"], "xlsx", tmp_path / "lo", tmp_path / "profile"
    )
    elapsed = time.monotonic() - start
    assert elapsed < 120
    for path in files:
        pdf = tmp_path / "pdf" / (path.stem + ".pdf")
        text = _pdf_text(pdf)
        for sheet in C.OUTPUT_SHEETS:
            assert f"{sheet} putaran 3" in text, (path.name, sheet)
        assert "Dibuat oleh lkj-xl" in text
        if "excel" not in path.name and "nosst" not in path.name:
            assert W.INPUT_MARKER in text, path.name
    for path in files:
        if path.suffix != ".xlsx":
            continue
        wb, _ = load((tmp_path / "lo" / path.name).read_bytes())  # LibreOffice's re-save of our result
        ws = wb[C.SHEET_RINGKASAN]
        assert ws["A1"].value == f"{C.SHEET_RINGKASAN} putaran 3"
        assert ws["A3"].font.b and ws["A3"].fill.fgColor.rgb.endswith("305496")
        assert ws["B4"].number_format == "0.00%" and ws["A1"].font.name == "Cambria"


def _pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext"):
        proc = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60
        )
        assert proc.returncode == 0, proc.stderr
        return " ".join(proc.stdout.split())
    pypdf = pytest.importorskip("pypdf")
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).split())


# --- hostile and broken files -----------------------------------------------------------------------------


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return out.getvalue()


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>
<sheet name="&lol4;" sheetId="1"/></sheets></workbook>"""
XXE = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">
<c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"""
DTD_REFUSED = "was refused: part '{}' contains a DTD/ENTITY declaration"


def _first_sheet(mem: dict[str, bytes]) -> str:
    return sheets(mem)[0]["part"]


def _hostile_cases(corpus_dir: Path, tmp_path: Path) -> dict[str, tuple[bytes, str]]:
    good = (corpus_dir / "xw_full.xlsx").read_bytes()
    mem = W.members(good)
    sheet = _first_sheet(mem)
    cases = {
        "not_zip": (
            b"Ini bukan workbook, hanya teks.\n" * 40,
            "is not an Excel workbook (.xlsx/.xlsm): it is not a ZIP",
        ),
        "empty": (b"", "is empty (0 bytes): the copy or download did not complete"),
        "plain_zip": (_zip({"catatan.txt": b"halo"}), "it has no xl/workbook.xml"),
        "ods_like": (
            _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}),
            "OpenDocument spreadsheet (.ods)",
        ),
        "xlsb_like": (
            _zip({"xl/workbook.bin": b"\x00\x01", "[Content_Types].xml": b"<Types/>"}),
            "binary workbook (.xlsb)",
        ),
        "truncated_half": (good[: len(good) // 2], "is corrupt or truncated"),
        "truncated_tail": (good[:-30], "is corrupt or truncated"),
        "billion_laughs": (
            W.replace_members(good, {"xl/workbook.xml": BILLION_LAUGHS}),
            DTD_REFUSED.format("xl/workbook.xml"),
        ),
        "xxe_in_sheet": (W.replace_members(good, {sheet: XXE}), DTD_REFUSED.format(sheet)),
        "dtd_in_shared_strings": (
            W.replace_members(
                good, {"xl/sharedStrings.xml": b'<!DOCTYPE sst SYSTEM "http://x/y.dtd"><sst/>'}
            ),
            DTD_REFUSED.format("xl/sharedStrings.xml"),
        ),
        "dtd_in_content_types": (
            W.replace_members(good, {"[Content_Types].xml": b"<!DOCTYPE Types><Types/>"}),
            DTD_REFUSED.format("[Content_Types].xml"),
        ),
        "dtd_in_utf16_part": (
            W.replace_members(good, {sheet: XXE.replace(b"UTF-8", b"UTF-16").decode().encode("utf-16")}),
            DTD_REFUSED.format(sheet),
        ),
        "utf7_declared": (
            W.replace_members(
                good, {sheet: b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE x+AD4-<a/>'}
            ),
            "declares the encoding 'UTF-7', which Excel never uses",
        ),
        "duplicate_names": (
            W.raw_zip([_stored("xl/workbook.xml", b"<a/>"), _stored("XL/Workbook.xml", b"<b/>")]),
            "part 'XL/Workbook.xml' appears twice",
        ),
        "encrypted_member": (
            W.raw_zip([{**_stored("xl/workbook.xml", b"<a/>"), "flags": 1}]),
            "is encrypted (part 'xl/workbook.xml' is encrypted)",
        ),
        "too_many_members": (
            _zip({f"xl/m{i}.xml": b"" for i in range(MAX_MEMBERS + 1)}),
            f"contains {MAX_MEMBERS + 1:,} parts (limit {MAX_MEMBERS:,})",
        ),
    }
    bad_crc = W.raw_zip([{**_stored("xl/workbook.xml", mem["xl/workbook.xml"]), "crc": 1234}])
    cases["corrupt_member"] = (bad_crc, "is corrupt or truncated: part 'xl/workbook.xml' cannot be read")
    legacy = tmp_path / "legacy" / "lama.xls"
    if W.SOFFICE:
        W.soffice_convert([corpus_dir / "xw_nosst.xlsx"], "xls", legacy.parent, tmp_path / "profile")
        (legacy.parent / "xw_nosst.xls").rename(legacy)
        cases["legacy_xls"] = (legacy.read_bytes(), "is in the Excel 97-2003 (.xls) format")
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        pass
    else:
        out = io.BytesIO()
        OOXMLFile(io.BytesIO(good)).encrypt("rahasia", out)
        cases["encrypted_workbook"] = (
            out.getvalue(),
            "is encrypted (password-protected), so it cannot be read",
        )
    return cases


def _stored(name: str, data: bytes) -> dict:
    import zlib

    return {"name": name, "data": data, "crc": zlib.crc32(data), "size": len(data), "method": 0}


HOSTILE = [
    "not_zip",
    "empty",
    "plain_zip",
    "ods_like",
    "xlsb_like",
    "truncated_half",
    "truncated_tail",
    "billion_laughs",
    "xxe_in_sheet",
    "dtd_in_shared_strings",
    "dtd_in_content_types",
    "dtd_in_utf16_part",
    "utf7_declared",
    "duplicate_names",
    "encrypted_member",
    "too_many_members",
    "corrupt_member",
    "legacy_xls",
    "encrypted_workbook",
]


@pytest.fixture(scope="session")
def hostile(corpus_dir, tmp_path_factory):
    return _hostile_cases(corpus_dir, tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_input_refused(hostile, case):
    if case not in hostile:
        reason = "msoffcrypto-tool not installed" if case == "encrypted_workbook" else "LibreOffice missing"
        pytest.skip(f"cannot build {case}: {reason}")
    data, fragment = hostile[case]
    rendered = W.render_outputs(1)
    for call in (
        lambda: check_package(data, filename="laporan.xlsx"),
        lambda: graft_sheets(data, rendered, C.OUTPUT_SHEETS, filename="laporan.xlsx"),
    ):
        start = time.monotonic()
        with pytest.raises(PackageError) as info:
            call()
        assert time.monotonic() - start < 10
        assert fragment in str(info.value) and "File 'laporan.xlsx'" in str(info.value)
        assert info.value.filename == "laporan.xlsx"


def test_malformed_workbook_xml_refused_by_graft(corpus_dir):
    good = _original(corpus_dir, "xw_full.xlsx")
    bad = W.replace_members(good, {"xl/workbook.xml": b"<workbook><sheets>"})
    with pytest.raises(PackageError, match=r"part 'xl/workbook\.xml' is not valid XML"):
        graft_sheets(bad, W.render_outputs(1), C.OUTPUT_SHEETS)


def test_strict_ooxml_refused(corpus_dir):
    good = _original(corpus_dir, "xw_full.xlsx")
    wb = W.members(good)["xl/workbook.xml"].replace(
        MAIN.encode(), b"http://purl.oclc.org/ooxml/spreadsheetml/main"
    )
    with pytest.raises(PackageError, match="'Strict Open XML' format, which is not supported"):
        graft_sheets(W.replace_members(good, {"xl/workbook.xml": wb}), W.render_outputs(1), C.OUTPUT_SHEETS)


# Zip bombs run in a fresh interpreter so its peak memory (ru_maxrss) is this file's alone.
_BOMB_PROBE = """
import json, resource, sys, time
from lkj_xl.xlsx.package import PackageError, check_package, graft_sheets
data = open(sys.argv[1], "rb").read()
rendered = open(sys.argv[2], "rb").read()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.monotonic()
msgs = []
for call in (lambda: check_package(data), lambda: graft_sheets(data, rendered, ["Ringkasan"])):
    try:
        call()
        msgs.append(None)
    except PackageError as exc:
        msgs.append(str(exc))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": time.monotonic() - start, "rss_kib": peak - base, "messages": msgs}))
"""


def _bomb_probe(path: Path, rendered: Path, timeout: float) -> dict:
    """_BOMB_PROBE run on ``path`` in a fresh process (its own peak memory): what it reported."""
    proc = subprocess.run(
        [sys.executable, "-c", _BOMB_PROBE, str(path), str(rendered)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="session")
def bombs(corpus_dir, tmp_path_factory):
    d = tmp_path_factory.mktemp("bombs")
    good = W.members((corpus_dir / "xw_full.xlsx").read_bytes())
    sheet = _first_sheet(good)
    base = [
        _stored(n, good[n])
        for n in ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels")
    ]
    big, big_crc = W.deflate_zeros(190 * 1024 * 1024)
    noisy, noisy_crc = W.deflate_repeated(W.noisy_block(), 190)  # compresses only ~30x
    huge, huge_crc = W.deflate_zeros(210 * 1024 * 1024)
    dense, dense_crc = W.deflate_zeros(50 * 1024 * 1024)
    zero = {"method": 8}
    cases = {
        # one sheet that inflates past the per-part limit
        "declared_too_big": (
            [*base, {**zero, "name": sheet, "data": huge, "crc": huge_crc, "size": 210 * 1024 * 1024}],
            f"part '{sheet}' is too large when extracted",
        ),
        # a 50 MB sheet from 50 KB: under the size limit but an impossible compression ratio
        "ratio": (
            [*base, {**zero, "name": sheet, "data": dense, "crc": dense_crc, "size": 50 * 1024 * 1024}],
            f"part '{sheet}' expands ",
        ),
        # the header says 4 KB, the data inflates to 190 MB: the bounded reader stops at 4 KB
        "lying_size": (
            [*base, {**zero, "name": sheet, "data": big, "crc": big_crc, "size": 4096}],
            f"is corrupt or truncated: part '{sheet}' cannot be read",
        ),
        # six entries sharing one 190 MB stream (overlapping-file bomb): each one plausible, over the
        # total limit together
        "overlap_total": (
            [
                *base,
                {
                    **zero,
                    "name": "xl/media/a0.bin",
                    "data": noisy,
                    "crc": noisy_crc,
                    "size": 190 * 1024 * 1024,
                },
            ]
            + [
                {"name": f"xl/media/a{i}.bin", "offset_of": len(base), "size": 190 * 1024 * 1024}
                for i in range(1, 6)
            ],
            "its parts together are too large when extracted",
        ),
    }
    # not a bomb: a 150 MB part that really is 150 MB (deflates ~30:1) in an otherwise normal workbook
    legal, legal_crc = W.deflate_repeated(W.noisy_block(), 150)
    cases["big_but_legal"] = (
        [_stored(n, d) for n, d in good.items()]
        + [
            {**zero, "name": "xl/media/arsip.bin", "data": legal, "crc": legal_crc, "size": 150 * 1024 * 1024}
        ],
        None,
    )
    out = {}
    for name, (entries, fragment) in cases.items():
        path = d / f"{name}.xlsx"
        path.write_bytes(W.raw_zip(entries))
        assert path.stat().st_size < 8 * 1024 * 1024  # small files...
        out[name] = (path, fragment)
    rendered = d / "rendered.xlsx"
    rendered.write_bytes(W.render_outputs(1))
    return out, rendered


@pytest.mark.parametrize("case", ["declared_too_big", "ratio", "lying_size", "overlap_total"])
@pytest.mark.slow
def test_zip_bombs_refused_in_bounded_time_and_memory(bombs, case):
    cases, rendered = bombs
    path, fragment = cases[case]
    report = _bomb_probe(path, rendered, timeout=60)
    print(case, report)
    assert all(m is not None and fragment in m for m in report["messages"]), report
    assert report["seconds"] < 10
    assert report["rss_kib"] < 200 * 1024  # ...that never make us hold 200 MB


@pytest.mark.slow
def test_big_legal_part_streamed_in_bounded_memory(bombs):
    """A real 150 MB part is accepted, checked and copied in chunks: memory stays far below its size."""
    cases, rendered = bombs
    path, _ = cases["big_but_legal"]
    report = _bomb_probe(path, rendered, timeout=120)
    print("big_but_legal", report)
    assert report["messages"] == [None, None]
    assert report["seconds"] < 30
    assert report["rss_kib"] < 64 * 1024


def test_check_package_accepts_the_corpus(corpus_dir):
    for name in CORPUS:
        if (corpus_dir / name).exists():
            check_package((corpus_dir / name).read_bytes(), filename=name)


def test_chartsheet_with_an_output_name_is_refused(tmp_path):
    """lkj-xl never writes a chartsheet: one named like an output sheet is the user's, and stays."""
    import xlsxwriter

    path = tmp_path / "grafik.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet(C.SHEET_KINERJA)
    ws.write_column("A1", [1, 2, 3])
    cs = wb.add_chartsheet(C.SHEET_RINGKASAN)
    chart = wb.add_chart({"type": "line"})
    chart.add_series({"values": f"={C.SHEET_KINERJA}!$A$1:$A$3"})
    cs.set_chart(chart)
    wb.add_worksheet("Sesudah").write("A1", "tetap")
    wb.close()
    with pytest.raises(PackageError, match=r'sheet "Ringkasan" was not written by lkj-xl'):
        graft_sheets(path.read_bytes(), W.render_outputs(1), C.OUTPUT_SHEETS)


@pytest.mark.parametrize("name", ["xw_with_outputs.xlsx", "lo_full.xlsx"])
@pytest.mark.slow
def test_fuzzed_originals_fail_cleanly(corpus_dir, name):
    """Mutated XML in the user's package: either a clean graft or a PackageError, never a traceback."""
    import random

    good = _original(corpus_dir, name)
    mem = W.members(good)
    targets = sorted(n for n in mem if n.endswith((".xml", ".rels")))
    rng = random.Random(name)
    junk = [
        b"<",
        b">",
        b'"',
        b"&",
        b"\x00",
        b"\xff\xfe",
        b'sheetId="x"',
        b'r:id="rId999"',
        b"</a>",
        b"9" * 30,
    ]
    outcomes = {"ok": 0, "refused": 0}
    rendered = W.render_outputs(1)
    for _ in range(60):
        part = rng.choice(targets)
        data = bytearray(mem[part])
        for _ in range(rng.randint(1, 3)):
            pos = rng.randrange(len(data) + 1)
            op = rng.random()
            if op < 0.4:
                data[pos:pos] = rng.choice(junk)
            elif op < 0.8:
                del data[pos : pos + rng.randint(1, 40)]
            else:
                del data[pos:]
        mutated = W.replace_members(good, {part: bytes(data)})
        try:
            out = graft_sheets(mutated, rendered, C.OUTPUT_SHEETS)
        except PackageError:
            outcomes["refused"] += 1
        else:
            outcomes["ok"] += 1
            # A mutated .rels of a user's sheet may already point at nothing: kept, never added to.
            assert_package_consistent(out, dangling_targets(mutated))
    assert outcomes["refused"] > 0


def test_garbage_numbers_in_the_original_are_tolerated(corpus_dir):
    good = _original(corpus_dir, "xw_full.xlsx")
    wb = W.members(good)["xl/workbook.xml"]
    wb = re.sub(rb'activeTab="\d+"', b'activeTab="x"', wb.replace(b'sheetId="1"', b'sheetId="satu"'))
    assert b'activeTab="x"' in wb
    out = graft_sheets(W.replace_members(good, {"xl/workbook.xml": wb}), W.render_outputs(1), C.OUTPUT_SHEETS)
    ids = [s["sheetId"] for s in sheets(W.members(out))]
    assert len(set(ids)) == len(ids)
