"""A Perbandingan Kinerja without a single comparison figure is not written (review of stop 51).

Filling only Pengaturan's ``Tahun Akhir Renstra`` (no Target Akhir Renstra, no Realisasi Tahun Lalu,
no Realisasi <year>, no Standar Nasional with a figure in any Kinerja row) used to write a Perbandingan
Kinerja sheet whose every comparison was ``-``: a page of dashes in a signed report. The lead's
decision: no such sheet (as without any analysis input), and one peringatan in Pemeriksaan and
``check`` saying why, at the Tahun Akhir Renstra's cell. A sheet written by an earlier build is
removed as the analysis sheets are when their inputs go. One figure is enough for the sheet.

The workbook is typed as staff type it: `5,20%`, `1.200`, `250 jt`, `belum ada`. Every expected
figure is derived by hand in the comment beside it.
"""

from __future__ import annotations

import email
import email.policy
import io
import json
import sys
import zipfile

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.build import build_bytes
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.common import ROOT

sys.path.insert(0, str(ROOT / "tests"))

PENGATURAN = {
    c.P_PEMDA: "Kabupaten Lumajang",
    c.P_OPD: "Dinas Koperasi, UKM, Perindustrian dan Perdagangan",
    c.P_TAHUN: 2025,
    c.P_TRIWULAN: "Triwulan II",
    c.P_KEPALA: "Drs. Kepala Dinas",
    c.P_TANGGAL: "15 Juli 2025",  # fixed: outputs do not depend on today's date
    c.P_TAHUN_AKHIR_RENSTRA: "2021-2026",  # the Renstra's period: its last year, 2026
}
# new_workbook: Pengaturan's header on row 3, its parameters from row 4; Tahun Akhir Renstra is the
# 14th parameter (contract.PENGATURAN_PARAMS), so row 4 + 13 = 17, its value in column B.
RENSTRA_CELL = "B17"
# Kinerja: the 15 contract columns A..O, then the optional ones new_workbook writes: P Realisasi Tahun
# Lalu, Q Target Akhir Renstra, R Standar Nasional, S Formulasi, T Sumber Data; data rows from row 4.
PERINGATAN_RENSTRA = (
    "Tahun Akhir Renstra diisi, tetapi belum ada angka Target Akhir Renstra, Realisasi Tahun Lalu "
    "atau Standar Nasional di sheet Kinerja: lembar Perbandingan Kinerja tidak dibuat"
)
NOT_WRITTEN = "lembar Perbandingan Kinerja tidak dibuat"


def kinerja(**extra: dict) -> list[dict]:
    """T1 (Laju pertumbuhan ekonomi, Nilai Akhir: 5,1 of 5,20 %), S1 (Jumlah koperasi aktif, Kumulatif
    25 + 4 = 29 of 40 unit), P1 (Jumlah UMKM dibina, Kumulatif 350 + 420 = 770 of 1.200 UMKM); ``extra``
    by Kode: the optional columns typed on that row."""
    rows = [
        {
            "Kode": "T1",
            "Tingkat": "Tujuan",
            "Uraian": "Meningkatnya pertumbuhan ekonomi daerah",
            "Indikator": "Laju pertumbuhan ekonomi",
            "Satuan": "%",
            "Polaritas": "Positif",
            "Jenis Realisasi": "Nilai Akhir",
            "Target": "5,20%",
            "Realisasi TW I": "4,8%",
            "Realisasi TW II": "5,1%",
        },
        {
            "Kode": "S1",
            "Tingkat": "Sasaran",
            "Kode Induk": "T1",
            "Uraian": "Meningkatnya kualitas kelembagaan koperasi",
            "Indikator": "Jumlah koperasi aktif",
            "Satuan": "unit",
            "Polaritas": "Positif",
            "Jenis Realisasi": "Kumulatif",
            "Target": "40",
            "Realisasi TW I": "25",
            "Realisasi TW II": "4",
        },
        {
            "Kode": "P1",
            "Tingkat": "Program",
            "Kode Induk": "S1",
            "Uraian": "Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro",
            "Indikator": "Jumlah UMKM dibina",
            "Satuan": "UMKM",
            "Polaritas": "Positif",
            "Jenis Realisasi": "Kumulatif",
            "Target": "1.200",
            "Realisasi TW I": "350",
            "Realisasi TW II": "420",
        },
    ]
    for row in rows:
        row.update(extra.get(row["Kode"], {}))
    return rows


ANGGARAN = [
    {
        "Kode": "P1",
        "Program": "Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro",
        "Pagu": "1.500.000.000",
        "Realisasi TW I": "250 jt",
        "Realisasi TW II": "300 jt",
    }
]


