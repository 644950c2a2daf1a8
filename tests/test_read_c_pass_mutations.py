"""The fast reader's C pass (lkj_xl/xlsx/_sheetxml.c) on damaged parts: seeded mutations of real sheet
and shared strings parts (the example's, the template's, a tests/bench_build.py district workbook's).

Its promise: it answers None, or libxml2 through lxml (the lxml reader's own parse) accepts the part and
the values are the lxml reader's. Each mutation deletes, inserts (``<``, ``&``, ``&#0;``, ``]]>``,
invalid UTF-8, a BOM, an element under an undeclared prefix, a duplicate attribute, 100 nested
elements, ...), truncates, swaps or re-declares the encoding; a third get a second one.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
import safety_books as S
from corpus import workbooks as W
from lxml import etree
from test_read_fast import TEMPLATE, assert_same, fast_used, value_reader  # noqa: F401

from lkj_xl.core import contract as C
from lkj_xl.core.long_text import clipped_cell
from lkj_xl.core.model import Cell
from lkj_xl.xlsx import fast_strings
from lkj_xl.xlsx.opc import local
from lkj_xl.xlsx.read import MAX_TEXT

# read_sheet's last arguments, as fastread passes them
CELLS = (Cell, clipped_cell, MAX_TEXT)

INSERTS = [
    b"<", b">", b"&", b"&#0;", b"]]>", b"\xff", b"\xc3", b"\xef\xbb\xbf", b'"', b"<!--", b"<?x?>",
    b"<![CDATA[x]]>", b"&amp;", b"&#x41;", b"&#65;", b"&#xD800;", b"&foo;", b"&lt;", b"q:", b"<q:x/>",
    b' xmlns:q=""', b' xmlns="urn:x"', b" xml:id=\"1\"", b' a="1" a="2"', b"<!DOCTYPE x>", b"\x00",
    b"\x01", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"<x/>", b"</c>", b"<c>", b"<v>",
    b"</v>", b"<t>", b"</t>", b"<si>", b"</si>", b"<rPh>", b"</row>",
]  # fmt: skip
ENCODINGS = [b'encoding="UTF-16"', b'encoding="ISO-8859-1"', b'encoding="bogus"', b'encoding="utf-8"']


def mutate(x: bytes, rng: random.Random) -> bytes:
    n = len(x)
    if n < 4:
        return x + rng.choice(INSERTS)
    op = rng.randrange(9)
    if op == 0:  # a few bytes deleted
        i = rng.randrange(n)
        return x[:i] + x[i + rng.randint(1, 5) :]
    if op in (1, 2):  # an insertion anywhere, or right after a tag
        i = rng.randrange(n)
        if op == 2:
            i = x.find(b">", i) + 1
        return x[:i] + rng.choice(INSERTS) + x[i:]
    if op == 3:  # truncated
        return x[: rng.randrange(n)]
    if op == 4:  # a BOM, another encoding declared
        if rng.random() < 0.3:
            return b"\xef\xbb\xbf" + x
        return x.replace(b'encoding="UTF-8"', rng.choice(ENCODINGS), 1)
    if op == 5:  # a duplicate r= attribute
        i = x.find(b' r="', rng.randrange(n))
        return x if i < 0 else x[:i] + b' r="A1"' + x[i:]
    if op == 6:  # an element under an undeclared prefix
        i = x.find(b"<", rng.randrange(n))
        return x if i < 0 or x[i + 1 : i + 2] in (b"/", b"?", b"!") else x[: i + 1] + b"q:" + x[i + 1 :]
    if op == 7:  # nested 100 deep
        i = x.find(b">", rng.randrange(n)) + 1
        return x[:i] + b"<x>" * 100 + b"</x>" * 100 + x[i:]
    i = rng.randrange(n - 1)  # two bytes swapped
    return x[:i] + x[i + 1 : i + 2] + x[i : i + 1] + x[i + 2 :]


def _district(folder: Path) -> bytes:
    from bench_build import district_workbook

    path = folder / "kabupaten.xlsx"
    district_workbook(path, 60, 6)
    return path.read_bytes()


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, bytes]:
    return {
        "example": S.EXAMPLE.read_bytes(),
        "template": TEMPLATE.read_bytes(),
        "district": _district(tmp_path_factory.mktemp("district")),
    }


def _parts(data: bytes) -> tuple[str, bytes, bytes]:
    mem = W.members(data)
    sheet = S.sheet_parts(mem)[C.SHEET_KINERJA]
    return sheet, mem[sheet], mem["xl/sharedStrings.xml"]


def lxml_reads_sheet(xml: bytes) -> bool:
    """Whether the lxml reader's parse of a sheet (read._read_sheet's iterparse) goes through."""
    try:
        for _ in etree.iterparse(
            io.BytesIO(xml),
            events=("end",),
            tag=("{*}row", "{*}mergeCell", "{*}col"),
            resolve_entities=False,
            no_network=True,
            huge_tree=False,
        ):
            pass
    except etree.XMLSyntaxError:
        return False
    return True


def lxml_strings(xml: bytes) -> list[str] | None:
    """The shared strings as the lxml reader parses them (zipsafe.parse_xml's parser, opc.string_text
    before its _xHHHH_ decoding), None when it refuses the part."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False, load_dtd=False
    )
    try:
        root = etree.parse(io.BytesIO(xml), parser).getroot()
    except etree.XMLSyntaxError:
        return None
    return [
        "".join(t.text or "" for t in si.iter() if local(t.tag) == "t" and local(t.getparent().tag) != "rPh")
        for si in root
        if local(si.tag) == "si"
    ]


