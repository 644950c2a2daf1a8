"""Budgets typed per Kegiatan / Sub Kegiatan in Anggaran (staff copy their DPA): a row whose Kode is a
Kinerja node below its Program is a detail (rincian) of that program. With the program's own row it
is a check, never counted twice; without it the program's budget is the sum of its details.

Figures are the seed's Sasaran S3 (Tabel 3.4): P3.01 pagu 3.578.850.965, realisasi 157.853.500;
P3.02 82.706.300 / 1.800.000. DOMAIN.md works S3's penyerapan by hand:
(157.853.500 + 1.800.000) / (3.578.850.965 + 82.706.300) = 159.653.500 / 3.661.557.265 = 4,36 %.
"""

from __future__ import annotations

import csv
import io
import shutil
from fractions import Fraction

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core.hierarchy import walk
from tests.common import EXAMPLE
from tests.test_engine import anggaran_row, kinerja_row, messages, run

PROGRAM_3_01 = "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)"
# S3's budget: pagu 3.578.850.965 + 82.706.300 = 3.661.557.265; realisasi 157.853.500 + 1.800.000 = 159.653.500
S3_PAGU, S3_REALISASI = 3_661_557_265, 159_653_500
S3_PENYERAPAN = Fraction(S3_REALISASI * 100, S3_PAGU)  # 4,3602... %, shown 4,36


def kinerja():
    # S3's capaian: 5 of a target 10 = 50 % (Nilai Akhir), so S3's efisiensi = 50 - 4,3602... points.
    return [
        kinerja_row(
            "T2", "Tujuan", "", "Investasi", "Nilai investasi", 10, (None, 5, None, None), jenis="Nilai Akhir"
        ),
        kinerja_row(
            "S3",
            "Sasaran",
            "T2",
            "Usaha mikro",
            "UM naik kelas",
            10,
            (None, 5, None, None),
            jenis="Nilai Akhir",
        ),
        kinerja_row("P3.01", "Program", "S3", PROGRAM_3_01, "UMKM diberdayakan", 100, (None, 50, None, None)),
        kinerja_row(
            "K3.01.01",
            "Kegiatan",
            "P3.01",
            "Pemberdayaan usaha mikro",
            "UM difasilitasi",
            471,
            (None, 333, None, None),
        ),
        kinerja_row(
            "K3.01.03", "Kegiatan", "P3.01", "Kemitraan usaha mikro", "UM bermitra", 10, (None, 5, None, None)
        ),
        kinerja_row(
            "SK3.01.01.01", "Sub Kegiatan", "K3.01.01", "Pendataan", "UM didata", 10, (None, 5, None, None)
        ),
        kinerja_row(
            "P3.02",
            "Program",
            "S3",
            "PROGRAM PENGEMBANGAN UMKM",
            "Pengembangan UM",
            100,
            (None, 50, None, None),
        ),
    ]


# The two Kegiatan of P3.01 as a DPA lists them: 2.000.000.000 + 1.578.850.965 = 3.578.850.965 (P3.01's
# pagu); realisasi 40.000.000 + 60.000.000 = 100.000.000 and 7.853.500 + 50.000.000 = 57.853.500, together
# 157.853.500 (P3.01's: TW I 40.000.000 + 7.853.500 = 47.853.500, TW II 60.000.000 + 50.000.000 = 110.000.000).
K1 = anggaran_row(
    "K3.01.01",
    "Kegiatan pemberdayaan usaha mikro",
    "",
    "2.000.000.000",
    ("40.000.000", "60.000.000", None, None),
)
K3 = anggaran_row(
    "K3.01.03", "Kegiatan kemitraan", "", "1.578.850.965", ("7.853.500", "50.000.000", None, None)
)
P1 = anggaran_row("P3.01", PROGRAM_3_01, "", "3.578.850.965", ("47.853.500", "110.000.000", None, None))
P2 = anggaran_row("P3.02", "PROGRAM PENGEMBANGAN UMKM", "", "82.706.300", (None, "1.800.000", None, None))


def s3(report):
    return next(e for e in report.efisiensi if e.kode == "S3")


