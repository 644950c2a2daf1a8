"""An earlier report a Narasi text names after "atas" / "terhadap": history, or this report's own
title left from that report.

History by default ("Revisi atas Laporan Kinerja Triwulan I telah disampaikan", "Capaian atas Laporan
Kinerja Triwulan I sebesar 45%", "Atas Laporan Kinerja Triwulan I, Inspektorat tidak memberikan
catatan" in Triwulan II): a false leftover prints a peringatan and puts "[isi: ...]" under staff's
paragraph in Word, so only two shapes are leftovers:

- the title itself before "ini": its own words (capitalised, "dan", "pada", "Tahun (Anggaran) 2025")
  then "ini" ("atas Laporan Kinerja Triwulan I Tahun 2025 ini"), unless its clause says it was
  followed up or used ("... ini telah ditindaklanjuti", "... ini menjadi dasar ..."); an "ini"
  elsewhere in the clause ("hingga saat ini", "pada triwulan ini", "dalam laporan ini") is no title's;
- the Kata Pengantar's closing: "Kritik dan saran (yang membangun) atas Laporan Kinerja Triwulan I ...
  sangat kami harapkan / kami butuhkan / akan kami tindaklanjuti" (a verb of asking or hoping:
  "untuk", "agar", "akan" alone tell what it was used for), "masukan atas Laporan Kinerja Triwulan
  I.", "Kami menyadari masih banyak kekurangan atas ... Triwulan I.", "Penilaian atas ... kami
  serahkan kepada pembaca".
"""

from __future__ import annotations

import re

from lkj_xl.core import contract as c
from lkj_xl.core.narasi_pola import (
    _KATA_EKOR,
    _LAPORAN,
    _PERIODE_NAMA,
    _SEMESTER,
    _SEMESTER_KE,
    _TAHUN_IKUT,
    _TRIWULAN,
    kuartal,
)

_RIWAYAT = re.compile(
    rf"\b(?:atas|terhadap)\s+(?:{_LAPORAN}\s+)?(?P<periode>{_PERIODE_NAMA}){_TAHUN_IKUT}", re.IGNORECASE
)
# the period's title words, then "ini" / then the sentence's end (not a comma: a clause follows)
_JUDUL_INI = re.compile(rf"(?:{_KATA_EKOR}){{0,15}}?\s+ini\b", re.IGNORECASE)
_JUDUL_TAMAT = re.compile(rf"(?:{_KATA_EKOR}){{0,15}}?\s*(?:[.!?;]|$)", re.IGNORECASE)
# a clause's end: a comma, semicolon, colon or a sentence's end (not the dot of "1.000", "s.d.", "Kab.")
_AKHIR_KLAUSA = re.compile(
    r"[,;:!?]|(?<!\bs\.d)(?<!\bkab)(?<!\bkec)(?<!\bprov)(?<!\bdr)\.(?!\w)", re.IGNORECASE
)
# what the closing asks for, just before "atas": "Kritik dan saran yang membangun", "masukan"
_UMPAN = r"(?:kritik|saran|masukan)"
_MINTA = re.compile(
    rf"\b{_UMPAN}(?:\s*(?:,|dan|serta|&|/)\s*{_UMPAN})*"
    r"(?:\s+(?:yang\s+)?(?:bersifat\s+)?(?:membangun|konstruktif))?\s*$",
    re.IGNORECASE,
)
_KEKURANGAN = re.compile(r"\bkekurangan(?:\s+dan\s+kelemahan)?\s*$", re.IGNORECASE)
_PENILAIAN = re.compile(r"\bpenilaian\s*$", re.IGNORECASE)
# ... and what it says of it: asked or hoped for, to be followed up ("Saran ... atas ... telah kami
# tindaklanjuti", "... dijadikan bahan untuk perbaikan", "... akan menjadi bahan perbaikan" is history)
_HARAP = re.compile(
    r"\b(?:(?:meng|di)?harap(?:kan)?|(?:di|me)?nantikan|(?:di)?butuh(?:kan)?|(?:di|me)?mohon(?:kan)?"
    r"|akan\s+kami\s+tindak\s*lanjuti)\b",
    re.IGNORECASE,
)
# the title before "ini" said followed up or used: history ("... Triwulan I Tahun 2025 ini telah
# ditindaklanjuti seluruhnya", "... Triwulan III Dinas Kesehatan ini menjadi dasar penyusunan ...")
_DIPAKAI = re.compile(
    r"\b(?:(?:telah|sudah)\s+(?:kami\s+)?(?:di)?(?:tindak\s*lanjuti|perbaiki)"
    r"|menjadi\s+(?:dasar|bahan|acuan)|dijadikan)\b",
    re.IGNORECASE,
)
_LAMPAU = re.compile(r"\b(?:telah|sudah|pernah)\b", re.IGNORECASE)
_SERAHKAN = re.compile(r"\bserahkan\b", re.IGNORECASE)


