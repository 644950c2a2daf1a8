"""Cells typed the way agency staff type them (third round): where a figure came out wrong, or a
galat or peringatan was missing, without a word.

Expected figures are worked out by hand (exact arithmetic) in the comment beside them.
"""

from __future__ import annotations

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import anggaran_row, kinerja_row, run


def _findings(report, sheet, sel, severity):
    return [f for f in report.findings if (f.sheet, f.sel, f.severity) == (sheet, sel, severity)]


# --- a no-data mark where the target belongs ------------------------------------------------------------


@pytest.mark.parametrize("typed", ["-", "–", "N/A", "n/a", "--"])
def test_no_data_mark_as_target_is_a_galat_with_its_finding(typed):
    # Target typed "-" (no data) with TW I 10, TW II 10: no capaian can be computed, and the tables said
    # "Galat (Kinerja!I2)" while Pemeriksaan listed nothing at I2 and `check` said "0 galat" (exit 0):
    # the galat must be a finding at its cell, so that check fails and staff see why.
    report = run([kinerja_row("T1", "Tujuan", "", "T", "P", typed, (10, 10, None, None))])
    ind = report.indicators[0]
    assert ind.capaian is None and ind.galat == ["Kinerja!I2"], ind
    (finding,) = _findings(report, "Kinerja", "I2", GALAT)
    assert f'"{typed}"' in finding.pesan and "Target" in finding.pesan, finding.pesan


@pytest.mark.parametrize("typed", ["-", "–", "N/A", "--"])
def test_no_data_mark_as_target_perubahan_leaves_the_target(typed):
    # Target Perubahan "-" already meant "no change": Target 40 applies. The other no-data marks ("–" an
    # en dash Word's autocorrect makes, "N/A") were taken as a Target Perubahan and gave a galat without
    # a finding. Target 40, TW I 10 + TW II 10 = 20 (Kumulatif): capaian 20 / 40 x 100 = 50 exactly.
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 40, (10, 10, None, None), target_perubahan=typed)]
    report = run(rows)
    ind = report.indicators[0]
    assert ind.capaian == 50 and not ind.galat and ind.target == 40, ind
    assert not [f for f in report.findings if f.severity == GALAT], report.findings


# --- a total row staff type inside the Anggaran data -----------------------------------------------------

_PROGRAMS = [
    anggaran_row("P1", "Program satu", "T1", "1.000.000", ("400.000", None, None, None)),
    anggaran_row("P2", "Program dua", "T1", "3.000.000", ("600.000", None, None, None)),
]


@pytest.mark.parametrize(
    ("kode", "program"),
    [
        ("JUMLAH", None),  # "JUMLAH" in a cell merged across Kode..Kode Sasaran: the value is in Kode
        ("TOTAL", ""),
        ("Jumlah Total", None),
        (None, "JUMLAH"),  # Kode left blank, the label under Program
        ("", "Total Anggaran"),
        (None, "Sub Total"),
        ("JML", None),  # the usual abbreviation
        (None, "Jml. Anggaran :"),
    ],
)
def test_a_total_row_typed_in_anggaran_is_not_counted_as_a_program(kode, program):
    # P1 1.000.000 (spent 400.000) and P2 3.000.000 (spent 600.000), then the staff's own total row
    # 4.000.000 / 1.000.000. Counted as a program it doubled Tabel 3.4's TOTAL (8.000.000 pagu) with a
    # mere "not in Kinerja" peringatan. The programs alone: pagu 1.000.000 + 3.000.000 = 4.000.000,
    # realisasi 400.000 + 600.000 = 1.000.000, penyerapan 1.000.000 / 4.000.000 x 100 = 25 exactly.
    # The total row is pointed out (a peringatan, not a galat: nothing is left uncomputed).
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 100, (None, 50, None, None))]
    total = anggaran_row(kode, program, None, "4.000.000", ("1.000.000", None, None, None))
    report = run(rows, [*_PROGRAMS, total])
    assert [b.kode for b in report.budgets] == ["P1", "P2"]
    assert report.total_pagu == 4_000_000 and report.total_realisasi_anggaran == 1_000_000
    assert report.total_penyerapan == 25
    assert not [f for f in report.findings if f.severity == GALAT], report.findings
    (finding,) = [f for f in report.findings if f.sheet == "Anggaran" and f.sel.endswith("4")]
    assert finding.severity == PERINGATAN and "jumlah" in finding.pesan.casefold(), finding.pesan
    assert "tidak dihitung" in finding.pesan, finding.pesan


