"""Files in a rekap's collection folder that are no workbook but may be an agency's report: a PDF or
Word document an agency sent instead of its workbook, an archive the rekap does not open. Never files
to read (Pemeriksaan lists the files read or tried), but named in Peringatan: an agency that sent only
its PDF was missing from the ranking and every total without a word. Pure."""

from __future__ import annotations

from collections.abc import Sequence

# What an agency sends instead of its workbook: its report printed to PDF or written in Word (or
# LibreOffice Writer), or its files in a RAR or 7-Zip archive (ZIP archives have their Pemeriksaan row).
DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf")
OTHER_ARCHIVE_SUFFIXES = (".rar", ".7z")
OTHER_FILE_SUFFIXES = DOCUMENT_SUFFIXES + OTHER_ARCHIVE_SUFFIXES
_NAMED = 10  # files named in the warning; the rest counted

JENIS = "Berkas bukan buku kerja"


def other_files_warnings(names: Sequence[str]) -> list[tuple[str, str]]:
    """(jenis, pesan) naming the files of ``names`` (documents and archives found beside the workbooks,
    :data:`OTHER_FILE_SUFFIXES`), [] for none."""
    if not names:
        return []
    shown = ", ".join(names[:_NAMED]) + (
        f", dan {len(names) - _NAMED} lainnya" if len(names) > _NAMED else ""
    )
    archives = any(name.lower().endswith(OTHER_ARCHIVE_SUFFIXES) for name in names)
    extract = (
        " Arsip .rar atau .7z tidak dibuka: ekstrak buku kerja di dalamnya ke folder lalu rekap ulang."
        if archives
        else ""
    )
    return [
        (
            JENIS,
            f"{len(names)} berkas di folder bukan buku kerja Excel (.xlsx/.xlsm) dan tidak direkap: {shown}. "
            "Bila salah satunya laporan perangkat daerah (PDF atau Word) yang buku kerjanya tidak ada di "
            "folder, perangkat daerah itu tidak masuk peringkat, jumlah dan tabel: minta buku kerja "
            f"LKjIP-nya lalu rekap ulang.{extract}",
        )
    ]
