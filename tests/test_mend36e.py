"""Mend 36e: the Narasi leftover check after the second blind review (revE).

A false leftover is severe: a peringatan AND "[isi: ...]" under staff's paragraph in the Word report;
precision first. Every revE sentence (/tmp/revE: its blind set and probes p1-p4), with the reviewer's
verdict as the lead's decisions take it (the ambiguous two excluded: "sampai dengan Triwulan II tahun
2025 sebesar 71% tergolong sangat tinggi", "s.d. TW II sebesar Rp 6.835.975.140 atau 25%" in Triwulan
III). The lead's decisions:

1. In the year's report a plan for Triwulan I-III is a leftover, flagged as at the session start (the
   quarter named); a plan for Triwulan IV there is "rencana untuk Triwulan IV".
2. Only a LATER year ("Triwulan I Tahun 2026" in 2025, "tahun depan") quiets a plan; an earlier
   year's ("triwulan IV tahun 2025" in 2026, "tahun lalu") is a leftover as before.
3. A period is a plan's TIME only opening the clause (sentence start, after a comma/colon,
   "sehingga", "maka", "oleh karena itu", "Pada/Untuk/Di <period>, ...") or directly after the plan
   verb; a period of a noun ("Kendala pada Triwulan III akan diatasi") is quiet; data still to come
   ("rilis", "publikasi", "menyusul", "dikirimkan", "dilengkapi", "dilaporkan", "diinformasikan",
   "laporan berikutnya") is quiet; "triwulan berikutnya" is a later time.
4. Later-period plans without "akan" are quiet ("diagendakan", "rencananya", "dialokasikan", "baru
   bisa dilaksanakan", "perlu ... pada", "Tindak lanjut: ...", "..., yaitu pada TW IV").
5. A bare number after "dan"/"-"/"s.d." takes the quarter word before it ("TW I s.d. III" names
   Triwulan III); "Dibandingkan dengan Laporan Kinerja Triwulan III" in Triwulan IV is a comparison;
   the evaluation of the quarter before held in the reported one, and an earlier year's work told as
   done, are history.
6. The message says "masih menyebut rencana untuk Triwulan II, padahal ..." (no "(akan ...)").
"""

from __future__ import annotations

import pytest

from lkj_xl.core.narasi import triwulan_lain
from tests.test_narasi1 import tindak_lanjut

R = {"T1": (1, False, None), "T2": (2, False, None), "T3": (3, False, None), "T4": (4, False, None),
     "S1": (2, False, 1), "S2": (4, False, 2), "Y": (4, True, None)}  # fmt: skip


def _lain(teks: str, kode: str, tahun: int) -> list[str]:
    triwulan, tahunan, semester = R[kode]
    return triwulan_lain(teks, triwulan, tahunan, semester, tahun)


