"""Stop 52, review of newuser63: what its three fixes left.

- A Negatif rate of events s.d. each quarter (`Angka Kematian Ibu` per 100.000 KH, Nilai Akhir) typed TW I
  110,3, TW II `nihil`, TW III `nihil` in a TW III report: newuser63's peringatan looked at the quarter just
  before the zero only (TW II's 0), so it stayed quiet and 200 % Sangat Tinggi was printed without a word;
  the s.d. TW III figure can no more be nil than the s.d. TW II one. Now the peringatan names both zeros
  and says to type "-" in both while the data is not in.
- A Positif Rata-rata of a count (`Jumlah pengaduan masyarakat`, Satuan `pengaduan`: 12, 15, `nihil`) got
  newuser63's peringatan "Nilai yang turun dari 15 pengaduan menjadi nol jarang terjadi", yet a quarter
  with no complaint is ordinary: a count's quarter is its own events. The peringatan is kept to levels,
  durations, rates and scores (pasted.not_summed_unit: %, Indeks, Nilai, hari ...).

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: K-N Realisasi
TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, run


def _row(indikator, target, tws, satuan, polaritas="Negatif", jenis="Nilai Akhir"):
    return kinerja_row("S1", "Sasaran", "", "Meningkatnya derajat kesehatan", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas=polaritas, jenis=jenis)  # fmt: skip


def _at(report, sel):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


def _zero_said(report, *sels):
    return [m for s in sels for m in _at(report, s) if "(nol) setelah" in m]


# --- 1. a rate s.d. a quarter nil over two quarters after a figure --------------------------------------


def test_an_aki_nil_in_two_quarters_after_deaths_is_told():
    # AKI 98,5 per 100.000 KH, Negatif, Nilai Akhir, Triwulan III: TW I 110,3, TW II nihil, TW III nihil.
    # As typed: (2 x 98,5 - 0) / 98,5 = 200 % (Sangat Tinggi). With "-" in TW II and TW III TW I's 110,3 is
    # counted: (197 - 110,3) / 98,5 = 86,7 / 98,5 = 88,0203... % (Tinggi): the second row, typed so.
    # newuser63: no word at M2 (the quarter before the zero, TW II, holds 0).
    report = run(
        [
            _row("Angka Kematian Ibu", "98,5", ("110,3", "nihil", "nihil"), "per 100.000 KH"),
            _row("Angka Kematian Ibu (AKI)", "98,5", ("110,3", "-", "-"), "per 100.000 KH"),
        ],
        triwulan=3,
    )
    assert report.indicators[0].capaian_exact == 200
    assert report.indicators[1].capaian_exact == Fraction(867, 985) * 100
    (h,) = _zero_said(report, "M2")
    assert 'Realisasi TW II dan TW III indikator "Angka Kematian Ibu" (S1) ditulis "nihil" (nol) setelah TW I 110,3 per 100.000 KH' in h, h  # fmt: skip
    assert "realisasi s.d. TW III 0, capaian 200,00% (Sangat Tinggi)" in h, h
    assert "bila tidak ada kejadian pada TW II dan TW III, tulis di TW III angka s.d. TW III" in h, h
    assert 'tulis "-" di TW II dan TW III (yang dihitung TW I 110,3 per 100.000 KH, capaian 88,02% (Tinggi))' in h, h  # fmt: skip
    assert not _zero_said(report, "L2"), _at(report, "L2")  # (one peringatan, at the zero counted)


def test_an_aki_nil_and_zero_to_tw_iv_of_the_year_is_told_as_typed():
    # Tahunan: TW I 110,3, TW II "nihil", TW III "0", TW IV "nihil": 200 % as typed; "-" in TW IV leaves
    # the year belum diketahui (nilai_akhir_tahunan), never TW I's (197 - 110,3) / 98,5 = 88,02 %.
    report = run(
        [_row("Angka Kematian Ibu", "98,5", ("110,3", "nihil", "0", "nihil"), "per 100.000 KH")],
        triwulan="Tahunan",
    )
    assert report.indicators[0].capaian_exact == 200
    (h,) = _zero_said(report, "N2")
    assert 'Realisasi TW II, TW III dan TW IV indikator "Angka Kematian Ibu" (S1) ditulis "nihil" dan "0" (nol)' in h, h  # fmt: skip
    assert "realisasi Tahun 2025 0, capaian 200,00% (Sangat Tinggi)" in h, h
    assert 'tulis "-" di TW II, TW III dan TW IV (realisasi Tahun 2025 belum diketahui, tanpa capaian' in h, h
    assert "88,02" not in h, h


@pytest.mark.parametrize(
    ("tws", "polaritas", "satuan"),
    [
        # a position may fall to nil and stay there (nol_turun's rule, unchanged: the quarter before only)
        (("78,4", "nihil", "nihil"), "Positif", "%"),
        # no figure above zero before the zeros (a small kabupaten's AKI of 0 each quarter)
        (("0", "nihil", "nihil"), "Negatif", "per 100.000 KH"),
        # a count: nihil is its best
        (("3", "nihil", "nihil"), "Negatif", "kasus"),
    ],
)
def test_zeros_over_two_quarters_stay_quiet_where_nil_can_be_the_figure(tws, polaritas, satuan):
    report = run([_row("Angka Kematian Ibu", "98,5", tws, satuan, polaritas=polaritas)], triwulan=3)
    assert not _zero_said(report, "L2", "M2"), _at(report, "M2")


# --- 2. a Rata-rata of a count: a quarter with none is ordinary -----------------------------------------


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        ("Jumlah pengaduan masyarakat", "pengaduan"),
        ("Rata-rata kunjungan wisatawan", "orang"),
        ("Jumlah kejadian kebakaran yang ditangani", "kejadian"),
    ],
)
def test_a_count_averaged_with_a_quarter_of_none_stays_quiet(indikator, satuan):
    # Positif Rata-rata, Triwulan III: 12, 15, nihil of 20: (12 + 15 + 0) / 3 = 9, 9 / 20 = 45 %
    # (Sangat Rendah), computed as typed and printed so: a quarter with no complaint is no slip.
    # newuser63: "Nilai yang turun dari 15 ... menjadi nol jarang terjadi" at M2.
    report = run([_row(indikator, "20", ("12", "15", "nihil"), satuan, polaritas="Positif", jenis="Rata-rata")], triwulan=3)  # fmt: skip
    assert report.indicators[0].capaian_exact == 45
    assert not _zero_said(report, "M2"), _at(report, "M2")


def test_a_share_averaged_with_a_nihil_is_still_told():
    # Persentase layanan tepat waktu, Satuan "persen", Positif Rata-rata, target 95, Triwulan III: 95, 96,
    # nihil. As typed: (95 + 96 + 0) / 3 = 191 / 3 = 63,6666...; / 95 = 67,0175... % (Sedang, > 65 - 75).
    # With "-": 191 / 2 = 95,5; 95,5 / 95 = 100,5263... % (Sangat Tinggi). (A score's nihil, "Nilai" of
    # an IKM, is said at its cell already by indicator_cells: "dihitung sebagai nilai 0".)
    report = run([_row("Persentase layanan tepat waktu", "95", ("95", "96", "nihil"), "persen", polaritas="Positif", jenis="Rata-rata")], triwulan=3)  # fmt: skip
    assert report.indicators[0].capaian_exact == Fraction(191, 3) / 95 * 100
    (h,) = _zero_said(report, "M2")
    assert "realisasi s.d. TW III 63,6667, capaian 67,02% (Sedang)" in h, h
    assert "(rata-rata TW I dan TW II 95,5, capaian 100,53% (Sangat Tinggi))" in h, h
