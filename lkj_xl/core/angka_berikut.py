"""Where the words after an Analisis figure that may name its period end: before a next figure's clause
naming its own period in the same sentence (:mod:`lkj_xl.core.angka_teks`; narasi59: after the report's
own period named, "s.d. Semester II sebesar 69% dan s.d. Semester I sebesar 48%"). That clause names its
period before its figure ("dan s.d. Semester I sebesar 48%") or after it ("naik dari 48% pada Semester
I", narasi60). (narasi60) A figure naming no period of its own is read with the next one's:

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

Pure; it builds on :mod:`lkj_xl.core.angka_pola` (angka_teks imports it).
"""

from __future__ import annotations

import re

from lkj_xl.core import angka_pola as pola
from lkj_xl.core.angka_kata import akhir_kalimat
from lkj_xl.core.model import Settings
from lkj_xl.core.nama_periode import number_named

# (review of narasi59) what opens the next figure's clause: angka_pola.LANJUT_AWAL, or a comparison
# ("dibandingkan dengan", "(", narasi60: "naik dari"), then the noun again ("dan capaian s.d. Semester I",
# narasi60: "dan capaian pada TW IV")
_BERIKUT_AWAL = re.compile(
    r"(?:\s*(?:\(|,?\s*(?:dibandingkan(?:\s+dengan)?|(?:naik|turun|meningkat|menurun)\s+dari)\s+)"
    rf"|{pola.LANJUT_AWAL.pattern})(?:(?P<kata>capaian|realisasi)(?:\s+kinerja(?:nya)?)?\s+"
    r"(?:(?:pada|di|untuk|selama|dalam)\s+)?)?",
    re.IGNORECASE,
)
# (review of narasi60) words before the noun naming another place or indicator ("Kabupaten lain capaian ...",
# "Untuk indikator lain ...")
_LAIN_DULU = re.compile(r"\blain(?:nya)?\b", re.IGNORECASE)
# (narasi60) its figure before its period: "naik dari 48% pada Semester I", "(48% pada TW I)"
_ANGKA_PADA = re.compile(
    r"(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:%|persen\b)\s*,?\s*(?:(?:pada|di|untuk|selama)\s+)?", re.IGNORECASE
)


def klausa_berikut(kalimat: str, at: int) -> tuple[int, re.Match[str]] | None:
    """The next figure's clause at ``at`` (after a figure) naming its period ("dan s.d. Semester I
    sebesar 48%", "(TW I: 30%)", "naik dari 48% pada Semester I"): where it starts and its period
    (:data:`angka_pola.PERIODE`)."""
    lead = _BERIKUT_AWAL.match(kalimat, at)  # (it matches empty: never None)
    if lead is None or not lead.group().strip():
        return None
    found = pola.PERIODE.match(kalimat, lead.end())
    if found is not None and pola.LANJUT_ANGKA.match(kalimat, found.end()) is not None:
        return lead.start(), found
    angka = _ANGKA_PADA.match(kalimat, lead.end())
    found = pola.PERIODE.match(kalimat, angka.end()) if angka is not None else None
    return None if found is None else (lead.start(), found)


def sampai(match: re.Match[str], settings: Settings, awal: int, sendiri: bool) -> int | None:
    """Where the words after ``match``'s figure that may name its period end: before the next figure's
    clause (narasi59: after the report's own period named, "s.d. Semester II sebesar 69% dan s.d. Semester
    I sebesar 48%": that period is the 48 %'s; narasi60: after none named, before an earlier period's), else
    40 characters on. None when ``match`` names no period (``sendiri`` False) and the next figure's is the
    report's own: ``match``'s figure is another period's."""
    if sendiri:
        found = klausa_berikut(match.string, match.end())
        return found[0] if found is not None else match.end() + 40
    berikut = periode_berikut(match, settings, awal)
    if berikut is not None and berikut[1]:
        return None
    # (review of narasi60) a summed indicator's figure beside an earlier period's ("Capaian 4%, sedangkan
    # pada TW I sebesar 25%", Kumulatif 25 + 4) may be its own period's share: read as before (``awal``)
    if berikut is None or awal < 5 or lain_dulu(match, settings):
        return match.end() + 40
    return berikut[0]


def lain_dulu(match: re.Match[str], settings: Settings) -> bool:
    """(review of narasi60) The sentence before ``match``'s noun names another figure than the report's
    ("Tahun lalu capaian 70%, sedangkan pada TW I ...", "Secara nasional capaian ...", "Tahun 2024 ..."):
    an earlier period's clause after it makes it no report's own figure (when in doubt: another)."""
    ends = akhir_kalimat(match.string, match.start())
    before = match.string[ends[-1] if ends else 0 : match.start()]
    return bool(
        pola.LAIN.search(before)
        or pola.PERIODE_LAIN.search(before)
        or _LAIN_DULU.search(before)
        or any(int(y) != settings.tahun for y in pola.TAHUN.findall(before))
    )


def periode_berikut(match: re.Match[str], settings: Settings, awal: int) -> tuple[int, bool] | None:
    """Where the next figure's clause after ``match``'s figure starts, and whether its period is the
    report's own (True) or an earlier one of its year (False); None when there is none, or it names a
    later period, another year's or "triwulan ini" (``awal``: :func:`angka_teks._awal`)."""
    found = klausa_berikut(match.string, match.end())
    if found is None:
        return None
    start, periode = found
    if pola.periode_sendiri(periode, settings, awal):
        # (review of narasi60) another noun's clause ("Capaian 69% dan realisasi pada TW II sebesar 38,4%"):
        # both figures TW II's, the first read as before
        lead = _BERIKUT_AWAL.match(match.string, match.end())
        if lead is not None and lead["kata"] and lead["kata"].lower() != match["kata"].lower():
            return None
        return start, True
    return (start, False) if lebih_awal(periode, settings) else None


def lebih_awal(periode: re.Match[str], settings: Settings) -> bool:
    """``periode`` (:data:`angka_pola.PERIODE`) ends before the report's period, in its year (not
    another year's, nor "triwulan ini")."""
    lain = periode["tahun"] and int(periode["tahun"]) != settings.tahun
    if lain or not (periode["tw"] or periode["smt"]):
        return False
    semester = settings.semester_laporan
    akhir = 2 * semester if semester else settings.triwulan
    selesai = 2 * number_named(periode["smt"]) if periode["smt"] else number_named(periode["tw"])
    return selesai < akhir
