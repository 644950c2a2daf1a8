"""Leftovers of another report that name no other quarter: read beside :func:`narasi.triwulan_lain`.

A report is written after its period ends (the seed's Triwulan II report still waits for data due
"tanggal 10 Juli 2025"), so (narasi2, reviewers' verdicts the earlier decisions left open):

- a FUTURE plan dated by a month the report has already covered ("Pelatihan digital marketing akan
  dilaksanakan pada bulan Agustus 2025" in Triwulan III, "Kegiatan Bazar Ramadhan akan dilaksanakan
  pada bulan Maret 2025" there too) was written before that month: a leftover, named "rencana untuk
  bulan Agustus 2025". The month counts when its year is the report's and it ends no later than the
  report's period, or its year is an earlier one; a month without a year only when it is one of the
  report's own months (the last quarter's in the year's report: "bulan Februari" there may well be
  next year's). A part or a day of the month counts as the month ("akhir bulan Desember 2025",
  "tanggal 15 Agustus 2025", "pada 17 Agustus 2025"; "akan dilaksanakan bulan Agustus 2025" without
  "pada"); a month's name without "bulan" or a year before a capitalised word is a person's ("pada Mei
  Lestari"). A plan told as done, turned, moved or with its result, or data still to come, is
  history (the own-period plan's rules, :func:`narasi_rencana._bukan_rencana`);
- this report's own title naming another year ("Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun
  2024 ini disusun ..." in the 2025 report, "Laporan Kinerja Triwulan II Tahun 2025 ini" in 2026): the
  title before "ini" (or the Kata Pengantar's "sehingga ... dapat diselesaikan dengan baik") was left
  from last year's document, unless its clause says it was followed up or used ("... ini telah
  ditindaklanjuti", "... ini menjadi dasar ...", as :mod:`narasi_riwayat` reads an earlier report;
  not "... ini diharapkan dapat menjadi bahan evaluasi", the title's own hope) or the title is one
  evaluated ("Hasil evaluasi atas LKjIP Tahun 2024 ini ..."); the agency's name inside the title may
  hold commas ("Dinas Koperasi, UKM, Perindustrian, dan Perdagangan", the seed's Kata Pengantar);
- an activity told as done in an earlier quarter of the year ("Pelatihan digital marketing telah
  dilaksanakan pada Triwulan I" in Triwulan II and in the year's report): history told as history, no
  period of the text (:func:`selesai_dulu`; an earlier year's is narasi_rencana's history already;
  also "telah dilaksanakan seluruhnya / dengan baik pada Triwulan I"). A plan joined after it ("... dan
  akan dilanjutkan pada Triwulan II" in Triwulan II) is still read as a plan (narasi_rencana);
- in Semester II, Semester I's figure stated alone ("Capaian kinerja Semester I sebesar 48% atau
  tergolong sedang."), as "Capaian Triwulan I sebesar 25%" is in Triwulan II: the Semester I report's
  sentence. A text also naming the report's own period or comparing (read before) is not.

After the second review (revnarasi3): a month is also read abbreviated, in the old spelling or in English
("Agt 2025", "Sept", "bulan Des", "Nopember", "August 2025"; only with "bulan" or a year: "Ibu Des
Susanti" is a name), after "bln", on a "tgl", in figures ("15/08/2025", narasi_pola.ejaan) and after
"Rencana tindak lanjut:"; a title's year may be "Thn 2024", "TA 2024"; the title's purpose ("... ini disusun
untuk menjadi bahan evaluasi", "... ini juga sekaligus menjadi bahan evaluasi") is its own, not a use;
Semester I's figure may follow a few words ("masih rendah, yaitu sebesar 48%", "tercatat 36%") and is no
leftover told with the year's end it led to ("... meningkat menjadi 97% pada akhir tahun anggaran",
unless hoped for); an earlier quarter opening a clause told as done ("Pada Triwulan I telah
dilaksanakan ...") is history, and so is one with the activity's figure later ("... pada Triwulan II
kepada 25 penerima dengan realisasi 100%"; not the quarter's, "... pada Triwulan I sebesar 25%", nor
any after "direalisasikan").
"""

from __future__ import annotations

import re

