"""Mend 34g: what review revE found in mend34a (a leftover title of another period in the Narasi; the
trend charts' labels of very large figures; a half year typed with its months in Pengaturan).

A Narasi text flagged as another period's gets a peringatan and the Word report an "[isi: ...]"
placeholder instead of the staff's text: a false flag hides a correct paragraph, so a title is read only
when every word between "Laporan" and the period, and between the period and "ini" / "dapat
diselesaikan", is a word of a title (capitalised agency words, "dan", "(LKj)", "Tahun (Anggaran) 2025").

1. A quarterly report: "Laporan Kinerja Semester I" cited with "ini" belonging to another noun
   ("... Semester I capaian ini meningkat") was pointed out as this report's title.
2. The year's report and Semester II: "Laporan evaluasi kinerja triwulan IV disampaikan ...", a report
   cited with a word before "kinerja", was pointed out as this report's title.
3. A trend of figures from a milyar on was labelled with the cell's full text, which wraps mid-number in
   the chart ("5.850.123.00" / "0.000").
4. Pengaturan Triwulan "Semester I (Januari s/d Juni)" was a galat blanking every figure.
5. The seed's Pendahuluan and Kata Pengantar of another period, written the other ways staff write them.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from lkj_xl.core.model import GALAT, Cell
from lkj_xl.core.narasi import parse_narasi, triwulan_lain
from lkj_xl.core.tables import grafik
from tests.helpers_staff import pengaturan_findings, report_with_pengaturan
from tests.test_edges1 import excel_text
from tests.test_grafik import hand_report
from tests.test_staff_round5 import BASE

# (text, triwulan, tahunan, semester): a report of 2025; none names another period as this report's.
# Read as the head of agency signing that report would: each cites another report or compares.
QUIET = [
    # 1. "ini" of another noun after a half year's report cited, in quarterly reports
    ("Dibandingkan dengan Laporan Kinerja Semester I capaian ini meningkat sebesar 10%.", 3, False, None),
    ("Pada Laporan Kinerja Semester I target ini belum tercapai.", 1, False, None),
    ("Laporan Kinerja Semester I menjadi bahan evaluasi pada triwulan ini.", 3, False, None),
    ("Sesuai Laporan Kinerja Semester I capaian ini meningkat.", 3, False, None),
    (
        "Sebagaimana dilaporkan pada Laporan Kinerja Semester I pembangunan pasar dapat diselesaikan pada "
        "bulan Agustus.",
        3,
        False,
        None,
    ),
    ("Laporan Kinerja Semester II tahun lalu menunjukkan capaian ini sebesar 45%.", 1, False, None),
    (
        "Sebagaimana tercantum dalam Laporan Kinerja Semester I sebelumnya capaian ini meningkat.",
        4,
        False,
        None,
    ),
    ("Jika dibandingkan dengan laporan kinerja semester I maka capaian ini meningkat.", 3, False, None),
    ("Hasil Laporan Kinerja Semester I menunjukkan bahwa capaian ini sudah baik.", 1, False, None),
    ("Mengacu pada Laporan Kinerja Semester I dimana capaian ini sebesar 45%.", 3, False, None),
    ("Dalam Laporan Kinerja Semester I disebutkan bahwa kegiatan ini belum terlaksana.", 4, False, None),
    (
        "Pada Laporan Kinerja Semester I target indikator ini belum tercapai karena keterlambatan anggaran.",
        3,
        False,
        None,
    ),
    (
        "Data capaian Laporan Kinerja Semester I digunakan sebagai dasar perencanaan triwulan ini.",
        4,
        False,
        None,
    ),
    ("Laporan Kinerja Semester I Tahun 2025 dapat diselesaikan tepat waktu pada bulan Juli.", 3, False, None),
    (
        "Kegiatan pameran produk UMKM yang direncanakan pada laporan kinerja semester I dapat diselesaikan "
        "pada triwulan ini.",
        3,
        False,
        None,
    ),
    (
        "Hambatan yang dilaporkan pada Laporan Kinerja Semester I berupa keterlambatan pengadaan dapat "
        "diselesaikan.",
        3,
        False,
        None,
    ),
    (
        "Permasalahan pada laporan kinerja semester I terkait keterlambatan pencairan anggaran dapat "
        "diselesaikan.",
        1,
        False,
        None,
    ),
    ("Dari laporan kinerja semester I diketahui capaian indikator ini sebesar 45%.", 3, False, None),
    ("Laporan kinerja semester I menunjukkan capaian ini sebesar 45%.", 4, False, None),
    ("Laporan kinerja semester I mencatat capaian ini 45%.", 3, False, None),
    ("Laporan capaian kinerja semester I menjadi acuan kegiatan ini.", 1, False, None),
    ("Mengacu laporan kinerja semester I capaian ini sebesar 45%.", 3, False, None),
    ("Laporan Kinerja Semester I Tahun 2025 menunjukkan capaian ini meningkat.", 3, False, None),
    ("Laporan Kinerja Semester I Tahun 2025, capaian ini meningkat.", 1, False, None),
    ("Sesuai Laporan Kinerja Semester I Tahun 2025 capaian ini meningkat.", 4, False, None),
    ("Sesuai laporan kinerja semester I capaian ini meningkat dibanding tahun lalu.", 3, False, None),
    ("Berdasarkan laporan kinerja semester I kami capaian ini 45%.", 3, False, None),
    ("Laporan Kinerja Semester I lalu mencatat capaian ini 45%.", 1, False, None),
    ("Pada Laporan Kinerja Semester I lalu capaian ini 45%.", 3, False, None),
    # 2. a report cited with a word before "kinerja", in the year's report and Semester II's
    ("Laporan evaluasi kinerja triwulan IV disampaikan kepada Bappeda tepat waktu.", 4, True, None),
    ("Laporan evaluasi kinerja triwulan IV disampaikan kepada Bappeda tepat waktu.", 4, False, 2),
    ("Laporan e-monev kinerja triwulan IV telah diunggah tepat waktu.", 4, True, None),
    ("Laporan e-monev kinerja triwulan IV telah diunggah tepat waktu.", 4, False, 2),
    ("Laporan data kinerja koperasi semester II telah diterima dari 150 koperasi.", 4, True, None),
    ("Laporan data kinerja koperasi semester II telah diterima dari 150 koperasi.", 2, False, 1),
    ("Laporan Pertanggungjawaban Kinerja Triwulan IV telah disampaikan.", 4, True, None),
    ("Laporan Pertanggungjawaban Kinerja Triwulan IV telah disampaikan.", 4, False, 2),
    ("Laporan realisasi kinerja triwulan IV dan tahun 2025 ini disusun.", 4, True, None),
]


@pytest.mark.parametrize(("teks", "triwulan", "tahunan", "semester"), QUIET)
def test_a_report_cited_is_no_leftover_title(teks, triwulan, tahunan, semester):
    assert triwulan_lain(teks, triwulan, tahunan, semester, 2025) == []


def test_a_cited_half_year_keeps_its_text_without_a_peringatan():
    """Triwulan III 2025: the Semester I report cited, "capaian ini" the indicator's: no peringatan."""
    report = report_with_pengaturan([*BASE, ["Triwulan", "III"]])
    teks = "Dibandingkan dengan Laporan Kinerja Semester I capaian ini meningkat sebesar 10%."
    narasi = parse_narasi(
        [[Cell("Bagian"), Cell("Teks")], [Cell("Kata Pengantar"), Cell(teks)]], settings=report.settings
    )
    assert report.settings.triwulan == 3
    assert [f.pesan for f in narasi.findings] == []


