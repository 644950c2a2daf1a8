"""A node's rows as several hands leave them: sorted by Excel (a node's second row, typed with its
Tingkat, Kode Induk and Uraian blank as the contract allows, above its first), and an indicator typed
twice by two bidang (the same Kode and Indikator) with other figures.

Pure, like :mod:`lkj_xl.core.parse`, which calls these.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from lkj_xl.core import contract as c
from lkj_xl.core.findings import clip, words_shown
from lkj_xl.core.grids import DataRow, find_header
from lkj_xl.core.model import Cell, Grid, IndicatorInput
from lkj_xl.core.optional_columns import optional_columns
from lkj_xl.core.tanpa_data import no_data_text


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
        node = typed.get(kode)
        if node is None:
            node = typed[kode] = Typed(data.excel_row)
        elif node.tingkat and node.kode_induk and node.uraian:  # named already (most later rows)
            continue
        tingkat = c.match_choice(text(data.get("Tingkat")), c.TINGKAT, c.TINGKAT_ALIASES)
        node.tingkat = node.tingkat or tingkat or ""
        node.kode_induk = node.kode_induk or text(data.get("Kode Induk"))
        node.uraian = node.uraian or text(data.get("Uraian"))
    # (a Kode whose Tingkat no row names is a galat at each row, as before)
    return {kode: node for kode, node in typed.items() if node.tingkat}


def _blank(cell: Cell | None) -> bool:
    value = None if cell is None else cell.value
    return value is None or (type(value) is str and not value.strip())


def unnamed(data: DataRow, text: Callable[[Cell | None], str]) -> bool:
    """Whether a node's first row met leaves its Tingkat, Uraian or (below a Tujuan) Kode Induk blank,
    so that another of its rows must name them (:func:`typed_anywhere`, read only then: a workbook
    whose nodes are named on their first rows pays nothing for it)."""
    if _blank(data.get("Tingkat")) or _blank(data.get("Uraian")):
        return True
    if not _blank(data.get("Kode Induk")):
        return False
    return c.match_choice(text(data.get("Tingkat")), c.TINGKAT, c.TINGKAT_ALIASES) != c.TINGKAT[0]


# what an indicator's row holds besides its Indikator: a heading row (NodeNames.heading) holds none
_INDICATOR_CELLS = (
    "Satuan",
    "Polaritas",
    "Jenis Realisasi",
    "Target",
    "Target Perubahan",
    *c.REALISASI_TW_HEADERS,
)
_INDICATOR_CELLS += ("Keterangan",)


class NodeNames:
    """Each Kode's Tingkat, Kode Induk and Uraian for a node's first row met that leaves them blank
    (:func:`unnamed`): from whichever of its rows names them, all rows read once, on the first need."""

    def __init__(self, rows: Sequence[DataRow], text: Callable[[Cell | None], str], table: tuple[Grid, str]):
        self._rows, self._text, self._table = rows, text, table  # table: Kinerja's grid and sheet
        self._typed: dict[str, Typed] | None = None
        self._indicated: set[str] | None = None  # the Kodes with a row naming an indicator
        self._optional: tuple[int, ...] | None = None  # the optional columns (found on the first need)

    def of(self, data: DataRow, kode: str, first: NodeRow | None) -> NodeRow | None:
        """What names ``data``'s node: ``first``, the node's first row read, when there is one."""
        if first is not None or not unnamed(data, self._text):
            return first
        if self._typed is None:
            self._typed = typed_anywhere(self._rows, self._text)
        return self._typed.get(kode)

    def heading(self, data: DataRow, kode: str) -> bool:
        """Whether ``data``, a row of ``kode`` without Indikator, is its node's heading: the PK's title
        row (Kode, Tingkat, Kode Induk, Uraian) over the node's own indicator rows, nothing of an
        indicator typed on it (no Satuan, choice, figure or Keterangan; a `-` is none), and another row of ``kode``
        naming an indicator. Not an indicator without a name, so no galat; the other rows read its names
        (:meth:`of`). Nor is a row holding something in an optional column (a Target Akhir Renstra,
        a Sumber Data): read on indicator rows only, it would be lost without a word. All rows read
        once, on the first row without Indikator."""
        for h in _INDICATOR_CELLS:  # a dash typed across the title row (`-`: no data) is none either
            if h in data.cols and not data.blank([h]) and not no_data_text(self._text(data.get(h))):
                return False
        if any(self._holds(data.cells[col]) for col in self._optional_columns() if col < len(data.cells)):
            return False
        if self._indicated is None:
            text = self._text
            self._indicated = {text(row.get("Kode")) for row in self._rows if text(row.get("Indikator"))}
        return kode in self._indicated

    def _optional_columns(self) -> tuple[int, ...]:
        if self._optional is None:  # (found once, on the first row without Indikator: most sheets none)
            grid, sheet = self._table
            self._optional = optional_columns(grid[find_header(grid, sheet, c.KINERJA_HEADERS)[0]])
        return self._optional

    def _holds(self, cell: Cell) -> bool:
        """Whether a cell holds something of its row's own (not hidden under a merge; a `-` is none)."""
        if cell.merged or cell.across:
            return False
        if _blank(cell):  # (a formula or an Excel error saved without a value still holds something)
            return bool(cell.formula or cell.error)
        return not no_data_text(self._text(cell))


