"""Mail servers that misbehave in the middle of a message, over TLS and without: one reading the
message so slowly that its upload outlasts --smtp-timeout, one hanging up after the whole message
was sent but before its 250. Real processes (``python -m lkj_xl``), real sockets on loopback (a
thread per connection), real TLS with a certificate made by ``openssl`` as an admin makes one."""

from __future__ import annotations

import contextlib
import shutil
import socket
import ssl
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.common import EXAMPLE, LoopbackServer, smtp_args
from tests.test_admin import lkj
from tests.test_admin_mail import needs_openssl, self_signed

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux server behaviour")


class MisbehavingSmtp(LoopbackServer):
    """An SMTP server on loopback speaking ``security`` (``none``, ``starttls``, ``tls``; ``context``:
    its TLS context). ``fault``: ``slow-reader`` takes the message's data 256 bytes every 0,1 s
    (about 2,5 kB/s: a congested relay, a server throttling) and gives up after ``patience`` s;
    ``drop-after-data`` reads the whole message and hangs up without answering it (a relay that
    crashes, a NAT that drops the idle connection); ``busy-after-data`` reads it and answers 451 (try
    again later); ``drop-mid-data`` hangs up after 200 kB of the message's data; the connections
    after the first ``faults`` behave."""

    def __init__(
        self,
        fault: str,
        security: str = "none",
        context: ssl.SSLContext | None = None,
        faults: int = 99,
        patience: float = 12.0,
    ) -> None:
        self.fault, self.security, self.context = fault, security, context
        self.faults, self.patience = faults, patience
        self.chunk, self.pause = 8192, 0.05
        self.whole: list[bytes] = []  # messages read whole, answered or not
        self.accepted: list[bytes] = []  # messages answered 250
        self.partial: list[int] = []  # bytes of data read from a message never read whole
        self.cut: list[bytes] = []  # the start of a message whose connection was cut (drop-mid-data)
        # slow-reader: when the message's data began to come (time.monotonic()), and (run_to) when the
        # client process ended: the upload's length, without the start-up and build a busy machine slows
        self.data_started: float | None = None
        self.client_ended: float | None = None
        listener = socket.socket()
        # a small receive window, so that the slow reader's pace is what the client's upload meets
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        super().__init__(listener)

    def handle(self, conn: socket.socket) -> None:
        fault = self.fault if self.connections <= self.faults else None
        threading.Thread(target=self._guarded, args=(conn, fault), daemon=True).start()

    def _guarded(self, conn: socket.socket, fault: str | None) -> None:
        with contextlib.suppress(OSError, ValueError), conn:
            self._session(conn, fault)

    def _session(self, conn: socket.socket, fault: str | None) -> None:
        if self.security == "tls":
            assert self.context is not None
            conn = self.context.wrap_socket(conn, server_side=True)
        conn.sendall(b"220 mail.example.go.id ESMTP\r\n")
        lines = conn.makefile("rb")
        while line := lines.readline():
            verb = line[:4].upper()
            if verb == b"EHLO":
                starttls = b"250-STARTTLS\r\n" if self.security == "starttls" else b""
                conn.sendall(b"250-mail.example.go.id\r\n" + starttls + b"250 SIZE 50000000\r\n")
            elif verb == b"STAR":
                conn.sendall(b"220 ready for TLS\r\n")
                assert self.context is not None
                conn = self.context.wrap_socket(conn, server_side=True)
                lines = conn.makefile("rb")
            elif verb == b"DATA":
                conn.sendall(b"354 go ahead\r\n")
                data = self._data(conn, lines, fault)
                if data is None:
                    return
                self.whole.append(data)
                if fault == "drop-after-data":
                    conn.shutdown(socket.SHUT_RDWR)  # the whole message is here; no 250
                    return
                if fault == "busy-after-data":
                    conn.sendall(b"451 4.3.0 mail server busy, try again later\r\n")
                    continue
                self.accepted.append(data)
                conn.sendall(b"250 queued\r\n")
            elif verb == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:
                conn.sendall(b"250 ok\r\n")

    def _data(self, conn: socket.socket, lines, fault: str | None) -> bytes | None:
        """The message's data up to CRLF.CRLF (None: not read whole)."""
        if fault == "drop-mid-data":
            data = lines.read(200_000)  # the headers and the start of the attachment, then hangs up
            self.cut.append(data)
            conn.close()
            return None
        if fault != "slow-reader":
            parts = []
            while (line := lines.readline()) and line != b".\r\n":
                parts.append(line)
            return b"".join(parts) if line else None
        data = b""
        self.data_started = time.monotonic()
        until = self.data_started + self.patience
        while not data.endswith(b"\r\n.\r\n") and time.monotonic() < until:
            try:
                chunk = conn.recv(self.chunk)
            except OSError:  # the client gave up and hung up
                chunk = b""
            if not chunk:
                break
            data += chunk
            time.sleep(self.pause)
        if data.endswith(b"\r\n.\r\n"):
            return data
        self.partial.append(len(data))
        return None


