"""A grade realisasi (`WTP`, `B`, `Nindya`) as typed in export's indikator table and the rekap's Semua
Indikator. Before, realisasi and realisasi_tw1..4 were figure columns left blank for a grade: an analyst
saw no realisasi at all for Opini BPK (the Predikat column of the rekap named only the realisasi s.d.).
Now, as `target_tertulis` beside `target` (tests/test_rekap_target_tertulis.py), `realisasi_tertulis`
and `realisasi_tw1_tertulis` .. `realisasi_tw4_tertulis` say the grade as typed where the figure is
blank for it; a status (`menunggu LHP`), a number, a cell not read stay out; the figures stay figures.

The year's report (Tahunan) of an Inspektorat, every row typed here; expectations by hand:
- T1 Opini BPK, target WTP: TW II `WTP`, TW III `Opini WTP`, TW IV `menunggu LHP`: belum diketahui
  (tests/test_predikat_tahunan.py), so no realisasi s.d.; the two quarters' grades as typed;
- S1 Nilai SAKIP, target BB: TW IV `B`: below the target, no capaian; the realisasi `B`;
- S2 Predikat KLA, target Madya: TW III `Nindya`, TW IV blank: Nindya above Madya, 100 (TW III's, with
  the peringatan at TW IV's cell); the realisasi `Nindya`;
- S3 Koperasi sehat, Nilai Akhir, target 40: TW IV 29: 29 / 40 = 72,5 %; no text anywhere (figures).
"""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.build import load_report
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.core.export import table_rows, to_csv, to_frames
from lkj_xl.xlsx.template import new_workbook

KINERJA = [
    {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Akuntabilitas keuangan", "Indikator": "Opini BPK atas LKPD",
     "Satuan": "Opini", "Jenis Realisasi": "Nilai Akhir", "Target": "WTP", "Realisasi TW II": "WTP",
     "Realisasi TW III": "Opini WTP", "Realisasi TW IV": "menunggu LHP"},
    {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Akuntabilitas kinerja",
     "Indikator": "Nilai SAKIP", "Satuan": "Predikat", "Jenis Realisasi": "Nilai Akhir", "Target": "BB",
     "Realisasi TW IV": "B"},
    {"Kode": "S2", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Perlindungan anak",
     "Indikator": "Predikat Kabupaten Layak Anak (KLA)", "Satuan": "Predikat", "Jenis Realisasi": "Nilai Akhir",
     "Target": "Madya", "Realisasi TW III": "Nindya"},
    {"Kode": "S3", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Koperasi",
     "Indikator": "Koperasi sehat", "Satuan": "%", "Jenis Realisasi": "Nilai Akhir", "Target": "40",
     "Realisasi TW IV": "29"},
]  # fmt: skip
PENGATURAN = {c.P_PEMDA: "Kabupaten Contoh", c.P_OPD: "Inspektorat", c.P_TAHUN: 2025, c.P_TRIWULAN: "Tahunan"}

QUARTERS = tuple(f"realisasi_tw{q}_tertulis" for q in range(1, 5))
# kode -> (realisasi_tertulis, (realisasi_tw1_tertulis .. realisasi_tw4_tertulis)), as typed above
TERTULIS = {
    "T1": (None, (None, "WTP", "Opini WTP", None)),  # belum diketahui; "menunggu LHP" is a status
    "S1": ("B", (None, None, None, "B")),
    "S2": ("Nindya", (None, None, "Nindya", None)),
    "S3": (None, (None, None, None, None)),  # figures: realisasi 29, realisasi_tw4 29
}
# kode -> (realisasi, capaian, status) by hand (module docstring)
FIGURES = {
    "T1": (None, None, "menunggu LHP"),
    "S1": (None, None, "Predikat B di bawah target BB"),
    "S2": (None, 100, None),
    "S3": (29, 72.5, None),
}


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("realisasi_tertulis") / "inspektorat.xlsx"
    new_workbook(path, pengaturan=PENGATURAN, kinerja=KINERJA)
    return path


def _blank(v) -> bool:
    return v is None or v == "" or (isinstance(v, float) and v != v)


def _check(rows, where: str, quarters: bool = True) -> None:
    seen = {r["kode"]: r for r in rows}
    for kode, (real, tws) in TERTULIS.items():
        row = seen[kode]
        got = None if _blank(row["realisasi_tertulis"]) else row["realisasi_tertulis"]
        assert got == real, (where, kode, got)
        if quarters:
            got_tws = tuple(None if _blank(row[k]) else row[k] for k in QUARTERS)
            assert got_tws == tws, (where, kode, got_tws)
        realisasi, capaian, _ = FIGURES[kode]
        assert _blank(row["realisasi"]) if realisasi is None else float(row["realisasi"]) == realisasi, where
        assert _blank(row["capaian"]) if capaian is None else float(row["capaian"]) == capaian, where


def test_the_rows_are_scored_as_the_year_s_report(book):
    report = load_report(book)
    got = {i.kode: (i.realisasi, i.capaian, i.status) for i in report.indicators}
    assert got == FIGURES


