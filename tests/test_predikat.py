"""Grade targets (predikat), typed the way staff type them: an Inspektorat's "Opini BPK atas LKPD"
target `WTP` realisasi `WTP`, a Predikat SAKIP target `BB` realisasi `B` or `A`, a KLA `Madya`.
Before, `lkj-xl check` said `Target ... bukan angka: "WTP"` (a galat) and staff typed 1 and 1 instead.

Expectations by hand: a realisasi at or above the target is exactly 100 (kriteria of 100 on the
report's scale: > 90 is Sangat Tinggi); below it no capaian is invented (counted below 100 %, a
peringatan at the realisasi cell). Kinerja columns: A Kode, B Tingkat, C Kode Induk, D Uraian,
E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target, J Target Perubahan, K..N TW I..IV.
"""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import predikat
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.xlsx.template import new_workbook
from tests.common import EXAMPLE
from tests.test_engine import anggaran_row, kinerja_row, run


def opini(target="WTP", tws=(None, "WTP", None, None), **kw):
    """Tujuan T1 (row 2): Opini BPK atas LKPD, Satuan Opini."""
    kw.setdefault("satuan", "Opini")
    return kinerja_row("T1", "Tujuan", "", "Akuntabilitas keuangan", "Opini BPK atas LKPD", target, tws, **kw)


def findings_at(report, sel, severity=None):
    return [
        f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel and severity in (None, f.severity)
    ]


# --- reading the grades -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "skala", "kode"),
    [
        ("WTP", "Opini BPK", "WTP"),
        ("  wtp ", "Opini BPK", "WTP"),
        ("Opini WTP", "Opini BPK", "WTP"),
        ("Wajar Tanpa Pengecualian", "Opini BPK", "WTP"),
        ("WTP (Wajar Tanpa Pengecualian)", "Opini BPK", "WTP"),
        ("WTP-DPP", "Opini BPK", "WTP"),
        ("Wajar Dengan Pengecualian", "Opini BPK", "WDP"),
        ("Tidak Wajar", "Opini BPK", "TW"),
        ("Disclaimer", "Opini BPK", "TMP"),
        ("Tidak Menyatakan Pendapat", "Opini BPK", "TMP"),
        ("BB", "Predikat SAKIP", "BB"),
        ("bb", "Predikat SAKIP", "BB"),
        ("Predikat BB", "Predikat SAKIP", "BB"),
        ("BB (Sangat Baik)", "Predikat SAKIP", "BB"),
        ("A", "Predikat SAKIP", "A"),
        ("Nindya", "Predikat KLA", "Nindya"),
        ("KLA Madya", "Predikat KLA", "Madya"),
    ],
)
def test_grades_are_read_as_staff_type_them(typed, skala, kode):
    assert predikat.baca(typed) == predikat.Predikat(skala, kode, predikat.baca(kode).peringkat)
    assert predikat.baca(typed).skala == skala


@pytest.mark.parametrize(
    "typed", ["Baik", "Menunggu LHP BPK", "BB (Memuaskan)", "WTP (Wajar Dengan Pengecualian)", "AAA", ""]
)
def test_other_words_are_no_grade(typed):
    # "BB (Memuaskan)": the meaning of A beside the code BB, which one is meant is unknown.
    assert predikat.baca(typed) is None


def test_scales_are_ordered():
    r = {
        k: predikat.baca(k).peringkat
        for k in ("WTP", "WDP", "TW", "TMP", "AA", "A", "BB", "B", "CC", "C", "D")
    }
    assert r["WTP"] > r["WDP"] > r["TW"] > r["TMP"]
    assert r["AA"] > r["A"] > r["BB"] > r["B"] > r["CC"] > r["C"] > r["D"]
    kla = [predikat.baca(k).peringkat for k in ("Pratama", "Madya", "Nindya", "Utama", "Paripurna")]
    assert kla == sorted(kla) and len(set(kla)) == 5


# --- the engine -----------------------------------------------------------------------------------------


