"""Write the real example workbook: Dinas Koperasi, UKM, Perindustrian dan Perdagangan, Kabupaten
Lumajang, Laporan Kinerja Triwulan II 2025.

Run from the project root:  python workbooks/make_example.py

Every row is transcribed from the report, ../shared/seeds/000_237f033edcd5cb60.txt ("l.N" below is a
line of that file). Inputs only: targets, realisations, budgets, never a printed capaian or
percentage, so the engine's tables can be checked against the report's.

Choices made while transcribing (also stated in the Keterangan cells where staff would see them):
- Kode scheme (the report gives no nomenclature codes): T1, T2 Tujuan; S1..S4 Sasaran; P<s>.<nn>
  programs of Sasaran s; K<s>.<nn>.<mm> their kegiatan; P0.01 the support program, which has no
  indicators and counts toward Sasaran 2 (DOMAIN.md; Tabel 2.4 l.423: 14.162.109.953).
- Programs and kegiatan: the report only gives the figure "s.d. TW II"; it is written in Realisasi
  TW II (TW I left blank). Percentages and rates are Nilai Akhir, counts and money flows Kumulatif;
  with one quarter filled both give the same total.
- Tujuan/Sasaran: per-quarter values as Tabel 3.1 (l.499-513) prints them, "-" included.
- Anggaran: Tabel 3.4 (l.949-969) gives realisation "s.d. 30 Juni 2025" only: written in Realisasi
  TW II, TW I left blank. "-" in Tabel 3.4 is an accounting zero (printed percentage 0): written 0.
- Text vs number: what the report writes with a unit, Rp, % or a scale word is written as that text
  (staff paste it from the report); plain counts are numbers. A few money cells are text on purpose
  ("Rp 435.942.350", "5.059.823.310,00") to exercise the Indonesian number parser.
- Known slips of the report, transcribed from the data (not from printed results): see the
  Keterangan of S2, P2.04, P3.01, P4.05, K4.05.01 and S4.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.xlsx.template import new_workbook  # noqa: E402

OUT = Path(__file__).with_name("lkjip-diskopukm-lumajang-tw2-2025.xlsx")

TUJUAN, SASARAN, PROGRAM, KEGIATAN = c.TINGKAT[:4]
KUM, AKHIR = c.KUMULATIF, c.NILAI_AKHIR

SD_TW2 = "Laporan TW II hanya memuat realisasi s.d. TW II: dicatat di kolom TW II."


def tw2(value: object) -> tuple[object, object, object, object]:
    """Only the s.d. TW II figure is known: it goes in Realisasi TW II."""
    return (None, value, None, None)


def kin(
    kode: str,
    tingkat: str,
    induk: str | None,
    uraian: str | None,
    indikator: str,
    satuan: str,
    jenis: str,
    target: object,
    tw: tuple[object, object, object, object],
    ket: str = "",
    polaritas: str = c.POSITIF,
) -> dict[str, object]:
    """One Kinerja row, in contract.KINERJA_HEADERS order (Target Perubahan: none in the report)."""
    values = (kode, tingkat, induk, uraian, indikator, satuan, polaritas, jenis, target, None, *tw, ket)
    return dict(zip(c.KINERJA_HEADERS, values, strict=True))


def ang(kode: str, program: str, kode_sasaran: str | None, pagu: object, realisasi_sd_30_juni: object):
    """One Anggaran row, in contract.ANGGARAN_HEADERS order; the s.d. 30 Juni figure in TW II."""
    values = (kode, program, kode_sasaran, pagu, None, *tw2(realisasi_sd_30_juni))
    return dict(zip(c.ANGGARAN_HEADERS, values, strict=True))


PENGATURAN: dict[str, object] = {
    c.P_PEMDA: "Kabupaten Lumajang",  # l.7
    c.P_OPD: "Dinas Koperasi, UKM, Perindustrian dan Perdagangan",  # l.7
    c.P_TAHUN: 2025,  # l.5
    c.P_TRIWULAN: 2,  # l.5 "TRIWULAN II 2025"
    c.P_SKALA: c.SKALA_PERMENPANRB,  # l.472, l.486-493
    c.P_KEPALA: "MUHAMMAD RIDHA, S.Sos., M.Si.",  # l.27, l.1073
    # l.1047-1049 (l.25 has the OCR slip "USAHA ECIL")
    c.P_JABATAN: "Kepala Dinas Koperasi, Usaha Kecil Menengah, Perindustrian dan Perdagangan",
    c.P_NIP: "19731118 199303 1 002",  # l.29, l.1075
    c.P_TEMPAT: "Lumajang",  # l.23
    c.P_TANGGAL: "4 Juli 2025",  # l.23
    c.P_BATAS: "",  # the report caps nothing (P2.02 prints 170%, l.546)
    c.P_DESIMAL: 2,
    c.P_TOTAL_PAGU: 27_805_047_633,  # "Jumlah" of the PK programs, l.401 and l.1105
}

# Program names as Tabel 2.4 / 3.4 print them; one source for Kinerja and Anggaran.
PROGRAMS = {
    "P0.01": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",  # l.953
    "P1.01": "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",  # l.413, l.966
    "P1.02": "PROGRAM PENGENDALIAN IZIN USAHA INDUSTRI",  # l.415, l.967
    "P1.03": "PROGRAM PENGELOLAAN SISTEM INFORMASI INDUSTRI NASIONAL",  # l.417, l.968
    "P2.01": "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI",  # l.424, l.954
    "P2.02": "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI",  # l.426, l.955
    "P2.03": "PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN",  # l.428, l.956
    "P2.04": "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI",  # l.430, l.957
    "P3.01": "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)",  # l.436, l.958
    "P3.02": "PROGRAM PENGEMBANGAN UMKM",  # l.438, l.959
    "P4.01": "PROGRAM PERIZINAN DAN PENDAFTARAN PERUSAHAAN",  # l.441, l.960
    "P4.02": "PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN",  # l.449, l.961
    "P4.03": "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING",  # l.452, l.962
    "P4.04": "PROGRAM PENGEMBANGAN EKSPOR",  # l.455, l.963
    "P4.05": "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN",  # l.457, l.964
    "P4.06": "PROGRAM PENGGUNAAN DAN PEMASARAN PRODUK DALAM NEGERI",  # l.463, l.965
}


def prog(kode: str, induk: str, indikator: str, satuan: str, jenis: str, target, tw, hasil: str, ket=""):
    """A program row: Uraian from PROGRAMS, Keterangan = the program's outcome (Tabel 2.4) + notes."""
    notes = " ".join(x for x in (f"Hasil program: {hasil}.", SD_TW2, ket) if x)
    return kin(kode, PROGRAM, induk, PROGRAMS[kode], indikator, satuan, jenis, target, tw, notes)


def keg(kode: str, induk: str, uraian: str, indikator: str, satuan: str, jenis: str, target, tw, ket=""):
    return kin(kode, KEGIATAN, induk, uraian, indikator, satuan, jenis, target, tw, f"{SD_TW2} {ket}".strip())


