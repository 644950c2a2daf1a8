"""The IT admin's nightly ``lkj-xl run`` over the agencies' folder, read the next morning: cron's bare
environment (no HOME, PATH minimal, LANG=C), a workbook half-saved over the network share, the office
SMTP server refusing one recipient. Real processes (``python -m lkj_xl``) and a real SMTP server on
loopback (aiosmtpd, tests/mailserver.py)."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import pytest

from tests.common import EXAMPLE, sigterm_when, smtp_args
from tests.mailserver import Recorder
from tests.test_admin import ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux server behaviour")

KEPALA_A = "kepala-a@example.go.id"
KEPALA_B = "kepala-b@example.go.id"


def cron_run(*args: str) -> subprocess.CompletedProcess:
    """``lkj-xl run ARGS`` in cron's environment: no HOME, a minimal PATH, the POSIX locale."""
    env = {"PATH": "/usr/bin:/bin", "LANG": "C", "LC_ALL": "C", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "lkj_xl", "run", *args], env=env, capture_output=True, timeout=120
    )


def log_lines(result: subprocess.CompletedProcess) -> list[tuple[str, str]]:
    """(level, text) of each timestamped log line ``run`` wrote on stderr."""
    lines = []
    for line in result.stderr.decode("utf-8").splitlines():
        parts = line.split(" ", 3)
        if len(parts) == 4 and parts[2] in ("INFO", "WARNING", "ERROR"):
            lines.append((parts[2], parts[3]))
    return lines


