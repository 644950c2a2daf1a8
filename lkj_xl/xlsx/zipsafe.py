"""Reading an untrusted zip package safely: bounded inflation, XML without DTDs, clear refusals.

No openpyxl here, only :mod:`zipfile` with bounded reads and a hardened lxml parser that refuses
DTDs. :class:`PackageError` is what every refusal raises (a :class:`~lkj_xl.errors.FileError`).
"""

from __future__ import annotations

import codecs
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator

from lxml import etree

from lkj_xl.errors import FileError

# --- limits ---------------------------------------------------------------------------------------

MAX_PART_SIZE = 200 * 1024 * 1024
"""Largest uncompressed size of one part (declared and actual)."""
MAX_TOTAL_SIZE = 1024 * 1024 * 1024
"""Largest uncompressed size of all parts together."""
MAX_MEMBERS = 10_000
"""Most zip members a workbook may have."""
MAX_RATIO = 100
"""Largest compression ratio (uncompressed/compressed) of a part bigger than RATIO_MIN_SIZE."""
RATIO_MIN_SIZE = 10 * 1024 * 1024
_CHUNK = 1024 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DTD_RE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_DECL_RE = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_SAFE_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf16", "us-ascii", "ascii", "iso-8859-1", "latin-1"}
_SAFE_ENCODINGS |= {"windows-1252", "cp1252", "utf-16le", "utf-16be"}
_XML_EXTENSIONS = (".xml", ".rels", ".vml")


ENCRYPTED = "encrypted"  # saved with a password to open
OTHER_FORMAT = "other format"  # .xls, .xlsb or .ods, whatever its name
STRICT = "strict"  # saved as Strict Open XML
EMPTY = "empty"  # 0 bytes: a copy or download that never completed
ARCHIVE = "archive"  # a plain ZIP archive (no Office package) named .xlsx
WORD = "word"  # a Word document (.docx) named .xlsx
SLIDES = "slides"  # a PowerPoint presentation (.pptx) named .xlsx


class PackageError(FileError):
    """The workbook file cannot be used; the message is meant for the user (in English, for IT admins)."""

    # What the file is, for a reader who needs it in other words than the message (the rekap's
    # Pemeriksaan says it in Bahasa Indonesia): ENCRYPTED, OTHER_FORMAT, STRICT, EMPTY, or None.
    kind: str | None = None

    def __init__(self, message: str, filename: str | None = None, kind: str | None = None):
        super().__init__(message)
        self.filename = filename
        self.kind = kind


def label(filename: str | None) -> str:
    """The subject of a message: ``File 'laporan.xlsx'``, or ``The file`` when the name is unknown."""
    return f"File '{filename}'" if filename else "The file"


# --- safe reading -------------------------------------------------------------------------------------


def _refuse_ole(data: bytes, filename: str | None) -> None:
    if not data.startswith(_OLE_MAGIC):
        return
    # Encrypted OOXML is an OLE compound file holding EncryptionInfo + EncryptedPackage streams;
    # any other compound file here is a legacy binary workbook (.xls) or some other Office file.
    head = data[: 4 * 1024 * 1024]
    if "EncryptedPackage".encode("utf-16-le") in head or "EncryptionInfo".encode("utf-16-le") in head:
        raise PackageError(
            f"{label(filename)} is encrypted (password-protected), so it cannot be read. "
            "Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with "
            "Password, empty the password box), save, and run again.",
            filename,
            ENCRYPTED,
        )
    raise PackageError(
        f"{label(filename)} is not an Excel workbook (.xlsx/.xlsm): it is in the Excel 97-2003 (.xls) "
        "format or is an older Office document. Save it again as 'Excel Workbook (.xlsx)' and run again.",
        filename,
        OTHER_FORMAT,
    )


_SAVE_AS = "open it in Excel and save it as 'Excel Workbook (.xlsx)', then run again."


