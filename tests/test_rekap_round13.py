"""Rekap, round 13 (the Bappeda analyst).

1. An agency named with its Pemda's kind and name appended ("Kecamatan Sukodono Kabupaten Lumajang")
   where Pengaturan has the Pemda without its kind ("Lumajang") was another agency than "Kecamatan
   Sukodono": both counted (its pagu twice in the Jumlah), and being per-place units nothing warned.
2. The Rekap sheet's row did not add up with its figures shown: 50,00 | 50,00 | (0,003) for capaian
   49,996 and penyerapan 49,999; 100,00 | 100,004 | 0,00 for both 100,004.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.core.formulas import round_half_up
from lkj_xl.xlsx.template import new_workbook
from tests.test_mend32b import rekap_sheet_cells
from tests.test_rekap_round3 import anggaran, kinerja

# --- 1. the Pemda's name appended to a per-place unit's name ----------------------------------------


def _two(tmp_path: Path, pemda: str, first: str, second: str) -> lkj_xl.Rekap:
    """Two agencies of one plan (as mend32b's _same_plan) of ``pemda``, other realisasi."""
    root = tmp_path / "tw2"
    root.mkdir()
    for name, opd, realisasi, tw1, tw2 in (
        ("a", first, "70", "50 jt", "90 jt"),
        ("b", second, "72", "60 jt", "80 jt"),
    ):
        new_workbook(root / f"{name}.xlsx",
                     pengaturan={c.P_PEMDA: pemda, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
                     kinerja=kinerja(realisasi, "8%"), anggaran=anggaran("850.000.000", tw1, tw2))  # fmt: skip
    return lkj_xl.rekap(root, jobs=1)


@pytest.mark.parametrize(
    ("pemda", "first", "second"),
    [
        ("Lumajang", "Kecamatan Sukodono", "Kecamatan Sukodono Kabupaten Lumajang"),
        ("Kabupaten Lumajang", "RSUD Lumajang", "RSUD Kabupaten Lumajang"),  # the Pemda's own hospital
        ("Pemerintah Kota Batu", "Dinas Kesehatan", "Dinas Kesehatan Pemerintah Kota Batu"),
    ],
)
def test_the_same_unit_with_and_without_its_pemda_is_one_agency(tmp_path, pemda, first, second):
    result = _two(tmp_path, pemda, first, second)
    assert len(result.perangkat_daerah) == 1 and result.perangkat_daerah["pagu"].sum() == 850_000_000


@pytest.mark.parametrize("pemda", ["Lumajang", "Pemerintah Kabupaten Lumajang", "Kab. Lumajang"])
@pytest.mark.parametrize("appended", ["Kabupaten Lumajang", "Kab. Lumajang", "Pemkab Lumajang"])
def test_a_kecamatan_with_its_pemda_appended_is_the_same_kecamatan(tmp_path, pemda, appended):
    # One agency sent twice: one counts (pagu 850.000.000 once in the Jumlah, not 1.700.000.000).
    result = _two(tmp_path, pemda, "Kecamatan Sukodono", f"Kecamatan Sukodono {appended}")
    assert len(result.perangkat_daerah) == 1
    assert result.perangkat_daerah["pagu"].sum() == 850_000_000
    assert "Perangkat daerah ganda" in set(result.peringatan["jenis"])


@pytest.mark.parametrize(
    ("pemda", "first", "second"),
    [
        ("Lumajang", "Kecamatan Sukodono Kabupaten Lumajang", "Kecamatan Tempeh Kabupaten Lumajang"),
        ("Lumajang", "Kecamatan Sukodono", "Kecamatan Tempeh Kabupaten Lumajang"),
        # a kecamatan named as its Pemda (read "kecamatan") is still another kecamatan
        ("Kabupaten Lumajang", "Kecamatan Lumajang", "Kecamatan Sukodono"),
        ("Kabupaten Lumajang", "Kecamatan Lumajang", "Kelurahan Lumajang"),
        ("Kabupaten Lumajang", "UPT Puskesmas Lumajang", "UPT Puskesmas Sukodono Kab. Lumajang"),
    ],
)
def test_two_units_of_one_pemda_by_their_place_stay_two(tmp_path, pemda, first, second):
    result = _two(tmp_path, pemda, first, second)
    assert len(result.perangkat_daerah) == 2
    assert result.perangkat_daerah["pagu"].sum() == 2 * 850_000_000  # two agencies, two pagu
    assert not {"Perangkat daerah ganda", "Rencana sama"} & set(result.peringatan["jenis"])


# --- 2. the Rekap sheet's row adds up, its three figures with the same decimals ---------------------


def _agency(tmp_path: Path, realisasi: str, pagu: str, tw1: str, tw2: str) -> lkj_xl.Rekap:
    """One agency whose Tujuan (target 100) and Sasaran (target 100%) both reach ``realisasi``."""
    root = tmp_path / "tw2"
    root.mkdir()
    new_workbook(root / "dinas.xlsx",
                 pengaturan={c.P_PEMDA: "Kabupaten Uji", c.P_OPD: "Dinas Uji", c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
                 kinerja=kinerja(realisasi, f"{realisasi}%", t1_target=100, s1_target="100%"),
                 anggaran=anggaran(pagu, tw1, tw2))  # fmt: skip
    return lkj_xl.rekap(root, jobs=1)


def _decimals(cell) -> int:
    """The decimals of a cell's number format ("#,##0.000" -> 3)."""
    fmt = cell.number_format.split(";")[0]
    return len(fmt.split(".")[1].rstrip(")_ ").replace("%", "")) if "." in fmt else 0


def _shown(value: float, decimals: int) -> Fraction:
    return round_half_up(Fraction(repr(value)), decimals)


@pytest.mark.parametrize(
    ("realisasi", "pagu", "tw1", "tw2", "capaian", "penyerapan", "decimals"),
    [
        # 49,996 of 100 -> capaian 49,996; 25.000.000 + 24.999.000 of 100.000.000 -> 49,999. Exact
        # efisiensi -0,003: at 2 decimals both read 50,00 (0,00, not the other sign), so three.
        ("49,996", "100.000.000", "25.000.000", "24.999.000", "49.996", "49.999", 3),
        # 100,004 of 100 and 50.002.000 + 50.002.000 of 100.000.000: both 100,004, efisiensi exactly 0.
        # The penyerapan needs 3 decimals (100,00 reads the whole pagu spent, not above it), so all do.
        ("100,004", "100.000.000", "50.002.000", "50.002.000", "100.004", "100.004", 3),
    ],
)
def test_the_rekap_row_reads_capaian_minus_penyerapan_with_one_count_of_decimals(
    tmp_path, realisasi, pagu, tw1, tw2, capaian, penyerapan, decimals
):
    cap, pen = Fraction(capaian), Fraction(penyerapan)
    result = _agency(tmp_path, realisasi, pagu, tw1, tw2)
    cap_cell, pen_cell, eff_cell = rekap_sheet_cells(result, tmp_path, "Dinas Uji")
    assert cap_cell.value == pytest.approx(float(cap)) and pen_cell.value == pytest.approx(float(pen))
    assert [_decimals(cell) for cell in (cap_cell, pen_cell, eff_cell)] == [decimals] * 3
    shown_cap, shown_pen = _shown(cap_cell.value, decimals), _shown(pen_cell.value, decimals)
    assert shown_cap == cap and shown_pen == pen  # three decimals show them whole
    assert _shown(eff_cell.value, decimals) == shown_cap - shown_pen == cap - pen
    # the Grafik's data beside its bars (capaian, penyerapan) show them as the Rekap sheet's row does
    import openpyxl

    from lkj_xl.core import rekap as core

    grafik = openpyxl.load_workbook(tmp_path / "rekap.xlsx")[core.SHEET_GRAFIK]
    figures = [cell for row in grafik.iter_rows() for cell in row if isinstance(cell.value, float)]
    for exact in (cap, pen):
        (cell,) = [cell for cell in figures if cell.value == pytest.approx(float(exact))][:1]
        assert _decimals(cell) == decimals
    # csv --excel-id writes the row as the sheet shows it
    from lkj_xl.rekap_output import write

    write(result, "csv", tmp_path / "id", excel_id=True)
    lines = (tmp_path / "id" / "perangkat_daerah.csv").read_text(encoding="utf-8-sig").splitlines()
    row = dict(zip(lines[0].split(";"), lines[1].split(";")))
    figures = [Fraction(row[k].replace(",", ".")) for k in ("capaian", "penyerapan", "efisiensi")]
    assert figures == [cap, pen, cap - pen]


def test_a_row_far_from_every_edge_keeps_two_decimals(tmp_path):
    # 83,12 of 100 -> 83,12; 40.000.000 + 10.250.000 of 100.000.000 -> 50,25; 83,12 - 50,25 = 32,87.
    result = _agency(tmp_path, "83,12", "100.000.000", "40.000.000", "10.250.000")
    cells = rekap_sheet_cells(result, tmp_path, "Dinas Uji")
    assert [_decimals(cell) for cell in cells] == [2, 2, 2]
    assert cells[2].value == pytest.approx(float(Fraction("83.12") - Fraction("50.25")))


# --- 3. one Pemda however its agencies typed it: the title, the Jumlah line and the warnings agree -----


def test_a_pemda_typed_three_ways_is_one_pemda_in_the_title_the_jumlah_and_the_warnings(tmp_path):
    import openpyxl

    from lkj_xl.core import rekap as core
    from lkj_xl.xlsx.rekap import render_rekap

    root = tmp_path / "tw2"
    root.mkdir()
    pemda = ["Kabupaten Lumajang", "Kabupaten Lumajang", "Kab. Lumajang", "Pemerintah Kabupaten Lumajang"]
    for n, (opd, typed) in enumerate(zip(["Dinas A", "Dinas B", "Dinas C", "Dinas D"], pemda)):
        new_workbook(root / f"{n}.xlsx",
                     pengaturan={c.P_PEMDA: typed, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
                     kinerja=kinerja(str(70 + n), "8%"), anggaran=anggaran("850.000.000", "50 jt", "90 jt"))  # fmt: skip
    result = lkj_xl.rekap(root, jobs=1)
    assert "Pemerintah Daerah berbeda" not in set(result.peringatan["jenis"])
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(result))
    ws = openpyxl.load_workbook(out)[core.SHEET_REKAP]
    # under the title, the Pemda as most agencies typed it (2 of 4), not "3 pemerintah daerah"
    assert ws.cell(2, 1).value == "Kabupaten Lumajang, s.d. Triwulan II Tahun 2025"
    names = [ws.cell(r, 2).value for r in range(7, ws.max_row + 1)]
    assert "Kabupaten Lumajang" in names and not any("pemerintah daerah" in str(v) for v in names)
    # the footer of every printed page names it too (xlsxwriter's "&L&8" codes before the text)
    assert "Rekap Capaian Kinerja Perangkat Daerah, Kabupaten Lumajang, s.d." in ws.oddFooter.left.text


def test_the_same_agency_under_pemerintah_kabupaten_and_kabupaten_is_sent_twice(tmp_path):
    root = tmp_path / "other"
    root.mkdir()
    for name, pemda in (("a", "Kabupaten Lumajang"), ("b", "Pemerintah Kabupaten Lumajang")):
        new_workbook(root / f"{name}.xlsx",
                     pengaturan={c.P_PEMDA: pemda, c.P_OPD: "Dinas Kesehatan", c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
                     kinerja=kinerja("70", "8%"), anggaran=anggaran("850.000.000", "50 jt", "90 jt"))  # fmt: skip
    result = lkj_xl.rekap(root, jobs=1)
    # one agency sent twice: pagu 850.000.000 once, not 1.700.000.000 under two "Pemda"
    assert len(result.perangkat_daerah) == 1 and result.perangkat_daerah["pagu"].sum() == 850_000_000
    assert "Pemerintah Daerah berbeda" not in set(result.peringatan["jenis"])


def test_a_wide_capaian_shown_with_its_row_s_three_decimals_gets_a_wider_column(tmp_path):
    # 123.456,7 of a target 1 (a fraction typed for a percentage): capaian 12.345.670 %. Beside a
    # penyerapan 99,995 (199.990.000 of 200.000.000) the row takes three decimals, 12.345.670,000; beside
    # 50,00 (100.000.000 of 200.000.000) two, 12.345.670,00: one character narrower, no "###" either way.
    import openpyxl
    from openpyxl.utils import get_column_letter

    from lkj_xl.core import rekap as core
    from lkj_xl.xlsx.rekap import render_rekap

    def width(folder: str, tw2: str) -> float:
        root = tmp_path / folder
        root.mkdir()
        new_workbook(root / "dinas.xlsx",
                     pengaturan={c.P_PEMDA: "Kabupaten Uji", c.P_OPD: "Dinas Uji", c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
                     kinerja=kinerja("123456,7", "123456,7%", t1_target=1, s1_target="1%"),
                     anggaran=anggaran("200.000.000", "100.000.000", tw2))  # fmt: skip
        out = tmp_path / f"{folder}.xlsx"
        out.write_bytes(render_rekap(lkj_xl.rekap(root, jobs=1)))
        ws = openpyxl.load_workbook(out)[core.SHEET_REKAP]
        column = [spec.key for spec in core.AGENCY_COLUMNS].index("capaian") + 1
        assert ws.cell(7, column).value == pytest.approx(12_345_670)
        return ws.column_dimensions[get_column_letter(column)].width

    assert width("three", "99.990.000") > width("two", "0")


def test_the_grafik_names_an_agency_s_pemda_as_its_pemda_is_named(tmp_path):
    # Kabupaten Lumajang (two agencies so typed, one "Kab. Lumajang") and a neighbour's agency: the
    # charts name each agency's Pemda, and "Kab. Lumajang" is Kabupaten Lumajang, not a third Pemda.
    import openpyxl

    from lkj_xl.core import rekap as core
    from lkj_xl.xlsx.rekap import render_rekap

    root = tmp_path / "tw2"
    root.mkdir()
    agencies = [("Kabupaten Lumajang", "Dinas A"), ("Kabupaten Lumajang", "Dinas B"), ("Kab. Lumajang", "Dinas C"),
                ("Kota Probolinggo", "Dinas D")]  # fmt: skip
    for n, (pemda, opd) in enumerate(agencies):
        new_workbook(root / f"{n}.xlsx",
                     pengaturan={c.P_PEMDA: pemda, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
                     kinerja=kinerja(str(70 + n), "8%"), anggaran=anggaran("850.000.000", "50 jt", "90 jt"))  # fmt: skip
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(lkj_xl.rekap(root, jobs=1)))
    ws = openpyxl.load_workbook(out)[core.SHEET_GRAFIK]
    texts = {str(cell.value) for row in ws.iter_rows() for cell in row if cell.value is not None}
    assert "Dinas C (Kabupaten Lumajang)" in texts and "Dinas D (Kota Probolinggo)" in texts
    assert not any("Kab. Lumajang" in text for text in texts)


# --- 4. the Rekap sheet's title block on every printed page, whole ------------------------------------


def _rekap_xlsx(tmp_path: Path) -> Path:
    root = tmp_path / "tw2"
    root.mkdir()
    for n, opd in enumerate(["Dinas Kesehatan", "Dinas Pendidikan"]):
        new_workbook(root / f"{n}.xlsx",
                     pengaturan={c.P_PEMDA: "Kabupaten Lumajang", c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
                     kinerja=kinerja(str(70 + n), "8%"), anggaran=anggaran("850.000.000", "50 jt", "90 jt"))  # fmt: skip
    from lkj_xl.xlsx.rekap import render_rekap

    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(lkj_xl.rekap(root, jobs=1)))
    return out


def test_the_title_block_spans_the_columns_every_printed_page_repeats(tmp_path):
    # The sheet prints several pages side by side, each repeating Peringkat, Pemerintah Daerah and
    # Perangkat Daerah (A:C). The title, period and note merged over the first page's columns printed
    # cut on every later page ("Rekap Capaian Kinerja Perangkat Da"); over A:C each page has them whole.
    import openpyxl

    from lkj_xl.core import rekap as core

    ws = openpyxl.load_workbook(_rekap_xlsx(tmp_path))[core.SHEET_REKAP]
    assert ws.print_title_cols == "$A:$C"
    merged = {rng.min_row: str(rng) for rng in ws.merged_cells.ranges if rng.min_row <= 3}
    assert merged == {1: "A1:C1", 2: "A2:C2", 3: "A3:C3"}
    assert ws["A1"].value == "Rekap Capaian Kinerja Perangkat Daerah"
