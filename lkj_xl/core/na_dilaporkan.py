"""`N/A` (`NA`, `n.a.`, however dotted or spaced) typed in the reported quarter beside an earlier quarter
with a figure (kinerja66): no data, as `-` (tanpa_data), so the realisasi s.d. the quarter is the other
quarters' alone; it was said only in the note under Tabel 3.1, a reader of the row seeing the capaian as
complete, and nothing in the check. Now a peringatan at the cell, as the reported quarter left blank
gets (indicator_cells.partial_quarters): what the realisasi s.d. it is made of and what to type. `-`
stays quiet (the lead's decision: typed on purpose, the seed's Nilai Investasi). Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.model import PERINGATAN, SOME_QUARTERS, TOTALS, IndicatorInput
from lkj_xl.core.tanpa_data import not_available


def reported_not_available(
    item: IndicatorInput,
    name: str,
    triwulan: int,
    numbers: list[Fraction | None],
    taken_from: str,
    log: FindingLog,
) -> None:
    """The peringatan at the reported quarter ``triwulan`` holding `N/A` when an earlier quarter has a
    figure; ``taken_from``: "dihitung dari TW I saja" (or a Nilai Akhir's "diambil dari ...")."""
    if not 0 < triwulan <= len(item.realisasi_tw) or not any(n is not None for n in numbers[: triwulan - 1]):
        return
    value = item.realisasi_tw[triwulan - 1]
    if value.exact is not None or value.galat or not not_available(value.text.strip()):
        return
    tw = c.TW_LABELS[triwulan - 1]
    log.add_repeated(
        PERINGATAN,
        c.SHEET_KINERJA,
        c.REALISASI_TW_HEADERS[triwulan - 1],
        item.row,
        f'Realisasi {tw} {name} ({log.dilaporkan()}) berisi "{value.text.strip()}" (tidak ada data): realisasi '
        f"{log.sd(triwulan)} {taken_from}, begitu pula capaian dan kriterianya; isi angkanya bila sudah ada, "
        '"nihil" bila nol',
        f'Realisasi {tw} berisi "N/A" (tidak ada data) pada {{n}} indikator (baris {{baris}}; {log.dilaporkan()}): '
        f"realisasi {log.sd(triwulan)} dihitung dari triwulan yang terisi saja; isi angkanya bila sudah ada",
        TOTALS | SOME_QUARTERS,
    )


def year_not_available(
    item: IndicatorInput, name: str, triwulan: int, numbers: list[Fraction | None], log: FindingLog
) -> None:
    """The peringatan at a Nilai Akhir's TW IV holding `N/A` in the year's report beside an earlier
    figure (kinerja67): the indicator is belum diketahui (nilai_akhir_tahunan: never TW III's figure as
    the year's), which was said at no cell, where `N/A` in any other reported quarter is. ``numbers``:
    the quarters as read, before the rule blanks them."""
    if triwulan != 4 or item.jenis_realisasi != c.NILAI_AKHIR or len(numbers) < 4 or numbers[3] is not None:
        return
    value = item.realisasi_tw[3]
    filled = [q for q, n in enumerate(numbers[:3]) if n is not None]
    if value.exact is not None or value.galat or not filled or not not_available(value.text.strip()):
        return
    last = c.TW_LABELS[filled[-1]]
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        c.REALISASI_TW_HEADERS[3],
        item.row,
        f'Realisasi TW IV {name} ({log.dilaporkan()}) berisi "{value.text.strip()}" (tidak ada data): '
        f"realisasi tahunan belum diketahui (Nilai Akhir: angka {last} bukan angka akhir tahun), begitu "
        'pula capaian dan kriterianya; isi angkanya bila sudah ada, "nihil" bila nol',
    )
