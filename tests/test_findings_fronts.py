"""Findings as staff and the Inspektorat read them, from workbooks with many mistakes typed the way
staff type them: one cause said once (not once per row), a check that a neighbouring mistake must
not silence, and the same set in every front end.

The grids are built by hand (tests/test_engine.py's helpers); the Kinerja header is row 1, so data
rows start at 2 and the columns are A Kode ... I Target, J Target Perubahan, K-N Realisasi TW I-IV.
Anggaran: A Kode, B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV.
Pengaturan's extra parameters start at row 7 (title, header, four parameters above them).
"""

from __future__ import annotations

import json
from fractions import Fraction

from click.testing import CliRunner

from lkj_xl.core import contract as c
from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import anggaran_row, kinerja_row, run


def _at(report, sheet, sel, severity=None):
    return [f for f in report.findings if (f.sheet, f.sel) == (sheet, sel) and severity in (None, f.severity)]


def _column(report, sheet, letter):
    """Findings at cells of one column (a single cell or a range of it)."""
    return [
        f for f in report.findings if f.sheet == sheet and f.sel.startswith(letter) and f.sel[1:2].isdigit()
    ]


def _kegiatan(n, tws):
    """``n`` Kegiatan rows under one Sasaran, target 10 (unit), each with the quarters ``tws``."""
    rows = [kinerja_row("S1", "Sasaran", "", "Sasaran", "Ind S", "10", ("2", "3", None, None), satuan="unit")]
    rows += [
        kinerja_row(f"K{i}", "Kegiatan", "S1", f"Kegiatan {i}", f"Ind {i}", "10", tws, satuan="unit")
        for i in range(1, n + 1)
    ]
    return rows


# --- one cause, one finding ----------------------------------------------------------------------
# A TW II report whose staff typed the TW III column too (the next quarter's figures, or Pengaturan's
# Triwulan left at 2): every row said the same peringatan, 41 of them in the example workbook, and the
# galat of the workbook drowned among them.


def test_a_whole_column_after_the_reported_quarter_is_one_peringatan_at_its_range():
    # S1 (row 2) has no TW III; K1..K8 (rows 3-10) each have TW III 1, which is not counted.
    report = run(_kegiatan(8, ("2", "3", "1", None)))
    said = _column(report, "Kinerja", "M")
    assert [(f.severity, f.sel) for f in said] == [(PERINGATAN, "M3:M10")]
    pesan = said[0].pesan
    assert "Realisasi TW III diisi pada 8 indikator" in pesan and "baris 3-10" in pesan
    assert "s.d. Triwulan II" in pesan and "tidak dihitung" in pesan
    # what to do when the report is meant up to TW III: the Triwulan of Pengaturan (row 6)
    assert "Triwulan di sheet Pengaturan (Pengaturan!B6)" in pesan
    # TW III is still left out of every figure: 2 + 3 = 5 of 10 is 50 %
    assert {i.realisasi for i in report.indicators} == {5}


def test_a_few_cells_after_the_reported_quarter_keep_their_own_peringatan():
    # two rows only: each names its indicator at its own cell, as before
    report = run(_kegiatan(2, ("2", "3", "1", None)))
    assert sorted(f.sel for f in _column(report, "Kinerja", "M")) == ["M3", "M4"]
    assert all('"Ind ' in f.pesan for f in _column(report, "Kinerja", "M"))


def test_rows_not_next_to_each_other_are_named_by_their_runs():
    # K1..K6 on rows 3-8; K2 (row 4) and K5 (row 7) leave TW III empty: rows 3, 5-6 and 8 are filled
    rows = _kegiatan(6, ("2", "3", "1", None))
    for i in (2, 5):
        rows[i][c_tw(3)] = None
    rows += [
        kinerja_row("K9", "Kegiatan", "S1", "Kegiatan 9", "Ind 9", "10", ("2", "3", "4", None), satuan="unit")
    ]
    report = run(rows)
    (said,) = _column(report, "Kinerja", "M")
    # rows 3, 5, 6, 8 and K9 on row 9: five cells, the range from the first to the last
    assert said.sel == "M3:M9" and "pada 5 indikator" in said.pesan and "baris 3, 5-6, 8-9" in said.pesan