KINERJA: list[dict[str, object]] = [
    # ---- Tujuan 1 -------------------------------------------------------------------------------
    # l.358 (Tabel 2.2) target; satuan Rupiah l.340 (Tabel 2.1); l.503 (Tabel 3.1): "-" in every
    # quarter, total "Menunggu data BPS"
    kin(
        "T1",
        TUJUAN,
        None,
        "Terciptanya Ekonomi Wilayah yang Bertumpu pada Sektor Pertanian dan Industri",
        "Nilai PDRB sektor Industri",
        "Rupiah",
        AKHIR,
        "5.984,04 milyar",
        ("-", "Menunggu data BPS", None, None),
        "Angka PDRB tahunan dari BPS.",  # l.582-590,
    ),
    # l.363/379 (Tabel 2.2/2.3), l.1081 (PK) target 3,63%; l.507 (Tabel 3.1) realisation
    kin(
        "S1",
        SASARAN,
        "T1",
        "Meningkatnya pertumbuhan sektor industri",
        "Persentase Pertumbuhan Nilai Produksi Industri",
        "%",
        AKHIR,
        "3,63%",
        ("-", "direkap diakhir periode", None, None),
        "(Nilai produksi tahun N - tahun N-1) / tahun N-1 x 100%.",
    ),
    # l.413 target, l.540 / l.825 realisation s.d. TW II
    prog(
        "P1.01",
        "S1",
        "Nilai produksi industri",
        "Rp",
        KUM,
        "Rp 1.491.388.500.000",
        tw2("Rp 483.624.842.126"),
        "Meningkatnya Nilai produksi industri",
    ),
    # l.414 target 400 IKM, l.830 realisation 95 IKM
    keg(
        "K1.01.01",
        "P1.01",
        "Penyusunan dan Evaluasi Rencana Pembangunan Industri Kabupaten/Kota",
        "Jumlah industri dalam rencana pembangunan kabupaten yang difasilitasi",
        "IKM",
        KUM,
        400,
        tw2(95),
    ),
    # l.415 target 100%, l.541 / l.831 realisation 100%
    prog(
        "P1.02",
        "S1",
        "Prosentase jumlah izin yang diterbitkan",
        "%",
        AKHIR,
        "100%",
        tw2("100%"),
        "Meningkatnya Jumlah rekomendasi perolehan IUI, IPUI, IUKI dan IPKI",
    ),
    # l.416 target 2 dokumen, l.832 realisation 1 dokumen
    keg(
        "K1.02.01",
        "P1.02",
        "Penerbitan Izin Usaha Industri (IUI), Izin Perluasan Usaha Industri (IPUI), Izin Usaha Kawasan "
        "Industri (IUKI) dan Izin Perluasan Kawasan Industri (IPKI) Kewenangan Kabupaten/Kota",
        "Jumlah rekomendasi IUI, IPUI, IUKI dan IPKI yang diterbitkan",
        "dokumen",
        KUM,
        2,
        tw2(1),
    ),
    # l.417 target 61,45%, l.542 / l.835 realisation 0
    prog(
        "P1.03",
        "S1",
        "Prosentase jumlah IKM yang mengupdate data di SIINAS",
        "%",
        AKHIR,
        "61,45%",
        tw2(0),
        "Meningkatnya Jumlah Database IKM yang terupdate",
        "Data SIINAS disampaikan per semester.",
    ),
    # l.418 target 2 dokumen, l.839 realisation 1 dokumen
    keg(
        "K1.03.01",
        "P1.03",
        "Penyediaan Informasi Industri untuk IUI, IPUI, IUKI dan IPKI Kewenangan Kabupaten/Kota",
        "Jumlah dokumen informasi industri yang tersedia",
        "dokumen",
        KUM,
        2,
        tw2(1),
    ),
    # ---- Tujuan 2 -------------------------------------------------------------------------------
    # l.359 (Tabel 2.2) target "1.282.684,40 juta", not Tabel 2.4's ambiguous "1.282,684,40 juta"
    # (l.419, l.543); satuan Rupiah l.341; l.504 (Tabel 3.1): TW I 193.900 juta, TW II "-"
    kin(
        "T2",
        TUJUAN,
        None,
        "Meningkatnya investasi inklusif",
        "Nilai Investasi",
        "Rupiah",
        KUM,
        "1.282.684,40 juta",
        ("193.900 juta", "-", None, None),
        "Data DPMPTSP Provinsi Jawa Timur; realisasi TW II terbit 10 Juli 2025.",
    ),
    # l.380 (PK) / l.1082 target 40,71% (Tabel 3.1 l.508 prints 40,7%); l.508 TW I 25, TW II 4
    kin(
        "S2",
        SASARAN,
        "T2",
        "Meningkatnya kualitas Koperasi",
        "Persentase koperasi yang taat akan peraturan perundang - undangan",
        "%",
        KUM,
        "40,71%",
        (25, 4, None, None),
        "Koperasi ber-RAT / jumlah koperasi: 214 / 737. Target PK 40,71% (Tabel 3.1 mencetak 40,7%).",
    ),
    # l.424 target 54,27%, l.545 / l.853 realisation 0,8%
    prog(
        "P2.01",
        "S2",
        "Persentase pengawasan dan pemeriksaan koperasi",
        "%",
        AKHIR,
        "54,27%",
        tw2("0,8%"),
        "Terlaksananya pengawasan dan pemeriksaan koperasi",
    ),
    # l.425 target 100 koperasi, l.858 realisation 6 koperasi
    keg(
        "K2.01.01",
        "P2.01",
        "Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang "
        "Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota",
        "Jumlah koperasi simpan pinjam dan unit simpan pinjam yang diperiksa dan diawasi",
        "koperasi",
        KUM,
        100,
        tw2(6),
    ),
    # l.426 target 56,67%, l.546 / l.859 realisation 96,05%
    prog(
        "P2.02",
        "S2",
        "Persentase koperasi sehat dan cukup sehat",
        "%",
        AKHIR,
        "56,67%",
        tw2("96,05%"),
        "Terlaksananya Penilaian Kesehatan KSP/USP Koperasi",
    ),
    # l.427 target 68 koperasi, l.863 realisation 73 koperasi
    keg(
        "K2.02.01",
        "P2.02",
        "Penilaian Kesehatan Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang Wilayah "
        "Keanggotaannya dalam 1 (Satu) Daerah Kabupaten/Kota",
        "Jumlah koperasi simpan pinjam yang sehat dan cukup sehat",
        "koperasi",
        KUM,
        68,
        tw2(73),
    ),
    # l.428 target 40,74%, l.547 / l.864 realisation 0
    prog(
        "P2.03",
        "S2",
        "Persentase koperasi yang mendapatkan pelatihan perkoperasian",
        "%",
        AKHIR,
        "40,74%",
        tw2(0),
        "Terlaksananya pendidikan dan latihan perkoperasian",
    ),
    # l.429 target 220 orang, l.868 realisation 0 orang
    keg(
        "K2.03.01",
        "P2.03",
        "Pendidikan dan Latihan Perkoperasian Bagi Koperasi yang Wilayah Keanggotaan dalam Daerah "
        "Kabupaten/Kota",
        "Jumlah SDM yang mengikuti pelatihan perkoperasian",
        "orang",
        KUM,
        220,
        tw2(0),
    ),
    # l.430 (Tabel 2.4) and l.554 (Tabel 3.2) target 22,98%; l.869 (text) and l.1185 (Renja matrix)
    # write 22,96%: the PK tables win. l.554 / l.869 realisation 0
    prog(
        "P2.04",
        "S2",
        "Persentase koperasi yang mendapatkan pemberdayaan dan perlindungan",
        "%",
        AKHIR,
        "22,98%",
        tw2(0),
        "Terlaksananya pemberdayaan dan perlindungan koperasi",
        "Target 22,98% menurut Tabel 2.4/3.2; uraian laporan menulis 22,96%.",
    ),
    # l.431 target 124 orang, l.873 realisation 0 orang
    keg(
        "K2.04.01",
        "P2.04",
        "Pemberdayaan dan Perlindungan Koperasi yang Keanggotaannya dalam Daerah Kabupaten/Kota",
        "Jumlah pemberdayaan SDM koperasi",
        "orang",
        KUM,
        124,
        tw2(0),
    ),
    # l.365/381 target 0,01%; l.512 (Tabel 3.1) realisation
    kin(
        "S3",
        SASARAN,
        "T2",
        "Meningkatnya Kualitas Usaha Mikro",
        "Persentase Usaha Mikro naik kelas",
        "%",
        AKHIR,
        "0,01%",
        ("-", "direkap diakhir periode", None, None),
        "Usaha mikro naik kelas / jumlah usaha mikro.",
    ),
    # l.436 target 0,9%, l.556 / l.881 realisation 0,6% (the report prints capaian 71%, which is the
    # kegiatan's 333/471; the program's own data give 0,6/0,9)
    prog(
        "P3.01",
        "S3",
        "Persentase Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM) yang Diberdayakan",
        "%",
        AKHIR,
        "0,9%",
        tw2("0,6%"),
        "Meningkatnya UMKM yang diberdayakan",
        "Laporan mencetak capaian 71% (= capaian kegiatan 333/471).",
    ),
    # l.437 target 471 UM, l.885 realisation 333 usaha mikro
    keg(
        "K3.01.01",
        "P3.01",
        "Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, "
        "Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan",
        "Jumlah Usaha Mikro yang difasilitasi usahanya",
        "UM",
        KUM,
        471,
        tw2(333),
    ),
    # l.438 target 0,5%, l.557 (Tabel 3.2) "Direkap diakhir periode" (text l.888 says 0%)
    prog(
        "P3.02",
        "S3",
        "Persentase pengembangan usaha mikro",
        "%",
        AKHIR,
        "0,5%",
        tw2("Direkap diakhir periode"),
        "Meningkatnya Pengembangan UMKM",
    ),
    # l.439 target 10 usaha mikro, l.892 realisation 0
    keg(
        "K3.02.01",
        "P3.02",
        "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil",
        "Jumlah Usaha Mikro yang mempunyai Omset antara 1-2 Milyar",
        "usaha mikro",
        KUM,
        10,
        tw2(0),
    ),
    # l.366/382 target 4.045,54 milyar; l.513 (Tabel 3.1): "-" in TW I-III and 3.969,54 under TW IV
    # of a TW II report, total "Menunggu data BPS". Kept as printed: the engine must flag the TW IV
    # value (a quarter after the reported one) and leave it out.
    kin(
        "S4",
        SASARAN,
        "T2",
        "Meningkatnya Nilai PDRB sektor Perdagangan",
        "Nilai PDRB sektor Perdagangan",
        "Rupiah",
        AKHIR,
        "4.045,54 milyar",
        ("-", "Menunggu data BPS", None, "3.969,54"),
        "Angka BPS. Tabel 3.1 laporan TW II mencetak 3.969,54 di kolom TW IV.",
    ),
    # l.441 target 80%, l.559 / l.898 realisation 100%
    prog(
        "P4.01",
        "S4",
        "Persentase perusahaan yang mendapat rekomendasi izin usaha",
        "%",
        AKHIR,
        "80%",
        tw2("100%"),
        "Meningkatnya perusahaan yang mendapat rekomendasi untuk memperoleh izin usaha",
    ),
    # l.442 target 100%, l.902 realisation 100%
    keg(
        "K4.01.01",
        "P4.01",
        "Penerbitan Tanda Daftar Gudang",
        "Persentase peningkatan jumlah rekomendasi TDG",
        "%",
        AKHIR,
        "100%",
        tw2("100%"),
    ),
    # l.443 target 50%, l.904 "terealisasi 100"
    keg(
        "K4.01.02",
        "P4.01",
        "Penerbitan Surat Izin Usaha Perdagangan Minuman Beralkohol Golongan B dan C untuk Pengecer dan "
        "Penjual Langsung Minum di Tempat",
        "Persentase pengecer yang mendapat rekomendasi untuk memperoleh izin usaha",
        "%",
        AKHIR,
        "50%",
        tw2("100%"),
    ),
    # l.444/448 target 2 pelaku usaha, l.905 realisation 0
    keg(
        "K4.01.03",
        "P4.01",
        "Pengendalian Fasilitas Penyimpanan Bahan Berbahaya dan Pengawasan Distribusi, Pengemasan dan "
        "Pelabelan Bahan Berbahaya di Tingkat Daerah Kabupaten/Kota",
        "Jumlah Pelaku Usaha yang difasilitasi",
        "pelaku usaha",
        KUM,
        2,
        tw2(0),
    ),
    # l.449 target 3,45%, l.560 (Tabel 3.2) "Direkap diakhir periode" (text l.906 says 0%)
    prog(
        "P4.02",
        "S4",
        "Persentase jumlah Pasar berstandar SNI",
        "%",
        AKHIR,
        "3,45%",
        tw2("Direkap diakhir periode"),
        "Meningkatnya Jumlah Pasar sesuai standar SNI",
    ),
    # l.450 target 8 unit, l.913-914 realisation 0 unit
    keg(
        "K4.02.01",
        "P4.02",
        "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan",
        "Jumlah Sarana Distribusi Perdagangan yang dibangun/direhab",
        "unit",
        KUM,
        8,
        tw2(0),
    ),
    # l.451 target 11%, l.918 realisation 1,42%
    keg(
        "K4.02.02",
        "P4.02",
        "Pembinaan Terhadap Pengelola Sarana Distribusi Perdagangan Masyarakat di Wilayah Kerjanya",
        "Prosentase pembinaan terhadap pedagang",
        "%",
        AKHIR,
        "11%",
        tw2("1,42%"),
    ),
    # l.452 target 80%, l.561 / l.919 realisation 77%
    prog(
        "P4.03",
        "S4",
        "Persentase pengendalian stabilisasi barang kebutuhan pokok dan barang penting",
        "%",
        AKHIR,
        "80%",
        tw2("77%"),
        "Terkendalinya harga barang kebutuhan pokok dan barang penting lainnya",
    ),
    # l.453 target 13 barang, l.923 realisation 13 barang (the same 13 goods each quarter: a stock)
    keg(
        "K4.03.01",
        "P4.03",
        "Pengendalian Harga, dan Stok Barang Kebutuhan Pokok dan Barang Penting di Tingkat Pasar "
        "Kabupaten/Kota",
        "Jumlah harga barang kebutuhan pokok yang dikendalikan",
        "barang",
        AKHIR,
        13,
        tw2(13),
    ),
    # l.454 target 168 unit, l.926 realisation 77 kios
    keg(
        "K4.03.02",
        "P4.03",
        "Pengawasan Pupuk dan Pestisida Bersubsidi di Tingkat Daerah Kabupaten/Kota",
        "Jumlah obyek pengawasan pupuk dan pestisida",
        "unit",
        KUM,
        168,
        tw2(77),
    ),
    # l.455 targets, l.562 / l.927 realisations: two indicators, the Kode repeated, Uraian blank on the
    # second row
    prog(
        "P4.04",
        "S4",
        "Nilai ekspor",
        "Rp",
        KUM,
        "Rp 1.175.296.332.815,85",
        tw2("Rp 174.682.004.400"),
        "Meningkatnya Nilai ekspor dan nilai perdagangan antar daerah",
    ),
    # l.455 second target, l.562 / l.927 second realisation (same node P4.04)
    kin(
        "P4.04",
        PROGRAM,
        "S4",
        None,
        "Nilai perdagangan antar daerah",
        "Rp",
        KUM,
        "Rp 5.924.944.703.361",
        tw2("Rp 129.614.313.068"),
        SD_TW2,
    ),
    # l.456 target 450.000.000 (l.931 "Rp 450.000.000,-"), l.931 realisation Rp 1.425.000
    keg(
        "K4.04.01",
        "P4.04",
        "Penyelenggaraan Promosi Dagang melalui Pameran Dagang dan Misi Dagang bagi Produk Ekspor "
        "Unggulan yang Terdapat pada 1 (Satu) Daerah Kabupaten/Kota",
        "Nilai omzet promosi dagang",
        "Rp",
        KUM,
        450000000,
        tw2("Rp 1.425.000"),
    ),
    # l.457 target 80%, l.563 / l.934 realisation 35% (the report prints capaian 41%; 35/80 = 43,75)
    prog(
        "P4.05",
        "S4",
        "Tingkat Kepatuhan WTU",
        "%",
        AKHIR,
        "80%",
        tw2("35%"),
        "Meningkatnya Tingkat Kepatuhan WTU",
        "Laporan mencetak capaian 41%; 35/80 = 43,75%.",
    ),
    # l.458 target 2.047 unit (Tabel 2.4 = PK); the text l.938 writes 2.067 WTU and capaian 43%
    # (891/2.067); l.938 realisation 891 WTU
    keg(
        "K4.05.01",
        "P4.05",
        "Pelaksanaan Metrologi Legal, Berupa Tera, Tera Ulang, dan Pengawasan",
        "Jumlah WTU yang melaksanakan tera, tera ulang",
        "unit",
        KUM,
        "2.047",
        tw2(891),
        "Target 2.047 menurut Tabel 2.4; uraian laporan menulis 2.067.",
    ),
    # l.463 target 5%, l.568 (Tabel 3.2) "Direkap diakhir periode" (text l.939 says 0%)
    prog(
        "P4.06",
        "S4",
        "Persentase pertumbuhan nilai perdagangan dalam daerah",
        "%",
        AKHIR,
        "5%",
        tw2("Direkap diakhir periode"),
        "Meningkatnya pertumbuhan nilai perdagangan dalam daerah",
    ),
    # l.464 / l.943 target Rp 8.604.645.491.050, l.943 realisation Rp 1.507.730.516.560
    keg(
        "K4.06.01",
        "P4.06",
        "Pelaksanaan Promosi, Pemasaran dan Peningkatan Penggunaan Produk Dalam Negeri",
        "Nilai perdagangan dalam daerah",
        "Rp",
        KUM,
        "Rp 8.604.645.491.050",
        tw2("Rp 1.507.730.516.560"),
    ),
]

