"""Kegiatan / Sub Kegiatan budget rows: details (rincian) of their program, counted once. Pure."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.budget import row_subject
from lkj_xl.core.budget_tree import attribute_budgets, up_to_sasaran
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.formulas import known_sum
from lkj_xl.core.kalimat import rupiah, selisih_rupiah
from lkj_xl.core.model import GALAT, LEFT_OUT, PERINGATAN, BudgetInput, BudgetResult, Finding, Node, Value
from lkj_xl.core.refund_quarter import block_spent_sd, quarter_usable, spent_sd
from lkj_xl.core.rowkinds import belanja_account
from lkj_xl.core.skala_jumlah import scale_slip
from lkj_xl.core.styles import same_amount
from lkj_xl.core.typed_sd_program import not_filled_said

# --- Kegiatan / Sub Kegiatan rows: details (rincian) of their program -----------------------------
# Staff copy their DPA, which lists the budget per Kegiatan and Sub Kegiatan under the program's
# subtotal. A row whose Kode is a Kinerja node below a Program is a detail of the nearest typed node
# above it (a Kegiatan row, else the Program): a check of that row's figures, never counted again;
# a Program without a row of its own is the sum of its nearest details. Tabel 3.4 (and the totals,
# export, rekap, the Word report) lists programs only, as the seed's Tabel 3.4 does.

_ABOVE_PROGRAM = ("Tujuan", "Sasaran", "Program")


def detail_parents(inputs: list[BudgetInput], nodes: dict[str, Node]) -> dict[int, tuple[str, str]]:
    """Row index of each detail -> (its nearest typed node above or its Program, its Program)."""
    typed = {item.node_kode for item in inputs if item.node_kode and not item.kode_galat}
    out: dict[int, tuple[str, str]] = {}
    for i, item in enumerate(inputs):
        node = None if item.kode_galat else nodes.get(item.node_kode)
        if node is None or node.tingkat in _ABOVE_PROGRAM:
            continue
        parent = ""
        while node.depth > 0 and node.tingkat not in ("Sasaran", "Tujuan"):  # a cut Kode Induk: none
            node = nodes[node.kode_induk]
            if not parent and (node.kode in typed or node.tingkat == "Program"):
                parent = node.kode
            if node.tingkat == "Program":
                out[i] = (parent, node.kode)
                break
    return out


def _summed(
    program: Node, rows: list[BudgetResult], items: list[BudgetInput], nodes: dict[str, Node], log: FindingLog
) -> tuple[BudgetResult, BudgetInput]:
    """A program typed only per Kegiatan / Sub Kegiatan: the sum of its nearest details (unknown with
    any unusable cell among them), counted toward the one Sasaran its details name (blank: the
    program's in Kinerja); details naming different ones are a galat, as a Kode Sasaran naming none."""
    pagu, real = known_sum([b.pagu_exact for b in rows]), known_sum([b.realisasi_exact for b in rows])
    quarters = [[v for b in rows if (v := b.realisasi_tw[q]) is not None] for q in range(4)]
    result = BudgetResult(
        rows[0].row,
        program.kode,
        program.uraian or program.kode,
        "",
        float(pagu) if pagu is not None else None,
        [sum(q) if q else None for q in quarters],
        float(real) if real is not None else None,
        None,
    )
    result.galat = [ref for b in rows for ref in b.galat]
    result.galat_pagu = [ref for b in rows for ref in b.galat_pagu]
    result.pagu_exact, result.realisasi_exact = pagu, real
    if any(b.pagu_pk is not None for b in rows):  # a detail's Pagu Perubahan: the PK's sum named too
        old = known_sum(
            [i.pagu.exact if b.pagu_pk is not None else b.pagu_exact for b, i in zip(rows, items)]
        )
        result.pagu_pk = Value(float(old), exact=old) if old is not None else Value()
    if not result.galat and pagu and real is not None:
        result.penyerapan = float(real / pagu * 100)
    named = [item for item in items if item.kode_sasaran]
    lost = next((item.kode_sasaran_galat for item in items if item.kode_sasaran_galat), "")
    above = up_to_sasaran(program, nodes)[1]  # the program's Sasaran (or Tujuan) in Kinerja
    default = above.kode if above is not None else ""
    agreed = default if len(named) < len(items) else named[0].kode_sasaran if named else ""
    odd = next((item for item in named if item.kode_sasaran != agreed), None)
    if odd is not None and not lost:
        if len(named) < len(items):  # a blank one counts toward the program's Sasaran in Kinerja
            others = f"Kode Sasaran kosong, yaitu sasaran program di sheet Kinerja: {agreed or 'tidak ada'}"
        else:
            others = f'Kode Sasaran "{agreed}"'
        message = (
            f'Kode Sasaran "{odd.kode_sasaran}" {nodes[odd.kode].tingkat.lower()} {odd.kode} tidak sama dengan '
            f"rincian lain program {program.kode} ({others}); satu program dihitung ke satu Sasaran (atau "
            "Tujuan): bila program ini tidak punya baris sendiri, isi Kode Sasaran yang sama pada setiap rinciannya. Anggaran "
            "setiap sasaran dan tujuan tidak dihitung"
        )
        log.add(GALAT, c.SHEET_ANGGARAN, "Kode Sasaran", odd.row, message)
        lost = log.where(c.SHEET_ANGGARAN, "Kode Sasaran", odd.row)
    item = dataclasses.replace(
        named[0] if named else items[0],
        kode=program.kode,
        program=result.program,
        kode_sasaran="" if lost else agreed if named else "",
        kode_galat="",
        kode_sasaran_galat=lost,
    )
    return result, item


def _spent_unread(budget: BudgetResult) -> bool:
    """Whether a galat of ``budget`` leaves its realisasi unread: one at its pagu alone (a pagu in ribuan,
    spending ten times it, pagu_seribu.withhold) keeps the realisasi counted, and so compared."""
    return any(ref not in budget.galat_pagu for ref in budget.galat)


def _check_sum(
    parent: tuple[BudgetResult, BudgetInput],
    tingkat: str,
    kids: list[tuple[BudgetResult, BudgetInput]],
    triwulan: int,
    log: FindingLog,
) -> None:
    """Peringatan at a typed program's (or Kegiatan's) Pagu and Realisasi TW n when the details typed
    under it do not add up to it; its own figures are counted. Each compared where its cells are usable
    (an unreadable realisasi leaves the pagu checked); an unusable quarter of its own beside usable
    details: :func:`unread_quarters`. Details without a spending figure in any quarter so far (blank or
    `-`: a pagu typed for Tabel 2.4 alone) are not summed as Rp 0 against its realisasi."""
    budget, item = parent
    level = f"{tingkat.lower()} {item.kode}"
    where = ", ".join(f"{kid.kode} baris {kid.row}" for _, kid in kids)
    if not budget.galat_pagu and not any(b.galat_pagu for b, _ in kids):
        header = item.pagu_header
        parts = known_sum([b.pagu_exact for b, _ in kids])
        sum_differs(log, (header, item.row), header, level, budget.pagu_exact, parts, where)
    if any(_spent_unread(b) for b in (budget, *(b for b, _ in kids))):
        unread_quarters(log, item, level, [kid for _, kid in kids], triwulan, where)
        return
    if not any(v.exact is not None for _, kid in kids for v in kid.realisasi_tw[:triwulan]):
        return  # details with a pagu only (Tabel 2.4's), spending kept per program: no sum, not Rp 0
    column, what = c.REALISASI_TW_HEADERS[triwulan - 1], f"Realisasi anggaran {log.sd(triwulan)}"
    parts = known_sum([b.realisasi_exact for b, _ in kids])
    sum_differs(log, (column, item.row), what, level, budget.realisasi_exact, parts, where)
    quarter_differs(log, item, level, [kid for _, kid in kids], triwulan, where)


def spent_differs(
    log: FindingLog,
    parent: BudgetInput,
    level: str,
    kids: list[BudgetInput],
    triwulan: int,
    where: str,
    side: str,
    counted: Counted | None = None,
    part: PartOf | None = None,
) -> None:
    """:func:`sum_differs` of ``parent``'s realisasi s.d. ``triwulan`` (refunds netted) against its details
    ``kids``' (``side`` of it), then :func:`quarter_differs`; ``counted``: the row counted in the parent's
    place (:func:`counted_tail`); ``part``: the line counted inside a program made of lines (:func:`part_tail`)."""
    total = block_spent_sd(kids, triwulan)
    cell, what = (c.REALISASI_TW_HEADERS[triwulan - 1], parent.row), f"Realisasi anggaran {log.sd(triwulan)}"
    if part is not None:
        tail = part_tail(level, part, lambda row: spent_sd(row.realisasi_tw, triwulan))
    else:
        tail = counted_tail(level, counted, counted and spent_sd(counted[1].realisasi_tw, triwulan), kids)
    sum_differs(log, cell, what, level, spent_sd(parent.realisasi_tw, triwulan), total, where, side, tail)
    quarter_differs(log, parent, level, kids, triwulan, where, side, counted, part)


def quarter_differs(
    log: FindingLog,
    parent: BudgetInput,
    level: str,
    kids: list[BudgetInput],
    triwulan: int,
    where: str,
    side: str = "di bawahnya",
    counted: Counted | None = None,
    part: PartOf | None = None,
) -> None:
    """A peringatan at ``parent``'s first quarter whose spending differs from its details' ``kids`` sum
    in that quarter (TW I 10 + TW II 20 on the program, 20 + 10 on its rincian) where the realisasi s.d.
    ``triwulan`` of both is the same (refunds netted; a cell that gives no figure: nothing compared). A
    quarterly report shows each quarter's realisasi (the E.81 form too): one of the two tables is wrong
    for that quarter. The s.d. figure that differs is said by :func:`sum_differs` alone. Rincian typed
    from a later quarter on (every one blank or `-` before it: SIPD's realisasi to date pasted in the
    reported quarter's column) hold their spending s.d. that quarter there: compared so, never as Rp 0
    in the quarters before it."""
    own_sd = spent_sd(parent.realisasi_tw, triwulan)
    parts = block_spent_sd(kids, triwulan)
    if own_sd is None or parts is None or not same_amount(own_sd, parts):
        return
    typed = [q for q in range(triwulan) if any(kid.realisasi_tw[q].exact is not None for kid in kids)]
    first = typed[0] if typed else triwulan
    for q in range(first, triwulan - 1):  # (the reported quarter alike when the earlier ones are)
        span = range(q + 1) if q == first else range(q, q + 1)  # (the first typed: s.d. it)
        own = sum((parent.realisasi_tw[p].exact or Fraction(0) for p in span), Fraction(0))
        total = sum((kid.realisasi_tw[p].exact or Fraction(0) for kid in kids for p in span), Fraction(0))
        if same_amount(own, total):
            continue
        tw, sd = c.TW_LABELS[q], bool(q) and q == first  # (sd: a first quarter typed after TW I)
        if not_filled_said(log, parent.row, c.REALISASI_TW_HEADERS[q]):
            return  # (its blank quarters before one typed s.d. it: typed_sd_program said why)
        when, on = (log.sd(q + 1), log.sd(q + 1)) if sd else (tw, f"pada {tw}")
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            c.REALISASI_TW_HEADERS[q],
            parent.row,
            f"Realisasi anggaran {when} {level} ({rupiah(own)}) tidak sama dengan jumlah rinciannya {side} {on} "
            f"({rupiah(total)}: {where}{f'; rinciannya terisi mulai {tw}' if sd else ''}), meskipun realisasi "
            f"{log.sd(triwulan)} keduanya sama ({rupiah(own_sd)}): laporan triwulan memuat realisasi setiap "
            f"triwulan, jadi salah satunya keliru untuk {'realisasi ' if sd else ''}{when}; periksa realisasi per "
            f"triwulan {level} dan rinciannya ({_quarter_counted(level, counted, span, on, part)})",
        )
        return


