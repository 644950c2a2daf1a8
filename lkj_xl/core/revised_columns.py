"""A revised target or pagu typed in a column of its own (the APBD-P, Perubahan Anggaran).

After the mid-year budget revision staff often add a column beside Target or Pagu for the new figure,
titled as their documents title it ("Pagu APBD-P", "Pagu Setelah Perubahan", "Target P-APBD",
"Anggaran PAK"), and leave the contract's own "Target Perubahan" / "Pagu Perubahan" empty. That column
is no column of the contract: its figures were ignored without a word, and the capaian or penyerapan
computed against the old target or pagu. Each row whose revision stands only there is a galat at that
cell, and its Target / Pagu Perubahan is marked unusable, so no capaian, penyerapan or total is
computed from the superseded figure. A column of the old figure ("Pagu Murni", "Pagu Sebelum
Perubahan") beside a Pagu that holds the new one is fine, and quiet.

Pure: works on the grids of :mod:`lkj_xl.core.parse`, after it has parsed the input sheets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.grids import column_letter, find_header, find_sheet, revised_label
from lkj_xl.core.model import GALAT, BudgetInput, Grid, IndicatorInput, Value, WorkbookInput
from lkj_xl.core.number_format import whole_or_two


def check_revised_columns(data: WorkbookInput, grids: Mapping[str, Grid]) -> None:
    """Galat at each row's revised target or pagu typed in a column the contract does not read (see
    the module docstring); that row's Target / Pagu Perubahan is marked unusable."""
    sheets: tuple[tuple[str, Sequence[str], str, Sequence[IndicatorInput] | Sequence[BudgetInput]], ...] = (
        (c.SHEET_KINERJA, c.KINERJA_HEADERS, "target", data.indicators),
        (c.SHEET_ANGGARAN, c.ANGGARAN_HEADERS, "pagu", data.budgets),
    )
    for wanted, headers, what, items in sheets:
        name = find_sheet(grids, wanted)
        if name is None or not items:
            continue
        grid = grids[name]
        header_row, _ = find_header(grid, wanted, headers)
        columns = [
            (col, str(cell.value).strip())
            for col, cell in enumerate(grid[header_row])
            if revised_label(cell.value, what)
        ]
        reader = CellReader(wanted, data.findings)
        for col, label in columns:
            for item in items:
                _row(reader, grid, item, col, label, what)


def _row(
    reader: CellReader, grid: Grid, item: IndicatorInput | BudgetInput, col: int, label: str, what: str
) -> None:
    own = item.target_perubahan if isinstance(item, IndicatorInput) else item.pagu_perubahan
    if own.filled or own.galat:  # the revision is in the contract's column: that one is read
        return
    cells = grid[item.row - 1] if item.row - 1 < len(grid) else []
    cell = cells[col] if col < len(cells) else None
    if cell is None or (cell.value is None and not cell.formula and not cell.error):
        return
    ref = f"{column_letter(col)}{item.row}"
    shown = reader.text(cell)
    if isinstance(item, IndicatorInput):
        subject = f'indikator "{item.indikator}" ({item.kode})'
        value = reader.value(cell, ref, label, satuan=item.satuan)
    else:
        subject = f'program "{item.program or item.kode}"'
        value = reader.value(cell, ref, label, money=True)
    if not value.filled or value.galat:  # "-", or unreadable (a galat said at the cell already)
        if value.galat:
            _unusable(item, Value(text=shown, galat=value.galat))
        return
    if value.exact is not None and not value.text:  # a number cell: as Indonesian staff read it
        shown = whole_or_two(value.exact)
    header = "Target Perubahan" if what == "target" else "Pagu Perubahan"
    figure = "capaian" if what == "target" else "penyerapan"
    reader.add(
        GALAT,
        ref,
        f'{header} {subject} ditulis di kolom "{label}" ({shown}), yang tidak dibaca: tulis angka '
        f'perubahan di kolom "{header}" (kolom "{label}" boleh tetap ada); {figure} tidak dihitung '
        "sampai angkanya dipindahkan",
    )
    _unusable(item, Value(text=shown, galat=f"{reader.sheet}!{ref}"))


def _unusable(item: IndicatorInput | BudgetInput, value: Value) -> None:
    if isinstance(item, IndicatorInput):
        item.target_perubahan = value
    else:
        item.pagu_perubahan = value
