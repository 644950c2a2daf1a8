"""What the Hitung Ulang script says when the task pane (or another xlwings client) sends an argument
of the wrong shape: the argument by its name and the shape it must have, in Bahasa Indonesia, before
the book is read (so no book is needed here). Each expected message is the script's wording per
argument, as the task pane documents them (xl/scripts.py, hitung_ulang_script)."""

from __future__ import annotations

import asyncio
import os

import pytest

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

from lkj_xl.xl.scripts import HitungUlangError, hitung_ulang_script  # noqa: E402

CELLS = "daftar alamat sel"
SHAPES = [
    ("gabung", CELLS),
    ("tersembunyi", "daftar alamat baris atau kolom"),
    ("keluaran", "isi sel A1"),
    ("pemilik", "rumus nama lkj_xl_keluaran"),
    ("bulan", CELLS),
    ("rumus", "{alamat sel: rumus}"),
    ("coret", CELLS),
    ("ketikan", "{alamat sel: teks}"),
]


@pytest.mark.parametrize(("key", "shape"), SHAPES)
@pytest.mark.parametrize("sent", [5, "Kinerja!A1", ["A1"], {7: ["A1"]}])
def test_a_client_argument_of_the_wrong_shape_is_named_with_the_shape_it_must_have(key, shape, sent):
    # (a list, a number, a text, a map keyed by a number: none is a map of sheet names)
    with pytest.raises(HitungUlangError) as raised:
        asyncio.run(hitung_ulang_script(None, None, {key: sent}))
    assert str(raised.value) == f"Argumen '{key}' harus berupa peta nama sheet -> {shape}."


@pytest.mark.parametrize(
    ("key", "sent"), [("rumus", {"Kinerja": ["L13"]}), ("ketikan", {"Tabel 3.1": {"A9": 5}})]
)
def test_a_map_of_sheets_whose_cells_are_no_texts_is_refused(key, sent):
    with pytest.raises(HitungUlangError, match=f"^Argumen '{key}' harus berupa peta nama sheet -> "):
        asyncio.run(hitung_ulang_script(None, None, {key: sent}))


def test_the_first_argument_of_the_wrong_shape_is_the_one_named():
    # persen is checked first, then klien's maps in the order the task pane documents them
    with pytest.raises(HitungUlangError, match="^Argumen 'persen' "):
        asyncio.run(hitung_ulang_script(None, 5, {"gabung": 5}))
    with pytest.raises(HitungUlangError, match="^Argumen 'gabung' "):
        asyncio.run(hitung_ulang_script(None, None, {"ketikan": 5, "gabung": 5}))
    with pytest.raises(HitungUlangError, match="^Argumen 'coret' "):
        asyncio.run(hitung_ulang_script(None, None, {"ketikan": 5, "coret": 5, "rumus": {}}))
