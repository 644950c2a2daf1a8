"""An Anggaran pagu typed with SIPD's three zero decimals ("3.578.850,000"; desimal_sipd): a peringatan
naming both readings where a thousand times it is as plausible in its row: at most Rp 1 triliun (the order
of a whole kabupaten's APBD: no OPD's program above it) and the typed reading below the row's own
spending, or under 0,1 % of the largest pagu of the sheet's other rows of its level (an OPD's programs
span about a hundred times: the seed's 82.706.300 beside 12.076.486.014 is 0,68 %, where a slipped dot
puts a pagu at 0,1 % of what was meant). A pagu that its rincian confirm (a program's Kegiatan adding up
to it as typed, a Kegiatan among them) is quiet. The 0,1 % sign only where the sheet's other pagu of its
level are typed plain (a ",000" typed by hand; all in SIPD's form: an export's small program, quiet). A
total staff typed (the JUMLAH row, Pengaturan's Total Pagu Perjanjian Kinerja) weighs a program's pagu
first: the programs' sum as typed, quiet; their sum with a thousand times it, told (the largest program,
the only one, whatever its spending). Pure."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.comma_thousands import exported_decimals
from lkj_xl.core.desimal_sipd import both_readings
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.formulas import exact_sum
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import PERINGATAN, BudgetInput, BudgetResult, Node, Settings, Value
from lkj_xl.core.pk_room import pk_total
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


def row_level(item: BudgetInput, nodes: dict[str, Node]) -> str:
    """A budget row's level: "Kegiatan" or "Sub Kegiatan" for a rincian (budget.row_subject), else "Program"."""
    node = nodes.get(item.node_kode)
    return node.tingkat if node is not None and node.tingkat in ("Kegiatan", "Sub Kegiatan") else "Program"


def _largest(rows: Sequence[BudgetInput], nodes: dict[str, Node]) -> dict[str, list[tuple[Fraction, int]]]:
    """Per level, the two largest positive pagu (amount, index of ``rows``), largest first."""
    out: dict[str, list[tuple[Fraction, int]]] = defaultdict(list)
    for i, item in enumerate(rows):
        if not item.kode_galat and (pagu := item.pagu_used.exact) is not None and pagu > 0:
            top = out[row_level(item, nodes)]
            top.append((pagu, i))
            top.sort(key=lambda pair: pair[0], reverse=True)
            del top[2:]
    return out


# The figure of an amount typed with a scale word: its whole part (thousands dots) and decimals.
_DIGITS = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?")


def rounding_step(value: Value) -> Fraction:
    """The unit a total typed in a scale word is rounded to (`10,19 M`: 0,01 M = 10.000.000; `10,2 M`:
    100.000.000); 0 for an amount typed in full (compared exactly)."""
    if not value.scale_word or value.exact is None or not (m := _DIGITS.search(value.text)):
        return Fraction(0)
    whole, decimals = m.group(1).replace(".", ""), m.group(2) or ""
    typed = Fraction(int(whole + decimals), 10 ** len(decimals))
    return value.exact / typed / 10 ** len(decimals) if typed else Fraction(0)


def sipd_totals(typed_total: BudgetInput | None, settings: Settings) -> list[tuple[str, Fraction, Fraction]]:
    """The totals staff typed that weigh the programs' pagu: the JUMLAH / TOTAL row under them (its Pagu
    Perubahan when filled) and Pengaturan's Total Pagu Perjanjian Kinerja (pk_room.pk_total), named, each
    with the unit it is rounded to (:func:`rounding_step`)."""
    out: list[tuple[str, Fraction, Fraction]] = []
    pk, pk_step = pk_total(settings), settings.total_pagu_step
    if typed_total is not None and (amount := typed_total.pagu_used.exact) is not None and amount > 0:
        label = typed_total.program or typed_total.kode or "jumlah"
        out.append(
            (f'baris "{label}" (baris {typed_total.row})', amount, rounding_step(typed_total.pagu_used))
        )
    if pk is not None and pk > 0:
        out.append((f"{c.P_TOTAL_PAGU} di sheet {c.SHEET_PENGATURAN}", pk, pk_step))
    return out


def rounds_to(total: Fraction, step: Fraction, amount: Fraction) -> bool:
    """``amount`` shown rounded to ``step`` is ``total`` (step 0: equal)."""
    return abs(amount - total) * 2 <= step if step else amount == total


def sheet_sums(
    inputs: Sequence[BudgetInput], nodes: dict[str, Node], totals: Sequence[tuple[str, Fraction, Fraction]]
) -> tuple[Fraction | None, list[tuple[str, Fraction, Fraction]]]:
    """The programs' pagu summed as typed (None when one is unknown) and the totals staff typed that
    weigh it (the JUMLAH row's, Pengaturan's Total Pagu Perjanjian Kinerja: name, amount)."""
    pagus = [
        item.pagu_used.exact for item in inputs if not item.kode_galat and row_level(item, nodes) == "Program"
    ]
    if not totals or not pagus or None in pagus:
        return None, []
    return exact_sum([p for p in pagus if p is not None]), list(totals)