def assert_s3_as_the_seed(report):
    row = s3(report)
    assert (row.pagu, row.realisasi_anggaran) == (S3_PAGU, S3_REALISASI)
    assert row.penyerapan == float(S3_PENYERAPAN) and round(row.penyerapan, 2) == 4.36
    assert row.efisiensi_exact == 50 - S3_PENYERAPAN
    t2 = next(e for e in report.efisiensi if e.kode == "T2")  # a Tujuan adds its Sasaran: the same
    assert (t2.pagu, t2.realisasi_anggaran, t2.penyerapan) == (S3_PAGU, S3_REALISASI, float(S3_PENYERAPAN))
    # Tabel 3.4 (and export, rekap, Word: all read report.budgets) lists the programs once each.
    assert [(b.kode, b.pagu, b.realisasi) for b in report.budgets] == [
        ("P3.01", 3_578_850_965, 157_853_500),
        ("P3.02", 82_706_300, 1_800_000),
    ]
    assert (report.total_pagu, report.total_realisasi_anggaran) == (S3_PAGU, S3_REALISASI)


def test_details_adding_up_to_their_program_are_not_counted_twice():
    report = run(kinerja(), [P1, K1, K3, P2])
    assert_s3_as_the_seed(report)
    assert not [m for m in messages(report) if m.startswith("Anggaran!")], messages(report)
    assert [b.kode_sasaran for b in report.budgets] == ["S3", "S3"]
    # The Kegiatan node keeps its own figures (3.2.3 names them): 100.000.000 of 2.000.000.000 = 5 %.
    (k1,) = [n for n in walk(report.roots) if n.kode == "K3.01.01"]
    assert (k1.pagu, k1.realisasi_anggaran, k1.penyerapan) == (2_000_000_000, 100_000_000, 5)


def test_details_not_adding_up_are_a_peringatan_at_the_program_naming_both_figures():
    # The brief's row: only K3.01.01 typed under P3.01, pagu 2.000.000.000, TW II 100.000.000 (row 3).
    k1 = anggaran_row(
        "K3.01.01", "Kegiatan pemberdayaan usaha mikro", "", 2000000000, (None, 100000000, None, None)
    )
    report = run(kinerja(), [P1, k1, P2])
    assert_s3_as_the_seed(report)  # the program's own row is counted, the detail is not
    found = {f.sel: f for f in report.findings if f.sheet == "Anggaran"}
    assert set(found) == {"D2", "G2"}, messages(report)  # P3.01's Pagu and Realisasi TW II (row 2)
    assert found["D2"].severity == found["G2"].severity == "peringatan"
    # Pagu 3.578.850.965 against 2.000.000.000: a difference of 1.578.850.965.
    assert "3.578.850.965" in found["D2"].pesan and "2.000.000.000" in found["D2"].pesan
    assert "1.578.850.965" in found["D2"].pesan and "K3.01.01" in found["D2"].pesan
    # each figure in rupiah as the report writes them (kalimat.rupiah), the detail with its row
    said = "(Rp 3.578.850.965) tidak sama dengan jumlah rinciannya di bawahnya (Rp 2.000.000.000: K3.01.01"
    assert said in found["D2"].pesan and "lebih Rp 1.578.850.965." in found["D2"].pesan, found["D2"].pesan
    # Realisasi s.d. TW II 47.853.500 + 110.000.000 = 157.853.500 against 100.000.000.
    assert "157.853.500" in found["G2"].pesan and "100.000.000" in found["G2"].pesan


def test_without_the_program_row_its_budget_is_the_sum_of_its_details():
    report = run(kinerja(), [K1, K3, P2])
    assert_s3_as_the_seed(report)
    p301 = report.budgets[0]
    assert p301.program == PROGRAM_3_01  # named as in Kinerja
    assert p301.penyerapan == float(Fraction(157_853_500 * 100, 3_578_850_965))
    # No "Program ... tidak ada baris anggarannya": its budget is typed per Kegiatan.
    assert not any("tidak ada baris anggarannya" in m for m in messages(report)), messages(report)


def test_only_sub_kegiatan_typed_gives_the_program_and_the_sasaran():
    # An agency that types Sub Kegiatan only: SK3.01.01.01 under K3.01.01 under P3.01 carries it all.
    sub = anggaran_row(
        "SK3.01.01.01", "Pendataan", "", "3.578.850.965", ("57.853.500", "100.000.000", None, None)
    )
    report = run(kinerja(), [sub, P2])
    assert_s3_as_the_seed(report)


