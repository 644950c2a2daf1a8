"""Cells typed the way agency staff type them (fourth round): text pasted from a PDF or Word, figures
written in another scale than the Satuan, quarters left blank. Where a figure came out wrong, or a
galat or peringatan was missing or misleading, without a word.

Expected figures are worked out by hand (exact arithmetic) in the comment beside them.
"""

from __future__ import annotations

import io
import json
import math
import shutil
from fractions import Fraction as F

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import given, settings

from lkj_xl.build import build_in_memory
from lkj_xl.cli import main
from lkj_xl.core import contract as C
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.parse import parse_workbook
from lkj_xl.xlsx.read import read_grids, read_grids_lxml
from lkj_xl.xlsx.template import new_workbook
from tests.common import EXAMPLE
from tests.corpus import workbooks as W
from tests.test_engine import anggaran_row, kinerja_row, run
from tests.test_oracle import COMMON, descriptions, write


def _findings(report, sheet, sel, severity=None):
    return [f for f in report.findings if (f.sheet, f.sel) == (sheet, sel) and severity in (None, f.severity)]


# --- a whole rupiah amount beside figures in juta rupiah ---------------------------------------------------


@pytest.mark.parametrize(
    ("target", "tw1"),
    [
        ("523,40", "Rp 250.000.000"),  # the target in juta, the realisation as the full amount
        ("Rp 523.400.000", "250"),  # the other way round
        ("523,40", "Rp. 250.000.000,-"),
        # ("523,40" beside "250 juta" was here: since skala49 a scale word under a Satuan naming a scale is
        # read in the Satuan's units, 250 juta = 250 juta rupiah, capaian 250 / 523,4 x 100 = 47,76 % with a
        # peringatan at the cell: tests/test_skala_satuan_baca.py)
    ],
)
def test_a_whole_rupiah_amount_beside_a_figure_in_juta_rupiah_is_a_galat(target, tw1):
    # Satuan "Juta Rupiah": 523,40 is 523,40 juta; "Rp 250.000.000" is 250.000.000 rupiah, which the
    # tool keeps in the Satuan's units (250.000.000 juta). The capaian came out 250.000.000 / 523,4 x 100
    # = 47.764.615,97 % (or 250 / 523.400.000 x 100 = 0,00005 %), Sangat Tinggi (Sangat Rendah), first
    # with no word, then (round 4) with a peringatan beside the printed figure. Either reading may be
    # the slip (the Satuan or the typed form), and both figures are a million times apart: a galat at
    # the quarter's cell, no capaian printed (stop 22).
    report = run(
        [
            kinerja_row(
                "T1", "Tujuan", "", "T", "Nilai", target, (tw1, None, None, None), satuan="Juta Rupiah"
            )
        ],
        triwulan=1,
    )
    (finding,) = _findings(report, "Kinerja", "K2", GALAT)
    assert 'Satuan "Juta Rupiah"' in finding.pesan and "capaian tidak dihitung" in finding.pesan, (
        finding.pesan
    )
    assert report.indicators[0].capaian is None and report.indicators[0].kriteria is None


@pytest.mark.parametrize(
    ("satuan", "target", "tw1"),
    [
        ("Rupiah", "1.500.000", "Rp 750.000"),  # Satuan rupiah: "Rp" changes no scale
        ("Juta Rupiah", "Rp 523.400.000", "Rp 250.000.000"),  # both whole amounts
        ("Juta Rupiah", "523,40", "250"),  # both in juta
        # ("Rp 523.400.000" beside "250 juta" was here, both read as whole amounts: since skala49 "250 juta"
        # under Juta Rupiah is 250 in the Satuan's units, so the whole amount beside it is the galat above;
        # tests/test_skala_satuan_baca.py)
    ],
)
def test_figures_written_in_one_scale_are_not_pointed_out(satuan, target, tw1):
    report = run(
        [kinerja_row("T1", "Tujuan", "", "T", "Nilai", target, (tw1, None, None, None), satuan=satuan)],
        triwulan=1,
    )
    assert not report.findings, report.findings


