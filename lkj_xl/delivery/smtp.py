"""The SMTP transport: TLS modes, AUTH, retries with backoff, and per-recipient results.

Exceptions and log lines are English, for the administrator running the CLI. The password never
appears in an exception message or a log line (every form of it that goes over the wire is redacted).
"""

from __future__ import annotations

import base64
import contextlib
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import getaddresses
from typing import Any

from lkj_xl.delivery.config import SECURITY_MODES, SmtpConfig, tls_context
from lkj_xl.delivery.smtp_failures import (
    LOGIN_REFUSED,
    Failure,
    Silence,
    classify,
    lost_before_answer,
    refusal,
    silence,
    smtp_text,
    timed_out,
)
from lkj_xl.errors import DeliveryError, UsageError
from lkj_xl.net import host_port, is_loopback

__all__ = ["MailError", "send_message"]


CHECK_LOGIN = (
    "check the SMTP user and password (--smtp-user or LKJ_SMTP_USER; LKJ_SMTP_PASSWORD or the config file)"
)


class MailError(DeliveryError):
    """Sending failed, entirely or for some recipients.

    ``delivered``: recipients the server accepted; ``failed``: recipient -> reason; ``uncertain``:
    recipients the server may or may not have accepted (it fell silent after the whole message);
    ``permanent``: True when retrying will not help (auth rejected, 5xx, TLS missing, bad cert);
    ``login_refused``: the server refused the login itself, which another mail would only repeat.
    """

    def __init__(
        self,
        message: str,
        *,
        delivered: Iterable[str] = (),
        failed: Mapping[str, str] | None = None,
        uncertain: Iterable[str] = (),
        permanent: bool = False,
        login_refused: bool = False,
    ) -> None:
        self.login_refused = login_refused  # the server refused the user and password (535)
        self.delivered: list[str] = list(delivered)
        self.failed: dict[str, str] = dict(failed or {})
        self.uncertain: list[str] = list(uncertain)
        self.permanent = permanent
        parts = [message]
        if self.delivered:
            parts.append("delivered to: " + ", ".join(self.delivered))
        if self.failed:
            # a reason the message already gives is not repeated after each recipient
            parts.append(
                "NOT delivered to: "
                + "; ".join(r if why in message else f"{r} ({why})" for r, why in self.failed.items())
            )
        if self.uncertain:
            parts.append("delivery UNCERTAIN for: " + ", ".join(self.uncertain))
        if not (self.delivered or self.failed or self.uncertain):
            parts.append("no recipient received the message")
        super().__init__("; ".join(parts))


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


@dataclass
class _Delivery:
    """Who got the message so far, across attempts."""

    delivered: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # recipient -> reason, final
    pending: list[str] = field(default_factory=list)  # still to be sent (never an accepted recipient)
    reasons: dict[str, str] = field(default_factory=dict)  # last temporary reason per pending recipient


def check_transport(config: SmtpConfig, *, allow_plain: bool = False) -> None:
    """What :func:`send_message` would refuse before connecting (plain SMTP off loopback, a CA file
    that does not load), raised as that MailError now: ``run`` checks it before building anything."""
    _checked_context(config, config.host, [], allow_plain)


def _checked_context(
    config: SmtpConfig, host: str, recipients: list[str], allow_plain: bool
) -> ssl.SSLContext | None:
    """The TLS context of ``config`` (None for plain SMTP), refusing plain SMTP off loopback."""
    if config.security not in SECURITY_MODES:
        raise MailError(f"unknown SMTP security mode {config.security!r}", permanent=True)
    if config.security == "none":
        if not allow_plain and not is_loopback(host):
            raise MailError(
                f"refusing to send unencrypted SMTP to {host}: plain SMTP is only allowed to a loopback "
                "address unless explicitly allowed (--no-tls)",
                failed={r: "not sent: plain SMTP refused" for r in recipients},
                permanent=True,
            )
        return None
    try:
        return tls_context(config.cafile)
    except (OSError, ssl.SSLError) as exc:
        raise MailError(
            f"cannot load CA file {config.cafile}: {exc}",
            failed={r: "not sent" for r in recipients},
            permanent=True,
        ) from None


