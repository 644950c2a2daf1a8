"""Reader 14: the signer's and the Inspektorat's reading of the year-end (TW IV), Semester I and
Semester II reports, sheet, PDF and Word.

1. Word ``laporan --pdf``: Tabel 3.2 printed a program at the foot of a page and its first kegiatan on
   the next (a kegiatan under no program).
2. A Semester II report flagged staff's "Rekomendasi atas Laporan Kinerja Semester I telah
   ditindaklanjuti" (an earlier report as history) as a leftover of another period.
3. The trend chart titled its periods "2025 s.d. TW IV" while Perbandingan Kinerja says "s.d. TW IV
   2025", as the seed does ("DATA KOPERASI YANG SUDAH BER-RAT S.D TW II 2025").
"""

from __future__ import annotations

import shutil

import pytest

from lkj_xl.core.model import Cell
from lkj_xl.core.narasi import parse_narasi, triwulan_lain
from lkj_xl.core.tables.grafik import trend_columns
from tests.common import example_typed
from tests.helpers_staff import report_with_pengaturan
from tests.test_grafik import hand_report
from tests.test_staff_round5 import BASE

# --- 2. an earlier period's report named as history ----------------------------------------------------

HISTORY = [
    # (text, triwulan, tahunan, semester): each names an earlier report as what was followed up
    ("Rekomendasi atas Laporan Kinerja Semester I telah ditindaklanjuti.", 4, False, 2),
    ("Rekomendasi atas Laporan Kinerja Semester I Tahun 2025 telah ditindaklanjuti.", 4, False, 2),
    ("Catatan evaluasi terhadap Laporan Kinerja Semester I telah ditindaklanjuti.", 4, False, 2),
    ("Rekomendasi atas Laporan Kinerja (LKj) Triwulan II telah ditindaklanjuti.", 4, False, 2),
    ("Rekomendasi atas Laporan Kinerja Triwulan III telah ditindaklanjuti.", 4, False, None),
    ("Rekomendasi atas Laporan Kinerja Semester I telah ditindaklanjuti.", 4, True, None),
    ("Rekomendasi atas Laporan Kinerja Triwulan I telah ditindaklanjuti.", 2, False, 1),
    # mend35k (the lead's decision 3): the title before "ini" said followed up is history too; it was
    # pinned a leftover here
    ("Rekomendasi atas Laporan Kinerja Semester I ini telah ditindaklanjuti.", 4, False, 2),
]


@pytest.mark.parametrize(("teks", "triwulan", "tahunan", "semester"), HISTORY)
def test_an_earlier_report_followed_up_is_no_leftover(teks, triwulan, tahunan, semester):
    assert triwulan_lain(teks, triwulan, tahunan, semester, 2025) == []


def test_a_semester_ii_tindak_lanjut_of_semester_i_gets_no_peringatan():
    """Pengaturan Triwulan "Semester II": the Tindak Lanjut naming Semester I's report as followed up."""
    report = report_with_pengaturan([*BASE, ["Triwulan", "Semester II"]])
    assert report.settings.semester_laporan == 2
    ok = "Rekomendasi atas Laporan Kinerja Semester I telah ditindaklanjuti dengan perbaikan indikator."
    left = "Laporan Kinerja Semester I ini disusun sebagai bentuk akuntabilitas."
    for teks, expected in ((ok, 0), (left, 1)):
        rows = [[Cell("Bagian"), Cell("Teks")], [Cell("Kata Pengantar"), Cell(teks)]]
        narasi = parse_narasi(rows, settings=report.settings)
        assert len([f for f in narasi.findings if "Semester I" in f.pesan]) == expected, narasi.findings


LEFTOVER = [
    # the title of the earlier report left as this one's: still pointed out
    ("Laporan Kinerja Semester I", 4, False, 2, ["Semester I"]),
    ("Laporan Kinerja Semester I ini disusun sebagai bentuk akuntabilitas.", 4, False, 2, ["Semester I"]),
    # a later period than the report's is no history: "atas Laporan Kinerja Semester II" in Semester I
    ("Rekomendasi atas Laporan Kinerja Semester II telah ditindaklanjuti.", 2, False, 1, ["Semester II"]),
    ("Rekomendasi atas Laporan Kinerja Triwulan IV telah ditindaklanjuti.", 3, False, None, ["Triwulan IV"]),
]


