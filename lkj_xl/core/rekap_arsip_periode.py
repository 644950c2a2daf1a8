"""An agency's workbook of another period kept in an archive folder of its own ("03 Dinas Sosial/Arsip TW
I/LKjIP.xlsx" in the TW II collection): no workbook of this period for the warning on agencies'
folders without one (core.rekap_berkas_lain's ``JENIS_FOLDER``).

Counted as its folder's workbook, the agency that has not sent this quarter's was named nowhere: only the
``Triwulan berbeda`` warning said a file of another period was there. The workbook is still read and
listed as any other. Pure."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from pathlib import PurePath
from typing import Any

from lkj_xl.core.rekap_berkas_lain import archive_folder
from lkj_xl.core.rekap_ganda import period_of, period_text


def _archived_in(path: PurePath, roots: Collection[str]) -> tuple[PurePath, PurePath] | None:
    """The folder whose own archive folder holds ``path`` (below the folder given, ``roots``;
    core.rekap_berkas_lain.archive_folder: "Arsip TW I", "_old", "Backup") and that folder given:
    "03 Dinas Sosial" of "tw2/03 Dinas Sosial/Arsip TW I/LKjIP.xlsx"; None for a file in no archive
    folder."""
    under = [PurePath(root) for root in roots if PurePath(root) in path.parents]
    if not under:
        return None
    top = max(under, key=lambda root: len(root.parts))
    parts = path.parent.relative_to(top).parts
    at = next((i for i, folder in enumerate(parts) if archive_folder(folder)), None)
    return None if at is None else (top.joinpath(*parts[:at]), top)


def _collected(folder: PurePath, top: PurePath, current: Sequence[tuple[PurePath, Any]]) -> set[Any]:
    """The periods of the workbooks ``current`` in the nearest folder above ``folder`` holding any
    (up to the folder given, ``top``, or its parent): the agency's folder's collection, "tw2/" of
    "tw2/03 Dinas Sosial/" and of "tw2/03 Dinas Sosial/Excel/" whose own folders hold none."""
    for above in folder.parents:
        periods = {period for path, period in current if above in path.parents}
        if periods or above == top.parent:
            return periods
    return set()


def archived_other_period(
    rows: Sequence[Mapping[str, Any]], counted: Sequence[Mapping[str, Any]], roots: Collection[str]
) -> dict[str, str]:
    """The files of ``rows`` (every agency's row read) lying in an agency's archive folder
    (:func:`_archived_in`) whose period none of the workbooks counted (``counted``) outside archive
    folders has in the nearest folder above that agency's holding any (its collection, :func:`_collected`:
    "tw2/" of "tw2/03 Dinas Sosial/Arsip TW I/"), with what each holds (Bahasa Indonesia, "buku kerja Triwulan I Tahun 2025 di folder
    arsip"). Nothing when that collection holds no such workbook: nothing tells its period."""
    archived = {
        str(row["berkas"]): _archived_in(PurePath(str(row.get("berkas") or "")), roots) for row in rows
    }
    current = [
        (PurePath(str(row["berkas"])), period_of(row))
        for row in counted
        if archived.get(str(row["berkas"])) is None
    ]
    found = {}
    for row in rows:
        archive = archived[str(row["berkas"])]
        if archive is None or None in period_of(row):  # a period unread is not another (its galat says)
            continue
        periods = _collected(*archive, current)
        if periods and period_of(row) not in periods:
            found[str(row["berkas"])] = f"buku kerja {period_text(period_of(row), [row])} di folder arsip"
    return found
