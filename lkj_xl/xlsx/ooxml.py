"""The OOXML vocabulary and part-name arithmetic, with the standard library only.

Namespaces, relationship and content types, and the one place that turns a relationship's target
into a zip member name (:func:`resolve`). Kept free of lxml so that the PDF export and the add-in
can import it at module import time.
"""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

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
RT_VML_DRAWING = _RT + "vmlDrawing"

CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
CT_RELS = "application/vnd.openxmlformats-package.relationships+xml"

WORKBOOK_PART = "xl/workbook.xml"
"""Where Excel puts the workbook part (the officeDocument relationship says where it really is)."""


def resolve(source_part: str, target: str) -> str:
    """Zip member name of a relationship target, relative to ``source_part`` ("" for the package)."""
    target = unquote(target.split("#", 1)[0])
    if target.startswith("/"):
        return posixpath.normpath(target[1:])
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target))


def relative(source_part: str, target_part: str) -> str:
    """The relationship target that points from ``source_part`` to ``target_part``."""
    return posixpath.relpath(target_part, posixpath.dirname(source_part) or ".")


def rels_name(part: str) -> str:
    """Name of the relationships part of ``part`` (``xl/_rels/workbook.xml.rels``)."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")
