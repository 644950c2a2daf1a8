"""(narasi62) A percentage spelled out in an Analisis text, "capaian tujuh puluh persen", "realisasi
sebesar empat puluh delapan persen": read as its figure (70, 48) by the figure check, as one typed in
digits is (it was never read: a wrong figure printed without a word). Whole numbers below a thousand, the
way Indonesian counts (:func:`lkj_xl.core.pasted.spelled`). Only the figure check reads the text so; the
text printed is as typed. Pure.
"""

from __future__ import annotations

import re

from lkj_xl.core.pasted import spelled

_KATA = r"(?:seratus|sepuluh|sebelas|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|ratus|puluh|belas)"
_KOMA = re.compile(r"\bkoma\s*$", re.IGNORECASE)
_EJAAN = re.compile(rf"\b(?P<kata>{_KATA}(?:[\s-]+{_KATA})*)(?=\s+persen\b)", re.IGNORECASE)


def angka_huruf(teks: str) -> str:
    """``teks`` with each percentage spelled out in words as its figure ("tujuh puluh persen" -> "70
    persen"); words that spell no number are left as they are."""

    def ganti(found: re.Match[str]) -> str:
        if _KOMA.search(found.string, 0, found.start()):
            return found.group()  # ("tiga puluh delapan koma empat persen": no whole figure, left unread)
        number = spelled(found["kata"].casefold().replace("-", " ").split())
        return found.group() if number is None else str(number)

    return _EJAAN.sub(ganti, teks)