from lkj_xl.core.dates import BULAN
from lkj_xl.core.nama_periode import MONTHS, NAMA_BULAN, NAMES, month_quarter, month_words
from lkj_xl.core.narasi_pola import (
    _JUDUL,
    _KATA_EKOR,
    _KATA_KEPALA,
    _KINI_SEMESTER,
    _KINI_TRIWULAN,
    _PERIODE_NAMA,
    _PERIODE_SEMESTER,
    _SELA,
    _SEMESTER,
    _SEMESTER_KE,
    _SEMESTER_NOMOR,
    _TAHUN_IKUT,
    _TRIWULAN,
    SEKOLAH,
    kuartal,
)
from lkj_xl.core.narasi_rencana import (
    _ADV,
    _AWAL_KLAUSA,
    _BUKAN,
    _KATA_LAIN,
    _KATA_RENCANA,
    _KETERANGAN,
    _OBJEK,
    _PADA,
    _SISIPAN,
    _TELAH,
    KATA_PLAN,
    _bukan_rencana,
)
from lkj_xl.core.narasi_riwayat import _DIPAKAI, _nama
from lkj_xl.core.narasi_subjek import subjek_saja
from lkj_xl.core.narasi_waktu import _DAFTAR, _TAHUN, _rentang, _sesudah, _tahun_lain

_BULAN = NAMA_BULAN
# (revnarasi3) a month as staff also type it: abbreviated ("Agt 2025", "Sept. 2025", "bulan Des"), an
# old spelling ("Nopember", "Pebruari"), in English ("August 2025"); read only with "bulan" before it
# or a year after it ("pada Mar" is no date)
_NAMA_BULAN = "|".join(month_words())


def _nomor_bulan(word: str) -> int:
    """A month's number as staff type its name: "Agustus", "agt", "Sept", "August"."""
    return MONTHS[word.casefold().rstrip(".")]


# a month or a range of months ("bulan Agustus – September 2025": the plan's last month counts)
# (revnarasi2) also a part of the month or a day of it: "akhir bulan Desember 2025", "pertengahan
# bulan Agustus", "tanggal 15 Agustus 2025"
_BAGIAN_BULAN = (
    r"(?:(?:awal|akhir|pertengahan|penghujung|medio|minggu\s+(?:pertama|kedua|ketiga|keempat|terakhir))\s+"
    # (revnarasi4) or days: "pada 17 s.d. 20 Agustus 2025", "tanggal 3-12 Oktober 2025"
    r"|(?:(?:tanggal|tgl\.?)\s+)?\d{1,2}(?:\s*(?:-|–|s\.\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|dan)\s*\d{1,2})?"
    r"\s+(?=[a-z]))?"
)
# (revnarasi3) a list of months, "Oktober, November dan Desember 2025": its last counts
_BULAN_RENCANA = (
    rf"{_BAGIAN_BULAN}(?:(?:bulan|bln\.?)\s+)?(?P<bulan>{_NAMA_BULAN})(?:\b|(?=\d))\.?"
    rf"(?:(?:\s*,\s*(?:bulan\s+)?(?:{_NAMA_BULAN})\b\.?)*"
    # (revnarasi4) "30 September s.d. 2 Oktober 2025": the day before the last month
    rf"\s*(?:-|–|s\.\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|dan|,)\s*(?:bulan\s+|\d{{1,2}}\s+)?(?P<sampai>{_NAMA_BULAN})\b\.?)?"
)
# "akan dilaksanakan pada bulan Agustus 2025", "direncanakan pada bulan September", "akan dimulai pada
# bulan Mei 2025" (the plan words of narasi_rencana._TEPAT)
_RENCANA_BULAN = re.compile(
    rf"\b{_KATA_RENCANA}{_KATA_LAIN}?(?:\s+(?:kembali|lagi|ulang|segera))?{_SISIPAN}"
    # (revnarasi2) "akan dilaksanakan bulan Agustus 2025": the month without "pada"; a deadline,
    # "akan dilakukan paling lambat bulan Desember 2025"
    rf"(?:\s+(?:paling\s+lambat|selambat-lambatnya))?"
    rf"(?:{_PADA}|\s+(?=(?:bulan|bln|tanggal|tgl|awal|akhir|pertengahan)[\s.]))"
    rf"{_BULAN_RENCANA}{_TAHUN}",
    re.IGNORECASE,
)
# "Pada bulan Agustus 2025, kegiatan pameran akan dilaksanakan": the month opening the clause, only the
# plan's subject before the plan word (narasi_subjek)
_RENCANA_BULAN_AWAL = re.compile(
    rf"{_AWAL_KLAUSA}(?:pada|di|dalam|mulai)\s+{_BULAN_RENCANA}{_TAHUN}\s*,?"
    # (revnarasi4) an adjunct after it: "Pada bulan Agustus 2025, sesuai jadwal Dekranasda Provinsi, akan"
    rf"{_KETERANGAN}?(?P<subjek>(?:\s+(?!(?:telah|sudah)\b)[^\s.;:,]+){{0,5}}?)\s+(?:{_ADV}\s+)?"
    rf"(?:akan|direncanakan|dijadwalkan|diagendakan)\b{_BUKAN}",
    re.IGNORECASE | re.MULTILINE,
)

