"""Dates the Indonesian way, as the report and its findings write them: ``4 Juli 2025`` under a
signature, a cell's date or time in a finding (``1 Februari 2025 pukul 13.30``); the month names,
which lkj_xl.core.tanggal reads too. Pure: the standard library only."""

from __future__ import annotations

from datetime import date, datetime, time

# The months as Babel's id_ID names them (its "MMMM"), kept here so that a date in a title or a finding
# does not load babel.dates and its locale data on every build (lkj_xl.core.tanggal reads them too).
BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def tanggal_indonesia(day: date) -> str:
    """A date the Indonesian way, as under a signature: 4 Juli 2025."""
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def tanggal_sel(value: date | time) -> str:
    """A date or time read from a cell, as staff would read it in a finding: 1 Februari 2025,
    1 Februari 2025 pukul 13.30 (midnight, what a typed date holds, is left out), pukul 13.30."""
    if isinstance(value, time):
        return f"pukul {value:%H.%M.%S}" if value.second else f"pukul {value:%H.%M}"
    if isinstance(value, datetime):
        day = tanggal_indonesia(value.date())
        return day if value.time() == time(0) else f"{day} pukul {value:%H.%M}"
    return tanggal_indonesia(value)
