"""Rincian (Kegiatan / Sub Kegiatan rows) that add up to their program s.d. the quarter but not in a
quarter: the program TW I 10 jt + TW II 20 jt, its rincian TW I 20 jt + TW II 10 jt. Only the s.d.
figure was compared, so it was quiet; but a quarterly report (and the E.81 form) shows the realisasi of
each quarter, so one of the two tables is wrong for it. A peringatan at the program's first quarter that
differs names both figures; the program's own figures are counted, as for any sum that differs."""

from __future__ import annotations

from lkj_xl.core.model import PERINGATAN
from tests.helpers_anggaran import PENGEMBANGAN, UMKM, budget_of, findings_by_cell, kinerja_three_programs
from tests.test_anggaran_rincian import P2, PROGRAM_3_01, kinerja
from tests.test_engine import anggaran_row, run

SARANA = "PROGRAM SARANA DISTRIBUSI"
OTHERS = [
    anggaran_row("2.17.04", PENGEMBANGAN, None, "100.000.000", ("10.000.000", "20.000.000", None, None)),
    anggaran_row("3.30.03", SARANA, None, "100.000.000", ("10.000.000", "20.000.000", None, None)),
]


def _sipd(program_tws: tuple, rows_tws: list[tuple]) -> list[list]:
    """Program 2.17.03 (row 2, pagu 1.000.000.000) over its SIPD Kegiatan (rows 3..., pagu 500 jt each)."""
    rows = [
        anggaran_row(f"2.17.03.2.0{n}", f"Kegiatan {n}", None, "500.000.000", (*tws, None, None))
        for n, tws in enumerate(rows_tws, start=1)
    ]
    return [anggaran_row("2.17.03", UMKM, None, "1.000.000.000", (*program_tws, None, None)), *rows, *OTHERS]


def test_sipd_rows_adding_up_sd_the_quarter_but_not_in_tw_i_are_a_peringatan_at_tw_i():
    # program TW I 10 jt + TW II 20 jt = 30 jt; its two Kegiatan TW I 15 + 5 = 20 jt, TW II 5 + 5 = 10 jt:
    # 30 jt s.d. TW II alike, TW I 10 jt against 20 jt
    report = run(kinerja_three_programs(), _sipd(("10 jt", "20 jt"), [("15 jt", "5 jt"), ("5 jt", "5 jt")]))
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "F2" in said, said
    assert "Rp 10.000.000" in said["F2"] and "Rp 20.000.000" in said["F2"], said["F2"]
    assert "TW I" in said["F2"] and "Rp 30.000.000" in said["F2"], said["F2"]  # the s.d. figure they share
    assert "G2" not in said, said  # only the first quarter that differs
    assert budget_of(report, "2.17.03").realisasi_exact == 30_000_000  # the program's own, counted


def test_sipd_rows_adding_up_in_every_quarter_stay_quiet():
    # TW I 5 + 5 = 10 jt, TW II 15 + 5 = 20 jt: the program's own figures in each quarter
    report = run(kinerja_three_programs(), _sipd(("10 jt", "20 jt"), [("5 jt", "15 jt"), ("5 jt", "5 jt")]))
    assert not findings_by_cell(report, "Anggaran", PERINGATAN), findings_by_cell(
        report, "Anggaran", PERINGATAN
    )


def test_a_refund_netted_on_both_sides_in_the_same_quarter_stays_quiet():
    # program TW I 30 jt, TW II -5 jt (a refund, its own peringatan); its Kegiatan 30 jt, (5.000.000) and
    # -, -: the same in each quarter, nothing more
    rows = [("30 jt", "(5.000.000)"), ("-", "-")]
    report = run(kinerja_three_programs(), _sipd(("30 jt", "-5 jt"), rows))
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert set(said) == {"G2"} and "pengembalian belanja" in said["G2"], said


def test_kegiatan_of_kinerja_adding_up_sd_the_quarter_but_not_per_quarter_are_a_peringatan():
    # P3.01 TW I 47.853.500 + TW II 110.000.000 = 157.853.500; its Kegiatan K3.01.01 and K3.01.03 typed
    # TW I 100.000.000 + 7.853.500 = 107.853.500 and TW II 0 + 50.000.000 = 50.000.000: 157.853.500 s.d.
    # TW II alike, TW I 47.853.500 against 107.853.500
    p1 = anggaran_row("P3.01", PROGRAM_3_01, "", "3.578.850.965", ("47.853.500", "110.000.000", None, None))
    k1 = anggaran_row(
        "K3.01.01", "Kegiatan pemberdayaan usaha mikro", "", "2.000.000.000", ("100.000.000", "0", None, None)
    )
    k3 = anggaran_row(
        "K3.01.03", "Kegiatan kemitraan", "", "1.578.850.965", ("7.853.500", "50.000.000", None, None)
    )
    report = run(kinerja(), [p1, k1, k3, P2])
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "F2" in said and "Rp 47.853.500" in said["F2"] and "Rp 107.853.500" in said["F2"], said
    assert "G2" not in said, said


