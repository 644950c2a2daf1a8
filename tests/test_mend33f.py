"""Mend 33f: a reviewer's findings in the merges of mend33b (a half year's Triwulan typed with
brackets, a Narasi text naming another period) and mend33d (an agency's Pemda typed without its kind).

1. Pengaturan Triwulan "Semester I (Triwulan II)", "Semester II (Januari-Desember)" were a galat
   blanking every figure (they were read before mend33b).
2. rekap: "Dinas Kesehatan" of "Malang" beside "Dinas Kesehatan" of "Kota Malang" in a province's
   folder was read as Kota Malang's, the Kota's file dropped as "Perangkat daerah ganda".
3-4. laporan: a half year's or the year's Narasi text listing periods ("s.d. Triwulan I ... dan s.d.
   Triwulan II") or telling when something ran ("Selama Semester II") was a peringatan and an
   "[isi: ...]" placeholder printed in the Word report instead of the text.
"""

from __future__ import annotations

import pytest

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.core.model import GALAT
from lkj_xl.core.narasi import triwulan_lain
from lkj_xl.xlsx.template import new_workbook
from tests.helpers_staff import pengaturan_findings, report_with_pengaturan
from tests.test_rekap_round3 import anggaran, kinerja
from tests.test_staff_round5 import BASE

# --- 1. A half year typed with its last quarter, its own name or its months from Januari -----------


@pytest.mark.parametrize(
    ("typed", "triwulan", "semester"),
    [
        # its last quarter's name: Semester I is s.d. Triwulan II (read before mend33b, galat after)
        ("Semester I (Triwulan II)", 2, 1),
        ("Semester I (TW II)", 2, 1),
        ("Semester II (TW IV)", 4, 2),
        # its own name
        ("Semester I (Semester Pertama)", 2, 1),
        # its months from Januari: the report is cumulative, Semester II is s.d. Desember
        ("Semester II (Januari-Desember)", 4, 2),
        ("Semester I (Januari - Juni 2025)", 2, 1),
        # its last quarter's own three months: the quarter named in brackets above, by its months
        ("Semester II (Oktober-Desember)", 4, 2),
        ("Semester I (April-Juni)", 2, 1),
    ],
)
def test_a_half_year_typed_with_its_last_quarter_or_its_cumulative_months_is_read(typed, triwulan, semester):
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert report.settings.triwulan_galat == ""
    assert not pengaturan_findings(report, "B6", GALAT)
    assert report.settings.triwulan == triwulan
    assert report.settings.semester_laporan == semester
    # KOPERASI, Kumulatif, Target 40: figures computed (s.d. TW II 25 + 4 = 29; s.d. TW IV more)
    (row,) = [r for r in report.indicators if r.kode == "T1"]
    assert row.realisasi is not None and row.realisasi >= 29


@pytest.mark.parametrize(
    "typed",
    [
        # Juli-September is Triwulan III's: neither the half year (Juli-Desember), its last quarter
        # (Oktober-Desember) nor s.d. it (Januari-Desember)
        "Semester II (Juli-September)",
        # Januari-Maret is Triwulan I's, Semester I is Januari-Juni (s.d. Juni)
        "Semester I (Januari-Maret)",
        "Semester I (Juli-Desember)",
        "Semester II (TW II)",
        "Semester I (Semester Kedua)",
    ],
)
def test_a_half_year_whose_brackets_say_another_period_stays_galat(typed):
    report = report_with_pengaturan([*BASE, ["Triwulan", typed]])
    assert report.settings.triwulan_galat == "Pengaturan!B6"
    (said,) = pengaturan_findings(report, "B6", GALAT)
    assert "tidak cocok" in said.pesan and "Semester" in said.pesan


# --- 2. A Pemda typed without its kind in a rekap of several Pemda ---------------------------------


