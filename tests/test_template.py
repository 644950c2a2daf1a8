"""The workbook staff fill: the committed template and example never drift from the code that makes
them, and the template keeps the contract (sheets, headers, dropdowns, styling)."""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from lkj_xl.core import contract as c
from lkj_xl.xlsx.template import HEADER_ROW, INPUT_ROWS, kinerja_columns, new_workbook, write_template
from tests.common import EXAMPLE, ROOT

TEMPLATE = ROOT / "templates" / "lkj-xl-template.xlsx"
MAKE_EXAMPLE = ROOT / "workbooks" / "make_example.py"

# Excel row of the header row (a title block sits above it), and of the first data row.
HEADER = HEADER_ROW + 1
FIRST = HEADER + 1
# Members that carry document metadata (dates, application name), not content.
METADATA = {"docProps/core.xml", "docProps/app.xml"}


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist() if name not in METADATA}


def _assert_same_content(fresh: bytes, committed: Path, how_to_fix: str) -> None:
    new, old = _members(fresh), _members(committed.read_bytes())
    assert sorted(new) == sorted(old), f"{committed.name}: zip members differ; {how_to_fix}"
    differing = [name for name in new if new[name] != old[name]]
    assert not differing, f"{committed.name}: {differing} differ; {how_to_fix}"


