"""Rows of the Kinerja sheet typed and merged as the printed PK has them (rows58): a Kecamatan's TW II
report in `lkj-xl new`'s workbook, saved by openpyxl as Excel saves a merge (its first cell's value only).

- Kode merged over a Sasaran's two indicator rows, as Tingkat, Kode Induk and Uraian are: 3 galat and the
  second indicator not counted; now its row is the Sasaran's, quiet, both indicators counted. A Kode merged
  over another node's row (its own Tingkat and Kode Induk typed) stays a galat.
- A Satuan merged over two indicators of one unit (`%`): a galat and the second indicator not counted;
  now read for every indicator row under it.
- A Satuan merged across Satuan and Polaritas of a Negatif indicator: Polaritas read blank, so Positif,
  `nihil` of a target of 10 pengaduan scored 0 % Sangat Rendah (was 200 %) with one peringatan; now a
  galat at the hidden Polaritas, no capaian.
- `301 izin` under Satuan `dokumen`: a galat; an izin is one dokumen (a permit issued is a document),
  so now read with a peringatan naming both words. Another unit (`12 orang`, `120 lembar`), or the
  other way round (`301 dokumen` under `izin`: an izin's berkas holds several dokumen), stays a galat.
"""

from __future__ import annotations

import json
from fractions import Fraction

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from tests.test_revnewuser57 import _ADUAN, _IKM, _IZIN, _PROGRAM, _S, _kecamatan, _run

_TEPAT = ["S1", "Sasaran", "T1", _S, "Persentase izin terbit tepat waktu", "%", "Positif", "Nilai Akhir"]


def _said(lines, *words):
    return [line for line in lines if all(word in line for word in words)]


def _noisy(lines):
    return [line for line in lines if line.startswith("galat") or "digabung" in line or "gabungan" in line]


def _indikator(report, name):
    return next(i for i in report["indikator"] if i["indikator"] == name)


def _capaian(report, kode):
    found = next(row for row in report["efisiensi"] if row["kode"] == kode)["capaian"]
    return None if found is None else Fraction(found).limit_denominator(1000)


_ROWS = [
    [*_IKM, "100", None, "84,5", "86,25"],
    [*_ADUAN, "100%", None, "92,5%", "95 %"],
    [*_IZIN, "1.200", None, "287", "301"],
    [*_PROGRAM, "10", None, "nihil", "0"],
]
# S1: pengaduan 95 / 100 = 95 %; izin 287 + 301 = 588 of 1.200 = 49 %; the Sasaran's capaian their mean
_S1 = (Fraction(95) + Fraction(588, 1200) * 100) / 2  # (95 + 49) / 2 = 72


# --- 1. Kode merged over the Sasaran's rows as the PK prints it --------------------------------------


@pytest.mark.parametrize(
    "merges",
    [
        ("A5:A6", "B5:B6", "C5:C6", "D5:D6"),  # the Sasaran's every naming column, as printed
        ("A5:A6",),  # the Kode alone, Tingkat, Kode Induk and Uraian typed on both rows
    ],
)
def test_a_kode_merged_over_a_sasarans_two_indicators_counts_both_quietly(tmp_path, merges):
    lines, report = _run(_kecamatan(tmp_path, _ROWS, merges))
    assert not _noisy(lines), lines
    assert _capaian(report, "S1") == _S1 == 72
    izin = _indikator(report, "Jumlah izin yang diterbitkan")
    assert izin["kode"] == "S1" and izin["uraian"] == _S and izin["realisasi"] == 588  # 287 + 301
    assert izin["kriteria"] == "Sangat Rendah"  # 49 % <= 50
    assert len(report["indikator"]) == 4  # IKM, pengaduan, izin, the program's


def test_a_kode_merged_over_a_row_typing_its_tingkat_in_lower_case_or_a_blank_uraian_counts_it(tmp_path):
    second = [None, "sasaran", "T1", "", *_ROWS[2][4:]]  # Tingkat typed in lower case, Uraian left ""
    lines, report = _run(_kecamatan(tmp_path, [_ROWS[0], _ROWS[1], second, _ROWS[3]], ("A5:A6",)))
    assert not _noisy(lines), lines
    assert _capaian(report, "S1") == _S1 == 72


