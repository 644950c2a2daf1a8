"""Mend 35k: the Narasi leftover-period check after the review (revJ) of mend35g.

A false leftover is severe: a peringatan AND "[isi: ...]" under staff's paragraph in the Word report,
so precision goes before recall. The lead's decisions:

1. "(pada) triwulan ini" names the reported quarter and "semester ini" the half year's report's own
   half, as if the report's own period were written: a cell comparing it with an earlier quarter is
   ordinary ("Dibandingkan dengan capaian Triwulan I, capaian pada triwulan ini meningkat 12%.").
2. The Kata Pengantar's closing is read only with a verb of asking or hoping (harapkan, butuhkan,
   nantikan, mohon) or with nothing after the title; "untuk", "agar", "akan" alone are history
   ("Masukan atas Laporan Kinerja Triwulan I dijadikan bahan untuk perbaikan laporan ini.").
3. A title before "ini" in a clause saying it was followed up or used (telah ditindaklanjuti, menjadi
   dasar, dijadikan, telah diperbaiki) is history.

Every text is for a report of 2025; (triwulan, semester): (2, None) Triwulan II, (4, None) Triwulan IV,
(4, 2) Semester II. The periods expected are read off each text: the earlier period it names.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import Cell
from lkj_xl.core.narasi import parse_narasi, triwulan_lain
from tests.helpers_staff import report_with_pengaturan
from tests.test_staff_round5 import BASE

T2, T4, S2 = (2, None), (4, None), (4, 2)

QUIET = [
    # decision 1: "triwulan ini" / "semester ini" is the report's own period beside an earlier one
    ("Dibandingkan dengan capaian Triwulan I, capaian pada triwulan ini meningkat 12%.", *T2),
    ("Capaian kinerja triwulan ini sebesar 87,5%, naik dari 62,3% pada Triwulan I.", *T2),
    ("Realisasi anggaran triwulan ini mencapai Rp 1.250.000.000 atau 45,2%, lebih tinggi dibandingkan Triwulan I yang hanya 18,7%.", *T2),
    ("Secara umum kinerja Dinas pada triwulan ini lebih baik daripada Triwulan I Tahun 2025.", *T2),
    ("Dibandingkan dengan capaian Triwulan III, capaian pada triwulan ini meningkat 12%.", *T4),
    ("Pada triwulan ini seluruh indikator telah mencapai target, sedangkan pada Triwulan III masih terdapat 2 indikator yang belum tercapai.", *T4),
    ("Realisasi anggaran triwulan ini sebesar 96,4%, meningkat dari 71,2% pada Triwulan III.", *T4),
    ("Dibandingkan capaian Triwulan I dan Triwulan II, capaian triwulan ini terus meningkat.", *T4),
    ("Kenaikan capaian dari Triwulan III ke triwulan ini disebabkan oleh pencairan DAK.", *T4),
    ("Kegiatan pameran UMKM yang tertunda pada Triwulan I telah dilaksanakan pada triwulan ini.", *T2),
    ("Sebagaimana tertuang dalam Laporan Kinerja Triwulan III, realisasi fisik sempat terhambat; pada triwulan ini seluruh paket telah selesai.", *T4),
    ("Upaya yang dilakukan pada triwulan ini merupakan tindak lanjut atas hambatan yang ditemukan pada Triwulan I.", *T2),
    ("Dibandingkan dengan capaian Triwulan II, capaian semester ini meningkat 20%.", *S2),
    ("Dibandingkan dengan capaian Semester I, capaian pada semester ini meningkat 15%.", *S2),
    ("Capaian kinerja semester ini sebesar 98%, lebih tinggi dari Semester I yang sebesar 51%.", *S2),
    ("Jika dibandingkan dengan Semester I, realisasi anggaran pada semester ini naik signifikan.", *S2),
    ("Program yang pada Semester I terkendala refocusing anggaran telah berjalan normal pada semester ini.", *S2),
    ("Dibandingkan dengan capaian Semester I, capaian pada triwulan ini meningkat 15%.", *T4),
    ("Capaian sampai dengan Semester I sebesar 48%, sedangkan sampai dengan triwulan ini sebesar 97%.", *T4),
    # revJ's one ambiguous leftover (likely copied from Triwulan I with "triwulan ini"), lost by
    # decision 1: the lead accepted it
    ("Secara umum capaian kinerja pada triwulan ini sebesar 23,5% karena kegiatan baru dimulai pada Triwulan I.", *T2),
    # a semester report's "s.d. triwulan ini" is s.d. its last quarter: Triwulan I is a quarter inside it
    ("Capaian s.d. Triwulan I sebesar 20%, sedangkan s.d. triwulan ini sebesar 48%.", 2, 1),
    # decision 2: feedback on the earlier report used, without asking or hoping for it
    ("Masukan atas Laporan Kinerja Triwulan I dijadikan bahan untuk perbaikan laporan ini.", *T2),
    ("Saran atas Laporan Kinerja Triwulan I digunakan untuk menyempurnakan penyajian data pada laporan ini.", *T2),
    ("Saran atas Laporan Kinerja Triwulan I Tahun 2025 dari Inspektorat akan menjadi bahan perbaikan.", *T2),
    ("Kritik dan saran atas Laporan Kinerja Semester I menjadi bahan evaluasi agar kinerja semester ini lebih baik.", *S2),
    ("Masukan atas Laporan Kinerja Triwulan III dari Bappeda telah kami gunakan untuk perbaikan.", *T4),
    ("Masukan atas Laporan Kinerja Triwulan III dari Bappeda digunakan untuk perbaikan laporan ini.", *T4),
    ("Masukan atas Laporan Kinerja Triwulan III sangat membantu penyusunan laporan ini.", *T4),
    # decision 3: the title before "ini", followed up or used
    ("Rekomendasi Inspektorat atas Laporan Kinerja Triwulan I Tahun 2025 ini telah ditindaklanjuti seluruhnya.", *T2),
    ("Hasil evaluasi atas Laporan Kinerja Triwulan III Dinas Kesehatan ini menjadi dasar penyusunan rencana aksi.", *T4),
    ("Rekomendasi perbaikan atas Laporan Kinerja Triwulan I ini telah ditindaklanjuti.", *T2),
    ("Rekomendasi atas Laporan Kinerja Triwulan I 2025 ini telah ditindaklanjuti.", *T2),
    ("Catatan atas Laporan Kinerja Triwulan I ini telah diperbaiki.", *T2),
    ("Hasil reviu atas Laporan Kinerja Triwulan I ini dijadikan bahan penyusunan laporan.", *T2),
    # revJ's history and the report's own texts (quiet before and after)
    ("Rekomendasi atas Laporan Kinerja Triwulan I telah ditindaklanjuti pada triwulan ini.", *T2),
    ("Hasil evaluasi Inspektorat atas Laporan Kinerja Semester I Tahun 2025 telah ditindaklanjuti pada semester ini.", *S2),
    ("Catatan Bagian Organisasi atas Laporan Kinerja Triwulan III telah kami perbaiki dalam laporan ini.", *T4),
    ("Kami menyadari masih banyak kekurangan atas Laporan Kinerja Triwulan I yang telah diperbaiki dalam laporan ini.", *T2),
    ("Pada triwulan ini Dinas menindaklanjuti rekomendasi Inspektorat atas Laporan Kinerja Triwulan III.", *T4),
    ("Laporan ini merupakan pertanggungjawaban atas Laporan Kinerja Triwulan I Tahun 2025 yang disusun Dinas.", *T2),
    ("Capaian Triwulan I sebesar 23% dan capaian s.d. Triwulan II sebesar 51%.", *T2),
    ("Capaian s.d. Triwulan III sebesar 70%, sedangkan s.d. Triwulan IV sebesar 98%.", *T4),
    ("Pada Semester I capaian baru 48%, sedangkan sampai dengan Semester II mencapai 97%.", *S2),
    ("Pelatihan kewirausahaan dilaksanakan pada Triwulan I dan Triwulan II.", *T2),
    ("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, sehingga Laporan Kinerja (LKj) Triwulan II Dinas Koperasi dan UKM Kabupaten Lumajang Tahun Anggaran 2025 dapat diselesaikan dengan baik.", *T2),
    ("Kritik dan saran atas Laporan Kinerja Triwulan II Tahun 2025 ini sangat kami harapkan.", *T2),
    ("Laporan Kinerja Semester II Tahun 2025 ini disusun sebagai wujud pertanggungjawaban kinerja Dinas selama tahun 2025.", *S2),
    ("Demikian Laporan Kinerja Triwulan IV Tahun 2025 ini kami susun, semoga bermanfaat.", *T4),
    ("Capaian kinerja sampai dengan Triwulan IV Tahun 2025 secara umum baik, meningkat dibandingkan Triwulan III.", *T4),
]  # fmt: skip


LEFTOVER = [
    # (text, triwulan, semester, named): the whole cell copied from the last report
    ("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, sehingga Laporan Kinerja (LKj) Triwulan I Dinas Koperasi dan UKM Kabupaten Lumajang Tahun Anggaran 2025 dapat diselesaikan dengan baik.", *T2, ["Triwulan I"]),
    ("Laporan Kinerja Triwulan I Tahun 2025 ini disusun sebagai bentuk pertanggungjawaban pelaksanaan tugas dan fungsi Dinas.", *T2, ["Triwulan I"]),
    ("Capaian kinerja Dinas sampai dengan Triwulan I Tahun 2025 secara umum masih rendah karena sebagian besar kegiatan baru dimulai.", *T2, ["Triwulan I"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan I Tahun 2025 ini sangat kami harapkan.", *T2, ["Triwulan I"]),
    ("Demikian Laporan Kinerja Triwulan III Tahun 2025 ini kami susun, semoga bermanfaat.", *T4, ["Triwulan III"]),
    # the title and its months: July - September is Triwulan III's, not December's
    ("Laporan Kinerja Triwulan III ini memuat capaian kinerja Dinas selama periode Juli - September 2025.", *T4, ["Triwulan III", "Juli – September"]),
    ("Laporan Kinerja Semester I Tahun 2025 ini disusun sebagai wujud pertanggungjawaban kinerja Dinas.", *S2, ["Semester I"]),
    ("Capaian kinerja sampai dengan Semester I Tahun 2025 sebesar 51%.", *S2, ["Semester I"]),
    ("Demikian Laporan Kinerja Semester I Tahun 2025 ini kami susun, semoga bermanfaat bagi semua pihak.", *S2, ["Semester I"]),
    ("Kritik dan saran atas Laporan Kinerja Semester I ini sangat kami harapkan demi perbaikan.", *S2, ["Semester I"]),
    # decision 2: the closing asks or hopes for the feedback, or ends right after the title
    ("Saran atas Laporan Kinerja Triwulan I.", *T2, ["Triwulan I"]),
    ("masukan atas Laporan Kinerja Triwulan I.", *T2, ["Triwulan I"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan I sangat kami harapkan untuk perbaikan.", *T2, ["Triwulan I"]),
    ("Saran atas Laporan Kinerja Triwulan I sangat diharapkan agar laporan berikutnya lebih baik.", *T2, ["Triwulan I"]),
    ("Masukan atas Laporan Kinerja Triwulan III sangat kami nantikan.", *T4, ["Triwulan III"]),
    ("Kritik dan saran atas Laporan Kinerja Triwulan I kami mohon dari semua pihak.", *T2, ["Triwulan I"]),
    # decision 3 leaves the title before "ini" a leftover when its clause asks for feedback
    ("Kritik dan saran atas Laporan Kinerja Triwulan I ini sangat kami harapkan agar menjadi dasar perbaikan.", *T2, ["Triwulan I"]),
    # the older whole-cell rule: only another quarter named (revJ's x3)
    ("Sebagai bentuk pertanggungjawaban atas pelaksanaan tugas pada Triwulan I Tahun 2025, laporan ini disusun.", *T2, ["Triwulan I"]),
]  # fmt: skip


# revJ's verdicts the lead's decisions did not take (strict xfail: a later change meeting one says so
# here, and must then move it above). (text, triwulan, semester, flagged by revJ). narasi1 took all
# eight (tests/test_narasi1.py gives the reasons): they are QUIET_REVJ and LEFTOVER_REVJ below.
NOT_DECIDED: list[tuple[str, int, int | None, bool]] = []
QUIET_REVJ = [
    # the comparison staff make each quarter, with the quarter just before the report (quiet by revJ;
    # tests/test_mend35g.py ORDINARY pinned the first a leftover by the older whole-cell rule)
    ("Dibandingkan dengan capaian Triwulan I, capaian meningkat 12%.", *T2),
    ("Capaian tahun ini meningkat dibandingkan Triwulan III.", *T4),
    # done in November, a month of the reported quarter: written in Triwulan IV
    ("Kegiatan yang belum terlaksana pada Triwulan III telah diselesaikan pada bulan November.", *T4),
]  # fmt: skip
LEFTOVER_REVJ = [
    # a plan for the report's own period: written before it, for the report before (revJ's leftovers)
    # "perlu" marks no plan for the own period (the lead's decision 2, mend36g): still a leftover
    # for the earlier Triwulan III it names, no longer "rencana untuk Triwulan IV"
    ("Capaian kinerja sampai dengan Triwulan III Tahun 2025 sebesar 72%, sehingga pada Triwulan IV perlu percepatan.", *T4, ["Triwulan III"]),
    ("Capaian kinerja pada semester ini sebesar 51% karena sebagian kegiatan baru akan dilaksanakan pada Semester II.", *S2, ["rencana untuk Semester II"]),
    ("Upaya yang akan dilakukan pada Triwulan II adalah mempercepat pelaksanaan kegiatan.", *T2, ["rencana untuk Triwulan II"]),
    ("Pada Triwulan IV akan dilakukan percepatan realisasi anggaran.", *T4, ["rencana untuk Triwulan IV"]),
    ("Rencana tindak lanjut pada Semester II: percepatan penyerapan anggaran dan pembinaan koperasi.", *S2, ["rencana untuk Semester II"]),
]  # fmt: skip
_XFAIL = pytest.mark.xfail(strict=True, reason="revJ's verdict, not taken by the lead's decisions")


@pytest.mark.parametrize(
    ("teks", "triwulan", "semester", "named"),
    [*((t, tw, sem, []) for t, tw, sem in [*QUIET, *QUIET_REVJ]), *LEFTOVER, *LEFTOVER_REVJ]
    + [pytest.param(t, tw, sem, None if flag else [], marks=_XFAIL) for t, tw, sem, flag in NOT_DECIDED],
)
def test_revj_sentences(teks, triwulan, semester, named):
    """Quiet (``[]``), a leftover naming ``named``, or (``None``) any leftover at all."""
    got = triwulan_lain(teks, triwulan, False, semester, 2025)
    assert got != [] if named is None else got == named


def test_the_year_report_keeps_reading_triwulan_ini_as_a_quarterly_texts():
    """Decision 1 is of the quarterly and half-year reports: in the year's report "triwulan ini" is no
    period of its own, so a cell naming only Triwulan III there keeps its peringatan."""
    teks = "Dibandingkan dengan capaian Triwulan III, capaian triwulan ini meningkat."
    assert triwulan_lain(teks, 4, True, None, 2025) == ["Triwulan III"]


def test_a_comparison_with_triwulan_ini_gets_no_peringatan_nor_word_placeholder():
    """The cell as staff type it in Triwulan II: no peringatan at B2 and no "[isi: ...]" under the
    paragraph in the Word report (one verdict for both)."""
    docx = pytest.importorskip("docx")
    from lkj_xl.laporan import word
    from lkj_xl.laporan.document import _Draft

    teks = "Dibandingkan dengan capaian Triwulan I, capaian pada triwulan ini meningkat 12%."
    report = report_with_pengaturan([*BASE, ["Triwulan", 2]])
    rows = [[Cell("Bagian"), Cell("Teks")], [Cell("Penutup"), Cell(teks)]]
    narasi = parse_narasi(rows, settings=report.settings)
    assert narasi.findings == []
    d = _Draft(docx.Document(), report, narasi, {})
    word.ensure_styles(d.doc)
    d.text(narasi.get("Penutup"), "Penutup")
    assert [p.text for p in d.doc.paragraphs] == [teks]
