"""Send the report by e-mail over SMTP (standard library only).

Everything a recipient sees (subject, body) is Bahasa Indonesia; exceptions and log lines are
English, for the administrator running the CLI.  The SMTP password is only ever read from the
environment (``LKJ_SMTP_PASSWORD``) or the config file, and never appears in an exception message,
a log line or ``repr(SmtpConfig)``.
"""

from __future__ import annotations

import base64
import contextlib
import ipaddress
import mimetypes
import os
import re
import smtplib
import socket
import ssl
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, getaddresses, make_msgid
from pathlib import Path
from typing import Any, Literal

from lkj_xl.errors import DeliveryError, UsageError

__all__ = [
    "SmtpConfig",
    "ConfigError",
    "MailError",
    "load_config",
    "default_config_path",
    "build_message",
    "default_subject",
    "default_body",
    "send_message",
    "write_eml",
    "parse_address",
]

Security = Literal["starttls", "tls", "none"]
SECURITY_MODES: tuple[str, ...] = ("starttls", "tls", "none")
DEFAULT_PORTS: dict[str, int] = {"starttls": 587, "tls": 465, "none": 25}

MIME_TYPES: dict[str, tuple[str, str]] = {
    ".xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ".xlsm": ("application", "vnd.ms-excel.sheet.macroEnabled.12"),
    ".pdf": ("application", "pdf"),
    ".eml": ("message", "rfc822"),
}


# --------------------------------------------------------------------------- configuration


class ConfigError(UsageError):
    """The SMTP configuration is missing or invalid."""


@dataclass
class SmtpConfig:
    host: str
    port: int | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    security: Security = "starttls"
    cafile: str | None = None
    timeout: float = 30.0
    #: Envelope/From address if none is given on the command line (``LKJ_SMTP_FROM``, ``from``).
    sender: str | None = None

    @property
    def effective_port(self) -> int:
        return self.port if self.port is not None else DEFAULT_PORTS[self.security]


def default_config_path(env: Mapping[str, str] = os.environ) -> Path:
    """``%APPDATA%\\lkj-xl\\config.toml`` on Windows, else ``$XDG_CONFIG_HOME`` or ``~/.config``."""
    if sys.platform == "win32" and env.get("APPDATA"):
        return Path(env["APPDATA"]) / "lkj-xl" / "config.toml"
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "lkj-xl" / "config.toml"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ModuleNotFoundError as exc:
            raise ConfigError(
                f"reading {path} needs Python 3.11+ or the 'tomli' package (pip install tomli)"
            ) from exc
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc


_CONFIG_KEYS = {"host", "port", "user", "password", "security", "cafile", "timeout", "from"}