# ---- Issue 11: comparisons and analysis ---------------------------------------------------------
# What the report states about earlier years, per Kode (added to that node's Kinerja row). It gives
# no Renstra end target, no Tahun Akhir Renstra and no national standard for a workbook indicator
# (the 2,56% "target nasional" of l.727-728 / l.775 is the price index IPH, which is no indicator
# of the Perjanjian Kinerja), so those columns stay empty.
PEMBANDING: dict[str, dict[str, object]] = {
    # l.590: "nilai PDRB sektor Industri pengolahan pada tahun 2023 mencapai Rp 5.718.901,0 juta"
    "T1": {"Realisasi 2023": "5.718.901,0 juta"},
    # l.612-615 (Data Pertumbuhan Nilai Produksi Industri): 2024 "Pertumbuhan (%) 2,50"; l.699
    # compares this year with it: "jika diperbandingkan dengan tahun sebelumnya ... 2,5%"
    "S1": {"Realisasi 2024": "2,50%", "Realisasi Tahun Lalu": "2,50%"},
    # l.600-601 / l.614: "Nilai produksi industri tahun 2024 = Rp. 1.336.456.746.287,-"
    "P1.01": {"Realisasi 2024": "Rp 1.336.456.746.287,00"},
}
# Formulasi and Sumber Data: Tabel 2.1 (l.340-346) for the Tujuan and Sasaran, and the formulas
# 3.2.3 states for programs.
TEKS: dict[str, dict[str, str]] = {
    "T1": {"Formulasi": "Nilai PDRB sektor Industri", "Sumber Data": "BPS"},  # l.340
    "T2": {"Formulasi": "Nilai Investasi", "Sumber Data": "DPMPTSP"},  # l.341
    "S1": {  # l.343
        "Formulasi": "(Nilai produksi industri tahun N - Nilai produksi tahun sebelumnya (N-1))/ Nilai "
        "produksi tahun sebelumnya (N-1) x 100%",
        "Sumber Data": "Olah data DISKOPINDAG",
    },
    "S2": {  # l.344
        "Formulasi": "Jumlah Koperasi yang RAT / Jumlah total Koperasi x 100%",
        "Sumber Data": "Olah data DISKOPINDAG",
    },
    "S3": {
        "Formulasi": "Jumlah UM naik Kelas / Jumlah UM x 100%",
        "Sumber Data": "Olah data DISKOPINDAG",
    },  # l.345
    "S4": {"Formulasi": "Nilai PDRB sektor Perdagangan", "Sumber Data": "Olah data DISKOPINDAG"},  # l.346
    "P4.01": {"Formulasi": "jumlah rekomendasi izin usaha / jumlah pengajuan izin usaha"},  # l.898
    "P4.02": {  # l.906
        "Formulasi": "Jumlah Pasar Berstandar SNI dibandingkan jumlah total pasar daerah Kabupaten Lumajang"
    },
    "P4.03": {"Formulasi": "standard deviasi harga tahun n dibagi rata-rata harga tahun n"},  # l.919
    "P4.05": {"Formulasi": "jumlah WTU patuh dibanding jumlah potensi WTU"},  # l.934
}
for _row in KINERJA:
    # Each node above has one indicator: its values go on its (only) row.
    _row.update(PEMBANDING.get(str(_row["Kode"]), {}))
    _row.update(TEKS.get(str(_row["Kode"]), {}))


