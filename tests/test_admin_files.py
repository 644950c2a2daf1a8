"""The IT admin's files, round 2: `lkj-xl new` on a server (a missing folder, a full disk, a workbook
open in Excel) and file names that are not UTF-8 (a Windows share or an old zip extracted on Linux).
Real processes and real files, as tests/test_admin.py."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.common import EXAMPLE
from tests.test_admin import limit_file_size, lkj

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux server behaviour")


# --------------------------------------------------------------------------- lkj-xl new


def test_new_into_a_folder_that_does_not_exist_is_exit_2_naming_it(tmp_path):
    # `lkj-xl new /data/lkjip/2026/dinas-x.xlsx` before the year's folder was made: xlsxwriter's
    # FileCreateError came out as "internal error ... this is a bug in lkj-xl" (exit 4).
    out = tmp_path / "2026" / "dinas-x.xlsx"
    result = lkj("new", str(out))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"error: cannot write {out}: Folder '{out.parent}' does not exist.")
    assert "Create it first, or choose another folder" in result.stderr  # what to do
    assert "bug" not in result.stderr and "Traceback" not in result.stderr
    assert not out.parent.exists()


@pytest.mark.parametrize("xlsm", [False, True], ids=["xlsx", "xlsm"])
def test_new_force_on_a_full_disk_leaves_the_earlier_workbook_whole(tmp_path, xlsm):
    # `new --force` over a filled workbook with the disk full: xlsxwriter wrote the file in place, so
    # the workbook was cut at the limit (a 10 KB zip that no program opens) and the command said
    # "internal error" with a traceback from zipfile. The write is atomic: the earlier workbook stays
    # byte for byte, no temporary file is left, the error names the file.
    name = "dinas_x.xlsm" if xlsm else "dinas_x.xlsx"  # a module name for the button
    out = tmp_path / name
    earlier = EXAMPLE.read_bytes()  # 30 KB, above the 10 KB limit: any rewrite of it would be cut
    out.write_bytes(earlier)
    extra = ["--xlsm"] if xlsm else []
    result = lkj("new", str(out), "--force", *extra, preexec=limit_file_size(10_000))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"error: cannot write {out}: File too large"), result.stderr
    assert "bug" not in result.stderr and "Traceback" not in result.stderr
    assert out.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file, no module


def test_new_force_refuses_a_workbook_open_in_excel(tmp_path):
    # --force means "replace the old template", not "under Excel's feet": Excel would save its copy
    # over the new file later. The same refusal as `build` (exit 2, the lock file named).
    out = tmp_path / "laporan.xlsx"
    shutil.copy(EXAMPLE, out)
    (tmp_path / "~$laporan.xlsx").write_bytes(b"owner")
    result = lkj("new", str(out), "--force")
    assert result.returncode == 2, result.stderr
    assert "is open in Excel or LibreOffice" in result.stderr and "~$laporan.xlsx" in result.stderr
    assert out.read_bytes() == EXAMPLE.read_bytes()


def test_new_force_refuses_a_read_only_workbook(tmp_path):
    # A workbook made read-only on purpose (an archived quarter) was silently replaced by a blank one
    # when root ran `new --force`; `build` refuses it even for root.
    out = tmp_path / "arsip-tw1.xlsx"
    shutil.copy(EXAMPLE, out)
    out.chmod(0o444)
    result = lkj("new", str(out), "--force")
    assert result.returncode == 2, result.stderr
    assert "is read-only" in result.stderr
    assert out.read_bytes() == EXAMPLE.read_bytes()


def test_new_writes_a_workbook_that_builds(tmp_path):
    # The atomic path still writes a whole workbook (what staff then fill), and `new --force` over it
    # replaces it.
    out = tmp_path / "baru.xlsx"
    assert lkj("new", str(out), "--opd", "Dinas Uji").returncode == 0
    first = out.read_bytes()
    result = lkj("new", str(out), "--force", "--opd", "Dinas Lain")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() != first
    assert lkj("check", str(out)).returncode in (0, 1)  # readable as a workbook
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baru.xlsx"]


# --------------------------------------------------------------------------- non-UTF-8 file names


def _latin1_name(folder: Path, stem: bytes) -> Path:
    """A workbook whose name is Latin-1 bytes (``dinas-\\xe9.xlsx``), not UTF-8: what a share or zip
    from an old Windows PC leaves on a Linux server; Python sees the byte as the surrogate \\udce9."""
    path = Path(os.fsdecode(bytes(folder) + b"/" + stem + b".xlsx"))
    shutil.copy(EXAMPLE, path)
    return path


def test_rekap_of_a_folder_with_a_non_utf8_file_name_names_it_readably(tmp_path):
    # The rekap of 40 agencies died with "internal error (UnicodeEncodeError ... surrogates not
    # allowed)" (exit 4, no rekap at all) because one file's name was not UTF-8. The file is read
    # like any other, its name shown with the byte escaped.
    folder = tmp_path / "tw2"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "dinas-a.xlsx")
    _latin1_name(folder, b"dinas-koperasi-\xe9")
    for fmt, out in (("xlsx", "rekap.xlsx"), ("json", "rekap.json"), ("csv", "rekap-csv")):
        result = lkj("rekap", str(folder), "--jobs", "1", "--format", fmt, "-o", str(tmp_path / out))
        assert result.returncode == 0, (fmt, result.stderr)
    import json

    rows = json.loads((tmp_path / "rekap.json").read_text(encoding="utf-8"))["pemeriksaan"]
    assert sorted(row["berkas"] for row in rows) == [
        f"{folder}/dinas-a.xlsx",
        f"{folder}/dinas-koperasi-\\xe9.xlsx",
    ]


def test_rekap_names_an_unreadable_non_utf8_file_readably(tmp_path):
    # A broken file among them, its name not UTF-8: listed in Pemeriksaan with its reason (exit 2),
    # the other agency rekapped, not a crash of the whole rekap.
    folder = tmp_path / "tw2"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "dinas-a.xlsx")
    Path(os.fsdecode(bytes(folder) + b"/rusak-\xe9.xlsx")).write_bytes(b"not a zip")
    out = tmp_path / "rekap.json"
    result = lkj("rekap", str(folder), "--jobs", "1", "--format", "json", "-o", str(out))
    assert result.returncode == 2, result.stderr
    import json

    rows = json.loads(out.read_text(encoding="utf-8"))["pemeriksaan"]
    broken = [row for row in rows if row["berkas"].endswith("rusak-\\xe9.xlsx")]
    assert len(broken) == 1 and "bukan arsip ZIP" in broken[0]["rincian"], rows
    assert any(row["berkas"].endswith("dinas-a.xlsx") and row["temuan_galat"] == 0 for row in rows)


def test_send_of_a_workbook_with_a_non_utf8_name_attaches_it(tmp_path):
    # `lkj-xl send` (and `run --send-to`) of such a file: "internal error (UnicodeEncodeError)", exit
    # 4, nothing sent. The attachment is named with the byte shown as U+FFFD (a name any mail client
    # and Windows accept), the workbook's bytes unchanged.
    import email
    import email.policy

    book = _latin1_name(tmp_path, b"dinas-\xe9")
    eml = tmp_path / "pesan.eml"
    result = lkj(
        "send",
        str(book),
        "--to",
        "bappeda@example.go.id",
        "--dry-run",
        str(eml),
        env={"HOME": str(tmp_path), "LKJ_SMTP_HOST": "", "LKJ_SMTP_FROM": ""},
    )
    assert result.returncode == 0, result.stderr
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert [a.get_filename() for a in message.iter_attachments()] == ["dinas-\ufffd.xlsx"]


# --------------------------------------------------------------------------- SMTP login refused


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_run_whose_smtp_login_is_refused_logs_in_once_not_once_per_workbook(smtp_server, tmp_path):
    # A mistyped password in the cron line: `run` of 40 agencies sent it 40 times, and a mail server
    # (Exchange/AD, Zimbra, fail2ban) locks the account or bans the server's address after a few
    # failed logins, so the Bappeda's mailbox was locked for everyone. After the first refusal no
    # login is tried again: every workbook is still built (and printed), each later one says it was
    # not sent and why, exit 3.
    from tests.common import smtp_args
    from tests.mailserver import USER

    srv = smtp_server(auth=True, auth_require_tls=False)
    books = []
    for name in ("dinas-a", "dinas-b", "dinas-c"):
        books.append(tmp_path / f"{name}.xlsx")
        shutil.copy(EXAMPLE, books[-1])
    outdir = tmp_path / "terkirim"
    result = lkj(
        "run",
        *map(str, books),
        "--no-pdf",
        "--outdir",
        str(outdir),
        "--send-to",
        "bappeda@example.go.id",
        *smtp_args(srv.port),
        env={"LKJ_SMTP_USER": USER, "LKJ_SMTP_PASSWORD": "salah-ketik"},
    )
    assert result.returncode == 3, result.stderr
    assert srv.auth.calls == [("PLAIN", USER)]  # one failed login, not three
    assert srv.handler.received == []
    assert sorted(p.name for p in outdir.iterdir()) == ["dinas-a.xlsx", "dinas-b.xlsx", "dinas-c.xlsx"]
    lines = result.stderr.splitlines()
    first = [line for line in lines if f" ERROR {books[0]}: " in line]
    assert len(first) == 1 and "authentication rejected: 535" in first[0]
    assert "check the SMTP user and password" in first[0]
    for book in books[1:]:
        [line] = [line for line in lines if f" ERROR {book}: " in line]
        assert f"not sent: the SMTP server refused the login for {books[0]}" in line
    assert lines[-1].endswith(f"3 of 3 workbooks failed: {', '.join(map(str, books))}")
    assert "salah-ketik" not in result.stderr


# --------------------------------------------------------------------------- build -o over a file


def test_build_o_never_replaces_another_agencys_workbook(tmp_path):
    # `lkj-xl build dinas-a.xlsx -o dinas-b.xlsx` (tab completion one name too far) replaced Dinas
    # B's workbook, all its typed targets and realisations, with Dinas A's, silently, exit 0.
    dinas_b = tmp_path / "dinas-b.xlsx"
    assert lkj("new", str(dinas_b), "--pemda", "Kabupaten Lumajang", "--opd", "Dinas B").returncode == 0
    typed = dinas_b.read_bytes()
    result = lkj("build", str(EXAMPLE), "-o", str(dinas_b))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"error: cannot write {dinas_b}: it is the workbook of Dinas B")
    assert "Dinas Koperasi, UKM, Perindustrian dan Perdagangan" in result.stderr  # the input's agency
    assert "choose another name" in result.stderr
    assert dinas_b.read_bytes() == typed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dinas-b.xlsx"]


def test_build_o_never_replaces_a_file_that_is_not_a_workbook(tmp_path):
    notes = tmp_path / "catatan.txt"
    notes.write_text("catatan rapat evaluasi TW II", encoding="utf-8")
    result = lkj("build", str(EXAMPLE), "-o", str(notes))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"error: cannot write {notes}: it is not an lkj-xl workbook")
    assert notes.read_text(encoding="utf-8") == "catatan rapat evaluasi TW II"


def test_build_o_replaces_its_own_earlier_result(tmp_path):
    # README's first command run again (next quarter, after staff changed the Triwulan) still
    # replaces hasil.xlsx: the same Perangkat Daerah's earlier result.
    book = tmp_path / "laporan.xlsx"
    shutil.copy(EXAMPLE, book)
    hasil = tmp_path / "hasil.xlsx"
    assert lkj("build", str(book), "-o", str(hasil)).returncode == 0
    first = hasil.read_bytes()
    result = lkj("build", str(book), "-o", str(hasil), "--triwulan", "3")
    assert result.returncode == 0, result.stderr
    assert hasil.read_bytes() != first


def test_run_into_an_outdir_holding_another_agencys_file_of_that_name_refuses_it(tmp_path):
    # Two Pemda's `dinas-pendidikan.xlsx` run one after the other into one --outdir: the second
    # replaced the first's built workbook. Refused for that workbook (exit 2), named.
    outdir = tmp_path / "terkirim"
    outdir.mkdir()
    other = outdir / "dinas-pendidikan.xlsx"
    assert lkj("new", str(other), "--pemda", "Kabupaten Jember", "--opd", "Dinas Pendidikan").returncode == 0
    theirs = other.read_bytes()
    book = tmp_path / "dinas-pendidikan.xlsx"
    shutil.copy(EXAMPLE, book)
    result = lkj("run", str(book), "--no-pdf", "--outdir", str(outdir))
    assert result.returncode == 2, result.stderr
    assert f" ERROR {book}: cannot write {other}: it is the workbook of Dinas Pendidikan" in result.stderr
    assert other.read_bytes() == theirs


# --------------------------------------------------------------------------- --help


def test_every_option_of_every_command_is_explained_in_its_help():
    # `lkj-xl export --help` listed `--format [json|csv]` and `lkj-xl serve --help` `--port` with
    # nothing beside them: what the admin reads when a cron line or a systemd unit is written.
    import click

    from lkj_xl.cli import main

    bare = [
        f"{name} {param.opts[-1]}"
        for name, command in main.commands.items()
        for param in command.params
        if isinstance(param, click.Option) and not param.hidden and not (param.help or "").strip()
    ]
    assert bare == []


# --------------------------------------------------------------------------- serve's environment


def test_serve_with_a_log_level_it_does_not_know_is_exit_2_before_announcing_itself():
    # `Environment=LKJ_XL_LOG_LEVEL=verbose` in a systemd unit: the server printed its manifest URL,
    # then died with "internal error (KeyError: 'verbose')", exit 4. Refused before, naming the values.
    from tests.common import free_port

    port = free_port()
    env = {"XLWINGS_LICENSE_KEY": "noncommercial", "LKJ_XL_LOG_LEVEL": "verbose"}
    result = lkj("serve", "--port", str(port), env=env)
    assert result.returncode == 2, result.stderr
    assert (
        "error: LKJ_XL_LOG_LEVEL must be one of critical, error, warning, info, debug, trace" in result.stderr
    )
    assert (
        "'verbose'" in result.stderr and "Manifest" not in result.stdout and "internal" not in result.stderr
    )


# --------------------------------------------------------------------------- a file where a folder is


@pytest.mark.parametrize("command", ["build", "new", "export", "laporan", "rekap", "send"])
def test_an_output_under_a_file_says_it_is_a_file_not_a_folder(tmp_path, command):
    # `-o arsip/tw2.xlsx` where `arsip` is a file (a share not mounted leaves its mount point's
    # placeholder, a typo names the workbook): "Folder 'arsip' does not exist" (it does) or
    # "File exists" (which file?). Both now say what is in the way.
    blocker = tmp_path / "arsip"
    blocker.write_text("bukan folder", encoding="utf-8")
    out = blocker / "hasil"
    args = {
        "build": ["build", str(EXAMPLE), "-o", f"{out}.xlsx"],
        "new": ["new", f"{out}.xlsx"],
        "export": ["export", str(EXAMPLE), "-o", f"{out}.json"],
        "laporan": ["laporan", str(EXAMPLE), "-o", f"{out}.docx"],
        "rekap": ["rekap", str(EXAMPLE), "-o", f"{out}.xlsx"],
        "send": ["send", str(EXAMPLE), "--to", "bappeda@example.go.id", "--dry-run", f"{out}.eml"],
    }[command]
    result = lkj(*args, env={"HOME": str(tmp_path), "LKJ_SMTP_HOST": "", "LKJ_SMTP_FROM": ""})
    assert result.returncode == 2, result.stderr
    assert f"'{blocker}' is a file, not a folder" in result.stderr, result.stderr
    assert "internal" not in result.stderr
    assert blocker.read_text(encoding="utf-8") == "bukan folder"


def test_serve_stopped_by_systemd_exits_0_so_the_unit_is_not_failed():
    # `systemctl stop lkj-xl` sends SIGTERM: the server stopped gracefully, then exited 143, which
    # systemd counts as a failure (only 0 and death by SIGTERM itself are clean), so every stop or
    # restart left the unit "failed" in `systemctl status` and in monitoring. A requested stop is a
    # success: exit 0, `stopped` on stderr, the port free again.
    import socket

    from tests.common import free_port

    port = free_port()
    code, _, err = serve(port=port)
    assert code == 0, err
    assert err.rstrip().endswith("stopped"), err
    with socket.socket() as again:  # freed: nothing listens (its closed connections may wait a while)
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", port))
        again.listen()


def serve(*args: str, env: dict[str, str] | None = None, port: int | None = None) -> tuple[int, str, str]:
    """``lkj-xl serve ARGS`` on loopback ``port`` (a free one by default), no LKJ_XL_TOKEN but in
    ``env``, until it answers, then systemd's stop (SIGTERM): (exit status, stdout, stderr)."""
    import signal
    import subprocess

    from tests.common import ROOT, free_port

    port = port or free_port()
    full_env = {k: v for k, v in os.environ.items() if k != "LKJ_XL_TOKEN"}
    full_env.update({"PYTHONPATH": str(ROOT), "XLWINGS_LICENSE_KEY": "noncommercial", **(env or {})})
    with subprocess.Popen(
        [sys.executable, "-m", "lkj_xl.cli", "serve", "--port", str(port), *args],
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as server:
        try:
            assert _serves_manifest(port, server)
        finally:
            server.send_signal(signal.SIGTERM)
            out, err = server.communicate(timeout=60)
    return server.returncode, out, err


def _serves_manifest(port: int, server) -> bool:
    """The server answers /manifest.xml within 60 s (False when it died first)."""
    import time
    import urllib.request

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/manifest.xml", timeout=5) as answer:
                return answer.status == 200
        except OSError:
            time.sleep(0.2)
    return False


# --------------------------------------------------------------------------- -o naming a workbook


@pytest.mark.parametrize("command", ["export", "export-csv", "pdf", "laporan", "send"])
def test_an_output_that_is_not_a_workbook_never_replaces_one(tmp_path, command):
    # `lkj-xl pdf laporan.xlsx -o laporan.xlsx` (the .pdf meant), `export ... -o laporan.xlsx`: the
    # agency's workbook was replaced by a PDF, JSON, CSV, Word document or e-mail, exit 0, every typed
    # figure gone. A command whose output is not a workbook never writes over one.
    from tests.test_admin import fake_soffice

    book = tmp_path / "laporan.xlsx"
    shutil.copy(EXAMPLE, book)
    other = tmp_path / "dinas-b.xlsm"
    shutil.copy(EXAMPLE, other)
    for target in (book, other):
        args = {
            "export": ["export", str(book), "-o", str(target)],
            "export-csv": ["export", str(book), "--format", "csv", "-o", str(target)],
            "pdf": ["pdf", str(book), "-o", str(target)],
            "laporan": ["laporan", str(book), "-o", str(target)],
            "send": ["send", str(book), "--to", "bappeda@example.go.id", "--dry-run", str(target)],
        }[command]
        env = {"HOME": str(tmp_path), "LKJ_SMTP_HOST": "", "LKJ_SMTP_FROM": ""}
        env["LKJ_SOFFICE"] = str(fake_soffice(tmp_path / "soffice", 2000))
        result = lkj(*args, env=env)
        assert result.returncode == 2, (target, result.stderr)
        assert result.stderr.startswith(f"error: cannot write {target}: it is an Excel workbook"), (
            result.stderr
        )
        assert target.read_bytes() == EXAMPLE.read_bytes()
    left = sorted(p.name for p in tmp_path.iterdir() if p.name not in (".cache", ".config"))  # matplotlib's
    assert left == ["dinas-b.xlsm", "laporan.xlsx", "soffice"]


def test_pdf_onto_a_workbook_is_refused_before_libreoffice_starts(tmp_path):
    # `lkj-xl pdf laporan.xlsx -o laporan.xlsx` on a server was refused only after LibreOffice had
    # converted the report (tens of seconds). The same refusal comes first: the LibreOffice standing
    # in here leaves a mark when started, and none may be left.
    book = tmp_path / "laporan.xlsx"
    shutil.copy(EXAMPLE, book)
    started = tmp_path / "soffice-started"
    soffice = tmp_path / "soffice"
    soffice.write_text(f"#!/bin/sh\ntouch {started}\nexit 1\n")
    soffice.chmod(0o755)
    env = {"HOME": str(tmp_path), "LKJ_SOFFICE": str(soffice)}
    for args in (
        ["pdf", str(book), "-o", str(book)],
        ["pdf", str(book), "--sheet", "Efisiensi", "-o", str(book)],
    ):
        result = lkj(*args, env=env)
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith(f"error: cannot write {book}: it is an Excel workbook"), result.stderr
        assert not started.exists(), args
        assert book.read_bytes() == EXAMPLE.read_bytes()
    # The stand-in does start when the output is a PDF (the test can fail): LibreOffice's failure.
    result = lkj("pdf", str(book), "-o", str(tmp_path / "laporan.pdf"), env=env)
    assert result.returncode != 0 and started.exists(), result.stderr
