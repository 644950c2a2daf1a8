"""Staff round 27: Subbag Program of a Dinas PUPR and Subbag Keuangan of a RSUD (a BLUD) fill the
Anggaran sheet from their own recaps, Triwulan II 2025. Every figure by hand (Fraction).

Found wrong, and tested here:
- the PUPR recap gives each quarter two columns under one merged title, "Realisasi TW I" over
  "Fisik (%)" | "Keuangan (Rp)" (the E.81 form of Permendagri 86/2017: "K" | "Rp"): the title stands
  in the first column, so the physical progress (15 %, 40 %) was read as spending, Rp 15 + Rp 40 =
  Rp 55 of Rp 10.000.000.000 (penyerapan 0,00 %), and the peringatan asked whether the amounts were
  typed in millions. Now the workbook is refused naming both cells and what to retitle.
- the same recap with "Keuangan (Rp)" first was read right, but its second title row was a galat
  "Kode program "" kosong" that left Tabel 3.4's TOTAL and every Sasaran budget unknown (and, once a
  Kode was typed as asked, made the titles a program). Now that row is read as the titles it is.
- the RSUD's DPA lists "Pendapatan BLUD" (revenue, Kode 4.1.4.16.01) above the belanja, and
  "Penerimaan / Pengeluaran Pembiayaan" and "SURPLUS / (DEFISIT)" below it: counted as a program not in
  Kinerja, the target revenue went into Tabel 3.4's TOTAL (Rp 25.000.000.000 + the programs), with a
  peringatan only saying it counts toward no Sasaran. Without a Kode it was a galat asking for one
  (then counted so) that left the TOTAL unknown. Now such a row is left out with a peringatan saying
  it is pendapatan, pembiayaan or surplus/defisit.

- the staff's own penyerapan per quarter under one merged title ("Penyerapan (%)" over "TW I" ...
  "TW IV" on row 2; Kinerja's "Capaian (%)" so): the title's first column was read as the figure s.d.
  the reported quarter, TW I's 1,62 % said to differ from 4,41 % s.d. TW II, and a wrong TW II figure
  never looked at. Now each column is its quarter's, the reported quarter's compared.

- the staff's own penyerapan typed on the JUMLAH row was never compared: the programs' percentages
  averaged ((4,41 + 2,18) / 2 = 3,30 %) or added (6,59 %) beside the sums' 4,36 % (DOMAIN.md's
  Sasaran "Kualitas Usaha Mikro") said nothing. Now a peringatan at that cell gives both.

- the RSUD's lower-is-better indicators named as its reports name them ("Net Death Rate (NDR)",
  "GDR", "mortalitas", "infeksi nosokomial", "HAIs", "Insiden keselamatan pasien") with Polaritas blank
  were Positif without a word (NDR 22 of 25: 88 % Tinggi, Negatif 112 % Sangat Tinggi); now the
  peringatan "Polaritas ... kosong" that "kematian" had.

Grids by hand (tests/test_engine.py's helpers): each sheet's header is row 1, data from row 2.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.parse import WorkbookError, parse_workbook
from tests.helpers_anggaran import (
    JALAN,
    JALAN_KEU,
    JALAN_PAGU,
    budget_of,
    findings_by_cell,
    kinerja_jalan,
    two_row_titles,
)
from tests.test_engine import anggaran_row, grid, kinerja_row, pengaturan
from tests.test_staff_round17 import left_out_alike

# --- 1. a quarter's title over physical progress and spending --------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [("Fisik (%)", "Keuangan (Rp)"), ("K", "Rp"), ("Fisik", "Keuangan"), ("Progres Fisik (%)", "Keuangan")],
)
def test_physical_progress_under_a_quarter_title_is_refused_naming_both_cells(first, second):
    # Before: F3 15 and H3 40 read as spending, Rp 55 of Rp 10.000.000.000.
    with pytest.raises(WorkbookError) as refused:
        parse_workbook(two_row_titles(first, second))
    problems = refused.value.problems
    assert len(problems) == 4, problems  # each quarter's title, figures typed or not yet
    assert 'Sheet "Anggaran"' in problems[0] and '"Realisasi TW I" (F1)' in problems[0], problems
    assert f'"{first}" (F2)' in problems[0] and "bukan realisasi anggaran" in problems[0], problems
    assert f'kolom G ("{second}")' in problems[0] and "G1" in problems[0], problems
    assert "hapus baris 2" in problems[0], problems
    assert '"Realisasi TW II" (H1)' in problems[1] and "kolom I" in problems[1], problems
    assert '"Realisasi TW IV" (L1)' in problems[3] and "kolom M" in problems[3], problems


@pytest.mark.parametrize(("first", "second"), [("Keuangan (Rp)", "Fisik (%)"), ("Rp", "%"), ("Rp", "K")])
def test_spending_under_a_quarter_title_is_read_and_the_titles_are_no_program(first, second):
    report = compute(parse_workbook(two_row_titles(first, second)))
    # Before: a galat at A2 ("Kode program "" kosong") and Tabel 3.4's TOTAL unknown.
    assert not findings_by_cell(report, "Anggaran", GALAT), findings_by_cell(report, "Anggaran", GALAT)
    b = budget_of(report, "P1")
    # 1.000.000.000 + 2.000.000.000 = 3.000.000.000 of 10.000.000.000: 30 %
    assert b.realisasi_exact == 3_000_000_000
    assert b.penyerapan == float(Fraction(3_000_000_000 * 100, JALAN_PAGU)) == 30
    assert report.total_pagu == JALAN_PAGU and report.total_realisasi_anggaran == 3_000_000_000
    assert report.total_penyerapan == 30


def test_a_first_row_of_words_that_are_no_titles_is_read_as_before():
    # A first row whose quarter cells hold statuses, not titles: still a row of data (its galat kept).
    sheets = two_row_titles("Keuangan (Rp)", "Fisik (%)")
    sheets["Anggaran"][1] = grid([[None] * 5 + ["belum ada data", None] * 4])[0]
    report = compute(parse_workbook(sheets))
    assert "A2" in findings_by_cell(report, "Anggaran", GALAT)


@pytest.mark.parametrize(
    ("target", "quarter", "cell", "words"),
    [
        (("K", "Rp"), ("Rp", "K"), "L2", "berisi realisasi anggaran (Rp), bukan realisasi indikator"),
        (("Rp", "K"), ("K", "Rp"), "I2", "berisi target anggaran (Rp), bukan target indikator"),
    ],
)
def test_kinerja_pair_with_the_rupiah_first_is_refused(target, quarter, cell, words):
    # Kinerja as the E.81 form prints it, the Target and each quarter merged over a pair, turned round:
    # the rupiah column is the one its title stands over (a target or realisasi of Rp 1.000.000.000
    # against a K of 30 km).
    top, below = [], []
    for h in c.KINERJA_HEADERS:
        pair = h in c.REALISASI_TW_HEADERS or h == "Target"
        top += [h, None] if pair else [h]
        below += (list(target) if h == "Target" else list(quarter)) if pair else [None]
    sheets = {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([top, below]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS)]),
    }
    with pytest.raises(WorkbookError) as refused:
        parse_workbook(sheets)
    first = refused.value.problems[0]
    assert first.startswith('Sheet "Kinerja" baris 2') and f"({cell})" in first and words in first, first


# --- 2. the BLUD's revenue above its belanja --------------------------------------------------------

_BLUD = "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"


def _rsud(revenue: list, **kinerja_extra) -> dict:
    kinerja = [
        kinerja_row("T1", "Tujuan", "", "Mutu layanan RS", "Indeks kepuasan", 80, (None, 82, None, None), jenis="Nilai Akhir", satuan="indeks"),
        kinerja_row("S1", "Sasaran", "T1", "Mutu pelayanan", "BOR", 75, (None, 70, None, None), jenis="Nilai Akhir"),
        kinerja_row("1.02.02", "Program", "S1", _BLUD, "Persentase pelayanan sesuai standar", 100, (None, 90, None, None), jenis="Nilai Akhir"),
    ]  # fmt: skip
    budget = [
        revenue,
        # the belanja typed the office ways: 12.500.000.000, spent 1,25 M + 2.500 jt = 3.750.000.000
        anggaran_row("1.02.02", _BLUD, "S1", "Rp. 12.500.000.000,-", ("1,25 M", "2.500 jt", None, None)),
    ]
    return {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *kinerja]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS), *budget]),
    }


@pytest.mark.parametrize(
    ("kode", "name", "what"),
    [
        ("4.1.4.16.01", "Pendapatan BLUD", "pendapatan"),
        ("4.1.4.16", "PENDAPATAN JASA LAYANAN UMUM BLUD", "pendapatan"),
        ("4.1.4", "Lain-lain Pendapatan Asli Daerah yang Sah", "pendapatan"),
        ("", "Pendapatan BLUD", "pendapatan"),
        (None, "Penerimaan BLUD RSUD", "pendapatan"),
        ("6.1.1", "Penerimaan Pembiayaan - SiLPA BLUD", "pembiayaan"),
        ("6.2", "Pengeluaran Pembiayaan", "pembiayaan"),
        (None, "SURPLUS / (DEFISIT)", "surplus/defisit"),
    ],
)
def test_the_blud_s_revenue_is_no_program_of_tabel_3_4(kode, name, what):
    # Target revenue Rp 25.000.000.000, received TW I 5.000.000.000 + TW II 6.000.000.000 (the same
    # figures on a financing or a surplus row: no belanja either).
    revenue = anggaran_row(kode, name, "", 25_000_000_000, (5_000_000_000, 6_000_000_000, None, None))
    report = compute(parse_workbook(_rsud(revenue)))
    assert not findings_by_cell(report, "Anggaran", GALAT), findings_by_cell(report, "Anggaran", GALAT)
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    cell = "A2" if kode else "B2"
    assert (
        cell in said and f"adalah {what}, bukan belanja" in said[cell] and "tidak dihitung" in said[cell]
    ), said
    assert [b.kode for b in report.budgets] == ["1.02.02"]
    # Tabel 3.4: the belanja alone, 3.750.000.000 / 12.500.000.000 = 30 % (before: 37.500.000.000 and
    # 14.750.000.000 with the revenue counted, 39,33 %)
    assert report.total_pagu == 12_500_000_000 and report.total_realisasi_anggaran == 3_750_000_000
    assert report.total_penyerapan == float(Fraction(3_750_000_000 * 100, 12_500_000_000)) == 30


def test_a_program_of_kinerja_named_after_revenue_is_still_counted():
    # Kode 1.02.02 is in Kinerja: a program whatever its Anggaran name says (a guard on the rule).
    sheets = _rsud([None] * 9)
    sheets["Anggaran"][2] = grid(
        [anggaran_row("1.02.02", "Pendapatan BLUD", "S1", 12_500_000_000, (1, 2, None, None))]
    )[0]
    report = compute(parse_workbook(sheets))
    assert [b.kode for b in report.budgets] == ["1.02.02"]
    assert report.total_pagu == 12_500_000_000


def test_check_export_and_tabel_3_4_leave_a_pendapatan_blud_row_out_alike(tmp_path):
    import openpyxl

    # The example's Anggaran (16 programs on rows 4-19, the seed's Tabel 3.4 totals 27.805.047.633 /
    # 6.835.975.140, seed ~949-968) with a revenue row typed below them.
    path = tmp_path / "blud.xlsx"
    wb = openpyxl.load_workbook("workbooks/lkjip-diskopukm-lumajang-tw2-2025.xlsx")
    ws = wb["Anggaran"]
    assert ws["A19"].value == "P1.03" and ws["A20"].value is None
    for col, value in zip(
        "ABDFG", ("4.1.4.16.01", "Pendapatan BLUD", 5_000_000_000, 1_000_000_000, 2_000_000_000)
    ):
        ws[f"{col}20"] = value
    wb.save(path)
    left_out_alike(path, tmp_path, "4.1.4.16.01", "pendapatan")


def _example_two_rows(path, first: str, second: str) -> None:
    """The example workbook (Anggaran header row 3, 16 programs on rows 4-19) retitled as the PUPR
    recap: a column after each quarter, the quarter's title merged over both, ``first`` | ``second``
    on a new row 4 (Kode .. Pagu Perubahan merged over rows 3-4), 50 (%) typed as the physical progress
    of each program that spent, the spending kept in the column its label names."""
    import openpyxl

    wb = openpyxl.load_workbook("workbooks/lkjip-diskopukm-lumajang-tw2-2025.xlsx")
    ws = wb["Anggaran"]
    assert [ws.cell(3, j).value for j in range(6, 10)] == list(c.REALISASI_TW_HEADERS)
    for j in (9, 8, 7, 6):
        ws.insert_cols(j + 1)
    ws.insert_rows(4)
    for j in (6, 8, 10, 12):
        ws.merge_cells(start_row=3, start_column=j, end_row=3, end_column=j + 1)
        ws.cell(4, j).value, ws.cell(4, j + 1).value = first, second
        for r in range(5, ws.max_row + 1):
            spent = ws.cell(r, j).value
            fisik = 50 if spent is not None else None
            ws.cell(r, j).value, ws.cell(r, j + 1).value = (
                (fisik, spent) if first == "Fisik (%)" else (spent, fisik)
            )
    for col in "ABCDE":
        ws.merge_cells(f"{col}3:{col}4")
    wb.save(path)


def test_the_example_as_the_pupr_recap_is_read_by_both_readers_and_every_output(tmp_path):
    import json

    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.read import read_grids, read_grids_lxml

    path = tmp_path / "pupr.xlsx"
    _example_two_rows(path, "Keuangan (Rp)", "Fisik (%)")
    reports = [compute(parse_workbook(read(path)[0])) for read in (read_grids, read_grids_lxml)]
    for report in reports:
        # the seed's Tabel 3.4 totals (seed ~949-968): 27.805.047.633 / 6.835.975.140
        assert (report.total_pagu, report.total_realisasi_anggaran) == (27_805_047_633, 6_835_975_140)
        assert not [f for f in report.findings if f.sheet == "Anggaran"], report.findings
    runner = CliRunner()
    exported = json.loads(runner.invoke(main, ["export", str(path)]).stdout)
    assert sum(b["realisasi"] for b in exported["anggaran"]) == 6_835_975_140
    out = tmp_path / "hasil.xlsx"
    assert runner.invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Realisasi Anggaran"]
    (total,) = [r for r in sheet.iter_rows(values_only=True) if r[0] == "TOTAL"]
    assert total[3:5] == (27_805_047_633, 6_835_975_140)
    # the physical progress first: refused by both readers and the CLI, nothing built
    fisik = tmp_path / "fisik.xlsx"
    _example_two_rows(fisik, "Fisik (%)", "Keuangan (Rp)")
    for read in (read_grids, read_grids_lxml):
        with pytest.raises(WorkbookError, match=r'"Fisik \(%\)" \(F4\).*kolom G \("Keuangan \(Rp\)"\)'):
            parse_workbook(read(fisik)[0])
    checked = runner.invoke(main, ["check", str(fisik)])
    assert checked.exit_code != 0 and "F4" in checked.output + str(checked.stderr_bytes or b""), (
        checked.output
    )
    assert runner.invoke(main, ["build", str(fisik), "-o", str(tmp_path / "x.xlsx")]).exit_code != 0
    assert not (tmp_path / "x.xlsx").exists()


# --- 3. the staff's own penyerapan per quarter, under one merged title -----------------------------

_PAGU_A = 3_578_850_965  # the seed's P3.01 (Tabel 3.4, seed ~949-968), spent 157.853.500 s.d. TW II


def _per_quarter(own: tuple[object, ...], labels: tuple[str, ...] = ("TW I", "TW II", "TW III", "TW IV")):
    """P3.01 (TW I 57.853.500 + TW II 100.000.000, as tests/test_staff_round26.py types it) with the
    staff's "Penyerapan (%)" merged over J-M and the quarters ``labels`` on row 2, ``own`` below."""
    from tests.helpers_anggaran import UMKM, kinerja_koperasi

    header = [*c.ANGGARAN_HEADERS, "Penyerapan (%)", None, None, None]
    below = [None] * 9 + list(labels)
    row = [*anggaran_row("P3.01", UMKM, "", _PAGU_A, (57_853_500, 100_000_000, None, None)), *own]
    sheets = {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *kinerja_koperasi()]),
        "Anggaran": grid([header, below, row]),
    }
    report = compute(parse_workbook(sheets))
    return {s: t for s, t in findings_by_cell(report, "Anggaran").items() if s[0] >= "J"}


