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
        # (review of round 42) the Pemda's name as staff write it, abbreviated or with "Pemerintah",
        # or the agency's name going on to its province: named once all the same
        ("Dinas Kesehatan Kab. Lumajang", "Kabupaten Lumajang", "Dinas Kesehatan Kab. Lumajang"),
        ("RSUD Kab Lumajang", "Kabupaten Lumajang", "RSUD Kab Lumajang"),
        ("RSUD Kabupaten Lumajang", "Kab. Lumajang", "RSUD Kabupaten Lumajang"),
        ("RSUD Kabupaten Lumajang", "Pemerintah Kabupaten Lumajang", "RSUD Kabupaten Lumajang"),
        ("RSUD Kabupaten Lumajang", "Pemkab Lumajang", "RSUD Kabupaten Lumajang"),
        ("RSUD Kabupaten Lumajang.", "Kabupaten Lumajang", "RSUD Kabupaten Lumajang."),
        ("Dinas Kesehatan Kabupaten Lumajang Provinsi Jawa Timur", "Kabupaten Lumajang",
         "Dinas Kesehatan Kabupaten Lumajang Provinsi Jawa Timur"),
        ("RSUD Kota Malang", "Kota Malang", "RSUD Kota Malang"),
        ("RSUD Kota Malang", "Kabupaten Malang", "RSUD Kota Malang Kabupaten Malang"),  # another Pemda
        ("RSUD Kabupaten Malang", "Kota Malang", "RSUD Kabupaten Malang Kota Malang"),
        ("RSUD Lumajang", "Kabupaten Lumajang", "RSUD Lumajang Kabupaten Lumajang"),  # no kind: not named
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


def test_the_mail_body_names_the_pemda_once():
    # the e-mail's first sentence joined the two as the titles did: "... RSUD Kabupaten Lumajang
    # Kabupaten Lumajang, sebagaimana terlampir"
    from lkj_xl.core.model import Settings
    from lkj_xl.delivery.message import default_body, default_subject

    settings = Settings(perangkat_daerah="RSUD Kabupaten Lumajang", pemerintah_daerah="Kabupaten Lumajang",
                        triwulan=3, tahun=2026)  # fmt: skip
    body = default_body(settings, [])
    assert "Triwulan III Tahun 2026 RSUD Kabupaten Lumajang, sebagaimana terlampir" in body, body
    assert "Lumajang Kabupaten Lumajang" not in body + default_subject(settings)
    other = Settings(
        perangkat_daerah="RSUD dr. Haryoto", pemerintah_daerah="Kabupaten Lumajang", triwulan=3, tahun=2026
    )
    assert "2026 RSUD dr. Haryoto Kabupaten Lumajang, sebagaimana" in default_body(other, [])


@pytest.mark.parametrize(
    ("opd", "pemda", "line"),
    [
        ("RSUD Kabupaten Lumajang", "Kabupaten Lumajang", "RSUD Kabupaten Lumajang"),
        ("RSUD dr. Haryoto", "Kabupaten Lumajang", "RSUD dr. Haryoto Kabupaten Lumajang"),
    ],
)
def test_the_word_reports_footer_names_the_pemda_once(opd, pemda, line):
    # the default template's footer is "{{perangkat_daerah}} {{pemerintah_daerah}}": each field was
    # filled alone, so it printed "RSUD Kabupaten Lumajang Kabupaten Lumajang" (the cover keeps both
    # lines: the agency, then its Pemda under it)
    from types import SimpleNamespace

    from lkj_xl.core.model import Settings
    from lkj_xl.core.narasi import Narasi
    from lkj_xl.laporan.template import _replace, fields, make_template

    # (fields reads the report's settings only)
    report = SimpleNamespace(
        settings=Settings(perangkat_daerah=opd, pemerintah_daerah=pemda, triwulan=3, tahun=2026)
    )
    doc = make_template()
    (paragraph,) = [p for p in doc.sections[0].footer.paragraphs if "{{" in p.text]
    _replace(paragraph, fields(report, Narasi()))
    assert paragraph.text.split("\t")[0] == line, paragraph.text


def test_the_rekap_grafik_names_the_pemda_once(tmp_path):
    # a province's rekap names each agency's Pemda after it on the Grafik's axis: "RSUD Kota Malang
    # (Kota Malang)" named it twice; an agency whose name does not hold it keeps "(Kota Malang)"
    import io

    import lkj_xl
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.rekap import render_rekap
    from tests.test_rekap_round10 import DINKES, agency

    root = tmp_path / "inbox"
    agency(root / "rsud kota.xlsx", "RSUD Kota Malang", "80", "9%", DINKES, **{c.P_PEMDA: "Kota Malang"})
    agency(
        root / "rsud kab.xlsx", "RSUD Kabupaten Malang", "70", "8%", DINKES, **{c.P_PEMDA: "Kabupaten Malang"}
    )
    agency(root / "dinkes.xlsx", "Dinas Kesehatan", "75", "9%", DINKES, **{c.P_PEMDA: "Kota Malang"})
    grafik = openpyxl.load_workbook(io.BytesIO(render_rekap(lkj_xl.rekap(root, jobs=1))))["Grafik"]
    texts = {str(cell.value) for row in grafik.iter_rows() for cell in row if cell.value}
    assert {"RSUD Kota Malang", "RSUD Kabupaten Malang", "Dinas Kesehatan (Kota Malang)"} <= texts, texts
    assert not [t for t in texts if "Malang (" in t], texts
