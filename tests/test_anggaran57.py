"""Anggaran figures found (not fixed) by the reviews of anggaran56 (anggaran57).

- A program row left blank over the DPA's jenis belanja lines takes their sum (5.1 + 5.2, README): where
  5.1's own lines (5.1.02, 5.1.06) do not add up to 5.1, in pagu, realisasi s.d. the quarter or a quarter,
  nothing was said; 5.1's figure is the one counted (inside the program's), now told at 5.1's cell with both
  sums. A 5.1 whose reported quarter is blank over lines that carry it counted as nothing spent, silently
  (program 600 jt s.d. TW II where the lines give 1.200 jt: penyerapan 20 % for 40 %).
- A Pagu (murni) a thousand times its Pagu Perubahan (SIPD's ",000" typed with a dot) or a thousandth of it
  (typed in ribuan) was quiet: not counted, but printed as the Perjanjian Kinerja's pagu (Tabel 2.4 of the
  Word report, Analisis Capaian, export's pagu_pk, the rekap's Pagu PK). A Pagu Perubahan a thousand times
  its Pagu below Rp 1 triliun was quiet too, and it is counted (penyerapan 0,04 % for 36 %).
"""

from __future__ import annotations

import shutil
from fractions import Fraction

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from tests.common import EXAMPLE
from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.test_anggaran56 import _PROGRAM, _kinerja
from tests.test_anggaran_rincian import _csv
from tests.test_engine import anggaran_row, kinerja_row, run

# --- A blank program over the DPA's lines: 5.1's own lines not adding up to it --------------------------


