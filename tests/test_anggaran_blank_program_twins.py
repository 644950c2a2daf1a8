"""A DPA block between two programs whose pagu it adds up to alike (two programs of equal pagu): it is
the upper one's rincian below it, unless the spending tells them apart. A blank upper program agrees
with anything; a lower program whose typed spending is the block's tells them apart, so the block is
the lower one's and never fills the upper one's blank cell (its money would be counted twice)."""

from __future__ import annotations

from tests.helpers_anggaran import findings_by_cell
from tests.test_engine import anggaran_row, messages, run
from tests.test_mend32a import S3_KINERJA

FILLED = "kosong: diisi jumlah rinciannya"
BLOCK = [  # 300 jt + 200 jt = 500 jt, each program's pagu; TW II 120 jt + 80 jt = 200 jt
    anggaran_row("5.1", "BELANJA OPERASI", "", "300 jt", (None, "120 jt", None, None)),
    anggaran_row("5.2", "BELANJA MODAL", "", "200 jt", (None, "80 jt", None, None)),
]


def _program(kode, tw2):
    return anggaran_row(kode, f"PROGRAM {kode}", "S3", "500 jt", (None, tw2, None, None))


def _budget(report, kode):
    (budget,) = [b for b in report.budgets if b.kode == kode]
    return budget


def test_a_block_whose_spending_is_the_lower_programs_typed_figure_is_its_not_the_blank_upper_ones():
    # P3.01 blank, the block, P3.02 typed 200 jt = the block's 120 + 80: the block is P3.02's. P3.01
    # keeps nothing spent (its blank said), P3.02 200 jt: TOTAL 1.000 jt / 200 jt. The block filled
    # P3.01 too: 400 jt, P3.02's 200 jt counted twice.
    report = run(S3_KINERJA, [_program("P3.01", None), *BLOCK, _program("P3.02", "200 jt")])
    assert (_budget(report, "P3.01").realisasi, _budget(report, "P3.02").realisasi) == (0, 200_000_000)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_000_000_000, 200_000_000)
    assert not [m for m in messages(report) if FILLED in m], messages(report)
    said = findings_by_cell(report, "Anggaran")
    assert "P3.02" in said["A3"] and "P3.02" in said["A4"], said


def test_a_block_whose_spending_is_the_upper_programs_typed_figure_stays_its():
    # P3.01 typed 200 jt (the block's), P3.02 blank: the block is P3.01's rincian below it, P3.02 not
    # filled from it. TOTAL 1.000 jt / 200 jt.
    report = run(S3_KINERJA, [_program("P3.01", "200 jt"), *BLOCK, _program("P3.02", None)])
    assert (_budget(report, "P3.01").realisasi, _budget(report, "P3.02").realisasi) == (200_000_000, 0)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_000_000_000, 200_000_000)
    assert not [m for m in messages(report) if FILLED in m], messages(report)


def test_a_block_between_two_blank_twins_fills_the_upper_one_and_names_the_other():
    # Both blank: the spending does not tell them apart; the block is the upper one's (the tie-break
    # README gives), filling P3.01 with 200 jt, and its peringatan names P3.02 as the other reading.
    report = run(S3_KINERJA, [_program("P3.01", None), *BLOCK, _program("P3.02", None)])
    assert (_budget(report, "P3.01").realisasi, _budget(report, "P3.02").realisasi) == (200_000_000, 0)
    assert report.total_realisasi_anggaran == 200_000_000
    note = findings_by_cell(report, "Anggaran")["G2"]
    assert FILLED in note and "P3.02" in note, note


def test_one_filled_figure_for_tabel_3_3_the_rekap_and_the_mail_body():
    # P3.01 blank over its DPA block above it (300 jt + 200 jt = its 500 jt; TW II 120 + 80 = 200 jt):
    # Tabel 3.3's S3, the rekap's program row and the mail's line all say 200 jt of 500 jt, 40 %.
    from lkj_xl.core.rekap import program_rows
    from lkj_xl.delivery.message import summary_lines

    report = run(S3_KINERJA, [*BLOCK, _program("P3.01", None)])
    s3 = next(e for e in report.efisiensi if e.kode == "S3")
    assert (s3.pagu, s3.realisasi_anggaran, s3.penyerapan) == (500_000_000, 200_000_000, 40)
    (row,) = program_rows(report, "dinas.xlsx")
    assert row[3:6] == ("P3.01", "PROGRAM P3.01", "S3") and 200_000_000 in row and 40 in row, row
    line = next(x for x in summary_lines(report) if x.startswith("Realisasi anggaran"))
    assert line.startswith("Realisasi anggaran: Rp 200.000.000 dari pagu Rp 500.000.000 (40"), line


def test_twins_each_over_its_own_block_name_no_other():
    # P3.01, its block, P3.02, the same block again: each program is followed by its rincian, so
    # nothing is in doubt: each filled with 200 jt (TOTAL 1.000 jt / 400 jt), neither note names the other.
    report = run(S3_KINERJA, [_program("P3.01", None), *BLOCK, _program("P3.02", None), *BLOCK])
    assert (_budget(report, "P3.01").realisasi, _budget(report, "P3.02").realisasi) == (
        200_000_000,
        200_000_000,
    )
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_000_000_000, 400_000_000)
    said = findings_by_cell(report, "Anggaran")
    assert FILLED in said["G2"] and FILLED in said["G5"]
    assert "bisa juga" not in said["G2"] + said["G5"], said


def test_a_figure_after_the_reported_quarter_does_not_choose_the_twin():
    # Found by tests/test_anggaran_blank_program_property.py: a TW II report, P3.01 typed 150 jt (not
    # the block's 200 jt), P3.02 blank in TW II with 30 jt typed under TW IV (a quarter after the
    # report: not counted, said so). Up to TW II only P3.02 agrees with the block (a blank agrees with
    # anything): the block is P3.02's, its blank TW II the block's 120 + 80 = 200 jt; TOTAL 1.000 jt /
    # 150 + 200 = 350 jt. The TW IV figure made P3.02 disagree: the block went to P3.01, P3.02 counted
    # nol, the 200 jt spent lost from Tabel 3.4.
    report = run(
        S3_KINERJA,
        [
            _program("P3.01", "150 jt"),
            *BLOCK,
            anggaran_row("P3.02", "PROGRAM P3.02", "S3", "500 jt", (None, None, None, "30 jt")),
        ],
    )
    assert (_budget(report, "P3.01").realisasi, _budget(report, "P3.02").realisasi) == (
        150_000_000,
        200_000_000,
    )
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_000_000_000, 350_000_000)
    note = findings_by_cell(report, "Anggaran")["G5"]
    assert FILLED in note and "Rp 200.000.000" in note and "di atasnya" in note, note