# The row counted in the place of a row with details that is itself a rincian left out (a DPA's 5.1 over its
# 5.1.02 lines, under its program): its name as the peringatan says it (``program 2.06.04``) and the row.
Counted = tuple[str, BudgetInput]


@dataclasses.dataclass(frozen=True)
class PartOf:
    """A row with details whose figure is counted inside a program made of such rows (a program row left
    blank over the DPA's ``5.1`` and ``5.2``, their sum: program_of_belanja): ``line``, the outermost line
    counted (``5.1``; itself or the line it lies in), ``program`` (``program 2.06.04``) as made."""

    line: BudgetInput
    program: str
    made: BudgetInput


def part_tail(level: str, part: PartOf, figure: Callable[[BudgetInput], Fraction | None]) -> str:
    """What :func:`sum_differs` says is counted where ``part``'s line counts inside the program made of the
    lines: the line's ``figure`` and the program's; ``level``'s details (the row compared) are not."""
    own, whole = figure(part.line), figure(part.made)
    amount = f" ({rupiah(own)})" if own is not None else ""
    made = f" ({rupiah(whole)})" if whole is not None else ""
    inner = f"; {level} dan rinciannya" if level != f"jenis belanja {part.line.kode}" else "; rinciannya"
    return (
        f"Yang dihitung angka jenis belanja {part.line.kode}{amount}, bagian angka {part.program}{made}, "
        f"yang barisnya kosong dan diisi jumlah jenis belanjanya{inner} tidak dihitung dua kali: bila "
        f"rinciannya yang benar, perbaiki angka {part.line.kode} atau tulis angka {part.program} di barisnya"
    )