def test_opini_met_is_100_sangat_tinggi_without_galat():
    report = run([opini()])
    (ind,) = report.indicators
    assert ind.capaian == 100 and ind.kriteria == "Sangat Tinggi"  # 100 > 90
    assert (ind.target, ind.realisasi) == (None, None)  # no number is invented for a grade
    assert (ind.target_text, ind.realisasi_text, ind.skala_predikat) == ("WTP", "WTP", "Opini BPK")
    assert ind.predikat == "Opini BPK: target WTP, realisasi WTP"
    assert ind.status is None and not ind.galat
    assert not [f for f in report.findings if f.sheet == "Kinerja"]


def test_exceeding_the_target_gives_100_not_more():
    # SAKIP target BB, realisasi A (above): 100, not a made-up 120.
    report = run(
        [
            kinerja_row(
                "T1", "Tujuan", "", "Tujuan", "Nilai SAKIP", "BB", (None, "A", None, None), satuan="Predikat"
            )
        ]
    )
    assert report.indicators[0].capaian == 100


@pytest.mark.parametrize(
    ("target", "typed", "status"),
    [
        # Staff type the word before the grade, as the README's `Predikat BB` shows: the status said
        # "Predikat Predikat B di bawah target BB". Written by hand: the grade as typed, once.
        ("BB", "Predikat B", "Predikat B di bawah target BB"),
        ("Predikat BB", "predikat B", "predikat B di bawah target Predikat BB"),
        ("BB", "B", "Predikat B di bawah target BB"),
    ],
)
def test_below_target_status_names_the_word_predikat_once(target, typed, status):
    row = kinerja_row("T1", "Tujuan", "", "Tujuan", "Nilai SAKIP", target, (None, typed, None, None))
    (ind,) = run([row]).indicators
    assert ind.status == status


def test_below_target_is_no_capaian_but_counted_below_100_with_a_peringatan_at_the_realisasi():
    report = run(
        [
            kinerja_row(
                "T1", "Tujuan", "", "Tujuan", "Nilai SAKIP", "BB", (None, "B", None, None), satuan="Predikat"
            )
        ]
    )
    (ind,) = report.indicators
    assert ind.capaian is None and ind.kriteria is None and not ind.galat
    assert ind.status == "Predikat B di bawah target BB"
    (warning,) = findings_at(report, "L2", PERINGATAN)
    assert "di bawah target" in warning.pesan and "BB" in warning.pesan
    (tujuan,) = [g for g in report.ringkasan if g.tingkat == "Tujuan"]
    assert [i.indikator for i in tujuan.belum_tercapai] == ["Nilai SAKIP"]
    assert not tujuan.tercapai and not tujuan.belum_diketahui and not tujuan.galat


def test_the_latest_quarter_with_a_grade_counts():
    # TW I WDP, TW II WTP of a TW II report: WTP (Nilai Akhir), met; the other way round: below.
    assert run([opini(tws=("WDP", "WTP", None, None))]).indicators[0].capaian == 100
    below = run([opini(tws=("WTP", "WDP", None, None))]).indicators[0]
    assert (
        below.capaian is None and below.status == "Opini WDP di bawah target WTP"
    )  # BPK gives an opini, not a predikat


def test_no_grade_yet_is_belum_diketahui():
    report = run([opini(tws=(None, "Menunggu LHP BPK", None, None))])
    (ind,) = report.indicators
    assert ind.capaian is None and ind.status == "Menunggu LHP BPK" and not ind.galat
    assert not [f for f in report.findings if f.severity == GALAT]


def test_a_number_beside_a_grade_target_is_galat_at_its_cell():
    # The invented 1 of staff who could not type WTP.
    report = run([opini(tws=(None, "1", None, None))])
    (ind,) = report.indicators
    assert ind.capaian is None and ind.galat == ["Kinerja!L2"]
    (galat,) = findings_at(report, "L2", GALAT)
    assert "angka" in galat.pesan and "WTP" in galat.pesan


def test_a_number_cell_beside_a_grade_target_is_named_as_excel_shows_it():
    # The number 1 typed in a General cell (not the text "1"): the message says "1", not "1.0".
    (galat,) = findings_at(run([opini(tws=(None, 1, None, None))]), "L2", GALAT)
    assert 'berisi angka "1",' in galat.pesan


