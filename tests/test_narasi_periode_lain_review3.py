"""Third review of the Narasi leftover check (after tests/test_narasi_periode_lain.py,
tests/test_narasi_periode_lain_review.py, tests/test_narasi_periode_lain_review2.py): new sentences.

Staff copy last period's Analisis texts into this period's workbook; the check names the stale sentences
(a peringatan, and "[isi: ...]" under the paragraph in Word) and stays quiet on honest ones. Written as a
Kasubag Perencanaan writes the seed report (/work/shared/seeds/000_237f033edcd5cb60.txt) every quarter:
comparisons with the quarter and the year before, reasons for a low capaian, regulations and letters with
their dates ("Perbup No. 12 Tahun 2024", "SK Bupati tanggal 3 Maret 2025", "Surat Kepala Dinas Nomor
500/123/427.54/2025"), people and places ("Ibu Mei Rahayu", "Hotel Aston Jember", "Kec. Pasirian"),
events ("HUT RI ke-80 pada bulan Agustus 2025", "Hari Koperasi ke-78 tanggal 12 Juli 2025"), budget
terms ("APBD-P Tahun 2025", "DPA Perubahan"), days and ranges of days ("17 s.d. 20 Agustus 2025",
"30 September s.d. 2 Oktober 2025"); aimed first at revnarasi3's riskiest changes (", dan pada ...",
a figure after an earlier quarter, adjuncts between commas, abbreviated months, titles of another year,
Semester I's figure in Semester II). Each row gives the reason of its verdict; "(was: ...)" marks the
verdicts the check gave before this change (each mended here).

Also measured: every prose sentence of the seed report (401 by this review's splitter: tables and
headings left out, a line wrapped in the PDF joined to its paragraph) through the check for each report
(T1-T4, S1, S2, Y of 2025), before and after this change: the same peringatan (T2, the seed's own
report: 1, review2's QUIET_NOT_MENDED; S1: 3, T1: 9, the others 15 each, all naming the seed's
Triwulan II texts, its "April – Juni" or its plan for Triwulan III, rightly).

Judged ambiguous and left out: another report cited with its figure ("Sebagaimana dilaporkan dalam
Laporan Kinerja Triwulan II, capaian indikator ini sebesar 45%." in Triwulan III: a citation, or the
old figure kept), "Semester I Tahun 2025 ditutup dengan realisasi anggaran sebesar 36%." in Semester II,
and a month of the reported quarter's first month told as done beside an earlier quarter ("... yang
tertunda pada triwulan III telah dilaksanakan pada bulan Oktober 2025" in Triwulan IV:
narasi_rencana._bulan_kini leaves the first month out on purpose, the report before is written then).

Reports: T1..T4 Triwulan, S1/S2 Semester, Y the year's report (tests/test_mend36e.py's codes); the
periods expected are read off each sentence by hand: a month's quarter is (month + 2) // 3 (Agustus, 8:
Triwulan III; Oktober, 10: Triwulan IV), Semester I is Januari – Juni, the year's report covers
Januari – Desember; a range of months is named by its first and last.
"""

from __future__ import annotations

import pytest

from tests.test_mend36e import _lain

