"""What a folder's name says in a rekap's collection (core.rekap_berkas_lain): an agency's folder, by
its kind, its abbreviation or its number ("01 Dinas Kesehatan", "BPBD", "12 Perikanan"); a folder of
no agency (letters, downloads, forms, an agency's own "Excel/" or "Bukti Dukung/"), of one period ("TW
II", "2025") or of old files ("arsip"); a file named as a cover letter. Names only: what a folder holds
decides the rest. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

from lkj_xl.core.dates import BULAN
from lkj_xl.core.nama_periode import HALF_WORD, HALF_WORDS, KE, ORDINAL, QUARTER_WORD, QUARTER_WORDS
from lkj_xl.core.rekap_revisi import archive_agency

# Words of a cover letter's or a covering note's file name: named after the files that may be a report.
_LETTER_WORDS = ("pengantar", "surat", "nota dinas", "undangan", "tanda terima")

# A folder of past years' or superseded files, named so from its start ("arsip", "02 Arsip 2024",
# "_old"): nobody's report for this rekap. "03 Dinas Perpustakaan dan Arsip Daerah" is an agency.
_ARCHIVE_FOLDER = re.compile(
    r"[\W_]*(?:\d+[\W_]*)?(?:arsip|archive|backup|cadangan|lama|old)\b", re.IGNORECASE
)
# ... or so at its end after report words only ("LKjIP 2024 Arsip", "Laporan Lama") or in brackets
# ("LKjIP 2024 (Arsip)"); else the word is an agency's name's: "Disperpusip Arsip", "Pasar Lama".
_ARCHIVE_END = re.compile(
    r"(?:(?<=[\W_])|^)(?P<open>[(\[{]\s*)?(?:arsip|archive|backup|cadangan|lama|old)[\W_]*$", re.IGNORECASE
)
_REPORT_NAME_WORDS = frozenset({
    "lkj", "lkjip", "lakip", "file", "data", "berkas", "dokumen", "folder", "versi", "draft", "bahan", "revisi", "rev", "final", "sakip", "laporan", "kinerja", "tahun",
    *QUARTER_WORDS, *HALF_WORDS,  # "TW", "Trw", "Smt", "Sem": nama_periode's words
})  # fmt: skip
# Agencies' abbreviations ("03 Diskominfo", "BPBD"), each also with more fields after it, as agencies
# merged or renamed are named ("DLHK", "DISKOMINFOSP", "DISPERKIMTAN", "DPUTR", "Dinsosp3a"): no word of a
# folder of papers begins so ("Disposisi", "Diskusi" are none of them).
AGENCY_ABBREVIATIONS = (
    r"dinkes|disdik|dispendik|dindik|dinsos|diskominfo|kominfo|disnaker|dispendukcapil|"
    r"disdukcapil|dukcapil|disperindag|disperkim|dishub|dispora|disbudpar|disparbud|dispar|disperta|"
    r"distan|diskop|disperpusip|dispusip|dpupr|pupr|dpu|dlh|dkp|dpmd|dpmptsp|dp3a|"
    r"dppkb|bappeda|bapeda|bapenda|bpkad|bpkd|bkd|bkpsdm|bkpp|bpbd|bpkpd|satpol|"
    r"kesbangpol|bakesbangpol|setwan|sekwan|setdprd|setda|sekda|damkar|"
    # ... and more of them: among agencies' folders named so, a folder is an agency's only when named so
    r"bapperida|brida|bappelitbangda|balitbangda|bpprd|bppkad|bpkpad|bakeuda|dprkp|dpkp|"
    r"diskan|disnak|disbun|dispertaru|disdikbud|dindikbud|diskes"
)
AGENCY_KINDS = re.compile(
    r"[\W_]*(?:\d+[\W_]*)?(?:(?:dinas|badan|kantor|sekretariat|inspektorat|satuan|bagian|bidang|seksi|kecamatan|"
    r"kelurahan|desa|rsud|rumah sakit|puskesmas|upt|uptd|pemadam|cabang[\W_]+dinas|cabdin|"
    # ... and the short ones whole ("Kec. Tempeh", "RS Paru"; "Kelompok", "Desain" are no agency)
    r"rs|rsu|rsj|kec|kel)\b|"
    rf"(?:{AGENCY_ABBREVIATIONS})[^\W_]*)",
    re.IGNORECASE,
)
# Words a folder of no agency is named by, its number before them or not: letters and downloads
# ("01 Surat Masuk", "Unduhan WA", "05 Kiriman"), forms and other files ("00 Template", "99
# Lain-lain", "01 Rekap Bappeda", "Lampiran 1"), a month ("03 Maret"), and an agency's own subfolders
# ("Excel", "PDF", "Final", "Draft", "Bukti Dukung", "Foto Kegiatan", "Scan", "Sudah TTD"); besides
# a period's (:data:`PERIOD_FOLDER`) or an archive's (:func:`archive_folder`).
NO_AGENCY = re.compile(
    r"[\W_]*(?:\d+[\W_]*)?(?:surat|unduhan|download|kiriman|masuk|template|format|lain[\W_]*lain|lainnya|"
    rf"rekap\w*|lampiran|{'|'.join(BULAN)}|excel|xlsx?|pdf|word|docx?|final|draft|draf|bukti|foto|scan|"
    r"dokumentasi|sudah|ttd|"
    # ... and notes, guidance and leftovers of the collecting ("Undangan", "WA", "New folder", "Juknis",
    # "Hasil Rekap", "Belum Masuk", "Semua OPD")
    r"undangan|pengantar|nota[\W_]*dinas|wa|whatsapp|e[\W_]*mail|new[\W_]*folder|folder[\W_]*baru|revisi|"
    r"perbaikan|juknis|pedoman|contoh|bahan[\W_]*rapat|hasil[\W_]*rekap|data[\W_]*rekap|belum[\W_]*masuk|"
    r"semua[\W_]*opd|"
    # ... and the Bappeda's own material: a briefing's slides, the evaluation's report (LHE)
    r"materi|sosialisasi|paparan|bimtek|lhe|notulen|"
    # ... and a meeting committee's Seksi, named by its task ("Seksi Dokumentasi"; "Seksi Pemerintahan"
    # is a Kecamatan's unit, an agency's folder)
    r"seksi[\W_]+(?:dokumentasi|acara|konsumsi|perlengkapan|publikasi|dekorasi|transportasi))\b",
    re.IGNORECASE,
)


def no_agency(name: str) -> bool:
    """A folder named as no agency's (:data:`NO_AGENCY`, a period's or an archive's), its number
    never making it one: "99 Lain-lain", "03 Maret", "2025", "02 Arsip"."""
    return bool(NO_AGENCY.match(name) or PERIOD_FOLDER.match(name) or archive_folder(name))


def agency_named(name: str) -> bool:
    """A folder named as an agency: by its kind or abbreviation (:data:`AGENCY_KINDS`), or numbered as
    the agencies of a collection are ("12 Perikanan"); never one named as no agency's (:func:`no_agency`:
    "00 Surat Masuk", "01 Rekap Bappeda") nor of letters."""
    if no_agency(name):
        return False
    numbered = re.match(r"\d+[\W_]+[^\W\d_]", name) and not letter_named(name)
    return bool(AGENCY_KINDS.match(name) or numbered)


def archive_folder(name: str) -> bool:
    """A folder of old files (:data:`_ARCHIVE_FOLDER`, :data:`_ARCHIVE_END`), no agency's (never "05
    Arsip dan Perpustakaan": core.rekap_revisi.archive_agency)."""
    if archive_agency(name):
        return False
    if _ARCHIVE_FOLDER.match(name):
        return True
    end = _ARCHIVE_END.search(name)
    if end is None:
        return False
    rest = re.findall(r"[^\W_]+", name[: end.start()].casefold())
    return bool(end.group("open")) or all(
        word in _REPORT_NAME_WORDS or word.isdigit() or re.fullmatch("[ivx]+", word) for word in rest
    )


