"""Graft the tool's output sheets into the user's own workbook package, leaving everything else intact.

A plain openpyxl load+save of a user's workbook loses things the user made (images, text boxes,
sparklines, x14 extension lists, the saved values of formulas, a VBA project's form controls...). So the
output sheets are rendered into a separate workbook (xlsxwriter) and *grafted* into the original package
here, at the level of the zip/XML parts:

* every part of the original that is not an output sheet is copied byte for byte;
* an output sheet that already exists (same name, case-insensitive) is replaced in place, keeping its
  position, ``sheetId`` and ``r:id``; a new output sheet goes before the first output sheet already
  there that follows it in the contract's order, else after the user's sheets;
* the parts that must be shared are merged: ``xl/styles.xml`` (:mod:`lkj_xl.xlsx.styles`),
  ``xl/workbook.xml`` (sheet list, defined names), the workbook relationships and
  ``[Content_Types].xml``;
* shared strings of the grafted sheets become inline strings, so ``xl/sharedStrings.xml`` is untouched.

Which existing sheets may be replaced, and what the user added inside them, is :mod:`lkj_xl.xlsx.owned`.
The rewriting of each shared part (a sheet's XML, VML ids, defined names, the calculation chain) is
:mod:`lkj_xl.xlsx.graft_parts`.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from lkj_xl.xlsx.dropsheets import drop_sheets, insert_position, renumber
from lkj_xl.xlsx.graft_parts import (
    calc_chain_touches,
    merge_defined_names,
    renumber_vml,
    transform_sheet,
    used_vml_blocks,
)
from lkj_xl.xlsx.ooxml import (
    CT_STYLES,
    CT_WORKSHEET,
    NS_R,
    NS_STRICT_MAIN,
    RT_CALC_CHAIN,
    RT_STYLES,
    RT_WORKSHEET,
    relative,
    rels_name,
    resolve,
)
from lkj_xl.xlsx.opc import (
    WORKBOOK_ORDER,
    Package,
    PartNames,
    Rels,
    insert_ordered,
    int_attr,
    local,
    m,
    open_package,
    serialize,
    strict_format_error,
    write_package,
)
from lkj_xl.xlsx.owned import Discarded, additions, check_ownership, mark_owned, typed_cells
from lkj_xl.xlsx.styles import StyleMerge
from lkj_xl.xlsx.zipsafe import PackageError, label

# Relationship types (last path segment) an output sheet may bring along: their parts are copied with
# the sheet. Anything else (tables, pivot tables, slicers, threaded comments...) has workbook-wide ids
# or names that would need merging, and is refused.
_COPYABLE_RELS = {
    "drawing",
    "vmlDrawing",
    "comments",
    "image",
    "chart",
    "chartUserShapes",
    "chartStyle",
    "chartColorStyle",
    "themeOverride",
    "printerSettings",
    "hyperlink",
}


@dataclass(frozen=True)
class Graft:
    """The grafted package and what the rebuild discarded from the sheets it replaced."""

    data: bytes
    discarded: tuple[Discarded, ...] = ()


@dataclass
class _Slot:
    """Where one output sheet goes: its ``<sheet>`` element, position and part (None until known)."""

    name: str
    el: etree._Element | None = None
    pos: int | None = None
    part: str | None = None


class _Graft:
    """One graft in progress: the user's package (``src``) edited, the rendered one (``ren``) read."""

    def __init__(self, src: Package, ren: Package, names: list[str], drop: Sequence[str] = ()):
        self.src, self.ren, self.names, self.drop = src, ren, names, drop
        self.wb_tree = src.xml(src.workbook)
        self.wb_root = self.wb_tree.getroot()
        if self.wb_root.tag != m("workbook"):
            if etree.QName(self.wb_root).namespace == NS_STRICT_MAIN:
                raise strict_format_error(src.filename)
            raise PackageError(
                f"{label(src.filename)} is corrupt: {src.workbook} is not a workbook.", src.filename
            )
        self.wb_rels = src.rels(src.workbook)
        self.ctypes = src.content_types()
        self.ren_wb = ren.xml(ren.workbook).getroot()
        self.ren_rels = ren.rels(ren.workbook)
        self.ren_ctypes = ren.content_types()
        sheets_el = self.wb_root.find(m("sheets"))
        if sheets_el is None:
            raise PackageError(
                f"{label(src.filename)} is corrupt: the workbook has no list of sheets.", src.filename
            )
        self.sheets_el = sheets_el
        self.sheet_els = [el for el in sheets_el if local(el.tag) == "sheet"]
        self.ren_sheet_els = list(self.ren_wb.iter(m("sheet")))
        self.ren_by_name = {el.get("name"): el for el in self.ren_sheet_els}
        for name in names:
            if name not in self.ren_by_name:
                raise ValueError(f"sheet {name!r} is not in the rendered workbook")
        views = self.wb_root.find(m("bookViews"))
        view = views.find(m("workbookView")) if views is not None else None
        self.active_tab = int_attr(view.get("activeTab", "0")) if view is not None else 0
        self.removed: set[str] = set()  # lower-case member names to drop
        self.new_parts: dict[str, bytes] = {}  # member name -> bytes (replacements and additions)
        self.orphan_roots: list[str] = []  # parts whose relationship closure may become orphaned
        self.skip_sources: set[str] = set()  # parts whose outgoing relationships disappear
        self.replaced_ids: set[str] = set()
        self.replaced_positions: set[int] = set()
        self.styles: StyleMerge | None = None
        self.vml_used: set[int] | None = None
        self.any_formulas = False
        self.discarded: list[Discarded] = []
        self.plan: list[_Slot] = []

    def run(self) -> Graft:
        drop_sheets(self, self.drop)  # output sheets this build no longer writes
        plan = self.plan = self._plan()
        self._drop_orphans()
        self._merge_styles()
        strings = self.ren.shared_strings()
        sheet_dir = self._sheet_dir()
        for slot in plan:
            self._place(slot, strings, sheet_dir)
        self._finish(plan)
        return Graft(write_package(self.src, self.new_parts, self.removed), tuple(self.discarded))

    # -- plan: which sheet element, position and part each output sheet gets

    def _plan(self) -> list[_Slot]:
        by_fold = {el.get("name", "").casefold(): (i, el) for i, el in enumerate(self.sheet_els)}
        self.owned_found = check_ownership(self.src, self.wb_root, self.wb_rels, self.names, by_fold)
        self.next_sheet_id = max([0, *(int_attr(el.get("sheetId")) for el in self.sheet_els)]) + 1
        plan = []
        for name in self.names:
            hit = by_fold.get(name.casefold())
            if hit is None:
                plan.append(_Slot(name))
                continue
            pos, el = hit
            self.replaced_ids.add(el.get("sheetId", ""))
            self.replaced_positions.add(pos)
            plan.append(_Slot(name, el, pos, self._reused_part(el)))
        return plan

    def _reused_part(self, el: etree._Element) -> str | None:
        """The part a replaced sheet's successor reuses; the old sheet's own parts are let go."""
        rel = self.wb_rels.by_id(el.get(f"{{{NS_R}}}id", ""))
        if rel is None:
            return None
        old_part = resolve(self.src.workbook, rel.get("Target", ""))
        if not self.src.has(old_part):
            return None
        old_part = self.src.names[old_part.lower()]
        self.orphan_roots.append(old_part)
        self.skip_sources.add(old_part.lower())
        self.removed.add(rels_name(old_part).lower())
        if rel.get("Type") == RT_WORKSHEET:
            return old_part
        self.removed.add(old_part.lower())  # a chartsheet or dialog sheet of that name: a worksheet comes
        return None

    def _drop_orphans(self) -> None:
        """Drop the parts only the replaced sheets pointed to (drawings, comments, printer settings...)."""
        src = self.src
        reachable = src.reachable(self.skip_sources)
        for root_part in self.orphan_roots:
            for part in src.closure(root_part):
                if part not in reachable and src.has(part):
                    self.removed.add(part)
                    self.removed.add(rels_name(part).lower())
        for el in list(self.ctypes.elements("Override")):
            if el.get("PartName", "").lstrip("/").lower() in self.removed:
                self.ctypes.tree.getroot().remove(el)
                self.ctypes.changed = True
        self.alloc = PartNames(n for n in src.names if n not in self.removed)

    def _merge_styles(self) -> None:
        src, ren = self.src, self.ren
        src_styles = src.target_of_type(src.workbook, RT_STYLES)
        ren_styles = ren.target_of_type(ren.workbook, RT_STYLES)
        if ren_styles is None or not ren.has(ren_styles):
            return
        if src_styles is not None and src.has(src_styles):
            styles_tree = src.xml(src_styles)
            self.styles = StyleMerge(styles_tree, ren.xml(ren_styles))
            if self.styles.changed:
                self.new_parts[src.names[src_styles.lower()]] = serialize(styles_tree)
            return
        # no styles part at all: the rendered one becomes the workbook's
        alloc = self.alloc
        part = alloc.alloc("xl/styles.xml") if alloc.taken & {"xl/styles.xml"} else "xl/styles.xml"
        alloc.claim(part)
        self.new_parts[part] = ren.read(ren_styles)
        self.wb_rels.add(RT_STYLES, relative(src.workbook, part))
        self.ctypes.ensure(part, CT_STYLES)

    def _sheet_dir(self) -> str:
        """The folder of the workbook's worksheets (where new ones go)."""
        for el in self.sheet_els:
            rel = self.wb_rels.by_id(el.get(f"{{{NS_R}}}id", ""))
            if rel is not None and rel.get("Type") == RT_WORKSHEET:
                return posixpath.dirname(resolve(self.src.workbook, rel.get("Target", "")))
        return "xl/worksheets"

    # -- each output sheet

    def _place(self, slot: _Slot, strings: list[etree._Element], sheet_dir: str) -> None:
        ren = self.ren
        ren_el = self.ren_by_name[slot.name]
        ren_rel = self.ren_rels.by_id(ren_el.get(f"{{{NS_R}}}id", ""))
        if ren_rel is None or ren_rel.get("Type") != RT_WORKSHEET:
            raise ValueError(f"rendered sheet {slot.name!r} is not a worksheet")
        ren_part = resolve(ren.workbook, ren_rel.get("Target", ""))
        self._note_discarded(slot.name, ren_part, slot.part)
        if slot.part is None:
            slot.part = self.alloc.alloc(posixpath.join(sheet_dir, "sheet1.xml"))
        part = slot.part
        el = self._sheet_entry(slot)
        if ren_el.get("state"):
            el.set("state", ren_el.get("state"))
        elif el.get("state") is not None:
            del el.attrib["state"]
        self.ctypes.ensure(part, CT_WORKSHEET)
        selected = slot.pos == self.active_tab
        xml, has_formulas = transform_sheet(ren.read(ren_part), self.styles, strings, selected, ren_part)
        self.any_formulas |= has_formulas
        self.new_parts[part] = xml
        self.removed.discard(part.lower())
        # the rendered sheet's own relationships, with copies of the parts they point to
        ren_sheet_rels = ren.rels(ren_part) if ren.has(rels_name(ren_part)) else None
        if ren_sheet_rels is not None and ren_sheet_rels.items:
            if self.vml_used is None:
                self.vml_used = used_vml_blocks(self.src, self.removed)
            new_rels = self._copy_rels(ren_part, part, ren_sheet_rels, {})
            self.new_parts[rels_name(part)] = serialize(new_rels.tree)
            self.removed.discard(rels_name(part).lower())

    def _note_discarded(self, name: str, ren_part: str, part: str | None) -> None:
        """Note what the user had added inside the output sheet ``name`` that the rebuild replaces."""
        found = dict(self.owned_found.get(name, {}))
        if part and name in self.owned_found and self.src.has(part):  # the tool's sheet being replaced
            typed = typed_cells(name, self.src, part, self.ren, ren_part)
            if typed:
                found = {"typed cell": typed, **found}
        if found:
            # what the tool writes itself (a comment on Pemeriksaan, say) is not the user's addition
            own = additions(self.ren, ren_part)
            kept = tuple((kind, n) for kind, n in found.items() if kind not in own)
            if kept:
                self.discarded.append(Discarded(name, kept))

    def _sheet_entry(self, slot: _Slot) -> etree._Element:
        """The workbook's ``<sheet>`` element of ``slot`` (appended when new), pointing at its part."""
        wb_rels, target = self.wb_rels, relative(self.src.workbook, slot.part)
        if slot.el is None:  # a new sheet: at its place among the output sheets, else at the end
            rid = wb_rels.add(RT_WORKSHEET, target)
            el = etree.Element(m("sheet"), nsmap={"r": NS_R})
            el.set("name", slot.name)
            el.set("sheetId", str(self.next_sheet_id))
            el.set(f"{{{NS_R}}}id", rid)
            self.next_sheet_id += 1
            self._insert(slot, el)
            return el
        el = slot.el
        el.set("name", slot.name)
        rel = wb_rels.by_id(el.get(f"{{{NS_R}}}id", ""))
        if rel is None:
            el.set(f"{{{NS_R}}}id", wb_rels.add(RT_WORKSHEET, target))
        elif (
            rel.get("Type") != RT_WORKSHEET
            or resolve(self.src.workbook, rel.get("Target", "")).lower() != slot.part.lower()
        ):
            rel.set("Type", RT_WORKSHEET)
            rel.set("Target", target)
            wb_rels.changed = True
        return el

    def _insert(self, slot: _Slot, el: etree._Element) -> None:
        """Put the new ``<sheet>`` of ``slot`` before the first output sheet already in the workbook
        that follows it in the contract's order (an analysis sheet added to an older report goes before
        Pemeriksaan), else last; later sheets' index references move up by one."""
        pos = insert_position(
            slot.name, {s.name: s.pos for s in self.plan if s.el is not None and s.pos is not None}
        )
        if pos is None or pos >= len(self.sheet_els):
            self.sheets_el.append(el)
            pos = len(self.sheet_els)
        else:
            self.sheet_els[pos].addprevious(el)
            renumber(self, pos, +1)
            for other in self.plan:
                if other.pos is not None and other.pos >= pos:
                    other.pos += 1
            self.replaced_positions = {p + 1 if p >= pos else p for p in self.replaced_positions}
        self.sheet_els.insert(pos, el)
        slot.el, slot.pos = el, pos

    def _copy_rels(self, ren_part: str, part: str, ren_rels: Rels, copied: dict[str, str]) -> Rels:
        """Copy the parts ``ren_part`` points to (transitively) into the output; return the new rels."""
        out = Rels(None)
        for rel in ren_rels.items:
            rtype = rel.get("Type", "")
            kind = rtype.rsplit("/", 1)[-1]
            if kind not in _COPYABLE_RELS:
                raise ValueError(f"output sheets may not contain {kind!r} parts (found in {ren_part})")
            if rel.get("TargetMode") == "External":
                out.add(rtype, rel.get("Target", ""), "External", rid=rel.get("Id"))
                continue
            target = resolve(ren_part, rel.get("Target", ""))
            if target.lower() not in copied:
                self._copy_part(target, copied)
            out.add(rtype, relative(part, copied[target.lower()]), rid=rel.get("Id"))
        return out

    def _copy_part(self, target: str, copied: dict[str, str]) -> None:
        """Copy the rendered part ``target`` (and what it points to) under a free name."""
        ren = self.ren
        new_name = self.alloc.alloc(target)
        copied[target.lower()] = new_name
        data = ren.read(target)
        if target.lower().endswith(".vml"):
            data = renumber_vml(data, self.vml_used)
        ctype = self.ren_ctypes.content_type(target)
        if ctype is None:
            raise ValueError(f"rendered part {target} has no content type")
        self.ctypes.ensure(new_name, ctype)
        if ren.has(rels_name(target)):
            sub = self._copy_rels(target, new_name, ren.rels(target), copied)
            self.new_parts[rels_name(new_name)] = serialize(sub.tree)
        self.new_parts[new_name] = data

    # -- the workbook-wide parts

    def _finish(self, plan: list[_Slot]) -> None:
        src, wb_root = self.src, self.wb_root
        new_pos = {slot.name: slot.pos for slot in plan}
        merge_defined_names(wb_root, self.ren_wb, new_pos, self.replaced_positions, self.ren_sheet_els)
        mark_owned(wb_root, [slot.pos for slot in plan], self.replaced_positions)
        # calcChain: drop it if it lists cells of a replaced sheet (Excel rebuilds it)
        for rel in self.wb_rels.by_type(RT_CALC_CHAIN):
            part = resolve(src.workbook, rel.get("Target", ""))
            if src.has(part) and calc_chain_touches(src.xml(part).getroot(), self.replaced_ids):
                self.removed.add(part.lower())
                self.wb_rels.remove(rel)
                self.ctypes.remove_override(part)
        # output formulas have no trustworthy cached values: ask for a full recalculation on load
        if self.any_formulas:
            calc = wb_root.find(m("calcPr"))
            if calc is None:
                calc = etree.Element(m("calcPr"))
                insert_ordered(wb_root, calc, WORKBOOK_ORDER)
            calc.set("fullCalcOnLoad", "1")
        self.new_parts[src.workbook] = serialize(self.wb_tree)
        self.new_parts[rels_name(src.workbook)] = serialize(self.wb_rels.tree)
        if self.ctypes.changed:
            self.new_parts[src.names["[content_types].xml"]] = serialize(self.ctypes.tree)


