"""Stop 50, figures62: a rate's Satuan as staff type it, and one reader of each word list.

- "per 1 juta penduduk" (or "sejuta", "1jt"), "0/00" (per mil typed with a slash) and "per 1,000 KH"
  (the English comma for thousands) were no rate with a base: an AKB typed as a fraction (0,0102 for
  10,2 per 1.000 KH) printed 199,90 % Sangat Tinggi without a word, and its quarters summed (3,1 + 4,4
  of 7,2) 95,83 % Sangat Tinggi without a word. They now read as "per 1.000.000 penduduk", "‰" and
  "per 1.000 KH".
- "per 10 tahun" (a count per ten years) was a rate per 10: its 0,5 told "maksudnya 5 (tanpa x 10)".

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: H Jenis
Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.satuan_laju import BIRTHS, PEOPLE, Rate, read_rate
from tests.test_engine import kinerja_row, messages, run


def _row(indikator, target, tws, satuan, polaritas="Negatif", jenis="Nilai Akhir"):
    return kinerja_row("S1", "Sasaran", "", "Meningkatnya derajat kesehatan masyarakat", indikator, target, (*tws, None, None, None)[:4], satuan=satuan, polaritas=polaritas, jenis=jenis)  # fmt: skip


def _at(report, sel):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


# --- 1. the Satuan as staff type it ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("satuan", "rate"),
    [
        ("per 1 juta penduduk", Rate(1_000_000, PEOPLE)),
        ("Per 1 Juta Penduduk", Rate(1_000_000, PEOPLE)),
        ("per sejuta penduduk", Rate(1_000_000, PEOPLE)),
        ("kasus per 1jt penduduk", Rate(1_000_000, PEOPLE)),
        ("0/00", Rate(1000, "")),
        ("o/oo", Rate(1000, "")),
        ("per 1,000 KH", Rate(1000, BIRTHS)),
        ("per 100,000 kelahiran hidup", Rate(100_000, BIRTHS)),
        ("per 1 000 KH", Rate(1000, BIRTHS)),
        # unchanged
        ("per 1.000 KH", Rate(1000, BIRTHS)),
        ("per 100.000 penduduk", Rate(100_000, PEOPLE)),
        ("‰", Rate(1000, "")),
        ("per 1.000 KH per tahun", Rate(1000, BIRTHS)),  # the births named: a year after is no base
    ],
)
def test_a_rate_typed_as_staff_type_it_reads_its_base(satuan, rate):
    assert read_rate(satuan) == rate


@pytest.mark.parametrize(
    "satuan",
    [
        "per 10 tahun",  # a count per ten years (was a rate per 10)
        "kali per 10 tahun",
        "setiap 10 tahun",
        "per 10 thn",
        "per 12 bulan",
        "per 10 triwulan",
        "per tahun",
        "per 5 tahun",
        "per bulan",
        # no base of a whole power of ten or thousands: none guessed ("per 1,5 juta penduduk" was here, its
        # juta split as "1,5000000"; it is 1.500.000, whole thousands, read since kinerja64)
        "per 2.500 penduduk",
        "10/00",  # no per mil sign: a part of another figure
    ],
)
def test_a_time_span_or_no_base_is_no_rate(satuan):
    assert read_rate(satuan) is None


# AKB 10,2 per 1.000 KH typed as the formula's fraction (=kematian/KH without x 1.000): 0,0102 and 0,0098.
# As typed, Nilai Akhir 0,0098: (2 x 10,2 - 0,0098) / 10,2 x 100 = 20,3902 / 10,2 x 100 = 199,9039... %.
@pytest.mark.parametrize("satuan", ["0/00", "o/oo", "per 1,000 KH", "per 1 000 kelahiran hidup"])
def test_an_akb_typed_as_a_fraction_is_told_under_each_spelling(satuan):
    report = run([_row("Angka Kematian Bayi", "10,2", ("0,0102", "0,0098"), satuan)])
    assert report.indicators[0].capaian_exact == Fraction(203902, 102000) * 100
    # 0,0102 x 1.000 = 10,2; 0,0098 x 1.000 = 9,8 (was: no word)
    (k,) = _at(report, "K2")
    assert "Bila maksudnya 10,2 (pecahan, mis. hasil rumus tanpa x 1.000), tulis 10,2" in k, messages(report)
    (el,) = _at(report, "L2")
    assert "tulis 9,8" in el, messages(report)


# Insidensi malaria 50 per 1 juta penduduk typed as a fraction: 0,00004 and 0,00005 (x 1.000.000: 40
# and 50). As typed: (100 - 0,00005) / 50 x 100 = 199,9999 %.
@pytest.mark.parametrize("satuan", ["per 1 juta penduduk", "per sejuta penduduk", "kasus per 1 jt penduduk"])
def test_a_rate_per_a_million_typed_as_a_fraction_is_told(satuan):
    report = run([_row("Insidensi malaria", "50", ("0,00004", "0,00005"), satuan)])
    assert report.indicators[0].capaian_exact == (100 - Fraction(5, 100000)) / 50 * 100
    (k,) = _at(report, "K2")
    assert "tanpa x 1.000.000), tulis 40" in k, messages(report)


# AKB of 7,2 per 1.000 KH chosen Kumulatif, 3,1 + 4,4 = 7,5: (14,4 - 7,5) / 7,2 = 6,9 / 7,2 = 95,83 %
# Sangat Tinggi as typed; Nilai Akhir 4,4: (14,4 - 4,4) / 7,2 = 10 / 7,2 = 138,89 %.
@pytest.mark.parametrize("satuan", ["0/00", "per 1,000 KH"])
def test_an_akb_summed_under_each_spelling_is_told_at_its_jenis(satuan):
    report = run([_row("Angka Kematian Bayi", "7,2", ("3,1", "4,4"), satuan, jenis="Kumulatif")])
    assert report.indicators[0].capaian_exact == Fraction(69, 72) * 100
    (h,) = _at(report, "H2")
    assert "TW I 3,1 + TW II 4,4 = 7,5, capaian 95,83% (Sangat Tinggi)" in h, h
    assert "dengan angka TW II 4,4, capaian 138,89% (Sangat Tinggi)" in h, h


# --- 2. a time span is no base ----------------------------------------------------------------------------


def test_a_count_per_ten_years_typed_below_one_gets_no_base_advice():
    # Frekuensi pemutakhiran data 10 kali per 10 tahun, Nilai Akhir, 0,5 then 0,4: 0,4 / 10 = 4 %, as
    # typed. Main told "Bila maksudnya 5 (pecahan, mis. hasil rumus tanpa x 10), tulis 5": no x 10 here.
    report = run(
        [_row("Frekuensi pemutakhiran data", "10", ("0,5", "0,4"), "kali per 10 tahun", polaritas="Positif")]
    )
    assert report.indicators[0].capaian_exact == Fraction(4)
    assert not [m for m in messages(report) if "tanpa x 10" in m], messages(report)


# --- 4. one reader of each word list ---------------------------------------------------------------------


def test_every_count_word_is_read_by_each_reader():
    from lkj_xl.core import nama_negatif, pasted
    from lkj_xl.core.kata_jumlah import COUNT_WORDS

    assert {"jumlah", "jml", "jmlh", "jlh"} <= COUNT_WORDS
    for word in COUNT_WORDS:
        assert word in nama_negatif._MEASURES, word
        # a count of kategori is summed, however "Jumlah" is shortened (pasted's and satuan_utuh's)
        assert not pasted.summed_level_unit(f"{word.title()} kategori produk unggulan", "kategori"), word
        assert not pasted.summed_level_unit(f"{word.title()}. kategori produk unggulan", "kategori"), word


@pytest.mark.parametrize("nama", ["Jlh kasus DBD", "Jlh. kasus DBD", "Jml kasus DBD", "Jmlh kasus DBD"])
def test_a_count_of_dbd_cases_shortened_jlh_asks_negatif(nama):
    # Polaritas blank, so Positif: 4 + 3 = 7 of 20 is 35 % as typed. Main asked Negatif of "Jml" and
    # "Jmlh" only: "Jlh kasus DBD" was quiet.
    report = run([_row(nama, "20", ("4", "3"), "kasus", polaritas=None, jenis="Kumulatif")])
    assert report.indicators[0].capaian_exact == 35
    (g,) = _at(report, "G2")
    assert "indikator kasus DBD biasanya bernilai negatif" in g, g


@pytest.mark.parametrize(
    "satuan", ["‰", "per mil", "Promil", "0/00", "o/oo", "per 1.000", "per 1,000", "per 100.000", "per 100rb"]
)
def test_every_per_mil_or_rate_satuan_is_read_alike_and_an_akb_by_its_initials_asks_negatif(satuan):
    from lkj_xl.core.nama_negatif import lower_is_better
    from lkj_xl.core.per_mil import is_per_mil_satuan
    from lkj_xl.core.satuan_laju import rate_base

    base = rate_base(satuan)
    assert base in (1000, 100_000), satuan
    assert is_per_mil_satuan(satuan) == (base == 1000), satuan  # (the per mil reader and satuan_laju agree)
    # main: "AKB" asked Negatif under "‰", "per mil", "promil" only (its own list)
    assert lower_is_better("AKB", satuan) == "AKB"


def test_a_per_mil_typed_with_a_slash_asks_an_akb_negatif_in_the_report():
    # AKB 10 ‰ typed "0/00", Polaritas blank so Positif: Nilai Akhir 5 / 10 = 50 % as typed (Negatif
    # would be (20 - 5) / 10 = 150 %); main was quiet
    report = run([_row("AKB", "10", ("4", "5"), "0/00", polaritas=None)])
    assert report.indicators[0].capaian_exact == 50
    (g,) = _at(report, "G2")
    assert "indikator AKB biasanya bernilai negatif" in g, g


@pytest.mark.parametrize(
    ("typed", "satuan", "said"),
    [
        # 1 dokter for 2.500 penduduk: 100.000 / 2.500 = 40 per 100.000 (main: "per 100: 100 / 2.500 = 0,04")
        (
            "1:2.500",
            "dokter per 100rb penduduk",
            "tulis banyaknya per 100.000 penduduk: 100.000 / 2.500 = 40",
        ),
        # main: "tulis angka pembandingnya saja (2.500)", the people per dokter
        ("1:2.500", "dokter setiap 100.000 penduduk", "per 100.000 penduduk: 100.000 / 2.500 = 40"),
        # 1 nakes for 500 penduduk: 1.000 / 500 = 2 (main: "tulis angka pembandingnya saja (500)")
        ("1:500", "nakes per 1,000 penduduk", "tulis banyaknya per 1.000 penduduk: 1.000 / 500 = 2"),
        ("1:500", "‰", "tulis banyaknya per 1.000: 1.000 / 500 = 2"),
        # unchanged
        ("1:500", "nakes per 1.000 penduduk", "tulis banyaknya per 1.000 penduduk: 1.000 / 500 = 2"),
        ("1:400", "tempat tidur per 1.000 pasien", "tulis banyaknya per 1.000 pasien: 1.000 / 400 = 2,50"),
    ],
)
def test_a_ratio_typed_under_a_rate_reads_the_base_as_satuan_laju_does(typed, satuan, said):
    report = run([_row("Rasio tenaga kesehatan", "40", (typed,), satuan, polaritas="Positif")])
    (k,) = _at(report, "K2")
    assert said in k, k


# --- 3. a rate summed, said in its own words ---------------------------------------------------------------


def test_a_rate_per_patients_summed_is_said_per_patients():
    # Angka infeksi nosokomial 4 per 1.000 pasien, Negatif, Kumulatif: 1,5 + 1,8 = 3,3, (8 - 3,3) / 4 =
    # 4,7 / 4 = 117,50 %; Nilai Akhir 1,8: (8 - 1,8) / 4 = 6,2 / 4 = 155,00 %. Main named it "per
    # kelahiran hidup atau penduduk", which a hospital's rate per patients is not.
    report = run(
        [_row("Angka infeksi nosokomial", "4", ("1,5", "1,8"), "per 1.000 pasien", jenis="Kumulatif")]
    )
    assert report.indicators[0].capaian_exact == Fraction(47, 40) * 100
    (h,) = _at(report, "H2")
    assert "TW I 1,5 + TW II 1,8 = 3,3, capaian 117,50% (Sangat Tinggi)" in h, h
    assert "dengan angka TW II 1,8, capaian 155,00% (Sangat Tinggi)" in h, h
    assert (
        'Satuan "per 1.000 pasien" berupa angka per pasien' in h and "kejadian dan pasien periode itu" in h
    ), h
    assert "kelahiran hidup atau penduduk" not in h, h


@pytest.mark.parametrize(
    ("satuan", "per"),
    [
        ("per 1.000 KH", "kelahiran hidup"),
        ("per 1,000 KH", "kelahiran hidup"),
        ("per 1.000 pasien", "pasien"),
    ],
)
def test_a_rate_with_jenis_left_blank_is_said_in_its_own_words(satuan, per):
    # AKB 7,2, Jenis Realisasi blank (Kumulatif): 3,1 + 4,4 = 7,5, (14,4 - 7,5) / 7,2 = 95,83 % as typed.
    # Main: 'bukan jumlah; bila nilainya posisi, pilih "Nilai Akhir"', the words of a stock.
    report = run([_row("Angka Kematian Bayi", "7,2", ("3,1", "4,4"), satuan, jenis=None)])
    assert report.indicators[0].capaian_exact == Fraction(69, 72) * 100
    (h,) = _at(report, "H2")
    assert f'Satuan "{satuan}" bukan jumlah: berupa angka per {per}; ' in h, h
    assert f"dihitung dari jumlah kejadian dan {per} periode itu" in h, h
    assert 'pilih "Nilai Akhir" dan tulis di triwulan terakhir angka s.d. triwulan itu' in h, h
    assert "nilainya posisi" not in h, h


@pytest.mark.parametrize("satuan", ["‰", "0/00", "per 1.000"])
def test_a_rate_naming_nothing_it_is_per_keeps_the_generic_words_when_left_blank(satuan):
    # "‰" names no births nor population: "per kelahiran hidup" would be a guess (an AKB's, or a
    # hospital's per patients): the generic words, as main's for "‰"
    report = run([_row("Angka Kematian Bayi", "7,2", ("3,1", "4,4"), satuan, jenis=None)])
    (h,) = _at(report, "H2")
    assert f'Satuan "{satuan}" bukan jumlah; bila nilainya posisi, pilih "Nilai Akhir"' in h, h
