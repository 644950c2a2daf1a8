"""The year's report (Pengaturan Triwulan "Laporan Tahunan") in the words of its findings, and the
year's realisasi the agency typed beside its quarters (continues test_triwulan_v.py).

- Its tables say "Realisasi Tahun 2025"; its peringatan said "realisasi s.d. TW IV dihitung dari ...",
  "(triwulan yang dilaporkan)", "sesudah akhir triwulan berikutnya", "s.d. triwulan ini": the year's
  report names the year. The quarterly report of Triwulan IV (Triwulan typed 4) keeps its words, and
  the cells stay named by their quarter ("Realisasi TW IV kosong").
- Kumulatif quarters typed (S2: 25; 4; 6; 5) beside the agency's own year's figure in a column of its
  own ("Realisasi s.d. TW IV", "Realisasi Tahunan", "Capaian Tahunan (%)": 45 %): the report printed
  the quarters' 40 % and capaian 98,26 % without a word that the agency's own figure says 45 %.
- A column "Realisasi Tahunan" was read as a near miss of "Realisasi Tahun Lalu" (rename it, which
  would compare this year's figure as last year's); "Realisasi Tahun 2026" in the 2025 report was told
  to be renamed "Realisasi 2026", a column that is then refused.

Example rows (workbooks/make_example.py): Kinerja row 13 S2 (Kumulatif %, target 40,71%, TW I 25,
TW II 4; K..N Realisasi TW I..IV, V the last header; W free); Anggaran row 5 P2.01 (pagu 41.000.000,
TW II 8.000.000; F..I Realisasi TW I..IV).
"""

from __future__ import annotations

import datetime as dt
import io
from fractions import Fraction as F
from pathlib import Path

import openpyxl
import pytest

from lkj_xl.build import build_in_memory, load_report
from lkj_xl.core.model import PERINGATAN, Report
from tests.common import example_typed

S2 = 'indikator "Persentase koperasi yang taat akan peraturan perundang - undangan" (S2)'
# S2 Kumulatif: 25 + 4 + 6 + 5 = 40 (%), capaian 40 / 40,71 x 100 = 98,2559... -> "98,26%".
S2_QUARTERS = {("Kinerja", "M13"): 6, ("Kinerja", "N13"): 5}
S2_CAPAIAN = F(40) / F("40.71") * 100


def _report(tmp_path: Path, triwulan: object, cells: dict[tuple[str, str], object]) -> Report:
    return load_report(example_typed(tmp_path, "wb", triwulan, cells))  # type: ignore[arg-type]


def _at(report: Report, sheet: str, sel: str) -> list[str]:
    return [f.pesan for f in report.findings if f.sheet == sheet and f.sel == sel]


# --- the year's report's findings name the year ----------------------------------------------------------


@pytest.mark.parametrize(
    "triwulan, period, reported",
    [
        ("Laporan Tahunan", "Tahun 2025", "triwulan terakhir Tahun 2025"),
        (4, "s.d. TW IV", "triwulan yang dilaporkan"),
    ],
)
def test_budget_findings_name_the_year(tmp_path: Path, triwulan: object, period: str, reported: str) -> None:
    # P2.01's TW IV typed 40.000.000: 8.000.000 + 40.000.000 = 48.000.000 over its pagu 41.000.000;
    # the 15 other rows' TW IV blank (rows 4, 6-19).
    report = _report(tmp_path, triwulan, {("Anggaran", "I5"): "40.000.000"})
    assert _at(report, "Anggaran", "I5") == [
        f'Realisasi anggaran program "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI" {period} (Rp 48.000.000) '
        "melebihi pagu (Rp 41.000.000): periksa realisasi triwulan yang ditulis s.d. triwulan itu (kumulatif; "
        "realisasi per triwulan dijumlahkan, tulis belanja triwulan itu saja), atau Pagu Perubahan yang belum "
        "diisi"
    ]
    assert _at(report, "Anggaran", "I4:I19") == [
        f"Realisasi anggaran TW IV kosong pada 15 baris anggaran (baris 4, 6-19; {reported}): realisasi "
        # the advice was '0 bila tidak ada belanja, atau "-" bila belum ada data', but a "-" in Anggaran is
        # read as Rp 0 spent (README: type `0` or `-` when nothing was spent): now said so
        # (tests/test_anggaran_dash_belanja.py)
        f'{period} dihitung dari triwulan yang terisi saja; isi belanja triwulan itu (0 atau "-" bila memang '
        "tidak ada belanja)"
    ]


