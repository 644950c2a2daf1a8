"""Staff without Microsoft Office: the workbook filled, saved and reopened in LibreOffice Calc.

LibreOffice is driven for real (tests/calc_typing.py, run with the system python that has LibreOffice's
``uno``): cells typed as on the keyboard, so Calc's own reading applies (a "85%" stored as 0,85 with a
percent format, "1/2" turned into a date, "1.234" read by the locale), a row inserted, formulas typed, a
sheet of the staff's own; then ``lkj-xl build``, the built workbook opened and saved again by Calc (as
staff do to add a note or print) and built again, three times.
"""

from __future__ import annotations

import io
import json
import math
import shutil
import subprocess
from fractions import Fraction as F
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.build import build_in_memory
from lkj_xl.cli import main
from lkj_xl.core import contract as C
from tests.common import EXAMPLE
from tests.corpus import workbooks as W

TYPING = Path(__file__).with_name("calc_typing.py")
LO_PYTHON = "/usr/bin/python3"  # the python LibreOffice's uno bridge is installed for (python3-uno)


def _have_uno() -> bool:
    if W.SOFFICE is None or shutil.which(LO_PYTHON) is None:
        return False
    return subprocess.run([LO_PYTHON, "-c", "import uno"], capture_output=True).returncode == 0


needs_uno = pytest.mark.skipif(not _have_uno(), reason="LibreOffice with python3-uno is not installed")


def calc(tmp_path: Path, src: Path, out: Path, actions: list, locale: str = "id-ID") -> Path:
    """``src`` opened in LibreOffice Calc with ``locale``, ``actions`` done, saved as ``out``."""
    profile = tmp_path / f"profile-{locale}"
    subprocess.run(
        [LO_PYTHON, str(TYPING), str(profile), locale, str(src), str(out), json.dumps(actions)],
        check=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    return out


def example_typed(tmp_path: Path, actions: list, locale: str = "id-ID", out: str = "diisi.xlsx") -> Path:
    """The example workbook opened in Calc, ``actions`` done, saved as ``out``."""
    src = tmp_path / "contoh.xlsx"
    shutil.copy(EXAMPLE, src)
    return calc(tmp_path, src, tmp_path / out, actions, locale)


def build(path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(path)])
    assert result.exit_code == 0, result.output


def indicators(path: Path) -> dict[str, dict]:
    result = CliRunner().invoke(main, ["export", str(path)])
    assert result.exit_code == 0, result.output
    return {i["kode"]: i for i in json.loads(result.stdout)["indikator"]}


def findings(path: Path) -> dict[str, str]:
    """Pemeriksaan's messages of a built workbook by 'Sheet!Cell'."""
    ws = openpyxl.load_workbook(path, read_only=True)["Pemeriksaan"]
    return {f"{r[2]}!{r[3]}": r[4] for r in ws.iter_rows(min_row=5, values_only=True) if r[0] is not None}


def _same(a, b, where: str) -> None:
    # LibreOffice saves numbers with 15 significant digits (see tests/test_staff_round4.py).
    num = (int, float)
    if isinstance(a, num) and isinstance(b, num) and not isinstance(a, bool) and not isinstance(b, bool):
        assert math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12), (where, a, b)
    else:
        assert a == b, (where, a, b)


# The example's rows (workbooks/make_example.py): Kinerja row 6 P1.01, 7 K1.01.01, 8 P1.02 (%, target
# 100%), 9 K1.02.01 (dokumen, target 2), 10 P1.03 (%, target 61,45%), 11 K1.03.01 (dokumen, target 2);
# Anggaran row 5 P2.01 (pagu 41.000.000).
_ROW_8 = {
    "A8": "K1.01.02",
    "B8": "Kegiatan",
    "C8": "P1.01",
    "D8": "Pelatihan SDM industri",
    "E8": "Jumlah pelatihan",
    "F8": "kali",
    "G8": "Positif",
    "H8": "Kumulatif",
    "I8": "4",
    "K8": "1",
    "L8": "=1+1",
}
NEW_ROW = [
    ["insert_row", "Kinerja", 8],  # above P1.02: a second Kegiatan of P1.01
    *(["type", "Kinerja", cell, text] for cell, text in _ROW_8.items()),
    ["type", "Anggaran", "G5", "=4000000*3"],
    ["new_sheet", "Catatan Staf", "A1", "Catatan: data BPS menyusul"],
]


