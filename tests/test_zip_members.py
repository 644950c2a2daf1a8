"""The package check's members read straight from the archive's bytes (zipsafe._plain_member, stop 50):
the very bytes zipfile gives for a plain stored or deflated member, and for every member that is not
plain (a checksum, a size, a name or a stream that is wrong; another method; a flag) nothing, so that
zipfile reads it with the refusal and the message it always gave."""

from __future__ import annotations

import io
import zipfile
import zlib

import pytest
import safety_books as S
from corpus import workbooks as W

from lkj_xl.xlsx import zipsafe
from lkj_xl.xlsx.opc import open_package

XML = b'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet>' + b"<row/>" * 500 + b"</worksheet>"
NAME = "xl/worksheets/sheet1.xml"


def entry(data: bytes = XML, **lies) -> dict:
    """A deflated member of ``data`` as W.raw_zip takes it, with its fields overridden by ``lies``."""
    return {"name": NAME, "data": W.deflate(data), "crc": zlib.crc32(data), "size": len(data), **lies}


def unfinished(data: bytes) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return comp.compress(data) + comp.flush(zlib.Z_SYNC_FLUSH)


# Members zipfile reads as they are: the fast read must give its bytes.
PLAIN = {
    "deflated": entry(),
    "stored": {**entry(), "data": XML, "method": 0},
    "empty_deflated": entry(b""),
    "empty_stored": {"name": NAME, "data": b"", "crc": 0, "size": 0, "method": 0},
    "utf8_name": {**entry(), "name": "xl/lembar ü.xml", "flags": 0x800},
}
# Members that are not plain: zipfile reads each (and refuses most: bad CRC-32, truncated, ...).
NOT_PLAIN = {
    "bad_crc": entry(crc=zlib.crc32(XML) ^ 1),
    "declared_larger": entry(size=len(XML) + 1),
    "declared_smaller": entry(size=len(XML) - 1),
    "declared_smaller_same_crc_of_the_cut": entry(size=len(XML) - 1, crc=zlib.crc32(XML[:-1])),
    "stream_cut_short": {**entry(), "data": W.deflate(XML)[:-6]},
    "bytes_after_the_stream": {**entry(), "data": W.deflate(XML) + b"\x00\x01"},
    # Every byte there but the stream's last block never closed (zipfile takes it: its data ran out).
    "stream_without_its_end": {**entry(), "data": unfinished(XML)},
    "not_a_deflate_stream": {**entry(), "data": b"\xff" * 40},
    "stored_declared_larger": {**entry(), "data": XML, "method": 0, "size": len(XML) + 5},
    "bzip2_method": entry(method=12),
    "encrypted_flag": entry(flags=0x1),
    "patched_flag": entry(flags=0x20),
    "strong_encryption_flag": entry(flags=0x40),
}


def archive(case: dict) -> bytes:
    return W.raw_zip([case])


def outcome(read):
    try:
        return "bytes", read()
    except Exception as exc:  # the same refusal, with the same message
        return type(exc).__name__, str(exc)


def both(data: bytes):
    zf = zipfile.ZipFile(io.BytesIO(data))
    info = zf.infolist()[0]
    by_zipfile = outcome(lambda: zipsafe.read_member(zf, info, "laporan.xlsx"))
    fast = outcome(lambda: zipsafe.read_member(zf, info, "laporan.xlsx", data))
    limit = min(info.file_size, zipsafe.MAX_PART_SIZE)
    return by_zipfile, fast, zipsafe._plain_member(data, info, limit)


@pytest.mark.parametrize("case", sorted(PLAIN))
def test_a_plain_member_is_read_from_the_archive_as_zipfile_reads_it(case):
    by_zipfile, fast, plain = both(archive(PLAIN[case]))
    assert by_zipfile[0] == "bytes"
    assert plain == by_zipfile[1]  # read straight from the archive, the same bytes
    assert fast == by_zipfile


@pytest.mark.parametrize("case", sorted(NOT_PLAIN))
def test_a_member_that_is_not_plain_is_left_to_zipfile(case):
    by_zipfile, fast, plain = both(archive(NOT_PLAIN[case]))
    assert plain is None
    assert fast == by_zipfile  # its refusal (or its bytes) as zipfile gives them


def test_a_local_header_naming_another_member_is_left_to_zipfile():
    # Two directory entries sharing one local header (overlapping members, a zip-bomb shape): the
    # second's name is not its local header's, which zipfile refuses ("File name in directory ...").
    data = W.raw_zip([entry(), {**entry(), "name": "xl/worksheets/sheet2.xml", "offset_of": 0}])
    zf = zipfile.ZipFile(io.BytesIO(data))
    second = zf.infolist()[1]
    assert zipsafe._plain_member(data, second, second.file_size) is None
    with pytest.raises(zipsafe.PackageError, match="File name in directory"):
        zipsafe.read_member(zf, second, None, data)


