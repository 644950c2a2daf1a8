"""The report's formulas, decided on exact numbers: capaian, kriteria, efisiensi, realisasi s.d. TW,
and the decimals a figure is shown with so that it never contradicts its kriteria.

The worksheet functions (LKJ.*) call these too. Pure: standard library only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, cast

from lkj_xl.core import contract as c
from lkj_xl.core.number_format import own_decimals
from lkj_xl.core.numbers import to_fraction
from lkj_xl.core.styles import SCALE_COMMAS

if TYPE_CHECKING:
    from lkj_xl.core.model import IndicatorResult

#
# Every decision (a kriteria band, ">= 100 %", efisien or not) is taken on exact rational numbers:
# the values as the user wrote them (numbers.to_fraction: a float cell at its shortest decimal
# form), never on float noise: 2,16 of a target 2,4 is exactly 90, which is Tinggi, not Sangat Tinggi.

Number = float | int | Decimal | Fraction


def capaian_exact(realisasi: Number, target: Number, polaritas: str = c.POSITIF) -> Fraction:
    """Capaian in percent, exactly. Positive: R/T*100. Negative (lower is better): (T - (R - T))/T*100.

    Raises ValueError for a zero target (undefined) or an unknown polarity.
    """
    r, t = to_fraction(realisasi), to_fraction(target)
    # In integers (r = a/b, t = c/d, b and d positive): R/T*100 = 100ad/(bc) and
    # (T - (R - T))/T*100 = 100(2cb - ad)/(bc); one normalisation instead of three.
    # (as_integer_ratio: one call for both, where each property is a Python call of its own)
    (a, b), (c_, d) = r.as_integer_ratio(), t.as_integer_ratio()
    if c_ == 0:
        raise ValueError("target nol: capaian tidak dapat dihitung")
    if polaritas == c.NEGATIF:
        return Fraction(100 * (2 * c_ * b - a * d), b * c_)
    if polaritas == c.POSITIF:
        return Fraction(100 * a * d, b * c_)
    raise ValueError(f"polaritas tidak dikenal: {polaritas!r}")


def capped(capaian: Fraction, batas_capaian: float | None) -> Fraction:
    """A capaian after Pengaturan's optional Batas Capaian (the same cap for every capaian the report
    shows: against the target, the Renstra end target and the national standard)."""
    return capaian if batas_capaian is None else min(capaian, to_fraction(batas_capaian))


def capaian(realisasi: Number, target: Number, polaritas: str = c.POSITIF) -> float:
    """Capaian in percent as a float (the nearest one to the exact value); see :func:`capaian_exact`.

    Raises ValueError for a zero target (undefined), never returns inf/NaN.
    """
    return finite(capaian_exact(realisasi, target, polaritas))


def finite(value: Fraction) -> float:
    try:
        numerator, denominator = value.as_integer_ratio()  # float(value), without Fraction's extra calls
        return numerator / denominator
    except OverflowError:
        raise ValueError("capaian di luar jangkauan angka (periksa besarnya target dan realisasi)") from None


# Lower bounds of each band, best first; PermenPANRB bounds are exclusive (> 90), Permendagri
# 86/2017 bounds inclusive (>= 91). Exact comparison leaves no value between bands.
_SCALES: dict[str, tuple[bool, tuple[int, ...]]] = {
    c.SKALA_PERMENPANRB: (False, (90, 75, 65, 50)),
    c.SKALA_PERMENDAGRI: (True, (91, 76, 66, 51)),
}


def kriteria(value: Number, skala: str = c.SKALA_PERMENPANRB) -> str:
    """Rating band of a capaian (percent) on the given scale, decided on the exact value."""
    try:
        inclusive, bounds = _SCALES[skala]
    except KeyError:
        raise ValueError(f"skala tidak dikenal: {skala!r}") from None
    exact = to_fraction(value)
    # exact > bound  <=>  numerator > bound * denominator (the denominator is positive): integers only.
    numerator, denominator = exact.as_integer_ratio()
    for name, bound in zip(c.KRITERIA, bounds):
        scaled = bound * denominator
        if numerator > scaled or (inclusive and numerator == scaled):
            return name
    return c.KRITERIA[-1]


def band_edges(skala: str) -> tuple[int, ...]:
    """The capaian values where the kriteria changes on ``skala``, and 100 (tercapai or not)."""
    return (*_SCALES.get(skala, _SCALES[c.SKALA_PERMENPANRB])[1], 100)


def efisiensi(capaian_value: Number, penyerapan: Number) -> float:
    """Efisiensi in percentage points: capaian kinerja minus penyerapan anggaran."""
    return float(to_fraction(capaian_value) - to_fraction(penyerapan))


def realisasi_sd(values: Sequence[Number | None], jenis: str):
    """Realisation up to the reported quarter from the per-quarter numbers (None = no number).

    Kumulatif sums, Nilai Akhir takes the latest quarter with a value, Rata-rata averages the quarters
    that have values. None when no quarter has a number. Exact when given Fractions.
    """
    numbers = [v for v in values if v is not None]
    if not numbers:
        return None
    if jenis == c.NILAI_AKHIR:
        return numbers[-1]
    if jenis not in (c.KUMULATIF, c.RATA_RATA):
        raise ValueError(f"jenis realisasi tidak dikenal: {jenis!r}")
    exact = set(map(type, numbers)) == {Fraction}  # (C-level; a generator costs more than the sum)
    total = exact_sum(cast("list[Fraction]", numbers)) if exact else sum(numbers)
    return total if jenis == c.KUMULATIF else total / len(numbers)


def fraction_float(value: Fraction) -> float:
    """``float(value)``: the correctly rounded quotient of its integers (what ``float()`` of a Fraction
    computes, int(numerator) / int(denominator), without its two property look-ups and its extra calls;
    OverflowError alike)."""
    numerator, denominator = value.as_integer_ratio()  # (one call: each property is a call of its own)
    return numerator / denominator


def exact_sum(values: Sequence[Fraction]) -> Fraction:
    """The sum of Fractions with one normalisation at the end (``sum`` reduces after every term)."""
    numerator, denominator = 0, 1
    for value in values:
        n, d = value.as_integer_ratio()  # (one call: numerator and denominator are a call each)
        if d == denominator:
            numerator += n
        else:
            numerator, denominator = numerator * d + n * denominator, denominator * d
    # (whole numbers, most counts and rupiah: Fraction of one int, already normal, skips the gcd)
    return Fraction(numerator) if denominator == 1 else Fraction(numerator, denominator)


def known_sum(values: Sequence[Fraction | None]) -> Fraction | None:
    """The exact sum, None when one of ``values`` is unknown (a partial sum would mislead)."""
    if None in values:
        return None
    return exact_sum(cast("list[Fraction]", values))


# --- display: decimals that never contradict the decision ----------------------------------------


def round_half_up(value: Fraction, decimals: int) -> Fraction:
    """``value`` rounded to ``decimals`` decimals, half away from zero (as Excel displays it)."""
    # floor(|n/d| * scale + 1/2) in integers: (2|n| * scale + d) // 2d.
    scale = 10**decimals
    n, d = value.numerator, value.denominator
    magnitude = (2 * abs(n) * scale + d) // (2 * d)
    return Fraction(magnitude if n >= 0 else -magnitude, scale)


def near_typed(typed: Fraction, computed: Fraction) -> bool:
    """A percentage typed as staff round it to its own decimals (0 to 2): half up, twice (the seed
    prints 170 for 169,49 and 2 for 1,47: to one decimal more, then to its own), or cut (89,88 for
    89,8876), or a decimal at a time from the report's two (1,449 printed 1,45, then 1,5, then 2).
    Not rounded up otherwise: the seed's Tabel 3.3 prints 5 for 4,36, a slip. Typed with
    more decimals, within 0,01."""
    decimals = next((d for d in range(3) if (typed * 10**d).denominator == 1), None)
    if decimals is None:
        return abs(typed - computed) < Fraction(1, 100)
    scale = 10**decimals
    twice = round_half_up(round_half_up(computed, decimals + 1), decimals)
    cut = Fraction(math.trunc(computed * scale), scale)
    stepped = round_half_up(computed, 2)
    for d in range(1, decimals - 1, -1):  # (typed with two decimals: nothing to step)
        stepped = round_half_up(stepped, d)
    return typed in (round_half_up(computed, decimals), twice, cut, stepped)


def as_rounded(typed: Fraction, counted: Fraction) -> bool:
    """A total typed rounded to its own decimals (0 to 2) equals the one counted."""
    return any((typed * 10**d).denominator == 1 and round_half_up(counted, d) == typed for d in range(3))


# Beyond this many decimals a value is shown as it is (a capaian that close to an edge is a curiosity).
MAX_SHOWN_DECIMALS = 10


def _decimals(value: Fraction, decimals: int, decide) -> int:
    if decimals >= MAX_SHOWN_DECIMALS:
        return decimals
    wanted = decide(value)  # (once: the exact value's decision does not change with the decimals)
    while decimals < MAX_SHOWN_DECIMALS and decide(round_half_up(value, decimals)) != wanted:
        decimals += 1
    return decimals


def _capaian_reading(value: Fraction, skala: str) -> tuple[str, bool, bool]:
    """What a reader takes from a capaian: its kriteria, its side of 100 % and whether it is below zero
    (-0,001, of an indicator Negatif, is not "0,00", which Excel shows "-0,00"; a tiny positive one
    rounds to "0,00" as any figure does, no decision is taken on it)."""
    # (v >= 100 on the integers: the denominator is positive)
    n = value.numerator
    return kriteria(value, skala), n >= 100 * value.denominator, n < 0


def capaian_decimals(value: Fraction, skala: str, decimals: int) -> int:
    """Decimals to show a capaian with, at least ``decimals``: enough that the number shown gives the
    same kriteria and side of 100 % as the exact value, and is below zero when it is (90,004 is Sangat
    Tinggi: shown "90,004", never "90,00" beside Sangat Tinggi; -0,001 shown "-0,001", not "-0,00")."""
    return _decimals(value, decimals, lambda v: _capaian_reading(v, skala))


def penyerapan_decimals(value: Number, decimals: int) -> int:
    """Decimals to show a penyerapan anggaran with, at least ``decimals``: enough that the number shown
    is on the side of 100 % the exact value is (99,995 %, Rp 2.050 of the pagu left, is shown
    "99,995", never "100,00"; a realisasi above its pagu never "100,00" beside "melebihi pagu")."""
    exact = to_fraction(value)
    return _decimals(exact, decimals, lambda v: (v > 100) - (v < 100))


def efisiensi_decimals(value: Fraction, decimals: int) -> int:
    """Decimals to show an efisiensi with: enough that its sign (efisien or not) shows."""
    return _decimals(value, decimals, lambda v: v >= 0)


def _alike(capaian: Fraction, of_capaian: int, penyerapan: Fraction, of_serapan: int) -> tuple[int, int]:
    """The capaian's and the penyerapan's decimals in one row of Tabel 3.3: the coarser one takes the
    finer one's decimals unless it is exact at fewer (90,4 beside 75,333 stays 90,4; 90,5 at Desimal 0
    beside 99,995 is 90,5, not 90,500). Rounded at different decimals, their difference was off by up
    to five units of its last decimal: 66,67 - 99,995 printed (33,325) where the data give -33,3283...;
    66,667 - 99,995 = (33,328)."""
    finest = max(of_capaian, of_serapan)
    return _exact_within(capaian, of_capaian, finest), _exact_within(penyerapan, of_serapan, finest)


def _exact_within(value: Fraction, decimals: int, finest: int) -> int:
    """The fewest decimals from ``decimals`` (at most ``finest``) up that show ``value`` exactly, else
    ``finest``."""
    while decimals < finest and round_half_up(value, decimals) != value:
        decimals += 1
    return decimals


def efisiensi_row_decimals(
    capaian: Fraction, efisiensi: Fraction, skala: str, decimals: int
) -> tuple[int, int]:
    """Decimals to show the capaian and the penyerapan of an efisiensi with (Tabel 3.3, 3.2.2, export):
    enough that the capaian shown minus the penyerapan shown is efisien (>= 0) exactly when the
    efisiensi is. Capaian 40 against penyerapan 40,004 (efisiensi -0,004, Tidak efisien) shows
    40,00 and 40,004, never 40,00 and 40,00; the capaian keeps at least the decimals of its kriteria,
    the penyerapan those of its side of 100 % (penyerapan_decimals), and each at least the other's
    unless it is exact at fewer (_alike): the efisiensi is shown with the finer one's decimals, and a
    figure rounded coarser moved it by more than its last decimal (99,996 beside 75,33 gave 24,666
    where the data give 24,663: 75,333 now; 66,67 beside 99,995 gave (33,325) where they give
    -33,328: 66,667 now). So the row's efisiensi is within one unit of its last decimal of the data's,
    and within half a unit when one of the two is exact. Its capaian or penyerapan may then show a
    decimal more than Tabel 3.1, 3.2.1 or 3.4 (the same figure, rounding to their text)."""
    penyerapan = capaian - efisiensi
    own = capaian_decimals(capaian, skala, decimals)
    wanted = efisiensi >= 0
    shown = penyerapan_decimals(penyerapan, decimals)  # (and on its side of 100 %)
    while shown < MAX_SHOWN_DECIMALS:
        for of_capaian in (own, max(own, shown)):  # the penyerapan's decimals first, then both
            of_capaian, of_serapan = _alike(capaian, of_capaian, penyerapan, shown)
            if (round_half_up(capaian, of_capaian) - round_half_up(penyerapan, of_serapan) >= 0) == wanted:
                return of_capaian, of_serapan
        shown += 1
    return _alike(capaian, max(own, shown), penyerapan, shown)


def efisiensi_shown(
    capaian: Fraction, efisiensi: Fraction, skala: str, decimals: int
) -> tuple[Fraction, int]:
    """The efisiensi a row of Tabel 3.3 shows, and its decimals: the capaian shown minus the penyerapan
    shown (96,76 - 40,00 = 56,76, where the exact 56,768 rounds to 56,77), so the row adds up as the
    reader checks it; its sign is the exact efisiensi's (efisiensi_row_decimals)."""
    of_capaian, of_serapan = efisiensi_row_decimals(capaian, efisiensi, skala, decimals)
    shown = round_half_up(capaian, of_capaian) - round_half_up(capaian - efisiensi, of_serapan)
    return shown, max(of_capaian, of_serapan)


