"""The IT admin's view: `lkj-xl run` and `lkj-xl pdf` unattended (cron), each failure said with its
file and exit status, never silent. Real processes, a real SMTP server on loopback (tests/mailserver.py),
real files; a fake ``soffice`` is a real executable script."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.common import EXAMPLE, ROOT, LoopbackServer, free_port, smtp_args

# Fake LibreOffice shell scripts, RLIMIT_FSIZE, SIGTERM and /proc: a Linux server's tools.
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux server behaviour")


@pytest.fixture
def smtp(smtp_server):
    server = smtp_server()
    return server.handler, server.port


def lkj(*args: str, env: dict[str, str] | None = None, preexec=None) -> subprocess.CompletedProcess:
    """``lkj-xl ARGS`` as cron runs it: a separate process, this worktree's package, no config file."""
    full_env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "LKJ_SMTP_USER": "",
        "LKJ_SMTP_PASSWORD": "",
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "lkj_xl.cli", *args],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=preexec,
    )


def agency_books(folder: Path, *names: str) -> list[Path]:
    """Copies of the example in ``folder``, one per agency name (NAME.xlsx), as cron finds them."""
    books = [folder / f"{name}.xlsx" for name in names]
    for book in books:
        shutil.copy(EXAMPLE, book)
    return books


def mail_args(port: int) -> list[str]:
    return ["--send-to", "bappeda@example.go.id", *smtp_args(port)]


def attachments(inbox) -> list[list[str]]:
    return [[a.get_filename() for a in msg.iter_attachments()] for _, msg in inbox.messages]


# --------------------------------------------------------------------------- one workbook, one mail


def test_run_sends_a_workbook_named_twice_once(smtp, tmp_path):
    # `lkj-xl run /data/*.xlsx /data/dinas-a.xlsx`, or a symlink beside its target: one workbook, so
    # one build and one mail; the repeats are skipped with a line naming the first.
    inbox, port = smtp
    folder = tmp_path / "lkjip"
    folder.mkdir()
    book = folder / "dinas-a.xlsx"
    shutil.copy(EXAMPLE, book)
    (folder / "tautan.xlsx").symlink_to(book)
    result = lkj(
        "run",
        str(book),
        str(folder / "tautan.xlsx"),
        str(book),
        "--no-pdf",
        "--outdir",
        str(tmp_path / "out"),
        *mail_args(port),
    )
    assert result.returncode == 0, result.stderr
    assert attachments(inbox) == [["dinas-a.xlsx"]]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["dinas-a.xlsx"]
    skipped = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == 2
    assert all(f"the same workbook as {book}" in line for line in skipped)
    assert str(folder / "tautan.xlsx") in skipped[0]
    assert "1 workbooks done" in result.stderr.splitlines()[-1]


def test_run_never_writes_two_workbooks_over_one_name_in_outdir(smtp, tmp_path):
    # Two agencies' folders each hold a dinas.xlsx: --outdir would write the second over the first
    # (and its PDF), so the first agency's built file would silently be the second's. The second is
    # refused before any work (exit 2, named), the first is built and sent.
    inbox, port = smtp
    for sub in ("kecamatan-a", "kecamatan-b"):
        (tmp_path / sub).mkdir()
        shutil.copy(EXAMPLE, tmp_path / sub / "dinas.xlsx")
    first, second = tmp_path / "kecamatan-a" / "dinas.xlsx", tmp_path / "kecamatan-b" / "dinas.xlsx"
    second_before = second.read_bytes()
    outdir = tmp_path / "out"
    result = lkj("run", str(first), str(second), "--no-pdf", "--outdir", str(outdir), *mail_args(port))
    assert result.returncode == 2, result.stderr
    assert len(inbox.messages) == 1
    errors = [line for line in result.stderr.splitlines() if " ERROR " in line]
    assert errors[0].split(" ERROR ", 1)[1].startswith(f"{second}: ")
    assert str(outdir / "dinas.xlsx") in errors[0] and str(first) in errors[0]
    assert errors[-1].endswith(f"1 of 2 workbooks failed: {second}")
    assert second.read_bytes() == second_before


# --------------------------------------------------------------------------- PDF writes


def fake_soffice(path: Path, pdf_bytes: int) -> Path:
    """An executable standing in for LibreOffice: lifts its own file-size limit (its soft limit, as a
    process may) and writes a PDF of ``pdf_bytes`` bytes where --outdir says."""
    path.write_text(
        textwrap.dedent(
            f"""\
            #!{sys.executable}
            import resource, sys
            from pathlib import Path
            _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
            resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
            args = sys.argv[1:]
            outdir = Path(args[args.index("--outdir") + 1])
            (outdir / (Path(args[-1]).stem + ".pdf")).write_bytes(b"%PDF-1.4\\n" + b"0" * {pdf_bytes})
            """
        )
    )
    path.chmod(0o755)
    return path


