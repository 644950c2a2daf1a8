"""Every text a reader of the rekap workbook sees is Bahasa Indonesia: Pemeriksaan's ``Rincian Teknis``
showed the library's English message of each file not read ("File '...' is not an Excel workbook
(.xlsx/.xlsm): it is not a ZIP archive but a PDF document ..."), and of a ZIP archive, a link already
read or the blank template skipped. The English stays the log's (stderr), as the CLI's own texts.

A folder of the odd files a Bappeda's collection holds is rekapped, and every text cell of every sheet
is read for English words (a short list of words no Indonesian sentence of the rekap uses; Excel's own
menu names, "Excel Workbook (.xlsx)", "File > Info", are quoted as staff see them and not listed)."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

import lkj_xl
from lkj_xl.core.rekap_rincian import UNKNOWN, rincian_teknis
from lkj_xl.rekap_output import write
from lkj_xl.xlsx.template import write_template
from tests.test_mend35i import _file

# Words of the library's English messages that no Indonesian text of the rekap contains.
ENGLISH = {
    "the", "is", "not", "cannot", "was", "which", "it", "its", "an", "of", "and", "this", "bug", "refused",
    "corrupt", "truncated", "skipped", "already", "again", "does", "exist", "reached", "link", "error",
    "internal", "blank", "agency", "archive", "opened", "extract", "but", "document", "recapitulated",
}  # fmt: skip
_PEMDA = "Kabupaten Lumajang"


def english_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z]+", text.casefold()) if word in ENGLISH}


def _odd_collection(root: Path) -> None:
    """Two agencies' workbooks and the odd files beside them, each as a collection gets it."""
    _file(root / "01 Dinas Kesehatan" / "LKjIP.xlsx", _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=1)
    _file(root / "02 Dinas Sosial" / "LKjIP.xlsx", _PEMDA, "Dinas Sosial", "1.100.000.000", disk=1)
    odd = root / "03 Dinas Perikanan"
    odd.mkdir()
    (odd / "LKjIP kosong.xlsx").write_bytes(b"")  # a download that never completed
    (odd / "LKjIP pdf.xlsx").write_bytes(b"%PDF-1.4\n%...")  # a print renamed .xlsx
    (odd / "LKjIP csv.xlsx").write_text("Kode;Indikator\nT1;Indeks\n")  # a CSV renamed .xlsx
    good = (root / "01 Dinas Kesehatan" / "LKjIP.xlsx").read_bytes()
    (odd / "LKjIP terpotong.xlsx").write_bytes(good[: len(good) // 2])  # a copy cut halfway
    (odd / "LKjIP lama.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)  # Excel 97-2003
    with zipfile.ZipFile(odd / "LKjIP.zip", "w") as archive:  # sent zipped
        archive.writestr("LKjIP.xlsx", good)
    dpa = openpyxl.Workbook()
    dpa.active.title = "DPA"  # a DPA export: none of the agency sheets
    dpa.save(odd / "DPA Perikanan.xlsx")
    write_template(root / "Template LKjIP.xlsx")  # the Bappeda's blank template
    os.symlink(root / "hilang.xlsx", odd / "LKjIP tautan.xlsx")  # a link to a file removed
    os.symlink(root / "02 Dinas Sosial", root / "Dinsos")  # a second name of a folder read


def _texts(path: Path, folder: Path) -> dict[str, list[str]]:
    """Every text cell by sheet, the test's own folder (pytest's "test_every_text_of_...") left out."""
    book = openpyxl.load_workbook(path, read_only=True)
    return {
        ws.title: [
            v.replace(str(folder), "")
            for row in ws.iter_rows(values_only=True)
            for v in row
            if isinstance(v, str)
        ]
        for ws in book.worksheets
    }


def test_every_text_of_a_rekap_of_odd_files_is_bahasa_indonesia(tmp_path):
    root = tmp_path / "TW II"
    _odd_collection(root)
    result = lkj_xl.rekap(root, jobs=1)
    # what Pemeriksaan says of each file not read: the library's messages were English
    rincian = dict(zip(result.pemeriksaan["berkas"], result.pemeriksaan["rincian"]))
    odd = f"{root}/03 Dinas Perikanan"
    assert rincian[f"{odd}/LKjIP kosong.xlsx"] == (
        "berkas berukuran 0 byte: penyalinan atau unduhannya tidak selesai"
    )
    assert rincian[f"{odd}/LKjIP pdf.xlsx"] == (
        "bukan arsip ZIP (setiap .xlsx/.xlsm adalah arsip ZIP), melainkan dokumen PDF (hasil cetak, bukan "
        "buku kerja tempat laporan dihitung)"
    )
    assert rincian[f"{odd}/LKjIP csv.xlsx"].endswith("melainkan berkas teks (CSV atau sejenisnya)")
    assert rincian[f"{odd}/LKjIP.zip"] == "arsip ZIP, tidak dibuka"
    assert rincian[f"{odd}/DPA Perikanan.xlsx"].startswith("bukan buku kerja LKjIP perangkat daerah")
    assert rincian[f"{odd}/LKjIP tautan.xlsx"].endswith(
        f"(tautan ke {root}/hilang.xlsx, yang tidak ada atau tidak terjangkau)"
    )
    assert rincian[f"{root}/Dinsos"] == (
        f"tautan (symlink) ke folder yang sudah direkap sebagai {root}/02 Dinas Sosial: tidak dibaca dua kali"
    )
    out = tmp_path / "rekap.xlsx"
    write(result, "xlsx", out)
    texts = _texts(out, tmp_path)
    found = {
        sheet: sorted({w for text in texts for w in english_words(text)}) for sheet, texts in texts.items()
    }
    assert found == {sheet: [] for sheet in found}, [
        t for sheet in texts.values() for t in sheet if english_words(t)
    ]


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        # xlsx.zipsafe: a zip bomb refused, its figures kept
        (
            "File 'a.xlsx' was refused: part 'xl/worksheets/sheet1.xml' expands 250x when extracted "
            "(limit 100x). It is probably a zip bomb or a corrupt file.",
            "ditolak: bagian paket 'xl/worksheets/sheet1.xml' mengembang 250 kali saat diekstrak (batas "
            "100 kali); kemungkinan bom ZIP atau berkas rusak",
        ),
        # xlsx.read: a sheet of too many rows
        (
            'sheet "Kinerja" has more than 1048576 rows (row 1048577)',
            'sheet "Kinerja" memuat lebih dari 1048576 baris (baris 1048577)',
        ),
        # build._refuse_folder: a subfolder the rekap may not list
        (
            "cannot read the folder /data/tw2/13 Dinas Sosial: Permission denied",
            "folder tidak dapat dibaca: izin akses ditolak",
        ),
        # agencies._alone: the worker died
        (
            "the worker process reading this file died (signal 9): killed by the system (out of memory?) "
            "or crashed; this is a bug in lkj-xl or a limit of this machine",
            "proses yang membaca berkas ini berhenti (sinyal 9): dihentikan sistem (kehabisan memori?) atau "
            "mogok; galat lkj-xl atau batas kemampuan mesin ini",
        ),
        # xlsx.zipsafe: a package of too many parts, its counts with English thousands commas: in
        # Bahasa Indonesia "10,000" reads as ten, so they are written with thousands dots
        (
            "File 'a.xlsx' was refused: it contains 12,345 parts (limit 10,000).",
            "ditolak: paketnya berisi 12.345 bagian (batas 10.000)",
        ),
        # xlsx.zipsafe._bomb: 1,234,567,890 bytes is 1.234.567.890 byte
        (
            "File 'a.xlsx' was refused: its parts together are too large when extracted (1,234,567,890 "
            "bytes; limit 1,073,741,824 bytes). It is probably a zip bomb or a corrupt file.",
            "ditolak: seluruh bagian paket terlalu besar saat diekstrak (1.234.567.890 byte; batas "
            "1.073.741.824 byte); kemungkinan bom ZIP atau berkas rusak",
        ),
        # build.read_workbook: the path is no part of the message's form, whatever words it holds (a
        # folder "Arsip Excel 97-2003" was told the file is an .xls)
        (
            "cannot read /data/Arsip Excel 97-2003/LKjIP is encrypted.xlsx: Permission denied",
            "berkas tidak dapat dibaca: izin akses ditolak",
        ),
        # a message of no known form: never shown half translated
        ("File 'a.xlsx' has something new wrong with it", UNKNOWN),
        ("", ""),
    ],
)
def test_rincian_teknis_keeps_the_facts_in_bahasa_indonesia(english, indonesian):
    assert rincian_teknis(english) == indonesian
    assert not english_words(indonesian)


def test_a_workbook_of_too_many_parts_is_told_its_count_with_thousands_dots(tmp_path):
    # A workbook whose package holds one part more than the limit: Rincian Teknis names both counts
    # as an Indonesian reader reads them (xlsx.zipsafe writes "10,001 parts (limit 10,000)").
    import io

    from lkj_xl.xlsx.zipsafe import MAX_MEMBERS

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for n in range(MAX_MEMBERS + 1):
            package.writestr(f"xl/media/image{n}.png", b"")
    (tmp_path / "dinas-gambar.xlsx").write_bytes(buffer.getvalue())
    _file(tmp_path / "dinas-a.xlsx", _PEMDA, "Dinas A", "1.000.000.000", disk=1)
    result = lkj_xl.rekap(tmp_path, jobs=1)
    rincian = dict(zip(result.pemeriksaan["berkas"], result.pemeriksaan["rincian"]))
    # MAX_MEMBERS is 10000: 10000 + 1 = 10001 parts, written 10.001 (batas 10.000)
    assert MAX_MEMBERS == 10_000
    assert (
        rincian[str(tmp_path / "dinas-gambar.xlsx")]
        == "ditolak: paketnya berisi 10.001 bagian (batas 10.000)"
    )
    assert "10,001 parts (limit 10,000)" in result.details[str(tmp_path / "dinas-gambar.xlsx")]  # the log's
