"""A quarter of a per mil indicator typed as its percentage (an RSUD's NDR, Satuan "‰": TW I 22, TW II
25, TW III 2,5 taken from a report in percent, 2,5 % = 25 ‰): read 2,5 ‰, a Negatif Rata-rata of 16,5
for 24, 134 % for 104 %. Said at the quarter's cell when every other counted quarter above zero is 8 to
12 times it; computed as typed (a figure is never changed silently). Not where ten times is growth: a
Kumulatif's quarters (each its own flow), nor a Nilai Akhir's quarter before every other (a figure s.d.
each quarter, TW I 2,5 then 25, grows so). Part of capaian_checks. Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.number_words import is_per_mil_satuan
from lkj_xl.core.spending_status import figure_to_type

# "about ten times": a tenth read off by rounding either figure (22 / 2,75 = 8, 30 / 2,5 = 12); a
# genuine fall of a death rate is far less (22, 25 then 12: 2 times)
LOW, HIGH = 8, 12


def percent_among_per_mil(
    cells: list[tuple[str, Value]], item: IndicatorInput, name: str, log: FindingLog
) -> None:
    """The quarters of ``cells`` (the target's first, then the counted quarters) that every other
    quarter above zero is 8 to 12 times: a peringatan at each naming the others and the per mil meant.
    Two quarters at one level (2,2 and 2,4 beside 22 and 25) are no single slip: quiet."""
    if len(cells) < 3 or item.jenis_realisasi == c.KUMULATIF or not is_per_mil_satuan(item.satuan):
        return  # (a Kumulatif sums flows: 2,5 deaths per 1.000 one quarter, 25 the next, is no slip)
    quarters: list[tuple[str, Fraction, str]] = [
        (h, v.exact, _as_typed(v, v.exact))
        for h, v in cells[1:]
        if not v.percent and v.exact is not None and v.exact > 0
    ]
    for i, (tw, x, shown) in enumerate(quarters):
        others = [(h, w) for h, w, _ in quarters if h != tw]
        if not others or not all(LOW * x <= w <= HIGH * x for _, w in others):
            continue
        if i == 0 and item.jenis_realisasi == c.NILAI_AKHIR:
            continue  # (a position typed s.d. each quarter grows from TW I; TW I is not the one scored)
        if log.said_at(c.SHEET_KINERJA, [log.ref(tw, item.row, c.SHEET_KINERJA)]):
            continue  # (a rate saved as a fraction: said already, with its own figure to type)
        read, meant = figure_to_type(x), figure_to_type(x * 10)  # (every decimal: 2,123456 % = 21,23456 ‰)
        beside = ", ".join(f"{h.removeprefix('Realisasi ')} {figure(w)}" for h, w in others)
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            tw,
            item.row,
            f"{tw} {name} ditulis {shown}, sekitar sepuluh kali lebih kecil daripada triwulan lainnya "
            f'({beside}) dengan Satuan "{item.satuan.strip()}": dibaca {read} ‰. Bila yang ditulis '
            f"persentasenya ({read} % = {meant} ‰), tulis {meant}; bila memang {read} ‰, biarkan",
        )


def _as_typed(value: Value, x: Fraction) -> str:
    """The cell as typed, quoted where it is more than its figure ("2,5 ‰", "2,50"): the message names
    the figure read apart, lest "dibaca 2,5 ‰ ‰" or "2,5 ‰ % = 25 ‰"."""
    typed = (value.text or "").strip()
    return f'"{typed}"' if typed and typed != figure_to_type(x) else figure_to_type(x)
