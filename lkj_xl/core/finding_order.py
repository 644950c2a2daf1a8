"""The order findings are listed in: as staff work through the workbook (Pengaturan, Kinerja,
Anggaran, then the other sheets; by row and column within a sheet). Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lkj_xl.core.model import Finding

_SHEET_RANK = {"pengaturan": 0, "kinerja": 1, "anggaran": 2}  # input sheets first, in filling order


def cell_position(ref: str) -> tuple[int, int]:
    """(row, column) of "I7" (or of the top-left cell of "A5:B6"); (0, 0) for no cell."""
    head = ref.split(":", 1)[0].replace("$", "").upper()
    letters = "".join(ch for ch in head if "A" <= ch <= "Z")
    digits = head[len(letters) :]
    if not letters or not digits.isdecimal():
        return (0, 0)
    column = 0
    for ch in letters:
        column = column * 26 + ord(ch) - ord("A") + 1
    return (int(digits), column)


def in_sheet_order(findings: list[Finding]) -> list[Finding]:
    """Findings in the order staff work through the workbook: Pengaturan, Kinerja, Anggaran, then the
    other sheets; within a sheet, findings about the whole sheet first, then by row and column."""

    def key(f: Finding) -> tuple:
        sheet = f.sheet.casefold()
        return (_SHEET_RANK.get(sheet, len(_SHEET_RANK)), sheet, cell_position(f.sel))

    return sorted(findings, key=key)