# honest: no peringatan, no placeholder (text, report, its year)
QUIET = [
    # --- revE blind set (sentences.py)
    ("Indikator program ini belum terealisasi karena akan dilaksanakan pada triwulan IV.", "T3", 2025),
    ("Capaian triwulan III sebesar 85%, meningkat dibandingkan triwulan II yang sebesar 60%.", "T3", 2025),
    ("Pelatihan digital marketing telah dilaksanakan pada bulan Agustus 2025.", "T3", 2025),
    ("Bantuan permodalan bagi koperasi direncanakan pada bulan November 2025.", "T3", 2025),
    ("Berdasarkan hasil kinerja yang telah dicapai sampai dengan Triwulan III tahun 2025, maka tindak lanjut dan upaya yang dapat dilaksanakan sebagai berikut:", "T3", 2025),
    ("Capaian masih tergolong sangat rendah dikarenakan merupakan realisasi di triwulan I, sedangkan laporan triwulan II release tanggal 10 Juli 2025.", "T2", 2025),
    ("Data tersebut merupakan realisasi semester 1 yang dilaporkan di semester II karena sistem bisa diakses pada bulan Agustus/September.", "T2", 2025),
    ("Capaian rendah dikarenakan pelaksanaan promosi dagang/pameran lainnya pada triwulan berikutnya.", "T3", 2025),
    ("Realisasi TW.II sebesar 40 koperasi dan TW.III sebesar 25 koperasi sehingga total s.d. TW.III sebanyak 65 koperasi.", "T3", 2025),
    ("Dibandingkan dengan capaian s.d. TW II sebesar 40%, capaian s.d. TW III naik menjadi 65%.", "T3", 2025),
    ("Capaian semester II meningkat dibanding semester I karena seluruh kegiatan pelatihan telah terlaksana.", "S2", 2025),
    ("Kegiatan pameran akan dilaksanakan pada Semester II.", "S1", 2025),
    ("Kegiatan pameran akan dilaksanakan pada Triwulan III.", "S1", 2025),
    ("Sisa kegiatan yang belum terlaksana akan dilanjutkan pada triwulan I tahun 2026.", "Y", 2025),
    ("Capaian tahun 2025 sebesar 95%, lebih tinggi dari tahun 2024 yang sebesar 88%.", "Y", 2025),
    # revE's verdict taken in narasi2 (moved from NOT_TAKEN): an activity told as done in an earlier
    # quarter of the year is history told as history (tests/test_narasi_periode_lain.py)
    ("Melaksanakan pelatihan pemasaran online dan digital marketing (telah dilaksanakan di triwulan I)", "T2", 2025),
    ("Realisasi triwulan I tahun 2025 lebih rendah dibandingkan triwulan I tahun 2024 karena keterlambatan pencairan anggaran.", "T1", 2025),
    ("Kegiatan RAT koperasi akan dilaksanakan pada Triwulan ke-2.", "T1", 2025),
    ("Pendampingan RAT telah dilaksanakan pada triwulan kedua sebanyak 3 kali.", "T2", 2025),
    ("Rencana tindak lanjut: melaksanakan monitoring pasar pada Tw 4.", "T3", 2025),
    ("Kendala pada Tw 2 berupa keterlambatan data dari BPS telah teratasi pada Tw 3.", "T3", 2025),
    ("Kegiatan pelatihan yang semula direncanakan pada TW III diundur ke TW IV karena refocusing anggaran.", "T3", 2025),
    ("Kegiatan sosialisasi yang direncanakan pada Triwulan III batal dilaksanakan karena efisiensi anggaran.", "T3", 2025),
    ("Sesuai rencana, pelatihan dilaksanakan pada Triwulan III.", "T3", 2025),
    ("Realisasi anggaran s.d. TW III sebesar Rp 4.512.300.000 atau 62,5% dari pagu.", "T3", 2025),
    ("Pada Triwulan III ini terdapat 5 indikator dengan realisasi di bawah 100%, berkurang dari 8 indikator pada Triwulan II.", "T3", 2025),
    ("Realisasi TW I-III sebesar 75% dan TW IV sebesar 25%, sehingga total 100%.", "T4", 2025),
    ("Realisasi Januari-Juni sebesar 40 unit, sedangkan Juli-September sebesar 30 unit.", "T3", 2025),
    ("Evaluasi ini mencakup periode Januari-September 2025.", "T3", 2025),
    ("Selama periode bulan April – Juni 2025 telah dilaksanakan 4 kali pelatihan.", "T2", 2025),
    ("Data PDRB triwulan II akan dirilis BPS pada bulan Agustus 2025.", "T2", 2025),
    ("Realisasi triwulan III akan dirilis DPMPTSP pada tanggal 10 Oktober 2025.", "T3", 2025),
    ("Capaian TW.III belum dapat diukur karena menunggu data BPS.", "T3", 2025),
    ("Tidak ada kendala berarti pada TW.II, kegiatan berjalan sesuai jadwal.", "T2", 2025),
    ("Pada tahun lalu capaian indikator ini sebesar 80%, sedangkan tahun ini 92%.", "Y", 2025),
    ("Pameran produk UMKM direncanakan pada Triwulan IV, tepatnya bulan November 2025.", "T3", 2025),
    ("Pameran produk UMKM yang direncanakan pada bulan September 2025 telah terlaksana dengan 45 peserta.", "T3", 2025),
    ("Pameran yang semula dijadwalkan bulan Agustus ditunda ke bulan Oktober 2025.", "T3", 2025),
    ("Kegiatan yang tertunda pada Tw 1 telah dilaksanakan pada Tw 2.", "T2", 2025),
    ("Pelaksanaan kegiatan dimulai pada bulan Mei 2025 dan berakhir pada bulan Juni 2025.", "S1", 2025),
    ("Capaian s.d. TW II sebesar 71% belum dapat mencapai target 2025, namun terhadap target triwulan capaiannya sebesar 100%.", "T2", 2025),
    ("Capaian TW I s.d. III sebesar 76%.", "T3", 2025),
    ("Capaian TW I-II sebesar 50% sehingga masih diperlukan upaya pada triwulan III dan IV.", "T2", 2025),
    ("Tindak lanjut atas rekomendasi Inspektorat hasil reviu LKjIP tahun 2024 telah diselesaikan.", "T3", 2025),
    ("Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025 ini merupakan laporan atas pelaksanaan Renja tahun 2025.", "Y", 2025),
    ("Dibandingkan dengan Laporan Kinerja Triwulan III, jumlah indikator yang mencapai target bertambah 3 indikator.", "T4", 2025),
    ("Hal ini disebabkan oleh kegiatan pelatihan yang baru dilaksanakan pada akhir bulan Juni.", "T2", 2025),
    ("Hal ini disebabkan kegiatan pelatihan baru akan dilaksanakan pada bulan Juli.", "T1", 2025),
    ("Kegiatan monitoring dilaksanakan setiap bulan mulai Januari hingga September.", "T3", 2025),
    ("Rapat koordinasi evaluasi kinerja TW II dilaksanakan pada bulan Juli 2025.", "T3", 2025),
    ("Karena data triwulan III belum tersedia, realisasi yang disajikan masih menggunakan data s.d. triwulan II.", "T3", 2025),
    ("Capaian indikator ini masih menggunakan data triwulan II karena data triwulan III akan dirilis BPS pada bulan November 2025.", "T3", 2025),
    ("Oleh karena itu, pada Triwulan IV akan dilakukan percepatan pelaksanaan kegiatan.", "T3", 2025),
    ("Penilaian kesehatan koperasi akan dilanjutkan pada Smt II.", "T2", 2025),
    ("Penilaian kesehatan koperasi telah dilaksanakan sepanjang Smt I terhadap 120 koperasi.", "T3", 2025),
    ("Capaian s.d. TW II sebesar 71% ini belum mencapai target tahunan karena kegiatan akan dilaksanakan pada triwulan III.", "T2", 2025),
    ("Pada tahun lalu kegiatan serupa dilaksanakan pada triwulan III.", "T3", 2025),
    ("Kegiatan serupa pada tahun 2024 dilaksanakan pada bulan Februari.", "T2", 2025),
    ("Realisasi anggaran triwulan I masih rendah karena proses pengadaan baru akan dimulai pada bulan April.", "T1", 2025),
    ("Dalam laporan TW.II telah disampaikan bahwa kegiatan akan dilaksanakan pada triwulan III, dan kegiatan tersebut telah terlaksana.", "T3", 2025),
    ("Sebagaimana direncanakan pada laporan triwulan sebelumnya, kegiatan pelatihan telah dilaksanakan pada bulan Agustus 2025.", "T3", 2025),
    ("Ke depan, pada tahun 2026 akan dilakukan penyempurnaan indikator kinerja.", "Y", 2025),
    ("Realisasi Semester I sebesar 45% dan Semester II sebesar 55%.", "S2", 2025),
    ("Realisasi pada triwulan ke-2 meningkat dibandingkan triwulan ke-1.", "T2", 2025),
    ("Tren capaian dari TW I hingga TW IV menunjukkan peningkatan.", "T4", 2025),
    ("Capaian triwulan I lebih rendah dibanding triwulan IV tahun lalu karena awal tahun anggaran.", "T1", 2025),
    ("Sisa kegiatan tahun 2025 telah diselesaikan pada triwulan IV tahun 2025.", "T1", 2026),
    ("Kegiatan yang sama pada tahun 2024 dilaksanakan pada bulan Agustus.", "T3", 2025),
    ("Kegiatan Pasar Ramadhan akan dilaksanakan pada bulan Februari 2026.", "T3", 2025),
    ("Realisasi Januari-Juni 2025 sebesar 214 koperasi yang telah melaksanakan RAT.", "T2", 2025),
    ("Kegiatan pameran baru akan dilaksanakan pada TW.III karena menyesuaikan jadwal Dekranasda.", "T1", 2025),
    ("Pelatihan yang direncanakan pada Triwulan IV telah terlaksana pada bulan Oktober 2025.", "T4", 2025),
    # --- revE probe p1: later-period plans, own-period plans in other word orders, data still to come, ranges
    ("Kegiatan pameran diagendakan pada Triwulan IV.", "T3", 2025),
    ("Kegiatan ini rencananya dilaksanakan pada Triwulan IV.", "T3", 2025),
    ("Anggaran kegiatan tersebut dialokasikan pada TW IV melalui P-APBD.", "T3", 2025),
    ("Pelatihan baru bisa dilaksanakan pada TW IV setelah P-APBD ditetapkan.", "T3", 2025),
    ("Selanjutnya pada Triwulan IV dilakukan monitoring ke seluruh pasar.", "T3", 2025),
    ("Tindak lanjut: percepatan pelaksanaan kegiatan di Triwulan IV.", "T3", 2025),
    ("Perlu percepatan pelaksanaan kegiatan pada Triwulan IV.", "T3", 2025),
    ("Upaya yang perlu dilakukan pada Triwulan IV antara lain percepatan pengadaan.", "T3", 2025),
    ("Diharapkan pada Triwulan IV capaian dapat mencapai 100%.", "T3", 2025),
    ("Kegiatan tersebut dijadwalkan ulang pada Triwulan IV.", "T3", 2025),
    ("Pengadaan timbangan akan dilaksanakan setelah P-APBD, yaitu pada TW IV.", "T3", 2025),
    ("Kegiatan akan dilaksanakan di TW 4.", "T3", 2025),
    ("Upaya tindak lanjut ke depan: (1) percepatan pelaksanaan kegiatan pada Triwulan IV; (2) koordinasi dengan BPS.", "T3", 2025),
    ("Capaian untuk Triwulan II akan dilengkapi setelah data BPS keluar.", "T2", 2025),
    ("Realisasi PDRB pada Triwulan II akan disajikan pada laporan triwulan berikutnya.", "T2", 2025),
    ("Realisasi investasi pada Triwulan II akan dilaporkan pada laporan berikutnya.", "T2", 2025),
    ("Realisasi untuk Triwulan II akan menyusul setelah DPMPTSP merilis data.", "T2", 2025),
    ("Nilai investasi untuk TW II akan diinformasikan oleh DPMPTSP Provinsi pada pertengahan Juli.", "T2", 2025),
    ("Data nilai investasi pada TW II akan disampaikan DPMPTSP Provinsi Jawa Timur.", "T2", 2025),
    ("Capaian yang rendah akan dievaluasi berdasarkan data pada Triwulan III.", "T3", 2025),
    ("Hasil pengukuran ini akan menjadi bahan evaluasi untuk Triwulan III dan perencanaan Triwulan IV.", "T3", 2025),
    ("Kekurangan realisasi pada Triwulan III akan dikejar pada Triwulan IV.", "T3", 2025),
    ("Sisa anggaran yang tidak terserap pada Triwulan III akan dialihkan ke Triwulan IV.", "T3", 2025),
    ("Permasalahan yang muncul pada Triwulan III akan segera ditindaklanjuti.", "T3", 2025),
    ("Kendala pada Triwulan III akan diatasi dengan koordinasi lintas bidang.", "T3", 2025),
    ("Kegiatan yang belum selesai pada Triwulan III akan dilanjutkan pada Triwulan IV.", "T3", 2025),
    ("Kegiatan yang belum terealisasi pada Triwulan III akan diupayakan pada Triwulan IV.", "T3", 2025),
    ("Realisasi anggaran pada Triwulan III akan ditingkatkan melalui percepatan pengadaan.", "T3", 2025),
    ("Capaian kinerja pada triwulan III akan terus ditingkatkan pada triwulan berikutnya.", "T3", 2025),
    ("Capaian kinerja pada Triwulan IV akan menjadi dasar penyusunan LKjIP Tahun 2025.", "T4", 2025),
    ("Capaian Triwulan IV akan menjadi bahan penyusunan Renja 2026.", "T4", 2025),
    ("Hasil evaluasi pada Triwulan IV akan dijadikan bahan perbaikan tahun 2026.", "T4", 2025),
    ("Hasil evaluasi pada Triwulan IV akan digunakan sebagai dasar perencanaan tahun 2026.", "T4", 2025),
    ("Hasil evaluasi untuk Triwulan IV akan ditindaklanjuti pada tahun 2026.", "T4", 2025),
    ("Realisasi Triwulan II yang masih rendah akan ditingkatkan pada Triwulan III.", "T2", 2025),
    ("Kendala yang dihadapi pada triwulan I dan II berupa keterbatasan anggaran.", "T2", 2025),
    ("Capaian TW I-II sebesar 50%.", "T2", 2025),
    ("Realisasi kumulatif Triwulan I s.d. Triwulan III sebanyak 65 koperasi.", "T3", 2025),
    ("Realisasi kumulatif Triwulan I sampai dengan III sebanyak 65 koperasi.", "T3", 2025),
    ("Pelatihan dilaksanakan pada Triwulan III dan IV.", "T4", 2025),
    ("Realisasi Tw.1 dan Tw.2 masing-masing 20 dan 25 IKM.", "T2", 2025),
    ("Realisasi Tw 1 & 2 masing-masing 20 dan 25 IKM.", "T2", 2025),
    ("Realisasi TW I dan TW II masing-masing 20 dan 25 IKM.", "S1", 2025),
    ("Realisasi TW I, II, III dan IV masing-masing 20, 25, 30 dan 25 IKM.", "Y", 2025),
    ("Realisasi triwulan I sebesar 20 IKM, triwulan II 25 IKM, triwulan III 30 IKM dan triwulan IV 25 IKM.", "Y", 2025),
    # --- revE probe p2: other years, the year's report, history
    ("Kegiatan serupa akan dilaksanakan pada Triwulan III tahun depan.", "T3", 2025),
    ("Kegiatan serupa akan dilaksanakan pada Triwulan III tahun 2026.", "T3", 2025),
    ("Upaya yang akan dilakukan pada Semester II antara lain pendampingan NIB.", "S1", 2025),
    ("Upaya yang akan dilakukan pada tahun 2026 antara lain pendampingan NIB.", "S2", 2025),
    ("Pelatihan yang direncanakan pada Triwulan IV telah terlaksana seluruhnya.", "Y", 2025),
    ("Kegiatan yang semula direncanakan pada Triwulan III diundur ke Triwulan IV dan telah terlaksana.", "Y", 2025),
    ("Kegiatan yang semula direncanakan pada Triwulan III diundur ke Triwulan IV dan telah terlaksana.", "T4", 2025),
    ("Kegiatan yang belum terlaksana pada Triwulan III telah diselesaikan pada bulan November.", "T4", 2025),
    ("Kegiatan yang tertunda pada Triwulan II sudah dilaksanakan pada bulan Agustus 2025.", "T3", 2025),
    ("Kegiatan yang tertunda pada Triwulan II sudah dilaksanakan pada tanggal 12 Agustus 2025.", "T3", 2025),
    ("Kegiatan yang tertunda pada Triwulan II telah dilaksanakan pada 12 Agustus 2025.", "T3", 2025),
    ("Kegiatan yang tertunda pada TW II telah dilaksanakan pada Agustus dan September.", "T3", 2025),
    ("Evaluasi kinerja TW II telah dilakukan pada bulan Juli 2025.", "T3", 2025),
    ("Kegiatan yang tertunda pada Triwulan III telah diselesaikan pada bulan Desember.", "Y", 2025),
    ("Kegiatan yang tertunda pada Triwulan III telah diselesaikan pada bulan Desember.", "S2", 2025),
    ("Kegiatan yang tertunda pada Semester I telah diselesaikan pada bulan Agustus.", "S2", 2025),
    ("Sosialisasi SI DILAN (telah dilaksanakan di triwulan II), melaksanakan pelatihan pembuatan konten pemasaran (telah dilaksanakan di triwulan II)", "T2", 2025),
    ("Capaian sebesar 15% dikarenakan capaian 15% merupakan capaian triwulan I, sedangkan capaian sampai dengan triwulan II akan release tanggal 10 Juli 2025.", "T2", 2025),
    ("Indikator program ini belum dapat terealisasi karena terlaksananya bantuan permodalan bagi koperasi akan dilaksanakan pada triwulan III.", "T2", 2025),
    ("Hal ini belum tercapai maksimal karena pelaksanaan pada Triwulan III dan IV.", "T2", 2025),
    ("Data tersebut merupakan realisasi semester 1 yang dilaporkan di semester II karena sistem bisa diakses pada bulan Agustus/September, sedangkan semester II di akhir Februari 2026.", "T2", 2025),
    # --- revE probe p4: a period of a noun, data still to come (decision 3)
    ("Capaian pada Triwulan IV akan dilaporkan dalam LKjIP Tahun 2025.", "T4", 2025),
    ("Realisasi pada Triwulan IV akan dituangkan dalam LKjIP Tahun 2025.", "T4", 2025),
    ("Realisasi nilai investasi pada Triwulan II akan dirilis DPMPTSP Provinsi pada pertengahan Juli 2025.", "T2", 2025),
    ("Realisasi nilai investasi pada Triwulan II akan dipublikasi DPMPTSP Provinsi.", "T2", 2025),
    ("Realisasi nilai investasi untuk Triwulan II akan keluar pada bulan Juli 2025.", "T2", 2025),
    ("Nilai PDRB untuk Triwulan II akan dirilis BPS.", "T2", 2025),
    ("Data realisasi untuk TW II akan dikirimkan oleh BPS.", "T2", 2025),
    ("Data realisasi untuk TW II akan dilengkapi pada laporan berikutnya.", "T2", 2025),
    ("Koperasi yang belum RAT pada Triwulan III akan terus didampingi.", "T3", 2025),
    ("Koperasi yang belum melaksanakan RAT sampai dengan Triwulan III akan diberikan pembinaan.", "T3", 2025),
    ("Pedagang yang menunggak retribusi pada Triwulan III akan diberikan surat teguran.", "T3", 2025),
    ("IKM yang telah dibina pada Triwulan III akan didampingi untuk memperoleh sertifikat halal.", "T3", 2025),
    # decided by the lead, stop 39 (decision 2, moved from NOT_TAKEN): comparisons in the year's report are
    # quiet
    ("Capaian tahun 2025 meningkat dibandingkan capaian Triwulan III yang sebesar 70%.", "Y", 2025),
    ("Dibandingkan dengan Triwulan III, capaian akhir tahun naik 20%.", "Y", 2025),
    # revE's verdict taken by narasi51 (moved from NOT_TAKEN): an earlier quarter of the year told as the
    # time of a cause, no measure, figure, plan or month around it, is history
    ("Kendala yang dihadapi pada triwulan I dan II berupa keterbatasan anggaran.", "T3", 2025),
]  # fmt: skip