# --- Rincian typed s.d. the quarter alone (a SIPD paste of the Kegiatan's realisasi s.d. the report) ------
# SIPD's realisasi of a Kegiatan is its spending to date: staff paste it in the reported quarter's column and
# leave the quarters before it blank. Their s.d. figure is compared with the program's; there is no
# quarter of theirs to compare before it, so no per-quarter peringatan (it cried wolf at TW I, Rp 0).


def test_rincian_pasted_sd_the_quarter_in_its_column_alone_stay_quiet():
    # program TW I 10 jt + TW II 20 jt = 30 jt; its Kegiatan typed under TW II alone: 20 jt + 10 jt = 30 jt
    for before in (None, "-"):
        report = run(
            kinerja_three_programs(), _sipd(("10 jt", "20 jt"), [(before, "20 jt"), (before, "10 jt")])
        )
        said = findings_by_cell(report, "Anggaran", PERINGATAN)
        assert "F2" not in said and "G2" not in said, said
        assert budget_of(report, "2.17.03").realisasi_exact == 30_000_000


def _sipd_tw3(program_tws: tuple, rows_tws: list[tuple]) -> list[list]:
    """:func:`_sipd` with three quarters typed (a report s.d. TW III)."""
    rows = [
        anggaran_row(f"2.17.03.2.0{n}", f"Kegiatan {n}", None, "500.000.000", (*tws, None))
        for n, tws in enumerate(rows_tws, start=1)
    ]
    others = [
        anggaran_row(r[0], r[1], None, "100.000.000", ("10 jt", "20 jt", "30 jt", None)) for r in OTHERS
    ]
    return [anggaran_row("2.17.03", UMKM, None, "1.000.000.000", (*program_tws, None)), *rows, *others]


def test_rincian_begun_in_tw_ii_with_their_sd_then_per_quarter_stay_quiet():
    # program 10 + 20 + 30 = 60 jt; its Kegiatan first typed in TW II with their s.d.: 20 + 10 = 30 jt
    # (= the program's 10 + 20), then TW III's own 25 + 5 = 30 jt (= the program's 30): nothing differs
    rows = [(None, "20 jt", "25 jt"), (None, "10 jt", "5 jt")]
    report = run(kinerja_three_programs(), _sipd_tw3(("10 jt", "20 jt", "30 jt"), rows), triwulan=3)
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert not {"F2", "G2", "H2"} & set(said), said


def test_rincian_begun_in_tw_ii_differing_sd_tw_ii_are_a_peringatan_there():
    # program 10 + 20 + 30 = 60 jt; its Kegiatan from TW II: 15 + 5 = 20 jt, then 30 + 10 = 40 jt: s.d. TW III
    # 60 jt alike, but s.d. TW II the program's 10 + 20 = 30 jt against the rincian's 20 jt
    rows = [(None, "15 jt", "30 jt"), (None, "5 jt", "10 jt")]
    report = run(kinerja_three_programs(), _sipd_tw3(("10 jt", "20 jt", "30 jt"), rows), triwulan=3)
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "G2" in said and "F2" not in said and "H2" not in said, said
    assert "s.d. TW II" in said["G2"] and "Rp 30.000.000" in said["G2"] and "Rp 20.000.000" in said["G2"], (
        said
    )
    assert "Rp 60.000.000" in said["G2"], said["G2"]  # the s.d. TW III they share


def test_rincian_with_a_zero_typed_in_tw_i_are_compared_there():
    # a 0 typed is a real zero (README, Values): TW I 0 + 0 against the program's 10 jt, s.d. TW II 30 jt alike
    report = run(kinerja_three_programs(), _sipd(("10 jt", "20 jt"), [("0", "20 jt"), ("0", "10 jt")]))
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "F2" in said and "Rp 0" in said["F2"] and "Rp 10.000.000" in said["F2"], said


def test_the_years_report_names_the_sd_of_the_rincians_first_quarter_not_the_year():
    # program 10 + 20 + 30 + 40 = 100 jt; its Kegiatan from TW II: 15 + 5, 30 + 10, 40 = 100 jt alike; s.d.
    # TW II the program's 10 + 20 = 30 jt against 15 + 5 = 20 jt
    rows = [
        anggaran_row("2.17.03", UMKM, None, "1.000.000.000", ("10 jt", "20 jt", "30 jt", "40 jt")),
        anggaran_row("2.17.03.2.01", "Kegiatan 1", None, "500.000.000", (None, "15 jt", "30 jt", "40 jt")),
        anggaran_row("2.17.03.2.02", "Kegiatan 2", None, "500.000.000", (None, "5 jt", "10 jt", "-")),
        *OTHERS,
    ]
    report = run(kinerja_three_programs(), rows, triwulan="Laporan Tahunan")
    said = findings_by_cell(report, "Anggaran", PERINGATAN)["G2"]
    assert said.startswith("Realisasi anggaran s.d. TW II program 2.17.03 (Rp 30.000.000)"), said
    assert "realisasi Tahun 2025 keduanya sama (Rp 100.000.000)" in said, said