def test_a_program_named_like_a_total_is_still_a_program():
    # "Program Penunjang ..." or a program whose name only contains "jumlah" is an ordinary row: the
    # three rows sum to 1.000.000 + 3.000.000 + 2.000.000 = 6.000.000.
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 100, (None, 50, None, None))]
    other = anggaran_row("P3", "Program peningkatan jumlah wirausaha", "T1", "2.000.000")
    report = run(rows, [*_PROGRAMS, other])
    assert report.total_pagu == 6_000_000


# --- a program whose Kode Sasaran names no Sasaran -------------------------------------------------------


@pytest.mark.parametrize(("kode_sasaran", "why"), [("S9", "tidak ada"), ("P1", "bukan Sasaran")])
def test_a_budget_counted_toward_no_sasaran_leaves_every_sasaran_budget_unknown(kode_sasaran, why):
    # T1 > S1, S2 (each 50 of 100: capaian 50). P1 (pagu 1.000.000, spent 100.000) counts toward S1; P2
    # (1.000.000, spent 500.000) names Kode Sasaran "S9", which does not exist (or "P1", a Program). P2
    # was meant for one of the Sasaran, which one is unknown: S1's penyerapan from P1 alone
    # (100.000 / 1.000.000 = 10 %, efisiensi 50 - 10 = 40 points, "Efisien") is a partial figure shown
    # as whole if P2 was S1's. No Sasaran/Tujuan budget figure is given; each names Anggaran!C3.
    # The programs' own figures and Tabel 3.4's totals do not depend on the mapping: P2 500.000 /
    # 1.000.000 = 50 %; total 2.000.000, spent 600.000, 600.000 / 2.000.000 = 30 %.
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "t", 100, (None, 50, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "S", "s1", 100, (None, 50, None, None)),
        kinerja_row("S2", "Sasaran", "T1", "S", "s2", 100, (None, 50, None, None)),
        kinerja_row("P1", "Program", "S1", "P", "p1", 100, (None, 50, None, None)),
    ]
    budgets = [
        anggaran_row("P1", "Program satu", "S1", "1.000.000", ("100.000", None, None, None)),
        anggaran_row("P2", "Program dua", kode_sasaran, "1.000.000", ("500.000", None, None, None)),
    ]
    report = run(rows, budgets)
    for row in report.efisiensi:
        assert row.penyerapan is None and row.efisiensi is None and row.pagu is None, row
        assert "Anggaran!C3" in row.galat_anggaran and "Anggaran!C3" in row.galat_pagu, row
    assert [b.penyerapan for b in report.budgets] == [10, 50]
    assert (report.total_pagu, report.total_realisasi_anggaran, report.total_penyerapan) == (
        2_000_000,
        600_000,
        30,
    )
    (finding,) = _findings(report, "Anggaran", "C3", GALAT)
    assert why in finding.pesan, finding.pesan
    # The note under Tabel 3.3 named C3 as a cell that "cannot be read"; it is read, its code names no
    # Sasaran: the note sends the reader to the finding instead.
    assert all("tidak dapat dibaca." not in row.catatan for row in report.efisiensi), report.efisiensi
    assert all("Anggaran!C3" in row.catatan and "Pemeriksaan" in row.catatan for row in report.efisiensi)


# --- rows staff hide (or an AutoFilter filters out) -------------------------------------------------------


