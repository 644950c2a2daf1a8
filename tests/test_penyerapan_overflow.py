"""A pagu above zero so small beside its spending that the penyerapan is beyond any float (a Pagu
Perubahan of 1E-300 beside Rp 8 juta spent: 8.000.000 / 1E-300 x 100 = 8E308 %, above the largest float,
1,797E308): a galat at the pagu, no penyerapan; before, `lkj-xl check` stopped with "internal error
(OverflowError ...)", exit 4 (penyerapan.penyerapan_and_over divided on the floats' range)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from lkj_xl.cli import main
from tests.test_engine import anggaran_row, kinerja_row, run

_EXAMPLE = Path(__file__).parent.parent / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"
_KINERJA = [
    kinerja_row("1.01", "Sasaran", "", "S", "Persentase koperasi sehat", 60, (55, None, None, None)),
    kinerja_row(
        "2.17.01", "Program", "1.01", "Program A", "Jumlah koperasi aktif", 100, (40, 30, None, None)
    ),
]
_TOO_SMALL = "terlalu kecil dibanding realisasi anggaran"


def _program(report):
    return next(b for b in report.budgets if b.kode == "2.17.01")


def test_a_pagu_perubahan_of_1e_minus_300_is_a_galat_at_its_cell_not_a_crash():
    # Pagu 41.000.000, Pagu Perubahan 1E-300 (E2), TW II 8.000.000 at TW II: 8e6 / 1e-300 * 100 = 8e308 %
    report = run(
        _KINERJA, [anggaran_row("2.17.01", "Program A", "1.01", 41_000_000, (None, 8_000_000), 1e-300)]
    )
    said = [(f.severity, f"{f.sheet}!{f.sel}") for f in report.findings if _TOO_SMALL in f.pesan]
    assert said == [("galat", "Anggaran!E2")]
    (pesan,) = [f.pesan for f in report.findings if _TOO_SMALL in f.pesan]
    assert "(1E-300)" in pesan and "(Rp 8.000.000)" in pesan and "kosongkan Pagu Perubahan" in pesan
    program = _program(report)
    assert (program.penyerapan, program.galat_pagu) == (None, ["Anggaran!E2"])
    assert not [f for f in report.findings if "melebihi pagu" in f.pesan]  # (no penyerapan weighed)


def test_a_pagu_just_inside_the_float_range_is_no_overflow_galat():
    # Pagu 1E-298 beside Rp 8 juta: 8e6 / 1e-298 * 100 = 8e306 %, below 1,797e308: no overflow galat.
    # Since anggaran63 no penyerapan either: spending more than 10 times its pagu is no reading of the row
    # (serapan_mustahil; before: 8E306 % computed beside a "melebihi pagu"), a galat at G2 naming D2
    report = run(_KINERJA, [anggaran_row("2.17.01", "Program A", "1.01", 1e-298, (None, 8_000_000))])
    assert not [f for f in report.findings if _TOO_SMALL in f.pesan]
    assert _program(report).penyerapan is None
    (pesan,) = [f.pesan for f in report.findings if f.severity == "galat" and f.sel == "G2"]
    assert "lebih dari sejuta kali pagu" in pesan and "periksa pagu (Anggaran!D2)" in pesan, pesan
    # nothing spent (0 of 1E-300): a penyerapan of 0, no galat
    report = run(_KINERJA, [anggaran_row("2.17.01", "Program A", "1.01", 41_000_000, (None, 0), 1e-300)])
    assert not [f for f in report.findings if _TOO_SMALL in f.pesan]
    assert _program(report).penyerapan == 0


def test_check_export_and_build_of_the_example_with_pagu_perubahan_1e_minus_300(tmp_path):
    # The example workbook, Anggaran!E5 (P2.01's Pagu Perubahan, TW II Rp 8.000.000) set to 1E-300
    path = tmp_path / "e300.xlsx"
    shutil.copy(_EXAMPLE, path)
    book = openpyxl.load_workbook(path)
    book["Anggaran"]["E5"] = 1e-300
    book.save(path)
    runner = CliRunner()
    checked = runner.invoke(main, ["check", str(path)])
    assert checked.exit_code == 1, checked.output  # (a galat: exit 1, not the internal error's 4)
    assert "galat      Anggaran!E5" in checked.output and _TOO_SMALL in checked.output
    assert "internal error" not in checked.output
    exported = runner.invoke(main, ["export", str(path)])
    assert exported.exit_code == 0 and '"penyerapan": null' in exported.output
    built = runner.invoke(main, ["build", str(path)])
    assert built.exit_code == 0, built.output


def test_a_pagu_of_rp_1_beside_spending_of_1e307_blames_the_spending_not_the_pagu():
    # Pagu Rp 1 (D2), TW II 1E307: 1e307 / 1 * 100 = 1e309 % was the pagu's galat ("(Rp 1) terlalu kecil");
    # since crash54 a figure of 1E+300 or more is a galat at its own cell (core/batas_angka), so the
    # spending is (G2) and no penyerapan is weighed: the too-small pagu needs a pagu below a sen now
    report = run(_KINERJA, [anggaran_row("2.17.01", "Program A", "1.01", 1, (None, 1e307))])
    assert not [f for f in report.findings if _TOO_SMALL in f.pesan]
    said = [f"{f.sheet}!{f.sel}" for f in report.findings if "terlalu besar" in f.pesan]
    assert said == ["Anggaran!G2"]
    assert _program(report).penyerapan is None
