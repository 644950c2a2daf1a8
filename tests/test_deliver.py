"""lkj-xl pdf / send / run end to end: real LibreOffice, a real SMTP server on loopback."""

from __future__ import annotations

import email
import email.policy
import re
import shutil
import socket
import subprocess
import threading
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner

from lkj_xl import contract as c
from lkj_xl.build import load_report
from lkj_xl.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"
needs_soffice = pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice (soffice) not installed"
)


class Inbox:
    def __init__(self):
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), msg))
        return "250 OK"


@pytest.fixture
def smtp():
    inbox = Inbox()
    with socket.socket() as probe:  # a free port on loopback
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def words(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", text).split()).casefold()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@needs_soffice
def test_pdf_has_every_table_and_indicator(tmp_path):
    out = tmp_path / "laporan.pdf"
    original = EXAMPLE.read_bytes()
    result = CliRunner().invoke(main, ["pdf", str(EXAMPLE), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert EXAMPLE.read_bytes() == original  # the workbook is not touched

    from pypdf import PdfReader

    reader = PdfReader(out)
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - 842) < 2 and abs(height - 595) < 2  # A4 landscape in points
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
    assert attachment.get_content() == EXAMPLE.read_bytes()


@needs_soffice
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
            "--no-tls",
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            str(port),
            "--from",
            "program@example.go.id",
        ],
        env={"LKJ_SMTP_USER": "", "LKJ_SMTP_PASSWORD": ""},
    )
    assert result.exit_code == 0, result.output
    ((rcpts, msg),) = inbox.messages
    assert sorted(rcpts) == ["a@example.go.id", "b@example.go.id"]
    parts = {a.get_filename(): a for a in msg.iter_attachments()}
    assert parts[workbook.name].get_content() == workbook.read_bytes()
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
            "--no-tls",
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            str(port),
            "--from",
            "program@example.go.id",
        ],
        env={"LKJ_SMTP_USER": "", "LKJ_SMTP_PASSWORD": ""},
    )
    assert result.exit_code == 1, result.output  # one workbook failed
    assert (outdir / "dinas-a.xlsx").exists() and (outdir / "dinas-a.pdf").exists()
    assert good.read_bytes() == EXAMPLE.read_bytes()  # --outdir leaves the inputs alone
    assert len(inbox.messages) == 1  # the good one was still sent
    assert "dinas-b.xlsx" in result.output
