"""A target that is not one number, as typed, in the rekap's Semua Indikator and export's indikator.

A range target (`60-85 %`, README "Range targets") or a grade (`WTP`, README "Grade targets") has no
figure: Target, Target PK and Target Perubahan are number columns analysts pivot on and stay blank, so
a reader saw capaian 100 beside a blank target. Now `target_tertulis`, `target_pk_tertulis` and
`target_perubahan_tertulis` (sheet: Target (tertulis), Target PK (tertulis), Target Perubahan
(tertulis)) say the target as typed, filled only where its figure column is blank for that reason, in
every format; the number columns are unchanged.

Every row below is typed here; the expected texts are what staff typed, the capaian by hand:
- T1: Target `60-85 %` (no revision), realisasi 70 in TW I (Kumulatif, TW II report): inside, 100;
- S1: Target `80-90 %`, Target Perubahan `70-80 %`, realisasi 60: below the floor 70, 60/70 x 100;
- S2: Target 50, Target Perubahan `40-45`, realisasi 50: above the ceiling 45, 50/45 x 100;
- S3: Target `WTP` (Opini BPK), realisasi `WTP` in TW II: met, 100;
- P1: Target `40,71%` typed as text (export's target_teks has it; a number: no tertulis), realisasi 20;
- P2: Target 10, realisasi 5: 50 %.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import openpyxl
import pandas as pd
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
    {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan satu", "Indikator": "BOR",
     "Satuan": "%", "Target": "60-85 %", "Realisasi TW I": 70},
    {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran satu",
     "Indikator": "Persentase layanan", "Satuan": "%", "Target": "80-90 %",
     "Target Perubahan": "70-80 %", "Realisasi TW I": 60},
    {"Kode": "S2", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran dua",
     "Indikator": "Jumlah usaha", "Satuan": "unit", "Target": 50, "Target Perubahan": "40-45",
     "Realisasi TW I": 50},
    {"Kode": "S3", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran tiga",
     "Indikator": "Opini BPK atas LKPD", "Satuan": "Opini", "Target": "WTP", "Realisasi TW II": "WTP"},
    {"Kode": "P1", "Tingkat": "Program", "Kode Induk": "S1", "Uraian": "Program satu",
     "Indikator": "Persentase dokumen", "Satuan": "%", "Target": "40,71%", "Realisasi TW I": 20},
    {"Kode": "P2", "Tingkat": "Program", "Kode Induk": "S2", "Uraian": "Program dua",
     "Indikator": "Jumlah dokumen", "Satuan": "dokumen", "Target": 10, "Realisasi TW I": 5},
]  # fmt: skip
ANGGARAN = [{"Kode": "P1", "Program": "Program satu", "Pagu": 1_000_000, "Realisasi TW I": 250_000}]

KEYS = ("target_tertulis", "target_pk_tertulis", "target_perubahan_tertulis")
# kode -> (target_tertulis, target_pk_tertulis, target_perubahan_tertulis), as typed above; None: a
# figure (or no revision), as target_pk / target_perubahan are None.
TERTULIS = {
    "T1": ("60-85 %", "60-85 %", None),  # no revision: the PK's target is the target (as the figures)
    "S1": ("70-80 %", "80-90 %", "70-80 %"),
    "S2": ("40-45", None, "40-45"),  # the PK's 50 is a figure, in target_pk
    "S3": ("WTP", "WTP", None),
    "P1": (None, None, None),  # 40,71 typed as text is a figure
    "P2": (None, None, None),
}
NAN = float("nan")
# kode -> (target, target_pk, target_perubahan): the figure columns, unchanged (NaN: none).
FIGURES = {
    "T1": (NAN, NAN, NAN),
    "S1": (NAN, NAN, NAN),
    "S2": (NAN, 50.0, NAN),
    "S3": (NAN, NAN, NAN),
    "P1": (40.71, 40.71, NAN),
    "P2": (10.0, 10.0, NAN),
}
# kode -> capaian, by hand (module docstring).
CAPAIAN = {
    "T1": Fraction(100),
    "S1": Fraction(6000, 70),
    "S2": Fraction(5000, 45),
    "S3": Fraction(100),
    "P1": Fraction(2000, 4071) * 100,
    "P2": Fraction(50),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("tertulis")
    settings = {c.P_PEMDA: "Kabupaten Uji", c.P_OPD: "RSUD Uji", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    new_workbook(root / "rsud.xlsx", pengaturan=settings, kinerja=KINERJA, anggaran=ANGGARAN)
    return root


def _blank(v) -> bool:
    return v is None or v == "" or (isinstance(v, float) and v != v)


def _check(rows, where: str) -> None:
    seen = {r["kode"]: r for r in rows}
    for kode, texts in TERTULIS.items():
        got = tuple(None if _blank(seen[kode][k]) else seen[kode][k] for k in KEYS)
        assert got == texts, (where, kode, got)
        figures = [seen[kode][k] for k in ("target", "target_pk", "target_perubahan")]
        for g, e in zip(figures, FIGURES[kode], strict=True):
            assert _blank(g) if e != e else float(g) == pytest.approx(e), (where, kode, figures)


def _realisasi(rows, where: str) -> None:
    """S3's realisasi WTP (a grade: no figure) as typed in realisasi_tertulis, the other rows' blank
    (their realisasi are figures); the columns after these (tests/test_predikat_realisasi_tertulis.py)."""
    got = {r["kode"]: None if _blank(r["realisasi_tertulis"]) else r["realisasi_tertulis"] for r in rows}
    assert got == {kode: "WTP" if kode == "S3" else None for kode in TERTULIS}, where


def test_the_rows_are_scored_as_typed(folder):
    report = load_report(folder / "rsud.xlsx")
    assert not [f for f in report.findings if f.severity == "galat"], report.findings
    got = {i.kode: i.capaian_exact for i in report.indicators}
    assert got == CAPAIAN


def test_export_gives_the_target_as_typed_where_it_has_no_figure(folder):
    report = load_report(folder / "rsud.xlsx")
    _check(table_rows(report, "indikator"), "export json")
    _check(csv.DictReader(to_csv(report, "indikator").splitlines()), "export csv")
    frame = to_frames(report)["indikator"]
    _check(frame.to_dict("records"), "to_frames")
    _realisasi(frame.to_dict("records"), "to_frames")
    for key in ("target", "target_pk", "target_perubahan"):  # the figures stay numbers
        assert frame[key].dtype == "float64"
    # target_teks unchanged: any target typed as text (40,71% too)
    assert {r["kode"]: r["target_teks"] for r in table_rows(report, "indikator")}["P1"] == "40,71%"


def test_rekap_gives_it_in_every_format(folder, tmp_path):
    result = lkj_xl.rekap(folder)
    _check(result.indikator.to_dict("records"), "DataFrame")
    for key in ("target", "target_pk", "target_perubahan"):
        assert result.indikator[key].dtype == "float64"
    columns = list(result.indikator.columns)
    assert columns[columns.index("predikat") :][:4] == ["predikat", *KEYS]
    assert columns[-3:] == ["tahun", "triwulan", "kunci"]
    runner = CliRunner()
    for args in (("--format", "csv"), ("--format", "parquet"), ("--format", "json")):
        out = tmp_path / ("rekap.json" if args[1] == "json" else args[1])
        run = runner.invoke(main, ["rekap", str(folder), "-o", str(out), *args], catch_exceptions=False)
        assert run.exit_code == 0, run.output
    with open(tmp_path / "csv" / "indikator.csv", encoding="utf-8") as f:
        _check(rows := list(csv.DictReader(f)), "csv")
    _realisasi(rows, "csv")
    # (the grade realisasi as typed follows the three targets as typed)
    assert columns[columns.index(KEYS[-1]) + 1] == "realisasi_tertulis"
    _realisasi(json.loads((tmp_path / "rekap.json").read_text(encoding="utf-8"))["indikator"], "json")
    pytest.importorskip("pyarrow")
    _check(
        parquet := pd.read_parquet(tmp_path / "parquet" / "indikator.parquet").to_dict("records"), "parquet"
    )
    _realisasi(parquet, "parquet")
    _check(json.loads((tmp_path / "rekap.json").read_text(encoding="utf-8"))["indikator"], "json")


def test_rekap_workbook_has_the_text_columns_inside_its_table(folder, tmp_path):
    out = tmp_path / "rekap.xlsx"
    run = CliRunner().invoke(main, ["rekap", str(folder), "-o", str(out)], catch_exceptions=False)
    assert run.exit_code == 0, run.output
    wb = openpyxl.load_workbook(out)
    ws = wb[core.SHEET_INDIKATOR]
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    labels = ("Target (tertulis)", "Target PK (tertulis)", "Target Perubahan (tertulis)")
    start = header.index(labels[0])
    assert tuple(header[start : start + 3]) == labels
    keys = {label: key for label, key in zip(labels, KEYS)}
    keys.update({"Kode": "kode", "Target": "target", "Target PK": "target_pk"})
    keys["Target Perubahan"] = "target_perubahan"
    _check([{keys.get(str(h), str(h)): v for h, v in zip(header, row)} for row in rows[1:]], "sheet")
    # The Excel table (its filters) covers every column, the new ones too: A1 to the key's column.
    table = ws.tables["SemuaIndikator"]
    last = openpyxl.utils.get_column_letter(len(core.INDICATOR_COLUMNS))
    assert table.ref == f"A1:{last}{len(rows)}" and table.autoFilter is not None
    assert len(header) == len(core.INDICATOR_COLUMNS)
    # typed text stays text: a range starting with a digit is no number nor date
    (t1,) = [r for r in range(2, ws.max_row + 1) if ws.cell(r, header.index("Kode") + 1).value == "T1"]
    cell = ws.cell(t1, start + 1)
    assert cell.value == "60-85 %" and cell.data_type == "s"


@pytest.mark.slow
def test_the_rekap_opens_in_libreoffice_with_its_table_and_texts(folder, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) not installed")
    out = tmp_path / "rekap.xlsx"
    run = CliRunner().invoke(main, ["rekap", str(folder), "-o", str(out)], catch_exceptions=False)
    assert run.exit_code == 0, run.output
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", "--convert-to", "xlsx",
         "--outdir", str(tmp_path / "lo-out"), str(out)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    ws = openpyxl.load_workbook(tmp_path / "lo-out" / "rekap.xlsx")[core.SHEET_INDIKATOR]
    rows = list(ws.iter_rows(values_only=True))
    last = openpyxl.utils.get_column_letter(len(core.INDICATOR_COLUMNS))
    assert ws.tables["SemuaIndikator"].ref == f"A1:{last}{len(rows)}"  # the filters kept, every column
    header = list(rows[0])
    keys = dict(zip(("Target (tertulis)", "Target PK (tertulis)", "Target Perubahan (tertulis)"), KEYS))
    keys.update({"Kode": "kode", "Target": "target", "Target PK": "target_pk"})
    keys["Target Perubahan"] = "target_perubahan"
    _check([{keys.get(str(h), str(h)): v for h, v in zip(header, row)} for row in rows[1:]], "LibreOffice")


# Edges: a Negatif range scored, a range with no realisasi yet (still the target), and targets that
# are no range nor grade: a cell not read, a dash, a status. kode -> (typed, target_tertulis).
EDGES = [
    # Negatif `7 - 8 bulan`, realisasi 9 above the ceiling 8: (2 - 9/8) x 100 = 87,5 (README's example)
    ({"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan satu", "Indikator": "Lama tunggu",
      "Satuan": "bulan", "Polaritas": "Negatif", "Target": "7 - 8 bulan", "Realisasi TW I": 9}, "7 - 8 bulan"),
    ({"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran satu",
      "Indikator": "BOR", "Satuan": "%", "Target": "60-85 %"}, "60-85 %"),
    ({"Kode": "S2", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran dua",
      "Indikator": "Jumlah usaha", "Satuan": "unit", "Target": "12,3,4", "Realisasi TW I": 5}, None),
    ({"Kode": "S3", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran tiga",
      "Indikator": "Jumlah koperasi", "Satuan": "unit", "Target": "-", "Realisasi TW I": 5}, None),
    ({"Kode": "S4", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran empat",
      "Indikator": "IPM", "Satuan": "indeks", "Target": "Menunggu data BPS", "Realisasi TW I": 70}, None),
]  # fmt: skip


def test_edges_a_negatif_range_one_not_yet_measured_and_no_text_for_a_target_not_read(tmp_path):
    settings = {c.P_PEMDA: "Kabupaten Uji", c.P_OPD: "Dinas Uji", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}
    path = tmp_path / "tepi.xlsx"
    new_workbook(path, pengaturan=settings, kinerja=[row for row, _ in EDGES], anggaran=ANGGARAN)
    report = load_report(path)
    rows = {r["kode"]: r for r in table_rows(report, "indikator")}
    for row, text in EDGES:
        got = rows[row["Kode"]]
        expected = (text, text, None)  # no revision: the PK's target is the target
        assert tuple(got[k] for k in KEYS) == expected, (row["Kode"], got)
        if text is None:  # a target not read: no figure either, Status says where
            assert got["target"] is None and got["capaian"] is None, got
    assert rows["T1"]["capaian"] == pytest.approx(87.5)  # (2 - 9/8) x 100
    assert rows["S1"]["capaian"] is None and rows["S1"]["target"] is None
    galat = {f.sel for f in report.findings if f.severity == "galat" and f.sheet == c.SHEET_KINERJA}
    # S2, S3, S4's Target cells: the template's rows start at 4 (T1 4, S1 5), so rows 6-8
    assert {"I6", "I7", "I8"} <= galat, galat
