"""Staff round 29: what rounds 27 and 28 left where staff typing got an unhelpful message, or a figure
misread. Every figure by hand (Fraction).

Found, and tested here:
- a Rasio guru-murid "1:20" typed in a General cell: Excel keeps it as the time 01:20 (the number
  80 / 1440 = 0,0555...) in a cell formatted h:mm, which both readers give as 30 Desember 1899 01:20;
  the galat said "berisi tanggal (30 Desember 1899 pukul 01.20)", where the same "1:20" kept as text
  says what to type (20, the comparison in Satuan, Negatif); a "1:30" under Satuan "jam" likewise said
  a date, where the text says 1,5 jam;
- "7/100" for a Satuan "%" said to type 7 and the base in Satuan ("per 100"), where "7 dari 100" and
  "10/12" give the percentage (7 / 100 x 100 = 7);
- "2x" for Satuan "Kali": "ada karakter bukan angka ('x')", not which figure to type (2) (figures57: read
  as 2, as "2 kali" is);
- the PUPR recap's second title row ("Fisik (%)" | "Keuangan (Rp)" under each quarter) with a blank
  row between it and the header (as pasted): round 27 looked only directly under the header, so the
  physical progress was read as spending again (Rp 15 + Rp 40 = Rp 55 of Rp 10.000.000.000) and the
  title row was a galat "Kode kosong" that left Tabel 3.4's TOTAL unknown.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: A Kode,
B Tingkat, C Kode Induk, D Uraian, E Indikator, F Satuan, G Polaritas, H Jenis Realisasi, I Target,
J Target Perubahan, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT
from lkj_xl.core.parse import WorkbookError, parse_workbook
from tests.helpers_anggaran import JALAN_PAGU, budget_of, findings_by_cell, two_row_titles
from tests.test_engine import grid, kinerja_row, pengaturan, run


def _at(report, sel):
    return [f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel]


def _one(indikator, target, tws, **kw):
    return run([kinerja_row("T1", "Tujuan", "", "Tujuan", indikator, target, tws, **kw)])


def _clock(hour: int, minute: int) -> dt.datetime:
    """A time typed in a General cell, as both readers (and COM) give it: serial hour/24 + minute/1440
    of the 1900 system's day 0, 30 December 1899."""
    return dt.datetime(1899, 12, 30, hour, minute)


# --- 1. a ratio Excel turned into a time --------------------------------------------------------------


@pytest.mark.parametrize("satuan", ["Rasio", "rasio guru:murid", "Orang"])
def test_a_ratio_excel_kept_as_a_time_says_what_to_type_as_the_text_does(satuan):
    # Target "1:20" and TW II "1:22" typed, both kept by Excel as times 01:20 and 01:22
    report = _one(
        "Rasio guru-murid SD",
        _clock(1, 20),
        (None, _clock(1, 22), None, None),
        satuan=satuan,
        jenis="Nilai Akhir",
    )
    assert report.indicators[0].capaian_exact is None  # no figure guessed
    for cell, figure in (("I2", "20"), ("L2", "22")):
        (said,) = _at(report, cell)
        assert said.severity == GALAT
        assert "perbandingan" in said.pesan and f"({figure})" in said.pesan and "Negatif" in said.pesan
        assert f'"1:{figure}"' in said.pesan and "1899" not in said.pesan, said.pesan


def test_a_ratio_of_one_to_a_figure_under_ten_is_said_without_the_clocks_zero():
    # "1:5" typed: Excel keeps 01:05; the figure to type is 5
    report = _one("Rasio", "5", (None, _clock(1, 5), None, None), satuan="Rasio", jenis="Nilai Akhir")
    (said,) = _at(report, "L2")
    assert "(5)" in said.pesan and "(05)" not in said.pesan, said.pesan


