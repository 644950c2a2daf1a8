"""The cell references the lkj-xl task pane sends beside the book JSON (which carries values only),
read into 0-based rows and columns per sheet label for :func:`lkj_xl.xl.inputs.read_inputs`: percent
and month cells, struck cells ("I7", "K7:K20"), hidden rows and columns ("7:8", "J:J"), formulas
("L13": "=K13+4") and merged ranges ("G6:G7"). A reference that is not one, or more than the input
limits allow, is a :class:`~lkj_xl.xl.book.BookError` in Bahasa Indonesia. :func:`parse_ref` also reads
the addresses desktop Excel gives through COM."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from xlsxwriter.utility import xl_cell_to_rowcol, xl_rowcol_to_cell

from lkj_xl.core import contract as c
from lkj_xl.core.grids import column_index
from lkj_xl.xl.book import BookError
from lkj_xl.xlsx.read import MAX_COLS, MAX_MERGES, MAX_ROWS


def hidden_refs(hidden: Mapping[str, Iterable[str]]) -> dict[str, tuple[set[int], set[int]]]:
    """Sheet label -> (rows, columns), 0-based, of the references the task pane sends: rows ("7:8",
    "12") and columns ("J:J", "M:N"), with or without $; rows and columns past the input limits
    hold nothing read."""
    out: dict[str, tuple[set[int], set[int]]] = {}
    for sheet, refs in hidden.items():
        rows, columns = out.setdefault(c.normalize_label(sheet), (set(), set()))
        refs = [refs] if isinstance(refs, str) else list(refs)
        if len(refs) > MAX_ROWS:
            raise BookError(f'Terlalu banyak baris atau kolom tersembunyi untuk sheet "{sheet}"')
        for ref in refs:
            text = ref.strip().upper() if isinstance(ref, str) else ""
            if match := _ROWS.fullmatch(text):
                first, last = sorted((int(match.group(1)), int(match.group(2) or match.group(1))))
                if first >= 1:
                    rows.update(range(first - 1, min(last, MAX_ROWS)))
                    continue
            elif match := _COLUMNS.fullmatch(text):
                first, last = sorted(column_index(match.group(i)) for i in (1, 2))
                if last < _EXCEL_COLUMNS:
                    columns.update(range(first, min(last + 1, MAX_COLS)))
                    continue
            raise BookError(f"Alamat baris atau kolom tidak dikenal: {ref!r}")
    return out


_ROWS = re.compile(r"\$?([0-9]{1,7})(?::\$?([0-9]{1,7}))?")
_COLUMNS = re.compile(r"\$?([A-Z]{1,3}):\$?([A-Z]{1,3})")
_EXCEL_COLUMNS = 16384  # A to XFD


def cell_refs(cells_by_sheet: Mapping[str, Iterable[str]], what: str) -> dict[str, set[tuple[int, int]]]:
    """Sheet label -> 0-based (row, column) of the A1 references sent ("I7", "K7:K20")."""
    out: dict[str, set[tuple[int, int]]] = {}
    for sheet, refs in cells_by_sheet.items():
        cells = out.setdefault(c.normalize_label(sheet), set())
        if isinstance(refs, str):
            refs = [refs]
        for ref in refs:
            r1, c1, r2, c2 = parse_ref(str(ref))
            if (r2 - r1 + 1) * (c2 - c1 + 1) > MAX_ROWS:
                raise BookError(f"Rentang sel {what} terlalu besar: {ref}")
            cells.update((r, col) for r in range(r1, r2 + 1) for col in range(c1, c2 + 1))
    return out


# Excel's longest formula (8,192 characters, "=" included).
MAX_FORMULA = 8192


def formula_refs(formulas: Mapping[str, Mapping[str, str]]) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet label -> 0-based (row, column) -> formula of the cells the task pane sends ("L13":
    "=K13+4"); a reference past the input limits holds nothing read."""
    out: dict[str, dict[tuple[int, int], str]] = {}
    for sheet, cells in formulas.items():
        found = out.setdefault(c.normalize_label(sheet), {})
        for ref, formula in cells.items():
            text = str(ref).replace("$", "").strip().upper()
            if not _CELL.fullmatch(text) or not isinstance(formula, str):
                raise BookError(f"Alamat sel rumus tidak dikenal: {ref!r}")
            if not formula.startswith("=") or len(formula) > MAX_FORMULA:
                raise BookError(f"Rumus sel {sheet}!{text} tidak sah: {formula[:40]!r}")
            r, col = xl_cell_to_rowcol(text)
            if r < MAX_ROWS and col < MAX_COLS:
                found[(r, col)] = formula
    return out


def merge_refs(merged_areas: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """Sheet label -> its merged ranges as ``read.mark_merges`` takes them ("G6:G7", no $)."""
    out: dict[str, list[str]] = {}
    for sheet, refs in merged_areas.items():
        ranges = out.setdefault(c.normalize_label(sheet), [])
        for ref in [refs] if isinstance(refs, str) else refs:
            if len(ranges) >= MAX_MERGES:
                limit = f"{MAX_MERGES:,}".replace(",", ".")
                raise BookError(f'Sheet "{sheet}" memiliki lebih dari {limit} gabungan sel (merge)')
            r1, c1, r2, c2 = parse_ref(str(ref))
            ranges.append(f"{xl_rowcol_to_cell(r1, c1)}:{xl_rowcol_to_cell(r2, c2)}")
    return out


def parse_ref(ref: str) -> tuple[int, int, int, int]:
    """'B3' or 'B3:C9' (with or without $) to 0-based (first_row, first_col, last_row, last_col)."""
    parts = ref.replace("$", "").strip().upper().split(":")
    if len(parts) not in (1, 2):
        raise BookError(f"Alamat sel tidak dikenal: {ref!r}")
    cells = [_parse_cell(p, ref) for p in parts]
    (r1, c1), (r2, c2) = cells[0], cells[-1]
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


_CELL = re.compile(r"[A-Z]{1,3}[0-9]+")


def _parse_cell(text: str, ref: str) -> tuple[int, int]:
    if not _CELL.fullmatch(text):
        raise BookError(f"Alamat sel tidak dikenal: {ref!r}")
    return xl_cell_to_rowcol(text)
