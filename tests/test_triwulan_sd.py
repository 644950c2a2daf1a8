"""Pengaturan's Triwulan typed "up to" its quarter (newuser41: a Kecamatan's TW III 2026).

An LKjIP "s.d. Triwulan III" is the TW III report: its realisasi are counted s.d. TW III (README
Pengaturan). `s.d. Triwulan III`, `Sampai dengan TW III`, `s/d TW III` were a galat saying "harus angka
1-4", which names neither Semester I/II nor Tahunan, the other forms the cell takes. They are read as
TW III; a value that stays unreadable names every form the cell accepts.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.parse import parse_workbook
from tests.helpers_staff import book_of
from tests.test_engine import kinerja_row


def _pengaturan(typed):
    """The Settings and the Triwulan's findings of a workbook (Tahun 2025) whose Triwulan is ``typed``."""
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Jumlah A", 100, (25, 30, 20, 25), jenis="Kumulatif")
    workbook = parse_workbook(book_of([row], triwulan=typed))
    said = [f.pesan for f in workbook.findings if f.pesan.startswith('Parameter "Triwulan"')]
    return workbook.settings, said


@pytest.mark.parametrize(
    ("typed", "quarter"),
    [
        ("s.d. Triwulan III", 3),
        ("Sampai dengan TW III", 3),
        ("s/d TW III", 3),
        ("S.D. TW 3", 3),
        ("sd Triwulan II", 2),
        ("s.d Triwulan IV Tahun 2025", 4),
        ("sampai TW I", 1),
    ],
)
def test_a_quarter_typed_up_to_it_is_that_quarters_report(typed, quarter):
    settings, said = _pengaturan(typed)
    assert said == [] and settings.triwulan == quarter and not settings.triwulan_galat
    # the quarterly report, never a half year's or the year's
    assert not settings.semester and not settings.tahunan


@pytest.mark.parametrize("typed", ["s.d. TW V", "s.d. Juni 2025 dan", "TW V", "Triwulan lanjutan", None, 7])
def test_an_unreadable_triwulan_names_every_form_it_takes(typed):
    settings, said = _pengaturan(typed)
    assert settings.triwulan_galat == "Pengaturan!B6"
    (message,) = said
    for form in ("1-4", "Semester I", "Semester II", "Tahunan"):
        assert form in message, message


def test_up_to_the_fourth_quarter_beside_tahunan_is_told_as_the_years_report():
    # "s.d. TW IV (Tahunan)": the quarterly TW IV report or the year's? A galat, as "s.d. Tahunan" is;
    # it said "(Tahunan)" laporan semester and advised Semester II, which titles a half year's report
    settings, said = _pengaturan("s.d. TW IV (Tahunan)")
    assert settings.triwulan_galat == "Pengaturan!B6"
    (message,) = said
    assert "semester" not in message.casefold(), message
    assert '"(Tahunan)" laporan tahunan' in message and "tulis Tahunan" in message and "4" in message, message


def test_up_to_a_quarter_of_another_year_names_the_year():
    # as "Triwulan III Tahun 2024" beside Tahun 2025 is told (the year is not the report's), not the
    # generic list of forms
    settings, said = _pengaturan("s.d. Triwulan III Tahun 2024")
    assert settings.triwulan_galat == "Pengaturan!B6"
    (message,) = said
    assert "tahun 2024 bukan Tahun laporan (2025); tulis Triwulan III saja" in message, message
