"""Kinerja's row structure (rows60): a Kecamatan's TW II report in `lkj-xl new`'s workbook.

- A node's heading row with its own Kode and no Indikator (a Sasaran's or a Program's title row above
  its indicator rows, as many agencies lay out the PK): a galat, "Indikator untuk Kode "S1" kosong",
  though every indicator under it was counted. Now read as the heading of its node's rows, quiet; a row
  of that Kode holding anything of an indicator (a Satuan, a figure, a choice) without its name is
  still the galat, and so is a node with no indicator row at all (pinned). Its indicators numbered
  under it as the PK numbers them (`S1.1`, `S1.2`; `1.1` under `1`): `Tingkat kosong` at each, or two
  Sasaran of their own whose Kode Induk S1 "has no indicator" (a galat each, the program's budget
  counted toward no Sasaran); now S1's indicators, its capaian their mean.
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


def test_a_title_row_with_a_dash_in_each_indicator_cell_is_its_heading_too(tmp_path):
    # `-` typed across the title row's Satuan .. Keterangan (no data, as README's `-`): nothing of an
    # indicator; was the galat `Indikator untuk Kode "S1" kosong` at E5. Numbered rows under it alike
    dashes = [None, *["-"] * 10]  # E (Indikator) blank, F .. O (Satuan .. Keterangan) a dash each
    rows = [_ROWS[0], [*_JUDUL_S1, *dashes], _PENGADUAN, _IZIN, _ROWS[3]]
    lines, report = _run(_kecamatan(tmp_path, rows))
    assert not _galat(lines), lines
    assert _capaian(report, "S1") == 72  # (95 + 49) / 2, as without the dashes
    numbered = [_ROWS[0], [*_JUDUL_S1, *dashes], *_numbered(("S1.1", "S1.2"), "Sasaran"), _ROWS[3]]
    (tmp_path / "b").mkdir()
    lines, report = _run(_kecamatan(tmp_path / "b", numbered))
    assert not _galat(lines) and _capaian(report, "S1") == 72, lines


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


# --- 1b. indicators numbered under the title row, `S1.1`, `S1.2`, as the PK numbers them ----------------


def _numbered(nomor, tingkat=None, induk=None, uraian=None):
    return [
        [nomor[0], tingkat, induk, uraian, *_PENGADUAN[4:]],
        [nomor[1], tingkat, induk, uraian, *_IZIN[4:]],
    ]


@pytest.mark.parametrize(
    ("tingkat", "induk", "uraian"),
    [(None, None, None), ("Sasaran", "S1", None), ("sasaran", None, _S), ("Sasaran", "S1", _S)],
)
def test_indicators_numbered_under_a_sasaran_title_are_its_indicators(tmp_path, tingkat, induk, uraian):
    rows = [_ROWS[0], _JUDUL_S1, *_numbered(("S1.1", "S1.2"), tingkat, induk, uraian), _ROWS[3]]
    lines, report = _run(_kecamatan(tmp_path, rows))
    # main: a galat at E5 (the title), then "Tingkat kosong" at B6 and B7 (neither indicator counted),
    # or with Tingkat and Kode Induk typed two Sasaran S1.1 and S1.2 each a galat at its Kode Induk
    # ("S1 ... tanpa indikator"), the program's too and its budget counted toward no Sasaran
    assert not _galat(lines), lines
    assert _capaian(report, "S1") == 72  # (95 + 49) / 2, as when typed under S1
    izin = _indikator(report, "Jumlah izin yang diterbitkan")
    assert (izin["kode"], izin["tingkat"], izin["kode_induk"], izin["uraian"]) == ("S1", "Sasaran", "T1", _S)
    program = _indikator(report, "Jumlah pengaduan yang belum ditindaklanjuti")
    assert program["kode_induk"] == "S1" and _pct(program) == 200


def test_indicators_numbered_1_1_under_a_title_1_are_its_indicators(tmp_path):
    rows = [
        _ROWS[0],
        ["1", "Sasaran", "T1", _S],
        *_numbered(("1.1", "1.2")),
        [*_ROWS[3][:2], "1", *_ROWS[3][3:]],
    ]
    lines, report = _run(_kecamatan(tmp_path, rows))
    assert [line for line in _galat(lines) if "Kinerja!" in line] == [], lines
    assert _capaian(report, "1") == 72


def test_a_tujuan_title_over_1_1_and_1_2_with_tingkat_blank_is_read_so_with_a_peringatan(tmp_path):
    # the PK's Tujuan 1 over its Sasaran 1.1, 1.2 with only their Tingkat (and Kode Induk, Uraian) not
    # typed, or the Tujuan's own two indicators numbered: both plausible. Read as the Tujuan's indicators
    # (its capaian (95 + 49) / 2 = 72, as the author's reading), but said, naming A6:A7 (the rows under
    # the title at row 5) and what to type for the other reading; rows58's _ROWS[0] is row 4
    rows = [_ROWS[0], ["1", "Tujuan", None, "Tujuan satu"], *_numbered(("1.1", "1.2"))]
    lines, report = _run(_kecamatan(tmp_path, rows))
    assert _capaian(report, "1") == 72
    said = _said(lines, "peringatan", "Kinerja!A6:A7", 'Kode "1.1", "1.2" di bawah baris judul Tujuan "1"')
    assert said and "dibaca sebagai indikator Tujuan" in said[0] and "isi Tingkat, Kode Induk" in said[0], (
        lines
    )


def test_numbered_rows_whose_tingkat_is_typed_as_the_titles_are_quiet(tmp_path):
    # S1.1, S1.2 typed `Sasaran` under Sasaran S1: the title's own indicators, no other reading, no word
    rows = [_ROWS[0], _JUDUL_S1, *_numbered(("S1.1", "S1.2"), "Sasaran"), _ROWS[3]]
    lines, report = _run(_kecamatan(tmp_path, rows))
    assert _capaian(report, "S1") == 72 and not _said(lines, "di bawah baris judul"), lines


@pytest.mark.parametrize(
    "rows",
    [
        # 1.1 a Sasaran of its own under the Tujuan 1: its Tingkat is not the title's
        [["1", "Tujuan", None, "Tujuan satu"], *_numbered(("1.1", "1.2"), "Sasaran", "1", None)],
        # S1.1 named on its own: its own Uraian
        [_JUDUL_S1, *_numbered(("S1.1", "S1.2"), None, None, "Meningkatnya layanan perizinan")],
        # S1.1 typed twice: a node with two indicators
        [_JUDUL_S1, *_numbered(("S1.1", "S1.1"))],
        # `S1.1a` is no number under S1 (a letter after its digit)
        [_JUDUL_S1, *_numbered(("S1.1a", "S1.2a"))],
    ],
)
def test_rows_that_are_nodes_of_their_own_keep_their_kode(tmp_path, rows):
    lines, report = _run(_kecamatan(tmp_path, [_ROWS[0], *rows]))
    kodes = {i["kode"] for i in report["indikator"]}
    assert "S1" not in kodes and "1" not in kodes, (kodes, lines)


def test_a_number_something_hangs_under_keeps_its_kode(tmp_path):
    # the program's Kode Induk is S1.2: S1.2 is a node, so the run under S1 is read as typed
    program = [*_ROWS[3][:2], "S1.2", *_ROWS[3][3:]]
    rows = [_ROWS[0], _JUDUL_S1, *_numbered(("S1.1", "S1.2"), "Sasaran", "S1"), program]
    _, report = _run(_kecamatan(tmp_path, rows))
    assert _indikator(report, "Jumlah izin yang diterbitkan")["kode"] == "S1.2"


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


def test_a_merge_across_columns_whose_hidden_cell_is_a_galat_is_said_once_by_the_galat(tmp_path):
    # Jenis Realisasi merged over Target (H6:I6): the Target reads blank. Stop 51 printed two findings on
    # the cell, `peringatan Kinerja!H6:I6 ... kolom Target dibaca kosong` (counted) beside `galat
    # Kinerja!I6 Target ... kosong; capaian tidak dihitung` (not); one galat now, naming the merge.
    lines, _ = _run(_kecamatan(tmp_path, _ROWS, ("H6:I6",)))
    assert not _said(lines, "peringatan", "Kinerja!H6:I6"), lines
    (galat,) = [line for line in lines if line.startswith("galat") and "Kinerja!I6 " in line]
    assert "kosong; capaian tidak dihitung. Sel H6:I6 digabung (merge) melintasi kolom" in galat, galat
    assert "kolom Target dibaca kosong" in galat, galat
    assert lines[-1].endswith(" 0 peringatan"), lines


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