# --- a quarter left blank between quarters with a number -----------------------------------------------


@pytest.mark.parametrize(
    ("jenis", "realisasi"),
    [
        (None, 40),  # Kumulatif: TW I 10 + TW III 30 = 40 (TW II, forgotten, not in it)
        ("Rata-rata", 20),  # Rata-rata: (10 + 30) / 2 = 20, the mean of two quarters, not three
    ],
)
def test_a_blank_quarter_between_numbers_is_pointed_out(jenis, realisasi):
    # Reported TW III, TW I 10, TW II left blank, TW III 30: the figure is computed from TW I and TW III
    # alone and said nothing, while the reported quarter left blank is already pointed out. Target 100,
    # so the capaian is the realisasi.
    report = run(
        [
            kinerja_row(
                "T1", "Tujuan", "", "T", "Nilai", 100, (10, None, 30, None), jenis=jenis, satuan="Unit"
            )
        ],
        triwulan=3,
    )
    ind = report.indicators[0]
    assert ind.realisasi == realisasi and ind.capaian == realisasi, ind
    (finding,) = _findings(report, "Kinerja", "L2")
    assert finding.severity == PERINGATAN, finding
    assert "TW II" in finding.pesan and "TW I, TW III" in finding.pesan and "nihil" in finding.pesan, (
        finding.pesan
    )


@pytest.mark.parametrize(
    ("jenis", "tws"),
    [
        ("Nilai Akhir", (10, None, 30, None)),  # the latest quarter with a number: 30 either way
        (None, (10, "-", 30, None)),  # "-": no data, on purpose
        (None, (10, "nihil", 30, None)),  # zero
        (None, (None, 20, 30, None)),  # nothing before the first number: the activity began in TW II
    ],
)
def test_quarters_filled_on_purpose_are_not_pointed_out(jenis, tws):
    report = run(
        [kinerja_row("T1", "Tujuan", "", "T", "Nilai", 100, tws, jenis=jenis, satuan="Unit")], triwulan=3
    )
    assert not report.findings, report.findings


# --- invisible characters pasted from a PDF, Word or a web page ----------------------------------------

ZWSP, BOM, WORD_JOINER, SOFT_HYPHEN = "\u200b", "\ufeff", "\u2060", "\u00ad"


def test_a_kode_pasted_with_an_invisible_character_is_the_kode_it_shows():
    # "S1" pasted with a zero-width space after it: the Program under "S1" and the budget for "S1" were
    # "not in the Kinerja sheet" (a galat naming a Kode the user sees there), and every Sasaran and Tujuan
    # budget unknown. Pagu 1.000.000, spent 250.000: penyerapan 250.000 / 1.000.000 x 100 = 25 for P1, S1
    # and T1 alike; S1's capaian 50 / 100 x 100 = 50, efisiensi 50 - 25 = 25 points.
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "Nilai T", 100, (50, None, None, None)),
        kinerja_row("S1" + ZWSP, "Sasaran", BOM + "T1", "S", "Nilai S", 100, (50, None, None, None)),
        kinerja_row("P1", "Program", "S1", "P", "Nilai P", 100, (50, None, None, None)),
    ]
    budget = [
        anggaran_row("P1" + WORD_JOINER, "Program satu", "S1", "1.000.000", ("250.000", None, None, None))
    ]
    report = run(rows, budget, triwulan=1)
    assert not report.findings, report.findings
    sasaran = next(e for e in report.efisiensi if e.kode == "S1")
    assert (sasaran.penyerapan, sasaran.efisiensi) == (25, 25), sasaran


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (ZWSP + "50", 50),
        ("50" + ZWSP, 50),
        ("12,5" + BOM + " %", 12.5),
        ("nihil" + ZWSP, 0),  # zero, not a status text that leaves the capaian unknown
        ("1.2" + SOFT_HYPHEN + "50", 1250),
    ],
)
def test_a_figure_pasted_with_an_invisible_character_is_read_as_it_shows(typed, read):
    # Target 100: the capaian is the figure read.
    report = run([kinerja_row("T1", "Tujuan", "", "T", "Nilai", 100, (typed, None, None, None))], triwulan=1)
    ind = report.indicators[0]
    assert ind.realisasi == read and ind.capaian == read, (ind, report.findings)
    assert not [f for f in report.findings if f.severity == GALAT], report.findings


