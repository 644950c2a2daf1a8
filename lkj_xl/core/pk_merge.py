"""A Kode, a Satuan, a Polaritas or a Jenis Realisasi merged down over indicator rows of Kinerja, as the
printed PK merges them.

The Perjanjian Kinerja merges a Sasaran's Kode over the rows of its indicators as it merges its name,
and a Satuan over consecutive indicators of one unit (`%` over two); staff merge a Polaritas or a Jenis
Realisasi over indicators of one choice the same way. Excel shows the merge's first
value over every row of it; openpyxl and the readers keep it in the first cell only. Read here as
Excel shows it, before node_merge reads Tingkat, Kode Induk and Uraian:

- a row under a merged Kode is the first row's node when it is an indicator's row (its Indikator its own
  text, a figure of its own) and its Tingkat, Kode Induk and Uraian are blank, hidden under a merge from
  the Kode's rows, or the same as the first row's; a note or blank row between such rows reads blank.
  Another node's row (its own Tingkat `Program` typed) keeps the hidden Kode: a galat, never counted
  under the Sasaran (merged_kode); so does a row of text only (the Indikator typed on: a continuation,
  rowkinds). A Kode merged from a node's heading row (its Tingkat typed, no Indikator, no figure) over
  its indicator rows is read on them the same way;
- a Satuan merged from an indicator's row is read on every indicator's row under it (any node: the unit
  is what Excel shows there); a Polaritas or a Jenis Realisasi so on the indicator rows of the first
  row's Kode only (one node's, as the PK merges them): over another node's row it is more likely a slip
  or a grouping for the eye, and a choice read wrong flips a capaian (Negatif 176 %, Positif 24 %), so
  that row's hidden cell stays a galat. A note or blank row under any of them reads blank. A Target or a quarter's figure merged down is no one figure for two indicators: its hidden
  cells stay unreadable, a galat at each (cell_reader).

Rows are replaced, never a shared Cell changed. Pure."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from lkj_xl.core import contract as c
from lkj_xl.core.grid_lookups import MERGED
from lkj_xl.core.model import Cell, Grid
from lkj_xl.core.note_rows import is_kinerja_summary, is_note
from lkj_xl.core.pk_nomor import Doubt, read_numbered

_FIGURES = ("Target", "Target Perubahan", *c.REALISASI_TW_HEADERS)
_NAMES = ("Tingkat", "Kode Induk", "Uraian")  # a node's naming columns besides its Kode
# a choice merged down is read on the indicator rows of its own node only: over another node's row it
# is more likely a slip or a visual grouping, and a Polaritas or Jenis read wrong changes the capaian
_CHOICES = ("Polaritas", "Jenis Realisasi")
# a merge down one column ("A5:A7"): its column letters, first and last row
_DOWN = re.compile(r"([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)")
_BLANK = Cell()


def _at(row: list[Cell], col: int) -> Cell | None:
    return row[col] if col < len(row) else None


def _text(cell: Cell | None) -> str:
    """A cell's text as it shows ("" when blank); a whole float as its integer (a Kode 1.0 as 1)."""
    if cell is None or cell.value is None:
        return ""
    value = cell.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return c.tidy_text(str(value))


def _own(cell: Cell | None) -> bool:
    """The cell holds something of its row's own (not hidden under a merge)."""
    if cell is None or cell.merged or cell.across:
        return False
    return bool(cell.formula or cell.error or _text(cell))


def _kind(row: list[Cell], cols: dict[str, int]) -> str:
    """ "indicator" for a row of an indicator of its own (its Indikator typed, a figure of its own),
    "heading" for a node's heading (its own Tingkat typed, no figure, no Indikator but a note), "note" for
    a note, a subtotal or a blank row (the same without Tingkat), "" for any other (the Indikator typed
    on without figures: a continuation, said by rowkinds)."""
    indikator = _at(row, cols["Indikator"])
    figures = any(_own(_at(row, cols[h])) for h in _FIGURES if h in cols)
    text = _text(indikator) if _own(indikator) else ""
    if text and not (is_note(text) or is_kinerja_summary(text)):
        return "indicator" if figures else ""
    if figures:
        return ""
    # a node's heading row (its own Tingkat typed, no Indikator): a Kode merged from it names its node
    return "heading" if _own(_at(row, cols["Tingkat"]) if "Tingkat" in cols else None) else "note"


def _merge_top(ref: str, row: int, first_data: int) -> int | None:
    """The 0-based first row of a merge down one column hiding a cell of ``row``; None for any other
    merge (across columns too, or from above the data)."""
    found = _DOWN.fullmatch(ref)
    if found is None or found[1] != found[3]:
        return None
    top = int(found[2]) - 1
    return top if first_data <= top < row else None