# (revnarasi3) "Rencana tindak lanjut: melaksanakan pelatihan pada bulan Agustus 2025", as
# narasi_rencana._TEPAT reads a quarter there
_TINDAK_LANJUT_BULAN = re.compile(
    rf"\brencana\s+tindak\s+lanjut\s*:?{_KATA_LAIN}{{0,6}}?{_PADA}{_BULAN_RENCANA}{_TAHUN}", re.IGNORECASE
)

# (the lead's decision 3, stop 39) the month after the verb's object or the occasion's name: "akan kembali
# menggelar Gerakan Pangan Murah pada bulan September 2025", "akan mengikuti pameran Jatim Fair pada
# tanggal 3-12 Oktober 2025", "akan dilaksanakan oleh Bupati pada acara puncak Hari Jadi Lumajang tanggal
# 15 Desember 2025" (none of a noun's: narasi_rencana._OBJEK)
_RENCANA_BULAN_OBJEK = re.compile(
    rf"\bakan(?:\s+{_ADV})*{_BUKAN}(?!\s+merupakan\b)\s+(?:me|ber|di)\w+{_OBJEK}{{1,10}}?"
    rf"(?:{_PADA}|\s+(?=(?:bulan|bln|tanggal|tgl)[\s.]))(?!(?:data|capaian|realisasi)\b){_BULAN_RENCANA}{_TAHUN}",
    re.IGNORECASE,
)
# ... or the date of the occasion the plan is for, before it: "Dalam rangka HUT RI ke-80 pada bulan Agustus
# 2025, Dinas akan menggelar ...", "Festival UMKM dalam rangka Hari Jadi Lumajang ke-770 pada tanggal 15
# Desember 2025 akan diikuti ..."
_RENCANA_BULAN_ACARA = re.compile(
    r"\b(?:dalam\s+rangka|memperingati|menyambut|menjelang)(?:\s+(?!(?:telah|sudah)\b)[^\s.;:,]+){1,6}?"
    rf"\s+(?:(?:pada|di)\s+)?{_BULAN_RENCANA}{_TAHUN}\s*,?"
    rf"(?P<subjek>(?:\s+(?!(?:telah|sudah)\b)[^\s.;:,]+){{0,5}}?)\s+(?:{_ADV}\s+)?akan\b{_BUKAN}",
    re.IGNORECASE,
)

# (the lead's decision 4, stop 39) a list under "Tindak lanjut:" (with or without "Rencana"; "tindak lanjut
# dan upaya sebagai berikut:") holding dated items is a list of plans: its header's line ("Tindak lanjut:
# 1) melaksanakan pelatihan pada bulan Juli 2025; 2) ...") and the numbered or bulleted lines after it
_TINDAK_LANJUT = re.compile(r"\b(?:rencana\s+)?tindak\s+lanjut\b[^:.;\n]{0,80}?:", re.IGNORECASE)
_BUTIR = re.compile(r"[ \t]*(?:\d{1,2}\s*[).]|[a-z]\)|[-•*–])")
_BULAN_BUTIR = re.compile(
    rf"(?:{_PADA}|\s+(?=(?:bulan|bln|tanggal|tgl)[\s.])){_BULAN_RENCANA}{_TAHUN}", re.IGNORECASE
)


def _daftar_tindak_lanjut(teks: str) -> list[tuple[int, int]]:
    """The spans of the lists under a "Tindak lanjut:" header in ``teks``: the rest of its line, and
    each list line after it."""
    spans: list[tuple[int, int]] = []
    for header in _TINDAK_LANJUT.finditer(teks):
        start = header.end()
        while True:
            end = teks.find("\n", start)
            end = len(teks) if end < 0 else end
            spans.append((start, end))
            if end >= len(teks) or not _BUTIR.match(teks, end + 1):
                break
            start = end + 1
    return spans


