"""Staff round 24: Subbag Program types an indicator's realisasi where the reader does not look,
Triwulan II 2025; the seed's Sasaran "Meningkatnya kualitas Koperasi" (Tabel 3.1, seed ~508: target
40,71 %, TW I 25, TW II 4, realisasi s.d. TW II 29, capaian 71) and Program "Penilaian Kesehatan
KSP/USP Koperasi" (seed ~546: target 56,67 %, realisasi 96,05 %); every figure by hand.

Found wrong, and tested here:
- the realisasi typed in a column of its own ("Realisasi s.d. TW II", "Realisasi", "Capaian (%)",
  "Juni", "Smt I", a copy "Realisasi TW II2") beside the contract's quarters left blank: the indicator
  was "Belum ada realisasi" without a word, or scored from the quarter typed before (TW I 25 of 40,71:
  61,41 % Rendah instead of 29 of 40,71: 71,24 % Sedang). As Anggaran's spending columns (round 23),
  now a galat at the cell holding the figure, naming the quarter's cell where it belongs.
- the same in Anggaran for a half year ("Realisasi Semester I") beside blank quarters.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1: A Kode, B Tingkat, C Kode
Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target, J Target Perubahan,
K-N Realisasi TW I-IV, O Keterangan, then the staff's own columns from P. Row 2 is the Tujuan (its
quarters typed), row 3 the Sasaran, row 4 the Program.
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT
from lkj_xl.core.parse import parse_workbook
from tests.test_engine import anggaran_row, grid, kinerja_row, pengaturan

_KOPERASI = "Persentase koperasi yang taat akan peraturan perundang - undangan"
_SEHAT = "Persentase koperasi sehat dan cukup sehat"
# Seed ~508: 25 + 4 = 29 of 40,71 -> 29 / 40,71 x 100 = 2.900 / 40,71 = 290.000 / 4.071 (71,24 %).
_CAPAIAN_29 = Fraction(290_000, 4_071)


def _rows(sasaran=(None, None, None, None), program=(None, None, None, None)) -> list[list]:
    """T1 (80 of 100 typed in TW II), S2 Kumulatif 40,71 % (the seed's), P2 Nilai Akhir 56,67 %."""
    return [
        kinerja_row("T1", "Tujuan", "", "Koperasi berdaya saing", "Indeks koperasi", 100, (None, 80, None, None)),
        kinerja_row("S2", "Sasaran", "T1", "Meningkatnya kualitas Koperasi", _KOPERASI, "40,71", sasaran, jenis="Kumulatif"),
        kinerja_row("P2", "Program", "S2", "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI", _SEHAT, "56,67%", program, jenis="Nilai Akhir"),
    ]  # fmt: skip


def _run(rows: list[list], extra: tuple[str, ...] = (), cells: dict[int, tuple] | None = None):
    """Kinerja with the staff's ``extra`` titles after Keterangan (P, Q, ...), ``cells`` their values per
    data row (2: T1, 3: S2, 4: P2)."""
    body = [[*row, *(cells or {}).get(r, ())] for r, row in enumerate(rows, start=2)]
    sheets = {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([[*c.KINERJA_HEADERS, *extra], *body]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS)]),
    }
    return compute(parse_workbook(sheets))


def _galat(report, sheet: str = "Kinerja") -> dict[str, str]:
    return {f.sel: f.pesan for f in report.findings if f.sheet == sheet and f.severity == GALAT}


def _ind(report, kode: str):
    (ind,) = [i for i in report.indicators if i.kode == kode]
    return ind


def _not_scored(report, kode: str, cell: str) -> None:
    ind = _ind(report, kode)
    assert (ind.realisasi, ind.capaian, ind.kriteria) == (None, None, None), ind
    assert f"Kinerja!{cell}" in ind.galat


