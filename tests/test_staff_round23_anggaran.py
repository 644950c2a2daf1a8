"""Staff round 23: Subbag Keuangan fills Anggaran from what is at hand (a monthly realisasi recap, the
BUD's SP2D total s.d. the quarter, a copy of the quarter's column, a SIPD Kode written another way),
Triwulan II 2025; the seed's programs of Sasaran "Kualitas Usaha Mikro" (Tabel 3.4, seed ~949-968:
P3.01 3.578.850.965 spent 157.853.500, P3.02 82.706.300 spent 1.800.000); every figure by hand.

Found wrong, and tested here:
- spending typed in a column of its own beside the contract's quarters ("Realisasi s.d. TW II",
  "Januari" ... "Juni", a copy "Realisasi TW II2") with the contract's quarter left blank was counted
  as nothing spent: penyerapan 0 %, and the Sasaran's efisiensi its whole capaian, without a galat
  (no word at all when every row was typed so; a copy's header had a peringatan only).
- a Kode in Anggaran written with other leading zeros than in Kinerja ("P3.1", "2.17.1" or
  "02.17.03" for "P3.01", "2.17.01", "2.17.03") was a program not in Kinerja, counted toward no
  Sasaran with a peringatan: the Sasaran's pagu, penyerapan and efisiensi printed short of it, where a
  Kode differing in case ("p3.01") is a galat leaving every Sasaran budget unknown.

Grids by hand (tests/test_engine.py's helpers): Anggaran's header is row 1, data from row 2: A Kode,
B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV, then the staff's own
columns from J.
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT
from lkj_xl.core.parse import parse_workbook
from tests.helpers_anggaran import PENGEMBANGAN, UMKM, kinerja_usaha_mikro
from tests.test_engine import anggaran_row, grid, pengaturan


def _run(rows: list[list], extra: tuple[str, ...] = (), kinerja: list[list] | None = None):
    """Anggaran with the contract's columns and the staff's ``extra`` titles after them (J, K, ...)."""
    sheets = {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *(kinerja or kinerja_usaha_mikro())]),
        "Anggaran": grid([[*c.ANGGARAN_HEADERS, *extra], *rows]),
    }
    return compute(parse_workbook(sheets))


def _galat(report) -> dict[str, str]:
    return {f.sel: f.pesan for f in report.findings if f.sheet == "Anggaran" and f.severity == GALAT}


# P3.02 as the seed has it, typed in the contract's TW II: 1.800.000 of 82.706.300.
def _p302(*extra) -> list:
    return [*anggaran_row("P3.02", PENGEMBANGAN, None, 82_706_300, (None, 1_800_000, None, None)), *extra]


def _unknown_spending(report, kode: str, cell: str) -> None:
    """The program's realisasi and penyerapan unknown for ``cell``, so are its Sasaran's, its Tujuan's
    and Tabel 3.4's totals (a sum without its spending would be short of it)."""
    (budget,) = [b for b in report.budgets if b.kode == kode]
    assert (budget.realisasi, budget.penyerapan) == (None, None), budget
    assert f"Anggaran!{cell}" in budget.galat
    assert report.total_realisasi_anggaran is None and report.total_penyerapan is None
    for row in report.efisiensi:  # T2 and S3: capaian 40, no penyerapan, no efisiensi
        assert row.capaian == 40
        assert (row.penyerapan, row.efisiensi) == (None, None), row
        assert f"Anggaran!{cell}" in row.galat_anggaran


def test_spending_typed_only_in_a_realisasi_sd_column_is_a_galat_not_zero():
    # The BUD's SP2D recap gives P3.01's spending s.d. TW II, typed in a column "Realisasi s.d. TW II"
    # as the recap prints it ("Rp. 157.853.500,00"), the contract's TW I and TW II left blank. Read as
    # nothing spent, S3's penyerapan was 1.800.000 / (3.578.850.965 + 82.706.300) = 0,049 % and its
    # efisiensi 40 - 0,049 = 39,95 points; the seed's is 4,36 %.
    rows = [
        [*anggaran_row("P3.01", UMKM, None, 3_578_850_965), "Rp. 157.853.500,00"],
        _p302(1_800_000),
    ]
    report = _run(rows, ("Realisasi s.d. TW II",))
    said = _galat(report)
    assert set(said) == {"J2"}, said
    assert '"Realisasi s.d. TW II"' in said["J2"] and "Rp 157.853.500" in said["J2"]
    assert "G2" in said["J2"] and "Realisasi TW II" in said["J2"]  # where it belongs
    _unknown_spending(report, "P3.01", "J2")
    # P3.02 is typed in both: its own figures stand, 1.800.000 / 82.706.300
    (p302,) = [b for b in report.budgets if b.kode == "P3.02"]
    assert p302.penyerapan == float(Fraction(1_800_000, 82_706_300) * 100)


