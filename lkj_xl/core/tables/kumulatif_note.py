"""Under a capaian table of a report before the year's end (TW I-III, Semester I): the Kumulatif
indicators whose capaian is still below 100 %. Their realisasi s.d. the quarter is the sum of the
quarters run so far while the target is the whole year's, so a capaian of 15 % in TW II (Sangat Rendah)
is what a year on course gives, not a failure; the seed's report computes it the same way and leaves
the reader to know. Said once, naming the indicators; a Nilai Akhir or Rata-rata indicator measures a
level the year's target already applies to, and a Negatif one is high early, not low: neither named."""

from __future__ import annotations

from collections.abc import Iterable

from lkj_xl.core import contract as c
from lkj_xl.core.contract import sd_laporan
from lkj_xl.core.kalimat import daftar
from lkj_xl.core.layout import SheetBuilder
from lkj_xl.core.model import IndicatorResult, Report
from lkj_xl.core.summary import MAX_NAMES
from lkj_xl.core.tables.perubahan import note_row


def kumulatif_names(report: Report, indicators: Iterable[IndicatorResult]) -> list[str]:
    """The indicators the note names: Kumulatif, Positif, a capaian below 100 %, in a report whose
    realisasi stops before TW IV."""
    if report.settings.triwulan >= 4:
        return []
    named = (
        i.indikator
        for i in indicators
        if i.jenis_realisasi == c.KUMULATIF
        and i.polaritas != c.NEGATIF
        and i.capaian_exact is not None
        and i.capaian_exact < 100
    )
    return list(dict.fromkeys(named))  # (a Tujuan and its Sasaran measured by one indicator: once)


def kumulatif_note(b: SheetBuilder, report: Report, indicators: Iterable[IndicatorResult]) -> None:
    """The note under a capaian table (see the module docstring); nothing when no indicator is named."""
    names = kumulatif_names(report, indicators)
    if not names:
        return
    more = len(names) - MAX_NAMES
    names = names[:MAX_NAMES] + ([f"{more} indikator lainnya"] if more > 0 else [])
    s = report.settings
    tahun = f"target Tahun {s.tahun}" if s.tahun else "target tahunan"
    note_row(
        b,
        f"Capaian indikator Kumulatif berikut dihitung dari realisasi {sd_laporan(s)} (jumlah triwulan yang "
        f"sudah berjalan) terhadap {tahun}, sehingga capaian dan kriterianya belum menggambarkan capaian "
        f"akhir tahun: {daftar(names)}.",
    )