# leftovers: a peringatan and a placeholder (text, report, its year)
FLAGGED = [
    # --- revE blind set (sentences.py)
    ("Laporan Kinerja Triwulan II Tahun 2025 ini juga menjadi sarana evaluasi kinerja selama periode bulan April – Juni 2025.", "T3", 2025),
    ("Indikator program ini belum terealisasi karena akan dilaksanakan pada triwulan III.", "T3", 2025),
    ("Berdasarkan hasil kinerja yang telah dicapai sampai dengan Triwulan II tahun 2025, maka tindak lanjut dan upaya yang dapat dilaksanakan sebagai berikut:", "T3", 2025),
    ("Realisasi s.d. TW.II sebanyak 40 koperasi dari target 100 koperasi sehingga capaiannya 40%.", "T3", 2025),
    ("Laporan Kinerja Semester I Tahun 2025 ini disusun sebagai bentuk pertanggungjawaban atas pelaksanaan program dan kegiatan.", "S2", 2025),
    ("Kegiatan pameran akan dilaksanakan pada Semester II.", "S2", 2025),
    ("Kegiatan pameran akan dilaksanakan pada Triwulan II.", "S1", 2025),
    ("Sisa kegiatan akan dilaksanakan pada triwulan IV tahun 2025.", "Y", 2025),
    ("Kegiatan RAT koperasi akan dilaksanakan pada Triwulan ke-2.", "T2", 2025),
    ("Pendampingan RAT dijadwalkan pada triwulan kedua.", "T2", 2025),
    ("Rencana tindak lanjut: melaksanakan monitoring pasar pada Tw 3.", "T3", 2025),
    ("Sampai dengan triwulan II ini, capaian indikator sebesar 71%.", "T3", 2025),
    ("Pada Triwulan II ini terdapat 8 indikator dengan realisasi di bawah 100%.", "T3", 2025),
    ("Hingga akhir Triwulan III ini, realisasi fisik mencapai 75%.", "T4", 2025),
    ("Evaluasi ini mencakup periode Januari-Juni 2025.", "T3", 2025),
    ("Laporan ini menjadi sarana evaluasi kinerja selama periode bulan April – Juni 2025.", "T1", 2025),
    ("Realisasi triwulan II akan dirilis DPMPTSP pada tanggal 10 Juli 2025.", "T3", 2025),
    ("Target tahun 2025 akan dicapai pada triwulan IV melalui pelaksanaan pameran.", "Y", 2025),
    ("Kegiatan akan dilaksanakan pada Tw 1.", "T2", 2025),
    ("Laporan Kinerja Triwulan III Tahun 2025 ini disusun sebagai bentuk pertanggungjawaban kinerja.", "T4", 2025),
    ("Oleh karena itu, pada Triwulan IV akan dilakukan percepatan pelaksanaan kegiatan.", "T4", 2025),
    ("Penilaian kesehatan koperasi akan dilanjutkan pada Smt I.", "T2", 2025),
    ("Capaian s.d. TW II sebesar 71% ini belum mencapai target tahunan karena kegiatan akan dilaksanakan pada triwulan III.", "T3", 2025),
    ("Pada triwulan III tahun ini kegiatan serupa akan dilaksanakan kembali.", "T3", 2025),
    ("Realisasi anggaran triwulan I masih rendah karena proses pengadaan baru akan dimulai pada bulan April.", "T2", 2025),
    ("Realisasi pada triwulan ke-2 ini meningkat dibandingkan triwulan ke-1.", "T3", 2025),
    ("Sisa kegiatan akan dilaksanakan pada triwulan IV tahun 2025.", "T1", 2026),
    ("Kendala yang dihadapi pada triwulan ini yaitu kegiatan pameran baru akan dilaksanakan pada TW.III.", "T3", 2025),
    # --- revE probe p1: later-period plans, own-period plans in other word orders, data still to come, ranges
    ("Pada Triwulan IV, kegiatan pameran akan dilaksanakan di Alun-alun Lumajang.", "T4", 2025),
    ("Di Triwulan IV, Dinas akan melakukan percepatan pelaksanaan kegiatan.", "T4", 2025),
    ("Untuk Triwulan III, Bidang Koperasi akan melaksanakan pendampingan RAT.", "T3", 2025),
    ("Kegiatan pelatihan rencananya dilaksanakan pada Triwulan III.", "T3", 2025),
    ("Kegiatan pameran diagendakan pada Triwulan III.", "T3", 2025),
    ("Sosialisasi SI DILAN akan dilaksanakan pada TW I-II.", "T2", 2025),
    ("Sosialisasi SI DILAN akan dilaksanakan pada TW I dan II.", "T2", 2025),
    # --- revE probe p2: other years, the year's report, history
    ("Sisa kegiatan akan dilaksanakan pada Triwulan I tahun 2026.", "T1", 2026),
    ("Pada Triwulan I tahun 2026 akan dilakukan evaluasi Renstra.", "T1", 2026),
    ("Kegiatan akan dilaksanakan pada Triwulan III Tahun Anggaran 2025.", "T3", 2025),
    ("Kegiatan akan dilaksanakan pada Triwulan III tahun 2025.", "T3", 2025),
    ("Kegiatan akan dilaksanakan pada Triwulan III tahun ini.", "T3", 2025),
    ("Kegiatan serupa akan dilaksanakan pada Triwulan II tahun 2025.", "T3", 2025),
    ("Upaya yang akan dilakukan pada Semester I antara lain pendampingan NIB.", "S1", 2025),
    ("Upaya yang akan dilakukan pada Triwulan III antara lain pendampingan NIB.", "S2", 2025),
    ("Upaya yang akan dilakukan pada Triwulan IV antara lain pendampingan NIB.", "S2", 2025),
    ("Upaya yang akan dilakukan pada Triwulan I antara lain pendampingan NIB.", "S1", 2025),
    ("Upaya yang akan dilakukan pada Triwulan III antara lain pendampingan NIB.", "Y", 2025),
    ("Upaya yang akan dilakukan pada Semester II antara lain pendampingan NIB.", "Y", 2025),
    # --- revE probe p3: the year's report, earlier years (decisions 1, 2)
    ("Pelatihan kewirausahaan akan dilaksanakan pada Triwulan II.", "Y", 2025),
    ("Sisa kegiatan akan dilaksanakan pada Triwulan III dan IV.", "Y", 2025),
    ("Indikator program ini belum terealisasi karena akan dilaksanakan pada triwulan III.", "Y", 2025),
    ("Kegiatan pameran direncanakan pada TW III.", "Y", 2025),
    ("Kegiatan pameran direncanakan pada TW III.", "T4", 2025),
    ("Kegiatan pameran direncanakan pada TW II.", "S2", 2025),
    ("Pengadaan direncanakan pada Triwulan IV Tahun 2025.", "T1", 2026),
    ("Kegiatan akan dilaksanakan pada Triwulan III tahun 2025.", "T2", 2026),
    ("Kegiatan akan dilaksanakan pada Triwulan IV tahun lalu.", "T1", 2026),
]  # fmt: skip