def _load_make_example():
    spec = importlib.util.spec_from_file_location("make_example", MAKE_EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bytes(write) -> bytes:
    buf = io.BytesIO()
    write(buf)
    return buf.getvalue()


def _rows(ws, headers) -> list[dict[str, object]]:
    """Data rows of an input sheet as dicts keyed by header, blank rows skipped."""
    out = []
    for values in ws.iter_rows(min_row=FIRST, max_col=len(headers), values_only=True):
        if any(v is not None for v in values):
            out.append(dict(zip(headers, values)))
    return out


def _rupiah(value: object) -> Decimal:
    """Plain parse of the example's money cells (numbers, "Rp 435.942.350", "5.059.823.310,00")."""
    if isinstance(value, (int, float)):
        return Decimal(str(value))
    text = str(value).replace("Rp", "").strip().replace(".", "").replace(",", ".")
    return Decimal(text)


@pytest.fixture(scope="module")
def template() -> openpyxl.Workbook:
    return openpyxl.load_workbook(TEMPLATE)


@pytest.fixture(scope="module")
def example() -> openpyxl.Workbook:
    return openpyxl.load_workbook(EXAMPLE)


# --- no drift -------------------------------------------------------------------------------------


def test_committed_template_is_what_write_template_writes():
    _assert_same_content(
        _bytes(write_template),
        TEMPLATE,
        'regenerate: python -c "from lkj_xl.xlsx.template import write_template; '
        "write_template('templates/lkj-xl-template.xlsx')\"",
    )


def test_committed_example_is_what_make_example_writes():
    make_example = _load_make_example()
    _assert_same_content(_bytes(make_example.build), EXAMPLE, "regenerate: python workbooks/make_example.py")


def test_generation_is_deterministic_to_the_byte():
    first, second = _bytes(write_template), _bytes(write_template)
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        core = zf.read("docProps/core.xml").decode()
        assert {info.date_time for info in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert "2025-01-01T00:00:00Z" in core


def test_write_template_to_a_path_equals_to_a_stream(tmp_path):
    out = tmp_path / "baru.xlsx"
    write_template(out)
    assert out.read_bytes() == _bytes(write_template)


def test_importing_the_module_does_not_import_xlsxwriter():
    code = "import sys, lkj_xl.xlsx.template; print('xlsxwriter' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# --- the contract ---------------------------------------------------------------------------------


def test_sheets_in_order(template):
    assert template.sheetnames == [c.SHEET_PETUNJUK, *c.INPUT_SHEETS, *c.OPTIONAL_INPUT_SHEETS]


def test_header_rows_match_the_contract(template):
    assert HEADER <= c.HEADER_SEARCH_ROWS
    kinerja = [cell.value for cell in template[c.SHEET_KINERJA][HEADER]]
    anggaran = [cell.value for cell in template[c.SHEET_ANGGARAN][HEADER]]
    pengaturan = [cell.value for cell in template[c.SHEET_PENGATURAN][HEADER]]
    # The contract's columns, then the optional ones of issue 11 (no "Realisasi <year>" without data).
    assert tuple(kinerja) == (*c.KINERJA_HEADERS, *c.KINERJA_OPTIONAL_NUMBERS, *c.KINERJA_OPTIONAL_TEXTS)
    assert tuple(anggaran) == c.ANGGARAN_HEADERS
    analisis = [cell.value for cell in template[c.SHEET_ANALISIS][HEADER]]
    assert tuple(analisis) == c.ANALISIS_HEADERS
    assert tuple(pengaturan[:2]) == c.PENGATURAN_HEADERS
    assert pengaturan[2] == "Keterangan"


def test_pengaturan_lists_every_parameter_with_default_and_help(template):
    ws = template[c.SHEET_PENGATURAN]
    rows = list(ws.iter_rows(min_row=FIRST, max_col=3, values_only=True))
    assert [r[0] for r in rows] == list(c.PENGATURAN_PARAMS)
    for name, value, help_text in rows:
        default = c.PENGATURAN_PARAMS[name]
        assert value == (default if default != "" else None), name
        assert help_text == c.PENGATURAN_HELP[name]
    # The blank template leaves the agency empty.
    assert rows[0][1] is None and rows[1][1] is None


def _validations(ws) -> dict[str, object]:
    """Data validations keyed by the first cell of their range."""
    out = {}
    for dv in ws.data_validations.dataValidation:
        first = str(dv.sqref).split()[0].split(":")[0]
        out[first] = dv
    return out


def _list_values(dv) -> list[str]:
    assert dv.type == "list"
    return dv.formula1.strip('"').split(",")


def _column(headers, header) -> str:
    return openpyxl.utils.get_column_letter(headers.index(header) + 1)


def test_kinerja_dropdowns(template):
    ws = template[c.SHEET_KINERJA]
    dvs = _validations(ws)
    for header, values in (
        ("Tingkat", c.TINGKAT),
        ("Polaritas", c.POLARITAS),
        ("Jenis Realisasi", c.JENIS_REALISASI),
    ):
        col = _column(c.KINERJA_HEADERS, header)
        dv = dvs[f"{col}{FIRST}"]
        assert _list_values(dv) == list(values), header
        assert str(dv.sqref) == f"{col}{FIRST}:{col}{FIRST + INPUT_ROWS - 1}", header
        # Aliases ("posisi", "naik") are accepted by the reader, so the dropdown warns, not blocks.
        assert dv.errorStyle == "warning", header
    assert len(dvs) == 3


def test_pengaturan_validations(template):
    ws = template[c.SHEET_PENGATURAN]
    row = {ws.cell(r, 1).value: r for r in range(FIRST, ws.max_row + 1)}
    dvs = _validations(ws)
    assert _list_values(dvs[f"B{row[c.P_SKALA]}"]) == list(c.SKALA)
    # The half years and the year's report beside the quarters (tests/test_tmpl1.py).
    triwulan = ["1", "2", "3", "4", "Semester I", "Semester II", "Tahunan"]
    assert _list_values(dvs[f"B{row[c.P_TRIWULAN]}"]) == triwulan
    tahun = dvs[f"B{row[c.P_TAHUN]}"]
    assert tahun.type == "whole" and (tahun.formula1, tahun.formula2) == ("2000", "2100")


@pytest.mark.parametrize(
    "sheet, headers",
    [
        (c.SHEET_KINERJA, kinerja_columns()),
        (c.SHEET_ANGGARAN, c.ANGGARAN_HEADERS),
        (c.SHEET_ANALISIS, c.ANALISIS_HEADERS),
    ],
)
def test_frozen_header_and_kode_column_and_autofilter(template, sheet, headers):
    ws = template[sheet]
    assert ws.freeze_panes == f"B{FIRST}"
    last = openpyxl.utils.get_column_letter(len(headers))
    assert ws.auto_filter.ref.startswith(f"A{HEADER}:{last}")


def _column_style(ws, index: int):
    """The column format covering column ``index`` (1-based): what an empty input cell shows."""
    for dim in ws.column_dimensions.values():
        if dim.min is not None and dim.min <= index <= dim.max:
            return dim
    raise AssertionError(f"no column format for column {index}")


@pytest.mark.parametrize(
    "sheet, headers",
    [
        (c.SHEET_KINERJA, kinerja_columns()),
        (c.SHEET_ANGGARAN, c.ANGGARAN_HEADERS),
        (c.SHEET_ANALISIS, c.ANALISIS_HEADERS),
    ],
)
def test_input_columns_are_unlocked_and_formatted(template, sheet, headers):
    ws = template[sheet]
    for i, header in enumerate(headers, start=1):
        style = _column_style(ws, i)
        assert style.protection.locked is False, header
        assert style.fill.fgColor.rgb not in (None, "00000000"), header
        head = ws.cell(HEADER, i)
        assert head.font.b and head.fill.fgColor.rgb.endswith("D9E1F2"), header
        if header.startswith("Kode"):
            # Codes are text-formatted so "2.17.02" or "1.1" is not turned into a number.
            assert style.number_format == "@", header
        elif sheet == c.SHEET_ANGGARAN and header != "Program":
            assert style.number_format == "#,##0", header
        else:
            assert style.number_format == "General", header
        if header in ("Uraian", "Indikator", "Keterangan", "Program"):
            assert style.alignment.wrap_text and style.width >= 40, header


def test_example_cells_keep_the_input_styling(example):
    ws = example[c.SHEET_KINERJA]
    col = {h: i + 1 for i, h in enumerate(c.KINERJA_HEADERS)}
    uraian = ws.cell(FIRST, col["Uraian"])
    assert uraian.protection.locked is False and uraian.alignment.wrap_text
    assert ws.cell(FIRST, col["Kode"]).number_format == "@"
    # A wrapped row is made tall enough for its text (nothing refits rows when the file opens).
    assert ws.row_dimensions[FIRST].height and ws.row_dimensions[FIRST].height > 15


def test_petunjuk_covers_what_staff_need(template):
    text = "\n".join(
        str(v) for row in template[c.SHEET_PETUNJUK].iter_rows(values_only=True) for v in row if v
    )
    for needle in (
        *c.TINGKAT,
        "Kode Induk",
        *c.POLARITAS,
        # (with × and −, as the findings and the report's notes write them, since mend38)
        "Realisasi / Target × 100%",
        "(Target − (Realisasi − Target)) / Target × 100%",
        *c.JENIS_REALISASI,
        "5.984,04 milyar",
        "40,71%",
        "Rp 1.491.388.500.000",
        # Issue 8: the abbreviations staff type, and what Galat means.
        "700 jt",
        "Rp 2,5 M",
        "Galat",
        "Menunggu data BPS",
        "direkap diakhir periode",
        "nihil",
        "Target Perubahan",
        # Issue 11: the optional columns, the Analisis sheet and the comparisons' formulas.
        *c.KINERJA_OPTIONAL_NUMBERS,
        *c.KINERJA_OPTIONAL_TEXTS,
        *c.ANALISIS_TEXT_HEADERS,
        "Selisih / |Realisasi Tahun Lalu| × 100%",  # (× since mend38, as above)
        *c.OUTPUT_SHEETS,
        "lkj-xl build",
    ):
        assert needle in text, needle


# --- new_workbook with data -----------------------------------------------------------------------


def test_pengaturan_overrides_defaults():
    data = _bytes(
        lambda f: new_workbook(
            f,
            pengaturan={"pemerintah daerah": "Kabupaten Lumajang", c.P_TAHUN: 2026, c.P_TRIWULAN: 3},
        )
    )
    ws = openpyxl.load_workbook(io.BytesIO(data))[c.SHEET_PENGATURAN]
    values = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(FIRST, ws.max_row + 1)}
    assert values[c.P_PEMDA] == "Kabupaten Lumajang"
    assert values[c.P_TAHUN] == 2026 and isinstance(values[c.P_TAHUN], int)
    assert values[c.P_TRIWULAN] == 3
    assert values[c.P_SKALA] == c.SKALA_PERMENPANRB


def test_values_are_written_as_given():
    row = dict.fromkeys(c.KINERJA_HEADERS)
    row.update(
        {
            "Kode": "2.17.02",
            "Target": "5.984,04 milyar",
            "Target Perubahan": 12.5,
            "Realisasi TW I": 25,
            "Realisasi TW II": "=SUM(A1:A2)",
            "Realisasi TW III": "2.047",
        }
    )
    data = _bytes(lambda f: new_workbook(f, kinerja=[row]))
    ws = openpyxl.load_workbook(io.BytesIO(data))[c.SHEET_KINERJA]
    got = dict(zip(c.KINERJA_HEADERS, (cell for cell in ws[FIRST])))
    assert got["Kode"].value == "2.17.02"
    assert got["Target"].value == "5.984,04 milyar"
    assert got["Target Perubahan"].value == 12.5
    assert got["Realisasi TW I"].value == 25 and got["Realisasi TW I"].data_type == "n"
    # Text is never turned into a formula or a number.
    assert got["Realisasi TW II"].value == "=SUM(A1:A2)" and got["Realisasi TW II"].data_type == "s"
    assert got["Realisasi TW III"].value == "2.047" and got["Realisasi TW III"].data_type == "s"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"pengaturan": {"Kabupaten": "X"}},
        {"kinerja": [{"Kode": "T1", "Capaian": 100}]},
        {"anggaran": [{"Kode": "P1", "Anggaran": 1}]},
    ],
)
def test_unknown_names_are_rejected(kwargs):
    with pytest.raises(ValueError, match="tidak dikenal"):
        new_workbook(io.BytesIO(), **kwargs)


