"""Review of speed56: a number cell no Excel writes (a subnormal float, 2,2e-311, below the smallest
number Excel stores, 2,2250738585072014e-308) from a hostile or formula-made file, and a target and
realisasi of ordinary floats whose ratio no float holds, each crashed the whole report (OverflowError in
seperseribu's scale word); the cell is a galat naming it, the ratio's scale word read exactly."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_xl.core import nama_negatif as n
from tests.test_engine import anggaran_row, kinerja_row, messages, run


def _report(target, tw1, satuan="ton"):
    return run(
        [
            kinerja_row(
                "1", "Sasaran", "", "S", "Produksi ikan", target, (tw1, None, None, None), satuan=satuan
            )
        ],
        triwulan=1,
    )


@pytest.mark.parametrize("tiny", [2.2e-311, -2.2e-311, 5e-324])
def test_a_subnormal_realisasi_cell_is_a_galat_at_its_cell_not_a_crash(tiny):
    report = _report(1500, tiny)  # (1.500 ton: a target a thousand or more, seperseribu asks)
    galat = messages(report, "galat")
    assert any(m.startswith("Kinerja!K2 ") and "bukan angka yang sah" in m for m in galat), galat


def test_a_subnormal_target_cell_is_a_galat_at_its_cell():
    report = _report(2.2e-311, 5)
    galat = messages(report, "galat")
    assert any(m.startswith("Kinerja!I2 ") and "bukan angka yang sah" in m for m in galat), galat


def test_a_ratio_beyond_a_float_names_the_largest_scale_word_without_a_crash():
    # 1e-200 of 1e200 ton (Jenis Realisasi blank: Kumulatif, a flow, so sepersejuta): target / realisasi = 1e400, past a float's 1,8e308; log10 = 400, the
    # nearest scale word is past triliun (10**12), so triliun, the largest named
    report = _report(1e200, 1e-200)
    said = [m for m in messages(report, "peringatan") if "tidak sampai sepersejuta" in m]
    assert said and "triliun ditulis" in said[0], messages(report)


def test_a_subnormal_spending_cell_is_a_galat_not_rp_0():
    # (main read it Rp 0 beside a pagu of Rp 250.000.000, with a peringatan of a missing scale word)
    report = run(
        [kinerja_row("1", "Sasaran", "", "S", "Produksi ikan", 1500, (400, None, None, None), satuan="ton")],
        [
            anggaran_row(
                "1.01", "Program Pengelolaan Perikanan Tangkap", "1", 250_000_000, (5e-324, None, None, None)
            )
        ],
        triwulan=1,
    )
    galat = messages(report, "galat")
    assert any(m.startswith("Anggaran!F2 ") and "bukan angka yang sah" in m for m in galat), galat


# --- word_filter: the tree a superset of every word of the two lists -------------------------------


@pytest.mark.parametrize("pattern", n._LOWER_IS_BETTER + n._PLAIN_ONLY)
@settings(max_examples=10)
@given(st.data())
def test_the_tree_finds_every_word_of_either_list_in_a_name(pattern, data):
    # every pattern of the two lists, as one of its own matches set in a name: _ANY_WORD must find it
    # (were one word's start left out of the tree, "Prevalensi gizi buruk" would be asked nothing)
    word = data.draw(st.from_regex(re.compile(pattern), fullmatch=True).filter(lambda w: w.isascii()))
    name = f"persentase {word} di kabupaten"
    assert n._ANY_WORD.search(name), (pattern, word)


def test_literal_starts_of_an_optional_leading_group_and_of_alternatives():
    from lkj_xl.core.word_filter import any_word, literal_starts

    # "(?:angka )?kematian" matches "kematian" alone: its start cannot be "angka"
    tree = any_word(["(?:angka )?kematian", "miskin|fakir"])
    assert tree.search("jumlah kematian ibu")
    assert tree.search("jumlah keluarga fakir")  # ("miskin|fakir": either word)
    assert literal_starts("miskin|fakir") == ["miskin", "fakir"]


# --- rekap_rows._write_behind: Ctrl-C while the rows are made -----------------------------------------


def test_write_behind_lets_ctrl_c_through_and_leaves_no_thread():
    import threading
    import time

    from lkj_xl.xlsx.rekap_rows import _write_behind

    before = threading.active_count()
    written: list[bytes] = []

    def slow(piece: bytes) -> None:  # (the piece before still being compressed when Ctrl-C comes)
        time.sleep(0.02)
        written.append(piece)

    def rows():
        yield b"<sheetData>"
        yield b"<row r='2'/>"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _write_behind(slow, rows())
    # the piece in the writer's hands finished (2 of them: the interrupted third never made), none after
    assert written == [b"<sheetData>", b"<row r='2'/>"]
    assert threading.active_count() == before
