"""A program's realisasi quarter left BLANK over its rincian takes the rincian's sum whichever side the
rincian was pasted: below the program (budget_headings.without_sipd_details) or a DPA block right above
it that dpa_rows reads as its rincian (its pagu adding up to the program's). Same figures, same
peringatan (only "di atasnya" / "di bawahnya" differs); typed cells keep their meaning either way."""

from __future__ import annotations

import re

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core.model import GALAT
from tests.helpers_anggaran import findings_by_cell
from tests.test_anggaran_rincian import _csv, _example_with
from tests.test_anggaran_rincian import kinerja as p301_kinerja
from tests.test_engine import anggaran_row, messages, run
from tests.test_mend32a import S3_KINERJA

FILLED = "kosong: diisi jumlah rinciannya"
SIDE = {True: "di atasnya", False: "di bawahnya"}


def _program(tws, kode="P3.01", pagu="500 jt"):
    # (Kode Sasaran S3: a program of Anggaran alone beside S3_KINERJA; P3.01 of p301_kinerja too)
    return anggaran_row(kode, "PROGRAM PEMBERDAYAAN UMKM", "S3", pagu, tws)


def _block(tw2_51="120 jt", tw2_52="80 jt", tw1_51=None, tw1_52=None):
    # The brief's figures: 5.1 300 jt + 5.2 200 jt = pagu 500 jt; TW II 120 jt + 80 jt = 200 jt.
    return [
        anggaran_row("5.1", "BELANJA OPERASI", "", "300 jt", (tw1_51, tw2_51, None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "200.000.000", (tw1_52, tw2_52, None, None)),
    ]


def _laid(program, block, above):
    return [*block, program] if above else [program, *block]


def _budget(report, kode="P3.01"):
    (budget,) = [b for b in report.budgets if b.kode == kode]
    return budget


def _same_words(note: str) -> str:
    """A note with its side and row numbers taken out (the rows sit elsewhere above than below)."""
    return re.sub(r"baris \d+", "baris N", note.replace(SIDE[True], SIDE[False]))


@pytest.mark.parametrize("kinerja", [S3_KINERJA, p301_kinerja()], ids=["anggaran-program", "kinerja-program"])
def test_a_blank_program_takes_its_rincian_sum_above_as_below(kinerja):
    notes = {}
    for above in (True, False):
        report = run(kinerja, _laid(_program((None, None, None, None)), _block(), above))
        budget = _budget(report)
        # 120 jt + 80 jt = 200 jt of 500 jt: penyerapan 40 %
        assert (budget.pagu, budget.realisasi, budget.penyerapan) == (500_000_000, 200_000_000, 40)
        assert budget.realisasi_tw[1] == 200_000_000
        # the block is not counted again: Tabel 3.4's TOTAL is P3.01's alone
        assert [b.kode for b in report.budgets] == ["P3.01"]
        assert (report.total_pagu, report.total_realisasi_anggaran) == (500_000_000, 200_000_000)
        said = findings_by_cell(report, "Anggaran")
        note = said[f"G{4 if above else 2}"]  # P3.01's TW II
        assert FILLED in note and "Rp 200.000.000" in note and SIDE[above] in note, note
        assert "kurang" not in note and "tidak sama" not in note
        notes[above] = note
    assert _same_words(notes[True]) == _same_words(notes[False])


@pytest.mark.parametrize("above", [True, False])
def test_the_seeds_p301_blank_over_its_dpa_gives_the_seeds_tabel_3_4_and_export(tmp_path, above):
    # The example's P3.01 (pagu 3.578.850.965, TW II 157.853.500; seed Tabel 3.4 l.953-969) with its TW II
    # left blank and its DPA pasted above or below it: 5.1 3.078.850.965 + 5.2 500.000.000 = 3.578.850.965,
    # TW II 150.000.000 + 7.853.500 = 157.853.500. Tabel 3.4's TOTAL stays the seed's 27.805.047.633 /
    # 6.835.975.140, S3 (P3.01 + P3.02) (157.853.500 + 1.800.000) / (3.578.850.965 + 82.706.300) = 4,36 %.
    path = _example_with(tmp_path, [])
    wb = openpyxl.load_workbook(path)
    ws = wb["Anggaran"]
    (row,) = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "P3.01"]
    ws.cell(row, 7).value = None
    at = row if above else row + 1
    ws.insert_rows(at, 2)
    block = [("5.1", "BELANJA OPERASI", 3078850965, 150000000), ("5.2", "BELANJA MODAL", 500000000, 7853500)]
    for offset, (kode, uraian, pagu, spent) in enumerate(block):
        for col, value in enumerate([kode, uraian, None, pagu, None, None, spent], 1):
            ws.cell(at + offset, col).value = value
    program_row = row + 2 if above else row
    assert ws.cell(program_row, 1).value == "P3.01"
    wb.save(path)
    anggaran = {r["kode"]: r for r in _csv(path, "anggaran")}
    assert "5.1" not in anggaran and "5.2" not in anggaran
    assert (float(anggaran["P3.01"]["pagu"]), float(anggaran["P3.01"]["realisasi"])) == (
        3578850965,
        157853500,
    )
    efisiensi = {r["kode"]: r for r in _csv(path, "efisiensi")}
    assert round(float(efisiensi["S3"]["penyerapan"]), 2) == 4.36
    out = tmp_path / "hasil.xlsx"
    build = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert build.exit_code == 0, build.output
    tabel = list(openpyxl.load_workbook(out)["Realisasi Anggaran"].iter_rows(values_only=True))
    (total,) = [r for r in tabel if r[0] == "TOTAL"]
    assert total[3:5] == (27805047633, 6835975140)
    check = CliRunner().invoke(main, ["check", str(path)])
    said = [line for line in check.output.splitlines() if f"Anggaran!G{program_row}" in line]
    assert any(FILLED in line and "Rp 157.853.500" in line and SIDE[above] in line for line in said), (
        check.output
    )
    assert "tidak sama dengan jumlah rinciannya" not in check.output


