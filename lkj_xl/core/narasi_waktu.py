"""A period as a Narasi text names it, and the sentence it stands in: one period or a list of them
("TW III dan TW IV"), the year after it ("Triwulan I Tahun 2026", "tahun lalu"), the quarters a list
covers, whether its year is another than the report's; a sentence's end (never the dot of "s.d.",
"Kab." or a title), the sentence around a match and the rest of it.

What the plans (:mod:`lkj_xl.core.narasi_rencana`), an earlier period's plan told as history
(:mod:`lkj_xl.core.narasi_rencana_lalu`), the leftover activities (:mod:`lkj_xl.core.narasi_sisa`) and
the reasons of a shortfall (:mod:`lkj_xl.core.narasi_sebab`) read alike.
"""

from __future__ import annotations

import re

from lkj_xl.core import contract as c
from lkj_xl.core.narasi_pola import _PERIODE_NAMA, _SEMESTER, _SEMESTER_KE, _TRIWULAN, kuartal

# one period or a list of them: "TW III dan TW IV", "Triwulan III s.d. Triwulan IV"
_DAFTAR = rf"{_PERIODE_NAMA}(?:\s*(?:,|dan|serta|&|/|s\.\s?d\.?|s/d|-|–)\s*{_PERIODE_NAMA})*"
# the year after it: another year's period is planned for that year ("Triwulan I Tahun 2026"), compared
# with as an earlier one ("Triwulan IV tahun lalu"); a 4-digit year right after the period names it
# too (the lead's decision 3, mend36g: "TW I 2026", "triwulan IV 2025", "Triwulan II/2025"); "thn 2025", "th
# 2025" (revnarasi3)
_TAHUN = (
    r"(?:\s*,?\s*(?:(?:tahun\s*(?:anggaran\s*)?|(?:thn|th)\.?\s*|/\s*)?(?P<tahun>(?:19|20)\d\d)|(?P<depan>tahun\s+(?:depan|berikutnya|mendatang))"
    r"|(?P<lalu>tahun\s+(?:lalu|sebelumnya|kemarin)))\b)?"
)
# a sentence's end: not the dot of "s.d.", "TW.", "Kab.", "1.000", nor of an abbreviation (the lead's
# decision 4, mend36g): "Rp.", "Kec.", "Ds.", "Jl.", "No.", "dll.", "dsb.", "dr.", "H.", titles "S.E.",
# "M.Si." (a lone I or V ends "pada Triwulan I.")
# (narasi51) and a person's title: "Sdri. Mar'atus", "Bpk.", "Hj."
_SINGKATAN = (
    *("rp", "kec", "kel", "kab", "prov", "ds", "jl", "jln", "no", "dll", "dsb", "dr", "drs", "ir"),
    *("sdr", "sdri", "sdra", "bpk", "hj", "ny"),
)
# (speed50: the dot matched first, each word before it looked behind from after it: only a dot is
# looked behind from, not every character)
_AKHIR = re.compile(
    r"[;:!?]|\.(?<!\bs\.d\.)(?<!\bs\.)(?<!\btw\.)(?<!\btriw\.)(?<!\btrw\.)(?<!\bsmt\.)"
    + "".join(rf"(?<!\b{kata}\.)" for kata in _SINGKATAN)
    + r"(?<!\b[a-hj-uw-z]\.)(?<!\b\w\.\w\.)(?<!\b\w\.\w\w\.)(?!\w)",
    re.IGNORECASE,
)


_SATU = re.compile(rf"{_SEMESTER.pattern}|{_TRIWULAN.pattern}", re.IGNORECASE)  # (compiled once: speed50)


def _rentang(periode: str) -> list[tuple[int, int, str]]:
    """Each period a list names, as (first quarter, last quarter, name): "TW III dan TW IV"."""
    out = []
    for match in _SATU.finditer(periode):
        if match.group(1):
            half = _SEMESTER_KE[match.group(1).lower()]
            out.append((2 * half - 1, 2 * half, f"Semester {c.roman(half)}"))
        else:
            quarter = kuartal(match.group(2))
            out.append((quarter, quarter, f"Triwulan {c.roman(quarter)}"))
    return out


def _lain_tahun(match: re.Match[str], tahun: int | None, b: str = "") -> bool:
    year = match.group(f"{b}tahun")
    return bool(match.group(f"{b}depan")) or bool(year) and tahun is not None and int(year) != tahun


def _tahun_lain(match: re.Match[str], tahun: int | None, b: str) -> str:
    """ "depan" when the plan's period is given a later year ("Triwulan I Tahun 2026", "tahun depan"),
    "lalu" an earlier one ("triwulan IV tahun 2025" in 2026, "tahun lalu"), else ""."""
    year = match.group(f"{b}tahun")
    if match.group(f"{b}depan") or year and tahun is not None and int(year) > tahun:
        return "depan"
    if match.group(f"{b}lalu") or year and tahun is not None and int(year) < tahun:
        return "lalu"
    return ""


def _klausa(teks: str, start: int, end: int) -> str:
    """The sentence around ``teks[start:end]``."""
    awal = max((m.end() for m in _AKHIR.finditer(teks, 0, start)), default=0)
    akhir = _AKHIR.search(teks, end)
    return teks[awal : akhir.start() if akhir else len(teks)]


def _sesudah(teks: str, end: int) -> str:
    """The rest of the sentence after ``end``."""
    akhir = _AKHIR.search(teks, end)
    return teks[end : akhir.start() if akhir else len(teks)]
