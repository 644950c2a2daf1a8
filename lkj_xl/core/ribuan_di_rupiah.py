"""The quarters of a rupiah amount typed in ribuan under a Satuan of whole rupiah (`Rupiah`, `Rp`) beside
a Target in whole rupiah: TW I 300.000 and TW II 400.000 (Rp 300 and 400 juta, a BPKAD report in Rp
ribuan) beside 1.250.000.000 printed a capaian of 0,056 % without a word (a flow's thousandth is no
millionth, so seperseribu kept quiet). rupiah_penuh's Target pasted in a smaller scale, the other way
round: the realisasi s.d. TW n far below the Target (a thousand times in TW I for a flow, 1.000 / n by
TW n; a hundred times for a level), read in ribuan within a tenth of it to ten times it. Which side
slipped is the quarters' here (the Target is in the Satuan's rupiah), and an honest slow start is
possible: a peringatan at the last quarter typed, computed as typed. Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.number_words import is_money_unit, satuan_scale


def _whole_rupiah_satuan(satuan: str) -> bool:
    """A Satuan of rupiah naming no scale, no price ("Rp/kg") and no thousands' mark ("Rp (000)")."""
    return (
        is_money_unit(satuan)
        and satuan_scale(satuan) is None
        and not any(mark in satuan.casefold() for mark in ("/", " per ", "000"))
    )


def ribuan_quarters(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    realisasi: Fraction,
    n: int,
    log: FindingLog,
) -> None:
    """``cells``: the target's and the quarters' (header, value); ``realisasi``: s.d. quarter ``n``."""
    header, target = cells[0]
    t, r = target.exact, realisasi
    if t is None:
        return
    # (r <= 0 and t < 10**6 on the integers, r = rn/rd and t = tn/td with positive denominators: asked of
    # every indicator with a capaian, two Fraction comparisons cost more than the rest of a quiet call)
    (rn, _), (tn, td) = r.as_integer_ratio(), t.as_integer_ratio()
    if rn <= 0 or tn < 10**6 * td or target.marked or not _whole_rupiah_satuan(item.satuan):
        return
    times = Fraction(1000, n) if item.jenis_realisasi == c.KUMULATIF else 100
    # (in ribuan a tenth of the Target to ten times it: 1.200.000 of Rp 15 M in TW I, 12.500 times, may be a
    # small first quarter, tests/test_realisasi_seperseribu)
    if t < times * r or not t <= 10 * r * 1000 <= 100 * t:
        return
    if item.polaritas == c.NEGATIF and r * 1000 > 2 * t:
        return  # (pasted, a lower-is-better realisasi above twice its Target: below 0 %; typed, a good result)
    typed = [(h, v) for h, v in cells[1 : n + 1] if v.exact is not None and v.exact > 0]
    if not typed or any(v.marked for _, v in typed):
        return  # (a quarter typed with Rp or a scale word is no paste in ribuan)
    if log.said_at(c.SHEET_KINERJA, [log.ref(h, item.row, c.SHEET_KINERJA) for h, _ in cells[: n + 1]]):
        return  # (seperseribu's, a scale word's: said already)
    each = ", ".join(f"{h.removeprefix('Realisasi ')} {figure(v.exact * 1000)}" for h, v in typed if v.exact)
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        typed[-1][0],
        item.row,
        f"Realisasi {log.sd(n)} {name} ({figure(r)}) tampaknya ditulis dalam ribuan rupiah, padahal Satuan "
        f'"{item.satuan.strip()}" dan {header} ({figure(t)}) ditulis dalam rupiah penuh (dibaca Rp {figure(r)}, '
        f"{figure(Fraction(round(t / r)))} kali lebih kecil dari {header}); capaian dihitung apa adanya. Bila "
        f"ribuan rupiah (Rp {figure(r * 1000)}), tulis tiap triwulan dalam rupiah penuh ({each}); bila memang "
        "sekecil itu, biarkan",
    )
