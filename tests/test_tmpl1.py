"""tmpl1: Pengaturan's Triwulan dropdown lets staff make the half-year and the year's report.

The reader takes a Triwulan typed `Semester I`, `Semester II`, `Tahunan` (README, Pengaturan table,
row Triwulan), but the workbooks the tool writes (``lkj-xl new``, the committed template, the example)
carried a blocking list validation "1,2,3,4" ("Triwulan harus 1, 2, 3 atau 4."): in Excel or Calc
typing `Semester I` in B7 was refused, so the Semester report the tool supports could not be made.
Now the list offers the half years and the year, and other forms the reader accepts (`TW II`,
`Triwulan II Tahun 2025`) are let through after a warning.

The Calc tests drive LibreOffice for real (tests/calc_typing.py): the text typed into B7, Calc's own
Tools > Detective > Mark Invalid Data telling whether the validation refuses it, then ``lkj-xl build``.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core.pengaturan_nilai import triwulan_text
from tests.common import EXAMPLE, ROOT
from tests.test_calc1 import LO_PYTHON, TYPING, needs_uno

TEMPLATE = ROOT / "templates" / "lkj-xl-template.xlsx"
# What the dropdown offers: the four quarters, the two half years, the year's report.
CHOICES = ["1", "2", "3", "4", "Semester I", "Semester II", "Tahunan"]


def _new(folder: Path) -> Path:
    out = folder / "baru.xlsx"
    args = ["new", str(out), "--pemda", "Kabupaten Lumajang", "--opd", "Dinas Koperasi", "--tahun", "2025"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return out


def _triwulan_rule(path: Path):
    """The data validation over Pengaturan's Triwulan value cell (B7), and that cell's help text."""
    ws = openpyxl.load_workbook(path)[c.SHEET_PENGATURAN]
    assert ws["A7"].value == c.P_TRIWULAN  # B7 is where staff type it (README, calc tests)
    (rule,) = [dv for dv in ws.data_validations.dataValidation if "B7" in dv.sqref]
    return rule, ws["C7"].value


@pytest.fixture(scope="module", params=["new", "template", "example"])
def workbook(request, tmp_path_factory) -> Path:
    if request.param == "new":
        return _new(tmp_path_factory.mktemp("tmpl1"))
    return TEMPLATE if request.param == "template" else EXAMPLE


def test_triwulan_dropdown_offers_the_half_years_and_the_year(workbook):
    rule, _ = _triwulan_rule(workbook)
    assert rule.type == "list"
    assert rule.formula1.strip('"').split(",") == CHOICES
    # openpyxl's showDropDown=True *hides* the in-cell arrow: the dropdown must show.
    assert not rule.showDropDown


def test_triwulan_validation_lets_other_accepted_forms_through(workbook):
    rule, _ = _triwulan_rule(workbook)
    # "stop" (openpyxl's default, None) refuses what is typed; warning / information let it in.
    assert rule.errorStyle in ("warning", "information")
    assert rule.showErrorMessage
    message = rule.error
    for choice in CHOICES:
        assert choice in message, choice
    assert "harus" not in message  # no longer "Triwulan harus 1, 2, 3 atau 4."
    # The forms the message offers as also read are read by the reader, as what they say (Tahun 2025).
    others = re.findall(r"seperti (.+?) juga dibaca", message)
    assert others, message
    forms = [f.strip() for f in re.split(r",| atau ", others[0])]
    assert forms == ["TW II", "Triwulan II Tahun 2025"]
    assert all(triwulan_text(f, 2025) == 2 for f in forms)  # both name the second quarter
    assert len(message) <= 255 and len(rule.prompt) <= 255  # Excel's limits for these texts


def test_triwulan_input_message_and_help_name_the_half_year_and_the_year(workbook):
    rule, help_cell = _triwulan_rule(workbook)
    for text in (rule.prompt, help_cell, c.PENGATURAN_HELP[c.P_TRIWULAN]):
        assert "Semester I" in text and "Semester II" in text and "Tahunan" in text, text
        assert "laporan semester" in text and "laporan tahunan" in text, text
    assert help_cell == c.PENGATURAN_HELP[c.P_TRIWULAN]


# --- in LibreOffice Calc, as staff type ----------------------------------------------------------


def _calc(folder: Path, src: Path, out: Path, actions: list) -> list[dict]:
    """``src`` opened in Calc (locale id-ID), ``actions`` done, saved as ``out``; the "check" results."""
    result = subprocess.run(
        [LO_PYTHON, str(TYPING), str(folder / "profile"), "id-ID", str(src), str(out), json.dumps(actions)],
        check=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
    )
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


@pytest.mark.slow
@needs_uno
def test_calc_accepts_semester_i_typed_into_a_new_workbook(tmp_path):
    src = _new(tmp_path)
    typed = ["Semester I", "Semester II", "Tahunan", "Triwulan II Tahun 2025"]
    actions = [
        a for text in typed for a in (["type", "Pengaturan", "B7", text], ["check", "Pengaturan", "B7"])
    ]
    checks = _calc(tmp_path, src, tmp_path / "diisi.xlsx", actions)
    assert [chk["text"] for chk in checks] == typed  # kept as typed
    for chk in checks:
        assert chk["type"] == "LIST" and chk["list"] == CHOICES
        assert chk["alert"] in ("WARNING", "INFO") and chk["show_error"]
    # Calc's own check: the dropdown's entries are valid; another form is let in after the warning.
    assert [chk["valid"] for chk in checks] == [True, True, True, False]
    wb = openpyxl.load_workbook(tmp_path / "diisi.xlsx")
    assert wb[c.SHEET_PENGATURAN]["B7"].value == "Triwulan II Tahun 2025"


@pytest.mark.slow
@needs_uno
@pytest.mark.parametrize(
    "typed, semester, tahunan, triwulan, title",
    [
        # Semester I is counted s.d. TW II, the year's report s.d. TW IV (README, row Triwulan).
        ("Semester I", 1, False, 2, "Semester I Tahun 2025"),
        ("Tahunan", None, True, 4, "Tahun 2025"),
    ],
)
def test_typed_in_calc_then_build_makes_the_semester_or_annual_report(
    tmp_path, typed, semester, tahunan, triwulan, title
):
    src = tmp_path / "contoh.xlsx"
    shutil.copy(EXAMPLE, src)
    out = tmp_path / "laporan.xlsx"
    (check,) = _calc(tmp_path, src, out, [["type", "Pengaturan", "B7", typed], ["check", "Pengaturan", "B7"]])
    assert check["valid"] and check["text"] == typed
    result = CliRunner().invoke(main, ["build", str(out)])
    assert result.exit_code == 0, result.output
    exported = CliRunner().invoke(main, ["export", str(out)])
    assert exported.exit_code == 0, exported.output
    report = json.loads(exported.stdout)
    assert (report["semester"], report["tahunan"], report["triwulan"]) == (semester, tahunan, triwulan)
    ws = openpyxl.load_workbook(out)["Capaian Tujuan Sasaran"]
    heading = " ".join(str(v) for row in ws.iter_rows(max_row=3, values_only=True) for v in row if v)
    assert title in heading, heading
    assert "Triwulan" not in heading, heading  # not the quarter's report
    assert ("Semester" in heading) == bool(semester), heading
