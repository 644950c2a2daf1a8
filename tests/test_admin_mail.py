"""The IT admin's second round with the mail side: the config file's values, encoding and mode; a
mail server with its own self-signed certificate (PEM, DER), spoken to in the wrong TLS mode, wanting
a login, refusing the message for its size or never finishing an answer; `send` naming its workbook;
cron's pattern matching nothing. Real processes (``python -m lkj_xl``), a real SMTP server on loopback
(aiosmtpd, tests/mailserver.py, or a real socket misbehaving), real certificates made by ``openssl`` as
an admin makes them."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import sys
from pathlib import Path

import pytest

from tests.common import EXAMPLE, LoopbackServer, smtp_args
from tests.test_admin import lkj

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux server behaviour")


def on_example(tmp_path: Path, command: str, *args: str, env: dict[str, str] | None = None):
    """``lkj-xl COMMAND BOOK ARGS`` on a copy of the example (tmp_path/dinas-a.xlsx), HOME at
    ``tmp_path`` (no config file there): (the process, the workbook)."""
    book = tmp_path / "dinas-a.xlsx"
    shutil.copy(EXAMPLE, book)
    return lkj(command, str(book), *args, env={"HOME": str(tmp_path), **(env or {})}), book


def run_mailing(tmp_path: Path, *args: str):
    """``lkj-xl run`` (no PDF) of a copy of the example, mailing to bappeda@example.go.id with
    ``args``: (the process, the workbook)."""
    outdir = str(tmp_path / "out")
    return on_example(
        tmp_path, "run", "--no-pdf", "--outdir", outdir, "--send-to", "bappeda@example.go.id", *args
    )


def dry_run(tmp_path: Path, config: Path, env: dict[str, str] | None = None):
    """``lkj-xl send --dry-run`` with ``--config``: it reads the settings as a real send does."""
    eml = str(tmp_path / "pesan.eml")
    result, _ = on_example(
        tmp_path, "send", "--to", "bappeda@example.go.id", "--config", str(config), "--dry-run", eml, env=env
    )
    return result


# --------------------------------------------------------------------------- the config file's values


@pytest.mark.parametrize(
    "line",
    [
        'port = "abc"',
        "port = true",  # was read as port 1
        "port = 587.9",  # was read as port 587
        'timeout = "lama"',
        'security = "ssl"',
        'cafile = "/etc/ssl/tidak-ada.pem"',
        'host = "mail server"',
    ],
)
def test_a_wrong_value_in_the_config_file_names_the_file_its_line_and_key(tmp_path, line):
    # `error: SMTP port must be a number, not 'abc'` named neither the file nor the line, and the
    # admin with the option, the environment and the file in play could not tell which was wrong;
    # `port = true` and `port = 587.9` were read silently as ports 1 and 587.
    key = line.split(" =")[0]
    config = tmp_path / "config.toml"
    config.write_text(
        f'# lkj-xl\n[smtp]\nuser = "program"\n{line}\nhost = "mail.example.go.id"\n'
        if key != "host"
        else f'# lkj-xl\n[smtp]\nuser = "program"\n{line}\n',
        encoding="utf-8",
    )
    result = dry_run(tmp_path, config)
    assert result.returncode == 2, result.stderr
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith(f"error: {config}, line 4: [smtp] {key}: "), error
    assert not (tmp_path / "pesan.eml").exists()


def test_a_whole_number_port_and_timeout_in_the_config_file_are_read(tmp_path):
    # The other side of the test above: what is right stays right (`timeout = 20` is an integer).
    config = tmp_path / "config.toml"
    config.write_text('[smtp]\nhost = "mail.example.go.id"\nport = 2525\ntimeout = 20\n', encoding="utf-8")
    result = dry_run(tmp_path, config)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "pesan.eml").exists()


@pytest.mark.parametrize(
    ("variable", "value"),
    [("LKJ_SMTP_SECURITY", "ssl"), ("LKJ_SMTP_CAFILE", "/etc/ssl/tidak-ada.pem")],
)
def test_a_wrong_value_in_the_environment_names_the_variable(tmp_path, variable, value):
    # A systemd unit's Environment= line: the error named no variable.
    config = tmp_path / "config.toml"
    config.write_text('[smtp]\nhost = "mail.example.go.id"\n', encoding="utf-8")
    result = dry_run(tmp_path, config, env={variable: value})
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith(f"error: {variable}: "), result.stderr


def test_a_config_file_saved_in_a_windows_code_page_names_its_line_not_a_bug(tmp_path):
    # Edited in Notepad saved as "ANSI" (cp1252): `error: internal error (UnicodeDecodeError ...);
    # this is a bug in lkj-xl`, exit 4, for every send and run.
    config = tmp_path / "config.toml"
    config.write_bytes('[smtp]\nhost = "mail.example.go.id"\n# sandi baru, café\n'.encode("cp1252"))
    result = dry_run(tmp_path, config)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"error: {config}, line 3: not UTF-8 text; save the file as UTF-8"
    )


def test_a_config_file_saved_with_a_byte_order_mark_is_read(tmp_path):
    # Notepad's "UTF-8 with BOM": `invalid TOML: Invalid statement (at line 1, column 1)`, on a
    # line that looks right. The mark says UTF-8: read so.
    config = tmp_path / "config.toml"
    config.write_bytes('\ufeff[smtp]\nhost = "mail.example.go.id"\nfrom = "program@example.go.id"\n'.encode())
    result = dry_run(tmp_path, config)
    assert result.returncode == 0, result.stderr
    assert "From: program@example.go.id" in (tmp_path / "pesan.eml").read_text(encoding="utf-8")


@pytest.mark.parametrize(("mode", "warned"), [(0o644, True), (0o600, False), (0o640, False)])
def test_a_config_file_with_the_password_readable_by_every_user_is_warned_about(tmp_path, mode, warned):
    # README says "keep this file chmod 600"; a file left 644 (the umask's default) gave every user
    # of the server the mail account's password, without a word.
    from tests.mailserver import PASSWORD

    config = tmp_path / "config.toml"
    config.write_text(f'[smtp]\nhost = "mail.example.go.id"\npassword = "{PASSWORD}"\n', encoding="utf-8")
    config.chmod(mode)
    result = dry_run(tmp_path, config)
    assert result.returncode == 0, result.stderr
    warning = f"warning: {config} holds the SMTP password and every user of this machine can read it"
    assert (warning in result.stderr) is warned, result.stderr
    assert ("chmod 600" in result.stderr) is warned
    assert PASSWORD not in result.stderr + result.stdout


# --------------------------------------------------------------------------- a self-signed certificate

needs_openssl = pytest.mark.skipif(not shutil.which("openssl"), reason="openssl not installed")


def self_signed(folder: Path, name: str, alt: str) -> tuple[Path, Path]:
    """A self-signed certificate as an admin makes one for the Pemda's mail server."""
    cert, key = folder / f"{name}.pem", folder / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-nodes", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
        + ["-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=mail.example.go.id"]
        + ["-addext", f"subjectAltName={alt}"],
        check=True,
        capture_output=True,
    )
    return cert, key


