"""The input sheets themselves: a sheet's tab hidden (read all the same) and copies of an input sheet
beside it, named as Excel, WPS, LibreOffice or Google Sheets name a copy (never read).

Pure, like :mod:`lkj_xl.core.grids`, which finds the sheets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.grids import find_sheet
from lkj_xl.core.model import GALAT, PERINGATAN, Finding, Grid, SheetGrid


def copy_pattern(name: str) -> re.Pattern[str]:
    """A copy's name as Excel ("Kinerja (2)"), WPS ("Kinerja(2)"), LibreOffice ("Kinerja_2"),
    openpyxl ("Kinerja Copy") and Google Sheets ("Salinan dari Kinerja", "Copy of Kinerja") give it."""
    n = re.escape(c.normalize_label(name))
    return re.compile(
        rf"{n} ?\(\d+\)|{n}_\d+|{n} (copy|salinan)( ?\(\d+\))?|(copy of|salinan( dari)?) {n}( ?\(\d+\))?"
    )


def input_sheet_findings(grids: Mapping[str, Grid], all_sheets: Sequence[str] | None) -> list[Finding]:
    """An input sheet whose tab is hidden (read all the same), and the copies of an input sheet beside
    it (never read): a quarter's figures typed in "Kinerja (2)" while the hidden Kinerja holds last
    quarter's is a galat, a copy beside the sheet shown or the sheet hidden alone a peringatan."""
    findings: list[Finding] = []
    for wanted in c.INPUT_SHEETS:
        actual = find_sheet(grids, wanted)
        if actual is None:
            continue
        grid = grids[actual]
        hidden = type(grid) is SheetGrid and grid.hidden_sheet
        pattern = copy_pattern(wanted)
        copies = [n for n in all_sheets or () if pattern.fullmatch(c.normalize_label(n))]
        named = ", ".join(f'"{n}"' for n in copies)
        fix = f'bila angka diketik di {named}, hapus sheet {actual} lalu beri salinan itu nama "{wanted}"'
        if copies and hidden:
            why = f"Sheet {actual} disembunyikan (hidden) tetapi sheet inilah yang dihitung; {named} tidak dibaca"
            findings.append(Finding(GALAT, wanted, "", f"{why}: {fix}; bila tidak, hapus {named}"))
        elif copies:
            why = f"Sheet {named} tampaknya salinan sheet {actual} dan tidak dibaca (yang dihitung sheet {actual})"
            findings.append(Finding(PERINGATAN, wanted, "", f"{why}: {fix}"))
        elif hidden:
            findings.append(
                Finding(
                    PERINGATAN,
                    wanted,
                    "",
                    f"Sheet {actual} disembunyikan (hidden) tetapi tetap dibaca dan dihitung; tampilkan "
                    "kembali (klik kanan tab sheet > Unhide) agar terlihat apa yang dihitung",
                )
            )
    return findings
