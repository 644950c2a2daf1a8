"""The leftover-period check after narasi51 (tests/test_narasi_periode_lain*.py give the rules before):

1. a month's name that is a person's ("Ibu Mei", "Pak Jun", "Mar'atus Sholihah") is no month: a month
   needs a context (a preposition or "bulan" right before it, a day, a year after it), else a person
   named "telah ... oleh Ibu Mei" made the sentence's stale Triwulan I look like a month of the
   reported quarter told as done (silently quiet);
2. in Triwulan I, an Upaya / Tindak Lanjut naming a later quarter of the year is a plan, as from
   Triwulan II on (analisis_periode; revnarasi50);
3. an earlier quarter of the year named only as the time of an event or a cause ("keterlambatan
   pencairan pada triwulan I" in Triwulan III) is history; the earlier report's sentence still is a
   leftover: its capaian or realisasi ("Capaian Triwulan I ..."), a figure on it ("... pada Triwulan I
   sebesar 25%"), its cut-off ("s.d. Triwulan II"), its title ("Laporan Kinerja Triwulan I ini"), and
   "triwulan ini (Triwulan I)", the earlier quarter called this one.

Reports: T1..T4 Triwulan, S1/S2 Semester, Y the year's report of 2025 (tests/test_mend36e.py's codes). A
month's quarter is (month + 2) // 3: Mei (5) and Juni (6) are Triwulan II's; Juli (7) Triwulan III's.
"""

from __future__ import annotations

import pytest

from tests.test_analisis_periode_lain import _menyebut, _report, _said
from tests.test_mend36e import _lain

# --- 1. a month's name as a person's ------------------------------------------------------------------

NAMES = [
    # Triwulan I's figure in Triwulan II: the leftover; "Ibu Mei" is who gave the support, no month of
    # Triwulan II told as done (was: quiet, Mei read as the month 5 of the reported quarter)
    ("Capaian Triwulan I sebesar 25%, pendampingan telah dilakukan oleh Ibu Mei.", "T2", ["Triwulan I"]),
    ("Capaian Triwulan I sebesar 25% dan pelatihan sudah diberikan kepada Ibu Juni.", "T2", ["Triwulan I"]),
    ("Realisasi triwulan I sebesar 18%; verifikasi telah dilakukan bersama Mei Rahayu, S.E.", "T2", ["Triwulan I"]),
    # a plan for the reported Triwulan II; "pada Juli Astuti" is the person it is given to, not the later
    # month Juli (7) the plan was moved to (was: quiet)
    ("Pada Triwulan II akan diserahkan bantuan pada Juli Astuti selaku ketua koperasi.", "T2", ["rencana untuk Triwulan II"]),
    # a later quarter planned for, with a title's dot and a name between: no sentence ends at "Sdri."
    # (was: Triwulan IV)
    ("Pelatihan akan dilaksanakan bersama Sdri. Mar'atus Sholihah pada Triwulan IV.", "T3", []),
    ("Pendampingan akan dilakukan oleh Bpk. Jun Hariyanto di Triwulan IV.", "T3", []),
]  # fmt: skip

# the month with its context is still a month (as before)
MONTHS = [
    # "pada bulan Mei": a month of Triwulan II told as done; its sentence's Triwulan I is history (mend36a)
    ("Capaian Triwulan I sebesar 25%, pendampingan telah dilakukan pada bulan Mei.", "T2", []),
    ("Capaian Triwulan I sebesar 25%, pendampingan telah dilakukan pada Mei 2025.", "T2", []),
    # Mei (5) ended before Triwulan III: a plan dated by it is stale, a title or "bulan" before it or not
    ("Pelatihan akan dilaksanakan pada tanggal 12 Mei 2025.", "T3", ["rencana untuk bulan Mei 2025"]),
    # an abbreviation alone is no month: "Pak Des", "pada Des" (revnarasi3's rule)
    ("Verifikasi data akan dilakukan oleh Pak Des.", "T4", []),
    ("Pendampingan akan dilakukan pada Des.", "T4", []),
]  # fmt: skip


@pytest.mark.parametrize(("teks", "kode", "named"), [*NAMES, *MONTHS])
def test_a_month_needs_its_context_a_person_is_no_month(teks, kode, named):
    assert _lain(teks, kode, 2025) == named


# --- 2. Triwulan I: an effort or a follow-up for a later quarter --------------------------------------

QUIET_TW1 = [
    # an effort for a later quarter of the year, as from Triwulan II on (was: "menyebut Triwulan II")
    ("Upaya / Solusi", "Percepatan realisasi anggaran pada TW II."),
    ("Upaya / Solusi", "1. Koordinasi dengan BPKAD agar pencairan dapat dilakukan pada triwulan II\n2. Pendampingan koperasi secara berkelanjutan"),
    ("Upaya / Solusi", "Percepatan pelaksanaan kegiatan pada triwulan II dan III"),
    ("Upaya / Solusi", "Mengusulkan penambahan anggaran pada Triwulan III melalui APBD Perubahan."),
    ("Tindak Lanjut", "Pelatihan kewirausahaan bagi 30 pelaku IKM akan dilaksanakan pada TW II."),
]  # fmt: skip

