"""An empty Tanggal Penandatanganan prints the build's date under the signature block; built a year
after the reported quarter (a TW III 2025 workbook built on 6 Desember 2026: most likely 2026's report,
its Tahun left from last year's file) that is a peringatan (core/tahun_lalu).

The lead's decision: a finding must not depend on the day a command runs where that changes a count
others compare. A Bappeda's year-over-year rekap run in Oktober-Desember would count one peringatan
more per agency, and a rekap row must equal the agency's export. So the peringatan is said only where
today's date is printed as the signing date (build: Pemeriksaan and stdout; check, build's dry run;
pdf; laporan; send; the add-in's press), never in ``export``, the rekap or ``lkj_xl.load_report``.

The workbook is tests/test_send_bpbd.py's BPBD workbook (`lkj-xl new`, filled as staff type) with
Tahun 2025 (Pengaturan!B6), Triwulan III (B7), Nama Kepala given (B9) and Tanggal (B13) left empty.
By hand: TW III 2025 ends 30 September 2025, the next quarter 31 Desember 2025; 6 Desember 2026 less a
year is 6 Desember 2025, inside it: a year late.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import tahun_lalu
from lkj_xl.core.model import PERINGATAN
from tests.common import smtp_args
from tests.test_send_bpbd import BAPPEDA, _bpbd

TODAY = dt.date(2026, 12, 6)
_SAID = "Tanggal Penandatanganan kosong: dicetak tanggal pembuatan (6 Desember 2026)"


@pytest.fixture
def book(tmp_path, monkeypatch) -> Path:
    monkeypatch.setattr(tahun_lalu, "today", lambda: TODAY)
    return _bpbd(tmp_path, Pengaturan_B6=2025, Pengaturan_B13=None)


def _at_tanggal(findings) -> list:
    return [f for f in findings if (f.sheet, f.sel) == (c.SHEET_PENGATURAN, "B13")]


def _pemeriksaan(data: bytes | Path) -> list[tuple]:
    wb = openpyxl.load_workbook(io.BytesIO(data) if isinstance(data, bytes) else data)
    return [r for r in wb["Pemeriksaan"].iter_rows(min_row=5, values_only=True) if r[2] == c.SHEET_PENGATURAN]


def _export(book: Path) -> dict:
    result = CliRunner().invoke(main, ["export", str(book)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_build_says_it_in_pemeriksaan_and_counts_it_on_stdout(book, tmp_path):
    out = tmp_path / "hasil.xlsx"
    result = CliRunner().invoke(main, ["build", str(book), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [r for r in _pemeriksaan(out) if r[3] == "B13"]
    assert len(rows) == 1 and rows[0][1] == "Peringatan" and _SAID in rows[0][4], rows
    assert "Pengaturan!B6 menjadi 2026" in rows[0][4]  # the Tahun's cell and the year to type
    # stdout's count is the export's (which leaves it out) plus this one
    peringatan = sum(f["tingkat"] == PERINGATAN for f in _export(book)["pemeriksaan"])
    assert f"; 0 galat, {peringatan + 1} peringatan (see sheet Pemeriksaan)" in result.stdout, result.stdout
    # the date it speaks of is the one the signature block prints
    signed = openpyxl.load_workbook(out)["Capaian Tujuan Sasaran"]
    assert any(v == "Lumajang, 6 Desember 2026" for row in signed.iter_rows(values_only=True) for v in row)


def test_check_says_it_as_build_would(book):
    result = CliRunner().invoke(main, ["check", str(book)])
    lines = [line for line in result.stdout.splitlines() if "Pengaturan!B13" in line]
    assert len(lines) == 1 and lines[0].startswith("peringatan") and _SAID in lines[0], result.stdout


def test_export_and_the_rekap_stay_quiet_and_agree(book):
    from lkj_xl.agencies import summarise
    from lkj_xl.build import load_report

    exported = _export(book)
    assert [
        f for f in exported["pemeriksaan"] if f["sheet"] == c.SHEET_PENGATURAN and f["sel"] == "B13"
    ] == []
    assert _at_tanggal(load_report(book).findings) == []  # the library's report: day-independent
    # the rekap row counts what the export lists, whatever the day it runs
    agency = summarise(str(book)).agency
    assert agency is not None
    assert agency["temuan_peringatan"] == sum(f["tingkat"] == PERINGATAN for f in exported["pemeriksaan"])
    assert agency["temuan_galat"] == 0


def test_export_and_the_rekap_are_the_same_on_any_day(book, monkeypatch):
    from lkj_xl.agencies import summarise

    before = (_export(book), summarise(str(book)).agency["temuan_peringatan"])
    monkeypatch.setattr(tahun_lalu, "today", lambda: dt.date(2025, 12, 6))  # built in time
    assert (_export(book), summarise(str(book)).agency["temuan_peringatan"]) == before


def test_send_mails_the_workbook_whose_pemeriksaan_says_it(book, smtp_server):
    srv = smtp_server()
    result = CliRunner().invoke(main, ["send", str(book), "--to", BAPPEDA, *smtp_args(srv.port)])
    assert result.exit_code == 0, result.output
    ((_, msg),) = srv.handler.messages
    parts = {part.get_filename(): part.get_payload(decode=True) for part in msg.iter_attachments()}
    rows = [r for r in _pemeriksaan(parts[book.name]) if r[3] == "B13"]
    assert len(rows) == 1 and _SAID in rows[0][4], rows


def test_pdf_prints_the_report_that_says_it(book, tmp_path, monkeypatch):
    # LibreOffice stubbed: the workbook it would print is kept, its Pemeriksaan read (--sheet Pemeriksaan)
    from lkj_xl.delivery import pdf as pdf_module

    printed: list[bytes] = []

    def fake_pdf(xlsx: Path, out: Path, **_kwargs) -> None:
        printed.append(Path(xlsx).read_bytes())
        Path(out).write_bytes(b"%PDF-1.4\n")

    monkeypatch.setattr(pdf_module, "xlsx_to_pdf", fake_pdf)
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: "soffice")
    out = tmp_path / "laporan.pdf"
    result = CliRunner().invoke(main, ["pdf", str(book), "-o", str(out), "--sheet", "Pemeriksaan"])
    assert result.exit_code == 0, result.output
    (data,) = printed
    rows = [r for r in _pemeriksaan(data) if r[3] == "B13"]
    assert len(rows) == 1 and _SAID in rows[0][4], rows
    # the tables' PDF (no Pemeriksaan in it) prints the date too: said on stderr, the PDF still written
    result = CliRunner().invoke(main, ["pdf", str(book), "-o", str(out)])
    assert result.exit_code == 0 and f"wrote {out}" in result.stdout, result.output
    (line,) = [line for line in result.stderr.splitlines() if "Pengaturan!B13" in line]
    assert line.startswith("warning: peringatan") and _SAID in line


def test_laporan_marks_the_date_where_the_kepala_signs(book, tmp_path):
    pytest.importorskip("docx")
    import docx

    out = tmp_path / "laporan.docx"
    result = CliRunner().invoke(main, ["laporan", str(book), "-o", str(out)])
    assert result.exit_code == 0, result.output
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    signed = texts.index("Lumajang, 6 Desember 2026")
    assert any(_SAID in t for t in texts[signed:]), texts[signed:]
    (line,) = [line for line in result.stderr.splitlines() if "Pengaturan!B13" in line]  # and on stderr
    assert line.startswith("warning: peringatan") and _SAID in line


def test_the_add_ins_press_says_it(book):
    from test_xl_desktop_formulas import desktop_book

    from lkj_xl.xl.scripts import hitung_ulang

    press = hitung_ulang(desktop_book(book))
    (said,) = _at_tanggal(press.report.findings)
    assert said.severity == PERINGATAN and _SAID in said.pesan


def test_run_builds_the_workbook_whose_pemeriksaan_says_it(book, tmp_path):
    outdir = tmp_path / "terkirim"
    result = CliRunner().invoke(main, ["run", str(book), "--no-pdf", "--outdir", str(outdir)])
    assert result.exit_code == 0, result.output
    rows = [r for r in _pemeriksaan(outdir / book.name) if r[3] == "B13"]
    assert len(rows) == 1 and _SAID in rows[0][4], rows
