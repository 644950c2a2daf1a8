"""(narasi54) The year's own figure in a report ending in Desember (the year's, Triwulan IV, Semester
II): "Capaian s.d. TW II sebesar 48%, pada tahun 2025 sebesar 96%", "Capaian kinerja tahun ini sebesar
96%, sedangkan s.d. TW II sebesar 48%", "..., dan pada akhir tahun menjadi 40 koperasi (100%)". The
earlier quarter beside it is a contrast, not the Triwulan II report's sentence left (as "triwulan ini"
beside it is in a quarterly report; :func:`kuartal_lain`, the quarters a text names when it names none
of the report's own, moved here from narasi.triwulan_lain). The year counts only with its own figure after it, and never as
a period's year ("s.d. TW II Tahun 2025 sebesar 48%" is Triwulan II's figure; "s.d. TW II sebesar 48%
pada tahun 2025" has no figure of the year's); a hope, plan or target ("pada tahun 2025 ditargetkan
96%", "diharapkan pada akhir tahun menjadi 40 koperasi") is none. Pure."""

from __future__ import annotations

import re
from collections.abc import Collection

from lkj_xl.core import contract as c
from lkj_xl.core.nama_periode import QUARTER_WORD
from lkj_xl.core.narasi_pola import (
    _KINI_SEMESTER,
    _KINI_TRIWULAN,
    _KUARTAL,
    _LAPORAN,
    _NOMOR,
    _SEMESTER,
    _SEMESTER_KE,
    _SEMESTER_NOMOR,
    _TRIWULAN,
    kuartal,
)
from lkj_xl.core.narasi_sisa import angka_semester_lain, semester_lalu

_TAHUN_ANGKA = re.compile(
    r"(?<![\w.])(?:(?:akhir\s+)?tahun\s+(?:anggaran\s+)?(?P<tahun>ini|(?:19|20)\d\d)\b"
    r"|akhir\s+tahun(?:\s+anggaran)?\b(?!\s*\d))"
    # a few words of its own before the figure ("tahun 2025 capaiannya mencapai 96%")
    r"(?:\s+(?!(?:dan|serta|sedangkan|namun|tetapi|dibandingkan|dibanding|yang|lalu|sebelumnya|target"
    r"|ditargetkan|diharapkan|direncanakan|diproyeksikan|diperkirakan)\b)[^\s\d.;:,%]+){0,3}?\s*,?\s*"
    # its figure: a percentage, or any after its verb ("sebanyak 40 koperasi")
    r"(?:(?:sebesar|mencapai|menjadi|sebanyak|senilai|yaitu|yakni|adalah|tercatat)\s+(?:Rp\.?\s*)?\d"
    r"|\d+(?:[.,]\d+)?\s*(?:%|persen\b))",
    re.IGNORECASE,
)
# a period's word right before the year: its year, not the year's own ("s.d. TW II Tahun 2025")
_PERIODE_SEBELUM = re.compile(
    rf"(?:{_KUARTAL}{_NOMOR}|\b{_SEMESTER_NOMOR})\s*,?\s*(?:akhir\s+)?$", re.IGNORECASE
)
# a hope, plan or target in the sentence before it: the year's end not reached yet
_HARAP = re.compile(
    r"\b(?:diharapkan|harapan|akan|ditargetkan|semoga|agar|supaya|diupayakan|direncanakan|diproyeksikan"
    r"|diperkirakan)\b",
    re.IGNORECASE,
)
# ... or before it, no period in its clause: "Capaian sebesar 96% pada akhir tahun 2025, setelah ..." (not
# "s.d. TW II sebesar 48% pada tahun 2025": Triwulan II's figure)
_ANGKA_TAHUN = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:%|persen\b)\s+(?:pada|di)\s+(?:akhir\s+)?tahun\s+(?:anggaran\s+)?"
    r"(?P<tahun>ini|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# (revnarasi54) the year's target, pagu or budget ("dari target tahun 2025 sebesar 80%", "Pagu anggaran
