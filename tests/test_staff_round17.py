"""Staff round 17: the finance staff (Subbag Keuangan) of a Badan filling Anggaran for Triwulan III
2025 from the SIPD export, every figure of Tabel 3.3 / 3.4 read against hand arithmetic (Fraction).

Found wrong, and tested here:
- the SIPD export lists the programs under their Urusan and Bidang Urusan rows ("2", "2.17 URUSAN
  PEMERINTAHAN BIDANG KOPERASI ...") and closes with "5 BELANJA DAERAH", each carrying the sum of the
  pagu under it. Copied with the programs, such a row has a Kode, so no total-row rule applies: it was
  counted as a program not in Kinerja (a peringatan only saying it counts toward no Sasaran), and
  Tabel 3.4's TOTAL, the mail's and the rekap's pagu counted the same money two or three times.

Found right, and left alone (probed the same day): Kode and Kode Sasaran with a trailing space or a
non-breaking space; "Rp 1.234.567.890,00", "1.234.567.890,-", "1,23 M", "Rp 1,2 Miliar", amounts
stored as text; "Rp1.2 Miliar" and "1,234,567,890" galat; "1.1, 1.2" and "1.1 / 1.2" as Kode Sasaran
galat; a Kode Sasaran naming the Tujuan (a peringatan, the Tujuan given the budget); a quarter equal
to the one before; spending above the pagu and above a lower Pagu Perubahan; a program with pagu 0; a
negative quarter; a Jumlah row at the bottom; Kegiatan and Sub Kegiatan rows not adding up.

Grids by hand (tests/test_engine.py's helpers): Anggaran's header is row 1, data from row 2: A Kode,
B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import anggaran_row, kinerja_row, run

M = 1_000_000

# Tujuan 1 > Sasaran 1.1 (X.XX.01, 2.17.02) and 1.2 (2.17.03); every indicator 70 of 100 s.d. TW III.
_KINERJA = [
    kinerja_row("1", "Tujuan", "", "Tujuan", "I T", 100, (None, 40, 30, None), jenis="Kumulatif"),
    kinerja_row("1.1", "Sasaran", "1", "Sasaran satu", "I S1", 100, (None, 40, 30, None), jenis="Kumulatif"),
    kinerja_row("1.2", "Sasaran", "1", "Sasaran dua", "I S2", 100, (None, 40, 30, None), jenis="Kumulatif"),
    kinerja_row(
        "X.XX.01", "Program", "1.1", "PROGRAM PENUNJANG", "I P0", 100, (None, 40, 30, None), jenis="Kumulatif"
    ),  # fmt: skip
    kinerja_row(
        "2.17.02", "Program", "1.1", "PROGRAM KOPERASI", "I P1", 100, (None, 40, 30, None), jenis="Kumulatif"
    ),  # fmt: skip
    kinerja_row(
        "2.17.03", "Program", "1.2", "PROGRAM UMKM", "I P2", 100, (None, 40, 30, None), jenis="Kumulatif"
    ),
]

# X.XX.01: 500 juta, spent 100 + 80 + 120 = 300 juta; 2.17.02 and 2.17.03: 1.000 juta each, spent
# 100 + 200 + 300 = 600 juta each.
_PROGRAMS = [
    anggaran_row("X.XX.01", "PROGRAM PENUNJANG", None, 500 * M, (100 * M, 80 * M, 120 * M, None)),
    anggaran_row("2.17.02", "PROGRAM KOPERASI", None, 1000 * M, (100 * M, 200 * M, 300 * M, None)),
    anggaran_row("2.17.03", "PROGRAM UMKM", None, 1000 * M, (100 * M, 200 * M, 300 * M, None)),
]
_PAGU = Fraction(500 * M + 1000 * M + 1000 * M)  # 2.500.000.000
_SPENT = Fraction(300 * M + 600 * M + 600 * M)  # 1.500.000.000


def _totals_of_the_programs_alone(report) -> None:
    assert [b.kode for b in report.budgets] == ["X.XX.01", "2.17.02", "2.17.03"]
    assert (report.total_pagu, report.total_realisasi_anggaran) == (_PAGU, _SPENT)
    assert report.total_penyerapan_exact == _SPENT / _PAGU * 100  # 60 exactly
    # Tujuan 1: every program; Sasaran 1.1: X.XX.01 and 2.17.02, 1.500 juta, spent 900 juta, 60 %.
    tujuan, s1, _ = report.efisiensi
    assert (tujuan.pagu, tujuan.realisasi_anggaran) == (_PAGU, _SPENT)
    assert (s1.pagu, s1.realisasi_anggaran) == (1500 * M, 900 * M)


def test_sipd_urusan_and_bidang_urusan_rows_above_the_programs_are_not_counted_again():
    # The SIPD budget export, pagu only on its heading rows: "2" and "2.17" each 2.500.000.000 (the sum
    # of the three programs). Counted as programs, Tabel 3.4's TOTAL was 3 x 2.500.000.000 =
    # 7.500.000.000 pagu, 1.500.000.000 spent: 20 % penyerapan instead of 60 %.
    urusan = anggaran_row("2", "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR", None, 2500 * M)  # fmt: skip
    bidang = anggaran_row(
        "2.17", "URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH", None, 2500 * M
    )
    report = run(_KINERJA, [urusan, bidang, *_PROGRAMS], triwulan=3)
    _totals_of_the_programs_alone(report)
    said = {f.sel: f for f in report.findings if f.sheet == "Anggaran"}
    assert set(said) == {"A2", "A3"}, said
    assert all(f.severity == PERINGATAN for f in said.values())
    # "2.17": the sum of the rows below it, named by Kode and row (rows 4-6)
    assert "Rp 2.500.000.000" in said["A3"].pesan and "X.XX.01 baris 4" in said["A3"].pesan
    assert "2.17.03 baris 6" in said["A3"].pesan and "tidak dihitung" in said["A3"].pesan
    # "2": the same programs (the Bidang Urusan row between is itself a heading, not counted)
    assert "X.XX.01 baris 4" in said["A2"].pesan and "2.17 baris 3" not in said["A2"].pesan


def test_a_belanja_daerah_row_below_the_programs_with_its_spending_is_not_counted_again():
    # "5 BELANJA DAERAH" closing the export, with the sum of the spending too: 300 + 480 + 720 =
    # 1.500.000.000 s.d. TW III. Counted, it doubled the TOTAL: 5.000.000.000 / 3.000.000.000.
    belanja = anggaran_row("5", "BELANJA DAERAH", None, 2500 * M, (300 * M, 480 * M, 720 * M, None))
    report = run(_KINERJA, [*_PROGRAMS, belanja], triwulan=3)
    _totals_of_the_programs_alone(report)
    (said,) = [f for f in report.findings if f.sheet == "Anggaran"]
    assert (said.sel, said.severity) == ("A5", PERINGATAN)
    assert "X.XX.01 baris 2" in said.pesan and "2.17.03 baris 4" in said.pesan
    assert not [f for f in report.findings if f.severity == GALAT]


def test_a_program_not_in_kinerja_whose_pagu_adds_up_to_no_rows_is_counted_as_before():
    # A support program without indicators (in Kinerja under no Kode): 2.500.000.000 = the pagu of one
    # row only below it would be a coincidence: counted, toward no Sasaran (a peringatan as before).
    lone = anggaran_row("2.17.01", "PROGRAM LAIN", None, 1000 * M, (M, M, M, None))
    rows = list(_PROGRAMS)
    rows.insert(1, lone)
    report = run(_KINERJA, rows, triwulan=3)
    assert len(report.budgets) == 4
    assert report.total_pagu == _PAGU + lone[3]
    # Changed (tepi52): "5 BELANJA" whose spending disagrees with the programs' (300 + 480 + 700 =
    # 1.480.000.000, not 1.500.000.000) was counted too (TOTAL 5.000.000.000); Kode 5 is SIPD's Belanja
    # Daerah, never a program: left out, its realisasi said not to be the programs' sum
    disagreeing = anggaran_row("5", "BELANJA", None, 2500 * M, (300 * M, 480 * M, 700 * M, None))
    rows = list(_PROGRAMS)
    rows.insert(3, disagreeing)
    report = run(_KINERJA, rows, triwulan=3)
    assert len(report.budgets) == 3 and report.total_pagu == _PAGU
    said = [f.pesan for f in report.findings if f.sheet == "Anggaran" and f.sel == "A5"]
    assert said and "realisasinya bukan jumlah baris program" in said[0], said


def test_sipd_kegiatan_rows_not_in_kinerja_under_their_program_row_are_not_counted_again():
    # Kinerja lists programs only; the SIPD export copied with its Kegiatan and Sub Kegiatan rows, whose
    # Kode extends their program's ("2.17.02.2.01" under "2.17.02"). Counted as programs not in Kinerja,
    # Tabel 3.4 listed them and its TOTAL was 2.500 + 600 + 600 + 400 + 1.000 = 5.100.000.000 pagu,
    # 1.500 + 300 + 300 + 300 + 600 = 3.000.000.000 spent. The programs' own rows count, once.
    kegiatan_a = anggaran_row("2.17.02.2.01", "Kegiatan a", None, 600 * M, (50 * M, 100 * M, 150 * M, None))
    sub_a = anggaran_row(
        "2.17.02.2.01.0001", "Sub kegiatan a", None, 600 * M, (50 * M, 100 * M, 150 * M, None)
    )
    kegiatan_b = anggaran_row("2.17.02.2.02", "Kegiatan b", None, 400 * M, (50 * M, 100 * M, 150 * M, None))
    kegiatan_c = anggaran_row("2.17.03.2.01", "Kegiatan c", None, 1000 * M, (100 * M, 200 * M, 300 * M, None))
    penunjang, koperasi, umkm = _PROGRAMS
    rows = [penunjang, koperasi, kegiatan_a, sub_a, kegiatan_b, umkm, kegiatan_c]  # rows 2-8
    report = run(_KINERJA, rows, triwulan=3)
    _totals_of_the_programs_alone(report)
    said = {f.sel: f for f in report.findings if f.sheet == "Anggaran"}
    # (sipd49, the lead's decision: SIPD rows that are right get no finding. 2.17.02: 600 + 400 =
    # 1.000.000.000 pagu, TW I-III 50 + 50, 100 + 100, 150 + 150 = its 100, 200, 300 jt; sub a = Kegiatan
    # a; 2.17.03: Kegiatan c's 1.000 / 100, 200, 300 jt are its own. Before: one peringatan per row,
    # A4, A5, A6 and A8)
    assert said == {}
    # Kegiatan b's pagu typed 450 jt: 600 + 450 = 1.050 jt, not 2.17.02's 1.000 jt. 2.17.02's rows are
    # named once (A4:A6, Excel rows 4-6), 2.17.03's still nothing.
    rows[4] = anggaran_row("2.17.02.2.02", "Kegiatan b", None, 450 * M, (50 * M, 100 * M, 150 * M, None))
    report = run(_KINERJA, rows, triwulan=3)
    _totals_of_the_programs_alone(report)
    said = {f.sel: f for f in report.findings if f.sheet == "Anggaran"}
    assert set(said) == {"A4:A6", "D3"}, said
    assert all(f.severity == PERINGATAN for f in said.values())
    assert "Rp 50.000.000" in said["D3"].pesan  # 1.050.000.000 - 1.000.000.000
    assert "rincian program 2.17.02" in said["A4:A6"].pesan and "tidak dihitung" in said["A4:A6"].pesan
    assert "baris 3" in said["A4:A6"].pesan and said["A4:A6"].rows == (4, 5, 6)


@pytest.mark.slow  # (three CLI runs on the example, about 5 s)
def test_check_export_and_tabel_3_4_leave_a_belanja_daerah_row_out_alike(tmp_path):
    import openpyxl

    # The example's Anggaran (header row 3, 16 programs on rows 4-19) closed with the SIPD export's own
    # total row at 20: "5 BELANJA DAERAH", pagu 27.805.047.633 and TW II 6.835.975.140, the seed's Tabel
    # 3.4 totals (seed ~949-968), the sums of the rows above it. Counted as a program it doubled them:
    # 55.610.095.266 / 13.671.950.280 (and Pengaturan's Total Pagu PK then differed by 27.805.047.633).
    path = tmp_path / "sipd.xlsx"
    wb = openpyxl.load_workbook("workbooks/lkjip-diskopukm-lumajang-tw2-2025.xlsx")
    ws = wb["Anggaran"]
    assert ws["A19"].value == "P1.03" and ws["A20"].value is None
    for col, value in zip("ABDG", ("5", "BELANJA DAERAH", 27_805_047_633, 6_835_975_140)):
        ws[f"{col}20"] = value
    wb.save(path)
    lines = left_out_alike(path, tmp_path, "5", "P0.01 baris 4")
    assert not [line for line in lines if "Pengaturan!" in line], lines


def left_out_alike(path, tmp_path, kode: str, words: str) -> list[str]:
    """``check``, ``export`` and ``build`` of ``path`` (the example with a row ``kode`` at Anggaran row 20):
    one peringatan at A20 with ``words``, the same in the export's pemeriksaan, the row in no output,
    Tabel 3.4's TOTAL the seed's (27.805.047.633 / 6.835.975.140, seed ~949-968). The check's lines."""
    import json

    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main

    runner = CliRunner()
    lines = [line for line in runner.invoke(main, ["check", str(path)]).output.splitlines() if "!" in line]
    said = [line for line in lines if "Anggaran!A20" in line]
    assert len(said) == 1 and said[0].startswith("peringatan") and words in said[0], lines
    exported = json.loads(runner.invoke(main, ["export", str(path)]).stdout)
    assert kode not in [b["kode"] for b in exported["anggaran"]]
    (pesan,) = [f["pesan"] for f in exported["pemeriksaan"] if (f["sheet"], f["sel"]) == ("Anggaran", "A20")]
    assert pesan in said[0]
    out = tmp_path / "hasil.xlsx"
    assert runner.invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Realisasi Anggaran"]
    (total,) = [r for r in sheet.iter_rows(values_only=True) if r[0] == "TOTAL"]
    assert total[3:5] == (27_805_047_633, 6_835_975_140)
    return lines