def test_a_dropdown_value_pasted_with_an_invisible_character_is_read():
    # Polaritas "Negatif" + zero-width space was "not known" (a galat, no capaian), Triwulan "I" + one a
    # galat and Triwulan IV used. Target 10, TW I 12: (2 x 10 - 12) / 10 x 100 = 80, Tinggi.
    row = kinerja_row(
        "T1", "Tujuan", "", "T", "Nilai", 10, (12, None, None, None), polaritas="Negatif" + ZWSP
    )
    report = run([row], triwulan="I" + ZWSP)
    assert report.settings.triwulan == 1, report.findings
    assert report.indicators[0].capaian == 80 and report.indicators[0].kriteria == "Tinggi"
    assert not report.findings, report.findings


# --- a dash that is not a minus sign ------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["–5", "—5", "- 5", "‐5", "－5"])
def test_a_dash_before_a_number_is_a_galat_that_keeps_the_sign(typed):
    # A decline pasted from Word or a PDF: an en dash, an em dash, a hyphen parted from the number, a
    # Unicode hyphen, a full-width hyphen. Not read (the dash may be a no-data mark or a bullet), a galat
    # at the cell; but the message said "write the number alone" ("tulis angkanya saja"), which drops
    # the sign: it must say how to write it negative.
    report = run([kinerja_row("T1", "Tujuan", "", "T", "Nilai", 5, (typed, None, None, None))], triwulan=1)
    assert report.indicators[0].capaian is None
    (finding,) = _findings(report, "Kinerja", "K2", GALAT)
    assert "angkanya saja" not in finding.pesan and "-5" in finding.pesan, finding.pesan


# --- a filled workbook saved again by LibreOffice Calc ----------------------------------------------------
# Staff without Excel fill the workbook in LibreOffice Calc (or a colleague opens and saves it there). The
# figures must be those of the original, table by table. LibreOffice writes what it saves with 15
# significant digits: a formula's saved value 128.3333333333333 (=385/3) comes back 128.333333333333, so
# numbers are compared to 12 significant digits, everything else (kriteria, texts, statuses, findings,
# number formats: the decimals shown) exactly.

needs_soffice = pytest.mark.skipif(W.SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def _resaved(path, tmp_path):
    W.soffice_convert([path], "xlsx:Calc MS Excel 2007 XML", tmp_path / "lo", tmp_path / "profile")
    return tmp_path / "lo" / path.name


def _number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _same(a, b, where):
    # A float beside an int: 6.000000000000001 (a sum of the typed floats) comes back 6 from the copy
    # LibreOffice rounded to 15 digits, and openpyxl reads a whole number as an int.
    if _number(a) and _number(b) and (isinstance(a, float) or isinstance(b, float)):
        assert math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12), (where, a, b)
    elif isinstance(a, dict) and isinstance(b, dict):
        assert a.keys() == b.keys(), where
        for key in a:
            _same(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, list) and isinstance(b, list):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b)):
            _same(x, y, f"{where}[{i}]")
    else:
        assert a == b, (where, a, b)


def _same_figures(original, resaved):
    exports = [CliRunner().invoke(main, ["export", str(p)]) for p in (original, resaved)]
    assert exports[0].exit_code == exports[1].exit_code, exports[1].output
    _same(json.loads(exports[0].stdout), json.loads(exports[1].stdout), "export")
    books = [openpyxl.load_workbook(io.BytesIO(build_in_memory(p).data)) for p in (original, resaved)]
    assert books[0].sheetnames == books[1].sheetnames
    for name in books[0].sheetnames:
        if name not in C.OUTPUT_SHEETS:
            continue
        wb = books[1][name]
        for row in books[0][name].iter_rows():
            for cell in row:
                other = wb[cell.coordinate]
                assert cell.number_format == other.number_format, (name, cell.coordinate)
                _same(cell.value, other.value, f"{name}!{cell.coordinate}")