# tahun 2025 sebesar Rp ...", "target 80% pada tahun 2025"): no figure of the year reached
_TARGET_SEBELUM = re.compile(
    r"(?:\b(?:target\w*|pagu|alokasi|rencana)\b(?:\s+[^\s\d,;.%]+){0,2}|(?:^|[,;(]|\b(?:dan|serta|sedangkan|dengan))"
    r"\s*anggaran)\s*$",
    re.IGNORECASE,
)
_AKHIR_KLAUSA = re.compile(r"(?<!\bs)(?<!\bs\.d)\.\s|[;\n,]", re.IGNORECASE)
_AKHIR_KALIMAT = re.compile(r"(?<!\bs)(?<!\bs\.d)\.\s|[;\n]", re.IGNORECASE)


def tahun_sendiri(teks: str, triwulan: int, tahun: int | None) -> bool:
    """``teks`` (of a report whose last quarter is ``triwulan``) states the figure of its own year,
    ``tahun`` ("tahun ini", the year's figures or its end), in a report ending in Desember."""
    if triwulan != 4:
        return False
    for match in _TAHUN_ANGKA.finditer(teks):
        year = (match.group("tahun") or "ini").lower()
        if year != "ini" and (tahun is None or int(year) != tahun):
            continue
        ends = [m.end() for m in _AKHIR_KALIMAT.finditer(teks, 0, match.start())]
        before = teks[ends[-1] if ends else 0 : match.start()]
        if not (
            _PERIODE_SEBELUM.search(before)
            or _TARGET_SEBELUM.search(before)
            or _HARAP.search(before + match.group())
        ):
            return True
    for match in _ANGKA_TAHUN.finditer(teks):
        year = match.group("tahun").lower()
        ends = [m.end() for m in _AKHIR_KLAUSA.finditer(teks, 0, match.start())]
        clause = teks[ends[-1] if ends else 0 : match.end()]
        target = _TARGET_SEBELUM.search(teks, ends[-1] if ends else 0, match.start())
        if (year == "ini" or tahun is not None and int(year) == tahun) and not (
            _TRIWULAN.search(clause) or _SEMESTER.search(clause) or _HARAP.search(clause) or target
        ):
            return True
    return False


def kuartal_lain(
    teks: str, ringkas: str, triwulan: int, tahunan: bool, semester: int | None, tahun: int | None
) -> list[str]:
    """The quarters ``teks`` names ("Triwulan II"), and Semester I as an earlier period
    (narasi_sisa), when it names none of the report's own: its quarter (the half year's two), its half
    year, "triwulan ini" / "semester ini" (the year's report has no quarter of its own), or the year's
    own figure (:func:`tahun_sendiri`); ``ringkas`` is ``teks`` with this report's titles shortened."""
    own = {2 * semester - 1, 2 * semester} if semester else {triwulan}
    halves = {_SEMESTER_KE[m.group(1).lower()] for m in _SEMESTER.finditer(teks)}
    quarters = [kuartal(m.group(1)) for m in _TRIWULAN.finditer(teks)]
    kini = not tahunan and _KINI_TRIWULAN.search(teks) or semester and _KINI_SEMESTER.search(teks)
    if own.intersection(quarters) or semester in halves or kini or tahun_sendiri(teks, triwulan, tahun):
        return []
    named = list(dict.fromkeys(f"Triwulan {c.roman(quarter)}" for quarter in quarters))
    return (
        named
        + angka_semester_lain(teks, semester, tahun)
        + semester_lalu(ringkas, triwulan, tahunan, semester, tahun)
    )


