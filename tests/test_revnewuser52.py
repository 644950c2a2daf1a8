"""Review of newuser52: the peringatan of a percentage chosen Kumulatif summed beyond 100 %.

- A percentage of a flow typed s.d. each quarter, as e-Monev shows it (realisasi fisik `55%`, `80%`,
  `95%` of 100 %), was told by main's running-total peringatan to type each quarter's own share or
  choose Nilai Akhir; newuser52's peringatan took its place and named only the reading of a rate per
  quarter, Rata-rata first (76,67, a wrong figure for it). A series that never falls may be either:
  both readings are named.
- In the year's report with TW IV `-`, Nilai Akhir is belum diketahui (README "Jenis Realisasi"), never
  TW III's figure: the advice named TW III's figure as what Nilai Akhir gives (so did a score's).
"""

from __future__ import annotations

from fractions import Fraction

from tests.test_engine import kinerja_row, run

FISIK = "Persentase realisasi fisik pembangunan pasar"
PATEN = "Persentase pelayanan administrasi terpadu kecamatan (PATEN) tepat waktu"


def _row(indikator, target, tws, triwulan, satuan="%"):
    row = kinerja_row(
        "S1", "Sasaran", "", "Pelayanan", indikator, target, tws, satuan=satuan, jenis="Kumulatif"
    )
    return run([row], triwulan=triwulan)


def _said(report):
    """The peringatan of the row, left out the Sasaran's missing Kode Induk (C2: this file's shortcut)."""
    return [f for f in report.findings if f.severity == "peringatan" and f.sel != "C2"]


def test_a_share_typed_sd_each_quarter_is_told_both_readings_tw3():
    # 55 + 80 + 95 = 230 %, capaian 230 / 100 x 100 = 230 %, computed as typed
    report = _row(FISIK, "100%", ("55%", "80%", "95%", None), 3)
    assert report.indicators[0].capaian_exact == 230
    (said,) = _said(report)
    assert said.sel == "H2"
    # a rate per quarter: Rata-rata (55 + 80 + 95) / 3 = 76,67, Nilai Akhir 95
    assert '"Rata-rata" (76,67)' in said.pesan
    # typed s.d. each quarter: Nilai Akhir (95), or each quarter's own share (TW III - TW II ...)
    assert "realisasi s.d. triwulan itu" in said.pesan and "TW III dikurangi TW II" in said.pesan, said.pesan


def test_a_share_typed_sd_in_semester_i_is_told_both_readings():
    # 60 + 85 = 145 % of 100 %: each at least half the target, rising
    report = _row(FISIK, "100%", ("60%", "85%", None, None), "Semester I")
    assert report.indicators[0].capaian_exact == 145
    (said,) = _said(report)
    assert "realisasi s.d. triwulan itu" in said.pesan and "TW II dikurangi TW I" in said.pesan, said.pesan
    # Nilai Akhir: TW II's 85
    assert '"Nilai Akhir" (nilai triwulan terakhir, 85)' in said.pesan


def test_a_falling_series_is_no_running_total():
    # 96, 92, 95 of 95 %: a running total of a share never falls, only the rate's reading is named
    report = _row(PATEN, "95%", ("96%", "92%", "95%", None), 3)
    (said,) = _said(report)
    assert "s.d. triwulan itu" not in said.pesan, said.pesan
    # Rata-rata (96 + 92 + 95) / 3 = 94,33; Nilai Akhir TW III's 95
    assert '"Rata-rata" (94,33)' in said.pesan and '"Nilai Akhir" (nilai triwulan terakhir, 95)' in said.pesan


def test_the_years_nilai_akhir_with_tw4_dash_is_belum_diketahui_in_the_advice():
    # Tahunan, TW IV "-": Kumulatif 92 + 96 + 93 = 281 %, 281 / 95 x 100 = 295,79 %, computed as typed
    report = _row(PATEN, "95%", ("92%", "96%", "93%", "-"), "Tahunan")
    assert report.indicators[0].capaian_exact == Fraction(281, 95) * 100
    (said,) = _said(report)
    # Rata-rata of the quarters with a figure: 281 / 3 = 93,67; Nilai Akhir: TW IV "-", not TW III's 93
    assert '"Rata-rata" (93,67)' in said.pesan
    assert '"Nilai Akhir" (belum diketahui: Belum ada realisasi)' in said.pesan, said.pesan
    assert "terakhir, 93" not in said.pesan


def test_a_scores_years_nilai_akhir_with_tw4_dash_is_belum_diketahui_too():
    # Nilai SAKIP 78 + 80,5 + 79 = 237,5 of 80, TW IV "-" in the year's report (an evaluation's score:
    # since figures67 skor_evaluasi's galat, naming Nilai Akhir alike)
    report = _row("Nilai SAKIP", "80", ("78", "80,5", "79", "-"), "Tahunan", satuan="Nilai")
    (said,) = [f for f in report.findings if f.severity == "galat"]
    assert said.sel == "H2" and "237,5" in said.pesan
    assert '"Nilai Akhir" (belum diketahui: Belum ada realisasi)' in said.pesan, said.pesan
    assert "terakhir, 79" not in said.pesan


def test_a_quarterly_report_keeps_the_latest_figure_as_nilai_akhir():
    # TW III's report: TW IV not counted, Nilai Akhir is TW III's 93
    report = _row(PATEN, "95%", ("92%", "96%", "93%", "-"), 3)
    (said,) = [f for f in _said(report) if f.sel == "H2"]
    assert '"Nilai Akhir" (nilai triwulan terakhir, 93)' in said.pesan, said.pesan
