"""kinerja50: Kinerja cells as staff type them, left by the last trials.

1. A ``0`` is a real zero (0 % capaian, Sangat Rendah), while staff type it for "not reported yet" too:
   the Petunjuk now says to type ``-`` (or a status) for a figure not yet known and ``0`` only for a real
   zero; a ``0`` in a quarter after the reported one (a template's placeholder) is not counted and is
   quiet (it was a peringatan "diisi ... tidak dihitung" on every such row, counted in the rekap as a
   value left out of the agency's figures).
2. Target Perubahan ``tetap`` / ``tidak berubah`` (unchanged) and ``belum ada`` / ``belum ada APBD-P``
   (the revision not passed yet, as staff write in TW I-III) were a galat: no capaian. Now read as no
   revision, the PK's Target used, quietly; ``belum ada`` in the year's report (TW IV) is a peringatan
   at its cell, the Target still used. Pagu Perubahan alike.
3. A realisasi typed as a bound (``< 1 hari``) was told "tulis angkanya saja (1 hari)": the bound, not
   what was achieved. Now told to type the figure measured, below the bound, in hari with decimals.
4. Before the year's end a Kumulatif capaian is a sum so far against the year's target: a note under
   Tabel 3.1 / 3.2 names the indicators still below 100 % and says so.
5. A rupiah amount (``Rp 95``) under a Satuan that is no amount (``%``, ``Indeks``, ``Hari``) was read
   as the bare figure without a word (``Rp 95 jt`` of an index: 105.555.555 %): now a galat, as under a
   count.
Then ordinary inputs that were right already, pinned.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.tables import capaian_program, capaian_tujuan_sasaran
from tests.test_engine import anggaran_row, kinerja_row, run

KOPERASI = "Persentase koperasi yang taat akan peraturan perundang - undangan"


def _at(report, sheet: str, sel: str, severity: str | None = None) -> list[str]:
    return [
        f.pesan
        for f in report.findings
        if (f.sheet, f.sel) == (sheet, sel) and severity in (None, f.severity)
    ]


def _row(target, tws, *, kode="T1", tingkat="Tujuan", indikator=KOPERASI, **kw):
    return kinerja_row(kode, tingkat, "", f"Uraian {kode}", indikator, target, tws, **kw)


# --- 1. a 0 typed: a real zero; not reported yet is "-" -------------------------------------------------


def _petunjuk_rows(path: Path) -> dict[str, str]:
    """Petunjuk's rows by their first cell (the first such row: Kinerja's before Anggaran's)."""
    ws = openpyxl.load_workbook(path)[c.SHEET_PETUNJUK]
    rows: dict[str, str] = {}
    for first, second in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        if first is not None:
            rows.setdefault(str(first), str(second or ""))
    return rows


def test_petunjuk_says_to_type_a_dash_for_a_figure_not_yet_reported(tmp_path):
    from tests.test_tmpl1 import _new

    rows = _petunjuk_rows(_new(tmp_path))
    # Section 7's table: "-" is no data or not reported yet, never counted as zero; "0" is a real
    # zero, counted (0 % capaian, Sangat Rendah), not to be typed for a figure not reported yet.
    assert "belum dilaporkan" in rows["-"] and "tidak dihitung sebagai nol" in rows["-"], rows["-"]
    assert "Realisasi memang nol" in rows["0"] and "capaian 0%" in rows["0"], rows["0"]
    assert "Jangan ditulis untuk realisasi yang belum dilaporkan" in rows["0"], rows["0"]
    # The quarters' row of Kinerja's column table says it where staff read what a quarter takes.
    quarters = rows[", ".join(c.REALISASI_TW_HEADERS)]
    assert "tulis - atau teks status, bukan 0" in quarters, quarters


def test_a_zero_typed_in_the_reported_quarter_is_a_real_zero():
    # Nilai Akhir, TW II 0 typed on purpose: 0 / 90 = 0 %, Sangat Rendah (the seed types real zeros).
    report = run([_row("90", ("80", "0", None, None), jenis="Nilai Akhir")])
    ind = report.indicators[0]
    assert (ind.realisasi, ind.capaian, ind.kriteria) == (0, 0, "Sangat Rendah")