@pytest.mark.parametrize(
    "triwulan, period, reported",
    [
        ("Laporan Tahunan", "Tahun 2025", "triwulan terakhir Tahun 2025"),
        (4, "s.d. TW IV", "triwulan yang dilaporkan"),
    ],
)
def test_kinerja_findings_name_the_year(tmp_path: Path, triwulan: object, period: str, reported: str) -> None:
    # S2: TW I 25, TW II 4, TW III blank, TW IV 5: TW III skipped between two figures.
    report = _report(tmp_path, triwulan, {("Kinerja", "N13"): 5})
    assert _at(report, "Kinerja", "M13") == [
        f"Realisasi TW III {S2} kosong di antara triwulan yang berisi angka: realisasi {period} dihitung dari "
        'TW I, TW II, TW IV saja; isi angkanya, "nihil" bila nol, atau "-" bila belum ada data'
    ]
    # The other indicators' TW IV blank (33 of them: the example's rows).
    blank = [f.pesan for f in report.findings if f.sel == "N6:N44"]
    assert (
        len(blank) == 1
        and f"; {reported}): realisasi {period} dihitung dari triwulan yang terisi" in blank[0]
    )
    # A Keterangan naming a figure beside a blank TW IV (P2.04, row 20: "22,98").
    (said,) = _at(report, "Kinerja", "O20")
    realisasi = "realisasi Tahun 2025" if period == "Tahun 2025" else "realisasi s.d. TW IV"
    assert f"jadi {realisasi} dan capaiannya dihitung tanpa angka itu" in said
    assert (
        'Bila 22,98 realisasi TW IV, tulis angkanya di kolom "Realisasi TW IV"' in said
    )  # the cell's quarter


@pytest.mark.parametrize(
    "triwulan, after",
    [
        ("Laporan Tahunan", "lebih dari tiga bulan sesudah akhir Tahun 2025"),
        (4, "sesudah akhir triwulan berikutnya"),
    ],
)
def test_late_signing_date_of_the_years_report(tmp_path: Path, triwulan: object, after: str) -> None:
    # "10/1/2026" meant 10 Januari 2026, kept by an Excel set to English (US) as 1 Oktober 2026: after
    # 31 Maret 2026 (three months after 31 Desember 2025), its day and month swapped fall after the year.
    report = _report(tmp_path, triwulan, {("Pengaturan", "B13"): dt.datetime(2026, 10, 1)})
    assert _at(report, "Pengaturan", "B13") == [
        f"Tanggal Penandatanganan 1 Oktober 2026 {after} (31 Maret 2026); tertukar hari dan bulan "
        "(10 Januari 2026)?"
    ]


def test_grafik_note_and_pemeriksaan_sheet_of_the_years_report(tmp_path: Path) -> None:
    built = build_in_memory(example_typed(tmp_path, "wb", "Laporan Tahunan", {("Kinerja", "N13"): 5}))  # type: ignore[arg-type]
    wb = openpyxl.load_workbook(io.BytesIO(built.data))
    texts = {v for row in wb["Grafik"].iter_rows(values_only=True) for v in row if isinstance(v, str)}
    assert "Batang: realisasi anggaran Tahun 2025 dibagi pagu, per program (nama di tabel)." in texts
    assert not [t for t in texts if "s.d. triwulan ini" in t]
    # The sheet says what the findings say (one computation).
    shown = {v for row in wb["Pemeriksaan"].iter_rows(values_only=True) for v in row if isinstance(v, str)}
    assert set(_at(built.report, "Kinerja", "M13")) <= shown
    assert not [t for t in shown if "realisasi s.d. TW IV" in t]


# --- the year's figure typed beside the quarters -----------------------------------------------------


