"""Review of rows58: a Kecamatan's TW II PK typed and merged as printed, tried as staff would.

- A Satuan merged across Satuan and Polaritas: the galat at the hidden Polaritas says the capaian is not
  computed; beside it the merge's peringatan still said "kolom Polaritas dibaca kosong" (read blank:
  Positif), two findings contradicting each other on one cell. Now the galat alone for Polaritas and
  Jenis Realisasi; a Target hidden by the same merge is still said read blank.
- A Target range typed in izin under Satuan dokumen (`1.000-1.200 izin`) was read silently as dokumen,
  though `1.200 izin` is said; now the same peringatan.
- `301 izin.` (a trailing dot) named the word `'izin.'` in its peringatan; now `'izin'`.
- Guards: a Kode merged from S1 into S2's row is not inherited (S2's row a galat, never an S1 indicator);
  three rows and the sheet's last rows under one merged Kode all counted, the counts of check, export
  and rekap agreeing.
"""

from __future__ import annotations

import json
from fractions import Fraction

from click.testing import CliRunner

from lkj_xl.cli import main
from tests.test_revnewuser57 import _ADUAN, _IZIN, _PROGRAM, _kecamatan, _run
from tests.test_rows58 import _ROWS, _S1, _capaian, _indikator, _noisy, _said

_S2 = "Meningkatnya kualitas layanan administrasi kependudukan"
# S2's own indicator: Nilai Akhir, TW II 90 of 100 = 90 % (Tinggi)
_KTP = ["S2", "Sasaran", "T1", _S2, "Persentase KTP-el terbit tepat waktu", "%", "Positif", "Nilai Akhir"]
_KTP_ROW = [*_KTP, "100", None, "80", "90"]
# another S1 indicator: Nilai Akhir, TW II 81 of 90 = 90 % (Tinggi)
_TEPAT_ROW = [
    *_ADUAN[:4],
    "Persentase izin terbit tepat waktu",
    "%",
    "Positif",
    "Nilai Akhir",
    "90%",
    None,
    "85,5%",
    "81 %",
]


# --- a merge across Satuan and Polaritas: one finding, not two contradicting ---------------------------


def test_a_polaritas_hidden_under_the_satuans_merge_is_not_also_said_read_blank(tmp_path):
    lines, report = _run(_kecamatan(tmp_path, _ROWS, ("F7:G7",)))
    assert _said(lines, "galat", "Kinerja!G7", "Polaritas tertutup gabungan sel F7:G7"), lines
    assert not _said(lines, "dibaca kosong"), lines  # Polaritas is not read blank (Positif): a galat
    assert _indikator(report, "Jumlah pengaduan yang belum ditindaklanjuti")["capaian"] is None


def test_a_target_hidden_by_the_same_merge_is_still_said_read_blank(tmp_path):
    # F7:I7 over Satuan, Polaritas, Jenis Realisasi and Target: the choices' galat, the Target read blank
    lines, _ = _run(_kecamatan(tmp_path, _ROWS, ("F7:I7",)))
    assert _said(lines, "galat", "Kinerja!G7", "Polaritas"), lines
    assert _said(lines, "galat", "Kinerja!H7", "Jenis Realisasi"), lines
    # the Target's galat, read blank, says the merge (stop 52, merge_said: no peringatan beside it at F7:I7)
    assert not _said(lines, "peringatan", "F7:I7"), lines
    blank = _said(lines, "galat", "Kinerja!I7", "kosong; capaian tidak dihitung")
    assert len(blank) == 1 and "Sel F7:I7 digabung (merge)" in blank[0], lines
    assert "kolom Target dibaca kosong" in blank[0], lines


# --- unit words under Satuan dokumen ---------------------------------------------------------------------


def _izin_under(tmp_path, satuan, tw2, target="1.200"):
    rows = [_ROWS[0], _ROWS[1], [*_IZIN[:5], satuan, *_IZIN[6:], target, None, "287", tw2], _ROWS[3]]
    return _run(_kecamatan(tmp_path, rows))


def test_a_target_range_typed_in_izin_under_dokumen_is_said_as_a_single_target_is(tmp_path):
    lines, report = _izin_under(tmp_path, "dokumen", "301", target="1.000-1.200 izin")
    assert _said(lines, "peringatan", "Kinerja!I6", "'izin'", "'dokumen'"), lines
    # 287 + 301 = 588 below the range: scored against its lower bound, 588 / 1.000 = 58,8 % (Rendah)
    izin = _indikator(report, "Jumlah izin yang diterbitkan")
    assert Fraction(izin["capaian"]).limit_denominator(1000) == Fraction(588, 10)
    assert izin["kriteria"] == "Rendah"


