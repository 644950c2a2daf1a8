"""Small Kinerja and Anggaran sheets from the seed's programs (Tabel 3.4) that the budget tests share,
and how they read a report's findings and totals."""

from __future__ import annotations

import functools
from collections.abc import Callable
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import PERINGATAN
from lkj_xl.core.parse import parse_workbook
from tests.test_engine import anggaran_row, grid, kinerja_row, pengaturan

# --- The seed's programs, and Sasaran S2 (koperasi) over them -------------------------------------
# The seed's program P3.01 as Tabel 3.4 names it.
UMKM = "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)"
# The seed's program P3.02 as Tabel 3.4 names it.
PENGEMBANGAN = "PROGRAM PENGEMBANGAN UMKM"
# The seed's Sasaran S2 indicator.
KOPERASI_INDIKATOR = "Persentase koperasi yang taat akan peraturan perundang - undangan"


def kinerja_koperasi(tw2: object = 4, program_tw2: object = 40) -> list[list]:
    """T1 > S2 (the seed's Kumulatif 40,71 %: TW I 25, TW II ``tw2``) > programs P3.01, P3.02 (Nilai
    Akhir, TW I 30, TW II ``program_tw2`` of 100)."""
    return [
        kinerja_row("T1", "Tujuan", "", "Koperasi berdaya saing", "I T", 100, (30, 40, None, None), jenis="Nilai Akhir"),
        kinerja_row("S2", "Sasaran", "T1", "Meningkatnya kualitas Koperasi", KOPERASI_INDIKATOR, "40,71", (25, tw2, None, None), jenis="Kumulatif"),
        kinerja_row("P3.01", "Program", "S2", UMKM, "I A", 100, (30, program_tw2, None, None), jenis="Nilai Akhir"),
        kinerja_row("P3.02", "Program", "S2", PENGEMBANGAN, "I B", 100, (30, program_tw2, None, None), jenis="Nilai Akhir"),
    ]  # fmt: skip


def findings_by_cell(report, sheet: str, severity: str = PERINGATAN) -> dict[str, str]:
    """Each cell's ``severity`` findings on ``sheet`` (several joined by ' | '), by cell."""
    out: dict[str, str] = {}
    for f in report.findings:
        if f.sheet == sheet and f.severity == severity:
            out[f.sel] = f"{out[f.sel]} | {f.pesan}" if f.sel in out else f.pesan
    return out


def budget_of(report, kode: str):
    """The report's one budget row of ``kode``."""
    (b,) = [b for b in report.budgets if b.kode == kode]
    return b


# --- Three programs under one Sasaran (the seed's P3.01, P3.02, P4.02) ----------------------------
def kinerja_three_programs(a: str = "2.17.03", b: str = "2.17.04", c: str = "3.30.03") -> list[dict]:
    """Tujuan 1 > Sasaran 1.1 > three programs (Kodes ``a``, ``b``, ``c``), each indicator 40 of 100."""
    return [
        kinerja_row("1", "Tujuan", "", "Tujuan", "I T", 100, (None, 40, None, None)),
        kinerja_row("1.1", "Sasaran", "1", "Sasaran", "I S", 100, (None, 40, None, None)),
        kinerja_row(a, "Program", "1.1", UMKM, "I A", 100, (None, 40, None, None)),
        kinerja_row(b, "Program", "1.1", "PROGRAM PENGEMBANGAN UMKM", "I B", 100, (None, 40, None, None)),
        kinerja_row(c, "Program", "1.1", "PROGRAM SARANA DISTRIBUSI", "I C", 100, (None, 40, None, None)),
    ]


def anggaran_three_programs(a: str = "2.17.03", b: str = "2.17.04", c: str = "3.30.03") -> list[list]:
    """The seed's Tabel 3.4 rows 6, 7 and 9: P3.01 3.578.850.965 spent 157.853.500 s.d. TW II (as
    tests/test_anggaran_rincian.py splits it: TW I 47.853.500, TW II 110.000.000), P3.02 82.706.300
    spent 1.800.000, P4.02 6.532.742.965 spent 1.211.837.250."""
    return [
        anggaran_row(a, UMKM, None, 3_578_850_965, (47_853_500, 110_000_000, None, None)),
        anggaran_row(b, "PROGRAM PENGEMBANGAN UMKM", None, 82_706_300, (None, 1_800_000, None, None)),
        anggaran_row(c, "PROGRAM SARANA DISTRIBUSI", None, 6_532_742_965, (None, 1_211_837_250, None, None)),
    ]


# 3.578.850.965 + 82.706.300 + 6.532.742.965; 157.853.500 + 1.800.000 + 1.211.837.250
THREE_PROGRAMS_PAGU = Fraction(3_578_850_965 + 82_706_300 + 6_532_742_965)  # 10.194.300.230
THREE_PROGRAMS_SPENT = Fraction(157_853_500 + 1_800_000 + 1_211_837_250)  # 1.371.490.750


