"""Figures staff write into the Analisis sheet's sentences, compared with the computed ones.

A point such as "realisasi 85,2% dari target 90%" is printed as typed in the Analisis Capaian sheet
and the Word report, beside tables that may say 85,00% and 80%: the signed report would contradict
itself without a word. Only a percentage ("%" or "persen") right after "capaian", "realisasi" or
"target" is read, and only of the row's own indicators in the report's own period (a "target
nasional", "capaian tahun lalu", "realisasi anggaran", another quarter, a bound "melebihi 100%", a
change "naik 5%", a range "75%-80%" is something else and is left alone). A false peringatan on a
right sentence is worse than a missed one: when in doubt, none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from lkj_xl.core import angka_dulu, angka_kriteria, angka_lalu, angka_nanti, angka_polos, angka_sambung
from lkj_xl.core import angka_pola as pola
from lkj_xl.core import contract as c
from lkj_xl.core.angka_banding import atau as _atau
from lkj_xl.core.angka_banding import banding as _banding
from lkj_xl.core.angka_banding import boleh as _boleh
from lkj_xl.core.angka_banding import sama as _sama
from lkj_xl.core.angka_berikut import lain_dulu, periode_berikut, sampai
from lkj_xl.core.angka_daftar import ulang_kata
from lkj_xl.core.angka_huruf import angka_huruf
from lkj_xl.core.angka_kata import SESUDAH as _SESUDAH
from lkj_xl.core.angka_kata import akhir_kalimat, harapan, penuh, persen_realisasi, tingkat
from lkj_xl.core.angka_kata import ketik as _ketik
from lkj_xl.core.angka_menjadi import menjadi
from lkj_xl.core.kalimat import angka_indikator, capaian_teks
from lkj_xl.core.model import (
    PERINGATAN,
    PERIODE_LAIN,
    AnalisisEntry,
    Finding,
    IndicatorResult,
    Node,
    Settings,
)
from lkj_xl.core.nama_periode import (
    HALF_WORD,
    MONTHS,
    NAMA_BULAN,
    QUARTER_NUMBER,
    QUARTER_WORD,
    SEP,
    di_pisah,
    tanpa_titik,
)
from lkj_xl.core.periode_ganda import satu_periode

_KATA = r"capaian|realisasi|target"
_SELA = r"dari|terhadap|sebanyak"  # the figure after them belongs to another word ("68% dari target")
_DISEBUT = re.compile(
    rf"\b(?P<kata>{_KATA})(?:nya)?\b"  # ("capaiannya sebesar 69%")
    # ("s.d. " ends none; "capaiannya" ends it as "capaian" does: "realisasi 0 orang sehingga capaiannya 0%")
    rf"(?P<sela>(?:(?!\b(?:{_KATA})(?:nya)?\b|\b(?:{_SELA})\b|(?<!\bs\.d)\.\s)[^%;\n]){{0,60}}?)"
    r"(?<![\d.,])(?P<angka>\d+(?:[.,]\d+)?)(?P<persen>\s*(?:%|persen\b))",
    re.IGNORECASE,
)
# (narasi58) a hope or plan before the noun in its sentence, or between it and its figure ("Diharapkan s.d.
# TW IV capaian mencapai 100%", "capaian akan mencapai 100%"): no figure reached ("akan" only after the
# noun: "taat akan peraturan", the seed's, is no plan)
_BANDING = re.compile(
    r"(?:\b(?:melebihi|lebih|di\s*atas|di\s*bawah|kurang|belum|hampir|sekitar|kira|mendekati|antara|"
    r"naik|turun|meningkat|menurun|peningkatan|penurunan|kenaikan|selisih|perubahan|awal|murni|"
    r"ditarget(?:kan)?|disasar|diharapkan|diperkirakan|diproyeksikan|diprediksi|direncanakan|proyeksi|prediksi|estimasi|"
    rf"{QUARTER_WORD}|{HALF_WORD}|bulan|{NAMA_BULAN})\b|[<>≤≥±~])",
    re.IGNORECASE,
)
# (rev_narasi64) a goal said reached in the figure's clause ("... 100% telah tercapai"), never one hoped for or
# missed ("belum tercapai", "dapat tercapai")
_TERCAPAI = re.compile(
    r"(?:(?!\b(?:belum|blm|tidak|tak|akan|harus|perlu|dapat|bisa|agar|supaya|diharapkan)\b)[^.;\n])*?"
    r"\b(?:tercapai|dicapai|terpenuhi)\b(?![^\S\n]+(?:pada|di|hingga|sampai|s\.d\.?)[^\S\n]+(?:akhir|tahun|tw|triwulan|semester))",
    re.IGNORECASE,
)
# Before the figure: a range's first bound ("70 s.d. " before "75 persen"; after it: angka_pola.RENTANG).
_DARI_RENTANG = re.compile(rf"\d\s*(?:%|persen)?\s*{pola.KE}\s*$", re.IGNORECASE)
# A quarter's (half year's) target named right before the noun ("Terhadap target triwulan II capaian
# Triwulan II sebesar 100%", "Terhadap target TW II Tahun 2025, capaian ...") or said of the figure right
# after it ("100% dari target yang ditetapkan pada Triwulan II", however far): the capaian of that target,
# not of the year's target computed (a target with its own figure, "Target TW II sebesar 50%, capaian
# 70%", is none: the capaian after it is the year's).
_TARGET_PERIODE = (
    rf"target(?:\s+(?:yang|telah|sudah|pada|untuk|dalam|di\w*)){{0,4}}\s+(?:{QUARTER_WORD}|{HALF_WORD})"
    rf"(?:{SEP}(?:{QUARTER_NUMBER}|ini))?\b"
)
# (revnarasi53) staff's words after it, "Terhadap target triwulan II yang telah ditetapkan, capaian ...";
# after "terhadap" its own figure too, "Terhadap target triwulan II sebesar 68%, capaian sebesar 100%"
_TARGET_DULU = re.compile(
    rf"\b(?:(?P<rel>terhadap|dari|atas|menurut|berdasarkan)\s+)?{_TARGET_PERIODE}"
    r"(?:\s*(?:tahun|thn|th\.?)?\s*(?:anggaran\s+)?(?:19|20)\d\d\b)?(?:\s+yang(?:\s+(?:telah|sudah))?\s+di\w+)?"
    r"(?(rel)(?:\s*,?\s*(?:yaitu|yakni|sebesar|adalah)?\s*\d+(?:[.,]\d+)?\s*(?:%|persen))?)\s*,?\s*$",
    re.IGNORECASE,
)
_TARGET_SESUDAH = re.compile(
    rf"\s*(?:terhadap|dari|atas|(?:(?:apabila|jika|bila)\s+)?(?:di)?banding(?:kan)?(?:\s+dengan)?)\s+{_TARGET_PERIODE}",
    re.IGNORECASE,
)
# (narasi56) a target of several years: the Renstra's or RPJMD's end target, a period's ("target akhir
# periode", "target jangka menengah", "target lima tahun", "target 2021-2026"), up to four words after
# "target" ("target kinerja pada akhir periode Renstra"); a capaian against it is another figure than
# this year's, as is one against another year's target ("target 2026", "target tahun 2026")
_JAMAK = (
    r"(?:rpjmd|rpjpd|renstra|akhir\s+periode|jangka\s+(?:menengah|panjang)|(?:lima|5)\s+tahun(?:an)?"
    r"|(?:19|20)\d\d\s*(?:[-–—/]|s\.?\s?d\.?|s/d|sampai\s+dengan)\s*(?:19|20)\d\d)\b"
)
# (revnarasi56) the Renstra's or RPJMD's target of a year named after it ("target Renstra tahun 2025") is
# that year's target: this report's year makes it this year's (the Renstra sets one per year)
_TAHUN_JAMAK = (
    r"\s+(?:(?:pada|untuk|di)\s+)?(?:tahun\s+)?(?P<jtahun>(?:19|20)\d\d)\b(?!\s*(?:[-–—/]|s\.?\s?d|sampai))"
)
_TARGET_LAIN = rf"target(?:\s+[^\s,;:.]+){{0,4}}?\s+(?:{_JAMAK}(?:{_TAHUN_JAMAK})?|(?:tahun\s+)?(?P<tahun>(?:19|20)\d\d)\b)"
_BANDING_KATA = r"(?:dari|terhadap|atas|(?:(?:apabila|jika|bila)\s+)?(?:di)?banding(?:kan)?(?:\s+dengan)?)"
_JAMAK_SESUDAH = re.compile(rf"\s*{_BANDING_KATA}\s+{_TARGET_LAIN}", re.IGNORECASE)
_JAMAK_DULU = re.compile(
    rf"\b(?:{_BANDING_KATA}|menurut|berdasarkan)\s+{_TARGET_LAIN}(?:\s+[^\s,;:.]+){{0,4}}\s*,?\s*$",
    re.IGNORECASE,
)
_JAMAK_SELA = re.compile(_JAMAK, re.IGNORECASE)
# (narasi57) the Renstra or RPJMD naming this year's figure between the noun and it: its indicator ("Capaian
# IKU Renstra sebesar 69%", "indikator kinerja RPJMD") or its target of this report's year ("Capaian terhadap
# target Renstra tahun 2025 sebesar 69%"); another year's is told by its year, its end target stays another
_RENSTRA_INI = re.compile(
    r"\b(?:(?P<iku>(?:iku|ikd|indikator(?:\s+kinerja)?(?:\s+utama)?)\s+(?:(?:dalam|pada)\s+)?)|(?<!akhir\s)(?<!periode\s))"
    rf"(?:rpjmd|renstra)\b(?:{_TAHUN_JAMAK})?",
    re.IGNORECASE,
)


# (revnarasi57) after them, a figure over the Renstra's years: "secara kumulatif", "s.d. tahun 2025",
# "tahun ke-4" (not "s.d. TW II", this report's period)
_RENSTRA_JAMAK = re.compile(
    r"\b(?:kumulatif|akumulatif|akumulasi|tahun\s+ke"
    r"|(?:s\.\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s+(?:akhir\s+)?(?:tahun\b|(?:19|20)\d\d\b))",
    re.IGNORECASE,
)


def _tanpa_renstra(sela: str, settings: Settings) -> str:
    """``sela`` without the Renstra's words naming this year's figure (:data:`_RENSTRA_INI`)."""

    def ganti(found: re.Match[str]) -> str:
        if _RENSTRA_JAMAK.search(sela, found.end()):
            return found.group()  # the Renstra's years' figure: told by its words (_JAMAK_SELA)
        iku = bool(found["iku"]) and (not found["jtahun"] or int(found["jtahun"]) == settings.tahun)
        return " " if iku or found["jtahun"] and int(found["jtahun"]) == settings.tahun else found.group()

    return _RENSTRA_INI.sub(ganti, sela)


def _target_lain(found: re.Match[str] | None, settings: Settings) -> bool:
    """``found`` (:data:`_TARGET_LAIN` in its pattern) names a multi-year target or another year's."""
    if found is None:
        return False
    if found["jtahun"] and int(found["jtahun"]) == settings.tahun and "akhir" not in found[0].lower():
        return False  # (revnarasi56) "target Renstra tahun 2025" in the 2025 report: this year's target
    return not found["tahun"] or int(found["tahun"]) != settings.tahun


