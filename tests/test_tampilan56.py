"""How a rupiah figure typed with a scale word is shown (tampilan56: a Dinas Perdagangan's trial, TW II
2025), and what the Word report carries under Tabel 3.1 / 3.2.

1. A quarter with sen typed plain (`285.430,50`) beside a target `Rp 1,2 jt` showed the whole row with
   4 decimals: `1,2000 juta`, `285.430,5000`, `310.000,0000`, the realisasi s.d. `0,5954 juta`. The sum
   (595.430,50) was shown in the target's juta, where it needs 4 decimals for the capaian to be
   recomputed, and those 4 decimals of a juta went to every figure of the row. A careful analyst reads
   the rupiah as typed, with its sen: `285.430,50`, `310.000,00`, `595.430,50`, beside `1,20 juta`.
2. Quarters typed in juta beside a target in milyar whose sum the milyar rounds (`350 jt` + `425 jt` of
   `Rp 1,5 M`: 0,775 milyar) showed the sum plain, `775.000.000`, beside `350 juta`, `425 juta` and
   `1,50 milyar`: shown now in the quarters' own juta, `775 juta`.
3. Sentences wrote a rupiah figure in a scale word without Rp (`target 1,50 milyar`) beside every other
   amount with it (`Rp 1.491.388.500.000`, the budget's `Rp 27.805.047.633`). The seed writes money in
   its sentences with Rp (l.825 `Rp 1.491.388.500.000`, l.931 `Rp 450.000.000,-`, l.947 `Rp
   27.805.047.633,-`), a figure in juta too in staff's own prose (l.590 `Rp 5.718.901,0 juta rupiah`);
   its l.582 / l.620 copy the table's cell (`5.984,04 milyar`, `193.900 Juta`). One rule now: a rupiah
   figure in a sentence is written with Rp (`Rp 1,50 milyar`), also under a Satuan naming the scale
   (`Rp juta`, `Milyar Rupiah`: `Rp 1,20 juta`, was `1,20 Rp juta`).
4. The notes under Tabel 3.1 and 3.2 (Kumulatif sums so far, a Negatif Kumulatif, a realisasi of the
   earlier quarters only) are the Word document's too, word for word as the sheets (and so the PDF)
   print them.
"""

from __future__ import annotations

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core.kalimat import angka_indikator, with_satuan
from tests.common import kinerja_row
from tests.helpers_print import have_soffice, page_texts
from tests.helpers_staff import built_new_workbook, row_of
from tests.test_fronts_parity import shown_text

JUTA2 = '[$-421]#,##0.00,, "juta"'
JUTA0 = '[$-421]#,##0,, "juta"'
MILYAR2 = '[$-421]#,##0.00,,, "milyar"'
PLAIN2 = "[$-421]#,##0.00"
PASAR = "Pendapatan retribusi pasar"


def _rupiah_row(target, tw1, tw2, **more):
    return kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Meningkatnya pendapatan pasar",
        PASAR,
        target,
        tw1,
        tw2,
        **{"Satuan": "Rp", "Jenis Realisasi": "Kumulatif", **more},
    )


def _cells(ws, name=PASAR):
    return {cell.column_letter: cell for cell in row_of(ws, name)}


