"""Mend 36g: the Narasi leftover check after the third blind review (revG).

A false leftover is severe: a peringatan AND "[isi: ...]" under staff's paragraph in the Word report;
precision first, when in doubt quiet. Every revG sentence (/tmp/revG: its blind set kalimat.py, the
reviewer's verdicts, its 8 ambiguous ones excluded; its probes probe.py, probe2.py, probe3.py, with the
verdict of the lead's decisions, of revB's/revG's blind sets for the same shape, or of a careful
reader where revG gave none). The lead's decisions:

1. An own-period "plan" with its result stated after it is history, quiet: "realisasi"/"capaian" with
   a figure, "terealisasi", "terserap", "tercapai", "sebesar N%", "(90%)", or turned with "namun",
   "tetapi", "belum ... terlaksana" ("Pada triwulan III direncanakan pembinaan 20 koperasi, realisasi
   18 koperasi (90%).").
2. "perlu" never marks an own-period plan, only quiets a later period ("Pada triwulan III, capaian
   masih perlu ditingkatkan.").
3. A 4-digit year right after a period names that year with or without "tahun" ("Triwulan II 2026" in
   a 2025 report is a later year, quiet; "triwulan IV 2025" in 2026 is history as "tahun 2025" is); a
   plan of another year is never "rencana untuk" the reported period.
4. Abbreviation dots ("Rp.", "Kec.", "Jl.", "No.", "dll.", "dr.", "H.", "S.E.") end no sentence.
5. A done-word governed by "akan"/"diharapkan"/"ditargetkan" is no evidence of done: "Pembangunan los
   pasar akan selesai pada Triwulan IV." in Triwulan IV is an own-period plan (flagged).
"""

from __future__ import annotations

import pytest

from tests.test_mend36e import _lain, rencana_pesan
from tests.test_narasi1 import tindak_lanjut

