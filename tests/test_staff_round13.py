"""Many hands on one workbook (thirteenth round): the workbook filled from the seed, then filled and
tidied by several bidang at once: Kinerja sorted with Excel's Sort, rows filtered, grouped and
inserted, percentages typed each bidang its own way, rows struck through or coloured, an indicator
typed twice. Where a figure came out wrong, or a galat or peringatan was missing or misleading.

Found wrong, and tested here:
- Kinerja sorted (by Satuan, by Indikator, by Kode as text) so that a node's second indicator row,
  typed with Tingkat, Kode Induk and Uraian left blank as the contract allows, lands above the node's
  first row: a galat "Tingkat kosong; baris ini tidak dihitung" and the indicator left out of its
  node's capaian (its node scored from the other indicator alone); with Tingkat typed but Kode Induk
  blank, the node lost its parent (a peringatan "berbeda dengan baris ..."), and its Sasaran its
  budget.
- the same indicator typed twice by two bidang (same Kode and Indikator) with different figures: the
  first row's capaian printed as if known (25 + 4 = 29 of 40,71 %: 71,24, Sedang, where the second row
  says 30 + 6 = 36: 88,43, Tinggi), with only a galat "ganda; baris ini tidak dihitung" at the second.
- the same indicator typed by the other bidang with its name written another way ("perundang-undangan"
  for "perundang - undangan", a full stop after it) and other figures: two indicators of the node, its
  capaian their mean (79,83, Tinggi) without a word.
- a row struck through (Font > Strikethrough) to mark a dropped indicator or program, its figures
  left in: read and counted without a word (now counted still, as a hidden row is, with a peringatan).

Found right, and left alone (probed the same day): one column of percentages typed as each bidang
types them (0,85 in a cell formatted %, "85%", 85, "85 %", "85,00%", "85" in a Text cell) reads 85
against a Target of 100 %; 85 formatted as % afterwards (8.500 %) is a peringatan (ten times the
target); Kinerja sorted by Kode as text (1.10 before 1.2, S before T) or by Tingkat with every row's
Tingkat filled computes the same report; a Program row inserted with its Kode Induk copied from the
Kegiatan above, or left blank, is a peringatan at its Kode Induk; the same indicator typed twice with
the same figures keeps its capaian (a galat at the second row).

Not handled: a row coloured red to mean "ignore" is read and counted without a word (red also marks a
low capaian in LKjIP tables: a peringatan there would be noise).

The grids are built by hand (tests/test_engine.py's helpers); the Kinerja header is row 1, data rows
from row 2: A Kode, B Tingkat, C Kode Induk, D Uraian, E Indikator, I Target, K Realisasi TW I,
L Realisasi TW II. Expected figures are worked out by hand beside them.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT
from lkj_xl.core.parse import parse_workbook
from lkj_xl.xlsx.read import read_grids, read_grids_lxml
from tests.test_engine import anggaran_row, kinerja_row, run

EXAMPLE = Path(__file__).resolve().parent.parent / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"


def _ind(report, kode, indikator):
    (found,) = [i for i in report.indicators if (i.kode, i.indikator) == (kode, indikator)]
    return found


def _node(report, kode):
    (found,) = [n for n in report.nodes() if n.kode == kode]
    return found


def _galat(report):
    return [(f.sheet, f.sel, f.pesan) for f in report.findings if f.severity == GALAT]


# --- Kinerja sorted: a node's second row above its first -------------------------------------------

_TUJUAN = kinerja_row("T1", "Tujuan", "", "Tujuan A", "Indeks A", 100, (None, 90, None, None), satuan="indeks", jenis="Nilai Akhir")  # fmt: skip
_SASARAN = kinerja_row("S1", "Sasaran", "T1", "Sasaran A", "Persentase A", "100%", (None, "70%", None, None), jenis="Nilai Akhir")  # fmt: skip
# Program P1's two indicators: A, 80 of 100 unit (80); B, 45 of 50 unit (90). The second row is typed
# as the contract allows, Tingkat, Kode Induk and Uraian blank.
_P1_A = kinerja_row("P1", "Program", "S1", "Program A", "Jumlah A", 100, (None, 80, None, None), satuan="unit", jenis="Nilai Akhir")  # fmt: skip
_P1_B = kinerja_row(
    "P1", "", "", "", "Jumlah B", 50, (None, 45, None, None), satuan="unit", jenis="Nilai Akhir"
)
# Its budget: pagu Rp 1 M, 250 jt spent s.d. TW II (100 jt + 150 jt), toward S1 (Kode Sasaran blank:
# the parent of P1 in Kinerja).
_ANGGARAN = [anggaran_row("P1", "Program A", "", "Rp 1 M", ("100 jt", "150 jt", None, None))]


def _check_p1(report):
    # Both indicators counted: P1's capaian is their mean, (80 + 90) / 2 = 85 (Tinggi: > 75 - 90).
    assert _ind(report, "P1", "Jumlah A").capaian == 80
    assert _ind(report, "P1", "Jumlah B").capaian == 90
    p1 = _node(report, "P1")
    assert p1.capaian == 85 and p1.kriteria == "Tinggi"
    assert p1.kode_induk == "S1" and p1.uraian == "Program A"
    # S1 keeps its program's budget: 250 jt of 1 M, a penyerapan of 25 %.
    s1 = _node(report, "S1")
    assert s1.pagu == 1_000_000_000 and s1.realisasi_anggaran == 250_000_000
    assert _galat(report) == []


def test_unsorted_node_reads_both_indicators():
    # The order as typed: the reference for the sorted cases below.
    _check_p1(run([_TUJUAN, _SASARAN, _P1_A, _P1_B], _ANGGARAN))


@pytest.mark.parametrize(
    "order",
    [
        # sorted by Indikator descending ("Jumlah B" above "Jumlah A")
        lambda rows: [rows[0], rows[1], rows[3], rows[2]],
        # sorted by Satuan ("indeks", "unit", "unit" then "%" last) as Excel sorts text
        lambda rows: [rows[0], rows[3], rows[2], rows[1]],
    ],
)
def test_sorted_node_second_row_above_its_first_is_read_as_typed(order):
    # Before: "Tingkat kosong; baris ini tidak dihitung" at B of "Jumlah B", and P1 scored 80 (Tinggi)
    # from "Jumlah A" alone.
    _check_p1(run(order([_TUJUAN, _SASARAN, _P1_A, _P1_B]), _ANGGARAN))


def test_sorted_node_row_with_tingkat_but_no_kode_induk_keeps_its_parent():
    # The second row typed with its Tingkat but Kode Induk and Uraian blank, sorted above the first:
    # before, the node took the blank Kode Induk (no parent) and S1 lost its program's budget.
    second = kinerja_row("P1", "Program", "", "", "Jumlah B", 50, (None, 45, None, None), satuan="unit", jenis="Nilai Akhir")  # fmt: skip
    report = run([_TUJUAN, _SASARAN, second, _P1_A], _ANGGARAN)
    _check_p1(report)
    assert not [f for f in report.findings if f.sel in ("C4", "C5")]  # no "berbeda" at a Kode Induk


def test_example_sorted_by_satuan_reads_as_unsorted_with_both_readers(tmp_path):
    # The example workbook with P4.04's second row (Nilai perdagangan antar daerah) given blank
    # Tingkat and Kode Induk, as the contract allows, then Kinerja's rows A..O and the optional columns
    # after them sorted by Satuan as Excel sorts text (stable: rows of equal Satuan keep their order)
    # and the second row moved above the first within "Rp".
    book = openpyxl.load_workbook(EXAMPLE)
    ws = book["Kinerja"]
    width = ws.max_column
    rows = [[ws.cell(r, col).value for col in range(1, width + 1)] for r in range(4, ws.max_row + 1)]
    first, second = [i for i, row in enumerate(rows) if row[0] == "P4.04"]
    rows[second][1] = rows[second][2] = None
    plain = tmp_path / "plain.xlsx"
    for i, row in enumerate(rows):
        for col, value in enumerate(row, start=1):
            ws.cell(4 + i, col).value = value
    book.save(plain)
    rows[first], rows[second] = rows[second], rows[first]
    rows.sort(key=lambda row: str(row[5]).casefold())
    for i, row in enumerate(rows):
        for col, value in enumerate(row, start=1):
            ws.cell(4 + i, col).value = value
    resorted = tmp_path / "sorted.xlsx"
    book.save(resorted)

    def figures(path, reader):
        report = compute(parse_workbook(*reader(path)))
        indicators = sorted((i.kode, i.indikator, i.capaian, i.kriteria, i.status) for i in report.indicators)
        return indicators, _galat(report), report.total_pagu

    for reader in (read_grids, read_grids_lxml):
        indicators, galat, total = figures(resorted, reader)
        assert (indicators, galat, total) == figures(plain, reader)
        # P4.04's two indicators: Rp 174.682.004.400 of Rp 1.175.296.332.815,85 (14,86) and
        # Rp 129.614.313.068 of Rp 5.924.944.703.361 (2,19): both measured.
        p404 = [i for i in indicators if i[0] == "P4.04"]
        assert len(p404) == 2 and all(i[2] is not None for i in p404)


# --- one indicator typed twice by two bidang --------------------------------------------------------


# Sasaran S2 of the seed: the share of cooperatives meeting the regulations, target 40,71 %, TW I 25 %
# and TW II 4 %, Kumulatif (25 + 4 = 29 %).
def _s2(tws):
    return kinerja_row("S2", "Sasaran", "", "Kualitas Koperasi", "Persentase koperasi taat", "40,71%", (*tws, None, None), jenis="Kumulatif")  # fmt: skip


def test_indicator_typed_twice_with_other_figures_has_no_capaian():
    # The second bidang typed TW I 30 and TW II 6 (36 %: a capaian of 3600/40.71 = 88,43, Tinggi) on
    # row 3; the first row says 25 + 4 = 29 (71,24, Sedang). Which is meant is unknown: no capaian, a
    # galat at the first figure that differs (K3, Realisasi TW I) naming both.
    report = run([_s2((25, 4)), _s2((30, 6))])
    s2 = _ind(report, "S2", "Persentase koperasi taat")
    assert s2.capaian is None and s2.kriteria is None
    assert s2.status == "Galat (Kinerja!K3)"
    (galat,) = _galat(report)
    assert galat[:2] == ("Kinerja", "K3")
    assert "baris 2 dan 3" in galat[2] and "25 (K2)" in galat[2] and "30 (K3)" in galat[2]


def test_indicator_typed_twice_with_the_same_figures_keeps_its_capaian():
    # The same figures twice: the capaian of the first row, 29 / 40,71 x 100 = 290000/4071 = 71,2356
    # (Sedang: > 65 - 75), and the galat at the second row's Indikator as before.
    report = run([_s2((25, 4)), _s2((25, 4))])
    s2 = _ind(report, "S2", "Persentase koperasi taat")
    assert s2.capaian_exact == Fraction(290000, 4071) and s2.kriteria == "Sedang"
    assert [g[:2] for g in _galat(report)] == [("Kinerja", "E3")]


def test_indicator_typed_twice_percent_typed_another_way_is_the_same_figure():
    # 25 % typed as "25%" by one bidang and 25 by the other (Satuan %, target with %): the same figure,
    # so the capaian stands (71,2356 as above).
    report = run([_s2(("25%", 4)), _s2((25, "4,00%"))])
    assert _ind(report, "S2", "Persentase koperasi taat").capaian_exact == Fraction(290000, 4071)


def test_node_whose_tingkat_no_row_names_is_still_a_galat():
    # Both of P1's rows without a Tingkat: which level P1 is stays unknown, a galat at each B cell.
    second = kinerja_row("P1", "", "S1", "Program A", "Jumlah A", 100, (None, 80, None, None), satuan="unit")
    report = run([_TUJUAN, _SASARAN, _P1_B, second])
    assert [g[1] for g in _galat(report)] == ["B4", "B5"]
    assert all("Tingkat kosong" in g[2] for g in _galat(report))


def test_grade_indicator_typed_twice_with_another_grade_has_no_capaian():
    # Opini BPK, target WTP: one bidang typed WTP (met: 100), the other WDP (not met) on row 3. Which is
    # meant is unknown: no capaian, the galat at L3 (Realisasi TW II) naming both.
    def opini(realisasi):
        return kinerja_row("T1", "Tujuan", "", "Akuntabilitas keuangan", "Opini BPK atas LKPD", "WTP", (None, realisasi, None, None), satuan="Opini")  # fmt: skip

    report = run([opini("WTP"), opini("WDP")])
    (item,) = report.indicators
    assert item.capaian is None and item.status == "Galat (Kinerja!L3)"
    assert [g[1] for g in _galat(report)] == ["L3"]
    # The same grade twice keeps its capaian of 100 (met).
    assert run([opini("WTP"), opini("WTP")]).indicators[0].capaian == 100


# --- a row struck through to mark a dropped indicator -----------------------------------------------


def _struck_example(tmp_path, kinerja_rows, anggaran_rows=()):
    """The example workbook with Font > Strikethrough on the given rows (A..O of Kinerja, A..I of
    Anggaran), the figures left as they were."""
    book = openpyxl.load_workbook(EXAMPLE)
    for sheet, rows, width in (("Kinerja", kinerja_rows, 15), ("Anggaran", anggaran_rows, 9)):
        for row in rows:
            for col in range(1, width + 1):
                book[sheet].cell(row, col).font = openpyxl.styles.Font(strike=True)
    path = tmp_path / "dicoret.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("reader", [read_grids, read_grids_lxml])
def test_row_struck_through_is_counted_and_pointed_out(tmp_path, reader):
    # Row 16 of Kinerja is P2.02's indicator (Persentase koperasi sehat dan cukup sehat, 96,05 % of
    # 56,67 %), row 5 of Anggaran a program; both struck through by a bidang that dropped them. Nothing
    # in the cells' values says so: they are read and counted as Excel's own SUM counts them (the
    # capaian stays 96,05 / 56,67 x 100 = 960500/5667 = 169,49), and each struck row is a peringatan
    # at its first cell (its Kode), as a hidden row is.
    plain = compute(parse_workbook(*reader(EXAMPLE)))
    report = compute(parse_workbook(*reader(_struck_example(tmp_path, [16], [5]))))
    p202 = [i for i in report.indicators if i.row == 16]
    assert [i.kode for i in p202] == ["P2.02"] and p202[0].capaian_exact == Fraction(960500, 5667)
    assert report.total_pagu == plain.total_pagu
    struck = [f for f in report.findings if "dicoret" in f.pesan]
    assert [(f.severity, f.sheet, f.sel) for f in struck] == [
        ("peringatan", "Kinerja", "A16"),
        ("peringatan", "Anggaran", "A5"),
    ]
    assert "tetap dibaca dan dihitung" in struck[0].pesan and "hapus barisnya" in struck[0].pesan
    # Nothing else changes: the same findings besides these two.
    assert len(report.findings) == len(plain.findings) + 2


@pytest.mark.parametrize("reader", [read_grids, read_grids_lxml])
def test_struck_cell_formatted_as_percent_is_still_a_percentage(tmp_path, reader):
    # P2.02's Realisasi TW II typed 0,9605 in a cell formatted 0,00% (shown 96,05%), then the row
    # struck through: still 96,05 %, the capaian 96,05 / 56,67 x 100 = 960500/5667 as typed in text.
    path = _struck_example(tmp_path, [16])
    book = openpyxl.load_workbook(path)
    book["Kinerja"]["L16"].value = 0.9605
    book["Kinerja"]["L16"].number_format = "0.00%"
    book.save(path)
    report = compute(parse_workbook(*reader(path)))
    (p202,) = [i for i in report.indicators if i.row == 16]
    assert p202.capaian_exact == Fraction(960500, 5667)
    assert [f.sel for f in report.findings if "dicoret" in f.pesan] == ["A16"]


@pytest.mark.parametrize(
    "again",
    [
        "Persentase koperasi yang taat akan peraturan perundang-undangan",  # the hyphen without spaces
        "Persentase koperasi yang taat akan peraturan perundang - undangan.",  # a full stop after it
        "Persentase Koperasi yang Taat akan Peraturan Perundang - Undangan",  # title case
    ],
)
def test_indicator_typed_twice_written_another_way_is_the_same_indicator(again):
    # The seed's Sasaran indicator written "perundang - undangan"; the second bidang wrote it otherwise
    # with other figures (TW I 30, TW II 6). Before, the two were two indicators of S2, its capaian their
    # mean: (29 + 36) / 40,71 / 2 x 100 = 79,83 (Tinggi) printed from figures that contradict each other.
    # Now the same indicator typed twice: no capaian, a galat at K3 (Realisasi TW I, 25 against 30).
    first = "Persentase koperasi yang taat akan peraturan perundang - undangan"

    def row(indikator, tws):
        return kinerja_row("S2", "Sasaran", "", "Kualitas Koperasi", indikator, "40,71%", (*tws, None, None), jenis="Kumulatif")  # fmt: skip

    report = run([row(first, (25, 4)), row(again, (30, 6))])
    (s2,) = report.indicators
    assert s2.capaian is None and s2.status == "Galat (Kinerja!K3)"
    assert [g[1] for g in _galat(report)] == ["K3"]
