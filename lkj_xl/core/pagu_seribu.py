"""An Anggaran pagu read a thousand times what was meant: SIPD's amount "1.200.000.000,000" retyped with its
decimal comma as a dot, "1.200.000.000.000" (Rp 1,2 triliun for Rp 1,2 miliar; an Excel set to Indonesian
keeps it as that number). The opposite slip of pagu_sipd's. A peringatan naming both readings where the
workbook tells them apart: a total staff typed (the JUMLAH row, Pengaturan's Total Pagu Perjanjian
Kinerja) equal to the programs' pagu with this one a thousandth and not as typed; or, no total agreeing with
the pagu as typed, a pagu above Rp 1 triliun (no OPD's program: pagu_sipd's bound) whose realisasi s.d. the
reported quarter is above zero and under 0,1 % of it while within its thousandth (realisasi 450.000.000 of
1.200.000.000.000 is 0,04 % at TW III, of 1.200.000.000 37,5 %). An honest large program (its spending in
hundreds of billions), one with nothing spent yet, or one below Rp 1 triliun (a slow building programme of
82 M with 1,8 jt spent) stays quiet: nothing there tells the readings apart. A quarter's advice that its
spending, tiny beside the pagu told, was typed in ribuan is taken back where it is ordinary beside the pagu
meant. Pure."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, clip
from lkj_xl.core.kalimat import persen, rupiah
from lkj_xl.core.kata_skala import scale_up
from lkj_xl.core.model import GALAT, OVER_PAGU, PERINGATAN, BudgetInput, BudgetResult, Node
from lkj_xl.core.number_format import whole_or_two
from lkj_xl.core.numbers import format_number
from lkj_xl.core.pagu_sipd import rounds_to, row_level, sheet_sums
from lkj_xl.core.ribuan_dibuat import made_ribuan
from lkj_xl.core.rincian_over_pagu import own_row, ribuan_too

_TRILIUN = 10**12  # more than any program of an OPD (pagu_sipd's bound)
_JUTA = 10**6  # a pagu below it is told by budget's small-amount check
_RIBU = 1000  # a thousand times it is Rp 1 juta: the least pagu typed in ribuan
FAR = 10  # spending this many times its pagu: no honest program's (typed s.d. each quarter: 4 at most)


def _why(
    pagu: Fraction,
    spent: Fraction | None,
    sums: tuple[Fraction | None, list[tuple[str, Fraction, Fraction]]],
    sd: str,
) -> str:
    """Why a thousandth of a program's ``pagu`` is as plausible (said first in the peringatan); "" when it
    is not: a total typed that is the programs' sum with the thousandth says so; one that is their sum as
    typed keeps it quiet; else the spending's scale above Rp 1 triliun (see the module)."""
    programs, totals = sums
    # (no total typed and a pagu up to Rp 1 triliun, nearly every program: nothing below can say why;
    # pagu <= _TRILIUN on the integers, the denominator positive)
    if programs is None and pagu.numerator <= _TRILIUN * pagu.denominator:
        return ""
    meant = pagu / 1000
    if programs is not None:
        with_meant = programs - pagu + meant
        for name, total, step in totals:
            if rounds_to(total, step, with_meant) and not rounds_to(total, step, programs):
                rounded = f"({rupiah(with_meant)}) bila dibulatkan " if total != with_meant else ""
                return f": dengan {rupiah(meant)}, jumlah pagu program {rounded}sama dengan {name} ({rupiah(total)})"
        if any(rounds_to(total, step, programs) for _, total, step in totals):
            return ""  # (a total staff typed is the programs' sum as typed)
    if pagu > _TRILIUN and spent is not None and spent > 0 and spent * 1000 < pagu and spent <= meant:
        return (
            f" melebihi Rp 1 triliun, sedangkan realisasi {sd} ({rupiah(spent)}) hanya {persen(spent / pagu * 100, 2)} "
            f"darinya; dengan pagu {rupiah(meant)} penyerapannya {persen(spent / meant * 100, 2)}"
        )
    return ""


