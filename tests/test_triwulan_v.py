"""The example workbook at year end, as a Dinas writing its Laporan Tahunan plays it (continues
test_triwulan_iv.py).

- "-" (no data, README), "n/a" or "belum ada" typed in Realisasi Tahun Lalu at Triwulan IV while
  "Realisasi <Tahun - 1>" holds last year's whole year: that figure is the same period and is compared.
- Perbandingan Kinerja at TW IV: "2024" and "s.d. TW IV 2024" are one period (the whole of 2024), so
  the table shows one column "2024" (as the trend chart gives it one point), holding the figure compared.
- Pengaturan Triwulan "Laporan Tahunan": the year's report reads as one everywhere, as the seed names a
  year ("Perjanjian Kinerja ... Tahun 2025", "Laporan Kinerja ... Tahun 2025", seed l.370; its table
  "Indikator 2024 2025", l.612): titles "... Tahun 2025" where the quarterly one says "s.d. Triwulan IV
  Tahun 2025" (seed l.499 "s/d Triwulan II Tahun 2025"), no "s.d. TW IV" column header, the narrative
  "pada Tahun 2025", the export says it is the year's report.
- Realisasi Tahun Lalu typed as a percentage ("85%") for an indicator counted in IKM: no comparison
  drawn from it (330 IKM against 85 % is no change of 245), a galat at its cell.
- A Kumulatif TW IV holding the year's total (25; 4; 6; 40 of the seed's S2): a peringatan at TW IV.

Example rows (workbooks/make_example.py, Kinerja): row 5 S1 (Nilai Akhir %, target 3,63%, Realisasi
2024 2,50% in Q5, Realisasi Tahun Lalu 2,50% in R5), row 7 K1.01.01 (Kumulatif, Satuan IKM, target 400,
TW II 95), row 12 T2 (Kumulatif, 1.282.684,40 juta, TW I 193.900 juta), row 13 S2 (Kumulatif %, target
40,71%, TW I 25, TW II 4). Columns K..N Realisasi TW I..IV, P Realisasi 2023, Q 2024, R Tahun Lalu.
"""

from __future__ import annotations

import io
import json
import re
from fractions import Fraction as F
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.build import build_in_memory, load_report
from lkj_xl.cli import main
from lkj_xl.core.model import IndicatorResult, Report
from lkj_xl.core.ownership import has_tool_title
from lkj_xl.core.tables.grafik import trend_columns
from tests.common import example_typed

JUTA = 1_000_000
T2 = {
    ("Kinerja", "L12"): "200.000 juta",
    ("Kinerja", "M12"): "450.000 juta",
    ("Kinerja", "N12"): "400.000 juta",
    ("Kinerja", "Q12"): "1.150.000 juta",
}


def _ind(report: Report, kode: str) -> IndicatorResult:
    return next(i for i in report.indicators if i.kode == kode)


def _workbook(
    tmp_path: Path, triwulan: object, cells: dict[tuple[str, str], object], name: str = "wb"
) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return example_typed(folder, name, triwulan, cells)  # type: ignore[arg-type]


def _sheet_rows(data: bytes, sheet: str) -> list[tuple[object, ...]]:
    return list(openpyxl.load_workbook(io.BytesIO(data))[sheet].iter_rows(values_only=True))


def _perbandingan(data: bytes) -> tuple[list[object], list[tuple[object, ...]]]:
    rows = _sheet_rows(data, "Perbandingan Kinerja")
    second = next(i for i, r in enumerate(rows) if "Selisih" in r)
    return list(rows[second]), rows


# --- (1) "-", "n/a", "belum ada" in Realisasi Tahun Lalu at TW IV ----------------------------------------


@pytest.mark.parametrize("typed", ["-", "n/a", "belum ada", " Belum ada "])
def test_tw4_no_data_in_tahun_lalu_falls_back_to_last_years_column(tmp_path: Path, typed: str) -> None:
    # S1 Nilai Akhir: TW IV "3,8 %" against Realisasi 2024 2,50% (Q5): +1,3 points, 1,3 / 2,5 = 52 %.
    report = load_report(_workbook(tmp_path, 4, {("Kinerja", "R5"): typed, ("Kinerja", "N5"): "3,8 %"}))
    p = _ind(report, "S1").pembanding
    assert p.tahun_lalu == 2.5, typed
    assert p.selisih_exact == F(13, 10)
    assert p.perubahan_exact == 52
    assert p.membaik is True


def test_tw3_no_data_in_tahun_lalu_still_draws_no_comparison(tmp_path: Path) -> None:
    """Contrast: at TW III Realisasi 2024 is the whole year, not s.d. TW III 2024: nothing compared."""
    report = load_report(_workbook(tmp_path, 3, {("Kinerja", "R5"): "-", ("Kinerja", "M5"): "3,8 %"}))
    assert _ind(report, "S1").pembanding.selisih is None


# --- (2) Perbandingan Kinerja at TW IV: one column for last year -----------------------------------------


