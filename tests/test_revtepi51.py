"""Review of tepi51 (a fraction typed under a Satuan of things counted whole is a peringatan): rows
whose fraction is their nature were told, and a Satuan of alternatives lost the check.

- An Indikator naming a ratio, a rate, a level or a density beside a count Satuan (`Rasio guru
  terhadap murid` 18,5 murid, `Angka Kematian Ibu` 85,5 kasus, `Kepadatan penduduk` 812,5 jiwa,
  `Indeks Kepuasan Masyarakat` 78,5 under `IKM`, `Perputaran modal koperasi` 1,5 kali) was told
  `jumlah ... biasanya bilangan bulat`; so were an average named `Rata2` or `harian`, a per glued to
  its word (`orang perhari`, `kunjungan perkapita`, `Jumlah kunjungan perhari`), a per day written
  with a slash in the Indikator (`Jumlah kunjungan/hari`), and a Satuan in thousands named in the
  Indikator (`Jumlah penduduk miskin (ribu jiwa)`).
- The comparison figures of a Rata-rata indicator (Realisasi Tahun Lalu, Realisasi 2024) are means,
  as its Target is: `4,5` orang there was told.
- `Desa/Kelurahan` and `Sekolah/Madrasah` (either kind, no rate) lost the check: a number cell 4,5
  there was told on main and was quiet on tepi51; a text `4,5` was never told.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import Cell
from tests.helpers_staff import book_of, report_of
from tests.test_engine import kinerja_row, messages

# Kinerja's columns: I Target, L Realisasi TW II; an extra header lands at P; the row is row 2.
TARGET, TW2, EXTRA = "I2", "L2", "P2"


def _report(target, tw2, *, satuan, indikator, jenis="Nilai Akhir", extra=None):
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", indikator, target, (None, tw2, None, None), satuan=satuan, jenis=jenis
    )
    extra = extra or {}
    return report_of(book_of([[*row, *extra.values()]], triwulan=2, kinerja_extra=list(extra)))


def _whole_said(report):
    return [m for m in messages(report) if "bilangan bulat" in m]


def _said(report, sel):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


# A ratio, a rate, a level, a density, a turnover: each figure a real one of its kind (a pupil-teacher
# ratio of 18,5; AKI 85,5 per 100.000 kelahiran hidup with the Satuan left "kasus"; 812,5 jiwa per km2;
# an IKM of 78,5; capital turned 1,5 times; 3,8 people a household).
RATES = [
    ("Rasio guru terhadap murid", "murid", "20", "18,5"),
    ("Rasio dokter terhadap penduduk", "orang", "1", "0,45"),
    ("Rasio Puskesmas terhadap penduduk", "unit", "1", "0,8"),
    ("Rasio ketergantungan", "jiwa", "50", "48,5"),
    ("Angka Kematian Ibu", "kasus", "100", "85,5"),
    ("Angka Kematian Bayi", "bayi", "10", "8,5"),
    ("Angka kesakitan DBD", "kasus", "20", "15,3"),
    ("Kepadatan penduduk", "jiwa", "800", "812,5"),
    ("Indeks Kepuasan Masyarakat (IKM)", "IKM", "80", "78,5"),
    ("Nilai IKM", "nilai IKM", "80", "78,5"),
    ("Survei Kepuasan Masyarakat", "IKM", "80", "78,5"),
    ("Indeks Desa Membangun", "desa", "0,7", "0,65"),
    ("Tingkat partisipasi", "orang", "20", "14,5"),
    ("Cakupan kunjungan ibu hamil", "kunjungan", "4", "3,5"),
    ("Perputaran modal koperasi", "kali", "2", "1,5"),
    ("Tingkat perputaran persediaan", "Kali", "3", "2,5"),
    ("Rasio likuiditas koperasi", "kali", "1,5", "1,25"),
    ("Perputaran modal koperasi", "x", "2", "1,5"),
    ("Peningkatan omzet UMKM binaan", "kali", "2", "1,5"),
    # averages without the word "rata-rata"
    ("Rata2 kunjungan wisatawan", "orang", "100", "45,5"),
    ("Jumlah pengunjung harian", "orang", "50", "48,5"),
    # a per glued to its word, in the Satuan or the Indikator; a per day written with a slash
    ("Jumlah pengunjung", "orang perhari", "100", "45,5"),
    ("Jumlah pengunjung", "Orang Perbulan", "100", "45,5"),
    ("Kunjungan rawat jalan", "kunjungan perkapita", "1", "0,75"),
    ("Jumlah kunjungan perhari", "orang", "100", "45,5"),
    ("Jumlah penyuluh perdesa", "orang", "2", "1,5"),
    ("Jumlah kunjungan/hari", "kunjungan", "100", "45,5"),
    # a Satuan in thousands named in the Indikator: 44,5 ribu jiwa = 44.500
    ("Jumlah penduduk miskin (ribu jiwa)", "jiwa", "45", "44,5"),
]


@pytest.mark.parametrize(("indikator", "satuan", "target", "tw2"), RATES)
def test_a_ratio_rate_level_or_average_beside_a_count_satuan_is_quiet(indikator, satuan, target, tw2):
    report = _report(target, tw2, satuan=satuan, indikator=indikator)
    assert not _whole_said(report), messages(report)


@pytest.mark.parametrize(("indikator", "satuan", "target", "tw2"), RATES)
def test_the_same_figure_in_a_number_cell_is_quiet(indikator, satuan, target, tw2):
    # one rule for a text and a number cell (no "bila diketik 18.500 ... tulis 18500" for a ratio)
    number = float(tw2.replace(",", "."))
    report = _report(target, Cell(number), satuan=satuan, indikator=indikator)
    assert not _whole_said(report), messages(report)


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        # counts: a level word inside a "Jumlah ..." name counts things ("Jumlah desa ... Indeks ...")
        ("Jumlah desa dengan Indeks Desa Membangun kategori mandiri", "desa"),
        ("1. Jumlah desa dengan Indeks Desa Membangun kategori mandiri", "desa"),  # (numbered)
        ("a) JUMLAH DESA DENGAN INDEKS DESA MEMBANGUN MANDIRI", "Desa"),
        ("Jumlah UMKM naik kelas", "UMKM"),
        ("Frekuensi rapat koordinasi", "kali"),
        ("Jumlah penduduk miskin", "jiwa"),
        ("Jumlah perusahaan yang dibina", "perusahaan"),
        ("Jumlah pertemuan sosialisasi", "kali"),
    ],
)
def test_a_count_is_still_told(indikator, satuan):
    report = _report("10", "4,5", satuan=satuan, indikator=indikator, jenis="Kumulatif")
    (said,) = _said(report, TW2)
    assert "biasanya bilangan bulat" in said, said


@pytest.mark.parametrize("header", ["Realisasi Tahun Lalu", "Realisasi 2024", "Target Akhir Renstra"])
def test_the_comparison_figures_of_a_rata_rata_indicator_are_means(header):
    # Jenis Rata-rata: last year's realisasi is the mean of its quarters (4 + 5 + 4 + 5 = 18, / 4 = 4,5
    # orang), as the target is the mean to reach
    report = _report(
        "5", "4", satuan="orang", indikator="Jumlah penyuluh aktif", jenis="Rata-rata", extra={header: "4,5"}
    )
    assert not _said(report, EXTRA), messages(report)
    # a Kumulatif indicator's last year is a count: told
    report = _report(
        "5", "4", satuan="orang", indikator="Jumlah penyuluh aktif", jenis="Kumulatif", extra={header: "4,5"}
    )
    (said,) = _said(report, EXTRA)
    assert "4,5 orang: jumlah orang biasanya bilangan bulat" in said, said


@pytest.mark.parametrize(
    ("satuan", "kata"), [("Desa/Kelurahan", "desa/kelurahan"), ("Sekolah/Madrasah", "sekolah/madrasah")]
)
def test_a_satuan_of_two_kinds_counts_whole(satuan, kata):
    # either kind, no rate per kelurahan: 4,5 of them told, in a text and in a number cell (as on main)
    report = _report("10", "4,5", satuan=satuan, indikator="Jumlah desa mandiri", jenis="Kumulatif")
    (said,) = _said(report, TW2)
    assert f"4,5 {satuan}: jumlah {kata} biasanya bilangan bulat" in said, said
    report = _report("10", Cell(4.5), satuan=satuan, indikator="Jumlah desa mandiri", jenis="Kumulatif")
    (said,) = _said(report, TW2)
    assert "tersimpan 4,5, bukan bilangan bulat" in said, said
    # a rate is still none: jiwa per KK, orang per hari
    for rate in ("Jiwa/KK", "orang/hari"):
        report = _report("10", "4,5", satuan=rate, indikator="Jumlah anggota keluarga", jenis="Kumulatif")
        assert not _whole_said(report), messages(report)