# (narasi54) "Capaian terhadap target tahunan sebesar 70%": the capaian (or realisasi) without a figure of its
# own before "terhadap target": the figure after the target is the capaian against it, as staff mean it
_CAPAIAN_TERHADAP = re.compile(
    r"\b(capaian|realisasi)(?:nya)?(?:\s+(?:kinerja|indikator))?\s+(?:terhadap|atas"
    r"|(?:(?:apabila|jika|bila)\s+)?(?:di)?banding(?:kan)?(?:\s+dengan)?)\s+$",
    re.IGNORECASE,
)
# (narasi54) in a report ending in Desember, its own figure after another period's named by its year ("pada
# tahun 2025 sebesar 96%", "s.d. akhir tahun"; angka_pola.LANJUT_AWAL)
_LANJUT_TAHUN = re.compile(
    r"(?:(?:s\.\s?d\.?|s/d|sampai\s+dengan|hingga)\s+)?(?:akhir\s+)?tahun\s+(?:anggaran\s+)?"
    r"(?P<tahun>ini|(?:19|20)\d\d)\b|(?:(?:s\.\s?d\.?|s/d|sampai\s+dengan|hingga)\s+)?akhir\s+tahun\b(?!\s+\d)",
    re.IGNORECASE,
)
# (narasi54) a period opening the figure's clause, "Pada Semester I capaian sebesar 48%", "Pada tahun 2024,
# capaian ...": that period's figure (another's unless the report's own)
_PEMBUKA = re.compile(
    r"^\s*(?:(?:dan|serta|sedangkan|sementara|namun|tetapi)\s+)?(?:(?:pada|di|untuk|selama|dalam)\s+)?$",
    re.IGNORECASE,
)
# (narasi61) also without "pada" ("Tahun lalu capaian 70%.", "Tahun 2024, capaian ...", "..., dan tahun lalu
# capaian 70%"), and an earlier quarter, half year, month or period so ("Triwulan lalu capaian 70%"): last
# year's capaian is in no column of the workbook, so such a figure is another's, never this year's
_TAHUN_PEMBUKA = re.compile(
    r"(?:^|,|\b(?=(?:dan|serta|sedangkan|sementara|namun|tetapi)\s))\s*"
    r"(?:(?:dan|serta|sedangkan|sementara|namun|tetapi)\s+)?(?:(?:pada|di|untuk|selama|dalam)\s+)?"
    r"(?:tahun\s+(?:anggaran\s+)?(?P<tahun>(?:19|20)\d\d|lalu|sebelumnya|kemarin)"
    r"|(?:triwulan|tw|semester|bulan|periode)\s+(?:yang\s+)?(?:lalu|sebelumnya|kemarin))\s*,?\s*$",
    re.IGNORECASE,
)
# (revnarasi54) a sentence opening with a Program or a (Sub) Kegiatan ("2) Program Penilaian Kesehatan ...
# dengan realisasi 96,05% sehingga capaiannya 170%", the seed's notes of a Sasaran's programs): its figures,
# not those of a row of another level
_BAWAHAN = re.compile(
    r"\s*(?:[-–•❖*]\s*|\(?(?:\d{1,2}|[a-z])\)\s*)*(?P<tingkat>sub\s*kegiatan|kegiatan|program)\b"
    # (a name after it: "Program dan kegiatan pendukung", "Program yang mendukung sasaran ini" name none)
    r"(?!\s*(?:dan|serta|yang|ini|tersebut|-|–|/)(?:\W|$))",
    re.IGNORECASE,
)
AKHIR = "(angka dalam teks dicetak apa adanya di laporan)"  # ends the peringatan: how it is found again


