"""Second review of the Narasi leftover check after narasi2 and revnarasi2 (tests/test_narasi_periode_lain.py,
tests/test_narasi_periode_lain_review.py): new sentences, none a variant of theirs.

Staff copy last period's texts into this period's workbook; the check names the stale sentences (a
peringatan, and "[isi: ...]" under the paragraph in Word) and stays quiet on honest ones. Written as a
Kasubag Perencanaan writes the seed report (/work/shared/seeds/000_237f033edcd5cb60.txt: its Kata
Pengantar's "sehingga Laporan Kinerja (LKj) Triwulan II Dinas ... Tahun Anggaran 2025 dapat diselesaikan
dengan baik", its Pendahuluan's "... Triwulan II Tahun 2025 ini juga sekaligus menjadi sarana evaluasi
kinerja selama periode bulan April – Juni 2025", its "(telah dilaksanakan di triwulan II)"), for every
report: long sentences, lists, several periods, lowercase ("tw 3", "triwulan iii", "agustus"),
abbreviated and English months ("Agt", "Sept", "Des.", "August"), "tgl". Each row gives the reason of
its verdict; "(was: ...)" marks the verdicts the check gave before this change (each mended here).

Also measured: every sentence of the seed report (428, its tables left out; a line wrapped in the PDF
joined to its paragraph) through the check for each report (T1-T4, S1, S2, Y of 2025), each peringatan
read: in Triwulan II, the seed's own report, one (QUIET_NOT_MENDED, mended by narasi50); in the others each names the seed's
Triwulan II (or its "April – Juni", or its plan for Triwulan III) rightly, 3 to 15 sentences a report.

Reports: T1..T4 Triwulan, S1/S2 Semester, Y the year's report (tests/test_mend36e.py's codes); the
periods expected are read off each sentence by hand: a month's quarter is (month + 2) // 3 (Agustus, 8:
Triwulan III; Juni, 6: Semester I's last), Semester II's quarters are III and IV, the year's report
covers Januari – Desember; a range is named by its first and last month.
"""

from __future__ import annotations

import pytest

from tests.test_mend36e import _lain

