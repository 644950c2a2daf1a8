"""A workbook started from last year's file, its Tahun left at last year's (a BPBD's TW III 2026 report
still saying Tahun 2025 in Pengaturan): the signing date is the one thing that tells.

- Tanggal Penandatanganan typed right (10 Oktober 2026): the peringatan said only "salah tahun (10
  Oktober 2025)?", and staff who followed it signed a 2026 report as 2025's. It names the Tahun's cell too.
- Tanggal Penandatanganan left empty: the signature block prints the build's date (6 Desember 2026)
  under a report titled Triwulan III Tahun 2025, without a word. A peringatan at the Tanggal's cell.

The grids come from tests/test_engine.py's helpers: Pengaturan's header is row 2, Tahun on row 5 (B5),
Triwulan row 6, then the extra parameters in the order given (Nama Kepala row 7, Tanggal row 8).
"""

from __future__ import annotations

import datetime as dt

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core import tahun_lalu
from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row

# Desa tangguh bencana, Kumulatif: 2 + 3 + 4 = 9 of 12 (a count: nothing here depends on it).
_ROW = kinerja_row("S1", "Sasaran", "", "Desa tangguh", "Jumlah desa tangguh bencana", 12, (2, 3, 4, None), satuan="Desa", jenis="Kumulatif")  # fmt: skip


def _tanggal_said(report):
    return [
        f for f in report.findings if f.sheet == c.SHEET_PENGATURAN and "Tanggal Penandatanganan" in f.pesan
    ]


def test_a_year_late_signing_date_also_names_the_tahun_left_from_last_year():
    # TW III 2025 ends 30 September 2025, the next quarter 31 Desember 2025; 10 Oktober 2026 is a year
    # late: either the date's year is one too many, or the Tahun (B5) is last year's and the report 2026's.
    report = report_of(book_of([_ROW], triwulan=3, **{"Tanggal Penandatanganan": "10 Oktober 2026"}))
    (said,) = _tanggal_said(report)
    assert said.severity == PERINGATAN
    assert "salah tahun (10 Oktober 2025)?" in said.pesan  # the date's reading, as before
    assert "Tahun di Pengaturan!B5" in said.pesan and "2026" in said.pesan.split("Pengaturan!B5")[1]


@pytest.mark.parametrize(
    ("today", "said"),
    [
        (dt.date(2026, 12, 6), True),  # a year after 6 Desember 2025, within TW IV 2025: last year's Tahun
        (dt.date(2026, 10, 1), True),  # 1 Oktober 2025 + 1 year: the edge, the day after TW III 2025 ended
        (dt.date(2026, 12, 31), True),  # 31 Desember 2025 + 1 year: the other edge
        (dt.date(2025, 12, 6), False),  # built in time: today's date is the right one
        (dt.date(2026, 9, 30), False),  # 30 September 2025 + 1 year: the quarter's own end, not after
        (dt.date(2027, 1, 1), False),  # 1 Januari 2026 + 1 year: no longer the next quarter's date
    ],
)
def test_an_empty_signing_date_built_a_year_late_is_pointed_out(monkeypatch, today, said):
    monkeypatch.setattr(tahun_lalu, "today", lambda: today)
    book = book_of([_ROW], triwulan=3, **{"Nama Kepala": "Drs. SUTOMO", "Tanggal Penandatanganan": None})
    # (as_printed: the lead's decision, the peringatan said only where the date is printed; the
    # computed report alone, export's and the rekap's, never holds it: tests/test_tanggal_dicetak.py)
    assert _tanggal_said(report_of(book)) == []
    found = _tanggal_said(tahun_lalu.as_printed(report_of(book)))
    if not said:
        assert found == []
        return
    (finding,) = found
    assert finding.severity == PERINGATAN and finding.sel == "B8"  # the Tanggal's own row (8)
    shown = f"{today.day} {('Oktober', 'November', 'Desember')[today.month - 10]} {today.year}"
    assert f"dicetak tanggal pembuatan ({shown})" in finding.pesan
    assert "Tahun di Pengaturan!B5" in finding.pesan and "2026" in finding.pesan.split("Pengaturan!B5")[1]


def test_an_empty_signing_date_without_a_signature_block_is_quiet(monkeypatch):
    # No Nama Kepala: no signature block, no date printed (export, rekap): nothing to say.
    monkeypatch.setattr(tahun_lalu, "today", lambda: dt.date(2026, 12, 6))
    report = tahun_lalu.as_printed(
        report_of(book_of([_ROW], triwulan=3, **{"Tanggal Penandatanganan": None}))
    )
    assert _tanggal_said(report) == []


