"""Kinerja's optional columns told by their titles: Realisasi Tahun Lalu, Realisasi <year>, Target
Akhir Renstra, Standar Nasional, Formulasi and Sumber Data, as :mod:`lkj_xl.core.parse_analisis`
reads them, also with a footnote mark ("Standar Nasional*"). For a reader that must know whether a row
holds something there: a node's title row (:class:`lkj_xl.core.node_rows.NodeNames`) is none when it
does, since parse_analisis reads those cells on indicator rows only. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.header_marks import footnoted
from lkj_xl.core.model import Cell

# "Realisasi 2024" (normalized): an earlier year's realisasi
YEAR_HEADER = re.compile(rf"{c.REALISASI_TAHUN_PREFIX.casefold()} ?([0-9]{{4}})")
# each optional column's title as normalize_label gives it -> the column
NAMED = {c.normalize_label(h): h for h in (*c.KINERJA_OPTIONAL_NUMBERS, *c.KINERJA_OPTIONAL_TEXTS)}


def optional_columns(header: Sequence[Cell]) -> tuple[int, ...]:
    """The columns of Kinerja's header row titled as an optional column (by its name, with a footnote
    mark, or `Realisasi <year>`): each one parse_analisis reads, and a year's it refuses at its title
    (a year not before the report's, a second copy: said there)."""
    found = []
    for col, cell in enumerate(header):
        if type(cell.value) is not str:
            continue
        key = c.normalize_label(cell.value)
        if key not in NAMED and (note := footnoted(cell.value)) is not None and note[0] in NAMED:
            key = note[0]
        if key in NAMED or YEAR_HEADER.fullmatch(key):
            found.append(col)
    return tuple(found)