# honest: no peringatan, no placeholder (text, report, its year, reason)
QUIET = [
    # --- months: later, done, turned, old spellings and abbreviations
    ("Pelatihan kewirausahaan bagi 30 pelaku IKM akan dilaksanakan pada bulan Nopember 2025.", "T3", 2025, "Nopember (11) is after Triwulan III"),
    ("Bimtek pengemasan produk telah dilaksanakan pada tanggal 12 Agustus 2025 di Aula Dinas.", "T3", 2025, "done on a day"),
    ("Operasi pasar akan dilaksanakan pada bulan Oktober s.d. Desember 2025 di 21 kecamatan.", "T3", 2025, "a range wholly after Triwulan III"),
    ("Rapat evaluasi kinerja triwulan III akan dilaksanakan pada tanggal 14 Oktober 2025.", "T3", 2025, "the own quarter's evaluation on a later day"),
    ("Sesuai jadwal, pasar murah akan digelar pada minggu ketiga bulan Desember 2025 menjelang Natal.", "T3", 2025, "a later month"),
    ("1) Pelatihan barista telah dilaksanakan pada bulan Juli 2025; 2) Pelatihan menjahit telah dilaksanakan pada bulan Agustus 2025; 3) Pelatihan kuliner akan dilaksanakan pada bulan Oktober 2025.", "T3", 2025, "a list: two done, one later"),
    ("Pameran Inacraft yang sedianya akan diikuti pada bulan Agustus 2025 batal karena keterbatasan anggaran.", "T3", 2025, "a past plan cancelled"),
    ("Data realisasi investasi Triwulan III akan dirilis DPMPTSP Provinsi Jawa Timur pada pertengahan bulan Oktober 2025.", "T3", 2025, "data still to come"),
    ("Pasar murah telah digelar pada bulan Maret 2025 menjelang Ramadhan, dan akan kembali digelar pada bulan Desember 2025 menjelang Natal.", "T3", 2025, "done earlier, planned later"),
    ("Fasilitasi sertifikasi halal akan dilaksanakan pada agustus 2025.", "T2", 2025, "lowercase month after Triwulan II"),
    ("Sampai dengan bulan September 2025, realisasi anggaran mencapai 68%.", "T3", 2025, "the own period's figure"),
    ("Kegiatan monitoring harga bahan pokok dilaksanakan setiap minggu pada bulan Juli s.d. September 2025.", "T3", 2025, "the own months, no plan word"),
    ("Target Triwulan IV sebesar 100% diharapkan dapat tercapai melalui percepatan kegiatan pada bulan Oktober dan November 2025.", "T3", 2025, "a later quarter's target and months"),
    ("Kegiatan yang belum terlaksana pada tahun 2025 akan dilaksanakan pada bulan Maret 2026.", "Y", 2025, "next year's month"),
    ("Pelatihan kemasan produk telah dilaksanakan pada bulan Juli 2025, sedangkan pameran akan diikuti pada bulan Oktober 2025.", "T3", 2025, "done, and a later month"),
    ("Penyaluran bantuan sarana usaha akan dilaksanakan pada bulan September 2025, namun tertunda karena proses verifikasi penerima.", "T3", 2025, "the plan turned"),
    ("Kegiatan sosialisasi akan dilaksanakan di Des. Kedungjajang pada bulan Oktober 2025.", "T3", 2025, "'Des.' is Desa here, no year after it"),
    ("Pendampingan dilaksanakan oleh Ibu Des Susanti selaku fasilitator.", "T4", 2025, "'Des' is a name, no month"),
    ("Data diserahkan pada Jun Hartono, staf Bidang Perdagangan.", "T2", 2025, "'Jun' is a name, no month"),
    ("Pelatihan lanjutan akan dilaksanakan pada Okt 2025.", "T3", 2025, "'Okt' is after Triwulan III"),
    ("Operasi pasar akan dilaksanakan pada bulan Nop 2025.", "T3", 2025, "'Nop' is after Triwulan III"),
    ("Pameran akan digelar pada Des. 2025 di GOR Wira Bhakti.", "T3", 2025, "'Des.' is after Triwulan III"),
    ("Pelatihan telah dilaksanakan pada Agt 2025 bagi 30 peserta.", "T3", 2025, "done"),
    ("Pameran dagang akan diikuti pada bulan Sept 2025.", "T2", 2025, "'Sept' is after Triwulan II"),
    ("Sosialisasi akan dilaksanakan pada May 2026.", "Y", 2025, "next year's month, in English"),
    ("Rapat koordinasi akan dilaksanakan pada tgl 15 Oktober 2025.", "T3", 2025, "'tgl': a later day"),
    ("Pelatihan telah dilaksanakan pada tgl 12 Agustus 2025.", "T3", 2025, "done on a day"),
    ("Realisasi triwulan III akan dirilis pada tgl 10 Oktober 2025.", "T3", 2025, "data still to come"),
    ("Kegiatan pasar murah yang direncanakan pada bulan Agustus 2025 telah terlaksana di 5 kecamatan, sedangkan di 16 kecamatan lainnya akan dilaksanakan pada bulan Oktober dan November 2025.", "T3", 2025, "a past plan done, the rest later"),
    # --- titles of the own year, regulations' years, last year's report named
    ("Laporan Kinerja Semester II Tahun 2025 ini disusun berdasarkan Perjanjian Kinerja Tahun 2025.", "S2", 2025, "the own title"),
    ("LKjIP Tahun 2025 ini disusun sebagai bentuk pertanggungjawaban Kepala Dinas atas pelaksanaan Renstra 2021-2026.", "Y", 2025, "the own title"),
    ("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, sehingga Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Lumajang Tahun 2025 dapat tersusun dengan baik.", "Y", 2025, "the own Kata Pengantar"),
    ("Sebagai pembanding, LKjIP Tahun 2024 memuat 12 indikator kinerja utama.", "Y", 2025, "last year's report cited, no 'ini'"),
    ("Demikian Laporan Kinerja Triwulan III Tahun 2025 ini kami susun, semoga bermanfaat bagi semua pihak.", "T3", 2025, "the own Penutup"),
    ("Laporan Kinerja Triwulan IV ini disusun berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP.", "T4", 2025, "a regulation's year"),
    ("Penyusunan LKjIP ini berpedoman pada Permenpan RB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja.", "Y", 2025, "a regulation's year"),
    ("Sesuai Permenpan RB Nomor 53 Tahun 2014, Laporan Kinerja Tahun 2025 ini disusun oleh setiap perangkat daerah.", "Y", 2025, "a regulation's year, the own title"),
    ("Puji syukur kami panjatkan, sehingga Laporan Kinerja Semester I Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Tahun Anggaran 2025 dapat diselesaikan tepat waktu.", "S1", 2025, "the own Kata Pengantar"),
    ("Laporan Kinerja Triwulan III Tahun 2025 ini juga sekaligus menjadi sarana evaluasi kinerja selama periode bulan Juli – September 2025.", "T3", 2025, "the seed's Pendahuluan, own period"),
    ("Secara keseluruhan, capaian kinerja Dinas pada Tahun 2025 tergolong tinggi dengan rata-rata 92%, meningkat dibanding Tahun 2024 sebesar 85%.", "Y", 2025, "the own year compared"),
    ("Laporan Kinerja Tahun 2024 ini menjadi acuan untuk penyusunan target tahun 2025.", "Y", 2025, "last year's report used"),
    ("Laporan Kinerja Tahun 2024 ini digunakan untuk menjadi dasar penyusunan target.", "Y", 2025, "last year's report used"),
    ("Hasil reviu Inspektorat atas LKjIP Tahun 2024 ini menjadi dasar perbaikan.", "Y", 2025, "last year's report reviewed"),
    ("LKjIP Tahun 2025 ini disusun untuk menjadi bahan evaluasi pimpinan.", "Y", 2025, "the own title's purpose"),
    ("Demikian Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Lumajang Tahun 2025 ini kami susun, semoga dapat menjadi bahan evaluasi dan perbaikan kinerja di tahun 2026.", "Y", 2025, "the own Penutup"),
    # --- Semester I in Semester II
    ("Capaian Semester I sebesar 48%, dan hingga akhir Desember 2025 capaian kinerja menjadi 96%.", "S2", 2025, "compared with the year's end (was: Semester I)"),
    ("Realisasi anggaran Semester I sebesar 36% masih rendah, namun pada Semester II serapan anggaran meningkat signifikan.", "S2", 2025, "the own half named"),
    ("Capaian kinerja semester I tahun 2024 sebesar 45% menjadi pembanding capaian tahun ini.", "S2", 2025, "last year's half"),
    ("Realisasi fisik semester I mencapai 52% dan meningkat menjadi 97% pada akhir tahun anggaran 2025.", "S2", 2025, "compared with the year's end (was: Semester I)"),
    ("Capaian Semester I sebesar 48% menunjukkan perlunya percepatan, yang kemudian dilakukan pada triwulan III dan IV sehingga capaian akhir tahun menjadi 95%.", "S2", 2025, "the own quarters named"),
    ("Realisasi Semester I tercatat 36%, sedangkan realisasi Semester II tercatat 58%.", "S2", 2025, "the own half named"),
    ("Capaian kinerja Semester I masih rendah, namun pada semester ini meningkat menjadi 92%.", "S2", 2025, "'semester ini'"),
    ("Realisasi anggaran semester I 36% dan hingga 31 Desember 2025 menjadi 94%.", "S2", 2025, "compared with the year's end"),
    ("Capaian Semester I Tahun 2024 hanya 40% dan meningkat pada tahun ini.", "S2", 2025, "last year's half"),
    ("Realisasi Semester I dan Semester II masing-masing sebesar 36% dan 58%.", "S2", 2025, "both halves"),
    # --- done in an earlier quarter
    ("Kegiatan fasilitasi HKI telah dilaksanakan pada triwulan ii sebanyak 15 sertifikat merek.", "T3", 2025, "done earlier, lowercase"),
    ("Sosialisasi perlindungan konsumen sudah dilakukan di tw 1 dan tw 2 di 10 kecamatan.", "T3", 2025, "done earlier, 'tw 1 dan tw 2'"),
    ("Pendampingan penyusunan laporan keuangan koperasi telah diselenggarakan pada Triwulan I, II dan III.", "T4", 2025, "done in three earlier quarters"),
    ("Pelatihan telah dilaksanakan pada triwulan I, sedangkan evaluasi pasca pelatihan akan dilaksanakan pada triwulan IV.", "T3", 2025, "done earlier, planned later"),
    ("Kegiatan yang tertunda di triwulan II telah diselesaikan seluruhnya pada triwulan III.", "T3", 2025, "the own quarter named"),
    ("Sesuai rencana aksi, fasilitasi sertifikasi halal telah dilaksanakan pada Triwulan I dan Triwulan II dengan realisasi 120 sertifikat.", "S2", 2025, "done in Semester I's quarters"),
    ("Seluruh rangkaian Lumajang Expo telah diselenggarakan di TW III dengan 120 tenant.", "Y", 2025, "done earlier in the year"),
    ("Pelatihan digital marketing sudah terlaksana pada triwulan pertama.", "T2", 2025, "'triwulan pertama'"),
    ("Bantuan sarana usaha telah disalurkan pada Triwulan II kepada 25 penerima dengan realisasi 100%.", "T3", 2025, "the activity's figure, not the quarter's (was: Triwulan II)"),
    ("Bimtek telah dilaksanakan pada Triwulan II di Aula Dinas dengan 40 peserta atau 100% dari target.", "T3", 2025, "the activity's figure, not the quarter's (was: Triwulan II)"),
    ("Fasilitasi sertifikasi halal telah diberikan pada Triwulan I kepada 50 IKM.", "T2", 2025, "done earlier"),
    ("Pendampingan koperasi telah dilaksanakan pada Triwulan IV dan akan dilanjutkan pada Triwulan I Tahun 2026.", "Y", 2025, "continued next year"),
    ("Pelatihan telah dilaksanakan pada Triwulan III dan akan dievaluasi dampaknya pada Triwulan I Tahun 2026.", "T4", 2025, "continued next year"),
    ("Kendala yang dihadapi pada triwulan II, yaitu keterlambatan pencairan anggaran, telah diatasi pada triwulan III melalui koordinasi dengan BPKAD.", "T3", 2025, "the own quarter named"),
    # --- joined plans and adjuncts
    ("Fasilitasi merek telah diberikan kepada 20 IKM dan akan diberikan kepada 30 IKM lainnya pada triwulan IV.", "T3", 2025, "the joined plan is later"),
    ("Pelatihan telah terlaksana 2 angkatan, dan kegiatan yang semula akan dilaksanakan pada Triwulan III dimundurkan ke Triwulan IV.", "T3", 2025, "a past plan moved"),
    ("Pembinaan telah dilakukan kepada 20 koperasi, sedangkan 15 koperasi lainnya akan dibina pada Triwulan IV.", "T3", 2025, "the joined plan is later"),
    ("Sebagian bantuan sudah disalurkan, sementara sisanya akan disalurkan pada triwulan I tahun 2026.", "T4", 2025, "the joined plan is next year"),
    ("Pada TW IV, sesuai arahan Kepala Dinas, akan dilakukan percepatan pencairan bantuan.", "T3", 2025, "a later quarter"),
    ("Pada triwulan iv, berdasarkan rapat koordinasi, akan dilaksanakan monev ke 40 koperasi.", "T3", 2025, "a later quarter, lowercase"),
    ("Pada Triwulan III, sesuai jadwal yang telah ditetapkan, pelatihan telah dilaksanakan bagi 40 peserta.", "T3", 2025, "done"),
    ("Sesuai jadwal, pada TW III telah dilaksanakan pameran di Surabaya dengan realisasi 100%.", "T3", 2025, "done"),
    ("Pada tw 3, sesuai jadwal, telah dilaksanakan bimtek bagi 25 koperasi.", "T3", 2025, "done, 'tw 3'"),
    ("Pada Semester II, sesuai jadwal, pembinaan koperasi telah dilaksanakan di 21 kecamatan.", "S2", 2025, "done"),
    ("Pada Triwulan III, mengingat keterbatasan anggaran, pelatihan hanya dapat dilaksanakan 1 angkatan.", "T3", 2025, "the period's state, no plan"),
    ("Pada Triwulan IV, sesuai dengan Rencana Aksi Tahun 2025, akan dilaksanakan pameran.", "T3", 2025, "a later quarter (was: Triwulan IV)"),
    ("Pada Semester II, seiring meningkatnya permintaan pasar, capaian penjualan IKM naik 15%.", "S2", 2025, "the period's state"),
    ("Pada tahun 2026 akan dilakukan pelatihan lanjutan bagi 50 IKM.", "T4", 2025, "next year"),
    ("Pengadaan etalase akan dilaksanakan di tw 4 karena menunggu P-APBD.", "T3", 2025, "a later quarter"),
    ("Pembangunan los pasar akan dilanjutkan pada Triwulan IV setelah proses lelang selesai.", "T3", 2025, "a later quarter with a condition"),
    ("Pelatihan akan dilaksanakan pada Triwulan III setelah DPA perubahan ditetapkan, dan telah terlaksana pada bulan September.", "T3", 2025, "the plan done"),
    # --- long sentences with several periods
    ("Berdasarkan hasil pengukuran kinerja s.d. Triwulan III Tahun 2025, dari 12 indikator terdapat 8 indikator dengan capaian ≥ 100%, sedangkan 4 indikator lainnya belum tercapai karena kegiatan pendukungnya akan dilaksanakan pada Triwulan IV, antara lain pameran produk unggulan dan fasilitasi sertifikasi halal.", "T3", 2025, "the own period, a later plan"),
    ("Dalam rangka meningkatkan kualitas koperasi, pada Triwulan II telah dilaksanakan pendampingan RAT bagi 45 koperasi, pada Triwulan III telah dilaksanakan pelatihan pengelolaan keuangan, dan pada Triwulan IV akan dilaksanakan penilaian kesehatan koperasi.", "T3", 2025, "done, done in the own quarter, later"),
    ("Realisasi anggaran s.d. triwulan iii sebesar Rp 9.125.400.000 atau 61,2% dari pagu, lebih tinggi dibandingkan realisasi s.d. triwulan ii yang sebesar 36%.", "T3", 2025, "the own figure compared"),
    ("Capaian indikator Persentase koperasi sehat pada tw 4 mencapai 105% sehingga tergolong sangat tinggi.", "T4", 2025, "the own quarter"),
    # --- the next year's Triwulan I, the document's chapters, dates that are no plan
    ("Laporan Kinerja Triwulan I Tahun 2026 ini disusun berdasarkan Perjanjian Kinerja Tahun 2026 yang ditandatangani pada bulan Februari 2026.", "T1", 2026, "the own title, a month told as done"),
    ("Pelaksanaan Musrenbang RKPD Tahun 2027 akan diikuti pada bulan Maret 2026.", "T4", 2025, "next year's month"),
    ("Capaian triwulan IV tahun 2025 sebesar 97% menjadi dasar penetapan target triwulan I tahun 2026.", "T1", 2026, "last year's quarter used, the own quarter named"),
    ("Pada bulan Januari 2026 telah dilaksanakan penandatanganan Perjanjian Kinerja, dan pada bulan April 2026 akan dilaksanakan pelatihan.", "T1", 2026, "done, and a later month"),
    ("Kegiatan pameran yang tertunda pada tahun 2025 akan dilaksanakan pada triwulan II tahun 2026.", "T1", 2026, "a later quarter"),
    ("Ikhtisar: dari 12 indikator kinerja utama, 9 indikator tercapai ≥ 100% pada akhir tahun 2025, sedangkan 3 indikator lainnya akan menjadi prioritas pada tahun 2026.", "Y", 2025, "the own year's end, next year"),
    ("Struktur organisasi Dinas ditetapkan dengan Peraturan Bupati Lumajang Nomor 80 Tahun 2021.", "Y", 2025, "a regulation's year"),
    ("Jumlah pegawai Dinas per 31 Desember 2025 sebanyak 84 orang, berkurang 2 orang karena pensiun pada bulan Oktober dan November 2025.", "Y", 2025, "the own months, no plan"),
    ("Isu strategis tahun 2025 antara lain rendahnya daya saing UMKM dan belum optimalnya pemanfaatan digital marketing.", "T2", 2025, "the own year"),
    ("Realisasi anggaran sampai dengan Desember 2025 sebesar Rp 14.210.350.000 atau 93,4%.", "Y", 2025, "the own period by its month"),
    ("Sosialisasi akan dilaksanakan pada bulan sept 2025.", "T2", 2025, "lowercase 'sept' after Triwulan II"),
    ("Pelatihan akan dilaksanakan pada akhir Sept 2025 atau awal Okt 2025.", "T2", 2025, "later months, abbreviated"),
    ("Pelatihan telah dilaksanakan sesuai rencana pada Triwulan I dan Triwulan II.", "T3", 2025, "done earlier"),
    ("Kegiatan fasilitasi HKI sudah selesai dilaksanakan di TW II.", "T3", 2025, "done earlier"),
    # --- Triwulan I, Semester I, Triwulan IV and the year's report
    ("Realisasi anggaran triwulan I masih rendah karena proses pengadaan barang dan jasa baru akan dimulai pada bulan April 2025.", "T1", 2025, "a later month"),
    ("Pada triwulan I, sesuai jadwal, telah dilaksanakan Rapat Anggota Tahunan oleh 35 koperasi.", "T1", 2025, "done"),
    ("Penyusunan LKjIP Tahun 2024 telah selesai dan disampaikan kepada Bupati pada bulan Februari 2025.", "T1", 2025, "last year's report cited, no 'ini'"),
    ("Capaian kinerja triwulan I tahun 2025 sebesar 22%, lebih rendah dibandingkan triwulan I tahun 2024 sebesar 25%.", "T1", 2025, "last year's quarter compared"),
    ("Capaian kinerja Semester I sebesar 48% tergolong rendah karena sebagian kegiatan baru akan dilaksanakan pada triwulan III dan IV.", "S1", 2025, "the own half, later quarters"),
    ("Kegiatan temu bisnis telah dilaksanakan pada bulan Mei 2025 dengan 40 peserta, dan akan dilanjutkan pada bulan Agustus 2025.", "S1", 2025, "done, and a later month"),
    ("Pada Semester II, sesuai Rencana Aksi, akan dilaksanakan pameran produk unggulan dan fasilitasi sertifikasi halal.", "S1", 2025, "the next half"),
    ("Sampai dengan akhir Desember 2025 seluruh kegiatan telah dilaksanakan, kecuali pengadaan etalase yang dimundurkan ke tahun 2026.", "T4", 2025, "done, one moved to next year"),
    ("Pada triwulan IV telah dilaksanakan pasar murah di 21 kecamatan menjelang Natal dan Tahun Baru.", "T4", 2025, "done"),
    ("Pelatihan digital marketing yang dijadwalkan pada bulan November 2025 telah terlaksana dengan 50 peserta.", "T4", 2025, "a past plan done"),
    ("Realisasi anggaran tahun 2025 sebesar 93,4%, meningkat dibandingkan tahun 2024 sebesar 89,1%.", "Y", 2025, "last year compared"),
    ("Berdasarkan capaian kinerja tahun 2025, rencana tindak lanjut pada tahun 2026 adalah: 1) percepatan pengadaan; 2) penguatan koordinasi.", "Y", 2025, "next year's plan"),
    ("Pada Triwulan I sampai dengan Triwulan IV telah dilaksanakan monitoring harga bahan pokok setiap minggu.", "Y", 2025, "Triwulan I to IV is the year, as 'TW I s.d. IV' (was: Triwulan IV)"),
    ("Demikian Laporan Kinerja Semester I Tahun 2025 ini kami susun sebagai bahan evaluasi.", "S1", 2025, "the own Penutup"),
    ("Pelatihan akan dilaksanakan pada Juli 2025 setelah anggaran perubahan ditetapkan.", "S1", 2025, "a later month"),
    # --- the edges of this change's mends: joined clauses, Semester I's figure, months abbreviated
    ("Pelatihan telah terlaksana pada bulan Juli 2025, dan pada bulan Oktober 2025 akan dilaksanakan pelatihan lanjutan.", "T3", 2025, "', dan pada' a later month"),
    ("Bantuan telah disalurkan kepada 20 koperasi, sedangkan sisa anggaran yang tidak terserap akan dikembalikan ke kas daerah.", "T4", 2025, "no period planned for"),
    ("Pada Triwulan III telah dilaksanakan bimtek, dan pada Triwulan IV akan dilaksanakan monev.", "T3", 2025, "done in the own quarter, a later plan"),
    ("Kegiatan pameran dibatalkan, dan pada Triwulan III akan dilaksanakan bazar sebagai penggantinya, yang telah terlaksana pada bulan Agustus.", "T3", 2025, "the joined plan done"),
    ("Realisasi s.d. Triwulan III sebesar 70%, dan pada Triwulan IV capaian diharapkan mencapai 100%.", "T3", 2025, "a later quarter hoped for"),
    ("Pelatihan sudah dilaksanakan, sementara itu pada Triwulan IV akan dilaksanakan pameran.", "T3", 2025, "a later quarter"),
    ("Capaian kinerja Semester I dan capaian kinerja Semester II masing-masing 48% dan 92%.", "S2", 2025, "both halves"),
    ("Realisasi Semester I yang hanya 36% mendorong percepatan pada triwulan III.", "S2", 2025, "the own quarter named"),
    ("Capaian Semester I menjadi dasar evaluasi, dan capaian akhir tahun sebesar 95%.", "S2", 2025, "no figure of Semester I"),
    ("Realisasi Semester I yang sebesar 36% telah dievaluasi bersama TAPD.", "S2", 2025, "Semester I's figure told as evaluated: history"),
    ("Rapat akan dilaksanakan di Jl. Jend. Sudirman pada bulan Nov 2025.", "T3", 2025, "'Nov' is after Triwulan III"),
    ("Sosialisasi akan dilaksanakan pada 3 Okt 2025.", "T3", 2025, "a later day"),
    ("Pelaksanaan akan diundur ke bulan Sept 2025.", "T2", 2025, "moved to a later month"),
    ("Pelatihan yang direncanakan bulan Agt 2025 telah terlaksana.", "T3", 2025, "a past plan done"),
    # --- typing: 'di laksanakan', 'l' for I, dates in figures, 'th', 'bln'
    ("Surat nomor 12/03/2025 telah diterima.", "T3", 2025, "a letter's number, no date planned"),
    ("Pelatihan telah di laksanakan pada triwulan l.", "T2", 2025, "done earlier, 'di laksanakan', 'triwulan l'"),
    ("Realisasi triwulan III akan terbit tanggal 10 Oktober 2025.", "T3", 2025, "a release date after 'terbit'"),
    ("Capaian Triwulan ll sebesar 45%.", "T2", 2025, "the own quarter, 'll' typed for II"),
    ("Pelatihan akan dilaksanakan pada bulan Agustus th 2026.", "T3", 2025, "next year's month, 'th' (was: rencana untuk bulan Agustus)"),
    # --- the year's report and Semester II: Ikhtisar Eksekutif, Penutup
    ("Ikhtisar Eksekutif ini menyajikan capaian kinerja Dinas selama tahun 2025 dibandingkan dengan target dalam Perjanjian Kinerja Tahun 2025.", "Y", 2025, "the own year"),
    ("Pada tahun 2025 Dinas mengelola anggaran sebesar Rp 15.210.000.000 dengan realisasi Rp 14.210.350.000 (93,4%).", "Y", 2025, "the own year"),
    ("Secara umum capaian kinerja Semester II Tahun 2025 tergolong tinggi, dengan rata-rata capaian 92%.", "S2", 2025, "the own half"),
    ("Dibandingkan Semester I yang capaiannya 48%, capaian s.d. Semester II meningkat signifikan.", "S2", 2025, "compared"),
    ("Permasalahan yang dihadapi selama tahun 2025 akan menjadi bahan perbaikan pada tahun 2026.", "Y", 2025, "next year"),
    ("Kegiatan yang tertunda akan dilaksanakan pada awal tahun 2026.", "Y", 2025, "next year"),
    ("Kegiatan pembinaan koperasi akan dilanjutkan pada Semester I Tahun 2026.", "S2", 2025, "next year's half"),
    ("Dalam rangka percepatan, pada Triwulan IV Tahun 2025 telah dilaksanakan rapat evaluasi setiap bulan.", "Y", 2025, "done"),
    ("Pelatihan kewirausahaan telah dilaksanakan di bulan Oktober, November dan Desember 2025.", "T4", 2025, "done, a list of months"),
    ("Pada tahun anggaran 2026, sesuai Renja, akan dilaksanakan 14 kegiatan.", "Y", 2025, "next year"),
    # decided by the lead, stop 39 (decision 1, moved from QUIET_NOT_MENDED): an earlier quarter's plan told
    # as cancelled, moved or done is history; a later plan beside it is judged on its own
    ("Pelatihan yang semula dijadwalkan pada TW II dibatalkan, dan pada Triwulan IV akan dilaksanakan pelatihan pengganti.", "T3", 2025, "an earlier quarter's plan cancelled, a later plan"),
    ("Pameran yang direncanakan pada triwulan I diundur ke bulan Juli 2025.", "T3", 2025, "an earlier quarter's plan moved into the own quarter"),
    ("Pameran yang dijadwalkan pada Triwulan II telah terlaksana pada bulan Juli.", "T3", 2025, "an earlier quarter's plan told as done"),
    # (stop 39) the rule's edges, honest: a plan not carried out ("tidak dapat dilaksanakan": cancelled), a
    # later quarter's plan in the Triwulan II report, a plan for next year, this quarter's own history
    ("Pelatihan yang direncanakan pada Triwulan II tidak dapat dilaksanakan karena refocusing anggaran.", "T3", 2025, "an earlier quarter's plan not carried out"),
    ("Pada Triwulan III akan dilaksanakan pelatihan lanjutan bagi 30 IKM.", "T2", 2025, "a later quarter's plan"),
    ("Pelatihan yang dijadwalkan pada Triwulan II dibatalkan dan akan dilaksanakan pada Triwulan I Tahun 2026.", "T3", 2025, "cancelled, planned again for next year"),
    ("Pameran yang dijadwalkan pada Triwulan III telah terlaksana pada bulan Agustus.", "T3", 2025, "the own quarter's plan told as done"),
    # (stop 39, decision 4's edges) the list's later months, an item told as done, a line after the list that
    # is no item, "tindak lanjut" with no list, next year's month
    ("Tindak lanjut: 1) melaksanakan pelatihan digital marketing pada bulan Oktober 2025; 2) melaksanakan temu bisnis pada bulan November 2025.", "T3", 2025, "a list of later months"),
    ("Tindak lanjut:\n1) pelatihan digital marketing (telah dilaksanakan pada bulan Juli 2025);\n2) temu bisnis pada bulan November 2025.", "T3", 2025, "an item told as done, a later one"),
    ("Tindak lanjut: pelatihan digital marketing.\nRealisasi anggaran pada bulan Juli 2025 sebesar 40%.", "T3", 2025, "a line after the list, no item: the month's figure"),
    ("Tindak lanjut atas rekomendasi BPK telah diselesaikan pada bulan Juli 2025.", "T3", 2025, "no list: done"),
    ("Tindak lanjut: 1) pelatihan digital marketing pada bulan Juli 2026.", "T3", 2025, "next year's month"),
    # (stop 39, decision 5's edges) the year's end still to come (Triwulan III), next year's end, told as
    # done or cancelled, hoped for
    ("Kegiatan yang tertunda akan dilaksanakan pada akhir tahun 2025.", "T3", 2025, "the year's end after Triwulan III"),
    ("Kegiatan yang tertunda akan dilaksanakan pada akhir tahun 2026.", "Y", 2025, "next year's end"),
    ("Kegiatan yang tertunda telah dilaksanakan pada akhir tahun 2025.", "Y", 2025, "done at the year's end"),
    ("Kegiatan yang semula akan dilaksanakan pada akhir tahun 2025 dibatalkan.", "Y", 2025, "a plan cancelled"),
    ("Target diharapkan tercapai pada akhir tahun 2025.", "Y", 2025, "a hope, no plan word"),
    # (narasi50, moved from QUIET_NOT_MENDED) the seed's own data note read alone (Triwulan II, 3.2): the
    # quarter just before, named as the realisasi the figure rests on (narasi_data_lalu)
    ("Tergolong sangat rendah karena capaian tersebut hanya berdasar realisasi triwulan I.", "T2", 2025, "the Triwulan II report's own data note (was: Triwulan I)"),
    ("Capaian indikator ini masih rendah dikarenakan merupakan realisasi s.d. triwulan II.", "T3", 2025, "the quarter before as the data (Triwulan III)"),
    # (revnarasi50) in Triwulan I the quarter just before is last year's Triwulan IV, its year written
    # (2025 - 1 = 2024): the same data note (was: Triwulan IV)
    ("Capaian masih rendah karena hanya berdasar realisasi triwulan IV tahun 2024.", "T1", 2025, "last year's Triwulan IV in Triwulan I (was: Triwulan IV)"),
    ("Tergolong rendah karena capaian tersebut hanya berdasar realisasi TW IV 2024.", "T1", 2025, "its year without 'tahun' (was: Triwulan IV)"),
    ("Capaian masih rendah karena hanya berdasar realisasi triwulan IV tahun lalu.", "T1", 2025, "'tahun lalu' is 2024 (was: Triwulan IV)"),
]  # fmt: skip