def load_config(
    *,
    host: str | None = None,
    port: int | None = None,
    user: str | None = None,
    security: str | None = None,
    cafile: str | None = None,
    sender: str | None = None,
    timeout: float | None = None,
    env: Mapping[str, str] = os.environ,
    config_path: Path | None = None,
) -> SmtpConfig:
    """SMTP settings: explicit arguments > ``LKJ_SMTP_*`` environment > ``[smtp]`` of the config file.

    The password comes only from ``LKJ_SMTP_PASSWORD`` or the config file (never a CLI argument).
    An explicit ``config_path`` must exist; the default one is optional.
    """
    path = Path(config_path) if config_path is not None else default_config_path(env)
    file_cfg: dict[str, Any] = {}
    if path.is_file():
        data = _read_toml(path)
        section = data.get("smtp", {})
        if not isinstance(section, dict):
            raise ConfigError(f"{path}: [smtp] must be a table")
        unknown = sorted(set(section) - _CONFIG_KEYS)
        if unknown:
            raise ConfigError(
                f"{path}: unknown key(s) in [smtp]: {', '.join(unknown)} "
                f"(known: {', '.join(sorted(_CONFIG_KEYS))})"
            )
        file_cfg = section
    elif config_path is not None:
        raise ConfigError(f"config file not found: {path}")

    def pick(arg: Any, env_name: str, key: str) -> Any:
        if arg is not None and arg != "":
            return arg
        value = env.get(env_name)
        if value:
            return value
        return file_cfg.get(key)

    sec = pick(security, "LKJ_SMTP_SECURITY", "security") or "starttls"
    sec = str(sec).strip().lower()
    if sec not in SECURITY_MODES:
        raise ConfigError(f"SMTP security must be one of {', '.join(SECURITY_MODES)}, not {sec!r}")

    raw_host = pick(host, "LKJ_SMTP_HOST", "host")
    if not raw_host or not str(raw_host).strip():
        raise ConfigError(
            "no SMTP server configured: give the host option, set LKJ_SMTP_HOST, "
            f"or put host = ... under [smtp] in {path}"
        )
    raw_host = str(raw_host).strip()
    if any(c.isspace() for c in raw_host) or "/" in raw_host:
        raise ConfigError(f"invalid SMTP host {raw_host!r}")

    raw_port = pick(port, "LKJ_SMTP_PORT", "port")
    port_value: int | None = None
    if raw_port is not None:
        try:
            port_value = int(raw_port)
        except (TypeError, ValueError):
            raise ConfigError(f"SMTP port must be a number, not {raw_port!r}") from None
        if not 0 < port_value < 65536:
            raise ConfigError(f"SMTP port out of range: {port_value}")
    else:
        port_value = DEFAULT_PORTS[sec]

    raw_timeout = pick(timeout, "LKJ_SMTP_TIMEOUT", "timeout")
    try:
        timeout_value = float(raw_timeout) if raw_timeout is not None else 30.0
    except (TypeError, ValueError):
        raise ConfigError(f"SMTP timeout must be a number of seconds, not {raw_timeout!r}") from None

    user_value = pick(user, "LKJ_SMTP_USER", "user")
    password = env.get("LKJ_SMTP_PASSWORD") or file_cfg.get("password")
    ca = pick(cafile, "LKJ_SMTP_CAFILE", "cafile")
    if ca is not None:
        ca = str(Path(str(ca)).expanduser())
        if not Path(ca).is_file():
            raise ConfigError(f"CA file not found: {ca}")
    from_value = pick(sender, "LKJ_SMTP_FROM", "from")
    if not from_value and user_value and "@" in str(user_value):
        from_value = user_value

    return SmtpConfig(
        host=raw_host,
        port=port_value,
        user=str(user_value) if user_value else None,
        password=str(password) if password else None,
        security=sec,  # type: ignore[arg-type]
        cafile=ca,
        timeout=timeout_value,
        sender=str(from_value) if from_value else None,
    )


# --------------------------------------------------------------------------- message


_ATEXT = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_LABEL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
_ANGLE = re.compile(r"^(?P<name>.*?)\s*<(?P<addr>[^<>]*)>$", re.S)


def _check_header_value(what: str, value: str) -> str:
    if not isinstance(value, str):
        raise UsageError(f"{what} must be text, not {type(value).__name__}")
    bad = [c for c in value if c in "\r\n\0" or c in "\u2028\u2029\x85"]
    if bad:
        raise UsageError(f"{what} contains a line break or NUL character, which is not allowed: {value!r}")
    return value


def parse_address(text: str) -> Address:
    """Parse ``user@example.go.id`` or ``Nama <user@example.go.id>`` strictly.

    Rejects CR/LF, whitespace in the address, anything without exactly one ``@``, and characters
    that are not valid in an unquoted address.  Non-ASCII domains are converted with IDNA.
    """
    _check_header_value("e-mail address", text)
    s = text.strip()
    name = ""
    match = _ANGLE.match(s)
    if match:
        name = match.group("name").strip()
        if len(name) >= 2 and name[0] == name[-1] == '"':
            name = name[1:-1]
        addr = match.group("addr")
    else:
        addr = s
    if not addr or any(c.isspace() for c in addr):
        raise UsageError(f"invalid e-mail address {text!r}: empty or contains spaces")
    if addr.count("@") != 1:
        raise UsageError(f"invalid e-mail address {text!r}: must contain exactly one '@'")
    if any(c in name for c in "<>"):
        raise UsageError(f"invalid e-mail address {text!r}")
    local, domain = addr.split("@")
    if (
        not local
        or len(local) > 64
        or not _ATEXT.match(local)
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
    ):
        raise UsageError(f"invalid e-mail address {text!r}: bad part before '@'")
    try:
        ascii_domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        raise UsageError(f"invalid e-mail address {text!r}: bad domain") from None
    labels = ascii_domain.rstrip(".").split(".")
    if len(ascii_domain) > 253 or not all(_LABEL.match(label) for label in labels):
        if not (ascii_domain.startswith("[") and ascii_domain.endswith("]")):
            raise UsageError(f"invalid e-mail address {text!r}: bad domain")
        try:
            ipaddress.ip_address(ascii_domain[1:-1].removeprefix("IPv6:"))
        except ValueError:
            raise UsageError(f"invalid e-mail address {text!r}: bad domain") from None
    return Address(display_name=name, username=local, domain=ascii_domain)


