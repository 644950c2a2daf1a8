"""A program's quarter below zero that is a refund (pengembalian belanja, a contra pos booked in a later
quarter: TW I 120 jt, TW II -5 jt, TW III 80 jt). Anggaran's quarters are each quarter's own spending
(README, Anggaran), so the realisasi s.d. that quarter is their sum: where it stays at or above zero it
is the netted spending SIPD reports, counted, with a peringatan at the cell naming the refund and the
net. A net below zero stays a galat (budget._below_zero says what to type)."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import PERINGATAN, TOTALS, Value


def refund_counted(
    log: FindingLog, row: int, q: int, value: Value, subject: str, before: list[Fraction | None], known: bool
) -> bool:
    """Whether quarter ``q``'s (1-based) spending below zero is counted as a refund: the quarters
    ``before`` it (counted, None: blank) all ``known`` (no status or unreadable cell among them: the net
    would be unknown) and their sum with it at or above zero; the peringatan at its cell if so."""
    amount = value.exact
    if amount is None or amount >= 0 or not known:
        return False
    earlier = sum((v for v in before[: q - 1] if v is not None), Fraction(0))
    net = earlier + amount
    if net < 0:
        return False
    tw = c.TW_LABELS[q - 1]
    log.add(
        PERINGATAN,
        c.SHEET_ANGGARAN,
        c.REALISASI_TW_HEADERS[q - 1],
        row,
        f"Realisasi anggaran {tw} {subject} di bawah nol ({rupiah(amount)}): dihitung sebagai pengembalian "
        f"belanja (kontra pos) yang mengurangi realisasi; realisasi {log.sd(q)} bersih {rupiah(net)} "
        f"({rupiah(earlier)} - {rupiah(-amount)}). Bila bukan pengembalian belanja, perbaiki angkanya",
        TOTALS,
    )
    return True