def test_realisasi_sd_typed_in_its_own_column_beside_blank_quarters_is_a_galat():
    # The Sasaran's 29 (s.d. TW II, as e-Monev shows it) typed in "Realisasi s.d. TW II", TW I and TW II
    # left blank: the indicator was "Belum ada realisasi" without a word.
    report = _run(_rows(), ("Realisasi s.d. TW II",), {3: ("29",)})
    said = _galat(report)
    assert set(said) == {"P3"}, said
    assert '"Realisasi s.d. TW II"' in said["P3"] and "29%" in said["P3"]
    assert "L3" in said["P3"] and '"Realisasi TW II"' in said["P3"]  # where it belongs
    _not_scored(report, "S2", "P3")
    assert _ind(report, "T1").capaian == 80  # 80 / 100 x 100, its quarter typed: untouched


def test_realisasi_sd_beside_an_earlier_quarter_only_is_no_longer_scored_from_that_quarter():
    # TW I 25 typed, TW II left blank, the 29 s.d. TW II in "Realisasi s.d. TW II": scored from TW I,
    # 25 / 40,71 = 61,41 % (Rendah), where the seed's is 29 / 40,71 = 71,24 % (Sedang).
    report = _run(_rows(sasaran=(25, None, None, None)), ("Realisasi s.d. TW II",), {3: (29,)})
    said = _galat(report)
    assert set(said) == {"P3"}, said
    assert "L3" in said["P3"] and "25%" in said["P3"]  # what the quarters give
    _not_scored(report, "S2", "P3")


def test_a_total_column_agreeing_with_the_quarters_typed_stays_quiet():
    # TW I 25 and TW II 4 typed, "Realisasi s.d. TW II" their sum 29 and "Capaian (%)" the report's 71:
    # notes beside figures read; capaian 290.000 / 4.071 (seed ~508).
    extra = ("Realisasi s.d. TW II", "Capaian (%)")
    report = _run(_rows(sasaran=(25, 4, None, None)), extra, {3: (29, 71)})
    assert not _galat(report), _galat(report)
    assert _ind(report, "S2").capaian_exact == _CAPAIAN_29


def test_a_copy_of_the_quarters_column_typed_in_is_a_galat():
    # "Realisasi TW II2" (Format as Table renamed the copy) holds the Sasaran's TW II 4, the contract's
    # TW II blank: scored 25 / 40,71 = 61,41 % from TW I alone instead of 71,24 %.
    report = _run(_rows(sasaran=(25, None, None, None)), ("Realisasi TW II2",), {3: (4,)})
    said = _galat(report)
    assert set(said) == {"P3"}, said
    assert '"Realisasi TW II2"' in said["P3"] and "L3" in said["P3"]
    _not_scored(report, "S2", "P3")


def test_a_month_column_beside_a_blank_quarter_is_a_galat_for_nilai_akhir_too():
    # Program P2 (Nilai Akhir): TW I "90,5" typed, June's position 96,05 % typed in "Juni" (seed ~546),
    # TW II blank: scored from TW I, 90,5 / 56,67 = 159,70 % instead of 96,05 / 56,67 = 169,49 %.
    report = _run(
        _rows(program=("90,5", None, None, None)), ("April", "Mei", "Juni"), {4: (None, None, "96,05")}
    )
    said = _galat(report)
    assert set(said) == {"R4"}, said
    assert '"Juni"' in said["R4"] and "96,05%" in said["R4"] and "L4" in said["R4"]
    _not_scored(report, "P2", "R4")


def test_a_half_year_column_is_realisasi_sd_tw_ii():
    # "Smt I" (Semester I = TW I + TW II) holds the Sasaran's 29, both quarters blank.
    report = _run(_rows(), ("Smt I",), {3: (29,)})
    said = _galat(report)
    assert set(said) == {"P3"}, said
    assert '"Smt I"' in said["P3"] and "L3" in said["P3"]
    _not_scored(report, "S2", "P3")


def test_a_plain_realisasi_column_holding_the_figure_is_a_galat_unless_the_quarters_give_it():
    # "Realisasi": the Program's 96,05 there, its quarters blank -> galat. The Sasaran's "Realisasi"
    # 25 beside TW I 25 (Kumulatif, nothing in TW II yet: 25 s.d. TW II) -> quiet, 25 / 40,71 x 100 =
    # 250.000 / 4.071.
    report = _run(_rows(sasaran=(25, None, None, None)), ("Realisasi",), {3: (25,), 4: ("96,05 %",)})
    said = _galat(report)
    assert set(said) == {"P4"}, said
    _not_scored(report, "P2", "P4")
    assert _ind(report, "S2").capaian_exact == Fraction(250_000, 4_071)


