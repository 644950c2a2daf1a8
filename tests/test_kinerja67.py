"""kinerja67: Kinerja realisasi cells typed with words, left open by the last stops.

- A figure with its source in a counted quarter, `Data BPS: 12,5`, `BPS: 12,5`, `Sumber BPS 12,5`: a
  peringatan and a Nilai Akhir scored from TW I (70 / 80 = 87,5 % Tinggi) while staff meant 12,5; now a
  galat. A regulation, `Perbup 3`: the same peringatan "angkanya (3) ... Bila 3 realisasinya"; now it
  says a regulation is named, no figure (a peringatan), and under a Satuan of documents where the quarter
  decides the figure, a galat naming both readings (Perbup nomor 3, or 3 dokumen).
- A bare range typed as a realisasi, `5-6`: the galat said "(target: yang tertulis di Perjanjian
  Kinerja)"; now a realisasi's words, both bounds or the midpoint to choose.
- `NA` in a Nilai Akhir's TW IV of the year's report beside TW I-III: belum diketahui, said at no cell;
  now a peringatan at the cell, as `N/A` in any other reported quarter.
- Another indicator's abbreviation not in the hand list, `IKLD: 72,4`: a peringatan and TW I scored
  where `IKM: 72,4` got the galat; now any abbreviation in capitals (3 to 6 letters) is a name.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV. The report is of TW II unless said.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import kinerja_row, messages, run


def _at(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


def _row(indikator, satuan, target, tws, jenis="Nilai Akhir", triwulan=2):
    return run(
        [kinerja_row("S1", "Sasaran", "", "S", indikator, target, tws, satuan=satuan, jenis=jenis)],
        triwulan=triwulan,
    )


# --- 1. a figure with its source, a regulation ------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["Data BPS: 12,5", "BPS: 12,5", "Sumber BPS 12,5", "Menurut BPS: 12,5 %", "Data Dinkes = 12,5"]
)
def test_a_figure_with_its_source_in_the_counted_quarter_is_a_galat(typed):
    # Target 80, TW I 70, TW II the text. Before: a peringatan, TW I scored, 70 / 80 x 100 = 87,5 %
    # Tinggi; staff meant 12,5 (12,5 / 80 x 100 = 15,625 %): now nothing computed
    report = _row("Persentase UMKM naik kelas", "%", "80", ("70", typed, None, None))
    (ind,) = report.indicators
    assert ind.capaian_exact is None and ind.realisasi is None, messages(report)
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and "angkanya (12,5) tidak dibaca" in said.pesan, said.pesan
    assert "bukan nama indikator ini" not in said.pesan  # (a source, not another indicator)


def test_a_figure_with_its_source_in_a_quarter_that_does_not_count_stays_a_peringatan():
    # Nilai Akhir: TW II's 75 is the figure, 75 / 80 x 100 = 93,75 %; TW I's text changes nothing
    report = _row("Persentase UMKM naik kelas", "%", "80", ("Data BPS: 12,5", "75", None, None))
    assert report.indicators[0].capaian_exact == Fraction(9375, 100)
    assert [f.severity for f in _at(report, "K2")] == [PERINGATAN]


@pytest.mark.parametrize(
    "typed",
    [
        "Data BPS 2024",  # the data's year: no figure (a status, as before)
        "Menunggu data BPS: 12,5",  # waiting
        "Data BPS: 3 desa",  # a word after the figure that is not the Satuan's
        "Survei IKM 2",  # the second survey (tests/test_status_naming_its_indicator.py)
        "Data tahap 2",  # a stage
    ],
)
def test_a_source_beside_no_figure_of_the_quarter_stays_the_peringatan(typed):
    # as before: a peringatan, TW I scored for the Nilai Akhir, 70 / 80 x 100 = 87,5 %
    report = _row("Persentase UMKM naik kelas", "%", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact == Fraction(875, 10), messages(report)
    assert [f.severity for f in _at(report, "L2")] == [PERINGATAN]


@pytest.mark.parametrize("typed", ["Perbup 3", "Peraturan Bupati 3", "Perda: 5"])
def test_a_regulation_is_told_as_a_regulation_named(typed):
    # the quarter holds no realisasi: a peringatan, TW I scored, 70 / 80 x 100 = 87,5 % (as before); before
    # it said "angkanya (3) tidak dibaca ... Bila 3 realisasinya, tulis angkanya saja"
    report = _row("Persentase UMKM naik kelas", "%", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact == Fraction(875, 10), messages(report)
    (said,) = _at(report, "L2")
    assert said.severity == PERINGATAN, said.pesan
    assert f"menyebut peraturan ({typed})" in said.pesan and "bukan angka realisasi" in said.pesan, said.pesan
    assert "Bila" not in said.pesan and "kolom Keterangan" in said.pesan


@pytest.mark.parametrize("typed", ["Perbup No. 3", "Perda No. 5 Tahun 2024", "SK Nomor 12/2025"])
def test_a_regulation_with_its_year_keeps_the_one_peringatan(typed):
    # a number after "No." or two numbers, none read as the figure: the status peringatan as before,
    # once, TW I scored (87,5 %)
    report = _row("Persentase UMKM naik kelas", "%", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact == Fraction(875, 10), messages(report)
    (said,) = _at(report, "L2")
    assert said.severity == PERINGATAN and "Bila" not in said.pesan, said.pesan


def test_a_regulation_under_a_satuan_of_documents_is_a_galat_where_the_quarter_decides():
    # Nilai Akhir of documents, Target 4, TW I 1, TW II "Perbup 3": before a peringatan, TW I scored,
    # 1 / 4 x 100 = 25 %; "Perbup 3" may be three Perbup (3 / 4 = 75 %) or Perbup nomor 3: now a galat
    report = _row("Jumlah regulasi yang ditetapkan", "Dokumen", "4", ("1", "Perbup 3", None, None))
    assert report.indicators[0].capaian_exact is None, messages(report)
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and "nomor peraturannya atau jumlahnya (3 Dokumen)" in said.pesan, (
        said.pesan
    )


def test_a_regulation_under_a_satuan_of_documents_in_a_kumulatif_keeps_the_peringatan():
    # Kumulatif: the quarter left out makes the row belum diketahui (no figure printed), as before; the
    # peringatan names both readings now
    report = _row(
        "Jumlah regulasi yang ditetapkan", "Dokumen", "4", ("1", "Perbup 3", None, None), "Kumulatif"
    )
    assert report.indicators[0].capaian_exact is None
    (said,) = _at(report, "L2")
    assert said.severity == PERINGATAN and "belum diketahui" in said.pesan, said.pesan
    assert "nomor peraturannya atau jumlahnya" in said.pesan


# --- 2. a bare range typed as a realisasi -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "low", "high", "mid"),
    [
        ("5-6", "5", "6", "5,5"),  # (5 + 6) / 2
        ("1.250 - 1.300", "1.250", "1.300", "1.275"),  # (1.250 + 1.300) / 2
        ("72,5 s.d. 73", "72,5", "73", "72,75"),  # (72,5 + 73) / 2
    ],
)
def test_a_range_typed_as_a_realisasi_is_told_as_a_realisasi(typed, low, high, mid):
    report = _row("Jumlah UMKM binaan", "Unit", "10", ("3", typed, None, None), "Kumulatif")
    (said,) = _at(report, "L2")
    assert said.severity == GALAT, said.pesan
    assert said.pesan.startswith(f'Realisasi TW II "{typed}" tidak dapat dibaca'), said.pesan
    assert f"rentang ({low} sampai {high}), bukan satu angka realisasi" in said.pesan, said.pesan
    assert f"titik tengahnya ({mid})" in said.pesan and "target" not in said.pesan, said.pesan


def test_a_range_typed_as_a_target_is_still_scored():
    # Target "5-6", TW I 3 + TW II 4 = 7 above the range: scored against the upper bound 6 (rentang_skor)
    report = _row("Jumlah UMKM binaan", "Unit", "5-6", ("3", "4", None, None), "Kumulatif")
    assert report.indicators[0].capaian_exact == Fraction(700, 6)


# --- 3. N/A in a Nilai Akhir's TW IV of the year's report -------------------------------------------------


@pytest.mark.parametrize("typed", ["NA", "N/A", "n.a."])
def test_not_available_in_a_nilai_akhirs_tw_iv_is_told(typed):
    # TW IV report, TW I-III 60, 65, 70, TW IV not available: belum diketahui (TW III's 70 is not the year's
    # figure, nilai_akhir_tahunan), as before; before nothing was said at N2
    report = _row("Persentase UMKM naik kelas", "%", "80", ("60", "65", "70", typed), triwulan=4)
    assert report.indicators[0].capaian_exact is None and report.indicators[0].realisasi is None
    (said,) = _at(report, "N2")
    assert said.severity == PERINGATAN and f'berisi "{typed}" (tidak ada data)' in said.pesan, said.pesan
    assert "realisasi tahunan belum diketahui" in said.pesan and "TW III" in said.pesan


@pytest.mark.parametrize(
    "tws",
    [
        ("60", "65", "70", "-"),  # "-" typed on purpose: quiet, as before
        (None, None, None, "NA"),  # no earlier figure: belum diketahui, nothing taken from before
        ("60", "65", "70", "Menunggu rilis BPS"),  # a status saying why: carried to the tables
    ],
)
def test_a_dash_or_a_status_or_a_lone_na_in_tw_iv_stays_quiet(tws):
    report = _row("Persentase UMKM naik kelas", "%", "80", tws, triwulan=4)
    assert report.indicators[0].capaian_exact is None
    assert not _at(report, "N2"), messages(report)


# --- 4. another indicator's abbreviation, by its shape ----------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name"), [("IKLD: 72,4", "IKLD"), ("IKPD 72,4", "IKPD"), ("IPKP = 72,4 %", "IPKP")]
)
def test_an_abbreviation_not_in_the_old_list_is_another_indicators_name(typed, name):
    # before: a peringatan, TW I scored, 70 / 80 x 100 = 87,5 %; now the galat IKM: 72,4 gets
    report = _row("Persentase UMKM naik kelas", "%", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact is None, messages(report)
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and f'"{name}" bukan nama indikator ini' in said.pesan, said.pesan


@pytest.mark.parametrize(
    ("indikator", "typed"),
    [
        ("Nilai Indeks Kepuasan Masyarakat", "IKM: 72,4"),  # its initials inside the row's name
        ("Indeks Kinerja Layanan Digital (IKLD)", "IKLD: 72,4"),  # its own abbreviation
    ],
)
def test_the_rows_own_abbreviation_is_not_called_another(indikator, typed):
    report = _row(indikator, "Indeks", "80", ("70", typed, None, None))
    (said,) = _at(report, "L2")
    assert "bukan nama indikator ini" not in said.pesan, said.pesan
