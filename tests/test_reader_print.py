"""The printed report as its reader reads it (the Kepala Dinas who signs it, the Inspektorat who checks
it): the PDF of the output sheets (`lkj-xl pdf`) and of the Word report (`lkj-xl laporan --pdf`), both
through a real LibreOffice, read back with pdftotext.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed",
)


def invoke(*args) -> None:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output


def pdf_lines(pdf: Path) -> list[str]:
    """The PDF's text lines as pdftotext reads them (a wrapped cell gives a line per printed line)."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [line.strip() for line in text.splitlines()]


def year_end_workbook(path: Path, triwulan: int) -> Path:
    """A small agency's workbook at ``triwulan``: short figures typed as staff type them, so the
    figure columns stay narrow and the header "Realisasi s.d. TW IV" has to wrap."""
    tw = {f"Realisasi TW {c.ROMAN[i]}": v for i, v in enumerate(("20", "25", "20,5", "25"))}
    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Meningkatnya daya saing koperasi", "Satuan": "%",
         "Indikator": "Persentase koperasi aktif", "Jenis Realisasi": "Kumulatif", "Target": "90", **tw},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Meningkatnya kualitas koperasi",
         "Indikator": "Jumlah koperasi sehat", "Satuan": "unit", "Target": "1.250", **tw},
        {"Kode": "P1", "Tingkat": "Program", "Kode Induk": "S1", "Uraian": "PROGRAM PENGAWASAN KOPERASI",
         "Indikator": "Jumlah koperasi diperiksa", "Satuan": "unit", "Target": "80", **tw},
    ]  # fmt: skip
    anggaran = [{"Kode": "P1", "Program": "PROGRAM PENGAWASAN KOPERASI", "Pagu": "Rp 41.000.000",
                 "Realisasi TW I": "8.000.000", "Realisasi TW II": "2.000.000"}]  # fmt: skip
    pengaturan = {c.P_PEMDA: "Kabupaten Lumajang", c.P_OPD: "Dinas Koperasi", c.P_TAHUN: 2025,
                  c.P_TRIWULAN: triwulan}  # fmt: skip
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)
    return path


@needs_soffice
@pytest.mark.parametrize("triwulan", [3, 4])
def test_the_quarter_in_a_column_title_is_never_cut_from_its_numeral(tmp_path, triwulan):
    # Tabel 3.1 at TW IV printed its column title "Realisasi s.d. TW IV" as "Realisasi s.d. TW" / "IV":
    # the column is as narrow as its figures (90, 1.250) and LibreOffice wrapped the title at the last
    # space that fits. A reader sees a quarter without its number. Every line of the PDF that ends
    # with "TW" is such a cut (no table writes "TW" alone).
    built = tmp_path / "hasil.xlsx"
    invoke("build", year_end_workbook(tmp_path / "lkjip.xlsx", triwulan), "-o", built)
    pdf = tmp_path / "hasil.pdf"
    invoke("pdf", built, "-o", pdf)
    lines = pdf_lines(pdf)
    label = f"TW {c.ROMAN[triwulan - 1]}"
    assert any(line.endswith(f"s.d. {label}") or line == label for line in lines), lines[:40]
    assert [line for line in lines if re.search(r"\bTW$", line)] == []
    assert [line for line in lines if re.fullmatch(r"I{1,3}|IV", line)] == []


@needs_soffice
@pytest.mark.slow
def test_the_word_report_keeps_the_quarter_with_its_numeral(tmp_path):
    # The Word report's Tabel 3.2 printed "Realisasi s.d. TW" / "IV" in its header (Writer wraps at
    # the last space that fits the column it shares out of the page's width).
    built = tmp_path / "hasil.xlsx"
    invoke("build", year_end_workbook(tmp_path / "lkjip.xlsx", 4), "-o", built)
    invoke("laporan", built, "-o", tmp_path / "lkjip.docx", "--pdf")
    lines = pdf_lines(tmp_path / "lkjip.pdf")
    assert any("TW IV" in line for line in lines)
    assert [line for line in lines if re.search(r"\bTW$", line)] == []
    # Nor cut inside its numeral: the narrow "TW III" column of Tabel 3.1 printed "TW I" / "II".
    assert [line for line in lines if re.fullmatch(r"I{1,3}|IV", line)] == []


