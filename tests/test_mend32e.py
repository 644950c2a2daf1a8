"""Review E of mend32b / mend32c (mend32e).

1. "Rencana sama" exempted any two names of as many words differing in their last one or two words as
   "units named by their place", so a revision "Dinas Kependudukan dan Catatan Sipil" of "Dinas
   Kependudukan dan Pencatatan Sipil" (one plan) went unwarned and its pagu was counted twice. Only
   per-place units (Kecamatan, Kelurahan, Desa, UPT, Puskesmas, SD/SMP/SMA ...) are places now.
2. A SIPD export whose only sheet is "Anggaran Kas" was told 'Sheet "Anggaran" tidak ditemukan
   (maksud Anda "Anggaran Kas"?)' instead of being called no LKjIP workbook.
3. The Rekap sheet's row did not add up: capaian 90,995 - penyerapan 99,995 shown as (8,995).
"""

from __future__ import annotations

from fractions import Fraction

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from tests.test_mend32b import _same_plan
from tests.test_mend32b import (
    test_a_revision_whose_name_starts_with_the_other_is_warned_about as warned_about,
)

# --- 1. Rencana sama: the place exemption only for per-place units --------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Dinas Kependudukan dan Pencatatan Sipil", "Dinas Kependudukan dan Catatan Sipil"),
        ("Dinas Koperasi dan UKM", "Dinas Koperasi Usaha Mikro"),
        ("Badan Pendapatan Daerah", "Badan Pendapatan Kabupaten"),
    ],
)
def test_a_revision_of_a_dinas_or_badan_is_warned_about(tmp_path, first, second):
    # One plan (pagu 850.000.000 each) under two names: the Jumlah counts 1.700.000.000, so say it
    # (the warning naming both files, as mend32b's test of "Inspektorat" / "Inspektorat Daerah" asks).
    warned_about(tmp_path, first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("UPT Puskesmas Pasar Minggu", "UPT Puskesmas Cilandak"),  # places of other word counts
        ("UPT Puskesmas Sukodono", "UPT Puskesmas Rawat Inap Tempeh"),
        ("Kelurahan Sukamaju", "Kelurahan Sukamaju Baru"),  # two kelurahan, one the other's start
        ("SD Negeri 1 Tempeh", "SD Negeri 2 Tempeh"),
    ],
)
def test_per_place_units_of_other_word_counts_are_not_warned_about(tmp_path, first, second):
    assert _same_plan(tmp_path, first, second) == []


# --- 2. a SIPD export's "Anggaran Kas" is no renamed Anggaran sheet ---------------------------------


def _workbook(tmp_path, *sheets: str):
    wb = openpyxl.Workbook()
    wb.active.title = sheets[0]
    for name in sheets[1:]:
        wb.create_sheet(name)
    path = tmp_path / "sipd.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize(
    "sheet", ["Anggaran Kas", "Capaian Kinerja", "Laporan Kinerja", "Data Kinerja", "Rekap Anggaran"]
)
def test_a_lone_sheet_near_one_input_sheet_is_no_agency_workbook(tmp_path, sheet):
    path = _workbook(tmp_path, sheet)
    run = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert run.exit_code == 2
    assert (
        f"not an lkj-xl agency workbook: none of its sheets is Pengaturan, Kinerja or Anggaran (it has: {sheet})"
        in run.stderr
    )
    assert "maksud Anda" not in run.stdout + run.stderr


@pytest.mark.parametrize(
    "sheets",
    [
        ("Copy of Kinerja",),  # copy-style renames: the wanted name with Excel's or a user's mark
        ("Kinerja 2", "Lain"),
        ("Salinan Anggaran",),
        ("Kinerja TW2", "Anggaran TW2"),  # two of the three input sheets near-matched
    ],
)
def test_renamed_input_sheets_are_still_named(tmp_path, sheets):
    path = _workbook(tmp_path, *sheets)
    run = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert "not an lkj-xl agency workbook" not in run.stdout + run.stderr
    assert "maksud Anda" in run.stdout + run.stderr


# --- 3. the Rekap sheet's row adds up: capaian shown - penyerapan shown = efisiensi shown -----------


