"""A figure followed by its Satuan as staff shorten or name it otherwise (satuan51).

Under Satuan `Puskesmas` a realisasi `12 pkm` was a galat ("kata 'pkm' tidak dikenal"), though PKM is
how every Dinas Kesehatan writes Puskesmas; so were `5 kec` under Kecamatan, `3 kel` under Kelurahan,
`10 ds` under Desa, `4 skl` under Sekolah, `4 sekolah` under Satuan Pendidikan, `3 desa` under the
common Satuan `Desa/Kelurahan` (told "bila angka itu sudah per Kelurahan", as if a rate), `12,5 km`
under `Km jalan`, `2,4 m³/dt` under `M3/detik`. The rule: after the figure, the Satuan's word, its
abbreviation (a known one, its first letters, `kec`, `kel.`, or the initials of a Satuan of several
words, `KK` of Kepala Keluarga), a word of the same meaning (`jiwa` of `orang`), either side of a Satuan
naming alternatives (`Desa/Kelurahan`), or a measure's unit before the words naming what is measured
(`km` of `Km jalan`). Never another unit: `12 km` under Puskesmas, `5 PT` under Paket, `5 kk` under
Kelompok stay a galat.

A price per unit (`Rp/kg`) typed with its scale word and its per part (`12,8 rb/kg`), and a school
year under `Tahun Akademik`, are pinned at the end.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from lkj_xl.core.numbers import parse_number
from tests.test_engine import kinerja_row, run


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        ("12 pkm", "Puskesmas", 12),
        ("12 PKM", "Puskesmas", 12),
        ("12 Pkm", "Puskesmas", 12),
        ("12 puskesmas", "Puskesmas", 12),
        ("12 puskesmas", "PKM", 12),  # the Satuan abbreviated, the figure's word whole
        ("5 kec", "Kecamatan", 5),
        ("5 Kec.", "Kecamatan", 5),
        ("5 kecamatan", "Kec.", 5),
        ("3 kel", "Kelurahan", 3),
        ("3 kel.", "Kelurahan", 3),
        ("10 ds", "Desa", 10),
        ("10 desa", "Ds", 10),
        ("4 skl", "Sekolah", 4),
        ("4 sekolah", "Satuan Pendidikan", 4),
        ("4 satuan pendidikan", "Sekolah", 4),
        ("1.250 org", "Orang", 1250),  # thousands dot: one thousand two hundred fifty
        ("1.250 jiwa", "Orang", 1250),
        ("1.250 orang", "Jiwa", 1250),
        ("2 dok", "Dokumen", 2),
        ("7 keg", "Kegiatan", 7),
        ("7 kgt", "Kegiatan", 7),
        ("10 ttk", "Titik", 10),
        ("12 KK", "Kepala Keluarga", 12),
        ("12 kepala keluarga", "KK", 12),
        ("30 RTLH", "Rumah Tidak Layak Huni", 30),  # the initials of the Satuan's words
        ("6 klp", "Kelompok", 6),
        ("3 ruas", "Ruas Jalan", 3),
        ("3 ruas jalan", "Ruas", 3),
    ],
)
def test_the_satuan_shortened_or_named_otherwise_is_read(typed, satuan, figure):
    assert parse_number(typed, satuan=satuan).exact == figure


@pytest.mark.parametrize("satuan", ["Desa/Kelurahan", "Kelurahan/Desa", "Desa / Kelurahan"])
@pytest.mark.parametrize("typed", ["3 desa", "3 kelurahan", "3 kel", "3 ds", "3 desa/kelurahan", "3"])
def test_either_side_of_a_satuan_naming_alternatives_is_read(typed, satuan):
    # "Desa/Kelurahan" counts villages of either kind: no rate per kelurahan
    assert parse_number(typed, satuan=satuan).exact == 3


def test_sekolah_or_madrasah_is_either():
    assert parse_number("4 madrasah", satuan="Sekolah/Madrasah").exact == 4
    assert parse_number("4 sekolah", satuan="Sekolah/Madrasah").exact == 4


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("12 km", "Puskesmas"),  # a length, never 12 Puskesmas
        ("5 PT", "Paket"),  # perseroan terbatas: companies, whose letters are also in "paket"
        ("5 kk", "Kelompok"),  # kepala keluarga, no kelompok
        ("20 org", "Organisasi"),  # org is orang, though "organisasi" starts with it
        ("5 kel", "Kelompok"),  # kel is kelurahan
        ("3 kecamatan", "Desa/Kelurahan"),
        ("4 sd", "Sekolah"),  # one kind of school: said, not read
        ("3 desa", "Orang/Desa"),  # a rate per desa: never its counted side
        ("12 kg", "Kegiatan"),  # a mass, whatever letters it shares
        ("12 ha", "Hari"),
    ],
)
def test_another_unit_stays_refused(typed, satuan):
    with pytest.raises(ValueError) as raised:
        parse_number(typed, satuan=satuan)
    assert "angka tidak dibaca" in str(raised.value), str(raised.value)


def test_a_word_of_another_count_is_named_as_that_count():
    # 'pkm' is known (Puskesmas): never called "tidak dikenal" under Dokumen
    with pytest.raises(ValueError) as raised:
        parse_number("12 pkm", satuan="Dokumen")
    said = str(raised.value)
    assert "'pkm' (puskesmas) tidak sesuai Satuan indikator ('Dokumen')" in said, said


def test_puskesmas_typed_pkm_gives_its_capaian():
    # Target 25 Puskesmas terakreditasi, Nilai Akhir; TW I "12 pkm", TW II "18 PKM": 18 / 25 x 100 = 72 %
    row = kinerja_row("S1", "Sasaran", "", "Layanan kesehatan", "Jumlah puskesmas terakreditasi", 25,
                      ("12 pkm", "18 PKM", None, None), satuan="Puskesmas", jenis="Nilai Akhir")  # fmt: skip
    report = run([row])
    ind = report.indicators[0]
    assert ind.realisasi == 18 and ind.capaian_exact == Fraction(72)
    assert not [f for f in report.findings if f.severity == GALAT], report.findings


def test_desa_kelurahan_counted_per_quarter_gives_its_capaian():
    # Target 20 desa/kelurahan ODF, Kumulatif: TW I "3 desa" + TW II "4 kel" = 7; 7 / 20 x 100 = 35 %
    row = kinerja_row("S1", "Sasaran", "", "Sanitasi", "Desa/kelurahan ODF", 20, ("3 desa", "4 kel", None, None),
                      satuan="Desa/Kelurahan", jenis="Kumulatif")  # fmt: skip
    report = run([row])
    assert report.indicators[0].capaian_exact == Fraction(35)
    assert not [f for f in report.findings if f.severity == GALAT], report.findings


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        ("12,5 km", "Km jalan", Fraction(25, 2)),  # the length, "jalan" names what is measured
        ("12,5 Km", "km Jalan", Fraction(25, 2)),
        ("125 ha", "Ha sawah", 125),
        ("5,8 ton", "Ton GKG", Fraction(29, 5)),
        ("2,4 m³/detik", "M3/detik", Fraction(12, 5)),  # superscript three: m3
        ("2,4 m3/dt", "M3/detik", Fraction(12, 5)),  # dt: detik
        ("2,4 m³/dtk", "m3/dt", Fraction(12, 5)),
        ("150 ltr/dtk", "Liter/Detik", 150),
    ],
)
def test_a_measure_typed_with_its_usual_spelling_is_read(typed, satuan, figure):
    assert parse_number(typed, satuan=satuan).exact == figure


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("12,5 km", "Km persegi"),  # an area: a length is no figure of it
        ("12,5 m", "Km jalan"),  # metres of a road counted in km: converted, never read
        ("5,8 ton GKP", "Ton GKG"),  # gabah kering panen, not giling: another quantity
        ("3 hari", "Hari Kerja"),  # calendar days where working days are counted (as before)
    ],
)
def test_a_measure_of_another_kind_or_quantity_stays_refused(typed, satuan):
    with pytest.raises(ValueError):
        parse_number(typed, satuan=satuan)


def test_a_road_in_km_jalan_gives_its_capaian():
    # Panjang jalan yang ditingkatkan, Target 120,5 Km jalan, Kumulatif: 12,5 + 14 = 26,5;
    # 26,5 / 120,5 x 100 = 21,99 %
    row = kinerja_row("S1", "Sasaran", "", "Infrastruktur", "Panjang jalan yang ditingkatkan", "120,5",
                      ("12,5 km", "14 Km", None, None), satuan="Km jalan", jenis="Kumulatif")  # fmt: skip
    report = run([row])
    assert report.indicators[0].capaian_exact == Fraction(265, 1205) * 100
    assert not [f for f in report.findings if f.severity == GALAT], report.findings


# --- a price per unit ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["12,8 rb/kg", "12,8 rb / kg", "Rp 12.800/kg", "Rp12,8rb/kg", "12.800 per kg", "Rp 12.800 per kg",
     "12,8 ribu/Kg", "12.800 rupiah/kg", "Rp. 12.800,-/kg"],
)  # fmt: skip
@pytest.mark.parametrize("satuan", ["Rp/kg", "Rp / Kg", "Rupiah/kg", "Rp per kg"])
def test_a_price_typed_with_its_per_part_is_read(typed, satuan):
    # 12,8 rb = 12,8 x 1.000 = 12.800 rupiah per kg
    assert parse_number(typed, satuan=satuan).exact == 12800


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("12,8 rb/ton", "Rp/kg"),
        ("Rp 12.800/liter", "Rp/kg"),
        ("12,8 rb/kg", "Kg/Kapita"),
        ("12.800/kg", "Orang"),
    ],
)
def test_a_price_per_another_unit_stays_refused(typed, satuan):
    # per ton is a thousand times per kg: never read as the Satuan's
    with pytest.raises(ValueError):
        parse_number(typed, satuan=satuan)


def test_a_price_per_kg_gives_its_capaian():
    # Harga gabah kering panen di tingkat petani, Positif, Nilai Akhir: target Rp 6.000/kg, TW II
    # "6,3 rb/kg" = 6.300: 6.300 / 6.000 x 100 = 105 %
    row = kinerja_row("S1", "Sasaran", "", "Kesejahteraan petani", "Harga GKP di tingkat petani", "Rp 6.000/kg",
                      ("Rp 5.900/kg", "6,3 rb/kg", None, None), satuan="Rp/kg", jenis="Nilai Akhir")  # fmt: skip
    report = run([row])
    assert report.indicators[0].capaian_exact == Fraction(105)
    assert not [f for f in report.findings if f.severity == GALAT], report.findings


# --- a school year under Tahun Akademik ------------------------------------------------------------


def _tahun_rows(target, realisasi, satuan):
    return [
        kinerja_row("S1", "Sasaran", "", "Pendidikan tinggi", "Lulusan tepat waktu", target, (None, realisasi, None, None),
                    jenis="Nilai Akhir", satuan=satuan),
    ]  # fmt: skip


@pytest.mark.parametrize("satuan", ["Tahun Akademik", "tahun akademik", "Thn. Akademik"])
@pytest.mark.parametrize("typed", ["2024/2025", "2024-2025", "2024/25"])
def test_a_school_year_under_tahun_akademik_is_a_period_name(typed, satuan):
    report = run(_tahun_rows("1", typed, satuan))
    ind = report.indicators[0]
    assert ind.realisasi is None and ind.capaian is None
    (said,) = [f.pesan for f in report.findings if f.severity == GALAT and f.sel == "L2"]
    assert "(2024 sampai 2025)" in said and "bukan angka yang diukur indikator" in said, said


def test_calendar_years_as_a_tahun_akademik_target_are_never_a_range_scored_100():
    # 2025 inside the range 2.024-2.025 was scored 100 % by the range rule: the years are a period
    report = run(_tahun_rows("2024-2025", "2025", "Tahun Akademik"))
    ind = report.indicators[0]
    assert ind.capaian is None
    (said,) = [f.pesan for f in report.findings if f.severity == GALAT and f.sel == "I2"]
    assert "tahun kalender (2024 sampai 2025)" in said, said


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        ("1.250 ekor", "Ekor Sapi", 1250),  # the counting word, "sapi" names what is counted
        ("3 unit", "Unit Kendaraan", 3),
        ("12 ruas", "Ruas Jalan Kabupaten", 12),
        ("40 titik", "Titik Lokasi", 40),
        ("40 ttk", "Titik Lokasi", 40),
    ],
)
def test_a_counting_word_typed_without_what_it_counts_is_read(typed, satuan, figure):
    assert parse_number(typed, satuan=satuan).exact == figure


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("3 unit", "Unit/Tahun"),
        ("1.250 ekor", "Ekor/Tahun"),
        ("3 hari", "Hari Orang Kerja"),
        ("5 orang", "Orang Miskin"),
    ],
)
def test_a_counting_word_of_a_rate_or_no_counting_word_stays_refused(typed, satuan):
    # a rate per year (the quarter's total may be meant), a time, or people of one kind: as before
    with pytest.raises(ValueError):
        parse_number(typed, satuan=satuan)


@pytest.mark.parametrize(
    ("typed", "satuan", "said"),
    [
        ("12.500 m", "Km jalan", "12.500 m = 12,5 Km jalan, jadi tulis 12,5"),  # 12.500 / 1.000 = 12,5
        ("12.500 meter", "Km jalan", "12.500 meter = 12,5 Km jalan, jadi tulis 12,5"),
        ("5.000 m2", "Ha sawah", "5.000 m2 = 0,5 Ha sawah, jadi tulis 0,5"),  # 5.000 / 10.000 = 0,5
        ("5.800 kg", "Ton GKG", "5.800 kg = 5,8 Ton GKG, jadi tulis 5,8"),  # 5.800 / 1.000 = 5,8
    ],
)
def test_a_measure_in_another_unit_of_a_named_satuan_names_the_figure(typed, satuan, said):
    # as under Satuan km (README: "12.500 meter" for Satuan km: 12,5): never read, the figure named
    with pytest.raises(ValueError) as raised:
        parse_number(typed, satuan=satuan)
    assert said in str(raised.value), str(raised.value)


# --- review (revsatuan51): a known abbreviation is no other words' initials ----------------------


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("5 kk", "Kelompok Kerja"),  # KK is kepala (or kartu) keluarga: households, no pokja
        ("5 KK", "Kelompok Kerja"),
        ("5 kelompok kerja", "KK"),  # the Satuan KK counts households: working groups are no figure of it
        ("5 kelompok kerja", "Kepala Keluarga (KK)"),
    ],
)
def test_kk_is_never_the_initials_of_other_words(typed, satuan):
    with pytest.raises(ValueError) as raised:
        parse_number(typed, satuan=satuan)
    assert "angka tidak dibaca" in str(raised.value), str(raised.value)


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [("12 KK", "Kartu Keluarga"), ("12 kartu keluarga", "KK"), ("12 kk", "Kepala Keluarga")],
)
def test_kk_of_kartu_or_kepala_keluarga_is_read(typed, satuan):
    # one KK is one family card of one household head: 12 KK is 12 either way
    assert parse_number(typed, satuan=satuan).exact == 12


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("5 ton", "Ton Tahun"),  # a rate per year written without its slash: never its counted side
        ("5,8 ton", "Ton GKG Tahun"),
        ("12,5 km", "Km Jalan Tahun"),
        ("125 ha", "Ha Bulan"),
    ],
)
def test_a_measure_before_a_time_word_is_a_rate_and_stays_refused(typed, satuan):
    with pytest.raises(ValueError) as raised:
        parse_number(typed, satuan=satuan)
    assert "angka tidak dibaca" in str(raised.value), str(raised.value)


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        (
            "5 per",
            "Perusahaan",
        ),  # "per" begins a rate ("5 per tahun" cut short): never a Satuan's first letters
        ("5 OPT", "Orang per Tahun"),  # organisme pengganggu tumbuhan: a rate's words spell no initials
        ("5 opt", "Orang Per Tahun"),
    ],
)
def test_per_is_no_abbreviation_nor_a_rate_initials(typed, satuan):
    with pytest.raises(ValueError) as raised:
        parse_number(typed, satuan=satuan)
    assert "angka tidak dibaca" in str(raised.value), str(raised.value)


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("12,8 rb/bulan", "Rp per kapita per bulan"),  # a month's total is no amount per kapita
        ("12,8 rb per bulan", "Rupiah per Kapita per Bulan"),
        ("12,8 rb/bulan", "Rp per kapita/bulan"),
        ("12,8 rb/kapita", "Rp/Kapita/Bulan"),  # per kapita, but of which period?
        ("12,8 rb/kg/bulan", "Rp/kg"),
    ],
)
def test_a_price_missing_one_of_its_per_parts_stays_refused(typed, satuan):
    with pytest.raises(ValueError) as raised:
        parse_number(typed, satuan=satuan)
    assert "angka tidak dibaca" in str(raised.value), str(raised.value)


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("12,8 rb per kapita per bulan", "Rp per kapita per bulan"),
        ("12,8 rb/kapita/bulan", "Rp/Kapita/Bulan"),
        ("Rp 12.800/kapita/bln", "Rp/Kapita/Bulan"),  # bln: bulan
        ("12,8 rb per kapita/bulan", "Rupiah/Kapita/Bulan"),
    ],
)
def test_a_price_typed_with_all_its_per_parts_is_read(typed, satuan):
    # 12,8 rb = 12,8 x 1.000 = 12.800 rupiah per kapita per bulan
    assert parse_number(typed, satuan=satuan).exact == 12800


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("5 kg", "Kg Perkapita"),  # as under Kg/Kapita: a rate, its counted side alone is no figure of it
        ("5 kg", "Kg Kapita"),
        ("5 ton", "Ton Pertahun"),  # as under Ton/Tahun
        ("3 unit", "Unit Pertahun"),  # as under Unit/Tahun
        ("3 unit", "Unit Perbulan"),
    ],
)
def test_a_rate_written_with_its_per_glued_stays_refused(typed, satuan):
    with pytest.raises(ValueError) as raised:
        parse_number(typed, satuan=satuan)
    assert "angka tidak dibaca" in str(raised.value), str(raised.value)


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        ("12,5km", "Km jalan", Fraction(25, 2)),  # glued as staff type it: as "12,5 km"
        ("125ha", "Ha sawah", 125),
        ("3desa", "Desa/Kelurahan", 3),
        ("12pkm", "Puskesmas", 12),
    ],
)
def test_the_satuan_shortened_glued_to_its_figure_is_read(typed, satuan, figure):
    assert parse_number(typed, satuan=satuan).exact == figure


@pytest.mark.parametrize(
    ("typed", "satuan"), [("12km", "Puskesmas"), ("12,5m", "Km jalan"), ("5kk", "Kelompok Kerja")]
)
def test_another_unit_glued_stays_refused(typed, satuan):
    with pytest.raises(ValueError):
        parse_number(typed, satuan=satuan)
