"""Why one SMTP attempt failed, in words an administrator acts on: each exception of an attempt
classified as permanent or temporary, with the setting to change (a certificate to trust, the TLS mode,
the user to set) rather than the library's words ("sender refused", "WRONG_VERSION_NUMBER")."""

from __future__ import annotations

import math
import smtplib
import socket
import ssl
from email.message import EmailMessage
from typing import Any

from lkj_xl.delivery.config import SmtpConfig
from lkj_xl.net import host_port

LOGIN_REFUSED = "authentication rejected"


class Failure(Exception):
    """Internal: one attempt failed; ``permanent`` says whether to stop."""

    def __init__(self, reason: str, permanent: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


class Silence(Failure):
    """Internal: the server was silent for the timeout. Never retried: waiting again multiplies the
    wait (a server that accepts and never answers is blocked or misconfigured; the default 30 s was
    waited four times, with 1 + 2 + 4 s between: 127 s), and after the whole message it may have
    it. ``note``: what each recipient's line says; None when the server may have the message."""

    def __init__(self, reason: str, note: str | None) -> None:
        super().__init__(reason, permanent=True)
        self.note = note


def timed_out(exc: BaseException) -> bool:
    """Whether ``exc`` is a socket timeout or was raised handling one (smtplib reports a reply not
    read in time as SMTPServerDisconnected("Connection unexpectedly closed: timed out"))."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            break
        if isinstance(seen, TimeoutError):  # socket.timeout is TimeoutError since Python 3.10
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def silence(config: SmtpConfig, phase: str) -> Silence:
    """What a timeout in ``phase`` of an attempt means (see _Watched), naming server and timeout."""
    server = f"the SMTP server {host_port(config.host, config.effective_port)}"
    within = f"within {config.timeout:g} s"
    if phase == "upload":
        return Silence(
            f"the message could not be sent to {server} {within} (--smtp-timeout): a slow link, or a "
            "server that stopped reading; not retried",
            "not sent whole",
        )
    if phase == "reply":
        return Silence(
            f"{server} did not answer {within} after the whole message was sent (--smtp-timeout): it "
            "may have received it, so it was not sent again; ask the recipients before sending it again",
            None,
        )
    if phase == "connect":
        tls_hint = (
            " (port 465 needs --tls)" if config.effective_port == 465 and config.security != "tls" else ""
        )
        return Silence(
            f"{server} did not answer {within} of connecting (--smtp-timeout); not retried: check "
            f"the host, the port and the TLS mode{tls_hint}",
            "not sent",
        )
    return Silence(f"{server} did not answer {within} (--smtp-timeout); not retried", "not sent")


def lost_before_answer(config: SmtpConfig, exc: BaseException) -> Silence:
    """The connection broke after the whole message was sent, before the server's answer: the server
    may have queued it, so it is not sent again (each recipient: delivery uncertain)."""
    why = classify(exc).reason
    return Silence(
        f"the connection to the SMTP server {host_port(config.host, config.effective_port)} was lost after the "
        f"whole message was sent, before the server confirmed it ({why}): it MAY have been delivered, so "
        "it was not sent again; ask the recipients before sending it again",
        None,
    )


def smtp_text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def classify(exc: BaseException, host: str = "", port: int | None = None) -> Failure:
    """Map an exception of one attempt to a reason and whether it is permanent; ``host`` and ``port``
    name the server a connection could not reach (a typo in host = ... read in the morning's log)."""
    if isinstance(exc, Failure):
        return exc
    if isinstance(exc, smtplib.SMTPResponseException):
        code = exc.smtp_code
        kind = {
            smtplib.SMTPAuthenticationError: LOGIN_REFUSED,
            smtplib.SMTPSenderRefused: "sender refused",
            smtplib.SMTPDataError: "message refused",
            smtplib.SMTPConnectError: "connection refused by server",
            smtplib.SMTPHeloError: "greeting refused",
        }.get(type(exc), "server error")
        reason = f"{kind}: {code} {smtp_text(exc.smtp_error)}".strip()
        return Failure(reason, permanent=not 400 <= code < 500)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return Failure(f"not supported by the server: {exc}", permanent=True)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return Failure(f"server disconnected: {exc}", permanent=False)
    if isinstance(exc, ssl.SSLCertVerificationError):
        why = str(exc.verify_message or exc).rstrip(".")
        return Failure(f"TLS certificate verification failed: {why}; {_cert_hint(exc)}", permanent=True)
    if isinstance(exc, ssl.SSLError) and exc.reason == "WRONG_VERSION_NUMBER":
        return Failure(
            "the server answered in plain text, not TLS: --tls (TLS from the start, usually port 465) "
            "was spoken to a port that offers STARTTLS or plain SMTP; use --starttls (usually port "
            "587; LKJ_SMTP_SECURITY, security under [smtp]) or the server's TLS port",
            permanent=True,
        )
    if isinstance(exc, ssl.SSLError):
        return Failure(f"TLS error: {exc}", permanent=True)
    if isinstance(exc, socket.gaierror):
        permanent = exc.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME))
        return Failure(f"cannot resolve SMTP host{f' {host}' if host else ''}: {exc}", permanent=permanent)
    if isinstance(exc, (ConnectionError, OSError)):
        to = f" to {host_port(host, port)}" if host and port else ""
        return Failure(f"connection failed{to}: {exc}", permanent=False)
    if isinstance(exc, smtplib.SMTPException):
        return Failure(f"SMTP error: {exc}", permanent=True)
    return Failure(f"{type(exc).__name__}: {exc}", permanent=True)


