"""Write the tool's output sheets into the user's own workbook package, leaving everything else intact.

A plain openpyxl load+save of a user's workbook loses things the user made (images, text boxes,
sparklines, x14 extension lists, the saved values of formulas, a VBA project's form controls...). So the
output sheets are rendered into a separate workbook (xlsxwriter) and *grafted* into the original package
here, at the level of the zip/XML parts:

* every part of the original that is not an output sheet is copied byte for byte;
* an output sheet that already exists (same name, case-insensitive) is replaced in place, keeping its
  position, ``sheetId`` and ``r:id``; new output sheets are appended after the user's sheets;
* the parts that must be shared are merged: ``xl/styles.xml`` (rendered fonts, fills, borders, number
  formats, cell formats and differential formats are appended, de-duplicated, and the grafted sheets'
  indices are rewritten), ``xl/workbook.xml`` (sheet list, defined names), the workbook relationships
  and ``[Content_Types].xml``;
* shared strings of the grafted sheets become inline strings, so ``xl/sharedStrings.xml`` is untouched.

The same module holds the safety checks for untrusted packages (:func:`check_package`): no openpyxl
here, only :mod:`zipfile` with bounded reads and a hardened lxml parser that refuses DTDs.
"""

from __future__ import annotations

import codecs
import copy
import io
import posixpath
import re
import time
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import unquote

from lxml import etree

from lkj_xl.core import ownership
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

# --- namespaces, relationship and content types --------------------------------------------------------

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS_XML = "http://www.w3.org/XML/1998/namespace"

_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_OFFICE_DOCUMENT = _RT + "officeDocument"
RT_WORKSHEET = _RT + "worksheet"
RT_STYLES = _RT + "styles"
RT_SHARED_STRINGS = _RT + "sharedStrings"
RT_CALC_CHAIN = _RT + "calcChain"

CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
CT_RELS = "application/vnd.openxmlformats-package.relationships+xml"

# Relationship types (last path segment) an output sheet may bring along: their parts are copied with
# the sheet. Anything else (tables, pivot tables, slicers, threaded comments...) has workbook-wide ids
# or names that would need merging, and is refused.
_COPYABLE_RELS = {
    "drawing",
    "vmlDrawing",
    "comments",
    "image",
    "chart",
    "chartUserShapes",
    "chartStyle",
    "chartColorStyle",
    "themeOverride",
    "printerSettings",
    "hyperlink",
}

# Defined names that belong to a sheet's print/filter setup: dropped with a replaced output sheet.
_SHEET_SETUP_NAMES = {"_xlnm.print_titles", "_xlnm.print_area", "_xlnm._filterdatabase"}

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DTD_RE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_DECL_RE = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_SAFE_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf16", "us-ascii", "ascii", "iso-8859-1", "latin-1"}
_SAFE_ENCODINGS |= {"windows-1252", "cp1252", "utf-16le", "utf-16be"}
_XML_EXTENSIONS = (".xml", ".rels", ".vml")

# Order of the children of <workbook> and <styleSheet> (ECMA-376 schema): where to insert a new one.
_WORKBOOK_ORDER = (
    "fileVersion",
    "fileSharing",
    "workbookPr",
    "workbookProtection",
    "bookViews",
    "sheets",
    "functionGroups",
    "externalReferences",
    "definedNames",
    "calcPr",
    "oleSize",
    "customWorkbookViews",
    "pivotCaches",
    "smartTagPr",
    "smartTagTypes",
    "webPublishing",
    "fileRecoveryPr",
    "webPublishObjects",
    "extLst",
)
_STYLES_ORDER = (
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
    "tableStyles",
    "colors",
    "extLst",
)


class PackageError(FileError):
    """The workbook file cannot be used; the message is meant for the user (in English, for IT admins)."""

    def __init__(self, message: str, filename: str | None = None):
        super().__init__(message)
        self.filename = filename


def _label(filename: str | None) -> str:
    """The subject of a message: ``File 'laporan.xlsx'``, or ``The file`` when the name is unknown."""
    return f"File '{filename}'" if filename else "The file"


def _m(tag: str) -> str:
    return f"{{{NS_MAIN}}}{tag}"


# --- safe reading -------------------------------------------------------------------------------------


def _refuse_ole(data: bytes, filename: str | None) -> None:
    if not data.startswith(_OLE_MAGIC):
        return
    # Encrypted OOXML is an OLE compound file holding EncryptionInfo + EncryptedPackage streams;
    # any other compound file here is a legacy binary workbook (.xls) or some other Office file.
    head = data[: 4 * 1024 * 1024]
    if "EncryptedPackage".encode("utf-16-le") in head or "EncryptionInfo".encode("utf-16-le") in head:
        raise PackageError(
            f"{_label(filename)} is encrypted (password-protected), so it cannot be read. "
            "Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with "
            "Password, empty the password box), save, and run again.",
            filename,
        )
    raise PackageError(
        f"{_label(filename)} is not an Excel workbook (.xlsx/.xlsm): it is in the Excel 97-2003 (.xls) "
        "format or is an older Office document. Save it again as 'Excel Workbook (.xlsx)' and run again.",
        filename,
    )


