"""Budgets: each program's pagu, realisasi and penyerapan read from its Anggaran row, with the
checks of its cells, and the Total Pagu check. Placing them in the hierarchy and the roll-up live in
budget_tree. Exact arithmetic; pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core import revisi_teks
from lkj_xl.core.budget_gaps import spending_gaps
from lkj_xl.core.comma_thousands import comma_thousands, exported_decimals
from lkj_xl.core.findings import (
    FindingLog,
    after_period,
    blank_in_every_row,
    earlier_quarters,
    miliar_thousands,
)
from lkj_xl.core.formulas import exact_sum, fraction_float
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.kata_skala import scale_up, small_amount_advice, small_pagu_slip
from lkj_xl.core.model import (
    GALAT,
    LEFT_OUT,
    OVER_PAGU,
    PERINGATAN,
    SOME_QUARTERS,
    TOTALS,
    BudgetInput,
    BudgetResult,
    Node,
    Value,
)
from lkj_xl.core.numbers import format_number
from lkj_xl.core.penyerapan import beyond_a_figure, penyerapan_and_over
from lkj_xl.core.refund_quarter import refund_counted
from lkj_xl.core.rincian_over_pagu import what_to_check
from lkj_xl.core.spending_status import spending_status_said
from lkj_xl.core.styles import same_amount


def _left_out(item: BudgetInput) -> BudgetResult:
    """A budget row counted nowhere for its Kode: no figure, the Kode cell as its galat (so that no
    total, nor the Sasaran it names, is given without it)."""
    row = BudgetResult(item.row, item.kode, item.program, "", None, [None] * 4, None, None)
    row.galat, row.galat_pagu = [item.kode_galat], [item.kode_galat]
    return row


def without_nested(inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog) -> list[BudgetInput]:
    """The budget rows to count: a Sasaran's (or Tujuan's) row beside rows of programs under it (their
    subtotal, most likely) is left out, a peringatan at its Kode. Kegiatan / Sub Kegiatan rows stay:
    place_budgets makes them rincian of their program (counted once)."""
    own = {item.node_kode: item for item in inputs if item.node_kode and not item.kode_galat}
    kept: list[BudgetInput] = []
    for item in inputs:
        below = (
            _budgeted_descendant(nodes[item.kode], own)
            if item.node_kode in own and item.kode in nodes
            else None
        )
        if below is None:
            kept.append(item)
            continue
        why = f'punya program dengan baris anggaran sendiri ("{below}", baris {own[below].row}): baris ini'
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Kode",
            item.row,
            f'{nodes[item.kode].tingkat} "{item.kode}" {why} jumlah program-programnya? tidak dihitung '
            "(agar tidak dijumlahkan dua kali ke total dan sasaran)",
            LEFT_OUT,
        )
    return kept


def budgeted(node: Node, kodes: set[str]) -> bool:
    """Whether the node or a node under it (its kegiatan: budgets recorded per Kegiatan) has a budget
    row (``kodes``)."""
    todo, seen = [node], set()
    while todo:
        here = todo.pop()
        if here.kode in kodes:
            return True
        if here.kode not in seen:
            seen.add(here.kode)
            todo.extend(here.children)
    return False


def _budgeted_descendant(node: Node, own: dict[str, BudgetInput]) -> str | None:
    """A Program (or Kegiatan) under the Sasaran or Tujuan ``node`` that has a budget row; None for
    any other node (a row of a Sasaran without program rows is that Sasaran's budget)."""
    if node.tingkat not in ("Sasaran", "Tujuan"):
        return None
    todo, seen = list(node.children), {node.kode}
    while todo:
        child = todo.pop(0)
        if child.kode in seen:
            continue
        seen.add(child.kode)
        if child.kode in own and child.tingkat not in ("Sasaran", "Tujuan"):
            return child.kode
        todo.extend(child.children)
    return None


# What a Pagu Perubahan typed "tetap" (no revision) should be instead.
_UNCHANGED = {"Pagu": "", "Pagu Perubahan": "; kosongkan bila pagu tidak berubah"}


def _unchanged(header: str, status: str) -> str:
    """What to type for a word in Pagu / Pagu Perubahan: 0 for a program dropped ("Dihapus")."""
    return (header == "Pagu Perubahan" and revisi_teks.dropped(status, True)) or _UNCHANGED[header]


def row_subject(item: BudgetInput, nodes: dict[str, Node]) -> str:
    """What a budget row is, as its findings name it: 'program "Program X"', or for a Kegiatan / Sub
    Kegiatan row (a rincian of its program: a DPA copied per kegiatan) 'kegiatan K1.01 "Pelatihan"':
    staff look for the row by its Kode, and "program" would send them to a program of that name."""
    name = item.program or item.kode
    node = None if item.kode_galat else nodes.get(item.node_kode)
    if node is None or node.tingkat not in ("Kegiatan", "Sub Kegiatan"):
        return f'program "{name}"'
    return (
        f'{node.tingkat.lower()} {item.kode} "{name}"'
        if item.program
        else f"{node.tingkat.lower()} {item.kode}"
    )


def quarter_typed(inputs: list[BudgetInput], triwulan: int) -> bool:
    """True when some row holds something in the reported quarter (its spending is being typed)."""
    return any(
        item.realisasi_tw[triwulan - 1].text or item.realisasi_tw[triwulan - 1].exact is not None
        for item in inputs
    )


def _pagu_unusable(item: BudgetInput, log: FindingLog, subject: str) -> str:
    """The galat of a pagu that is no number, blank or below zero, at its cell (returned)."""
    pagu_value, header = item.pagu_used, item.pagu_header
    if pagu_value.exact is None:
        why = (
            f'bukan angka: "{pagu_value.status}"{_unchanged(header, pagu_value.status)}'
            if pagu_value.status
            else "kosong"
        )
        log.add(GALAT, c.SHEET_ANGGARAN, header, item.row, f"{header} {subject} {why}")
    else:
        log.add(GALAT, c.SHEET_ANGGARAN, header, item.row, f"{header} {subject} di bawah nol")
    return log.where(c.SHEET_ANGGARAN, header, item.row)


def budget_result(
    item: BudgetInput,
    triwulan: int,
    log: FindingLog,
    subject: str = "",
    no_quarter: str = "",
    *,
    quarter_typed: bool = False,
    ribuan: frozenset[int] = frozenset(),
) -> BudgetResult:
    """A budget row's figures and the findings on its own cells; ``subject`` names the row in them
    (:func:`row_subject`; a program by its name when not given). ``no_quarter``: the unreadable
    Triwulan's cell (Settings.triwulan_galat): the pagu only, no realisasi s.d. an unknown quarter.
    ``quarter_typed``: the reported quarter is typed in some row, so this row's blank one is pointed
    out (:func:`_reported_blank`). ``ribuan``: the quarters whose column looks typed in ribuan
    (:func:`ribuan_columns`)."""
    sheet = c.SHEET_ANGGARAN
    if item.kode_galat:  # its Kode is unreadable, blank or repeated: listed with that galat
        return _left_out(item)
    subject = subject or f'program "{item.program or item.kode}"'
    pagu_value, header = item.pagu_used, item.pagu_header
    pagu = pagu_value.exact
    # Budget cells that cannot be used: no realisasi or penyerapan is computed from the others.
    galat: list[str] = []
    if pagu_value.galat:
        galat.append(pagu_value.galat)
    elif pagu is None or pagu.numerator < 0:  # (the sign of a Fraction is its numerator's: no comparison)
        galat.append(_pagu_unusable(item, log, subject))
        pagu = None
    pagu_galat = len(galat)
    if no_quarter:
        galat.append(no_quarter)
    # No quarter known: none is counted, so none is checked as if it were (as of a report s.d. TW IV).
    checked = 0 if no_quarter else triwulan
    counted = [(header, pagu_value), *zip(c.REALISASI_TW_HEADERS, item.realisasi_tw[:checked])]
    pagu_said = comma_thousands(log, sheet, item.row, subject, counted[:1], "Rp")
    # A quarter's thousands reading 10x the pagu (x 1000 when the pagu itself may be thousands) is not
    # offered: no typo or APBD-P of the pagu explains it (a little over it: still the likely meaning).
    bound = None if pagu is None else _times(pagu, 10_000 if pagu_said else 10)
    comma_thousands(log, sheet, item.row, subject, counted[1:], "Rp", bound)
    numbers = _spent(item, checked, log, subject, galat)
    # (a pagu 0 with nothing spent: a program moved to another OPD, kept with 0; nothing to report)
    if quarter_typed and (pagu != 0 or any(v.exact for v in item.realisasi_tw)):
        _reported_blank(log, item, triwulan, numbers, subject)
    spending_gaps(log, item, checked, numbers, subject)  # TW III blank beside TW II and IV
    result = BudgetResult(
        item.row, item.kode, item.program, "", float(pagu) if pagu is not None else None, [], None, None
    )
    result.rekening = item.rekening
    result.realisasi_tw = [fraction_float(v) if v is not None else None for v in numbers]
    result.galat = galat
    result.galat_pagu = galat[:pagu_galat]
    result.pagu_exact = pagu
    if header == "Pagu Perubahan" and pagu != item.pagu.exact:  # the APBD-P's pagu used: the tables say so,
        result.pagu_pk = item.pagu  # with the PK's
    if len(galat) > pagu_galat:  # a realisation cell is unusable: no sum from the other quarters
        return result
    # (exact_sum: one normalisation, not one per quarter as sum() of Fractions does)
    realisasi = exact_sum([v for v in numbers if v is not None])
    result.realisasi_exact, result.realisasi = realisasi, fraction_float(realisasi)
    if galat:
        return result
    _slips(log, item.row, (header, pagu_value), numbers[:triwulan], subject, ribuan, item.realisasi_tw)
    if pagu is not None and pagu.numerator > 0:
        if beyond_a_figure(log, item, header, realisasi, pagu, result, subject):  # (1E-300: 8e308 %)
            return result
        result.penyerapan, over = penyerapan_and_over(realisasi, pagu)
        if over and not same_amount(realisasi, pagu):  # (a formula's noise is no overspend)
            _over_pagu(log, item, header, numbers, realisasi, pagu, subject, triwulan)
    elif pagu == 0:
        _zero_pagu(log, item, header, realisasi, result, subject)
    return result


def _times(value: Fraction, k: int) -> Fraction:
    """``value * k``: Fraction(n * k, d), one normalisation instead of Fraction arithmetic's calls."""
    return Fraction(value.numerator * k, value.denominator)


def _zero_pagu(
    log: FindingLog, item: BudgetInput, header: str, realisasi: Fraction, result: BudgetResult, subject: str
) -> None:
    """A pagu of zero: a peringatan, or a galat (no penyerapan) when there is spending against it."""
    sheet = c.SHEET_ANGGARAN
    if not realisasi > 0:
        log.add(PERINGATAN, sheet, header, item.row, f"{header} {subject} nol")
        return
    # Spending against no budget: one of the two cells is wrong, and every penyerapan this program
    # is counted in (its Sasaran's, its Tujuan's) would be inflated by it.
    why = "nol padahal ada realisasi anggaran; penyerapan tidak dihitung"
    if header == "Pagu Perubahan" and item.pagu.exact:  # "0" for "no revision"
        why += " (bila pagu tidak berubah, kosongkan Pagu Perubahan)"
    log.add(GALAT, sheet, header, item.row, f"{header} {subject} {why}")
    result.galat.append(log.where(sheet, header, item.row))
    result.galat_pagu.append(result.galat[-1])


def _spent(
    item: BudgetInput, triwulan: int, log: FindingLog, subject: str, galat: list[str]
) -> list[Fraction | None]:
    """Each quarter's spending counted s.d. ``triwulan`` (None: not counted, or no number), its cells
    checked; ``triwulan`` 0, the reported quarter unknown: every quarter as typed, none checked."""
    if not triwulan:  # (the quarters as typed are still shown)
        return [value.exact for value in item.realisasi_tw]
    numbers: list[Fraction | None] = []
    for q, value in enumerate(item.realisasi_tw, start=1):
        # (after_period's first test: a counted quarter is never after the reported one)
        if q > triwulan and after_period(
            log, c.SHEET_ANGGARAN, item.row, q, triwulan, value, "Realisasi anggaran", subject
        ):
            numbers.append(None)
            continue
        # (a blank or a figure at or above zero, most cells: refund_counted and _spending_galat say nothing
        # of it, their first tests, and ``known`` is theirs alone)
        if value.galat or value.status or (value.exact is not None and value.exact.numerator < 0):
            known = not any(v.galat or v.status for v in item.realisasi_tw[: q - 1])
            if not refund_counted(log, item.row, q, value, subject, numbers, known, item.pagu_used.exact):
                _spending_galat(log, item.row, q, value, subject, galat, numbers, known)
        numbers.append(value.exact)
    return numbers


def _spending_galat(
    log: FindingLog,
    row: int,
    q: int,
    value: Value,
    subject: str,
    galat: list[str],
    before: list[Fraction | None] | None = None,
    known: bool = True,
) -> None:
    """A realisation cell of quarter ``q`` that cannot be used: its galat, its cell added to ``galat``
    (a word typed in every row, "belum", is said once for them all)."""
    sheet, header = c.SHEET_ANGGARAN, c.REALISASI_TW_HEADERS[q - 1]
    if value.galat:
        if value.galat not in galat:  # (one cell behind two quarters: a total s.d. TW II of a rincian)
            galat.append(value.galat)
        return
    if value.status and (named := spending_status_said(value.status, q - 1)):
        # (a status holding its figure, "sementara Rp 40 jt": the figure named, each row its own)
        log.add(GALAT, sheet, header, row, f'Realisasi anggaran "{value.status}" bukan angka{named}')
    elif value.status:
        # (the quarter, the program and the figure to type: a status is no "-", nothing spent)
        why = f"bukan angka: penyerapan anggaran tidak dihitung; {_FILL_IN}"  # ("berisi": two quotes apart)
        log.add_repeated(
            GALAT,
            sheet,
            header,
            row,
            f'Realisasi anggaran {c.TW_LABELS[q - 1]} {subject} berisi "{value.status}", {why}',
            f'Realisasi anggaran {c.TW_LABELS[q - 1]} "{value.status}" bukan angka pada {{n}} baris anggaran '
            f"(baris {{baris}}): penyerapan anggaran tidak dihitung; {_FILL_IN}",
        )
    elif value.exact is not None and value.exact < 0:
        log.add(
            GALAT,
            sheet,
            header,
            row,
            f"Realisasi anggaran {subject} {_below_zero(value.exact, q, before, known)}",
        )
    else:
        return
    galat.append(log.where(sheet, header, row))


def _below_zero(amount: Fraction, q: int, before: list[Fraction | None] | None, known: bool = True) -> str:
    """Why quarter ``q``'s spending below zero is not counted as a refund (refund_quarter.refund_counted
    counts the others): a quarter before it gives no figure (``known`` False: fixed, it is counted), or
    the realisasi s.d. it is below zero, its net named. (The advice "kurangkan dari TW I ... tulis 0"
    of a refund alone in a quarter is gone: such a refund is counted; where the net is below zero no
    quarter can take it, and "tulis realisasi bersih triwulan itu" named a figure below zero too.)"""
    why = "di bawah nol; tidak dihitung"
    if not known:
        return (
            f"{why}: pengembalian belanja dihitung bersih setelah realisasi triwulan sebelumnya dapat dibaca"
        )
    earlier = sum((v for v in (before or [])[: q - 1] if v is not None), Fraction(0))
    net = earlier + amount
    return (
        f"{why}: realisasi s.d. {c.TW_LABELS[q - 1]} bersih {rupiah(net)} ({rupiah(earlier)} - "
        f"{rupiah(-amount)}), di bawah nol: pengembalian belanja melebihi realisasi sebelumnya; periksa angka "
        "ini dan realisasi triwulan sebelumnya (belum diisi?)"
    )


def dash_revisions(log: FindingLog, inputs: list[BudgetInput]) -> None:
    """A Pagu Perubahan typed as a dash ("-", "Rp -") beside a pagu, where other rows have a Pagu
    Perubahan figure (the DPPA's "Setelah Perubahan" column pasted): read as "no revision", its Pagu
    used, as the contract says; but the DPPA prints a program dropped in the APBD-P as a dash (a zero in
    Excel's Accounting format), and counted at its old pagu it inflates the totals. A peringatan with
    both readings (one for the column when many rows have it)."""
    if not any(item.pagu_perubahan.exact is not None for item in inputs if not item.kode_galat):
        return
    for item in inputs:
        dash, pagu = item.pagu_perubahan, item.pagu.exact
        if item.kode_galat or dash.filled or not dash.text or not pagu:
            continue
        log.add_repeated(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Pagu Perubahan",
            item.row,
            f'Pagu Perubahan program "{item.program or item.kode}" "{dash.text}" dibaca tidak berubah: Pagu '
            f'{rupiah(pagu)} dipakai; di DPPA tanda "-" berarti nol: bila program ini dihapus pada '
            "perubahan anggaran, tulis 0; bila pagunya tidak berubah, kosongkan sel ini",
            'Pagu Perubahan "-" pada {n} baris anggaran (baris {baris}) dibaca tidak berubah (Pagu dipakai); '
            'di DPPA tanda "-" berarti nol: bila programnya dihapus pada perubahan anggaran, tulis 0; bila '
            "pagunya tidak berubah, kosongkan selnya",
            TOTALS,
        )


# "-" in a spending cell is nothing spent (Rp 0), as in the DPA: never offered for data not in yet
_FILL_IN = 'isi belanja triwulan itu (0 atau "-" bila memang tidak ada belanja)'


def spending_column_blank(log: FindingLog, inputs: list[BudgetInput], triwulan: int) -> str:
    """The reported quarter blank in every budget row with a pagu or spending (nobody has typed it
    yet): its realisasi s.d. the quarter counts it as nothing spent, as a blank row's does, which the
    user must see once at the column's title (the rows' own peringatan are for a column typed in part).
    Rows with pagu 0 and nothing spent (moved to another OPD) are no figure to speak of. When said,
    the note the outputs print beside the penyerapan ("realisasi anggaran TW II belum diisi ..."); else
    "" and a single row's blank quarter is its own peringatan (:func:`_reported_blank`)."""
    rows = [
        item.realisasi_tw
        for item in inputs
        if not item.kode_galat and (item.pagu_used.exact or any(v.exact for v in item.realisasi_tw))
    ]
    tw = c.TW_LABELS[triwulan - 1]
    earlier = earlier_quarters(triwulan, rows)
    how = f"dihitung dari {earlier} saja" if earlier else "dihitung nol"
    counted = (
        f"realisasi {log.sd(triwulan)} {how}, begitu pula penyerapan anggaran dan efisiensinya; {_FILL_IN}"
    )
    rows_said = f"semua baris anggaran ({len(rows)} baris)"
    said = blank_in_every_row(
        log, c.SHEET_ANGGARAN, triwulan, rows, rows_said, counted, SOME_QUARTERS if earlier else frozenset()
    )
    return (
        # no parenthesis: the sentences of the total pagu put this note inside theirs
        f"realisasi anggaran {tw} belum diisi di semua baris: realisasi {log.sd(triwulan)} {how}"
        if said
        else ""
    )


def _reported_blank(
    log: FindingLog, item: BudgetInput, triwulan: int, numbers: list[Fraction | None], subject: str
) -> None:
    """The reported quarter left blank while other rows have it typed (the quarter's spending typed for
    some programs only): the realisasi s.d. that quarter counts it as nothing spent, which the user must
    see at the cell, as Kinerja's blank quarter is ("0" or "-" say on purpose that nothing was spent).
    (The whole column blank is left quiet: fixtures and first drafts budget a pagu before any spending.)"""
    value = item.realisasi_tw[triwulan - 1]
    if value.text or value.exact is not None or value.galat or value.status:
        return
    if (c.SHEET_ANGGARAN, c.REALISASI_TW_HEADERS[triwulan - 1]) in log.blank_columns:
        return  # said once at the column's title
    tw = c.TW_LABELS[triwulan - 1]
    counted = ", ".join(c.TW_LABELS[q] for q, v in enumerate(numbers) if v is not None)
    how = f"dihitung dari {counted} saja" if counted else "dihitung nol"
    fill = _FILL_IN
    log.add_repeated(
        PERINGATAN,
        c.SHEET_ANGGARAN,
        c.REALISASI_TW_HEADERS[triwulan - 1],
        item.row,
        f"Realisasi anggaran {tw} {subject} ({log.dilaporkan()}) kosong: realisasi {log.sd(triwulan)} {how}; {fill}",
        f"Realisasi anggaran {tw} kosong pada {{n}} baris anggaran (baris {{baris}}; {log.dilaporkan()}): "
        f"realisasi {log.sd(triwulan)} dihitung dari triwulan yang terisi saja; {fill}",
        TOTALS | SOME_QUARTERS if counted else TOTALS,
    )


def _over_pagu(
    log: FindingLog,
    item: BudgetInput,
    header: str,
    numbers: list[Fraction | None],
    realisasi: Fraction,
    pagu: Fraction,
    subject: str,
    triwulan: int,
) -> None:
    """The peringatan at the last quarter typed when the spending s.d. the reported quarter is above
    the pagu that applies: both figures, and what to check (a quarter typed cumulatively, a Pagu
    Perubahan not typed; a Pagu Perubahan below a Pagu that covers it names that)."""
    last = max(i for i, v in enumerate(numbers) if v is not None)
    revised = _revised_below(item, header, realisasi)
    if revised:
        why = f"melebihi pagu{revised}"
    else:
        # (one quarter typed, as in Triwulan I: none was summed twice; the amount or the pagu is off)
        check = what_to_check(numbers[:triwulan], pagu)
        why = f"{log.sd(triwulan)} ({rupiah(realisasi)}) melebihi pagu ({rupiah(pagu)}): periksa {check}"
        if header == "Pagu":
            why += ", atau Pagu Perubahan yang belum diisi"
    log.add(
        PERINGATAN,
        c.SHEET_ANGGARAN,
        c.REALISASI_TW_HEADERS[last],
        item.row,
        f"Realisasi anggaran {subject} {why}",
        OVER_PAGU,
    )


def _revised_below(item: BudgetInput, header: str, realisasi: Fraction) -> str:
    """What the "melebihi pagu" peringatan adds when a Pagu Perubahan below the spending replaced a
    Pagu that covers it: the revision is the cell to look at (mistyped, or cut below what was spent)."""
    original = item.pagu.exact
    if header != "Pagu Perubahan" or original is None or realisasi > original:
        return ""
    return (
        f" (Pagu Perubahan {rupiah(item.pagu_perubahan.exact or 0)}, realisasi {rupiah(realisasi)}; "
        f"Pagu sebelum perubahan {rupiah(original)}): periksa Pagu Perubahan"
    )


# A program's pagu below Rp 1 juta, or a quarter's spending below 0,001 % of its pagu: an amount typed
# in juta (or miliar) without the word beside amounts in rupiah ("1.250" for 1.250 juta). Between
# 0,001 % and 0,1 % (where a quarter typed "dalam ribuan" lands: 157.854 for 157.853.500) real small
# spending lands too (TW I's ATK and meetings, 1-5 juta of a pagu in billions, sen and all, as SIPD
# gives it, in most programs beside the salaries' 15 %), so it is said only with a sign of ribuan:
# under Rp 1 juta, or that quarter's whole column under 0,1 % (a column typed in ribuan puts EVERY
# figure at a thousandth of its share, the salaries' too). A quarter far below the program's other
# one is no sign: a first small purchase before the big spending is ordinary.
_LEAST_PAGU = 1_000_000
_LEAST = 100_000  # a share of 1 / 100.000 of the pagu
_THOUSANDS = 1000  # a share of 1 / 1.000


def ribuan_columns(inputs: list[BudgetInput], triwulan: int) -> frozenset[int]:
    """The quarters (0 for TW I) whose column looks typed in ribuan: at least two programs with a
    figure there, and every one of them under 0,1 % of its pagu or the column's sum under 0,1 % of the
    programs' total pagu."""
    out = set()
    rows = [item for item in inputs if not item.kode_galat]
    total_pagu = exact_sum([item.pagu_used.exact or Fraction(0) for item in rows])
    total, whole = total_pagu.as_integer_ratio()
    for q in range(triwulan):
        # (above zero by its numerator, the denominator positive: no Fraction comparison a row's quarter)
        figures = [
            (x, item.pagu_used.exact or Fraction(0))
            for item in rows
            if q < len(item.realisasi_tw)
            and (x := item.realisasi_tw[q].exact) is not None
            and x.numerator > 0
        ]
        if len(figures) < 2:
            continue
        # value * 1000 < pagu on the integers (value = a/b, pagu = p/d; b, d > 0): no Fraction arithmetic
        shares = [(value.as_integer_ratio(), pagu.as_integer_ratio()) for value, pagu in figures]
        column, part = exact_sum([value for value, _ in figures]).as_integer_ratio()
        if all(a * 1000 * d < p * b for (a, b), (p, d) in shares) or column * 1000 * whole < total * part:
            out.add(q)
    return frozenset(out)


def _slips(
    log: FindingLog,
    row: int,
    typed: tuple[str, Value],
    numbers: list[Fraction | None],
    subject: str,
    ribuan: frozenset[int] = frozenset(),
    cells: list[Value] | tuple[Value, ...] = (),
) -> None:
    """Peringatan at an amount that looks typed in another scale than the others of its program, and
    at a quarter that looks typed cumulatively (see _cumulative). ``typed``: the pagu that applies (its
    header and value); ``cells``: the quarters as typed (a scale word there is quoted)."""
    header, pagu = typed[0], typed[1].exact
    spent = exact_sum([v for v in numbers if v is not None])
    # The comparisons below on the integers (spent = s/t, pagu = p/q, value = v/w; t, q, w > 0): no
    # Fraction arithmetic, each a Python call or several.
    (s, t), (p, q) = spent.as_integer_ratio(), pagu.as_integer_ratio() if pagu is not None else (0, 1)
    if pagu is not None and s > 0 and s * 1000 * q <= p * t:  # "1.250 M" of which 300 jt spent: 1,25 M meant?
        miliar_thousands(log, c.SHEET_ANGGARAN, row, subject, [typed])
    sheet, word = c.SHEET_ANGGARAN, small_pagu_slip(typed[1])  # ("700 rb" says its scale: no "tanpa")
    said = {f.sel for f in log.items[-8:] if f.sheet == sheet}  # "1,250" has its own (comma_thousands)
    if pagu is not None and 0 < p < _LEAST_PAGU * q and log.ref(header, row, sheet) not in said:
        log.add(
            PERINGATAN,
            sheet,
            header,
            row,
            f"{header} {subject} hanya {rupiah(pagu)}{word}",
        )
    if pagu is None:
        _cumulative(log, row, numbers, subject)
        return
    tiny: list[tuple[int, Fraction, str, Value | None]] = []
    for tw, value in enumerate(numbers):
        if value is None:
            continue
        v, w = value.as_integer_ratio()
        if v <= 0 or v * q * _THOUSANDS >= p * w:  # (not 0 < value < pagu / 1.000)
            continue
        share = "0,001%" if v * q * _LEAST < p * w else "0,1%"  # (value < pagu / 100.000)
        cell = cells[tw] if tw < len(cells) and cells[tw].exact == value else None
        # "1.250.000,000" (SIPD's decimals, or 1.250.000.000 with its last dot slipped) whose larger reading fits
        slipped = cell is not None and exported_decimals(cell) and value * 999 <= pagu - spent
        if share == "0,1%" and v >= _LEAST_PAGU * w and tw not in ribuan and not slipped:  # no sign of ribuan
            continue
        if log.ref(c.REALISASI_TW_HEADERS[tw], row, sheet) not in said:
            why = f"({rupiah(value)}) kurang dari {share} pagu ({rupiah(pagu)})"
            tiny.append((tw, value, why, cell))
    # the amounts one scale up are offered together or not at all: "750 rb" in three quarters
    offered = exact_sum([value for _, value, _, cell in tiny if scale_up(cell)])
    room = (pagu - spent + offered, offered)
    for tw, value, why, cell in tiny:
        advice = small_amount_advice(cell, value, why, room)
        log.add(
            PERINGATAN,
            sheet,
            c.REALISASI_TW_HEADERS[tw],
            row,
            f"Realisasi anggaran TW {c.ROMAN[tw]} {subject} {advice}",
        )
    _cumulative(log, row, numbers, subject)


def _cumulative(log: FindingLog, row: int, numbers: list[Fraction | None], subject: str) -> None:
    """A quarter typed as the realisation s.d. that quarter (kumulatif) instead of its own spending is
    summed with the quarters before it. A quarter equal to the one before (nothing spent in it, typed
    cumulatively) is a peringatan."""
    hint = "; bila sebuah triwulan berisi realisasi s.d. triwulan itu (kumulatif), tulis belanja triwulan itu saja"
    for q in range(1, len(numbers)):
        now, before = numbers[q], numbers[q - 1]
        if now is not None and now.numerator > 0 and now == before:  # (above zero: its numerator's sign)
            why = f"sama dengan TW {c.ROMAN[q - 1]} ({format_number(now, 0)})"
            log.add(
                PERINGATAN,
                c.SHEET_ANGGARAN,
                c.REALISASI_TW_HEADERS[q],
                row,
                f"Realisasi anggaran TW {c.ROMAN[q]} {subject} {why}: realisasi per triwulan dijumlahkan{hint}",
            )
