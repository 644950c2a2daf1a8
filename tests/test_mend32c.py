"""A reviewer's findings on round 10's `run` pattern expansion, the misspelt-variable refusal and the
xlwings Lite sheet check (mend 32c).

- A file literally named ``*.xlsx`` beside dinas-a.xlsx and dinas-b.xlsx: ``run '/dir/*.xlsx'`` (as
  systemd passes it) ran the literal file alone, exit 0; the two agencies' reports were neither built
  nor mailed, without a word. A shell expands the pattern to all three; so does run now.
- ``run '/dir/TW [3]/*.xlsx'`` (brackets in a folder's name) said ``/dir/TW [3] holds none`` while
  a.xlsx was there: the brackets were read as a pattern. The folder, when it exists as typed, is now
  taken literally when the pattern matches nothing otherwise.
- ``LKJ_SMTP_SERVER`` suggested LKJ_SMTP_USER (the admin would put the server's name as the login);
  ``serve`` with ``LKJ_XL_LOCK_TIMOUT`` suggested nothing and listed three of the five LKJ_XL_
  variables.
"""

from __future__ import annotations

import pytest

from tests.common import EXAMPLE
from tests.test_cli import invoke
from tests.test_newuser10 import home  # noqa: F401 (fixture)


def agency_folder(root, name="lkjip", books=("dinas-a.xlsx", "dinas-b.xlsx")):
    folder = root / name
    folder.mkdir()
    for book in books:
        (folder / book).write_bytes(EXAMPLE.read_bytes())
    return folder


def test_a_file_named_like_the_pattern_does_not_hide_the_workbooks_it_matches(home):  # noqa: F811
    # bash expands /dir/*.xlsx to "*.xlsx", dinas-a.xlsx, dinas-b.xlsx (all three end in .xlsx);
    # systemd passes the pattern as typed and run took it for the literal file alone.
    folder = agency_folder(home, books=("*.xlsx", "dinas-a.xlsx", "dinas-b.xlsx"))
    run = invoke("run", folder / "*.xlsx", "--no-pdf", "--outdir", home / "terkirim")
    assert run.exit_code == 0, run.output
    for name in ("*.xlsx", "dinas-a.xlsx", "dinas-b.xlsx"):
        assert f"{folder / name}: built (41 indicators" in run.stderr, run.stderr
        assert (home / "terkirim" / name).is_file()
    # each once: the literal file is among the matches, not run twice
    assert run.stderr.count(f"{folder / '*.xlsx'}: built") == 1, run.stderr


def test_a_literal_file_whose_name_is_no_pattern_of_itself_stays_that_file(home):  # noqa: F811
    # "Laporan [final].xlsx" quoted in a shell names that file; as a pattern it would match
    # "Laporan f.xlsx" (another agency's draft) and not itself: the file typed is the one run.
    folder = agency_folder(home, books=("Laporan [final].xlsx", "Laporan f.xlsx"))
    run = invoke("run", folder / "Laporan [final].xlsx", "--no-pdf", "--outdir", home / "terkirim")
    assert run.exit_code == 0, run.output
    assert f"{folder / 'Laporan [final].xlsx'}: built" in run.stderr, run.stderr
    assert "Laporan f.xlsx" not in run.stderr, run.stderr
    assert [p.name for p in (home / "terkirim").iterdir()] == ["Laporan [final].xlsx"]


def test_brackets_in_the_folder_name_are_the_folder_not_a_pattern(home):  # noqa: F811
    # ExecStart=... run "/data/TW [3]/*.xlsx": "[3]" read as a pattern matches the folder "TW 3",
    # not "TW [3]"; run said "/data/TW [3] holds none" beside a.xlsx.
    folder = agency_folder(home, name="TW [3]", books=("a.xlsx",))
    run = invoke("run", folder / "*.xlsx", "--no-pdf", "--outdir", home / "terkirim")
    assert run.exit_code == 0, run.output
    assert "holds none" not in run.stderr, run.stderr
    assert f"{folder / 'a.xlsx'}: built (41 indicators" in run.stderr, run.stderr


