"""A price typed with the per part of its Satuan (`12,8 rb/kg`, `Rp 12.800/kg`, `Rp12,8rb/kg`, `12.800
per kg` under Satuan `Rp/kg`, `Rupiah/kg`, `Rp per kg`): read as the amount of rupiah before it, per
the Satuan's unit (12.800). It was a galat ("'rb/kg' tidak sama dengan Satuan indikator"), or "ada
karakter bukan angka" glued. Only the Satuan's own per part: `12,8 rb/ton` under `Rp/kg` (a thousand
times the price per kg) stays a galat, as does a per part under a Satuan of no price. Pure."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TypeVar

from lkj_xl.core.number_error import NumberParseError
from lkj_xl.core.number_words import is_money_unit, satuan_key

T = TypeVar("T")

# A rate's Satuan, what it counts and what per ("Rp/kg", "Rp / Kg", "Rupiah per liter")
_SATUAN = re.compile(r"\s*(.+?)\s*(?:/|\bper\b)\s*([^\W\d_][\w²³]*)\.?\s*", re.IGNORECASE)
# the per part typed after the amount, glued or spaced ("12,8rb/kg", "12.800 per kg")
_TAIL = re.compile(r"\s*(?:/|\bper\b)\s*([^\W\d_][\w²³]*)\.?\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=256)  # per figure, a few Satuan per workbook
def _price_unit(satuan: str) -> tuple[str, str] | None:
    """The rupiah a price's Satuan counts and what per, as satuan_key reads it ("Rp/kg": ("Rp", "kg"));
    None for a Satuan of no price."""
    unit = _SATUAN.fullmatch(satuan)
    if unit is None or not is_money_unit(unit[1]) or "/" in unit[1]:
        return None
    return unit[1], satuan_key(unit[2])


def read(text: str, satuan: str, parse: Callable[..., T]) -> T | None:
    """``text`` read by ``parse`` (numbers' own reader) without the per part of a price's Satuan, in
    the rupiah the Satuan counts ("12,8 rb/kg" under "Rp/kg" as "12,8 rb" under "Rp"); None when the
    Satuan is no price, the text has no such per part or another one, or what is left is not read (the
    text as typed is then said by the caller)."""
    if "/" not in text and "per" not in text.casefold():
        return None  # (nearly every figure)
    unit, tail = _price_unit(satuan), _TAIL.search(text)
    if unit is None or tail is None or satuan_key(tail[1]) != unit[1] or not text[: tail.start()].strip():
        return None
    try:
        return parse(text[: tail.start()], satuan=unit[0], money=False, indikator="")
    except NumberParseError:
        return None
