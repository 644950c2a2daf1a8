"""Helpers for tests/test_safety.py: input workbooks with exact cell types, hostile packages, and the
CLI run in a separate process under an address-space limit (real files, real processes, no mocks).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import posixpath
import random
import re
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter
from corpus import workbooks as W
from lxml import etree

from lkj_xl.core import contract as C
from lkj_xl.xlsx.safe_io import LOCK_SUFFIX, TEMP_SUFFIX
from tests import common
from tests.common import EXAMPLE, ROOT  # noqa: F401 (EXAMPLE is used by the tests as S.EXAMPLE)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CTNS = "http://schemas.openxmlformats.org/package/2006/content-types"
SHARED_PARTS = {"[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"}

# Bounds every CLI run here is held to (stated in tests/test_safety.py's docstring).
ADDRESS_SPACE = 1536 * 1024 * 1024  # RLIMIT_AS of the child: 1.5 GiB of virtual memory
KILL_AFTER = 60.0  # the child is SIGKILLed after this many seconds
WALL_LIMIT = 30.0  # and must have finished well before


# --- running the CLI -----------------------------------------------------------------------------------


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    maxrss_mib: float  # the child's own peak resident memory (from wait4)

    @property
    def text(self) -> str:
        return self.out + self.err


# Sets the address-space limit (when asked), starts `python -m lkj_xl ARGS` as its own child and
# reports that child's rusage peak into the file named first. Not the launcher's own peak: Linux
# records the old memory's high-water mark on exec, so a process forked from the test process (1,2 GB
# and more after the oracle tests) and then exec'd carries the test process's peak, whereas a child
# of the small launcher starts from the launcher's own few MB.
_LAUNCHER = (
    "import os, resource, signal, sys; "
    "limit = int(sys.argv[2]); "
    "limit and resource.setrlimit(resource.RLIMIT_AS, (limit, limit)); "
    "pid = os.posix_spawn(sys.executable, [sys.executable, '-m', 'lkj_xl', *sys.argv[3:]], os.environ); "
    "signal.signal(signal.SIGTERM, lambda *_: os.kill(pid, signal.SIGKILL)); "
    "_, status, usage = os.wait4(pid, 0); "
    "open(sys.argv[1], 'w').write(str(usage.ru_maxrss)); "
    "code = os.waitstatus_to_exitcode(status); "
    "signal.signal(-code, signal.SIG_DFL) if code < 0 else None; "
    "os.kill(os.getpid(), -code) if code < 0 else sys.exit(code)"
)


def lkj(*args: object, cwd: Path | None = None, limit: bool = True, timeout: float = KILL_AFTER) -> Run:
    """``python -m lkj_xl ARGS`` in a fresh process; its exit code, output, wall time and peak RSS."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryDirectory() as tmp,
    ):
        peak = Path(tmp) / "maxrss"
        start = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, str(peak), str(ADDRESS_SPACE if limit else 0), *map(str, args)],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            cwd=cwd or ROOT,
            start_new_session=True,  # the timeout kills the launcher and its child together
        )
        timer = threading.Timer(timeout, lambda: os.killpg(proc.pid, 9))
        timer.start()
        try:
            proc.wait()
        finally:
            timer.cancel()
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return Run(
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            seconds,
            int(peak.read_text() or 0) / 1024 if peak.exists() else float("inf"),
        )


