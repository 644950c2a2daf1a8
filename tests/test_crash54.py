"""Internal errors (exit 4) from figures typed beyond any float and from digits int() refuses.

1. Two quarters of 1,5E+308 (each a float, their sum not): `lkj-xl check/export/build` stopped with
   "internal error (OverflowError: integer division result too large for a float)", exit 4. A figure of
   1E+300 or more (core/batas_angka: the room it leaves is 1,797E+308 / 1E+300 = 1,797E+8, above four
   quarters x 100.000 rows x 100) is now a galat at its cell, as a text "terlalu besar" already was.
2. ``str.isdigit()`` is True for "²" (a superscript: no decimal digit), whose int() is a ValueError: a
   server's SIZE or a config's port typed with one stopped with a traceback; isdecimal() now.
"""

from __future__ import annotations

import shutil
import smtplib
import sys
import time
from email.message import EmailMessage
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import number_notes, revisi_teks
from lkj_xl.core.batas_angka import too_many_digits
from lkj_xl.core.finding_order import cell_position
from lkj_xl.core.numbers import NumberParseError, parse_number
from lkj_xl.core.satuan_laju import read_rate
from lkj_xl.delivery import config as delivery_config
from lkj_xl.delivery.smtp_failures import too_large
from lkj_xl.xlsx.template import kinerja_columns
from tests.test_engine import anggaran_row, kinerja_row, run

_EXAMPLE = Path(__file__).parent.parent / "workbooks" / "lkjip-diskopukm-lumajang-tw2-2025.xlsx"
_TOO_LARGE = "terlalu besar: bukan angka laporan"


def _example(tmp_path: Path, edits: dict[tuple[str, str], object], percent: str = "") -> Path:
    path = tmp_path / "lkjip.xlsx"
    shutil.copy(_EXAMPLE, path)
    book = openpyxl.load_workbook(path)
    for (sheet, ref), value in edits.items():
        book[sheet][ref] = value
    if percent:
        book["Kinerja"][percent].number_format = "0%"
    book.save(path)
    return path


@pytest.mark.parametrize(
    "cells",
    [
        # P0.01's realisasi anggaran TW I and TW II (the example's F4/G4)
        (("Anggaran", "F4"), ("Anggaran", "G4")),
        # K1.01.01's realisasi TW I and TW II (Kumulatif: summed)
        (("Kinerja", "K7"), ("Kinerja", "L7")),
    ],
)
def test_two_quarters_of_1_5e308_are_a_galat_at_each_cell_not_an_internal_error(tmp_path, cells):
    path = _example(tmp_path, dict.fromkeys(cells, 1.5e308))
    runner = CliRunner()
    checked = runner.invoke(main, ["check", str(path)])
    assert "internal error" not in checked.output
    assert checked.exit_code == 1, checked.output  # (a galat: 1, not the internal error's 4)
    for sheet, ref in cells:
        # (1,5E+308 as Excel shows it, decimal comma; never its 309 digits)
        assert f"{sheet}!{ref}" in checked.output and f"(1,5E+308) {_TOO_LARGE}" in checked.output
    for args in (["export", "--format", "json"], ["export", "--format", "csv"], ["build"]):
        result = runner.invoke(main, [args[0], str(path), *args[1:]])
        assert result.exit_code == 0, (args, result.output)


def test_a_percent_cell_beyond_the_bound_once_in_percent_units_is_a_galat(tmp_path):
    # 1E299 in a cell formatted 0% is 1E+301 in the engine's percent units (x 100): beyond 1E+300
    path = _example(tmp_path, {("Kinerja", "L8"): 1e299}, percent="L8")
    checked = CliRunner().invoke(main, ["check", str(path)])
    assert checked.exit_code == 1 and "internal error" not in checked.output
    assert "Kinerja!L8" in checked.output and f"(1E+301) {_TOO_LARGE}" in checked.output


def test_figures_just_below_the_bound_are_computed_exactly():
    # 9E299 + 9E299 (Kumulatif) = 1,8E300 < 1,797E308: computed, no galat; capaian 1,8E300 / 100 * 100
    rows = [
        kinerja_row(
            "1.01", "Sasaran", "", "S", "Jumlah koperasi", 100, (9e299, 9e299, None, None), satuan="unit"
        ),
    ]
    report = run(rows, [anggaran_row("2.17.01", "Program A", "1.01", 9e299, (9e299, 9e299, None, None))])
    assert not [f for f in report.findings if "terlalu besar" in f.pesan]
    (ind,) = report.indicators
    assert ind.realisasi == pytest.approx(1.8e300)
    (budget,) = [b for b in report.budgets if b.kode == "2.17.01"]
    assert budget.penyerapan == pytest.approx(200.0)  # 1,8E300 / 9E299 x 100


def test_a_typed_number_of_301_digits_is_too_large_one_of_300_is_read_exactly():
    # "1" and 300 zeros is 1E+300 exactly: the bound (a galat); "5" and 299 zeros, 5E+299: read
    with pytest.raises(NumberParseError, match="terlalu besar"):
        parse_number("1" + "0" * 300)
    assert Fraction(parse_number("5" + "0" * 299).exact) == 5 * 10**299