def assert_only_the_programs_counted(report, kodes=("2.17.03", "2.17.04", "3.30.03")) -> None:
    """Tabel 3.4 and the efisiensi rows count exactly the three programs' pagu and realisasi."""
    assert [b.kode for b in report.budgets] == list(kodes)
    assert (report.total_pagu, report.total_realisasi_anggaran) == (THREE_PROGRAMS_PAGU, THREE_PROGRAMS_SPENT)
    assert report.total_penyerapan_exact == THREE_PROGRAMS_SPENT / THREE_PROGRAMS_PAGU * 100
    tujuan, sasaran = report.efisiensi
    assert (tujuan.pagu, tujuan.realisasi_anggaran) == (THREE_PROGRAMS_PAGU, THREE_PROGRAMS_SPENT)
    assert (sasaran.pagu, sasaran.realisasi_anggaran) == (THREE_PROGRAMS_PAGU, THREE_PROGRAMS_SPENT)


def anggaran_findings(report) -> dict:
    """The report's findings on the Anggaran sheet, by cell."""
    return {f.sel: f for f in report.findings if f.sheet == "Anggaran"}


# --- Sasaran S3 "Kualitas Usaha Mikro" and its two programs, TW II --------------------------------
def kinerja_usaha_mikro(
    a: str = "P3.01", b: str = "P3.02", *, tujuan: str = "T2", sasaran: str = "S3"
) -> list[list]:
    """Tujuan ``tujuan`` > Sasaran ``sasaran`` > programs ``a`` and ``b`` (a Kinerja numbered by its
    Renstra: tujuan="5", sasaran="5.1"); every indicator 40 of 100 (capaian 40 %)."""
    return [
        kinerja_row(tujuan, "Tujuan", "", "Investasi inklusif", "I T", 100, (None, 40, None, None)),
        kinerja_row(sasaran, "Sasaran", tujuan, "Kualitas Usaha Mikro", "I S", 100, (None, 40, None, None)),
        kinerja_row(a, "Program", sasaran, UMKM, "I A", 100, (None, 40, None, None)),
        kinerja_row(b, "Program", sasaran, PENGEMBANGAN, "I B", 100, (None, 40, None, None)),
    ]


# --- A road programme under Anggaran titles merged over two columns -------------------------------
# The road programme P1 of the merged-title Anggaran tests.
JALAN = "Program Penyelenggaraan Jalan"
# P1's pagu.
JALAN_PAGU = 10_000_000_000
# TW I Rp 1.000.000.000 (physical 15 %), TW II Rp 2.000.000.000 (physical 40 %)
JALAN_KEU = (1_000_000_000, 2_000_000_000)
JALAN_FIS = (15, 40)


def kinerja_jalan() -> list[list]:
    """T1 > S1 > P1 (the road programme: km of road, TW I 20 + TW II 30 of 100)."""
    return [
        kinerja_row("T1", "Tujuan", "", "Infrastruktur mantap", "Indeks infrastruktur", 80, (None, 70, None, None), jenis="Nilai Akhir"),
        kinerja_row("S1", "Sasaran", "T1", "Jalan mantap", "Persentase jalan mantap", 80, (None, 70, None, None), jenis="Nilai Akhir"),
        kinerja_row("P1", "Program", "S1", JALAN, "Panjang jalan ditingkatkan", 100, (20, 30, None, None), satuan="km"),
    ]  # fmt: skip


def two_row_titles(first: str, second: str) -> dict:
    """Anggaran with each quarter's title merged over two columns (its text in the first), ``first``
    and ``second`` below each; P1's figures under them as the labels say."""
    top = [*c.ANGGARAN_HEADERS[:5]]
    for h in c.REALISASI_TW_HEADERS:
        top += [h, None]
    figures = []
    for keu, fis in zip((*JALAN_KEU, None, None), (*JALAN_FIS, None, None)):
        figures += [fis, keu] if first in ("Fisik (%)", "K", "Fisik", "Progres Fisik (%)") else [keu, fis]
    return {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *kinerja_jalan()]),
        "Anggaran": grid(
            [top, [None] * 5 + [first, second] * 4, ["P1", JALAN, "S1", JALAN_PAGU, None, *figures]]
        ),
    }


# --- Sasaran S3's budget as the DPA / SIMDA recap gives it ----------------------------------------
# Tabel 3.4's two programs of Sasaran "Kualitas Usaha Mikro", as the seed prints them.
USAHA_MIKRO_PAGU = 3_578_850_965 + 82_706_300  # 3.661.557.265
USAHA_MIKRO_SPENT = 157_853_500 + 1_800_000  # 159.653.500


def run_usaha_mikro(rows: list[list], kinerja: list[list] | None = None):
    """The report of Anggaran ``rows`` under ``kinerja`` (Sasaran S3's two programs by default), TW II."""
    sheets = {
        "Pengaturan": pengaturan(2),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *(kinerja or kinerja_usaha_mikro())]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS), *rows]),
    }
    return compute(parse_workbook(sheets))


def anggaran_said(report, severity: str) -> dict[str, str]:
    """The Anggaran sheet's ``severity`` findings, by cell."""
    return {f.sel: f.pesan for f in report.findings if f.sheet == "Anggaran" and f.severity == severity}


