"""A folder or workbook of the collection that is a link (symlink) to one the rekap has already read.

The rekap reads each folder and workbook once (agency_files.workbook_paths). A second name of one it
has read was passed over without a word: ``04 Dinas Koperasi -> 03 Dinas Perikanan``, linked by
mistake, left the Dinas Koperasi missing from the ranking with nothing saying so, as a harmless
alias (``Dinkes -> 01 Dinas Kesehatan``) is. The rekap cannot tell the two apart, so it says neither
is wrong: Pemeriksaan lists the link as skipped (core.DILEWATI, no change to the exit status nor to
any agency's figures), naming the folder or workbook it was read as. A link back up (a loop) and a
folder given twice on the command line are no second name: nothing is said of them. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

from lkj_xl.core.rekap import DILEWATI


def alasan_tautan_sama(read_as: str | PurePath, folder: bool) -> str:
    """Pemeriksaan's keterangan of a link to the folder (``folder``) or workbook read as ``read_as``."""
    what, whose = ("folder", "folder ini") if folder else ("buku kerja", "berkas ini")
    return (
        f"tautan (symlink) ke {what} yang sudah direkap sebagai {read_as}: isinya dihitung sekali, "
        f"tidak direkap lagi. Bila {whose} milik perangkat daerah lain (bukan nama lain perangkat "
        "daerah yang sama), buku kerja LKjIP perangkat daerah itu belum ada: minta buku kerjanya, "
        "simpan sebagai berkas biasa (bukan tautan) lalu rekap ulang."
    )


def linked_rows(links: Iterable[tuple[str | PurePath, str | PurePath, bool]]) -> list[dict[str, Any]]:
    """Pemeriksaan's rows (core.FILE_COLUMNS) of ``links``: (the link, the path it was read as, whether
    a folder), each once."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for link, read_as, folder in links:
        if str(link) in seen:
            continue
        seen.add(str(link))
        what = "folder" if folder else "buku kerja"
        rows.append(
            {
                "berkas": str(link),
                "status": DILEWATI,
                "keterangan": alasan_tautan_sama(read_as, folder),
                "rincian": f"tautan (symlink) ke {what} yang sudah direkap sebagai {read_as}: tidak dibaca dua kali",
                "detail": f"a link to the {'folder' if folder else 'workbook'} already read as {read_as}: not read "
                "twice",  # the log's English (agencies.Rekap.details)
            }
        )
    return rows
