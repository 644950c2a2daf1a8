"""Shared formulas: a formula filled down (or across) is saved by Excel once, in its first cell
(``<f t="shared" ref="L15:L17" si="0">K15+4</f>``); every other cell of the range holds only
``<f t="shared" si="0"/>``. Each such follower gets its own text here, the master's translated by the
follower's offset from it, as Excel shows it (L17: ``=K17+4``), so a check of a cell's formula
(:mod:`lkj_xl.core.quarter_formulas`) sees in every cell what staff see and what the task pane sends.

A follower whose master is missing (deleted, or its ``si`` names none) or lies outside the master's
range keeps ``=``: a formula without text, as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from lkj_xl.core.grids import column_index, column_letter
from lkj_xl.core.model import Cell, Grid

_MAX_ROW = 1_048_576
_MAX_COL = 16_384  # XFD

# Left alone: string literals "a""b", quoted sheet names 'Q1 ''25'!, bracketed parts (structured
# references Tabel1[[#This Row],[TW I]], external book indices [1]). Translated: cell references
# (A1, $A$1, A$1), column ranges (A:C) and row ranges (3:5). A name or number touching the token
# (LOG10( is a function, Tahun2025 a name, 1E5 a number, Sheet1!... a sheet) is not one.
_TOKEN = re.compile(
    r"""
    (?P<skip>"(?:[^"]|"")*"?|'(?:[^']|'')*'?|\[(?:[^\[\]]|\[[^\[\]]*\])*\]?)
    | (?<![A-Za-z0-9_.$])(?P<cols>\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![A-Za-z0-9_.(!])
    | (?<![A-Za-z0-9_.$:])(?P<rows>\$?[0-9]{1,7}:\$?[0-9]{1,7})(?![A-Za-z0-9_.(!:])
    | (?<![A-Za-z0-9_.$])(?P<cell>\$?[A-Za-z]{1,3}\$?[0-9]{1,7})(?![A-Za-z0-9_.(!])
    """,
    re.VERBOSE,
)
_CELL = re.compile(r"(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)")
_RANGE = re.compile(r"([A-Z]{1,3})([0-9]+)(?::([A-Z]{1,3})([0-9]+))?")


class _Outside(Exception):
    """A reference moved off the sheet: Excel shows #REF!."""


def _shift_col(fixed: bool, letters: str, cols: int) -> str:
    if fixed:
        return "$" + letters.upper()
    index = column_index(letters) + cols
    if not 0 <= index < _MAX_COL:
        raise _Outside
    return column_letter(index)


def _shift_row(fixed: bool, digits: str, rows: int) -> str:
    if fixed:
        return "$" + digits
    number = int(digits) + rows
    if not 1 <= number <= _MAX_ROW:
        raise _Outside
    return str(number)


def _translate_token(match: re.Match[str], rows: int, cols: int) -> str:
    text = match.group(0)
    if match.group("skip") is not None:
        return text
    try:
        if match.group("cols") is not None:
            ends = [(e[:1] == "$", e.lstrip("$")) for e in text.split(":")]
            if any(column_index(letters) >= _MAX_COL for _, letters in ends):
                return text  # a name, not columns (XFE is beyond the last column)
            return ":".join(_shift_col(fixed, letters, cols) for fixed, letters in ends)
        if match.group("rows") is not None:
            ends = [(e[:1] == "$", e.lstrip("$")) for e in text.split(":")]
            return ":".join(_shift_row(fixed, digits, rows) for fixed, digits in ends)
        col_dollar, letters, row_dollar, digits = _CELL.fullmatch(text).groups()  # type: ignore[union-attr]
        if column_index(letters) >= _MAX_COL or not 1 <= int(digits) <= _MAX_ROW:
            return text  # a name that only looks like a reference (ABCD1 is no column, XFE1 neither)
        return _shift_col(bool(col_dollar), letters, cols) + _shift_row(bool(row_dollar), digits, rows)
    except _Outside:
        return "#REF!"


def translate(formula: str, rows: int, cols: int) -> str:
    """``formula`` (without its "=") as it reads ``rows`` rows down and ``cols`` columns right of the
    cell it was written in: relative parts of each reference move, $-absolute parts stay, a reference
    moved off the sheet is #REF!."""
    if not rows and not cols:
        return formula
    return _TOKEN.sub(lambda m: _translate_token(m, rows, cols), formula)


class SharedFormulas:
    """The shared formulas of one sheet, noted cell by cell as a reader meets them (any order), then
    written into its grid by :meth:`fill`."""

    def __init__(self) -> None:
        # si -> (row, col, text, (first row, first col, last row, last col)), 0-based
        self.masters: dict[str, list[tuple[int, int, str, tuple[int, int, int, int]]]] = {}
        self.followers: list[tuple[int, int, str]] = []

    def note(self, c_element: etree._Element, row: int, col: int) -> None:
        """Note the <c> element at (``row``, ``col``), 0-based, when its formula is shared."""
        for child in c_element:
            tag = child.tag
            if not isinstance(tag, str) or not (tag == "f" or tag.endswith("}f")):
                continue
            si = child.get("si")
            if child.get("t") != "shared" or si is None:
                return
            span = _RANGE.fullmatch(child.get("ref") or "")
            if child.text and span is not None:
                first_col, first_row, last_col, last_row = span.groups()
                bounds = (
                    int(first_row) - 1,
                    column_index(first_col),
                    int(last_row or first_row) - 1,
                    column_index(last_col or first_col),
                )
                self.masters.setdefault(si, []).append((row, col, child.text, bounds))
            elif not child.text:
                self.followers.append((row, col, si))
            return

    def fill(self, grid: Grid) -> None:
        """Give each follower in ``grid`` the formula of the master whose range holds it."""
        for row, col, si in self.followers:
            if row >= len(grid) or col >= len(grid[row]):
                continue
            for top, left, text, (r0, c0, r1, c1) in self.masters.get(si, ()):
                if r0 <= row <= r1 and c0 <= col <= c1:
                    cell: Cell = grid[row][col]
                    if cell.formula == "=":  # grids share cells: never change one in place
                        grid[row][col] = replace(cell, formula="=" + translate(text, row - top, col - left))
                    break
