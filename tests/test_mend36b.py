"""A Semester report names its own period as its title does, in every message (review revA of merge
9ef8292, branch semester1).

A report whose Pengaturan Triwulan is typed "Semester I" ("Semester II") is titled "... Semester I Tahun
2025" ("... s.d. Semester II Tahun 2025", contract.periode) and its tables say "Realisasi Semester I"
("Realisasi s.d. Semester II", contract.sd_laporan). The Pemeriksaan messages about last year's figures
and a quarter filled after the reported one still named the quarter ("laporan s.d. Triwulan II",
"Laporan ini Triwulan IV Tahun 2025"), so one message said "Realisasi s.d. Semester II ... Laporan ini
Triwulan IV". A quarterly report keeps its words. "Sem II" / "Sem. I" typed as the Triwulan is the half
year, as "Smt II" is; "S2" stays unreadable (a Sasaran's Kode looks the same).
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from lkj_xl.build import load_report
from lkj_xl.cli import main
from lkj_xl.core import contract
from lkj_xl.core.pengaturan_nilai import semester_text
from lkj_xl.core.tables import grafik
from lkj_xl.core.textwidth import column_width
from tests.common import example_typed
from tests.helpers_print import pdf_words, writer_available


def _said_at(workbook, cell: str) -> list[str]:
    """The lines `lkj-xl check` prints for ``cell`` ("Kinerja!N7")."""
    result = CliRunner().invoke(main, ["check", str(workbook)])
    return [line for line in result.output.splitlines() if f" {cell} " in f" {line} "]


# Kinerja row 7 of the example is K1.01.01, Kumulatif: TW I..IV 10, 20, 30, 40 add up to 100 (10 + 20 +
# 30 + 40), the Realisasi Tahun Lalu typed (R7): last year's quarters left in, said at TW IV (N7).
LAST_YEARS_QUARTERS = {
    ("Kinerja", "K7"): 10,
    ("Kinerja", "L7"): 20,
    ("Kinerja", "M7"): 30,
    ("Kinerja", "N7"): 40,
    ("Kinerja", "R7"): 100,
}


def test_semester_ii_last_years_quarters_say_the_half_year(tmp_path):
    """Before: '... Realisasi s.d. Semester II ... Laporan ini Triwulan IV Tahun 2025' (one message, two
    names for one period)."""
    said = _said_at(example_typed(tmp_path, "smt2", "Semester II", LAST_YEARS_QUARTERS), "Kinerja!N7")
    assert len(said) == 1, said
    assert "Realisasi s.d. Semester II indikator" in said[0]
    assert "Laporan ini Semester II Tahun 2025;" in said[0]
    assert "Triwulan" not in said[0]


def test_quarter_iv_last_years_quarters_keep_their_words(tmp_path):
    said = _said_at(example_typed(tmp_path, "tw4", 4, LAST_YEARS_QUARTERS), "Kinerja!N7")
    assert len(said) == 1, said
    assert "Realisasi s.d. TW IV indikator" in said[0]
    assert "Laporan ini Triwulan IV Tahun 2025;" in said[0]


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        # the example's N27 (Nilai PDRB sektor Perdagangan, TW IV "3.969,54") after the reported TW II
        ("Semester I", "diisi, padahal laporan Semester I; nilai ini tidak dihitung"),
        (2, "diisi, padahal laporan s.d. Triwulan II; nilai ini tidak dihitung"),  # as before
    ],
)
def test_a_quarter_after_the_half_year_names_the_half_year(tmp_path, typed, words):
    said = _said_at(example_typed(tmp_path, "p", typed, {}), "Kinerja!N27")
    assert len(said) == 1, said
    assert said[0].endswith(f'Realisasi TW IV indikator "Nilai PDRB sektor Perdagangan" (S4) {words}')


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        # R5 2,60% beside Realisasi 2024 (Q5) 2,50%: two figures for last year's whole year
        ("Semester II", "padahal laporan ini Semester II: realisasi s.d. Semester II Tahun 2024 adalah"),
        (4, "padahal laporan ini Triwulan IV: realisasi s.d. Triwulan IV Tahun 2024 adalah"),  # as before
    ],
)
def test_two_figures_for_last_year_name_the_half_year(tmp_path, typed, words):
    said = _said_at(example_typed(tmp_path, "p", typed, {("Kinerja", "R5"): "2,60%"}), "Kinerja!R5")
    assert len(said) == 1, said
    assert words in said[0]


@pytest.mark.parametrize(
    ("typed", "period"),
    [("Semester I", "Semester I"), (2, "s.d. Triwulan II")],  # Semester I is s.d. TW II exactly: no "s.d."
)
def test_last_years_whole_year_for_the_half_year(tmp_path, typed, period):
    """R6 typed as Realisasi 2024 (Q6, Rp 1.336.456.746.287,00) of a Kumulatif indicator before the
    year's end: last year's whole year against a part of this one."""
    cells = {("Kinerja", "R6"): "Rp 1.336.456.746.287,00"}
    said = _said_at(example_typed(tmp_path, "p", typed, cells), "Kinerja!R6")
    assert len(said) == 1, said
    assert (
        f"padahal laporan ini {period}: Perbandingan Kinerja membandingkan realisasi {period} dengan angka "
        f"setahun itu; isi realisasi {period} Tahun 2024"
    ) in said[0]


@pytest.mark.parametrize(
    ("typed", "quarter"),
    [("Sem II", 4), ("Sem. I", 2), ("sem 2", 4), ("SEM. II", 4), ("Smt II", 4), ("Semester I", 2)],
)
def test_sem_is_the_half_year(typed, quarter):
    assert contract.triwulan_from_text(typed) == quarter
    assert semester_text(typed)


@pytest.mark.parametrize("typed", ["S2", "Semua", "Semi", "Sem III", "Sem"])
def test_s2_and_other_words_stay_unreadable_or_not_a_half(typed):
    assert contract.triwulan_from_text(typed) is None


def test_sem_ii_typed_is_a_semester_ii_report(tmp_path):
    """Before: 'Parameter "Triwulan" harus angka 1-4' (galat), no capaian at all."""
    workbook = example_typed(tmp_path, "sem2", "Sem II", {})
    result = CliRunner().invoke(main, ["check", str(workbook)])
    assert "Pengaturan!B7" not in result.output, result.output
    assert "realisasi s.d. Semester II dihitung dari" in result.output  # the example's blank TW III-IV


def test_s2_typed_stays_a_galat(tmp_path):
    result = CliRunner().invoke(main, ["check", str(example_typed(tmp_path, "s2", "S2", {}))])
    assert any(line.startswith("galat") and "Pengaturan!B7" in line for line in result.output.splitlines())


def _trend_header(workbook) -> tuple[list[object], list[float]]:
    """Grafik's trend table header row and the sheet's column widths."""
    lay = grafik.layout(load_report(workbook))
    row = next(r for r in lay.rows if r[:3] == ["No", "Kode", "Indikator (Satuan)"] and "Keterangan" in r)
    return row, lay.columns


def test_the_trend_header_keeps_semester_ii_whole(tmp_path):
    """Grafik's trend column "s.d. Semester II 2025" was 12 characters wide (grafik.WIDTHS): printed
    "s.d. Semester" / "II 2025". Its column now holds "s.d. Semester II" on the first line."""
    row, widths = _trend_header(example_typed(tmp_path, "smt2", "Semester II", {}))
    col = row.index("s.d. Semester II 2025")
    assert widths[col] >= column_width("s.d. Semester II", True)


def test_the_quarterly_trend_header_keeps_its_width(tmp_path):
    """ "s.d. TW II 2025" already printed "s.d. TW II" / "2025": the column stays as grafik.WIDTHS has it."""
    row, widths = _trend_header(example_typed(tmp_path, "tw2", 2, {}))
    col = row.index("s.d. TW II 2025")
    assert widths[col] == grafik.WIDTHS[col]


@pytest.mark.slow
@pytest.mark.skipif(not writer_available(), reason="LibreOffice or pdftotext missing")
def test_the_printed_trend_header_keeps_semester_ii_on_one_line(tmp_path):
    """`lkj-xl pdf --sheet Grafik` (LibreOffice): every "Semester" followed by "II" on its line."""
    workbook = example_typed(tmp_path, "smt2", "Semester II", {})
    pdf = tmp_path / "grafik.pdf"
    result = CliRunner().invoke(main, ["pdf", str(workbook), "-o", str(pdf), "--sheet", "Grafik"])
    assert result.exit_code == 0, result.output
    words = pdf_words(pdf)
    pairs = [(a, b) for a, b in zip(words, words[1:]) if a[4] == "Semester"]
    assert len(pairs) >= 2  # the trend header and its Keterangan at least
    for a, b in pairs:
        assert b[4].rstrip(".,;:)") == "II" and a[0] == b[0] and abs(a[2] - b[2]) < 1, (a, b)


@pytest.mark.parametrize(("typed", "period"), [("Semester I", "Semester I"), (2, "s.d. Triwulan II")])
def test_the_analisis_names_last_years_same_half_year(tmp_path, typed, period):
    """S1 (row 5) with Realisasi Tahun Lalu 2,00%, not its Realisasi 2024 (Q5, 2,50%): the sentence
    names the period compared, last year's same one; in a Semester I report "Semester I Tahun 2024"
    (it said "s.d. Triwulan II Tahun 2024" under a Semester I title)."""
    from tests.helpers_print import built_workbook

    workbook = example_typed(tmp_path, "p", typed, {("Kinerja", "R5"): "2,00%"})
    texts = [
        str(c.value) for ws in built_workbook(workbook).worksheets for row in ws.iter_rows() for c in row
    ]
    said = [t for t in texts if "periode yang sama tahun sebelumnya" in t]
    assert said and all(f"({period} Tahun 2024: 2,00%)" in t for t in said), said


@pytest.mark.parametrize(("typed", "period"), [("Semester I", "Semester I"), (2, "s.d. Triwulan II")])
def test_a_grade_after_the_half_year_names_the_half_year(tmp_path, typed, period):
    """Row 27 made a grade indicator (Opini BPK, target WTP) with TW IV "WTP" typed after the reported
    TW II: the predikat check's own peringatan (predikat.py) says the report's period as its title."""
    cells = {
        ("Kinerja", "E27"): "Opini BPK atas LKPD",
        ("Kinerja", "F27"): "Opini",
        ("Kinerja", "I27"): "WTP",
        ("Kinerja", "L27"): "WTP",
        ("Kinerja", "N27"): "WTP",
    }
    said = _said_at(example_typed(tmp_path, "p", typed, cells), "Kinerja!N27")
    assert len(said) == 1, said
    assert said[0].endswith(f"diisi, padahal laporan {period}; nilai ini tidak dihitung"), said