# stale: named (text, report, its year, the periods named, reason)
LEFTOVERS = [
    # --- months the report has covered: abbreviated, English, lowercase, on a day
    ("Pelatihan kewirausahaan bagi 30 pelaku IKM akan dilaksanakan pada bulan Agt 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "'Agt' is Agustus (was: quiet)"),
    ("Sosialisasi Perda Perlindungan Konsumen akan dilaksanakan pada Sept 2025.", "T3", 2025, ["rencana untuk bulan September 2025"], "'Sept' is September (was: quiet)"),
    ("Pelatihan akan dilaksanakan pada bulan August 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "English 'August' (was: quiet)"),
    ("Pameran produk IKM akan dilaksanakan pada bulan agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "lowercase month"),
    ("Bimtek penyusunan laporan keuangan bagi 40 koperasi akan dilaksanakan pada akhir bulan Juni 2025 bertempat di Aula Dinas.", "S1", 2025, ["rencana untuk bulan Juni 2025"], "Semester I's last month"),
    ("Pasar murah akan digelar pada bulan Desember 2025 menjelang Natal dan Tahun Baru.", "S2", 2025, ["rencana untuk bulan Desember 2025"], "Semester II's last month"),
    ("Pada pertengahan bulan Mei 2025, Bidang Industri akan melaksanakan fasilitasi sertifikasi halal bagi 50 IKM.", "T2", 2025, ["rencana untuk bulan Mei 2025"], "the month opening the clause"),
    ("Pelatihan barista akan dilaksanakan pada bulan Juli 2025, sedangkan pelatihan kuliner akan dilaksanakan pada bulan Oktober 2025.", "T3", 2025, ["rencana untuk bulan Juli 2025"], "Juli covered, Oktober not"),
    ("Rencana kegiatan: 1) pelatihan menjahit akan dilaksanakan pada bulan Agustus 2025; 2) pameran produk akan digelar pada bulan September 2025; 3) temu bisnis akan dilaksanakan pada bulan November 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025", "rencana untuk bulan September 2025"], "a list: two covered months"),
    ("Pengukuhan pengurus Dekranasda akan dilaksanakan pada tanggal 5 September 2025 di Pendopo Kabupaten.", "T3", 2025, ["rencana untuk bulan September 2025"], "a covered day"),
    ("Verifikasi data koperasi aktif akan dilakukan pada tgl 10 Agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "'tgl' is 'tanggal' (was: quiet)"),
    ("Pelatihan akan dilaksanakan pada tgl. 5 Juli 2025.", "T3", 2025, ["rencana untuk bulan Juli 2025"], "'tgl.' is 'tanggal' (was: quiet)"),
    ("Sosialisasi akan dilaksanakan pada Agt 2024.", "T1", 2025, ["rencana untuk bulan Agustus 2024"], "last year's month, abbreviated (was: quiet)"),
    ("Penyaluran hibah akan dilakukan pada bulan Des 2025.", "Y", 2025, ["rencana untuk bulan Desember 2025"], "'Des' after 'bulan' (was: quiet)"),
    ("Pameran akan digelar pada Des. 2025 di GOR Wira Bhakti.", "Y", 2025, ["rencana untuk bulan Desember 2025"], "'Des.' with a year (was: quiet)"),
    ("Sosialisasi akan dilaksanakan pada bulan Jun.", "S1", 2025, ["rencana untuk bulan Juni"], "'bulan Jun.' without a year: an own month (was: quiet)"),
    ("Pada bulan Sept 2025, Bidang Perdagangan akan melaksanakan tera ulang di 5 pasar.", "T3", 2025, ["rencana untuk bulan September 2025"], "'Sept' opening the clause (was: quiet)"),
    ("Pelatihan akan dilaksanakan pada bulan Agt s.d. Sept 2025.", "T3", 2025, ["rencana untuk bulan Agustus – September 2025"], "an abbreviated range (was: quiet)"),
    ("Rencana tindak lanjut: melaksanakan pelatihan kemasan pada bulan Agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "'Rencana tindak lanjut:' plans as for a quarter (was: quiet)"),
    ("Pembayaran sisa kontrak akan diselesaikan pada akhir bulan Desember.", "Y", 2025, ["rencana untuk bulan Desember"], "the year's last month"),
    ("Pelatihan ekspor bagi IKM akan diselenggarakan pada bulan November 2025 di Surabaya.", "T4", 2025, ["rencana untuk bulan November 2025"], "Triwulan IV's month"),
    ("Penyusunan Perjanjian Kinerja Tahun 2026 akan diselesaikan pada bulan Januari 2026.", "T1", 2026, ["rencana untuk bulan Januari 2026"], "Triwulan I's month"),
    ("Upaya yang akan dilakukan pada bulan Agustus 2025 adalah pendampingan RAT bagi 25 koperasi.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "a covered month"),
    ("Realisasi anggaran triwulan I baru mencapai 12% karena sebagian besar kegiatan fisik akan dilaksanakan mulai bulan Mei 2025 setelah proses lelang selesai.", "T2", 2025, ["Triwulan I", "rencana untuk bulan Mei 2025"], "'setelah ... selesai' is the plan's condition (was: Triwulan I)"),
    ("Kegiatan pasar murah telah terlaksana di 5 kecamatan, sedangkan di 16 kecamatan lainnya akan dilaksanakan pada bulan Agustus dan September 2025.", "T3", 2025, ["rencana untuk bulan Agustus – September 2025"], "the rest planned for covered months (was: quiet)"),
    # --- this report's title of another year
    ("Laporan Kinerja Semester I Tahun 2024 ini disusun untuk memenuhi amanat Peraturan Presiden Nomor 29 Tahun 2014.", "S1", 2025, ["Semester I Tahun 2024"], "last year's title"),
    ("LKjIP Tahun 2024 ini merupakan wujud akuntabilitas kinerja Dinas Koperasi, UKM, Perindustrian dan Perdagangan.", "Y", 2025, ["Tahun 2024"], "last year's title"),
    ("Demikian LKjIP Tahun 2024 ini kami susun, semoga dapat bermanfaat sebagai bahan evaluasi kinerja.", "Y", 2025, ["Tahun 2024"], "last year's Penutup"),
    ("Demikian Laporan Kinerja Triwulan III Tahun 2024 ini kami sampaikan, semoga dapat menjadi bahan evaluasi.", "T3", 2025, ["Triwulan III Tahun 2024"], "last year's Penutup"),
    ("Laporan Kinerja Tahun 2024 ini disusun untuk menjadi bahan evaluasi pimpinan.", "Y", 2025, ["Tahun 2024"], "the title's purpose, not a use (was: quiet)"),
    ("Laporan Kinerja Tahun 2024 ini juga sekaligus menjadi bahan evaluasi kinerja selama periode Januari – Desember 2024.", "Y", 2025, ["Tahun 2024"], "the seed's Pendahuluan with last year (was: quiet)"),
    ("Laporan Kinerja Semester I Tahun 2024 ini sekaligus menjadi sarana evaluasi kinerja.", "S1", 2025, ["Semester I Tahun 2024"], "ditto"),
    ("puji syukur kami panjatkan, sehingga laporan kinerja tahun 2024 dapat diselesaikan dengan baik.", "Y", 2025, ["Tahun 2024"], "lowercase Kata Pengantar"),
    ("Puji syukur kami panjatkan, sehingga Laporan Kinerja (LKj) Triwulan I Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Kabupaten Lumajang Tahun Anggaran 2025 dapat diselesaikan dengan baik.", "T1", 2026, ["Triwulan I Tahun 2025"], "last year's Kata Pengantar"),
    ("Demikian Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kabupaten Lumajang Tahun 2024 ini kami susun, semoga dapat menjadi bahan evaluasi dan perbaikan kinerja di tahun 2025.", "Y", 2025, ["Tahun 2024"], "last year's Penutup"),
    ("Laporan Kinerja Triwulan II Tahun 2025 ini juga sekaligus menjadi sarana evaluasi kinerja selama periode bulan April – Juni 2025.", "T3", 2025, ["Triwulan II", "April – Juni"], "the seed's Pendahuluan left"),
    # --- Semester I's figure alone in Semester II
    ("Realisasi anggaran smt I sebesar Rp 6,8 M atau 36%.", "S2", 2025, ["Semester I"], "'smt I'"),
    ("Capaian kinerja Semester I adalah 48%, sehingga perlu percepatan pelaksanaan kegiatan pada semester berikutnya.", "S2", 2025, ["Semester I"], "the Semester I report's"),
    ("Sampai dengan semester I, realisasi keuangan sebesar 36%.", "S2", 2025, ["Semester I"], "'sampai dengan semester I'"),
    ("Capaian s.d. Semester I Tahun 2025 tergolong rendah yaitu 48%.", "S2", 2025, ["Semester I"], "'s.d. Semester I'"),
    ("Realisasi Semester I tercatat 36% dari pagu anggaran.", "S2", 2025, ["Semester I"], "'tercatat' (was: quiet)"),
    ("Capaian kinerja Semester I masih rendah, yaitu sebesar 48%.", "S2", 2025, ["Semester I"], "words before the figure (was: quiet)"),
    ("Capaian Semester I sebesar 48% dan diharapkan meningkat menjadi 100% pada akhir tahun.", "S2", 2025, ["Semester I"], "the year's end hoped for"),
    ("Realisasi Semester I baru 36% karena pengadaan akan dilaksanakan di Semester II.", "S2", 2025, ["Semester I", "rencana untuk Semester II"], "and a plan for the own half (was: rencana untuk Semester II)"),
    # --- plans joined after work done
    ("Sosialisasi SI DILAN telah dilaksanakan di 10 kecamatan, dan akan dilanjutkan pada Triwulan II di 11 kecamatan lainnya.", "T2", 2025, ["rencana untuk Triwulan II"], "a joined plan for the own quarter"),
    ("Bimtek telah dilaksanakan pada tw 1 dan akan dilaksanakan kembali pada tw 2.", "T2", 2025, ["rencana untuk Triwulan II"], "ditto, 'tw 2'"),
    ("Pelatihan sudah terlaksana 1 angkatan, sedangkan 2 angkatan lainnya akan dilaksanakan pada triwulan iii.", "T3", 2025, ["rencana untuk Triwulan III"], "'sedangkan' and a longer subject (was: quiet)"),
    ("Pembinaan telah dilakukan kepada 20 koperasi, sedangkan 15 koperasi lainnya akan dibina pada Triwulan III.", "T3", 2025, ["rencana untuk Triwulan III"], "ditto (was: quiet)"),
    ("Dalam rangka meningkatkan kualitas koperasi, pada Triwulan I telah dilaksanakan pendampingan RAT bagi 45 koperasi, dan pada Triwulan II akan dilaksanakan pelatihan pengelolaan keuangan.", "T2", 2025, ["rencana untuk Triwulan II"], "', dan pada Triwulan II akan'; Triwulan I told as done (was: quiet)"),
    ("Pelatihan telah dilaksanakan pada Triwulan I dengan capaian 25%.", "T2", 2025, ["Triwulan I"], "the quarter's figure"),
    # --- adjuncts between commas
    ("Pada Triwulan III, sesuai dengan Rencana Aksi Tahun 2025, Bidang Perdagangan akan melaksanakan tera ulang.", "T3", 2025, ["rencana untuk Triwulan III"], "a six-word adjunct (was: quiet)"),
    ("Pada TW III, sebagaimana tertuang dalam DPA, akan dilaksanakan bimtek bagi 50 IKM.", "T3", 2025, ["rencana untuk Triwulan III"], "'sebagaimana tertuang dalam DPA'"),
    ("Pada Semester I, mengingat keterbatasan anggaran, akan diprioritaskan kegiatan pembinaan koperasi.", "S1", 2025, ["rencana untuk Semester I"], "'mengingat ...' as the adjunct (was: quiet)"),
    ("Pada Triwulan IV, sehubungan dengan adanya refocusing, akan dilakukan penyesuaian target.", "T4", 2025, ["rencana untuk Triwulan IV"], "'sehubungan dengan ...' (was: quiet)"),
    ("Pada triwulan ke-3, sesuai jadwal, akan diadakan pameran di Surabaya.", "T3", 2025, ["rencana untuk Triwulan III"], "'triwulan ke-3'"),
    ("Untuk TW III, sesuai hasil rapat koordinasi, akan dilakukan pendataan ulang IKM.", "T3", 2025, ["rencana untuk Triwulan III"], "'Untuk TW III'"),
    ("Oleh karena itu, pada Triwulan IV, sesuai arahan Bupati, akan dilakukan percepatan realisasi anggaran.", "T4", 2025, ["rencana untuk Triwulan IV"], "a connective before"),
    ("Pada triwulan IV, sesuai jadwal, akan diadakan Lumajang Expo 2025.", "Y", 2025, ["rencana untuk Triwulan IV"], "the year's last quarter"),
    ("pada triwulan iii akan dilaksanakan pelatihan bagi 40 pelaku umkm.", "T3", 2025, ["rencana untuk Triwulan III"], "all lowercase"),
    ("Pada TW.III akan dilaksanakan fasilitasi pameran Inacraft.", "T3", 2025, ["rencana untuk Triwulan III"], "'TW.III'"),
    ("Pendampingan RAT akan dilaksanakan pada Triwulan II setelah verifikasi data selesai.", "T2", 2025, ["rencana untuk Triwulan II"], "'setelah ... selesai' is the plan's condition (was: quiet)"),
    ("Pembangunan los pasar akan dilanjutkan pada Triwulan III setelah proses lelang selesai.", "T3", 2025, ["rencana untuk Triwulan III"], "'setelah ... selesai' is the plan's condition (was: quiet)"),
    # --- several periods
    ("Capaian triwulan II sebesar 45%, sehingga pada triwulan III akan dilakukan percepatan pelatihan dan pameran.", "T3", 2025, ["Triwulan II", "rencana untuk Triwulan III"], "the quarter before's figure and plan"),
    ("Berdasarkan capaian s.d. triwulan iii tahun 2025, tindak lanjut yang akan dilakukan adalah sebagai berikut:", "T4", 2025, ["Triwulan III"], "the Triwulan III report's Tindak Lanjut"),
    ("Secara umum capaian kinerja Dinas sampai dengan Triwulan II Tahun 2025 tergolong sedang dengan rata-rata capaian 68%.", "T3", 2025, ["Triwulan II"], "the Triwulan II report's Penutup"),
    ("Berdasarkan hasil pengukuran kinerja s.d. Triwulan II Tahun 2025, dari 12 indikator terdapat 5 indikator dengan capaian ≥ 100%, sedangkan 7 indikator lainnya belum tercapai karena kegiatan pendukungnya akan dilaksanakan pada Triwulan III dan IV.", "T3", 2025, ["Triwulan II", "rencana untuk Triwulan III"], "the Triwulan II report's"),
    ("Realisasi anggaran s.d. triwulan ii sebesar Rp 5.400.125.000 atau 36% dari pagu, sedangkan sisa anggaran akan diserap pada triwulan III dan IV.", "T3", 2025, ["Triwulan II", "rencana untuk Triwulan III"], "ditto"),
    ("Kendala yang dihadapi pada triwulan I, yaitu keterlambatan pencairan anggaran, akan diatasi pada triwulan II melalui koordinasi dengan BPKAD.", "T2", 2025, ["Triwulan I", "rencana untuk Triwulan II"], "the Triwulan I report's"),
    # --- the next year's Triwulan I
    ("Laporan Kinerja Triwulan IV Tahun 2025 ini disusun berdasarkan Perjanjian Kinerja Tahun 2025.", "T1", 2026, ["Triwulan IV Tahun 2025"], "last quarter's title"),
    ("Pada bulan Februari 2026 akan dilaksanakan penandatanganan Perjanjian Kinerja Tahun 2026.", "T1", 2026, ["rencana untuk bulan Februari 2026"], "Februari is Triwulan I's"),
    ("Penyusunan Renja Tahun 2026 akan diselesaikan pada bulan Jan 2026.", "T1", 2026, ["rencana untuk bulan Januari 2026"], "'Jan' (was: quiet)"),
    ("Pameran produk UMKM akan diikuti pada bulan Oct 2025.", "T4", 2025, ["rencana untuk bulan Oktober 2025"], "English 'Oct' (was: quiet)"),
    ("Sosialisasi akan dilaksanakan pada bulan sept 2025.", "T3", 2025, ["rencana untuk bulan September 2025"], "lowercase 'sept' (was: quiet)"),
    ("Pada TW I, sesuai dengan arahan Kepala Dinas dalam rapat staf, akan dilakukan pendataan ulang koperasi aktif.", "T1", 2026, ["rencana untuk Triwulan I"], "an eight-word adjunct (was: quiet)"),
    ("Kegiatan fasilitasi HKI telah dilaksanakan di 5 kecamatan, sedangkan kecamatan lainnya akan difasilitasi pada Semester II.", "S2", 2025, ["rencana untuk Semester II"], "a joined plan for the own half (was: quiet)"),
    ("Realisasi semester pertama tercatat sebesar 36% dari total pagu.", "S2", 2025, ["Semester I"], "'tercatat sebesar' (was: quiet)"),
    ("Laporan Kinerja Tahun 2025 ini sekaligus menjadi bahan evaluasi kinerja selama tahun 2025.", "Y", 2026, ["Tahun 2025"], "the title's purpose (was: quiet)"),
    # --- Triwulan I, Semester I, Triwulan IV and the year's report
    ("Realisasi anggaran triwulan IV tahun 2024 sebesar 95% tergolong sangat tinggi.", "T1", 2025, ["Triwulan IV"], "last year's Triwulan IV report's figure"),
    ("Pada triwulan I, sesuai jadwal, akan dilaksanakan Rapat Anggota Tahunan oleh 35 koperasi.", "T1", 2025, ["rencana untuk Triwulan I"], "the own quarter's plan"),
    ("RAT koperasi akan dilaksanakan pada bulan Maret 2025 sesuai ketentuan.", "T1", 2025, ["rencana untuk bulan Maret 2025"], "Maret ends Triwulan I"),
    ("Kegiatan temu bisnis akan dilaksanakan pada bulan Mei 2025 dengan target 40 peserta.", "S1", 2025, ["rencana untuk bulan Mei 2025"], "Mei is Semester I's"),
    ("Pada Semester I, sesuai Rencana Aksi, akan dilaksanakan pameran produk unggulan dan fasilitasi sertifikasi halal.", "S1", 2025, ["rencana untuk Semester I"], "the own half's plan"),
    ("Pasar murah akan dilaksanakan pada triwulan IV di 21 kecamatan menjelang Natal dan Tahun Baru.", "T4", 2025, ["rencana untuk Triwulan IV"], "the own quarter's plan"),
    ("Pelatihan digital marketing dijadwalkan pada bulan November 2025 dengan target 50 peserta.", "T4", 2025, ["rencana untuk bulan November 2025"], "November is Triwulan IV's"),
    ("Realisasi anggaran s.d. triwulan III sebesar 61%, dan pada triwulan IV akan dilakukan percepatan penyerapan.", "Y", 2025, ["Triwulan III", "rencana untuk Triwulan IV"], "the Triwulan III report's, ', dan pada' (was: quiet)"),
    ("Laporan Kinerja Semester I Tahun 2024 ini kami susun sebagai bahan evaluasi.", "S1", 2025, ["Semester I Tahun 2024"], "last year's Penutup"),
    ("Pelatihan akan dilaksanakan pada Juni 2025 setelah anggaran perubahan ditetapkan.", "S1", 2025, ["rencana untuk bulan Juni 2025"], "Juni ends Semester I"),
    ("Pada tw 4 akan dilakukan monev ke 40 koperasi penerima bantuan.", "T4", 2025, ["rencana untuk Triwulan IV"], "'tw 4'"),
    ("Capaian kinerja s.d. Semester I sebesar 48%, dan pada Semester II, sesuai jadwal, akan dilaksanakan percepatan kegiatan.", "S2", 2025, ["Semester I", "rencana untuk Semester II"], "the Semester I report's figure and plan (was: quiet)"),
    # --- the edges of this change's mends
    ("Pelatihan telah terlaksana pada bulan Juli 2025, dan pada bulan September 2025 akan dilaksanakan pelatihan lanjutan.", "T3", 2025, ["rencana untuk bulan September 2025"], "', dan pada' a covered month (was: quiet)"),
    ("Pada Triwulan II telah dilaksanakan bimtek, dan pada Triwulan III akan dilaksanakan monev.", "T3", 2025, ["rencana untuk Triwulan III"], "', dan pada' the own quarter; Triwulan II told as done (was: quiet)"),
    ("Pelatihan sudah dilaksanakan, sementara itu pada Triwulan III akan dilaksanakan pameran.", "T3", 2025, ["rencana untuk Triwulan III"], "'sementara itu' opening the plan's clause"),
    ("Sosialisasi akan dilaksanakan pada 3 Agt 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "a covered day, abbreviated (was: quiet)"),
    # --- typing: 'di laksanakan', 'lll' for III, dates in figures, 'th', 'bln', 'Thn', 'TA'
    ("Pelatihan akan dilaksankan pada bulan Agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "a typo in the verb"),
    ("Pelatihan akan dilaksanakan pada bulan Agustus2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "no space before the year (was: quiet)"),
    ("Pelatihan akan dilaksanakan pada bln Agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "'bln' (was: quiet)"),
    ("Pelatihan akan dilaksanakan pada bulan Agustus th 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "'th 2025' is the year (was: rencana untuk bulan Agustus)"),
    ("Pelatihan akan di laksanakan pada bulan Agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "'di laksanakan' (was: quiet)"),
    ("Pelatihan akan dilaksanakan pada Triwulan lll.", "T3", 2025, ["rencana untuk Triwulan III"], "'lll' typed for III (copied from a PDF) (was: quiet)"),
    ("Pelatihan akan dilaksanakan pada 15/08/2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "a date in figures (was: quiet)"),
    ("Rapat akan dilaksanakan tanggal 05-07-2025.", "T3", 2025, ["rencana untuk bulan Juli 2025"], "a date in figures after the verb, no release (was: quiet)"),
    ("Pameran akan digelar tanggal 20 Desember 2025.", "Y", 2025, ["rencana untuk bulan Desember 2025"], "'tanggal' right after the verb is the plan's day (was: quiet)"),
    ("LKjIP Thn 2024 ini disusun sebagai bentuk pertanggungjawaban.", "Y", 2025, ["Tahun 2024"], "'Thn 2024' (was: quiet)"),
    ("LKjIP TA 2024 ini disusun sebagai bentuk pertanggungjawaban.", "Y", 2025, ["Tahun 2024"], "'TA 2024' (was: quiet)"),
    ("Capaian Triwulan ll sebesar 45%.", "T3", 2025, ["Triwulan II"], "'ll' typed for II (was: quiet)"),
    ("Capaian Semester l sebesar 48%.", "S2", 2025, ["Semester I"], "'l' typed for I (was: quiet)"),
    # --- the year's report and Semester II
    ("Secara umum capaian kinerja Semester I Tahun 2025 tergolong sedang, dengan rata-rata capaian 48%.", "S2", 2025, ["Semester I"], "the Semester I report's Penutup (was: quiet)"),
    ("Kegiatan pembinaan koperasi akan dilanjutkan pada Semester II Tahun 2025.", "S2", 2025, ["rencana untuk Semester II"], "the own half's plan"),
    ("Pada Triwulan IV Tahun 2025, sesuai Renja, akan dilaksanakan 4 kegiatan.", "Y", 2025, ["rencana untuk Triwulan IV"], "the year's last quarter's plan"),
    ("Pelatihan kewirausahaan akan dilaksanakan di bulan Oktober, November dan Desember 2025.", "T4", 2025, ["rencana untuk bulan Oktober – Desember 2025"], "a list of months: its last counts (was: rencana untuk bulan Oktober)"),
    # (stop 39, decision 1's edges) a later plan after an earlier one cancelled is judged on its own; an
    # earlier quarter's plan still open ("belum terlaksana", no fate) is read as before (the whole-cell rule)
    ("Pelatihan yang semula dijadwalkan pada TW II dibatalkan, dan pada Triwulan III akan dilaksanakan pelatihan pengganti.", "T3", 2025, ["rencana untuk Triwulan III"], "the own quarter's plan after an earlier one cancelled"),
    ("Pelatihan yang direncanakan pada Triwulan II belum terlaksana.", "T3", 2025, ["Triwulan II"], "an earlier plan not yet done"),
    ("Pelatihan yang direncanakan pada Triwulan II akan selesai pada bulan Agustus.", "T3", 2025, ["Triwulan II"], "'akan selesai' is no fate"),
    # decided by the lead, stop 39 (decision 4, moved from NOT_MENDED): a list under "Tindak lanjut:" (with or
    # without "Rencana") holding dated items is a list of plans; its lines after the header too (Juli, 7,
    # and September, 9, are Triwulan III's)
    ("Tindak lanjut: 1) melaksanakan pelatihan digital marketing pada bulan Juli 2025; 2) melaksanakan temu bisnis pada bulan September 2025.", "T3", 2025, ["rencana untuk bulan Juli 2025", "rencana untuk bulan September 2025"], "a list under 'Tindak lanjut:' without a plan word"),
    ("Rencana tindak lanjut:\n1) pelatihan digital marketing pada bulan Juli 2025;\n2) temu bisnis pada bulan September 2025.", "T3", 2025, ["rencana untuk bulan Juli 2025", "rencana untuk bulan September 2025"], "the list's lines under the header"),
    # decided by the lead, stop 39 (decision 5, moved from NOT_MENDED): a plan for the year's end of the
    # report's year, in the year's report, is stale ("rencana untuk akhir tahun 2025"); so in Triwulan IV,
    # which ends in Desember too
    ("Kegiatan yang tertunda akan dilaksanakan pada akhir tahun 2025.", "Y", 2025, ["rencana untuk akhir tahun 2025"], "a plan for the year's end in the year's report"),
    ("Kegiatan yang tertunda akan dilaksanakan pada akhir tahun 2025.", "T4", 2025, ["rencana untuk akhir tahun 2025"], "the year's end in Triwulan IV"),
    # (narasi50, the data note's edges) the Triwulan II workbook's note copied into Triwulan III: two quarters
    # back is no data lag; last year's quarter; a capaian, not the realisasi, opening the report's own text
    ("Tergolong sangat rendah karena capaian tersebut hanya berdasar realisasi triwulan I.", "T3", 2025, ["Triwulan I"], "the Triwulan II report's note"),
    ("Capaian masih rendah karena hanya berdasar realisasi triwulan I tahun 2024.", "T2", 2025, ["Triwulan I"], "last year's quarter"),
    ("Capaian kinerjanya tergolong sangat rendah dikarenakan merupakan realisasi triwulan III.", "Y", 2025, ["Triwulan III"], "the year's report counts Triwulan IV's own"),
    # (revnarasi50) last year's quarter however its year is written after it (narasi50 read only "tahun
    # 2024" / "2024" right after the quarter: these were quiet, taken for this year's Triwulan I)
    ("Capaian masih rendah karena hanya berdasar realisasi triwulan I tahun lalu.", "T2", 2025, ["Triwulan I"], "'tahun lalu'"),
    ("Capaian masih rendah karena hanya berdasar realisasi triwulan II tahun sebelumnya.", "T3", 2025, ["Triwulan II"], "'tahun sebelumnya'"),
    ("Capaian masih rendah karena hanya berdasar realisasi triwulan I pada tahun 2024.", "T2", 2025, ["Triwulan I"], "'pada tahun 2024'"),
    ("Capaian masih rendah karena hanya berdasar realisasi triwulan I (tahun 2024).", "T2", 2025, ["Triwulan I"], "'(tahun 2024)'"),
    ("Capaian masih rendah karena hanya berdasar realisasi triwulan I T.A. 2024.", "T2", 2025, ["Triwulan I"], "'T.A. 2024'"),
    # in Triwulan I: this year's Triwulan IV (no year) is still to come, two years back and Triwulan III of
    # 2024 (the Triwulan IV 2024 workbook's note) are no data lag
    ("Capaian masih rendah karena hanya berdasar realisasi triwulan IV.", "T1", 2025, ["Triwulan IV"], "this year's Triwulan IV"),
    ("Capaian masih rendah karena hanya berdasar realisasi triwulan IV tahun 2023.", "T1", 2025, ["Triwulan IV"], "two years back (2025 - 2)"),
    ("Capaian masih rendah karena hanya berdasar realisasi triwulan III tahun 2024.", "T1", 2025, ["Triwulan III"], "the Triwulan IV 2024 report's note"),
]  # fmt: skip

# stale sentences this change does not mend (strict xfail: a change meeting one must move it above;
# stop 39 took its two rows by the lead's decisions 4 and 5, now in LEFTOVERS)
NOT_MENDED: list[tuple[str, str, int, list[str], str]] = []

# honest sentences still named (strict xfail): the one false peringatan the check gives on the seed's
# 428 sentences read one by one in each report (none on its paragraphs; see the module's docstring), and
# earlier quarters' plans told as history
# (narasi50 mended its one row, the seed's own data note: now in QUIET)
QUIET_NOT_MENDED: list[tuple[str, str, int, str]] = []


@pytest.mark.parametrize(("teks", "kode", "tahun", "alasan"), QUIET)
def test_an_honest_sentence_stays_quiet(teks, kode, tahun, alasan):
    assert _lain(teks, kode, tahun) == [], alasan


@pytest.mark.parametrize(("teks", "kode", "tahun", "named", "alasan"), LEFTOVERS)
def test_a_stale_sentence_is_named(teks, kode, tahun, named, alasan):
    assert _lain(teks, kode, tahun) == named, alasan


@pytest.mark.parametrize(("teks", "kode", "tahun", "named", "alasan"), NOT_MENDED)
@pytest.mark.xfail(strict=True, reason="a stale sentence this change does not mend (see NOT_MENDED)")
def test_a_stale_sentence_not_mended(teks, kode, tahun, named, alasan):
    assert _lain(teks, kode, tahun) == named, alasan


@pytest.mark.parametrize(("teks", "kode", "tahun", "alasan"), QUIET_NOT_MENDED)
@pytest.mark.xfail(strict=True, reason="an honest sentence this change leaves named (see QUIET_NOT_MENDED)")
def test_an_honest_sentence_not_mended(teks, kode, tahun, alasan):
    assert _lain(teks, kode, tahun) == [], alasan


def test_an_abbreviated_month_is_named_in_full_in_the_peringatan_and_in_word():
    """Triwulan III 2025 (tests/test_narasi1.py's tindak_lanjut): "Agt" is Agustus (8, Triwulan III's),
    said in full at the cell and under the paragraph alike."""
    from tests.test_narasi1 import tindak_lanjut

    teks = "Pelatihan kewirausahaan bagi 30 pelaku IKM akan dilaksanakan pada bulan Agt 2025."
    narasi, texts = tindak_lanjut(3, teks)
    uraian = (
        "masih menyebut rencana untuk bulan Agustus 2025, padahal laporan ini melaporkan hasil "
        "Triwulan III Tahun 2025 yang sudah berakhir"
    )
    pesan = (
        f'Teks Bagian "Tindak Lanjut" {uraian} (Pengaturan, Triwulan): perbarui teksnya untuk triwulan ini'
    )
    tanda = f'[isi: teks ini {uraian}; perbarui teksnya (sheet Narasi, Bagian "Tindak Lanjut")]'
    assert ([f.pesan for f in narasi.findings], texts) == ([pesan], [teks, tanda])


_DAFTAR_TINDAK_LANJUT = (
    "Berdasarkan hasil kinerja yang telah dicapai sampai dengan Triwulan III tahun 2025, tindak lanjut dan "
    "upaya sebagai berikut:\n"
    "1) Melaksanakan pelatihan pemasaran online (telah dilaksanakan di triwulan II);\n"
    "2) Pelatihan kemasan produk akan dilaksanakan pada bulan {bulan} 2025;\n"
    "3) Fasilitasi sertifikasi halal bagi 40 IKM akan dilaksanakan pada bulan Oktober 2025."
)


def test_a_stale_item_of_a_list_gets_the_placeholder_under_it():
    """The seed's Tindak Lanjut list (Bab IV) in Triwulan III 2025 with its second item planned for
    "Agt" (Agustus, Triwulan III's): one peringatan, and the Word placeholder under that item, not under
    the list's last line; the first item (done in Triwulan II) and the third (Oktober) are honest."""
    from tests.test_narasi1 import tindak_lanjut

    teks = _DAFTAR_TINDAK_LANJUT.format(bulan="Agt")
    narasi, texts = tindak_lanjut(3, teks)
    uraian = (
        "masih menyebut rencana untuk bulan Agustus 2025, padahal laporan ini melaporkan hasil "
        "Triwulan III Tahun 2025 yang sudah berakhir"
    )
    tanda = f'[isi: teks ini {uraian}; perbarui teksnya (sheet Narasi, Bagian "Tindak Lanjut")]'
    lines = teks.split("\n")
    assert [f.pesan for f in narasi.findings] == [
        f'Teks Bagian "Tindak Lanjut" {uraian} (Pengaturan, Triwulan): perbarui teksnya untuk triwulan ini'
    ]
    assert texts == [*lines[:3], tanda, lines[3]]


def test_the_same_list_planned_for_later_months_is_quiet():
    """The same list in Triwulan III with "Nop" (November, after Triwulan III): no peringatan, no
    placeholder."""
    from tests.test_narasi1 import tindak_lanjut

    teks = _DAFTAR_TINDAK_LANJUT.format(bulan="Nop")
    narasi, texts = tindak_lanjut(3, teks)
    assert (narasi.findings, texts) == ([], teks.split("\n"))
