"""A superscript digit ("²", a footnote mark pasted with a name) is no figure the tool reads: str.isdigit()
says True for it but int() refuses it. Found by tests/test_speed62.py's property at a random draw
(names=['²']): the rekap stopped with "internal error (ValueError: invalid literal for int() with base
10: '²')" where a workbook's Pemerintah Daerah was "Kabupaten Jember ²"."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from lkj_xl.cli import main
from lkj_xl.core import contract as c
from lkj_xl.core import rekap_ganda, rekap_revisi
from lkj_xl.core.nama_periode import month_at
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import anggaran, kinerja


def test_a_pemda_typed_with_a_footnote_mark_is_rekapped_and_named_as_typed(tmp_path: Path) -> None:
    for k, pemda in enumerate(("Kabupaten Jember ²", "Kabupaten Jember")):
        path = tmp_path / "in" / f"opd{k}" / "LKjIP.xlsx"
        path.parent.mkdir(parents=True)
        new_workbook(
            path,
            pengaturan={c.P_PEMDA: pemda, c.P_OPD: f"Dinas {k}", c.P_TAHUN: 2025, c.P_TRIWULAN: 2},
            kinerja=kinerja("85", "9%"),
            anggaran=anggaran("1.000.000.000", "100 jt", "150 jt"),
        )
    out = tmp_path / "rekap.xlsx"
    result = CliRunner().invoke(main, ["rekap", str(tmp_path / "in"), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "internal error" not in result.output
    # the mark is a word of the name as typed: a second Pemda, said so, for staff to correct
    assert "Kabupaten Jember ²: Dinas 0" in result.output
    assert out.exists()


def test_a_superscript_digit_is_no_day_number_or_year() -> None:
    # "²" after "Revisi" ends no mark's run (no day, no small number): the name keeps its words
    assert rekap_revisi.without_revision_words(["dinas", "koperasi", "revisi", "²"]) == [
        "dinas",
        "koperasi",
        "revisi",
        "²",
    ]
    # (the digit 2 does: "Revisi 2" is the mark and its number)
    assert rekap_revisi.without_revision_words(["dinas", "koperasi", "revisi", "2"]) == ["dinas", "koperasi"]
    assert rekap_ganda.pemda_words("Kabupaten Jember ²") == ["kabupaten", "jember", "²"]
    # "Agus" after a day is the month (8); after "²" it is no date: a given name, no month
    assert month_at(["2", "agus"], 1, day=True) == 8
    assert month_at(["²", "agus"], 1, day=True) is None
