"""Reader round 9: the LKjIP document printed (lkj-xl laporan --pdf) as the Kepala Dinas who signs it
and the Inspektorat reviewer read it, page by page.

The Daftar Isi of the printed document listed the front matter at arabic page numbers
("KATA PENGANTAR ....... 2") while every footer of those pages says "Halaman ii", and Word (which
updates the TOC field) shows "ii": LibreOffice, reading a Word page reference (PAGEREF), gives the
page's number in arabic whatever the section's page number format.

Example: workbooks/lkjip-diskopukm-lumajang-tw2-2025.xlsx (the seed's raw data).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.common import EXAMPLE, example_typed, printed_laporan
from tests.helpers_print import built_workbook, laporan_docx, writer_available

FRONT = ("KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "DAFTAR TABEL", "DAFTAR GAMBAR")


def _footer_number(lines: list[str]) -> str:
    """The page number the footer prints ("... Halaman ii")."""
    found = [m.group(1) for line in lines for m in [re.search(r"Halaman\s+(\S+)$", line)] if m]
    assert len(found) == 1, lines[-3:]
    return found[0]


@pytest.mark.skipif(not writer_available(), reason="LibreOffice Writer / poppler-utils not installed")
@pytest.mark.slow
def test_daftar_isi_gives_the_front_matter_the_roman_page_numbers_of_its_footers(tmp_path):
    pages = printed_laporan(EXAMPLE, tmp_path / "LKjIP.docx")
    isi = next(lines for lines in pages if lines and lines[0] == "DAFTAR ISI")
    listed = {}
    for line in isi:
        entry = re.fullmatch(r"(.+?)\.{3,}\s*(\S+)", line)
        if entry:
            listed.setdefault(entry.group(1).strip(), entry.group(2))
    # The cover is page i; each part of the front matter starts a page of its own: Kata Pengantar is
    # the second page, "ii" (the seed's Daftar Isi, l.35-38: "KATA PENGANTAR ii", "DAFTAR ISI iii").
    assert listed["KATA PENGANTAR"] == "ii"
    # BAB I restarts the numbering at 1, in arabic
    assert listed["BAB I PENDAHULUAN"] == "1"
    for title in FRONT:  # every entry of the front matter says what the footer of its page says
        page = next(lines for lines in pages if lines and lines[0] == title)
        assert listed[title] == _footer_number(page), title
        assert re.fullmatch(r"[ivx]+", listed[title]), (title, listed[title])


# --- Gambar 3.2 of a large agency ---------------------------------------------------------------------
#
# 25 programs with long names (196-197 characters): Gambar 3.2 was drawn 7 x 12,25 in (0,45 in a bar
# whatever its name) and put 16 cm wide, 28 cm high, on a portrait page whose text is
# 29,7 - 2,5 - 2,0 = 25,2 cm high: LibreOffice cut the chart at the page's foot (programs 24-25 and
# the axis lost), its caption alone on the next page; each name, wrapped to 5 lines, ran into the
# next one's.

PROGRAM_NAME = (
    "PROGRAM {n} PENGEMBANGAN SUMBER DAYA MANUSIA INDUSTRI, PENGEMBANGAN INDUSTRI KECIL DAN MENENGAH "
    "SERTA PENINGKATAN KAPASITAS KELEMBAGAAN, PENGUASAAN TEKNOLOGI DAN PEMBERDAYAAN INDUSTRI KABUPATEN/KOTA"
)
N_PROGRAMS = 25
# A4 portrait: 29,7 cm less the top (2,5) and bottom (2,0) margins; 1 cm kept for the caption's line.
TEXT_HEIGHT_CM = 29.7 - 2.5 - 2.0
CAPTION_CM = 1.0


def _agency(folder: Path) -> Path:
    """One Tujuan, one Sasaran, 25 programs (each one indicator, a pagu 1.000.000.000 + n x
    10.000.000 and TW II spending 400.000.000)."""
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row

    rows = [
        kinerja_row("T1", "Tujuan", None, "Meningkatnya daya saing industri", "Nilai produksi", 10, 2, 3),
        kinerja_row("S1", "Sasaran", "T1", "Meningkatnya industri kecil", "Pertumbuhan industri", 10, 2, 3),
    ]
    budgets = []
    for n in range(1, N_PROGRAMS + 1):
        name = PROGRAM_NAME.format(n=n)
        rows.append(kinerja_row(f"P{n}", "Program", "S1", name, f"Persentase IKM binaan {n}", 80, None, 60))
        budgets.append(
            {
                "Kode": f"P{n}",
                "Program": name,
                "Pagu": 1_000_000_000 + n * 10_000_000,
                "Realisasi TW II": 400_000_000,
            }
        )
    path = folder / "agency.xlsx"
    new_workbook(path, pengaturan={c.P_TAHUN: 2025, c.P_TRIWULAN: 2}, kinerja=rows, anggaran=budgets)
    return path


def _pictures(document) -> list[tuple[float, float, float, bytes]]:
    """Each picture of the Word document: (its height in cm, the text height of its section's page in
    cm, its width in cm, the PNG)."""
    body = document.element.body
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
    A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    emu_cm = 360000
    pending, found = [], []
    for child in body.iterchildren():
        for extent in child.iter(f"{WP}extent"):
            blip = next(child.iter(f"{A}blip"))
            png = document.part.related_parts[blip.get(f"{R}embed")].blob
            pending.append((int(extent.get("cy")) / emu_cm, int(extent.get("cx")) / emu_cm, png))
        sectpr = child if child.tag == f"{W}sectPr" else child.find(f"{W}pPr/{W}sectPr")
        if sectpr is not None:
            size, margins = sectpr.find(f"{W}pgSz"), sectpr.find(f"{W}pgMar")
            twips_cm = 567  # 1 cm = 566,9 twips
            text = (
                int(size.get(f"{W}h")) - int(margins.get(f"{W}top")) - int(margins.get(f"{W}bottom"))
            ) / twips_cm
            found += [(height, text, width, png) for height, width, png in pending]
            pending = []
    assert not pending
    return found


def test_every_chart_of_a_large_agency_fits_its_page_with_its_caption(tmp_path):
    pictures = _pictures(laporan_docx(_agency(tmp_path)))
    assert pictures
    for height, text, _, _ in pictures:
        assert abs(text - TEXT_HEIGHT_CM) < 0.05  # portrait pages, as set by the document
        assert height + CAPTION_CM <= text, f"a picture {height:.1f} cm high on a page of {text:.1f} cm"


def test_a_long_program_name_has_the_room_of_its_lines_in_gambar_3_2(tmp_path):
    """Each name wraps at 45 characters (as drawn, 7 pt): PROGRAM_NAME (196-197 characters) takes 5
    lines, 125 lines for the 25 programs, each line 7 pt x 1,2 = 8,4 pt = 0,117 in: the pictures of
    Gambar 3.2 are together at least 125 x 0,117 = 14,6 in of a 7 in wide figure high (they were
    12,25 in; Gambar 3.1, 2 bars, is the first picture)."""
    import io
    import textwrap

    from PIL import Image

    lines = sum(len(textwrap.wrap(PROGRAM_NAME.format(n=n), 45)) for n in range(1, N_PROGRAMS + 1))
    assert lines == 5 * N_PROGRAMS
    # inches of figure per picture: the PNG's pixels at its 150 dpi
    inches = [
        Image.open(io.BytesIO(png)).size[1] / 150
        for _, _, _, png in _pictures(laporan_docx(_agency(tmp_path)))
    ]
    gambar_3_1 = inches[0]
    assert sum(inches) - gambar_3_1 >= lines * 7 * 1.2 / 72


# --- Tabel 2.1 and 2.2 over several pages -------------------------------------------------------------
#
# Each was one table whose repeated header row reads "No | Tujuan | Indikator Kinerja Utama ...", its
# Sasaran half opened by a header-like row in the middle: an agency of 8 Sasaran with long names ran
# Tabel 2.1 onto a second page under the header "Tujuan" above Sasaran rows, and Tabel 2.2's
# "Sasaran Strategis" row stood alone at the foot of a page. The seed prints Tabel 2.2 (l.353-366) as
# two tables, the Tujuan one and the Sasaran one, each under its own header.


def _tables_under(document, caption: str) -> list:
    """The tables between the caption ``caption`` and the next caption or heading."""
    body = document.element.body
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    tables = {t._tbl: t for t in document.tables}
    captions = {
        p._p: p for p in document.paragraphs if p.style.name in ("Judul Tabel",) or "Heading" in p.style.name
    }
    found, inside = [], False
    for child in body.iterchildren():
        if child in captions:
            if inside:
                break
            inside = captions[child].text.startswith(caption + " ")
        elif inside and child.tag == f"{W}tbl":
            found.append(tables[child])
    return found


@pytest.mark.parametrize("caption", ["Tabel 2.1", "Tabel 2.2"])
def test_tabel_2_1_and_2_2_repeat_the_header_of_the_rows_they_continue(tmp_path, caption):
    tables = _tables_under(laporan_docx(example_typed(tmp_path, "contoh", 2, {})), caption)
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    # The example's Kinerja: Tujuan T1, T2 (the seed's l.340-341), Sasaran S1-S4 (l.343-346)
    tujuan = ["Terciptanya Ekonomi Wilayah", "Meningkatnya investasi inklusif"]
    sasaran = ["Meningkatnya pertumbuhan", "Meningkatnya kualitas Koperasi", "Meningkatnya Kualitas Usaha"]
    sasaran.append("Meningkatnya Nilai PDRB sektor Perdagangan")
    under: dict[str, list[str]] = {}
    for table in tables:
        repeated = [row for row in table.rows if row._tr.find(f"{W}trPr/{W}tblHeader") is not None]
        assert len(repeated) == 1 and table.rows[0]._tr is repeated[0]._tr
        header = repeated[0].cells[1].text
        names = [row.cells[1].text for row in table.rows[1:] if row.cells[1].text]
        under.setdefault(header, []).extend(names)
    assert sorted(under) == ["Sasaran Strategis", "Tujuan"]
    assert [n for n in under["Tujuan"]] and all(any(n.startswith(t) for t in tujuan) for n in under["Tujuan"])
    assert len(under["Sasaran Strategis"]) == 4
    assert all(any(n.startswith(s) for s in sasaran) for n in under["Sasaran Strategis"])


# --- the budget sentence of a quarter whose spending is not typed yet --------------------------------


def _depth(text: str) -> int:
    """How deep the parentheses of ``text`` nest."""
    depth = deepest = 0
    for char in text:
        depth += char == "("
        deepest = max(deepest, depth)
        depth -= char == ")"
    return deepest


def test_the_budget_sentence_of_a_blank_quarter_nests_no_parentheses(tmp_path):
    """The example set to Triwulan IV: Anggaran's TW IV is blank in every row, so the realisasi s.d.
    TW IV is TW I + TW II, 6.835.975.140 of 27.805.047.633 (the seed's Tabel 3.4 totals, l.969):
    24,59 %. 3.2.4 and Bab IV said "atau 24,59% (realisasi anggaran TW IV belum diisi (kosong di semua
    baris): realisasi s.d. TW IV dihitung dari TW II saja)": a parenthesis inside a parenthesis, the
    Analisis Capaian sheet too."""
    from fractions import Fraction

    assert round(Fraction(6_835_975_140, 27_805_047_633) * 100, 2) == Fraction("24.59")
    workbook = example_typed(tmp_path, "tw4", 4, {})
    texts = [p.text for p in laporan_docx(workbook).paragraphs]
    analisis = built_workbook(workbook)["Analisis Capaian"]
    texts += [str(v) for row in analisis.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    said = [t for t in texts if "sebesar Rp 6.835.975.140 atau 24,59%" in t]
    assert len(said) >= 3  # 3.2.4's lead, Bab IV's, the sheet's Kesimpulan
    for text in said:
        assert "realisasi anggaran TW IV belum diisi" in text and "dihitung dari TW II saja" in text
        assert _depth(text) == 1, text


def test_the_budget_sentence_naming_pengaturans_total_nests_no_parentheses(tmp_path):
    """Pengaturan's Total Pagu Perjanjian Kinerja (B16) typed "Rp 27.900.000.000" while the programs
    add up to 27.805.047.633 (l.968): 27.900.000.000 - 27.805.047.633 = 94.952.367 more. 3.2.4's lead
    said "atau 24,59% (Total Pagu Perjanjian Kinerja di sheet Pengaturan (Pengaturan!B16) Rp ...)"."""
    assert 27_900_000_000 - 27_805_047_633 == 94_952_367
    workbook = example_typed(tmp_path, "total", 2, {("Pengaturan", "B16"): "Rp 27.900.000.000"})
    texts = [p.text for p in laporan_docx(workbook).paragraphs]
    lead = next(t for t in texts if t.endswith("dengan rincian sebagai berikut:"))
    said = "Total Pagu Perjanjian Kinerja di Pengaturan!B16 Rp 27.900.000.000, lebih Rp 94.952.367 dari jumlah pagu program"
    assert f"24,59% ({said})" in lead
    assert _depth(lead) == 1, lead


def test_gambar_3_2_of_a_quarter_whose_spending_is_not_typed_says_so(tmp_path):
    """The example set to Triwulan I: Anggaran's Realisasi TW I (column F, rows 4-19) is blank for all
    16 programs, so Gambar 3.2 draws 16 bars of 0,00 %. Tabel 3.4 above it, the Grafik sheet's chart
    and the mail say the quarter is not typed yet; the Word chart said nothing under it."""
    import openpyxl

    anggaran = openpyxl.load_workbook(EXAMPLE)["Anggaran"]
    assert anggaran["F3"].value == "Realisasi TW I"
    assert [anggaran[f"F{row}"].value for row in range(4, 20)] == [None] * 16
    paragraphs = laporan_docx(example_typed(tmp_path, "tw1", 1, {})).paragraphs
    texts = [p.text for p in paragraphs]
    caption = next(
        i
        for i, p in enumerate(paragraphs)
        if p.style.name == "Judul Gambar" and p.text.startswith("Gambar 3.2")
    )
    note = "Realisasi anggaran TW I belum diisi di semua baris: realisasi s.d. TW I dihitung nol."
    assert note in texts[caption + 1 : caption + 3]


# --- the signing date ---------------------------------------------------------------------------------

SIGNED_TOO_EARLY = (
    "[isi: Tanggal Penandatanganan 4 Juli 2025 sebelum akhir Triwulan IV Tahun 2025 (31 Desember 2025); "
    "perbaiki Pengaturan!B13]"
)


def test_a_signing_date_before_the_quarters_end_is_marked_under_each_signature(tmp_path):
    """The example copied for Triwulan IV keeps its Tanggal Penandatanganan "4 Juli 2025"
    (Pengaturan!B13, the seed's l.23): Triwulan IV 2025 ends 31 Desember 2025, so the report would be
    signed half a year before the period it reports ends. `lkj-xl check` and Pemeriksaan say so; the
    Word document printed "Lumajang, 4 Juli 2025" above the Kepala Dinas's name without a mark, as it
    marks a Narasi text naming another quarter."""
    document = laporan_docx(example_typed(tmp_path, "tw4", 4, {}))
    texts = [p.text for p in document.paragraphs]
    signatures = [i for i, t in enumerate(texts) if t == "MUHAMMAD RIDHA, S.Sos., M.Si."]
    assert len(signatures) == 3  # Kata Pengantar, Bab IV, Lampiran 1
    assert texts.count(SIGNED_TOO_EARLY) == 3
    for i in signatures:  # under the name and NIP of each
        assert SIGNED_TOO_EARLY in texts[i + 1 : i + 3]


def test_a_signing_date_after_the_quarters_end_is_not_marked(tmp_path):
    """The example as it is: Triwulan II 2025 ends 30 Juni 2025, signed 4 Juli 2025."""
    texts = [p.text for p in laporan_docx(example_typed(tmp_path, "tw2", 2, {})).paragraphs]
    assert "Lumajang, 4 Juli 2025" in texts
    assert not [t for t in texts if t.startswith("[isi: Tanggal Penandatanganan")]
