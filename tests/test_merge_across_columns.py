"""A figure typed in a cell merged across two columns of the contract (a program's realisasi merged
over TW II and TW III, as a DPMPTSP typed the spending of both quarters in one): Excel shows it over
both, the readers read it in the first column only and the other blank. That was said only as
`Realisasi anggaran TW III ... kosong` at a cell the user sees filled; the merge is now named."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from lkj_xl.cli import main
from tests.common import example_typed


def _checked(path) -> list[str]:
    return CliRunner().invoke(main, ["check", str(path)]).output.splitlines()


def test_a_spending_merged_over_two_quarters_is_named_at_the_merge(tmp_path):
    # The example's P2.01 (row 5): 8.000.000 in TW II; typed in TW I merged over TW II instead.
    path = example_typed(tmp_path, "gabung", 2, {("Anggaran", "F5"): 8_000_000, ("Anggaran", "G5"): None})
    wb = openpyxl.load_workbook(path)
    wb["Anggaran"].merge_cells("F5:G5")
    wb.save(path)
    lines = _checked(path)
    said = [line for line in lines if "Anggaran!F5:G5" in line]
    assert len(said) == 1, lines
    assert said[0].startswith("peringatan")
    assert "Realisasi TW I dan Realisasi TW II" in said[0] and "kolom Realisasi TW I saja (F5)" in said[0]
    assert "Realisasi TW II dibaca kosong" in said[0]
    # the quarter read blank is still said at its cell: realisasi s.d. TW II counts TW I's 8.000.000
    assert any("Anggaran!G5 " in line and "kosong" in line for line in lines)


def test_a_title_merged_within_one_row_above_the_header_says_nothing(tmp_path):
    path = example_typed(tmp_path, "judul", 2, {})
    wb = openpyxl.load_workbook(path)
    wb["Anggaran"].merge_cells("A1:I1")  # the sheet's title over the table
    wb["Kinerja"].merge_cells("A1:F1")
    wb.save(path)
    assert not [line for line in _checked(path) if "digabung" in line]


def _merged(tmp_path, name: str, cells: dict, merges: list[tuple[str, str]]) -> list[str]:
    path = example_typed(tmp_path, name, 2, cells)
    wb = openpyxl.load_workbook(path)
    for sheet, ref in merges:
        wb[sheet].merge_cells(ref)
    wb.save(path)
    return [line for line in _checked(path) if "digabung" in line]


def test_a_total_or_note_row_merged_from_its_kode_says_nothing(tmp_path):
    # A DPA-style "JUMLAH" typed over Kode, Program and Kode Sasaran below the programs (its own
    # finding says it is a total row), and a note typed over a whole Kinerja row: no figure is hidden,
    # and "isi setiap kolom sendiri-sendiri" would tell staff to type a Program into a total row.
    cells = {
        ("Anggaran", "A20"): "JUMLAH",
        ("Anggaran", "D20"): 25_406_177_473,  # any total: only the merge beside it is looked at here
        ("Kinerja", "A45"): "Catatan",
    }
    assert _merged(tmp_path, "jumlah", cells, [("Anggaran", "A20:C20"), ("Kinerja", "A45:P45")]) == []


def test_a_figure_merged_over_the_four_quarters_or_in_kinerja_is_named(tmp_path):
    cells = {("Anggaran", "F5"): 8_000_000, ("Anggaran", "G5"): None, ("Kinerja", "K5"): "3,63%"}
    said = _merged(tmp_path, "empat", cells, [("Anggaran", "F5:I5"), ("Kinerja", "K5:L5")])
    assert len(said) == 2, said
    assert "Anggaran!F5:I5" in said[0] or "Anggaran!F5:I5" in said[1]
    (anggaran,) = [line for line in said if "Anggaran!F5:I5" in line]
    assert "Realisasi TW II, Realisasi TW III dan Realisasi TW IV dibaca kosong" in anggaran
    (kinerja,) = [line for line in said if "Kinerja!K5:L5" in line]
    assert "kolom Realisasi TW I saja (K5)" in kinerja and "Realisasi TW II dibaca kosong" in kinerja


def test_a_signature_block_merged_below_the_table_says_nothing(tmp_path):
    # "Lumajang, 30 Juni 2025", "Kepala Dinas" and the name typed below the indicators over Realisasi
    # TW I..TW IV, as a signed sheet has them: no row of the table (no Kode, Uraian or Indikator), so
    # nothing is read from them, merged or not.
    cells = {("Kinerja", "K47"): "Lumajang, 30 Juni 2025", ("Kinerja", "K48"): "Kepala Dinas"}
    cells[("Kinerja", "K52")] = "Drs. Nama, M.Si"
    merges = [("Kinerja", "K47:N47"), ("Kinerja", "K48:N48"), ("Kinerja", "K52:N52")]
    assert _merged(tmp_path, "ttd", cells, merges) == []


def test_an_indikator_merged_across_its_satuan_is_named(tmp_path):
    # rows60's Kecamatan workbook: the PK's layout, the Indikator over Indikator and Satuan (E5:F5). Read
    # blank, the Satuan `%` of the example's S1 row was lost without a word (`0 galat, 0 peringatan`) and
    # every table printed its Target 3,63 bare. Now the merge is named, the Satuan's fix with it.
    said = _merged(tmp_path, "satuan", {("Kinerja", "F5"): None}, [("Kinerja", "E5:F5")])
    assert len(said) == 1, said
    assert said[0].startswith("peringatan") and "Kinerja!E5:F5" in said[0]
    assert "melintasi kolom Indikator dan Satuan" in said[0] and "kolom Satuan dibaca kosong" in said[0]
    assert "tulis Satuan indikator ini di kolom Satuan" in said[0]


def test_an_indikator_merged_across_on_a_row_without_figures_says_nothing(tmp_path):
    # A row holding only a name over Indikator..Satuan (a heading typed in the Indikator column, no
    # Target, no quarter): no figure is printed without its unit, nothing to say (as before).
    cells = {("Kinerja", "F5"): None, ("Kinerja", "I5"): None, ("Kinerja", "K5"): None}
    cells |= {("Kinerja", "L5"): None, ("Kinerja", "Q5"): None, ("Kinerja", "R5"): None}
    said = _merged(tmp_path, "judul_satuan", cells, [("Kinerja", "E5:F5")])
    assert not [line for line in said if "E5:F5" in line], said