def _what_it_is(data: bytes) -> str:
    """What a file that is no zip is, from its first bytes, as a user renaming files meets them: a
    PDF, a web page (a SIPD "Excel" export is an HTML table named .xls), XML, a CSV or other text."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF"):
        return " but a PDF document; lkj-xl reads the workbook the report is computed in, not a printout."
    if head.startswith(b"<?xml"):
        return f" but an XML file (such as Excel's 'XML Spreadsheet 2003'): {_SAVE_AS}"
    if re.match(rb"(?i)<(!doctype html|html|table|meta)", head):
        return f" but a web page (HTML), as some systems export their '.xls' files: {_SAVE_AS}"
    if head and all(byte >= 0x20 or byte in b"\t\r\n" for byte in head):  # any encoding, no control bytes
        return f" but a text file (CSV or similar): {_SAVE_AS}"
    return "."


def open_zip(data: bytes, filename: str | None) -> zipfile.ZipFile:
    """Open ``data`` as a zip and validate its directory (sizes, ratios, names) without inflating."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("workbook data must be bytes")
    data = bytes(data)
    if not data:  # not "not a ZIP archive": a copy or upload that never completed
        raise PackageError(
            f"{label(filename)} is empty (0 bytes): the copy or download did not complete. "
            "Ask for the workbook again.",
            filename,
            EMPTY,
        )
    _refuse_ole(data, filename)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        if data.startswith(b"PK"):
            raise PackageError(
                f"{label(filename)} is corrupt or truncated (incomplete ZIP archive: {exc}). "
                "Try opening it in Excel and saving it again, or use a backup copy.",
                filename,
            ) from None
        raise PackageError(
            f"{label(filename)} is not an Excel workbook (.xlsx/.xlsm): it is not a ZIP archive{_what_it_is(data)}",
            filename,
        ) from None
    if len(infos) > MAX_MEMBERS:
        raise PackageError(
            f"{label(filename)} was refused: it contains {len(infos):,} parts (limit {MAX_MEMBERS:,}).",
            filename,
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        key = info.filename.lower()
        if key in seen:
            raise PackageError(
                f"{label(filename)} is corrupt: part '{info.filename}' appears twice.", filename
            )
        seen.add(key)
        if info.flag_bits & 0x1:
            raise PackageError(
                f"{label(filename)} is encrypted (part '{info.filename}' is encrypted), so it "
                "cannot be read.",
                filename,
            )
        if info.file_size > MAX_PART_SIZE:
            raise _bomb(filename, info.filename, info.file_size, MAX_PART_SIZE)
        if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(
                f"{label(filename)} was refused: part '{info.filename}' expands "
                f"{info.file_size // max(info.compress_size, 1)}x when extracted (limit {MAX_RATIO}x). "
                "It is probably a zip bomb or a corrupt file.",
                filename,
            )
        total += info.file_size
        if total > MAX_TOTAL_SIZE:
            raise _bomb(filename, None, total, MAX_TOTAL_SIZE)
    return zf


def _bomb(filename: str | None, part: str | None, size: int, limit: int) -> PackageError:
    """Too large when inflated: one part, or (``part`` None) all parts together."""
    what = f"part '{part}' is" if part is not None else "its parts together are"
    return PackageError(
        f"{label(filename)} was refused: {what} too large when extracted "
        f"({size:,} bytes; limit {limit:,} bytes). It is probably a zip bomb or a corrupt file.",
        filename,
    )


# What zipfile raises on a member it cannot read: a damaged stream or header, another method, and a
# local header's name flagged UTF-8 that is not (UnicodeDecodeError: an internal error before).
_UNREADABLE = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
    UnicodeDecodeError,
)


def iter_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, filename: str | None) -> Iterator[bytes]:
    """Inflate one member in chunks, never past its declared size nor MAX_PART_SIZE."""
    limit = min(info.file_size, MAX_PART_SIZE)
    got = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                got += len(chunk)
                if got > limit:
                    raise _bomb(filename, info.filename, got, limit)
                yield chunk
    except PackageError:
        raise
    except _UNREADABLE as exc:
        raise PackageError(
            f"{label(filename)} is corrupt or truncated: part '{info.filename}' cannot be read ({exc}).",
            filename,
        ) from None


