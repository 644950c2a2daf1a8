"""Reader round 8: the LKjIP document printed (lkj-xl laporan --pdf) as the Inspektorat reads it.

"Rp" stood alone at the end of a line, its amount at the start of the next ("... sebesar Rp" /
"27.805.047.633 terealisasi ..."): 21 such lines in the example's PDF, 25 in its Laporan Tahunan
(Bab IV's budget sentence, 3.2.2's efisiensi sentences, 3.2.3's programs); and "(capaian ≥" ended a
line before "100%)". The printed document keeps "Rp" with its amount and "≥" with its number (a
no-break space, as footer's "Halaman N" and a sheet!cell reference already are); the .docx staff edit
keeps its plain spaces (they search it and paste from it).

Example: workbooks/lkjip-diskopukm-lumajang-tw2-2025.xlsx (the seed's raw data).
"""

from __future__ import annotations

import re
from fractions import Fraction as F
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from lkj_xl.build import read_workbook  # noqa: E402
from lkj_xl.laporan import read_inputs, render  # noqa: E402
from tests.common import EXAMPLE  # noqa: E402
from tests.helpers_print import writer_available  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NBSP = "\u00a0"

# Seed Tabel 3.4 totals: realisasi 6.835.975.140 of pagu 27.805.047.633 -> 24,585...% -> "24,59%".
PENYERAPAN = F(6_835_975_140, 27_805_047_633) * 100
assert round(PENYERAPAN, 2) == F("24.59")


def _body_texts(data: bytes) -> list[str]:
    """Texts of the document's paragraphs outside tables (a table cell wraps within its column)."""
    import io

    document = docx.Document(io.BytesIO(data))
    return [p.text for p in document.paragraphs]


@pytest.fixture(scope="module")
def drafts() -> dict[bool, list[str]]:
    report, narasi = read_inputs(read_workbook(EXAMPLE), None)
    return {pdf: _body_texts(render(report, narasi, for_pdf=pdf)) for pdf in (False, True)}


def test_the_printed_document_keeps_rp_with_its_amount(drafts):
    text = "\n".join(drafts[True])
    assert not re.search(r"Rp \d", text), re.findall(r".{30}Rp \d.{10}", text)[:5]
    assert not re.search(r"[≥≤] \d", text), re.findall(r".{30}[≥≤] \d.{10}", text)[:5]
    # the Ikhtisar's budget line, figures of the seed's Tabel 3.4 (see PENYERAPAN)
    line = f"sebesar Rp{NBSP}6.835.975.140 dari pagu Rp{NBSP}27.805.047.633 (24,59%)"
    assert any(line in p for p in drafts[True])
    assert any(f"capaian ≥{NBSP}100%" in p for p in drafts[True])


def test_the_docx_staff_edit_keeps_its_plain_spaces(drafts):
    assert any("sebesar Rp 6.835.975.140 dari pagu Rp 27.805.047.633 (24,59%)" in p for p in drafts[False])
    assert not any(NBSP + "6.835" in p for p in drafts[False])


@pytest.mark.skipif(not writer_available(), reason="LibreOffice Writer / poppler-utils not installed")
@pytest.mark.slow
def test_no_printed_line_ends_with_rp_or_a_bare_comparison(tmp_path: Path):
    import subprocess
    import sys

    out = tmp_path / "LKjIP.docx"
    result = subprocess.run(
        [sys.executable, "-m", "lkj_xl", "laporan", str(EXAMPLE), "-o", str(out), "--pdf"],
        capture_output=True,
        text=True,
        timeout=400,
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", str(out.with_suffix(".pdf")), "-"], capture_output=True, text=True
    ).stdout
    lines = [line.strip() for line in text.splitlines()]
    # Tabel 2.4 / 3.2 print "Rp" alone as the Satuan of a value in rupiah: a cell, not a line's end
    dangling = [line for line in lines if re.search(r"\S.* Rp$|[≥≤]$", line)]
    assert not dangling, dangling[:5]
    assert text.count("24,59%") >= 1  # the Ikhtisar's line is printed