def _hidden_rows_book(path, *, autofilter: bool):
    """The template with three Sasaran indicators and two programs; Kinerja row 5 (indicator "dua")
    and Anggaran row 5 (program P2) hidden as staff hide a dropped indicator: by hand, or filtered
    out by an AutoFilter (Excel stores both as hidden rows)."""
    import openpyxl

    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook

    def row(indikator, tw2):
        return {"Kode": "S1", "Tingkat": "Sasaran", "Uraian": "Sasaran satu", "Indikator": indikator}, {
            "Satuan": "%",
            "Target": "100",
            "Realisasi TW II": tw2,
        }

    kinerja = [{**a, **b} for a, b in (row("satu", "80"), row("dua", "20"), row("tiga", "90"))]
    anggaran = [
        {"Kode": "P1", "Program": "Program satu", "Kode Sasaran": "S1", "Pagu": "1.000.000"},
        {"Kode": "P2", "Program": "Program dua", "Kode Sasaran": "S1", "Pagu": "3.000.000"},
    ]
    for item, spent in zip(anggaran, ("400.000", "600.000")):
        item["Realisasi TW II"] = spent
    settings = {c.P_PEMDA: "Kabupaten Contoh", c.P_OPD: "Dinas Contoh", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(path, pengaturan=settings, kinerja=kinerja, anggaran=anggaran)
    wb = openpyxl.load_workbook(path)
    for name in ("Kinerja", "Anggaran"):
        ws = wb[name]
        ws.row_dimensions[5].hidden = True
        if autofilter:
            ws.auto_filter.ref = f"A3:{ws.cell(3, ws.max_column).column_letter}{ws.max_row}"
    wb.save(path)


@pytest.mark.parametrize("autofilter", [False, True])
@pytest.mark.parametrize("reader", ["read_grids", "read_grids_lxml"])
def test_hidden_rows_are_counted_and_pointed_out(tmp_path, autofilter, reader):
    # Kinerja rows 4-6 (indicators satu, dua, tiga: 80, 20, 90 of 100) with row 5 hidden. Excel's own
    # SUM counts hidden rows and nothing in the workbook says "dropped", so the row is counted:
    # S1's capaian (80 + 20 + 90) / 3 = 63,33... (Rendah); without it (80 + 90) / 2 = 85 (Tinggi). A
    # figure that differs from what the staff see on screen, without a word, is what the peringatan at
    # the hidden row's cell prevents. Anggaran row 5 (P2) likewise: total 1.000.000 + 3.000.000 =
    # 4.000.000, spent 400.000 + 600.000 = 1.000.000.
    from fractions import Fraction

    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from lkj_xl.xlsx import read

    path = tmp_path / "laporan.xlsx"
    _hidden_rows_book(path, autofilter=autofilter)
    grids, names = getattr(read, reader)(path)
    report = compute(parse_workbook(grids, names))
    (node,) = [n for n in report.roots if n.kode == "S1"]
    assert node.capaian_exact == Fraction(80 + 20 + 90, 3)
    assert report.total_pagu == 4_000_000 and report.total_realisasi_anggaran == 1_000_000
    for sheet in ("Kinerja", "Anggaran"):
        (finding,) = _findings(report, sheet, "A5", PERINGATAN)
        assert "disembunyikan" in finding.pesan and "dihitung" in finding.pesan, finding.pesan


def test_consecutive_hidden_rows_are_one_finding():
    # Rows 3-4 hidden, row 5 shown, row 6 hidden: two findings, A3:A4 and A6.
    from lkj_xl.core.model import HiddenRow
    from tests.test_engine import workbook

    rows = [kinerja_row("T1", "Tujuan", "", "T", f"i{n}", 100, (None, 50, None, None)) for n in range(5)]
    book = workbook(rows)
    grid = book["Kinerja"]
    for index in (2, 3, 5):  # 0-based: Excel rows 3, 4 and 6
        grid[index] = HiddenRow(grid[index])
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook

    report = compute(parse_workbook(book))
    sels = [f.sel for f in report.findings if f.sheet == "Kinerja" and f.severity == PERINGATAN]
    assert sels == ["A3:A4", "A6"], report.findings


# --- what the Target and quarter columns show for a cell that cannot be read --------------------------------


@pytest.mark.parametrize(
    # ("0" was here: a zero target is a figure read, printed as 0 beside its realisasi, only its
    # capaian a galat; test_a_zero_target_is_printed_as_its_figure below, tests/test_target_nol_figures.py)
    "typed",
    ["lihat lampiran", "#REF!", "1.282,684,40 juta", "≥ 90", None, "error"],
)
def test_an_unusable_target_shows_galat_in_the_target_column(typed):
    # Target "#REF!" (an Excel error, or the text as typed) or "1.282,684,40 juta" was printed in the
    # Target column of Tabel 3.1/3.2 as typed: an Excel error in a signed table, or a figure a reader
    # takes for a target (1.282,684 juta, 90). The cell cannot be used; like the realisasi and capaian
    # beside it, the column names it: Galat (Kinerja!I2). So does the narrative, which said
    # "ditargetkan ... sebesar #REF!".
    from lkj_xl.core.kalimat import hasil_kalimat
    from lkj_xl.core.model import Cell
    from lkj_xl.core.tables import capaian_tujuan_sasaran as tabel

    target = Cell(None, error="#REF!") if typed == "error" else typed
    report = run([kinerja_row("T1", "Tujuan", "", "T", "P", target, (10, 10, None, None))])
    (ind,) = report.indicators
    cells = tabel.indicator_cells(ind)
    assert cells[2] == "Galat (Kinerja!I2)", cells
    sentence = hasil_kalimat(ind, report.settings)
    assert "sebesar" not in sentence and "Kinerja!I2" in sentence, sentence


def test_a_zero_target_is_printed_as_its_figure():
    # Target "0" (Positif) reads fine: the column prints 0 and the realisasi s.d. TW II 10 + 10 = 20
    # (Kumulatif, the default) beside it; the capaian, which divides by the target, names the cell.
    from lkj_xl.core.tables import capaian_tujuan_sasaran as tabel

    report = run([kinerja_row("T1", "Tujuan", "", "T", "P", "0", (10, 10, None, None))])
    (ind,) = report.indicators
    cells = tabel.indicator_cells(ind)
    assert (cells[2], cells[7], cells[8]) == (0, 20, "Galat (Kinerja!I2)"), cells


def test_an_unreadable_quarter_shows_galat_in_its_column():
    # TW II typed "12,3,4" was printed as typed in Tabel 3.1's TW II column, which a reader takes for
    # 12,3; the cell cannot be read: Galat (Kinerja!L2), as in the realisasi s.d. and capaian columns.
    from lkj_xl.core.tables import capaian_tujuan_sasaran as tabel

    report = run([kinerja_row("T1", "Tujuan", "", "T", "P", 40, (10, "12,3,4", None, None))])
    cells = tabel.indicator_cells(report.indicators[0])
    assert cells[3:5] == [10, "Galat (Kinerja!L2)"], cells


# --- figures shown with the decimals that make the capaian shown recomputable --------------------------------


@pytest.mark.parametrize(
    ("target", "tw1", "decimals", "shown_target", "shown_realisasi"),
    [
        # 36,0016 / 40 x 100 = 90,004 exactly: Sangat Tinggi (> 90). At 2 decimals the row read 36,00 of
        # 40,00, which a reader recomputes to 36 / 40 = 90,00, Tinggi. At 3: 36,002 / 40 = 90,005,
        # Sangat Tinggi, as the kriteria shown, but not the capaian shown, 90,004 (its 3 decimals:
        # capaian_decimals). (decimals44: was 3, "40,000%", "36,002%"; the figures now recompute the
        # capaian printed.) At 4: 36,0016 / 40 = 90,004 exactly, the capaian shown. The target typed 40
        # shows the report's 2 decimals (output63: was 40,0000, zeros that change nothing recomputed).
        (40, "36,0016", 4, "40,00%", "36,0016%"),
        # 2,99999 / 3 x 100 = 99,99966...: below 100 %. Rounded to 2, 3 or 4 decimals 2,99999 is 3,
        # which gives exactly 100 %; at 5 decimals 2,99999 / 3 stays below 100 (the target typed 3: 3,00).
        (3, "2,99999", 5, "3,00%", "2,99999%"),
        # 36,04 / 40 = 90,1: far from the edge, the usual 2 decimals.
        (40, "36,04", 2, "40,00%", "36,04%"),
        # whole figures: no decimals at all (29 / 40 = 72,5).
        (40, 29, 0, "40%", "29%"),
    ],
)
def test_target_and_realisasi_show_the_decimals_their_capaian_needs(
    tmp_path, target, tw1, decimals, shown_target, shown_realisasi
):
    from lkj_xl.core.formulas import figure_decimals
    from lkj_xl.core.kalimat import angka_indikator

    report = run([kinerja_row("T1", "Tujuan", "", "T", "P", target, (tw1, "-", None, None))])
    (ind,) = report.indicators
    assert figure_decimals(ind, report.settings.skala) == decimals
    figures = angka_indikator(ind, report.settings, tabel=True)  # as Tabel 3.1's row
    assert (figures.target, figures.realisasi) == (shown_target, shown_realisasi), figures
    # a sentence: the target as typed (tampilan61: 40, 3, never 40,0000), the realisasi as the row
    figures = angka_indikator(ind, report.settings)
    assert (figures.target, figures.realisasi) == (f"{target}%", shown_realisasi), figures


def test_tabel_3_1_formats_the_figures_with_the_decimals_their_capaian_needs(tmp_path):
    # The built sheet: 36,0016 of 40 (see above) is formatted with 4 decimals in TW I and Realisasi
    # s.d. columns (decimals44: was 3, whose 36,002 / 40 = 90,005 is not the 90,004 shown); the Target
    # typed 40 with the report's 2 (output63: was 4, 40,0000); its capaian 90,004 with 3 as before.
    from tests.helpers_staff import built_new_workbook, row_of

    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan satu", "Indikator": "Dekat batas"}
        | {"Satuan": "%", "Target": 40, "Realisasi TW I": "36,0016", "Realisasi TW II": "-"}
    ]
    wb = built_new_workbook(tmp_path, kinerja)
    row = row_of(wb["Capaian Tujuan Sasaran"], "Dekat batas")
    target, tw1, sd, capaian = row[4], row[5], row[9], row[10]
    assert sd.value == pytest.approx(36.0016) and capaian.value == pytest.approx(90.004)
    for cell in (tw1, sd):
        assert cell.number_format.endswith("#,##0.0000"), (cell.coordinate, cell.number_format)
    assert target.number_format.endswith("#,##0.00"), target.number_format
    assert capaian.number_format.endswith("#,##0.000"), capaian.number_format