def test_a_server_size_typed_with_a_superscript_is_no_size():
    # EHLO "SIZE ²": int("²") was a ValueError (a traceback instead of the too-large message)
    class _Server:
        esmtp_features = {"size": "²"}

    msg = EmailMessage()
    msg.set_content("x")
    failure = too_large(_Server(), msg, smtplib.SMTPResponseException(552, b"too big"))  # type: ignore[arg-type]
    assert "message too large for the server" in failure.reason and "accepts at most" not in failure.reason


def test_an_smtp_port_typed_with_a_superscript_is_a_config_error():
    setting = delivery_config._Setting(value="58²", where="--smtp-port")
    with pytest.raises(delivery_config.ConfigError, match="whole number"):
        delivery_config._port(setting, "starttls")


def test_superscript_digits_are_no_cell_row_nor_year():
    assert cell_position("A²") == (0, 0)  # (int("²") was a ValueError)
    assert "Realisasi Tahun ²⁰²⁴" not in kinerja_columns([{"Realisasi Tahun ²⁰²⁴": 1}])


def test_a_10000_digit_target_is_no_revision_and_is_read_at_once():
    # "9" x 10.000 in Target Perubahan: revisi_teks' patterns backtracked over every pair of its digits
    # (38 s of CPU a cell; Target and Target Perubahan so typed took `lkj-xl check` past 60 s)
    started = time.process_time()
    assert revisi_teks.revision_typed("9" * 10_000, "Target Perubahan", "%", False) == ""
    assert time.process_time() - started < 5
    # (a revision typed as staff type it is still read)
    said = revisi_teks.revision_typed("100 menjadi 80", "Target Perubahan", "%", False)
    assert "tulis Target Perubahan saja (80)" in said


@pytest.mark.parametrize(
    ("ref", "typed", "digits"),
    [
        # 5.000 nines before a fraction sign: number_notes.fraction_sign's int() refused 4.300 digits
        # ("internal error (ValueError: Exceeds the limit (4300 digits) ...)", exit 4)
        ("Kinerja!L7", "9" * 5000 + "½", "5.000"),
        # in Arabic-Indic digits, in a rupiah amount with a scale word
        ("Anggaran!G5", "Rp " + "٣" * 5000 + " jt", "5.000"),
        # 401 digits: one more than the reader takes
        ("Kinerja!I7", "1" + "0" * 400, "401"),
    ],
    ids=["kinerja-5000-nines-and-half", "anggaran-5000-arabic-indic-jt", "kinerja-401-digits"],
)
def test_a_figure_of_thousands_of_digits_is_a_galat_at_its_cell(tmp_path, ref, typed, digits):
    sheet, cell = ref.split("!")
    path = _example(tmp_path, {(sheet, cell): typed})
    checked = CliRunner().invoke(main, ["check", str(path)])
    assert "internal error" not in checked.output
    assert checked.exit_code == 1, checked.output
    (line,) = [line for line in checked.output.splitlines() if ref in line]
    assert f"angka {digits} digit terlalu panjang: bukan angka laporan" in line


def test_four_hundred_digits_are_still_read_as_a_number():
    # (the bound of the digit run is above any figure below 1E+300: 400 digits read, then too large)
    assert too_many_digits("9" * 400) is None
    assert (
        too_many_digits("Rp 1.000.000 (" + "1" * 401 + ")")
        == "angka 401 digit terlalu panjang: bukan angka laporan"
    )


def test_the_fraction_sign_after_a_long_run_of_digits_is_found_at_once():
    started = time.process_time()
    assert number_notes.fraction_sign("9" * 10_000) == ""  # (1,3 s of CPU: from each digit of the run)
    assert time.process_time() - started < 0.5
    assert number_notes.fraction_sign("12½").endswith("tulis 12,5")


@pytest.mark.parametrize(
    "satuan",
    [
        "Rp " + "9" * 5000 + ",5 jt",  # (satuan_laju's juta with decimals: int() of the 5.000 nines)
        "per " + "9" * 5000 + " KH",  # (a rate's base after "per")
        "per " + ".".join(["999"] * 1500) + " KH",  # (4.500 digits once the thousands dots are joined)
    ],
    ids=["rp-5000-nines-jt", "per-5000-nines-kh", "per-4500-dotted-kh"],
)
def test_a_satuan_holding_thousands_of_digits_is_read_as_words(tmp_path, satuan):
    # Kinerja!F7 (K1.01.01's Satuan): satuan_laju's int() of the digit run refused more than 4.300
    # digits ("internal error (ValueError: Exceeds the limit (4300 digits) ...)", exit 4). No rate's
    # base has 400 digits: such a Satuan is no rate (Python's own int() limit is left as it is).
    assert sys.get_int_max_str_digits() in (0, 4300)  # (importing lkj_xl changes no global setting)
    assert read_rate(satuan) is None
    path = _example(tmp_path, {("Kinerja", "F7"): satuan})
    checked = CliRunner().invoke(main, ["check", str(path)])
    assert "internal error" not in checked.output
    assert checked.exit_code == 0, checked.output
    # (a rate's Satuan typed as staff type it is still read)
    assert read_rate("per 100.000 KH") == (100_000, "kelahiran hidup")
