"""Two new users (round 3): a Pemda IT admin running the CLI as the README says, mistyping as admins
do, and a staff member filling `lkj-xl new`'s template from the seed report by hand.

Found, and tested here:
- staff typed a note after a number in a realisasi cell ("4 koperasi" under Satuan %), and the galat
  told them to "Tulis skala dengan ribu/rb, juta/jt, miliar atau triliun": a scale word was never
  meant; it now says to type the number alone (4) and the note in Keterangan.
- the admin typed `build -o hasil.pdf` (meaning the PDF) or `new laporan.csv`: an Excel workbook was
  written under a name no program opens as one (a PDF viewer or Excel's CSV import fails on it); such a
  name is now refused, naming the file, exit 2, nothing written. Likewise `laporan -o LKjIP.pdf` (a Word
  document named .pdf), `pdf -o tabel.docx`, `export -o hasil.xlsx` (JSON named .xlsx).
- staff left one program's realisasi blank (the seed's P2.04, realised 0) while every other row had TW
  II typed: the report said "Belum ada realisasi" and counted it as not measured, without a word (the
  Anggaran sheet points out the same blank); now a peringatan at the cell says to type the figure,
  "nihil" or "-".
- the admin typed `build laporan.xlsx -o hasil.xlsm` (or built an .xlsm to .xlsx): Excel opened
  neither; refused, naming the extension to use.
- the admin gave a PDF, a CSV or a SIPD "Excel" export (an HTML table) renamed .xlsx: "it is not a ZIP
  archive"; now the message says which of them it is and how to get a workbook.
- the admin typed an option twice (`--triwulan 1 ... --triwulan 2`, `-o a.xlsx -o b.xlsx`): the last
  one silently won; now refused, naming both values, exit 2 (click's usage error), nothing written.
- `send --tls --no-tls`: the report went out unencrypted (the later flag won); now refused, exit 2.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core.model import GALAT
from tests.test_engine import kinerja_row, run

EXAMPLE = Path(__file__).resolve().parents[1] / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"

# --- a note typed after the number: the galat says what to type -----------------------------------


def _koperasi(tw2):
    """Sasaran 2 of the seed (Tabel 3.1): 40,71 %, TW I 25, TW II 4 (seed: 25 + 4 = 29, capaian 71)."""
    return kinerja_row("S2", "Sasaran", "", "Meningkatnya kualitas Koperasi", "Persentase koperasi taat", "40,71%", (25, tw2, None, None), satuan="%")  # fmt: skip


def test_a_note_after_a_realisasi_says_type_the_number_alone_and_the_note_in_keterangan():
    report = run([_koperasi("4 koperasi")], triwulan=2)
    (pesan,) = [f.pesan for f in report.findings if f.severity == GALAT and f.sel == "L2"]
    assert "'4 koperasi'" in pesan
    # what to type: the number alone, the note in Keterangan; no scale word was meant
    assert "Tulis angkanya saja (4)" in pesan and "Keterangan" in pesan
    assert "Tulis skala dengan" not in pesan


def test_after_the_fix_the_capaian_is_the_seeds():
    # what the staff type once they follow the galat: 4 alone. 25 + 4 = 29 (Kumulatif);
    # 29 / 40,71 x 100 = 71,236... (the seed prints 71)
    report = run([_koperasi(4)], triwulan=2)
    (ind,) = report.indicators
    assert ind.realisasi == 29
    assert ind.capaian == pytest.approx(float(Fraction(29) / Fraction("40.71") * 100))
    assert not report.errors


def test_a_misspelt_scale_word_keeps_its_suggestion():
    report = run([_koperasi("4 jtua")], triwulan=2)
    (pesan,) = [f.pesan for f in report.findings if f.severity == GALAT and f.sel == "L2"]
    assert "maksud Anda 'juta'" in pesan


# --- the output named as another kind of file ----------------------------------------------------


@pytest.mark.parametrize("name", ["hasil.pdf", "hasil.csv", "hasil.xls", "hasil.json", "hasil"])
def test_build_refuses_an_output_not_named_as_a_workbook(tmp_path, name):
    out = tmp_path / name
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert name in result.output and ".xlsx" in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_build_to_a_pdf_name_points_at_the_pdf_command(tmp_path):
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "-o", str(tmp_path / "hasil.pdf")])
    assert "lkj-xl pdf" in result.output


@pytest.mark.parametrize("name", ["laporan.csv", "laporan.xls", "laporan.ods"])
def test_new_refuses_a_name_excel_does_not_open_as_this_workbook(tmp_path, name):
    out = tmp_path / name
    result = CliRunner().invoke(main, ["new", str(out)])
    assert result.exit_code == 2, result.output
    assert name in result.output
    assert list(tmp_path.iterdir()) == []


def test_build_and_new_accept_xlsx_in_any_case(tmp_path):
    assert CliRunner().invoke(main, ["new", str(tmp_path / "A.XLSX")]).exit_code == 0
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "-o", str(tmp_path / "hasil.Xlsx")])
    assert result.exit_code == 0, result.output


# --- an option typed twice ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["check", str(EXAMPLE), "--triwulan", "1", "--triwulan", "2"],
        ["check", str(EXAMPLE), "--triwulan=1", "--triwulan", "2"],
        ["build", str(EXAMPLE), "-o", "a.xlsx", "--output", "b.xlsx"],
        ["export", str(EXAMPLE), "--format", "json", "--format", "csv"],
    ],
)
def test_an_option_given_twice_is_refused(tmp_path, args, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "given twice" in result.output
    assert list(tmp_path.iterdir()) == []


def test_an_option_repeated_by_design_or_with_the_same_value_stays_allowed(tmp_path, monkeypatch):
    # send takes --to several times; the same value typed twice leaves no doubt
    monkeypatch.chdir(tmp_path)
    env = {"HOME": str(tmp_path), "LKJ_SMTP_HOST": "", "LKJ_SMTP_FROM": ""}
    args = ["send", str(EXAMPLE), "--to", "a@example.go.id", "--to", "b@example.go.id", "--dry-run", "m.eml"]
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 0, result.output
    assert "a@example.go.id" in (tmp_path / "m.eml").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(EXAMPLE), "--triwulan", "2", "--triwulan=2"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("both", [["--tls", "--no-tls"], ["--no-tls", "--starttls"], ["--tls", "--starttls"]])
def test_two_smtp_security_modes_are_refused_before_anything_is_sent(tmp_path, smtp_server, both):
    # `--tls --no-tls`: the report went out unencrypted (the last flag won) without a word
    server = smtp_server()
    args = ["send", str(EXAMPLE), "--to", "bappeda@example.go.id", "--from", "dinas@example.go.id"]
    args += ["--smtp-host", "127.0.0.1", "--smtp-port", str(server.port), *both]
    result = CliRunner().invoke(main, args, env={"HOME": str(tmp_path)})
    assert result.exit_code == 2, result.output
    assert both[0] in result.output and both[1] in result.output
    assert server.handler.received == []


@pytest.mark.parametrize(
    ("args", "name", "want"),
    [
        (["pdf", str(EXAMPLE), "-o"], "tabel.docx", ".pdf"),
        (["pdf", str(EXAMPLE), "-o"], "tabel.xlsx", ".pdf"),
        (["laporan", str(EXAMPLE), "-o"], "LKjIP.pdf", ".docx"),
        (["export", str(EXAMPLE), "-o"], "hasil.xlsx", ".json"),
        (["export", str(EXAMPLE), "--format", "csv", "-o"], "hasil.json", ".csv"),
    ],
)
def test_an_output_named_as_another_kind_of_file_is_refused(tmp_path, args, name, want):
    # `laporan -o LKjIP.pdf` wrote a Word document named .pdf, `pdf -o tabel.docx` a PDF named .docx,
    # `export -o hasil.xlsx` JSON named .xlsx: none opens where the admin double-clicks it
    out = tmp_path / name
    result = CliRunner().invoke(main, [*args, str(out)])
    assert result.exit_code == 2, result.output
    assert name in result.output and want in result.output
    assert list(tmp_path.iterdir()) == []


def test_export_to_a_text_name_or_none_stays_allowed(tmp_path):
    for name in ("hasil.txt", "hasil"):
        result = CliRunner().invoke(main, ["export", str(EXAMPLE), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output


def _main_content_type(path: Path) -> str:
    import re
    import zipfile

    types = zipfile.ZipFile(path).read("[Content_Types].xml").decode()
    (main_type,) = re.findall(r'PartName="/xl/workbook.xml" ContentType="([^"]+)"', types)
    return main_type


def test_build_o_keeps_the_workbooks_kind_in_its_name(tmp_path):
    # `build laporan.xlsx -o hasil.xlsm` wrote a workbook without macros named .xlsm (and an .xlsm's
    # build named .xlsx kept its macros): Excel opens neither ("the file format or file extension is
    # not valid"). Refused, naming the extension to use; nothing written.
    assert "sheet.main+xml" in _main_content_type(EXAMPLE)  # the example has no macros
    out = tmp_path / "hasil.xlsm"
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert "hasil.xlsm" in result.output and ".xlsx" in result.output
    assert list(tmp_path.iterdir()) == []


def test_an_xlsm_builds_to_an_xlsm_only(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["new", "dinas.xlsm", "--xlsm"]).exit_code == 0
    assert "macroEnabled" in _main_content_type(tmp_path / "dinas.xlsm")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = CliRunner().invoke(main, ["build", "dinas.xlsm", "-o", "hasil.xlsx"])
    assert result.exit_code == 2, result.output
    assert "hasil.xlsx" in result.output and ".xlsm" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    result = CliRunner().invoke(main, ["build", "dinas.xlsm", "-o", "hasil.xlsm"])
    assert result.exit_code == 0, result.output
    assert "macroEnabled" in _main_content_type(tmp_path / "hasil.xlsm")


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
        (b"Kode;Program;Pagu\nP2.01;PROGRAM PENGAWASAN;41.000.000\n", "a text file (CSV"),
        ("\ufeffKode,Program\nP2.01,Pengawasan\n".encode(), "a text file (CSV"),
        (b'<html xmlns:x="urn:schemas-microsoft-com:office:excel"><table><tr><td>1</td></tr>', "a web page"),
        (b"\r\n<!DOCTYPE html>\r\n<html><body><table>", "a web page"),
    ],
)
def test_a_file_renamed_xlsx_says_what_it_is(tmp_path, content, said):
    # a PDF, a CSV or a SIPD "Excel" export (an HTML table named .xls) renamed .xlsx: "it is not a ZIP
    # archive" left the admin guessing; it now says what the file is and how to get a workbook
    book = tmp_path / "laporan.xlsx"
    book.write_bytes(content)
    result = CliRunner().invoke(main, ["check", str(book)])
    assert result.exit_code == 2, result.output
    assert "laporan.xlsx" in result.output and said in result.output
    assert book.read_bytes() == content


# --- an indicator whose reported quarter and every quarter before it are left blank ----------------


def _program(kode, tws):
    return kinerja_row(kode, "Program", "S2", "Program koperasi", f"Persentase {kode}", "22,98%", tws)


def test_an_indicator_left_blank_while_the_others_have_the_quarter_typed_is_pointed_out():
    # The seed's P2.04 (Tabel 3.2: 0 of 22,98 %, capaian 0) left blank by the staff: it was "Belum ada
    # realisasi", counted among the indicators that cannot be measured, without a word, where the
    # Anggaran sheet points out the same blank. No figure is invented: it stays belum diketahui.
    rows = [_koperasi(4), _program("P2.03", (None, 0, None, None)), _program("P2.04", (None,) * 4)]
    report = run(rows, triwulan=2)
    said = [f.pesan for f in report.findings if f.sheet == "Kinerja" and f.sel == "L4"]
    assert len(said) == 1, report.findings
    assert "Realisasi TW II" in said[0] and "kosong" in said[0] and '"nihil"' in said[0]
    (p204,) = [i for i in report.indicators if i.kode == "P2.04"]
    assert p204.capaian is None and p204.status == "Belum ada realisasi"


def test_no_quarter_typed_anywhere_yet_stays_quiet():
    # a first draft: targets typed, no realisasi in any row yet
    rows = [_koperasi(None), _program("P2.04", (None,) * 4)]
    rows[0] = kinerja_row("S2", "Sasaran", "", "Koperasi", "Persentase koperasi taat", "40,71%", (None,) * 4)
    report = run(rows, triwulan=2)
    assert not [f for f in report.findings if f.sheet == "Kinerja" and f.sel.startswith("L")]


# --- the staff's own typing into the template, end to end ------------------------------------------


def test_the_template_filled_by_hand_gives_the_seeds_sasaran_2(tmp_path):
    """`lkj-xl new`, then Sasaran 2 of the seed typed as a person types it (Indonesian numbers as
    text, "10,2 jt", "-" for nothing spent, Triwulan "II", Jenis Realisasi left blank), then built."""
    import openpyxl

    book = tmp_path / "laporan.xlsx"
    assert CliRunner().invoke(main, ["new", str(book)]).exit_code == 0
    wb = openpyxl.load_workbook(book)
    settings = {"Pemerintah Daerah": "Kabupaten Lumajang", "Perangkat Daerah": "Dinas Koperasi", "Tahun": "2025", "Triwulan": "II"}  # fmt: skip
    for row in wb["Pengaturan"].iter_rows(min_row=4):
        if row[0].value in settings:
            row[1].value = settings[row[0].value]
    kinerja = [  # Kode, Tingkat, Kode Induk, Uraian, Indikator, Satuan, Target, TW I, TW II (seed Tabel 3.1/3.2)
        ("T2", "Tujuan", None, "Meningkatnya investasi inklusif", "Nilai Investasi", "Rupiah", "1.282.684,40 juta", "193.900 juta", "-"),
        ("S2", "Sasaran", "T2", "Meningkatnya kualitas Koperasi", "Persentase koperasi taat", "%", "40,71%", 25, 4),
        ("P2.01", "Program", "S2", "PROGRAM PENGAWASAN", "Persentase pengawasan", "%", "54,27%", None, "0,8%"),
        ("P2.02", "Program", "S2", "PROGRAM PENILAIAN KESEHATAN", "Persentase koperasi sehat", "%", "56,67%", None, "96,05%"),
    ]  # fmt: skip
    for r, values in enumerate(kinerja, start=4):
        for col, value in zip((1, 2, 3, 4, 5, 6, 9, 11, 12), values, strict=True):
            wb["Kinerja"].cell(r, col).value = value
    anggaran = [  # Kode, Program, Kode Sasaran, Pagu, Realisasi TW II (seed Tabel 3.4, s.d. 30 Juni)
        ("P0", "PROGRAM PENUNJANG URUSAN", "S2", 12076486014, "5.059.823.310"),
        ("P2.01", "PROGRAM PENGAWASAN", None, "41.000.000", "8.000.000"),
        ("P2.02", "PROGRAM PENILAIAN KESEHATAN", None, 54888000, "-"),
        ("P2.04", "PROGRAM PEMBERDAYAAN KOPERASI", "S2", "1.888.172.939", "10,2 jt"),
    ]
    for r, values in enumerate(anggaran, start=4):
        for col, value in zip((1, 2, 3, 4, 7), values, strict=True):
            wb["Anggaran"].cell(r, col).value = value
    wb.save(book)

    result = CliRunner().invoke(main, ["build", str(book)])
    assert result.exit_code == 0, result.output
    assert "0 galat" in result.output, result.output
    out = openpyxl.load_workbook(book)
    rows = {r[1]: r for r in out["Efisiensi"].iter_rows(values_only=True) if r[1]}
    s2 = rows["Meningkatnya kualitas Koperasi"]
    # capaian 25 + 4 = 29 of 40,71 (Kumulatif): 71,2355... (seed 71)
    capaian = Fraction(29) / Fraction("40.71") * 100
    # penyerapan: (5.059.823.310 + 8.000.000 + 0 + 10.200.000) / (12.076.486.014 + 41.000.000
    # + 54.888.000 + 1.888.172.939) = 5.078.023.310 / 14.060.546.953 = 36,115... (the seed's Sasaran 2,
    # 14.162.109.953, adds P2.03's 101.563.000, left out here)
    pagu = 12076486014 + 41000000 + 54888000 + 1888172939
    spent = 5059823310 + 8000000 + 10200000
    penyerapan = Fraction(spent, pagu) * 100
    assert (s2[4], s2[5]) == (pagu, spent)
    assert s2[3] == pytest.approx(float(capaian))
    assert s2[6] == pytest.approx(float(penyerapan))
    # Tabel 3.3's efisiensi is the capaian shown minus the penyerapan shown, so the row adds up as
    # printed: 71,2355... shown 71,24, 36,1154... shown 36,12, so 71,24 - 36,12 = 35,12
    shown = round(capaian, 2) - round(penyerapan, 2)
    assert (round(capaian, 2), round(penyerapan, 2)) == (Fraction("71.24"), Fraction("36.12"))
    assert s2[7] == pytest.approx(float(shown)) and float(shown) == pytest.approx(35.12)
    t2 = rows["Meningkatnya investasi inklusif"]
    # 193.900 juta of 1.282.684,40 juta: 15,1167... (seed 15,12)
    assert t2[3] == pytest.approx(float(Fraction(193900, 1) / Fraction("1282684.40") * 100))
    program = {r[1]: r for r in out["Capaian Program"].iter_rows(values_only=True) if r[1]}
    assert any(  # P2.02: 96,05 of 56,67 = 169,49 % (seed 170)
        v == pytest.approx(float(Fraction("96.05") / Fraction("56.67") * 100))
        for v in sum(program.values(), ())
        if isinstance(v, float)
    )
