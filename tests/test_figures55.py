"""Kumulatif percentages summed where staff meant something else, left silent by figures54:

1. a chosen-Kumulatif share with no position word summed beyond 100 % (`Persentase pelayanan perizinan
   tepat waktu` 35,5 + 70 of 90 = 105,5, 117,22 %), where a percentage of a target (`Persentase
   realisasi PAD terhadap target` 30 + 40 + 35 = 105) may honestly exceed it;
2. a growth rate chosen Kumulatif (`Persentase peningkatan PAD` 2,5 + 3,5 = 6 of 5: 120 %);
3. a position below half its target (`... yang ditindaklanjuti` 20; 35; 44 of 90: 99, 110 %);
4. a ratio `1:3` under a chosen Positif: the advice says which way its figure runs.

Every figure is worked by hand in the comment beside it (Fraction).
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.export import to_dict
from tests.test_engine import kinerja_row, run

IZIN = "Persentase pelayanan perizinan tepat waktu"
PAD_GROWTH = "Persentase peningkatan PAD"
BPK = "Persentase temuan BPK yang ditindaklanjuti"


def _report(indikator, target, tws, triwulan=2, *, jenis="Kumulatif", satuan="%", polaritas=None, ket=None):
    tws = (*tws, *([None] * (4 - len(tws))))
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Pelayanan",
        indikator,
        target,
        tws,
        jenis=jenis,
        satuan=satuan,
        polaritas=polaritas,
        keterangan=ket,
    )
    return run([row], triwulan=triwulan)


def _said(report):
    """The row's findings but the Sasaran's missing Kode Induk at C2 (the test rows' own shortcut)."""
    return [f for f in report.findings if f.sel != "C2"]


# --- 1. a share with no position word summed beyond 100 % ---------------------------------------


def test_a_share_summed_beyond_the_whole_names_both_readings():
    report = _report(IZIN, "90", ("35,5", "70"))
    ind = report.indicators[0]
    # computed as typed: (35,5 + 70) / 90 x 100 = 105,5 / 90 x 100 = 117,222... %
    assert ind.capaian_exact == Fraction(1055, 10) / 90 * 100
    assert ind.kriteria == "Sangat Tinggi"
    said = _said(report)
    assert [(f.severity, f.sel) for f in said] == [("peringatan", "H2")], [f.pesan for f in said]
    pesan = said[0].pesan
    # the sum: 35,5 + 70 = 105,5 %, above the whole of 100 %
    assert "TW I 35,5 + TW II 70 = 105,5 %" in pesan and "117,22% (Sangat Tinggi)" in pesan
    assert "lebih dari 100 %" in pesan
    # Nilai Akhir: 70 / 90 x 100 = 77,777... -> 77,78 %, Tinggi (> 75 - 90)
    assert '"Nilai Akhir"' in pesan and "77,78% (Tinggi)" in pesan
    # Rata-rata: (35,5 + 70) / 2 = 52,75; 52,75 / 90 x 100 = 58,611... -> 58,61 %, Rendah (> 50 - 65)
    assert '"Rata-rata"' in pesan and "52,75" in pesan and "58,61% (Rendah)" in pesan
    # every output of the figure from the one computation: the json carries the same finding
    exported = to_dict(report)
    assert any(f["sel"] == "H2" and "105,5" in f["pesan"] for f in exported["pemeriksaan"])


def test_a_share_summed_beyond_the_whole_in_the_years_report():
    # 20 + 30 + 25 + 30 = 105 of 100: 105 %; Nilai Akhir TW IV 30 of 100: 30 %, Sangat Rendah (<= 50)
    report = _report(IZIN, "100", ("20", "30", "25", "30"), 4)
    assert report.indicators[0].capaian_exact == 105
    (finding,) = _said(report)
    assert finding.sel == "H2" and "= 105 %" in finding.pesan and "30,00% (Sangat Rendah)" in finding.pesan


def test_a_percentage_of_a_target_may_exceed_100_quietly():
    # 30 + 40 + 35 = 105 % of the year's PAD target: honest, the PAD above its target
    report = _report("Persentase realisasi PAD terhadap target", "100", ("30", "40", "35"), 3)
    assert report.indicators[0].capaian_exact == 105
    assert _said(report) == []
    # a coverage of an estimated population: new children immunised 28 + 30 + 31 + 32 = 121 of 95
    cakupan = _report("Cakupan imunisasi dasar lengkap", "95", ("28", "30", "31", "32"), 4)
    assert cakupan.indicators[0].capaian_exact == Fraction(121, 95) * 100 and _said(cakupan) == []
    # nor a capaian named so: 30 + 40 + 35 = 105 of 100
    assert _said(_report("Persentase capaian target PAD", "100", ("30", "40", "35"), 3)) == []


def test_honest_flows_of_shares_stay_quiet():
    # realisasi fisik 20 + 25 + 25 + 30 = 100 of 100: within the whole
    fisik = _report("Persentase realisasi fisik", "100", ("20", "25", "25", "30"), 4)
    assert fisik.indicators[0].capaian_exact == 100 and _said(fisik) == []
    # the seed's koperasi 25 + 4 = 29 of 40,71: 71,24 %
    koperasi = _report("Persentase koperasi aktif", "40,71", ("25", "4"))
    assert koperasi.indicators[0].capaian_exact == Fraction(29) / Fraction(4071, 100) * 100
    assert _said(koperasi) == []
    # a sum within 100 % with no position word: 35,5 + 60 = 95,5 of 90
    assert _said(_report(IZIN, "90", ("35,5", "60"))) == []


def test_a_blank_jenis_keeps_its_galat_only():
    # left blank: 35,5 + 70 = 105,5 > 100 is summed_share's galat, not a second finding
    said = _said(_report(IZIN, "90", ("35,5", "70"), jenis=None))
    assert [(f.severity, f.sel) for f in said] == [("galat", "H2")]


# --- 2. a growth rate chosen Kumulatif -------------------------------------------------------------


def test_a_growth_rate_summed_is_told():
    report = _report(PAD_GROWTH, "5", ("2,5", "3,5"))
    # computed as typed: (2,5 + 3,5) / 5 x 100 = 6 / 5 x 100 = 120 %
    assert report.indicators[0].capaian_exact == 120
    said = _said(report)
    assert [(f.severity, f.sel) for f in said] == [("peringatan", "H2")], [f.pesan for f in said]
    pesan = said[0].pesan
    assert "TW I 2,5 + TW II 3,5 = 6 %" in pesan and "120,00% (Sangat Tinggi)" in pesan
    assert "peningkatan" in pesan
    # Nilai Akhir, the year-to-date growth at TW II: 3,5 / 5 x 100 = 70 %, Sedang (> 65 - 75)
    assert '"Nilai Akhir"' in pesan and "70,00% (Sedang)" in pesan
    # quarter on quarter compounded: (1 + 2,5/100) x (1 + 3,5/100) - 1 = 1,025 x 1,035 - 1 = 0,060875
    assert Fraction(1025, 1000) * Fraction(1035, 1000) - 1 == Fraction(60875, 1000000)
    assert "6,0875 %" in pesan


def test_a_growth_rate_with_one_quarter_or_nilai_akhir_is_quiet():
    assert _said(_report(PAD_GROWTH, "5", ("2,5",), 1)) == []
    assert _said(_report(PAD_GROWTH, "5", ("2,5", "3,5"), jenis="Nilai Akhir")) == []
    # a count that grows ("Pertumbuhan wirausaha baru" in orang) is no rate
    assert _said(_report("Pertumbuhan wirausaha baru", "50", ("20", "25"), satuan="orang")) == []


# --- 3. a position below half its target -----------------------------------------------------------


def test_a_position_rising_below_half_its_target_is_told():
    report = _report(
        "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "90", ("20", "35", "44"), 3
    )
    # computed as typed: (20 + 35 + 44) / 90 x 100 = 99 / 90 x 100 = 110 %
    assert report.indicators[0].capaian_exact == 110
    said = _said(report)
    assert [(f.severity, f.sel) for f in said] == [("peringatan", "H2")], [f.pesan for f in said]
    # the position: 44 / 90 x 100 = 48,888... -> 48,89 %, Sangat Rendah (<= 50)
    assert "110,00% (Sangat Tinggi)" in said[0].pesan and "48,89% (Sangat Rendah)" in said[0].pesan


def test_a_flow_with_a_position_word_stays_quiet():
    # cakupan imunisasi typed as each quarter's new children: 22 + 24 + 25 = 71 of 95, level quarters
    assert _said(_report("Cakupan imunisasi dasar lengkap", "95", ("22", "24", "25"), 3)) == []
    # followed up per quarter, level: 20; 25; 30 of 90 (30 < 2 x 20)
    assert _said(_report(BPK, "90", ("20", "25", "30"), 3)) == []


# --- 4. a ratio under a chosen Positif -------------------------------------------------------------


def test_a_ratio_under_positif_says_which_way_its_figure_runs():
    report = _report(
        "Rasio pemandu wisata terhadap destinasi", "1:2", ("1:3",), 1, satuan="rasio", polaritas="Positif"
    )
    galat = {f.sel: f.pesan for f in report.findings if f.severity == "galat"}
    pesan = galat["K2"]
    # 1:3 is 1 per 3: the larger the 3, the fewer of the first per the second; Positif rates it better.
    # The figure that runs with Positif: 1 / 3 = 0,333... -> 0,3333 at four digits (target 1 / 2 = 0,5)
    assert "makin sedikit" in pesan and "1 / 3 = 0,3333," in pesan, pesan
    assert "1 / 2 = 0,5" in galat["I2"], galat["I2"]


def test_a_ratio_under_negatif_keeps_the_larger_figure_worse():
    # Negatif rates 3 destinasi per pemandu lower than 2: (2 x 2 - 3) / 2 = 50 %; no advice to type 1 / 3
    report = _report(
        "Rasio pemandu wisata terhadap destinasi", "1:2", ("1:3",), 1, satuan="rasio", polaritas="Negatif"
    )
    pesan = {f.sel: f.pesan for f in report.findings if f.severity == "galat"}["K2"]
    assert "tulis angka pembandingnya saja (3)" in pesan and "1 / 3" not in pesan, pesan