def test_a_clock_duration_excel_kept_as_a_time_says_the_hours():
    # Waktu tanggap "1:30" under Satuan jam: 1 + 30 / 60 = 1,5 jam, as the text "1:30" says
    assert 1 + Fraction(30, 60) == Fraction(3, 2)
    report = _one(
        "Waktu tanggap",
        "2",
        (None, _clock(1, 30), None, None),
        satuan="jam",
        jenis="Rata-rata",
        polaritas="Negatif",
    )
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and "jam:menit" in said.pesan and "1,5" in said.pesan, said.pesan
    assert "perbandingan" not in said.pesan and "1899" not in said.pesan


@pytest.mark.parametrize(
    "typed",
    [
        _clock(13, 30),  # a time of day that is no "1:..": no ratio meant that can be said
        dt.datetime(2025, 2, 1),  # "1/2" Excel made a date
        dt.datetime(2025, 2, 1, 1, 20),  # a date with a time
    ],
)
def test_another_time_or_a_date_keeps_the_date_galat(typed):
    report = _one("Rasio guru-murid SD", "20", (None, typed, None, None), satuan="Rasio", jenis="Nilai Akhir")
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and "berisi tanggal" in said.pesan and "perbandingan" not in said.pesan


def test_a_ratio_kept_as_a_time_in_a_real_workbook_is_read_by_both_readers_alike(tmp_path):
    # The example's K2.02.01 (Kinerja row 17) made a Rasio guru-murid: Target 1:20 and TW II 1:22 typed
    # in General cells, saved as Excel does, 80 / 1440 and 82 / 1440 in cells formatted h:mm.
    import openpyxl

    from lkj_xl.xlsx.read import read_grids, read_grids_lxml
    from tests.common import example_typed

    path = example_typed(tmp_path, "rasio", 2, {})
    wb = openpyxl.load_workbook(path)
    ws = wb["Kinerja"]
    assert ws["A17"].value == "K2.02.01"
    ws["E17"], ws["F17"], ws["H17"] = "Rasio guru-murid SD", "Rasio", "Nilai Akhir"
    for ref, minutes in (("I17", 20), ("L17", 22)):
        ws[ref].value, ws[ref].number_format = dt.time(1, minutes), "h:mm"
    wb.save(path)
    for read in (read_grids, read_grids_lxml):
        report = compute(parse_workbook(read(path)[0]))
        for ref, figure in (("I17", "20"), ("L17", "22")):
            (said,) = _at(report, ref)
            assert "perbandingan" in said.pesan and f"({figure})" in said.pesan, said.pesan


# --- 2. a share of 100 for a percentage ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "said_as"),
    [
        ("7/100", "7 / 100 x 100 = 7"),  # 7 of 100: 7 %
        ("7 / 100", "7 / 100 x 100 = 7"),
        ("7 dari 100", "7 / 100 x 100 = 7"),  # said "= 7,00" before
        ("7/10", "7 / 10 x 100 = 70"),  # 7 of 10 desa: 70 %
    ],
)
def test_a_share_of_100_for_a_percentage_names_the_percentage(typed, said_as):
    report = _one("Persentase desa tertib administrasi", "100", (None, typed, None, None))
    assert report.indicators[0].capaian is None  # a galat: nothing computed
    (said,) = _at(report, "L2")
    assert said.severity == GALAT and said_as in said.pesan and "basis" not in said.pesan, said.pesan
    assert f"{said_as}," not in said.pesan, said.pesan  # a whole percentage without ",00"


@pytest.mark.parametrize(("satuan", "typed"), [("Kasus", "7/100"), ("%", "5/1.000")])
def test_a_rate_per_1000_or_of_another_satuan_keeps_the_base_advice(satuan, typed):
    # a count per 100 (Satuan Kasus), and a rate per 1.000 under "%" (an AKB with the Satuan set wrong?):
    # the base in Satuan, as before
    report = _one("Angka kasus", "10", (None, typed, None, None), satuan=satuan)
    (said,) = _at(report, "L2")
    assert "basisnya" in said.pesan, said.pesan


# --- 3. "2x" for Satuan Kali --------------------------------------------------------------------------


