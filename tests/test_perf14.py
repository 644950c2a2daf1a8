"""perf14: the speed-ups keep what they replaced. model.walk is a stack (nested generators before): the
same depth-first workbook order, children added during the walk walked; the byte scan skips a pattern
whose literal start is absent, and still finds every cell the pattern is there for."""

from __future__ import annotations

import re

import pytest

from lkj_xl.core.model import Node, walk
from lkj_xl.xlsx import fastread
from lkj_xl.xlsx.ooxml import NS_MAIN


def _node(kode: str, *children: Node) -> Node:
    return Node(kode, "Sasaran", kode, "", children=list(children))


def test_walk_is_depth_first_in_workbook_order() -> None:
    # Hand-written pre-order of the tree 1(1.1(1.1.1, 1.1.2), 1.2), 2(2.1).
    roots = [_node("1", _node("1.1", _node("1.1.1"), _node("1.1.2")), _node("1.2")), _node("2", _node("2.1"))]
    assert [n.kode for n in walk(roots)] == ["1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1"]
    assert list(walk([])) == []


def test_walk_sees_children_added_while_walking() -> None:
    # hierarchy.build_nodes sets each child's depth from its parent's during the walk: a child given
    # to a node as it is reached is walked next, as the nested generators did.
    roots = [_node("1"), _node("2")]
    seen = []
    for node in walk(roots):
        seen.append(node.kode)
        if node.kode == "1":
            node.children.append(_node("1.1"))
    assert seen == ["1", "1.1", "2"]


def test_walk_of_a_deep_chain() -> None:
    # 3000 levels (a chain no Renja has): the nested generators stopped at Python's recursion limit.
    root = node = _node("0")
    for i in range(1, 3000):
        child = _node(str(i))
        node.children.append(child)
        node = child
    assert [n.kode for n in walk([root])] == [str(i) for i in range(3000)]


def _sheet(cells: bytes) -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="' + NS_MAIN.encode() + b'"><sheetData>'
        b'<row r="1">' + cells + b"</row></sheetData></worksheet>"
    )


SPECIAL = re.compile(rb' s="(?:3)"')  # style 3 a percent format


@pytest.mark.parametrize(
    "cell",
    [
        b'<c r="A1" t="inlineStr"><is><t>satu</t></is></c>',  # an inline string
        b'<c r="A1"><f>B1*2</f><v>4</v></c>',  # a formula
        b'<c r="A1" s="3"><v>0.4071</v></c>',  # a percent-styled number
        b'<c r="A1" t="e"><v>#N/A</v></c>',  # an error
    ],
)
def test_scan_finds_the_special_cell(cell: bytes) -> None:
    plain = b'<c r="B1"><v>12</v></c>'
    scan = fastread._Scan(_sheet(cell + plain), SPECIAL, None)
    at = len(b'<row r="1">')  # (offsets in sheetData: the row's tag first)
    assert scan.cell_spans() == [(at, at + len(cell))]  # the special cell, not the plain number after it
    assert fastread._Scan(_sheet(plain), SPECIAL, None).cell_spans() == []


def test_scan_leaves_a_zero_led_style_to_the_lxml_reader() -> None:
    # s="03" is style 3 to both readers but not to the scan's pattern: read by the lxml reader.
    with pytest.raises(fastread._Slow):
        fastread._Scan(_sheet(b'<c r="A1" s="03"><v>0.5</v></c>'), SPECIAL, None)
    fastread._Scan(_sheet(b'<c r="A1" s="30"><v>0.5</v></c>'), SPECIAL, None)  # style 30: no refusal
