"""E-mail delivery against a real aiosmtpd server on 127.0.0.1 (plain, STARTTLS, implicit TLS, AUTH).

TLS certificates are made at test time with trustme; the client trusts that CA through ``cafile``.
"""

from __future__ import annotations

import email
import email.policy
import inspect
import logging
import os
import re
import socket
import ssl
from pathlib import Path

import pytest
import trustme

from lkj_xl.core.model import Settings
from lkj_xl.delivery.config import ConfigError, SmtpConfig, default_config_path, load_config
from lkj_xl.delivery.message import build_message, default_body, default_subject, parse_address, write_eml
from lkj_xl.delivery.smtp import MailError, send_message
from lkj_xl.net import is_loopback
from tests.common import free_port
from tests.mailserver import PASSWORD, USER, Recorder

SENDER = "LKjIP Dinas Koperasi <lkjip@dinas.example.go.id>"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# --------------------------------------------------------------------------- server fixtures


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def server_tls_context(ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(ctx)
    return ctx


@pytest.fixture(scope="session")
def cafile(ca: trustme.CA, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("ca") / "agency-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A real .xlsx (xlsxwriter), a binary .pdf-named file and a non-ASCII file name."""
    import xlsxwriter

    xlsx = tmp_path / "LKjIP TW II 2025.xlsx"
    wb = xlsxwriter.Workbook(str(xlsx))
    ws = wb.add_worksheet("Ringkasan")
    ws.write_row(0, 0, ["Indikator", "Target", "Realisasi"])
    ws.write_row(1, 0, ["Pertumbuhan koperasi aktif", 12.5, 13.1])
    wb.close()
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\r\n.\r\n..\n.\n%%EOF\n")
    odd = tmp_path / "Capaian Kinerja – Dinas Perdagangan (é).xlsm"
    odd.write_bytes(os.urandom(3000))
    return {"xlsx": xlsx, "pdf": pdf, "xlsm": odd}


def no_sleep(calls: list[float]):
    return calls.append


def body_text(msg) -> str:
    return msg.get_body(("plain",)).get_content().replace("\r\n", "\n")


def attachments_of(msg) -> dict[str, tuple[str, bytes]]:
    return {
        part.get_filename(): (part.get_content_type(), part.get_content()) for part in msg.iter_attachments()
    }


# --------------------------------------------------------------------------- successful delivery


def test_plain_loopback_delivers_everything_intact(smtp_server, files):
    srv = smtp_server()
    body = "Dengan hormat,\nLaporan terlampir – capaian 105,3 %.\n"
    msg = build_message(
        sender=SENDER,
        to=["Kepala Dinas <kadis@dinas.example.go.id>", "sekretaris@dinas.example.go.id"],
        cc=["bappeda@pemda.example.go.id"],
        subject="Laporan Kinerja Triwulan II Tahun 2025 - Dinas Koperasi, UKM, Perindustrian dan Perdagangan",
        body=body,
        attachments=[files["xlsx"], files["pdf"], files["xlsm"]],
    )
    cfg = SmtpConfig(host=srv.host, port=srv.port, security="none")
    delivered = send_message(msg, cfg, sleep=lambda s: None)

    expected = ["kadis@dinas.example.go.id", "sekretaris@dinas.example.go.id", "bappeda@pemda.example.go.id"]
    assert delivered == expected
    [got] = srv.handler.received
    assert got.mail_from == "lkjip@dinas.example.go.id"
    assert got.rcpt_tos == expected
    assert got.tls is False
    m = got.message
    assert m["Subject"] == msg["Subject"]
    assert m["From"] == SENDER
    assert m["To"] == "Kepala Dinas <kadis@dinas.example.go.id>, sekretaris@dinas.example.go.id"
    assert m["Cc"] == "bappeda@pemda.example.go.id"
    assert m["Date"] and m["Message-ID"].endswith("@dinas.example.go.id>")
    assert body_text(m) == body
    atts = attachments_of(m)
    assert atts == {
        files["xlsx"].name: (XLSX_MIME, files["xlsx"].read_bytes()),
        files["pdf"].name: ("application/pdf", files["pdf"].read_bytes()),
        files["xlsm"].name: ("application/vnd.ms-excel.sheet.macroenabled.12", files["xlsm"].read_bytes()),
    }  # (get_content_type() lower-cases; the header itself carries the registered spelling)
    assert b"Content-Type: application/vnd.ms-excel.sheet.macroEnabled.12" in got.content
    # the non-ASCII file name travels RFC 2231-encoded, never as raw 8-bit header bytes
    assert re.search(rb"filename\*(0\*)?=utf-8''Capaian%20Kinerja%20%E2%80%93", got.content)
    assert all(b < 128 for b in got.content)


def test_starttls_with_auth_required(smtp_server, server_tls_context, cafile, files):
    srv = smtp_server(tls_context=server_tls_context, require_starttls=True, auth=True, auth_require_tls=True)
    msg = build_message(
        sender=USER, to=["kadis@dinas.example.go.id"], subject="Uji", body="Isi", attachments=[files["xlsx"]]
    )
    cfg = SmtpConfig(
        host=srv.host, port=srv.port, user=USER, password=PASSWORD, security="starttls", cafile=cafile
    )
    log: list[str] = []
    assert send_message(msg, cfg, sleep=lambda s: None, log=log.append) == ["kadis@dinas.example.go.id"]
    [got] = srv.handler.received
    assert got.tls is True and got.authenticated is True
    assert srv.auth.calls == [("PLAIN", USER)]
    assert attachments_of(got.message)[files["xlsx"].name][1] == files["xlsx"].read_bytes()
    assert log and not any(PASSWORD in line for line in log)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls(smtp_server, server_tls_context, cafile):
    # aiosmtpd only counts STARTTLS as TLS for auth_require_tls; this connection is TLS from the start
    srv = smtp_server(ssl_context=server_tls_context, auth=True, auth_require_tls=False)
    msg = build_message(sender=USER, to=["kadis@dinas.example.go.id"], subject="Uji TLS", body="Isi")
    cfg = SmtpConfig(
        host=srv.host, port=srv.port, user=USER, password=PASSWORD, security="tls", cafile=cafile
    )
    send_message(msg, cfg, sleep=lambda s: None)
    [got] = srv.handler.received
    assert got.tls is True and got.authenticated is True
    assert got.message["Subject"] == "Uji TLS"


def test_logger_object_is_accepted(smtp_server, caplog):
    srv = smtp_server()
    msg = build_message(sender=USER, to=["a@example.go.id"], subject="s", body="b")
    with caplog.at_level(logging.INFO, logger="lkj-test"):
        send_message(msg, SmtpConfig(srv.host, srv.port, security="none"), log=logging.getLogger("lkj-test"))
    assert "delivered to a@example.go.id" in caplog.text


# --------------------------------------------------------------------------- failures


@pytest.mark.parametrize("echo", [False, True], ids=["normal-server", "server-echoes-credentials"])
def test_wrong_password_is_permanent_not_retried_and_never_leaks(
    smtp_server, server_tls_context, cafile, echo
):
    srv = smtp_server(tls_context=server_tls_context, auth=True, auth_require_tls=True, echo_credentials=echo)
    wrong = "Wr0ng-" + PASSWORD
    msg = build_message(sender=USER, to=["kadis@dinas.example.go.id"], subject="s", body="b")
    cfg = SmtpConfig(host=srv.host, port=srv.port, user=USER, password=wrong, cafile=cafile)
    sleeps: list[float] = []
    log: list[str] = []
    with pytest.raises(MailError) as info:
        send_message(msg, cfg, retries=3, sleep=sleeps.append, log=log.append)
    err = info.value
    assert err.permanent is True
    assert "535" in str(err) and "authentication rejected" in str(err)
    assert err.delivered == [] and set(err.failed) == {"kadis@dinas.example.go.id"}
    assert srv.auth.calls == [("PLAIN", USER)]  # one try: no retry, no second mechanism
    assert sleeps == []
    assert srv.handler.received == []
    import base64

    secrets = [wrong, base64.b64encode(f"\0{USER}\0{wrong}".encode()).decode()]
    texts = [str(err), repr(err), repr(err.failed), repr(cfg), *log]
    for secret in secrets:
        assert not any(secret in t for t in texts)
    assert log  # there were log lines to check
    if echo:  # the reply really contained the password, and it was masked
        assert "rejected pelapor@dinas.example.go.id:***" in str(err)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_auth_required_but_no_user_is_permanent(smtp_server):
    srv = smtp_server(auth=True, auth_require_tls=False)
    msg = build_message(sender=USER, to=["kadis@dinas.example.go.id"], subject="s", body="b")
    with pytest.raises(MailError) as info:
        send_message(msg, SmtpConfig(srv.host, srv.port, security="none"), sleep=lambda s: None)
    assert info.value.permanent and "530" in str(info.value)
    assert srv.handler.received == []


def test_temporary_451_is_retried_with_backoff_then_delivered(smtp_server):
    srv = smtp_server(Recorder(fail_data_first=2))
    msg = build_message(sender=USER, to=["kadis@dinas.example.go.id"], subject="s", body="b")
    sleeps: list[float] = []
    log: list[str] = []
    delivered = send_message(
        msg,
        SmtpConfig(srv.host, srv.port, security="none"),
        retries=3,
        backoff=0.5,
        sleep=sleeps.append,
        log=log.append,
    )
    assert delivered == ["kadis@dinas.example.go.id"]
    assert srv.handler.data_calls == 3
    assert sleeps == [0.5, 1.0]
    assert len(srv.handler.received) == 1
    assert sum("451" in line for line in log) == 2


def test_temporary_failure_gives_up_after_retries(smtp_server):
    srv = smtp_server(Recorder(fail_data_first=99))
    msg = build_message(sender=USER, to=["kadis@dinas.example.go.id"], subject="s", body="b")
    sleeps: list[float] = []
    with pytest.raises(MailError) as info:
        send_message(msg, SmtpConfig(srv.host, srv.port, security="none"), retries=2, sleep=sleeps.append)
    err = info.value
    assert err.permanent is False
    assert srv.handler.data_calls == 3 and sleeps == [1.0, 2.0]
    assert "451" in err.failed["kadis@dinas.example.go.id"]
    assert "gave up after 3 attempts" in str(err)


def test_one_recipient_refused_550_names_who_got_it(smtp_server):
    srv = smtp_server(Recorder(refuse_rcpt={"hilang@dinas.example.go.id": "550 5.1.1 Mailbox unavailable"}))
    msg = build_message(
        sender=USER,
        to=["kadis@dinas.example.go.id", "hilang@dinas.example.go.id"],
        cc=["bappeda@pemda.example.go.id"],
        subject="s",
        body="b",
    )
    sleeps: list[float] = []
    with pytest.raises(MailError) as info:
        send_message(msg, SmtpConfig(srv.host, srv.port, security="none"), sleep=sleeps.append)
    err = info.value
    assert err.delivered == ["kadis@dinas.example.go.id", "bappeda@pemda.example.go.id"]
    assert list(err.failed) == ["hilang@dinas.example.go.id"]
    assert err.failed["hilang@dinas.example.go.id"].startswith("550")
    assert err.permanent is True and sleeps == []
    text = str(err)
    assert "delivered to: kadis@dinas.example.go.id, bappeda@pemda.example.go.id" in text
    assert "NOT delivered to: hilang@dinas.example.go.id (550" in text
    [got] = srv.handler.received
    assert got.rcpt_tos == ["kadis@dinas.example.go.id", "bappeda@pemda.example.go.id"]


def test_temporarily_refused_recipient_is_retried_alone(smtp_server):
    srv = smtp_server(Recorder(refuse_rcpt_once={"sibuk@dinas.example.go.id": "450 4.2.1 Mailbox busy"}))
    msg = build_message(
        sender=USER, to=["kadis@dinas.example.go.id", "sibuk@dinas.example.go.id"], subject="s", body="b"
    )
    delivered = send_message(msg, SmtpConfig(srv.host, srv.port, security="none"), sleep=lambda s: None)
    assert delivered == ["kadis@dinas.example.go.id", "sibuk@dinas.example.go.id"]
    # nobody gets the report twice
    assert [r.rcpt_tos for r in srv.handler.received] == [
        ["kadis@dinas.example.go.id"],
        ["sibuk@dinas.example.go.id"],
    ]


def test_starttls_required_but_not_offered_is_permanent(smtp_server):
    srv = smtp_server()  # no tls_context: EHLO does not advertise STARTTLS
    msg = build_message(sender=USER, to=["kadis@dinas.example.go.id"], subject="s", body="b")
    sleeps: list[float] = []
    with pytest.raises(MailError) as info:
        send_message(msg, SmtpConfig(srv.host, srv.port, security="starttls"), sleep=sleeps.append)
    assert info.value.permanent is True
    assert "does not offer STARTTLS" in str(info.value)
    assert sleeps == [] and srv.handler.received == [] and srv.handler.rcpt_calls == []


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_untrusted_certificate_is_permanent(smtp_server, server_tls_context, security):
    kwargs = (
        {"tls_context": server_tls_context} if security == "starttls" else {"ssl_context": server_tls_context}
    )
    srv = smtp_server(**kwargs)
    msg = build_message(sender=USER, to=["kadis@dinas.example.go.id"], subject="s", body="b")
    sleeps: list[float] = []
    with pytest.raises(MailError) as info:
        # no cafile: the trustme CA is not among the system's trusted authorities
        send_message(msg, SmtpConfig(srv.host, srv.port, security=security), sleep=sleeps.append)
    assert info.value.permanent is True
    assert "certificate verification failed" in str(info.value)
    assert sleeps == [] and srv.handler.received == []


def test_connection_refused_is_retried_then_fails():
    port = free_port()  # nothing listens there
    msg = build_message(sender=USER, to=["kadis@dinas.example.go.id"], subject="s", body="b")
    sleeps: list[float] = []
    log: list[str] = []
    with pytest.raises(MailError) as info:
        send_message(
            msg,
            SmtpConfig("127.0.0.1", port, security="none"),
            retries=2,
            sleep=sleeps.append,
            log=log.append,
        )
    err = info.value
    assert err.permanent is False and err.delivered == []
    assert "connection failed" in err.failed["kadis@dinas.example.go.id"]
    assert sleeps == [1.0, 2.0]
    assert sum("failed: connection failed" in line for line in log) == 3


def test_plain_smtp_to_remote_host_refused_before_any_connection(monkeypatch):
    calls: list[tuple] = []

    def forbidden(*args, **kwargs):
        calls.append(args)
        raise AssertionError("no network access expected")

    monkeypatch.setattr(socket, "getaddrinfo", forbidden)
    monkeypatch.setattr(socket, "create_connection", forbidden)
    msg = build_message(sender=USER, to=["kadis@dinas.example.go.id"], subject="s", body="b")
    cfg = SmtpConfig("mail.example.invalid", security="none")
    with pytest.raises(MailError) as info:
        send_message(msg, cfg, sleep=lambda s: None)
    assert info.value.permanent is True
    assert "refusing to send unencrypted SMTP to mail.example.invalid" in str(info.value)
    assert calls == []


def test_allow_plain_does_connect_to_remote_host(monkeypatch):
    calls: list[tuple] = []

    def refuse(address, *args, **kwargs):
        calls.append(address)
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr(socket, "create_connection", refuse)
    msg = build_message(sender=USER, to=["kadis@dinas.example.go.id"], subject="s", body="b")
    cfg = SmtpConfig("mail.example.invalid", security="none")
    with pytest.raises(MailError):
        send_message(msg, cfg, retries=0, allow_plain=True, sleep=lambda s: None)
    assert calls == [("mail.example.invalid", 25)]


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.3.4.5", "::1", "[::1]"])
def test_loopback_hosts_are_recognised_without_dns(host, monkeypatch):
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: pytest.fail("DNS lookup"))
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["mail.example.invalid", "10.0.0.1", "localhost.example.com", "::2"])
def test_non_loopback_hosts(host):
    assert not is_loopback(host)


