"""``--triwulan N`` over Pengaturan's quarter: every front given it shows the model's s.d. TW N figures.

tests/test_fronts_parity.py compares the fronts on Pengaturan's quarter (send and the add-in have
no ``--triwulan``). Here the same generator's workbook is built, exported, drafted (``laporan``) and
sent (``run``) with ``--triwulan N`` for a quarter other than the one Pengaturan names (a TW II
workbook reported s.d. TW I, or a TW I workbook s.d. TW III): the sheets, the export's unrounded
figures, the Word tables and sentences and the mail (body and attachment) must all show the exact
model computed up to quarter N (tests/test_oracle.py's ``model`` on that quarter), one text per figure.
"""

from __future__ import annotations

import dataclasses
import json

import openpyxl
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_xl.cli import main
from lkj_xl.core.contract import SHEET_ANALISIS, SHEET_ANALISIS_CAPAIAN, SHEET_PERBANDINGAN
from tests.fronts_kalimat import paragraphs, sheet_texts
from tests.test_fronts_parity import (
    NO_SHRINK,
    STATS,
    check_sentences,
    check_unrounded,
    compare,
    expected,
    header_columns,
    mail_figures,
    mail_server,
    sheet_rows,
    word_figures,
    workbook_figures,
)
from tests.test_oracle import ROMAN, Desc, FormulaCell, Q, descriptions, model, saved, write


def without_formulas(x):
    """``x`` with every FormulaCell typed as its saved value (no formula). The value is then written
    as a plain number cell, at 16 significant digits (tests/test_oracle.py ``saved``): a formula's
    28.900000000000002 (=0,1*267+0,2, saved by Excel at 17 digits) is written 28.9, so the cell's
    exact figure is that of the number written, as for a number typed by hand."""
    if isinstance(x, Q) and isinstance(x.typed, FormulaCell) and type(x.typed.value) is float:
        return Q(saved(x.typed.value), x.typed.value, x.galat)
    if isinstance(x, FormulaCell):
        return x.value
    if isinstance(x, list):
        return [without_formulas(v) for v in x]
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return dataclasses.replace(
            x, **{f.name: without_formulas(getattr(x, f.name)) for f in dataclasses.fields(x) if f.init}
        )
    return x


def with_analisis(path, kode: str) -> None:
    """One row of the Analisis input sheet (a factor for the first Tujuan) and one comparison figure
    (``Realisasi 2001`` 1 on that Tujuan's first row: without a figure on a Tujuan, Sasaran or Program
    Perbandingan Kinerja is not written; the rows are drawn in any order, Kinerja's first may be a
    Kegiatan): the build then writes Perbandingan Kinerja, Analisis Capaian and Grafik."""
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_ANALISIS]
    top = next(r for r in range(1, 11) if ws.cell(r, 1).value == "Kode")
    for k, text in enumerate((kode, None, "Pendukung A", "Penghambat B", "Upaya C", "Tindak lanjut D")):
        ws.cell(top + 1, k + 1, text)
    ws = wb["Kinerja"]
    top = next(r for r in range(1, 11) if ws.cell(r, 1).value == "Kode")
    col = ws.max_column + 1
    ws.cell(top, col, "Realisasi 2001")
    ws.cell(
        next(r for r in range(top + 1, ws.max_row + 1) if str(ws.cell(r, 1).value or "").strip() == kode),
        col,
        1,
    )
    wb.save(path)


def perbandingan_figures(ws, d: Desc) -> dict[tuple, str]:
    """Perbandingan Kinerja: each indicator's realisasi s.d. the quarter of this year (the column
    "s.d. TW N <tahun>" of the latest year), shown under its number format."""
    rows = sheet_rows(ws)
    cols, first = header_columns(rows)
    labels = [label for label in cols if label.startswith(f"s.d. TW {ROMAN[d.triwulan]} ")]
    assert labels, cols
    this_year = cols[max(labels, key=lambda label: int(label.split()[-1]))]
    out = {}
    for r in rows[first:]:
        name = r[cols["Indikator Kinerja"]]
        if name.startswith("Indikator "):
            out["realisasi", name] = r[this_year]
    return out


def run_with(path, tmp_path, inbox, port: int, triwulan: int) -> bytes:
    """``lkj-xl run --triwulan N`` (no PDF) to a real SMTP server on loopback: the message it sent."""
    before = len(inbox.received)
    args = ["run", str(path), "--no-pdf", "--outdir", str(tmp_path / "run"), "--triwulan", str(triwulan)]
    args += ["--send-to", "bappeda@contoh.go.id", "--no-tls", "--smtp-host", "127.0.0.1"]
    args += ["--smtp-port", str(port), "--from", "program@contoh.go.id"]
    result = CliRunner().invoke(main, args, env={"LKJ_SMTP_USER": "", "LKJ_SMTP_PASSWORD": ""})
    assert result.exit_code in (0, 1), result.output  # 1: the workbook has galat (still sent)
    assert len(inbox.received) == before + 1, result.output
    return inbox.received[-1].content