def test_sub_kegiatan_under_a_typed_kegiatan_check_that_kegiatan_only():
    # No P3.01 row: P3.01 = K3.01.01 + K3.01.03 (its nearest details). SK3.01.01.01 (row 4) is a detail
    # of K3.01.01 (row 2) and typed 1.000.000.000 against its 2.000.000.000: a peringatan at K3.01.01's
    # Pagu (D2), and 20.000.000 + 30.000.000 = 50.000.000 against its 100.000.000 at its Realisasi TW II
    # (G2); still not counted (P3.01 stays 3.578.850.965).
    sub = anggaran_row(
        "SK3.01.01.01", "Pendataan", "", "1.000.000.000", ("20.000.000", "30.000.000", None, None)
    )
    report = run(kinerja(), [K1, K3, sub, P2])
    assert_s3_as_the_seed(report)
    found = [f for f in report.findings if f.sheet == "Anggaran"]
    assert [(f.severity, f.sel) for f in found] == [("peringatan", "D2"), ("peringatan", "G2")], messages(
        report
    )
    assert "2.000.000.000" in found[0].pesan and "1.000.000.000" in found[0].pesan


def test_detail_kode_sasaran_disagreeing_with_its_program():
    # With P3.01's own row the detail is not counted: its S2 changes no figure, a peringatan says so.
    k1 = anggaran_row("K3.01.01", "Kegiatan", "S2", "2.000.000.000", ("40.000.000", "60.000.000", None, None))
    rows = [
        *kinerja(),
        kinerja_row("S2", "Sasaran", "T2", "Koperasi", "Koperasi sehat", 10, (None, 5, None, None)),
    ]
    report = run(rows, [P1, k1, K3, P2])
    assert_s3_as_the_seed(report)
    (found,) = [f for f in report.findings if f.sheet == "Anggaran"]
    assert (found.severity, found.sel) == ("peringatan", "C3") and "S3" in found.pesan, found
    # Without P3.01's row the details are counted: K3.01.01 says S2, K3.01.03 (blank) its program's S3.
    # Which Sasaran the program's budget is meant for is unknown: a galat, no Sasaran/Tujuan budget.
    report = run(rows, [k1, K3, P2])
    (found,) = [f for f in report.findings if f.sheet == "Anggaran"]
    assert (found.severity, found.sel) == ("galat", "C2"), messages(report)
    assert s3(report).pagu is None and s3(report).penyerapan is None
    assert report.total_pagu == S3_PAGU  # Tabel 3.4's total does not depend on it


def test_details_with_one_kode_sasaran_map_their_program_as_a_program_row_would():
    # Both details name S2 (as a program row's Kode Sasaran may): P3.01's budget counts toward S2.
    k1 = anggaran_row("K3.01.01", "Kegiatan", "S2", "2.000.000.000", ("40.000.000", "60.000.000", None, None))
    k3 = anggaran_row("K3.01.03", "Kegiatan", "S2", "1.578.850.965", ("7.853.500", "50.000.000", None, None))
    rows = [
        *kinerja(),
        kinerja_row("S2", "Sasaran", "T2", "Koperasi", "Koperasi sehat", 10, (None, 5, None, None)),
    ]
    report = run(rows, [k1, k3, P2])
    s2 = next(e for e in report.efisiensi if e.kode == "S2")
    assert (s2.pagu, s3(report).pagu) == (3_578_850_965, 82_706_300)
    assert [b.kode_sasaran for b in report.budgets] == ["S2", "S3"]


def test_an_unreadable_detail_leaves_its_program_unknown():
    # No P3.01 row; K3.01.03's Pagu "1,578,850,965" is ambiguous (a galat): P3.01's pagu, S3's and the
    # total are not given without it.
    k3 = anggaran_row("K3.01.03", "Kegiatan", "", "#REF!", ("7.853.500", "50.000.000", None, None))
    report = run(kinerja(), [K1, k3, P2])
    p301 = report.budgets[0]
    assert p301.kode == "P3.01" and p301.pagu is None and p301.galat == ["Anggaran!D3"]
    assert s3(report).pagu is None and s3(report).penyerapan is None and report.total_pagu is None


