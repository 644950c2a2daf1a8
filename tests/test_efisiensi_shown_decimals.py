"""Tabel 3.3 and 3.2.2 of the Word report: the efisiensi shown is the capaian shown minus the
penyerapan shown (so a row adds up as the reader checks it), and neither of the two is rounded
coarser than the efisiensi is shown. When a capaian next to an edge needs more decimals than the
report's (99,996 beside 100 %, 90,4 beside Sangat Tinggi), the penyerapan beside it was still
rounded at the report's decimals, and the efisiensi took the capaian's: 99,996 - 75,33 printed
"24,666" where the data give 24,663, and with Desimal 0, 90,4 - 75 printed "15,4" where they give
15,07. A figure with three decimals whose last two are wrong, in the table the Inspektorat checks.

Figures by hand, from the cells typed below (no figure of the code under test):
- program P1: pagu 300.000.000, realisasi TW I 100.000.000 + TW II 126.000.000 = 226.000.000,
  penyerapan 226 / 300 x 100 = 75,3333...%.
- Desimal 2: Tujuan T1, target 25.000, realisasi (Nilai Akhir) 24.999: capaian 24.999 / 25.000 x 100
  = 99,996% (3 decimals: 100,00 would read as reached). Efisiensi 99,996 - 75,3333... = 24,66266...,
  24,663 at the capaian's 3 decimals, with the penyerapan 75,333 (99,996 - 75,333 = 24,663).
- Desimal 0: Sasaran S1, target 250, realisasi (Kumulatif) 100 + 126 = 226: capaian 226 / 250 x 100
  = 90,4% exactly (1 decimal: 90 would read as Tinggi, 90,4 is Sangat Tinggi). Efisiensi 90,4 -
  75,3333... = 15,0666..., 15,1 at 1 decimal, with the penyerapan 75,3 (90,4 - 75,3 = 15,1).
"""

from __future__ import annotations

import pytest

pytest.importorskip("docx")

from tests.helpers_print import laporan_docx  # noqa: E402
from tests.test_laporan import row_with, table_for  # noqa: E402
from tests.test_xl_server import server  # noqa: E402, F401 (the add-in's server, a fixture)


def _workbook(
    tmp_path,
    *,
    desimal: int,
    kode: str,
    tingkat: str,
    target: str,
    quarters: tuple,
    anggaran_tw: tuple = ("100.000.000", "126.000.000"),
    pengaturan: dict | None = None,
) -> object:
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook

    row = dict.fromkeys(c.KINERJA_HEADERS)
    kinerja = [
        {
            **row,
            "Kode": kode,
            "Tingkat": tingkat,
            "Uraian": "Meningkatnya kualitas usaha mikro",
            "Indikator": "Jumlah usaha mikro naik kelas",
            "Satuan": "unit",
            "Jenis Realisasi": "Kumulatif" if tingkat == "Sasaran" else "Nilai Akhir",
            "Target": target,
            **dict(zip(c.REALISASI_TW_HEADERS, quarters)),
        },
        {
            **row,
            "Kode": "P1",
            "Tingkat": "Program",
            "Kode Induk": kode,
            "Uraian": "PROGRAM PEMBERDAYAAN USAHA MIKRO",
            "Indikator": "Jumlah pelatihan",
            "Satuan": "kali",
            "Target": 10,
            "Realisasi TW II": 10,
        },
    ]
    anggaran = [
        dict(
            zip(
                c.ANGGARAN_HEADERS,
                (
                    "P1",
                    "PROGRAM PEMBERDAYAAN USAHA MIKRO",
                    None,
                    "300.000.000",
                    None,
                    *anggaran_tw,
                ),
            )
        )
    ]
    workbook = tmp_path / f"efisiensi-{desimal}.xlsx"
    new_workbook(
        workbook,
        pengaturan={c.P_TAHUN: 2025, c.P_TRIWULAN: 2, c.P_DESIMAL: desimal, **(pengaturan or {})},
        kinerja=kinerja,
        anggaran=anggaran,
    )
    return laporan_docx(workbook)


