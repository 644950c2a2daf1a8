"""The CLI through click's CliRunner; results checked through the library and by reopening files."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.utils import get_column_letter

from lkj_xl.build import load_report
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import new_workbook
from tests.common import ROOT, kinerja_row

SETTINGS = {
    c.P_PEMDA: "Kabupaten Contoh",
    c.P_OPD: "Dinas Contoh",
    c.P_TAHUN: 2025,
    c.P_TRIWULAN: 2,
}


kinerja = kinerja_row


def clean_rows():
    return [
        kinerja("T1", "Tujuan", "", 'Tujuan =HYPERLINK("http://x","klik")', "Nilai investasi", 200, 50, 30),
        kinerja("S1", "Sasaran", "T1", "Sasaran satu", "Persentase A", "40,71%", 25, 4),
        kinerja(
            "P1",
            "Program",
            "S1",
            "Program satu",
            "Persentase B",
            80,
            None,
            100,
            **{"Jenis Realisasi": "Nilai Akhir"},
        ),
    ]


def clean_budgets():
    return [
        {
            "Kode": "P1",
            "Program": "Program satu",
            "Pagu": 1000,
            "Realisasi TW I": 100,
            "Realisasi TW II": 150,
        },
        {
            "Kode": "P0",
            "Program": "Program penunjang",
            "Kode Sasaran": "S1",
            "Pagu": 3000,
            "Realisasi TW II": 500,
        },
    ]


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "laporan.xlsx"
    new_workbook(path, pengaturan=SETTINGS, kinerja=clean_rows(), anggaran=clean_budgets())
    return path


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_help_does_not_import_pandas_or_openpyxl():
    code = (
        "import sys\n"
        "from lkj_xl.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('pandas', 'openpyxl', 'xlsxwriter', 'lxml', 'numpy') if m in sys.modules]\n"
        "print('HEAVY:' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY:\n" in out or out.rstrip().endswith("HEAVY:"), out


def test_every_command_has_help_with_example_and_is_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        result = invoke(name, "--help")
        assert result.exit_code == 0
        assert "Example" in result.output, f"{name} --help has no example"
        assert f"lkj-xl {name}" in readme, f"README does not document `lkj-xl {name}`"


def test_every_option_of_every_command_is_in_readme():
    # An option only --help knows (send's --smtp-timeout was missing) is one an IT admin setting up
    # cron from the README never finds. Each option is in its own command's line of the README's
    # synopsis (`--timeout` somewhere in the README, as `--pdf-timeout`, says nothing of `pdf
    # --timeout`); the SMTP options of send and run in "Mail configuration", as the synopsis says.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Command line", 1)[1].split("```", 2)[1]
    synopsis = {m.group(1): line for line in block.splitlines() if (m := re.match(r"lkj-xl (\w+) ", line))}
    mail = readme.split("### Mail configuration", 1)[1].split("\n## ", 1)[0]
    assert set(synopsis) == set(main.commands)

    def spelled(option: str, text: str) -> bool:
        return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None

    for name, command in main.commands.items():
        for param in command.params:
            spellings = [*getattr(param, "opts", []), *getattr(param, "secondary_opts", [])]
            if not any(o.startswith("-") for o in spellings) or "--help" in spellings:
                continue  # an argument
            where = synopsis[name] + (mail if name in ("send", "run") else "")
            assert any(spelled(o, where) for o in spellings), (
                f"README does not document `lkj-xl {name} {spellings[0]}`"
            )


@pytest.mark.parametrize("command", ["pdf", "laporan"])
@pytest.mark.parametrize("seconds", ["0", "-5"])
def test_a_timeout_that_cannot_be_waited_is_refused_before_any_work(tmp_path, command, seconds):
    # `lkj-xl pdf laporan.xlsx --timeout 0` (meant as "no limit") started LibreOffice, stopped it at
    # once and said "LibreOffice conversion ... timed out after 0 s", exit 3; -5 said "after -5 s".
    # run's and send's --pdf-timeout refuse it (exit 2) before any work: so do these.
    out = tmp_path / ("hasil.pdf" if command == "pdf" else "hasil.docx")
    args = [command, str(ROOT / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"), "-o", str(out)]
    result = invoke(*args, *(["--pdf"] if command == "laporan" else []), "--timeout", seconds)
    assert result.exit_code == 2, result.output
    assert "--timeout" in result.output and ">=1" in result.output, result.output
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_new_creates_the_input_sheets(tmp_path):
    out = tmp_path / "baru.xlsx"
    result = invoke("new", out, "--opd", "Dinas Uji", "--tahun", 2026, "--triwulan", 3)
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(out)
    for sheet in c.INPUT_SHEETS:
        assert sheet in wb.sheetnames
    # refuses to overwrite without --force
    assert invoke("new", out).exit_code == 2


def test_build_in_place_writes_output_sheets_and_keeps_inputs(workbook):
    before = openpyxl.load_workbook(workbook)
    kinerja_before = [[cell.value for cell in row] for row in before["Kinerja"].iter_rows()]
    result = invoke("build", workbook)
    assert result.exit_code == 0, result.output
    after = openpyxl.load_workbook(workbook)
    for sheet in c.written_sheets(False):  # no analysis input: no analysis sheet
        assert sheet in after.sheetnames
    assert not set(c.ANALYSIS_SHEETS) & set(after.sheetnames)
    assert [[cell.value for cell in row] for row in after["Kinerja"].iter_rows()] == kinerja_before
    # Text that looks like a formula stays text in the output.
    values = [cell.value for row in after[c.SHEET_CAPAIAN_TS].iter_rows() for cell in row]
    assert 'Tujuan =HYPERLINK("http://x","klik")' in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    # The report read back through the library still computes (inputs intact).
    report = load_report(workbook)
    s1 = next(i for i in report.indicators if i.kode == "S1")
    assert s1.capaian == pytest.approx(29 / 40.71 * 100)  # kumulatif 25 + 4 = 29 of 40,71


def test_build_to_output_leaves_input_untouched(workbook, tmp_path):
    original = workbook.read_bytes()
    out = tmp_path / "hasil.xlsx"
    result = invoke("build", workbook, "-o", out, "--triwulan", 1)
    assert result.exit_code == 0, result.output
    assert workbook.read_bytes() == original
    assert c.SHEET_EFISIENSI in openpyxl.load_workbook(out).sheetnames


def test_check_exit_codes(workbook, tmp_path):
    assert invoke("check", workbook).exit_code == 0

    bad = tmp_path / "salah.xlsx"
    rows = clean_rows() + [kinerja("S2", "Sasaran", "T9", "Sasaran dua", "Persentase C", 0, 1, 1)]
    new_workbook(bad, pengaturan=SETTINGS, kinerja=rows, anggaran=clean_budgets())
    result = invoke("check", bad)
    assert result.exit_code == 1
    # The template puts the header on row 3, so the 4th data row is row 7.
    assert "Kinerja!C7" in result.output  # unknown Kode Induk T9
    assert "Kinerja!I7" in result.output  # zero target

    not_zip = tmp_path / "bukan.xlsx"
    not_zip.write_text("hello")
    result = invoke("check", not_zip)
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "bukan.xlsx" in result.output


def test_export_json_and_csv(workbook, tmp_path):
    result = invoke("export", workbook)
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["perangkat_daerah"] == "Dinas Contoh" and data["triwulan"] == 2
    s1 = next(i for i in data["indikator"] if i["kode"] == "S1")
    assert s1["realisasi_tw"] == [25, 4, None, None]
    assert s1["realisasi"] == 29 and s1["capaian"] == pytest.approx(71.23556865634979)  # 29 / 40.71 * 100
    eff = {e["kode"]: e for e in data["efisiensi"]}
    # S1 budget: P1 1000 (via its parent) + P0 3000 = 4000; spent 100 + 150 + 500 = 750 -> 18.75 %
    assert eff["S1"]["pagu"] == 4000 and eff["S1"]["penyerapan"] == pytest.approx(18.75)
    assert set(data) >= {"indikator", "anggaran", "efisiensi", "ringkasan", "pemeriksaan"}

    out = tmp_path / "indikator.csv"
    assert invoke("export", workbook, "--format", "csv", "-o", out).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("kode,tingkat")
    assert "'=HYPERLINK" not in text  # the formula-like text is inside the uraian, not at its start
    assert "Tujuan =HYPERLINK" in text


def test_csv_neutralizes_formula_like_cells_and_frames_match(tmp_path):
    from lkj_xl.core.export import to_csv, to_frames

    path = tmp_path / "injeksi.xlsx"
    rows = [
        kinerja(
            "T1",
            "Tujuan",
            "",
            '=HYPERLINK("http://x","klik")',
            "@SUM(A1)",
            10,
            5,
            None,
            Keterangan="+62 812 3456",
        ),
        kinerja("T2", "Tujuan", "", "-1+2", "Nilai", 10, 5),
    ]
    new_workbook(path, pengaturan=SETTINGS, kinerja=rows, anggaran=[])
    report = load_report(path)
    text = to_csv(report, "indikator")
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text and "'-1+2" in text and "'+62 812 3456" in text
    frames = to_frames(report)
    assert list(frames["indikator"]["kode"]) == ["T1", "T2"]
    assert frames["indikator"]["capaian"].tolist() == [50.0, 50.0]  # 5 / 10 * 100


def test_missing_sheet_suggests_the_closest_name_in_the_file(tmp_path):
    wb = openpyxl.load_workbook(ROOT / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx")
    wb["Anggaran"].title = "Angaran"
    header_row = 3  # the template's header row
    wb["Kinerja"].cell(header_row, 7).value = "Polaritass"  # G3: Polaritas misspelt
    path = tmp_path / "salah-nama.xlsx"
    wb.save(path)
    result = invoke("check", path)
    assert result.exit_code == 2
    assert 'Sheet "Anggaran" tidak ditemukan (maksud Anda "Angaran"?)' in result.output
    assert '"Polaritas" (maksud Anda "Polaritass"?)' in result.output  # both problems at once
    assert "Traceback" not in result.output


def test_an_unexpected_error_is_one_line_not_a_traceback(workbook, monkeypatch):
    import lkj_xl.core.engine

    def broken(*args, **kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(lkj_xl.core.engine, "compute", broken)
    monkeypatch.delenv("LKJ_XL_DEBUG", raising=False)
    result = CliRunner().invoke(main, ["check", str(workbook)])
    assert result.exit_code == 4
    assert "internal error (RuntimeError: simulated bug)" in result.output
    assert "Traceback" not in result.output


def test_signature_stands_at_the_same_place_under_every_table_and_not_under_pemeriksaan(tmp_path):
    out = tmp_path / "hasil.xlsx"
    assert (
        invoke("build", ROOT / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx", "-o", out).exit_code
        == 0
    )
    wb = openpyxl.load_workbook(out)
    nip = "NIP. 19731118 199303 1 002"  # Pengaturan of the example (seed line 1077)
    for name in c.PRINTED_SHEETS:
        ws = wb[name]
        (top,) = [cell for row in ws.iter_rows() for cell in row if cell.value == "Lumajang, 4 Juli 2025"]
        (bottom,) = [cell for row in ws.iter_rows() for cell in row if cell.value == nip]
        if name == c.SHEET_GRAFIK:
            # the block ends the printed page: the staff note on who draws the charts stands on the row
            # below it, outside the print area (reader13)
            assert ws.print_area == f"'{name}'!$A$1:${get_column_letter(ws.max_column)}${bottom.row}"
            assert ws.max_row == bottom.row + 1
        else:
            assert bottom.row == ws.max_row  # the block ends the sheet
        for cell in (top, bottom):
            (merge,) = [m for m in ws.merged_cells.ranges if cell.coordinate in m]
            # across the table's last three columns
            assert (merge.min_col, merge.max_col) == (ws.max_column - 2, ws.max_column), name
        # one blank row between the table (or its note) and the block
        assert all(v is None for v in next(ws.iter_rows(top.row - 1, top.row - 1, values_only=True))), name
        assert any(v is not None for v in next(ws.iter_rows(top.row - 2, top.row - 2, values_only=True))), (
            name
        )
    pemeriksaan = [v for row in wb[c.SHEET_PEMERIKSAAN].iter_rows(values_only=True) for v in row]
    assert nip not in pemeriksaan and "MUHAMMAD RIDHA, S.Sos., M.Si." not in pemeriksaan


# --- exit statuses a cron job can rely on ----------------------------------------------------------


@pytest.fixture
def workbook_with_galat(tmp_path):
    path = tmp_path / "salah.xlsx"
    # 4th data row (Excel row 7): unknown Kode Induk T9 (galat at C7) and target 0 (galat at I7)
    rows = clean_rows() + [kinerja("S2", "Sasaran", "T9", "Sasaran dua", "Persentase C", 0, 1, 1)]
    new_workbook(path, pengaturan=SETTINGS, kinerja=rows, anggaran=clean_budgets())
    return path


def test_build_says_galat_in_indonesian_and_strict_exits_1(workbook, workbook_with_galat):
    result = CliRunner().invoke(main, ["build", str(workbook)])
    assert result.exit_code == 0 and "; 0 galat, " in result.stdout and " peringatan" in result.stdout
    assert "errors" not in result.stdout and "warnings" not in result.stdout
    assert invoke("build", workbook, "--strict").exit_code == 0  # no galat: strict passes

    result = CliRunner().invoke(main, ["build", str(workbook_with_galat), "--strict"])
    assert result.exit_code == 1
    assert c.SHEET_PEMERIKSAAN in openpyxl.load_workbook(workbook_with_galat).sheetnames  # still built

    result = CliRunner().invoke(main, ["build", str(workbook_with_galat)])
    assert result.exit_code == 0  # without --strict a galat does not fail the build
    assert "2 galat" in result.stdout
    assert "Kinerja!C7" in result.stderr and "Kinerja!I7" in result.stderr  # each galat on stderr


@pytest.mark.slow
def test_run_logs_galat_as_warning_and_exits_1_after_processing_every_workbook(
    workbook, workbook_with_galat, tmp_path
):
    outdir = tmp_path / "keluar"
    proc = subprocess.run(
        [sys.executable, "-m", "lkj_xl", "run", str(workbook_with_galat), str(workbook), "--no-pdf"]
        + ["--outdir", str(outdir)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert (outdir / "salah.xlsx").exists() and (outdir / "laporan.xlsx").exists()  # both processed
    warnings = [line for line in proc.stderr.splitlines() if " WARNING " in line]
    assert any("salah.xlsx" in line and "2 galat" in line for line in warnings)
    assert any("Kinerja!C7" in line for line in warnings) and any("Kinerja!I7" in line for line in warnings)
    assert not any("laporan.xlsx" in line for line in warnings)  # the clean one is INFO only

    # Only clean workbooks: exit 0.
    proc = subprocess.run(
        [sys.executable, "-m", "lkj_xl", "run", str(workbook), "--no-pdf", "--outdir", str(outdir)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr


def test_check_lists_findings_in_sheet_and_row_order(tmp_path):
    rows = clean_rows() + [kinerja("S2", "Sasaran", "T9", "Sasaran dua", "Persentase C", 0, 1, 1)]
    rows[1]["Realisasi TW II"] = "12,3,4"  # Kinerja!L5: unreadable
    budgets = clean_budgets()
    budgets[1]["Realisasi TW II"] = "lima ratus"  # Anggaran!G5: not a number
    path = tmp_path / "urutan.xlsx"
    new_workbook(
        path, pengaturan={**SETTINGS, c.P_TRIWULAN: 7}, kinerja=rows, anggaran=budgets
    )  # Pengaturan!B7
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    cells = [line.split()[1] for line in result.stdout.splitlines()]
    # Pengaturan, then Kinerja by row then column (C7 before I7), then Anggaran. Triwulan 7 is a galat
    # and no quarter's figures are computed (tests/test_triwulan_galat.py), so nothing is said that
    # depends on the quarter (the blank TW IV of T1 and P1, T1's percentages summed, P1's Pagu beside
    # its spending, as when IV was used); the cells' own galat stay. Anggaran!G5's "lima ratus" is a
    # galat of a counted quarter only (under Triwulan I, a peringatan of a quarter after the reported
    # one): not said until the quarter is known (tests/test_triwulan_galat.py).
    assert cells == [
        "Pengaturan!B7",  # Triwulan 7: one galat ("harus bilangan bulat 1-4; triwulan ... tidak diketahui")
        "Kinerja!L5",  # "12,3,4": unreadable whatever the quarter
        "Kinerja!C7",
        "Kinerja!I7",
    ]
    assert result.stderr.strip() == "4 galat, 0 peringatan"


def test_findings_order_puts_whole_sheet_findings_first():
    from lkj_xl.core.model import Finding, in_sheet_order

    findings = [
        Finding("peringatan", "Lain", "A1", "x"),
        Finding("galat", "Anggaran", "B4", "x"),
        Finding("galat", "Kinerja", "AA3", "x"),  # column 27: after Z3
        Finding("galat", "Kinerja", "Z3", "x"),
        Finding("galat", "Kinerja", "", "x"),  # the whole sheet (e.g. a missing column)
        Finding("galat", "Kinerja", "B10:C12", "x"),  # a merged range: its top-left cell
        Finding("peringatan", "Pengaturan", "B5", "x"),
    ]
    ordered = [(f.sheet, f.sel) for f in in_sheet_order(findings)]
    assert ordered == [
        ("Pengaturan", "B5"),
        ("Kinerja", ""),
        ("Kinerja", "Z3"),
        ("Kinerja", "AA3"),
        ("Kinerja", "B10:C12"),
        ("Anggaran", "B4"),
        ("Lain", "A1"),
    ]


# --- export for Excel in Indonesian settings, and the Ringkasan / hierarchy tables -----------------


@pytest.fixture
def export_workbook(tmp_path):
    path = tmp_path / "ekspor.xlsx"
    rows = clean_rows() + [
        kinerja("T2", "Tujuan", "", "Tujuan dua", "Nilai PDRB", 100, None, "Menunggu data BPS"),
    ]
    budgets = [
        {"Kode": "P1", "Program": "Program satu", "Pagu": 1_000_000_000}
        | {"Realisasi TW I": 400_000_000, "Realisasi TW II": 500_000_000},
        {"Kode": "P0", "Program": "Program penunjang", "Kode Sasaran": "S1", "Pagu": 3_000_000_000}
        | {"Realisasi TW II": 2_000_000_000},
    ]
    new_workbook(path, pengaturan=SETTINGS, kinerja=rows, anggaran=budgets)
    return path


def test_export_csv_for_excel_in_indonesian_settings(export_workbook, tmp_path):
    out = tmp_path / "efisiensi.csv"
    result = invoke(
        "export", export_workbook, "--format", "csv", "--table", "efisiensi", "--excel-id", "-o", out
    )
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the file as UTF-8
    lines = data.decode("utf-8-sig").split("\r\n")
    # The APBD-P's pagu_pk and pagu_perubahan last (the columns before are pinned: README).
    header = "kode;tingkat;uraian;capaian;pagu;realisasi_anggaran;penyerapan;efisiensi;pagu_pk;pagu_perubahan"
    header += ";pemerintah_daerah;perangkat_daerah;tahun;triwulan;semester;tahunan"  # then the period (fix16)
    assert lines[0] == header
    # S1's budget: P1 1.000.000.000 (its parent) + P0 3.000.000.000 = 4.000.000.000; spent
    # 400 + 500 + 2.000 million = 2.900.000.000 -> 72,50 %. S1 capaian 29 / 40,71 = 71,2356 %, so
    # efisiensi 71,2356 - 72,5 = -1,2644 -> (1,26); T1 capaian 80 / 200 = 40 % -> (32,50).
    rows = {line.split(";")[0]: line.split(";") for line in lines[1:] if line}
    assert rows["T1"][3:8] == ["40,00", "4.000.000.000", "2.900.000.000", "72,50", "(32,50)"]
    assert rows["S1"][2:8] == ["Sasaran satu", "71,24", "4.000.000.000", "2.900.000.000", "72,50", "(1,26)"]
    # No Pagu Perubahan: the PK's pagu is the pagu, no revised one.
    assert rows["T1"][8:10] == ["4.000.000.000", ""]
    # whose report and its period, as Pengaturan has them (SETTINGS), the year never "2.025"
    assert rows["T1"][10:] == [
        SETTINGS[c.P_PEMDA],
        SETTINGS[c.P_OPD],
        str(SETTINGS[c.P_TAHUN]),
        "2",
        "",
        "Tidak",
    ]
    # T2 waits for BPS data: Tabel 3.3 shows its status text as the capaian and Belum diketahui as the
    # efisiensi, and the CSV shows the cells as the sheet does.
    assert rows["T2"][3] == "Menunggu data BPS" and rows["T2"][7] == "Belum diketahui"
    indikator = invoke("export", export_workbook, "--format", "csv", "--table", "indikator", "--excel-id")
    lines = indikator.output.lstrip("\ufeff").splitlines()
    t2 = dict(zip(lines[0].split(";"), next(x for x in lines if x.startswith("T2;")).split(";")))
    assert (t2["capaian"], t2["kriteria"]) == ("Belum diketahui", "")  # Tabel 3.1 shows "-": no kriteria

    # Formula-like texts are still neutralised in this form.
    text = invoke("export", export_workbook, "--format", "csv", "--table", "indikator", "--excel-id").output
    assert '"Tujuan =HYPERLINK(""http://x"",""klik"")"' in text  # quoted, starts with a letter: kept
    plain = invoke("export", export_workbook, "--format", "csv", "--table", "efisiensi").output
    # the default is unchanged: commas, no BOM; 16 columns (8, pagu_pk, pagu_perubahan and the 6 of
    # whose report and its period: fix16), 15 commas
    assert "\ufeff" not in plain and plain.splitlines()[0].count(",") == 15

    assert invoke("export", export_workbook, "--excel-id").exit_code == 2  # only for CSV


def test_export_ringkasan_and_hierarchy_tables(export_workbook):
    from lkj_xl.core.export import to_frames

    result = invoke("export", export_workbook, "--table", "ringkasan")
    assert result.exit_code == 0, result.output
    tujuan = next(r for r in json.loads(result.output) if r["tingkat"] == "Tujuan")
    # T1 40 % (below 100, Sangat Rendah), T2 waiting for BPS data
    assert (tujuan["jumlah"], tujuan["tercapai"], tujuan["belum_tercapai"], tujuan["belum_diketahui"]) == (
        2,
        0,
        1,
        1,
    )
    assert tujuan["sangat_rendah"] == 1 and tujuan["sangat_tinggi"] == 0

    result = invoke("export", export_workbook, "--table", "hierarki")
    nodes = {r["jalur"]: r for r in json.loads(result.output)}
    assert list(nodes) == ["T1", "T1 > S1", "T1 > S1 > P1", "T2"]  # depth first, in workbook order
    assert nodes["T1"]["capaian_node"] == pytest.approx(40)  # 80 / 200
    assert nodes["T1 > S1 > P1"]["capaian_node"] == pytest.approx(125)  # Nilai Akhir 100 of 80
    assert nodes["T1 > S1 > P1"]["kriteria_node"] == "Sangat Tinggi" and nodes["T2"]["capaian_node"] is None

    csv_text = invoke(
        "export", export_workbook, "--format", "csv", "--table", "hierarki", "--excel-id"
    ).output
    (p1,) = [line.split(";") for line in csv_text.splitlines() if line.startswith("T1 > S1 > P1;")]
    assert p1[6:8] == ["125,00", "Sangat Tinggi"]

    frames = to_frames(load_report(export_workbook))
    assert set(frames) == {"indikator", "anggaran", "efisiensi", "ringkasan", "hierarki", "pemeriksaan"}
    assert frames["hierarki"]["jalur"].tolist() == list(nodes)
    assert frames["ringkasan"].set_index("tingkat").loc["Sasaran", "jumlah"] == 1


def test_run_skips_office_lock_files_that_a_glob_or_a_list_brings(workbook, tmp_path):
    # laporan.xlsx is open in Excel and in LibreOffice on the shared folder: `lkj-xl run dir/*.xlsx`
    # gets Excel's owner file ~$laporan.xlsx from the shell, and a file list can bring LibreOffice's
    # .~lock.laporan.xlsx# too. Neither is a workbook: read as one, each was "unreadable" (exit 2).
    owner = workbook.parent / f"~${workbook.name}"
    owner.write_bytes(b"\x00owner")
    libre = workbook.parent / f".~lock.{workbook.name}#"
    libre.write_text(",staf,komputer,02.12.2026 08:00,file:///home/staf/.config/libreoffice/4;")
    outdir = tmp_path / "keluar"
    result = CliRunner().invoke(
        main, ["run", str(owner), str(workbook), str(libre), "--no-pdf", "--outdir", str(outdir)]
    )
    assert result.exit_code == 0, result.stderr  # the one workbook is clean (see test_check_exit_codes)
    assert sorted(p.name for p in outdir.iterdir()) == ["laporan.xlsx"]  # built; nothing for the locks
    skipped = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == 2
    assert f"{owner}: skipped: an Office lock file" in skipped[0]
    assert f"{libre}: skipped: an Office lock file" in skipped[1]
    assert "1 workbooks done" in result.stderr  # the lock files are not counted as workbooks
    assert owner.read_bytes() == b"\x00owner"  # left alone: Excel still needs it

    # Only lock files: nothing to run is bad usage, not an empty success.
    result = CliRunner().invoke(main, ["run", str(owner), "--no-pdf", "--outdir", str(outdir)])
    assert result.exit_code == 2
    assert f"error: no workbook to run, only skipped files: {owner}" in result.stderr


def test_run_skips_a_rekap_workbook_and_says_a_folder_is_no_workbook(workbook, tmp_path):
    # The Bappeda saved its rekap.xlsx beside the agencies' workbooks: `lkj-xl run dir/*.xlsx` (every
    # cron run) logged it as ERROR "Sheet Pengaturan tidak ditemukan ..." and ended with exit 2. It is
    # skipped now (lkj-xl rekap skips it alike). `dir/*` brings a subfolder too: said to be a folder.
    rekap = workbook.parent / "rekap.xlsx"
    assert invoke("rekap", str(workbook), "-o", str(rekap)).exit_code == 0
    arsip = workbook.parent / "arsip"
    arsip.mkdir()
    outdir = tmp_path / "keluar"
    result = CliRunner().invoke(main, ["run", str(rekap), str(workbook), "--no-pdf", "--outdir", str(outdir)])
    assert result.exit_code == 0, result.stderr  # the one workbook is clean (see test_check_exit_codes)
    assert f"{rekap}: skipped: a rekap workbook (lkj-xl rekap), not an agency's workbook" in result.stderr
    assert sorted(p.name for p in outdir.iterdir()) == ["laporan.xlsx"]
    assert "1 workbooks done" in result.stderr

    result = CliRunner().invoke(main, ["run", str(arsip), str(workbook), "--no-pdf", "--outdir", str(outdir)])
    assert result.exit_code == 2  # a folder named is that name's failure; the workbook is still built
    assert (
        f"ERROR {arsip} is a folder, not a workbook (name its workbooks, e.g. {arsip / '*.xlsx'})"
        in result.stderr
    )
    assert "INFO" in result.stderr and f"{workbook}: built" in result.stderr


# ----------------------------------------------------------------------------------------- Ctrl-C
# Exit status 1 means "has galat" for check, run and rekap, so an interrupt must not end with click's
# "Aborted!" and 1: a cron wrapper would read a stopped run as a finished one with galat.


def test_ctrl_c_while_building_exits_130_and_leaves_the_workbook_as_it_was(workbook, monkeypatch):
    import os

    before = workbook.read_bytes()
    seen_midway: list[list[str]] = []

    def interrupted_fsync(fd):
        # Ctrl-C while the new workbook is being flushed to its temporary file beside the original.
        seen_midway.append(sorted(os.listdir(workbook.parent)))
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted_fsync)
    result = CliRunner().invoke(main, ["build", str(workbook)])
    assert result.exit_code == 130  # 128 + SIGINT, as a shell reports it
    assert result.stderr.strip() == "interrupted" and "Aborted!" not in result.output
    # The interrupt did hit in the middle of the write: the temporary file and the lock existed.
    assert any(name.endswith(".lkj-tmp") for name in seen_midway[0])
    assert any(name.endswith(".lkj-lock") for name in seen_midway[0])
    assert sorted(os.listdir(workbook.parent)) == ["laporan.xlsx"]  # neither is left
    assert workbook.read_bytes() == before


def test_ctrl_c_exits_130_from_check_whose_1_means_galat(workbook, monkeypatch):
    import lkj_xl.core.engine

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(lkj_xl.core.engine, "compute", interrupted)
    result = CliRunner().invoke(main, ["check", str(workbook)])
    assert result.exit_code == 130 and "interrupted" in result.stderr


def test_ctrl_c_at_the_smtp_password_prompt_exits_130(workbook, monkeypatch, tmp_path):
    # click turns Ctrl-C at a prompt into Abort (from the KeyboardInterrupt); CliRunner reads prompts
    # from its own input, so the interrupt is raised where the terminal would.
    import types

    import click.termui

    import lkj_xl.cli_smtp

    monkeypatch.setattr(
        lkj_xl.cli_smtp, "sys", types.SimpleNamespace(stdin=types.SimpleNamespace(isatty=lambda: True))
    )

    def ctrl_c(*args, **kwargs):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise click.Abort() from None  # as click.termui.prompt does

    monkeypatch.setattr(click.termui, "prompt", ctrl_c)
    monkeypatch.setattr(click, "prompt", ctrl_c)
    monkeypatch.setenv("HOME", str(tmp_path))  # no config file of the machine's user
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    env = {"LKJ_SMTP_HOST": "127.0.0.1", "LKJ_SMTP_USER": "program", "LKJ_SMTP_PASSWORD": ""}
    args = ["send", str(workbook), "--to", "a@example.go.id", "--from", "b@example.go.id"]
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 130, result.output
    assert "interrupted" in result.stderr and "Aborted!" not in result.output


def test_ctrl_c_on_a_terminal_stops_rekap_and_its_workers_with_130(tmp_path):
    import os
    import signal
    import time

    from tests.common import EXAMPLE

    folder = tmp_path / "opd"
    folder.mkdir()
    for i in range(1, 13):
        (folder / f"dinas-{i:02}.xlsx").write_bytes(EXAMPLE.read_bytes())
    listed = sorted(os.listdir(tmp_path))
    log = tmp_path.parent / f"{tmp_path.name}-stderr.txt"
    with open(log, "w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "lkj_xl.cli", "rekap", str(folder), "-o", str(tmp_path / "rekap.xlsx")]
            + ["--jobs", "2"],
            stdout=subprocess.DEVNULL,
            stderr=err,
            cwd=tmp_path,
            start_new_session=True,  # its own process group, as a terminal's foreground job
        )
        deadline = time.monotonic() + 60
        while "[1/12]" not in log.read_text() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.01)
        assert proc.poll() is None, log.read_text()  # still reading when interrupted
        # A terminal's Ctrl-C goes to the whole group: the main process and both workers.
        os.killpg(proc.pid, signal.SIGINT)
        code = proc.wait(timeout=60)  # before the workers ignored SIGINT this could hang forever
    stderr = log.read_text()
    assert code == 130, stderr
    assert stderr.rstrip().endswith("interrupted") and "Traceback" not in stderr
    assert sorted(os.listdir(tmp_path)) == listed  # no rekap.xlsx, no temporary file
    assert len(os.listdir(folder)) == 12


def test_export_to_a_file_is_atomic(workbook, tmp_path, monkeypatch):
    # An analyst's earlier export stays whole when the new one is interrupted while written (it was
    # truncated first, then written); Ctrl-C while flushing the temporary file beside it.
    import os

    out = tmp_path / "out" / "indikator.csv"
    out.parent.mkdir()
    out.write_text("earlier export\n", encoding="utf-8")

    def interrupted_fsync(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted_fsync)
    result = CliRunner().invoke(main, ["export", str(workbook), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 130
    assert out.read_text(encoding="utf-8") == "earlier export\n"
    assert os.listdir(out.parent) == ["indikator.csv"]  # no temporary file left
    monkeypatch.undo()
    assert invoke("export", workbook, "--format", "csv", "-o", out).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("kode,")


def test_every_option_is_in_its_commands_synopsis_line():
    # The synopsis under "## Command line" is where a new admin looks up a command's options: an
    # option missing from its own line (export's --triwulan, serve's --workers) is one they do not
    # know exists. The SMTP options shared by send and run are listed under "Mail configuration".
    from lkj_xl.cli_smtp import smtp_options

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Command line", 1)[1].split("```", 2)[1]
    lines = {line.split()[1]: line for line in block.splitlines() if line.startswith("lkj-xl ")}
    smtp = {o for p in smtp_options(lambda: None).__click_params__ for o in p.opts + p.secondary_opts}
    missing = []
    for name, command in main.commands.items():
        assert name in lines, f"no synopsis line for `lkj-xl {name}`"
        for param in command.params:
            spellings = [*getattr(param, "opts", []), *getattr(param, "secondary_opts", [])]
            if not any(o.startswith("-") for o in spellings) or "--help" in spellings:
                continue  # an argument
            if set(spellings) & smtp:
                continue
            if not any(re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", lines[name]) for o in spellings):
                missing.append(f"lkj-xl {name} {spellings[0]}")
    assert not missing, missing