def sign_decimals(value: Fraction, decimals: int) -> int:
    """Decimals to show a change with (perubahan %): enough that a rise or a fall is not shown 0 (the
    sheet says Tetap only for no change) nor with the other sign."""
    return _decimals(value, decimals, lambda v: (v > 0) - (v < 0))


# --- shown decimals: one rule for every table and sentence ---------------------------------------------


def shows_fraction(value: float) -> bool:
    """Whether a number has a fractional part that is not float noise: a few units in the last place
    of the value (0,1 + 0,2, a formula's 90.00000000000001), whatever its size, so the ,85 of a
    rupiah amount of 10^12 is kept (a tolerance relative to the value, 10^-9 of it, swallowed it)."""
    return abs(value - round(value)) > max(1e-9, 64 * math.ulp(value))


def number_style(*values: object) -> str:
    """'integer' when every number given is whole, else 'decimal' (one format per indicator row)."""
    for v in values:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            continue
        if shows_fraction(v):
            return "decimal"
    return "integer"


def has_decimals(value: float | None, scale: str | None = None) -> bool:
    """Whether a figure shows decimals in its table row, in the scale it was typed with ("juta");
    float noise ignored. The capaian tables and the narrative (lkj_xl.core.kalimat) decide alike."""
    if value is None:
        return False
    shown_value = value / (1000 ** len(SCALE_COMMAS[scale]) if scale in SCALE_COMMAS else 1)
    return shows_fraction(shown_value)