def test_export_gives_the_grade_as_typed_beside_blank_figures(book):
    report = load_report(book)
    _check(table_rows(report, "indikator"), "export table")
    _check(csv.DictReader(to_csv(report, "indikator").splitlines()), "export csv")
    frame = to_frames(report)["indikator"]
    _check(frame.to_dict("records"), "to_frames")
    for key in ("realisasi", "realisasi_tw1", "realisasi_tw2", "realisasi_tw3", "realisasi_tw4"):
        assert frame[key].dtype == "float64", key  # the figures stay numbers (parquet keeps its types)
    for key in ("realisasi_tertulis", *QUARTERS):
        assert frame[key].dtype != "float64", key
    # the JSON object: realisasi_tw_tertulis a list beside realisasi_tw, as typed
    data = json.loads(CliRunner().invoke(main, ["export", str(book)]).stdout)
    t1 = next(i for i in data["indikator"] if i["kode"] == "T1")
    assert t1["realisasi_tw"] == [None, None, None, None] and t1["realisasi_tertulis"] is None
    assert t1["realisasi_tw_tertulis"] == [None, "WTP", "Opini WTP", None]
    # the new columns come last, before whose report it is: the pinned ones keep their places (README)
    header = to_csv(report, "indikator").splitlines()[0].split(",")
    tertulis = ["target_tertulis", "target_pk_tertulis", "target_perubahan_tertulis"]
    assert header[header.index("target_perubahan") :][:9] == [
        "target_perubahan",
        *tertulis,
        "realisasi_tertulis",
        *QUARTERS,
    ]


def test_rekap_gives_the_realisasi_as_typed(book, tmp_path):
    result = lkj_xl.rekap(book.parent)
    _check(result.indikator.to_dict("records"), "rekap DataFrame", quarters=False)
    assert result.indikator["realisasi"].dtype == "float64"
    columns = list(result.indikator.columns)
    assert columns[columns.index("target_perubahan_tertulis") + 1] == "realisasi_tertulis"
    out = tmp_path / "rekap.xlsx"
    run = CliRunner().invoke(main, ["rekap", str(book.parent), "-o", str(out)], catch_exceptions=False)
    assert run.exit_code == 0, run.output
    ws = openpyxl.load_workbook(out)[core.SHEET_INDIKATOR]
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    at = header.index("Realisasi s.d. Triwulan (tertulis)")
    assert header[at - 1] == "Target Perubahan (tertulis)"
    kode = header.index("Kode")
    assert {r[kode]: r[at] for r in rows[1:]} == {"T1": None, "S1": "B", "S2": "Nindya", "S3": None}
    last = openpyxl.utils.get_column_letter(len(core.INDICATOR_COLUMNS))
    assert ws.tables["SemuaIndikator"].ref == f"A1:{last}{len(rows)}"  # inside the table's filters


def test_the_output_sheets_say_the_same(book, tmp_path):
    out = tmp_path / "out.xlsx"
    run = CliRunner().invoke(main, ["build", str(book), "-o", str(out)])
    assert run.exit_code == 0, run.output
    wb = openpyxl.load_workbook(out)
    rows = {r[2]: r for r in wb["Capaian Tujuan Sasaran"].iter_rows(values_only=True) if r[2]}
    # Indikator, Satuan, Target, TW I..IV, Realisasi Tahun 2025, Capaian, Kriteria
    opini = rows["Opini BPK atas LKPD"][3:]
    assert opini[:6] == ("Opini", "WTP", "-", "WTP", "Opini WTP", "menunggu LHP")
    assert "WTP" not in opini[6:] and 100 not in opini[6:]  # no grade nor capaian for the year
    assert rows["Nilai SAKIP"][3:][6:] == ("B", "Predikat B di bawah target BB", "-")
    assert rows["Predikat Kabupaten Layak Anak (KLA)"][3:][6:] == ("Nindya", 100, "Sangat Tinggi")
    # TW III's Nindya printed as the year's: said under the table, as for a Nilai Akhir figure (before, not)
    notes = [
        r[0]
        for r in wb["Capaian Tujuan Sasaran"].iter_rows(values_only=True)
        if r[0] and "berikut" in str(r[0])
    ]
    assert notes == [
        "Realisasi Tahun 2025 berikut memuat data triwulan sebelumnya saja, begitu pula capaian dan kriterianya: "
        "Predikat Kabupaten Layak Anak (KLA) (data s.d. Triwulan III; realisasi Triwulan IV belum diisi)."
    ]


def test_the_word_report_says_the_same(book, tmp_path):
    docx = pytest.importorskip("docx")
    out = tmp_path / "LKjIP.docx"
    run = CliRunner().invoke(main, ["laporan", str(book), "-o", str(out)])
    assert run.exit_code == 0, run.output
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert (
        "Opini BPK WTP; realisasi pada Tahun 2025: menunggu LHP, sehingga capaian kinerjanya belum diketahui"
        in text
    )
    assert "terealisasi pada Tahun 2025 Opini BPK" not in text  # (TW III's Opini WTP is not the year's)
    assert (
        "terealisasi pada Tahun 2025 Predikat KLA Nindya (data s.d. Triwulan III; realisasi Triwulan IV belum "
        "diisi) dengan capaian 100,00%"
    ) in text