def pagu_thousandfold(
    log: FindingLog,
    rows: Sequence[tuple[BudgetInput, BudgetResult]],
    nodes: dict[str, Node],
    subject: Callable[[BudgetInput], str],
    totals: Sequence[tuple[str, Fraction, Fraction]],
    sd: str,
) -> None:
    """``rows``: the Anggaran rows and their results (pagu_sipd.pagu_decimals'); programs only, a whole
    multiple of Rp 1.000 (the slip adds three zeros), typed without a scale word (`1.200 M` is no slip); ``sd``: the realisasi's period ("s.d. TW III").
    Quiet at a pagu where a finding stands already."""
    inputs = [item for item, _ in rows]
    sums: tuple[Fraction | None, list[tuple[str, Fraction, Fraction]]] | None = None  # (asked of a program)
    for item, result in rows:
        pagu = item.pagu_used.exact
        # (pagu / 1000 whole: a whole pagu, its denominator 1, whose numerator 1.000 divides; no Fraction
        # division a row)
        if (
            item.kode_galat
            or pagu is None
            or item.pagu_used.scale_word
            or pagu.denominator != 1
            or pagu.numerator % 1000
        ):
            continue
        if row_level(item, nodes) != "Program":
            continue
        sums = sheet_sums(inputs, nodes, totals) if sums is None else sums  # (pure: the same for every row)
        if not (why := _why(pagu, result.realisasi_exact, sums, sd)):
            continue
        sheet, header = c.SHEET_ANGGARAN, item.pagu_header
        if log.said_at(sheet, [log.ref(header, item.row, sheet)]):
            continue
        typed = clip(item.pagu_used.text) if item.pagu_used.text else format_number(pagu, 0)
        meant = format_number(pagu / 1000, 0)
        log.add(
            PERINGATAN,
            sheet,
            header,
            item.row,
            f'{header} {subject(item)} ({rupiah(pagu)}){why}, ditulis "{typed}": tiga angka nol terakhirnya '
            f'desimal SIPD (",000") yang tertulis dengan titik, sehingga maksudnya Rp {meant}? bila demikian, '
            f"tulis {meant}; bila memang {rupiah(pagu)}, biarkan",
        )
        unsay_small(log, item, pagu)


def unsay_small(log: FindingLog, item: BudgetInput, pagu: Fraction) -> None:
    """Take back the advice at ``item``'s quarters that their spending, under 0,1 % of the pagu told, is
    a thousand times what was typed (kata_skala: typed in ribuan or juta, its scale word one too low,
    "450 jt" for miliar, or SIPD's decimals, "450.000.000,000") where it is 0,1 % or more of the pagu
    meant: typed a thousand times over as it says, the spending would be wrong too. A quarter tiny even
    so keeps it."""
    sheet, meant = c.SHEET_ANGGARAN, pagu / 1000
    cells = {
        log.ref(header, item.row, sheet)
        for header, value in zip(c.REALISASI_TW_HEADERS, item.realisasi_tw)
        if value.exact is not None and value.exact * 1000 >= meant
    }
    named = f"pagu ({rupiah(pagu)})"  # (the advice's reason: "kurang dari 0,1% pagu (Rp ...)")
    log.items[:] = [
        f
        for f in log.items
        if not (
            f.sheet == sheet
            and f.sel in cells
            and f.pesan.startswith("Realisasi anggaran TW")
            and named in f.pesan
        )
    ]


