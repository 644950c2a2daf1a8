"""A rincian's pagu typed in ribuan inside the pagu of a program made of its rincian (program_from_rincian:
no program row, its pagu the Kegiatan rows' summed): Kegiatan A ``700.000`` spending 300.000.000 beside
Kegiatan B ``500.000.000`` spending 150.000.000 made a program pagu of Rp 500.700.000 and a penyerapan of
89,87 % with A's "melebihi pagu" alone, no reading of either slip (A's pagu Rp 700.000.000: 37,5 %; A's
spending typed a thousand times over: 30,02 %). The rincian spending ten to a thousand times its pagu
(log.over_rincian, left by pagu_seribu where the program's own pagu is told typed in ribuan) is a galat at
its pagu naming the figure to type, in place of its "melebihi pagu" (a quarter within its pagu whose others
read a thousandth fit it, pagu_seribu.quarter_slip_fits: at the last quarter above it, both readings); the
program's "melebihi pagu" taken back; the program's pagu and penyerapan, and every total
holding them, are not computed (the realisasi stands). Under a program row typed with its own figures the
rincian are not counted: their peringatan is as before; where the program's pagu and realisasi are their
sum (log.summed_programs: ``500.700.000`` / ``450.000.000`` over A and B), the program's figure is right
only if A's pagu is: a peringatan at the program's pagu says so with both penyerapan (89,87 % as typed,
450.000.000 / 1.200.000.000 = 37,5 % with A's pagu a thousand times), the figure counted as typed (its
own row). Pure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import persen, rupiah
from lkj_xl.core.kata_skala import ribuan_slip
from lkj_xl.core.model import GALAT, PERINGATAN, BudgetInput, BudgetResult, Finding
from lkj_xl.core.numbers import format_number
from lkj_xl.core.pagu_seribu import WITHHELD, quarter_readings, quarter_slip_fits, unsay_over


def rincian_in_sum(
    log: FindingLog,
    rows: Sequence[tuple[BudgetInput, BudgetResult]],
    subject: Callable[[BudgetInput], str],
) -> None:
    """For each made program of ``rows`` (log.made_programs) with rincian spending ten to a thousand times
    their pagu: a galat at each such pagu, the program's pagu and penyerapan withheld."""
    sheet = c.SHEET_ANGGARAN
    for item, result in rows:
        if item.row in log.summed_programs and item.row not in log.made_programs:
            _in_typed_sum(log, item, result, log.over_rincian.pop(item.row, []), subject)
            continue
        if item.row not in log.made_programs or not (far := log.over_rincian.pop(item.row, [])):
            continue
        unsaid = {id(f) for f, *_ in far if f is not None}
        log.items[:] = [f for f in log.items if id(f) not in unsaid]
        refs = []
        for _, rincian, spent, triwulan in far:
            header, pagu = rincian.pagu_header, rincian.pagu_used.exact
            if pagu is None:  # (recorded with a pagu above zero: rincian_over_pagu._spent)
                continue
            name = f' "{rincian.program}"' if rincian.program else ""
            meant = format_number(pagu * 1000, 0)
            # ("700 rb" is Rp 700.000 in so many words: "700.000 ribu" no other reading of it)
            also = "" if rincian.pagu_used.scale_word else f' atau "{format_number(pagu, 0)} ribu"'
            if quarter_slip_fits(rincian, pagu, triwulan):  # (a quarter within its pagu: both readings)
                _, names, fixes, header = quarter_readings(rincian, pagu, triwulan)
                said = (
                    f"Realisasi anggaran rincian {rincian.kode}{name} {log.sd(triwulan)} ({rupiah(spent)}) jauh "
                    f"di atas pagunya ({rupiah(pagu)}): pagu {subject(item)} adalah jumlah rinciannya, sehingga "
                    f"{WITHHELD}; bila realisasi {names} ditulis dengan tiga angka nol berlebih, tulis {fixes}; "
                    f"bila pagunya dalam ribuan rupiah, tulis pagu {meant}"
                )
            else:
                said = (
                    f"{header} rincian {rincian.kode}{name} ({rupiah(pagu)}) jauh di bawah realisasinya "
                    f"{log.sd(triwulan)} ({rupiah(spent)}): {ribuan_slip(rincian.pagu_used)} pagu {subject(item)} "
                    f"adalah jumlah rinciannya, sehingga {WITHHELD}; bila maksudnya Rp {meant}, tulis {meant}"
                    f"{also}; bila pagunya benar, periksa realisasinya"
                )
            log.add(GALAT, sheet, header, rincian.row, said)
            refs.append(log.where(sheet, header, rincian.row))
        if refs:
            unsay_over(log, item)  # (the made program's "melebihi pagu": its advice fits neither reading)
            result.pagu = result.pagu_exact = result.penyerapan = None
            result.galat.append(refs[0])
            result.galat_pagu.append(refs[0])


def _in_typed_sum(
    log: FindingLog,
    item: BudgetInput,
    result: BudgetResult,
    far: list[tuple[Finding | None, BudgetInput, Fraction, int]],
    subject: Callable[[BudgetInput], str],
) -> None:
    """The peringatan at the pagu of a program typed as its rincian's sum (``item``) naming the rincian of
    ``far`` (spending ten to a thousand times their pagu) whose pagu is in it: its figure holds only if
    theirs do; with theirs a thousand times, the pagu and penyerapan it would have."""
    pagu, spent = result.pagu_exact, result.realisasi_exact
    named = [(r, r.pagu_used.exact, s, log.sd(q)) for _, r, s, q in far if r.pagu_used.exact]
    if not named or not pagu or spent is None:
        return
    sheet = c.SHEET_ANGGARAN
    rincian = ", ".join(
        f"{r.kode}{f' {chr(34)}{r.program}{chr(34)}' if r.program else ''} ({rupiah(p)} di "
        f"{log.where(sheet, r.pagu_header, r.row)}, realisasinya {sd} {rupiah(s)})"
        for r, p, s, sd in named
    )
    meant = pagu + sum((p * 999 for _, p, _, _ in named), Fraction(0))  # (each a thousand times: 999 more)
    fixes = ", ".join(
        f"{format_number(p * 1000, 0)} di {log.where(sheet, r.pagu_header, r.row)}" for r, p, *_ in named
    )
    log.add(
        PERINGATAN,
        sheet,
        item.pagu_header,
        item.row,
        f"{item.pagu_header} {subject(item)} ({rupiah(pagu)}) adalah jumlah pagu rinciannya, termasuk pagu "
        f"rincian {rincian}, jauh di bawah realisasinya: pagu dan penyerapan program ini "
        f"({persen(spent / pagu * 100, 2)}) benar hanya bila pagu rincian itu benar; bila pagu rincian itu "
        f"ditulis dalam ribuan rupiah, pagu program {rupiah(meant)} (penyerapan {persen(spent / meant * 100, 2)}): "
        f"tulis {fixes}, dan {format_number(meant, 0)} di sini",
    )