def test_a_grade_beside_a_number_target_is_galat_at_its_cell():
    report = run([opini(target="100", tws=(None, "WTP", None, None), satuan="%")])
    (ind,) = report.indicators
    assert ind.capaian is None and ind.galat == ["Kinerja!L2"]
    assert findings_at(report, "L2", GALAT)


def test_grades_of_two_scales_are_galat():
    report = run([opini(tws=(None, "BB", None, None))])
    (galat,) = findings_at(report, "L2", GALAT)
    assert "Predikat SAKIP" in galat.pesan and "Opini BPK" in galat.pesan
    assert report.indicators[0].capaian is None


def test_negatif_polarity_on_a_grade_is_galat():
    report = run([opini(polaritas="Negatif")])
    assert report.indicators[0].capaian is None
    assert findings_at(report, "G2", GALAT)


def test_kumulatif_chosen_on_a_grade_is_a_peringatan_and_the_latest_grade_counts():
    report = run([opini(jenis="Kumulatif", tws=("WTP", "WTP", None, None))])
    assert report.indicators[0].capaian == 100
    assert findings_at(report, "H2", PERINGATAN)
    assert not findings_at(run([opini()]), "H2")  # left blank: no choice made, nothing to say


def test_an_unknown_word_stays_a_galat_as_before():
    report = run([opini(target="Baik Sekali", tws=(None, "Baik Sekali", None, None))])
    assert findings_at(report, "I2", GALAT)


def test_a_grade_target_perubahan_replaces_the_target():
    # Target 1 (the number staff once invented), Target Perubahan WTP: the grade applies.
    report = run([opini(target="1", tws=(None, "WTP", None, None), target_perubahan="WTP")])
    (ind,) = report.indicators
    assert ind.capaian == 100 and ind.target_text == "WTP"


def test_a_grade_after_the_reported_quarter_is_pointed_out_and_not_counted():
    # TW II report: TW II WDP counts (below WTP); TW III WTP is after the period.
    report = run([opini(tws=(None, "WDP", "WTP", None))])
    assert (
        report.indicators[0].status == "Opini WDP di bawah target WTP"
    )  # BPK gives an opini, not a predikat
    (warning,) = findings_at(report, "M2", PERINGATAN)
    assert "tidak dihitung" in warning.pesan


def test_a_status_after_the_latest_grade_is_pointed_out():
    # TW I WTP, TW II "Menunggu LHP BPK": TW I's grade is the realisasi s.d. TW II, said at L2.
    report = run([opini(tws=("WTP", "Menunggu LHP BPK", None, None))])
    assert report.indicators[0].capaian == 100
    (warning,) = findings_at(report, "L2", PERINGATAN)
    assert "TW I" in warning.pesan


def test_batas_capaian_leaves_100_as_it_is():
    assert run([opini()], **{"Batas Capaian": 120}).indicators[0].capaian == 100


def test_program_sentence_counts_a_grade_below_target_as_below_target():
    from lkj_xl.core.analisis_program import _rekap

    rows = [
        kinerja_row("S1", "Sasaran", "", "Sasaran", "Opini", "WTP", (None, "WTP", None, None), satuan="Opini"),
        kinerja_row("P1", "Program", "S1", "Program", "Nilai SAKIP", "BB", (None, "B", None, None), satuan="Predikat"),
    ]  # fmt: skip
    program = next(n for n in run(rows).nodes() if n.kode == "P1")
    sentence = _rekap([program])
    # None met is said in words, and no group is counted "0 indikator" (test_reader_round5).
    assert sentence == (
        "Dari 1 indikator program yang menunjang sasaran ini, tidak ada yang mencapai target "
        "(capaian ≥ 100%): 1 indikator di bawah target."
    )


