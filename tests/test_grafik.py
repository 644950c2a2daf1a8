"""The Grafik sheet (issue 11): chart descriptions from a hand-built report, the charts as xlsxwriter
writes them (chart XML reopened), and the charts through the graft: three in-place builds, the sheet
taken out again when the analysis inputs go, a LibreOffice resave, a picture the user added.

Every number is typed here from the hand-built report (no engine involved)."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest
import xlsxwriter
from corpus import workbooks as W
from lxml import etree
from report_factory import budget, indicator, node, report, summary
from test_package import assert_package_consistent, rels_of, sheets

from lkj_xl.core import contract as C
from lkj_xl.core.model import Report
from lkj_xl.core.tables import grafik, layouts, sheet_names
from lkj_xl.xlsx.package import graft
from lkj_xl.xlsx.render import render_workbook
from tests.common import EXAMPLE

PLAIN_OUTPUTS = C.written_sheets(False)  # the sheets a build without analysis inputs writes

NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
RED, YELLOW, DARK_GREEN = "#C00000", "#FFEB3B", "#006100"  # kriteria fills (core/styles.py)


def hand_report(*, trend: bool = True) -> Report:
    """Tujuan T1 (one indicator), Sasaran S1 (two: one measured, one waiting for BPS), Sasaran S2 (a
    galat), three programs of which one has an unreadable budget cell."""
    investasi = indicator("Nilai Investasi", target=200, realisasi=30, capaian=15.0, kriteria="Sangat Rendah")
    koperasi = indicator("Koperasi taat", target=40, realisasi=30, capaian=75.5, kriteria="Sedang")
    bps = indicator("Nilai PDRB", target=10, status="Menunggu data BPS")
    rusak = indicator("Usaha naik kelas", target=10, status="Galat (Kinerja!K9)")
    rusak.galat = ["Kinerja!K9"]
    if trend:
        # earlier years of T1: 2023 = 10, 2024 = 20, last year's same period 12, this period 30
        investasi.realisasi_tahun = {2023: 10.0, 2024: 20.0}
        investasi.pembanding.tahun_lalu = 12.0
    roots = [
        node(
            "T1",
            "Tujuan",
            "Investasi",
            [investasi],
            [node("S1", "Sasaran", "Koperasi", [koperasi, bps]), node("S2", "Sasaran", "UMKM", [rusak])],
        )
    ]
    galat_budget = budget("P3", "PROGRAM RUSAK", 100, None, None)
    galat_budget.galat = ["Anggaran!H5"]
    rep = report(
        roots,
        budgets=[
            budget("P1", "PROGRAM SATU", 1000, 250, 25.0),  # 250 / 1.000 x 100
            budget("P2", "PROGRAM DUA", 400, 300, 75.0),  # 300 / 400 x 100
            galat_budget,
        ],
        ringkasan=[
            summary("Tujuan", per_kriteria={"Sangat Rendah": 1}),
            summary("Sasaran", per_kriteria={"Sedang": 1}),
            summary("Program", per_kriteria={"Sangat Tinggi": 2, "Rendah": 1}),
            summary("Kegiatan", per_kriteria={"Tinggi": 4}),  # not a level chart 2 counts
        ],
    )
    rep.analisis_inputs = True
    return rep


def cells(lay, rng) -> list:
    return [
        lay.value(r, c)
        for r in range(rng.first_row, rng.last_row + 1)
        for c in range(rng.first_col, rng.last_col + 1)
    ]


def charts_by_title(lay) -> dict:
    return {spec.title: spec for spec in lay.charts}


# --- the chart descriptions ----------------------------------------------------------------------------


def test_capaian_chart_draws_the_measured_indicators_in_their_kriteria_colours_against_100():
    lay = grafik.layout(hand_report())
    spec = charts_by_title(lay)["Capaian Indikator Tujuan dan Sasaran (%)"]
    assert spec.kind == "column"
    # S1 has two indicators: numbered; only T1 and the measured one of S1 are drawn
    assert cells(lay, spec.categories) == ["T1", "S1 (1)"]
    capaian, line = spec.series
    assert cells(lay, capaian.values) == [15.0, 75.5]
    assert capaian.point_colours == (RED, YELLOW)  # Sangat Rendah, Sedang
    assert line.kind == "line" and line.dashed and cells(lay, line.values) == [100, 100]
    assert spec.y_min == 0
    # the indicators without a capaian are listed with the reason, never drawn as 0
    flat = [row for row in lay.rows if len(row) > 1 and row[1] in ("S1 (2)", "S2")]
    assert [(row[1], row[3]) for row in flat] == [
        ("S1 (2)", "Belum diketahui: Menunggu data BPS"),
        ("S2", "Galat (Kinerja!K9)"),
    ]


def test_kriteria_chart_counts_indicators_per_level_in_the_kriteria_colours():
    lay = grafik.layout(hand_report())
    spec = charts_by_title(lay)["Jumlah Indikator per Kriteria dan Tingkat"]
    assert cells(lay, spec.categories) == ["Tujuan", "Sasaran", "Program"]  # no Kegiatan
    assert [s.name for s in spec.series] == list(C.KRITERIA)
    assert [s.colour for s in spec.series] == [DARK_GREEN, "#92D050", YELLOW, "#FFA500", RED]
    by_name = {s.name: cells(lay, s.values) for s in spec.series}
    assert by_name == {
        "Sangat Tinggi": [0, 0, 2],
        "Tinggi": [0, 0, 0],
        "Sedang": [0, 1, 0],
        "Rendah": [0, 0, 1],
        "Sangat Rendah": [1, 0, 0],
    }


def test_penyerapan_chart_leaves_out_a_program_with_an_unreadable_budget_cell():
    lay = grafik.layout(hand_report())
    spec = charts_by_title(lay)["Penyerapan Anggaran per Program (%)"]
    assert cells(lay, spec.categories) == ["P1", "P2"]
    assert cells(lay, spec.series[0].values) == [25.0, 75.0]
    listed = [row for row in lay.rows if len(row) > 1 and row[1] == "P3"]
    assert listed == [[1, "P3", "PROGRAM RUSAK", "Galat (Anggaran!H5)"]]


def test_trend_chart_of_an_indicator_with_earlier_years():
    lay = grafik.layout(hand_report())
    trends = [spec for spec in lay.charts if spec.kind == "line"]
    assert [spec.title for spec in trends] == ["Tren T1: Nilai Investasi"]
    (spec,) = trends
    # periods: the years given, last year's same period, this period (Triwulan II 2025)
    assert cells(lay, spec.categories) == ["2023", "2024", "s.d. TW II 2024", "s.d. TW II 2025"]
    assert cells(lay, spec.series[0].values) == [10.0, 20.0, 12.0, 30.0]


def test_no_trend_without_earlier_years():
    lay = grafik.layout(hand_report(trend=False))
    assert [spec for spec in lay.charts if spec.kind == "line"] == []
    assert any(row and "tren tidak digambar" in str(row[0]) for row in lay.rows)


def test_every_chart_stays_on_one_printed_page():
    lay = grafik.layout(hand_report())
    breaks = lay.print_setup.page_breaks
    assert list(breaks) == sorted(set(breaks))
    for spec in lay.charts:
        first, last = spec.anchor[0], spec.anchor[0] + spec.rows - 1
        assert not [b for b in breaks if first < b <= last], spec.title
        # the rows under a chart are reserved for it: nothing written there
        assert all(not lay.rows[r] for r in range(first, last + 1))


def test_grafik_written_only_with_analysis_inputs():
    rep = hand_report()
    assert C.SHEET_GRAFIK in sheet_names(rep)
    rep.analisis_inputs = False
    assert sheet_names(rep) == list(PLAIN_OUTPUTS)
    assert [lay.name for lay in layouts(rep)] == list(PLAIN_OUTPUTS)


# --- the file xlsxwriter writes ------------------------------------------------------------------------


def chart_parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: etree.fromstring(zf.read(n)) for n in zf.namelist() if n.startswith("xl/charts/chart")}


def describe(chart: etree._Element) -> list[tuple[str, str, str]]:
    """(chart type, categories formula, values formula) of every series."""
    out = []
    for plot in chart.iter(f"{{{NS_C}}}barChart", f"{{{NS_C}}}lineChart"):
        kind = etree.QName(plot).localname
        for ser in plot.iter(f"{{{NS_C}}}ser"):
            cat = ser.find(f"{{{NS_C}}}cat").find(f".//{{{NS_C}}}f").text
            val = ser.find(f"{{{NS_C}}}val").find(f".//{{{NS_C}}}f").text
            out.append((kind, cat, val))
    return out


def test_written_charts_read_the_grafik_tables():
    data = render_workbook([grafik.layout(hand_report())])
    parts = chart_parts(data)
    assert len(parts) == 4  # capaian, kriteria, penyerapan, one trend
    series = sorted(s for chart in parts.values() for s in describe(chart))
    lay = grafik.layout(hand_report())
    cap = charts_by_title(lay)["Capaian Indikator Tujuan dan Sasaran (%)"]
    row = cap.categories.first_row + 1  # Excel rows are 1-based
    # the capaian columns (E) over Kode (B), the 100 % line (G) as a line series
    assert ("barChart", f"Grafik!$B${row}:$B${row + 1}", f"Grafik!$E${row}:$E${row + 1}") in series
    assert ("lineChart", f"Grafik!$B${row}:$B${row + 1}", f"Grafik!$G${row}:$G${row + 1}") in series
    assert sum(1 for s in series if s[0] == "lineChart") == 2  # the 100 % line and the trend
    colours = [
        el.get("val")
        for chart in parts.values()
        for dpt in chart.iter(f"{{{NS_C}}}dPt")
        for el in dpt.iter(f"{{{NS_A}}}srgbClr")
    ]
    assert colours == ["C00000", "FFEB3B"]
    # openpyxl reopens it, values as the layout has them
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb["Grafik"][f"E{row}"].value == 15.0


# --- through the graft -----------------------------------------------------------------------------------


def build(data: bytes, rep: Report):
    rendered = render_workbook(layouts(rep))
    names = sheet_names(rep)
    return graft(data, rendered, names, drop=[n for n in C.OUTPUT_SHEETS if n not in names])


def chart_members(data: bytes) -> list[str]:
    return sorted(n for n in W.members(data) if n.startswith(("xl/charts/", "xl/drawings/")))


def closure(mem: dict[str, bytes], start: list[str]) -> set[str]:
    """The parts reachable from ``start`` through their relationships (``start`` included)."""
    seen: set[str] = set()
    todo = list(start)
    while todo:
        p = todo.pop()
        if p not in seen:
            seen.add(p)
            todo += [r["part"] for r in rels_of(mem, p) if "part" in r]
    return seen


def grafik_closure(mem: dict[str, bytes]) -> set[str]:
    return closure(mem, [next(s["part"] for s in sheets(mem) if s["name"] == C.SHEET_GRAFIK)])


def test_three_builds_with_charts_keep_every_other_part_and_leave_no_orphan():
    original = EXAMPLE.read_bytes()
    results = [original]
    for _ in range(3):
        out = build(results[-1], hand_report())
        assert out.discarded == ()  # the tool's own charts are not the user's additions
        results.append(out.data)
    first, third = W.members(results[1]), W.members(results[3])
    for name, data in W.members(original).items():
        if name not in {
            "[Content_Types].xml",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml",
        }:
            assert first[name] == data and third[name] == data, name
    for data in results[1:]:
        assert_package_consistent(data)
        mem = W.members(data)
        # exactly the tool's chart parts, once, all reachable from the Grafik sheet
        charts = [n for n in mem if n.startswith("xl/charts/chart")]
        assert len(charts) == 4
        closure = grafik_closure(mem)
        assert set(charts) <= closure
        assert [n for n in mem if n.startswith("xl/drawings/drawing")] == [
            n for n in closure if n.startswith("xl/drawings/drawing")
        ]
        ct = mem["[Content_Types].xml"].decode()
        assert ct.count("drawingml.chart+xml") == 4 and ct.count("drawing+xml") == 1
    assert chart_members(results[1]) == chart_members(results[3])
    wb = openpyxl.load_workbook(io.BytesIO(results[3]))
    assert len(wb[C.SHEET_GRAFIK]._charts) == 4


def test_rebuilt_without_analysis_inputs_the_grafik_sheet_and_its_charts_go():
    with_charts = build(EXAMPLE.read_bytes(), hand_report()).data
    plain = hand_report()
    plain.analisis_inputs = False
    out = build(with_charts, plain)
    assert out.discarded == ()
    mem = W.members(out.data)
    assert [s["name"] for s in sheets(mem)][-len(PLAIN_OUTPUTS) :] == list(PLAIN_OUTPUTS)
    assert C.SHEET_GRAFIK not in [s["name"] for s in sheets(mem)]
    assert chart_members(out.data) == []
    assert b"chart" not in mem["[Content_Types].xml"] and b"drawing+xml" not in mem["[Content_Types].xml"]
    assert_package_consistent(out.data)
    # the owner names still sit on the sheets they mark (positions renumbered)
    wb_xml = etree.fromstring(mem["xl/workbook.xml"])
    names = [s["name"] for s in sheets(mem)]
    main = wb_xml.nsmap[None]
    owned = sorted(
        names[int(dn.get("localSheetId"))]
        for dn in wb_xml.iter(f"{{{main}}}definedName")
        if dn.get("name") == "lkj_xl_keluaran"
    )
    assert owned == sorted(PLAIN_OUTPUTS)
    # ... and building with the inputs again brings the sheet back with its charts
    again = build(out.data, hand_report()).data
    assert len([n for n in W.members(again) if n.startswith("xl/charts/chart")]) == 4
    assert_package_consistent(again)


def users_grafik(picture: bool) -> bytes:
    """A workbook whose Grafik sheet a previous build wrote (title in A1), holding one of the tool's
    charts and, with ``picture``, a picture the user added."""
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    wb.add_worksheet("Kinerja").write("A1", "Kode")
    ws = wb.add_worksheet(C.SHEET_GRAFIK)
    ws.write("A1", "Grafik Capaian Kinerja s.d. Triwulan I Tahun 2025")
    # the tool writes its data table's texts with a format of its own (bordered, centred), never plain,
    # so a rebuild does not take them for notes typed by staff (core/catatan_terhapus.typed_note)
    ws.write_column("B5", ["T1", "S1"], wb.add_format({"border": 1, "align": "center"}))
    ws.write_column("E5", [15.0, 75.5])
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"categories": "=Grafik!$B$5:$B$6", "values": "=Grafik!$E$5:$E$6"})
    chart.set_title({"name": "Capaian Indikator Tujuan dan Sasaran (%)"})
    ws.insert_chart("A10", chart)  # no alternative text: as LibreOffice saves the tool's charts
    if picture:
        ws.insert_image("J2", "logo.png", {"image_data": io.BytesIO(W.LOGO)})
    wb.close()
    return buf.getvalue()


@pytest.mark.parametrize("analysis", [True, False], ids=["replaced", "removed"])
def test_a_picture_the_user_added_to_grafik_is_reported_the_tools_chart_is_not(analysis):
    rep = hand_report()
    rep.analisis_inputs = analysis
    out = build(users_grafik(picture=True), rep)
    assert [(d.sheet, d.items) for d in out.discarded] == [(C.SHEET_GRAFIK, (("picture", 1),))]
    assert not [n for n in W.members(out.data) if n.startswith("xl/media/")]
    assert_package_consistent(out.data)
    assert build(users_grafik(picture=False), rep).discarded == ()


@pytest.mark.slow
def test_libreoffice_resave_keeps_the_charts_and_the_next_build_works(tmp_path):
    if W.SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    built = tmp_path / "laporan.xlsx"
    built.write_bytes(build(EXAMPLE.read_bytes(), hand_report()).data)
    W.soffice_convert([built], "xlsx", tmp_path / "lo", tmp_path / "profile")
    saved = (tmp_path / "lo" / "laporan.xlsx").read_bytes()
    mem = W.members(saved)
    assert len([n for n in grafik_closure(mem) if n.startswith("xl/charts/chart")]) == 4
    out = build(saved, hand_report())
    assert out.discarded == ()  # LibreOffice drops the charts' alternative text; the titles tell
    assert_package_consistent(out.data)
    mem = W.members(out.data)
    charts = [n for n in mem if n.startswith("xl/charts/chart")]
    assert len(charts) == 4 and set(charts) <= grafik_closure(mem)
    assert not [n for n in mem if n.startswith("xl/drawings/drawing") and n not in reachable_parts(mem)]
    wb = openpyxl.load_workbook(io.BytesIO(out.data))
    assert len(wb[C.SHEET_GRAFIK]._charts) == 4


def reachable_parts(mem: dict[str, bytes]) -> set[str]:
    return closure(mem, [r["part"] for r in rels_of(mem, "") if "part" in r])


def test_no_part_is_left_unreachable_after_builds():
    data = EXAMPLE.read_bytes()
    for analysis in (True, True, False, True):
        rep = hand_report()
        rep.analisis_inputs = analysis
        data = build(data, rep).data
        mem = W.members(data)
        parts = {n for n in mem if not n.endswith(".rels") and n != "[Content_Types].xml"}
        assert parts <= reachable_parts(mem), parts - reachable_parts(mem)


# --- printed --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_pdf_prints_the_grafik_sheet_with_its_charts(tmp_path):
    """`lkj-xl pdf --sheet Grafik` of the example (it has analysis inputs): the charts are drawn on
    their pages, whole (each chart's title and its axis labels on one page)."""
    import shutil
    import subprocess
    import sys

    image = pytest.importorskip("PIL.Image")  # Pillow comes with matplotlib (the laporan extra)

    if W.SOFFICE is None or shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice or poppler is not installed")
    pdf = tmp_path / "grafik.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "lkj_xl", "pdf", str(EXAMPLE), "-o", str(pdf), "--sheet", "Grafik"],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    count = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                ["pdfinfo", str(pdf)], capture_output=True, text=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    pages, blue = [], []
    for n in range(1, count + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
        ).stdout
        pages.append(" ".join(text.split()))
        subprocess.run(
            ["pdftoppm", "-r", "40", "-f", str(n), "-l", str(n), "-png", str(pdf), str(tmp_path / f"p{n}")]
        )
        (png,) = list(tmp_path.glob(f"p{n}*.png"))
        colours = image.open(png).convert("RGB").getcolors(maxcolors=1 << 24)
        # pixels of the penyerapan bars' colour (#2F5597), which only that chart uses
        blue.append(
            sum(n for n, (r, g, b) in colours if abs(r - 47) < 24 and abs(g - 85) < 24 and abs(b - 151) < 24)
        )
    # the penyerapan chart is drawn whole on one page: its bars there, not a sliver anywhere else
    drawn = [n for n, pixels in enumerate(blue) if pixels]
    assert len(drawn) == 1 and blue[drawn[0]] > 200, blue
    assert "Penyerapan Anggaran per Program (%)" in pages[drawn[0]] and "P1.03" in pages[drawn[0]]
    cap = next(i for i, p in enumerate(pages) if "Capaian Indikator Tujuan dan Sasaran (%)" in p)
    assert "T2" in pages[cap] and "S2" in pages[cap]  # the example's two measured indicators
    assert any("Tren T1: Nilai PDRB sektor Industri" in p for p in pages)


def test_built_workbook_loses_the_grafik_charts_when_its_analysis_inputs_are_removed():
    """Through the real build: a workbook with analysis inputs gets Grafik and its charts; the staff
    clear the inputs (as tests/test_perbandingan.py does), the next build removes the sheet with its
    drawing and charts, and reports nothing of them as the user's."""
    from test_perbandingan import _sheet_parts, workbook

    from lkj_xl.build import build_bytes

    first = build_bytes(workbook(True), filename="uji.xlsx")
    assert first.discarded == ()
    mem = W.members(first.data)
    charts = [n for n in mem if n.startswith("xl/charts/chart")]
    assert len(charts) >= 3 and set(charts) <= grafik_closure(mem)  # capaian, kriteria, penyerapan...
    parts, plain, fresh = _sheet_parts(first.data), W.members(workbook(False)), _sheet_parts(workbook(False))
    inputs = ("Petunjuk", *C.INPUT_SHEETS, C.SHEET_ANALISIS)
    cleared = W.replace_members(
        first.data,
        {
            **{parts[s]: plain[fresh[s]] for s in inputs},
            "xl/sharedStrings.xml": plain["xl/sharedStrings.xml"],
        },
    )
    again = build_bytes(cleared, filename="uji.xlsx")
    assert not again.report.analisis_inputs and again.discarded == ()
    mem = W.members(again.data)
    assert C.SHEET_GRAFIK not in _sheet_parts(again.data)
    assert not [n for n in mem if n.startswith(("xl/charts/", "xl/drawings/"))]
    assert b"chart" not in mem["[Content_Types].xml"] and b"drawing+xml" not in mem["[Content_Types].xml"]
    assert_package_consistent(again.data)


def test_a_chart_draws_at_most_sixty_bars_and_says_so():
    rep = hand_report()
    # 75 programs, program i spending i of 100 (penyerapan i %)
    rep.budgets = [budget(f"P{i}", f"PROGRAM {i}", 100, i, float(i)) for i in range(1, 76)]
    lay = grafik.layout(rep)
    spec = charts_by_title(lay)["Penyerapan Anggaran per Program (%)"]
    assert cells(lay, spec.categories)[0] == "P1" and cells(lay, spec.categories)[-1] == "P60"
    assert spec.series[0].values.count == 60
    assert ["Grafik memuat 60 program pertama dari 75; semuanya ada di tabel di atas."] in lay.rows


def test_trend_table_shows_figures_as_perbandingan_kinerja_does():
    # The example's T1 (Nilai PDRB, target typed "5.984,04 milyar"): its 2023 value Rp 5.718.901,0 juta
    # (seed l.590) = 5.718.901.000.000 was shown in whole rupiah in Grafik's trend table while
    # Perbandingan Kinerja shows "5.718,90 milyar"; both now use the indicator's scale word and its
    # one decimals rule (2 decimals: the target has them).
    from lkj_xl.build import load_report
    from lkj_xl.core.tables import perbandingan_kinerja

    rep = load_report(EXAMPLE)
    trend, table = grafik.layout(rep), perbandingan_kinerja.layout(rep)

    def styles_of(lay, value):
        ((r, c),) = [(r, c) for r, row in enumerate(lay.rows) for c, v in enumerate(row) if v == value]
        return [s for s in lay.styles_at(r, c) if s != "cell"]

    assert styles_of(trend, 5_718_901_000_000) == ["milyar_decimal"]
    assert styles_of(table, 5_718_901_000_000) == ["milyar_decimal"]
