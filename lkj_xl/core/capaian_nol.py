"""A capaian below zero by the report's formula: a lower-is-better realisation more than twice its
target, or a higher-is-better one below zero. Said at the target cell, once; a growth rate in % that fell
(`Persentase peningkatan PAD` -1,5 % of 5 %) is an honest figure, computed and printed without a word."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.jumlah_persen import growth_rate
from lkj_xl.core.model import PERINGATAN, IndicatorInput
from lkj_xl.core.polaritas_teks import DIJELASKAN_NEGATIF


def below_zero(
    item: IndicatorInput,
    name: str,
    target: tuple[str, Fraction],
    figures: tuple[Fraction, Fraction, int],
    log: FindingLog,
) -> None:
    """A lower-is-better realisation more than twice its target (or a higher-is-better one below zero,
    said as such, unless the Indikator measures a change in % or ‰: a growth rate that fell; a share
    named with a change word, "Angka kenaikan kelas", and a count, "Peningkatan kualitas jalan" in km, are
    still told): the report's formula gives a capaian below zero (25 cases of 10: -50 %), which pulls its node's mean below that of an indicator not yet
    realised at all; most often Kumulatif quarters typed as totals s.d. each quarter, or a Polaritas
    chosen for another indicator. Computed as the formula gives it; the target cell says so, once. The
    capaian is "di bawah nol", never "negatif": beside a Negatif indicator's "bernilai negatif" that word
    would mean two things in one sentence."""
    header, value = target
    capaian, realisasi, n = figures
    if log.said_at(
        c.SHEET_KINERJA, [log.ref(h, item.row, c.SHEET_KINERJA) for h in (header, "Jenis Realisasi")]
    ):
        return  # said already at the target (more than ten times it), or the sum at its Jenis Realisasi
    sd = log.sd(n)  # "Tahun 2025" in the year's report
    if item.polaritas != c.NEGATIF:  # higher is better: the realisasi itself is below zero
        if growth_rate(item):
            return  # a growth rate in % that fell: an honest figure, its table prints it (no slip to check)
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            header,
            item.row,
            f"Capaian {name} di bawah nol ({figure(capaian)}%): realisasi {sd} ({figure(realisasi)}) "
            "kurang dari nol, dan capaian di bawah nol menurunkan rata-rata capaian di atasnya. Periksa realisasinya "
            '(angka dalam tanda kurung, mis. "(20)", dibaca minus)',
        )
        return
    summed = (
        " (Kumulatif menjumlahkan realisasi per triwulan: bila tiap triwulan berisi angka s.d. triwulan "
        'itu, pilih "Nilai Akhir")'
        if item.jenis_realisasi == c.KUMULATIF
        else ""
    )
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f"Capaian {name} di bawah nol ({figure(capaian)}%): indikator {DIJELASKAN_NEGATIF} dengan "
        f"realisasi {sd} ({figure(realisasi)}) lebih dari dua kali {header} ({figure(value)}), dan "
        "capaian di bawah nol menurunkan rata-rata capaian di atasnya. Periksa realisasinya"
        f"{summed} dan Polaritasnya",
    )
