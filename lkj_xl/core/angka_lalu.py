"""(narasi61) Last year's realisasi written in an Analisis text ("Tahun lalu realisasi 70%", "Realisasi tahun
lalu sebesar 70%", "Pada tahun 2024 realisasi 70%" in the 2025 report), compared with last year's figure
the workbook holds: Realisasi Tahun Lalu (the same period last year) or Realisasi <Tahun - 1> (the whole
year), either, of a percentage indicator. Without one, nothing is said (the figure is last year's, never
this year's: angka_teks leaves it). A capaian of last year has no figure in the workbook (no target of
last year): never compared. Pure; :mod:`lkj_xl.core.angka_teks` calls it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.angka_kata import akhir_kalimat
from lkj_xl.core.model import IndicatorResult, Settings
from lkj_xl.core.number_format import format_number
from lkj_xl.core.numbers import is_percent_unit, to_fraction

_TAHUN = r"tahun\s+(?:anggaran\s+)?(?P<tahun>lalu|sebelumnya|kemarin|(?:19|20)\d\d)\b"
# last year opening the figure's clause ("Tahun lalu, realisasi ...", "Pada tahun 2024 realisasi ...")
_DULU = re.compile(
    r"(?:^|,|\b(?=(?:dan|serta|sedangkan|sementara|namun|tetapi)\s))\s*"
    r"(?:(?:dan|serta|sedangkan|sementara|namun|tetapi)\s+)?(?:(?:pada|di|untuk|selama|dalam)\s+)?"
    rf"{_TAHUN}\s*,?\s*$",
    re.IGNORECASE,
)
# ... or named between the noun and the figure, nothing else there ("Realisasi tahun lalu sebesar 70%")
_SELA = re.compile(
    rf"\s*(?:kinerja\s+)?(?:(?:pada|di)\s+)?(?:{_TAHUN})?\s*,?\s*"
    r"(?:(?:sebesar|adalah|yaitu|yakni|mencapai|tercatat)\s+)?",
    re.IGNORECASE,
)


def _lalu(tahun: str | None, settings: Settings) -> bool:
    if tahun is None:
        return False
    if tahun.isdigit():
        return settings.tahun is not None and int(tahun) == settings.tahun - 1
    return True


def disebut(match: re.Match[str], settings: Settings) -> bool:
    """``match`` (angka_teks._DISEBUT's) is a realisasi said of last year, by its clause's opening or the
    words between its noun and its figure, with nothing else there."""
    if match["kata"].lower() != "realisasi" or settings.tahun is None:
        return False
    sela = _SELA.fullmatch(match["sela"])
    if sela is None:
        return False
    if sela["tahun"]:
        return _lalu(sela["tahun"], settings)
    ends = akhir_kalimat(match.string, match.start())
    dulu = _DULU.search(match.string, ends[-1] if ends else 0, match.start())
    return dulu is not None and _lalu(dulu["tahun"], settings)


def angka(indicators: Sequence[IndicatorResult], settings: Settings) -> list[tuple[str, Fraction]]:
    """Last year's realisasi of each percentage indicator the workbook holds, with the column's name."""
    out = []
    for ind in indicators:
        if not is_percent_unit(ind.satuan):
            continue
        if ind.pembanding.tahun_lalu is not None:
            out.append((c.H_REALISASI_TAHUN_LALU, to_fraction(ind.pembanding.tahun_lalu)))
        if settings.tahun is not None and (tahun := ind.realisasi_tahun.get(settings.tahun - 1)) is not None:
            out.append((c.realisasi_tahun_header(settings.tahun - 1), to_fraction(tahun)))
    return out


def pesan(header: str, kode: str, said: list[str], figures: list[tuple[str, Fraction]]) -> str:
    """The peringatan at the cell (angka_teks adds its ending)."""
    shown = ", ".join(dict.fromkeys(f"{name} {format_number(value)}%" for name, value in figures))
    return (
        f'{header} Kode "{kode}" menyebut {" dan ".join(said)}, padahal di sheet Kinerja: {shown}; '
        "perbaiki teksnya"
    )