# Tabel 3.1 prints a Tujuan's or Sasaran's quarters, each in the scale word it was typed with ("15,23
# rb"); no table prints another level's, whose quarter typed with a scale word counts its decimals in the
# scale its row's figures are printed in ("15,23 rb" beside a count of 16.000 is 15.230: whole).
_QUARTERS_PRINTED = ("Tujuan", "Sasaran")


def indicator_has_decimals(ind: IndicatorResult, comparisons: bool = False, plain: bool = False) -> bool:
    """Whether an indicator's figures show decimals: one rule for its target (and the Perjanjian
    Kinerja's named beside a Target Perubahan), quarters and realisasi s.d. in every table and
    sentence (a realisasi 4 beside a quarter of 1,50 reads 4,00 in Tabel 3.1, 3.2, Perbandingan
    Kinerja and the narrative alike). ``comparisons``: also the earlier years, last
    year's, the Renstra target and the standard (the comparison row and sentences; the capaian tables
    do not depend on them). ``plain``: the figures shown as plain numbers, not in the scale word they
    were typed with ("7 jt" as 7.000.000: the CSV export)."""
    p, scale = ind.pembanding, None if plain else ind.scale_word
    figures = [ind.target, ind.target_awal, ind.realisasi]  # (the PK's target, named beside a revised one)
    if comparisons:
        figures += [p.tahun_lalu, p.target_renstra, p.standar_nasional, *ind.realisasi_tahun.values()]
    quarter_scales = [None] * len(ind.realisasi_tw) if plain else ind.realisasi_tw_scale
    if not plain and ind.tingkat not in _QUARTERS_PRINTED:  # counted as the row prints its figures
        quarter_scales = [scale if q is not None else None for q in quarter_scales]
    return any(has_decimals(v, scale) for v in figures) or any(
        map(has_decimals, ind.realisasi_tw, quarter_scales)
    )


