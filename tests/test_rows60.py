"""Kinerja's row structure (rows60): a Kecamatan's TW II report in `lkj-xl new`'s workbook.

- A node's heading row with its own Kode and no Indikator (a Sasaran's or a Program's title row above
  its indicator rows, as many agencies lay out the PK): a galat, "Indikator untuk Kode "S1" kosong",
  though every indicator under it was counted. Now read as the heading of its node's rows, quiet; a row
  of that Kode holding anything of an indicator (a Satuan, a figure, a choice) without its name is
  still the galat, and so is a node with no indicator row at all (pinned).
- A cell merged down over two rows whose hidden cell is a galat naming the merge (a Target typed once
  over two indicators): the merge's peringatan ("Sel I5:I6 digabung (merge) melintasi beberapa baris")
  beside the galat on the same cell, counted and not counted; now the galat alone.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_revnewuser57 import _P, _S, _kecamatan, _run
from tests.test_rows58 import _ROWS, _capaian, _indikator, _rekap, _said


def _pct(indicator):
    return Fraction(indicator["capaian"]).limit_denominator(1000)


def _galat(lines):
    return [line for line in lines if line.startswith("galat")]


# S1's title row: its Kode, Tingkat, Kode Induk and Uraian; its indicators below under the same Kode,
# their Tingkat, Kode Induk and Uraian left blank as the PK prints them under its title
_JUDUL_S1 = ["S1", "Sasaran", "T1", _S]
_PENGADUAN = ["S1", None, None, None, "Persentase pengaduan yang ditindaklanjuti", "%", "Positif"]
_PENGADUAN += ["Nilai Akhir", "100%", None, "92,5%", "95 %"]
_IZIN = ["S1", None, None, None, "Jumlah izin yang diterbitkan", "izin", "Positif", "Kumulatif", "1.200"]
_IZIN += [None, "287", "301"]
_PROGRAM = ["7.01.02", None, None, None, *_ROWS[3][4:]]  # the program's indicator under its title


def test_a_sasaran_title_row_above_its_indicator_rows_is_its_heading_not_a_galat(tmp_path):
    rows = [_ROWS[0], _JUDUL_S1, _PENGADUAN, _IZIN, _ROWS[3]]
    lines, report = _run(_kecamatan(tmp_path, rows))
    assert not _galat(lines), lines  # main: galat Kinerja!E5 'Indikator untuk Kode "S1" kosong'
    assert not _said(lines, "Kinerja!E5"), lines
    # S1: pengaduan Nilai Akhir 95 of 100 = 95 %; izin 287 + 301 = 588 of 1.200 = 49 %; mean 72
    assert _capaian(report, "S1") == 72
    izin = _indikator(report, "Jumlah izin yang diterbitkan")
    assert (izin["tingkat"], izin["kode_induk"], izin["uraian"]) == ("Sasaran", "T1", _S)  # the title's
    assert len(report["indikator"]) == 4  # IKM, pengaduan, izin, the program's: the title row is none


def test_a_program_title_row_above_its_indicator_row_is_its_heading(tmp_path):
    rows = [*_ROWS[:3], ["7.01.02", "Program", "S1", _P], _PROGRAM]
    lines, report = _run(_kecamatan(tmp_path, rows))
    assert not _galat(lines), lines  # main: galat Kinerja!E7 'Indikator untuk Kode "7.01.02" kosong'
    program = _indikator(report, "Jumlah pengaduan yang belum ditindaklanjuti")
    # Negatif, nihil + 0 = 0 of 10: (2 x 10 - 0) / 10 x 100 = 200 %; its Kode Induk S1 from the title
    assert program["kode_induk"] == "S1" and _pct(program) == 200


def test_a_title_row_typed_below_its_indicators_after_a_sort_is_its_heading_too(tmp_path):
    rows = [_ROWS[0], _PENGADUAN, _IZIN, _JUDUL_S1, _ROWS[3]]
    lines, report = _run(_kecamatan(tmp_path, rows))
    assert not _galat(lines), lines
    assert _capaian(report, "S1") == 72 and _indikator(report, "Jumlah izin yang diterbitkan")["uraian"] == _S


@pytest.mark.parametrize(
    ("typed", "what"),
    [
        (
            ["%", "Positif", "Nilai Akhir", "100%", None, "92,5%", "95 %"],
            "an indicator's row, its name missing",
        ),
        (["%"], "a Satuan alone"),
        ([None, None, None, "100%"], "a Target alone"),
        ([None, "Negatif"], "a Polaritas alone"),
        ([None, None, None, None, None, None, None, None, None, "data SP4N-LAPOR"], "a Keterangan"),
    ],
)
def test_a_row_of_the_kode_holding_anything_of_an_indicator_without_its_name_is_still_a_galat(
    tmp_path, typed, what
):
    # S1's first row holds something of an indicator but no Indikator: no heading, an indicator whose
    # name is missing, as before; the izin row under it still counted
    rows = [_ROWS[0], [*_JUDUL_S1, None, *typed], _IZIN, _ROWS[3]]
    lines, report = _run(_kecamatan(tmp_path, rows))
    assert _said(
        lines, "galat", "Kinerja!E5", 'Indikator untuk Kode "S1" kosong; baris ini tidak dihitung'
    ), (
        what,
        lines,
    )
    assert _capaian(report, "S1") == 49  # izin alone: 588 / 1.200 = 49 %


def test_a_sasaran_with_no_indicator_row_at_all_is_still_a_galat(tmp_path):
    # S1 named on one row, no indicator of its own anywhere (its program under it): no heading of
    # anything of S1's; the galat at its Indikator, and the program's Kode Induk saying so (pinned)
    rows = [_ROWS[0], _JUDUL_S1, _ROWS[3]]
    lines, _ = _run(_kecamatan(tmp_path, rows))
    assert _said(lines, "galat", "Kinerja!E5", 'Indikator untuk Kode "S1" kosong'), lines
    assert _said(lines, "galat", "Kinerja!C6", "ditulis di sheet Kinerja tanpa indikator (Kinerja!E5"), lines


def test_rekap_counts_no_finding_for_a_title_row(tmp_path):
    folder = tmp_path / "kiriman"
    folder.mkdir()
    _kecamatan(folder, [_ROWS[0], _JUDUL_S1, _PENGADUAN, _IZIN, _ROWS[3]])
    opd = _rekap(folder, tmp_path / "rekap.json")
    # IKM, pengaduan, izin, the program's: all measured, no finding (main: 1 temuan, the title's galat)
    assert (opd["indikator"], opd["terukur"], opd["temuan"]) == (4, 4, 0)
    assert Fraction(opd["capaian_sasaran"]).limit_denominator(1000) == 72


# --- 2. a merge down rows: its peringatan left out where a galat at its cell names it ------------------

_MERGE_PERINGATAN = "digabung (merge) melintasi beberapa baris"


@pytest.mark.parametrize(
    ("merge", "galat_cells"),
    [
        ("I5:I6", ["I6"]),  # a Target merged over two indicators: the hidden Target's galat
        ("L5:L6", ["L6"]),  # the reported quarter likewise
        ("E5:E6", ["E6"]),  # an Indikator over two rows of two Satuan
        ("A6:A7", ["A7"]),  # the Sasaran's Kode over the Program's own row
        ("B5:C6", ["C5", "B6", "C6"]),  # a block over Tingkat and Kode Induk
    ],
)
def test_a_merge_whose_hidden_cell_is_a_galat_naming_it_is_said_once_by_the_galat(
    tmp_path, merge, galat_cells
):
    lines, _ = _run(_kecamatan(tmp_path, _ROWS, (merge,)))
    # main: "peringatan Kinerja!I5:I6 Sel I5:I6 digabung (merge) ... Pisahkan gabungan sel dan isi setiap
    # baris." beside "galat Kinerja!I6 Target tertutup gabungan sel I5:I6 (merge) ...": counted and not
    assert not _said(lines, _MERGE_PERINGATAN), lines
    for cell in galat_cells:
        assert _said(lines, "galat", f"Kinerja!{cell} ", f"gabungan sel {merge} (merge)"), (cell, lines)
    assert lines[-1].endswith(" 0 peringatan"), lines


def test_a_merge_no_galat_names_keeps_its_peringatan(tmp_path):
    # the Uraian of S1's izin row merged over the Program's row (D6:D7): the Program's Uraian reads blank,
    # no galat; the merge's peringatan stays (and the Uraian's own)
    lines, _ = _run(_kecamatan(tmp_path, _ROWS, ("D6:D7",)))
    assert _said(lines, "peringatan", "Kinerja!D6:D7", _MERGE_PERINGATAN), lines


def test_a_merge_across_columns_keeps_its_peringatan_beside_a_galat_not_naming_it(tmp_path):
    # Jenis Realisasi merged over Target (H6:I6): the Target reads blank, its galat `Target ... kosong`
    # names no merge; the peringatan saying why it reads blank stays (pinned)
    lines, _ = _run(_kecamatan(tmp_path, _ROWS, ("H6:I6",)))
    assert _said(lines, "peringatan", "Kinerja!H6:I6", "dibaca kosong"), lines
    assert _said(lines, "galat", "Kinerja!I6", "kosong; capaian tidak dihitung"), lines


def test_merges_said_by_galat_reads_report_merges_own_words():
    # report_merges' peringatan as it writes it, beside a galat naming its merge at a hidden cell, one
    # at a cell outside, and one on another sheet: only the first leaves the peringatan out
    from lkj_xl.core.grids import report_merges
    from lkj_xl.core.merge_said import merges_said_by_galat
    from lkj_xl.core.model import GALAT, Cell, Finding

    grid = [[Cell("Target")], [Cell("100", merged="A2:A3")], [Cell(None, merged="A2:A3")]]
    said: list[Finding] = []
    report_merges(grid, "Kinerja", 0, said)
    (merge,) = said
    naming = Finding(GALAT, "Kinerja", "A3", "Target tertutup gabungan sel A2:A3 (merge): ...")
    outside = Finding(GALAT, "Kinerja", "A4", "Target tertutup gabungan sel A2:A3 (merge): ...")
    elsewhere = Finding(GALAT, "Anggaran", "A3", "Pagu tertutup gabungan sel A2:A3 (merge): ...")
    other = Finding(GALAT, "Kinerja", "A3", "Target kosong")
    assert merges_said_by_galat([merge, naming]) == [naming]
    for kept in (outside, elsewhere, other):
        assert merges_said_by_galat([merge, kept]) == [merge, kept], kept
