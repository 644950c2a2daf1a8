"""A percentage chosen Kumulatif that no share or growth can be summed to (figures55), left silent by
posisi_persen (no position word) and jumlah_persen (a quarter below half the target, or a change):

- a share summed beyond the whole with no position word (`Persentase pelayanan perizinan tepat waktu`
  35,5 + 70 = 105,5 % of 90: 117,22 % "Sangat Tinggi"): a share of a whole cannot exceed 100 %,
  whatever the split, so each quarter was its own rate or a position. A percentage of a target may
  (`Persentase realisasi PAD terhadap target` 30 + 40 + 35 = 105 %, the PAD above its target): an
  Indikator naming a flow (realisasi, penyerapan, progres: posisi_persen's), a capaian or target, or a
  coverage against an estimated population (cakupan, APK, a rasio: often above 100 %) stays quiet, as does a target or quarter above 100 % (no share);
- a growth rate (`Persentase peningkatan PAD` 2,5 + 3,5 = 6 % of 5 %: 120 %) whose last quarter alone
  is at least half the target: a year's growth is not the sum of its quarters' rates, the figure typed
  at TW II is most often the growth so far (Nilai Akhir), and rates from quarter to quarter compound
  ((1 + 2,5 %) x (1 + 3,5 %) - 1 = 6,0875 %; points of a percentage, `peningkatan cakupan`, add).
  Quarters each a small step of the year's target (1,2; 1,3; 1,4; 1,5 of 5) are summed as meant.

Computed as typed (a Kumulatif chosen is never overruled); the Jenis Realisasi cell names the readings
with their capaian and kriteria, unless a cell of the row counted said something already. Positif
only (a lower-is-better sum is capaian_checks._summed_lower's). Pure."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.jumlah_persen import growth_rate, measures_change, share_whole, typed_as_fractions
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Settings, Value
from lkj_xl.core.nilai_akhir_tahunan import tw4_unknown
from lkj_xl.core.posisi_persen import ALIRAN, kumulatif_typed, reading, said_already

# A percentage of a target or a capaian ("Persentase realisasi PAD terhadap target", "Persentase capaian
# target PAD"): more than 100 % when the target is passed.
# A coverage or ratio against an estimated population (cakupan imunisasi, APK: often above 100 % where the
# projected sasaran was low) likewise.
_OF_TARGET = re.compile(
    r"\b(?:capaian|pencapaian|target|sasaran|cakupan|rasio|indeks|apk|angka\s+partisipasi\s+kasar|"
    # revenue collected against its target ("Persentase penerimaan pajak daerah"): above it, honest
    r"penerimaan|pendapatan|pad|pajak|retribusi|pemungutan)\b",
    re.IGNORECASE,
)
# The word that names the change, as the peringatan quotes it.
_CHANGE_WORD = re.compile(r"kenaikan|penurunan|pertumbuhan|perubahan|laju|peningkatan", re.IGNORECASE)
# A change of a percentage or a rate ("Persentase peningkatan cakupan imunisasi"): points, which add;
# never compounded as a quantity's growth is.
_OF_PERCENT = re.compile(
    r"\b(?:kenaikan|penurunan|pertumbuhan|perubahan|peningkatan)\s+(?:cakupan|persentase|prosentase|"
    r"proporsi|rasio|angka|indeks|tingkat|apk|apm|ipm|ikm|prevalensi|skor)\b",
    re.IGNORECASE,
)


def chosen_summed(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    settings: Settings,
    n: int,
    log: FindingLog,
) -> None:
    """The peringatan at the Jenis Realisasi of a share summed beyond the whole or a growth rate summed
    (see above): ``cells`` the target's and the counted quarters' (``n``)."""
    if not (chosen := kumulatif_typed(cells, item)):
        return
    _, target, typed = chosen
    if len(typed) < 2 or sum(x for _, x in typed[:-1]) == 0:
        return  # (one quarter, or the earlier ones nothing: both readings the same)
    if said_already(item, typed, log):
        return  # (its own advice stands there)
    if growth_rate(item):
        pesan = _growth(item, name, (target, typed), settings, (n, log))
    else:
        pesan = _beyond_whole(item, name, (target, typed), settings, (n, log))
    if pesan:
        log.add(PERINGATAN, c.SHEET_KINERJA, "Jenis Realisasi", item.row, pesan)


def _parts(typed: list[tuple[str, Fraction]]) -> str:
    """The quarters summed as the peringatan shows them: "TW I 35,5 + TW II 70"."""
    return " + ".join(f"{h.removeprefix('Realisasi ')} {figure(x)}" for h, x in typed)


def _akhir(item: IndicatorInput, target: Fraction, last: Fraction, settings: Settings, nl: tuple) -> str:
    """Nilai Akhir's reading: the last quarter's capaian, or the year's status of a TW IV `-`."""
    n, log = nl
    if unknown := tw4_unknown(item, [v.exact for v in item.realisasi_tw[:n]], n):
        return f'pilih "Nilai Akhir" (belum diketahui: {unknown})'
    return f'pilih "Nilai Akhir": realisasi {log.sd(n)} {figure(last)} %, capaian {reading(last, target, settings)}'