def figure_decimals(
    ind: IndicatorResult, skala: str, comparisons: bool = False, plain: bool = False, desimal: int = 2
) -> int:
    """Decimals of an indicator's figures (target, quarters, realisasi s.d.; with ``comparisons`` also
    the comparison figures, see :func:`indicator_has_decimals`): 0 when all are whole, else 2, and more
    when a reader recomputing the capaian from the target and realisasi shown would not get the capaian
    shown (rounded as it is shown: Desimal ``desimal``, more near an edge) with its kriteria and side of
    100 % (:func:`recomputable_decimals`): 0,135 of a Negatif target 0,15 is 110 %, shown 0,135 (never
    0,14, which gives 106,67); 36,0016 of 40 is 90,004, Sangat Tinggi, shown 36,0016 (36,002 gives
    90,005, and 36,00 gives 90,00, Tinggi). A capped capaian (Batas Capaian) is left as it is.
    ``plain``: for the figures shown as plain numbers, not in the scale word they were typed with."""
    decimals = 2 if indicator_has_decimals(ind, comparisons, plain) else 0
    scale = None if plain else ind.scale_word
    factor = 1000 ** len(SCALE_COMMAS[scale]) if scale in SCALE_COMMAS else 1
    selisih = ind.pembanding.selisih_exact
    # a rise of 410 rupiah is not shown "0,00 juta" beside Membaik (shown 410 beside a realisasi shown
    # plain: selisih_scale, the row's figures keep their decimals, 4,50 juta)
    if comparisons and selisih and (plain or selisih_scale(ind) == scale):
        decimals = sign_decimals(selisih / factor, decimals)
    if comparisons and not plain:  # (0,705 milyar beside 0,770 milyar: _lalu_decimals)
        decimals = _lalu_decimals(ind, decimals, factor)
    if ind.capaian_mentah != ind.capaian or ind.capaian_exact is None:
        return decimals
    # a realisasi typed in another scale than its target, or a sum the target's scale would round, is
    # shown as read (1.000 beside 0,07 juta; 595.430 beside 1,2 juta; 775 juta beside 1,5 milyar:
    # realisasi_scale)
    own = scale if plain else realisasi_scale(ind)
    of_realisasi = 1000 ** len(SCALE_COMMAS[own]) if own in SCALE_COMMAS else 1
    return recomputable_decimals(
        ind.target,
        ind.realisasi,
        ind.capaian_exact,
        ind.polaritas,
        skala,
        decimals,
        factor,
        realisasi_factor=of_realisasi,
        desimal=desimal,  # the capaian's decimals worked out only for a row whose figures are rounded
    )