# --- the real example -----------------------------------------------------------------------------


def test_example_pengaturan(example):
    ws = example[c.SHEET_PENGATURAN]
    values = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(FIRST, ws.max_row + 1)}
    assert values[c.P_PEMDA] == "Kabupaten Lumajang"
    assert values[c.P_OPD] == "Dinas Koperasi, UKM, Perindustrian dan Perdagangan"
    assert (values[c.P_TAHUN], values[c.P_TRIWULAN]) == (2025, 2)
    assert values[c.P_NIP] == "19731118 199303 1 002"


def test_example_hierarchy(example):
    rows = _rows(example[c.SHEET_KINERJA], c.KINERJA_HEADERS)
    count = {t: sum(r["Tingkat"] == t for r in rows) for t in c.TINGKAT}
    # Tabel 3.1: 2 Tujuan, 4 Sasaran; Tabel 3.2: 16 program indicators (Pengembangan Ekspor has two);
    # section 3.2.3: 19 kegiatan.
    assert count == {"Tujuan": 2, "Sasaran": 4, "Program": 16, "Kegiatan": 19, "Sub Kegiatan": 0}
    tingkat = {r["Kode"]: r["Tingkat"] for r in rows}
    for r in rows:
        parent = c.TINGKAT_PARENT[r["Tingkat"]]
        if parent is None:
            assert r["Kode Induk"] is None, r["Kode"]
        else:
            assert tingkat.get(r["Kode Induk"]) == parent, r["Kode"]
        assert r["Polaritas"] in c.POLARITAS and r["Jenis Realisasi"] in c.JENIS_REALISASI
        assert r["Target"] is not None, r["Kode"]
    parents = {r["Kode"]: r["Kode Induk"] for r in rows if r["Tingkat"] == "Sasaran"}
    assert parents == {"S1": "T1", "S2": "T2", "S3": "T2", "S4": "T2"}
    ekspor = [r for r in rows if r["Kode"] == "P4.04" and r["Tingkat"] == "Program"]
    assert [r["Indikator"] for r in ekspor] == ["Nilai ekspor", "Nilai perdagangan antar daerah"]
    assert ekspor[0]["Uraian"] and ekspor[1]["Uraian"] is None


