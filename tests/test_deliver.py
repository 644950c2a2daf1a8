"""lkj-xl pdf / send / run end to end: real LibreOffice, a real SMTP server on loopback."""

from __future__ import annotations

import email
import email.policy
import io
import json
import re
import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.build import load_report
from lkj_xl.cli import main
from lkj_xl.core import contract as c
from tests.common import EXAMPLE, smtp_args
from tests.helpers_print import docx_text

needs_soffice = pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice (soffice) not installed"
)


@pytest.fixture
def smtp(smtp_server):
    """A real SMTP server on loopback (conftest.py): (its recorder, its port)."""
    server = smtp_server()
    return server.handler, server.port


def words(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", text).split()).casefold()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@needs_soffice
@pytest.mark.slow
def test_pdf_has_every_table_and_indicator(tmp_path):
    out = tmp_path / "laporan.pdf"
    original = EXAMPLE.read_bytes()
    result = CliRunner().invoke(main, ["pdf", str(EXAMPLE), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert EXAMPLE.read_bytes() == original  # the workbook is not touched

    from pypdf import PdfReader

    reader = PdfReader(out)
    portrait = []
    for i, page in enumerate(reader.pages):
        size = sorted((float(page.mediabox.width), float(page.mediabox.height)))
        assert abs(size[0] - 595) < 2 and abs(size[1] - 842) < 2  # A4 in points
        if float(page.mediabox.width) < float(page.mediabox.height):
            portrait.append(i)
    # The tables are landscape; only the running text of Analisis Capaian is portrait, in one run.
    assert portrait == list(range(portrait[0], portrait[0] + len(portrait)))
    assert "Analisis Capaian Kinerja" in (reader.pages[portrait[0]].extract_text() or "")
    text = words(pdf_text(out))
    for title in ("Tabel 3.1", "Tabel 3.2", "Tabel 3.3", "Tabel 3.4"):
        assert words(title) in text
    report = load_report(EXAMPLE)
    # Every indicator of the example appears (cells wrap, so compare word sequences of the start).
    for ind in report.indicators:
        head = " ".join(words(ind.indikator).split()[:3])
        assert head in text, ind.indikator
    assert "muhammad ridha" in text  # signature block (seed line 1075)
    # ...under the last table: the last page ends with it
    last_page = words(reader.pages[-1].extract_text() or "")
    assert "muhammad ridha" in last_page and "19731118 199303 1 002" in last_page
    # A page rendered to PNG for the test log (pdftoppm from poppler-utils).
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
            check=True,
        )
        assert list(tmp_path.glob("page*.png"))


@needs_soffice
@pytest.mark.slow
def test_pdf_of_one_sheet(tmp_path):
    out = tmp_path / "efisiensi.pdf"
    result = CliRunner().invoke(main, ["pdf", str(EXAMPLE), "-o", str(out), "--sheet", c.SHEET_EFISIENSI])
    assert result.exit_code == 0, result.output
    text = words(pdf_text(out))
    assert "tabel 3 3" in text and "tabel 3 1" not in text


def test_pdf_without_libreoffice_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("LKJ_SOFFICE", str(tmp_path / "no-such-soffice"))
    monkeypatch.setenv("PATH", str(tmp_path))
    result = CliRunner().invoke(main, ["pdf", str(EXAMPLE), "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 3
    assert "libreoffice" in result.output.lower()


def test_send_dry_run_writes_the_whole_message(tmp_path):
    eml = tmp_path / "pesan.eml"
    result = CliRunner().invoke(
        main,
        [
            "send",
            str(EXAMPLE),
            "--to",
            "bappeda@example.go.id",
            "--from",
            "program@example.go.id",
            "--dry-run",
            str(eml),
        ],
        env={"LKJ_SMTP_HOST": ""},
    )
    assert result.exit_code == 0, result.output
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["To"] == "bappeda@example.go.id"
    assert "Triwulan II" in msg["Subject"] and "2025" in msg["Subject"]
    body = msg.get_body(preferencelist=("plain",)).get_content()
    # Sasaran counts of the seed (lines 524-526): 4 indicators, 0 at >= 100 %, 1 below, 3 unknown
    assert "Sasaran: 4 indikator; capaian ≥ 100%: 0; di bawah 100%: 1; belum diketahui: 3" in body
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_filename() == EXAMPLE.name
    # The example was never built: the attachment carries the output sheets, built for the mail.
    sheets = openpyxl.load_workbook(io.BytesIO(attachment.get_content())).sheetnames
    # The example's own sheets (with Narasi, the Word report's texts), then the output sheets.
    assert sheets == ["Petunjuk", "Pengaturan", "Kinerja", "Anggaran", "Analisis", "Narasi", *c.OUTPUT_SHEETS]


def test_send_dry_run_reads_the_config_file_as_a_real_send_would(tmp_path):
    # A dry run is how an admin tries a new config file. It used to ignore every config error: a
    # --config path mistyped, or a [stmp] section, wrote the .eml (From the placeholder) with exit 0,
    # where the real send stops with exit 2 naming the file. Only the server may be left out.
    def dry_run(config: Path):
        eml = tmp_path / "pesan.eml"
        eml.unlink(missing_ok=True)
        args = ["send", str(EXAMPLE), "--to", "bappeda@example.go.id", "--dry-run", str(eml)]
        result = CliRunner().invoke(main, [*args, "--config", str(config)], env={"LKJ_SMTP_HOST": ""})
        return result, eml

    result, eml = dry_run(tmp_path / "konfig.toml")  # no such file
    assert result.exit_code == 2, result.output
    assert "konfig.toml" in result.output and not eml.exists()

    typo = tmp_path / "typo.toml"
    typo.write_text('[stmp]\nfrom = "program@example.go.id"\n', encoding="utf-8")
    result, eml = dry_run(typo)
    assert result.exit_code == 2, result.output
    assert "[stmp]" in result.output and not eml.exists()

    good = tmp_path / "good.toml"
    good.write_text('[smtp]\nfrom = "program@example.go.id"\n', encoding="utf-8")  # no host: fine
    result, eml = dry_run(good)
    assert result.exit_code == 0, result.output
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["From"] == "program@example.go.id"

    # A login without its password: a real send asks for it (or stops without a terminal); a dry run
    # logs in nowhere, so it is not asked for.
    eml.unlink()
    args = ["send", str(EXAMPLE), "--to", "bappeda@example.go.id", "--dry-run", str(eml)]
    env = {"LKJ_SMTP_HOST": "mail.example.go.id", "LKJ_SMTP_USER": "program", "LKJ_SMTP_PASSWORD": ""}
    result = CliRunner().invoke(main, [*args, "--config", str(good)], env=env)
    assert result.exit_code == 0, result.output
    assert eml.exists()


def test_send_laporan_attaches_the_word_report_of_the_same_computation(tmp_path):
    eml = tmp_path / "pesan.eml"
    args = ["send", EXAMPLE, "--to", "bappeda@example.go.id", "--laporan", "--dry-run", eml]
    result = CliRunner().invoke(main, [str(a) for a in args], env={"LKJ_SMTP_HOST": ""})
    assert result.exit_code == 0, result.output
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    names = [a.get_filename() for a in msg.iter_attachments()]
    assert names == [EXAMPLE.name, EXAMPLE.stem + ".docx"]
    body = msg.get_body(preferencelist=("plain",)).get_content()
    text = docx_text(
        next(a for a in msg.iter_attachments() if a.get_filename().endswith(".docx")).get_content()
    )
    # Seed Tabel 3.4 raw data: 6.835.975.140 / 27.805.047.633 = 24,59 % (the seed prints 25): the
    # body and the Word report say the same figure.
    assert "Rp 6.835.975.140 dari pagu Rp 27.805.047.633 (24,59%)" in body
    assert "24,59" in text and "27.805.047.633" in text
    # Nilai Investasi (seed l.359/504): 193.900 juta / 1.282.684,40 juta = 15,12 %.
    assert "15,12" in text and "BAB III" in text.upper()
    assert not EXAMPLE.with_suffix(".docx").exists()  # nothing written beside the user's workbook


def test_run_laporan_writes_the_word_report_beside_the_built_workbook(tmp_path):
    outdir = tmp_path / "hasil"
    result = CliRunner().invoke(main, ["run", str(EXAMPLE), "--no-pdf", "--laporan", "--outdir", str(outdir)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in outdir.iterdir()) == [EXAMPLE.stem + ".docx", EXAMPLE.name]
    text = docx_text((outdir / (EXAMPLE.stem + ".docx")).read_bytes())
    assert "24,59" in text and "15,12" in text


@needs_soffice
@pytest.mark.slow
def test_send_over_smtp_with_pdf(smtp, tmp_path):
    inbox, port = smtp
    workbook = tmp_path / EXAMPLE.name
    workbook.write_bytes(EXAMPLE.read_bytes())
    result = CliRunner().invoke(
        main,
        [
            "send",
            str(workbook),
            "--to",
            "a@example.go.id",
            "--cc",
            "b@example.go.id",
            "--pdf",
            *smtp_args(port),
        ],
        env={"LKJ_SMTP_USER": "", "LKJ_SMTP_PASSWORD": ""},
    )
    assert result.exit_code == 0, result.output
    ((rcpts, msg),) = inbox.messages
    assert sorted(rcpts) == ["a@example.go.id", "b@example.go.id"]
    parts = {a.get_filename(): a for a in msg.iter_attachments()}
    assert (
        c.SHEET_RINGKASAN in openpyxl.load_workbook(io.BytesIO(parts[workbook.name].get_content())).sheetnames
    )
    assert workbook.read_bytes() == EXAMPLE.read_bytes()  # the user's file is not touched
    pdf = parts[workbook.stem + ".pdf"]
    assert pdf.get_content_type() == "application/pdf" and pdf.get_content()[:5] == b"%PDF-"


def test_send_rejects_header_injection(tmp_path):
    result = CliRunner().invoke(
        main,
        [
            "send",
            str(EXAMPLE),
            "--to",
            "a@example.go.id",
            "--from",
            "p@example.go.id",
            "--subject",
            "Laporan\r\nBcc: x@evil.example",
            "--dry-run",
            str(tmp_path / "x.eml"),
        ],
    )
    assert result.exit_code == 2
    assert not (tmp_path / "x.eml").exists()


@needs_soffice
@pytest.mark.slow
def test_run_processes_every_workbook_and_reports_failures(smtp, tmp_path):
    inbox, port = smtp
    good = tmp_path / "in" / "dinas-a.xlsx"
    good.parent.mkdir()
    good.write_bytes(EXAMPLE.read_bytes())
    broken = tmp_path / "in" / "dinas-b.xlsx"
    broken.write_bytes(b"not a workbook")
    outdir = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        [
            "run",
            str(broken),
            str(good),
            "--outdir",
            str(outdir),
            "--send-to",
            "bappeda@example.go.id",
            *smtp_args(port),
        ],
        env={"LKJ_SMTP_USER": "", "LKJ_SMTP_PASSWORD": ""},
    )
    assert result.exit_code == 2, result.output  # one workbook could not be read
    assert (outdir / "dinas-a.xlsx").exists() and (outdir / "dinas-a.pdf").exists()
    assert good.read_bytes() == EXAMPLE.read_bytes()  # --outdir leaves the inputs alone
    assert len(inbox.messages) == 1  # the good one was still sent
    assert "dinas-b.xlsx" in result.output


def test_run_batch_is_a_library_function_with_a_log_callback(tmp_path):
    # lkj-xl run without the CLI: build only (no PDF, no mail), each workbook's outcome returned.
    from lkj_xl.delivery.batch import RunOptions, run_batch
    from lkj_xl.errors import EXIT_UNREADABLE

    good = tmp_path / "in" / "dinas-a.xlsx"
    good.parent.mkdir()
    good.write_bytes(EXAMPLE.read_bytes())
    broken = tmp_path / "in" / "dinas-b.xlsx"
    broken.write_bytes(b"not a workbook")
    lines: list[tuple[str, str]] = []
    options = RunOptions(with_pdf=False, outdir=tmp_path / "out")
    result = run_batch([broken, good], options, lambda level, text: lines.append((level, text)))

    assert list(result.outcomes) == [str(broken), str(good)]  # in the order given
    assert result.outcomes[str(broken)] == EXIT_UNREADABLE
    assert result.failed == [str(broken)] and result.status == EXIT_UNREADABLE  # the most serious
    assert (tmp_path / "out" / "dinas-a.xlsx").exists() and not (tmp_path / "out" / "dinas-a.pdf").exists()
    assert any(level == "ERROR" and text.startswith(str(broken)) for level, text in lines)
    assert any(level == "INFO" and text.startswith(f"{good}: built") for level, text in lines) or any(
        level == "WARNING" and text.startswith(f"{good}: built") for level, text in lines
    )
    assert lines[-1] == ("ERROR", f"1 of 2 workbooks failed: {broken}")


# --------------------------------------------------------------------------- one computation per mail
# A small workbook typed as staff type it. Figures below are derived by hand from its cells.

SETTINGS = {
    c.P_PEMDA: "Kabupaten Contoh",
    c.P_OPD: "Dinas Contoh",
    c.P_TAHUN: 2025,
    c.P_TRIWULAN: 2,
    c.P_KEPALA: "Drs. Kepala Contoh",
    c.P_JABATAN: "Kepala Dinas Contoh",
    c.P_NIP: "19700101 199001 1 001",
    c.P_TEMPAT: "Lumajang",
    c.P_TANGGAL: "4 Juli 2025",
}


def small_workbook(path: Path, s1_tw2: object, p0_tw2: object) -> Path:
    """Kinerja rows 4-5 (header on row 3), Anggaran row 4; S1's TW II is Kinerja!L5, P0's is Anggaran!G4."""
    from lkj_xl.xlsx.template import new_workbook

    kinerja = [
        {
            "Kode": "T1",
            "Tingkat": "Tujuan",
            "Uraian": "Tujuan satu",
            "Indikator": "Nilai investasi",
            "Satuan": "%",
            "Target": 200,
            "Realisasi TW I": 50,
            "Realisasi TW II": 30,
        },
        {
            "Kode": "S1",
            "Tingkat": "Sasaran",
            "Kode Induk": "T1",
            "Uraian": "Sasaran satu",
            "Indikator": "Persentase A",
            "Satuan": "%",
            "Target": "40,71%",
            "Realisasi TW I": 25,
            "Realisasi TW II": s1_tw2,
        },
    ]
    anggaran = [
        {
            "Kode": "P0",
            "Program": "Program penunjang",
            "Kode Sasaran": "S1",
            "Pagu": 1_500_000_000,
            "Realisasi TW I": 100_000_000,
            "Realisasi TW II": p0_tw2,
        }
    ]
    new_workbook(path, pengaturan=SETTINGS, kinerja=kinerja, anggaran=anggaran)
    return path


def stale_workbook(path: Path) -> Path:
    """Built with an unreadable S1 TW II ("12,3,4") and P0 TW II 150.000.000, then edited (as in Excel,
    here with openpyxl) to S1 TW II 20 and P0 TW II 350.000.000 without building again."""
    small_workbook(path, "12,3,4", 150_000_000)
    assert CliRunner().invoke(main, ["build", str(path)]).exit_code == 0
    wb = openpyxl.load_workbook(path)
    wb["Kinerja"]["L5"] = 20
    wb["Anggaran"]["G4"] = 350_000_000
    wb.save(path)
    # The output sheets on disk are stale: they still show the first version's budget total.
    assert total_row(openpyxl.load_workbook(path)[c.SHEET_REALISASI_ANGGARAN])[3:6] == [
        1_500_000_000,
        250_000_000,  # 100.000.000 + 150.000.000
        pytest.approx(250 / 1500 * 100),
    ]
    return path


def total_row(ws) -> list:
    (row,) = [list(r) for r in ws.iter_rows(values_only=True) if r[0] == "TOTAL"]
    return row


def row_with(ws, text: str) -> list:
    (row,) = [list(r) for r in ws.iter_rows(values_only=True) if text in r]
    return row


# The current figures (after the edit): S1 realisation 25 + 20 = 45 of 40,71 -> 110,538 % (Sangat
# Tinggi); budget 100.000.000 + 350.000.000 = 450.000.000 of 1.500.000.000 -> 30,00 %.
S1_CAPAIAN = 45 / 40.71 * 100
BODY_LINES = (
    "Tujuan: 1 indikator; capaian ≥ 100%: 0; di bawah 100%: 1; belum diketahui: 0",  # 80 of 200
    "Sasaran: 1 indikator; capaian ≥ 100%: 1; di bawah 100%: 0; belum diketahui: 0",
    "Realisasi anggaran: Rp 450.000.000 dari pagu Rp 1.500.000.000 (30,00%)",
)


def assert_current_attachment(data: bytes) -> None:
    """The attached workbook carries the current output sheets, with the figures of the body."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    written = c.written_sheets(False)  # no analysis input: no analysis sheet
    assert wb.sheetnames[-len(written) :] == list(written)
    s1 = row_with(wb[c.SHEET_CAPAIAN_TS], "Persentase A")
    assert s1[9] == 45 and s1[10] == pytest.approx(S1_CAPAIAN) and s1[11] == "Sangat Tinggi"
    assert total_row(wb[c.SHEET_REALISASI_ANGGARAN])[3:6] == [1_500_000_000, 450_000_000, pytest.approx(30)]
    # Ringkasan, row Sasaran: 1 indicator, 1 at >= 100 %, 0 below, 0 unknown (as the body says)
    (sasaran,) = [r for r in wb[c.SHEET_RINGKASAN].iter_rows(values_only=True) if r[1] == "Sasaran"]
    assert list(sasaran[2:6]) == [1, 1, 0, 0]
    assert not [r for r in wb[c.SHEET_PEMERIKSAAN].iter_rows(values_only=True) if r[1] == "Galat"]
    assert wb["Kinerja"]["L5"].value == 20  # the inputs are the ones the user saved


def pdftotext(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "terima.pdf"
    pdf.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@needs_soffice
@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
@pytest.mark.slow
def test_send_of_a_stale_workbook_attaches_prints_and_says_the_same_figures(smtp, tmp_path):
    inbox, port = smtp
    workbook = stale_workbook(tmp_path / "laporan-tw2.xlsx")
    before = workbook.read_bytes()
    result = CliRunner().invoke(
        main,
        ["send", str(workbook), "--to", "bappeda@example.go.id", "--pdf", *smtp_args(port)],
        env={"LKJ_SMTP_USER": "", "LKJ_SMTP_PASSWORD": "", "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"},
    )
    assert result.exit_code == 0, result.output
    assert workbook.read_bytes() == before  # byte-identical: the user's file is not touched

    ((_, msg),) = inbox.messages
    body = msg.get_body(preferencelist=("plain",)).get_content()
    for line in BODY_LINES:
        assert line in body
    assert "galat" not in body  # the stale sheets' galat is gone with the edit
    parts = {a.get_filename(): a.get_content() for a in msg.iter_attachments()}
    assert_current_attachment(parts["laporan-tw2.xlsx"])

    # The PDF, printed under an English locale, shows the same figures in Indonesian format.
    text = pdftotext(parts["laporan-tw2.pdf"], tmp_path)
    assert "110,54" in text and "Sangat Tinggi" in text  # S1's capaian, 110,538 rounded
    assert "1.500.000.000" in text and "450.000.000" in text and "30,00" in text
    assert "1,500,000,000" not in text and "110.54" not in text
    assert "Hasil Pemeriksaan" not in text  # the working sheet is not part of the signed report
    # one signature under each table (no analysis input: no analysis sheet)
    assert text.count("Drs. Kepala Contoh") == len(c.written_sheets(False, c.PRINTED_SHEETS))


def dry_run_send(workbook: Path, eml: Path, home: Path, *options: str):
    """``lkj-xl send WORKBOOK --to bappeda@example.go.id --dry-run EML``: no sender, no SMTP settings
    (a dry run needs none), HOME set so that no config file of the machine is read."""
    return CliRunner().invoke(
        main,
        ["send", str(workbook), "--to", "bappeda@example.go.id", *options, "--dry-run", str(eml)],
        env={"LKJ_SMTP_FROM": "", "LKJ_SMTP_HOST": "", "HOME": str(home)},
    )


def test_send_of_a_never_built_workbook_builds_the_attachment_only(tmp_path):
    workbook = small_workbook(tmp_path / "belum-dibangun.xlsx", 20, 350_000_000)
    before = workbook.read_bytes()
    eml = tmp_path / "pesan.eml"
    # No --from and no SMTP settings: a dry run needs no sender.
    result = dry_run_send(workbook, eml, tmp_path)
    assert result.exit_code == 0, result.output
    assert workbook.read_bytes() == before
    assert openpyxl.load_workbook(workbook).sheetnames == [
        "Petunjuk",
        "Pengaturan",
        "Kinerja",
        "Anggaran",
        "Analisis",
    ]
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["From"].addresses[0].domain.endswith(".invalid")  # a placeholder that cannot be sent
    body = msg.get_body(preferencelist=("plain",)).get_content()
    for line in BODY_LINES:
        assert line in body
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_filename() == "belum-dibangun.xlsx"
    assert_current_attachment(attachment.get_content())


def test_send_update_rebuilds_the_file_and_mails_that_build(tmp_path):
    workbook = stale_workbook(tmp_path / "laporan.xlsx")
    eml = tmp_path / "pesan.eml"
    result = dry_run_send(workbook, eml, tmp_path, "--update")
    assert result.exit_code == 0, result.output
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_content() == workbook.read_bytes()  # what was mailed is what is on disk now
    assert_current_attachment(workbook.read_bytes())


@needs_soffice
@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
@pytest.mark.parametrize("lang", ["C", "en_US.UTF-8"])
@pytest.mark.slow
def test_pdf_numbers_are_indonesian_whatever_the_locale(tmp_path, lang):
    out = tmp_path / "laporan.pdf"
    result = CliRunner().invoke(
        main,
        [
            "pdf",
            str(EXAMPLE),
            "-o",
            str(out),
            "--sheet",
            c.SHEET_CAPAIAN_PROGRAM,
            "--sheet",
            c.SHEET_EFISIENSI,
        ],
        env={"LANG": lang, "LC_ALL": lang, "LC_NUMERIC": lang},
    )
    assert result.exit_code == 0, result.output
    text = pdftotext(out.read_bytes(), tmp_path)
    # Seed: Nilai produksi industri target Rp 1.491.388.500.000 (line 825); Nilai Investasi capaian
    # 15,12 (line 504) against penyerapan 25,39, so efisiensi 15,12 - 25,39 = (10,27).
    for shown in ("1.491.388.500.000", "15,12", "(10,27)"):
        assert shown in text
    for us in ("1,491,388,500,000", "15.12", "(10.27)"):
        assert us not in text


@needs_soffice
@pytest.mark.slow
def test_pemeriksaan_prints_only_when_asked_and_unsigned(tmp_path):
    out = tmp_path / "pemeriksaan.pdf"
    result = CliRunner().invoke(main, ["pdf", str(EXAMPLE), "-o", str(out), "--sheet", "pemeriksaan"])
    assert result.exit_code == 0, result.output
    text = words(pdf_text(out))
    assert "hasil pemeriksaan" in text
    assert "muhammad ridha" not in text  # never signed


def test_pdf_of_an_unknown_sheet_is_a_usage_error(tmp_path):
    out = tmp_path / "x.pdf"
    result = CliRunner().invoke(main, ["pdf", str(EXAMPLE), "-o", str(out), "--sheet", "Efisensi"])
    assert result.exit_code == 2
    assert "Efisensi" in result.output
    for name in c.OUTPUT_SHEETS:  # the message lists the valid names
        assert name in result.output
    assert not out.exists()


def test_send_body_shows_the_total_penyerapan_with_the_workbooks_desimal(tmp_path):
    """Pengaturan Desimal 1: Tabel 3.4 shows the total penyerapan with one decimal ([$-421]#,##0.0),
    so the mail body must say the same figure, not a second rounding with two decimals."""
    workbook = small_workbook(tmp_path / "desimal.xlsx", 20, 351_234_567)
    wb = openpyxl.load_workbook(workbook)
    (row,) = [r for r in wb["Pengaturan"].iter_rows() if r[0].value == c.P_DESIMAL]
    row[1].value = 1
    wb.save(workbook)
    eml = tmp_path / "pesan.eml"
    result = dry_run_send(workbook, eml, tmp_path)
    assert result.exit_code == 0, result.output
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    body = msg.get_body(preferencelist=("plain",)).get_content()
    # Anggaran: TW I 100.000.000 + TW II 351.234.567 = 451.234.567 of pagu 1.500.000.000
    # -> 451234567 / 15000000 = 30,0823...% -> one decimal: 30,1 (two decimals would say 30,08).
    assert Fraction(451_234_567 * 100, 1_500_000_000) == Fraction(451_234_567, 15_000_000)
    assert Fraction(3005, 100) < Fraction(451_234_567, 15_000_000) < Fraction(301, 10)
    assert "Realisasi anggaran: Rp 451.234.567 dari pagu Rp 1.500.000.000 (30,1%)" in body
    (attachment,) = list(msg.iter_attachments())
    sheet = openpyxl.load_workbook(io.BytesIO(attachment.get_content()))[c.SHEET_REALISASI_ANGGARAN]
    (total,) = [r for r in sheet.iter_rows() if r[0].value == "TOTAL"]
    assert total[5].number_format.endswith("#,##0.0")  # the sheet's own format: one decimal


def test_send_body_says_why_the_budget_line_is_missing(tmp_path):
    """P0's Realisasi TW II typed "12,3,4" (Anggaran!G4) cannot be read: Tabel 3.4's TOTAL says Galat,
    so the mail body has no penyerapan; it used to leave the budget line out without a word."""
    workbook = small_workbook(tmp_path / "galat.xlsx", 20, "12,3,4")
    eml = tmp_path / "pesan.eml"
    result = dry_run_send(workbook, eml, tmp_path)
    assert result.exit_code in (0, 1), result.output  # 1: the workbook has a galat
    body = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    text = body.get_body(preferencelist=("plain",)).get_content()
    assert "Realisasi anggaran: Rp" not in text
    # the cell with its galat's own words (a repeated Kode is no unreadable cell: test_staff_round9)
    assert (
        "Realisasi anggaran: tidak dihitung karena galat pada isian anggaran: Anggaran!G4: Realisasi anggaran TW II "
        '"12,3,4" tidak dapat dibaca'
    ) in text


def test_export_says_galat_where_the_sheets_do(tmp_path):
    """S1's TW II typed "12,3,4" (Kinerja!L5) and P0's "12,3,4" (Anggaran!G4): the built sheets say
    Galat naming the cell, and Ringkasan counts S1 in its Galat column. The Excel-id CSV ("values as
    the sheets show them") said "Belum diketahui" for both, and the JSON's ringkasan had no galat count,
    so 1 Sasaran indicator was neither tercapai, belum tercapai nor belum diketahui there."""
    workbook = small_workbook(tmp_path / "galat.xlsx", "12,3,4", "12,3,4")
    built = tmp_path / "hasil.xlsx"
    assert CliRunner().invoke(main, ["build", str(workbook), "-o", str(built)]).exit_code == 0
    wb = openpyxl.load_workbook(built)

    def export_csv(table: str) -> dict[str, list[str]]:
        run = CliRunner().invoke(
            main, ["export", str(workbook), "--format", "csv", "--table", table, "--excel-id"]
        )
        assert run.exit_code == 0, run.output
        lines = run.stdout.lstrip("\ufeff").splitlines()
        return {line.split(";")[0]: line.split(";") for line in lines if line}

    # Tabel 3.1, S1: Capaian "Galat (Kinerja!L5)", Kriteria "Galat"; the CSV's capaian and kriteria alike.
    s1 = row_with(wb[c.SHEET_CAPAIAN_TS], "Persentase A")
    assert s1[10:12] == ["Galat (Kinerja!L5)", "Galat"]
    indikator = export_csv("indikator")
    header = indikator["kode"]
    assert [indikator["S1"][header.index(k)] for k in ("capaian", "kriteria")] == s1[10:12]
    # Tabel 3.2 (hierarki) shows the same two cells on S1's row.
    hierarki = export_csv("hierarki")
    head, s1_path = hierarki["jalur"], hierarki["T1 > S1"]
    assert [s1_path[head.index(k)] for k in ("capaian", "kriteria")] == s1[10:12]
    # T1 is sound: (50 + 30) / 200 = 40 % -> "40,00", Sangat Rendah, as the sheet shows it.
    assert [indikator["T1"][header.index(k)] for k in ("capaian", "kriteria")] == ["40,00", "Sangat Rendah"]

    # Tabel 3.4, P0: pagu 1.500.000.000 readable, realisasi and penyerapan "Galat (Anggaran!G4)".
    p0 = row_with(wb[c.SHEET_REALISASI_ANGGARAN], "P0")
    assert p0[3:6] == [1_500_000_000, "Galat (Anggaran!G4)", "Galat (Anggaran!G4)"]
    assert export_csv("anggaran")["P0"][3:6] == [
        "1.500.000.000",
        "Galat (Anggaran!G4)",
        "Galat (Anggaran!G4)",
    ]

    # Tabel 3.3: T1 (capaian 40 %) and S1 count P0's budget (Kode Sasaran S1, S1's parent T1).
    sheet = {r[1]: r for r in wb[c.SHEET_EFISIENSI].iter_rows(values_only=True) if r[1]}
    efisiensi = export_csv("efisiensi")
    galat_g4 = ["1.500.000.000", "Galat (Anggaran!G4)", "Galat (Anggaran!G4)", "Galat"]
    assert sheet["Tujuan satu"][3:8] == (
        40,
        1_500_000_000,
        "Galat (Anggaran!G4)",
        "Galat (Anggaran!G4)",
        "Galat",
    )
    assert efisiensi["T1"][3:8] == ["40,00", *galat_g4]
    # Then the APBD-P's columns: no Pagu Perubahan, so the PK's pagu is the pagu and none revised.
    assert efisiensi["T1"][8:10] == ["1.500.000.000", ""]  # then whose report and its period (fix16)
    assert sheet["Sasaran satu"][3] == "Galat (Kinerja!L5)" and sheet["Sasaran satu"][7] == "Galat"
    assert efisiensi["S1"][3:8] == ["Galat (Kinerja!L5)", *galat_g4]

    # Ringkasan, row Sasaran: 1 indicator, 0 / 0 / 0, Galat 1; the JSON's ringkasan says the same.
    (sasaran,) = [r for r in wb[c.SHEET_RINGKASAN].iter_rows(values_only=True) if r[1] == "Sasaran"]
    assert list(sasaran[2:7]) == [1, 0, 0, 0, 1]
    data = json.loads(CliRunner().invoke(main, ["export", str(workbook)]).stdout)
    (group,) = [g for g in data["ringkasan"]["per_tingkat"] if g["tingkat"] == "Sasaran"]
    assert [group[k] for k in ("jumlah", "tercapai", "belum_tercapai", "belum_diketahui", "galat")] == [
        1,
        0,
        0,
        0,
        1,
    ]


def test_export_excel_id_shows_an_indicators_figures_with_the_decimals_of_its_table_row(tmp_path):
    """S1: target "40,71%", TW I 25, TW II 20. Tabel 3.1 shows every figure of S1 with the decimals of
    the one that has them (40,71 | 25,00 | 20,00 | 45,00); T1 (200, 50 + 30 = 80) has none. The Excel-id
    CSV, "values as the sheets show them", wrote 25 / 20 / 45 beside 40,71."""
    workbook = small_workbook(tmp_path / "desimal.xlsx", 20, 350_000_000)
    built = tmp_path / "hasil.xlsx"
    assert CliRunner().invoke(main, ["build", str(workbook), "-o", str(built)]).exit_code == 0
    sheet = openpyxl.load_workbook(built)[c.SHEET_CAPAIAN_TS]
    (s1,) = [r for r in sheet.iter_rows() if r[2].value == "Persentase A"]
    (t1,) = [r for r in sheet.iter_rows() if r[2].value == "Nilai investasi"]
    assert [s1[k].value for k in (4, 5, 6, 9)] == [pytest.approx(40.71), 25, 20, 45]
    assert all(s1[k].number_format.endswith("#,##0.00") for k in (4, 5, 6, 9))  # 40,71 25,00 20,00 45,00
    assert all(t1[k].number_format.endswith("#,##0") for k in (4, 5, 6, 9))  # 200 50 30 80
    run = CliRunner().invoke(
        main, ["export", str(workbook), "--format", "csv", "--table", "indikator", "--excel-id"]
    )
    lines = run.stdout.lstrip("\ufeff").splitlines()
    rows = {r[0]: dict(zip(lines[0].split(";"), r)) for r in (x.split(";") for x in lines[1:])}
    figures = ("target", "realisasi_tw1", "realisasi_tw2", "realisasi")
    assert [rows["S1"][k] for k in figures] == ["40,71", "25,00", "20,00", "45,00"]
    assert [rows["T1"][k] for k in figures] == ["200", "50", "30", "80"]
