"""The fast reader's byte scan looks for a longer needle (``<f``, ``<is``, ``hidden``, ``<mergeCell``, a
line break at a shared string's edge) only between the first and the last of one of its rarer bytes
(``fastread._holds``): a needle far from the first such byte must still be found, and the grids must
stay the lxml reader's (the reference: tests/test_read_fast.py's ``assert_same``)."""

from __future__ import annotations

import random

import pytest
import safety_books as S
from test_read_fast import assert_same, fast_used, shared_strings, with_kinerja_xml  # noqa: F401

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
def test_a_line_break_at_a_shared_strings_edge(change, fast_used):  # noqa: F811
    data = shared_strings(S.EXAMPLE.read_bytes(), change)
    assert data != S.EXAMPLE.read_bytes()
    assert_same(data)
    assert fast_used == [False]