@pytest.mark.parametrize(("teks", "triwulan", "tahunan", "semester", "named"), LEFTOVER)
def test_a_leftover_title_is_still_pointed_out(teks, triwulan, tahunan, semester, named):
    assert triwulan_lain(teks, triwulan, tahunan, semester, 2025) == named


# --- 3. one wording of the period: "s.d. TW IV 2025" -----------------------------------------------------


def test_the_trend_chart_names_its_periods_as_the_seed_does():
    # hand_report: Triwulan II 2025, T1 with 2023 and 2024 and last year's same period (12)
    rep = hand_report()
    assert [h for _, h in trend_columns(rep)] == ["2023", "2024", "s.d. TW II 2024", "s.d. TW II 2025"]
    rep.settings.triwulan = 4  # the quarterly TW IV report: 2024 s.d. TW IV is the year 2024
    assert [h for _, h in trend_columns(rep)] == ["2023", "2024", "s.d. TW IV 2025"]


# --- 1. Tabel 3.2: a program kept with its first kegiatan --------------------------------------------


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _keeps(tr) -> list[bool]:
    """Each paragraph of a Word table row: kept with the next (w:keepNext)."""
    return [
        p.find(f"{W}pPr") is not None and p.find(f"{W}pPr").find(f"{W}keepNext") is not None
        for p in tr.iter(f"{W}p")
    ]


def test_tabel_3_2_keeps_a_two_indicator_program_with_its_first_kegiatan(tmp_path):
    """The example's program of Nilai ekspor and Nilai perdagangan (its No and name merged down over
    both rows) then its kegiatan. Its second row's merged-over cells had no keep-with-next: LibreOffice
    (measured: a 3-column table, 46 rows before such a program, 48 rows a page) printed both program
    rows at the foot of page 1 and the kegiatan on page 2; with them, all three went to page 2."""
    pytest.importorskip("docx")
    from tests.helpers_print import laporan_docx
    from tests.test_laporan import EXAMPLE, table_for

    workbook = tmp_path / "contoh.xlsx"
    shutil.copy(EXAMPLE, workbook)
    rows = table_for(laporan_docx(workbook), "Tabel 3.2")._tbl.findall(f"{W}tr")
    texts = ["".join(t.text or "" for t in tr.iter(f"{W}t")) for tr in rows]
    second = next(i for i, t in enumerate(texts) if t.startswith("Nilai perdagangan"))
    assert "Nilai ekspor" in texts[second - 1] and "Kegiatan:" in texts[second + 1]
    assert all(_keeps(rows[second])), texts[second]
    # every row kept with the next is so in each of its cells (a merged-over one too)
    for tr, text in zip(rows, texts):
        assert all(_keeps(tr)) or not any(_keeps(tr)), text


# --- 4. Semester II: figures s.d. TW IV said "pada Semester II" ------------------------------------------


def _texts(workbook) -> str:
    from tests.helpers_print import built_workbook

    wb = built_workbook(workbook)
    return "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)


def test_semester_ii_figures_are_said_up_to_the_half_year_not_in_it(tmp_path):
    """Semester II is counted s.d. TW IV (TW I-IV, README Pengaturan): PROGRAM PENGAWASAN DAN
    PEMERIKSAAN KOPERASI (Anggaran row 5, pagu 41.000.000) spent 8.000.000 in TW II (Semester I),
    12.300.000 in TW III and 8.200.000 in TW IV: 8.000.000 + 12.300.000 + 8.200.000 = 28.500.000,
    penyerapan 28.500.000 / 41.000.000 = 69,51 %. "realisasi pada Semester II Tahun 2025 sebesar
    Rp 28.500.000" told the signer the half year alone spent it (it spent 20.500.000)."""
    cells = {("Anggaran", "H5"): 12_300_000, ("Anggaran", "I5"): 8_200_000}
    text = _texts(example_typed(tmp_path, "smt2", "Semester II", cells))  # type: ignore[arg-type]
    assert "s.d. Semester II Tahun 2025 sebesar Rp 28.500.000 atau penyerapan 69,51%" in text
    assert "pada Semester II" not in text
    assert "Realisasi Anggaran s.d. Semester II Tahun 2025" in text
    # Semester I is s.d. TW II exactly: its own period, "pada Semester I" (8.000.000 / 41.000.000 = 19,51 %)
    (tmp_path / "1").mkdir()
    text = _texts(example_typed(tmp_path / "1", "smt1", "Semester I", {}))  # type: ignore[arg-type]
    assert "pada Semester I Tahun 2025 sebesar Rp 8.000.000 atau penyerapan 19,51%" in text
