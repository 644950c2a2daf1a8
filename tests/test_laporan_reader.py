"""lkj-xl laporan read as its readers read it (the Kepala Dinas who signs it, the Inspektorat): every
figure of the document is the built workbook's figure, nothing false or broken where a value cannot be
given, and a layout that does not cut a word or leave a heading alone at the bottom of a page.

Workbooks are the example (../shared/seeds/000_237f033edcd5cb60.txt, "l.N") with cells changed the way
staff type them, or small ones made with ``lkj-xl new``; the expected texts are the output sheets'
(the sheet is the reference for the document) or worked out by hand in the comment beside them.
"""

from __future__ import annotations

import shutil

import openpyxl
import pytest

docx = pytest.importorskip("docx")

from tests.helpers_print import built_workbook, laporan_docx, writer_available  # noqa: E402
from tests.test_laporan import EXAMPLE, row_with, sasaran_table, table_for  # noqa: E402


def _sheet_row(ws, text: str) -> list[object]:
    for row in ws.iter_rows(values_only=True):
        if any(isinstance(v, str) and text in v for v in row):
            return list(row)
    raise AssertionError(f"no row with {text!r} in {ws.title}")


@pytest.fixture(scope="module")
def target_galat(tmp_path_factory):
    """The example with T2's target pasted from the seed's Tabel 2.4 (l.419) as "1.282,684,40 juta"
    (ambiguous: a galat at Kinerja!I12) and P1.03's percentage target typed "-" (no data: a galat at
    I10): the built workbook and the document."""
    tmp_path = tmp_path_factory.mktemp("target-galat")
    workbook = tmp_path / "target-galat.xlsx"
    shutil.copy(EXAMPLE, workbook)
    wb = openpyxl.load_workbook(workbook)
    kinerja = wb["Kinerja"]
    assert kinerja["A12"].value == "T2" and kinerja["A10"].value == "P1.03"
    kinerja["I12"] = "1.282,684,40 juta"
    kinerja["I10"] = "-"
    wb.save(workbook)
    return built_workbook(workbook), laporan_docx(workbook)


def test_an_unreadable_target_reads_as_tabel_3_1_says_it_in_every_bab_2_table(target_galat):
    """T2's target pasted from the seed's Tabel 2.4 (l.419) as "1.282,684,40 juta" (ambiguous: a galat
    at Kinerja!I12), P1.03's percentage target typed "-" (no data: a galat at I10). Tabel 3.1 / 3.2
    say "Galat (Kinerja!I12)" / "Galat (Kinerja!I10)"; Tabel 2.2, 2.4 and L.2 printed a unit around
    that text ("Rp Galat (Kinerja!I12)" with Satuan Rupiah, "Galat (Kinerja!I10)%"), as if it were a
    figure. They must show the sheet's text as it is."""
    built, document = target_galat
    # The sheets' target cells (Tabel 3.1 for T2, Tabel 3.2 for P1.03) are the reference.
    t2 = _sheet_row(built["Capaian Tujuan Sasaran"], "Nilai Investasi")
    p103 = _sheet_row(built["Capaian Program"], "Prosentase jumlah IKM yang mengupdate data di SIINAS")
    assert t2[4] == "Galat (Kinerja!I12)" and p103[4] == "Galat (Kinerja!I10)"
    assert row_with(table_for(document, "Tabel 2.2"), "Nilai Investasi")[-1] == "Galat (Kinerja!I12)"
    matrix = table_for(document, "Tabel 2.4")
    assert row_with(matrix, "Nilai Investasi")[2] == "Galat (Kinerja!I12)"
    assert row_with(matrix, "mengupdate data di SIINAS")[2] == "Galat (Kinerja!I10)"
    lampiran = table_for(document, "Tabel L.2")
    assert row_with(lampiran, "Nilai Investasi")[-1] == "Galat (Kinerja!I12)"
    assert row_with(lampiran, "mengupdate data di SIINAS")[-1] == "Galat (Kinerja!I10)"
    # A readable target keeps its unit, as before (l.358 "5.984,04 milyar"; P1.02 "100%", l.415)
    assert row_with(matrix, "Nilai PDRB sektor Industri")[2] == "5.984,04 milyar"
    assert row_with(matrix, "Prosentase jumlah izin yang diterbitkan")[2] == "100%"


