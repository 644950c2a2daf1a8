"""The Anggaran rows the report counts, from those parsed: each row left out (a Sasaran subtotal, a
revenue row, a SIPD heading, the DPA's jenis belanja lines read as a program's rincian or fitting none)
said with its finding, a program of Kinerja made of its rows where it has none of its own; and the
peringatan at each Program of Kinerja with no Anggaran row. Moved out of engine (its size). Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.belanja_daerah import without_belanja_daerah
from lkj_xl.core.budget import budgeted, without_nested
from lkj_xl.core.budget_headings import without_headings, without_sipd_details
from lkj_xl.core.doubtful_belanja import doubtful_belanja
from lkj_xl.core.dpa_recap import without_belanja_recap
from lkj_xl.core.dpa_rows import without_dpa_above
from lkj_xl.core.findings import FindingLog, other_sheet_zeros_hint
from lkj_xl.core.kode_kinerja import nodes_for_rows
from lkj_xl.core.kode_nol import nol_hilang
from lkj_xl.core.lone_belanja import without_lone_belanja
from lkj_xl.core.model import PERINGATAN, BudgetInput, IndicatorInput, Node
from lkj_xl.core.pk_on_top import OnTop
from lkj_xl.core.program_from_rincian import programs_from_rincian
from lkj_xl.core.program_of_belanja import programs_of_belanja
from lkj_xl.core.rowkinds import belanja_twice, without_revenue
from lkj_xl.core.tidak_terduga import without_btt
from lkj_xl.core.unread_rincian import unread_left_out


def counted_rows(
    rows: list[BudgetInput],
    nodes: dict[str, Node],
    log: FindingLog,
    details_tw: int,
    on_top: OnTop,
    agreed: Fraction | None,
) -> list[BudgetInput]:
    """The Anggaran rows counted, each row left out with its finding: Sasaran subtotal rows, revenue
    rows (Pendapatan BLUD), SIPD kegiatan rows not in Kinerja and SIPD heading rows (Urusan, Belanja:
    budget_headings); Kegiatan rows of Kinerja are counted once, as rincian (rincian.place_budgets).
    ``details_tw``: the quarter a detail's spending is compared up to (0: none known)."""
    # (matched by Kode to Kinerja without a Sasaran "5.1" that Anggaran has only as the DPA's belanja 5.1)
    row_nodes = nodes_for_rows(rows, nodes)
    inputs = without_revenue(without_nested(rows, row_nodes, log), row_nodes, log)
    inputs = without_btt(inputs, row_nodes, log)  # (5.3 Belanja Tidak Terduga: no program's rincian)
    # (a program of Kinerja with no row: its SIPD Kegiatan rows summed, before they read as another's)
    inputs = programs_from_rincian(inputs, row_nodes, log, details_tw)
    # (a figureless program row over DPA lines: their sum; lines short of the row above them while a
    # program has no row: whose? a galat; both before the lines read as rincian)
    inputs = doubtful_belanja(programs_of_belanja(inputs, row_nodes, log, details_tw), row_nodes, log, agreed)
    # (before the rincian below a program)
    inputs = without_dpa_above(inputs, row_nodes, log, details_tw, on_top)
    inputs = without_headings(
        without_sipd_details(inputs, row_nodes, log, details_tw), row_nodes, log, details_tw
    )
    inputs = without_belanja_recap(inputs, row_nodes, log)  # (recap after the headings)
    # (a jenis belanja line left, fitting no program: never a program of its own)
    inputs = without_lone_belanja(inputs, row_nodes, log, on_top, agreed)
    # ("5 BELANJA DAERAH" alone, or not the sum of the programs: never a program)
    counted = belanja_twice(without_belanja_daerah(inputs, row_nodes, log), log)
    unread_left_out(rows, counted, log)  # (a rincian's spending in a column of its own: moot)
    return counted


def programs_without_budget(
    nodes: dict[str, Node], budgets: list[BudgetInput], log: FindingLog, kinerja: list[IndicatorInput]
) -> None:
    """A peringatan at each Program of Kinerja with indicators but no row in Anggaran (``budgets``: its
    rows, as typed and as counted); a Kode whose last zero Excel dropped on one sheet said there."""
    budget_kodes = {b.node_kode for b in budgets}
    numbers = {i.kode: log.where(c.SHEET_KINERJA, "Kode", i.row) for i in reversed(kinerja) if i.kode_angka}
    # a Kode Kinerja has as a program of its own is that program's row, never the other's lost zero
    kinerja_kodes = {n.kode for n in nodes.values()}
    other = {
        b.node_kode: log.where(c.SHEET_ANGGARAN, "Kode", b.row) if b.kode_angka else ""
        for b in budgets
        if b.node_kode not in kinerja_kodes
    }
    for node in nodes.values():
        if node.tingkat == "Program" and not budgeted(node, budget_kodes):
            hint = other_sheet_zeros_hint(node.kode, budget_kodes, c.SHEET_ANGGARAN)
            hint = hint or nol_hilang(node.kode, numbers.get(node.kode, ""), other, c.SHEET_ANGGARAN)
            log.add_repeated(
                PERINGATAN,
                c.SHEET_KINERJA,
                "Kode",
                node.indicators[0].row,
                f'Program "{node.uraian or node.kode}" punya indikator tetapi tidak ada baris anggarannya di '
                f"sheet Anggaran{hint}",
                "{n} program (baris {baris}) punya indikator tetapi tidak ada baris anggarannya di sheet Anggaran",
            )