def test_a_capaian_typed_instead_of_the_realisasi_is_a_galat_and_a_formula_zero_is_quiet():
    # "Capaian (%)": the Sasaran's 71 (the report's) typed, its quarters blank -> a galat asking for the
    # realisasi; the Program's 0 (the staff's own =L4/I4 on a blank quarter) says nothing lost.
    report = _run(_rows(), ("Capaian (%)",), {3: (71,), 4: (0,)})
    said = _galat(report)
    assert set(said) == {"P3"}, said
    assert '"Capaian (%)"' in said["P3"] and "L3" in said["P3"] and "realisasi" in said["P3"]
    _not_scored(report, "S2", "P3")
    assert _ind(report, "P2").galat == []


def test_a_capaian_agreeing_with_the_quarters_typed_stays_quiet():
    # TW I 25, TW II blank (nothing in TW II yet), "Capaian (%)" 61,41: 25 / 40,71 x 100 = 61,409...,
    # as the staff's own formula rounded it. Quiet, capaian 250.000 / 4.071.
    report = _run(_rows(sasaran=(25, None, None, None)), ("Capaian (%)",), {3: ("61,41",)})
    assert not _galat(report), _galat(report)
    assert _ind(report, "S2").capaian_exact == Fraction(250_000, 4_071)


def test_the_legitimate_extra_columns_of_kinerja_are_not_taken_for_this_quarter():
    # The Sasaran's quarters blank (nothing yet), every comparison column and the staff's usual notes
    # filled: none is this quarter's realisasi. No galat, the Sasaran "Belum ada realisasi".
    extra = (
        "Realisasi Tahun Lalu", "Realisasi 2024", "Target Akhir Renstra", "Standar Nasional",
        "Realisasi Anggaran", "Capaian Tahun Lalu", "Realisasi Fisik (%)", "Capaian Renstra (%)",
        "Realisasi Keuangan", "Target TW II",
    )  # fmt: skip
    values = (30, 35, 60, 50, "Rp 1.250.000", 73, 45, 48, "Rp 1.250.000", 20)
    report = _run(_rows(), extra, {3: values})
    assert not _galat(report), _galat(report)
    ind = _ind(report, "S2")
    assert (ind.capaian, ind.galat) == (None, [])


def test_anggaran_half_year_spending_beside_blank_quarters_is_a_galat():
    # Anggaran, "Realisasi Semester I" holds P3.01's 157.853.500 (seed ~959), TW I and TW II blank:
    # counted as nothing spent before.
    program = "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)"
    sheets = {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([list(c.KINERJA_HEADERS), kinerja_row("P3.01", "Program", "", program, "I A", 100, (None, 40, None, None))]),
        "Anggaran": grid([[*c.ANGGARAN_HEADERS, "Realisasi Semester I"], [*anggaran_row("P3.01", program, None, 3_578_850_965), "157.853.500"]]),
    }  # fmt: skip
    report = compute(parse_workbook(sheets))
    said = _galat(report, "Anggaran")
    assert set(said) == {"J2"}, said
    assert "G2" in said["J2"]
    (budget,) = report.budgets
    assert budget.penyerapan is None


# --- other ways a realisasi is typed where it is not read -----------------------------------------


def test_a_realisasi_written_in_words_is_a_galat_not_a_status():
    # The Sasaran's TW II typed "empat" (its TW I 25): read as a status, so the indicator was
    # "belum diketahui" ("empat" printed for its realisasi) without a word; "dua puluh sembilan
    # persen" the same. Now a galat naming the figure to type: 4, 29.
    for typed, figure in (("empat", "4"), ("Dua puluh sembilan persen", "29"), ("seratus", "100")):
        report = _run(_rows(sasaran=(25, typed, None, None)))
        said = _galat(report)
        assert set(said) == {"L3"}, (typed, said)
        assert f"({figure})" in said["L3"] and "huruf" in said["L3"], said["L3"]
        _not_scored(report, "S2", "L3")


