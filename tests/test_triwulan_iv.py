"""The example workbook played at year end: Pengaturan Triwulan IV (and the same workbook at TW III for
contrast), as a Kepala Dinas reads what he signs.

At Triwulan IV "the same period last year" (README, Kinerja: ``Realisasi Tahun Lalu`` is "the
realisation of the same period last year (s.d. the same quarter)") is last year s.d. TW IV, its whole
year: the figure staff type in ``Realisasi <Tahun - 1>`` (README: "under Triwulan I-III a Kumulatif one
equal to Realisasi <Tahun - 1>, last year's whole year, is a peringatan", so under Triwulan IV the two
are the same period). A TW IV report with ``Realisasi 2024`` typed and ``Realisasi Tahun Lalu`` left
empty must compare with it, in the sheet, the narrative, the export and the chart alike.

Example rows used (workbooks/make_example.py, Kinerja): row 12 T2 "Nilai Investasi" (Kumulatif,
target 1.282.684,40 juta, TW I 193.900 juta), row 5 S1 (Nilai Akhir, %, Realisasi 2024 and Realisasi
Tahun Lalu 2,50%), row 13 S2 (Kumulatif %, TW I 25, TW II 4), row 4 T1 (Nilai Akhir, Realisasi 2023
only). Columns: K..N Realisasi TW I..IV, Q Realisasi 2024, R Realisasi Tahun Lalu.
"""

from __future__ import annotations

import io
import json
from fractions import Fraction as F
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from lkj_xl.build import build_in_memory, load_report
from lkj_xl.cli import main
from lkj_xl.core.kalimat_pembanding import pembanding_kalimat
from lkj_xl.core.model import IndicatorResult, Report
from lkj_xl.core.tables.grafik import _trend_value, trend_columns
from tests.common import example_typed

JUTA = 1_000_000

# T2 Nilai Investasi, typed as staff do, scale word "juta". TW I 193.900 juta is the example's.
T2_TW = {("Kinerja", "L12"): "200.000 juta", ("Kinerja", "M12"): "450.000 juta"}
T2_TW4 = {("Kinerja", "N12"): "400.000 juta"}
T2_2024 = {("Kinerja", "Q12"): "1.150.000 juta"}
# S1: Realisasi Tahun Lalu emptied, Realisasi 2024 2,50% kept; TW IV 3,8 % typed the Indonesian way.
S1 = {("Kinerja", "R5"): None, ("Kinerja", "N5"): "3,8 %"}


def _ind(report: Report, kode: str) -> IndicatorResult:
    return next(i for i in report.indicators if i.kode == kode)


def _workbook(tmp_path: Path, triwulan: int, cells: dict[tuple[str, str], object]) -> Path:
    return example_typed(tmp_path, f"tw{triwulan}", triwulan, cells)


def _perbandingan_row(data: bytes, indikator: str, triwulan: int) -> dict[str, object]:
    """The Perbandingan Kinerja row of an indicator, by the headers of its second header row."""
    ws = openpyxl.load_workbook(io.BytesIO(data))["Perbandingan Kinerja"]
    rows = list(ws.iter_rows(values_only=True))
    second = next(i for i, r in enumerate(rows) if "Selisih" in r)
    headers = rows[second]
    row = next(r for r in rows if indikator in r)
    tw = ["I", "II", "III", "IV"][triwulan - 1]
    out = {str(h): v for h, v in zip(headers, row, strict=False) if h}
    # At TW IV the same period last year is the whole of 2024: one column "2024" (test_triwulan_v.py).
    out["lalu"] = row[headers.index("2024" if triwulan == 4 else f"s.d. TW {tw} 2024")]
    return out