@pytest.mark.slow
@needs_soffice
@settings(max_examples=8, **COMMON)
@given(descriptions())
def test_a_workbook_resaved_by_libreoffice_gives_the_same_figures(tmp_path_factory, d):
    # Workbooks typed the way staff type (Indonesian texts, scale words, percent cells, formulas with their
    # saved values, status texts, unreadable cells): tests/test_oracle.py's descriptions.
    tmp_path = tmp_path_factory.mktemp("lo")
    original = tmp_path / "dinas.xlsx"
    write(d, original)
    _same_figures(original, _resaved(original, tmp_path))


@pytest.mark.slow
@needs_soffice
def test_the_example_resaved_by_libreoffice_builds_the_same_and_keeps_the_users_parts(tmp_path):
    original = tmp_path / "dinas.xlsx"
    shutil.copy(EXAMPLE, original)
    resaved = _resaved(original, tmp_path)
    _same_figures(original, resaved)
    before = W.members(resaved.read_bytes())
    sheets = openpyxl.load_workbook(resaved, read_only=True).sheetnames
    assert "Narasi" in sheets  # the example's own sheet of the user's
    result = CliRunner().invoke(main, ["build", str(resaved)])  # in place, as staff run it
    assert result.exit_code == 0, result.output
    after = W.members(resaved.read_bytes())
    merged = {"[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"}
    # Every part LibreOffice wrote (the input sheets, the user's Narasi sheet, shared strings, theme,
    # document properties) stays byte for byte; only the four shared parts are merged.
    assert {n: before[n] for n in before if n not in merged} == {
        n: after[n] for n in before if n not in merged
    }
    built = openpyxl.load_workbook(resaved, read_only=True).sheetnames
    assert [n for n in built if n not in C.OUTPUT_SHEETS] == sheets
    assert set(built) - set(sheets) == set(C.OUTPUT_SHEETS)  # the example has analysis inputs


# --- a row copied with its Kode but another Uraian ---------------------------------------------------------


@pytest.mark.parametrize("kode", ["P1", 1.1])  # 1.1: "1.10" typed in a General cell, which Excel keeps as 1.1
def test_a_repeated_kode_with_another_uraian_is_pointed_out(kode):
    # Staff copy the row of Program "Koperasi" for Program "UMKM" and forget to change its Kode: the two
    # programs became one node (its Uraian the first's, its capaian the mean of the two indicators,
    # (50 + 10) / 2 = 30) without a word. The repeated Kode is how a node gets a second indicator, so the
    # rows stay one node, and the Uraian cell that says otherwise is pointed out.
    rows = [
        kinerja_row("T1", "Tujuan", "", "T", "Nilai T", 100, (50, None, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "S", "Nilai S", 100, (50, None, None, None)),
        kinerja_row(kode, "Program", "S1", "Program Koperasi", "Koperasi sehat", 100, (50, None, None, None)),
        kinerja_row(kode, "Program", "S1", "Program UMKM", "UMKM dibina", 200, (20, None, None, None)),
    ]
    report = run(rows, triwulan=1)
    (finding,) = _findings(report, "Kinerja", "D5")
    assert finding.severity == PERINGATAN, finding
    assert "Program UMKM" in finding.pesan and "Program Koperasi" in finding.pesan, finding.pesan


@pytest.mark.parametrize("uraian", [None, "", "program  koperasi", "Program Koperasi "])
def test_a_repeated_kode_with_its_uraian_or_none_is_not_pointed_out(uraian):
    rows = [
        kinerja_row("T1", "Tujuan", "", "Program Koperasi", "Nilai 1", 100, (50, None, None, None)),
        kinerja_row("T1", None, None, uraian, "Nilai 2", 100, (50, None, None, None)),
    ]
    assert not run(rows, triwulan=1).findings


# --- money written with ".-" -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "pagu"),
    [
        ("Rp 1.250.000.-", 1_250_000),  # the dot-dash of letters and kwitansi, like ",-"
        ("Rp. 1.250.000.-", 1_250_000),
        ("1.250.000.-", 1_250_000),
    ],
)
def test_money_written_with_a_dot_dash_is_read(typed, pagu):
    # Was a galat ("ada karakter bukan angka ('-')"). Pagu as typed, TW I 250.000: penyerapan
    # 250.000 / 1.250.000 x 100 = 20.
    rows = [kinerja_row("S1", "Sasaran", "", "S", "Nilai", 100, (50, None, None, None))]
    report = run(
        rows, [anggaran_row("P1", "Program", "S1", typed, ("250.000", None, None, None))], triwulan=1
    )
    (budget,) = report.budgets
    assert (budget.pagu, budget.penyerapan) == (pagu, 20), report.findings