@pytest.mark.parametrize("labels", [("TW I", "TW II", "TW III", "TW IV"), ("I", "II", "III", "IV")])
def test_a_penyerapan_per_quarter_under_a_merged_title_is_read_per_quarter(labels):
    # TW I alone: 57.853.500 / 3.578.850.965 x 100 = 1,6165.. % (typed 1,62); TW II alone 100.000.000 /
    # 3.578.850.965 x 100 = 2,7942.. % (typed 2,79); s.d. TW II 4,4107.. %.
    assert round(Fraction(5_785_350_000, _PAGU_A), 2) == Fraction(162, 100)
    assert round(Fraction(10_000_000_000, _PAGU_A), 2) == Fraction(279, 100)
    # Before: J3's TW I figure was read as the penyerapan s.d. TW II, "ditulis 1,62%, berbeda ... 4,41%".
    assert _per_quarter(("1,62", "2,79", None, None), labels) == {}
    assert _per_quarter(("1,62", "4,41", None, None), labels) == {}  # TW II typed s.d. TW II: read too
    # TW II typed wrong (3,5): before, never looked at; now said at K3 with the report's figure.
    said = _per_quarter(("1,62", "3,5", None, None), labels)
    assert set(said) == {"K3"} and "3,50%" in said["K3"] and "4,41%" in said["K3"], said


