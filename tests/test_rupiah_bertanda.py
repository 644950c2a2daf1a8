"""A rupiah amount below zero, and a difference of two rupiah amounts, as an Indonesian document writes
them: never "Rp -110.228.979" (an evaluator read it in Pemeriksaan's "selisih Rp -110.228.979"; "Rp -"
is also how Excel's Accounting format shows a zero, which core.pasted reads as no data). A difference
says its direction in words, "kurang Rp 110.228.979" / "lebih Rp 110.228.979" (kalimat.selisih_rupiah);
an amount that is itself negative (a sisa anggaran over the pagu) puts the sign before "Rp".

Figures are the example's (../shared/seeds/000_237f033edcd5cb60.txt, "l.N"): the programs' pagu add up
to 27.805.047.633 (Tabel 3.4, l.968); the cells changed for a case are ours and named in each test.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.build import load_report
from lkj_xl.core.kalimat import rupiah, selisih_rupiah, with_satuan
from tests.common import example_typed
from tests.test_anggaran_rincian import P1, P2, kinerja
from tests.test_engine import anggaran_row, run

TOTAL_PAGU = 27_805_047_633  # the programs' pagu (l.968)
# Pengaturan's Total Pagu Perjanjian Kinerja typed 110.228.979 above the programs' sum
TYPED_TOTAL = TOTAL_PAGU + 110_228_979


def test_a_negative_amount_puts_its_sign_before_rp():
    assert rupiah(Fraction(-110_228_979)) == "-Rp 110.228.979"
    assert rupiah(110_228_979) == "Rp 110.228.979"
    # -0,4 rupiah is shown with its sen since fix15 (-Rp 0,40); -0,004 (a realisasi a formula left
    # over its pagu) with the decimals it needs since mend34e, never "Rp 0"; -0,00004 (past the 4
    # decimals an amount is shown with) rounds to 0: no "-Rp 0" (format_number never shows "-0")
    assert rupiah(Fraction(-2, 5)) == "-Rp 0,40"
    assert rupiah(Fraction(-1, 250)) == "-Rp 0,004"
    assert rupiah(Fraction(-1, 25000)) == "Rp 0"
    # an indicator in Satuan Rp with a negative figure (a net loss typed by staff)
    assert with_satuan("-5.000.000", "Rp") == "-Rp 5.000.000"
    assert with_satuan("5.000.000", "Rupiah") == "Rp 5.000.000"


def test_a_difference_is_said_as_lebih_or_kurang():
    assert selisih_rupiah(Fraction(-110_228_979)) == "kurang Rp 110.228.979"
    assert selisih_rupiah(Fraction(78_850_965)) == "lebih Rp 78.850.965"


def _no_negative_rp(texts: list[str]) -> None:
    bad = [t for t in texts if "Rp -" in t or "Rp\u00a0-" in t]
    assert not bad, bad


def test_total_pagu_above_the_programs_in_every_output(tmp_path):
    """Pengaturan B16 typed 27.915.276.612, the programs' 27.805.047.633: Pemeriksaan said "selisih
    Rp -110.228.979". 27.805.047.633 - 27.915.276.612 = -110.228.979: the programs are 110.228.979
    short of the Total, the Total 110.228.979 above them; each output says it that way."""
    assert TOTAL_PAGU - TYPED_TOTAL == -110_228_979
    from lkj_xl.core.analisis_teks import penutup
    from lkj_xl.core.tables import realisasi_anggaran
    from lkj_xl.delivery.message import summary_lines

    report = load_report(example_typed(tmp_path, "total-lebih", 2, {("Pengaturan", "B16"): TYPED_TOTAL}))
    (finding,) = [f for f in report.findings if f.sheet == "Pengaturan"]
    assert finding.sel == "B16"
    assert finding.pesan == (
        "Jumlah pagu program di sheet Anggaran (Rp 27.805.047.633) tidak sama dengan Total Pagu "
        "Perjanjian Kinerja (Rp 27.915.276.612), kurang Rp 110.228.979"
    )
    said = (
        "Total Pagu Perjanjian Kinerja di Pengaturan!B16 Rp 27.915.276.612, "
        "lebih Rp 110.228.979 dari jumlah pagu program"
    )
    mail = summary_lines(report)
    assert next(line for line in mail if line.startswith("Realisasi anggaran")).endswith(f", {said}")
    assert penutup(report).teks.count(said) == 1
    notes = [v for row in realisasi_anggaran.layout(report).rows for v in row if isinstance(v, str)]
    assert f"{said}." in notes or any(said in n for n in notes), notes
    _no_negative_rp([f.pesan for f in report.findings] + mail + notes)


@pytest.mark.slow
def test_no_negative_rp_in_the_built_sheets_and_the_word_report(tmp_path):
    """The same workbook built and drafted: no cell of an output sheet, no paragraph or table cell of
    the Word report writes "Rp -"; Pemeriksaan has the sentence above."""
    docx = pytest.importorskip("docx")
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main

    workbook = example_typed(tmp_path, "total-lebih-word", 2, {("Pengaturan", "B16"): TYPED_TOTAL})
    built, out = tmp_path / "built.xlsx", tmp_path / "laporan.docx"
    assert CliRunner().invoke(main, ["build", str(workbook), "-o", str(built)]).exit_code == 0
    assert CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)]).exit_code == 0
    wb = openpyxl.load_workbook(built)
    cells = [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("kurang Rp 110.228.979" in t for t in cells)
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for t in document.tables for row in t.rows for cell in row.cells]
    assert any("lebih Rp 110.228.979 dari jumlah pagu program" in t for t in texts)
    _no_negative_rp(cells + texts)


def test_details_above_their_program_are_kurang_at_the_program():
    """P3.01's pagu 3.578.850.965 (l.962) with one Kegiatan under it typed 4.000.000.000 (ours): the
    program is 4.000.000.000 - 3.578.850.965 = 421.149.035 below its details (was "selisih
    Rp -421.149.035")."""
    assert 3_578_850_965 - 4_000_000_000 == -421_149_035
    k1 = anggaran_row(
        "K3.01.01", "Kegiatan pemberdayaan usaha mikro", "", 4000000000, (None, None, None, None)
    )
    report = run(kinerja(), [P1, k1, P2])
    (pagu,) = [f for f in report.findings if f.sheet == "Anggaran" and f.sel == "D2"]
    assert pagu.pesan.startswith(
        "Pagu program P3.01 (Rp 3.578.850.965) tidak sama dengan jumlah rinciannya di bawahnya "
        "(Rp 4.000.000.000: K3.01.01 baris 3), kurang Rp 421.149.035. Yang dihitung angka program P3.01"
    ), pagu.pesan
    _no_negative_rp([f.pesan for f in report.findings])
