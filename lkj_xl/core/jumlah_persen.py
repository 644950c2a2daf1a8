"""A percentage or per mil whose Jenis Realisasi was left blank (Kumulatif by default) and whose quarters
sum to more than the whole (APM SD 98,75 + 98 + 97,5 + 98 = 392,25 %): no share can be that, so the
capaian is not computed and staff are asked to choose at the Jenis Realisasi cell (the lead's decision,
README "Jenis Realisasi"). A sum at or below the whole stays Kumulatif, as the seed's koperasi
25 + 4 = 29 % is meant; a Kumulatif chosen is never touched. Exact arithmetic; pure."""

from __future__ import annotations

import functools
import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import GALAT, PERINGATAN, IndicatorInput
from lkj_xl.core.nilai_akhir_tahunan import akhir_advice, tw4_unknown
from lkj_xl.core.number_format import format_number
from lkj_xl.core.number_words import is_percent_unit
from lkj_xl.core.per_mil import PER_MIL
from lkj_xl.core.sd_belum_diketahui import reported_text

# Per mil by its sign or name only: a rate "per 1.000 penduduk" counts visits or cases, which may
# exceed 1.000 without being a share.
_PER_MIL = re.compile(PER_MIL, re.IGNORECASE)
_Figures = tuple[str, Fraction, Fraction]  # the target's header, the target, the realisasi s.d. TW n
# A change in % (an increase, a growth rate) is no part of a whole: it may exceed 100 % ("% kenaikan").
_CHANGE = re.compile(r"\b(?:kenaikan|peningkatan|penurunan|pertumbuhan|perubahan|laju)\b", re.IGNORECASE)
# The same words naming what the Indikator measures, first or after "Persentase" ("Persentase peningkatan
# PAD", "Laju pertumbuhan ekonomi", the seed's "Prosentase Pertumbuhan Nilai Produksi Industri"); never a
# "peningkatan jumlah ...": the seed's "Persentase peningkatan jumlah rekomendasi TDG" (target 100 %,
# realisasi 100 %: every request for a TDG served, l. 902) is a share, as "Persentase UMKM yang mengalami
# peningkatan omzet" is (of all UMKM, the change only naming which). Nor is a promotion a change: a Dinas
# Pendidikan's "Angka kenaikan kelas" (pupils promoted), a BKPSDM's "Persentase kenaikan pangkat / gaji
# berkala / jabatan tepat waktu" are shares.
CHANGE_NAMED = re.compile(  # (also posisi_persen's)
    r"\s*(?:(?:persentase|prosentase|persen|tingkat|angka|rata-rata)\s+)?"
    r"(?:kenaikan(?!\s+(?:kelas|pangkat|gaji|jabatan|tingkat)\b)|penurunan|pertumbuhan|perubahan|laju|"
    r"peningkatan(?!\s+jumlah\b))\b",
    re.IGNORECASE,
)


def measures_change(indikator: str) -> bool:
    """Whether the Indikator measures a change, first or after "Persentase" / "Tingkat" ("Persentase
    peningkatan PAD", "Laju pertumbuhan ekonomi"): a figure that may exceed 100 % or fall below zero,
    never a share ("Persentase peningkatan jumlah ...", "Persentase UMKM yang mengalami peningkatan",
    "Angka kenaikan kelas")."""
    return bool(CHANGE_NAMED.match(indikator))


def growth_rate(item: IndicatorInput) -> bool:
    """A change the Indikator measures in % or ‰ (a growth rate, "Persentase peningkatan PAD" in %): it
    may fall below zero. A "Peningkatan kualitas jalan" in km, a "Pertumbuhan wirausaha baru" in orang
    count what was done or founded: never below zero."""
    return measures_change(item.indikator) and (
        is_percent_unit(item.satuan) or bool(_PER_MIL.search(item.satuan))
    )


@functools.lru_cache(maxsize=1024)  # asked of every blank Jenis Realisasi: a few Satuan a workbook
def share_whole(satuan: str) -> tuple[int, str] | None:
    """The whole a share of this Satuan is at most (100 %, 1.000 ‰) and its sign; None if no share."""
    if _CHANGE.search(satuan):
        return None
    if _PER_MIL.search(satuan):
        return 1000, "‰"
    if is_percent_unit(satuan):
        return 100, "%"
    return None