def test_a_code_not_in_kinerja_keeps_its_peringatan_and_is_listed():
    # A program's row not in Kinerja (its Kode and Uraian no Kegiatan's: "K3.01.02 Kegiatan lain" right
    # below P3.01 would be its detail, tests/test_staff_round21_anggaran.py), 1.578.850.965 / 57.853.500.
    other = anggaran_row("P3.09", "Program lain", "", 1578850965, (None, 57853500, None, None))
    report = run(kinerja(), [P1, other, P2])
    assert [b.kode for b in report.budgets] == ["P3.01", "P3.09", "P3.02"]
    assert any(m.startswith("Anggaran!C3 ") and "tidak ada di sheet Kinerja" in m for m in messages(report))
    assert (s3(report).pagu, s3(report).realisasi_anggaran) == (S3_PAGU, S3_REALISASI)


def test_findings_on_a_detail_row_name_it_as_kegiatan_or_sub_kegiatan_with_its_kode():
    # Findings about a detail's own cells named it a "program": staff looked for a program of that
    # name. They name what the row is (as Kinerja's Tingkat says) and its Kode, at the row's cell.
    # Row 3: K3.01.01's Pagu typed negative. Row 4: K3.01.03 spent 7.853.500 + 2.000.000.000, more
    # than its pagu 1.578.850.965. Row 5: SK3.01.01.01 has a TW III figure in a TW II report.
    k1 = anggaran_row("K3.01.01", "Kegiatan pemberdayaan usaha mikro", "", "-2.000.000.000",
                      ("40.000.000", "60.000.000", None, None))  # fmt: skip
    k3 = anggaran_row(
        "K3.01.03", "Kegiatan kemitraan", "", "1.578.850.965", ("7.853.500", "2.000.000.000", None, None)
    )
    sub = anggaran_row("SK3.01.01.01", "Pendataan", "", "1.000.000", ("100.000", None, "5.000.000", None))
    report = run(kinerja(), [P1, k1, k3, sub, P2])
    found = {
        (f.sel, f.severity, f.pesan) for f in report.findings if f.sheet == "Anggaran" and f.sel[1:] != "2"
    }
    assert found == {
        # "di bawah nol", was "negatif" (revmend38: the Polaritas's word; tests/test_di_bawah_nol.py)
        ("D3", "galat", 'Pagu kegiatan K3.01.01 "Kegiatan pemberdayaan usaha mikro" di bawah nol'),
        # 7.853.500 + 2.000.000.000 = 2.007.853.500 s.d. TW II, above the Pagu 1.578.850.965
        ("G4", "peringatan", 'Realisasi anggaran kegiatan K3.01.03 "Kegiatan kemitraan" s.d. TW II (Rp '
         "2.007.853.500) melebihi pagu (Rp 1.578.850.965): periksa realisasi triwulan yang ditulis s.d. "
         "triwulan itu (kumulatif; realisasi per triwulan dijumlahkan, tulis belanja triwulan itu saja), atau "
         "Pagu Perubahan yang belum diisi"),
        # K3.01.01's realisasi s.d. TW II 40 jt + 60 jt = 100.000.000 against its Sub Kegiatan's 100.000 (TW I;
        # TW II blank, TW III after the report): 99.900.000 more. Its galat is at its pagu alone, so its
        # realisasi (counted) is compared (rev_anggaran63: was quiet while any galat stood on the row)
        ("G3", "peringatan", "Realisasi anggaran s.d. TW II kegiatan K3.01.01 (Rp 100.000.000) tidak sama dengan "
         "jumlah rinciannya di bawahnya (Rp 100.000: SK3.01.01.01 baris 5), lebih Rp 99.900.000. Yang dihitung "
         "angka kegiatan K3.01.01; rincian (kegiatan/sub kegiatan) tidak dihitung dua kali"),
        ("H5", "peringatan", 'Realisasi anggaran TW III sub kegiatan SK3.01.01.01 "Pendataan" diisi, padahal '
         "laporan s.d. Triwulan II; nilai ini tidak dihitung"),
        # (its TW II, the reported quarter, left blank while the other rows have it: staff_round12; the
        # advice said '"-" bila belum ada data', but a "-" there is read as Rp 0 spent: now said so,
        # tests/test_anggaran_dash_belanja.py)
        ("G5", "peringatan", 'Realisasi anggaran TW II sub kegiatan SK3.01.01.01 "Pendataan" (triwulan yang '
         'dilaporkan) kosong: realisasi s.d. TW II dihitung dari TW I saja; isi belanja triwulan itu (0 atau '
         '"-" bila memang tidak ada belanja)'),
    }, messages(report)  # fmt: skip