# 5. this report's title of another period, written the ways the seed and staff write it
SEED_AGENCY = "Dinas Koperasi, UKM, Perindustrian, dan Perdagangan"
FLAGGED = [
    # the seed's Pendahuluan ("... Triwulan II Tahun 2025 ini ...") left in the year's report
    (
        f"Laporan Kinerja pada {SEED_AGENCY} Triwulan IV Tahun 2025 ini juga sekaligus menjadi sarana "
        "evaluasi kinerja selama periode bulan Oktober – Desember 2025.",
        4,
        True,
        None,
        ["Triwulan IV"],
    ),
    # ... with Semester I in a Triwulan III report (its months Januari – Juni named too)
    (
        f"Laporan Kinerja pada {SEED_AGENCY} Semester I Tahun 2025 ini juga sekaligus menjadi sarana "
        "evaluasi kinerja selama periode bulan Januari – Juni 2025.",
        3,
        False,
        None,
        ["Semester I", "Januari – Juni"],
    ),
    # the seed's Kata Pengantar, "ini" before "dapat diselesaikan", or another verb
    (
        f"sehingga Laporan Kinerja (LKj) Semester I {SEED_AGENCY} Kabupaten Lumajang Tahun Anggaran 2025 "
        "ini dapat diselesaikan dengan baik.",
        3,
        False,
        None,
        ["Semester I"],
    ),
    (
        f"sehingga Laporan Kinerja Semester I {SEED_AGENCY} Kabupaten Lumajang Tahun 2025 dapat "
        "terselesaikan dengan baik.",
        3,
        False,
        None,
        ["Semester I"],
    ),
    (
        f"sehingga Laporan Kinerja Semester I {SEED_AGENCY} Kabupaten Lumajang Tahun 2025 dapat tersusun "
        "dengan baik.",
        4,
        False,
        None,
        ["Semester I"],
    ),
    (
        f"sehingga Laporan Kinerja Semester I {SEED_AGENCY} Kabupaten Lumajang Tahun 2025 dapat kami "
        "selesaikan.",
        1,
        False,
        None,
        ["Semester I"],
    ),
    # a word before "Kinerja" in this report's own title ("... ini") still is
    ("Laporan Pelaksanaan Kinerja Triwulan IV ini disusun sebagai evaluasi.", 4, False, 2, ["Triwulan IV"]),
    ("Laporan Hasil Kinerja Semester I ini disusun.", 3, False, None, ["Semester I"]),
]


