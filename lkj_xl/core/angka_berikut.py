"""(narasi60) An Analisis figure naming no period of its own, then a next figure's clause naming one in
the same sentence: each figure read with its own period (:mod:`lkj_xl.core.angka_teks`).

- The next period is the report's own ("Capaian 48% dan pada TW IV sebesar 96%" in the year's report,
  "Capaian tahun 2025 sebesar 69% dan s.d. Semester I sebesar 48%" in Triwulan II's): the figure before
  it is another period's, not compared with the report's (it was, and told a right sentence wrong); the
  next one is (:func:`angka_teks._lanjut`).
- The next period is an earlier one of the report's year ("Capaian tahun 2025 sebesar 69% dan s.d.
  Semester I sebesar 48%" in the year's report, "Capaian 69%, sedangkan pada TW I sebesar 37,5%"): the
  figure before it is the report's own, compared, its words read up to that clause (40 characters on,
  the earlier period's name made it another's and a wrong figure passed unseen).
- A later period ("..., dan pada TW IV ditargetkan 100%" in Triwulan II), another year's, "triwulan
  ini": read as before.

Pure; it builds on :mod:`lkj_xl.core.angka_teks` (imported there where used).
"""

from __future__ import annotations

import re

from lkj_xl.core import angka_teks as teks
from lkj_xl.core.model import Settings
from lkj_xl.core.nama_periode import number_named


def klausa_berikut(kalimat: str, at: int) -> tuple[int, re.Match[str]] | None:
    """The next figure's clause at ``at`` (after a figure) naming its period before its figure ("dan
    s.d. Semester I sebesar 48%", "(TW I: 30%)"): where it starts and its period (:data:`_PERIODE`)."""
    lead = teks._BERIKUT_AWAL.match(kalimat, at)  # (it matches empty: never None)
    if lead is None or not lead.group().strip():
        return None
    found = teks._PERIODE.match(kalimat, lead.end())
    if found is None or teks._LANJUT_ANGKA.match(kalimat, found.end()) is None:
        return None
    return lead.start(), found


def periode_berikut(match: re.Match[str], settings: Settings, awal: int) -> tuple[int, bool] | None:
    """Where the next figure's clause after ``match``'s figure starts, and whether its period is the
    report's own (True) or an earlier one of its year (False); None when there is none, or it names a
    later period, another year's or "triwulan ini" (``awal``: :func:`angka_teks._awal`)."""
    found = klausa_berikut(match.string, match.end())
    if found is None:
        return None
    start, periode = found
    if teks._sendiri(periode, settings, awal):
        return start, True
    lain = periode["tahun"] and int(periode["tahun"]) != settings.tahun
    if lain or not (periode["tw"] or periode["smt"]):
        return None  # another year's, "triwulan ini"
    semester = settings.semester_laporan
    akhir = 2 * semester if semester else settings.triwulan
    selesai = 2 * number_named(periode["smt"]) if periode["smt"] else number_named(periode["tw"])
    return (start, False) if selesai < akhir else None
