"""The patterns the Narasi checks read a report's period with: a quarter ("Triwulan II", "TW-1"), a
half year ("Semester I"), the report's title ("Laporan Kinerja (LKj) ... Triwulan II ... Tahun 2025").
Shared by :mod:`lkj_xl.core.narasi` and :mod:`lkj_xl.core.narasi_riwayat`."""

from __future__ import annotations

import re

from lkj_xl.core.dates import BULAN
from lkj_xl.core.nama_periode import (
    HALF_NAMES,
    HALF_WORD,
    ORDINALS,
    QUARTER_NUMERALS,
    QUARTER_WORD,
    SEP,
    di_pisah,
    tanpa_titik,
)

# A quarter as staff write it: "Triwulan II", "TW II", "Tw. I", "TW-1", "Trw I", "triw. II", "Triwulan
# Kedua", "Triwulan ke-2", "TW ke-3".
_KE = r"(?:ke\s*-?\s*)?"
_KUARTAL = rf"{QUARTER_WORD}{SEP}{_KE}"  # (nama_periode.SEP: "TW II", "TW-II", "TWII")
_NOMOR = r"(IV|III|II|I|[1-4]|pertama|kedua|ketiga|keempat)\b"
_TRIWULAN = re.compile(rf"\b{_KUARTAL}{_NOMOR}", re.IGNORECASE)
# A half year: "Semester I", "Smt. 2", "Semester Kedua" (it ends with Triwulan II / IV).
_SEMESTER_NOMOR = rf"{HALF_WORD}(?:\s*[.-]\s*|\s+){_KE}(II|I|[12]|pertama|kedua|satu|dua)\b"
_SEMESTER = re.compile(rf"\b{_SEMESTER_NOMOR}", re.IGNORECASE)
_SEMESTER_KE = HALF_NAMES
# The report's own period without its number (the lead's decision, mend35k): "(pada) triwulan ini" is
# the reported quarter, "semester ini" the half year's report's own half, "s.d. triwulan ini" its last
# quarter ("Dibandingkan dengan capaian Triwulan I, capaian pada triwulan ini meningkat 12%.").
_KINI_TRIWULAN = re.compile(rf"\b{QUARTER_WORD}\s+ini\b", re.IGNORECASE)
_KINI_SEMESTER = re.compile(rf"\b{HALF_WORD}\s+ini\b", re.IGNORECASE)
_SD_KINI = re.compile(rf"\b(?:sampai\s+dengan|s\.\s?d\.?|s/d|hingga)\s+{QUARTER_WORD}\s+ini\b", re.IGNORECASE)
# The report or its period named as a half year or a quarter ("Laporan Kinerja Semester I", "s.d.
# Semester I", "selama Semester I", "Laporan Kinerja (LKj) Triwulan II"), with the year that may
# follow: "Realisasi Semester II Tahun 2024" names another year's half, not this report's period.
# "laporan" and the period, the title's own word first ("Laporan Kinerja (LKj) Triwulan II", "Laporan
# Kinerja Instansi Pemerintah (LKjIP) Triwulan IV"): "laporan monev semester II", "laporan evaluasi
# kinerja triwulan IV disampaikan ..." name other reports (of a period inside this one). A word before
# "Kinerja" is the report's own title only before "ini" (_JUDUL_SENDIRI).
_JUDUL = r"(?:kinerja|capaian|akuntabilitas|instansi|pemerintah|perangkat|daerah|\(?(?:lkj|lkjip|lakip)\)?)"
# a word of the title, not of a sentence about the report ("Laporan ini memuat kinerja triwulan IV")
_KATA = r"\s+(?!(?:ini|itu|yang|telah|sudah|akan|dapat|adalah|merupakan)\b)\S+"
_LAPORAN = rf"laporan(?:\s+{_JUDUL}(?:{_KATA}){{0,3}}?)?"
_AWAL = rf"\b({_LAPORAN}|sampai\s+dengan|s\.\s?d\.?|s/d|hingga|selama)\s+"
_TAHUN_IKUT = r"(?:\s*,?\s*(?:tahun\s*(?:anggaran\s*)?)?(\d{4})\b)?"
# a quarter "selama" is when an activity ran ("kegiatan selama triwulan I"), not the period; so is a
# half year "selama" or "hingga" ("Selama Semester II, pameran ...", "berlanjut hingga semester II")
_PERIODE_SEMESTER = re.compile(
    _AWAL.replace("|hingga|selama", "") + _SEMESTER_NOMOR + _TAHUN_IKUT, re.IGNORECASE
)
_PERIODE_KUARTAL = re.compile(_AWAL.replace("|selama", "") + _KUARTAL + _NOMOR + _TAHUN_IKUT, re.IGNORECASE)
# A title naming a half year and its last quarter together, the period of both: "Laporan Kinerja
# Triwulan II dan Semester I", "Laporan Kinerja Semester I / Triwulan II".
_PERIODE_NAMA = (
    rf"(?:{_KUARTAL}(?:IV|III|II|I|[1-4]|pertama|kedua|ketiga|keempat)\b"
    rf"|{HALF_WORD}(?:\s*[.-]\s*|\s+){_KE}(?:II|I|[12]|pertama|kedua|satu|dua)\b)"
)
_GABUNGAN = re.compile(
    rf"\b{_LAPORAN}\s+{_PERIODE_NAMA}\s*(?:dan|/|&)\s*{_PERIODE_NAMA}{_TAHUN_IKUT}", re.IGNORECASE
)
# This report's own title, of whatever period: "Laporan Kinerja Semester I Tahun 2025 ini", "Laporan
# Pelaksanaan Kinerja Triwulan IV ini", the seed's Pendahuluan "Laporan Kinerja pada Dinas ... Triwulan
# II Tahun 2025 ini" and Kata Pengantar "sehingga Laporan Kinerja (LKj) Triwulan II Dinas ... Tahun
# Anggaran 2025 dapat diselesaikan dengan baik". A false one puts a placeholder in the Word report
# instead of the staff's text, so every word between "laporan" and the period and between the period
# and "ini" is a title's: capitalised (the agency's name, "(LKj)"), "dan", "pada", "Tahun (Anggaran)
# 2025". Any other ("Laporan Kinerja Semester I capaian ini meningkat", "... Semester I lalu", "Laporan
# evaluasi kinerja triwulan IV") makes it another report cited.
# (each word one way only: a capitalised word is no title's own word, period, "dan" or "Tahun")
_BATAS = r"(?=[\s.;:,]|$)"
_KAPITAL = (
    rf"(?!(?:tahun|anggaran|ini|yang|dan|pada|{HALF_WORD}|{QUARTER_WORD})\b|{_JUDUL}(?!\w))"
    r"\(?(?-i:[A-Z])[^\s.;:,()]*\)?"
)
_SELA = rf",?\s+(?:{_KAPITAL}|dan|&|pada|tahun\s+(?:anggaran\s+)?\d{{4}}|\d{{4}}){_BATAS}"
# the title's own words: any case before the period ("laporan capaian kinerja semester I"), capitalised
# after it ("... Semester I Instansi Pemerintah ini"; "Semester I capaian ini meningkat" cites it)
_KATA_KEPALA = rf"(?:{_SELA}|,?\s+{_JUDUL}{_BATAS})"
_KATA_EKOR = rf"(?:{_SELA}|,?\s+(?=\(?(?-i:[A-Z])){_JUDUL}{_BATAS})"


