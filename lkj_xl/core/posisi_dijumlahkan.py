"""A count of a stock typed per quarter as the number there is at its end (posyandu aktif 430 in TW I,
438 in TW II, of 450), its Jenis Realisasi left blank: Kumulatif by default sums them (868, 192,89 %
"Sangat Tinggi"). Computed as typed, with a peringatan at the Jenis Realisasi naming Nilai Akhir, when
every quarter alone is at least half the target and their sum exceeds it (a flow, a quarter of the
year's each, stays quiet). So is such a count chosen Kumulatif whose Indikator names a state as it
stands (posisi_persen.position_word: "Jumlah posyandu aktif" 812; 815 of 850, 191,41 %) and whose last
quarter alone is at least 90 % of the target, both readings named with their capaian; a chosen one
without such a word, or further below its target, is a sum meant. A percentage so summed is
summed_share's galat, a score or a rate indicator_cells._summed_levels', a lower-is-better count
capaian_checks._summed_lower's. Pure Python."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Settings, Value
from lkj_xl.core.nilai_akhir_tahunan import tw4_unknown
from lkj_xl.core.number_words import is_percent_unit
from lkj_xl.core.pasted import rank
from lkj_xl.core.posisi_persen import kumulatif_typed, position_word, reading, said_already


def positions(cells: list[tuple[str, Value]], target: Fraction) -> list[tuple[str, Fraction]]:
    """The quarters typed (header, figure) after the target's in ``cells`` when two or more, each alone
    at least half the target (a position or a score per quarter, not a flow); else []."""
    typed = [(h, v.exact) for h, v in cells[1:] if v.exact is not None]
    return [] if len(typed) < 2 or any(2 * x < target for _, x in typed) else typed


def stock_by_default(cells: list[tuple[str, Value]], item: IndicatorInput) -> bool:
    """Whether :func:`positions_summed` weighs the row: a higher-is-better count (no rank) with a blank
    Jenis Realisasi whose quarters each look like a position. A quarter equal to the one before is then
    a stock that did not change (360 koperasi aktif in TW II and TW III), never a s.d. figure to
    subtract: its Nilai Akhir reading is said at the Jenis Realisasi."""
    if not item.jenis_kosong or item.polaritas != c.POSITIF or is_percent_unit(item.satuan):
        return False
    target = cells[0][1].exact
    return (
        target is not None
        and target > 0
        and not rank(item.indikator, item.satuan)
        and bool(positions(cells, target))
    )


def positions_summed(
    cells: list[tuple[str, Value]], item: IndicatorInput, name: str, realisasi: Fraction, log: FindingLog
) -> None:
    """The peringatan of a higher-is-better count with a blank Jenis Realisasi whose quarters look like
    positions (``cells``: the target's and the counted quarters'; ``realisasi``: their sum)."""
    if not item.jenis_kosong or item.polaritas != c.POSITIF or is_percent_unit(item.satuan):
        return
    header, target = cells[0][0], cells[0][1].exact
    if target is None:
        return
    # target <= 0 or realisasi <= target, on the integers of each Fraction (denominators are positive):
    # asked of every indicator, where Fraction comparisons cost a Python call or three each
    tn, td = target.as_integer_ratio()
    rn, rd = realisasi.as_integer_ratio()
    if tn <= 0 or rn * td <= tn * rd or rank(item.indikator, item.satuan):
        return
    if not (typed := positions(cells, target)):
        return
    refs = [log.ref(h, item.row, c.SHEET_KINERJA) for h in ("Jenis Realisasi", *c.REALISASI_TW_HEADERS)]
    if log.said_at(c.SHEET_KINERJA, refs):  # (a quarter typed s.d. it, a rate summed: said there)
        return
    parts = " + ".join(f"{h.removeprefix('Realisasi ')} {figure(x)}" for h, x in typed)
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        "Jenis Realisasi",
        item.row,
        f"Jenis Realisasi {name} kosong, jadi Kumulatif: {parts} = {figure(realisasi)}, melebihi {header} "
        f"({figure(target)}), padahal tiap triwulan saja sedikitnya separuh targetnya. Bila tiap triwulan "
        "berisi jumlah yang ada pada akhir triwulan itu (posisi, mis. jumlah posyandu aktif atau puskesmas "
        f'terakreditasi), pilih "Nilai Akhir" ({figure(typed[-1][1])}); pilih "Kumulatif" bila memang '
        "dijumlahkan",
    )


def position_count_summed(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    settings: Settings,
    figures: tuple[Fraction, int],
    log: FindingLog,
) -> None:
    """The peringatan at the Jenis Realisasi of a higher-is-better count chosen Kumulatif whose Indikator
    names a state as it stands and whose quarters look like positions (``cells``: the target's and the
    counted quarters'; ``figures``: their sum and the quarter reported), both readings with capaian."""
    if not (chosen := kumulatif_typed(cells, item)) or not (word := position_word(item.indikator)):
        return
    header, target, typed = chosen
    realisasi, n = figures
    if realisasi <= target or rank(item.indikator, item.satuan) or not positions(cells, target):
        return
    last = typed[-1][1]
    # (chosen, the sum is meant unless the last quarter alone is nearly the year's target, 90 % of it, as
    # running_total weighs a stock chosen Kumulatif: 8 + 10 puskesmas terakreditasi of 12 stays quiet)
    if 10 * last < 9 * target or said_already(item, typed, log):  # (a quarter equal to the one before)
        return
    parts = " + ".join(f"{h.removeprefix('Realisasi ')} {figure(x)}" for h, x in typed)
    unknown = tw4_unknown(item, [v.exact for v in item.realisasi_tw[:n]], n)
    akhir = (
        f"belum diketahui: {unknown}"
        if unknown
        else f"realisasi {log.sd(n)} {figure(last)}, capaian {reading(last, target, settings)}"
    )
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        "Jenis Realisasi",
        item.row,
        f"Realisasi {name} dijumlahkan (Kumulatif): {parts} = {figure(realisasi)}, capaian "
        f"{reading(realisasi, target, settings)}, padahal indikatornya menyebut keadaan pada akhir "
        f'triwulan ("{word}") dan tiap triwulan saja sedikitnya separuh {header} ({figure(target)}). Bila '
        f"tiap triwulan berisi jumlah yang ada pada akhir triwulan itu (posisi), pilih "
        f'"Nilai Akhir": {akhir}; biarkan "Kumulatif" bila tiap triwulan berisi tambahan triwulan itu saja '
        "(capaian dihitung apa adanya, Kumulatif)",
    )