def test_mean_of_a_sasaran_with_a_grade_and_a_number():
    # S1: Opini WTP of WTP = 100; koperasi 29 of 40 = 72,5 (Nilai Akhir). Mean (100 + 72,5) / 2 = 86,25,
    # Tinggi (> 75 - 90). Program P1 of S1: pagu 1.000.000, spent 250.000: penyerapan 25 %, so
    # efisiensi 86,25 - 25 = 61,25 points.
    rows = [
        kinerja_row("T1", "Tujuan", "", "Tujuan", "Opini BPK", "WTP", (None, "WTP", None, None), satuan="Opini"),
        kinerja_row("S1", "Sasaran", "T1", "Sasaran", "Opini BPK atas LKPD", "WTP", (None, "WTP", None, None), satuan="Opini"),
        kinerja_row("S1", "Sasaran", "T1", "Sasaran", "Koperasi sehat", "40", (None, "29", None, None), jenis="Nilai Akhir"),
    ]  # fmt: skip
    report = run(rows, [anggaran_row("P1", "Program satu", "S1", 1000000, (100000, 150000, None, None))])
    s1 = next(n for n in report.nodes() if n.kode == "S1")
    assert s1.capaian == 86.25 and s1.kriteria == "Tinggi"
    row = next(r for r in report.efisiensi if r.kode == "S1")
    assert row.penyerapan == 25 and row.efisiensi == 61.25


# --- what every output shows ------------------------------------------------------------------------


KINERJA = [
    {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Akuntabilitas keuangan", "Indikator": "Opini BPK atas LKPD",
     "Satuan": "Opini", "Target": "WTP", "Realisasi TW I": "WTP", "Realisasi TW II": "WTP"},
    {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Akuntabilitas kinerja",
     "Indikator": "Nilai SAKIP", "Satuan": "Predikat", "Target": "BB", "Realisasi TW II": "B"},
    {"Kode": "S1", "Indikator": "Koperasi sehat", "Satuan": "%", "Jenis Realisasi": "Nilai Akhir",
     "Target": "40", "Realisasi TW II": "29"},
]  # fmt: skip
PENGATURAN = {
    "Pemerintah Daerah": "Kabupaten Contoh",
    "Perangkat Daerah": "Inspektorat",
    "Tahun": 2025,
    "Triwulan": 2,
}


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("predikat") / "inspektorat.xlsx"
    new_workbook(path, pengaturan=PENGATURAN, kinerja=KINERJA)
    return path


def test_output_sheets_show_the_grades_typed(book, tmp_path):
    out = tmp_path / "out.xlsx"
    assert CliRunner().invoke(main, ["build", str(book), "-o", str(out)]).exit_code == 0
    wb = openpyxl.load_workbook(out)
    rows = {r[2]: r for r in wb["Capaian Tujuan Sasaran"].iter_rows(values_only=True) if r[2]}
    # Indikator, Satuan, Target, TW I..IV, Realisasi s.d. TW II, Capaian, Kriteria
    assert rows["Opini BPK atas LKPD"][3:] == (
        "Opini",
        "WTP",
        "WTP",
        "WTP",
        "-",
        "-",
        "WTP",
        100,
        "Sangat Tinggi",
    )
    below = rows["Nilai SAKIP"][3:]
    assert below == ("Predikat", "BB", "-", "B", "-", "-", "B", "Predikat B di bawah target BB", "-")
    program = {r[2]: r for r in wb["Capaian Program"].iter_rows(values_only=True) if r[2]}
    assert program["Opini BPK atas LKPD"][4:] == ("WTP", "WTP", 100, "Sangat Tinggi")
    ringkasan = " ".join(str(v) for r in wb["Ringkasan"].iter_rows(values_only=True) for v in r if v)
    assert "capaian ≥ 100% sebanyak 1 indikator, yaitu Opini BPK atas LKPD" in ringkasan
    # S1: Nilai SAKIP below its target, Koperasi sehat 29 / 40 = 72,5 %.
    assert (
        "sasaran dengan capaian di bawah 100% sebanyak 2 indikator, yaitu Nilai SAKIP (Predikat B di bawah "
        "target BB) dan Koperasi sehat (capaian 72,50%)"
    ) in ringkasan
    # S1's capaian is its one measured indicator, 29 / 40 = 72,5; the note names the one below target.
    efisiensi = {r[1]: r for r in wb["Efisiensi"].iter_rows(values_only=True) if r[1]}
    assert efisiensi["Akuntabilitas keuangan"][3] == 100 and efisiensi["Akuntabilitas kinerja"][3] == 72.5
    assert "Nilai SAKIP tanpa capaian persen (Predikat B di bawah target BB)" in str(efisiensi)


