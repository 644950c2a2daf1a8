"""Excel's limits (Excel specifications and limits: 32,767 characters in a cell, rows up to 409 pt,
columns up to 255 characters, sheet names up to 31 characters) hold for every writer of a layout:
the xlsxwriter build (checked on the file, reopened) and the add-in's plan (lkj_xl.xl.plan).

The district-scale workbook of tests/bench_build.py (10,000 indicators, 2,000 programs) once produced a
Ringkasan sentence of 71,127 characters and a computed row height of 32,970 pt."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.layout import SheetBuilder, SheetLayout
from lkj_xl.core.sheet_fit import shorten_text
from tests.common import ROOT

sys.path.insert(0, str(ROOT / "tests"))

CELL, ROW_PT, COLUMN, NAME = 32_767, 409.0, 255.0, 31  # Excel's limits, from Microsoft's page
# Row heights are stored in whole pixels (0.75 pt at 96 dpi); 409 pt is 545 1/3 px, so the tallest row
# both writers write alike is 545 px = 545 * 0.75 = 408.75 pt (xlsxwriter would round 409 pt down to it).
ROW_PT_WHOLE_PX = 408.75


def test_a_long_text_is_shortened_visibly():
    text = "indikator " * 4_000  # 40,000 characters
    short = shorten_text(text)
    assert len(short) == CELL
    m = re.search(r"… \(dipotong, ([\d.]+) karakter lagi\)$", short)
    assert m, short[-60:]
    kept = short[: m.start()]
    assert text.startswith(kept)
    # what is kept and what is said to be left out add up to the whole text
    assert len(kept) + int(m.group(1).replace(".", "")) == 40_000
    assert shorten_text("Tidak ada temuan.") == "Tidak ada temuan."
    # exactly at the limit nothing is cut; one more character is
    assert shorten_text("x" * CELL) == "x" * CELL
    assert shorten_text("x" * (CELL + 1)).endswith("karakter lagi)")


def long_layout() -> SheetLayout:
    """A sheet with a 100,000-character paragraph in a wrapped merged row and a too-wide column."""
    b = SheetBuilder("Ringkasan", "Uji", [400.0, 10.0])
    r = b.add_row(["kata " * 20_000])
    b.merge(r, 0, r, 1)
    b.style(r, 0, r, 1, "paragraph", 0)
    b.add_row(["pendek", 1])
    return b.build(footer="", freeze=None)


def test_builder_keeps_a_layout_within_the_limits():
    lay = long_layout()
    assert len(lay.rows[0][0]) == CELL and lay.rows[0][0].endswith("karakter lagi)")
    assert lay.row_heights[0] == ROW_PT_WHOLE_PX  # 100,000 characters would need thousands of points
    assert lay.columns == [COLUMN, 10.0]
    assert lay.rows[1] == ["pendek", 1]
    with pytest.raises(ValueError, match="sheet name"):
        SheetLayout(name="Capaian Kinerja Tujuan dan Sasaran Strategis").validate()  # 44 characters
    with pytest.raises(ValueError, match="sheet name"):
        SheetLayout(name="Efisiensi/Anggaran").validate()


def test_writers_enforce_the_limits_on_any_layout(tmp_path):
    """A layout made by hand (not through SheetBuilder.build) is held to the limits by each writer."""
    from lkj_xl.xl.plan import sheet_plan
    from lkj_xl.xlsx.render import render_workbook

    def raw() -> SheetLayout:
        return SheetLayout(name="Ringkasan", columns=[300.0], rows=[["a" * 50_000]], row_heights={0: 2_000.0})

    path = tmp_path / "out.xlsx"
    path.write_bytes(render_workbook([raw()]))
    ws = openpyxl.load_workbook(path)["Ringkasan"]
    assert len(ws["A1"].value) == CELL
    assert ws.row_dimensions[1].height == ROW_PT_WHOLE_PX <= ROW_PT
    assert COLUMN - 1 < ws.column_dimensions["A"].width <= COLUMN + 1  # plus the cell padding

    plan = sheet_plan(raw())
    assert len(plan["values"][0][0]) == CELL + 1  # behind Excel's text prefix '
    # the add-in sets the very height the build wrote (it set 409 pt, the build 408.75 pt)
    assert plan["heights"] == [[0, 0, ROW_PT_WHOLE_PX]]
    assert plan["widths"][0][2] <= COLUMN * 7 * 0.75 + 5  # points for 255 characters at 7 px each


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    from bench_build import district_workbook

    folder = tmp_path_factory.mktemp("district")
    src = folder / "district.xlsx"
    district_workbook(src, 10_000, 2_000)
    return src


def _output_sheet_parts(path: Path) -> dict[str, str]:
    """Sheet name -> XML of the output sheets of a built workbook."""
    with zipfile.ZipFile(path) as z:
        workbook = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        targets = dict(re.findall(r'<Relationship[^>]*Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
        targets.update(
            {rid: t for t, rid in re.findall(r'<Relationship[^>]*Target="([^"]+)"[^>]*Id="([^"]+)"', rels)}
        )
        out = {}
        for name, rid in re.findall(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', workbook):
            if name in c.OUTPUT_SHEETS:
                target = targets[rid].lstrip("/")
                out[name] = z.read(target if target.startswith("xl/") else "xl/" + target).decode()
        return out


@pytest.mark.slow
def test_district_build_stays_within_excel_limits(district, tmp_path):
    out = tmp_path / "built.xlsx"
    env_path = {"PYTHONPATH": str(ROOT)}
    import os

    result = subprocess.run(
        [sys.executable, "-m", "lkj_xl", "build", str(district), "-o", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, **env_path},
        timeout=600,
    )
    assert result.returncode in (0, 1), result.stderr
    parts = _output_sheet_parts(out)
    assert set(parts) == set(c.written_sheets(False))  # the district has no analysis input
    for name, xml in parts.items():
        assert len(name) <= NAME
        heights = [float(h) for h in re.findall(r'<row [^>]*ht="([\d.]+)"', xml)]
        assert all(h <= ROW_PT for h in heights), (name, max(heights))
        widths = [float(w) for w in re.findall(r'<col [^>]*width="([\d.]+)"', xml)]
        assert all(w <= COLUMN + 1 for w in widths), name  # xlsxwriter adds the cell padding
    wb = openpyxl.load_workbook(out, read_only=True)
    longest = 0
    for name in c.written_sheets(False):
        for row in wb[name].iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    longest = max(longest, len(value))
    assert 0 < longest <= CELL


@pytest.mark.slow
def test_district_plan_stays_within_excel_limits(district):
    from lkj_xl.build import load_report
    from lkj_xl.core.tables import layouts
    from lkj_xl.xl.book import column_points
    from lkj_xl.xl.plan import book_plan

    report = load_report(district)
    report.analisis_inputs = True  # every output sheet, the analysis sheets too
    # Perbandingan Kinerja is written only with a comparison figure on a listed row (perbandingan52):
    # give every Tujuan, Sasaran and Program indicator last year's figure, so the sheet holds them all
    for ind in report.indicators:
        if ind.tingkat in ("Tujuan", "Sasaran", "Program"):
            ind.pembanding.tahun_lalu = 1.0
    plan = book_plan(layouts(report))
    assert [s["name"] for s in plan["sheets"]] == list(c.OUTPUT_SHEETS)
    for sheet in plan["sheets"]:
        texts = [v for row in sheet["values"] for v in row if isinstance(v, str)]
        assert all(len(v) - 1 <= CELL for v in texts), sheet["name"]  # minus the ' prefix
        assert all(points <= ROW_PT for _, _, points in sheet["heights"]), sheet["name"]
        assert all(points <= column_points(COLUMN) for _, _, points in sheet["widths"]), sheet["name"]