def _tanggal_rencana(match: re.Match[str]) -> re.Match[str]:
    """``match`` read with its own date's "tanggal" after "pada": the plan's or its occasion's day, not a
    release date (narasi_rencana._TERLAKSANA; "Hari Koperasi ke-78 tanggal 12 Juli 2025, akan ...")."""
    if match.re not in (_RENCANA_BULAN_OBJEK, _RENCANA_BULAN_ACARA):
        return match
    span = re.sub(r"(?i)(?<!\bpada\s)\b(tanggal|tgl)\b", r"pada \1", match.group(0))
    teks = match.string[: match.start()] + span + match.string[match.end() :]
    return match.re.match(teks, match.start()) or match


def rencana_bulan(
    teks: str, triwulan: int, tahunan: bool, semester: int | None, tahun: int | None
) -> list[str]:
    """The months ``teks`` plans for that the report has already covered, as "rencana untuk bulan
    Agustus 2025" (the year as written, none when none is)."""
    if not KATA_PLAN.search(teks):  # (each pattern below opens on a plan word or "tindak lanjut")
        return []
    akhir = 4 if tahunan else 2 * semester if semester else triwulan
    # without a year: the report's own months (the year's report: its last quarter's)
    awal = 6 * semester - 5 if semester else 3 * akhir - 2
    out: list[str] = []
    polas = (
        _RENCANA_BULAN,
        _RENCANA_BULAN_AWAL,
        _TINDAK_LANJUT_BULAN,
        _RENCANA_BULAN_OBJEK,
        _RENCANA_BULAN_ACARA,
    )
    matches = [match for pola in polas for match in pola.finditer(teks)]
    matches += [match for a, b in _daftar_tindak_lanjut(teks) for match in _BULAN_BUTIR.finditer(teks, a, b)]
    for match in matches:
        pola = match.re
        if pola in (_RENCANA_BULAN_AWAL, _RENCANA_BULAN_ACARA) and not subjek_saja(match.group("subjek")):
            continue
        bulan = _nomor_bulan(match.group("sampai") or match.group("bulan"))
        lain = _tahun_lain(match, tahun, "")
        if lain == "depan" or match.group("lalu"):  # "tahun lalu": the month is no date
            continue
        year = match.group("tahun")
        # an abbreviation or an English name is a month's only with "bulan" or a year ("pada Mar")
        dieja = any(m and m.casefold().rstrip(".") not in NAMES for m in match.group("bulan", "sampai"))
        if dieja and not year and not re.search(r"(?i)\b(?:bulan|bln\.?)\s+\S+$", teks[: match.end("bulan")]):
            continue
        if not lain and (bulan > 3 * akhir or not year and bulan < awal):
            continue
        if _bukan_rencana(_tanggal_rencana(match), False, akhir):
            continue
        # "diserahkan pada Mei Lestari": a month's name without "bulan" or a year before a name
        polos = not year and not re.search(r"(?i)\b(?:bulan|bln\.?)\s+\S+$", teks[: match.end("bulan")])
        if polos and re.match(r"\s+[A-Z][a-z]", teks[match.end("bulan") :]):
            continue
        first = BULAN[_nomor_bulan(match.group("bulan")) - 1]
        nama = f"bulan {first}" + (f" – {BULAN[bulan - 1]}" if match.group("sampai") else "")
        nama = f"rencana untuk {nama}{f' {year}' if year else ''}"
        if nama not in out:
            out.append(nama)
    if akhir == 4:  # the year's end is covered by the reports ending in Desember
        out += [nama for nama in _rencana_akhir_tahun(teks, tahun) if nama not in out]
    return out