def send_message(
    msg: EmailMessage,
    config: SmtpConfig,
    *,
    retries: int = 3,
    backoff: float = 1.0,
    sleep: Callable[[float], Any] = time.sleep,
    log: Callable[[str], Any] | Any | None = None,
    allow_plain: bool = False,
    delivered: list[str] | None = None,
) -> list[str]:
    """Send ``msg``; return the recipients the server accepted.

    Security: ``starttls`` (required: a server without STARTTLS is a permanent failure), ``tls``
    (implicit TLS), or ``none`` — plain SMTP is only used for a loopback host or with
    ``allow_plain=True``.  Certificates are verified (``config.cafile`` adds a trusted CA).
    AUTH only when ``config.user`` is set.  Temporary failures are retried ``retries`` times with
    exponential backoff (``backoff``, 2×, 4× … seconds); recipients already accepted are never sent
    the message twice, nor is a message the server may have (silent, or the connection lost, after
    the whole message: MailError.uncertain). A message sent again keeps its Message-ID.  Raises :class:`MailError` naming who got it and who did not.
    ``log``: a callable taking one line, or a ``logging.Logger``. ``delivered``: a list the recipients
    are added to as the server accepts them, so a caller stopped midway (Ctrl-C, SIGTERM while
    retrying) knows who has the message.
    """
    secrets = _secrets(config)
    emit = _make_logger(log, secrets)
    from_addr, recipients = _envelope(msg)
    host, port, security = config.host, config.effective_port, config.security
    context = _checked_context(config, host, recipients, allow_plain)
    state = _Delivery(pending=list(recipients), delivered=delivered if delivered is not None else [])
    attempts = max(0, int(retries)) + 1
    server = host_port(host, port)  # [::1]:2525
    for attempt in range(1, attempts + 1):
        emit(f"SMTP {server} ({security}) attempt {attempt}/{attempts}: to {', '.join(state.pending)}")
        try:
            accepted, temp_refused, perm_refused = _attempt(msg, config, context, from_addr, state.pending)
        except Exception as exc:  # classified, then re-raised as MailError
            _failed_attempt(state, classify(exc, host, port), secrets, emit, f"{attempt}/{attempts}")
        else:
            _answered_attempt(state, accepted, temp_refused, perm_refused, secrets, emit)
        if not state.pending:
            break
        if attempt < attempts:
            delay = backoff * (2 ** (attempt - 1))
            emit(f"retrying in {delay:g} s")
            sleep(delay)
    return _outcome(state, attempts, emit)


def _failed_attempt(
    state: _Delivery, failure: Failure, secrets: Sequence[str], emit: Callable[[str], None], which: str
) -> None:
    """An attempt that raised: give up at once on a permanent failure, else remember why."""
    reason = _redact(failure.reason, secrets)
    emit(f"attempt {which} failed: {reason}")
    if isinstance(failure, Silence):  # the reason names the server and the timeout
        note = failure.note
        state.failed.update({r: note for r in state.pending} if note else {})
        raise MailError(
            reason,
            delivered=state.delivered,
            failed=state.failed,
            uncertain=[] if note else state.pending,
            permanent=True,
        ) from None
    if failure.permanent:
        state.failed.update({r: reason for r in state.pending})
        login_refused = reason.startswith(LOGIN_REFUSED)
        hint = f"; {CHECK_LOGIN}" if login_refused else ""
        raise MailError(
            f"sending failed permanently: {reason}{hint}",
            delivered=state.delivered,
            failed=state.failed,
            permanent=True,
            login_refused=login_refused,
        ) from None
    state.reasons = {r: reason for r in state.pending}


def _answered_attempt(
    state: _Delivery,
    accepted: list[str],
    temp_refused: Mapping[str, str],
    perm_refused: Mapping[str, str],
    secrets: Sequence[str],
    emit: Callable[[str], None],
) -> None:
    """An attempt the server answered: some recipients accepted, some refused for now or for good."""
    state.delivered += accepted
    if accepted:
        emit(f"accepted for {', '.join(accepted)}")
    for rcpt, why in perm_refused.items():
        state.failed[rcpt] = _redact(why, secrets)
        emit(f"refused permanently for {rcpt}: {state.failed[rcpt]}")
    state.pending = [r for r in state.pending if r in temp_refused]
    state.reasons = {r: _redact(temp_refused[r], secrets) for r in state.pending}
    for rcpt in state.pending:
        emit(f"refused temporarily for {rcpt}: {state.reasons[rcpt]}")


def _outcome(state: _Delivery, attempts: int, emit: Callable[[str], None]) -> list[str]:
    """The recipients who got it, or MailError naming who did not."""
    gave_up = bool(state.pending)
    for rcpt in state.pending:
        state.failed[rcpt] = (
            f"{state.reasons.get(rcpt, 'temporary failure')} (gave up after {attempts} attempts)"
        )
    if state.failed:
        raise MailError(
            "sending failed after retries"
            if gave_up and not state.delivered
            else "message not delivered to every recipient",
            delivered=state.delivered,
            failed=state.failed,
            permanent=not gave_up,
        )
    emit(f"delivered to {', '.join(state.delivered)}")
    return state.delivered


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
    raise Failure(
        f"no supported AUTH mechanism offered (server offers: {' '.join(offered) or 'none'})", permanent=True
    )


@dataclass
class _Watch:
    """How far one connection went, for what a timeout means: ``connect`` (until the greeting),
    ``session`` (commands), ``upload`` (the data going out), ``reply`` (all of it sent, the answer
    awaited: the server may have it), ``answered`` (the server answered the message); ``overdue``:
    an answer took longer than the timeout."""

    phase: str = "connect"
    overdue: bool = False