def analisis(kode: str, pendukung: str, penghambat: str, upaya: str, tindak_lanjut: str = ""):
    """One Analisis row (the node's only indicator: Indikator left blank)."""
    values = (kode, None, pendukung, penghambat, upaya, tindak_lanjut or None)
    return dict(zip(c.ANALISIS_HEADERS, values, strict=True))


# 3.2.1 (l.678-781): per Tujuan and Sasaran the factors ("hal yang mendukung"), obstacles
# ("kendala / hambatan") and remedies ("upaya"), one point per line numbered as staff type them;
# Tindak Lanjut per sector from Bab IV (l.999-1033). The OCR's lost numbering is restored.
ANALISIS: list[dict[str, object]] = [
    analisis(
        "T1",
        # l.684-686
        "1. Terlaksananya pelatihan sebanyak 3 kegiatan\n"
        "2. Terlaksananya pendampingan perolehan NIB bagi IKM sebanyak 105 telah terfasilitasi\n"
        "3. Terlaksananya verifikasi teknis Perizinan Berusaha Sektor Industri sebanyak 2 kegiatan",
        # l.690-691
        "1. Kurangnya kesadaran IKM melaporkan data secara tepat waktu\n"
        "2. Pemasaran yang digunakan bersifat konvensional",
        # l.695-696
        "1. Melaksanakan sosialiasasi SI DILAN (telah dilaksanakan di triwulan II), melaksanakan pelatihan "
        "pembuatan konten pemasaran (telah dilaksanakan di triwulan II)\n"
        "2. Melaksanakan pelatihan pemasaran online dan digital marketing (telah dilaksanakan di triwulan I)",
    ),
    analisis(
        "S1",
        # l.701-704
        "1. Terlaksananya Pelatihan Pembuatan Konten Pemasaran Online bagi IK Aneka Keripik, Kopi dan Susu "
        "sebanyak 1 kegiatan\n"
        "2. Terlaksananya pendampingan perolehan NIB bagi IKM sebanyak 105 telah terfasilitasi\n"
        "3. Terlaksananya verifikasi teknis Perizinan Berusaha Sektor Industri sebanyak 2 kegiatan\n"
        "4. Terlaksananya pelatihan desain kemasan dan sosialiasi halal masing-masing 1 kegiatan",
        # l.708-709
        "1. Pemasaran yang digunakan bersifat konvensional\n2. Desain kemasan masih sederhana",
        # l.713-714
        "1. Melaksanakan pelatihan digital marketing, pelatihan pemasaran online (telah dilaksanakan "
        "ditriwulan I), pelatihan desain kemasan dan sosialiasi halal (telah dilaksanakan ditriwulan II);\n"
        "2. Melaksanakan pelatihan desain kemasan bagi IK aneka keripik dan kopi (telah dilaksanakan "
        "ditriwulan I).",
        # Bab IV, Sektor Industri (l.1017-1023)
        "1. Melaksanakan monitoring P3DN dan verifikasi PDN secara berkelanjutan\n"
        "2. Melaksanakan penyaluran bantuan kemasan\n"
        "3. Melaksanakan pendampingan sertifikasi TKDN bagi IKM\n"
        "4. Melaksanakan pendampingan penyesuaian perijinan dasar sebagai pemenuhan komitmen IUI, IPUI, "
        "IUKI, dan IPKI yang terintegrasi dengan SIINAS\n"
        "5. Melaksanakan pendampingan pelaporan data informasi industri\n"
        "6. Melaksanakan pengawasan Izin Usaha Industri\n"
        "7. Melaksanakan pelatihan",
    ),
    analisis(
        "T2",
        # l.720-726 (item 1 has sub-points a-c; "Selain itu, ..." of l.726 is the next paragraph)
        "a. Terlaksananya pemantauan harga bahan pokok di 16 pasar daerah;\n"
        "b. Terlaksananya Pembentukan warung TIPD di 4 pasar daerah;\n"
        "c. Terlaksananya operasi pasar selama 17 kali yang tersebar di 13 titik lokasi untuk menanggulangi "
        "adanya kenaikan harga bahan pokok.\n"
        "2. Terlaksananya pendampingan pengurusan NIB\n"
        "3. Terlaksananya pendampingan pembentukan koperasi baru (koperasi tambang dan koperasi Desa Merah "
        "Putih)\n"
        "4. Terlaksananya pendampingan RAT bagi koperasi",
        # l.727-728
        "Indeks perkembangan harga sebesar 1,06% pada Minggu ke bulan Juni 2025 masih dibawah target "
        "nasional sebesar 2,56% (dibuktikan dengan grafik Indesk Perkembangan Harga sebagaimana terlampir)",
        # l.732-733
        "1. Melaksanakan pemantauan harga bahan pokok\n2. Melaksanakan operasi pasar",
    ),
    analisis(
        "S2",
        # l.735-737
        "1. Terlaksananya pendampingan kepada koperasi untuk melaksanakan RAT;\n"
        "2. Terlaksananya pengawasan dan pembinaan bagi pengurus koperasi untuk meningkatkan akuntabilitas "
        "koperasi;\n"
        "3. Terlaksananya Kunjungan lapangan terhadap pengurus koperasi yang belum menyelenggarakan RAT "
        "sesuai kewajiban pengelolaan koperasi.",
        # l.741
        "Kurangnya kesadaran koperasi melaksanakan RAT secara tepat waktu (hanya sebanyak 214 koperasi yang "
        "telah berRAT secara tepat waktu dari total sebanyak 644 koperasi aktif)",
        # l.743-744
        "1. Melaksanakan pendampingan RAT kepada koperasi secara berkelanjutan;\n"
        "2. Melaksanakan kunjungan lapangan dan pembinaan koperasi secara berkelanjutan.",
        # Bab IV, Sektor Koperasi (l.1003-1006)
        "1. Melaksanakan pengawasan koperasi yang belum ber-RAT secara berkelanjutan\n"
        "2. Melaksanakan pendampingan RAT\n"
        "3. Melaksanakan bimbingan dan pelatihan bagi pengurus koperasi\n"
        "4. Melaksanakan penyaluran bantuan modal koperasi",
    ),
    analisis(
        "S3",
        # l.746-749 (item 3 has sub-points a-b)
        "1. Terlaksananya fasilitasi pendampingan NIB\n"
        "2. Terlaksananya updating data usaha mikro\n"
        "a. Terlaksananya pelatihan pemasaran online\n"
        "b. Tersedianya platform marketplace sebagai wadah promosi dan penjualan produk usaha mikro",
        # l.753-754
        "1. Rendahnya kesadaran pelaku usaha untuk berizin usaha (NIB) sebanyak 105 telah terfasilitasi\n"
        "2. Keterbatasan kemampuan pelaku usaha untuk mengadopsi teknologi digital dan literasi digital",
        # l.758-759
        "1. Melaksanakan fasilitasi pendampingan NIB\n"
        "2. Melaksanakan pengadaan platform marketplace sebagai wadah promosi dan penjualan produk usaha "
        "mikro sebanyak 1 aplikasi Lumajang Tulen",
        # Bab IV, Sektor Usaha Mikro (l.1010-1013)
        "1. Melaksanakan penyaluran bantuan kemasan\n"
        "2. Melaksanakan kurasi UMKM tingkat Kabupaten\n"
        "3. Melaksanakan fasilitasi comunal branding\n"
        "4. Melaksanakan pelatihan peningkatan keterampilan bagi usaha mikro",
    ),
    analisis(
        "S4",
        # l.766-770 (item 3 has sub-points a-c; the 16 markets of l.768 kept)
        "1. Terlaksananya monitoring dan evaluasi kondisi pasar daerah untuk mengetahui tingkat kerusakan "
        "dan rencana rehabilitasi maupun pemeliharaan di pasar daerah\n"
        "2. Terlaksananya promosi dagang tingkat Kabupaten / pasar ramadhan sebanyak 1 fasilitasi dan "
        "promosi tingkat Provinsi sebanyak 1 fasilitasi\n"
        "a. Terlaksananya pemantauan harga bahan pokok 16 pasar daerah: Pasar Ranuyoso, Pasar Klakah, Pasar "
        "Randuagung, Pasar Yosowilangun, Pasar Kunir, Pasar Sukodono, Pasar Dawuhan, Pasar Senduro, Pasar "
        "Baru Lumajang, Pasar Klojen, Pasar MKS, Pasar Pasirian, Pasar Candipuro, Pasar Pronojiwo, Pasar "
        "Nogosari, Pasar Tempeh\n"
        "b. Terlaksananya Pembentukan warung TIPD di 4 pasar daerah\n"
        "c. Terlaksananya operasi pasar selama 17 kali yang tersebar di 13 titik lokasi untuk menanggulangi "
        "adanya kenaikan harga bahan pokok",
        # l.774-775
        "1. Sarana dan prasarana kurang memadai dapat menghambat aktifitas perdagangan di pasar daerah "
        "(dibuktikan dengan grafik kondisi pasar daerah)\n"
        "2. Ketidakstabilan harga mempengaruhi volume perdagangan (berdasarkan data BPS, nilai IPH minggu "
        "ke-4 Juni 2025 sebesar 1,06%, dibawah batas maksimal 2,56%)",
        # l.779-781
        "1. Melaksanakan perencanaan rehabilitasi dan pemeliharaan sarana dan prasarana pasar daerah;\n"
        "2. Melaksanakan fasilitasi promosi dagang;\n"
        "3. Melaksanakan kegiatan operasi pasar.",
        # Bab IV, Sektor Perdagangan (l.1027-1033)
        "1. Melaksanakan perencanaan rehabilitasi pasar dan pemeliharaan pasar\n"
        "2. Melaksanakan rehabilitasi pasar dan pemeliharaan pasar\n"
        "3. Melaksanakan promosi produk\n"
        "4. Melaksanakan pengendalian harga dan stok pada pelaku usaha distribusi dan pasar daerah\n"
        "5. Melaksanakan monitoring dan evaluasi penyaluran pupuk bersubsidi\n"
        "6. Melaksanakan pendataan gudang (TDG)\n"
        "7. Melaksanakan pelayanan tera, tera ulang secara berkelanjutan",
    ),
]

