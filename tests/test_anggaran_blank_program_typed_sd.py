"""A program row with TW I left blank and TW II typed as its realisasi s.d. TW II (the SP2D total to date
staff copy), over rincian typed per quarter: filling the blank TW I from the rincian counted TW I twice
(40 jt + the typed 100 jt = 140 jt, where program and rincian agree on 100 jt s.d. TW II), with two
peringatan and the wrong figure printed. The program's typed figure is its realisasi s.d. TW II under
either reading of its own row (TW I blank: nothing; TW II: s.d. TW II), so the blank TW I is not filled
and a peringatan at it says why, naming both quarters as the rincian give them."""

from __future__ import annotations

import pytest

from tests.helpers_anggaran import (
    UMKM,
    anggaran_three_programs,
    budget_of,
    findings_by_cell,
    kinerja_three_programs,
)
from tests.test_engine import anggaran_row, run
from tests.test_mend32a import S3_KINERJA


def _sipd(
    program_tws: tuple,
    k1: tuple = ("30.000.000", "40.000.000", None, None),
    k2: tuple = ("10.000.000", "20.000.000", None, None),
) -> list[list]:
    """Program 2.17.03 (row 2, pagu 1.000.000.000) over two SIPD Kegiatan typed per quarter: 30 jt + 40 jt
    and 10 jt + 20 jt (TW I 40 jt, TW II 60 jt; s.d. TW II 100 jt)."""
    return [
        anggaran_row("2.17.03", UMKM, None, "1.000.000.000", program_tws),
        anggaran_row("2.17.03.2.01", "Kegiatan 1", None, "500.000.000", k1),
        anggaran_row("2.17.03.2.02", "Kegiatan 2", None, "500.000.000", k2),
        *anggaran_three_programs()[1:],
    ]


def test_tw_ii_typed_sd_over_rincian_per_quarter_counts_100_jt_not_140():
    # the rincian s.d. TW II: (30 + 10) + (40 + 20) = 100 jt = the program's TW II as typed: 100 jt of
    # 1.000 jt, 10 %; filling TW I (40 jt) gave 140 jt, 14 %
    report = run(kinerja_three_programs(), _sipd((None, "100 jt", None, None)))
    program = budget_of(report, "2.17.03")
    assert program.realisasi_exact == 100_000_000
    assert program.penyerapan == 10
    said = findings_by_cell(report, "Anggaran")
    assert "F2" in said and "s.d. TW II" in said["F2"], said
    assert "Rp 40.000.000" in said["F2"] and "Rp 60.000.000" in said["F2"], said["F2"]  # TW I and TW II's own
    assert "diisi jumlah rinciannya" not in said["F2"], said["F2"]
    assert " | " not in said["F2"], said["F2"]  # one peringatan there, not the per-quarter comparison too
    assert "G2" not in said, said  # program and rincian agree s.d. TW II: no difference said
    # Tabel 3.4's TOTAL: 100.000.000 + 1.800.000 + 1.211.837.250
    assert report.total_realisasi_anggaran == 100_000_000 + 1_800_000 + 1_211_837_250


def test_tw_ii_typed_as_its_own_quarter_still_takes_tw_i_from_the_rincian():
    # the program's TW II 60 jt is the rincian's TW II (40 + 20): its blank TW I takes their 40 jt, as before
    report = run(kinerja_three_programs(), _sipd((None, "60.000.000", None, None)))
    assert budget_of(report, "2.17.03").realisasi_exact == 100_000_000  # 40 jt filled + 60 jt typed
    assert "diisi jumlah rinciannya" in findings_by_cell(report, "Anggaran")["F2"]