def test_a_capaian_with_extra_decimals_keeps_the_penyerapan_as_fine(tmp_path):
    document = _workbook(
        tmp_path, desimal=2, kode="T1", tingkat="Tujuan", target="25.000", quarters=(None, "24.999")
    )
    row = row_with(table_for(document, "Tabel 3.3"), "Meningkatnya kualitas usaha mikro")
    # Capaian | Pagu | Realisasi | Penyerapan | Efisiensi | Keterangan
    assert row[-6:] == ["99,996", "300.000.000", "226.000.000", "75,333", "24,663", "Efisien"], row
    texts = [p.text for p in document.paragraphs]
    (sentence,) = [t for t in texts if t.startswith("Tujuan Meningkatnya kualitas usaha mikro: capaian")]
    assert "penyerapan anggaran sebesar 75,333%" in sentence, sentence
    assert "tingkat efisiensinya 24,663 poin" in sentence, sentence


def test_with_desimal_0_an_edge_capaian_does_not_take_a_whole_penyerapan(tmp_path):
    document = _workbook(
        tmp_path, desimal=0, kode="S1", tingkat="Sasaran", target="250", quarters=("100", "126")
    )
    row = row_with(table_for(document, "Tabel 3.3"), "Meningkatnya kualitas usaha mikro")
    assert row[-6:] == ["90,4", "300.000.000", "226.000.000", "75,3", "15,1", "Efisien"], row
    texts = [p.text for p in document.paragraphs]
    (sentence,) = [t for t in texts if t.startswith("Sasaran Meningkatnya kualitas usaha mikro: capaian")]
    assert "capaian kinerja sebesar 90,4%" in sentence, sentence
    assert "penyerapan anggaran sebesar 75,3%" in sentence, sentence
    assert "tingkat efisiensinya 15,1 poin" in sentence, sentence


# The converse: the penyerapan needs extra decimals (99,995 beside 100 %) and the capaian does not.
# P1's realisasi 100.000.000 + 199.985.000 = 299.985.000 of 300.000.000: penyerapan 99,995% exactly
# (Rp 15.000 left; 100,00 would read as the whole pagu spent, and at Desimal 0, 1 and 2 it rounds to
# 100: three decimals at every Desimal). Sasaran S1, target 3, realisasi (Kumulatif) 1 + 1 = 2:
# capaian 2 / 3 x 100 = 66,6666...%. Efisiensi 66,6666... - 99,995 = -33,32833..., -33,328 at 3
# decimals.
# This test used to pin the capaian at the report's decimals (66,67; 67 at Desimal 0) and so the
# efisiensi 66,67 - 99,995 = (33,325) (67 - 99,995 = (32,995)): a last decimal off by 3 units (by 333 at
# Desimal 0) in the table the Inspektorat checks. Both promises are kept when the capaian of this row
# takes the penyerapan's decimals, as the penyerapan already took the capaian's above (75,333): 66,667
# - 99,995 = -33,328, the row adds up and its last decimal is the data's. Tabel 3.1 and 3.2.1 still show
# 66,67 (67): the same figure at the report's decimals, which 66,667 rounds to.
SERAPAN_99_995 = ("100.000.000", "199.985.000")


@pytest.mark.parametrize("desimal", [0, 1, 2, 3])
def test_a_penyerapan_with_extra_decimals_beside_a_rounded_capaian_adds_up_as_printed(tmp_path, desimal):
    capaian, efisiensi = "66,667", "33,328"  # the same at every Desimal (above)
    document = _workbook(
        tmp_path,
        desimal=desimal,
        kode="S1",
        tingkat="Sasaran",
        target="3",
        quarters=("1", "1"),
        anggaran_tw=SERAPAN_99_995,
    )
    row = row_with(table_for(document, "Tabel 3.3"), "Meningkatnya kualitas usaha mikro")
    want = [capaian, "300.000.000", "299.985.000", "99,995", f"({efisiensi})", "Tidak efisien"]
    assert row[-6:] == want, row
    texts = [p.text for p in document.paragraphs]
    (sentence,) = [t for t in texts if t.startswith("Sasaran Meningkatnya kualitas usaha mikro: capaian")]
    assert f"capaian kinerja sebesar {capaian}%" in sentence, sentence
    assert "penyerapan anggaran sebesar 99,995%" in sentence, sentence
    assert f"tingkat efisiensinya -{efisiensi} poin" in sentence, sentence