def server_context(folder: Path) -> tuple[ssl.SSLContext, Path]:
    cert, key = self_signed(folder, "mail", "IP:127.0.0.1")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context, cert


def large_book(path: Path) -> None:
    """The example with a sheet of the user's holding 6 MB that does not compress (scanned
    attachments pasted as text, say): kept in the output, so the mail carries over 8 MB, more than
    the kernel's socket buffers absorb (Linux: up to 4 MB to send on loopback)."""
    import base64
    import os

    from openpyxl import load_workbook

    wb = load_workbook(EXAMPLE)
    sheet = wb.create_sheet("Lampiran")
    for row in range(1, 201):
        sheet.cell(row, 1, base64.b64encode(os.urandom(22_500)).decode("ascii"))  # 30,000 characters
    wb.save(path)


def run_to(server: MisbehavingSmtp, tmp_path: Path, *options: str, large: bool = False):
    """``lkj-xl run BOOK --send-to ...`` to ``server``: (the process, seconds, the book)."""
    book = tmp_path / "dinas-a.xlsx"
    if large:
        large_book(book)
    else:
        shutil.copy(EXAMPLE, book)
    args = smtp_args(server.port)
    if server.security != "none":
        args = [a for a in args if a != "--no-tls"] + [f"--{server.security}"]
    started = time.monotonic()
    try:
        result = lkj(
            "run",
            str(book),
            "--no-pdf",
            "--outdir",
            str(tmp_path / "out"),
            "--send-to",
            "bappeda@example.go.id",
            *args,
            *options,
            env={"HOME": str(tmp_path)},
        )
        server.client_ended = time.monotonic()
    finally:
        server.close()
    return result, time.monotonic() - started, book


def errors_of(result) -> list[str]:
    return [line.split(" ERROR ", 1)[1] for line in result.stderr.splitlines() if " ERROR " in line]


# --------------------------------------------------------------------------- a server reading slowly


@needs_openssl
@pytest.mark.parametrize("security", ["tls", "starttls", "none"])
def test_a_message_uploaded_slower_than_the_timeout_gives_up_after_it_over_tls_too(tmp_path, security):
    # A server taking the message at about 160 kB/s, steadily (never 1 s without reading), over
    # TLS as without: the upload is one deadline of --smtp-timeout, so `run` gives up after 1 s, says
    # the message could not be sent, and does not retry. smtplib sends the message in one sendall;
    # Python bounds a plain sendall as a whole and an SSL write of the whole buffer by one deadline
    # too. Sent in 16 kB writes instead (each bounded on its own, tried by hand), the same run waited
    # 21 s, until this server gave up, and said only "server disconnected".
    context, cert = server_context(tmp_path) if security != "none" else (None, None)
    server = MisbehavingSmtp("slow-reader", security, context, patience=6)
    options = ["--cafile", str(cert)] if cert else []
    result, _, book = run_to(server, tmp_path, "--smtp-timeout", "1", "--retries", "2", *options, large=True)
    assert result.returncode == 3, result.stderr
    # It hung up about 1 s into the upload (--smtp-timeout), long before the server's 6 s of patience
    # (timed from the upload's start: a busy machine's slow start-up and build do not count)
    assert server.data_started is not None and server.client_ended is not None, result.stderr
    upload = server.client_ended - server.data_started
    assert upload < 4, (upload, result.stderr)
    assert server.connections == 1, result.stderr  # not retried: the same upload would time out again
    assert server.accepted == []  # (it still reads what the kernel holds, until its patience ends)
    error = errors_of(result)[0]
    assert error.startswith(
        f"{book}: the message could not be sent to the SMTP server 127.0.0.1:{server.port} within 1 s "
        "(--smtp-timeout)"
    ), error
    assert "NOT delivered to: bappeda@example.go.id" in error
    assert "delivered to bappeda" not in result.stderr