# (the lead's decision 5, stop 39) a plan for the year's end of the report's year in a report ending in
# Desember (the year's, Triwulan IV, Semester II): "akan dilaksanakan pada akhir tahun 2025"
_AKHIR_TAHUN_RENCANA = re.compile(
    rf"\b{_KATA_RENCANA}{_KATA_LAIN}?(?:\s+(?:kembali|lagi|ulang|segera))?{_SISIPAN}"
    r"(?:\s+(?:paling\s+lambat|selambat-lambatnya))?(?:\s+(?:pada|di|mulai)\s+|\s+(?=akhir\s))"
    r"akhir\s+tahun(?:\s+anggaran)?\s+(?P<tahun>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _rencana_akhir_tahun(teks: str, tahun: int | None) -> list[str]:
    """The year's end of the report's ``tahun`` that ``teks`` plans for, as "rencana untuk akhir tahun
    2025" (a plan told as done or turned is history, :func:`narasi_rencana._bukan_rencana`)."""
    return [
        f"rencana untuk akhir tahun {match.group('tahun')}"
        for match in _AKHIR_TAHUN_RENCANA.finditer(teks)
        if tahun is not None and int(match.group("tahun")) == tahun and not _bukan_rencana(match, False, 4)
    ]


def dalam_rencana(bulan: str, rencana: str) -> bool:
    """The month plan ``bulan`` ("rencana untuk bulan Desember 2025", a range by its last month) falls
    in the period planned for in ``rencana`` ("rencana untuk Triwulan IV"): that plan, said once."""
    months = [MONTHS[m.group(0).casefold()] for m in re.finditer(_BULAN, bulan, re.IGNORECASE)]
    month = months[-1] if months else 0
    half = _SEMESTER.search(rencana)
    quarter = _TRIWULAN.search(rencana)
    if half:
        n = _SEMESTER_KE[half.group(1).lower()]
        return 6 * n - 5 <= month <= 6 * n
    return quarter is not None and month_quarter(month) == kuartal(quarter.group(1))


# this report's title before "ini" / as the Kata Pengantar closes it, with a year after it
_JUDUL_TAHUN = re.compile(
    rf"(?P<sehingga>\bsehingga\s+(?:penyusunan\s+)?)?"
    rf"\b(?:laporan(?:{_SELA}){{0,2}}?\s+{_JUDUL}|\(?(?:lkjip|lkj|lakip)\)?)(?:{_KATA_KEPALA}){{0,15}}?"
    rf"(?:\s+(?P<periode>{_PERIODE_NAMA}))?(?P<tengah>(?:{_KATA_EKOR}){{0,15}}?)"
    # (revnarasi3) also "Thn 2024", "TA 2024"
    r",?\s+(?:tahun\s+(?:anggaran\s+)?|(?:thn|th|ta|t\.a)\.?\s*)(?P<tahun>\d{4})\b"
    rf"(?P<ekor>(?:{_KATA_EKOR}){{0,15}}?)"
    r"\s+(?:(?P<ini>ini)|dapat\s+(?:kami\s+)?(?:diselesaikan|terselesaikan|tersusun|disusun|selesaikan|susun)"
    r"(?P<baik>\s+dengan\s+baik)?)\b",
    re.IGNORECASE,
)
# a hope between the title's "ini" and "menjadi bahan": the title's own closing, not a use of it
# (revnarasi3) or its purpose: "... ini disusun untuk menjadi bahan evaluasi", "... ini juga sekaligus
# menjadi bahan evaluasi kinerja selama periode ..." (the seed's Pendahuluan)
_HARAP = re.compile(
    r"\b(?:diharapkan|semoga|kiranya|agar|supaya|dapat|sekaligus|disusun|dibuat)\b", re.IGNORECASE
)
# the clause's end after the title (a comma, a semicolon, a sentence's end; not the dot of "s.d.")
_AKHIR = re.compile(r"[,;:!?]|(?<!\bs\.d)\.(?!\w)", re.IGNORECASE)


def judul_tahun_lain(teks: str, tahun: int | None) -> list[str]:
    """This report's own title naming another year than ``tahun``: "Tahun 2024", "Triwulan II Tahun
    2025" (the period it names with the year), each once."""
    out: list[str] = []
    if tahun is None:
        return out
    for match in _JUDUL_TAHUN.finditer(teks):
        year = int(match.group("tahun"))
        own_shape = match.group("ini") or match.group("sehingga") or match.group("baik")
        # "Hasil evaluasi atas LKjIP Tahun 2024 ini ...": another report, evaluated or reviewed
        if re.search(r"(?i)\b(?:atas|terhadap)\s+$", teks[: match.start()]):
            continue
        # a comma after the year is a sentence about the title, not the title ("... Tahun 2024, Laporan
        # ini"); before it, the agency's name's ("Dinas Koperasi, UKM, Perindustrian, dan Perdagangan")
        if year == tahun or not own_shape or "," in match.group("ekor"):
            continue
        akhir = _AKHIR.search(teks, match.end())
        dipakai = _DIPAKAI.search(teks, match.end(), akhir.start() if akhir else len(teks))
        # "... Tahun 2024 ini telah ditindaklanjuti": history; "... ini diharapkan dapat menjadi bahan
        # evaluasi" is the title's own hope (revnarasi2)
        if match.group("ini") and dipakai and not _HARAP.search(teks, match.end(), dipakai.start()):
            continue
        periode = match.group("periode")
        nama = _nama(periode, year, tahun) if periode else f"Tahun {year}"
        if nama not in out:
            out.append(nama)
    return out


# Semester I's figure: "Capaian kinerja Semester I sebesar 48%", "Realisasi Smt I sebesar 48%"
_ANGKA_SEMESTER = re.compile(
    r"\b(?:capaian|realisasi)(?:\s+(?:kinerja|anggaran|fisik|keuangan|indikator|program|kegiatan))*"
    rf"\s+(?:pada\s+)?(?P<periode>{_SEMESTER.pattern[2:]})"
    r"(?:\s*,?\s*(?:tahun\s+(?:anggaran\s+)?)?(?P<tahun>\d{4}))?"
    # (revnarasi3) a few words of its own before the figure: "Capaian kinerja Semester I masih rendah,
    # yaitu sebesar 48%", "Realisasi Semester I tercatat 36%"
    r"(?:\s+(?!(?:dan|serta|sedangkan|namun|tetapi|dibandingkan|dibanding|menjadi|yang)\b)[^\s\d.;:,]+){0,3}?\s*,?"
    # ("..., dengan rata-rata capaian 48%")
    # (revnarasi4) an amount, "Realisasi anggaran Smt I Rp 5,4 M atau 36%"
    r"\s+(?:(?:sebesar|mencapai|sebanyak|senilai|yaitu|yakni|adalah|tercatat)\b|\d[\d.,]*\s*(?:%|persen\b)|Rp\.?\s*\d"
    r"|dengan\s+(?:rata-rata\s+)?(?:capaian|realisasi)\s+(?:sebesar\s+)?\d)",
    re.IGNORECASE,
)
# ... told with the year's end it led to ("..., dan hingga akhir Desember 2025 capaian kinerja menjadi
# 96%", "meningkat menjadi 97% pada akhir tahun anggaran"): the Semester II report's comparison, unless
# hoped or planned for ("diharapkan meningkat menjadi 100% pada akhir tahun": the Semester I report's)
_AKHIR_TAHUN = re.compile(
    r"\bmenjadi\s+\d|\bakhir\s+(?:tahun|(?:bulan\s+)?desember)\b"
    r"|\b(?:s\.\s?d\.?|s/d|sampai\s+dengan|hingga)\s+(?:bulan\s+)?desember\b",
    re.IGNORECASE,
)
_MAU = re.compile(r"\b(?:diharapkan|akan|ditargetkan|target|semoga|agar|supaya|diupayakan)\b", re.IGNORECASE)


def akhir_tahun_dicapai(teks: str) -> bool:
    """``teks`` tells of the year's end as reached, not hoped or planned for (_AKHIR_TAHUN): the Semester
    II report comparing the half before with it (revnarasi4: "Capaian s.d. Semester I hanya 45%, tetapi
    pada akhir Desember 2025 mencapai 98%")."""
    return bool(_AKHIR_TAHUN.search(teks)) and not _MAU.search(teks)


def angka_semester_lain(teks: str, semester: int | None, tahun: int | None) -> list[str]:
    """In the Semester II report, the other half year's figure stated (of the report's year):
    ["Semester I"]; [] otherwise. ``teks`` is read after the comparisons (narasi_rencana.baca_rencana);
    the caller checks that it names no own period."""
    if semester != 2:
        return []
    for match in _ANGKA_SEMESTER.finditer(teks):
        nomor = _SEMESTER.search(match.group("periode"))
        half = _SEMESTER_KE[nomor.group(1).lower()] if nomor else 0
        year = match.group("tahun")
        rest = teks[match.end() :]
        if _AKHIR_TAHUN.search(rest) and not _MAU.search(rest):
            continue
        if half == 1 and (not year or tahun is None or int(year) == tahun):
            return ["Semester I"]
    return []


# (revnarasi53) a year named beside Semester I, apart from its own: this year, the current period ("Capaian
# kinerja tahun ini sebesar 96%, sedangkan s.d. Semester I sebesar 48%", "pada tahun 2025 sebesar 96%"),
# or another's ("s.d. Semester I tahun lalu"): a comparison, not the Semester I report's text left
_TAHUN_DISEBUT = re.compile(r"\btahun\s+(?:ini|lalu|kemarin|sebelum\w*)\b|\b(?:19|20)\d\d\b", re.IGNORECASE)
_SEMESTER_TAHUN = re.compile(rf"\b{_SEMESTER_NOMOR}{_TAHUN_IKUT}", re.IGNORECASE)


def semester_lalu(
    teks: str, triwulan: int, tahunan: bool, semester: int | None, tahun: int | None
) -> list[str]:
    """In a quarterly report from Triwulan III on and in the year's report, Semester I named as the
    period up to its end with a figure ("s.d. Semester I sebesar 85%"; "Capaian kinerja s.d. Semester I
    disajikan berikut" is a mention, mend34a; a report's title is read only before "ini",
    narasi._judul_lain) or its figure
    stated (:func:`angka_semester_lain`), of the report's year: ["Semester I"], as the Semester II report
    names it and as "s.d. TW II" is named there (Semester I is s.d. Triwulan II, an earlier period); []
    where the text tells of the year's end reached or a figure after it ("meningkat menjadi 72%"), names
    a year beside the half year's own (_TAHUN_DISEBUT), or in Triwulan IV and the year's report names
    Semester II (its own half). The caller checks that it names no own quarter."""
    if semester is not None or not tahunan and triwulan < 3 or akhir_tahun_dicapai(teks):
        return []
    if (
        _TAHUN_DISEBUT.search(_SEMESTER_TAHUN.sub(" ", teks))
        or (tahunan or triwulan == 4)
        and 2 in {_SEMESTER_KE[m.group(1).lower()] for m in _SEMESTER.finditer(teks)}
    ):
        return []
    for match in _PERIODE_SEMESTER.finditer(teks) if _ANGKA.search(teks) else ():  # (no figure: a mention)
        year = match.group(3)
        if (
            match.group(1).lower().startswith("laporan")
        ):  # a report cited (mend34g: its title only before "ini")
            continue
        if _SEMESTER_KE[match.group(2).lower()] == 1 and (not year or tahun is None or int(year) == tahun):
            return ["Semester I"]
    return angka_semester_lain(teks, 2, tahun)


# "telah dilaksanakan pada Triwulan I", "sudah dilakukan di TW II", "(telah dilaksanakan di triwulan I)":
# a done-word and an activity's verb right before the period (not a figure: "telah mencapai 25% pada
# Triwulan I" is that quarter's capaian, read as before)
_SELESAI_DULU = re.compile(
    r"\b(?:telah|sudah)\s+(?:(?:berhasil|selesai)\s+)?"
    r"(?P<verba>dilaksanakan|dilakukan|diselenggarakan|digelar|diselesaikan|direalisasikan|disalurkan"
    r"|diberikan|diikuti|terlaksana|terselenggara|selesai|rampung)"
    # (revnarasi2) "telah dilaksanakan seluruhnya pada Triwulan I"
    r"(?:\s+(?:seluruhnya|semuanya|sepenuhnya|dengan\s+baik|sesuai\s+(?:jadwal|rencana)))?"
    rf"\s+(?:pada|di|dalam|selama)\s+(?P<periode>{_DAFTAR}){_TAHUN}",
    re.IGNORECASE,
)
# (revnarasi3) the period opening the clause: "Pada Triwulan I telah dilaksanakan pendampingan RAT, dan
# pada Triwulan II akan ..."
_SELESAI_AWAL = re.compile(
    rf"{_AWAL_KLAUSA}(?:pada|di|dalam|selama)\s+(?P<periode>{_DAFTAR}){_TAHUN}\s*,?\s+(?:telah|sudah)\s+"
    r"(?:(?:berhasil|selesai)\s+)?(?P<verba>dilaksanakan|dilakukan|diselenggarakan|digelar|diselesaikan"
    r"|direalisasikan|disalurkan|diberikan|terlaksana|terselenggara)\b",
    re.IGNORECASE | re.MULTILINE,
)
_ANGKA = re.compile(r"\bsebesar\b|\d\s*%|\bpersen\b", re.IGNORECASE)
# (revnarasi3) the quarter's figure: right after the period ("... pada Triwulan I sebesar 25%"), or
# anywhere after "direalisasikan"; an activity's figure later ("telah disalurkan pada Triwulan II
# kepada 25 penerima dengan realisasi 100%") tells of the activity done
_ANGKA_SEGERA = re.compile(
    r"\s*,?\s*(?:(?:yaitu|yakni|adalah|dengan\s+(?:capaian|realisasi)(?:\s+(?:kinerja|anggaran|fisik|keuangan))?)\s+)?"
    r"(?:sebesar|senilai|mencapai|\d[\d.,]*\s*(?:%|persen))",
    re.IGNORECASE,
)


def selesai_dulu(teks: str, triwulan: int, tahunan: bool, semester: int | None, tahun: int | None) -> str:
    """``teks`` with the earlier quarters of the report's year in which an activity is told as done
    written "periode lalu" (the year's report: Triwulan I-III; the half year's: before its first)."""
    awal = 4 if tahunan else 2 * semester - 1 if semester else triwulan

    def ganti(match: re.Match[str]) -> str:
        if _tahun_lain(match, tahun, "") or match.group("lalu"):
            return match.group(0)  # another year's: narasi_rencana's history reads it
        sesudah = _sesudah(match.string, match.end())
        angka = _ANGKA.search(sesudah) if match.group("verba").lower() == "direalisasikan" else None
        segera = _ANGKA_SEGERA.match(sesudah)
        # (revnarasi4) "telah selesai pada Triwulan II dengan capaian 100%": the activity completed
        if (
            segera
            and re.search(r"(?i)\b(?:selesai|rampung)\b", match.group(0))
            and "dengan" in segera.group(0)
        ):
            segera = None
        if angka or segera:
            return match.group(0)  # "telah direalisasikan pada Triwulan I sebesar 25%": the quarter's figure
        if all(last < awal for _, last, _ in _rentang(match.group("periode"))):
            return match.group(0).replace(match.group("periode"), "periode lalu")
        return match.group(0)

    if not _TELAH.search(teks):  # (both open on "telah" or "sudah")
        return teks
    return _SELESAI_AWAL.sub(ganti, _SELESAI_DULU.sub(ganti, teks))


# (the lead's decision 6, stop 39) the period by its last month, of the report's year: "Sampai dengan Juni
# 2025", "s.d. 31 Maret 2025", "hingga bulan Maret 2025" is Januari – Juni as "periode Januari – Juni" is
# ("sd" typed bare, "Realisasi sd Juni 2025", as "s/d": no school before a month's name and a year)
_SAMPAI_BULAN = re.compile(
    r"\b(?:sampai\s+dengan|s\.\s?d\.?|s/d|sd\b\.?|hingga)\s+(?:akhir\s+)?(?:bulan\s+)?(?:(?:tanggal|tgl\.?)\s+)?"
    rf"(?:\d{{1,2}}\s+)?(?P<bulan>{_BULAN})\s*,?\s*(?:tahun\s+)?(?P<tahun>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# ... not a range's end ("dari April s.d. Juni 2025"), a comparison ("dibandingkan realisasi s.d. Juni
# 2025") or what was done until then ("telah dilaksanakan hingga Juni 2025")
# ... nor the end of a range of days or months ("12 s.d. 14 November 2025", "bulan Mei s.d. Juli 2025")
_SAMPAI_BUKAN = re.compile(
    r"\b(?:(?:di)?banding(?:kan)?|daripada|dari|sejak|mulai|telah|sudah)(?:\s+[^\s.;:,]+){0,3}\s*$"
    rf"|(?:\b\d{{1,2}}|\b(?:{_NAMA_BULAN})\.?)\s*$",
    re.IGNORECASE,
)
# ... nor a bare "SD" after a school's word: Sekolah Dasar (narasi_pola.SEKOLAH)


def sampai_bulan(
    teks: str, triwulan: int, tahunan: bool, semester: int | None, tahun: int | None
) -> list[str]:
    """The earlier periods ``teks`` gives by their last month ("s.d. Juni 2025" in Triwulan III:
    "Januari – Juni"), when it names none of the report's own (its quarters, "triwulan ini", its last
    month); a later month is a target's or a plan's ("target s.d. Desember 2025")."""
    akhir = 12 if tahunan else 6 * semester if semester else 3 * triwulan
    own = {4} if tahunan else {2 * semester - 1, 2 * semester} if semester else {triwulan}
    matches = [
        m for m in _SAMPAI_BULAN.finditer(teks) if tahun is not None and int(m.group("tahun")) == tahun
    ]
    months = [_nomor_bulan(m.group("bulan")) for m in matches]
    quarters = {kuartal(m.group(1)) for m in _TRIWULAN.finditer(teks)}
    if akhir in months or own & quarters or _KINI_TRIWULAN.search(teks) or _KINI_SEMESTER.search(teks):
        return []
    out: list[str] = []
    for match, bulan in zip(matches, months, strict=True):
        before = teks[max(0, match.start() - 60) : match.start()]
        sekolah = match.group().lower().startswith("sd") and SEKOLAH.search(before)
        if bulan >= akhir or sekolah or _SAMPAI_BUKAN.search(before):
            continue
        nama = "Januari" if bulan == 1 else f"Januari – {BULAN[bulan - 1]}"
        if nama not in out:
            out.append(nama)
    return out
