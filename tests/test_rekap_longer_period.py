"""``lkj-xl rekap``: an agency that sent reports of one year and one last quarter but of periods of
different length (its Laporan Kinerja Triwulan II and its Semester I, both s.d. Triwulan II; its
Triwulan IV, Semester II and Laporan Tahunan, s.d. Triwulan IV). The one saved later counted, so a
Triwulan II report opened and saved again after the Semester I replaced it. Now the report of the
longer period counts whatever the files' dates (README Rekap), the warning naming both files and why;
between reports of the same period the later saved still counts."""

from __future__ import annotations

import os
from pathlib import Path

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import PEMDA, anggaran, kinerja, saved_by_excel


def _agency(
    path: Path, triwulan: object, pagu: str, saved: str | None = None, opd: str = "Dinas Pertanian"
) -> Path:
    # pagu tells the files apart in the rekap row; T1 80 of 100, S1 9% of 10% (tests/test_rekap_round3)
    path.parent.mkdir(parents=True, exist_ok=True)
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: PEMDA, c.P_OPD: opd, c.P_TAHUN: 2026, c.P_TRIWULAN: triwulan},
        kinerja=kinerja("80", "9%"),
        anggaran=anggaran(pagu, "100 jt", "150 jt"),
    )
    if saved:
        saved_by_excel(path, saved)
    return path


def _said(result: lkj_xl.Rekap, jenis: str) -> str:
    (said,) = [p for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == jenis]
    return " ".join(str(said).split())


