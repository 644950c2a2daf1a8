"""SIPD's grand heading "5 BELANJA DAERAH" still counted after the headings are left out
(budget_headings leaves it out where its pagu is the sum of the rows beside it): the only row of the
sheet, or beside programs it does not add up to (others not copied). Kode 5 is the account of all
belanja, never a program: counted, its pagu was Tabel 3.4's TOTAL, or went into it again. Left out, a
peringatan at its Kode saying why and what to copy. Pure; exact arithmetic."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.budget_rows import pagu_counted
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.kode_kinerja import not_in_kinerja
from lkj_xl.core.model import LEFT_OUT, PERINGATAN, BudgetInput, Node
from lkj_xl.core.rowkinds import belanja_name


def _grand(item: BudgetInput, nodes: dict[str, Node]) -> bool:
    """Kode 5 ("5", "5.") not in Kinerja, its Uraian "Belanja ..." ("BELANJA DAERAH")."""
    kode = "".join(item.kode.split()).rstrip(".")
    return kode == "5" and not item.kode_galat and item.node_kode not in nodes and belanja_name(item.program)


def _others(item: BudgetInput, rest: list[BudgetInput]) -> str:
    """What the rows counted beside ``item`` add up to, as the peringatan says it."""
    if not rest:
        return (
            ", dan sheet Anggaran tidak punya baris program: tidak dihitung (tidak masuk total Tabel 3.4); "
            "salin juga baris program-programnya (Kode, Program, Pagu dan realisasi) dari SIPD"
        )
    pagus = [pagu_counted(item) for item in rest]
    total = None if None in pagus else sum((p for p in pagus if p is not None), Fraction(0))
    summed = f" {rupiah(total)}" if total is not None else " tidak diketahui"
    # (the pagu agreeing, its spending did not: budget_headings took it for no heading)
    what = "realisasinya" if total is not None and total == pagu_counted(item) else "pagunya"
    return (
        f", dan {what} bukan jumlah baris program yang dihitung (pagu{summed}): tidak dihitung (tidak masuk "
        "total Tabel 3.4, yang dihitung dari baris program); bila ada program yang belum disalin, salin "
        "barisnya dari SIPD"
    )


def without_belanja_daerah(
    inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog
) -> list[BudgetInput]:
    """The budget rows to count: each "5 BELANJA DAERAH" row (:func:`_grand`) left out, a peringatan
    at its Kode."""
    grand = [item for item in inputs if _grand(item, nodes)]
    if not grand:
        return inputs
    rest = [item for item in inputs if not _grand(item, nodes)]
    for item in grand:
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Kode",
            item.row,
            f'Kode "{item.kode}" ("{item.program}") {not_in_kinerja(item, nodes)}: baris jumlah Belanja '
            f"Daerah salinan SIPD (pagu {rupiah(pagu_counted(item) or 0)}: jumlah belanja semua program), bukan "
            f"program{_others(item, rest)}",
            LEFT_OUT,
        )
    return rest
