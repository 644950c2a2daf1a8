"""The macro-enabled workbook for desktop Excel (``new --xlsm``) and its module beside it.

What can be checked on Linux: the VBA project is xlwings' (read with oletools' olevba), the button
on Pengaturan calls a macro that the VBA defines (the form control's XML, and LibreOffice's reading
of it), the module beside the workbook runs ``hitung_ulang`` on the caller book, ``check_pair``
warns when the pair is broken, and the headless build keeps the VBA and the button.
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

import xlwings as xw  # noqa: E402

with warnings.catch_warnings():  # oletools uses pyparsing names deprecated since pyparsing 3
    warnings.simplefilter("ignore", DeprecationWarning)
    from oletools.olevba import VBA_Parser  # noqa: E402
from test_xl_server import EXAMPLE, book_json  # noqa: E402

from lkj_xl.cli import main  # noqa: E402
from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.xl.desktop import DesktopError, check_pair, new_xlsm  # noqa: E402

PENGATURAN = {c.P_PEMDA: "Kabupaten Lumajang", c.P_OPD: "Dinas Koperasi", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}


def vba_modules(path: Path) -> dict[str, str]:
    parser = VBA_Parser(str(path))
    try:
        assert parser.detect_vba_macros()
        return {name: code for _, _, name, code in parser.extract_macros()}
    finally:
        parser.close()


def button_macros(path: Path, sheet_name: str) -> list[tuple[str, str]]:
    """(macro, caption) of the form buttons on a sheet, from the package XML."""
    with zipfile.ZipFile(path) as z:
        workbook = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        rid = re.search(rf'<sheet name="{sheet_name}" sheetId="\d+" r:id="(rId\d+)"', workbook).group(1)
        target = re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{rid}"', rels)
        part = "xl/" + (target.group(1) or target.group(2))
        sheet_xml = z.read(part).decode()
        legacy = re.search(r'<legacyDrawing r:id="(rId\d+)"', sheet_xml)
        if legacy is None:
            return []
        folder, name = part.rsplit("/", 1)
        sheet_rels = z.read(f"{folder}/_rels/{name}.rels").decode()
        vml_target = re.search(
            rf'Id="{legacy.group(1)}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{legacy.group(1)}"',
            sheet_rels,
        )
        vml_path = os.path.normpath(f"{folder}/{vml_target.group(1) or vml_target.group(2)}")
        vml = z.read(vml_path).decode()
    buttons = []
    for shape in re.findall(r"<v:shape .*?</v:shape>", vml, re.S):
        if 'ObjectType="Button"' in shape:
            macro = re.search(r"<x:FmlaMacro>\[0\]!(\w+)</x:FmlaMacro>", shape).group(1)
            caption = re.sub(r"<[^>]+>", "", re.search(r"<v:textbox.*?</v:textbox>", shape, re.S).group(0))
            buttons.append((macro, caption))
    return buttons


@pytest.fixture
def pair(tmp_path) -> tuple[Path, Path]:
    return new_xlsm(tmp_path / "laporan_tw2.xlsm", pengaturan=PENGATURAN)


def test_workbook_has_xlwings_vba_and_a_button_calling_its_macro(pair):
    xlsm, module = pair
    assert module == xlsm.with_name("laporan_tw2.py") and module.is_file()
    modules = vba_modules(xlsm)
    assert "xlwings.bas" in modules  # the standalone template embeds xlwings' VBA module
    subs = {name for code in modules.values() for name in re.findall(r"^Sub (\w+)\(", code, re.M)}
    buttons = button_macros(xlsm, c.SHEET_PENGATURAN)
    assert buttons == [("SampleCall", "Hitung Ulang")]
    assert buttons[0][0] in subs
    (calling,) = [code for code in modules.values() if "Sub SampleCall()" in code]
    # The macro imports the module named after the workbook and runs its main().
    assert "mymodule = Left(ThisWorkbook.Name" in calling
    assert 'RunPython "import " & mymodule & ";" & mymodule & ".main()"' in calling
    with zipfile.ZipFile(xlsm) as z:
        types = z.read("[Content_Types].xml").decode()
        assert "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in types
        workbook = z.read("xl/workbook.xml").decode()
        assert 'codeName="ThisWorkbook"' in workbook


def test_input_sheets_are_the_template(pair, tmp_path):
    from lkj_xl.xlsx.template import new_workbook

    xlsm, _ = pair
    plain = tmp_path / "plain.xlsx"
    new_workbook(plain, pengaturan=PENGATURAN)
    got = openpyxl.load_workbook(xlsm, keep_vba=True)
    want = openpyxl.load_workbook(plain)
    assert got.sheetnames == want.sheetnames == [c.SHEET_PETUNJUK, *c.INPUT_SHEETS, *c.OPTIONAL_INPUT_SHEETS]
    for name in want.sheetnames:
        g = [[cell.value for cell in row] for row in got[name].iter_rows()]
        w = [[cell.value for cell in row] for row in want[name].iter_rows()]
        assert g == w, name
        assert len(got[name].data_validations.dataValidation) == len(
            want[name].data_validations.dataValidation
        )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.slow
def test_libreoffice_reads_the_button_and_its_macro(pair, tmp_path):
    xlsm, _ = pair
    out = tmp_path / "ods"
    env = {**os.environ, "HOME": str(tmp_path)}
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            str(out),
            str(xlsm),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env=env,
    )
    with zipfile.ZipFile(out / "laporan_tw2.ods") as z:
        content = z.read("content.xml").decode()
    assert re.search(r'<form:button [^>]*form:label="Hitung Ulang"', content)
    assert "SampleCall?language=Basic&amp;location=document" in content


def test_module_beside_runs_hitung_ulang_on_the_caller(pair, monkeypatch):
    """As RunPython does: import the module named after the workbook from its folder, call main()."""
    xlsm, _ = pair
    data = book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS)
    data["book"]["name"] = xlsm.name
    books = []

    def caller():
        books.append(xw.Book(json=copy.deepcopy(data)))
        return books[-1]

    monkeypatch.setattr(xw.Book, "caller", staticmethod(caller))
    monkeypatch.syspath_prepend(str(xlsm.parent))
    sys.modules.pop(xlsm.stem, None)
    module = __import__(xlsm.stem)
    try:
        module.main()
        actions = books[-1].json()["actions"]
        written = [a["args"][1] for a in actions if a["func"] == "addSheet"]
        assert written == list(c.OUTPUT_SHEETS)
        assert sum(a["func"] == "setValues" for a in actions) >= len(c.OUTPUT_SHEETS)

        # A workbook without Kinerja: nothing written, the message shown in a message box.
        data["sheets"] = [s for s in data["sheets"] if s["name"] != "Kinerja"]
        module.main()
        actions = books[-1].json()["actions"]
        assert [a["func"] for a in actions] == ["alert"]
        assert 'Sheet "Kinerja" tidak ditemukan' in actions[0]["args"][0]
    finally:
        sys.modules.pop(xlsm.stem, None)


def test_check_pair_warns_when_the_module_is_missing_or_misnamed(pair, tmp_path):
    xlsm, module = pair
    assert check_pair(xlsm) is None
    assert check_pair(tmp_path / "lain.xlsx") is None  # not a macro workbook: nothing to pair

    renamed = xlsm.rename(tmp_path / "laporan_tw3.xlsm")  # e.g. "Save As" for the next quarter
    warning = check_pair(renamed)
    assert '"laporan_tw3.py" tidak ada' in warning
    assert 'Salin "laporan_tw2.py" menjadi "laporan_tw3.py"' in warning

    module.unlink()
    warning = check_pair(renamed)
    assert "laporan_tw3.py" in warning and 'lkj-xl pair "laporan_tw3.xlsm"' in warning

    (tmp_path / "Laporan_TW3.py").write_text("x = 1\n")
    assert "huruf besar/kecil" in check_pair(renamed)
    (tmp_path / "Laporan_TW3.py").unlink()

    (tmp_path / "laporan_tw3.py").write_text("def main():\n    pass\n")
    assert "bukan modul lkj-xl" in check_pair(renamed)
    (tmp_path / "laporan_tw3.py").unlink()

    emailed = renamed.rename(tmp_path / "laporan_tw3 (1).xlsm")  # a mail client's duplicate name
    warning = check_pair(emailed)
    assert "tidak dapat menjadi nama modul" in warning and "laporan_tw3_1.xlsm" in warning

    restored = emailed.rename(tmp_path / "laporan_tw3.xlsm")
    result = CliRunner().invoke(main, ["pair", str(restored)])
    assert result.exit_code == 0, result.output
    assert check_pair(restored) is None
    (tmp_path / "laporan_tw3.py").write_text("def main():\n    pass\n")  # someone else's module
    result = CliRunner().invoke(main, ["pair", str(restored)])
    assert result.exit_code != 0 and "not lkj-xl's module" in result.output
    assert (tmp_path / "laporan_tw3.py").read_text() == "def main():\n    pass\n"  # never overwritten


def test_names_the_macro_cannot_import_are_refused(tmp_path):
    with pytest.raises(DesktopError, match="laporan_tw2.xlsm"):
        new_xlsm(tmp_path / "laporan-tw2.xlsm")
    with pytest.raises(DesktopError, match="Python module"):
        new_xlsm(tmp_path / "json.xlsm")  # "import json" would find the standard library
    with pytest.raises(DesktopError, match=r"\.xlsm"):
        new_xlsm(tmp_path / "laporan.xlsx")
    new_xlsm(tmp_path / "laporan.xlsm")
    with pytest.raises(DesktopError, match="already exists"):
        new_xlsm(tmp_path / "laporan.xlsm")
    new_xlsm(tmp_path / "laporan.xlsm", force=True)


def test_headless_build_keeps_the_vba_and_the_button(tmp_path):
    from lkj_xl.build import build

    # The example's rows in a macro workbook.
    example = openpyxl.load_workbook(EXAMPLE)
    rows = {}
    for name, headers in ((c.SHEET_KINERJA, c.KINERJA_HEADERS), (c.SHEET_ANGGARAN, c.ANGGARAN_HEADERS)):
        values = list(example[name].iter_rows(values_only=True))
        head = next(i for i, r in enumerate(values) if r and r[0] == "Kode")
        rows[name] = [dict(zip(headers, r)) for r in values[head + 1 :] if any(v is not None for v in r)]
    xlsm, _ = new_xlsm(
        tmp_path / "terisi.xlsm",
        pengaturan=PENGATURAN,
        kinerja=rows[c.SHEET_KINERJA],
        anggaran=rows[c.SHEET_ANGGARAN],
    )
    with zipfile.ZipFile(xlsm) as z:
        vba_before = z.read("xl/vbaProject.bin")

    report = build(xlsm)
    assert report.indicators
    with zipfile.ZipFile(xlsm) as z:
        assert z.read("xl/vbaProject.bin") == vba_before
        assert (
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in z.read("[Content_Types].xml").decode()
        )
    wb = openpyxl.load_workbook(xlsm, keep_vba=True)
    assert set(c.written_sheets(False)) <= set(wb.sheetnames)  # the rows copied carry no analysis input
    assert button_macros(xlsm, c.SHEET_PENGATURAN) == [("SampleCall", "Hitung Ulang")]
    assert "Sub SampleCall()" in "".join(vba_modules(xlsm).values())
    assert check_pair(xlsm) is None
