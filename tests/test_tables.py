"""The output-sheet layouts, checked as plain data (no workbook written here).

Reports are built by hand (tests/report_factory.py); every expected figure is typed in the test,
with the arithmetic in a comment where it comes from the seed report.
"""

from __future__ import annotations

import pytest
from report_factory import (
    INJECTION,
    KOPERASI_TAAT,
    NILAI_PDRB_INDUSTRI,
    PDRB_PERDAGANGAN,
    chain_report,
    efisiensi_row,
    indicator,
    node,
    repeated_report,
    report,
    seed_like_report,
    settings,
)

from lkj_xl.core import contract
from lkj_xl.core.layout import SheetBuilder, SheetLayout, merged_style
from lkj_xl.core.model import Finding, Pembanding
from lkj_xl.core.tables import (
    TABLES,
    capaian_program,
    capaian_tujuan_sasaran,
    efisiensi,
    grafik,
    layouts,
    pemeriksaan,
    realisasi_anggaran,
    ringkasan,
)

AGENCY = "Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Kabupaten Lumajang"


def find_row(lay: SheetLayout, col: int, value) -> int:
    rows = [r for r, row in enumerate(lay.rows) if col < len(row) and row[col] == value]
    assert len(rows) == 1, f"{value!r} found in rows {rows} of {lay.name}"
    return rows[0]


def props(lay: SheetLayout, row: int, col: int) -> dict:
    return merged_style(lay.styles_at(row, col))


def body(lay: SheetLayout) -> list[list]:
    """Rows from the one under the header to the last table row (before any blank row)."""
    out = []
    for row in lay.rows[lay.header_rows[1] + 1 :]:
        if not row:
            break
        out.append(row)
    return out


# --- the interface ----------------------------------------------------------------------------------


def test_tables_follow_the_contract_order_and_share_one_interface():
    assert [t.SHEET_NAME for t in TABLES] == [
        "Capaian Tujuan Sasaran",
        "Capaian Program",
        "Efisiensi",
        "Realisasi Anggaran",
        "Ringkasan",
        "Perbandingan Kinerja",
        "Analisis Capaian",
        "Grafik",
        "Pemeriksaan",
    ]
    assert tuple(t.SHEET_NAME for t in TABLES) == contract.OUTPUT_SHEETS
    # Without an analysis input (issue 11) the analysis sheets are not written: the sheets as before.
    lays = layouts(seed_like_report())
    assert [lay.name for lay in lays] == [
        n for n in contract.OUTPUT_SHEETS if n not in contract.ANALYSIS_SHEETS
    ]
    written = [t for t in TABLES if t.SHEET_NAME not in contract.ANALYSIS_SHEETS]
    assert [lay.title for lay in lays] == [t.TITLE for t in written]
    with_analysis = seed_like_report()
    with_analysis.analisis_inputs = True
    # no comparison figure in any row: no Perbandingan Kinerja (its every cell "-"); one figure writes it
    assert [lay.name for lay in layouts(with_analysis)] == [
        n for n in contract.OUTPUT_SHEETS if n != contract.SHEET_PERBANDINGAN
    ]
    with_analysis.indicators[0].pembanding = Pembanding(tahun_lalu=2.5)
    assert [lay.name for lay in layouts(with_analysis)] == list(contract.OUTPUT_SHEETS)
    assert capaian_tujuan_sasaran.TITLE == "Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran Strategis"
    assert efisiensi.TITLE == "Tabel 3.3 Efisiensi Penggunaan Sumber Daya"


# Analisis Capaian is running text, not a table: its print setup is tested in test_analisis_capaian.py.
@pytest.mark.parametrize(
    "table",
    [t for t in TABLES if t.SHEET_NAME != contract.SHEET_ANALISIS_CAPAIAN],
    ids=lambda t: t.SHEET_NAME,
)
def test_every_sheet_has_the_print_setup_of_an_agency_table(table):
    lay = table.layout(seed_like_report())
    setup = lay.print_setup
    assert setup.landscape and setup.paper == 9  # 9 = A4
    assert (setup.fit_width, setup.fit_height) == (1, 0)
    assert setup.footer == f"&L{AGENCY}&RHalaman &P dari &N"
    assert lay.protect is True
    if table is grafik:  # several tables, each with its chart: no one header to freeze or repeat
        assert lay.header_rows is None and lay.freeze is None and setup.repeat_rows is None
        return
    first, last = lay.header_rows
    assert lay.freeze == (last + 1, 0)
    assert all(props(lay, first, c).get("bold") for c in range(lay.n_cols))
    assert all("header" in lay.styles_at(r, c) for r in (first, last) for c in range(lay.n_cols))
    assert props(lay, last, 0)["bg_color"] == "#D9E1F2"
    if table is ringkasan:
        assert setup.repeat_rows is None  # the sentences below do not repeat the counts header
    else:
        assert setup.repeat_rows == (first, last)