def counted_tail(
    level: str, counted: Counted | None, figure: Fraction | None, kids: Sequence[BudgetInput] = ()
) -> str:
    """What :func:`sum_differs` says is counted where ``counted`` (the program) counts in the place of the
    row ``level`` (``jenis belanja 5.1``), left out with its rincian: the program's ``figure`` (None: a cell
    of its own that gives none, its galat said there). Without such a row the row itself is counted: ""
    (sum_differs' own words: its rincian, kegiatan / sub kegiatan), or its ``kids`` named as the DPA's
    belanja lines they are (``5.1``, ``5.2``: no kegiatan)."""
    if counted is None:
        if kids and all(belanja_account(kid.kode, kid.program) for kid in kids):
            return f"Yang dihitung angka {level}; rincian belanjanya (salinan DPA) tidak dihitung dua kali"
        return ""
    amount = f" ({rupiah(figure)})" if figure is not None else ""
    return f"Yang dihitung angka {counted[0]}{amount}; {level} dan rinciannya tidak dihitung (rincian {counted[0]})"


def _quarter_counted(
    level: str, counted: Counted | None, span: range, on: str, part: PartOf | None = None
) -> str:
    """The end of :func:`quarter_differs`' peringatan: which figure is counted for the quarters ``span``."""
    if part is not None:
        own = sum((part.line.realisasi_tw[p].exact or Fraction(0) for p in span), Fraction(0))
        return f"yang dihitung angka jenis belanja {part.line.kode}, {rupiah(own)} {on}, bagian angka {part.program}"
    if counted is None:
        return f"yang dihitung angka {level}"
    values = [counted[1].realisasi_tw[p] for p in span]
    if any(v.galat or v.status for v in values):
        return f"yang dihitung angka {counted[0]}, bukan angka {level}"
    figure = sum((v.exact or Fraction(0) for v in values), Fraction(0))
    return f"yang dihitung angka {counted[0]}, {rupiah(figure)} {on}, bukan angka {level}"


