"""The peringatan of a capaian computed as typed, in one call for the engine: capaian_checks' (through
rentang_cek, which runs them with a range target's bound), a share's quarter above 100 %
(share_above_whole), a percentage position chosen Kumulatif (posisi_persen), a share summed beyond
100 % or a growth rate summed (jumlah_pilihan), an index under % summed (indeks_dijumlahkan: none of the
share's words), a stock summed by default or chosen Kumulatif under a position word
(posisi_dijumlahkan), a rate per births or population summed (laju_dijumlahkan) and a Positif Nilai
Akhir fallen to a zero typed (nol_turun), a money flow above its year's Target by TW II (melebihi_awal), quarters in ribuan under a Satuan of whole
rupiah (ribuan_di_rupiah); first, a physical progress typed s.d. each quarter summed
(progres_fisik), whose peringatan speaks for the row before capaian_checks' running total. None changes
a figure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import capaian_checks
from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.indeks_dijumlahkan import index_summed
from lkj_xl.core.jumlah_pilihan import chosen_summed
from lkj_xl.core.laju_dijumlahkan import rate_summed
from lkj_xl.core.melebihi_awal import above_year_early
from lkj_xl.core.model import IndicatorInput, Settings, Value
from lkj_xl.core.nol_turun import fall_to_zero, mean_with_zero
from lkj_xl.core.number_words import is_percent_unit
from lkj_xl.core.posisi_dijumlahkan import position_count_summed, positions_summed
from lkj_xl.core.posisi_persen import position_share_summed
from lkj_xl.core.progres_fisik import progress_summed
from lkj_xl.core.rentang_cek import worth_a_look
from lkj_xl.core.ribuan_di_rupiah import ribuan_quarters
from lkj_xl.core.seperseribu import seperseribu
from lkj_xl.core.share_above_whole import share_above_whole


def looks(
    cells: list[tuple[str, Value]],
    item: IndicatorInput,
    name: str,
    settings: Settings,
    figures: tuple[Fraction, Fraction, int],
    log: FindingLog,
) -> None:
    """``figures``: the capaian, the realisasi and the quarter reported."""
    if is_percent_unit(item.satuan):  # (progres fisik 10; 35 of 100 %: both readings, not "subtract")
        progress_summed(cells, item, name, settings, figures[2], log)
    if cells[0][1].rentang is None:  # a one-figure target (most rows): weighed as it is
        capaian_checks.worth_a_look(cells, item, name, settings, figures, log)
        seperseribu(cells, item, name, figures[1], figures[2], log)
        ribuan_quarters(cells, item, name, figures[1], figures[2], log)  # (300.000 of Rp 1,25 M)
    else:
        worth_a_look(cells, item, name, settings, figures, log)
    if not figures[1]:  # (a zero typed after a figure: nihil for "not measured yet"?)
        fall_to_zero(cells, item, name, settings, figures[1:], log)
    elif item.jenis_realisasi == c.RATA_RATA:  # (such a zero in a mean)
        mean_with_zero(cells, item, name, settings, figures[1:], log)
    if is_percent_unit(item.satuan):  # (its first test, cached per Satuan: no call for a count)
        share_above_whole(cells, item, name, figures[2], log)
        # (an index or a score under %, summed: no share's words; said where capaian_checks did not)
        if index_summed(cells, item, name, settings, figures[2], log):
            return
        # (after capaian_checks: a running total or a rate summed said at the row speaks for it)
        position_share_summed(cells, item, name, settings, figures[2], log)
        # (after it: a share beyond 100 % with no position word, a growth rate summed)
        chosen_summed(cells, item, name, settings, figures[2], log)
    elif item.jenis_kosong:  # a stock counted per quarter, summed by default (posyandu aktif 430; 438)
        positions_summed(cells, item, name, figures[1], log)
    else:  # (chosen Kumulatif under a position word: posyandu aktif 812; 815 of 850)
        position_count_summed(cells, item, name, settings, figures[1:], log)
        # (a Negatif rate per births or population chosen Kumulatif: AKB 3,1; 3,4 of 7,2 per 1.000 KH)
        rate_summed(cells, item, name, settings, figures[2], log)
    if cells[0][1].rentang is None and not is_percent_unit(item.satuan):
        # (last: a running total, a thousand times the target or a stock summed by a blank Jenis
        # Realisasi said at the row speaks for it)
        above_year_early(cells, item, name, figures[1], figures[2], log)
