"""openpyxl adapter: read a workbook's input sheets into plain grids (lkj_xl.model.Grid).

The workbook is opened read-only twice: once for the values Excel saved, once for the formulas, so a
formula whose result was never saved is reported instead of being read as blank.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterable
from pathlib import Path

from . import contract as c
from .model import Cell, Grid

# Bounds that keep a hostile or broken file from eating the machine.
MAX_ROWS = 200_000
MAX_COLS = 200
MAX_TEXT = 10_000

ERROR_VALUES = {
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#N/A",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
}


class ReadError(Exception):
    """The file cannot be read as a workbook (message in English for the CLI, naming the file)."""


def _wanted(sheetnames: Iterable[str]) -> list[str]:
    keys = {c.normalize_label(s) for s in c.INPUT_SHEETS}
    return [s for s in sheetnames if c.normalize_label(s) in keys]


def read_grids(source: Path | bytes) -> tuple[dict[str, Grid], list[str]]:
    """Return (input sheet name -> grid, every sheet name in order)."""
    import openpyxl

    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    from .package import check_package

    check_package(data)
    with warnings.catch_warnings():
        # openpyxl warns about data validation extensions and the like; they don't concern reading.
        warnings.simplefilter("ignore")
        try:
            values_wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            formulas_wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        except Exception as exc:  # openpyxl raises many kinds for broken packages
            raise ReadError(f"not a readable workbook: {exc}") from exc
    try:
        names = list(values_wb.sheetnames)
        grids: dict[str, Grid] = {}
        for name in _wanted(names):
            grids[name] = _read_sheet(values_wb[name], formulas_wb[name], name)
        return grids, names
    finally:
        values_wb.close()
        formulas_wb.close()


def _read_sheet(values_ws, formulas_ws, name: str) -> Grid:
    grid: Grid = []
    rows_v = values_ws.iter_rows(max_col=MAX_COLS)
    rows_f = formulas_ws.iter_rows(max_col=MAX_COLS, values_only=True)
    for index, (row_v, row_f) in enumerate(zip(rows_v, rows_f)):
        if index >= MAX_ROWS:
            raise ReadError(f'sheet "{name}" has more than {MAX_ROWS} rows')
        cells: list[Cell] = []
        for cell, formula in zip(row_v, row_f):
            value = getattr(cell, "value", None)
            cells.append(
                _cell(value, formula, getattr(cell, "number_format", None), getattr(cell, "data_type", None))
            )
        # Drop trailing empty cells so grids stay small.
        while cells and cells[-1].value is None and cells[-1].formula is None:
            cells.pop()
        grid.append(cells)
    while grid and not grid[-1]:
        grid.pop()
    return grid


def _cell(value: object, formula: object, number_format: str | None, data_type: str | None) -> Cell:
    is_formula = isinstance(formula, str) and formula.startswith("=")
    formula_text = formula if is_formula else None
    if hasattr(formula, "text"):  # ArrayFormula / DataTableFormula objects
        formula_text = str(getattr(formula, "text", "")) or "{array}"
    if isinstance(value, str):
        if data_type == "e" or value in ERROR_VALUES:
            return Cell(value=None, formula=formula_text, error=value)
        if len(value) > MAX_TEXT:
            value = value[:MAX_TEXT]
    percent = bool(number_format) and "%" in str(number_format).replace('"%"', "")
    return Cell(value=value, formula=formula_text, percent=percent)
