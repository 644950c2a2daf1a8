"""The fast reader's shared strings (:mod:`lkj_xl.xlsx.fastread`), and the checks both share: libxml2's
verdict on a part, and a quick search for a needle among a sheet's bytes.

The values come from the C pass (``lkj_xl.xlsx._sheetxml``, built by setup.py where a C compiler is:
one libxml2 pass gives the verdict and the values) or, where it is not built, from python-calamine,
with the part checked by libxml2 through lxml first. Both read only what the lxml reader reads alike.
"""

from __future__ import annotations

import posixpath
import re
from typing import NamedTuple

from lxml import etree

from lkj_xl.xlsx.ooxml import NS_MAIN, RT_SHARED_STRINGS
from lkj_xl.xlsx.opc import Package, xstring

try:  # the C pass (setup.py): where it is not built, python-calamine reads the values, the same ones
    from lkj_xl.xlsx import _sheetxml as sheetxml  # type: ignore[attr-defined]
except ImportError:
    sheetxml = None

MAIN = NS_MAIN.encode()


class _NoEvents:
    """A parser target without callbacks: libxml2 checks the XML in C, nothing is built."""

    def close(self) -> None:
        return None


def well_formed(xml: bytes) -> bool:
    """What the lxml reader would parse without an error (the same libxml2, the same options):
    python-calamine is more lenient, and a damaged part must be refused, not half read."""
    parser = etree.XMLParser(
        target=_NoEvents(), resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        etree.fromstring(xml, parser)
    except etree.XMLSyntaxError:
        return False
    # The lxml reader also raises on libxml2's errors that are not fatal (an undeclared namespace
    # prefix, an empty namespace name), which a parser target lets pass; and on an xml:id its tree
    # builder finds wrong, which a target never sees (the prefix xml cannot be bound to another name).
    return not any(e.level >= etree.ErrorLevels.ERROR for e in parser.error_log) and b"xml:id" not in xml


def holds(data: bytes, needle: bytes, rare: bytes, start: int = 0, end: int | None = None) -> bool:
    """``needle in data[start:end]``, searched for only between the first and the last ``rare`` byte
    (one of ``needle``'s): a one-byte search is a memchr (memrchr from the end), many times faster
    than a search for a longer needle, and such a byte is often absent or in a few rows only (no
    "f" in a sheetData without formulas, the "i" of customHeight in its first rows)."""
    end = len(data) if end is None else end
    first = data.find(rare, start, end)
    if first < 0:
        return False
    at = needle.index(rare)  # every occurrence's rare byte lies in [first, last]
    return (
        data.find(needle, max(first - at, start), min(data.rfind(rare, start, end) - at + len(needle), end))
        >= 0
    )


# An empty shared string, as Excel, LibreOffice and openpyxl write it.
_EMPTY_SI = re.compile(rb'<si>(?:<t></t>|<t/>|<t xml:space="preserve"></t>)?</si>')
_SPACES = (b" ", b"\t", b"\r", b"\n")
# A <t> whose text holds an element (<t>U<v>x</v>nggulan</t>: schema-invalid, well-formed). Possessive
# (*+): giving back a character of a run that excludes what must follow can never match, and each
# text's run was given back a character at a time (a tenth of the time on 800 texts).
_ELEMENT_IN_TEXT = re.compile(rb"<t(?: [^>]*+)?>[^<]*+<(?!/t>)")


class Strings(NamedTuple):
    empty: list[int]  # the indices of the empty shared strings
    texts: list[str] | None  # every shared string's text (the C pass's, as the lxml reader has them), None
    # when python-calamine reads them


def shared_strings(pkg: Package) -> Strings | None:
    """The shared strings, when python-calamine (or the C pass) reads the shared strings part the
    lxml reader reads and reads it the same way; None otherwise."""
    ours = pkg.target_of_type(pkg.workbook, RT_SHARED_STRINGS)
    ours = ours if ours is not None and pkg.has(ours) else None
    folder = posixpath.dirname(pkg.workbook)
    theirs = posixpath.join(folder, "sharedStrings.xml") if folder else "sharedStrings.xml"
    if ours is None:
        return None if pkg.has(theirs) else Strings([], [] if sheetxml is not None else None)
    if ours.lower() != theirs.lower():
        return None
    sst = pkg.read(ours)
    if sheetxml is not None:
        texts = sheetxml.read_strings(sst)  # also libxml2's verdict on the part
        return _c_strings(texts) if texts is not None else None
    if not well_formed(sst):
        return None
    empty = _empty_strings(sst)
    return Strings(empty, None) if empty is not None else None


def _c_strings(texts: list[str]) -> Strings:
    """The C pass's texts as the lxml reader has them (opc.string_text): it joins the same runs and
    keeps every character, but decodes no ``_xHHHH_`` escape (written plainly or with character
    references, ``&#95;x000D_``), so a text holding "_x" is decoded here as that reader decodes it.
    The checks of :func:`_empty_strings` are python-calamine's (it trims and unescapes), not the C
    pass's: the texts themselves say which are empty, without scanning the part's bytes again."""
    texts = [xstring(text) if "_x" in text else text for text in texts]
    return Strings([i for i, text in enumerate(texts) if not text], texts)


def _empty_strings(sst: bytes) -> list[int] | None:
    """The indices of the empty shared strings of a well-formed part, or None when python-calamine
    would read the part otherwise than the lxml reader (the C pass's texts: :func:`_c_strings`).

    (A search for one byte is a fast memchr: a longer needle is looked for only when its rarest
    byte is there.)"""
    # python-calamine unescapes _xHHHH_, trims unpreserved whitespace and skips a self-closed <si/>.
    if (b"_" in sst and b"_x" in sst) or b"<si/>" in sst or b"<si><rPh" in sst:
        return None
    if b"[" in sst and b"<![CDATA[" in sst:
        return None
    if _ELEMENT_IN_TEXT.search(sst):
        return None  # python-calamine joins the texts around it; the lxml reader keeps the first
    if sst.count(MAIN) != 1 or sst.count(b"<t ") != sst.count(b'<t xml:space="preserve">'):
        return None
    spaces = [ws for ws in _SPACES if ws in sst]  # (the line break after the declaration, often alone)
    if any(holds(sst, b"<t>" + ws, ws) for ws in spaces):
        return None
    for ws in spaces:
        at = sst.find(ws + b"</t>") if holds(sst, ws + b"</t>", ws) else -1
        while at >= 0:
            if not sst.startswith(b'<t xml:space="preserve">', sst.rfind(b"<t", 0, at)):
                return None
            at = sst.find(ws + b"</t>", at + 1)
    # An empty string is "" to python-calamine, which is also what it gives for no cell: find them.
    empty_texts = sst.count(b"<t/>")
    if b"></t>" in sst:
        empty_texts += sst.count(b"<t></t>") + sst.count(b'"preserve"></t>')
    if not empty_texts and b"<si></si>" not in sst:
        return []
    if sst.count(b"<si") != sst.count(b"<si>"):
        return None
    empty: list[int] = []
    index = seen = 0
    for m in _EMPTY_SI.finditer(sst):
        index += sst.count(b"<si>", seen, m.start())
        seen = m.start()
        empty.append(index)
    if len(empty) != empty_texts + sst.count(b"<si></si>"):
        return None  # an empty run inside a rich text
    return empty