LEFTOVER_TW1 = [
    # a later quarter's figure is no plan: the Triwulan IV 2024 workbook's (as in Faktor Pendukung)
    ("Upaya / Solusi", "Capaian Triwulan IV sebesar 97% perlu dipertahankan.", "Triwulan IV"),
    # in Faktor Penghambat a later quarter stays read as the Narasi reads it (test_analisis_periode_lain)
    ("Faktor Penghambat", "Pencairan anggaran dilakukan pada triwulan IV", "Triwulan IV"),
]  # fmt: skip


@pytest.mark.parametrize(("column", "teks"), QUIET_TW1)
def test_in_triwulan_i_an_effort_for_a_later_quarter_is_a_plan(column, teks):
    assert _said(_report(1, column, teks)) == []


@pytest.mark.parametrize(("column", "teks", "named"), LEFTOVER_TW1)
def test_in_triwulan_i_a_later_quarters_figure_is_still_a_leftover(column, teks, named):
    cell = {"Upaya / Solusi": "E2", "Faktor Penghambat": "D2"}[column]
    assert _said(_report(1, column, teks)) == [(cell, _menyebut(column, named, 1))]


# --- 3. an earlier quarter: a cause told, or the earlier report's sentence ---------------------------

CAUSES = [
    ("Keterlambatan pencairan pada triwulan I.", "T3"),
    ("Keterlambatan pencairan anggaran pada triwulan I menyebabkan kegiatan fisik tertunda.", "T3"),
    ("Capaian rendah karena keterlambatan pencairan pada triwulan I.", "T3"),
    ("Kendala yang dihadapi pada triwulan I dan II berupa keterbatasan anggaran.", "T3"),
    ("Pelatihan telah dilaksanakan oleh Pak Jun pada Triwulan II.", "T4"),
    ("Kendala pada triwulan I berupa keterlambatan penetapan DPA.", "Y"),
    ("Keterlambatan pencairan dana pada triwulan I menjadi kendala utama.", "S2"),
    # tests/test_mend35g.py's, pinned there as leftovers by the older whole-cell rule
    ("Realisasi anggaran atas kegiatan Triwulan I telah dipertanggungjawabkan.", "T2"),
    ("Sisa anggaran atas pelaksanaan Triwulan I dialihkan ke kegiatan pelatihan.", "T2"),
    ("Keterlambatan atas pencairan dana Triwulan I berdampak pada capaian.", "T2"),
    # "baru" is "only then", no plan's word here
    ("Keterlambatan pencairan pada triwulan I baru dapat diatasi setelah DPA Perubahan ditetapkan.", "T3"),
]  # fmt: skip

COPIES = [
    # the earlier quarter called this one (was: quiet)
    ("Capaian pada triwulan ini (Triwulan I) sebesar 25%.", "T3", ["Triwulan I"]),
    ("Realisasi s.d. triwulan ini (TW II) sebesar 40%.", "T3", ["Triwulan II"]),
    ("Capaian pada semester ini (Semester I) sebesar 48%.", "S2", ["Semester I"]),
    # its capaian, a figure on it, its cut-off, its title (as before)
    ("Capaian Triwulan II belum optimal karena keterlambatan pencairan.", "T3", ["Triwulan II"]),
    ("Pada triwulan II capaian kinerja masih rendah.", "T3", ["Triwulan II"]),
    ("Kegiatan pada Triwulan I sebesar 25% dari target.", "T2", ["Triwulan I"]),
    ("Realisasi anggaran s.d. Triwulan II sebesar 36%.", "T3", ["Triwulan II"]),
    ("Laporan Kinerja Triwulan I ini disusun sebagai bentuk pertanggungjawaban.", "T3", ["Triwulan I"]),
    ("Capaian kinerja telah mencapai 25% pada Triwulan I.", "T2", ["Triwulan I"]),
    ("Seluruh indikator sasaran telah tercapai pada triwulan I.", "T2", ["Triwulan I"]),
    # another year's quarter: as before
    ("Keterlambatan pencairan pada triwulan I tahun 2024.", "T3", ["Triwulan I"]),
]  # fmt: skip


@pytest.mark.parametrize(("teks", "kode"), CAUSES)
def test_an_earlier_quarter_told_as_a_cause_is_history(teks, kode):
    assert _lain(teks, kode, 2025) == []


@pytest.mark.parametrize(("teks", "kode", "named"), COPIES)
def test_the_earlier_reports_sentence_is_still_a_leftover(teks, kode, named):
    assert _lain(teks, kode, 2025) == named