def _same_node(grid: Grid, top: int, r: int, cols: dict[str, int]) -> bool:
    """Row ``r``'s Tingkat, Kode Induk and Uraian name the node of row ``top``: each blank, hidden under
    a merge from the Kode's rows, or typed the same."""
    for header in _NAMES:
        if header not in cols:
            continue
        cell = _at(grid[r], cols[header])
        if cell is None or not (cell.merged or _own(cell)):
            continue  # blank (or hidden under a merge across from its row's Tingkat)
        if cell.merged:
            found = _DOWN.fullmatch(cell.merged)
            if found is None or not top <= int(found[2]) - 1 < r:
                return False
        else:
            typed, named = _text(cell), _text(_at(grid[top], cols[header]))
            if typed != named and (header != "Tingkat" or typed.casefold() != named.casefold()):
                return False  # (a Kode Induk is read as typed: `s1` is no `S1`)
    return True


def _same_kode(grid: Grid, top: int, r: int, cols: dict[str, int]) -> bool:
    """Row ``r``'s Kode (typed, or read from a Kode merged down) is row ``top``'s: one node's rows."""
    if "Kode" not in cols:
        return False
    here, there = _at(grid[r], cols["Kode"]), _at(grid[top], cols["Kode"])
    return _own(here) and _own(there) and _text(here) == _text(there)


_Same = Callable[[Grid, int, int, dict[str, int]], bool]


def _read_down(
    grid: Grid, col: int, cols: dict[str, int], first_data: int, kode: bool, same: _Same | None = None
) -> None:
    """Each merge down column ``col``: the first cell's value on the indicator rows it hides (those for
    which ``same`` holds, up to the first that does not; for a Kode those of the same node), blank on
    the note rows between."""
    same = _same_node if kode else same
    r = first_data
    while r < len(grid):
        cell = _at(grid[r], col)
        ref = cell.merged if cell is not None else None
        top = _merge_top(ref, r, first_data) if ref else None
        first = _at(grid[top], col) if top is not None else None
        heads = ("indicator", "heading") if kode else ("indicator",)
        if top is None or first is None or not _text(first) or _kind(grid[top], cols) not in heads:
            r += 1
            continue
        shown, notes = dataclasses.replace(first, merged=None, across=None), []
        while r < len(grid) and (here := _at(grid[r], col)) is not None and here.merged == ref:
            kind = _kind(grid[r], cols)
            if kind == "note":
                notes.append(r)
            elif kind == "indicator" and (same is None or same(grid, top, r, cols)):
                for at in [*notes, r]:
                    _put(grid, at, col, shown if at == r else _BLANK)
                notes = []
            else:
                break  # another node's row, or a continuation: the hidden cell is said where it is
            r += 1
        for at in notes:  # a note or blank row left under the merge reads nothing from it
            _put(grid, at, col, _BLANK)
        while r < len(grid) and (here := _at(grid[r], col)) is not None and here.merged == ref:
            r += 1  # the rest of the merge keeps its hidden cells


def _put(grid: Grid, r: int, col: int, cell: Cell) -> None:
    row = list(grid[r])
    row[col] = cell
    grid[r] = type(grid[r])(row)  # a hidden row stays one


def read_pk_merges(grid: Grid, cols: dict[str, int], first_data: int) -> list[Doubt]:
    """A Kode, then a Satuan, a Polaritas and a Jenis Realisasi, merged down over indicator rows of
    Kinerja read as Excel shows them (the module's rules), in ``grid``; nothing for another table (no
    Indikator). Returns the numbered runs read under a title with their Tingkat blank (pk_nomor.said)."""
    if "Indikator" not in cols:
        return []
    # `S1.1`, `S1.2` numbered under S1's title row: S1's indicators
    doubts = read_numbered(grid, cols, first_data)
    # (nearly every sheet: no data cell under a merge down, so each column's walk below reads nothing;
    # a look in C at each row instead of four walks of every row; tests/test_speed60.py)
    if not any(any(map(MERGED, row)) for row in grid[first_data:]):
        return doubts
    if "Kode" in cols:
        _read_down(grid, cols["Kode"], cols, first_data, kode=True)
    if "Satuan" in cols:
        _read_down(grid, cols["Satuan"], cols, first_data, kode=False)
    for header in _CHOICES:
        if header in cols:
            _read_down(grid, cols[header], cols, first_data, kode=False, same=_same_kode)
    return doubts