def workbook(settings: dict | None = None, analisis=(), **extra: dict) -> bytes:
    out = io.BytesIO()
    new_workbook(
        out,
        pengaturan=PENGATURAN if settings is None else settings,
        kinerja=kinerja(**extra),
        anggaran=ANGGARAN,
        analisis=analisis,
    )
    return out.getvalue()


def sheetnames(data: bytes) -> list[str]:
    return openpyxl.load_workbook(io.BytesIO(data)).sheetnames


def pemeriksaan(data: bytes) -> list[tuple]:
    """Pemeriksaan's rows under its header (No, Tingkat, Sheet, Sel, Pesan)."""
    rows = list(openpyxl.load_workbook(io.BytesIO(data))[c.SHEET_PEMERIKSAAN].iter_rows(values_only=True))
    head = rows.index(("No", "Tingkat", "Sheet", "Sel", "Pesan"))
    return [row[1:5] for row in rows[head + 1 :] if row[0] is not None]


# The outputs every build of these workbooks writes, Perbandingan Kinerja aside (the analysis inputs
# given: Tahun Akhir Renstra, so Analisis Capaian and Grafik are written).
WITHOUT_PERBANDINGAN = [n for n in c.OUTPUT_SHEETS if n != c.SHEET_PERBANDINGAN]


# --- only Tahun Akhir Renstra: no sheet, one peringatan -------------------------------------------------


def test_only_tahun_akhir_renstra_writes_no_page_of_dashes():
    built = build_bytes(workbook(), filename="renstra.xlsx")
    names = sheetnames(built.data)
    assert c.SHEET_PERBANDINGAN not in names
    assert names[-len(WITHOUT_PERBANDINGAN) :] == WITHOUT_PERBANDINGAN  # Analisis Capaian, Grafik stay
    found = [row for row in pemeriksaan(built.data) if NOT_WRITTEN in (row[3] or "")]
    assert len(found) == 1
    tingkat, sheet, sel, pesan = found[0]
    assert (tingkat, sheet, sel) == ("Peringatan", c.SHEET_PENGATURAN, RENSTRA_CELL)
    assert pesan.startswith(PERINGATAN_RENSTRA)


def test_check_says_the_same_peringatan(tmp_path):
    path = tmp_path / "renstra.xlsx"
    path.write_bytes(workbook())
    result = CliRunner().invoke(main, ["check", str(path)])
    lines = [" ".join(line.split()) for line in result.output.splitlines()]
    want = f"peringatan {c.SHEET_PENGATURAN}!{RENSTRA_CELL} {PERINGATAN_RENSTRA}"
    assert sum(line.startswith(want) for line in lines) == 1, lines
    assert "0 galat" in result.output


def test_dashes_and_belum_ada_count_as_no_figure():
    # Realisasi Tahun Lalu typed "-" in T1 and "belum ada" in S1 and P1, a Standar Nasional "n/a":
    # no figure anywhere, the sheet would again be dashes and status texts only.
    data = workbook(
        T1={"Realisasi Tahun Lalu": "-", "Standar Nasional": "n/a"},
        S1={"Realisasi Tahun Lalu": "belum ada"},
        P1={"Realisasi Tahun Lalu": "Belum ada"},
    )
    built = build_bytes(data, filename="strip.xlsx")
    assert c.SHEET_PERBANDINGAN not in sheetnames(built.data)
    found = [row for row in pemeriksaan(built.data) if NOT_WRITTEN in (row[3] or "")]
    assert [row[:3] for row in found] == [("Peringatan", c.SHEET_PENGATURAN, RENSTRA_CELL)]


def test_statuses_without_tahun_akhir_renstra_say_so_at_the_first_cell_typed():
    # No Tahun Akhir Renstra; Realisasi Tahun Lalu typed "belum ada" on S1 and P1 only (Kinerja P5,
    # P6): no figure, no sheet, the peringatan at the first of those cells.
    settings = {k: v for k, v in PENGATURAN.items() if k != c.P_TAHUN_AKHIR_RENSTRA}
    data = workbook(settings, S1={"Realisasi Tahun Lalu": "belum ada"}, P1={"Realisasi Tahun Lalu": "-"})
    built = build_bytes(data, filename="lalu.xlsx")
    assert c.SHEET_PERBANDINGAN not in sheetnames(built.data)
    found = [row for row in pemeriksaan(built.data) if NOT_WRITTEN in (row[3] or "")]
    assert [row[:3] for row in found] == [("Peringatan", c.SHEET_KINERJA, "P5")]
    assert '"belum ada"' in found[0][3]