# --- a Kode written another way where it is named --------------------------------------------------------


@pytest.mark.parametrize(
    ("kode", "named", "meant"),
    [
        ("1.1.", "1.1", "1.1."),  # the Sasaran's Kode typed with a trailing dot, its children name it without
        ("1.1", "1.1.", "1.1"),
        ("S1", "s1", "S1"),
        ("S 1", "S1", "S 1"),
    ],
)
def test_a_kode_named_another_way_says_which_kode_was_meant(kode, named, meant):
    # Still a galat at the Kode Induk and the Kode Sasaran (which node is meant is not guessed), but the
    # message said only "tidak ada di sheet Kinerja" beside a Kode the user sees there: it names it.
    rows = [
        kinerja_row("1", "Tujuan", "", "T", "Nilai T", 100, (50, None, None, None)),
        kinerja_row(kode, "Sasaran", "1", "S", "Nilai S", 100, (50, None, None, None)),
        kinerja_row("1.1.1", "Program", named, "P", "Nilai P", 100, (50, None, None, None)),
    ]
    budget = [anggaran_row("1.1.1", "Program", named, "1.000.000", ("250.000", None, None, None))]
    report = run(rows, budget, triwulan=1)
    for sheet, cell in (("Kinerja", "C4"), ("Anggaran", "C2")):
        (finding,) = _findings(report, sheet, cell, GALAT)
        assert f'maksud Anda "{meant}"' in finding.pesan, finding.pesan


# --- a column staff hide that still holds figures ----------------------------------------------------------


def _book_with_hidden_column(tmp_path, sheet, header, rows, anggaran=()):
    path = tmp_path / "dinas.xlsx"
    pengaturan = {"Pemerintah Daerah": "Kabupaten Contoh", "Perangkat Daerah": "Dinas Contoh", "Tahun": 2025}
    new_workbook(path, pengaturan={**pengaturan, "Triwulan": 1}, kinerja=rows, anggaran=anggaran)
    wb = openpyxl.load_workbook(path)  # another program's save, as staff hide a column in Excel
    ws = wb[sheet]
    top = next(r for r in ws.iter_rows(max_row=10) if any(c.value == header for c in r))
    cell = next(c for c in top if c.value == header)
    ws.column_dimensions[cell.column_letter].hidden = True
    wb.save(path)
    return path.read_bytes(), cell.coordinate


_KINERJA = {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "T", "Indikator": "Nilai", "Satuan": "%"}