def under_archive(folder: str | PurePath, roots: Iterable[str | PurePath]) -> bool:
    """``folder`` lies inside an archive folder (:func:`archive_folder`) under the folder given of
    ``roots`` that holds it: "Arsip Kab Jember/03 Dinas Perikanan/", "Arsip 2024/Dinas Perikanan/" hold
    old copies, never an agency of this rekap, whatever their own names; the folder given itself, an
    archive the admin chose to rekap ("lkj-xl rekap 'Arsip 2024'"), is no such folder, unless given
    among folders that are none ("lkj-xl rekap 'TW II'/*": the shell gave it with the collection's)."""
    path = PurePath(folder)
    given = [PurePath(root) for root in roots]
    under = [root for root in given if root in path.parents]
    if not under:
        return False
    nearest = max(under, key=lambda root: len(root.parts))
    inside = path.relative_to(nearest).parts[:-1]
    chosen = all(archive_folder(root.name) for root in given)
    return any(archive_folder(name) for name in inside) or (not chosen and archive_folder(nearest.name))


# A folder of one period ("TW II", "Triwulan 2", "Trw II", "Triwulan Kedua", "Semester I", "Sem 1",
# "2025"): an agency's own subfolder for its quarter's workbook, never an agency. Its number
# (PERIOD_NUMBER: any Roman numeral, a digit, or an ordinal after "ke") is told by
# core.rekap_pemda_kosong.
PERIOD_NUMBER = rf"{KE}(?:[ivx]+|\d|{ORDINAL})"
PERIOD_FOLDER = re.compile(
    rf"[\W_]*(?:\d+[\W_]+)?(?:(?:{QUARTER_WORD}|{HALF_WORD})[\W_]*{PERIOD_NUMBER}|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def letter_named(name: str) -> bool:
    return any(word in PurePath(name).stem.casefold() for word in _LETTER_WORDS)
