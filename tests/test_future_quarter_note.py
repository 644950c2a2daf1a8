"""Tabel 3.1's note on the quarters after the reported one ("Nilai TW III (abu-abu miring) berada setelah
triwulan yang dilaporkan ...") names the quarters with a value shown in their column, and is printed
only when there is one: a blank workbook (`lkj-xl new`'s) printed it about values nobody sees, and the
example named TW III, all "-", beside its one TW IV figure."""

from __future__ import annotations

from pathlib import Path

from lkj_xl.build import load_report
from lkj_xl.core import contract as c
from lkj_xl.core.tables import capaian_tujuan_sasaran as tabel
from lkj_xl.xlsx.template import new_workbook
from tests.common import EXAMPLE, example_typed

_NOTE = "(abu-abu miring) berada setelah triwulan yang dilaporkan"


def _notes(report) -> list[str]:
    return [v for row in tabel.layout(report).rows for v in row if isinstance(v, str) and _NOTE in v]


def test_a_blank_workbook_has_no_note(tmp_path: Path):
    # As `lkj-xl new baru.xlsx --triwulan 2` writes it, sent back unfilled.
    path = tmp_path / "baru.xlsx"
    new_workbook(path, pengaturan={c.P_TRIWULAN: 2})
    report = load_report(path)
    assert report.settings.triwulan == 2 and not report.indicators
    assert _notes(report) == []


def test_the_example_names_the_quarter_shown_alone():
    # TW II report: of the Tujuan/Sasaran rows only S4 (Kinerja row 27) has a later quarter, TW IV
    # "3.969,54" (as the seed's Tabel 3.1 prints it); every TW III cell is "-". The note named TW III too.
    assert _notes(load_report(EXAMPLE)) == [
        "Nilai TW IV (abu-abu miring) berada setelah triwulan yang dilaporkan dan tidak dihitung "
        "dalam realisasi s.d. TW II."
    ]


def test_a_later_quarter_typed_is_named(tmp_path: Path):
    # S4's TW IV (Kinerja N27) cleared: no later quarter is shown, no note.
    cleared = {("Kinerja", "N27"): None}
    assert _notes(load_report(example_typed(tmp_path, "none", 2, cleared))) == []
    # S1 (Kinerja row 5, %) with a Realisasi TW III "2,9%" typed in the TW II report: shown greyed in
    # TW III's column (TW IV "-" everywhere), so the note names TW III alone.
    report = load_report(example_typed(tmp_path, "tw3", 2, {**cleared, ("Kinerja", "M5"): "2,9%"}))
    assert _notes(report) == [
        "Nilai TW III (abu-abu miring) berada setelah triwulan yang dilaporkan dan tidak dihitung "
        "dalam realisasi s.d. TW II."
    ]
    # TW III typed and S4's TW IV as in the example: both named.
    both = load_report(example_typed(tmp_path, "tw34", 2, {("Kinerja", "M5"): "2,9%"}))
    assert _notes(both) == [
        "Nilai TW III, TW IV (abu-abu miring) berada setelah triwulan yang dilaporkan dan tidak dihitung "
        "dalam realisasi s.d. TW II."
    ]
