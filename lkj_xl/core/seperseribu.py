"""A level (Nilai Akhir, Rata-rata) realised at most a thousandth of its target: a scale word left off
one of them ("1,23" beside a Target of 1.230.000 jiwa, 1,23 juta meant), which printed a capaian of
0,0001 % with no word said. The other side of capaian_checks' "lebih dari 10 kali Target". Computed as
typed; a peringatan at the quarter read. A Kumulatif flow may honestly start that low in Triwulan I (a
thousandth: 1,2 M of 15 M), never at a millionth of its target (1.200 of Rp 15 M, 1.200 juta meant), a
zero is nil and a lower-is-better level that low is a good result: those stay quiet; so does a target
below a thousand or a percentage, where no scale word can have been left off. Pure Python."""

from __future__ import annotations

import math
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.number_words import is_percent_unit


def seperseribu(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    realisasi: Fraction,
    n: int,
    log: FindingLog,
) -> None:
    """``cells``: the target's and the quarters' (header, value); ``realisasi``: s.d. quarter ``n``."""
    header, target = cells[0]
    flow = item.jenis_realisasi == c.KUMULATIF  # (may start at a thousandth, never at a millionth)
    part = 1_000_000 if flow else 1000
    if item.polaritas == c.NEGATIF or target.exact is None:
        return
    # The Fraction tests below on the integers of each (denominators positive): asked of every
    # indicator, where a Fraction comparison costs a Python call or three (tests/test_speed59.py).
    (tn, td), (rn, rd) = target.exact.as_integer_ratio(), realisasi.as_integer_ratio()
    if (
        tn < 1000 * td  # (no scale word lifts a figure to a target below a thousand: 0,0003 of 0,3)
        or is_percent_unit(item.satuan)  # (nor is one typed after a percentage: 0,05 % of 60 % is as meant)
        or rn <= 0
        or rn * part * td > tn * rd  # realisasi * part > target
    ):
        return
    typed = [(h, v) for h, v in cells[1 : n + 1] if v.exact is not None and v.exact > 0]
    if not typed:
        return
    refs = [log.ref(h, item.row, c.SHEET_KINERJA) for h, _ in cells[: n + 1]]
    if log.said_at(c.SHEET_KINERJA, refs):
        return  # (another scale word, a miliar's thousands dot: said already)
    shown = figure(realisasi)
    # the scale word nearest the gap: 1,23 of 1.230.000 is juta, 1.230 of it ribu, Rp 5 of 5 M miliar
    # (and 45 of Rp 45 T triliun: a PDRB's)
    # (the ratio's log10 from its integer parts: 1e200 against 1e-200 holds no float)
    ratio = target.exact / realisasi
    tens = math.log10(ratio.numerator) - math.log10(ratio.denominator)
    word = ("ribu", "juta", "miliar", "triliun")[min(3, max(0, round(tens / 3) - 1))]
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        typed[-1][0],
        item.row,
        f"Realisasi {log.sd(n)} {name} ({shown}) tidak sampai {'sepersejuta' if flow else 'seperseribu'} {header} ({figure(target.exact)}): "
        f"periksa skala keduanya, mis. kata skala yang terlupa ({shown} {word} ditulis {shown}); bila memang "
        "sekecil itu, biarkan",
    )
