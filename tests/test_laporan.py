"""lkj-xl laporan: the LKjIP Word document drafted from the workbook, read back with python-docx.

Figures are derived from the seed report's raw data (../shared/seeds/000_237f033edcd5cb60.txt, "l.N"),
slips corrected as in tests/test_seed.py.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

docx = pytest.importorskip("docx")

from lkj_xl.cli import main  # noqa: E402
from lkj_xl.core.model import Cell  # noqa: E402
from lkj_xl.core.narasi import SECTIONS, parse_narasi  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

CHAPTERS = [
    "KATA PENGANTAR",
    "IKHTISAR EKSEKUTIF",
    "DAFTAR ISI",
    "DAFTAR TABEL",
    "DAFTAR GAMBAR",
    "BAB I PENDAHULUAN",
    "BAB II PERENCANAAN KINERJA",
    "BAB III AKUNTABILITAS KINERJA",
    "BAB IV PENUTUP",
    "LAMPIRAN",
]
TABLES = [
    "Tabel 2.1",
    "Tabel 2.2",
    "Tabel 2.3",
    "Tabel 2.4",
    "Tabel 3.1",
    "Tabel 3.2",
    "Tabel 3.3",
    "Tabel 3.4",
]


def _example_module():
    sys.path.insert(0, str(ROOT / "workbooks"))
    try:
        import make_example
    finally:
        sys.path.pop(0)
    return make_example


@pytest.fixture(scope="module")
def example_docx(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("laporan") / "LKjIP.docx"
    result = CliRunner().invoke(main, ["laporan", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def doc(example_docx):
    return docx.Document(str(example_docx))


def headings(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def captioned_tables(document) -> dict[str, object]:
    """Caption text -> the table right after it (the caption must be directly above its table)."""
    out = {}
    tables = {t._tbl: t for t in document.tables}
    for p in document.paragraphs:
        if p.style.name == "Judul Tabel":
            following = p._p.getnext()
            assert following is not None and following.tag == f"{W}tbl", f"no table under {p.text!r}"
            out[p.text] = tables[following]
    return out


def table_for(document, number: str):
    matches = [t for caption, t in captioned_tables(document).items() if caption.startswith(number + " ")]
    assert len(matches) == 1, number
    return matches[0]


def sasaran_table(document, number: str):
    """Tabel 2.1 / 2.2: the Sasaran's table, the next one under the caption (the first holds the Tujuan,
    each under its own header as the seed's Tabel 2.2, l.353-366)."""
    following = table_for(document, number)._tbl.getnext()
    while following is not None and following.tag != f"{W}tbl":
        assert following.tag == f"{W}p" and not "".join(following.itertext()).strip()
        following = following.getnext()
    assert following is not None, number
    return {t._tbl: t for t in document.tables}[following]


def row_with(table, text: str) -> list[str]:
    for row in table.rows:
        cells = [c.text for c in row.cells]
        if any(text in c for c in cells):
            return cells
    raise AssertionError(f"no row with {text!r}")


def test_every_chapter_heading_and_captioned_table(doc):
    found = headings(doc)
    for chapter in CHAPTERS:
        assert chapter in found
    assert found.index("BAB I PENDAHULUAN") < found.index("BAB II PERENCANAAN KINERJA")
    assert (
        found.index("BAB III AKUNTABILITAS KINERJA") < found.index("BAB IV PENUTUP") < found.index("LAMPIRAN")
    )
    captions = list(captioned_tables(doc))
    for number in TABLES:
        assert sum(c.startswith(number + " ") for c in captions) == 1, number
    figures = [p.text for p in doc.paragraphs if p.style.name == "Judul Gambar"]
    assert [f.split(" ")[1] for f in figures] == ["3.1", "3.2"]


def _after_caption(document, number: str) -> str:
    """The paragraph right under the caption of Gambar ``number``."""
    paragraphs = document.paragraphs
    (i,) = [k for k, p in enumerate(paragraphs) if p.style.name == "Judul Gambar" and f" {number} " in p.text]
    return paragraphs[i + 1].text