@pytest.mark.parametrize("header", ["Realisasi s.d. TW IV", "Realisasi Tahunan", "Realisasi Kumulatif"])
def test_years_total_unlike_the_quarters_is_said(tmp_path: Path, header: str) -> None:
    report = _report(
        tmp_path, "Laporan Tahunan", {**S2_QUARTERS, ("Kinerja", "W3"): header, ("Kinerja", "W13"): "45%"}
    )
    s2 = next(i for i in report.indicators if i.kode == "S2")
    assert s2.realisasi == 40 and s2.capaian_exact == S2_CAPAIAN  # computed from the quarters, as before
    assert _at(report, "Kinerja", "W13") == [
        f'Realisasi {S2} di kolom "{header}" ditulis 45%, berbeda dengan realisasi Tahun 2025 dari kolom '
        'triwulan (Kumulatif): 40%; laporan memakai 40% (kolom "' + header + '" tidak dibaca). Periksa '
        "realisasi per triwulan, Target dan Jenis Realisasi, atau angka di kolom itu"
    ]
    assert [f.severity for f in report.findings if f.sel == "W13"] == [PERINGATAN]
    assert not _at(report, "Kinerja", "W3")  # no "ganti judul kolom ini menjadi Realisasi Tahun Lalu"


def test_years_capaian_unlike_the_quarters_is_said(tmp_path: Path) -> None:
    cells = {**S2_QUARTERS, ("Kinerja", "W3"): "Capaian Tahunan (%)", ("Kinerja", "W13"): 45}
    report = _report(tmp_path, "Laporan Tahunan", cells)
    # 40 / 40,71 = 98,26 % (S2_CAPAIAN), the year's Target
    assert _at(report, "Kinerja", "W13") == [
        f'Capaian {S2} di kolom "Capaian Tahunan (%)" ditulis 45%, berbeda dengan capaian dari Target dan '
        'realisasi Tahun 2025: 98,26%; laporan memakai 98,26% (kolom "Capaian Tahunan (%)" tidak dibaca). '
        "Periksa realisasi per triwulan, Target dan Jenis Realisasi, atau angka di kolom itu"
    ]


@pytest.mark.parametrize("typed", ["40%", "40,00 %", 40])
def test_years_total_as_the_quarters_give_it_is_quiet(tmp_path: Path, typed: object) -> None:
    # 25 + 4 + 6 + 5 = 40: the column agrees, however typed.
    cells = {**S2_QUARTERS, ("Kinerja", "W3"): "Realisasi Tahunan", ("Kinerja", "W13"): typed}
    assert not _at(_report(tmp_path, "Laporan Tahunan", cells), "Kinerja", "W13")


def test_quarterly_total_unlike_the_quarters_is_said(tmp_path: Path) -> None:
    # The same at Triwulan II: e-Monev's "Realisasi s.d. TW II" 30 beside TW I 25 + TW II 4 = 29.
    report = _report(tmp_path, 2, {("Kinerja", "W3"): "Realisasi s.d. TW II", ("Kinerja", "W13"): "30%"})
    assert _at(report, "Kinerja", "W13") == [
        f'Realisasi {S2} di kolom "Realisasi s.d. TW II" ditulis 30%, berbeda dengan realisasi s.d. TW II dari '
        'kolom triwulan (Kumulatif): 29%; laporan memakai 29% (kolom "Realisasi s.d. TW II" tidak dibaca). '
        "Periksa realisasi per triwulan, Target dan Jenis Realisasi, atau angka di kolom itu"
    ]


def test_realisasi_tahunan_beside_a_blank_tw4_is_the_years_figure(tmp_path: Path) -> None:
    # TW IV left blank, the year's 45 % in "Realisasi Tahunan": a galat naming TW IV's cell, no capaian
    # from TW I-III (25 + 4 + 6 = 35), as "Realisasi s.d. TW IV" already is.
    cells = {("Kinerja", "M13"): 6, ("Kinerja", "W3"): "Realisasi Tahunan", ("Kinerja", "W13"): "45%"}
    report = _report(tmp_path, "Laporan Tahunan", cells)
    s2 = next(i for i in report.indicators if i.kode == "S2")
    assert s2.capaian is None
    (said,) = _at(report, "Kinerja", "W13")
    assert said.startswith(  # the year's figure named as the year's (test_tahunan_fronts.py)
        f'Realisasi Tahun 2025 {S2} ditulis di kolom "Realisasi Tahunan" (45%), yang tidak dibaca'
    )
    assert '"Realisasi TW IV" (N13) kosong' in said


