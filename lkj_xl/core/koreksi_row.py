"""A koreksi typed as an Anggaran row of its own with the Kode of the row it corrects (SIMDA / SIPD
print a cancelled SP2D as its own line: "1.01.02 Koreksi realisasi (SP2D batal) -150.000.000"): its
Kode is typed twice, a galat (parse_anggaran), which says where the koreksi goes, with the figure to
type when both cells are plain amounts. Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader, value_at
from lkj_xl.core.grids import DataRow
from lkj_xl.core.kalimat import daftar, rupiah
from lkj_xl.core.model import GALAT, BudgetInput
from lkj_xl.core.rowkinds import belanja_kode

# An Anggaran row named as a koreksi of another ("Koreksi realisasi (SP2D batal)", "(koreksi)",
# "Pengembalian belanja TW IV": a name starting so, never a belanja account's "Belanja Pengembalian ...").
KOREKSI = re.compile(r"\bkoreksi\b|^\s*pengembalian\b", re.IGNORECASE)
_FIGURES = ("Pagu", "Pagu Perubahan", *c.REALISASI_TW_HEADERS)


def koreksi_advice(
    data: DataRow,
    program: str,
    read: list[BudgetInput],
    first_row: int,
    induk: Mapping[str, str] | None = None,
) -> str:
    """What the "Kode ganda" galat of row ``data`` adds when the row is a koreksi of row ``first_row``
    (of the rows ``read`` so far): named so (its Uraian), or negative amounts alone with no pagu (a
    koreksi printed under the program's name); "" for any other row typed twice (a program pasted twice,
    a row with a pagu). Each negative quarter is named with the amount to take off and, when row
    ``first_row``'s quarter is a figure it leaves at least zero, the figure to type there. Row
    ``first_row`` a rincian of a program's row above it (:func:`_rincian`; ``induk``: Kinerja's Kegiatan
    to their Kode Induk): the program's row, the one counted, is named too."""
    if data.blank(_FIGURES):  # (a heading typed twice: nothing to net)
        return ""
    first = next((item for item in reversed(read) if item.row == first_row), None)
    scratch = CellReader(c.SHEET_ANGGARAN, [])  # (the row's cells read again, their findings said once)
    quarters = [value_at(scratch, data, h, h, money=True) for h in c.REALISASI_TW_HEADERS]
    negative = [(q, v.exact) for q, v in enumerate(quarters) if v.exact is not None and v.exact < 0]
    named = bool(KOREKSI.search(program))
    alone = (
        negative
        and data.blank(("Pagu", "Pagu Perubahan"))
        and all(v.exact is None or v.exact <= 0 for v in quarters)
    )
    if not named and not alone:
        return _corrected_below(data, first, first_row)
    at = next((i for i, item in enumerate(read) if item is first), -1)
    owner = (
        _program_over(read, at, induk or {})
        if first is not None and _rincian(read, at, induk or {})
        else None
    )
    if owner is not None and first is not None and negative:  # (a rincian's Kode: its program's row counted)
        on_program = [_step(q, amount, _own(owner, q), owner.row) for q, amount in negative]
        on_line = [_step(q, amount, _own(first, q), first_row) for q, amount in negative]
        return (
            f"; bila baris ini koreksi realisasi baris {first_row}, rincian {'belanja ' if _dpa_line(first) else ''}"
            f"{row_named(owner, induk or {})}: "
            f"{daftar(on_program)} (angka yang dihitung), serta {daftar(on_line)} agar rinciannya tetap sama "
            "dengan programnya, lalu hapus baris ini"
        )
    if not negative:
        return (
            f"; bila baris ini koreksi realisasi baris {first_row}, hitung koreksinya ke realisasi triwulan "
            f"itu di baris {first_row} (kurangkan bila pengembalian belanja) dan hapus baris ini"
        )
    steps = [_step(q, amount, _own(first, q), first_row) for q, amount in negative]
    return f"; bila baris ini koreksi realisasi baris {first_row}, {daftar(steps)}, lalu hapus baris ini"


def _dpa_line(row: BudgetInput) -> bool:
    """A DPA belanja line (its Kode a belanja account's, "5.1.02"), read with a usable Kode."""
    return bool(row.kode) and not row.kode_galat and belanja_kode(row.kode)