@pytest.mark.parametrize("above", [True, False])
def test_a_semester_report_fills_both_blank_quarters(above):
    # TW I: 5.1 50 jt, 5.2 blank -> 50 jt; TW II: 5.1 70 jt + 5.2 80 jt = 150 jt. Realisasi s.d. TW II
    # 50 + 150 = 200 jt of 500 jt: 40 %. Each quarter said at its own cell (F: TW I, G: TW II).
    block = _block(tw2_51="70 jt", tw1_51="50 jt")
    report = run(S3_KINERJA, _laid(_program((None, None, None, None)), block, above))
    budget = _budget(report)
    assert budget.realisasi_tw[:2] == [50_000_000, 150_000_000]
    assert (budget.realisasi, budget.penyerapan) == (200_000_000, 40)
    assert report.total_realisasi_anggaran == 200_000_000
    said = findings_by_cell(report, "Anggaran")
    row = 4 if above else 2
    assert FILLED in said[f"F{row}"] and "Rp 50.000.000" in said[f"F{row}"] and "TW I " in said[f"F{row}"]
    assert FILLED in said[f"G{row}"] and "Rp 150.000.000" in said[f"G{row}"]


@pytest.mark.parametrize("above", [True, False])
@pytest.mark.parametrize("head", [None, "120 jt"], ids=["5.1-blank", "5.1-typed"])
def test_a_jenis_belanja_over_its_own_rows_is_counted_once(above, head):
    # 5.1 (300 jt) over 5.1.01 (180 jt, TW II 70 jt) and 5.1.02 (120 jt, 50 jt); 5.2 200 jt, 80 jt.
    # 5.1 blank gives its rows' 70 + 50 = 120 jt; 5.1 typed 120 jt is that figure (its rows not added
    # again: 120 + 70 + 50 = 240 would be a double count). Either way P3.01: 120 + 80 = 200 jt.
    block = [
        anggaran_row("5.1", "BELANJA OPERASI", "", "300 jt", (None, head, None, None)),
        anggaran_row("5.1.01", "Belanja Barang dan Jasa", "", "180 jt", (None, "70 jt", None, None)),
        anggaran_row("5.1.02", "Belanja Hibah", "", "120 jt", (None, "50 jt", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "200 jt", (None, "80 jt", None, None)),
    ]
    report = run(S3_KINERJA, _laid(_program((None, None, None, None)), block, above))
    assert (_budget(report).realisasi, _budget(report).penyerapan) == (200_000_000, 40)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (500_000_000, 200_000_000)
    note = findings_by_cell(report, "Anggaran")[f"G{6 if above else 2}"]
    assert FILLED in note and "Rp 200.000.000" in note
    assert not [m for m in messages(report) if "tidak sama dengan jumlah rinciannya" in m], messages(report)


@pytest.mark.parametrize("above", [True, False])
def test_two_programs_each_with_its_block(above):
    # P3.01 500 jt blank over 120 jt + 80 jt; P3.02 100 jt blank over 5.1 60 jt (TW II 20 jt) + 5.2
    # 40 jt (10 jt). P3.01 200 jt (40 %), P3.02 30 jt (30 %); TOTAL 600 jt / 230 jt.
    second = [
        anggaran_row("5.1", "BELANJA OPERASI", "", "60 jt", (None, "20 jt", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "40 jt", (None, "10 jt", None, None)),
    ]
    rows = [
        *_laid(_program((None, None, None, None)), _block(), above),
        *_laid(_program((None, None, None, None), "P3.02", "100 jt"), second, above),
    ]
    report = run(S3_KINERJA, rows)
    assert (_budget(report).realisasi, _budget(report).penyerapan) == (200_000_000, 40)
    assert (_budget(report, "P3.02").realisasi, _budget(report, "P3.02").penyerapan) == (30_000_000, 30)
    assert [b.kode for b in report.budgets] == ["P3.01", "P3.02"]
    assert (report.total_pagu, report.total_realisasi_anggaran) == (600_000_000, 230_000_000)
    said = findings_by_cell(report, "Anggaran")
    rows_at = (4, 7) if above else (2, 5)
    assert "Rp 200.000.000" in said[f"G{rows_at[0]}"] and "Rp 30.000.000" in said[f"G{rows_at[1]}"]


def test_a_block_right_above_the_next_program_is_its_not_the_one_before():
    # P3.01 500 jt blank, then a block adding up to P3.02's pagu (60 jt + 40 jt = 100 jt, not 500 jt),
    # then P3.02 blank: the block is P3.02's (20 jt + 10 jt = 30 jt), P3.01 keeps nothing spent.
    rows = [
        _program((None, None, None, None)),
        anggaran_row("5.1", "BELANJA OPERASI", "", "60 jt", (None, "20 jt", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "40 jt", (None, "10 jt", None, None)),
        _program((None, None, None, None), "P3.02", "100 jt"),
    ]
    report = run(S3_KINERJA, rows)
    assert _budget(report, "P3.02").realisasi == 30_000_000
    assert _budget(report).realisasi == 0
    assert (report.total_pagu, report.total_realisasi_anggaran) == (600_000_000, 30_000_000)
    said = findings_by_cell(report, "Anggaran")
    assert FILLED in said["G5"] and "di atasnya" in said["G5"]
    assert FILLED not in said.get("G2", "")


@pytest.mark.parametrize("above", [True, False])
@pytest.mark.parametrize(
    "typed, realisasi",
    [
        ("-", 0),  # no data: counted as nothing, with the difference said as today
        ("Menunggu data", None),  # a status: no figure, never the rincian's sum
        ("12x jt", None),  # unreadable: its galat, never the rincian's sum
    ],
)
def test_a_program_cell_typed_is_never_filled(above, typed, realisasi):
    report = run(S3_KINERJA, _laid(_program((None, typed, None, None)), _block(), above))
    assert _budget(report).realisasi == realisasi
    assert report.total_realisasi_anggaran == realisasi
    assert (report.total_pagu, [b.kode for b in report.budgets]) == (500_000_000, ["P3.01"])
    assert not [m for m in messages(report) if FILLED in m]
    if typed == "-":  # the rincian's 200 jt said at the program's cell, its Rp 0 counted
        assert "kurang Rp 200.000.000" in findings_by_cell(report, "Anggaran")[f"G{4 if above else 2}"]


@pytest.mark.parametrize("above", [True, False])
@pytest.mark.parametrize("p302", [False, True], ids=["alone", "with-P3.02"])
@pytest.mark.parametrize("typed, realisasi", [(0, 0), ("nihil", 0), ("190 jt", 190_000_000)])
def test_a_program_figure_typed_wins_over_its_rincian_on_either_side(above, p302, typed, realisasi):
    # The block's pagu 300 jt + 200 jt = P3.01's 500 jt, its TW II 120 jt + 80 jt = 200 jt against
    # P3.01's typed figure: the typed figure is counted, the difference said at P3.01's TW II (200 jt -
    # 0 = 200 jt; 200 jt - 190 jt = 10 jt). Above, such a block was read as no rincian since its
    # spending differs: alone it was counted on top (TOTAL pagu 1.000 jt), beside P3.02 a galat saying
    # its pagu (Rp 500.000.000) was not P3.01's Rp 500.000.000, Tabel 3.4's TOTAL blank.
    # With P3.02 (100 jt, 30 jt): TOTAL 600 jt / realisasi + 30 jt.
    others = [anggaran_row("P3.02", "PROGRAM PENGEMBANGAN UMKM", "S3", "100 jt", (None, "30 jt", None, None))]
    rows = [*_laid(_program((None, typed, None, None)), _block(), above), *(others if p302 else [])]
    report = run(S3_KINERJA, rows)
    assert _budget(report).realisasi == realisasi
    assert [b.kode for b in report.budgets] == ["P3.01", "P3.02"][: 1 + p302]
    extra = 30_000_000 if p302 else 0
    assert (report.total_pagu, report.total_realisasi_anggaran) == (
        500_000_000 + 100_000_000 * p302,
        realisasi + extra,
    )
    note = findings_by_cell(report, "Anggaran")[f"G{4 if above else 2}"]
    assert f"kurang Rp {200_000_000 - realisasi:,}".replace(",", ".") in note and SIDE[above] in note
    assert FILLED not in note
    assert not findings_by_cell(report, "Anggaran", GALAT)


@pytest.mark.parametrize("above", [True, False])
def test_rincian_blank_too_change_nothing(above):
    # TW I: P3.01 10 jt = 5.1 6 jt + 5.2 4 jt; TW II blank everywhere: realisasi s.d. TW II 10 jt (2 %).
    block = _block(tw2_51=None, tw2_52=None, tw1_51="6 jt", tw1_52="4 jt")
    report = run(S3_KINERJA, _laid(_program(("10 jt", None, None, None)), block, above))
    assert (_budget(report).realisasi, _budget(report).penyerapan) == (10_000_000, 2)
    assert not [m for m in messages(report) if FILLED in m]


def test_a_block_adding_up_to_the_next_programs_pagu_is_its_though_it_spent_otherwise():
    # P3.01 500 jt (TW II 50 jt), a block 60 jt + 40 jt = 100 jt (TW II 20 jt + 10 jt = 30 jt), P3.02
    # 100 jt typed 25 jt: the block's pagu is P3.02's, so it is P3.02's rincian above (the 5 jt
    # difference said at P3.02's TW II, G5); it was read as P3.01's rincian below it, short of its
    # 500 jt. The typed figures are counted either way: 600 jt / 50 + 25 = 75 jt.
    rows = [
        _program((None, "50 jt", None, None)),
        anggaran_row("5.1", "BELANJA OPERASI", "", "60 jt", (None, "20 jt", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "40 jt", (None, "10 jt", None, None)),
        _program((None, "25 jt", None, None), "P3.02", "100 jt"),
    ]
    report = run(S3_KINERJA, rows)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (600_000_000, 75_000_000)
    said = findings_by_cell(report, "Anggaran")
    assert "di atasnya" in said["G5"] and "Rp 30.000.000" in said["G5"] and "Rp 5.000.000" in said["G5"]
    assert "rinciannya" not in said.get("G2", "") and "rinciannya" not in said.get("D2", "")
    assert "P3.02" in said["A3"] and "P3.02" in said["A4"]


@pytest.mark.parametrize("above", [True, False])
def test_a_block_adding_up_to_the_pagu_perubahan_fills_alike(above):
    # P3.01 Pagu 500 jt, Pagu Perubahan 400 jt (the one used); the block 300 jt + 100 jt = 400 jt, TW II
    # 120 jt + 80 jt = 200 jt: P3.01 200 jt of 400 jt, penyerapan 50 %.
    program = anggaran_row("P3.01", "PROGRAM UMKM", "S3", "500 jt", (None, None, None, None), "400 jt")
    block = [
        anggaran_row("5.1", "BELANJA OPERASI", "", "300 jt", (None, "120 jt", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "100 jt", (None, "80 jt", None, None)),
    ]
    report = run(S3_KINERJA, _laid(program, block, above))
    assert (_budget(report).pagu, _budget(report).realisasi, _budget(report).penyerapan) == (
        400_000_000,
        200_000_000,
        50,
    )
    assert FILLED in findings_by_cell(report, "Anggaran")[f"G{4 if above else 2}"]


@pytest.mark.parametrize("above", [True, False])
def test_a_rincian_row_with_a_status_fills_nothing(above):
    # 5.1's TW II "Menunggu SP2D" (no figure) beside 5.2's 80 jt: the rincian's sum is not known, so the
    # program's blank TW II is not filled from 80 jt alone.
    # Changed (revnewuser47): it stayed blank, counted as nothing: Rp 0 in Tabel 3.4 (0 %) for a program
    # whose rows say at least 80 jt spent, with a peringatan only. A status in the program's own cell is
    # a galat ("bukan angka"); one in its whole rincian under its blank cell now is too, said at 5.1's
    # cell (G2 above, G3 below), the program's realisasi and the TOTAL unknown.
    block = _block(tw2_51="Menunggu SP2D")
    report = run(S3_KINERJA, _laid(_program((None, None, None, None)), block, above))
    cell = "G2" if above else "G3"
    assert _budget(report).realisasi is None and report.total_realisasi_anggaran is None
    assert _budget(report).galat == [f"Anggaran!{cell}"]
    (said,) = [m for m in messages(report, GALAT) if m.startswith(f"Anggaran!{cell} ")]
    assert '"Menunggu SP2D" bukan angka' in said, said
    assert not [m for m in messages(report) if FILLED in m]
