"""anggaran60: the Anggaran sheet as staff fill it (left open by stop 50).

- A program whose Kode of Kinerja reads like a funding source (an RSUD's own ``BLUD``, ``DAK Fisik``) typed
  under another program: left out as that program's "rincian sumber dana" (Tabel 3.4 short by it), or a
  galat "Kode ... adalah nama sumber dana, bukan Kode program" (no total); now counted as the program it is.
- A program's refund (a quarter below zero) shared by its funding-source rows (``-3.000.000`` and
  ``-2.000.000`` of ``-5.000.000``, or ``0`` before the ``-5.000.000``): each row a galat "Kode program
  kosong", no total; now left out as shares. A refund typed on a funding row of its own (``DAU
  (pengembalian)``, ``-5.000.000`` with no pagu): left out as "already in the program"; now the koreksi
  galat naming the figure to type.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import (
    anggaran_three_programs,
    budget_of,
    findings_by_cell,
    kinerja_three_programs,
)
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_engine import anggaran_row, kinerja_row, run

# --- A program of Kinerja whose Kode reads like a funding source ------------------------------------------


def _with_blud_program(kode, name):
    # 2.06.04 Pagu 1.200.000.000 (TW I 150 jt, TW II 300 jt) and the RSUD's own program ``kode`` of Kinerja
    # (under S1) Pagu 200.000.000 (TW I 20 jt, TW II 30 jt), typed right under 2.06.04
    kinerja = [
        *_kinerja(),
        kinerja_row(kode, "Program", "S1", name, "Persentase layanan BLUD", "90%", (40, 50, None, None), jenis="Nilai Akhir"),
    ]  # fmt: skip
    rows = [
        anggaran_row("2.06.04", _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None)),
        anggaran_row(kode, name, "", "200.000.000", ("20.000.000", "30.000.000", None, None)),
    ]
    return run(kinerja, rows)


@pytest.mark.parametrize(
    "kode, name", [("BLUD", "BLUD RSUD"), ("BLUD", ""), ("DAK Fisik", "Program DAK Fisik"), ("blud", "BLUD")]
)
def test_a_program_whose_kode_of_kinerja_reads_like_a_funding_source_is_counted(kode, name):
    # Tabel 3.4: 1.200.000.000 + 200.000.000 = 1.400.000.000, s.d. TW II (150 + 300) + (20 + 30) jt =
    # 500.000.000; the BLUD program 50.000.000 / 200.000.000 = 25 % (before: left out, TOTAL 1.200.000.000 /
    # 450.000.000; or "DAK Fisik" a galat and no TOTAL). ("blud" typed in Anggaran for Kinerja's "BLUD":
    # the Kode as Kinerja has it, case aside)
    report = _with_blud_program(kode, name)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_400_000_000, 500_000_000)
    assert budget_of(report, kode).penyerapan == 25
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert "sumber dana" not in str(findings_by_cell(report, "Anggaran")), report.findings


def test_a_funding_source_row_with_no_kode_of_kinerja_is_still_left_out():
    # Kinerja without a "BLUD" node: the row under 2.06.04 fits in it (200 jt of 1.200 jt), its share as before
    rows = [
        anggaran_row("2.06.04", _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None)),
        anggaran_row("BLUD", "BLUD RSUD", "", "200.000.000", ("20.000.000", "30.000.000", None, None)),
    ]
    report = run(_kinerja(), rows)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_200_000_000, 450_000_000)
    assert "rincian sumber dana 2.06.04" in findings_by_cell(report, "Anggaran")["B3"]


# --- A program's refund and its funding-source rows ---------------------------------------------------------


def _refund_program(*funding, tw2="-5.000.000"):
    # 2.06.04 Pagu 1.200.000.000: TW I 120 jt, TW II ``tw2`` (a refund), TW III 80 jt; report s.d. TW III;
    # then ``funding``: (name, pagu, (TW I, TW II, TW III)) with a blank Kode
    rows = [anggaran_row("2.06.04", _PROGRAM, "", "1.200.000.000", ("120.000.000", tw2, "80.000.000", None))]
    rows += [anggaran_row("", name, "", pagu, (*tws, None)) for name, pagu, tws in funding]
    return run(_kinerja(), rows, triwulan=3)


@pytest.mark.parametrize(
    "dau, dak",
    [
        (("70.000.000", "-3.000.000", "50.000.000"), ("50.000.000", "-2.000.000", "30.000.000")),
        (("70.000.000", "0", "50.000.000"), ("50.000.000", "-5.000.000", "30.000.000")),
        (("70.000.000", "-", "50.000.000"), ("50.000.000", "(5.000.000)", "30.000.000")),
    ],
)
def test_funding_rows_sharing_the_program_s_refund_are_left_out(dau, dak):
    # DAU 700 jt and DAK 500 jt (1.200 jt) share TW II's -5.000.000 (-3 jt and -2 jt; 0 and -5 jt): each a share
    # of 2.06.04. Counted: the program, 120 - 5 + 80 = 195.000.000 of 1.200.000.000 = 16,25 % (before: the row
    # whose share was above the program's -5 jt, -3 jt or 0, a galat "Kode program kosong", no TOTAL)
    report = _refund_program(("DAU", "700.000.000", dau), ("DAK", "500.000.000", dak))
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_200_000_000, 195_000_000)
    assert budget_of(report, "2.06.04").penyerapan == Fraction(65, 4)
    said = findings_by_cell(report, "Anggaran")
    assert "rincian sumber dana 2.06.04" in said["B3"] and "rincian sumber dana 2.06.04" in said["B4"], said


def test_a_share_above_the_program_s_quarter_before_another_source_s_refund_is_left_out():
    # 2.06.04 TW II 100.000.000: DAK spent 105.000.000 and DAU refunded (5.000.000): 105 - 5 = 100 jt, the
    # program's. DAK alone is above 100 jt, but with the DAU row right after it the two fit: both shares
    # (before: both a galat "Kode program kosong", no TOTAL). Counted: 120 + 100 + 80 = 300.000.000 of
    # 1.200.000.000 = 25 %
    report = _refund_program(
        ("DAK", "500.000.000", ("50.000.000", "105.000.000", "30.000.000")),
        ("DAU", "700.000.000", ("70.000.000", "(5.000.000)", "50.000.000")),
        tw2="100.000.000",
    )
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1_200_000_000, 300_000_000)
    assert budget_of(report, "2.06.04").penyerapan == 25


def test_a_funding_row_spending_in_the_program_s_refund_quarter_is_no_share():
    # the program's TW II -5.000.000 (a refund), DAU's TW II 10.000.000 spent: no share of a quarter whose whole
    # is a refund unless another row refunds it: alone, the galat as before
    report = _refund_program(("DAU", "700.000.000", ("70.000.000", "10.000.000", "50.000.000")))
    assert "A3" in findings_by_cell(report, "Anggaran", GALAT)
    assert report.total_pagu is None


@pytest.mark.parametrize("name", ["DAU (pengembalian)", "DAK koreksi SP2D", "DAU"])
def test_a_refund_typed_on_a_funding_row_of_its_own_is_a_koreksi(name):
    # 2.06.04 TW II 100.000.000; DAU 700 jt (TW II 60 jt), then ``name`` with TW II -5.000.000 and no pagu: a
    # refund on a row of its own, never "already in" the program unsaid (before: left out as a share, the
    # program's 100.000.000 counted as if it held the refund). The koreksi galat: 100.000.000 - 5.000.000 =
    # 95.000.000 to type at G2, or delete the row; no TOTAL meanwhile
    report = _refund_program(
        ("DAU", "700.000.000", ("70.000.000", "60.000.000", "50.000.000")),
        (name, None, (None, "-5.000.000", None)),
        tw2="100.000.000",
    )
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert "A4" in galat, galat
    assert "kurangkan Rp 5.000.000 dari realisasi TW II baris 2" in galat["A4"], galat
    assert "Rp 100.000.000 - Rp 5.000.000 = Rp 95.000.000" in galat["A4"], galat
    assert report.total_realisasi_anggaran is None


# --- Pengaturan's Total Pagu Perjanjian Kinerja in another scale ---------------------------------------------


def _pk_total(total, rows=None):
    # the seed's three programs (helpers_anggaran: pagu 3.578.850.965 + 82.706.300 + 6.532.742.965 =
    # 10.194.300.230) and Pengaturan's Total Pagu Perjanjian Kinerja ``total`` (Pengaturan!B7)
    return run(
        kinerja_three_programs(),
        rows or anggaran_three_programs(),
        **{"Total Pagu Perjanjian Kinerja": total},
    )


@pytest.mark.parametrize("total", ["10.194.300", 10_194_300, "Rp 10.194.301", "10.194.300,23"])
def test_a_pk_total_typed_in_ribuan_is_told_so(total):
    # 10.194.300 x 1.000 = 10.194.300.000, 230 short of the programs' 10.194.300.230 (ribuan cut; 10.194.301
    # rounded up, 770 over; 10.194.300,23 exact): before, only "lebih Rp 10.184.105.930" (a program missing?)
    said = findings_by_cell(_pk_total(total), "Pengaturan")["B7"]
    assert "ditulis dalam ribuan rupiah" in said and "tulis dalam rupiah penuh, 10.194.300.230" in said, said


def test_a_pk_total_with_three_zeros_too_many_is_told_so():
    # 10.194.300.230.000 = 1.000 x 10.194.300.230: kurang 10.194.300.230 x 999 = 10.184.105.929.770
    said = findings_by_cell(_pk_total("10.194.300.230.000"), "Pengaturan")["B7"]
    assert "kurang Rp 10.184.105.929.770" in said and "3 angka nol berlebih" in said, said
    assert "tulis 10.194.300.230" in said, said


def test_a_pk_total_short_by_a_program_names_no_scale():
    # 10.194.300.230 - 82.706.300 = 10.111.593.930: a program left out of the Total, no slip of scale
    said = findings_by_cell(_pk_total("10.111.593.930"), "Pengaturan")["B7"]
    assert "lebih Rp 82.706.300" in said and "ribuan" not in said and "angka nol" not in said, said


def test_a_pk_total_in_ribuan_of_the_pagu_before_the_pagu_perubahan_is_told_so():
    # P3.01's Pagu 3.578.850.965 raised to 3.600.000.000 (Pagu Perubahan): the PK's programs 10.194.300.230 as
    # before, counted 10.194.300.230 - 3.578.850.965 + 3.600.000.000 = 10.215.449.265; the Total typed
    # 10.194.300 is the PK's in ribuan
    rows = anggaran_three_programs()
    rows[0][4] = 3_600_000_000  # (Pagu Perubahan)
    said = findings_by_cell(_pk_total("10.194.300", rows), "Pengaturan")["B7"]
    assert "Rp 10.215.449.265" in said and "tulis dalam rupiah penuh, 10.194.300.230" in said, said


# --- The pagu in ribuan on every row, the spending in rupiah ------------------------------------------------


def _ribuan_everywhere(program=True):
    # program 2.06.04 Pagu 1.200.000 (TW I 150 jt, TW II 300 jt) over Kegiatan A 700.000 (100 + 200 jt) over
    # Sub Kegiatan A1 the same, and Kegiatan B 500.000 (50 + 100 jt) over B1 the same: every pagu in ribuan
    # (Rp 1,2 M = 700 jt + 500 jt), the spending in rupiah; ``program``: its row typed (else made of A and B)
    p = "2.06.04"
    rows = [
        anggaran_row(f"{p}.1.01", "Kegiatan A", "", "700.000", ("100.000.000", "200.000.000", None, None)),
        anggaran_row(f"{p}.1.01.0001", "Sub Kegiatan A1", "", "700.000", ("100.000.000", "200.000.000", None, None)),
        anggaran_row(f"{p}.1.02", "Kegiatan B", "", "500.000", ("50.000.000", "100.000.000", None, None)),
        anggaran_row(f"{p}.1.02.0001", "Sub Kegiatan B1", "", "500.000", ("50.000.000", "100.000.000", None, None)),
    ]  # fmt: skip
    if program:
        rows.insert(0, anggaran_row(p, _PROGRAM, "", "1.200.000", ("150.000.000", "300.000.000", None, None)))
    return run(_kinerja(), rows)


@pytest.mark.parametrize("program", [True, False])
def test_a_pagu_in_ribuan_on_every_row_is_a_galat_naming_each_pagu(program):
    # s.d. TW II 150 + 300 = 450.000.000 (A 300 jt + B 150 jt) against 1.200.000: 37.500 % before, printed in
    # Tabel 3.4 and the Sasaran's efisiensi with a peringatan, each row's "melebihi pagu ... kumulatif" (wrong
    # advice). Now a galat at the program's pagu (D2; made of its Kegiatan: their first row's), pagu and
    # penyerapan not computed (the realisasi stands), and each rincian's pagu named with the figure to type:
    # 700.000 x 1.000 = 700.000.000, 500.000 x 1.000 = 500.000.000
    report = _ribuan_everywhere(program)
    budget = budget_of(report, "2.06.04")
    assert (budget.pagu, budget.penyerapan, budget.realisasi_exact) == (None, None, 450_000_000)
    assert (report.total_pagu, report.total_penyerapan) == (None, None)
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"D2"}, galat
    for part in ("Rp 1.200.000", "37,50%", "tidak dihitung"):
        assert part in galat["D2"], galat
    if program:  # (its own row: 1.200.000 x 1.000 = 1.200.000.000 typed at D2)
        assert "tulis 1.200.000.000" in galat["D2"], galat
    else:  # (D2 is Kegiatan A's 700.000: each Kegiatan's figure at its cell, anggaran63's test_anggaran63)
        assert "tulis 1.200.000.000" not in galat["D2"], galat
        assert "700.000.000 di Anggaran!D2, 500.000.000 di Anggaran!D4" in galat["D2"], galat
    said = findings_by_cell(report, "Anggaran")
    first = 3 if program else 2
    kegiatan = {f"D{first + k}": meant for k, meant in enumerate(("700.000.000", "500.000.000"))}
    if program:  # (the Sub Kegiatan rows under the Kegiatan rows: D3 A, D4 A1, D5 B, D6 B1)
        kegiatan = {"D3": "700.000.000", "D4": "700.000.000", "D5": "500.000.000", "D6": "500.000.000"}
    else:  # (Kegiatan A D2, A1 D3, B D4, B1 D5)
        kegiatan = {"D2": "700.000.000", "D3": "700.000.000", "D4": "500.000.000", "D5": "500.000.000"}
    for cell, meant in kegiatan.items():
        assert "ditulis dalam ribuan rupiah" in said.get(cell, "") and f"tulis {meant}" in said[cell], said
    assert "melebihi pagu" not in str(said), said
    (sasaran,) = [r for r in report.efisiensi if r.kode == "S1"]
    assert (sasaran.pagu, sasaran.penyerapan, sasaran.efisiensi) == (None, None, None)


def test_a_pagu_in_ribuan_on_every_row_in_rupiah_after_the_fix_is_quiet():
    # the same rows typed in rupiah (x 1.000): 450.000.000 / 1.200.000.000 = 37,5 %, nothing said of a scale
    p = "2.06.04"
    rows = [
        anggaran_row(p, _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None)),
        anggaran_row(
            f"{p}.1.01", "Kegiatan A", "", "700.000.000", ("100.000.000", "200.000.000", None, None)
        ),
        anggaran_row(f"{p}.1.02", "Kegiatan B", "", "500.000.000", ("50.000.000", "100.000.000", None, None)),
    ]
    report = run(_kinerja(), rows)
    assert budget_of(report, p).penyerapan == Fraction(75, 2)
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert "ribuan" not in str(findings_by_cell(report, "Anggaran"))


def test_a_kegiatan_spending_a_little_above_its_pagu_keeps_its_melebihi_pagu():
    # program 1.200.000 (ribuan) over Kegiatan A 700.000.000 (100 + 200 jt, within) and B 500.000.000 with
    # 600.000.000 spent (100 + 500 jt, 1,2 times: no thousandfold): B's "melebihi pagu" stays, B's pagu is no
    # ribuan; the program's pagu a galat (sum 1.200.000.000 = 1.000 x 1.200.000)
    p = "2.06.04"
    rows = [
        anggaran_row(p, _PROGRAM, "", "1.200.000", ("200.000.000", "700.000.000", None, None)),
        anggaran_row(
            f"{p}.1.01", "Kegiatan A", "", "700.000.000", ("100.000.000", "200.000.000", None, None)
        ),
        anggaran_row(
            f"{p}.1.02", "Kegiatan B", "", "500.000.000", ("100.000.000", "500.000.000", None, None)
        ),
    ]
    report = run(_kinerja(), rows)
    said = findings_by_cell(report, "Anggaran")
    assert "melebihi pagu" in said.get("G4", ""), said
    assert "D4" not in said and "D3" not in said, said
    assert "D2" in findings_by_cell(report, "Anggaran", GALAT)


# --- Nothing spent yet typed with its zero, either first -----------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "0 (belum ada SP2D)",
        "Rp0 (belum SP2D)",
        "Rp. 0 (belum ada SP2D)",
        "nihil (belum ada SP2D)",
        "Rp 0 - belum SP2D",
        "0 belum ada SP2D",
        "0, belum ada realisasi",
        "0 (SP2D belum terbit)",
        "- (belum cair)",
        "belum cair (Rp 0)",
        "belum ada SPM, Rp 0,-",
        "BELUM SP2D: 0",
        "belum ada SP2D (Rp 0)",  # (anggaran59's form, read so since then)
    ],
)
def test_nothing_spent_yet_with_its_zero_in_any_order_is_read_as_rp_0(typed):
    # Pagu 500.000.000, TW I 100.000.000, TW II ``typed``: 100.000.000 + 0 = 100.000.000 of 500.000.000 = 20 %,
    # the peringatan at G2 as for "belum ada SP2D (Rp 0)" (before: the zero first a galat "ada teks ... di
    # belakang angka", "belum cair (Rp 0)" a galat "bukan angka": realisasi and penyerapan none)
    report = run(
        _kinerja(), [anggaran_row("2.06.04", _PROGRAM, "", "500.000.000", ("100.000.000", typed, None, None))]
    )
    program = budget_of(report, "2.06.04")
    assert (program.realisasi_exact, program.penyerapan) == (100_000_000, 20)
    assert not findings_by_cell(report, "Anggaran", GALAT)
    said = findings_by_cell(report, "Anggaran")["G2"]
    assert f'"{typed}" dibaca Rp 0' in said, said


@pytest.mark.parametrize(
    "typed",
    ["belum SP2D", "belum ada SP2D", "0 (sementara)", "sementara Rp 0", "40 jt (belum SP2D)", "0 (2 SP2D)"],
)
def test_a_note_without_its_zero_or_another_figure_stays_a_galat(typed):
    # no figure typed, a provisional zero, a sum beside the note, a count: no realisasi guessed
    report = run(
        _kinerja(), [anggaran_row("2.06.04", _PROGRAM, "", "500.000.000", ("100.000.000", typed, None, None))]
    )
    assert budget_of(report, "2.06.04").penyerapan is None
    assert "G2" in findings_by_cell(report, "Anggaran", GALAT)


def test_nothing_spent_yet_on_a_sub_kegiatan_row_sums_as_rp_0():
    # a program made of two Kegiatan (no program row): A 300.000.000 TW II 60.000.000, B 200.000.000 TW II
    # "0 (belum ada SP2D)": 60.000.000 + 0 = 60.000.000 of 500.000.000 = 12 % (before: B's galat left the
    # program's realisasi not computed)
    p = "2.06.04"
    rows = [
        anggaran_row(f"{p}.1.01", "Kegiatan A", "", "300.000.000", (None, "60.000.000", None, None)),
        anggaran_row(f"{p}.1.02", "Kegiatan B", "", "200.000.000", (None, "0 (belum ada SP2D)", None, None)),
    ]
    program = budget_of(run(_kinerja(), rows), p)
    assert (program.pagu_exact, program.realisasi_exact, program.penyerapan) == (500_000_000, 60_000_000, 12)


def test_a_pagu_perubahan_in_ribuan_beside_its_pagu_in_rupiah_is_a_galat():
    # Pagu 1.200.000.000, Pagu Perubahan 1.250.000 (ribuan, the one counted), spent 150 + 300 = 450.000.000:
    # 450.000.000 / 1.250.000 = 36.000 % printed before with a peringatan ("Pagu Perubahan ini yang
    # dihitung"); now that peringatan is a galat at E2, pagu and penyerapan not computed; with Rp
    # 1.250.000.000: 450.000.000 / 1.250.000.000 = 36 %, named
    row = anggaran_row(
        "2.06.04", _PROGRAM, "", "1.200.000.000", ("150.000.000", "300.000.000", None, None), "1.250.000"
    )
    report = run(_kinerja(), [row])
    budget = budget_of(report, "2.06.04")
    assert (budget.pagu, budget.penyerapan, budget.realisasi_exact) == (None, None, 450_000_000)
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert set(galat) == {"E2"}, galat
    assert "tulis 1.250.000.000" in galat["E2"] and "36,00%" in galat["E2"], galat
    assert "yang dihitung" not in galat["E2"] and "biarkan" not in galat["E2"], galat
