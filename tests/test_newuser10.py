"""A new Pemda IT admin (round 10): install, build, the nightly run with mail, serve, rekap.

Found, and tested here:
- A misspelt SMTP variable in the crontab or the systemd unit (``LKJ_SMTP_PASS``, ``LKJ_SMTP_SERVER``,
  ``LKJ_SMPT_FROM``, ``LKJ_SMTP_TIMEOUTS``) was ignored without a word: the mail went out with the
  default (a 30 s timeout where 120 was meant) or the error spoke of what was "not set" while the
  admin could see it set. The config file's unknown keys were already refused; the environment's
  now are too, naming the variable and the one meant (exit 2, before any work); so are serve's
  (``LKJ_XL_TOKN``, ``LKJ_XL_MAX_BYTE``: it served with the 32 MB default).
- A systemd unit's ``ExecStart=... run /data/lkjip/*.xlsx`` (no shell expands the pattern) logged "no
  workbook matches this pattern: /data/lkjip holds none" while the folder held every workbook; run
  now expands a pattern no shell expanded.
- ``new laporan.xlsm`` without ``--xlsm`` wrote an .xlsx's content under .xlsm, which Excel refuses to
  open; now refused (exit 2).
- ``cafile = "pemda-ca.pem"`` in /etc/lkj-xl/config.toml was looked for in the current folder: found
  when tried by hand there, "CA file not found" from cron and systemd. Now beside the file.
- ``run --send-to`` without a sender rebuilt and printed every workbook, then failed each; now it
  stops before any work.
"""

from __future__ import annotations

import shutil

import pytest

from tests.common import EXAMPLE
from tests.test_cli import invoke


@pytest.fixture
def home(tmp_path, monkeypatch):
    """HOME in tmp_path (no config file of the machine), no SMTP variable of the machine's."""
    import os

    for name in list(os.environ):
        if name.upper().startswith("LKJ_SMTP"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("LKJ_SMTP_TIMEOUTS", "LKJ_SMTP_TIMEOUT"),
        ("LKJ_SMTP_PASS", "LKJ_SMTP_PASSWORD"),
        ("LKJ_SMPT_FROM", "LKJ_SMTP_FROM"),
        ("lkj_smtp_host", "LKJ_SMTP_HOST"),
    ],
)
def test_a_misspelt_smtp_variable_is_named_not_ignored(home, monkeypatch, typed, meant):
    # A dry run of a new configuration said nothing of LKJ_SMTP_TIMEOUTS=120: the real mail then gave
    # up after the default 30 s. The variable is named with the one meant, exit 2, nothing written.
    monkeypatch.setenv(typed, "120")
    out = home / "pesan.eml"
    run = invoke("send", EXAMPLE, "--to", "bappeda@example.go.id", "--dry-run", out)
    assert run.exit_code == 2, run.output
    assert run.stderr.startswith(f"error: {typed}: "), run.stderr
    assert meant in run.stderr, run.stderr
    assert "Traceback" not in run.output
    assert not out.exists()


def test_a_misspelt_variable_stops_run_before_any_work(home, monkeypatch, smtp_server):
    # In the crontab: LKJ_SMTP_SERVER=mail... where LKJ_SMTP_HOST was meant; the run said "no SMTP
    # server configured", which the admin, seeing the server in the crontab, could not explain.
    server = smtp_server()
    monkeypatch.setenv("LKJ_SMTP_SERVER", server.host)
    book = home / "dinas.xlsx"
    book.write_bytes(EXAMPLE.read_bytes())
    before = book.read_bytes()
    run = invoke(
        "run", book, "--no-pdf", "--send-to", "bappeda@example.go.id", "--from", "program@example.go.id"
    )
    assert run.exit_code == 2, run.output
    assert "LKJ_SMTP_SERVER" in run.stderr and "LKJ_SMTP_HOST" in run.stderr, run.stderr
    assert book.read_bytes() == before
    assert server.handler.messages == []


