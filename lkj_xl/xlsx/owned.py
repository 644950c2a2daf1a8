"""Whose sheet is it: the graft's ownership checks inside a package.

Before a build replaces a sheet carrying an output sheet's name, :func:`check_ownership` makes sure
lkj-xl wrote it (:mod:`lkj_xl.core.ownership`: the owner name, else the title in A1) and counts what
the user added inside it (comments, pictures, tables...: :class:`Discarded`); additions whose removal
would break the workbook (pivot tables, slicers, tables something depends on) are refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from lkj_xl.core import ownership
from lkj_xl.core.catatan_terhapus import old_title, typed_note
from lkj_xl.xlsx.ooxml import NS_R, RT_STYLES, RT_WORKSHEET, resolve
from lkj_xl.xlsx.opc import WORKBOOK_ORDER, Package, Rels, insert_ordered, int_attr, local, m, string_text
from lkj_xl.xlsx.zipsafe import PackageError


class ForeignSheetError(PackageError):
    """A sheet of the user's carries an output sheet's name: the build refuses to replace it."""

    def __init__(self, sheets: list[str], filename: str | None = None):
        super().__init__(ownership.foreign_sheet_error(sheets), filename)
        self.sheets = sheets


@dataclass(frozen=True)
class Discarded:
    """What the user had added inside one output sheet that a rebuild replaced."""

    sheet: str
    items: tuple[tuple[str, int], ...]  # (kind, count), kind one of ADDITION_KINDS

    def message(self) -> str:
        """English sentence for the CLI and logs."""
        words = [
            f"{'an' if kind[0] in 'aeiouAEIOU' else 'a'} {kind}" if n == 1 else f"{n} {kind}s"
            for kind, n in self.items
        ]
        listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
        verb = "was" if len(self.items) == 1 and self.items[0][1] == 1 else "were"
        return f"{self.sheet}: {listed} added inside this output sheet {verb} discarded by the rebuild"


# Things a user may add inside an output sheet, in the order messages list them.
ADDITION_KINDS = (
    "typed cell",
    "comment",
    "picture",
    "chart",
    "shape",
    "Excel table",
    "form control",
    "data validation rule",
    "hyperlink",
    "pivot table",
    "slicer",
    "timeline",
)
# Additions whose removal would leave workbook-level parts (pivot caches, slicer caches) pointing at
# a pivot table or slicer that no longer exists (Excel's repair prompt): refused, not discarded.
_ENTANGLED_KINDS = ("pivot table", "slicer", "timeline")
_ANCHORS = {"twoCellAnchor", "oneCellAnchor", "absoluteAnchor"}
_DRAWING_KINDS = {"pic": "picture", "sp": "shape", "grpSp": "shape", "cxnSp": "shape"}
_VML_OBJECT_RE = re.compile(rb"""ObjectType\s*=\s*["'](\w+)["']""")


def _a1_text(sheet: etree._Element, strings: list[etree._Element]) -> str | None:
    """The text of cell A1 of a worksheet (None when it is empty or not a text); reads the first row only."""
    data = sheet.find(m("sheetData"))
    row = next((r for r in data if local(r.tag) == "row"), None) if data is not None else None
    if row is None or row.get("r", "1") != "1":
        return None
    cell = next((c for c in row if local(c.tag) == "c"), None)
    if cell is None or cell.get("r", "A1").upper() != "A1":
        return None
    kind = cell.get("t")
    if kind == "inlineStr":
        inline = cell.find(m("is"))
        return string_text(inline) if inline is not None else None
    value = cell.find(m("v"))
    if value is None or value.text is None:
        return None
    if kind == "s":
        index = int_attr(value.text, -1)
        return string_text(strings[index]) if 0 <= index < len(strings) else None
    return value.text if kind == "str" else None


def _tool_chart(pkg: Package, drawing: str, frame: etree._Element) -> bool:
    """True for a chart frame lkj-xl drew (:func:`lkj_xl.core.ownership.is_tool_chart`: the mark in
    its alternative text, or its title)."""
    descr = next((e.get("descr") for e in frame.iter() if local(e.tag) == "cNvPr"), None)
    rid = next((e.get(f"{{{NS_R}}}id") for e in frame.iter() if local(e.tag) == "chart"), None)
    title = None
    if rid and not ownership.is_tool_chart(descr, None):
        rel = pkg.rels(drawing).by_id(rid)
        chart = resolve(drawing, rel.get("Target", "")) if rel is not None else ""
        if chart and pkg.has(chart):
            root = pkg.xml(chart).getroot()
            heading = next((e for e in root.iter() if local(e.tag) == "title"), None)
            if heading is not None:
                title = "".join(e.text or "" for e in heading.iter() if local(e.tag) == "t")
    return ownership.is_tool_chart(descr, title)


def additions(pkg: Package, part: str) -> dict[str, int]:
    """Counts of what a worksheet holds besides cells and formats (comments, pictures, tables...)."""
    counts = dict.fromkeys(ADDITION_KINDS, 0)
    root = pkg.xml(part).getroot()
    for el in root.iter():
        if local(el.tag) == "dataValidation":  # the main list and x14's in extLst
            counts["data validation rule"] += 1
        elif local(el.tag) == "hyperlink":
            counts["hyperlink"] += 1
    vml_controls = ctrl_props = 0
    for rel, target in pkg.internal_targets(part):
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        if not pkg.has(target):
            continue
        if kind == "comments":
            counts["comment"] += sum(
                1 for el in pkg.xml(target).getroot().iter() if local(el.tag) == "comment"
            )
        elif kind == "drawing":
            for anchor in pkg.xml(target).getroot():  # form controls sit in mc:AlternateContent: skipped
                if local(anchor.tag) not in _ANCHORS:
                    continue
                for obj in anchor:
                    name = local(obj.tag)
                    if name == "graphicFrame":
                        if _tool_chart(pkg, target, obj):
                            continue  # a chart lkj-xl drew: replaced with its sheet, not the user's
                        is_chart = any(local(e.tag) == "chart" for e in obj.iter())
                        counts["chart" if is_chart else "shape"] += 1
                    elif name in _DRAWING_KINDS:
                        counts[_DRAWING_KINDS[name]] += 1
        elif kind == "vmlDrawing":  # comments ("Note") and legacy form controls
            vml_controls += sum(1 for m in _VML_OBJECT_RE.finditer(pkg.read(target)) if m.group(1) != b"Note")
        elif kind == "ctrlProp":
            ctrl_props += 1
        elif kind == "table":
            counts["Excel table"] += 1
        elif kind == "pivotTable":
            counts["pivot table"] += 1
        elif kind in ("slicer", "timeline"):
            counts[kind] += 1
    # Excel writes a form control both as VML and as a ctrlProp part: count it once
    counts["form control"] = max(vml_controls, ctrl_props)
    return {kind: n for kind, n in counts.items() if n}


def _protected(sheet: etree._Element) -> bool:
    protection = sheet.find(m("sheetProtection"))
    return protection is not None and protection.get("sheet", "0").lower() in ("1", "true")


def _texts(pkg: Package, sheet: etree._Element, notes_only: bool = False) -> dict[str, str]:
    """The texts of a worksheet's cells (shared, inline and formula strings) by reference ("B12");
    ``notes_only``: only those :func:`~lkj_xl.core.catatan_terhapus.typed_note` takes for staff's, by
    the formats of their cells' styles."""
    strings: list[etree._Element] | None = None
    looks = _style_formats(pkg) if notes_only else []
    found = {}
    for cell in sheet.iter(m("c")):
        kind, text = cell.get("t"), ""
        value = cell.find(m("v"))
        if kind == "inlineStr":
            inline = cell.find(m("is"))
            text = string_text(inline) if inline is not None else ""
        elif value is None or value.text is None or kind not in ("s", "str"):
            continue
        elif kind == "s":
            strings = pkg.shared_strings() if strings is None else strings
            index = int_attr(value.text, -1)
            text = string_text(strings[index]) if 0 <= index < len(strings) else ""
        else:
            text = value.text
        if not text.strip():
            continue
        if notes_only:
            style = int_attr(cell.get("s", "0"), 0)
            if not typed_note(text, looks[style] if 0 <= style < len(looks) else ()):
                continue
        found[cell.get("r", "").upper()] = text.strip()
    return found


def _on(el: etree._Element | None) -> bool:
    """Whether a font's boolean element (<b/>, <i/>) is there and set ("val" absent: on)."""
    return el is not None and el.get("val", "1").lower() not in ("0", "false")


def _style_formats(pkg: Package) -> list[frozenset[str]]:
    """Per cellXfs index, the formats of :data:`~lkj_xl.core.catatan_terhapus.OWN_FORMATS` its style
    gives a cell (read as openpyxl reads them: the font's b/i/u, the fill, the alignment)."""
    path = pkg.target_of_type(pkg.workbook, RT_STYLES)
    if path is None or not pkg.has(path):
        return []
    root = pkg.xml(path).getroot()
    fonts: list[set[str]] = []
    fills: list[bool] = []
    for font in root.iter(m("font")):
        if local(font.getparent().tag) != "fonts":
            continue
        u = font.find(m("u"))
        own = {name for name, tag in (("bold", "b"), ("italic", "i")) if _on(font.find(m(tag)))}
        if u is not None and u.get("val", "single").lower() != "none":
            own.add("underline")
        fonts.append(own)
    for fill in root.iter(m("fill")):
        if local(fill.getparent().tag) != "fills":  # a conditional format's (dxfs) is no cell's
            continue
        pattern = fill.find(m("patternFill"))
        if pattern is None:  # a gradient
            fills.append(fill.find(m("gradientFill")) is not None)
            continue
        colour = pattern.find(m("fgColor"))
        white = colour is not None and (
            (colour.get("rgb") or "").upper() in ("FFFFFFFF", "00FFFFFF")
            or (colour.get("theme") == "0" and not colour.get("tint"))
        )
        fills.append(pattern.get("patternType", "none") != "none" and not white)
    found: list[frozenset[str]] = []
    xfs = root.find(m("cellXfs"))
    for xf in xfs if xfs is not None else []:
        if local(xf.tag) != "xf":
            continue
        font, fill = int_attr(xf.get("fontId"), 0), int_attr(xf.get("fillId"), 0)
        own = set(fonts[font]) if 0 <= font < len(fonts) else set()
        if 0 <= fill < len(fills) and fills[fill]:
            own.add("fill")
        align = xf.find(m("alignment"))
        if align is not None:
            if align.get("wrapText", "0").lower() in ("1", "true"):
                own.add("wrap")
            if align.get("horizontal", "general") != "general":
                own.add("horizontal")
            if int_attr(align.get("indent"), 0) > 0:
                own.add("indent")
        found.append(frozenset(own))
    return found


def typed_cells(name: str, old: Package, old_part: str, new: Package, new_part: str) -> int:
    """How many texts the user typed inside an output sheet: only in a sheet whose protection was
    removed (the tool protects every output sheet, and Excel and LibreOffice keep it; the user must
    untick it to type), texts the rebuilt sheet holds nowhere (a note under a table, a remark in a
    spare column), whether the rebuilt sheet leaves their cell empty or writes its own value over it
    (a note under Pemeriksaan's table that the next quarter's findings fill). Only texts whose
    cell has none of the formats the tool gives its own texts count
    (:func:`~lkj_xl.core.catatan_terhapus.typed_note`, the task pane's rule too), so the last
    quarter's sentences and headers that moved are not taken for a note, while a note in red, pasted
    in another font, bordered or typed with Alt+Enter is (a note typed bold, or into one of the
    tool's formatted blank cells, goes unnamed). ``name``: the output sheet's (its old title in A1,
    :func:`~lkj_xl.core.catatan_terhapus.old_title`, is the tool's whatever its format)."""
    sheet = old.xml(old_part).getroot()
    if _protected(sheet):
        return 0
    rebuilt = new.xml(new_part).getroot()
    texts = set(_texts(new, rebuilt).values())
    typed = _texts(old, sheet, notes_only=True)
    return sum(1 for ref, text in typed.items() if text not in texts and not old_title(name, ref, text))


def _owner_positions(wb_root: etree._Element) -> set[int]:
    """Positions of the sheets that carry the owner name."""
    return {
        int_attr(dn.get("localSheetId"), -1)
        for dn in wb_root.iter(m("definedName"))
        if ownership.is_owner_name(dn.get("name"), dn.text)
    }


def _present(
    src: Package,
    wb_root: etree._Element,
    wb_rels: Rels,
    names: Sequence[str],
    by_fold: dict[str, tuple[int, etree._Element]],
) -> dict[str, tuple[etree._Element, str, bool]]:
    """Those of ``names`` the package has: name -> (its ``<sheet>``, its worksheet part or "", whether
    lkj-xl wrote it)."""
    marked = _owner_positions(wb_root)
    strings: list[etree._Element] | None = None
    out: dict[str, tuple[etree._Element, str, bool]] = {}
    for name in names:
        hit = by_fold.get(name.casefold())
        if hit is None:
            continue
        pos, el = hit
        rel = wb_rels.by_id(el.get(f"{{{NS_R}}}id", ""))
        part = resolve(src.workbook, rel.get("Target", "")) if rel is not None else ""
        is_worksheet = rel is not None and rel.get("Type") == RT_WORKSHEET and src.has(part)
        a1 = None
        if is_worksheet and pos not in marked:
            strings = src.shared_strings() if strings is None else strings
            a1 = _a1_text(src.xml(part).getroot(), strings)
        tools = ownership.is_tool_sheet(el.get("name", ""), owner_name=pos in marked, a1=a1)
        out[name] = (el, src.names[part.lower()] if is_worksheet else "", tools)
    return out


def tool_sheets(
    src: Package,
    wb_root: etree._Element,
    wb_rels: Rels,
    names: Sequence[str],
    by_fold: dict[str, tuple[int, etree._Element]],
) -> list[str]:
    """Those of ``names`` the package has and lkj-xl wrote (a user's sheet of that name is not one)."""
    return [
        name for name, (_el, _part, tools) in _present(src, wb_root, wb_rels, names, by_fold).items() if tools
    ]


def check_ownership(
    src: Package,
    wb_root: etree._Element,
    wb_rels: Rels,
    names: Sequence[str],
    by_fold: dict[str, tuple[int, etree._Element]],
) -> dict[str, dict[str, int]]:
    """Refuse to replace sheets the tool did not write; the additions inside those it did.

    Returns output sheet name -> :func:`additions` of its current worksheet. Raises
    :class:`ForeignSheetError`, or :class:`PackageError` when an output sheet holds a pivot table or
    slicer (or an Excel table that a slicer or defined name elsewhere depends on).
    """
    foreign: list[str] = []
    found: dict[str, dict[str, int]] = {}
    parts: dict[str, str] = {}
    for name, (el, part, tools) in _present(src, wb_root, wb_rels, names, by_fold).items():
        if not tools:
            foreign.append(el.get("name", ""))
        elif part:
            parts[name] = part
            found[name] = additions(src, part)
    if foreign:
        raise ForeignSheetError(foreign, src.filename)
    for name, kinds in found.items():
        sheet = by_fold[name.casefold()][1].get("name", name)
        for kind in _ENTANGLED_KINDS:
            if kind in kinds:
                raise PackageError(
                    f'sheet "{sheet}" (written by lkj-xl) holds a {kind} added by hand; a build rewrites '
                    f"this sheet and cannot remove the {kind} without breaking the workbook: move it to "
                    "another sheet — nothing was changed",
                    src.filename,
                )
        if "Excel table" in kinds:
            _refuse_table_dependents(src, wb_root, wb_rels, sheet, parts[name])
    return found


def _refuse_table_dependents(
    src: Package, wb_root: etree._Element, wb_rels: Rels, sheet: str, part: str
) -> None:
    """Refuse when a slicer or a defined name depends on an Excel table inside output sheet ``part``."""
    tables: dict[str, str] = {}  # table id -> name
    for rel, target in src.internal_targets(part):
        if rel.get("Type", "").endswith("/table") and src.has(target):
            root = src.xml(target).getroot()
            tables[root.get("id", "")] = root.get("displayName") or root.get("name") or ""
    dependents = []
    for rel in wb_rels.items:
        target = resolve(src.workbook, rel.get("Target", ""))
        if rel.get("Type", "").endswith("/slicerCache") and src.has(target):
            for el in src.xml(target).getroot().iter():
                if local(el.tag) == "tableSlicerCache" and el.get("tableId") in tables:
                    dependents.append(f"the slicer cache {src.xml(target).getroot().get('name', target)!r}")
    for dn in wb_root.iter(m("definedName")):
        for table in tables.values():
            if table and re.search(rf"(?<![\w.]){re.escape(table)}(?![\w.])", dn.text or "", re.IGNORECASE):
                dependents.append(f"the defined name {dn.get('name')!r}")
    if dependents:
        raise PackageError(
            f'sheet "{sheet}" (written by lkj-xl) holds an Excel table added by hand that '
            f"{', '.join(sorted(set(dependents)))} depends on; a build rewrites this sheet and would "
            "leave it pointing at nothing: move the table to another sheet — nothing was changed",
            src.filename,
        )


def mark_owned(wb_root: etree._Element, positions: list[int], replaced_positions: set[int]) -> None:
    """Give every grafted sheet the owner name (one per sheet: an old one at its position goes)."""
    container = wb_root.find(m("definedNames"))
    if container is None:
        container = etree.Element(m("definedNames"))
        insert_ordered(wb_root, container, WORKBOOK_ORDER)
    targets = set(positions) | replaced_positions
    for dn in list(container):
        if (
            ownership.is_owner_name(dn.get("name"), dn.text)
            and int_attr(dn.get("localSheetId"), -1) in targets
        ):
            container.remove(dn)
    for pos in positions:
        el = etree.SubElement(container, m("definedName"))
        el.set("name", ownership.OWNER_NAME)
        el.set("localSheetId", str(pos))
        el.set("hidden", "1")
        el.text = ownership.OWNER_VALUE
