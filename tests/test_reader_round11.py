"""Reader round 11: the report read as the agency head who signs it and the Inspektorat's inspector.

A half-year report: Pengaturan's Triwulan typed "Semester I" is read as Triwulan II (README, Pengaturan),
and its figures are those of s.d. TW II, but every title named another report than the one staff
typed: the Word cover said "TRIWULAN II TAHUN 2025", the e-mail "Laporan Kinerja Triwulan II Tahun
2025", the output sheets and the Word tables "s.d. Triwulan II Tahun 2025". The head signs a Laporan
Kinerja Semester I: the period is now named as typed ("Semester I Tahun 2025"; "Semester II Tahun
2025" for the half year that ends in TW IV), as the year's report is named "Tahun 2025". The columns
keep "Realisasi s.d. TW II" (what is counted), and a quarter asked with --triwulan is that quarter's
report.
"""

from __future__ import annotations

import email
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract
from tests.common import example_typed
from tests.helpers_print import built_workbook, laporan_docx

# The output sheets (the example has them all), each titled with its period in A1.
TITLED = contract.OUTPUT_SHEETS


def _titles(workbook: Path) -> dict[str, str]:
    wb = built_workbook(workbook)
    return {name: str(wb[name]["A1"].value) for name in wb.sheetnames if name in TITLED}


def _subject(workbook: Path, *more: str) -> tuple[str, str]:
    eml = workbook.with_suffix(".eml")
    args = ["send", str(workbook), "--to", "a@example.go.id", "--from", "b@example.go.id", "--dry-run"]
    result = CliRunner().invoke(main, [*args, str(eml), *more])
    assert result.exit_code == 0, result.output
    message = email.message_from_bytes(eml.read_bytes())
    body = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    subject = " ".join(str(message["Subject"]).split())
    return subject, body.get_payload(decode=True).decode()


@pytest.mark.parametrize(("typed", "named"), [("Semester I", "Semester I"), ("Smt. II", "Semester II")])
def test_the_sheets_name_the_half_year_staff_typed(tmp_path, typed, named):
    titles = _titles(example_typed(tmp_path, "smt", typed, {}))  # type: ignore[arg-type]
    assert set(titles) == set(TITLED), titles
    for name, title in titles.items():
        assert title.endswith(f"{named} Tahun 2025"), (name, title)
        assert "Triwulan" not in title, (name, title)


def test_the_mail_names_semester_i(tmp_path):
    subject, body = _subject(example_typed(tmp_path, "smt", "Semester I", {}))  # type: ignore[arg-type]
    assert subject.startswith("Laporan Kinerja Semester I Tahun 2025 - Dinas Koperasi"), subject
    assert "Laporan Kinerja Semester I Tahun 2025 Dinas Koperasi" in body
    assert "Triwulan" not in body


def test_the_word_cover_titles_and_sentences_name_semester_i(tmp_path):
    document = laporan_docx(example_typed(tmp_path, "smt", "Semester I", {}))  # type: ignore[arg-type]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "SEMESTER I TAHUN 2025" in text
    assert "TRIWULAN II TAHUN 2025" not in text
    assert "Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran Strategis Semester I Tahun 2025" in text
    assert "s.d. Triwulan II Tahun 2025" not in text
    # the columns say what is counted in the report's own words (semester1: "Realisasi Semester I",
    # no longer "Realisasi s.d. TW II" beside titles saying Semester I; see tests/test_semester1.py)
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert "Realisasi Semester\xa0I" in cells  # "Semester" kept with its numeral
    assert "Realisasi s.d. TW\xa0II" not in cells


def test_a_quarter_asked_with_the_option_is_that_quarters_report(tmp_path):
    workbook = example_typed(tmp_path, "smt", "Semester I", {})  # type: ignore[arg-type]
    out = tmp_path / "tw2.xlsx"
    result = CliRunner().invoke(main, ["build", str(workbook), "-o", str(out), "--triwulan", "2"])
    assert result.exit_code == 0, result.output
    title = openpyxl.load_workbook(out)["Efisiensi"]["A1"].value
    assert title == "Tabel 3.3 Efisiensi Penggunaan Sumber Daya s.d. Triwulan II Tahun 2025"


def test_a_quarter_typed_as_a_number_keeps_its_title(tmp_path):
    for title in _titles(example_typed(tmp_path, "tw2", 2, {})).values():
        assert title.endswith("s.d. Triwulan II Tahun 2025"), title


# A Kata Pengantar left from the first half year (Narasi!B3), in the report of the second: the head
# would sign "Laporan Kinerja Semester I" under a cover saying SEMESTER II.
SEMESTER_I_TEXT = (
    "Laporan Kinerja Semester I Tahun 2025 ini disusun sebagai bentuk pertanggungjawaban kinerja."
)


def _laporan_warnings(workbook: Path) -> str:
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(workbook.with_suffix(".docx"))])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_text_written_for_the_first_half_year_is_pointed_out_in_the_second(tmp_path):
    cells = {("Narasi", "B3"): SEMESTER_I_TEXT}
    said = _laporan_warnings(example_typed(tmp_path, "smt2", "Semester II", cells))  # type: ignore[arg-type]
    said = " ".join(said.split())  # the CLI wraps its lines
    assert "Narasi!B3" in said
    assert (
        'Teks Bagian "Kata Pengantar" menyebut Semester I, tetapi laporan ini Semester II Tahun 2025 '
        "(Pengaturan, Triwulan): perbarui teksnya untuk semester ini"
    ) in said


def test_the_first_half_year_named_in_its_own_report_or_a_triwulan_ii_report_is_no_peringatan(tmp_path):
    # Semester I ends with Triwulan II: the same period (README, Pengaturan Triwulan)
    for name, typed in (("smt1", "Semester I"), ("tw2", 2)):
        said = _laporan_warnings(example_typed(tmp_path, name, typed, {("Narasi", "B3"): SEMESTER_I_TEXT}))
        assert "Narasi!B3" not in said, said
