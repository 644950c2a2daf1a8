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