class _Watched(smtplib.SMTP):
    """smtplib.SMTP that knows how far the message's data went (_Watch) and bounds each answer by
    the timeout as a whole: the socket's timeout bounds each read only, so a server sending a
    continuation line (``220-``, ``250-``) every second, never ending its answer, held the mail
    forever. smtplib.SMTP.data sends the data whole, ending CRLF.CRLF, in one ``send``; no command
    ends that way."""

    def __init__(self, *args: Any, watch: _Watch, **kwargs: Any) -> None:
        self.watch = watch
        super().__init__(*args, **kwargs)
        watch.phase = "session"

    def send(self, s: Any) -> None:
        whole = s.endswith("\r\n.\r\n" if isinstance(s, str) else b"\r\n.\r\n")
        if whole:
            self.watch.phase = "upload"
        super().send(s)
        if whole:
            self.watch.phase = "reply"

    def getreply(self) -> tuple[int, bytes]:
        reply = self._bounded_reply()
        if self.watch.phase == "reply":
            self.watch.phase = "answered"  # the server said what became of the message
        return reply

    def _bounded_reply(self) -> tuple[int, bytes]:
        sock = self.sock
        if sock is None or not isinstance(self.timeout, (int, float)) or self.timeout <= 0:
            return super().getreply()
        timer = threading.Timer(self.timeout, self._overdue, args=(sock,))
        timer.daemon = True
        timer.start()
        try:
            return super().getreply()
        finally:
            timer.cancel()

    def _overdue(self, sock: socket.socket) -> None:
        """The answer is not whole after the timeout: end the read waiting for the rest of it."""
        self.watch.overdue = True
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


class _WatchedSSL(_Watched, smtplib.SMTP_SSL):
    """smtplib.SMTP_SSL (implicit TLS) watched as _Watched."""


def _attempt(
    msg: EmailMessage,
    config: SmtpConfig,
    context: ssl.SSLContext | None,
    from_addr: str,
    rcpts: list[str],
) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """One connection. Returns (accepted, temporarily refused, permanently refused). A server silent
    for ``config.timeout`` (or slower than it with one answer) raises Silence saying what that means
    where it happened."""
    smtp: _Watched | None = None
    watch = _Watch()
    host, port = config.host, config.effective_port
    try:
        if config.security == "tls":
            smtp = _WatchedSSL(host, port, timeout=config.timeout, context=context, watch=watch)
        else:
            smtp = _Watched(host, port, timeout=config.timeout, watch=watch)
        return _session(smtp, msg, config, context, from_addr, rcpts)
    except Exception as exc:
        if watch.overdue or timed_out(exc):
            raise silence(config, watch.phase) from None
        if watch.phase == "reply" and not isinstance(exc, smtplib.SMTPResponseException):
            # The whole message went out and the line broke before the server's answer: it may have
            # queued the message, so sending it again could deliver it twice.
            raise lost_before_answer(config, exc) from None
        raise
    finally:
        if smtp is not None:
            with contextlib.suppress(Exception):
                smtp.close()


def _session(
    smtp: smtplib.SMTP,
    msg: EmailMessage,
    config: SmtpConfig,
    context: ssl.SSLContext | None,
    from_addr: str,
    rcpts: list[str],
) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """The SMTP dialogue of one connection: EHLO, STARTTLS, AUTH, the message; see _attempt."""
    host, port = config.host, config.effective_port
    smtp.ehlo_or_helo_if_needed()
    if config.security == "starttls":
        if not smtp.has_extn("starttls"):
            raise Failure(
                f"the server {host_port(host, port)} does not offer STARTTLS, which is required "
                "(choose implicit TLS, or plain SMTP only for a trusted local relay)",
                permanent=True,
            )
        smtp.starttls(context=context)
        smtp.ehlo()
    if config.user:
        if not smtp.has_extn("auth"):
            raise Failure(
                f"the server {host_port(host, port)} does not offer AUTH but a user is configured",
                permanent=True,
            )
        _login(smtp, config.user, config.password or "")
    try:
        refused = smtp.send_message(msg, from_addr=from_addr, to_addrs=rcpts)
    except smtplib.SMTPRecipientsRefused as exc:
        refused = exc.recipients
    except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
        failure = refusal(smtp, msg, config, exc)
        if failure is not None:
            raise failure from None
        raise
    temp: dict[str, str] = {}
    perm: dict[str, str] = {}
    for rcpt, (code, text) in refused.items():
        why = f"{code} {smtp_text(text)}"
        (temp if 400 <= code < 500 else perm)[rcpt] = why
    accepted = [r for r in rcpts if r not in refused]
    with contextlib.suppress(Exception):
        smtp.quit()
    return accepted, temp, perm
