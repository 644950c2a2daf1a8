"""A node's indicators numbered under its title row as the PK numbers them: the Sasaran `S1` (or `1`)
on a title row of its own (its Kode, Tingkat, Kode Induk and Uraian, nothing of an indicator), its
indicators on the rows below numbered `S1.1`, `S1.2` (`1.1`, `1.2`), their Tingkat blank or the
title's, their Kode Induk blank or the title's Kode, their Uraian blank or the title's. Such rows are
the title's node's indicators, not nodes of their own: read under the title's Kode (their Kode Induk
`S1` read blank), so the Sasaran has its capaian and what hangs under `S1` (a Program, an Anggaran
row) is counted there. Read so: each such row an indicator's (its Indikator typed), each number
typed once in the sheet, and none of them another row's Kode Induk (a node something hangs under is
a node). Any other row keeps its Kode: `1.1` of Tingkat Sasaran under a Tujuan `1` is a Sasaran.

A run whose rows leave their Tingkat blank may as well be nodes of their own one level down (the PK's
Tujuan `1` over its Sasaran `1.1`, `1.2`, their Tingkat not typed): read so, but said (a peringatan
naming the Kodes, :func:`said`), so the title's capaian is not taken from them without a word. A run
whose Tingkat is typed as the title's is the title's indicators without doubt: quiet.

Called by pk_merge before the nodes' names are read; rows are replaced, never a shared Cell
changed. Pure."""

from __future__ import annotations

import dataclasses
import re

from lkj_xl.core import contract as c
from lkj_xl.core.model import PERINGATAN, Cell, Finding, Grid
from lkj_xl.core.tanpa_data import no_data_text

_NAMES = ("Kode", "Tingkat", "Kode Induk", "Uraian", "Indikator")
# what an indicator's row holds besides its Indikator: a title row holds none of it
_INDICATOR = ("Satuan", "Polaritas", "Jenis Realisasi", "Target", "Target Perubahan", *c.REALISASI_TW_HEADERS)
_NUMBER = re.compile(r"\.[0-9]{1,3}")  # what follows the title's Kode: `.1`, `.12`
_BLANK = Cell()
# a run read under its title with a row's Tingkat blank: (title's Kode, its Tingkat, the numbers typed,
# the grid rows), to be said (:func:`said`)
Doubt = tuple[str, str, list[str], list[int]]


def _text(row: list[Cell], col: int | None) -> str:
    cell = row[col] if col is not None and col < len(row) else None
    if cell is None or cell.value is None or cell.merged or cell.across:
        return ""
    value = cell.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return c.tidy_text(str(value))


def _untyped(row: list[Cell], col: int) -> bool:
    """Whether the row's cell is left blank (not hidden under a merge from the title's)."""
    cell = row[col] if col < len(row) else _BLANK
    return not _text(row, col) and not cell.merged and not cell.across


def _tingkat(text: str) -> str:
    return c.match_choice(text, c.TINGKAT, c.TINGKAT_ALIASES) or text if text else ""


def _title(row: list[Cell], cols: dict[str, int]) -> tuple[str, str, str] | None:
    """(Kode, Tingkat, Uraian) of a node's title row, None for any other row. (A value in an optional
    column, a Target Akhir Renstra, leaves it a title here: its numbered rows are its indicators all the
    same, and NodeNames.heading says the row's galat, the value being read on no row.)"""
    if _text(row, cols["Indikator"]):
        return None  # (asked first: nearly every row names an indicator, one text read instead of three)
    kode, tingkat = _text(row, cols["Kode"]), _text(row, cols["Tingkat"])
    if not kode or not tingkat:
        return None
    typed = (_text(row, cols.get(h)) for h in (*_INDICATOR, "Keterangan"))
    if any(text and not no_data_text(text) for text in typed):  # (a `-` across it: no data, none)
        return None
    return kode, _tingkat(tingkat), _text(row, cols["Uraian"])


def _numbered(row: list[Cell], cols: dict[str, int], title: tuple[str, str, str]) -> bool:
    """Whether ``row`` is an indicator of the title's node numbered under it."""
    kode, tingkat, uraian = title
    own = _text(row, cols["Kode"])
    if (
        not own.startswith(kode)
        or not _NUMBER.fullmatch(own[len(kode) :])
        or not _text(row, cols["Indikator"])
    ):
        return False
    typed = _tingkat(_text(row, cols["Tingkat"]))
    induk, named = _text(row, cols["Kode Induk"]), _text(row, cols["Uraian"])
    return typed in ("", tingkat) and induk in ("", kode) and named in ("", uraian)


def read_numbered(grid: Grid, cols: dict[str, int], first_data: int) -> list[Doubt]:
    """Each run of rows numbered under a title row (the module's rules) read under the title's Kode;
    the runs so read whose Tingkat was left blank on a row (another reading plausible)."""
    if any(h not in cols for h in _NAMES):
        return []
    runs: list[tuple[tuple[str, str, str], list[int]]] = []
    r = first_data
    while r < len(grid):
        title = _title(grid[r], cols)
        below = r + 1
        while title is not None and below < len(grid) and _numbered(grid[below], cols, title):
            below += 1
        if title is not None and below > r + 1:
            runs.append((title, list(range(r + 1, below))))
        r = max(below, r + 1)
    if not runs:
        return []  # (nearly every sheet: no title row, or its indicators under its own Kode)
    kodes: dict[str, int] = {}
    parents: set[str] = set()
    for row in grid[first_data:]:
        kode = _text(row, cols["Kode"])
        kodes[kode] = kodes.get(kode, 0) + 1
        parents.add(_text(row, cols["Kode Induk"]))
    doubts: list[Doubt] = []
    for (kode, tingkat, _), rows in runs:
        numbers = [_text(grid[at], cols["Kode"]) for at in rows]
        if any(kodes[n] > 1 or n in parents for n in numbers):
            continue  # a number typed twice or something hanging under it: nodes of their own
        if any(_untyped(grid[at], cols["Tingkat"]) for at in rows):
            doubts.append((kode, tingkat, numbers, rows))
        for at in rows:
            row = list(grid[at])
            row[cols["Kode"]] = dataclasses.replace(row[cols["Kode"]], value=kode)
            if _text(row, cols["Kode Induk"]):  # (the title's own Kode: read blank, the title's taken)
                row[cols["Kode Induk"]] = _BLANK
            grid[at] = type(grid[at])(row)  # a hidden row stays one
    return doubts


def said(doubts: list[Doubt], sheet: str, kode_letter: str) -> list[Finding]:
    """A peringatan per run read under its title with its Tingkat blank: how it was read, what to type
    to read it otherwise."""
    found = []
    for kode, tingkat, numbers, rows in doubts:
        cells = f"{kode_letter}{rows[0] + 1}" + (f":{kode_letter}{rows[-1] + 1}" if len(rows) > 1 else "")
        typed = ", ".join(f'"{n}"' for n in numbers)
        pesan = (
            f'Kode {typed} di bawah baris judul {tingkat} "{kode}" dibaca sebagai indikator {tingkat} '
            f'"{kode}" (Tingkat-nya kosong): capaian {tingkat} "{kode}" dihitung dari baris tersebut. Bila baris '
            "ini node tersendiri (mis. Sasaran di bawah Tujuan), isi Tingkat, Kode Induk dan Uraian-nya; "
            f'bila memang indikator {tingkat} "{kode}", isi Tingkat-nya {tingkat}.'
        )
        found.append(Finding(PERINGATAN, sheet, cells, pesan))
    return found