def test_analisis_or_formulasi_alone_write_no_perbandingan_and_say_nothing():
    # The Analisis sheet and Formulasi / Sumber Data feed Analisis Capaian; they compare nothing:
    # no Perbandingan Kinerja, and nothing to say about it (staff asked for no comparison).
    settings = {k: v for k, v in PENGATURAN.items() if k != c.P_TAHUN_AKHIR_RENSTRA}
    analisis = [{"Kode": "S1", "Faktor Pendukung": "1. Pendampingan koperasi\n2. Pelatihan RAT"}]
    data = workbook(settings, analisis, S1={"Formulasi": "Jumlah koperasi aktif", "Sumber Data": "Dinas"})
    built = build_bytes(data, filename="analisis.xlsx")
    names = sheetnames(built.data)
    assert c.SHEET_PERBANDINGAN not in names and c.SHEET_ANALISIS_CAPAIAN in names
    assert not [row for row in pemeriksaan(built.data) if NOT_WRITTEN in (row[3] or "")]


# --- one figure is enough ---------------------------------------------------------------------------


def test_one_renstra_target_writes_the_sheet_with_its_pair_only():
    # S1's Target Akhir Renstra 60 unit: 29 / 60 x 100 = 48,33 %; no standard typed: no standard pair.
    built = build_bytes(workbook(S1={"Target Akhir Renstra": "60"}), filename="satu.xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(built.data))
    assert c.SHEET_PERBANDINGAN in wb.sheetnames
    ws = wb[c.SHEET_PERBANDINGAN]
    # A No .. D Satuan, E s.d. TW II 2024, F s.d. TW II 2025, G Selisih, H Perubahan, I Keterangan,
    # J-K Target Akhir Renstra (2026): Target, Capaian (%); nothing after.
    assert ws.max_column == 11
    assert ws["J4"].value == "Target Akhir Renstra (2026)"
    heads = {str(cell.value) for row in ws.iter_rows(max_row=6) for cell in row if cell.value is not None}
    assert "Standar Nasional" not in heads
    (s1,) = [row for row in ws.iter_rows(values_only=True) if row[2] == "Jumlah koperasi aktif"]
    assert s1[5] == 29 and s1[9] == 60 and round(s1[10], 2) == 48.33  # 25 + 4; 29 / 60 x 100
    (t1,) = [row for row in ws.iter_rows(values_only=True) if row[2] == "Laju pertumbuhan ekonomi"]
    assert t1[9:11] == ("-", "-")  # no Renstra target of its own
    assert not [row for row in pemeriksaan(built.data) if NOT_WRITTEN in (row[3] or "")]


def test_an_unreadable_comparison_cell_still_writes_the_sheet_naming_it():
    # Realisasi Tahun Lalu "12,3,4" on T1 (Kinerja P4): a galat at its cell, which the sheet names
    # where its figure would be; the sheet is no page of dashes and says nothing of being left out.
    built = build_bytes(workbook(T1={"Realisasi Tahun Lalu": "12,3,4"}), filename="galat.xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(built.data))
    assert c.SHEET_PERBANDINGAN in wb.sheetnames
    (t1,) = [
        r for r in wb[c.SHEET_PERBANDINGAN].iter_rows(values_only=True) if r[2] == "Laju pertumbuhan ekonomi"
    ]
    assert t1[4] == "Galat (Kinerja!P4)"
    assert not [row for row in pemeriksaan(built.data) if NOT_WRITTEN in (row[3] or "")]


# --- a rebuild: the sheet written before goes, with its figures ----------------------------------------


def test_a_rebuild_without_figures_removes_the_sheet_written_before(tmp_path):
    # First built with S1's Realisasi Tahun Lalu 20 (29 - 20 = 9, 9 / 20 x 100 = 45 %) and Renstra 60.
    path = tmp_path / "laporan.xlsx"
    path.write_bytes(workbook(S1={"Realisasi Tahun Lalu": "20", "Target Akhir Renstra": "60"}))
    assert CliRunner().invoke(main, ["build", str(path)]).exit_code == 0
    assert c.SHEET_PERBANDINGAN in openpyxl.load_workbook(path).sheetnames
    # Staff clear both cells (Kinerja P5 and Q5) in Excel; Tahun Akhir Renstra stays.
    wb = openpyxl.load_workbook(path)
    wb[c.SHEET_KINERJA]["P5"] = None
    wb[c.SHEET_KINERJA]["Q5"] = None
    wb.save(path)
    result = CliRunner().invoke(main, ["build", str(path)])
    assert result.exit_code == 0, result.output
    data = path.read_bytes()
    names = sheetnames(data)
    assert c.SHEET_PERBANDINGAN not in names
    assert names[-len(WITHOUT_PERBANDINGAN) :] == WITHOUT_PERBANDINGAN
    # Nothing of the old sheet is left in the package: no sheet part holds its title, no defined name
    # (print titles, owner mark) points past the sheets there are.
    with zipfile.ZipFile(path) as z:
        sheets_xml = {n: z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")}
        workbook_xml = z.read("xl/workbook.xml").decode()
    assert len(sheets_xml) == len(names)
    assert not [n for n, xml in sheets_xml.items() if "Perbandingan Realisasi Kinerja" in xml]
    assert c.SHEET_PERBANDINGAN not in workbook_xml
    found = [row for row in pemeriksaan(data) if NOT_WRITTEN in (row[3] or "")]
    assert [row[:3] for row in found] == [("Peringatan", c.SHEET_PENGATURAN, RENSTRA_CELL)]
    # A further build changes nothing.
    again = build_bytes(data, filename="laporan.xlsx")
    assert again.data == data


# --- every output of one command agrees ------------------------------------------------------------


def test_export_json_carries_the_peringatan_and_no_comparison(tmp_path):
    path = tmp_path / "renstra.xlsx"
    path.write_bytes(workbook())
    result = CliRunner().invoke(main, ["export", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    found = [f for f in data["pemeriksaan"] if NOT_WRITTEN in f["pesan"]]
    assert [(f["tingkat"], f["sheet"], f["sel"]) for f in found] == [
        ("peringatan", c.SHEET_PENGATURAN, RENSTRA_CELL)
    ]
    assert all(set(i["pembanding"].values()) == {None} for i in data["indikator"])


def test_send_attaches_and_counts_what_the_build_writes(tmp_path):
    path = tmp_path / "renstra.xlsx"
    path.write_bytes(workbook())
    eml = tmp_path / "pesan.eml"
    result = CliRunner().invoke(
        main,
        ["send", str(path), "--to", "bappeda@example.go.id", "--dry-run", str(eml)],
        env={"LKJ_SMTP_FROM": "", "LKJ_SMTP_HOST": "", "HOME": str(tmp_path)},
    )
    assert result.exit_code == 0, result.output
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    (attachment,) = list(msg.iter_attachments())
    attached = attachment.get_content()
    assert c.SHEET_PERBANDINGAN not in sheetnames(attached)
    built = build_bytes(path.read_bytes(), filename="renstra.xlsx")
    assert sheetnames(attached) == sheetnames(built.data)
    # The body counts Pemeriksaan's peringatan: this workbook's only one (its figures are clean).
    body = msg.get_body(preferencelist=("plain",)).get_content()
    assert [row[3][: len(PERINGATAN_RENSTRA)] for row in pemeriksaan(built.data)] == [PERINGATAN_RENSTRA]
    assert "Catatan: 1 peringatan pada isian workbook" in body


def test_the_add_in_writes_the_same_sheets(tmp_path):
    """Hitung Ulang (the task pane) computes the sheets ``lkj-xl build`` writes: the output sheets it
    no longer writes are the ones its plan removes (xl.scripts, from these layouts)."""
    from test_xl_server import book_json, remote_book

    from lkj_xl.core.tables import layouts
    from lkj_xl.xl.scripts import hitung_ulang

    path = tmp_path / "renstra.xlsx"
    path.write_bytes(workbook())
    press = hitung_ulang(remote_book(book_json(path, exclude=c.OUTPUT_SHEETS)), plan=True)
    assert [lay.name for lay in layouts(press.report)] == WITHOUT_PERBANDINGAN
    found = [f for f in press.report.findings if NOT_WRITTEN in f.pesan]
    assert [(f.sheet, f.sel) for f in found] == [(c.SHEET_PENGATURAN, RENSTRA_CELL)]


@pytest.mark.slow
def test_the_pdf_has_no_page_of_dashes(tmp_path):
    import shutil
    import subprocess

    if not (shutil.which("soffice") or shutil.which("libreoffice")) or not shutil.which("pdftotext"):
        pytest.skip("LibreOffice or poppler-utils is not installed")
    path, pdf = tmp_path / "renstra.xlsx", tmp_path / "renstra.pdf"
    path.write_bytes(workbook())
    result = CliRunner().invoke(main, ["pdf", str(path), "-o", str(pdf)])
    assert result.exit_code == 0, result.output
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Perbandingan Realisasi Kinerja" not in flat and "Analisis Capaian Kinerja" in flat
    # every printed table signed once: the report's tables without Perbandingan Kinerja
    assert flat.count("Drs. Kepala Dinas") == len(c.PRINTED_SHEETS) - 1
