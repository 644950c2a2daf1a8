"""A new user's trial (newuser54): a Badan Pendapatan Daerah's TW II report (PAD typed `125 M`,
`Rp 28.750 jt`, `31,25 M`; Persentase peningkatan PAD `-2,5%` then `(1,5)`; Jumlah wajib pajak; a
Negatif Persentase tunggakan PBB-P2) and a Dinas Lingkungan Hidup's TW III report (IKLH `menunggu data
KLHK` then `67,92`; timbulan sampah dibuang ke TPA and kasus pencemaran lingkungan, lower is better and
Kumulatif; Pagu Perubahan on two programs) filling `lkj-xl new`'s workbook.

- A lower-is-better Kumulatif indicator before the year's end (the DLH's 32.845,75 ton of a year's
  ceiling of 42.500 ton s.d. TW III: 122,72 % Sangat Tinggi, while three quarters have used 77 % of the
  year's ceiling) printed its capaian with no word that it still falls with every quarter to come: the
  note under Tabel 3.1 / 3.2 named the Positif Kumulatif ones only.
"""

from __future__ import annotations

import io
from fractions import Fraction

import docx
import openpyxl
import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.tables import capaian_program, capaian_tujuan_sasaran
from tests.test_engine import kinerja_row, run

TIMBULAN = "Jumlah timbulan sampah yang dibuang ke TPA"
KASUS = "Jumlah kasus pencemaran lingkungan"
SAMPEL = "Jumlah sampel air yang diuji"
TUNGGAKAN = "Persentase tunggakan sampah retribusi"
NEGATIF_NOTE = "Kumulatif bernilai negatif berikut"


def _dlh_rows():
    rows = [
        # T1 IKLH, Nilai Akhir: 67,92 / 68,50 = 99,15 %.
        kinerja_row(
            "T1",
            "Tujuan",
            "",
            "Meningkatnya kualitas lingkungan hidup",
            "Indeks Kualitas Lingkungan Hidup (IKLH)",
            "68,50",
            ("-", "menunggu data KLHK", "67,92", None),
            satuan="Indeks",
            jenis="Nilai Akhir",
        ),
        # S1 timbulan sampah, Negatif Kumulatif: 10.850,5 + 11.020 + 10.975,25 = 32.845,75 ton s.d. TW III;
        # (2 x 42.500 - 32.845,75) / 42.500 = 52.154,25 / 42.500 = 122,72 % Sangat Tinggi.
        kinerja_row(
            "S1",
            "Sasaran",
            "T1",
            "Meningkatnya pengelolaan sampah",
            TIMBULAN,
            "42.500",
            ("10.850,5", "11.020", "10.975,25", None),
            satuan="ton",
            polaritas="Negatif",
            jenis="Kumulatif",
        ),
        # S2 kasus pencemaran, Negatif Kumulatif: 2 + 0 (nihil) + 3 = 5 of 12: (24 - 5) / 12 = 158,33 %.
        kinerja_row(
            "S2",
            "Sasaran",
            "T1",
            "Meningkatnya ketaatan pelaku usaha",
            KASUS,
            "12",
            ("2", "nihil", "3", None),
            satuan="kasus",
            polaritas="Negatif",
            jenis="Kumulatif",
        ),
        # S2 a Negatif Nilai Akhir (a level the year's target applies to as it is): 13,25 of 12,
        # (24 - 13,25) / 12 = 89,58 %: never named, its capaian is the level's.
        kinerja_row(
            "S2",
            "",
            "",
            "",
            TUNGGAKAN,
            "12%",
            ("14,6%", "13,25%", "13,25%", None),
            polaritas="Negatif",
            jenis="Nilai Akhir",
        ),
        # Program 2.11.03, Positif Kumulatif: 60 + 58 + 64 = 182 of 240 = 75,83 %: the note of a sum so far.
        kinerja_row(
            "2.11.03",
            "Program",
            "S2",
            "PROGRAM PENGENDALIAN PENCEMARAN",
            SAMPEL,
            "240",
            ("60", "58", "64", None),
            satuan="sampel",
            jenis="Kumulatif",
        ),
    ]
    return rows


def _notes(lay, words: str) -> list[str]:
    return [v for row in lay.rows for v in row if isinstance(v, str) and words in v]


def test_the_exact_figures_of_the_dlhs_lower_is_better_sums():
    report = run(_dlh_rows(), triwulan=3)
    by_name = {i.indikator: i for i in report.indicators}
    timbulan = Fraction("10850.5") + 11020 + Fraction("10975.25")
    assert timbulan == Fraction("32845.75")
    assert by_name[TIMBULAN].capaian == pytest.approx(float((2 * 42500 - timbulan) / 42500 * 100))
    assert by_name[TIMBULAN].kriteria == "Sangat Tinggi"
    assert by_name[KASUS].capaian == pytest.approx(float(Fraction(24 - 5, 12) * 100))


