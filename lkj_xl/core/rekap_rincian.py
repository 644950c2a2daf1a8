"""Pemeriksaan's ``Rincian Teknis`` in Bahasa Indonesia: the technical detail of a file the rekap did not
read (a package refused, a part that is no XML, a sheet of too many rows, a folder it may not list),
from the library's English message, which stays the log's (``lkj-xl check`` prints it too).

Every sentence a reader of the rekap sees is Bahasa Indonesia; the facts of the message are kept (the
part, the sheet, the sizes and limits, where a link leads), the subject ("File 'x.xlsx'", the file's
path) dropped: the row's Berkas names the file. A message of no known form is not shown half
translated but said to be in the log. Pure."""

from __future__ import annotations

import re

# The library's words for what an OS error says (strerror), as they reach a message.
_OS_ERRORS = {
    "permission denied": "izin akses ditolak",
    "no such file or directory": "berkas atau folder tidak ada",
    "is a directory": "berupa folder",
    "not a directory": "bukan folder",
    "input/output error": "galat baca perangkat penyimpanan (input/output)",
    "too many levels of symbolic links": "tautan (symlink) berputar",
    "file name too long": "nama berkas terlalu panjang",
}
_OS_UNKNOWN = "galat sistem berkas"

# What a file that is no ZIP archive is, after "it is not a ZIP archive" (xlsx.zipsafe._what_it_is).
_NOT_ZIP = (
    ("a PDF document", "melainkan dokumen PDF (hasil cetak, bukan buku kerja tempat laporan dihitung)"),
    ("an XML file", "melainkan berkas XML (misalnya 'XML Spreadsheet 2003' Excel)"),
    ("a web page", "melainkan halaman web (HTML), seperti berkas '.xls' unduhan sebagian aplikasi"),
    ("a text file", "melainkan berkas teks (CSV atau sejenisnya)"),
)

