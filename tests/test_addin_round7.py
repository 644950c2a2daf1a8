"""Add-in round 7: a duration past 24 hours typed in a Kinerja realisasi, pressed through Hitung Ulang.

"25:30" (25 jam 30 menit, a rata-rata waktu pelayanan perizinan) typed in a General cell is kept by
Excel as the elapsed time 25 / 24 + 30 / 1440 = 1,0625 days formatted [h]:mm:ss (or [h]:mm where staff
set it). `lkj-xl build` says at the cell what to type (tests/test_fix11.py): "Excel menyimpannya
sebagai lama waktu (25 jam 30 menit) ... tulis angkanya dalam jam saja: 25,5". Each front end the
tests can drive gets the value the way its Excel hands it over and must say the same at the same cell:
- the task pane: lkj.js (as `lkj-xl serve` serves it) reads the serial 1,0625 and its format, sends
  a date (its [h] is a time format, as in xlwings' client), and the server's script answers;
- the desktop button: COM's Range.Value gives the VT_DATE 1,0625, 31 December 1899 01:30 (OLE dates
  count from 30 December 1899);
- xlwings Lite: its client sends the date as xlwings Server's does (convertDateValues:
  (serial - 25569) days from 1970 as an ISO string), "1899-12-31T01:30:00.000Z".
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from fractions import Fraction

import openpyxl
import pytest

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

from lkj_xl.build import load_report  # noqa: E402
from lkj_xl.core import contract as c  # noqa: E402
from lkj_xl.core.model import GALAT  # noqa: E402
from lkj_xl.xl import scripts  # noqa: E402
from lkj_xl.xl.scripts import hitung_ulang  # noqa: E402
from tests.helpers_taskpane import (
    NODE,  # noqa: E402
    press_read,  # noqa: E402
)
from tests.helpers_workbooks import waktu_pelayanan  # noqa: E402
from tests.test_lite_in_place import FakeLite  # noqa: E402
from tests.test_xl_desktop_in_place import desktop_book  # noqa: E402
from tests.test_xl_server import book_json, build_findings, pemeriksaan_rows, remote_book, replay_plan  # noqa: E402

# 25 jam 30 menit = 25 + 30 / 60 = 25,5 jam; Excel keeps 25,5 / 24 = 1,0625 days (serial 1,0625).
SERIAL = Fraction(17, 16)
assert SERIAL == (Fraction(25) + Fraction(30, 60)) / 24 == Fraction("1.0625")
# COM's VT_DATE of that serial: 30 December 1899 (OLE day 0) + 1 day + 0,0625 x 24 = 1,5 hours.
assert Fraction(3, 2) / 24 == SERIAL - 1
COM_DATE = dt.datetime(1899, 12, 31, 1, 30)
# xlwings' Office.js client: new Date((serial - 25569) days from 1970).toISOString(); 25569 days before
# 1 January 1970 is 30 December 1899, so the same 31 December 1899 01:30.
assert dt.datetime(1970, 1, 1) - dt.timedelta(days=25569) == dt.datetime(1899, 12, 30)
ISO = "1899-12-31T01:30:00.000Z"
CELL = ("Kinerja", "L17")  # K2.02.01's Realisasi TW II (tests/test_fix11.py's book)
FORMATS = ["[h]:mm:ss", "[h]:mm"]


def _book(tmp_path, number_format: str):
    return waktu_pelayanan(tmp_path, "durasi", float(SERIAL), number_format)


def _built_galat(path) -> tuple[str, str, str, str]:
    """The galat `lkj-xl build` gives at L17, checked against what fix11 made it say."""
    (said,) = [f for f in build_findings(path) if (f[1], f[2]) == CELL]
    tingkat, _sheet, _sel, pesan = said
    assert tingkat == GALAT.capitalize()
    assert "Excel menyimpannya sebagai lama waktu (25 jam 30 menit)" in pesan, pesan
    assert "tulis angkanya dalam jam saja: 25,5" in pesan and "tanggal" not in pesan, pesan
    return said


def _xlwings_client_sends(value: float, number_format: str) -> object:
    """What xlwings' own Office.js client (xlwings Server's static JS, the code xlwings Lite shares)
    sends for a number cell: its convertDateValues run under Node; ISO when that cannot run here."""
    import importlib.util
    import json
    import subprocess
    from pathlib import Path

    spec = importlib.util.find_spec("xlwings_server")
    if NODE is None or spec is None or spec.origin is None:
        return ISO
    module = Path(spec.origin).parent / "static" / "js" / "custom-scripts" / "workbook-metadata.js"
    script = (
        f"import {{ convertDateValues }} from {json.dumps(module.as_uri())};\n"
        f"const v = [[{value!r}]]; convertDateValues(v, [[{json.dumps(number_format)}]]);\n"
        "process.stdout.write(JSON.stringify(v[0][0]));\n"
    )
    done = subprocess.run(
        [NODE, "--input-type=module", "-e", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _no_capaian(report) -> None:
    (ind,) = [i for i in report.indicators if i.kode == "K2.02.01"]
    assert ind.capaian_exact is None  # no figure guessed from 1,0625 or from 1 January 1900


def _task_pane_book(path) -> dict:
    """The input sheets as the task pane's Office.js hands them over: numbers (a date or an elapsed
    time as its serial), each cell's number format, merged areas."""
    from openpyxl.utils.datetime import to_excel

    wb = openpyxl.load_workbook(path, data_only=True)
    book = {}
    for name in c.INPUT_SHEETS:
        ws = wb[name]
        cells = list(ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column))

        def serial(v):
            if isinstance(v, dt.timedelta):  # openpyxl reads an [h] cell as a duration
                return v / dt.timedelta(days=1)
            return to_excel(v) if isinstance(v, dt.datetime) else ("" if v is None else v)

        book[name] = {
            "values": [[serial(x.value) for x in row] for row in cells],
            "formats": [[x.number_format for x in row] for row in cells],
            "merged": [str(r) for r in ws.merged_cells.ranges],
        }
    return book