def test_an_unreadable_target_is_never_written_as_a_value_in_a_sentence(target_galat):
    """3.1.3 says T2 "belum memiliki target ... yang dapat dipakai"; 3.2.3 wrote "Indikator Nilai
    Investasi dengan target Galat (Kinerja!I12); capaiannya tidak dihitung ..." and "... SIINAS,
    target Galat (Kinerja!I10); ...": the galat label where the sentence needs the target."""
    _built_book, document = target_galat
    texts = [p.text for p in document.paragraphs]
    assert not [t for t in texts if "target Galat" in t]
    assert (
        "Indikator Nilai Investasi dengan target yang tidak dapat dipakai; capaiannya tidak dihitung karena "
        "terdapat galat pada sel Kinerja!I12."
    ) in texts
    p103 = next(
        t for t in texts if t.startswith("3)\tPROGRAM PENGELOLAAN SISTEM INFORMASI INDUSTRI NASIONAL")
    )
    assert (
        "dengan indikator Prosentase jumlah IKM yang mengupdate data di SIINAS, target yang tidak dapat "
        "dipakai; capaiannya tidak dihitung karena terdapat galat pada sel Kinerja!I10."
    ) in p103


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    workbook = tmp_path_factory.mktemp("pembaca") / "contoh.xlsx"
    shutil.copy(EXAMPLE, workbook)
    return laporan_docx(workbook)


def test_tabel_2_1_columns_hold_their_longest_word(example):
    """Tabel 2.1's Sumber Data column printed "Olah data DISKOPINDA / G" (l.340-347: "Olah data
    DISKOPINDAG"): the column got 3/21 of 16 cm = 2,29 cm. "DISKOPINDAG" in Arial 8 pt is 6,946 em
    (D .722, I .278, S .667, K .667, O .778, P .667, I .278, N .722, D .722, A .667, G .778) = 55,57 pt
    = 1,96 cm, plus the cell's left and right margins (Word's default 0,19 cm each): 2,34 cm."""
    iku = sasaran_table(example, "Tabel 2.1")
    assert "Olah data DISKOPINDAG" in row_with(iku, "Meningkatnya kualitas Koperasi")
    widths = [column.width.cm for column in iku.columns]
    assert widths[-1] >= 2.34, widths
    assert sum(widths) == pytest.approx(16.0, abs=0.01)  # still the text width of the A4 portrait page
    # the Tujuan's table above it stands column under column
    assert [column.width.cm for column in table_for(example, "Tabel 2.1").columns] == widths


def _keeps_with_next(paragraph) -> bool:
    style = paragraph.style
    while style is not None:  # the paragraph's own setting, else its style's (Heading 1-3, Judul Tabel)
        if paragraph.paragraph_format.keep_with_next is not None:
            return bool(paragraph.paragraph_format.keep_with_next)
        if style.paragraph_format.keep_with_next is not None:
            return bool(style.paragraph_format.keep_with_next)
        style = style.base_style
    return False


def test_a_line_that_leads_into_what_follows_keeps_with_it(example):
    """The LibreOffice print of the example ended page 21 with 3.1.3's heading "Sasaran Strategis 4:
    Meningkatnya Nilai PDRB sektor Perdagangan" (its paragraph on the next page), page 23 with "Hal
    yang mendukung tercapainya tujuan ini antara lain:" (its points on the next page), pages 29-30
    with "Program ini diwujudkan dalam pelaksanaan 1 kegiatan sebagai berikut:" and page 37 with
    Narasi's "Sektor Industri:" (Tindak Lanjut, l.1029). A line that introduces what follows (it ends
    with ":"), a node heading of the narrative and a level label above the summary points stay on the
    page of what they introduce."""
    body = [p for p in example.paragraphs if p.text.strip()]
    leads = [p for p in body if p.text.rstrip().endswith(":")]
    node_headings = [p for p in body if p.text.startswith(("Tujuan 1: ", "Sasaran Strategis 4: "))]
    labels = [p for p in body if p.text in ("Tujuan", "Sasaran", "Sasaran Strategis", "Program", "Kegiatan")]
    named = {p.text for p in leads} | {p.text for p in node_headings}
    for text in (
        "Hal yang mendukung tercapainya tujuan ini antara lain:",
        "Program ini diwujudkan dalam pelaksanaan 1 kegiatan sebagai berikut:",
        "Sektor Industri:",
        "Berdasarkan hasil pengukuran kinerja pada tabel di atas dapat diketahui:",
        "Sasaran Strategis 4: Meningkatnya Nilai PDRB sektor Perdagangan",
    ):
        assert text in named, text
    # each in 3.1.3, 3.2.1 and 3.2.3; Bab IV's follow-up is Narasi's own (per Sektor), not per node
    assert len(node_headings) == 3 + 3
    assert (
        len(labels) == 6
    )  # 3.1.1's Tujuan/Sasaran, 3.1.2's Program/Kegiatan, Bab IV's Tujuan/Sasaran Strategis
    loose = [p.text for p in [*leads, *node_headings, *labels] if not _keeps_with_next(p)]
    assert not loose, loose