# (figures57: this test pinned "no figure guessed", a galat naming the figure; but "2x" under Satuan
# "Kali" is no guess: the x is the Satuan's own word, as "5 kali" under Satuan "X" was already read, and a
# product needs a second factor, "2 x 3", which stays a galat. Read now: 2 of 4 = 50 %, 12 of 4 = 300 %.)
@pytest.mark.parametrize(("typed", "figure"), [("2x", 2), ("2X", 2), ("2 x", 2), ("2×", 2), ("12 x", 12)])
@pytest.mark.parametrize("satuan", ["Kali", "kali"])
def test_times_written_with_x_for_satuan_kali_is_read(typed, figure, satuan):
    report = _one("Jumlah rapat koordinasi", "4", (None, typed, None, None), satuan=satuan)
    assert report.indicators[0].capaian == pytest.approx(figure / 4 * 100)  # 2 / 4 x 100 = 50
    assert not [f for f in _at(report, "L2") if f.severity == GALAT]


def test_an_x_after_the_figure_of_another_satuan_stays_a_galat():
    report = _one("Jumlah dokumen", "4", (None, "2x", None, None), satuan="Dokumen")
    assert report.indicators[0].capaian is None and [f.severity for f in _at(report, "L2")] == [GALAT]


# --- 4. a blank row between the header and the second title row ----------------------------------------


def _gap(first: str, second: str) -> dict:
    """Round 27's PUPR recap with a blank row 2 (as pasted), the titles on row 3, P1 on row 4."""
    sheets = two_row_titles(first, second)
    sheets["Anggaran"].insert(1, grid([[None] * 13])[0])
    return sheets


def test_spending_under_a_quarter_title_below_a_blank_row_is_read():
    report = compute(parse_workbook(_gap("Keuangan (Rp)", "Fisik (%)")))
    # Before: a galat at A3 ("Kode program "" kosong") and Tabel 3.4's TOTAL unknown.
    assert not findings_by_cell(report, "Anggaran", GALAT), findings_by_cell(report, "Anggaran", GALAT)
    # 1.000.000.000 + 2.000.000.000 = 3.000.000.000 of 10.000.000.000: 30 %
    assert budget_of(report, "P1").realisasi_exact == 3_000_000_000
    assert (report.total_pagu, report.total_realisasi_anggaran) == (JALAN_PAGU, 3_000_000_000)
    assert report.total_penyerapan == 30


def test_physical_progress_under_a_quarter_title_below_a_blank_row_is_refused():
    # Before: the physical progress read as spending, Rp 15 + Rp 40 = Rp 55 of Rp 10.000.000.000.
    with pytest.raises(WorkbookError) as refused:
        parse_workbook(_gap("Fisik (%)", "Keuangan (Rp)"))
    problems = refused.value.problems
    assert len(problems) == 4, problems
    first = problems[0]
    assert first.startswith('Sheet "Anggaran" baris 3') and '"Fisik (%)" (F3)' in first, first
    assert '"Realisasi TW I" (F1)' in first and 'kolom G ("Keuangan (Rp)")' in first and "G1" in first
    assert "hapus baris 3" in first, first


def test_a_blank_row_and_then_data_is_read_as_before():
    # No titles: the first row after the blank one is P1's data, read (1.000.000.000 + 2.000.000.000)
    sheets = {
        "Pengaturan": pengaturan(2),
        "Kinerja": two_row_titles("Rp", "K")["Kinerja"],
        "Anggaran": grid(
            [
                list(c.ANGGARAN_HEADERS),
                [None] * 9,
                ["P1", "Program Penyelenggaraan Jalan", "S1", JALAN_PAGU, None, 1_000_000_000, 2_000_000_000],
            ]
        ),
    }
    report = compute(parse_workbook(sheets))
    assert budget_of(report, "P1").realisasi_exact == 3_000_000_000
    assert not findings_by_cell(report, "Anggaran", GALAT)