def leftovers(folder: Path) -> list[str]:
    """Temporary and lock files of lkj-xl in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((TEMP_SUFFIX, LOCK_SUFFIX)))


# --- input workbooks with exact cell types -------------------------------------------------------------


@dataclass(frozen=True)
class Formula:
    """A formula cell with the value Excel saved for it (an error string such as "#DIV/0!" allowed)."""

    text: str
    saved: object = None


SETTINGS = {
    C.P_PEMDA: "Kabupaten Uji",
    C.P_OPD: "Dinas Uji",
    C.P_TAHUN: 2025,
    C.P_TRIWULAN: 2,
    C.P_TANGGAL: "15 Juli 2025",  # fixed, so outputs do not depend on today's date
}


def kinerja_row(kode, tingkat, induk, uraian, indikator, target=100, tw1=40, tw2=30, **more) -> dict:
    return common.kinerja_row(kode, tingkat, induk, uraian, indikator, target, tw1, tw2, **more)


def basic_kinerja() -> list[dict]:
    return [
        kinerja_row("T1", "Tujuan", "", "Meningkatkan daya saing", "Indeks daya saing"),
        kinerja_row("S1", "Sasaran", "T1", "Meningkatnya usaha mikro", "Persentase usaha naik kelas"),
        # a count (Satuan "usaha", not the helper's "%"): 50 + 60 = 110 % would be a share summed above
        # 100 % by a blank Jenis Realisasi, a galat since the lead's decision (README "Jenis Realisasi")
        kinerja_row(
            "P1", "Program", "S1", "Program pemberdayaan", "Jumlah usaha dibina", 200, 50, 60, Satuan="usaha"
        ),
    ]


def basic_anggaran() -> list[dict]:
    return [{"Kode": "P1", "Program": "Program pemberdayaan", "Pagu": 1_000_000, "Realisasi TW I": 250_000}]


def _write(ws, row: int, col: int, value: object, date_fmt) -> None:
    if value is None:
        return
    if isinstance(value, Formula):
        ws.write_formula(row, col, value.text, None, value.saved)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value)
    elif isinstance(value, (int, float)):
        ws.write_number(row, col, value)
    elif isinstance(value, (dt.date, dt.datetime)):
        ws.write_datetime(row, col, value, date_fmt)
    else:
        ws.write_string(row, col, str(value))


def lkj_book(
    path: Path,
    *,
    pengaturan: dict | None = None,
    kinerja: list[dict] | None = None,
    anggaran: list[dict] | None = None,
    kinerja_headers: tuple[str, ...] = C.KINERJA_HEADERS,
    sheet_names: dict[str, str] | None = None,
    kinerja_merges: tuple[str, ...] = (),
) -> Path:
    """A workbook with the three input sheets, header on row 1 and data from row 2, every value
    written with exactly its own type (str, number, bool, date, Formula). ``sheet_names`` renames
    sheets (contract name -> name used); ``kinerja_merges`` merges ranges of Kinerja ("A3:A4")."""
    names = {s: s for s in C.INPUT_SHEETS} | (sheet_names or {})
    wb = xlsxwriter.Workbook(
        str(path), {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}
    )
    date_fmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    p = wb.add_worksheet(names[C.SHEET_PENGATURAN])
    p.write_row(0, 0, C.PENGATURAN_HEADERS)
    for r, (key, value) in enumerate({**SETTINGS, **(pengaturan or {})}.items(), start=1):
        p.write_string(r, 0, key)
        _write(p, r, 1, value, date_fmt)
    for sheet, headers, rows in (
        (C.SHEET_KINERJA, kinerja_headers, basic_kinerja() if kinerja is None else kinerja),
        (C.SHEET_ANGGARAN, C.ANGGARAN_HEADERS, basic_anggaran() if anggaran is None else anggaran),
    ):
        ws = wb.add_worksheet(names[sheet])
        ws.write_row(0, 0, headers)
        contract = C.KINERJA_HEADERS if sheet == C.SHEET_KINERJA else C.ANGGARAN_HEADERS
        for r, row in enumerate(rows, start=1):
            for key, value in row.items():
                _write(ws, r, contract.index(key), value, date_fmt)
        if sheet == C.SHEET_KINERJA:
            for ref in kinerja_merges:
                first = ref.split(":")[0]
                col = ord(first[0]) - 65
                value = rows[int(first[1:]) - 2].get(contract[col])
                ws.merge_range(ref, "" if value is None else value)
    wb.close()
    return path


def add_thumbnail(path: Path, mib: int, seed: int = 7) -> None:
    """Give the workbook a package thumbnail (docProps/thumbnail.png) of about ``mib`` MiB of random
    pixels, stored uncompressed: a big part that is copied as it is and makes the final write long."""
    side = int((mib * 1024 * 1024 / 3) ** 0.5)
    rng = random.Random(seed)
    raw = b"".join(b"\x00" + rng.randbytes(side * 3) for _ in range(side))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 0))
        + chunk(b"IEND", b"")
    )
    mem = W.members(path.read_bytes())
    rels = etree.fromstring(mem["_rels/.rels"])
    etree.SubElement(
        rels,
        f"{{{PKG_REL}}}Relationship",
        Id="rIdThumb",
        Type=PKG_REL + "/metadata/thumbnail",
        Target="docProps/thumbnail.png",
    )
    ct = etree.fromstring(mem["[Content_Types].xml"])
    if not any(e.get("Extension", "").lower() == "png" for e in ct):
        ct.insert(0, etree.Element(f"{{{CTNS}}}Default", Extension="png", ContentType="image/png"))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in mem.items():
            if name == "_rels/.rels":
                data = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
            elif name == "[Content_Types].xml":
                data = etree.tostring(ct, xml_declaration=True, encoding="UTF-8", standalone=True)
            zout.writestr(name, data)
        zout.writestr(zipfile.ZipInfo("docProps/thumbnail.png", (2025, 1, 1, 0, 0, 0)), png)
    path.write_bytes(out.getvalue())


# --- reading packages back (test side, independent of lkj_xl.xlsx.package) ----------------------------------


def sheet_parts(mem: dict[str, bytes]) -> dict[str, str]:
    """Sheet name -> zip member of its part, in workbook order."""
    wb = etree.fromstring(mem["xl/workbook.xml"])
    rels = {el.get("Id"): el.get("Target") for el in etree.fromstring(mem["xl/_rels/workbook.xml.rels"])}
    return {
        el.get("name"): _resolve("xl/workbook.xml", rels[el.get(f"{{{R}}}id")])
        for el in wb.iter(f"{{{MAIN}}}sheet")
    }


def _resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _targets(mem: dict[str, bytes], part: str) -> list[str]:
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    if rels_name not in mem:
        return []
    return [
        _resolve(part, rel.get("Target", ""))
        for rel in etree.fromstring(mem[rels_name])
        if rel.get("TargetMode") != "External"
    ]


def output_parts(mem: dict[str, bytes]) -> set[str]:
    """Members that belong to the output sheets: their parts, their rels and what those point to."""
    owned: set[str] = set()
    todo = [part for name, part in sheet_parts(mem).items() if name in C.OUTPUT_SHEETS]
    while todo:
        part = todo.pop()
        if part in owned:
            continue
        owned.add(part)
        folder, base = posixpath.split(part)
        owned.add(posixpath.join(folder, "_rels", base + ".rels"))
        todo.extend(_targets(mem, part))
    return owned


def assert_complete_build(original: bytes, result: bytes) -> None:
    """``result`` is ``original`` with the output sheets written: every member of the original that is
    not shared (styles, workbook, its rels, content types) is still there byte for byte, and every
    output sheet is listed and present."""
    mo, mr = W.members(original), W.members(result)
    parts = sheet_parts(mr)
    for name in C.OUTPUT_SHEETS:
        if name in C.ANALYSIS_SHEETS and name not in parts:
            continue  # written only for a workbook with analysis inputs (issue 11)
        assert name in parts, f"output sheet {name} missing"
        assert parts[name] in mr, f"part {parts[name]} of {name} missing"
    owned_before = output_parts(mo)
    for name, data in mo.items():
        if name in SHARED_PARTS or name in owned_before:
            continue
        assert name in mr, f"member {name} lost"
        assert mr[name] == data, f"member {name} changed"
    user_sheets = [n for n in sheet_parts(mo) if n not in C.OUTPUT_SHEETS]
    assert [n for n in parts if n not in C.OUTPUT_SHEETS] == user_sheets


# --- hostile packages -------------------------------------------------------------------------------------


def stored(name: str, data: bytes) -> dict:
    return {"name": name, "data": data, "crc": zlib.crc32(data), "size": len(data), "method": 0}


def with_sheet(data: bytes, sheet: str, xml: bytes) -> bytes:
    """``data`` with the part of ``sheet`` replaced by ``xml``."""
    return W.replace_members(data, {sheet_parts(W.members(data))[sheet]: xml})


def zip_bomb(data: bytes, sheet: str, inflated: int, declared: int | None = None) -> bytes:
    """``data`` whose sheet part inflates to ``inflated`` bytes of zeros (declaring ``declared``)."""
    mem = W.members(data)
    part = sheet_parts(mem)[sheet]
    comp, crc = W.deflate_zeros(inflated)
    entries = [stored(n, d) for n, d in mem.items() if n != part]
    entries.append({"name": part, "data": comp, "crc": crc, "size": declared or inflated, "method": 8})
    return W.raw_zip(entries)


def padded_sheet(xml: bytes, pad: int) -> bytes:
    """Valid sheet XML with ``pad`` bytes of whitespace inside sheetData (compresses ~1000:1)."""
    return re.sub(rb"<sheetData>", b"<sheetData>" + b" " * pad, xml, count=1)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">
<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"""

XXE = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">
<c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"""


def million_rows(xml: bytes) -> bytes:
    """Sheet XML with one more row at row 1,000,000 (and a dimension claiming it)."""
    xml = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:O1000000"/>', xml, count=1)
    row = b'<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>akhir</t></is></c></row>'
    return xml.replace(b"</sheetData>", row + b"</sheetData>", 1)


def claimed_million_rows(xml: bytes) -> bytes:
    """Sheet XML whose dimension (only) claims a million rows."""
    return re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', xml, count=1)


def encrypt(data: bytes, password: str = "rahasia") -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()