@pytest.mark.parametrize("above", [True, False])
def test_dpa_block_per_quarter_under_a_program_typed_sd_tw_iii(above):
    # 5.1 30/40/70 jt, 5.2 20/20/30 jt: per quarter 50/60/100 jt, s.d. TW III 210 jt; P3.01 typed TW I and
    # TW II blank, TW III "Rp 210.000.000" (s.d.): 210 jt of 500 jt, 42 % (filling gave 320 jt, 64 %)
    block = [
        anggaran_row("5.1", "BELANJA OPERASI", "", "300 jt", ("30 jt", "40 jt", "70 jt", None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "200 jt", ("20 jt", "20 jt", "30 jt", None)),
    ]
    program = anggaran_row(
        "P3.01", "PROGRAM PEMBERDAYAAN UMKM", "S3", "500 jt", (None, None, "Rp 210.000.000", None)
    )
    report = run(S3_KINERJA, [*block, program] if above else [program, *block], triwulan=3)
    (p301,) = [b for b in report.budgets if b.kode == "P3.01"]
    assert (p301.realisasi_exact, p301.penyerapan) == (210_000_000, 42)
    row = 4 if above else 2
    said = findings_by_cell(report, "Anggaran")
    assert "s.d. TW III" in said[f"F{row}"] and "Rp 100.000.000" in said[f"F{row}"], (
        said
    )  # TW III's own 70 + 30


# --- every quarter of the program typed s.d. it (reviewer's case) ------------------------------------
# TW I 40 jt, TW II 100 jt on the program; its rincian spent 40 jt in TW I and 60 jt in TW II. Read
# per quarter the program spent 140 jt and disagrees with its rincian by exactly TW I; read s.d. each
# quarter (100 - 40 = 60 jt in TW II) it agrees with them quarter by quarter: the two tables agree on
# 100 jt s.d. TW II, which is counted, with a peringatan naming both readings (as a program's blank TW I
# before a TW II typed s.d. it counts 100 jt above).


@pytest.mark.parametrize("typed", [("40 jt", "100 jt"), ("40.000.000", "Rp 100.000.000")])
def test_every_quarter_typed_sd_over_rincian_per_quarter_counts_their_agreed_100_jt(typed):
    report = run(kinerja_three_programs(), _sipd((*typed, None, None)))
    program = budget_of(report, "2.17.03")
    # 100.000.000 of 1.000.000.000 = 10 % (as typed it summed 40 + 100 = 140 jt, 14 %)
    assert (program.realisasi_exact, program.penyerapan) == (100_000_000, 10)
    assert report.total_realisasi_anggaran == 100_000_000 + 1_800_000 + 1_211_837_250
    said = findings_by_cell(report, "Anggaran")
    assert "Rp 140.000.000" in said["G2"] and "s.d. TW II" in said["G2"], said["G2"]  # both readings
    assert "TW I Rp 40.000.000" in said["G2"] and "TW II Rp 60.000.000" in said["G2"], said["G2"]  # to type
    assert "lebih Rp 40.000.000" not in said["G2"], said["G2"]  # not told the rincian are short by TW I
    assert " | " not in said["G2"] and "F2" not in said, said
    assert "kosong" not in said["A3:A4"], said["A3:A4"]  # the program's quarters are typed, not blank


def test_every_quarter_typed_sd_tw_iii_after_a_blank_tw_i():
    # TW I blank, TW II 100 jt (s.d.), TW III 150 jt (s.d.); rincian per quarter 40 / 60 / 50 jt
    # (30 + 10, 40 + 20, 35 + 15): 100 = 40 + 60 and 150 - 100 = 50, so 150 jt of 1.000 jt, 15 %
    rows = _sipd((None, "100 jt", "150 jt", None))
    rows[1] = anggaran_row(
        "2.17.03.2.01", "Kegiatan 1", None, "500.000.000", ("30 jt", "40 jt", "35 jt", None)
    )
    rows[2] = anggaran_row(
        "2.17.03.2.02", "Kegiatan 2", None, "500.000.000", ("10 jt", "20 jt", "15 jt", None)
    )
    program = budget_of(run(kinerja_three_programs(), rows, triwulan=3), "2.17.03")
    assert (program.realisasi_exact, program.penyerapan) == (150_000_000, 15)


@pytest.mark.parametrize("above", [True, False])
def test_dpa_block_per_quarter_under_a_program_typed_sd_each_quarter(above):
    # 5.1 30/40/70 jt, 5.2 20/20/30 jt: per quarter 50/60/100 jt; P3.01 typed s.d. each quarter 50 / 110 /
    # 210 jt (50 + 60 = 110, 110 + 100 = 210): 210 jt of 500 jt, 42 % (as typed 370 jt, 74 %)
    block = [
        anggaran_row("5.1", "BELANJA OPERASI", "", "300 jt", ("30 jt", "40 jt", "70 jt", None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "200 jt", ("20 jt", "20 jt", "30 jt", None)),
    ]
    program = anggaran_row(
        "P3.01", "PROGRAM PEMBERDAYAAN UMKM", "S3", "500 jt", ("50 jt", "110 jt", "210 jt", None)
    )
    report = run(S3_KINERJA, [*block, program] if above else [program, *block], triwulan=3)
    (p301,) = [b for b in report.budgets if b.kode == "P3.01"]
    assert (p301.realisasi_exact, p301.penyerapan) == (210_000_000, 42)
    said = findings_by_cell(report, "Anggaran")[f"H{4 if above else 2}"]
    assert "TW II Rp 60.000.000" in said and "TW III Rp 100.000.000" in said, said


@pytest.mark.parametrize(
    ("k1", "k2", "counted"),
    [
        # rincian per quarter 40 / 100 jt (30 + 10, 80 + 20): the program's 40 / 100 are its own quarters
        (("30.000.000", "80.000.000"), ("10.000.000", "20.000.000"), 140_000_000),
        # rincian 40 / 70 jt: neither reading agrees (100 - 40 = 60 is not 70): the program's as typed
        (("30.000.000", "50.000.000"), ("10.000.000", "20.000.000"), 140_000_000),
    ],
)
def test_program_quarters_read_as_typed_unless_the_sd_reading_agrees(k1, k2, counted):
    report = run(
        kinerja_three_programs(), _sipd(("40 jt", "100 jt", None, None), (*k1, None, None), (*k2, None, None))
    )
    assert budget_of(report, "2.17.03").realisasi_exact == counted  # 40 + 100 jt as typed
    assert "belanja setiap triwulannya sama" not in findings_by_cell(report, "Anggaran").get("G2", "")


def test_rincian_left_blank_in_a_quarter_are_no_sign_of_a_running_total():
    # the program 40 jt in TW I and in TW II; its rincian typed TW I only (30 + 10 jt), TW II left blank (not
    # updated yet, not "nothing spent"): no sign the program's TW II is s.d. it; 40 + 40 = 80 jt as typed
    report = run(
        kinerja_three_programs(),
        _sipd(
            ("40 jt", "40 jt", None, None), ("30.000.000", None, None, None), ("10.000.000", None, None, None)
        ),
    )
    assert budget_of(report, "2.17.03").realisasi_exact == 80_000_000