# The most decimals last year's figure takes in its target's scale word (0,7051 milyar for Rp 705.123.456)
_LALU_MAX = 4


def _lalu_decimals(ind: IndicatorResult, decimals: int, factor: int) -> int:
    """``decimals``, or more when last year's figure is shown in its target's scale word (the realisasi
    s.d. beside it shown in it too: :func:`lalu_scale`) and that would round it: Rp 705 jt beside 0,77
    milyar is 0,705 milyar, the row 0,770 and 0,065 (0,065 / 0,705 = 9,22 %, where 0,71 -> 0,77
    recomputes 8,45 %); at most :data:`_LALU_MAX`."""
    lalu = ind.pembanding.tahun_lalu
    if lalu is None or factor == 1 or lalu_scale(ind) != ind.scale_word:
        return decimals
    own = own_decimals(to_fraction(lalu) / factor)
    return max(decimals, min(_LALU_MAX if own is None else own, _LALU_MAX))


def realisasi_scale(ind: IndicatorResult) -> str | None:
    """The scale word an indicator's realisasi s.d. is shown in: its target's ("193.900 juta" beside
    "1.282.684,40 juta"); none when typed in another scale (satuan_beda: as read). When the quarters,
    one typed plain or in another scale, add up to a figure that the target's scale rounds at two
    decimals, the sum as they read it: in the one scale word they were all typed with, where it is
    exact at two decimals (350 jt + 425 jt = 775 juta beside a target 1,5 milyar, never "0,78 milyar" nor
    "775.000.000"), else plain when whole or exact to the sen (285.430 + 0,31 juta = 595.430 orang,
    285.430,50 + 310.000 = Rp 595.430,50 beside 1,2 juta: never "0,5954 juta", whose 4 decimals of a
    juta the row's plain figures took: "285.430,0000")."""
    scale = ind.scale_word
    if ind.satuan_beda:
        return None
    if scale not in SCALE_COMMAS or ind.realisasi is None:
        return scale
    typed = [(v, s) for v, s in zip(ind.realisasi_tw, ind.realisasi_tw_scale) if v is not None]
    if all(s == scale for _, s in typed):  # every quarter typed in the target's scale: the sum in it too
        return scale
    if ind.tingkat in _QUARTERS_PRINTED and any(
        s == scale and not _exact_in(to_fraction(v), s) for v, s in typed
    ):  # a printed quarter of the target's scale rounded (0,3125 juta shown 0,31): the sum in it too
        return scale
    exact = to_fraction(ind.realisasi)
    if _exact_in(exact, scale):
        return scale
    (own, *others) = {s for _, s in typed}
    if not others and own in SCALE_COMMAS and _exact_in(exact, own):  # every quarter in juta: 775 juta
        return own
    return None if (exact * 100).denominator == 1 else scale  # whole or to the sen: plain


