"""A new Pemda IT admin (round 11): install, upgrade, the nightly run, serve behind a reverse proxy.

Found, and tested here:
- ``lkj-xl serve`` behind nginx under a path (``location /lkj/``), with xlwings Server's own
  ``XLWINGS_APP_PATH=/lkj``: it printed ``Manifest: http://127.0.0.1:8000/manifest.xml``, a URL that
  answered 404 (the manifest was at /lkj/manifest.xml), and the task pane loaded its scripts from
  /static/..., outside the path the proxy forwards: a blank task pane. The printed URL now carries the
  path, and the static files are served under it.
- ``XLWINGS_APP_PATH=/lkj/`` (as nginx's location is typed) or ``lkj`` ended in "internal error
  (AssertionError ...): this is a bug in lkj-xl", exit 4: now ``/lkj/`` is /lkj, and ``lkj`` an error
  naming the variable, exit 2.
- ``lkj-xl serve`` without a token (loopback only) behind nginx on the same machine answered anyone
  the proxy forwarded: a call carrying a proxy's headers is now 403 with a message for the task pane.
- ``run`` on a workbook it may not write said "write the result to another file with -o", an option
  run has not: now --outdir. A workbook another account owns (systemd's User= meeting files root
  copied in, rw-r--r--) was said "read-only ... remove its read-only attribute": now its owner,
  mode and the account.
- The config file's ``host = ["mail..."]``, ``host = 12``, ``password = 1e5`` were taken as the text
  Python makes of them (``['mail...']``, ``100000.0``): now an error naming the line.
- A connection refused or a host name that does not resolve did not name the server in the error or
  run's log line: now ``connection failed to HOST:PORT``, ``cannot resolve SMTP host HOST``.
- A SIGTERM to ``serve`` just before uvicorn listened for it was lost: the server went on serving.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.common import EXAMPLE as EXAMPLE_BOOK
from tests.common import ROOT, free_port

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux server behaviour")


def _serve(env: dict[str, str]) -> tuple[subprocess.Popen, int]:
    port = free_port()
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("LKJ_XL_", "XLWINGS_"))}
    full_env.update({"PYTHONPATH": str(ROOT), "XLWINGS_LICENSE_KEY": "noncommercial", **env})
    server = subprocess.Popen(
        [sys.executable, "-m", "lkj_xl.cli", "serve", "--port", str(port)],
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return server, port


def _stop(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGTERM)
    try:
        server.communicate(timeout=30)
    except subprocess.TimeoutExpired:  # stopped while still starting: do not wait on it
        server.kill()
        server.communicate()


def _printed_manifest(server: subprocess.Popen) -> str:
    assert server.stdout is not None
    for line in server.stdout:
        if line.startswith("Manifest: "):
            return line.removeprefix("Manifest: ").strip()
    raise AssertionError("no manifest URL printed: " + (server.stderr.read() if server.stderr else ""))


def _get(url: str) -> tuple[int, str]:
    import time

    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                return answer.status, answer.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            return exc.code, ""
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.mark.parametrize("typed", ["/lkj", "/lkj/"])
def test_serve_under_a_proxy_path_prints_the_manifest_url_it_answers_and_serves_the_pane_under_it(typed):
    server, port = _serve({"XLWINGS_APP_PATH": typed})
    try:
        url = _printed_manifest(server)
        assert url == f"http://127.0.0.1:{port}/lkj/manifest.xml"
        status, manifest = _get(url)
        assert status == 200
        assert f"http://127.0.0.1:{port}/lkj/taskpane.html" in manifest
        status, pane = _get(f"http://127.0.0.1:{port}/lkj/taskpane.html")
        assert status == 200
        # Every file the pane loads by an absolute path is under /lkj, the only path the proxy
        # forwards, and answers there.
        loaded = re.findall(r'(?:src|href)="(/[^"]*)"', pane)
        assert loaded
        for path in loaded:
            assert path.startswith("/lkj/"), path
            assert _get(f"http://127.0.0.1:{port}{path}")[0] == 200, path
    finally:
        _stop(server)


def test_a_proxy_path_without_its_leading_slash_is_an_error_naming_the_variable():
    server, _ = _serve({"XLWINGS_APP_PATH": "lkj"})
    out, err = server.communicate(timeout=60)
    assert server.returncode == 2, err
    assert "error: XLWINGS_APP_PATH" in err and "/lkj" in err, err
    assert "internal error" not in err and "Traceback" not in err, err
    assert "Manifest:" not in out


# --- a server without a token, reached through a reverse proxy ---------------------------------------


def _guarded_call(
    *, token: str | None, open_access: bool, headers: list[tuple[bytes, bytes]]
) -> tuple[int, str]:
    """One compute call through the Guard in front of a stand-in app (200 'dihitung' when let through)."""
    import asyncio
    import json

    from lkj_xl.xl.guard import Guard

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b'{"detail": "dihitung"}'})

    body = json.dumps({"func_name": "efisiensi", "args": [[[71]], [[36]]], "version": "1", "runtime": "1.4"})
    guard = Guard(app, token=token, max_bytes=1 << 20, open_access=open_access)
    scope = {"type": "http", "method": "POST", "path": "/xlwings/custom-functions-call", "headers": headers}
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": body.encode(), "more_body": False}

    async def send(message):
        sent.append(message)

    asyncio.run(guard(scope, receive, send))
    return sent[0]["status"], json.loads(sent[1]["body"])["detail"]


PROXIED = [
    [(b"x-forwarded-for", b"10.20.30.40")],  # nginx's usual proxy_set_header, Apache and Caddy by default
    [(b"forwarded", b"for=10.20.30.40;proto=https")],  # RFC 7239
    [(b"x-real-ip", b"10.20.30.40")],
    [(b"x-forwarded-proto", b"https"), (b"x-forwarded-host", b"lkj.lumajangkab.go.id")],
]


@pytest.mark.parametrize("headers", PROXIED)
def test_a_server_without_authentication_refuses_a_call_a_reverse_proxy_forwarded(headers):
    # `lkj-xl serve` alone is loopback-only without a token; nginx on the same machine forwarding
    # https://lkj.lumajangkab.go.id/ to it made every workbook computable by anyone on the network.
    status, message = _guarded_call(token=None, open_access=True, headers=headers)
    assert status == 403
    assert "reverse proxy" in message and "LKJ_XL_TOKEN" in message


def test_a_local_call_and_a_proxied_call_with_authentication_are_let_through():
    assert _guarded_call(token=None, open_access=True, headers=[]) == (200, "dihitung")
    token = "Rahasia-Bappeda-2025-token"
    bearer = (b"authorization", f"Bearer {token}".encode())
    assert _guarded_call(token=token, open_access=False, headers=[*PROXIED[0], bearer]) == (200, "dihitung")
    # xlwings Server's own providers (Entra ID) check the caller themselves.
    assert _guarded_call(token=None, open_access=False, headers=PROXIED[0]) == (200, "dihitung")


def efisiensi_call(port: int, headers: dict[str, str]) -> tuple[int, dict]:
    """LKJ.EFISIENSI(71; 36) posted to the server on ``port`` with ``headers``: (status, answer)."""
    import json

    import xlwings as xw

    payload = {"func_name": "efisiensi", "args": [[[71]], [[36]]], "caller_address": "[Buku.xlsx]Sheet1!B2"}
    payload |= {"content_language": "id-ID", "version": xw.__version__, "runtime": "1.4"}
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/xlwings/custom-functions-call",
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json", **headers},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_the_real_server_without_a_token_answers_its_own_machine_and_refuses_the_proxy():

    server, port = _serve({})
    try:
        _printed_manifest(server)
        assert _get(f"http://127.0.0.1:{port}/manifest.xml")[0] == 200  # started

        def call(headers: dict[str, str]) -> tuple[int, dict]:
            return efisiensi_call(port, headers)

        # efisiensi 71 - 36 = 35 (capaian minus penyerapan), as Excel on the server's own machine gets it
        assert call({}) == (200, {"result": [[35]]})
        status, answer = call({"X-Forwarded-For": "10.20.30.40", "X-Forwarded-Proto": "https"})
        assert status == 403
        assert "reverse proxy" in answer["detail"]
    finally:
        _stop(server)


# --- a workbook the nightly run may not write -----------------------------------------------------


def _read_only_copy(tmp_path):
    import shutil

    from tests.common import EXAMPLE

    book = tmp_path / "dinas-koperasi.xlsx"
    shutil.copyfile(EXAMPLE, book)
    book.chmod(0o444)  # archived read-only by the agency (mode bits: refused for root too)
    return book, book.read_bytes()


def test_run_on_a_read_only_workbook_says_to_use_outdir_not_an_option_run_does_not_have(tmp_path):
    from tests.test_cli import invoke

    book, before = _read_only_copy(tmp_path)
    result = invoke("run", book, "--no-pdf")
    assert result.exit_code == 2, result.output
    line = next(li for li in result.output.splitlines() if " ERROR " in li and "dinas-koperasi.xlsx:" in li)
    assert "--outdir" in line, line
    assert " -o" not in line, line  # run has no -o: `lkj-xl run: no such option: -o`
    assert book.read_bytes() == before


def test_build_on_a_read_only_workbook_still_says_to_use_o(tmp_path):
    from tests.test_cli import invoke

    book, before = _read_only_copy(tmp_path)
    result = invoke("build", book)
    assert result.exit_code == 2
    assert "read-only" in result.output and "-o" in result.output and "--outdir" not in result.output
    assert book.read_bytes() == before


def test_a_workbook_of_another_account_is_said_as_such_not_as_read_only(tmp_path, monkeypatch):
    # The nightly unit runs as User=lkjxl; the workbooks were copied in by root (rw-r--r-- root):
    # "read-only ... Remove its read-only attribute" sent the admin to the file's attributes,
    # which show it writable. What stops it is the owner.
    import pwd

    from lkj_xl.xlsx import safe_io
    from tests.test_cli import invoke

    book, before = _read_only_copy(tmp_path)
    book.chmod(0o644)
    real_access = os.access
    monkeypatch.setattr(
        safe_io.os,
        "access",
        lambda p, mode, **kw: (Path(p) != book or not mode & os.W_OK) and real_access(p, mode, **kw),
    )
    # run as another account than the file's (a file of this account refused is a read-only mount)
    monkeypatch.setattr(safe_io.os, "geteuid", lambda: book.stat().st_uid + 1)
    result = invoke("build", book)
    assert result.exit_code == 2
    owner = pwd.getpwuid(book.stat().st_uid).pw_name
    assert f"belongs to {owner}" in result.output and "644" in result.output, result.output
    assert "read-only attribute" not in result.output
    assert book.read_bytes() == before


# --- the config file: a text setting typed without quotes -----------------------------------------


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ('host = ["mail.lumajangkab.go.id"]', "['mail.lumajangkab.go.id']"),  # a list, as some configs take
        ("host = 12", "12"),
        ("password = 1e5", "100000.0"),  # TOML's float: the login would be tried with '100000.0'
        # A whole number typed as its digits (a NIP, password = 20250704) is that text, as it was before
        # round 11 (test_mend33c); with TOML's underscores it is read 20250704, not the text typed.
        ("password = 2025_07_04", "20250704"),
        ("user = true", "true"),
        ("cafile = 1", "1"),
    ],
)
def test_a_text_setting_that_is_no_text_in_the_config_file_is_named_with_its_line(
    tmp_path, monkeypatch, line, shown
):
    from tests.test_cli import invoke

    for name in list(os.environ):
        if name.upper().startswith("LKJ_SMTP"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    config = tmp_path / "config.toml"
    config.write_text(f'[smtp]\nfrom = "program@lumajangkab.go.id"\n{line}\n', encoding="utf-8")
    config.chmod(0o600)
    key = line.split(" ", 1)[0]
    result = invoke(
        "send",
        EXAMPLE_BOOK,
        "--to",
        "bappeda@lumajangkab.go.id",
        "--config",
        config,
        "--dry-run",
        tmp_path / "m.eml",
    )
    assert result.exit_code == 2, result.output
    assert f"error: {config}, line 3: [smtp] {key}: " in result.output, result.output
    assert f"not {shown}" in result.output and "quotes" in result.output, result.output
    assert not (tmp_path / "m.eml").exists()


# --- the next morning's log: which server a mail could not reach -----------------------------------


def _no_smtp_variables(monkeypatch, home):
    for name in list(os.environ):
        if name.upper().startswith("LKJ_SMTP"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(home))


def test_a_server_that_refuses_the_connection_is_named_in_the_error(tmp_path, monkeypatch):
    from tests.test_cli import invoke

    _no_smtp_variables(monkeypatch, tmp_path)
    port = free_port()  # nothing listens there: connection refused
    args = ["--smtp-host", "127.0.0.1", "--smtp-port", port, "--no-tls", "--retries", "0"]
    result = invoke(
        "send", EXAMPLE_BOOK, "--to", "bappeda@lumajangkab.go.id", "--from", "p@lumajangkab.go.id", *args
    )
    assert result.exit_code == 3, result.output
    error = next(li for li in result.output.splitlines() if li.startswith("error: "))
    assert f"127.0.0.1:{port}" in error, error


def test_a_host_name_that_does_not_resolve_is_named_in_the_error(tmp_path, monkeypatch):
    # A typo in host = "mail.lumajangkb.go.id" said "cannot resolve SMTP host: [Errno -2] Name or
    # service not known", without the name to compare with the right one.
    import socket

    from tests.test_cli import invoke

    _no_smtp_variables(monkeypatch, tmp_path)

    def unknown(host, *args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", unknown)
    args = ["--smtp-host", "mail.lumajangkb.go.id", "--retries", "0"]
    result = invoke(
        "send", EXAMPLE_BOOK, "--to", "bappeda@lumajangkab.go.id", "--from", "p@lumajangkab.go.id", *args
    )
    assert result.exit_code == 3, result.output
    error = next(li for li in result.output.splitlines() if li.startswith("error: "))
    assert "mail.lumajangkb.go.id" in error, error


# --- systemctl stop while serve is still starting ---------------------------------------------------


def test_a_sigterm_just_before_uvicorn_listens_for_it_stops_the_server():
    # `systemctl stop` (or restart) right after start: a SIGTERM between lkj-xl's handler and
    # uvicorn's was only noted, and the server went on serving (found still running an hour later;
    # systemd kills it after TimeoutStopSec, 90 s, and marks the unit failed).
    port = free_port()
    code = f"""
import signal, uvicorn
from lkj_xl.xl import server
original = uvicorn.Server.run
def late(self, *args, **kwargs):
    signal.raise_signal(signal.SIGTERM)  # systemd's stop, as uvicorn's loop is being made
    return original(self, *args, **kwargs)
uvicorn.Server.run = late
async def app(scope, receive, send):
    pass
server._run(uvicorn.Config(app, host="127.0.0.1", port={port}, lifespan="off", log_level="warning"))
print("returned")
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=30
        )
    except subprocess.TimeoutExpired:
        raise AssertionError("the server went on serving after SIGTERM") from None
    assert done.returncode == 0, done.stderr
    assert "returned" in done.stdout and "stopped" in done.stderr