def test_a_pattern_matching_none_of_the_folders_workbooks_does_not_say_it_holds_none(home):  # noqa: F811
    # /data/lkjip/*.XLSX against dinas-a.xlsx (a case-sensitive file system): the folder holds
    # workbooks, none of this name; "holds none" would send the admin looking for lost files.
    folder = agency_folder(home)
    run = invoke("run", folder / "*.XLSX", "--no-pdf")
    assert run.exit_code == 2, run.output
    assert "holds none" not in run.stderr, run.stderr
    assert f"{folder / '*.XLSX'}: no workbook matches this pattern" in run.stderr, run.stderr
    assert "2 workbooks" in run.stderr, run.stderr


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("LKJ_SMTP_SERVER", "LKJ_SMTP_HOST"),
        ("LKJ_SMTP_SENDER", "LKJ_SMTP_FROM"),
        ("LKJ_SMTP_MAIL_FROM", "LKJ_SMTP_FROM"),
        ("LKJ_SMTP_TLS", "LKJ_SMTP_SECURITY"),
        ("LKJ_SMTP_SSL", "LKJ_SMTP_SECURITY"),
        ("LKJ_SMTP_USERNAME", "LKJ_SMTP_USER"),
        # the fuzzy match still answers the typing slips
        ("LKJ_SMTP_TIMEOUTS", "LKJ_SMTP_TIMEOUT"),
        ("LKJ_SMTP_PASS", "LKJ_SMTP_PASSWORD"),
        ("LKJ_SMPT_FROM", "LKJ_SMTP_FROM"),
    ],
)
def test_a_synonym_of_an_smtp_variable_suggests_the_one_meant(home, monkeypatch, typed, meant):  # noqa: F811
    # LKJ_SMTP_SERVER suggested LKJ_SMTP_USER: the admin, following it, put the server's name as
    # the login. The exact suggestion is checked, not merely that the right name appears somewhere.
    monkeypatch.setenv(typed, "x")
    run = invoke("send", EXAMPLE, "--to", "bappeda@example.go.id", "--dry-run", home / "pesan.eml")
    assert run.exit_code == 2, run.output
    assert run.stderr.startswith(f"error: {typed}: not a variable lkj-xl reads (did you mean {meant}? "), (
        run.stderr
    )


def serve_refusal(monkeypatch, typed):
    from lkj_xl.xl.server import ServeError, check_options

    monkeypatch.setenv(typed, "30")
    with pytest.raises(ServeError) as refused:
        check_options("127.0.0.1", 8000, None, None, None, None)
    return str(refused.value)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("LKJ_XL_LOCK_TIMOUT", "LKJ_XL_LOCK_TIMEOUT"),
        ("LKJ_XL_DEBUGG", "LKJ_XL_DEBUG"),
        ("LKJ_XL_TOKN", "LKJ_XL_TOKEN"),
        ("LKJ_XL_LOGLEVEL", "LKJ_XL_LOG_LEVEL"),
    ],
)
def test_serve_suggests_from_every_variable_and_lists_all_of_its_family(monkeypatch, typed, meant):
    # serve with LKJ_XL_LOCK_TIMOUT listed LKJ_XL_TOKEN, LKJ_XL_MAX_BYTES, LKJ_XL_LOG_LEVEL and
    # suggested nothing, though LKJ_XL_LOCK_TIMEOUT and LKJ_XL_DEBUG are documented (README).
    message = serve_refusal(monkeypatch, typed)
    assert message.startswith(f"{typed}: not a variable lkj-xl reads (did you mean {meant}? "), message
    listed = message.split("these are ", 1)[1].rstrip(")").split(", ")
    assert sorted(listed) == sorted(
        ["LKJ_XL_TOKEN", "LKJ_XL_MAX_BYTES", "LKJ_XL_LOG_LEVEL", "LKJ_XL_LOCK_TIMEOUT", "LKJ_XL_DEBUG"]
    ), message


def test_no_variable_lkj_xl_reads_is_refused_by_send_or_serve(home, monkeypatch):  # noqa: F811
    # every variable the package reads (grep os.environ / getenv in lkj_xl), set at once
    from lkj_xl.xl.server import check_options

    for name, value in {
        "LKJ_SMTP_HOST": "mail.example.go.id",
        "LKJ_SMTP_PORT": "587",
        "LKJ_SMTP_USER": "program",
        "LKJ_SMTP_PASSWORD": "rahasia",
        "LKJ_SMTP_SECURITY": "starttls",
        "LKJ_SMTP_FROM": "program@example.go.id",
        "LKJ_SMTP_TIMEOUT": "120",
        "LKJ_XL_TOKEN": "abcdefghijklmnopqrstuvwxyz",
        "LKJ_XL_MAX_BYTES": "100000000",
        "LKJ_XL_LOG_LEVEL": "info",
        "LKJ_XL_LOCK_TIMEOUT": "30",
        "LKJ_XL_DEBUG": "1",
        "LKJ_XL_WORKER_TOKEN": "abcdefghijklmnopqrstuvwxyz",
        "LKJ_SOFFICE": "/usr/bin/soffice",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("XLWINGS_LICENSE_KEY", "noncommercial")
    assert check_options("127.0.0.1", 8000, None, None, None, None)["max_bytes"] == 100000000
    run = invoke("send", EXAMPLE, "--to", "bappeda@example.go.id", "--dry-run", home / "pesan.eml")
    assert run.exit_code == 0, run.output