def test_gambar_3_1_names_the_indicators_it_cannot_draw(doc):
    """As on the Grafik sheet, an indicator without a capaian is never silently missing from the chart:
    the example's T1 and S4 wait for BPS data (Kinerja!L4, L27), S1 and S3 are "direkap diakhir periode"
    (L5, L22); T2 (15,12%) and S2 (71,24%) are drawn."""
    assert _after_caption(doc, "3.1") == (
        "Tidak digambar (tidak ada angka): Nilai PDRB sektor Industri (Belum diketahui: Menunggu data BPS); "
        "Persentase Pertumbuhan Nilai Produksi Industri (Belum diketahui: direkap diakhir periode); "
        "Persentase Usaha Mikro naik kelas (Belum diketahui: direkap diakhir periode); "
        "Nilai PDRB sektor Perdagangan (Belum diketahui: Menunggu data BPS)."
    )
    # every program of the example has a penyerapan: nothing to name under Gambar 3.2
    assert not _after_caption(doc, "3.2").startswith("Tidak digambar")


def test_tabel_3_1_figures(doc):
    table = table_for(doc, "Tabel 3.1")
    # l.509: Nilai Investasi 193.900 juta of 1.282.684,40 juta = 15,1168 %: Sangat Rendah
    investasi = row_with(table, "Nilai Investasi")
    assert "1.282.684,40 juta" in investasi and "193.900,00 juta" in investasi
    assert "15,12" in investasi and "Sangat Rendah" in investasi
    # l.511: koperasi 25 + 4 = 29 of 40,71 -> 71,2356 %: Sedang
    koperasi = row_with(table, "taat akan peraturan")
    assert "29,00" in koperasi and "71,24" in koperasi and "Sedang" in koperasi
    # l.505: PDRB Industri waits for BPS: no capaian
    industri = row_with(table, "Nilai PDRB sektor Industri")
    assert "Belum diketahui" in industri


def test_tabel_3_3_and_3_4_figures(doc):
    efisiensi = table_for(doc, "Tabel 3.3")
    # Tujuan 2: capaian 193.900 / 1.282.684,40 = 15,1168 %; its budget is Sasaran 2 + 3 + 4 (Tabel 2.4
    # l.419: 26.672.236.083), realisation = 27.805.047.633 total minus Tujuan 1's programs.
    capaian = 193_900 / 1_282_684.40 * 100
    realisasi_t1 = 63_709_175 + 450_000 + 0  # l.966-968
    penyerapan = (6_835_975_140 - realisasi_t1) / 26_672_236_083 * 100
    expected = f"({abs(capaian - penyerapan):.2f})".replace(".", ",")  # printed "(10)" in l.799
    assert expected == "(10,27)"
    assert expected in row_with(efisiensi, "Nilai Investasi")
    anggaran = table_for(doc, "Tabel 3.4")
    total = row_with(anggaran, "TOTAL")
    # l.969: 27.805.047.633 / 6.835.975.140 = 24,59 % (printed 25)
    assert "27.805.047.633" in total and "6.835.975.140" in total and "24,59" in total
    assert len(anggaran.rows) == 1 + 16 + 1  # header, the 16 programs of l.953-968, the total


def test_bab_2_tables_from_kinerja_and_anggaran(doc):
    targets = table_for(doc, "Tabel 2.2")
    assert "5.984,04 milyar" in row_with(targets, "Nilai PDRB sektor Industri")  # l.358
    assert "40,71%" in row_with(sasaran_table(doc, "Tabel 2.2"), "taat akan peraturan")  # l.364
    pk = table_for(doc, "Tabel 2.3")
    assert "4.045,54 milyar" in row_with(pk, "Nilai PDRB sektor Perdagangan")  # l.382
    jumlah = [t for t in doc.tables if any(c.text == "Jumlah" for c in t.rows[-1].cells)]
    assert jumlah and "27.805.047.633" in [c.text for c in jumlah[0].rows[-1].cells]  # l.401
    matrix = table_for(doc, "Tabel 2.4")
    # l.423: Sasaran 2 carries the support program: 12.076.486.014 + 41.000.000 + 54.888.000 +
    # 101.563.000 + 1.888.172.939 = 14.162.109.953
    assert "14.162.109.953" in row_with(matrix, "Sasaran 2: Meningkatnya kualitas Koperasi")
    iku = sasaran_table(doc, "Tabel 2.1")
    # Formulasi from the Narasi sheet (Tabel 2.1 l.344)
    assert "Jumlah Koperasi yang RAT / Jumlah total Koperasi x 100%" in row_with(iku, "taat akan peraturan")


