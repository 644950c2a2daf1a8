"""Semester reports name their period alike in every output.

A report whose Pengaturan Triwulan is typed "Semester I" ("Semester II") is titled by its half year
("... Semester I Tahun 2025", "... s.d. Semester II Tahun 2025") and Grafik and Perbandingan Kinerja
name it so, but the capaian tables' column of the realisation counted still said "Realisasi s.d. TW II"
("s.d. TW IV"), and so did the notes under the tables and the peringatan about the realisasi counted.

What the header must say comes from the domain (DOMAIN.md, contract.periode): a half year's report
counts realisasi from TW I through the end of its half year. Semester I (Januari-Juni) is s.d. TW II
exactly, a period of its own: "Realisasi Semester I". Semester II's figures are counted from TW I, not
July-December alone: "Realisasi s.d. Semester II". A quarterly report keeps "Realisasi s.d. TW II".
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from tests.common import example_typed
from tests.helpers_print import built_workbook, laporan_docx, pdf_words, writer_available

# (Pengaturan Triwulan as typed, the realisasi column's header, the quarter words it replaces)
PERIODS = {
    "smt1": ("Semester I", "Realisasi Semester I", "s.d. TW II"),
    "smt2": ("Semester II", "Realisasi s.d. Semester II", "s.d. TW IV"),
}
# Sheets whose text staff typed or which explain the workbook (their words are not the report's period)
NOT_OURS = {"Pengaturan", "Kinerja", "Anggaran", "Petunjuk", "Narasi", "Analisis"}


def _text(value: object) -> str:
    """A cell's text with no-break spaces as spaces (Word headers keep "TW IV" whole with one)."""
    return str(value).replace("\u00a0", " ") if value is not None else ""


def _realisasi_headers(rows) -> list[str]:
    """The header cells naming the realisation counted (not "Realisasi per Triwulan", the quarters',
    nor a budget's "Realisasi (Rp)")."""
    return [
        _text(v)
        for row in rows
        for v in row
        if _text(v).startswith("Realisasi ")
        and _text(v) != "Realisasi per Triwulan"
        and not _text(v).endswith("(Rp)")  # a budget's (Tabel 3.3, 3.4)
        and len(_text(v)) < 40
    ]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("semester")
    out = {}
    for name, (typed, _, _) in PERIODS.items():
        out[name] = built_workbook(example_typed(folder, name, typed, {}))  # type: ignore[arg-type]
    out["tw2"] = built_workbook(example_typed(folder, "tw2", 2, {}))
    return out


@pytest.mark.parametrize("name", list(PERIODS))
@pytest.mark.parametrize("sheet", ["Capaian Tujuan Sasaran", "Capaian Program"])
def test_capaian_tables_name_the_half_year_in_their_realisasi_column(built, name, sheet):
    _, header, _ = PERIODS[name]
    rows = built[name][sheet].iter_rows(min_row=1, max_row=6, values_only=True)
    assert _realisasi_headers(rows) == [header]


@pytest.mark.parametrize("sheet", ["Capaian Tujuan Sasaran", "Capaian Program"])
def test_a_quarterly_report_keeps_its_quarter_in_the_column(built, sheet):
    rows = built["tw2"][sheet].iter_rows(min_row=1, max_row=6, values_only=True)
    assert _realisasi_headers(rows) == ["Realisasi s.d. TW II"]


@pytest.mark.parametrize("name", list(PERIODS))
def test_no_output_sheet_names_the_half_year_by_its_last_quarter(built, name):
    """Titles say the half year: a note or a Pemeriksaan message saying "realisasi s.d. TW IV" beside
    a column "Realisasi s.d. Semester II" reads as another figure. (The quarter columns themselves,
    "Realisasi TW IV", are input columns: named as typed.)"""
    _, _, quarter = PERIODS[name]
    said = [
        (ws.title, cell.coordinate, cell.value)
        for ws in built[name].worksheets
        if ws.title not in NOT_OURS
        for row in ws.iter_rows()
        for cell in row
        if quarter in _text(cell.value)
    ]
    assert said == []
    # Pemeriksaan's messages name the report's period as its title does: "padahal laporan Semester I",
    # not "s.d. Triwulan II" (the example's TW IV figure at Kinerja!N27, after the reported quarter).
    # ("Triwulan III" is another quarter: the word must end there.)
    own = re.compile(rf"Triwulan {quarter.split()[-1]}\b")
    messages = [_text(c.value) for row in built[name]["Pemeriksaan"].iter_rows() for c in row]
    assert [m for m in messages if own.search(m)] == []


