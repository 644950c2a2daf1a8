"""The parts of the user's package a graft (:mod:`lkj_xl.xlsx.graft`) rewrites, one function each: a
rendered sheet's XML made fit for the original package (its styles mapped, shared strings inlined,
tab selection), a copied VML drawing's shape ids moved off the original's, the defined names of the
replaced and new sheets merged, and whether the calculation chain names a replaced sheet."""

from __future__ import annotations

import copy
import re

from lxml import etree

from lkj_xl.xlsx.ooxml import NS_XML
from lkj_xl.xlsx.opc import WORKBOOK_ORDER, Package, insert_ordered, local, m, serialize
from lkj_xl.xlsx.styles import StyleMerge
from lkj_xl.xlsx.zipsafe import parse_xml

# Defined names that belong to a sheet's print/filter setup: dropped with a replaced output sheet.
_SHEET_SETUP_NAMES = {"_xlnm.print_titles", "_xlnm.print_area", "_xlnm._filterdatabase"}


def _inline_string(cell: etree._Element, strings: list[etree._Element]) -> None:
    v = cell.find(m("v"))
    try:
        si = strings[int(v.text)]
    except (AttributeError, TypeError, ValueError, IndexError):
        raise ValueError(f"rendered cell {cell.get('r')} refers to a missing shared string") from None
    cell.remove(v)
    is_el = etree.Element(m("is"))
    for child in si:
        if isinstance(child.tag, str):
            is_el.append(copy.deepcopy(child))
    for t in is_el.iter(m("t")):
        t.set(f"{{{NS_XML}}}space", "preserve")
    formula = cell.find(m("f"))
    if formula is not None:
        formula.addnext(is_el)
    else:
        cell.insert(0, is_el)
    cell.set("t", "inlineStr")


def transform_sheet(
    data: bytes, styles: StyleMerge | None, strings: list[etree._Element], selected: bool, part: str
) -> tuple[bytes, bool]:
    """Rewrite a rendered sheet for the original package; returns (xml, has_formulas)."""
    tree = parse_xml(data, part, None)
    root = tree.getroot()
    if styles is not None:
        xf = styles.xf_map
        for tag, attr in (("c", "s"), ("row", "s"), ("col", "style")):
            for el in root.iter(m(tag)):
                if el.get(attr) is not None:
                    el.set(attr, str(xf.get(int(el.get(attr)), 0)))
        for rule in root.iter(m("cfRule")):
            if rule.get("dxfId") is not None:
                rule.set("dxfId", str(styles.dxf_map.get(int(rule.get("dxfId")), 0)))
    for cell in root.iter(m("c")):
        if cell.get("t") == "s":
            _inline_string(cell, strings)
    for view in root.iter(m("sheetView")):
        if selected:
            view.set("tabSelected", "1")
        elif view.get("tabSelected") is not None:
            del view.attrib["tabSelected"]
    has_formulas = next(root.iter(m("f")), None) is not None
    return serialize(tree), has_formulas


_VML_IDMAP_RE = re.compile(rb"(<o:idmap\b[^>]*?\bdata=\")([0-9, ]*)(\")")
_VML_SPID_RE = re.compile(rb"_x0000_s(\d+)")


def used_vml_blocks(pkg: Package, skip: set[str]) -> set[int]:
    used: set[int] = set()
    for info in pkg.infos:
        if info.filename.lower().endswith(".vml") and info.filename.lower() not in skip:
            for m in _VML_IDMAP_RE.finditer(pkg.read(info.filename)):
                used.update(int(x) for x in re.split(rb"[ ,]+", m.group(2)) if x.strip())
    return used


def renumber_vml(data: bytes, used: set[int]) -> bytes:
    """Move a copied VML drawing's shape ids to id blocks not used by the original's drawings."""
    m = _VML_IDMAP_RE.search(data)
    if not m:
        return data
    old_blocks = [int(x) for x in re.split(rb"[ ,]+", m.group(2)) if x.strip()]
    new_blocks = []
    nxt = max([0, *used]) + 1
    for _ in old_blocks:
        new_blocks.append(nxt)
        used.add(nxt)
        nxt += 1
    remap = dict(zip(old_blocks, new_blocks))
    data = _VML_IDMAP_RE.sub(
        lambda mm: mm.group(1) + ",".join(map(str, new_blocks)).encode() + mm.group(3), data, count=1
    )

    def spid(mm: re.Match) -> bytes:
        n = int(mm.group(1))
        block, rest = divmod(n, 1024)
        return b"_x0000_s%d" % (remap.get(block, block) * 1024 + rest)

    return _VML_SPID_RE.sub(spid, data)


def merge_defined_names(
    wb_root: etree._Element,
    ren_wb: etree._Element,
    new_pos: dict[str, int],
    replaced_positions: set[int],
    ren_sheet_els: list[etree._Element],
) -> None:
    container = wb_root.find(m("definedNames"))
    if container is not None:
        for dn in list(container):
            if local(dn.tag) != "definedName":
                continue
            lsid = dn.get("localSheetId")
            if (
                lsid is not None
                and lsid.isdecimal()
                and int(lsid) in replaced_positions
                and dn.get("name", "").lower() in _SHEET_SETUP_NAMES
            ):
                container.remove(dn)
    ren_names = [el.get("name") for el in ren_sheet_els]
    additions = []
    for dn in ren_wb.iter(m("definedName")):
        lsid = dn.get("localSheetId")
        copy_el = copy.deepcopy(dn)
        copy_el.tail = None
        if lsid is None:
            additions.append((copy_el, None))
            continue
        idx = int(lsid)
        if idx < len(ren_names) and ren_names[idx] in new_pos:
            copy_el.set("localSheetId", str(new_pos[ren_names[idx]]))
            additions.append((copy_el, new_pos[ren_names[idx]]))
    if not additions:
        if container is not None and not len(container):
            wb_root.remove(container)
        return
    if container is None:
        container = etree.Element(m("definedNames"))
        insert_ordered(wb_root, container, WORKBOOK_ORDER)
    for el, pos in additions:
        if pos is None:  # a workbook-level name made by the tool: replaces one of the same name
            for old in container:
                if (
                    old.get("localSheetId") is None
                    and old.get("name", "").lower() == el.get("name", "").lower()
                ):
                    container.remove(old)
        container.append(el)
    if not len(container):
        wb_root.remove(container)


def calc_chain_touches(root: etree._Element, sheet_ids: set[str]) -> bool:
    current = None
    for c in root:
        if local(c.tag) != "c":
            continue
        current = c.get("i", current)
        if current in sheet_ids:
            return True
    return False