@pytest.mark.parametrize("reader", [read_grids, read_grids_lxml])
@pytest.mark.parametrize(
    ("sheet", "header", "kinerja", "anggaran"),
    [
        # Target 80, a Target Perubahan 100 typed earlier in the column now hidden: the capaian is
        # 60 / 100 x 100 = 60 (Rendah), not the 60 / 80 x 100 = 75 (Sedang) the visible cells give.
        ("Kinerja", "Target Perubahan", {"Target": 80, "Target Perubahan": 100, "Realisasi TW I": 60}, ()),
        # Pagu 1.000.000, a Pagu Perubahan 2.000.000 hidden: penyerapan 500.000 / 2.000.000 x 100 = 25.
        (
            "Anggaran",
            "Pagu Perubahan",
            {"Target": 80, "Realisasi TW I": 60},
            [
                {
                    "Kode": "P1",
                    "Program": "P",
                    "Kode Sasaran": "T1",
                    "Pagu": 1_000_000,
                    "Pagu Perubahan": 2_000_000,
                    "Realisasi TW I": 500_000,
                }
            ],
        ),
    ],
)
def test_a_hidden_column_holding_figures_is_pointed_out(tmp_path, reader, sheet, header, kinerja, anggaran):
    data, header_cell = _book_with_hidden_column(tmp_path, sheet, header, [{**_KINERJA, **kinerja}], anggaran)
    grids, names = reader(data)
    report = compute(parse_workbook(grids, names))
    assert [b.penyerapan for b in report.budgets] == ([25] if anggaran else [])
    assert report.indicators[0].capaian == (75 if anggaran else 60)
    (finding,) = _findings(report, sheet, header_cell)
    assert finding.severity == PERINGATAN and header in finding.pesan, finding


@pytest.mark.parametrize("reader", [read_grids, read_grids_lxml])
@pytest.mark.parametrize("header", ["Target Perubahan", "Keterangan"])  # a hidden note makes no figure
def test_a_hidden_column_left_empty_is_not_pointed_out(tmp_path, reader, header):
    row = {**_KINERJA, "Target": 80, "Realisasi TW I": 60, "Keterangan": "angka sementara"}
    data, _ = _book_with_hidden_column(tmp_path, "Kinerja", header, [row])
    grids, names = reader(data)
    assert not compute(parse_workbook(grids, names)).findings


# --- "nihil" written with a full stop ------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["Nihil.", "NIHIL.", "nol.", "Nihil!"])
def test_nihil_with_a_full_stop_is_zero(typed):
    # "Nihil." (a sentence's full stop, as in a letter) was a status text: the indicator "belum
    # diketahui", without a word. Nihil is zero: Negatif, target 10, realisasi 0:
    # (2 x 10 - 0) / 10 x 100 = 200, Sangat Tinggi.
    row = kinerja_row("T1", "Tujuan", "", "T", "Kasus", 10, (typed, None, None, None), polaritas="Negatif")
    report = run([row], triwulan=1)
    ind = report.indicators[0]
    assert (ind.realisasi, ind.capaian, ind.kriteria) == (0, 200, "Sangat Tinggi"), ind


# --- thousands grouped with spaces (a PDF's typesetting) -----------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("1 250 000", "1.250.000"),
        ("Rp 1\u202f250\u202f000", "1.250.000"),  # narrow no-break spaces, as a PDF sets them
        ("1\u00a0250,5", "1.250,5"),
    ],
)
def test_thousands_grouped_with_spaces_are_a_galat_that_says_how_to_write_them(typed, meant):
    # Not read (1 250 000 may be 1.250.000 or a list "1, 250, 000"), a galat at the cell as before; the
    # message said only "ada teks '250 000' setelah angka": it says how to write the number.
    report = run([kinerja_row("T1", "Tujuan", "", "T", "Nilai", 100, (typed, None, None, None))], triwulan=1)
    (finding,) = _findings(report, "Kinerja", "K2", GALAT)
    assert meant in finding.pesan, finding.pesan


# --- a percentage summed over the quarters because Jenis Realisasi was left blank ---------------------------


