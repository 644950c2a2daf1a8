"""Staff round 20: the finance staff copying their SIPD export into Anggaran, Triwulan II 2025, with
the seed's budget rows (Tabel 3.4, seed ~949-968); every figure by hand (Fraction).

Found wrong, and tested here:
- Kegiatan / Sub Kegiatan rows of the export not in Kinerja were left out (their Kode extends their
  program's) but never compared with their program: a program whose Kegiatan add up to another pagu
  or realisasi was printed without a word, though the reader trusts the program's figure.
- the same rows under a program whose Kode in Kinerja is the agency's own ("P3.01", the example's),
  not the SIPD Kode they extend: counted as programs not in Kinerja, the money twice in Tabel 3.4's
  TOTAL (and the mail's, the rekap's, the export's, which read the same budgets).
- a SIPD heading (Urusan, Bidang Urusan) above ONE program carries that program's pagu alone: no sum
  of two rows, so not recognised, and counted again.

Grids by hand (tests/test_engine.py's helpers): Anggaran's header is row 1, data from row 2: A Kode,
B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_anggaran import (
    THREE_PROGRAMS_PAGU,
    THREE_PROGRAMS_SPENT,
    anggaran_findings,
    anggaran_three_programs,
    assert_only_the_programs_counted,
    kinerja_three_programs,
)
from tests.test_engine import anggaran_row, run

_BIDANG_PERDAGANGAN = "URUSAN PEMERINTAHAN BIDANG PERDAGANGAN"


# The two Kegiatan of P3.01 (tests/test_anggaran_rincian.py): 2.000.000.000 spent 40.000.000 +
# 60.000.000, and 1.578.850.965 spent 7.853.500 + 50.000.000; together 3.578.850.965 and 157.853.500,
# the program's. The first one's single Sub Kegiatan carries it whole.
def _kegiatan(program: str = "2.17.03", second_pagu: int = 1_578_850_965, second_tw2: int = 50_000_000):
    return [
        anggaran_row(
            f"{program}.2.01",
            "Kegiatan pemberdayaan",
            None,
            2_000_000_000,
            (40_000_000, 60_000_000, None, None),
        ),  # fmt: skip
        anggaran_row(
            f"{program}.2.01.0001",
            "Sub kegiatan pendataan",
            None,
            2_000_000_000,
            (40_000_000, 60_000_000, None, None),
        ),  # fmt: skip
        anggaran_row(
            f"{program}.2.02", "Kegiatan kemitraan", None, second_pagu, (7_853_500, second_tw2, None, None)
        ),
    ]


def test_sipd_kegiatan_whose_pagu_does_not_add_up_to_their_program_are_pointed_out_at_its_pagu():
    # The second Kegiatan typed 1.500.000.000 instead of 1.578.850.965: 2.000.000.000 + 1.500.000.000 =
    # 3.500.000.000, short of the program's 3.578.850.965 by 78.850.965. The Sub Kegiatan is the first
    # Kegiatan's detail (2.000.000.000 = 2.000.000.000), never added to the program's sum.
    a, b, c = anggaran_three_programs()
    rows = [a, *_kegiatan(second_pagu=1_500_000_000), b, c]  # program row 2, kegiatan rows 3-5
    report = run(kinerja_three_programs(), rows)
    assert_only_the_programs_counted(report)
    said = anggaran_findings(report)
    # (the three SIPD rows named once, at A3:A5, since sipd49: the lead's decision, once per program)
    assert set(said) == {"A3:A5", "D2"}, said
    assert said["A3:A5"].rows == (3, 4, 5) and "rincian program 2.17.03" in said["A3:A5"].pesan
    assert all(f.severity == PERINGATAN for f in said.values())
    pagu = said["D2"].pesan
    assert "2.17.03" in pagu and "Rp 3.578.850.965" in pagu and "Rp 3.500.000.000" in pagu, pagu
    assert "2.17.03.2.01 baris 3" in pagu and "2.17.03.2.02 baris 5" in pagu and "baris 4" not in pagu
    assert "lebih Rp 78.850.965" in pagu  # the program above its details


def test_sipd_kegiatan_whose_spending_does_not_add_up_is_pointed_out_at_the_reported_quarter():
    # The second Kegiatan's TW II typed 40.000.000 instead of 50.000.000: s.d. TW II 40.000.000 +
    # 60.000.000 + 7.853.500 + 40.000.000 = 147.853.500, the program's 157.853.500 less 10.000.000.
    a, b, c = anggaran_three_programs()
    report = run(kinerja_three_programs(), [a, *_kegiatan(second_tw2=40_000_000), b, c])
    assert_only_the_programs_counted(report)
    said = anggaran_findings(report)
    # G: Realisasi TW II; the three SIPD rows named once, at A3:A5 (sipd49: once per program)
    assert set(said) == {"A3:A5", "G2"}, said
    spent = said["G2"].pesan
    assert "s.d. TW II" in spent and "Rp 157.853.500" in spent and "Rp 147.853.500" in spent, spent
    assert "lebih Rp 10.000.000" in spent  # 157.853.500 above 147.853.500


def test_sipd_kegiatan_under_a_program_with_the_agencys_own_kode_are_details_not_programs():
    # Kinerja names the programs P3.01, P3.02, P4.02 (the example's); the SIPD rows under P3.01 carry
    # SIPD's Kode 2.17.03.2.xx. Counted as programs not in Kinerja, Tabel 3.4's TOTAL was 10.194.300.230
    # + 2.000.000.000 + 2.000.000.000 + 1.578.850.965 = 15.773.151.195. They add up to P3.01: left out.
    kodes = ("P3.01", "P3.02", "P4.02")
    a, b, c = anggaran_three_programs(*kodes)
    report = run(kinerja_three_programs(*kodes), [a, *_kegiatan(), b, c])
    assert_only_the_programs_counted(report, kodes)
    # (they add up to P3.01, 2.000.000.000 + 1.578.850.965 = 3.578.850.965 and its spending: said
    # nothing since sipd49, the lead's decision that rows that are right get no finding; before, a
    # peringatan at A3, A4 and A5 each. The next test names them, once, where they do not add up)
    assert anggaran_findings(report) == {}
    assert not [f for f in report.findings if f.severity == GALAT]


def test_sipd_kegiatan_under_an_own_kode_program_not_adding_up_are_said_so_too():
    # As above with the second Kegiatan 1.500.000.000: 3.500.000.000 against P3.01's 3.578.850.965.
    kodes = ("P3.01", "P3.02", "P4.02")
    a, b, c = anggaran_three_programs(*kodes)
    report = run(kinerja_three_programs(*kodes), [a, *_kegiatan(second_pagu=1_500_000_000), b, c])
    assert_only_the_programs_counted(report, kodes)
    pagu = anggaran_findings(report)["D2"].pesan
    assert "P3.01" in pagu and "Rp 3.500.000.000" in pagu and "lebih Rp 78.850.965" in pagu
    rows = anggaran_findings(report)["A3:A5"]
    assert rows.severity == PERINGATAN and "P3.01" in rows.pesan and "tidak dihitung" in rows.pesan


def test_a_bidang_urusan_heading_above_one_program_is_not_counted_again():
    # "3" (Urusan Pilihan) and "3.30" (Bidang Perdagangan) above their one program 3.30.03, each with its
    # pagu 6.532.742.965 alone. Counted, the TOTAL was 10.194.300.230 + 2 x 6.532.742.965 = 23.259.786.160.
    a, b, c = anggaran_three_programs()
    urusan = anggaran_row("3", "URUSAN PEMERINTAHAN PILIHAN", None, 6_532_742_965)
    bidang = anggaran_row("3.30", _BIDANG_PERDAGANGAN, None, 6_532_742_965)
    report = run(kinerja_three_programs(), [a, b, urusan, bidang, c])  # rows 2-6
    assert_only_the_programs_counted(report)
    said = anggaran_findings(report)
    assert set(said) == {"A4", "A5"}, said
    for sel in ("A4", "A5"):
        assert said[sel].severity == PERINGATAN and "3.30.03 baris 6" in said[sel].pesan
        assert "Rp 6.532.742.965" in said[sel].pesan and "tidak dihitung" in said[sel].pesan


def test_a_bidang_urusan_heading_above_one_own_kode_program_is_known_by_its_name():
    # The program is P4.02 in Kinerja: "3.30" is no prefix of it; its Uraian names it a Bidang Urusan.
    kodes = ("P3.01", "P3.02", "P4.02")
    a, b, c = anggaran_three_programs(*kodes)
    bidang = anggaran_row("3.30", _BIDANG_PERDAGANGAN, None, 6_532_742_965)
    report = run(kinerja_three_programs(*kodes), [a, b, bidang, c])
    assert_only_the_programs_counted(report, kodes)
    said = anggaran_findings(report)
    assert set(said) == {"A4"} and "P4.02 baris 5" in said["A4"].pesan, said


def test_a_real_program_with_the_same_pagu_as_the_one_below_is_counted():
    # A program not in Kinerja (no indicators) with the pagu and spending of P3.02 (82.706.300 /
    # 1.800.000), right above it: a program, not a heading (its Kode prefixes none, its name is a
    # program's). Counted, toward no Sasaran: the TOTAL is 10.194.300.230 + 82.706.300.
    a, b, c = anggaran_three_programs()
    twin = anggaran_row("2.17.05", "PROGRAM LAIN", None, 82_706_300, (None, 1_800_000, None, None))
    report = run(kinerja_three_programs(), [a, twin, b, c])
    assert [x.kode for x in report.budgets] == ["2.17.03", "2.17.05", "2.17.04", "3.30.03"]
    assert report.total_pagu == THREE_PROGRAMS_PAGU + 82_706_300
    assert report.total_realisasi_anggaran == THREE_PROGRAMS_SPENT + 1_800_000


@pytest.mark.slow  # (three CLI runs on the example, about 5 s)
def test_check_export_and_tabel_3_4_leave_sipd_kegiatan_under_an_own_kode_program_out_alike(tmp_path):
    import json

    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main

    # The example's Anggaran (header row 3, 16 programs on rows 4-19, Kodes P0.01 ... P1.03) with the
    # SIPD Kegiatan of its last program P1.03 (8.706.000, nothing spent; seed Tabel 3.4 row 16) typed
    # below it on rows 20-21: 5.000.000 + 3.700.000 = 8.700.000, 6.000 short of the program's. Counted as
    # programs, Tabel 3.4's TOTAL was 27.805.047.633 + 8.700.000 = 27.813.747.633.
    path = tmp_path / "sipd.xlsx"
    wb = openpyxl.load_workbook("workbooks/lkjip-diskopukm-lumajang-tw2-2025.xlsx")
    ws = wb["Anggaran"]
    assert ws["A19"].value == "P1.03" and ws["D19"].value == 8_706_000 and ws["A20"].value is None
    for row, kode, pagu in ((20, "3.31.05.2.01", 5_000_000), (21, "3.31.05.2.02", 3_700_000)):
        for col, value in zip("ABDG", (kode, "Kegiatan", pagu, 0)):
            ws[f"{col}{row}"] = value
    wb.save(path)
    runner = CliRunner()
    lines = [line for line in runner.invoke(main, ["check", str(path)]).output.splitlines() if "!" in line]
    # (the two rows, 6.000 short of their program, named once at A20:A21 since sipd49: once per program)
    (said,) = [line for line in lines if "Anggaran!A20" in line]
    assert "Anggaran!A20:A21" in said and said.startswith("peringatan") and "P1.03" in said, lines
    (pagu,) = [line for line in lines if "Anggaran!D19" in line]
    # 8.706.000 - 8.700.000 = 6.000: the program above its details
    assert "Rp 8.706.000" in pagu and "Rp 8.700.000" in pagu and "lebih Rp 6.000" in pagu, pagu
    assert not [line for line in lines if "Pengaturan!" in line], lines
    exported = json.loads(runner.invoke(main, ["export", str(path)]).stdout)
    assert [b["kode"] for b in exported["anggaran"]][-1] == "P1.03"
    assert len(exported["anggaran"]) == 16
    out = tmp_path / "hasil.xlsx"
    assert runner.invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Realisasi Anggaran"]
    (total,) = [r for r in sheet.iter_rows(values_only=True) if r[0] == "TOTAL"]
    assert total[3:5] == (27_805_047_633, 6_835_975_140)  # seed Tabel 3.4's TOTAL
