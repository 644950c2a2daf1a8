"""Mend of mend34h (review revK): one rekap tells one story of its Pemda.

1. A file typing "Malang" whose agency is named "... Kabupaten Malang" is read as Kabupaten Malang
   (as the duplicate check reads it) whatever else the folder types (Kota Malang, a Provinsi).
2. Such a file gets Kabupaten Malang's kunci in any folder.
3. The join warning advises the spelling the rekap shows ("Kab. Lumajang"), which keeps the keys.
4. "Daerah Istimewa Yogyakarta", "DI Yogyakarta", "Provinsi DIY", "DKI Jakarta" are a Provinsi.
5. A twin name joined by the agencies' names says so.
"""

from __future__ import annotations

from pathlib import Path

import lkj_xl
from tests.test_mend34c import ASKED, JOINED, _messages
from tests.test_mend34h import GANDA, SEVERAL, _key
from tests.test_rekap14 import PAGU, _folder, _sheet

PROVINCE = [
    ("Kabupaten Malang", "Dinas Kesehatan"),
    ("Kabupaten Malang", "Dinas Sosial"),
    ("Malang", "Dinas Kesehatan Kabupaten Malang"),  # o02: revision of o00, its name gives the kind
    ("Kota Malang", "Dinas Kesehatan"),
    ("Provinsi Jawa Timur", "Bappeda"),
]


def _in(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).mkdir()
    return tmp_path / name


def _note(result: lkj_xl.Rekap, berkas: str) -> str:
    (note,) = [
        k
        for b, k in zip(result.pemeriksaan["berkas"], result.pemeriksaan["keterangan"])
        if b.endswith(berkas)
    ]
    return note


def test_a_province_rekap_reads_a_file_named_kabupaten_malang_as_kabupaten_malang(tmp_path):
    result = lkj_xl.rekap(_folder(tmp_path, PROVINCE), jobs=1)
    # 5 files, o02 replaces o00 (saved later): 4 agencies, 4 x 1.000.000.000
    assert len(result.perangkat_daerah) == 4 and result.perangkat_daerah["pagu"].sum() == 4 * PAGU
    (ganda,) = _messages(result, GANDA)
    assert "o00.xlsx" in ganda and "o02.xlsx" in ganda and "Kabupaten Malang, Malang" not in ganda
    # so the count of Pemda agrees: Kabupaten Malang (2 agencies), Kota Malang, Provinsi Jawa Timur
    (several,) = _messages(result, SEVERAL)
    assert "dari 3 pemerintah daerah" in several and "Malang:" not in several.replace("Kota Malang:", "")
    assert "Kabupaten Malang (2 perangkat daerah)" in several
    for table in (result.perangkat_daerah, result.indikator, result.program):
        assert set(table["pemerintah_daerah"]) == {"Kabupaten Malang", "Kota Malang", "Provinsi Jawa Timur"}
    assert _sheet(result, tmp_path).cell(2, 1).value == "3 pemerintah daerah, s.d. Triwulan II Tahun 2025"
    assert not _messages(result, ASKED)
    # 5. the join is said, with what decided it (not "the only Malang typed with a kind": Kota is too)
    (joined,) = _messages(result, JOINED)
    assert "o02.xlsx" in joined and "nama perangkat daerahnya" in joined and "satu-satunya" not in joined
    note = _note(result, "o02.xlsx")
    assert "dibaca sebagai Kabupaten Malang" in note and "nama perangkat daerahnya" in note


def test_a_file_named_with_its_kind_keeps_its_keys_in_any_folder(tmp_path):
    # README kunci: "Malang" + "Dinas Kesehatan Kabupaten Malang" is keyed as typed "Kabupaten Malang"
    # (the agency as the duplicate check reads it: its Pemda's name after its own dropped, rekap16)
    alone = [("Kabupaten Malang", "Dinas Sosial"), ("Malang", "Dinas Kesehatan Kabupaten Malang")]
    wanted = _key("kabupaten malang", "dinas kesehatan")
    for name, agencies in (("province", PROVINCE), ("alone", alone)):
        result = lkj_xl.rekap(_folder(_in(tmp_path, name), agencies), jobs=1)
        table = result.perangkat_daerah.set_index("perangkat_daerah")
        assert table.loc["Dinas Kesehatan Kabupaten Malang", "kunci"] == wanted, name


