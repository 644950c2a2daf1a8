"""(narasi58) The period asked with ``--triwulan`` over Pengaturan's Triwulan: a quarter (2), or a half
year's or the year's report as staff type it there ("Semester I", "Smt. II", "Tahunan", "Laporan
Tahunan"), read as Pengaturan reads it (contract.triwulan_from_text). A quarter asked is the quarterly
report, whatever Pengaturan chose; a half year or the year that report, titled and counted as if typed
in Pengaturan. Pure."""

from __future__ import annotations

from lkj_xl.core import contract as c
from lkj_xl.core.model import Settings

Periode = int | str  # a quarter, 1-4, or a half year's or the year's report as typed


def baca(asked: Periode) -> tuple[int, bool, bool]:
    """The report ``asked`` is: (its last quarter, a half year's, the year's); ValueError for no period."""
    if isinstance(asked, int):
        if not 1 <= asked <= 4:
            raise ValueError("triwulan must be 1-4")
        return asked, False, False
    quarter = c.triwulan_from_text(asked)
    if quarter is None:
        raise ValueError(f"{asked!r} is no period: 1-4, Semester I, Semester II or Tahunan")
    return quarter, bool(c.HALF_YEAR.match(c.tidy_text(asked))), c.is_tahunan(asked)


def kuartal(asked: Periode | None) -> int | None:
    """The last quarter counted of the report ``asked`` (None: none asked)."""
    return None if asked is None else baca(asked)[0]


def terapkan(settings: Settings, asked: Periode) -> None:
    """``settings`` counting the report ``asked`` instead of Pengaturan's Triwulan."""
    quarter, half, year = baca(asked)
    settings.triwulan, settings.triwulan_galat, settings.triwulan_diminta = quarter, "", True
    settings.semester, settings.tahunan = half, year


def opsi(settings: Settings) -> str:
    """The option as a message names the period asked: ``--triwulan 2``, ``--triwulan "Semester I"``,
    ``--triwulan Tahunan``."""
    if settings.laporan_tahunan:
        return "--triwulan Tahunan"
    if settings.semester_laporan:
        return f'--triwulan "Semester {c.roman(settings.semester_laporan)}"'
    return f"--triwulan {settings.triwulan}"


def dihitung(settings: Settings) -> str:
    """The period counted, as the unreadable Triwulan's galat says it when a period was asked: "s.d.
    Triwulan II", "Semester I", "s.d. Semester II", "Tahun 2025"."""
    if settings.laporan_tahunan:
        return f"Tahun {settings.tahun}" if settings.tahun else "s.d. Triwulan IV (laporan tahunan)"
    return c.periode(settings.triwulan, None, semester=settings.semester_laporan)