def test_a_capaian_per_quarter_under_a_merged_title_is_read_per_quarter():
    # Kinerja: "Capaian (%)" merged over P-S, "TW I" ... "TW IV" on row 2. S1 (Nilai Akhir, target 80):
    # TW I 50 -> 50 / 80 x 100 = 62,5 %; TW II 80 -> 80 / 80 x 100 = 100 %, the report's capaian.
    assert Fraction(50, 80) * 100 == Fraction(125, 2) and Fraction(80, 80) * 100 == 100

    def said(own: tuple[object, ...]) -> dict[str, str]:
        width = len(c.KINERJA_HEADERS)
        rows = [
            [*c.KINERJA_HEADERS, "Capaian (%)", None, None, None],
            [None] * width + ["TW I", "TW II", "TW III", "TW IV"],
            [*kinerja_jalan()[0], None, None, None, None],
            [
                *kinerja_row(
                    "S1",
                    "Sasaran",
                    "T1",
                    "Jalan mantap",
                    "Persentase jalan mantap",
                    80,
                    (50, 80, None, None),
                    jenis="Nilai Akhir",
                ),
                *own,
            ],  # fmt: skip
            [*kinerja_jalan()[2], None, None, None, None],
        ]
        sheets = {
            "Pengaturan": pengaturan(2),
            "Kinerja": grid(rows),
            "Anggaran": grid(
                [
                    list(c.ANGGARAN_HEADERS),
                    anggaran_row("P1", JALAN, "S1", JALAN_PAGU, JALAN_KEU + (None, None)),
                ]
            ),
        }
        return {
            s: t
            for s, t in findings_by_cell(compute(parse_workbook(sheets)), "Kinerja").items()
            if s[0] >= "P"
        }

    # Before: P4's TW I 62,5 was said to differ from the 100 % s.d. TW II.
    assert said(("62,5", 100, None, None)) == {}
    wrong = said(("62,5", 90, None, None))  # TW II's typed 90: said at its cell
    assert set(wrong) == {"Q4"} and "90%" in wrong["Q4"] and "100,00%" in wrong["Q4"], wrong