# --- a program without indicator spending above its pagu, in 3.2.3 -----------------------------------
#
# The support program P0.01 (Anggaran row 4, no Kinerja row; counted toward Sasaran 2 by its Kode
# Sasaran) with TW III 4.000.000.000 and TW IV 3.500.000.000 typed beside the example's TW II
# 5.059.823.310: 12.559.823.310 against its pagu 12.076.486.014. 3.2.3 said of it "... atau penyerapan
# 104,00%." and no more, where a program with an indicator above its pagu reads ", melebihi pagu
# sebesar Rp ... (periksa Anggaran!I.., lihat sheet Pemeriksaan)" and Tabel 3.4's note names both.
P0_REALISASI = 5_059_823_310 + 4_000_000_000 + 3_500_000_000  # = 12.559.823.310
P0_LEBIH = P0_REALISASI - 12_076_486_014  # = 483.337.296
assert (P0_REALISASI, P0_LEBIH) == (12_559_823_310, 483_337_296)
# 12.559.823.310 / 12.076.486.014 x 100 = 104,0023...% -> "104,00%"
assert round(F(P0_REALISASI, 12_076_486_014) * 100, 2) == F("104.00")
P0_CELLS = {("Anggaran", "H4"): 4_000_000_000, ("Anggaran", "I4"): 3_500_000_000}


