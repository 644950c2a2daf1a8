"""The last review of the session (revT) on the lead's status-number commit and mend35t's folder rules.

1. "tercapai 3 dari 4 koperasi" is the figure (a galat where the quarter counts), but a progress text
   naming time or stages after "dari N" ("Realisasi 2 dari 3 bulan", "Terlaksana 2 dari 4 tahap") is
   no figure: the peringatan with the other quarters' figure, as at the session's start.
2. One agency's folder given alone, its workbook in "TW II/" and its signed PDF in "PDF/", "Final/",
   "Scan/": no "Perangkat daerah tanpa buku kerja" (those subfolders are no agency).
3. "File Lama", "Data Arsip", "Versi Lama" folders of old PDFs are archives, not agencies.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.rekap_berkas_lain import other_files_warnings
from tests.test_engine import kinerja_row, run

_JENIS_FOLDER = "Perangkat daerah tanpa buku kerja"


@pytest.mark.parametrize(
    ("typed", "satuan", "galat"),
    [
        ("tercapai 3 dari 4 koperasi", "orang", True),  # test_staff_round9's figure
        ("Realisasi 2 dari 3 bulan", "orang", False),
        ("Sudah 2 dari 3 bulan", "Dokumen", False),
        ("Terlaksana 2 dari 4 tahap", "IKM", False),
        ("Realisasi 3 dari 4 termin", "IKM", False),
    ],
)
def test_after_dari_a_time_or_stage_word_is_no_figure(typed, satuan, galat):
    row = kinerja_row(
        "K1", "Tujuan", "", "X", "Jumlah X", 400, (50, typed, None, None),
        satuan=satuan, polaritas="Positif", jenis="Kumulatif",
    )  # fmt: skip
    report = run([row], triwulan=2)
    ind = report.indicators[0]
    severities = [f.severity for f in report.findings if f.sel == "L2"]  # TW II: column L, row 2
    if galat:
        assert severities == ["galat"] and ind.capaian is None
        return
    assert "galat" not in severities
    # Changed by the lead's later decision (README "Values"): the status in the Kumulatif's reported
    # quarter makes it belum diketahui; this test pinned TW I alone, 50 of 400 = 12,5 %
    assert ind.realisasi is None and ind.capaian is None and ind.status == typed


@pytest.mark.parametrize("sub", ["PDF", "Final", "Sudah TTD", "Scan", "Word", "Lampiran", "LKjIP 2024"])
def test_one_agencys_folder_with_its_report_in_a_subfolder_flags_none(sub):
    agency = "/d/01 Dinas Kesehatan"
    found = other_files_warnings(
        [f"{agency}/{sub}/LKjIP Dinkes TW II 2025.pdf"], [f"{agency}/TW II"], [agency]
    )
    assert _JENIS_FOLDER not in [jenis for jenis, _ in found]


@pytest.mark.parametrize("folder", ["File Lama", "Data Lama", "Versi Lama", "Dokumen Arsip", "Data Arsip"])
def test_a_folder_of_old_files_is_an_archive(folder):
    found = other_files_warnings([f"/d/tw2/{folder}/a.pdf"], ["/d/tw2/01 Dinkes"], ["/d/tw2"])
    assert _JENIS_FOLDER not in [jenis for jenis, _ in found]