# (text, report, its year); "blind": revG's verdict
QUIET = [
    # (narasi50, moved from NOT_TAKEN) the quarter just before named as the realisasi the capaian rests on:
    # the seed's Triwulan II data note (l.620), no leftover (lkj_xl/core/narasi_data_lalu.py)
    ("Capaian kinerjanya tergolong sangat rendah dikarenakan merupakan realisasi triwulan I.", "T2", 2025),
    # blind
    ("Laporan Kinerja Triwulan 2 Tahun 2025 ini disusun secara sistematis dan terukur.", "T2", 2025),
    ("Laporan Kinerja Triwulan III Tahun 2025 juga sekaligus menjadi sarana evaluasi kinerja selama periode bulan Juli – September 2025.", "T3", 2025),
    ("Laporan Kinerja Triwulan IV ini menjadi sarana evaluasi selama periode Oktober – Desember 2025.", "T4", 2025),
    ("Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025 menjadi sarana evaluasi selama periode Januari – Desember 2025.", "Y", 2025),
    ("Laporan Kinerja Semester I Tahun 2025 menjadi sarana evaluasi kinerja selama periode bulan Januari – Juni 2025.", "S1", 2025),
    ("Laporan Kinerja Semester II Tahun 2025 menjadi sarana evaluasi selama periode Juli – Desember 2025.", "S2", 2025),
    ("Demikian Laporan Kinerja Triwulan III ini kami susun, semoga bermanfaat.", "T3", 2025),
    ("Demikian LKjIP Tahun 2025 ini disusun sebagai pertanggungjawaban kinerja.", "Y", 2025),
    ("Capaian Triwulan ke-2 sebesar 71% tergolong sedang.", "T2", 2025),
    ("Realisasi s.d. TW.II sebesar 29 koperasi dengan capaian 23%.", "T2", 2025),
    ("Realisasi Tw 2 sebesar 4 koperasi.", "T2", 2025),
    ("Pada triwulan kedua tahun 2025 realisasi meningkat menjadi 29 koperasi.", "T2", 2025),
    ("Realisasi TW III sebesar 75% dan TW IV sebesar 100%.", "Y", 2025),
    ("Pada triwulan I dan II realisasi masih rendah, namun pada triwulan III dan IV meningkat signifikan.", "Y", 2025),
    ("Realisasi sampai dengan TW II sebesar 48% dari target.", "S1", 2025),
    ("Realisasi Semester I Tahun 2025 sebesar 48%.", "S1", 2025),
    ("Realisasi TW I sebesar 20 dan TW II sebesar 9.", "S1", 2025),
    ("Realisasi s.d. Triwulan IV sebesar 98%.", "S2", 2025),
    ("Realisasi Smt I sebesar 48% dan Smt II sebesar 50%.", "S2", 2025),
    ("Realisasi TW I-II sebesar 40% dan pada TW III bertambah menjadi 62%.", "T3", 2025),
    ("Capaian Semester I sebesar 48% dan pada triwulan III meningkat menjadi 70%.", "T3", 2025),
    ("Capaian Semester I sebesar 48%.", "T2", 2025),
    ("Realisasi s.d. TW III sebesar 70% sedangkan target s.d. TW IV sebesar 100%.", "T4", 2025),
    ("Dibandingkan dengan capaian Triwulan I sebesar 20%, capaian triwulan II meningkat menjadi 45%.", "T2", 2025),
    ("Target triwulan II sebesar 50 unit dan realisasi 45 unit.", "T2", 2025),
    ("Realisasi triwulan I sebesar 25 koperasi.", "T1", 2025),
    ("Realisasi anggaran periode Januari-Juni 2025 sebesar 36%.", "T2", 2025),
    ("Realisasi anggaran s.d. 30 September 2025 sebesar 58%.", "T3", 2025),
    ("Realisasi anggaran s.d 30 Juni 2025 sebesar Rp 6.835.975.140.", "T2", 2025),
    ("Realisasi Januari-Maret 2025 sebesar 20 dan April-Juni sebesar 9.", "T2", 2025),
    ("Pada bulan Mei 2025 telah dilakukan pendataan IKM sebanyak 120 unit.", "T3", 2025),
    ("Pasar murah dilaksanakan pada bulan Agustus 2025 bertepatan dengan HUT RI.", "T3", 2025),
    ("Inflasi bulan Juni 2025 sebesar 2,1% (yoy) lebih rendah dibandingkan Juni 2024.", "T2", 2025),
    ("Angka kemiskinan yang digunakan adalah data Maret 2025 (BPS).", "T2", 2025),
    ("Data yang digunakan adalah data Desember 2024 karena data Maret 2025 belum dirilis.", "T1", 2025),
    ("Kegiatan ini dijadwalkan pada bulan Juli 2025.", "T1", 2025),
    ("Kegiatan fasilitasi akan dilaksanakan pada bulan Juli 2025.", "T2", 2025),
    ("Pasar Murah dilaksanakan menjelang Natal dan Tahun Baru pada bulan Desember 2025.", "T4", 2025),
    ("Curah hujan tinggi pada bulan Januari-Februari menghambat distribusi barang.", "T1", 2025),
    ("Indikator ini belum terealisasi karena akan dilaksanakan pada triwulan berikutnya.", "T3", 2025),
    ("Kegiatan fasilitasi sertifikasi halal akan dilaksanakan pada triwulan II dan III.", "T1", 2025),
    ("Sisa target akan dikejar pada Semester II.", "T2", 2025),
    ("Sisa target akan dipenuhi pada Semester II tahun 2025.", "S1", 2025),
    ("Pelatihan barista direncanakan pada TW III.", "T2", 2025),
    ("Kegiatan monev akan dilaksanakan pada Tw 3 dan Tw 4.", "T2", 2025),
    ("Pengadaan mesin jahit dijadwalkan pada Triwulan ke-3 setelah P-APBD.", "T1", 2025),
    ("Rencana tindak lanjut pada TW III adalah koordinasi dengan BPS.", "T2", 2025),
    ("Kegiatan ini akan dilanjutkan pada triwulan I tahun 2026.", "Y", 2025),
    ("Kegiatan yang belum terlaksana akan dianggarkan kembali pada triwulan I tahun 2026.", "T4", 2025),
    ("Target tersebut akan dicapai pada TW I 2026.", "T4", 2025),
    ("Pelatihan digital marketing yang direncanakan pada triwulan II telah dilaksanakan pada bulan Mei.", "T2", 2025),
    ("Kegiatan yang dijadwalkan pada TW II dibatalkan karena refocusing anggaran.", "T2", 2025),
    ("Rencana kegiatan triwulan III adalah pembinaan 20 koperasi, terealisasi 18 koperasi.", "T3", 2025),
    ("Kegiatan pembinaan akan dilaksanakan pada kuartal ketiga.", "T2", 2025),
    ("Data yang disajikan adalah data sampai dengan triwulan I dikarenakan data sampai dengan triwulan II akan release di atas tanggal 10 Juli 2025.", "T2", 2025),
    ("Realisasi investasi triwulan I sebesar Rp 193.900 juta, sedangkan realisasi triwulan II akan direlease pada tanggal 10 Juli 2025.", "T2", 2025),
    ("Data PDRB triwulan II akan dirilis BPS pada bulan Agustus 2025, sehingga yang digunakan adalah data triwulan I.", "T2", 2025),
    ("Rendahnya capaian disebabkan karena kegiatan pada triwulan II bergeser ke triwulan III.", "T3", 2025),
    ("Kendala pada triwulan II berupa keterlambatan pencairan anggaran telah diatasi pada triwulan ini.", "T3", 2025),
    ("Kendala yang dihadapi adalah data BPS triwulan IV baru dirilis pada Februari 2026.", "T4", 2025),
    ("Capaian ini lebih rendah dibandingkan triwulan II tahun lalu sebesar 55%.", "T2", 2025),
    ("Dibandingkan triwulan yang sama tahun lalu (TW III 2024) capaian meningkat 5%.", "T3", 2025),
    ("Capaian TW III 2025 lebih tinggi dibandingkan TW III 2024.", "T3", 2025),
    ("Berdasarkan pengalaman tahun lalu, kegiatan fisik baru dapat dimulai pada triwulan III.", "T2", 2025),
    ("Capaian tahun 2025 sebesar 102%, meningkat dibanding tahun 2024 sebesar 95%.", "Y", 2025),
    ("Pelatihan tahap II dilaksanakan pada bulan Agustus 2025.", "T3", 2025),
    ("Pada Bab III disajikan capaian kinerja dan analisisnya.", "T2", 2025),
    ("Pembangunan Pasar Tipe II telah selesai 100%.", "T3", 2025),
    ("Revitalisasi pasar kelas III di Kecamatan Pasirian telah dimulai.", "T2", 2025),
    ("Sesuai Perbup Nomor 3 Tahun 2025 pasal 4, data dilaporkan setiap semester.", "T3", 2025),
    ("Program ini memiliki 2 (dua) indikator kinerja.", "T2", 2025),
    ("Jumlah koperasi yang melaksanakan RAT tahun buku 2024 sebanyak 120 koperasi.", "T1", 2025),
    ("Tahap I pembangunan gedung selesai pada bulan Agustus, tahap II pada bulan November 2025.", "T4", 2025),
    ("Diklat PIM III diikuti oleh 2 pejabat.", "T3", 2025),
    # probe.py, decision 3
    ("Target tersebut akan dicapai pada TW I 2026.", "T4", 2025),
    ("Kegiatan yang belum terlaksana akan dilaksanakan pada Triwulan I 2026.", "T4", 2025),
    ("Kegiatan yang belum terlaksana akan dilaksanakan pada Triwulan I tahun 2026.", "T4", 2025),
    ("Kegiatan yang belum terlaksana akan dilaksanakan pada triwulan pertama tahun 2026.", "T4", 2025),
    ("Pembangunan tahap II akan dilanjutkan pada TW I 2026.", "Y", 2025),
    ("Kegiatan ini akan dilaksanakan pada TW.I 2026 setelah DPA ditetapkan.", "T4", 2025),
    # probe.py, decision 1
    ("Target yang akan dicapai pada Triwulan II adalah 50 unit dan realisasi 45 unit (90%).", "T2", 2025),
    ("Pengadaan dijadwalkan pada triwulan II, namun proses lelang masih berjalan.", "T2", 2025),
    ("Realisasi yang akan dicapai pada TW III ditargetkan 75%, terealisasi 70%.", "T3", 2025),
    ("Target kinerja yang akan dicapai pada triwulan III sebesar 75% dengan realisasi 70%.", "T3", 2025),
    # probe.py, history
    ("Pada Semester I telah dilaksanakan 3 kegiatan pelatihan.", "S1", 2025),
    ("Kegiatan yang dijadwalkan di TW III terlaksana seluruhnya.", "T3", 2025),
    # probe.py, decision 1
    ("Sesuai jadwal, kegiatan akan dilaksanakan pada TW III, namun baru terlaksana 60%.", "T3", 2025),
    ("Kegiatan akan dilaksanakan pada TW III, namun mengalami keterlambatan karena lelang ulang.", "T3", 2025),
    ("Kegiatan direncanakan pada TW III, namun mengalami keterlambatan karena lelang ulang.", "T3", 2025),
    ("Kegiatan direncanakan pada TW III namun karena lelang ulang baru dapat dimulai bulan Oktober.", "T3", 2025),
    # probe.py, history
    ("Rencana tindak lanjut pada Triwulan IV telah dilaksanakan seluruhnya.", "T4", 2025),
    # probe.py, own period named
    ("Realisasi Tw 1 - 2 kegiatan, Tw 2 - 3 kegiatan.", "T2", 2025),
    ("Kegiatan di TW I dan 2 kegiatan lain di TW III telah selesai.", "T3", 2025),
    # probe.py, reads as TW I & TW II, the own quarter
    ("Pada TW I & 2 orang pegawai mengikuti diklat.", "T2", 2025),
    # probe.py, own period named
    ("Capaian TW II/2025 sebesar 40%, TW III/2025 sebesar 70%.", "T3", 2025),
    ("Realisasi TW III sebesar 70% lebih tinggi dari TW II sebesar 40%.", "T3", 2025),
    # probe.py, data still to come (mend36e)
    ("Dana akan dicairkan pada triwulan II setelah SP2D terbit.", "T2", 2025),
    # probe.py, history (mend36e)
    ("Evaluasi kinerja TW III dilaksanakan pada bulan Oktober 2025.", "T4", 2025),
    ("Sisa kegiatan tahun 2025 telah diselesaikan pada triwulan IV tahun 2025.", "T1", 2026),
    # probe.py, decision 3
    ("Sisa kegiatan tahun 2025 telah diselesaikan pada triwulan IV 2025.", "T1", 2026),
    # probe.py, history (mend36e)
    ("Sisa kegiatan telah diselesaikan pada triwulan IV tahun lalu.", "T1", 2026),
    # probe.py, later year (mend36e)
    ("Kegiatan ini akan dilaksanakan pada Triwulan II tahun 2026.", "T2", 2025),
    # probe.py, decision 3
    ("Kegiatan ini akan dilaksanakan pada Triwulan II 2026.", "T2", 2025),
    # probe.py, later year (mend36e)
    ("Pada Triwulan II tahun depan kegiatan ini akan dilaksanakan kembali.", "T2", 2025),
    # probe2.py, decision 2
    ("Pada triwulan III, capaian masih perlu ditingkatkan.", "T3", 2025),
    ("Pada TW III realisasi anggaran baru 58% sehingga perlu percepatan.", "T3", 2025),
    ("Pada Semester II perlu peningkatan koordinasi dengan BPS.", "S2", 2025),
    # probe2.py, decision 1
    ("Kegiatan dijadwalkan pada TW II sehingga anggaran terserap 45%.", "T2", 2025),
    ("Pada TW III direncanakan 5 kegiatan dan realisasinya 4 kegiatan.", "T3", 2025),
    ("Pada triwulan III direncanakan pembinaan 20 koperasi, realisasi 18 koperasi (90%).", "T3", 2025),
    ("Pada Triwulan II direncanakan pelatihan bagi 40 pelaku usaha dengan realisasi 40 orang.", "T2", 2025),
    ("Kegiatan akan dilaksanakan pada TW III, namun belum terlaksana karena refocusing.", "T3", 2025),
    ("Kegiatan yang akan dilaksanakan pada TW III belum dapat terlaksana.", "T3", 2025),
    # probe2.py, a later period's plan
    ("Upaya yang akan dilakukan pada Triwulan III adalah percepatan pengadaan.", "T2", 2025),
    # probe2.py, own period named
    ("Upaya yang dilakukan pada Triwulan III adalah percepatan pengadaan.", "T3", 2025),
    # probe2.py, data still to come
    ("Realisasi Tw 4 akan diperoleh setelah rekonsiliasi pada bulan Januari 2026.", "T4", 2025),
    # probe2.py, said of the report
    ("Hal ini akan menjadi bahan evaluasi pada Triwulan II.", "T2", 2025),
    # probe2.py, a period of a noun (mend36e)
    ("Kendala pada TW III akan diatasi dengan koordinasi.", "T3", 2025),
    # probe3.py, decision 4
    ("Pelatihan direncanakan pada TW III dengan anggaran Rp. 50.000.000 dan telah terlaksana.", "T3", 2025),
    # probe3.py, history
    ("Pelatihan direncanakan pada TW III dengan anggaran Rp 50.000.000 dan telah terlaksana.", "T3", 2025),
    # probe3.py, decision 4
    ("Pelatihan akan dilaksanakan pada TW III di Kec. Pasirian dan telah terlaksana tanggal 5 Agustus.", "T3", 2025),
    # probe3.py, decision 1
    ("Pelatihan direncanakan pada TW III bagi 40 peserta dan terealisasi 40 peserta.", "T3", 2025),
    ("Pelatihan direncanakan pada TW III bagi 40 peserta dan realisasinya 40 peserta.", "T3", 2025),
    # revG's verdict taken in narasi2 (moved from NOT_TAKEN; tests/test_narasi_periode_lain.py): an activity
    # told as done in an earlier quarter of the year is history told as history
    ("Pelatihan pemasaran online telah dilaksanakan di triwulan I.", "T2", 2025),
    # decided by the lead, stop 39 (decision 1, moved from NOT_TAKEN): an earlier quarter's plan told as
    # moved or done is history (a done/moved word governs the earlier period)
    ("Kegiatan bazar UMKM yang semula direncanakan pada triwulan I diundur ke bulan Mei 2025.", "T2", 2025),
    ("Sesuai rencana aksi, kegiatan ini dijadwalkan pada TW II dan telah selesai.", "T4", 2025),
    ("Pada triwulan II telah direncanakan pelatihan, namun baru terlaksana pada bulan Agustus.", "T3", 2025),
    ("Pelatihan yang direncanakan pada triwulan III telah terlaksana pada bulan Agustus.", "Y", 2025),
    # revG's verdicts taken by narasi51 (moved from NOT_TAKEN): an earlier quarter of the year told as the
    # time of a cause or an event, with no measure, figure, plan or month around it, is history
    ("Rendahnya capaian disebabkan keterlambatan pencairan anggaran di triwulan II.", "T3", 2025),
    ("Hal ini karena pada triwulan I s.d. III belum dilakukan pengadaan.", "T4", 2025),
    ("Kendala yang dihadapi pada triwulan I yaitu belum ditetapkannya juknis telah teratasi.", "T2", 2025),
    ("Kendala utama adalah keterbatasan anggaran sejak Triwulan I.", "T3", 2025),
    ("Tindak lanjut atas rekomendasi evaluasi triwulan III telah dilaksanakan.", "T4", 2025),
]  # fmt: skip

