"""(narasi61) An Analisis figure stated for a half year that ends after a quarterly report's quarter:
"Capaian s.d. Semester II Tahun 2025: 96%", "Realisasi Semester I sebesar 38,4%" in the Triwulan I
report. No such figure can exist yet (the period has not ended), so it is a slip: a figure copied from a
later workbook, or the period mistyped. It was printed without a word: the figure check read it as
another period's and left it, and the leftover-period check reads half years in half year's and year's
reports only (a later quarter, "s.d. TW IV sebesar 96%", it already names).

Narrowly: a capaian's or a realisasi's figure with the half year named between the noun and it (narasi62:
or right after it, "Capaian 96% pada Semester II"), of the report's year, reached (no hope or plan,
"diharapkan", "akan", "ditargetkan"; no bound or change; no target's, budget's or another place's figure).
The year's report is left to the leftover-period check; (narasi63) Semester I's report is checked too,
Semester II ending after its TW II. Pure; it builds on :mod:`lkj_xl.core.angka_pola` (:mod:`lkj_xl.core.angka_teks` calls it).
"""

from __future__ import annotations

import re

from lkj_xl.core import angka_pola as pola
from lkj_xl.core import contract as c
from lkj_xl.core.angka_kata import SESUDAH, akhir_kalimat, harapan
from lkj_xl.core.model import Settings
from lkj_xl.core.nama_periode import number_named
from lkj_xl.core.periode_diminta import opsi

# words between the noun and the figure making it no figure reached of this indicator (a bound, a change,
# a plan, a target's)
_BUKAN = re.compile(
    r"\b(?:melebihi|lebih|atas|bawah|kurang|belum|hampir|sekitar|kira|mendekati|antara|naik|turun|meningkat"
    r"|menurun|peningkatan|penurunan|kenaikan|selisih|target\w*|ditargetkan|diharapkan|diperkirakan"
    r"|diproyeksikan|direncanakan|proyeksi|prediksi|estimasi|rencana|dan|serta|atau"
    # (rev_narasi61) a target set, what can or will be ("ditarget 100%", "ditetapkan 100%", "dapat mencapai
    # 100%", "optimis 100%", "nanti", "mendatang"): no figure reached either
    r"|ditarget\w*|ditetapkan|dapat|bisa|mampu|optimis\w*|dioptimalkan|nanti|mendatang|datang|depan)\b"
    r"|[<>≤≥±~]",
    re.IGNORECASE,
)

# before the noun in its sentence: a goal or plan ("Upaya agar capaian s.d. Semester II sebesar 100%",
# "untuk mencapai ...", "Target ..."), the Upaya / Tindak Lanjut columns' way of saying what is to be done
_TUJUAN = re.compile(
    r"\b(?:agar|supaya|demi|guna|untuk|upaya\w*|mengupayakan|mencapai|target\w*|rencana\w*|merencanakan"
    r"|akan|harus|perlu|wajib"
    # (rev_narasi61) a figure quoted from a plan's document ("Sesuai RPJMD, capaian s.d. Semester II ...")
    r"|rpjmd|rpjmn|rpjpd|renstra|renja|rkpd|rkt|perjanjian\s+kinerja|sesuai|ditetapkan)\b",
    re.IGNORECASE,
)


# (narasi63) the mark of a later half year's figure among the figures compared at a cell (angka_teks's
# ``dibanding``): in Semester I's report the leftover-period check leaves the "Semester II" stated with it,
# told here with its figure (narasi._periode_semester), one peringatan for one slip
NANTI = "nanti:"