def test_footer_escapes_an_ampersand_in_the_agency_name():
    rep = seed_like_report(perangkat_daerah="Dinas Koperasi & UKM")
    lay = realisasi_anggaran.layout(rep)
    assert lay.print_setup.footer == "&LDinas Koperasi && UKM Kabupaten Lumajang&RHalaman &P dari &N"


# --- Tabel 3.1 --------------------------------------------------------------------------------------


def test_tabel_3_1_title_names_agency_table_and_quarter():
    lay = capaian_tujuan_sasaran.layout(seed_like_report())
    assert lay.rows[0] == [
        "Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran Strategis s.d. Triwulan II Tahun 2025"
    ]
    assert lay.rows[1] == [AGENCY]
    assert lay.rows[lay.header_rows[0]][9] == "Realisasi s.d. TW II"
    assert lay.rows[lay.header_rows[1]][5:9] == ["TW I", "TW II", "TW III", "TW IV"]
    lay3 = capaian_tujuan_sasaran.layout(seed_like_report(triwulan=3, tahun=2026))
    assert lay3.rows[0][0].endswith("s.d. Triwulan III Tahun 2026")
    assert lay3.rows[lay3.header_rows[0]][9] == "Realisasi s.d. TW III"


def test_tabel_3_1_row_of_the_cooperative_indicator():
    lay = capaian_tujuan_sasaran.layout(seed_like_report())
    r = find_row(lay, 2, KOPERASI_TAAT)
    row = lay.rows[r]
    assert row[:5] == [2, "Meningkatnya kualitas Koperasi", KOPERASI_TAAT, "%", 40.71]
    # TW I 25 + TW II 4 = 29 (seed Tabel 3.1); later quarters empty.
    assert row[5:10] == [25, 4, "-", "-", 29]
    # capaian = 29 / 40,71 x 100 = 71,2356 (the seed prints 71); shown with two decimals: 71,24.
    assert row[10] == pytest.approx(71.2356, abs=1e-4)
    assert props(lay, r, 10)["num_format"] == "[$-421]#,##0.00"
    assert row[11] == "Sedang"
    # One indicator's figures share one format (issue 8): the target 40,71 has decimals, so the whole
    # realisations 25, 4 and 29 are shown 25,00, 4,00, 29,00 beside it.
    assert props(lay, r, 4)["num_format"] == "[$-421]#,##0.00"
    assert props(lay, r, 5)["num_format"] == "[$-421]#,##0.00"
    assert props(lay, r, 9)["num_format"] == "[$-421]#,##0.00"


def test_tabel_3_1_status_text_goes_to_the_realisation_cell():
    lay = capaian_tujuan_sasaran.layout(seed_like_report())
    row = lay.rows[find_row(lay, 2, NILAI_PDRB_INDUSTRI)]
    assert row[9] == "Menunggu data BPS"
    assert row[10] == "Belum diketahui"
    assert row[11] == "-"
    row = lay.rows[find_row(lay, 2, "Prosentase Pertumbuhan Nilai Produksi Industri")]
    assert row[9:11] == ["direkap diakhir periode", "Belum diketahui"]


def test_tabel_3_1_lists_tujuan_then_sasaran_each_numbered_from_one():
    lay = capaian_tujuan_sasaran.layout(seed_like_report())
    labels = [(row[0], row[1] if len(row) > 1 else None) for row in body(lay)]
    assert labels == [
        ("Tujuan", None),
        (1, "Terciptanya Ekonomi Wilayah yang Bertumpu pada Sektor Pertanian dan Industri"),
        (2, "Meningkatnya investasi inklusif"),
        ("Sasaran Strategis", None),
        (1, "Meningkatnya pertumbuhan sektor industri"),
        (2, "Meningkatnya kualitas Koperasi"),
        (3, "Meningkatnya Nilai PDRB sektor Perdagangan"),
    ]
    r = find_row(lay, 0, "Sasaran Strategis")
    assert props(lay, r, 0)["bold"] is True