def _mime_type(path: Path) -> tuple[str, str]:
    known = MIME_TYPES.get(path.suffix.lower())
    if known:
        return known
    guessed, encoding = mimetypes.guess_type(path.name)
    if guessed and not encoding and "/" in guessed:
        main, sub = guessed.split("/", 1)
        return main, sub
    return "application", "octet-stream"


def build_message(
    *,
    sender: str,
    to: Sequence[str],
    cc: Sequence[str] = (),
    subject: str,
    body: str,
    attachments: Sequence[Path] = (),
) -> EmailMessage:
    """A complete message (text body + attachments) with Date and Message-ID set.

    Raises ValueError for an invalid address, an empty recipient list, or a CR/LF in any header
    value; FileNotFoundError for a missing attachment.
    """
    from_addr = parse_address(sender)
    to_addrs = [parse_address(a) for a in to]
    cc_addrs = [parse_address(a) for a in cc]
    if not to_addrs:
        raise UsageError("at least one recipient (--to) is required")
    _check_header_value("subject", subject)
    if not isinstance(body, str):
        raise UsageError("body must be text")

    msg = EmailMessage()
    msg["From"] = from_addr
    msg["To"] = to_addrs
    if cc_addrs:
        msg["Cc"] = cc_addrs
    msg["Subject"] = subject.strip()
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=from_addr.domain)  # no getfqdn(): no DNS lookup
    msg["MIME-Version"] = "1.0"
    try:
        from lkj_xl import __version__

        msg["X-Mailer"] = f"lkj-xl {__version__}"
    except ImportError:  # pragma: no cover
        pass

    text = body.replace("\r\n", "\n").replace("\r", "\n")
    if not text.endswith("\n"):
        text += "\n"
    # quoted-printable keeps non-ASCII safe for servers without 8BITMIME.
    msg.set_content(text, charset="utf-8", cte="7bit" if text.isascii() else "quoted-printable")

    for item in attachments:
        path = Path(item)
        if not path.is_file():
            raise FileNotFoundError(f"attachment not found: {path}")
        _check_header_value("attachment file name", path.name)
        maintype, subtype = _mime_type(path)
        data = path.read_bytes()
        if (maintype, subtype) == ("message", "rfc822"):
            maintype, subtype = "application", "octet-stream"  # attach .eml files unparsed
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=path.name)
    return msg


def _triwulan(triwulan: int) -> str:
    from lkj_xl.core.contract import ROMAN

    try:
        return ROMAN[int(triwulan) - 1] if int(triwulan) >= 1 else ROMAN[4]
    except (IndexError, TypeError, ValueError):
        raise ValueError(f"quarter (triwulan) must be 1-4, not {triwulan!r}") from None


def _period(triwulan: int, tahun: int | None) -> str:
    text = f"Triwulan {_triwulan(triwulan)}"
    if tahun is not None:
        text += f" Tahun {int(tahun)}"
    return text


def default_subject(perangkat_daerah: str, triwulan: int, tahun: int | None) -> str:
    """E.g. ``Laporan Kinerja Triwulan II Tahun 2025 - Dinas Koperasi, UKM, ...``."""
    _check_header_value("agency name (Perangkat Daerah)", perangkat_daerah or "")
    subject = f"Laporan Kinerja {_period(triwulan, tahun)}"
    name = " ".join((perangkat_daerah or "").split())
    if name:
        subject += f" - {name}"
    return subject


