"""lkj-xl rekap on a folder as the Bappeda analyst receives it (round 2 of issue 13).

Cases:
- Spreadsheets in another format (an agency that sent only an .ods from LibreOffice, an Excel 97 .xls
  copy, a binary .xlsb) were left out without a word: the agency was missing from the ranking and
  "8 of 8 workbooks" said nothing. Each is now a Pemeriksaan row ("tidak dapat dibaca", the reason in
  Bahasa Indonesia: save it as .xlsx), a log line naming it, and exit status 2; Windows' desktop.ini
  and Thumbs.db and Excel's ~$ owner file stay out without a word.
- ``lkj-xl rekap tw2/*`` (the shell naming every file) brought along the .py of a workbook made with
  ``lkj-xl new --xlsm``, desktop.ini and a PDF: each was "tidak dapat dibaca" and the rekap exited 2
  as for a broken workbook. A file that is no spreadsheet is "dilewati" with the reason (exit status
  of the workbooks alone).
- An agency's figures against hand arithmetic: the mean capaian over Tujuan and Sasaran indicators
  (galat and "Menunggu data BPS" left out, a Negatif indicator as the report computes it) and the
  penyerapan as the sum of rupiah then one division (not the mean of the programs' percents), typed
  as staff type ("Rp 1,2 M", "700 jt", "350.000.000", "95,5").
- A workbook built, then edited (its output sheets stale): the rekap takes the edited input.
- Agencies with different Batas Capaian were ranked side by side without a word: one capping each
  capaian at 100 % stood below one whose 150 % counts whole, for the same figures. A warning names
  them, as for different Skala Kriteria.
- A Sasaran whose target was typed as a fraction (0,4071 for 40,71 %) has a capaian of 10.000 %: the
  agency topped the ranking, its mean 5.045 %, with only a peringatan inside its own workbook. A capaian
  of a Tujuan or Sasaran from a realisasi more than ten times its target (beyond 1.000 %, or below
  -800 % for a Negatif indicator) is a rekap warning naming the agency, the Kode and the capaian.
- The CSV as an analyst opens it: ``--excel-id`` imported by real LibreOffice set to Indonesian
  (separator ";", language id-ID, special numbers detected, as Excel does) gives numbers where the
  figures are (95,5; 1.200.000.000; 47,368...) and keeps a Kode "1.10" as text (slow). The plain CSV
  (for pandas: "95.5", which Excel set to Indonesian reads as text, or as 955 through an import)
  says on stderr that --excel-id is the file for Excel.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.xlsx.template import new_workbook

PEMDA = "Kabupaten Uji"


def settings(opd: str) -> dict[str, object]:
    return {c.P_PEMDA: PEMDA, c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: 2}


DINKES_KINERJA = [
    # 95,5 of 100 -> capaian 95,5.
    {"Kode": "1", "Tingkat": "Tujuan", "Uraian": "Derajat kesehatan", "Indikator": "Indeks kesehatan",
     "Satuan": "Indeks", "Jenis Realisasi": "Nilai Akhir", "Target": "100", "Realisasi TW II": "95,5"},
    # Negatif: (2 x 10 - 12) / 10 x 100 = 80.
    {"Kode": "1.1", "Tingkat": "Sasaran", "Kode Induk": "1", "Uraian": "Stunting turun",
     "Indikator": "Prevalensi stunting", "Satuan": "%", "Polaritas": "Negatif", "Jenis Realisasi": "Nilai Akhir",
     "Target": "10%", "Realisasi TW II": "12%"},
    # "12,3,4" is a galat: no capaian, not in the mean.
    {"Kode": "1.10", "Tingkat": "Sasaran", "Kode Induk": "1", "Uraian": "Layanan",
     "Indikator": "Persentase puskesmas terakreditasi", "Satuan": "%", "Jenis Realisasi": "Nilai Akhir",
     "Target": "90", "Realisasi TW II": "12,3,4"},
    # Not known yet: not in the mean.
    {"Kode": "1.2", "Tingkat": "Sasaran", "Kode Induk": "1", "Uraian": "Gizi", "Indikator": "Jumlah balita gizi baik",
     "Satuan": "orang", "Target": 1000, "Realisasi TW I": "Menunggu data BPS"},
    # A Program: 5 + 5 of 10 = 100, never in the Tujuan/Sasaran mean.
    {"Kode": "P1", "Tingkat": "Program", "Kode Induk": "1.1", "Uraian": "Program kesehatan",
     "Indikator": "Jumlah posyandu", "Satuan": "unit", "Target": 10, "Realisasi TW I": 5, "Realisasi TW II": 5},
]  # fmt: skip
DINKES_ANGGARAN = [
    # 1.200.000.000, spent 300.000.000 + 250.000.000 = 550.000.000 (45,83 %).
    {"Kode": "P1", "Program": "Program kesehatan", "Kode Sasaran": "1.1", "Pagu": "Rp 1,2 M",
     "Realisasi TW I": "300 jt", "Realisasi TW II": "250.000.000"},
    # 700.000.000, spent 350.000.000 (50 %).
    {"Kode": "P2", "Program": "Program penunjang", "Kode Sasaran": "1.1", "Pagu": "700 jt",
     "Realisasi TW I": "350.000.000"},
]  # fmt: skip


def zip_of(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return buffer.getvalue()


# What LibreOffice saves as .ods: a zip whose first member is the OpenDocument mimetype.
ODS = {
    "mimetype": "application/vnd.oasis.opendocument.spreadsheet",
    "content.xml": "<office:document-content/>",
}
# Excel's binary workbook: a package whose workbook part is xl/workbook.bin.
XLSB = {"[Content_Types].xml": "<Types/>", "xl/workbook.bin": "\x83\x01"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("tw2")
    (root / "Dinkes").mkdir()
    new_workbook(
        root / "Dinkes" / "Dinkes.xlsx",
        pengaturan=settings("Dinas Kesehatan"),
        kinerja=DINKES_KINERJA,
        anggaran=DINKES_ANGGARAN,
    )
    (root / "Dinkes" / "~$Dinkes.xlsx").write_bytes(b"\x0bAnalis Bappeda")  # Excel's owner file
    (root / "Dinkes" / "desktop.ini").write_text("[.ShellClassInfo]\n")
    (root / "Dinkes" / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    # The Dinas Perhubungan sent only an .ods; a copy of the Dinkes came as Excel 97 (.xls); a .xlsb.
    (root / "Dinas Perhubungan.ods").write_bytes(zip_of(ODS))
    (root / "Dinkes" / "Dinkes lama.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (root / "Satpol.xlsb").write_bytes(zip_of(XLSB))
    return root


OTHER_FORMATS = ("Dinas Perhubungan.ods", "Dinkes/Dinkes lama.xls", "Satpol.xlsb")


def test_other_spreadsheet_formats_are_listed_not_dropped(folder):
    result = lkj_xl.rekap(folder, jobs=1)
    rows = {Path(r.berkas).relative_to(folder).as_posix(): r for r in result.pemeriksaan.itertuples()}
    # The workbook, and each spreadsheet in another format; never desktop.ini, Thumbs.db, ~$Dinkes.xlsx.
    assert sorted(rows) == sorted(("Dinkes/Dinkes.xlsx", *OTHER_FORMATS))
    for name in OTHER_FORMATS:
        row = rows[name]
        assert (row.status, row.keterangan) == (core.TIDAK_TERBACA, core.ALASAN_FORMAT), name
        assert ".xlsx" in row.rincian, name  # the library's message in Bahasa Indonesia: not an .xlsx
    assert result.status == 2  # a workbook that could not be read, as a corrupt one


def test_the_log_names_each_file_in_another_format(folder, tmp_path):
    run = CliRunner().invoke(main, ["rekap", str(folder), "-o", str(tmp_path / "r.xlsx")])
    assert run.exit_code == 2, run.output
    for name in OTHER_FORMATS:
        assert f"{folder / name}: tidak dapat dibaca: " in run.stderr, name
    assert "desktop.ini" not in run.stderr and "Thumbs.db" not in run.stderr
    assert "1 of 4 workbooks" in run.stdout


def test_dinkes_figures_by_hand(folder):
    result = lkj_xl.rekap(folder / "Dinkes" / "Dinkes.xlsx", jobs=1)
    row = result.perangkat_daerah.iloc[0]
    # Tujuan 95,5; Sasaran: 80 alone (1.10 galat, 1.2 waiting for BPS); mean of the two indicators
    # (95,5 + 80) / 2 = 87,75, Tinggi (> 75 - 90).
    assert (row["capaian_tujuan"], row["capaian_sasaran"], row["capaian"]) == (95.5, 80.0, 87.75)
    assert row["kriteria"] == "Tinggi"
    assert (row["terukur"], row["belum_diketahui"], row["galat"]) == (3, 1, 1)
    # Pagu 1.200.000.000 + 700.000.000 = 1.900.000.000; realisasi 550.000.000 + 350.000.000 =
    # 900.000.000; penyerapan 900 / 1.900 = 47,368...% (the programs' percents 45,83 and 50 would
    # average 47,92: not the agency's penyerapan).
    assert (row["pagu"], row["realisasi_anggaran"]) == (1_900_000_000, 900_000_000)
    assert row["penyerapan"] == pytest.approx(float(Fraction(900, 1900) * 100), abs=1e-12)
    # Efisiensi 87,75 - 47,368421... = 40,381578...
    assert row["efisiensi"] == pytest.approx(float(Fraction(8775, 100) - Fraction(90000, 1900)), abs=1e-12)


def test_stale_output_sheets_are_not_trusted(tmp_path):
    path = tmp_path / "Dinkes.xlsx"
    new_workbook(
        path, pengaturan=settings("Dinas Kesehatan"), kinerja=DINKES_KINERJA, anggaran=DINKES_ANGGARAN
    )
    from lkj_xl.build import build

    build(path)
    book = openpyxl.load_workbook(path)
    sheet = book[c.SHEET_KINERJA]
    header = next(r for r in sheet.iter_rows(max_row=10) if any(x.value == "Realisasi TW II" for x in r))
    column = next(x.column for x in header if x.value == "Realisasi TW II")
    assert sheet.cell(header[0].row + 1, 1).value == "1"
    sheet.cell(header[0].row + 1, column).value = "85,5"  # the Tujuan edited after the build
    book.save(path)
    row = lkj_xl.rekap(path, jobs=1).perangkat_daerah.iloc[0]
    # Tujuan 85,5 now; mean (85,5 + 80) / 2 = 82,75.
    assert (row["capaian_tujuan"], row["capaian"]) == (85.5, 82.75)


def sasaran_150() -> list[dict[str, object]]:
    """One Sasaran, Nilai Akhir 150 of target 100: capaian 150 (100 where Batas Capaian is 100)."""
    return [
        {"Kode": "S1", "Tingkat": "Sasaran", "Uraian": "Sasaran satu", "Indikator": "Persentase satu",
         "Satuan": "%", "Jenis Realisasi": "Nilai Akhir", "Target": 100, "Realisasi TW II": "150"},
    ]  # fmt: skip


def test_different_batas_capaian_is_a_warning(tmp_path):
    for name, batas in (("a-tanpa-batas", None), ("b-tanpa-batas", None), ("c-batas-100", "100")):
        pengaturan = settings(name.upper()) | ({c.P_BATAS: batas} if batas else {})
        new_workbook(tmp_path / f"{name}.xlsx", pengaturan=pengaturan, kinerja=sasaran_150(), anggaran=[])
    result = lkj_xl.rekap(tmp_path, jobs=1)
    # The same typed figures: 150 counted whole, 100 where capped (the note under Tabel 3.2 says so).
    capaian = dict(zip(result.perangkat_daerah["perangkat_daerah"], result.perangkat_daerah["capaian"]))
    assert capaian == {"A-TANPA-BATAS": 150.0, "B-TANPA-BATAS": 150.0, "C-BATAS-100": 100.0}
    (found,) = [
        p
        for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"])
        if j == "Batas Capaian berbeda"
    ]
    assert found == (
        "Batas Capaian laporan tidak sama di semua perangkat daerah: sebagian besar tanpa batas "
        f"(2 perangkat daerah); 100 %: C-BATAS-100 ({tmp_path / 'c-batas-100.xlsx'}). "
        "Bila semua perangkat daerah seharusnya memakai Batas Capaian yang sama, minta perangkat daerah yang berbeda "
        "membetulkannya di sheet Pengaturan lalu rekap ulang."
    )


def test_plain_csv_points_excel_users_to_excel_id(folder, tmp_path):
    run = CliRunner().invoke(
        main, ["rekap", str(folder / "Dinkes"), "--format", "csv", "-o", str(tmp_path / "csv")]
    )
    assert run.exit_code == 2, run.output  # Dinkes lama.xls
    assert "--excel-id" in run.stderr
    again = CliRunner().invoke(
        main,
        [
            "rekap",
            str(folder / "Dinkes" / "Dinkes.xlsx"),
            "--format",
            "csv",
            "--excel-id",
            "-o",
            str(tmp_path / "id"),
        ],
    )
    assert again.exit_code == 1 and "--excel-id" not in again.stderr, again.output


@pytest.mark.slow
def test_excel_id_csv_in_libreoffice_set_to_indonesian(folder, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) not installed")
    out = tmp_path / "csv"
    run = CliRunner().invoke(
        main,
        ["rekap", str(folder / "Dinkes" / "Dinkes.xlsx"), "--format", "csv", "--excel-id", "-o", str(out)],
    )
    assert run.exit_code == 1, run.output  # the galat of Kode 1.10
    # 59 ";", 34 '"', 76 UTF-8, from line 1, 1057 Indonesian (id-ID), quoted as text no, special numbers yes.
    infilter = "Text - txt - csv (StarCalc):59,34,76,1,,1057,false,true"
    for name in ("indikator", "program", "perangkat_daerah"):
        subprocess.run(
            [soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", f"--infilter={infilter}",
             "--convert-to", "xlsx", "--outdir", str(tmp_path), str(out / f"{name}.csv")],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip

    def rows(name: str) -> list[dict[str, object]]:
        sheet = openpyxl.load_workbook(tmp_path / f"{name}.xlsx").active
        header, *body = [[cell.value for cell in row] for row in sheet.iter_rows()]
        return [dict(zip(header, row)) for row in body]

    indikator = {row["kode"]: row for row in rows("indikator")}
    # Kode 1.10 (the galat row) stays the text "1.10", never 1,1 or a time; 95,5 of 100 are numbers.
    assert "1.10" in indikator and indikator["1.10"]["kode_induk"] == 1
    assert (indikator[1]["target"], indikator[1]["realisasi"], indikator[1]["capaian"]) == (100, 95.5, 95.5)
    program = {row["kode"]: row for row in rows("program")}
    assert (program["P1"]["pagu"], program["P1"]["realisasi"]) == (1_200_000_000, 550_000_000)
    (agency,) = rows("perangkat_daerah")
    # 900.000.000 / 1.900.000.000 x 100 = 47,368..., written as the Rekap sheet shows it (so the row
    # adds up with its efisiensi shown, mend32e): 47,37, which LibreOffice reads as the number 47.37.
    assert Fraction("47.365") <= Fraction(900, 1900) * 100 < Fraction("47.375")  # rounds to 47,37
    assert agency["penyerapan"] == pytest.approx(47.37, rel=1e-14)
    assert (agency["capaian"], agency["pagu"], agency["kriteria"]) == (87.75, 1_900_000_000, "Tinggi")


def test_files_named_by_a_shell_glob_that_are_no_spreadsheets_are_skipped(folder, tmp_path):
    shutil.copyfile(folder / "Dinkes" / "Dinkes.xlsx", tmp_path / "Satpol.xlsm")
    (tmp_path / "Satpol.py").write_text("import xlwings as xw\n")  # beside it, from lkj-xl new --xlsm
    (tmp_path / "desktop.ini").write_text("[.ShellClassInfo]\n")
    (tmp_path / "LKjIP TW I.pdf").write_bytes(b"%PDF-1.7\n")
    names = sorted(p.name for p in tmp_path.iterdir())  # what "tmp_path/*" names
    run = CliRunner().invoke(
        main,
        ["rekap", *(str(tmp_path / n) for n in names), "-o", str(tmp_path / "r.json"), "--format", "json"],
    )
    assert run.exit_code == 1, run.output  # the galat of Kinerja!L6, not 2: nothing unreadable
    rows = {
        Path(r.berkas).name: r
        for r in lkj_xl.rekap([tmp_path / n for n in names], jobs=1).pemeriksaan.itertuples()
    }
    for name in ("Satpol.py", "desktop.ini", "LKjIP TW I.pdf"):
        assert (rows[name].status, rows[name].keterangan) == (core.DILEWATI, core.ALASAN_BUKAN_BUKU_KERJA), (
            name
        )
        assert f"{tmp_path / name}: dilewati: " in run.stderr, name
    assert rows["Satpol.xlsm"].status == core.DIBACA


def test_a_capaian_from_a_realisasi_ten_times_its_target_is_a_warning(tmp_path):
    def one(kode: str, target: str, realisasi: str, polaritas: str = "Positif") -> dict[str, object]:
        return {"Kode": kode, "Tingkat": "Sasaran", "Uraian": f"Sasaran {kode}", "Indikator": f"Persentase {kode}",
                "Satuan": "%", "Polaritas": polaritas, "Jenis Realisasi": "Nilai Akhir", "Target": target,
                "Realisasi TW II": realisasi}  # fmt: skip

    # 40,71 of 0,4071 (the target typed as a fraction): capaian 10.000 %; 90 of 100: 90 %.
    new_workbook(tmp_path / "a.xlsx", pengaturan=settings("Dinas A"), kinerja=[one("S1", "0,4071", "40,71"), one("S2", "100", "90")], anggaran=[])  # fmt: skip
    # Exactly ten times (10 of 1): capaian 1.000 %, no warning (the agency's own check keeps quiet too).
    new_workbook(tmp_path / "b.xlsx", pengaturan=settings("Dinas B"), kinerja=[one("S1", "1", "10")], anggaran=[])  # fmt: skip
    # Negatif, 11 of 1: (2 x 1 - 11) / 1 x 100 = -900 %.
    new_workbook(tmp_path / "c.xlsx", pengaturan=settings("Dinas C"), kinerja=[one("S1", "1", "11", "Negatif")], anggaran=[])  # fmt: skip
    result = lkj_xl.rekap(tmp_path, jobs=1)
    capaian = dict(zip(result.perangkat_daerah["perangkat_daerah"], result.perangkat_daerah["capaian"]))
    assert capaian == {"Dinas A": 5045.0, "Dinas B": 1000.0, "Dinas C": -900.0}  # (10.000 + 90) / 2
    found = [
        p for j, p in zip(result.peringatan["jenis"], result.peringatan["pesan"]) if j == "Capaian ekstrem"
    ]
    assert found == [
        f"Dinas A ({tmp_path / 'a.xlsx'}): capaian Sasaran S1 10.000% (realisasi lebih dari 10 kali target) "
        "ikut dalam rata-rata peringkat; periksa skala dan satuan target dan realisasinya di sheet Kinerja.",
        f"Dinas C ({tmp_path / 'c.xlsx'}): capaian Sasaran S1 -900% (realisasi lebih dari 10 kali target) "
        "ikut dalam rata-rata peringkat; periksa skala dan satuan target dan realisasinya di sheet Kinerja.",
    ]


def test_files_named_that_are_all_no_spreadsheets_are_refused(tmp_path):
    # `lkj-xl rekap opd/*.pdf` (a glob that caught no workbook): nothing to rekap. Was an empty rekap
    # written with exit 0, "0 of 2 workbooks"; now refused as an empty folder is, nothing written.
    (tmp_path / "LKjIP TW I.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "Satpol.py").write_text("import xlwings as xw\n")
    given = [str(tmp_path / "LKjIP TW I.pdf"), str(tmp_path / "Satpol.py")]
    run = CliRunner().invoke(main, ["rekap", *given, "-o", str(tmp_path / "r.xlsx")])
    assert run.exit_code == 2, run.output
    assert "no workbook (.xlsx or .xlsm) among the files given" in run.stderr
    assert "[1/" not in run.stderr and not (tmp_path / "r.xlsx").exists()
    with pytest.raises(lkj_xl.errors.UsageError, match="no workbook"):
        lkj_xl.rekap(given, jobs=1)
