"""A program row whose first quarters are left BLANK and whose next quarter typed holds its realisasi s.d.
that quarter (the SP2D total to date), over rincian typed per quarter. Pure.

blank_program fills a program's blank quarter with its rows' sum; here that counted the early quarters
twice (TW I blank, TW II 100 jt as typed; its rincian TW I 40 jt, TW II 60 jt: 140 jt printed, where
program and rincian agree on 100 jt s.d. TW II). Read alone, the program's row gives 100 jt s.d. TW II
either way (TW I blank: nothing spent; TW II: its spending to date), so the blank quarters are left
unfilled and a peringatan at the first says why, with each quarter's own figure as the rincian give it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import PERINGATAN, TOTALS, BudgetInput, Value

# What the peringatan says of the quarters left unfilled (rincian.quarter_differs stays quiet beside it).
NOT_FILLED = "tidak diisi dari rinciannya"


def not_filled_said(log: FindingLog, row: int, header: str) -> bool:
    """Whether :func:`typed_sd_later` spoke at the cell of ``header`` in Anggaran's ``row``."""
    sel = log.ref(header, row, c.SHEET_ANGGARAN)
    return any(f.sel == sel and f.sheet == c.SHEET_ANGGARAN and NOT_FILLED in f.pesan for f in log.items)


def nothing_typed(value: Value) -> bool:
    """Nothing typed at all (a typed 0, "-", "nihil", a status or an unreadable cell is something)."""
    return not (
        value.text or value.exact is not None or value.number is not None or value.galat or value.status
    )


def typed_sd_later(
    item: BudgetInput,
    q: int,
    rows_sum: Callable[[int], Fraction | None],
    said: tuple[str, str, int],
    log: FindingLog,
) -> bool:
    """Whether program ``item``'s blank quarter ``q`` lies before its first quarter typed, which equals
    its rincian's sum s.d. that quarter (``rows_sum``: their sum of a quarter, None when unknown) while
    their quarters before it spent something: that quarter is its realisasi s.d. it, and ``q`` must not
    be filled. ``said``: the program ("program P3.01"), where its rows stand ("di bawahnya") and the
    reported quarter; the peringatan is said at the program's first quarter only."""
    level, side, triwulan = said
    quarters = item.realisasi_tw[:triwulan]
    typed = [p for p, v in enumerate(quarters) if not nothing_typed(v)]
    if not typed or typed[0] <= q:
        return False
    p = typed[0]
    figure = quarters[p].exact
    if figure is None or figure <= 0 or quarters[p].galat or quarters[p].status:
        return False
    own = [rows_sum(r) for r in range(p + 1)]
    if any(v is None for v in own):
        return False
    parts = [v or Fraction(0) for v in own]
    if sum(parts, Fraction(0)) != figure or not sum(parts[:p], Fraction(0)):
        return False
    if q == 0:
        tw = c.TW_LABELS[p]
        before = c.TW_LABELS[0] if p == 1 else f"{c.TW_LABELS[0]}-{c.TW_LABELS[p - 1]}"
        each = ", ".join(f"{c.TW_LABELS[r]} {rupiah(v)}" for r, v in enumerate(parts))
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            c.REALISASI_TW_HEADERS[0],
            item.row,
            f"Realisasi anggaran {before} {level} kosong, sedangkan {tw}nya ({rupiah(figure)}) sama dengan "
            f"realisasi rinciannya {side} s.d. {tw} ({' + '.join(rupiah(v) for v in parts)}): angka {tw} itu "
            f"dihitung sebagai realisasi s.d. {tw}, dan {before} {NOT_FILLED} agar belanjanya tidak "
            f"dihitung dua kali; tulis belanja tiap triwulan saja, seperti rinciannya: {each}",
        )
    return True


def _figures(quarters: list[Value]) -> tuple[int, list[Fraction]] | None:
    """(the first quarter typed, the figures of the quarters typed) of quarters typed one after another,
    two at least, each a plain figure at or above the one before, the first above zero; None else."""
    typed = [p for p, v in enumerate(quarters) if not nothing_typed(v)]
    if len(typed) < 2 or typed != list(range(typed[0], typed[-1] + 1)):
        return None
    values = [quarters[p].exact for p in typed]
    if any(v is None or quarters[p].galat or quarters[p].status for p, v in zip(typed, values)):
        return None
    figures = [v for v in values if v is not None]
    if figures[0] <= 0 or any(b < a for a, b in zip(figures, figures[1:])):
        return None
    return typed[0], figures


def typed_sd_each(
    item: BudgetInput,
    rows_got: Callable[[int], tuple[Fraction, bool] | None],
    said: tuple[str, str, int],
    log: FindingLog,
) -> BudgetInput | None:
    """Program ``item`` with its quarters read as its realisasi s.d. each (each less the one before) when
    so read they are its rincian's spending quarter by quarter (``rows_got``: their sum of a quarter and whether
    they typed it, None when unknown; the first typed: their sum s.d. it; each after it a quarter the rincian typed, a blank
    one being no sign of nothing spent), which read per quarter they are not (TW I 40 jt,
    TW II 100 jt over rincian of 40 + 60 jt: summed 140 jt, the rincian short by exactly TW I). The two
    tables then agree on 100 jt s.d. TW II: counted, a peringatan at the last quarter typed naming both
    readings and each quarter's own figure to type. None when they do not so agree (typed as typed).
    ``said``: the program ("program P3.01"), where its rows stand ("di bawahnya"), the reported quarter."""
    level, side, triwulan = said
    quarters = item.realisasi_tw[:triwulan]
    found = _figures(quarters)
    got = [rows_got(r) for r in range(triwulan)]
    if found is None:
        return None
    first, values = found
    last = first + len(values) - 1
    rows = [g for g in got if g is not None]
    if len(rows) < len(got) or not all(typed for _, typed in rows[first + 1 : last + 1]):
        return None
    parts = [total for total, _ in rows]
    own = [values[0], *(b - a for a, b in zip(values, values[1:]))]
    if own != [sum(parts[: first + 1], Fraction(0)), *parts[first + 1 : last + 1]] or any(parts[last + 1 :]):
        return None
    tw = c.TW_LABELS
    each = ", ".join(f"{tw[first + k]} {rupiah(v)}" for k, v in enumerate(own))
    log.add(
        PERINGATAN,
        c.SHEET_ANGGARAN,
        c.REALISASI_TW_HEADERS[last],
        item.row,
        f"Realisasi anggaran {tw[first]}-{tw[last]} {level} ({'; '.join(rupiah(v) for v in values)}) "
        f"dijumlahkan jadi {rupiah(sum(values, Fraction(0)))}, tidak sama dengan jumlah rinciannya {side} "
        f"s.d. {tw[last]} ({rupiah(sum(parts, Fraction(0)))}); bila tiap triwulan berisi realisasi s.d. "
        f"triwulan itu, belanja setiap triwulannya sama dengan rinciannya ({each}): yang dihitung realisasi "
        f"s.d. {tw[last]} {rupiah(values[-1])}, yang disepakati kedua tabel, bukan jumlahnya; tulis belanja "
        f"triwulan itu saja, seperti rinciannya: {each}",
        TOTALS,
    )
    read = list(item.realisasi_tw)
    for k, v in enumerate(own):
        read[first + k] = Value(float(v), exact=v)
    return dataclasses.replace(item, realisasi_tw=read)
