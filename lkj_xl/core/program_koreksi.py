"""A counted quarter of a program made from its SIPD Kegiatan rows (program_from_rincian) where a row's
cell is no plain amount: a koreksi (a negative amount, "-1.250.000", "(1.250.000)": money returned) is a
real negative realisasi and sums with the others; a status ("belum", "menunggu SP2D") or an unreadable
cell leaves the quarter unknown, so the program's realisasi is not computed rather than summed without
it. Before, either stopped the program being made, and its Sasaran's budget was short by its pagu.
A quarter's sum below zero is the program's refund, netted while the realisasi s.d. it stays at or
above zero (refund_quarter), a galat below. Pure; exact arithmetic."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.budget import _spending_galat
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.formulas import exact_sum
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import GALAT, PERINGATAN, BudgetInput, Node, Value
from lkj_xl.core.rowkinds import belanja_account


def part_name(item: BudgetInput) -> str:
    """A row a program is made of as its findings name it: the DPA's line by its belanja (``jenis belanja
    5.1``: an account, no kegiatan), a SIPD Kegiatan or Sub Kegiatan as ``kegiatan 2.06.04.2.01``."""
    return f"{'jenis belanja' if belanja_account(item.kode, item.program) else 'kegiatan'} {item.kode}"


def summed(values: list[Value]) -> Value:
    """The sum of ``values`` (numbers, blanks, dashes): blank when every one is blank, nol when only dashes."""
    typed = [v.exact for v in values if v.exact is not None]
    if typed:
        total = exact_sum(typed)  # (one normalisation: formulas.exact_sum)
        return Value(number=float(total), exact=total)
    if any(v.text for v in values):  # a dash typed: nothing spent, on purpose
        return Value(number=0.0, exact=Fraction(0), text="-")
    return Value()


def counted_quarter(
    log: FindingLog, node: Node, rows: list[BudgetInput], q: int, before: list[Value] | None = None
) -> Value:
    """Quarter ``q`` (0-based, counted) of program ``node`` made of ``rows``: their sum, a koreksi
    included (a peringatan at its cell), also a sum below zero while the realisasi s.d. the quarter
    (with the quarters ``before`` it, as made) stays at or above zero: a refund, netted as a program
    row's own (refund_quarter). A Value with a galat (the program's realisasi not computed) when a cell
    holds a status or a galat (its galat said there, as a program row's), or when the sum s.d. the
    quarter is below zero or unknown with this one below zero (a galat at each koreksi)."""
    header, label = c.REALISASI_TW_HEADERS[q], c.TW_LABELS[q]
    values = [item.realisasi_tw[q] for item in rows]
    koreksi = [(item, v) for item, v in zip(rows, values) if v.exact is not None and v.exact < 0]
    unknown: list[str] = []
    for item, value in zip(rows, values):
        if value.galat or value.status:
            _spending_galat(log, item.row, q + 1, value, f'{part_name(item)} "{item.program}"', unknown)
    total = summed([v for v in values if not v.galat and not v.status])
    # the realisasi s.d. the quarter: unknown after a quarter made a galat (its refund nets later)
    earlier = before or []
    net = (
        None
        if any(v.galat for v in earlier)
        else sum((v.exact for v in earlier if v.exact is not None), total.exact or Fraction(0))
    )
    if not unknown and (total.exact is None or total.exact >= 0 or (net is not None and net >= 0)):
        for item, value in koreksi:
            log.add(
                PERINGATAN,
                c.SHEET_ANGGARAN,
                header,
                item.row,
                f'Realisasi anggaran {label} {part_name(item)} ("{item.program}") di bawah nol '
                f"({rupiah(value.exact or 0)}): dibaca sebagai koreksi (pengembalian belanja) dan dikurangkan; "
                f"realisasi {label} program {node.kode} = jumlah rinciannya {rupiah(total.exact or 0)}. "
                "Bila bukan koreksi, perbaiki angkanya",
            )
        return total
    below = not unknown  # (the sum below zero: each koreksi is the galat)
    summed_below = f"realisasi {label} program {node.kode} (jumlah rinciannya, {rupiah(total.exact or 0)})"
    for item, value in koreksi:
        if not below:
            why = f"dibaca sebagai koreksi, tetapi realisasi {label} program {node.kode} belum dapat dihitung"
        elif net is not None:
            why = (
                f"{summed_below} di bawah nol dan realisasi {log.sd(q + 1)} bersih {rupiah(net)}, di bawah nol: "
                "pengembalian belanja melebihi realisasi sebelumnya; tidak dihitung (periksa angka ini dan "
                "realisasi triwulan sebelumnya)"
            )
        else:
            why = f"{summed_below} di bawah nol dan realisasi triwulan sebelumnya belum dapat dibaca; tidak dihitung"
        log.add(
            GALAT if below else PERINGATAN,
            c.SHEET_ANGGARAN,
            header,
            item.row,
            f'Realisasi anggaran {label} {part_name(item)} ("{item.program}") {rupiah(value.exact or 0)}: {why}',
        )
        if below:
            unknown.append(log.where(c.SHEET_ANGGARAN, header, item.row))
    return Value(galat=unknown[0])