def test_a_detail_kode_sasaran_finding_names_the_kegiatan():
    # Row 3: K3.01.01 names S2, its program P3.01 (row 2, counted) S3.
    k1 = anggaran_row("K3.01.01", "Kegiatan", "S2", "2.000.000.000", ("40.000.000", "60.000.000", None, None))
    rows = [
        *kinerja(),
        kinerja_row("S2", "Sasaran", "T2", "Koperasi", "Koperasi sehat", 10, (None, 5, None, None)),
    ]
    (found,) = [f for f in run(rows, [P1, k1, K3, P2]).findings if f.sheet == "Anggaran"]
    assert found.sel == "C3" and found.pesan.startswith('Kode Sasaran "S2" kegiatan K3.01.01 "Kegiatan" '), (
        found
    )
    # Without P3.01's row, K3.01.01 (S2) and K3.01.03 (blank: S3) disagree: a galat at K3.01.01's cell.
    (found,) = [f for f in run(rows, [k1, K3, P2]).findings if f.sheet == "Anggaran"]
    assert found.sel == "C2" and found.pesan.startswith('Kode Sasaran "S2" kegiatan K3.01.01 tidak sama'), (
        found
    )


# --- the example workbook, as the brief found it ------------------------------------------------------


def _example_with(tmp_path, rows, drop_p301=False):
    path = tmp_path / "contoh.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Anggaran"]
    if drop_p301:
        (row,) = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "P3.01"]
        ws.delete_rows(row)
    for values in rows:
        ws.append(values)
    wb.save(path)
    return path


def _csv(path, table):
    run = CliRunner().invoke(main, ["export", str(path), "--format", "csv", "--table", table])
    assert run.exit_code == 0, run.output
    return list(csv.DictReader(io.StringIO(run.stdout.lstrip("\ufeff")), delimiter=","))


def test_example_with_the_briefs_kegiatan_rows(tmp_path):
    # The brief's rows: K3.01.01 (a Kegiatan of P3.01 in Kinerja) 2.000.000.000 / TW II 100.000.000 and
    # K3.01.02 (not in Kinerja) 1.578.850.965 / 57.853.500. K3.01.01 is a detail of P3.01, which has its
    # own row: not counted, S3 stays 3.661.557.265 / 159.653.500 (4,36 %); it does not add up to P3.01:
    # a peringatan at P3.01's Pagu. K3.01.02 stays a row of its own with today's peringatan.
    rows = [
        ["K3.01.01", "Kegiatan pemberdayaan usaha mikro", None, 2000000000, None, None, 100000000],
        ["K3.01.02", "Kegiatan lain", None, 1578850965, None, None, 57853500],
    ]
    path = _example_with(tmp_path, rows)
    anggaran = {r["kode"]: r for r in _csv(path, "anggaran")}
    assert "K3.01.01" not in anggaran and "K3.01.02" in anggaran
    assert (float(anggaran["P3.01"]["pagu"]), float(anggaran["P3.01"]["realisasi"])) == (
        3578850965,
        157853500,
    )
    efisiensi = {r["kode"]: r for r in _csv(path, "efisiensi")}
    assert (float(efisiensi["S3"]["pagu"]), float(efisiensi["S3"]["realisasi_anggaran"])) == (
        S3_PAGU,
        S3_REALISASI,
    )
    assert round(float(efisiensi["S3"]["penyerapan"]), 2) == 4.36
    check = CliRunner().invoke(main, ["check", str(path)])
    p301 = [line for line in check.output.splitlines() if "Anggaran!D9" in line]  # P3.01 is row 9
    assert p301 and "2.000.000.000" in p301[0] and "3.578.850.965" in p301[0], check.output