def c_tw(q):
    """The index of Realisasi TW ``q`` in a kinerja_row list."""
    from lkj_xl.core import contract as c

    return list(c.KINERJA_HEADERS).index(c.REALISASI_TW_HEADERS[q - 1])


def test_the_reported_quarter_left_blank_on_every_row_is_one_peringatan():
    # TW II not typed yet on K1..K6 (rows 3-8), TW I 2 each: realisasi s.d. TW II from TW I alone
    report = run(_kegiatan(6, ("2", None, None, None)))
    said = _column(report, "Kinerja", "L")
    assert [(f.severity, f.sel) for f in said] == [(PERINGATAN, "L3:L8")]
    assert "Realisasi TW II kosong pada 6 indikator" in said[0].pesan and "baris 3-8" in said[0].pesan
    assert "dihitung dari triwulan yang terisi saja" in said[0].pesan


def test_budget_quarters_after_the_reported_one_are_one_peringatan():
    kinerja = [kinerja_row("S1", "Sasaran", "", "Sasaran", "Ind", "10", ("2", "3", None, None))]
    anggaran = [
        anggaran_row(f"P{i}", f"Program {i}", "S1", "1.000", ("100", "100", "50", None)) for i in range(5)
    ]
    report = run(kinerja, anggaran)
    said = _column(report, "Anggaran", "H")
    assert [(f.severity, f.sel) for f in said] == [(PERINGATAN, "H2:H6")]
    assert "Realisasi anggaran TW III diisi pada 5 baris anggaran (baris 2-6)" in said[0].pesan
    # 5 x (100 + 100) = 1.000 of 5 x 1.000 = 5.000: 20 %
    assert report.total_penyerapan == 20


# --- a check that another mistake silenced ------------------------------------------------------


def test_total_pagu_is_still_checked_when_only_a_realisasi_anggaran_cell_is_unreadable():
    # Pagu 1.000.000.000 + 2.500.000.000 = 3.500.000.000; agreed 4.000.000.000: 500.000.000 short.
    # A realisasi typed "belum" is a galat of its own, and says nothing of the pagu.
    kinerja = [kinerja_row("S1", "Sasaran", "", "S", "I", "10", ("5", None, None, None))]
    anggaran = [
        anggaran_row("P1", "A", "S1", "1.000.000.000", ("100.000", "belum", None, None)),
        anggaran_row("P2", "B", "S1", "2.500.000.000", ("100.000", None, None, None)),
    ]
    report = run(kinerja, anggaran, **{"Total Pagu Perjanjian Kinerja": "Rp 4.000.000.000"})
    assert _at(report, "Anggaran", "G2", GALAT)
    (said,) = _at(report, "Pengaturan", "B7", PERINGATAN)
    assert "Rp 3.500.000.000" in said.pesan and "Rp 4.000.000.000" in said.pesan
    assert "kurang Rp 500.000.000" in said.pesan  # 3.500.000.000 - 4.000.000.000 < 0


def test_total_pagu_is_not_checked_when_a_pagu_is_unreadable():
    # the sum would leave the unreadable pagu out: a false alarm; the galat at D3 says it
    kinerja = [kinerja_row("S1", "Sasaran", "", "S", "I", "10", ("5", None, None, None))]
    anggaran = [
        anggaran_row("P1", "A", "S1", "1.000.000.000", ("100.000", None, None, None)),
        anggaran_row("P2", "B", "S1", "2,5 M lebih", ("100.000", None, None, None)),
    ]
    report = run(kinerja, anggaran, **{"Total Pagu Perjanjian Kinerja": "Rp 4.000.000.000"})
    assert _at(report, "Anggaran", "D3", GALAT) and not _at(report, "Pengaturan", "B7")