# --- rows that belong together on one page ----------------------------------------------------------

EXAMPLE = Path(__file__).resolve().parent.parent / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"
LEVELS = ("Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan")


def _level(label: str) -> int:
    return max(i for i, word in enumerate(LEVELS) if label.startswith(word))


def _page_texts(pdf: Path) -> list[str]:
    """Each page's words joined by single spaces (in LibreOffice's order, -raw: a cell's lines one
    after another, where the default order interleaves the lines of neighbouring wrapped cells)."""
    run = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True)
    text = run.stdout
    return [" ".join(page.split()) for page in text.split("\f")]


def _pages_of(texts: list[str], words: str) -> set[int]:
    return {i for i, page in enumerate(texts) if " ".join(words.split()) in page}


def _together(ws) -> list[tuple[str, str]]:
    """Pairs of texts of the Capaian Program sheet a reader needs on one page: a node's name and its
    first child's (a Sasaran and its first program), a node's name and each further indicator of it
    (printed beside the name merged over its rows)."""
    rows = [(r[1], r[2]) for r in ws.iter_rows(min_row=6, values_only=True) if r[2]]
    pairs, node = [], None
    for label, indikator in rows:
        if label:
            if node and _level(label) > _level(node):
                pairs.append((node, label))
            node = label
        elif node:
            pairs.append((node, indikator))
    return pairs


def _assert_same_page(texts: list[str], pairs: list[tuple[str, str]]) -> None:
    for a, b in pairs:
        pages_a, pages_b = _pages_of(texts, a), _pages_of(texts, b)
        assert pages_a and pages_b, (a, b)
        assert pages_a & pages_b, f"{a!r} on page {sorted(pages_a)}, {b!r} on page {sorted(pages_b)}"


def _pairs(built: Path) -> list[tuple[str, str]]:
    import openpyxl

    return _together(openpyxl.load_workbook(built)[c.SHEET_CAPAIAN_PROGRAM])


def _assert_kept(built: Path, pdf: Path) -> int:
    pairs = _pairs(built)
    _assert_same_page(_page_texts(pdf), pairs)
    return len(pairs)


@needs_soffice
def test_the_example_never_ends_a_page_with_a_sasaran_or_program_whose_rows_follow(tmp_path):
    # The example's Tabel 3.2 ended page 2 with "Sasaran 3: Meningkatnya Kualitas Usaha Mikro" and page
    # 3 with "Program: PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN": their programs and kegiatan
    # began the next page, under a repeated header that does not say whose they are.
    built, pdf = tmp_path / "hasil.xlsx", tmp_path / "hasil.pdf"
    invoke("build", EXAMPLE, "-o", built)
    invoke("pdf", built, "-o", pdf, "--sheet", c.SHEET_CAPAIAN_PROGRAM)
    # 2 Tujuan -> Sasaran, 4 Sasaran -> Program, 15 Program -> Kegiatan (seed Tabel 3.2: the 16th
    # program, Penunjang Urusan, has a budget and no indicator), and the second indicator of PROGRAM
    # PENGEMBANGAN EKSPOR (Nilai perdagangan antar daerah).
    assert _assert_kept(built, pdf) == 2 + 4 + 15 + 1