@pytest.mark.parametrize(("teks", "triwulan", "tahunan", "semester", "named"), FLAGGED)
def test_this_reports_title_of_another_period_is_pointed_out(teks, triwulan, tahunan, semester, named):
    assert triwulan_lain(teks, triwulan, tahunan, semester, 2025) == named


# --- 3. trend labels of figures from a milyar on -------------------------------------------------------


def shown(value: float, num_format: str) -> str:
    """What Excel shows for ``value`` under a format that may scale it by its trailing commas
    ('#,##0.00,,, "milyar"': thousands of millions) and add a word."""
    body, _, word = num_format.partition(' "')
    commas = len(body) - len(body.rstrip(","))
    text = excel_text(value / 1000**commas, body.rstrip(","))
    return f"{text} {word.rstrip(chr(34))}" if word else text


def label_format(chart, point: int) -> str:
    """The format a point's label is shown with: its own, else the labels' (as xlsx.render and the
    add-in apply them)."""
    own = chart.point_label_formats[point] if chart.point_label_formats else None
    return own or chart.label_format or chart.number_format


def milyar_trend_labels(target: int, realisasi: int, earlier: tuple[int, int, int]) -> list[str]:
    """The labels of the trend of Nilai Investasi (Sangat Tinggi) with that target and realisasi and
    the figures of 2023, 2024 and last year's same period, as Excel shows them."""
    rep = hand_report()
    (inv,) = [i for i in rep.indicators if i.indikator == "Nilai Investasi"]
    inv.target, inv.realisasi = target, realisasi
    inv.realisasi_tahun = {2023: earlier[0], 2024: earlier[1]}
    inv.pembanding.tahun_lalu = earlier[2]
    capaian = F(realisasi, target) * 100
    inv.capaian_exact, inv.capaian = capaian, float(capaian)
    inv.capaian_mentah, inv.kriteria = float(capaian), "Sangat Tinggi"
    lay = grafik.layout(rep)
    (trend,) = [chart for chart in lay.charts if chart.kind == "line"]
    v = trend.series[0].values
    return [
        shown(lay.rows[v.first_row][col], label_format(trend, col - v.first_col))
        for col in range(v.first_col, v.last_col + 1)
    ]


def test_a_trend_of_milyar_is_labelled_short_in_milyar():
    # the reviewer's row: target Rp 5.984.040.000.000, realisasi Rp 5.912.345.678.901, earlier years
    # Rp 5.718.901.000.000, 5.850.123.000.000 and last year Rp 5.801.000.000.000
    # capaian 5.912.345.678.901 / 5.984.040.000.000 x 100 = 98,80... %; shown 5.912,35 of 5.984,04
    # milyar a reader recomputes 98,80... % too: two decimals are enough
    capaian = F(5_912_345_678_901, 5_984_040_000_000) * 100
    again = F(591235, 100) / F(598404, 100) * 100
    assert round(float(capaian), 2) == round(float(again), 2) == 98.80
    labels = milyar_trend_labels(
        5_984_040_000_000, 5_912_345_678_901, (5_718_901_000_000, 5_850_123_000_000, 5_801_000_000_000)
    )
    # each figure / 10^9, two decimals, half up: 5.718,901 -> 5.718,90; 5.850,123 -> 5.850,12
    assert labels == ["5.718,90 milyar", "5.850,12 milyar", "5.801,00 milyar", "5.912,35 milyar"]
    assert max(len(label) for label in labels) <= 15


def test_a_trend_of_milyar_gets_the_decimals_its_kriteria_reads_back_with():
    # Rp 900.004.000.000 of Rp 1.000.000.000.000 is 90,0004 %, Sangat Tinggi (above 90); "900,00 milyar"
    # of "1.000,00 milyar" reads back 90,00 % (Tinggi), "900,004 milyar" 90,0004 %
    assert F(900_004_000_000, 1_000_000_000_000) * 100 == F(900004, 10000)
    labels = milyar_trend_labels(
        1_000_000_000_000, 900_004_000_000, (800_000_000_000, 850_000_000_000, 880_000_000_000)
    )
    assert labels[3] == "900,004 milyar"
    # 800 milyar / 10^9 with the same three decimals
    assert labels[0] == "800,000 milyar"


# --- 4. Pengaturan: a half year or a quarter with its months "s/d" -------------------------------------


@pytest.mark.parametrize(
    ("typed", "triwulan", "semester"),
    [
        # Semester I is Januari-Juni (s/d Triwulan II), Semester II Juli-Desember; Triwulan II April-Juni
        ("Semester I (Januari s/d Juni)", 2, 1),
        ("Semester II (Juli s/d Desember)", 4, 2),
        ("Triwulan II (April s/d Juni)", 2, None),
    ],
)
def test_a_period_with_its_months_s_slash_d_is_read(typed, triwulan, semester):
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert not pengaturan_findings(report, "B6", GALAT)
    assert (report.settings.triwulan, report.settings.semester_laporan) == (triwulan, semester)


@pytest.mark.parametrize("typed", ["Semester I (Juli s/d Desember)", "Triwulan II (Juli s/d September)"])
def test_a_period_with_another_periods_months_stays_galat(typed):
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert report.settings.triwulan_galat == "Pengaturan!B6"
