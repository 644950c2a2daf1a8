"""The rekap as the head of a Bappeda (and the Sekda) reads it printed (reader round 15).

1. Grafik prints its charts only (its data blocks are not on paper). An agency without a penyerapan
   (no program in Anggaran, a galat budget cell) or without a mean capaian has no bar: the data
   block beside the chart lists it ("tanpa penyerapan"), but the printed chart left it out without
   a word, so the Sekda counted 11 bars for the Pemda's 14 agencies and took the chart for all.
   Each chart now names, under its title, the agencies it draws no bar for.
2. Semua Indikator and Semua Program print several pages wide and many tall. Printed down, then
   over (Excel's and LibreOffice's default), the 228 indicators of 14 agencies came as 15 pages of
   names and Kode, then 15 of Uraian, ... : an indicator's capaian lay 30 pages after its name. They
   now print over, then down: one band of rows on consecutive pages, its name beside its figures.
3. The printed kriteria chart counts the indicators of every level (its data block's heading says
   "semua tingkat", unprinted), beside a ranking by the Tujuan and Sasaran alone: a Dinas ranked
   Tinggi showed a bar mostly Sangat Rendah (its Kegiatan), read as a contradiction. Its scale now
   says it counts every level.
4. The Rekap sheet's header "Temuan Peringatan" printed "Peringata" / "n": its count column is 9
   wide, "Peringatan" in bold needs 10,7 (Calibri) / 10,4 (DejaVu Sans). Pemeriksaan's column of
   the same name was widened in round 10; the Rekap sheet's was not. Every header word now fits.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from click.testing import CliRunner

from lkj_xl.cli import main
from tests.test_rekap_round10 import DINKES, DINSOS, agency


def _chart_titles(xlsx: Path) -> list[str]:
    """Each chart's title as printed (its text runs, a line break between lines)."""
    titles = []
    with zipfile.ZipFile(xlsx) as z:
        for name in sorted(z.namelist(), key=lambda n: int(re.sub(r"\D", "", n) or 0)):
            if name.startswith("xl/charts/chart"):
                xml = z.read(name).decode()
                title = re.search(r"<c:title>(.*?)</c:title>", xml, re.S)
                assert title is not None, name
                titles.append("".join(re.findall(r"<a:t>([^<]*)</a:t>", title.group(1))))
    return titles


def _rekap(root: Path, out: Path) -> None:
    run = CliRunner().invoke(main, ["rekap", str(root), "-o", str(out), "--jobs", "1"])
    assert run.exit_code in (0, 1), run.output


def test_a_printed_chart_names_the_agencies_it_draws_no_bar_for(tmp_path):
    root = tmp_path / "tw2"
    # Dinas Kesehatan: T1 80 of 100, S1 9% of 10%: mean (80 + 90) / 2 = 85; penyerapan 500 jt / 1 M.
    agency(root / "dinkes.xlsx", "Dinas Kesehatan", "80", "9%", DINKES)
    # Dinas Sosial: (75 + 80) / 2 = 77,5; penyerapan 350 jt / 700 jt.
    agency(root / "dinsos.xlsx", "Dinas Sosial", "75", "8%", DINSOS)
    # Satpol PP: no program in Anggaran, so no penyerapan (its capaian (70 + 70) / 2 = 70 is ranked).
    agency(root / "satpol.xlsx", "Satuan Polisi Pamong Praja", "70", "7%", None)
    # BPBD: realisasi waiting for data, so no mean capaian (unranked); its penyerapan 50 %.
    agency(root / "bpbd.xlsx", "Badan Penanggulangan Bencana Daerah", "Menunggu data", "-", DINKES)
    out = tmp_path / "rekap.xlsx"
    _rekap(root, out)
    capaian, penyerapan, sebaran = _chart_titles(out)
    assert capaian.startswith("Peringkat Rata-rata Capaian")
    assert "Badan Penanggulangan Bencana Daerah" in capaian and "tanpa peringkat" in capaian
    assert "Satuan Polisi Pamong Praja" not in capaian  # it has its bar
    assert penyerapan.startswith("Peringkat Penyerapan Anggaran")
    assert "Satuan Polisi Pamong Praja" in penyerapan and "tanpa penyerapan" in penyerapan
    assert "Badan Penanggulangan" not in penyerapan
    # Every agency has its bar of the kriteria chart (the BPBD's counts are all 0): no note there.
    assert sebaran == "Sebaran Kriteria Indikator per Perangkat Daerah"


