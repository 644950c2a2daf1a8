"""Last year's quarters left in Kinerja when the workbook is carried into a new year.

An agency starts the new year from last year's workbook: Tahun changed to 2026, Triwulan to I, last
year's realisation moved into "Realisasi 2025" (or its same period into "Realisasi Tahun Lalu"), and
the quarters TW I..IV not cleared. The quarters after the reported one are a peringatan each
(:func:`lkj_xl.core.findings.after_period`), but the reported quarter itself, last year's TW I, was
computed as this year's without a word. When the quarters still give exactly the figure typed as last
year's (the whole year's, by the indicator's Jenis Realisasi, equal to "Realisasi <Tahun - 1>"; or
the figure s.d. the reported quarter equal to "Realisasi Tahun Lalu") and a quarter after the reported
one holds a number (a number in each of the four: a finished year), the quarters are last year's: a
galat at the reported quarter's cell, no capaian. Under Triwulan IV (Tahun changed, Triwulan left)
nothing after the reported quarter proves it, and a year may repeat the last: a peringatan at TW IV
(not for Nilai Akhir, whose year is its TW IV alone: 100 % again is no sign).

Pure: works on the parsed inputs, after :func:`lkj_xl.core.parse_analisis.parse_extras`.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.formulas import realisasi_sd
from lkj_xl.core.model import GALAT, PERINGATAN, Finding, IndicatorInput, WorkbookInput
from lkj_xl.core.numbers import whole_or_two
from lkj_xl.core.pembanding_skala import lalu_read


def check_last_years_quarters(data: WorkbookInput, kinerja: str | None) -> None:
    """Galat at the reported quarter of each indicator whose quarters are last year's (see the module
    docstring); ``kinerja``: the Kinerja sheet's name as the workbook spells it (its column letters).
    Under Triwulan IV no quarter is left to prove it (a year may repeat the last): a peringatan."""
    tahun, triwulan = data.settings.tahun, data.settings.triwulan
    if tahun is None or not 1 <= triwulan <= 4 or data.settings.triwulan_galat:  # (no quarter known)
        return
    letters = data.columns.get(kinerja or c.SHEET_KINERJA, {})
    reported = c.REALISASI_TW_HEADERS[triwulan - 1]
    if reported not in letters:
        return
    for item in data.indicators:
        if triwulan == 4:
            _two_figures_for_last_year(data, item, tahun, letters)
        else:
            _whole_year_for_period(data, item, tahun, triwulan, letters)
        matched = _matched(item, tahun, triwulan)
        if matched is None:
            continue
        header, shown = matched
        ref = f"{letters[reported]}{item.row}"
        s = data.settings  # "Realisasi Tahun 2025", "Realisasi Semester I": as its tables name it
        label = c.realisasi_sd_label(s)
        if header != c.H_REALISASI_TAHUN_LALU:
            label = "Realisasi TW I-IV"  # the quarters against a year's own column ("Realisasi 2024")
        said = f'{label} indikator "{item.indikator}" ({item.kode}) sama dengan kolom "{header}" ({shown})'
        if triwulan == 4:
            data.findings.append(
                Finding(
                    PERINGATAN,
                    c.SHEET_KINERJA,
                    ref,
                    f"{said}: angka tahun {tahun - 1} belum dikosongkan? Laporan ini "
                    f"{c.triwulan_tahun(4, tahun, tahunan=s.laporan_tahunan, semester=s.semester_laporan)}; "
                    f"bila benar angka {tahun - 1}, kosongkan Realisasi TW I-IV dan isi realisasi tahun {tahun}",
                )
            )
            continue
        data.findings.append(
            Finding(
                GALAT,
                c.SHEET_KINERJA,
                ref,
                f"{said}, dan triwulan sesudah {c.triwulan_tahun(triwulan, None, semester=s.semester_laporan)} "
                f"terisi: angka tahun {tahun - 1} belum dikosongkan? "
                f"Laporan ini Tahun {tahun}; kosongkan Realisasi TW I-IV dan isi realisasi tahun {tahun}; "
                "capaian tidak dihitung",
            )
        )
        where = f"{c.SHEET_KINERJA}!{ref}"
        item.realisasi_tw[triwulan - 1] = dataclasses.replace(item.realisasi_tw[triwulan - 1], galat=where)


def _whole_year_for_period(
    data: WorkbookInput, item: IndicatorInput, tahun: int, triwulan: int, letters: dict[str, str]
) -> None:
    """A peringatan at a Kumulatif indicator's Realisasi Tahun Lalu equal to "Realisasi <Tahun - 1>"
    under Triwulan I-III: last year's whole year typed where the same period (s.d. the quarter) is
    meant, so Perbandingan Kinerja sets a part of this year against all of last year."""
    lalu, year = item.realisasi_tahun_lalu, item.realisasi_tahun.get(tahun - 1)
    if (
        item.jenis_realisasi != c.KUMULATIF
        or year is None
        or not year.exact
        or lalu_read(item, lalu) != year.exact  # ("Rp 3.000.000.000" under Juta Rupiah: 3.000)
        or c.H_REALISASI_TAHUN_LALU not in letters
    ):
        return
    header, half = c.realisasi_tahun_header(tahun - 1), data.settings.semester_laporan
    period = c.periode(triwulan, None, semester=half)  # "s.d. Triwulan II"; "Semester I" as its title
    data.findings.append(
        Finding(
            PERINGATAN,
            c.SHEET_KINERJA,
            f"{letters[c.H_REALISASI_TAHUN_LALU]}{item.row}",
            f'Realisasi Tahun Lalu indikator "{item.indikator}" ({item.kode}) sama dengan kolom "{header}" '
            f"({year.text or whole_or_two(year.exact)}), realisasi setahun penuh, padahal laporan ini {period}: "
            f"Perbandingan Kinerja membandingkan realisasi {period} dengan angka setahun itu; "
            f"isi realisasi {c.periode(triwulan, tahun - 1, semester=half)}",
        )
    )


def _two_figures_for_last_year(
    data: WorkbookInput, item: IndicatorInput, tahun: int, letters: dict[str, str]
) -> None:
    """A peringatan at Realisasi Tahun Lalu when it differs from "Realisasi <Tahun - 1>" under
    Triwulan IV: last year s.d. TW IV is last year's whole year, so two figures are typed for one
    period; Perbandingan Kinerja uses Realisasi Tahun Lalu."""
    lalu, year = item.realisasi_tahun_lalu, item.realisasi_tahun.get(tahun - 1)
    if (
        year is None
        or year.exact is None
        or lalu.exact is None
        or lalu_read(item, lalu) == year.exact  # (Rp 1.100.000.000 beside 1.100 under Juta: one figure)
        or c.H_REALISASI_TAHUN_LALU not in letters
    ):
        return
    header = c.realisasi_tahun_header(tahun - 1)
    s = data.settings
    # The year's report is "Tahun 2025", not Triwulan IV; Semester II's "s.d. Semester II" (as its title)
    report_is, same = (
        (f"Tahun {tahun}", "Realisasi Tahun Lalu")
        if s.tahun_tahunan
        else (
            c.triwulan_tahun(4, None, semester=s.semester_laporan),
            f"realisasi {c.periode(4, tahun - 1, semester=s.semester_laporan)}",
        )
    )
    data.findings.append(
        Finding(
            PERINGATAN,
            c.SHEET_KINERJA,
            f"{letters[c.H_REALISASI_TAHUN_LALU]}{item.row}",
            f'Realisasi Tahun Lalu indikator "{item.indikator}" ({item.kode}) '
            f'({lalu.text or whole_or_two(lalu.exact)}) berbeda dengan kolom "{header}" '
            f"({year.text or whole_or_two(year.exact)}), padahal laporan ini {report_is}: {same} adalah "
            f"realisasi tahun {tahun - 1} itu. Perbandingan Kinerja memakai Realisasi Tahun Lalu; perbaiki "
            "angka yang salah",
        )
    )


def _matched(item: IndicatorInput, tahun: int, triwulan: int) -> tuple[str, str] | None:
    """The column of last year whose figure the quarters give, with that figure as typed; None when
    none does."""
    quarters = item.realisasi_tw
    # A finished year has a number in every quarter; fewer (the seed's lone TW IV figure in a TW II
    # report, an annual indicator typed in TW IV only) is no sign, and a figure alike by chance no proof.
    # (Tested first, in one loop: most rows of a report have an empty quarter.)
    for v in quarters:
        if v.exact is None or v.galat:
            return None
    if item.jenis_realisasi not in c.JENIS_REALISASI:
        return None
    if triwulan == 4 and item.jenis_realisasi == c.NILAI_AKHIR:  # 100 % again is no sign of last year
        return None
    numbers: list[Fraction | None] = [v.exact for v in quarters]
    year = item.realisasi_tahun.get(tahun - 1)
    if (
        year is not None
        and year.exact is not None
        and year.exact == realisasi_sd(numbers, item.jenis_realisasi)
    ):
        return c.realisasi_tahun_header(tahun - 1), year.text or whole_or_two(year.exact)
    lalu = item.realisasi_tahun_lalu
    sd = realisasi_sd(numbers[:triwulan], item.jenis_realisasi)
    if lalu.exact is not None and sd is not None and lalu_read(item, lalu) == sd:
        return c.H_REALISASI_TAHUN_LALU, lalu.text or whole_or_two(lalu.exact)
    return None
