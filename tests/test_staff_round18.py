"""Staff round 18: the finance staff typing Anggaran for Triwulan II 2025 (after round 17), the words
of three Anggaran findings.

Found wrong, and tested here:
- a program with pagu 0 (moved to another OPD, kept in the list with 0) and no spending got the
  "triwulan yang dilaporkan kosong" peringatan on its empty quarter: staff typed a 0 to silence it;
- a Kode Sasaran naming two Sasaran as "S1-S2", "S1 S2", "S1;S2", "S1 dan S2" or on two lines of the
  cell (Alt+Enter) got "tidak ada di sheet Kinerja", while "S1, S2" got "menyebut lebih dari satu kode";
- "melebihi pagu" gave neither the figures nor what to check.

Grids by hand (tests/test_engine.py's helpers): Anggaran's header is row 1, data from row 2: A Kode,
B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.tables.grafik import why_no_penyerapan
from lkj_xl.core.tables.realisasi_anggaran import budget_cells
from tests.test_engine import anggaran_row, kinerja_row, run

M = 1_000_000

# Tujuan T1 > Sasaran S1, S2, "S-3" and "S 4" (codes with a dash, a space of their own); every
# indicator 40 of 100.
_KINERJA = [
    kinerja_row("T1", "Tujuan", "", "Tujuan", "I T", 100, (None, 40, None, None)),
    kinerja_row("S1", "Sasaran", "T1", "Sasaran satu", "I S1", 100, (None, 40, None, None)),
    kinerja_row("S2", "Sasaran", "T1", "Sasaran dua", "I S2", 100, (None, 40, None, None)),
    kinerja_row("S-3", "Sasaran", "T1", "Sasaran tiga", "I S3", 100, (None, 40, None, None)),
    kinerja_row("S 4", "Sasaran", "T1", "Sasaran empat", "I S4", 100, (None, 40, None, None)),
]


def _at(report, sel):
    return [f for f in report.findings if f.sheet == "Anggaran" and f.sel == sel]


# --- 1. a program with pagu 0 and no spending ------------------------------------------------------


def test_an_empty_quarter_of_a_program_with_pagu_zero_and_no_spending_is_no_finding():
    # P1: 1.000 juta, spent 100 + 200 = 300 juta s.d. TW II (the quarter typed); P2 (row 3): pagu 0,
    # nothing typed in any quarter: its blank TW II (G3) was a peringatan.
    p1 = anggaran_row("P1", "Program satu", "S1", 1000 * M, (100 * M, 200 * M, None, None))
    p2 = anggaran_row("P2", "Program pindah", "S1", 0)
    report = run(_KINERJA, [p1, p2])
    assert _at(report, "G3") == []
    # (its pagu 0 keeps its own peringatan at D3)
    assert [f.severity for f in _at(report, "D3")] == [PERINGATAN]
    # P2's penyerapan of a pagu 0 cannot be computed: none; the totals are P1's alone.
    assert report.budgets[1].penyerapan is None
    # Tabel 3.4's row: pagu 0, realisasi 0 (nothing typed), Persentase "-" as for any pagu 0; the Grafik
    # lists it without a bar, saying why.
    assert budget_cells(report.budgets[1]) == [0, 0, "-"]
    assert why_no_penyerapan(report.budgets[1]) == "Pagu kosong atau nol"
    assert (report.total_pagu, report.total_realisasi_anggaran) == (1000 * M, 300 * M)
    assert report.total_penyerapan_exact == Fraction(300, 1000) * 100  # 30 exactly


def test_an_empty_quarter_of_a_program_with_pagu_zero_but_spending_is_still_pointed_out():
    # P2: pagu 0 with 5 juta typed in TW I (a galat at its pagu): its blank TW II still said.
    p1 = anggaran_row("P1", "Program satu", "S1", 1000 * M, (100 * M, 200 * M, None, None))
    p2 = anggaran_row("P2", "Program pindah", "S1", 0, (5 * M, None, None, None))
    report = run(_KINERJA, [p1, p2])
    assert [f.severity for f in _at(report, "G3")] == [PERINGATAN]


# --- 2. a Kode Sasaran naming two Sasaran ------------------------------------------------------------


@pytest.mark.parametrize("typed", ["S1-S2", "S1 S2", "S1;S2", "S1 dan S2", "S1\nS2", "S1 - S2", "S1, S2"])
def test_a_kode_sasaran_naming_two_sasaran_any_way_says_one_program_counts_toward_one(typed):
    shown = " ".join(typed.split())  # the cell read as one line (Alt+Enter's line break a space)
    p1 = anggaran_row("P1", "Program satu", typed, 1000 * M, (100 * M, 200 * M, None, None))
    report = run(_KINERJA, [p1])
    (said,) = _at(report, "C2")
    assert said.severity == GALAT
    assert said.pesan == (
        f'Kode Sasaran "{shown}" menyebut lebih dari satu kode ("S1", "S2"); satu program dihitung ke satu '
        "Sasaran (atau Tujuan): pilih satu, atau bagi baris program ini menjadi beberapa baris, masing-masing "
        "dengan Kode, Kode Sasaran dan anggarannya sendiri; anggaran setiap sasaran dan tujuan tidak dihitung"
    )


@pytest.mark.parametrize("kode", ["S-3", "S 4"])
def test_a_single_kode_sasaran_with_a_dash_or_a_space_is_read(kode):
    p1 = anggaran_row("P1", "Program satu", kode, 1000 * M, (100 * M, 200 * M, None, None))
    report = run(_KINERJA, [p1])
    assert _at(report, "C2") == []
    assert report.budgets[0].kode_sasaran == kode


@pytest.mark.parametrize(("typed", "named"), [("S-3 S1", '"S-3", "S1"'), ("S 4-S2", '"S 4", "S2"')])
def test_two_codes_with_a_dash_or_a_space_of_their_own_are_named_as_kinerja_has_them(typed, named):
    p1 = anggaran_row("P1", "Program satu", typed, 1000 * M, (100 * M, 200 * M, None, None))
    (said,) = _at(run(_KINERJA, [p1]), "C2")
    assert said.severity == GALAT and f"menyebut lebih dari satu kode ({named});" in said.pesan


def test_a_kode_sasaran_naming_one_existing_code_beside_an_unknown_one_is_not_guessed():
    # "S1 S9": S9 is no Sasaran; one code found is no choice between two: "tidak ada" as before.
    p1 = anggaran_row("P1", "Program satu", "S1 S9", 1000 * M, (100 * M, 200 * M, None, None))
    (said,) = _at(run(_KINERJA, [p1]), "C2")
    assert said.severity == GALAT and "tidak ada di sheet Kinerja" in said.pesan


# --- 3. spending above the pagu ----------------------------------------------------------------------


def test_spending_above_the_pagu_gives_the_figures_and_what_to_check():
    # 600 + 500 = 1.100 juta s.d. TW II against a pagu of 1.000 juta (no Pagu Perubahan).
    p1 = anggaran_row("P1", "Program satu", "S1", 1000 * M, (600 * M, 500 * M, None, None))
    (said,) = _at(run(_KINERJA, [p1]), "G2")
    assert said.severity == PERINGATAN
    assert said.pesan == (
        'Realisasi anggaran program "Program satu" s.d. TW II (Rp 1.100.000.000) melebihi pagu '
        "(Rp 1.000.000.000): periksa realisasi triwulan yang ditulis s.d. triwulan itu (kumulatif; "
        "realisasi per triwulan dijumlahkan, tulis belanja triwulan itu saja), atau Pagu Perubahan yang "
        "belum diisi"
    )


def test_spending_above_a_pagu_perubahan_does_not_ask_for_one():
    # Pagu 900 juta, Pagu Perubahan 1.000 juta, spent 600 + 500 = 1.100 juta: above both.
    p1 = anggaran_row(
        "P1", "Program satu", "S1", 900 * M, (600 * M, 500 * M, None, None), pagu_perubahan=1000 * M
    )
    (said,) = _at(run(_KINERJA, [p1]), "G2")
    assert said.pesan == (
        'Realisasi anggaran program "Program satu" s.d. TW II (Rp 1.100.000.000) melebihi pagu '
        "(Rp 1.000.000.000): periksa realisasi triwulan yang ditulis s.d. triwulan itu (kumulatif; "
        "realisasi per triwulan dijumlahkan, tulis belanja triwulan itu saja)"
    )


def test_check_and_export_say_the_same_of_a_kode_sasaran_on_two_lines_in_the_example(tmp_path):
    import json

    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main

    # The example's Anggaran row 4: P0.01 with Kode Sasaran "S2"; typed "S2" Alt+Enter "S1" (both
    # Sasaran of its Kinerja) in the saved file.
    path = tmp_path / "dua-baris.xlsx"
    wb = openpyxl.load_workbook("workbooks/lkjip-diskopukm-lumajang-tw2-2025.xlsx")
    ws = wb["Anggaran"]
    assert (ws["A4"].value, ws["C4"].value) == ("P0.01", "S2")
    ws["C4"] = "S2\nS1"
    wb.save(path)
    runner = CliRunner()
    lines = [
        line
        for line in runner.invoke(main, ["check", str(path)]).output.splitlines()
        if "Anggaran!C4" in line
    ]
    (said,) = lines
    assert (
        said.startswith("galat")
        and 'Kode Sasaran "S2 S1" menyebut lebih dari satu kode ("S2", "S1");' in said
    )
    exported = json.loads(runner.invoke(main, ["export", str(path)]).stdout)
    (pesan,) = [f["pesan"] for f in exported["pemeriksaan"] if (f["sheet"], f["sel"]) == ("Anggaran", "C4")]
    assert pesan in said
