"""Staff round 15: finance staff (Subbag Keuangan) typing Anggaran for Triwulan III, and one
computation for every output of a command (sheet, PDF, Word, mail, export). Figures worked out by hand
with Fractions in the comments."""

from __future__ import annotations

import csv
import io
from fractions import Fraction

import openpyxl
import pytest

from lkj_xl.build import render_outputs
from lkj_xl.core import contract as c
from tests.test_engine import anggaran_row, kinerja_row, run


def _efisiensi_row(sheet) -> list:
    (row,) = [r for r in sheet.iter_rows(min_row=4) if r[1].value == "T"]
    return row


# --- efisiensi at its edge: the capaian and penyerapan beside it show its sign ------------------------


@pytest.mark.parametrize(
    ("target", "tws", "realisasi", "capaian", "penyerapan", "efisiensi"),
    [
        # Capaian 40 / 100 * 100 = 40; pagu 1.000.000, realisasi 400.040: penyerapan
        # 400.040 / 1.000.000 * 100 = 40,004; efisiensi 40 - 40,004 = -0,004 (Tidak efisien).
        # Shown 40,00 and 40,00 beside (0,004) a reader computes 0, efisien: the penyerapan needs 40,004.
        (100, (None, 40, None, None), 400_040, "40,00", "40,004", "(0,004)"),
        # Capaian 60,005 / 100 * 100 = 60,005 (Rendah, shown 60,01 by its kriteria's 2 decimals);
        # realisasi 600.060 of 1.000.000: penyerapan 60,006; efisiensi 60,005 - 60,006 = -0,001.
        # 60,01 - 60,01 = 0 reads efisien: both need 3 decimals, 60,005 and 60,006.
        (100, (None, Fraction(60005, 1000), None, None), 600_060, "60,005", "60,006", "(0,001)"),
    ],
)
def test_penyerapan_beside_a_tiny_negative_efisiensi_shows_the_decimals_of_its_sign(
    target, tws, realisasi, capaian, penyerapan, efisiensi
):
    from lkj_xl.core.analisis_efisiensi import efisiensi_kalimat
    from lkj_xl.core.export import to_csv

    tws = tuple(float(x) if isinstance(x, Fraction) else x for x in tws)
    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", target, tws, jenis="Kumulatif")]
    report = run(rows, [anggaran_row("P1", "Program", "T1", 1_000_000, (None, realisasi, None, None))])
    (node,) = report.efisiensi
    assert node.efisiensi_exact is not None and node.efisiensi_exact < 0

    # Tabel 3.3 as built (the PDF prints these cells and the Word report's table copies their formats)
    sheet = openpyxl.load_workbook(io.BytesIO(render_outputs(report)))[c.SHEET_EFISIENSI]
    cells = _efisiensi_row(sheet)
    decimals = {cell.column_letter: cell.number_format.split(";")[0].rpartition(".")[2] for cell in cells}
    assert len(decimals["D"]) == len(capaian.partition(",")[2]), decimals  # Capaian Kinerja (%)
    assert len(decimals["G"]) == len(penyerapan.partition(",")[2]), decimals  # Penyerapan (%)
    assert cells[8].value == "Tidak efisien"

    # 3.2.2 of the Word report and of Analisis Capaian
    text = efisiensi_kalimat(node, report.settings)
    assert f"capaian kinerja sebesar {capaian}%" in text, text
    assert f"penyerapan anggaran sebesar {penyerapan}%" in text, text

    # export --excel-id ("values as the sheets show them")
    raw = to_csv(report, "efisiensi", excel_id=True).lstrip("\ufeff")
    (shown,) = list(csv.DictReader(io.StringIO(raw), delimiter=";"))
    assert (shown["capaian"], shown["penyerapan"], shown["efisiensi"]) == (capaian, penyerapan, efisiensi)


# --- one computation: the Word report says why the budget is not summed as the mail body does ------------


