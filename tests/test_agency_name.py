"""The agency line of the titles and footers when Perangkat Daerah is typed with its Pemerintah Daerah
(staff round 42: an RSUD's official name, "RSUD dr. Haryoto Kabupaten Lumajang", beside Pemerintah
Daerah "Kabupaten Lumajang"). Found: every output sheet's title, the PDF's and the Word report's footer
printed "RSUD dr. Haryoto Kabupaten Lumajang Kabupaten Lumajang"."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core.layout import agency
from lkj_xl.xlsx.template import new_workbook


@pytest.mark.parametrize(
    ("opd", "pemda", "line"),
    [
        ("RSUD dr. Haryoto Kabupaten Lumajang", "Kabupaten Lumajang", "RSUD dr. Haryoto Kabupaten Lumajang"),
        ("RSUD dr. Haryoto Kabupaten  lumajang", "Kabupaten Lumajang", "RSUD dr. Haryoto Kabupaten  lumajang"),
        ("RSUD dr. Haryoto", "Kabupaten Lumajang", "RSUD dr. Haryoto Kabupaten Lumajang"),
        # the Pemda's name inside, not at the end, is another name: kept as typed, then the Pemda
        ("Dinas Kesehatan Kabupaten Lumajang Unit RSUD", "Kabupaten Lumajang",
         "Dinas Kesehatan Kabupaten Lumajang Unit RSUD Kabupaten Lumajang"),
        ("RSUD Kota Lumajang", "Kabupaten Lumajang", "RSUD Kota Lumajang Kabupaten Lumajang"),
        ("", "Kabupaten Lumajang", "Kabupaten Lumajang"),
        ("RSUD dr. Haryoto", "", "RSUD dr. Haryoto"),
    ],
)  # fmt: skip
def test_the_pemda_is_not_named_twice(opd, pemda, line):
    assert agency(opd, pemda) == line


def test_the_built_titles_name_the_pemda_once(tmp_path):
    path, out = tmp_path / "rsud.xlsx", tmp_path / "hasil.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Lumajang", "Perangkat Daerah": "RSUD dr. Haryoto Kabupaten Lumajang",
                "Tahun": 2026, "Triwulan": 3}  # fmt: skip
    row = {"Kode": "S1", "Tingkat": "Sasaran", "Uraian": "Mutu pelayanan RSUD", "Indikator": "BOR", "Satuan": "%",
           "Polaritas": "Positif", "Jenis Realisasi": "Rata-rata", "Target": 75, "Realisasi TW I": 70,
           "Realisasi TW II": 72, "Realisasi TW III": 74}  # fmt: skip
    new_workbook(path, pengaturan=settings, kinerja=[row])
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    texts = [
        str(v) for ws in openpyxl.load_workbook(out) for r in ws.iter_rows(values_only=True) for v in r if v
    ]
    assert "RSUD dr. Haryoto Kabupaten Lumajang" in texts
    assert not [t for t in texts if "Lumajang Kabupaten Lumajang" in t]