FLAGGED = [
    # blind
    ("Laporan Kinerja pada Dinas Koperasi Triwulan II Tahun 2025 ini juga sekaligus menjadi sarana evaluasi kinerja selama periode bulan April – Juni 2025.", "T3", 2025),
    ("Laporan Kinerja ini juga menjadi sarana evaluasi kinerja selama periode bulan Juli – September 2025 sehingga dapat memberikan umpan balik.", "T4", 2025),
    ("Laporan Kinerja Triwulan III Tahun 2025 ini disusun sebagai bentuk pertanggungjawaban atas pelaksanaan program dan kegiatan.", "Y", 2025),
    ("Laporan Kinerja Triwulan I Tahun 2025 ini disusun sebagai bentuk pertanggungjawaban.", "S1", 2025),
    ("Laporan Kinerja (LKj) Triwulan IV Dinas Koperasi Tahun Anggaran 2025 dapat diselesaikan dengan baik.", "T1", 2026),
    ("Laporan Kinerja ini menjadi sarana evaluasi kinerja selama periode bulan Oktober – Desember 2024.", "T1", 2025),
    ("Laporan Kinerja TW-II Tahun 2025 disusun berdasarkan Perjanjian Kinerja.", "T3", 2025),
    ("Laporan Kinerja Triwulan III (Tiga) Tahun 2025 ini diharapkan dapat menjadi bahan evaluasi.", "T4", 2025),
    ("Laporan Kinerja Triwulan 2 Tahun 2025 ini disusun secara sistematis dan terukur.", "T3", 2025),
    ("Laporan ini menjadi sarana evaluasi kinerja selama periode Januari – Juni 2025.", "S2", 2025),
    ("Laporan Kinerja Semester I Tahun 2025 ini disusun sebagai bentuk pertanggungjawaban.", "S2", 2025),
    ("Laporan Kinerja Semester II Tahun 2025 ini disusun sebagai bentuk pertanggungjawaban.", "Y", 2025),
    ("Laporan Kinerja Triwulan IV Tahun 2025 ini disusun sebagai bentuk pertanggungjawaban.", "Y", 2025),
    ("Demikian Laporan Kinerja Triwulan III ini kami susun, semoga bermanfaat.", "T4", 2025),
    ("Demikian Laporan Kinerja Triwulan ke-2 ini kami susun sebagai bahan evaluasi.", "T3", 2025),
    ("Demikian laporan kinerja triwulan ketiga ini kami sampaikan.", "T4", 2025),
    ("Capaian kinerja sampai dengan Triwulan II sebesar 45% tergolong sangat rendah karena akan direkap pada akhir periode.", "T3", 2025),
    ("Sampai dengan Tw 3 realisasi mencapai 75% dari target tahunan.", "T4", 2025),
    ("Realisasi TW I s.d. III sebesar 70% dari target.", "T4", 2025),
    ("Realisasi s.d. TW III 2025 sebesar 70% sehingga capaian tergolong sedang.", "T4", 2025),
    ("Realisasi s.d Triwulan II/2025 sebesar 29 koperasi.", "T3", 2025),
    ("Pada triwulan II ini capaian kinerja sebesar 45%.", "T3", 2025),
    ("Realisasi Tw 2 sebesar 4 koperasi sehingga capaiannya 23%.", "T3", 2025),
    ("Capaian Triwulan ke-2 sebesar 71% tergolong sedang.", "T3", 2025),
    ("Capaian s.d. TW III sebesar 75% tergolong tinggi.", "Y", 2025),
    ("Realisasi anggaran periode Januari-Juni 2025 sebesar 36%.", "T3", 2025),
    ("Kegiatan pelatihan desain kemasan akan dilaksanakan pada triwulan III.", "T4", 2025),
    ("Hal ini belum tercapai karena akan dijadwalkan pada triwulan II.", "T2", 2025),
    ("Rencana tindak lanjut: kegiatan pendampingan koperasi akan dilaksanakan pada TW III.", "T3", 2025),
    ("Sisa kegiatan akan dilaksanakan pada Triwulan IV.", "T4", 2025),
    ("Kegiatan sosialisasi akan dilaksanakan pada triwulan IV.", "Y", 2025),
    ("Kegiatan sosialisasi akan dilaksanakan pada triwulan III.", "Y", 2025),
    ("Kegiatan monitoring akan dilaksanakan pada Triwulan IV.", "S2", 2025),
    ("Capaian kumulatif TW I-III sebesar 70%, sehingga pada TW IV ditargetkan tercapai 100%.", "T4", 2025),
    # revG's verdicts taken in narasi2 (moved from NOT_TAKEN; their names in test_the_periods_a_text_names)
    ("Laporan Kinerja Triwulan II Tahun 2025 ini disusun secara sistematis dan terukur.", "T2", 2026),
    ("Realisasi Smt I sebesar 48% dengan capaian tergolong rendah.", "S2", 2025),
    ("Kegiatan fasilitasi akan dilaksanakan pada bulan Juli 2025.", "T3", 2025),
    ("Kegiatan Pasar Murah akan dilaksanakan pada bulan Desember 2025.", "T4", 2025),
    ("Pelatihan akan dilaksanakan pada bulan Mei 2025.", "T2", 2025),
    # probe.py, own-period plan (as revB's "Untuk Triwulan III, Bidang Koperasi akan ..."), flagged at the
    # session start too
    ("Pada triwulan II, Bidang Koperasi akan melaksanakan pelatihan yang tertunda dari TW I.", "T2", 2025),
    # probe2.py, decision 5
    ("Pembangunan los pasar akan selesai pada Triwulan IV.", "T4", 2025),
    ("Target diharapkan akan tercapai pada triwulan IV.", "T4", 2025),
    # probe2.py, a careful reader's verdict (revG listed none), met by revnarasi2 (moved from NOT_TAKEN): an
    # own-period plan after a clause of its own; a done-word before it ("telah disepakati", "telah
    # dilaksanakan pada Triwulan I dan akan ...") no longer reads the plan as done
    ("Sesuai hasil rapat yang telah disepakati, kegiatan akan dilaksanakan pada TW IV.", "T4", 2025),
    # probe2.py, a careful reader's verdict, met by stop 39 (moved from NOT_TAKEN; the lead's decision 3):
    # the plan's day after more words ("pada Triwulan III tanggal 15 Agustus") is its own, no release date
    ("Kegiatan sosialisasi akan dilaksanakan pada Triwulan III tanggal 15 Agustus 2025.", "T3", 2025),
    # revG's verdicts met by stop 39 (moved from NOT_TAKEN; the lead's decision 6): a period given by its
    # last month (Maret, 3: Triwulan I's) is Januari – Maret
    ("Realisasi anggaran s.d. 31 Maret 2025 sebesar Rp 1.250.000.000 atau 12%.", "T2", 2025),
    ("Hingga bulan Maret 2025 belum ada realisasi karena menunggu petunjuk teknis.", "T2", 2025),
]  # fmt: skip