# --- 4. the staff's own penyerapan on the JUMLAH row -----------------------------------------------


def _jumlah(own_total: object, *, label: str = "Penyerapan (%)", triwulan: object = 2):
    """The seed's P3.01 and P3.02 (Tabel 3.4, seed ~949-968), spending per quarter as
    tests/test_staff_round26.py types it, the staff's ``label`` column J with each program's own figure
    as computed and ``own_total`` on the JUMLAH row typed under them (its sums right)."""
    from tests.helpers_anggaran import PENGEMBANGAN, UMKM, kinerja_koperasi

    rows = [
        [*c.ANGGARAN_HEADERS, label],
        [*anggaran_row("P3.01", UMKM, "", _PAGU_A, (57_853_500, 100_000_000, None, None)), "4,41"],
        [*anggaran_row("P3.02", PENGEMBANGAN, "", 82_706_300, (800_000, 1_000_000, None, None)), "2,18"],
        [None, "JUMLAH", None, 3_661_557_265, None, 58_653_500, 101_000_000, None, None, own_total],
    ]
    sheets = {
        "Pengaturan": pengaturan(triwulan),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *kinerja_koperasi()]),
        "Anggaran": grid(rows),
    }
    report = compute(parse_workbook(sheets))
    return report, {s: t for s, t in findings_by_cell(report, "Anggaran").items() if s[0] >= "D"}