def test_bab_2_budget_of_an_unreadable_pagu_says_galat_as_tabel_3_4(tmp_path):
    """Anggaran!D5 (P2.01's Pagu) holds #VALUE!: Tabel 3.4 shows "Galat (Anggaran!D5)" for it and for the
    TOTAL pagu, Tabel 3.3 for Sasaran 2 and Tujuan 2 (which count P2.01). Tabel 2.3 / L.1 and Tabel 2.4
    show the same budgets, so they must say the same, never "-" (their word for "no budget")."""
    import openpyxl

    workbook = tmp_path / "pagu-galat.xlsx"
    shutil.copy(EXAMPLE, workbook)
    wb = openpyxl.load_workbook(workbook)
    assert wb["Anggaran"]["A5"].value == "P2.01"
    wb["Anggaran"]["D5"] = "#VALUE!"  # an Excel error value, as a broken formula leaves it
    wb.save(workbook)
    out = tmp_path / "pagu-galat.docx"
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    galat = "Galat (Anggaran!D5)"
    anggaran = table_for(document, "Tabel 3.4")
    assert galat in row_with(anggaran, "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI")  # the sheet's own text
    jumlah = [t for t in document.tables if any(c.text == "Jumlah" for c in t.rows[-1].cells)]
    assert len(jumlah) == 2  # Tabel 2.3 and Lampiran L.1
    for table in jumlah:
        assert row_with(table, "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI")[-1] == galat
        assert [c.text for c in table.rows[-1].cells][-1] == galat  # the total leaves nothing out silently
        # a readable pagu is still its number (Anggaran!D6: 54.888.000)
        assert row_with(table, "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI")[-1] == "54.888.000"
    # The Ikhtisar Eksekutif says why it gives no realisasi anggaran line (it used to leave it out)
    texts = [p.text for p in document.paragraphs]
    assert "tidak dihitung karena galat pada isian anggaran: Anggaran!D5: " in next(
        t for t in texts if t.startswith("Realisasi anggaran s.d. ")
    )
    matrix = table_for(document, "Tabel 2.4")
    for label in ("Tujuan 2: Meningkatnya investasi inklusif", "Sasaran 2: Meningkatnya kualitas Koperasi"):
        assert row_with(matrix, label)[-1] == galat, label
    assert row_with(matrix, "Program: PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI")[-1] == galat
    # Sasaran 3 counts P3.01 3.578.850.965 + P3.02 82.706.300 = 3.661.557.265, untouched by D5
    assert row_with(matrix, "Sasaran 3: Meningkatnya Kualitas Usaha Mikro")[-1] == "3.661.557.265"
    # Gambar 3.2 cannot draw P2.01's penyerapan and says so, with the cell
    assert _after_caption(document, "3.2") == (
        f"Tidak digambar (tidak ada angka): PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI ({galat})."
    )


def test_bab_2_rupiah_targets_written_as_the_sentences_write_them(doc):
    """Kinerja!I6 (P1.01, Satuan Rp) is typed "Rp 1.491.388.500.000": Tabel 2.4 writes it so, as
    3.2.3's sentence does ("target Rp 1.491.388.500.000"), not "1.491.388.500.000 Rp"; Tabel L.2, whose
    Satuan column says "Rp" beside it, the figure alone (as Tabel 3.2)."""
    program = "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI"
    assert row_with(table_for(doc, "Tabel 2.4"), f"Program: {program}")[2] == "Rp 1.491.388.500.000"
    assert row_with(table_for(doc, "Tabel L.2"), program)[-2:] == ["Rp", "1.491.388.500.000"]
    texts = [p.text for p in doc.paragraphs if program in p.text and "target" in p.text]
    assert texts and all("target Rp 1.491.388.500.000 " in t for t in texts)


