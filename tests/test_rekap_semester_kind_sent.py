"""``lkj-xl rekap``, the Bappeda's Semester I collection: an agency that sent both its Laporan Kinerja
Triwulan II and its Semester I report, the Triwulan II one saved last (so counted, the dates deciding as
for any agency sent twice: core.rekap_ganda), was named in ``Jenis laporan berbeda`` with "minta
perangkat daerah itu mengisi Triwulan dengan Semester I lalu mengirim ulang", though its Semester I
report lay in the folder, not counted. Now the warning names that file and what to do with it. Since
rekap22 the Semester I report, the longer period, counts whatever the dates (core.rekap_jenis_laporan):
the warning is said in a Triwulan II collection, naming the agency's Triwulan II file not counted."""

from __future__ import annotations

from pathlib import Path

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import PEMDA, anggaran, kinerja, saved_by_excel


def _agency(path: Path, opd: str, triwulan: object, pagu: str, saved: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: PEMDA, c.P_OPD: opd, c.P_TAHUN: 2026, c.P_TRIWULAN: triwulan},
        kinerja=kinerja("80", "9%"),
        anggaran=anggaran(pagu, "100 jt", "150 jt"),
    )
    saved_by_excel(path, saved)
    return path


def _jenis(result: lkj_xl.Rekap) -> str:
    (said,) = [
        p
        for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"])
        if j == "Jenis laporan berbeda"
    ]
    return str(said)


def test_an_agency_that_also_sent_the_half_year_report_is_told_which_file(tmp_path):
    # Changed at rekap22: this test pinned the Triwulan II report, saved last, as counted (and then the
    # Jenis laporan berbeda warning naming the Semester I file). The longer period's report now counts
    # whatever the dates (README Rekap, core.rekap_jenis_laporan): the Semester I one, so all three
    # agencies sent Semester I and no Jenis laporan berbeda is said; the TW II collection below keeps the
    # warning naming the file not counted.
    root = tmp_path / "Semester I 2026"
    _agency(
        root / "LKjIP Dinkes SMT I.xlsx",
        "Dinas Kesehatan",
        "Semester I",
        "1.000.000.000",
        "2026-07-08T08:00:00Z",
    )
    _agency(
        root / "LKjIP Dinsos SMT I.xlsx",
        "Dinas Sosial",
        "Semester I",
        "1.100.000.000",
        "2026-07-08T08:00:00Z",
    )
    half = _agency(
        root / "LKjIP Distan SMT I.xlsx",
        "Dinas Pertanian",
        "Semester I",
        "1.200.000.000",
        "2026-07-05T08:00:00Z",
    )
    quarter = _agency(
        root / "LKjIP Distan TW II.xlsx", "Dinas Pertanian", 2, "1.300.000.000", "2026-07-10T08:00:00Z"
    )
    result = lkj_xl.rekap(root, jobs=1)
    frame = result.perangkat_daerah.set_index("perangkat_daerah")
    assert frame.loc["Dinas Pertanian", "berkas"] == str(half)  # the longer period, though saved first
    assert frame["pagu"].sum() == 3_300_000_000  # 1.000.000.000 + 1.100.000.000 + 1.200.000.000
    assert "Jenis laporan berbeda" not in set(result.peringatan["jenis"])
    notes = dict(zip(result.pemeriksaan["berkas"], result.pemeriksaan["keterangan"], strict=True))
    assert f"juga dikirim sebagai {half} (Laporan Kinerja Semester I), yang dihitung" in notes[str(quarter)]


def test_in_a_quarterly_collection_the_half_year_counted_names_its_quarterly_file(tmp_path):
    # The Bappeda asked for Triwulan II: two agencies sent it; Dinas Pertanian sent both, its Semester
    # I (the longer period) counted, so it is the one of the other kind, and told which file to move.
    root = tmp_path / "TW II 2026"
    _agency(root / "LKjIP Dinkes TW II.xlsx", "Dinas Kesehatan", 2, "1.000.000.000", "2026-07-08T08:00:00Z")
    _agency(root / "LKjIP Dinsos TW II.xlsx", "Dinas Sosial", 2, "1.100.000.000", "2026-07-08T08:00:00Z")
    half = _agency(
        root / "LKjIP Distan SMT I.xlsx",
        "Dinas Pertanian",
        "Semester I",
        "1.200.000.000",
        "2026-07-05T08:00:00Z",
    )
    quarter = _agency(
        root / "LKjIP Distan TW II.xlsx", "Dinas Pertanian", 2, "1.300.000.000", "2026-07-10T08:00:00Z"
    )
    result = lkj_xl.rekap(root, jobs=1)
    frame = result.perangkat_daerah.set_index("perangkat_daerah")
    assert frame.loc["Dinas Pertanian", "berkas"] == str(half)
    assert frame["pagu"].sum() == 3_300_000_000  # 1.000.000.000 + 1.100.000.000 + 1.200.000.000
    said = _jenis(result)
    assert f"Dinas Pertanian juga mengirim Laporan Kinerja Triwulan II ({quarter})" in said
    assert f"pindahkan {half} dari folder lalu rekap ulang" in said


def test_an_agency_that_sent_only_the_quarterly_report_is_asked_to_send_again(tmp_path):
    root = tmp_path / "Semester I 2026"
    _agency(
        root / "LKjIP Dinkes SMT I.xlsx",
        "Dinas Kesehatan",
        "Semester I",
        "1.000.000.000",
        "2026-07-08T08:00:00Z",
    )
    _agency(
        root / "LKjIP Dinsos SMT I.xlsx",
        "Dinas Sosial",
        "Semester I",
        "1.100.000.000",
        "2026-07-08T08:00:00Z",
    )
    _agency(root / "LKjIP Distan TW II.xlsx", "Dinas Pertanian", 2, "1.300.000.000", "2026-07-10T08:00:00Z")
    said = _jenis(lkj_xl.rekap(root, jobs=1))
    assert "mengisi Triwulan dengan Semester I lalu mengirim ulang" in said and "juga mengirim" not in said