def test_tabel_3_1_quarters_after_the_reported_one_are_grey_and_italic():
    lay = capaian_tujuan_sasaran.layout(seed_like_report())
    r = find_row(lay, 2, PDRB_PERDAGANGAN)
    assert lay.rows[r][8] == 3969.54  # the seed's TW IV value in a TW II report, still shown
    assert props(lay, r, 8)["italic"] is True and props(lay, r, 8)["font_color"] == "#808080"
    assert props(lay, r, 7)["italic"] is True  # TW III
    assert "italic" not in props(lay, r, 6)  # TW II is reported
    lay4 = capaian_tujuan_sasaran.layout(seed_like_report(triwulan=4))
    r4 = find_row(lay4, 2, PDRB_PERDAGANGAN)
    assert all("italic" not in props(lay4, r4, c) for c in range(5, 9))


def test_tabel_3_1_node_with_two_indicators_merges_its_text():
    a = indicator("Indikator A", target=10, tw=(5, None, None, None), realisasi=5, capaian=50.0)
    b = indicator("Indikator B", target=4, tw=(4, None, None, None), realisasi=4, capaian=100.0)
    rep = report([node("T1", "Tujuan", "Tujuan dengan dua indikator", [a, b])])
    lay = capaian_tujuan_sasaran.layout(rep)
    r = find_row(lay, 2, "Indikator A")
    assert lay.rows[r + 1][:3] == [None, None, "Indikator B"]
    merged = {(m.first_row, m.first_col, m.last_row, m.last_col) for m in lay.merges}
    assert {(r, 0, r + 1, 0), (r, 1, r + 1, 1)} <= merged


# --- Tabel 3.2 --------------------------------------------------------------------------------------


def test_tabel_3_2_lists_the_whole_hierarchy_depth_first():
    lay = capaian_program.layout(seed_like_report())
    assert [row[1] for row in body(lay)] == [
        "Tujuan 1: Terciptanya Ekonomi Wilayah yang Bertumpu pada Sektor Pertanian dan Industri",
        "Sasaran 1: Meningkatnya pertumbuhan sektor industri",
        "Program: PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
        "Kegiatan: Penyusunan dan Evaluasi Rencana Pembangunan Industri Kabupaten/Kota",
        "Program: PROGRAM PENGENDALIAN IZIN USAHA INDUSTRI",
        "Tujuan 2: Meningkatnya investasi inklusif",
        "Sasaran 2: Meningkatnya kualitas Koperasi",
        "Program: PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI",
        None,  # the program's second indicator: its text is merged from the row above
        "Program: @SUM(A1) uraian",
        "Sasaran 3: Meningkatnya Nilai PDRB sektor Perdagangan",
    ]
    assert [row[0] for row in body(lay)][:6] == [1, None, None, None, None, 2]


def test_tabel_3_2_depth_gives_indent_and_tujuan_sasaran_are_bold():
    lay = capaian_program.layout(seed_like_report())
    tujuan = find_row(lay, 2, "Nilai Investasi")
    sasaran = find_row(lay, 2, KOPERASI_TAAT)
    program = find_row(lay, 2, "Nilai produksi industri")
    kegiatan = find_row(lay, 2, "Jumlah industri dalam rencana pembangunan kabupaten yang difasilitasi")
    assert props(lay, tujuan, 1).get("indent") is None and props(lay, tujuan, 1)["bold"] is True
    assert props(lay, tujuan, 4)["bold"] is True  # the whole Tujuan row
    assert props(lay, sasaran, 1)["indent"] == 1 and props(lay, sasaran, 1)["bold"] is True
    assert props(lay, program, 1)["indent"] == 2 and "bold" not in props(lay, program, 1)
    assert props(lay, kegiatan, 1)["indent"] == 3 and "bold" not in props(lay, kegiatan, 1)