def check_details(
    parent: BudgetInput,
    level: str,
    kids: list[BudgetInput],
    triwulan: int,
    log: FindingLog,
    side: str = "di bawahnya",
    counted: Counted | None = None,
    part: PartOf | None = None,
    read: Mapping[int, str] | None = None,
) -> None:
    """A peringatan at the parent's pagu and its reported quarter when its details (``side`` of it) add up
    to another figure (rincian.sum_differs); an unusable cell among them: nothing to compare; details
    without a spending figure in any quarter so far (blank or ``-``: the DPA's pagu alone) leave its
    realisasi uncompared, as rincian._check_sum does. ``counted``: the program counted in the place of a
    parent that is a rincian itself (a DPA's 5.1 under it), named with its figures; ``part``: the line
    counted inside a program made of the DPA's lines (:class:`PartOf`); ``read``: by Excel row, how a
    detail's blank cell was read (blank_program.fill_rincian_heads), said beside it."""
    where = ", ".join(f"{kid.kode} baris {kid.row}{(read or {}).get(kid.row, '')}" for kid in kids)
    pagus = [None if kid.pagu_used.galat else kid.pagu_used.exact for kid in kids]
    own = None if parent.pagu_used.galat else parent.pagu_used.exact
    total = None if None in pagus else sum((p for p in pagus if p is not None), Fraction(0))
    if part is not None:
        tail = part_tail(level, part, lambda row: row.pagu_used.exact)
    else:
        tail = counted_tail(level, counted, counted and counted[1].pagu_used.exact, kids)
    sum_differs(
        log, (parent.pagu_header, parent.row), parent.pagu_header, level, own, total, where, side, tail
    )
    if not triwulan:
        return
    if any(v.exact is not None for kid in kids for v in kid.realisasi_tw[:triwulan]):
        # (details with a pagu only, the DPA's: the spending kept per program, never compared with Rp 0)
        spent_differs(
            log, parent, level, kids, triwulan, where, side, counted, part
        )  # (and each quarter before)
    if side == "di bawahnya":  # (no caller has them above)
        unread_quarters(log, parent, level, kids, triwulan, where)


