"""A Sasaran's or Tujuan's own row in Anggaran beside rows of its programs (Tabel 2.4's subtotal, typed
with Tabel 3.3's penyerapan) is not counted, and its figures are compared with the sum of the programs
counted toward it: the seed's Tabel 3.3 prints 5 for Sasaran 3 and 7 for Sasaran 4, where its own
programs give 4,36 and 17,34 (DOMAIN.md).

Seed: ../shared/seeds/000_237f033edcd5cb60.txt ("l.N"). Program figures from Tabel 3.4 (l.953-968):
  S1: 1.116.055.550 + 8.050.000 + 8.706.000 = 1.132.811.550 pagu (Tabel 2.4 l.411-412),
      63.709.175 + 450.000 + 0 = 64.159.175 spent: 5,66 % (Tabel 3.3 l.792 prints 6)
  S2: 12.076.486.014 (support programme, counted toward S2) + 41.000.000 + 54.888.000 + 101.563.000
      + 1.888.172.939 = 14.162.109.953 (l.423); 5.059.823.310 + 8.000.000 + 10.200.000 = 5.078.023.310:
      35,86 % (l.794 prints 36)
  S3: 3.578.850.965 + 82.706.300 = 3.661.557.265 (l.435); 157.853.500 + 1.800.000 = 159.653.500:
      4,36 % (l.795 prints 5)
  S4: 62.200.000 + 6.532.742.965 + 987.614.940 + 435.942.350 + 543.218.610 + 286.850.000
      = 8.848.568.865 (l.440); 525.000 + 1.211.837.250 + 40.380.000 + 54.076.133 + 116.451.772
      + 110.869.000 = 1.534.139.155: 17,34 % (l.796 prints 7)
  T2: S2 + S3 + S4 = 26.672.236.083 (l.419); 6.771.815.965 spent: 25,39 % (l.793 prints 25)
"""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from lkj_xl.build import load_report
from tests.common import EXAMPLE

# Kode, Uraian, Pagu typed, Realisasi TW II typed (None: blank), Persentase (%) typed (Tabel 3.3)
SEED_ROWS = [
    (
        "T1",
        "Terciptanya Ekonomi Wilayah yang Bertumpu pada Sektor Pertanian dan Industri",
        "1.132.811.550",
        None,
        6,
    ),
    ("S1", "Meningkatnya pertumbuhan sektor industri", "1.132.811.550", None, 6),
    ("T2", "Meningkatnya investasi inklusif", "26.672.236.083", None, 25),
    ("S2", "Meningkatnya kualitas Koperasi", "14.162.109.953", None, 36),
    ("S3", "Meningkatnya Kualitas Usaha Mikro", "3.661.557.265", None, 5),
    ("S4", "Meningkatnya Nilai PDRB sektor Perdagangan", "8.848.568.865", None, 7),
]


