"""A quarter typed in whole rupiah ("78.450.125.300") or in ribuan rupiah ("78.450.125", a BPKAD report
in Rp ribuan) under a Satuan counting in juta or milyar rupiah, beside a target in the Satuan's units
(325 Milyar Rupiah): read in the Satuan, a capaian of millions of per cent. A galat naming the figure
to type in the Satuan. Moved from lkj_xl.core.unit_checks, which checks the other units."""

from __future__ import annotations

import functools
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import GALAT, IndicatorInput, Value
from lkj_xl.core.number_words import is_money_unit, satuan_scale
from lkj_xl.core.unit_checks import every_decimal, typed


@functools.lru_cache(maxsize=256)
def rupiah_scale(satuan: str) -> int:
    """The factor of a Satuan counting rupiah in juta or more ("Milyar Rupiah": 10**9); 0 otherwise
    (:func:`whole_rupiah` says nothing then: its caller asks this first, once a row)."""
    factor = satuan_scale(satuan) or 0
    return factor if factor >= 10**6 and is_money_unit(satuan) else 0


def whole_rupiah(
    quarter: int,
    name: str,
    figures: tuple[Value, Value],
    item: IndicatorInput,
    log: FindingLog,
    galat: list[str],
) -> bool:
    """A quarter typed as a whole rupiah amount with neither Rp nor a scale word ("78.450.125.300",
    pasted from the BPKAD's report) under a Satuan counting in juta or milyar rupiah, beside a target in
    the Satuan's units (325): read in the Satuan it is a hundredth of the scale times the target or
    more (a capaian of 24.138.500.145 %), where "Rp 78.450.125.300" is scaled_amount's galat. A galat
    at its cell naming the figure in the Satuan (True: the quarter is not counted)."""
    value, target = figures
    x, t = value.exact, target.exact
    factor = rupiah_scale(item.satuan)
    if not factor or value.marked or x is None or t is None or x <= 0 or t <= 0:
        return False
    header = c.REALISASI_TW_HEADERS[quarter - 1]
    # a whole amount of Rp 1 juta or more, as whole rupiah at least a hundredth of the target, within ten
    # times it (4.750 beside 3,37 Juta Rupiah is no Rp 4.750: 0,14 % of the target)
    if x < 10**6 or 100 * x < factor * t or x > 10 * t * factor:
        return _ribuan(header, name, figures, item, log, galat)
    said = _dibaca(header, name, figures, item, ("rupiah penuh", figure(Fraction(factor, 1000))))
    return _galat(
        log,
        item,
        (header, galat),
        f"{said}Bila rupiah penuh, tulis {every_decimal(x / factor)} ({figure(x)} / {figure(Fraction(factor))}), "
        'atau ubah Satuan menjadi "Rp" dan tulis target dan realisasi dalam rupiah penuh',
    )


def _ribuan(
    header: str,
    name: str,
    figures: tuple[Value, Value],
    item: IndicatorInput,
    log: FindingLog,
    galat: list[str],
) -> bool:
    """:func:`whole_rupiah`'s quarter pasted in ribuan rupiah ("78.450.125", a BPKAD report in Rp
    ribuan, for Rp 78,45 M under Milyar Rupiah): read in the Satuan a thousand times the target or
    more, in ribuan within the whole rupiah's bounds. A galat naming the figure in the Satuan. Only
    under a Satuan of milyar or more, where a ribuan paste is a million times its figure: under Juta
    Rupiah a thousand times, as a juta paste under Milyar Rupiah, no reading of its own (test_oracle's
    2.356 beside 0,98 Juta Rupiah: the ten-times peringatan's, computed)."""
    (value, target), factor = figures, rupiah_scale(item.satuan)
    x, t = value.exact, target.exact
    if x is None or t is None or factor < 10**9:
        return False
    rupiah = x * 1000
    if x.denominator != 1 or x < 1000 * t or 100 * rupiah < factor * t or rupiah > 10 * t * factor:
        return False
    said = _dibaca(header, name, figures, item, ("ribuan rupiah", "1.000"))
    return _galat(
        log,
        item,
        (header, galat),
        f"{said}Bila ribuan rupiah (Rp {figure(rupiah)}), tulis {every_decimal(rupiah / factor)} "
        f"({figure(x)} / {figure(Fraction(factor, 1000))})",
    )


def _dibaca(
    header: str, name: str, figures: tuple[Value, Value], item: IndicatorInput, written: tuple[str, str]
) -> str:
    """The galat's first sentence: the quarter ``figures[0]`` as typed, ``written`` (in what, how many
    times the target at least) beside its target in the Satuan's units, and the capaian not computed."""
    (value, target), unit = figures, item.satuan.strip()
    target_header = "Target Perubahan" if item.target_perubahan.filled else "Target"
    shown = figure(value.exact) if value.exact is not None else typed(value)
    return (
        f'{header} {name} "{typed(value)}" tampaknya ditulis dalam {written[0]}, padahal Satuan "{unit}" dan '
        f'{target_header} "{typed(target)}" ditulis dalam Satuan itu (dibaca {shown} {unit}, lebih dari '
        f"{written[1]} kali targetnya); capaian tidak dihitung. "
    )


def _galat(log: FindingLog, item: IndicatorInput, at: tuple[str, list[str]], pesan: str) -> bool:
    """The galat ``pesan`` at the quarter's cell ``at[0]``, its reference added to ``at[1]``; True."""
    header, galat = at
    log.add(GALAT, c.SHEET_KINERJA, header, item.row, pesan)
    galat.append(log.where(c.SHEET_KINERJA, header, item.row))
    return True
