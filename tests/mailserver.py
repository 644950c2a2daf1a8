"""A real SMTP server for the tests: aiosmtpd on a free loopback port, recording what arrives and able
to misbehave on purpose (temporary failures, refused recipients, AUTH). The fixture ``smtp_server``
(conftest.py) starts it; test_mail and test_deliver both use it."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.common import free_port

USER = "pelapor@dinas.example.go.id"
PASSWORD = "S3kret-Pw-7f3a9c"  # must never show up in errors or logs


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    tls: bool
    authenticated: bool | None

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.content, policy=email.policy.default)


@dataclass
class Recorder:
    """aiosmtpd handler that records what arrives and can misbehave on purpose."""

    fail_data_first: int = 0  # answer 451 to the first N DATA commands
    refuse_rcpt: dict[str, str] = field(default_factory=dict)  # address -> reply (every time)
    refuse_rcpt_once: dict[str, str] = field(default_factory=dict)  # address -> reply (first time)
    received: list[Received] = field(default_factory=list)
    data_calls: int = 0
    rcpt_calls: list[str] = field(default_factory=list)

    @property
    def messages(self) -> list[tuple[list[str], email.message.EmailMessage]]:
        """(recipients, parsed message) of every mail accepted, in order."""
        return [(r.rcpt_tos, r.message) for r in self.received]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.rcpt_calls.append(address)
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        if address in self.refuse_rcpt_once:
            return self.refuse_rcpt_once.pop(address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_calls += 1
        if self.data_calls <= self.fail_data_first:
            return "451 4.3.0 Temporary local problem, try again later"
        self.received.append(
            Received(
                mail_from=envelope.mail_from,
                rcpt_tos=list(envelope.rcpt_tos),
                content=bytes(envelope.original_content or envelope.content),
                tls=server.transport.get_extra_info("ssl_object") is not None,
                authenticated=session.authenticated,
            )
        )
        return "250 Message accepted for delivery"


class Authenticator:
    def __init__(self, echo: bool = False) -> None:
        self.calls: list[tuple[str, str]] = []
        self.echo = echo  # a careless server that repeats the credentials in its error reply

    def __call__(self, server, session, envelope, mechanism, auth_data):
        assert isinstance(auth_data, LoginPassword)
        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.calls.append((mechanism, login))
        ok = (login, password) == (USER, PASSWORD)
        message = f"535 5.7.8 rejected {login}:{password}" if self.echo and not ok else None
        return AuthResult(success=ok, handled=False, message=message)


@dataclass
class Server:
    host: str
    port: int
    handler: Recorder
    auth: Authenticator


def start(controllers: list[Controller], handler: Recorder | None = None, **kwargs) -> Server:
    """Start aiosmtpd with ``handler`` (a fresh Recorder by default) on a free loopback port."""
    handler = handler or Recorder()
    auth = Authenticator(echo=kwargs.pop("echo_credentials", False))
    if kwargs.pop("auth", False):
        kwargs.update(authenticator=auth, auth_required=True)
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    controllers.append(controller)
    return Server("127.0.0.1", port, handler, auth)