@pytest.mark.slow
@needs_uno
def test_built_resaved_by_calc_and_rebuilt_three_times_keeps_figures_and_staff_sheet(tmp_path):
    typed = example_typed(tmp_path, NEW_ROW)
    once = tmp_path / "sekali.xlsx"
    shutil.copy(typed, once)
    build(once)  # the reference: the inputs built once, the output never touched by LibreOffice

    found = indicators(once)
    # K1.01.02, Kumulatif: TW I 1 + TW II (=1+1) 2 = 3 against target 4: 3/4 x 100 = 75, and exactly
    # 75 is Sedang (> 65 - 75).
    assert F(found["K1.01.02"]["realisasi"]) == 3
    assert F(found["K1.01.02"]["capaian"]) == F(3, 4) * 100
    assert found["K1.01.02"]["kriteria"] == "Sedang"
    anggaran = json.loads(CliRunner().invoke(main, ["export", str(once)]).stdout)["anggaran"]
    p201 = next(a for a in anggaran if a["kode"] == "P2.01")
    # Realisasi TW II typed as the formula =4000000*3 (12.000.000) against pagu 41.000.000.
    assert F(p201["realisasi"]) == 12_000_000
    assert math.isclose(p201["penyerapan"], float(F(12_000_000, 41_000_000) * 100), rel_tol=1e-12)

    cycled = tmp_path / "laporan.xlsx"
    shutil.copy(once, cycled)
    for n in (1, 2, 3):
        # Staff open the built workbook in Calc, add a note in their own sheet, save; then build again.
        saved = calc(
            tmp_path,
            cycled,
            tmp_path / f"lo{n}.xlsx",
            [["type", "Catatan Staf", f"A{n + 1}", f"catatan {n}"]]
            # the second time, also a note typed under Ringkasan's table (its protection unticked)
            + (
                [["unprotect", "Ringkasan"], ["type", "Ringkasan", "A40", "catatan pimpinan"]]
                if n == 2
                else []
            ),
        )
        if n == 1:
            lo = openpyxl.load_workbook(saved)
            ref = openpyxl.load_workbook(once)
            for name in C.OUTPUT_SHEETS:
                if name not in ref.sheetnames:
                    continue
                # Calc keeps what the build set on its sheets: protection, print area, conditional
                # formats, the Grafik charts.
                assert lo[name].protection.sheet == ref[name].protection.sheet, name
                assert lo[name].print_area == ref[name].print_area, name
                assert len(lo[name].conditional_formatting) == len(ref[name].conditional_formatting), name
                assert len(lo[name]._charts) == len(ref[name]._charts), name
        shutil.copy(saved, cycled)
        warned = _build_warnings(cycled)
        # Calc kept the tool's sheets as they were: nothing was typed in them but that one note.
        assert warned == (
            ["warning: Ringkasan: a typed cell added inside this output sheet was discarded by the rebuild"]
            if n == 2
            else []
        ), warned
        names = openpyxl.load_workbook(cycled, read_only=True).sheetnames
        assert names == openpyxl.load_workbook(once, read_only=True).sheetnames, names  # none doubled or lost
    notes = [
        r[0]
        for r in openpyxl.load_workbook(cycled, read_only=True)["Catatan Staf"].iter_rows(values_only=True)
    ]
    assert notes == ["Catatan: data BPS menyusul", "catatan 1", "catatan 2", "catatan 3"]

    # The figures of every output sheet are those of the build never touched by LibreOffice.
    a = openpyxl.load_workbook(io.BytesIO(build_in_memory(once).data))
    b = openpyxl.load_workbook(io.BytesIO(build_in_memory(cycled).data))
    for name in C.OUTPUT_SHEETS:
        if name in a.sheetnames:
            for row in a[name].iter_rows():
                for cell in row:
                    _same(cell.value, b[name][cell.coordinate].value, f"{name}!{cell.coordinate}")


