"""Remove output sheets a rebuild no longer writes (the analysis sheets of a workbook whose analysis
inputs were removed), as part of a graft.

Only sheets lkj-xl wrote are removed (:func:`lkj_xl.xlsx.owned.tool_sheets`); a user's sheet that
happens to carry such a name is left alone. A removed sheet goes with everything only it pointed to
(drawings, charts, comments, printer settings: the graft's orphan sweep), its relationship, its
content type, the defined names scoped to it (print titles, the owner name); the sheet-scoped names
of the sheets after it, the active and first tab move down by one; a calculation chain that lists its
cells is dropped (Excel rebuilds it). What the user had added inside it is reported as discarded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lkj_xl.core.contract import OUTPUT_SHEETS
from lkj_xl.xlsx.ooxml import NS_R, rels_name, resolve
from lkj_xl.xlsx.opc import int_attr, local, m
from lkj_xl.xlsx.owned import Discarded, check_ownership, tool_sheets


def drop_sheets(g: Any, names: Sequence[str]) -> None:
    """Remove from the graft ``g`` (a ``graft._Graft`` before its plan) the sheets ``names`` that
    lkj-xl wrote."""
    by_fold = {el.get("name", "").casefold(): (i, el) for i, el in enumerate(g.sheet_els)}
    owned = tool_sheets(g.src, g.wb_root, g.wb_rels, names, by_fold)
    if not owned:
        return
    # What the user added inside them (refused outright when it is a pivot table or slicer).
    for name, kinds in check_ownership(g.src, g.wb_root, g.wb_rels, owned, by_fold).items():
        if kinds:
            g.discarded.append(Discarded(by_fold[name.casefold()][1].get("name", name), tuple(kinds.items())))
    for pos in sorted((by_fold[name.casefold()][0] for name in owned), reverse=True):
        _drop(g, pos)


def _drop(g: Any, pos: int) -> None:
    el = g.sheet_els[pos]
    g.replaced_ids.add(el.get("sheetId", ""))  # a calcChain listing its cells is dropped
    rel = g.wb_rels.by_id(el.get(f"{{{NS_R}}}id", ""))
    if rel is not None:
        part = resolve(g.src.workbook, rel.get("Target", ""))
        if g.src.has(part):
            part = g.src.names[part.lower()]
            g.orphan_roots.append(part)
            g.skip_sources.add(part.lower())
            g.removed.update({part.lower(), rels_name(part).lower()})
            g.ctypes.remove_override(part)
        g.wb_rels.remove(rel)
    g.sheets_el.remove(el)
    del g.sheet_els[pos]
    renumber(g, pos, -1)


def insert_position(name: str, present: dict[str, int]) -> int | None:
    """Where a new output sheet ``name`` goes in the sheet list: before the first of the output sheets
    ``present`` (name -> position) that follows it in the contract's order (contract.OUTPUT_SHEETS),
    or None (at the end) when none follows it or it is not an output sheet."""
    rank = {n.casefold(): i for i, n in enumerate(OUTPUT_SHEETS)}
    own = rank.get(name.casefold())
    if own is None:
        return None
    later = [pos for other, pos in present.items() if rank.get(other.casefold(), -1) > own]
    return min(later, default=None)


def renumber(g: Any, pos: int, delta: int) -> None:
    """Move the workbook's references by sheet index at or after ``pos`` by ``delta``: -1 once the sheet
    at ``pos`` is removed (the defined names scoped to it go with it; an active or first tab on it moves
    to the sheet before), +1 when a sheet is inserted at ``pos`` (every later sheet keeps its names,
    print titles and owner name, the active and first tab stay on their sheets)."""
    _shift_names(g.wb_root, pos, delta)
    views = g.wb_root.find(m("bookViews"))
    for view in views if views is not None else ():
        for attr in ("activeTab", "firstSheet"):
            tab = int_attr(view.get(attr, "0"))
            if tab >= pos and tab + delta >= 0:
                view.set(attr, str(tab + delta))
    if g.active_tab >= pos and g.active_tab + delta >= 0:
        g.active_tab += delta


def _shift_names(wb_root: Any, pos: int, delta: int) -> None:
    """Defined names scoped to sheets at or after ``pos`` move by ``delta``; on a removal (-1) those
    scoped to the sheet at ``pos`` itself are dropped."""
    container = wb_root.find(m("definedNames"))
    if container is None:
        return
    for dn in list(container):
        if local(dn.tag) != "definedName" or dn.get("localSheetId") is None:
            continue
        lsid = int_attr(dn.get("localSheetId"), -1)
        if lsid == pos and delta < 0:
            container.remove(dn)
        elif lsid >= pos:
            dn.set("localSheetId", str(lsid + delta))
    if not len(container):
        wb_root.remove(container)