def selisih_scale(ind: IndicatorResult) -> str | None:
    """The scale word the selisih with last year is shown in: its target's, or the realisasi s.d.'s
    when that is shown in another (:func:`realisasi_scale`) and the target's would round the selisih:
    775 juta - 0,70 milyar = 75 juta, never "0,08 milyar" (80 juta, 11,43 % of 0,70 beside its
    10,71 %); 595.430,50 - 1,10 juta = -504.569,50, never "-0,50 juta"; beside last year's shown so
    (:func:`lalu_scale`) in that scale too: 775 juta - 705 juta = 70 juta, never "0,07 milyar". A
    realisasi typed in another scale than its target (satuan_beda) keeps the target's."""
    lalu = lalu_scale(ind)
    if lalu != ind.scale_word and ind.pembanding.selisih_exact is not None:
        return lalu
    return _compared_scale(ind, ind.pembanding.selisih_exact)


def lalu_scale(ind: IndicatorResult) -> str | None:
    """The scale word last year's figure is shown in: as the selisih (:func:`selisih_scale`), its
    target's, or the realisasi s.d.'s beside it when the target's would round it: Rp 705 jt beside
    775 juta (350 jt + 425 jt) of a target 1,5 milyar is 705 juta, never "0,71 milyar" (0,71 ->
    0,775 recomputes 9,15 %, not the 9,93 % printed)."""
    lalu = ind.pembanding.tahun_lalu
    return _compared_scale(ind, to_fraction(lalu) if lalu is not None else None)


