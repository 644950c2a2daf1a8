"""Analisis cells left from another period's workbook: the Narasi sheet's leftover check
(:func:`lkj_xl.core.narasi.periode_lain`) on every text cell of the Analisis sheet.

Staff copy last quarter's (or last year's) workbook and edit its figures; the points behind a capaian
keep "Capaian Triwulan I ...", "akan dilaksanakan pada bulan Mei 2025". The Word report and the Analisis
Capaian sheet print them as the reported period's analysis. Each cell is read whole, as a Narasi cell is
(a point naming an earlier quarter beside one naming the reported quarter compares them); the Tindak
Lanjut column is read as the list of plans the report prints it as ("Tindak lanjut yang akan
dilaksanakan:", the lead's decision 4 of stop 39 on a list under "Tindak lanjut:"). A peringatan at the
cell, worded as the Narasi's, and a visible "[isi: ...]" under the cell's points where they are printed
(:func:`lkj_xl.core.angka_teks.angka_catatan`). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.model import PERINGATAN, PERIODE_LAIN, AnalisisEntry, Finding, Settings


def teks_dibaca(header: str, points: Sequence[str]) -> str:
    """A cell's points as the check reads them: one per line; under Tindak Lanjut a numbered list under
    its header, as the report prints the column."""
    if header == c.H_TINDAK_LANJUT:
        return "Tindak lanjut:\n" + "\n".join(f"{i}) {point}" for i, point in enumerate(points, start=1))
    return "\n".join(points)


def periode_analisis(analisis: Sequence[AnalisisEntry], settings: Settings) -> list[Finding]:
    """A peringatan at each Analisis text cell naming another period than the report's."""
    if not analisis or settings.triwulan_galat:
        return []
    from lkj_xl.core.narasi import periode_lain  # (its patterns compiled only with an Analisis sheet)
    from lkj_xl.core.narasi_pesan import periode_pesan

    out: list[Finding] = []
    for entry in analisis:
        columns = (entry.faktor_pendukung, entry.faktor_penghambat, entry.upaya, entry.tindak_lanjut)
        for header, points in zip(c.ANALISIS_TEXT_HEADERS, columns):
            if not points or header not in entry.sel:
                continue
            named = periode_lain(teks_dibaca(header, points), settings)
            if named:
                subjek = f'{header} Kode "{entry.kode}"' + (
                    f' indikator "{entry.indikator}"' if entry.indikator else ""
                )
                pesan = periode_pesan(subjek, named, settings)
                out.append(Finding(PERINGATAN, c.SHEET_ANALISIS, entry.sel[header], pesan, PERIODE_LAIN))
    return out
