"""The patterns and the period test shared by the readers of an Analisis sentence's figures
(:mod:`lkj_xl.core.angka_teks`, :mod:`lkj_xl.core.angka_berikut`, :mod:`lkj_xl.core.angka_menjadi`): the
words that make a figure another one (:data:`LAIN`, :data:`PERIODE_LAIN`, a year, a range, "tersebut"), a
period as staff name it (:data:`PERIODE`) and whether it is the report's own (:func:`periode_sendiri`), and
the clause of a figure after another period's (:data:`LANJUT_AWAL`, :data:`LANJUT_ANGKA`). Pure; it imports
none of those readers, which all build on it.
"""

from __future__ import annotations

import re

from lkj_xl.core.model import Settings
from lkj_xl.core.nama_periode import HALF_NUMBER, HALF_WORD, QUARTER_NUMBER, QUARTER_WORD, SEP, number_named

# Words between the noun and its figure that make it another figure than this indicator's, this period.
LAIN = re.compile(
    r"\b(?:lalu|sebelum\w*|nasional|provinsi|renstra|rata|standar|batas|anggaran|keuangan|pagu|"
    r"serapan|penyerapan|rpjmd|minimal|maksimal|fisik|kegiatan|program|belanja|dana)\b",
    re.IGNORECASE,
)
TAHUN = re.compile(r"\b(?:19|20)\d\d\b")
# After the figure: a range ("75%-80%", "70 s.d. 75 persen") or another period ("pada triwulan lalu",
# "tahun 2024", "dibanding tahun sebelumnya"), within a few words.
KE = r"(?:-|–|—|s\.?\s?d\.?|s/d|hingga|sampai(?:\s+dengan)?)"
RENTANG = re.compile(rf"\s*{KE}\s*\d", re.IGNORECASE)
PERIODE_LAIN = re.compile(rf"\b(?:lalu|sebelum\w*|dibanding\w*|{QUARTER_WORD}|{HALF_WORD})\b", re.IGNORECASE)
# The report's own period named ("pada Triwulan II" in Triwulan II, "s.d. Semester I Tahun 2025" in
# Semester I, "Smt I", "Trw 2"): its figure is the one computed, read as one naming no period is.
SAMPAI = r"(?:s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)"
# "triwulan ini", "semester ini" (the seed's "capaian kinerja triwulan ini sebesar 71%") name it as its
# number does: the quarter in a quarterly report, the half year in a half year's ("tahun ini" is no other
# period anywhere: read as none named).
PERIODE = re.compile(
    rf"(?P<sd>{SAMPAI}\s*)?(?:{QUARTER_WORD}{SEP}(?P<tw>{QUARTER_NUMBER})|{HALF_WORD}{SEP}(?P<smt>{HALF_NUMBER})"
    rf"|(?P<twini>{QUARTER_WORD})\s+ini|(?P<smtini>{HALF_WORD})\s+ini)\b"
    r"(?:\s*(?:tahun|thn|th\.?|t\.?a\.?)?\s*(?:anggaran\s+)?(?P<tahun>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
# (narasi64) a goal noun right before the noun: "Target capaian 100%", "Sasaran capaian 100% pada akhir
# tahun" (after it, "Capaian sasaran strategis 48%", the node's own; rev_narasi64: so is the Sasaran named as
# the node before it, "Indikator sasaran capaian 50%", "Pada sasaran capaian 50%")
SASARAN = re.compile(
    r"\b(?:target|(?<!indikator\s)(?<!\bpada\s)(?<!\bdi\s)(?<!dalam\s)(?<!tiap\s)sasaran)(?:nya)?\s+$",
    re.IGNORECASE,
)
# A period named as a target's ("terhadap target Triwulan II", the quarter's own target) is no own
# period's capaian; a figure "tersebut" / "itu" points back to one said before (the seed's "Capaian
# sebesar 100% tersebut" after "terhadap target triwulan capaiannya sebesar 100%").
_TARGETNYA = re.compile(r"\btarget\s+(?:pada\s+|di\s+)?$", re.IGNORECASE)
TERSEBUT = re.compile(r"\s*(?:tersebut|itu)\b", re.IGNORECASE)
# The own period listed with another after it ("Triwulan II dan III", "Semester I dan II"): both's figure.
_DAN_LAIN = re.compile(
    rf"\s*(?:dan|serta|&|,|[-–—]|{SAMPAI})\s*(?:{QUARTER_NUMBER}|{HALF_NUMBER})\b", re.IGNORECASE
)
DAN_LAIN = _DAN_LAIN  # (narasi62: angka_dulu's earlier period listed with another is no one period)
# (narasi54) an earlier period's figure, then the report's own: "Capaian s.d. TW II sebesar 48%, pada tahun
# 2025 sebesar 96%" (in a report ending in Desember: the year's, Triwulan IV, Semester II; "akhir tahun"
# too), "Capaian s.d. triwulan III sebesar 75%, pada triwulan IV sebesar 96%", "Capaian Semester I sebesar
# 48%, sedangkan s.d. Semester II sebesar 96%": the last figure is this report's, read with the word of the
# figure before it
LANJUT_AWAL = re.compile(
    r"\s*,?\s*(?:(?:dan|serta|sedangkan|sementara|namun|tetapi)\s+)?(?:(?:pada|di|untuk|selama)\s+)?",
    re.IGNORECASE,
)
LANJUT_ANGKA = re.compile(
    r"\s*[,:]?\s*(?:(?:sebesar|mencapai|menjadi|yaitu|yakni|adalah|tercatat)\s+)?"
    r"(?<![\d.,])(?P<angka>\d+(?:[.,]\d+)?)(?P<persen>\s*(?:%|persen\b))",
    re.IGNORECASE,
)


def periode_sendiri(found: re.Match[str], settings: Settings, awal: int) -> bool:
    """``found`` (:data:`PERIODE`) names the report's own period, of its year: its quarter in a quarterly
    report, its half year in a half year's; (narasi58) any quarter or half year ending where the report
    ends "s.d." it ("s.d. Semester II" in the year's report, "s.d. TW II" in Semester I's), or alone when
    it starts in TW I ("Semester I" in Triwulan II) or no figure of a summed indicator comes before it
    (``awal``, :func:`angka_teks._awal`: else the word may name the period's own share, "Semester II" of a Kumulatif
    count in the year's report); a quarter alone in a half year's report is the quarter's. (narasi61) "semester
    ini" in the year's report is Semester II, read as its name is."""
    if found["tahun"] and int(found["tahun"]) != settings.tahun:
        return False
    if _TARGETNYA.search(found.string, 0, found.start()) or _DAN_LAIN.match(found.string, found.end()):
        return False  # ("terhadap target TW II": the quarter's; "TW II dan III": both quarters')
    semester = settings.semester_laporan
    akhir = 2 * semester if semester else settings.triwulan
    if found["smtini"]:
        # the half year's report's own; (narasi61) in the year's report its last half, Semester II, read as
        # "Semester II" alone is there (a quarterly report's "semester ini" stays no own period, narasi53)
        kini = semester is not None or settings.laporan_tahunan
        return kini and (bool(found["sd"]) or awal >= akhir - 1)
    if found["twini"]:
        kini = semester is None and not settings.laporan_tahunan
        return kini and (bool(found["sd"]) or awal >= settings.triwulan)
    if found["smt"]:
        half = number_named(found["smt"])
        mulai, selesai = 2 * half - 1, 2 * half
    else:
        mulai = selesai = number_named(found["tw"])
    if selesai != akhir:
        return False
    if found["sd"]:
        return True
    if found["tw"] and (semester is not None or settings.laporan_tahunan and mulai != 4):
        return False  # (narasi56) TW IV alone in Semester II may be the quarter's own share
    return mulai == 1 or awal >= mulai