def _well_formed(xml: bytes) -> bool:
    # (well_formed refuses the bytes "xml:id" anywhere, an attribute or not: the C pass only the attribute)
    return fast_strings.well_formed(xml) or b"xml:id" in xml


def test_a_damaged_part_is_never_read(books):
    c = fast_strings.sheetxml
    if c is None:
        pytest.skip("the C pass is not built here")
    rng = random.Random(1340)
    parts = [_parts(data) for data in books.values()]
    strings = c.read_strings(parts[0][2])
    answered = {"sheet": 0, "strings": 0}
    for i in range(3_000):
        _, sheet, sst = rng.choice(parts)
        if i % 2:
            xml = mutate(sheet, rng)
            xml = mutate(xml, rng) if rng.random() < 0.3 else xml
            if c.read_sheet(xml, strings, 100_000, 200, *CELLS) is not None:
                answered["sheet"] += 1
                assert lxml_reads_sheet(xml) and _well_formed(xml), xml
        else:
            xml = mutate(sst, rng)
            xml = mutate(xml, rng) if rng.random() < 0.3 else xml
            texts = c.read_strings(xml)
            if texts is not None:
                answered["strings"] += 1
                assert texts == lxml_strings(xml) and _well_formed(xml), xml
    # (the mutations leave many parts well-formed: the implication was tested, not only its premise)
    assert answered["sheet"] > 300 and answered["strings"] > 300, answered


def test_damaged_workbooks_read_as_the_lxml_reader_reads_them(books, fast_used):  # noqa: F811
    rng = random.Random(1341)
    for i in range(150):
        data = rng.choice(list(books.values()))
        sheet, xml, sst = _parts(data)
        if i % 3:
            data = W.replace_members(data, {sheet: mutate(xml, rng)})
        else:
            data = W.replace_members(data, {"xl/sharedStrings.xml": mutate(sst, rng)})
        assert_same(data)
    assert sum(fast_used) > 30  # (the fast path read many of them itself)


# --- random well-formed sheets: every kind of cell, in and out of order --------------------------------