# --- a percentage written with an English decimal point ------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "tw2", "cell", "read", "meant"),
    [
        # "99.500" is 99.500 by the README's rule (a dot groups thousands): TW II 99.500 of a target 100
        # gives a capaian of 99.500 / 100 x 100 = 99.500 %, Sangat Tinggi, without a word. Written
        # the English way it means 99,5 %: pointed out at L2, the figure read as written.
        ("100", "99.500", "L2", 99_500, "99,5"),
        # Target "85.000" (85 %): 80 / 85.000 x 100 = 0,094... %, Sangat Rendah; meant 85.
        ("85.000", "80", "I2", 85_000, "85"),
        ("100", "1.250%", "L2", 1_250, "1,25"),
    ],
)
def test_a_percentage_with_thousands_dots_is_pointed_out(target, tw2, cell, read, meant):
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", target, ("-", tw2, None, None), satuan="Persen")]
    report = run(rows)
    ind = report.indicators[0]
    assert read in (ind.target, ind.realisasi), ind
    (finding,) = _findings(report, "Kinerja", cell, PERINGATAN)
    assert meant in finding.pesan and "koma" in finding.pesan, finding.pesan


@pytest.mark.parametrize(
    ("satuan", "target", "tw2"),
    [
        ("Unit", "4.000", "3.500"),  # a count: thousands are thousands
        ("Persen", "100", "99,5"),  # a decimal comma: nothing to say
        ("Persen", "100", "1.000,5"),  # a thousands dot beside a decimal comma: written the Indonesian way
        ("Persen", "100", 1250),  # a number cell is what Excel holds
    ],
)
def test_thousands_dots_elsewhere_are_not_pointed_out(satuan, target, tw2):
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", target, ("-", tw2, None, None), satuan=satuan)]
    report = run(rows)
    assert not [f for f in report.findings if f.severity == PERINGATAN and "koma" in f.pesan], report.findings