def _compared_scale(ind: IndicatorResult, value: Fraction | None) -> str | None:
    """A figure compared with the realisasi s.d.: in the target's scale word where exact at two
    decimals (or the realisasi typed in another scale: satuan_beda), else in the realisasi s.d.'s."""
    scale = ind.scale_word
    if value is None or ind.satuan_beda or _exact_in(value, scale):
        return scale
    return realisasi_scale(ind)


def _exact_in(value: Fraction, scale: str | None) -> bool:
    """Whether ``value`` is shown exactly at two decimals of ``scale`` (0,77 milyar; 0,775 is not)."""
    shown = value / 1000 ** len(SCALE_COMMAS[scale]) if scale in SCALE_COMMAS else value
    return round_half_up(shown, 2) == shown


def scale_decimals(
    ind: IndicatorResult, decimals: int, scale: str | None = None, comparisons: bool = False
) -> int:
    """Decimals of an indicator's figures shown in ``scale`` (None: plain) when its target is shown in
    another scale word: the row's ``decimals`` count units of the target's scale (1,20 juta, 0,31
    juta), so the figures of another scale show none when all are whole in it (a quarter typed 285.430
    (orang) shows 285.430, never 285.430,00, a quarter 600 jt beside a target 2,5 milyar 600 juta), and
    else their own precision: 2 decimals (the sen of 285.430,50; 310.000,00 beside it), more only as
    far as the row's when one needs them (285.430,50 beside 1,2345 juta, never 285.430,5000). The
    realisasi s.d. is in :func:`realisasi_scale`; with ``comparisons`` last year's too, in
    :func:`lalu_scale` (705,12 juta beside 775,00 juta; Tabel 3.1, without it, keeps 775 juta)."""
    if scale == ind.scale_word or ind.scale_word not in SCALE_COMMAS:
        return decimals
    figures = [v for v, s in zip(ind.realisasi_tw, ind.realisasi_tw_scale) if s == scale]
    if realisasi_scale(ind) == scale:
        figures.append(ind.realisasi)
    if comparisons and ind.pembanding.tahun_lalu is not None and lalu_scale(ind) == scale:  # 705,5 juta
        figures.append(ind.pembanding.tahun_lalu)
    factor = 1000 ** len(SCALE_COMMAS[scale]) if scale in SCALE_COMMAS else 1
    own = [own_decimals(to_fraction(v) / factor) for v in figures if v is not None and has_decimals(v, scale)]
    if not own:
        return 0
    places = [n for n in own if n is not None]
    return decimals if len(places) < len(own) else min(decimals, max(2, *places))


