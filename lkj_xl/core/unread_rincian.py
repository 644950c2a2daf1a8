"""A budget row left out (a SIPD Kegiatan under its program's own row) whose quarter was typed only in a
column of its own (spending_columns' galat, "Realisasi s.d. Juni"): the galat changes no figure. Pure.

spending_columns runs at parse time, before the engine knows which rows are counted: it marks such a
quarter unreadable with a galat at the cell, saying the penyerapan is not computed. When no counted row's
quarter carries that galat (the row is a rincian of a program with its own figures), the penyerapan is
computed and the finding would count a galat in a workbook whose figures are all known: it becomes a
peringatan saying the row is not counted, and where to type the figure to have it compared with its program.
"""

from __future__ import annotations

import dataclasses

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.model import GALAT, PERINGATAN, BudgetInput

# The tail of spending_columns' galat, replaced when no figure depends on it.
_NOT_COMPUTED = "; penyerapan tidak dihitung sampai angkanya dipindahkan"


def unread_left_out(rows: list[BudgetInput], counted: list[BudgetInput], log: FindingLog) -> None:
    """Each spending-column galat of a row of ``rows`` that no row of ``counted`` carries: a peringatan."""
    used = {v.galat for item in counted for v in item.realisasi_tw if v.galat}
    kept = {id(item) for item in counted}
    kodes = [item.kode for item in counted if item.kode and not item.kode_galat]
    for item in rows:
        if id(item) in kept:
            continue
        for q, value in enumerate(item.realisasi_tw):
            own = log.ref(c.REALISASI_TW_HEADERS[q], item.row, c.SHEET_ANGGARAN)
            sheet, _, sel = value.galat.partition("!")
            if not value.galat or value.galat in used or sheet != c.SHEET_ANGGARAN or sel == own:
                continue  # (a contract cell unreadable stays its galat)
            _soften(log, sel, item, _kind(item, kodes))


def _kind(item: BudgetInput, kodes: list[str]) -> tuple[str, str]:
    """What the row left out is, as its peringatan names it, and what it is no longer compared with: a
    program's rincian (its Kode extends a counted row's), a heading over programs (an Urusan, a Bidang
    Urusan: a counted row's Kode extends its own), else a row."""
    if item.kode and any(item.kode.startswith(f"{kode}.") for kode in kodes):
        return "rincian", ", hanya rincian ini tidak dapat dicocokkan dengan programnya"
    if item.kode and any(kode.startswith(f"{item.kode}.") for kode in kodes):
        return "baris", ", hanya baris ini tidak dapat dicocokkan dengan program di bawahnya"
    return "baris", ""


def _soften(log: FindingLog, sel: str, item: BudgetInput, kind: tuple[str, str]) -> None:
    kode = log.ref("Kode", item.row, c.SHEET_ANGGARAN)
    subject = f'program "{item.program or item.kode}"'
    name, compared = kind
    for i, found in enumerate(log.items):
        if found.severity != GALAT or found.sheet != c.SHEET_ANGGARAN or found.sel != sel:
            continue
        if not found.pesan.endswith(_NOT_COMPUTED):
            continue
        said = found.pesan.removesuffix(_NOT_COMPUTED).replace(
            subject, f'{name} "{item.program or item.kode}"', 1
        )
        log.items[i] = dataclasses.replace(
            found,
            severity=PERINGATAN,
            pesan=f"{said}; baris ini tidak dihitung (lihat {c.SHEET_ANGGARAN}!{kode}), jadi angka itu tidak "
            f"mengubah realisasi yang dilaporkan{compared}",
        )