def kuartal(word: str) -> int:
    """A quarter's number as staff write it: "II", "2", "kedua"."""
    word = word.lower()
    return ORDINALS.get(word) or QUARTER_NUMERALS[word]


# A bare number after a period and "dan" / "-" / "s.d." takes the period's word before it (the lead's
# decision, mend36e): "TW I s.d. III", "TW I-II", "triwulan II dan III", "Tw 1 & 2", "Semester I dan
# II" name the last one too. After a comma only a Roman number ("TW I, II, III dan IV"): "Pada Triwulan
# I, 2 kegiatan ..." counts kegiatan.
_SAMBUNG = r"\s*(?:dan|serta|&|/|s\.\s?d\.?|s/d|sampai\s+dengan|hingga|-|–)\s*"
_POLOS = re.compile(
    rf"(?P<kepala>\b(?:(?P<kuartal>{_KUARTAL})(?:IV|III|II|I|[1-4])|{HALF_WORD}(?:\s*[.-]\s*|\s+){_KE}"
    r"(?:II|I|[12]))\b)"
    rf"(?P<sela>{_SAMBUNG}(?P<angka>IV|III|II|I|[1-4])|\s*,\s*(?P<romawi>IV|III|II|I))\b(?![.,]?\d)",
    re.IGNORECASE,
)