def graft_sheets(
    original: bytes | Package, rendered: bytes, sheet_names: Sequence[str], *, filename: str | None = None
) -> bytes:
    """:func:`graft` without the list of discarded additions: the new package only."""
    return graft(original, rendered, sheet_names, filename=filename).data


def graft(
    original: bytes | Package,
    rendered: bytes,
    sheet_names: Sequence[str],
    *,
    filename: str | None = None,
    drop: Sequence[str] = (),
) -> Graft:
    """Return ``original`` with the sheets ``sheet_names`` of ``rendered`` grafted in.

    ``original`` is the user's .xlsx/.xlsm, as bytes or as the :class:`~lkj_xl.xlsx.opc.Package`
    :func:`~lkj_xl.xlsx.opc.open_package` gave (checked there, once; hostile input raises
    :class:`PackageError`); ``filename`` names it in messages. ``rendered`` is an xlsxwriter workbook
    holding (at least) the sheets ``sheet_names``. Existing sheets with those names (case-insensitive)
    are replaced in place when lkj-xl wrote them (:mod:`lkj_xl.core.ownership`); a sheet of the
    user's with such a name raises :class:`~lkj_xl.xlsx.owned.ForeignSheetError` and nothing is
    written. The others are added: an output sheet of the contract before the first output sheet
    already there that follows it in the contract's order (an older report's Pemeriksaan stays last),
    any other sheet at the end. Every grafted sheet is marked with the owner name. Every other
    part of ``original`` is copied unchanged (see the module doc). What the user had added inside a
    replaced sheet is listed in :attr:`Graft.discarded`. Raises ValueError for programming errors (a
    name missing from ``rendered``, a 1900/1904 date system mismatch, parts an output sheet may not
    carry such as tables). ``drop``: output sheets this build no longer writes; those lkj-xl wrote
    are removed (:mod:`lkj_xl.xlsx.dropsheets`), a user's sheet of such a name stays.
    """
    src = open_package(original, filename).named(filename)
    ren = Package(rendered, "rendered")
    names = list(sheet_names)
    if len({n.casefold() for n in names}) != len(names):
        raise ValueError(f"duplicate sheet names: {names}")
    if src.date1904() != ren.date1904():
        raise ValueError(
            "date system mismatch: the original workbook uses the "
            f"{'1904' if src.date1904() else '1900'} date system; render with "
            f"Workbook(options={{'date_1904': {src.date1904()}}})"
        )
    return _Graft(src, ren, names, drop).run()
