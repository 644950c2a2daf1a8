"""After the APBD-P, the long tables analysts get say both figures: the Perjanjian Kinerja's and the
revised one, beside the figure the capaian / penyerapan is computed from.

An inspector holding the signed Perjanjian Kinerja, or a Bappeda analyst pivoting Semua Indikator,
could not tell a Target Perubahan from the PK's target: the rekap (sheets, CSV, Parquet, JSON,
DataFrames) and ``lkj-xl export`` (CSV, JSON, ``to_frames``) gave only the figure used. Now
``target_pk`` / ``target_perubahan`` and ``pagu_pk`` / ``pagu_perubahan`` (sheets: Target PK, Target
Perubahan, Pagu PK (Rp), Pagu Perubahan (Rp)) say both, the same in every format. The Word report's
Tabel 2.2 and Lampiran L.2 show the PK's target with the Target Perubahan beside it, as Tabel 2.3 does.

The folder: "Dinas Revisi" with a Target Perubahan (T1) and a Pagu Perubahan (P1), "Dinas Tetap"
without any. Every figure below is derived by hand from the rows typed here.
"""

from __future__ import annotations

import csv
import json
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
from lkj_xl.core.export import table_rows, to_csv, to_frames
from lkj_xl.xlsx.template import new_workbook

PEMDA = "Kabupaten Uji"
REVISI, TETAP = "Dinas Revisi", "Dinas Tetap"

REVISI_KINERJA = [
    # T1: PK target 80 unit, Target Perubahan 64; Kumulatif 30 + 18 = 48 -> capaian 48 / 64 = 75 %.
    {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan satu", "Indikator": "Jumlah unit",
     "Satuan": "unit", "Target": 80, "Target Perubahan": 64, "Realisasi TW I": 30, "Realisasi TW II": 18},
    # S1: no revision: target 50, 20 + 20 = 40 -> 80 %.
    {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran satu",
     "Indikator": "Jumlah usaha", "Satuan": "unit", "Target": 50, "Realisasi TW I": 20,
     "Realisasi TW II": 20},
    # S2: PK target 120, Target Perubahan 100; realisasi 90,004 -> capaian 90,004, Sangat Tinggi (> 90):
    # Semua Indikator shows its target and realisasi with 3 decimals ("100,000 | 90,004"), and so the
    # Target PK and Target Perubahan beside them.
    {"Kode": "S2", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran dua",
     "Indikator": "Indeks usaha", "Satuan": "indeks", "Target": 120, "Target Perubahan": 100,
     "Realisasi TW I": "90,004"},
    {"Kode": "P1", "Tingkat": "Program", "Kode Induk": "S1", "Uraian": "Program satu",
     "Indikator": "Jumlah dokumen", "Satuan": "dokumen", "Target": 10, "Realisasi TW I": 5},
]  # fmt: skip
# P1: PK pagu 1.000.000, Pagu Perubahan 800.000; spent 200.000 + 200.000 = 400.000 -> 400/800 = 50 %.
REVISI_ANGGARAN = [
    {"Kode": "P1", "Program": "Program satu", "Pagu": 1_000_000, "Pagu Perubahan": 800_000,
     "Realisasi TW I": 200_000, "Realisasi TW II": 200_000},
]  # fmt: skip
TETAP_KINERJA = [
    {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan satu", "Indikator": "Jumlah unit",
     "Satuan": "unit", "Target": 100, "Realisasi TW I": 90},
]  # fmt: skip
# No revision: pagu 500.000, spent 100.000 -> 20 %.
TETAP_ANGGARAN = [{"Kode": "P1", "Program": "Program satu", "Pagu": 500_000, "Realisasi TW I": 100_000}]

