"""An Anggaran row with its Kode blank and no figure, named exactly as a Program of Kinerja is, right
above the DPA's jenis belanja lines (``5.1 BELANJA OPERASI``): staff typed the program's name over the
lines SIPD prints and left its Kode out. A reader takes it for that program's row when the program has
no other row in the sheet: it is read with the program's Kode (a peringatan at its cell), and
program_of_belanja gives it its lines' sum. Before, it was a galat left out with its lines, and Tabel
3.4's TOTAL was short by the program. Pure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.grids import DataRow
from lkj_xl.core.model import PERINGATAN, Cell, IndicatorInput
from lkj_xl.core.rowkinds import belanja_kode


def program_names(parsed: dict[str, Any]) -> dict[str, str]:
    """Kinerja's Programs by their name (casefolded) -> Kode; a name two Programs share is left out."""
    indicators: list[IndicatorInput] = parsed.get(c.SHEET_KINERJA, [])
    kodes: dict[str, set[str]] = {}
    for i in indicators:
        if i.tingkat == "Program" and i.uraian:
            kodes.setdefault(i.uraian.casefold(), set()).add(i.kode)
    return {name: next(iter(k)) for name, k in kodes.items() if len(k) == 1}


def named_program(
    program: str,
    names: dict[str, str],
    after: Sequence[DataRow],
    rows: Sequence[DataRow],
    text: Callable[[Cell | None], str],
) -> str:
    """The Kode a blank-Kode row without figures named ``program`` is read with: the Program of Kinerja
    so named when the row right below it (``after``, at most one) has a belanja Kode and no row of the
    sheet (``rows``) types that Kode; "" else."""
    kode = names.get(program.casefold(), "")
    if not kode or not after or not belanja_kode(text(after[0].get("Kode"))):
        return ""
    return "" if any(text(row.get("Kode")) == kode for row in rows) else kode


def named_note(kode: str, program: str) -> str:
    """The peringatan at the row's Kode cell."""
    return (
        f'Kode program "{program}" kosong; dibaca sebagai program {kode}, yang bernama sama di sheet Kinerja '
        f"dan tidak punya baris lain di sheet Anggaran; isi Kodenya ({kode})"
    )


def read_named(
    reader: CellReader,
    data: DataRow,
    program: str,
    names: dict[str, str],
    after: Sequence[DataRow],
    rows: Sequence[DataRow],
) -> str:
    """The Kode row ``data`` (its Kode blank, no figure) is read with (:func:`named_program`), its
    peringatan said; "" for none."""
    kode = named_program(program, names, after, rows, reader.text)
    if kode:
        reader.add(PERINGATAN, data.ref("Kode"), named_note(kode, program))
    return kode