def quarter_sums(parent: BudgetInput, kids: list[BudgetInput], triwulan: int) -> list[tuple[int, Fraction]]:
    """(quarter index, the details' sum) of each quarter s.d. ``triwulan`` whose cell in ``parent`` is
    unusable while every detail's is usable (blank: nothing spent)."""
    return [
        (q, known_sum([kid.realisasi_tw[q].exact or Fraction(0) for kid in kids]) or Fraction(0))
        for q in range(triwulan)
        if not quarter_usable(parent.realisasi_tw, q)
        and all(quarter_usable(kid.realisasi_tw, q) for kid in kids)
    ]


def unread_quarters(
    log: FindingLog, parent: BudgetInput, level: str, kids: list[BudgetInput], triwulan: int, where: str
) -> None:
    """A peringatan at each unusable realisasi quarter of the row heading ``kids`` (``level``, its galat
    said at the cell) whose details' cells are usable: what they add up to, which is not put in its
    place (a wrong figure in a signed table is worse than a galat), for staff to check the cell against.
    One at a cell: rows found under it by another check (a program's SIPD rows beside its Kegiatan of
    Kinerja) are named in the same peringatan, each group with its own sum, and no one sum is offered
    as the cell's figure (the groups may overlap, or each be incomplete)."""
    for q, total in quarter_sums(parent, kids, triwulan):
        column = c.REALISASI_TW_HEADERS[q]
        sel = log.ref(column, parent.row, c.SHEET_ANGGARAN)
        said, groups = log.unread_sums.get(sel, (None, [])) if sel else (None, [])
        groups = [*groups, (total, where)]
        sums = "; ".join(f"{rupiah(s)}: {rows}" for s, rows in groups)
        figure = f" (bila rinciannya benar: {rupiah(total)})" if len(groups) == 1 else ""
        message = (
            f"Realisasi anggaran {c.TW_LABELS[q]} {level} tidak dapat dipakai (galat di sel ini), jadi tidak "
            f"dicocokkan dengan jumlah rinciannya di bawahnya ({sums}). Jumlah itu tidak dipakai sebagai "
            f"gantinya: realisasi {level} tetap galat sampai sel ini diperbaiki{figure}"
        )
        finding = Finding(PERINGATAN, c.SHEET_ANGGARAN, sel, message)
        at = next((i for i, f in enumerate(log.items) if f is said), None) if said is not None else None
        if at is None:
            log.items.append(finding)
        else:  # (the same cell: the list's index of cells is unchanged)
            log.items[at] = finding
        log.unread_sums[sel] = (finding, groups)


