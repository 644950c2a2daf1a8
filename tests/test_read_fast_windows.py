"""The fast reader's byte scan looks for a longer needle (``<f``, ``<is``, ``hidden``, ``<mergeCell``, a
line break at a shared string's edge) only between the first and the last of one of its rarer bytes
(``fastread._holds``): a needle far from the first such byte must still be found, and the grids must
stay the lxml reader's (the reference: tests/test_read_fast.py's ``assert_same``)."""

from __future__ import annotations

import random

import pytest
import safety_books as S
from corpus import workbooks as W
from test_read_fast import assert_same, fast_used, shared_strings, value_reader, with_kinerja_xml  # noqa: F401

from lkj_xl.core import contract as C
from lkj_xl.xlsx.fastread import _holds


def test_holds_is_a_substring_search_of_the_slice():
    # The oracle is Python's own ``in`` on the slice; the haystacks are small alphabets, so that the
    # rare byte sits before, inside, after and around the needle, at the slice's edges too.
    rng = random.Random(21)
    for _ in range(20_000):
        data = bytes(rng.choice(b"<fis>ab") for _ in range(rng.randint(0, 30)))
        needle = bytes(rng.choice(b"<fis>ab") for _ in range(rng.randint(1, 4)))
        rare = bytes([rng.choice(needle)])
        start = rng.randint(0, len(data))
        end = rng.randint(start, len(data))
        assert _holds(data, needle, rare, start, end) == (needle in data[start:end]), (data, needle, rare)
        assert _holds(data, needle, rare) == (needle in data), (data, needle, rare)


def test_holds_examples():
    assert _holds(b'<c r="A1" t="b">', b'"b"', b"b")
    assert not _holds(b"<row/><c/>", b"<f", b"f")  # no "f" at all: no search
    assert not _holds(b"<f<f", b"<f", b"f", 1, 3)  # the second "<f", at 2, ends past end=3
    assert _holds(b"<f<f", b"<f", b"f", 1, 4)
    assert _holds(b"f....<f", b"<f", b"f", 1)  # at 5, inside; an "f" before start too
    assert not _holds(b"<f....f", b"<f", b"f", 1)  # the only "<f" starts before start


# Row 1 holds every rare byte the scan's windows start from ("f" and "d" of hidden="false", the "i"
# of customHeight, an "l" of outlineLevel), rows 2..300 none, and the case's cell comes last: each
# window is then the whole sheetData.
FIRST = b'<row r="1" customHeight="1" hidden="false" outlineLevel="1"><c r="A1"><v>1</v></c></row>'
PLAIN = b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (r, r, r) for r in range(2, 300))
LAST = {
    # A formula: the lxml reader gives its text and saved value; python-calamine the value only.
    "formula": b'<row r="300"><c r="A300"><f>A299+1</f><v>300</v></c></row>',
    # An inline string without t="inlineStr": the lxml reader reads no value, python-calamine its text.
    "inline_string": b'<row r="300"><c r="A300"><is><t>teks</t></is></c></row>',
    # A hidden row: a HiddenRow to both readers only when the scan counts it.
    "hidden_row": b'<row r="300" hidden="1"><c r="A300"><v>300</v></c></row>',
}


@pytest.mark.parametrize("case", sorted(LAST))
def test_a_needle_far_from_the_first_rare_byte_is_found(case, fast_used):  # noqa: F811
    assert_same(with_kinerja_xml(S.EXAMPLE.read_bytes(), FIRST + PLAIN + LAST[case]))
    assert fast_used == [True]


def test_a_merge_inside_sheet_data_after_the_columns_is_found(fast_used):  # noqa: F811
    # "<cols><col .../></cols>" puts an "l" before sheetData; the merge sits late inside it.
    xml = FIRST + PLAIN + b'<row r="300"><c r="A300"><v>300</v></c></row>'
    data = with_kinerja_xml(
        S.EXAMPLE.read_bytes(), xml.replace(b"</row>", b'</row><mergeCell ref="A1:A2"/>', 1)
    )
    assert_same(data)
    assert fast_used == [False]  # a mergeCell inside sheetData: the lxml reader reads the package


@pytest.mark.parametrize(
    "change",
    [
        # A text opening or closing with a line break (unpreserved): python-calamine trims it, the
        # lxml reader keeps it. The sst part's only other line break is the one after its declaration.
        lambda sst: sst.replace(b"<t>", b"<t>\n", 1),
        lambda sst: sst.replace(b"</t></si></sst>", b"\n</t></si></sst>", 1),
        lambda sst: sst.replace(b"<t>", b"<t>\t", 1),
    ],
    ids=["leading_line_break", "trailing_line_break_last", "leading_tab"],
)
def test_a_line_break_at_a_shared_strings_edge(change, fast_used, value_reader):  # noqa: F811
    data = shared_strings(S.EXAMPLE.read_bytes(), change)
    assert data != S.EXAMPLE.read_bytes()
    assert_same(data)
    # The C pass keeps the text as the lxml reader does, so it reads the package itself (the
    # comparison is between two readers); python-calamine's trimmed text sends it to the lxml reader.
    assert fast_used == [value_reader == "C pass"]