def tls_server(smtp_server, cert: Path, key: Path, security: str):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    if security == "starttls":
        return smtp_server(tls_context=context, require_starttls=True)
    return smtp_server(ssl_context=context)


def run_tls(tmp_path: Path, port: int, security: str, *options: str):
    args = [a for a in smtp_args(port) if a != "--no-tls"]
    result, book = run_mailing(tmp_path, *args, f"--{security}", "--retries", "0", *options)
    errors = [line.split(" ERROR ", 1)[1] for line in result.stderr.splitlines() if " ERROR " in line]
    return result, book, errors


@needs_openssl
@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_a_self_signed_mail_server_says_how_to_trust_it_and_is_trusted_with_cafile(
    smtp_server, tmp_path, security
):
    # The error said "use a CA file option", naming none of --cafile, LKJ_SMTP_CAFILE or the
    # config file's cafile; the admin has to find which. Then with --cafile the mail goes.
    cert, key = self_signed(tmp_path, "mail", "IP:127.0.0.1")
    server = tls_server(smtp_server, cert, key, security)
    result, book, errors = run_tls(tmp_path, server.port, security)
    assert result.returncode == 3, result.stderr
    assert errors[0].startswith(f"{book}: "), errors
    assert "self-signed certificate" in errors[0]
    assert "--cafile" in errors[0] and "LKJ_SMTP_CAFILE" in errors[0], errors[0]
    assert errors[0].count("--cafile") == 1, errors[0]  # said once, not again after the recipient
    assert "NOT delivered to: bappeda@example.go.id" in errors[0]
    assert server.handler.received == []

    result, _, errors = run_tls(tmp_path, server.port, security, "--cafile", str(cert))
    assert result.returncode == 0, result.stderr
    [got] = server.handler.received
    assert got.tls is True and got.rcpt_tos == ["bappeda@example.go.id"]