# (narasi54) up to the report's last month, "s.d. Juni 2025" in Semester I, "s.d. Desember" in the year's
_BULAN_SENDIRI = re.compile(
    rf"\b{pola.SAMPAI}\s*(?:akhir\s+)?(?:bulan\s+)?(?P<bulan>{NAMA_BULAN})\b"
    r"(?:\s*,?\s*(?:tahun\s+)?(?P<tahun>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


def _bulan_sendiri(found: re.Match[str], settings: Settings) -> bool:
    """``found`` (:data:`_BULAN_SENDIRI`) is up to the report's last month, of its year."""
    semester = settings.semester_laporan
    akhir = 12 if settings.laporan_tahunan else 6 * semester if semester else 3 * settings.triwulan
    year = found["tahun"]
    return MONTHS[found["bulan"].casefold()] == akhir and (not year or int(year) == settings.tahun)


def _tanpa_sendiri(text: str, settings: Settings, awal: int) -> str:
    """``text`` without the words naming the report's own period (:func:`angka_pola.periode_sendiri`,
    :func:`_bulan_sendiri`)."""
    text = _BULAN_SENDIRI.sub(lambda found: " " if _bulan_sendiri(found, settings) else found.group(), text)
    return pola.PERIODE.sub(
        lambda found: " " if pola.periode_sendiri(found, settings, awal) else found.group(), text
    )


def _awal(indicators: Sequence[IndicatorResult]) -> int:
    """The first quarter (1-4) holding a figure of a Kumulatif or Rata-rata indicator, 5 when none: a
    period's word alone after it may name the period's own share, not the figure up to it (TW I's beside
    "Triwulan II", TW I-II's beside "Semester II")."""
    return min(
        (
            q
            for i in indicators
            if i.jenis_realisasi != c.NILAI_AKHIR
            for q, v in enumerate(i.realisasi_tw, 1)
            if v is not None
        ),
        default=5,
    )


def _lain(match: re.Match[str], settings: Settings, awal: int = 5) -> bool:
    """The figure is another one than the indicator's in the reported period: a bound, a change, a
    range, another period or year, another target. When in doubt: another (no peringatan). The
    report's own period named is none (:func:`angka_pola.periode_sendiri`; ``awal``: :func:`_awal`)."""
    if _TARGET_DULU.search(match.string, max(0, match.start() - 80), match.start()):
        return True
    if pola.SASARAN.search(match.string, max(0, match.start() - 40), match.start()):
        # (narasi64) "Target capaian 100%", "Sasaran realisasi 80%": a goal's figure; (rev_narasi64) unless
        # said reached, "Target capaian 100% telah tercapai": the report's own, 100 %
        return not _TERCAPAI.match(_SESUDAH.split(match.string[match.end() :], maxsplit=1)[0])
    if _pembuka_lain(match, settings, awal):
        return True
    clause = _SESUDAH.split(match.string[match.end() :], maxsplit=1)[0]
    if _TARGET_SESUDAH.match(clause) or _target_lain(_JAMAK_SESUDAH.match(clause), settings):
        return True
    ends = akhir_kalimat(match.string, match.start())
    before = match.string[ends[-1] if ends else 0 : match.start()]
    sela = _tanpa_renstra(match.group("sela"), settings)
    if _target_lain(_JAMAK_DULU.search(before), settings) or _JAMAK_SELA.search(sela):
        return True  # (narasi56) against a multi-year target: "Terhadap target akhir Renstra, capaian ..."
    if harapan(match, before, sela):
        return True
    sendiri = any(
        pola.periode_sendiri(f, settings, awal) for f in pola.PERIODE.finditer(before + match.group("sela"))
    )
    if (stop := sampai(match, settings, awal, sendiri)) is None:
        return True  # (narasi60) no own period named, the next figure's is: this one another period's
    after = _SESUDAH.split(match.string[match.end() : stop], maxsplit=1)[0]
    years = pola.TAHUN.findall(match.group("sela")) + pola.TAHUN.findall(after)
    if match.group("kata").lower() != "target":  # ("target TW II": the quarter's target, no year's)
        sela, after = (_tanpa_sendiri(t, settings, awal) for t in (sela, after))
    return bool(
        pola.LAIN.search(sela)
        or _BANDING.search(sela)
        or any(int(y) != settings.tahun for y in years)
        or pola.RENTANG.match(match.string, match.end())
        or pola.PERIODE_LAIN.search(after)
        or _DARI_RENTANG.search(sela)
        or pola.TERSEBUT.match(after)
    )


def _lanjut(match: re.Match[str], settings: Settings, awal: int) -> re.Match[str] | None:
    """The report's own figure right after ``match``, another period's figure
    (:data:`angka_pola.LANJUT_AWAL`); None when there is none, or ``match`` is another figure than by its
    period alone."""
    # (narasi60) or a figure naming no period before the own period's ("48% dan pada TW IV sebesar 96%")
    sela = match.group("sela")
    named = pola.PERIODE.search(sela) or _pembuka_lain(match, settings, awal)
    if not named and not ((berikut := periode_berikut(match, settings, awal)) and berikut[1]):
        return None
    polos = pola.PERIODE.sub(" ", sela)
    if (
        pola.LAIN.search(polos)
        or _BANDING.search(polos)
        or _TARGET_DULU.search(match.string, 0, match.start())
    ):
        return None
    lead = pola.LANJUT_AWAL.match(match.string, match.end())  # (it matches empty: never None)
    at = lead.end() if lead else match.end()
    found = pola.PERIODE.match(match.string, at)
    if found is not None and pola.periode_sendiri(found, settings, awal):
        at = found.end()
    elif settings.triwulan == 4 and (tahun := _LANJUT_TAHUN.match(match.string, at)) is not None:
        if tahun["tahun"] and tahun["tahun"].lower() != "ini" and int(tahun["tahun"]) != settings.tahun:
            return None
        at = tahun.end()
    else:
        return None
    lanjut = pola.LANJUT_ANGKA.match(match.string, at)
    if lanjut is None:
        return None
    after = _SESUDAH.split(match.string[lanjut.end() : lanjut.end() + 40], maxsplit=1)[0]
    if (
        pola.RENTANG.match(match.string, lanjut.end())
        or pola.PERIODE_LAIN.search(after)
        or pola.TERSEBUT.match(after)
    ):
        return None
    return lanjut


def _pembuka_lain(match: re.Match[str], settings: Settings, awal: int) -> bool:
    """Another period (or year) opens the clause of ``match``'s figure: "Pada Semester I capaian sebesar
    48%" in the year's report (:data:`_PEMBUKA`, :data:`_TAHUN_PEMBUKA`)."""
    ends = akhir_kalimat(match.string, match.start())
    start = ends[-1] if ends else 0
    clause = match.string[start : match.start()]
    if (tahun := _TAHUN_PEMBUKA.search(clause)) is not None:
        return not (tahun["tahun"] or "").isdigit() or int(tahun["tahun"]) != settings.tahun
    for found in pola.PERIODE.finditer(match.string, start, match.start()):
        head = match.string[start : found.start()].rpartition(",")[2]
        if re.fullmatch(r"\s*,?\s*", match.string[found.end() : match.start()]) and _PEMBUKA.match(head):
            return not pola.periode_sendiri(found, settings, awal)
    return False


# ... and the sentence after it on "its" indicator ("Target untuk indikator ini adalah 56,67% ...")
_INDIKATOR_INI = re.compile(
    r"\s*(?:target|realisasi|capaian)(?:nya)?\s+(?:untuk\s+|dari\s+|pada\s+)?indikator\s+(?:ini|tersebut)\b",
    re.IGNORECASE,
)


def _bawahan(match: re.Match[str], node: Node) -> bool:
    """``match``'s sentence opens with a Program or a Kegiatan of another level than ``node``'s
    (:data:`_BAWAHAN`), or follows one on its indicator (:data:`_INDIKATOR_INI`): its figures are that
    one's."""
    ends = [0] + akhir_kalimat(match.string, match.start())
    tingkat = "".join(node.tingkat.split()).casefold()
    for start in ends[::-1][:2]:
        found = _BAWAHAN.match(match.string, start)
        if found is not None:
            return "".join(found["tingkat"].split()).casefold() != tingkat
        if not _INDIKATOR_INI.match(match.string, start):
            return False
    return False


def _diukur(entry: AnalisisEntry, node: Node) -> list[IndicatorResult]:
    key = c.normalize_label(entry.indikator)
    return [i for i in node.indicators if not entry.indikator or c.normalize_label(i.indikator) == key]


def _dihitung(indicators: Sequence[IndicatorResult], node: Node | None, settings: Settings) -> str:
    """The computed figures the peringatan names: target, realisasi and capaian of each indicator, the
    target and realisasi as Tabel 3.1 and the sentences show them (595.430 orang of 285.430 + 0,31 juta
    beside 1,20 juta, never 0,60 juta: kalimat.angka_indikator)."""
    parts = []
    for ind in indicators:
        figures = []
        shown = angka_indikator(ind, settings)
        if ind.target is not None:
            figures.append(f"target {shown.target}")
        if ind.realisasi is not None:
            figures.append(f"realisasi {shown.realisasi}")
        if ind.capaian is not None:
            figures.append(f"capaian {capaian_teks(ind.capaian_exact, ind.capaian, settings)}")
        else:
            figures.append(f"capaian belum diketahui ({ind.status or 'tanpa realisasi'})")
        lead = f'indikator "{ind.indikator}": ' if len(indicators) > 1 else ""
        parts.append(lead + ", ".join(figures))
    if node is not None and len(indicators) > 1 and node.capaian is not None:
        parts.append(f"capaian {node.kode} {capaian_teks(node.capaian_exact, node.capaian, settings)}")
    return "; ".join(parts)


def _teks(texts: Sequence[str]) -> str:
    """An Analisis cell's points as the figure check reads them."""
    # ("ditriwulan I", "TW. II"; narasi60: "TW II / Semester I" is Semester I's)
    kalimat = satu_periode(tanpa_titik(di_pisah("\n".join(texts))))
    kalimat = angka_huruf(kalimat)  # (narasi62) "tujuh puluh persen": 70 persen
    return ulang_kata(kalimat, _DISEBUT)  # (narasi64) "Capaian TW I 37,5% dan TW II 50%": TW II's noun


def _sel_dibanding(
    texts: Sequence[str],
    node: Node,
    indicators: Sequence[IndicatorResult],
    whole: Node | None,
    settings: Settings,
    nanti_said: list[str],
    lalu_said: list[str],
    dulu: angka_dulu.Dulu | None = None,
) -> tuple[list[str], set[str]]:
    """The figures of one Analisis cell (``texts``, its points) the table contradicts, as said ("capaian
    69%"), and every figure compared (as typed, "69"): the period check drops "s.d. TW IV" in the year's
    report only before a figure compared here (narasi_tahun.tw_iv_laporan). Into ``nanti_said``: the
    figures stated for a later half year (:mod:`angka_nanti`); into ``lalu_said``, last year's realisasi
    that is not the workbook's (:mod:`angka_lalu`); into ``dulu.said``, an earlier period's capaian that
    is not that period's (:mod:`angka_dulu`)."""
    salah: list[str] = []
    dibanding: set[str] = set()
    awal = _awal(indicators)
    kalimat = _teks(texts)
    sebelumnya: re.Match[str] | None = None  # (narasi61) the figure before, when another period's
    lain_f = functools.partial(_lain, settings=settings, awal=awal)
    for match in _DISEBUT.finditer(kalimat):
        kata = match.group("kata").lower()
        if (nanti := angka_nanti.periode_nanti(match, settings)) is not None:
            nanti_said.append(nanti)
            dibanding.add(angka_nanti.NANTI + match["angka"])
            sebelumnya = match
            # (narasi63) the report's own after it, "... dan s.d. Semester I sebesar 20%", lost with it before
            if (lanjut := _lanjut(match, settings, awal)) is not None and not _bawahan(lanjut, node):
                _banding(kata, lanjut, _boleh(kata, indicators, whole), salah, dibanding)
            continue  # (narasi61) a later half year's figure: none yet
        # (narasi61) "Realisasi TW I sebesar 30% dan capaian 37,5%": the second is TW I's too
        ikut = angka_sambung.ikut_sebelumnya(match, sebelumnya, settings)
        lain = kata != "target" and (
            ikut or _pembuka_lain(match, settings, awal) or angka_sambung.periode_lain(match, settings, awal)
        )
        # (rev_narasi61) one figure continues another's clause, no chain: "..., realisasi 38,4% dan capaian 69%"
        # after last year's two is this year's again
        lalu_match, sebelumnya = sebelumnya, match if lain and not ikut else None
        if ikut and dulu is not None and not _bawahan(match, node):  # (narasi62) "..., dan capaian 69%"
            dulu.lanjut(match, lalu_match, (indicators, whole, awal, lain_f))
        if ikut or _bawahan(match, node):
            continue
        if angka_lalu.disebut(match, settings):  # (narasi61) last year's, with last year's figures
            lalu = angka_lalu.angka(indicators, settings)
            if lalu and not any(_sama(*_ketik(match["angka"]), x) for _, x in lalu):
                lalu_said.append(f"realisasi tahun lalu {match['angka']}{match['persen']}")
            continue
        if _lain(match, settings, awal):
            if dulu is not None:  # (narasi62) an earlier period's, against that period's
                dulu.banding(match, indicators, whole, awal, lain_f)  # (narasi63) one own figure after it too
            if (lanjut := _lanjut(match, settings, awal)) is None:
                continue
            match = lanjut  # (narasi54) the report's own figure after another period's
            boleh = _boleh(kata, indicators, whole)
        elif kata == "target" and (terhadap := _CAPAIAN_TERHADAP.search(match.string, 0, match.start())):
            # (revnarasi54) the capaian against the target, or the target's own figure ("Capaian
            # terhadap target 80% adalah 85%"), or the realisasi's: either, quiet
            kata = terhadap.group(1).lower()
            boleh = _atau(_boleh(kata, indicators, whole), _boleh("target", indicators, whole))
        elif kata == "target" and penuh(match):
            continue  # (narasi58) "Capaian 96% dari target 100%": the capaian's own scale
        elif (
            kata == "realisasi"
            and tingkat(match, lambda f: not _lain(f, settings, awal))
            and (persen := persen_realisasi(indicators))
        ):
            boleh = persen  # (narasi58) the level beside a target's or capaian's figure, not the capaian
        else:
            boleh = _boleh(kata, indicators, whole)
        _banding(kata, match, boleh, salah, dibanding)
        angka_kriteria.tambah(kata, match, (indicators, whole), salah)  # (narasi62) "48% (Sangat Tinggi)"
    for kata, match in menjadi(kalimat, settings):  # (narasi60) "naik dari TW I sebesar 30% menjadi 40%"
        _banding(
            kata, match, None if _bawahan(match, node) else _boleh(kata, indicators, whole), salah, dibanding
        )
    polos_lain = functools.partial(_polos_lain, node=node, settings=settings, awal=awal)
    angka_polos.banding(kalimat, indicators, whole, polos_lain, salah, dibanding)  # (narasi64) "capaian 95"
    return salah, dibanding


def _polos_lain(match: re.Match[str], node: Node, settings: Settings, awal: int) -> bool:
    """(narasi64) A figure written without ``%`` (:mod:`angka_polos`) is another one than the row's: a
    Kegiatan's sentence, last year's, another thing or period before its noun, or :func:`_lain`'s."""
    return (
        _bawahan(match, node)
        or angka_lalu.disebut(match, settings)
        or lain_dulu(match, settings)
        or _lain(match, settings, awal)
    )


def angka_analisis(
    analisis: Sequence[AnalisisEntry],
    nodes: Mapping[str, Node],
    settings: Settings,
    dulu: angka_dulu.Dulu | None = None,
) -> tuple[list[Finding], dict[tuple[int, str], frozenset[str]]]:
    """A peringatan at each Analisis cell whose capaian, realisasi or target in percent is not the
    computed one of its row's indicators; and by (the entry's index, the column) the figures compared.
    ``dulu``: the engine's figures of an earlier period (:mod:`angka_dulu`), None: such a figure not compared."""
    if settings.triwulan_galat:
        return [], {}  # no quarter counted: nothing computed to compare with
    out: list[Finding] = []
    semua: dict[tuple[int, str], frozenset[str]] = {}
    for index, entry in enumerate(analisis):
        node = nodes.get(entry.kode)
        if node is None:
            continue
        indicators = _diukur(entry, node)
        whole = None if entry.indikator else node
        points = zip(
            c.ANALISIS_TEXT_HEADERS,
            (entry.faktor_pendukung, entry.faktor_penghambat, entry.upaya, entry.tindak_lanjut),
        )
        for header, texts in points:
            nanti: list[str] = []
            lalu: list[str] = []
            if dulu is not None:
                dulu.said = {}
            salah, dibanding = _sel_dibanding(texts, node, indicators, whole, settings, nanti, lalu, dulu)
            semua[index, header] = frozenset(dibanding)
            if nanti and header in entry.sel:
                pesan = angka_nanti.pesan(header, entry.kode, nanti, settings)
                out.append(Finding(PERINGATAN, c.SHEET_ANALISIS, entry.sel[header], f"{pesan} {AKHIR}"))
            if lalu and header in entry.sel:
                pesan = angka_lalu.pesan(header, entry.kode, lalu, angka_lalu.angka(indicators, settings))
                out.append(Finding(PERINGATAN, c.SHEET_ANALISIS, entry.sel[header], f"{pesan} {AKHIR}"))
            for quarter, said in (dulu.said if dulu is not None and header in entry.sel else {}).items():
                if (
                    said and dulu is not None and (hasil := dulu.hasil(quarter, indicators, whole))
                ):  # (narasi62)
                    pesan = angka_dulu.pesan(header, entry.kode, said, quarter, _dihitung(*hasil))
                    out.append(Finding(PERINGATAN, c.SHEET_ANALISIS, entry.sel[header], f"{pesan} {AKHIR}"))
            if salah and header in entry.sel:
                out.append(
                    Finding(
                        PERINGATAN,
                        c.SHEET_ANALISIS,
                        entry.sel[header],
                        f"{header} menyebut {' dan '.join(salah)}, padahal yang dihitung untuk "
                        f"{entry.kode}: {_dihitung(indicators, whole, settings)}; perbaiki teksnya {AKHIR}",
                    )
                )
    return out, semua


def angka_disebut(
    analisis: Sequence[AnalisisEntry], nodes: Mapping[str, Node], settings: Settings
) -> list[Finding]:
    """A peringatan at each Analisis cell whose capaian, realisasi or target in percent is not the
    computed one of its row's indicators (:func:`angka_analisis`'s findings)."""
    return angka_analisis(analisis, nodes, settings)[0]


def angka_catatan(findings: Sequence[Finding], entry: AnalisisEntry, header: str) -> list[str]:
    """The "[isi: ...]" lines printed under an Analisis cell whose figure the table contradicts, or
    that names another period than the report's (analisis_periode)."""
    sel = entry.sel.get(header)
    return [
        f"[isi: {f.pesan}; perbaiki {f.sheet}!{f.sel}]"
        for f in findings
        if sel
        and f.sheet == c.SHEET_ANALISIS
        and f.sel == sel
        and (f.pesan.endswith(AKHIR) or f.tentang >= PERIODE_LAIN)
    ]