def test_the_closing_lines_say_which_agencies_were_mailed_partly_mailed_and_not_mailed(smtp_server, tmp_path):
    # A night's run of three agencies: the server refuses the head of the first agency's second
    # address once (550: a mailbox being moved), the second agency's workbook was being saved over
    # the share (half of it on disk), the third goes through. The closing lines said only
    # `2 of 3 workbooks failed: dinas-a.xlsx, dinas-b.xlsx`: the admin could not tell that dinas-a's
    # report had reached kepala-a all the same (running it again mails kepala-a a second copy) while
    # dinas-b's reached no one, nor which agencies were mailed at all.
    srv = smtp_server(Recorder(refuse_rcpt_once={KEPALA_B: "550 5.1.1 mailbox unavailable"}))
    folder = tmp_path / "lkjip"
    folder.mkdir()
    partly, half_saved, mailed = (
        folder / "dinas-a.xlsx",
        folder / "dinas-b.xlsx",
        folder / "dinas-pariwisata-é.xlsx",
    )
    data = EXAMPLE.read_bytes()
    partly.write_bytes(data)
    half_saved.write_bytes(data[: len(data) // 2])
    mailed.write_bytes(data)
    result = cron_run(
        *map(str, (partly, half_saved, mailed)),
        "--no-pdf",
        "--outdir",
        str(tmp_path / "terkirim"),
        "--send-to",
        KEPALA_A,
        "--send-to",
        KEPALA_B,
        *smtp_args(srv.port),
    )
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 3, stderr  # a mail failed: the most serious outcome
    # what the server really accepted: dinas-a to kepala-a only, dinas-pariwisata-é to both
    assert [
        (r.rcpt_tos, [a.get_filename() for a in r.message.iter_attachments()]) for r in srv.handler.received
    ] == [([KEPALA_A], ["dinas-a.xlsx"]), ([KEPALA_A, KEPALA_B], ["dinas-pariwisata-é.xlsx"])]
    closing = log_lines(result)[-4:]
    assert closing == [
        ("INFO", f"mailed 1 of 3 workbooks to every recipient: {mailed}"),
        (
            "WARNING",
            f"mailed to some recipients only: {partly} (delivered to {KEPALA_A}; NOT delivered to "
            f"{KEPALA_B}); running it again mails every recipient again",
        ),
        ("WARNING", f"not mailed: {half_saved}"),
        ("ERROR", f"2 of 3 workbooks failed: {partly}, {half_saved}"),
    ], stderr


def test_the_closing_lines_never_claim_a_mail_when_nothing_was_sent(smtp_server, tmp_path):
    # Every address refused (the relay rejecting the Pemda's domain): no workbook is said mailed.
    srv = smtp_server(Recorder(refuse_rcpt={KEPALA_A: "550 5.7.1 relaying denied"}))
    book = tmp_path / "dinas-a.xlsx"
    book.write_bytes(EXAMPLE.read_bytes())
    result = cron_run(str(book), "--no-pdf", "--outdir", str(tmp_path / "out"), "--send-to", KEPALA_A,
                      *smtp_args(srv.port))  # fmt: skip
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 3, stderr
    assert srv.handler.received == []
    assert log_lines(result)[-3:] == [
        ("INFO", "mailed 0 of 1 workbooks to every recipient"),
        ("WARNING", f"not mailed: {book}"),
        ("ERROR", f"1 of 1 workbooks failed: {book}"),
    ], stderr
    assert f"sent to {KEPALA_A}" not in stderr


def test_a_run_that_mails_everything_says_so_before_its_last_line(smtp_server, tmp_path):
    srv = smtp_server()
    books = [tmp_path / f"{name}.xlsx" for name in ("dinas-a", "dinas-é")]
    for book in books:
        book.write_bytes(EXAMPLE.read_bytes())
    result = cron_run(*map(str, books), "--no-pdf", "--outdir", str(tmp_path / "out"), "--send-to", KEPALA_A,
                      *smtp_args(srv.port))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(srv.handler.received) == 2
    assert log_lines(result)[-2:] == [
        ("INFO", f"mailed 2 of 2 workbooks to every recipient: {books[0]}, {books[1]}"),
        ("INFO", "2 workbooks done"),
    ]


class HangsOnSecondMessage(Recorder):
    """Accepts the first message; holds the second's answer (a relay that stalls mid-batch)."""

    async def handle_DATA(self, server, session, envelope):
        if self.data_calls >= 1:
            self.data_calls += 1
            await asyncio.sleep(60)
        return await super().handle_DATA(server, session, envelope)


def test_a_run_stopped_by_sigterm_says_what_was_mailed_and_what_was_not(smtp_server, tmp_path):
    # systemd stopping the timer's service (or `timeout 2h lkj-xl run ...`) while the relay stalls on
    # the second agency's mail: the log ended `terminated`, with no closing lines, and the admin had
    # to piece together from 30 agencies' lines which were mailed. It says which were, which mail
    # was in flight (the server may have it) and which were never started, then `terminated`.
    srv = smtp_server(HangsOnSecondMessage())
    folder = tmp_path / "lkjip"
    folder.mkdir()
    books = [folder / f"{name}.xlsx" for name in ("dinas-a", "dinas-b", "dinas-c")]
    for book in books:
        book.write_bytes(EXAMPLE.read_bytes())
    env = {"PATH": "/usr/bin:/bin", "LANG": "C", "PYTHONPATH": str(ROOT)}
    args = ["run", *map(str, books), "--no-pdf", "--outdir", str(tmp_path / "out"), "--send-to", KEPALA_A]
    run = subprocess.Popen(
        [sys.executable, "-m", "lkj_xl", *args, *smtp_args(srv.port), "--smtp-timeout", "60"],
        env=env,
        stderr=subprocess.PIPE,
    )
    err = sigterm_when(run, lambda: srv.handler.data_calls >= 2)
    stderr = err.decode("utf-8")
    assert run.returncode == 143, stderr
    assert [r.rcpt_tos for r in srv.handler.received] == [[KEPALA_A]]  # dinas-a's only
    result = subprocess.CompletedProcess(args, run.returncode, b"", err)
    assert log_lines(result)[-2:] == [
        ("INFO", f"mailed 1 of 3 workbooks to every recipient: {books[0]}"),
        (
            "WARNING",
            f"stopped while mailing {books[1]} (the server MAY have its report; ask the recipients "
            f"before sending it again); not started: {books[2]}",
        ),
    ], stderr
    assert stderr.splitlines()[-1] == "terminated"


def crontab_commands(text: str) -> list[str]:
    """The program each crontab entry in ``text`` runs: the first word after the five time fields
    and any ``NAME=value`` assignments."""
    programs = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) > 5 and all(f[0].isdigit() or f[0] == "*" for f in fields[:5]):
            programs.append(next(f for f in fields[5:] if "=" not in f))
    return programs


def test_the_crontab_examples_name_lkj_xl_by_its_full_path():
    # cron runs its entries with PATH=/usr/bin:/bin (Debian, Ubuntu, RHEL), and `pip install` puts
    # lkj-xl in /usr/local/bin (or a virtualenv's bin): the crontab line copied from the README or
    # from `run --help` ran `lkj-xl: not found` every quarter, in a mail to root no one reads, and no
    # agency got its report. The examples name the program by its full path.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```cron")[1:]
    in_readme = [cmd for block in blocks for cmd in crontab_commands(block.split("```")[0])]
    help_text = subprocess.run(
        [sys.executable, "-m", "lkj_xl", "run", "--help"],
        env={"PATH": "/usr/bin:/bin", "LANG": "C", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    ).stdout
    in_help = crontab_commands(help_text)
    assert in_readme and in_help
    assert [cmd for cmd in in_readme + in_help if not cmd.startswith("/")] == []