@pytest.mark.skipif(NODE is None, reason="node is not installed")
@pytest.mark.parametrize("number_format", FORMATS)
def test_task_pane_says_what_lkj_xl_build_says_of_a_duration_past_24_hours(tmp_path, number_format):
    import xlwings as xw

    from lkj_xl.xl.scripts import hitung_ulang_script

    path = _book(tmp_path, number_format)
    want = _built_galat(path)
    book = _task_pane_book(path)
    assert book["Kinerja"]["values"][16][11] == float(SERIAL)  # L17 as Range.values gives it
    posted = press_read(tmp_path, book, "1.20")["posted"]
    kinerja = next(s for s in posted["sheets"] if s["name"] == "Kinerja")
    assert kinerja["values"][16][11] == ISO  # sent as a date, as xlwings' client sends it
    remote = xw.Book(json=posted)
    asyncio.run(hitung_ulang_script(remote, *posted["args"]))
    sheets, _alerts, _syncs = replay_plan(posted, remote.json()["actions"])
    rows = pemeriksaan_rows(next(s for s in sheets if s.name == c.SHEET_PEMERIKSAAN))
    assert want in rows
    assert rows == build_findings(path)  # every finding alike, the galat at L17 among them


@pytest.mark.parametrize("number_format", FORMATS)
def test_desktop_button_says_what_lkj_xl_build_says_of_a_duration_past_24_hours(tmp_path, number_format):
    path = _book(tmp_path, number_format)
    want = _built_galat(path)
    book = desktop_book(path)
    book.sheets["Kinerja"].com_values[(17, 12)] = COM_DATE  # L17 as COM's Range.Value gives it
    result = hitung_ulang(book)
    got = sorted((f.severity.capitalize(), f.sheet, f.sel, f.pesan) for f in result.report.findings)
    assert want in got
    assert got == build_findings(path)
    _no_capaian(result.report)


@pytest.mark.parametrize("number_format", FORMATS)
def test_xlwings_lite_says_what_lkj_xl_build_says_of_a_duration_past_24_hours(tmp_path, number_format):
    path = _book(tmp_path, number_format)
    want = _built_galat(path)
    data = book_json(path, exclude=c.OUTPUT_SHEETS)
    kinerja = next(s for s in data["sheets"] if s["name"] == "Kinerja")
    assert kinerja["values"][16][11] == dt.timedelta(days=float(SERIAL))  # openpyxl's reading
    kinerja["values"][16][11] = _xlwings_client_sends(float(SERIAL), number_format)
    assert kinerja["values"][16][11] == ISO  # a date, as the hand-derived ISO above
    book = remote_book(data)
    fake = FakeLite(book, set(), keeps_failed_batch=False)
    book.flush = fake.flush
    result = asyncio.run(scripts.hitung_ulang_lite(book, None, {}))
    got = sorted((f.severity.capitalize(), f.sheet, f.sel, f.pesan) for f in result.report.findings)
    assert want in got
    assert got == build_findings(path)
    _no_capaian(result.report)
    _no_capaian(load_report(path))
