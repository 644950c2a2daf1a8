"""tests/fronts_printed.py's readers of pdftotext's lines, on lines written by hand as ``pdftotext
-layout`` prints them (the Word PDF's bullet glyph, a sentence wrapped over lines, a footer, a page
break cutting a sentence, a galat row of Tabel 3.4): what tests/test_fronts_parity.py's printed fronts
rely on to compare the Ringkasan sentences and Tabel 3.4's rows with the model."""

from __future__ import annotations

from tests.fronts_printed import anggaran_rows, ringkasan_sentences

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
    ]
    assert anggaran_rows(lines, ["P1", "P2", "P0.1"]) == {
        "P1": ("1.000", "245,85", "24,59"),
        "P2": "2 P2 Program 2 Galat (Anggaran!E6) 0,00 Galat (Anggaran!E6)",
        "P0.1": ("700 juta", "1,2 milyar", "171,43"),
        "TOTAL": ("1.200", "245,85", "20,49"),
    }