def _with_rows(folder, rows):
    """The example with ``rows`` appended to Anggaran and a "Persentase (%)" column (J); -> (path,
    {Kode: Excel row})."""
    path = folder / "subtotal.xlsx"
    shutil.copy(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    sheet = wb["Anggaran"]
    header = [cell.value for cell in sheet[3]]
    assert header[:9] == [
        "Kode", "Program", "Kode Sasaran", "Pagu", "Pagu Perubahan",
        "Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV",
    ]  # fmt: skip
    sheet["J3"] = "Persentase (%)"
    where = {}
    r = sheet.max_row + 1
    for kode, uraian, pagu, tw2, persen in rows:
        sheet[f"A{r}"], sheet[f"B{r}"], sheet[f"D{r}"] = kode, uraian, pagu
        if tw2 is not None:
            sheet[f"G{r}"] = tw2
        if persen is not None:
            sheet[f"J{r}"] = persen
        where[kode] = r
        r += 1
    wb.save(path)
    return path, where


def _at(report, ref):
    return [f for f in report.findings if f.sheet == "Anggaran" and f.sel == ref]


@pytest.fixture(scope="module")
def seed_rows(tmp_path_factory):
    path, where = _with_rows(tmp_path_factory.mktemp("sub"), SEED_ROWS)
    return load_report(path), where


def test_tabel_3_3_slips_are_said_at_their_cells(seed_rows):
    report, where = seed_rows
    (s3,) = _at(report, f"J{where['S3']}")
    assert s3.severity == "peringatan"
    # 159.653.500 / 3.661.557.265 = 4,3603 %
    assert "ditulis 5%" in s3.pesan and "4,36%" in s3.pesan and "Rp 3.661.557.265" in s3.pesan
    (s4,) = _at(report, f"J{where['S4']}")
    # 1.534.139.155 / 8.848.568.865 = 17,3376 %
    assert "ditulis 7%" in s4.pesan and "17,34%" in s4.pesan and "Rp 1.534.139.155" in s4.pesan


def test_right_subtotals_stay_quiet(seed_rows):
    report, where = seed_rows
    for kode in ("T1", "S1", "T2", "S2"):  # 5,66 -> 6; 25,39 -> 25; 35,86 -> 36; pagu as summed
        for col in "DGJ":
            assert not _at(report, f"{col}{where[kode]}"), kode


def test_the_report_keeps_the_programs_sums(seed_rows):
    report, _where = seed_rows
    rows = {e.kode: e for e in report.efisiensi}
    assert rows["S3"].penyerapan == pytest.approx(159_653_500 / 3_661_557_265 * 100)
    assert rows["S4"].penyerapan == pytest.approx(1_534_139_155 / 8_848_568_865 * 100)
    assert report.total_pagu == 27_805_047_633  # the subtotal rows are not counted (Tabel 3.4, l.969)


def test_a_subtotal_leaving_out_the_support_programme(tmp_path):
    # S2 typed as its four cooperative programs alone: 41.000.000 + 54.888.000 + 101.563.000
    # + 1.888.172.939 = 2.085.623.939, while the support programme (12.076.486.014) counts toward S2
    # too (DOMAIN.md): 14.162.109.953; their spending 8.000.000 + 10.200.000 = 18.200.000 against
    # 5.078.023.310; 18.200.000 / 2.085.623.939 = 0,87 % against 35,86 %
    path, where = _with_rows(
        tmp_path, [("S2", "Meningkatnya kualitas Koperasi", 2_085_623_939, 18_200_000, 0.87)]
    )
    report = load_report(path)
    r = where["S2"]
    (pagu,) = _at(report, f"D{r}")
    assert "Rp 2.085.623.939" in pagu.pesan and "Rp 14.162.109.953" in pagu.pesan and '"S2"' in pagu.pesan
    (spent,) = _at(report, f"G{r}")
    assert "Rp 18.200.000" in spent.pesan and "Rp 5.078.023.310" in spent.pesan
    (share,) = _at(report, f"J{r}")
    assert "ditulis 0,87%" in share.pesan and "35,86%" in share.pesan
    # the report keeps the programs' figures
    s2 = next(e for e in report.efisiensi if e.kode == "S2")
    assert s2.pagu == 14_162_109_953 and s2.realisasi_anggaran == 5_078_023_310


@pytest.mark.parametrize("uraian", ["Meningkatnya Kualitas Usaha Mikro", None])
def test_a_subtotal_typed_with_its_spending_is_said_once(tmp_path, uraian):
    # S3 copied whole from Tabel 3.3 (l.795): its programs' pagu 3.661.557.265 and spending 159.653.500
    # (l.435; Tabel 3.4 l.961-962) typed on its row, with the printed 5 %: 159.653.500 / 3.661.557.265
    # = 4,3603 %, one slip, so one peringatan at its cell (the row's own figures give the same 4,36 %;
    # the row was compared as a program's too, a second peringatan at the same cell)
    path, where = _with_rows(tmp_path, [("S3", uraian, "3.661.557.265", "159.653.500", 5)])
    report = load_report(path)
    (said,) = _at(report, f"J{where['S3']}")
    assert "ditulis 5%" in said.pesan and "4,36%" in said.pesan and '"S3"' in said.pesan
    assert not _at(report, f"D{where['S3']}") and not _at(report, f"G{where['S3']}")


def test_a_sasarans_own_budget_row_keeps_its_penyerapan_check(tmp_path):
    # a Sasaran's row with no program rows under it is counted as its budget (README): its penyerapan
    # typed is still compared with its own figures. S1's three programs' rows removed, S1 typed with
    # their sums (l.411-412): 64.159.175 / 1.132.811.550 = 5,6637 %, typed 7: a peringatan
    path, where = _with_rows(
        tmp_path, [("S1", "Meningkatnya pertumbuhan sektor industri", "1.132.811.550", "64.159.175", 7)]
    )
    wb = openpyxl.load_workbook(path)
    sheet = wb["Anggaran"]
    for row in sorted(
        (r for r in range(4, sheet.max_row + 1) if str(sheet[f"A{r}"].value).startswith("P1.")), reverse=True
    ):
        sheet.delete_rows(row)
    wb.save(path)
    report = load_report(path)
    r = where["S1"] - 3  # three rows above it deleted
    said = [f for f in report.findings if f.sheet == "Anggaran" and f.sel == f"J{r}"]
    assert len(said) == 1 and "ditulis 7%" in said[0].pesan and "5,66%" in said[0].pesan, [
        f.pesan for f in said
    ]


def _spent_in_tw1(sheet):
    """P3.01's 157.853.500 (Tabel 3.4 l.961) spent 100.000 in TW I and 157.753.500 in TW II."""
    for row in sheet.iter_rows(min_row=4):
        if row[0].value == "P3.01":
            row[5].value, row[6].value = 100_000, 157_753_500


@pytest.mark.parametrize(
    ("tw1", "said"),
    [
        ("belum", False),  # a status: TW I unknown, so is the row's realisasi s.d. TW II
        ("Menunggu data BPS", False),
        ("1.2.3", False),  # unreadable
        ("-", True),  # nothing spent: 0 + 159.553.500 is Rp 100.000 short of 159.653.500, a slip
    ],
)
def test_a_subtotals_unknown_quarter_is_no_sum(tmp_path, tw1, said):
    # S3's programs spent 100.000 (TW I) + 157.753.500 + 1.800.000 (TW II) = 159.653.500 s.d. TW II; its
    # row typed TW I as `tw1` and TW II's own 157.753.500 + 1.800.000 = 159.553.500. Unless TW I is
    # nothing spent, the row's realisasi s.d. TW II is unknown: no "kurang Rp 100.000" from half a sum
    path, where = _with_rows(
        tmp_path, [("S3", "Meningkatnya Kualitas Usaha Mikro", "3.661.557.265", "159.553.500", None)]
    )
    wb = openpyxl.load_workbook(path)
    sheet = wb["Anggaran"]
    _spent_in_tw1(sheet)
    sheet[f"F{where['S3']}"] = tw1
    wb.save(path)
    report = load_report(path)
    found = _at(report, f"G{where['S3']}")
    assert bool(found) == said, [f.pesan for f in found]
    if said:
        assert "Rp 159.553.500" in found[0].pesan and "Rp 159.653.500" in found[0].pesan


def test_a_grand_totals_unknown_quarter_is_no_sum(tmp_path):
    # the same for the grand total under every program (Tabel 3.4 l.969: 6.835.975.140 s.d. TW II) typed
    # TW I "belum" and TW II's own 6.835.975.140 - 100.000 = 6.835.875.140: unknown, not Rp 100.000 short
    path, where = _with_rows(tmp_path, [("", "JUMLAH", "27.805.047.633", "6.835.875.140", None)])
    wb = openpyxl.load_workbook(path)
    sheet = wb["Anggaran"]
    _spent_in_tw1(sheet)
    sheet[f"F{where['']}"] = "belum"
    wb.save(path)
    report = load_report(path)
    assert not _at(report, f"G{where['']}") and not _at(report, f"D{where['']}")


def test_a_dpa_line_sharing_a_sasarans_kode_is_no_subtotal():
    # A Kinerja numbered by its Renstra (Sasaran 5.1, programs 5.1.1 and 5.1.2) and 5.1.1's DPA pasted
    # above it: "5.1 BELANJA OPERASI" is a rincian of 5.1.1 (tests/test_anggaran_lone_belanja_line), not
    # Sasaran 5.1's subtotal: its pagu and penyerapan are not compared with the Sasaran's programs
    # (3.661.557.265; 159.653.500 / 3.661.557.265 = 4,36 %). Its penyerapan is still its row's own:
    # 150.000.000 / 3.078.850.965 = 4,8719 %, so 5 (half up) is quiet and 9 a peringatan.
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import parse_workbook
    from tests.helpers_anggaran import PENGEMBANGAN, UMKM, kinerja_usaha_mikro, tw2_row
    from tests.test_engine import grid, workbook

    def said(typed):
        rows = [
            [*tw2_row("5.1", "BELANJA OPERASI", 3_078_850_965, 150_000_000), typed],
            [*tw2_row("5.2", "BELANJA MODAL", 500_000_000, 7_853_500), None],
            [*tw2_row("5.1.1", UMKM, 3_578_850_965, 157_853_500), None],
            [*tw2_row("5.1.2", PENGEMBANGAN, 82_706_300, 1_800_000), None],
        ]
        book = workbook(kinerja_usaha_mikro("5.1.1", "5.1.2", tujuan="5", sasaran="5.1"))
        header = [cell.value for cell in book["Anggaran"][0]]
        book["Anggaran"] = grid([[*header, "Persentase (%)"], *rows])
        report = compute(parse_workbook(book))
        return {
            f.sel: f.pesan for f in report.findings if f.sheet == "Anggaran" and f.sel in ("D2", "G2", "J2")
        }

    assert said(5) == {}
    found = said(9)
    assert list(found) == ["J2"] and "ditulis 9%" in found["J2"] and "4,87%" in found["J2"]


@pytest.mark.parametrize(
    ("pagu", "spent", "said"),
    [
        # S3's programs: 3.661.557.265 = 3.661,557265 juta -> 3.661,56; 159.653.500 = 159,6535 juta -> 159,65
        ("3.661,56 juta", "159,65 jt", ""),
        ("Rp 3,66 M", "0,16 M", ""),  # 3,661557265 milyar -> 3,66; 0,1596535 -> 0,16
        ("3.662 juta", "160 juta", ""),  # to whole juta: 3.661,56 -> 3.662; 159,65 -> 160
        ("3.661,55 juta", "159,65 jt", ""),  # cut: 3.661,557265 -> 3.661,55 (README's "157.853 ribu")
        ("3.661,54 juta", "159,65 jt", "D"),  # neither 3.661,56 nor 3.661,55
        ("Rp 3,67 M", "0,17 M", "DG"),  # 3,66 (or cut 3,66) and 0,16 (cut 0,15): a slip each
        ("3.661.560.000", "159.650.000", "DG"),  # typed in full rupiah: exact, Rp 2.735 more, Rp 3.500 less
    ],
)
def test_a_subtotal_typed_in_juta_or_milyar_agrees_rounded(tmp_path, pagu, spent, said):
    # a Sasaran's anggaran copied from a table printed in juta or milyar, rounded as staff round: no
    # "lebih Rp 2.735" at a figure that is the programs' sum as printed
    path, where = _with_rows(tmp_path, [("S3", "Meningkatnya Kualitas Usaha Mikro", pagu, spent, None)])
    report = load_report(path)
    r = where["S3"]
    assert "".join(col for col in "DG" if _at(report, f"{col}{r}")) == said


def test_a_grand_total_typed_in_milyar_agrees_rounded(tmp_path):
    # Tabel 3.4's TOTAL (l.969) 27.805.047.633 and 6.835.975.140: 27,805 milyar -> 27,81; 6,836 -> 6,84
    path, where = _with_rows(tmp_path, [("", "JUMLAH", "27,81 M", "6,84 M", None)])
    report = load_report(path)
    assert not _at(report, f"D{where['']}") and not _at(report, f"G{where['']}")


@pytest.mark.parametrize(("pagu", "said"), [("3661557265", ""), ("3661557000", "D")])
def test_a_subtotal_typed_as_formulas(tmp_path, pagu, said):
    # S3's row as =SUM over its programs' rows (P3.01 row 9, P3.02 row 10) with Excel's saved results:
    # 3.578.850.965 + 82.706.300 = 3.661.557.265 and 157.853.500 + 1.800.000 = 159.653.500, penyerapan
    # =ROUND(G/D*100;2) saved 4.36 (159.653.500 / 3.661.557.265 = 4,3603). Saved 3.661.557.000: Rp 265 short
    from tests.common import rewrite_cells

    path, where = _with_rows(tmp_path, [("S3", "Meningkatnya Kualitas Usaha Mikro", 1, 1, 1)])
    r = where["S3"]
    rewrite_cells(
        path,
        {
            "xl/worksheets/sheet4.xml": [
                (f"D{r}", "", f"<f>SUM(D9:D10)</f><v>{pagu}</v></c>"),
                (f"G{r}", "", "<f>SUM(G9:G10)</f><v>159653500</v></c>"),
                (f"J{r}", "", f"<f>ROUND(G{r}/D{r}*100,2)</f><v>4.36</v></c>"),
            ]
        },
    )
    report = load_report(path)
    assert "".join(col for col in "DGJ" if _at(report, f"{col}{r}")) == said
