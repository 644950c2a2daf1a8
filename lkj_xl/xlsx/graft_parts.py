"""Pieces of the graft that edit workbook-wide bookkeeping: VML shape ids of copied drawings, the
defined names of replaced sheets, the calculation chain, and the removal of an output sheet that a
build no longer writes (issue 11's sheets, written only with analysis inputs).

The removal takes the sheet's ``<sheet>`` entry, its relationship and its part away and renumbers what
counts sheets by position (``localSheetId`` of defined names, the active and first tab), so that every
remaining name stays with its sheet; the parts only the removed sheet used (drawings, charts) are then
dropped as orphans by :mod:`lkj_xl.xlsx.graft`.
"""

from __future__ import annotations

import copy
import re

from lxml import etree

from lkj_xl.xlsx.opc import WORKBOOK_ORDER, Package, insert_ordered, int_attr, local, m

_SHEET_SETUP_NAMES = {"_xlnm.print_titles", "_xlnm.print_area", "_xlnm._filterdatabase"}


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
                and lsid.isdigit()
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


def remove_sheet_entry(wb_root: etree._Element, sheet_els: list[etree._Element], pos: int) -> None:
    """Take the sheet at ``pos`` out of ``<sheets>`` (and ``sheet_els``) and renumber what counts sheets
    by position: defined names scoped to a later sheet move down one, names scoped to the removed sheet
    go (its print titles, the owner name), and the active and first tab follow their sheets."""
    el = sheet_els.pop(pos)
    el.getparent().remove(el)
    container = wb_root.find(m("definedNames"))
    if container is not None:
        for dn in list(container):
            scope = int_attr(dn.get("localSheetId"), -1) if dn.get("localSheetId") is not None else -1
            if scope == pos:
                container.remove(dn)
            elif scope > pos:
                dn.set("localSheetId", str(scope - 1))
        if not len(container):
            wb_root.remove(container)
    views = wb_root.find(m("bookViews"))
    for view in views if views is not None else ():
        if local(view.tag) != "workbookView":
            continue
        for attr in ("activeTab", "firstSheet"):
            if view.get(attr) is None:
                continue
            tab = int_attr(view.get(attr))
            if tab > pos:
                tab -= 1
            view.set(attr, str(max(0, min(tab, len(sheet_els) - 1))))