# the periods named, by hand from the decisions (text, report, year, verdict)
NAMED = [
    # decision 1: the year's report names the earlier quarter planned for, as the whole-text check
    # does for any text naming only Triwulan I-III; Triwulan IV is the year's own
    ("Indikator program ini belum terealisasi karena akan dilaksanakan pada triwulan III.", "Y", 2025, ["Triwulan III"]),
    ("Kegiatan pameran direncanakan pada TW III.", "Y", 2025, ["Triwulan III"]),
    ("Pelatihan kewirausahaan akan dilaksanakan pada Triwulan II.", "Y", 2025, ["Triwulan II"]),
    ("Sisa kegiatan akan dilaksanakan pada triwulan IV tahun 2025.", "Y", 2025, ["rencana untuk Triwulan IV"]),
    # decision 2: an earlier year's quarter is named as any other quarter
    ("Sisa kegiatan akan dilaksanakan pada triwulan IV tahun 2025.", "T1", 2026, ["Triwulan IV"]),
    ("Kegiatan akan dilaksanakan pada Triwulan IV tahun lalu.", "T1", 2026, ["Triwulan IV"]),
    ("Kegiatan akan dilaksanakan pada Triwulan III tahun 2025.", "T2", 2026, ["Triwulan III"]),
    # decision 3: own-period plans opening the clause, and after "Rencana tindak lanjut:"
    ("Pada triwulan III tahun ini kegiatan serupa akan dilaksanakan kembali.", "T3", 2025, ["rencana untuk Triwulan III"]),
    ("Rencana tindak lanjut: melaksanakan monitoring pasar pada Tw 3.", "T3", 2025, ["rencana untuk Triwulan III"]),
    ("Untuk Triwulan III, Bidang Koperasi akan melaksanakan pendampingan RAT.", "T3", 2025, ["rencana untuk Triwulan III"]),
    # decision 5: "TW I-II" names Triwulan II, the own quarter, in the plan
    ("Sosialisasi SI DILAN akan dilaksanakan pada TW I-II.", "T2", 2025, ["rencana untuk Triwulan II"]),
    # revE's verdicts taken in narasi2 (moved from NOT_TAKEN; tests/test_narasi_periode_lain.py): a plan
    # dated by a month the report has covered was written before it (the year as written) ...
    ("Pelatihan digital marketing akan dilaksanakan pada bulan Agustus 2025.", "T3", 2025, ["rencana untuk bulan Agustus 2025"]),
    ("Pameran produk UMKM direncanakan pada bulan September 2025.", "T3", 2025, ["rencana untuk bulan September 2025"]),
    ("Pelaksanaan kegiatan akan dimulai pada bulan Mei 2025.", "S1", 2025, ["rencana untuk bulan Mei 2025"]),
    # (Juli without a year: a month of the reported Triwulan III)
    ("Hal ini disebabkan kegiatan pelatihan baru akan dilaksanakan pada bulan Juli.", "T3", 2025, ["rencana untuk bulan Juli"]),
    # (Maret 2025 ended before Triwulan III began)
    ("Kegiatan Bazar Ramadhan akan dilaksanakan pada bulan Maret 2025.", "T3", 2025, ["rencana untuk bulan Maret 2025"]),
    ("Pelatihan direncanakan pada bulan Desember 2025.", "T4", 2025, ["rencana untuk bulan Desember 2025"]),
    # ... and this report's title naming another year was left from last year's document
    ("Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2024 ini disusun sebagai bentuk pertanggungjawaban atas pelaksanaan Renja.", "Y", 2025, ["Tahun 2024"]),
]  # fmt: skip

