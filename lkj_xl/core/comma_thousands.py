"""A figure whose last thousands dot may have slipped to a comma ("1.250,000", "1.134,567" jiwa,
"Rp. 500,000"): read the Indonesian way (the comma is the decimal separator), pointed out at its cell."""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from lkj_xl.core.findings import FindingLog
from lkj_xl.core.model import PERINGATAN, Value
from lkj_xl.core.numbers import format_number
from lkj_xl.core.satuan_utuh import WHOLE_WORDS, in_scale

# "1,250", "Rp. 500,000": one comma before exactly three digits; "1.250,000", "1.134,567": thousands dots, then
# the last group's dot slipped to a comma; no scale word. After a round grouping ("1.000,000") it may also
# be three zero decimals: both readings are said (group 1: the round grouping); after two dots or more it is
# SIPD's export (_EXPORTED_DECIMALS).
_COMMA_THOUSANDS = re.compile(
    r"(?<![\d.,])[1-9][0-9]{0,2}(?:(?:\.[0-9]{3})*?(\.000)?,000|(?:\.[0-9]{3})*,[0-9]{3})(?![\d.,])"
)
# What a rupiah amount is typed with around the number: "Rp.500,000" (no space: the dot of "Rp." is
# no thousands dot), "1.250,000,-", "Rp 1.250,000.-".
_RUPIAH_AROUND = re.compile(r"^\s*rp\.?\s*|\s*[,.]\s*-+\s*$", re.IGNORECASE)
# Three zero decimals after two thousands dots or more ("3.578.850.965,000", "1.250.000,000"): the shape
# SIPD and SIMDA export an amount in, read as typed and said nothing of, as its ",00" is (a dot slipped
# in a figure of a million or more, meant a thousand times larger, is no likelier than that export).
# One dot ("1.250,000": 1.250 is no rupiah amount of a budget) stays told. An Anggaran quarter so typed a
# thousand times below its pagu is weighed by budget._slips (exported_decimals).
_EXPORTED_DECIMALS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3}){2,},000")


def exported_decimals(value: Value) -> bool:
    """Whether ``value`` was typed as SIPD exports an amount ("Rp 1.250.000,000"): read as typed, though
    a slipped last dot (Rp 1.250.000.000 meant) types the same."""
    return bool(value.text) and _EXPORTED_DECIMALS.fullmatch(_RUPIAH_AROUND.sub("", value.text)) is not None


# A Satuan of whole things or of rupiah: three decimals there are implausible ("1.134,567" jiwa), so the
# last dot slipped. Any other ("1.023,456" km, "12.345,678" ton, "45.123,456" miliar rupiah) may well have
# three decimals.
_WHOLE = WHOLE_WORDS | {"rp", "rupiah"}
_SCALE_WORDS = frozenset({"ribu", "rb", "juta", "jt", "miliar", "milyar", "triliun"})


def _whole_or_money(satuan: str) -> bool:
    words = re.findall(r"[^\W\d_]+", satuan.casefold())
    # ("per 1.000 penduduk" is a rate; "ribu jiwa", "juta rupiah" may have three decimals)
    # ("Jutaan Rupiah", "Rp (ribuan)": a scale named as staff name it; "(000) jiwa", "Jiwa (x1000)": in_scale)
    return (
        not _WHOLE.isdisjoint(words)
        and _SCALE_WORDS.isdisjoint(words)
        and "per" not in words
        and not in_scale(satuan)
    )


def _fits(read: Fraction, against: Sequence[Fraction]) -> bool:
    """``read`` is within 0,5 to 2 times one of ``against``."""
    return any(a and abs(a) / 2 <= abs(read) <= 2 * abs(a) for a in against)


def _slipped(found: re.Match[str], exact: Fraction, satuan: str, against: Sequence[Fraction]) -> bool:
    """Whether a comma before three digits other than "000" ("1.023,456", "71,245") is a slipped
    thousands dot: a Satuan of whole things or money, or 1.023.456 fits the figures beside it where
    1.023,456 does not. A comma with no dot is also pointed out when nothing beside it tells (no
    figure fits either reading): "71,245" indeks beside a target of 72 is an ordinary decimal.
    (",000" is always pointed out.)"""
    if found.group().endswith(",000"):
        return True
    if _whole_or_money(satuan) or (_fits(exact * 1000, against) and not _fits(exact, against)):
        return True
    return "." not in found.group() and not _fits(exact, against)


def comma_reading(
    value: Value, satuan: str, against: Sequence[Fraction], bound: Fraction | None = None
) -> tuple[str, Fraction, bool] | None:
    """(how the cell was read, the thousands reading, whether that reading is offered) of a number read
    with a decimal comma that may be thousands written the English way; None for any other cell (and
    for one read right with no advice to give: see :func:`comma_thousands`). ``against``: the figures
    of the other side (the target or pagu, or the quarters); ``bound``: the most the cell can mean."""
    text, exact = value.text, value.exact
    if (
        exact is None
        or value.scale_word
        or value.percent
        or "," not in text  # (a number cell has no text: no search for it)
        or not (found := _COMMA_THOUSANDS.search(_RUPIAH_AROUND.sub("", text)))
        or _EXPORTED_DECIMALS.fullmatch(found.group())
    ):
        return None
    if not _slipped(found, exact, satuan, against):
        return None
    meant = exact * 1000
    offered = bound is None or meant <= bound
    if not offered and not found.group().endswith(",000"):
        # ("95.123.456,789" beside a pagu of Rp 101.563.000): read right, with no advice to give
        return None
    read = (
        f"{format_number(exact, 0)} (tiga angka nol di belakang koma)"
        if found.group(1)
        else f"{format_number(exact, 3)} (koma adalah pemisah desimal)"
    )
    return read, meant, offered


def comma_thousands(
    log: FindingLog,
    sheet: str,
    row: int,
    name: str,
    values: Sequence[tuple[str, Value]],
    satuan: str,
    bound: Fraction | None = None,
) -> list[str]:
    """A number read with a decimal comma (the README's rule: "1,250" is 1,25) that may be thousands
    written the English way (1.250, a thousand times more): a peringatan at its cell. ``values``: the
    target (or pagu) first, then the quarters' realisasi; each is weighed against the other side.
    ``bound``: the most the cell can mean (a realisasi: 10x its row's pagu); a thousands reading above
    it is not offered ("10.200.000,000" beside a pagu of Rp 101.563.000 is three zero decimals, not
    10.200.000.000); then only a ",000" ending is said (three zero decimals), any other is read
    right and said nothing of. Returns the headers said. (A rupiah amount whose thousands reading is
    offered is a galat instead, read so: koma_rupiah.)"""
    said = []
    for i, (header, value) in enumerate(values):
        if "," not in value.text:  # (comma_reading's own first look, before the other side is listed:
            continue  # nearly every cell, a number cell has no text; tests/test_speed54.py)
        side = [v for _, v in values[1:]] if i == 0 else [values[0][1]]
        got = comma_reading(value, satuan, [v.exact for v in side if v.exact is not None], bound)
        if got is None:
            continue
        read, meant, offered = got
        if offered:
            read += f"; bila maksudnya {format_number(meant, 0)}, tulis ribuan dengan titik"
        log.add(PERINGATAN, sheet, header, row, f'{header} {name} "{value.text}" dibaca {read}')
        said.append(header)
    return said
