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

import asyncio
import os

import pytest

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")  # (xlwings' remote engine, as Lite's)

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


# --- xlwings Lite: a sheet named like an output sheet, judged by its A1 ----------------------------


def press_lite(monkeypatch, tmp_path, edit, loads=True):
    """Hitung Ulang the xlwings Lite way on the example built by `lkj-xl build` whose Ringkasan was
    changed by ``edit`` (an openpyxl worksheet); ``Range.get_formula``, ``Sheet.get_used_range``
    and ``Sheet.load`` (xlwings Lite's on-demand reads) answer from the file. Returns the actions sent, the alert and
    the book's sheet names. ``loads=False``: an xlwings whose ``Sheet.load`` fails (outside Lite)."""
    import openpyxl
    import xlwings as xw

    from lkj_xl.core import contract as c
    from lkj_xl.xl import scripts
    from tests.test_lite_in_place import FakeLite
    from tests.test_xl_server import book_json, headless_build, remote_book

    built = headless_build(EXAMPLE, tmp_path)
    wb = openpyxl.load_workbook(built)
    edit(wb[c.SHEET_RINGKASAN])
    wb.save(built)
    wb = openpyxl.load_workbook(built)
    a1 = {ws.title: ws["A1"].value for ws in wb}
    filled = {ws.title for ws in wb if any(v is not None for row in ws.values for v in row)}
    data = book_json(built, exclude=c.OUTPUT_SHEETS)
    book = remote_book(data)
    fake = FakeLite(book, set(), keeps_failed_batch=False)
    book.flush = fake.flush

    async def get_formula(rng):
        return a1[rng.sheet.name]

    async def get_used_range(sheet, values_only=False):
        assert values_only  # formats left by a cleared sheet are nothing of the user's
        return sheet["A1"] if sheet.name in filled else None

    # Sheet.load(values=False): the sheet's metadata, its charts and pictures among them (the book JSON
    # sends none for a sheet it leaves out)
    drawn = {ws.title: (list(ws._charts), list(ws._images)) for ws in wb}

    async def load(sheet, values=None):
        assert values is False  # metadata only
        if not loads:
            raise NotImplementedError("Sheet.load() is only supported in xlwings Lite")
        charts, images = drawn[sheet.name]
        sheet.impl.api.update({"charts": [{"name": "Chart"}] * len(charts), "shapes": [],
                               "pictures": [{"name": "Picture"}] * len(images)})  # fmt: skip
        return sheet

    monkeypatch.setattr(xw.Range, "get_formula", get_formula)
    monkeypatch.setattr(xw.Sheet, "get_used_range", get_used_range)
    monkeypatch.setattr(xw.Sheet, "load", load)
    try:
        asyncio.run(scripts.hitung_ulang_lite(book, None, {}))
    except scripts.HitungUlangError as exc:
        return fake.sent + book.impl.json()["actions"], str(exc), wb.sheetnames
    return fake.sent + book.impl.json()["actions"], None, wb.sheetnames


def emptied(ws):
    # a press interrupted after its clear (the tab closed, Excel crashed): the sheet has no value
    ws.delete_rows(1, ws.max_row)


def test_xlwings_lite_fills_an_output_sheet_left_empty_instead_of_refusing_it(monkeypatch, tmp_path):
    # Refused as "bukan buatan lkj-xl ... Ganti nama sheet tersebut" while `lkj-xl build` accepts it:
    # an empty sheet holds nothing of the user's to lose; it is cleared and written.
    actions, alert, names = press_lite(monkeypatch, tmp_path, emptied)
    assert alert is None, alert
    ringkasan = names.index("Ringkasan")
    assert any(a["func"] == "sheetClear" and a["sheet_position"] == ringkasan for a in actions)
    written = [a for a in actions if a["func"] == "setValues" and a.get("sheet_position") == ringkasan]
    assert written, [a["func"] for a in actions][:20]


@pytest.mark.parametrize(
    "edit",
    [
        lambda ws: ws.__setitem__("A1", "DRAFT"),
        lambda ws: ws.insert_rows(1),
        lambda ws: (
            ws.delete_rows(1, ws.max_row),
            ws.__setitem__("A1", None),
            ws.__setitem__("A2", "Catatan"),
        ),
    ],
    ids=["draft-typed-in-a1", "row-inserted-above-the-title", "users-notes"],
)
def test_xlwings_lite_says_what_it_judged_by_and_both_ways_out(monkeypatch, tmp_path, edit):
    # The alert said the sheet was "bukan buatan lkj-xl" and to rename it, of a sheet lkj-xl wrote
    # ("DRAFT" typed in A1, a row inserted above the title): renaming kept a stale Ringkasan beside
    # the new one. Lite sees A1 only; the alert now says so and what to do in either case.
    actions, alert, _names = press_lite(monkeypatch, tmp_path, edit)
    assert actions == []
    assert alert == (
        'Sheet "Ringkasan" tidak dikenali sebagai buatan lkj-xl (sel A1 bukan judul lkj-xl), jadi tidak '
        "ditimpa. Bila itu sheet hasil lkj-xl, hapus sheet itu lalu tekan Hitung Ulang lagi; bila itu "
        "catatan Anda, ganti namanya (lkj-xl menulis sheet keluarannya sendiri dengan nama itu), lalu "
        "tekan Hitung Ulang lagi. Buku kerja tidak diubah."
    )


def test_the_cron_and_systemd_examples_name_the_program_the_install_section_installs():
    # The README installs into a virtualenv, /opt/lkj-xl ("name /opt/lkj-xl/bin/lkj-xl in cron and
    # systemd units"), while its crontab line and `run --help` named /usr/local/bin/lkj-xl: copied,
    # "lkj-xl: not found" every quarter. And `command -v lkj-xl`, the advice to find the path, prints
    # nothing where the virtualenv is not activated (a fresh root shell).
    import re

    from tests.test_newuser9 import ROOT, crontab_commands

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "/opt/lkj-xl/bin/lkj-xl` in cron and" in readme.replace("\n", " ")  # the install section
    in_readme = [
        cmd for block in readme.split("```cron")[1:] for cmd in crontab_commands(block.split("```")[0])
    ]
    in_units = [line.split("=", 1)[1].split()[0] for line in re.findall(r"ExecStart=/\S+", readme)]
    in_help = crontab_commands(invoke("run", "--help").output)
    assert in_readme and in_units and in_help
    assert set(in_readme + in_units + in_help) == {"/opt/lkj-xl/bin/lkj-xl"}
    # not offered as the way to find the path (the README may say why it is not)
    assert "as `command -v lkj-xl` prints it" not in readme
    assert "command -v" not in invoke("run", "--help").output
