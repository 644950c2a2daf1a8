"""Findings at their cells, as the engine records them. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.model import PERINGATAN, Finding, Value


class FindingLog:
    """Adds findings naming the cell of a header on a row of an input sheet."""

    def __init__(self, findings: list[Finding], columns: dict[str, dict[str, str]]):
        self.items = findings
        self.columns = columns

    def ref(self, header: str, row: int, sheet: str) -> str:
        letter = self.columns.get(sheet, {}).get(header, "")
        return f"{letter}{row}" if letter and row else ""

    def where(self, sheet: str, header: str, row: int) -> str:
        """ "Kinerja!L7": a cell as the tables name it."""
        ref = self.ref(header, row, sheet)
        return f"{sheet}!{ref}" if ref else sheet

    def add(self, severity: str, sheet: str, header: str, row: int, message: str) -> None:
        self.items.append(Finding(severity, sheet, self.ref(header, row, sheet), message))  # type: ignore[arg-type]


def galat_status(cells: Sequence[str]) -> str:
    """What the tables show instead of a figure computed from unreadable cells."""
    return f"{c.GALAT_LABEL} ({', '.join(cells)})"


def after_period(
    log: FindingLog, sheet: str, row: int, quarter: int, triwulan: int, value: Value, what: str, subject: str
) -> bool:
    """True for a quarter after the reported one: a value there gets a peringatan and is not counted."""
    if quarter <= triwulan:
        return False
    if value.number is not None:
        log.add(
            PERINGATAN,
            sheet,
            c.REALISASI_TW_HEADERS[quarter - 1],
            row,
            f"{what} TW {c.ROMAN[quarter - 1]} {subject} diisi, padahal laporan s.d. Triwulan "
            f"{c.ROMAN[triwulan - 1]}; nilai ini tidak dihitung",
        )
    return True
