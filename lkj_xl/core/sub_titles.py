"""A second title row under an input table's header: each quarter's title merged over two columns and
the pair named below it, as the PUPR and BLUD recaps print it ("Realisasi TW I" over "Keuangan (Rp)" |
"Fisik (%)") and the E.81 form of Permendagri 86/2017 ("K" | "Rp", under the quarters and the Target).

The merged title's text stands in its first column, so that column is the one read. When the label
below it names what the sheet reads (spending in Anggaran, the indicator's realisasi in Kinerja), the
row is titles, not data: it is skipped (read as data it was a galat "Kode kosong" that left Tabel 3.4's
totals unknown). When it names the other figure (physical progress read as rupiah, rupiah read as an
indicator's realisasi), the workbook is refused naming both cells: no figure is read from the wrong
column. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from itertools import takewhile

from lkj_xl.core import contract as c
from lkj_xl.core.model import Cell, Grid

FISIK, UANG = "fisik", "uang"
_WORDS = {
    FISIK: frozenset({"fisik", "k", "kinerja", "volume", "progres", "progress", "output", "keluaran", "%"}),
    UANG: frozenset({"keuangan", "rp", "anggaran", "belanja", "sp2d", "dana", "rupiah", "uang"}),
}
# Words a pair's label may also have: "Realisasi Fisik TW I", "(dalam %)".
_NEUTRAL = frozenset({"realisasi", "dalam", "tw", "triwulan", "i", "ii", "iii", "iv", "1", "2", "3", "4"})
_KNOWN = _NEUTRAL.union(*_WORDS.values())
# What a sheet's figures hold, by a column only that sheet has.
_SHEETS = {"Pagu": UANG, "Indikator": FISIK}
# The columns a pair may stand under (E.81: the Target and each quarter over "K" | "Rp").
_FIGURES = frozenset({*c.REALISASI_TW_HEADERS, "Target", "Target Perubahan", "Pagu", "Pagu Perubahan"})


def _words(value: object) -> set[str]:
    return set(re.sub(r"[^0-9a-z%]+", " ", str(value).casefold().replace("%", " % ")).split())


def _kind(value: object) -> str | None:
    """FISIK or UANG for a label naming one of the pair ("Fisik (%)", "K", "Keuangan (Rp)"), else None."""
    if type(value) is not str:
        return None
    words = _words(value)
    if not words or not words <= _KNOWN:
        return None
    kinds = [kind for kind, named in _WORDS.items() if words & named]
    return kinds[0] if len(kinds) == 1 else None


def _other(value: object) -> tuple[str, str]:
    """What a label of the pair says its column holds, in the report's words ("kinerja (K)"), and a
    title for a quarter's column of it."""
    words = _words(value)
    if words & _WORDS[UANG]:
        return "anggaran (Rp)", "Realisasi Anggaran {tw}"
    if words & {"k", "kinerja", "volume", "output", "keluaran"}:
        return "kinerja (K)", "Realisasi Kinerja {tw}"
    if words & {"fisik", "progres", "progress"}:
        return "fisik", "Realisasi Fisik {tw} (%)"
    return "persentase (fisik atau penyerapan)", "Realisasi Fisik {tw} (%)"


def _noun(header: str, reads: str) -> str:
    """What the sheet reads from ``header``'s column: "realisasi anggaran", "pagu", "target indikator"."""
    if header in c.REALISASI_TW_HEADERS:
        return "realisasi anggaran" if reads == UANG else "realisasi indikator"
    return header.casefold() if reads == UANG else f"{header.casefold()} indikator"


def _at(row: list[Cell], col: int) -> object:
    return row[col].value if col < len(row) else None


def first_filled(grid: Grid, header_row: int, cols: Mapping[str, int]) -> int:
    """The index of the first row under the header with a value in a column of the table: the titles'
    row, also below a blank row left by a paste; len(grid) when there is none."""
    return next(
        (
            r
            for r in range(header_row + 1, len(grid))
            if any(_at(grid[r], col) not in (None, "") for col in cols.values())
        ),
        len(grid),
    )


def titles_below(
    grid: Grid, sheet: str, header_row: int, cols: Mapping[str, int], column_letter: Callable[[int], str]
) -> list[str] | None:
    """None when the first row under the header (blank rows passed over: see first_filled) is no such
    title row; [] when it is one naming what the sheet reads (skip it); else the refusals, one per
    column whose label names the other figure."""
    if not (found := [s for s in _SHEETS if s in cols]) or (
        at := first_filled(grid, header_row, cols)
    ) >= len(grid):
        return None
    reads = _SHEETS[found[0]]
    top, below = grid[header_row], grid[at]
    figures = {col: h for h, col in cols.items() if h in _FIGURES}
    kinds = {col: _kind(_at(below, col)) for col in figures if _at(below, col) not in (None, "")}
    # a label under every quarter; the other columns blank or naming one of the pair ("Rp" under Pagu)
    if (
        None in kinds.values()
        or any(col not in kinds for col, h in figures.items() if h in c.REALISASI_TW_HEADERS)
        or any(_at(below, col) not in (None, "") for col in cols.values() if col not in figures)
    ):
        return None
    problems: list[str] = []
    for col, kind in kinds.items():
        if kind == reads:
            continue
        header = figures[col]
        # the pair's other column: right of it, under the same merged title (nothing above it)
        pair = next(
            (
                j
                for j in takewhile(lambda j: _at(top, j) in (None, ""), range(col + 1, len(below)))
                if _kind(_at(below, j)) == reads
            ),
            None,
        )
        letter, r, titles = column_letter(col), header_row + 1, at + 1  # (Excel rows)
        noun = _noun(header, reads)
        there, where = "", f"kolom {noun}nya"
        if pair is not None:
            there = f'; {noun}nya di kolom {column_letter(pair)} ("{_at(below, pair)}")'
            where = f"{column_letter(pair)}{r}"
        other, retitle = _other(_at(below, col))
        what = "realisasi" if header in c.REALISASI_TW_HEADERS else "target"
        example = ""
        if header in c.REALISASI_TW_HEADERS:
            example = f' (mis. "{retitle.format(tw=header.removeprefix("Realisasi "))}")'
        problems.append(
            f'Sheet "{sheet}" baris {titles}: di bawah judul "{header}" ({letter}{r}) tertulis '
            f'"{_at(below, col)}" ({letter}{titles}): kolom {letter} berisi {what} {other}, bukan {noun}, dan '
            f'tidak dibaca{there}. Tulis judul "{header}" di {where}, beri kolom {letter} judul lain'
            f"{example}, lalu hapus baris {titles}"
        )
    return problems
