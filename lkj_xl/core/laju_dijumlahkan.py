"""A rate per live births or per population chosen Kumulatif, lower-is-better: a Dinkes's `Angka Kematian
Bayi` per 1.000 KH 3,1 then 3,4 of 7,2 summed to 6,5, 109,72 % "Sangat Tinggi" without a word, or an
`Insidensi Tuberkulosis` per 100.000 penduduk. A rate of a period is its events over that period's own
births or population, not the sum of the quarters' rates: the peringatan at its Jenis Realisasi names the
sum and Nilai Akhir (the rate s.d. the latest quarter, as typed there) with their capaian and kriteria,
whether or not the sum passes the target, and when Kumulatif is right (each quarter its events over the
year's births or population, the sum the year's rate). Computed as typed.

Quiet where the sum stays within the year's target pro rata to the quarters reported (Insidensi TB 70 + 80
of 300 s.d. TW II): each quarter about a quarter of the year's figure is each quarter's events over the
year's population or births, an honest flow, and both readings are at or above 100 % (Sangat Tinggi).
Quiet too, past its pro rata, of new cases per population (Insidensi TB 35 + 40 + 38 of 150 s.d. TW III,
113 past 112,5): the population is a stock, so the quarters' cases over it add up to the year's count
over it, a worse year honestly typed, while on course for at most one and a half times the target
(the sum x 4 / the quarters reported); beyond, each quarter is about the year's size (70 + 72 + 74 + 73 of
150: 7,33 % summed, 151,33 % as the last), told. Told there still where the rate cannot be summed: a prevalence (a
stock over the population) and quarters rising as running totals (35, 75: each step up at least three
quarters of the first quarter). Live births are a flow: a quarter's deaths over its own births are the
year's size, so a rate per births past its pro rata stays told.

Negatif only: a Positif rate of cases found over the year's population (a TBC's CNR 70 + 80 of 300) is an
honest flow, and one whose quarters each reach half the target is capaian_checks._summed_score's. A row
told already at its Jenis Realisasi, Keterangan, target or a counted quarter, one quarter typed (or nil
before it: both readings alike) and counts (`Jumlah kematian bayi`, Satuan jiwa) stay quiet. Pure."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.laju_kata import advice, base_named_words
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Settings, Value
from lkj_xl.core.nilai_akhir_tahunan import tw4_unknown
from lkj_xl.core.number_words import is_percent_unit
from lkj_xl.core.posisi_persen import reading
from lkj_xl.core.satuan_laju import rate_base

# A stock over the population, no events of the quarter: its quarters cannot be summed.
_STOCK = re.compile(r"\bprevalen", re.IGNORECASE)


def _year_count(item: IndicatorInput, values: list[Fraction], target: Fraction, n: int) -> bool:
    """Whether ``values``, the quarters of a rate per population, add up to the year's count over it:
    new cases, no prevalence, not rising as running totals (each step up at least 3/4 of the first), and
    on course for at most one and a half times ``target`` (the sum x 4 / ``n``, the quarters reported: beyond, each
    quarter is nearer the year's own rate than a quarter's share of it, 70 + 72 + 74 + 73 of 150)."""
    if base_named_words(item.satuan) != "penduduk" or _STOCK.search(item.indikator):
        return False
    if sum(values) * 8 > target * 3 * n:  # (the sum x 4 / n above 1,5 x the target)
        return False
    return not all((b - a) * 4 >= values[0] * 3 for a, b in zip(values, values[1:]))


def rate_summed(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    settings: Settings,
    n: int,
    log: FindingLog,
) -> None:
    """The peringatan of a rate per births or population summed (see above): ``cells`` the target's and
    the counted quarters' (``n``)."""
    if item.jenis_realisasi != c.KUMULATIF or item.jenis_kosong or item.polaritas != c.NEGATIF:
        return
    satuan = item.satuan
    if is_percent_unit(satuan) or (base := rate_base(satuan)) is None or base < 1000:
        return
    (header, head), quarters = cells[0], cells[1:]
    target = head.exact
    if target is None or head.rentang is not None or target <= 0:
        return
    typed = [(h, v.exact) for h, v in quarters if v.exact is not None]
    values = [x for _, x in typed]
    if len(values) < 2 or min(values) < 0 or sum(values[:-1]) <= 0 or values[-1] <= 0:
        return  # (one quarter, or nothing before the last: the sum is the last quarter's figure)
    if sum(values) * 4 <= target * n or _year_count(item, values, target, n):
        return  # (within the year's target pro rata, or new cases over the population: see above)
    cols = ("Jenis Realisasi", "Keterangan", header, *(h for h, _ in typed))
    if log.said_at(c.SHEET_KINERJA, [log.ref(h, item.row, c.SHEET_KINERJA) for h in cols]):
        return  # (a rate summed past the target, a capaian below zero, a slip at a quarter: said there)
    total, last = sum(values, Fraction(0)), values[-1]
    parts = " + ".join(f"{h.removeprefix('Realisasi ')} {figure(x)}" for h, x in typed)
    per = base_named_words(satuan)
    unknown = tw4_unknown(item, [v.exact for v in item.realisasi_tw[:n]], n)
    akhir = (
        f"belum diketahui: {unknown}"
        if unknown
        else f"dengan angka {typed[-1][0].removeprefix('Realisasi ')} {figure(last)}, capaian "
        f"{reading(last, target, settings, c.NEGATIF)}"
    )
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        "Jenis Realisasi",
        item.row,
        f"Realisasi {name} dijumlahkan (Kumulatif): {parts} = {figure(total)}, capaian "
        f'{reading(total, target, settings, c.NEGATIF)}, padahal Satuan "{" ".join(satuan.split())}" berupa angka per '
        f"{per}: {advice(per, akhir)}",
    )
