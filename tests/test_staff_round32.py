"""Staff round 32: the agency's admin fills Pengaturan as people type.

Found: a NIP whose digits Excel lost (typed as a number, 1,97001E+17; or that number's text, pasted
from a CSV or re-entered after the cell was set to Text) was printed under every signature as if it
were the Kepala's NIP ("NIP. 197001000000000000", "NIP. 1,97001E+17"), the second without a word. A
quarter typed with its months ("Triwulan II (April-Juni)", the template's own hint) was unreadable:
no capaian at all.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.layout import SheetBuilder
from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_staff import pengaturan_findings, report_with_pengaturan
from tests.test_staff_round5 import BASE

# Rows below BASE: Triwulan at B6, the test's row at B7.


# --- NIP Kepala ---------------------------------------------------------------------------------------

# A NIP is 18 digits: birth date (8), TMT CPNS (6), sex (1), a sequence number from 001 (3). Excel keeps
# 15 significant digits of a number, so an 18-digit NIP typed as a number always ends "000": no NIP.
LOST = [
    1.97001e17,  # shown 1,97001E+17 in a narrow General cell and entered again: 197001000000000000
    1.97001011995031e17,  # typed 197001011995031001: kept 197001011995031000
    "1,97001E+17",  # that number's text (a CSV, or the cell set to Text and re-entered)
    "1.97001E+17",
    "197001011995031000",  # the kept number as text: sequence number 000
    "19700101 199503 1 000",
]


@pytest.mark.parametrize("typed", LOST)
def test_a_nip_that_lost_its_digits_is_not_printed_under_the_signature(typed):
    report = report_with_pengaturan([*BASE, ["Triwulan", 2], ["NIP Kepala", typed]])
    # nothing printed rather than another person's NIP on a signed page
    assert report.settings.nip_kepala == ""
    (said,) = pengaturan_findings(report, "B7", PERINGATAN)
    assert "NIP Kepala" in said.pesan and "tidak dicetak" in said.pesan
    assert "teks" in said.pesan  # what to do: type the 18 digits as text


def test_the_signature_block_prints_no_lost_nip():
    report = report_with_pengaturan(
        [*BASE, ["Triwulan", 2], ["Nama Kepala", "Ir. Agus"], ["NIP Kepala", "1,97001E+17"]]
    )
    builder = SheetBuilder("Tabel", "Tabel", [10.0] * 5)
    builder.signature_of(report.settings)
    texts = [str(v) for row in builder.layout.rows for v in row if v]
    assert "Ir. Agus" in texts
    assert not [t for t in texts if "NIP" in t]


@pytest.mark.parametrize("typed", ["19700101199503100", "19700101 199503 1 0011"])
def test_a_nip_not_of_18_digits_is_a_peringatan(typed):
    # 17 and 19 digits: a digit dropped or typed twice; printed as typed, the peringatan says so
    report = report_with_pengaturan([*BASE, ["Triwulan", 2], ["NIP Kepala", typed]])
    assert report.settings.nip_kepala == typed
    (said,) = pengaturan_findings(report, "B7", PERINGATAN)
    assert "18 angka" in said.pesan


@pytest.mark.parametrize(
    "typed", ["19700101 199503 1 001", "197001011995031001", "NIP. 19700101 199503 1 001"]
)
def test_a_whole_nip_is_printed_without_a_word(typed):
    report = report_with_pengaturan([*BASE, ["Triwulan", 2], ["NIP Kepala", typed]])
    assert report.settings.nip_kepala.replace(" ", "") == "197001011995031001"
    assert not pengaturan_findings(report, "B7")


# --- Triwulan with its months ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "Triwulan II (April-Juni)",
        "TW II (Apr-Jun)",
        "Triwulan II (April s.d. Juni)",
        "Triwulan II (April - Juni 2025)",
        "Triwulan 2 (Dua)",
        "II (Dua)",
        "Triwulan II (Januari-Juni)",  # the report is cumulative: January to June is s.d. TW II
    ],
)
def test_a_quarter_typed_with_its_months_is_read(typed):
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert report.settings.triwulan == 2
    assert report.settings.triwulan_galat == ""
    assert not pengaturan_findings(report, "B6", GALAT)
    # KOPERASI, Kumulatif: s.d. TW II 25 + 4 = 29 of 40 -> 72,5 % (s.d. TW III would be 39)
    (row,) = [r for r in report.indicators if r.kode == "T1"]
    assert row.realisasi == 29
    assert row.capaian == pytest.approx(float(Fraction(29 * 100, 40)))


@pytest.mark.parametrize(
    "typed",
    [
        "Triwulan II (Juli-September)",
        "TW III (April-Juni)",
        "Triwulan II (Tiga)",
        "Triwulan II (April-Juni 2024)",
    ],
)
def test_a_quarter_whose_months_say_another_is_galat(typed):
    # which quarter was meant is unknown: nothing computed, the galat says both and what to type
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert report.settings.triwulan_galat == "Pengaturan!B6"
    (said,) = pengaturan_findings(report, "B6", GALAT)
    assert c.TRIWULAN_UNKNOWN in said.pesan
    # names what disagrees and what to type, not "harus angka 1-4" of a cell that names a quarter
    assert "tidak cocok" in said.pesan and "tulis" in said.pesan


# --- Tahun and Triwulan typed into a date-formatted cell -------------------------------------------------

# The Tanggal Penandatanganan's date format copied up (format painter, a row inserted under it): 2025
# typed there is kept as day 2025 of Excel's 1900 date system and shown 17/07/1905 (30 December 1899
# + 2025 days: 1900-1904 have 5 x 365 + 1 = 1826 days (1900 is no leap year; 1904 is) to 31 Dec 1904,
# + 2 for 30-31 Dec 1899 = 1828, + 197 = 17 July 1905); 2 is shown 02/01/1900. Retyping the number, as
# the galat said, gave the same date again.


def test_a_year_typed_in_a_date_cell_is_read_with_a_peringatan():
    report = report_with_pengaturan(
        [
            ["Pemerintah Daerah", "Kab"],
            ["Perangkat Daerah", "Dinas"],
            ["Tahun", dt.datetime(1905, 7, 17)],
            ["Triwulan", 2],
        ]
    )
    assert report.settings.tahun == 2025
    assert not pengaturan_findings(report, "B5", GALAT)
    (said,) = pengaturan_findings(report, "B5", PERINGATAN)
    assert "2025" in said.pesan and "format sel" in said.pesan


def test_a_quarter_typed_in_a_date_cell_is_read_with_a_peringatan():
    report = report_with_pengaturan([*BASE, ["Triwulan", dt.datetime(1900, 1, 2)]])
    assert report.settings.triwulan == 2 and report.settings.triwulan_galat == ""
    (said,) = pengaturan_findings(report, "B6", PERINGATAN)
    assert "format sel" in said.pesan
    (row,) = [r for r in report.indicators if r.kode == "T1"]
    assert row.realisasi == 29  # TW I 25 + TW II 4, s.d. TW II


@pytest.mark.parametrize(
    "typed", [dt.datetime(2025, 1, 1), dt.datetime(1900, 1, 5), dt.datetime(1905, 7, 17, 12)]
)
def test_a_real_date_in_tahun_or_triwulan_stays_a_galat(typed):
    # a date of this century, day 5 (no quarter) or a time of day: no number typed; which is unknown
    report = report_with_pengaturan([*BASE[:2], ["Tahun", typed], ["Triwulan", typed]])
    assert pengaturan_findings(report, "B5", GALAT) and pengaturan_findings(report, "B6", GALAT)
