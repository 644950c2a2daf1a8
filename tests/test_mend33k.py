"""mend33k: reviewer J's findings on main.

1. An honest Kecamatan at TW III whose Nilai Akhir percentages reached 100 and stayed was printed
   "kolom TW II tersalin?" in the signed tables.
2. Two honoraria raised by an April SK (6 jt, then 7,5 jt twice) beside steady programs printed the
   copy note under Tabel 3.4.
3. A Kabupaten Sumenep rekap with a "Kecamatan Kota Sumenep" file counted the Dinas Kesehatan sent
   twice (its pagu twice): the Kecamatan's tail read as a Kota Sumenep.
4. A rank's peringatan quoted Pengaturan's quarters under `--triwulan`.
5. "Jumlah kategori ..." in Satuan "kategori" told "bukan jumlah".
"""

from __future__ import annotations

import pytest

from tests.test_engine import anggaran_row, kinerja_row, run
from tests.test_mend33g import _COUNTS, _DESA, _HONOR, _STEADY, _copy_findings, _ikm, _k  # _HONOR: 3 x 9 jt

# --- 1. Kinerja's copy note -------------------------------------------------------------------------


def _reached(kode, tws):
    return _k(kode, "%", "100", tws, "Nilai Akhir", indikator=f"Persentase laporan {kode}")


def test_percentages_that_reached_100_and_stayed_are_not_printed():
    rows = [
        *_STEADY,
        *_COUNTS,
        _ikm("S7", ("75", "78", "78", None)),
        _reached("S8", ("90", "100", "100", None)),
        _reached("S9", ("80", "100", "100", None)),
    ]
    report = run(rows, [], triwulan=3)
    assert report.kinerja_kosong == ""
    assert _copy_findings(report)  # still asked at Realisasi TW III's title
    s5 = next(r for r in report.indicators if r.kode == "S5")
    assert s5.realisasi == 2 + 3 + 3  # computed as typed: 8 kegiatan


def test_a_target_reached_and_kept_is_no_evidence():
    # 70 -> 80 -> 80 of target 80 (kept at its goal), three times: honest
    rows = [*_STEADY, *_COUNTS, *(_ikm(f"N{n}", ("70", "80", "80", None)) for n in (1, 2, 3))]
    report = run(rows, [], triwulan=3)
    assert report.kinerja_kosong == ""


def test_a_tw_i_of_zero_is_no_evidence():
    # 0 -> 78 -> 78: a position measured from TW II (as Anggaran's TW I of 0)
    rows = [*_STEADY, *_COUNTS, *(_ikm(f"N{n}", ("0", "78", "78", None)) for n in (1, 2, 3))]
    report = run(rows, [], triwulan=3)
    assert report.kinerja_kosong == ""


# --- 2. Anggaran's copy note ------------------------------------------------------------------------

# Jan-Mar 3 x Rp 2.000.000 = 6 jt; from April a new SK: 3 x Rp 2.500.000 = 7,5 jt a quarter
_RAISED = [
    anggaran_row(f"P{k}", f"Program {k}", "S1", 30_000_000, (6_000_000, 7_500_000, 7_500_000, None))
    for k in (4, 5)
]


def test_two_honoraria_raised_in_april_are_asked_not_printed():
    report = run([_DESA], [*_HONOR, *_RAISED], triwulan=3)
    assert report.anggaran_kosong == ""
    assert [f for f in report.findings if f.sheet == "Anggaran" and f.sel in ("H5", "H6")]
    # computed as typed: 3 x 27 jt + 2 x (6 + 7,5 + 7,5) jt = 81 + 42 = 123 jt
    assert report.total_realisasi_anggaran == 3 * 27_000_000 + 2 * 21_000_000


def test_three_programs_alike_are_still_printed():
    third = anggaran_row("P6", "Program 6", "S1", 30_000_000, (6_000_000, 7_500_000, 7_500_000, None))
    report = run([_DESA], [*_HONOR, *_RAISED, third], triwulan=3)
    assert "tersalin" in report.anggaran_kosong


# --- 3. a Kecamatan named "Kota ..." in a Kabupaten's rekap ------------------------------------------


def _row(pemda, opd):
    return {"pemerintah_daerah": pemda, "perangkat_daerah": opd, "berkas": f"{opd} {pemda}.xlsx"}


