"""The grand total staff type under the programs of Anggaran ("TOTAL", "JUMLAH"), against the sum.

That row is not counted (core.rowkinds: Tabel 3.4's TOTAL is the programs' sum), but it is what the
staff's own documents say: a DPA's or SP2D recap's total that differs from the programs typed most
often means a program left out, typed twice or mistyped, and the Sasaran's penyerapan and efisiensi
with it. Each figure of that row that differs from the sum is a peringatan at its cell naming both.
Only the last total row below every program is compared ("Sub Total" rows are a Bidang's).

Pure: :func:`read_typed_total` works on the grids of :mod:`lkj_xl.core.parse` (and reads the penyerapan
typed on a Sasaran's subtotal row, which core.subtotal_rows compares); :func:`check_typed_total` on the
engine's budgets.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.findings import clip
from lkj_xl.core.formulas import as_rounded, known_sum, near_typed
from lkj_xl.core.grids import column_letter, find_header, find_sheet
from lkj_xl.core.kalimat import rupiah, selisih_rupiah
from lkj_xl.core.model import (
    PERINGATAN,
    BudgetInput,
    BudgetResult,
    Cell,
    Finding,
    Grid,
    Settings,
    Value,
    WorkbookInput,
)
from lkj_xl.core.number_format import whole_or_two
from lkj_xl.core.number_words import scale_factor
from lkj_xl.core.penyerapan import serapan_persen
from lkj_xl.core.rowkinds import TOTAL_ROW
from lkj_xl.core.skala_jumlah import scale_slip
from lkj_xl.core.spending_columns import (
    PENYERAPAN,
    QUARTER,
    own_columns,
    own_value,
    period_words,
    share_column,
)
from lkj_xl.core.styles import same_amount


def read_typed_total(data: WorkbookInput, grids: Mapping[str, Grid]) -> None:
    """``data.typed_total``: the last grand total row below every program of Anggaran, its figures
    read as a budget row's (quietly: the row is not counted), with its label as ``program``."""
    read_subtotal_shares(data, grids)  # (core.subtotal_rows compares them)
    name = find_sheet(grids, c.SHEET_ANGGARAN)
    if name is None or not data.budgets:
        return
    grid = grids[name]
    header_row, cols = find_header(grid, c.SHEET_ANGGARAN, c.ANGGARAN_HEADERS)
    reader = CellReader(c.SHEET_ANGGARAN, [])  # what is unreadable there is no figure of the report's
    for r in range(len(grid) - 1, max(item.row for item in data.budgets) - 1, -1):
        label = reader.text(_cell(grid[r], cols["Kode"])) or reader.text(_cell(grid[r], cols["Program"]))
        key = label.casefold()
        if TOTAL_ROW.fullmatch(key) and not key.startswith("sub"):
            values = {
                h: reader.value(_cell(grid[r], cols[h]), f"{column_letter(cols[h])}{r + 1}", h, money=True)
                for h in ("Pagu", "Pagu Perubahan", *c.REALISASI_TW_HEADERS)
            }
            quarters = [values[h] for h in c.REALISASI_TW_HEADERS]
            data.typed_total = BudgetInput(
                r + 1, "", label, "", values["Pagu"], values["Pagu Perubahan"], quarters
            )
            shares = own_columns(
                grid,
                header_row,
                set(cols.values()),
                PENYERAPAN,
                lambda t: share_column(t, data.settings.tahun),
            )
            for col, title, (kind, quarter) in shares:
                ref, value = own_value(grid, c.SHEET_ANGGARAN, r + 1, col, title, satuan="%")
                data.typed_total_shares.append((ref, title, value, quarter, kind == QUARTER))
            return


def subtotal_levels(data: WorkbookInput) -> dict[str, tuple[str, str]]:
    """Kode -> (Tingkat, Kode Induk) of Kinerja's Sasaran and Tujuan."""
    return {
        i.kode: (i.tingkat, i.kode_induk)
        for i in data.indicators
        if i.tingkat in ("Sasaran", "Tujuan") and i.kode
    }


def read_subtotal_shares(data: WorkbookInput, grids: Mapping[str, Grid]) -> None:
    """``data.subtotal_shares``: the staff's own penyerapan typed on each Anggaran row whose Kode is a
    Sasaran's or Tujuan's, by Excel row, as ``data.typed_total_shares`` holds the grand total's."""
    levels = subtotal_levels(data)
    rows = [item.row for item in data.budgets if item.kode in levels]
    name = find_sheet(grids, c.SHEET_ANGGARAN)
    if name is None or not rows:
        return
    grid = grids[name]
    header_row, cols = find_header(grid, c.SHEET_ANGGARAN, c.ANGGARAN_HEADERS)
    shares = own_columns(
        grid, header_row, set(cols.values()), PENYERAPAN, lambda t: share_column(t, data.settings.tahun)
    )
    for row in rows if shares else ():
        for col, title, (kind, quarter) in shares:
            ref, value = own_value(grid, c.SHEET_ANGGARAN, row, col, title, satuan="%")
            data.subtotal_shares.setdefault(row, []).append((ref, title, value, quarter, kind == QUARTER))


def _cell(cells: list[Cell], col: int) -> Cell | None:
    return cells[col] if col < len(cells) else None