def test_a_kode_merged_over_a_note_between_the_sasarans_rows_counts_both(tmp_path):
    rows = [_ROWS[0], _ROWS[1], [None, None, None, None, "Keterangan: data SP4N-LAPOR"], _ROWS[2], _ROWS[3]]
    lines, report = _run(_kecamatan(tmp_path, rows, ("A5:A7", "B5:B7", "C5:C7", "D5:D7")))
    assert not _noisy(lines), lines
    assert _said(lines, "adalah catatan, bukan indikator"), lines  # said as a note, as without the merge
    assert _capaian(report, "S1") == _S1 == 72


def test_a_kode_merged_over_another_nodes_row_stays_a_galat(tmp_path):
    # S1 merged down over the program's row, whose Tingkat (Program) and Kode Induk (S1) are typed: the
    # program's indicator is no S1 indicator; the row is not counted, and never counted under S1
    lines, report = _run(_kecamatan(tmp_path, _ROWS, ("A6:A7",)))
    assert _said(lines, "galat", "Kinerja!A7", "tertutup gabungan sel A6:A7"), lines
    assert _capaian(report, "S1") == _S1  # its two own indicators only
    assert [i["kode"] for i in report["indikator"]] == ["T1", "S1", "S1"]


def test_a_kode_merged_over_a_row_of_text_only_is_still_a_continuation(tmp_path):
    # the Indikator typed on in the next row, the Kode merged over both: no second indicator
    rows = [_ROWS[0], _ROWS[1], [None, None, None, None, "(sesuai SP4N-LAPOR)"], _ROWS[3]]
    lines, report = _run(_kecamatan(tmp_path, rows, ("A5:A6",)))
    assert _said(lines, "galat", "Kinerja!A6", "hanya Indikator baris ini"), lines
    assert _capaian(report, "S1") == 95  # pengaduan alone: 95 / 100


# --- 2. a Satuan merged over indicators of one unit --------------------------------------------------

_TEPAT_ROW = [*_TEPAT, "90%", None, "85,5%", "81 %"]
# tepat waktu: Nilai Akhir, TW II 81 of 90 = 90 % (Tinggi: exactly 90 is no Sangat Tinggi)
_S1_TEPAT = (Fraction(95) + Fraction(81, 90) * 100) / 2  # (95 + 90) / 2 = 92,5


@pytest.mark.parametrize(
    ("between", "merge"),
    [([], "F5:F6"), ([["Catatan: data pengaduan dari SP4N-LAPOR"]], "F5:F7")],
)
def test_a_satuan_merged_over_two_indicators_is_read_for_both(tmp_path, between, merge):
    rows = [_ROWS[0], _ROWS[1], *between, _TEPAT_ROW, _ROWS[3]]
    lines, report = _run(_kecamatan(tmp_path, rows, (merge,)))
    assert not _noisy(lines), lines
    tepat = _indikator(report, "Persentase izin terbit tepat waktu")
    assert tepat["satuan"] == "%" and Fraction(tepat["capaian"]).limit_denominator(1000) == 90
    assert tepat["kriteria"] == "Tinggi"
    assert _capaian(report, "S1") == _S1_TEPAT == Fraction(185, 2)


def test_a_satuan_merged_with_the_kode_and_names_counts_both(tmp_path):
    rows = [_ROWS[0], _ROWS[1], _TEPAT_ROW, _ROWS[3]]
    merges = ("A5:A6", "B5:B6", "C5:C6", "D5:D6", "F5:F6")
    lines, report = _run(_kecamatan(tmp_path, rows, merges))
    assert not _noisy(lines), lines
    assert _capaian(report, "S1") == _S1_TEPAT


# --- 4. a merge across Satuan and Polaritas -----------------------------------------------------------


def test_a_polaritas_hidden_under_the_satuans_merge_across_is_a_galat_not_positif(tmp_path):
    # the program's Negatif: "nihil" of a target of 10 is (2 x 10 - 0) / 10 = 200 %; read Positif it
    # was 0 / 10 = 0 %, Sangat Rendah, beside a peringatan only
    lines, report = _run(_kecamatan(tmp_path, _ROWS, ("F7:G7",)))
    assert _said(lines, "galat", "Kinerja!G7", "Polaritas"), lines
    program = _indikator(report, "Jumlah pengaduan yang belum ditindaklanjuti")
    assert program["capaian"] is None and program["kriteria"] != "Sangat Rendah"