def test_a_kecamatan_kota_sumenep_keeps_the_kabupaten_s_rekap_joined():
    from tests.test_mend33d import _agencies

    rows = [
        _row("Kabupaten Sumenep", "Dinas Kesehatan"),
        _row("Sumenep", "Dinas Pendidikan"),
        _row("Sumenep", "Kecamatan Kota Sumenep"),
        _row("Kabupaten Sumenep", "Kecamatan Kalianget"),
        _row("Sumenep", "Dinas Kesehatan"),
    ]
    # every Pemda typed with its kind is Kabupaten Sumenep: the two Dinas Kesehatan files are one agency
    assert _agencies(rows) == [{0, 4}, {1}, {2}, {3}]


def test_a_kecamatan_kota_sumenep_counts_the_dinas_once_in_the_rekap(tmp_path):
    from tests.test_mend33f import _rekap

    result = _rekap(
        tmp_path,
        [
            ("Kabupaten Sumenep", "Dinas Kesehatan"),
            ("Sumenep", "Kecamatan Kota Sumenep"),
            ("Sumenep", "Dinas Kesehatan"),
        ],
    )
    # three files, two agencies (Dinas Kesehatan sent twice): pagu 2 x 1.000.000.000
    assert len(result.perangkat_daerah) == 2
    assert result.perangkat_daerah["pagu"].sum() == 2 * 1_000_000_000
    assert "Perangkat daerah ganda" in set(result.peringatan["jenis"])


def test_a_kindless_agency_named_only_with_another_kind_is_not_joined():
    from tests.test_mend33d import _agencies

    # the one Pemda typed with its kind is Kabupaten Malang; "Dinas Kesehatan" of "Malang" could be Kota
    # Malang's only by the other file's name: it stays itself (asked), never joined on that guess
    rows = [
        _row("Kabupaten Malang", "Dinas Pendidikan"),
        _row("Malang", "Dinas Kesehatan Kota Malang"),
        _row("Malang", "Dinas Kesehatan"),
    ]
    assert _agencies(rows) == [{0}, {1}, {2}]


# --- 4. a rank's peringatan quotes the quarter asked for ----------------------------------------------


def test_a_rank_quotes_the_quarter_asked_for_not_pengaturans(tmp_path):
    from lkj_xl.build import report_from_bytes
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook
    from tests import common

    more = {"Satuan": "peringkat", "Jenis Realisasi": "Kumulatif", "Polaritas": "Negatif"}
    tws = dict(zip(c.REALISASI_TW_HEADERS, ("3", "2", "4", None)))
    row = common.kinerja_row("S1", "Sasaran", "", "Sasaran", "Peringkat Inovasi Daerah", "5", **more, **tws)
    path = tmp_path / "rank.xlsx"
    new_workbook(path, pengaturan={c.P_TRIWULAN: 2, c.P_TAHUN: 2025}, kinerja=[row])
    # `check --triwulan 3` over Pengaturan's Triwulan II: summed as that report counts it, by hand
    # TW I 3 + TW II 2 + TW III 4 = 9, the latest rank TW III's 4
    report = report_from_bytes(path.read_bytes(), triwulan=3)
    said = [f.pesan for f in report.findings if f.sheet == "Kinerja" and "peringkat bukan jumlah" in f.pesan]
    assert said and "(TW I 3 + TW II 2 + TW III 4 = 9)" in said[0]
    assert "(peringkat triwulan terakhir, 4)" in said[0]
    assert report.indicators[0].realisasi == 3 + 2 + 4


# --- 5. a count of categories is a sum ----------------------------------------------------------------


@pytest.mark.parametrize("jenis", ["Kumulatif", None])
@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        ("Jumlah kategori produk unggulan daerah yang terdaftar", "kategori"),
        ("Jumlah predikat/penghargaan yang diraih", "predikat"),
    ],
)
def test_a_count_named_jumlah_is_not_told_it_is_no_sum(indikator, satuan, jenis):
    row = kinerja_row(
        "S1", "Sasaran", "", "Sasaran S1", indikator, "6", ("3", "4", None, None), satuan=satuan, jenis=jenis
    )
    report = run([row], [], triwulan=2)
    assert report.indicators[0].realisasi == 3 + 4  # summed as typed: 7 of 6
    assert not [f for f in report.findings if "bukan jumlah" in f.pesan]


def test_a_level_not_named_jumlah_is_still_told():
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "S",
        "Peringkat Kota Sehat",
        "3",
        ("2", "3", None, None),
        satuan="kategori",
        jenis="Kumulatif",
    )
    report = run([row], [], triwulan=2)
    assert [f for f in report.findings if "bukan jumlah" in f.pesan]