def pagu_thousandth(
    log: FindingLog,
    rows: Sequence[tuple[BudgetInput, BudgetResult]],
    nodes: dict[str, Node],
    subject: Callable[[BudgetInput], str],
    triwulan: int,
) -> None:
    """The opposite slip: a program's pagu typed in ribuan without the word (``1.200.000`` for Rp 1,2 M)
    beside spending typed in rupiah, hundreds of juta. From Rp 1.000 (a thousand times it Rp 1 juta;
    below Rp 1 juta budget's small-amount check guesses juta, taken back: :func:`_unsay_small_pagu`) and where a thousand times it is an OPD's (at most Rp 1 triliun), a realisasi s.d. the
    reported quarter (``triwulan``; 0: the year) more than ten times the pagu and within a thousand times it
    (its penyerapan of the pagu meant at most 100 %), unless a quarter is within the pagu and the others
    read a thousandth keep the spending within it (:func:`quarter_slip_fits`: a quarter typed a thousand
    times over, 100 jt beside 150.000 jt of a right pagu of 500 jt, is no pagu slip) is a galat at the pagu with both readings, in place of the
    quarter's "melebihi pagu" (whose advice, a quarter typed s.d. it, does not fit): its pagu, penyerapan and
    every total holding them not computed (a penyerapan of 37.500 % is no reading of either slip). A real
    small pagu with small spending, or spending a little above its pagu, stays as before. Quiet at a pagu
    where a finding stands already (pagu_murni's, pagu_decimals'); one saying its rincian in rupiah add up
    to a thousand times it (rincian.sum_differs) is made that galat."""
    sheet, sd = c.SHEET_ANGGARAN, log.sd(triwulan) if triwulan else ""
    for item, result in rows:
        pagu, spent, up = item.pagu_used.exact, result.realisasi_exact, scale_up(item.pagu_used)
        if item.kode_galat or pagu is None or (item.pagu_used.scale_word and not up):
            continue
        if _told_ribuan(log, item, nodes):
            withhold(log, item, result)  # (whatever its spending: 5 jt of "1.200.000" is no 416,67 %)
            continue
        if spent is None:
            continue
        # (pagu >= _RIBU, pagu * 1000 <= _TRILIUN, pagu * FAR < spent <= pagu * 1000 on the integers:
        # pagu = p/d, spent = s/e, the denominators positive; asked of every row)
        (p, d), (s, e) = pagu.as_integer_ratio(), spent.as_integer_ratio()
        if not (p >= _RIBU * d and p * 1000 <= _TRILIUN * d and p * FAR * e < s * d <= p * 1000 * e):
            continue
        cells = [log.ref(h, item.row, sheet) for h in ("Pagu", "Pagu Perubahan")]
        if row_level(item, nodes) != "Program":
            continue
        if quarter_slip_fits(item, pagu, triwulan):
            # (a quarter within the pagu typed, the others a thousand times over: the pagu may be right;
            # a program made of its rincian, one of them so far above its pagu: said at it, rincian_ribuan)
            # (below Rp 1 juta, budget's "hanya Rp ...: ditulis dalam juta?" guessed without the spending)
            quiet = not log.said_at(sheet, cells) or _unsay_small_pagu(log, item)
            if quiet and not (item.row in log.made_programs and log.over_rincian.get(item.row)):
                _quarter_galat(log, item, result, f"{subject(item)} {sd}", triwulan)
            continue
        if item.row in log.made_programs and _part_far(log.over_rincian.get(item.row, []), item, pagu):
            continue  # (a rincian so far above its pagu, part of the program's: said at it, rincian_ribuan)
        if log.said_at(sheet, cells) and not _unsay_small_pagu(log, item):
            # (its Pagu Perubahan a thousandth of its Pagu, pagu_murni: so told, spending far above it)
            if _said_ribuan(log, log.ref(item.pagu_header, item.row, sheet)):
                withhold(log, item, result)
            continue
        header, meant = item.pagu_header, format_number(pagu * 1000, 0)
        # ("1,2 jt" of 301 jt spent: the scale word one too low, as a bare figure is typed in ribuan)
        slip, also = (
            (
                f'ditulis "{clip(item.pagu_used.text)}", kata skalanya "{up}", bukan "{item.pagu_used.scale_word}"?',
                "",
            )
            if up
            else ("pagu ditulis dalam ribuan rupiah?", f' atau "{format_number(pagu, 0)} ribu"')
        )
        fix = f"tulis {meant}{also}"
        # (a program made of its Kegiatan: its pagu cell is the first one's, each rincian's figure to type)
        if item.row in log.made_programs and (made := made_ribuan(log, item, pagu)):
            slip, fix = made
        log.add(
            GALAT,
            sheet,
            header,
            item.row,
            f"{header} {subject(item)} ({rupiah(pagu)}) jauh di bawah realisasi {sd} ({rupiah(spent)}, "
            f"{persen(spent / pagu * 100, 0)} dari pagu): {slip} {WITHHELD}; bila "
            f"maksudnya Rp {meant} (penyerapan {persen(spent / pagu / 10, 2)}), {fix}; "
            "bila pagunya benar, periksa realisasinya",
        )
        withhold(log, item, result)