# revE's verdicts the lead's decisions did not take (strict xfail: a later change meeting one says so
# here, and must then move it above). (text, report, year, revE's verdict: flagged)
NOT_TAKEN = [
    # decision 5 reads "Triwulan III dan IV" as naming Triwulan IV, the year's report's own; "belum
    # ... pelaksanaan pada <period>" also tells honestly that it was done late (flagged at the session
    # start only because the bare "IV" went unread)
    ("Hal ini belum tercapai maksimal karena pelaksanaan pada Triwulan III dan IV.", "Y", 2025, True),
    # "triwulan berikutnya" in Triwulan IV: not among the decisions (narasi2, left: in Triwulan IV the
    # next quarter is Triwulan I of the next year, so the sentence reads true as written; precision first)
    ("Kegiatan ini akan dilaksanakan pada triwulan berikutnya.", "T4", 2025, True),
    # "diperlukan upaya pada" is no plan verb of the decisions, and the text names the own Triwulan III
    ("Capaian TW I-II sebesar 50% sehingga masih diperlukan upaya pada triwulan III dan IV.", "T3", 2025, True),
    # no plan word: months and a quarter named together are not among the decisions
    ("Pelaksanaan kegiatan dilakukan pada Oktober–Desember (Triwulan IV).", "T3", 2025, False),
    # "perlu ... pada" with words between is read only to quiet a LATER period (decision 4); for the
    # own period it is neither after a plan verb nor opening the clause (decision 3), as "Perlu
    # diketahui bahwa pada Triwulan III ..."
    ("Perlu percepatan pelaksanaan kegiatan pada Triwulan III.", "T3", 2025, True),
    # Oktober is Triwulan IV's first month, when the report before is written (mend36a's rule)
    ("Kegiatan yang belum terlaksana pada Triwulan III telah diselesaikan pada bulan Oktober.", "T4", 2025, False),
    # the text names the own Triwulan III; not among the decisions
    ("Hal ini belum tercapai maksimal karena pelaksanaan pada Triwulan III dan IV.", "T3", 2025, True),
]  # fmt: skip
_XFAIL = pytest.mark.xfail(strict=True, reason="revE's verdict, not taken by the lead's decisions")


