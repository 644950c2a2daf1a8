"""(narasi62) A capaian written in an Analisis text with its kriteria: "Capaian 48% (Sangat Tinggi)",
"capaian 48% dengan kriteria Sangat Tinggi", "capaian 48% atau tergolong sangat tinggi". The figure was
compared, its kriteria never: a right figure with a wrong kriteria (48 % is Sangat Rendah, <= 50) was printed
without a word. The kriteria is the engine's own (:attr:`IndicatorResult.kriteria`, on the report's Skala
Kriteria), of the capaian the figure is; a figure that is none is told by the figure check already. Pure;
:mod:`lkj_xl.core.angka_teks` calls it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.angka_banding import sama
from lkj_xl.core.angka_kata import ketik
from lkj_xl.core.model import IndicatorResult, Node
from lkj_xl.core.numbers import to_fraction

_NAMA = "|".join(r"\s+".join(k.split()) for k in sorted(c.KRITERIA, key=len, reverse=True))
# (rev_narasi62) the kriteria word ends its clause: "tergolong tinggi untuk triwulan II", "di antara OPD", "di
# Jawa Timur" compare with something else, no kriteria of the capaian
_AKHIR = (
    r"\s*(?:[.,;:!?)\]]|$)|\s+(?:dan|serta|sehingga|karena|dikarenakan|disebabkan|sebab|akibat|mengingat"
    r"|namun|tetapi|tapi|sedangkan|sementara|meskipun|walaupun|walau|hal|yang|maka)\b"
)
# right after the figure: in brackets, or after "kriteria", "kategori", "predikat", "tergolong"
_SESUDAH = re.compile(
    rf"\s*(?:\(\s*(?:(?:kriteria|kategori|predikat)\s*:?\s*)?(?P<kurung>{_NAMA})\s*\)"
    rf"|,?\s*(?:(?:dengan|atau|yaitu|yang)\s+)?(?:(?:masih\s+)?(?:tergolong|termasuk)\s+)?"
    rf"(?:(?:kriteria|kategori|predikat)\s*:?\s*|(?<=tergolong\s)|(?<=termasuk\s))(?P<kata>{_NAMA})\b"
    rf"(?={_AKHIR}))",
    re.IGNORECASE,
)

_LABEL = re.compile(r"\b(?:kriteria|kategori|predikat)\b", re.IGNORECASE)


def dinilai(indicators: Sequence[IndicatorResult], node: Node | None) -> list[tuple[Fraction, str]]:
    """Each capaian a figure may be (capped and before the cap) with its kriteria, as the engine rated it."""
    out = []
    for i in indicators:
        if i.capaian_exact is not None and i.kriteria:
            out.append((i.capaian_exact, i.kriteria))
            if i.capaian_mentah is not None:
                out.append((to_fraction(i.capaian_mentah), i.kriteria))
    if node is not None and node.capaian_exact is not None and node.kriteria:
        out.append((node.capaian_exact, node.kriteria))
    return out


def keliru(match: re.Match[str], rated: Sequence[tuple[Fraction, str]]) -> str | None:
    """``match``'s capaian (angka_teks._DISEBUT's) said with a kriteria right after it that is not the one of
    the capaian it is (``rated``: :func:`dinilai`), as said: "capaian 48% (Sangat Tinggi; kriteria capaian
    itu Sangat Rendah)"; None when it names none, or the figure is none of ``rated``."""
    found = _SESUDAH.match(match.string, match.end())
    if found is None:
        return None
    typed = " ".join((found["kurung"] or found["kata"]).split())
    figure, decimals = ketik(match["angka"])
    fits = list(dict.fromkeys(k for x, k in rated if sama(figure, decimals, x)))
    boleh = {k.casefold() for k in fits}
    if found["kata"] and not _LABEL.search(found.group()):
        # ("tergolong rendah" of a Sangat Rendah 48 %: low, loosely said, no label named)
        boleh |= {k.casefold().removeprefix("sangat ") for k in fits}
    if not fits or typed.casefold() in boleh:
        return None
    return f"capaian {match['angka']}{match['persen']} ({typed}; kriteria capaian itu {' atau '.join(fits)})"


def tambah(
    kata: str, match: re.Match[str], dari: tuple[Sequence[IndicatorResult], Node | None], salah: list[str]
) -> None:
    """Into ``salah`` (the figure check's), ``match``'s capaian said with a wrong kriteria (:func:`keliru`;
    ``dari``: the indicators and their node, :func:`dinilai`)."""
    if kata == "capaian" and (said := keliru(match, dinilai(*dari))):
        salah.append(said)