NOT_TAKEN = [
    # the half year's months are its six (an older rule, mend35g)
    ("Laporan ini sekaligus menjadi sarana evaluasi kinerja selama periode bulan April – Juni 2025.", "S1", 2025, False),
    # the year's report naming "s.d. Triwulan IV" (an older rule, mend35g; revnarasi57: in the Narasi no
    # figure check compares the figure, which may be the TW IV report's: its period stays told)
    ("Realisasi s.d. Triwulan IV sebesar 100% dari target.", "Y", 2025, False),
    # "dilanjutkan" without "akan" is no plan word of the decisions
    ("Kegiatan ini dilanjutkan pada triwulan IV.", "T3", 2025, False),
    # decision 3 reads the year for plans and history; another year's period named alone is read as before
    # ("triwulan III tahun 2024" too)
    ("Realisasi TW IV 2024 sebesar 100% menjadi dasar penetapan target tahun 2025.", "T2", 2025, False),
    # decision 3 reads the year for plans and history; another year's period named alone is read as before
    ("Capaian tahun 2024 sebesar 98% (realisasi s.d. TW IV 2024).", "T1", 2025, False),
    # decision 3 reads a year AFTER the period only
    ("Pada akhir tahun 2025 (Triwulan IV) capaian mencapai 100%.", "T1", 2026, False),
    # another year's period named alone is read as before ("tahun 2024" written out too)
    ("Realisasi tertinggi terjadi pada triwulan III tahun 2024.", "T2", 2025, False),
    # the older whole-cell rule (a cell naming only an earlier quarter; tests/test_mend35g.py)
    ("Sama halnya dengan tahun lalu, realisasi triwulan III biasanya meningkat karena adanya P-APBD.", "T2", 2025, False),
    # decision 3 reads the year for plans and history; another year's period named alone is read as before
    ("Capaian TW IV 2024 sebesar 100% menjadi dasar perencanaan.", "T1", 2025, False),
    # probe.py, revG's new-rule false flag, not taken: revB's blind verdict calls the same shape a leftover
    # ("Bimtek RAT akan dilaksanakan pada Triwulan II dan III." in Triwulan II, tests/test_mend36a.py)
    ("Kegiatan ini dijadwalkan pada Triwulan II dan Triwulan III.", "T2", 2025, False),
    # probe.py, revG's new-rule false flag, not taken: "menghasilkan" after a semicolon is no result word of
    # decision 1
    ("Pada triwulan IV akan dilakukan evaluasi akhir tahun; evaluasi tersebut menghasilkan 5 rekomendasi.", "T4", 2025, False),
    # probe.py, revG's new-rule false flag, not taken: revB's blind verdict calls an own half year's plan a
    # leftover ("Rencana tindak lanjut pada Semester I: ..." in Semester I)
    ("Pada Semester I akan dilaksanakan 3 kegiatan pelatihan.", "S1", 2025, False),
    # probe.py, revG's new-rule false flag, not taken: revB's blind verdict calls a plan for the half year's
    # own quarter a leftover ("Upaya yang akan dilakukan pada Triwulan II ..." in Semester I)
    ("Sisa kegiatan akan dilaksanakan pada Triwulan II.", "S1", 2025, False),
    # probe.py, revG's new-rule false flag, not taken: revG's own blind verdict calls a plan for the half
    # year's own quarter a leftover ("Kegiatan monitoring akan dilaksanakan pada Triwulan IV." in Semester II)
    ("Sisa kegiatan akan dilaksanakan pada Triwulan III.", "S2", 2025, False),
    # probe.py, revG's new-rule false flag, not taken: revB's blind verdict calls the same shape a leftover
    # ("Rencana tindak lanjut pada Triwulan III: mempercepat verifikasi data IKM." in Triwulan III);
    # "realisasi" without a figure states no result
    ("Rencana tindak lanjut pada Triwulan IV adalah percepatan realisasi anggaran.", "T4", 2025, False),
    # probe.py, a careful reader's verdict (revG listed none): the evaluation held in the next year's Januari
    # (when Triwulan IV's report is written): mend36e's history rule reads only the reported quarter's months
    ("Evaluasi kinerja TW III dilaksanakan pada bulan Januari 2026.", "T4", 2025, False),
    # probe2.py, a careful reader's verdict (revG listed none): an own-period plan; "menunggu" reads as data
    # still to come (narasi1), kept quiet
    ("Pengadaan akan dilaksanakan pada TW IV menunggu persetujuan P-APBD.", "T4", 2025, True),
    # probe2.py, revG's new-rule false flag, not taken: revB's blind verdict calls the same sentence a
    # leftover ("Upaya yang akan dilakukan pada TW.II adalah percepatan pengadaan barang dan jasa." in
    # Triwulan II)
    ("Upaya yang akan dilakukan pada Triwulan II adalah percepatan pengadaan.", "T2", 2025, False),
    ("Upaya yang akan dilakukan pada Triwulan III adalah percepatan pengadaan.", "T3", 2025, False),
    # probe2.py, revG's new-rule false flag, not taken: revB's blind verdict calls the same shape a leftover
    # ("Pada Tw 2 akan dilakukan monitoring ke 16 pasar daerah." in Triwulan II)
    ("Pada TW III akan terus dilakukan pendampingan sampai akhir tahun.", "T3", 2025, False),
]  # fmt: skip