def sum_differs(
    log: FindingLog,
    cell: tuple[str, int],
    what: str,
    level: str,
    own: Fraction | None,
    total: Fraction | None,
    where: str,
    side: str = "di bawahnya",
    tail: str = "",
) -> None:
    """Peringatan at ``cell`` (column, row) of a typed program's (or kegiatan's, ``level``) figure
    ``what`` when the details ``where`` under it (``side``: above it) add up (``total``) to another: its own
    is counted (``tail``: what is, where a row above it counts in its place: :func:`counted_tail`). A figure compared before with other rows (its SIPD rows, then its Kegiatan of Kinerja)
    that both groups together add up to says nothing, the earlier peringatan taken back: each group
    alone is only part of it, and a partial sum offered as the figure would be typed in its place."""
    if own is None or total is None:
        return
    sel = log.ref(cell[0], cell[1], c.SHEET_ANGGARAN)
    earlier = log.detail_sums.get(sel) if sel else None
    if earlier is not None and earlier[0] == own and same_amount(own, earlier[1] + total):
        if (said := earlier[2]) is not None:
            log.items[:] = [f for f in log.items if f is not said]  # (the index of cells is rebuilt)
        log.detail_sums[sel] = (own, earlier[1] + total, None)
        return
    finding = None
    if not same_amount(own, total):
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            cell[0],
            cell[1],
            f"{what} {level} ({rupiah(own)}) tidak sama dengan jumlah rinciannya {side} "
            f"({rupiah(total)}: {where}), {selisih_rupiah(own, total)}"
            # (a pagu in ribuan over rincian in rupiah: the slip named, as at a program alone, pagu_seribu)
            + (
                f"; {slip}"
                if "Pagu" in what and (slip := scale_slip(own, total, "jumlah rinciannya"))
                else ""
            )
            + f". {tail or f'Yang dihitung angka {level}; rincian (kegiatan/sub kegiatan) tidak dihitung dua kali'}",
            LEFT_OUT,
        )
        finding = log.items[-1]
    if sel:
        log.detail_sums[sel] = (own, total, finding)


def place_budgets(
    budgets: list[BudgetResult],
    inputs: list[BudgetInput],
    nodes: dict[str, Node],
    triwulan: int,
    log: FindingLog,
    loose: Mapping[str, tuple[str, int]] | None = None,
) -> tuple[list[BudgetResult], list[BudgetResult], list[str], list[str]]:
    """The budget rows counted (programs, and rows not in Kinerja; a program typed only per Kegiatan /
    Sub Kegiatan as the sum of them, in place of its first detail), the detail rows (their nodes' own
    figures only), and attribute_budgets' ``unplaced`` and ``cut``."""
    parents = detail_parents(inputs, nodes)
    typed = {item.node_kode: i for i, item in enumerate(inputs) if item.node_kode and not item.kode_galat}
    under: dict[str, list[int]] = {}
    for i, (parent, _) in parents.items():
        under.setdefault(parent, []).append(i)
    counted: list[tuple[BudgetResult, BudgetInput]] = []
    summed: set[str] = set()
    for i, pair in enumerate(zip(budgets, inputs)):
        if i not in parents:
            counted.append(pair)
        elif (program := parents[i][0]) not in typed and program not in summed:  # no row of its own
            summed.add(program)
            kids = under[program]
            counted.append(
                _summed(nodes[program], [budgets[k] for k in kids], [inputs[k] for k in kids], nodes, log)
            )
    for parent, kids in under.items():
        if parent in typed:
            pair = (budgets[typed[parent]], inputs[typed[parent]])
            _check_sum(pair, nodes[parent].tingkat, [(budgets[k], inputs[k]) for k in kids], triwulan, log)
    rows, items = [b for b, _ in counted], [item for _, item in counted]
    unplaced, cut = attribute_budgets(rows, items, nodes, log, loose)
    resolved = {b.kode: b.kode_sasaran for b in rows if not b.rekening}
    for i, (parent, program) in parents.items():
        item, sasaran = inputs[i], resolved.get(program, "")
        if parent in summed or not item.kode_sasaran or not sasaran or item.kode_sasaran == sasaran:
            continue
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Kode Sasaran",
            item.row,
            f'Kode Sasaran "{item.kode_sasaran}" {row_subject(item, nodes)} tidak sama dengan sasaran '
            f"programnya {program} ({sasaran}); rincian tidak dihitung sendiri: anggarannya termasuk anggaran "
            f"{program}, yang dihitung ke {sasaran}",
            LEFT_OUT,
        )
    return rows, [budgets[i] for i in parents], unplaced, cut