# (moved from narasi) The report or its period named as a quarter: "Laporan Kinerja (LKj) Triwulan IV",
# "sampai dengan Triwulan IV tahun 2025", "s/d Triwulan IV" (the seed's Kata Pengantar, Tindak Lanjut
# and titles at Triwulan II).
_PERIODE_TRIWULAN = re.compile(
    rf"\b(?:{_LAPORAN}|(?P<sd>sampai\s+dengan|s\.\s?d\.?|s/d|hingga))\s+{_KUARTAL}(?:IV|4|keempat)\b",
    re.IGNORECASE,
)
# a range of quarters: "Triwulan I sampai dengan Triwulan IV" (revnarasi4: also from a later one, "pada
# Triwulan II hingga Triwulan IV rencana aksi dilaksanakan" in the year's report names no period)
_DARI_AWAL = re.compile(
    rf"\b{_KUARTAL}(?:III|II|I|[1-3]|pertama|kedua|ketiga)\s*(?:sampai\s+dengan|s\.\s?d\.?|s/d|hingga)\s*(?={QUARTER_WORD}\b)",
    re.IGNORECASE,
)
# (narasi57) up to TW IV with its figure after it, a few words of its own between ("s.d. TW IV sebesar
# 96%", "s.d. Triwulan IV Tahun 2025 capaian kinerja mencapai 96%", "Sampai dengan TW IV, realisasi
# mencapai 76,8%"), or before it ("Capaian sebesar 96% s.d. TW IV"); the figure in ``angka``; (narasi60)
# after a colon too ("s.d. Semester II: 96%", as angka_teks reads it)
_ANGKA_SESUDAH = re.compile(
    r"(?:\s*,?\s*(?:tahun\s+(?:anggaran\s+)?)?(?:19|20)\d\d\b)?\s*[,:]?"
    r"(?:\s+(?!(?:dan|serta|sedangkan|namun|tetapi|dibandingkan|dibanding|yang|lalu|sebelumnya)\b)[^\s\d.;:,%]+){0,4}?"
    r"\s*[,:]?\s*(?:(?:sebesar|mencapai|menjadi|sebanyak|senilai|yaitu|yakni|adalah|tercatat)\s+(?:Rp\.?\s*)?(?=\d)"
    r"|(?=\d+(?:[.,]\d+)?\s*(?:%|persen\b)))(?P<angka>\d+(?:[.,]\d+)?)",
    re.IGNORECASE,
)
_ANGKA_SEBELUM = re.compile(r"(?P<angka>\d+(?:[.,]\d+)?)\s*(?:%|persen)\s*(?:pada\s+)?$", re.IGNORECASE)


def tw_iv_laporan(teks: str, dibanding: Collection[str] = ()) -> bool:
    """``teks`` (of the year's report) names the report or its period as Triwulan IV, as the quarterly
    report's text does: its title, "sampai dengan Triwulan IV" ("Triwulan I sampai dengan Triwulan IV" is
    the year, as "TW I s.d. IV"). (narasi57) Not up to TW IV stated with its figure when the Analisis's
    figure check compared that figure (``dibanding``, the figures as typed) as the year's: a wrong one is
    told there; (revnarasi57) a figure nothing compares, the Narasi sheet's, a budget's, last year's, keeps
    the period told, an outdated figure of the quarterly report's would pass unseen; a hope for it
    ("Diharapkan s.d. TW IV capaian mencapai 100%") still is told."""
    teks = _DARI_AWAL.sub("Triwulan I – ", teks)
    for match in _PERIODE_TRIWULAN.finditer(teks):
        if not match["sd"] or not angka_dibanding(match, dibanding):
            return True
    return False


def angka_dibanding(match: re.Match[str], dibanding: Collection[str]) -> bool:
    """The period ``match`` names ("s.d. TW IV", "s.d. Semester II") is stated with its figure after or
    before it, one the Analisis's figure check compared (``dibanding``, as typed), and no hope for it
    ("Diharapkan s.d. TW IV capaian mencapai 100%")."""
    teks = match.string
    angka = _ANGKA_SESUDAH.match(teks, match.end())
    ends = [m.end() for m in _AKHIR_KALIMAT.finditer(teks, 0, match.start())]
    before = teks[ends[-1] if ends else 0 : match.start()]
    sebelum = _ANGKA_SEBELUM.search(before)
    if not {found["angka"] for found in (angka, sebelum) if found} & set(dibanding):
        return False
    return not _HARAP.search(before + match.group() + (angka.group() if angka else ""))
