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
Pure.
"""

from __future__ import annotations

import re

from lkj_xl.core.narasi_pola import _KUARTAL, _NOMOR, kuartal

_DATA_LALU = re.compile(
    r"\b(?:(?:hanya|masih|baru)\s+(?:berdasar(?:kan)?|merupakan)"
    r"|(?:karena|dikarenakan|disebabkan)(?:\s+(?:hal\s+)?(?:ini|itu|tersebut))?\s+merupakan)"
    r"\s+(?:data\s+)?(?:realisasi|data)\s+(?:(?:di|pada)\s+)?(?:(?:s\.\s?d\.?|s/d|sampai\s+dengan)\s+)?"
    rf"(?P<periode>{_KUARTAL}{_NOMOR})(?P<tahun>\s*,?\s*(?:tahun\s*(?:anggaran\s*)?)?(?:19|20)\d\d\b)?",
    re.IGNORECASE,
)


def data_lalu(teks: str, triwulan: int, quarterly: bool, tahun: int | None) -> str:
    """``teks`` with the quarter before ``triwulan`` (of the report's ``tahun``) written "periode lalu"
    where it is named as the data the figure rests on; unchanged outside a quarterly report."""
    if not quarterly or triwulan < 2:
        return teks

    def ganti(match: re.Match[str]) -> str:
        year = match.group("tahun")
        if kuartal(match.group(2)) != triwulan - 1 or year and int(year.strip(" ,")[-4:]) != tahun:
            return match.group(0)
        return match.group(0).replace(match.group("periode"), "periode lalu")

    return _DATA_LALU.sub(ganti, teks)