@needs_openssl
def test_a_certificate_for_another_name_says_to_use_its_name_not_a_ca_file(smtp_server, tmp_path):
    # The certificate is trusted (--cafile) but made for mail.example.go.id, and the admin gave the
    # server as 127.0.0.1: the hint was "use a CA file option", which the admin already did.
    cert, key = self_signed(tmp_path, "mail", "DNS:mail.example.go.id")
    server = tls_server(smtp_server, cert, key, "starttls")
    result, book, errors = run_tls(tmp_path, server.port, "starttls", "--cafile", str(cert))
    assert result.returncode == 3, result.stderr
    assert errors[0].startswith(f"{book}: "), errors
    assert "not valid for '127.0.0.1'" in errors[0]
    assert "--smtp-host" in errors[0] and "CA file" not in errors[0], errors[0]
    assert server.handler.received == []


@needs_openssl
def test_a_ca_file_exported_from_windows_as_der_is_trusted(smtp_server, tmp_path):
    # Windows exports a certificate as "DER encoded binary X.509 (.CER)" by default: `cannot load CA
    # file ...: [X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found (_ssl.c:4154)`, exit 3.
    # It is the certificate all the same: read as it is.
    cert, key = self_signed(tmp_path, "mail", "IP:127.0.0.1")
    der = tmp_path / "mail.cer"
    subprocess.run(
        ["openssl", "x509", "-in", str(cert), "-outform", "der", "-out", str(der)],
        check=True,
        capture_output=True,
    )
    server = tls_server(smtp_server, cert, key, "starttls")
    result, _, errors = run_tls(tmp_path, server.port, "starttls", "--cafile", str(der))
    assert result.returncode == 0, result.stderr
    [got] = server.handler.received
    assert got.tls is True


@needs_openssl
def test_a_ca_file_that_holds_no_certificate_is_a_setting_error_naming_it(tmp_path):
    # The key given for the certificate (or any other file): exit 3 "delivery failed", after the
    # report was computed, in OpenSSL's words. A setting to fix: exit 2 before any work, naming it.
    _, key = self_signed(tmp_path, "mail", "IP:127.0.0.1")
    result, _, errors = run_tls(tmp_path, 25, "starttls", "--cafile", str(key))
    assert result.returncode == 2, result.stderr
    error = result.stderr.strip().splitlines()[-1]
    assert error == f"error: --cafile: {key} holds no certificate (PEM or DER)", error
    assert not (tmp_path / "out").exists()  # nothing built


# --------------------------------------------------------------------------- a message too large


