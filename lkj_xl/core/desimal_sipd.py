"""A rupiah amount typed with SIPD's three zero decimals ("3.578.850,000"): read as typed (comma_thousands,
exported_decimals), but a last thousands dot slipped to a comma types the same (Rp 3.578.850.000 meant,
read a thousand times too small). Where the larger reading is as plausible in its row, a peringatan names
both readings and what to type for each; where it is not (a consistent SIPD paste of an OPD's real
figures), nothing is said. Pure.

- Kinerja, a Satuan of rupiah: the larger reading within ten times the row's other figure (the target for
  a realisasi, a realisasi for the target) where the typed reading is not.
- Anggaran, the pagu in use: pagu_sipd.
- An Anggaran quarter: budget._slips, with the same words (:func:`both_readings`)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.comma_thousands import exported_decimals
from lkj_xl.core.findings import FindingLog, clip
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.number_words import is_money_unit
from lkj_xl.core.numbers import format_number


def both_readings(cell: Value, value: Fraction, why: str) -> str:
    """The advice at ``cell`` typed with three zero decimals, read ``value`` (``why``: what makes the
    larger reading plausible, said first): both readings and what to type for each."""
    return (
        f'{why}, ditulis "{clip(cell.text)}": tiga angka nol di belakang koma, atau titik ribuan terakhir '
        f"tertulis koma sehingga maksudnya {rupiah(value * 1000)}? bila demikian, tulis "
        f"{format_number(value * 1000, 0)}; bila memang {rupiah(value)}, biarkan"
    )


def _within_ten(value: Fraction, other: Fraction) -> bool:
    return other <= value * 10 and value <= other * 10


def kinerja_decimals(
    cells: Sequence[tuple[str, Value]], item: IndicatorInput, name: str, log: FindingLog
) -> None:
    """``cells``: the target's and the counted quarters' (header, value) of a Kinerja row, the usable ones.
    Quiet at a cell where a finding stands already (seperseribu, lebih dari 10 kali Target)."""
    if not cells or not is_money_unit(item.satuan) or not any(exported_decimals(v) for _, v in cells):
        return
    sheet = c.SHEET_KINERJA
    for i, (header, value) in enumerate(cells):
        v = value.exact
        if v is None or v <= 0 or not exported_decimals(value):
            continue
        side = cells[1:] if i == 0 else cells[:1]
        others = [(h, o.exact) for h, o in side if o.exact is not None and o.exact > 0]
        if any(_within_ten(v, o) for _, o in others):
            continue
        near = next(((h, o) for h, o in others if _within_ten(v * 1000, o)), None)
        if near is None or log.said_at(sheet, [log.ref(header, item.row, sheet)]):
            continue
        gap = "lebih dari 10 kali" if v > near[1] else "tidak sampai sepersepuluh"
        why = f"({rupiah(v)}) {gap} {near[0]} ({rupiah(near[1])})"
        log.add(PERINGATAN, sheet, header, item.row, f"{header} {name} {both_readings(value, v, why)}")
