"""Review of figures55: false alarms on honest Kumulatif figures and a ratio's advice that, followed,
gave a wrong capaian.

1. a flow rising through the year (activities carried out per quarter 10; 20; 40 of 100) under a
   position word was told as a position: the "climbing" rule needs the sum beyond the target;
2. a growth rate whose quarters are each a small part of the year's target (percentage points added,
   `Persentase peningkatan cakupan` 1 + 2 of 5) was told whatever the sum: only where the last quarter
   alone is half the target (the s.d. reading plausible); a change of a percentage adds in points,
   never compounds;
3. revenue collected against its target (`Persentase penerimaan pajak daerah` 35,5 + 70 of 90) was told
   that no share passes 100 %;
4. `1:5.000` was advised `1 / 5.000 = 0`, and `1:40` against `1:30` `0,03` both (100 % for 75 %).
"""

from __future__ import annotations

from tests.test_figures55 import _report, _said


def test_a_flow_rising_within_its_target_is_quiet():
    # activities carried out per quarter 10 + 20 + 40 = 70 of 100 by TW III: an ordinary back-loaded flow
    report = _report("Persentase kegiatan yang telah dilaksanakan", "100", ("10", "20", "40"), 3)
    assert report.indicators[0].capaian_exact == 70 and _said(report) == []
    # follow-ups per quarter 10 + 20 = 30 of 90 at TW II: 33,33 %, within the target
    assert _said(_report("Persentase temuan BPK yang ditindaklanjuti", "90", ("10", "20"))) == []


def test_a_position_climbing_beyond_its_target_when_summed_is_still_told():
    # 20 + 35 + 44 = 99 of 90 (110 %), the position 44 / 90 = 48,89 %
    said = _said(_report("Persentase temuan BPK yang ditindaklanjuti", "90", ("20", "35", "44"), 3))
    assert [f.sel for f in said] == ["H2"] and "48,89% (Sangat Rendah)" in said[0].pesan


def test_a_growth_in_small_quarterly_steps_is_quiet():
    # points of coverage added per quarter: 1 + 2 = 3 of 5 (60 %); TW II's 2 < half of 5
    assert _said(_report("Persentase peningkatan cakupan imunisasi", "5", ("1", "2"))) == []
    # PAD growth added per quarter: 1,2 + 1,3 + 1,4 + 1,5 = 5,4 of 5 in the year's report; 1,5 < 2,5
    assert _said(_report("Persentase peningkatan PAD", "5", ("1,2", "1,3", "1,4", "1,5"), 4)) == []


def test_a_growth_typed_year_on_year_is_told():
    # 5,1 + 5,2 = 10,3 of 5 (206 %); TW II alone 5,2 >= 2,5: Nilai Akhir 5,2 / 5 = 104 %
    said = _said(_report("Persentase pertumbuhan ekonomi", "5", ("5,1", "5,2")))
    assert [f.sel for f in said] == ["H2"] and "104,00% (Sangat Tinggi)" in said[0].pesan


def test_a_change_of_a_percentage_is_not_compounded():
    # points of coverage: 2,5 + 3,5 = 6 of 5; points add, 1,025 x 1,035 - 1 = 6,0875 % would be wrong
    said = _said(_report("Persentase peningkatan cakupan imunisasi", "5", ("2,5", "3,5")))
    assert [f.sel for f in said] == ["H2"] and "6,0875" not in said[0].pesan and " x " not in said[0].pesan
    assert "6 poin" in said[0].pesan


def test_revenue_against_its_target_may_pass_100_quietly():
    # tax collected 35,5 + 70 = 105,5 % of the year's target: above target, honest
    for indikator in (
        "Persentase penerimaan pajak daerah",
        "Persentase pendapatan retribusi daerah",
        "Persentase PAD yang diterima",
    ):
        assert _said(_report(indikator, "90", ("35,5", "70"))) == [], indikator
    # a share still told: 35,5 + 70 = 105,5 % of services on time
    assert [f.sel for f in _said(_report("% pelayanan perizinan tepat waktu", "90", ("35,5", "70")))] == [
        "H2"
    ]


def _galat(target, realisasi):
    report = _report(
        "Rasio dokter terhadap penduduk", target, (realisasi,), 1, satuan="rasio", polaritas="Positif"
    )
    return {f.sel: f.pesan for f in report.findings if f.severity == "galat"}


def test_the_inverse_of_a_large_ratio_keeps_its_figure():
    galat = _galat("1:2.500", "1:5.000")
    # 1 / 5.000 = 0,0002; 1 / 2.500 = 0,0004: following the advice gives 0,0002 / 0,0004 = 50 %
    assert "1 / 5.000 = 0,0002" in galat["K2"] and "1 / 2.500 = 0,0004" in galat["I2"], galat
    assert "= 0," in galat["K2"] and "= 0, " not in galat["K2"]
    galat = _galat("1:30", "1:40")
    # 1 / 40 = 0,025; 1 / 30 = 0,0333...: 4 significant digits 0,0333x (two decimals gave 0,03 both:
    # capaian 100 % where 30 / 40 = 75 %). 30 / 40 is exactly 75 %, Sedang: 0,03333 gave 0,025 / 0,03333
    # x 100 = 75,0075 %, Tinggi, so the target's figure is 0,03334 (figures56): 74,985 %, Sedang
    assert "1 / 40 = 0,025" in galat["K2"] and "1 / 30 = 0,03334 (" in galat["I2"], galat


def test_no_inverse_advised_where_the_row_types_x_per_one():
    # Target 20 and TW I 18 pupils per teacher: "1:25" is 25 like them; 1 / 25 = 0,04 against 20 would
    # give a capaian of 0,04 / 20 x 100 = 0,2 %
    report = _report(
        "Rasio guru terhadap murid", "20", ("18", "1:25"), 2, satuan="rasio", polaritas="Positif"
    )
    pesan = {f.sel: f.pesan for f in report.findings if f.severity == "galat"}["L2"]
    assert "tulis angka pembandingnya saja (25)" in pesan and "1 / 25" not in pesan, pesan
    # under Satuan % by mistake, Target 4 and TW I 4 (4 murid per guru): "1/4" is 4, never 0,25
    report = _report("Rasio guru terhadap murid", "4", ("4", "1/4"), 2, polaritas="Positif")
    pesan = {f.sel: f.pesan for f in report.findings if f.severity == "galat"}["L2"]
    assert "tulis angka pembandingnya saja (4)" in pesan and "0,25" not in pesan, pesan
    # a row typed 1 / X already (Target 0,5): the inverse advised, 1 / 3 = 0,3333
    report = _report(
        "Rasio pemandu wisata terhadap destinasi", "0,5", ("1:3",), 1, satuan="rasio", polaritas="Positif"
    )
    pesan = {f.sel: f.pesan for f in report.findings if f.severity == "galat"}["K2"]
    assert "1 / 3 = 0,3333" in pesan, pesan
