"""A quarter of a per mil indicator typed as its percentage (an RSUD's NDR, Satuan "‰": TW I 22, TW II
25, TW III 2,5 taken from a report in percent, 2,5 % = 25 ‰): read 2,5 ‰, a Negatif Rata-rata of 16,5
for 24, 134 % for 104 %. Said at the quarter's cell when every other counted quarter above zero is 8 to
12 times it (or at each of two quarters a tenth of the other two: 2,2 and 2,4 beside 22 and 25);
computed as typed (a figure is never changed silently). Not where ten times is growth: a Kumulatif
chosen (each quarter its own flow), a Nilai Akhir's lower quarters before the higher (a figure s.d. each
quarter, TW I 2,5 then 25, grows so). Part of capaian_checks. Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.per_mil import is_per_mil_satuan
from lkj_xl.core.spending_status import figure_to_type

# "about ten times": a tenth read off by rounding either figure (22 / 2,75 = 8, 30 / 2,5 = 12); a
# genuine fall of a death rate is far less (22, 25 then 12: 2 times)
LOW, HIGH = 8, 12
Quarter = tuple[int, str, Fraction, str]  # (its place among the quarters, its header, its figure, as typed)


def percent_among_per_mil(
    cells: list[tuple[str, Value]], item: IndicatorInput, name: str, log: FindingLog
) -> None:
    """The quarters of ``cells`` (the target's first, then the counted quarters) a tenth of the others:
    the counted quarters above zero split into a lower level and a higher one, each higher 8 to 12 times
    each lower, the lower ones no more than the higher (22, 25 beside 2,5; 22, 25 beside 2,2 and 2,4):
    a peringatan at each lower one naming the higher and the per mil meant. Quiet where the lower are
    the more (22 beside 2,5 and 2,4: which level slipped is not known)."""
    chosen_sum = item.jenis_realisasi == c.KUMULATIF and not item.jenis_kosong  # (blank: a rate, as said)
    if len(cells) < 3 or chosen_sum or not is_per_mil_satuan(item.satuan):
        return  # (a Kumulatif sums flows: 2,5 deaths per 1.000 one quarter, 25 the next, is no slip)
    quarters: list[Quarter] = [
        (i, h, v.exact, _as_typed(v, v.exact))
        for i, (h, v) in enumerate(cells[1:])
        if not v.percent and v.exact is not None and v.exact > 0
    ]
    low, high = _levels(quarters)
    if not low:
        return
    if item.jenis_realisasi == c.NILAI_AKHIR and max(q[0] for q in low) < min(q[0] for q in high):
        return  # (a position typed s.d. each quarter grows from TW I; the last, scored, is a high one)
    beside = ", ".join(f"{h.removeprefix('Realisasi ')} {figure(w)}" for _, h, w, _ in high)
    for _, tw, x, shown in low:
        if log.said_at(c.SHEET_KINERJA, [log.ref(tw, item.row, c.SHEET_KINERJA)]):
            continue  # (a rate saved as a fraction: said already, with its own figure to type)
        read, meant = figure_to_type(x), figure_to_type(x * 10)  # (every decimal: 2,123456 % = 21,23456 ‰)
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            tw,
            item.row,
            f"{tw} {name} ditulis {shown}, sekitar sepuluh kali lebih kecil daripada triwulan lain "
            f'({beside}) dengan Satuan "{item.satuan.strip()}": dibaca {read} ‰. Bila yang ditulis '
            f"persentasenya ({read} % = {meant} ‰), tulis {meant}; bila memang {read} ‰, biarkan",
        )


def _levels(quarters: list[Quarter]) -> tuple[list[Quarter], list[Quarter]]:
    """The lower and the higher level (each in the quarters' order), every higher figure 8 to 12 times
    every lower one and the lower no more than half of them; ([], []) where there are none. At most one
    split so qualifies: below it every figure is within 12 / 8 of each other."""
    ranked = sorted(quarters, key=lambda q: q[2])
    for k in range(1, len(ranked) // 2 + 1):
        below, above = ranked[:k], ranked[k:]
        if LOW * below[-1][2] <= above[0][2] and above[-1][2] <= HIGH * below[0][2]:
            return sorted(below), sorted(above)
    return [], []


def _as_typed(value: Value, x: Fraction) -> str:
    """The cell as typed, quoted where it is more than its figure ("2,5 ‰", "2,50"): the message names
    the figure read apart, lest "dibaca 2,5 ‰ ‰" or "2,5 ‰ % = 25 ‰"."""
    typed = (value.text or "").strip()
    return f'"{typed}"' if typed and typed != figure_to_type(x) else figure_to_type(x)