def test_a_realisasi_far_off_its_target_is_said_beside_a_quarter_after_the_reported_one():
    # Target 2 dokumen; TW II typed "1.250,5" (1250,5: a decimal typed where 1 was meant?), TW III 1
    # typed early. 1250,5 > 10 x 2: the peringatan at the Target cell, whatever TW III says.
    rows = [kinerja_row("S1", "Sasaran", "", "S", "Ind", "2", (None, "1.250,5", "1", None), satuan="dokumen")]
    report = run(rows)
    assert _at(report, "Kinerja", "M2", PERINGATAN)  # TW III, not counted
    (said,) = _at(report, "Kinerja", "I2", PERINGATAN)
    assert "lebih dari 10 kali Target (2)" in said.pesan and "(1.250,5)" in said.pesan


# --- the same set in every front end ------------------------------------------------------------


def test_check_export_and_pemeriksaan_list_the_grouped_finding_alike(tmp_path):
    import openpyxl

    from lkj_xl.cli import main

    path = tmp_path / "tw3-terisi.xlsx"
    wb = openpyxl.load_workbook("workbooks/lkjip-diskopukm-lumajang-tw2-2025.xlsx")
    ws = wb["Kinerja"]  # header on row 3, data rows 4-44; Realisasi TW III is column M
    for row in range(4, 45):
        ws.cell(row, 13).value = 1
    wb.save(path)
    runner = CliRunner()
    check = runner.invoke(main, ["check", str(path)])
    lines = [line for line in check.output.splitlines() if "Kinerja!M" in line]
    assert len(lines) == 1 and "Kinerja!M4:M44" in lines[0] and "pada 41 indikator" in lines[0]
    exported = json.loads(runner.invoke(main, ["export", str(path)]).stdout)
    grouped = [f for f in exported["pemeriksaan"] if f["sel"].startswith("M")]
    assert [(f["sheet"], f["sel"]) for f in grouped] == [("Kinerja", "M4:M44")]
    out = tmp_path / "hasil.xlsx"
    assert runner.invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Pemeriksaan"]
    rows = [
        r
        for r in sheet.iter_rows(min_row=5, values_only=True)
        if r[2] == "Kinerja" and str(r[3]).startswith("M")
    ]
    assert [(r[3], r[4]) for r in rows] == [("M4:M44", grouped[0]["pesan"])]


def test_a_small_target_is_named_with_its_digits_not_as_zero():
    # Target 0,00005 % (Nilai Akhir), realisasi 0,01 %: 0,01 / 0,00005 = 200 times, over 10 times.
    # The peringatan said "Target (0)" (four decimals), which reads as a zero target, itself a galat.
    rows = [
        kinerja_row(
            "S1", "Sasaran", "", "S", "Ind", "0,00005", (None, "0,01", None, None), jenis="Nilai Akhir"
        )
    ]
    report = run(rows)
    assert report.indicators[0].capaian == 20000  # 0,01 / 0,00005 x 100
    (said,) = _at(report, "Kinerja", "I2", PERINGATAN)
    assert "Target (0,00005)" in said.pesan and "(0,01)" in said.pesan


# --- a peringatan where the figure is certainly wrong ---------------------------------------------
# A scale word (ribu, juta, milyar) on a percentage: "2 juta" beside a target of 40 % gave a capaian
# of 2.000.000 / 40 x 100 = 5.000.000 %, Sangat Tinggi, printed, with only "periksa besarnya".


def test_a_scale_word_in_a_percentage_realisasi_is_a_galat_and_no_capaian():
    rows = [
        kinerja_row("S1", "Sasaran", "", "S", "Ind", "40%", (None, "2 juta", None, None), jenis="Nilai Akhir")
    ]
    report = run(rows)
    (ind,) = report.indicators
    assert ind.capaian is None and ind.kriteria is None and ind.galat == ["Kinerja!L2"]
    (said,) = _at(report, "Kinerja", "L2")
    assert said.severity == GALAT and '"2 juta"' in said.pesan and 'Satuan "%"' in said.pesan


