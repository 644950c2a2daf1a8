"""A word of another unit, or a common word, that begins the Satuan or spells its initials (satuan52).

satuan51's rule read the first three letters or more of a one-word Satuan as its abbreviation, and the
initials of a Satuan of several words. That read `5 pos` under Satuan Posyandu as 5 Posyandu (a Pos is
another unit: Pos Kamling, Pos Pelayanan Terpadu is no Pos), `5 PUS` under Puskesmas as 5 Puskesmas
(PUS is Pasangan Usia Subur, a count of couples), `5 perangkat desa` under `PD` (Perangkat Daerah) as
5 agencies: a silent wrong count each. A word of its own (`pos`, `toko` before Tokoh, `peta` before
Petani, `bidan` before Bidang, `dus` before Dusun) is never the Satuan's abbreviation, and initials
with a meaning of their own (PD, PUS, KK) only of their own words; the galat names the word and says
what to type. The real abbreviations stay read (`12 pkm`, `3 kec`, `30 RTLH`, `5 kk` of Kepala
Keluarga).

Then count Satuans as staff type them: `5 lbr` (Lembar), `5 btg` (Batang), `5 psg` (Pasang), `5 prsh`
(Perusahaan), `5 kali` under Satuan `X`, were galat ("kata 'lbr' tidak dikenal"); `5 kali` under
Kegiatan, `5 unit` under Buah, `5 ls` under Laporan were told their word is unknown and to type the
figure alone, though each is a known unit of another kind (kali: times, unit, LS: lumpsum).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.model import GALAT
from lkj_xl.core.numbers import parse_number
from tests.test_engine import kinerja_row, run


def _refused(typed: str, satuan: str) -> str:
    with pytest.raises(ValueError) as raised:
        parse_number(typed, satuan=satuan)
    said = str(raised.value)
    assert "angka tidak dibaca" in said, said
    return said


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("5 pos", "Posyandu"),  # Pos Kamling, Pos Pelayanan: another unit
        ("5 Pos", "Poskesdes"),
        ("5 pos", "Poster"),
        ("5 PUS", "Puskesmas"),  # Pasangan Usia Subur: couples
        ("5 pus", "Pustu"),
        ("5 toko", "Tokoh"),  # shops are no tokoh masyarakat
        ("5 peta", "Petani"),  # maps are no farmers
        ("5 peta", "Petak"),
        ("5 bidan", "Bidang"),  # midwives are no plots of land
        ("5 dus", "Dusun"),  # boxes (kardus)
        ("5 dos", "Dosen"),
        ("5 kota", "Kotak"),
        ("5 pak", "Pakaian"),  # a pack (of clothes), or Bapak; under Paket it is the word (revsatuan52)
        ("5 ban", "Bangunan"),  # tyres
        ("5 regu", "Regulasi"),  # squads
        ("5 lem", "Lembaga"),  # glue
        ("5 kas", "Kasus"),  # cash
        ("5 pas", "Pasar"),
        ("5 pas", "Pasien"),
        ("5 rek", "Rekomendasi"),  # rekening
        ("5 sak", "Saksi"),  # sacks (of cement)
        ("5 bal", "Balita"),  # bales
        ("5 poli", "Polindes"),  # poliklinik
        ("5 BUMD", "BUMDes"),  # badan usaha milik daerah: the district's, no village's
        ("5 gang", "Gangguan"),  # alleys
        ("5 tim", "Timbangan"),
        ("5 dan", "Danau"),  # a conjunction (the figure's second part cut off)
        ("5 seni", "Seniman"),
        ("5 posyandu", "Pos."),  # the Satuan abbreviated as a word of its own: Pos, no Posyandu
    ],
)
def test_a_word_of_its_own_is_no_abbreviation_of_the_satuan(typed, satuan):
    said = _refused(typed, satuan)
    # the word is named as another word, never "tidak dikenal" with "tulis angkanya saja (5)" alone
    assert "tidak dikenal" not in said, said


def test_pos_under_posyandu_says_what_to_type():
    said = _refused("5 pos", "Posyandu")
    assert "'pos' (Pos Kamling, Pos Pelayanan) bukan singkatan Satuan indikator ('Posyandu')" in said, said
    assert "Bila yang dihitung memang Posyandu, tulis angkanya saja (5) atau 5 Posyandu" in said, said


def test_pus_is_named_pasangan_usia_subur():
    said = _refused("12 PUS", "Puskesmas")
    assert "'PUS' (Pasangan Usia Subur) bukan singkatan Satuan indikator ('Puskesmas')" in said, said


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("5 perangkat desa", "PD"),  # PD is Perangkat Daerah: village officials are people
        ("5 Perangkat Desa", "PD"),
        ("5 PD", "Perangkat Desa"),
        ("5 pasangan usia sekolah", "PUS"),
        ("5 organisasi pemuda desa", "OPD"),  # OPD: organisasi perangkat daerah
    ],
)
def test_initials_with_a_meaning_of_their_own_are_only_of_their_words(typed, satuan):
    said = _refused(typed, satuan)
    assert "tidak dikenal" not in said, said


def test_perangkat_desa_under_pd_names_perangkat_daerah():
    said = _refused("5 perangkat desa", "PD")
    assert "'perangkat desa' bukan kepanjangan Satuan indikator ('PD': Perangkat Daerah)" in said, said


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        ("12 pkm", "Puskesmas", 12),
        ("12 pusk", "Puskesmas", 12),  # "pusk", no word of its own
        ("3 kec", "Kecamatan", 3),
        ("30 RTLH", "Rumah Tidak Layak Huni", 30),
        ("5 kk", "Kepala Keluarga", 5),
        ("5 posy", "Posyandu", 5),
        ("5 PD", "Perangkat Daerah", 5),
        ("5 perangkat daerah", "PD", 5),
        ("5 OPD", "Organisasi Perangkat Daerah", 5),
        ("5 PUS", "Pasangan Usia Subur", 5),
        ("5 pasangan usia subur", "PUS", 5),
        ("5 pos", "Pos", 5),  # the word itself
        ("5 rekom", "Rekomendasi", 5),
        ("5 bumdes", "BUMDesa", 5),
        ("4 desa", "Desa/Kelurahan", 4),
    ],
)
def test_the_real_abbreviations_stay_read(typed, satuan, figure):
    assert parse_number(typed, satuan=satuan).exact == figure


def test_pos_under_posyandu_is_no_capaian():
    # Jumlah posyandu aktif, Target 40 Posyandu, Nilai Akhir; TW II "32 pos" (Pos Kamling?): no capaian,
    # never 32 / 40 x 100 = 80 %
    row = kinerja_row("S1", "Sasaran", "", "Kesehatan masyarakat", "Jumlah posyandu aktif", 40,
                      ("30 posyandu", "32 pos", None, None), satuan="Posyandu", jenis="Nilai Akhir")  # fmt: skip
    report = run([row])
    ind = report.indicators[0]
    assert ind.capaian is None
    (said,) = [f.pesan for f in report.findings if f.severity == GALAT and f.sel == "L2"]
    assert "bukan singkatan Satuan indikator ('Posyandu')" in said, said


# --- count Satuans as staff type them ------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "satuan", "figure"),
    [
        ("5 unit", "Unit", 5),
        ("5 bh", "Buah", 5),
        ("5 pkt", "Paket", 5),
        ("5 dok", "Dokumen", 5),
        ("5 lap", "Laporan", 5),
        ("250 lbr", "Lembar", 250),  # lembar, as on every nota
        ("1.200 btg", "Batang", 1200),  # thousands dot: one thousand two hundred seedlings
        ("5 psg", "Pasang", 5),
        ("5 prsh", "Perusahaan", 5),
        ("5 kali", "X", 5),  # the Satuan written as its sign: times
        ("5 kali", "x", 5),
    ],
)
def test_count_satuans_typed_as_staff_abbreviate_them_are_read(typed, satuan, figure):
    assert parse_number(typed, satuan=satuan).exact == figure


@pytest.mark.parametrize(
    ("typed", "satuan", "named"),
    [
        ("5 kali", "Kegiatan", "'kali'"),  # times: one kegiatan may be held five times
        # (the word whole: never "'unit' (unit)", revsatuan52; under Buah, newuser62 reads it: one item each)
        ("5 unit", "Lembar", "'unit'"),
        ("5 set", "Unit", "'set'"),  # a set may hold several units
        ("5 ls", "Laporan", "'ls' (lumpsum)"),  # LS: lumpsum, no laporan
        ("5 ls", "Paket", "'ls' (lumpsum)"),
    ],
)
def test_a_known_unit_of_another_kind_is_named_not_unknown(typed, satuan, named):
    said = _refused(typed, satuan)
    assert f"kata {named} tidak sesuai Satuan indikator ('{satuan}')" in said, said
    assert "hitung dulu angkanya dalam Satuan indikator" in said and "tidak dikenal" not in said, said


def test_kegiatan_typed_in_kali_gives_no_capaian():
    # Jumlah kegiatan pembinaan UMKM, Target 12 Kegiatan, Kumulatif: TW I "3 kegiatan", TW II "5 kali":
    # never (3 + 5) / 12 x 100 = 66,67 % while one kegiatan may have been held five times
    row = kinerja_row("S1", "Sasaran", "", "UMKM naik kelas", "Jumlah kegiatan pembinaan UMKM", 12,
                      ("3 kegiatan", "5 kali", None, None), satuan="Kegiatan", jenis="Kumulatif")  # fmt: skip
    report = run([row])
    assert report.indicators[0].capaian is None
    (said,) = [f.pesan for f in report.findings if f.severity == GALAT and f.sel == "L2"]
    assert "kata 'kali' tidak sesuai Satuan indikator ('Kegiatan')" in said, said


def test_lembar_abbreviated_gives_its_capaian():
    # Jumlah sertifikat tanah diterbitkan, Target 1.500 Lembar, Kumulatif: "250 lbr" + "1.100 lbr" = 1.350;
    # 1.350 / 1.500 x 100 = 90 %
    row = kinerja_row("S1", "Sasaran", "", "Tertib administrasi", "Jumlah sertifikat diterbitkan", "1.500",
                      ("250 lbr", "1.100 lbr", None, None), satuan="Lembar", jenis="Kumulatif")  # fmt: skip
    report = run([row])
    assert report.indicators[0].capaian_exact == Fraction(90)
    assert not [f for f in report.findings if f.severity == GALAT], report.findings