def test_a_member_past_the_end_of_the_archive_is_left_to_zipfile():
    data = archive(entry())
    zf = zipfile.ZipFile(io.BytesIO(data))
    info = zf.infolist()[0]
    info.compress_size += 10_000  # a directory claiming more compressed bytes than the file holds
    assert zipsafe._plain_member(data, info, info.file_size) is None
    info.header_offset = len(data) - 10  # a local header cut off by the end of the file
    assert zipsafe._plain_member(data, info, info.file_size) is None


def test_a_member_over_the_limit_is_left_to_zipfiles_refusal():
    data = archive(entry())
    zf = zipfile.ZipFile(io.BytesIO(data))
    info = zf.infolist()[0]
    assert zipsafe._plain_member(data, info, len(XML) - 1) is None


def test_the_package_check_reads_plain_members_and_refuses_a_bad_one_as_before():
    # The example workbook's members stored and deflated alike (plain: read from the archive), then
    # its theme part with a wrong checksum: refused by open_package as zipfile names it.
    mem = W.members(S.EXAMPLE.read_bytes())
    entries = [entry(d, name=n) if i % 2 else S.stored(n, d) for i, (n, d) in enumerate(mem.items())]
    pkg = open_package(W.raw_zip(entries))
    assert {name: pkg.read(name) for name in mem} == mem
    theme = next(i for i, name in enumerate(mem) if "theme" in name)
    entries[theme] = {**entries[theme], "crc": entries[theme]["crc"] ^ 1}
    with pytest.raises(zipsafe.PackageError, match=r"part 'xl/theme/theme1.xml' cannot be read \(Bad CRC-32"):
        open_package(W.raw_zip(entries))


def test_a_local_header_name_flagged_utf8_that_is_not_is_a_corrupt_part():
    # The local header's name flagged UTF-8 (0x800) with the byte 0xFF, which no UTF-8 text holds (the
    # directory's name, not flagged, is cp437 "\xa0" + ".xml"): zipfile's decoding raised
    # UnicodeDecodeError, printed by `lkj-xl check` as an internal error ("this is a bug in lkj-xl");
    # it is a corrupt part, as any other header zipfile cannot read, both with and without the
    # archive's bytes (the fast read leaves it to zipfile).
    data = bytearray(archive(entry(name="x.xml")))
    data[6:8] = (0x800).to_bytes(2, "little")  # the local header's flags
    data[30] = 0xFF  # the first byte of its name
    cd = data.find(b"PK\x01\x02")
    data[cd + 46] = 0xFF  # the directory's name, the same bytes (cp437: "\xa0.xml")
    data = bytes(data)
    zf = zipfile.ZipFile(io.BytesIO(data))
    info = zf.infolist()[0]
    assert zipsafe._plain_member(data, info, info.file_size) is None
    for read in (
        lambda: zipsafe.read_member(zf, info, "laporan.xlsx"),
        lambda: zipsafe.read_member(zf, info, "laporan.xlsx", data),
        lambda: b"".join(zipsafe.iter_member(zf, info, "laporan.xlsx")),
    ):
        with pytest.raises(
            zipsafe.PackageError, match=r"corrupt or truncated: part '\xa0.xml' cannot be read"
        ):
            read()


def test_a_local_header_without_its_signature_is_left_to_zipfile():
    # Every field right but the local header's signature (PK\x03\x04 -> PK\x03\x05): zipfile refuses
    # it ("Bad magic number for file header"), so the fast read must not take its bytes.
    data = bytearray(archive(entry()))
    assert data[:4] == b"PK\x03\x04"
    data[3] = 0x05
    data = bytes(data)
    zf = zipfile.ZipFile(io.BytesIO(data))
    info = zf.infolist()[0]
    assert zipsafe._plain_member(data, info, info.file_size) is None
    with pytest.raises(zipsafe.PackageError, match="Bad magic number for file header"):
        zipsafe.read_member(zf, info, "laporan.xlsx", data)


def test_a_local_header_name_not_flagged_utf8_is_read_as_cp437():
    # The directory names "xl/lembar ü.xml" in UTF-8 (flag 0x800); the local header holds the same
    # bytes without the flag, which zipfile decodes as cp437 ("xl/lembar ├╝.xml"): a name that differs,
    # refused ("File name in directory ... differ"), not read as the directory's.
    case = PLAIN["utf8_name"]
    data = bytearray(archive(case))
    assert int.from_bytes(data[6:8], "little") == 0x800
    data[6:8] = b"\0\0"  # the local header's flags only
    data = bytes(data)
    zf = zipfile.ZipFile(io.BytesIO(data))
    info = zf.infolist()[0]
    assert info.orig_filename == "xl/lembar ü.xml"
    assert zipsafe._plain_member(data, info, info.file_size) is None
    with pytest.raises(zipsafe.PackageError, match="File name in directory"):
        zipsafe.read_member(zf, info, "laporan.xlsx", data)


