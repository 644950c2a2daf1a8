"""Small defects left by stop 51's reviews in numbers and Pengaturan (angka52):

1. A Pagu or rupiah amount typed with three zero decimals after two or more thousands dots, as SIPD and
   SIMDA export it (`3.578.850.965,000`), was a galat naming a reading a thousand times larger; it is read
   3.578.850.965, quiet as `3.578.850.965,00` is. `1.250,000` (one dot: Rp 1.250 is no budget amount, a
   slipped last dot is likelier), `100,000` and `1.250.000,500` (a third decimal that is no zero: either
   reading plausible) stay the galat naming both readings.
2. A Satuan counting in thousands written with zeros (`(000) jiwa`, `jiwa (000)`, `Jiwa (x1000)`): `4,5`
   is 4.500 people, no fraction of a count; `1.134,567` there is no slipped dot either.
3. One cell's finding silenced the fraction-of-a-count peringatan of the row's other cells.
4. Nama Kepala, Jabatan Kepala and Tempat typed as a placeholder (`_____`, `xxx`, `nihil`, `(nama)`, the
   label copied, `Nama Kepala`) were printed in the signature block; read as empty, as `-` is.
5. Tanggal Penandatanganan typed `-` printed `Lumajang, -`; read as empty (the build's date).
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.tables import layouts
from tests.helpers_anggaran import budget_of, findings_by_cell
from tests.helpers_staff import report_with_pengaturan
from tests.test_anggaran_koma_ribuan import _report as _anggaran
from tests.test_engine import kinerja_row, messages, run
from tests.test_tepi51 import BASE

# --- 1. three zero decimals after thousands dots -------------------------------------------------------


@pytest.mark.parametrize(
    "pagu",
    ["3.578.850.965,000", "Rp 3.578.850.965,000", "Rp. 3.578.850.965,000", "3.578.850.965,00"],
)
def test_sipd_three_zero_decimals_read_as_the_pagu(pagu):
    # the seed's P3.01 pagu 3.578.850.965 as SIPD exports it; TW II 10.000.000 spent:
    # 10.000.000 / 3.578.850.965 x 100 = 0,2794... %
    report = _anggaran(pagu, (None, "10.000.000", None, None))
    program = budget_of(report, "2.17.03")
    assert program.pagu_exact == 3_578_850_965
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert "D2" not in findings_by_cell(report, "Anggaran", PERINGATAN)  # quiet, as ",00"
    assert program.penyerapan == pytest.approx(10_000_000 / 3_578_850_965 * 100)


def test_sipd_three_zero_decimals_in_a_quarter_are_quiet():
    # TW I "47.853.500,000" and TW II "110.000.000,000" (tests/helpers_anggaran's split of the seed's
    # 157.853.500): 47.853.500 + 110.000.000 = 157.853.500
    report = _anggaran("3.578.850.965", ("47.853.500,000", "110.000.000,000", None, None))
    assert budget_of(report, "2.17.03").realisasi_exact == 157_853_500
    assert not findings_by_cell(report, "Anggaran", GALAT)
    assert not findings_by_cell(report, "Anggaran", PERINGATAN), messages(report)


@pytest.mark.parametrize(
    ("pagu", "advice"),
    [
        ("100,000", "tulis 100.000 atau 100"),  # no dot: Rp 100 or Rp 100.000
        ("1.250,000", "tulis 1.250.000 atau 1.250"),  # one dot: Rp 1.250 is no pagu, a dot slipped?
        ("1.250.000,500", "tulis 1.250.000.500"),  # Rp 1.250.000,5 or Rp 1.250.000.500: both plausible
    ],
)
def test_an_ambiguous_comma_stays_a_galat(pagu, advice):
    report = _anggaran(pagu, (None, "10.000.000", None, None))
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert advice in galat.get("D2", ""), galat
    assert budget_of(report, "2.17.03").pagu_exact is None


def test_a_rupiah_kinerja_cell_with_sipd_decimals_is_read():
    # Nilai investasi target Rp 2.500.000.000, TW II "Rp 1.250.000.000,000": 1.250.000.000 / 2.500.000.000 = 50 %
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Nilai investasi", "Rp 2.500.000.000",
        (None, "Rp 1.250.000.000,000", None, None), satuan="Rupiah", jenis="Nilai Akhir",
    )  # fmt: skip
    report = run([row], triwulan=2)
    assert report.indicators[0].capaian == 50
    assert not [f for f in report.findings if f.sheet == "Kinerja"], messages(report)


# --- 2. a Satuan counting in thousands written with zeros ---------------------------------------------


def _kinerja(satuan, target, tws, indikator="Jumlah penduduk miskin"):
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", indikator, target, tws, satuan=satuan, jenis="Nilai Akhir",
        polaritas="Negatif",
    )  # fmt: skip
    return run([row], triwulan=2)


@pytest.mark.parametrize(
    "satuan",
    ["(000) jiwa", "jiwa (000)", "Jiwa (000)", "000 jiwa", "Jiwa (x1000)", "jiwa (x 1.000)", "(000 jiwa)"],
)
def test_a_satuan_in_thousands_takes_a_fraction(satuan):
    # 4,5 ribu jiwa is 4.500 people: no fraction of a count. Negatif, target 5:
    # (5 - (4,5 - 5)) / 5 x 100 = 110 %
    report = _kinerja(satuan, "5", ("4,6", "4,5", None, None))
    assert report.indicators[0].capaian == 110
    assert not [m for m in messages(report) if "bilangan bulat" in m], messages(report)


@pytest.mark.parametrize("satuan", ["(000) jiwa", "jiwa (000)"])
def test_a_satuan_in_thousands_takes_three_decimals(satuan):
    # 1.134,567 ribu jiwa = 1.134.567 people beside a target of 1.200 ribu: no slipped dot said
    report = _kinerja(satuan, "1.200", (None, "1.134,567", None, None))
    assert not [m for m in messages(report) if "tulis ribuan dengan titik" in m], messages(report)


def test_a_plain_count_still_gets_its_peringatan():
    report = _kinerja("jiwa", "5", (None, "4,5", None, None))
    assert any("4,5 jiwa: jumlah jiwa biasanya bilangan bulat" in m for m in messages(report)), messages(
        report
    )


# --- 3. each cell's fraction told on its own ----------------------------------------------------------


def test_another_finding_on_one_cell_leaves_the_others_told():
    # TW I "4,5" orang (a fraction of a count), TW II "1,250" orang (comma_thousands: 1,25 read, 1.250
    # meant): TW II is said once (its comma), TW I still gets the fraction's peringatan
    row = kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Jumlah peserta pelatihan", "1.500", ("4,5", "1,250", None, None),
        satuan="orang", jenis="Kumulatif",
    )  # fmt: skip
    report = run([row], triwulan=2)
    said = findings_by_cell(report, "Kinerja", PERINGATAN)
    assert "4,5 orang: jumlah orang biasanya bilangan bulat" in said.get("K2", ""), said
    assert "tulis ribuan dengan titik" in said["L2"] and "bilangan bulat" not in said["L2"], said


# --- 4. signature texts typed as a placeholder --------------------------------------------------------

PLACEHOLDERS = [
    "_____",
    "__ __",
    "xxx",
    "XXX",
    "........",
    "nihil",
    "Nihil",
    "(nama)",
    "[Nama Kepala]",
    "<nama>",
    "???",
]


@pytest.mark.parametrize("nama", [*PLACEHOLDERS, "Nama Kepala", "NAMA KEPALA DINAS", "Nama"])
def test_nama_kepala_placeholder_prints_no_name(nama):
    report = report_with_pengaturan([*BASE, ["Nama Kepala", nama]])
    empty = report_with_pengaturan([*BASE, ["Nama Kepala", None]])
    assert report.settings.nama_kepala == ""
    assert all(lay.signature_rows is None for lay in layouts(report))
    # Nama Kepala on row 10 (title, header, seven rows above it): as an empty one, nothing said
    pengaturan = [m for m in messages(report) if m.startswith("Pengaturan")]
    assert pengaturan == [m for m in messages(empty) if m.startswith("Pengaturan")]


@pytest.mark.parametrize("jabatan", [*PLACEHOLDERS, "Jabatan Kepala", "Jabatan"])
def test_jabatan_placeholder_prints_nothing(jabatan):
    rows = [*BASE, ["Nama Kepala", "Drs. Kepala Uji"]]
    rows[4] = ["Jabatan Kepala", jabatan]
    assert report_with_pengaturan(rows).settings.jabatan_kepala == ""


@pytest.mark.parametrize("tempat", [*PLACEHOLDERS, "Tempat", "Tempat Penandatanganan"])
def test_tempat_placeholder_prints_nothing(tempat):
    rows = [*BASE, ["Nama Kepala", "Drs. Kepala Uji"]]
    rows[5] = ["Tempat Penandatanganan", tempat]
    assert report_with_pengaturan(rows).settings.tempat == ""


@pytest.mark.parametrize(
    ("nama", "jabatan"),
    [
        ("Drs. H. NAMA SURYA, M.Si.", "Kepala Dinas,"),  # a name holding "nama" past its first word
        ("Ir. XAVIER", "Plt. Kepala Dinas"),
        ("MUHAMMAD RIDHA, S.Sos., M.Si.", "a.n. Kepala Dinas"),
        ("Drs. Kepala Uji", "Kepala Dinas Koperasi, UKM, Perindustrian dan Perdagangan"),
    ],
)
def test_real_names_and_jabatan_are_printed(nama, jabatan):
    rows = [*BASE, ["Nama Kepala", nama]]
    rows[4] = ["Jabatan Kepala", jabatan]
    report = report_with_pengaturan(rows)
    assert (report.settings.nama_kepala, report.settings.jabatan_kepala) == (nama, jabatan)
    assert any(lay.signature_rows is not None for lay in layouts(report))


# --- 5. a signing date typed as no date ---------------------------------------------------------------


@pytest.mark.parametrize(
    "tanggal", ["-", " - ", "–", "'-", "...", "_____", "xxx", "belum ada", "Tanggal", "(tanggal)"]
)
def test_tanggal_typed_as_no_date_reads_as_empty(tanggal):
    rows = [*BASE, ["Nama Kepala", "Drs. Kepala Uji"]]
    rows[6] = ["Tanggal Penandatanganan", tanggal]
    report = report_with_pengaturan(rows)
    empty_rows = [*rows[:6], ["Tanggal Penandatanganan", None], rows[7]]
    empty = report_with_pengaturan(empty_rows)
    assert report.settings.tanggal == empty.settings.tanggal == ""  # (printed: the build's date)
    # Tanggal on row 9 (title, header, six rows above it): nothing said, as for an empty one
    assert not [f for f in report.findings if (f.sheet, f.sel) == ("Pengaturan", "B9")], messages(report)


def test_the_whole_line_in_the_tempat_beside_a_tanggal_typed_dash():
    # Tempat "Lumajang, 4 Juli 2025", Tanggal "-": the Tempat's date is the signing date, as beside an
    # empty Tanggal (the peringatan told to delete the date from the Tempat and printed none)
    rows = [*BASE, ["Nama Kepala", "Drs. Kepala Uji"]]
    rows[5] = ["Tempat Penandatanganan", "Lumajang, 4 Juli 2025"]
    rows[6] = ["Tanggal Penandatanganan", "-"]
    report = report_with_pengaturan(rows)
    assert (report.settings.tempat, report.settings.tanggal) == ("Lumajang", "4 Juli 2025")
    assert not [m for m in messages(report) if m.startswith("Pengaturan")], messages(report)


# --- other typings staff use ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pagu", "read"),
    [
        ("Rp. 1.250.000.000,-", 1_250_000_000),  # ",-": no sen
        ("Rp 1.250.000.000, -", 1_250_000_000),  # the same typed with a space (a galat advising "-Rp" before)
        ("Rp. 1.250.000.000,--", 1_250_000_000),  # the dash doubled (a galat before)
        ("Rp 1.250.000.000,–", 1_250_000_000),  # Word's en dash
        ("1,25 M", 1_250_000_000),  # 1,25 x 1.000.000.000
        ("Rp1,5M", 1_500_000_000),  # 1,5 x 1.000.000.000, glued
        ("3.578,85 jt", 3_578_850_000),  # 3.578,85 x 1.000.000
    ],
)
def test_rupiah_typings_are_read(pagu, read):
    report = _anggaran(pagu, (None, "10.000.000", None, None))
    assert budget_of(report, "2.17.03").pagu_exact == read
    assert "D2" not in {**findings_by_cell(report, "Anggaran", GALAT), **findings_by_cell(report, "Anggaran")}


def test_an_english_decimal_point_before_a_scale_word_stays_a_galat():
    # "1.5 jt": 1,5 juta or 15 juta (a slipped thousands dot)? never guessed; the galat names "1,5 jt"
    report = _anggaran("1.5 jt", (None, "1.000.000", None, None))
    assert "1,5 jt" in findings_by_cell(report, "Anggaran", GALAT)["D2"]
    assert budget_of(report, "2.17.03").pagu_exact is None


@pytest.mark.parametrize(
    "tanggal", ["tgl. 4 Juli 2025", "Tgl 4 Juli 2025", "Tanggal: 4 Juli 2025", "tanggal 04-07-2025"]
)
def test_a_date_typed_after_its_label_is_read(tanggal):
    # printed "Lumajang, tgl. 4 Juli 2025" with a peringatan before: the label is no part of the date
    rows = [*BASE, ["Nama Kepala", "Drs. Kepala Uji"]]
    rows[6] = ["Tanggal Penandatanganan", tanggal]
    report = report_with_pengaturan(rows)
    assert report.settings.tanggal == "4 Juli 2025"
    assert not [m for m in messages(report) if m.startswith("Pengaturan")], messages(report)