_PART = r"'(?P<part>[^']*)'"
_SHEET = r'"(?P<sheet>[^"]*)"'
# (the English message's form, the Indonesian with its facts): first match wins.
_FORMS: tuple[tuple[str, str], ...] = (
    # First the forms that hold a path or an exception's own text (build.read_workbook's, the
    # rekap's own messages), anchored at the message's start: words of a folder's name ("Arsip Excel
    # 97-2003/") are never read as the form of another message.
    (r"^cannot read the folder .*: (?P<os>[^:]*)$", "folder tidak dapat dibaca: {os}"),
    (r"^cannot read .*: (?P<os>[^:]*)$", "berkas tidak dapat dibaca: {os}"),
    # agencies._summarise's, core.rekap_kosong's, core.rekap_tautan_sama's own
    (r"^a ZIP archive, not opened", "arsip ZIP, tidak dibuka"),
    (r"^not a spreadsheet", "menurut namanya bukan spreadsheet (.xlsx/.xlsm): dilewati"),
    (r"^a rekap workbook", "buku kerja hasil lkj-xl rekap, bukan buku kerja perangkat daerah"),
    (r"^a blank workbook", "buku kerja kosong (templat: tanpa Perangkat Daerah, indikator dan program): tidak direkap"),
    (
        r"^a link to the (?P<what>folder|workbook) already read as (?P<path>.*): not read twice",
        "tautan (symlink) ke {what} yang sudah direkap sebagai {path}: tidak dibaca dua kali",
    ),
    (
        r"^internal error \((?P<kind>\w+)",
        "galat internal lkj-xl ({kind}); pesan lengkapnya (bahasa Inggris) ada di log rekap",
    ),
    (
        r"^the worker process reading this file died \((?P<how>signal|exit code) (?P<n>-?\d+)\)",
        "proses yang membaca berkas ini berhenti ({how} {n}): dihentikan sistem (kehabisan memori?) atau "
        "mogok; galat lkj-xl atau batas kemampuan mesin ini",
    ),
    (r"is encrypted \(part " + _PART, "paket buku kerja terenkripsi (bagian '{part}' terenkripsi)"),
    (r"is encrypted", "buku kerja terenkripsi (dikunci kata sandi untuk membuka)"),
    (r"Excel 97-2003", "berformat Excel 97-2003 (.xls) atau dokumen Office lama, bukan .xlsx/.xlsm"),
    (r"is empty \(0 bytes\)", "berkas berukuran 0 byte: penyalinan atau unduhannya tidak selesai"),
    (r"incomplete ZIP archive", "arsip ZIP buku kerja rusak atau terpotong (direktori ZIP tidak lengkap)"),
    (r"it is not a ZIP archive", "bukan arsip ZIP (setiap .xlsx/.xlsm adalah arsip ZIP){what}"),
    (
        r"contains (?P<n>[\d,.]+) parts \(limit (?P<limit>[\d,.]+)\)",
        "ditolak: paketnya berisi {n} bagian (batas {limit})",
    ),
    (r"part " + _PART + r" appears twice", "rusak: bagian paket '{part}' ada dua kali"),
    (
        r"part " + _PART + r" expands (?P<n>\d+)x when extracted \(limit (?P<limit>\d+)x\)",
        "ditolak: bagian paket '{part}' mengembang {n} kali saat diekstrak (batas {limit} kali); "
        "kemungkinan bom ZIP atau berkas rusak",
    ),
    (
        r"part " + _PART + r" is too large when extracted \((?P<n>[\d,.]+) bytes; limit (?P<limit>[\d,.]+)",
        "ditolak: bagian paket '{part}' terlalu besar saat diekstrak ({n} byte; batas {limit} byte); "
        "kemungkinan bom ZIP atau berkas rusak",
    ),
    (
        r"parts together are too large when extracted \((?P<n>[\d,.]+) bytes; limit (?P<limit>[\d,.]+)",
        "ditolak: seluruh bagian paket terlalu besar saat diekstrak ({n} byte; batas {limit} byte); "
        "kemungkinan bom ZIP atau berkas rusak",
    ),
    (r"part " + _PART + r" cannot be read", "rusak atau terpotong: bagian paket '{part}' tidak dapat dibaca"),
    (r"part " + _PART + r" is not recognisable XML", "rusak: bagian paket '{part}' bukan XML yang dikenali"),
    (
        r"part " + _PART + r" declares the encoding '(?P<enc>[^']*)'",
        "ditolak: bagian paket '{part}' memakai pengodean '{enc}', yang tidak pernah dipakai Excel",
    ),
    (
        r"part " + _PART + r" contains a DTD/ENTITY",
        "ditolak: bagian paket '{part}' memuat deklarasi DTD/ENTITY (<!DOCTYPE ...>), yang tidak pernah "
        "ditulis Excel dan dapat dipakai untuk serangan (XXE)",
    ),
    (r"part " + _PART + r" is not valid XML", "rusak: bagian paket '{part}' bukan XML yang sah"),
    (r"binary workbook \(\.xlsb\)", "bukan buku kerja .xlsx/.xlsm: buku kerja biner (.xlsb), tanpa xl/workbook.xml"),
    (r"OpenDocument spreadsheet", "bukan buku kerja .xlsx/.xlsm: spreadsheet OpenDocument (.ods), tanpa xl/workbook.xml"),
    (r"a Word document \(\.docx\)", "bukan buku kerja .xlsx/.xlsm: dokumen Word (.docx), tanpa xl/workbook.xml"),
    (r"a PowerPoint presentation \(\.pptx\)", "bukan buku kerja .xlsx/.xlsm: presentasi PowerPoint (.pptx), tanpa xl/workbook.xml"),
    (r"ZIP archive of other files", "bukan buku kerja .xlsx/.xlsm: arsip ZIP berisi berkas lain, tanpa xl/workbook.xml"),
    (r"has no xl/workbook\.xml", "bukan buku kerja .xlsx/.xlsm: tidak memuat xl/workbook.xml"),
    (r"Strict Open XML", "disimpan dalam format Strict Open XML, yang tidak dibaca"),
    (r"has no \[Content_Types\]\.xml", "rusak: tidak memuat [Content_Types].xml"),
    (r"sheet " + _SHEET + r" is missing from the package", 'rusak: sheet "{sheet}" tidak ada di paketnya'),
    (r"sheet " + _SHEET + r" has an invalid row number", 'rusak: sheet "{sheet}" memuat nomor baris tidak sah'),
    (
        r"sheet " + _SHEET + r" has more than (?P<n>\d+) rows \(row (?P<row>\d+)\)",
        'sheet "{sheet}" memuat lebih dari {n} baris (baris {row})',
    ),
    (r"broken XML in sheet " + _SHEET, 'rusak: XML sheet "{sheet}" tidak sah'),
)  # fmt: skip
_COMPILED = tuple((re.compile(form), said) for form, said in _FORMS)
_WORDS = {
    "what": {"folder": "folder", "workbook": "buku kerja"},
    "how": {"signal": "sinyal", "exit code": "kode keluar"},
}
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")  # 12,345 / 1,073,741,824: a count grouped the English way
_LINK = re.compile(r"\(a link to (?P<to>.*), which does not exist or cannot be reached\)$")
UNKNOWN = "rincian teknisnya (bahasa Inggris) ada di log rekap; jalankan lkj-xl check pada berkas ini untuk membacanya"


def rincian_teknis(detail: str) -> str:
    """``detail`` (the library's English message of a file not read) in Bahasa Indonesia; "" for none."""
    if not detail:
        return ""
    link = _LINK.search(detail)
    text = detail[: link.start()].rstrip() if link else detail
    said = next((_said(found, form) for rule, form in _COMPILED if (found := rule.search(text))), UNKNOWN)
    return f"{said} (tautan ke {link['to']}, yang tidak ada atau tidak terjangkau)" if link else said


def _said(found: re.Match[str], form: str) -> str:
    facts = {key: _WORDS.get(key, {}).get(value, value) for key, value in found.groupdict().items()}
    for key in ("n", "limit"):  # English thousands commas ("10,000": ten in Bahasa Indonesia) as dots
        if _GROUPED.fullmatch(facts.get(key) or ""):
            facts[key] = facts[key].replace(",", ".")
    if "os" in facts:
        facts["os"] = _OS_ERRORS.get(facts["os"].strip().rstrip(".").casefold(), _OS_UNKNOWN)
    if "{what}" in form and "what" not in facts:  # what a file that is no ZIP archive is
        rest = found.string[found.end() :]
        facts["what"] = next((f", {said}" for english, said in _NOT_ZIP if english in rest), "")
    return form.format(**facts)