def test_tw4_compares_with_realisasi_of_last_year_when_tahun_lalu_is_empty(tmp_path: Path) -> None:
    workbook = _workbook(tmp_path, 4, T2_TW | T2_TW4 | T2_2024 | S1)
    built = build_in_memory(workbook)
    t2 = _ind(built.report, "T2")
    # Kumulatif s.d. TW IV: 193.900 + 200.000 + 450.000 + 400.000 = 1.243.900 juta.
    assert t2.realisasi == 1_243_900 * JUTA
    p = t2.pembanding
    # last year s.d. TW IV = the whole of 2024: Realisasi 2024, 1.150.000 juta.
    assert p.tahun_lalu == 1_150_000 * JUTA
    # selisih 1.243.900 - 1.150.000 = 93.900 juta; perubahan 93.900 / 1.150.000 x 100 = 939/115 %.
    assert p.selisih_exact == 93_900 * JUTA
    assert p.perubahan_exact == F(939, 115)
    assert p.membaik is True
    # S1 (Nilai Akhir): TW IV 3,8 against 2024's 2,50 (Realisasi 2024): +1,3 points, 52 %.
    s1 = _ind(built.report, "S1").pembanding
    assert s1.tahun_lalu == 2.5
    assert s1.selisih_exact == F(13, 10)
    assert s1.perubahan_exact == 52

    row = _perbandingan_row(built.data, "Nilai Investasi", 4)
    assert row["lalu"] == 1_150_000 * JUTA
    assert row["Selisih"] == 93_900 * JUTA
    assert row["Keterangan"] == "Membaik"

    # The narrative (3.1.3 / Analisis Capaian) says the same: 939/115 = 8,1652... shown 8,17 %.
    kalimat = " ".join(pembanding_kalimat(t2, built.report.settings))
    # (rupiah with Rp, as the seed writes money in sentences: tampilan56)
    assert (
        "tahun sebelumnya (Rp 1.150.000,00 juta) mengalami kenaikan sebesar Rp 93.900,00 juta (8,17%"
        in kalimat
    )


def test_tw4_export_carries_the_same_comparison(tmp_path: Path) -> None:
    workbook = _workbook(tmp_path, 4, T2_TW | T2_TW4 | T2_2024)
    result = CliRunner().invoke(main, ["export", str(workbook)])
    assert result.exit_code == 0, result.output
    t2 = next(r for r in json.loads(result.output)["indikator"] if r["kode"] == "T2")
    # 1.150.000 juta and the selisih 93.900 juta, as in the sheet (hand figures above).
    assert t2["pembanding"]["tahun_lalu"] == 1_150_000 * JUTA
    assert t2["pembanding"]["selisih"] == 93_900 * JUTA
    assert t2["pembanding"]["membaik"] is True


def test_tw3_does_not_compare_a_part_of_this_year_with_the_whole_of_last_year(tmp_path: Path) -> None:
    """Contrast: the same workbook at TW III. Realisasi 2024 is the whole year, not s.d. TW III 2024:
    no comparison is drawn from it (Realisasi Tahun Lalu empty)."""
    workbook = _workbook(tmp_path, 3, T2_TW | T2_2024)
    report = load_report(workbook)
    t2 = _ind(report, "T2")
    # Kumulatif s.d. TW III: 193.900 + 200.000 + 450.000 = 843.900 juta.
    assert t2.realisasi == 843_900 * JUTA
    assert t2.pembanding.tahun_lalu is None
    assert t2.pembanding.selisih is None


def test_tw4_tahun_lalu_typed_is_used_and_a_different_realisasi_2024_is_pointed_out(tmp_path: Path) -> None:
    """Both typed at TW IV and different: two figures for one period. Realisasi Tahun Lalu (the column
    of the comparison) is used, with a peringatan at its cell naming both."""
    cells = {
        ("Kinerja", "M13"): 6,
        ("Kinerja", "N13"): 5,
        ("Kinerja", "R13"): "37%",
        ("Kinerja", "Q13"): "38 %",
    }
    report = load_report(_workbook(tmp_path, 4, cells))
    s2 = _ind(report, "S2").pembanding
    # s.d. TW IV 25 + 4 + 6 + 5 = 40 against 37: +3.
    assert s2.tahun_lalu == 37
    assert s2.selisih_exact == 3
    said = [f for f in report.findings if f.sel == "R13"]
    assert len(said) == 1, [f.pesan for f in report.findings]
    assert said[0].severity == "peringatan"
    assert "37%" in said[0].pesan and "38 %" in said[0].pesan and "Realisasi 2024" in said[0].pesan


def test_tw4_same_figure_in_both_columns_is_quiet(tmp_path: Path) -> None:
    # S1 keeps Realisasi 2024 and Realisasi Tahun Lalu both 2,50% (the example): nothing to say.
    report = load_report(_workbook(tmp_path, 4, {("Kinerja", "N5"): "3,8%"}))
    assert not [f for f in report.findings if f.sel in ("R5", "Q5")]