def read_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, filename: str | None, archive: bytes | None = None
) -> bytes:
    """The member inflated whole: what :func:`iter_member` gives, joined, with its refusals (one read
    up to the first whole chunk past the limit, as far as iter_member reads before it refuses).

    ``archive``: the bytes ``zf`` reads, to inflate a plain member straight from them
    (:func:`_plain_member`); anything else is read by zipfile as before."""
    limit = min(info.file_size, MAX_PART_SIZE)
    plain = _plain_member(archive, info, limit) if archive is not None else None
    if plain is not None:
        return plain
    try:
        with zf.open(info) as fh:
            data = fh.read((limit // _CHUNK + 1) * _CHUNK)
    except _UNREADABLE as exc:
        raise PackageError(
            f"{label(filename)} is corrupt or truncated: part '{info.filename}' cannot be read ({exc}).",
            filename,
        ) from None
    if len(data) > limit:
        raise _bomb(filename, info.filename, len(data), limit)
    return data


# A local file header (zipfile.structFileHeader): signature, versions, flags, method, time, date,
# CRC-32, sizes, then the lengths of the name and of the extra field that follow it.
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_STORED, _DEFLATED = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED


def _plain_member(archive: bytes, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    """The member's bytes inflated straight from ``archive`` (zipfile costs some 15 us a member in
    Python around the same zlib call, a fifth of reading a small workbook), when it is a plain one:
    stored or deflated, not encrypted nor patched, its local header where the directory says and
    naming it as zipfile requires, its compressed bytes within the archive and inflated to exactly
    their end, its size the one declared and within ``limit``, and its CRC-32 right. Then zipfile
    would give these very bytes; anything else is None, and zipfile reads it, with its refusals."""
    at = info.header_offset
    if at < 0 or info.flag_bits & 0x61 or info.compress_type not in (_STORED, _DEFLATED):
        return None  # encrypted (0x01), patched (0x20), strong encryption (0x40), other methods
    if info.file_size > limit:
        return None
    try:
        head = _LOCAL_HEADER.unpack_from(archive, at)
        if head[0] != b"PK\x03\x04":
            return None
        start = at + _LOCAL_HEADER.size + head[10]
        name = archive[at + _LOCAL_HEADER.size : start].decode("utf-8" if head[3] & 0x800 else "cp437")
    except (struct.error, UnicodeDecodeError):
        return None
    start += head[11]
    end = start + info.compress_size
    bound = getattr(info, "_end_offset", None)  # (zipfile's check of overlapping members, newer Pythons)
    if name != info.orig_filename or end > len(archive) or (bound is not None and end > bound):
        return None
    data = archive[start:end]
    if info.compress_type == _DEFLATED:
        inflater = zlib.decompressobj(-15)
        try:
            data = inflater.decompress(data, info.file_size + 1)
        except zlib.error:
            return None
        if not inflater.eof or inflater.unused_data or inflater.unconsumed_tail:
            return None
    if len(data) != info.file_size or zlib.crc32(data) != info.CRC:
        return None
    return data


def _is_xml_part(name: str) -> bool:
    return name.lower().endswith(_XML_EXTENSIONS)


def scan_xml_chunks(chunks: Iterable[bytes], part: str, filename: str | None) -> None:
    """Refuse DTD/entity declarations and encodings in which they could hide, streaming."""
    decoder = None
    tail = b""
    first = True
    for raw in chunks:
        chunk = raw
        if first:
            first = False
            head = raw[:4]
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or head[:2] in (
                b"<\x00",
                b"\x00<",
            ):
                enc = (
                    "utf-16-be"
                    if head.startswith(codecs.BOM_UTF16_BE) or head[:1] == b"\x00"
                    else "utf-16-le"
                )
                decoder = codecs.getincrementaldecoder(enc)(errors="replace")
            else:
                body = raw[3:] if raw.startswith(codecs.BOM_UTF8) else raw
                body = body.lstrip(b" \t\r\n")
                if body and not body.startswith(b"<"):
                    raise PackageError(
                        f"{label(filename)} is corrupt: part '{part}' is not recognisable XML.", filename
                    )
                decl = _XML_DECL_RE.match(body)
                if decl and decl.group(1).decode("ascii").lower() not in _SAFE_ENCODINGS:
                    raise PackageError(
                        f"{label(filename)} was refused: part '{part}' declares the encoding "
                        f"'{decl.group(1).decode('ascii')}', which Excel never uses.",
                        filename,
                    )
        if decoder is not None:
            chunk = decoder.decode(raw).encode("utf-8", "replace")
        window = tail + chunk if tail else chunk
        if b"!" in window and _DTD_RE.search(window):  # (a one-byte search is a fast memchr)
            raise _dtd_error(filename, part)
        tail = window[-32:]


def _dtd_error(filename: str | None, part: str) -> PackageError:
    return PackageError(
        f"{label(filename)} was refused: part '{part}' contains a DTD/ENTITY declaration (<!DOCTYPE ...>), "
        "which Excel never writes and which can be used for attacks (entity expansion / XXE).",
        filename,
    )


def parse_xml(data: bytes, part: str, filename: str | None) -> etree._ElementTree:
    """Parse one trusted-or-not XML part with a hardened parser; DTDs are refused outright."""
    scan_xml_chunks([data], part, filename)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False, load_dtd=False
    )
    try:
        tree = etree.parse(io.BytesIO(data), parser)
    except etree.XMLSyntaxError as exc:
        raise PackageError(
            f"{label(filename)} is corrupt: part '{part}' is not valid XML ({exc}).", filename
        ) from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise _dtd_error(filename, part)
    return tree


KEEP_TOTAL_SIZE = 64 * 1024 * 1024
"""Inflated XML parts :func:`scan_members` keeps for the reader, at most this many bytes in all."""


def scan_members(
    zf: zipfile.ZipFile,
    filename: str | None,
    keep: dict[str, bytes] | None = None,
    archive: bytes | None = None,
) -> None:
    """Inflate every member in bounded chunks (MAX_PART_SIZE each, MAX_TOTAL_SIZE in all) and refuse
    DTD/ENTITY declarations or unusual encodings in the XML ones.

    ``keep``: filled with the XML members' inflated bytes (member name -> bytes, KEEP_TOTAL_SIZE in
    all), so that what is read afterwards is what was checked, without inflating it again.
    ``archive``: the bytes ``zf`` reads (:func:`read_member`)."""
    total = 0
    kept = 0

    def counted(chunks: Iterator[bytes]) -> Iterator[bytes]:
        nonlocal total
        for chunk in chunks:
            total += len(chunk)
            if total > MAX_TOTAL_SIZE:
                raise _bomb(filename, None, total, MAX_TOTAL_SIZE)
            yield chunk

    for info in zf.infolist():
        chunks = counted(iter_member(zf, info, filename))
        if not _is_xml_part(info.filename):
            for _chunk in chunks:
                pass
        elif keep is None or kept + info.file_size > KEEP_TOTAL_SIZE:
            scan_xml_chunks(chunks, info.filename, filename)
        else:
            # Inflated whole (no pieces to join), then checked in iter_member's chunks. A member that
            # cannot be read is streamed instead, which refuses it as always (a DTD before a later
            # corruption).
            try:
                data = read_member(zf, info, filename, archive)
            except PackageError:
                scan_xml_chunks(chunks, info.filename, filename)
                raise
            scan_xml_chunks(counted(_pieces(data)), info.filename, filename)
            keep[info.filename] = data
            kept += len(data)


def _pieces(data: bytes) -> Iterator[bytes]:
    """``data`` in the chunks iter_member inflates it in (so scan_xml_chunks sees the same windows)."""
    if len(data) <= _CHUNK:
        yield data
    else:
        for at in range(0, len(data), _CHUNK):
            yield data[at : at + _CHUNK]
