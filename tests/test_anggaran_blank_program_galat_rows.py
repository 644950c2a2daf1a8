"""A program's realisasi quarter left BLANK over rows (its SIPD Kegiatan, its Kegiatan of Kinerja) one of
which cannot be read in that quarter: the rows' sum is unknown, so the program's quarter is the galat of
that cell, never counted as nothing spent (a wrong Tabel 3.4 figure beside a galat that says the
penyerapan is not computed)."""

from __future__ import annotations

import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT, PERINGATAN, Cell
from lkj_xl.core.parse import parse_workbook
from tests.test_anggaran_rincian import kinerja
from tests.test_engine import anggaran_row, messages, run, workbook


def _rows(second_tw2):
    # P3.01 pagu 500 jt = its Kegiatan 300 jt + 200 jt (a whole rincian); TW I 10 jt typed on the program
    # and on K3.01.01; TW II blank on the program, 120 jt on K3.01.01 and `second_tw2` on K3.01.03.
    return [
        anggaran_row("P3.01", "PROGRAM UMKM", "", "500 jt", ("10 jt", None, None, None)),
        anggaran_row("K3.01.01", "Kegiatan pemberdayaan", "", "300 jt", ("10 jt", "120 jt", None, None)),
        anggaran_row("K3.01.03", "Kegiatan kemitraan", "", "200 jt", (None, second_tw2, None, None)),
    ]


def _p301(report):
    (budget,) = [b for b in report.budgets if b.kode == "P3.01"]
    return budget


def test_an_unreadable_kegiatan_quarter_makes_the_blank_program_quarter_galat():
    # `8o jt` (a letter O for the zero) cannot be read: TW II's sum is unknown, so P3.01's realisasi s.d.
    # TW II is unknown too. Before, the blank counted as nothing: 10 jt, penyerapan 10 / 500 = 2 %.
    report = run(kinerja(), _rows("8o jt"))
    budget = _p301(report)
    assert budget.realisasi is None and budget.penyerapan is None
    assert "Anggaran!G4" in budget.galat  # K3.01.03's TW II: the cell to mend
    assert report.total_realisasi_anggaran is None  # Tabel 3.4's TOTAL would leave it out
    assert [m for m in messages(report, GALAT) if m.startswith("Anggaran!G4 ")], messages(report)
    # no "kosong: dihitung dari TW I saja" at the program's cell: it is not counted as nothing
    assert not [m for m in messages(report) if m.startswith("Anggaran!G2 ") and "kosong" in m], messages(
        report
    )


def test_readable_rows_still_fill_the_blank_quarter():
    # the same rows with `80 jt`: TW II 120 + 80 = 200 jt, s.d. TW II 10 + 200 = 210 jt, 210 / 500 = 42 %
    budget = _p301(run(kinerja(), _rows("80 jt")))
    assert (budget.realisasi, budget.penyerapan) == (210_000_000, 42)


def test_a_dak_kegiatan_in_its_own_column_under_a_blank_program():
    # A Dinas Pertanian's SIPD paste: program 3.27.02 (pagu 9 M = its Kegiatan 5 M + 4 M), its own
    # quarters blank; Kegiatan 3.27.02.2.01 spent 800 jt (TW I) and 1.100 jt (TW II); the DAK Fisik
    # Kegiatan 3.27.02.2.02 has its spending only under "Realisasi s.d. Juni" (800 jt), not read.
    # Before: the program took TW I's 800 jt alone, 800 / 9.000 = 8,89 % printed in Tabel 3.4 beside a
    # galat saying the penyerapan was not computed; the true figure is 800 + 1.100 + 800 = 2.700 jt
    # (30 %), unknown to the tool until the 800 jt is typed under Realisasi TW II.
    grids = workbook(
        kinerja(),
        [
            anggaran_row("3.27.02", "PROGRAM PENYEDIAAN SARANA PERTANIAN", "S3", 9_000_000_000),
            anggaran_row(
                "3.27.02.2.01", "Pengawasan Sarana", "", 5_000_000_000, (800_000_000, 1_100_000_000)
            ),
            anggaran_row("3.27.02.2.02", "Penyediaan Sarana (DAK Fisik)", "", 4_000_000_000),
        ],
    )
    anggaran = grids["Anggaran"]
    anggaran[0].append(Cell("Realisasi s.d. Juni"))  # column J, beside Realisasi TW IV (I)
    anggaran[3] += [Cell(None)] * (9 - len(anggaran[3])) + [Cell(800_000_000)]
    report = compute(parse_workbook(grids))
    (program,) = [b for b in report.budgets if b.kode == "3.27.02"]
    assert program.realisasi is None and program.penyerapan is None
    assert program.galat == ["Anggaran!J4"], program.galat
    assert report.total_realisasi_anggaran is None


