"""(narasi61) An Analisis figure continuing the clause of the figure before it: "Realisasi TW I sebesar 30%
dan capaian 37,5%", "Pada tahun lalu realisasi 60% dan capaian 75%", "realisasi triwulan III sebesar 60%
sehingga capaiannya 75%". The period named for the first figure is the second's too: it is another
period's when the first is (it was compared with the report's own and told a true sentence wrong,
`menyebut capaian 37,5%, ... capaian 48,00%`). A second figure naming a period or year of its own
("dan capaian TW II sebesar 48%", "tahun ini"), or after a contrast ("sedangkan", "namun") or a new
clause, is read alone as before; so is one after a figure that is another's for no period (a budget's,
the nation's, a bound). Pure; :mod:`lkj_xl.core.angka_teks` calls it with what it read of the first.
"""

from __future__ import annotations

import re

from lkj_xl.core import angka_pola as pola
from lkj_xl.core.angka_kata import akhir_kalimat
from lkj_xl.core.model import Settings

# between the first figure and the second's noun: a joining word, no contrast, no new subject
_SAMBUNG = re.compile(
    r"[\s,(]*(?:(?:dan|serta|dengan|sehingga|atau|maka|yaitu|yakni|dengan\s+kata\s+lain|juga)\b[\s,(]*){0,3}",
    re.IGNORECASE,
)
_LALU = re.compile(r"\b(?:lalu|sebelum\w*|kemarin)\b", re.IGNORECASE)
_INI = re.compile(r"\bini\b", re.IGNORECASE)
# the first figure's period after it ("Realisasi 30% pada TW I dan capaian 37,5%", "... pada tahun 2024 dan")
_SESUDAH = re.compile(
    r"\s*,?\s*(?:(?:pada|di|untuk|selama|dalam)\s+)?(?:tahun\s+(?:(?:19|20)\d\d|lalu|sebelumnya|kemarin)\b"
    rf"|(?:{pola.PERIODE.pattern}))",
    re.IGNORECASE,
)


def _periode_sesudah(sebelumnya: re.Match[str]) -> re.Match[str] | None:
    return _SESUDAH.match(sebelumnya.string, sebelumnya.end())


def _tahun_lain(sebelumnya: re.Match[str], sesudah: re.Match[str] | None, settings: Settings) -> bool:
    """The figure of ``sebelumnya`` is said of last year or another year (in its sentence up to it, or
    right after it)."""
    ends = akhir_kalimat(sebelumnya.string, sebelumnya.start())
    teks = sebelumnya.string[ends[-1] if ends else 0 : sesudah.end() if sesudah else sebelumnya.end()]
    return bool(_LALU.search(teks) or any(int(y) != settings.tahun for y in pola.TAHUN.findall(teks)))


def ikut_sebelumnya(match: re.Match[str], sebelumnya: re.Match[str] | None, settings: Settings) -> bool:
    """``match``'s figure continues the clause of the figure of ``sebelumnya`` (both angka_teks._DISEBUT's
    matches, in one text) and names no period or year of its own."""
    if sebelumnya is None or match["kata"].lower() == sebelumnya["kata"].lower():
        # (rev_narasi61) the same noun again starts another figure ("Realisasi TW I sebesar 30%, realisasi
        # 38,4% dan capaian 69%": the 38,4 % and the 69 % are not TW I's)
        return False
    sesudah = _periode_sesudah(sebelumnya)
    if settings.semester_laporan and not _tahun_lain(sebelumnya, sesudah, settings):
        # (rev_narasi61) a quarter of a half year's report ("Realisasi TW III sebesar 60% dan capaian 69%"
        # in Semester II's): the period check names none, and that quarter's capaian is not computed here;
        # compared with the report's as before rather than printed without a word
        return False
    if not _SAMBUNG.fullmatch(match.string, sesudah.end() if sesudah else sebelumnya.end(), match.start()):
        return False
    sela = match["sela"]
    return not (
        pola.PERIODE.search(sela) or pola.TAHUN.search(sela) or _LALU.search(sela) or _INI.search(sela)
    )


def periode_lain(sebelumnya: re.Match[str], settings: Settings, awal: int) -> bool:
    """The figure of ``sebelumnya`` is named another period's between its noun and it, or right after it:
    an earlier or later period than the report's ("TW I"), another year ("tahun 2024"), last year's ("tahun
    lalu"); ``awal``: angka_teks._awal (the opening clause, "Pada tahun lalu", angka_teks reads itself)."""
    sesudah = _periode_sesudah(sebelumnya)
    sela = sebelumnya["sela"] + " " + (sesudah.group() if sesudah else "")
    return bool(
        _LALU.search(sela)
        or any(int(y) != settings.tahun for y in pola.TAHUN.findall(sela))
        or any(not pola.periode_sendiri(f, settings, awal) for f in pola.PERIODE.finditer(sela))
    )