@pytest.mark.parametrize(
    "typed", ["Triwulan III Tahun 2026", "TW III 2026", "III/2026", "Triwulan III (Juli-September) 2026"]
)
def test_a_triwulan_typed_with_next_years_year_names_the_tahun_too(typed):
    # Tahun 2025 left from last year's file, the Triwulan typed with this year's 2026: the galat said
    # "tahun 2026 bukan Tahun laporan (2025); tulis Triwulan III saja" (or "harus angka 1-4"), and
    # following it titled a 2026 report Tahun 2025. It names the Tahun's cell (B5) and 2026 too.
    report = report_of(book_of([_ROW], triwulan=typed))
    (said,) = [f for f in report.findings if (f.sheet, f.sel) == (c.SHEET_PENGATURAN, "B6")]
    assert said.severity == GALAT
    assert "ubah Tahun di Pengaturan!B5 menjadi 2026" in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["Triwulan III Tahun 2024", "TW III 2027"])
def test_a_triwulan_typed_with_another_year_is_no_sign_of_last_years_tahun(typed):
    # 2024 (the year before the Tahun) or 2027 (two after): not the Tahun left from last year's file
    report = report_of(book_of([_ROW], triwulan=typed))
    (said,) = [f for f in report.findings if (f.sheet, f.sel) == (c.SHEET_PENGATURAN, "B6")]
    assert said.severity == GALAT and "ubah Tahun" not in said.pesan, said.pesan


# --- Reports legitimately signed in January of the next year (review of newuser41) ---------------
# TW IV, Semester II and Tahunan 2025 all end 31 Desember 2025; their deadline quarter ends 31 Maret
# 2026. Signed (or built) on 15 Januari 2026 they are in time: nothing about the Tanggal or the Tahun.
@pytest.mark.parametrize("triwulan", [4, "Semester II", "Tahunan"])
@pytest.mark.parametrize("tanggal", ["15 Januari 2026", dt.datetime(2026, 1, 15), None])
def test_a_year_end_report_signed_in_january_is_quiet(monkeypatch, triwulan, tanggal):
    monkeypatch.setattr(tahun_lalu, "today", lambda: dt.date(2026, 1, 15))
    book = book_of(
        [_ROW], triwulan=triwulan, **{"Nama Kepala": "Drs. SUTOMO", "Tanggal Penandatanganan": tanggal}
    )
    report = tahun_lalu.as_printed(report_of(book))
    assert _tanggal_said(report) == []
    assert not [f for f in report.findings if "ubah Tahun" in f.pesan]


@pytest.mark.parametrize("triwulan", [4, "Semester II", "Tahunan"])
def test_a_year_end_report_built_a_year_later_names_the_tahun(monkeypatch, triwulan):
    # 15 Januari 2027 less a year is 15 Januari 2026, after 31 Desember 2025 and by 31 Maret 2026
    monkeypatch.setattr(tahun_lalu, "today", lambda: dt.date(2027, 1, 15))
    book = book_of(
        [_ROW], triwulan=triwulan, **{"Nama Kepala": "Drs. SUTOMO", "Tanggal Penandatanganan": None}
    )
    (said,) = _tanggal_said(tahun_lalu.as_printed(report_of(book)))
    assert "dicetak tanggal pembuatan (15 Januari 2027)" in said.pesan
    assert "(31 Desember 2025)" in said.pesan and "ubah Tahun di Pengaturan!B5 menjadi 2026" in said.pesan


def test_a_signing_date_typed_as_text_with_a_short_month_is_read_and_said(monkeypatch):
    # "10 Okt 2026" under Triwulan III Tahun 2025: read as 10 Oktober 2026, a year late, as the date is
    report = report_of(book_of([_ROW], triwulan=3, **{"Tanggal Penandatanganan": "10 Okt 2026"}))
    (said,) = _tanggal_said(report)
    assert "salah tahun (10 Oktober 2025)?" in said.pesan
    assert "ubah Tahun di Pengaturan!B5 menjadi 2026" in said.pesan


def test_the_quarter_asked_for_is_the_one_the_build_date_is_measured_from(monkeypatch):
    # Pengaturan says TW III 2025; --triwulan 2 computes TW II, which ends 30 Juni 2025, its next
    # quarter 30 September 2025: 6 Desember 2026 less a year (6 Desember 2025) is past both, no
    # "a year late" reading; Pengaturan's TW III would have said it.
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook

    monkeypatch.setattr(tahun_lalu, "today", lambda: dt.date(2026, 12, 6))
    book = book_of([_ROW], triwulan=3, **{"Nama Kepala": "Drs. SUTOMO", "Tanggal Penandatanganan": None})
    assert _tanggal_said(tahun_lalu.as_printed(compute(parse_workbook(book), 2))) == []
    assert len(_tanggal_said(tahun_lalu.as_printed(compute(parse_workbook(book), 3)))) == 1


def test_as_printed_says_it_once(monkeypatch):
    monkeypatch.setattr(tahun_lalu, "today", lambda: dt.date(2026, 12, 6))
    book = book_of([_ROW], triwulan=3, **{"Nama Kepala": "Drs. SUTOMO", "Tanggal Penandatanganan": None})
    report = tahun_lalu.as_printed(report_of(book))
    assert tahun_lalu.as_printed(report) is report and len(_tanggal_said(report)) == 1
