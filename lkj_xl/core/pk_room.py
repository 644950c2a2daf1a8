"""Whether Pengaturan's Total Pagu Perjanjian Kinerja leaves room for a Program of Kinerja that has no
Anggaran row. doubtful_belanja and lone_belanja doubt the DPA's lines (a partial rincian below a program,
a line fitting no program) while such a program exists: they may be its money, so Tabel 3.4's TOTAL is
withheld. A Total typed as a figure equal to the programs' pagu without the lines (their pagu in use, or
before the Pagu Perubahan as the Perjanjian Kinerja signed it) says the agreed money has no rupiah left
for that program: it is funded elsewhere (a Program Penunjang paid by the Sekretariat), the lines are
what they were read as before, and no TOTAL is withheld. Pure; exact arithmetic."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.formulas import known_sum
from lkj_xl.core.model import BudgetInput, Node, Settings
from lkj_xl.core.numbers import to_fraction
from lkj_xl.core.pk_on_top import pk_pagu, refers_to_cells
from lkj_xl.core.styles import same_amount

# What the galat of such a line adds: the figure that settles it.
SETTLED_BY_TOTAL = (
    "; bila program tanpa baris itu dibiayai di luar anggaran ini, isi Total Pagu Perjanjian Kinerja di "
    "sheet Pengaturan dengan angka Perjanjian Kinerja: bila sama dengan jumlah pagu program, baris ini "
    "tidak dibaca sebagai belanjanya"
)


def pk_total(settings: Settings) -> Fraction | None:
    """The Total Pagu Perjanjian Kinerja as typed; None when blank or a formula over the workbook's
    cells (=SUM(Anggaran!D4:D22) agrees whatever the rows: no evidence)."""
    if settings.total_pagu is None or refers_to_cells(settings.total_pagu_formula):
        return None
    return to_fraction(settings.total_pagu)


def no_room(inputs: list[BudgetInput], nodes: dict[str, Node], agreed: Fraction | None) -> bool:
    """The Total (``agreed``) equals the pagu of the Program rows of Kinerja among ``inputs`` (the lines
    doubted are no such row); False when it is not typed or a program's pagu is unknown."""
    rows = [item for item in inputs if (node := nodes.get(item.node_kode)) and node.tingkat == "Program"]
    if agreed is None or not rows or any(item.kode_galat for item in rows):
        return False
    sums = (known_sum([item.pagu_used.exact for item in rows]), known_sum([pk_pagu(item) for item in rows]))
    return any(total is not None and same_amount(total, agreed) for total in sums)