def test_a_word_typed_with_a_dot_is_named_without_it(tmp_path):
    lines, report = _izin_under(tmp_path, "dokumen", "301 izin.")
    said = _said(lines, "peringatan", "Kinerja!L6")
    assert len(said) == 1 and "setiap 'izin' dihitung" in said[0] and "izin." not in said[0].split('"')[2], (
        lines
    )
    assert _capaian(report, "S1") == _S1 == 72  # (95 + 588 / 1.200 x 100) / 2


def test_another_count_word_under_kali_stays_a_galat(tmp_path):
    # 5 kegiatan held is no count of kali (a kegiatan may meet several times): not read
    lines, report = _izin_under(tmp_path, "kali", "5 kegiatan", target="12")
    assert _said(lines, "galat", "Kinerja!L6", "'kegiatan'"), lines
    assert _indikator(report, "Jumlah izin yang diterbitkan")["capaian"] is None


# --- merged Kode: crossing into the next Sasaran, three rows, the last rows -------------------------------


def test_a_kode_merged_from_s1_into_s2s_row_is_not_inherited(tmp_path):
    # S2's row types its own Tingkat, Kode Induk and Uraian: never an S1 indicator; its row is a galat
    rows = [_ROWS[0], _ROWS[1], _KTP_ROW, _ROWS[3]]
    lines, report = _run(_kecamatan(tmp_path, rows, ("A5:A6",)))
    assert _said(lines, "galat", "Kinerja!A6", "tertutup gabungan sel A5:A6"), lines
    assert [i["kode"] for i in report["indikator"]] == ["T1", "S1", "7.01.02"]
    assert _capaian(report, "S1") == 95  # pengaduan alone: 95 / 100


def test_three_rows_under_a_merged_kode_and_satuan_count_in_every_output(tmp_path):
    # the Sasaran's three indicators, Kode and names merged over all three, % merged over two
    rows = [_ROWS[0], _ROWS[1], _TEPAT_ROW, _ROWS[2], _ROWS[3]]
    folder = tmp_path / "kiriman"
    folder.mkdir()
    path = _kecamatan(folder, rows, ("A5:A7", "B5:B7", "C5:C7", "D5:D7", "F5:F6"))
    lines, report = _run(path)
    assert not _noisy(lines), lines
    # (95 + 81 / 90 x 100 + 588 / 1.200 x 100) / 3 = (95 + 90 + 49) / 3 = 78
    assert _capaian(report, "S1") == 78
    assert [i["kode"] for i in report["indikator"]] == ["T1", "S1", "S1", "S1", "7.01.02"]
    out = tmp_path / "rekap.json"
    run = CliRunner().invoke(main, ["rekap", str(folder), "--jobs", "1", "--format", "json", "-o", str(out)])
    assert run.exit_code == 0, run.output
    opd = json.loads(out.read_text(encoding="utf-8"))["perangkat_daerah"][0]
    assert (opd["indikator"], opd["indikator_sasaran"], opd["indikator_program"], opd["terukur"]) == (
        5,
        3,
        1,
        5,
    )
    assert Fraction(opd["capaian_sasaran"]).limit_denominator(1000) == 78
    built = CliRunner().invoke(main, ["build", str(path)])
    assert built.exit_code == 0 and "5 indicators" in built.output, built.output


def test_a_programs_two_rows_merged_at_the_sheets_last_row_are_both_counted(tmp_path):
    # the program's second indicator on the sheet's last row: Nilai Akhir, TW II 60 of 100 = 60 % (Rendah)
    last = [*_PROGRAM[:4], "Persentase pengaduan selesai dalam 5 hari", "%", "Positif", "Nilai Akhir"]
    rows = [*_ROWS, [*last, "100", None, "50", "60"]]
    lines, report = _run(_kecamatan(tmp_path, rows, ("A7:A8", "B7:B8", "C7:C8", "D7:D8")))
    assert not _noisy(lines), lines
    selesai = _indikator(report, "Persentase pengaduan selesai dalam 5 hari")
    assert selesai["kode"] == "7.01.02" and selesai["capaian"] == 60 and selesai["kriteria"] == "Rendah"
    assert _capaian(report, "S1") == _S1  # the program's rows add nothing to S1's own indicators
