"""tests/fronts_printed.py's readers of pdftotext's lines, on lines written by hand as ``pdftotext
-layout`` prints them (the Word PDF's bullet glyph, a sentence wrapped over lines, a footer, a page
break cutting a sentence, a galat row of Tabel 3.4): what tests/test_fronts_parity.py's printed fronts
rely on to compare the Ringkasan sentences and Tabel 3.4's rows with the model."""

from __future__ import annotations

from tests.fronts_printed import GRAFIK_3, anggaran_rows, efisiensi_rows, ringkasan_sentences

LINES = [
    "Uraian Capaian",
    "Tujuan",
    "\uf0b7 Indikator kinerja tujuan dengan capaian ≥ 100% sebanyak 1 indikator, yaitu Indikator 5",
    "T1.",
    "2. Indikator kinerja tujuan dengan capaian di bawah 100% sebanyak 2 indikator, yaitu",
    "Indikator 1 T1 (capaian 90,00%) dan Indikator 4 T1 (capaian",
    "",
    "Dinas Contoh Kabupaten Contoh Halaman 6",
    "50,00%).",
    "3. Tidak ada indikator kinerja tujuan yang belum dapat diukur capaiannya.",
    "4. Indikator kinerja sasaran yang tidak dihitung karena isiannya galat sebanyak 1 indikator,",
    "yaitu Indikator 8 S1.1 (galat pada sel Kinerja!K11); perbaiki sel tersebut (lihat sheet",
    "Pemeriksaan).",
    "Realisasi TW IV belum diisi (kosong di semua baris).",
]


def test_ringkasan_sentences_joins_wrapped_lines_and_leaves_out_a_cut_one():
    assert ringkasan_sentences(LINES) == [
        "Indikator kinerja tujuan dengan capaian ≥ 100% sebanyak 1 indikator, yaitu Indikator 5 T1.",
        # (the second sentence is cut by the page break: left out, never read as "... (capaian")
        "Tidak ada indikator kinerja tujuan yang belum dapat diukur capaiannya.",
        "Indikator kinerja sasaran yang tidak dihitung karena isiannya galat sebanyak 1 indikator, yaitu "
        "Indikator 8 S1.1 (galat pada sel Kinerja!K11); perbaiki sel tersebut (lihat sheet Pemeriksaan).",
    ]


def test_anggaran_rows_reads_tabel_3_4_only():
    lines = [
        "Tabel 3.4 Realisasi Anggaran s.d. Semester II Tahun 2025..........14",  # Daftar Tabel
        "1 P1 Uraian lain 5 6 7",  # another table's row before Tabel 3.4: not read
        "Tabel 3.4 Realisasi Anggaran s.d. Semester II Tahun 2025",
        "No Kode Program Pagu (Rp) Realisasi (Rp) Persentase (%)",
        "1 P1 Program 1 1.000 245,85 24,59",  # "Program 1": its 1 is the name's, not a figure
        "2 P2 Program 2 Galat (Anggaran!E6) 0,00 Galat (Anggaran!E6)",
        "3 P0.1 Program Penunjang 1 700 juta 1,2 milyar 171,43",
        "TOTAL 1.200 245,85 20,49",
        "1 P1 Program 1 9 9 9",  # after the TOTAL: not Tabel 3.4's
        "TOTAL 9 9 9",
    ]
    assert anggaran_rows(lines, ["P1", "P2", "P0.1"]) == {
        "P1": ("1.000", "245,85", "24,59"),
        "P2": "2 P2 Program 2 Galat (Anggaran!E6) 0,00 Galat (Anggaran!E6)",
        "P0.1": ("700 juta", "1,2 milyar", "171,43"),
        "TOTAL": ("1.200", "245,85", "20,49"),
    }


def test_anggaran_rows_reads_grafiks_table_of_programs():
    lines = [
        "Tabel 3.4 Realisasi Anggaran s.d. Triwulan II Tahun 2025",
        "1 P1 Program 1 1.000 245,85 24,59",
        "TOTAL 1.000 245,85 24,59",
        "3. Penyerapan Anggaran per Program",
        "No Kode Program Pagu (Rp) Realisasi (Rp) Penyerapan (%)",
        "1 P1 Program 1 1.000 245,85 24,60",  # (as Grafik would print a wrong label: read as printed)
        "Tidak digambar (tidak ada angka):",
        "1 P2 Program 2 Galat (Anggaran!E6)",
        "4. Tren Realisasi Indikator Tujuan dan Sasaran",
        "1 P1 Program 1 9 9 9",
    ]
    assert anggaran_rows(lines, ["P1", "P2"], GRAFIK_3) == {
        "P1": ("1.000", "245,85", "24,60"),
        "P2": "1 P2 Program 2 Galat (Anggaran!E6)",
    }


def test_efisiensi_rows_reads_tabel_3_3():
    lines = [
        "Tabel 3.3 Efisiensi Penggunaan Sumber Daya s.d. Semester II Tahun 2025..........11",
        "Tabel 3.3 Efisiensi Penggunaan Sumber Daya s.d. Semester II Tahun 2025",
        "No Tujuan/Sasaran Strategis Indikator Kinerja Pagu (Rp) Keterangan",
        "1 Uraian Tujuan T1 Indikator 1 T1; Indikator 2 T1; Indikator 76,00 1.200 245,85 20,49 55,51 Efisien",
        "3 T1; Indikator 4 T1; Indikator 5 T1",
        "Uraian Sasaran S1.1 *) Indikator 6 S1.1; 15,00 1.000 245,85 24,59 (9,59) Tidak efisien",
        "Uraian Sasaran S1.2 Indikator 9 S1.2 Belum diketahui 200 0,00 0,00 -",
        # the Word PDF: long figures push the Keterangan to the row's next line
        "Uraian Sasaran S1.3 *) Indikator 7 S1.3 5.161,0 332.923.000 332.923.002 100,000001 5.060,999999",
        "Efisien",
        "Catatan:",
        "Uraian Sasaran S1.1: Capaian sasaran ini rata-rata 1 indikator 1 2 3 4 5 Efisien",
    ]
    uraians = ["Uraian Tujuan T1", "Uraian Sasaran S1.1", "Uraian Sasaran S1.2", "Uraian Sasaran S1.3"]
    assert efisiensi_rows(lines, uraians) == {
        "Uraian Tujuan T1": ("76,00", "1.200", "245,85", "20,49", "55,51", "Efisien"),
        "Uraian Sasaran S1.1": ("15,00", "1.000", "245,85", "24,59", "(9,59)", "Tidak efisien"),
        "Uraian Sasaran S1.2": "Uraian Sasaran S1.2 Indikator 9 S1.2 Belum diketahui 200 0,00 0,00 -",
        "Uraian Sasaran S1.3": ("5.161,0", "332.923.000", "332.923.002", "100,000001", "5.060,999999", ""),
    }