_XFAIL = pytest.mark.xfail(strict=True, reason="revG's verdict, not taken by the lead's decisions")
VERDICTS = [
    *((*row, False) for row in QUIET),
    *((*row, True) for row in FLAGGED),
    *(pytest.param(*row, marks=_XFAIL) for row in NOT_TAKEN),
]


@pytest.mark.parametrize(("teks", "kode", "tahun", "flagged"), VERDICTS)
def test_revg_verdicts(teks, kode, tahun, flagged):
    """Honest quiet, leftovers pointed out; the verdicts not taken are strict xfail (a later change
    meeting one says so here, and must then move it above)."""
    assert bool(_lain(teks, kode, tahun)) == flagged


@pytest.mark.parametrize(
    ("teks", "kode", "tahun", "named"),
    [
        # decision 3: an earlier year's quarter planned for is named as that quarter (mend36e's decision
        # 2: a leftover as with "tahun 2025"), never "rencana untuk"
        ("Kegiatan akan dilaksanakan pada triwulan IV 2025.", "T1", 2026, ["Triwulan IV"]),
        ("Kegiatan akan dilaksanakan pada triwulan IV tahun 2025.", "T1", 2026, ["Triwulan IV"]),
        # decision 3: a later year's own quarter is no plan for the reported one
        ("Pada Semester II 2026 akan dilaksanakan pameran.", "S2", 2025, []),
        ("Rencana tindak lanjut pada TW I 2026: percepatan lelang.", "T4", 2025, []),
        # the report's own year written after the period is the report's own: the plan is for it
        ("Pada TW II 2025 akan dilaksanakan pelatihan.", "T2", 2025, ["rencana untuk Triwulan II"]),
        # decision 2: the earlier period beside "perlu" is still named (tests/test_narasi1.py)
        ("Realisasi s.d. TW II sebesar 40%, sehingga pada TW III perlu percepatan.", "T3", 2025, ["Triwulan II"]),
        # decision 1: "realisasi"/"capaian" without a figure, and a target's figure, state no result
        # (Triwulan II is named too: the plan's own period is no longer the reported one)
        ("Pada TW III akan dilakukan evaluasi atas capaian Triwulan II.", "T3", 2025, ["Triwulan II", "rencana untuk Triwulan III"]),
        ("Pada triwulan II akan dilaksanakan 3 kegiatan dengan target capaian 100%.", "T2", 2025, ["rencana untuk Triwulan II"]),
        # decision 5: "ditargetkan" with the done-word it governs plans for the period ...
        ("Capaian kumulatif TW I-III sebesar 70%, sehingga pada TW IV ditargetkan tercapai 100%.", "T4", 2025, ["Triwulan I", "Triwulan III", "rencana untuk Triwulan IV"]),
        # ... a target alone is the period's own
        ("Pada TW III ditargetkan 20 koperasi mengikuti RAT.", "T3", 2025, []),
        # decision 4: an abbreviation's dot ends no sentence, a lone "I" still does
        ("Pelatihan telah dilaksanakan oleh H. Ahmad, S.E. pada TW III. Pelatihan lanjutan akan dilaksanakan pada TW IV.", "T3", 2025, []),
        ("Pelatihan akan dilaksanakan pada TW III oleh dr. Andi di Jl. Merdeka No. 5 Kec. Sukodono.", "T3", 2025, ["rencana untuk Triwulan III"]),
        # a comparison with the year written out is one as without it
        ("Realisasi meningkat dibandingkan TW II 2025.", "T3", 2025, []),
        ("Rapat koordinasi evaluasi kinerja TW II 2025 dilaksanakan pada bulan Juli 2025.", "T3", 2025, []),
        # narasi2: this report's title naming another year, with its period as the peringatan names it
        ("Laporan Kinerja Triwulan II Tahun 2025 ini disusun secara sistematis dan terukur.", "T2", 2026, ["Triwulan II Tahun 2025"]),
        # narasi2: Semester I's figure alone in Semester II
        ("Realisasi Smt I sebesar 48% dengan capaian tergolong rendah.", "S2", 2025, ["Semester I"]),
        # narasi2: a plan dated by a month of the reported quarter (Juli: Triwulan III; Desember: IV; Mei: II)
        ("Kegiatan fasilitasi akan dilaksanakan pada bulan Juli 2025.", "T3", 2025, ["rencana untuk bulan Juli 2025"]),
        ("Kegiatan Pasar Murah akan dilaksanakan pada bulan Desember 2025.", "T4", 2025, ["rencana untuk bulan Desember 2025"]),
        ("Pelatihan akan dilaksanakan pada bulan Mei 2025.", "T2", 2025, ["rencana untuk bulan Mei 2025"]),
    ],
)  # fmt: skip
def test_the_periods_a_text_names(teks, kode, tahun, named):
    assert _lain(teks, kode, tahun) == named


