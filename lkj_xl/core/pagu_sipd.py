"""An Anggaran pagu typed with SIPD's three zero decimals ("3.578.850,000"; desimal_sipd): a peringatan
naming both readings where a thousand times it is as plausible in its row: at most Rp 1 triliun (the order
of a whole kabupaten's APBD: no OPD's program above it) and the typed reading below the row's own
spending, or under 0,1 % of the largest pagu of the sheet's other rows of its level (an OPD's programs
span about a hundred times: the seed's 82.706.300 beside 12.076.486.014 is 0,68 %, where a slipped dot
puts a pagu at 0,1 % of what was meant). A pagu that its rincian confirm (a program's Kegiatan adding up
to it as typed, a Kegiatan among them) is quiet. Pure."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.comma_thousands import exported_decimals
from lkj_xl.core.desimal_sipd import both_readings
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.formulas import exact_sum
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import PERINGATAN, BudgetInput, BudgetResult, Node
from lkj_xl.core.rincian import detail_parents

_APBD = 10**12  # Rp 1 triliun: more than any program of an OPD


def _confirmed(inputs: Sequence[BudgetInput], nodes: dict[str, Node]) -> set[int]:
    """The rows (indexes of ``inputs``) whose pagu as typed is confirmed by a sum: a parent whose
    nearest details add up to it exactly, and those details."""
    index = {item.node_kode: i for i, item in enumerate(inputs) if item.node_kode and not item.kode_galat}
    kids: defaultdict[int, list[int]] = defaultdict(list)
    for i, (kode, _) in detail_parents(list(inputs), nodes).items():
        if kode in index:
            kids[index[kode]].append(i)
    out: set[int] = set()
    for parent, rows in kids.items():
        amounts = [inputs[k].pagu_used.exact for k in rows]
        total = inputs[parent].pagu_used.exact
        if (
            total is not None
            and None not in amounts
            and exact_sum([a for a in amounts if a is not None]) == total
        ):
            out.update([parent, *rows])
    return out


def _level(item: BudgetInput, nodes: dict[str, Node]) -> str:
    """A budget row's level: "Kegiatan" or "Sub Kegiatan" for a rincian (budget.row_subject), else "Program"."""
    node = nodes.get(item.node_kode)
    return node.tingkat if node is not None and node.tingkat in ("Kegiatan", "Sub Kegiatan") else "Program"


def _largest(rows: Sequence[BudgetInput], nodes: dict[str, Node]) -> dict[str, list[tuple[Fraction, int]]]:
    """Per level, the two largest positive pagu (amount, index of ``rows``), largest first."""
    out: dict[str, list[tuple[Fraction, int]]] = defaultdict(list)
    for i, item in enumerate(rows):
        if not item.kode_galat and (pagu := item.pagu_used.exact) is not None and pagu > 0:
            top = out[_level(item, nodes)]
            top.append((pagu, i))
            top.sort(key=lambda pair: pair[0], reverse=True)
            del top[2:]
    return out


def pagu_decimals(
    log: FindingLog,
    rows: Sequence[tuple[BudgetInput, BudgetResult]],
    nodes: dict[str, Node],
    subject: Callable[[BudgetInput], str],
) -> None:
    """``rows``: the Anggaran rows and their results; a row with an unreadable Kode is counted nowhere
    and weighed against nothing. Programs are weighed against programs, a rincian against its kind;
    ``subject``: a row's name in a finding. Quiet at a pagu where a finding stands already ("hanya Rp")."""
    sheet = c.SHEET_ANGGARAN
    inputs = [item for item, _ in rows]
    typed = [
        i
        for i, item in enumerate(inputs)
        if not item.kode_galat
        and (pagu := item.pagu_used.exact) is not None
        and 0 < pagu * 1000 <= _APBD
        and exported_decimals(item.pagu_used)
    ]
    if not typed:
        return  # (nearly every workbook: no pagu so typed below Rp 1 M)
    confirmed, largest = _confirmed(inputs, nodes), _largest(inputs, nodes)
    for i in typed:
        item, spent = inputs[i], rows[i][1].realisasi_exact
        pagu, header = item.pagu_used.exact or Fraction(0), item.pagu_header
        other = next(((a, k) for a, k in largest[_level(item, nodes)] if k != i), None)
        if i in confirmed:
            continue  # (its rincian add up to it as typed)
        if spent is not None and pagu < spent <= pagu * 1000:
            why = f"({rupiah(pagu)}) di bawah realisasinya ({rupiah(spent)})"
        elif other is not None and pagu * 1000 < other[0]:
            why = f"({rupiah(pagu)}) kurang dari 0,1% pagu {subject(inputs[other[1]])} ({rupiah(other[0])})"
        else:
            continue
        if not log.said_at(sheet, [log.ref(header, item.row, sheet)]):
            advice = both_readings(item.pagu_used, pagu, why)
            log.add(PERINGATAN, sheet, header, item.row, f"{header} {subject(item)} {advice}")