# --------------------------------------------------------------------------- a server hanging up before its 250


def message_ids(messages: list[bytes]) -> list[str]:
    from email import message_from_bytes

    return [str(message_from_bytes(m)["Message-ID"]) for m in messages]


def test_a_connection_lost_after_the_whole_message_is_not_sent_again_and_may_have_been_delivered(tmp_path):
    # The server read the whole message and hung up before its 250 (a relay crashing while it queues
    # the mail, a NAT dropping the connection): `run --retries 2` took it for a temporary failure and
    # sent it again, so a server that had queued the first copy delivered the report twice; the log
    # said "attempt 1/3 failed: server disconnected", then "sent to bappeda@example.go.id". It may
    # have the message: not sent again, and the log and the run's summary say it MAY have been
    # delivered.
    server = MisbehavingSmtp("drop-after-data", faults=1)
    result, _, book = run_to(server, tmp_path, "--retries", "2")
    assert result.returncode == 3, result.stderr
    assert server.connections == 1, result.stderr  # not sent again
    [copy] = server.whole
    assert b"dinas-a.xlsx" in copy
    [error, summary] = errors_of(result)
    assert error.startswith(
        f"{book}: the connection to the SMTP server 127.0.0.1:{server.port} was lost after the whole "
        "message was sent, before the server confirmed it"
    ), error
    assert "it MAY have been delivered, so it was not sent again" in error, error
    assert "delivery UNCERTAIN for: bappeda@example.go.id" in error and "NOT delivered" not in error
    assert summary == f"1 of 1 workbooks failed: {book}", summary
    warnings = [line.split(" WARNING ", 1)[1] for line in result.stderr.splitlines() if " WARNING " in line]
    assert warnings[-1] == (
        f"the report MAY have been delivered (the server did not confirm it): {book}; ask the "
        "recipients before sending it again"
    ), warnings
    assert "sent to bappeda" not in result.stderr


def test_a_message_sent_again_after_a_temporary_refusal_keeps_its_message_id(tmp_path):
    # A 451 after the whole message is the server's own "not taken, try later": sent again, with the
    # same Message-ID, so that a mail client folds the copies should the first have arrived after all.
    server = MisbehavingSmtp("busy-after-data", faults=1)
    result, _, book = run_to(server, tmp_path, "--retries", "1")
    assert result.returncode == 0, result.stderr
    assert server.connections == 2 and len(server.whole) == 2 and len(server.accepted) == 1
    first, second = message_ids(server.whole)
    assert first == second and first.startswith("<") and first.endswith("@example.go.id>"), (first, second)
    assert f"{book}: sent to bappeda@example.go.id" in result.stderr


def test_a_connection_cut_while_the_message_is_still_going_out_is_sent_again_with_its_message_id(tmp_path):
    # Cut 200 kB into a message of 8 MB, while lkj-xl is still sending it: the server cannot have it
    # whole, so it is sent again, and with the same Message-ID as the cut copy.
    server = MisbehavingSmtp("drop-mid-data", faults=1)
    result, _, book = run_to(server, tmp_path, "--retries", "1", large=True)
    assert result.returncode == 0, result.stderr
    assert server.connections == 2 and len(server.accepted) == 1 and len(server.cut) == 1
    assert message_ids(server.cut) == message_ids(server.accepted), result.stderr
    assert "MAY have been delivered" not in result.stderr
    assert f"{book}: sent to bappeda@example.go.id" in result.stderr
