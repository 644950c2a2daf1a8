"""A program of Kinerja without an Anggaran row of its own, made from its SIPD Kegiatan rows (README
"Anggaran"), one Kegiatan with a koreksi (a negative amount: "-1.250.000", "(1.250.000)") or a spending
status ("belum", "sementara", "menunggu SP2D") in a counted quarter.

Before the fix the program was not made at all: the Kegiatan stayed rows of their own, counted toward no
Sasaran, so Sasaran S3 (and Tujuan T2) got P3.01's budget alone, 3.578.850.965 / 157.853.500, and an
efisiensi printed from it (35,59 points): figures silently short by P3.02's 82.706.300.

Now: a koreksi is a real negative realisasi; it sums with the other Kegiatan's quarter (a peringatan at
its cell says so). A quarter whose sum is below zero is what a program row's own negative quarter is: a
refund netted while the realisasi s.d. it stays at or above zero, a galat below (the program's realisasi
not computed). A status means the quarter's realisasi is not known yet:
the program is made (its pagu counted toward its Sasaran), its realisasi and every total holding it are
not computed, the galat at the cell kept.

Figures: the seed's Tabel 3.4 (seed ~949-968): P3.01 3.578.850.965 spent 157.853.500 (here TW I
10.000.000 + TW II 147.853.500), P3.02 82.706.300 spent 1.800.000, P3.02 typed only as its two Kegiatan
P3.02.2.01 50.000.000 and P3.02.2.02 32.706.300 (50.000.000 + 32.706.300 = 82.706.300); Sasaran S3
"Kualitas Usaha Mikro" under Tujuan T2, every indicator 40 of 100; TW II. Anggaran's header is row 1:
A Kode, B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV; rows 2-4.
"""

from __future__ import annotations

from fractions import Fraction

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_anggaran import UMKM, anggaran_said, rows_by_header, run_usaha_mikro
from tests.test_engine import anggaran_row

S3_PAGU = Fraction(3_578_850_965 + 82_706_300)  # 3.661.557.265


def _rows(a_tws: tuple, b_tws: tuple) -> list[list]:
    """P3.01 (row 2) and P3.02's two Kegiatan: A (row 3, 50.000.000) and B (row 4, 32.706.300)."""
    return [
        anggaran_row("P3.01", UMKM, None, "3.578.850.965", ("10.000.000", "147.853.500", None, None)),
        anggaran_row("P3.02.2.01", "Pengembangan Kapasitas Usaha Mikro", None, "50.000.000", a_tws),
        anggaran_row("P3.02.2.02", "Pendataan Usaha Mikro", None, "Rp 32.706.300", b_tws),
    ]


def _made(report):
    assert [b.kode for b in report.budgets] == ["P3.01", "P3.02"], [b.kode for b in report.budgets]
    return report.budgets[1]


@pytest.mark.parametrize("koreksi", ["-1.250.000", "(1.250.000)", "Rp -1.250.000", -1_250_000])
def test_a_koreksi_in_a_kegiatan_sums_into_its_program(koreksi):
    # TW II: A 3.050.000, B a koreksi of -1.250.000: 3.050.000 - 1.250.000 = 1.800.000, P3.02's
    # 82.706.300 / 1.800.000 (2,1763...%). S3 and T2: 3.661.557.265 / 157.853.500 + 1.800.000 = 159.653.500,
    # efisiensi 40 - 159.653.500 / 3.661.557.265 x 100.
    report = run_usaha_mikro(_rows((0, "3.050.000", None, None), ("-", koreksi, None, None)))
    made = _made(report)
    assert (made.pagu_exact, made.realisasi_exact) == (82_706_300, 1_800_000)
    assert made.realisasi_tw[:2] == [0, 1_800_000]
    spent = Fraction(159_653_500)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (S3_PAGU, spent)
    for row in report.efisiensi:
        assert (row.pagu, row.realisasi_anggaran) == (S3_PAGU, spent), row
        assert row.efisiensi == float(40 - spent / S3_PAGU * 100), row
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    said = anggaran_said(report, PERINGATAN)["G4"]
    assert "koreksi" in said and "-Rp 1.250.000" in said and "Rp 1.800.000" in said, said
    assert "Rp 1.800.000" in anggaran_said(report, PERINGATAN)["A3"]  # the made program's s.d. TW II