def limit_file_size(limit: int):
    """preexec_fn: a file-size limit for lkj-xl (soft; hard unlimited) with SIGXFSZ ignored, so a
    write beyond it fails with EFBIG as on a full disk instead of killing the process."""

    def apply() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return apply


def test_pdf_that_cannot_be_written_is_exit_2_naming_it_and_leaves_nothing(tmp_path):
    soffice = fake_soffice(tmp_path / "soffice", 2_000_000)  # a 2 MB PDF against a 1 MB limit
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "laporan.pdf"
    pdf.write_bytes(b"%PDF-1.4 the earlier PDF")
    result = lkj(
        "pdf",
        str(EXAMPLE),
        "-o",
        str(pdf),
        env={"LKJ_SOFFICE": str(soffice)},
        preexec=limit_file_size(1_000_000),
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"error: cannot write {pdf}: File too large")
    assert "bug" not in result.stderr
    assert pdf.read_bytes() == b"%PDF-1.4 the earlier PDF"  # the earlier PDF is left as it was
    assert sorted(p.name for p in out.iterdir()) == ["laporan.pdf"]  # no temporary file stays


@pytest.mark.parametrize("where", ["eml", "temporary folder"])
def test_send_dry_run_that_cannot_be_written_is_exit_2_naming_the_file(tmp_path, where):
    # The .eml carries the built workbook in base64 (4/3 of its size): a limit of the workbook's size
    # plus 1 KB lets the attachment's temporary copy be written and stops the .eml; 20 KB stops the
    # temporary copy (a full /tmp), which is named.
    from lkj_xl.build import build_in_memory

    size = len(build_in_memory(EXAMPLE).data)
    eml = tmp_path / "out" / "pesan.eml"
    temp = tmp_path / "tmp"
    temp.mkdir()
    eml.parent.mkdir()
    result = lkj(
        "send",
        str(EXAMPLE),
        "--to",
        "bappeda@example.go.id",
        "--dry-run",
        str(eml),
        env={"HOME": str(tmp_path), "LKJ_SMTP_HOST": "", "LKJ_SMTP_FROM": "", "TMPDIR": str(temp)},
        preexec=limit_file_size(size + 1000 if where == "eml" else 20_000),
    )
    assert result.returncode == 2, result.stderr
    named = str(eml) if where == "eml" else str(temp)
    assert result.stderr.startswith(f"error: cannot write {named}"), result.stderr
    assert "File too large" in result.stderr
    assert list((tmp_path / "out").iterdir()) == [] and list(temp.iterdir()) == []  # nothing half


# --------------------------------------------------------------------------- LibreOffice hanging


def hanging_soffice(path: Path, pids: Path) -> Path:
    """A LibreOffice that hangs: it starts a child (as soffice.bin) that sleeps, records both pids."""
    path.write_text(f"#!/bin/sh\nsleep 60 &\necho $$ $! >> {pids}\nwait\n")
    path.chmod(0o755)
    return path


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as fh:  # a zombie waiting for its parent's wait is not running
        return fh.read().split(") ", 1)[1][0] != "Z"


def test_run_pdf_timeout_stops_a_hung_libreoffice_and_says_the_report_was_not_sent(smtp, tmp_path):
    # cron with 40 workbooks and a LibreOffice that hangs: without a limit of its own each workbook
    # waits 180 s. --pdf-timeout bounds it; the hung process and its child are killed; the log says
    # the report was not mailed (the PDF it would carry is missing) and the run exits 3.
    inbox, port = smtp
    pids = tmp_path / "pids"
    soffice = hanging_soffice(tmp_path / "soffice", pids)
    book = tmp_path / "in" / "dinas-a.xlsx"
    book.parent.mkdir()
    shutil.copy(EXAMPLE, book)
    import time

    started = time.monotonic()
    result = lkj(
        "run",
        str(book),
        "--pdf-timeout",
        "1",
        "--outdir",
        str(tmp_path / "out"),
        *mail_args(port),
        env={"LKJ_SOFFICE": str(soffice)},
    )
    assert time.monotonic() - started < 30
    assert result.returncode == 3, result.stderr
    assert inbox.messages == []
    (error,) = [line for line in result.stderr.splitlines() if " ERROR " in line and "timed out" in line]
    assert error.split(" ERROR ", 1)[1].startswith(f"{book}: ")
    assert "timed out after 1 s" in error and "not sent" in error
    assert not (tmp_path / "out" / "dinas-a.pdf").exists()
    for pid in map(int, pids.read_text().split()):
        assert not alive(pid)


# --------------------------------------------------------------------------- overlapping cron runs