def test_a_chart_with_every_bar_has_no_note(tmp_path):
    root = tmp_path / "tw2"
    agency(root / "dinkes.xlsx", "Dinas Kesehatan", "80", "9%", DINKES)
    agency(root / "dinsos.xlsx", "Dinas Sosial", "75", "8%", DINSOS)
    out = tmp_path / "rekap.xlsx"
    _rekap(root, out)
    assert _chart_titles(out) == [
        "Peringkat Rata-rata Capaian",
        "Peringkat Penyerapan Anggaran",
        "Sebaran Kriteria Indikator per Perangkat Daerah",
    ]


def _page_order(xlsx: Path) -> dict[str, str | None]:
    """Each sheet's printed page order as stored (absent: Excel's default, down then over)."""
    with zipfile.ZipFile(xlsx) as z:
        book = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
        targets |= {k: v for v, k in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)}
        out = {}
        for name, rid in re.findall(r'<sheet name="([^"]+)"[^>]*r:id="(rId\d+)"', book):
            xml = z.read("xl/" + targets[rid].lstrip("/").removeprefix("xl/")).decode()
            order = re.search(r'<pageSetup[^>]*pageOrder="(\w+)"', xml)
            out[name] = order.group(1) if order else None
    return out


def test_the_table_sheets_print_a_band_of_rows_on_consecutive_pages(tmp_path):
    root = tmp_path / "tw2"
    agency(root / "dinkes.xlsx", "Dinas Kesehatan", "80", "9%", DINKES)
    out = tmp_path / "rekap.xlsx"
    _rekap(root, out)
    order = _page_order(out)
    assert order["Semua Indikator"] == order["Semua Program"] == "overThenDown"
    # The Rekap sheet keeps down, then over: its first pages hold the whole ranking beside the names.
    assert order["Rekap Perangkat Daerah"] is None


def test_the_printed_kriteria_chart_says_it_counts_every_level(tmp_path):
    root = tmp_path / "tw2"
    agency(root / "dinkes.xlsx", "Dinas Kesehatan", "80", "9%", DINKES)
    out = tmp_path / "rekap.xlsx"
    _rekap(root, out)
    with zipfile.ZipFile(out) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    (sebaran,) = [x for x in charts if "Sebaran Kriteria" in x]
    axis = re.search(r"<c:valAx>.*?<c:title>(.*?)</c:title>", sebaran, re.S)
    assert axis is not None
    said = "".join(re.findall(r"<a:t>([^<]*)</a:t>", axis.group(1)))
    assert said == "Jumlah indikator semua tingkat (Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan)"


def test_every_word_of_the_rekap_sheet_header_fits_its_column(tmp_path):
    # As tests/test_rekap_round10.py measures Pemeriksaan's header: each word in bold on one line,
    # in Calibri (Excel) and in DejaVu Sans (LibreOffice without Calibri, which prints the PDFs).
    import openpyxl

    from lkj_xl.core.textwidth import _dejavu_width, column_width

    root = tmp_path / "tw2"
    agency(root / "dinkes.xlsx", "Dinas Kesehatan", "80", "9%", DINKES)
    out = tmp_path / "rekap.xlsx"
    _rekap(root, out)
    ws = openpyxl.load_workbook(out)["Rekap Perangkat Daerah"]
    merged = {r.coord.split(":")[0]: r for r in ws.merged_cells.ranges}
    dims = list(ws.column_dimensions.values())  # one <col> may span columns of the same width

    def width(column: int) -> float:
        return next(d.width for d in dims if d.min <= column <= d.max) - 0.71  # Excel's padding

    checked = []
    for row in (5, 6):
        for cell in ws[row]:
            span = merged.get(cell.coordinate)
            if not cell.value or (span is not None and span.max_col > span.min_col):
                continue  # a level's label over its five kriteria columns has room to spare
            for word in str(cell.value).split():
                room = width(cell.column)
                assert column_width(word, bold=True) <= room, (cell.value, word, room)
                assert column_width("") + _dejavu_width(word, True) <= room, (cell.value, word, room)
            checked.append(cell.value)
    assert "Temuan Peringatan" in checked and "Sangat Rendah" in checked


def test_many_agencies_without_a_bar_are_counted_under_the_title():
    from lkj_xl.xlsx.rekap_grafik import no_bar_note

    assert no_bar_note("tanpa penyerapan", []) == ""
    assert no_bar_note("tanpa penyerapan", ["Dinas Sosial", "Inspektorat"]) == (
        "Tidak tergambar (tanpa penyerapan): Dinas Sosial dan Inspektorat"
    )
    # Five long names (about 200 characters) would take four lines of the title: counted instead.
    names = [f"Dinas Pekerjaan Umum dan Penataan Ruang {n}" for n in range(5)]
    assert no_bar_note("tanpa peringkat", names) == (
        "Tidak tergambar (tanpa peringkat): 5 perangkat daerah (lihat sheet Rekap Perangkat Daerah)"
    )
