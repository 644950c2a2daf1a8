"""The fast reader's C pass (lkj_xl/xlsx/_sheetxml.c) tried by hand-written sheets it could get wrong:
XML the lxml reader refuses that libxml2 only reports as a namespace or validity error (not a broken
well-formedness), elements the lxml reader reads by local name in another namespace or place, and
every way a cell's value can be written. Each runs with both value readers (``value_reader``): the
guarantee is ``read_grids`` == ``read_grids_lxml``, refusals included (tests/test_read_fast.py's
``assert_same``).
"""

from __future__ import annotations

import pytest
import safety_books as S
from test_read_fast import assert_same, fast_used, shared_strings, value_reader, with_kinerja_xml  # noqa: F401

M = S.MAIN.encode()
A1 = b'<row r="1"><c r="A1"><v>5</v></c></row>'

# Parts the lxml reader refuses ("broken XML in sheet ...") though libxml2 calls them well-formed: its
# namespace errors, and the xml:id check of libxml2's tree builder, are errors (not fatal) that lxml
# raises on. Both the C pass's verdict and fast_strings.well_formed read only the fatal ones.
REFUSED = {
    "undeclared_prefix_after_sheet_data": (A1, b"<q:foo/>"),
    "undeclared_attribute_prefix": (A1, b'<foo q:a="1"/>'),
    "undeclared_prefix_on_a_cell": (b'<row r="1"><c r="A1" q:a="1"><v>5</v></c></row>', b""),
    "empty_prefixed_namespace": (A1, b'<foo xmlns:q=""/>'),
    "namespaced_attribute_twice": (A1, b'<foo xmlns:a="urn:q" xmlns:b="urn:q" a:x="1" b:x="2"/>'),
    "xml_prefix_rebound": (A1, b'<foo xmlns:xml="urn:x"/>'),
    "xmlns_prefix_declared": (A1, b'<foo xmlns:xmlns="urn:x"/>'),
    "xml_id_not_a_name": (A1, b'<foo xml:id="1 2"/>'),
    "xml_id_on_a_cell": (b'<row r="1"><c r="A1" xml:id="9"><v>5</v></c></row>', b""),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_part_the_lxml_reader_refuses_is_refused(case, fast_used):  # noqa: F811
    sheet_data, extra = REFUSED[case]
    data = with_kinerja_xml(S.EXAMPLE.read_bytes(), sheet_data, extra)
    assert_same(data)  # (a ReadError "broken XML in sheet ...", from both)


@pytest.mark.parametrize("where", [b"</sst>", b"</si>"], ids=["after_the_items", "inside_an_item"])
def test_a_shared_strings_part_with_a_namespace_error_is_refused(where, fast_used):  # noqa: F811
    data = shared_strings(S.EXAMPLE.read_bytes(), lambda sst: sst.replace(where, b"<q:x/>" + where, 1))
    assert_same(data)  # (a PackageError "... is not valid XML", from both)


# Sheets the lxml reader reads (by local name: a <v> in another namespace is still the value) and the
# fast path must read the same or leave to it.
ELSEWHERE = {
    # A value in another default namespace: 5 to the lxml reader.
    "value_in_another_namespace": b'<row r="1"><c r="A1"><v xmlns="urn:x">5</v></c></row>',
    "formula_in_another_namespace": b'<row r="1"><c r="A1"><f xmlns="urn:x">B1</f><v>5</v></c></row>',
    "inline_string_in_another_namespace": b'<row r="1"><c r="A1" t="inlineStr"><is xmlns="urn:x">'
    b"<t>teks</t></is></c></row>",
    # A <v> with an attribute: the scan looks for "<v>" only. " 5" is 5 to the lxml reader (float()),
    # "#N/A" of a formula string an error, "1e3" the float 1000.0, "１２" (full-width) 12, "1_000"
    # 1000: all read from the XML by the lxml reader's _cell.
    "value_with_an_attribute": b'<row r="1"><c r="A1"><v xml:space="preserve"> 5</v></c>'
    b'<c r="B1" t="str"><v a="b">#N/A</v></c><c r="C1"><v a="b">1e3</v></c>'
    + '<c r="D1"><v a="b">１２</v></c>'.encode()
    + b'<c r="E1"><v a="b">1_000</v></c><c r="F1" t="b"><v a="">true</v></c>'
    b'<c r="G1"><v a="">5.0</v></c></row>',
}


@pytest.mark.parametrize("case", sorted(ELSEWHERE))
def test_elements_in_another_namespace_or_with_attributes(case, fast_used):  # noqa: F811
    assert_same(with_kinerja_xml(S.EXAMPLE.read_bytes(), ELSEWHERE[case]))


@pytest.mark.parametrize(
    "body",
    [
        b'<sheetData xmlns="urn:x"><row r="1"><c r="A1"><v>5</v></c></row></sheetData>',  # 5 to lxml
        b'<x><sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData></x>',  # sheetData deeper
    ],
    ids=["sheet_data_in_another_namespace", "sheet_data_inside_another_element"],
)
def test_sheet_data_elsewhere(body, fast_used):  # noqa: F811
    xml = b'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="' + M + b'">' + body + b"</worksheet>"
    assert_same(S.with_sheet(S.EXAMPLE.read_bytes(), "Kinerja", xml))
