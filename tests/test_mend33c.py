"""Round 33c: what a review of the addin9/newuser11 merges found, each on a real server or process.

- A config file with an unquoted whole-number user or password (a NIP, ``user = 198501012010``; a
  numeric password) loaded before and was refused ("must be text in quotes") after the upgrade: the
  nightly ``run`` that mailed yesterday exited 2. Now the number is the text typed.
- A workbook on a read-only mount (EROFS, systemd ReadOnlyPaths=) was said to belong to its owner
  ("give root the right to write it (chown root)") though this account owns it; an account without a
  passwd entry (docker --user 12345) was "the account this one".
- ``serve`` without a token refused Caddy on the same PC (HTTPS, which Office needs), which sends
  ``X-Forwarded-For: 127.0.0.1``: let through here, refused again by mend33h (any caller can send it).
- The add-in's alert for HTTP 413 (nginx's 1 MB body limit) said to wait and press again.
- A SIGTERM to ``serve`` while it was still importing ended in exit status 143 (a failed unit).
- An IPv6 SMTP host was said ``::1:2525``.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.common import EXAMPLE, ROOT, free_port, sigterm_when
from tests.helpers_taskpane import NODE, READER, run_lkj_js
from tests.test_newuser11 import _get, _guarded_call, _printed_manifest, _serve, _stop, efisiensi_call

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux server behaviour")


def _no_smtp_variables(monkeypatch, home: Path) -> None:
    for name in list(os.environ):
        if name.upper().startswith("LKJ_SMTP"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(home))


# --- 1. a NIP or a numeric password typed without quotes ---------------------------------------------


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_a_whole_number_user_and_password_unquoted_log_in_as_typed(smtp_server, tmp_path, monkeypatch):
    # An ASN's login is often the NIP (18 digits); a numeric password is common. Typed unquoted they
    # loaded before round 11; the server must receive exactly the digits typed.
    from aiosmtpd.smtp import AuthResult

    from tests.test_cli import invoke

    logins: list[tuple[str, str]] = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=True, handled=False)

    server = smtp_server(authenticator=authenticator, auth_required=True, auth_require_tls=False)
    _no_smtp_variables(monkeypatch, tmp_path)
    config = tmp_path / "config.toml"
    config.write_text(
        "[smtp]\n"
        f'host = "127.0.0.1"\nport = {server.port}\nsecurity = "none"\n'
        'from = "program@lumajangkab.go.id"\n'
        "user = 198501012010121001\npassword = 20250704\n",
        encoding="utf-8",
    )
    config.chmod(0o600)
    book = tmp_path / "dinas-a.xlsx"
    shutil.copy(EXAMPLE, book)
    result = invoke("send", book, "--to", "bappeda@lumajangkab.go.id", "--config", config)
    assert result.exit_code == 0, result.output
    assert logins == [("198501012010121001", "20250704")]
    assert len(server.handler.received) == 1


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("password = 1_000_000", "1000000"),  # TOML reads 1000000: not the text typed
        ("password = 0x1F", "31"),  # hexadecimal: the login would be tried with '31'
        ("user = -0", "0"),
    ],
)
def test_a_number_that_is_not_the_digits_typed_is_still_refused(tmp_path, monkeypatch, line, shown):
    from tests.test_cli import invoke

    _no_smtp_variables(monkeypatch, tmp_path)
    config = tmp_path / "config.toml"
    config.write_text(f'[smtp]\nfrom = "program@lumajangkab.go.id"\n{line}\n', encoding="utf-8")
    config.chmod(0o600)
    key = line.split(" ", 1)[0]
    eml = tmp_path / "m.eml"
    result = invoke("send", EXAMPLE, "--to", "b@lumajangkab.go.id", "--config", config, "--dry-run", eml)
    assert result.exit_code == 2, result.output
    assert f"error: {config}, line 3: [smtp] {key}: " in result.output, result.output
    assert "quotes" in result.output and shown in result.output, result.output
    assert not eml.exists()


# --- 2. a workbook this account may not write: a read-only mount, an account without a name ----------


def _build_error(book: Path, prefix: list[str]) -> str:
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "lkj_xl.cli", "build", str(book)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    return done.stderr


@pytest.mark.skipif(
    shutil.which("unshare") is None
    or subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode != 0,
    reason="needs unshare -m (root, or CAP_SYS_ADMIN) to mount read-only",
)
def test_a_workbook_on_a_read_only_mount_is_said_as_such_not_as_another_owners(tmp_path):
    # systemd's ReadOnlyPaths=/srv/lkj (or a share mounted ro): the account owns the file, mode 644.
    # It said "belongs to root ... give root the right to write it (chown root)": chown changes nothing.
    source, mounted = tmp_path / "src", tmp_path / "ro"
    source.mkdir()
    mounted.mkdir()
    shutil.copy(EXAMPLE, source / "dinas-a.xlsx")
    before = (source / "dinas-a.xlsx").read_bytes()
    script = f'mount --bind -o ro "{source}" "{mounted}" && exec "$0" "$@"'
    error = _build_error(mounted / "dinas-a.xlsx", ["unshare", "-m", "sh", "-c", script])
    assert "mounted read-only" in error, error
    assert "chown" not in error and "belongs to" not in error, error
    assert (source / "dinas-a.xlsx").read_bytes() == before


def _check_as(uid: int, book: Path) -> str:
    """check_writable(book) in a child process running as ``uid`` (no passwd entry for it): its text."""
    from lkj_xl.xlsx import safe_io

    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        try:
            os.close(reader)
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
            try:
                safe_io.check_writable(
                    book, "write the built workbooks into another folder with run --outdir DIR"
                )
                said = "writable"
            except Exception as exc:  # what the test asserts on
                said = str(exc)
            os.write(writer, said.encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as answer:
        said = answer.read().decode()
    os.waitpid(child, 0)
    return said


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run as an id without a passwd entry")
def test_an_account_without_a_passwd_entry_is_named_by_its_uid():
    # docker run --user 12345 (no line in /etc/passwd): both names were lost together, "belongs to 0
    # ... the account this one may not write it".
    import pwd

    for uid in (12345, 23456):
        with pytest.raises(KeyError):
            pwd.getpwuid(uid)
    folder = Path(tempfile.mkdtemp(prefix="lkj-mend33c-"))
    try:
        folder.chmod(0o777)  # the folder writable by all: only the file stops it
        book = folder / "dinas-a.xlsx"
        shutil.copy(EXAMPLE, book)
        book.chmod(0o644)
        root = pwd.getpwuid(0).pw_name
        said = _check_as(12345, book)
        assert f"belongs to {root} (mode 644)" in said, said
        assert "the account uid 12345 may not write it" in said and "chown 12345" in said, said
        assert "this one" not in said, said
        os.chown(book, 23456, 23456)  # copied in by another nameless account
        said = _check_as(12345, book)
        assert "belongs to uid 23456 (mode 644)" in said and "chown 12345" in said, said
    finally:
        shutil.rmtree(folder)


# --- 3. serve without a token behind a proxy ---------------------------------------------------------
# mend33c let a forwarded loopback address through (Caddy on the same PC); mend33h reverted it: nginx
# passes a caller's own "X-Forwarded-For: 127.0.0.1" on, so the address proves nothing. Every call with
# a proxy's headers is refused without a token, a same-PC proxy included (its message says so).


@pytest.mark.parametrize(
    "headers",
    [
        # Caddy's reverse_proxy by default: refused too now (mend33h), it must set a token
        [
            (b"x-forwarded-for", b"127.0.0.1"),
            (b"x-forwarded-proto", b"https"),
            (b"x-forwarded-host", b"localhost"),
        ],
        [(b"x-forwarded-for", b"::1")],
        [(b"x-real-ip", b"127.0.0.1"), (b"x-forwarded-for", b"127.0.0.1")],
        [(b"forwarded", b'for="[::1]:52144";proto=https')],
        [(b"forwarded", b"for=127.0.0.1;proto=https")],
        [(b"x-forwarded-for", b"10.20.30.40"), (b"x-forwarded-proto", b"https")],
        # a client sent X-Forwarded-For: 127.0.0.1 itself, nginx appended the real one
        [(b"x-forwarded-for", b"127.0.0.1, 10.20.30.40")],
        [(b"x-forwarded-for", b"127.0.0.1"), (b"x-real-ip", b"10.20.30.40")],
        [(b"forwarded", b"for=127.0.0.1, for=10.20.30.40")],
        [(b"forwarded", b"for=_hidden;proto=https")],  # an obfuscated address: unknown
        [(b"x-forwarded-for", b"unknown")],
        [(b"x-forwarded-for", b"")],
        [(b"x-forwarded-proto", b"https"), (b"x-forwarded-host", b"lkj.lumajangkab.go.id")],  # no address
    ],
)
def test_any_forwarded_call_without_a_token_is_refused(headers):
    status, message = _guarded_call(token=None, open_access=True, headers=headers)
    assert status == 403 and "reverse proxy" in message and "LKJ_XL_TOKEN" in message


def test_the_real_server_without_a_token_refuses_even_a_tls_proxy_on_its_own_machine():
    server, port = _serve({})
    try:
        _printed_manifest(server)
        assert _get(f"http://127.0.0.1:{port}/manifest.xml")[0] == 200  # started
        assert efisiensi_call(port, {}) == (200, {"result": [[35]]})  # 71 - 36: the server's own machine
        caddy = {
            "X-Forwarded-For": "127.0.0.1",
            "X-Forwarded-Proto": "https",
            "X-Forwarded-Host": "localhost",
        }
        # mend33h: refused (it was let through): nginx forwards the same header typed by any caller
        status, answer = efisiensi_call(port, caddy)
        assert status == 403 and "Caddy" in answer["detail"]
        status, answer = efisiensi_call(port, {**caddy, "X-Forwarded-For": "10.20.30.40"})
        assert status == 403 and "reverse proxy" in answer["detail"]
    finally:
        _stop(server)


# --- 4. the add-in's alert for a request too large for the proxy ------------------------------------

SENT = "  send(body) { posted = JSON.parse(body); this.status = 200; this.responseText = '{\"actions\": []}'; this.onload(); }"
NGINX_413 = (
    "<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity "
    "Too Large</h1></center><hr><center>nginx</center></body></html>"
)


def _alert_for(tmp_path: Path, answer: str) -> str:
    assert READER.count(SENT) == 1
    runner = READER.replace(SENT, "  send(body) { posted = JSON.parse(body); " + answer + " }")
    book = tmp_path / "book.json"
    book.write_text('{"Pengaturan": {"values": [["Parameter", "Nilai"], ["Tahun", 2025]], "merged": []}}')
    result = run_lkj_js(tmp_path, "reader_413.js", runner, str(book), "1.20", "0", "0", "0")
    (alert,) = result["alerts"]
    return alert


@pytest.mark.skipif(NODE is None, reason="node is not installed (apt-get install nodejs)")
def test_a_request_too_large_for_the_proxy_says_to_ask_the_admin_not_to_press_again(tmp_path):
    # nginx's default client_max_body_size is 1 MB; the district workbook posts 1,4 MB: every press
    # gets 413, so "Tunggu sebentar lalu tekan Hitung Ulang lagi" can never help.
    alert = _alert_for(tmp_path, f"this.status = 413; this.responseText = '{NGINX_413}'; this.onload();")
    assert "Tunggu sebentar" not in alert and "tekan Hitung Ulang lagi" not in alert, alert
    assert "terlalu besar" in alert and "admin TI" in alert and "Buku kerja tidak diubah" in alert, alert


@pytest.mark.skipif(NODE is None, reason="node is not installed (apt-get install nodejs)")
@pytest.mark.parametrize(("status", "again"), [(503, True), (504, True), (404, False), (500, False)])
def test_only_a_server_away_says_to_wait_and_press_again(tmp_path, status, again):
    alert = _alert_for(
        tmp_path, f"this.status = {status}; this.responseText = '<html>x</html>'; this.onload();"
    )
    assert f"status {status}" in alert and "Buku kerja tidak diubah" in alert and "admin TI" in alert, alert
    assert ("Tunggu sebentar lalu tekan Hitung Ulang lagi" in alert) is again, alert


# --- 5. systemctl stop while serve is still importing -----------------------------------------------


def _catches_sigterm(pid: int) -> bool:
    """The process has a SIGTERM handler of its own (lkj-xl's command has started)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)))


def test_a_sigterm_while_serve_is_still_starting_is_a_clean_stop():
    # systemctl stop (or restart) 0,3-1,2 s after start, while serve imports xlwings Server: the
    # command's SIGTERM handler made it exit 143, and systemd marked the unit failed.
    server, _ = _serve({})
    err = sigterm_when(server, lambda: _catches_sigterm(server.pid), wait=60)
    assert server.returncode == 0, err
    assert err.strip().splitlines()[-1] == "stopped", err
    assert "Uvicorn running" not in err  # stopped before serving (uvicorn logs its start on stderr)


# --- 6. an IPv6 SMTP host in the messages ------------------------------------------------------------


def test_an_ipv6_smtp_host_is_said_in_brackets(tmp_path, monkeypatch):
    from tests.test_cli import invoke

    _no_smtp_variables(monkeypatch, tmp_path)
    port = free_port()  # nothing listens on [::1] there: connection refused
    args = ["--smtp-host", "::1", "--smtp-port", port, "--no-tls", "--retries", "0"]
    result = invoke("send", EXAMPLE, "--to", "b@lumajangkab.go.id", "--from", "p@lumajangkab.go.id", *args)
    assert result.exit_code == 3, result.output
    assert f"[::1]:{port}" in result.output and f" ::1:{port}" not in result.output, result.output
