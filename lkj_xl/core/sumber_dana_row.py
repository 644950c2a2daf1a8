"""A program's part by its funding source typed on a row of its own under it, as staff split a DPA's
figures ("DAU", "DAK Fisik", "PAD" in Program or in Kode, beside their share of the pagu and spending):
already in the row above's figures. Counted, a Kode "DAU" doubled the total of Tabel 3.4 as a program of
its own; left with a blank Kode, its galat left the totals unchecked; "PAD" was told a revenue row. Such
a row under one with a pagu is left out with a peringatan naming the row it is part of. Pure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.anggaran_cells import sumber_dana
from lkj_xl.core.cell_reader import CellReader, value_at
from lkj_xl.core.findings import clip
from lkj_xl.core.grids import DataRow
from lkj_xl.core.koreksi_row import KOREKSI
from lkj_xl.core.model import BudgetInput, Cell
from lkj_xl.core.rowkinds import not_a_program

_FIGURES = ("Pagu", "Pagu Perubahan", *c.REALISASI_TW_HEADERS)

# the funding rows' sums (Pagu, Pagu Perubahan, each quarter) read so far under a row, by its index in the rows read
Taken = dict[int, list[Fraction | None]]


def _funding(label: str) -> bool:
    return sumber_dana(label, pad=True)


def _kinerja_kode(kode: str, programs: frozenset[str]) -> bool:
    """``kode`` is a Program's or Kegiatan's Kode of Kinerja (case aside): a node of its own, never a
    funding source's name ("BLUD", "DAK Fisik" as an RSUD numbers its programs)."""
    return bool(kode) and (kode in programs or kode.casefold() in {p.casefold() for p in programs})


def _koreksi(label: str, figures: list[Fraction | None], row: BudgetInput) -> bool:
    """A refund typed on a row of its own ("DAU (pengembalian)", "DAK koreksi SP2D"; negative amounts
    alone without a pagu): a koreksi, whose galat says where it is netted (koreksi_row), never a share
    of the row above already in its figures. Negative amounts alone only in quarters where ``row``'s
    own is a refund too ("-5.000.000" under the program's "-5.000.000") are its share of that refund."""
    pagu, quarters = figures[:2], figures[2:]
    alone = all(p is None for p in pagu) and all(q is None or q <= 0 for q in quarters)
    own = [v.exact for v in row.realisasi_tw]
    refund = any(
        q is not None and q < 0 and not (mine is not None and mine < 0) for q, mine in zip(quarters, own)
    )
    return bool(KOREKSI.search(label)) or (alone and refund)


def _figures(data: DataRow) -> list[Fraction | None]:
    """The row's Pagu, Pagu Perubahan and quarters, as read (a cell that is no figure: None; its galat
    is the row's own, said where it is read)."""
    reader = CellReader(c.SHEET_ANGGARAN, [])  # (findings dropped: only the figures are wanted here)
    return [value_at(reader, data, h, h, money=True).exact for h in _FIGURES]


def _within(row: BudgetInput, parts: list[Fraction | None]) -> bool:
    """Whether the funding rows read under ``row`` so far (``parts``: their sums, column by column) fit in
    its figures: a part cannot be above the whole (a pagu of 2 M under a program of 1,2 M is no share of
    it). Column by column: a source's murni Pagu beside the program's Pagu Perubahan is not compared. A
    quarter whose whole is a refund (below zero) holds parts up to zero: its sources' shares of it, one
    of them 0 or a refund of its own ("0" then "-5.000.000" under the program's "-5.000.000")."""
    whole = [row.pagu.exact, row.pagu_perubahan.exact, *(v.exact for v in row.realisasi_tw)]
    return all(
        part is None or mine is None or part <= max(mine, Fraction(0))
        for part, mine in zip(parts, whole, strict=True)
    )