# Adversarial edges of the windows (review of perf21): each case's needle is the first or the last of
# its kind in sheetData, or its rare byte sits only in an attribute, a text or another element. The
# lxml reader is the reference; "fast" says whether the fast path must have read it itself (True: the
# scan vouched for it, so the comparison is not between two runs of the lxml reader).
def _row(n: int, inner: bytes, attrs: bytes = b"") -> bytes:
    return b'<row r="%d"%s>%s</row>' % (n, attrs, inner)


# Rows 2..39 hold a number each and no "f", "i" or "l" (so no window starts before the case's cell).
BODY = b"".join(_row(r, b'<c r="A%d"><v>%d</v></c>' % (r, r)) for r in range(2, 40))
EDGES = {
    # A formula in sheetData's first cell, and one without a saved value as its very last cell (the
    # last "f" in the region ends 2 bytes before </sheetData>'s window end).
    "formula_first": (_row(1, b'<c r="A1"><f>1+1</f><v>2</v></c>') + BODY, True),
    "formula_last_without_value": (BODY + _row(40, b'<c r="A40"><f>A39+1</f></c>'), True),
    "formula_alone_without_value": (_row(1, b'<c r="A1"><f>1</f></c>'), True),
    "formula_self_closed_last": (BODY + _row(40, b'<c r="A40"><f/><v>7</v></c>'), True),
    "formula_spaced_last": (BODY + _row(40, b'<c r="A40"><f >1</f><v>2</v></c>'), True),
    "shared_follower_last": (
        _row(1, b'<c r="A1"><f t="shared" ref="A1:A40" si="0">B1</f><v>1</v></c>')
        + BODY
        + _row(40, b'<c r="A40"><f t="shared" si="0"/><v>2</v></c>'),
        True,
    ),
    # The only "f" is in an attribute (customFormat): no formula; <F> is another element to libxml2.
    "f_only_in_an_attribute": (_row(1, b'<c r="A1"><v>1</v></c>', b' customFormat="1"') + BODY, True),
    "upper_case_f": (BODY + _row(40, b'<c r="A40"><F>1</F><v>2</v></c>'), None),
    # "&#102;" is an "f" to libxml2 only: a character reference sends the sheet to the lxml reader.
    "f_as_a_character_reference": (
        BODY + _row(40, b'<c r="A40" t="inlineStr"><is><t>&#102;</t></is></c>'),
        False,
    ),
    "inline_string_last_without_type": (BODY + _row(40, b'<c r="A40"><is><t>teks</t></is></c>'), True),
    "inline_string_first_without_type": (_row(1, b'<c r="A1"><is><t>teks</t></is></c>') + BODY, True),
    "inline_string_self_closed_last": (BODY + _row(40, b'<c r="A40" t="inlineStr"><is/></c>'), True),
    "hidden_row_last": (BODY + _row(40, b'<c r="A40"><v>1</v></c>', b' hidden="1"'), True),
    "hidden_row_first": (_row(1, b'<c r="A1"><v>1</v></c>', b' hidden="true"') + BODY, True),
    "hidden_empty_row_last": (BODY + b'<row r="40" hidden="1"/>', True),
    "error_last": (BODY + _row(40, b'<c r="A40" t="e"><v>#DIV/0!</v></c>'), True),
    "cdata_after_the_last_f": (
        _row(1, b'<c r="A1"><f>1</f><v>1</v></c>') + BODY + _row(40, b'<c r="A40"><v><![CDATA[5]]></v></c>'),
        False,
    ),
}


@pytest.mark.parametrize("case", sorted(EDGES))
def test_a_needle_at_the_windows_edge(case, fast_used):  # noqa: F811
    xml, fast = EDGES[case]
    assert_same(with_kinerja_xml(S.EXAMPLE.read_bytes(), xml))
    if fast is not None:
        assert fast_used == [fast]


def test_a_sheet_part_in_utf16_or_with_a_bom(fast_used):  # noqa: F811
    # In UTF-16 every tag is "<\0f\0": the scan finds no formula, so the part must not be vouched for
    # (its namespace's bytes are not there either). A UTF-8 byte order mark changes nothing.
    sheet = BODY + _row(40, b'<c r="A40"><f>A39+1</f></c>')
    plain = with_kinerja_xml(S.EXAMPLE.read_bytes(), sheet)
    xml = W.members(plain)[S.sheet_parts(W.members(plain))[C.SHEET_KINERJA]]
    utf16 = xml.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    assert_same(S.with_sheet(plain, C.SHEET_KINERJA, utf16))
    assert_same(S.with_sheet(plain, C.SHEET_KINERJA, b"\xef\xbb\xbf" + xml))
    assert fast_used == [False, True]