def _two(value: Fraction) -> str:
    """A figure to two decimals at most, without trailing zeros (98,0625: 98,06; 98: 98)."""
    shown = format_number(value, 2)
    return shown.rstrip("0").rstrip(",")


def summed_share(
    item: IndicatorInput,
    name: str,
    numbers: list[Fraction | None],
    triwulan: int,
    log: FindingLog,
    galat: list[str],
    index: str = "",
) -> None:
    """A galat at the Jenis Realisasi cell (added to ``galat``) of a share left blank whose quarters with
    a number, two at least, sum to more than its whole; it replaces the peringatan a blank Jenis
    Realisasi on a rate gets (indicator_cells._summed_levels, said only of a row without galat).
    ``triwulan``: the quarters counted (4 in the year's report, where Nilai Akhir may be unknown).
    ``index``: the word an index or score under % is named by ("nilai" of an NTP, "skor" of a PPH;
    indeks_dijumlahkan.index_word), whose reason is no share's: its year is no sum of its quarters."""
    if not item.jenis_kosong:
        return
    whole = share_whole(item.satuan)
    if whole is None:  # (a count, most rows: no list made)
        return
    counted = [v for v in numbers if v is not None]
    if len(counted) < 2:
        return
    total = sum(counted, Fraction(0))
    limit, sign = whole
    if total <= limit:
        return
    quarters = ", ".join(c.TW_LABELS[q] for q, v in enumerate(numbers) if v is not None)
    parts = " + ".join(figure(v) for v in counted)
    # what Nilai Akhir gives: the last figure, or in the year's report with TW IV a status, no figure
    unknown = tw4_unknown(item, numbers, triwulan)
    akhir = f"belum diketahui: {unknown}" if unknown else figure(counted[-1])
    # Kumulatif and Rata-rata: the reported quarter's status leaves them unknown (README "Values")
    status = reported_text(item, numbers, triwulan)
    kumulatif = f"belum diketahui: {status}" if status else figure(total)
    rata = f"belum diketahui: {status}" if status else _two(total / len(counted))
    why = (
        f'padahal indikatornya {index} ("{item.indikator}"), bukan jumlah dan bukan bagian dari keseluruhan: '
        f"{index} setahun bukan jumlah {index} tiap triwulan"
        if index
        else f"lebih dari {format_number(limit, 0)} {sign}: jumlah ini tidak mungkin suatu bagian dari keseluruhan"
    )
    log.add(
        GALAT,
        c.SHEET_KINERJA,
        "Jenis Realisasi",
        item.row,
        f"Jenis Realisasi {name} kosong, jadi Kumulatif: {quarters} dijumlahkan, {parts} = {figure(total)} "
        f"{sign}, {why}; capaian tidak dihitung. Pilih di sel ini: Kumulatif ({kumulatif}), Rata-rata "
        f'({rata}) atau Nilai Akhir ({akhir}); pilih "Kumulatif" bila '
        "memang dijumlahkan",
    )
    galat.append(log.where(c.SHEET_KINERJA, "Jenis Realisasi", item.row))


def typed_as_fractions(item: IndicatorInput, target: Fraction, figures: list[Fraction]) -> bool:
    """A percentage's target and quarters (``figures``) all typed as fractions of one, none above 1 and
    none typed with % or in a Percent cell (Target 0,95, TW I 0,92 under Satuan %: a ratio =A/B saved
    without x 100, 95 % meant): its whole is 1, not 100. A figure typed with % (0,95 %) is a small
    percentage as typed."""
    if not 0 < target <= 1 or any(not 0 <= x <= 1 for x in figures):
        return False
    return not any(v.percent for v in (item.target, item.target_perubahan, *item.realisasi_tw))