def sumber_dana_row(
    data: DataRow,
    kode: str,
    program: str,
    above: Sequence[BudgetInput],
    taken: Taken,
    programs: frozenset[str] = frozenset(),
    after: Sequence[DataRow] = (),
) -> tuple[str, str] | None:
    """(cell, peringatan) for a funding source's row with a figure under a row with a pagu (the last of
    ``above``, the rows read so far), None for any other row. Its Kode and Program both name the source
    or are blank ("DAU" / "Dana Alokasi Umum"), so a program named so by its Kode is never left out, nor
    one whose Kode is a Kode of Kinerja (``programs``: "BLUD" of an RSUD's own scheme); nor is a row
    whose figures, with the funding rows before it under the same row (``taken``, by that row's index in
    ``above``), exceed that row's, nor do with the funding rows right after it (``after``: a share above
    the program's quarter before another source's refund, 105 jt then -5 jt of 100 jt, fits so): it is no
    share of it (its blank Kode's galat as before); nor a refund typed on a row of its own
    (:func:`_koreksi`: its koreksi galat)."""
    if not (kode or program) or not all(_funding(t) for t in (kode, program) if t) or not above:
        return None
    if _kinerja_kode(kode, programs):
        return None
    if data.blank(_FIGURES) or not (row := above[-1]).pagu_used.filled or row.kode_galat:
        return None
    before, figures = taken.get(len(above) - 1, [None] * len(_FIGURES)), _figures(data)
    if _koreksi(program or kode, figures, row):
        return None
    parts = _plus(before, figures)
    if not _within(row, parts) and not _within(row, _run(parts, after, programs, row)):
        return None
    taken[len(above) - 1] = parts
    at = "Program" if program else "Kode"
    name = f'{row.kode} "{clip(row.program)}"' if row.program else row.kode
    return data.ref(at), (
        f'Baris "{clip(program or kode)}" dibaca rincian sumber dana {name} (baris {row.row}) di atasnya: '
        f"tidak dihitung, pagu dan realisasinya sudah termasuk dalam angka {row.kode} (Tabel 3.4 dihitung "
        "dari baris program); bila baris ini program tersendiri, tulis Kodenya di sini dan di sheet Kinerja"
    )


def _plus(a: list[Fraction | None], b: list[Fraction | None]) -> list[Fraction | None]:
    """Two rows' figures summed column by column (a column blank in both: None)."""
    return [
        None if x is None and y is None else (x or Fraction(0)) + (y or Fraction(0)) for x, y in zip(a, b)
    ]


def _run(
    parts: list[Fraction | None], after: Sequence[DataRow], programs: frozenset[str], row: BudgetInput
) -> list[Fraction | None]:
    """``parts`` with the figures of the funding rows right after them (named so, no Kode of Kinerja, with
    a figure; a refund row of its own ends the run): the whole share they make together."""
    scratch = CellReader(c.SHEET_ANGGARAN, [])
    for data in after:
        kode, program = scratch.text(data.get("Kode")), scratch.text(data.get("Program"))
        named = (kode or program) and all(_funding(t) for t in (kode, program) if t)
        if not named or _kinerja_kode(kode, programs) or data.blank(_FIGURES):
            break
        if _koreksi(program or kode, figures := _figures(data), row):
            break
        parts = _plus(parts, figures)
    return parts


def funding_kode(
    kode: str, program: str, figures: bool, programs: frozenset[str] = frozenset()
) -> tuple[str, str]:
    """(Kode, Program) of a row with figures whose Kode names a funding source ("DAK" / "Dana Alokasi
    Khusus") not left out as a share of the row above (above its figures, or under no row with a pagu):
    its Kode read as blank, the source's name in Program, so its blank Kode's galat says what to do and
    no total is given without it. Counted, it was a program "DAK" of its own in Tabel 3.4's total. A Kode
    of Kinerja (``programs``) is that node's, whatever it reads like."""
    if figures and kode and _funding(kode) and not _kinerja_kode(kode, programs):
        return "", program or kode
    return kode, program


def left_out_row(
    data: DataRow,
    kode: str,
    program: str,
    above: Sequence[BudgetInput],
    text: Callable[[Cell | None], str],
    taken: Taken,
    programs: frozenset[str] = frozenset(),
    after: Sequence[DataRow] = (),
) -> tuple[str, str] | None:
    """(cell, peringatan) for an Anggaran row not counted as it is no program: a funding source's row
    under one with a pagu (``taken``: the funding rows read so far; ``programs``: Kinerja's Kodes;
    ``after``: the rows right after it, sumber_dana_row), a total, a summary block's row or a note
    (rowkinds.not_a_program)."""
    return sumber_dana_row(data, kode, program, above, taken, programs, after) or not_a_program(
        data, kode, program, text
    )