def test_a_message_over_the_servers_size_limit_says_so_with_both_sizes(smtp_server, tmp_path):
    # aiosmtpd, as Postfix's message_size_limit, advertises SIZE and answers 552 to MAIL FROM with a
    # larger SIZE=: the error said "sender refused: 552 ...", and the admin looked at the --from
    # address. It says the message is too large, how large, and the server's limit.
    server = smtp_server(data_size_limit=20_000)  # the example workbook alone is 30 KB (base64: 41)
    result, book = run_mailing(tmp_path, *smtp_args(server.port))
    assert result.returncode == 3, result.stderr
    [error] = [line.split(" ERROR ", 1)[1] for line in result.stderr.splitlines() if "NOT delivered" in line]
    assert error.startswith(f"{book}: "), error
    assert "sender refused" not in error
    assert "too large" in error and "at most 20 KB" in error, error
    assert error.count("too large") == 1, error
    assert " attempt 2/" not in result.stderr  # permanent: not retried
    assert server.handler.received == []


# --------------------------------------------------------------------------- send names its workbook


def test_send_whose_mail_fails_names_the_workbook_and_who_did_and_did_not_get_it(smtp_server, tmp_path):
    # cron runs one `lkj-xl send` per agency into one log: the error named the recipients but not
    # the workbook ("error: message not delivered to every recipient; ..."), as `run`'s lines do.
    from tests.mailserver import Recorder

    server = smtp_server(Recorder(refuse_rcpt={"kabid@example.go.id": "550 5.1.1 mailbox unavailable"}))
    to = ["--to", "bappeda@example.go.id", "--to", "kabid@example.go.id"]
    result, book = on_example(tmp_path, "send", *to, *smtp_args(server.port))
    assert result.returncode == 3, result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"error: {book}: message not delivered to every recipient; delivered to: bappeda@example.go.id; "
        "NOT delivered to: kabid@example.go.id (550 5.1.1 mailbox unavailable)"
    )
    assert [r.rcpt_tos for r in server.handler.received] == [["bappeda@example.go.id"]]


# --------------------------------------------------------------------------- a server requiring a login


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_a_server_requiring_a_login_without_a_user_says_to_set_the_user(smtp_server, tmp_path):
    # README's cron line gives LKJ_SMTP_PASSWORD; without LKJ_SMTP_USER (or user under [smtp]) the
    # password was ignored without a word and the error said "sender refused: 530 5.7.0
    # Authentication required", which sent the admin to the --from address.
    from tests.mailserver import PASSWORD

    server = smtp_server(auth=True, auth_require_tls=False)
    result, book = on_example(
        tmp_path,
        "send",
        "--to",
        "bappeda@example.go.id",
        *smtp_args(server.port),
        env={"LKJ_SMTP_PASSWORD": PASSWORD},
    )
    assert result.returncode == 3, result.stderr
    error = result.stderr.splitlines()[-1]
    assert error.startswith(f"error: {book}: "), error
    assert "sender refused" not in error
    assert "requires a login" in error and "LKJ_SMTP_USER" in error, error
    assert "a password is set but no user" in error, error
    assert PASSWORD not in result.stderr + result.stdout
    assert server.handler.received == [] and server.auth.calls == []


# --------------------------------------------------------------------------- a server that dribbles


class DribblingSmtp(LoopbackServer):
    """An SMTP server on loopback that never finishes an answer: it sends a continuation line
    (``220-`` or ``250-``) every 0,3 s, forever, as a tarpit or an overloaded relay does. ``at``:
    ``greeting`` (from the start) or ``ehlo`` (after a whole greeting). ``held``: each connection's
    seconds from its start to the client hanging up, as the server saw them (the client's own timeout
    at work, without its start-up or its report's computation)."""

    def __init__(self, at: str) -> None:
        self.at = at
        self.held: list[float] = []
        super().__init__()

    def handle(self, conn) -> None:
        import threading

        threading.Thread(target=self._session, args=(conn,), daemon=True).start()

    def _session(self, conn) -> None:
        import time

        started = time.monotonic()
        with conn:
            try:
                code = b"220"
                if self.at == "ehlo":
                    conn.sendall(b"220 mail.example.go.id ESMTP\r\n")
                    conn.recv(1000)
                    code = b"250"
                while True:
                    conn.sendall(code + b"-mail.example.go.id harap tunggu\r\n")
                    time.sleep(0.3)
            except OSError:
                self.held.append(time.monotonic() - started)