@pytest.mark.parametrize("triwulan", [1, 2, 3, "Semester I"])
def test_a_lower_is_better_kumulatif_before_the_years_end_is_noted_under_tabel_3_1_and_3_2(triwulan):
    report = run(_dlh_rows(), triwulan=triwulan)
    for table in (capaian_tujuan_sasaran, capaian_program):
        (note,) = _notes(table.layout(report), NEGATIF_NOTE)
        # each sum so far is against the year's ceiling: every quarter to come lowers the capaian
        assert TIMBULAN in note and KASUS in note, note
        assert "target Tahun 2025" in note and "belum menggambarkan capaian akhir tahun" in note, note
        assert "menurunkan capaian" in note, note
        # a Nilai Akhir level is the year's own: not named; nor a Positif sum (its own note)
        assert TUNGGAKAN not in note and SAMPEL not in note, note


def test_the_positif_kumulatif_note_stays_as_it_was():
    # 182 of 240 s.d. TW III: 75,83 %, named in the note of a sum so far; the Negatif ones are not.
    report = run(_dlh_rows(), triwulan=3)
    (note,) = _notes(capaian_program.layout(report), "Kumulatif berikut")
    assert SAMPEL in note and TIMBULAN not in note and KASUS not in note, note


@pytest.mark.parametrize("triwulan", [4, "Semester II", "Tahunan"])
def test_the_years_report_has_no_negatif_kumulatif_note(triwulan):
    # s.d. TW IV the sum is the year's own: its capaian is final, nothing to explain.
    rows = _dlh_rows()
    for row in rows:
        quarters = c.KINERJA_HEADERS.index("Realisasi TW IV")
        row[quarters] = "1"
    report = run(rows, triwulan=triwulan)
    for table in (capaian_tujuan_sasaran, capaian_program):
        assert _notes(table.layout(report), NEGATIF_NOTE) == []


def test_the_dlh_workbook_built_says_it_in_the_sheet_and_the_word_report(tmp_path):
    """`lkj-xl new`'s workbook filled as the DLH's staff typed it, built: Tabel 3.1's sheet and the Word
    report carry the note (one computation: the same words in both)."""
    from lkj_xl.build import build_in_memory
    from lkj_xl.laporan import document_of
    from lkj_xl.xlsx.template import new_workbook

    path = tmp_path / "LKjIP DLH TW III 2025.xlsx"
    settings = {
        c.P_PEMDA: "Kabupaten Lumajang",
        c.P_OPD: "Dinas Lingkungan Hidup",
        c.P_TAHUN: 2025,
        c.P_TRIWULAN: "Triwulan III",
    }
    kinerja = [dict(zip(c.KINERJA_HEADERS, row)) for row in _dlh_rows()]
    new_workbook(path, pengaturan=settings, kinerja=kinerja)
    built = build_in_memory(path)
    ws = openpyxl.load_workbook(io.BytesIO(built.data))["Capaian Tujuan Sasaran"]
    sheet_notes = [
        v for r in ws.iter_rows(values_only=True) for v in r if isinstance(v, str) and NEGATIF_NOTE in v
    ]
    assert len(sheet_notes) == 1 and TIMBULAN in sheet_notes[0], sheet_notes
    word = [p.text for p in docx.Document(io.BytesIO(document_of(built))).paragraphs]
    assert sheet_notes[0] in word


# --- a growth rate below zero: an honest fall, no slip to check ------------------------------------------

PENINGKATAN = "Persentase peningkatan PAD"


def _growth(indikator, tws, *, target="5%", polaritas=None):
    return run(
        [
            kinerja_row(
                "S1",
                "Sasaran",
                "",
                "Meningkatnya pendapatan asli daerah",
                indikator,
                target,
                tws,
                jenis="Nilai Akhir",
                polaritas=polaritas,
            )
        ]
    )


def _row_findings(report):
    return [f"{f.sel} {f.pesan}" for f in report.findings if f.sheet == "Kinerja" and f.sel[:1] != "C"]