@pytest.mark.skipif(not writer_available(), reason="LibreOffice Writer / poppler-utils not installed")
@pytest.mark.slow
def test_printed_through_libreoffice_as_a_reader_turns_the_pages(tmp_path):
    """The example printed by LibreOffice (``--pdf``), read page by page with pdftotext: no page ends
    with a line that introduces what follows, no word of a table is broken inside, and every page
    Tabel 3.2 runs onto starts with its header rows."""
    from tests.common import printed_laporan

    out = tmp_path / "LKjIP.docx"
    pages = printed_laporan(EXAMPLE, out)
    text = "\n".join("\n".join(lines) for lines in pages)
    document = docx.Document(str(out))
    leading = {p.text.strip() for p in document.paragraphs if p.text.rstrip().endswith(":")}
    leading |= {
        p.text for p in document.paragraphs if p.text.startswith(("Tujuan 1: ", "Sasaran Strategis "))
    }
    for number, lines in enumerate(pages, start=1):
        body = [line for line in lines if "Halaman" not in line and not line.startswith("Dinas Koperasi")]
        if body:
            assert body[-1] not in leading, f"page {number} ends with {body[-1]!r}"
    # l.347: "Olah data DISKOPINDAG", in four rows of Tabel 2.1 and 3.1.3's four "Sumber data:" lines;
    # printed whole each time, never "DISKOPINDA" / "G"
    runs = document.element.body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")
    written = sum((t.text or "").count("DISKOPINDAG") for t in runs)
    assert written == 8 and text.count("DISKOPINDAG") == written
    # Tabel 3.2 (landscape, 41 rows) runs over several pages: each next one has its header on top
    # (after the page of Bab III's heading, so not the Daftar Tabel's line)
    bab3 = next(i for i, p in enumerate(pages) if p and p[0] == "BAB III AKUNTABILITAS KINERJA")
    first = next(i for i, p in enumerate(pages) if i > bab3 and "Tabel 3.2 Capaian" in " ".join(p))
    # its last row: K4.06.01's realisasi 1.507.730.516.560 (l.465), first printed there after the caption
    last = next(i for i, p in enumerate(pages) if i >= first and "1.507.730.516.560" in " ".join(p))
    assert last > first
    for lines in pages[first + 1 : last + 1]:  # the pages it continues on
        assert any("Kinerja Tahun 2025" in line for line in lines[:4]), lines[:4]