def test_lampiran_l_2_target_beside_its_satuan_column_is_the_figure_alone(doc):
    """Tabel L.2 has a Satuan column right before the target: it printed "400 IKM" beside "IKM" and
    "3,63%" beside "%". The seed's targets (l.414 "400 IKM", l.412 "3,63%", l.358 "5.984,04 milyar"):
    beside their Satuan the figure alone, as Tabel 3.1 and 3.2 print them; a scale word is part of the
    figure and stays. Tabel 2.4, without a Satuan column, keeps the unit."""
    lampiran = table_for(doc, "Tabel L.2")
    assert [c.text for c in lampiran.rows[0].cells][-2:] == ["Satuan", "Target Tahun 2025"]
    assert row_with(lampiran, "Jumlah industri dalam rencana pembangunan")[-2:] == ["IKM", "400"]
    assert row_with(lampiran, "Persentase Pertumbuhan Nilai Produksi Industri")[-2:] == ["%", "3,63"]
    assert row_with(lampiran, "Nilai PDRB sektor Industri")[-2:] == ["Rupiah", "5.984,04 milyar"]
    matrix = table_for(doc, "Tabel 2.4")
    assert row_with(matrix, "Jumlah industri dalam rencana pembangunan")[2] == "400 IKM"
    assert row_with(matrix, "Persentase Pertumbuhan Nilai Produksi Industri")[2] == "3,63%"


def test_tabel_2_1_formulasi_is_the_one_3_1_3_prints(tmp_path):
    """S2's formula typed twice, differently: Kinerja!U13 (the indicator's Formulasi column, which 3.1.3
    prints) and Narasi!B33 ("Formulasi S2"). One document gives one formula for the indicator: the
    indicator's own; Narasi's per-Kode text stays the fallback (S1, whose Kinerja!U5 is kept empty)."""
    import openpyxl

    workbook = tmp_path / "formulasi.xlsx"
    shutil.copy(EXAMPLE, workbook)
    wb = openpyxl.load_workbook(workbook)
    assert wb["Kinerja"]["U3"].value == "Formulasi" and wb["Narasi"]["A33"].value == "Formulasi S2"
    wb["Kinerja"]["U13"] = "Koperasi ber-RAT / seluruh koperasi aktif x 100%"
    wb["Narasi"]["B33"] = "Jumlah Koperasi yang RAT / Jumlah total Koperasi x 100%"
    wb["Kinerja"]["U5"] = None
    wb.save(workbook)
    out = tmp_path / "formulasi.docx"
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert "Formulasi: Koperasi ber-RAT / seluruh koperasi aktif x 100%." in texts  # 3.1.3, from Kinerja
    iku = sasaran_table(document, "Tabel 2.1")
    assert row_with(iku, "taat akan peraturan")[4] == "Koperasi ber-RAT / seluruh koperasi aktif x 100%"
    # S1: only Narasi!B31 gives it
    assert row_with(iku, "Pertumbuhan Nilai Produksi Industri")[4].startswith(
        "(Nilai produksi industri tahun N"
    )


def test_narasi_texts_and_marked_placeholders(doc):
    texts = [p.text for p in doc.paragraphs]
    assert any(t.startswith("Puji Syukur kami panjatkan") for t in texts)  # Kata Pengantar, l.15
    assert any("Jl. Letkol Slamet Wardoyo 43-45" in t for t in texts)  # cover, l.11
    # The seed has no Ikhtisar Eksekutif: a visible placeholder, nothing invented.
    assert any(t.startswith("[isi: ikhtisar eksekutif") for t in texts)
    # Issue 11's analyses are written from the report: no placeholder is left for them.
    assert not any(t.startswith("[menunggu:") for t in texts)
    placeholder_runs = [r for p in doc.paragraphs for r in p.runs if r.style.name == "Isian"]
    assert placeholder_runs


def test_word_structure(example_docx, doc):
    body = doc.element.body
    instructions = [t.text for t in body.iter(f"{W}instrText")]
    assert any('TOC \\o "1-3"' in i for i in instructions)
    assert any('TOC \\h \\z \\t "Judul Tabel,1"' in i for i in instructions)
    assert any('TOC \\h \\z \\t "Judul Gambar,1"' in i for i in instructions)
    assert doc.settings.element.find(f"{W}updateFields") is not None
    # Header rows repeated across pages in every captioned table.
    for caption, table in captioned_tables(doc).items():
        first_row = table.rows[0]._tr
        assert first_row.find(f"{W}trPr/{W}tblHeader") is not None, caption
    orientations = {s.orientation for s in doc.sections}
    assert len(orientations) == 2  # portrait and landscape sections
    for section in doc.sections:
        assert abs(min(section.page_width, section.page_height).cm - 21.0) < 0.01  # A4
    footer = doc.sections[0].footer
    assert (
        "Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Lumajang" in footer.paragraphs[0].text
    )
    assert any("PAGE" in t.text for t in footer._element.iter(f"{W}instrText"))
    signature = [p.text for p in doc.paragraphs if p.style.name == "Tanda Tangan"]
    assert "MUHAMMAD RIDHA, S.Sos., M.Si." in signature  # l.27