# (58.653.500 + 101.000.000) / (3.578.850.965 + 82.706.300) x 100 = 15.965.350.000 / 3.661.557.265
# = 4,3602.. %, the Sasaran "Kualitas Usaha Mikro"'s 4,36 % of DOMAIN.md; the seed's Tabel 3.3 printed 5.
_TOTAL_SERAPAN = Fraction(15_965_350_000, 3_661_557_265)


@pytest.mark.parametrize(
    "typed",
    [
        "3,30",  # the programs' percentages averaged: (4,41 + 2,18) / 2 = 3,295
        "6,59",  # the programs' percentages added: 4,41 + 2,18
    ],
)
def test_a_penyerapan_typed_on_the_jumlah_row_that_is_not_the_total_s_is_said(typed):
    report, said = _jumlah(typed)
    assert report.total_penyerapan == float(_TOTAL_SERAPAN)
    assert round(_TOTAL_SERAPAN, 2) == Fraction(436, 100)
    # Before: nothing said of J4.
    assert set(said) == {"J4"}, said
    assert f"{typed}%" in said["J4"] and "4,36%" in said["J4"] and "Rp 159.653.500" in said["J4"], said
    assert "Rp 3.661.557.265" in said["J4"] and "laporan memakai 4,36%" in said["J4"], said