def many_programs_workbook(path: Path, n: int, tahun_lalu: str | None = None) -> Path:
    """3 Sasaran of ``n`` programs each; every program with 2 indicators and a kegiatan; with
    ``tahun_lalu`` as every indicator's Realisasi Tahun Lalu (then Perbandingan Kinerja is written)."""
    row = {"Satuan": "%", "Target": "80", "Realisasi TW I": "30,5", "Realisasi TW II": "40"}
    if tahun_lalu is not None:
        row["Realisasi Tahun Lalu"] = tahun_lalu
    kinerja: list[dict] = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan daerah", "Indikator": "IKU", **row}
    ]
    for s in range(1, 4):
        kinerja.append({"Kode": f"S{s}", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": f"Sasaran nomor {s}",
                        "Indikator": f"Indikator sasaran {s}", **row})  # fmt: skip
        for p in range(1, n + 1):
            kode = f"P{s}.{p:02d}"
            kinerja.append({"Kode": kode, "Tingkat": "Program", "Kode Induk": f"S{s}",
                            "Uraian": f"PROGRAM PENGEMBANGAN NOMOR {s}.{p} DAN PEMBINAAN USAHA MIKRO KECIL MENENGAH",
                            "Indikator": f"Persentase usaha dibina program {s}.{p}", **row})  # fmt: skip
            kinerja.append({"Kode": kode, "Indikator": f"Jumlah koperasi dibina program {s}.{p}", **row})
            kinerja.append({"Kode": f"K{s}.{p:02d}", "Tingkat": "Kegiatan", "Kode Induk": kode,
                            "Uraian": f"Pembinaan usaha mikro kegiatan {s}.{p}",
                            "Indikator": f"Jumlah pelaku usaha kegiatan {s}.{p}", **row})  # fmt: skip
    pengaturan = {
        c.P_PEMDA: "Kabupaten Lumajang",
        c.P_OPD: "Dinas Koperasi",
        c.P_TAHUN: 2025,
        c.P_TRIWULAN: 2,
    }
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja)
    return path


@needs_soffice
@pytest.mark.slow
def test_a_long_table_keeps_every_node_with_its_first_child_and_its_indicators(tmp_path):
    built, pdf = tmp_path / "hasil.xlsx", tmp_path / "hasil.pdf"
    # 14 programs a Sasaran: before, LibreOffice ended page 1 with program 1.14, its kegiatan on page 2.
    invoke("build", many_programs_workbook(tmp_path / "lkjip.xlsx", 14), "-o", built)
    invoke("pdf", built, "-o", pdf, "--sheet", c.SHEET_CAPAIAN_PROGRAM)
    # 1 Tujuan -> Sasaran, 3 Sasaran -> Program, 42 Program -> Kegiatan, 42 second indicators.
    assert _assert_kept(built, pdf) == 1 + 3 + 42 + 42


@pytest.mark.parametrize("n", [5, 14, 30])
def test_no_page_of_either_printer_starts_inside_rows_kept_together(tmp_path, n):
    # The estimate behind the breaks, for LibreOffice (the PDFs) and Excel (printing from Excel): no
    # page starts between a node's first row and its last indicator or its first child's row.
    from lkj_xl.build import load_report
    from lkj_xl.core import pages
    from lkj_xl.core.tables import layouts

    # Every table: also a section's title ("Program" in Perbandingan Kinerja, "Kegiatan" over the
    # Ringkasan's sentences) with the row under it, a text merged down with the rows beside it.
    # With 5 programs a Sasaran, the estimate began page 2 of Perbandingan Kinerja (LibreOffice) and
    # page 3 (Excel) with the second indicator of a program, its name merged above it on the page
    # before. (The real LibreOffice did not split these: its page ends fell elsewhere or it kept the
    # merged cell whole; the estimate is what the breaks are made from, for Excel too.)
    for book in (EXAMPLE, many_programs_workbook(tmp_path / "lkjip.xlsx", n, tahun_lalu="20,5")):
        kept = [lay for lay in layouts(load_report(book)) if lay.keep_together]
        assert {c.SHEET_CAPAIAN_TS, c.SHEET_CAPAIAN_PROGRAM} <= {lay.name for lay in kept}
        for lay in layouts(load_report(book)):
            ranges = lay.keep_together + pages.implied_together(lay)
            for printer in pages.PRINTERS:
                starts = pages.page_starts(lay, printer)
                inside = [(s, k) for s in starts for k in ranges if k[0] < s <= k[1]]
                assert inside == [], (book.name, lay.name, printer.name)


@pytest.fixture(scope="module")
def example_laporan(tmp_path_factory) -> tuple[Path, Path]:
    """The example built, and its Word report printed to PDF by LibreOffice."""
    root = tmp_path_factory.mktemp("laporan")
    built = root / "hasil.xlsx"
    invoke("build", EXAMPLE, "-o", built)
    invoke("laporan", built, "-o", root / "lkjip.docx", "--pdf")
    return built, root / "lkjip.pdf"