def test_a_dak_kegiatan_in_its_own_column_under_a_typed_program_is_no_galat():
    # The same paste with the program's own quarters typed (800 jt, 1.900 jt): the Kegiatan rows are not
    # counted (SIPD's rincian of 3.27.02), so the DAK row's unread "Realisasi s.d. Juni" changes no figure:
    # 3.27.02's realisasi s.d. TW II is 800 + 1.900 = 2.700 jt, 2.700 / 9.000 = 30 %. Before, a galat at J4
    # said "penyerapan tidak dihitung" (it was computed) of a "program" (the row is a Kegiatan), and
    # counted one galat in a workbook whose figures were all known.
    grids = workbook(
        kinerja(),
        [
            anggaran_row(
                "3.27.02",
                "PROGRAM PENYEDIAAN SARANA PERTANIAN",
                "S3",
                9_000_000_000,
                (800_000_000, 1_900_000_000),
            ),
            anggaran_row(
                "3.27.02.2.01", "Pengawasan Sarana", "", 5_000_000_000, (800_000_000, 1_100_000_000)
            ),
            anggaran_row("3.27.02.2.02", "Penyediaan Sarana (DAK Fisik)", "", 4_000_000_000),
        ],
    )
    anggaran = grids["Anggaran"]
    anggaran[0].append(Cell("Realisasi s.d. Juni"))
    anggaran[3] += [Cell(None)] * (9 - len(anggaran[3])) + [Cell(800_000_000)]
    report = compute(parse_workbook(grids))
    (program,) = [b for b in report.budgets if b.kode == "3.27.02"]
    assert (program.realisasi, program.penyerapan) == (2_700_000_000, 30)
    assert report.total_realisasi_anggaran == 2_700_000_000
    assert not [m for m in messages(report, GALAT) if m.startswith("Anggaran!")], messages(report)
    (said,) = [m for m in messages(report, PERINGATAN) if m.startswith("Anggaran!J4 ")]
    assert '"Realisasi s.d. Juni" (Rp 800.000.000)' in said
    assert "penyerapan tidak dihitung" not in said and 'program "Penyediaan' not in said
    assert "tidak dihitung" in said and "Anggaran!A4" in said  # the row left out, where that is said


# --- a status, two levels, nothing spent (review of the above) ----------------------------------------

_PROGRAM = ("3.27.02", "PROGRAM PENYEDIAAN SARANA PERTANIAN", "S3", 9_000_000_000)


def _pertanian(kegiatan_tws, sub_tws, dak_tws, own=None):
    # A Dinas Pertanian's SIPD paste: program 3.27.02 (pagu 9 M, quarters blank) over its Kegiatan
    # 3.27.02.2.01 (5 M), that Kegiatan's Sub Kegiatan 3.27.02.2.01.0001 (5 M, when `sub_tws` is given)
    # and the DAK Fisik Kegiatan 3.27.02.2.02 (4 M); `own`: the DAK row's "Realisasi s.d. Juni" (column J).
    rows = [
        anggaran_row(*_PROGRAM),
        anggaran_row("3.27.02.2.01", "Pengawasan Sarana", "", 5_000_000_000, kegiatan_tws),
    ]
    if sub_tws is not None:
        rows.append(anggaran_row("3.27.02.2.01.0001", "Pengawasan mutu pupuk", "", 5_000_000_000, sub_tws))
    rows.append(anggaran_row("3.27.02.2.02", "Penyediaan Sarana (DAK Fisik)", "", 4_000_000_000, dak_tws))
    grids = workbook(kinerja(), rows)
    if own is not None:
        anggaran = grids["Anggaran"]
        anggaran[0].append(Cell("Realisasi s.d. Juni"))
        anggaran[-1] += [Cell(None)] * (9 - len(anggaran[-1])) + [Cell(own)]
    report = compute(parse_workbook(grids))
    (program,) = [b for b in report.budgets if b.kode == "3.27.02"]
    return report, program


def test_a_status_in_a_kinerja_kegiatan_quarter_makes_the_blank_program_quarter_galat():
    # K3.01.03's TW II says "belum ada SP2D": no figure. It was counted as nothing: P3.01 took TW I's 10 jt
    # alone, 10 / 500 = 2 % in Tabel 3.4 beside the galat at G4. The status's own galat (a Kegiatan of
    # Kinerja's row is read as a rincian) is said once.
    report = run(kinerja(), _rows("belum ada SP2D"))
    budget = _p301(report)
    assert budget.realisasi is None and budget.penyerapan is None
    assert "Anggaran!G4" in budget.galat, budget.galat
    assert report.total_realisasi_anggaran is None
    assert len([m for m in messages(report, GALAT) if m.startswith("Anggaran!G4 ")]) == 1, messages(report)