def _beyond_whole(
    item: IndicatorInput,
    name: str,
    figures: tuple[Fraction, list[tuple[str, Fraction]]],
    settings: Settings,
    nl: tuple[int, FindingLog],
) -> str:
    """A share with no flow, target or change word summed beyond 100 %: both readings; "" otherwise."""
    target, typed = figures
    values = [x for _, x in typed]
    total = sum(values, Fraction(0))
    text = " ".join(item.indikator.split())
    if share_whole(item.satuan) != (100, "%") or measures_change(text) or ALIRAN.search(text):
        return ""
    if _OF_TARGET.search(text) or typed_as_fractions(item, target, values):
        return ""  # (a percentage of a target may pass 100 %; fractions are jumlah_persen's)
    if total <= 100 or target > 100 or any(not 0 <= x <= 100 for x in values):
        return ""
    mean = total / len(values)
    return (
        f"Realisasi {name} dijumlahkan (Kumulatif): {_parts(typed)} = {figure(total)} %, lebih dari 100 %, capaian "
        f"{reading(total, target, settings)}: bagian dari keseluruhan tidak mungkin lebih dari 100 % (hanya "
        "persentase terhadap target, mis. realisasi PAD terhadap target, bisa). Bila tiap triwulan berisi "
        f"persentase s.d. triwulan itu, {_akhir(item, target, values[-1], settings, nl)}; bila berisi "
        f'persentase triwulan itu saja (mis. layanan tepat waktu), pilih "Rata-rata": {figure(mean)} %, '
        f'capaian {reading(mean, target, settings)}; biarkan "Kumulatif" bila memang dijumlahkan (capaian '
        "dihitung apa adanya)"
    )


def _growth(
    item: IndicatorInput,
    name: str,
    figures: tuple[Fraction, list[tuple[str, Fraction]]],
    settings: Settings,
    nl: tuple[int, FindingLog],
) -> str:
    """A growth rate summed: Nilai Akhir's reading and the quarters' rates compounded."""
    target, typed = figures
    values = [x for _, x in typed]
    if any(x <= -100 for x in values) or 2 * values[-1] < target:
        return ""  # (each quarter a small step of the year's growth: summed as meant, 1 + 2 of 5)
    total = sum(values, Fraction(0))
    found = _CHANGE_WORD.search(item.indikator)
    word = found[0].casefold() if found else "pertumbuhan"
    product = Fraction(1)
    for x in values:
        product *= 1 + x / 100
    chained = " x ".join(f"(1 + {figure(x)} %)" for x in values)
    compounded = (
        f"gabungannya {chained} - 1 = {figure((product - 1) * 100)} %, bukan {figure(total)} %"
        if not _OF_PERCENT.search(item.indikator)
        else f"jumlahnya {figure(total)} poin"  # (points of a percentage add)
    )
    tw = typed[-1][0].removeprefix("Realisasi ")
    return (
        f"Realisasi {name} dijumlahkan (Kumulatif): {_parts(typed)} = {figure(total)} %, capaian "
        f'{reading(total, target, settings)}, padahal indikatornya laju perubahan ("{word}"): '
        "pertumbuhan setahun bukan jumlah pertumbuhan tiap triwulan. Bila "
        f"{tw} berisi pertumbuhan s.d. {tw} (mis. dibanding periode yang sama tahun lalu), "
        f"{_akhir(item, target, values[-1], settings, nl)}; bila tiap triwulan berisi pertumbuhan dari "
        f'triwulan sebelumnya, {compounded}; biarkan "Kumulatif" bila memang dijumlahkan (capaian dihitung '
        "apa adanya)"
    )