def test_a_later_years_column_is_not_renamed_to_one_refused(tmp_path: Path) -> None:
    report = _report(tmp_path, "Laporan Tahunan", {("Kinerja", "W3"): "Realisasi Tahun 2026"})
    assert _at(report, "Kinerja", "W3") == [
        'Kolom "Realisasi Tahun 2026" bukan tahun sebelum Tahun laporan (2025); kolom ini tidak dipakai '
        '(realisasi tahun ini diisi di kolom Realisasi TW, tahun lalu di "Realisasi Tahun Lalu")'
    ]


@pytest.mark.parametrize("triwulan, ask", [("Laporan Tahunan", "laporan tahunan ini"), (4, "triwulan ini")])
def test_narasi_of_another_quarter_in_the_years_report(tmp_path: Path, triwulan: object, ask: str) -> None:
    # The example's Kata Pengantar (Narasi!B3, B5), Pendahuluan (B9) and Tindak Lanjut (B26) say
    # "Triwulan II": the year's report asks them updated for itself, not "untuk triwulan ini".
    from click.testing import CliRunner

    from lkj_xl.cli import main

    workbook = example_typed(tmp_path, "wb", triwulan, {})  # type: ignore[arg-type]
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(tmp_path / "wb.docx")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "menyebut Triwulan II" in line]
    period = "Tahun 2025" if triwulan == "Laporan Tahunan" else "Triwulan IV Tahun 2025"
    assert len(warnings) == 4, result.stderr
    for line in warnings:
        assert line.endswith(
            f"tetapi laporan ini {period} (Pengaturan, Triwulan): perbarui teksnya untuk {ask}"
        ), line


# --- the year's realisasi in the capaian checks and in the staff's own spending total -----------------


@pytest.mark.parametrize("triwulan, period", [("Laporan Tahunan", "Tahun 2025"), (4, "s.d. TW IV")])
def test_negative_capaian_names_the_year(tmp_path: Path, triwulan: object, period: str) -> None:
    # S2 (Kumulatif, higher is better, target 40,71%): TW IV typed "(100)", read as -100:
    # 25 + 4 + 6 - 100 = -65; capaian -65 / 40,71 x 100 = -159,66592... -> "-159,6659%" (4 decimals).
    report = _report(tmp_path, triwulan, {("Kinerja", "M13"): 6, ("Kinerja", "N13"): "(100)"})
    # (said "di bawah nol" since mend38: the findings keep "negatif" for the Polaritas, and a Negatif
    # indicator's message said the word in both senses)
    said = [m for m in _at(report, "Kinerja", "I13") if "di bawah nol (" in m]
    assert said == [
        f"Capaian {S2} di bawah nol (-159,6659%): realisasi {period} (-65) kurang dari nol, dan capaian di bawah nol "
        'menurunkan rata-rata capaian di atasnya. Periksa realisasinya (angka dalam tanda kurung, mis. "(20)", '
        "dibaca minus)"
    ]


@pytest.mark.parametrize("triwulan, period", [("Laporan Tahunan", "Tahun 2025"), (4, "s.d. TW IV")])
def test_far_off_realisasi_names_the_year(tmp_path: Path, triwulan: object, period: str) -> None:
    # S2: TW IV typed 500 (5,00 meant?): 25 + 4 + 6 + 500 = 535, more than 10 x 40,71 = 407,1.
    report = _report(tmp_path, triwulan, {("Kinerja", "M13"): 6, ("Kinerja", "N13"): 500})
    said = [m for m in _at(report, "Kinerja", "I13") if "lebih dari 10 kali" in m]
    assert len(said) == 1 and said[0].startswith(
        f"Realisasi {period} {S2} (535) lebih dari 10 kali Target (40,71): periksa skala"
    ), said
    # TW IV 500 is not less than TW I-III (25 + 4 + 6 = 35): the year's total typed in TW IV? Its cell
    # is named by its quarter, the sum by the year.
    (last,) = _at(report, "Kinerja", "N13")
    assert last.startswith(f"Realisasi TW IV {S2} (500) tidak kurang dari jumlah TW I-III (35)")
    assert f"keempatnya: realisasi {period} 535 melebihi Target (40,71). Bila TW IV berisi" in last


