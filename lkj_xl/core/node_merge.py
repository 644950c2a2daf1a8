"""A node's Tingkat, Kode Induk or Uraian merged over the rows of its indicators, as the PK prints them.

The Perjanjian Kinerja merges a Sasaran's name over the rows of its indicators; staff who type the
Kode on every row and merge Tingkat, Kode Induk and Uraian as the PK shows them hide nothing: a
repeated Kode's row may leave those blank (they are taken from the node's first row). Such hidden
cells are read blank, and their merge is not said; a merge over another node's row still is."""

from __future__ import annotations

import re

from lkj_xl.core.model import Cell, Grid

# the columns of Kinerja a repeated Kode's row may leave blank
NODE_COLUMNS = ("Tingkat", "Kode Induk", "Uraian")

_FIRST_ROW = re.compile(r"[A-Z]+([0-9]+):")


def _kode(row: list[Cell], col: int) -> str | None:
    """The Kode typed in ``row`` (None when blank or itself hidden under a merge)."""
    cell = row[col] if col < len(row) else None
    if cell is None or cell.merged or cell.value is None:
        return None
    text = str(cell.value).strip()
    return text.casefold() if text else None


def read_node_merges(grid: Grid, cols: dict[str, int], first_data: int) -> None:
    """Cells of Tingkat, Kode Induk or Uraian hidden under a merge from a row of the same Kode (typed
    on both rows) made blank in ``grid`` (rows replaced, never a shared Cell changed)."""
    if "Kode" not in cols or not all(h in cols for h in NODE_COLUMNS):
        return
    kode_col, node_cols = cols["Kode"], [cols[h] for h in NODE_COLUMNS]
    blank = Cell()
    for r in range(first_data, len(grid)):
        row = grid[r]
        hidden = [i for i in node_cols if i < len(row) and row[i].merged]
        if not hidden or (kode := _kode(row, kode_col)) is None:
            continue
        kept, blanked = list(row), False
        for i in hidden:
            found = _FIRST_ROW.match(row[i].merged or "")
            top = int(found.group(1)) - 1 if found else -1
            if (
                0 <= top < r
                and _kode(grid[top], kode_col) == kode
                and _same_node(grid, top, r, kode_col, kode)
            ):
                kept[i], blanked = blank, True
        if blanked:
            grid[r] = type(row)(kept)  # a hidden row stays one


def _same_node(grid: Grid, top: int, r: int, kode_col: int, kode: str) -> bool:
    """Every row from ``top`` to ``r`` holding a Kode holds this one (no other node's row between)."""
    return all(_kode(grid[x], kode_col) in (None, kode) for x in range(top + 1, r))
