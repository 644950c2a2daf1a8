"""Spending typed in a column of its own beside the contract's quarters (Anggaran).

Finance staff copy what they have at hand: a monthly realisasi recap ("Januari" ... "Juni"), the
BUD's SP2D total s.d. the quarter ("Realisasi s.d. TW II", "Total Realisasi", "SP2D"), or a copy of
"Realisasi TW II" made to type this quarter in ("Realisasi TW II2"). Those columns are no column of
the contract and are not read: with the contract's quarter left blank, the program's spending was
counted as nothing (penyerapan 0 %, efisiensi its whole capaian). Each row whose quarter stands only
there is a galat at that cell and the quarter is marked unusable, so no penyerapan or total is
computed without it. Typing the quarter in the contract's column (0 or "-" when nothing was spent)
ends it; such columns beside quarters typed stay quiet, as does a total equal to the quarters typed.

Pure: works on the grids of :mod:`lkj_xl.core.parse`, after it has parsed the input sheets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.grids import column_letter, copied_title, find_header, find_sheet
from lkj_xl.core.model import GALAT, BudgetInput, Grid, Value, WorkbookInput
from lkj_xl.core.numbers import whole_or_two

_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8,
    "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "nop": 11, "desember": 12, "des": 12,
}  # fmt: skip
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# Words of a spending column's title besides a month or a quarter.
_SPENDING = {"realisasi", "belanja", "sp2d", "keuangan", "anggaran", "bulan", "rp", "real"}
_TOTAL = {"total", "jumlah", "kumulatif", "komulatif", "s", "d", "sd", "sampai", "dengan"}
# A title with any of these words is no spending in rupiah: a percentage, a plan, last year's, a rest.
_NOT_SPENDING = re.compile(
    r"\b(?:persen|persentase|prosentase|presentase|penyerapan|serapan|capaian|sisa|fisik|kinerja|"
    r"target|rencana|kas|pagu|lalu|selisih|deviasi|keterangan|catatan|no|nomor|kode)\b"
)
_QUARTER = -1  # the column's kind: one quarter's spending (a month of it, a copy of its column)
_TOTAL_SD = -2  # spending s.d. a quarter (a total)


def _words(label: str) -> list[str]:
    return re.sub(r"[^0-9a-z]+", " ", c.normalize_label(label)).split()


def spending_column(label: object, tahun: int | None) -> tuple[int, int | None] | None:
    """(kind, quarter) of a header that is no contract column but holds spending: (_QUARTER, q) for a
    month of quarter q or a copy of "Realisasi TW q"; (_TOTAL_SD, q) for a total s.d. quarter q
    (None: s.d. the reported quarter); None for any other title."""
    if not isinstance(label, str) or "%" in label:
        return None
    copied = copied_title(label)
    for q, header in enumerate(c.REALISASI_TW_HEADERS, start=1):
        if copied == c.normalize_label(header):
            return _QUARTER, q
    words = [w for w in _words(label) if not (len(w) == 4 and w.isdigit() and int(w) == tahun)]
    if not words or _NOT_SPENDING.search(" ".join(words)):
        return None
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    quarter = [_QUARTERS[words[i + 1]] for i, w in enumerate(words[:-1]) if w in ("tw", "triwulan")]
    rest = set(words) - _SPENDING - _TOTAL - set(_MONTHS) - {"tw", "triwulan"} - set(_QUARTERS)
    if rest or len(quarter) > 1 or (months and quarter):
        return None
    total = bool(set(words) & _TOTAL)
    if len(months) == 1 and not total:
        return _QUARTER, (months[0] - 1) // 3 + 1
    if months:  # "Januari s.d. Juni": s.d. the quarter its last month ends
        return (_TOTAL_SD, months[-1] // 3) if total and months[-1] % 3 == 0 else None
    if quarter:
        return (_TOTAL_SD if total else _QUARTER), quarter[0]
    if not set(words) & {"realisasi", "sp2d"}:
        return None
    return _TOTAL_SD, None


def check_spending_columns(data: WorkbookInput, grids: Mapping[str, Grid]) -> None:
    """Galat at a budget row's spending typed in a column the contract does not read while its quarter
    is blank (see the module docstring); that quarter is marked unusable."""
    settings = data.settings
    name = find_sheet(grids, c.SHEET_ANGGARAN)
    if name is None or not data.budgets or settings.triwulan_galat:
        return
    grid = grids[name]
    header_row, cols = find_header(grid, c.SHEET_ANGGARAN, c.ANGGARAN_HEADERS)
    contract = set(cols.values())
    columns = [
        (col, str(cell.value).strip(), found)
        for col, cell in enumerate(grid[header_row])
        if col not in contract and (found := spending_column(cell.value, settings.tahun)) is not None
    ]
    if not columns:
        return
    reader = CellReader(c.SHEET_ANGGARAN, data.findings)
    quarters = [column_letter(cols[h]) for h in c.REALISASI_TW_HEADERS]
    for item in data.budgets:
        for col, label, (kind, quarter) in columns:
            q = quarter or settings.triwulan
            if q <= settings.triwulan and _blank(item.realisasi_tw[q - 1]):  # else the contract's is read
                _row(reader, grid, item, (col, label, quarters[q - 1]), kind, q)


def _blank(value: Value) -> bool:
    return not value.text and value.exact is None and not value.galat


def _row(
    reader: CellReader, grid: Grid, item: BudgetInput, column: tuple[int, str, str], kind: int, q: int
) -> None:
    """The galat of one row's spending in the staff's column ``column`` (its index, title, and the
    letter of the contract's quarter ``q``, blank), when it holds a figure that is lost."""
    col, label, letter = column
    cells = grid[item.row - 1] if item.row - 1 < len(grid) else []
    cell = cells[col] if col < len(cells) else None
    ref = f"{column_letter(col)}{item.row}"
    value = CellReader(reader.sheet, []).value(cell, ref, label, money=True)  # its own words: unread
    if value.exact is None or value.galat or not value.exact:
        return
    tw = c.TW_LABELS[q - 1]
    subject = f'program "{item.program or item.kode}"'
    header = f"Realisasi {tw}"
    where = f"{letter}{item.row}"
    said = f'ditulis di kolom "{label}" (Rp {whole_or_two(value.exact)}), yang tidak dibaca'
    if kind == _TOTAL_SD:
        typed = [v.exact for v in item.realisasi_tw[:q]]
        if any(v.galat or (v.exact is None and v.filled) for v in item.realisasi_tw[:q]):
            return  # a quarter unreadable or a status: said at its cell already
        counted = sum((x for x in typed if x is not None), Fraction(0))
        if counted == value.exact:
            return  # the total of the quarters typed: nothing is lost
        what = f'Realisasi anggaran s.d. {tw} {subject} {said}, sedangkan kolom "{header}" ({where}) '
        what += "kosong" + (
            f" (realisasi s.d. {tw} dari kolom triwulan: Rp {whole_or_two(counted)})" if counted else ""
        )
        fill = f'tulis belanja tiap triwulan di kolom "Realisasi TW I" s.d. "{header}"'
    else:
        what = f'Realisasi anggaran {tw} {subject} {said}, sedangkan kolom "{header}" ({where}) kosong'
        fill = f'tulis belanja {tw} (jumlah bulan-bulannya bila ditulis per bulan) di kolom "{header}"'
    reader.add(
        GALAT,
        ref,
        f'{what}: {fill} (0 atau "-" bila memang tidak ada belanja); penyerapan tidak dihitung sampai '
        "angkanya dipindahkan",
    )
    item.realisasi_tw[q - 1] = Value(text=reader.text(cell), galat=f"{reader.sheet}!{ref}")