def test_tw4_perbandingan_has_one_column_for_last_year(tmp_path: Path) -> None:
    built = build_in_memory(_workbook(tmp_path, 4, T2))
    headers, rows = _perbandingan(built.data)
    named = [h for h in headers if h]
    # 2023 (P), 2024 once (the whole year = s.d. TW IV 2024), this period.
    assert named.count("2024") == 1, named
    assert "s.d. TW IV 2024" not in named
    assert "s.d. TW IV 2025" in named
    t2 = next(r for r in rows if "Nilai Investasi" in r)
    # Realisasi 2024 1.150.000 juta; s.d. TW IV 2025 193.900 + 200.000 + 450.000 + 400.000 = 1.243.900 juta.
    assert t2[headers.index("2024")] == 1_150_000 * JUTA
    assert t2[headers.index("s.d. TW IV 2025")] == 1_243_900 * JUTA
    assert t2[headers.index("Selisih")] == 93_900 * JUTA


def test_tw4_perbandingan_last_year_column_holds_the_figure_compared(tmp_path: Path) -> None:
    # S2: Realisasi Tahun Lalu 37% (used, with its peringatan) and Realisasi 2024 38%: the column shows 37.
    cells = {
        ("Kinerja", "R13"): "37%",
        ("Kinerja", "Q13"): "38 %",
        ("Kinerja", "M13"): 6,
        ("Kinerja", "N13"): 5,
    }
    built = build_in_memory(_workbook(tmp_path, 4, cells))
    headers, rows = _perbandingan(built.data)
    s2 = next(r for r in rows if "Persentase koperasi yang taat akan peraturan perundang - undangan" in r)
    assert s2[headers.index("2024")] == 37
    # 25 + 4 + 6 + 5 = 40 against 37: +3.
    assert s2[headers.index("Selisih")] == 3


def test_tw3_perbandingan_keeps_the_year_and_the_same_period_apart(tmp_path: Path) -> None:
    built = build_in_memory(_workbook(tmp_path, 3, {("Kinerja", "R13"): "30%"}))
    named = [h for h in _perbandingan(built.data)[0] if h]
    assert "2024" in named and "s.d. TW III 2024" in named and "s.d. TW III 2025" in named


# --- (3) the annual report reads as one ----------------------------------------------------------------


def _texts(
    data: bytes, skip: tuple[str, ...] = ("Pengaturan", "Kinerja", "Anggaran", "Pemeriksaan")
) -> list[str]:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return [
        cell
        for ws in wb.worksheets
        if ws.title not in skip
        for row in ws.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, str)
    ]


def test_laporan_tahunan_sheets_read_as_the_years_report(tmp_path: Path) -> None:
    built = build_in_memory(_workbook(tmp_path, "Laporan Tahunan", T2 | {("Kinerja", "N13"): 5}))
    assert built.report.settings.triwulan == 4  # figures s.d. TW IV, as before
    texts = _texts(built.data)
    # No quarter named as the report's period anywhere in the tables and the narrative.
    assert not [t for t in texts if "s.d. Triwulan IV" in t or "s.d. TW IV" in t], [
        t[:120] for t in texts if "s.d. Triwulan IV" in t or "s.d. TW IV" in t
    ]
    wb = openpyxl.load_workbook(io.BytesIO(built.data))
    assert wb["Capaian Tujuan Sasaran"]["A1"].value == (
        "Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran Strategis Tahun 2025"
    )
    assert wb["Realisasi Anggaran"]["A1"].value == "Tabel 3.4 Realisasi Anggaran Tahun 2025"
    assert "Realisasi Tahun 2025" in texts  # Tabel 3.1 / 3.2's column, "Realisasi s.d. TW IV" quarterly
    headers, rows = _perbandingan(built.data)
    assert "2024" in headers and "2025" in headers
    t2 = next(r for r in rows if "Nilai Investasi" in r)
    assert t2[headers.index("2025")] == 1_243_900 * JUTA  # hand sum above
    # The narrative: "capaian kinerja pada Tahun 2025 sebesar ..." (T2: 1.243.900 / 1.282.684,40).
    assert any("capaian kinerja pada Tahun 2025 sebesar" in t for t in texts)
    # The trend chart's periods: 2023, 2024, 2025 (the year, not "s.d. TW IV 2025").
    assert [h for _, h in trend_columns(built.report)] == ["2023", "2024", "2025"]
    # The sheets are recognised as the tool's on the next build (A1 titles).
    assert has_tool_title("Capaian Tujuan Sasaran", wb["Capaian Tujuan Sasaran"]["A1"].value)
    again = build_in_memory(_write(tmp_path / "again.xlsx", built.data))
    assert again.report.settings.tahunan


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_triwulan_4_as_a_number_keeps_the_quarterly_wording(tmp_path: Path) -> None:
    built = build_in_memory(_workbook(tmp_path, 4, T2))
    wb = openpyxl.load_workbook(io.BytesIO(built.data))
    assert wb["Capaian Tujuan Sasaran"]["A1"].value == (
        "Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran Strategis s.d. Triwulan IV Tahun 2025"
    )
    assert "Realisasi s.d. TW IV" in _texts(built.data)