@pytest.mark.parametrize("typed", ["0", 0, "0,00", "0%", "nihil"])
def test_a_zero_after_the_reported_quarter_is_quiet_and_not_counted(typed):
    # TW II report; TW III and TW IV hold the template's 0. Kumulatif: 25 + 4 = 29 of 40,71
    # -> 29 / 40,71 x 100 = 71,24 % (the seed's koperasi); the zeros are neither counted nor said.
    report = run([_row("40,71", ("25", "4", typed, typed))])
    ind = report.indicators[0]
    assert ind.realisasi == 29 and ind.capaian == pytest.approx(29 / 40.71 * 100)
    assert _at(report, "Kinerja", "M2") == [] and _at(report, "Kinerja", "N2") == []


def test_a_zero_after_the_reported_quarter_leaves_a_nilai_akhir_its_latest_figure():
    # Nilai Akhir TW I 80, TW II 85, TW III 0 (placeholder) in a TW II report: 85 / 90 = 94,44 %.
    report = run([_row("90", ("80", "85", "0", None), jenis="Nilai Akhir")])
    assert report.indicators[0].capaian == pytest.approx(85 / 90 * 100)
    assert _at(report, "Kinerja", "M2") == []


def test_a_figure_after_the_reported_quarter_is_still_said():
    # TW III 10 typed in a TW II report: a figure that would change the sum, not counted, said.
    report = run([_row("40,71", ("25", "4", "10", None))])
    assert report.indicators[0].realisasi == 29
    (said,) = _at(report, "Kinerja", "M2", PERINGATAN)
    assert "tidak dihitung" in said


def test_a_zero_after_the_reported_quarter_in_anggaran_is_quiet():
    # Pagu 1.000.000, TW I 100.000, TW II 150.000, TW III and TW IV 0 in a TW II report:
    # (100.000 + 150.000) / 1.000.000 = 25 %.
    budget = anggaran_row("P1", "Program A", "T1", "1.000.000", ("100.000", "150.000", "0", 0))
    report = run([_row("40,71", ("25", "4", None, None))], [budget])
    (program,) = report.budgets
    assert program.penyerapan == 25
    assert _at(report, "Anggaran", "H2") == [] and _at(report, "Anggaran", "I2") == []


# --- 2. Target Perubahan "tetap" / "belum ada" ---------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["tetap", "Tetap", "tidak berubah", "Sama", "belum ada", "Belum ada APBD-P", "belum", "menunggu P-APBD"],
)
@pytest.mark.parametrize("triwulan", [1, 2, 3])
def test_target_perubahan_saying_no_revision_uses_the_target_quietly(typed, triwulan):
    # Target 40,71; Kumulatif TW I 25, TW II 4, TW III 6. The PK's target applies:
    # TW I 25 / 40,71 = 61,41 %; TW II 29 / 40,71 = 71,24 %; TW III 35 / 40,71 = 85,97 %.
    report = run([_row("40,71", ("25", "4", "6", None), target_perubahan=typed)], triwulan=triwulan)
    ind = report.indicators[0]
    realisasi = (25, 29, 35)[triwulan - 1]
    assert ind.capaian == pytest.approx(realisasi / 40.71 * 100)
    assert ind.target == pytest.approx(40.71) and ind.target_pk is None  # no revision marked
    assert _at(report, "Kinerja", "J2") == []


@pytest.mark.parametrize("typed", ["tetap", "tidak berubah", "tidak ada perubahan"])
def test_target_perubahan_unchanged_is_quiet_in_the_years_report_too(typed):
    # TW IV: 25 + 4 + 6 + 8 = 43 of 40,71 -> 105,63 %.
    report = run([_row("40,71", ("25", "4", "6", "8"), target_perubahan=typed)], triwulan=4)
    assert report.indicators[0].capaian == pytest.approx(43 / 40.71 * 100)
    assert _at(report, "Kinerja", "J2") == []