@pytest.mark.parametrize("triwulan, period", [("Laporan Tahunan", "Tahun 2025"), (4, "s.d. TW IV")])
def test_summed_totals_name_the_year(tmp_path: Path, triwulan: object, period: str) -> None:
    # TW III typed as TW II (4): 25 + 4 + 4 + 10 = 43 over the Target 40,71; the cell's own quarter
    # stays named ("realisasi s.d. TW III" is what TW III may hold).
    report = _report(tmp_path, triwulan, {("Kinerja", "M13"): 4, ("Kinerja", "N13"): 10})
    (same,) = _at(report, "Kinerja", "M13")
    assert (
        f"jadi realisasi {period} 43 melebihi Target (40,71). Bila TW III berisi realisasi s.d. TW III"
        in same
    )
    # Rising every quarter (10; 20; 30; 40): 10 + 20 + 30 + 40 = 100 over the Target, TW IV alone 40.
    rising = {("Kinerja", "K13"): 10, ("Kinerja", "L13"): 20, ("Kinerja", "M13"): 30, ("Kinerja", "N13"): 40}
    (said,) = _at(_report(tmp_path, triwulan, rising), "Kinerja", "N13")
    assert f"menjumlahkannya: realisasi {period} 100 melebihi Target (40,71), padahal TW IV saja 40" in said


@pytest.mark.parametrize("triwulan, period", [("Laporan Tahunan", "Tahun 2025"), (4, "s.d. TW IV")])
def test_percent_formatted_target_names_the_year(tmp_path: Path, triwulan: object, period: str) -> None:
    # S2's Target typed 40,71 in a cell formatted as Percent: Excel shows 4.071%, read as 4.071, beside
    # the realisasi 25 + 4 + 6 + 5 = 40 (between 4.071 / 1000 and 4.071 / 10).
    workbook = example_typed(tmp_path, "wb", triwulan, {**S2_QUARTERS, ("Kinerja", "I13"): 40.71})  # type: ignore[arg-type]
    wb = openpyxl.load_workbook(workbook)
    wb["Kinerja"]["I13"].number_format = "0.00%"
    wb.save(workbook)
    (said,) = _at(load_report(workbook), "Kinerja", "I13")
    assert (
        f"yang tampak 4.071%: dibaca 4.071%, sedangkan realisasi {period} 40. Bila targetnya 40,71%" in said
    )


@pytest.mark.parametrize(
    "triwulan, period", [("Laporan Tahunan", "realisasi Tahun 2025"), (4, "realisasi s.d. TW IV")]
)
def test_own_spending_total_names_the_year(tmp_path: Path, triwulan: object, period: str) -> None:
    # P2.01 (row 5): TW II 8.000.000, TW IV typed 2.000.000: the quarters give 10.000.000; the staff's
    # own "Realisasi s.d. TW IV" (J) says 12.000.000. The column's title is quoted as typed.
    cells = {
        ("Anggaran", "I5"): 2000000,
        ("Anggaran", "J3"): "Realisasi s.d. TW IV",
        ("Anggaran", "J5"): 12000000,
    }
    report = _report(tmp_path, triwulan, cells)
    assert _at(report, "Anggaran", "J5") == [
        'Realisasi anggaran program "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI" di kolom "Realisasi s.d. TW IV" '
        f"ditulis Rp 12.000.000, berbeda dengan {period} dari kolom triwulan (jumlah Realisasi TW I s.d. TW IV): "
        'Rp 10.000.000; penyerapan dihitung dari kolom triwulan (kolom "Realisasi s.d. TW IV" tidak dibaca). '
        "Periksa triwulan yang ditulis s.d. triwulan itu (kumulatif: tulis belanja triwulan itu saja) atau "
        "belanja triwulan yang belum ditulis"
    ]


