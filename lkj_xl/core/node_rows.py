"""A node's rows as several hands leave them: sorted by Excel (a node's second row, typed with its
Tingkat, Kode Induk and Uraian blank as the contract allows, above its first).

Pure, like :mod:`lkj_xl.core.parse`, which calls these.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from lkj_xl.core import contract as c
from lkj_xl.core.grids import DataRow
from lkj_xl.core.model import Cell


class NodeRow(Protocol):
    """What a node's later rows take from its first (an IndicatorInput, or a :class:`Typed`)."""

    row: int
    tingkat: str
    kode_induk: str
    uraian: str


@dataclass
class Typed:
    """A node's Tingkat, Kode Induk and Uraian as typed on any of its rows (each the first typed)."""

    row: int
    tingkat: str = ""
    kode_induk: str = ""
    uraian: str = ""


def typed_anywhere(rows: Sequence[DataRow], text: Callable[[Cell | None], str]) -> dict[str, Typed]:
    """Each Kode's Tingkat, Kode Induk and Uraian from whichever of its rows has them typed: after a
    Sort, the row left blank may stand above the one that names them (read as if it were below)."""
    typed: dict[str, Typed] = {}
    for data in rows:
        kode = text(data.get("Kode"))
        if not kode:
            continue
        node = typed.setdefault(kode, Typed(data.excel_row))
        tingkat = c.match_choice(text(data.get("Tingkat")), c.TINGKAT, c.TINGKAT_ALIASES)
        node.tingkat = node.tingkat or tingkat or ""
        node.kode_induk = node.kode_induk or text(data.get("Kode Induk"))
        node.uraian = node.uraian or text(data.get("Uraian"))
    # (a Kode whose Tingkat no row names is a galat at each row, as before)
    return {kode: node for kode, node in typed.items() if node.tingkat}
