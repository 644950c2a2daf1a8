"""A penyerapan no reading of the Anggaran row can give: realisasi s.d. the reported quarter more than ten
times the pagu (1.000 %). Typed s.d. each quarter (kumulatif) the quarters of a pagu spent in full add up
to four times it at most; a pagu typed in ribuan (pagu_seribu.pagu_thousandth) gives ten to a thousand
times it and is said there with both readings. Beyond what those rules took (spending 2.000 times its pagu,
"1.000.000" beside Rp 2.083.500.000: 208.350 % printed in Tabel 3.4 and the Sasaran's efisiensi beside a
"melebihi pagu" whose advice, a quarter typed s.d. it, cannot explain it), a galat at the last quarter
naming the pagu's cell too: pagu and penyerapan not computed (the realisasi stands), nor any total holding
them. Pure; exact arithmetic."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import persen, rupiah
from lkj_xl.core.model import GALAT, BudgetInput, BudgetResult
from lkj_xl.core.numbers import format_number
from lkj_xl.core.pagu_seribu import FAR, WITHHELD, withhold

_OPD_MOST = 10**12  # no OPD's program above Rp 1 triliun (pagu_seribu's and pagu_sipd's bound)
_MILLION = 10**6  # spending this many times its pagu: its percentage not worth printing


def spending_beyond_reading(
    log: FindingLog,
    rows: Sequence[tuple[BudgetInput, BudgetResult]],
    subject: Callable[[BudgetInput], str],
    triwulan: int,
) -> None:
    """``rows``: the Anggaran rows counted and their results, after the rules of a pagu in ribuan (a row
    they withheld has no penyerapan left: quiet here)."""
    sheet, sd = c.SHEET_ANGGARAN, log.sd(triwulan) if triwulan else ""
    for item, result in rows:
        pagu, spent = result.pagu_exact, result.realisasi_exact
        if item.kode_galat or result.penyerapan is None or pagu is None or spent is None or pagu <= 0:
            continue
        if spent <= pagu * FAR:
            continue
        typed = [
            (h, v.exact)
            for h, v in zip(c.REALISASI_TW_HEADERS[: triwulan or None], item.realisasi_tw)
            if v.exact is not None and v.exact > 0
        ]
        if not typed:
            continue
        header = typed[-1][0]
        quarters = ", ".join(log.where(sheet, h, item.row) for h, _ in typed)
        pagu_cell = log.where(sheet, item.pagu_header, item.row)
        huge = spent > pagu * _MILLION  # (1E-298 beside Rp 8 juta: a figure of 300 digits is no help)
        share = "lebih dari sejuta kali" if huge else f"{persen(spent / pagu * 100, 0)} dari"
        ribuan, check = "", f"periksa pagu ({pagu_cell}) dan realisasi ({quarters})"
        if pagu * 1000 < spent and not huge:  # (read in ribuan it is above 100 % still)
            ribuan = f", dengan pagu dalam ribuan rupiah pun {persen(spent / pagu / 10, 2)}"
        elif pagu * 1000 <= _OPD_MOST:  # (a row pagu_seribu leaves, a Kinerja Kegiatan's: that reading named)
            meant = format_number(pagu * 1000, 0)
            check = f"bila pagunya dalam ribuan rupiah, tulis {meant} (penyerapan {persen(spent / pagu / 10, 2)}); bila tidak, {check}"
        times = "" if huge else f", lebih dari {FAR} kali pagu"
        log.add(
            GALAT,
            sheet,
            header,
            item.row,
            f"Realisasi anggaran {' '.join(filter(None, (subject(item), sd)))} ({rupiah(spent)}) {share} "
            f"pagu ({rupiah(pagu)} di {pagu_cell}){times}: tidak terbaca sebagai realisasi yang ditulis "
            f"kumulatif (paling banyak 4 kali pagu){ribuan}; {WITHHELD}; {check}",
        )
        withhold(log, item, result, header, rincian=False)