def test_a_target_merged_over_target_perubahan_is_still_read_as_the_target(tmp_path):
    # Excel shows 1.200 over both: the Target read, Target Perubahan blank, the same 49 %
    lines, report = _run(_kecamatan(tmp_path, _ROWS, ("I6:J6",)))
    assert not [line for line in lines if line.startswith("galat")], lines
    assert Fraction(_indikator(report, "Jumlah izin yang diterbitkan")["capaian"]) == 49  # 588 / 1.200


# --- 3. a count typed with another word for a dokumen ------------------------------------------------


def _izin_under(tmp_path, satuan, tw2, target="1.200"):
    rows = [_ROWS[0], _ROWS[1], [*_IZIN[:5], satuan, *_IZIN[6:], target, None, "287", tw2], _ROWS[3]]
    return _run(_kecamatan(tmp_path, rows))


@pytest.mark.parametrize("typed", ["301 izin", "301 Izin", "301 SK", "301 surat"])
def test_a_dokumen_counted_as_izin_is_read_with_a_peringatan_naming_both(tmp_path, typed):
    lines, report = _izin_under(tmp_path, "dokumen", typed)
    assert not [line for line in lines if line.startswith("galat")], lines
    word = typed.split()[1]
    assert _said(lines, "peringatan", "Kinerja!L6", f"'{word}'", "'dokumen'"), lines
    assert _indikator(report, "Jumlah izin yang diterbitkan")["realisasi"] == 588  # 287 + 301
    assert _capaian(report, "S1") == _S1 == 72


def test_a_target_typed_in_izin_under_dokumen_is_read_with_a_peringatan(tmp_path):
    lines, report = _izin_under(tmp_path, "Dokumen", "301", target="1.200 izin")
    assert _said(lines, "peringatan", "Kinerja!I6", "'izin'"), lines
    assert _capaian(report, "S1") == _S1 == 72


@pytest.mark.parametrize(
    ("satuan", "typed"),
    [
        ("dokumen", "301 orang"),  # people, no documents
        ("dokumen", "120 lembar"),  # sheets: a dokumen has many
        ("dokumen", "12 berkas"),  # a berkas holds several dokumen
        ("izin", "301 dokumen"),  # an izin's berkas holds several dokumen: not one izin each
    ],
)
def test_another_unit_under_dokumen_stays_a_galat(tmp_path, satuan, typed):
    lines, report = _izin_under(tmp_path, satuan, typed)
    assert _said(lines, "galat", "Kinerja!L6"), lines
    assert _indikator(report, "Jumlah izin yang diterbitkan")["capaian"] is None


# --- every output agreeing -----------------------------------------------------------------------------


def _rekap(folder, out):
    run = CliRunner().invoke(main, ["rekap", str(folder), "--jobs", "1", "--format", "json", "-o", str(out)])
    assert run.exit_code == 0, run.output
    return json.loads(out.read_text(encoding="utf-8"))["perangkat_daerah"][0]


def test_build_and_rekap_count_the_second_indicator_under_the_merged_kode(tmp_path):
    folder = tmp_path / "kiriman"
    folder.mkdir()
    path = _kecamatan(folder, _ROWS, ("A5:A6", "B5:B6", "C5:C6", "D5:D6"))
    opd = _rekap(folder, tmp_path / "rekap.json")
    assert (opd["indikator"], opd["indikator_sasaran"], opd["terukur"], opd["temuan"]) == (4, 2, 4, 0)
    assert Fraction(opd["capaian_sasaran"]).limit_denominator(1000) == _S1 == 72
    built = CliRunner().invoke(main, ["build", str(path)])
    assert built.exit_code == 0, built.output
    wb = openpyxl.load_workbook(path, read_only=True)
    shown = {
        v for ws in wb.worksheets if ws.title not in ("Kinerja", "Anggaran") for row in ws.values for v in row
    }
    assert "Jumlah izin yang diterbitkan" in shown


def test_rekap_reads_301_izin_under_dokumen_with_its_peringatan(tmp_path):
    folder = tmp_path / "kiriman"
    folder.mkdir()
    rows = [
        _ROWS[0],
        _ROWS[1],
        [*_IZIN[:5], "dokumen", *_IZIN[6:], "1.200", None, "287", "301 izin"],
        _ROWS[3],
    ]
    _kecamatan(folder, rows)
    opd = _rekap(folder, tmp_path / "rekap.json")
    assert (opd["terukur"], opd["temuan_galat"], opd["temuan_peringatan"]) == (4, 0, 1)
    assert Fraction(opd["capaian_sasaran"]).limit_denominator(1000) == _S1 == 72