def test_the_known_variables_and_other_programs_variables_stay_allowed(home, monkeypatch):
    # LKJ_XL_* (serve's), LKJ_SOFFICE, and the eight SMTP variables the README lists.
    for name, value in {
        "LKJ_XL_DEBUG": "0",
        "LKJ_SOFFICE": "/usr/bin/soffice",
        "LKJ_SMTP_TIMEOUT": "120",
        "LKJ_SMTP_SECURITY": "starttls",
        "LKJ_SMTP_PORT": "587",
        "LKJ_SMTP_FROM": "program@example.go.id",
    }.items():
        monkeypatch.setenv(name, value)
    out = home / "pesan.eml"
    run = invoke("send", EXAMPLE, "--to", "bappeda@example.go.id", "--dry-run", out)
    assert run.exit_code == 0, run.output
    assert out.exists()


def test_run_given_a_pattern_unexpanded_as_systemd_passes_it_runs_the_workbooks(home):
    # A systemd unit's ExecStart=/opt/lkj-xl/bin/lkj-xl run /data/lkjip/*.xlsx (no shell: systemd
    # expands no pattern, nor does Windows' Task Scheduler) logged "no workbook matches this pattern:
    # /data/lkjip holds none" while the folder held every agency's workbook, and no report went out.
    folder = home / "lkjip"
    folder.mkdir()
    books = [folder / "dinas-a.xlsx", folder / "dinas-b.xlsx"]
    for book in books:
        book.write_bytes(EXAMPLE.read_bytes())
    (folder / "catatan.txt").write_text("not a workbook")
    run = invoke("run", folder / "*.xlsx", "--no-pdf", "--outdir", home / "terkirim")
    assert run.exit_code == 0, run.output
    assert "no workbook matches" not in run.stderr
    for book in books:
        assert f"{book}: built (41 indicators" in run.stderr, run.stderr
        assert (home / "terkirim" / book.name).is_file()


def test_a_pattern_matching_nothing_still_says_so(home):
    # The folder holds no workbook: the pattern is reported as before (exit 2), not run.
    folder = home / "lkjip"
    folder.mkdir()
    run = invoke("run", folder / "*.xlsx", "--no-pdf")
    assert run.exit_code == 2, run.output
    assert f"{folder / '*.xlsx'}: no workbook matches this pattern: {folder} holds none" in run.stderr


@pytest.mark.parametrize("name", ["laporan.xlsm", "LAPORAN.XLSM"])
def test_new_named_xlsm_without_the_option_is_refused_not_a_file_excel_will_not_open(tmp_path, name):
    # `lkj-xl new laporan.xlsm` (the admin wants the button, forgets --xlsm) wrote a workbook without
    # macros, its content an .xlsx's, under the .xlsm name: Excel refuses to open it ("the file format
    # or file extension is not valid"), as `build -o` already refuses to write one.
    out = tmp_path / name
    result = invoke("new", out)
    assert result.exit_code == 2, result.output
    assert name in result.stderr and "--xlsm" in result.stderr and ".xlsx" in result.stderr, result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not shutil.which("openssl"), reason="openssl not installed")
def test_a_relative_cafile_in_the_config_file_is_beside_the_file_whatever_the_folder(home, monkeypatch):
    # /etc/lkj-xl/config.toml with cafile = "pemda-ca.pem" beside it: tried by hand in /etc/lkj-xl it
    # worked; from cron (its folder HOME) or systemd (/) it failed "CA file not found: pemda-ca.pem",
    # every quarter. A relative path in the file is read from the file's folder, as its other files.
    from tests.test_admin_mail import self_signed

    etc = home / "etc"
    etc.mkdir()
    cert, _key = self_signed(etc, "pemda-ca", "DNS:mail.example.go.id")
    (etc / "config.toml").write_text(
        f'[smtp]\nhost = "mail.example.go.id"\ncafile = "{cert.name}"\nfrom = "program@example.go.id"\n'
    )
    elsewhere = home / "cron"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    out = home / "pesan.eml"
    args = ("send", EXAMPLE, "--to", "bappeda@example.go.id", "--config", etc / "config.toml")
    run = invoke(*args, "--dry-run", out)
    assert run.exit_code == 0, run.output
    # a relative --cafile typed on the command line stays the shell's, from the current folder
    run = invoke(*args, "--cafile", cert.name, "--dry-run", out)
    assert run.exit_code == 2, run.output
    assert f"'{cert.name}' does not exist" in run.stderr, run.stderr