def test_without_narasi_a_complete_marked_draft(tmp_path):
    example = _example_module()
    workbook = tmp_path / "tanpa-narasi.xlsx"
    from lkj_xl.xlsx.template import new_workbook

    # Without Kinerja's Formulasi / Sumber Data either (Tabel 2.1 prefers them): no text at all
    kinerja = [
        {k: v for k, v in row.items() if k not in ("Formulasi", "Sumber Data")} for row in example.KINERJA
    ]
    new_workbook(workbook, pengaturan=example.PENGATURAN, kinerja=kinerja, anggaran=example.ANGGARAN)
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    for chapter in CHAPTERS:
        assert chapter in headings(document)
    texts = "\n".join(p.text for p in document.paragraphs)
    used = [s for s in SECTIONS if s != "Alamat"]
    for bagian in used:
        assert f'Bagian "{bagian}"' in texts, bagian
    assert "[isi: Formulasi T1]" in [c.text for r in table_for(document, "Tabel 2.1").rows for c in r.cells]
    assert "[isi: alamat" in texts  # the cover


def test_narasi_parser():
    def row(*values):
        return [Cell(v) for v in values]

    grid = [
        row("Narasi laporan"),
        row("Bagian", "Teks"),
        row("kata  pengantar", "Paragraf satu"),
        row("Kata Pengantar", "Paragraf dua"),
        row("Isu Strategis ", None),
        row("Pendahuluan x", "?"),
        row("Formulasi S2", "A / B x 100%"),
        row(None, None),
    ]
    narasi = parse_narasi(grid)
    assert narasi.get("Kata Pengantar") == "Paragraf satu\nParagraf dua"
    assert narasi.per_kode("Formulasi", "S2") == "A / B x 100%"
    assert narasi.get("Isu Strategis") == ""
    [finding] = narasi.findings
    assert (finding.severity, finding.sheet, finding.sel) == ("peringatan", "Narasi", "A6")
    assert 'maksud Anda "Pendahuluan"?' in finding.pesan
    assert parse_narasi([row("Judul", "Isi")]).findings[0].pesan.startswith('Kolom "Bagian"')
    assert not parse_narasi(None).present
    # A Narasi sheet left empty (or holding blanks) says so, not that its columns are missing.
    for empty in ([], [row(None, ""), row(None)]):
        [finding] = parse_narasi(empty).findings
        assert finding.pesan.startswith("Sheet Narasi kosong: narasi tidak dipakai"), finding.pesan


def test_narasi_value_that_is_not_text_is_pointed_out_never_printed():
    """A number, logical value, date or Excel error where a text belongs (as Analisis treats it): a
    peringatan at its Teks cell and nothing of it in the document. Printed as it came, 12345.678 would
    read 12.345.678 to an Indonesian reader, and "#N/A" would vanish without a word."""
    import datetime

    grid = [
        [Cell("Bagian"), Cell("Teks")],
        [Cell("Ikhtisar Eksekutif"), Cell(12345.678)],  # B2
        [Cell("Ikhtisar Eksekutif"), Cell("Paragraf yang benar")],  # B3: used
        [Cell("Penutup"), Cell(None, error="#N/A")],  # B4
        [Cell("Alamat"), Cell(True)],  # B5
        [Cell("Tindak Lanjut"), Cell(datetime.datetime(2025, 7, 4))],  # B6
        [Cell("Pendahuluan"), Cell(None, formula="=A1&B1")],  # B7: no saved text
    ]
    narasi = parse_narasi(grid)
    assert narasi.get("Ikhtisar Eksekutif") == "Paragraf yang benar"
    for bagian in ("Penutup", "Alamat", "Tindak Lanjut", "Pendahuluan"):
        assert narasi.get(bagian) == ""  # the placeholder stays, nothing invented
    assert [(f.severity, f.sheet, f.sel) for f in narasi.findings] == [
        ("peringatan", "Narasi", cell) for cell in ("B2", "B4", "B5", "B6", "B7")
    ]
    assert "#N/A" in narasi.findings[1].pesan