def _sisa_judul(match: re.Match[str]) -> bool:
    """The earlier report ``match`` names is this report's title left from it (the module's two
    shapes), not history."""
    teks = match.string
    sebelum = teks[: match.start()]
    akhir = _AKHIR_KLAUSA.search(teks, match.end())
    klausa = teks[match.end() : akhir.start() if akhir else len(teks)]
    tamat = bool(_JUDUL_TAMAT.match(teks, match.end()))
    minta = bool(_MINTA.search(sebelum))
    harap = minta and bool(_HARAP.search(klausa)) and not _LAMPAU.search(klausa)
    if ini := _JUDUL_INI.match(teks, match.end()):
        akhir = _AKHIR_KLAUSA.search(teks, ini.end())
        return harap or not _DIPAKAI.search(teks, ini.end(), akhir.start() if akhir else len(teks))
    if minta:
        return harap or tamat
    if _KEKURANGAN.search(sebelum):
        return tamat
    return bool(_PENILAIAN.search(sebelum) and _SERAHKAN.search(klausa))


def _nama(periode: str, year: int | None, tahun: int | None) -> str:
    """The period as the peringatan names it: "Semester I", "Triwulan III", with its year when not the
    report's ("Triwulan II Tahun 2024" in Triwulan II Tahun 2025)."""
    half = _SEMESTER.search(periode)
    quarter = _TRIWULAN.search(periode)
    if half:
        nama = f"Semester {c.roman(_SEMESTER_KE[half.group(1).lower()])}"
    else:
        nama = f"Triwulan {c.roman(kuartal(quarter.group(1)))}" if quarter else periode
    return f"{nama} Tahun {year}" if year and year != tahun else nama


def tanpa_riwayat(teks: str, triwulan: int, tahun: int | None) -> tuple[str, list[str]]:
    """``teks`` without the earlier reports it names after "atas" / "terhadap" as history (a period
    ending before the reported quarter, Semester I in Semester II, or in an earlier year), and the
    earlier periods named as this report's title left from them (:func:`_sisa_judul`): leftovers
    whatever else the text names."""
    sisa: list[str] = []

    def ganti(match: re.Match[str]) -> str:
        periode = match.group("periode")
        halves = [_SEMESTER_KE[m.group(1).lower()] for m in _SEMESTER.finditer(periode)]
        quarter = _TRIWULAN.search(periode)
        akhir = 2 * halves[0] if halves else kuartal(quarter.group(1) if quarter else "IV")
        year = int(match.group(2)) if match.group(2) else tahun
        earlier = year < tahun if year and tahun and year != tahun else akhir < triwulan
        if not earlier:
            return match.group(0)
        if _sisa_judul(match):
            sisa.append(_nama(periode, year, tahun))
            return match.group(0)
        return "atas laporan sebelumnya"

    return _RIWAYAT.sub(ganti, teks), sisa
