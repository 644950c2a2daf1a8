"""A ratio "1:X" typed under a percentage Satuan, told by its row's own figures. A share's ratio (Rasio
PAD terhadap Pendapatan Daerah, Rasio belanja pegawai) typed "1:4" is 25 %; a Rasio guru-murid whose
Satuan was set to % by mistake typed "1:4" is 4 murid per guru. The Indikator names "Rasio" in both, so
only the figures beside it tell them apart: the target or a quarter typed whole near 100 / X says the
share, near X the count ratio. The cell's galat (rasio_ketik.ratio_hint) names both readings until this
says which. "1/4" of a row naming a ratio reads alike; "4:1" is told only as a count ratio (its share,
25 % or 400 %, is not known). Pure Python."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction

from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.model import Value
from lkj_xl.core.numbers import is_percent_unit
from lkj_xl.core.rasio_ketik import (
    RATIO_COUNT,
    RATIO_SHARE,
    names_ratio,
    ratio_hint,
    ratio_one_to,
    share_hint,
)
from lkj_xl.core.rasio_teks import count_ratio_hint, percent_ratio_hint
from lkj_xl.core.share_fraction import moves_little

_UNPADDED = re.compile(r":0([0-9])$")  # "1:04" as a time shows "1:4"
_X_TO_ONE = re.compile(r"([0-9]+(?:,[0-9]+)?)\s*:\s*0?1")  # "20:1", "20:01" (a time Excel kept)


def ratio_reading(x: Fraction, figures: Iterable[Fraction]) -> str:
    """Which "1:X" (``x``) the row's ``figures`` say: :data:`RATIO_SHARE` when one lies within one and
    a half times 100 / X (25 beside 1:4), :data:`RATIO_COUNT` when one lies so near X, "" when neither
    or both do (1:10 of a target 10), which picks none. The one and a half times is the quarters' rule
    (:func:`moves_little`): a share moves little from its target and from quarter to quarter, and
    farther than that the row says nothing either way."""
    figures = list(figures)
    share = any(moves_little(1 / x, f) for f in figures)  # (moves_little weighs its first x 100)
    count = any(moves_little(x / 100, f) for f in figures)
    if share == count:
        return ""
    return RATIO_SHARE if share else RATIO_COUNT


def _reading_of(text: str, known: list[Fraction]) -> str:
    """How ``text`` reads by the row's ``known`` figures: "1:X" as :func:`ratio_reading` says; "X:1"
    only as a count ratio, where they say so (its share, 100 / X or X x 100, is no one figure)."""
    if (x := ratio_one_to(text)) is not None:
        return ratio_reading(x, known)
    if (pupils := _X_TO_ONE.fullmatch(text.strip())) and (x := Fraction(pupils[1].replace(",", "."))):
        return RATIO_COUNT if ratio_reading(x, known) == RATIO_COUNT else ""
    return ""


def read_by_row(
    reader: CellReader, since: int, row: tuple[str, str], typed: Sequence[Value], figures: Sequence[Value]
) -> None:
    """The galat of each of ``typed`` written "1:X" (or "1/X", "X:1") under a percentage Satuan (``row``:
    the Satuan and Indikator), said from ``since`` on in ``reader``'s findings, told by ``figures`` (the
    row's target and quarters: :func:`ratio_reading`); the galat naming both readings (or none) is left
    where they say none. Its text is swapped whole: one not found is left as said, never half told."""
    satuan, indikator = row
    if len(reader.findings) == since or not is_percent_unit(satuan):
        return
    known = [v.exact for v in figures if v.exact is not None and v.exact > 0 and not v.galat]
    for value in typed:
        if not value.galat:
            continue
        if "/" in value.text and names_ratio(indikator):
            _slash_by_row(reader, since, row, value.text, known)
            continue
        if not (reading := _reading_of(value.text, known)):
            continue
        # (a "1:4" Excel kept as the time 01.04 shows "1:04"; its galat was said of "1:4")
        for text in dict.fromkeys((value.text.strip(), _UNPADDED.sub(r":\1", value.text.strip()))):
            both, told = ratio_hint(text, satuan, indikator), ratio_hint(text, satuan, indikator, reading)
            if both:
                reader.reword(since, _swap(both, told))


def _slash_by_row(
    reader: CellReader, since: int, row: tuple[str, str], text: str, known: list[Fraction]
) -> None:
    """A "1/X" of a row naming a ratio under % ("Rasio guru terhadap murid" in % by mistake) reads as
    "1:X" does: its galat (rasio_ketik.share_hint: 1/4 is 25 %) stands where the row's figures say the
    share, takes the count ratio's advice where they say that (a target of 4 murid per guru: 25 would
    be a wrong figure) and names both readings where they say neither or both."""
    satuan = row[0]
    x = ratio_one_to(text.replace("/", ":"))
    if x is None or (reading := ratio_reading(x, known)) == RATIO_SHARE:
        return
    if not (share := share_hint(text, satuan)):
        return
    pupils = text.split("/", 1)[1].strip()
    shown = f"1/{pupils}"
    if reading == RATIO_COUNT:
        told = count_ratio_hint(shown, pupils, named=False, one_to=x)  # (a Satuan "%" names no comparison)
    else:
        told = percent_ratio_hint((shown, pupils, x), satuan, share=False)
    reader.reword(since, _swap(share, f"tidak valid: {told}"))


def _swap(old: str, new: str) -> Callable[[str], str]:
    """A finding's ``pesan`` with the galat's text ``old`` swapped whole for ``new``."""
    return lambda pesan: pesan.replace(old, new)
