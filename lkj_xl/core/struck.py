"""A data row struck through (Font > Strikethrough), as staff mark an indicator or a program they
dropped: the cells keep their values, which are read and counted as Excel's own SUM counts them, so
the row is pointed out, as a hidden row is (README "Rows hidden").

Pure, like :mod:`lkj_xl.core.grids`, which calls this for each data row.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkj_xl.core.model import PERINGATAN, Cell, Finding


def struck_column(row: Sequence[Cell], cols: Sequence[int]) -> int | None:
    """The first of ``cols`` whose cell holds something and is struck through, else None."""
    n = len(row)  # (called for every data row: len() once, not once a column)
    for col in cols:
        if col < n and (cell := row[col]).struck and (cell.value is not None or cell.formula):
            return col
    return None


def struck_finding(sheet: str, letter: str, row: int, first_col: str) -> Finding:
    """The peringatan at the row's first column (its Kode) naming the struck cell."""
    where = f" (sel {letter}{row} dicoret)" if letter != first_col else ""
    return Finding(
        PERINGATAN,
        sheet,
        f"{first_col}{row}",
        f"Baris {row} sheet {sheet} dicoret (coretan/strikethrough){where} tetapi tetap dibaca dan "
        "dihitung: coretan tidak mengubah isi sel; hapus barisnya bila memang tidak dilaporkan lagi, atau "
        "hapus coretannya",
    )