NOTE = "ditulis dengan desimal lebih banyak daripada di bagian lain laporan"


@pytest.mark.parametrize(
    ("desimal", "target", "quarters", "anggaran_tw", "noted"),
    [
        # 66,667 here, 66,67 (67) in Bab III; 99,995 as Tabel 3.4 shows P1: noted
        (2, "3", ("1", "1"), SERAPAN_99_995, True),
        (0, "3", ("1", "1"), SERAPAN_99_995, True),
        # Desimal 0: 90,4 (its kriteria's decimal, as Bab III says it) beside 75,3 where Tabel 3.4
        # shows P1's 226 / 300 = 75,33...% as 75: noted
        (0, "250", ("100", "126"), ("100.000.000", "126.000.000"), True),
        # Desimal 2: 90,40 and 75,33, the decimals of every other table: no note
        (2, "250", ("100", "126"), ("100.000.000", "126.000.000"), False),
    ],
)
def test_a_row_shown_finer_than_the_rest_of_the_report_is_noted_under_the_table(
    tmp_path, desimal, target, quarters, anggaran_tw, noted
):
    document = _workbook(
        tmp_path,
        desimal=desimal,
        kode="S1",
        tingkat="Sasaran",
        target=target,
        quarters=quarters,
        anggaran_tw=anggaran_tw,
    )
    notes = [p.text for p in document.paragraphs if NOTE in p.text]
    notes += [c.text for t in document.tables for r in t.rows for c in r.cells if NOTE in c.text]
    assert bool(notes) == noted, notes
    assert all("Meningkatnya kualitas usaha mikro" in n for n in notes), notes


# A Sasaran's capaian that is the mean of its indicators, shown in Tabel 3.3 with its penyerapan's
# decimals (tests/test_fronts_desimal_edges.py, Sasaran S2.1 at Desimal 2): the indicators' capaian
# 7.499,99 / 10.000 = 74,9999 %, 10.000,01 / 10.000 = 100,0001 % and 499,95 / 1.000 = 49,995 %, shown
# 75,00, 100,00 and 50,00 (their kriteria and side of 100 % read the same at 2 decimals); their mean
# (74,9999 + 100,0001 + 49,995) / 3 = 224,995 / 3 = 74,99833...; beside P2's penyerapan 999.999 /
# 1.000.000 = 99,9999 % it is shown 74,9983 (efisiensi 74,9983 - 99,9999 = (25,0016)). The row's note
# names the three indicators' capaian as Tabel 3.1 shows them: (75,00 + 100,00 + 50,00) / 3 = 75,0000,
# not the 74,9983 beside it, so it must say the mean was taken before rounding. 3.2.1 shows the same
# capaian at its own 2 decimals, 75,00: the shown figures average to it, so no such words there.
def test_a_mean_shown_finer_in_tabel_3_3_says_it_was_taken_before_rounding(tmp_path):
    from tests.test_fronts_desimal_edges import desimal_edges
    from tests.test_oracle import write

    path = tmp_path / "edges.xlsx"
    write(desimal_edges(2), path)
    document = laporan_docx(path)
    sebelum = "(dihitung dari nilai sebelum pembulatan)"
    row = row_with(table_for(document, "Tabel 3.3"), "Uraian Sasaran S2.1")
    assert row[3] == "74,9983" and row[-2] == "(25,0016)", row
    texts = [p.text for p in document.paragraphs]
    notes = [t for t in texts if t.startswith("Uraian Sasaran S2.1: Capaian sasaran ini rata-rata")]
    notes += [
        c.text
        for t in document.tables
        for r in t.rows
        for c in r.cells
        if c.text.startswith("Uraian Sasaran S2.1: Capaian sasaran ini rata-rata")
    ]
    assert notes and all(sebelum in n and "(75,00%)" in n for n in notes), notes
    (efisiensi,) = [t for t in texts if t.startswith("Sasaran Uraian Sasaran S2.1: capaian kinerja sebesar")]
    assert "74,9983%" in efisiensi and sebelum in efisiensi, efisiensi
    (node,) = [t for t in texts if t.startswith("Sasaran Uraian Sasaran S2.1 dengan indikator")]
    assert "sebesar 75,00%" in node and sebelum not in node, node