def _rincian(rows: list[BudgetInput], k: int, induk: Mapping[str, str]) -> bool:
    """Whether ``rows[k]`` is a rincian of a row above it: a DPA belanja line, a Kode extending an
    earlier row's after a dot (SIPD's "2.17.03.2.01" under "2.17.03"), or a Kegiatan of Kinerja whose
    Program or Kegiatan up its Kode Induk (``induk``) is an earlier row's (K3.01.03 under P3.01)."""
    row = rows[k]
    return _dpa_line(row) or any(_under(row, r, induk) for r in rows[:k])


def _under(row: BudgetInput, owner: BudgetInput, induk: Mapping[str, str]) -> bool:
    """Whether ``row``'s Kode details ``owner``'s: extends it after a dot, or reaches it up Kinerja's
    Kode Induk (``induk``); both usable Kodes."""
    if not row.kode or row.kode_galat or not owner.kode or owner.kode_galat:
        return False
    up, seen = induk.get(row.kode), {row.kode}
    while up and up not in seen:  # (a Kode Induk looping back: no further)
        if up == owner.kode:
            return True
        seen.add(up)
        up = induk.get(up)
    return row.kode.startswith(f"{owner.kode}.")


def _program_over(rows: list[BudgetInput], k: int, induk: Mapping[str, str]) -> BudgetInput | None:
    """The row whose rincian (:func:`_rincian`) run up from ``rows[k]``: the first row above them with a
    usable Kode of its own, each of them a DPA line or its Kode under that row's; None when another row
    (a blank or repeated Kode, a rincian of another row) breaks the run."""
    for j in range(k, -1, -1):
        if rows[j].kode_galat or not rows[j].kode:
            return None
        if not _rincian(rows, j, induk):
            run = rows[j + 1 : k + 1]
            mine = all(_dpa_line(r) or _under(r, rows[j], induk) for r in run)
            return rows[j] if run and mine else None
    return None


def row_named(program: BudgetInput, induk: Mapping[str, str]) -> str:
    """'program 1.01.02 ("Program Pengelolaan Pendidikan", baris 2)'; 'kegiatan ...' for a Kegiatan of
    Kinerja (in ``induk``) over its Sub Kegiatan."""
    level = "kegiatan" if program.kode in induk else "program"
    return f'{level} {program.kode} ("{program.program or program.kode}", baris {program.row})'


def _own(row: BudgetInput | None, q: int) -> Fraction | None:
    """Row ``row``'s quarter ``q`` as a figure (None: no row, or no figure)."""
    return row.realisasi_tw[q].exact if row is not None else None


def _step(q: int, amount: Fraction, own: Fraction | None, first_row: int) -> str:
    """ "kurangkan Rp 150.000.000 dari realisasi TW IV baris 2 (tulis 14.850.000.000)"; ``own``: that
    quarter's figure in row ``first_row``."""
    taken = -amount
    said = f"kurangkan {rupiah(taken)} dari realisasi {c.TW_LABELS[q]} baris {first_row}"
    if own is not None and own - taken >= 0:
        said += f" ({rupiah(own)} - {rupiah(taken)} = {rupiah(own - taken)})"  # (as budget._below_zero's)
    return said


def is_koreksi(item: BudgetInput) -> bool:
    """A row read already that is a koreksi: named so, or negative amounts alone without a pagu."""
    quarters = [v.exact for v in item.realisasi_tw]
    if KOREKSI.search(item.program):
        return True
    blank_pagu = item.pagu.exact is None and item.pagu_perubahan.exact is None and not item.pagu.text
    return (
        blank_pagu
        and any(q is not None and q < 0 for q in quarters)
        and all(q is None or q <= 0 for q in quarters)
    )


def _corrected_below(data: DataRow, first: BudgetInput | None, first_row: int) -> str:
    """Row ``first_row`` (``first``), typed above row ``data`` with its Kode, a koreksi of it (staff
    inserted a row above the one it corrects): the advice naming this row, as for a koreksi below."""
    if first is None or not is_koreksi(first):
        return ""
    scratch = CellReader(c.SHEET_ANGGARAN, [])
    own = [value_at(scratch, data, h, h, money=True).exact for h in c.REALISASI_TW_HEADERS]
    return f"; bila baris {first_row} koreksi realisasi baris ini, " + koreksi_steps(
        first, data.excel_row, own
    )


