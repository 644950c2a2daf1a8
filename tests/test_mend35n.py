"""Mend 35n: what the golden before/after review (revK) found.

1. ``export`` JSON keeps its released top-level order (..., triwulan, tahunan, semester).
2. The Grafik trend table of a half year's report names the period as the report's title does.
3. The thousands-comma peringatan of an Anggaran realisasi suggests no reading above the row's pagu.
4. The Word placeholder of a Narasi cell naming another period sits under the line naming it.
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core.export import to_dict
from lkj_xl.core.model import Cell
from lkj_xl.core.narasi import parse_narasi
from lkj_xl.core.tables.grafik import trend_columns
from tests.helpers_staff import report_with_pengaturan
from tests.report_factory import seed_like_report
from tests.test_engine import anggaran_row, kinerja_row, run
from tests.test_mend35g import _word
from tests.test_staff_round5 import BASE


def test_export_json_keeps_the_released_order_of_its_period_keys():
    # the order of lkj-xl's last release (revK's old base.json): tahunan before semester
    keys = list(to_dict(seed_like_report()))
    assert keys[:6] == ["perangkat_daerah", "pemerintah_daerah", "tahun", "triwulan", "tahunan", "semester"]


def test_grafik_trend_semester_ii_names_the_half_year():
    # Triwulan typed "Semester II": the title says "s.d. Semester II Tahun 2025" (contract.periode),
    # so the trend's own column says the same half year, not "s.d. TW IV 2025"
    report = seed_like_report(triwulan=4, semester=True)
    assert report.settings.semester_laporan == 2
    assert dict(trend_columns(report))["kini"] == "s.d. Semester II 2025"


def test_grafik_trend_semester_i_names_the_half_year_this_year_and_last():
    # "Semester I" is s.d. TW II and a period of its own (title "Semester I Tahun 2025", no "s.d.");
    # last year's same period is Semester I 2024
    report = seed_like_report(triwulan=2, semester=True)
    columns = dict(trend_columns(report))
    assert columns["kini"] == "Semester I 2025"
    assert columns.get("lalu", "Semester I 2024") == "Semester I 2024"
    assert not [h for h in columns.values() if "TW" in h]


def test_grafik_trend_quarter_keeps_its_tw_header():
    # a quarterly report is unchanged: "s.d. TW II 2025"
    assert dict(trend_columns(seed_like_report()))["kini"] == "s.d. TW II 2025"


# --- 3. the thousands-comma peringatan's suggestion within the row's pagu -----------------------------


def _tujuan() -> list:
    return kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Ind", "100", ("50", "60", None, None), jenis="Nilai Akhir"
    )


def _said_at(report, sel: str) -> list[str]:
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Anggaran", sel)]


def test_anggaran_comma_thousands_above_the_pagu_suggests_no_reading_above_it():
    # revK: "10.000,000" as TW II realisasi, pagu Rp 901.563: read 10.000 (three zero decimals); the
    # grouped reading 10.000.000 is above 10x the pagu (9.015.630): no "bila maksudnya" to it. (Two dots
    # before ",000", revK's "10.200.000,000", are SIPD's export, read quietly since angka52.)
    budget = anggaran_row("P1", "Program A", "T1", "901.563", ("5.000", "10.000,000", None, None))
    report = run([_tujuan()], [budget])
    said = _said_at(report, "G2")
    assert any('"10.000,000" dibaca 10.000 (tiga angka nol di belakang koma)' in p for p in said), said
    assert not any("10.000.000" in p for p in said), said
    # the figure stays as read: 5.000 + 10.000
    assert Fraction(report.budgets[0].realisasi).limit_denominator() == 15_000


def test_anggaran_comma_thousands_just_above_the_pagu_still_suggests_it():
    # "1.500,000" read 1.500 beside a pagu of 1.000.000: 1.500.000 (1,5x the pagu, a realisasi over its
    # pagu that staff may have typed) is still a likely meaning: both named in a galat (since anggaran51: a
    # rupiah figure is printed from no guess, tests/test_anggaran_koma_ribuan.py); 10x is not
    budget = anggaran_row("P1", "Program A", "T1", "1.000.000", ("1.500,000", None, None, None))
    said = _said_at(run([_tujuan()], [budget]), "F2")
    assert any("tulis 1.500.000 atau 1.500" in p for p in said), said
    budget = anggaran_row("P1", "Program A", "T1", "1.000.000", ("10.001,000", None, None, None))
    said = _said_at(run([_tujuan()], [budget]), "F2")  # 10.001.000 > 10 x 1.000.000
    assert said and not any("bila maksudnya" in p for p in said), said


def test_anggaran_comma_thousands_within_the_pagu_still_suggests_it():
    # "1.250,000" read 1.250; its thousands reading 1.250.000 is within the pagu 20.000.000: said
    budget = anggaran_row("P1", "Program A", "T1", "20.000.000", ("1.250,000", "3.000.000", None, None))
    said = _said_at(run([_tujuan()], [budget]), "F2")
    assert any("tulis 1.250.000 atau 1.250" in p for p in said), said


def test_anggaran_comma_thousands_in_the_pagu_too_bounds_by_the_pagu_meant():
    # the pagu typed "101.563,000" (read 101.563, meant 101.563.000) and TW I "10.200,000" (read 10,2,
    # meant 10.200.000 <= the pagu meant): both suggestions stay
    budget = anggaran_row("P1", "Program A", "T1", "101.563,000", ("10.200,000", None, None, None))
    report = run([_tujuan()], [budget])
    assert any("tulis 10.200.000 atau 10.200" in p for p in _said_at(report, "F2")), _said_at(report, "F2")
    assert any("tulis 101.563.000 atau 101.563" in p for p in _said_at(report, "D2")), _said_at(report, "D2")


# --- 4. the Word placeholder under the line naming the other period --------------------------------------

STALE = (
    "Berdasarkan hasil kinerja yang telah dicapai sampai dengan Triwulan II tahun 2025, maka tindak lanjut "
    "dan upaya yang dapat dilaksanakan sehingga dapat mempertahankan dan / atau meningkatkan kinerja, "
    "sebagai berikut :"
)
BULLETS = [f"- Melaksanakan kegiatan ke-{n}" for n in range(1, 27)]  # revK's sem2: 26 bullets


def test_the_word_placeholder_sits_under_the_line_naming_another_period():
    # revK (sem2.docx ~line 645): the Semester II report's Tindak Lanjut cell opens with the stale
    # "sampai dengan Triwulan II" and lists 26 bullets; the placeholder came 27 lines below it
    report = report_with_pengaturan([*BASE, ["Triwulan", "Semester II"]])
    assert report.settings.semester_laporan == 2
    rows = [[Cell("Bagian"), Cell("Teks")], [Cell("Tindak Lanjut"), Cell("\n".join([STALE, *BULLETS]))]]
    narasi = parse_narasi(rows, settings=report.settings)
    # one verdict per cell: one peringatan at B2 naming Triwulan II
    said = [(f.sel, f.pesan) for f in narasi.findings]
    assert len(said) == 1 and said[0][0] == "B2" and "menyebut Triwulan II" in said[0][1], said
    paragraphs = _word(report, narasi, "Tindak Lanjut")
    assert paragraphs[0] == STALE
    assert paragraphs[1].startswith(
        "[isi: teks ini menyebut Triwulan II, laporan ini Semester II Tahun 2025;"
    )
    # the 26 bullets follow it, and no second placeholder
    assert len(paragraphs) == 2 + len(BULLETS)
    assert sum(p.startswith("[isi:") for p in paragraphs) == 1


def test_the_word_placeholder_of_a_cell_after_another_counts_its_lines_from_the_cell():
    # two cells of one Bagian: the first up to date, the second stale on its second line; the
    # placeholder goes under that line (index 1 of the second cell, 3 of the section), not the last
    report = report_with_pengaturan([*BASE, ["Triwulan", "Semester II"]])
    own = "Berdasarkan hasil kinerja s.d. Semester II tahun 2025, upaya berikut dilaksanakan:\n- Pendampingan RAT"
    second = f"Sektor Industri:\n{STALE}\n- Pelatihan IKM\n- Kurasi UMKM"
    rows = [
        [Cell("Bagian"), Cell("Teks")],
        [Cell("Tindak Lanjut"), Cell(own)],
        [Cell("Tindak Lanjut"), Cell(second)],
    ]
    narasi = parse_narasi(rows, settings=report.settings)
    assert [f.sel for f in narasi.findings] == ["B3"], [f.pesan for f in narasi.findings]
    paragraphs = _word(report, narasi, "Tindak Lanjut")
    at = [i for i, p in enumerate(paragraphs) if p.startswith("[isi:")]
    assert at == [4] and paragraphs[3] == STALE, paragraphs