def test_the_rekap_row_adds_up_where_the_capaian_shows_three_decimals(tmp_path):
    import lkj_xl
    from lkj_xl.core.formulas import round_half_up
    from lkj_xl.xlsx.template import new_workbook
    from tests.test_mend32b import rekap_sheet_cells
    from tests.test_rekap_round3 import anggaran, kinerja, settings

    root = tmp_path / "tw2"
    root.mkdir()
    # PermenPANRB scale (the default). Both indicators: realisasi 181,99 of target 200 -> 90,995 %.
    # Pagu 200.000.000, spent 100.000.000 + 99.990.000 = 199.990.000 -> 99,995 %.
    new_workbook(root / "dinas.xlsx", pengaturan=settings("Dinas Uji"),
                 kinerja=kinerja("181,99", "181,99%", t1_target=200, s1_target="200%"),
                 anggaran=anggaran("200.000.000", "100.000.000", "99.990.000"))  # fmt: skip
    capaian = Fraction("181.99") / 200 * 100
    penyerapan = Fraction(199_990_000, 200_000_000) * 100
    assert capaian == Fraction("90.995") and penyerapan == Fraction("99.995")
    # The Rekap sheet holds agencies of both scales: 90,995 is shown with 3 decimals (rounded to 91,00 it
    # reads Sangat Tinggi on Permendagri's 91-100), 99,995 with 3 (never "100,00"). The row then reads
    # 90,995 - 99,995 = (9,000); the agency's own Tabel 3.3 (PermenPANRB: 91,00 - 99,995) said (8,995).
    expected = Fraction("90.995") - Fraction("99.995")
    assert expected == -9 and round_half_up(capaian, 2) - penyerapan == Fraction("-8.995")
    result = lkj_xl.rekap(root, jobs=1)
    assert result.shown()["efisiensi"].iloc[0] == pytest.approx(float(expected), abs=1e-9)
    cap, pen, eff = rekap_sheet_cells(result, tmp_path, "Dinas Uji")
    assert "0.000" in cap.number_format and "0.000" in pen.number_format
    assert eff.value == pytest.approx(-9.0, abs=1e-9)


# --- 4. xlwings Lite: an output-named sheet holding only a chart or a picture is the user's ------------


def _chart(ws):
    # the user's chart on an otherwise empty sheet named Ringkasan: no value, A1 blank
    from openpyxl.chart import BarChart

    ws.delete_rows(1, ws.max_row)
    ws.add_chart(BarChart(), "B2")


def _picture(ws):
    import io

    from openpyxl.drawing.image import Image
    from PIL import Image as Pil

    ws.delete_rows(1, ws.max_row)
    png = io.BytesIO()
    Pil.new("RGB", (4, 4), "red").save(png, format="PNG")
    ws.add_image(Image(png), "B2")


@pytest.mark.parametrize("edit", [_chart, _picture], ids=["chart", "picture"])
def test_xlwings_lite_refuses_an_output_named_sheet_holding_a_chart_or_a_picture(monkeypatch, tmp_path, edit):
    from tests.test_mend32c import press_lite

    actions, alert, _names = press_lite(monkeypatch, tmp_path, edit)
    assert actions == []  # nothing cleared: the chart or picture stays
    assert alert is not None and alert.startswith('Sheet "Ringkasan" tidak dikenali sebagai buatan lkj-xl')
    assert "hapus sheet itu lalu tekan Hitung Ulang lagi" in alert


def test_xlwings_lite_refuses_an_empty_looking_sheet_where_it_cannot_read_its_charts(monkeypatch, tmp_path):
    # An xlwings without Sheet.load (or outside Lite): whether a chart is there is unknown, so A1 decides.
    from tests.test_mend32c import emptied, press_lite

    actions, alert, _names = press_lite(monkeypatch, tmp_path, emptied, loads=False)
    assert actions == [] and alert is not None and "tidak dikenali" in alert


# --- 5. the rekap's csv --excel-id shows capaian and penyerapan as the Rekap sheet does ----------------


def test_the_rekap_excel_id_csv_row_adds_up_as_the_sheet_shows_it(tmp_path):
    from tests.test_mend32b import CAPAIAN, EXACT, PENYERAPAN, rekap_csv_rows

    shown, plain = rekap_csv_rows(tmp_path)
    figures = [Fraction(shown[k].replace(",", ".")) for k in ("capaian", "penyerapan", "efisiensi")]
    # capaian 5/6 x 100 = 83,333... shown 83,33; penyerapan exactly 10,025 shown 10,03 (half up);
    # 83,33 - 10,03 = 73,30: it read "83,33333333333333; 10,025; 73,3", which did not add up
    assert Fraction("83.33") < CAPAIAN < Fraction("83.335") and PENYERAPAN * 1000 == 10025
    assert Fraction("83.33") - Fraction("10.03") == Fraction("73.30")
    assert figures == [Fraction("83.33"), Fraction("10.03"), Fraction("73.3")]
    # the plain csv keeps the exact figures
    assert float(plain["capaian"]) == pytest.approx(float(CAPAIAN))
    assert float(plain["penyerapan"]) == pytest.approx(10.025)
    assert float(plain["efisiensi"]) == pytest.approx(float(EXACT))


# --- 6. run's own pattern expansion reads bash's [^...] as [!...] ---------------------------------


def test_run_expands_a_bracket_negated_with_a_caret_as_bash_does(tmp_path):
    # ExecStart=... run '/data/[^~]*.xlsx': bash matches dinas.xlsx and not Excel's lock file
    # ~$dinas.xlsx; Python's glob reads "^" as a character of the set and matched the lock file alone.
    from lkj_xl.delivery.batch import _expanded

    for name in ("dinas.xlsx", "~$dinas.xlsx"):
        (tmp_path / name).write_bytes(b"")
    said: list[str] = []
    found = _expanded([tmp_path / "[^~]*.xlsx"], lambda level, text: said.append(text))
    assert found == [tmp_path / "dinas.xlsx"]