@pytest.mark.parametrize("typed", ["4,36", "4,4", 4, "4,36%", 0.0436, "-", None])
def test_a_penyerapan_typed_on_the_jumlah_row_as_the_total_s_stays_quiet(typed):
    assert _jumlah(typed)[1] == {}


# --- 5. the RSUD's lower-is-better indicators, Polaritas left blank ---------------------------------


def _rsud_indicator(indikator: str, satuan: str, polaritas: object = None):
    """The RSUD's Kinerja with one more program indicator: target 25, TW I 20, TW II 22 (Nilai Akhir)."""
    sheets = _rsud(anggaran_row("", None, None, None))
    row = kinerja_row("1.02.02", "Program", "S1", _BLUD, indikator, 25, (20, 22, None, None), satuan=satuan, jenis="Nilai Akhir", polaritas=polaritas)  # fmt: skip
    sheets["Kinerja"] = grid([*sheets["Kinerja"], row])
    report = compute(parse_workbook(sheets))
    return report, {s: t for s, t in findings_by_cell(report, "Kinerja").items() if s == "G5"}


@pytest.mark.parametrize(
    ("indikator", "satuan", "word"),
    [
        ("Net Death Rate (NDR)", "permil", "death rate"),
        ("Gross Death Rate (GDR)", "‰", "death rate"),
        ("NDR", "per 1.000 pasien keluar", "NDR"),
        ("Angka kejadian infeksi nosokomial", "%", "infeksi"),
        ("Angka Healthcare Associated Infections (HAIs)", "%", "HAIs"),
        ("Angka mortalitas pasien rawat inap", "%", "mortalitas"),
        ("Insiden keselamatan pasien", "kasus", "insiden"),
    ],
)
def test_a_hospital_death_or_infection_rate_with_polaritas_blank_is_a_peringatan(indikator, satuan, word):
    report, said = _rsud_indicator(indikator, satuan)
    # Computed as typed (Positif): 22 / 25 x 100 = 88 % Tinggi; the report's Negatif formula would give
    # (2 x 25 - 22) / 25 x 100 = 112 % Sangat Tinggi. Before: nothing said.
    (ind,) = [i for i in report.indicators if i.indikator == indikator]
    assert ind.capaian == float(Fraction(22, 25) * 100) == 88
    # the wording as the report's notes say it (tests/test_negatif_wording.py); was `biasanya makin rendah`
    assert set(said) == {"G5"} and f"indikator {word} biasanya bernilai negatif" in said["G5"], said


@pytest.mark.parametrize(
    ("indikator", "satuan", "polaritas"),
    [
        ("Net Death Rate (NDR)", "permil", "Negatif"),  # chosen
        ("Bed Occupancy Rate (BOR)", "%", None),  # a band, no lower-is-better
        ("Persentase pengendalian infeksi", "%", None),  # handling it: higher is better
        ("Cakupan pelayanan rawat inap", "%", None),
    ],
)
def test_other_hospital_indicators_get_no_polaritas_peringatan(indikator, satuan, polaritas):
    assert _rsud_indicator(indikator, satuan, polaritas)[1] == {}
