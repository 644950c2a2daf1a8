"""A quarter's realisation typed as a formula that adds the quarter before (Realisasi TW II =K5+4):
the realisation s.d. that quarter, as e-Monev shows it. Summed with the quarters before (a Kumulatif
indicator, every Anggaran row) it counts them twice without a word; the formula itself says so, so
the cell is a galat (a quarter merely equal to the one before is only a peringatan: capaian_checks).
Also a quarter's formula Excel saved as 0 before its data was typed (=IFERROR(P5/Q5*100;0)): noted on
the indicator, pointed out where it is counted (indicator_cells.formula_zero).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lkj_xl.core import contract as c
from lkj_xl.core.grid_lookups import FORMULA
from lkj_xl.core.grids import DataRow
from lkj_xl.core.model import GALAT, IndicatorInput, Value

_CELL = re.compile(r"([A-Z]{1,3})([0-9]+)")


def _refers(formula: str, ref: str) -> bool:
    """Whether ``formula`` names the cell ``ref`` of its own sheet ($ signs allowed; K5 of
    "Data!K5", another sheet's, and K50 are not K5)."""
    match = _CELL.fullmatch(ref)
    if match is None:
        return False
    col, row = match.groups()
    pattern = rf"(?<![A-Z0-9_$!.'])\$?{col}\$?{row}(?![0-9])"
    return re.search(pattern, formula.upper()) is not None


def quarters_summed_twice(
    data: DataRow, tws: list[Value], sheet: str, add: Callable[[str, str, str], None], *, anggaran: bool
) -> None:
    """Each quarter in ``tws`` (parsed, in place) whose formula names an earlier quarter's cell of the
    row and whose value holds it (not =29-K5, the quarter's own share): a galat at the cell, its
    Value unreadable, so no capaian (no budget total) is computed from it."""
    if not any(map(FORMULA, data.cells)):  # (a look in C: most rows hold no formula, nothing to say)
        return
    for q in range(1, len(tws)):
        header = c.REALISASI_TW_HEADERS[q]
        cell, value = data.get(header), tws[q]
        if cell is None or not cell.formula or value.exact is None or value.galat:
            continue
        for p in range(q):
            before, earlier = tws[p].exact, c.REALISASI_TW_HEADERS[p]
            if before is None or before <= 0 or value.exact < before:
                continue
            if not _refers(cell.formula, data.ref(earlier)):
                continue
            tw, prev = c.TW_LABELS[q], c.TW_LABELS[p]
            whose = "realisasi anggaran" if anggaran else "Realisasi"
            how = (
                "Realisasi anggaran dijumlahkan per triwulan"
                if anggaran
                else "Jenis Realisasi Kumulatif menjumlahkan realisasi per triwulan"
            )
            choice = "" if anggaran else ', atau pilih "Nilai Akhir" bila nilainya posisi'
            lost = (
                "jumlah realisasi anggaran tidak dihitung"
                if anggaran
                else "capaian indikator ini tidak dihitung"
            )
            add(
                GALAT,
                data.ref(header),
                f"{whose[0].upper()}{whose[1:]} {tw} berisi rumus {cell.formula} yang memuat {prev} "
                f"({data.ref(earlier)}): nilainya realisasi s.d. {tw}. {how}, jadi {prev} terhitung dua "
                f"kali. Tulis realisasi {tw} saja ({tw} dikurangi {prev}){choice}; {lost}",
            )
            tws[q] = Value(text=cell.formula, galat=f"{sheet}!{data.ref(header)}")
            break


def formulas_saved_as_zero(item: IndicatorInput, tws: list[Value], data: DataRow) -> None:
    """Records on ``item`` the quarters of Kinerja row ``data`` whose formula Excel saved as 0 (a
    peringatan where it counts)."""
    if not any(map(FORMULA, data.cells)):  # (a look in C: most rows hold no formula, none saved as 0)
        return
    for q, value in enumerate(tws):  # (a 0 first: rarer, and cheaper to ask than the cell)
        if (
            (x := value.exact) is not None
            and not x
            and not value.text
            and (cell := data.get(c.REALISASI_TW_HEADERS[q])) is not None
            and cell.formula
        ):
            item.nol_rumus[q] = cell.formula