@pytest.mark.slow
@needs_uno
def test_what_calc_makes_of_typing_in_an_indonesian_locale(tmp_path):
    typed = [
        ["type", "Kinerja", "L5", "3,1%"],  # S1, %, target 3,63%: Calc stores 0,031 formatted 0.00%
        ["type", "Kinerja", "L8", "85%"],  # P1.02, %, target 100%
        ["type", "Kinerja", "L9", "1/2"],  # K1.02.01, dokumen: Calc makes it 1 February, a date
        ["type", "Kinerja", "L11", "1.234"],  # K1.03.01, dokumen, target 2: id-ID reads 1234
        ["text_format", "Kinerja", "L7"],
        ["type", "Kinerja", "L7", "95"],  # K1.01.01 in a Text cell: kept as the text "95"
    ]
    out = example_typed(tmp_path, typed)
    wb = openpyxl.load_workbook(out)
    assert (wb["Kinerja"]["L8"].value, wb["Kinerja"]["L8"].number_format) == (0.85, "0.00%")
    assert wb["Kinerja"]["L7"].value == "95"
    build(out)
    found = indicators(out)
    # 3,1% of a % indicator is 3,1: capaian 3,1 / 3,63 x 100 = 310/3,63 = 31000/363 (about 85,40), Tinggi.
    assert math.isclose(found["S1"]["capaian"], float(F(31000, 363)), rel_tol=1e-12)
    assert found["S1"]["kriteria"] == "Tinggi"
    # 85% of a % indicator is 85 against 100: capaian 85, Tinggi.
    assert (F(found["P1.02"]["realisasi"]), F(found["P1.02"]["capaian"])) == (85, 85)
    # The text "95" is the number 95: 95 / 400 x 100 = 23,75.
    assert F(found["K1.01.01"]["capaian"]) == F(95, 400) * 100
    # The date is no figure: a galat at the cell that names LibreOffice, where staff typed it.
    assert found["K1.02.01"]["capaian"] is None
    said = findings(out)
    assert "tanggal" in said["Kinerja!L9"] and "LibreOffice" in said["Kinerja!L9"], said["Kinerja!L9"]
    # 1.234 is 1234 in an Indonesian Calc: counted, and pointed out as more than 10 times the target.
    assert F(found["K1.03.01"]["realisasi"]) == 1234
    assert "LibreOffice" in said["Kinerja!I11"], said["Kinerja!I11"]


@pytest.mark.slow
@needs_uno
def test_what_calc_makes_of_typing_in_an_english_locale(tmp_path):
    typed = [
        ["type", "Kinerja", "L7", "TRUE"],  # en-US Calc makes a boolean
        ["type", "Kinerja", "L10", "61,45"],  # P1.03: not a number in en-US, kept as text
        ["type", "Kinerja", "L11", "1.234"],  # K1.03.01, dokumen: en-US reads 1,234
    ]
    out = example_typed(tmp_path, typed, locale="en-US")
    wb = openpyxl.load_workbook(out)
    assert (wb["Kinerja"]["L7"].value, wb["Kinerja"]["L10"].value, wb["Kinerja"]["L11"].value) == (
        True,
        "61,45",
        1.234,
    )
    build(out)
    found = indicators(out)
    said = findings(out)
    assert found["K1.01.01"]["capaian"] is None and "nilai logika" in said["Kinerja!L7"]
    # "61,45" read the Indonesian way: 61,45 against target 61,45% is 100, Sangat Tinggi.
    assert F(found["P1.03"]["capaian"]) == 100 and found["P1.03"]["kriteria"] == "Sangat Tinggi"
    # 1,234 of a whole-unit indicator: counted as saved, with a peringatan telling how it came about
    # on the program the staff use.
    assert "1234" in said["Kinerja!L11"] and "LibreOffice" in said["Kinerja!L11"], said["Kinerja!L11"]