NAN = float("nan")
# (agency, kode) -> (target used, Target PK, Target Perubahan); NaN: no revision.
TARGETS = {
    (REVISI, "T1"): (64.0, 80.0, 64.0),
    (REVISI, "S1"): (50.0, 50.0, NAN),
    (REVISI, "S2"): (100.0, 120.0, 100.0),
    (REVISI, "P1"): (10.0, 10.0, NAN),
    (TETAP, "T1"): (100.0, 100.0, NAN),
}
# (agency, kode) -> (pagu used, Pagu PK, Pagu Perubahan).
PAGU = {(REVISI, "P1"): (800_000.0, 1_000_000.0, 800_000.0), (TETAP, "P1"): (500_000.0, 500_000.0, NAN)}


def _settings(opd: str) -> dict[str, object]:
    return {c.P_PEMDA: PEMDA, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("apbdp")
    new_workbook(
        root / "revisi.xlsx", pengaturan=_settings(REVISI), kinerja=REVISI_KINERJA, anggaran=REVISI_ANGGARAN
    )
    new_workbook(
        root / "tetap.xlsx", pengaturan=_settings(TETAP), kinerja=TETAP_KINERJA, anggaran=TETAP_ANGGARAN
    )
    return root


def _same(got, expected) -> bool:
    """Figures equal, NaN (or None, a blank cell) where there is no revision."""
    return all(
        (g is None or g != g or g == "") if e != e else g is not None and g != "" and float(g) == e
        for g, e in zip(got, expected, strict=True)
    )


def _check_indicators(rows, where: str) -> None:
    seen = {(r["perangkat_daerah"], r["kode"]): r for r in rows}
    agencies = {agency for agency, _ in seen}  # both agencies (rekap), or one (export)
    for key, expected in [(k, v) for k, v in TARGETS.items() if k[0] in agencies] or [(None, ())]:
        got = [seen[key][k] for k in ("target", "target_pk", "target_perubahan")]
        assert _same(got, expected), (where, key, got)


def _check_programs(rows, where: str) -> None:
    seen = {(r["perangkat_daerah"], r["kode"]): r for r in rows}
    agencies = {agency for agency, _ in seen}
    for key, expected in [(k, v) for k, v in PAGU.items() if k[0] in agencies] or [(None, ())]:
        got = [seen[key][k] for k in ("pagu", "pagu_pk", "pagu_perubahan")]
        assert _same(got, expected), (where, key, got)


def test_rekap_dataframes_say_the_pk_figure_and_the_revised_one(folder):
    result = lkj_xl.rekap(folder)
    _check_indicators(result.indikator.to_dict("records"), "DataFrame")
    _check_programs(result.program.to_dict("records"), "DataFrame")
    # Next to the figure used, before the period and the key (which stay last).
    indikator = list(result.indikator.columns)
    assert indikator[indikator.index("target") :][:3] == ["target", "target_pk", "target_perubahan"]
    assert indikator[-3:] == ["tahun", "triwulan", "kunci"]
    program = list(result.program.columns)
    assert program[program.index("pagu") :][:3] == ["pagu", "pagu_pk", "pagu_perubahan"]
    for column in ("target_pk", "target_perubahan"):
        assert result.indikator[column].dtype == "float64"
    for column in ("pagu_pk", "pagu_perubahan"):
        assert result.program[column].dtype == "float64"


def _rekap(folder: Path, out: Path, *options: str) -> None:
    run = CliRunner().invoke(main, ["rekap", str(folder), "-o", str(out), *options], catch_exceptions=False)
    assert run.exit_code == 0, run.output


def test_rekap_files_say_the_same_in_every_format(folder, tmp_path):
    _rekap(folder, tmp_path / "csv", "--format", "csv")
    with open(tmp_path / "csv" / "indikator.csv", encoding="utf-8") as f:
        _check_indicators(list(csv.DictReader(f)), "csv")
    with open(tmp_path / "csv" / "program.csv", encoding="utf-8") as f:
        _check_programs(list(csv.DictReader(f)), "csv")
    pytest.importorskip("pyarrow")
    _rekap(folder, tmp_path / "pq", "--format", "parquet")
    _check_indicators(pd.read_parquet(tmp_path / "pq" / "indikator.parquet").to_dict("records"), "parquet")
    _check_programs(pd.read_parquet(tmp_path / "pq" / "program.parquet").to_dict("records"), "parquet")
    _rekap(folder, tmp_path / "rekap.json", "--format", "json")
    data = json.loads((tmp_path / "rekap.json").read_text(encoding="utf-8"))
    _check_indicators(data["indikator"], "json")
    _check_programs(data["program"], "json")


def test_rekap_workbook_sheets_have_both_columns(folder, tmp_path):
    out = tmp_path / "rekap.xlsx"
    _rekap(folder, out)
    wb = openpyxl.load_workbook(out)
    for sheet, check, labels in (
        ("Semua Indikator", _check_indicators, ("Target", "Target PK", "Target Perubahan")),
        ("Semua Program", _check_programs, ("Pagu (Rp)", "Pagu PK (Rp)", "Pagu Perubahan (Rp)")),
    ):
        rows = list(wb[sheet].iter_rows(values_only=True))
        header = list(rows[0])
        start = header.index(labels[0])
        assert tuple(header[start : start + 3]) == labels, sheet
        keys = {"Perangkat Daerah": "perangkat_daerah", "Kode": "kode"}
        keys.update(zip(labels, ("target", "target_pk", "target_perubahan")))
        keys.update(zip(labels, ("pagu", "pagu_pk", "pagu_perubahan")) if sheet == "Semua Program" else {})
        check([{keys.get(str(h), str(h)): v for h, v in zip(header, row)} for row in rows[1:]], sheet)
    # S2's realisasi with the 3 decimals its capaian of 90,004 needs; its targets, typed 100 and 120,
    # with their own decimals, at least 2 (output64: they printed 100,000 and 120,000; the agency's
    # Tabel 3.1 prints 100,00 since output63).
    ws = wb["Semua Indikator"]
    header = [cell.value for cell in ws[1]]
    (row,) = [r for r in range(2, ws.max_row + 1) if ws.cell(r, header.index("Kode") + 1).value == "S2"]
    formats = [
        ws.cell(row, header.index(label) + 1).number_format
        for label in ("Target", "Target PK", "Target Perubahan", "Realisasi s.d. Triwulan")
    ]
    assert formats == ["[$-421]#,##0.00"] * 3 + ["[$-421]#,##0.000"]


def test_export_says_both_in_csv_json_and_frames(folder):
    report = load_report(folder / "revisi.xlsx")
    for table, check in (("indikator", _check_indicators), ("anggaran", _check_programs)):
        rows = [{**r, "perangkat_daerah": REVISI} for r in table_rows(report, table)]
        check(rows, f"export {table} json")
        parsed = [
            {**r, "perangkat_daerah": REVISI} for r in csv.DictReader(to_csv(report, table).splitlines())
        ]
        check(parsed, f"export {table} csv")
        check(to_frames(report)[table].to_dict("records"), f"to_frames {table}")
    # The pinned CSV columns stay where they were (README): the new ones come last.
    header = to_csv(report, "indikator").splitlines()[0].split(",")
    # then whose report and its period (fix16)
    whose = ["pemerintah_daerah", "perangkat_daerah", "tahun", "triwulan", "semester", "tahunan"]
    # then the targets as typed, newer still (tests/test_rekap_target_tertulis.py; they were the last 8),
    # then a grade realisasi as typed, s.d. TW n and each quarter (tests/test_predikat_realisasi_tertulis.py)
    tertulis = ["target_tertulis", "target_pk_tertulis", "target_perubahan_tertulis"]
    # then a grade realisasi as typed (tests/test_predikat_realisasi_tertulis.py), then a Renstra target
    # and a standard typed as a range (tests/test_pembanding_rentang.py): the last 11 before, each
    # branch adding its columns after the ones before (5 + 2 = 18)
    realisasi = ["realisasi_tertulis", *(f"realisasi_tw{q}_tertulis" for q in range(1, 5))]
    pembanding = ["target_renstra_tertulis", "standar_nasional_tertulis"]
    assert header[-18:] == ["target_pk", "target_perubahan", *tertulis, *realisasi, *pembanding, *whose]
    assert header[header.index("realisasi_tw4") + 1] == "tahun_lalu"
    assert to_csv(report, "anggaran").splitlines()[0].split(",") == [
        *("kode", "program", "kode_sasaran", "pagu", "realisasi", "penyerapan", "status"),
        *("pagu_pk", "pagu_perubahan"),
        *whose,
    ]


def test_export_cli_json_nests_them_per_indicator(folder, tmp_path):
    out = tmp_path / "export.json"
    run = CliRunner().invoke(
        main, ["export", str(folder / "revisi.xlsx"), "-o", str(out)], catch_exceptions=False
    )
    assert run.exit_code == 0, run.output
    data = json.loads(out.read_text(encoding="utf-8"))
    _check_indicators([{**r, "perangkat_daerah": REVISI} for r in data["indikator"]], "export json")
    _check_programs([{**r, "perangkat_daerah": REVISI} for r in data["anggaran"]], "export json")


def test_excel_id_csv_shows_them_as_the_target(folder):
    report = load_report(folder / "revisi.xlsx")
    rows = list(
        csv.DictReader(
            to_csv(report, "indikator", excel_id=True).lstrip("\ufeff").splitlines(), delimiter=";"
        )
    )
    t1 = next(r for r in rows if r["kode"] == "T1")
    # Whole figures, written as the target is (no decimals for a whole number).
    assert (t1["target"], t1["target_pk"], t1["target_perubahan"]) == ("64", "80", "64")
    rows = list(
        csv.DictReader(to_csv(report, "anggaran", excel_id=True).lstrip("\ufeff").splitlines(), delimiter=";")
    )
    assert (rows[0]["pagu"], rows[0]["pagu_pk"], rows[0]["pagu_perubahan"]) == (
        "800.000",
        "1.000.000",
        "800.000",
    )
    # The capaian is still computed from the revised figures: 48 / 64 = 75 %, 400.000 / 800.000 = 50 %.
    assert Fraction(48, 64) * 100 == 75 and Fraction(400_000, 800_000) * 100 == 50
    assert next(r for r in table_rows(report, "indikator") if r["kode"] == "T1")["capaian"] == 75
    assert table_rows(report, "anggaran")[0]["penyerapan"] == 50


@pytest.mark.slow
def test_word_report_pk_tables_show_the_signed_target(tmp_path):
    """Tabel 2.2 (Target IKU) and Lampiran L.2 (Matriks) showed the Target Perubahan as the target,
    where the signed Perjanjian Kinerja has the PK's; the example with the seed's P RENJA target 40,38
    beside its PK target 40,71 % (seed ~381, ~1127), as tests/test_perubahan.py."""
    docx = pytest.importorskip("docx")
    from lkj_xl.laporan import write_laporan
    from tests.helpers_workbooks import revised_example
    from tests.test_perubahan import INDIKATOR

    out = tmp_path / "laporan.docx"
    write_laporan(revised_example(tmp_path), out)
    tables = [[[cell.text for cell in row.cells] for row in t.rows] for t in docx.Document(str(out)).tables]
    # Tabel 2.2: the PK target under "Target Tahun 2025", the revised one beside it (Tabel 2.3, whose
    # header says "Indikator Kinerja", already did).
    wanted = [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja Utama",
        "Target Tahun 2025",
        "Target Perubahan Tahun 2025",
    ]
    (tabel_22,) = [rows for rows in tables if wanted in rows]
    assert ["2.", "Meningkatnya kualitas Koperasi", INDIKATOR, "40,71%", "40,38%"] in tabel_22
    # Lampiran L.2: the same pair at the end of the indicator's row, beside its Satuan "%": the figures
    # alone (test_laporan: the unit is in the Satuan column).
    header = [
        "Kode",
        "Tingkat",
        "Uraian",
        "Indikator",
        "Satuan",
        "Target Tahun 2025",
        "Target Perubahan Tahun 2025",
    ]
    (l2,) = [rows for rows in tables if rows[0] == header]
    assert [row[-3:] for row in l2 if row[3] == INDIKATOR] == [["%", "40,71", "40,38"]]