def _part_far(
    far: Sequence[tuple[object, BudgetInput, Fraction, int]], program: BudgetInput, pagu: Fraction
) -> bool:
    """Whether the rincian of a made ``program`` spending ten to a thousand times their pagu (log.over_rincian)
    hold only part of its ``pagu`` (A ``500.000.000`` with 150.123.456.789 spent beside B's 500 jt spending
    150 jt: A's slip, said at A); where they hold all of it (every row in ribuan) the program's pagu is
    the slip, as is its one row's."""
    rows = [r for _, r, *_ in far if not own_row(r, program)]
    return bool(rows) and sum((r.pagu_used.exact or Fraction(0) for r in rows), Fraction(0)) < pagu


def quarter_slip_fits(item: BudgetInput, pagu: Fraction, triwulan: int) -> bool:
    """Whether ``item``'s spending far above its ``pagu`` reads as its pagu right and the quarters above it
    typed a thousand times over: some quarter within the pagu (0 < it <= pagu), and those quarters with the
    others read a thousandth within the pagu (100 jt and 150.000 jt of 500 jt: 250 jt, 50 %). Otherwise
    (1 jt and 300.000 jt of 1.200.000: 1.300.000, 108,33 %, no reading of a right pagu) the pagu is the
    slip: a quarter of Rp 1 juta is real small spending of the Rp 1,2 M meant. A quarter above the pagu
    that is no whole thousand (150.123.456.789) has no three zeros too many: its thousandth would be a
    figure with decimals to type (150.123.456,79), so the pagu is the slip read (or the spending checked)."""
    quarters = [v.exact for v in item.realisasi_tw[: triwulan or None] if v.exact is not None]
    if not any(0 < x <= pagu for x in quarters) or any(
        x > pagu and (x / 1000).denominator != 1 for x in quarters
    ):
        return False
    return sum((x if x <= pagu else x / 1000 for x in quarters), Fraction(0)) <= pagu


def quarter_readings(item: BudgetInput, pagu: Fraction, triwulan: int) -> tuple[Fraction, str, str, str]:
    """Of ``item``'s quarters read as :func:`quarter_slip_fits` reads them: (the spending with those above
    ``pagu`` a thousandth, their names "TW II dan TW III", the figures to type "TW II 150.000.000", the
    header of the last of them, where the galat stands)."""
    typed = [(q, v.exact) for q, v in enumerate(item.realisasi_tw[: triwulan or None]) if v.exact is not None]
    over = [(q, x) for q, x in typed if x > pagu]
    fitted = sum((x if x <= pagu else x / 1000 for _, x in typed), Fraction(0))
    names = " dan ".join(c.TW_LABELS[q] for q, _ in over)
    fixes = ", ".join(f"{c.TW_LABELS[q]} {whole_or_two(x / 1000)}" for q, x in over)
    return fitted, names, fixes, c.REALISASI_TW_HEADERS[over[-1][0]]


def _quarter_galat(
    log: FindingLog, item: BudgetInput, result: BudgetResult, said: str, triwulan: int
) -> None:
    """The galat of spending ten to a thousand times its pagu that reads as a quarter typed a thousand times
    over (:func:`quarter_slip_fits`) as well as the pagu typed in ribuan: at the last quarter above the
    pagu, in place of its "melebihi pagu" (its advice, a quarter typed s.d. it, fits neither), both
    readings named; the pagu and penyerapan not computed (30.020 % is neither reading's)."""
    pagu, spent = item.pagu_used.exact, result.realisasi_exact
    if pagu is None or spent is None:
        return
    fitted, names, fixes, header = quarter_readings(item, pagu, triwulan)
    log.add(
        GALAT,
        c.SHEET_ANGGARAN,
        header,
        item.row,
        f"Realisasi anggaran {said} ({rupiah(spent)}) {persen(spent / pagu * 100, 0)} dari pagu "
        f"({rupiah(pagu)}): {WITHHELD}; bila realisasi {names} ditulis dengan tiga angka nol berlebih, tulis "
        f"{fixes} (penyerapan {persen(fitted / pagu * 100, 2)}); bila pagunya dalam ribuan rupiah, tulis pagu "
        f"{format_number(pagu * 1000, 0)} (penyerapan {persen(spent / pagu / 10, 2)})",
    )
    withhold(log, item, result, header, rincian=False)