def default_body(
    perangkat_daerah: str,
    pemerintah_daerah: str,
    triwulan: int,
    tahun: int | None,
    ringkasan_lines: Iterable[str],
) -> str:
    """Polite Bahasa Indonesia cover text naming agency, quarter and year, with the summary lines."""
    agency = " ".join((perangkat_daerah or "").split())
    government = " ".join((pemerintah_daerah or "").split())
    who = agency
    if government:
        who = f"{agency} {government}" if agency else government
    period = _period(triwulan, tahun)
    lines = [
        "Yth. Bapak/Ibu,",
        "",
        f"Bersama surel ini kami sampaikan Laporan Kinerja {period}"
        + (f" {who}" if who else "")
        + ", sebagaimana terlampir.",
    ]
    summary = [" ".join(str(s).split()) for s in ringkasan_lines]
    summary = [s for s in summary if s]
    if summary:
        lines += ["", "Ringkasan capaian kinerja:"]
        lines += [s if s.startswith(("-", "•")) else f"- {s}" for s in summary]
    lines += [
        "",
        "Demikian laporan ini kami sampaikan. Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.",
        "",
        "Hormat kami,",
    ]
    if agency:
        lines.append(agency)
    lines += ["", "--", "Surel ini dikirim secara otomatis oleh lkj-xl."]
    return "\n".join(lines) + "\n"


def write_eml(msg: EmailMessage, path: Path) -> Path:
    """Write the complete message (as it would be sent, CRLF line ends) to ``path`` (``--dry-run``)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(msg.as_bytes(policy=msg.policy.clone(linesep="\r\n")))
    return path


# --------------------------------------------------------------------------- sending


class MailError(DeliveryError):
    """Sending failed, entirely or for some recipients.

    ``delivered``: recipients the server accepted; ``failed``: recipient -> reason;
    ``permanent``: True when retrying will not help (auth rejected, 5xx, TLS missing, bad cert).
    """

    def __init__(
        self,
        message: str,
        *,
        delivered: Iterable[str] = (),
        failed: Mapping[str, str] | None = None,
        permanent: bool = False,
    ) -> None:
        self.delivered: list[str] = list(delivered)
        self.failed: dict[str, str] = dict(failed or {})
        self.permanent = permanent
        parts = [message]
        if self.delivered:
            parts.append("delivered to: " + ", ".join(self.delivered))
        if self.failed:
            parts.append("NOT delivered to: " + "; ".join(f"{r} ({why})" for r, why in self.failed.items()))
        elif not self.delivered:
            parts.append("no recipient received the message")
        super().__init__("; ".join(parts))


class _Failure(Exception):
    """Internal: one attempt failed; ``permanent`` says whether to stop."""

    def __init__(self, reason: str, permanent: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


def _is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback IP literals, decided without any DNS lookup."""
    h = host.strip().rstrip(".").lower()
    if h == "localhost" or h.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(h.strip("[]")).is_loopback
    except ValueError:
        return False


def _secrets(config: SmtpConfig) -> list[str]:
    pw = config.password
    if not pw:
        return []
    user = config.user or ""
    forms = {pw}
    for raw in (pw, f"\0{user}\0{pw}", f"{user}\0{pw}"):
        forms.add(base64.b64encode(raw.encode("utf-8")).decode("ascii"))
    return sorted((f for f in forms if f), key=len, reverse=True)


def _redact(text: str, secrets: Sequence[str]) -> str:
    for s in secrets:
        text = text.replace(s, "***")
    return text


def _smtp_text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _classify(exc: BaseException) -> _Failure:
    """Map an exception of one attempt to a reason and whether it is permanent."""
    if isinstance(exc, _Failure):
        return exc
    if isinstance(exc, smtplib.SMTPResponseException):
        code = exc.smtp_code
        kind = {
            smtplib.SMTPAuthenticationError: "authentication rejected",
            smtplib.SMTPSenderRefused: "sender refused",
            smtplib.SMTPDataError: "message refused",
            smtplib.SMTPConnectError: "connection refused by server",
            smtplib.SMTPHeloError: "greeting refused",
        }.get(type(exc), "server error")
        reason = f"{kind}: {code} {_smtp_text(exc.smtp_error)}".strip()
        return _Failure(reason, permanent=not 400 <= code < 500)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return _Failure(f"not supported by the server: {exc}", permanent=True)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return _Failure(f"server disconnected: {exc}", permanent=False)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return _Failure(
            f"TLS certificate verification failed: {exc.verify_message or exc} "
            "(use a CA file option for an agency's own certificate authority)",
            permanent=True,
        )
    if isinstance(exc, ssl.SSLError):
        return _Failure(f"TLS error: {exc}", permanent=True)
    if isinstance(exc, socket.gaierror):
        permanent = exc.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME))
        return _Failure(f"cannot resolve SMTP host: {exc}", permanent=permanent)
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return _Failure(f"timed out: {exc}", permanent=False)
    if isinstance(exc, (ConnectionError, OSError)):
        return _Failure(f"connection failed: {exc}", permanent=False)
    if isinstance(exc, smtplib.SMTPException):
        return _Failure(f"SMTP error: {exc}", permanent=True)
    return _Failure(f"{type(exc).__name__}: {exc}", permanent=True)


