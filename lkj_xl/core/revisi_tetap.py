"""A Target Perubahan or Pagu Perubahan typed as a word saying there is no revision: "tetap", "tidak
berubah" (the figure did not change), or "belum ada", "belum ada APBD-P" (the revised budget is not
passed yet, as staff write in TW I-III). Either way the Perjanjian Kinerja's Target (or the Pagu)
applies: the cell is read as empty. It was a galat, so the indicator (or program) had no capaian (no
penyerapan) until the word was deleted.

"Belum ada" in the year's report (Triwulan IV, Semester II, Tahunan) is a peringatan at its cell naming
the report's period, the original figure still used: by then the APBD-P was passed or there was none, and a revision the cell
still waits for would leave the report scored against the superseded target. Pure."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from lkj_xl.core import contract as c
from lkj_xl.core.model import (
    PERINGATAN,
    BudgetInput,
    Finding,
    IndicatorInput,
    Value,
    WorkbookInput,
    empty_value,
)
from lkj_xl.core.periode_diminta import Periode, terapkan

# The revised budget as staff name it: APBD-P, P-APBD, PAPBD, PAK (Perubahan Anggaran Kegiatan),
# "perubahan (anggaran)"
_APBDP = r"(?:apbd-?p|p-?apbd|pak|perubahan(?: anggaran)?)"
_OWN = r"(?:(?:target|pagu)(?: perubahan)?)"
# Unchanged: "tetap", "target tetap", "tetap sama", "tidak berubah", "tidak ada perubahan", "sama
# dengan target awal", "sama seperti target", "idem" ("sama dengan tahun lalu" names another figure)
_TETAP = re.compile(
    rf"(?:{_OWN} )?(?:tetap(?: sama)?|tidak (?:ada )?berubah|tidak ada perubahan|tanpa perubahan|idem|sama"
    rf"(?: (?:dengan|seperti) {_OWN}(?: (?:awal|murni|semula|pk|perjanjian kinerja))?)?)"
)
# Not yet: "belum ada", "belum", "belum ada APBD-P", "belum ditetapkan", "menunggu APBD-P"
_BELUM = re.compile(
    rf"(?:{_OWN} )?(?:belum(?: ada)?(?: {_OWN}| {_APBDP}| ditetapkan)?|belum ditetapkan|menunggu {_APBDP})"
)


def kata_tanpa_revisi(value: Value) -> str:
    """ "tetap" for a word saying the figure is unchanged, "belum" for one saying the revision is not
    there yet, "" for anything else (a figure, another text)."""
    if value.status is None or value.exact is not None:
        return ""
    words = " ".join(value.status.casefold().replace("–", "-").rstrip(".!").split())
    words = re.sub(r"\s*-\s*", "-", words)  # "APBD - P"
    if _TETAP.fullmatch(words):
        return "tetap"
    return "belum" if _BELUM.fullmatch(words) else ""


def read_unchanged(
    data: WorkbookInput, letters: Mapping[str, Mapping[str, str]], asked: Periode | None
) -> None:
    """Each Target / Pagu Perubahan holding such a word read as empty (the original figure applies);
    in the year's report a "belum ada" there is a peringatan at its cell. ``letters``: each input
    sheet's column letters by header; ``asked``: the period asked for (``--triwulan``) over
    Pengaturan's. An unreadable Triwulan (its own galat) is no year's report: nothing said."""
    s = data.settings
    if asked is not None:
        s = dataclasses.replace(s)
        terapkan(s, asked)  # (narasi58: a half year or the year asked is named so)
        year_end, periode = s.triwulan == 4, c.periode_laporan(s)
    else:
        year_end, periode = s.triwulan == 4 and not s.triwulan_galat, c.periode_laporan(s)
    rows: list[IndicatorInput | BudgetInput] = [*data.indicators, *data.budgets]
    for item in rows:
        kinerja = isinstance(item, IndicatorInput)
        attr = "target_perubahan" if kinerja else "pagu_perubahan"
        value = getattr(item, attr)
        if value.status is None:  # (a figure or a blank: kata_tanpa_revisi's first test, without its call)
            continue
        if said := kata_tanpa_revisi(value):
            if said == "belum" and year_end:
                sheet, base = (c.SHEET_KINERJA, "Target") if kinerja else (c.SHEET_ANGGARAN, "Pagu")
                at = (sheet, item.row, f"{letters.get(sheet, {}).get(f'{base} Perubahan', '')}{item.row}")
                _belum(data.findings, at, base, f'{_subject(item)} berisi "{value.text}"', periode)
            setattr(item, attr, empty_value())


def _subject(item: IndicatorInput | BudgetInput) -> str:
    """How the peringatan names the row (made only for a row it is said of)."""
    if isinstance(item, IndicatorInput):
        return f'indikator "{item.indikator}" ({item.kode})'
    return f'program "{item.program or item.kode}"'


def _belum(findings: list[Finding], at: tuple[str, int, str], base: str, said: str, periode: str) -> None:
    """The peringatan at a "belum ada" in the year's report (``periode``, as its title names it);
    ``at``: its sheet, row and cell; ``said``: the row and what its cell holds."""
    header = f"{base} Perubahan"
    findings.append(
        Finding(
            PERINGATAN,
            at[0],
            at[2],
            f"{header} {said}, padahal laporan ini sampai akhir tahun ({periode}): {base} semula yang "
            f"dipakai; bila {base.casefold()} diubah pada APBD-P, tulis {header}nya, bila tidak, kosongkan "
            "sel ini (atau tulis tetap)",
        )
    )
