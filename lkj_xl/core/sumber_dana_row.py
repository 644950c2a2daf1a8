"""A program's part by its funding source typed on a row of its own under it, as staff split a DPA's
figures ("DAU", "DAK Fisik", "PAD" in Program or in Kode, beside their share of the pagu and spending):
already in the row above's figures. Counted, a Kode "DAU" doubled the total of Tabel 3.4 as a program of
its own; left with a blank Kode, its galat left the totals unchecked; "PAD" was told a revenue row. Such
a row under one with a pagu is left out with a peringatan naming the row it is part of. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.anggaran_cells import sumber_dana
from lkj_xl.core.findings import clip
from lkj_xl.core.grids import DataRow
from lkj_xl.core.model import BudgetInput, Cell
from lkj_xl.core.rowkinds import not_a_program

# PAD is a funding source too, beside a program's pagu (alone in the sheet: a revenue row, rowkinds)
_PAD = re.compile(r"\W*(?:pad|pendapatan\s+asli\s+daerah)\b", re.IGNORECASE)

_FIGURES = ("Pagu", "Pagu Perubahan", *c.REALISASI_TW_HEADERS)


def _funding(label: str) -> bool:
    return sumber_dana(label) or bool(_PAD.match(label))


def sumber_dana_row(
    data: DataRow, kode: str, program: str, above: Sequence[BudgetInput]
) -> tuple[str, str] | None:
    """(cell, peringatan) for a funding source's row with a figure under a row with a pagu (the last of
    ``above``, the rows read so far), None for any other row. Its Kode and Program both name the source
    or are blank ("DAU" / "Dana Alokasi Umum"), so a program named so by its Kode is never left out."""
    if not (kode or program) or not all(_funding(t) for t in (kode, program) if t) or not above:
        return None
    if data.blank(_FIGURES) or not (row := above[-1]).pagu_used.filled or row.kode_galat:
        return None
    at = "Program" if program else "Kode"
    name = f'{row.kode} "{clip(row.program)}"' if row.program else row.kode
    return data.ref(at), (
        f'Baris "{clip(program or kode)}" dibaca rincian sumber dana {name} (baris {row.row}) di atasnya: '
        f"tidak dihitung, pagu dan realisasinya sudah termasuk dalam angka {row.kode} (Tabel 3.4 dihitung "
        "dari baris program); bila baris ini program tersendiri, tulis Kodenya di sini dan di sheet Kinerja"
    )


def left_out_row(
    data: DataRow, kode: str, program: str, above: Sequence[BudgetInput], text: Callable[[Cell | None], str]
) -> tuple[str, str] | None:
    """(cell, peringatan) for an Anggaran row not counted as it is no program: a funding source's row
    under one with a pagu, a total, a summary block's row or a note (rowkinds.not_a_program)."""
    return sumber_dana_row(data, kode, program, above) or not_a_program(data, kode, program, text)