def chosen_share_summed(
    typed: list[tuple[str, Fraction]],
    item: IndicatorInput,
    name: str,
    figures: _Figures,
    log: FindingLog,
    n: int,
) -> bool:
    """A percentage chosen Kumulatif (a per mil is a rate: capaian_checks._summed_score) whose every
    quarter alone is at least half its target (``typed``: capaian_checks' positions) and whose sum
    exceeds the whole: a rate per quarter (PATEN tepat waktu 92 %; 96 % of 95 % summed to 188 %,
    197,89 % "Sangat Tinggi"; a cost recovery rate). Computed as typed (a Kumulatif chosen is never
    refused, as the same row left blank is); the Jenis Realisasi cell says so and names the other
    choices (True). Flows of shares (25 %; 4 % of 40,71 %), a sum within the whole (40 %; 42 % of
    45 %), a change (`% kenaikan`, an Indikator "Persentase
    peningkatan PAD", "Laju pertumbuhan") and a target or quarter above the whole (no share) stay quiet.
    Quarters that never fall may be a share typed s.d. each (realisasi fisik 55; 80; 95 %): that
    reading is named too. Every figure typed as a fraction (0,92; 0,96 of 0,95: 1,88, the same
    197,89 %) is weighed against the whole of 1 (:func:`typed_as_fractions`) and told the percentages
    to type. ``n``: the quarters counted."""
    header, target, realisasi = figures
    whole = share_whole(item.satuan)
    if whole is None or measures_change(item.indikator) or not typed:
        return False
    limit, sign = whole
    pecahan = sign == "%" and realisasi <= limit and typed_as_fractions(item, target, [x for _, x in typed])
    if pecahan:  # (100 % is 1 here: 1,88 is 188 %)
        limit, sign = 1, ""
    if realisasi <= limit or target > limit or any(x > limit for _, x in typed):
        return False  # (within the whole, or no share: "%" typed for a count, 500 of 520)
    tws = [h.removeprefix("Realisasi ") for h, _ in typed]
    parts = " + ".join(f"{tw} {figure(x)}" for tw, (_, x) in zip(tws, typed))
    mean = _two(sum((x for _, x in typed), Fraction(0)) / len(typed))
    sd = ""
    if all(a[1] <= b[1] for a, b in zip(typed, typed[1:])):  # (a running total of a share never falls)
        more = ", dan seterusnya" if len(typed) > 2 else ""
        sd = (
            '; bila berisi realisasi s.d. triwulan itu (mis. realisasi fisik), pilih "Nilai Akhir" atau tulis '
            f"realisasi triwulan itu saja ({tws[-1]} dikurangi {tws[-2]}{more})"
        )
    if pecahan:
        summed = (
            f"{figure(realisasi)}, padahal {header} ({figure(target)}) dan realisasinya ditulis sebagai "
            f'pecahan dengan Satuan "{item.satuan}" ({figure(realisasi)} berarti {figure(realisasi * 100)} %, '
            f"lebih dari 100 %), dan tiap triwulan saja sedikitnya separuh {header}: bagian dari keseluruhan "
            "tidak mungkin lebih dari 100 %"
        )
        percents = ", ".join(f"{tw} {figure(x * 100)}" for tw, (_, x) in zip(tws, typed))
        after = (
            f". Bila maksudnya persen (pecahan, mis. hasil rumus tanpa x 100), tulis {header} "
            f"{figure(target * 100)} dan realisasinya {percents}; bila memang {figure(target)} %, tulis "
            "angkanya dengan tanda %"
        )
    else:
        summed = (
            f"{figure(realisasi)} {sign}, lebih dari {format_number(limit, 0)} {sign}, padahal tiap triwulan "
            f"saja sedikitnya separuh {header} ({figure(target)}): bagian dari keseluruhan tidak mungkin "
            f"lebih dari {format_number(limit, 0)} {sign}"
        )
        after = ""
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        "Jenis Realisasi",
        item.row,
        f"Realisasi {name} dijumlahkan (Kumulatif): {parts} = {summed}. Bila tiap triwulan berisi angka "
        f'triwulan itu (mis. persentase layanan tepat waktu), pilih "Rata-rata" ({mean}) atau "Nilai Akhir" '
        f'({akhir_advice(item, typed[-1][1], n)}){sd}; biarkan "Kumulatif" bila memang dijumlahkan{after}',
    )
    return True
