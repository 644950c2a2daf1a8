"""Grafik's section 1 (capaian of each Tujuan/Sasaran indicator against the 100 % line) as its reader
sees it in a built workbook: every bar's label legible, the Kriteria column as Tabel 3.1 prints it.

Printed (LibreOffice, the PDF of `lkj-xl pdf`), a capaian between 90 and 100 put its label (`95,00`,
`91,00`, `97,30`) just above its bar, where the dashed target line at 100 ran through the figure;
the table above the chart printed Kriteria left-aligned while Tabel 3.1 centres them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from lxml import etree

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import ownership
from lkj_xl.xlsx.template import new_workbook

NS = {
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}

# Target 100 for each, so the capaian is the realisasi as typed: 95, 91, 99,5 and 97,3 sit within ten
# points under the 100 line (Sangat Tinggi above 90, PermenPANRB), 60 far below it (Rendah).
TYPED = [("T1", "Tujuan", "95"), ("S1", "Sasaran", "91"), ("S2", "Sasaran", "99,5"), ("S3", "Sasaran", "97,3 %"),
         ("S4", "Sasaran", "60")]  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("grafik") / "dinas.xlsx"
    kinerja = [
        {"Kode": kode, "Tingkat": tingkat, "Uraian": f"{tingkat} {kode}", "Indikator": f"Indikator {kode}",
         "Satuan": "%", "Jenis Realisasi": "Nilai Akhir", "Target": 100, "Realisasi TW II": typed}
        for kode, tingkat, typed in TYPED
    ]  # fmt: skip
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: "Kabupaten Uji", c.P_OPD: "Dinas Uji", c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
        kinerja=kinerja,
        analisis=[{"Kode": "S1", "Faktor Pendukung": "Dukungan anggaran"}],  # Grafik is written with it
    )
    result = CliRunner().invoke(main, ["build", str(path)])
    assert result.exit_code == 0, result.output
    return path


def _capaian_chart(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/charts/chart"):
                chart = etree.fromstring(z.read(name))
                title = "".join(chart.xpath("c:chart/c:title//a:t/text()", namespaces=NS))
                if title == ownership.CHART_TITLES[0]:
                    return chart
    raise AssertionError("no capaian chart in the Grafik sheet")


def test_a_capaian_label_just_under_the_target_line_is_not_struck_through(built):
    ws = openpyxl.load_workbook(built)["Grafik"]
    capaian = {
        ws.cell(r, 2).value: ws.cell(r, 5).value for r in range(1, 20) if ws.cell(r, 2).value in {"T1", "S1"}
    }
    assert capaian == {"T1": 95, "S1": 91}  # the bars whose labels sat on the line (95 / 100 x 100)
    chart = _capaian_chart(built)
    # The 100 % line is a dashed line series drawn over the columns ...
    assert chart.xpath("//c:lineChart/c:ser/c:spPr/a:ln/a:prstDash/@val", namespaces=NS) == ["dash"]
    # ... so each capaian label carries an opaque white box: both programs draw labels over the series,
    # the line then stops at the label's edge instead of running through "95,00".
    labels = chart.xpath("//c:barChart/c:ser/c:dLbls", namespaces=NS)
    assert len(labels) == 1
    fill = labels[0].xpath("c:spPr/a:solidFill/a:srgbClr/@val", namespaces=NS)
    assert fill == ["FFFFFF"], etree.tostring(labels[0])
    assert labels[0].xpath("c:showVal/@val", namespaces=NS) == ["1"]  # still the values


def test_grafik_centres_the_kriteria_as_tabel_3_1_does(built):
    wb = openpyxl.load_workbook(built)
    grafik = wb["Grafik"]
    header = next(r for r in range(1, 20) if grafik.cell(r, 6).value == "Kriteria")
    rows = range(header + 1, header + 1 + len(TYPED))
    kriteria = [grafik.cell(r, 6).value for r in rows]
    # 95, 91, 99,5, 97,3 above 90: Sangat Tinggi; 60 in (50, 65]: Rendah (PermenPANRB).
    assert kriteria == ["Sangat Tinggi"] * 4 + ["Rendah"]
    assert [grafik.cell(r, 6).alignment.horizontal for r in rows] == ["center"] * len(TYPED)
    tabel = wb[c.SHEET_CAPAIAN_TS]
    centred = {
        cell.alignment.horizontal
        for row in tabel.iter_rows()
        for cell in row
        if cell.value in {"Sangat Tinggi", "Rendah"}
    }
    assert centred == {"center"}  # Tabel 3.1, the table the chart draws


def test_the_add_in_boxes_the_capaian_labels_too(built, tmp_path):
    """The task pane draws the same chart with Office.js in the user's Excel: the same white box."""
    from lkj_xl.build import load_report
    from lkj_xl.core.tables import grafik
    from lkj_xl.xl.plan import book_plan
    from tests.helpers_taskpane import apply_plan

    lay = grafik.layout(load_report(built))
    result = apply_plan(tmp_path, book_plan([lay]), ["Kinerja"])
    (sheet,) = [s for s in result["sheets"] if s["name"] == "Grafik"]
    got = next(chart for chart in sheet["charts"] if chart["title"] == ownership.CHART_TITLES[0])
    bars, line = got["series"]
    assert bars["labels"] and bars["labelFill"] == "#FFFFFF"
    assert line["dash"] == "Dash" and not line["labels"] and line["labelFill"] is None
    # The other charts (kriteria counts, penyerapan) have no reference line: their labels as before.
    others = [s for chart in sheet["charts"] if chart["title"] != got["title"] for s in chart["series"]]
    assert others and all(s["labelFill"] is None for s in others)