# How many decimals past those that recompute the capaian within one unit of its last decimal the
# figures may take to recompute it exactly (recomputable_decimals).
EXACT_PAST_NEAR = 2


def recomputable_decimals(
    target: float | None,
    realisasi: float | None,
    capaian: Number | None,
    polaritas: str,
    skala: str,
    decimals: int,
    factor: int = 1,
    shown_as: int | None = None,
    realisasi_factor: int | None = None,
    desimal: int = 2,
) -> int:
    """At least ``decimals`` (0, 2, or more): the fewest that let a reader recompute the capaian shown
    from the target and realisasi shown with them (in units of ``factor``: 10^6 for a figure shown in
    juta; ``realisasi_factor``: the realisasi's, when another): the capaian recomputed, rounded as the
    capaian is shown (``shown_as`` decimals; when not given, :func:`capaian_decimals` at ``desimal``), is the
    capaian shown, and has its kriteria, side of 100 % and sign. 0,135 of a Negatif target 0,15
    (110 %) is shown 0,135 and 0,150, never 0,14 and 0,15 ((0,30 - 0,14) / 0,15 = 106,67 beside 110,00).

    When none up to MAX_SHOWN_DECIMALS gives the capaian shown (a realisasi that is a mean of three
    quarters whose capaian lies a hair from a rounding point): the fewest that give its kriteria, side
    of 100 % and sign and a capaian within one unit of the last decimal shown, else the fewest that
    give the kriteria, side and sign alone; ``decimals`` when none does (or nothing is known). The
    exact figures are sought only up to EXACT_PAST_NEAR decimals past the within-one-unit ones: a
    Negatif mean 131,9333... of 87,22 (48,7349996..., printed 48,73) shows 131,93 (48,74), not
    131,9333333."""
    if capaian is None or target is None or realisasi is None:
        return decimals
    of_realisasi = factor if realisasi_factor is None else realisasi_factor
    if not shows_fraction(target * 10**decimals / factor) and not shows_fraction(
        realisasi * 10**decimals / of_realisasi
    ):
        return decimals  # nearly every indicator: both figures shown as they are, nothing rounded
    exact_target, exact_realisasi = to_fraction(target) / factor, to_fraction(realisasi) / of_realisasi
    exact = to_fraction(capaian)
    wanted = _capaian_reading(exact, skala)
    of_capaian = capaian_decimals(exact, skala, desimal) if shown_as is None else shown_as
    printed, unit = round_half_up(exact, of_capaian), Fraction(1, 10**of_capaian)
    near: int | None = None  # the fallbacks, the fewest decimals each
    same_reading: int | None = None
    for shown in (decimals, *range(max(decimals + 1, 2), MAX_SHOWN_DECIMALS + 1)):
        if near is not None and shown > near + EXACT_PAST_NEAR:
            break  # never 7 decimals in every figure of a row for the capaian's last digit alone
        shown_target = round_half_up(exact_target, shown)
        if not shown_target:
            continue
        # (in the figures' own units: a realisasi shown in rupiah beside a target in juta)
        again = capaian_exact(
            round_half_up(exact_realisasi, shown) * of_realisasi, shown_target * factor, polaritas
        )
        if _capaian_reading(again, skala) != wanted:
            continue
        if round_half_up(again, of_capaian) == printed:
            return shown
        if near is None and abs(again - printed) < unit:
            near = shown
        if same_reading is None:
            same_reading = shown
    for fallback in (near, same_reading):
        if fallback is not None:
            return fallback
    return decimals  # no number of decimals tells it: as usual
