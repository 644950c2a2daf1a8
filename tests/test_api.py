"""The notebook API: ``import lkj_xl`` is light, and its names load on first use (issue 10)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import lkj_xl
from tests.common import EXAMPLE


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


def test_one_error_tree_carries_the_exit_status():
    # Issue 10: every expected failure is an LkjError whose class says the exit status.
    from lkj_xl import errors
    from lkj_xl.core.parse import WorkbookError
    from lkj_xl.delivery.config import ConfigError
    from lkj_xl.delivery.pdf import PdfError
    from lkj_xl.delivery.smtp import MailError
    from lkj_xl.xlsx.package import ForeignSheetError, PackageError
    from lkj_xl.xlsx.read import ReadError
    from lkj_xl.xlsx.safe_io import FileBusyError

    for cls in (PackageError, ForeignSheetError, ReadError, FileBusyError):
        assert issubclass(cls, errors.FileError) and cls.exit_code == errors.EXIT_UNREADABLE
    assert issubclass(WorkbookError, errors.ContentError) and WorkbookError.exit_code == 2
    assert issubclass(ConfigError, errors.UsageError) and ConfigError.exit_code == 2
    for cls in (PdfError, MailError):
        assert issubclass(cls, errors.DeliveryError) and cls.exit_code == errors.EXIT_DELIVERY
    # A prefixed error keeps its class and status.
    err = PdfError("LibreOffice timed out").at("laporan.xlsx")
    assert type(err) is PdfError and str(err) == "laporan.xlsx: LibreOffice timed out" and err.exit_code == 3


def test_the_cli_maps_errors_in_one_place_and_catches_no_bare_valueerror():
    import ast

    import lkj_xl.cli
    import lkj_xl.delivery.batch

    def caught_in(module) -> list[str]:
        tree = ast.parse(Path(module.__file__).read_text())
        return [
            ast.unparse(handler.type)
            for handler in ast.walk(tree)
            if isinstance(handler, ast.ExceptHandler) and handler.type is not None
        ]

    caught = caught_in(lkj_xl.cli)
    assert not [name for name in caught if "ValueError" in name], caught
    assert caught.count("LkjError") == 1  # the group's mapping
    # run's per-workbook loop (a library function) logs a failed workbook and goes on
    assert caught_in(lkj_xl.delivery.batch).count("LkjError") == 1


def test_frames_say_whose_report_each_row_is():
    import pandas as pd

    frames = lkj_xl.to_frames(lkj_xl.load_report(EXAMPLE))
    indikator = frames["indikator"]
    assert list(indikator.columns[:4]) == ["pemerintah_daerah", "perangkat_daerah", "tahun", "triwulan"]
    # The example: 41 indicators of the Dinas Koperasi, UKM, Perindustrian dan Perdagangan, TW II 2025.
    assert len(indikator) == 41
    assert set(indikator["perangkat_daerah"]) == {"Dinas Koperasi, UKM, Perindustrian dan Perdagangan"}
    assert set(indikator["tahun"]) == {2025} and set(indikator["triwulan"]) == {2}
    both = pd.concat([indikator, indikator])  # two agencies' frames stack into one table
    assert len(both) == 82 and list(both.columns) == list(indikator.columns)


def test_the_contract_is_importable_under_its_old_name():
    # Scripts written before the split into subpackages (among them the xlclient tool's parity
    # check, which otherwise compares only six output sheets) import lkj_xl.contract.
    from lkj_xl import contract
    from lkj_xl.core import contract as core_contract

    assert contract.OUTPUT_SHEETS == core_contract.OUTPUT_SHEETS
    assert "Analisis Capaian" in contract.OUTPUT_SHEETS
