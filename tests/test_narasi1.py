"""Narasi leftover check (narasi1): comparisons, plans and history as staff write them.

A leftover peringatan also prints "[isi: ...]" under staff's paragraph in the Word report, so a false
one is severe: precision first. The sentences are written the way the seed report
(/work/shared/seeds/000_237f033edcd5cb60.txt, Triwulan II 2025) writes its narrative: "telah
dilaksanakan di triwulan I", "akan dilaksanakan pada triwulan III", "capaian kinerja triwulan ini",
"realisasi triwulan II akan direlease ditanggal 10 Juli 2025", "s.d TW II".

Every verdict below is a careful reader's, read off the sentence and the report it stands in (every
report is of 2025; (triwulan, semester): (2, None) Triwulan II, (4, 2) Semester II):

- a report is written after its period ends (the seed's Triwulan II report still waits for data due
  10 Juli 2025), so a plan for the report's own period ("akan dilakukan pada Triwulan II" in
  Triwulan II) was written for the report before it: a leftover, named "rencana untuk Triwulan II";
- a plan for a later quarter is what staff write every quarter (the seed: "akan dilaksanakan pada
  triwulan III" in Triwulan II): no period of the text;
- a comparison with the quarter just before the report ("Dibandingkan dengan capaian Triwulan I" in
  Triwulan II) is the comparison staff make each quarter; so, since mend36a (the lead's decision), is
  one with any earlier period of the year ("Triwulan I" in Triwulan III);
- "telah/sudah ... pada bulan November" tells of a month of the reported quarter (Triwulan IV): the
  text was written in it, whatever earlier quarter it names (not "Oktober": the Triwulan III report
  is written then); without "telah" ("dilaksanakan pada
  bulan Mei") it may be an earlier report's plan (tests/test_mend35g.py ORDINARY keeps it a leftover).
"""

from __future__ import annotations

import pytest

from lkj_xl.core.narasi import triwulan_lain

T2, T3, T4, S2 = (2, None), (3, None), (4, None), (4, 2)