@pytest.mark.parametrize(
    "indikator",
    [PENINGKATAN, "Laju pertumbuhan PAD", "Pertumbuhan pajak daerah", "Persentase kenaikan retribusi"],
)
@pytest.mark.parametrize("typed", ["(1,5)", "-1,5%", "−1,5 %"])
def test_a_growth_rate_below_zero_is_computed_quietly(indikator, typed):
    # PAD fell 1,5 % against a growth target of 5 %: -1,5 / 5 x 100 = -30 % Sangat Rendah, the report's
    # formula on an honest figure (the tables print it; Tabel 3.3 names it in its Sasaran's mean).
    report = _growth(indikator, ("-2,5%", typed, None, None))
    item = report.indicators[0]
    assert item.realisasi == pytest.approx(float(Fraction(-3, 2)))
    assert (
        item.capaian == pytest.approx(float(Fraction(-3, 2) / 5 * 100)) and item.kriteria == "Sangat Rendah"
    )
    assert _row_findings(report) == []


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase wajib pajak yang patuh",  # a share of taxpayers: never below zero
        "Persentase peningkatan jumlah wajib pajak",  # a share of requests served, as the seed's TDG
        "Persentase UMKM yang mengalami peningkatan omzet",  # a share of UMKM, the change only naming which
    ],
)
def test_a_share_below_zero_is_still_told(indikator):
    # -1,5 / 5 x 100 = -30 %: a share cannot fall below zero, the peringatan at the target stays.
    report = _growth(indikator, ("2,5%", "(1,5)", None, None))
    (said,) = [f for f in _row_findings(report) if f.startswith("I2 ")]
    assert "di bawah nol (-30%)" in said, said


def test_a_negatif_growth_over_twice_its_target_is_still_told():
    # Laju pertumbuhan penduduk, lower is better, 2,5 of a target 1,2: (2 x 1,2 - 2,5) / 1,2 = -8,33 %.
    report = _growth(
        "Laju pertumbuhan penduduk", ("2,4", "2,5", None, None), target="1,2", polaritas="Negatif"
    )
    assert report.indicators[0].capaian == pytest.approx(
        float((Fraction(24, 10) - Fraction(25, 10)) / Fraction(12, 10) * 100)
    )
    (said,) = [f for f in _row_findings(report) if f.startswith("I2 ")]
    assert "lebih dari dua kali" in said, said


# --- a DLH's pollution counted: lower is better ------------------------------------------------------------


def _polaritas_said(indikator, satuan="kasus"):
    # Polaritas blank: Positif; 2 + 0 (nihil) + 3 = 5 kasus of a target of 12 s.d. TW III.
    report = run(
        [
            kinerja_row(
                "S1", "Sasaran", "", "Sasaran", indikator, "12", ("2", "nihil", "3", None), satuan=satuan
            )
        ],
        triwulan=3,
    )
    return report, [f.pesan for f in report.findings if f.sel == "G2"]


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        ("Jumlah kasus pencemaran lingkungan", "kasus"),
        ("Jumlah kasus pencemaran lingkungan hidup", "kasus"),
        ("Jumlah pencemaran air", "kasus"),
        ("Indeks Pencemaran Air (IPA) sungai", "indeks"),
        ("Jumlah kasus kerusakan lingkungan", "kasus"),
    ],
)
def test_pollution_counted_left_positif_is_pointed_out(indikator, satuan):
    # Left Positif it scored 5 / 12 = 41,67 % Sangat Rendah without a word; chosen Negatif, as the DLH
    # means it, (2 x 12 - 5) / 12 = 158,33 % Sangat Tinggi: the Polaritas decides the kriteria.
    report, said = _polaritas_said(indikator, satuan)
    assert report.indicators[0].capaian == pytest.approx(float(Fraction(5, 12) * 100))
    assert len(said) == 1 and 'pilih "Negatif"' in said[0], said


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase penanganan kasus pencemaran lingkungan",  # the work against it
        "Jumlah kasus pencemaran lingkungan yang ditindaklanjuti",  # the part handled
        "Persentase pengaduan kasus pencemaran yang diselesaikan",
        "Jumlah dokumen pengendalian pencemaran air",
        "Persentase penurunan beban pencemaran",
        "Jumlah pemulihan kerusakan lingkungan",
        "Jumlah sampel uji pencemaran udara",
    ],
)
def test_the_work_against_pollution_stays_quiet(indikator):
    _report, said = _polaritas_said(indikator)
    assert said == [], said


# --- an Inspektorat's repeated audit findings: lower is better -------------------------------------------


@pytest.mark.parametrize(
    "indikator",
    [
        "Jumlah temuan berulang",
        "Jumlah temuan yang berulang",
        "Persentase temuan berulang BPK",
        "Jumlah temuan BPK berulang",
    ],
)
def test_repeated_findings_left_positif_are_pointed_out(indikator):
    # 5 temuan of a ceiling of 12 s.d. TW III: Positif 41,67 % Sangat Rendah, Negatif 158,33 %.
    _report, said = _polaritas_said(indikator, "temuan")
    assert len(said) == 1 and 'pilih "Negatif"' in said[0], said


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase temuan berulang yang ditindaklanjuti",  # the part handled
        "Jumlah temuan yang tidak berulang",  # the good part
        "Persentase penurunan temuan berulang",  # its fall
    ],
)
def test_the_work_against_repeated_findings_stays_quiet(indikator):
    _report, said = _polaritas_said(indikator, "temuan")
    assert said == [], said
