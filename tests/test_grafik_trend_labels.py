"""Grafik's trend charts (section 4) as printed: each point's label stands above it, never on the
line (pages62: a Sasaran's `2,50` of 2024 and TW II 2024 printed with the level line through it)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from lkj_xl.cli import main
from lkj_xl.core import ownership

EXAMPLE = Path(__file__).resolve().parent.parent / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"
NS = {
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}


def test_trend_labels_stand_above_their_points(tmp_path: Path):
    book = tmp_path / "contoh.xlsx"
    shutil.copyfile(EXAMPLE, book)
    result = CliRunner().invoke(main, ["build", str(book)])
    assert result.exit_code == 0, result.output
    trends = []
    with zipfile.ZipFile(book) as z:
        for name in z.namelist():
            if name.startswith("xl/charts/chart"):
                chart = etree.fromstring(z.read(name))
                title = "".join(chart.xpath("c:chart/c:title//a:t/text()", namespaces=NS))
                if title.startswith(ownership.TREND_TITLE_PREFIX):
                    trends.append((title, chart))
    # the example's two: T1's Nilai PDRB (2023) and S1's growth, 2,50 in 2024 and s.d. TW II 2024
    assert len(trends) == 2, [t for t, _ in trends]
    for title, chart in trends:
        labels = chart.xpath("//c:lineChart/c:ser/c:dLbls", namespaces=NS)
        assert len(labels) == 1, title
        assert labels[0].xpath("c:showVal/@val", namespaces=NS) == ["1"], title
        # "t": above the point (the default, "r", sets it where the line leaves the point)
        assert labels[0].xpath("c:dLblPos/@val", namespaces=NS) == ["t"], (title, etree.tostring(labels[0]))


def test_the_add_in_sets_the_trend_labels_above_too(tmp_path: Path):
    """Hitung Ulang draws the same charts with Office.js (lkj.js): its trend labels above their points
    too ("Top"), as `lkj-xl build` draws them; left at the default they stood on the line in the user's
    Excel only (the review of pages62)."""
    from lkj_xl.build import load_report
    from lkj_xl.core.tables import grafik
    from lkj_xl.xl.plan import book_plan
    from tests.helpers_taskpane import apply_plan

    lay = grafik.layout(load_report(EXAMPLE))
    result = apply_plan(tmp_path, book_plan([lay]), ["Kinerja"])
    (sheet,) = [s for s in result["sheets"] if s["name"] == "Grafik"]
    trends = [chart for chart in sheet["charts"] if chart["title"].startswith(ownership.TREND_TITLE_PREFIX)]
    assert len(trends) == 2, [chart["title"] for chart in sheet["charts"]]  # (as the build's, above)
    for chart in trends:
        labelled = [s for s in chart["series"] if s["labels"]]
        assert labelled, chart["title"]
        assert all(s["labelPosition"] == "Top" for s in labelled), chart
    # the bar charts' labels keep their default position
    bars = [s for chart in sheet["charts"] if chart not in trends for s in chart["series"]]
    assert bars and all(s["labelPosition"] is None for s in bars)