def check_typed_total(
    typed: BudgetInput | None,
    budgets: Sequence[BudgetResult],
    settings: Settings,
    letters: Mapping[str, str],
    ke: str = "",
    tabel: str = "Tabel 3.4",
) -> list[Finding]:
    """A peringatan at each figure of the staff's ``typed`` total that differs from the sum of the
    ``budgets`` counted (its Pagu: the programs' Pagu before any Pagu Perubahan, or the pagu used; its
    Pagu Perubahan: the pagu used; its quarters s.d. the reported one: the realisasi). Nothing when a
    sum is unknown. ``ke``: what the programs are counted toward (' ke Sasaran "S2"', core.subtotal_rows),
    ``tabel`` the table that sums them."""
    if typed is None or not budgets:
        return []
    tw = settings.triwulan
    used = known_sum([b.pagu_exact for b in budgets])
    pk = known_sum([b.pagu_pk_exact for b in budgets])
    # a quarter typed as a status or unreadable leaves the row's realisasi unknown, not summed without it
    quarters = typed.realisasi_tw[:tw]
    unknown = any(v.galat or v.status for v in quarters)
    spent = [] if unknown else [v for v in quarters if v.exact is not None]
    pagu = typed.pagu.exact
    compared = (
        ("Pagu", None if pagu == used else pagu, pk, "pagu", [typed.pagu]),
        ("Pagu Perubahan", typed.pagu_perubahan.exact, used, "pagu", [typed.pagu_perubahan]),
        (c.REALISASI_TW_HEADERS[tw - 1], known_sum([v.exact for v in spent]) if spent else None,
         known_sum([b.realisasi_exact for b in budgets]), period_words(settings, tw), spent),
    )  # fmt: skip
    out: list[Finding] = []
    for header, written, counted, what, values in compared:
        if written is None or counted is None or same_amount(written, counted) or _in_scale(values, counted):
            continue
        out.append(
            Finding(
                PERINGATAN,
                c.SHEET_ANGGARAN,
                f"{letters.get(header, header)}{typed.row}",
                f'Jumlah {what} di baris "{clip(typed.program)}" ({rupiah(written)}) lain dari jumlah '
                f"{what} program yang dihitung{ke} ({rupiah(counted)}), {selisih_rupiah(written, counted)}: "
                + (
                    scale_slip(written, counted)  # (a slip of scale: no program to look for)
                    or "periksa program yang belum ditulis, tertulis dua kali atau salah ketik"
                    + (", dan Kode Sasaran program" if ke else "")
                )
                + f" ({tabel} memakai jumlah baris program)",
            )
        )
    return out


def _in_scale(values: Sequence[Value], counted: Fraction) -> bool:
    """A figure typed alone in a scale word, as staff round it (a table printed in juta copied:
    "3.661,56 juta" for 3.661.557.265) or cut (README's "157.853 ribu" for 157.853.500), is that figure."""
    nonzero = [v for v in values if v.exact]
    if len(nonzero) != 1 or not nonzero[0].scale_word or nonzero[0].exact is None:
        return False
    factor = scale_factor(nonzero[0].scale_word)
    typed, exact = nonzero[0].exact / factor, counted / factor
    cut = any(
        (typed * 10**d).denominator == 1 and typed == Fraction(math.trunc(exact * 10**d), 10**d)
        for d in range(3)
    )
    return cut or as_rounded(typed, exact)


def check_typed_shares(
    typed: BudgetInput,
    shares: Sequence[tuple[str, str, Value, int | None, bool]],
    budgets: Sequence[BudgetResult],
    settings: Settings,
    ke: str = "",
) -> list[Finding]:
    """A peringatan at the staff's own penyerapan on the ``typed`` total row (see
    :attr:`WorkbookInput.typed_total_shares`) that is not the report's total penyerapan: the sum of
    the realisasi s.d. the reported quarter over the sum of the pagu used (never a mean of the
    programs' percentages). Quiet as rounded as staff round, a fraction, a % cell, and under a title
    naming the quarter the quarter's own spending; nothing when a sum is unknown. ``ke`` as for
    :func:`check_typed_total`."""
    tw = settings.triwulan
    pagu = known_sum([b.pagu_exact for b in budgets])
    spent = known_sum([b.realisasi_exact for b in budgets])
    if not budgets or pagu is None or pagu <= 0 or spent is None:
        return []
    computed = spent / pagu * 100
    out: list[Finding] = []
    for ref, label, value, quarter, own in shares:
        if value.exact is None or value.galat or (quarter or tw) != tw:
            continue
        readings = [computed]
        if own and tw > 1 and all(b.realisasi_tw[tw - 1] is not None for b in budgets):
            readings.append(sum(Fraction(b.realisasi_tw[tw - 1] or 0) for b in budgets) / pagu * 100)
        if any(near_typed(x, r) for x in (value.exact, value.exact * 100) for r in readings):
            continue
        shown = serapan_persen(computed, settings.desimal)  # as Tabel 3.4 shows it: 99,96 is not "100"
        out.append(
            Finding(
                PERINGATAN,
                c.SHEET_ANGGARAN,
                ref,
                f'Penyerapan anggaran di baris "{clip(typed.program)}" kolom "{label}" ditulis '
                f"{whole_or_two(value.exact)}%, berbeda dengan jumlah {period_words(settings, tw)} program{ke} "
                f"({rupiah(spent)}) dibagi jumlah pagu program ({rupiah(pagu)}): {shown}; laporan memakai {shown} "
                f'(kolom "{label}" tidak dibaca). Penyerapan baris jumlah ialah jumlah realisasi dibagi jumlah '
                "pagu, bukan rata-rata atau jumlah persentase program; periksa angka di kolom itu",
            )
        )
    return out
