"""A comparison figure (Realisasi Tahun Lalu, Realisasi <tahun>) typed in another rupiah scale than its
Satuan's, which counts in juta or more: last year's Rp 1,1 M pasted in ribuan (1.100.000) or in whole
rupiah (1.100.000.000) under Juta Rupiah, or in milyar (1,1) under it. Read in the Satuan it is a
hundred times this year's Target or more (at most a hundredth of it), in its scale within a tenth of it
to ten times it, and Perbandingan Kinerja and
the Word's sentences printed a change of -99,9 % (or 99.900 %) without a word. Computed as typed; a
peringatan at its cell naming the reading that fits, in the words of rupiah_penuh's. Pure Python."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import GALAT, PERINGATAN, IndicatorInput, Value
from lkj_xl.core.rupiah_penuh import SCALE_WORDS, target_scale
from lkj_xl.core.unit_checks import every_decimal, typed

# Rupiah scales a figure may be pasted in: (its word, its factor), the smallest first
_SCALES = tuple((word, scale) for scale, word in sorted(SCALE_WORDS.items()))


def other_scale(item: IndicatorInput, name: str, cells: list[tuple[str, Value]], log: FindingLog) -> None:
    """``cells``: the comparison cells (pembanding_cek.comparison_cells) but the Standar Nasional's. A
    Target Akhir Renstra is one too: a period's sum is a few times the year's target, never a hundred
    (its "25.000.000.000" under Juta Rupiah was told the Renstra period's total). A Renstra is compared
    only in a reading this tool is sure of (:func:`renstra_read`): with Rp read in the Satuan, a
    peringatan; plain, a galat and no capaian against it."""
    filled = item.target_perubahan.filled
    target = item.target_perubahan if filled else item.target
    for header, value in cells:
        renstra = header == c.H_TARGET_RENSTRA
        if header == c.H_STANDAR_NASIONAL or (fit := scale_fits(item, value, renstra=renstra)) is None:
            continue
        (word, scale), unit, x = fit, item.satuan.strip(), value.exact or Fraction(0)
        factor = target_scale(item.satuan)
        rupiah = x * scale
        read = every_decimal(rupiah / factor)
        if value.currency:  # (Rp typed: whole rupiah, read so, as "Rp 25 M" is; last year's too, lalu_read)
            dibaca = (
                f"dibaca Rp {figure(rupiah)}, yaitu {read} {unit}); Perbandingan Kinerja dihitung dari {read}"
            )
        elif renstra:  # (plain: 25.000.000.000 Juta Rupiah or Rp 25 M, neither sure: none compared)
            dibaca = f"dibaca {figure(x)} {unit}); capaian terhadap {header} tidak dihitung"
        else:
            dibaca = f"dibaca {figure(x)} {unit}); Perbandingan Kinerja dihitung apa adanya"
        log.add(
            GALAT if renstra and not value.currency else PERINGATAN,
            c.SHEET_KINERJA,
            header,
            item.row,
            f'{header} {name} "{typed(value)}" {"" if value.currency else "tampaknya "}ditulis dalam {word}, '
            f'padahal Satuan "{unit}" dan '
            f'{"Target Perubahan" if filled else "Target"} "{typed(target)}" ditulis dalam Satuan itu '
            f"({dibaca}. "
            + (
                f"Tulis {read} (Rp {figure(rupiah)} / {figure(Fraction(factor))})"
                if value.currency  # (Rp typed: whole rupiah, no other reading to leave)
                else f"Bila {word} (Rp {figure(rupiah)}), tulis {read}"
                # (last year's small figure may be true: a program begun late in that year; a Renstra's
                # plain figure is a galat, no leaving it)
                + (
                    ""
                    if renstra
                    else f"; bila memang {figure(x)} {unit} (mis. program yang baru dimulai tahun lalu), biarkan"
                )
            ),
        )


def renstra_read(
    item: IndicatorInput, renstra: Fraction | None, galat: list[str], log: FindingLog
) -> Fraction | None:
    """The Target Akhir Renstra ``renstra`` (as :func:`other_scale` tells it) in the Satuan's units: typed
    with Rp in whole rupiah ("Rp 25.000.000.000" under Juta Rupiah) read as 25.000, as "Rp 25 M" is; plain
    in another scale (25.000.000.000) None, its cell added to ``galat`` (a capaian against it, 0,000012 %,
    or against a guessed 25.000, would print a figure no one typed); as it is otherwise."""
    value = item.target_renstra
    if renstra is None or (fit := scale_fits(item, value, renstra=True)) is None:
        return renstra
    if value.currency:
        return renstra * fit[1] / target_scale(item.satuan)
    galat.append(log.where(c.SHEET_KINERJA, c.H_TARGET_RENSTRA, item.row))
    return None


def lalu_read(item: IndicatorInput, value: Value) -> Fraction | None:
    """Last year's realisasi ``value`` in the Satuan's units: typed with Rp in whole rupiah under a Satuan
    of juta or more ("Rp 1.100.000.000" under Juta Rupiah beside Target 5.000) read as 1.100, as
    :func:`renstra_read` reads a Renstra (it was compared as 1.100.000.000 juta, a change of -99,99 %
    printed beside the peringatan saying "Tulis 1.100"); as typed otherwise (plain, a program begun late
    last year may be small: :func:`other_scale` names both readings)."""
    if value.exact is None or not value.currency or (fit := scale_fits(item, value)) is None:
        return value.exact
    return value.exact * fit[1] / target_scale(item.satuan)


def scale_fits(item: IndicatorInput, value: Value, *, renstra: bool = False) -> tuple[str, int] | None:
    """The rupiah scale ``value`` (a comparison figure of ``item``) reads as this year's Target in, its
    word and factor, when it is typed in another scale than its Satuan's (ribu or more: target_scale; `Rp 25.000.000` under Ribu Rupiah was read as 25.000.000 ribu): read in the
    Satuan a hundred times the Target or more (at most a hundredth of it), in that scale within a tenth
    of it to ten times it (a Target Akhir Renstra, ``renstra``: half of it to ten times it, a period's end
    or total never a tenth of one year's Target); None otherwise."""
    factor = target_scale(item.satuan)
    target = item.target_perubahan if item.target_perubahan.filled else item.target
    t, x = target.exact, value.exact
    if not factor or t is None or t <= 0 or target.marked or x is None or x <= 0:
        return None
    # "Rp 25.000.000.000" (Rp, no scale word) is whole rupiah as typed, its only other reading (kept
    # 25.000.000.000 Juta Rupiah, told only "skala berbeda ... periksa besarnya"); "Rp 25 M" is read in the Satuan
    rp = value.currency and not (value.scale_word or value.in_satuan or value.percent)
    if value.marked and not rp:
        return None
    if 100 * t > x > t / 100:
        return None  # (within a hundred times either way: a year's change, never a scale's)
    # the reading within a tenth (a Renstra's: a half) of this year's Target to ten times it
    lowest = Fraction(1, 2) if renstra else Fraction(1, 10)
    fits = [
        (w, s)
        for w, s in _SCALES
        if s != factor and (s == 1 or not rp) and lowest * t <= x * s / factor <= 10 * t
    ]
    if not fits or (fits[0][1] == 1 and x < 10**6):
        return None
    return fits[0]