def periode_nanti(match: re.Match[str], settings: Settings) -> str | None:
    """The figure of ``match`` (angka_teks._DISEBUT's) as said for a later half year ("capaian s.d.
    Semester II sebesar 96%"), in a quarterly report; None when it names none, or its figure is no reached
    one."""
    # (narasi63) a Semester I report too: Semester II ends after its TW II ("Capaian pada Semester II 96%"
    # was quiet there, the leftover-period check reading it as a plan's time)
    if settings.laporan_tahunan or match["kata"].lower() == "target":
        return None
    sela = match["sela"]
    found = next((f for f in pola.PERIODE.finditer(sela) if f["smt"]), None)
    if found is None:
        return _sesudah(match, settings)
    if found["tahun"] and int(found["tahun"]) != settings.tahun:
        return None
    if 2 * number_named(found["smt"]) <= settings.triwulan:
        return None  # (Semester I in Triwulan II: the report's own, compared by angka_teks)
    polos = sela[: found.start()] + " " + sela[found.end() :]
    ends = akhir_kalimat(match.string, match.start())
    before = match.string[ends[-1] if ends else 0 : match.start()]
    if pola.LAIN.search(polos) or _BUKAN.search(polos) or any(pola.TAHUN.findall(polos)):
        return None
    after = SESUDAH.split(match.string[match.end() : match.end() + 60], maxsplit=1)[0]
    if (
        harapan(match, before, sela)
        or _TUJUAN.search(before)
        or pola.RENTANG.match(match.string, match.end())
        or _SISA.search(before)
        or _TUJUAN.search(after)
    ):
        return None
    periode = f"{'s.d. ' if found['sd'] else ''}Semester {c.roman(number_named(found['smt']))}"
    return f"{match['kata'].lower()} {periode} sebesar {match['angka']}{match['persen']}"


# (rev_narasi63) what is left to reach, "Sisa capaian pada Semester II sebesar 52% akan dikejar", "Kekurangan
# capaian ...": no figure reached (told as Semester II's in Triwulan II's and Semester I's reports); a plan
# after the figure likewise, "... sebesar 96% akan dicapai" (as :func:`_sesudah` reads it)
_SISA = re.compile(r"\b(?:sisa|kekurangan)\s+$", re.IGNORECASE)


# (narasi62) the half year right after the figure ("Capaian 96% pada Semester II", "capaian sebesar 96% di
# semester II"): it named none between the noun and the figure, so it escaped. (rev_narasi62) No comma: after
# one the half year opens the next clause, "Capaian 75%, di semester II akan dilakukan percepatan"
_PADA = re.compile(r"\s*(?:(?:pada|di|untuk|selama|dalam)\s+)?", re.IGNORECASE)


def _sesudah(match: re.Match[str], settings: Settings) -> str | None:
    """The figure of ``match`` said for a later half year named right after it, read as one named before
    it (:func:`periode_nanti`); None when there is none, or the figure is no reached one."""
    at = _PADA.match(match.string, match.end())
    found = pola.PERIODE.match(match.string, at.end() if at else match.end())
    if found is None or not found["smt"] or found["tahun"] and int(found["tahun"]) != settings.tahun:
        return None
    if 2 * number_named(found["smt"]) <= settings.triwulan:
        return None
    after = SESUDAH.split(match.string[found.end() : found.end() + 60], maxsplit=1)[0]
    ends = akhir_kalimat(match.string, match.start())
    before = match.string[ends[-1] if ends else 0 : match.start()]
    sela = match["sela"]
    if pola.LAIN.search(sela) or _BUKAN.search(sela) or pola.TAHUN.search(sela) or pola.TAHUN.search(after):
        return None
    if (
        _BUKAN.search(after)
        or _TUJUAN.search(after)  # (rev_narasi62) "... pada Semester II perlu percepatan": a plan
        or pola.LAIN.search(after)
        or harapan(match, before, sela)
        or _TUJUAN.search(before)
    ):
        return None  # (after it too: "... pada Semester II diharapkan", "... pada Semester II tahun lalu")
    periode = f"{'s.d. ' if found['sd'] else ''}Semester {c.roman(number_named(found['smt']))}"
    return f"{match['kata'].lower()} {periode} sebesar {match['angka']}{match['persen']}"


def pesan(header: str, kode: str, said: list[str], settings: Settings) -> str:
    """The peringatan at the cell: what it states for a later half year (``said``: "capaian 96% s.d.
    Semester II"), the report's period, and why it cannot be (angka_teks adds its AKHIR)."""
    laporan = c.triwulan_tahun(settings.triwulan, settings.tahun, semester=settings.semester_laporan)
    asal = opsi(settings) if settings.triwulan_diminta else "Pengaturan, Triwulan"
    return (
        f'{header} Kode "{kode}" menyebut {" dan ".join(said)}, tetapi laporan ini {laporan} ({asal}): '
        "semester itu belum berakhir, angkanya belum ada; perbaiki teksnya"
    )