def _envelope(msg: EmailMessage) -> tuple[str, list[str]]:
    sender_field = msg["Sender"] or msg["From"]
    if not sender_field:
        raise UsageError("the message has no From header")
    from_addrs = [a for _, a in getaddresses([str(sender_field)]) if a]
    if len(from_addrs) != 1:
        raise UsageError(f"the message must have exactly one sender address, not {sender_field!r}")
    rcpts: list[str] = []
    for header in ("To", "Cc", "Bcc"):
        for value in msg.get_all(header, []):
            for _, addr in getaddresses([str(value)]):
                if addr and addr.lower() not in (r.lower() for r in rcpts):
                    rcpts.append(addr)
    if not rcpts:
        raise UsageError("the message has no recipients")
    return from_addrs[0], rcpts


def _make_logger(log: Any, secrets: Sequence[str]) -> Callable[[str], None]:
    if log is None:
        return lambda _line: None
    target = log.info if hasattr(log, "info") else log

    def emit(line: str) -> None:
        target(_redact(line, secrets))

    return emit


def send_message(
    msg: EmailMessage,
    config: SmtpConfig,
    *,
    retries: int = 3,
    backoff: float = 1.0,
    sleep: Callable[[float], Any] = time.sleep,
    log: Callable[[str], Any] | Any | None = None,
    allow_plain: bool = False,
) -> list[str]:
    """Send ``msg``; return the recipients the server accepted.

    Security: ``starttls`` (required: a server without STARTTLS is a permanent failure), ``tls``
    (implicit TLS), or ``none`` — plain SMTP is only used for a loopback host or with
    ``allow_plain=True``.  Certificates are verified (``config.cafile`` adds a trusted CA).
    AUTH only when ``config.user`` is set.  Temporary failures are retried ``retries`` times with
    exponential backoff (``backoff``, 2×, 4× … seconds); recipients already accepted are never sent
    the message twice.  Raises :class:`MailError` naming who got it and who did not.
    ``log``: a callable taking one line, or a ``logging.Logger``.
    """
    secrets = _secrets(config)
    emit = _make_logger(log, secrets)
    from_addr, recipients = _envelope(msg)
    security = config.security
    if security not in SECURITY_MODES:
        raise MailError(f"unknown SMTP security mode {security!r}", permanent=True)
    host, port = config.host, config.effective_port

    if security == "none" and not allow_plain and not _is_loopback(host):
        raise MailError(
            f"refusing to send unencrypted SMTP to {host}: plain SMTP is only allowed to a loopback "
            "address unless explicitly allowed (--no-tls)",
            failed={r: "not sent: plain SMTP refused" for r in recipients},
            permanent=True,
        )

    context = None
    if security != "none":
        try:
            context = ssl.create_default_context(cafile=config.cafile)
        except (OSError, ssl.SSLError) as exc:
            raise MailError(
                f"cannot load CA file {config.cafile}: {exc}",
                failed={r: "not sent" for r in recipients},
                permanent=True,
            ) from None

    delivered: list[str] = []
    failed: dict[str, str] = {}  # recipient -> reason, final
    pending = list(recipients)  # still to be sent (never includes an accepted recipient)
    attempts = max(0, int(retries)) + 1
    reasons: dict[str, str] = {}  # last temporary reason per pending recipient

    for attempt in range(1, attempts + 1):
        emit(f"SMTP {host}:{port} ({security}) attempt {attempt}/{attempts}: to {', '.join(pending)}")
        try:
            accepted, temp_refused, perm_refused = _attempt(
                msg, config, context, from_addr, pending, host, port, security
            )
        except Exception as exc:  # classified, then re-raised as MailError
            failure = _classify(exc)
            reason = _redact(failure.reason, secrets)
            emit(f"attempt {attempt}/{attempts} failed: {reason}")
            if failure.permanent:
                failed.update({r: reason for r in pending})
                raise MailError(
                    f"sending failed permanently: {reason}",
                    delivered=delivered,
                    failed=failed,
                    permanent=True,
                ) from None
            reasons = {r: reason for r in pending}
        else:
            delivered += accepted
            if accepted:
                emit(f"accepted for {', '.join(accepted)}")
            for rcpt, why in perm_refused.items():
                failed[rcpt] = _redact(why, secrets)
                emit(f"refused permanently for {rcpt}: {failed[rcpt]}")
            pending = [r for r in pending if r in temp_refused]
            reasons = {r: _redact(temp_refused[r], secrets) for r in pending}
            for rcpt in pending:
                emit(f"refused temporarily for {rcpt}: {reasons[rcpt]}")
        if not pending:
            break
        if attempt < attempts:
            delay = backoff * (2 ** (attempt - 1))
            emit(f"retrying in {delay:g} s")
            sleep(delay)

    gave_up = bool(pending)
    for rcpt in pending:
        failed[rcpt] = f"{reasons.get(rcpt, 'temporary failure')} (gave up after {attempts} attempts)"
    if failed:
        raise MailError(
            "sending failed after retries"
            if gave_up and not delivered
            else "message not delivered to every recipient",
            delivered=delivered,
            failed=failed,
            permanent=not gave_up,
        )
    emit(f"delivered to {', '.join(delivered)}")
    return delivered


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH with one mechanism only (PLAIN, else LOGIN, else CRAM-MD5).

    ``smtplib.SMTP.login`` tries every advertised mechanism in turn, so a wrong password would be
    sent several times per attempt and count several failed logins on the server.
    """
    offered = smtp.esmtp_features.get("auth", "").upper().split()
    smtp.user, smtp.password = user, password
    for mechanism, method in (
        ("PLAIN", smtp.auth_plain),
        ("LOGIN", smtp.auth_login),
        ("CRAM-MD5", smtp.auth_cram_md5),
    ):
        if mechanism in offered:
            smtp.auth(mechanism, method, initial_response_ok=True)
            return
    raise _Failure(
        f"no supported AUTH mechanism offered (server offers: {' '.join(offered) or 'none'})", permanent=True
    )


def _attempt(
    msg: EmailMessage,
    config: SmtpConfig,
    context: ssl.SSLContext | None,
    from_addr: str,
    rcpts: list[str],
    host: str,
    port: int,
    security: str,
) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """One connection. Returns (accepted, temporarily refused, permanently refused)."""
    smtp: smtplib.SMTP
    if security == "tls":
        smtp = smtplib.SMTP_SSL(host, port, timeout=config.timeout, context=context)
    else:
        smtp = smtplib.SMTP(host, port, timeout=config.timeout)
    try:
        smtp.ehlo_or_helo_if_needed()
        if security == "starttls":
            if not smtp.has_extn("starttls"):
                raise _Failure(
                    f"the server {host}:{port} does not offer STARTTLS, which is required "
                    "(choose implicit TLS, or plain SMTP only for a trusted local relay)",
                    permanent=True,
                )
            smtp.starttls(context=context)
            smtp.ehlo()
        if config.user:
            if not smtp.has_extn("auth"):
                raise _Failure(
                    f"the server {host}:{port} does not offer AUTH but a user is configured",
                    permanent=True,
                )
            _login(smtp, config.user, config.password or "")
        try:
            refused = smtp.send_message(msg, from_addr=from_addr, to_addrs=rcpts)
        except smtplib.SMTPRecipientsRefused as exc:
            refused = exc.recipients
        temp: dict[str, str] = {}
        perm: dict[str, str] = {}
        for rcpt, (code, text) in refused.items():
            why = f"{code} {_smtp_text(text)}"
            (temp if 400 <= code < 500 else perm)[rcpt] = why
        accepted = [r for r in rcpts if r not in refused]
        with contextlib.suppress(Exception):
            smtp.quit()
        return accepted, temp, perm
    finally:
        with contextlib.suppress(Exception):
            smtp.close()