def test_the_half_year_counts_over_its_last_quarter_saved_later(tmp_path):
    half = _agency(
        tmp_path / "LKjIP Distan SMT I.xlsx", "Semester I", "1.200.000.000", "2026-07-05T08:00:00Z"
    )
    quarter = _agency(tmp_path / "LKjIP Distan TW II.xlsx", 2, "1.300.000.000", "2026-07-10T08:00:00Z")
    result = lkj_xl.rekap(tmp_path, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    # the Semester I file's pagu, Rp 1.200.000.000 (the TW II file's is 1.300.000.000)
    assert (row["berkas"], row["pagu"], row["periode"]) == (str(half), 1_200_000_000, "Semester I Tahun 2026")
    said = _said(result, "Perangkat daerah ganda")
    assert f"{half} (Laporan Kinerja Semester I), {quarter} (Laporan Kinerja Triwulan II)" in said
    # revrekap22: both reports' realisasi is s.d. Triwulan II (cumulative from TW I, DOMAIN.md): the
    # warning said the Semester I "mencakup periode yang lebih panjang", untrue of the figures; it names
    # the rule (the kind of report first) and the quarter both reach
    assert (
        f"Hanya {half} yang dihitung (Laporan Kinerja Semester I didahulukan daripada Laporan Kinerja "
        "Triwulan II tahun yang sama (realisasinya sama-sama s.d. Triwulan II): laporan tahunan didahulukan "
        "daripada laporan semester, laporan semester daripada laporan triwulan, apa pun tanggal berkasnya, "
        f"walaupun {quarter} disimpan lebih akhir)"
    ) in said, said
    status = dict(zip(result.pemeriksaan["berkas"], result.pemeriksaan["status"], strict=True))
    assert status[str(quarter)] == "tidak dihitung: ganda"


def test_the_half_year_counts_whatever_the_dates_on_disk(tmp_path):
    # lkj-xl new's fixed saved date in both workbooks: the times on disk would choose, the TW II newer
    half = _agency(tmp_path / "a" / "LKjIP.xlsx", "Smt I", "1.200.000.000")
    quarter = _agency(tmp_path / "b" / "LKjIP.xlsx", "TW II", "1.300.000.000")
    os.utime(half, (1_750_000_000, 1_750_000_000))
    os.utime(quarter, (1_760_000_000, 1_760_000_000))
    (row,) = lkj_xl.rekap([half, quarter], jobs=1).perangkat_daerah.to_dict("records")
    assert (row["berkas"], row["pagu"]) == (str(half), 1_200_000_000)


def test_the_years_report_counts_over_its_half_year_and_its_fourth_quarter(tmp_path):
    half = _agency(tmp_path / "a-smt2.xlsx", "Semester II", "1.200.000.000", "2027-01-20T08:00:00Z")
    quarter = _agency(tmp_path / "b-tw4.xlsx", 4, "1.300.000.000", "2027-01-25T08:00:00Z")
    year = _agency(tmp_path / "c-tahunan.xlsx", "Tahunan", "1.400.000.000", "2027-01-10T08:00:00Z")
    result = lkj_xl.rekap(tmp_path, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    assert (row["berkas"], row["pagu"], row["periode"]) == (str(year), 1_400_000_000, "Tahun 2026")
    said = _said(result, "Perangkat daerah ganda")
    assert (  # revrekap22: reworded, as above
        "Laporan Tahunan didahulukan daripada Laporan Kinerja Semester II, Laporan Kinerja Triwulan IV tahun "
        "yang sama (realisasinya sama-sama s.d. Triwulan IV)"
    ) in said, said
    assert f"walaupun {half}, {quarter} disimpan lebih akhir" in said
    # without the Laporan Tahunan, the Semester II counts over the Triwulan IV saved after it
    result = lkj_xl.rekap([half, quarter], jobs=1)
    assert list(result.perangkat_daerah["pagu"]) == [1_200_000_000]


def test_between_reports_of_the_same_period_the_later_saved_counts(tmp_path):
    first = _agency(tmp_path / "a.xlsx", "Semester I", "1.200.000.000", "2026-07-05T08:00:00Z")
    again = _agency(tmp_path / "b.xlsx", "Semester l", "1.250.000.000", "2026-07-09T08:00:00Z")
    quarter = _agency(tmp_path / "c.xlsx", 2, "1.300.000.000", "2026-07-12T08:00:00Z")
    result = lkj_xl.rekap([first, again], jobs=1)
    assert list(result.perangkat_daerah["pagu"]) == [1_250_000_000]  # b.xlsx, saved 9 July
    # the quarter's report set aside for the half year's, then the later saved of the two half years
    result = lkj_xl.rekap([first, again, quarter], jobs=1)
    assert list(result.perangkat_daerah["berkas"]) == [str(again)]
    said = _said(result, "Perangkat daerah ganda")
    assert f"walaupun {quarter} disimpan lebih akhir; disimpan paling akhir menurut buku kerjanya" in said, (
        said
    )


def test_a_longer_report_named_for_another_agency_does_not_count_over_the_agencys_own(tmp_path):
    # The Dinas Perikanan filled in a copy of the Peternakan's workbook as its Laporan Tahunan, Perangkat
    # Daerah not changed, and sent it as "LKjIP Diskan Tahunan.xlsx"; the Peternakan sent its own
    # Triwulan IV report. The copy's figures (pagu 1.200.000.000) are not the Peternakan's: its own file
    # (1.000.000.000) counts, whatever the length of the periods, as between two files of one period.
    own = _agency(
        tmp_path / "LKjIP Disnak TW IV.xlsx",
        4,
        "1.000.000.000",
        "2027-01-20T08:00:00Z",
        opd="Dinas Peternakan",
    )
    copy = _agency(
        tmp_path / "LKjIP Diskan Tahunan.xlsx",
        "Tahunan",
        "1.200.000.000",
        "2027-01-10T08:00:00Z",
        opd="Dinas Peternakan",
    )
    result = lkj_xl.rekap(tmp_path, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    assert (row["berkas"], row["pagu"], row["periode"]) == (str(own), 1_000_000_000, "Triwulan IV Tahun 2026")
    said = _said(result, "Perangkat daerah ganda")
    assert f"{copy} namanya menyebut perangkat daerah lain (Diskan)" in said, said
    assert "didahulukan daripada" not in said


def test_the_years_report_counts_over_a_fourth_quarter_marked_as_revised_and_says_so(tmp_path):
    # "LKjIP Distan TW IV rev.xlsx": a revision of the quarterly report, not of the Laporan Tahunan; the
    # year's report counts (pagu 1.400.000.000), the warning naming the mark it was chosen against
    year = _agency(tmp_path / "LKjIP Distan Tahunan.xlsx", "Tahunan", "1.400.000.000")
    quarter = _agency(tmp_path / "LKjIP Distan TW IV rev.xlsx", 4, "1.300.000.000")
    result = lkj_xl.rekap(tmp_path, jobs=1)
    assert list(result.perangkat_daerah["pagu"]) == [1_400_000_000]
    said = _said(result, "Perangkat daerah ganda")
    assert f"Hanya {year} yang dihitung (Laporan Tahunan didahulukan daripada" in said, said
    assert f"padahal {quarter} bertanda revisi lebih akhir: periksa mana yang berlaku" in said, said


def test_a_longer_report_in_a_draft_folder_does_not_count_over_the_final_one(tmp_path):
    # The agency's own folders: its Semester I left in Draft/ (opened and saved again on 12 July), its
    # Triwulan II in Final/, its word that this one stands (core.rekap_revisi.final_folders). Before
    # rekap22 the Final's counted whatever the dates; the longer period must not outweigh it: pagu
    # 1.300.000.000, the Final TW II's, not the draft's 1.200.000.000.
    draft = _agency(
        tmp_path / "Distan" / "Draft" / "LKjIP SMT I.xlsx",
        "Semester I",
        "1.200.000.000",
        "2026-07-12T08:00:00Z",
    )
    final = _agency(
        tmp_path / "Distan" / "Final" / "LKjIP TW II.xlsx", 2, "1.300.000.000", "2026-07-05T08:00:00Z"
    )
    result = lkj_xl.rekap(tmp_path, jobs=1)
    (row,) = result.perangkat_daerah.to_dict("records")
    assert (row["berkas"], row["pagu"], row["periode"]) == (
        str(final),
        1_300_000_000,
        "Triwulan II Tahun 2026",
    )
    said = _said(result, "Perangkat daerah ganda")
    assert f"{draft} di folder draf atau arsip tidak dihitung" in said, said
    assert "didahulukan daripada" not in said