def test_no_tujuan_or_sasaran_yet_the_conclusions_say_so(tmp_path):
    """Staff have typed a program and its kegiatan only (Tujuan and Sasaran rows come later: a
    peringatan at Kinerja!C4). Bab IV began "Berdasarkan analisis capaian kinerja <OPD> s.d. Triwulan
    II Tahun 2025," and stopped at the comma, and both Bab IV and 3.1.1 announced "dapat diketahui:"
    over nothing. The conclusions say there is no Tujuan/Sasaran indicator to conclude from, and no
    lead announces an empty list."""
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook

    program = "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI"  # l.413
    row = dict.fromkeys(c.KINERJA_HEADERS)
    kinerja = [
        {
            **row,
            "Kode": "P1.01",
            "Tingkat": "Program",
            "Uraian": program,
            "Indikator": "Nilai produksi industri",
            "Satuan": "Rp",
            "Target": "Rp 1.491.388.500.000",
            "Realisasi TW II": "Rp 483.624.842.126",
        },
        {
            **row,
            "Kode": "K1.01.01",
            "Tingkat": "Kegiatan",
            "Kode Induk": "P1.01",
            "Indikator": "Jumlah IKM",
            "Uraian": "Penyusunan dan Evaluasi Rencana Pembangunan Industri Kabupaten/Kota",
            "Satuan": "IKM",
            "Target": 400,
            "Realisasi TW II": 95,
        },
    ]
    anggaran = [dict(zip(c.ANGGARAN_HEADERS, ("P1.01", program, None, 1116055550, None, None, 63709175)))]
    opd = "Dinas Koperasi, UKM, Perindustrian dan Perdagangan"
    workbook = tmp_path / "program-saja.xlsx"
    new_workbook(
        workbook,
        pengaturan={c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
        kinerja=kinerja,
        anggaran=anggaran,
    )
    document = laporan_docx(workbook)
    texts = [p.text for p in document.paragraphs if p.text.strip()]
    opening = next(t for t in texts if t.startswith("Berdasarkan analisis capaian kinerja"))
    expected = (
        f"Berdasarkan analisis capaian kinerja {opd} s.d. Triwulan II Tahun 2025, lembar Kinerja belum "
        "memuat tujuan dan sasaran strategis beserta indikatornya, sehingga capaian kinerja tujuan dan "
        "sasaran strategis belum dapat disimpulkan."
    )
    assert opening == expected
    for i, text in enumerate(texts[:-1]):
        if text.endswith("dapat diketahui:"):  # what it announces follows: a level label
            assert texts[i + 1] in ("Tujuan", "Sasaran", "Sasaran Strategis", "Program", "Kegiatan"), text
    # 3.1.1, under the empty Tabel 3.1, says it too
    assert "Lembar Kinerja belum memuat tujuan dan sasaran strategis beserta indikatornya" in " ".join(texts)


def test_3_2_3_counts_a_galat_program_indicator_as_3_1_2_does(tmp_path):
    """Sasaran S1 with three programs typed as staff type them: P2.01's target "-" (no data: a galat
    at Kinerja!I5), P2.02 96,05 of 56,67 (169,49%, l.546), P2.03 "Menunggu laporan". 3.1.2's summary
    says 1 reached, 1 not yet measurable and 1 not computed (galat); 3.2.3's closing sentence said
    "2 indikator belum diketahui capaiannya", counting the galat one as not yet known."""
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook

    row = dict.fromkeys(c.KINERJA_HEADERS)
    kinerja = [
        {
            **row,
            "Kode": "S1",
            "Tingkat": "Sasaran",
            "Uraian": "Meningkatnya kualitas Koperasi",
            "Indikator": "Persentase koperasi taat",
            "Satuan": "%",
            "Target": "40,71",
            "Realisasi TW I": "25",
            "Realisasi TW II": "4",
        },
    ]
    for kode, uraian, indikator, target, realisasi in (
        ("P2.01", "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", "Persentase pengawasan", "-", "0,8"),
        ("P2.02", "PROGRAM PENILAIAN KESEHATAN", "Persentase koperasi sehat", "56,67", "96,05"),
        ("P2.03", "PROGRAM PENDIDIKAN", "Persentase pelatihan", "40,74", "Menunggu laporan"),
    ):
        kinerja.append(
            {
                **row,
                "Kode": kode,
                "Tingkat": "Program",
                "Kode Induk": "S1",
                "Uraian": uraian,
                "Satuan": "%",
                "Indikator": indikator,
                "Jenis Realisasi": "Nilai Akhir",
                "Target": target,
                "Realisasi TW II": realisasi,
            }
        )
    workbook = tmp_path / "program-galat.xlsx"
    new_workbook(workbook, pengaturan={c.P_TAHUN: 2025, c.P_TRIWULAN: 2}, kinerja=kinerja)
    texts = [p.text for p in laporan_docx(workbook).paragraphs]
    assert (
        "Indikator kinerja program yang tidak dihitung karena isiannya galat sebanyak 1 indikator, yaitu "
        "Persentase pengawasan (galat pada sel Kinerja!I5); perbaiki sel tersebut (lihat sheet "
        "Pemeriksaan)."
    ) in texts
    assert (
        # (no group counted "0 indikator": test_reader_round5)
        "Dari 3 indikator program yang menunjang sasaran ini, 1 indikator mencapai target (capaian ≥ 100%), "
        "1 indikator belum diketahui capaiannya dan 1 indikator tidak dihitung karena isiannya galat "
        "(sel Kinerja!I5)."
    ) in texts


def test_a_table_too_wide_for_the_page_still_keeps_its_short_words_whole(tmp_path):
    """Tabel 3.1 with rupiah written in full in every quarter (Nilai Investasi "Rp 1.282.684.400.000,55",
    TW I-IV "Rp 193.900.000.000,25"...): its numbers cannot all fit 25,7 cm on one line, and the columns
    fell back to the sheet's proportions, so LibreOffice printed "N" / "o", "Satu" / "an", "Rupia" /
    "h", "Capai" / "an". The short words keep their width and the long numbers share the rest.
    By hand, Arial 8 pt plus Word's cell margins (0,19 cm each side): "No" in bold is N .722 + o .611 =
    1,333 em = 10,7 pt = 0,38 cm, so 0,76 cm; "Rupiah" is R .722 u .556 p .556 i .222 a .556 h .556 =
    3,168 em = 25,3 pt = 0,89 cm, so 1,27 cm."""
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook

    row = dict.fromkeys(c.KINERJA_HEADERS)
    kinerja = [
        {
            **row,
            "Kode": "T1",
            "Tingkat": "Tujuan",
            "Uraian": "Meningkatnya investasi inklusif",
            "Indikator": "Nilai Investasi",
            "Satuan": "Rupiah",
            "Target": "Rp 1.282.684.400.000,55",
            "Realisasi TW I": "Rp 193.900.000.000,25",
            "Realisasi TW II": "Rp 201.345.678.901,50",
            "Realisasi TW III": "Rp 301.345.678.901,75",
            "Realisasi TW IV": "Rp 401.345.678.901,10",
        },
    ]
    workbook = tmp_path / "rupiah-penuh.xlsx"
    new_workbook(workbook, pengaturan={c.P_TAHUN: 2025, c.P_TRIWULAN: 2}, kinerja=kinerja)
    tabel = table_for(laporan_docx(workbook), "Tabel 3.1")
    header = [cell.text for cell in tabel.rows[0].cells]
    widths = dict(zip(header, (column.width.cm for column in tabel.columns)))
    assert widths["No"] >= 0.76 and widths["Satuan"] >= 1.27, widths
    # A4 landscape, 2 cm margins: the table is as wide as the text, nothing cut off
    assert sum(column.width.cm for column in tabel.columns) == pytest.approx(25.7, abs=0.01)


def test_capaian_equal_to_penyerapan_is_not_said_to_exceed_it(tmp_path):
    """Sasaran S1: target 100 koperasi, TW I 20 + TW II 30 (Kumulatif) = 50, capaian 50 / 100 = 50%;
    its program P1.01: pagu "1.000.000", realisasi "500.000" in TW II, penyerapan 50%. Efisiensi is
    50 - 50 = 0 poin, "Efisien" in Tabel 3.3; 3.2.2 explained it with "capaian kinerja melampaui
    penyerapan anggaran", which is not so: they are equal."""
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook

    row = dict.fromkeys(c.KINERJA_HEADERS)
    kinerja = [
        {
            **row,
            "Kode": "S1",
            "Tingkat": "Sasaran",
            "Uraian": "Meningkatnya kualitas Koperasi",
            "Indikator": "Jumlah koperasi sehat",
            "Satuan": "koperasi",
            "Jenis Realisasi": "Kumulatif",
            "Target": 100,
            "Realisasi TW I": 20,
            "Realisasi TW II": 30,
        },
        {
            **row,
            "Kode": "P1.01",
            "Tingkat": "Program",
            "Kode Induk": "S1",
            "Uraian": "PROGRAM A",
            "Indikator": "Jumlah pelatihan",
            "Satuan": "kali",
            "Target": 10,
            "Realisasi TW II": 5,
        },
    ]
    anggaran = [
        dict(zip(c.ANGGARAN_HEADERS, ("P1.01", "PROGRAM A", None, "1.000.000", None, None, "500.000")))
    ]
    workbook = tmp_path / "sama.xlsx"
    new_workbook(workbook, pengaturan={c.P_TAHUN: 2025, c.P_TRIWULAN: 2}, kinerja=kinerja, anggaran=anggaran)
    document = laporan_docx(workbook)
    tabel = table_for(document, "Tabel 3.3")
    assert row_with(tabel, "Meningkatnya kualitas Koperasi")[-2:] == ["0,00", "Efisien"]
    texts = [p.text for p in document.paragraphs]
    (sentence,) = [t for t in texts if t.startswith("Sasaran Meningkatnya kualitas Koperasi: capaian")]
    assert sentence.endswith(
        "sehingga tingkat efisiensinya 0,00 poin; penggunaan sumber daya tergolong efisien: capaian "
        "kinerja sama dengan penyerapan anggaran."
    ), sentence