def test_words_that_are_no_number_stay_a_status():
    # "Menunggu data BPS", "lima besar" (a rank, no count), "satu data" (a system's name): statuses.
    for typed in ("Menunggu data BPS", "lima besar", "Satu Data"):
        report = _run(_rows(sasaran=(None, typed, None, None)))
        assert not _galat(report), (typed, _galat(report))
        assert _ind(report, "S2").status == typed


def _peringatan(report, cell: str) -> list[str]:
    return [
        f.pesan for f in report.findings if f.sheet == "Kinerja" and f.sel == cell and f.severity != GALAT
    ]


def test_a_realisasi_written_in_keterangan_beside_a_blank_quarter_is_pointed_out():
    # TW I 25 typed, TW II blank, Keterangan "Realisasi s.d. TW II sebesar 29% (data RAT Juni)": scored
    # 25 / 40,71 = 61,41 % from TW I without a word. Now a peringatan at O3 naming 29 and L3 (the
    # figure is not read from a note: computed as typed).
    report = _run(_rows(sasaran=(25, None, None, None)))
    assert not _peringatan(report, "O3")
    rows = _rows(sasaran=(25, None, None, None))
    rows[1][14] = "Realisasi s.d. TW II sebesar 29% (data RAT Juni)"
    report = _run(rows)
    (said,) = _peringatan(report, "O3")
    assert "29" in said and "L3" in said and '"Realisasi TW II"' in said
    assert _ind(report, "S2").capaian_exact == Fraction(250_000, 4_071)  # 25 / 40,71 x 100, as typed


def test_keterangan_numbers_that_are_no_realisasi_stay_quiet():
    # TW II blank for each; the notes name a year, a target, places, or the quarter's figure already typed.
    notes = (
        (None, "Sumber data: BPS 2024"),
        (None, "Target 5 unit tercapai di TW IV"),
        (None, "Kegiatan di 3 kecamatan"),
        (None, "Realisasi menunggu data BPS 2025"),
        (4, "Realisasi TW II sebanyak 4"),  # typed in TW II too
        (None, "Realisasi TW I sebanyak 25"),  # TW I's, typed in TW I
    )
    for tw2, note in notes:
        rows = _rows(sasaran=(25, tw2, None, None))
        rows[1][14] = note
        report = _run(rows)
        assert not _peringatan(report, "O3"), (note, _peringatan(report, "O3"))


def test_the_target_typed_in_a_column_of_its_own_beside_a_blank_target_is_named_where_it_stands():
    # The Sasaran's 40,71 % typed in "Target 2025" (the report's year, as the PK's table titles it),
    # the contract's Target left blank: the galat said "Target kosong" at I3 only, as if no target
    # had been typed. Now the galat is at P3, the cell with the figure, naming I3 where it belongs;
    # one galat, no capaian (as before).
    for title in ("Target 2025", "Target PK", "Target Tahunan"):
        rows = _rows(sasaran=(25, 4, None, None))
        rows[1][8] = None
        report = _run(rows, (title,), {3: ("40,71 %",)})
        said = _galat(report)
        assert set(said) == {"P3"}, (title, said)
        assert f'"{title}"' in said["P3"] and "40,71%" in said["P3"] and "I3" in said["P3"], said["P3"]
        _not_scored(report, "S2", "P3")


def test_target_columns_beside_a_target_typed_or_of_another_year_stay_quiet():
    # Target typed (40,71): "Target 2025" beside it is a note. Target blank beside "Target 2026",
    # "Target Renstra" or "Target TW II" (not this year's PK target): the Target's own galat at I3 only.
    report = _run(_rows(sasaran=(25, 4, None, None)), ("Target 2025",), {3: ("40,71",)})
    assert not _galat(report), _galat(report)
    assert _ind(report, "S2").capaian_exact == _CAPAIAN_29
    for title in ("Target 2026", "Target Renstra", "Target TW II"):
        rows = _rows(sasaran=(25, 4, None, None))
        rows[1][8] = None
        report = _run(rows, (title,), {3: ("40,71",)})
        assert set(_galat(report)) == {"I3"}, (title, _galat(report))


