"""(narasi64) A capaian or realisasi written in an Analisis text without ``%``: "capaian 95", "realisasi
1.200 orang" of an indicator counted in Orang. Only a percentage was read (:mod:`lkj_xl.core.angka_teks`),
so a wrong count was printed without a word.

The seed report writes a count's realisasi with its Satuan right after the figure, right after the noun
("target 400 IKM dan realisasi 95 IKM sehingga capaiannya 24%", "realisasi 73 koperasi", "terealisasi
sebanyak 0 unit", "Realisasi ... adalah sebanyak 13 barang"), and counts of other things with other
words ("sebanyak 0 indikator", "1 (satu) kegiatan"). So, narrowly:

- ``realisasi`` / ``terealisasi`` then only the words saying "is" (:data:`_ISI`: ``sebesar``, ``mencapai``,
  ``sebanyak``, ``adalah``, a period's name), the figure and one of the row's indicators' Satuan right
  after it ("realisasi 1.200 orang" of Orang): that indicator's realisasi; or the figure closing its
  clause with no word after it ("realisasi 38,4.", "Realisasi sebesar 1.200, capaian 80%"): one of the
  indicators' realisasi;
- ``capaian`` so, its figure closing its clause ("capaian 95.", "capaian sebesar 48, ..."): the capaian,
  in percent (no other word a capaian is counted in).

Any other word after the figure ("realisasi 120 peserta" of Koperasi, "realisasi pembinaan 20 koperasi"),
a year ("realisasi 2025."), a numbered point ("capaian: 1. anggaran terbatas; 2. ..."), a realisasi closing its
clause in a sentence of the budget ("Realisasi sebesar 700, dari pagu"), and every reason angka_teks has for another figure (another period, last year,
a target's, a hope, a Kegiatan's sentence: its ``lain``) leave it alone. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.angka_banding import boleh, sama
from lkj_xl.core.angka_dulu import ANGGARAN, kalimat_angka
from lkj_xl.core.model import IndicatorResult, Node
from lkj_xl.core.numbers import to_fraction

# the words between the noun and its figure saying only "is" (a period's name read by ``lain``)
_ISI = (
    r"kinerja(?:nya)?|indikator\s+(?:ini|tersebut)|sebesar|mencapai|sebanyak|yaitu|yakni|adalah|tercatat|"
    r"baru|hanya|telah|sudah|pada|di|s\.\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|tahun\s+ini|"
    r"(?:triwulan|tw|trw|semester|smt)\.?\s*(?:[ivx]+|[1-4]|ini)\b(?:\s+(?:tahun\s+)?(?:19|20)\d\d)?"
)
_POLOS = re.compile(
    r"\b(?P<kata>capaian|realisasi|terealisasi)(?:nya)?\b"
    # (within its line: a point's last word and the next point's number are no figure's)
    rf"(?P<sela>(?:[^\S\n]*:)?(?:[^\S\n]+(?:{_ISI})(?!\w)[^\S\n]*:?)*[^\S\n]+)"
    r"(?<![\d.,])(?P<angka>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?!\d|[.,]\d)"
    # (the words after it looked at, not taken: "... orang pada TW I" is read on by ``lain``)
    r"(?P<persen>)(?!\s*(?:%|persen\b|per\b|/))(?=[^\S\n]+(?P<satuan>[^\W\d_][\w-]*(?:[^\S\n]+[^\W\d_][\w-]*){0,2}))?",
    re.IGNORECASE,
)
# the figure closes its clause: the sentence's or the text's end, a comma, "dan", "sehingga", "dengan" ...
# (not a list of numbers: "Capaian 1 dan 2 belum optimal", "capaian 1, 2 dan 3" number indicators; nor
# the things it counts listed after it, rev_narasi64: "Realisasi sebesar 3, yaitu pelatihan A, B dan C")
_TUTUP = re.compile(
    r"\s*(?:$|[.;,\n)](?!\s*\d)(?!\s*(?:yaitu|yakni|antara\s+lain|meliputi|terdiri)\b)|(?:dan|serta|atau)\b(?!\s*\d)|(?:sehingga|dengan|namun|tetapi|sedangkan|karena)\b)",
    re.IGNORECASE,
)
_TAHUN = re.compile(r"(?:19|20)\d\d")
# (rev_narasi64) a point's number, not a figure: "Faktor penghambat capaian: 1. anggaran terbatas; 2. ...",
# "Kendala realisasi: 1) dana terlambat" (a "." or ")" right after a whole number, a word after it)
_BUTIR = re.compile(r"[.)][^\S\n]*[^\W\d_]")


def _butir(match: re.Match[str]) -> bool:
    """``match``'s figure numbers a list's point: the first, or one with the next number's point after it."""
    angka = match["angka"]
    if not angka.isdigit() or not _BUTIR.match(match.string, match.end("angka")):
        return False
    berikut = re.compile(rf"(?<![\d.,]){int(angka) + 1}[.)][^\S\n]*[^\W\d_]")
    return angka == "1" or berikut.search(match.string, match.end("angka")) is not None