def test_example_with_only_the_kegiatan_row_for_p3_01(tmp_path):
    # P3.01's row deleted, its figures typed on its Kegiatan K3.01.01: S3 is still 4,36 %.
    rows = [["K3.01.01", "Kegiatan pemberdayaan usaha mikro", None, 3578850965, None, None, 157853500]]
    path = _example_with(tmp_path, rows, drop_p301=True)
    anggaran = _csv(path, "anggaran")
    assert [r["kode"] for r in anggaran].count("P3.01") == 1 and "K3.01.01" not in {
        r["kode"] for r in anggaran
    }
    efisiensi = {r["kode"]: r for r in _csv(path, "efisiensi")}
    assert (float(efisiensi["S3"]["pagu"]), float(efisiensi["S3"]["realisasi_anggaran"])) == (
        S3_PAGU,
        S3_REALISASI,
    )
    assert round(float(efisiensi["S3"]["penyerapan"]), 2) == 4.36


@pytest.mark.parametrize("drop_p301", [False, True])
def test_example_sheets_word_and_rekap_agree_with_p3_01_per_kegiatan(tmp_path, drop_p301):
    # K3.01.01 typed with P3.01's own figures (3.578.850.965 / TW II 157.853.500): beside P3.01's row it
    # adds up (no peringatan); without it P3.01 is K3.01.01's sum. Either way Tabel 3.4 lists P3.01 once,
    # the TOTAL stays the seed's 27.805.047.633 / 6.835.975.140 (l.969), S3 stays 4,36 %.
    import docx

    from lkj_xl.build import load_report
    from lkj_xl.core.rekap import program_rows

    rows = [["K3.01.01", "Kegiatan pemberdayaan usaha mikro", None, 3578850965, None, None, 157853500]]
    path = _example_with(tmp_path, rows, drop_p301=drop_p301)
    out = tmp_path / "hasil.xlsx"
    run = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert run.exit_code == 0, run.output
    wb = openpyxl.load_workbook(out)
    tabel = list(wb["Realisasi Anggaran"].iter_rows(values_only=True))
    p301 = [r for r in tabel if "P3.01" in r]
    assert len(p301) == 1 and p301[0][3:5] == (3578850965, 157853500)
    assert not any("K3.01.01" in r for r in tabel)
    (total,) = [r for r in tabel if r[0] == "TOTAL"]
    assert total[3:5] == (27805047633, 6835975140)
    (s3_row,) = [
        r for r in wb["Efisiensi"].iter_rows(values_only=True) if "Meningkatnya Kualitas Usaha Mikro" in r
    ]
    assert S3_PAGU in s3_row and S3_REALISASI in s3_row
    pemeriksaan = [r for r in wb["Pemeriksaan"].iter_rows(values_only=True) if "Anggaran" in r]
    assert not any("rincian" in str(r) for r in pemeriksaan)  # it adds up: nothing to say
    # rekap's Semua Program: P3.01 once, with the same figures
    rekap = [r for r in program_rows(load_report(path), "contoh.xlsx") if "P3.01" in r or "K3.01.01" in r]
    assert len(rekap) == 1 and 3578850965 in rekap[0] and 157853500 in rekap[0]
    # The Word report: Tabel 3.4 the same 16 programs and TOTAL, Tabel 2.4 Sasaran 3 = 3.661.557.265.
    word = tmp_path / "LKjIP.docx"
    run = CliRunner().invoke(main, ["laporan", str(path), "-o", str(word)])
    assert run.exit_code == 0, run.output
    document = docx.Document(str(word))
    texts = {t.rows[0].cells[1].text: t for t in document.tables if len(t.rows[0].cells) > 1}
    (anggaran,) = [t for t in document.tables if any(c.text == "TOTAL" for c in t.rows[-1].cells)]
    assert len(anggaran.rows) == 1 + 16 + 1
    assert "27.805.047.633" in [c.text for c in anggaran.rows[-1].cells]
    assert any("3.661.557.265" in c.text for t in texts.values() for r in t.rows for c in r.cells)