# (text, triwulan, semester, the periods a careful reader would point out)
TABLE = [
    # comparisons with the quarter just before the report: ordinary
    ("Dibandingkan dengan capaian Triwulan I, capaian meningkat 12%.", *T2, []),
    ("Dibandingkan capaian Triwulan II, capaian kinerja meningkat menjadi 74%.", *T3, []),
    ("Capaian kinerja naik dari 48% pada Triwulan II menjadi 74%.", *T3, []),
    ("Jika dibandingkan dengan realisasi TW II, serapan anggaran naik 21 persen.", *T3, []),
    ("Dibanding Tw I, jumlah koperasi aktif bertambah 12 unit.", *T2, []),
    ("Realisasi anggaran meningkat dari 18% pada Triwulan I menjadi 45%.", *T2, []),
    ("Realisasi anggaran lebih tinggi dibandingkan dengan TW.III yang sebesar 71,2%.", *T4, []),
    ("Capaian tahun ini meningkat dibandingkan Triwulan III.", *T4, []),
    ("Dibandingkan dengan capaian Triwulan II, capaian meningkat 20%.", *S2, []),
    ("Dibandingkan dengan Semester I, capaian meningkat 46%.", *S2, []),
    ("Capaian kinerja pada Triwulan III mengalami kenaikan dibandingkan Triwulan II.", *T3, []),
    # ... and with a quarter two back: pinned leftovers here (the comparison of the report before,
    # left in the cell) until mend36a; the lead's decision 3 there: a comparison with ANY earlier
    # period of the year by explicit comparison words is quiet (precision first)
    ("Dibandingkan dengan capaian Triwulan I, capaian meningkat 12%.", *T3, []),
    ("Realisasi anggaran meningkat dari 18% pada Triwulan I menjadi 45%.", *T4, []),
    # plans for a later quarter: ordinary (the seed's own words)
    ("Bantuan permodalan bagi koperasi akan dilaksanakan pada Triwulan III.", *T2, []),
    ("Pelatihan perkoperasian direncanakan pada TW III dan TW IV.", *T2, []),
    ("Upaya yang akan dilakukan pada Triwulan III adalah mempercepat pelaksanaan kegiatan.", *T2, []),
    ("Pada Triwulan IV akan dilakukan percepatan realisasi anggaran.", *T3, []),
    ("Pelatihan kewirausahaan dijadwalkan pada triw. III.", *T2, []),
    ("Sisa kegiatan akan dilaksanakan pada Semester II.", 2, 1, []),
    ("Pada triwulan berikutnya akan dilaksanakan pelatihan bagi 220 orang SDM koperasi.", *T2, []),
    # ... the seed's Triwulan II Analisis, word for word
    ("Indikator program ini belum dapat terealisasi karena terlaksananya bantuan permodalan bagi koperasi akan dilaksanakan pada triwulan III.", *T2, []),
    ("Hal ini belum tercapai maksimal karena pelaksanaan pada Triwulan III dan IV.", *T2, []),
    # the report's own quarter in the future as the seed writes it: its data not yet released
    ("Realisasi investasi Triwulan II akan direlease tanggal 10 Juli 2025 oleh DPMPTSP.", *T2, []),
    ("Data sampai dengan triwulan II akan rilis di atas tanggal 10 Juli 2025, sehingga disajikan data s.d. Triwulan I.", *T2, []),
    ("Data realisasi investasi pada Triwulan II akan dirilis tanggal 10 Juli 2025.", *T2, []),
    # a plan once, now done
    ("Kegiatan pameran yang direncanakan pada Triwulan II telah terlaksana pada bulan Juni.", *T2, []),
    # history
    ("Pada Triwulan I telah dilaksanakan pelatihan digital marketing, dan pada Triwulan II pelatihan desain kemasan.", *T2, []),
    ("Kegiatan yang belum terlaksana pada Triwulan II telah diselesaikan pada bulan Agustus.", *T3, []),
    ("Pembayaran honorarium yang tertunda pada TW I sudah direalisasikan pada bulan Mei.", *T2, []),
    ("Kegiatan yang tertunda pada TW III telah dilaksanakan pada bulan Desember.", *T4, []),
    # ... but not in the quarter's first month, when the report before is written: the Triwulan III
    # report, written in October, may say so (a leftover as before narasi1; staff check the cell)
    ("Kegiatan yang tertunda pada TW III telah dilaksanakan pada bulan Oktober.", *T4, ["Triwulan III"]),
    ("Pelatihan desain kemasan (telah dilaksanakan di triwulan I dan triwulan II).", *T2, []),
    ("Target Triwulan IV sebesar 100% telah tercapai.", *T4, []),
    ("Capaian TW. II sebesar 51% dan TW. III sebesar 74%.", *T3, []),
    # leftovers: a plan for the report's own period, written before it
    ("Upaya yang akan dilakukan pada Triwulan II adalah mempercepat pelaksanaan kegiatan.", *T2, ["rencana untuk Triwulan II"]),
    ("Pada Triwulan IV akan dilakukan percepatan realisasi anggaran.", *T4, ["rencana untuk Triwulan IV"]),
    ("Pada Triwulan II akan dilaksanakan pelatihan pemasaran online.", *T2, ["rencana untuk Triwulan II"]),
    ("Kegiatan yang belum terlaksana akan dilaksanakan pada TW III.", *T3, ["rencana untuk Triwulan III"]),
    ("Rencana tindak lanjut pada Semester II: percepatan penyerapan anggaran dan pembinaan koperasi.", *S2, ["rencana untuk Semester II"]),
    ("Capaian semester ini sebesar 47% karena pelatihan baru akan dilaksanakan pada Semester II.", *S2, ["rencana untuk Semester II"]),
    ("Capaian s.d. Triwulan I sebesar 23%; pada Triwulan II akan dilakukan percepatan.", *T2, ["Triwulan I", "rencana untuk Triwulan II"]),
    # "perlu" marks no plan for the own period (the lead's decision 2, mend36g): still a leftover
    # for the earlier Triwulan III it names, no longer "rencana untuk Triwulan IV"
    ("Capaian kinerja sampai dengan Triwulan III Tahun 2025 sebesar 72%, sehingga pada Triwulan IV perlu percepatan.", *T4, ["Triwulan III"]),
    # leftovers: another quarter's figures or title, dotted and abbreviated
    ("Capaian Triwulan I sebesar 25% karena sebagian besar kegiatan baru dimulai.", *T2, ["Triwulan I"]),
    ("Capaian kinerja TW.I secara umum masih rendah.", *T2, ["Triwulan I"]),
    ("Realisasi anggaran s.d. Tw III sebesar 68,4%.", *T4, ["Triwulan III"]),
    ("Realisasi fisik s.d. TW-2 mencapai 60%.", *T3, ["Triwulan II"]),
    ("Dengan demikian, capaian kinerja Dinas sampai dengan TW 1 tergolong sangat rendah.", *T2, ["Triwulan I"]),
    ("Laporan Kinerja triw. II ini disusun sebagai pertanggungjawaban Dinas.", *T3, ["Triwulan II"]),
    ("Hal ini belum tercapai karena pelatihan akan dilaksanakan pada Triwulan II.", *T3, ["Triwulan II"]),
    ("Laporan Kinerja Semester I Tahun 2025 ini memuat capaian kinerja selama Januari – Juni.", *S2, ["Semester I", "Januari – Juni"]),
    ("Sampai dengan Semester I Tahun 2025 capaian kinerja sebesar 51%.", *S2, ["Semester I"]),
    # written after the rules above, read without changing them but for one: a plan for another year
    ("Apabila dibandingkan dengan Triwulan II, realisasi anggaran pada periode ini naik 23,4%.", *T3, []),
    ("Capaian indikator ini turun dari 80% pada TW II menjadi 75%.", *T3, []),
    ("Penyaluran bantuan permodalan direncanakan pada Triwulan IV Tahun 2025.", *T3, []),
    ("Pembinaan koperasi akan dilanjutkan pada Triwulan I Tahun 2026.", *T4, []),
    ("Rapat koordinasi yang tertunda pada Triwulan I sudah dilaksanakan pada tanggal 12 Mei 2025.", *T2, []),
    ("Kegiatan bimtek yang direncanakan pada TW III telah dilaksanakan seluruhnya.", *T3, []),
    ("Target Triwulan III belum tercapai karena sebagian kegiatan baru dilaksanakan pada Triwulan IV.", *T3, []),
    ("Langkah yang akan ditempuh pada Triwulan III adalah koordinasi dengan DPMPTSP.", *T3, ["rencana untuk Triwulan III"]),
    ("Pada TW II akan dilaksanakan pameran produk UMKM di alun-alun.", *T2, ["rencana untuk Triwulan II"]),
    ("Dalam Semester II akan dilakukan pembinaan koperasi secara intensif.", *S2, ["rencana untuk Semester II"]),
    ("Capaian Tw I sebesar 18,5% masih tergolong sangat rendah.", *T2, ["Triwulan I"]),
    # (pinned ["Triwulan II"] until mend36a: a comparison with an earlier quarter, the lead's decision 3)
    ("Dibandingkan dengan capaian Triwulan II, capaian meningkat 10%.", *T4, []),
    ("Sampai dengan triw. III realisasi anggaran mencapai 64%.", *T4, ["Triwulan III"]),
    ("Pada triwulan II direncanakan pelatihan bagi 50 pelaku UMKM.", *T2, ["rencana untuk Triwulan II"]),
]  # fmt: skip


