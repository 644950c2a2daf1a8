"""The year's report: a Kumulatif or Anggaran TW IV typed as the year's total with a word that says
so ("240.850,5 (tahunan)", "Realisasi Tahunan: 240.850,5", "Total setahun ...", "(1 tahun)",
"(akhir tahun)"), beside TW I-III typed: a Kasubbag Perencanaan closing the year copies the year's
figure from the Dinas' annual recap into TW IV.

Those words were not read as a figure counted from January, as "s.d. Desember" and "Januari-Desember"
are (tests/test_typed_sd_after_zero_or_fall.py): after the number the galat said "tulis angkanya saja
(240.850,5)", which once followed sums TW I-III twice (191.950,5 + 240.850,5 = 432.801 of 240.000,
180,33 %); before it, a peringatan left TW IV out and printed 191.950,5 / 240.000 = 79,98 % Tinggi. Now
both are the galat naming TW IV's own share, as "s.d. Desember" is. In another quarter the words name
no share (the year's figure is typed in TW IV only), and a Nilai Akhir quarter keeps its figure.
"""

from __future__ import annotations

import pytest

from tests.helpers_staff import book_of, report_of
from tests.test_engine import anggaran_row, kinerja_row, messages

# Dinas Pertanian, Produksi padi (Ton), Kumulatif: Target 250.000, Target Perubahan 240.000 (APBD-P);
# TW I 62.500, TW II 58.250,5, TW III 71.200: 191.950,5 before TW IV. The year's total 240.850,5 gives
# TW IV's own share 240.850,5 - 191.950,5 = 48.900 (capaian 240.850,5 / 240.000 = 100,35 % once typed).
_BEFORE = ["62.500", "58.250,5", "71.200"]


def _padi(tw4, *, triwulan="Tahunan", jenis="Kumulatif", tws=None):
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "Meningkatnya produksi pertanian",
        "Produksi padi",
        "250.000",
        tws or [*_BEFORE, tw4],
        satuan="Ton",
        jenis=jenis,
        target_perubahan="240.000",
    )
    report = report_of(book_of([row], triwulan=triwulan))
    (ind,) = report.indicators
    return ind, messages(report)


@pytest.mark.parametrize(
    "typed",
    [
        "240.850,5 (tahunan)",
        "240.850,5 (Tahunan)",
        "240.850,5 tahunan",
        "240.850,5 (setahun)",
        "240.850,5 (1 tahun)",
        "240.850,5 (akhir tahun)",
        "Realisasi Tahunan: 240.850,5",
        "Tahunan 240.850,5",
        "Total setahun 240.850,5",
    ],
)
@pytest.mark.parametrize("triwulan", ["Tahunan", 4])
def test_the_years_total_in_tw_iv_is_a_galat_naming_its_share(typed, triwulan):
    ind, said = _padi(typed, triwulan=triwulan)
    # no capaian: neither 79,98 % from TW I-III alone nor 180,33 % with TW I-III summed twice
    assert ind.capaian_exact is None and ind.kriteria is None and ind.galat, (ind.capaian_exact, said)
    (galat,) = [m for m in said if typed in m]
    assert galat.startswith("Kinerja!N2 "), galat
    assert "tulis realisasi TW IV saja (240.850,5 - 191.950,5 = 48.900)" in galat, galat
    assert "tulis angkanya saja" not in galat, galat


def test_the_share_it_names_gives_the_years_figure_once_typed():
    # Following the galat: TW IV 48.900, the year's 62.500 + 58.250,5 + 71.200 + 48.900 = 240.850,5;
    # capaian against the Target Perubahan 240.850,5 / 240.000 x 100 = 100,354375 %.
    ind, said = _padi("48.900")
    assert ind.realisasi == pytest.approx(240850.5)
    assert float(ind.capaian_exact) == pytest.approx(100.354375)
    assert ind.kriteria == "Sangat Tinggi"


def test_a_year_word_in_an_earlier_quarter_names_no_share():
    # "(tahunan)" in TW II of a TW II report: not the year's figure up to June; the cell keeps its own
    # galat (a word after the number), with no TW II share computed from it.
    _, said = _padi(None, triwulan=2, tws=["22,5", "46,6 (tahunan)", None, None])
    (galat,) = [m for m in said if "46,6 (tahunan)" in m]
    assert "tulis realisasi TW II saja" not in galat, galat


def test_a_nilai_akhir_quarter_keeps_its_figure():
    # Nilai Akhir counts the latest quarter: "86,25 (akhir tahun)" is TW IV's own figure, no share.
    _, said = _padi("240.850,5 (akhir tahun)", jenis="Nilai Akhir")
    assert not any("tulis realisasi TW IV saja" in m for m in said), said


@pytest.mark.parametrize(
    "typed",
    ["Rp 1.122.750.000 (tahunan)", "Realisasi Tahunan Rp 1.122.750.000", "1.122,75 jt (setahun)"],
)
def test_the_years_spending_in_tw_iv_is_a_galat_naming_its_share(typed):
    # Program Penyediaan dan Pengembangan Sarana Pertanian: Pagu 1.500.000.000, Pagu Perubahan
    # 1.350.000.000; TW I 125 jt, TW II Rp 310.500.000, TW III 275.000.000: Rp 710.500.000 before TW IV.
    # The year's SP2D 1.122.750.000 gives TW IV's own Rp 1.122.750.000 - Rp 710.500.000 = Rp 412.250.000
    # (typed whole it would sum to 1.833.250.000, a penyerapan of 135,80 % of 1.350.000.000).
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Produksi", "100", [25, 25, 25, 25], satuan="Ton")
    program = anggaran_row(
        "3.27.02",
        "Program Penyediaan dan Pengembangan Sarana Pertanian",
        "S1",
        "Rp 1.500.000.000",
        ["125 jt", "Rp 310.500.000", "275.000.000", typed],
        pagu_perubahan="1.350.000.000",
    )
    report = report_of(book_of([row], [program], triwulan="Tahunan"))
    (budget,) = report.budgets
    assert budget.realisasi_exact is None and budget.galat, budget
    (galat,) = [m for m in messages(report) if typed in m]
    assert galat.startswith("Anggaran!I2 "), galat
    assert "(Rp 1.122.750.000 - Rp 710.500.000 = Rp 412.250.000)" in galat, galat