def test_a_scale_word_in_a_percentage_target_is_a_galat():
    # Target "40 ribu" (40.000) on a Satuan Persen, realisasi 35: 0,0875 % printed, Sangat Rendah
    rows = [
        kinerja_row("S1", "Sasaran", "", "S", "Ind", "40 ribu", (None, "35", None, None), satuan="Persen")
    ]
    report = run(rows)
    assert report.indicators[0].capaian is None
    (said,) = _at(report, "Kinerja", "L2", GALAT)
    assert '"40 ribu"' in said.pesan and '"35"' in said.pesan and 'Satuan "Persen"' in said.pesan


def test_amounts_in_juta_on_both_sides_keep_their_capaian():
    # both in juta, whatever the Satuan: 250 juta / 1.000 juta = 25 %, no finding of scale
    rows = [kinerja_row("T1", "Tujuan", "", "T", "Ind", "1.000 juta", ("250 juta", None, None, None))]
    report = run(rows, triwulan=1)
    assert report.indicators[0].capaian == 25 and not _at(report, "Kinerja", "K2")


def test_a_scale_word_on_an_amount_stays_a_peringatan():
    # Satuan Rupiah: target "Rp 1,2 M" beside "700.000.000": 700.000.000 / 1.200.000.000 = 58,33 %
    rows = [
        kinerja_row(
            "S1",
            "Sasaran",
            "",
            "S",
            "Ind",
            "Rp 1,2 M",
            (None, "700.000.000", None, None),
            satuan="Rupiah",
            jenis="Nilai Akhir",
        )
    ]
    report = run(rows)
    assert round(report.indicators[0].capaian, 2) == 58.33
    # Changed by the lead's later decision (README "Values", tests/test_skala_sepadan.py): 700.000.000 is
    # 0,58 of Rp 1,2 M as read (without "M" 583 million times): the same magnitude, no peringatan now.
    assert _at(report, "Kinerja", "L2") == []
    # "0,7" typed plain (0,7 M meant): 0,7 of 1.200.000.000 as read, 0,58 of 1,2 without the scale word:
    # the peringatan stays (capaian 0,7 / 1.200.000.000 x 100, as typed)
    rows[0][c.KINERJA_HEADERS.index("Realisasi TW II")] = "0,7"
    report = run(rows)
    assert report.indicators[0].capaian_exact == Fraction(7, 10) / 1_200_000_000 * 100
    assert [f.severity for f in _at(report, "Kinerja", "L2")] == [PERINGATAN]


# --- one name per sheet ---------------------------------------------------------------------------
# A sheet tab typed "KINERJA" or "anggaran " (a trailing space) is found as the contract allows. The
# findings named it two ways: "KINERJA!L3" from reading the cells, "Kinerja!I2" from the computation,
# and "anggaran !A3" was sorted as another sheet, after every other.


def test_a_sheet_named_in_other_case_or_with_a_space_is_named_one_way_and_sorted_by_row():
    from lkj_xl.core.engine import compute
    from lkj_xl.core.model import Cell, in_sheet_order
    from lkj_xl.core.parse import parse_workbook
    from tests.test_engine import workbook

    kinerja = [
        kinerja_row("S1", "Sasaran", "", "S", "Ind a", None, ("2", "3", None, None)),  # I2: target blank
        kinerja_row("S2", "Sasaran", "", "S", "Ind b", "10", ("2", Cell(None, error="#N/A"), None, None)),
    ]
    anggaran = [
        anggaran_row("P1", "A", "S1", "1.000", ("100", "belum", None, None)),  # G2: not a number
        anggaran_row("P1", "B", "S1", "2.000", ("100", None, None, None)),  # A3: P1 repeated
    ]
    grids = workbook(kinerja, anggaran)
    grids = {"Pengaturan": grids["Pengaturan"], "KINERJA": grids["Kinerja"], "anggaran ": grids["Anggaran"]}
    report = compute(parse_workbook(grids))
    cells = [
        (f.sheet, f.sel)
        for f in in_sheet_order(report.findings)
        if f.sheet.strip().casefold() != "pengaturan"
    ]
    assert [x for x in cells if x[1] in ("I2", "L3", "G2", "A3")] == [
        ("Kinerja", "I2"),
        ("Kinerja", "L3"),
        ("Anggaran", "G2"),
        ("Anggaran", "A3"),
    ]
    # the tables' Galat (...) names the cells the same way
    assert report.indicators[1].galat == ["Kinerja!L3"]