def test_a_koreksi_taking_the_programs_quarter_below_zero_with_the_sd_above_is_a_refund_netted():
    # TW I: A 0, B 2.050.000; TW II: A 1.000.000, B -1.250.000: TW II 1.000.000 - 1.250.000 = -250.000,
    # the quarter's own spending below zero, s.d. TW II 2.050.000 - 250.000 = 1.800.000 at or above zero:
    # a refund netted, as a program row's own (tests/test_refund_netted.py; README Anggaran). Before
    # anggaran50 a galat, the program's realisasi withheld where its own row would have been counted.
    report = run_usaha_mikro(_rows((0, "1.000.000", None, None), ("2.050.000", "-1.250.000", None, None)))
    made = _made(report)
    assert made.pagu_exact == 82_706_300 and made.realisasi_exact == 1_800_000 and not made.galat
    assert "-Rp 250.000" in anggaran_said(report, PERINGATAN)["G4"]


def test_a_koreksi_taking_the_programs_realisasi_sd_below_zero_is_a_galat_not_a_figure():
    # TW I: A 0, B 100.000; TW II: A 1.000.000, B -1.250.000: s.d. TW II 100.000 - 250.000 = -150.000,
    # below zero as a program row's own may not be. P3.02 made (its pagu counted toward S3:
    # 3.661.557.265), its realisasi not computed, nor S3's, T2's or the TOTAL's.
    report = run_usaha_mikro(_rows((0, "1.000.000", None, None), ("100.000", "-1.250.000", None, None)))
    made = _made(report)
    assert made.pagu_exact == 82_706_300 and made.realisasi is None and made.penyerapan is None
    assert report.total_pagu == S3_PAGU and report.total_realisasi_anggaran is None
    for row in report.efisiensi:
        assert row.pagu == S3_PAGU and row.realisasi_anggaran is None and row.efisiensi is None, row
    said = anggaran_said(report, GALAT)
    assert "G4" in said and "-Rp 250.000" in said["G4"] and "P3.02" in said["G4"], said
    assert "bersih -Rp 150.000" in said["G4"], said["G4"]
    assert made.galat == ["Anggaran!G4"]


@pytest.mark.parametrize("status", ["belum", "sementara", "menunggu SP2D", "Belum SP2D"])
def test_a_status_in_a_kegiatan_leaves_the_programs_realisasi_not_computed(status):
    # TW II of B not known yet: P3.02 made (82.706.300 counted toward S3: 3.661.557.265, where it was
    # 3.578.850.965 with P3.01's efisiensi printed), its realisasi not computed: A's 3.050.000 alone is
    # no realisasi of it. The galat stays at B's cell.
    report = run_usaha_mikro(_rows((0, "3.050.000", None, None), (0, status, None, None)))
    made = _made(report)
    assert made.pagu_exact == 82_706_300 and made.realisasi is None and made.penyerapan is None
    assert made.galat == ["Anggaran!G4"]
    assert report.total_pagu == S3_PAGU and report.total_realisasi_anggaran is None
    assert report.total_penyerapan is None
    for row in report.efisiensi:
        assert row.pagu == S3_PAGU and row.realisasi_anggaran is None and row.efisiensi is None, row
    assert status in anggaran_said(report, GALAT)["G4"]
    made_said = anggaran_said(report, PERINGATAN)["A3"]
    assert "Rp 82.706.300" in made_said and "Rp 3.050.000" not in made_said, made_said
    assert "G4" in made_said and "belum dapat dihitung" in made_said, made_said


def test_a_status_in_a_quarter_after_the_reported_one_still_gives_the_figures():
    # "belum" under TW III in a TW II report: not counted (TW I 0 + 0, TW II 3.050.000 - 1.250.000).
    report = run_usaha_mikro(_rows((0, "3.050.000", "belum", None), (0, "(1.250.000)", None, None)))
    made = _made(report)
    assert (made.pagu_exact, made.realisasi_exact) == (82_706_300, 1_800_000)
    assert report.total_realisasi_anggaran == 159_653_500  # 157.853.500 + 1.800.000


def test_a_koreksi_in_a_quarter_after_the_reported_one_is_said_at_its_own_cell():
    # TW IV of B typed "-1.250.000" in a report s.d. TW II: not counted, P3.02's realisasi is TW I-II's,
    # A 1.800.000 + B "-" (nothing) = 1.800.000; S3 157.853.500 + 1.800.000 = 159.653.500. The peringatan
    # that TW IV is typed too early stands at B's TW IV cell (I4), which holds it: it was said at I3, A's
    # TW IV, an empty cell, naming the whole program.
    report = run_usaha_mikro(_rows((0, "1.800.000", None, None), ("-", "-", None, "-1.250.000")))
    made = _made(report)
    assert (made.pagu_exact, made.realisasi_exact) == (82_706_300, 1_800_000)
    assert report.total_realisasi_anggaran == 159_653_500
    said = anggaran_said(report, PERINGATAN)
    assert "I3" not in said, said
    assert "TW IV" in said["I4"] and "P3.02.2.02" in said["I4"] and "tidak dihitung" in said["I4"], said
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)