def check_override(d: Desc, quarter: int, tmp_path, smtp) -> None:
    d.override = None
    path = tmp_path / "oracle.xlsx"
    # so the analysis sheets are written too; openpyxl's save would drop the saved values of the
    # formula cells tests/test_oracle.py's write patches in: those are typed as their values here
    # (and the model takes the figures so written)
    d = without_formulas(d)
    write(d, path)
    with_analisis(path, d.tujuan[0].kode)
    # the model counts up to the given quarter; the tables' headers say it ("Realisasi s.d. TW I"), a
    # half year's or the year's workbook too (the quarter asked is that quarter's report)
    d = dataclasses.replace(d, triwulan=quarter, periode=None)
    m = model(d)
    tw = ["--triwulan", str(quarter)]
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(path), "-o", str(tmp_path / "hasil.xlsx"), *tw])
    assert result.exit_code in (0, 1), result.output  # 1: galat
    result = runner.invoke(main, ["laporan", str(path), "-o", str(tmp_path / "laporan.docx"), *tw])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["export", str(path), *tw])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    body, attached, _ = mail_figures(run_with(path, tmp_path, *smtp, quarter), d)
    word = word_figures(tmp_path / "laporan.docx", d)
    hasil = openpyxl.load_workbook(tmp_path / "hasil.xlsx")
    fronts = {
        "sheet": workbook_figures((tmp_path / "hasil.xlsx").read_bytes(), d),
        "run": body,
        "run-xlsx": attached,
        "word": word[0],
        "word-kalimat": word[1],
    }
    fronts["perbandingan"] = perbandingan_figures(hasil[SHEET_PERBANDINGAN], d)
    want = expected(d, m)
    galat = sum(1 for f in data["pemeriksaan"] if f["tingkat"] == "galat")
    want["galat",], want["peringatan",] = str(galat), str(len(data["pemeriksaan"]) - galat)
    for front in ("sheet", "run-xlsx"):  # every figure of the model is in the tables
        missing = [k for k in want if k not in fronts[front] and k[0] != "peringatan"]
        assert not missing, f"{front}: {missing}"
    STATS["override sentences"] += check_sentences(d, m, want, paragraphs(tmp_path / "laporan.docx"), fronts)
    analisis = sheet_texts(hasil[SHEET_ANALISIS_CAPAIAN])
    STATS["override sentences"] += check_sentences(d, m, want, analisis, fronts, SHEET_ANALISIS_CAPAIAN)
    for nd in d.nodes():  # every Tujuan/Sasaran indicator's realisasi s.d. this quarter is compared
        for i in nd.inds if nd.tingkat in ("Tujuan", "Sasaran") else ():
            assert ("realisasi", i.name) in fronts["perbandingan"], i.name
    STATS["override figures"] += compare(fronts, want)
    STATS["override workbooks"] += 1
    from lkj_xl.build import build_in_memory

    check_unrounded(d, m, data, build_in_memory(path, quarter).report)


@settings(max_examples=6, **NO_SHRINK)
# (quarterly reports: the quarter is shifted by --triwulan; half years below)
@given(d=descriptions(max_tujuan=1, max_sasaran=2, half_years=False), shift=st.integers(1, 3))
def test_every_front_given_triwulan_shows_that_quarters_figures(tmp_path, smtp_server, d, shift):
    # a quarter other than Pengaturan's: earlier or later, wrapping round (TW II + 3 -> TW I)
    check_override(d, (d.triwulan - 1 + shift) % 4 + 1, tmp_path, mail_server(smtp_server))


@settings(max_examples=3, **NO_SHRINK)
@given(d=descriptions(max_tujuan=1, max_sasaran=2, only_half_years=True), shift=st.integers(0, 3))
def test_every_front_of_a_half_year_given_triwulan_shows_that_quarters_figures(
    tmp_path, smtp_server, d, shift
):
    # A half year's or the year's workbook asked for a quarter (its own last one too, shift 0: --triwulan 2
    # on "Semester I"): that quarter's report, "Realisasi s.d. TW II", not the half year's titles
    check_override(d, (d.triwulan - 1 + shift) % 4 + 1, tmp_path, mail_server(smtp_server))