@pytest.mark.parametrize("typed", ["belum ada", "Belum ada APBD-P"])
def test_target_perubahan_not_yet_in_the_years_report_is_a_peringatan(typed):
    # TW IV: the APBD-P was passed or there was none; the PK's Target is used (43 / 40,71 = 105,63 %)
    # and the cell is pointed out: a revision it still waits for would change the capaian.
    report = run([_row("40,71", ("25", "4", "6", "8"), target_perubahan=typed)], triwulan=4)
    assert report.indicators[0].capaian == pytest.approx(43 / 40.71 * 100)
    (said,) = _at(report, "Kinerja", "J2", PERINGATAN)
    assert f'"{typed}"' in said and "Target semula yang dipakai" in said and "APBD-P" in said, said


def test_another_word_in_target_perubahan_is_still_a_galat():
    # "belum jelas" says nothing of the revision: which target applies is unknown.
    report = run([_row("40,71", ("25", "4", None, None), target_perubahan="belum jelas")])
    assert report.indicators[0].capaian is None
    assert _at(report, "Kinerja", "J2", GALAT)


@pytest.mark.parametrize(
    ("typed", "triwulan", "said"), [("tetap", 2, False), ("belum ada", 2, False), ("belum ada", 4, True)]
)
def test_pagu_perubahan_saying_no_revision_uses_the_pagu(typed, triwulan, said):
    # Pagu 1.000.000, 100.000 spent each quarter typed: TW II 200.000 / 1.000.000 = 20 %, TW IV 40 %.
    budget = anggaran_row("P1", "Program A", "T1", "1.000.000", ("100.000",) * 4, pagu_perubahan=typed)
    report = run([_row("40,71", ("25", "4", "6", "8"))], [budget], triwulan=triwulan)
    (program,) = report.budgets
    assert program.penyerapan == 10 * 2 * (1 if triwulan == 2 else 2)
    found = _at(report, "Anggaran", "E2")
    assert (len(found) == 1 and "Pagu semula yang dipakai" in found[0]) if said else found == [], found


# --- 3. a realisasi typed as a bound: the figure measured -------------------------------------------------


@pytest.mark.parametrize("typed", ["< 1 hari", "kurang dari 1 hari", "<1 hari"])
def test_a_duration_realised_under_a_day_names_what_to_type(typed):
    report = run([_row("3", ("2", typed, None, None), satuan="Hari", polaritas="Negatif", jenis="Rata-rata")])
    assert report.indicators[0].capaian is None
    (said,) = _at(report, "Kinerja", "L2", GALAT)
    # Not the bound ("tulis angkanya saja (1 hari)": typed so, the Rata-rata of 2 and 1 is 1,5 hari,
    # (2 x 3 - 1,5) / 3 = 150 %, for a service faster than that); the figure measured, in hari with
    # decimals (half a day 0,5), and how hours become hari.
    assert "tulis angkanya saja" not in said, said
    assert "dalam hari (di bawah 1 hari)" in said and "0,5" in said and "jam" in said, said


def test_a_percentage_realised_above_a_bound_names_the_figure_measured():
    report = run([_row("90", ("80", "> 90 %", None, None), jenis="Nilai Akhir")])
    (said,) = _at(report, "Kinerja", "L2", GALAT)
    assert "di atas 90 %" in said and "tulis angkanya saja" not in said, said


def test_a_target_typed_as_a_bound_still_names_the_bound():
    # The target's bound is its figure (a service standard "≤ 2 hari": type 2).
    report = run([_row("≤ 2 hari", ("1", "1", None, None), satuan="Hari", jenis="Rata-rata")])
    (said,) = _at(report, "Kinerja", "I2", GALAT)
    assert "tulis angkanya saja (2 hari)" in said, said


# --- 4. Kumulatif against the year's target before TW IV ----------------------------------------------


def _notes(lay) -> list[str]:
    return [v for row in lay.rows for v in row if isinstance(v, str) and "Kumulatif berikut" in v]


