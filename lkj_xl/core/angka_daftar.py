"""(narasi64) Several periods' figures listed after one noun in an Analisis text, "Capaian TW I 37,5%, TW II
50% dan TW III 70%" in Triwulan III: each figure is its own period's. Only the first, the one after the noun,
was read (as TW I's); the others have no noun before them and were never compared, so a wrong TW II figure,
or a wrong figure of the report's own TW III, was printed without a word. The figure check reads the text
with the noun's words repeated before each listed period ("..., capaian TW II 50% dan capaian TW III 70%"),
so each is read as staff writing the noun again are (that period's, the report's own compared as before).

Narrowly: a capaian's or realisasi's figure (``%`` or ``persen``) naming its period between the noun and the
figure, then a list item of a period and a figure only (after a comma, ``dan``, ``serta``; the period at
its start or after ``pada``, its figure right after, ``sebesar`` allowed). The words repeated are the
noun's up to its period ("Realisasi anggaran TW I 20% dan TW II 30%": "Realisasi anggaran" again, the
budget's). Only the figure check reads the text so; the text printed is as typed. Pure.
"""

from __future__ import annotations

import re

from lkj_xl.core import angka_pola as pola

# the list item's lead: a comma (and "dan"), or "dan" / "serta"; then "pada" before the period
_PISAH = re.compile(r"\s*(?:,\s*(?:(?:dan|serta)\s+)?|(?:dan|serta)\s+)", re.IGNORECASE)
_PADA = re.compile(r"(?:(?:pada|di|untuk|selama|dalam)\s+)?", re.IGNORECASE)
# the noun's words end before its period's preposition ("Capaian pada TW I": "Capaian")
_PADA_AKHIR = re.compile(r"\s*\b(?:pada|di|untuk|selama|dalam)\s*$", re.IGNORECASE)
# after the head's period: another year's ("tahun lalu", "2024"), which its list may share or not
_LAIN = re.compile(r"\b(?:lalu|sebelum\w*|(?:19|20)\d\d)\b", re.IGNORECASE)


def ulang_kata(kalimat: str, disebut: re.Pattern[str]) -> str:
    """``kalimat`` with the noun's words repeated before each period listed after a figure naming its
    period (``disebut``: angka_teks._DISEBUT, its groups ``kata``, ``sela``)."""
    sisip: list[tuple[int, str]] = []
    for match in disebut.finditer(kalimat):
        if match["kata"].lower() not in ("capaian", "realisasi"):
            continue  # ("Target TW I 40% dan TW II 50%": the quarters' targets, read as before)
        periode = pola.PERIODE.search(match["sela"])
        if periode is None or _LAIN.search(match["sela"], periode.end()):
            continue  # (rev_narasi64) "Capaian TW I tahun lalu 37,5% dan TW II 50%": the list's year unknown
        if pola.SASARAN.search(kalimat, max(0, match.start() - 40), match.start()):
            continue  # (rev_narasi64) "Target capaian TW I 40% dan TW II 50%": the quarters' goals
        frasa = kalimat[match.start() : match.start("sela") + periode.start()]
        frasa = _PADA_AKHIR.sub("", frasa).strip()
        at = match.end()
        while (pisah := _PISAH.match(kalimat, at)) is not None:
            pada = _PADA.match(kalimat, pisah.end())
            found = pola.PERIODE.match(kalimat, pada.end() if pada else pisah.end())
            angka = pola.LANJUT_ANGKA.match(kalimat, found.end()) if found is not None else None
            if found is None or angka is None or (periode["tahun"] and not found["tahun"]):
                break  # ("Capaian TW I 2024 30% dan TW II 50%": TW II of which year, unknown)
            sisip.append((pisah.end(), frasa + " "))
            at = angka.end()
    for at, frasa in reversed(sisip):
        kalimat = kalimat[:at] + frasa + kalimat[at:]
    return kalimat