@pytest.mark.parametrize(("teks", "kode", "tahun"), QUIET)
def test_reve_honest_sentences_stay_quiet(teks, kode, tahun):
    assert _lain(teks, kode, tahun) == []


@pytest.mark.parametrize(("teks", "kode", "tahun"), FLAGGED)
def test_reve_leftovers_are_pointed_out(teks, kode, tahun):
    assert _lain(teks, kode, tahun) != []


@pytest.mark.parametrize(("teks", "kode", "tahun", "named"), NAMED)
def test_the_periods_a_leftover_names(teks, kode, tahun, named):
    assert _lain(teks, kode, tahun) == named


@pytest.mark.parametrize(
    ("teks", "kode", "tahun", "flagged"), [pytest.param(*row, marks=_XFAIL) for row in NOT_TAKEN]
)
def test_reve_verdicts_not_taken(teks, kode, tahun, flagged):
    assert bool(_lain(teks, kode, tahun)) == flagged


def test_a_plan_without_akan_is_explained_alike_in_the_peringatan_and_in_word():
    """Decision 6: "rencana untuk Triwulan III", not "(akan ...)", for a plan "diagendakan" (revE's
    own-period plan words), one text at its cell and under the paragraph in Word."""
    teks = "Kegiatan pameran diagendakan pada Triwulan III."
    narasi, texts = tindak_lanjut(3, teks)
    pesan, tanda = rencana_pesan("Triwulan III")
    assert ([f.pesan for f in narasi.findings], texts) == ([pesan], [teks, tanda])


