"""The galat's words for a figure typed as a range ("60-85 %" BOR, "6-9 hari" AVLOS).

The report's formula (DOMAIN.md, seed ~480) scores a realisasi against one target figure; it has no
rule for a range, and none is invented here. A Kinerja value gets what staff can do when the
Perjanjian Kinerja's target is the range itself: type the bound the PK treats as the target, with the
Polaritas that scores it, and keep the range in Keterangan."""

from __future__ import annotations

import re
from decimal import Decimal

# The figure at the start of a bound as typed ("85 %", "9 hari"), and what follows it
_FIGURE = re.compile(r"([0-9][0-9.,]*)(.*)", re.DOTALL)


def _value(figure: str) -> Decimal | None:
    """The figure read the project's way (Indonesian separators), None when it cannot be read."""
    from lkj_xl.core.number_error import NumberParseError
    from lkj_xl.core.numbers import parse_number  # (lazy: numbers reads pasted, which reads this module)

    try:
        parsed = parse_number(figure)
    except NumberParseError:
        return None
    return parsed.exact if parsed.exact is not None else Decimal(repr(parsed.value))


def ordered(low: str, high: str) -> tuple[str, str]:
    """(floor, ceiling) of a range typed either way round: "85-60" is 60 to 85; the unit typed after
    the second figure ("85 - 60 %") stays at the end of the ceiling, as in "60-85 %"."""
    second = _FIGURE.fullmatch(high)
    if second is None:
        return low, high
    first_value, second_value = _value(low), _value(second.group(1))
    if first_value is None or second_value is None or first_value <= second_value:
        return low, high
    return second.group(1), f"{low}{second.group(2)}"


def rentang_teks(low: str, high: str, kolom: str, *, indicator: bool, target: bool) -> str:
    """Why ``low``-``high`` is not a figure and what to type; ``kolom``: where the range's note goes,
    ``target``: the Target or Target Perubahan of a Kinerja row (else a realisasi or an Anggaran figure)."""
    floor, ceiling = ordered(low, high)
    if not target:
        where = " (target: yang tertulis di Perjanjian Kinerja)" if indicator else ""
        return f"berupa rentang ({low} sampai {high}), bukan satu angka; tulis satu angka saja{where} dan catat rentangnya di {kolom}"
    return (
        f"berupa rentang ({low} sampai {high}): rumus capaian membutuhkan satu angka target dan tidak ada "
        "rumus untuk rentang; tulis batas yang menjadi target menurut Perjanjian Kinerja "
        f"({ceiling} dengan Polaritas Negatif bila batas atasnya yang dijaga, {floor} dengan Polaritas Positif "
        f"bila batas bawahnya) dan catat rentangnya di {kolom}"
    )