# --- a budget row left out for its Kode: no total or Sasaran figure without it -------------------------------


def _two_sasaran():
    return [
        kinerja_row("T1", "Tujuan", "", "T", "t", 100, (None, 50, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "S", "s1", 100, (None, 50, None, None)),
        kinerja_row("S2", "Sasaran", "T1", "S", "s2", 100, (None, 50, None, None)),
    ]


@pytest.mark.parametrize(
    ("kode", "kode_sasaran", "why", "s2_known"),
    [
        ("P1", "S1", "ganda", True),  # P1 again: a second program row under one code (per kegiatan?)
        (None, "S1", "kosong", True),  # a program typed without its Kode
        (None, None, "kosong", False),  # ... nor its Kode Sasaran: meant for some Sasaran, unknown which
    ],
)
def test_a_budget_row_left_out_for_its_kode_leaves_the_totals_unknown(kode, kode_sasaran, why, s2_known):
    # P1 (S1) 1.000.000 spent 100.000; row 3 holds 2.000.000 spent 500.000 but its Kode is P1 again or
    # blank, so it is not counted (a galat at A3); P2 (S2) 1.000.000 spent 300.000. Tabel 3.4's TOTAL
    # was 2.000.000 / 400.000 = 20 % and S1's penyerapan 10 %, partial figures shown as whole: the row
    # is listed with Galat (Anggaran!A3), the totals and S1 (and T1, which adds S1) are unknown. S2
    # keeps 300.000 / 1.000.000 = 30 % when row 3 says it counts toward S1.
    budgets = [
        anggaran_row("P1", "Program satu", "S1", "1.000.000", (None, "100.000", None, None)),
        anggaran_row(kode, "Program tiga", kode_sasaran, "2.000.000", (None, "500.000", None, None)),
        anggaran_row("P2", "Program dua", "S2", "1.000.000", (None, "300.000", None, None)),
    ]
    report = run(_two_sasaran(), budgets)
    row3 = report.budgets[1]
    assert (row3.pagu, row3.realisasi, row3.penyerapan, row3.galat) == (None, None, None, ["Anggaran!A3"])
    assert report.total_pagu is None and report.total_realisasi_anggaran is None
    assert report.total_penyerapan is None and "Anggaran!A3" in report.galat_anggaran
    rows = {row.kode: row for row in report.efisiensi}
    for kode_node in ("T1", "S1"):
        assert rows[kode_node].penyerapan is None and "Anggaran!A3" in rows[kode_node].galat_anggaran
    assert (rows["S2"].penyerapan == 30) is s2_known, rows["S2"]
    (finding,) = _findings(report, "Anggaran", "A3", GALAT)
    assert why in finding.pesan, finding.pesan


def test_a_heading_row_without_figures_leaves_the_totals_alone():
    # A section heading typed in Program with no Kode and no figure is no budget: the galat at A2 says
    # the Kode is empty, and the totals are those of P1 and P2: 2.000.000, spent 400.000, 20 %.
    budgets = [
        anggaran_row(None, "PROGRAM PENUNJANG", None, None),
        anggaran_row("P1", "Program satu", "S1", "1.000.000", (None, "100.000", None, None)),
        anggaran_row("P2", "Program dua", "S2", "1.000.000", (None, "300.000", None, None)),
    ]
    report = run(_two_sasaran(), budgets)
    assert [b.kode for b in report.budgets] == ["P1", "P2"]
    assert (report.total_pagu, report.total_realisasi_anggaran, report.total_penyerapan) == (
        2_000_000,
        400_000,
        20,
    )


# --- a Kode Induk that links a budget to no Sasaran ----------------------------------------------------------


def _in_seconds(seconds, function):
    """``function()``, failing the test instead of hanging when it runs longer than ``seconds``."""
    import signal

    def stop(*_):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        return function()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_kode_induk_cycle_under_a_budget_does_not_hang():
    # Program P1 typed under Kegiatan K1 and K1 under P1 (a cycle; a galat at P1's Kode Induk). The
    # budget row of P1, Kode Sasaran blank, looked for P1's Sasaran by following Kode Induk round the
    # cycle for ever: `lkj-xl build` never finished. Within a few seconds: the cycle's galat, and the
    # budget, meant for a Sasaran it cannot reach, is a galat for every Sasaran/Tujuan (S1 here).
    rows = [
        kinerja_row("S1", "Sasaran", "", "S", "s1", 100, (None, 50, None, None)),
        kinerja_row("P1", "Program", "K1", "P", "p1", 100, (None, 50, None, None)),
        kinerja_row("K1", "Kegiatan", "P1", "K", "k1", 100, (None, 50, None, None)),
    ]
    budgets = [anggaran_row("P1", "Program satu", None, "1.000", (None, "100", None, None))]
    report = _in_seconds(10, lambda: run(rows, budgets))
    assert [f for f in report.findings if f.severity == GALAT and "siklus" in f.pesan], report.findings
    (s1,) = report.efisiensi
    assert s1.penyerapan is None and s1.galat_anggaran, s1


@pytest.mark.parametrize(("induk", "cell"), [("T 1", "C4"), ("S2", "C4")])
def test_a_sasaran_cut_from_its_tujuan_leaves_the_tujuan_budget_unknown(induk, cell):
    # S2's Kode Induk "T 1" names no node (or S2 itself): a galat at C4, and S2 stands alone. T1's
    # budget is the sum of its Sasaran: S1's alone (P1 100 of 1.000 = 10 %) was shown as T1's whole
    # budget, S2's 900 of 1.000 (meant for T1, which it names) left out. T1's budget figures are
    # unknown, naming Kinerja!C4; S1 keeps 100 / 1.000 = 10 % and S2 900 / 1.000 = 90 %.
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "t", 100, (None, 50, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "S", "s1", 100, (None, 50, None, None)),
        kinerja_row("S2", "Sasaran", induk, "S", "s2", 100, (None, 50, None, None)),
        kinerja_row("P1", "Program", "S1", "P", "p1", 100, (None, 50, None, None)),
        kinerja_row("P2", "Program", "S2", "P", "p2", 100, (None, 50, None, None)),
    ]
    budgets = [
        anggaran_row("P1", "Program satu", None, "1.000", (None, "100", None, None)),
        anggaran_row("P2", "Program dua", None, "1.000", (None, "900", None, None)),
    ]
    report = run(rows, budgets)
    rows_by_kode = {row.kode: row for row in report.efisiensi}
    t1 = rows_by_kode["T1"]
    assert t1.pagu is None and t1.penyerapan is None and f"Kinerja!{cell}" in t1.galat_anggaran, t1
    assert rows_by_kode["S1"].penyerapan == 10 and rows_by_kode["S2"].penyerapan == 90
    assert _findings(report, "Kinerja", cell, GALAT)


