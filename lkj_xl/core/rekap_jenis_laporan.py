"""The kind of report an agency's rekap row is of (Laporan Tahunan, a half year's, a quarter's), and
which of an agency's reports of one year and one last quarter counts: its Laporan Kinerja Triwulan II
and its Semester I (both s.d. Triwulan II), its Triwulan IV, Semester II and Laporan Tahunan (s.d.
Triwulan IV). Pure.

The report of the longer period counts, whatever the files' dates: Semester I is the report of
Triwulan I and II and is sent after the Triwulan II report it completes, the Laporan Tahunan after the
year's quarterly and half year's reports; a Triwulan II report saved after the Semester I (opened again,
forwarded) is not the later report for it. Their figures reach the same quarter (realisasi s.d. Triwulan
II, cumulative from TW I), so the warning names the kind of report as the reason, not more months of
figures. Between reports of the same period the dates decide (core.rekap_ganda)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from lkj_xl.core import contract as c


def semester(row: Mapping[str, Any]) -> bool:
    """A rekap row of a half year's report: its ``periode`` is the half year ("Semester I Tahun 2025",
    core.rekap.periode), at Triwulan II or IV; "Semester I Tahun ?" when its Tahun was unreadable."""
    triwulan = row.get("triwulan")
    return triwulan in (2, 4) and row.get("periode") in {
        c.triwulan_tahun(triwulan, row.get("tahun"), semester=triwulan // 2, tahun_galat=galat)
        for galat in (False, True)
    }


def tahunan(row: Mapping[str, Any]) -> bool:
    """A rekap row (agency, or its Jumlah line) of a Laporan Tahunan: its ``periode`` is the year
    ("Tahun 2025", core.rekap.agency_row; "Tahun ?" when its Tahun was unreadable), at Triwulan IV."""
    tahun = row.get("tahun")
    return row.get("triwulan") == 4 and (
        (bool(tahun) and row.get("periode") == c.triwulan_tahun(4, tahun, tahunan=True))
        or (not tahun and row.get("periode") == c.triwulan_tahun(4, None, tahunan=True, tahun_galat=True))
    )


def kind(row: Mapping[str, Any]) -> str:
    """ "Laporan Tahunan", "Laporan Kinerja Semester I", "Laporan Kinerja Triwulan II"."""
    triwulan = row.get("triwulan")
    if tahunan(row):
        return "Laporan Tahunan"
    half = triwulan // 2 if triwulan and semester(row) else None  # semester(): Triwulan II or IV
    return f"Laporan Kinerja {c.triwulan_tahun(triwulan, None, semester=half)}"


def months(row: Mapping[str, Any]) -> int:
    """How many months the row's report is of: the year 12, a half year 6, a quarter 3."""
    return 12 if tahunan(row) else 6 if semester(row) else 3


def longest(group: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of ``group`` (one agency, one period) of its longest report, and the others, in file order."""
    most = max(map(months, group))
    return [row for row in group if months(row) == most], [row for row in group if months(row) < most]


def longer_note(kept: Mapping[str, Any], shorter: Sequence[Mapping[str, Any]]) -> str:
    """Why ``kept`` counts over ``shorter`` (Bahasa Indonesia), saying so when one of them was saved later
    by the workbook's own date."""
    names = ", ".join(dict.fromkeys(kind(row) for row in shorter))
    # every one of them reports realisasi s.d. the same quarter (cumulative from TW I): none covers more
    # months of figures, the kind of report decides
    reached = f"s.d. {c.triwulan_tahun(kept.get('triwulan'), None)}"
    why = (
        f"{kind(kept)} didahulukan daripada {names} tahun yang sama (realisasinya sama-sama {reached}): "
        "laporan tahunan didahulukan daripada laporan semester, laporan semester daripada laporan triwulan, "
        "apa pun tanggal berkasnya"
    )
    saved = kept.get("disimpan")
    later = [
        str(row["berkas"])
        for row in shorter
        if isinstance(saved, dt.datetime)
        and isinstance(row.get("disimpan"), dt.datetime)
        and row["disimpan"] > saved
    ]
    return f"{why}, walaupun {', '.join(later)} disimpan lebih akhir" if later else why