def test_a_second_run_on_the_same_folder_stops_at_once_instead_of_mailing_again(smtp, tmp_path):
    # cron starts the quarter's run again (or the admin by hand) while the first is still printing:
    # the second would build, print and mail every agency's report a second time. It stops before any
    # work (exit 2, saying why); the first finishes as if alone.
    import time

    inbox, port = smtp
    pids = tmp_path / "pids"
    soffice = hanging_soffice(tmp_path / "soffice", pids)
    folder = tmp_path / "lkjip"
    folder.mkdir()
    for name in ("dinas-a.xlsx", "dinas-b.xlsx"):
        shutil.copy(EXAMPLE, folder / name)
    books = [str(folder / "dinas-a.xlsx"), str(folder / "dinas-b.xlsx")]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LKJ_SMTP_USER": "", "LKJ_SMTP_PASSWORD": ""}
    first = subprocess.Popen(
        [sys.executable, "-m", "lkj_xl.cli", "run", *books, "--pdf-timeout", "2", *mail_args(port)],
        env={**env, "LKJ_SOFFICE": str(soffice)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while not pids.exists() and time.monotonic() < deadline:  # the first is printing dinas-a
            time.sleep(0.05)
        second = lkj("run", *reversed(books), "--no-pdf", *mail_args(port))
        _, first_log = first.communicate(timeout=30)
    finally:
        first.kill()
    assert second.returncode == 2, second.stderr
    assert "another lkj-xl run" in second.stderr and str(folder) in second.stderr
    assert " built " not in second.stderr and inbox.messages == []
    assert first.returncode == 3, first_log  # its own outcome: the hung LibreOffice, nothing else
    assert first_log.count(" built (") == 2
    assert sorted(p.name for p in folder.iterdir()) == ["dinas-a.xlsx", "dinas-b.xlsx"]  # no lock left


# --------------------------------------------------------------------------- rekap on a full disk


def test_rekap_on_a_full_temporary_folder_is_exit_2_naming_it(tmp_path):
    # The rekap workbook's sheets go through xlsxwriter's temporary files: a full /tmp is a write
    # failure (exit 2, the folder named), not an internal error; no rekap and no temporary file stays.
    folder = tmp_path / "tw2"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "dinas-a.xlsx")
    temp = tmp_path / "tmp"
    temp.mkdir()
    out = tmp_path / "rekap.xlsx"
    result = lkj(
        "rekap",
        str(folder),
        "--jobs",
        "1",
        "-o",
        str(out),
        env={"TMPDIR": str(temp)},
        preexec=limit_file_size(3000),
    )
    assert result.returncode == 2, result.stderr
    assert f"error: cannot write temporary files in {temp}" in result.stderr
    assert "File too large" in result.stderr and "bug" not in result.stderr
    assert not out.exists() and list(temp.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tmp", "tw2"]


# --------------------------------------------------------------------------- configuration typos


def test_a_mistyped_section_of_the_config_file_is_named_not_ignored(tmp_path):
    # ~/.config/lkj-xl/config.toml with [stmp] (typed for [smtp]): its host, sender and password were
    # silently ignored, the error then spoke of a missing host. It names the section.
    config = tmp_path / ".config" / "lkj-xl" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(
        '[stmp]\nhost = "127.0.0.1"\nsecurity = "none"\nfrom = "program@example.go.id"\n', encoding="utf-8"
    )
    (book,) = agency_books(tmp_path, "dinas-a")
    before = book.read_bytes()
    result = lkj(
        "run",
        str(book),
        "--no-pdf",
        "--send-to",
        "bappeda@example.go.id",
        env={"HOME": str(tmp_path), "XDG_CONFIG_HOME": "", "LKJ_SMTP_HOST": "", "LKJ_SMTP_FROM": ""},
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"error: {config}: unknown section [stmp]"), result.stderr
    assert "[smtp]" in result.stderr
    assert book.read_bytes() == before  # stopped before any work


# --------------------------------------------------------------------------- a workbook replaced mid-run


def test_a_workbook_copied_over_while_it_is_built_in_place_is_kept_not_overwritten(tmp_path):
    # The agency uploads its corrected workbook into /data/lkjip while cron's run is building the old
    # one in place: writing the build of the old one over it would silently lose the upload. The
    # build notices the file changed since it was read, writes nothing (exit 2, saying so).
    sys.path.insert(0, str(ROOT / "tests"))
    from bench_build import district_workbook

    book = tmp_path / "dinas-a.xlsx"
    district_workbook(book, 3000, 600)  # about a second to read, compute and graft
    upload = tmp_path / "upload.tmp"
    shutil.copy(EXAMPLE, upload)
    uploaded = upload.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    build = subprocess.Popen(
        [sys.executable, "-m", "lkj_xl.cli", "build", str(book)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    import time

    lock = tmp_path / ".dinas-a.xlsx.lkj-lock"  # the build holds it from before reading to the rename
    deadline = time.monotonic() + 20
    while not lock.exists() and build.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    time.sleep(0.2)  # well inside the second it reads and computes, past its first look at the file
    os.replace(upload, book)  # as an upload (scp, Samba, a file manager) lands: a new file, renamed
    _, err = build.communicate(timeout=60)
    assert build.returncode == 2, err
    assert err.startswith(f"error: {book}: ") and "changed while it was being built" in err
    assert book.read_bytes() == uploaded
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dinas-a.xlsx"]


# --------------------------------------------------------------------------- serve's certificate


@pytest.mark.parametrize("problem", ["not PEM", "key of another certificate"])
def test_serve_with_an_unusable_certificate_is_exit_2_before_announcing_itself(tmp_path, problem):
    # A certificate renewed without its key, or a file that is not PEM: the server never started, yet
    # it printed its manifest URL and then "internal error ... a bug in lkj-xl" (exit 4).
    trustme = pytest.importorskip("trustme")
    cert, key = tmp_path / "lkj.pem", tmp_path / "lkj.key"
    if problem == "not PEM":
        cert.write_text("bukan sertifikat\n")
        key.write_text("bukan kunci\n")
    else:
        ca = trustme.CA()
        ca.issue_cert("lkj.example.go.id").cert_chain_pems[0].write_to_path(cert)
        ca.issue_cert("lkj.example.go.id").private_key_pem.write_to_path(key)
    result = lkj(
        "serve",
        "--host",
        "0.0.0.0",
        "--port",
        str(free_port()),
        "--certfile",
        str(cert),
        "--keyfile",
        str(key),
        env={"XLWINGS_LICENSE_KEY": "noncommercial", "LKJ_XL_TOKEN": "t0ken-panjang-sekali-1234"},
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"error: cannot use the certificate {cert} with the key {key}: ")
    assert "Manifest" not in result.stdout and "bug" not in result.stderr


def test_serve_on_a_port_in_use_is_exit_2_before_announcing_itself():
    # A second `lkj-xl serve` (systemd restarting it while the old one still holds the port) printed
    # its manifest URL, then exited 3, which README's table reserves for a failed delivery.
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = lkj("serve", "--port", str(port), env={"XLWINGS_LICENSE_KEY": "noncommercial"})
    assert result.returncode == 2, result.stderr
    assert f"error: cannot listen on 127.0.0.1:{port}: " in result.stderr
    assert "Manifest" not in result.stdout


def test_run_with_an_outdir_that_cannot_be_made_is_exit_2_naming_it(tmp_path):
    # --outdir on a share that is not mounted (a file where a folder is expected): not a bug (exit 4)
    # but a folder that cannot be written, exit 2, before any workbook is read.
    (tmp_path / "terkirim").write_text("bukan folder")
    outdir = tmp_path / "terkirim" / "tw2"
    (book,) = agency_books(tmp_path, "dinas-a")
    result = lkj("run", str(book), "--no-pdf", "--outdir", str(outdir))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"error: cannot create the folder {outdir}: Not a directory")
    assert " built " not in result.stderr


def test_run_goes_on_when_a_workbook_named_is_missing_or_a_folder(tmp_path):
    # /data/lkjip/*.xlsx expanded by cron's shell, then a file removed before its turn, a dangling
    # symlink, or a folder named arsip.xlsx: the whole run was refused (click's usage error, no
    # workbook built or sent). Each is that workbook's failure; the others go on.
    folder = tmp_path / "lkjip"
    folder.mkdir()
    good = folder / "dinas-a.xlsx"
    shutil.copy(EXAMPLE, good)
    (folder / "arsip.xlsx").mkdir()
    (folder / "tautan.xlsx").symlink_to(folder / "dihapus.xlsx")
    named = [folder / "arsip.xlsx", folder / "hilang.xlsx", folder / "tautan.xlsx", good]
    result = lkj("run", *map(str, named), "--no-pdf", "--outdir", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    assert (tmp_path / "out" / "dinas-a.xlsx").exists()
    failed = [p for p in named if p != good]
    assert result.stderr.splitlines()[-1].endswith(f"3 of 4 workbooks failed: {', '.join(map(str, failed))}")
    lines = result.stderr.splitlines()
    for path in failed[1:]:
        assert any(f" ERROR {path}: cannot read" in line for line in lines)
    assert any(f" ERROR {failed[0]} is a folder, not a workbook" in line for line in lines)


def test_build_in_place_of_a_missing_workbook_says_it_cannot_be_read(tmp_path):
    # `run` builds in place without --outdir: a workbook gone since cron expanded the glob was
    # reported as "cannot write ...: No such file or directory", which sends the admin to check
    # permissions. It is a file that cannot be read.
    gone = tmp_path / "dinas-hilang.xlsx"
    result = lkj("run", str(gone), "--no-pdf")
    assert result.returncode == 2, result.stderr
    assert f" ERROR {gone}: cannot read {gone}: No such file or directory" in result.stderr


# --------------------------------------------------------------------------- SIGTERM


def test_sigterm_during_run_kills_libreoffice_removes_its_files_and_says_terminated(tmp_path):
    # systemd stopping the timer's service, `timeout 2h lkj-xl run ...`, or kill: SIGTERM ended
    # lkj-xl at once, leaving a hung LibreOffice running forever, its temporary folder (a copy of the
    # agency's figures) in /tmp, the run's lock file, and no line in the log saying it stopped. It
    # unwinds as Ctrl-C does: LibreOffice and its children killed, nothing left, `terminated`, 143.
    import signal
    import time

    pids = tmp_path / "pids"
    soffice = hanging_soffice(tmp_path / "soffice", pids)
    folder = tmp_path / "lkjip"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "dinas-a.xlsx")
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LKJ_SOFFICE": str(soffice), "TMPDIR": str(temp)}
    run = subprocess.Popen(
        [sys.executable, "-m", "lkj_xl.cli", "run", str(folder / "dinas-a.xlsx")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while not pids.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.1)
        run.send_signal(signal.SIGTERM)
        _, err = run.communicate(timeout=20)
    finally:
        run.kill()
    left = [pid for pid in map(int, pids.read_text().split()) if alive(pid)]
    for pid in left:  # so that a failing test leaves no process behind
        os.kill(pid, signal.SIGKILL)
    assert run.returncode == 143, err
    assert err.splitlines()[-1] == "terminated"
    assert left == []
    assert list(temp.iterdir()) == []
    assert sorted(p.name for p in folder.iterdir()) == ["dinas-a.xlsx"]


# --------------------------------------------------------------------------- SMTP dropping the line, or silent


class FaultySmtp(LoopbackServer):
    """A minimal SMTP server on loopback (a real socket, one connection at a time): the first
    ``faults`` connections misbehave as ``fault`` says, later ones accept the message. ``drop``: the
    line is cut in the middle of the message's data; ``silent``: the connection is accepted and never
    answered (a firewall or proxy swallowing it, STARTTLS spoken to the implicit-TLS port 465);
    ``silent-after-greeting``: it greets, then never answers a command; ``silent-after-data``: the
    whole message is read, then never answered. ``silences``: each silent connection's seconds from
    the server's last word (or its accept) to the client hanging up, as the server saw them: the
    client's own timeout at work, without its start-up or its report's computation."""

    def __init__(self, faults: int, fault: str = "drop") -> None:
        self.faults, self.fault = faults, fault
        self.accepted: list[bytes] = []
        self.unanswered: list[bytes] = []  # messages read whole by a silent-after-data connection
        self.silences: list[float] = []
        super().__init__()

    def handle(self, conn) -> None:
        import contextlib
        import socket

        with conn, conn.makefile("rb") as lines:
            self._session(conn, lines, self.fault if self.connections <= self.faults else None)
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def _session(self, conn, lines, fault: str | None) -> None:
        import time

        silent_since = time.monotonic()
        if fault == "silent":
            for _ in lines:  # whatever the client says, until it hangs up
                pass
            self.silences.append(time.monotonic() - silent_since)
            return
        conn.sendall(b"220 mail.example.go.id ESMTP\r\n")
        silent_since = time.monotonic()
        for line in lines:
            if fault == "silent-after-greeting":
                continue  # reads every command, answers none, until the client hangs up
            verb = line[:4].upper()
            if verb == b"DATA":
                conn.sendall(b"354 go ahead\r\n")
                data = b""
                for part in lines:
                    if fault == "drop" and len(data) > 2000:
                        return  # the line goes dead in the middle of the attachment
                    if part == b".\r\n":
                        break
                    data += part
                if fault == "silent-after-data":
                    self.unanswered.append(data)
                    silent_since = time.monotonic()
                    for _ in lines:
                        pass
                    self.silences.append(time.monotonic() - silent_since)
                    return
                self.accepted.append(data)
                conn.sendall(b"250 queued\r\n")
            elif verb == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:
                conn.sendall(b"250 ok\r\n")
        if fault == "silent-after-greeting":
            self.silences.append(time.monotonic() - silent_since)


def waited_its_timeout(server: FaultySmtp) -> bool:
    """Whether the client hung up on ``server``'s one silent connection after a timeout of its own
    well below the default's (DEFAULT_TIMEOUT, 30 s): the silence as the server kept it, never the
    process's start-up and computation, which a loaded machine slows. Half the default: a client
    waiting the default shows 30 s or more; one waiting the 1 s given would need its wake-up delayed
    by 14 s to reach it. (The server thread records the silence when it sees the hang-up, which may
    come a moment after the process ended: waited for, up to a minute, not asserted on.)"""
    import time

    from lkj_xl.delivery.config import DEFAULT_TIMEOUT

    for _ in range(6000):
        if server.silences:
            break
        time.sleep(0.01)
    return len(server.silences) == 1 and server.silences[0] < DEFAULT_TIMEOUT / 2


def run_to(server: FaultySmtp, books: list[Path], *options: str):
    """``lkj-xl run BOOKS --no-pdf`` (outputs in the books' folder/out) mailing to bappeda@ through
    ``server``, closed after: the process."""
    outdir = str(books[0].parent / "out")
    try:
        result = lkj(
            "run", *map(str, books), "--no-pdf", "--outdir", outdir, *mail_args(server.port), *options
        )
    finally:
        server.close()
    return result


def test_run_does_not_send_again_a_mail_whose_connection_dropped_after_all_of_it_left(tmp_path):
    # The server hangs up 2 kB into the data, but this small mail had all left lkj-xl (the kernel's
    # buffers hold it) before the drop was seen: from lkj-xl's side that is a connection lost after
    # the whole message, which a server that had queued it would deliver twice if sent again. Not
    # sent again; it MAY have been delivered. (Cut while the message is still going out, it is sent
    # again: tests/test_mail_deadlines.py.)
    server = FaultySmtp(faults=1)
    (book,) = agency_books(tmp_path, "dinas-a")
    result = run_to(server, [book], "--retries", "1")
    assert result.returncode == 3, result.stderr
    assert server.connections == 1 and server.accepted == []
    log = result.stderr
    assert f"{book}: attempt 1/2 failed: the connection to the SMTP server" in log
    assert "it MAY have been delivered, so it was not sent again" in log
    assert "delivery UNCERTAIN for: bappeda@example.go.id" in log


def test_run_whose_mail_never_gets_through_exits_3_naming_the_workbook_and_recipient(tmp_path):
    server = FaultySmtp(faults=99)
    (book,) = agency_books(tmp_path, "dinas-a")
    result = run_to(server, [book], "--retries", "0")
    assert result.returncode == 3, result.stderr
    # the line drops after the whole (small) message left lkj-xl: whether it arrived is unknown
    (error,) = [line for line in result.stderr.splitlines() if " ERROR " in line and "bappeda@" in line]
    assert error.split(" ERROR ", 1)[1].startswith(f"{book}: ")
    assert "delivery UNCERTAIN for: bappeda@example.go.id" in error


def send_to(server: FaultySmtp, book: Path, *options: str, env: dict[str, str] | None = None):
    """``lkj-xl send BOOK`` to ``server``, closed after: the process."""
    try:
        result = lkj(
            "send", str(book), "--to", "bappeda@example.go.id", *smtp_args(server.port), *options, env=env
        )
    finally:
        server.close()
    return result


@pytest.mark.parametrize("given", ["option", "environment", "config file"])
def test_send_to_a_silent_smtp_server_gives_up_after_its_timeout_naming_the_server(tmp_path, given):
    # A relay that accepts the connection and never answers (a firewall or proxy swallowing it,
    # STARTTLS spoken to the implicit-TLS port 465) held `send` 127,9 s, measured: 30 s of silence
    # waited four times (--retries 3), 1 + 2 + 4 s between, then "server disconnected", naming no
    # server. Waited once, for the timeout given, and said so.
    server = FaultySmtp(faults=99, fault="silent")
    (book,) = agency_books(tmp_path, "dinas-a")
    options: list[str] = []
    env = {"HOME": str(tmp_path)}
    if given == "option":
        options = ["--smtp-timeout", "1"]
    elif given == "environment":
        env["LKJ_SMTP_TIMEOUT"] = "1"
    else:
        config = tmp_path / "config.toml"
        config.write_text("[smtp]\ntimeout = 1\n", encoding="utf-8")
        options = ["--config", str(config)]
    result = send_to(server, book, *options, env=env)
    assert result.returncode == 3, result.stderr
    assert server.connections == 1, result.stderr  # not waited for again
    assert waited_its_timeout(server), server.silences  # the 1 s given, not the default 30 s
    error = result.stderr.splitlines()[-1]
    assert error.startswith("error: "), result.stderr
    assert f"the SMTP server 127.0.0.1:{server.port} did not answer within 1 s" in error
    assert "NOT delivered to: bappeda@example.go.id" in error


def test_send_to_a_server_silent_after_the_message_sends_it_once_and_says_it_may_have_it(tmp_path):
    # A server that reads the whole message and never confirms it (stalled before its reply) may
    # have it: the client sent it four times (four copies to a server that keeps them, 127,8 s) and
    # said "NOT delivered". Sent once; the error says the server may have it.
    server = FaultySmtp(faults=99, fault="silent-after-data")
    (book,) = agency_books(tmp_path, "dinas-a")
    result = send_to(server, book, "--smtp-timeout", "1", env={"HOME": str(tmp_path)})
    assert result.returncode == 3, result.stderr
    assert waited_its_timeout(server), server.silences  # the 1 s given, not the default 30 s
    assert server.connections == 1 and len(server.unanswered) == 1 and server.accepted == []
    assert b"dinas-a.xlsx" in server.unanswered[0]
    error = result.stderr.splitlines()[-1]
    assert error.startswith(
        f"error: {book}: the SMTP server 127.0.0.1:{server.port} did not answer within 1 s after the whole "
        "message was sent"
    ), error
    assert "may have received it" in error and "bappeda@example.go.id" in error
    assert "NOT delivered" not in error


def test_send_to_a_server_silent_after_its_greeting_gives_up_after_its_timeout(tmp_path):
    # Greeted, then no answer to EHLO (a relay overloaded, a proxy stuck after the banner): the same
    # single wait, without the advice about connecting (the port and TLS mode were right).
    server = FaultySmtp(faults=99, fault="silent-after-greeting")
    (book,) = agency_books(tmp_path, "dinas-a")
    result = send_to(server, book, "--smtp-timeout", "1", env={"HOME": str(tmp_path)})
    assert result.returncode == 3, result.stderr
    assert server.connections == 1, result.stderr
    assert waited_its_timeout(server), server.silences  # the 1 s given, not the default 30 s
    assert result.stderr.splitlines()[-1] == (
        f"error: {book}: the SMTP server 127.0.0.1:{server.port} did not answer within 1 s (--smtp-timeout); "
        "not retried; NOT delivered to: bappeda@example.go.id (not sent)"
    )


def test_run_gives_up_on_a_silent_smtp_server_after_its_timeout_and_goes_on(tmp_path):
    # cron over 40 workbooks and a relay that stopped answering: each workbook held 127 s. The one
    # whose mail met the silence fails after --smtp-timeout, its server named; the next is still
    # built and sent (the server answers again).
    server = FaultySmtp(faults=1, fault="silent")
    books = agency_books(tmp_path, "dinas-a", "dinas-b")
    result = run_to(server, books, "--smtp-timeout", "1")
    assert result.returncode == 3, result.stderr
    assert waited_its_timeout(server), server.silences  # the 1 s given, not the default 30 s
    (error,) = [line for line in result.stderr.splitlines() if " ERROR " in line and "did not" in line]
    assert error.split(" ERROR ", 1)[1].startswith(f"{books[0]}: ")
    assert f"the SMTP server 127.0.0.1:{server.port} did not answer within 1 s" in error
    assert f"{books[1]}: sent to bappeda@example.go.id" in result.stderr
    assert server.connections == 2 and len(server.accepted) == 1
    assert b"dinas-b.xlsx" in server.accepted[0]


def test_send_pdf_timeout_stops_a_hung_libreoffice_and_sends_nothing(smtp, tmp_path):
    # `send --pdf` waited 180 s for a hung LibreOffice with no option to shorten it, where `run` has
    # --pdf-timeout. The same option (same default, same help); the hung process and its child are
    # killed and nothing is mailed.
    import time

    from lkj_xl.cli import main

    send_option, run_option = (
        next(p for p in main.commands[name].params if p.name == "pdf_timeout") for name in ("send", "run")
    )
    assert send_option.opts == run_option.opts == ["--pdf-timeout"]
    assert send_option.default == run_option.default == 180  # README: "(default 180)"
    assert send_option.help == run_option.help
    inbox, port = smtp
    pids = tmp_path / "pids"
    soffice = hanging_soffice(tmp_path / "soffice", pids)
    (book,) = agency_books(tmp_path, "dinas-a")
    started = time.monotonic()
    result = lkj(
        "send",
        str(book),
        "--pdf",
        "--pdf-timeout",
        "1",
        "--to",
        "bappeda@example.go.id",
        *smtp_args(port),
        env={"LKJ_SOFFICE": str(soffice), "HOME": str(tmp_path)},
    )
    assert time.monotonic() - started < 30
    assert result.returncode == 3, result.stderr
    assert inbox.messages == []
    error = result.stderr.splitlines()[-1]
    assert error.startswith("error: LibreOffice conversion of dinas-a.xlsx timed out after 1 s"), error
    assert error.endswith("; the report was not sent"), error
    for pid in map(int, pids.read_text().split()):
        assert not alive(pid)


def test_run_never_prints_two_workbooks_into_one_pdf_name(tmp_path):
    # dinas.xlsx and dinas.xlsm (the button copy) in one folder: both PDFs are dinas.pdf, the second
    # written over the first's (and with --laporan both documents dinas.docx). The later is refused.
    folder = tmp_path / "lkjip"
    folder.mkdir()
    first, second = folder / "dinas.xlsx", folder / "dinas.xlsm"
    shutil.copy(EXAMPLE, first)
    shutil.copy(EXAMPLE, second)
    from lkj_xl.delivery.batch import RunOptions, run_batch
    from lkj_xl.errors import EXIT_UNREADABLE

    lines: list[tuple[str, str]] = []
    options = RunOptions(with_pdf=False, with_laporan=True)
    result = run_batch([first, second], options, lambda level, text: lines.append((level, text)))
    assert result.outcomes == {str(first): 0, str(second): EXIT_UNREADABLE}
    assert (
        "ERROR",
        f"{second}: not built: {folder / 'dinas.docx'} is written for {first} in this run; "
        "rename one of them or run them separately",
    ) in lines
    # without a PDF or a document they share nothing: both are built
    assert run_batch([first, second], RunOptions(with_pdf=False), lambda *line: None).status == 0


@pytest.mark.parametrize(
    "to, cc, sender, typo",
    [
        ("bappeda@", "kepala@example.go.id", "program@example.go.id", "bappeda@"),
        ("bappeda@example.go.id", "kepala dinas@x.go.id", "program@example.go.id", "kepala dinas@x.go.id"),
        ("bappeda@example.go.id", "kepala@example.go.id", "program", "program"),
    ],
)
def test_run_with_a_mistyped_address_stops_before_building_anything(tmp_path, to, cc, sender, typo):
    # A typo in the crontab's addresses was found only when the first mail was built: every one of
    # the 40 workbooks rebuilt in place, then each failed with the same error. Checked first.
    books = agency_books(tmp_path, "dinas-a", "dinas-b")
    result = lkj(
        "run",
        *map(str, books),
        "--no-pdf",
        "--smtp-host",
        "127.0.0.1",
        "--no-tls",
        "--send-to",
        to,
        "--cc",
        cc,
        "--from",
        sender,
        env={"HOME": str(tmp_path)},
    )
    assert result.returncode == 2, result.stderr
    where = "--from: " if typo == sender else ""  # a sender is said with where it was given
    assert f"error: {where}invalid e-mail address {typo!r}" in result.stderr
    assert " built " not in result.stderr
    assert all(book.read_bytes() == EXAMPLE.read_bytes() for book in books)


def test_send_update_whose_mail_fails_says_the_workbook_was_rebuilt(tmp_path):
    # --update rebuilds the workbook, then mails it: when the mail fails, only the mail error was
    # shown, so staff believed nothing had happened to their file. The rebuild is said before it.
    import socket

    with socket.socket() as closed:  # a port nobody listens on: connection refused
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    (book,) = agency_books(tmp_path, "dinas-a")
    result = lkj(
        "send",
        str(book),
        "--update",
        "--to",
        "bappeda@example.go.id",
        *smtp_args(port),
        "--retries",
        "0",
        env={"HOME": str(tmp_path)},
    )
    assert result.returncode == 3, result.stderr
    lines = result.stderr.splitlines()
    rebuilt = lines.index(f"rebuilt {book} (as lkj-xl build)")
    assert rebuilt < len(lines) - 1 and lines[-1].startswith(f"error: {book}: sending failed")
    assert book.read_bytes() != EXAMPLE.read_bytes()


def test_run_without_libreoffice_stops_before_building_anything(tmp_path):
    # LibreOffice not installed on the new server (or LKJ_SOFFICE mistyped): every workbook was
    # rebuilt in place, then failed at its PDF with the same message. One message, exit 3, nothing done.
    books = agency_books(tmp_path, "dinas-a", "dinas-b")
    result = lkj("run", *map(str, books), env={"LKJ_SOFFICE": str(tmp_path / "tidak-ada" / "soffice")})
    assert result.returncode == 3, result.stderr
    assert result.stderr.startswith(f"error: LKJ_SOFFICE={tmp_path / 'tidak-ada' / 'soffice'} is not")
    assert " built " not in result.stderr
    assert all(book.read_bytes() == EXAMPLE.read_bytes() for book in books)


def test_run_refusing_plain_smtp_to_the_relay_stops_before_building_anything(tmp_path):
    # security = "none" for the Pemda's relay (not loopback) without --no-tls: correctly refused, but
    # only at each mail, after every workbook was rebuilt in place. Refused once, before any work.
    books = agency_books(tmp_path, "dinas-a", "dinas-b")
    result = lkj(
        "run",
        *map(str, books),
        "--no-pdf",
        "--send-to",
        "bappeda@example.go.id",
        "--from",
        "program@example.go.id",
        "--smtp-host",
        "relay.example.go.id",
        env={"HOME": str(tmp_path), "LKJ_SMTP_SECURITY": "none"},
    )
    assert result.returncode == 3, result.stderr
    assert result.stderr.startswith("error: refusing to send unencrypted SMTP to relay.example.go.id")
    assert " built " not in result.stderr
    assert all(book.read_bytes() == EXAMPLE.read_bytes() for book in books)
