"""(narasi60) A quarter and the half year it ends written as one period in an Analisis text: "TW II /
Semester I", "Semester I (TW II)", "s.d. TW IV/Semester II", "Semester II / Triwulan IV". Read as the
half year alone (:mod:`lkj_xl.core.angka_teks`): the quarter beside it named the figure another period's
in the half year's report, where a quarter alone is its own share, and a wrong figure passed unseen. A
quarter that does not end it ("TW I / Semester I") is left as typed. Pure."""

from __future__ import annotations

import re

from lkj_xl.core.nama_periode import HALF_NUMBER, HALF_WORD, QUARTER_NUMBER, QUARTER_WORD, SEP, number_named

_TW = rf"{QUARTER_WORD}{SEP}(?P<tw{{n}}>{QUARTER_NUMBER})"
_SMT = rf"(?P<semester{{n}}>{HALF_WORD}{SEP}(?P<smt{{n}}>{HALF_NUMBER}))"
_ANTARA = r"\s*(?:/|(?P<kurung{n}>\())\s*"  # (a bracket opened here is closed after: "Semester I (TW II)")
_GANDA = re.compile(
    rf"\b(?:{_TW.format(n=1)}{_ANTARA.format(n=1)}{_SMT.format(n=1)}\b(?(kurung1)\s*\))"
    rf"|{_SMT.format(n=2)}{_ANTARA.format(n=2)}{_TW.format(n=2)}\b(?(kurung2)\s*\)))",
    re.IGNORECASE,
)


def satu_periode(teks: str) -> str:
    """``teks`` with a quarter written beside the half year it ends read as that half year alone."""

    def ganti(found: re.Match[str]) -> str:
        n = "1" if found["tw1"] else "2"
        if number_named(found[f"tw{n}"]) != 2 * number_named(found[f"smt{n}"]):
            return found.group()
        return found[f"semester{n}"]

    return _GANDA.sub(ganti, teks)