def _open_zip(data: bytes, filename: str | None) -> zipfile.ZipFile:
    """Open ``data`` as a zip and validate its directory (sizes, ratios, names) without inflating."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("workbook data must be bytes")
    data = bytes(data)
    _refuse_ole(data, filename)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        if data.startswith(b"PK"):
            raise PackageError(
                f"{_label(filename)} is corrupt or truncated (incomplete ZIP archive: {exc}). "
                "Try opening it in Excel and saving it again, or use a backup copy.",
                filename,
            ) from None
        raise PackageError(
            f"{_label(filename)} is not an Excel workbook (.xlsx/.xlsm): it is not a ZIP archive.",
            filename,
        ) from None
    if len(infos) > MAX_MEMBERS:
        raise PackageError(
            f"{_label(filename)} was refused: it contains {len(infos):,} parts (limit {MAX_MEMBERS:,}).",
            filename,
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        key = info.filename.lower()
        if key in seen:
            raise PackageError(
                f"{_label(filename)} is corrupt: part '{info.filename}' appears twice.", filename
            )
        seen.add(key)
        if info.flag_bits & 0x1:
            raise PackageError(
                f"{_label(filename)} is encrypted (part '{info.filename}' is encrypted), so it "
                "cannot be read.",
                filename,
            )
        if info.file_size > MAX_PART_SIZE:
            raise _bomb(filename, info.filename, info.file_size, MAX_PART_SIZE)
        if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(
                f"{_label(filename)} was refused: part '{info.filename}' expands "
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
        f"{_label(filename)} was refused: {what} too large when extracted "
        f"({size:,} bytes; limit {limit:,} bytes). It is probably a zip bomb or a corrupt file.",
        filename,
    )


def _iter_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, filename: str | None) -> Iterator[bytes]:
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
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        raise PackageError(
            f"{_label(filename)} is corrupt or truncated: part '{info.filename}' cannot be read ({exc}).",
            filename,
        ) from None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, filename: str | None) -> bytes:
    return b"".join(_iter_member(zf, info, filename))


def _is_xml_part(name: str) -> bool:
    return name.lower().endswith(_XML_EXTENSIONS)


def _scan_xml_chunks(chunks: Iterable[bytes], part: str, filename: str | None) -> None:
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
                        f"{_label(filename)} is corrupt: part '{part}' is not recognisable XML.", filename
                    )
                decl = _XML_DECL_RE.match(body)
                if decl and decl.group(1).decode("ascii").lower() not in _SAFE_ENCODINGS:
                    raise PackageError(
                        f"{_label(filename)} was refused: part '{part}' declares the encoding "
                        f"'{decl.group(1).decode('ascii')}', which Excel never uses.",
                        filename,
                    )
        if decoder is not None:
            chunk = decoder.decode(raw).encode("utf-8", "replace")
        window = tail + chunk
        if _DTD_RE.search(window):
            raise _dtd_error(filename, part)
        tail = window[-32:]


def _dtd_error(filename: str | None, part: str) -> PackageError:
    return PackageError(
        f"{_label(filename)} was refused: part '{part}' contains a DTD/ENTITY declaration (<!DOCTYPE ...>), "
        "which Excel never writes and which can be used for attacks (entity expansion / XXE).",
        filename,
    )


def _parse_xml(data: bytes, part: str, filename: str | None) -> etree._ElementTree:
    """Parse one trusted-or-not XML part with a hardened parser; DTDs are refused outright."""
    _scan_xml_chunks([data], part, filename)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False, load_dtd=False
    )
    try:
        tree = etree.parse(io.BytesIO(data), parser)
    except etree.XMLSyntaxError as exc:
        raise PackageError(
            f"{_label(filename)} is corrupt: part '{part}' is not valid XML ({exc}).", filename
        ) from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise _dtd_error(filename, part)
    return tree


def _workbook_part(zf: zipfile.ZipFile, names: dict[str, str], filename: str | None) -> str:
    """Name of the workbook part (via _rels/.rels, else the conventional xl/workbook.xml)."""
    target = None
    rels_name = names.get("_rels/.rels")
    if rels_name is not None:
        tree = _parse_xml(_read_member(zf, zf.getinfo(rels_name), filename), rels_name, filename)
        for rel in tree.getroot():
            if rel.get("Type") == RT_OFFICE_DOCUMENT and rel.get("TargetMode") != "External":
                target = _resolve("", rel.get("Target", ""))
                break
    if target is None and "xl/workbook.xml" in names:
        target = "xl/workbook.xml"
    if target is not None and target.lower() in names and target.lower().endswith(".xml"):
        return names[target.lower()]
    if "xl/workbook.bin" in names or (target or "").lower().endswith(".bin"):
        hint = " It is a binary workbook (.xlsb): save it again as 'Excel Workbook (.xlsx)'."
    elif "mimetype" in names or "content.xml" in names:
        hint = " It looks like an OpenDocument spreadsheet (.ods): save it as 'Excel 2007-365 (.xlsx)'."
    else:
        hint = ""
    raise PackageError(
        f"{_label(filename)} is not an Excel workbook (.xlsx/.xlsm): it has no xl/workbook.xml.{hint}",
        filename,
    )


def check_package(data: bytes, *, filename: str | None = None) -> None:
    """Refuse a file that is not a safe .xlsx/.xlsm package, with a :class:`PackageError`.

    Checks, in bounded time and memory (every part is inflated in 1 MiB chunks, at most
    MAX_PART_SIZE per part and MAX_TOTAL_SIZE in all): OLE files (encrypted workbooks, legacy .xls),
    not-a-zip and truncated zips, encrypted members, duplicate part names, too many parts, parts
    whose declared or actual size or compression ratio is too large (zip bombs), packages without a
    workbook part, and DTD/ENTITY declarations or unusual encodings in any XML part.
    """
    zf = _open_zip(data, filename)
    names = {i.filename.lower(): i.filename for i in zf.infolist()}
    _workbook_part(zf, names, filename)
    total = 0

    def counted(chunks: Iterator[bytes]) -> Iterator[bytes]:
        nonlocal total
        for chunk in chunks:
            total += len(chunk)
            if total > MAX_TOTAL_SIZE:
                raise _bomb(filename, None, total, MAX_TOTAL_SIZE)
            yield chunk

    for info in zf.infolist():
        chunks = counted(_iter_member(zf, info, filename))
        if _is_xml_part(info.filename):
            _scan_xml_chunks(chunks, info.filename, filename)
        else:
            for _chunk in chunks:
                pass


def uses_1904_dates(data: bytes, *, filename: str | None = None) -> bool:
    """True if the workbook counts dates from 1904 (render output sheets with ``date_1904`` then)."""
    pkg = _Package(data, filename)
    return pkg.date1904()


# --- OPC helpers --------------------------------------------------------------------------------------


def _resolve(source_part: str, target: str) -> str:
    """Zip member name of a relationship target, relative to ``source_part``."""
    target = unquote(target.split("#", 1)[0])
    if target.startswith("/"):
        return posixpath.normpath(target[1:])
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target))


def _relative(source_part: str, target_part: str) -> str:
    return posixpath.relpath(target_part, posixpath.dirname(source_part) or ".")


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _serialize(tree: etree._ElementTree) -> bytes:
    """XML bytes with the declaration Excel itself writes."""
    standalone = tree.docinfo.standalone
    decl = '<?xml version="1.0" encoding="UTF-8"%s?>\r\n' % (
        ' standalone="yes"' if standalone is not False else ""
    )
    return decl.encode("ascii") + etree.tostring(tree, encoding="UTF-8", xml_declaration=False)


def _key(el: etree._Element) -> tuple:
    """Prefix-independent structural identity of an element (for de-duplicating styles)."""
    children = tuple(_key(ch) for ch in el if isinstance(ch.tag, str))
    return (el.tag, tuple(sorted(el.attrib.items())), (el.text or "").strip(), children)


def _int(value: object, default: int = 0) -> int:
    """An integer attribute of an untrusted part (garbage counts as ``default``)."""
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _insert_ordered(parent: etree._Element, child: etree._Element, order: Sequence[str]) -> None:
    """Insert ``child`` before the first sibling that the schema orders after it."""
    name = _local(child.tag)
    later = set(order[order.index(name) + 1 :])
    for i, sib in enumerate(parent):
        if _local(sib.tag) in later:
            parent.insert(i, child)
            return
    parent.append(child)


class _Rels:
    """A relationships part, edited in place."""

    def __init__(self, tree: etree._ElementTree | None):
        if tree is None:
            root = etree.Element(f"{{{NS_PKG_REL}}}Relationships", nsmap={None: NS_PKG_REL})
            tree = etree.ElementTree(root)
        self.tree = tree
        self.changed = False

    @property
    def items(self) -> list[etree._Element]:
        return [el for el in self.tree.getroot() if _local(el.tag) == "Relationship"]

    def by_id(self, rid: str) -> etree._Element | None:
        return next((el for el in self.items if el.get("Id") == rid), None)

    def by_type(self, rtype: str) -> list[etree._Element]:
        return [el for el in self.items if el.get("Type") == rtype]

    def new_id(self) -> str:
        used = {el.get("Id") for el in self.items}
        n = len(used) + 1
        while f"rId{n}" in used:
            n += 1
        return f"rId{n}"

    def add(self, rtype: str, target: str, mode: str | None = None, rid: str | None = None) -> str:
        rid = rid or self.new_id()
        el = etree.SubElement(self.tree.getroot(), f"{{{NS_PKG_REL}}}Relationship")
        el.set("Id", rid)
        el.set("Type", rtype)
        el.set("Target", target)
        if mode:
            el.set("TargetMode", mode)
        self.changed = True
        return rid

    def remove(self, el: etree._Element) -> None:
        self.tree.getroot().remove(el)
        self.changed = True


class _ContentTypes:
    def __init__(self, tree: etree._ElementTree):
        self.tree = tree
        self.changed = False

    def _els(self, kind: str) -> list[etree._Element]:
        return [el for el in self.tree.getroot() if _local(el.tag) == kind]

    def override(self, part: str) -> etree._Element | None:
        key = "/" + part.lower()
        return next((el for el in self._els("Override") if el.get("PartName", "").lower() == key), None)

    def default(self, ext: str) -> str | None:
        ext = ext.lower()
        for el in self._els("Default"):
            if el.get("Extension", "").lower() == ext:
                return el.get("ContentType")
        return None

    def content_type(self, part: str) -> str | None:
        el = self.override(part)
        if el is not None:
            return el.get("ContentType")
        return self.default(posixpath.splitext(part)[1].lstrip("."))

    def set_override(self, part: str, ctype: str) -> None:
        el = self.override(part)
        if el is None:
            el = etree.SubElement(self.tree.getroot(), f"{{{NS_CT}}}Override")
            el.set("PartName", "/" + part)
        elif el.get("ContentType") == ctype:
            return
        el.set("ContentType", ctype)
        self.changed = True

    def ensure(self, part: str, ctype: str) -> None:
        """Give ``part`` the content type ``ctype`` (via its extension's default where that fits)."""
        if self.override(part) is None and self.default(posixpath.splitext(part)[1].lstrip(".")) == ctype:
            return
        self.set_override(part, ctype)

    def remove_override(self, part: str) -> None:
        el = self.override(part)
        if el is not None:
            self.tree.getroot().remove(el)
            self.changed = True


class _Package:
    """A validated, read-only view of a package's zip members."""

    def __init__(self, data: bytes, filename: str | None):
        self.filename = filename
        self.zf = _open_zip(data, filename)
        self.infos = self.zf.infolist()
        self.names = {i.filename.lower(): i.filename for i in self.infos}
        self.workbook = _workbook_part(self.zf, self.names, filename)

    def has(self, name: str) -> bool:
        return name.lower() in self.names

    def read(self, name: str) -> bytes:
        return _read_member(self.zf, self.zf.getinfo(self.names[name.lower()]), self.filename)

    def xml(self, name: str) -> etree._ElementTree:
        return _parse_xml(self.read(name), self.names[name.lower()], self.filename)

    def rels(self, part: str) -> _Rels:
        name = _rels_name(part)
        return _Rels(self.xml(name) if self.has(name) else None)

    def content_types(self) -> _ContentTypes:
        if not self.has("[Content_Types].xml"):
            raise PackageError(
                f"{_label(self.filename)} is corrupt: it has no [Content_Types].xml.", self.filename
            )
        return _ContentTypes(self.xml("[Content_Types].xml"))

    def internal_targets(self, part: str) -> list[tuple[etree._Element, str]]:
        """(relationship, resolved target) of the internal relationships of ``part``."""
        if not self.has(_rels_name(part)):
            return []
        out = []
        for rel in self.rels(part).items:
            if rel.get("TargetMode") == "External":
                continue
            out.append((rel, _resolve(part, rel.get("Target", ""))))
        return out

    def reachable(self, skip_sources: set[str]) -> set[str]:
        """Lower-case names of parts reachable from the package root, not following ``skip_sources``."""
        seen: set[str] = set()
        todo = [t for _rel, t in self.internal_targets("")]
        while todo:
            part = todo.pop()
            key = part.lower()
            if key in seen:
                continue
            seen.add(key)
            if key in skip_sources or not self.has(part):
                continue
            todo.extend(t for _rel, t in self.internal_targets(self.names[key]))
        return seen

    def closure(self, start: str) -> set[str]:
        """Lower-case names of the parts ``start`` points to, transitively (not ``start`` itself)."""
        seen: set[str] = set()
        todo = [t for _rel, t in self.internal_targets(start)]
        while todo:
            part = todo.pop()
            key = part.lower()
            if key in seen or key == start.lower():
                continue
            seen.add(key)
            if self.has(part):
                todo.extend(t for _rel, t in self.internal_targets(self.names[key]))
        return seen

    def date1904(self) -> bool:
        root = self.xml(self.workbook).getroot()
        for pr in root.iter(_m("workbookPr"), f"{{{NS_STRICT_MAIN}}}workbookPr"):
            return pr.get("date1904", "0").lower() in ("1", "true")
        return False


# --- styles -------------------------------------------------------------------------------------------


class _StyleMerge:
    """Append the rendered workbook's styles to the original's; maps rendered indices to merged ones."""

    def __init__(self, dst: etree._ElementTree, src: etree._ElementTree):
        self.dst = dst.getroot()
        self.src = src.getroot()
        self.changed = False
        self._numfmt_map: dict[int, int] = {}
        self._dst_numfmt_codes = {}
        self._used_numfmt_ids: set[int] = set()
        for nf in self._section(self.dst, "numFmts"):
            fid = _int(nf.get("numFmtId"), -1)
            self._used_numfmt_ids.add(fid)
            self._dst_numfmt_codes.setdefault(nf.get("formatCode"), fid)
        src_numfmts = {
            int(nf.get("numFmtId", "0")): nf.get("formatCode") for nf in self._section(self.src, "numFmts")
        }
        for fid, code in src_numfmts.items():
            self._numfmt_map[fid] = self._numfmt_id(code)
        self.font_map = self._merge_list("fonts", "font")
        self.fill_map = self._merge_list("fills", "fill")
        self.border_map = self._merge_list("borders", "border")
        self.xf_map = self._merge_xfs()
        self.dxf_map = self._merge_dxfs()

    @staticmethod
    def _section(root: etree._Element, name: str) -> list[etree._Element]:
        sec = root.find(_m(name))
        return [] if sec is None else [el for el in sec if isinstance(el.tag, str)]

    def _container(self, name: str) -> etree._Element:
        sec = self.dst.find(_m(name))
        if sec is None:
            sec = etree.Element(_m(name))
            _insert_ordered(self.dst, sec, _STYLES_ORDER)
        return sec

    def _append(self, section: str, el: etree._Element) -> int:
        sec = self._container(section)
        items = [ch for ch in sec if isinstance(ch.tag, str)]
        el.tail = None
        if items:
            items[-1].addnext(el)
        else:
            sec.insert(0, el)
        sec.set("count", str(len(items) + 1))
        self.changed = True
        return len(items)

    def _numfmt_id(self, code: str | None) -> int:
        if code in self._dst_numfmt_codes:
            return self._dst_numfmt_codes[code]
        new_id = max([163, *self._used_numfmt_ids]) + 1
        self._used_numfmt_ids.add(new_id)
        self._dst_numfmt_codes[code] = new_id
        nf = etree.Element(_m("numFmt"))
        nf.set("numFmtId", str(new_id))
        nf.set("formatCode", code or "General")
        self._append("numFmts", nf)
        return new_id

    def _map_numfmt(self, fid: int) -> int:
        return self._numfmt_map.get(fid, fid)

    def _merge_list(self, section: str, tag: str) -> dict[int, int]:
        existing = {}
        for i, el in enumerate(self._section(self.dst, section)):
            existing.setdefault(_key(el), i)
        mapping = {}
        for i, el in enumerate(self._section(self.src, section)):
            k = _key(el)
            if k not in existing:
                existing[k] = self._append(section, copy.deepcopy(el))
            mapping[i] = existing[k]
        return mapping

    def _merge_xfs(self) -> dict[int, int]:
        existing = {}
        for i, el in enumerate(self._section(self.dst, "cellXfs")):
            existing.setdefault(_key(el), i)
        mapping = {0: 0}  # the default format stays the workbook's default format
        for i, el in enumerate(self._section(self.src, "cellXfs")):
            if i == 0:
                continue
            xf = copy.deepcopy(el)
            for attr, table in (
                ("fontId", self.font_map),
                ("fillId", self.fill_map),
                ("borderId", self.border_map),
            ):
                if xf.get(attr) is not None:
                    xf.set(attr, str(table.get(int(xf.get(attr)), 0)))
            if xf.get("numFmtId") is not None:
                xf.set("numFmtId", str(self._map_numfmt(int(xf.get("numFmtId")))))
            xf.set("xfId", "0")
            k = _key(xf)
            if k not in existing:
                existing[k] = self._append("cellXfs", xf)
            mapping[i] = existing[k]
        return mapping

    def _merge_dxfs(self) -> dict[int, int]:
        existing = {}
        for i, el in enumerate(self._section(self.dst, "dxfs")):
            existing.setdefault(_key(el), i)
        mapping = {}
        for i, el in enumerate(self._section(self.src, "dxfs")):
            dxf = copy.deepcopy(el)
            for nf in dxf.iter(_m("numFmt")):
                nf.set("numFmtId", str(self._numfmt_id(nf.get("formatCode"))))
            k = _key(dxf)
            if k not in existing:
                existing[k] = self._append("dxfs", dxf)
            mapping[i] = existing[k]
        return mapping


# --- grafting -----------------------------------------------------------------------------------------


def _shared_strings(pkg: _Package) -> list[etree._Element]:
    rels = pkg.rels(pkg.workbook)
    for rel in rels.by_type(RT_SHARED_STRINGS):
        part = _resolve(pkg.workbook, rel.get("Target", ""))
        if pkg.has(part):
            return [si for si in pkg.xml(part).getroot() if _local(si.tag) == "si"]
    return []


def _inline_string(cell: etree._Element, strings: list[etree._Element]) -> None:
    v = cell.find(_m("v"))
    try:
        si = strings[int(v.text)]
    except (AttributeError, TypeError, ValueError, IndexError):
        raise ValueError(f"rendered cell {cell.get('r')} refers to a missing shared string") from None
    cell.remove(v)
    is_el = etree.Element(_m("is"))
    for child in si:
        if isinstance(child.tag, str):
            is_el.append(copy.deepcopy(child))
    for t in is_el.iter(_m("t")):
        t.set(f"{{{NS_XML}}}space", "preserve")
    formula = cell.find(_m("f"))
    if formula is not None:
        formula.addnext(is_el)
    else:
        cell.insert(0, is_el)
    cell.set("t", "inlineStr")


def _transform_sheet(
    data: bytes, styles: _StyleMerge | None, strings: list[etree._Element], selected: bool, part: str
) -> tuple[bytes, bool]:
    """Rewrite a rendered sheet for the original package; returns (xml, has_formulas)."""
    tree = _parse_xml(data, part, None)
    root = tree.getroot()
    if styles is not None:
        xf = styles.xf_map
        for tag, attr in (("c", "s"), ("row", "s"), ("col", "style")):
            for el in root.iter(_m(tag)):
                if el.get(attr) is not None:
                    el.set(attr, str(xf.get(int(el.get(attr)), 0)))
        for rule in root.iter(_m("cfRule")):
            if rule.get("dxfId") is not None:
                rule.set("dxfId", str(styles.dxf_map.get(int(rule.get("dxfId")), 0)))
    for cell in root.iter(_m("c")):
        if cell.get("t") == "s":
            _inline_string(cell, strings)
    for view in root.iter(_m("sheetView")):
        if selected:
            view.set("tabSelected", "1")
        elif view.get("tabSelected") is not None:
            del view.attrib["tabSelected"]
    has_formulas = next(root.iter(_m("f")), None) is not None
    return _serialize(tree), has_formulas


_VML_IDMAP_RE = re.compile(rb"(<o:idmap\b[^>]*?\bdata=\")([0-9, ]*)(\")")
_VML_SPID_RE = re.compile(rb"_x0000_s(\d+)")


def _used_vml_blocks(pkg: _Package, skip: set[str]) -> set[int]:
    used: set[int] = set()
    for info in pkg.infos:
        if info.filename.lower().endswith(".vml") and info.filename.lower() not in skip:
            for m in _VML_IDMAP_RE.finditer(pkg.read(info.filename)):
                used.update(int(x) for x in re.split(rb"[ ,]+", m.group(2)) if x.strip())
    return used


def _renumber_vml(data: bytes, used: set[int]) -> bytes:
    """Move a copied VML drawing's shape ids to id blocks not used by the original's drawings."""
    m = _VML_IDMAP_RE.search(data)
    if not m:
        return data
    old_blocks = [int(x) for x in re.split(rb"[ ,]+", m.group(2)) if x.strip()]
    new_blocks = []
    nxt = max([0, *used]) + 1
    for _ in old_blocks:
        new_blocks.append(nxt)
        used.add(nxt)
        nxt += 1
    remap = dict(zip(old_blocks, new_blocks))
    data = _VML_IDMAP_RE.sub(
        lambda mm: mm.group(1) + ",".join(map(str, new_blocks)).encode() + mm.group(3), data, count=1
    )

    def spid(mm: re.Match) -> bytes:
        n = int(mm.group(1))
        block, rest = divmod(n, 1024)
        return b"_x0000_s%d" % (remap.get(block, block) * 1024 + rest)

    return _VML_SPID_RE.sub(spid, data)


class _Names:
    """Allocates part names that are free in the output package."""

    def __init__(self, taken: Iterable[str]):
        self.taken = {n.lower() for n in taken}

    def alloc(self, like: str) -> str:
        folder, base = posixpath.split(like)
        stem, ext = posixpath.splitext(base)
        stem = stem.rstrip("0123456789") or "part"
        n = 1
        while True:
            name = posixpath.join(folder, f"{stem}{n}{ext}")
            if name.lower() not in self.taken:
                self.taken.add(name.lower())
                return name
            n += 1

    def claim(self, name: str) -> None:
        self.taken.add(name.lower())


class ForeignSheetError(PackageError):
    """A sheet of the user's carries an output sheet's name: the build refuses to replace it."""

    def __init__(self, sheets: list[str], filename: str | None = None):
        super().__init__(ownership.foreign_sheet_error(sheets), filename)
        self.sheets = sheets


@dataclass(frozen=True)
class Discarded:
    """What the user had added inside one output sheet that a rebuild replaced."""

    sheet: str
    items: tuple[tuple[str, int], ...]  # (kind, count), kind one of ADDITION_KINDS

    def message(self) -> str:
        """English sentence for the CLI and logs."""
        words = [
            f"{'an' if kind[0] in 'aeiouAEIOU' else 'a'} {kind}" if n == 1 else f"{n} {kind}s"
            for kind, n in self.items
        ]
        listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
        verb = "was" if len(self.items) == 1 and self.items[0][1] == 1 else "were"
        return f"{self.sheet}: {listed} added inside this output sheet {verb} discarded by the rebuild"


@dataclass(frozen=True)
class Graft:
    """The grafted package and what the rebuild discarded from the sheets it replaced."""

    data: bytes
    discarded: tuple[Discarded, ...] = ()


# Things a user may add inside an output sheet, in the order messages list them.
ADDITION_KINDS = (
    "comment",
    "picture",
    "chart",
    "shape",
    "Excel table",
    "form control",
    "data validation rule",
    "hyperlink",
    "pivot table",
    "slicer",
    "timeline",
)
# Additions whose removal would leave workbook-level parts (pivot caches, slicer caches) pointing at
# a pivot table or slicer that no longer exists (Excel's repair prompt): refused, not discarded.
_ENTANGLED_KINDS = ("pivot table", "slicer", "timeline")
_ANCHORS = {"twoCellAnchor", "oneCellAnchor", "absoluteAnchor"}
_DRAWING_KINDS = {"pic": "picture", "sp": "shape", "grpSp": "shape", "cxnSp": "shape"}
_VML_OBJECT_RE = re.compile(rb"""ObjectType\s*=\s*["'](\w+)["']""")


def _text_of(el: etree._Element) -> str:
    """Text of a shared or inline string (rich runs joined, phonetic hints left out)."""
    return "".join(t.text or "" for t in el.iter(_m("t")) if _local(t.getparent().tag) != "rPh")


def _a1_text(sheet: etree._Element, strings: list[etree._Element]) -> str | None:
    """The text of cell A1 of a worksheet (None when it is empty or not a text); reads the first row only."""
    data = sheet.find(_m("sheetData"))
    row = next((r for r in data if _local(r.tag) == "row"), None) if data is not None else None
    if row is None or row.get("r", "1") != "1":
        return None
    cell = next((c for c in row if _local(c.tag) == "c"), None)
    if cell is None or cell.get("r", "A1").upper() != "A1":
        return None
    kind = cell.get("t")
    if kind == "inlineStr":
        inline = cell.find(_m("is"))
        return _text_of(inline) if inline is not None else None
    value = cell.find(_m("v"))
    if value is None or value.text is None:
        return None
    if kind == "s":
        index = _int(value.text, -1)
        return _text_of(strings[index]) if 0 <= index < len(strings) else None
    return value.text if kind == "str" else None


def _additions(pkg: _Package, part: str) -> dict[str, int]:
    """Counts of what a worksheet holds besides cells and formats (comments, pictures, tables...)."""
    counts = dict.fromkeys(ADDITION_KINDS, 0)
    root = pkg.xml(part).getroot()
    for el in root.iter():
        if _local(el.tag) == "dataValidation":  # the main list and x14's in extLst
            counts["data validation rule"] += 1
        elif _local(el.tag) == "hyperlink":
            counts["hyperlink"] += 1
    vml_controls = ctrl_props = 0
    for rel, target in pkg.internal_targets(part):
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        if not pkg.has(target):
            continue
        if kind == "comments":
            counts["comment"] += sum(
                1 for el in pkg.xml(target).getroot().iter() if _local(el.tag) == "comment"
            )
        elif kind == "drawing":
            for anchor in pkg.xml(target).getroot():  # form controls sit in mc:AlternateContent: skipped
                if _local(anchor.tag) not in _ANCHORS:
                    continue
                for obj in anchor:
                    name = _local(obj.tag)
                    if name == "graphicFrame":
                        is_chart = any(_local(e.tag) == "chart" for e in obj.iter())
                        counts["chart" if is_chart else "shape"] += 1
                    elif name in _DRAWING_KINDS:
                        counts[_DRAWING_KINDS[name]] += 1
        elif kind == "vmlDrawing":  # comments ("Note") and legacy form controls
            vml_controls += sum(1 for m in _VML_OBJECT_RE.finditer(pkg.read(target)) if m.group(1) != b"Note")
        elif kind == "ctrlProp":
            ctrl_props += 1
        elif kind == "table":
            counts["Excel table"] += 1
        elif kind == "pivotTable":
            counts["pivot table"] += 1
        elif kind in ("slicer", "timeline"):
            counts[kind] += 1
    # Excel writes a form control both as VML and as a ctrlProp part: count it once
    counts["form control"] = max(vml_controls, ctrl_props)
    return {kind: n for kind, n in counts.items() if n}


def _owner_positions(wb_root: etree._Element) -> set[int]:
    """Positions of the sheets that carry the owner name."""
    return {
        _int(dn.get("localSheetId"), -1)
        for dn in wb_root.iter(_m("definedName"))
        if ownership.is_owner_name(dn.get("name"), dn.text)
    }


def _check_ownership(
    src: _Package,
    wb_root: etree._Element,
    wb_rels: _Rels,
    names: Sequence[str],
    by_fold: dict[str, tuple[int, etree._Element]],
) -> dict[str, dict[str, int]]:
    """Refuse to replace sheets the tool did not write; the additions inside those it did.

    Returns output sheet name -> :func:`_additions` of its current worksheet. Raises
    :class:`ForeignSheetError`, or :class:`PackageError` when an output sheet holds a pivot table or
    slicer (or an Excel table that a slicer or defined name elsewhere depends on).
    """
    marked = _owner_positions(wb_root)
    strings: list[etree._Element] | None = None
    foreign: list[str] = []
    found: dict[str, dict[str, int]] = {}
    parts: dict[str, str] = {}
    for name in names:
        hit = by_fold.get(name.casefold())
        if hit is None:
            continue
        pos, el = hit
        rel = wb_rels.by_id(el.get(f"{{{NS_R}}}id", ""))
        part = _resolve(src.workbook, rel.get("Target", "")) if rel is not None else ""
        is_worksheet = rel is not None and rel.get("Type") == RT_WORKSHEET and src.has(part)
        a1 = None
        if is_worksheet and pos not in marked:
            strings = _shared_strings(src) if strings is None else strings
            a1 = _a1_text(src.xml(part).getroot(), strings)
        if not ownership.is_tool_sheet(el.get("name", ""), owner_name=pos in marked, a1=a1):
            foreign.append(el.get("name", ""))
        elif is_worksheet:
            parts[name] = src.names[part.lower()]
            found[name] = _additions(src, parts[name])
    if foreign:
        raise ForeignSheetError(foreign, src.filename)
    for name, kinds in found.items():
        sheet = by_fold[name.casefold()][1].get("name", name)
        for kind in _ENTANGLED_KINDS:
            if kind in kinds:
                raise PackageError(
                    f'sheet "{sheet}" (written by lkj-xl) holds a {kind} added by hand; a build rewrites '
                    f"this sheet and cannot remove the {kind} without breaking the workbook: move it to "
                    "another sheet — nothing was changed",
                    src.filename,
                )
        if "Excel table" in kinds:
            _refuse_table_dependents(src, wb_root, wb_rels, sheet, parts[name])
    return found


def _refuse_table_dependents(
    src: _Package, wb_root: etree._Element, wb_rels: _Rels, sheet: str, part: str
) -> None:
    """Refuse when a slicer or a defined name depends on an Excel table inside output sheet ``part``."""
    tables: dict[str, str] = {}  # table id -> name
    for rel, target in src.internal_targets(part):
        if rel.get("Type", "").endswith("/table") and src.has(target):
            root = src.xml(target).getroot()
            tables[root.get("id", "")] = root.get("displayName") or root.get("name") or ""
    dependents = []
    for rel in wb_rels.items:
        target = _resolve(src.workbook, rel.get("Target", ""))
        if rel.get("Type", "").endswith("/slicerCache") and src.has(target):
            for el in src.xml(target).getroot().iter():
                if _local(el.tag) == "tableSlicerCache" and el.get("tableId") in tables:
                    dependents.append(f"the slicer cache {src.xml(target).getroot().get('name', target)!r}")
    for dn in wb_root.iter(_m("definedName")):
        for table in tables.values():
            if table and re.search(rf"(?<![\w.]){re.escape(table)}(?![\w.])", dn.text or "", re.IGNORECASE):
                dependents.append(f"the defined name {dn.get('name')!r}")
    if dependents:
        raise PackageError(
            f'sheet "{sheet}" (written by lkj-xl) holds an Excel table added by hand that '
            f"{', '.join(sorted(set(dependents)))} depends on; a build rewrites this sheet and would "
            "leave it pointing at nothing: move the table to another sheet — nothing was changed",
            src.filename,
        )


def _mark_owned(wb_root: etree._Element, positions: list[int], replaced_positions: set[int]) -> None:
    """Give every grafted sheet the owner name (one per sheet: an old one at its position goes)."""
    container = wb_root.find(_m("definedNames"))
    if container is None:
        container = etree.Element(_m("definedNames"))
        _insert_ordered(wb_root, container, _WORKBOOK_ORDER)
    targets = set(positions) | replaced_positions
    for dn in list(container):
        if ownership.is_owner_name(dn.get("name"), dn.text) and _int(dn.get("localSheetId"), -1) in targets:
            container.remove(dn)
    for pos in positions:
        el = etree.SubElement(container, _m("definedName"))
        el.set("name", ownership.OWNER_NAME)
        el.set("localSheetId", str(pos))
        el.set("hidden", "1")
        el.text = ownership.OWNER_VALUE


def graft_sheets(
    original: bytes, rendered: bytes, sheet_names: Sequence[str], *, filename: str | None = None
) -> bytes:
    """:func:`graft` without the list of discarded additions: the new package only."""
    return graft(original, rendered, sheet_names, filename=filename).data


def graft(
    original: bytes, rendered: bytes, sheet_names: Sequence[str], *, filename: str | None = None
) -> Graft:
    """Return ``original`` with the sheets ``sheet_names`` of ``rendered`` grafted in.

    ``original`` is the user's .xlsx/.xlsm (checked with :func:`check_package`; hostile input raises
    :class:`PackageError`). ``rendered`` is an xlsxwriter workbook holding (at least) the sheets
    ``sheet_names``. Existing sheets with those names (case-insensitive) are replaced in place when
    lkj-xl wrote them (:mod:`lkj_xl.core.ownership`); a sheet of the user's with such a name raises
    :class:`ForeignSheetError` and nothing is written. The others are appended. Every grafted sheet is
    marked with the owner name. Every other part of ``original`` is copied unchanged (see the module
    doc). What the user had added inside a replaced sheet is listed in :attr:`Graft.discarded`.
    Raises ValueError for programming errors (a name missing from ``rendered``, a 1900/1904 date
    system mismatch, parts an output sheet may not carry such as tables).
    """
    check_package(original, filename=filename)
    src = _Package(original, filename)
    ren = _Package(rendered, "rendered")
    names = list(sheet_names)
    if len({n.casefold() for n in names}) != len(names):
        raise ValueError(f"duplicate sheet names: {names}")
    if src.date1904() != ren.date1904():
        raise ValueError(
            "date system mismatch: the original workbook uses the "
            f"{'1904' if src.date1904() else '1900'} date system; render with "
            f"Workbook(options={{'date_1904': {src.date1904()}}})"
        )

    # -- the two workbooks
    wb_tree = src.xml(src.workbook)
    wb_root = wb_tree.getroot()
    if wb_root.tag != _m("workbook"):
        if etree.QName(wb_root).namespace == NS_STRICT_MAIN:
            raise PackageError(
                f"{_label(filename)} is saved in the 'Strict Open XML' format, which is not supported. "
                "Save it again as a regular 'Excel Workbook (.xlsx)'.",
                filename,
            )
        raise PackageError(f"{_label(filename)} is corrupt: {src.workbook} is not a workbook.", filename)
    wb_rels = src.rels(src.workbook)
    ctypes = src.content_types()
    ren_wb = ren.xml(ren.workbook).getroot()
    ren_rels = ren.rels(ren.workbook)
    ren_ctypes = ren.content_types()

    sheets_el = wb_root.find(_m("sheets"))
    if sheets_el is None:
        raise PackageError(f"{_label(filename)} is corrupt: the workbook has no list of sheets.", filename)
    sheet_els = [el for el in sheets_el if _local(el.tag) == "sheet"]
    ren_sheet_els = [el for el in ren_wb.iter(_m("sheet"))]
    ren_by_name = {el.get("name"): el for el in ren_sheet_els}
    for name in names:
        if name not in ren_by_name:
            raise ValueError(f"sheet {name!r} is not in the rendered workbook")

    views = wb_root.find(_m("bookViews"))
    view = views.find(_m("workbookView")) if views is not None else None
    active_tab = _int(view.get("activeTab", "0")) if view is not None else 0

    # -- plan: which sheet element, position and part each output sheet gets
    removed: set[str] = set()  # lower-case member names to drop
    orphan_roots: list[str] = []  # parts whose relationship closure may become orphaned
    skip_sources: set[str] = set()  # parts whose outgoing relationships disappear
    plan = []  # (name, sheet element, position, part name or None (allocate), replaced?)
    by_fold = {el.get("name", "").casefold(): (i, el) for i, el in enumerate(sheet_els)}
    owned_found = _check_ownership(src, wb_root, wb_rels, names, by_fold)
    next_sheet_id = max([0, *(_int(el.get("sheetId")) for el in sheet_els)]) + 1
    replaced_ids: set[str] = set()
    replaced_positions: set[int] = set()
    for name in names:
        hit = by_fold.get(name.casefold())
        if hit is None:
            plan.append([name, None, None, None, False])
            continue
        pos, el = hit
        rel = wb_rels.by_id(el.get(f"{{{NS_R}}}id", ""))
        replaced_ids.add(el.get("sheetId", ""))
        replaced_positions.add(pos)
        part = None
        if rel is not None:
            old_part = _resolve(src.workbook, rel.get("Target", ""))
            if src.has(old_part):
                old_part = src.names[old_part.lower()]
                orphan_roots.append(old_part)
                skip_sources.add(old_part.lower())
                removed.add(_rels_name(old_part).lower())
                if rel.get("Type") == RT_WORKSHEET:
                    part = old_part
                else:  # a chartsheet or dialog sheet of that name: its part goes, a worksheet comes
                    removed.add(old_part.lower())
        plan.append([name, el, pos, part, True])

    # parts that only the replaced sheets pointed to (drawings, comments, printer settings...)
    reachable = src.reachable(skip_sources)
    for root_part in orphan_roots:
        for part in src.closure(root_part):
            if part not in reachable and src.has(part):
                removed.add(part)
                removed.add(_rels_name(part).lower())
    for el in list(ctypes._els("Override")):
        if el.get("PartName", "").lstrip("/").lower() in removed:
            ctypes.tree.getroot().remove(el)
            ctypes.changed = True
    alloc = _Names(n for n in src.names if n not in removed)

    # -- styles
    styles_merge = None
    new_parts: dict[str, bytes] = {}  # member name -> bytes (replacements and additions)
    src_styles = next((_resolve(src.workbook, r.get("Target", "")) for r in wb_rels.by_type(RT_STYLES)), None)
    ren_styles = next(
        (_resolve(ren.workbook, r.get("Target", "")) for r in ren_rels.by_type(RT_STYLES)), None
    )
    if ren_styles is not None and ren.has(ren_styles):
        if src_styles is not None and src.has(src_styles):
            styles_tree = src.xml(src_styles)
            styles_merge = _StyleMerge(styles_tree, ren.xml(ren_styles))
            if styles_merge.changed:
                new_parts[src.names[src_styles.lower()]] = _serialize(styles_tree)
        else:  # no styles part at all: the rendered one becomes the workbook's
            part = alloc.alloc("xl/styles.xml") if alloc.taken & {"xl/styles.xml"} else "xl/styles.xml"
            alloc.claim(part)
            new_parts[part] = ren.read(ren_styles)
            wb_rels.add(RT_STYLES, _relative(src.workbook, part))
            ctypes.ensure(part, CT_STYLES)

    strings = _shared_strings(ren)
    sheet_dir = "xl/worksheets"
    for el in sheet_els:
        rel = wb_rels.by_id(el.get(f"{{{NS_R}}}id", ""))
        if rel is not None and rel.get("Type") == RT_WORKSHEET:
            sheet_dir = posixpath.dirname(_resolve(src.workbook, rel.get("Target", "")))
            break
    vml_used: set[int] | None = None
    any_formulas = False
    discarded: list[Discarded] = []

    for item in plan:
        name, el, pos, part, replaced = item
        ren_el = ren_by_name[name]
        ren_rel = ren_rels.by_id(ren_el.get(f"{{{NS_R}}}id", ""))
        if ren_rel is None or ren_rel.get("Type") != RT_WORKSHEET:
            raise ValueError(f"rendered sheet {name!r} is not a worksheet")
        ren_part = _resolve(ren.workbook, ren_rel.get("Target", ""))
        if owned_found.get(name):
            # what the tool writes itself (a comment on Pemeriksaan, say) is not the user's addition
            own = _additions(ren, ren_part)
            kept = tuple((kind, n) for kind, n in owned_found[name].items() if kind not in own)
            if kept:
                discarded.append(Discarded(name, kept))
        if part is None:
            part = alloc.alloc(posixpath.join(sheet_dir, "sheet1.xml"))
        if el is None:  # append a new sheet
            pos = len(sheet_els)
            rid = wb_rels.add(RT_WORKSHEET, _relative(src.workbook, part))
            el = etree.SubElement(sheets_el, _m("sheet"), nsmap={"r": NS_R})
            el.set("name", name)
            el.set("sheetId", str(next_sheet_id))
            el.set(f"{{{NS_R}}}id", rid)
            next_sheet_id += 1
            sheet_els.append(el)
        else:
            el.set("name", name)
            rel = wb_rels.by_id(el.get(f"{{{NS_R}}}id", ""))
            if rel is None:
                rid = wb_rels.add(RT_WORKSHEET, _relative(src.workbook, part))
                el.set(f"{{{NS_R}}}id", rid)
            elif (
                rel.get("Type") != RT_WORKSHEET
                or _resolve(src.workbook, rel.get("Target", "")).lower() != part.lower()
            ):
                rel.set("Type", RT_WORKSHEET)
                rel.set("Target", _relative(src.workbook, part))
                wb_rels.changed = True
        item[2] = pos
        if ren_el.get("state"):
            el.set("state", ren_el.get("state"))
        elif el.get("state") is not None:
            del el.attrib["state"]
        ctypes.ensure(part, CT_WORKSHEET)
        xml, has_f = _transform_sheet(ren.read(ren_part), styles_merge, strings, pos == active_tab, ren_part)
        any_formulas |= has_f
        new_parts[part] = xml
        removed.discard(part.lower())

        # the rendered sheet's own relationships, with copies of the parts they point to
        ren_sheet_rels = ren.rels(ren_part) if ren.has(_rels_name(ren_part)) else None
        if ren_sheet_rels is not None and ren_sheet_rels.items:
            if vml_used is None:
                vml_used = _used_vml_blocks(src, removed)
            new_rels = _copy_rels(
                ren, ren_part, part, ren_sheet_rels, alloc, new_parts, ctypes, ren_ctypes, vml_used
            )
            new_parts[_rels_name(part)] = _serialize(new_rels.tree)
            removed.discard(_rels_name(part).lower())

    # -- defined names
    _merge_defined_names(wb_root, ren_wb, plan, replaced_positions, ren_sheet_els)
    _mark_owned(wb_root, [item[2] for item in plan], replaced_positions)

    # -- calcChain: drop it if it lists cells of a replaced sheet (Excel rebuilds it)
    for rel in wb_rels.by_type(RT_CALC_CHAIN):
        part = _resolve(src.workbook, rel.get("Target", ""))
        if src.has(part) and _calc_chain_touches(src.xml(part).getroot(), replaced_ids):
            removed.add(part.lower())
            wb_rels.remove(rel)
            ctypes.remove_override(part)

    # -- output formulas have no trustworthy cached values: ask for a full recalculation on load
    if any_formulas:
        calc = wb_root.find(_m("calcPr"))
        if calc is None:
            calc = etree.Element(_m("calcPr"))
            _insert_ordered(wb_root, calc, _WORKBOOK_ORDER)
        calc.set("fullCalcOnLoad", "1")

    new_parts[src.workbook] = _serialize(wb_tree)
    new_parts[_rels_name(src.workbook)] = _serialize(wb_rels.tree)
    if ctypes.changed:
        new_parts[src.names["[content_types].xml"]] = _serialize(ctypes.tree)
    return Graft(_write_package(src, new_parts, removed), tuple(discarded))


def _copy_rels(
    ren: _Package,
    ren_part: str,
    part: str,
    ren_rels: _Rels,
    alloc: _Names,
    new_parts: dict[str, bytes],
    ctypes: _ContentTypes,
    ren_ctypes: _ContentTypes,
    vml_used: set[int],
    copied: dict[str, str] | None = None,
) -> _Rels:
    """Copy the parts ``ren_part`` points to (transitively) into the output; return the new rels."""
    copied = {} if copied is None else copied
    out = _Rels(None)
    for rel in ren_rels.items:
        rtype = rel.get("Type", "")
        kind = rtype.rsplit("/", 1)[-1]
        if kind not in _COPYABLE_RELS:
            raise ValueError(f"output sheets may not contain {kind!r} parts (found in {ren_part})")
        if rel.get("TargetMode") == "External":
            out.add(rtype, rel.get("Target", ""), "External", rid=rel.get("Id"))
            continue
        target = _resolve(ren_part, rel.get("Target", ""))
        if target.lower() not in copied:
            new_name = alloc.alloc(target)
            copied[target.lower()] = new_name
            data = ren.read(target)
            if target.lower().endswith(".vml"):
                data = _renumber_vml(data, vml_used)
            ctype = ren_ctypes.content_type(target)
            if ctype is None:
                raise ValueError(f"rendered part {target} has no content type")
            ctypes.ensure(new_name, ctype)
            if ren.has(_rels_name(target)):
                sub = _copy_rels(
                    ren,
                    target,
                    new_name,
                    ren.rels(target),
                    alloc,
                    new_parts,
                    ctypes,
                    ren_ctypes,
                    vml_used,
                    copied,
                )
                new_parts[_rels_name(new_name)] = _serialize(sub.tree)
            new_parts[new_name] = data
        out.add(rtype, _relative(part, copied[target.lower()]), rid=rel.get("Id"))
    return out


def _merge_defined_names(
    wb_root: etree._Element,
    ren_wb: etree._Element,
    plan: list,
    replaced_positions: set[int],
    ren_sheet_els: list[etree._Element],
) -> None:
    container = wb_root.find(_m("definedNames"))
    if container is not None:
        for dn in list(container):
            if _local(dn.tag) != "definedName":
                continue
            lsid = dn.get("localSheetId")
            if (
                lsid is not None
                and lsid.isdigit()
                and int(lsid) in replaced_positions
                and dn.get("name", "").lower() in _SHEET_SETUP_NAMES
            ):
                container.remove(dn)
    new_pos = {item[0]: item[2] for item in plan}
    ren_names = [el.get("name") for el in ren_sheet_els]
    additions = []
    for dn in ren_wb.iter(_m("definedName")):
        lsid = dn.get("localSheetId")
        copy_el = copy.deepcopy(dn)
        copy_el.tail = None
        if lsid is None:
            additions.append((copy_el, None))
            continue
        idx = int(lsid)
        if idx < len(ren_names) and ren_names[idx] in new_pos:
            copy_el.set("localSheetId", str(new_pos[ren_names[idx]]))
            additions.append((copy_el, new_pos[ren_names[idx]]))
    if not additions:
        if container is not None and not len(container):
            wb_root.remove(container)
        return
    if container is None:
        container = etree.Element(_m("definedNames"))
        _insert_ordered(wb_root, container, _WORKBOOK_ORDER)
    for el, pos in additions:
        if pos is None:  # a workbook-level name made by the tool: replaces one of the same name
            for old in container:
                if (
                    old.get("localSheetId") is None
                    and old.get("name", "").lower() == el.get("name", "").lower()
                ):
                    container.remove(old)
        container.append(el)
    if not len(container):
        wb_root.remove(container)


def _calc_chain_touches(root: etree._Element, sheet_ids: set[str]) -> bool:
    current = None
    for c in root:
        if _local(c.tag) != "c":
            continue
        current = c.get("i", current)
        if current in sheet_ids:
            return True
    return False


def _write_package(src: _Package, new_parts: dict[str, bytes], removed: set[str]) -> bytes:
    out = io.BytesIO()
    pending = {name.lower(): (name, data) for name, data in new_parts.items()}
    now = time.localtime()[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in src.infos:
            key = info.filename.lower()
            if key not in pending and key in removed:
                continue
            zi = zipfile.ZipInfo(info.filename, info.date_time)
            zi.compress_type = (
                zipfile.ZIP_STORED if info.compress_type == zipfile.ZIP_STORED else zipfile.ZIP_DEFLATED
            )
            zi.external_attr = info.external_attr
            zi.comment = info.comment
            if key in pending:
                zout.writestr(zi, pending.pop(key)[1])
            else:  # unchanged: streamed through in chunks, never held whole
                zi.file_size = info.file_size
                with zout.open(zi, "w") as dst:
                    for chunk in _iter_member(src.zf, info, src.filename):
                        dst.write(chunk)
        for name, data in pending.values():
            zi = zipfile.ZipInfo(name, now)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
        zout.comment = src.zf.comment
    return out.getvalue()
