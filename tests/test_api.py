"""The notebook API: ``import lkj_xl`` is light, and its names load on first use (issue 10)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import lkj_xl

EXAMPLE = Path(__file__).resolve().parent.parent / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"


def test_import_is_light():
    code = "import sys, lkj_xl; print(sorted(m for m in ('pandas', 'openpyxl', 'xlsxwriter') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_public_names_and_short_repr():
    assert set(lkj_xl.__all__) >= {"load_report", "build", "to_frames", "Report", "LkjError"}
    report = lkj_xl.load_report(EXAMPLE)
    assert isinstance(report, lkj_xl.Report)
    # The example: 41 indicators, 16 budget rows, no galat, one peringatan (the TW IV value of seed
    # Tabel 3.1 l.513 in a TW II report).
    assert repr(report) == (
        "<Report Dinas Koperasi, UKM, Perindustrian dan Perdagangan 2025 TW 2: 41 indikator, 16 program, "
        "0 galat, 1 peringatan>"
    )
    with pytest.raises(AttributeError):
        lkj_xl.no_such_name  # noqa: B018
    with pytest.raises(lkj_xl.LkjError):
        lkj_xl.load_report(EXAMPLE.with_name("missing.xlsx"))