def test_the_semester_ii_notes_say_the_half_year_counted(built):
    """The example's TW III and IV are blank: Semester II's figures come from TW I-II, said in its
    words (the Efisiensi note, the Pemeriksaan message)."""
    texts = [_text(c.value) for ws in built["smt2"].worksheets for row in ws.iter_rows() for c in row]
    assert any("realisasi s.d. Semester II dihitung dari" in t for t in texts)


@pytest.mark.parametrize("name", list(PERIODS))
def test_the_word_report_names_the_half_year_in_its_tables(tmp_path, name):
    typed, header, quarter = PERIODS[name]
    document = laporan_docx(example_typed(tmp_path, name, typed, {}))  # type: ignore[arg-type]
    cells = [[c.text for c in row.cells] for table in document.tables for row in table.rows[:3]]  # type: ignore[attr-defined]
    headers = _realisasi_headers(cells)
    # Tabel 3.1 and 3.2 (each cell of a merged header is read once per column it spans)
    assert set(headers) == {header} and len(headers) >= 2
    everything = [_text(c.text) for table in document.tables for row in table.rows for c in row.cells]  # type: ignore[attr-defined]
    everything += [_text(p.text) for p in document.paragraphs]  # type: ignore[attr-defined]
    assert [t for t in everything if quarter in t] == []


def test_the_mail_names_the_half_year(tmp_path):
    """send --dry-run: the subject and body as the reader gets them; the body's note on the blank
    quarter (TW III-IV of the example are blank) in Semester II's words."""
    typed, _, quarter = PERIODS["smt2"]
    workbook = example_typed(tmp_path, "smt2", typed, {})
    eml = tmp_path / "surel.eml"
    result = CliRunner().invoke(
        main, ["send", str(workbook), "--to", "bappeda@example.go.id", "--dry-run", str(eml)]
    )
    assert result.exit_code == 0, result.output
    import email
    from email import policy

    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    body = msg.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "Laporan Kinerja Semester II Tahun 2025" in msg["Subject"]
    assert quarter not in body and "s.d. Semester II dihitung dari" in body


@pytest.mark.slow
@pytest.mark.skipif(not writer_available(), reason="LibreOffice or pdftotext missing")
@pytest.mark.parametrize("name", list(PERIODS))
def test_the_printed_header_keeps_the_half_year_on_one_line(tmp_path, name):
    """`lkj-xl pdf`: "Semester" and its numeral on one line of the printed header (a column as narrow
    as its figures printed "Realisasi s.d. Semester" / "II")."""
    typed, header, _ = PERIODS[name]
    workbook = example_typed(tmp_path, name, typed, {})
    pdf = tmp_path / f"{name}.pdf"
    args = ["pdf", str(workbook), "-o", str(pdf), "--sheet", "Capaian Tujuan Sasaran"]
    result = CliRunner().invoke(main, [*args, "--sheet", "Capaian Program"])
    assert result.exit_code == 0, result.output
    words = pdf_words(pdf)
    numeral = header.split()[-1]
    # every printed "Semester" followed by its numeral on the same line (same page, same top)
    pairs = [(a, b) for a, b in zip(words, words[1:]) if a[4] == "Semester"]
    assert pairs, [w[4] for w in words[:80]]
    for a, b in pairs:
        assert b[4].rstrip(".,;:)") == numeral and a[0] == b[0] and abs(a[2] - b[2]) < 1, (a, b)


def test_semester_words_in_header_count_as_one():
    """The Word report's table widths take "Semester II" as one word (kept whole), as "TW II"."""
    from lkj_xl.core.contract import QUARTER_LABEL

    assert QUARTER_LABEL.search("Realisasi s.d. Semester II")
    assert QUARTER_LABEL.search("Realisasi Semester I")
    assert re.sub(QUARTER_LABEL, "X", "Realisasi s.d. TW IV") == "Realisasi s.d. X"