@pytest.mark.slow
@needs_uno
def test_a_workbook_saved_as_ods_by_calc_gets_a_clear_message(tmp_path):
    ods = example_typed(tmp_path, [["type", "Kinerja", "L8", "85%"]], out="laporan.ods")
    before = ods.read_bytes()
    result = CliRunner().invoke(main, ["build", str(ods)])
    assert result.exit_code == 2
    assert "OpenDocument" in result.output and ".xlsx" in result.output, result.output
    assert ods.read_bytes() == before  # nothing written over the staff's file


def test_a_formula_without_its_saved_value_tells_to_save_in_excel_or_calc(tmp_path):
    # A workbook whose formulas were written by a script (or a program that keeps no results): the
    # galat tells staff without Excel that saving in LibreOffice Calc stores the results too (it does:
    # the cycle above reads Calc's saved =1+1 as 2).
    path = tmp_path / "laporan.xlsx"
    wb = openpyxl.load_workbook(EXAMPLE)
    wb["Kinerja"]["L9"] = "=1+0"  # K1.02.01; openpyxl saves the formula without a value
    wb.save(path)
    build(path)
    said = findings(path)
    assert "rumus tanpa nilai tersimpan" in said["Kinerja!L9"], said
    assert "LibreOffice Calc" in said["Kinerja!L9"], said["Kinerja!L9"]


def _build_warnings(path: Path) -> list[str]:
    result = CliRunner().invoke(main, ["build", str(path)])
    assert result.exit_code == 0, result.output
    return [line for line in result.stderr.splitlines() if line.startswith("warning:")]


def test_a_note_typed_in_an_unprotected_output_sheet_is_named_when_the_rebuild_drops_it(tmp_path):
    # Staff open the built workbook (Calc: Tools > Protect Sheet unticked; the tool's sheets have no
    # password) and type a note under Ringkasan's table. The rebuild rewrites the sheet from the inputs:
    # the note is gone, and the build must say so, as it does for a comment or a picture.
    path = tmp_path / "laporan.xlsx"
    shutil.copy(EXAMPLE, path)
    assert _build_warnings(path) == []
    wb = openpyxl.load_workbook(path)
    ws = wb["Ringkasan"]
    ws.protection.sheet = False
    ws.cell(ws.max_row + 2, 1, "Catatan Kepala Dinas: data BPS menyusul")
    wb.save(path)
    warnings = _build_warnings(path)
    assert warnings == [
        "warning: Ringkasan: a typed cell added inside this output sheet was discarded by the rebuild"
    ], warnings
    # Built again untouched (protected again, nothing typed): no warning.
    assert _build_warnings(path) == []


def _built_unprotected(tmp_path: Path):
    """The example built, then every sheet's protection removed (Calc: Tools > Protect Sheet unticked)."""
    path = tmp_path / "laporan.xlsx"
    shutil.copy(EXAMPLE, path)
    _build_warnings(path)
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        ws.protection.sheet = False
    return path, wb


@pytest.mark.parametrize("realisasi", [None, 390])
def test_an_unprotected_output_sheet_without_typing_gives_no_warning(tmp_path, realisasi):
    # Unprotected but holding only what the tool wrote: rebuilt from the same inputs, or after a
    # realisasi corrected, where the rebuild changes the tool's own texts in their cells (K1.01.01: 95 of
    # 400, Sangat Rendah, becomes 390 of 400, 390/400 x 100 = 97,5, Sangat Tinggi). None is the user's.
    path, wb = _built_unprotected(tmp_path)
    if realisasi is not None:
        wb["Kinerja"]["L7"] = realisasi
    wb.save(path)
    assert _build_warnings(path) == []
    if realisasi is not None:
        assert indicators(path)["K1.01.01"]["kriteria"] == "Sangat Tinggi"