def test_a_status_in_a_sipd_kegiatan_quarter_makes_the_blank_program_quarter_galat():
    # The DAK row's TW II "belum ada SP2D" under 3.27.02's blank TW II. Before: TW II took nothing from
    # the rows (one is no figure), so 3.27.02 was TW I's 800 + 300 = 1.100 jt, 12,22 % with a peringatan
    # only, though 3.27.02.2.01 alone spent 1.100 jt more in TW II. The SIPD row is not counted, so no
    # other check says its cell: the galat is said there.
    report, program = _pertanian((800_000_000, 1_100_000_000), None, (300_000_000, "belum ada SP2D"))
    assert program.realisasi is None and program.penyerapan is None
    assert program.galat == ["Anggaran!G4"], program.galat
    assert report.total_realisasi_anggaran is None
    (said,) = [m for m in messages(report, GALAT) if m.startswith("Anggaran!G4 ")]
    assert '"belum ada SP2D" bukan angka' in said and "program 3.27.02" in said, said


def test_a_blank_kegiatan_over_an_unreadable_sub_kegiatan():
    # TW II blank on the program and on Kegiatan 3.27.02.2.01, whose Sub Kegiatan has "8o jt": the
    # Kegiatan's TW II is unknown, so is the program's. Before, the program's galat was right but a
    # peringatan at its blank G2 said "galat di sel ini" and offered the other rows' 800 jt as its figure
    # ("bila rinciannya benar"), the Kegiatan's blank counted as nothing.
    report, program = _pertanian((800_000_000, None), (800_000_000, "8o jt"), (None, 800_000_000))
    assert program.realisasi is None and program.galat == ["Anggaran!G4"], program.galat
    assert not [m for m in messages(report) if m.startswith("Anggaran!G2 ")], messages(report)
    # a status there alike: "belum ada SP2D" in the Sub Kegiatan
    report, program = _pertanian((800_000_000, None), (800_000_000, "belum ada SP2D"), (None, 800_000_000))
    assert program.realisasi is None and program.galat == ["Anggaran!G4"], program.galat


def test_a_readable_kegiatan_over_an_unreadable_sub_kegiatan_still_fills_the_program():
    # Kegiatan 3.27.02.2.01 typed 1.100 jt in TW II (its Sub Kegiatan's "8o jt" is inside that figure):
    # the program takes the Kegiatan's rows: TW I 800 jt, TW II 1.100 + 800 (DAK) = 1.900 jt; s.d. TW II
    # 800 + 1.900 = 2.700 jt of 9.000 jt = 30 %.
    report, program = _pertanian((800_000_000, 1_100_000_000), (800_000_000, "8o jt"), (None, 800_000_000))
    assert (program.realisasi, program.penyerapan, program.galat) == (2_700_000_000, 30, [])
    assert report.total_realisasi_anggaran == 2_700_000_000


@pytest.mark.parametrize("typed", ["-", "Rp -", 0, "0", "nihil"])
def test_nothing_spent_in_a_rincian_quarter_is_no_galat(typed):
    # The DAK row's TW II says nothing was spent: TW II = 3.27.02.2.01's 1.100 jt alone; s.d. TW II
    # 800 + 1.100 = 1.900 jt; 1.900 / 9.000 = 19/90 = 21,11 %.
    report, program = _pertanian((800_000_000, 1_100_000_000), None, (None, typed))
    assert program.realisasi == 1_900_000_000 and program.galat == [], program.galat
    assert program.penyerapan == pytest.approx(100 * 19 / 90)
    assert not [m for m in messages(report, GALAT) if m.startswith("Anggaran!")], messages(report)


@pytest.mark.parametrize("typed", ["-", "Rp -", 0, None])
def test_nothing_in_a_rincian_own_column_is_no_galat(typed):
    # "Realisasi s.d. Juni" of the DAK row says nothing spent (or is blank): 1.900 jt, as above
    report, program = _pertanian((800_000_000, 1_100_000_000), None, (None, None), own=typed)
    assert program.realisasi == 1_900_000_000 and program.galat == [], program.galat
    assert not [m for m in messages(report, GALAT) if m.startswith("Anggaran!")], messages(report)


def test_a_blank_tw_i_is_filled_while_tw_ii_is_unread():
    # TW I: 800 + 300 = 1.100 jt filled (said at F2); TW II: the DAK row's "8o jt": the program's TW II
    # is its galat, so no realisasi s.d. TW II (never TW I's 1.100 jt alone, 12,22 %)
    report, program = _pertanian((800_000_000, 1_100_000_000), None, (300_000_000, "8o jt"))
    assert program.realisasi is None and program.galat == ["Anggaran!G4"], program.galat
    assert [
        m for m in messages(report, PERINGATAN) if m.startswith("Anggaran!F2 ") and "Rp 1.100.000.000" in m
    ]


