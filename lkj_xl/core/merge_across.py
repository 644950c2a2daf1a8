"""A cell merged across columns of an input table's data row (a program's spending typed once over
Realisasi TW II and TW III): Excel shows its value over every column of it, the readers read it in
the first column only and the others blank. Said once per merge, naming the columns. Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping
from operator import attrgetter

from lkj_xl.core.contract import REALISASI_TW_HEADERS
from lkj_xl.core.model import PERINGATAN, Cell, Finding

_FIRST = re.compile(r"([A-Z]+)(\d+):")
# A merge starting in a row's naming columns is a total ("JUMLAH" over Kode..Kode Sasaran), a heading or
# a note over the row, no figure typed over two columns: quiet (those rows have findings of their own).
_LABELS = frozenset({"Kode", "Tingkat", "Kode Induk", "Uraian", "Indikator", "Program", "Kode Sasaran"})
_ACROSS = attrgetter("across")
# dropdown columns: hidden under a merge from a text, their galat is hidden_choice's (never read blank)
_CHOICES = frozenset({"Polaritas", "Jenis Realisasi"})
# An Indikator merged across its Satuan (the PK's layout, the name over two columns) on a row holding a
# figure: the indicator is read without its unit, every table prints its figures bare: said, although
# the merge starts in a naming column (a figure on the row: no total, heading or note over it).
_FIGURES = frozenset({"Target", "Target Perubahan", *REALISASI_TW_HEADERS})


def _first_column(ref: str) -> int:
    """0-based column of a merge's first cell ("G5:H5" -> 6); -1 when the ref is none."""
    found = _FIRST.match(ref)
    if found is None:
        return -1
    index = 0
    for letter in found[1]:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def report_across(
    grid: list[list[Cell]], sheet: str, first_data: int, cols: Mapping[str, int], findings: list[Finding]
) -> None:
    """A peringatan at each merge within a data row (rows from ``first_data``) that hides a column of
    the contract (``cols``: header -> index): its first column is read, the hidden ones are blank. None for
    a merge from a naming column (a "JUMLAH" row, a heading or a note over the row) or in a row with
    nothing in them (a signature block below the table)."""
    headers = {at: header for header, at in cols.items()}
    names = [at for header, at in cols.items() if header in _LABELS]
    hidden: dict[str, list[str]] = {}  # merge -> the contract's columns it hides, in order
    choices: set[str] = set()  # merges from a text over a dropdown column: its galat is hidden_choice's
    figures = [at for header, at in cols.items() if header in _FIGURES]
    unit_lost: set[str] = set()  # merges from the Indikator over the Satuan of a row with a figure
    for row in grid[first_data:]:
        # (a look in C at the whole row first: nearly no row holds a merge across its columns, and a
        # row without one adds nothing whatever its naming columns hold)
        if not any(map(_ACROSS, row)):
            continue
        if not any(at < len(row) and row[at].value not in (None, "") for at in names):
            continue  # no row of the table: a signature block ("Kepala Dinas") or a note below it
        for i, cell in enumerate(row):
            if cell.across and i in headers:
                hidden.setdefault(cell.across, []).append(headers[i])
                if headers[i] in _CHOICES and _shown(row, cell.across):
                    choices.add(cell.across)
                if headers[i] == "Satuan" and _holds_figure(row, figures):
                    unit_lost.add(cell.across)
    for ref, under in hidden.items():
        where, shown = ref.split(":", 1)[0], headers.get(_first_column(ref), "")
        blank = [h for h in under if h not in _CHOICES] if ref in choices else under
        if shown in _LABELS and not (shown == "Indikator" and ref in unit_lost) or not blank:
            continue  # (Polaritas under "pengaduan": not read blank, a galat at the cell)
        read = (
            f"isinya dibaca di kolom {shown} saja ({where})"
            if shown
            else f"isinya dibaca di sel {where} saja"
        )
        findings.append(
            Finding(
                PERINGATAN,
                sheet,
                ref,
                f"Sel {ref} digabung (merge) melintasi kolom {_joined([shown, *under] if shown else under)}: "
                f"{read}, kolom {_joined(blank)} dibaca kosong. "
                + (
                    "Pisahkan gabungan sel dan tulis Satuan indikator ini di kolom Satuan (tanpa itu tabel "
                    "mencetak angkanya tanpa satuan)"
                    if ref in unit_lost and shown == "Indikator"
                    else 'Pisahkan gabungan sel dan isi setiap kolom sendiri-sendiri (0 atau "-" bila tidak ada)'
                ),
            )
        )


def _holds_figure(row: list[Cell], figures: list[int]) -> bool:
    """Whether a row holds anything in a Target or quarter column (an indicator's row, no heading)."""
    return any(at < len(row) and row[at].value not in (None, "") for at in figures)


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " dan " + names[-1]


def _shown(cells: list[Cell], across: str) -> str:
    """The text Excel shows over a merge across ``cells`` of one row: its first cell's ("" when blank)."""
    first = _first_column(across)
    shown = cells[first].value if 0 <= first < len(cells) else None
    return "" if shown is None else " ".join(str(shown).split())


def hidden_choice(cells: list[Cell], cols: Mapping[str, int], header: str, choices: str) -> str:
    """The galat of a dropdown cell (Polaritas, Jenis Realisasi) of a row hidden under a merge across
    columns from a cell holding text (`pengaduan` of Satuan merged over Polaritas): Excel shows that
    text there, no choice, so the choice is unknown (read blank it was Positif: a Negatif indicator's
    `nihil` of 10 scored 0 % for 200 %). "" for any other cell (a merge from a blank cell shows blank)."""
    at = cols.get(header, len(cells))
    cell = cells[at] if at < len(cells) else None
    if cell is None or not cell.across:
        return ""
    text, first = _shown(cells, cell.across), _first_column(cell.across)
    if not text:
        return ""
    column = next((h for h, i in cols.items() if i == first), "")
    text = text if len(text) <= 40 else text[:39] + "…"
    return (
        f'{header} tertutup gabungan sel {cell.across} (merge): yang tampak di sini "{text}"'
        f"{f' dari kolom {column}' if column else ''}, bukan pilihan {header}; pisahkan gabungan sel dan "
        f"pilih {header} ({choices}); capaian indikator ini tidak dihitung"
    )
