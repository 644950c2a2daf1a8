"""An earlier period's plan told as history, read before the plans of :mod:`narasi_rencana`.

The lead's decision 1 (stop 39): a plan for a period that ended before the report's own, told as
cancelled, moved or done ("Pelatihan yang semula dijadwalkan pada TW II dibatalkan", "Pameran yang
direncanakan pada triwulan I diundur ke bulan Juli 2025", "Sebagaimana rencana pada triwulan III, pasar
murah telah digelar", "Pada triwulan II telah direncanakan pelatihan, namun baru terlaksana pada bulan
Agustus" in Triwulan III) is true history in this report: its period is written "periode lalu". A
done/moved/cancelled word must be in its sentence and not governed by a plan or a hope ("akan selesai")
nor denied ("belum terlaksana": the plan is still open, read as before). Only the earlier period is
quieted: a later plan in the same sentence ("..., dan pada Triwulan III akan dilaksanakan ...") is
judged on its own, and a plan for the report's own period or a later one is never touched here.
"""

from __future__ import annotations

import re

from lkj_xl.core.narasi_rencana import _AKAN_SELESAI
from lkj_xl.core.narasi_waktu import _DAFTAR, _TAHUN, _klausa, _rentang, _tahun_lain

_DIRENCANAKAN = r"(?:di)?(?:rencanakan|jadwalkan|agendakan|programkan)"
_RENCANA_LALU = re.compile(
    # "yang (semula) direncanakan pada TW II", "dijadwalkan pada TW II", "Sebagaimana rencana pada TW III"
    rf"\b(?:{_DIRENCANAKAN}|rencana(?:nya)?)(?:\s+(?:akan\s+)?(?:dilaksanakan|diadakan|digelar))?"
    rf"\s+(?:pada|di|dalam)\s+(?P<periode>{_DAFTAR}){_TAHUN}"
    # "Pada triwulan II telah direncanakan pelatihan, ..."
    rf"|\b(?:pada|di|dalam)\s+(?P<periode2>{_DAFTAR}){_TAHUN.replace('P<', 'P<b')}\s*,?\s+"
    rf"(?:telah|sudah)\s+{_DIRENCANAKAN}\b",
    re.IGNORECASE,
)
# the plan's fate: done, moved or cancelled ("telah digelar", "terlaksana", "diundur", "dibatalkan")
_NASIB = re.compile(
    r"\b(?:telah|sudah|terlaksana|terselenggara|selesai|rampung|terealisasi)\b"
    r"|\b(?:diundur|dimundurkan|diundurkan|mundur|ditunda|dibatalkan|batal|digeser|bergeser|dialihkan"
    r"|dimajukan|gagal)\b"
    r"|\btidak\s+(?:(?:dapat|bisa|jadi)\s+)*(?:terlaksana|dilaksanakan|terealisasi|direalisasikan)\b",
    re.IGNORECASE,
)
# a fate denied: the plan is still open ("belum dapat terlaksana"); "tidak terlaksana" is cancelled
_BELUM = re.compile(r"\bbelum\s+(?:(?:dapat|bisa|sepenuhnya|juga)\s+)*\w+", re.IGNORECASE)


def rencana_lalu(teks: str, awal: int, tahun: int | None) -> str:
    """``teks`` with each period ending before quarter ``awal`` (the report's first; 4 in the year's
    report) of the report's ``tahun`` whose plan is told as done, moved or cancelled written "periode
    lalu"."""

    def ganti(match: re.Match[str]) -> str:
        b = "" if match.group("periode") else "b"
        periode = match.group("periode") or match.group("periode2")
        if _tahun_lain(match, tahun, b) or not all(last < awal for _, last, _ in _rentang(periode)):
            return match.group(0)
        klausa = _klausa(match.string, *match.span()).replace(match.group(0), " ")
        klausa = _BELUM.sub(" ", _AKAN_SELESAI.sub(" ", klausa))
        if not _NASIB.search(klausa):
            return match.group(0)
        return match.group(0).replace(periode, "periode lalu")

    if not re.search(r"(?i)rencana|jadwalkan|agendakan|programkan", teks):  # (a first look: each plan word's)
        return teks
    return _RENCANA_LALU.sub(ganti, teks)