def test_custom_template_is_honoured(tmp_path):
    template = tmp_path / "kop.docx"
    agency = docx.Document()
    agency.styles["Normal"].font.name = "Times New Roman"
    agency.sections[0].header.paragraphs[0].text = "PEMERINTAH KABUPATEN LUMAJANG - KOP SURAT"
    agency.sections[0].footer.paragraphs[0].text = "Dokumen {{perangkat_daerah}}"
    agency.add_paragraph("SAMPUL KHUSUS {{judul}} {{periode}}")
    agency.save(str(template))
    out = tmp_path / "dengan-kop.docx"
    result = CliRunner().invoke(main, ["laporan", str(EXAMPLE), "-o", str(out), "--template", str(template)])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "SAMPUL KHUSUS LAPORAN KINERJA TRIWULAN II TAHUN 2025"
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert document.sections[0].header.paragraphs[0].text == "PEMERINTAH KABUPATEN LUMAJANG - KOP SURAT"
    assert document.sections[0].footer.paragraphs[0].text == (
        "Dokumen Dinas Koperasi, UKM, Perindustrian dan Perdagangan"
    )
    assert "BAB III AKUNTABILITAS KINERJA" in headings(document)
    # The default template's cover is not there: the agency's replaces it.
    assert not any(p.text == "LAPORAN KINERJA" for p in document.paragraphs)


def test_default_template_file_matches_the_generator(tmp_path):
    kept = docx.Document(str(ROOT / "templates" / "lkj-xl-laporan.docx"))
    texts = [p.text for p in kept.paragraphs if p.text]
    assert texts[:2] == ["{{judul}}", "{{periode}}"] and "{{alamat}}" in texts
    fresh = tmp_path / "t.docx"
    from lkj_xl.laporan.template import main as write_template

    write_template([str(fresh)])
    assert [p.text for p in docx.Document(str(fresh)).paragraphs] == [p.text for p in kept.paragraphs]