# honest: no peringatan, no placeholder (text, report, its year, reason)
QUIET = [
    # --- revnarasi3's ", dan pada ..." read as a clause's start
    ("Pelatihan telah dilaksanakan pada Triwulan I, dan pada Triwulan II dilanjutkan dengan pendampingan bagi 20 IKM.", "T2", 2025, "done earlier, the own quarter told without a plan word"),
    ("Bimtek telah dilaksanakan pada bulan Juli, dan pada bulan Agustus dilakukan monitoring ke lokasi usaha peserta.", "T3", 2025, "own months, no plan word"),
    ("Verifikasi calon penerima telah selesai pada bulan Juli, dan pada Triwulan IV akan dilakukan penyaluran bantuan.", "T3", 2025, "a later quarter's plan"),
    ("Pelatihan telah dilaksanakan pada Triwulan II, dan pada Triwulan III juga telah dilaksanakan pendampingan.", "T3", 2025, "both told as done"),
    ("Realisasi Triwulan I sebesar 20%, dan pada Triwulan II meningkat menjadi 45%.", "T2", 2025, "the own quarter's figure compared"),
    ("Anggaran belum dapat dicairkan, dan pada bulan Juli baru dilakukan proses pengadaan.", "T3", 2025, "an own month told as done"),
    ("Sosialisasi telah diberikan kepada 40 pelaku usaha, dan pada bulan Oktober 2025 akan dilanjutkan dengan pelatihan.", "T3", 2025, "a later month"),
    ("Rapat persiapan telah dilaksanakan, dan pada tanggal 20 Agustus 2025 pameran resmi dibuka oleh Bupati Lumajang.", "T3", 2025, "an own day told as done"),
    ("Tahap pertama telah disalurkan pada Triwulan II, dan pada Triwulan III disalurkan tahap kedua kepada 30 koperasi.", "T3", 2025, "done earlier and in the own quarter"),
    ("Monitoring telah dilakukan di 10 pasar, dan pada Semester II akan diperluas ke 15 pasar.", "S1", 2025, "the next half"),
    ("Kegiatan pelatihan dibatalkan karena efisiensi, dan pada triwulan IV anggarannya dialihkan untuk pasar murah.", "T4", 2025, "the own quarter told as done"),
    ("Pada Triwulan I telah disusun rencana aksi, dan pada Triwulan II hingga Triwulan IV rencana aksi tersebut dilaksanakan.", "Y", 2025, "'Triwulan II hingga Triwulan IV' is a range of the year, not 's.d. Triwulan IV' (was: Triwulan IV)"),
    # --- a figure after an earlier quarter
    ("Kegiatan fasilitasi merek telah dilaksanakan pada Triwulan I dengan realisasi 12 IKM.", "T2", 2025, "the activity's count, done earlier"),
    ("Pada Triwulan II jumlah peserta pelatihan sebanyak 40 orang dan pada Triwulan III sebanyak 55 orang.", "T3", 2025, "compared with the own quarter"),
    ("Capaian triwulan I tahun 2025 sebesar 22% naik menjadi 48% pada triwulan II.", "T2", 2025, "compared with the own quarter"),
    ("Dibandingkan dengan triwulan I (22%), capaian triwulan II naik 26 poin.", "T2", 2025, "compared"),
    ("Capaian triwulan I yang hanya 22% menjadi catatan, sehingga pada triwulan II dilakukan percepatan.", "T2", 2025, "the own quarter's work"),
    ("Target kinerja per triwulan yaitu TW I 25%, TW II 50%, TW III 75% dan TW IV 100%.", "T3", 2025, "the year's targets by quarter"),
    ("Realisasi per triwulan: TW I 20%, TW II 25%, dan TW III 20%.", "T3", 2025, "every quarter to the own"),
    ("Sisa anggaran Triwulan II sebesar Rp 50.000.000 dialihkan ke kegiatan Triwulan III.", "T3", 2025, "moved into the own quarter"),
    ("Kegiatan tersebut telah selesai pada Triwulan II dengan capaian 100%, sesuai target.", "T3", 2025, "the activity completed earlier, its own figure (was: Triwulan II)"),
    ("Triwulan I: 25%, Triwulan II: 48%, Triwulan III: 72%.", "T3", 2025, "a list to the own quarter"),
    ("Pertumbuhan jumlah wirausaha baru pada triwulan II sebanyak 45 orang dan triwulan III sebanyak 60 orang.", "T3", 2025, "compared with the own quarter"),
    ("Realisasi anggaran triwulan II sebesar 36% naik menjadi 61% pada triwulan III.", "T3", 2025, "compared with the own quarter"),
    # --- adjuncts between commas
    ("Pada Triwulan IV, sebagaimana tercantum dalam Rencana Aksi Dinas Tahun 2025, akan dilaksanakan pameran.", "T3", 2025, "a later quarter"),
    ("Pada Triwulan IV, sesuai Surat Kepala Dinas Nomor 500/123/427.54/2025 tanggal 5 September 2025, akan dilaksanakan monev.", "T3", 2025, "a later quarter after a letter's number and date (was: Triwulan IV)"),
    ("Pada Triwulan II, meskipun anggaran belum cair dan kegiatan fisik tertunda, telah dilaksanakan pendataan.", "T2", 2025, "done"),
    ("Pada Triwulan III, Kepala Dinas bersama Sekretaris dan para Kepala Bidang, telah melaksanakan monev ke 21 kecamatan.", "T3", 2025, "done"),
    ("Pada Triwulan III, dari rencana 4 kegiatan yang akan dilaksanakan, seluruhnya telah terlaksana.", "T3", 2025, "the plan done"),
    ("Pada Triwulan IV, sebagaimana direncanakan pada Triwulan III, telah dilaksanakan pasar murah.", "T4", 2025, "done"),
    ("Pada Triwulan III, kegiatan yang akan dilaksanakan pada Triwulan IV telah dipersiapkan.", "T3", 2025, "a later quarter's activity prepared"),
    ("Pada Triwulan III, sesuai Surat Kepala Dinas Nomor 500/123/427.54/2025 tanggal 5 Juli 2025, telah dilaksanakan monev.", "T3", 2025, "done"),
    ("Pada Triwulan II, sebagaimana tercantum dalam Perbup No. 12 Tahun 2024, telah dilaksanakan penilaian.", "T2", 2025, "done"),
    ("Pada Semester II, sebagaimana diamanatkan dalam Perbup No. 12 Tahun 2024, akan dilaksanakan penilaian koperasi.", "S1", 2025, "the next half"),
    ("Pada TW II, karena anggaran baru tersedia setelah pergeseran, pelatihan dilaksanakan secara daring.", "T2", 2025, "done"),
    ("Pada bulan Agustus, seiring perayaan HUT RI ke-80, penjualan produk UMKM meningkat 20%.", "T3", 2025, "an own month's state"),
    ("Pada bulan Oktober 2025, sesuai jadwal Dekranasda Provinsi, akan diikuti pameran di Surabaya.", "T3", 2025, "a later month"),
    ("Pada bulan Agustus 2025, sesuai jadwal, telah diikuti pameran di Surabaya.", "T3", 2025, "done"),
    ("Pada bulan Agustus 2025, berdasarkan undangan Dekranasda, Dinas telah mengikuti pameran.", "T3", 2025, "done"),
    # --- months, names, dates, events
    ("Rapat koordinasi dipimpin oleh Ibu Mei Rahayu, S.E., selaku Kepala Bidang Koperasi.", "T3", 2025, "'Mei' is a name"),
    ("Pendampingan akan dilaksanakan bersama Bapak Agus Juli Prasetyo pada bulan Oktober 2025.", "T3", 2025, "'Juli' is a name; a later month"),
    ("Sosialisasi akan dilaksanakan di Desa Jatimulyo, Kec. Kunir pada bulan November 2025.", "T3", 2025, "a later month"),
    ("Kegiatan ini akan dilaksanakan di Kec. Pasirian pada bulan Oktober 2025.", "T3", 2025, "a later month after the place"),
    ("Pelatihan dipandu oleh Ibu Juni Astuti dari Dekranasda Provinsi Jawa Timur.", "T2", 2025, "'Juni' is a name"),
    ("Koperasi Wanita Mei Jaya akan mendapat pendampingan pada Triwulan IV.", "T3", 2025, "'Mei' is a name; a later quarter"),
    ("Koperasi Wanita Mei Jaya akan mendapat pendampingan manajemen usaha.", "T2", 2025, "'Mei' is a name"),
    ("Bantuan akan diserahkan kepada Sdri. Juli Astutik, pemilik UD Sumber Rejeki.", "T3", 2025, "'Juli' is a name"),
    ("HUT RI ke-80 pada bulan Agustus 2025 dimeriahkan dengan bazar UMKM di alun-alun.", "T3", 2025, "an own month, no plan word"),
    ("Dalam rangka HUT RI ke-80 pada bulan Agustus 2025, Dinas telah menggelar bazar UMKM.", "T4", 2025, "done"),
    ("Dalam rangka HUT RI ke-80 pada bulan Agustus 2025, Dinas akan menggelar bazar UMKM di alun-alun.", "T2", 2025, "a later month"),
    ("Perbup No. 12 Tahun 2024 tentang Penjabaran APBD akan direvisi pada bulan Oktober 2025.", "T3", 2025, "a regulation's year, a later month"),
    ("Sesuai SK Bupati tanggal 3 Maret 2025, tim pembina koperasi telah dibentuk.", "T1", 2025, "a decree's date"),
    ("Kegiatan berpedoman pada SK Bupati Lumajang Nomor 188.45/112/427.12/2025 tanggal 3 Maret 2025.", "T1", 2025, "a decree's number and date"),
    ("Pelatihan akan dilaksanakan setelah terbitnya SK Kepala Dinas tanggal 3 Maret 2025.", "T2", 2025, "the decree's date, no plan's"),
    ("Sesuai SK Bupati tanggal 3 Maret 2025, penilaian koperasi berprestasi akan dilaksanakan pada bulan Agustus 2025.", "T2", 2025, "a decree's date, a later month"),
    ("Berdasarkan SK Bupati tanggal 3 Maret 2025, pelatihan akan dilaksanakan pada Triwulan IV.", "T3", 2025, "a decree's date, a later quarter"),
    ("Pelatihan akan dilaksanakan berdasarkan Perbup No. 12 Tahun 2024 pada bulan Oktober 2025.", "T3", 2025, "a regulation's year, a later month"),
    ("Kegiatan akan dilaksanakan sesuai Perbup Nomor 12 Tahun 2024 tentang Rencana Kerja Tahun 2025.", "Y", 2025, "a regulation's title"),
    ("Bimtek akan dilaksanakan pada tanggal 14–15 Oktober 2025 di Hotel Bromo View.", "T3", 2025, "later days"),
    ("Bimtek akan dilaksanakan pada tanggal 30 September s.d. 2 Oktober 2025.", "T3", 2025, "days running into a later month (was: rencana untuk bulan September)"),
    ("Monev akan dilaksanakan pada bulan Oktober, November, dan Desember 2025.", "T3", 2025, "later months"),
    ("Rapat evaluasi akan dilaksanakan pada 5 Mar 2026.", "T4", 2025, "next year's day"),
    ("Sosialisasi telah dilaksanakan tgl 2 s.d. 4 Sept 2025 di 3 kecamatan.", "T3", 2025, "done"),
    ("Sesuai surat Sekda tanggal 15/08/2025, pelatihan akan dilaksanakan pada bulan Oktober 2025.", "T3", 2025, "a letter's date, a later month"),
    ("Berdasarkan Surat Edaran Bupati tanggal 1 Agustus 2025, seluruh OPD akan melakukan efisiensi anggaran pada Triwulan IV.", "T3", 2025, "a circular's date, a later quarter"),
    ("Peringatan Hari Koperasi ke-78 pada tanggal 12 Juli 2025 dimeriahkan dengan pameran produk koperasi.", "T3", 2025, "an own day told as done"),
    ("Peringatan Harkopnas ke-78 akan diselenggarakan pada tanggal 12 Juli 2025 di Pendopo Arya Wiraraja.", "T2", 2025, "a later day"),
    ("Menjelang Idul Fitri 1446 H pada bulan Maret 2025, telah dilaksanakan pasar murah di 10 titik.", "T1", 2025, "done"),
    ("Festival UMKM dalam rangka Hari Jadi Lumajang ke-770 pada tanggal 15 Desember 2025 akan diikuti 150 pelaku usaha.", "T3", 2025, "a later day"),
    ("Pameran Lumajang Expo telah digelar pada 17 s.d. 20 Agustus 2025 dengan 120 stan.", "T3", 2025, "done"),
    ("Data Susenas bulan Maret 2025 akan dirilis BPS pada bulan Juli 2025.", "T2", 2025, "data still to come"),
    ("Jadwal pelatihan: Juli (menjahit), Agustus (bordir), Oktober (kuliner).", "T3", 2025, "a schedule, no plan word"),
    ("Bimtek akan dilaksanakan pada Nov. 2025 di Aula Kantor Bupati.", "T3", 2025, "'Nov.' is after Triwulan III"),
    ("Pendaftaran peserta dibuka tanggal 1 Agustus 2025 dan pelatihan akan dimulai tanggal 15 Oktober 2025.", "T3", 2025, "done, and a later day"),
    ("Pemantauan akan dilaksanakan menjelang Natal pada Desember 2025.", "T3", 2025, "a later month after the occasion"),
    ("Sosialisasi telah digelar di Gedung Kesenian Lumajang pada 12 s.d. 14 November 2025.", "T4", 2025, "done"),
    ("Pelatihan akan dilaksanakan pada 28 Maret s.d. 5 April 2025.", "T1", 2025, "days running into a later month (was: rencana untuk bulan Maret)"),
    ("Produk IKM akan dipasarkan di Pasar Baru pada bulan Oktober 2025.", "T3", 2025, "a later month after the place"),
    ("Laporan akan disampaikan ke Bagian Organisasi pada tanggal 10 Oktober 2025.", "T3", 2025, "a later day after the place"),
    ("Bantuan telah diserahkan oleh Bupati Lumajang pada acara HUT Koperasi tanggal 12 Juli 2025.", "T3", 2025, "done"),
    # --- titles, another year, Semester I in Semester II
    ("LKjIP ini disusun berdasarkan Perjanjian Kinerja Tahun 2025 dan Renstra Tahun 2021-2026.", "Y", 2025, "the own year"),
    ("Laporan Kinerja ini memuat perbandingan capaian TA 2025 dengan TA 2024.", "Y", 2025, "last year compared"),
    ("LKjIP Tahun 2025 ini telah direviu oleh Inspektorat Kabupaten Lumajang.", "Y", 2025, "the own title"),
    ("Sesuai rekomendasi hasil evaluasi SAKIP Tahun 2024, LKjIP ini disajikan lebih ringkas.", "Y", 2025, "last year's evaluation"),
    ("Laporan Kinerja Triwulan III ini disusun mengacu pada Perjanjian Kinerja Perubahan Tahun 2025.", "T3", 2025, "the own title"),
    ("LKjIP ini disusun berdasarkan Perbup No. 12 Tahun 2024 tentang Sistem Akuntabilitas Kinerja.", "Y", 2025, "a regulation's year"),
    ("Laporan Kinerja ini mengacu pada Perbup Lumajang No. 12 Thn 2024.", "Y", 2025, "a regulation's 'Thn'"),
    ("Laporan Kinerja Triwulan III ini berpedoman pada Permendagri 86 Th. 2017.", "T3", 2025, "a regulation's 'Th.'"),
    ("Laporan Kinerja TA 2025 ini disusun sesuai Permenpan RB No. 88 Tahun 2021.", "Y", 2025, "the own 'TA'"),
    ("Laporan Kinerja Tahun 2025 ini disusun berdasarkan PK Tahun 2025 yang ditandatangani tanggal 3 Februari 2025.", "Y", 2025, "the own title"),
    ("LKjIP Tahun 2025 ini disusun sebagai kelanjutan dari LKjIP Tahun 2024 yang telah disampaikan.", "Y", 2025, "last year's report cited"),
    ("Laporan Kinerja Semester II TA 2025 ini disusun berdasarkan PK Perubahan.", "S2", 2025, "the own title"),
    ("Dibandingkan Semester I, capaian Semester II naik dari 48% menjadi 92%.", "S2", 2025, "compared"),
    ("Capaian Semester I sebesar 48% telah ditindaklanjuti dengan percepatan kegiatan pada Semester II.", "S2", 2025, "the own half named"),
    ("Semester I capaian 48%, Semester II capaian 92%.", "S2", 2025, "both halves"),
    ("Realisasi anggaran Semester II Tahun 2025 sebesar 94%, lebih tinggi dibanding Semester II Tahun 2024 sebesar 89%.", "S2", 2025, "last year's half compared"),
    ("Pameran yang dilaksanakan pada Triwulan III diikuti oleh 45 IKM.", "S2", 2025, "the own quarter"),
    ("Realisasi Semester I sebesar 36% meningkat menjadi 94% pada Semester II karena DPA Perubahan telah ditetapkan.", "S2", 2025, "compared"),
    # --- comparisons, reasons, budget terms: what staff write every quarter
    ("Capaian Triwulan III Tahun 2025 sebesar 72%, lebih tinggi dibandingkan Triwulan III Tahun 2024 yang sebesar 65%.", "T3", 2025, "last year's quarter compared"),
    ("Jika dibandingkan dengan Triwulan II, jumlah koperasi aktif bertambah 12 unit.", "T3", 2025, "compared"),
    ("Capaian tahun ini naik 7 poin dari capaian tahun lalu.", "Y", 2025, "compared"),
    ("Realisasi triwulan II sebesar 45% masih di bawah target triwulan II sebesar 50%.", "T2", 2025, "the own quarter"),
    ("Capaian tersebut turun dibandingkan triwulan sebelumnya karena adanya refocusing anggaran.", "T3", 2025, "no period named"),
    ("Rendahnya capaian disebabkan kegiatan pameran baru akan dilaksanakan pada bulan November 2025.", "T3", 2025, "a later month"),
    ("Capaian triwulan I rendah karena DPA baru dapat dilaksanakan setelah pengesahan pada bulan Februari 2025.", "T1", 2025, "the own quarter's reason"),
    ("Capaian indikator ini tidak mencapai target karena 3 koperasi tidak melaksanakan RAT hingga akhir Desember 2025.", "T4", 2025, "the own period"),
    ("Penambahan anggaran melalui APBD-P Tahun 2025 akan digunakan untuk pelatihan pada Triwulan IV.", "T3", 2025, "a later quarter"),
    ("Kegiatan ini baru dapat dilaksanakan setelah DPA Perubahan ditetapkan pada bulan September 2025.", "T3", 2025, "the own month's decree"),
    ("Pagu anggaran Dinas dalam APBD Tahun 2025 sebesar Rp 15.210.000.000, berubah menjadi Rp 16.050.000.000 dalam APBD-P Tahun 2025.", "T3", 2025, "the own year's budget"),
    ("Pagu anggaran akan bertambah dalam APBD-P Tahun 2025 yang direncanakan ditetapkan pada bulan September 2025.", "T2", 2025, "a later month"),
    ("Kegiatan ini dianggarkan dalam APBD-P Tahun 2025 dan akan dilaksanakan pada Triwulan IV.", "T3", 2025, "a later quarter"),
    ("Pada triwulan I belum ada realisasi fisik karena proses pengadaan akan dimulai pada bulan April 2025.", "T1", 2025, "a later month"),
    ("Rapat Anggota Tahunan koperasi dilaksanakan pada bulan Januari s.d. Maret 2025.", "T1", 2025, "own months, no plan word"),
    ("Capaian triwulan IV tahun 2024 sebesar 95% dan triwulan I tahun 2025 sebesar 22%.", "T1", 2025, "last year's quarter beside the own"),
    ("Pada Triwulan IV akan dilaksanakan pameran produk unggulan di Surabaya.", "T1", 2025, "a later quarter of the year"),
    ("Rencana aksi Triwulan I Tahun 2025 telah ditetapkan dengan SK Kepala Dinas tanggal 10 Januari 2025.", "T1", 2025, "the own quarter"),
    ("Data capaian triwulan II akan dimutakhirkan setelah BPS merilis data pada bulan Agustus 2025.", "T2", 2025, "data still to come"),
    ("Monitoring ke 15 koperasi telah dilaksanakan pada bulan April dan Mei 2025, dan pada bulan Juni dilakukan evaluasi.", "T2", 2025, "own months told as done"),
    ("Pelatihan yang akan dilaksanakan pada bulan Juli 2025 telah dipersiapkan sejak bulan Juni.", "T2", 2025, "a later month"),
    ("Realisasi s.d. Triwulan II yang sebesar 36% mendorong Dinas melakukan percepatan pada Triwulan III.", "T3", 2025, "the own quarter named"),
    ("Dibandingkan dengan triwulan III, capaian triwulan IV meningkat sebesar 25 poin.", "T4", 2025, "compared"),
    ("Evaluasi akhir tahun akan dilakukan oleh Inspektorat pada bulan Februari 2026.", "T4", 2025, "next year's month after the doer"),
    ("Capaian Semester I Tahun 2025 sebesar 48%, lebih rendah dibandingkan Semester I Tahun 2024 sebesar 51%.", "S1", 2025, "the own half compared"),
    ("Pada Semester I, sesuai arahan Bupati, telah dilaksanakan pasar murah menjelang Idul Fitri.", "S1", 2025, "done"),
    ("Pada Triwulan IV telah dilaksanakan 4 kegiatan prioritas.", "Y", 2025, "done"),
    ("Pada bulan November 2025 telah dilaksanakan monev ke 40 koperasi.", "Y", 2025, "done"),
    ("Kegiatan ini akan dilanjutkan pada tahun 2026 sesuai Renstra.", "Y", 2025, "next year"),
    ("Tahun 2025 merupakan tahun keempat pelaksanaan Renstra Dinas 2021-2026.", "Y", 2025, "the own year"),
    ("Dibandingkan target akhir Renstra Tahun 2026, capaian tahun 2025 sudah mencapai 94%.", "Y", 2025, "the own year"),
    ("Capaian ini lebih rendah dari capaian Tahun 2023 sebesar 97% dan Tahun 2024 sebesar 95%.", "Y", 2025, "earlier years compared"),
    ("Penyaluran bantuan alat produksi kepada 25 IKM telah dilaksanakan pada Semester I dengan realisasi 100%.", "S2", 2025, "done in the half before"),
    ("Indikator ini diukur setiap semester, yaitu pada bulan Juni dan Desember.", "S1", 2025, "how the indicator is measured"),
    ("Indikator ini diukur setiap triwulan, sehingga capaian triwulan III dapat dibandingkan dengan triwulan II.", "T3", 2025, "the own quarter"),
    ("Capaian triwulan III belum dapat dihitung karena data BPS baru akan dirilis pada bulan November 2025.", "T3", 2025, "data still to come"),
    ("Kegiatan bimtek bagi 40 pengurus koperasi telah dilaksanakan di Hotel Aston Jember pada tanggal 9 Oktober 2025.", "T4", 2025, "done"),
    ("Pembinaan akan difokuskan pada 12 koperasi yang belum melaksanakan RAT tahun buku 2024.", "T2", 2025, "a book year, no plan's time"),
    ("RAT tahun buku 2024 akan dilaksanakan oleh 35 koperasi paling lambat bulan Juni 2025.", "T1", 2025, "a later month"),
    ("Keterlambatan pelaksanaan disebabkan proses lelang yang baru selesai pada tanggal 28 Agustus 2025.", "T3", 2025, "done"),
    ("Dengan selesainya lelang pada bulan Agustus 2025, pembangunan los pasar akan dimulai pada bulan Oktober 2025.", "T3", 2025, "done, and a later month"),
    ("Nilai Tukar Petani bulan September 2025 sebesar 112,4, naik dibanding bulan Agustus 2025.", "T3", 2025, "own months' figures"),
    ("Inflasi Kabupaten Lumajang bulan Juni 2025 sebesar 1,8% (yoy).", "T2", 2025, "an own month's figure"),
    ("Stok beras aman hingga akhir tahun, dan operasi pasar akan dilakukan bila harga naik di atas HET.", "T4", 2025, "no period planned for"),
    ("Tim Pengendali Inflasi Daerah akan kembali menggelar Gerakan Pangan Murah pada bulan September 2025.", "T2", 2025, "a later month"),
    ("Sebanyak 12 IKM telah mengikuti pameran Jatim Fair pada tanggal 3-12 Oktober 2025 di Grand City Surabaya.", "T4", 2025, "done"),
    ("Sebanyak 12 IKM akan mengikuti pameran Jatim Fair pada tanggal 3-12 Oktober 2025 di Grand City Surabaya.", "T3", 2025, "later days"),
    ("Uji tera ulang bagi 1.250 UTTP dilaksanakan pada bulan Mei s.d. Juli 2025.", "T3", 2025, "no plan word"),
    ("Jumlah UMKM binaan per 30 September 2025 sebanyak 1.245 unit.", "T3", 2025, "the own quarter's end"),
    ("Jumlah UMKM binaan per 30 Juni 2025 sebanyak 1.180 unit.", "T3", 2025, "a date's count, no period"),
    ("Realisasi anggaran per 30 Juni 2025 sebesar Rp 5.400.125.000 atau 36%.", "T3", 2025, "a date's figure, no period"),
    ("Pada triwulan III tahun lalu capaian indikator ini hanya 60%.", "T3", 2025, "last year's quarter"),
    ("Pelatihan telah dilaksanakan pada triwulan sebelumnya dan pada triwulan ini dilakukan pendampingan.", "T3", 2025, "'triwulan ini'"),
    ("Pengadaan etalase akan dilaksanakan pada triwulan berikutnya.", "T3", 2025, "a later quarter"),
    ("Pendampingan akan dilanjutkan sampai dengan akhir Desember 2025.", "T3", 2025, "a later month"),
    ("Sampai dengan Juni 2025 realisasi fisik mencapai 48%.", "S1", 2025, "the own period"),
    ("Kunjungan kerja Komisi B DPRD ke sentra IKM dilaksanakan pada tanggal 21 Agustus 2025.", "T3", 2025, "no plan word"),
    ("Pada tanggal 21 Agustus 2025 Komisi B DPRD akan melakukan kunjungan kerja ke sentra IKM.", "T2", 2025, "a later day"),
    # --- places, doers and occasions around a plan's time (revnarasi4's _SISIPAN)
    ("Usulan bantuan akan diajukan ke Kementerian Koperasi pada bulan Oktober 2025.", "T3", 2025, "a later month after the place"),
    ("Usulan bantuan telah diajukan ke Kementerian Koperasi pada bulan Agustus 2025 dan akan diverifikasi pada bulan November 2025.", "T3", 2025, "done, and a later month"),
    ("Hasil verifikasi akan disampaikan oleh Dinas Provinsi pada bulan Agustus 2025, namun hingga akhir September belum diterima.", "T3", 2025, "the plan turned"),
    ("Peserta yang akan dilatih di BLK Lumajang pada bulan Agustus 2025 telah mengikuti pelatihan.", "T3", 2025, "the plan done"),
    ("Pasar murah telah digelar di 10 kecamatan menjelang Idul Adha pada bulan Juni 2025.", "S1", 2025, "done"),
    ("Pasar murah akan digelar di 10 kecamatan menjelang Natal pada bulan Desember 2025.", "T3", 2025, "a later month after the place and the occasion"),
    ("Penilaian Koperasi Award yang dilaksanakan oleh Tim Penilai Provinsi pada bulan November 2025 menetapkan 3 koperasi terbaik.", "T4", 2025, "no plan word"),
    ("Rapat koordinasi TPID dilaksanakan di Ruang Rapat Sekda pada tanggal 12 Agustus 2025.", "T3", 2025, "no plan word"),
    ("Rapat koordinasi TPID yang akan dilaksanakan di Ruang Rapat Sekda pada tanggal 12 Agustus 2025 diundur ke bulan Oktober.", "T3", 2025, "the plan moved to a later month"),
    ("Bimtek akan dilaksanakan di Surabaya pada Triwulan I Tahun 2026.", "T4", 2025, "next year's quarter after the place"),
    ("Pada Triwulan IV, sebagaimana hasil rapat evaluasi tanggal 2 Oktober 2025, akan dilakukan percepatan.", "T3", 2025, "a later quarter after a meeting's date"),
    ("Pada Triwulan IV, sebagaimana hasil rapat evaluasi tanggal 2 Oktober 2025, telah dilakukan percepatan.", "T4", 2025, "done"),
    ("Pada Semester II, sesuai Surat Edaran Sekda Nomor 900/456/427.12/2025, seluruh kegiatan fisik telah selesai.", "S2", 2025, "done"),
    ("Pada Triwulan II, sesuai Instruksi Bupati No. 3 Tahun 2025 tentang efisiensi, kegiatan perjalanan dinas dikurangi 50%.", "T2", 2025, "the own quarter, no plan word"),
    ("Pada Triwulan III, sesuai Instruksi Bupati No. 3 Tahun 2025 tentang efisiensi, kegiatan perjalanan dinas akan dikurangi 50%.", "T2", 2025, "the next quarter after 'No.' (was: Triwulan III)"),
    ("Pelatihan akan dilaksanakan pada tanggal 8 dan 9 Oktober 2025.", "T3", 2025, "later days"),
    ("Pelatihan telah dilaksanakan pada tanggal 8 dan 9 September 2025.", "T3", 2025, "done"),
    ("Pada akhir tahun 2025, sesuai target Renstra, 150 koperasi telah berstatus sehat.", "Y", 2025, "the own year's end"),
    ("Ke depan, pada Triwulan IV, sesuai arahan Bupati, akan dilakukan evaluasi menyeluruh.", "T3", 2025, "a later quarter"),
    ("Pelatihan telah dilaksanakan di Gedung Koperasi pada Juli s.d. Agustus 2025.", "T3", 2025, "done"),
    ("Sosialisasi akan dilaksanakan di Pendopo Kabupaten pada 3 Apr 2025.", "T1", 2025, "a later day, 'Apr'"),
    ("Data realisasi akan tersedia pada bulan Agustus 2025.", "T3", 2025, "data still to come"),
    ("Capaian indikator pada Triwulan III akan diketahui setelah data BPS tersedia.", "T3", 2025, "data still to come ('tersedia' of data, no plan's condition)"),
    ("Realisasi Triwulan III akan diinput setelah data tersedia.", "T3", 2025, "data still to come"),
    # --- Triwulan I, the half years and the year's report, everyday text
    ("Kegiatan pelatihan akan digeser ke Triwulan IV karena refocusing.", "T3", 2025, "moved to a later quarter, 'ke' (was: Triwulan IV)"),
    ("Anggaran pelatihan akan dialihkan ke Triwulan IV pada APBD-P.", "T3", 2025, "moved to a later quarter (was: Triwulan IV)"),
    ("Kegiatan akan dialihkan ke Bidang Perdagangan pada Triwulan IV.", "T3", 2025, "a later quarter after the place"),
    ("Dalam Triwulan I Tahun 2025, Dinas telah menetapkan Perjanjian Kinerja pada tanggal 31 Januari 2025.", "T1", 2025, "done"),
    ("Perjanjian Kinerja Tahun 2025 ditandatangani oleh Kepala Dinas dan Bupati pada tanggal 3 Februari 2025.", "T1", 2025, "no plan word"),
    ("Pada bulan Januari s.d. Maret 2025 belum terdapat realisasi anggaran belanja modal karena proses lelang akan dimulai bulan April 2025.", "T1", 2025, "the own months, a later one"),
    ("Capaian Triwulan I Tahun 2025 tergolong rendah, yaitu 18%, karena sebagian besar kegiatan akan dilaksanakan pada Triwulan II dan III.", "T1", 2025, "the own figure, later quarters"),
    ("Selama Semester I Tahun 2025, Dinas telah melaksanakan 18 dari 32 kegiatan.", "S1", 2025, "the own half"),
    ("Capaian Semester I Tahun 2025 ini menjadi bahan evaluasi untuk Semester II.", "S1", 2025, "the own half"),
    ("Laporan Kinerja Semester I Tahun 2025 ini disusun berdasarkan Perjanjian Kinerja Tahun 2025.", "S1", 2025, "the own title"),
    ("Sisa kegiatan akan dilaksanakan pada Semester II Tahun 2025 setelah P-APBD ditetapkan.", "S1", 2025, "the next half"),
    ("Triwulan II Tahun 2025 menjadi periode dengan realisasi terbesar, yaitu 26%.", "S1", 2025, "a quarter of the own half"),
    ("Selama Semester II, seluruh kegiatan yang tertunda pada Semester I telah dilaksanakan.", "S2", 2025, "the own half"),
    ("Kegiatan yang tertunda telah diselesaikan pada bulan Desember 2025 menjelang tutup tahun anggaran.", "S2", 2025, "done"),
    ("Capaian s.d. Semester I hanya 45%, tetapi pada akhir Desember 2025 mencapai 98%.", "S2", 2025, "compared with the year's end reached (was: Semester I)"),
    ("LKjIP Tahun 2025 ini memuat capaian 12 IKU sebagaimana ditetapkan dalam Perjanjian Kinerja Tahun 2025.", "Y", 2025, "the own title"),
    ("Pada Tahun 2026, sesuai Renstra Perubahan, akan dilakukan penyesuaian target.", "Y", 2025, "next year"),
    ("Realisasi anggaran Triwulan I sebesar 12%, Triwulan II 36%, Triwulan III 61% dan Triwulan IV 93,4%.", "Y", 2025, "every quarter of the year"),
    ("Kegiatan ini telah dilaksanakan di Hotel Aston pada bulan Oktober 2025.", "Y", 2025, "done"),
    ("Kegiatan ini dilaksanakan pada bulan Juli dan akan dilanjutkan pada bulan Januari 2026.", "T4", 2025, "next year's month"),
    ("Pameran Jatim Fair diikuti oleh 12 IKM pada bulan Oktober 2025.", "T4", 2025, "no plan word"),
    ("Pelatihan bagi 30 IKM di BLK Lumajang dijadwalkan pada bulan November 2025.", "T3", 2025, "a later month"),
    ("Pelatihan dijadwalkan di BLK Lumajang pada bulan September 2025 namun diundur.", "T3", 2025, "the plan moved"),
    ("Sesuai hasil Musrenbang tanggal 12 Maret 2025, pembangunan los pasar akan dilaksanakan pada Triwulan IV.", "T3", 2025, "a meeting's date, a later quarter"),
    ("Capaian triwulan ini (Juli – September 2025) sebesar 72%.", "T3", 2025, "'triwulan ini' and its months"),
    ("Pelatihan \"Digital Marketing for UMKM\" akan diselenggarakan pada bulan November 2025.", "T3", 2025, "English words, a later month"),
    ("Program \"Agustusan Festival\" telah dilaksanakan dengan 50 stan.", "T3", 2025, "'Agustusan' is no month"),
    ("Kegiatan Lumajang March Expo telah dilaksanakan di alun-alun.", "T3", 2025, "'March' is an event's name"),
    ("Kegiatan akan dilaksanakan bersama Ibu Dec Rina pada Triwulan III.", "T2", 2025, "'Dec' is a name; the next quarter"),
    ("Sosialisasi akan dilaksanakan oleh Sdr. Septian Hadi pada bulan Oktober 2025.", "T3", 2025, "'Septian' is a name; a later month"),
    ("Monev dilakukan oleh Tim Monev yang diketuai Sdr. Juni Hartono pada bulan Agustus 2025.", "T3", 2025, "'Juni' is a name; no plan word"),
    ("Pelatihan dijadwalkan ulang pada bulan Januari 2026 karena pengadaan belum selesai.", "T4", 2025, "next year's month"),
    ("Data jumlah UMKM per 31 Agustus 2025 sebanyak 45.210 unit sesuai data ODS.", "T3", 2025, "a date's count"),
    ("Bantuan telah disalurkan pada bulan Juli, Agustus dan September 2025 kepada 300 pelaku usaha.", "S2", 2025, "done"),
    ("Pada TA 2025, sesuai DPA Perubahan, Dinas melaksanakan 14 program.", "Y", 2025, "the own year"),
    ("Capaian Indikator Persentase Pasar Rakyat yang Dikelola secara Profesional pada Triwulan III sebesar 80%, sama dengan Triwulan II.", "T3", 2025, "compared"),
    ("Capaian pada Triwulan II (45%) dan Triwulan III (72%) menunjukkan tren meningkat.", "T3", 2025, "compared"),
    ("Di Triwulan III realisasi sebesar 61% dan di Triwulan IV naik menjadi 93%.", "T4", 2025, "compared"),
    ("Realisasi anggaran Smt I Rp 5,4 M (36%) dan Smt II Rp 8,8 M (58%).", "S2", 2025, "both halves"),
    ("Realisasi anggaran Semester I Rp 5.400.125.000 meningkat menjadi Rp 14.210.350.000 pada akhir tahun.", "S2", 2025, "compared with the year's end"),
    # decided by the lead, stop 39 (decision 1, moved from QUIET_NOT_MENDED): the quarter before's plan told
    # as done is history
    ("Sebagaimana rencana pada triwulan III, pasar murah telah digelar di 21 kecamatan.", "T4", 2025, "the quarter before's plan told as done"),
    ("Sesuai rencana pada triwulan III, pasar murah telah digelar; pada Triwulan I 2026 akan digelar kembali.", "T4", 2025, "done, and next year's plan"),
    # decided by the lead, stop 39 (decision 2, moved from QUIET_NOT_MENDED): a comparison in the year's
    # report is quiet, here an earlier quarter's figure risen to the year's end; and last year's quarter
    ("Capaian s.d. Triwulan III sebesar 70% meningkat menjadi 96% pada akhir tahun.", "Y", 2025, "Triwulan III compared with the year's end"),
    ("Dibandingkan dengan Triwulan III Tahun 2024, capaian akhir tahun naik 20%.", "Y", 2025, "compared with last year's Triwulan III"),
    # (stop 39, decision 3's edges) a later quarter or month, a noun's period after the object ("capaian
    # kinerja", "yang belum RAT"), the event told as done, next year's quarter, the plan's result stated
    ("Dinas akan melakukan percepatan pada Triwulan III.", "T2", 2025, "a later quarter after the object"),
    ("Dinas akan mengevaluasi capaian kinerja pada Triwulan III.", "T3", 2025, "the period of the capaian evaluated"),
    ("Dinas akan membina koperasi yang belum RAT pada Triwulan III.", "T3", 2025, "the period of the koperasi's state"),
    ("Tim Pengendali Inflasi Daerah akan kembali menggelar Gerakan Pangan Murah pada bulan November 2025.", "T3", 2025, "a later month after the object"),
    ("Dalam rangka HUT RI ke-80 pada bulan Agustus 2025, Dinas telah menggelar bazar UMKM di alun-alun.", "T3", 2025, "the event told as done"),
    ("Dalam rangka HUT RI ke-80 pada bulan Agustus 2025, Dinas akan menggelar bazar UMKM di alun-alun.", "T2", 2025, "the event in a later month"),
    ("Dinas akan melakukan percepatan pada Triwulan I Tahun 2026.", "T4", 2025, "next year's quarter"),
    ("Dinas akan melakukan percepatan pada Triwulan III dan telah terealisasi 80%.", "T3", 2025, "the plan's result stated"),
    # (stop 39, decision 6's edges) the report's own last month, a later month (a target's), a range's end, a
    # comparison, another year's month, the own period named beside it
    ("Sampai dengan Juni 2025 realisasi fisik mencapai 48%.", "S1", 2025, "Semester I's own last month"),
    ("Sampai dengan September 2025 realisasi fisik mencapai 72%.", "T3", 2025, "Triwulan III's own last month"),
    ("Target s.d. Desember 2025 sebesar 100%.", "T3", 2025, "a later month: the year's target"),
    ("Pelatihan berlangsung dari April s.d. Juni 2025.", "T3", 2025, "a range's end"),
    ("Realisasi meningkat dibandingkan realisasi s.d. Juni 2025.", "T3", 2025, "a comparison"),
    ("Realisasi s.d. Juni 2025 sebesar 48% dan s.d. September 2025 sebesar 72%.", "T3", 2025, "the own last month beside it"),
    ("Sampai dengan Juni 2024 realisasi fisik mencapai 48%.", "T3", 2025, "another year's month"),
    ("Realisasi s.d. Juni 2025 sebesar 48%, pada triwulan ini meningkat menjadi 72%.", "T3", 2025, "'triwulan ini' beside it"),
]  # fmt: skip