def _nilai(angka: str) -> tuple[Fraction, int]:
    """The figure as typed the Indonesian way ("1.200" twelve hundred, "12,5") and its decimals."""
    whole, _, frac = angka.replace(".", "").partition(",")
    return Fraction(f"{whole}.{frac or 0}"), len(frac)


def _satuan(satuan: str) -> list[str]:
    """The words of a Satuan as written after a figure ("Orang", "Unit Usaha": "unit usaha")."""
    return c.normalize_label(satuan).split()


def _boleh(
    match: re.Match[str], indicators: Sequence[IndicatorResult], whole: Node | None
) -> list[Fraction] | None:
    """The figures ``match``'s may be; None when it is not read as the row's capaian or realisasi."""
    kata = match["kata"].lower()
    satuan = [i for i in indicators if _cocok(i, match)]
    if satuan:
        if kata == "capaian":
            return None  # ("capaian 95 koperasi": the count reached, said with the wrong noun; left alone)
        return [to_fraction(i.realisasi) for i in satuan if i.realisasi is not None] or None
    if (
        not _TUTUP.match(match.string, match.end("angka"))
        or _TAHUN.fullmatch(match["angka"])
        or _butir(match)
    ):
        return None
    if kata == "capaian":
        return boleh("capaian", indicators, whole) or None
    if ANGGARAN.search(kalimat_angka(match)):
        return None  # (rev_narasi64) "Realisasi sebesar 700, dari pagu 1.000 juta": the spending's
    return [to_fraction(i.realisasi) for i in indicators if i.realisasi is not None] or None


def banding(
    kalimat: str,
    indicators: Sequence[IndicatorResult],
    whole: Node | None,
    lain: Callable[[re.Match[str]], bool],
    salah: list[str],
    dibanding: set[str],
) -> None:
    """Each capaian or realisasi of ``kalimat`` written without ``%`` compared with the computed ones
    (``lain``: the figure is another one, angka_teks's reasons): into ``dibanding``, and into ``salah`` as
    said ("realisasi 1.250 orang", "capaian 95") when it is none of them."""
    for match in _POLOS.finditer(kalimat):
        if (figures := _boleh(match, indicators, whole)) is None or lain(match):
            continue
        dibanding.add(match["angka"])
        typed, decimals = _nilai(match["angka"])
        if not any(sama(typed, decimals, x) for x in figures):
            words = len(_satuan(next((i.satuan for i in indicators if _cocok(i, match)), "")))
            unit = " ".join(match["satuan"].split()[:words]) if words else ""
            kata = "realisasi" if match["kata"].lower() == "terealisasi" else match["kata"].lower()
            salah.append(f"{kata} {match['angka']}{' ' + unit if unit else ''}")


def _cocok(indicator: IndicatorResult, match: re.Match[str]) -> bool:
    """The words after ``match``'s figure start with ``indicator``'s Satuan ("orang", "unit usaha")."""
    words = c.normalize_label(match["satuan"] or "").split()
    s = _satuan(indicator.satuan)
    return bool(words and s and words[: len(s)] == s)
