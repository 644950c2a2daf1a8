"""(narasi58) An Analisis sentence's figures read by their words (:mod:`lkj_xl.core.angka_teks`): a
capaian's figure "dari target 100%" is against its own full mark, not the indicator's target; a
realisasi stated beside a target's or a capaian's own figure is the level reached, compared with the
realisasi, not with the capaian (its share of the target when nothing else is stated). Pure."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from fractions import Fraction

from lkj_xl.core.model import IndicatorResult
from lkj_xl.core.numbers import is_percent_unit, to_fraction

# the words after the figure end at the sentence's end (not at the dots of "s.d.", "sd.")
SESUDAH = re.compile(r"(?<!\bs)(?<!\bs\.d)(?<!\bsd)\.|[;\n]", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _akhir_semua(teks: str) -> tuple[int, ...]:
    return tuple(m.end() for m in SESUDAH.finditer(teks))


def akhir_kalimat(teks: str, pos: int) -> list[int]:
    """(narasi63, speed) ``[m.end() for m in SESUDAH.finditer(teks, 0, pos)]``, each text scanned once, not
    once per figure (a long Analisis cell was scanned from its start for every figure, several times each):
    SESUDAH matches one character and only looks behind, so its matches ending by ``pos`` are the same in
    the whole text."""
    ends = _akhir_semua(teks)
    return list(ends[: bisect_right(ends, pos)])


def ketik(text: str) -> tuple[Fraction, int]:
    """A percentage as typed ("85,2", "85.2") and its number of decimals."""
    whole, _, frac = text.replace(",", ".").partition(".")
    return Fraction(f"{whole}.{frac or 0}"), len(frac)


# (narasi58) a capaian's (or a realisasi's share's) figure against the target's full mark: "Capaian 96% dari
# target 100%", "Realisasi 96% dari target 100%" (the 100 % is the share's own scale, not the indicator's
# target)
_CAPAIAN_DARI = re.compile(
    r"\b(?:capaian|realisasi)(?:nya)?\b[^%;\n]{0,60}?(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:%|persen)\s*(?:dari|terhadap|atas)\s+$",
    re.IGNORECASE,
)
# (narasi58) a target's or a capaian's own figure in the sentence: a realisasi beside it is the level reached
# ("Realisasi 96% dari target 80%", "Realisasi sebesar 96%, capaian 96%"), not its share of the target
_ANGKA_LAIN = re.compile(
    r"\b(?P<kata>target|capaian)(?:nya)?\b(?P<sela>[^%;\n]{0,40}?)(?<![\d.,])(?P<angka>\d+(?:[.,]\d+)?)\s*(?:%|persen\b)",
    re.IGNORECASE,
)


# (narasi58) a hope or plan before the noun in its sentence, or between it and its figure ("Diharapkan s.d.
# TW IV capaian mencapai 100%", "capaian akan mencapai 100%"): no figure reached ("akan" only after the
# noun: "taat akan peraturan", the seed's, is no plan)
_HARAP = r"diharapkan|harapan|semoga|ditargetkan|diupayakan|diproyeksikan|diperkirakan|direncanakan"
_HARAP_DULU = re.compile(rf"\b(?:{_HARAP})\b(?P<sela>[^;\n]*)$", re.IGNORECASE)
_HARAP_SELA = re.compile(rf"\b(?:{_HARAP}|akan)\b", re.IGNORECASE)
# (revnarasi58) a comma after the hope's word ends its clause unless a period opens it ("Diharapkan pada
# akhir tahun, capaian ..."): "Diharapkan kinerja meningkat, capaian sebesar 69%" states a figure reached
_WAKTU = re.compile(
    r"\s*(?:pada|di|hingga|sampai|s\.\s?d\.?|s/d|sd|dalam|menjelang)\b[^,]*,[^,]*$", re.IGNORECASE
)
# (revnarasi58) the figure to be raised or kept is the one reached: "Semoga capaian sebesar 69% dapat
# ditingkatkan"
_KINI = re.compile(
    r"\s*(?:dapat|bisa|agar|perlu|harus|terus|tetap)\s+(?:terus\s+)?(?:di|ter)\w+", re.IGNORECASE
)

# (narasi61) "ditargetkan" stating the target's own figure, then what was reached: the seed's Bab III sentence
# "yang ditargetkan dalam tahun 2025 sebesar 40,71% terealisasi sebesar 29% dengan capaian 71%" (its clause
# ran on without a comma: the capaian was read as a hope and never compared)
_TARGET_TERCAPAI = re.compile(
    r"^ditargetkan\b[^;\n]*?(?P<angka>\d\s*(?:%|persen\b)|\b(?:sebesar|adalah|yaitu|yakni)\s+(?:rp\.?\s*)?\d)"
    r"[^;\n]*?\b(?:terealisasi|realisasi(?:nya)?|tercapai|dicapai)\b",
    re.IGNORECASE,
)

# (rev_narasi61) ... unless a hope or plan follows the target's figure ("Ditargetkan sebesar 80% dapat tercapai
# dengan capaian 100% pada akhir tahun", "... dan diharapkan realisasi 80% dengan capaian 100%") or the
# sentence speaks of a year to come ("Tahun depan ditargetkan ..."): still no figure reached
_MASIH_HARAP = re.compile(
    rf"\b(?:{_HARAP}|dapat|bisa|mampu|agar|supaya|akan|harus|perlu|rencana\w*|akhir\s+tahun|depan|mendatang"
    r"|nanti)\b",
    re.IGNORECASE,
)
# (not "akan" before it: "taat akan peraturan ... yang ditargetkan", the seed's)
_DEPAN = re.compile(r"\b(?:depan|mendatang|berikutnya)\b", re.IGNORECASE)

_KOMA = re.compile(r"(?<!\d),|,(?!\d)")


def harapan(match: re.Match[str], before: str, sela: str) -> bool:
    """``match``'s figure (its sentence's text ``before`` it, the words ``sela`` between its noun and it)
    is a hope's or a plan's, not one reached."""
    if _KINI.match(match.string, match.end()):
        return False
    dulu = _HARAP_DULU.search(before)
    if (
        dulu
        and (target := _TARGET_TERCAPAI.match(dulu.group()))
        and not _MASIH_HARAP.search(dulu.group(), target.end("angka"))
        and not _DEPAN.search(before, 0, dulu.start())
    ):
        dulu = None  # (narasi61) the target's figure, then the one reached
    # (narasi61: a decimal comma, "sebesar 40,71%", ends no clause)
    return bool(dulu and (not _KOMA.search(dulu["sela"]) or _WAKTU.match(dulu["sela"]))) or bool(
        _HARAP_SELA.search(sela)
    )


def _kalimat(match: re.Match[str]) -> tuple[int, int]:
    """The bounds of ``match``'s sentence (:data:`SESUDAH`)."""
    ends = akhir_kalimat(match.string, match.start())
    after = SESUDAH.search(match.string, match.end())
    return ends[-1] if ends else 0, after.start() if after else len(match.string)