def test_word_report_names_a_negative_quarters_galat_as_the_mail_body_does(tmp_path):
    """Finance staff type a pengembalian (money returned) as a negative TW II, -5.000.000: a galat at
    Anggaran!G4 (its own words: the quarter is negative, write the net spending). The mail body said
    so; the attached Word report said, in 3.2.2, 3.2.3 and Bab IV, that the cell "tidak dapat dibaca"
    (cannot be read), which a reader of both takes for another problem."""
    import email
    import email.policy

    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook
    from tests.helpers_print import docx_text
    from tests.test_deliver import SETTINGS

    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan satu", "Indikator": "Indeks A",
         "Satuan": "unit", "Target": 40, "Realisasi TW I": 30},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran satu",
         "Indikator": "Jumlah koperasi", "Satuan": "unit", "Target": 200, "Realisasi TW I": 50},
        {"Kode": "P1", "Tingkat": "Program", "Kode Induk": "S1", "Uraian": "Program satu",
         "Indikator": "Jumlah pelatihan", "Satuan": "kali", "Target": 4, "Realisasi TW I": 1},
    ]  # fmt: skip
    # Anggaran row 4 (header on row 3): Realisasi TW II is column G.
    anggaran = [
        {"Kode": "P1", "Program": "Program satu", "Pagu": "Rp 1.200.000.000",
         "Realisasi TW I": "Rp 1.000.000", "Realisasi TW II": "-5.000.000"},
    ]  # fmt: skip
    # (TW I 1.000.000, was 100.000.000: since sipd49 a refund whose net s.d. its quarter stays >= 0 is
    # counted, 100.000.000 - 5.000.000 = 95.000.000 with a peringatan; 1.000.000 - 5.000.000 =
    # -4.000.000 is still the galat this test is about)
    workbook = tmp_path / "pengembalian.xlsx"
    new_workbook(workbook, pengaturan=SETTINGS, kinerja=kinerja, anggaran=anggaran)
    eml = tmp_path / "pesan.eml"
    args = ["send", str(workbook), "--to", "bappeda@example.go.id", "--laporan", "--dry-run", str(eml)]
    result = CliRunner().invoke(
        main, args, env={"LKJ_SMTP_HOST": "", "LKJ_SMTP_FROM": "", "HOME": str(tmp_path)}
    )
    assert result.exit_code in (0, 1), result.output  # 1: the workbook has a galat
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    body = msg.get_body(preferencelist=("plain",)).get_content()
    # "di bawah nol" (revmend38; it said "negatif"): these sentences stand beside a Negatif indicator's
    # "bernilai negatif", the Polaritas's word (tests/test_di_bawah_nol.py); the cell and cause are the same.
    cause = 'Anggaran!G4: Realisasi anggaran program "Program satu" di bawah nol'
    assert cause in body

    (docx,) = [a.get_content() for a in msg.iter_attachments() if a.get_filename().endswith(".docx")]
    said = [line for line in docx_text(docx).splitlines() if "Anggaran!G4" in line]
    sentences = [line for line in said if "tidak dihitung karena" in line or "tidak dijumlahkan" in line]
    # Ikhtisar, 3.2.2 (Tujuan and Sasaran), 3.2.3 (the program), Bab IV
    assert len(sentences) >= 5, said
    for line in sentences:
        assert "tidak dapat dibaca" not in line, line
        assert cause in line, line


def test_a_tiny_positive_efisiensi_shown_as_zero_is_not_said_to_exceed():
    """Capaian 40 / 100 * 100 = 40; realisasi 399.960 of pagu 1.000.000: penyerapan 39,996;
    efisiensi 40 - 39,996 = 0,004 points, Efisien, shown 0,00 (Tabel 3.3's 2 decimals: its sign is
    already right). 3.2.2 said "40,00% ... 40,00% ... 0,00 poin ... capaian kinerja melampaui
    penyerapan anggaran": a figure shown equal said to exceed. Said as the figures show it: sama dengan."""
    from lkj_xl.core.analisis_efisiensi import efisiensi_kalimat

    rows = [kinerja_row("T1", "Tujuan", "", "T", "P", 100, (None, 40, None, None), jenis="Kumulatif")]
    report = run(rows, [anggaran_row("P1", "Program", "T1", 1_000_000, (None, 399_960, None, None))])
    (node,) = report.efisiensi
    assert node.efisiensi_exact == Fraction(4, 1000)
    text = efisiensi_kalimat(node, report.settings, report.findings)
    assert "tingkat efisiensinya 0,00 poin" in text, text
    assert "efisien: capaian kinerja sama dengan penyerapan anggaran" in text, text
