"""Staff round 33: the report's own words typed into the workbook as people type them.

Found: a line break copied from a PDF or from Word's Shift+Enter reaches the cell as a vertical tab
(stored by Excel as ``_x000B_``); it was dropped, so two Analisis points ("• Dukungan APBD" and
"• SDM memadai") printed as one run-on point "Dukungan APBD• SDM memadai" and two Narasi lines were
glued ("jawab.Baris"). A cell holding only a placeholder ("...", "-", "…") was printed in the signed
report as if it were a paragraph or a factor.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import PERINGATAN, Cell
from lkj_xl.core.narasi import parse_narasi
from lkj_xl.core.parse_analisis import split_points
from lkj_xl.xlsx.opc import xstring
from tests.common import example_typed
from tests.helpers_print import docx_paragraphs

# --- a vertical tab or form feed is a line break ------------------------------------------------------


@pytest.mark.parametrize("stored", ["_x000B_", "_x000C_"])
def test_a_vertical_tab_stored_by_excel_is_read_as_a_line_break(stored):
    # Excel keeps the pasted character as _x000B_ (vertical tab) or _x000C_ (form feed); the text it
    # came from broke the line there. Dropped, the two lines glued: "jawab.Baris".
    assert xstring(f"tanggung jawab.{stored}Baris dari PDF") == "tanggung jawab.\nBaris dari PDF"


def test_other_control_characters_are_still_dropped():
    assert xstring("Nilai_x0007_ PDRB") == "Nilai PDRB"


@pytest.mark.parametrize("brk", ["\x0b", "\x0c", "\u2028", "\u2029"])
def test_analisis_points_split_at_any_line_break(brk):
    # the add-in hands the cell's text as Excel holds it (a raw vertical tab); Word's line and
    # paragraph separators too: two bullets, two points
    assert split_points(f"• Dukungan APBD{brk}• SDM memadai") == ["Dukungan APBD", "SDM memadai"]


def test_narasi_text_with_a_vertical_tab_is_two_lines_never_a_control_character():
    grid = [[Cell("Bagian"), Cell("Teks")], [Cell("Kata Pengantar"), Cell("Baris satu.\x0bBaris dua.")]]
    # a control character in a Word document makes Word refuse the file: a line break instead
    assert parse_narasi(grid).get("Kata Pengantar") == "Baris satu.\nBaris dua."


# --- a placeholder is no text --------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["...", "-", "…", " - ", "--", "–", "—", "?", ". . ."])
def test_a_narasi_placeholder_is_not_printed_and_is_pointed_out(typed):
    grid = [
        [Cell("Bagian"), Cell("Teks")],
        [Cell("Pendahuluan"), Cell(typed)],  # B2
        [Cell("Penutup"), Cell("Demikian laporan ini.")],
    ]
    narasi = parse_narasi(grid)
    assert narasi.get("Pendahuluan") == ""  # the document keeps its [isi: ...] placeholder
    assert narasi.get("Penutup") == "Demikian laporan ini."
    (said,) = narasi.findings
    assert (said.severity, said.sheet, said.sel) == (PERINGATAN, "Narasi", "B2")
    assert "Pendahuluan" in said.pesan and "belum" in said.pesan


def test_a_placeholder_beside_a_real_paragraph_leaves_the_paragraph_alone():
    grid = [
        [Cell("Bagian"), Cell("Teks")],
        [Cell("Pendahuluan"), Cell("Paragraf pertama.")],
        [Cell("Pendahuluan"), Cell("...")],  # B3
    ]
    narasi = parse_narasi(grid)
    assert narasi.get("Pendahuluan") == "Paragraf pertama."
    assert [f.sel for f in narasi.findings] == ["B3"]


@pytest.mark.parametrize("typed", ["...", "…", "1. ...", "- ...\n- ..."])
def test_an_analisis_placeholder_is_no_point(typed):
    assert split_points(typed) == []


def test_text_with_a_figure_or_a_word_is_kept():
    # a point that is only a figure or an abbreviation is content
    assert split_points("- 16 pasar") == ["16 pasar"]
    assert split_points("• PAD") == ["PAD"]


# --- the printed report ---------------------------------------------------------------------------------


def test_the_word_report_prints_the_points_apart_and_no_placeholder(tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main

    # Excel stores a vertical tab as _x000B_: openpyxl writes the text as given, as Excel would
    workbook = example_typed(
        tmp_path,
        "ketikan",
        2,
        {
            ("Analisis", "C5"): "• Dukungan APBD_x000B_• SDM memadai",  # S1, Faktor Pendukung
            ("Analisis", "D5"): "...",  # S1, Faktor Penghambat: to be written
            ("Narasi", "B7"): "...",  # the three Pendahuluan paragraphs
            ("Narasi", "B8"): "-",
            ("Narasi", "B9"): "…",
            ("Narasi", "B3"): "Puji syukur.\u201cLaporan\u201d_x000B_Baris kedua dari PDF.",  # Kata Pengantar
        },
    )
    out = tmp_path / "laporan.docx"
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    texts = docx_paragraphs(out)
    flat = "\n".join(texts)
    assert "Dukungan APBD• SDM memadai" not in flat
    assert [t for t in texts if t.endswith("\tDukungan APBD")] and [
        t for t in texts if t.endswith("\tSDM memadai")
    ]
    assert "Puji syukur.\u201cLaporan\u201d" in texts and "Baris kedua dari PDF." in texts
    assert not [t for t in texts if t.strip() in ("...", "-", "…") or t.endswith("\t...")]
    # the section is asked for, not filled with dots; S1 gets no "kendala" lead over nothing
    assert 'Bagian "Pendahuluan"' in flat
    for cell in ("Narasi!B7", "Narasi!B8", "Narasi!B9"):  # laporan says what only it reads
        assert cell in result.output, cell
    # the Analisis sheet's peringatan is the workbook's: check (and Pemeriksaan) says it
    checked = CliRunner().invoke(main, ["check", str(workbook)])
    assert "Analisis!D5" in checked.output and "belum ditulis" in checked.output


# --- last quarter's text: the quarter written as staff abbreviate it --------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Laporan Kinerja TW I Tahun 2025 ini disusun",
        "Laporan Kinerja Tw. I Tahun 2025",
        "capaian sampai dengan TW-I",
        "Laporan Kinerja Triwulan Pertama Tahun 2025",
        "Laporan Kinerja Trw I",
    ],
)
def test_a_text_left_from_the_first_quarter_in_a_second_quarter_report_is_pointed_out(teks):
    from lkj_xl.core.narasi import triwulan_lain

    # the report is Triwulan II; the text names Triwulan I only (last quarter's Kata Pengantar)
    assert triwulan_lain(teks, 2) == ["Triwulan I"]


@pytest.mark.parametrize(
    "teks",
    [
        "Laporan Kinerja TW II Tahun 2025",
        "realisasi TW I sebesar 25 dan TW II sebesar 4",  # names its own quarter too
        "Laporan Kinerja Triwulan Kedua",
        "target tahun 2025 dan TW 2025",  # no quarter
        "selama triwulan ini",  # "ini" is no "I"
    ],
)
def test_a_text_of_the_reported_quarter_is_quiet(teks):
    from lkj_xl.core.narasi import triwulan_lain

    assert triwulan_lain(teks, 2) == []


def test_the_years_report_points_out_a_text_naming_tw_iv():
    from lkj_xl.core.narasi import triwulan_lain

    assert triwulan_lain("Laporan Kinerja TW IV Tahun 2025", 4, tahunan=True) == ["Triwulan IV"]
    assert triwulan_lain("capaian s.d. TW IV", 4, tahunan=True) == ["Triwulan IV"]


# --- a figure in the staff's sentence that the table contradicts ------------------------------------------

# One Sasaran, one % indicator: target 80, realisasi TW II 68 (TW I empty, so s.d. TW II is 68 whether
# summed or the latest), capaian 68 / 80 x 100 = 85 exactly (positive polarity). A unit indicator of
# another Sasaran: target 200 unit, TW I 50 + TW II 120 = 170 (Kumulatif), capaian 170 / 200 x 100 = 85.


def _computed_with(points: dict[str, str], kode: str = "S1"):
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from tests.test_analisis_capaian import ANALISIS_HEADERS
    from tests.test_engine import grid, kinerja_row, workbook

    rows = [
        kinerja_row("T1", "Tujuan", "", "Ekonomi tumbuh", "Pertumbuhan ekonomi", 80, (None, 68, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "Koperasi sehat", "Persentase koperasi sehat", 80, (None, 68, None, None)),
        kinerja_row(
            "S2", "Sasaran", "T1", "UMKM naik kelas", "Jumlah UMKM naik kelas", 200, (50, 120, None, None),
            satuan="Unit", jenis="Kumulatif",
        ),
        kinerja_row("S3", "Sasaran", "T1", "IKM", "Persentase IKM", 50, ("Menunggu data BPS", None, None, None)),
    ]  # fmt: skip
    books = workbook(rows)
    row = [kode, "", *(points.get(h) for h in ANALISIS_HEADERS[2:])]
    books["Analisis"] = grid([ANALISIS_HEADERS, row])  # the row is Excel row 2
    return compute(parse_workbook(books))


def _analisis_said(report) -> dict[str, str]:
    return {f.sel: f.pesan for f in report.findings if f.sheet == "Analisis"}


@pytest.mark.parametrize(
    "teks, disebut",
    [
        ("Capaian kinerja 85,2% dari target", "85,2%"),  # the table: 85
        ("realisasi 85,2% dari target 90%", "85,2%"),  # realisasi 68, target 80 (a % indicator)
        ("Realisasi 68% dari target 90%", "90%"),  # the target is 80
        ("capaian sasaran ini mencapai 110%", "110%"),
    ],
)
def test_a_figure_the_table_contradicts_is_a_peringatan_at_its_cell(teks, disebut):
    report = _computed_with({"Faktor Pendukung": teks})
    said = _analisis_said(report)
    assert list(said) == ["C2"]
    assert disebut in said["C2"] and "dihitung" in said["C2"]
    # the computed figure is named beside it: capaian 85 (shown with the report's 2 decimals)
    assert "85,00%" in said["C2"]


@pytest.mark.parametrize(
    "teks",
    [
        "Capaian kinerja 85% dari target",  # typed without decimals: 85 exactly
        "capaian 85,00%",
        "realisasi sebesar 68% dari target 80%",
        "Realisasi 68,0 % dari target 80 %",
        "target nasional sebesar 2,56%",  # another target
        "capaian tahun lalu 80%",  # another year
        "capaian Triwulan I 40%",  # another period
        "Anggaran terserap 36% dari pagu",  # no capaian, realisasi or target word
        "Indeks harga sebesar 1,06%",
        "realisasi fisik kegiatan 100%",  # the activities' progress, not the indicator
        "capaian program pendukung 95%",
    ],
)
def test_a_figure_the_table_agrees_with_or_of_something_else_is_quiet(teks):
    from lkj_xl.core.model import PERIODE_LAIN

    report = _computed_with({"Faktor Pendukung": teks, "Tindak Lanjut": teks})
    # (narasi50) "capaian Triwulan I 40%" alone in this Triwulan II report is left from the Triwulan I
    # workbook: the period check says so (tests/test_analisis_periode_lain.py); the figure check is quiet
    report.findings[:] = [f for f in report.findings if not f.tentang >= PERIODE_LAIN]
    assert _analisis_said(report) == {}


def test_a_count_indicator_realisasi_in_percent_is_read_as_its_capaian():
    # "realisasi 85% dari target" of a unit indicator: the share reached, its capaian 85
    assert _analisis_said(_computed_with({"Faktor Penghambat": "realisasi 85% dari target"}, "S2")) == {}
    said = _analisis_said(_computed_with({"Faktor Penghambat": "realisasi 92,5% dari target"}, "S2"))
    assert list(said) == ["D2"] and "92,5%" in said["D2"]


def test_a_capaian_written_for_an_indicator_not_measured_yet_is_a_peringatan():
    said = _analisis_said(_computed_with({"Upaya / Solusi": "capaian 100% tercapai"}, "S3"))
    assert list(said) == ["E2"] and "belum" in said["E2"]


def test_the_contradicted_figure_is_marked_in_every_output(tmp_path):
    """Analisis!C7 (S2, Faktor Pendukung) says capaian 85,2%; S2's indicator (seed l.544) has target
    40,71% and realisasi TW I 25 + TW II 4 = 29% (Kumulatif), capaian 29 / 40,71 x 100 = 71,236... =
    71,24% (the seed prints 71%)."""
    from click.testing import CliRunner

    from lkj_xl.cli import main

    workbook = example_typed(
        tmp_path, "angka", 2, {("Analisis", "C7"): "Capaian koperasi 85,2% dari target 90%"}
    )
    checked = CliRunner().invoke(main, ["build", str(workbook)])
    assert checked.exit_code == 0, checked.output
    import openpyxl

    sheet = openpyxl.load_workbook(workbook)["Analisis Capaian"]
    texts = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
    (mark,) = [t for t in texts if t.startswith("[isi:") and "85,2%" in t]
    assert "71,24%" in mark and "Analisis!C7" in mark
    out = tmp_path / "laporan.docx"
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (printed,) = [t for t in docx_paragraphs(out) if t.startswith("[isi:") and "85,2%" in t]
    assert printed == mark


@pytest.mark.slow
def test_the_printed_pdf_has_the_points_apart_and_the_mark(tmp_path):
    from tests.common import printed_laporan

    workbook = example_typed(
        tmp_path,
        "cetak",
        2,
        {
            ("Analisis", "C5"): "• Dukungan APBD_x000B_• SDM memadai",  # S1, Faktor Pendukung
            ("Analisis", "C7"): "Capaian koperasi 85,2% dari target",  # S2: 71,24% computed
        },
    )
    lines = [line for page in printed_laporan(workbook, tmp_path / "cetak.docx") for line in page]
    assert any(line.endswith("Dukungan APBD") for line in lines)
    assert any(line.endswith("SDM memadai") for line in lines)
    assert not [line for line in lines if "APBD•" in line or "APBDSDM" in line]
    assert [line for line in lines if line.startswith("[isi: Faktor Pendukung menyebut capaian 85,2%")]


def test_a_bulleted_list_pasted_from_word_prints_as_bullets(tmp_path):
    """Word's bulleted list pasted into a cell comes as the bullet, a tab, the text ("•\\tbutir"; the
    Symbol font's "·" and an en dash too): it printed as "•<tab>butir", a paragraph with a gap, beside
    the "- " lines that print as bullets."""
    from click.testing import CliRunner

    from lkj_xl.cli import main

    pasted = (
        "Program prioritas:\n•\tPelatihan UMKM\n·\tFasilitasi NIB\n–\tPendampingan RAT\n- Bantuan kemasan"
    )
    workbook = example_typed(tmp_path, "bullet", 2, {("Narasi", "B6"): pasted})  # Kata Pengantar
    out = tmp_path / "laporan.docx"
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    import docx

    paragraphs = docx.Document(str(out)).paragraphs
    bullets = [p.text for p in paragraphs if p.style.name == "List Bullet"]
    for point in ("Pelatihan UMKM", "Fasilitasi NIB", "Pendampingan RAT", "Bantuan kemasan"):
        assert point in bullets, point
    assert not [p.text for p in paragraphs if "\t" in p.text and "Pelatihan UMKM" in p.text]


# --- a paragraph pasted from a PDF: a line break at every printed line's end ---------------------------


def test_an_analisis_point_wrapped_by_a_pdf_stays_one_point():
    # each printed line of the PDF ends in a line break: the line after it starts in lower case with no
    # numbering of its own, the line before it ends without a full stop: one point, not three
    # (amended in mend31f: the lines were 36 and 28 characters, shorter than an A4 PDF's printed line,
    # as long as a heading or an item staff type one under another; such lines now stay as typed)
    pasted = (
        "1. Terlaksananya pelatihan pembuatan konten pemasaran online bagi pelaku usaha mikro di\n"
        "kecamatan Lumajang, Sukodono, Tempeh, Pasirian, Candipuro, Pronojiwo dan Tempursari bagi\n"
        "UMKM binaan\n2. Dukungan APBD"
    )
    assert split_points(pasted) == [
        "Terlaksananya pelatihan pembuatan konten pemasaran online bagi pelaku usaha mikro di kecamatan "
        "Lumajang, Sukodono, Tempeh, Pasirian, Candipuro, Pronojiwo dan Tempursari bagi",
        "UMKM binaan",  # starts with a capital: a point of its own, as typed (one point per line)
        "Dukungan APBD",
    ]


@pytest.mark.parametrize(
    "typed, points",
    [
        ("pelatihan UMKM\nfasilitasi NIB", ["pelatihan UMKM", "fasilitasi NIB"]),  # no numbering: as typed
        ("1. pelatihan UMKM.\nfasilitasi NIB", ["pelatihan UMKM.", "fasilitasi NIB"]),  # after a full stop
        ("a. satu\nb. dua", ["satu", "dua"]),  # "b." is numbering, not a continuation
        ("- satu\n- dua", ["satu", "dua"]),
    ],
)
def test_points_one_per_line_stay_apart(typed, points):
    assert split_points(typed) == points


def test_a_narasi_paragraph_wrapped_by_a_pdf_is_one_paragraph():
    # (amended in mend31f: the wrapped line was 58 characters, shorter than an A4 PDF's printed line;
    # the seed's sentence, l.104, as such a PDF wraps it)
    pasted = (
        "Diskopindag Kabupaten Lumajang menyusun Laporan Kinerja Triwulan II Tahun 2025 secara\n"
        "sistematis dan terukur.\nLaporan ini bertujuan memberikan gambaran nyata."
    )
    grid = [[Cell("Bagian"), Cell("Teks")], [Cell("Pendahuluan"), Cell(pasted)]]
    assert parse_narasi(grid).get("Pendahuluan") == (
        "Diskopindag Kabupaten Lumajang menyusun Laporan Kinerja Triwulan II Tahun 2025 secara sistematis "
        "dan terukur.\nLaporan ini bertujuan memberikan gambaran nyata."
    )