@pytest.mark.parametrize(
    ("typed", "meant"), [("LKJ_XL_TOKN", "LKJ_XL_TOKEN"), ("LKJ_XL_MAX_BYTE", "LKJ_XL_MAX_BYTES")]
)
def test_serve_refuses_a_misspelt_variable_of_its_own(monkeypatch, typed, meant):
    # /etc/lkj-xl/serve.env with LKJ_XL_MAX_BYTE=100000000: the server started with the 32 MB default
    # and the large workbooks' presses got 413; LKJ_XL_TOKN: "give a token (or set LKJ_XL_TOKEN)"
    # while the admin could see it set. Now refused before serving, naming it and the one meant.
    from lkj_xl.xl.server import ServeError, check_options

    monkeypatch.delenv("LKJ_XL_TOKEN", raising=False)
    monkeypatch.setenv(typed, "abcdefghijklmnopqrstuvwxyz")
    with pytest.raises(ServeError) as refused:
        check_options("127.0.0.1", 8000, None, None, None, None)
    assert str(refused.value).startswith(f"{typed}: ") and meant in str(refused.value)


def test_serve_leaves_the_variables_it_knows_and_the_smtp_ones(monkeypatch):
    from lkj_xl.xl.server import check_options

    for name in ("LKJ_XL_DEBUG", "LKJ_XL_LOG_LEVEL", "LKJ_SMTP_HOST", "LKJ_SOFFICE"):
        monkeypatch.setenv(name, "info")
    monkeypatch.setenv("XLWINGS_LICENSE_KEY", "noncommercial")
    assert check_options("127.0.0.1", 8000, None, None, None, None)["max_bytes"] > 0


def test_run_without_a_sender_stops_before_rebuilding_any_workbook(home, monkeypatch, smtp_server):
    # A crontab line without --from and a config file without from: every agency's workbook was
    # rebuilt in place (and printed, minutes of LibreOffice each), then each failed "no sender
    # address", as a mistyped address is refused before any work. Now exit 2 before any work.
    server = smtp_server()
    monkeypatch.setenv("LKJ_SMTP_HOST", server.host)
    monkeypatch.setenv("LKJ_SMTP_PORT", str(server.port))
    monkeypatch.setenv("LKJ_SMTP_SECURITY", "none")
    books = [home / "dinas-a.xlsx", home / "dinas-b.xlsx"]
    for book in books:
        book.write_bytes(EXAMPLE.read_bytes())
    run = invoke("run", *books, "--no-pdf", "--send-to", "bappeda@example.go.id")
    assert run.exit_code == 2, run.output
    assert "built" not in run.stderr, run.stderr
    assert "no sender address" in run.stderr and "--from" in run.stderr and "from = " in run.stderr
    assert all(book.read_bytes() == EXAMPLE.read_bytes() for book in books)
    assert server.handler.messages == []


@pytest.mark.parametrize(("option", "said"), [("--send-to", "--send-to"), ("--cc", "--cc")])
def test_run_says_to_repeat_its_own_option_for_several_recipients(home, monkeypatch, option, said):
    # `run --send-to "a@x, b@x"` said to repeat "--to", an option run does not have (exit 2 on it).
    monkeypatch.setenv("LKJ_SMTP_HOST", "mail.lumajangkab.go.id")
    typed = "bappeda@lumajangkab.go.id, kadis@lumajangkab.go.id"
    args = ["--send-to", "bappeda@lumajangkab.go.id"] if option == "--cc" else []
    run = invoke("run", EXAMPLE, "--no-pdf", *args, option, typed, "--from", "program@lumajangkab.go.id")
    assert run.exit_code == 2, run.output
    assert f"({said} a@example.go.id {said} b@example.go.id)" in run.stderr, run.stderr