def test_laporan_tahunan_export_and_word_say_the_year(tmp_path: Path) -> None:
    from lkj_xl.laporan import document_of

    workbook = _workbook(tmp_path, "Laporan Tahunan", T2)
    result = CliRunner().invoke(main, ["export", str(workbook)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["triwulan"] == 4 and data["tahunan"] is True
    import docx

    text = "\n".join(
        p.text for p in docx.Document(io.BytesIO(document_of(build_in_memory(workbook)))).paragraphs
    )
    assert "s.d. Triwulan IV" not in text
    assert re.search(r"3\.1\.1 Capaian Kinerja Tujuan dan Sasaran Strategis Tahun 2025", text)
    quarterly = CliRunner().invoke(main, ["export", str(_workbook(tmp_path, 4, T2, "q"))])
    assert json.loads(quarterly.output)["tahunan"] is False


# --- users at year end ----------------------------------------------------------------------------------


def test_tahun_lalu_as_a_percentage_of_a_count_is_a_galat(tmp_path: Path) -> None:
    # K1.01.01 counts IKM (target 400): TW I 20, TW II 95, TW III 100, TW IV 115 -> 330 IKM s.d. TW IV.
    cells = {("Kinerja", "K7"): 20, ("Kinerja", "M7"): 100, ("Kinerja", "N7"): 115, ("Kinerja", "R7"): "85%"}
    report = load_report(_workbook(tmp_path, 4, cells))
    k = _ind(report, "K1.01.01")
    assert k.realisasi == 330
    # not 330 - 85 = 245 "IKM": no comparison, the cell named.
    assert k.pembanding.selisih is None
    said = [f for f in report.findings if f.sel == "R7"]
    assert len(said) == 1 and said[0].severity == "galat", [f.pesan for f in report.findings]
    assert '"85%"' in said[0].pesan and "IKM" in said[0].pesan
    assert "Kinerja!R7" in k.pembanding.galat
    # The same typed in Realisasi 2024, used at TW IV when Realisasi Tahun Lalu is empty: said at Q7.
    (tmp_path / "q").mkdir()
    cells_q = {**cells, ("Kinerja", "R7"): None, ("Kinerja", "Q7"): "85 %"}
    report_q = load_report(example_typed(tmp_path / "q", "q", 4, cells_q))
    assert _ind(report_q, "K1.01.01").pembanding.selisih is None
    assert [f.severity for f in report_q.findings if f.sel == "Q7"] == ["galat"]


def test_tahun_lalu_as_a_count_of_a_count_is_quiet(tmp_path: Path) -> None:
    cells = {("Kinerja", "K7"): 20, ("Kinerja", "M7"): 100, ("Kinerja", "N7"): 115, ("Kinerja", "R7"): "310"}
    report = load_report(_workbook(tmp_path, 4, cells))
    # 330 - 310 = 20 IKM, 20 / 310 x 100 = 200/31 %.
    p = _ind(report, "K1.01.01").pembanding
    assert p.selisih_exact == 20 and p.perubahan_exact == F(200, 31)
    assert not [f for f in report.findings if f.sel == "R7"]


def test_tw4_holding_the_years_total_is_pointed_out(tmp_path: Path) -> None:
    # S2 Kumulatif %: TW I 25, TW II 4, TW III 6, TW IV typed 40 = the year (25 + 4 + 6 = 35, plus 5 in
    # TW IV). Summed: 75, capaian 75 / 40,71 = 184 %; meant: 40, 98 %.
    report = load_report(_workbook(tmp_path, 4, {("Kinerja", "M13"): 6, ("Kinerja", "N13"): "40"}))
    s2 = _ind(report, "S2")
    assert s2.realisasi == 75  # computed as typed
    said = [f for f in report.findings if f.sel == "N13"]
    assert len(said) == 1 and said[0].severity == "peringatan", [f.pesan for f in report.findings]
    # names TW IV alone, the sum of TW I-III (25 + 4 + 6 = 35) and the quarter meant (40 - 35 = 5)
    assert "(40)" in said[0].pesan and "(35)" in said[0].pesan and "40 - 35 = 5" in said[0].pesan


def test_tw4_a_large_fourth_quarter_under_the_target_is_quiet(tmp_path: Path) -> None:
    # S2: 25; 4; 6; 5 -> 40 of 40,71: nothing over the target, nothing to say at TW IV.
    report = load_report(_workbook(tmp_path, 4, {("Kinerja", "M13"): 6, ("Kinerja", "N13"): 5}))
    assert _ind(report, "S2").realisasi == 40
    assert not [f for f in report.findings if f.sel == "N13"]


def test_laporan_tahunan_findings_name_the_year(tmp_path: Path) -> None:
    # The example's signing date 4 Juli 2025 (Pengaturan) before the year's end, 31 Desember 2025.
    report = load_report(_workbook(tmp_path, "Laporan Tahunan", {}))
    said = [f.pesan for f in report.findings if f.sheet == "Pengaturan" and "sebelum akhir" in f.pesan]
    assert said and "sebelum akhir Tahun 2025 (31 Desember 2025)" in said[0], said
