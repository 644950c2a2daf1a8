"""An earlier quarter told as the time of an event or a cause, and an earlier quarter called "this" one:
read beside :func:`lkj_xl.core.narasi.triwulan_lain` (narasi51).

A careful analyst reads "Keterlambatan pencairan pada triwulan I" in the Faktor Penghambat of a Triwulan
III report as a cause from earlier in the year, which is legitimate: an earlier quarter of the report's
year (no other year written) named only as an event's time is history, written "periode lalu". The
earlier report's own sentence stays a leftover, whatever its words around it: the quarter as the measure's
period ("Capaian Triwulan I ...", "realisasi anggaran pada triwulan I", "Pada triwulan II capaian kinerja
masih rendah"), a figure on it ("... pada Triwulan I sebesar 25%", "mencapai 25% pada Triwulan I"), its
cut-off or its title ("s.d. Triwulan II", "Laporan Kinerja Triwulan I"), "Triwulan I ini".

And the earlier period called this one, "pada triwulan ini (Triwulan I)", "semester ini (Semester I)" in
Semester II: the copy's own words, a leftover though "triwulan ini" names the reported quarter.
Pure.
"""

from __future__ import annotations

import re

from lkj_xl.core import contract as c
from lkj_xl.core.nama_periode import HALF_WORD, NAMA_BULAN, QUARTER_WORD
from lkj_xl.core.narasi_pola import _LAPORAN, _SEMESTER, _TRIWULAN, kuartal
from lkj_xl.core.narasi_rencana import _SEBUT
from lkj_xl.core.narasi_waktu import _AKHIR, _DAFTAR, _rentang, _tahun_lain

_UKURAN = r"(?:capaian|realisasi|kinerja|serapan|penyerapan|target|persentase|nilai|pengukuran|data)"
_SIFAT = r"(?:anggaran|kinerja|fisik|keuangan|indikator|program|kegiatan|sasaran|kumulatif|belanja|dana)"
_SAMPAI = r"(?:s\.\s?d\.?|s/d|sampai\s+dengan|hingga)"
# right before the quarter: the measure ("Capaian Triwulan I", "realisasi anggaran pada triwulan I",
# "capaian s.d. TW I"), the cut-off ("s.d. Triwulan II"), the title ("Laporan Kinerja Triwulan I"), a
# figure or what was reached ("mencapai 25% pada Triwulan I", "seluruh indikator telah tercapai pada
# triwulan I")
_SEBELUM = re.compile(
    rf"(?:\b{_UKURAN}(?:\s+{_SIFAT})*(?:\s+(?:pada|di|selama|periode|{_SAMPAI}))*|\b(?:{_SAMPAI}|sampai)|\b{_LAPORAN}"
    r"|(?:\d[\d.,]*\s*(?:%|persen)|\b(?:sebesar|mencapai|tercapai|terealisasi|terserap)\b)(?:\s+\S+){0,3}?\s+(?:pada|di)"
    # (revnarasi51) the Faktor column's heading of the report before ("Faktor penghambat pada triwulan II")
    r"|\bfaktor\s+(?:pendukung|penghambat|pendorong)(?:\s+[^\s\d.;:,()]+){0,2}?\s+(?:pada|di|selama)"
    r"|\bperiode(?:\s+(?:pelaporan|laporan))?\s*:)\s*$",  # (revnarasi51) its label: "Periode Pelaporan: TW II"
    re.IGNORECASE,
)
# right after it: a figure ("... Triwulan I sebesar 25%", "TW I baru 20%", "Triwulan I tercatat 36%"), the
# measure as the clause's subject ("Pada triwulan II capaian kinerja masih rendah"), "ini"
_SESUDAH = re.compile(
    r"\s*,?(?:(?:\s+(?!(?:dan|serta|sedangkan|sementara|namun|tetapi|sehingga|karena)\b)[^\s\d.;:,()]+){0,3}?"
    r"\s*(?:sebesar|senilai|sebanyak|mencapai|tercapai|terealisasi|terserap"
    rf"|tercatat|\d[\d.,]*\s*(?:%|persen))|\s+{_UKURAN}\b|\s+ini\b|\s*(?:{_SAMPAI}|-|–)"
    # (revnarasi51) its kriteria, a word at most before it ("... pada triwulan II masih tergolong sedang"), or
    # the measure not yet made ("... pada Triwulan II belum dapat diukur")
    r"|(?:\s+[^\s\d.;:,()]+)?\s+(?:tergolong|termasuk|dikategorikan|berkategori|kategori|kriteria|predikat)\b"
    r"|(?:\s+(?:masih|juga))?\s+(?:belum|tidak)\s+(?:(?:dapat|bisa)\s+(?:diukur|dihitung)|terukur)\b"
    # a figure after a colon ("TW II: 95"), its claim on all indicators ("Pada triwulan II seluruh indikator kinerja telah mencapai target")
    r"|\s*[:=]\s*(?:rp\.?\s*)?\d|\s+(?:seluruh|semua)\s+(?:target\s+)?(?:indikator|sasaran|target)\b)",
    re.IGNORECASE,
)
# in its clause (its sentence up to a comma and a conjunction, "..., dan sisanya akan ..."): a plan (an
# earlier quarter planned for is the report before's plan, narasi_rencana), a month (dated history is
# narasi_rencana's: the report before is written in the quarter's first month, mend36a) or this report
# itself ("pertanggungjawaban atas pelaksanaan tugas pada Triwulan I, laporan ini disusun", mend35k)
# (the plan words of narasi_rencana._TEPAT and _TEPAT_AWAL, a "Tindak lanjut:" header; not "baru", nor
# "tindak lanjut" of what was done: "Keterlambatan pencairan pada triwulan I baru dapat diatasi ..." tells
# a cause, "baru" is "only then")
_RENCANA = re.compile(
    r"\b(?:akan|perlu|rencana(?:nya)?|merencanakan|di(?:rencanakan|jadwalkan|agendakan|targetkan))\b"
    r"|\btindak\s+lanjut\s*:",
    re.IGNORECASE,
)
_KALIMAT = re.compile(rf"\b{NAMA_BULAN}\b|\blaporan(?:\s+\S+){{0,3}}?\s+ini\b", re.IGNORECASE)
_JARAK = 80  # characters before the quarter its measure or figure is read in
_SAMBUNG = re.compile(r",\s*(?:dan|serta|sedangkan|sementara|namun|tetapi)\b", re.IGNORECASE)