# Tabel 3.4 (l.949-969), in its order: pagu and realisation s.d. 30 Juni 2025. Kode Sasaran blank:
# the program's parent in Kinerja; the support program has no Kinerja node and counts toward S2.
# Totals (l.969): pagu 27.805.047.633, realisation 6.835.975.140.
ANGGARAN: list[dict[str, object]] = [
    ang("P0.01", PROGRAMS["P0.01"], "S2", 12076486014, "5.059.823.310,00"),  # l.953 (l.385, l.1087)
    ang("P2.01", PROGRAMS["P2.01"], None, 41000000, 8000000),  # l.954
    ang("P2.02", PROGRAMS["P2.02"], None, 54888000, 0),  # l.955: realisation "-"
    ang("P2.03", PROGRAMS["P2.03"], None, 101563000, 0),  # l.956: realisation "-"
    ang("P2.04", PROGRAMS["P2.04"], None, 1888172939, 10200000),  # l.957
    ang("P3.01", PROGRAMS["P3.01"], None, 3578850965, 157853500),  # l.958
    ang("P3.02", PROGRAMS["P3.02"], None, 82706300, 1800000),  # l.959
    ang("P4.01", PROGRAMS["P4.01"], None, 62200000, 525000),  # l.960
    ang("P4.02", PROGRAMS["P4.02"], None, 6532742965, 1211837250),  # l.961
    ang("P4.03", PROGRAMS["P4.03"], None, 987614940, 40380000),  # l.962
    ang("P4.04", PROGRAMS["P4.04"], None, "Rp 435.942.350", 54076133),  # l.963 (l.1100 "Rp. 435.942.350")
    ang("P4.05", PROGRAMS["P4.05"], None, 543218610, 116451772),  # l.964
    ang("P4.06", PROGRAMS["P4.06"], None, 286850000, 110869000),  # l.965
    ang("P1.01", PROGRAMS["P1.01"], None, 1116055550, 63709175),  # l.966
    ang("P1.02", PROGRAMS["P1.02"], None, 8050000, 450000),  # l.967
    ang("P1.03", PROGRAMS["P1.03"], None, 8706000, 0),  # l.968: realisation "-"
]