def test_tabel_3_2_indicator_values_and_unknown_capaian():
    lay = capaian_program.layout(seed_like_report())
    row = lay.rows[find_row(lay, 2, "Nilai produksi industri")]
    # 483.624.842.126 / 1.491.388.500.000 x 100 = 32,427 (seed Tabel 3.2 prints 32%)
    assert row[3:8] == ["Rupiah", 1491388500000, 483624842126, pytest.approx(32.427), "Sangat Rendah"]
    row = lay.rows[find_row(lay, 2, PDRB_PERDAGANGAN)]
    assert row[5:8] == ["Menunggu data BPS", "Belum diketahui", "-"]
    r = find_row(lay, 2, "Persentase koperasi sehat dan cukup sehat")
    merged = {(m.first_row, m.first_col, m.last_row, m.last_col) for m in lay.merges}
    assert (r - 1, 1, r, 1) in merged


def test_tabel_3_2_long_merged_text_gets_row_heights():
    long_text = "Meningkatnya " + "kualitas layanan koperasi dan usaha mikro " * 6
    inds = [indicator(f"I{i}", target=1, realisasi=1, capaian=100.0) for i in range(2)]
    lay = capaian_program.layout(report([node("T", "Tujuan", long_text, inds)]))
    r = find_row(lay, 2, "I0")
    # ~270 characters in a 46-wide column need well over the 2 default lines of the two rows.
    heights = [lay.row_heights.get(r, 15.0), lay.row_heights.get(r + 1, 15.0)]
    assert sum(heights) >= 6 * 15.0
    assert r + 2 not in lay.row_heights or lay.rows[r + 2] == []


# --- Tabel 3.3 --------------------------------------------------------------------------------------


def test_tabel_3_3_efficiency_and_its_label():
    lay = efisiensi.layout(seed_like_report())
    r = find_row(lay, 2, "Nilai Investasi")
    row = lay.rows[r]
    # 15,1167 - 25,3856 = -10,2689 points (the seed prints (10)): not efficient.
    assert row[7] == pytest.approx(-10.2689)
    assert row[8] == "Tidak efisien"
    assert props(lay, r, 7)["num_format"] == "[$-421]#,##0.00;(#,##0.00)"
    assert props(lay, r, 4)["num_format"] == "[$-421]#,##0"
    assert row[:7] == [
        2,
        "Meningkatnya investasi inklusif",
        "Nilai Investasi",
        15.1167,
        27805047633,
        6835975140,
        25.3856,
    ]
    row = lay.rows[find_row(lay, 2, KOPERASI_TAAT)]
    assert row[7:] == [pytest.approx(35.3791), "Efisien"]
    row = lay.rows[find_row(lay, 2, NILAI_PDRB_INDUSTRI)]
    assert row[3] == "Menunggu data BPS"  # status kept where the capaian would be
    assert row[7:] == ["Belum diketahui", "Belum diketahui"]


def test_tabel_3_3_zero_points_is_efficient_and_sasaran_is_indented():
    rows = [
        efisiensi_row(
            "Tujuan", "T", "iT", capaian=40.0, pagu=100, realisasi_anggaran=40, penyerapan=40.0, efisiensi=0.0
        ),
        efisiensi_row("Sasaran", "S", "iS", capaian=None, depth=1),
    ]
    lay = efisiensi.layout(report(efisiensi=rows))
    t = find_row(lay, 2, "iT")
    s = find_row(lay, 2, "iS")
    assert lay.rows[t][8] == "Efisien"
    assert lay.rows[s][3] == "Belum diketahui" and lay.rows[s][4:7] == ["-", "-", "-"]
    assert props(lay, s, 1)["indent"] == 1
    assert props(lay, t, 1)["bold"] is True
    assert lay.rows[t][0] == 1 and lay.rows[s][0] is None


# --- Tabel 3.4 --------------------------------------------------------------------------------------


def test_tabel_3_4_rows_and_total():
    lay = realisasi_anggaran.layout(seed_like_report())
    assert lay.rows[lay.header_rows[0]] == [
        "No",
        "Kode",
        "Program",
        "Pagu (Rp)",
        "Realisasi (Rp)",
        "Persentase (%)",
    ]
    rows = body(lay)
    assert rows[0] == [
        1,
        "1.01",
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        12076486014,
        5059823310,
        41.8981,
    ]
    assert rows[2] == [3, "2.02", "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI", 54888000, "-", "-"]
    assert rows[3] == ["TOTAL", None, None, 12172374014, 5067823310, 41.6335]
    r = find_row(lay, 0, "TOTAL")
    assert any((m.first_row, m.first_col, m.last_row, m.last_col) == (r, 0, r, 2) for m in lay.merges)
    assert props(lay, r, 3)["bold"] is True and props(lay, r, 3)["num_format"] == "[$-421]#,##0"
    assert props(lay, r, 5)["num_format"] == "[$-421]#,##0.00"


