"""A node's Tingkat, Kode Induk or Uraian merged over the rows of its indicators, as the PK prints them.

The Perjanjian Kinerja merges a Sasaran's name over the rows of its indicators; staff who type the
Kode on every row (or merge it too, read on each row first by pk_merge) and merge Tingkat, Kode
Induk and Uraian as the PK shows them hide nothing: a
repeated Kode's row may leave those blank (they are taken from the node's first row). Such hidden
cells are read blank, and their merge is not said; so are those of a note or a blank row between two
of the node's rows (the note is then said as a note). A merge over another node's row still is, and
a Kode that differs from the first row's as the reader reads it (`s1` under `S1`) is another node's."""

from __future__ import annotations

import re

from lkj_xl.core import contract as c
from lkj_xl.core.model import Cell, Grid
from lkj_xl.core.note_rows import is_kinerja_summary, is_note

# the columns of Kinerja a repeated Kode's row may leave blank
NODE_COLUMNS = ("Tingkat", "Kode Induk", "Uraian")

_RANGE_ROWS = re.compile(r"[A-Z]+([0-9]+):[A-Z]+([0-9]+)")

_NONE = ""  # a row holding no Kode of a node: blank, or a note or a subtotal typed in the Kode column


def _kode(row: list[Cell], col: int) -> str | None:
    """The Kode typed in ``row`` as the reader reads it (spaces tidied, case kept: `s1` is not `S1`);
    ``_NONE`` for a blank Kode or a note's label there; None when it cannot be seen (under a merge)."""
    cell = row[col] if col < len(row) else None
    if cell is None or cell.value is None:
        return _NONE
    if cell.merged:
        return None
    value = cell.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = c.tidy_text(str(value))
    return _NONE if not text or is_note(text) or is_kinerja_summary(text) else text


def _quiet_rows(grid: Grid, first: int, last: int, kode_col: int) -> range:
    """The rows after ``first`` up to ``last`` (0-based) a merge from ``first`` hides nothing of: those
    down to the last one holding the first row's Kode, every row between holding it or none."""
    kode = _kode(grid[first], kode_col)
    end = first
    for r in range(first + 1, min(last, len(grid) - 1) + 1):
        here = _kode(grid[r], kode_col)
        if here == kode:
            end = r
        elif here != _NONE:
            break
    return range(first + 1, end + 1) if kode else range(0)


def read_node_merges(grid: Grid, cols: dict[str, int], first_data: int) -> None:
    """Cells of Tingkat, Kode Induk or Uraian hidden under a merge from a row of the same Kode (typed
    on both rows, any row between a note or blank) made blank in ``grid`` (rows replaced, never a
    shared Cell changed)."""
    if "Kode" not in cols or not all(h in cols for h in NODE_COLUMNS):
        return
    kode_col, node_cols = cols["Kode"], [cols[h] for h in NODE_COLUMNS]
    quiet: dict[str, range] = {}  # a merge's range -> the rows it hides nothing of
    blank = Cell()
    a, b, d = node_cols
    last = max(node_cols)
    for r in range(first_data, len(grid)):
        row = grid[r]
        # (nearly every row: its three cells there and none under a merge; tests/test_speed56.py)
        if len(row) > last and not (row[a].merged or row[b].merged or row[d].merged):
            continue
        hidden = [i for i in node_cols if i < len(row) and row[i].merged]
        if not hidden:
            continue
        kept = list(row)
        for i in hidden:
            ref = row[i].merged or ""
            if ref not in quiet:
                found = _RANGE_ROWS.match(ref)
                top, bottom = (int(found.group(1)) - 1, int(found.group(2)) - 1) if found else (r, r)
                quiet[ref] = _quiet_rows(grid, top, bottom, kode_col) if 0 <= top < r else range(0)
            if r in quiet[ref]:
                kept[i] = blank
        if kept != row:
            grid[r] = type(row)(kept)  # a hidden row stays one
