"""A program's realisasi quarter left BLANK over rows (its SIPD Kegiatan, its Kegiatan of Kinerja) one of
which cannot be read in that quarter: the rows' sum is unknown, so the program's quarter is the galat of
that cell, never counted as nothing spent (a wrong Tabel 3.4 figure beside a galat that says the
penyerapan is not computed)."""

from __future__ import annotations

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
