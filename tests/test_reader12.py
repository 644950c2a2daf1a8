"""Reader 12: the half-year and year-end reports as their signer reads them.

1. Pengaturan Triwulan "Semester I (TW I-II)", "Semester II (Triwulan III dan IV)", "Semester I (s.d.
   TW II)": the half year by its quarters was a galat blanking every figure.
2. Grafik: a trend's point labels had two decimals beside its table's three (36,00 beside 36,002).
3. Narasi: "laporan monev semester II" in the year's report is another report mentioned (semester II
   is part of the year), no leftover title; "Laporan Kinerja Triwulan II dan Semester I" left in a
   Triwulan III report is, even beside the reported quarter; "Laporan Kinerja Semester I" in a
   quarterly Triwulan III report was read by no check.
   Grafik's note under the penyerapan chart of a Semester I report said "s.d. triwulan ini".
4. export: to_frames' rows said tahun and triwulan only: a Semester I and a Triwulan II report (and
   the Laporan Tahunan and a quarterly Triwulan IV) stacked into one table as the same period.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

import lkj_xl
from lkj_xl.core.model import GALAT
from lkj_xl.core.narasi import triwulan_lain
from lkj_xl.core.tables import grafik
from tests.common import example_typed
from tests.helpers_staff import pengaturan_findings, report_with_pengaturan
from tests.test_edges1 import cell_formats, excel_text
from tests.test_grafik import hand_report
from tests.test_staff_round5 import BASE

# --- 1. A half year typed with its quarters ------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "triwulan", "semester"),
    [
        # Semester I is Triwulan I and II (Januari-Juni), Semester II Triwulan III and IV
        ("Semester I (TW I-II)", 2, 1),
        ("Semester I (TW I - TW II)", 2, 1),
        ("Semester I (Triwulan I dan II)", 2, 1),
        ("Semester II (Triwulan III dan IV)", 4, 2),
        ("Semester II (TW III-IV)", 4, 2),
        ("Semester II (TW III s.d. TW IV)", 4, 2),
        # the report is cumulative: Semester II is s.d. TW IV, from TW I
        ("Semester II (TW I-IV)", 4, 2),
        # s.d. its last quarter
        ("Semester I (s.d. TW II)", 2, 1),
        ("Semester I (s.d. Triwulan II)", 2, 1),
        ("Semester II (sampai dengan Triwulan IV)", 4, 2),
    ],
)
def test_a_half_year_typed_with_its_quarters_is_read(typed, triwulan, semester):
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert report.settings.triwulan_galat == ""
    assert not pengaturan_findings(report, "B6", GALAT)
    assert report.settings.triwulan == triwulan
    assert report.settings.semester_laporan == semester


@pytest.mark.parametrize(
    "typed",
    [
        "Semester I (TW III)",  # Triwulan III is in Semester II
        "Semester I (TW I-III)",  # Semester I ends at TW II
        "Semester II (TW I-II)",  # that is Semester I
        "Semester I (TW II-III)",
        "Semester I (s.d. TW III)",
        "Semester II (s.d. TW II)",
        "Semester II (TW III)",  # one quarter inside the half year but not its last: which is meant?
    ],
)
def test_a_half_year_whose_quarters_say_another_period_stays_galat(typed):
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert report.settings.triwulan_galat == "Pengaturan!B6"
    (said,) = pengaturan_findings(report, "B6", GALAT)
    assert "tidak cocok" in said.pesan and "Semester" in said.pesan


# --- 2. The trend's labels as its table shows them ---------------------------------------------------------


def trend_points(rep, target: float, realisasi: float, capaian: F) -> list[tuple[str, str]]:
    """(the label as Excel shows it, its cell's text) of each point of the trend of ``rep``'s Nilai
    Investasi, given that target and realisasi, capaian ``capaian`` (Sangat Tinggi)."""
    (investasi,) = [i for i in rep.indicators if i.indikator == "Nilai Investasi"]
    investasi.target, investasi.realisasi = target, realisasi
    investasi.capaian_exact = capaian
    investasi.capaian = investasi.capaian_mentah = float(capaian)
    investasi.kriteria = "Sangat Tinggi"
    lay = grafik.layout(rep)
    formats = cell_formats(lay)
    (trend,) = [chart for chart in lay.charts if chart.kind == "line"]
    v = trend.series[0].values
    seen = []
    for col in range(v.first_col, v.last_col + 1):
        value = lay.rows[v.first_row][col]
        own = trend.point_label_formats[col - v.first_col] if trend.point_label_formats else None
        label = excel_text(value, own or trend.label_format or trend.number_format)
        seen.append((label, excel_text(value, formats[(v.first_row, col)])))
    return seen


@pytest.mark.parametrize("desimal", [0, 2, 3])
def test_each_trend_point_is_labelled_with_its_cells_text(desimal):
    rep = hand_report()
    # Desimal (Pengaturan) gives the capaian's decimals; a figure's decimals are the indicator's own
    # (formulas.figure_decimals): the same three below whatever Desimal says
    rep.settings.desimal = desimal
    # 36,0016 of 40 is 90,004 % (36,0016 / 40 x 100), Sangat Tinggi: shown 36,00 a reader recomputes
    # 90,00 (Tinggi), and 36,002 / 40 = 90,005, not the 90,004 shown, so the tables show 36,0016
    # (formulas.figure_decimals; decimals44: was 36,002); the earlier years typed whole, 10, 20 and 12
    # (hand_report), with the report's 2 (output63: were 10,0000, 20,0000, 12,0000), label and cell alike
    seen = trend_points(rep, 40, 36.0016, F("36.0016") / 40 * 100)
    assert seen == [
        ("10,00", "10,00"),
        ("20,00", "20,00"),
        ("12,00", "12,00"),
        ("36,0016", "36,0016"),
    ]


# --- 3. A Narasi text naming another period ------------------------------------------------------------

# (text, triwulan, tahunan, semester, what is named as another period); the report is of 2025.
# Expected by reading each text as the head of agency signing that report would.
NARASI = [
    # another report (monitoring, realisation) of a half year inside the year: a mention, no title
    ("Data diambil dari laporan monev semester II.", 4, True, None, []),
    ("Sumber data: Laporan Monev Semester II Tahun 2025.", 4, True, None, []),
    ("Data diambil dari laporan realisasi fisik triwulan IV.", 4, True, None, []),
    ("Data diambil dari laporan monev semester I.", 2, False, 1, []),
    # the report's own title of a half year or quarter: still a leftover in the year's report
    ("Laporan Kinerja Semester II Tahun 2025 ini disusun.", 4, True, None, ["Semester II"]),
    ("Laporan Kinerja (LKj) Triwulan IV ini disusun.", 4, True, None, ["Triwulan IV"]),
    ("Laporan Kinerja Dinas Koperasi Triwulan IV ini disusun.", 4, True, None, ["Triwulan IV"]),
    ("Laporan Kinerja Dinas Koperasi Semester II ini disusun.", 4, True, None, ["Semester II"]),
    ("Laporan Kinerja Dinas Koperasi Triwulan II ini disusun.", 2, False, 1, ["Triwulan II"]),
    # a combined title of the half year and its last quarter, left from the Triwulan II report
    (
        "Laporan Kinerja Triwulan II dan Semester I Tahun 2025 ini disusun sebagai bahan evaluasi "
        "kinerja triwulan III.",
        3,
        False,
        None,
        ["Triwulan II", "Semester I"],
    ),
    ("Laporan Kinerja Semester I / Triwulan II ini disusun.", 3, False, None, ["Semester I", "Triwulan II"]),
    (
        "Laporan Kinerja Triwulan IV dan Semester II ini disusun.",
        4,
        True,
        None,
        ["Triwulan IV", "Semester II"],
    ),
    # the half year's own combined title is its own
    ("Laporan Kinerja Triwulan II dan Semester I Tahun 2025 ini disusun.", 2, False, 1, []),
    # a half year's title in a quarterly report of another quarter
    ("Laporan Kinerja Semester I Tahun 2025 ini disusun.", 3, False, None, ["Semester I"]),
    # (mend34a: "s.d. Semester I" is the half year as a period mentioned, not this report's title)
    ("Capaian kinerja s.d. Semester I disajikan berikut.", 1, False, None, []),
    # ... but the half year mentioned (compared, completed, another year) is not
    ("Laporan ini melengkapi Laporan Kinerja Semester I yang telah disampaikan.", 4, False, None, []),
    ("Dibandingkan dengan capaian Semester I, capaian triwulan III meningkat.", 3, False, None, []),
    ("Realisasi Semester I menjadi dasar perencanaan.", 3, False, None, []),
    ("Laporan Kinerja Semester I Tahun 2024 menjadi pembanding.", 3, False, None, []),
    # Semester I ends with Triwulan II: the same months as the quarterly report, only its name differs
    ("Laporan Kinerja Semester I Tahun 2025 ini disusun.", 2, False, None, []),
]


@pytest.mark.parametrize(("teks", "triwulan", "tahunan", "semester", "named"), NARASI)
def test_a_narasi_text_naming_another_period(teks, triwulan, tahunan, semester, named):
    assert triwulan_lain(teks, triwulan, tahunan, semester, 2025) == named


def test_the_penyerapan_notes_period_is_the_half_year():
    rep = hand_report()
    rep.settings.semester = True  # Pengaturan Triwulan "Semester I": s.d. Triwulan II, titled Semester I
    rows = [
        str(row[0]) for row in grafik.layout(rep).rows if row and str(row[0]).startswith("Batang: realisasi")
    ]
    assert rows == [
        "Batang: realisasi anggaran Semester I Tahun 2025 dibagi pagu, per program (nama di tabel)."
    ]


# --- 4. Whose report, of which period: the DataFrames -----------------------------------------------------


def test_frames_tell_a_half_year_and_the_years_report_from_the_quarter(tmp_path):
    import pandas as pd

    typed = {"smt1": "Semester I", "tw2": 2, "tahunan": "Laporan Tahunan", "tw4": 4}
    frames = {
        name: lkj_xl.to_frames(lkj_xl.load_report(example_typed(tmp_path, name, value, {})))  # type: ignore[arg-type]
        for name, value in typed.items()
    }
    for table in ("indikator", "anggaran", "ringkasan"):
        both = pd.concat([frames[name][table] for name in typed], ignore_index=True)
        periods = both[["triwulan", "semester", "tahunan"]].drop_duplicates().astype(object)
        periods = periods.where(periods.notna(), None)
        # Semester I is s.d. Triwulan II (1 of 2 halves); the Laporan Tahunan s.d. Triwulan IV
        assert [tuple(r) for r in periods.itertuples(index=False)] == [
            (2, 1, False),
            (2, None, False),
            (4, None, True),
            (4, None, False),
        ], table
        assert str(both["semester"].dtype) == "Int64" and str(both["tahunan"].dtype) == "boolean"
        assert list(both.columns[:4]) == ["pemerintah_daerah", "perangkat_daerah", "tahun", "triwulan"]