# The Narasi sheet: texts of the LKjIP document, verbatim from the report (OCR slips kept).
# The report has no Ikhtisar Eksekutif: that section stays a placeholder.
NARASI: list[tuple[str, str]] = [
    ("Alamat", "Jl. Letkol Slamet Wardoyo 43-45"),  # l.9-11
    (
        "Kata Pengantar",
        "Puji Syukur kami panjatkan kehadirat Allah SWT, atas limpahan rahmat dan hidayah-Nya, sehingga Laporan Kinerja (LKj) Triwulan II Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Kabupaten Lumajang Tahun Anggaran 2025 dapat diselesaikan dengan baik. Hal ini tidak terlepas dari peran serta pimpinan dan staf Dinas Koperasi, UKM, Perindustrian, dan Perdagangan yang telah bekerja sama untuk melaksananan pembuatan laporan ini.",
    ),  # l.15
    (
        "Kata Pengantar",
        "Penyusunan Laporan Kinerja ini merupakan bentuk komitmen untuk melaksanakan kinerja organisasi yang berorientasi pada hasil, baik berupa output maupun outcomes dalam rangka membangun prinsip transparansi dan akuntabilitas serta sebagai bentuk pertanggungjawaban atas pelaksanaan program dan kegiatan sebagaimana telah ditetapkan dalam Rencana Kerja (Renja) Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Tahun 2025 guna mendukung terwujudnya tujuan dan sasaran strategis Pemerintah Kabupaten Lumajang dalam menyelenggarakan tugas pemerintah dan pembangunan secara baik dan benar.",
    ),  # l.17
    (
        "Kata Pengantar",
        "Tujuan penyampaian Laporan Kinerja ini adalah sebagai wujud pertanggungjawaban kinerja yang terukur dan transparansi dalam menjalankan pemerintahan yang baik (good government) dan juga merupakan wujud pelaksanaan tugas dan fungsi serta penjabaran atas pelaksanaan program kerja dan penggunaan anggaran tahun 2025 dalam mencapai sasaran strategis organisasi. Laporan Kinerja pada Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Triwulan II Tahun 2025 ini juga sekaligus menjadi sarana evaluasi kinerja selama periode bulan April – Juni 2025 sehingga dapat memberikan umpan balik bagi upaya perbaikan dalam pencapaian kinerja pada masa mendatang yang lebih produktif, efektif dan efisien.",
    ),  # l.19
    (
        "Kata Pengantar",
        "Kami sadar bahwa dalam penyajian informasi Laporan Kinerja ini tentunya masih terdapat kekurangan dan jauh dari sempurna, kritik dan saran yang membangun sangat kami butuhkan untuk perbaikan penyusunan pada masa yang akan datang.",
    ),  # l.21
    (
        "Pendahuluan",
        "Penyusunan Laporan Kinerja Instansi Pemerintah (LKjIP) merupakan amanat dari Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP), serta Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja, dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah. Kedua regulasi tersebut mewajibkan setiap instansi pemerintah untuk menyusun laporan kinerja sebagai bentuk pertanggungjawaban atas pelaksanaan tugas, fungsi, serta pemanfaatan anggaran yang dipercayakan kepada masingmasing perangkat daerah.",
    ),  # l.100
    (
        "Pendahuluan",
        "Laporan kinerja disusun berdasarkan rencana kinerja yang telah ditetapkan dalam dokumen perjanjian kinerja dan Renstra Perangkat Daerah. Hal ini menjadi bagian integral dari sistem manajemen kinerja yang tidak hanya menekankan pada capaian output, tetapi juga efektivitas, efisiensi, dan dampak dari program atau kegiatan yang dijalankan. Penyusunan LKjIP juga harus memperhatikan prinsip akuntabilitas, transparansi, dan peningkatan berkelanjutan dalam tata kelola pemerintahan, sebagaimana semangat mewujudkan prinsip-prinsip good governance.",
    ),  # l.102
    (
        "Pendahuluan",
        "Dinas Koperasi, Usaha Kecil Menengah, Perindustrian dan Perdagangan (Diskopindag) Kabupaten Lumajang menyusun Laporan Kinerja Triwulan II Tahun 2025 secara sistematis dan terukur. Laporan ini bertujuan untuk memberikan gambaran nyata atas tingkat pencapaian kinerja berdasarkan indikator dan target yang telah ditetapkan, sekaligus menjadi sarana evaluasi terhadap capaian kinerja dan pemanfaatan anggaran hingga pertengahan tahun anggaran 2025. Melalui laporan ini, Diskopindag berupaya meningkatkan kualitas pelayanan publik dan tata kelola kelembagaan secara konsisten, serta sebagai pijakan dalam pengambilan kebijakan dan perencanaan yang lebih baik pada periode berikutnya.",
    ),  # l.104
    (
        "Struktur Organisasi",
        "Berdasarkan Peraturan Daerah Nomor 15 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah yang telah diubah beberapa kali terakhir dengan Peraturan Daerah Nomor 13 Tahun 2021 tentang Perubahan Kedua Peraturan Daerah tentang Pembentukan dan Susunan Perangkat Daerah, yang dijabarkan dengan Peraturan Bupati Lumajang Nomor 11 Tahun 2022 tentang Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi serta Tata Kerja Dinas Koperasi, UKM, Perindustrian, dan Perdagangan merupakan unsur penunjang/pelaksana Urusan Pemerintahan yang menjadi kewenangan Daerah di Bidang Koperasi, Usaha Mikro, perindustrian dan perdagangan yang dipimpin oleh Kepala Dinas Koperasi, Usaha Kecil Menengah, Perindustrian, dan Perdagangan yang berkedudukan di bawah dan bertanggung jawab kepada Bupati melalui Sekretaris Daerah.",
    ),  # l.111
    (
        "Struktur Organisasi",
        "Berdasarkan Peraturan Bupati dimaksud, susunan organisasi Dinas Koperasi, UKM, Perindustrian, dan Perdagangan terdiri atas :\n- Kepala Dinas\n- Sekretariat membawahi:\n- Sub Bagian Umum dan Kepegawaian\n- Sub Bagian Keuangan\n- Kelompok Jabatan Fungsional\n- Bidang Koperasi, terdiri atas Kelompok Jabatan Fungsional\n- Bidang Usaha Mikro dan Industri, terdiri atas Kelompok Jabatan Fungsional\n- Bidang Perdagangan dan Metrologi Legal, terdiri atas Kelompok Jabatan Fungsional\n- Bidang Sarana Distribusi Perdagangan, terdiri atas Kelompok Jabatan Fungsional\n- Kelompok Jabatan Fungsional",
    ),  # l.113-124
    (
        "Tugas dan Fungsi",
        "Dinas Koperasi, UKM, Perindustrian, dan Perdagangan melaksanakan tugas tugas membantu Bupati melaksanakan urusan pemerintahan yang menjadi kewenangan daerah di bidang koperasi, usaha kecil dan menengah, bidang perindustrian dan bidang perdagangan dalam melaksanakan tugasnya Dinas Koperasi, UKM, Perindustrian, dan Perdagangan menyelenggarakan fungsi :\n- perumusan kebijakan bidang koperasi, usaha mikro dan industri, perdagangan dan metrologi legal, serta sarana distribusi perdagangan;\n- pelaksanaan kebijakan bidang koperasi, usaha mikro dan industri, perdagangan dan metrologi legal, serta sarana distribusi perdagangan;\n- pelaksanaan evaluasi dan pelaporan bidang koperasi, usaha mikro dan industri, perdagangan dan metrologi legal, serta sarana distribusi perdagangan;\n- pelaksanaan administrasi bidang koperasi, usaha mikro dan industri, perdagangan dan metrologi legal, serta sarana distribusi perdagangan;\n- pelaksanaan fungsi lain yang diberikan oleh Bupati.",
    ),  # l.134-141
    (
        "Sumber Daya Manusia",
        "Berdasarkan tabel 1.1 di atas, total pegawai Dinas Koperasi, UKM, Perindustrian, dan Perdagangan per 30 Juni 2025 sebanyak 240 orang dengan rincian jumlah pejabat struktural sebanyak 8 orang, pejabat fungsional sebanyak 25 orang, pejabat pelaksana sebanyak 47 orang. Pejabat PNS sebanyak 70 orang, PPPK sebanyak 10 orang dan tenaga kontrak sebanyak 159 orang. Perbandingan pegawai laki-laki dan perempuan pada sebesar 78 % : 22 % dengan pegawai laki-laki sebanyak 186 orang dan perempuan sebanyak 53 orang.",
    ),  # l.268
    (
        "Sarana dan Prasarana",
        "Dalam menjalankan tugas dan fungsinya, Dinas Koperasi, UKM, Perindustrian, dan Perdagangan selain didukung oleh sumber daya manusia juga ditunjang dengan sarana dan prasarana yang memadai dan sesuai dengan standar pelayanan guna meningkatkan kualitas pelayanan kepada masyarakat selaku pengguna layanan. Adapun sarana prasarana pendukung yang tersedia pada Dinas Koperasi, UKM, Perindustrian, dan Perdagangan disajikan pada tabel 1.2. di bawah ini:",
    ),  # l.272
    (
        "Isu Strategis",
        "Analisis isu-isu strategis merupakan bagian penting dan sangat menentukan dalam proses penyusunan perencanaan untuk melengkapi tahapan-tahapan yang telah dilakukan sebelumnya. Isu-isu strategis berdasarkan tugas dan fungsi Perangkat Daerah adalah kondisi atau hal yang harus diperhatikan atau dikedepankan dalam perencanaan karena dampaknya yang signifikan bagi Perangkat Daerah dimasa mendatang. Suatu kondisi/kejadian yang menjadi isu strategis adalah keadaan yang apabila tidak diantisipasi, akan menimbulkan kerugian yang lebih besar atau sebaliknya, dalam hal tidak dimanfaatkan akan menghilangkan peluang.",
    ),  # l.294-296 (one paragraph broken by a page)
    (
        "Isu Strategis",
        "Isu strategis merupakan permasalahan yang berkaitan dengan fenomena yang belum dapat diselesaikan pada periode lima tahun sebelumnya dan memiliki dampak panjang bagi keberlanjutan pelaksanaan pembangunan sehingga perlu diatasi secara bertahap. Perumusan isu strategis diperoleh baik dari analisis internal berupa identifikasi permasalahan pembangunan maupun analisis eksternal berupa kondisi yang menciptakan peluang dan ancaman bagi Dinas Koperasi, UKM, Perindustrian, dan Perdagangan di periode mendatang.",
    ),  # l.298
    (
        "Isu Strategis",
        "Isu-isu strategis yang perlu diperhatikan oleh Dinas Koperasi, UKM, Perindustrian, dan Perdagangan dalam melaksanakan tugas dan fungsinya serta dalam mendukung pencapaian tujuan dan sasaran Kepala Daerah diantaranya:",
    ),  # l.300
    (
        "Isu Strategis",
        "- Koperasi dan Usaha Mikro: Penanggulangan Kemiskinan melalui memberikan akses dan penguatan ekonomi bagi pelaku usaha berskala mikro\n- Koperasi dan Usaha Mikro: Penanganan Koperasi tidak aktif\n- Koperasi dan Usaha Mikro: Peningkatan usaha anggota dan usaha koperasi\n- Koperasi dan Usaha Mikro: Peningkatan status kesehatan koperasi khususnya koperasi simpan pinjam dan unit simpan pinjam\n- Koperasi dan Usaha Mikro: Peningkatan skala usaha mikro (UMKM naik kelas)\n- Perdagangan: Pengendalian harga dan ketersediaan Bapokting sebagai pengendali inflasi Kabupaten Lumajang\n- Perdagangan: Peningkatan promosi produk Kabupaten Lumajang\n- Perdagangan: Peningkatan Pertumbuhan PDRB Perdagangan\n- Perdagangan: Peningkatan tingkat kepatuhan Wajib Tera Ulang (WTU)\n- Perdagangan: Pengendalian Barang Dalam Keadaan Terbungkus (BDKT) yang tidak sesuai ketentuan\n- Perdagangan: Pengoptimalan Tata kelola Pasar Daerah\n- Perindustrian: Peningkatan Penggunaan Produk Dalam Negeri\n- Perindustrian: Perluasan akses pemasaran melalui kemitraan ke dalam dan luar daerah\n- Perindustrian: Pembangunan gedung sarana promosi bagi produk IKM\n- Perindustrian: Peningkatan kerjasama bahan baku dengan penyedia\n- Perindustrian: Pemetaan persiapan kawasan industry\n- Perindustrian: Peningkatan standarisasi dan sertifikasi produk",
    ),  # Tabel 1.3, l.302-325 (OCR 'Olusali'/'Urugan' header rows left out)
    (
        "Indikator Kinerja Utama",
        "Target tujuan perangkat daerah yang tertuang pada indikator kinerja utama merupakan ukuran keberhasilan yang menggambarkan kinerja utama instansi pemerintah sesuai dengan tugas fungsi serta *mandat (core business)* yang diemban. IKU dipilih dari serangkaian indikator kinerja yang berhasil diidentifikasi dengan memperhatikan proses bisnis organisasi dan kriteria indikator kinerja yang baik. IKU perlu ditetapkan oleh pimpinan Pemerintah Daerah sebagai dasar penilaian untuk setiap tingkatan organisasi dan memberikan informasi mengenai sejauh mana keberhasilan organisasi dalam mencapai target kinerja. Indikator Kinerja Utama yang baik menggambarkan dengan jelas dan terukur hasil kinerja yang diharapkan.",
    ),  # l.331
    (
        "Indikator Kinerja Utama",
        "Sebagaimana ditetapkan dalam Keputusan Bupati Lumajang Nomor: 100.3.3.2/571/427.12/2023 tentang Indikator Kinerja Utama, Indikator Kinerja Utama yang menjadi tanggung jawab Dinas Koperasi, UKM, Perindustrian, dan Perdagangan disajikan pada Tabel 2.1",
    ),  # l.333
    (
        "Perjanjian Kinerja",
        "Sebagai bentuk upaya mewujudkan kinerja yang terdapat dalam Rencana Kinerja Tahun 2025, maka target-target kinerja tahunan yang tercantum dalam Renja dituangkan ke dalam Perjanjian Kinerja setiap tahunnya. Perjanjian Kinerja Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Tahun 2025 dijadikan acuan dalam pengukuran dan penyusunan Laporan Kinerja Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Tahun 2025.",
    ),  # l.370
    (
        "Program dan Kegiatan",
        "Dalam mencapai target sasaran strategis Indikator Kinerja Utama yang tertuang di perjanjian kinerja Kepala Dinas Koperasi, UKM, Perindustrian, dan Perdagangan tersebut, kinerja program dan kegiatan yang mendukung dapat dijabarkan dalam tabel sebagai berikut :",
    ),  # l.405
    (
        "Pengukuran Kinerja",
        "Pengukuran capaian kinerja dilakukan dengan membandingkan indikator yang telah ditetapkan dengan capaian yang telah diraih. Indikator-indikator yang tertuang dalam dokumen Perjanjian Kinerja menjadi acuan dalam menilai capaian kinerja baik triwulan maupun tahunan. Langkah pembandingan ini akan menunjukkan selisih kinerja (performance gap). Selanjutnya berdasarkan selisih kinerja tersebut dilakukan evaluasi untuk mendapatkan strategi yang tepat dalam peningkatan kinerja dimasa yang akan datang (performance improvement). Pengukuran kinerja disesuaikan dengan sifat kegiatan masing-masing, sehingga kegiatan – kegiatan tersebut dapat diukur pencapaiannya yang mendukung pada pencapaian indikator program.",
    ),  # l.470
    (
        "Pengukuran Kinerja",
        "Format pengukuran kinerja menggunakan metode yang diatur dalam Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah. Adapun pengukuran kinerja tersebut dengan rumus sebagai berikut:",
    ),  # l.472
    (
        "Penutup",
        "Berdasarkan analisis capaian kinerja Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Tahun 2025, Tujuan rencana strategis Dinas Koperasi, Usaha Kecil Menengah, Perindustrian, dan Perdagangan pada tahun 2025 adalah Terciptanya Ekonomi Wilayah yang Bertumpu pada Sektor Pertanian dan Industri dan Meningkatnya investasi inklusif. Untuk mewujudkan tujuan tersebut maka Dinas Koperasi, Usaha Kecil Menengah, Perindustrian, dan Perdagangan menetapkan empat sasaran kinerja antara lain :",
    ),  # l.973
    (
        "Tindak Lanjut",
        "Berdasarkan hasil kinerja yang telah dicapai sampai dengan Triwulan II tahun 2025, maka tindak lanjut dan upaya yang dapat dilaksanakan sehingga dapat mempertahankan dan / atau meningkatkan kinerja, sebagai berikut :\nSektor Koperasi:\n- Melaksanakan pengawasan koperasi yang belum ber-RAT secara berkelanjutan\n- Melaksanakan pendampingan RAT\n- Melaksanakan bimbingan dan pelatihan bagi pengurus koperasi\n- Melaksanakan penyaluran bantuan modal koperasi\nSektor Usaha Mikro:\n- Melaksanakan penyaluran bantuan kemasan\n- Melaksanakan kurasi UMKM tingkat Kabupaten\n- Melaksanakan fasilitasi comunal branding\n- Melaksanakan pelatihan peningkatan keterampilan bagi usaha mikro\nSektor Industri:\n- Melaksanakan monitoring P3DN dan verifikasi PDN secara berkelanjutan\n- Melaksanakan penyaluran bantuan kemasan\n- Melaksanakan pendampingan sertifikasi TKDN bagi IKM\n- Melaksanakan pendampingan penyesuaian perijinan dasar sebagai pemenuhan komitmen IUI, IPUI, IUKI, dan IPKI yang terintegrasi dengan SIINAS\n- Melaksanakan pendampingan pelaporan data informasi industri\n- Melaksanakan pengawasan Izin Usaha Industri\n- Melaksanakan pelatihan\nSektor Perdagangan:\n- Melaksanakan perencanaan rehabilitasi pasar dan pemeliharaan pasar\n- Melaksanakan rehabilitasi pasar dan pemeliharaan pasar\n- Melaksanakan promosi produk\n- Melaksanakan pengendalian harga dan stok pada pelaku usaha distribusi dan pasar daerah\n- Melaksanakan monitoring dan evaluasi penyaluran pupuk bersubsidi\n- Melaksanakan pendataan gudang (TDG)\n- Melaksanakan pelayanan tera, tera ulang secara berkelanjutan",
    ),  # l.999-1033
    ("Formulasi T1", "Nilai PDRB sektor Industri"),  # Tabel 2.1 l.340
    ("Sumber Data T1", "BPS"),  # Tabel 2.1 l.340
    ("Formulasi T2", "Nilai Investasi"),  # Tabel 2.1 l.341
    ("Sumber Data T2", "DPMPTSP"),  # Tabel 2.1 l.341
    (
        "Formulasi S1",
        "(Nilai produksi industri tahun N - Nilai produksi tahun sebelumnya (N-1))/ Nilai produksi tahun sebelumnya (N-1) x 100%",
    ),  # Tabel 2.1 l.343
    ("Sumber Data S1", "Olah data DISKOPINDAG"),  # Tabel 2.1 l.343
    ("Formulasi S2", "Jumlah Koperasi yang RAT / Jumlah total Koperasi x 100%"),  # Tabel 2.1 l.344
    ("Sumber Data S2", "Olah data DISKOPINDAG"),  # Tabel 2.1 l.344
    ("Formulasi S3", "Jumlah UM naik Kelas / Jumlah UM x 100%"),  # Tabel 2.1 l.345
    ("Sumber Data S3", "Olah data DISKOPINDAG"),  # Tabel 2.1 l.345
    ("Formulasi S4", "Nilai PDRB sektor Perdagangan"),  # Tabel 2.1 l.346
    ("Sumber Data S4", "Olah data DISKOPINDAG"),  # Tabel 2.1 l.346
]


def build(path) -> None:
    """Write the example workbook to ``path`` (a file name or a binary file object)."""
    new_workbook(
        path, pengaturan=PENGATURAN, kinerja=KINERJA, anggaran=ANGGARAN, narasi=NARASI, analisis=ANALISIS
    )


def main() -> None:
    build(OUT)
    print(f"{OUT}: {len(KINERJA)} indikator, {len(ANGGARAN)} program anggaran")


if __name__ == "__main__":
    main()