def _consistent(i: int, inputs: Sequence[BudgetInput], nodes: dict[str, Node]) -> bool | None:
    """Whether every other pagu of ``inputs[i]``'s level is typed in SIPD's form too (an export: no
    hand-typed slip); None when it has no other."""
    level = row_level(inputs[i], nodes)
    others = [
        item.pagu_used
        for k, item in enumerate(inputs)
        if k != i and not item.kode_galat and item.pagu_used.exact and row_level(item, nodes) == level
    ]
    return all(map(exported_decimals, others)) if others else None


def _why(
    i: int,
    rows: Sequence[tuple[BudgetInput, BudgetResult]],
    nodes: dict[str, Node],
    subject: Callable[[BudgetInput], str],
    sums: tuple[Fraction | None, list[tuple[str, Fraction, Fraction]]],
    largest: dict[str, list[tuple[Fraction, int]]],
) -> str:
    """Why a thousand times ``rows[i]``'s pagu is as plausible (said first in the peringatan); "" when it
    is not: a total staff typed that is the programs' sum with a thousand times it says the dot slipped (the
    largest program, the only one); else the row's spending above it; else a total that is the programs'
    sum as typed says it is meant (quiet); else, where the sheet's other pagu are typed plain (a hand-typed
    ",000"), under 0,1 % of the largest of its level (a consistent SIPD paste: quiet)."""
    inputs = [item for item, _ in rows]
    item, spent = inputs[i], rows[i][1].realisasi_exact
    pagu = item.pagu_used.exact or Fraction(0)
    programs, totals = sums
    program = programs is not None and row_level(item, nodes) == "Program"
    if program and programs is not None:
        for name, total, step in totals:
            if rounds_to(total, step, programs + pagu * 999) and not rounds_to(total, step, programs):
                rounded = (
                    f"({rupiah(programs + pagu * 999)}) bila dibulatkan "
                    if total != programs + pagu * 999
                    else ""
                )
                return (
                    f"({rupiah(pagu)}): dengan {rupiah(pagu * 1000)}, jumlah pagu program {rounded}sama dengan "
                    f"{name} ({rupiah(total)})"
                )
    if spent is not None and pagu < spent <= pagu * 1000:
        return f"({rupiah(pagu)}) di bawah realisasinya ({rupiah(spent)})"
    if program and programs is not None and any(rounds_to(t, step, programs) for _, t, step in totals):
        return ""  # (a total staff typed is the programs' sum as typed)
    if _consistent(i, inputs, nodes) is not False:
        return ""
    top = largest[row_level(item, nodes)]
    other = next(((a, k) for a, k in top if k != i), None)
    if other is not None and pagu * 1000 < other[0]:
        return f"({rupiah(pagu)}) kurang dari 0,1% pagu {subject(inputs[other[1]])} ({rupiah(other[0])})"
    return ""


def pagu_decimals(
    log: FindingLog,
    rows: Sequence[tuple[BudgetInput, BudgetResult]],
    nodes: dict[str, Node],
    subject: Callable[[BudgetInput], str],
    totals: Sequence[tuple[str, Fraction, Fraction]] = (),
) -> None:
    """``rows``: the Anggaran rows and their results; a row with an unreadable Kode is counted nowhere
    and weighed against nothing. Programs are weighed against programs, a rincian against its kind;
    ``subject``: a row's name in a finding; ``totals``: the totals staff typed (:func:`sheet_sums`).
    Quiet at a pagu where a finding stands already ("hanya Rp")."""
    sheet = c.SHEET_ANGGARAN
    inputs = [item for item, _ in rows]
    typed = [
        i
        for i, item in enumerate(inputs)
        if not item.kode_galat
        and (pagu := item.pagu_used.exact) is not None
        and pagu.numerator > 0  # (0 < pagu * 1000 <= _APBD on the integers: the denominator is positive)
        and pagu.numerator * 1000 <= _APBD * pagu.denominator
        and exported_decimals(item.pagu_used)
    ]
    if not typed:
        return  # (nearly every workbook: no pagu so typed below Rp 1 M)
    confirmed, largest = _confirmed(inputs, nodes), _largest(inputs, nodes)
    sums = sheet_sums(inputs, nodes, totals)
    for i in typed:
        if i in confirmed or not (why := _why(i, rows, nodes, subject, sums, largest)):
            continue  # (its rincian add up to it as typed; or nothing makes a thousand times it plausible)
        item = inputs[i]
        header = item.pagu_header
        if not log.said_at(sheet, [log.ref(header, item.row, sheet)]):
            advice = both_readings(item.pagu_used, item.pagu_used.exact or Fraction(0), why)
            log.add(PERINGATAN, sheet, header, item.row, f"{header} {subject(item)} {advice}")