def _four(triwulan):
    rows = [
        # Kumulatif 25 + 4 = 29 of 40,71: 71,24 % (Sedang) in TW II: named.
        _row("40,71", ("25", "4", "6", "8")),
        # Nilai Akhir 85 of 90: a level, the year's target applies as it is: not named.
        _row(
            "90",
            ("80", "85", "86", "88"),
            kode="S1",
            tingkat="Sasaran",
            indikator="Nilai SAKIP",
            jenis="Nilai Akhir",
        ),
        # Kumulatif 30 + 30 = 60 of 50: 120 %, the year's target already met: not named.
        _row(
            "50",
            ("30", "30", "1", "1"),
            kode="S2",
            tingkat="Sasaran",
            indikator="Jumlah UMKM dibina",
            satuan="UMKM",
        ),
        # Negatif Kumulatif (cases, lower is better): (2 x 10 - 3) / 10 = 170 %: high, not low.
        _row(
            "10",
            ("1", "2", "1", "1"),
            kode="S3",
            tingkat="Sasaran",
            indikator="Jumlah kasus",
            satuan="kasus",
            polaritas="Negatif",
        ),
    ]
    for r in rows[1:]:
        r[c.KINERJA_HEADERS.index("Kode Induk")] = "T1"
    return run(rows, triwulan=triwulan)


def test_a_kumulatif_capaian_before_the_years_end_is_noted_under_tabel_3_1_and_3_2():
    report = _four(2)
    for table in (capaian_tujuan_sasaran, capaian_program):
        (note,) = _notes(table.layout(report))
        assert "realisasi s.d. TW II" in note and "target Tahun 2025" in note, note
        assert "belum menggambarkan capaian akhir tahun" in note, note
        assert KOPERASI in note, note
        for other in ("Nilai SAKIP", "Jumlah UMKM dibina", "Jumlah kasus"):
            assert other not in note, note


def test_the_years_report_has_no_kumulatif_note():
    # TW IV: 25 + 4 + 6 + 8 = 43 of 40,71, the year's own figure: nothing to explain.
    report = _four(4)
    assert _notes(capaian_tujuan_sasaran.layout(report)) == []


# --- 5. a rupiah amount under a Satuan no amount is in -------------------------------------------------


@pytest.mark.parametrize(("satuan", "target"), [("%", "90"), ("Indeks", "90"), ("Hari", "5")])
@pytest.mark.parametrize("typed", ["Rp 95", "Rp 95 jt", "IDR 95"])
def test_a_rupiah_amount_under_a_level_or_a_duration_is_a_galat(satuan, target, typed):
    # Read bare it scored 95 / 90 = 105,56 % (Rp 95 jt of an index: 105.555.555 %) without a galat.
    report = run([_row(target, ("80", typed, None, None), satuan=satuan, jenis="Nilai Akhir")])
    assert report.indicators[0].capaian is None
    (said,) = _at(report, "Kinerja", "L2", GALAT)
    assert "ditulis sebagai jumlah rupiah" in said and f'Satuan "{satuan}"' in said, said


def test_a_rupiah_amount_under_a_rupiah_satuan_is_read():
    # Satuan Rupiah: Rp 950.000 of Rp 1.000.000 -> 95 %.
    report = run(
        [_row("Rp 1.000.000", (None, "Rp 950.000", None, None), satuan="Rupiah", jenis="Nilai Akhir")]
    )
    assert report.indicators[0].capaian == 95


# --- ordinary inputs that were right already ------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "realisasi"),
    [
        ("95,5%", 95.5),  # decimal comma and the sign
        ("95,5 persen", 95.5),
        (" 95 ", 95),  # spaces around
        ("95 %", 95),
        ("95,50", 95.5),
    ],
)
def test_a_percentage_typed_as_staff_type_it_is_read(typed, realisasi):
    # Nilai Akhir of a target 90: realisasi / 90 x 100.
    report = run([_row("90", ("80", typed, None, None), jenis="Nilai Akhir")])
    ind = report.indicators[0]
    assert ind.realisasi == realisasi and ind.capaian == pytest.approx(realisasi / 90 * 100)


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("95.5", "95,5"),  # the English decimal point: the figure to type
        ("sembilan puluh", "(90)"),  # spelled out
        ("100/100", "100 / 100 x 100 = 100"),  # a share of a percentage
    ],
)
def test_a_realisasi_not_read_names_the_figure_to_type(typed, names):
    report = run([_row("90", ("80", typed, None, None), jenis="Nilai Akhir")])
    assert report.indicators[0].capaian is None
    (said,) = _at(report, "Kinerja", "L2", GALAT)
    assert names in said, said