@pytest.mark.parametrize(
    ("tw", "teks"),
    [
        (2, "Pada Triwulan II direncanakan pelatihan bagi 40 pelaku usaha dengan realisasi 40 orang."),
        (2, "Pelatihan lanjutan bagi pelaku usaha yang sama akan dilaksanakan pada Triwulan II 2026."),
        (3, "Pada triwulan III, capaian masih perlu ditingkatkan."),
        (3, "Pelatihan direncanakan pada TW III dengan anggaran Rp. 50.000.000 dan telah terlaksana."),
    ],
)
def test_an_honest_cell_gets_no_peringatan_nor_word_placeholder(tw, teks):
    """revG's end-to-end false flags (its wb2.xlsx Narasi!B39/B40 in Triwulan II) and probes: no
    peringatan and staff's paragraph alone in Word."""
    narasi, texts = tindak_lanjut(tw, teks)
    assert (narasi.findings, texts) == ([], [teks])


def test_a_plan_that_will_be_done_is_explained_alike_in_the_peringatan_and_in_word():
    """Decision 5: "akan selesai pada Triwulan IV" in Triwulan IV plans for it, one text at its cell and
    under the paragraph in Word."""
    teks = "Pembangunan los pasar akan selesai pada Triwulan IV."
    narasi, texts = tindak_lanjut(4, teks)
    pesan, tanda = rencana_pesan("Triwulan IV")
    assert ([f.pesan for f in narasi.findings], texts) == ([pesan], [teks, tanda])