@needs_soffice
@pytest.mark.slow
def test_the_word_report_prints_each_quarter_whole(example_laporan):
    # Tabel 3.1 of the example's Word report (TW II): the columns TW III and TW IV hold only "-", and
    # the column as narrow as "-" printed its title "TW III" as "TW I" / "II": a quarter that is not.
    lines = pdf_lines(example_laporan[1])
    assert "TW III" in lines
    assert [line for line in lines if re.fullmatch(r"I{1,3}|IV", line)] == []


@needs_soffice
@pytest.mark.slow
def test_the_word_report_keeps_a_node_with_its_first_child(example_laporan):
    # The Word report's Tabel 3.2 ended its first page with "Program: PROGRAM PENGAWASAN DAN
    # PEMERIKSAAN KOPERASI", its kegiatan on the next page. Only Tabel 3.2's pages are read (the
    # narrative of 3.2.3 names the same programs).
    built, pdf = example_laporan
    texts = _page_texts(pdf)
    first = next(i for i, t in enumerate(texts) if "Tabel 3.2 Capaian Kinerja Program" in t and "No " in t)
    last = next(i for i, t in enumerate(texts) if i > first and "3.1.3 Penyajian Data Kinerja" in t)
    pairs = _pairs(built)
    assert len(pairs) == 2 + 4 + 15 + 1  # as in the sheet's PDF above
    _assert_same_page(texts[first : last + 1], pairs)


@needs_soffice
def test_analisis_capaian_never_ends_a_page_with_a_line_leading_into_a_list(tmp_path):
    # The example's Analisis Capaian (3.2.3) ended a printed page with "Program ini diwujudkan dalam
    # pelaksanaan 1 kegiatan sebagai berikut:", the kegiatan on the next page.
    built, pdf = tmp_path / "hasil.xlsx", tmp_path / "hasil.pdf"
    invoke("build", EXAMPLE, "-o", built)
    invoke("pdf", built, "-o", pdf, "--sheet", c.SHEET_ANALISIS_CAPAIAN)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")]
    ends = [lines[-3] for lines in pages if len(lines) > 2]  # above the footer (agency, Halaman)
    assert len(ends) > 5
    assert [
        line for line in ends if line.endswith(":") or re.match(r"(Tujuan|Sasaran Strategis) \d+:", line)
    ] == []


def test_the_total_row_keeps_the_row_above_it_on_its_page():
    # Tabel 3.4 of the example: a break Excel needs (its page 1 ends inside the signature block)
    # was written into the PDF's workbook too, so LibreOffice, which held the whole table and the
    # block on page 1 (its PDF page 1 ended with a third of the page blank), printed program 16 and
    # TOTAL on a page of their own. The PDF's workbook has only the breaks LibreOffice needs; the
    # workbook (printed from Excel) keeps Excel's. On every output sheet and either printer, the row
    # that ends a table starts no page: the row above it is on its page.
    from lkj_xl.build import load_report
    from lkj_xl.core import pages
    from lkj_xl.core.tables import layouts

    report = load_report(EXAMPLE)
    for_pdf = {lay.name: lay for lay in layouts(report, printers=(pages.LIBREOFFICE,))}
    assert pages.page_starts(for_pdf[c.SHEET_REALISASI_ANGGARAN], pages.LIBREOFFICE) == [0]
    for printers in ((pages.LIBREOFFICE,), pages.PRINTERS):
        for lay in layouts(report, printers=printers):
            if lay.signature_rows is None:
                continue
            last = pages.last_table_row(lay)
            for printer in printers:
                assert pages.signature_fits(lay, printer), (lay.name, printer.name)
                assert last not in pages.page_starts(lay, printer), (lay.name, printer.name)


@needs_soffice
def test_the_pdf_prints_tabel_3_4_on_the_page_it_fits(tmp_path):
    # LibreOffice holds the example's Tabel 3.4 (16 programs, TOTAL, the signature) on one page; the
    # PDF printed program 16 and TOTAL alone on a second page, under the repeated header.
    invoke("pdf", EXAMPLE, "-o", tmp_path / "t34.pdf", "--sheet", c.SHEET_REALISASI_ANGGARAN)
    texts = [page for page in _page_texts(tmp_path / "t34.pdf") if page]  # pdftotext ends with a \f
    assert len(texts) == 1, texts
    assert "PROGRAM PENGELOLAAN SISTEM INFORMASI INDUSTRI NASIONAL" in texts[0] and "TOTAL" in texts[0]