def test_a_heading_row_in_its_own_column_is_not_called_a_rincian():
    # SIPD's Urusan and Bidang Urusan rows (9 M each, over the program typed 800 jt + 1.900 jt) with
    # 2.700 jt under "Realisasi s.d. Juni" only: not counted (headings), so no figure changes: 3.27.02 is
    # 800 + 1.900 = 2.700 jt of 9.000 jt = 30 %. Their peringatan called them a "rincian" that could not
    # be compared "dengan programnya": they are headings over the program.
    grids = workbook(
        kinerja(),
        [
            anggaran_row("3", "URUSAN PEMERINTAHAN BIDANG PERTANIAN", "", 9_000_000_000),
            anggaran_row("3.27", "BIDANG URUSAN PERTANIAN", "", 9_000_000_000),
            anggaran_row(*_PROGRAM[:3], 9_000_000_000, (800_000_000, 1_900_000_000)),
        ],
    )
    anggaran = grids["Anggaran"]
    anggaran[0].append(Cell("Realisasi s.d. Juni"))
    for r in (1, 2):
        anggaran[r] += [Cell(None)] * (9 - len(anggaran[r])) + [Cell(2_700_000_000)]
    report = compute(parse_workbook(grids))
    (program,) = [b for b in report.budgets if b.kode == "3.27.02"]
    assert (program.realisasi, program.penyerapan) == (2_700_000_000, 30)
    assert not [m for m in messages(report, GALAT) if m.startswith("Anggaran!")], messages(report)
    for cell, name in (("J2", "URUSAN PEMERINTAHAN BIDANG PERTANIAN"), ("J3", "BIDANG URUSAN PERTANIAN")):
        (said,) = [m for m in messages(report, PERINGATAN) if m.startswith(f"Anggaran!{cell} ")]
        assert f'baris "{name}"' in said and "rincian" not in said, said
        assert said.endswith("tidak dapat dicocokkan dengan program di bawahnya"), said


def _typed_tw2(dak_tw1):
    # 3.27.02's TW I blank, its TW II typed 1.900 jt; 3.27.02.2.01 spent 800 jt + 1.100 jt; the DAK row's
    # TW I is `dak_tw1`, its TW II blank, 800 jt under "Realisasi s.d. Juni" (s.d. TW II: TW I's share too)
    grids = workbook(
        kinerja(),
        [
            anggaran_row(*_PROGRAM[:3], 9_000_000_000, (None, 1_900_000_000)),
            anggaran_row(
                "3.27.02.2.01", "Pengawasan Sarana", "", 5_000_000_000, (800_000_000, 1_100_000_000)
            ),
            anggaran_row("3.27.02.2.02", "Penyediaan Sarana (DAK Fisik)", "", 4_000_000_000, (dak_tw1, None)),
        ],
    )
    anggaran = grids["Anggaran"]
    anggaran[0].append(Cell("Realisasi s.d. Juni"))
    anggaran[3] += [Cell(None)] * (9 - len(anggaran[3])) + [Cell(800_000_000)]
    report = compute(parse_workbook(grids))
    (program,) = [b for b in report.budgets if b.kode == "3.27.02"]
    return report, program


def test_a_total_to_date_in_a_rincian_own_column_leaves_its_blank_earlier_quarter_unknown():
    # The DAK row's 800 jt s.d. Juni may hold TW I spending (300 jt in TW I and 500 jt in TW II, say):
    # its blank TW I is not known to be nothing. Before, 3.27.02's blank TW I took 3.27.02.2.01's 800 jt
    # alone and the report printed 800 + 1.900 = 2.700 jt (30 %), the J4 galat softened to a peringatan
    # saying it changed no figure. The program's TW I is that cell's galat now, J4 stays a galat.
    report, program = _typed_tw2(None)
    assert program.realisasi is None and program.galat == ["Anggaran!J4"], program.galat
    assert report.total_realisasi_anggaran is None
    assert [m for m in messages(report, GALAT) if m.startswith("Anggaran!J4 ")], messages(report)


def test_a_total_to_date_beside_its_typed_earlier_quarter_still_fills():
    # The DAK row's TW I typed (300 jt): 3.27.02's TW I = 800 + 300 = 1.100 jt; s.d. TW II 1.100 + 1.900 =
    # 3.000 jt of 9.000 jt = 33,33 %; the DAK row's own column (800 jt against its 300 jt) changes no figure.
    report, program = _typed_tw2(300_000_000)
    assert program.realisasi == 3_000_000_000 and program.galat == [], program.galat
    assert program.penyerapan == pytest.approx(100 / 3)
    assert not [m for m in messages(report, GALAT) if m.startswith("Anggaran!")], messages(report)