def koreksi_steps(koreksi: BudgetInput, target: int, own: list[Fraction | None]) -> str:
    """ "kurangkan Rp 5.000.000 dari realisasi TW II baris 3 (...), lalu hapus baris 2"."""
    negative = [
        (q, v.exact) for q, v in enumerate(koreksi.realisasi_tw) if v.exact is not None and v.exact < 0
    ]
    if not negative:
        return (
            f"hitung koreksinya ke realisasi triwulan itu di baris {target} (kurangkan bila pengembalian "
            f"belanja) dan hapus baris {koreksi.row}"
        )
    steps = [_step(q, amount, own[q], target) for q, amount in negative]
    return f"{daftar(steps)}, lalu hapus baris {koreksi.row}"


def blank_koreksi_advice(
    item: BudgetInput,
    above: BudgetInput | None,
    below: BudgetInput | None,
    block: bool = False,
    induk: Mapping[str, str] | None = None,
) -> str:
    """What the "Kode kosong" galat of a koreksi row ``item`` adds: the row it corrects, the program row
    right ``above`` or ``below`` it (staff insert a koreksi row above or below the row it corrects);
    between two programs, which one cannot be told: both named. ``block``: ``above`` is the program
    whose rincian (DPA belanja lines, SIPD Kegiatan rows) stand right above the row: named as the
    program, by Kode and Uraian, never one of its rincian (not counted)."""
    if not is_koreksi(item) or (above is None and below is None):
        return ""
    if above is not None and below is not None:
        first = (
            f"{row_named(above, induk or {})} di atas rinciannya"
            if block
            else f"{above.kode} (baris {above.row})"
        )
        return (
            # (no "program" below: the row below may be a Kegiatan of Kinerja, its rincian)
            f"; baris ini tampaknya koreksi realisasi, tetapi di antara {first} "
            f"dan {below.kode} (baris {below.row}) tidak dapat dipastikan yang dikoreksinya: hitung koreksinya "
            f"ke realisasi triwulan itu di baris yang dikoreksinya (baris {above.row} atau baris "
            f"{below.row}; kurangkan bila pengembalian belanja), lalu hapus baris ini"
        )
    target = above or below
    assert target is not None
    own = [v.exact for v in target.realisasi_tw]
    named = row_named(target, induk or {}) if block else f"{target.kode} baris {target.row}"
    return f"; bila baris ini koreksi realisasi {named}, " + koreksi_steps(item, target.row, own)


def _beside(
    out: list[BudgetInput], k: int, induk: Mapping[str, str]
) -> tuple[BudgetInput | None, BudgetInput | None, bool]:
    """The rows right above and below row ``k`` when each is a row with a Kode of its own (no DPA line),
    and whether the one above is the program whose rincian (DPA belanja lines, SIPD rows extending its
    Kode) stand right above row ``k`` (their block): that program stands for them."""

    def program(j: int) -> BudgetInput | None:
        row = out[j] if 0 <= j < len(out) else None
        return (
            row
            if row is not None and row.kode and not row.kode_galat and not belanja_kode(row.kode)
            else None
        )

    if k > 0 and _rincian(out, k - 1, induk) and (owner := _program_over(out, k - 1, induk)) is not None:
        return owner, program(k + 1), True
    return program(k - 1), program(k + 1), False


def said_blank_kode(
    reader: CellReader,
    blank_kode: list[tuple[int, str, str]],
    out: list[BudgetInput],
    induk: Mapping[str, str] | None = None,
) -> None:
    """The galat of each blank or repeated Kode with figures (its index in ``out``, cell, message), a
    blank Kode's koreksi advice added (:func:`blank_koreksi_advice`: the rows on both sides read)."""
    for k, at, message in blank_kode:
        # (a Kode typed twice has its koreksi advice already, koreksi_advice: not said again)
        advice = "" if out[k].kode else blank_koreksi_advice(out[k], *_beside(out, k, induk or {}), induk)
        reader.add(GALAT, at, message + advice)