# --- Ringkasan and Pemeriksaan ------------------------------------------------------------------------


def test_ringkasan_counts_per_level_and_kriteria_then_sentences():
    lay = ringkasan.layout(seed_like_report())
    first, last = lay.header_rows
    assert lay.rows[last][3:] == ["≥ 100%", "Di bawah 100%", "Belum diketahui", "Galat", *contract.KRITERIA]
    # Galat (unreadable input cells, issue 8) has its own column: none in this report.
    assert body(lay) == [
        [1, "Sasaran", 3, 0, 1, 2, 0, 0, 0, 1, 0, 0],
        [2, "Program", 4, 2, 2, 0, 0, 2, 0, 0, 0, 2],
    ]
    assert props(lay, last, 7)["bg_color"] == "#006100"  # Sangat Tinggi header cell
    s = find_row(lay, 1, "Tidak ada indikator kinerja sasaran dengan capaian ≥ 100%.")
    assert lay.rows[s - 1] == ["Sasaran"]
    assert lay.rows[s][0] == "1." and lay.rows[s + 1][0] == "2."
    assert lay.rows[s + 1][1].endswith("yaitu " + KOPERASI_TAAT + " (capaian 71,24%).")
    assert props(lay, s, 1)["text_wrap"] is True


def test_pemeriksaan_lists_findings_with_coloured_severity():
    lay = pemeriksaan.layout(seed_like_report())
    assert body(lay) == [
        [1, "Galat", "Kinerja", "I9", "Target tidak dapat dibaca: '1.282,684,40 juta'"],
        [2, "Peringatan", "Kinerja", "N12", "Realisasi TW IV diisi pada laporan TW II"],
    ]
    rules = {(c.equals, c.style, c.first_col) for c in lay.conditionals}
    assert rules == {("Galat", "galat", 1), ("Peringatan", "peringatan", 1)}
    assert lay.rows[2] == ["1 galat, 1 peringatan"]


def test_pemeriksaan_without_findings():
    lay = pemeriksaan.layout(report())
    assert body(lay) == [["Tidak ada temuan."]]
    assert lay.rows[2] == ["0 galat, 0 peringatan"]


# --- texts, colours, signature ------------------------------------------------------------------------


def test_formula_like_texts_stay_text():
    rep = seed_like_report()
    rep.findings.append(Finding("galat", "Kinerja", "D4", "=1+1"))
    lays = {lay.name: lay for lay in layouts(rep)}
    program = lays["Capaian Program"]
    r = find_row(program, 2, INJECTION)
    assert program.rows[r][1] == "Program: @SUM(A1) uraian"
    assert program.rows[r][3] == "+62 812" and type(program.rows[r][3]) is str
    pemeriksaan = lays["Pemeriksaan"]
    assert pemeriksaan.signature_rows is None  # a working sheet, never signed
    assert [row[4] for row in pemeriksaan.rows if len(row) > 4 and row[3] == "D4"] == ["=1+1"]


def test_kriteria_cells_are_coloured_by_band():
    lay = capaian_tujuan_sasaran.layout(seed_like_report())
    first = lay.header_rows[1] + 1
    rules = {c.equals: (c.style, c.first_row, c.first_col, c.last_col) for c in lay.conditionals}
    assert set(rules) == {"Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"}
    assert all(v[1] == first and v[2] == v[3] == 11 for v in rules.values())
    fills = {k: merged_style([v[0]])["bg_color"] for k, v in rules.items()}
    assert fills == {
        "Sangat Tinggi": "#006100",
        "Tinggi": "#92D050",
        "Sedang": "#FFEB3B",
        "Rendah": "#FFA500",
        "Sangat Rendah": "#C00000",
    }
    # readable: white on the dark bands
    assert merged_style([rules["Sangat Tinggi"][0]])["font_color"] == "#FFFFFF"
    assert merged_style([rules["Sangat Rendah"][0]])["font_color"] == "#FFFFFF"


