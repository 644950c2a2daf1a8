"""Small defects a new user found (round 51), each typed as staff type it:

- A fraction typed as text under a Satuan of whole things (`4,5` orang, ruas, sekolah, unit, dokumen,
  desa) was accepted without a word, where the same figure in a number cell is a peringatan: a count
  with a fraction is a percentage or an average typed in the wrong row. A peringatan now names the
  figure and the Satuan; the figure is still computed. Not for a rate or an average (`orang/hari`,
  `orang per hari`, an Indikator `Rata-rata ...`, the target of a Rata-rata indicator), nor for a
  Satuan that is a measure (km, ha, ton, %, indeks, hari, tahun, Rp) or counts in a scale word.
- Pengaturan's Nama Kepala typed `-` (or `belum ada`, `.`) was printed as the signer's name; it is
  read as empty: no signature block, as for an empty Nama Kepala.
- Pengaturan's Tanggal Penandatanganan `- Juli 2025` was a peringatan while `... Juli 2025` was
  quiet: both leave the day to be written by hand, the month and year known; both are read so.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import PERINGATAN, Cell
from lkj_xl.core.tables import layouts
from tests.helpers_staff import book_of, report_of, report_with_pengaturan
from tests.test_engine import kinerja_row, messages

# --- 1. a fraction typed under a Satuan of whole things ----------------------------------------------

# Kinerja's columns: I Target, J Target Perubahan, K..N the quarters; the row is row 2.
TARGET, TW2 = "I2", "L2"


def _report(target, tw2, *, satuan, indikator="Jumlah peserta pelatihan", jenis="Kumulatif", extra=None):
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", indikator, target, (None, tw2, None, None), satuan=satuan, jenis=jenis
    )
    kinerja = [[*row, *(extra or {}).values()]]
    return report_of(book_of(kinerja, triwulan=2, kinerja_extra=list((extra or {}).keys())))


def _said(report, sel, sheet="Kinerja"):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == (sheet, sel)]


@pytest.mark.parametrize(
    ("satuan", "kata"),
    [
        ("orang", "orang"),
        ("ruas", "ruas"),
        ("Sekolah", "sekolah"),
        ("unit", "unit"),
        ("Dokumen", "dokumen"),
        ("desa", "desa"),
        ("Ruas Jalan", "ruas jalan"),
    ],
)
def test_a_fraction_of_a_count_typed_as_text_is_a_peringatan(satuan, kata):
    report = _report("100", "4,5", satuan=satuan)
    (said,) = _said(report, TW2)
    assert f"4,5 {satuan}: jumlah {kata} biasanya bilangan bulat" in said, said
    assert "periksa angkanya" in said, said
    (finding,) = [f for f in report.findings if f.sel == TW2]
    assert finding.severity == PERINGATAN
    (ind,) = report.indicators
    # still computed as typed: 4,5 / 100 x 100 = 4,5 %
    assert float(ind.capaian) == pytest.approx(4.5)


def test_a_fraction_in_the_target_and_with_the_satuan_typed_after_it():
    # Target "12,5 unit" (a slip for 12 or 125?), TW II 10 unit: 10 / 12,5 x 100 = 80 %
    report = _report("12,5 unit", "10", satuan="unit", indikator="Jumlah sarana distribusi")
    (said,) = _said(report, TARGET)
    assert "12,5 unit: jumlah unit biasanya bilangan bulat" in said, said
    assert not _said(report, TW2), messages(report)
    (ind,) = report.indicators
    assert float(ind.capaian) == pytest.approx(80.0)


@pytest.mark.parametrize(
    ("target", "tw2", "satuan", "indikator", "jenis"),
    [
        # a whole count: quiet
        ("100", "45", "orang", "Jumlah peserta pelatihan", "Kumulatif"),
        ("100", "4,0", "orang", "Jumlah peserta pelatihan", "Kumulatif"),
        # a scale word makes it whole: 4,5 jt = 4.500.000 orang
        ("10 jt", "4,5 jt", "orang", "Jumlah wisatawan", "Kumulatif"),
        # a Satuan counting in a scale word: 4,5 ribu orang = 4.500
        ("10", "4,5", "ribu orang", "Jumlah wisatawan", "Kumulatif"),
        # rates and averages: a fraction is their nature
        ("10", "4,5", "orang/hari", "Jumlah kunjungan", "Kumulatif"),
        ("10", "4,5", "orang per hari", "Jumlah kunjungan", "Kumulatif"),
        ("10", "4,5", "orang", "Rata-rata pengunjung perpustakaan per hari", "Kumulatif"),
        # measures
        ("10", "4,5", "km", "Panjang jalan yang dibangun", "Kumulatif"),
        # a count word beside a measure, a time or a multiple: no count
        ("10", "4,5", "km ruas jalan", "Panjang jalan kondisi baik", "Kumulatif"),
        ("10", "4,5", "orang hari", "Hari orang kerja (HOK) padat karya", "Kumulatif"),
        ("3", "1,5", "kali lipat", "Peningkatan omzet UMKM binaan", "Nilai Akhir"),
        ("10", "4,5", "ha", "Luas lahan", "Kumulatif"),
        ("10", "4,5", "ton", "Produksi", "Kumulatif"),
        ("10%", "4,5%", "%", "Persentase koperasi sehat", "Nilai Akhir"),
        ("80", "74,5", "indeks", "Indeks Kepuasan Masyarakat", "Nilai Akhir"),
        ("80", "74,5", "Indeks (IKM)", "Indeks Kepuasan Masyarakat", "Nilai Akhir"),
        ("10", "4,5", "hari", "Lama proses perizinan", "Nilai Akhir"),
        ("10", "7,5", "tahun", "Rata-rata lama sekolah", "Nilai Akhir"),
        ("Rp 10.000.000", "Rp 4.500.000,50", "Rp", "Nilai omzet", "Kumulatif"),
    ],
)
def test_no_peringatan_of_a_whole_count_a_rate_an_average_or_a_measure(target, tw2, satuan, indikator, jenis):
    report = _report(target, tw2, satuan=satuan, indikator=indikator, jenis=jenis)
    found = [m for m in messages(report) if "bilangan bulat" in m]
    assert not found, found


def test_the_target_of_a_rata_rata_indicator_may_be_a_fraction():
    # Jenis Rata-rata: the target is the mean to reach (4,5 orang a quarter); its quarters are counts.
    # TW II "4,5" is a count typed with a fraction: said; the target is not.
    report = _report("4,5", "4,5", satuan="orang", indikator="Jumlah penyuluh aktif", jenis="Rata-rata")
    assert not _said(report, TARGET), messages(report)
    (said,) = _said(report, TW2)
    assert "4,5 orang: jumlah orang biasanya bilangan bulat" in said, said


def test_a_number_cell_of_a_rate_is_quiet_as_its_text_is():
    # 4,5 orang/hari stored as a number: a rate, no English-Excel "4.500" (one rule for text and number)
    report = _report(10, Cell(4.5), satuan="orang/hari", indikator="Jumlah kunjungan")
    assert not [m for m in messages(report) if "bilangan bulat" in m], messages(report)
    # the same number cell under orang is still told (the number-cell rule as before)
    report = _report(10, Cell(4.5), satuan="orang", indikator="Jumlah kunjungan")
    (said,) = _said(report, TW2)
    assert "tersimpan 4,5, bukan bilangan bulat" in said, said


def test_a_comma_before_three_digits_is_said_once():
    # "1,250" orang: comma_thousands says it (read 1,25; 1.250 meant); no second peringatan
    report = _report("1.500", "1,250", satuan="orang")
    (said,) = _said(report, TW2)
    assert "tulis ribuan dengan titik" in said, said


def test_a_fraction_of_a_count_in_a_comparison_column_is_a_peringatan():
    # Realisasi Tahun Lalu "2,5" sekolah beside a target of 10 sekolah: book_of puts the extra header at P
    report = _report("10", "4", satuan="sekolah", extra={"Realisasi Tahun Lalu": "2,5"})
    (said,) = _said(report, "P2")
    assert "2,5 sekolah: jumlah sekolah biasanya bilangan bulat" in said, said


# --- 2. Nama Kepala typed "-": no name, as an empty one -------------------------------------------------

BASE = [
    ["Pemerintah Daerah", "Kabupaten Lumajang"],
    ["Perangkat Daerah", "Dinas Contoh"],
    ["Tahun", 2025],
    ["Triwulan", 2],
    ["Jabatan Kepala", "Kepala Dinas Contoh"],
    ["Tempat Penandatanganan", "Lumajang"],
    ["Tanggal Penandatanganan", "4 Juli 2025"],
]


@pytest.mark.parametrize("nama", ["-", " - ", "–", "belum ada", "Belum Ada", ".", "...", "'-"])
def test_nama_kepala_typed_as_no_data_prints_no_name(nama):
    report = report_with_pengaturan([*BASE, ["Nama Kepala", nama]])
    empty = report_with_pengaturan([*BASE, ["Nama Kepala", None]])
    assert report.settings.nama_kepala == ""
    # the signed sheets carry no block, as with an empty Nama Kepala (which gives no finding either)
    assert all(lay.signature_rows is None for lay in layouts(report))
    # Nama Kepala on row 10 (title, header, seven rows above it)
    assert _said(report, "B10", "Pengaturan") == _said(empty, "B10", "Pengaturan") == []


def test_jabatan_and_tempat_typed_as_no_data_print_nothing():
    # Jabatan "-" printed a "-" line under the date; Tempat "-" printed "-, 4 Juli 2025"
    rows = [*BASE, ["Nama Kepala", "Drs. Kepala Uji"]]
    rows[4], rows[5] = ["Jabatan Kepala", "-"], ["Tempat Penandatanganan", "belum ada"]
    report = report_with_pengaturan(rows)
    assert (report.settings.jabatan_kepala, report.settings.tempat) == ("", "")
    assert report.settings.nama_kepala == "Drs. Kepala Uji"


def test_a_real_name_is_printed():
    report = report_with_pengaturan([*BASE, ["Nama Kepala", "MUHAMMAD RIDHA, S.Sos., M.Si."]])
    assert report.settings.nama_kepala == "MUHAMMAD RIDHA, S.Sos., M.Si."
    assert any(lay.signature_rows is not None for lay in layouts(report))


# --- 3. a signing date whose day is left blank: "- Juli 2025" as "... Juli 2025" -------------------------


@pytest.mark.parametrize(
    "tanggal", ["... Juli 2025", "- Juli 2025", "-- Juli 2025", "– Juli 2025", "… Juli 2025", "__ Juli 2025"]
)
def test_a_day_left_blank_is_read_as_the_month(tanggal):
    report = report_with_pengaturan([*BASE[:6], ["Tanggal Penandatanganan", tanggal]])
    # Tanggal on row 9 of the sheet (title, header, six rows): no peringatan, printed as typed
    assert not _said(report, "B9", "Pengaturan"), messages(report)
    assert report.settings.tanggal == tanggal


def test_a_day_left_blank_is_still_checked_against_the_quarter():
    # "- Maret 2025" under a TW II report (ends 30 Juni 2025): signed before the quarter ends, as
    # "... Maret 2025" is told
    for tanggal in ("... Maret 2025", "- Maret 2025"):
        report = report_with_pengaturan([*BASE[:6], ["Tanggal Penandatanganan", tanggal]])
        (said,) = _said(report, "B9", "Pengaturan")
        assert "Maret 2025" in said, said


def test_a_dash_alone_is_still_no_date():
    report = report_with_pengaturan([*BASE[:6], ["Tanggal Penandatanganan", "- 2025"]])
    (said,) = _said(report, "B9", "Pengaturan")
    assert "tidak dapat dibaca sebagai tanggal" in said, said