@pytest.mark.parametrize("typed", ["belum", "tidak ada data"])
def test_a_status_in_the_reported_quarter_keeps_the_earlier_figure_with_a_peringatan(typed):
    # Nilai Akhir: TW I 80 is the latest figure, 80 / 90 = 88,89 %; the status is said at its cell.
    report = run([_row("90", ("80", typed, None, None), jenis="Nilai Akhir")])
    assert report.indicators[0].capaian == pytest.approx(80 / 90 * 100)
    assert _at(report, "Kinerja", "L2", PERINGATAN)


@pytest.mark.parametrize(("typed", "names"), [("≥ 90", "(90)"), ("min 90", "(90)"), ("maks 5", "(5)")])
def test_a_target_typed_as_a_bound_is_a_galat_naming_its_figure(typed, names):
    report = run([_row(typed, ("4", "3", None, None), jenis="Nilai Akhir")])
    assert report.indicators[0].capaian is None
    (said,) = _at(report, "Kinerja", "I2", GALAT)
    assert f"tulis angkanya saja {names}" in said, said


# --- review (revkinerja50): a bound in another time unit than the Satuan; an unreadable Triwulan ----------


@pytest.mark.parametrize(
    ("satuan", "typed", "unit", "rule"),
    [
        # Satuan Hari, typed in jam: the figure goes in hari (a 0,5 typed as "half an hour" would be read
        # 0,5 hari, 4 working hours); jam to hari: divide by the working hours of a day, 4 / 8 = 0,5.
        ("Hari", "kurang dari 1 jam", "hari", "bagi dengan jam kerja sehari"),
        ("Hari", "< 2 jam", "hari", "bagi dengan jam kerja sehari"),
        # Satuan Jam, typed in menit: 30 menit / 60 = 0,5 jam.
        ("Jam", "< 30 menit", "jam", "30 menit / 60 = 0,5"),
        # Satuan Menit, typed in detik: 30 detik / 60 = 0,5 menit.
        ("Menit", "< 45 detik", "menit", "30 detik / 60 = 0,5"),
    ],
)
def test_a_bound_in_a_smaller_time_unit_than_the_satuan_names_the_satuans_unit(satuan, typed, unit, rule):
    report = run([_row("3", ("2", typed, None, None), satuan=satuan, polaritas="Negatif", jenis="Rata-rata")])
    assert report.indicators[0].capaian is None
    (said,) = _at(report, "Kinerja", "L2", GALAT)
    bound_unit = typed.split()[-1]
    # Never "dalam jam ... 0,5 untuk setengah jam" in a cell read in hari.
    assert f"tulis angka itu dalam {unit}" in said and f"dalam {bound_unit} (" not in said, said
    assert f"setengah {bound_unit}" not in said and rule in said, said


def test_a_bound_without_a_unit_names_the_satuans_unit():
    # "<1" under Satuan Hari: the figure measured in hari, below 1, with decimals (half a day 0,5).
    report = run([_row("3", ("2", "<1", None, None), satuan="Hari", polaritas="Negatif", jenis="Rata-rata")])
    (said,) = _at(report, "Kinerja", "L2", GALAT)
    assert "tulis angka itu dalam hari (di bawah 1)" in said and "0,5 untuk setengah hari" in said, said


@pytest.mark.parametrize("triwulan", ["", "TW 5"])
def test_target_perubahan_not_yet_is_not_called_the_years_report_when_the_triwulan_is_unread(triwulan):
    # Pengaturan's Triwulan blank or unreadable: its own galat says so; "belum ada" beside it is no
    # year's report (the period is unknown): nothing said at the cell.
    report = run([_row("40,71", ("25", "4", None, None), target_perubahan="belum ada")], triwulan=triwulan)
    assert [f for f in report.findings if f.sheet == "Pengaturan" and f.severity == GALAT]
    assert _at(report, "Kinerja", "J2") == []