def tw2_row(kode: str, uraian: str, pagu: int, spent: int, sasaran: str | None = None) -> list:
    """A row as the DPA / SIMDA recap gives it: pagu, and the spending of TW II (TW I nothing);
    ``sasaran`` in its Kode Sasaran column (none by default)."""
    return anggaran_row(kode, uraian, sasaran, pagu, (0, spent, None, None))


def usaha_mikro_rows(
    row: Callable[[str, str, int, int], list] = tw2_row, a: str = "P3.01", b: str = "P3.02"
) -> tuple[list, list]:
    """Sasaran S3's two programs as the seed prints them (Tabel 3.4, seed ~949-968), built by ``row``
    (:func:`tw2_row`, or :func:`s3_row` with the Kode Sasaran typed) under Kodes ``a`` and ``b``:
    P3.01 3.578.850.965 spent 157.853.500 and P3.02 82.706.300 spent 1.800.000."""
    return row(a, UMKM, 3_578_850_965, 157_853_500), row(b, PENGEMBANGAN, 82_706_300, 1_800_000)


def belanja_rows(sasaran: str | None = None) -> list[list]:
    """P3.01 and P3.02 each followed by its DPA breakdown per jenis belanja (SIPD account Kode): P3.01's
    5.1 Belanja Operasi 3.078.850.965 (spent 150.000.000), in it 5.1.02 Barang dan Jasa the same, and
    5.2 Belanja Modal 500.000.000 (spent 7.853.500): 3.078.850.965 + 500.000.000 = 3.578.850.965 and
    150.000.000 + 7.853.500 = 157.853.500, the program's own. P3.02's 5.1 / 5.1.02 82.706.300 (spent
    1.800.000): the whole program. ``sasaran`` in the Kode Sasaran column of every row (filled down
    the paste) or none."""
    row = functools.partial(tw2_row, sasaran=sasaran)
    p301, p302 = usaha_mikro_rows(row)
    return [
        p301,
        row("5.1", "BELANJA OPERASI", 3_078_850_965, 150_000_000),
        row("5.1.02", "Belanja Barang dan Jasa", 3_078_850_965, 150_000_000),
        row("5.2", "BELANJA MODAL", 500_000_000, 7_853_500),
        p302,
        row("5.1", "BELANJA OPERASI", 82_706_300, 1_800_000),
        row("5.1.02", "Belanja Barang dan Jasa", 82_706_300, 1_800_000),
    ]


def s3_row(kode: str, uraian: str, pagu: int, spent: int) -> list:
    """An agency's own budget line for Sasaran S3 (Kode Sasaran typed), TW II's spending."""
    return tw2_row(kode, uraian, pagu, spent, "S3")


def assert_s3_totals(report, pagu: int, spent: int) -> None:
    """Tabel 3.4's TOTAL and Sasaran S3's (and Tujuan T2's) budget: ``pagu``, ``spent``; efisiensi =
    capaian 40 - penyerapan (spent / pagu x 100)."""
    penyerapan = Fraction(spent, pagu) * 100
    assert (report.total_pagu, report.total_realisasi_anggaran) == (pagu, spent)
    assert report.total_penyerapan_exact == penyerapan
    assert report.efisiensi
    for row in report.efisiensi:
        assert (row.pagu, row.realisasi_anggaran) == (pagu, spent), row
        assert row.efisiensi == float(40 - penyerapan), row


def cli_ok(*args) -> str:
    """``lkj-xl ARGS`` through click's runner: its output, the exit status asserted 0."""
    from click.testing import CliRunner

    from lkj_xl.cli import main

    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def rows_by_header(ws, header_row: int) -> list[dict]:
    """The non-blank rows of an openpyxl sheet under ``header_row``, each a dict by its header."""
    rows = list(ws.iter_rows(min_row=header_row, values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:] if any(v is not None for v in r)]


def fill_new_workbook(path, nodes: list[tuple[str, str, str | None, str]], anggaran: list[list]) -> None:
    """Fill a workbook made by ``lkj-xl new`` at ``path`` as staff type, TW II 2025: Kinerja's ``nodes``
    (Kode, Tingkat, Kode Induk, Uraian), each with an indicator of 40 % against 100, and Anggaran's
    rows as given (amounts as typed)."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    for row in wb["Pengaturan"].iter_rows(min_row=4):
        row[1].value = {"Tahun": 2025, "Triwulan": 2}.get(row[0].value, row[1].value)
    kinerja = wb["Kinerja"]
    header = [cell.value for cell in kinerja[3]]
    for kode, tingkat, induk, uraian in nodes:
        values = {"Kode": kode, "Tingkat": tingkat, "Kode Induk": induk, "Uraian": uraian}
        values |= {"Indikator": f"Indikator {kode}", "Satuan": "%", "Target": 100, "Realisasi TW II": 40}
        kinerja.append([values.get(h) for h in header])
    for row in anggaran:
        wb["Anggaran"].append(row)
    wb.save(path)
