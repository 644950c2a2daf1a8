"""A money flow (Kumulatif, higher is better, a Satuan of rupiah) realised above its whole year's Target
by TW I or TW II: a quarter pasted in a smaller scale than the Satuan's (ribuan rupiah under Juta Rupiah:
2.500 for Rp 2,5 juta, read 2.500 juta of a Target of 1.250, a capaian of 200 %; or TW II typed s.d. it,
700; 1.300, and summed) is at most ten times the Target, below capaian_checks' "lebih dari 10 kali
Target", so it printed with no word said. Computed as typed; a peringatan at the Target in that check's words. A level (Nilai Akhir, Rata-rata) may stand
above its target all year, a lower-is-better amount above it is a bad result, TW III on a flow may have
met it: those stay quiet. Pure Python."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.number_words import is_money_unit, satuan_scale
from lkj_xl.core.rupiah_penuh import SCALE_WORDS
from lkj_xl.core.unit_checks import every_decimal

# A Satuan's scale: the rupiah scale a thousand times smaller (its words: in, and after a figure)
_SMALLER = {
    scale: (SCALE_WORDS[scale // 1000], short)
    for scale, short in ((10**6, "ribu"), (10**9, "juta"), (10**12, "milyar"))
}


def above_year_early(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    realisasi: Fraction,
    n: int,
    log: FindingLog,
) -> None:
    """``cells``: the target's and the quarters' (header, value); ``realisasi``: s.d. quarter ``n``."""
    header, target = cells[0]
    t = target.exact
    if (
        n > 2
        or item.jenis_realisasi != c.KUMULATIF
        or item.polaritas == c.NEGATIF
        or t is None
        or not is_money_unit(item.satuan)  # (cached per Satuan: before the figures, quiet for a count)
    ):
        return
    # t > 0, realisasi > t and realisasi <= 10 t on the integers of each (denominators positive): no
    # Fraction comparison nor product for every indicator (tests/test_speed59.py)
    (tn, td), (rn, rd) = t.as_integer_ratio(), realisasi.as_integer_ratio()
    if tn <= 0 or rn * td <= tn * rd or rn * td > 10 * tn * rd:  # (the last: capaian_checks' far-off)
        return
    # (a stock summed by a blank Jenis Realisasi, said there: its "pilih Nilai Akhir" is the advice)
    refs = [
        log.ref(h, item.row, c.SHEET_KINERJA) for h in [*(h for h, _ in cells[: n + 1]), "Jenis Realisasi"]
    ]
    if log.said_at(c.SHEET_KINERJA, refs):
        return  # (a running total, a scale word: said already)
    unit = item.satuan.strip()
    # under a Satuan of juta or more a quarter in the scale a thousand times smaller is a thousandth of
    # its reading (2.500 ribu = 2,5 Juta Rupiah; 2.500 juta = 2,5 Milyar Rupiah, never "2.500 ribu");
    # under Rp a scale word left off or misplaced
    smaller = _SMALLER.get(satuan_scale(unit) or 0)
    example = (
        f"mis. realisasi ditulis dalam {smaller[0]} ({figure(realisasi)} {smaller[1]} = "
        f"{every_decimal(realisasi / 1000)} {unit})"
        if smaller
        else "mis. kata skala yang tertukar atau terlupa pada salah satunya"
    )
    # TW II typed s.d. TW II (700; 1.300 of 1.250) and summed: 2.000, a running total, no scale's slip
    q1, q2 = (cells[1][1].exact, cells[2][1].exact) if n == 2 else (None, None)
    if q1 is not None and q2 is not None and q2 > q1 > 0:
        example += (
            f"; atau TW II diketik s.d. TW II, padahal realisasi per triwulan dijumlahkan: bila demikian, "
            f"tulis TW II {figure(q2 - q1)} ({figure(q2)} - {figure(q1)})"
        )
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f"Realisasi {log.sd(n)} {name} ({figure(realisasi)}) sudah melebihi {header} setahun "
        f"({figure(t)}) pada TW {c.roman(n)}: periksa skala dan satuan keduanya, {example}; bila memang "
        "sudah melampaui target setahun, biarkan",
    )