def rencana_pesan(periode: str) -> tuple[str, str]:
    """The peringatan and the Word placeholder of a Tindak Lanjut cell planning for ``periode``, the
    quarter a Triwulan report of 2025 reports."""
    uraian = (
        f"masih menyebut rencana untuk {periode}, padahal laporan ini melaporkan hasil {periode} "
        "Tahun 2025 yang sudah berakhir"
    )
    pesan = (
        f'Teks Bagian "Tindak Lanjut" {uraian} (Pengaturan, Triwulan): perbarui teksnya untuk triwulan ini'
    )
    return pesan, f'[isi: teks ini {uraian}; perbarui teksnya (sheet Narasi, Bagian "Tindak Lanjut")]'


@pytest.mark.parametrize(
    "teks",
    [
        "Kendala pada Triwulan III akan diatasi dengan koordinasi lintas bidang.",
        "Koperasi yang belum RAT pada Triwulan III akan terus didampingi.",
        "Capaian TW I s.d. III sebesar 76%.",
        "Rapat koordinasi evaluasi kinerja TW II dilaksanakan pada bulan Juli 2025.",
    ],
)
def test_an_honest_cell_gets_no_peringatan_nor_word_placeholder(teks):
    """revE's false flags (Triwulan III, 2025): no peringatan and staff's paragraph alone in Word."""
    narasi, texts = tindak_lanjut(3, teks)
    assert (narasi.findings, texts) == ([], [teks])
