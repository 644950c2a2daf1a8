"""A figure typed as a range ("60-85 %" BOR, "6-9 hari" AVLOS): a Target read as its two bounds, and
the galat's words for a range elsewhere.

A Target (or Target Perubahan) typed as a range is scored by the rule of PermenPANRB No. 8 Tahun 2021
(Lampiran, "target yang ditetapkan dalam bentuk range"): README "Range targets", :mod:`rentang_skor`.
A realisasi or an Anggaran figure typed as a range is a galat: it is measured, one figure."""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
# Two figures with a word or a dash between ("60-85 %", "80 s.d. 85", "7 bulan - 8 bulan", "Rp 1 - 2 M"):
# the first figure with its unit if typed, the separator, the second with the rest
_DUA = re.compile(
    rf"((?:(?:rp\.?|idr)\s*)?[0-9][0-9.,]*)\s*(%|[^\W\d_][^\d{_DASHES}]*?)?\s*"
    rf"(?:[{_DASHES}]|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*"
    r"((?:(?:rp\.?|idr)\s*)?[0-9][0-9.,]*)\s*(\S.*)?",
    re.IGNORECASE,
)


_CURRENCY = re.compile(r"(?:rp\.?|idr)\s*", re.IGNORECASE)


def bounds(text: str) -> tuple[str, str] | None:
    """The two bounds of a range as they are read, the unit typed once going with both ("60-85 %":
    "60 %", "85 %"; "Rp 1 - 2 M": "Rp 1 M", "Rp 2 M"), typed order kept; None when ``text`` is no
    range of two figures or each figure has a unit of its own that differs ("60 % - 85 hari")."""
    found = _DUA.fullmatch(text.strip())
    if found is None:
        return None
    low, low_unit, high, high_unit = (group or "" for group in found.groups())
    if low_unit and high_unit and low_unit.casefold().split() != high_unit.casefold().split():
        return None
    unit = high_unit or low_unit
    if currency := _CURRENCY.match(low) or _CURRENCY.match(high):  # "Rp 1 - 2 M": Rp with both
        low, high = (f if not f[0].isdigit() else f"{currency.group(0)}{f}" for f in (low, high))
    sep = "" if unit == "%" else " "
    return (f"{low}{sep}{unit}".strip(), f"{high}{sep}{unit}".strip())


def baca(text: str, read: Callable[[str], Fraction | None]) -> tuple[Fraction, Fraction] | str | None:
    """A Target typed as a range: its (floor, ceiling), each read by ``read`` (the Kinerja row's way,
    its Satuan; None: not a figure), or why it cannot be scored (the galat's words), or None when
    ``text`` is no range."""
    found = _DUA.fullmatch(text.strip())
    if found is None:
        return None
    pair = bounds(text)
    if pair is None:
        return (
            f"berupa rentang dengan satuan berbeda di kedua batasnya ({found.group(2)} dan "
            f"{found.group(4)}); tulis kedua batas dengan satuan yang sama, mis. 60-85 %"
        )
    first, second = read(pair[0]), read(pair[1])
    if first is None or second is None:
        return (
            f"berupa rentang ({pair[0]} sampai {pair[1]}) yang batasnya tidak dapat dibaca sebagai angka; "
            "tulis kedua batas sebagai angka, tanpa satuan atau dengan Satuan indikatornya (mis. 60-85 %)"
        )
    return (first, second) if first <= second else (second, first)


def rentang_teks(low: str, high: str, kolom: str, *, indicator: bool) -> str:
    """Why ``low``-``high`` is not a figure and what to type: a realisasi or an Anggaran figure is
    measured, one figure (a Kinerja Target typed so is scored: :func:`baca`); ``kolom``: where the
    range's note goes."""
    where = " (target: yang tertulis di Perjanjian Kinerja)" if indicator else ""
    return f"berupa rentang ({low} sampai {high}), bukan satu angka; tulis satu angka saja{where} dan catat rentangnya di {kolom}"