def test_tw4_without_last_year_shows_no_comparison(tmp_path: Path) -> None:
    """T1 has only Realisasi 2023 (two years back): no figure for last year, none invented."""
    workbook = _workbook(tmp_path, 4, {("Kinerja", "N4"): "6.012,50 milyar"})
    built = build_in_memory(workbook)
    t1 = _ind(built.report, "T1").pembanding
    assert t1.tahun_lalu is None and t1.selisih is None
    row = _perbandingan_row(built.data, "Nilai PDRB sektor Industri", 4)
    assert row["lalu"] == "-"
    assert row["Selisih"] == "-"


def test_tw4_trend_chart_has_one_point_for_last_year(tmp_path: Path) -> None:
    """At TW IV "2024" and "s.d. TW IV 2024" are one period: the trend line gets one point for it,
    not the same year twice (or a gap beside it)."""
    report = load_report(_workbook(tmp_path, 4, T2_TW | T2_TW4 | T2_2024 | S1))
    headers = [h for _, h in trend_columns(report)]
    assert headers == ["2023", "2024", "s.d. TW IV 2025"]
    # Realisasi Tahun Lalu typed (S2, 38 %): still one column for 2024, holding that figure.
    (tmp_path / "4").mkdir()
    typed = load_report(_workbook(tmp_path / "4", 4, {("Kinerja", "R13"): "38%"}))
    columns = trend_columns(typed)
    assert [h for _, h in columns] == ["2023", "2024", "s.d. TW IV 2025"]
    key_2024 = columns[1][0]
    assert _trend_value(_ind(typed, "S2"), key_2024) == 38
    (tmp_path / "3").mkdir()
    at_tw3 = load_report(_workbook(tmp_path / "3", 3, {("Kinerja", "R13"): "30%"}))
    assert [h for _, h in trend_columns(at_tw3)] == ["2023", "2024", "s.d. TW III 2024", "s.d. TW III 2025"]


# --- the annual report: Pengaturan Triwulan "Laporan Tahunan" -------------------------------------------
# README (Pengaturan): "the annual report, Tahunan, Laporan Tahunan, Akhir Tahun, is Triwulan IV". The
# figures are those s.d. TW IV; but the workbook then says it is the year's report, not the quarterly
# Laporan Kinerja Triwulan IV (the seed's cover reads "KINERJA / TRIWULAN II 2025", seed l.3-5): the
# cover and the e-mail name the year. Triwulan 4 typed as a number stays the quarterly report.


def _cover_lines(docx_bytes: bytes) -> list[str]:
    import docx

    paragraphs = [p.text for p in docx.Document(io.BytesIO(docx_bytes)).paragraphs if p.text.strip()]
    return paragraphs[:4]


def _example_with_triwulan(tmp_path: Path, value: object) -> Path:
    path = _workbook(tmp_path, 4, {})
    wb = openpyxl.load_workbook(path)
    wb["Pengaturan"]["B7"] = value
    wb.save(path)
    return path


def test_tw4_as_a_number_is_the_quarterly_report(tmp_path: Path) -> None:
    from lkj_xl.delivery.message import default_subject
    from lkj_xl.laporan import document_of

    built = build_in_memory(_example_with_triwulan(tmp_path, 4))
    assert _cover_lines(document_of(built))[:2] == ["LAPORAN KINERJA", "TRIWULAN IV TAHUN 2025"]
    assert default_subject(built.report.settings).startswith("Laporan Kinerja Triwulan IV Tahun 2025 - ")


def test_laporan_tahunan_names_the_year_on_the_cover_and_in_the_mail(tmp_path: Path) -> None:
    from lkj_xl.delivery.message import default_body, default_subject
    from lkj_xl.laporan import document_of

    for n, typed in enumerate(["Laporan Tahunan", "Tahunan 2025", " akhir tahun "]):
        folder = tmp_path / str(n)
        folder.mkdir()
        built = build_in_memory(_example_with_triwulan(folder, typed))
        s = built.report.settings
        assert s.triwulan == 4, typed  # figures s.d. TW IV, as before
        assert _cover_lines(document_of(built))[:2] == ["LAPORAN KINERJA", "TAHUN 2025"], typed
        assert default_subject(s).startswith("Laporan Kinerja Tahun 2025 - "), typed
        assert "Laporan Kinerja Tahun 2025 Dinas Koperasi" in default_body(s, []), typed
    # Another quarter asked for on the command line (--triwulan 2): that quarter's report, not the year's.
    asked = build_in_memory(_example_with_triwulan(tmp_path, "Laporan Tahunan"), triwulan=2)
    assert default_subject(asked.report.settings).startswith("Laporan Kinerja Triwulan II Tahun 2025 - ")