@pytest.mark.parametrize("at", ["greeting", "ehlo"])
def test_send_to_a_server_that_never_finishes_its_answer_gives_up_after_its_timeout(tmp_path, at):
    # README: the timeout holds "for each answer". A server that answers a line every 0,3 s and never
    # ends its answer (a tarpit, an overloaded relay) was never silent for 1 s, so `send` (and each
    # workbook of `run`) waited forever: killed by `timeout 40` after 40 s, measured.
    import time

    from lkj_xl.delivery.config import DEFAULT_TIMEOUT

    server = DribblingSmtp(at)
    book = tmp_path / "dinas-a.xlsx"
    shutil.copy(EXAMPLE, book)
    try:
        result = lkj(
            "send",
            str(book),
            "--to",
            "bappeda@example.go.id",
            *smtp_args(server.port),
            "--smtp-timeout",
            "1",
            env={"HOME": str(tmp_path)},
        )
    finally:
        server.close()
    assert result.returncode == 3, result.stderr
    assert server.connections == 1, result.stderr  # not waited for again
    # The client hung up after its own 1 s for the answer: the server held the line well below the
    # default's 30 s (half of it: a 1 s deadline would need its wake-up delayed by 14 s to reach it).
    # The server's thread sees the hang-up at its next line, up to 0,3 s after: waited for, up to a
    # minute, not asserted on. No bound on the process's start-up and computation, which load slows.
    for _ in range(6000):
        if server.held:
            break
        time.sleep(0.01)
    assert server.held and server.held[0] < DEFAULT_TIMEOUT / 2, server.held
    error = result.stderr.splitlines()[-1]
    assert error.startswith(
        f"error: {book}: the SMTP server 127.0.0.1:{server.port} did not answer within 1 s"
    )
    assert "NOT delivered to: bappeda@example.go.id" in error


# --------------------------------------------------------------------------- TLS from the start, to a port without it


def test_tls_spoken_to_a_starttls_port_says_which_mode_to_use(smtp_server, tmp_path):
    # `--tls` (implicit TLS, port 465 style) to the relay's port 587, which greets in plain text and
    # offers STARTTLS: `TLS error: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)`.
    server = smtp_server()
    args = [a for a in smtp_args(server.port) if a != "--no-tls"]
    result, book = on_example(tmp_path, "send", "--to", "bappeda@example.go.id", *args, "--tls")
    assert result.returncode == 3, result.stderr
    error = result.stderr.splitlines()[-1]
    assert error.startswith(f"error: {book}: "), error
    assert "WRONG_VERSION_NUMBER" not in error and "_ssl.c" not in error, error
    assert "answered in plain text" in error and "--starttls" in error, error
    assert " attempt 2/" not in result.stderr  # permanent: the mode is wrong, not the moment
    assert server.handler.received == []


# --------------------------------------------------------------------------- cron's pattern matching nothing


def test_run_of_a_pattern_matching_no_workbook_says_the_folder_holds_none(tmp_path):
    # `lkj-xl run /data/lkjip/*.xlsx` from cron before the agencies sent anything: the shell passes
    # the pattern unexpanded, and the log said `cannot read /data/lkjip/*.xlsx: No such file or
    # directory`, as if a file of that name were expected.
    folder = tmp_path / "lkjip"
    folder.mkdir()
    pattern = folder / "*.xlsx"
    result = lkj("run", str(pattern), "--no-pdf", env={"HOME": str(tmp_path)})
    assert result.returncode == 2, result.stderr
    [error] = [line.split(" ERROR ", 1)[1] for line in result.stderr.splitlines() if f"{pattern}: " in line]
    assert error == (
        f"{pattern}: no workbook matches this pattern: {folder} holds none (the shell passes a pattern "
        "that matches nothing as it is)"
    )