# --------------------------------------------------------------------------- message building


@pytest.mark.parametrize(
    "subject", ["Laporan\r\nBcc: evil@example.com", "Laporan\nX", "Laporan\rX", "Laporan\u2028X"]
)
def test_line_breaks_in_subject_rejected(subject):
    with pytest.raises(ValueError, match="line break"):
        build_message(sender=USER, to=["a@example.go.id"], subject=subject, body="b")


def test_line_breaks_in_names_rejected():
    with pytest.raises(ValueError, match="line break"):
        build_message(
            sender="Dinas\r\nBcc: x@evil.com <a@example.go.id>", to=["b@example.go.id"], subject="s", body="b"
        )
    with pytest.raises(ValueError, match="line break"):
        default_subject(Settings(perangkat_daerah="Dinas Koperasi\nBcc: x@evil.com", triwulan=2, tahun=2025))


@pytest.mark.parametrize(
    "address",
    [
        "",
        "tanpa-at.example.go.id",
        "dua@@example.go.id",
        "a@b@example.go.id",
        "ada spasi@example.go.id",
        "kadis@example .go.id",
        "@example.go.id",
        "kadis@",
        "kadis@-example.go.id",
        "kadis@example..go.id",
        ".kadis@example.go.id",
        "ka..dis@example.go.id",
        "kadis@example.go.id\r\nBcc: evil@example.com",
        "kadis@example.go.id,evil@example.com",
        "Kepala <kadis@example.go.id",
        "<kadis@example.go.id> extra",
        "ka(dis)@example.go.id",
    ],
)
def test_invalid_addresses_rejected(address):
    with pytest.raises(ValueError):
        parse_address(address)
    with pytest.raises(ValueError):
        build_message(sender=USER, to=[address], subject="s", body="b")