class _Info(zipfile.ZipInfo):
    """A ZipInfo that takes ``_end_offset`` on every Python (3.11.7's ZipInfo has no such slot)."""


def test_overlapping_members_are_refused_where_zipfile_bounds_them():
    # Member b's local header lies inside member a's stored data (overlapping members, the quoted
    # overlap of a zip bomb). Newer Pythons' zipfile gives each member an end (_end_offset: the next
    # local header, or the directory) and refuses a member whose data runs past it ("Overlapped
    # entries"); _plain_member must leave such a member to zipfile, and read the one that ends in time.
    inner = entry(name="b.xml")
    b_header = W.raw_zip([inner])[: W.raw_zip([inner]).find(b"PK\x01\x02")]  # b's header and data
    a = {"name": "a.xml", "data": b_header, "crc": zlib.crc32(b_header), "size": len(b_header), "method": 0}
    data = W.raw_zip([a])
    zf = zipfile.ZipFile(io.BytesIO(data))
    plain = zf.infolist()[0]
    b_at = 30 + len("a.xml")  # b's local header: right after a's header and name (no extra field)
    assert data[b_at : b_at + 4] == b"PK\x03\x04"
    start_dir = data.find(b"PK\x01\x02")
    for name, at, size, end_offset, expected in (
        ("a.xml", 0, len(b_header), b_at, None),  # a's data runs past b's header: refused
        ("b.xml", b_at, len(XML), start_dir, XML),  # b ends before the directory: read
    ):
        info = _Info(name)
        for slot in ("compress_type", "flag_bits", "CRC", "compress_size", "file_size"):
            setattr(info, slot, getattr(plain, slot))
        info.orig_filename, info.header_offset = name, at
        if name == "b.xml":
            info.compress_type, info.CRC = zipfile.ZIP_DEFLATED, inner["crc"]
            info.compress_size, info.file_size = len(inner["data"]), size
        info._end_offset = end_offset
        assert zipsafe._plain_member(data, info, info.file_size) == expected, name
        info._end_offset = None  # no bound (Python 3.11.7's zipfile): both are plain
        assert zipsafe._plain_member(data, info, info.file_size) is not None, name


def _name_flagged_utf8_that_is_not(data: bytes, part: str) -> bytes:
    """``data`` with ``part``'s local header name flagged UTF-8 (0x800) and its 4th byte 0xFF."""
    out = bytearray(data)
    at = 0
    while True:
        at = out.index(b"PK\x03\x04", at)
        length = int.from_bytes(out[at + 26 : at + 28], "little")
        if out[at + 30 : at + 30 + length] == part.encode():
            break
        at += 4
    out[at + 6 : at + 8] = (0x800).to_bytes(2, "little")
    out[at + 33] = 0xFF
    return bytes(out)


def test_rekap_tells_a_part_named_in_bytes_flagged_utf8_that_are_not_as_corrupt(tmp_path):
    # `lkj-xl rekap` looks into each file for its own rekap sheet (is_rekap_output: xl/workbook.xml)
    # and for its saved time (saved_at: docProps/core.xml) with zipfile, before the package check:
    # a local header name zipfile cannot decode stopped there as "internal error (UnicodeDecodeError
    # ...); this is a bug in lkj-xl". It is no rekap, has no saved time, and the package check then
    # says which part is corrupt.
    from click.testing import CliRunner

    from lkj_xl.agency_files import is_rekap_output, saved_at
    from lkj_xl.cli import main

    mem = W.members(S.EXAMPLE.read_bytes())
    sound = W.raw_zip([entry(d, name=n) for n, d in mem.items()])
    assert is_rekap_output(sound) is False  # (the example is an agency's workbook)
    for part, look in (("xl/workbook.xml", is_rekap_output), ("docProps/core.xml", saved_at)):
        assert look(_name_flagged_utf8_that_is_not(sound, part)) in (False, None), part
    (tmp_path / "dinas.xlsx").write_bytes(_name_flagged_utf8_that_is_not(sound, "xl/workbook.xml"))
    result = CliRunner().invoke(main, ["rekap", str(tmp_path / "dinas.xlsx"), "-o", str(tmp_path / "r.xlsx")])
    assert "internal error" not in result.output
    assert "corrupt or truncated: part 'xl/workbook.xml' cannot be read" in result.output
