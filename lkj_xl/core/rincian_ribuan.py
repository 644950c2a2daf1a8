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
rincian are not counted: their peringatan is as before, also where its pagu is their sum (``500.700.000``:
SIPD's split of a pagu and its spending among Kegiatan tells nothing of a slip there). Pure."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import GALAT, BudgetInput, BudgetResult
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
                    f"{log.sd(triwulan)} ({rupiah(spent)}): ditulis dalam ribuan rupiah? pagu {subject(item)} adalah "
                    f"jumlah rinciannya, sehingga {WITHHELD}; bila maksudnya Rp {meant}, tulis {meant} atau "
                    f'"{format_number(pagu, 0)} ribu"; bila pagunya benar, periksa realisasinya'
                )
            log.add(GALAT, sheet, header, rincian.row, said)
            refs.append(log.where(sheet, header, rincian.row))
        if refs:
            unsay_over(log, item)  # (the made program's "melebihi pagu": its advice fits neither reading)
            result.pagu = result.pagu_exact = result.penyerapan = None
            result.galat.append(refs[0])
            result.galat_pagu.append(refs[0])