@pytest.mark.parametrize(
    ("text", "addr_spec", "name"),
    [
        ("kadis@dinas.example.go.id", "kadis@dinas.example.go.id", ""),
        ("  Kepala Dinas <kadis@dinas.example.go.id> ", "kadis@dinas.example.go.id", "Kepala Dinas"),
        ('"Dinas Koperasi, UKM" <x.y+z@sub.example.co.id>', "x.y+z@sub.example.co.id", "Dinas Koperasi, UKM"),
        ("info@bücher.example", "info@xn--bcher-kva.example", ""),
    ],
)
def test_valid_addresses(text, addr_spec, name):
    addr = parse_address(text)
    assert addr.addr_spec == addr_spec and addr.display_name == name


def test_build_message_needs_a_recipient_and_existing_attachments(tmp_path):
    with pytest.raises(ValueError, match="recipient"):
        build_message(sender=USER, to=[], subject="s", body="b")
    with pytest.raises(FileNotFoundError, match="attachment not found"):
        build_message(
            sender=USER, to=["a@example.go.id"], subject="s", body="b", attachments=[tmp_path / "x.pdf"]
        )


def test_non_ascii_subject_and_names_are_encoded(smtp_server):
    srv = smtp_server()
    msg = build_message(
        sender="Dinas Pariwisata – Kota Contoh <lkjip@example.go.id>",
        to=["a@example.go.id"],
        subject="Laporan Kinerja – Triwulan I",
        body="Salam hangat — terima kasih.",
    )
    send_message(msg, SmtpConfig(srv.host, srv.port, security="none"))
    [got] = srv.handler.received
    assert all(b < 128 for b in got.content)  # works with servers lacking 8BITMIME/SMTPUTF8
    m = got.message
    assert m["Subject"] == "Laporan Kinerja – Triwulan I"
    assert m["From"].addresses[0].display_name == "Dinas Pariwisata – Kota Contoh"
    assert body_text(m) == "Salam hangat — terima kasih.\n"