# --- a missing parent, said once -----------------------------------------------------------------
# Six Kegiatan rows under Program "P7", a row the sheet does not have (deleted, or typed "P.7"): one
# cause, six galat, one per row.


def _under_missing_parent(n):
    rows = [kinerja_row("S1", "Sasaran", "", "S", "Ind", "10", ("2", "3", None, None), jenis="Nilai Akhir")]
    return rows + [
        kinerja_row(
            f"K{i}", "Kegiatan", "P7", f"K{i}", f"Ind k{i}", "10", ("2", "3", None, None), satuan="unit"
        )
        for i in range(1, n + 1)
    ]


def test_many_rows_naming_one_missing_parent_are_one_galat():
    report = run(_under_missing_parent(6))
    said = _column(report, "Kinerja", "C")
    assert [(f.severity, f.sel) for f in said if "P7" in f.pesan] == [(GALAT, "C3:C8")]
    pesan = next(f.pesan for f in said if "P7" in f.pesan)
    assert (
        'Kode Induk "P7"' in pesan
        and "6 baris (baris 3-8)" in pesan
        and "tidak ada di sheet Kinerja" in pesan
    )
    # Kumulatif 2 + 3 = 5 of 10: each Kegiatan keeps its own capaian (its own cells are sound)
    assert [i.capaian for i in report.indicators[1:]] == [50] * 6


def test_two_rows_naming_a_missing_parent_keep_their_own_galat():
    report = run(_under_missing_parent(2))
    assert sorted(f.sel for f in _column(report, "Kinerja", "C") if "P7" in f.pesan) == ["C3", "C4"]


# --- a word typed in every budget quarter -----------------------------------------------------------
# "belum" typed in Realisasi TW II of every program (no spending recorded yet): one galat per program,
# and the mail and Tabel 3.4's TOTAL listed every cell, "Anggaran!G2, Anggaran!G3, ..., Anggaran!G7".


def _belum_everywhere(n):
    kinerja = [
        kinerja_row("S1", "Sasaran", "", "S", "Ind", "10", ("2", "3", None, None), jenis="Nilai Akhir")
    ]
    anggaran = [
        anggaran_row(f"P{i}", f"Program {i}", "S1", "1.000.000", ("100.000", "belum", None, None))
        for i in range(1, n + 1)
    ]
    return run(kinerja, anggaran)


def test_a_word_in_every_budget_quarter_is_one_galat_and_no_total():
    report = _belum_everywhere(6)
    said = _column(report, "Anggaran", "G")
    assert [(f.severity, f.sel) for f in said] == [(GALAT, "G2:G7")]
    assert '"belum" bukan angka pada 6 baris anggaran (baris 2-7)' in said[0].pesan
    assert said[0].pesan.startswith("Realisasi anggaran TW II ")
    assert report.total_realisasi_anggaran is None and report.total_penyerapan is None
    assert all(b.penyerapan is None for b in report.budgets)


def test_the_mail_and_tabel_3_4_name_a_run_of_cells_as_a_range():
    from lkj_xl.core.tables import realisasi_anggaran
    from lkj_xl.delivery.message import summary_lines

    report = _belum_everywhere(6)
    (line,) = [x for x in summary_lines(report) if x.startswith("Realisasi anggaran")]
    # the run at its range, with its galat's words (test_staff_round9: not all "tidak terbaca")
    assert ": Anggaran!G2:G7: " in line and line.endswith("(lihat sheet Pemeriksaan)"), line
    layout = realisasi_anggaran.layout(report)
    texts = [v for row in layout.rows for v in row if isinstance(v, str) and v.startswith("Galat (")]
    assert "Galat (Anggaran!G2:G7)" in texts  # the TOTAL row's realisasi and persentase