def test_a_program_cut_from_its_sasaran_leaves_every_sasaran_budget_unknown():
    # Program P2's Kode Induk "S 2" names no node (a galat at C5) and its budget row leaves Kode Sasaran
    # blank (the program's parent): it was meant for a Sasaran, which one is unknown. S1 and S2 each
    # showed a budget without it (S2 none at all); every Sasaran/Tujuan budget figure names Kinerja!C5.
    rows = [
        kinerja_row("S1", "Sasaran", "", "S", "s1", 100, (None, 50, None, None)),
        kinerja_row("S2", "Sasaran", "", "S", "s2", 100, (None, 50, None, None)),
        kinerja_row("P1", "Program", "S1", "P", "p1", 100, (None, 50, None, None)),
        kinerja_row("P2", "Program", "S 2", "P", "p2", 100, (None, 50, None, None)),
    ]
    budgets = [
        anggaran_row("P1", "Program satu", None, "1.000", (None, "100", None, None)),
        anggaran_row("P2", "Program dua", None, "1.000", (None, "900", None, None)),
    ]
    report = run(rows, budgets)
    for row in report.efisiensi:
        assert row.penyerapan is None and "Kinerja!C5" in row.galat_anggaran, row
    assert report.total_penyerapan == 50  # (100 + 900) / (1.000 + 1.000) x 100: Tabel 3.4 needs no Sasaran


