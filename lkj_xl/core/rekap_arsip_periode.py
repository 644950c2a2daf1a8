"""An agency's workbook of another period kept in an archive folder of its own ("03 Dinas Sosial/Arsip TW
I/LKjIP.xlsx" in the TW II collection): no workbook of this period for the warning on agencies'
folders without one (core.rekap_berkas_lain's ``JENIS_FOLDER``).

Counted as its folder's workbook, the agency that has not sent this quarter's was named nowhere: only the
``Triwulan berbeda`` warning said a file of another period was there. The workbook is still read and
listed as any other. Pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from pathlib import PurePath
from typing import Any

from lkj_xl.core.rekap_berkas_lain import archive_folder
from lkj_xl.core.rekap_ganda import period_of, period_text


def archived_other_period(
    rows: Sequence[Mapping[str, Any]], counted: Sequence[Mapping[str, Any]], roots: Collection[str]
) -> dict[str, str]:
    """The files of ``rows`` (every agency's row read) lying in an archive folder below the folder given
    (``roots``; core.rekap_berkas_lain.archive_folder: "Arsip TW I", "_old", "Backup") whose period is
    not the one most agencies counted (``counted``) report, with what each holds (Bahasa Indonesia,
    "buku kerja Triwulan I Tahun 2025 di folder arsip"); {} when no period is the most (the TW I and TW
    II folders rekapped together)."""
    periods = Counter(period_of(row) for row in counted)
    if len(periods) < 2:
        return {}
    (main, most), (_, next_most) = periods.most_common(2)
    if most == next_most:
        return {}
    found = {}
    for row in rows:
        if period_of(row) == main:
            continue
        path = PurePath(str(row.get("berkas") or ""))
        under = [PurePath(root) for root in roots if PurePath(root) in path.parents]
        if not under:
            continue
        top = max(under, key=lambda root: len(root.parts))
        if any(archive_folder(folder) for folder in path.parent.relative_to(top).parts):
            found[str(row["berkas"])] = f"buku kerja {period_text(period_of(row), [row])} di folder arsip"
    return found