def _sendiri(teks: str, match: re.Match[str]) -> bool:
    """The quarter ``match`` names (its year with it) stands alone on its line: a heading, the cover's
    "TRIWULAN II TAHUN 2025" (revnarasi51)."""
    awal = teks.rfind("\n", 0, match.start()) + 1
    akhir = teks.find("\n", match.end())
    sisa = teks[awal : match.start()] + teks[match.end() : akhir if akhir >= 0 else len(teks)]
    return not re.sub(r"[\W_]", "", sisa)


def _salinan(match: re.Match[str]) -> bool:
    """The quarter ``match`` names reads as the earlier report's own (the module's shapes)."""
    teks = match.string
    if _SESUDAH.match(teks, match.end()) or _sendiri(teks, match):
        return True
    # (a header's colon opens no new clause: "Rencana tindak lanjut: melaksanakan monitoring pada Tw 3")
    awal = max((m.end() for m in _AKHIR.finditer(teks, 0, match.start()) if m.group() != ":"), default=0)
    akhir = _AKHIR.search(teks, match.end())
    kalimat = teks[awal : akhir.start() if akhir else len(teks)]
    at = match.start() - awal
    mulai = max((m.end() for m in _SAMBUNG.finditer(kalimat, 0, at)), default=0)
    sampai = _SAMBUNG.search(kalimat, at)
    klausa = kalimat[mulai : sampai.start() if sampai else len(kalimat)]
    if _RENCANA.search(klausa) or _KALIMAT.search(klausa):
        return True
    # (the measure or figure before it read last, in the clause only: a window looked at from each place)
    return bool(_SEBELUM.search(klausa, max(0, at - mulai - _JARAK), at - mulai))


def sebab_lalu(teks: str, awal: int, akhir: int, tahun: int | None) -> str:
    """``teks`` with each earlier quarter of the report's year (ending before quarter ``awal``, the report's
    first; 4 in the year's report) named only as an event's time written "periode lalu"; unchanged when it
    also names one of the report's own quarters (``awal`` to ``akhir``: the text names no other then)."""
    # (a first look: an earlier quarter named and none of the own; its lists and years are read only then)
    quarters = {kuartal(m.group(1)) for m in _TRIWULAN.finditer(teks)}
    if awal < 2 or not any(q < awal for q in quarters) or any(awal <= q <= akhir for q in quarters):
        return teks

    def ganti(match: re.Match[str]) -> str:
        rentang = _rentang(match.group("periode"))
        if _tahun_lain(match, tahun, "") or not rentang or _SEMESTER.search(match.group("periode")):
            return match.group(0)
        if all(last < awal for _, last, _ in rentang) and not _salinan(match):
            return match.group(0).replace(match.group("periode"), "periode lalu")
        return match.group(0)

    return _SEBUT.sub(ganti, teks)


_KINI_NAMA = re.compile(
    rf"\b(?:(?P<kuartal>{QUARTER_WORD})|{HALF_WORD})\s+ini\s*(?:\(\s*|,?\s*(?:yaitu|yakni)\s+)"
    # (revnarasi51) a list or a span, its last quarter's numeral alone too ("TW I-II", "TW I s.d. III")
    rf"(?P<periode>{_DAFTAR})(?:\s*(?:-|–|s\.\s?d\.?|s/d|sampai\s+dengan|hingga)\s*(?P<akhir>iv|iii|ii|i|[1-4])\b)?",
    re.IGNORECASE,
)


def kini_lain(teks: str, triwulan: int, semester: int | None) -> list[str]:
    """The periods ``teks`` calls this one ("triwulan ini (Triwulan I)") that are not the report's own
    (quarter ``triwulan``: the quarter, a span ending at it, "TW I-II" in Triwulan II, or its half year,
    "semester ini (Semester I)" in Triwulan II; the half year's report ``semester``: within it)."""
    out: list[str] = []
    for match in _KINI_NAMA.finditer(teks):
        named = _rentang(match.group("periode"))
        if match.group("akhir"):
            last = kuartal(match.group("akhir"))
            named.append((last, last, f"Triwulan {c.roman(last)}"))
        if semester:
            lain = [n for first, last, n in named if not 2 * semester - 1 <= first <= last <= 2 * semester]
        elif max(last for _, last, _ in named) == triwulan:
            lain = []
        else:
            lain = [
                n for first, last, n in named if not (n.startswith("Semester") and first <= triwulan <= last)
            ]
        out += [n for n in lain if n not in out]
    return out