# --- a percentage typed where a rupiah amount belongs ---------------------------------------------------------


@pytest.mark.parametrize(
    ("pagu", "tw1", "cell"),
    [
        ("1.000.000", "25%", "F2"),  # the penyerapan typed in the realisasi column
        ("1.000.000", "25 %", "F2"),
        ("100%", "500.000", "D2"),
    ],
)
def test_a_percentage_typed_as_a_rupiah_amount_is_galat(pagu, tw1, cell):
    # "25%" in Realisasi TW I was read as 25 rupiah: penyerapan 25 / 1.000.000 x 100 = 0,0025 % without
    # a word (and a Pagu "100%" as Rp 100). A percentage is no amount of money: a galat at the cell, and
    # no penyerapan from it.
    rows = [kinerja_row("S1", "Sasaran", "", "S", "s1", 100, (None, 50, None, None))]
    budgets = [anggaran_row("P1", "Program satu", "S1", pagu, (tw1, None, None, None))]
    report = run(rows, budgets)
    (budget,) = report.budgets
    assert budget.penyerapan is None and budget.galat == [f"Anggaran!{cell}"], budget
    (finding,) = _findings(report, "Anggaran", cell, GALAT)
    assert "%" in finding.pesan and "rupiah" in finding.pesan, finding.pesan