def test_spending_typed_per_month_beside_a_blank_quarter_is_a_galat_at_its_first_month():
    # A monthly realisasi recap pasted beside the quarters: P3.01's TW I typed (47.853.500, the
    # months January-March its detail), TW II blank while April and May hold 60.000.000 and
    # 50.000.000 (NBSP pasted from the recap) and June "-". Read as nothing spent in TW II: 47.853.500
    # instead of 157.853.500 s.d. TW II.
    months = ("Januari", "Februari", "Maret", "April", "Mei", "Juni")
    p301 = anggaran_row("P3.01", UMKM, None, 3_578_850_965, (47_853_500, None, None, None))
    rows = [
        [*p301, 20_000_000, 27_853_500, 0, 60_000_000, "60.000.000", "-"],
        _p302(None, None, None, None, 1_800_000, None),
    ]
    rows[0][13] = "50.000.000\u00a0"  # Mei (N2), as pasted from a web recap
    report = _run(rows, months)
    said = _galat(report)
    assert set(said) == {"M2"}, said  # April, the first month of TW II with a figure
    assert '"April"' in said["M2"] and "Realisasi TW II" in said["M2"]
    _unknown_spending(report, "P3.01", "M2")


def test_a_copy_of_the_quarters_column_typed_in_for_every_program_is_a_galat_not_zero():
    # "Realisasi TW II2": Format as Table renamed the copy made to type this quarter in; every program's
    # TW II stands there only. Total penyerapan was 0 % with a peringatan at the header alone.
    rows = [
        [*anggaran_row("P3.01", UMKM, None, 3_578_850_965), 157_853_500],
        _p302(1_800_000),
    ]
    rows[1][6] = None  # P3.02's TW II too: blank, its 1.800.000 in the copy
    report = _run(rows, ("Realisasi TW II2",))
    said = _galat(report)
    assert set(said) == {"J2", "J3"}, said
    assert all('"Realisasi TW II2"' in pesan for pesan in said.values())
    _unknown_spending(report, "P3.01", "J2")


def test_columns_beside_quarters_typed_in_the_contract_stay_quiet():
    # Filled quarters: the staff's own columns are notes. P3.01 TW I 47.853.500 and TW II 110.000.000,
    # "Realisasi s.d. TW II" their sum 157.853.500; P3.02's TW II "-" (nothing yet) beside a month
    # figure; a "Realisasi Fisik (%)" and a "Penyerapan (%)" column hold percentages, never spending.
    # Nothing more is said, and S3's penyerapan is (157.853.500 + 0) / 3.661.557.265 (the seed's
    # P3.01 and P3.02 pagu) x 100.
    extra = ("Realisasi s.d. TW II", "Juni", "Realisasi Fisik (%)", "Penyerapan (%)")
    p301 = anggaran_row("P3.01", UMKM, None, 3_578_850_965, (47_853_500, 110_000_000, None, None))
    p302 = anggaran_row("P3.02", PENGEMBANGAN, None, 82_706_300, (None, "-", None, None))
    rows = [[*p301, 157_853_500, 50_000_000, 40, "4,41"], [*p302, None, 1_800_000, 25, "2,18"]]
    report = _run(rows, extra)
    assert not _galat(report), _galat(report)
    sasaran = [row for row in report.efisiensi if row.kode == "S3"][0]
    assert sasaran.penyerapan == float(Fraction(157_853_500, 3_578_850_965 + 82_706_300) * 100)


def test_a_total_column_equal_to_the_quarters_typed_is_no_galat():
    # TW II left blank but "Realisasi" (the BUD's total s.d. TW II) is TW I's 47.853.500: nothing was
    # spent in TW II, as the blank says; the blank's own peringatan stands, no galat, the figure kept.
    p301 = anggaran_row("P3.01", UMKM, None, 3_578_850_965, (47_853_500, None, None, None))
    report = _run([[*p301, "Rp 47.853.500"], _p302(1_800_000)], ("Realisasi",))
    assert not _galat(report), _galat(report)
    (budget,) = [b for b in report.budgets if b.kode == "P3.01"]
    assert budget.realisasi == 47_853_500


def test_a_sipd_kode_written_with_other_leading_zeros_is_a_galat_not_a_program_of_its_own():
    # Kinerja has SIPD's "2.17.03"; the DPA printout copied into Anggaran says "2.17.3". Counted toward
    # no Sasaran, S3's pagu was P3.02's alone, 82.706.300, instead of 3.661.557.265, and its
    # penyerapan 1.800.000 / 82.706.300 = 2,18 % instead of the seed's 4,36 %.
    kinerja = kinerja_usaha_mikro("2.17.03", "2.17.04")
    for typed in ("2.17.3", "02.17.03"):
        rows = [
            anggaran_row(typed, UMKM, None, 3_578_850_965, (None, 157_853_500, None, None)),
            anggaran_row("2.17.04", PENGEMBANGAN, None, 82_706_300, (None, 1_800_000, None, None)),
        ]
        report = _run(rows, kinerja=kinerja)
        said = _galat(report)
        assert set(said) == {"A2"}, said
        assert '"2.17.03"' in said["A2"], said
        for row in report.efisiensi:
            assert (row.pagu, row.penyerapan, row.efisiensi) == (None, None, None), row
        # the program's own figures and Tabel 3.4's totals do not depend on its Sasaran
        assert report.total_pagu == 3_578_850_965 + 82_706_300


