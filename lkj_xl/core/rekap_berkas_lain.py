"""Files in a rekap's collection folder that are no workbook but may be an agency's report: a PDF or
Word document an agency sent instead of its workbook, an archive the rekap does not open. Never files
to read (Pemeriksaan lists the files read or tried), but named in Peringatan: an agency that sent only
its PDF was missing from the ranking and every total without a word.

A folder holding such files and no workbook (an agency's folder, "13 Dinas Sosial/") is an agency
missing for certain: each is named in a warning of its own, never cut short, whatever the number of
cover letters lying beside the workbooks of the other folders. Pure."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from pathlib import PurePath

# What an agency sends instead of its workbook: its report printed to PDF or written in Word (or
# LibreOffice Writer), or its files in a RAR or 7-Zip archive (ZIP archives have their Pemeriksaan row).
DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf")
OTHER_ARCHIVE_SUFFIXES = (".rar", ".7z")
OTHER_FILE_SUFFIXES = DOCUMENT_SUFFIXES + OTHER_ARCHIVE_SUFFIXES
_NAMED = 10  # files named in the warning; the rest counted
_NAMED_IN_FOLDER = 3  # files named of each folder without a workbook; the rest counted
# Words of a cover letter's or a covering note's file name: named after the files that may be a report.
_LETTER_WORDS = ("pengantar", "surat", "nota dinas", "undangan", "tanda terima")

JENIS = "Berkas bukan buku kerja"
JENIS_FOLDER = "Perangkat daerah tanpa buku kerja"


def other_files_warnings(
    names: Sequence[str], workbook_folders: Collection[str] = ()
) -> list[tuple[str, str]]:
    """(jenis, pesan) naming the files of ``names`` (documents and archives found beside the workbooks,
    :data:`OTHER_FILE_SUFFIXES`), [] for none: each folder of them that holds no workbook, in it or
    below it (``workbook_folders``: the folders of the files read or tried), in a warning of its own, then every
    file, those that may be a report before the cover letters and the folders already named."""
    if not names:
        return []
    # a folder holding a workbook, or above one (the collection folder of the agencies' folders)
    holding = {
        str(above) for folder in workbook_folders for above in (PurePath(folder), *PurePath(folder).parents)
    }
    missing: dict[str, list[str]] = defaultdict(list)
    for name in names:
        folder = str(PurePath(name).parent)
        if folder not in holding:
            missing[folder].append(name)
    found = [_missing_folders(missing)] if missing else []
    return [*found, _every_file(names, missing)]


def _missing_folders(missing: dict[str, list[str]]) -> tuple[str, str]:
    parts = []
    for folder, files in missing.items():
        shown = ", ".join(PurePath(name).name for name in files[:_NAMED_IN_FOLDER])
        more = len(files) - _NAMED_IN_FOLDER
        parts.append(f"{folder} ({shown}{f' dan {more} berkas lain' if more > 0 else ''})")
    return (
        JENIS_FOLDER,
        f"{len(missing)} folder berisi dokumen atau arsip tetapi tidak berisi buku kerja Excel "
        f"(.xlsx/.xlsm): {'; '.join(parts)}. Bila folder itu milik perangkat daerah, perangkat daerah itu "
        "tidak masuk peringkat, jumlah dan tabel: minta buku kerja LKjIP-nya, simpan di folder itu lalu "
        "rekap ulang.",
    )


def _every_file(names: Sequence[str], missing: dict[str, list[str]]) -> tuple[str, str]:
    def order(name: str) -> tuple[bool, bool]:  # a file that may be a report first
        letter = any(word in PurePath(name).stem.casefold() for word in _LETTER_WORDS)
        return str(PurePath(name).parent) in missing, letter

    ordered = sorted(names, key=order)
    shown = ", ".join(ordered[:_NAMED]) + (
        f", dan {len(names) - _NAMED} lainnya" if len(names) > _NAMED else ""
    )
    archives = any(name.lower().endswith(OTHER_ARCHIVE_SUFFIXES) for name in names)
    extract = (
        " Arsip .rar atau .7z tidak dibuka: ekstrak buku kerja di dalamnya ke folder lalu rekap ulang."
        if archives
        else ""
    )
    folders = f" (folder tanpa buku kerja: lihat peringatan {JENIS_FOLDER})" if missing else ""
    return (
        JENIS,
        f"{len(names)} berkas di folder bukan buku kerja Excel (.xlsx/.xlsm) dan tidak direkap{folders}: "
        f"{shown}. Bila salah satunya laporan perangkat daerah (PDF atau Word) yang buku kerjanya tidak ada "
        "di folder, perangkat daerah itu tidak masuk peringkat, jumlah dan tabel: minta buku kerja "
        f"LKjIP-nya lalu rekap ulang.{extract}",
    )