def indicator_key(indikator: str) -> str:
    """An indicator's name as two bidang typing it are one: case, spaces and punctuation ignored
    ("perundang - undangan" and "perundang-undangan.")."""
    folded = indikator.casefold()
    # Words of letters and digits only (nearly every name): what the substitution below would keep.
    # (Whitespace is no letter; str.isalnum is what the pattern's \w is, less the "_" it drops too.)
    if (joined := "".join(folded.split())).isalnum():
        return joined
    return _NOT_A_LETTER.sub("", folded) or c.normalize_label(indikator)


_NOT_A_LETTER = re.compile(r"[\W_]+")  # compiled once: called for every indicator of every workbook


# The figures of an indicator's row: two rows of one indicator that differ here cannot both be meant.
_FIGURES = ("Target", "Target Perubahan", *c.REALISASI_TW_HEADERS)


def _figure(cell: Cell | None, text: Callable[[Cell | None], str]) -> str:
    """A figure as the cell shows it: 0,25 in a cell formatted % is "25%", as "25%" typed is."""
    shown = None if cell is None or type(cell.value) is str else words_shown(cell)
    return (text(cell) if shown is None else shown).replace(" ", "")


def _same(a: str, b: str) -> bool:
    """Two figures of a Satuan % that are one number: "25%" and 25, "4,00%" and 4."""
    if a == b:
        return True
    a, b = (re.sub(r",0+$", "", x.removesuffix("%")) for x in (a, b))
    return a == b


def typed_twice(
    first: DataRow, item: IndicatorInput, again: DataRow, sheet: str, text: Callable[[Cell | None], str]
) -> tuple[str, str]:
    """The galat (cell, message) of an indicator typed again on ``again``: at its first figure that
    differs from ``first``'s, which then gives ``item`` (the first row's indicator) no capaian, since
    which row is meant is unknown; else at its Indikator, the row not counted."""
    who = f'Indikator "{clip(item.indikator)}" untuk Kode "{item.kode}"'
    for header in _FIGURES:
        if header not in first.cols:
            continue
        was, now = _figure(first.get(header), text), _figure(again.get(header), text)
        if not _same(was, now):
            item.galat.append(f"{sheet}!{again.ref(header)}")
            return again.ref(header), (
                f"{who} ditulis dua kali (baris {first.excel_row} dan {again.excel_row}) dengan angka "
                f"berbeda: {header} {was or 'kosong'} ({first.ref(header)}) dan {now or 'kosong'} "
                f"({again.ref(header)}); mana yang benar tidak diketahui, capaian indikator ini tidak "
                "dihitung: hapus baris yang salah"
            )
    return again.ref("Indikator"), (
        f"{who} ganda (sudah ada di baris {first.excel_row}); baris ini tidak dihitung"
    )