def test_the_next_quarter_rebuilt_over_unprotected_sheets_names_no_typed_cell(tmp_path):
    # (review of the session's outputs) Sheets left unprotected, then the routine next-quarter step:
    # Pengaturan's Triwulan 2 -> 3. The rebuild rewords and moves the tool's own texts (Grafik's
    # "s.d. TW II 2025" headers, Analisis Capaian's sentences "... s.d. Triwulan II"); none is a note
    # staff typed (each is in a cell of the tool's own format), so no "typed cell" is named.
    path, wb = _built_unprotected(tmp_path)
    assert wb["Pengaturan"]["B7"].value in (2, "2", "II")  # the example's Triwulan (seed: Triwulan II)
    wb["Pengaturan"]["B7"] = 3
    wb.save(path)
    assert not [w for w in _build_warnings(path) if "typed cell" in w]


_NEW_ROWS = {
    4: (
        "T1",
        "Tujuan",
        "",
        "Meningkatnya koperasi sehat",
        "Persentase koperasi sehat",
        "%",
        "Positif",
        "Nilai Akhir",
    ),
    5: ("P1", "Program", "T1", "Program koperasi", "Jumlah koperasi dibina", "unit", "Positif", "Kumulatif"),
}


@pytest.mark.slow
@needs_uno
def test_a_new_workbook_filled_in_calc_builds_the_typed_figures(tmp_path):
    path = tmp_path / "baru.xlsx"
    args = ["new", str(path), "--pemda", "Kabupaten Lumajang", "--opd", "Dinas Koperasi", "--tahun", "2025"]
    assert CliRunner().invoke(main, [*args, "--triwulan", "2"]).exit_code == 0
    typed = [
        ["type", "Kinerja", f"{col}{row}", text]
        for row, texts in _NEW_ROWS.items()
        for col, text in zip("ABCDEFGH", texts)
        if text
    ]
    typed += [
        ["type", "Kinerja", "I4", "85"],
        ["type", "Kinerja", "L4", "85%"],  # Calc: 0,85 formatted as a percentage
        ["type", "Kinerja", "I5", "40"],
        ["type", "Kinerja", "K5", "10"],
        ["type", "Kinerja", "L5", "8"],
        ["type", "Anggaran", "A4", "P1"],
        ["type", "Anggaran", "B4", "Program koperasi"],
        ["type", "Anggaran", "D4", "Rp 1.000.000"],  # an Indonesian Calc reads the currency: 1000000
        ["type", "Anggaran", "G4", "250.000"],
    ]
    out = calc(tmp_path, path, tmp_path / "diisi.xlsx", typed)
    build(out)
    found = indicators(out)
    # T1, %: 85% against 85 is 85/85 x 100 = 100, Sangat Tinggi.
    assert (F(found["T1"]["realisasi"]), F(found["T1"]["capaian"]), found["T1"]["kriteria"]) == (
        85,
        100,
        "Sangat Tinggi",
    )
    # P1, Kumulatif: 10 + 8 = 18 of 40, 18/40 x 100 = 45, Sangat Rendah (<= 50).
    assert (F(found["P1"]["realisasi"]), F(found["P1"]["capaian"]), found["P1"]["kriteria"]) == (
        18,
        45,
        "Sangat Rendah",
    )
    (program,) = json.loads(CliRunner().invoke(main, ["export", str(out)]).stdout)["anggaran"]
    # 250.000 of a pagu of 1.000.000: 25 %.
    assert (F(program["pagu"]), F(program["realisasi"]), F(program["penyerapan"])) == (1_000_000, 250_000, 25)