def test_write_eml_round_trips(tmp_path, files):
    msg = build_message(
        sender=SENDER,
        to=["kadis@dinas.example.go.id"],
        subject="Uji",
        body="Isi",
        attachments=[files["xlsx"]],
    )
    (tmp_path / "out").mkdir()  # write_eml makes no folder (a mistyped one is refused)
    path = write_eml(msg, tmp_path / "out" / "laporan.eml")
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    back = email.message_from_bytes(raw, policy=email.policy.default)
    assert back["Subject"] == "Uji" and back["To"] == "kadis@dinas.example.go.id"
    assert attachments_of(back) == {files["xlsx"].name: (XLSX_MIME, files["xlsx"].read_bytes())}


# --------------------------------------------------------------------------- Bahasa Indonesia texts


def test_default_subject():
    agency = "Dinas Koperasi, UKM, Perindustrian dan Perdagangan"

    def subject(opd: str, triwulan, tahun: int | None) -> str:
        return default_subject(Settings(perangkat_daerah=opd, triwulan=triwulan, tahun=tahun))

    assert subject(agency, 2, 2025) == f"Laporan Kinerja Triwulan II Tahun 2025 - {agency}"
    assert subject(agency, 4, None) == f"Laporan Kinerja Triwulan IV - {agency}"
    assert subject("", 1, 2024) == "Laporan Kinerja Triwulan I Tahun 2024"
    for bad in (0, 5, "x"):
        with pytest.raises(ValueError):
            subject(agency, bad, 2025)