@pytest.mark.parametrize("triwulan, period", [("Laporan Tahunan", "Tahun 2025"), (4, "s.d. TW IV")])
def test_budget_sums_name_the_year(tmp_path: Path, triwulan: object, period: str) -> None:
    # A Kegiatan under P2.01 (Kinerja's program, TW II 8.000.000) typed TW II 5.000.000: 8.000.000 -
    # 5.000.000 = 3.000.000 apart. The cell stays named by its quarter (I5: Realisasi TW IV).
    kegiatan = {("Anggaran", "A20"): "K2.01.01", ("Anggaran", "B20"): "Kegiatan pengawasan koperasi"}
    cells = {**kegiatan, ("Anggaran", "D20"): 41000000, ("Anggaran", "G20"): 5000000}
    assert _at(_report(tmp_path, triwulan, cells), "Anggaran", "I5") == [
        f"Realisasi anggaran {period} program P2.01 (Rp 8.000.000) tidak sama dengan jumlah rinciannya di "
        "bawahnya (Rp 5.000.000: K2.01.01 baris 20), lebih Rp 3.000.000. Yang dihitung angka program P2.01; "
        "rincian (kegiatan/sub kegiatan) tidak dihitung dua kali"
    ]
    # A program of Anggaran alone (P9.01, TW II 4.000.000) over its SIPD Kegiatan (3.000.000): 1.000.000.
    program = {("Anggaran", "A20"): "P9.01", ("Anggaran", "B20"): "PROGRAM PENGEMBANGAN UMKM"}
    detail = {("Anggaran", "A21"): "P9.01.01", ("Anggaran", "B21"): "Kegiatan pendampingan UMKM"}
    figures = {("Anggaran", c): v for c, v in {"C20": "S2", "D20": 10000000, "G20": 4000000}.items()}
    figures |= {("Anggaran", "D21"): 10000000, ("Anggaran", "G21"): 3000000}
    (said,) = _at(_report(tmp_path, triwulan, {**program, **detail, **figures}), "Anggaran", "I20")
    assert said.startswith(f"Realisasi anggaran {period} program P9.01 (Rp 4.000.000) tidak sama dengan")
    # A grand total typed under the programs, its TW IV 1 (the programs' realisasi is far more).
    total = {("Anggaran", "B20"): "JUMLAH", ("Anggaran", "I20"): 1}
    (said,) = _at(_report(tmp_path, triwulan, total), "Anggaran", "I20")
    assert said.startswith(
        f'Jumlah realisasi {period} di baris "JUMLAH" (Rp 1) lain dari jumlah realisasi {period} program '
    )


@pytest.mark.parametrize(
    "triwulan, realisasi, report_is",
    [
        ("Laporan Tahunan", "Realisasi Tahun 2025", "Tahun 2025"),
        (4, "Realisasi s.d. TW IV", "Triwulan IV Tahun 2025"),
    ],
)
def test_last_years_figure_left_in_names_the_year(
    tmp_path: Path, triwulan: object, realisasi: str, report_is: str
) -> None:
    # S2's quarters 25 + 4 + 6 + 5 = 40 (Kumulatif), its "Realisasi Tahun Lalu" (R13) typed 40%: last
    # year's figures not cleared? The year's report is not "Triwulan IV".
    report = _report(tmp_path, triwulan, {**S2_QUARTERS, ("Kinerja", "R13"): "40%"})
    assert _at(report, "Kinerja", "N13") == [
        f'{realisasi} {S2} sama dengan kolom "Realisasi Tahun Lalu" (40%): angka tahun 2024 belum '
        f"dikosongkan? Laporan ini {report_is}; bila benar angka 2024, kosongkan Realisasi TW I-IV dan isi "
        "realisasi tahun 2025"
    ]
    # Beside "Realisasi 2024" (Q13) the quarters are named as the columns they are.
    (said,) = _at(_report(tmp_path, triwulan, {**S2_QUARTERS, ("Kinerja", "Q13"): "40%"}), "Kinerja", "N13")
    assert said.startswith(f'Realisasi TW I-IV {S2} sama dengan kolom "Realisasi 2024" (40%)')
    assert f"Laporan ini {report_is};" in said
