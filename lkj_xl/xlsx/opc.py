"""The OPC model of a workbook package: parts, relationships, content types.

:func:`open_package` opens and checks a user's package once (:mod:`lkj_xl.xlsx.zipsafe`: zip bombs,
DTDs, encrypted and legacy files); the :class:`Package` it returns is what reading the input sheets,
the date system and the graft all take, so a build validates the user's file a single time.
Relationship targets are resolved by :func:`lkj_xl.xlsx.ooxml.resolve`, nowhere else.
"""

from __future__ import annotations

import copy
import io
import posixpath
import re
import time
import zipfile
from collections.abc import Iterable, Sequence
from typing import IO

from lxml import etree

from lkj_xl.xlsx.ooxml import (
    NS_CT,
    NS_MAIN,
    NS_PKG_REL,
    NS_STRICT_MAIN,
    RT_OFFICE_DOCUMENT,
    RT_SHARED_STRINGS,
    WORKBOOK_PART,
    rels_name,
    resolve,
)
from lkj_xl.xlsx.zipsafe import (
    ARCHIVE,
    OTHER_FORMAT,
    SLIDES,
    STRICT,
    WORD,
    PackageError,
    iter_member,
    label,
    open_zip,
    parse_xml,
    read_member,
    scan_members,
)

# Order of the children of <workbook> (ECMA-376 schema): where to insert a new one.
WORKBOOK_ORDER = (
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


def m(tag: str) -> str:
    """``tag`` in the (transitional) SpreadsheetML namespace."""
    return f"{{{NS_MAIN}}}{tag}"


def local(tag: object) -> str:
    """Local name of an element's tag ("" for comments and processing instructions).

    A parsed element's tag is "{namespace}name" or "name", and no XML name holds a "}": what
    ``etree.QName(tag).localname`` gives, without building a QName (the reader asks per cell)."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def int_attr(value: object, default: int = 0) -> int:
    """An integer attribute of an untrusted part (garbage counts as ``default``)."""
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def string_text(item: etree._Element) -> str:
    """Text of a shared or inline string (rich runs joined, phonetic hints left out), as Excel shows
    it (:func:`xstring`)."""
    return xstring(
        "".join(
            t.text or "" for t in item.iter() if local(t.tag) == "t" and local(t.getparent().tag) != "rPh"
        )
    )


_XSTRING_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _escaped_char(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    if code in (0x0B, 0x0C):
        return "\n"  # a vertical tab or form feed copied from a PDF or Word's Shift+Enter: a line break
    if code < 32 and code not in (9, 10, 13) or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
        return ""  # a control character (Excel shows nothing) or one no XML or Word file can hold
    return chr(code)


def xstring(text: str) -> str:
    """A cell text as Excel shows it: its ``_xHHHH_`` escapes decoded (how a spreadsheet file holds a
    character XML cannot: a carriage return pasted from Word is ``_x000D_``, a literal "_x000D_" typed
    is ``_x005F_x000D_``). The carriage return of a line break is dropped (the break stays); a vertical
    tab or form feed (a line break in the PDF or Word text it was pasted from) is a line break; any
    other control character Excel shows as nothing is dropped, so no sheet, e-mail or Word document prints
    "_x0007_" or chokes on the character."""
    if "_x" not in text:
        return text
    return _XSTRING_ESCAPE.sub(_escaped_char, text).replace("\r\n", "\n").replace("\r", "\n")


def serialize(tree: etree._ElementTree) -> bytes:
    """XML bytes with the declaration Excel itself writes."""
    standalone = tree.docinfo.standalone
    decl = '<?xml version="1.0" encoding="UTF-8"%s?>\r\n' % (
        ' standalone="yes"' if standalone is not False else ""
    )
    return decl.encode("ascii") + etree.tostring(tree, encoding="UTF-8", xml_declaration=False)


def insert_ordered(parent: etree._Element, child: etree._Element, order: Sequence[str]) -> None:
    """Insert ``child`` before the first sibling that the schema orders after it."""
    name = local(child.tag)
    later = set(order[order.index(name) + 1 :])
    for i, sib in enumerate(parent):
        if local(sib.tag) in later:
            parent.insert(i, child)
            return
    parent.append(child)


class Rels:
    """A relationships part, edited in place."""

    def __init__(self, tree: etree._ElementTree | None):
        if tree is None:
            root = etree.Element(f"{{{NS_PKG_REL}}}Relationships", nsmap={None: NS_PKG_REL})
            tree = etree.ElementTree(root)
        self.tree = tree
        self.changed = False

    @property
    def items(self) -> list[etree._Element]:
        return [el for el in self.tree.getroot() if local(el.tag) == "Relationship"]

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


class ContentTypes:
    def __init__(self, tree: etree._ElementTree):
        self.tree = tree
        self.changed = False

    def elements(self, kind: str) -> list[etree._Element]:
        return [el for el in self.tree.getroot() if local(el.tag) == kind]

    def override(self, part: str) -> etree._Element | None:
        key = "/" + part.lower()
        return next((el for el in self.elements("Override") if el.get("PartName", "").lower() == key), None)

    def default(self, ext: str) -> str | None:
        ext = ext.lower()
        for el in self.elements("Default"):
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


# The folders of an Office package's parts: a ZIP holding one of them is a workbook damaged (it lost its
# [Content_Types].xml and xl/workbook.xml), not an archive of other files to extract
_PACKAGE_FOLDERS = ("xl/", "_rels/", "docprops/", "customxml/")


def _archive(names: dict[str, str]) -> bool:
    """``names`` (the ZIP's, lower case) are an archive of other files: some file, none of a package's."""
    files = [name for name in names if not name.endswith("/")]
    return (
        bool(files)
        and "[content_types].xml" not in names
        and not any(name.startswith(_PACKAGE_FOLDERS) for name in files)
    )


# Another Office document's main part, by its folder: (what it is, PackageError.kind)
_OTHER_DOCUMENTS = {
    "word/": ("a Word document (.docx)", WORD),
    "ppt/": ("a PowerPoint presentation (.pptx)", SLIDES),
}


def _other_document(target: str | None, names: dict[str, str], filename: str | None) -> None:
    """Refuse a Word document or a PowerPoint presentation renamed .xlsx (its office document
    ``word/document.xml``, ``ppt/presentation.xml``): named so, never read as a workbook of no sheet."""
    main = (
        (target or "").lower()
        if target
        else next((name for name in ("word/document.xml", "ppt/presentation.xml") if name in names), "")
    )
    for folder, (what, kind) in _OTHER_DOCUMENTS.items():
        if main.startswith(folder) and WORKBOOK_PART not in names:
            raise PackageError(
                f"{label(filename)} is not an Excel workbook (.xlsx/.xlsm): it has no xl/workbook.xml. "
                f"It is {what}, not an Excel workbook: ask for the agency's .xlsx workbook.",
                filename,
                kind,
            )


def _workbook_part(zf: zipfile.ZipFile, names: dict[str, str], filename: str | None) -> str:
    """Name of the workbook part (via _rels/.rels, else the conventional xl/workbook.xml)."""
    target = None
    root_rels = names.get("_rels/.rels")
    if root_rels is not None:
        tree = parse_xml(read_member(zf, zf.getinfo(root_rels), filename), root_rels, filename)
        for rel in tree.getroot():
            if rel.get("Type") == RT_OFFICE_DOCUMENT and rel.get("TargetMode") != "External":
                target = resolve("", rel.get("Target", ""))
                break
    _other_document(target, names, filename)
    if target is None and WORKBOOK_PART in names:
        target = WORKBOOK_PART
    if target is not None and target.lower() in names and target.lower().endswith(".xml"):
        return names[target.lower()]
    if "xl/workbook.bin" in names or (target or "").lower().endswith(".bin"):
        hint = " It is a binary workbook (.xlsb): save it again as 'Excel Workbook (.xlsx)'."
    elif "mimetype" in names or "content.xml" in names:
        hint = " It looks like an OpenDocument spreadsheet (.ods): save it as 'Excel 2007-365 (.xlsx)'."
    elif _archive(names):  # no Office package at all: files zipped, renamed .xlsx
        raise PackageError(
            f"{label(filename)} is not an Excel workbook (.xlsx/.xlsm): it has no xl/workbook.xml. It is a "
            "ZIP archive of other files: extract it and run on the workbooks inside.",
            filename,
            ARCHIVE,
        )
    else:
        hint = ""
    raise PackageError(
        f"{label(filename)} is not an Excel workbook (.xlsx/.xlsm): it has no xl/workbook.xml.{hint}",
        filename,
        OTHER_FORMAT if hint else None,
    )


def strict_format_error(filename: str | None) -> PackageError:
    """A workbook saved as 'Strict Open XML Spreadsheet' (Excel's Save As offers it): other namespaces
    throughout, which the reader and the graft do not take."""
    return PackageError(
        f"{label(filename)} is saved in the 'Strict Open XML' format, which is not supported. Save it "
        "again as a regular 'Excel Workbook (.xlsx)'.",
        filename,
        STRICT,
    )


class Package:
    """A read-only view of a package's zip members; its directory and workbook part are validated.

    ``checked`` tells whether every member was inflated and scanned too (:meth:`check`,
    :func:`open_package`): only a checked package of the user's may be read or grafted.
    """

    def __init__(self, data: bytes, filename: str | None):
        self.filename = filename
        self.data = bytes(data)  # the package's bytes (the fast reader hands them to python-calamine)
        self.zf = open_zip(data, filename)
        self.infos = self.zf.infolist()
        self.names = {i.filename.lower(): i.filename for i in self.infos}
        self.workbook = _workbook_part(self.zf, self.names, filename)
        self.checked = False
        self._parts: dict[str, bytes] = {}  # XML members as the check inflated them
        self._targets: dict[str, list[tuple[etree._Element, str]]] = {}  # internal_targets, per part

    def check(self) -> Package:
        """Inflate and scan every member (bounded): see :func:`check_package`. Returns ``self``."""
        if not self.checked:
            scan_members(self.zf, self.filename, keep=self._parts, archive=self.data)
            self.checked = True
        return self

    def named(self, filename: str | None) -> Package:
        """The same package, its messages naming ``filename``."""
        if filename is None or filename == self.filename:
            return self
        other = copy.copy(self)
        other.filename = filename
        return other

    def has(self, name: str) -> bool:
        return name.lower() in self.names

    def read(self, name: str) -> bytes:
        member = self.names[name.lower()]
        kept = self._parts.get(member)
        if kept is not None:
            return kept
        return read_member(self.zf, self.zf.getinfo(member), self.filename, self.data)

    def stream(self, name: str) -> IO[bytes] | None:
        """The member ``name`` opened for streaming (a checked package's sizes are known safe)."""
        return self.zf.open(self.names[name.lower()]) if self.has(name) else None

    def xml(self, name: str) -> etree._ElementTree:
        return parse_xml(self.read(name), self.names[name.lower()], self.filename)

    def rels(self, part: str) -> Rels:
        name = rels_name(part)
        return Rels(self.xml(name) if self.has(name) else None)

    def content_types(self) -> ContentTypes:
        if not self.has("[Content_Types].xml"):
            raise PackageError(
                f"{label(self.filename)} is corrupt: it has no [Content_Types].xml.", self.filename
            )
        return ContentTypes(self.xml("[Content_Types].xml"))

    def internal_targets(self, part: str) -> list[tuple[etree._Element, str]]:
        """(relationship, resolved target) of the internal relationships of ``part``."""
        if not self.has(rels_name(part)):
            return []
        if part.lower() not in self._targets:  # parts never change: parsed once (read, styles, graft)
            self._targets[part.lower()] = [
                (rel, resolve(part, rel.get("Target", "")))
                for rel in self.rels(part).items
                if rel.get("TargetMode") != "External"
            ]
        return list(self._targets[part.lower()])

    def target_of_type(self, part: str, rtype: str) -> str | None:
        """The resolved target of the first relationship of type ``rtype`` of ``part``, if any.

        Types are compared by their last segment, which transitional and Strict OOXML share."""
        kind = rtype.rsplit("/", 1)[-1]
        for rel, target in self.internal_targets(part):
            if rel.get("Type", "").rsplit("/", 1)[-1] == kind:
                return target
        return None

    def _walk(self, todo: list[str], seen: set[str], skip: set[str]) -> set[str]:
        while todo:
            key = todo.pop().lower()
            if key in seen:
                continue
            seen.add(key)
            if key not in skip and self.has(key):
                todo.extend(t for _rel, t in self.internal_targets(self.names[key]))
        return seen

    def reachable(self, skip_sources: set[str]) -> set[str]:
        """Lower-case names of parts reachable from the package root, not following ``skip_sources``."""
        return self._walk([t for _rel, t in self.internal_targets("")], set(), skip_sources)

    def closure(self, start: str) -> set[str]:
        """Lower-case names of the parts ``start`` points to, transitively (not ``start`` itself)."""
        seen = self._walk([t for _rel, t in self.internal_targets(start)], {start.lower()}, set())
        return seen - {start.lower()}

    def date1904(self) -> bool:
        """True if the workbook counts dates from 1904."""
        root = self.xml(self.workbook).getroot()
        for pr in root.iter(m("workbookPr"), f"{{{NS_STRICT_MAIN}}}workbookPr"):
            return pr.get("date1904", "0").lower() in ("1", "true")
        return False

    def shared_strings(self) -> list[etree._Element]:
        """The ``<si>`` items of the workbook's shared strings part (none when it has none)."""
        part = self.target_of_type(self.workbook, RT_SHARED_STRINGS)
        if part is None or not self.has(part):
            return []
        return [si for si in self.xml(part).getroot() if local(si.tag) == "si"]


def open_package(data: bytes | Package, filename: str | None = None) -> Package:
    """Open a user's package and check it once (see :func:`check_package`); a :class:`Package`
    given is checked if it was not yet and returned."""
    if isinstance(data, Package):
        return data.check()
    return Package(data, filename).check()


def check_package(data: bytes, *, filename: str | None = None) -> None:
    """Refuse a file that is not a safe .xlsx/.xlsm package, with a :class:`PackageError`.

    Checks, in bounded time and memory (every part is inflated in 1 MiB chunks, at most
    MAX_PART_SIZE per part and MAX_TOTAL_SIZE in all): OLE files (encrypted workbooks, legacy .xls),
    not-a-zip and truncated zips, encrypted members, duplicate part names, too many parts, parts
    whose declared or actual size or compression ratio is too large (zip bombs), packages without a
    workbook part, and DTD/ENTITY declarations or unusual encodings in any XML part.
    """
    open_package(data, filename)


def uses_1904_dates(data: bytes | Package, *, filename: str | None = None) -> bool:
    """True if the workbook counts dates from 1904 (render output sheets with ``date_1904`` then)."""
    pkg = data if isinstance(data, Package) else Package(data, filename)
    return pkg.date1904()


class PartNames:
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


def write_package(src: Package, new_parts: dict[str, bytes], removed: set[str]) -> bytes:
    """``src`` with the members ``new_parts`` replaced or added and ``removed`` (lower-case) left out;
    unchanged members are streamed through as they were."""
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
                    for chunk in iter_member(src.zf, info, src.filename):
                        dst.write(chunk)
        for name, data in pending.values():
            zi = zipfile.ZipInfo(name, now)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
        zout.comment = src.zf.comment
    return out.getvalue()