KINDS = [b"", b' t="n"', b' t="s"', b' t="b"', b' t="e"', b' t="str"', b' t="inlineStr"', b' t="d"']
VALUES = [b"5", b"0", b"-0", b"1.5", b"-2.25", b"1e3", b" 7", b"", b"true", b"#N/A", b"3", b"12", b"0.1"]
VALUES += [b"40.71", b"99999", b"5.0", b"-5", b"teks", b"&amp;", b"2025-06-30T00:00:00", b"9007199254740993"]


NUMBERS = [b"5", b"0", b"-0", b"1.5", b"-2.25", b"40.71", b"12", b"0.1", b"9007199254740993", b"3"]
FITTING = {  # a value of each kind's own (most cells), else any of VALUES
    b"": NUMBERS,
    b' t="n"': NUMBERS,
    b' t="s"': [b"%d" % i for i in range(60)],
    b' t="b"': [b"0", b"1"],
    b' t="e"': [b"#N/A", b"#DIV/0!", b"#VALUE!"],
    b' t="str"': [b"teks", b"5", b"#N/A", b""],
    b' t="inlineStr"': [b"teks"],
    b' t="d"': [b"2025-06-30T00:00:00"],
}


def random_cell(rng: random.Random, ref: bytes) -> bytes:
    kind = rng.choice(KINDS[:-1]) if rng.random() < 0.99 else KINDS[-1]
    value = rng.choice(FITTING[kind]) if rng.random() < 0.95 else rng.choice(VALUES)
    style = b' s="%d"' % rng.randrange(12) if rng.random() < 0.3 else b""
    inner = b""
    if rng.random() < 0.15:
        inner += b"<f>A1+1</f>"
    if kind == b' t="inlineStr"' and rng.random() < 0.9:
        inner += b"<is><t>%s</t></is>" % value
    elif rng.random() < 0.9:
        inner += b"<v>%s</v>" % value
    return b'<c r="%s"%s%s>%s</c>' % (ref, style, kind, inner) if inner else b'<c r="%s"%s/>' % (ref, style)


def random_sheet(rng: random.Random) -> bytes:
    rows = []
    for r in sorted(rng.sample(range(1, 40), rng.randint(1, 5))):
        cols = sorted(rng.sample(range(0, 30), rng.randint(1, 4)))
        if rng.random() < 0.05:
            rng.shuffle(cols)  # (out of order: python-calamine places them otherwise, by design)
        row = r if rng.random() > 0.03 else r + 1  # (a cell of another row, now and then)
        cells = b"".join(random_cell(rng, b"%s%d" % (column(c), row)) for c in cols)
        rows.append(b'<row r="%d">%s</row>' % (r, cells))
    return b"".join(rows)


def column(index: int) -> bytes:
    return bytes([65 + index]) if index < 26 else b"A" + bytes([65 + index - 26])


def test_random_sheets_read_as_the_lxml_reader_reads_them(value_reader, fast_used):  # noqa: F811
    from test_read_fast import with_kinerja_xml

    rng = random.Random(1342)
    base = S.EXAMPLE.read_bytes()
    for _ in range(300):
        xml = random_sheet(rng)
        if value_reader == "python-calamine" and _out_of_place(xml):
            continue  # (fastread's docstring: the one difference by design, python-calamine's)
        assert_same(with_kinerja_xml(base, xml))
    assert sum(fast_used) > 60  # (many of them the fast path read itself: 83 and 91 of 300 here)


def _out_of_place(xml: bytes) -> bool:
    """Whether a cell's reference contradicts its row or comes before the one before it."""
    import re

    for row in re.finditer(rb'<row r="(\d+)">(.*?)</row>', xml):
        last = -1
        for ref in re.finditer(rb'<c r="([A-Z]+)(\d+)"', row.group(2)):
            letters, number = ref.group(1), int(ref.group(2))
            index = sum((ch - 64) * 26**i for i, ch in enumerate(reversed(letters)))
            if number != int(row.group(1)) or index <= last:
                return True
            last = index
    return False
