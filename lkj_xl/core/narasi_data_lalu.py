"""The quarter before the reported one named as the data a figure rests on, read before the leftover
check's quarters (:func:`lkj_xl.core.narasi.triwulan_lain`).

Figures from another office come a quarter late: the seed's Triwulan II report (l.620, 847) says of
its investment indicator "Tergolong sangat rendah karena capaian tersebut hanya berdasar realisasi
triwulan I" and "dikarenakan merupakan realisasi triwulan I", the Triwulan II data of DPMPTSP being
due "tanggal 10 Juli 2025". That is this report's own note, no leftover (narasi50, tests/
test_narasi_periode_lain_review2.py QUIET_NOT_MENDED): in a quarterly report the quarter just before
the reported one, named as the realisasi (or data) the figure "hanya / masih / baru" rests on
("berdasar(kan)", "merupakan") or "karena ... merupakan", is written "periode lalu". Narrowly: any other
quarter (the Triwulan II workbook's "realisasi triwulan I" copied into Triwulan III), another year's, a
capaian rather than the realisasi ("Berdasarkan capaian s.d. triwulan III, tindak lanjut ..." in
Triwulan IV: that report's own opening) and the half year's and the year's reports are read as before.
The year is read in the words after the quarter however written ("tahun 2024", "2024", "pada tahun
2024", "(tahun 2024)", "T.A. 2024", "tahun lalu", "tahun sebelumnya"; none: the report's year); in
Triwulan I the quarter before is last year's Triwulan IV, its year written (revnarasi50).
Pure.
"""

from __future__ import annotations

import re

from lkj_xl.core.narasi_pola import _KUARTAL, _NOMOR, kuartal

_DATA_LALU = re.compile(
    r"\b(?:(?:hanya|masih|baru)\s+(?:berdasar(?:kan)?|merupakan)"
    r"|(?:karena|dikarenakan|disebabkan)(?:\s+(?:hal\s+)?(?:ini|itu|tersebut))?\s+merupakan)"
    r"\s+(?:data\s+)?(?:realisasi|data)\s+(?:(?:di|pada)\s+)?(?:(?:s\.\s?d\.?|s/d|sampai\s+dengan)\s+)?"
    rf"(?P<periode>{_KUARTAL}{_NOMOR})",
    re.IGNORECASE,
)
# the year of the quarter, in the words after it up to the sentence's end (an abbreviation's dot, "T.A.
# 2024", ends none): a year in figures, or last year in words
_SESUDAH = re.compile(r"[^;!?\n]*?(?=[;!?\n]|\.(?:\s+[A-Z]|\s*$)|$)")
_TAHUN = re.compile(r"\b((?:19|20)\d\d)\b|\btahun\s+(?:yang\s+)?(?:lalu|sebelumnya|kemarin)\b", re.IGNORECASE)
_JARAK = 30  # characters after the quarter its year is read in ("triwulan I pada tahun 2024")


def _tahun_disebut(teks: str, end: int, tahun: int | None) -> int | None:
    """The year written after a quarter ending at ``end`` (in the same sentence, within _JARAK
    characters), "tahun lalu" as ``tahun`` - 1; None when none is."""
    tail = _SESUDAH.match(teks, end)
    match = _TAHUN.search(tail.group(0)[:_JARAK]) if tail else None
    if match is None:
        return None
    if match.group(1):
        return int(match.group(1))
    return tahun - 1 if tahun else None


def data_lalu(teks: str, triwulan: int, quarterly: bool, tahun: int | None) -> str:
    """``teks`` with the quarter before ``triwulan`` (of the report's ``tahun``; in Triwulan I last
    year's Triwulan IV) written "periode lalu" where it is named as the data the figure rests on;
    unchanged outside a quarterly report."""
    if not quarterly or tahun is None and triwulan < 2:
        return teks

    def ganti(match: re.Match[str]) -> str:
        year = _tahun_disebut(teks, match.end(), tahun)
        quarter = kuartal(match.group(2))
        if triwulan > 1:
            lalu = quarter == triwulan - 1 and year in (None, tahun)
        else:  # last year's Triwulan IV, its year written
            lalu = quarter == 4 and year is not None and tahun is not None and year == tahun - 1
        if not lalu:
            return match.group(0)
        return match.group(0).replace(match.group("periode"), "periode lalu")

    return _DATA_LALU.sub(ganti, teks)
