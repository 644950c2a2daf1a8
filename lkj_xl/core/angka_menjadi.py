"""(narasi60) An Analisis figure's rise or fall from an earlier period, then the report's own figure after
"menjadi": "Capaian naik dari Semester I sebesar 48% menjadi 69%", "Capaian meningkat dari 48% pada
Semester I menjadi 96%" in the year's report, "Realisasi naik dari TW I sebesar 30% menjadi 38,4%" in
Triwulan II's; (narasi63) with no period named, "Capaian meningkat dari 69% menjadi 96%", the earlier figure
is the value before, whichever its period. The earlier figure is never compared; the one after "menjadi" is
the report's own, compared (it was never read: "dari" ends the words a figure is read with). A hope or plan
before "menjadi" ("diharapkan menjadi 100%"), a period not earlier than the report's, another year's, or
another period named after the figure ("menjadi 69% pada TW III" in the year's report) is read as before:
none. Pure; it builds on :mod:`lkj_xl.core.angka_pola` (angka_teks imports it)."""

from __future__ import annotations

import re

from lkj_xl.core import angka_pola as pola
from lkj_xl.core.angka_berikut import lebih_awal
from lkj_xl.core.angka_kata import SESUDAH, akhir_kalimat, harapan
from lkj_xl.core.model import Settings

# the noun, then "naik dari" ("kinerja meningkat dari", "mengalami peningkatan dari")
_NAIK = re.compile(
    r"\b(?P<kata>capaian|realisasi)(?:nya)?\s+(?:kinerja\s+)?(?:(?:mengalami\s+)?(?:kenaikan|peningkatan"
    r"|penurunan)|naik|meningkat|turun|menurun)\s+dari\s+",
    re.IGNORECASE,
)
_ANGKA = re.compile(
    r"\s*(?:(?:sebesar|yaitu|yakni)\s+)?(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:%|persen\b)", re.IGNORECASE
)
_PADA = re.compile(r"\s*,?\s*(?:(?:pada|di)\s+)?", re.IGNORECASE)
_MENJADI = re.compile(r"\s*,?\s*menjadi\s", re.IGNORECASE)
# (review of narasi60) a time to come after the figure ("tahun depan", "di tahun mendatang", "nanti")
_DATANG = re.compile(r"\b(?:depan|mendatang|berikut\w*|nanti|akan\s+datang)\b", re.IGNORECASE)
_AKHIR_TAHUN = re.compile(r"\bakhir\s+tahun\b", re.IGNORECASE)
_TARGET_DULU = re.compile(r"\btarget(?:nya)?\s+$", re.IGNORECASE)  # "Target capaian naik dari ..."
# (narasi63) a goal before the noun, the Upaya column's way ("Upaya agar capaian meningkat dari 48% menjadi
# 100%", "Perlu strategi supaya capaian naik dari ... menjadi 100%"): the figure is to be reached.
# (rev_narasi63) In the noun's own clause only, and a modal of a relative clause only of a thing to be done
# ("Hal yang perlu dilakukan adalah percepatan sehingga ..."): "Meskipun masih perlu ditingkatkan, capaian ...
# menjadi 69%", "Koperasi yang akan melaksanakan RAT bertambah sehingga realisasi naik dari ... menjadi 50%"
# state a figure reached (told before narasi63, then printed without a word)
_TUJUAN = re.compile(
    r"\b(?:agar|supaya|demi|guna|mengupayakan|upayakan)\b|(?<!\byang\s)\b(?:harus|perlu|wajib|akan)\b"
    r"|\byang\s+(?:harus|perlu|wajib|akan)\s+di\w+",
    re.IGNORECASE,
)
# what ends the clause a goal word opens: a comma (not a decimal one), a contrast
_KLAUSA = re.compile(
    r"(?<!\d),|,(?!\d)|\b(?:namun|tetapi|sedangkan|meskipun|walaupun|walau|padahal)\b", re.IGNORECASE
)


def menjadi(kalimat: str, settings: Settings) -> list[tuple[str, re.Match[str]]]:
    """Each report's own figure after "menjadi" in ``kalimat``, an earlier period's before it: the noun
    ("capaian", "realisasi") and the figure (:data:`angka_pola.LANJUT_ANGKA`'s match)."""
    out = []
    for naik in _NAIK.finditer(kalimat):
        periode = pola.PERIODE.match(kalimat, naik.end())
        if periode is not None:  # "naik dari Semester I sebesar 48%"
            angka = _ANGKA.match(kalimat, periode.end())
            at = angka.end() if angka is not None else -1
        elif (angka := _ANGKA.match(kalimat, naik.end())) is not None:  # "naik dari 48% pada Semester I"
            pada = _PADA.match(kalimat, angka.end())  # (it matches empty: never None)
            periode = pola.PERIODE.match(kalimat, pada.end()) if pada is not None else None
            # (narasi63) no period: "naik dari 69% menjadi 96%", the value before, whichever its period
            at = periode.end() if periode is not None else angka.end()
        else:
            continue
        if (
            at < 0
            or (periode is not None and not lebih_awal(periode, settings))
            or not _MENJADI.match(kalimat, at)
        ):
            continue
        lanjut = pola.LANJUT_ANGKA.match(kalimat, at)
        if lanjut is None or pola.RENTANG.match(kalimat, lanjut.end()):
            continue
        after = SESUDAH.split(kalimat[lanjut.end() : lanjut.end() + 40], maxsplit=1)[0]
        if not (pola.PERIODE_LAIN.search(after) or pola.TERSEBUT.match(after)) and not _rencana(
            naik, lanjut, after, settings
        ):
            out.append((naik["kata"].lower(), lanjut))
    return out


def _rencana(naik: re.Match[str], lanjut: re.Match[str], after: str, settings: Settings) -> bool:
    """(review of narasi60) The figure after "menjadi" is a hope's, a plan's or a target's: a hope or a
    target before the noun ("Diharapkan capaian naik dari ... menjadi 100%", "Target capaian naik dari
    ..."), another year or a time to come after the figure
    ("menjadi 100% pada tahun 2026", "tahun depan", "pada akhir tahun" before the year's end)."""
    ends = akhir_kalimat(naik.string, naik.start())
    before = naik.string[ends[-1] if ends else 0 : naik.start()]
    if harapan(lanjut, before, naik.string[naik.end() : lanjut.start()]) or _DATANG.search(after):
        return True
    if _TARGET_DULU.search(before) or _TUJUAN.search(_KLAUSA.split(before)[-1]):
        return True  # ("Target capaian naik dari TW I sebesar 25% menjadi 50%": the quarters' targets)
    semester = settings.semester_laporan
    akhir = 2 * semester if semester else settings.triwulan
    return any(int(y) != settings.tahun for y in pola.TAHUN.findall(after)) or bool(
        akhir != 4 and _AKHIR_TAHUN.search(after)
    )
