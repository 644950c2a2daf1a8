"""The thousands-comma peringatan: "1.250,000" read by the README's rule (the comma is the decimal
separator) where staff may have meant thousands written the English way. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from fractions import Fraction

from lkj_xl.core.findings import FindingLog
from lkj_xl.core.model import PERINGATAN, Value
from lkj_xl.core.numbers import format_number

# "1,250", "Rp. 500,000": one comma before exactly three digits; "1.250,000", "1.134,567": thousands dots, then
# the last group's dot slipped to a comma; no scale word. After a round grouping ("1.250.000,000", "1.000,000")
# it may also be three zero decimals: both readings are said (group 1: the round grouping).
_COMMA_THOUSANDS = re.compile(
    r"(?<![\d.,])[1-9][0-9]{0,2}(?:(?:\.[0-9]{3})*?(\.000)?,000|(?:\.[0-9]{3})*,[0-9]{3})(?![\d.,])"
)
# What a rupiah amount is typed with around the number: "Rp.500,000" (no space: the dot of "Rp." is
# no thousands dot), "1.250,000,-", "Rp 1.250,000.-".
_RUPIAH_AROUND = re.compile(r"^\s*rp\.?\s*|\s*[,.]\s*-+\s*$", re.IGNORECASE)


def comma_thousands(
    log: FindingLog,
    sheet: str,
    row: int,
    name: str,
    values: Iterable[tuple[str, Value]],
    bound: Fraction | None = None,
) -> list[str]:
    """A number read with a decimal comma (the README's rule: "1,250" is 1,25) that may be thousands
    written the English way (1.250, a thousand times more): a peringatan at its cell. ``bound``: the
    most the cell can mean (a realisasi: 10x its row's pagu); a thousands reading above it is not offered
    ("10.200.000,000" beside a pagu of Rp 101.563.000 is three zero decimals, not 10.200.000.000).
    Returns the headers said."""
    said = []
    for header, value in values:
        text, exact = value.text, value.exact
        if (
            exact is None
            or value.scale_word
            or value.percent
            or "," not in text  # (a number cell has no text: no search for it)
            or not (found := _COMMA_THOUSANDS.search(_RUPIAH_AROUND.sub("", text)))
        ):
            continue
        read = (
            f"{format_number(exact, 0)} (tiga angka nol di belakang koma)"
            if found.group(1)
            else f"{format_number(exact, 3)} (koma adalah pemisah desimal)"
        )
        meant = exact * 1000
        if bound is None or meant <= bound:
            read += f"; bila maksudnya {format_number(meant, 0)}, tulis ribuan dengan titik"
        log.add(PERINGATAN, sheet, header, row, f'{header} {name} "{text}" dibaca {read}')
        said.append(header)
    return said