def test_bad_template_and_missing_chart_library(tmp_path, monkeypatch):
    not_docx = tmp_path / "kop.docx"
    not_docx.write_text("bukan docx")
    result = CliRunner().invoke(
        main, ["laporan", str(EXAMPLE), "-o", str(tmp_path / "x.docx"), "--template", str(not_docx)]
    )
    assert result.exit_code == 2 and "not a Word .docx template" in result.output
    assert not (tmp_path / "x.docx").exists()
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # the laporan extra not installed
    out = tmp_path / "tanpa-grafik.docx"
    result = CliRunner().invoke(main, ["laporan", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    paragraphs = docx.Document(str(out)).paragraphs
    assert sum(p.text.startswith("[grafik tidak digambar") for p in paragraphs) == 2
    assert sum(1 for p in paragraphs if p.style.name == "Judul Gambar") == 2


def _writer_available() -> bool:
    return shutil.which("soffice") is not None and Path("/usr/lib/libreoffice/program/libswlo.so").exists()


@pytest.mark.skipif(not _writer_available(), reason="LibreOffice Writer not installed")
@pytest.mark.slow
def test_pdf_through_libreoffice(tmp_path):
    out = tmp_path / "LKjIP.docx"
    result = subprocess.run(
        [sys.executable, "-m", "lkj_xl", "laporan", str(EXAMPLE), "-o", str(out), "--pdf"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    pdf = out.with_suffix(".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "BAB III AKUNTABILITAS KINERJA" in text and "27.805.047.633" in text
    # Daftar Isi carries page numbers (LibreOffice computed the page references).
    entries = [line.rstrip() for line in text.splitlines() if "BAB IV PENUTUP...." in line]
    assert entries and entries[0][-1].isdigit(), entries


def _section_texts(document, start: str, stop: str) -> list[str]:
    """The paragraphs between the heading ``start`` and the next heading ``stop``."""
    out, on = [], False
    for p in document.paragraphs:
        if p.style.name.startswith("Heading") and p.text.startswith(start):
            on = True
            continue
        if on and p.style.name.startswith("Heading") and p.text.startswith(stop):
            break
        if on and p.text.strip():
            out.append(p.text)
    return out


def test_analisis_capaian_sections_written_from_the_report(doc):
    """3.1.3, 3.2.1-3.2.3 and Bab IV carry the Analisis Capaian narrative (the sheet's own text)."""
    data = " ".join(_section_texts(doc, "3.1.3", "3.2 "))
    # l.624: 29 / 40,71 = 71,2356 % (printed 71%), Sedang
    assert (
        "sebesar 40,71%, terealisasi s.d. Triwulan II Tahun 2025 sebesar 29,00% dengan capaian 71,24%" in data
    )
    faktor = _section_texts(doc, "3.2.1", "3.2.2")
    # The example's Analisis sheet: the koperasi obstacle of l.741 as a numbered point
    assert any(
        t.startswith("1.\tKurangnya kesadaran koperasi melaksanakan RAT secara tepat waktu") for t in faktor
    )
    assert not any("belum diisi di lembar Analisis" in t for t in faktor)
    efisiensi = " ".join(_section_texts(doc, "3.2.2", "3.2.3"))
    # l.802: koperasi 71,2356 - 35,856 = 35,38 points (printed 35): efficient
    assert "sehingga tingkat efisiensinya 35,38 poin; penggunaan sumber daya tergolong efisien" in efisiensi
    program = _section_texts(doc, "3.2.3", "3.2.4")
    # l.825: 483.624.842.126 / 1.491.388.500.000 = 32,43 % (printed 32%), a numbered point with a tab
    point = next(t for t in program if "PERENCANAAN DAN PEMBANGUNAN INDUSTRI" in t)
    assert point.startswith("1)\t") and "sehingga capaiannya 32,43% tergolong sangat rendah" in point
    # l.963 Tabel 3.4: the program's budget 1.116.055.550, realised 63.709.175 = 5,71 % (printed 6)
    assert "Rp 1.116.055.550" in point and "penyerapan 5,71%" in point
    assert any(t == "Program ini diwujudkan dalam pelaksanaan 1 kegiatan sebagai berikut:" for t in program)
    penutup = " ".join(_section_texts(doc, "BAB IV", "LAMPIRAN"))
    # l.973: staff's own Penutup (Narasi) "menetapkan empat sasaran kinerja antara lain :", the four
    # Sasaran after it (not the generated sentence saying it again); l.947: 6.835.975.140 /
    # 27.805.047.633 = 24,59 % (printed 25%)
    assert "menetapkan empat sasaran kinerja antara lain :" in penutup and "atau 24,59%" in penutup
    assert "ditetapkan 4 sasaran strategis" not in penutup
    assert "Meningkatnya Nilai PDRB sektor Perdagangan" in penutup
    texts = [p.text for p in doc.paragraphs]
    assert not any("menunggu: narasi Analisis Capaian" in t for t in texts)


def test_a_capped_capaian_is_explained_under_tabel_3_2_in_the_sheet_and_the_document(tmp_path):
    """Pengaturan Batas Capaian 120: P2.02's 96,05 of 56,67 (169,49 %), P4.01's 100 of 80 (125 %) and
    K4.01.02's 100 of 50 (200 %) are shown as 120,00 %. Without a word the reader of Tabel 3.2 sees
    "target 80, realisasi 100, capaian 120,00" and finds the arithmetic wrong; the note under the table
    (the sheet, so also its PDF, and the Word table, from the one layout) gives each figure before the
    cap. No Tujuan or Sasaran indicator exceeds 120 %, so Tabel 3.1 has no such note."""
    import openpyxl

    workbook = tmp_path / "batas.xlsx"
    shutil.copy(EXAMPLE, workbook)
    wb = openpyxl.load_workbook(workbook)
    (row,) = [r for r in wb["Pengaturan"].iter_rows() if r[0].value == "Batas Capaian"]
    row[1].value = 120
    wb.save(workbook)
    built, out = tmp_path / "hasil.xlsx", tmp_path / "batas.docx"
    assert CliRunner().invoke(main, ["build", str(workbook), "-o", str(built)]).exit_code == 0
    assert CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)]).exit_code == 0
    # 96,05 / 56,67 x 100 = 169,4900...; 100 / 80 x 100 = 125; 100 / 50 x 100 = 200 (Desimal 2)
    note = (
        "Capaian dibatasi 120% (Batas Capaian di sheet Pengaturan); sebelum dibatasi: "
        "Persentase koperasi sehat dan cukup sehat 169,49%, "
        "Persentase perusahaan yang mendapat rekomendasi izin usaha 125,00% dan "
        "Persentase pengecer yang mendapat rekomendasi untuk memperoleh izin usaha 200,00%."
    )
    sheets = openpyxl.load_workbook(built)
    texts = {n: [c for r in sheets[n].iter_rows(values_only=True) for c in r if isinstance(c, str)] for n in
             ("Capaian Program", "Capaian Tujuan Sasaran")}  # fmt: skip
    assert note in texts["Capaian Program"]
    assert not [t for t in texts["Capaian Tujuan Sasaran"] if t.startswith("Capaian dibatasi")]
    (capped,) = [
        r for r in sheets["Capaian Program"].iter_rows(values_only=True) if r[2] and "koperasi sehat" in r[2]
    ]
    assert capped[6] == 120 and capped[7] == "Sangat Tinggi"
    document = docx.Document(str(out))
    after = table_for(document, "Tabel 3.2")._tbl.getnext()
    assert "".join(t.text or "" for t in after.iter(f"{W}t")) == note
    # The narrative (3.2.3 in the document, the Analisis Capaian sheet) says it where it gives the figure.
    said = "sehingga capaiannya 120,00% (dibatasi Batas Capaian 120%; sebelum dibatasi 125,00%) tergolong"
    assert any(
        said in p.text and "Persentase perusahaan yang mendapat" in p.text for p in document.paragraphs
    )
    analisis = [
        c for r in sheets["Analisis Capaian"].iter_rows(values_only=True) for c in r if isinstance(c, str)
    ]
    assert any(said in t and "Persentase perusahaan yang mendapat" in t for t in analisis)


def test_figures_next_to_an_edge_are_shown_with_the_decimals_their_capaian_needs(tmp_path):
    """Target 3, realisasi (Nilai Akhir) typed "2,70012": capaian 2,70012 / 3 x 100 = 90,004, Sangat
    Tinggi (> 90). Shown with 2 decimals the row read "3,00 | 2,70 | 90,004 Sangat Tinggi", and 2,70 / 3
    is exactly 90, Tinggi: the figures contradicted their kriteria. With 3 decimals 2,700 / 3 is still
    90; with 4, 2,7001 / 3 = 90,0033... > 90 agrees, but prints 90,003 beside the 90,004 shown; with 5,
    2,70012 / 3 = 90,004 exactly: the row's figures take 5 decimals (sheet, Word). (decimals44: were 4,
    which kept the kriteria only.) The target typed 3 shows the report's 2, 3,00 (output63: was 3,00000,
    zeros that change no figure recomputed: 2,70012 / 3,00 is 90,004)."""
    import openpyxl

    from lkj_xl.xlsx.template import new_workbook

    row = {"Kode": "S1", "Tingkat": "Sasaran", "Uraian": "Mutu produk", "Indikator": "Jumlah produk",
           "Satuan": "Produk", "Jenis Realisasi": "Nilai Akhir", "Target": 3, "Realisasi TW I": "2,70012"}  # fmt: skip
    workbook, built, out = tmp_path / "tepi.xlsx", tmp_path / "hasil.xlsx", tmp_path / "tepi.docx"
    new_workbook(
        workbook, pengaturan={"Perangkat Daerah": "Dinas Uji", "Tahun": 2025, "Triwulan": 1}, kinerja=[row]
    )
    assert CliRunner().invoke(main, ["build", str(workbook), "-o", str(built)]).exit_code == 0
    assert CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(built)["Capaian Tujuan Sasaran"]
    (cells,) = [r for r in sheet.iter_rows() if r[2].value == "Jumlah produk"]
    assert cells[11].value == "Sangat Tinggi"
    for k in (5, 9):  # TW I, realisasi s.d. TW I
        assert cells[k].number_format.endswith("#,##0.00000"), (k, cells[k].number_format)
    assert cells[4].number_format.endswith("#,##0.00"), cells[4].number_format  # the target typed 3
    assert "#,##0.000" in cells[10].number_format  # the capaian: 90,004
    document = docx.Document(str(out))
    tabel = table_for(document, "Tabel 3.1")
    assert row_with(tabel, "Jumlah produk")[4:] == [
        "3,00",
        "2,70012",
        "-",
        "-",
        "-",
        "2,70012",
        "90,004",
        "Sangat Tinggi",
    ]
    assert any("sebesar 2,70012 Produk dengan capaian 90,004%" in p.text for p in document.paragraphs)
