"""The LKjIP document read as the Inspektorat reads it before it is signed (round 2): a realisasi typed
in other units than its target, and the peringatan about a Narasi text naming another quarter when the
quarter came from ``--triwulan``.

Workbooks are the example (../shared/seeds/000_237f033edcd5cb60.txt, "l.N").
"""

from __future__ import annotations

import re
import shutil

import pytest
from click.testing import CliRunner

docx = pytest.importorskip("docx")
openpyxl = pytest.importorskip("openpyxl")

from lkj_xl.cli import main  # noqa: E402
from tests.test_laporan import EXAMPLE  # noqa: E402


def _tw4(tmp_path) -> str:
    """The example with Pengaturan's Triwulan (B7) set to IV: Sasaran S4's TW IV (Kinerja!N27) holds
    "3.969,54", the figure the seed's Tabel 3.1 prints under TW IV (l.513), typed without "milyar"
    while its target (Kinerja!I27) is "4.045,54 milyar" (l.366/382)."""
    workbook = tmp_path / "tw4.xlsx"
    shutil.copy(EXAMPLE, workbook)
    wb = openpyxl.load_workbook(workbook)
    assert wb["Pengaturan"]["A7"].value == "Triwulan"
    assert (wb["Kinerja"]["I27"].value, wb["Kinerja"]["N27"].value) == ("4.045,54 milyar", "3.969,54")
    wb["Pengaturan"]["B7"] = 4
    wb.save(workbook)
    return str(workbook)


def test_the_narasi_quarter_peringatan_names_the_triwulan_option_when_it_chose_the_quarter(tmp_path):
    """``lkj-xl laporan --triwulan 4`` on the example (Pengaturan: Triwulan II): its Kata Pengantar
    (Narasi!B3, B5), Pendahuluan (B9) and Tindak Lanjut (B26) say "Triwulan II" (l.100-110, l.975),
    and the peringatan said "(Pengaturan, Triwulan)", though Pengaturan holds Triwulan II and the
    quarter came from the option. It now names the option."""
    workbook = tmp_path / "contoh.xlsx"
    shutil.copy(EXAMPLE, workbook)
    out = tmp_path / "contoh.docx"
    result = CliRunner().invoke(main, ["laporan", str(workbook), "--triwulan", "4", "-o", str(out)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "menyebut Triwulan II" in line]
    assert {re.search(r"Narasi!B\d+", w).group(0) for w in warnings} == {
        "Narasi!B3",
        "Narasi!B5",
        "Narasi!B9",
        "Narasi!B26",
    }, result.stderr
    for w in warnings:
        assert "(--triwulan 4)" in w and "Pengaturan, Triwulan" not in w, w
