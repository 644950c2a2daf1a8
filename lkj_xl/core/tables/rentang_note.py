"""Under Tabel 3.1 / 3.2: the indicators whose target is a range ("60-85 %"), and how their capaian
was scored (rentang_skor): a reader who checks capaian = realisasi / target finds no one target
beside such a row, and 100 % for a realisasi inside the range is no quotient. A report without a
range target gets no note."""

from __future__ import annotations

from collections.abc import Iterable

from lkj_xl.core import contract as c
from lkj_xl.core.kalimat import angka_indikator
from lkj_xl.core.layout import SheetBuilder
from lkj_xl.core.model import IndicatorResult, Settings
from lkj_xl.core.rentang_skor import SUMBER
from lkj_xl.core.tables.perubahan import note_row
from lkj_xl.core.tables.polaritas import MAX_CHARS, MAX_NAMED, kode_list

ATURAN = (
    f"Target berupa rentang dihitung menurut {SUMBER}: realisasi di dalam rentang, capaian 100%; di atas "
    "rentang, rumus capaian dengan batas atas sebagai target; di bawah rentang, dengan batas bawah"
)


def rentang_note(b: SheetBuilder, indicators: Iterable[IndicatorResult], settings: Settings) -> None:
    """The note naming each range-target indicator of the table with its target, realisasi and how its
    capaian was scored; by Kode when the list would be long."""
    shown = list(indicators)
    named = [i for i in shown if i.rentang]
    if not named:
        return
    items = []
    for ind in named:
        a = angka_indikator(ind, settings, tabel=True)
        items.append(f"{ind.indikator} (target {a.target}, realisasi {a.realisasi}: {ind.rentang})")
    text = f"{ATURAN}. Di tabel ini: {'; '.join(items)}."
    if len(named) > MAX_NAMED or len(text) > MAX_CHARS:
        text = f"{ATURAN}. Di tabel ini {len(named)} indikator menurut Kode di sheet Kinerja: {kode_list(shown, named)}."
    note_row(b, text)


# Perbandingan Kinerja's comparisons typed as a range, by Pembanding's keys
_PEMBANDING = (("target_renstra", c.H_TARGET_RENSTRA), ("standar_nasional", c.H_STANDAR_NASIONAL))


def pembanding_note(b: SheetBuilder, indicators: Iterable[IndicatorResult]) -> None:
    """Under Perbandingan Kinerja: the indicators whose Target Akhir Renstra or Standar Nasional is a
    range, printed as typed, with where the realisasi falls and the bound its capaian is scored
    against; by Kode when the list would be long. A sheet without such a range gets no note."""
    shown = list(indicators)
    named = [i for i in shown if i.pembanding.rentang]
    if not named:
        return
    items = []
    for ind in named:
        p = ind.pembanding
        said = [
            f"{header} {p.rentang[key]}" + (f": {p.rentang_posisi[key]}" if key in p.rentang_posisi else "")
            for key, header in _PEMBANDING
            if key in p.rentang
        ]
        items.append(f"{ind.indikator} ({'; '.join(said)})")
    # (what the rule computes is the capaian against the range)
    rule = ATURAN.replace(
        "Target berupa rentang", "Capaian terhadap Target Akhir Renstra atau Standar Nasional berupa rentang"
    )
    text = f"{rule}. Di tabel ini: {'; '.join(items)}."
    if len(named) > MAX_NAMED or len(text) > MAX_CHARS:
        text = f"{rule}. Di tabel ini {len(named)} indikator menurut Kode di sheet Kinerja: {kode_list(shown, named)}."
    note_row(b, text)
