"""A price typed with the per part of its Satuan (`12,8 rb/kg`, `Rp 12.800/kg`, `Rp12,8rb/kg`, `12.800
per kg` under Satuan `Rp/kg`, `Rupiah/kg`, `Rp per kg`): read as the amount of rupiah before it, per
the Satuan's unit (12.800). It was a galat ("'rb/kg' tidak sama dengan Satuan indikator"), or "ada
karakter bukan angka" glued. Only the Satuan's own per parts, all of them: `12,8 rb/ton` under `Rp/kg` (a
thousand times the price per kg) and `12,8 rb/bulan` under `Rp per kapita per bulan` (a month's total)
stay a galat, as does a per part under a Satuan of no price. Pure."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TypeVar

from lkj_xl.core.number_error import NumberParseError
from lkj_xl.core.number_words import is_money_unit, satuan_key

T = TypeVar("T")

# "/" or "per" between a price's rupiah and each unit it is per ("Rp/kg", "Rp per kapita per bulan")
_PER = re.compile(r"\s*(?:/|\bper\b)\s*", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w²³]*\.?")
# the per parts typed after the amount, glued or spaced ("12,8rb/kg", "12.800 per kapita/bulan")
_TAIL = re.compile(r"(?:\s*(?:/|\bper\b)\s*[^\W\d_][\w²³]*\.?)+\s*$", re.IGNORECASE)


def _per_units(text: str) -> tuple[str, tuple[str, ...]] | None:
    """``text`` split at its "/" or "per" into what is before and the units it is per, as satuan_key
    reads them ("Rp/Kapita/Bulan": ("Rp", ("kapita", "bulan"))); None when a unit is no one word."""
    head, *units = _PER.split(text.strip())
    if not units or not all(_WORD.fullmatch(u) for u in units):
        return None
    return head, tuple(satuan_key(u) for u in units)


@functools.lru_cache(maxsize=256)  # per figure, a few Satuan per workbook
def _price_unit(satuan: str) -> tuple[str, tuple[str, ...]] | None:
    """The rupiah a price's Satuan counts and every unit it is per ("Rp/kg": ("Rp", ("kg",)), "Rp per
    kapita per bulan": ("Rp", ("kapita", "bulan"))); None for a Satuan of no price."""
    unit = _per_units(satuan)
    return unit if unit is not None and unit[0] and is_money_unit(unit[0]) else None


def read(text: str, satuan: str, parse: Callable[..., T]) -> T | None:
    """``text`` read by ``parse`` (numbers' own reader) without the per part of a price's Satuan, in
    the rupiah the Satuan counts ("12,8 rb/kg" under "Rp/kg" as "12,8 rb" under "Rp"); None when the
    Satuan is no price, the text has no such per part or another one, or what is left is not read (the
    text as typed is then said by the caller)."""
    if "/" not in text and "per" not in text.casefold():
        return None  # (nearly every figure)
    unit, tail = _price_unit(satuan), _TAIL.search(text)
    if unit is None or tail is None or not text[: tail.start()].strip():
        return None
    typed = _per_units(tail[0])
    if typed is None or typed[1] != unit[1]:
        return None  # another unit, or not every one ("12,8 rb/bulan" under Rp per kapita per bulan)
    try:
        return parse(text[: tail.start()], satuan=unit[0], money=False, indikator="")
    except NumberParseError:
        return None
