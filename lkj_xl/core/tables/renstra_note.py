"""Under Perbandingan Kinerja: the Kumulatif counts whose Target Akhir Renstra is the Renstra period's
total (renstra_jumlah), their capaian against it not computed: a reader who finds "Perlu realisasi
tahun sebelumnya" beside a figure learns why and what it needs. A sheet without such a row gets no
note."""

from __future__ import annotations

from collections.abc import Iterable

from lkj_xl.core.kalimat import angka_indikator, renstra_figure
from lkj_xl.core.layout import SheetBuilder
from lkj_xl.core.model import IndicatorResult, Settings
from lkj_xl.core.renstra_jumlah import KALI, SEL, tahun_teks
from lkj_xl.core.tables.perubahan import note_row
from lkj_xl.core.tables.polaritas import MAX_CHARS, MAX_NAMED, kode_list


def renstra_note(b: SheetBuilder, indicators: Iterable[IndicatorResult], settings: Settings) -> None:
    """The note naming each such indicator with its realisasi and Target Akhir Renstra; by Kode when the
    list would be long."""
    shown = list(indicators)
    named = [i for i in shown if i.pembanding.renstra_jumlah]
    if not named:
        return
    tahun = tahun_teks(settings)
    rule = (
        f'"{SEL}": Target Akhir Renstra indikator Kumulatif berikut sedikitnya {KALI} kali target {tahun}, '
        f"yaitu jumlah seluruh periode Renstra, sedangkan realisasinya adalah realisasi {tahun} saja; "
        "kemajuan menuju target akhir memerlukan realisasi tahun-tahun sebelumnya dalam periode Renstra, "
        "sehingga capaian terhadapnya tidak dihitung"
    )
    items = [
        f"{ind.indikator} (realisasi {angka_indikator(ind, settings).realisasi}, "
        f"Target Akhir Renstra {renstra_figure(ind, settings)})"
        for ind in named
    ]
    text = f"{rule}. Di tabel ini: {'; '.join(items)}."
    if len(named) > MAX_NAMED or len(text) > MAX_CHARS:
        text = f"{rule}. Di tabel ini {len(named)} indikator menurut Kode di sheet Kinerja: {kode_list(shown, named)}."
    note_row(b, text)