def test_signature_block_under_every_table_only_with_a_name():
    # Under every table, so that a PDF of any selection of sheets ends with the signature block; always
    # across the table's last three columns. Not under the working sheet Pemeriksaan.
    lays = {lay.name: lay for lay in layouts(seed_like_report())}
    signed = (
        ("Capaian Tujuan Sasaran", 9),  # 12 columns
        ("Capaian Program", 5),  # 8 columns
        ("Efisiensi", 6),  # 9 columns
        ("Realisasi Anggaran", 3),  # 6 columns
        ("Ringkasan", 9),  # 12 columns
    )
    assert lays["Pemeriksaan"].signature_rows is None
    for name, col in signed:
        lay = lays[name]
        first, last = lay.signature_rows
        texts = [lay.rows[r][col] for r in range(first, last + 1)]
        assert texts == [
            "Lumajang, 4 Juli 2025",
            "Kepala Dinas Koperasi, UKM, Perindustrian, dan Perdagangan",
            "",
            "",
            "",
            "MUHAMMAD RIDHA, S.Sos., M.Si.",
            "NIP. 19731118 199303 1 002",
        ]
        assert all(v is None for v in lay.rows[first][:col])  # right side
        name_props = props(lay, last - 1, col)
        assert name_props["bold"] is True and name_props["underline"] == 1
        assert last == lay.n_rows - 1
    unsigned = layouts(seed_like_report(nama_kepala=""))
    assert all(lay.signature_rows is None for lay in unsigned)


def test_percent_decimals_follow_the_setting():
    for desimal, expected in ((0, "[$-421]#,##0"), (3, "[$-421]#,##0.000")):
        lay = capaian_tujuan_sasaran.layout(seed_like_report(desimal=desimal))
        r = find_row(lay, 2, KOPERASI_TAAT)
        assert props(lay, r, 10)["num_format"] == expected


def test_missing_year_and_empty_report():
    rep = report(settings_=settings(tahun=None, triwulan=1))
    lays = layouts(rep)
    assert lays[0].rows[0] == ["Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran Strategis s.d. Triwulan I"]
    assert all(lay.n_rows > 3 for lay in lays)


# --- bulk formatting: blocks do not grow with rows --------------------------------------------------------


def test_same_style_rows_share_one_block():
    b = SheetBuilder("x", "x", [10, 10])
    for _ in range(5):
        r = b.add_row(["a", 1])
        b.style(r, 1, r, 1, "integer", 1)
    b.add_row([])
    r = b.add_row(["b", 2])
    b.style(r, 1, r, 1, "integer", 1)
    blocks = [(x.first_row, x.last_row, x.style) for x in b.build(footer="", freeze=None).blocks]
    assert blocks == [(0, 4, "integer"), (6, 6, "integer")]


def counts(lay: SheetLayout) -> tuple[int, int, int]:
    return len(lay.blocks), len(lay.merges), len(lay.conditionals)


def test_style_blocks_do_not_grow_with_indicators_at_the_same_shape():
    # Tujuan -> Sasaran -> Program -> n Kegiatan, 3 + n indicators: 10 versus 1000.
    small, large = chain_report(7), chain_report(997)
    assert len(small.indicators) == 10 and len(large.indicators) == 1000
    for s, g in zip(layouts(small), layouts(large)):
        assert counts(s) == counts(g), s.name
        assert len(g.rows) >= len(s.rows)
    # The same nodes with more indicators each (1 + 7 + ... vs 1 + 997): blocks and merges constant.
    few, many = chain_report(1, 7), chain_report(1, 997)
    for s, g in zip(layouts(few), layouts(many)):
        assert counts(s) == counts(g), s.name


def test_style_blocks_grow_at_most_per_node_run_when_depth_alternates():
    # Tujuan -> Sasaran -> n x (Program -> 2 Kegiatan): the indent changes twice per Program.
    # The justified per-row formatting: one indent block per run of same-depth nodes (here 2 per
    # Program, i.e. per 3 indicator rows); number formats and kriteria colours stay one block/rule.
    small, large = repeated_report(3), repeated_report(333)
    assert len(large.indicators) == 2 + 333 * 3
    s = capaian_program.layout(small)
    g = capaian_program.layout(large)
    assert len(g.blocks) - len(s.blocks) <= 2 * (333 - 3)
    assert len(g.conditionals) == len(s.conditionals) == 5
    assert len(g.merges) == len(s.merges)  # one indicator per node: nothing merged in the body
