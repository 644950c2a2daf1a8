"""Merging the rendered workbook's styles into the user's ``xl/styles.xml``.

Fonts, fills, borders, number formats, cell formats and differential formats of the rendered
workbook are appended to the original's, de-duplicated by structure; :class:`StyleMerge` maps the
rendered indices to the merged ones so that the grafted sheets can be rewritten.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from lxml import etree

from lkj_xl.xlsx.opc import insert_ordered, int_attr, m

# Order of the children of <styleSheet> (ECMA-376 schema): where to insert a new one.
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


def _key(el: etree._Element) -> tuple:
    """Prefix-independent structural identity of an element (for de-duplicating styles)."""
    children = tuple(_key(ch) for ch in el if isinstance(ch.tag, str))
    return (el.tag, tuple(sorted(el.attrib.items())), (el.text or "").strip(), children)


class StyleMerge:
    """Append the rendered workbook's styles to the original's; maps rendered indices to merged ones."""

    def __init__(self, dst: etree._ElementTree, src: etree._ElementTree):
        self.dst = dst.getroot()
        self.src = src.getroot()
        self.changed = False
        self._numfmt_map: dict[int, int] = {}
        self._dst_numfmt_codes = {}
        self._used_numfmt_ids: set[int] = set()
        for nf in self._section(self.dst, "numFmts"):
            fid = int_attr(nf.get("numFmtId"), -1)
            self._used_numfmt_ids.add(fid)
            self._dst_numfmt_codes.setdefault(nf.get("formatCode"), fid)
        src_numfmts = {
            int(nf.get("numFmtId", "0")): nf.get("formatCode") for nf in self._section(self.src, "numFmts")
        }
        for fid, code in src_numfmts.items():
            self._numfmt_map[fid] = self._numfmt_id(code)
        self.font_map = self._merge("fonts")
        self.fill_map = self._merge("fills")
        self.border_map = self._merge("borders")
        self.xf_map = self._merge_xfs()
        self.dxf_map = self._merge_dxfs()

    @staticmethod
    def _section(root: etree._Element, name: str) -> list[etree._Element]:
        sec = root.find(m(name))
        return [] if sec is None else [el for el in sec if isinstance(el.tag, str)]

    def _container(self, name: str) -> etree._Element:
        sec = self.dst.find(m(name))
        if sec is None:
            sec = etree.Element(m(name))
            insert_ordered(self.dst, sec, _STYLES_ORDER)
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
        nf = etree.Element(m("numFmt"))
        nf.set("numFmtId", str(new_id))
        nf.set("formatCode", code or "General")
        self._append("numFmts", nf)
        return new_id

    def _map_numfmt(self, fid: int) -> int:
        return self._numfmt_map.get(fid, fid)

    def _merge(
        self, section: str, rewrite: Callable[[etree._Element], None] | None = None, first: int = 0
    ) -> dict[int, int]:
        """Append the rendered entries of ``section`` (from index ``first``, each copied and passed
        through ``rewrite``) that the original lacks; returns rendered index -> merged index."""
        existing: dict[tuple, int] = {}
        for i, el in enumerate(self._section(self.dst, section)):
            existing.setdefault(_key(el), i)
        mapping: dict[int, int] = {}
        for i, el in enumerate(self._section(self.src, section)):
            if i < first:
                continue
            el = copy.deepcopy(el)
            if rewrite is not None:
                rewrite(el)
            k = _key(el)
            if k not in existing:
                existing[k] = self._append(section, el)
            mapping[i] = existing[k]
        return mapping

    def _merge_xfs(self) -> dict[int, int]:
        def rewrite(xf: etree._Element) -> None:
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

        # the default format (index 0) stays the workbook's default format
        return {0: 0, **self._merge("cellXfs", rewrite, first=1)}

    def _merge_dxfs(self) -> dict[int, int]:
        def rewrite(dxf: etree._Element) -> None:
            for nf in dxf.iter(m("numFmt")):
                nf.set("numFmtId", str(self._numfmt_id(nf.get("formatCode"))))

        return self._merge("dxfs", rewrite)
