"""(narasi54) The year's own figure in a report ending in Desember (the year's, Triwulan IV, Semester
II): "Capaian s.d. TW II sebesar 48%, pada tahun 2025 sebesar 96%", "Capaian kinerja tahun ini sebesar
96%, sedangkan s.d. TW II sebesar 48%". The earlier quarter beside it is a contrast, not the Triwulan II
report's sentence left (as "triwulan ini" beside it is in a quarterly report). The year counts only
with its own figure after it, and never as a period's year ("s.d. TW II Tahun 2025 sebesar 48%" is
Triwulan II's figure; "s.d. TW II sebesar 48% pada tahun 2025" has no figure of the year's); a hope
or target ("pada tahun 2025 ditargetkan 96%") is none. Pure."""

from __future__ import annotations

import re

from lkj_xl.core.narasi_pola import _KUARTAL, _NOMOR, _SEMESTER_NOMOR

_TAHUN_ANGKA = re.compile(
    r"(?<![\w.])(?:akhir\s+)?tahun\s+(?:anggaran\s+)?(?P<tahun>ini|(?:19|20)\d\d)\b"
    # a few words of its own before the figure ("tahun 2025 capaiannya mencapai 96%")
    r"(?:\s+(?!(?:dan|serta|sedangkan|namun|tetapi|dibandingkan|dibanding|yang|lalu|sebelumnya|target"
    r"|ditargetkan|diharapkan|direncanakan|diproyeksikan|diperkirakan)\b)[^\s\d.;:,%]+){0,3}?\s*,?\s*"
    r"(?:(?:sebesar|mencapai|menjadi|yaitu|yakni|adalah|tercatat)\s+)?\d+(?:[.,]\d+)?\s*(?:%|persen\b)",
    re.IGNORECASE,
)
# a period's word right before the year: its year, not the year's own ("s.d. TW II Tahun 2025")
_PERIODE_SEBELUM = re.compile(
    rf"(?:{_KUARTAL}{_NOMOR}|\b{_SEMESTER_NOMOR})\s*,?\s*(?:akhir\s+)?$", re.IGNORECASE
)


def tahun_sendiri(teks: str, triwulan: int, tahun: int | None) -> bool:
    """``teks`` (of a report whose last quarter is ``triwulan``) states the figure of its own year,
    ``tahun`` ("tahun ini" or the year's figures), in a report ending in Desember."""
    if triwulan != 4:
        return False
    for match in _TAHUN_ANGKA.finditer(teks):
        year = match.group("tahun").lower()
        if year != "ini" and (tahun is None or int(year) != tahun):
            continue
        if not _PERIODE_SEBELUM.search(teks, 0, match.start()):
            return True
    return False
