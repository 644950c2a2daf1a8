"""rev_kinerja67: the review of kinerja67 (Kinerja cells typed with words).

- kinerja67 took any word of 3 to 6 capitals before a figure for another indicator's abbreviation: "UMKM:
  12" in a row of usaha mikro, "ASN: 12", "OPD: 60", "LKPD: 3" under Laporan, "SKM: 72,4" in the IKM's row
  got a galat saying `"UMKM" bukan nama indikator ini: periksa bahwa angka itu bukan milik indikator
  lain` (they name what the row counts). And "IDM" (Indeks Desa Membangun), all of its letters Roman
  numerals', was no longer one: "IDM: 25" in another row lost the galat main gave, TW I scored.
- A source with a colon inside its name, "Sumber: BPS 12,5", stayed the peringatan, TW I scored, where
  "Sumber BPS 12,5" is the galat.
- A realisasi range typed with an English decimal, "1.5-2": its midpoint was told as 1,5 (1.5 read as 1).

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2; L is TW II.
The report is of TW II.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_engine import kinerja_row, messages, run


def _row(indikator, satuan, target, tws, jenis="Nilai Akhir"):
    return run([kinerja_row("S1", "Sasaran", "", "S", indikator, target, tws, satuan=satuan, jenis=jenis)])


def _l2(report):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == "L2"]


@pytest.mark.parametrize(
    ("indikator", "satuan", "target", "tw1", "typed", "capaian"),
    [
        # TW I scored as on main (a note before the figure: the peringatan, rev_kinerja66); 5 / 20 x 100 = 25
        ("Jumlah usaha mikro binaan", "Unit", "20", "5", "UMKM: 12", Fraction(25)),
        ("Jumlah pegawai yang mengikuti diklat", "Orang", "20", "5", "ASN: 12", Fraction(25)),
        ("Jumlah pegawai yang mengikuti diklat", "Orang", "20", "5", "PNS 12 orang", Fraction(25)),
        # 50 / 80 x 100 = 62,5
        ("Persentase perangkat daerah dengan SAKIP minimal B", "%", "80", "50", "OPD: 60", Fraction(625, 10)),
        # 1 / 4 x 100 = 25
        ("Jumlah laporan keuangan yang disusun", "Laporan", "4", "1", "LKPD: 3", Fraction(25)),
        ("Jumlah dokumen perencanaan yang disusun", "Laporan", "4", "1", "RKPD 3", Fraction(25)),
        ("Jumlah kegiatan", "Kegiatan", "4", "1", "APBD: 3", Fraction(25)),
        # the survey of the row's own index: 70 / 80 x 100 = 87,5
        ("Nilai Indeks Kepuasan Masyarakat", "Indeks", "80", "70", "SKM: 72,4", Fraction(875, 10)),
    ],
)
def test_a_word_in_capitals_naming_what_the_row_counts_is_no_other_indicator(
    indikator, satuan, target, tw1, typed, capaian
):
    report = _row(indikator, satuan, target, (tw1, typed, None, None))
    assert report.indicators[0].capaian_exact == capaian, messages(report)
    (said,) = _l2(report)
    assert said.severity == PERINGATAN and "bukan nama indikator ini" not in said.pesan, said.pesan


@pytest.mark.parametrize(
    ("indikator", "satuan", "target", "typed", "name"),
    [
        ("Persentase desa mandiri", "%", "30", "IDM: 25", "IDM"),  # Indeks Desa Membangun: I D M, no numeral
        ("Persentase UMKM naik kelas", "%", "80", "IKLD: 72,4", "IKLD"),  # an index's, as kinerja67
        ("Persentase UMKM naik kelas", "%", "80", "SAKIP: 72,4", "SAKIP"),  # a known one, no index's
    ],
)
def test_an_indexs_or_a_known_abbreviation_names_another_indicator(indikator, satuan, target, typed, name):
    report = _row(indikator, satuan, target, ("20", typed, None, None))
    assert report.indicators[0].capaian_exact is None, messages(report)
    (said,) = _l2(report)
    assert said.severity == GALAT and f'"{name}" bukan nama indikator ini' in said.pesan, said.pesan


def test_a_roman_numeral_is_no_abbreviation():
    # "III: 72,4": a quarter's or a part's number, no indicator named (the text's own finding, no name)
    report = _row("Persentase UMKM naik kelas", "%", "80", ("70", "III: 72,4", None, None))
    assert not [f for f in _l2(report) if "bukan nama indikator ini" in f.pesan], messages(report)


@pytest.mark.parametrize("typed", ["Sumber: BPS 12,5", "Sumber data: Dinkes 12,5", "Sumber : BPS 12,5"])
def test_a_source_with_a_colon_inside_its_name_is_the_figure_meant(typed):
    # as "Sumber BPS 12,5" (tests/test_kinerja67.py): before a peringatan, TW I scored 70 / 80 = 87,5 %
    report = _row("Persentase UMKM naik kelas", "%", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact is None, messages(report)
    (said,) = _l2(report)
    assert said.severity == GALAT and "angkanya (12,5) tidak dibaca" in said.pesan, said.pesan


def test_a_range_with_an_english_decimal_tells_no_midpoint():
    # "1.5-2": 1.5 is no Indonesian figure (1.5 read as 1 gave a midpoint (1 + 2) / 2 = 1,5, the English
    # reading's is 1,75): no midpoint told, both bounds named
    report = _row("Jumlah UMKM binaan", "Unit", "10", ("3", "1.5-2", None, None), "Kumulatif")
    (said,) = _l2(report)
    assert said.severity == GALAT and "titik tengahnya" not in said.pesan, said.pesan
    assert "batas bawah atau batas atas, mana yang sesuai" in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["Data TW II: 46,6", "Data Triwulan II: 46,6", "BPS TW II 46,6"])
def test_a_source_naming_the_quarter_of_its_figure_is_the_figure_meant(typed):
    # as "TW II: 46,6" (a galat on main) and "Data Juni: 46,6" (kinerja67); kinerja67 left these the
    # peringatan, TW I scored 70 / 80 x 100 = 87,5 % while 46,6 was meant: nothing computed now
    report = _row("Persentase UMKM naik kelas", "%", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact is None, messages(report)
    (said,) = _l2(report)
    assert said.severity == GALAT and "angkanya (46,6) tidak dibaca" in said.pesan, said.pesan


@pytest.mark.parametrize("typed", ["Data triwulan 2", "Data TW 2", "Data Sem 1"])
def test_a_quarters_number_after_data_stays_no_figure(typed):
    # the only number is the quarter's: no figure, the status peringatan, TW I scored 70 / 80 x 100 = 87,5 %
    report = _row("Persentase UMKM naik kelas", "%", "80", ("70", typed, None, None))
    assert report.indicators[0].capaian_exact == Fraction(875, 10), messages(report)
    assert [f.severity for f in _l2(report)] == [PERINGATAN]