def test_example_tujuan_sasaran_as_tabel_3_1(example):
    rows = {r["Kode"]: r for r in _rows(example[c.SHEET_KINERJA], c.KINERJA_HEADERS)}
    tw = c.REALISASI_TW_HEADERS

    def quarters(kode):
        return [rows[kode][h] for h in tw]

    assert rows["T1"]["Target"] == "5.984,04 milyar"  # l.358
    assert quarters("T1") == ["-", "Menunggu data BPS", None, None]  # l.503
    assert rows["T2"]["Target"] == "1.282.684,40 juta"  # l.359, not l.419's "1.282,684,40 juta"
    assert quarters("T2") == ["193.900 juta", "-", None, None]  # l.504
    assert quarters("S2") == [25, 4, None, None]  # l.508
    assert rows["S2"]["Target"] == "40,71%"  # PK l.380 (Tabel 3.1 prints 40,7%)
    assert quarters("S4")[3] == "3.969,54"  # l.513: a TW IV value in a TW II report, kept


def test_example_budget_matches_tabel_3_4(example):
    kinerja = _rows(example[c.SHEET_KINERJA], c.KINERJA_HEADERS)
    anggaran = _rows(example[c.SHEET_ANGGARAN], c.ANGGARAN_HEADERS)
    assert len(anggaran) == 16
    programs = {r["Kode"] for r in kinerja if r["Tingkat"] == "Program"}
    assert {r["Kode"] for r in anggaran} == programs | {"P0.01"}
    sasaran = {r["Kode"]: r["Kode Sasaran"] for r in anggaran}
    assert sasaran.pop("P0.01") == "S2"  # the support program counts toward Sasaran 2 (DOMAIN.md)
    assert set(sasaran.values()) == {None}
    # Tabel 3.4 totals, l.969: 27.805.047.633 / 6.835.975.140.
    assert sum(_rupiah(r["Pagu"]) for r in anggaran) == 27805047633
    assert sum(_rupiah(r["Realisasi TW II"]) for r in anggaran) == 6835975140
    assert all(r["Realisasi TW I"] is None for r in anggaran)