def test_default_body():
    body = default_body(
        Settings(
            perangkat_daerah="Dinas Koperasi, UKM, Perindustrian dan Perdagangan",
            pemerintah_daerah="Pemerintah Kabupaten Contoh",
            triwulan=3,
            tahun=2025,
        ),
        ["Jumlah indikator: 12", "Tercapai: 9", "", "Tidak tercapai: 3"],
    )
    assert "Yth. Bapak/Ibu" in body
    assert (
        "Laporan Kinerja Triwulan III Tahun 2025 Dinas Koperasi, UKM, Perindustrian dan Perdagangan "
        "Pemerintah Kabupaten Contoh" in body
    )
    assert "- Jumlah indikator: 12\n- Tercapai: 9\n- Tidak tercapai: 3\n" in body
    assert "terima kasih" in body
    assert body.rstrip().endswith("dikirim secara otomatis oleh lkj-xl.")
    assert "Ringkasan" not in default_body(Settings(perangkat_daerah="Dinas X", triwulan=1), [])
    assert "Tahun" not in default_body(Settings(perangkat_daerah="Dinas X", triwulan=1), [])


# --------------------------------------------------------------------------- configuration


def write_config(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_config_precedence_args_over_env_over_file(tmp_path, cafile):
    cfg_file = write_config(
        tmp_path / "config.toml",
        '[smtp]\nhost = "file.example"\nport = 2525\nuser = "file-user"\npassword = "file-pw"\n'
        'security = "tls"\ncafile = "/nonexistent-ca.pem"\nfrom = "lkjip@file.example"\ntimeout = 12\n',
    )
    env = {"LKJ_SMTP_HOST": "env.example", "LKJ_SMTP_USER": "env@env.example", "LKJ_SMTP_CAFILE": cafile}
    cfg = load_config(host="arg.example", security="starttls", env=env, config_path=cfg_file)
    assert cfg.host == "arg.example"  # argument beats env and file
    assert cfg.user == "env@env.example"  # env beats file
    assert cfg.cafile == cafile
    assert cfg.port == 2525 and cfg.security == "starttls"  # file value, argument
    assert cfg.password == "file-pw" and cfg.timeout == 12.0
    assert cfg.sender == "lkjip@file.example"
    cfg = load_config(
        env={**env, "LKJ_SMTP_PASSWORD": "env-pw", "LKJ_SMTP_PORT": "1587"}, config_path=cfg_file
    )
    assert (cfg.host, cfg.password, cfg.port, cfg.security) == ("env.example", "env-pw", 1587, "tls")


def test_password_is_never_a_parameter_nor_in_repr():
    assert "password" not in inspect.signature(load_config).parameters
    cfg = load_config(host="h.example", env={"LKJ_SMTP_PASSWORD": PASSWORD}, config_path=None)
    assert cfg.password == PASSWORD
    assert PASSWORD not in repr(cfg) and PASSWORD not in str(cfg)


@pytest.mark.parametrize(("security", "port"), [("starttls", 587), ("tls", 465), ("none", 25), ("TLS", 465)])
def test_default_ports(security, port, tmp_path):
    cfg = load_config(host="h.example", security=security, env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert cfg.port == port and cfg.security == security.lower()


def test_default_config_file_location(tmp_path):
    write_config(
        tmp_path / "lkj-xl" / "config.toml", '[smtp]\nhost = "xdg.example"\nuser = "u@xdg.example"\n'
    )
    cfg = load_config(env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert cfg.host == "xdg.example" and cfg.port == 587 and cfg.sender == "u@xdg.example"
    assert default_config_path({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "lkj-xl" / "config.toml"


def test_config_errors(tmp_path):
    empty = {"XDG_CONFIG_HOME": str(tmp_path)}
    with pytest.raises(ConfigError, match="no SMTP server configured"):
        load_config(env=empty)
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(host="h", env=empty, config_path=tmp_path / "missing.toml")
    bad = write_config(tmp_path / "bad.toml", '[smtp]\nhost = "h"\npasword = "typo"\n')
    with pytest.raises(ConfigError, match="unknown key.*pasword"):
        load_config(env=empty, config_path=bad)
    with pytest.raises(ConfigError, match="security"):
        load_config(host="h", security="ssl3", env=empty)
    with pytest.raises(ConfigError, match="port"):
        load_config(host="h", env={**empty, "LKJ_SMTP_PORT": "abc"})
    with pytest.raises(ConfigError, match="CA file not found"):
        load_config(host="h", cafile=str(tmp_path / "nope.pem"), env=empty)
    broken = write_config(tmp_path / "broken.toml", "[smtp\nhost=")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(env=empty, config_path=broken)


@pytest.mark.parametrize("value", ["0", "-5", "nan", "inf", '"30 detik"'])
def test_smtp_timeout_must_be_a_positive_number_of_seconds(tmp_path, value):
    # timeout = 0, -5 or nan was accepted, then each mail failed with the socket library's words
    # ("ValueError: Non-blocking socket (timeout=0) is not supported"), naming neither the file nor
    # the key. Said when the configuration is read, as a bad port is.
    config = write_config(tmp_path / "config.toml", f'[smtp]\nhost = "h.example"\ntimeout = {value}\n')
    with pytest.raises(ConfigError, match="SMTP timeout must be a positive number of seconds"):
        load_config(env={}, config_path=config)