def test_both_kegiatans_later_quarter_typed_are_said_each_at_its_cell():
    # TW III typed in both Kegiatan of a report s.d. TW II (A 2.000.000, B "belum" is no figure: said
    # nowhere, as in a program row; A's figure at H3): s.d. TW II 0 + 3.050.000 + 0 - 1.250.000 = 1.800.000.
    report = run_usaha_mikro(_rows((0, "3.050.000", "2.000.000", None), (0, "-1.250.000", "belum", None)))
    made = _made(report)
    assert made.realisasi_exact == 1_800_000
    said = anggaran_said(report, PERINGATAN)
    assert "TW III" in said["H3"] and "P3.02.2.01" in said["H3"], said
    assert "H4" not in said and not anggaran_said(report, GALAT), said


def _workbook(tmp_path, b_tws: tuple):
    """`new`'s workbook, filled as staff type (Rp, dots): T2 > S3 > P3.01, P3.02 (TW II 40 of 100 each),
    Anggaran :func:`_rows` with A's TW II 3.050.000 and B's quarters ``b_tws``; the header is row 3 in
    `new`'s sheet, so P3.02.2.02 is row 6."""
    book = tmp_path / "dinas.xlsx"
    runner = CliRunner()
    assert runner.invoke(main, ["new", str(book), "--opd", "Dinas Uji"]).exit_code == 0
    wb = openpyxl.load_workbook(book)
    for row in wb["Pengaturan"].iter_rows(min_row=4):
        row[1].value = {"Tahun": 2025, "Triwulan": 2}.get(row[0].value, row[1].value)
    kinerja = wb["Kinerja"]
    header = [cell.value for cell in kinerja[3]]
    for kode, tingkat, induk in (
        ("T2", "Tujuan", None),
        ("S3", "Sasaran", "T2"),
        ("P3.01", "Program", "S3"),
        ("P3.02", "Program", "S3"),
    ):
        values = {"Kode": kode, "Tingkat": tingkat, "Kode Induk": induk, "Uraian": f"Uraian {kode}"}
        values |= {"Indikator": f"I {kode}", "Satuan": "%", "Target": 100, "Realisasi TW II": 40}
        kinerja.append([values.get(h) for h in header])
    for row in _rows((0, "3.050.000", None, None), b_tws):
        wb["Anggaran"].append(row)
    wb.save(book)
    return book


def test_tabel_3_4_of_the_workbook_shows_the_status_cell_not_a_short_total(tmp_path):
    # build: P3.02's realisasi, the TOTAL's and S3's show the galat of the status cell (Anggaran!G6); the
    # pagu is there: P3.02 82.706.300, TOTAL and S3 3.661.557.265.
    book = _workbook(tmp_path, (0, "menunggu SP2D", None, None))
    assert CliRunner().invoke(main, ["build", str(book)]).exit_code == 0
    wb = openpyxl.load_workbook(book)
    tabel = {
        r[1] or r[0]: r[3:6] for r in wb["Realisasi Anggaran"].iter_rows(min_row=4, values_only=True) if r[0]
    }
    assert tabel["P3.02"] == (82_706_300, "Galat (Anggaran!G6)", "Galat (Anggaran!G6)")
    assert tabel["TOTAL"] == (3_661_557_265, "Galat (Anggaran!G6)", "Galat (Anggaran!G6)")
    efisiensi = [r for r in wb["Efisiensi"].iter_rows(values_only=True) if r[2] == "I S3"]
    assert [r[4:6] for r in efisiensi] == [(3_661_557_265, "Galat (Anggaran!G6)")]