def test_yogyakarta_named_kota_is_read_as_kota_beside_one_that_is_not(tmp_path):
    agencies = [("Kota Yogyakarta", opd) for opd in ("Bappeda", "Dinas Kesehatan", "Dinas Pendidikan")] + [
        ("Yogyakarta", "Dinas Pendidikan Kota Yogyakarta"),  # o03: revision of o02
        ("Yogyakarta", "Dinas Sosial"),  # o04: Kota's or the Provinsi's, nothing says
    ]
    result = lkj_xl.rekap(_folder(tmp_path, agencies), jobs=1)
    # o03 replaces o02: 4 agencies
    assert result.perangkat_daerah["pagu"].sum() == 4 * PAGU
    shown = dict(
        zip(
            result.perangkat_daerah["berkas"].map(lambda b: b[-8:]),
            result.perangkat_daerah["pemerintah_daerah"],
        )
    )
    assert shown["o03.xlsx"] == "Kota Yogyakarta" and shown["o04.xlsx"] == "Yogyakarta"
    (several,) = _messages(result, SEVERAL)
    assert "Kota Yogyakarta (3 perangkat daerah)" in several and "o03.xlsx" not in several


def test_the_advice_keeps_the_spelling_the_rekap_shows(tmp_path):
    typed = [("Kab. Lumajang", opd) for opd in ("Bappeda", "Dinas Kesehatan", "Inspektorat")]
    result = lkj_xl.rekap(_folder(_in(tmp_path, "a"), [*typed, ("Lumajang", "Dinas Sosial")]), jobs=1)
    (joined,) = _messages(result, JOINED)
    assert 'tulis "Kab. Lumajang"' in joined and '"Kabupaten Lumajang"' not in joined
    # following the advice: the same keys, one spelling in the rows
    fixed = lkj_xl.rekap(_folder(_in(tmp_path, "b"), [*typed, ("Kab. Lumajang", "Dinas Sosial")]), jobs=1)
    assert list(fixed.perangkat_daerah["kunci"].sort_values()) == list(
        result.perangkat_daerah["kunci"].sort_values()
    )
    assert set(result.perangkat_daerah["pemerintah_daerah"]) == {"Kab. Lumajang"}


def test_yogyakarta_typed_alone_is_asked_for_its_real_names(tmp_path):
    result = lkj_xl.rekap(
        _folder(tmp_path, [("Yogyakarta", "Bappeda"), ("Yogyakarta", "Dinas Sosial")]), jobs=1
    )
    (asked,) = _messages(result, ASKED)
    assert (
        '"Kota Yogyakarta" atau "Daerah Istimewa Yogyakarta"' in asked and "Provinsi Yogyakarta" not in asked
    )


def test_daerah_istimewa_and_dki_are_a_provinsi(tmp_path):
    diy = [
        ("Daerah Istimewa Yogyakarta", "Bappeda"),
        ("DI Yogyakarta", "Dinas Kesehatan"),
        ("Provinsi DIY", "Dinas Sosial"),
        ("Provinsi Daerah Istimewa Yogyakarta", "Inspektorat"),
        ("Pemerintah Daerah Istimewa Yogyakarta", "Dinas Pendidikan"),
        ("Provinsi Yogyakarta", "Dinas PUPR"),
    ]
    result = lkj_xl.rekap(_folder(_in(tmp_path, "diy"), diy), jobs=1)
    assert not _messages(result, ASKED) and not _messages(result, SEVERAL) and not _messages(result, JOINED)
    jakarta = lkj_xl.rekap(
        _folder(_in(tmp_path, "dki"), [("DKI Jakarta", "Bappeda"), ("DKI Jakarta", "Dinas Sosial")]), jobs=1
    )
    assert not _messages(jakarta, ASKED)
