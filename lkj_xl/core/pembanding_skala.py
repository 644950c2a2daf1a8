"""A comparison figure (Realisasi Tahun Lalu, Realisasi <tahun>) typed in another rupiah scale than its
Satuan's, which counts in juta or more: last year's Rp 1,1 M pasted in ribuan (1.100.000) or in whole
rupiah (1.100.000.000) under Juta Rupiah, or in milyar (1,1) under it. Read in the Satuan it is a
hundred times this year's Target or more (at most a hundredth of it), in its scale within a tenth of it
to ten times it, and Perbandingan Kinerja and
the Word's sentences printed a change of -99,9 % (or 99.900 %) without a word. Computed as typed; a
peringatan at its cell naming the reading that fits, in the words of rupiah_penuh's. Pure Python."""

from __future__ import annotations

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.rupiah_penuh import SCALE_WORDS, rupiah_scale
from lkj_xl.core.unit_checks import every_decimal, typed

# Rupiah scales a figure may be pasted in: (its word, its factor), the smallest first
_SCALES = tuple((word, scale) for scale, word in sorted(SCALE_WORDS.items()))


def other_scale(item: IndicatorInput, name: str, cells: list[tuple[str, Value]], log: FindingLog) -> None:
    """``cells``: the comparison cells (pembanding_cek.comparison_cells) but the Renstra's and the
    Standar Nasional's (a Renstra's end target may be a period's sum)."""
    factor = rupiah_scale(item.satuan)
    filled = item.target_perubahan.filled
    target = item.target_perubahan if filled else item.target
    t = target.exact
    if not factor or t is None or t <= 0 or target.marked:
        return
    for header, value in cells:
        x = value.exact
        if x is None or x <= 0 or value.marked or header in (c.H_TARGET_RENSTRA, c.H_STANDAR_NASIONAL):
            continue
        if 100 * t > x > t / 100:
            continue  # (within a hundred times either way: a year's change, never a scale's)
        # the reading within a tenth of this year's Target to ten times it
        fits = [(w, s) for w, s in _SCALES if s != factor and t <= 10 * x * s / factor <= 100 * t]
        if not fits or (fits[0][1] == 1 and x < 10**6):
            continue
        (word, scale), unit = fits[0], item.satuan.strip()
        rupiah = x * scale
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            header,
            item.row,
            f'{header} {name} "{typed(value)}" tampaknya ditulis dalam {word}, padahal Satuan "{unit}" dan '
            f'{"Target Perubahan" if filled else "Target"} "{typed(target)}" ditulis dalam Satuan itu '
            f"(dibaca {figure(x)} {unit}); Perbandingan Kinerja dihitung apa adanya. Bila {word} "
            f"(Rp {figure(rupiah)}), tulis {every_decimal(rupiah / factor)}; bila memang {figure(x)} {unit} "
            "(mis. program yang baru dimulai tahun lalu), biarkan",
        )