@pytest.mark.parametrize(
    "triwulan, period", [(4, "s.d. Triwulan IV Tahun 2025"), ("Laporan Tahunan", "pada Tahun 2025")]
)
def test_a_support_program_above_its_pagu_is_said_so_in_3_2_3(tmp_path: Path, triwulan, period):
    import io

    import openpyxl

    from lkj_xl.build import build_in_memory
    from tests.common import example_typed

    workbook = example_typed(tmp_path, "p0", triwulan, P0_CELLS)  # type: ignore[arg-type]
    said = (
        f"dengan pagu Rp 12.076.486.014 dan realisasi {period} sebesar Rp 12.559.823.310 atau penyerapan "
        "104,00%, melebihi pagu sebesar Rp 483.337.296 (periksa Anggaran!I4, lihat sheet Pemeriksaan)."
    )
    built = build_in_memory(workbook)
    ws = openpyxl.load_workbook(io.BytesIO(built.data))["Analisis Capaian"]
    sheet = [v for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert any(said in text for text in sheet), [t for t in sheet if "tanpa indikator kinerja" in t]
    report, narasi = read_inputs(read_workbook(workbook), None)
    assert any(said in text for text in _body_texts(render(report, narasi)))


# --- Tabel 2.2-2.4: a column of figures aligned as one ---------------------------------------------
#
# The targets of the Perjanjian Kinerja (the Inspektorat lays the signed PK beside them) stood right
# when a percentage ("3,63%") and left when a figure with its unit ("4.045,54 milyar", "400 IKM",
# "Rp 1.491.388.500.000"); Tabel 2.4's "-" (a Kegiatan has no budget of its own) left under right-aligned
# rupiah. Figures from the seed: Tabel 2.3 (l.381), Tabel 2.4 (l.386-465).


def _table(document, *header: str):
    return next(t for t in document.tables if all(h in [c.text for c in t.rows[0].cells] for h in header))


def _alignment(table, first: str, column: str):
    """The alignment of ``column``'s cell in the first row whose first cells hold ``first``."""
    header = [c.text for c in table.rows[0].cells]
    row = next(r for r in table.rows[1:] if any(c.text.startswith(first) for c in r.cells[:2]))
    return row.cells[header.index(column)].paragraphs[0].alignment


def test_a_column_of_figures_is_aligned_right_with_or_without_its_unit():
    import io

    from docx.enum.text import WD_ALIGN_PARAGRAPH

    report, narasi = read_inputs(read_workbook(EXAMPLE), None)
    document = docx.Document(io.BytesIO(render(report, narasi)))
    right = WD_ALIGN_PARAGRAPH.RIGHT
    pk = _table(document, "Sasaran Strategis", "Target 2025")  # Tabel 2.3
    assert [c.text for c in pk.rows[1].cells][3] == "3,63%" and _alignment(pk, "1.", "Target 2025") == right
    assert [c.text for c in pk.rows[4].cells][3] == "4.045,54 milyar"
    assert _alignment(pk, "4.", "Target 2025") == right
    iku = _table(document, "Tujuan", "Indikator Kinerja Utama", "Target Tahun 2025")  # Tabel 2.2
    assert [c.text for c in iku.rows[1].cells][3] == "5.984,04 milyar"
    assert _alignment(iku, "1.", "Target Tahun 2025") == right
    # its Sasaran half, a table of its own, starts with its header row: a heading, not a figure
    sasaran = _table(document, "Sasaran Strategis", "Indikator Kinerja Utama", "Target Tahun 2025")
    assert sasaran.rows[0].cells[3].paragraphs[0].alignment != right
    assert _alignment(sasaran, "2.", "Target Tahun 2025") == right  # 40,71%
    matrix = _table(document, "Tujuan/Sasaran Strategis/Program/Kegiatan", "Anggaran (Rp)")  # Tabel 2.4
    kegiatan = "Kegiatan: Penyusunan dan Evaluasi Rencana Pembangunan Industri"
    row = next(r for r in matrix.rows if r.cells[0].text.startswith(kegiatan))
    assert [c.text for c in row.cells][2:] == ["400 IKM", "-"]
    assert [c.paragraphs[0].alignment for c in row.cells][1:] == [None, right, right]  # Indikator: text
    program = next(r for r in matrix.rows if r.cells[0].text.endswith("PERENCANAAN DAN PEMBANGUNAN INDUSTRI"))
    assert (
        program.cells[2].text == "Rp 1.491.388.500.000" and program.cells[2].paragraphs[0].alignment == right
    )


# --- a Narasi text naming another quarter by its months ---------------------------------------------
#
# The example's Kata Pengantar (Narasi B5, the seed's l.17): "... Triwulan II Tahun 2025 ini juga
# sekaligus menjadi sarana evaluasi kinerja selama periode bulan April – Juni 2025 ...". Staff who
# update "Triwulan II" to "Triwulan IV" for the year-end report and miss "April – Juni" signed a
# Triwulan IV report evaluating April to June, without a word: only "Triwulan II" was looked for.
# Triwulan IV ends in Desember, Triwulan II in Juni; the year's report ends in Desember.


def _kata_pengantar(tmp_path: Path, triwulan, old: str, new: str):
    import openpyxl

    from tests.common import example_typed

    text = openpyxl.load_workbook(EXAMPLE)["Narasi"]["B5"].value
    assert old in text and "April – Juni 2025" in text
    workbook = example_typed(tmp_path, "narasi", triwulan, {("Narasi", "B5"): text.replace(old, new)})
    report, narasi = read_inputs(read_workbook(workbook), None)
    return [f.pesan for f in narasi.findings if f.sel == "B5"], _body_texts(render(report, narasi))


@pytest.mark.parametrize(
    "triwulan, periode",
    [(4, "Triwulan IV Tahun 2025"), ("Laporan Tahunan", "Tahun 2025")],
)
def test_a_text_naming_the_months_of_another_quarter_is_pointed_out(tmp_path: Path, triwulan, periode):
    found, document = _kata_pengantar(tmp_path, triwulan, "Triwulan II Tahun 2025", periode)
    assert (
        len(found) == 1
        and 'Teks Bagian "Kata Pengantar" menyebut April – Juni, tetapi laporan ini ' in found[0]
    )
    assert f"[isi: teks ini menyebut April – Juni, laporan ini {periode}; perbarui teksnya" in "\n".join(
        document
    )


@pytest.mark.parametrize(
    "triwulan, months",
    [
        (2, "April – Juni"),
        (2, "Januari s.d. Juni"),
        (4, "Oktober - Desember"),
        ("Laporan Tahunan", "Januari – Desember"),
    ],
)
def test_the_months_of_the_reported_period_are_not(tmp_path: Path, triwulan, months):
    roman = {2: "II", 4: "IV"}.get(triwulan, "IV")
    # the reported quarter's months beside its name, in two wordings; and months that tell when an
    # activity ran (no "periode"/"selama"), which are not read
    import openpyxl

    from tests.common import example_typed

    text = openpyxl.load_workbook(EXAMPLE)["Narasi"]["B5"].value
    # the year's report is titled by its year alone ("Laporan Kinerja pada Dinas ... Tahun 2025 ini"):
    # "Triwulan IV Tahun 2025 ini" left there is the quarterly report's title (test_mend34g)
    periode = "Tahun 2025" if triwulan == "Laporan Tahunan" else f"Triwulan {roman} Tahun 2025"
    text = text.replace("Triwulan II Tahun 2025", periode).replace("April – Juni", months)
    text += f" Laporan ini mencakup kinerja selama {months} 2025. Pelatihan dilaksanakan pada bulan April – Juni 2025."
    workbook = example_typed(tmp_path, "alone", triwulan, {("Narasi", "B5"): text})
    _, narasi = read_inputs(read_workbook(workbook), None)
    assert not [f.pesan for f in narasi.findings if f.sel == "B5"]


# --- Grafik printed one page wide at year end ---------------------------------------------------------
#
# The year's report (or Triwulan IV) with the BPS figure of T1 typed in TW IV ("6.100,5 milyar",
# Kinerja N4): Grafik's trend table widens its column F to 17 characters for "6.100,50 milyar". Its
# columns 5, 10, 42, 18, 18, 17, 12 x 5 are 40 + 75 + 299 + 131 x 2 + 124 + 89 x 5 = 1.245 pixels, a point
# each in LibreOffice; A4 landscape between 0,4-inch margins 842 - 0,8 x 72 = 784,4 points: 784,4 /
# 1.245 = 0,63004, so 63 % printed 784,35 points, 0,05 inside the paper, and LibreOffice (its columns a
# fraction of a point wider; measured: 0,2 point to spare fits) put column K on pages of its own: Grafik
# took 10 pages, 5 of them slivers (the "Jumlah" column, a chart's edge, the signature's "M.Si." cut
# from the name). A zoom leaves a point to spare: 62 % (1.245 x 0,62 = 771,9 points).
T1_TW4 = {("Kinerja", "N4"): "6.100,5 milyar"}
assert sum((int(w * 7 + 0.5) + 5) for w in (5, 10, 42, 18, 18, 17, 12, 12, 12, 12, 12)) == 1245
assert F(7844, 10) / 1245 < F(6301, 10000) and F(1245 * 63, 100) > F(7844, 10) - 1


@pytest.mark.parametrize("triwulan", [4, "Laporan Tahunan"])
def test_grafik_is_printed_at_a_zoom_with_a_point_to_spare(tmp_path: Path, triwulan):
    from lkj_xl.build import load_report
    from lkj_xl.core import pages
    from lkj_xl.core.tables import grafik
    from tests.common import example_typed

    lay = grafik.layout(load_report(example_typed(tmp_path, "g", triwulan, T1_TW4)))  # type: ignore[arg-type]
    assert lay.columns == [5, 10, 42, 18, 18, 17, 12, 12, 12, 12, 12]
    assert pages.print_scale(lay) == 0.62


@pytest.mark.skipif(not writer_available(), reason="LibreOffice Writer / poppler-utils not installed")
@pytest.mark.slow
def test_grafik_of_the_years_report_prints_one_page_wide(tmp_path: Path):
    from lkj_xl.delivery.pdf import pdf_page_count
    from lkj_xl.delivery.send import make_pdf
    from tests.common import example_typed

    workbook = example_typed(tmp_path, "g", "Laporan Tahunan", T1_TW4)  # type: ignore[arg-type]
    pdf = tmp_path / "g.pdf"
    make_pdf(workbook, pdf, sheets=["Grafik"])
    # its four manual page breaks (before sections 2, 3, 4 and the trend charts): five pages, one wide
    assert pdf_page_count(pdf) == 5