def test_export_json_and_csv(book):
    data = json.loads(CliRunner().invoke(main, ["export", str(book)]).stdout)
    opini_row = next(i for i in data["indikator"] if i["indikator"] == "Opini BPK atas LKPD")
    assert (opini_row["target"], opini_row["realisasi"], opini_row["capaian"]) == (None, None, 100)
    assert opini_row["target_teks"] == "WTP" and opini_row["realisasi_teks"] == "WTP"
    assert opini_row["predikat"] == "Opini BPK: target WTP, realisasi WTP"
    text = CliRunner().invoke(main, ["export", str(book), "--format", "csv", "--table", "indikator"]).stdout
    rows = list(
        csv.DictReader(
            io.StringIO(text.lstrip("\ufeff")), delimiter=";" if ";" in text.splitlines()[0] else ","
        )
    )
    opini_csv = next(r for r in rows if r["indikator"] == "Opini BPK atas LKPD")
    assert opini_csv["target"] == "" and opini_csv["target_teks"] == "WTP"
    assert float(opini_csv["capaian"]) == 100 and opini_csv["realisasi_teks"] == "WTP"


def test_frames_and_rekap(book, tmp_path):
    import lkj_xl

    frames = lkj_xl.to_frames(lkj_xl.load_report(book))
    ind = frames["indikator"].set_index("indikator")
    assert ind.loc["Opini BPK atas LKPD", "capaian"] == 100
    assert ind.loc["Opini BPK atas LKPD", "target_teks"] == "WTP"
    out = tmp_path / "rekap.json"
    run = CliRunner().invoke(main, ["rekap", str(book), "--format", "json", "-o", str(out)])
    assert run.exit_code == 0, run.output
    rekap = json.loads(out.read_text())
    semua = rekap["indikator"] if isinstance(rekap, dict) else rekap
    row = next(r for r in semua if r["indikator"] == "Opini BPK atas LKPD")
    assert row["capaian"] == 100 and row["target"] is None
    assert row["predikat"] == "Opini BPK: target WTP, realisasi WTP"


def test_rekap_counts_a_grade_below_its_target_as_measured_not_unknown(book):
    import lkj_xl

    # The book: Opini WTP of WTP (capaian 100), Nilai SAKIP B below its target BB (known, not met, no
    # capaian), Koperasi sehat 29 of 40 (72,5). The agency's own Ringkasan counts the B under "di bawah
    # 100%", none "belum diketahui": the rekap says the same (3 measured, 0 unknown, 0 galat).
    agency = lkj_xl.rekap([book]).perangkat_daerah.iloc[0]
    assert (agency["terukur"], agency["belum_diketahui"], agency["galat"]) == (3, 0, 0)


def test_the_brief_scenario_on_the_example_workbook(tmp_path):
    # The example workbook copied with openpyxl, a Tujuan indicator added: Satuan Opini, Target WTP,
    # Realisasi TW II WTP. `check` had one galat ("bukan angka"); now none for it.
    wb = openpyxl.load_workbook(EXAMPLE)
    ws = wb["Kinerja"]
    r = ws.max_row + 1
    for col, value in {
        1: "T1",
        2: "Tujuan",
        5: "Opini BPK atas LKPD",
        6: "Opini",
        9: "WTP",
        12: "WTP",
    }.items():
        ws.cell(r, col, value)
    path = tmp_path / "opini.xlsx"
    wb.save(path)
    check = CliRunner().invoke(main, ["check", str(path)])
    assert f"I{r}" not in check.output and "0 galat" in check.output


def test_word_sentences_say_the_grade(book, tmp_path):
    pytest.importorskip("docx")
    import docx

    out = tmp_path / "LKjIP.docx"
    assert CliRunner().invoke(main, ["laporan", str(book), "-o", str(out)]).exit_code == 0
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    cells = "\n".join(c.text for t in docx.Document(str(out)).tables for row in t.rows for c in row.cells)
    assert "Galat" not in text and "galat" not in text
    assert "WTP" in text and "WTP" in cells
    assert "ditargetkan dalam tahun 2025 Opini BPK WTP, terealisasi" in text
    assert "Predikat SAKIP B, di bawah target" in text