def test_excel_id_csv_shows_the_figures_with_the_decimals_their_capaian_needs():
    # The Excel-id CSV shows what the sheets show: 36,0016 of 40 (capaian 90,004, Sangat Tinggi) as
    # 36,0016 of 40,0000 (= 90,004, the capaian shown), not 36,00 of 40 (90,00, Tinggi) nor 36,002 of
    # 40,000 (90,005: the kriteria shown but not the capaian; decimals44 changed it from 36,002). The
    # target typed 40 as 40,00 (output63: was 40,0000, as the sheet then showed it).
    from tests.helpers_staff import csv_rows

    report = run([kinerja_row("T1", "Tujuan", "", "T", "P", 40, (None, "36,0016", None, None))])
    (row,) = csv_rows(report, "indikator")
    assert (row["target"], row["realisasi_tw2"], row["realisasi"]) == ("40,00", "36,0016", "36,0016"), row
    assert (row["capaian"], row["kriteria"]) == ("90,004", "Sangat Tinggi"), row


def test_the_efisiensi_sentence_names_the_unreadable_cell_once_in_words():
    # 3.2.2 read "... belum dapat dihitung karena capaian kinerjanya tidak dihitung (Galat
    # (Kinerja!I4))": the status pasted in brackets inside brackets. It names the cell in words now.
    # S1's Target typed "12,3,4" (column I, row 3 of test_engine's grid: the header on row 1, T1 on
    # row 2): capaian unknown; its program's pagu 1.000 and realisasi 500 give penyerapan 50 %.
    from lkj_xl.core.analisis_efisiensi import efisiensi_kalimat

    report = run(
        [
            kinerja_row("T1", "Tujuan", None, "Tujuan", "Indikator T", 100, (90, None, None, None)),
            kinerja_row("S1", "Sasaran", "T1", "Sasaran", "Indikator S", "12,3,4", (50, None, None, None)),
            kinerja_row("P1", "Program", "S1", "Program", "Indikator P", 100, (50, None, None, None)),
        ],
        [anggaran_row("P1", "Program", "S1", 1000, (500, None, None, None))],
        triwulan=1,
    )
    (row,) = [r for r in report.efisiensi if r.kode == "S1"]
    sentence = efisiensi_kalimat(row, report.settings)
    assert "(Galat (" not in sentence, sentence
    assert "terdapat galat pada sel Kinerja!I3 sehingga capaian kinerjanya tidak dihitung" in sentence
    assert "penyerapan anggaran sebesar 50,00%" in sentence


@pytest.mark.parametrize(
    ("tingkat", "uraian", "named"),
    [
        # Staff paste the label into the Uraian (seed line 419: "Tujuan 2 Meningkatnya investasi
        # inklusif"): the sentences read "Tujuan Tujuan 2 ...".
        ("Tujuan", "Tujuan 2 Meningkatnya investasi inklusif", "Tujuan 2 Meningkatnya investasi inklusif"),
        ("Sasaran", "SASARAN 1: Meningkatnya kualitas koperasi", "SASARAN 1: Meningkatnya kualitas koperasi"),
        # Only the whole word: "Sasaran" is not the start of "Sasarannya".
        ("Sasaran", "Sasarannya koperasi sehat", "Sasaran Sasarannya koperasi sehat"),
        ("Tujuan", "Meningkatnya ekonomi", "Tujuan Meningkatnya ekonomi"),
    ],
)
def test_a_node_is_named_once_in_the_sentences(tingkat, uraian, named):
    from lkj_xl.core.analisis_efisiensi import efisiensi_kalimat

    kinerja = [
        kinerja_row("T1", "Tujuan", None, "Tujuan", "Indikator T", 100, (90, None, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "Sasaran", "Indikator S", 100, (80, None, None, None)),
    ]
    kode = {"Tujuan": "T1", "Sasaran": "S1"}[tingkat]
    uraian_col = c.KINERJA_HEADERS.index("Uraian")
    for row in kinerja:
        if row[0] == kode:
            row[uraian_col] = uraian
    report = run(kinerja, [anggaran_row("P9", "Program lain", "S1", 1000)], triwulan=1)
    (row,) = [r for r in report.efisiensi if r.kode == kode]
    assert efisiensi_kalimat(row, report.settings).startswith(f"{named}:")


def test_a_program_named_program_is_named_once():
    from lkj_xl.core.kalimat import nama_node

    assert nama_node("Program", "PROGRAM PENGEMBANGAN UMKM") == "PROGRAM PENGEMBANGAN UMKM"
    assert nama_node("Kegiatan", "Penyusunan rencana") == "Kegiatan Penyusunan rencana"
    assert nama_node("Program", "") == "Program"