def _unsay_small_pagu(log: FindingLog, item: BudgetInput) -> bool:
    """Take back budget's small-amount peringatan at ``item``'s pagu ("hanya Rp 200.000: ditulis dalam juta
    ...?", the scale guessed without the spending) where it is the only finding there: a pagu below Rp 1
    juta with spending ten to a thousand times it is told by the galat of a pagu in ribuan instead."""
    sheet = c.SHEET_ANGGARAN
    cell = log.ref(item.pagu_header, item.row, sheet)
    there = [f for f in log.items if f.sheet == sheet and f.sel == cell]
    if not there or any(f.severity != PERINGATAN or " hanya Rp " not in f.pesan for f in there):
        return False
    log.items[:] = [f for f in log.items if not (f.sheet == sheet and f.sel == cell)]
    return True


# what a pagu's finding says of a pagu in ribuan beside its rincian (skala_jumlah.scale_slip)
_RIBUAN = "ditulis dalam ribuan rupiah"
# what the pagu's finding says of a pagu in ribuan: beside its rincian, beside its Pagu (pagu_murni._SLIPS)
_MARKS = (_RIBUAN, "ditulis dalam ribuan tanpa kata skala")
# what is not computed while it stands
WITHHELD = "pagu dan penyerapan anggarannya tidak dihitung, begitu pula jumlahnya"


def _told_ribuan(log: FindingLog, item: BudgetInput, nodes: dict[str, Node]) -> bool:
    """Whether a program's pagu is said typed in ribuan by its rincian's sum (rincian.sum_differs: its
    rows in rupiah add up to a thousand times it), made that galat (:func:`_said_ribuan`) whether its
    spending is far above it or not. A Pagu Perubahan a thousandth of its Pagu (pagu_murni) is not: a
    real cut spending within it stays as typed, its peringatan saying both readings."""
    cell = log.ref(item.pagu_header, item.row, c.SHEET_ANGGARAN)
    if not log.said_at(c.SHEET_ANGGARAN, [cell]) or row_level(item, nodes) != "Program":
        return False
    return _said_ribuan(log, cell, (_RIBUAN,))


def _said_ribuan(log: FindingLog, cell: str, marks: tuple[str, ...] = ()) -> bool:
    """Whether the peringatan at the pagu's ``cell`` says it is in ribuan, beside its rincian's sum
    (rincian.sum_differs) or beside its Pagu (a Pagu Perubahan a thousandth of it, pagu_murni); it is made
    a galat, saying what is not computed (never that the pagu is counted)."""
    sheet, found = c.SHEET_ANGGARAN, False
    for k, f in enumerate(log.items):
        if (
            f.sheet == sheet
            and f.sel == cell
            and f.severity == PERINGATAN
            and any(m in f.pesan for m in marks or _MARKS)
        ):
            said = f.pesan.split(". Yang dihitung", 1)[0]  # (its tail: the program's figure counted)
            said = said.replace(
                "Pagu Perubahan ini yang dihitung: penyerapan", "Dengan Pagu Perubahan ini penyerapan"
            )
            said = re.sub(r", biarkan$", ", periksa realisasinya", said)  # (a galat is never left so)
            log.items[k] = dataclasses.replace(f, severity=GALAT, pesan=f"{said}; {WITHHELD}")
            found = True
    return found


def withhold(
    log: FindingLog, item: BudgetInput, result: BudgetResult, header: str = "", rincian: bool = True
) -> None:
    """``item``'s pagu told typed in ribuan, a galat (at ``header``'s cell; the pagu's by default): the
    pagu, penyerapan and every total holding them not computed (the realisasi stands), its rincian's pagu
    so typed named (ribuan_too; not where ``rincian`` is False), the quarter's "melebihi pagu" taken back."""
    ref = log.where(c.SHEET_ANGGARAN, header or item.pagu_header, item.row)
    result.pagu = result.pagu_exact = result.penyerapan = None
    result.galat.append(ref)
    result.galat_pagu.append(ref)
    if rincian:
        ribuan_too(log, item)  # (its rincian's pagu typed so too)
    unsay_over(log, item)


def unsay_over(log: FindingLog, item: BudgetInput) -> None:
    """Take back the "melebihi pagu" at ``item``'s quarters (its advice, a quarter typed s.d. it, does not
    fit a pagu in ribuan)."""
    sheet = c.SHEET_ANGGARAN
    quarters = {log.ref(h, item.row, sheet) for h in c.REALISASI_TW_HEADERS}
    log.items[:] = [
        f for f in log.items if not (f.sheet == sheet and f.sel in quarters and f.tentang >= OVER_PAGU)
    ]