def _report(tmp_path, rows):
    from lkj_xl.build import load_report
    from lkj_xl.xlsx.template import new_workbook

    path = tmp_path / "laporan.xlsx"
    settings = {c.P_PEMDA: "Kabupaten Contoh", c.P_OPD: "Dinas Contoh", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(path, pengaturan=settings, kinerja=rows)
    return path, load_report(path)


# --- 1. a plain quarter with sen beside a target in juta ------------------------------------------

# TW I 285.430,50 + TW II 310.000 = 595.430,50 s.d. TW II (Kumulatif); capaian
# 595.430,50 / 1.200.000 x 100 = 49,6192... -> 49,62 %, Sangat Rendah (<= 50).
SEN = _rupiah_row("Rp 1,2 jt", "285.430,50", "310.000")


def test_a_quarter_with_sen_beside_a_target_in_juta_is_shown_with_its_sen(tmp_path):
    wb = built_new_workbook(tmp_path, [SEN])
    cells = _cells(wb[c.SHEET_CAPAIAN_TS])
    # Target E, TW I F, TW II G, Realisasi s.d. TW II J, Capaian K
    assert cells["E"].value == 1200000 and cells["E"].number_format == JUTA2  # 1,20 juta, was 1,2000 juta
    assert cells["F"].value == 285430.5 and cells["F"].number_format == PLAIN2  # 285.430,50, was ,5000
    assert cells["G"].value == 310000 and cells["G"].number_format == PLAIN2  # 310.000,00 (sen beside it)
    # the sum as read, with its sen: 595.430,50, never 0,5954 juta
    assert cells["J"].value == 595430.5 and cells["J"].number_format == PLAIN2
    assert shown_text(cells["K"].value, cells["K"].number_format) == "49,62"
    program = _cells(wb["Capaian Program"])  # Target E, Realisasi F
    assert program["E"].number_format == JUTA2
    assert program["F"].value == 595430.5 and program["F"].number_format == PLAIN2


def test_a_target_typed_with_four_decimals_of_a_juta_leaves_the_sen_at_two(tmp_path):
    # 595.430,50 / 1.234.500 x 100 = 48,2325... -> 48,23 %; 1,23 juta would give 48,4090 (595.430,50 /
    # 1.230.000), so the target keeps its 4 decimals (1,2345 juta); the rupiah, exact to the sen, keep
    # 2: 285.430,50, never 285.430,5000.
    wb = built_new_workbook(tmp_path, [_rupiah_row("Rp 1,2345 jt", "285.430,50", "310.000")])
    cells = _cells(wb[c.SHEET_CAPAIAN_TS])
    assert cells["E"].number_format == '[$-421]#,##0.0000,, "juta"'  # 1,2345 juta
    assert cells["F"].number_format == PLAIN2 and cells["J"].number_format == PLAIN2
    assert shown_text(cells["J"].value, cells["J"].number_format) == "595.430,50"
    assert shown_text(cells["K"].value, cells["K"].number_format) == "48,23"


def test_the_sentence_names_the_sum_with_its_sen(tmp_path):
    _, report = _report(tmp_path, [SEN])
    said = angka_indikator(report.indicators[0], report.settings)
    assert said.target == "Rp 1,20 juta"
    assert said.realisasi == "Rp 595.430,50"  # 285.430,50 + 310.000
    assert said.capaian == "49,62%"


# --- 2. quarters in juta beside a target in milyar ------------------------------------------------


def test_a_sum_exact_in_the_targets_milyar_stays_in_it(tmp_path):
    # 350 jt + 420 jt = 770.000.000 = 0,77 milyar: exact at the target's 2 decimals of a milyar;
    # capaian 770 / 1.500 x 100 = 51,333... -> 51,33 %
    wb = built_new_workbook(tmp_path, [_rupiah_row("Rp 1,5 M", "350 jt", "420 jt")])
    cells = _cells(wb[c.SHEET_CAPAIAN_TS])
    assert cells["E"].value == 1500000000 and cells["E"].number_format == MILYAR2  # 1,50 milyar
    assert cells["F"].number_format == JUTA0 and cells["G"].number_format == JUTA0  # 350 juta, 420 juta
    assert cells["J"].value == 770000000 and cells["J"].number_format == MILYAR2  # 0,77 milyar
    assert shown_text(cells["K"].value, cells["K"].number_format) == "51,33"


def test_a_sum_the_milyar_rounds_is_shown_in_the_quarters_juta(tmp_path):
    # 350 jt + 425 jt = 775.000.000: 0,775 milyar, which 2 decimals of a milyar round (0,78 gives
    # 52,00 %); in the quarters' juta it is exact: 775 juta. Capaian 775 / 1.500 x 100 = 51,666... ->
    # 51,67 %. Last year's 700 jt (0,70 milyar) gives Perbandingan Kinerja its row.
    row = _rupiah_row("Rp 1,5 M", "350 jt", "425 jt", **{c.H_REALISASI_TAHUN_LALU: "Rp 700 jt"})
    wb = built_new_workbook(tmp_path, [row])
    cells = _cells(wb[c.SHEET_CAPAIAN_TS])
    assert cells["J"].value == 775000000 and cells["J"].number_format == JUTA0  # was 775.000.000, #,##0
    assert shown_text(cells["K"].value, cells["K"].number_format) == "51,67"
    program = _cells(wb["Capaian Program"])
    assert program["F"].value == 775000000 and program["F"].number_format == JUTA0
    perbandingan = [
        shown_text(cell.value, cell.number_format)
        for cell in row_of(wb[c.SHEET_PERBANDINGAN], PASAR)
        if cell.value is not None
    ]
    assert "775 juta" in perbandingan and "775.000.000" not in perbandingan, perbandingan


def test_the_sentence_names_the_sum_in_juta(tmp_path):
    _, report = _report(tmp_path, [_rupiah_row("Rp 1,5 M", "350 jt", "425 jt")])
    said = angka_indikator(report.indicators[0], report.settings)
    assert (said.target, said.realisasi, said.capaian) == ("Rp 1,50 milyar", "Rp 775 juta", "51,67%")


# --- 3. a rupiah figure in a scale word is written with Rp in sentences --------------------------


def test_a_rupiah_figure_in_a_scale_word_is_written_with_rp():
    assert with_satuan("1,50 milyar", "Rp", "milyar") == "Rp 1,50 milyar"  # was 1,50 milyar
    assert with_satuan("5.984,04 milyar", "Rupiah", "milyar") == "Rp 5.984,04 milyar"
    assert with_satuan("1,20", "Rp juta", None) == "Rp 1,20 juta"  # was 1,20 Rp juta
    assert with_satuan("1.282.684,40", "Rp. Juta", None) == "Rp 1.282.684,40 juta"  # the seed's l.1121
    assert with_satuan("5.984,04", "Milyar Rupiah", None) == "Rp 5.984,04 milyar"  # the seed's l.1120
    assert with_satuan("-0,50 juta", "Rp", "juta") == "-Rp 0,50 juta"
    # as before: a plain amount, another currency, a price per unit, a count in a scale word
    assert with_satuan("1.491.388.500.000", "Rp", None) == "Rp 1.491.388.500.000"
    assert with_satuan("20,00 juta", "Juta US$", "juta") == "20,00 juta US$"
    assert with_satuan("12.500", "Rp/kg", None) == "12.500 Rp/kg"
    assert with_satuan("1,20 juta", "orang", "juta") == "1,20 juta orang"


def test_the_word_report_writes_the_target_and_realisasi_with_rp(tmp_path):
    # 350 jt + 420 jt = 0,77 milyar of 1,50 milyar: 51,33 %
    path, _ = _report(tmp_path, [_rupiah_row("Rp 1,5 M", "350 jt", "420 jt")])
    out = tmp_path / "LKjIP.docx"
    result = CliRunner().invoke(main, ["laporan", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "sebesar Rp 1,50 milyar" in text and "sebesar Rp 0,77 milyar" in text, text
    assert "sebesar 1,50 milyar" not in text


# --- 4. the notes under Tabel 3.1 / 3.2 in the Word report ---------------------------------------


def _notes(ws) -> list[str]:
    """The long texts of column A under the table's title (the notes), as the sheet prints them."""
    return [
        cell.value
        for (cell,) in ws.iter_rows(min_row=3, max_col=1)
        if isinstance(cell.value, str) and len(cell.value) > 60
    ]


def test_the_word_report_carries_the_notes_under_tabel_3_1_and_3_2(tmp_path):
    from lkj_xl.xlsx.template import new_workbook

    rows = [
        # Kumulatif: 25 + 4 = 29 of 40 unit, 72,5 % before TW IV: named in the Kumulatif note
        kinerja_row(
            "T1", "Tujuan", "", "Tujuan satu", "Jumlah koperasi sehat", "40", "25", "4", Satuan="unit"
        ),
        # Negatif Kumulatif: 12.000 + 11.000 = 23.000 of a ceiling of 42.500 ton; capaian
        # (42.500 - (23.000 - 42.500)) / 42.500 x 100 = 62.000 / 42.500 x 100 = 145,88 %
        kinerja_row(
            "S1",
            "Sasaran",
            "T1",
            "Sasaran satu",
            "Volume sampah ke TPA",
            "42.500",
            "12.000",
            "11.000",
            **{"Satuan": "ton", "Jenis Realisasi": "Kumulatif", "Polaritas": "Negatif"},
        ),
        # Nilai Akhir (posisi) with TW II "-": the realisasi s.d. TW II is TW I's 5 alone
        kinerja_row(
            "S2",
            "Sasaran",
            "T1",
            "Sasaran dua",
            "Persentase pasar ber-SNI",
            "10",
            "5",
            "-",
            **{"Jenis Realisasi": "Nilai Akhir"},
        ),
        # a Program's Kumulatif: 20 + 30 = 50 of 100 UMKM (50 %), Tabel 3.2's note only
        kinerja_row(
            "P1", "Program", "S1", "Program satu", "Jumlah UMKM dibina", "100", "20", "30", Satuan="UMKM"
        ),
    ]
    path, out, lkjip = tmp_path / "laporan.xlsx", tmp_path / "hasil.xlsx", tmp_path / "LKjIP.docx"
    settings = {c.P_PEMDA: "Kabupaten Contoh", c.P_OPD: "Dinas Contoh", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(path, pengaturan=settings, kinerja=rows)
    assert CliRunner().invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    result = CliRunner().invoke(main, ["laporan", str(path), "-o", str(lkjip)])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(out)
    ts, program = _notes(wb[c.SHEET_CAPAIAN_TS]), _notes(wb["Capaian Program"])
    assert any("Kumulatif berikut" in n and n.endswith(": Jumlah koperasi sehat.") for n in ts), ts
    assert any("Kumulatif bernilai negatif berikut" in n and "Volume sampah ke TPA" in n for n in ts), ts
    assert any("data triwulan sebelumnya saja" in n and "Persentase pasar ber-SNI" in n for n in ts), ts
    assert any(n.endswith(": Jumlah koperasi sehat dan Jumlah UMKM dibina.") for n in program), program
    paragraphs = [p.text for p in docx.Document(str(lkjip)).paragraphs]
    for note in ts + program:
        assert note in paragraphs, note


# --- LibreOffice prints the figures as the number formats say -------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not have_soffice(), reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_the_sen_and_the_juta(tmp_path):
    from lkj_xl.xlsx.template import new_workbook

    # S1: 285.430,50 + 310.000 = 595.430,50 of 1,20 juta (49,62 %); S2: 350 jt + 425 jt = 775 juta of
    # 1,50 milyar (51,67 %)
    rows = [
        SEN,
        {**_rupiah_row("Rp 1,5 M", "350 jt", "425 jt"), "Kode": "S2", "Indikator": "Nilai transaksi"},
    ]
    path, pdf = tmp_path / "laporan.xlsx", tmp_path / "tabel.pdf"
    settings = {c.P_PEMDA: "Kabupaten Contoh", c.P_OPD: "Dinas Contoh", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(path, pengaturan=settings, kinerja=rows)
    result = CliRunner().invoke(main, ["pdf", str(path), "-o", str(pdf), "--sheet", c.SHEET_CAPAIAN_TS])
    assert result.exit_code == 0, result.output
    text = " ".join(page_texts(pdf))
    for shown in ("1,20 juta", "285.430,50", "310.000,00", "595.430,50", "49,62"):
        assert shown in text, (shown, text)
    for shown in ("1,50 milyar", "350 juta", "425 juta", "775 juta", "51,67"):
        assert shown in text, (shown, text)
    assert "0,5954" not in text and "775.000.000" not in text and ",5000" not in text, text