# stale: named (text, report, its year, the periods named, reason)
LEFTOVERS = [
    # --- ", dan pada ..." / a joined plan
    ("Pendataan koperasi aktif telah selesai, dan pada Triwulan III akan dilakukan verifikasi lapangan.", "T3", 2025, ["rencana untuk Triwulan III"], "', dan pada' the own quarter"),
    ("Pameran telah diikuti pada Triwulan I, dan pada Triwulan II akan diikuti kembali di Surabaya.", "T3", 2025, ["Triwulan II"], "an earlier quarter's plan; Triwulan I told as done (was: Triwulan I, Triwulan II)"),
    ("Sosialisasi telah diberikan kepada 40 pelaku usaha, dan pada bulan September 2025 akan dilanjutkan dengan pelatihan.", "T3", 2025, ["rencana untuk bulan September 2025"], "', dan pada' a covered month"),
    ("Monitoring telah dilakukan di 10 pasar, dan pada Semester II akan diperluas ke 15 pasar.", "S2", 2025, ["rencana untuk Semester II"], "', dan pada' the own half"),
    # --- an earlier quarter's figure stated
    ("Target Triwulan II sebesar 50% dengan realisasi sebesar 45% atau capaian 90%.", "T3", 2025, ["Triwulan II"], "the Triwulan II report's figures"),
    ("Capaian Triwulan I sebesar 22% tergolong sangat rendah karena DPA belum dapat dilaksanakan.", "T2", 2025, ["Triwulan I"], "the Triwulan I report's figure and reason"),
    ("Realisasi anggaran Triwulan III mencapai Rp 3.215.000.000 atau 21%.", "T4", 2025, ["Triwulan III"], "the Triwulan III report's figure"),
    ("Jumlah wirausaha baru s.d. triwulan ii sebanyak 85 orang dari target 200 orang.", "T3", 2025, ["Triwulan II"], "the Triwulan II report's period"),
    ("Pada triwulan II realisasi anggaran sebesar 36%.", "T3", 2025, ["Triwulan II"], "the Triwulan II report's figure"),
    ("Capaian triwulan II belum dapat dihitung karena data BPS baru akan dirilis pada bulan Agustus 2025.", "T3", 2025, ["Triwulan II"], "the Triwulan II report's data note (the release is data to come, no plan)"),
    ("Capaian s.d. Triwulan III sebesar 75% tergolong tinggi.", "T4", 2025, ["Triwulan III"], "the Triwulan III report's figure"),
    ("Capaian s.d. Triwulan III sebesar 70% tergolong tinggi.", "Y", 2025, ["Triwulan III"], "the Triwulan III report's figure"),
    # --- adjuncts between commas
    ("Pada Triwulan III, berdasarkan hasil rapat koordinasi dengan Bappeda dan BPKAD, akan dilaksanakan percepatan.", "T3", 2025, ["rencana untuk Triwulan III"], "the own quarter's plan after an adjunct"),
    ("Pada Triwulan III, sesuai surat Kepala Bidang Perdagangan tanggal 10 Juni 2025, akan dilakukan tera ulang.", "T3", 2025, ["rencana untuk Triwulan III"], "nine words, the letter's date no release date (was: quiet)"),
    ("Pada Triwulan III, sesuai Surat Kepala Dinas Nomor 500/123/427.54/2025 tanggal 5 Juli 2025, akan dilaksanakan monev.", "T3", 2025, ["rencana untuk Triwulan III"], "a letter's number with dots (was: quiet)"),
    ("Pada Semester II, sebagaimana diamanatkan dalam Perbup No. 12 Tahun 2024, akan dilaksanakan penilaian koperasi.", "S2", 2025, ["rencana untuk Semester II"], "'No.' in the adjunct (was: quiet)"),
    ("Pada bulan Agustus 2025, sesuai jadwal Dekranasda Provinsi, akan diikuti pameran di Surabaya.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "a covered month before an adjunct (was: quiet)"),
    # --- months, days, places between the verb and the date
    ("Monev akan dilaksanakan pada bulan Juli, Agustus dan September 2025.", "T3", 2025, ["rencana untuk bulan Juli – September 2025"], "a list of covered months"),
    ("RAT koperasi akan dilaksanakan paling lambat akhir Mar 2025.", "T1", 2025, ["rencana untuk bulan Maret 2025"], "'Mar' with a year"),
    ("Sosialisasi akan dilaksanakan pada tgl 2 s.d. 4 Sept 2025.", "T3", 2025, ["rencana untuk bulan September 2025"], "a range of days (was: quiet)"),
    ("Pameran Lumajang Expo akan digelar pada 17 s.d. 20 Agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "a range of days (was: quiet)"),
    ("Sosialisasi akan digelar di Gedung Kesenian Lumajang pada 12 s.d. 14 November 2025.", "T4", 2025, ["rencana untuk bulan November 2025"], "a place, then a range of days (was: quiet)"),
    ("Bimtek akan dilaksanakan pada 30 September - 2 Oktober 2025.", "T4", 2025, ["rencana untuk bulan September – Oktober 2025"], "days across two covered months (was: rencana untuk bulan September)"),
    ("Pelatihan akan dilaksanakan pada 24 Februari s.d. 3 Maret 2025.", "T1", 2025, ["rencana untuk bulan Februari – Maret 2025"], "days across two covered months (was: rencana untuk bulan Februari)"),
    ("Pasar murah akan dilaksanakan menjelang Idul Fitri 1446 H pada bulan Maret 2025.", "T2", 2025, ["rencana untuk bulan Maret 2025"], "the occasion between the verb and the month (was: quiet)"),
    ("Pemantauan harga akan dilaksanakan menjelang Natal pada Des 2025.", "T4", 2025, ["rencana untuk bulan Desember 2025"], "the occasion between the verb and the month (was: quiet)"),
    ("Kegiatan bimtek bagi 40 pengurus koperasi akan dilaksanakan di Hotel Aston Jember pada tanggal 9 Oktober 2025.", "T4", 2025, ["rencana untuk bulan Oktober 2025"], "the place between the verb and the day (was: quiet)"),
    ("Kegiatan ini akan dilaksanakan di Kec. Pasirian pada bulan Agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "'Kec.' in the place (was: quiet)"),
    ("Kegiatan ini akan dilaksanakan di Ds. Sumbersari Kec. Rowokangkung pada Triwulan III.", "T3", 2025, ["rencana untuk Triwulan III"], "the place between the verb and the own quarter (was: quiet)"),
    ("Produk IKM akan dipasarkan ke Jakarta pada bulan Agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "'ke' a place (was: quiet)"),
    ("RAT tahun buku 2024 akan dilaksanakan oleh 35 koperasi paling lambat bulan Juni 2025.", "T2", 2025, ["rencana untuk bulan Juni 2025"], "the doer, then a covered deadline (was: quiet)"),
    ("Pasar murah akan dilaksanakan menjelang Idul Fitri 1446 H pada bulan Maret 2025.", "T1", 2025, ["rencana untuk bulan Maret 2025"], "Maret ends Triwulan I (was: quiet)"),
    ("Sertifikasi halal akan difasilitasi pada Mei 2025 bagi 50 IKM.", "T2", 2025, ["rencana untuk bulan Mei 2025"], "'Mei' with a year"),
    ("Pelatihan akan dilaksanakan pada bulan Jul 2025 di BLK Lumajang.", "T3", 2025, ["rencana untuk bulan Juli 2025"], "'Jul'"),
    ("Penyaluran bantuan akan dilakukan pada pertengahan Jun 2025.", "S1", 2025, ["rencana untuk bulan Juni 2025"], "'Jun' with a year"),
    ("Pelatihan akan dilaksanakan pada bulan Desember 2024 di Aula Dinas.", "T1", 2025, ["rencana untuk bulan Desember 2024"], "last year's month"),
    ("Pada tanggal 21 Agustus 2025 Komisi B DPRD akan melakukan kunjungan kerja ke sentra IKM.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "a covered day opening the clause"),
    ("Pelatihan akan dilaksanakan pada minggu kedua bulan Agustus 2025 bertempat di UPT Pelatihan Koperasi.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "a covered week"),
    ("Uji tera ulang bagi 1.250 UTTP akan dilaksanakan pada bulan Mei s.d. Juli 2025.", "T3", 2025, ["rencana untuk bulan Mei – Juli 2025"], "a range ending in a covered month"),
    ("Monitoring ke 15 koperasi akan dilaksanakan pada bulan Mei 2025.", "T2", 2025, ["rencana untuk bulan Mei 2025"], "a covered month"),
    ("Kegiatan yang tertunda akan dilaksanakan pada bulan Oktober 2025.", "T4", 2025, ["rencana untuk bulan Oktober 2025"], "a covered month"),
    ("Penilaian koperasi berprestasi akan dilaksanakan pada bulan Mei 2025 di Aula Dinas.", "S1", 2025, ["rencana untuk bulan Mei 2025"], "Semester I's month"),
    ("Pada bulan November 2025 akan dilaksanakan monev ke 40 koperasi.", "Y", 2025, ["rencana untuk bulan November 2025"], "the year's month"),
    ("Realisasi rendah karena pencairan anggaran baru akan dilakukan pada bulan Juli 2025.", "T3", 2025, ["rencana untuk bulan Juli 2025"], "the Triwulan II report's reason"),
    ("APBD-P Tahun 2025 akan ditetapkan pada bulan Agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "a covered month"),
    ("Penilaian Koperasi Award akan dilaksanakan oleh Tim Penilai Provinsi pada bulan November 2025.", "T4", 2025, ["rencana untuk bulan November 2025"], "the doer, then a covered month (was: quiet)"),
    ("Rapat koordinasi TPID akan dilaksanakan di Ruang Rapat Sekda pada tanggal 12 Juni 2025.", "T2", 2025, ["rencana untuk bulan Juni 2025"], "the place, then a covered day (was: quiet)"),
    ("Pasar murah akan digelar di 10 kecamatan menjelang Idul Adha pada bulan Juni 2025.", "T2", 2025, ["rencana untuk bulan Juni 2025"], "'di 10 kecamatan' and the occasion (was: quiet)"),
    ("Kegiatan ini akan dilaksanakan di Aula Dinas pada bulan Agustus 2025 bila anggaran tersedia.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "'bila anggaran tersedia' is the plan's condition, no data to come (was: quiet)"),
    ("Kegiatan ini akan dilaksanakan pada Triwulan III bila anggaran tersedia.", "T3", 2025, ["rencana untuk Triwulan III"], "ditto for the own quarter (was: quiet)"),
    ("Kegiatan ini akan dilaksanakan pada Triwulan III setelah dana hibah provinsi dicairkan.", "T3", 2025, ["rencana untuk Triwulan III"], "the money's condition"),
    ("Pelatihan akan dilaksanakan pada tanggal 8 dan 9 September 2025.", "T3", 2025, ["rencana untuk bulan September 2025"], "two covered days (was: quiet)"),
    ("Pendampingan akan dilaksanakan pada tanggal 29-30 September 2025 di Kec. Tempeh.", "T3", 2025, ["rencana untuk bulan September 2025"], "a range of covered days (was: quiet)"),
    ("Pelatihan akan dilaksanakan di Gedung Koperasi pada Juli s.d. Agustus 2025.", "T3", 2025, ["rencana untuk bulan Juli – Agustus 2025"], "the place, then covered months (was: quiet)"),
    ("Sosialisasi akan dilaksanakan di Pendopo Kabupaten pada 3 Feb 2025.", "T1", 2025, ["rencana untuk bulan Februari 2025"], "the place, then a covered day, 'Feb' (was: quiet)"),
    ("Pada Triwulan III, sesuai Instruksi Bupati No. 3 Tahun 2025 tentang efisiensi, kegiatan perjalanan dinas akan dikurangi 50%.", "T3", 2025, ["rencana untuk Triwulan III"], "the own quarter after 'No.' (was: quiet)"),
    ("Perjanjian Kinerja Tahun 2025 akan ditandatangani pada bulan Februari 2025.", "T1", 2025, ["rencana untuk bulan Februari 2025"], "Februari is Triwulan I's"),
    ("Kegiatan RAT akan dilaksanakan oleh 120 koperasi pada bulan Februari dan Maret 2025.", "T1", 2025, ["rencana untuk bulan Februari – Maret 2025"], "the doer, then covered months (was: quiet)"),
    ("Pendampingan penyusunan RAT akan dilakukan di 21 kecamatan pada Mar 2025.", "T1", 2025, ["rencana untuk bulan Maret 2025"], "'di 21 kecamatan', then 'Mar 2025' (was: quiet)"),
    ("Pada bulan Juni 2025 akan dilaksanakan pameran produk unggulan di Jatim Expo.", "S1", 2025, ["rencana untuk bulan Juni 2025"], "Juni ends Semester I"),
    ("Kegiatan yang tertunda akan diselesaikan pada bulan Desember 2025 menjelang tutup tahun anggaran.", "S2", 2025, ["rencana untuk bulan Desember 2025"], "Desember ends Semester II"),
    ("Kegiatan ini dilaksanakan pada bulan Juli dan akan dilanjutkan pada bulan Oktober 2025.", "T4", 2025, ["rencana untuk bulan Oktober 2025"], "a joined plan for a covered month"),
    ("Kegiatan ini dilaksanakan pada bulan Juli dan akan dilanjutkan pada bulan Oktober 2025.", "Y", 2025, ["rencana untuk bulan Oktober 2025"], "ditto in the year's report"),
    ("Pelatihan bagi 30 IKM di BLK Lumajang dijadwalkan pada bulan September 2025.", "T3", 2025, ["rencana untuk bulan September 2025"], "a covered month"),
    ("Pelatihan dijadwalkan di BLK Lumajang pada bulan September 2025.", "T3", 2025, ["rencana untuk bulan September 2025"], "the place, then a covered month (was: quiet)"),
    ("Sisa kegiatan akan dilaksanakan pada Semester II Tahun 2025 setelah P-APBD ditetapkan.", "S2", 2025, ["rencana untuk Semester II"], "the own half's plan"),
    ("Sosialisasi akan dilaksanakan oleh Sdr. Agus pada bulan Agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "'oleh Sdr. Agus', then a covered month (was: quiet)"),
    ("Pelatihan akan dijadwalkan ulang pada bulan Desember 2025.", "T4", 2025, ["rencana untuk bulan Desember 2025"], "a covered month"),
    ("Pendataan ulang UMKM akan dilaksanakan mulai 1 Agustus 2025 hingga 31 Agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "a covered month's days"),
    ("Pendataan ulang UMKM akan dilaksanakan mulai 1 September 2025 hingga 31 Desember 2025.", "T3", 2025, ["rencana untuk bulan September 2025"], "a start planned for a covered month (review.py's 'akan dimulai pada bulan Juli')"),
    ("Realisasi anggaran Smt I Rp 5,4 M atau 36%.", "S2", 2025, ["Semester I"], "Semester I's amount stated (was: quiet)"),
    ("Pada Triwulan II capaian sebesar 45%, sehingga perlu percepatan.", "T3", 2025, ["Triwulan II"], "the Triwulan II report's figure"),
    ("Laporan Kinerja TA 2024 ini disusun sesuai Permenpan RB No. 53 Tahun 2014.", "Y", 2025, ["Tahun 2024"], "last year's title, 'TA'"),
    # --- quarters and halves planned for
    ("Capaian masih rendah karena sebagian besar kegiatan baru akan dilaksanakan pada triwulan II.", "T2", 2025, ["rencana untuk Triwulan II"], "the Triwulan I report's reason"),
    ("Kegiatan ini dianggarkan dalam DPA Perubahan dan akan dilaksanakan pada Triwulan III.", "T3", 2025, ["rencana untuk Triwulan III"], "the own quarter's plan"),
    ("Sisa kegiatan akan diselesaikan pada Triwulan IV.", "Y", 2025, ["rencana untuk Triwulan IV"], "the year's last quarter's plan"),
    ("Penyaluran bantuan alat produksi kepada 25 IKM akan dilaksanakan pada Semester I.", "S1", 2025, ["rencana untuk Semester I"], "the own half's plan"),
    ("Pada Semester II akan dilaksanakan pameran produk unggulan.", "S2", 2025, ["rencana untuk Semester II"], "the own half's plan"),
    ("Pameran akan dilaksanakan pada Triwulan III.", "S2", 2025, ["rencana untuk Triwulan III"], "a quarter of the own half"),
    # --- titles of another period or year, Semester I's figure in Semester II
    ("Laporan Kinerja Instansi Pemerintah Tahun Anggaran 2024 ini disusun sebagai pertanggungjawaban Kepala Dinas.", "Y", 2025, ["Tahun 2024"], "last year's title"),
    ("LKjIP Dinas Koperasi, UKM, Perindustrian dan Perdagangan Thn. 2024 ini menyajikan capaian 12 indikator.", "Y", 2025, ["Tahun 2024"], "last year's title, 'Thn.'"),
    ("Laporan Kinerja Triwulan IV Tahun 2024 ini disusun berdasarkan Perjanjian Kinerja Tahun 2024.", "T1", 2025, ["Triwulan IV Tahun 2024"], "last year's Triwulan IV title"),
    ("Laporan Kinerja Semester I ini disusun sebagai bahan evaluasi pimpinan.", "S2", 2025, ["Semester I"], "the Semester I title"),
    ("Laporan Kinerja Triwulan II ini disusun sebagai bahan evaluasi pimpinan.", "T3", 2025, ["Triwulan II"], "the Triwulan II title"),
    ("Realisasi fisik Semester I mencapai 52% dari target.", "S2", 2025, ["Semester I"], "Semester I's figure"),
    ("Capaian kinerja Semester I sebesar 48% tergolong rendah karena DPA Perubahan belum ditetapkan.", "S2", 2025, ["Semester I"], "Semester I's figure and reason"),
    # (stop 39, decision 2's edge) in the year's report the compared quarter goes quiet, the quarter reported
    # beside it does not: a Triwulan III report's sentence
    ("Capaian Triwulan III meningkat dibandingkan Triwulan II.", "Y", 2025, ["Triwulan III"], "Triwulan III's figure compared with Triwulan II"),
    # decided by the lead, stop 39 (decision 3, moved from NOT_MENDED): a plan's period after the verb's
    # object, or in an adjunct or subject naming the event's date, is the plan's time
    ("Dengan realisasi s.d. Triwulan II sebesar 36%, Dinas akan melakukan percepatan pada Triwulan III.", "T3", 2025, ["Triwulan II", "rencana untuk Triwulan III"], "the own quarter after the verb's object"),
    ("Tim Pengendali Inflasi Daerah akan kembali menggelar Gerakan Pangan Murah pada bulan September 2025.", "T3", 2025, ["rencana untuk bulan September 2025"], "a covered month after the verb's object"),
    ("Sebanyak 12 IKM akan mengikuti pameran Jatim Fair pada tanggal 3-12 Oktober 2025 di Grand City Surabaya.", "T4", 2025, ["rencana untuk bulan Oktober 2025"], "covered days after the verb's object"),
    ("Dengan berakhirnya Triwulan II, Dinas akan fokus pada pelaksanaan kegiatan fisik di Triwulan III.", "T3", 2025, ["Triwulan II", "rencana untuk Triwulan III"], "the own quarter after the verb's object"),
    ("Dalam rangka HUT RI ke-80 pada bulan Agustus 2025, Dinas akan menggelar bazar UMKM di alun-alun.", "T3", 2025, ["rencana untuk bulan Agustus 2025"], "the event's covered month before the plan"),
    ("Dalam rangka Hari Koperasi ke-78 tanggal 12 Juli 2025, akan diadakan pameran produk koperasi.", "T3", 2025, ["rencana untuk bulan Juli 2025"], "the event's covered day before the plan"),
    ("Festival UMKM dalam rangka Hari Jadi Lumajang ke-770 pada tanggal 15 Desember 2025 akan diikuti 150 pelaku usaha.", "Y", 2025, ["rencana untuk bulan Desember 2025"], "a covered day in the plan's subject"),
    ("Penyerahan bantuan akan dilaksanakan oleh Bupati Lumajang pada acara puncak Hari Jadi Lumajang tanggal 15 Desember 2025.", "Y", 2025, ["rencana untuk bulan Desember 2025"], "a covered day after the occasion's name"),
    # decided by the lead, stop 39 (decision 6, moved from NOT_MENDED): a period given by its last month is
    # read as that range from Januari, as "periode Januari – Juni" is (Juni, 6, ends before Triwulan III)
    ("Sampai dengan Juni 2025 realisasi fisik mencapai 48%.", "T3", 2025, ["Januari – Juni"], "Semester I's period by its last month"),
    ("Sampai dengan Juni 2025 realisasi fisik mencapai 48%.", "Y", 2025, ["Januari – Juni"], "Semester I's period in the year's report"),
]  # fmt: skip


# stale sentences this change does not mend (strict xfail: a change meeting one must move it above;
# stop 39 took its rows by the lead's decisions 3 and 6, now in LEFTOVERS)
NOT_MENDED: list[tuple[str, str, int, list[str], str]] = []

# honest sentences still named (strict xfail)
QUIET_NOT_MENDED = [
]  # fmt: skip


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


def test_a_plan_at_a_place_on_a_covered_day_is_named_in_the_peringatan_and_in_word():
    """Triwulan IV 2025 (tests/test_narasi1.py's tindak_lanjut): the bimtek planned "di Hotel Aston Jember
    pada tanggal 9 Oktober 2025" (Oktober, 10: Triwulan IV's) is named at its cell and under the
    paragraph alike; the same text done ("telah dilaksanakan") is quiet."""
    from tests.test_narasi1 import tindak_lanjut

    teks = "Bimtek bagi 40 pengurus koperasi akan dilaksanakan di Hotel Aston Jember pada tanggal 9 Oktober 2025."
    narasi, texts = tindak_lanjut(4, teks)
    uraian = (
        "masih menyebut rencana untuk bulan Oktober 2025, padahal laporan ini melaporkan hasil "
        "Triwulan IV Tahun 2025 yang sudah berakhir"
    )
    pesan = (
        f'Teks Bagian "Tindak Lanjut" {uraian} (Pengaturan, Triwulan): perbarui teksnya untuk triwulan ini'
    )
    tanda = f'[isi: teks ini {uraian}; perbarui teksnya (sheet Narasi, Bagian "Tindak Lanjut")]'
    assert ([f.pesan for f in narasi.findings], texts) == ([pesan], [teks, tanda])
    selesai = teks.replace("akan dilaksanakan", "telah dilaksanakan")
    narasi, texts = tindak_lanjut(4, selesai)
    assert (narasi.findings, texts) == ([], [selesai])