# The note's words as a reader of the signed report meets them, in the sheet and in the Word report
# (tests/test_fronts_desimal_edges.py at Desimal 2). Rows shown finer than elsewhere, by hand:
# S2.1 74,9983 (3.2.1: 75,00, above); S2.3 capaian 40 beside penyerapan 40.004 / 100.000 = 40,004 %
# (Tabel 3.4 shows P4's 40,00; 40,00 - 40,00 would read efisien); S2.4 2 / 3 = 66,667 beside 99,995
# (3.2.1: 66,67). Not T2 (90 exactly | 301.026.503 / 5.984.341.101.000 = 0,00503 %, shown 0,01 as
# elsewhere) nor S2.2 (50 | 50). Each row named as the other notes under Tabel 3.3 name a node
# ("Sasaran ..."); the figure is the same, not another one, and why it has more decimals.
DESIMAL_NOTE = (
    "Pada baris Sasaran Uraian Sasaran S2.1, Sasaran Uraian Sasaran S2.3 dan Sasaran Uraian Sasaran S2.4, "
    "capaian kinerja atau penyerapan anggaran ditulis dengan desimal lebih banyak daripada di bagian "
    "lain laporan agar tingkat efisiensi (capaian dikurangi penyerapan) tepat sampai desimal terakhirnya; "
    "nilainya tetap sama."
)


def test_the_note_on_finer_rows_reads_as_the_report_says_it(tmp_path):
    from tests.helpers_print import built_workbook
    from tests.test_fronts_desimal_edges import desimal_edges
    from tests.test_oracle import write

    path = tmp_path / "edges.xlsx"
    write(desimal_edges(2), path)
    texts = [p.text for p in laporan_docx(path).paragraphs]
    assert [t for t in texts if NOTE in t] == [DESIMAL_NOTE]
    sheet = built_workbook(path)["Efisiensi"]
    cells = [v for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str) and NOTE in v]
    assert cells == [DESIMAL_NOTE]


# A capaian exact at fewer decimals than its penyerapan's, but more than the report's Desimal: Sasaran
# S1, target 200, realisasi (Kumulatif) 100 + 81 = 181: capaian 181 / 200 x 100 = 90,5 % exactly;
# beside P1's 99,995 % (SERAPAN_99_995, 3 decimals at every Desimal). At Desimal 0 its kriteria needs
# no decimal (91 is Sangat Tinggi as 90,5 is), but 91 is not the figure: it takes the decimals that
# show it exactly, 90,5, not the penyerapan's three ("90,500", zeros that say nothing). 90,5 - 99,995 =
# -9,495 exactly, shown (9,495) with the penyerapan's decimals. At Desimal 1 it was 90,5 already.
@pytest.mark.parametrize("desimal", [0, 1])
def test_a_capaian_exact_at_fewer_decimals_keeps_no_trailing_zeros(tmp_path, desimal):
    document = _workbook(
        tmp_path,
        desimal=desimal,
        kode="S1",
        tingkat="Sasaran",
        target="200",
        quarters=("100", "81"),
        anggaran_tw=SERAPAN_99_995,
    )
    row = row_with(table_for(document, "Tabel 3.3"), "Meningkatnya kualitas usaha mikro")
    assert row[-6:] == ["90,5", "300.000.000", "299.985.000", "99,995", "(9,495)", "Tidak efisien"], row
    texts = [p.text for p in document.paragraphs]
    (sentence,) = [t for t in texts if t.startswith("Sasaran Meningkatnya kualitas usaha mikro: capaian")]
    assert "capaian kinerja sebesar 90,5%" in sentence and "-9,495 poin" in sentence, sentence


# The Analisis Capaian sheet prints 3.2.1 (capaian at the report's decimals: S2.4's 66,67) and 3.2.2
# (Tabel 3.3's finer figures: 66,667) one after the other, without Tabel 3.3 and so without its note:
# a reader saw two figures for one capaian. The note stands at the end of 3.2.2 there, naming the same
# rows (DESIMAL_NOTE's, by hand above) as the text's uraian; the Word report keeps it once, under
# Tabel 3.3 (test_the_note_on_finer_rows_reads_as_the_report_says_it).
ANALISIS_NOTE = DESIMAL_NOTE.replace("Pada baris", "Catatan: pada uraian efisiensi")
# an analysis input, without which no Analisis Capaian sheet is written (tests/test_fronts_parity.py)
ANALISIS = {"Tahun Akhir Renstra": 2029}