#: OpenSSL's X509_V_ERR codes: the certificate is for another name; it is out of its dates.
_NAME_MISMATCH = (62, 64)
_OUT_OF_DATE = (9, 10)


def _cert_hint(exc: ssl.SSLCertVerificationError) -> str:
    """What the admin does about a certificate the client refused: the hint was "use a CA file
    option" for every case, naming no option, and wrong for a certificate made for another name."""
    if exc.verify_code in _NAME_MISMATCH:
        return (
            "give the server by a name its certificate is for with --smtp-host (LKJ_SMTP_HOST, or host "
            "under [smtp])"
        )
    if exc.verify_code in _OUT_OF_DATE:
        return "the server's certificate must be renewed (or this machine's clock is wrong)"
    return (
        "the server's certificate is not signed by an authority this machine trusts: give that "
        "certificate (a self-signed one) or the agency's own CA certificate with --cafile FILE "
        "(LKJ_SMTP_CAFILE, or cafile under [smtp])"
    )


def _as_bytes(value: Any) -> bytes:
    return value if isinstance(value, bytes) else str(value).encode("utf-8", "replace")


def _size(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB" if count >= 1_000_000 else f"{math.ceil(count / 1000)} KB"


def too_large(smtp: smtplib.SMTP, msg: EmailMessage, exc: smtplib.SMTPResponseException) -> Failure:
    """The server refused the message for its size (552 to MAIL FROM's SIZE=, or after the data):
    said so with both sizes, not as "sender refused", which sent the admin to the --from address."""
    reply = f"{exc.smtp_code} {smtp_text(exc.smtp_error)}"
    size = len(msg.as_bytes(policy=msg.policy.clone(linesep="\r\n")))
    limit = smtp.esmtp_features.get("size", "").strip()
    most = f", the server accepts at most {_size(int(limit))}" if limit.isdecimal() and int(limit) else ""
    return Failure(
        f"message too large for the server: {_size(size)} with its attachments{most} ({reply}); ask "
        "the mail administrator to raise the limit, or send fewer attachments",
        permanent=True,
    )


def login_required(config: SmtpConfig, exc: smtplib.SMTPResponseException) -> Failure:
    """530 to MAIL FROM without a configured user: the server wants a login, not another sender
    (said as "sender refused"); a password given without its user was never used."""
    unused = " (a password is set but no user, so no login was tried)" if config.password else ""
    return Failure(
        f"the server requires a login{unused}: {exc.smtp_code} {smtp_text(exc.smtp_error)}; set the SMTP "
        "user (--smtp-user, LKJ_SMTP_USER or user under [smtp]) and its password (LKJ_SMTP_PASSWORD "
        "or password under [smtp])",
        permanent=True,
    )


def refusal(
    smtp: smtplib.SMTP, msg: EmailMessage, config: SmtpConfig, exc: smtplib.SMTPResponseException
) -> Failure | None:
    """What a refused MAIL FROM or DATA means when the library's words mislead ("sender refused"):
    the message is too large, or the server wants a login; None for any other refusal."""
    if exc.smtp_code == 552 or b"5.3.4" in _as_bytes(exc.smtp_error):
        return too_large(smtp, msg, exc)
    if exc.smtp_code == 530 and not config.user:
        return login_required(config, exc)
    return None
