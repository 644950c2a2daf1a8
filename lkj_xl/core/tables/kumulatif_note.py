"""Under a capaian table of a report before the year's end (TW I-III, Semester I): the Kumulatif
indicators whose realisasi s.d. the quarter is the sum of the quarters run so far while the target is
the whole year's. A Positif one with a capaian still below 100 %: 15 % in TW II (Sangat Rendah) is what a
year on course gives, not a failure; the seed's report computes it the same way and leaves the reader to
know. A Negatif one (lower is better: tonnes of waste to the landfill, cases of pollution) is the
opposite: its capaian is high early and every quarter to come lowers it (32.845,75 of a year's ceiling
of 42.500 ton s.d. TW III is 122,72 % Sangat Tinggi, with 77 % of the ceiling used in three quarters),
said in a sentence of its own, whatever its capaian. Each said once, naming the indicators; a Nilai Akhir
or Rata-rata indicator measures a level the year's target already applies to: never named."""

from __future__ import annotations

from collections.abc import Iterable

from lkj_xl.core import contract as c
from lkj_xl.core import pasted
from lkj_xl.core.contract import sd_laporan
from lkj_xl.core.kalimat import daftar
from lkj_xl.core.layout import SheetBuilder
from lkj_xl.core.model import IndicatorResult, Report
from lkj_xl.core.number_words import is_percent_unit
from lkj_xl.core.summary import MAX_NAMES
from lkj_xl.core.tables.perubahan import note_row


def kumulatif_names(
    report: Report, indicators: Iterable[IndicatorResult], *, negatif: bool = False
) -> list[str]:
    """The indicators a note names, in a report whose realisasi stops before TW IV: Kumulatif with a
    capaian, Positif below 100 % (``negatif``: Negatif, any capaian). Never a rate, a score, an index or
    a duration whose Jenis Realisasi was left blank with one quarter counted (an AKB per 1.000 KH of TW I
    alone): nothing was summed, nor do the quarters to come add to it (two summed: the peringatan at its
    Jenis Realisasi asks; the note says what was computed). A percentage so stays named: a blank one is
    Kumulatif by the README's rule."""
    triwulan = report.settings.triwulan
    if triwulan >= 4:
        return []
    named = (
        i.indikator
        for i in indicators
        if i.jenis_realisasi == c.KUMULATIF
        and (i.polaritas == c.NEGATIF) == negatif
        and i.capaian_exact is not None
        and (negatif or i.capaian_exact < 100)
        and not _one_level(i, triwulan)
    )
    return list(dict.fromkeys(named))  # (a Tujuan and its Sasaran measured by one indicator: once)


def _one_level(ind: IndicatorResult, triwulan: int) -> bool:
    """A blank Jenis Realisasi of a Satuan whose quarters are no sum, with one counted quarter a figure."""
    if not ind.jenis_kosong or is_percent_unit(ind.satuan):
        return False
    counted = sum(1 for x in ind.realisasi_tw[:triwulan] if x is not None)
    return counted <= 1 and pasted.not_summed_unit(ind.indikator, ind.satuan)


def _listed(names: list[str]) -> str:
    more = len(names) - MAX_NAMES
    return daftar(names[:MAX_NAMES] + ([f"{more} indikator lainnya"] if more > 0 else []))


def kumulatif_note(b: SheetBuilder, report: Report, indicators: Iterable[IndicatorResult]) -> None:
    """The notes under a capaian table (see the module docstring); nothing when no indicator is named."""
    indicators = list(indicators)
    s = report.settings
    tahun = f"target Tahun {s.tahun}" if s.tahun else "target tahunan"
    so_far = f"dihitung dari realisasi {sd_laporan(s)} (jumlah triwulan yang sudah berjalan) terhadap {tahun}"
    names = kumulatif_names(report, indicators)
    if names:
        note_row(
            b,
            f"Capaian indikator Kumulatif berikut {so_far}, sehingga capaian dan kriterianya belum "
            f"menggambarkan capaian akhir tahun: {_listed(names)}.",
        )
    negatif = kumulatif_names(report, indicators, negatif=True)
    if negatif:
        note_row(
            b,
            f"Capaian indikator Kumulatif bernilai negatif berikut {so_far}; realisasi triwulan berikutnya "
            "menambah jumlahnya dan menurunkan capaiannya, sehingga capaian dan kriterianya belum "
            f"menggambarkan capaian akhir tahun: {_listed(negatif)}.",
        )