@pytest.mark.parametrize(
    "typed",
    [
        "Rp 1.122.750.000 (SP2D s.d. 31 Des)",
        "Rp 1.122.750.000 (SP2D s.d. Desember)",
        "SP2D s.d. Desember Rp 1.122.750.000",
    ],
)
def test_the_bud_s_sp2d_up_to_december_is_named_as_such(typed):
    # The BUD's SP2D total copied into TW IV with its name: the same year's spending as above,
    # TW IV's own Rp 1.122.750.000 - Rp 710.500.000 = Rp 412.250.000; it was told only that a text
    # follows the number (or "bukan angka"), which followed summed TW I-III twice.
    row = kinerja_row("S1", "Sasaran", "", "Sasaran A", "Produksi", "100", [25, 25, 25, 25], satuan="Ton")
    program = anggaran_row(
        "3.27.02",
        "Program Sarana Pertanian",
        "S1",
        "1.350.000.000",
        ["125 jt", "Rp 310.500.000", "275.000.000", typed],
    )
    report = report_of(book_of([row], [program], triwulan="Tahunan"))
    (galat,) = [m for m in messages(report) if typed in m]
    assert "(Rp 1.122.750.000 - Rp 710.500.000 = Rp 412.250.000)" in galat, galat


@pytest.mark.parametrize("typed", ["Total 240.850,5", "Jumlah: 240.850,5", "240.850,5 (total)"])
def test_a_total_unnamed_in_tw_iv_is_given_both_readings(typed):
    # "Total" says neither the quarter's nor the year's: "tulis angkanya saja (240.850,5)" alone, if
    # it is the year's, sums TW I-III twice (191.950,5 + 240.850,5 = 432.801, 180,33 % of 240.000).
    # The galat names both: the figure as typed if TW IV's own, 240.850,5 - 191.950,5 = 48.900 if
    # the year's.
    ind, said = _padi(typed)
    assert ind.capaian_exact is None, ind.capaian_exact
    (galat,) = [m for m in said if m.startswith("Kinerja!N2 ")]
    assert "bila 240.850,5 realisasi TW IV sendiri, tulis angkanya saja (240.850,5)" in galat, galat
    assert "tulis realisasi TW IV saja (240.850,5 - 191.950,5 = 48.900)" in galat, galat


def test_a_total_below_the_quarters_before_is_the_quarters_own_or_disagrees():
    # "Total 48.900" after 191.950,5: TW IV's own figure, or the year's total, which cannot be (TW IV
    # would be 48.900 - 191.950,5 = -143.050,5). It was read as TW IV's own alone, silently, the
    # quarters before not named ("191.950,5" not in the galat, pinned here until typed42): staff who
    # meant the year's total were told to type 48.900 and got 191.950,5 + 48.900 = 240.850,5. Now both
    # readings are said: the own figure as typed, or the figures disagree; no share is named.
    ind, said = _padi("Total 48.900")
    (galat,) = [m for m in said if m.startswith("Kinerja!N2 ")]
    assert "bila 48.900 realisasi TW IV sendiri, tulis angkanya saja (48.900)" in galat, galat
    assert "48.900 lebih kecil dari realisasi TW I-TW III (191.950,5)" in galat, galat
    assert "periksa angka-angka itu" in galat and "tulis realisasi TW IV saja (" not in galat, galat


@pytest.mark.parametrize(
    ("tws", "satuan", "jenis"),
    [
        # a duration written both ways: 1,5 tahun = 1 tahun 6 bulan, TW IV's own figure
        (["1,2", "1,4", "1,3", "1,5 (1 tahun 6 bulan)"], "Tahun", "Rata-rata"),
        # 18 bulan = 1 tahun 6 bulan, a Satuan of months
        (["12", "14", "13", "18 (1 tahun 6 bulan)"], "Bulan", "Rata-rata"),
        # 12 bulan = 1 tahun: the figure restated in years, of a Satuan of time
        (["2", "3", "4", "12 (1 tahun)"], "Bulan", "Kumulatif"),
    ],
)
def test_a_duration_restated_in_years_names_no_share(tws, satuan, jenis):
    # "(1 tahun)" here is the quarter's own figure in other units, not the year's total: the
    # galat's share (4 x 1,5 - 3,9 = 2,1; 4 x 18 - 39 = 33; 12 - 9 = 3) would be typed in its place
    row = kinerja_row(
        "S1", "Sasaran", "", "Sasaran A", "Lama penyelesaian", "24", tws, satuan=satuan, jenis=jenis
    )
    said = messages(report_of(book_of([row], triwulan="Tahunan")))
    (galat,) = [m for m in said if m.startswith("Kinerja!N2 ")]
    assert "tulis realisasi TW IV saja" not in galat, galat