def _analisis_texts(path) -> list[str]:
    from tests.helpers_print import built_workbook

    sheet = built_workbook(path)["Analisis Capaian"]
    return [v for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]


def test_the_analisis_capaian_sheet_notes_the_finer_rows_under_3_2_2(tmp_path):
    from tests.test_fronts_desimal_edges import desimal_edges
    from tests.test_oracle import write

    path = tmp_path / "edges.xlsx"
    write(desimal_edges(2), path, extra_pengaturan=ANALISIS)
    texts = _analisis_texts(path)
    assert [t for t in texts if NOTE in t] == [ANALISIS_NOTE]
    efisiensi = next(i for i, t in enumerate(texts) if t.startswith("3.2.2 "))
    program = next(i for i, t in enumerate(texts) if t.startswith("3.2.3 "))
    assert efisiensi < texts.index(ANALISIS_NOTE) < program
    # both figures it speaks of are there: 3.2.1's 66,67 and 3.2.2's 66,667 of S2.4 (2 / 3 = 66,666...%)
    faktor = [t for t in texts[:efisiensi] if "Uraian Sasaran S2.4" in t and "66,67%" in t]
    assert faktor and any("66,667%" in t for t in texts[efisiensi:program]), texts


def test_no_note_in_the_analisis_capaian_sheet_when_no_row_is_finer(tmp_path):
    # Desimal 2: 90,40 and 75,33 (226 / 250, 226 / 300), as every other table shows them
    _workbook(
        tmp_path,
        desimal=2,
        kode="S1",
        tingkat="Sasaran",
        target="250",
        quarters=("100", "126"),
        pengaturan=ANALISIS,
    )
    texts = _analisis_texts(tmp_path / "efisiensi-2.xlsx")
    assert any(t.startswith("3.2.2 ") for t in texts)  # (the sheet is written)
    assert not [t for t in texts if NOTE in t]


# The same note in the other fronts that show the Analisis Capaian sheet (revtyped44): the add-in's plan
# replayed as the task pane applies it, and the PDF of the sheet (LibreOffice). Both print the sheet's
# layout, so the note stands between 3.2.2 and 3.2.3 there too.


def _edges_with_analisis(tmp_path):
    from tests.test_fronts_desimal_edges import desimal_edges
    from tests.test_oracle import write

    path = tmp_path / "edges.xlsx"
    write(desimal_edges(2), path, extra_pengaturan=ANALISIS)
    return path


def test_the_add_in_plan_notes_the_finer_rows_under_3_2_2(tmp_path, server):  # noqa: F811 (the fixture)
    from tests.test_xl_server import PLAN_CLIENT, book_json, press, replay_plan

    data = book_json(_edges_with_analisis(tmp_path), args=[{}, PLAN_CLIENT])
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, _, _ = replay_plan(data, response.json()["actions"])
    (sheet,) = [s for s in sheets if s.name == "Analisis Capaian"]
    texts = [v for _, v in sorted(sheet.values.items()) if isinstance(v, str)]
    assert [t for t in texts if NOTE in t] == [ANALISIS_NOTE]
    efisiensi = next(i for i, t in enumerate(texts) if t.startswith("3.2.2 "))
    program = next(i for i, t in enumerate(texts) if t.startswith("3.2.3 "))
    assert efisiensi < texts.index(ANALISIS_NOTE) < program


@pytest.mark.slow
def test_the_pdf_of_the_analisis_capaian_sheet_notes_the_finer_rows(tmp_path):
    import subprocess

    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.delivery.pdf import PdfError, find_soffice

    try:
        find_soffice()
    except PdfError as exc:
        pytest.skip(str(exc))
    pdf = tmp_path / "edges.pdf"
    args = ["pdf", str(_edges_with_analisis(tmp_path)), "-o", str(pdf), "--sheet", "Analisis Capaian"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())  # (the note wraps over lines of the page)
    assert flat.count(" ".join(ANALISIS_NOTE.split())) == 1, flat
    assert flat.index("3.2.2 ") < flat.index(ANALISIS_NOTE) < flat.index("3.2.3 ")