@pytest.mark.parametrize(
    ("satuan", "target", "tws", "realisasi"),
    [
        ("%", "45", ("40", "42"), 82),  # 40 + 42: a rate of healthy cooperatives summed, capaian 182 %
        ("Persen (%)", "45", ("40%", "42%"), 82),
        ("Indeks", "80", ("78", "79"), 157),  # an index summed: 78 + 79
        ("Rasio", "0,5", ("0,4", "0,45"), 0.85),  # 0,4 + 0,45 (exactly 0,85; its nearest float)
    ],
)
def test_a_rate_summed_because_jenis_realisasi_was_left_blank_is_pointed_out(satuan, target, tws, realisasi):
    # Jenis Realisasi blank is Kumulatif (the README's default), so a percentage, an index or a ratio
    # reported per quarter was summed, the most common slip of hand-made reports (shared/DOMAIN.md),
    # and rated Sangat Tinggi without a word. The figure stays as the contract says; the blank cell
    # is pointed out.
    row = kinerja_row("T1", "Tujuan", "", "T", "Nilai", target, (*tws, None, None), satuan=satuan)
    report = run([row], triwulan=2)
    assert report.indicators[0].realisasi == realisasi
    (finding,) = _findings(report, "Kinerja", "H2")
    assert finding.severity == PERINGATAN and "Nilai Akhir" in finding.pesan, finding


@pytest.mark.parametrize(
    ("satuan", "jenis", "tws", "triwulan"),
    [
        ("%", "Kumulatif", ("40", "42"), 2),  # chosen on purpose
        ("Unit", None, ("25", "4"), 2),  # a count: summed, as the seed's cooperatives (25 + 4 = 29)
        ("%", None, ("40", None), 1),  # one quarter: nothing summed
        ("%", None, ("40", "-"), 2),
    ],
)
def test_a_sum_that_is_meant_is_not_pointed_out(satuan, jenis, tws, triwulan):
    row = kinerja_row("T1", "Tujuan", "", "T", "Nilai", "45", (*tws, None, None), satuan=satuan, jenis=jenis)
    assert not run([row], triwulan=triwulan).findings


# --- the whole Satuan typed after the number -----------------------------------------------------------


@pytest.mark.parametrize("satuan", ["Persen (%)", "(%)", "% per tahun"])
def test_the_whole_satuan_typed_after_the_number_is_read(satuan):
    # "40,71 Persen (%)" for Satuan "Persen (%)" was a galat ("tanda persen (%) ganda"), though the
    # README reads words spelling the whole Satuan as its unit. Target 40,71, TW I 29: capaian
    # 29 / 40,71 x 100 = 71,2355... (Sedang).
    row = kinerja_row(
        "T1", "Tujuan", "", "T", "Nilai", f"40,71 {satuan}", ("29", None, None, None), satuan=satuan
    )
    report = run([row], triwulan=1)
    ind = report.indicators[0]
    assert ind.capaian_exact == F(2900, 4071) * 100 and ind.kriteria == "Sedang", report.findings
    assert not [f for f in report.findings if f.severity == GALAT], report.findings


# --- an index written with an English decimal point ---------------------------------------------------------


@pytest.mark.parametrize(
    ("satuan", "typed", "meant"), [("Indeks", "3.125", "3,125"), ("Skor", "82.500", "82,5")]
)
def test_an_index_with_thousands_dots_is_pointed_out(satuan, typed, meant):
    # Indeks Kepuasan Masyarakat on the 1-4 scale, 3,125, typed the English way: read as 3.125 by the
    # README's rule (a dot groups thousands), so the capaian against a target of 3,10 came out
    # 3.125 / 3,1 x 100 = 100.806 % without a word, as a percentage typed so already is pointed out.
    report = run(
        [kinerja_row("T1", "Tujuan", "", "T", "IKM", "3,10", (typed, None, None, None), satuan=satuan)],
        triwulan=1,
    )
    (finding,) = _findings(report, "Kinerja", "K2")
    assert finding.severity == PERINGATAN and f"bila maksudnya {meant}," in finding.pesan, finding.pesan
    assert "%" not in finding.pesan, finding.pesan


def test_a_count_with_thousands_dots_is_not_pointed_out():
    report = run(
        [kinerja_row("T1", "Tujuan", "", "T", "UMKM", "3.000", ("3.125", None, None, None), satuan="Unit")],
        triwulan=1,
    )
    assert not report.findings, report.findings
