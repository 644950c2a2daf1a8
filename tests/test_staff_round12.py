"""The next quarter and the next year (twelfth round): the workbook filled from the seed for TW II,
then carried on as an agency carries it: TW III typed (Pengaturan's Triwulan changed or not), the
APBD-P's revised targets and pagu, TW IV and the year end, then Tahun 2026. Where a figure came out
wrong, or a galat or peringatan was missing or misleading, without a word.

Found wrong, and tested here:
- the revised pagu or target of the APBD-P typed in a column of its own ("Pagu APBD-P", "Pagu Setelah
  Perubahan", "Target P-APBD", "Anggaran PAK"), Pagu / Target Perubahan left empty: the column was
  ignored without a word, the penyerapan and capaian computed against the old pagu or target
  (600 jt of a pagu cut from 1 M to 800 jt printed 60 % instead of 75 %; 75 of a target cut from
  100 to 80 printed a capaian of 75, Sedang, instead of 93,75, Sangat Tinggi).
- Triwulan set to III, TW III's spending typed for some programs and not yet for others: the blank
  ones were counted as nothing spent without a word (Kinerja's blank quarter is a peringatan).
- Tahun changed to 2026, last year's realisation moved into "Realisasi 2025" (or "Realisasi Tahun
  Lalu"), TW I..IV not cleared: last year's TW I computed as 2026's capaian, with only a peringatan
  at the later quarters.
- Realisasi Tahun Lalu typed as last year's whole year (equal to "Realisasi 2025") in a TW I report of a
  Kumulatif indicator: Perbandingan Kinerja set TW I against the whole of 2025 without a word.
- a Total Pagu Perjanjian Kinerja left at the pagu before the APBD-P: the peringatan gave only the
  difference, not that the Total equals the pagu before the Pagu Perubahan.
- the contract's Pagu Perubahan retitled "Pagu APBD-P": refused, naming no column to rename.
- a signing date a year late (4 Juli 2026 signing a TW II 2025 report) was called a day and month
  swapped ("7 April 2026?"), or said nothing (15 Januari 2027 signing a TW IV 2025 report).

Found right, and left alone (probed the same day): Triwulan left at II with TW III typed (a peringatan
at each TW III cell, Kinerja and Anggaran); Triwulan III with a Kinerja TW III left blank or holding
"Menunggu data BPS" (a peringatan saying it is counted from TW I, TW II alone); a Nilai Akhir / Rata-rata
indicator with TW III blank (TW II's value, the mean of TW I and II, with the same peringatan); a
Negatif capaian over 100 (50 of 100: 150, Sangat Tinggi); spending over a Pagu Perubahan that cut the
Pagu (a peringatan naming both pagu); Tahun Akhir Renstra before Tahun (a peringatan); a signing date
a year early or before the quarter's end (a peringatan); Triwulan IV with Realisasi Tahun Lalu filled.

The grids are built by hand (tests/test_engine.py's helpers, with extra columns after the contract's
own); the header is row 1, data from row 2. Expected figures are worked out by hand beside them. The
last test carries the example workbook itself to TW III (openpyxl) and reads it with both file readers.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.parse import WorkbookError, parse_workbook
from lkj_xl.xlsx.read import read_grids, read_grids_lxml
from tests.helpers_staff import book_of, next_year_report, report_of
from tests.test_engine import anggaran_row, grid, kinerja_row

# The contract's Kinerja columns are A..O (15), Anggaran's A..I (9): a column added after them is P / J.
_KINERJA_EXTRA, _ANGGARAN_EXTRA = "P", "J"


def _at(report, sheet, sel, severity=None):
    return [f for f in report.findings if (f.sheet, f.sel) == (sheet, sel) and severity in (None, f.severity)]


# A Sasaran indicator, counted in unit: TW I 25 + TW II 30 + TW III 20 = 75 s.d. TW III (Kumulatif).
def _sasaran(**kw):
    return kinerja_row("S1", "Sasaran", "", "Sasaran A", "Jumlah A", 100, (25, 30, 20, None), satuan="unit", jenis="Kumulatif", **kw)  # fmt: skip


# Its program's budget: pagu Rp 1 M, spent 100 jt + 200 jt + 300 jt = 600 jt s.d. TW III.
def _program(pagu_perubahan=None):
    return anggaran_row(
        "P1", "Program A", "S1", "Rp 1 M", ("100 jt", "200 jt", "300 jt", None), pagu_perubahan
    )


# --- the APBD-P's revision typed in a column of its own --------------------------------------------


@pytest.mark.parametrize("title", ["Pagu APBD-P", "Pagu Setelah Perubahan", "Pagu P-APBD", "Anggaran PAK"])
def test_revised_pagu_in_a_column_of_its_own_is_a_galat_not_the_old_pagu(title):
    # The pagu cut by the APBD-P to 800 jt, typed in a new column beside Pagu: 600 jt of 800 jt is
    # 75 %, the tool printed 600 jt of the old 1 M = 60 % without a word.
    report = report_of(book_of([_sasaran()], [[*_program(), "800 jt"]], anggaran_extra=[title]))
    (budget,) = report.budgets
    assert budget.penyerapan is None and report.total_penyerapan is None
    (finding,) = _at(report, c.SHEET_ANGGARAN, f"{_ANGGARAN_EXTRA}2", GALAT)
    assert f'kolom "{title}"' in finding.pesan and '"Pagu Perubahan"' in finding.pesan
    assert f"Anggaran!{_ANGGARAN_EXTRA}2" in budget.galat


def test_revised_pagu_also_in_pagu_perubahan_reads_the_contract_column():
    # Typed in both: Pagu Perubahan (the contract's) is read, 600 jt / 800 jt x 100 = 75 %.
    report = report_of(
        book_of([_sasaran()], [[*_program("800 jt"), "800 jt"]], anggaran_extra=["Pagu APBD-P"])
    )
    assert report.budgets[0].penyerapan == pytest.approx(75)
    assert not [f for f in report.findings if f.severity == GALAT]


@pytest.mark.parametrize("title", ["Pagu Murni", "Pagu Sebelum Perubahan", "Pagu Awal"])
def test_old_pagu_kept_beside_the_new_one_in_pagu_is_quiet(title):
    # The new pagu typed over Pagu (800 jt), the old 1 M kept in a column for reference: 600 jt / 800
    # jt x 100 = 75 %, and nothing to say.
    row = anggaran_row("P1", "Program A", "S1", "800 jt", ("100 jt", "200 jt", "300 jt", None))
    report = report_of(book_of([_sasaran()], [[*row, "Rp 1 M"]], anggaran_extra=[title]))
    assert report.budgets[0].penyerapan == pytest.approx(75)
    assert not _at(report, c.SHEET_ANGGARAN, f"{_ANGGARAN_EXTRA}1") + _at(
        report, c.SHEET_ANGGARAN, f"{_ANGGARAN_EXTRA}2"
    )


@pytest.mark.parametrize(
    "title", ["Target APBD-P", "Target Setelah Perubahan", "Target P-APBD", "Target PAK"]
)
def test_revised_target_in_a_column_of_its_own_is_a_galat_not_the_old_target(title):
    # Target cut from 100 to 80: 75 of 80 is a capaian of 93,75 (Sangat Tinggi); the tool printed 75 of
    # the old 100 = 75 (Sedang, exactly on the band edge) without a word.
    report = report_of(book_of([[*_sasaran(), 80]], kinerja_extra=[title]))
    (item,) = report.indicators
    assert item.capaian is None and item.kriteria is None
    (finding,) = _at(report, c.SHEET_KINERJA, f"{_KINERJA_EXTRA}2", GALAT)
    assert f'kolom "{title}"' in finding.pesan and '"Target Perubahan"' in finding.pesan


def test_revised_target_in_target_perubahan_gives_the_capaian():
    # The same revision typed where the contract reads it: 75 / 80 x 100 = 93,75, Sangat Tinggi (> 90).
    report = report_of(book_of([[*_sasaran(target_perubahan=80), 80]], kinerja_extra=["Target APBD-P"]))
    (item,) = report.indicators
    assert Fraction(item.capaian).limit_denominator(100) == Fraction(9375, 100)
    assert item.kriteria == "Sangat Tinggi"
    assert not [f for f in report.findings if f.severity == GALAT]


def test_a_dash_in_the_revised_column_is_no_revision():
    # "-" under Pagu APBD-P: not revised, the Pagu stands: 600 jt / 1 M x 100 = 60 %.
    report = report_of(book_of([_sasaran()], [[*_program(), "-"]], anggaran_extra=["Pagu APBD-P"]))
    assert report.budgets[0].penyerapan == pytest.approx(60)
    assert not [f for f in report.findings if f.severity == GALAT]


# --- Triwulan III with the quarter not typed yet for some programs ---------------------------------


def test_anggaran_reported_quarter_left_blank_is_pointed_out():
    # Triwulan set to III, TW III typed for P2 but not yet for P1: P1's realisasi s.d. TW III is TW I +
    # TW II = 100 jt + 200 jt = 300 jt (30 % of 1 M), counted as if nothing was spent in TW III, without a
    # word, where Kinerja's blank TW III is a peringatan. Now a peringatan at Anggaran!H2 too.
    p1 = anggaran_row("P1", "Program A", "S1", "Rp 1 M", ("100 jt", "200 jt", None, None))
    p2 = anggaran_row("P2", "Program B", "S1", "Rp 1 M", ("100 jt", "200 jt", "300 jt", None))
    report = report_of(book_of([_sasaran()], [p1, p2]))
    assert report.budgets[0].realisasi == 300_000_000 and report.budgets[0].penyerapan == pytest.approx(30)
    (finding,) = _at(report, c.SHEET_ANGGARAN, "H2", PERINGATAN)
    assert "TW III" in finding.pesan and "kosong" in finding.pesan and '"Program A"' in finding.pesan
    assert not _at(report, c.SHEET_ANGGARAN, "H3")


@pytest.mark.parametrize("typed", ["-", 0, "nihil", "Rp 0"])
def test_anggaran_reported_quarter_typed_as_nothing_spent_is_quiet(typed):
    # "-", 0, "nihil", "Rp 0" say on purpose that nothing was spent in TW III: 300 jt of 1 M = 30 %.
    p1 = anggaran_row("P1", "Program A", "S1", "Rp 1 M", ("100 jt", "200 jt", typed, None))
    report = report_of(book_of([_sasaran()], [p1]))
    assert report.budgets[0].penyerapan == pytest.approx(30)
    assert not _at(report, c.SHEET_ANGGARAN, "H2")


def test_anggaran_reported_quarter_blank_in_many_rows_is_said_once():
    # TW III typed for the first program only, five left blank: one peringatan for the range, not one
    # per program (the add_repeated grouping Kinerja uses).
    done = anggaran_row("P0", "Program 0", "S1", "Rp 1 M", ("100 jt", "200 jt", "300 jt", None))
    rows = [
        anggaran_row(f"P{n}", f"Program {n}", "S1", "Rp 1 M", ("100 jt", "200 jt", None, None))
        for n in range(1, 6)
    ]
    report = report_of(book_of([_sasaran()], [done, *rows]))
    said = [f for f in report.findings if f.sheet == c.SHEET_ANGGARAN and f.sel.startswith("H")]
    assert [f.sel for f in said] == ["H3:H7"] and said[0].severity == PERINGATAN


def test_anggaran_reported_quarter_blank_in_every_row_is_said():
    # No row has TW III typed (the quarter not typed yet): the penyerapan is TW I-II's, 300 jt / 1 M =
    # 30 %, as a blank quarter counts. It was left quiet (Kinerja's blank TW III only said so); since
    # round 25 (tests/test_staff_round25.py) a peringatan: at the cell for this single program, at the
    # column's title for several.
    p1 = anggaran_row("P1", "Program A", "S1", "Rp 1 M", ("100 jt", "200 jt", None, None))
    report = report_of(book_of([_sasaran()], [p1]))
    assert report.budgets[0].penyerapan == pytest.approx(30)
    assert "TW I, TW II saja" in _at(report, c.SHEET_ANGGARAN, "H2")[0].pesan


# --- the next year: Tahun 2026, last year's quarters not cleared -----------------------------------


def test_last_years_quarters_left_under_tahun_2026_are_a_galat():
    # Tahun 2026, Triwulan I; last year's realisation moved into "Realisasi 2025": 25 + 30 + 20 + 25 =
    # 100 (Kumulatif), and TW I..IV not cleared. TW I's 25 was computed as 2026's: capaian 25 / 100 x
    # 100 = 25, Sangat Rendah, with only a peringatan at TW II..IV. The quarters give exactly the
    # figure of Realisasi 2025: last year's, so no capaian, a galat at TW I (Kinerja!K2).
    report = next_year_report("Realisasi 2025", 100)
    (item,) = report.indicators
    assert item.capaian is None and item.realisasi is None
    (finding,) = _at(report, c.SHEET_KINERJA, "K2", GALAT)
    assert '"Realisasi 2025"' in finding.pesan and "2026" in finding.pesan


def test_last_years_nilai_akhir_quarters_left_are_a_galat():
    # Nilai Akhir: last year's figure is its TW IV, 82,5 (typed "82,5" in Realisasi 2025, as in TW IV).
    report = next_year_report("Realisasi 2025", "82,5", tws=(70, 75, 80, "82,5"), jenis="Nilai Akhir")
    assert report.indicators[0].capaian is None
    assert _at(report, c.SHEET_KINERJA, "K2", GALAT)


def test_realisasi_tahun_lalu_equal_to_the_quarters_so_far_is_a_galat():
    # Tahun 2026, Triwulan II; Realisasi Tahun Lalu (the same period, s.d. TW II) typed 55 = last
    # year's TW I 25 + TW II 30, the four quarters left: capaian 55 printed, last year's own figure.
    report = next_year_report("Realisasi Tahun Lalu", 55, triwulan=2)
    assert report.indicators[0].capaian is None
    (finding,) = _at(report, c.SHEET_KINERJA, "L2", GALAT)
    assert '"Realisasi Tahun Lalu"' in finding.pesan


def test_this_years_quarters_beside_last_years_figure_are_counted():
    # A real TW II 2026 report: TW I 30 + TW II 35 = 65, Realisasi Tahun Lalu 55: capaian 65 / 100 x 100
    # = 65 (Rendah: exactly 65 is not above it). Quiet, nothing after TW II typed.
    report = next_year_report("Realisasi Tahun Lalu", 55, triwulan=2, tws=(30, 35, None, None))
    assert report.indicators[0].capaian == 65 and report.indicators[0].kriteria == "Rendah"
    assert not [f for f in report.findings if f.severity == GALAT]


def test_the_seeds_tw_iv_value_in_a_tw_ii_report_stays_a_peringatan():
    # The seed's Tabel 3.1 has a value under TW IV in a TW II report, with no figure of last year
    # equal to it (Realisasi 2024 is another figure): the peringatan of a quarter after the reported one,
    # the capaian from TW I + TW II = 25 + 30 = 55 as before.
    report = next_year_report("Realisasi 2024", 90, triwulan=2)
    assert report.indicators[0].capaian == 55
    assert _at(report, c.SHEET_KINERJA, "N2", PERINGATAN) and not _at(report, c.SHEET_KINERJA, "L2", GALAT)


def test_a_year_not_finished_in_the_quarters_is_no_sign_of_last_year():
    # Nilai Akhir, TW I 3.900 and the seed's stray TW IV figure 3.969,54 (last year's PDRB) in a TW II
    # report, TW II "Menunggu data BPS", Realisasi 2025 3.969,54 (Tahun 2026): not four quarters of a
    # finished year, so no galat; the realisation s.d. TW II is TW I's 3.900 (with the peringatan at TW
    # II's status and at TW IV), capaian 3.900 / 100 x 100 = 3.900.
    report = next_year_report("Realisasi 2025", "3.969,54", triwulan=2, tws=("3.900", "Menunggu data BPS", None, "3.969,54"), jenis="Nilai Akhir")  # fmt: skip
    assert report.indicators[0].capaian == 3900
    assert not [f for f in report.findings if f.severity == GALAT]


# --- Pengaturan's signing date in another year -------------------------------------------------------


@pytest.mark.parametrize(
    ("triwulan", "typed", "meant"),
    [
        (2, "4 Juli 2026", "4 Juli 2025"),  # TW II 2025 ends 30 Juni 2025; the next quarter 30 September
        (4, "15 Januari 2027", "15 Januari 2026"),  # TW IV 2025 ends 31 Desember; next: 31 Maret 2026
        (3, "10-10-2026", "10 Oktober 2025"),  # TW III ends 30 September 2025; next: 31 Desember 2025
    ],
)
def test_signing_date_a_year_late_names_the_year_not_a_swap(triwulan, typed, meant):
    # The year typed one too many (the new year's date copied in), the day within the next quarter:
    # the peringatan said "tertukar hari dan bulan (7 April 2026)?" for 4 Juli 2026, or nothing when no
    # swap fits (15 Januari 2027 signed a TW IV 2025 report). It names the year and the date meant.
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Jumlah A", 100, (25, 30, 20, 25), satuan="unit", jenis="Kumulatif")  # fmt: skip
    report = report_of(book_of([row], triwulan=triwulan, **{"Tanggal Penandatanganan": typed}))
    said = [f for f in report.findings if f.sheet == c.SHEET_PENGATURAN and "Tanggal" in f.pesan]
    assert len(said) == 1 and said[0].severity == PERINGATAN, [f.pesan for f in said]
    assert f"({meant})" in said[0].pesan and "tahun" in said[0].pesan and "tertukar" not in said[0].pesan


def test_signing_date_swapped_within_its_year_still_says_swapped():
    # 10/7/2025 kept as 7 Oktober 2025 under a TW II 2025 report (round 8): still the swap (10 Juli 2025).
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Jumlah A", 100, (25, 30, None, None), satuan="unit", jenis="Kumulatif")  # fmt: skip
    report = report_of(book_of([row], triwulan=2, **{"Tanggal Penandatanganan": "7 Oktober 2025"}))
    (said,) = [f for f in report.findings if f.sheet == c.SHEET_PENGATURAN and "Tanggal" in f.pesan]
    assert "tertukar hari dan bulan (10 Juli 2025)" in said.pesan


def test_last_years_quarters_under_tahun_2026_left_at_triwulan_iv_are_pointed_out():
    # Tahun changed to 2026, Triwulan left at IV (last year's report), the four quarters not cleared:
    # 25 + 30 + 20 + 25 = 100 = Realisasi 2025, so 2026's capaian printed 100 / 100 x 100 = 100, last
    # year's. No quarter after the reported one to prove it (a year can repeat itself): a peringatan
    # at TW IV (Kinerja!N2), the capaian kept.
    report = next_year_report("Realisasi 2025", 100, triwulan=4)
    assert report.indicators[0].capaian == 100
    (finding,) = _at(report, c.SHEET_KINERJA, "N2", PERINGATAN)
    assert '"Realisasi 2025"' in finding.pesan and "Triwulan IV Tahun 2026" in finding.pesan


def test_a_nilai_akhir_year_equal_to_last_year_under_triwulan_iv_is_quiet():
    # Nilai Akhir 100 % every year (izin diterbitkan): TW IV 100 = Realisasi 2025 100 is no sign.
    report = next_year_report(
        "Realisasi 2025", 100, triwulan=4, tws=(100, 100, 100, 100), jenis="Nilai Akhir"
    )
    assert report.indicators[0].capaian == 100
    assert not _at(report, c.SHEET_KINERJA, "N2")


# --- Total Pagu Perjanjian Kinerja left at the pagu before the APBD-P --------------------------------


def test_total_pagu_left_before_the_revision_is_the_pk_s_and_quiet():
    # Program A's Pagu 1 M cut by its Pagu Perubahan to 800 jt, Program B 1 M: 1,8 M, against a Total
    # Pagu Perjanjian Kinerja of 2 M (the total before the APBD-P: 1 M + 1 M). The peringatan only
    # said "selisih Rp -200.000.000"; it now names the cause: the Total is the pagu before the revision.
    p2 = anggaran_row("P2", "Program B", "S1", "Rp 1 M", ("100 jt", "200 jt", "300 jt", None))
    report = report_of(
        book_of([_sasaran()], [_program("800 jt"), p2], **{"Total Pagu Perjanjian Kinerja": "2 M"})
    )
    # (sipd49, the lead's decision: a Total equal to the programs' pagu as the Perjanjian Kinerja gives
    # them, 1 M + 1 M = 2 M in the Pagu column the PK signed before the APBD-P, is no difference: quiet.
    # Before, a peringatan "kurang Rp 200.000.000 ... sebelum perubahan". Tabel 3.4 counts 1,8 M.)
    assert [f for f in report.findings if f.sheet == c.SHEET_PENGATURAN] == []
    assert report.total_pagu == 1_800_000_000  # 800 jt + 1 M
    # 1,9 M is neither sum: said, naming both (1,8 M counted, 2 M the Pagu before the revision)
    report = report_of(
        book_of([_sasaran()], [_program("800 jt"), p2], **{"Total Pagu Perjanjian Kinerja": "1,9 M"})
    )
    (finding,) = [f for f in report.findings if f.sheet == c.SHEET_PENGATURAN]
    assert "Rp 1.800.000.000" in finding.pesan and "kurang Rp 100.000.000" in finding.pesan
    assert "sebelum Pagu Perubahan (Perjanjian Kinerja) Rp 2.000.000.000" in finding.pesan


def test_total_pagu_off_for_another_reason_says_no_revision():
    # No Pagu Perubahan anywhere: 1 M + 1 M = 2 M against 2,5 M, nothing about a revision.
    p2 = anggaran_row("P2", "Program B", "S1", "Rp 1 M", ("100 jt", "200 jt", "300 jt", None))
    report = report_of(book_of([_sasaran()], [_program(), p2], **{"Total Pagu Perjanjian Kinerja": "2,5 M"}))
    (finding,) = [f for f in report.findings if f.sheet == c.SHEET_PENGATURAN]
    assert "kurang Rp 500.000.000" in finding.pesan and "perubahan" not in finding.pesan


# --- Realisasi Tahun Lalu typed as last year's whole year -------------------------------------------


def _tahun_2026(tws, extras, *, triwulan=1, jenis="Kumulatif"):
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Jumlah A", 100, tws, satuan="unit", jenis=jenis)
    book = book_of([[*row, *extras.values()]], triwulan=triwulan, kinerja_extra=list(extras))
    book["Pengaturan"] = grid(
        [[cell.value if cell.value != 2025 else 2026 for cell in r] for r in book["Pengaturan"]]
    )
    return report_of(book)


def test_realisasi_tahun_lalu_equal_to_last_years_whole_year_under_tw_i_is_pointed_out():
    # Tahun 2026, Triwulan I, TW I 30 (this year's); Realisasi Tahun Lalu 100 = Realisasi 2025 100, the
    # whole of 2025 (Kumulatif), where the same period (s.d. TW I 2025) is meant: Perbandingan Kinerja
    # set 30 against 100 without a word. A peringatan at Realisasi Tahun Lalu (column Q, row 2).
    report = _tahun_2026((30, None, None, None), {"Realisasi 2025": 100, "Realisasi Tahun Lalu": 100})
    (finding,) = _at(report, c.SHEET_KINERJA, "Q2", PERINGATAN)
    assert '"Realisasi 2025"' in finding.pesan and "Triwulan I" in finding.pesan
    assert report.indicators[0].capaian == 30  # (30 / 100 x 100: this year's figure stands)


def test_realisasi_tahun_lalu_equal_to_the_whole_year_under_tw_iv_or_nilai_akhir_is_quiet():
    # Under Triwulan IV the same period is the whole year; a Nilai Akhir (a level) may hold its value.
    tw4 = _tahun_2026((10, 20, 30, 40), {"Realisasi 2025": 90, "Realisasi Tahun Lalu": 90}, triwulan=4)
    level = _tahun_2026(
        (30, None, None, None), {"Realisasi 2025": 80, "Realisasi Tahun Lalu": 80}, jenis="Nilai Akhir"
    )
    assert not _at(tw4, c.SHEET_KINERJA, "Q2") and not _at(level, c.SHEET_KINERJA, "Q2")


@pytest.mark.parametrize(
    ("sheet", "contract", "retitled"),
    [(c.SHEET_ANGGARAN, "Pagu Perubahan", "Pagu APBD-P"), (c.SHEET_ANGGARAN, "Pagu Perubahan", "Anggaran PAK"),
     (c.SHEET_KINERJA, "Target Perubahan", "Target Setelah Perubahan")],
)  # fmt: skip
def test_perubahan_column_retitled_as_the_apbd_p_names_it(sheet, contract, retitled):
    # The contract's Pagu Perubahan retitled "Pagu APBD-P": refused (loud), but the message named no
    # column for Anggaran ('kolom tidak ditemukan: "Pagu Perubahan"'); it now names the retitled one.
    book = book_of([_sasaran()], [_program()])
    for cell in book[sheet][0]:
        if cell.value == contract:
            cell.value = retitled
    with pytest.raises(WorkbookError) as exc:
        parse_workbook(book)
    assert f'"{contract}" (maksud Anda "{retitled}"?' in str(exc.value)


# --- the example workbook carried to TW III, read from the file by both readers ---------------------


def test_the_example_carried_to_tw_iii_reads_alike_by_both_readers(tmp_path):
    # The seed's workbook for TW II, carried on as staff do with openpyxl: Triwulan 3, a "Pagu APBD-P"
    # column (J) with the Penunjang program's pagu cut to 11.500.000.000, TW III spending typed for the
    # first two programs only. Both file readers give the same findings: the galat at Anggaran!J4 (no
    # penyerapan for P0.01, so no total), the blank TW III of the 14 other programs (rows 6-19).
    source = Path(__file__).resolve().parents[1] / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"
    wb = openpyxl.load_workbook(source)
    for row in wb["Pengaturan"].iter_rows():
        if row[0].value == "Triwulan":
            row[1].value = 3
    anggaran = wb["Anggaran"]
    anggaran["J3"], anggaran["J4"] = "Pagu APBD-P", 11_500_000_000
    anggaran["H4"], anggaran["H5"] = "3.000.000.000", 10_000_000
    path = tmp_path / "tw3.xlsx"
    wb.save(path)
    reports = [compute(parse_workbook(read(path)[0])) for read in (read_grids, read_grids_lxml)]
    said = [[(f.severity, f.sheet, f.sel, f.pesan) for f in r.findings] for r in reports]
    assert said[0] == said[1]
    fast = reports[0]
    assert (GALAT, c.SHEET_ANGGARAN, "J4") in [(s, sh, sel) for s, sh, sel, _ in said[0]]
    assert (PERINGATAN, c.SHEET_ANGGARAN, "H6:H19") in [(s, sh, sel) for s, sh, sel, _ in said[0]]
    assert fast.budgets[0].penyerapan is None and fast.total_penyerapan is None
    # P2.01: 8.000.000 in TW II + 10.000.000 in TW III = 18.000.000 of 41.000.000
    assert fast.budgets[1].realisasi == 18_000_000