def test_a_cause_in_faktor_penghambat_gets_no_peringatan():
    teks = "1. Keterlambatan pencairan anggaran pada triwulan I\n2. Keterbatasan tenaga pendamping koperasi"
    assert _said(_report(3, "Faktor Penghambat", teks)) == []


# --- paragraphs as a Dinas writes them (Triwulan II, III, IV of 2025) --------------------------------
# (report, paragraph, the periods named: read off each by hand; [] for an honest paragraph)
PARAGRAPHS = [
    # --- Triwulan II (April - Juni)
    ("T2", "Capaian indikator Persentase koperasi sehat pada triwulan II sebesar 68% atau tergolong sedang. Pendampingan RAT bagi 45 koperasi telah dilaksanakan pada bulan Mei 2025 oleh Ibu Mei Rahayu, S.E. selaku Kepala Bidang Koperasi. Pelatihan lanjutan akan dilaksanakan pada bulan Agustus 2025.", []),
    ("T2", "Keterlambatan pencairan anggaran pada triwulan I menyebabkan pelaksanaan Sub Kegiatan 2.17.03.1.01 Fasilitasi Pemenuhan Kelengkapan Usaha tertunda. Koordinasi dengan BPKAD telah dilakukan oleh Pak Jun Hariyanto.", []),
    # the Triwulan I report's cut-off and figure
    ("T2", "Realisasi anggaran s.d. Triwulan I sebesar Rp 1.245.600.000 atau 8,9% dari pagu. Rendahnya realisasi disebabkan proses lelang yang baru selesai pada akhir bulan Maret 2025.", ["Triwulan I"]),
    # the Triwulan I report's plan for Triwulan II, now reported (revB's shape)
    ("T2", "Upaya yang akan dilakukan pada Triwulan II adalah percepatan pengadaan barang dan jasa melalui e-katalog serta pendampingan bagi 30 pelaku IKM bersama Sdri. Mar'atus Sholihah.", ["rencana untuk Triwulan II"]),
    ("T2", "Program 3.31.02 Peningkatan Daya Saing UMKM mencatat 120 pelaku usaha terdaftar dalam aplikasi SI DILAN. Pelatihan digital marketing angkatan 2 dijadwalkan pada bulan Juli 2025 di Aula Dinas, dengan narasumber Bapak Agus Salim.", []),
    # the Triwulan I report's capaian (its comparison with last year's Triwulan IV is one)
    ("T2", "Dibandingkan dengan triwulan IV tahun 2024, capaian pada triwulan I mengalami penurunan karena sebagian koperasi belum melaksanakan RAT.", ["Triwulan I"]),
    ("T2", "Kendala pada triwulan I berupa belum ditetapkannya petunjuk teknis DAK Non Fisik Tahun 2025, sehingga pelatihan bagi 25 IKM dilaksanakan pada triwulan II.", []),
    # --- Triwulan III (Juli - September)
    ("T3", "Sampai dengan triwulan III, realisasi fisik Sub Kegiatan 3.30.02.2.01 mencapai 72%. Pameran produk unggulan Lumajang Expo 2025 telah diselenggarakan pada tanggal 14 s.d. 17 Agustus 2025 dan dibuka oleh Bupati Lumajang.", []),
    ("T3", "Rendahnya capaian disebabkan keterlambatan pencairan DAK pada triwulan II. Untuk mengatasinya, Bidang Perdagangan akan melaksanakan pasar murah di 21 kecamatan pada bulan Oktober dan November 2025 bersama Ibu Juni Astuti dari Disperindag Provinsi.", []),
    # the Triwulan II report's figure, and its plan for Triwulan III (mend36g's shape)
    ("T3", "Capaian kinerja Triwulan II sebesar 48% tergolong rendah. Pada Triwulan III akan dilakukan percepatan pelaksanaan kegiatan fisik.", ["Triwulan II", "rencana untuk Triwulan III"]),
    ("T3", "Pada bulan Juli 2025 telah dilaksanakan rapat koordinasi yang dipimpin oleh Kepala Dinas, Bapak Drs. Mei Hartono, M.Si., dan hasilnya akan menjadi dasar percepatan kegiatan di Triwulan IV.", []),
    # a plan dated by Agustus (8), a month Triwulan III has covered
    ("T3", "Pelatihan kemasan produk bagi 40 IKM binaan Program 2.17.03 akan dilaksanakan pada bulan Agustus 2025 di Hotel Aston Jember.", ["rencana untuk bulan Agustus 2025"]),
    ("T3", "Fasilitasi sertifikasi halal telah diberikan kepada 50 IKM oleh Pak Des Prasetyo pada triwulan II, dan sisanya sebanyak 30 IKM akan difasilitasi pada Triwulan IV.", []),
    ("T3", "Laporan Kinerja Triwulan II Tahun 2025 ini disusun sebagai bentuk pertanggungjawaban Kepala Dinas Koperasi, UKM, Perindustrian dan Perdagangan.", ["Triwulan II"]),
    # --- Triwulan IV (Oktober - Desember)
    ("T4", "Sampai dengan 31 Desember 2025, realisasi anggaran Program 2.17.02 Pengawasan dan Pemeriksaan Koperasi mencapai Rp 412.350.000 atau 94,2%. Kegiatan yang tertunda karena efisiensi anggaran pada triwulan III telah dilaksanakan pada bulan November 2025 di Kec. Pasirian.", []),
    ("T4", "Keterlambatan penetapan APBD Perubahan pada triwulan III menyebabkan pengadaan etalase bagi 15 pelaku UMKM bergeser. Pengadaan tersebut telah selesai dan diserahkan kepada Ibu Mei Lestari selaku ketua paguyuban pada tanggal 10 Desember 2025.", []),
    # the Triwulan III report's cut-off and its plan for Triwulan IV
    ("T4", "Capaian s.d. Triwulan III sebesar 74% tergolong tinggi. Pada Triwulan IV akan dilakukan percepatan pelaksanaan Sub Kegiatan 3.31.01.1.04 Pelatihan Kewirausahaan.", ["Triwulan III", "rencana untuk Triwulan IV"]),
    ("T4", "Dibandingkan dengan capaian triwulan III sebesar 74%, capaian pada triwulan IV naik menjadi 97%. Pelatihan lanjutan bagi 60 pelaku usaha akan dilaksanakan pada triwulan I tahun 2026 dengan narasumber Bapak Agus Wibowo.", []),
    # a plan dated by Desember (12), the report's last month: written before it
    ("T4", "Pasar murah dalam rangka menyambut Natal dan Tahun Baru akan digelar pada bulan Desember 2025 di 5 titik, dikoordinasikan oleh Pak Jun.", ["rencana untuk bulan Desember 2025"]),
    ("T4", "Pembinaan koperasi di Desa Sumbersari dan Desa Tempursari telah dilaksanakan oleh Ibu Des Wulandari pada triwulan II dan triwulan III, sehingga seluruh koperasi aktif telah melaksanakan RAT Tahun Buku 2024.", []),
    ("T4", "Demikian Laporan Kinerja Triwulan III Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Lumajang ini kami susun.", ["Triwulan III"]),
]  # fmt: skip