def test_two_cells_stay_listed():
    from lkj_xl.core.findings import galat_status

    assert galat_status(["Anggaran!G2", "Anggaran!G3"]) == "Galat (Anggaran!G2, Anggaran!G3)"
    assert galat_status(["Anggaran!G2", "Anggaran!G3", "Anggaran!G4", "Kinerja!L5", "Anggaran!G9"]) == (
        "Galat (Anggaran!G2:G4, Kinerja!L5, Anggaran!G9)"
    )


# --- an Anggaran sheet not filled yet ---------------------------------------------------------------
# Every Program said "punya indikator tetapi tidak ada baris anggarannya", one by one (16 in the
# example workbook), for one cause: the Anggaran sheet has no rows yet.


def test_programs_without_budget_rows_are_one_peringatan_from_five_on():
    # S1 on row 2, then Program P1..P6 each with a Kegiatan under it: programs on rows 3, 5, 7, 9, 11, 13
    rows = [kinerja_row("S1", "Sasaran", "", "S", "Ind", "10", ("2", "3", None, None), jenis="Nilai Akhir")]
    for i in range(1, 7):
        rows.append(
            kinerja_row(
                f"P{i}",
                "Program",
                "S1",
                f"P{i}",
                f"Ind p{i}",
                "10",
                ("2", "3", None, None),
                jenis="Nilai Akhir",
            )
        )
        rows.append(
            kinerja_row(
                f"K{i}",
                "Kegiatan",
                f"P{i}",
                f"K{i}",
                f"Ind k{i}",
                "10",
                ("2", "3", None, None),
                satuan="unit",
            )
        )
    report = run(rows)
    said = [f for f in report.findings if "baris anggaran" in f.pesan]
    assert [(f.severity, f.sheet, f.sel) for f in said] == [(PERINGATAN, "Kinerja", "A3:A13")]
    assert "6 program (baris 3, 5, 7, 9, 11, 13)" in said[0].pesan and "sheet Anggaran" in said[0].pesan


# --- the same message on many cells of a column -------------------------------------------------------
# A formula filled down a column whose source was deleted: #REF! on every row, one galat per cell (30
# for six indicators and six programs), all worded alike.


def test_one_excel_error_down_a_column_is_one_galat_per_column():
    from lkj_xl.core.model import Cell

    def ref():
        return Cell(None, error="#REF!")

    rows = [kinerja_row("S1", "Sasaran", "", "S", "Ind", "10", ("2", "3", None, None), jenis="Nilai Akhir")]
    rows += [
        kinerja_row(
            f"K{i}", "Kegiatan", "S1", f"K{i}", f"Ind {i}", ref(), (ref(), "3", None, None), satuan="unit"
        )
        for i in range(1, 7)
    ]
    report = run(rows)
    target = _column(report, "Kinerja", "I")
    assert [(f.severity, f.sel) for f in target] == [(GALAT, "I3:I8")]
    assert target[0].pesan.startswith("6 sel (baris 3-8): Target berisi nilai galat Excel #REF!")
    assert [(f.severity, f.sel) for f in _column(report, "Kinerja", "K")] == [(GALAT, "K3:K8")]
    # every indicator still keeps its figure out, naming its own cells
    assert [i.capaian for i in report.indicators[1:]] == [None] * 6
    assert report.indicators[1].galat == ["Kinerja!I3", "Kinerja!K3"]


def test_the_same_message_on_four_cells_stays_at_each():
    from lkj_xl.core.model import Cell

    rows = [
        kinerja_row(
            f"S{i}", "Sasaran", "", "S", f"Ind {i}", Cell(None, error="#REF!"), ("2", None, None, None)
        )
        for i in range(1, 5)
    ]
    assert sorted(f.sel for f in _column(run(rows, triwulan=1), "Kinerja", "I")) == ["I2", "I3", "I4", "I5"]