@pytest.mark.parametrize(("teks", "triwulan", "semester", "named"), TABLE)
def test_a_careful_readers_verdict(teks, triwulan, semester, named):
    assert triwulan_lain(teks, triwulan, False, semester, 2025) == named


def tindak_lanjut(tw: int, teks: str):
    """A Tindak Lanjut cell ``teks`` in a Triwulan ``tw`` report: its Narasi (the peringatan) and the
    Word report's paragraphs of the section."""
    docx = pytest.importorskip("docx")
    from lkj_xl.core.model import Cell
    from lkj_xl.core.narasi import parse_narasi
    from lkj_xl.laporan import word
    from lkj_xl.laporan.document import _Draft
    from tests.helpers_staff import report_with_pengaturan
    from tests.test_staff_round5 import BASE

    report = report_with_pengaturan([*BASE, ["Triwulan", tw]])
    rows = [[Cell("Bagian"), Cell("Teks")], [Cell("Tindak Lanjut"), Cell(teks)]]
    narasi = parse_narasi(rows, settings=report.settings)
    d = _Draft(docx.Document(), report, narasi, {})
    word.ensure_styles(d.doc)
    d.text(narasi.get("Tindak Lanjut"), "Tindak Lanjut")
    return narasi, [p.text for p in d.doc.paragraphs]


def test_a_plan_for_the_reports_own_quarter_reads_as_a_plan_in_the_peringatan_and_in_word():
    """A Tindak Lanjut cell left from the Triwulan III workbook in the Triwulan IV one: the peringatan
    at its cell and the Word placeholder under it say it plans for the quarter being reported (one
    verdict for both)."""
    teks = "Pada Triwulan IV akan dilakukan percepatan realisasi anggaran."
    narasi, texts = tindak_lanjut(4, teks)
    # (mend36a, the lead's decision 4: the message says why a plan for the quarter is wrong)
    uraian = (
        # mend36e, the lead's decision 6: "(akan ...)" dropped (a plan may read "direncanakan")
        "masih menyebut rencana untuk Triwulan IV, padahal laporan ini melaporkan hasil "
        "Triwulan IV Tahun 2025 yang sudah berakhir"
    )
    assert [(f.sel, f.pesan) for f in narasi.findings] == [
        (
            "B2",
            f'Teks Bagian "Tindak Lanjut" {uraian} (Pengaturan, Triwulan): perbarui teksnya untuk triwulan ini',
        )
    ]
    assert texts[0] == teks
    assert f"teks ini {uraian};" in texts[1]