def rentang_penuh(teks: str) -> str:
    """``teks`` with each bare number of a list of periods given its word: "TW I s.d. III" is "TW I s.d.
    Triwulan III", "Semester I dan II" is "Semester I dan Semester II"."""

    def ganti(match: re.Match[str]) -> str:
        nomor = match.group("angka") or match.group("romawi")
        if not match.group("kuartal") and nomor.upper() not in ("I", "II", "1", "2"):
            return match.group(0)
        kata = "Triwulan" if match.group("kuartal") else "Semester"
        sela = match.group("sela")[: -len(nomor)]
        # a range, "–": "Triwulan I s.d. IV" is no "s.d. Triwulan IV" (the year's report's own period)
        sela = " – " if re.search(r"s\.|s/|sampai|hingga", sela, re.IGNORECASE) else sela
        return f"{match.group('kepala')}{sela}{kata} {nomor}"

    for _ in range(4):  # "TW I, II, III dan IV": one more each pass
        baru = _POLOS.sub(ganti, teks)
        if baru == teks:
            break
        teks = baru
    return teks


# (revnarasi3) what staff type for the words the checks read: a verb's "di" typed apart ("akan di
# laksanakan"), a quarter's Roman number typed with a lowercase L ("Triwulan lll", copied from a PDF),
# a date in figures ("15/08/2025", "15-08-2025": the month's name)
_DI_PISAH = re.compile(
    r"\bdi\s+(laksanakan|lakukan|selenggarakan|gelar|adakan|jadwalkan|rencanakan|agendakan|susun|salurkan)\b",
    re.IGNORECASE,
)
_ROMAWI_L = re.compile(
    rf"\b((?i:{_KUARTAL}|{HALF_WORD}(?:\s*[.-]\s*|\s+){_KE}))(lll|ll|l|lV|Il|lI|IIl|lII|IlI)\b"
)
_TANGGAL_ANGKA = re.compile(r"\b([0-3]?\d)[/-](0?[1-9]|1[0-2])[/-]((?:19|20)\d\d)\b")
# a bare "SD" after a school's word is Sekolah Dasar ("Jumlah lulusan SD Juni 2025", "siswa SD Semester I")
SEKOLAH = re.compile(
    r"\b(?:siswa|murid|lulusan|guru|sekolah|jenjang|tingkat|setingkat|kelas|pendidikan|didik|anak)\s*$",
    re.IGNORECASE,
)
# (narasi54) "s.d." typed bare before a half year or a quarter: "Realisasi sd Semester I", "SD TW II"
_SD_PERIODE = re.compile(rf"\bsd\b\.?\s*(?=(?:{QUARTER_WORD}|{HALF_WORD})\b)", re.IGNORECASE)


# (revnarasi54) ... only after a figure's word, a percentage, a period's number or month, or opening a
# clause ("Realisasi anggaran sd TW II", "TW I sd TW II", "Sd Semester I ..."): after any other noun it is
# Sekolah Dasar ("APK SD Semester I", "Dana BOS SD Triwulan II", "untuk SD Triwulan III")
_SD_SESUDAH = re.compile(
    r"(?:^|[,;:(\[\n]|\.\s|%|\b(?:capaian|realisasi|target|kinerja|data|nilai|total|kumulatif|akumulasi"
    r"|tercapai|dicapai|terealisasi|direalisasikan|anggaran|keuangan|fisik|serapan|penyerapan|periode"
    rf"|laporan|posisi|mulai|awal)(?:nya)?|\b(?:I{{1,3}}|IV|{'|'.join(BULAN)}))\s*$",
    re.IGNORECASE,
)


def _sd(match: re.Match[str]) -> str:
    """A bare "sd" before a period as "s.d. " after a figure's word (:data:`_SD_SESUDAH`), unless a
    school's ("siswa SD Semester I")."""
    before = match.string[max(0, match.start() - 60) : match.start()]
    return "s.d. " if _SD_SESUDAH.search(before) and not SEKOLAH.search(before) else match.group(0)


def ejaan(teks: str) -> str:
    """``teks`` with a split "di" verb joined, a quarter's "lll" read as "III", a bare "sd" before a
    period as "s.d." and a date in figures written with its month's name, as the checks read them."""
    teks = _DI_PISAH.sub(
        lambda m: f"di{m.group(1)}", di_pisah(tanpa_titik(teks))
    )  # ("ditriwulan I", "TW. II")
    teks = _ROMAWI_L.sub(lambda m: m.group(1) + m.group(2).replace("l", "I"), teks)
    teks = _SD_PERIODE.sub(_sd, teks)
    return _TANGGAL_ANGKA.sub(lambda m: f"{int(m.group(1))} {BULAN[int(m.group(2)) - 1]} {m.group(3)}", teks)