def _blank_program_dpa(
    barang=("Rp 700.000.000,00", "Rp 100.000.000,00", "Rp 250.000.000,00"),
    operasi_tws=("Rp 400.000.000,00", "Rp 600.000.000,00"),
    modal_lines=(),
):
    # program 2.06.04 blank (no pagu, no quarter): its figures are 5.1 + 5.2 (README). 5.1 2.500.000.000
    # (TW I 400 jt, TW II 600 jt) over 5.1.02 ``barang`` and 5.1.06 1.800.000.000 (300 jt, 350 jt);
    # 5.2 500.000.000 (100 jt, 100 jt) over ``modal_lines``.
    return [
        anggaran_row("2.06.04", _PROGRAM, "", None),
        anggaran_row("5.1", "BELANJA OPERASI", "", "Rp 2.500.000.000,00", (*operasi_tws, None, None)),
        anggaran_row("5.1.02", "Belanja Barang dan Jasa", "", barang[0], (*barang[1:], None, None)),
        anggaran_row("5.1.06", "Belanja Bantuan Sosial", "", "Rp 1.800.000.000,00",
                     ("Rp 300.000.000,00", "Rp 350.000.000,00", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "Rp 500.000.000,00",
                     ("Rp 100.000.000,00", "Rp 100.000.000,00", None, None)),
        *modal_lines,
    ]  # fmt: skip


def test_a_blank_program_whose_5_1_lines_do_not_add_up_in_pagu_is_told_which_figure_counted():
    # 5.1.02 650 jt: 5.1's lines 650.000.000 + 1.800.000.000 = 2.450.000.000 against 5.1's 2.500.000.000
    # (lebih 50.000.000). The program counts 5.1 + 5.2 = 2.500.000.000 + 500.000.000 = 3.000.000.000.
    report = run(
        _kinerja(), _blank_program_dpa(barang=("Rp 650.000.000,00", "Rp 100.000.000,00", "Rp 250.000.000,00"))
    )
    program = budget_of(report, "2.06.04")
    assert Fraction(program.pagu) == 3_000_000_000
    said = findings_by_cell(report, "Anggaran")
    assert "D3" in said, said  # 5.1's Pagu (row 3)
    for figure in (
        "Rp 2.500.000.000",
        "Rp 2.450.000.000",
        "5.1.02 baris 4",
        "5.1.06 baris 5",
        "Rp 3.000.000.000",
    ):
        assert figure in said["D3"], said["D3"]
    assert "Yang dihitung angka jenis belanja 5.1" in said["D3"], said["D3"]
    assert "program 2.06.04" in said["D3"], said["D3"]


def test_a_blank_program_whose_5_1_lines_do_not_add_up_in_spending_is_told():
    # 5.1.02 TW II 200 jt: lines s.d. TW II 100 + 200 + 300 + 350 = 950.000.000 against 5.1's 400 + 600 =
    # 1.000.000.000. The program counts 5.1's: 1.000.000.000 + 5.2's 200.000.000 = 1.200.000.000 of
    # 3.000.000.000 = 40 %.
    report = run(
        _kinerja(), _blank_program_dpa(barang=("Rp 700.000.000,00", "Rp 100.000.000,00", "Rp 200.000.000,00"))
    )
    program = budget_of(report, "2.06.04")
    assert Fraction(program.realisasi) == 1_200_000_000 and program.penyerapan == 40
    said = findings_by_cell(report, "Anggaran")
    assert "G3" in said, said  # 5.1's TW II (the reported quarter)
    for figure in (
        "Rp 1.000.000.000",
        "Rp 950.000.000",
        "Rp 1.200.000.000",
        "Yang dihitung angka jenis belanja 5.1",
    ):
        assert figure in said["G3"], said["G3"]
    assert "D3" not in said, said  # 700 + 1.800 = 2.500: the pagu adds up


def test_a_blank_program_whose_5_1_lines_differ_in_a_quarter_is_told():
    # 5.1.02 TW I 150 jt, TW II 200 jt: s.d. TW II 150 + 200 + 300 + 350 = 1.000.000.000 = 5.1's, but TW I
    # 150 + 300 = 450.000.000 against 5.1's 400.000.000: told at 5.1's TW I (F3)
    report = run(
        _kinerja(), _blank_program_dpa(barang=("Rp 700.000.000,00", "Rp 150.000.000,00", "Rp 200.000.000,00"))
    )
    said = findings_by_cell(report, "Anggaran")
    assert "F3" in said, said
    assert "Rp 450.000.000" in said["F3"] and "Rp 400.000.000" in said["F3"], said["F3"]
    assert "jenis belanja 5.1" in said["F3"], said["F3"]


def test_a_blank_program_whose_5_2_lines_do_not_add_up_is_told():
    # 5.2 500.000.000 over 5.2.02 300.000.000 + 5.2.03 150.000.000 = 450.000.000 (lebih 50.000.000); their
    # quarters 60 + 40 = 100 jt (TW I) and 40 + 60 = 100 jt (TW II), 5.2's own: no spending finding
    lines = [
        anggaran_row("5.2.02", "Belanja Modal Peralatan dan Mesin", "", "Rp 300.000.000,00",
                     ("Rp 60.000.000,00", "Rp 40.000.000,00", None, None)),
        anggaran_row("5.2.03", "Belanja Modal Gedung dan Bangunan", "", "Rp 150.000.000,00",
                     ("Rp 40.000.000,00", "Rp 60.000.000,00", None, None)),
    ]  # fmt: skip
    report = run(_kinerja(), _blank_program_dpa(modal_lines=lines))
    said = findings_by_cell(report, "Anggaran")
    assert "D6" in said and "Rp 450.000.000" in said["D6"] and "Rp 500.000.000" in said["D6"], said
    assert not {"F6", "G6"} & set(said), said
    assert Fraction(budget_of(report, "2.06.04").pagu) == 3_000_000_000  # 2.500 jt + 500 jt


def test_a_blank_program_over_lines_that_add_up_says_only_that_it_is_filled():
    # 700 + 1.800 = 2.500 jt; TW I 100 + 300 = 400 jt, TW II 250 + 350 = 600 jt: every figure adds up
    report = run(_kinerja(), _blank_program_dpa())
    said = findings_by_cell(report, "Anggaran")
    assert list(said) == ["A2"], said
    program = budget_of(report, "2.06.04")
    # 3.000.000.000; s.d. TW II 1.000.000.000 + 200.000.000 = 1.200.000.000, 40 %
    assert (Fraction(program.pagu), Fraction(program.realisasi), program.penyerapan) == (
        3_000_000_000,
        1_200_000_000,
        40,
    )


def test_a_blank_5_1_quarter_over_lines_that_carry_it_takes_their_sum():
    # 5.1's TW II blank; its lines 250 jt + 350 jt = 600 jt (their pagu 700 + 1.800 = 2.500 jt, 5.1's: the
    # whole of it). The program's TW II 600 + 100 = 700 jt, s.d. TW II 500 + 700 = 1.200.000.000 of
    # 3.000.000.000 = 40 % (before: 5.1's TW II nothing spent, 600 jt, 20 %, without a word)
    report = run(_kinerja(), _blank_program_dpa(operasi_tws=("Rp 400.000.000,00", None)))
    program = budget_of(report, "2.06.04")
    assert Fraction(program.realisasi) == 1_200_000_000 and program.penyerapan == 40
    assert report.total_realisasi_anggaran == 1_200_000_000
    said = findings_by_cell(report, "Anggaran")
    assert "G3" in said and "kosong: diisi jumlah rinciannya" in said["G3"], said
    assert "Rp 600.000.000" in said["G3"], said["G3"]


def test_a_dash_in_a_5_1_quarter_over_lines_that_spent_is_told():
    # 5.1's TW II "-": nothing spent, as typed (its meaning kept): the program s.d. TW II 400 + 0 + 100 + 100
    # = 600.000.000 (20 %), while 5.1's lines give 100 + 250 + 300 + 350 = 1.000.000.000 against 5.1's
    # 400.000.000: told at 5.1's TW II
    report = run(_kinerja(), _blank_program_dpa(operasi_tws=("Rp 400.000.000,00", "-")))
    assert Fraction(budget_of(report, "2.06.04").realisasi) == 600_000_000
    said = findings_by_cell(report, "Anggaran")
    assert "G3" in said and "Rp 1.000.000.000" in said["G3"] and "Rp 400.000.000" in said["G3"], said


def test_a_blank_kegiatan_quarter_of_a_program_without_row_takes_its_sub_kegiatan():
    # program 2.06.04 has no row: its SIPD Kegiatan 2.06.04.2.01 (1.000 jt; TW I 100 jt, TW II blank) over its
    # Sub Kegiatan 600 jt (60 jt, 150 jt) + 400 jt (40 jt, 50 jt), and 2.06.04.2.02 500 jt (50 jt, 100 jt).
    # TW I 100 + 50 = 150 jt; TW II (150 + 50) + 100 = 300 jt; s.d. TW II 450.000.000 of 1.500.000.000 = 30 %
    # (before: the Kegiatan's TW II nothing spent, 250 jt, 16,67 %)
    rows = [
        anggaran_row("2.06.04.2.01", "Kegiatan Pemberian Bantuan Sosial", "", "1.000.000.000", ("100.000.000", None, None, None)),
        anggaran_row("2.06.04.2.01.0001", "Penyaluran Bansos", "", "600.000.000", ("60.000.000", "150.000.000", None, None)),
        anggaran_row("2.06.04.2.01.0002", "Pendataan KPM", "", "400.000.000", ("40.000.000", "50.000.000", None, None)),
        anggaran_row("2.06.04.2.02", "Kegiatan Jaminan Sosial", "", "500.000.000", ("50.000.000", "100.000.000", None, None)),
    ]  # fmt: skip
    report = run(_kinerja(), rows)
    program = budget_of(report, "2.06.04")
    assert (Fraction(program.pagu), Fraction(program.realisasi), program.penyerapan) == (
        1_500_000_000,
        450_000_000,
        30,
    )
    said = findings_by_cell(report, "Anggaran")
    assert "kosong: diisi jumlah rinciannya" in said["G2"] and "Rp 200.000.000" in said["G2"], said
    assert "dihitung dari TW I saja" not in said["G2"], said["G2"]


# --- Pagu (murni) beside a Pagu Perubahan, a thousand times apart ----------------------------------------

_REHAB = "PROGRAM REHABILITASI SOSIAL"


def _revised(pagu, perubahan, tws=("Rp 100.000.000", "Rp 350.000.000")):
    # 2.06.04 ``pagu`` and ``perubahan``; 2.06.05 3.578.850.965 (the seed's), spending 47.853.500 + 110.000.000
    rows = [
        anggaran_row("2.06.04", _PROGRAM, "", pagu, (*tws, None, None), perubahan),
        anggaran_row("2.06.05", _REHAB, "", "3.578.850.965", ("47.853.500", "110.000.000", None, None)),
    ]
    kinerja = [*_kinerja(), kinerja_row("2.06.05", "Program", "S1", _REHAB, "Persentase PPKS", "90%",
                                        (40, 50, None, None), jenis="Nilai Akhir")]  # fmt: skip
    return run(kinerja, rows)


@pytest.mark.parametrize("typed", ["1.200.000.000.000", "Rp 1.200.000.000.000"])
def test_a_pagu_murni_a_thousand_times_its_perubahan_is_told(typed):
    # 1.200.000.000.000 / 1.250.000.000 = 960: SIPD's "1.200.000.000,000" typed with a dot, Rp 1.200.000.000
    # meant. Not counted (the Perubahan is: 450.000.000 / 1.250.000.000 = 36 %), but printed as the PK's pagu.
    report = _revised(typed, "1.250.000.000")
    program = budget_of(report, "2.06.04")
    assert program.penyerapan == 36
    said = findings_by_cell(report, "Anggaran")
    assert "D2" in said and "E2" not in said, said
    assert "tulis 1.200.000.000" in said["D2"] and "Rp 1.250.000.000" in said["D2"], said["D2"]
    assert "Perjanjian Kinerja" in said["D2"], said["D2"]


def test_a_pagu_murni_a_thousandth_of_its_perubahan_is_told():
    # "1.200.000" beside 1.250.000.000: 1.250.000.000 / 1.200.000 = 1.041,7, typed in ribuan: Rp 1.200.000.000
    # meant (the realisasi 450 jt is above the Pagu as typed)
    report = _revised("1.200.000", "1.250.000.000")
    said = findings_by_cell(report, "Anggaran")
    assert "D2" in said and "tulis 1.200.000.000" in said["D2"], said
    assert budget_of(report, "2.06.04").penyerapan == 36


def test_a_pagu_perubahan_a_thousand_times_its_pagu_below_a_triliun_is_told():
    # Pagu 120.000.000, Pagu Perubahan 125.000.000.000 (125.000.000 meant; 125.000.000.000 / 120.000.000 =
    # 1.041,7); realisasi 15 jt + 30 jt = 45.000.000: of 125.000.000.000 0,036 %, counted as typed; of
    # 125.000.000 36 %
    report = _revised("120.000.000", "125.000.000.000", ("15.000.000", "30.000.000"))
    program = budget_of(report, "2.06.04")
    assert Fraction(program.pagu) == 125_000_000_000  # computed as typed, told
    said = findings_by_cell(report, "Anggaran")
    assert "E2" in said and "tulis 125.000.000" in said["E2"] and "Rp 120.000.000" in said["E2"], said
    assert "36,00%" in said["E2"], said["E2"]


@pytest.mark.parametrize(
    "pagu, perubahan",
    [
        ("1.200.000.000", "1.250.000.000"),  # an ordinary revision: + 4,17 %
        ("300.000.000", "1.250.000.000"),  # raised 4,17 times in the APBD-P: large, honest
        ("1.250.000.000", "250.000.000"),  # cut to a fifth
        ("1.200 jt", "1.250.000.000"),  # typed with a scale word, 1.200.000.000: + 4,17 %
    ],
)
def test_an_honest_revision_is_quiet(pagu, perubahan):
    report = _revised(pagu, perubahan)
    said = findings_by_cell(report, "Anggaran")
    assert not {"D2", "E2"} & set(said), said


# --- Every output of one workbook: check, export (Tabel 3.4 and Tabel 3.3's Sasaran) ------------------


def test_the_example_with_a_blank_program_over_its_dpa_lines_agrees_in_every_output(tmp_path):
    # The seed's P3.02 (82.706.300; TW II 1.800.000) typed blank over its DPA lines: 5.1 82.706.300 with TW II
    # blank, 5.1.02 50.000.000 (TW II 1.000.000) + 5.1.05 32.706.300 (TW II 800.000) = 82.706.300. P3.02's
    # TW II is 5.1's filled with its lines' 1.000.000 + 800.000 = 1.800.000, as the seed: S3 (P3.01 + P3.02)
    # stays 3.578.850.965 + 82.706.300 = 3.661.557.265 / 157.853.500 + 1.800.000 = 159.653.500 (before:
    # P3.02 Rp 0 and S3 157.853.500, without a word)
    path = tmp_path / "contoh.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Anggaran"]
    (row,) = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "P3.02"]
    for col in range(4, 10):
        ws.cell(row, col).value = None
    ws.insert_rows(row + 1, 3)
    for k, line in enumerate(
        [
            ["5.1", "BELANJA OPERASI", None, "82.706.300,00", None, None, None],
            ["5.1.02", "Belanja Barang dan Jasa", None, "50.000.000,00", None, None, "1.000.000,00"],
            ["5.1.05", "Belanja Hibah", None, "32.706.300,00", None, None, "800.000,00"],
        ]
    ):
        for col, value in enumerate(line, start=1):
            ws.cell(row + 1 + k, col).value = value
    wb.save(path)
    anggaran = {r["kode"]: r for r in _csv(path, "anggaran")}
    assert (Fraction(anggaran["P3.02"]["pagu"]), Fraction(anggaran["P3.02"]["realisasi"])) == (
        82_706_300,
        1_800_000,
    )
    assert not {"5.1", "5.1.02", "5.1.05"} & set(anggaran)
    efisiensi = {r["kode"]: r for r in _csv(path, "efisiensi")}
    s3 = efisiensi["S3"]
    assert (Fraction(s3["pagu"]), Fraction(s3["realisasi_anggaran"])) == (3_661_557_265, 159_653_500)
    checked = CliRunner().invoke(main, ["check", str(path)])
    said = [line for line in checked.output.splitlines() if f"Anggaran!G{row + 1} " in line]
    assert len(said) == 1 and "kosong: diisi jumlah rinciannya" in said[0], checked.output