@pytest.mark.parametrize(
    ("triwulan", "periode"),
    [
        (4, "s.d. Triwulan IV Tahun 2025"),
        ("Semester II", "s.d. Semester II Tahun 2025"),
        ("Tahunan", "Tahun 2025"),
    ],
)
def test_target_perubahan_not_yet_names_the_reports_period(triwulan, periode):
    # The peringatan names the period as the report's title does (a Laporan Tahunan is no "TW IV").
    report = run([_row("40,71", ("25", "4", "6", "8"), target_perubahan="belum ada")], triwulan=triwulan)
    (said,) = _at(report, "Kinerja", "J2", PERINGATAN)
    assert f"sampai akhir tahun ({periode})" in said, said


def test_target_perubahan_not_yet_in_the_quarter_asked_for_is_said_as_that_quarter():
    # Pengaturan says Triwulan II; --triwulan 4 asks for the year: the peringatan names TW IV; asked
    # for TW II of a Pengaturan at Triwulan IV, nothing is said.
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from tests.test_engine import workbook

    rows = [_row("40,71", ("25", "4", "6", "8"), target_perubahan="belum ada")]
    asked = compute(parse_workbook(workbook(rows, triwulan=2), triwulan=4), 4)
    (said,) = _at(asked, "Kinerja", "J2", PERINGATAN)
    assert "sampai akhir tahun (s.d. Triwulan IV Tahun 2025)" in said, said
    earlier = compute(parse_workbook(workbook(rows, triwulan=4), triwulan=2), 2)
    assert _at(earlier, "Kinerja", "J2") == []


def test_the_kumulatif_note_names_an_indicator_shared_by_a_tujuan_and_its_sasaran_once():
    # Tujuan T1 and Sasaran S1 measured by one indicator (as PKs do): 25 + 4 = 29 of 100 unit, 29 %
    # each; the note says its name once, not "Jumlah koperasi ber-RAT dan Jumlah koperasi ber-RAT".
    rows = [
        _row("100", ("25", "4", None, None), indikator="Jumlah koperasi ber-RAT", satuan="unit"),
        _row(
            "100",
            ("25", "4", None, None),
            kode="S1",
            tingkat="Sasaran",
            indikator="Jumlah koperasi ber-RAT",
            satuan="unit",
        ),
    ]
    rows[1][c.KINERJA_HEADERS.index("Kode Induk")] = "T1"
    (note,) = _notes(capaian_tujuan_sasaran.layout(run(rows)))
    assert note.count("Jumlah koperasi ber-RAT") == 1, note


def test_petunjuk_says_a_zero_scores_0_percent_for_a_positif_indicator_only(tmp_path):
    from tests.test_tmpl1 import _new

    rows = _petunjuk_rows(_new(tmp_path))
    quarters = rows[", ".join(c.REALISASI_TW_HEADERS)]
    # A real zero of a Negatif indicator (0 kasus against a target of 10) is (2 x 10 - 0) / 10 = 200 %,
    # no 0 % Sangat Rendah: the Petunjuk says the 0 % of a Positif indicator, and no "nothing achieved".
    report = run([_row("10", ("0", "0", None, None), satuan="kasus", polaritas="Negatif")])
    assert report.indicators[0].capaian == 200
    for text in (rows["0"], quarters):
        assert "indikator Positif: capaian 0%" in text and "tidak ada yang tercapai" not in text, text


@pytest.mark.parametrize("typed", ["tetap sama", "Sama seperti target", "sama dengan target awal"])
def test_target_perubahan_typed_the_same_in_other_words_uses_the_target(typed):
    # "tetap sama", "sama seperti target": the target did not change; TW II 25 + 4 = 29 of 40,71:
    # 71,24 %, quietly.
    report = run([_row("40,71", ("25", "4", None, None), target_perubahan=typed)])
    assert report.indicators[0].capaian == pytest.approx(29 / 40.71 * 100)
    assert _at(report, "Kinerja", "J2") == []


@pytest.mark.parametrize("typed", ["sama dengan tahun lalu", "tetap 45", "sama seperti TW I"])
def test_target_perubahan_naming_another_figure_is_still_a_galat(typed):
    # Which figure applies is not the PK's Target: a galat, no capaian.
    report = run([_row("40,71", ("25", "4", None, None), target_perubahan=typed)])
    assert report.indicators[0].capaian is None and _at(report, "Kinerja", "J2", GALAT)
