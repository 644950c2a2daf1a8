"""Review of newuser61 (a level's Satuan written before its figure, "level 3"):

- a change of level in the Word's comparison with last year was written with the level's word first,
  `mengalami kenaikan sebesar level 1` (a level 1 reached): a change is `1 level`;
- a Satuan of more words opening with the level's (`Level Maturitas`, `Tingkat Kapabilitas APIP`) was
  still written after the figure, `3 Level Maturitas` (three levels);
- a Target `Level 3` under Satuan `Level` was told `satuannya di kolom Satuan`, where the Satuan already is
  the level's.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.analisis_teks import penyajian_data
from lkj_xl.core.engine import compute
from lkj_xl.core.kalimat import tanpa_satuan, with_satuan
from lkj_xl.core.parse import parse_workbook
from tests.test_analisis_inputs import books
from tests.test_engine import kinerja_row, run

SPIP = "Level maturitas SPIP"


def _spip(satuan, target="3", tws=("3", "3", None, None)):
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya akuntabilitas", SPIP, target, tws,
        satuan=satuan, polaritas="Positif", jenis="Nilai Akhir",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("satuan", "said"),
    [
        ("Level Maturitas", "level maturitas 3"),
        ("Tingkat  Kapabilitas APIP", "tingkat kapabilitas APIP 3"),  # an acronym kept, spaces as one
        ("LEVEL", "level 3"),
    ],
)
def test_a_level_of_more_words_is_written_before_its_figure(satuan, said):
    assert with_satuan("3", satuan) == said
    assert tanpa_satuan(said, satuan) == "3"  # a table with a Satuan column: the figure alone


@pytest.mark.parametrize(("satuan", "said"), [("Levelling", "3 Levelling"), ("Level (1-5)", "3 Level (1-5)")])
def test_a_satuan_that_only_starts_like_a_level_keeps_its_place(satuan, said):
    assert with_satuan("3", satuan) == said


@pytest.mark.parametrize(("satuan", "now", "lalu", "rise"), [("Level", "level 3", "level 2", "1 level")])
def test_a_change_of_level_is_its_count_of_levels(satuan, now, lalu, rise):
    # Nilai Akhir TW II 3 of the target 3: 100 %; last year 2: a rise of 3 - 2 = 1 level, 1 / 2 = 50 %
    # of last year's
    rows = [(_spip(satuan), {"Realisasi Tahun Lalu": "2"})]
    teks = " ".join(b.teks for b in penyajian_data(compute(parse_workbook(books(rows)))).blok)
    assert f"sebesar {now} dengan capaian 100,00%" in teks, teks
    assert f"tahun sebelumnya ({lalu}) mengalami kenaikan sebesar {rise} (50,00% dari" in teks, teks


@pytest.mark.parametrize("satuan", ["Level", "Tingkat", "level maturitas"])
def test_a_level_target_under_a_level_satuan_is_not_told_to_move_its_unit(satuan):
    # (a Roman level: "Level 3" itself is read as 3 there since kinerja64, no galat)
    report = run([_spip(satuan, target="Level III")])
    (said,) = [f for f in report.findings if f.sel == "I2"]
    assert (
        said.severity == "galat"
        and "tulis angkanya saja (3) dan catatannya di kolom Keterangan" in said.pesan
    )
    assert "kolom Satuan" not in said.pesan, said.pesan


def test_a_level_target_under_another_satuan_is_still_told_where_the_unit_goes():
    report = run([_spip("Nilai", target="Level 3")])
    (said,) = [f for f in report.findings if f.sel == "I2"]
    assert "tulis angkanya saja (3), satuannya di kolom Satuan" in said.pesan, said.pesan
