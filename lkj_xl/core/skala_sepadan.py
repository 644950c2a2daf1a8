"""A scale word beside a plain figure of the same row that agrees with it (`12,5 rb ha` target beside
`12.500 ha` realisasi): both are read exactly, the scale applied, so the capaian is right and the
peringatan "skala berbeda" would only cast doubt on a signed figure (the lead's decision, README
"Values"). They agree when the figure read with the scale lies between a tenth of its target and ten
times it (a capaian of 10 % to 1.000 %: the bounds beyond which capaian_checks already suspects another
scale) and, read without the scale word, does not. A Kumulatif quarter is a part of its target (a
year's flow starts small: 1,2 M of 15 M in Triwulan I is 8 %): it agrees from a thousandth of it, the
bound below which seperseribu.py doubts a level (a flow only below a millionth); the reading without
the scale word is still doubted only from a tenth. A zero agrees with any scale. Exact; pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.model import Value
from lkj_xl.core.number_words import scale_factor

# The realisasi / target ratio of a figure in its target's magnitude: a tenth to ten times it; a
# part of the target (a Kumulatif quarter) from a thousandth.
_LOW, _PART, _HIGH = Fraction(1, 10), Fraction(1, 1000), Fraction(10)


def sepadan(value: Value, target: Value, *, part: bool = False) -> bool:
    """True when ``value`` (a quarter or a comparison figure) and ``target``, one of them typed with a
    scale word and the other plain, are of the same magnitude as read and not without the scale;
    ``part``: ``value`` is a Kumulatif quarter, a part of the target (read as typed from a thousandth of
    it; the other reading doubted only as a whole figure is: 12,5 rb of 12.500 is no 12,5)."""
    low = _PART if part else _LOW

    def _sensible(ratio: Fraction, low: Fraction = _LOW) -> bool:
        return low <= ratio <= _HIGH

    x, t = value.exact, target.exact
    if x is None or t is None or t <= 0:
        return False
    if value.in_satuan != target.in_satuan and not (value.scale_word or target.scale_word):
        # "15,5 juta" read 15,5 in Satuan Juta Rupiah beside a plain "20": as read, or both whole
        # amounts (15.500.000 beside 20) were the plain one a whole amount
        ratio = abs(x) / t
        whole = ratio * value.in_satuan if value.in_satuan else ratio / target.in_satuan
        return x == 0 or (_sensible(ratio, low) and not _sensible(whole))
    if bool(value.scale_word) == bool(target.scale_word):
        return False
    if x == 0:  # zero in any scale: nothing to be off by
        return True
    ratio = abs(x) / t
    word = value.scale_word or target.scale_word or ""
    factor = scale_factor(word)
    unscaled = ratio / factor if value.scale_word else ratio * factor
    return _sensible(ratio, low) and not _sensible(unscaled)