def test_quarter_columns_grouped_under_a_target_or_plan_title_are_not_realisasi():
    # A PK's layout: "Target Triwulan" merged over P1:S1, its quarters "TW I" ... "TW IV" on the header
    # row 2, the Sasaran's TW II target 20 there and its Realisasi TW II blank (nothing yet): no galat.
    # The same quarters under "Realisasi" (T1:W1) holding 29 in TW II: the galat at U4 (data from row 3: the Sasaran's row is 4).
    group = [None] * len(c.KINERJA_HEADERS)
    group += ["Target Triwulan", None, None, None, "Realisasi", None, None, None]  # merges: their first cells
    quarters = ("TW I", "TW II", "TW III", "TW IV")
    rows = [[*row, *([None] * 8)] for row in _rows()]
    rows[1][16], rows[1][20] = 20, 29  # Q: the Sasaran's TW II target; U: its TW II realisasi
    sheets = {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([group, [*c.KINERJA_HEADERS, *quarters, *quarters], *rows]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS)]),
    }
    report = compute(parse_workbook(sheets))
    said = _galat(report)
    assert set(said) == {"U4"}, said
    _not_scored(report, "S2", "U4")


def test_anggaran_months_under_a_cash_plan_title_are_not_spending():
    # "Rencana Penarikan Dana" (the anggaran kas) merged over J1:O1, its months "Januari" ... "Juni" on
    # header row 2; P3.01's TW II spending blank (nothing spent yet) beside April's planned 60.000.000.
    program = "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)"
    months = ("Januari", "Februari", "Maret", "April", "Mei", "Juni")
    group = [*[None] * len(c.ANGGARAN_HEADERS), "Rencana Penarikan Dana", None, None, None, None, None]
    row = [*anggaran_row("P3.01", program, None, 3_578_850_965, (47_853_500, None, None, None))]
    sheets = {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([list(c.KINERJA_HEADERS), kinerja_row("P3.01", "Program", "", program, "I A", 100, (None, 40, None, None))]),
        "Anggaran": grid([group, [*c.ANGGARAN_HEADERS, *months], [*row, 20_000_000, 27_853_500, 0, 60_000_000, 0, 0]]),
    }  # fmt: skip
    report = compute(parse_workbook(sheets))
    assert not _galat(report, "Anggaran"), _galat(report, "Anggaran")
    (budget,) = report.budgets
    assert budget.penyerapan == float(Fraction(47_853_500, 3_578_850_965) * 100)  # TW I's alone


def test_a_row_of_column_numbers_under_the_header_is_no_indicator_and_no_program():
    # The PK's and the DPA's tables number their columns on the row under the titles ("1", "2", ...,
    # or "(1)", "(2)", ...), and staff keep it. It was read as an indicator (a galat "Tingkat 2 tidak
    # dikenal") and as a program "1" of Pagu Perubahan 5 and realisasi 6 + 7 = 13 (the total pagu 1.005 for the
    # programs' 1.000) with a galat at its Kode Sasaran "3". Now skipped: P3.01's 1.000 alone.
    program = "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)"
    kinerja = kinerja_row("P3.01", "Program", "", program, "I A", 100, (None, 40, None, None))
    for numbers in (list(range(1, 16)), [f"({i})" for i in range(1, 16)]):
        sheets = {
            "Pengaturan": pengaturan(2),
            "Kinerja": grid([list(c.KINERJA_HEADERS), numbers, kinerja]),
            "Anggaran": grid([list(c.ANGGARAN_HEADERS), numbers[:9], anggaran_row("P3.01", program, None, 1_000, (100, 200, None, None))]),
        }  # fmt: skip
        report = compute(parse_workbook(sheets))
        assert not [f for f in report.findings if f.sel.endswith("2") and f.sel[:1] in "ABCDEFGHIJKLMNO"], [
            (f.sheet, f.sel, f.pesan) for f in report.findings
        ]
        assert [b.kode for b in report.budgets] == ["P3.01"]
        assert [i.kode for i in report.indicators] == ["P3.01"]


def test_a_first_row_of_figures_that_only_looks_numbered_is_read():
    # Kode 1, Tingkat typed, figures that are no column numbers: an indicator as typed.
    row = kinerja_row("1", "Sasaran", "", "Sas", "I S", 100, (None, 40, None, None))
    report = _run([row])
    assert [i.kode for i in report.indicators] == ["1"]