def test_the_rekap_sums_no_partial_realisasi_of_a_made_program_with_a_status(tmp_path):
    # The rekap of the workbook with "menunggu SP2D" in B's TW II: Semua Program lists P3.02 with its pagu
    # 82.706.300 and the galat for its realisasi; the agency's row and the Jumlah row have the pagu
    # 3.578.850.965 + 82.706.300 = 3.661.557.265 and no realisasi, penyerapan or efisiensi (never
    # P3.01's 157.853.500 + A's 3.050.000 = 160.903.500 alone). Exit 1: the workbook's galat counts.
    book = _workbook(tmp_path, (0, "menunggu SP2D", None, None))
    rekap = tmp_path / "rekap.xlsx"
    result = CliRunner().invoke(main, ["rekap", str(book), "-o", str(rekap)])
    assert result.exit_code == 1, result.output
    wb = openpyxl.load_workbook(rekap)
    programs = {r["Kode"]: r for r in rows_by_header(wb["Semua Program"], 1) if r["Kode"]}
    assert (programs["P3.01"]["Pagu (Rp)"], programs["P3.01"]["Realisasi (Rp)"]) == (
        3_578_850_965,
        157_853_500,
    )
    p302 = programs["P3.02"]
    assert (p302["Pagu (Rp)"], p302["Realisasi (Rp)"], p302["Penyerapan (%)"]) == (82_706_300, None, None)
    assert p302["Status"] == "Galat (Anggaran!G6)"
    rows = rows_by_header(wb["Rekap Perangkat Daerah"], 5)
    agency = [r for r in rows if r["Perangkat Daerah"] == "Dinas Uji"]
    jumlah = [r for r in rows if str(r["Perangkat Daerah"]).startswith("Jumlah")]
    assert len(agency) == 1 and len(jumlah) == 1, rows
    for row in (*agency, *jumlah):
        assert row["Pagu (Rp)"] == 3_661_557_265, row
        assert row["Realisasi Anggaran (Rp)"] is None and row["Penyerapan Anggaran (%)"] is None, row
        assert row["Efisiensi (poin persen)"] is None, row


def test_a_koreksi_typed_with_a_word_is_no_figure():
    # "koreksi -1.250.000" is read as no amount (a status): its galat at G4, P3.02 made with its pagu
    # (S3 3.661.557.265), its realisasi not computed; no -1.250.000 or 3.050.000 guessed from it.
    report = run_usaha_mikro(_rows((0, "3.050.000", None, None), (0, "koreksi -1.250.000", None, None)))
    made = _made(report)
    assert made.pagu_exact == 82_706_300 and made.realisasi is None
    assert report.total_pagu == S3_PAGU and report.total_realisasi_anggaran is None
    assert "koreksi -1.250.000" in anggaran_said(report, GALAT)["G4"]


@pytest.mark.parametrize("typed", ["belum", "-1.250.000", "#REF!"])
def test_a_kegiatan_below_its_programs_own_row_leaves_the_programs_figures(typed):
    # P3.02 typed with its own row (row 3: 82.706.300, TW II 1.800.000), its Kegiatan below it (rows 4-5)
    # its rincian: B's TW II "belum", a koreksi or a #REF! changes nothing of P3.02's own figures (as
    # before anggaran45): S3 3.661.557.265 / 157.853.500 + 1.800.000 = 159.653.500; only the #REF! is a
    # galat at its cell (the reader's, wherever it stands).
    rows = _rows((0, "3.050.000", None, None), (0, typed, None, None))
    rows.insert(
        1,
        anggaran_row("P3.02", "PROGRAM PENGEMBANGAN UMKM", None, "82.706.300", (0, "1.800.000", None, None)),
    )
    report = run_usaha_mikro(rows)
    assert [(b.kode, b.pagu_exact, b.realisasi_exact) for b in report.budgets] == [
        ("P3.01", 3_578_850_965, 157_853_500),
        ("P3.02", 82_706_300, 1_800_000),
    ]
    assert (report.total_pagu, report.total_realisasi_anggaran) == (S3_PAGU, 159_653_500)
    assert set(anggaran_said(report, GALAT)) == ({"G5"} if typed == "#REF!" else set())


def test_a_koreksi_beside_a_status_in_its_quarter_is_a_peringatan_not_a_net_below_zero():
    # TW I: A 0, B 2.050.000; TW II: A "belum", B -1.250.000 (s.d. TW II unknown: A's TW II not known).
    # The koreksi is read as such, the program's quarter not computed for A's status (its galat at G3):
    # no "bersih" figure is named at B's cell, A's status being what leaves it unknown
    report = run_usaha_mikro(_rows((0, "belum", None, None), ("2.050.000", "-1.250.000", None, None)))
    assert _made(report).realisasi is None
    said = anggaran_said(report, PERINGATAN)["G4"]
    assert "dibaca sebagai koreksi, tetapi" in said and "bersih" not in said, said
    assert "G4" not in anggaran_said(report, GALAT), anggaran_said(report, GALAT)
