"""A program's quarter below zero that is a refund (pengembalian belanja, a contra pos booked in a later
quarter: TW I 120 jt, TW II -5 jt, TW III 80 jt). Anggaran's quarters are each quarter's own spending
(README, Anggaran), so the realisasi s.d. that quarter is their sum: where it stays at or above zero it
is the netted spending SIPD reports, counted, with a peringatan at the cell naming the refund and the
net. A net below zero stays a galat (budget._below_zero says what to type). A refund that reads as typed in
ribuan (:func:`_in_ribuan`) asks so, as a positive quarter that small is asked (budget._slips)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import persen, rupiah
from lkj_xl.core.model import PERINGATAN, TOTALS, BudgetInput, Value
from lkj_xl.core.numbers import format_number

# A refund typed at or above it is read as typed: a few hundred thousand rupiah returned (sisa UP, a
# perjalanan dinas) is ordinary after any spending, and asking "ribuan?" there is a false alarm. Below it a
# whole program quarter refunding so little is rare, and its thousandfold a plausible refund.
_LEAST = 100_000


def _in_ribuan(amount: Fraction, earlier: Fraction, pagu: Fraction | None, sd: str) -> str:
    """The question of a refund ``amount`` (below zero) typed in ribuan, "" when none: under 0,1 % of the
    pagu (as a positive quarter asked so, budget._slips) and under Rp 100.000 (``_LEAST``), and a thousand
    times it a refund the spending ``earlier`` can hold (a refund returns money spent: -5.000 after 150 jt
    reads -5 jt; -500.000 after 150 jt would read -500 jt, no refund of it, so not asked)."""
    if (
        pagu is None
        or pagu <= 0
        or -amount * 1000 >= pagu
        or -amount >= _LEAST
        or earlier + amount * 1000 < 0
    ):
        return ""
    meant, net = amount * 1000, earlier + amount * 1000
    return (
        f" {rupiah(-amount)} kurang dari 0,1% pagu ({rupiah(pagu)}): ditulis dalam ribuan rupiah? bila "
        f"maksudnya {rupiah(meant)}, tulis {format_number(meant, 0)} (realisasi {sd} bersih {rupiah(net)}, "
        f"{persen(net / pagu * 100, 2)} pagu); bila memang {rupiah(amount)}, biarkan."
    )


def refund_counted(
    log: FindingLog,
    row: int,
    q: int,
    value: Value,
    subject: str,
    before: list[Fraction | None],
    known: bool,
    pagu: Fraction | None = None,
) -> bool:
    """Whether quarter ``q``'s (1-based) spending below zero is counted as a refund: the quarters
    ``before`` it (counted, None: blank) all ``known`` (no status or unreadable cell among them: the net
    would be unknown) and their sum with it at or above zero; the peringatan at its cell if so (``pagu``:
    the one counted, to ask whether the refund was typed in ribuan)."""
    amount = value.exact
    if amount is None or amount >= 0 or not known:
        return False
    earlier = sum((v for v in before[: q - 1] if v is not None), Fraction(0))
    net = earlier + amount
    if net < 0:
        return False
    tw = c.TW_LABELS[q - 1]
    # (typed with a scale word, "-5 rb", it is in the scale it says)
    asked = "" if value.scale_word else _in_ribuan(amount, earlier, pagu, log.sd(q))
    log.add(
        PERINGATAN,
        c.SHEET_ANGGARAN,
        c.REALISASI_TW_HEADERS[q - 1],
        row,
        f"Realisasi anggaran {tw} {subject} di bawah nol ({rupiah(amount)}): dihitung sebagai pengembalian "
        f"belanja (kontra pos) yang mengurangi realisasi; realisasi {log.sd(q)} bersih {rupiah(net)} "
        f"({rupiah(earlier)} - {rupiah(-amount)}).{asked} Bila bukan "
        "pengembalian belanja, perbaiki angkanya",
        TOTALS,
    )
    return True


def quarter_usable(values: Sequence[Value], q: int) -> bool:
    """Whether quarter ``q``'s (0-based) realisasi cell gives a figure to sum: a number at or above zero
    (blank: nothing spent), or a refund :func:`refund_counted` counts (no unreadable cell or status
    before it, the realisasi s.d. it at or above zero). The sum checks of rincian rows read a row's
    quarters so, as its own figures are counted: a refund was "no number" there, its rows never compared."""
    value = values[q]
    if value.galat or value.status:
        return False
    if value.exact is None or value.exact >= 0:
        return True
    if any(v.galat or v.status for v in values[:q]):
        return False
    return sum((v.exact for v in values[: q + 1] if v.exact is not None), Fraction(0)) >= 0


def spent_sd(values: Sequence[Value], triwulan: int) -> Fraction | None:
    """The realisasi s.d. ``triwulan`` as typed, refunds netted (blank: nothing); None when a quarter
    gives no figure (:func:`quarter_usable`) or no quarter is reported (0: unknown)."""
    if not triwulan or not all(quarter_usable(values, q) for q in range(triwulan)):
        return None
    return sum((v.exact for v in values[:triwulan] if v.exact is not None), Fraction(0))


def block_spent_sd(kids: Sequence[BudgetInput], triwulan: int) -> Fraction | None:
    """The details' realisasi s.d. ``triwulan`` together, refunds netted across them: each one's
    :func:`spent_sd`, or, where a line's own net is below zero (a DPA line's koreksi, `(1.500.000)`, in a
    quarter it spent nothing else), the sum of every figure typed when it is at or above zero (the block's
    money, as its program counts it). None when a cell gives no figure (a galat, a status)."""
    each = [spent_sd(kid.realisasi_tw, triwulan) for kid in kids]
    if None not in each:
        return sum((v for v in each if v is not None), Fraction(0))
    if not triwulan or any(v.galat or v.status for kid in kids for v in kid.realisasi_tw[:triwulan]):
        return None
    total = sum(
        (v.exact for kid in kids for v in kid.realisasi_tw[:triwulan] if v.exact is not None), Fraction(0)
    )
    return total if total >= 0 else None
