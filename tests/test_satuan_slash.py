"""A Satuan written with a slash (`Orang/Tahun`, `Unit/Tahun`, `Km/Jam`) is compared word by word, as
one written with spaces (`orang per tahun`, `Hari Kerja`) already was.

`5 orang` typed under Satuan `orang per tahun` got the galat that says what is wrong and what to type
(`'orang' hanya sebagian Satuan indikator ...; Tulis angkanya saja (5)`), and `5 orang peserta` under
`Orang` named the word out of place; under `Orang/Tahun` the same `5 orang` got the older galat calling
the Satuan's own word unknown (`kata 'orang' tidak dikenal dan tidak sesuai Satuan indikator
('Orang/Tahun')`): the slash glued the Satuan into one word no typed word could be part of. The figure
is still not read where only part of the Satuan is typed (per year or per quarter?); the whole Satuan
written the other way (`5 orang per tahun` under `Orang/Tahun`, `5 Orang/Thn`) is the Satuan and is read.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT
from lkj_xl.core.numbers import NumberParseError, parse_number
from tests.test_engine import kinerja_row, run


def _galat(typed: str, satuan: str) -> str:
    with pytest.raises(NumberParseError) as raised:
        parse_number(typed, satuan=satuan)
    return str(raised.value)


@pytest.mark.parametrize(
    "satuan", ["Orang/Tahun", "orang/tahun", "Orang / Tahun", "orang per tahun", "Orang/Thn"]
)
def test_part_of_a_slashed_satuan_is_said_so(satuan):
    pesan = _galat("5 orang", satuan)
    assert f"'orang' hanya sebagian Satuan indikator ('{satuan}')" in pesan, pesan
    assert "Tulis angkanya saja (5)" in pesan, pesan
    assert "tidak dikenal" not in pesan and "tidak sesuai Satuan" not in pesan, pesan


def test_words_after_a_slashed_satuan_are_named():
    pesan = _galat("5 orang/tahun peserta", "Orang/Tahun")
    assert "ada kata 'peserta' sesudah Satuan indikator ('Orang/Tahun')" in pesan, pesan
    assert "Tulis angkanya saja (5)" in pesan and "tidak dikenal" not in pesan, pesan


def test_a_slash_after_a_plain_satuan_is_named():
    # Satuan Orang, "5 orang/tahun": the per-year part is what is out of place, not the word "orang"
    pesan = _galat("5 orang/tahun", "Orang")
    assert "ada kata '/tahun' sesudah Satuan indikator ('Orang')" in pesan, pesan
    assert "Tulis angkanya saja (5)" in pesan and "tidak dikenal" not in pesan, pesan


@pytest.mark.parametrize(
    ("typed", "satuan"),
    [
        ("5 orang per tahun", "Orang/Tahun"),
        ("5 Orang/Tahun", "orang per tahun"),
        ("5 orang / tahun", "Orang/Tahun"),
        ("5 orang/thn", "Orang/Tahun"),  # the year's abbreviation, as "7 thn" under Tahun
        ("1.250 orang/tahun", "Orang/Tahun"),
        ("60 km per jam", "Km/Jam"),
    ],
)
def test_the_whole_satuan_written_the_other_way_is_read(typed, satuan):
    # the figure as typed, the thousands dot read the Indonesian way (1.250 = 1250)
    assert parse_number(typed, satuan=satuan).value == float(typed.split()[0].replace(".", ""))


@pytest.mark.parametrize(
    ("typed", "satuan"), [("5 orang/bulan", "Orang/Tahun"), ("5 unit/tahun", "Orang/Tahun")]
)
def test_another_unit_stays_unread(typed, satuan):
    pesan = _galat(typed, satuan)
    assert "angka tidak dibaca" in pesan, pesan


def test_plain_satuan_unchanged():
    assert parse_number("5 orang", satuan="Orang").value == 5
    assert parse_number("5 Orang/Tahun", satuan="Orang/Tahun").value == 5
    pesan = _galat("5 orang peserta", "Orang")  # (tests/test_fix17.py)
    assert "ada kata 'peserta' sesudah Satuan indikator ('Orang')" in pesan, pesan


def test_the_kinerja_galat_under_a_slashed_satuan():
    # Jumlah peserta pelatihan, Satuan Orang/Tahun, target 20, TW I "5 orang": not read, so no
    # realisasi and no capaian; the galat at K2 (TW I) says the word is part of the Satuan.
    row = kinerja_row("T1", "Tujuan", "", "T", "Jumlah peserta pelatihan", "20", ("5 orang", None, None, None), satuan="Orang/Tahun", jenis="Kumulatif")  # fmt: skip
    report = run([row], triwulan=1)
    assert report.indicators[0].capaian is None
    (pesan,) = [f.pesan for f in report.findings if f.severity == GALAT and f.sel == "K2"]
    assert "'orang' hanya sebagian Satuan indikator ('Orang/Tahun')" in pesan, pesan
    assert "Tulis angkanya saja (5)" in pesan and "kata 'orang' tidak dikenal" not in pesan, pesan
    # typed as the Satuan is: 5 of 20 = 25 %
    whole = kinerja_row("T1", "Tujuan", "", "T", "Jumlah peserta pelatihan", "20", ("5 orang per tahun", None, None, None), satuan="Orang/Tahun", jenis="Kumulatif")  # fmt: skip
    assert run([whole], triwulan=1).indicators[0].capaian_exact == 25
