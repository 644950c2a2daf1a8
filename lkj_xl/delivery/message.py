"""The report's e-mail: its wording in Bahasa Indonesia (subject, cover text, summary) and the message
itself (addresses checked strictly, attachments, the .eml of a dry run). Standard library only."""

from __future__ import annotations

import ipaddress
import mimetypes
import re
from collections.abc import Iterable, Sequence
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING

from lkj_xl.core import contract as c
from lkj_xl.core import layout
from lkj_xl.errors import UsageError
from lkj_xl.xlsx.safe_io import printable

if TYPE_CHECKING:
    from lkj_xl.core.model import Report, Settings

__all__ = [
    "build_message",
    "default_subject",
    "default_body",
    "summary_lines",
    "write_eml",
    "parse_address",
    "DRY_RUN_SENDER",
]

MIME_TYPES: dict[str, tuple[str, str]] = {
    ".xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ".xlsm": ("application", "vnd.ms-excel.sheet.macroEnabled.12"),
    ".pdf": ("application", "pdf"),
    ".eml": ("message", "rfc822"),
}

#: The From of a ``--dry-run`` message when no sender is configured: the .eml is for reading, and
#: the reserved ``.invalid`` domain makes sure it can never be delivered as it is.
DRY_RUN_SENDER = "lkj-xl (pengirim belum diatur) <pengirim@belum-diatur.invalid>"


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


def parse_address(text: str, option: str = "--to") -> Address:
    """Parse ``user@example.go.id`` or ``Nama <user@example.go.id>`` strictly.

    Rejects CR/LF, whitespace in the address, anything without exactly one ``@``, and characters
    that are not valid in an unquoted address.  Non-ASCII domains are converted with IDNA.
    ``option``: the one to repeat for several addresses (``run`` has --send-to, not --to).
    """
    _check_header_value("e-mail address", text)
    s = text.strip()
    if s.count("@") > 1 and any(sep in s for sep in ",;"):  # an Outlook To line pasted whole
        repeat = f"give each with its own option ({option} a@example.go.id {option} b@example.go.id)"
        raise UsageError(
            f"invalid e-mail address {text!r}: several addresses in one; "
            + ("a mail has one sender: give one" if option == "--from" else repeat)
        )
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
        # A name that is not UTF-8 (dinas-\udce9.xlsx from a Latin-1 share) cannot be encoded in
        # the header: the byte becomes U+FFFD, a name every mail client and Windows accept.
        filename = printable(path.name, errors="replace")
        _check_header_value("attachment file name", filename)
        maintype, subtype = _mime_type(path)
        data = path.read_bytes()
        if (maintype, subtype) == ("message", "rfc822"):
            maintype, subtype = "application", "octet-stream"  # attach .eml files unparsed
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def _period(settings: Settings) -> str:
    """``Triwulan II Tahun 2025``; a quarter outside 1-4 is refused (ValueError)."""
    if settings.triwulan not in (1, 2, 3, 4) or isinstance(settings.triwulan, bool):
        raise ValueError(f"quarter (triwulan) must be 1-4, not {settings.triwulan!r}")
    if settings.laporan_tahunan and (settings.tahun or settings.tahun_galat):  # the year's report
        return f"Tahun {settings.tahun or '?'}"
    return c.triwulan_tahun(
        settings.triwulan,
        settings.tahun,
        settings.triwulan_galat,
        semester=settings.semester_laporan,
        tahun_galat=settings.tahun_galat,
    )


def default_subject(settings: Settings) -> str:
    """E.g. ``Laporan Kinerja Triwulan II Tahun 2025 - Dinas Koperasi, UKM, ...``."""
    _check_header_value("agency name (Perangkat Daerah)", settings.perangkat_daerah or "")
    subject = f"Laporan Kinerja {_period(settings)}"
    name = " ".join((settings.perangkat_daerah or "").split())
    if name:
        subject += f" - {name}"
    return subject


def default_body(settings: Settings, ringkasan_lines: Iterable[str]) -> str:
    """Polite Bahasa Indonesia cover text naming agency, quarter and year, with the summary lines."""
    agency = " ".join((settings.perangkat_daerah or "").split())
    government = " ".join((settings.pemerintah_daerah or "").split())
    who = layout.agency(agency, government)  # "RSUD Kabupaten Lumajang": its Pemda named once
    lines = [
        "Yth. Bapak/Ibu,",
        "",
        f"Bersama surel ini kami sampaikan Laporan Kinerja {_period(settings)}"
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


def summary_lines(report: Report) -> list[str]:
    """One line per level for an e-mail body: counts from the Ringkasan sheet, in Bahasa Indonesia."""
    from lkj_xl.core.galat_sebab import galat_anggaran_teks
    from lkj_xl.core.kalimat import pagu_catatan, rupiah
    from lkj_xl.core.kalimat_program import melebihi_pagu_anggaran
    from lkj_xl.core.penyerapan import serapan_persen

    lines = [
        f"{g.tingkat}: {g.jumlah} indikator; capaian ≥ 100%: {len(g.tercapai)}; di bawah 100%: "
        f"{len(g.belum_tercapai)}; belum diketahui: {len(g.belum_diketahui)}"
        # indicators not scored because an input cell is unreadable (when the engine reports them)
        + (f"; galat: {len(g.galat)}" if getattr(g, "galat", None) else "")
        for g in report.ringkasan
    ]
    if report.total_penyerapan is not None:
        # The percentage with the workbook's Desimal, as Tabel 3.4's TOTAL row and the Word report show it.
        lines.append(
            f"Realisasi anggaran: {rupiah(report.total_realisasi_anggaran)} dari pagu {rupiah(report.total_pagu)} "
            f"({serapan_persen(report.total_penyerapan, report.settings.desimal)})"
            + (
                f", {catatan}"
                if (catatan := pagu_catatan(report.budgets, report.settings, report.anggaran_kosong))
                else ""
            )
        )
    elif unreadable := report.galat_anggaran:
        # Said, not left out: a reader would otherwise take the missing line for no budget at all.
        # each cell with its galat's words: a repeated Kode is no unreadable cell
        lines.append(
            f"Realisasi anggaran: tidak dihitung karena {galat_anggaran_teks(report.findings, unreadable)}"
        )
    if report.kinerja_kosong:  # the counts above are of TW I's figures: as Tabel 3.1 says it
        lines.append(f"Catatan: {report.kinerja_kosong}")
    # spending above its pagu: as Tabel 3.4 and 3.2.4 say it under the table (the mail went without)
    if lebih := melebihi_pagu_anggaran(report.budgets, report.findings, report.settings.desimal):
        lines.append(f"Catatan: {lebih}")
    errors = len(report.errors)
    if errors:
        lines.append(f"Catatan: {errors} galat pada isian workbook (lihat sheet Pemeriksaan)")
    if peringatan := len(report.findings) - errors:  # Report.findings_summary's count
        lines.append(f"Catatan: {peringatan} peringatan pada isian workbook (lihat sheet Pemeriksaan)")
    return lines


def write_eml(msg: EmailMessage, path: Path) -> Path:
    """Write the complete message (as it would be sent, CRLF line ends) to ``path`` (``--dry-run``)."""
    from lkj_xl.xlsx.safe_io import write_file

    path = Path(path)
    write_file(path, msg.as_bytes(policy=msg.policy.clone(linesep="\r\n")))
    return path
