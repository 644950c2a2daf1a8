"""Review of newuser60: an index typed in points (`68,2 poin` under Satuan `Indeks`, `Nilai`, `Skor`).

- A note after the points (`68,2 poin (sementara)`, `68,2 poin sementara`) was told `kata 'poin' tidak
  sesuai Satuan indikator ('Indeks')`, untrue now that `68,2 poin` is read: the word out of place is the
  note, as `68,2 indeks (sementara)` is told (`ada kata '(sementara)' sesudah Satuan indikator`). So were
  the other words read as the Satuan by satuan_sebutan (`3 desa (sementara)` under `Desa/Kelurahan`,
  `5 skpd (sementara)` under `OPD`, `12,5 km (sementara)` under `Km jalan`: each told `tidak sesuai`).
- Near typings of the points pinned: read where the Satuan is an index or a score, a galat elsewhere;
  a change in points (`naik 2,5 poin`) never read as the figure; check, export and build agree.
- A `-` in the reported quarter of a Nilai Akhir indicator stays without a finding (the reviewer's
  decision): `-` is the input README asks for when there is no data, and every printed output names
  the quarter the figure comes from, `(data s.d. Triwulan II; realisasi Triwulan III belum ada: "-")`.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2 (TW III: M2).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, messages, run

IKLH = "Indeks Kualitas Lingkungan Hidup (IKLH)"


def _row(indikator, target, tws, satuan, jenis="Nilai Akhir", triwulan=3):
    row = kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya kualitas lingkungan hidup", indikator, target, tws, satuan=satuan, jenis=jenis
    )  # fmt: skip
    return run([row], triwulan=triwulan)


def _said(report, sel="M2"):
    return [(f.severity, f.pesan) for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


@pytest.mark.parametrize(
    ("satuan", "typed", "note", "figure"),
    [
        ("Indeks", "68,2 poin (sementara)", "(sementara)", "68,2"),
        ("Indeks", "68,2 poin sementara", "sementara", "68,2"),
        ("Skor", "68,2 Poin (angka sementara)", "(angka sementara)", "68,2"),
        ("Desa/Kelurahan", "3 desa (sementara)", "(sementara)", "3"),
        ("OPD", "5 skpd (sementara)", "(sementara)", "5"),
        ("Km jalan", "12,5 km (sementara)", "(sementara)", "12,5"),
    ],
)
def test_a_note_after_the_satuan_typed_its_own_way_is_told_as_the_note(satuan, typed, note, figure):
    # the figure with the Satuan's own word is read (68,2 poin, 3 desa, 5 skpd, 12,5 km); the note after
    # it keeps the cell unread (a galat, no capaian), naming the note, not the Satuan's word
    report = _row("Indikator uji", "68,5", ("60", "61", typed, None), satuan)
    (said,) = _said(report)
    assert said[0] == "galat" and report.indicators[0].capaian_exact is None, said
    assert f"ada kata '{note}' sesudah Satuan indikator ('{satuan}')" in said[1], said
    assert f"Tulis angkanya saja ({figure})" in said[1] and "tidak sesuai" not in said[1], said


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("68,2 point", "Indeks"),
        ("68,2 poin.", "Indeks"),
        ("68,2 POIN", "Indeks (0-100)"),
        ("68,2poin", "Indeks"),
        ("68,20  poin", "Skor"),
        (" 68,2 Poin ", "Nilai"),
        ("68,2 skor", "Indeks"),
    ],
)
def test_near_typings_of_points_under_an_index_are_its_figure(typed, satuan):
    # Nilai Akhir, TW III's 68,2 of 68,5: 68,2 / 68,5 x 100 = 99,56 %, quiet
    report = _row(IKLH, "68,5", ("67,90", "68,0", typed, None), satuan)
    assert report.indicators[0].capaian_exact == Fraction(682, 685) * 100
    assert _said(report) == [], messages(report)


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("68,2 pts", "Indeks"),  # (no abbreviation of poin the reader knows)
        ("68,2 poin", "%"),
        ("68,2 poin", "persen"),
        ("68,2 poin", "Persentase"),
        ("68,2 point", "%"),
        ("68,2 poin", "angka"),
        ("68,2 poin", "Rasio"),
        ("68,2 poin", "Orang"),
        ("68,2 poin/tahun", "Indeks"),
        ("68.2 poin", "Indeks"),  # (the English decimal point, told 68,2)
    ],
)
def test_points_where_no_index_is_counted_stay_a_galat(typed, satuan):
    # TW III not read: a galat at its cell, no capaian (never TW II's 68,0 in its place)
    report = _row(IKLH, "68,5", ("67,90", "68,0", typed, None), satuan)
    assert report.indicators[0].capaian_exact is None
    assert [s for s, _ in _said(report)] == ["galat"], messages(report)


@pytest.mark.parametrize("satuan", ["%", "Indeks"])
def test_a_change_in_points_is_never_read_as_the_figure(satuan):
    # "naik 2,5 poin" in TW III: its 2,5 is no realisasi (2,5 / 72,5 would be 3,45 %). It was a peringatan
    # only, Nilai Akhir then taking TW II's 68,1 as the level reached (93,93 %); since kinerja64 a galat
    # at M2 as "naik 2,5" and "+2,5 poin" are, nothing computed until the level (70,6?) is typed
    report = _row("Persentase sampah terkelola", "72,5", ("65,3", "68,1", "naik 2,5 poin", None), satuan)
    assert report.indicators[0].capaian_exact is None
    ((severity, pesan),) = _said(report)
    assert severity == "galat" and "nilai sebelumnya ditambah 2,5" in pesan, pesan


def test_a_target_in_points_beside_plain_quarters_is_read():
    # Target "68,5 poin", TW III 68,2 typed bare: 68,2 / 68,5 x 100 = 99,56 %
    report = _row(IKLH, "68,5 poin", ("67,9", "68,0", "68,2", None), "Indeks")
    assert report.indicators[0].capaian_exact == Fraction(682, 685) * 100
    assert [f for f in report.findings if f.sel != "C2"] == [], messages(report)


@pytest.mark.parametrize("dash", ["-", "- poin"])
def test_a_dash_in_the_reported_quarter_of_nilai_akhir_is_named_in_the_outputs_not_the_findings(dash):
    from lkj_xl.core.kalimat import data_sampai

    # TW III "-": no data; Nilai Akhir takes TW II's 68,0: 68 / 68,5 x 100 = 99,27 %, no finding (the
    # input README asks for), the printed realisasi saying whose quarter it is
    report = _row(IKLH, "68,5", ("67,9", "68,0", dash, None), "Indeks")
    item = report.indicators[0]
    assert item.capaian_exact == Fraction(680, 685) * 100
    assert [f for f in report.findings if f.sel != "C2"] == [], messages(report)
    # (the dash named as "-" whatever Satuan's word was typed with it)
    assert (
        data_sampai(item, report.settings)
        == ' (data s.d. Triwulan II; realisasi Triwulan III belum ada: "-")'
    )
    # an honest earlier dash (TW II "-" before TW III's 68,2) changes nothing: quiet, no note
    report = _row(IKLH, "68,5", ("67,9", dash, "68,2", None), "Indeks")
    assert report.indicators[0].capaian_exact == Fraction(682, 685) * 100
    assert [f for f in report.findings if f.sel != "C2"] == [], messages(report)
    assert data_sampai(report.indicators[0], report.settings) == ""


def test_check_export_and_build_agree_on_points(tmp_path):
    import json

    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row as row

    path = tmp_path / "dlh.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Sleman", "Perangkat Daerah": "Dinas Lingkungan Hidup", "Tahun": 2025, "Triwulan": 3}  # fmt: skip
    more = {"Satuan": "Indeks", "Polaritas": "Positif", "Jenis Realisasi": "Nilai Akhir"}
    # row 4: IKLH, Target 68,5 poin, TW III 68,2 poin: 68,2 / 68,5 = 99,56 %; row 5: Skor, 3,4 poin of 3,5
    # poin: 3,4 / 3,5 = 97,14 %
    kinerja = [
        row(
            "T1",
            "Tujuan",
            None,
            "Meningkatnya kualitas lingkungan hidup",
            IKLH,
            "68,5 poin",
            "67,90 poin",
            "68,0",
            **more,
            **{"Realisasi TW III": "68,2 poin"},
        ),  # fmt: skip
        row(
            "T1",
            None,
            None,
            None,
            "Skor kepatuhan usaha",
            "3,5 poin",
            "3,1",
            "3,3 poin",
            **{**more, "Satuan": "Skor", "Realisasi TW III": "3,4 poin"},
        ),  # fmt: skip
    ]
    new_workbook(path, pengaturan=settings, kinerja=kinerja)
    runner = CliRunner()
    checked = runner.invoke(main, ["check", str(path)])
    assert checked.exit_code == 0 and "Kinerja!" not in checked.output.replace("Kinerja!C", ""), (
        checked.output
    )
    exported = json.loads(runner.invoke(main, ["export", str(path)]).stdout)
    got = {i["indikator"]: (i["target"], i["realisasi"], i["capaian"]) for i in exported["indikator"]}
    assert got[IKLH] == pytest.approx((68.5, 68.2, 68.2 / 68.5 * 100))
    assert got["Skor kepatuhan usaha"] == pytest.approx((3.5, 3.4, 3.4 / 3.5 * 100))
    out = tmp_path / "hasil.xlsx"
    assert runner.invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Capaian Tujuan Sasaran"]
    rows = {r[2]: r for r in sheet.iter_rows(values_only=True) if r[2] in got}
    # Target, TW I-IV, Realisasi s.d. TW III, Capaian: the export's figures
    assert rows[IKLH][4:11] == (68.5, 67.9, 68, 68.2, "-", 68.2, pytest.approx(68.2 / 68.5 * 100)), rows[IKLH]
    skor = rows["Skor kepatuhan usaha"]
    assert skor[4:11] == (3.5, 3.1, 3.3, 3.4, "-", 3.4, pytest.approx(3.4 / 3.5 * 100)), skor
