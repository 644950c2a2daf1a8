"""A koreksi typed as an Anggaran row of its own with the Kode of the row it corrects (SIMDA / SIPD
print a cancelled SP2D as its own line: "1.01.02 Koreksi realisasi (SP2D batal) -150.000.000"): its
Kode is typed twice, a galat (parse_anggaran), which says where the koreksi goes, with the figure to
type when both cells are plain amounts. Pure."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader, value_at
from lkj_xl.core.grids import DataRow
from lkj_xl.core.kalimat import daftar, rupiah
from lkj_xl.core.model import BudgetInput

# An Anggaran row named as a koreksi of another ("Koreksi realisasi (SP2D batal)", "(koreksi)").
_KOREKSI = re.compile(r"\bkoreksi\b", re.IGNORECASE)
_FIGURES = ("Pagu", "Pagu Perubahan", *c.REALISASI_TW_HEADERS)


def koreksi_advice(data: DataRow, program: str, read: list[BudgetInput], first_row: int) -> str:
    """What the "Kode ganda" galat of row ``data`` adds when the row is a koreksi of row ``first_row``
    (of the rows ``read`` so far): named so (its Uraian), or negative amounts alone with no pagu (a
    koreksi printed under the program's name); "" for any other row typed twice (a program pasted twice,
    a row with a pagu). Each negative quarter is named with the amount to take off and, when row
    ``first_row``'s quarter is a figure it leaves at least zero, the figure to type there."""
    if data.blank(_FIGURES):  # (a heading typed twice: nothing to net)
        return ""
    first = next((item for item in reversed(read) if item.row == first_row), None)
    scratch = CellReader(c.SHEET_ANGGARAN, [])  # (the row's cells read again, their findings said once)
    quarters = [value_at(scratch, data, h, h, money=True) for h in c.REALISASI_TW_HEADERS]
    negative = [(q, v.exact) for q, v in enumerate(quarters) if v.exact is not None and v.exact < 0]
    named = bool(_KOREKSI.search(program))
    alone = (
        negative
        and data.blank(("Pagu", "Pagu Perubahan"))
        and all(v.exact is None or v.exact <= 0 for v in quarters)
    )
    if not named and not alone:
        return ""
    if not negative:
        return (
            f"; bila baris ini koreksi realisasi baris {first_row}, hitung koreksinya ke realisasi triwulan "
            f"itu di baris {first_row} (kurangkan bila pengembalian belanja) dan hapus baris ini"
        )
    steps = [_step(q, amount, first, first_row) for q, amount in negative]
    return f"; bila baris ini koreksi realisasi baris {first_row}, {daftar(steps)}, lalu hapus baris ini"


def _step(q: int, amount: Fraction, first: BudgetInput | None, first_row: int) -> str:
    """ "kurangkan Rp 150.000.000 dari realisasi TW IV baris 2 (tulis 14.850.000.000)"."""
    taken = -amount
    said = f"kurangkan {rupiah(taken)} dari realisasi {c.TW_LABELS[q]} baris {first_row}"
    own = first.realisasi_tw[q].exact if first is not None else None
    if own is not None and own - taken >= 0:
        said += f" ({rupiah(own)} - {rupiah(taken)} = {rupiah(own - taken)})"  # (as budget._below_zero's)
    return said
