"""Review of speed57 (the rekap's pass over its tables): a revision mark typed with spaces inside its
brackets, "Dinas Sosial ( Revisi )", was shown "Dinas Sosial )" in every table of the rekap (Semua
Indikator, Perangkat Daerah; the kunci and the duplicate check read words, so they were right).
speed57's unmarked maps such a column as before (a name whose shown form differs): the name is
core.rekap_revisi.shown_name's."""

from __future__ import annotations

import pandas as pd
import pytest

import lkj_xl
from lkj_xl import rekap_shown
from lkj_xl.core.rekap_revisi import shown_name
from tests.test_mend35i import _file


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Dinas Sosial ( Revisi )", "Dinas Sosial"),  # was "Dinas Sosial )"
        ("Dinas Sosial (Revisi )", "Dinas Sosial"),  # was "Dinas Sosial )"
        ("Dinas Sosial [ Revisi ]", "Dinas Sosial"),  # was "Dinas Sosial ]"
        ("Dinas Sosial (  revisi 2  )", "Dinas Sosial"),  # was "Dinas Sosial )"
        ("Dinas Sosial ( TW II Revisi )", "Dinas Sosial"),  # was "Dinas Sosial )"
        ("Dinas Sosial ( Rev. 2 ).", "Dinas Sosial"),  # was "Dinas Sosial )."
        ("Kabupaten Lumajang ( Revisi )", "Kabupaten Lumajang"),  # was "Kabupaten Lumajang )"
        # before the Pemda's name: was "Dinas Sosial ) Kabupaten Lumajang"
        ("Dinas Sosial ( Revisi ) Kabupaten Lumajang", "Dinas Sosial Kabupaten Lumajang"),
        # as before: no spaces inside, a mark in no bracket, a bracket that is the name's
        ("Dinas Sosial ( Revisi)", "Dinas Sosial"),
        ("Dinas Sosial (Revisi)", "Dinas Sosial"),
        ("Dinas Sosial Revisi", "Dinas Sosial"),
        ("Dinas PU Bina Marga (Perbaikan Jalan)", "Dinas PU Bina Marga (Perbaikan Jalan)"),
        ("Dinas Sosial Revisi (UPT)", "Dinas Sosial Revisi (UPT)"),
    ],
)
def test_a_mark_spaced_inside_its_brackets_is_dropped_with_them(typed, name):
    assert shown_name(typed) == name


def test_unmarked_shows_the_name_without_the_spaced_mark():
    text = pd.Series(["x"]).dtype  # as table_frame gives the column
    frame = pd.DataFrame(
        {
            "perangkat_daerah": pd.array(["Dinas Sosial ( Revisi )", "Dinas Kesehatan", None], dtype=text),
            "pemerintah_daerah": pd.array(["Kabupaten Lumajang ( Revisi )"] * 3, dtype=text),
        }
    )
    got = rekap_shown.unmarked(frame)
    assert list(got["perangkat_daerah"].iloc[:2]) == ["Dinas Sosial", "Dinas Kesehatan"]
    assert pd.isna(got["perangkat_daerah"].iloc[2])
    assert list(got["pemerintah_daerah"]) == ["Kabupaten Lumajang"] * 3


def test_the_rekap_names_the_agency_without_the_spaced_mark(tmp_path):
    # Two agencies of one Pemda, one typed with "( Revisi )": each once, named as its original would be
    _file(
        tmp_path / "dinsos.xlsx",
        "Kabupaten Lumajang",
        "Dinas Sosial ( Revisi )",
        "500.000.000",
        disk=1_751_000_000,
    )
    _file(
        tmp_path / "dinkes.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan", "1.000.000.000", disk=1_751_000_060
    )
    result = lkj_xl.rekap(tmp_path, jobs=1)
    rows = dict(zip(result.perangkat_daerah["perangkat_daerah"], result.perangkat_daerah["pagu"]))
    assert rows == {"Dinas Sosial": 500_000_000, "Dinas Kesehatan": 1_000_000_000}  # pagu as typed
    assert set(result.indikator["perangkat_daerah"]) == {"Dinas Sosial", "Dinas Kesehatan"}