def test_an_own_kode_written_without_its_leading_zero_is_a_galat_too():
    # "P3.1" typed for the example's "P3.01" (text in both sheets: no General cell kept it so).
    rows = [
        anggaran_row("P3.1", UMKM, None, 3_578_850_965, (None, 157_853_500, None, None)),
        _p302(),
    ]
    report = _run(rows)
    said = _galat(report)
    assert set(said) == {"A2"}, said
    assert '"P3.01"' in said["A2"] and "General" not in said["A2"], said
    assert all(row.pagu is None for row in report.efisiensi)


def test_check_export_and_tabel_3_4_of_the_example_with_its_sp2d_total_in_a_column_of_its_own(tmp_path):
    import json

    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.common import example_typed

    # The example (Anggaran header row 3) with P3.01's spending (row 9, seed Tabel 3.4: 157.853.500)
    # moved from G9 to a column "Realisasi s.d. TW II" (J), pasted from the SP2D recap with NBSP. Read
    # as nothing spent, Tabel 3.4's TOTAL realisasi was 6.835.975.140 - 157.853.500 = 6.678.121.640.
    path = example_typed(
        tmp_path,
        "sp2d",
        2,
        {("Anggaran", "J3"): "Realisasi s.d. TW II", ("Anggaran", "G9"): None,
         ("Anggaran", "J9"): "Rp.\u00a0157.853.500,00"},
    )  # fmt: skip
    runner = CliRunner()
    checked = runner.invoke(main, ["check", str(path)])
    assert checked.exit_code == 1  # a galat
    (said,) = [line for line in checked.output.splitlines() if "Anggaran!J9" in line]
    assert said.startswith("galat") and '"Realisasi s.d. TW II"' in said and "(G9)" in said, said
    exported = json.loads(runner.invoke(main, ["export", str(path), "--table", "anggaran"]).stdout)
    (p301,) = [b for b in exported if b["kode"] == "P3.01"]
    assert (p301["realisasi"], p301["penyerapan"]) == (None, None), p301
    out = tmp_path / "hasil.xlsx"
    assert runner.invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Realisasi Anggaran"]
    (total,) = [r for r in sheet.iter_rows(values_only=True) if r[0] == "TOTAL"]
    assert total[3] == 27_805_047_633 and total[4] == "Galat (Anggaran!J9)", total


# --- the grand total staff type under the programs ------------------------------------------------


def _total_findings(report) -> dict[str, str]:
    return {f.sel: f.pesan for f in report.findings if f.sheet == "Anggaran" and "Jumlah " in f.pesan}


def test_a_typed_total_short_of_the_programs_is_pointed_out_at_its_cell():
    # The SP2D recap's JUMLAH copied under the programs: pagu 3.661.557.265 (3.578.850.965 + 82.706.300,
    # right) but realisasi 157.853.500, P3.02's 1.800.000 not in it. Tabel 3.4 keeps the programs' sum
    # 159.653.500; the row that disagrees is pointed out at G4 with both figures and the 1.800.000.
    rows = [
        anggaran_row("P3.01", UMKM, None, 3_578_850_965, (None, 157_853_500, None, None)),
        _p302(),
        anggaran_row(None, "JUMLAH", None, "Rp 3.661.557.265,00", (None, "157.853.500", None, None)),
    ]
    report = _run(rows)
    said = _total_findings(report)
    assert set(said) == {"G4"}, said
    assert "Rp 157.853.500" in said["G4"] and "Rp 159.653.500" in said["G4"], said
    assert "kurang Rp 1.800.000" in said["G4"], said
    assert report.total_realisasi_anggaran == 159_653_500  # the programs' sum, as before


def test_a_typed_total_agreeing_and_a_sub_total_stay_quiet_a_pagu_above_is_said():
    # A Sub Total between programs (a Bidang's) is not compared; the closing TOTAL's realisasi agrees
    # (159.653.500) while its pagu, 3.700.000.000, is 38.442.735 above 3.661.557.265.
    rows = [
        anggaran_row("P3.01", UMKM, None, 3_578_850_965, (None, 157_853_500, None, None)),
        anggaran_row(None, "Sub Total", None, 1, (None, 1, None, None)),
        _p302(),
        anggaran_row("TOTAL", None, None, 3_700_000_000, (None, 159_653_500, None, None)),
    ]
    said = _total_findings(_run(rows))
    assert set(said) == {"D5"}, said
    assert "lebih Rp 38.442.735" in said["D5"] and "Rp 3.661.557.265" in said["D5"], said