def _rekap(tmp_path, agencies):
    """The rekap of one workbook per (Pemda, agency), each with pagu 1.000.000.000."""
    root = tmp_path / "opd"
    root.mkdir()
    for n, (pemda, opd) in enumerate(agencies):
        new_workbook(root / f"o{n:02d}.xlsx",
                     pengaturan={c.P_PEMDA: pemda, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
                     kinerja=kinerja(str(90 - n), "9%"), anggaran=anggaran("1.000.000.000", "100 jt", "150 jt"))  # fmt: skip
    return lkj_xl.rekap(root, jobs=1)


def test_a_kindless_pemda_beside_another_pemda_is_kept_and_asked_about(tmp_path):
    result = _rekap(
        tmp_path,
        [
            ("Kota Malang", "Dinas Kesehatan"),
            ("Malang", "Dinas Kesehatan"),
            ("Kabupaten Lumajang", "Dinas Kesehatan"),
        ],
    )
    table = result.perangkat_daerah
    # three files, three agencies: "Malang" may be Kabupaten Malang's; nothing dropped on a guess
    assert sorted(table["pemerintah_daerah"]) == ["Kabupaten Lumajang", "Kota Malang", "Malang"]
    assert table["pagu"].sum() == 3 * 1_000_000_000
    assert "Perangkat daerah ganda" not in set(result.peringatan["jenis"])
    (asked,) = result.peringatan[result.peringatan["jenis"] == "Pemerintah Daerah tanpa Kabupaten/Kota"][
        "pesan"
    ]
    assert '"Malang" tanpa Kabupaten atau Kota' in asked and "o01.xlsx" in asked and "o00.xlsx" in asked
    assert "Kota Malang" in asked and "terjumlah dua kali" in asked


def test_a_kindless_pemda_in_a_rekap_of_that_one_pemda_is_joined(tmp_path):
    # a Kabupaten's rekap: every kinded Pemda is Kabupaten Lumajang, so "Lumajang" is it; the agency
    # sent twice counts once (pagu 2 x 1.000.000.000: Dinas Kesehatan once and Kecamatan Tempeh)
    result = _rekap(
        tmp_path,
        [
            ("Kabupaten Lumajang", "Dinas Kesehatan"),
            ("Lumajang", "Dinas Kesehatan"),
            ("Kabupaten Lumajang", "Kecamatan Tempeh"),
        ],
    )
    assert len(result.perangkat_daerah) == 2
    assert result.perangkat_daerah["pagu"].sum() == 2 * 1_000_000_000
    assert "Perangkat daerah ganda" in set(result.peringatan["jenis"])
    assert "Pemerintah Daerah tanpa Kabupaten/Kota" not in set(result.peringatan["jenis"])


# --- 3-4. A Narasi text naming periods in a half year's or the year's report -----------------------

# (text, Triwulan as read, the year's report, the half year's report, what is pointed out); the
# report is of 2025. Expected by reading each text as its signer would.
NARASI = [
    # the Semester I report lists its own period (s.d. Triwulan II) beside an earlier one: a comparison
    (
        "Capaian sampai dengan Triwulan I sebesar 20% dan sampai dengan Triwulan II sebesar 48%.",
        2,
        False,
        1,
        [],
    ),
    # ... as the Triwulan II report does (never pointed out there)
    (
        "Capaian sampai dengan Triwulan I sebesar 20% dan sampai dengan Triwulan II sebesar 48%.",
        2,
        False,
        None,
        [],
    ),
    # the half year's own name beside its two quarters' reports
    (
        "Laporan Kinerja Semester I Tahun 2025 ini merupakan rangkuman dari laporan triwulan I dan triwulan II",
        2,
        False,
        1,
        [],
    ),
    # two quarters inside the half year named together: its own, not another period
    ("Data realisasi diambil dari laporan realisasi fisik TW I dan TW II.", 2, False, 1, []),
    # Semester II compared with Semester I, by name or s.d.
    ("Dibandingkan dengan laporan Semester I, capaian Semester II meningkat.", 4, False, 2, []),
    ("Capaian s.d. Semester I sebesar 40%, sedangkan s.d. Semester II sebesar 95%.", 4, False, 2, []),
    # the year's report: "selama"/"hingga" a half year tells when something ran, not the period
    (
        "Selama Semester II Tahun 2025, pameran produk UMKM dilaksanakan sebanyak tiga kali.",
        4,
        True,
        None,
        [],
    ),
    ("Pembangunan gedung dimulai pada semester I dan berlanjut hingga semester II.", 4, True, None, []),
    # another report named beside the year's own ("laporan tahunan")
    ("Data diambil dari laporan monev semester II dan laporan tahunan.", 4, True, None, []),
    ("Anggaran terserap selama Semester I sebesar 40%.", 4, False, 2, []),
    # still pointed out: the period named alone as another one
    ("Laporan Kinerja Semester II Tahun 2025 ini disusun.", 4, True, None, ["Semester II"]),
    ("Capaian sampai dengan Triwulan I Tahun 2025.", 2, False, 1, ["Triwulan I"]),
    ("Laporan Kinerja Semester I Tahun 2025 ini disusun.", 4, False, 2, ["Semester I"]),
    # 4: Semester II is s.d. Desember from Januari (cumulative), as Triwulan IV accepts
    ("Laporan ini memuat capaian selama periode Januari s.d. Desember 2025.", 4, False, 2, []),
    ("Laporan ini memuat capaian selama periode Januari s.d. Desember 2025.", 4, False, None, []),
    # Juli-September ends before Desember: still another period
    (
        "Laporan ini memuat capaian selama periode Juli s.d. September 2025.",
        4,
        False,
        2,
        ["Juli – September"],
    ),
]


@pytest.mark.parametrize(("teks", "triwulan", "tahunan", "semester", "named"), NARASI)
def test_a_narasi_text_listing_periods_is_no_other_period(teks, triwulan, tahunan, semester, named):
    assert triwulan_lain(teks, triwulan, tahunan, semester, 2025) == named