# (revnarasi58) the realisasi's share named so: "Capaian realisasi sebesar 96%", "Persentase realisasi 96%"
_BAGIAN_DULU = re.compile(r"\b(?:capaian|persentase|persen|tingkat)\s+$", re.IGNORECASE)
# (revnarasi58) "96% dari target" with no target's figure in its clause: the share reached ("Realisasi
# mencapai 96% dari target, di atas target nasional 90%")
_DARI_TARGET = re.compile(
    r"\s*(?:dari|terhadap|atas)\s+(?:target|yang\s+ditargetkan)(?:nya)?\b[^\d,;.\n]*(?:[,;.\n]|$)",
    re.IGNORECASE,
)


def tingkat(match: re.Match[str], sendiri: Callable[[re.Match[str]], bool]) -> bool:
    """A realisasi's figure (``match``) is the level reached: its sentence states a target's or a
    capaian's own figure besides it (:data:`_ANGKA_LAIN`; a target of 100 % is the share's full mark,
    "Realisasi 96% dari target 100%": no level said); (revnarasi58) only a figure of the indicator in the
    report's period (``sendiri``: not "target nasional 90%", "capaian tahun lalu 90%"), and not beside a
    share said so ("96% dari target," with no figure of its own, "Capaian realisasi sebesar 96%")."""
    if _BAGIAN_DULU.search(match.string, 0, match.start()) or _DARI_TARGET.match(match.string, match.end()):
        return False
    start, end = _kalimat(match)
    return any(
        found.end() != match.end()
        and "realisasi" not in found["sela"].lower()
        and not (found["kata"].lower() == "target" and ketik(found["angka"])[0] == 100)
        and sendiri(found)
        for found in _ANGKA_LAIN.finditer(match.string, start, end)
    )


def penuh(match: re.Match[str]) -> bool:
    """``match`` is a target's 100 % after a capaian's or realisasi's figure "dari target": the share's
    full mark."""
    typed, _ = ketik(match.group("angka"))
    return typed == 100 and bool(
        _CAPAIAN_DARI.search(match.string, max(0, match.start() - 100), match.start())
    )


def persen_realisasi(indicators: Sequence[IndicatorResult]) -> list[Fraction]:
    """The realisasi of the percentage indicators among ``indicators``."""
    return [
        to_fraction(i.realisasi) for i in indicators if is_percent_unit(i.satuan) and i.realisasi is not None
    ]