@pytest.mark.parametrize(("kode", "teks", "named"), PARAGRAPHS)
def test_a_dinas_paragraph_is_named_only_for_its_real_leftovers(kode, teks, named):
    assert _lain(teks, kode, 2025) == named


# --- what stays read as before -------------------------------------------------------------------------
AS_BEFORE = [
    # the year's report: a text saying "triwulan ini" was written for a quarterly report (mend35k)
    ("Realisasi anggaran triwulan ini mencapai Rp 1.250.000.000 atau 45,2%, lebih tinggi dibandingkan Triwulan I yang hanya 18,7%.", "Y", ["Triwulan I"]),
    ("Kendala pada triwulan II berupa keterlambatan pencairan anggaran telah diatasi pada triwulan ini.", "Y", ["Triwulan II"]),
    # a plan under its header's colon: the Triwulan III report's (Tw 3 ended before Triwulan IV)
    ("Rencana tindak lanjut: melaksanakan monitoring pasar pada Tw 3.", "T4", ["Triwulan III"]),
    # a figure after "yang": the earlier quarter's
    ("Pelatihan pada Triwulan II yang hanya diikuti 20% peserta.", "T3", ["Triwulan II"]),
]  # fmt: skip


@pytest.mark.parametrize(("teks", "kode", "named"), AS_BEFORE)
def test_a_quarterly_text_a_plan_or_a_figure_is_read_as_before(teks, kode, named):
    assert _lain(teks, kode, 2025) == named


def test_an_effort_for_an_earlier_quarter_is_stale_a_cause_then_is_not():
    """Upaya / Solusi and Tindak Lanjut tell what is still to be done: an earlier quarter there is a plan's
    time that has passed (Triwulan II ended before Triwulan IV); in Faktor Penghambat it is a cause's."""
    upaya = "Melaksanakan monitoring pasar pada triwulan II"
    assert _said(_report(4, "Upaya / Solusi", upaya)) == [
        ("E2", _menyebut("Upaya / Solusi", "Triwulan II", 4))
    ]
    assert _said(_report(4, "Tindak Lanjut", upaya)) == [("F2", _menyebut("Tindak Lanjut", "Triwulan II", 4))]
    assert _said(_report(4, "Faktor Penghambat", "Keterlambatan pencairan pada triwulan II")) == []
